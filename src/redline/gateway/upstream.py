"""The client for the upstream OpenAI-compatible model endpoint.

Takes an httpx transport like HTTPX's own tests do, so tests can inject
``httpx.MockTransport`` or point it at a real server on loopback.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import orjson

from redline.gateway.errors import GatewayError, UpstreamFailed, UpstreamTimeout

__all__ = ["Upstream"]


class Upstream:
    """A pooled HTTP client for one upstream base URL (``http://host:port/v1``).

    Raises ``UpstreamTimeout`` (504) when the upstream does not answer in time,
    ``UpstreamFailed`` (502) when it is unreachable, answers 5xx or answers what is not JSON;
    an upstream 4xx is relayed with its status and message.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        *,
        timeout_s: float = 120.0,
        connect_timeout_s: float = 5.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.base_url = base_url.rstrip("/")
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64),
            transport=transport,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def models(self) -> list[dict[str, Any]]:
        """The upstream's ``GET /models`` list."""
        payload = await self.get_json("/models")
        data = payload.get("data")
        if not isinstance(data, list):
            raise UpstreamFailed("upstream /models answer has no data list", code="bad_upstream")
        return [m for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]

    async def get_json(self, path: str) -> dict[str, Any]:
        try:
            response = await self._client.get(path)
        except httpx.TimeoutException as exc:
            raise _timeout(exc) from exc
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        return _json_of(response)

    async def post_json(self, path: str, body: bytes) -> dict[str, Any]:
        """POST ``body`` (already-serialised JSON) and return the JSON answer."""
        try:
            response = await self._client.post(
                path, content=body, headers={"Content-Type": "application/json"}
            )
        except httpx.TimeoutException as exc:
            raise _timeout(exc) from exc
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        return _json_of(response)

    @asynccontextmanager
    async def stream(self, path: str, body: bytes) -> AsyncIterator[AsyncIterator[str]]:
        """POST ``body`` and yield an iterator over the answer's text lines (SSE).

        Errors before the first byte raise like ``post_json``; errors while reading raise
        ``UpstreamFailed`` / ``UpstreamTimeout`` from the iterator.
        """
        request = self._client.build_request(
            "POST", path, content=body, headers={"Content-Type": "application/json"}
        )
        try:
            response = await self._client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise _timeout(exc) from exc
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        try:
            if response.status_code != 200:
                await response.aread()
                _json_of(response)  # raises with the upstream's status and message
                raise UpstreamFailed(
                    f"upstream answered {response.status_code}", code="bad_upstream"
                )
            media = response.headers.get("content-type", "")
            if media and not media.startswith("text/event-stream"):
                # An HTML error page or a JSON body is not an answer that can be screened
                # as it streams: refuse it before the first byte, with a real status.
                raise UpstreamFailed(
                    f"upstream answered {media.split(';')[0]} instead of an event stream",
                    code="bad_upstream",
                )
            yield _lines(response)
        finally:
            await response.aclose()


async def _lines(response: httpx.Response) -> AsyncIterator[str]:
    try:
        async for line in response.aiter_lines():
            yield line
    except httpx.TimeoutException as exc:
        raise _timeout(exc) from exc
    except httpx.HTTPError as exc:
        raise UpstreamFailed(
            f"upstream stream broke: {type(exc).__name__}", code="upstream_unavailable"
        ) from exc


def _timeout(exc: Exception) -> UpstreamTimeout:
    return UpstreamTimeout(
        f"upstream did not answer in time ({type(exc).__name__})", code="upstream_timeout"
    )


def _unreachable(exc: Exception) -> UpstreamFailed:
    return UpstreamFailed(
        f"upstream unreachable ({type(exc).__name__})", code="upstream_unavailable"
    )


def _json_of(response: httpx.Response) -> dict[str, Any]:
    try:
        payload = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        payload = None
    if response.status_code >= 500 or (response.status_code >= 400 and payload is None):
        raise UpstreamFailed(
            f"upstream answered {response.status_code}", code="upstream_unavailable"
        )
    if 400 <= response.status_code < 500:
        raise _relayed(response.status_code, payload)
    if not isinstance(payload, dict):
        raise UpstreamFailed(
            "upstream answered something that is not a JSON object", code="bad_upstream"
        )
    return payload


def _relayed(status: int, payload: Any) -> GatewayError:
    """An upstream 4xx, passed on with its status and OpenAI-shaped message."""
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        message = str(error.get("message") or f"upstream answered {status}")
        code, param, etype = error.get("code"), error.get("param"), error.get("type")
    else:
        message, code, param, etype = (
            f"upstream answered {status}: {error or payload}",
            None,
            None,
            None,
        )
    return GatewayError(
        message,
        status=status,
        code=str(code) if code is not None else None,
        param=str(param) if param is not None else None,
        error_type=str(etype) if etype else "invalid_request_error",
    )
