"""The HTTP server: an OpenAI-compatible FastAPI app over a :class:`ModelEngine`.

It answers ``GET /v1/models``, ``POST /v1/chat/completions``, ``POST /v1/completions`` and
``POST /v1/embeddings``, streaming as server-sent events ending in ``data: [DONE]``.

Every error is answered in OpenAI's shape ``{"error": {"message", "type", "code", "param"}}``:
400 ``invalid_request_error`` for bad bodies and for what llama.cpp rejects
(``context_length_exceeded`` among them), 404 for unknown paths, 500 ``server_error`` otherwise.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import struct
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from redline.local_model.bodies import (
    ChatBody,
    CompletionBody,
    EmbeddingBody,
    chat_params,
    completion_params,
)
from redline.local_model.engine import JSON, ModelEngine
from redline.local_model.lookup import MODEL_ID

__all__ = ["create_app"]

_T = TypeVar("_T")


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
        return await generate("chat", chat_params(body, engine.n_ctx), body.stream)

    @app.post("/v1/completions", response_model=None)
    async def completions(body: CompletionBody) -> Response:
        return await generate("completion", completion_params(body, engine.n_ctx), body.stream)

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
