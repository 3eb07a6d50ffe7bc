"""Reading and validating request bodies: size, media type, UTF-8, JSON, schema."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from redline.gateway.errors import BadRequest, PayloadTooLarge, UnsupportedMediaType

__all__ = ["read_json", "validate"]

M = TypeVar("M", bound=BaseModel)


async def read_json(request: Request, limit: int) -> Any:
    """The request's JSON body.

    Raises UnsupportedMediaType (415) unless the content type is JSON, PayloadTooLarge (413)
    as soon as the body passes ``limit`` bytes (without reading the rest), BadRequest (400)
    for invalid UTF-8 or malformed JSON.
    """
    ctype = request.headers.get("content-type", "")
    if ctype.split(";", 1)[0].strip().lower() != "application/json":
        raise UnsupportedMediaType(
            f"Content-Type must be application/json, got {ctype or 'none'!r}",
            code="unsupported_media_type",
        )
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    raw = b"".join(chunks)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(
            f"request body is not valid UTF-8 (byte {exc.start})", code="invalid_utf8"
        ) from exc
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"request body is not valid JSON: {exc}", code="invalid_json") from exc


def validate(model: type[M], payload: Any) -> M:
    """Validate ``payload`` against ``model``; BadRequest names the first bad parameter."""
    if not isinstance(payload, dict):
        raise BadRequest("request body must be a JSON object", code="invalid_type")
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(p) for p in first["loc"] if not str(p).startswith("function-"))
        raise BadRequest(f"{param}: {first['msg']}", code="invalid_type", param=param) from exc


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"request body exceeds the limit of {limit} bytes", code="body_too_large"
    )
