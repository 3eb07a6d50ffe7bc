"""Processes the benchmarks start on loopback: the echo upstream and a Redline gateway."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, timeout: float = 60.0, headers: dict[str, str] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, headers=headers, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not become ready")


class Proc:
    """A child process that is terminated on exit."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            args,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_echo() -> tuple[Proc, str]:
    port = free_port()
    proc = Proc(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "echo_upstream:app",
            "--app-dir",
            str(ROOT / "tests"),
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
    )
    base = f"http://127.0.0.1:{port}/v1"
    wait_ready(f"{base}/models")
    return proc, base


def serve_gateway(upstream: str, data_dir: Path) -> tuple[Proc, str]:
    """``redline serve`` in its own process (one uvicorn worker) in front of ``upstream`` on a
    free port. Returns the process and its URL; the caller waits for what it needs."""
    port = free_port()
    proc = Proc(
        [
            sys.executable,
            "-m",
            "redline",
            "serve",
            "--upstream",
            upstream,
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
        ],
        env={"REDLINE_LOG_LEVEL": "warning"},
    )
    return proc, f"http://127.0.0.1:{port}"


def start_gateway(upstream: str) -> tuple[Proc, str, str]:
    """A gateway in its own process (one uvicorn worker) with a fresh data dir and key."""
    from redline.store import Store

    data_dir = Path(tempfile.mkdtemp(prefix="redline-bench-"))
    with Store.open(f"sqlite:///{data_dir / 'redline.db'}") as store:
        store.add_tenant("bench")
        _, key = store.add_key("bench")
    proc, url = serve_gateway(upstream, data_dir)
    base = f"{url}/v1"
    wait_ready(f"{base}/models", headers={"Authorization": f"Bearer {key}"})
    return proc, base, key
