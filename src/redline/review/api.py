"""The review queue's JSON API, for the customer's own case tools: ``/api/review/...``.

=============================================  ===============================================
``POST   /api/review/session``                 ``{"username", "password"}`` -> ``{"token",
                                               "csrf_token", "reviewer"}``; also sets the
                                               session cookie
``DELETE /api/review/session``                 sign out
``GET    /api/review/me``                      the signed-in reviewer
``GET    /api/review/items``                   ``?status=pending,approved&red_line=&tenant=
                                               &limit=``: items the clearance covers
``GET    /api/review/items/{id}``              one item, with its text highlighted (a view:
                                               logged)
``GET    /api/review/items/{id}/actions``      the item's history
``POST   /api/review/items/{id}/approve``      ``{"reason"}`` (mandatory)
``POST   /api/review/items/{id}/deny``         ``{"reason"}`` (mandatory)
``POST   /api/review/items/{id}/comments``     ``{"text"}``
``GET    /api/review/history``                 recent actions (one's own, or everyone's for
                                               supervisors, auditors and admins)
``GET    /api/review/decisions``               auditors and admins: ``?before=&limit=``
                                               decisions with their log index
``GET    /api/review/proof/{decision or        the log entry, its index and its inclusion
action id}``                                   proof against the latest signed checkpoint
=============================================  ===============================================

Authenticate with ``Authorization: Bearer <token>`` (no CSRF token needed) or with the
session cookie plus header ``X-CSRF-Token`` on POST and DELETE. Errors use the gateway's
OpenAI-shaped format with type ``review_error`` (codes in ``review.errors``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import orjson
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from redline.gateway.errors import GatewayError
from redline.review.auth import CSRF_HEADER, Session
from redline.review.desk import Desk
from redline.review.errors import BadInput, ReviewError
from redline.review.rules import Status
from redline.review.store import Reviewer
from redline.review.views import actions_view, item_view, stamp

__all__ = ["review_api_router", "reviewer_view"]

T = TypeVar("T")
_MAX_BODY = 64 * 1024


def _json(payload: Any, status: int = 200) -> Response:
    headers = {"Cache-Control": "no-store"}
    return Response(
        orjson.dumps(payload), status_code=status, media_type="application/json", headers=headers
    )


def _error(exc: ReviewError) -> Response:
    err = GatewayError(exc.message, code=exc.code, error_type="review_error", status=exc.status)
    response = _json(err.body(), exc.status)
    if exc.retry_after_s:
        response.headers["Retry-After"] = str(exc.retry_after_s)
    return response


def reviewer_view(reviewer: Reviewer) -> dict[str, Any]:
    return {
        "id": reviewer.id,
        "username": reviewer.username,
        "display_name": reviewer.display_name,
        "role": str(reviewer.role),
        "clearance": reviewer.clearance.marking,
        "permissions": sorted(str(p) for p in reviewer.role.permissions),
    }


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > _MAX_BODY:
        raise BadInput("the request body is too large", code="invalid_value")
    try:
        value = orjson.loads(raw or b"{}")
    except orjson.JSONDecodeError as exc:
        raise BadInput(f"the body is not valid JSON: {exc}", code="invalid_value") from exc
    if not isinstance(value, dict):
        raise BadInput("the body must be a JSON object", code="invalid_value")
    return value


def _text(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise BadInput(f"{name!r} must be a string", code="invalid_value")
    return value


def _statuses(raw: str | None) -> list[Status]:
    if not raw:
        return [Status.PENDING]
    try:
        return [Status(part.strip()) for part in raw.split(",") if part.strip()]
    except ValueError as exc:
        names = ", ".join(s.value for s in Status)
        raise BadInput(f"status must be among {names}", code="invalid_value") from exc


def _limit(raw: str | None, default: int, most: int) -> int:
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= most:
        raise BadInput(f"limit must be between 1 and {most}", code="invalid_value")
    return int(raw)


def review_api_router(desk: Callable[[], Desk]) -> APIRouter:
    """The ``/api/review`` routes over the desk that ``desk()`` returns at request time."""
    router = APIRouter(prefix="/api/review", tags=["review"])

    async def signed_in(request: Request, *, change: bool = False) -> Session:
        gate = desk().gatekeeper
        session = await run_in_threadpool(gate.require, request)
        if change:
            gate.check_csrf(session, request.headers.get(CSRF_HEADER))
        return session

    async def run(work: Callable[[], T]) -> T:
        return await run_in_threadpool(work)

    @router.post("/session")
    async def sign_in(request: Request) -> Response:
        try:
            body = await _body(request)
            username = _text(body, "username") or ""
            password = _text(body, "password") or ""
            address = request.client.host if request.client else "unknown"
            gate = desk().gatekeeper
            session, token = await run(lambda: gate.sign_in(username, password, address))
        except ReviewError as exc:
            return _error(exc)
        response = _json(
            {
                "token": token,
                "csrf_token": session.csrf_token,
                "reviewer": reviewer_view(session.reviewer),
            }
        )
        gate.set_cookie(response, token)
        return response

    @router.delete("/session")
    async def sign_out(request: Request) -> Response:
        try:
            session = await signed_in(request, change=True)
            gate = desk().gatekeeper
            await run(lambda: gate.sign_out(session))
        except ReviewError as exc:
            return _error(exc)
        response = _json({"signed_out": True})
        gate.clear_cookie(response)
        return response

    @router.get("/me")
    async def me(request: Request) -> Response:
        try:
            session = await signed_in(request)
        except ReviewError as exc:
            return _error(exc)
        return _json({**reviewer_view(session.reviewer), "csrf_token": session.csrf_token})

    @router.get("/items")
    async def items(request: Request) -> Response:
        try:
            session = await signed_in(request)
            q = request.query_params
            statuses = _statuses(q.get("status"))
            limit = _limit(q.get("limit"), 100, 500)
            service = desk().service
            found = await run(
                lambda: service.queue(
                    session.reviewer,
                    statuses=statuses,
                    red_line=q.get("red_line") or None,
                    tenant=q.get("tenant") or None,
                    limit=limit,
                )
            )
            counts = await run(lambda: service.store.approval_counts([i.id for i in found]))
        except ReviewError as exc:
            return _error(exc)
        now = datetime.now(UTC)
        policy = desk().policy()
        return _json(
            {"items": [item_view(i, policy, now, approvals=counts.get(i.id, 0)) for i in found]}
        )

    @router.get("/items/{item_id}")
    async def item(request: Request, item_id: str) -> Response:
        try:
            session = await signed_in(request)
            service = desk().service
            found = await run(lambda: service.view(session.reviewer, item_id))
            approvals = await run(lambda: len(service.store.approvers(item_id)))
        except ReviewError as exc:
            return _error(exc)
        view = item_view(
            found, desk().policy(), datetime.now(UTC), approvals=approvals, detail=True
        )
        return _json(view)

    @router.get("/items/{item_id}/actions")
    async def item_actions(request: Request, item_id: str) -> Response:
        try:
            session = await signed_in(request)
            service = desk().service
            found = await run(lambda: service.item_actions(session.reviewer, item_id))
        except ReviewError as exc:
            return _error(exc)
        return _json({"actions": actions_view(found)})

    async def decide(request: Request, item_id: str, verb: str) -> Response:
        try:
            session = await signed_in(request, change=True)
            reason = _text(await _body(request), "reason")
            service = desk().service
            act = service.approve if verb == "approve" else service.deny
            found = await run(lambda: act(session.reviewer, item_id, reason))
            approvals = await run(lambda: len(service.store.approvers(item_id)))
        except ReviewError as exc:
            return _error(exc)
        return _json(item_view(found, desk().policy(), datetime.now(UTC), approvals=approvals))

    @router.post("/items/{item_id}/approve")
    async def approve(request: Request, item_id: str) -> Response:
        return await decide(request, item_id, "approve")

    @router.post("/items/{item_id}/deny")
    async def deny(request: Request, item_id: str) -> Response:
        return await decide(request, item_id, "deny")

    @router.post("/items/{item_id}/comments")
    async def comment(request: Request, item_id: str) -> Response:
        try:
            session = await signed_in(request, change=True)
            text = _text(await _body(request), "text")
            service = desk().service
            await run(lambda: service.comment(session.reviewer, item_id, text))
        except ReviewError as exc:
            return _error(exc)
        return _json({"commented": True}, status=201)

    @router.get("/history")
    async def history(request: Request) -> Response:
        try:
            session = await signed_in(request)
            limit = _limit(request.query_params.get("limit"), 100, 1000)
            service = desk().service
            found = await run(lambda: service.history(session.reviewer, limit=limit))
        except ReviewError as exc:
            return _error(exc)
        return _json({"actions": actions_view(found)})

    @router.get("/decisions")
    async def decisions(request: Request) -> Response:
        try:
            session = await signed_in(request)
            limit = _limit(request.query_params.get("limit"), 50, 500)
            before = request.query_params.get("before") or None
            service = desk().service
            rows = await run(
                lambda: service.decisions(session.reviewer, before=before, limit=limit)
            )
        except ReviewError as exc:
            return _error(exc)
        return _json(
            {
                "decisions": [
                    {**fields, "created_at": stamp(fields["created_at"]), "log_index": index}
                    for fields, index in rows
                ]
            }
        )

    @router.get("/proof/{ref_id}")
    async def proof(request: Request, ref_id: str) -> Response:
        try:
            session = await signed_in(request)
            service = desk().service
            audit = desk().audit
            found = await run(lambda: service.proof(session.reviewer, ref_id, audit))
        except ReviewError as exc:
            return _error(exc)
        return _json(found)

    return router
