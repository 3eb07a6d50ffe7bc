"""A small OpenAI-compatible upstream that the tests and benchmarks start on loopback.

It answers deterministically so tests can steer it from the prompt:
``SAY: <text>`` makes the model answer exactly ``<text>``; ``CALL: <name> <json>`` makes it
call a tool. Model names select faults: ``echo-slow`` sleeps 2 s, ``echo-garbage`` answers
what is not JSON, ``echo-500`` answers 500. Streams are cut into ``X-Chunk-Size`` characters
(default 3) so that phrases split across chunks.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MODELS = ["echo-1", "echo-slow", "echo-garbage", "echo-500"]

# The body of every request received, newest last: tests that run this app in their own
# process check that nothing they expected to be held back was forwarded.
RECEIVED: deque[str] = deque(maxlen=20_000)


async def _received(request: Request) -> Any:
    RECEIVED.append((await request.body()).decode("utf-8", "replace"))
    return await request.json()


def _reply(text: str) -> tuple[str, dict[str, Any] | None]:
    if text.startswith("SAY:"):
        return text[4:].strip(), None
    if text.startswith("CALL:"):
        name, _, args = text[5:].strip().partition(" ")
        return "", {"name": name, "arguments": args or "{}"}
    return f"echo: {text[:200]}", None


def _last_user(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content)
            return str(content or "")
    return ""


async def _faults(model: str) -> Response | None:
    if model == "echo-slow":
        await asyncio.sleep(2.0)
    elif model == "echo-garbage":
        return Response(b"<html>not json", media_type="text/html")
    elif model == "echo-500":
        return JSONResponse({"error": {"message": "boom"}}, status_code=500)
    return None


def _envelope(kind: str, model: str) -> dict[str, Any]:
    return {"id": f"{kind}-1", "object": kind, "created": int(time.time()), "model": model}


async def chat(request: Request) -> Response:
    body = await _received(request)
    model = body["model"]
    if (fault := await _faults(model)) is not None:
        return fault
    text, call = _reply(_last_user(body["messages"]))
    if body.get("stream"):
        size = int(request.headers.get("x-chunk-size", "3"))
        return StreamingResponse(
            _chat_stream(model, text, call, size), media_type="text/event-stream"
        )
    message: dict[str, Any] = {"role": "assistant", "content": text or None}
    if call is not None:
        message["tool_calls"] = [{"id": "call_1", "type": "function", "function": call}]
    return JSONResponse(
        {
            **_envelope("chat.completion", model),
            "choices": [
                {"index": 0, "message": message, "finish_reason": "tool_calls" if call else "stop"}
            ],
            "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
        }
    )


async def _chat_stream(
    model: str, text: str, call: dict[str, Any] | None, size: int
) -> AsyncIterator[bytes]:
    env = _envelope("chat.completion.chunk", model)

    def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
        chunk = {**env, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(chunk)}\n\n".encode()

    yield event({"role": "assistant", "content": ""})
    for i in range(0, len(text), size):
        yield event({"content": text[i : i + size]})
    if call is not None:
        args = call["arguments"]
        yield event(
            {
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": call["name"], "arguments": ""},
                    }
                ]
            }
        )
        for i in range(0, len(args), size):
            yield event(
                {"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + size]}}]}
            )
    yield event({}, "tool_calls" if call else "stop")
    yield b"data: [DONE]\n\n"


async def completions(request: Request) -> Response:
    body = await _received(request)
    model = body["model"]
    if (fault := await _faults(model)) is not None:
        return fault
    prompt = body["prompt"] if isinstance(body["prompt"], str) else (body["prompt"] or [""])[0]
    text, _ = _reply(prompt)
    if body.get("stream"):
        size = int(request.headers.get("x-chunk-size", "3"))
        return StreamingResponse(
            _completion_stream(model, text, size), media_type="text/event-stream"
        )
    return JSONResponse(
        {
            **_envelope("text_completion", model),
            "choices": [{"index": 0, "text": text, "finish_reason": "stop"}],
        }
    )


async def _completion_stream(model: str, text: str, size: int) -> AsyncIterator[bytes]:
    env = _envelope("text_completion", model)
    for i in range(0, len(text), size):
        chunk = {
            **env,
            "choices": [{"index": 0, "text": text[i : i + size], "finish_reason": None}],
        }
        yield f"data: {json.dumps(chunk)}\n\n".encode()
    chunk = {**env, "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]}
    yield f"data: {json.dumps(chunk)}\n\n".encode()
    yield b"data: [DONE]\n\n"


async def embeddings(request: Request) -> Response:
    body = await _received(request)
    inputs = [body["input"]] if isinstance(body["input"], str) else body["input"]
    data = []
    for i, text in enumerate(inputs):
        digest = hashlib.sha256(str(text).encode()).digest()
        data.append({"object": "embedding", "index": i, "embedding": [b / 255 for b in digest[:8]]})
    return JSONResponse(
        {
            "object": "list",
            "data": data,
            "model": body["model"],
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        }
    )


async def models(_: Request) -> Response:
    return JSONResponse(
        {
            "object": "list",
            "data": [{"id": m, "object": "model", "owned_by": "echo"} for m in MODELS],
        }
    )


app = Starlette(
    routes=[
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
    ]
)
