"""The server's command line, ``python -m redline.local_model``: :func:`main`."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from pathlib import Path

from redline.local_model.engine import DEFAULT_CTX, LlamaEngine
from redline.local_model.errors import LocalModelUnavailable
from redline.local_model.lookup import default_model_path, require_extra
from redline.local_model.server import create_app

__all__ = ["main"]


def _exit_with_parent() -> None:
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)  # uvicorn turns SIGTERM into a graceful shutdown

    threading.Thread(target=watch, name="redline-parent-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> None:
    """Run the local model server until SIGINT or SIGTERM. Exits 2 if the model is missing."""
    parser = argparse.ArgumentParser(
        prog="python -m redline.local_model",
        description="OpenAI-compatible server for Redline's embedded model (SmolLM2-135M).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--model", type=Path, default=None, help="GGUF file (default: SmolLM2)")
    parser.add_argument("--threads", type=int, default=None, help="default: all usable CPUs")
    parser.add_argument("--ctx", type=int, default=DEFAULT_CTX, help="context size in tokens")
    parser.add_argument("--log-level", default="warning")
    parser.add_argument("--exit-with-parent", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    try:
        require_extra("llama_cpp")
        model_path: Path = args.model if args.model is not None else default_model_path()
    except LocalModelUnavailable as exc:
        parser.exit(2, f"error: {exc}\n")
    if args.exit_with_parent and os.name == "posix":
        _exit_with_parent()

    import uvicorn

    started = time.perf_counter()
    engine = LlamaEngine(model_path, threads=args.threads, n_ctx=args.ctx)
    print(
        f"redline.local_model: loaded {model_path.name} in {time.perf_counter() - started:.2f}s"
        f" ({engine.threads} threads, n_ctx {engine.n_ctx})",
        file=sys.stderr,
        flush=True,
    )
    try:
        uvicorn.run(
            create_app(engine),
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            access_log=False,
        )
    finally:
        engine.close()
