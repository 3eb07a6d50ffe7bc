"""The server as a child process of the gateway CLI: :class:`LocalModelProcess`."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx

from redline.local_model.engine import DEFAULT_CTX
from redline.local_model.errors import LocalModelStartError
from redline.local_model.lookup import MODEL_ID, default_model_path, require_extra

__all__ = ["LocalModelProcess"]

# The directory holding the `redline` package: this file is <root>/redline/local_model/process.py.
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


class LocalModelProcess:
    """The local model server as a child process: ``sys.executable -m redline.local_model``.

    Use as a context manager to guarantee :meth:`stop`::

        with LocalModelProcess() as local:
            base_url = local.start()   # "http://127.0.0.1:PORT/v1"
    """

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.base_url: str | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id while it is started, else None."""
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        """Whether the child is started and has not exited."""
        return self._process is not None and self._process.poll() is None

    def start(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        model_path: Path | None = None,
        threads: int | None = None,
        ready_timeout: float = 120.0,
        *,
        n_ctx: int = DEFAULT_CTX,
        log_path: Path | None = None,
    ) -> str:
        """Start the server and wait until ``GET /v1/models`` answers with :data:`MODEL_ID`.

        ``port=0`` picks a free port (another process may take it before the child binds it:
        the start then fails); ``model_path=None`` means :func:`default_model_path`. The
        child's stdout and stderr are appended to ``log_path`` (an anonymous temporary file
        when None). On POSIX the child exits by itself within a second or so if this process
        dies.

        Returns the base URL, e.g. ``"http://127.0.0.1:8765/v1"``.

        Raises:
            LocalModelUnavailable: the 'local' extra is missing (checked before starting).
            LocalModelStartError: the child exited, or was not ready within ``ready_timeout``
                seconds (it is then stopped); the message ends with the tail of its log.
            RuntimeError: this object has already started a server that has not been stopped.
        """
        if self._process is not None:
            raise RuntimeError(f"local model server already started at {self.base_url}")
        require_extra("llama_cpp")
        model = (model_path if model_path is not None else default_model_path()).resolve()
        port = port or _free_port(host)
        command = [sys.executable, "-m", "redline.local_model", "--host", host, "--port", str(port)]
        command += ["--model", str(model), "--ctx", str(n_ctx), "--exit-with-parent"]
        if threads is not None:
            command += ["--threads", str(threads)]
        self._log = open(log_path, "ab") if log_path is not None else tempfile.TemporaryFile()  # noqa: SIM115
        # `-m` puts the working directory first on sys.path: run from the directory holding
        # this `redline` package, so the child runs this very code, installed or not.
        self._process = subprocess.Popen(
            command,
            cwd=_PACKAGE_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
        )
        url_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{url_host}:{port}/v1"
        try:
            self._wait_ready(ready_timeout)
        except LocalModelStartError:
            self.stop()
            raise
        return self.base_url

    def _wait_ready(self, timeout: float) -> None:
        assert self._process is not None
        assert self.base_url is not None
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    raise LocalModelStartError(
                        f"local model server exited with status {self._process.returncode}"
                        f"{self._log_tail()}"
                    )
                with contextlib.suppress(httpx.TransportError, ValueError):
                    answer = client.get(f"{self.base_url}/models")
                    # Another process may hold the port we picked: insist on our model.
                    if answer.status_code == 200 and any(
                        m.get("id") == MODEL_ID for m in answer.json().get("data", [])
                    ):
                        return
                time.sleep(0.1)
        raise LocalModelStartError(
            f"local model server not ready at {self.base_url} after {timeout:g}s{self._log_tail()}"
        )

    def _log_tail(self, size: int = 4000) -> str:
        if self._log is None:
            return ""
        self._log.flush()
        with open(self._log.fileno(), "rb", closefd=False) as log:
            log.seek(max(0, os.fstat(log.fileno()).st_size - size))
            tail = log.read().decode(errors="replace").strip()
        return f"; its log ends:\n{tail}" if tail else "; its log is empty"

    def stop(self, grace_period: float = 5.0) -> None:
        """Stop the server: SIGTERM, then SIGKILL after ``grace_period`` seconds.

        Guaranteed on return: the child has exited and been reaped, the log is closed.
        Calling it when nothing runs does nothing.
        """
        process, self._process, self.base_url = self._process, None, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(grace_period)
            except subprocess.TimeoutExpired:
                process.kill()
        if process is not None:
            process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> LocalModelProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
