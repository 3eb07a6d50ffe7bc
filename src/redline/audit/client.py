"""LogClient: an auditor's access to a Redline audit log, over its HTTP API only.

It fetches and decodes; it trusts nothing it fetches. Whoever uses it checks signatures,
recomputes hashes and verifies proofs (``redline.audit.verify``). Every method raises
LogUnreachable when the log does not answer as the API promises (network error, a status
other than the documented ones, a body that cannot be read), and OutOfRange where the log
answers 404.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx
import orjson

from redline.audit.errors import LogUnreachable, OutOfRange

__all__ = ["LogClient", "ProofAnswer"]


@dataclass(frozen=True, slots=True)
class ProofAnswer:
    """A proof as the log sent it: the sizes or index it is for and its hashes, decoded."""

    index: int
    size: int
    leaf_hash: bytes
    hashes: tuple[bytes, ...]
    root: bytes


class LogClient:
    """HTTP client for the ``/audit`` routes of the gateway at ``url``.

    ``url`` is the gateway's base URL (``http://host:port``; a trailing ``/v1`` or
    ``/audit`` is tolerated). ``transport`` is for tests (``httpx.MockTransport``).
    """

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        base = url.rstrip("/").removesuffix("/audit").removesuffix("/v1")
        self.url = base
        self._http = httpx.Client(base_url=base + "/audit", timeout=timeout_s, transport=transport)

    def close(self) -> None:
        """Close the connection pool. Idempotent."""
        self._http.close()

    def __enter__(self) -> LogClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        try:
            response = self._http.get(path, params=params)
        except httpx.HTTPError as exc:
            raise LogUnreachable(f"{self.url}/audit{path}: {exc}") from exc
        if response.status_code == 404:
            raise OutOfRange(_message(response))
        if response.status_code != 200:
            raise LogUnreachable(
                f"{self.url}/audit{path} answered {response.status_code}: {_message(response)}"
            )
        return response

    def _json(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self._get(path, params)
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise LogUnreachable(f"{self.url}/audit{path} sent malformed JSON") from exc
        if not isinstance(body, dict):
            raise LogUnreachable(f"{self.url}/audit{path} sent JSON that is not an object")
        return body

    def key(self) -> str:
        """The verifier key the log publishes (to be trusted only on first use)."""
        return self._get("/key").text.strip()

    def checkpoint(self) -> str:
        """The latest signed checkpoint note, as sent."""
        return self._get("/checkpoint").text

    def checkpoints(self, since: int = 0) -> Iterator[tuple[int, str]]:
        """``(size, note)`` of every checkpoint of size greater than ``since``, by size."""
        while True:
            page = self._json("/checkpoints", {"since": since})
            items = page.get("checkpoints")
            if not isinstance(items, list):
                raise LogUnreachable("checkpoint listing has no list of checkpoints")
            for item in items:
                size, note = _field(item, "size", int), _field(item, "note", str)
                if size <= since:
                    raise LogUnreachable(f"checkpoint listing went back to size {size}")
                since = size
                yield size, note
            if not items:
                return

    def entries(self, start: int, limit: int) -> bytes:
        """The batch of entries from ``start`` (``redline.audit.batch`` wire format)."""
        return self._get("/entries", {"start": start, "limit": limit}).content

    def entry(self, index: int) -> tuple[bytes, bytes]:
        """``(body, leaf_hash)`` of entry ``index``, decoded from base64."""
        body = self._json(f"/entries/{index}")
        if _field(body, "index", int) != index:
            raise LogUnreachable(f"asked for entry {index}, got entry {body['index']}")
        return _b64(_field(body, "entry", str)), _b64(_field(body, "leaf_hash", str))

    def inclusion(
        self, *, index: int | None = None, decision_id: str | None = None, size: int | None = None
    ) -> ProofAnswer:
        """The inclusion proof of entry ``index`` (or of ``decision_id``) at ``size`` (default:
        the latest checkpoint's size)."""
        params: dict[str, Any] = {}
        if index is not None:
            params["index"] = index
        if decision_id is not None:
            params["decision_id"] = decision_id
        if size is not None:
            params["size"] = size
        body = self._json("/proof/inclusion", params)
        return ProofAnswer(
            index=_field(body, "index", int),
            size=_field(body, "size", int),
            leaf_hash=_b64(_field(body, "leaf_hash", str)),
            hashes=_hashes(body),
            root=_b64(_field(body, "root", str)),
        )

    def consistency(self, old_size: int, new_size: int) -> tuple[bytes, ...]:
        """The consistency proof hashes from ``old_size`` to ``new_size``."""
        body = self._json("/proof/consistency", {"from": old_size, "to": new_size})
        if (_field(body, "from", int), _field(body, "to", int)) != (old_size, new_size):
            raise LogUnreachable("consistency proof is for other sizes than asked")
        return _hashes(body)


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return response.text[:200]


def _field(body: Any, name: str, kind: type[Any]) -> Any:
    value = body.get(name) if isinstance(body, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise LogUnreachable(f"answer has no {kind.__name__} field {name!r}")
    return value


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise LogUnreachable(f"answer holds invalid base64 {text[:20]!r}") from exc


def _hashes(body: dict[str, Any]) -> tuple[bytes, ...]:
    proof = body.get("proof")
    if not isinstance(proof, list) or not all(isinstance(h, str) for h in proof):
        raise LogUnreachable("answer has no list of proof hashes")
    return tuple(_b64(h) for h in proof)
