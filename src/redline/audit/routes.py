"""The audit log's HTTP API: read-only and unauthenticated, like a Certificate Transparency log.

=====================================  =============================================================
``GET /audit/checkpoint``              the latest signed checkpoint (``text/plain``, a C2SP note)
``GET /audit/checkpoints?since=N``     signed checkpoints of size > N, smallest first, up to
                                       ``limit`` (default and most 1000): ``{"checkpoints":
                                       [{"size", "note"}...]}``
``GET /audit/key``                     the verifier key (``text/plain``, ``name+keyid+base64``)
``GET /audit/entries/{index}``         ``{"index", "kind", "entry", "leaf_hash"}``; ``entry`` is
                                       the canonical entry bytes in base64, as hashed
``GET /audit/entries?start=&limit=``   a batch (``redline.audit.batch``), limit default and most
                                       2000
``GET /audit/proof/inclusion``         ``?index=&size=`` or ``?decision_id=&size=``; size
                                       defaults to the latest checkpoint's: ``{"index", "size",
                                       "leaf_hash", "proof": [...], "root"}``
``GET /audit/proof/consistency``       ``?from=&to=``: ``{"from", "to", "proof": [...],
                                       "from_root", "to_root"}``
=====================================  =============================================================

Hashes are standard base64, as in checkpoints. A malformed or impossible parameter answers
400 (``invalid_request_error`` / ``invalid_value``, ``param`` naming it); an index, size or
decision id the log does not hold answers 404 (``not_found``). Handlers are plain functions:
FastAPI runs them on its thread pool, off the event loop that serves model traffic.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import orjson
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from redline.audit.batch import MAX_BATCH, MEDIA_TYPE
from redline.audit.errors import OutOfRange
from redline.audit.log import AuditLog
from redline.gateway.errors import BadRequest, NotFound

__all__ = ["audit_router"]

_TEXT = "text/plain; charset=utf-8"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _json(payload: Any) -> Response:
    return Response(orjson.dumps(payload), media_type="application/json")


def _int(request: Request, name: str, default: int | None = None) -> int:
    """Query parameter ``name`` as a non-negative decimal integer. Raises BadRequest."""
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if default is None:
            raise BadRequest(
                f"query parameter {name!r} is required", code="invalid_value", param=name
            )
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 19:
        raise BadRequest(
            f"query parameter {name!r} must be a non-negative integer, not {raw!r}",
            code="invalid_value",
            param=name,
        )
    return int(raw)


class _Calls:
    """Runs an AuditLog call, mapping its errors to the gateway's."""

    def __init__(self, log: Callable[[], AuditLog]) -> None:
        self._log = log

    def __call__(self, what: Callable[[AuditLog], Any], param: str | None = None) -> Any:
        try:
            return what(self._log())
        except OutOfRange as exc:
            raise NotFound(str(exc), code="not_found", param=param) from exc
        except ValueError as exc:
            raise BadRequest(str(exc), code="invalid_value", param=param) from exc


def audit_router(log: Callable[[], AuditLog]) -> APIRouter:
    """The ``/audit`` routes over the AuditLog that ``log()`` returns at request time."""
    router = APIRouter(prefix="/audit", tags=["audit"])
    call = _Calls(log)

    @router.get("/checkpoint")
    def checkpoint() -> Response:
        note = call(lambda audit: audit.latest_checkpoint().note)
        return Response(note, media_type=_TEXT)

    @router.get("/checkpoints")
    def checkpoints(request: Request) -> Response:
        since = _int(request, "since", 0)
        limit = _int(request, "limit", 1000)
        found = call(lambda audit: audit.checkpoints(since, limit), "limit")
        return _json({"checkpoints": [{"size": c.size, "note": c.note} for c in found]})

    @router.get("/key")
    def key() -> Response:
        return Response(call(lambda audit: audit.verifier_key) + "\n", media_type=_TEXT)

    @router.get("/entries/{index}")
    def entry(index: str) -> Response:
        if not index.isascii() or not index.isdigit() or len(index) > 19:
            raise BadRequest(
                f"entry index must be a non-negative integer, not {index!r}",
                code="invalid_value",
                param="index",
            )
        found = call(lambda audit: audit.entry(int(index)), "index")
        return _json(
            {
                "index": found.index,
                "kind": found.kind,
                "entry": _b64(found.body),
                "leaf_hash": _b64(found.leaf_hash),
            }
        )

    @router.get("/entries")
    def entries(request: Request) -> Response:
        start = _int(request, "start")
        limit = _int(request, "limit", MAX_BATCH)
        data = call(lambda audit: audit.batch(start, limit), "start")
        return Response(data, media_type=MEDIA_TYPE)

    @router.get("/proof/inclusion")
    def inclusion(request: Request) -> Response:
        decision_id = request.query_params.get("decision_id")
        if decision_id is not None and "index" in request.query_params:
            raise BadRequest(
                "give index or decision_id, not both", code="invalid_value", param="index"
            )
        if decision_id is not None:
            index = call(lambda audit: audit.index_of(decision_id), "decision_id")
        else:
            index = _int(request, "index")
        if "size" in request.query_params:
            size = _int(request, "size")
        else:
            size = call(lambda audit: audit.latest_checkpoint().size)
        proof = call(lambda audit: audit.inclusion(index, size), "size")
        return _json(
            {
                "index": proof.index,
                "size": proof.size,
                "leaf_hash": _b64(proof.leaf_hash),
                "proof": [_b64(h) for h in proof.hashes],
                "root": _b64(proof.root),
            }
        )

    @router.get("/proof/consistency")
    def consistency(request: Request) -> Response:
        old = _int(request, "from")
        new = _int(request, "to")
        proof = call(lambda audit: audit.consistency(old, new), "to")
        return _json(
            {
                "from": proof.old_size,
                "to": proof.new_size,
                "proof": [_b64(h) for h in proof.hashes],
                "from_root": _b64(proof.old_root),
                "to_root": _b64(proof.new_root),
            }
        )

    return router
