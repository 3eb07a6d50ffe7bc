"""Servers a fault test owns: a private PostgreSQL cluster and a private Redis, on free
loopback ports in temporary directories, so that they can be stopped and restarted without
touching the shared servers other tests use."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PrivatePostgres:
    data: Path
    port: int
    user: str

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/postgres"

    def ctl(self, *args: str) -> None:
        _as(self.user, ["pg_ctl", "-D", str(self.data), "-w", "-t", "60", *args])

    def stop(self) -> None:
        """Stop fast: open connections are cut."""
        self.ctl("-m", "fast", "stop")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data.parent} -c listen_addresses=127.0.0.1"
        self.ctl("-o", options + " -c fsync=off", "-l", str(self.data / "server.log"), "start")


def _as(user: str, args: list[str]) -> None:
    if os.geteuid() == 0 and user != "root":
        args = ["runuser", "-u", user, "--", *args]
    subprocess.run(args, check=True, capture_output=True, text=True, timeout=120)


@contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    """initdb + pg_ctl start as the ``postgres`` user (root cannot run PostgreSQL), in a
    directory of its own under the system temp dir (pytest's is private to root). Skips
    when PostgreSQL's server programs or that user are missing."""
    if shutil.which("initdb") is None or shutil.which("pg_ctl") is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    try:
        account = pwd.getpwnam(user)
    except KeyError:
        pytest.skip("no postgres user to run a private PostgreSQL as")
    base = Path(tempfile.mkdtemp(prefix="redline-pg-"))
    data = base / "data"
    os.chown(base, account.pw_uid, account.pw_gid)
    port = free_port()
    _as(user, ["initdb", "-D", str(data), "-A", "trust", "-U", user, "--no-sync"])
    server = PrivatePostgres(data, port, user)
    server.start()
    try:
        yield server
    finally:
        subprocess.run(
            ["runuser", "-u", user, "--", "pg_ctl", "-D", str(data), "-m", "immediate", "stop"]
            if os.geteuid() == 0 and user != "root"
            else ["pg_ctl", "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class PrivateRedis:
    port: int
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(10)


@contextmanager
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    """``redis-server`` on a free port with no persistence; killed at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = PrivateRedis(port, process)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise RuntimeError("private redis-server did not start") from None
            time.sleep(0.05)
    try:
        yield server
    finally:
        if process.poll() is None:
            server.kill()
