"""The reviewers' console: server-rendered pages under ``/console``.

Every page is plain HTML that works with forms and links alone; htmx (served by the gateway
itself from the ``django-js-lib-htmx`` package's copy, never from a CDN) only makes
navigation smoother (``hx-boost``) and refreshes the queue in place. Every change is a POST
carrying the session's CSRF token and answers with a redirect (post/redirect/get). Pages
forbid framing and inline script (Content-Security-Policy), and are never cached.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from redline.redlines import RedLine
from redline.review.api import reviewer_view
from redline.review.auth import CSRF_FIELD, Session
from redline.review.clearance import Permission
from redline.review.desk import Desk
from redline.review.errors import BadInput, ReviewError
from redline.review.rules import Status
from redline.review.views import actions_view, item_view, stamp

__all__ = ["console_router"]

_LOGIN_CSRF = "redline_login_csrf"
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_DONE = {
    "approved": "Approval recorded.",
    "denied": "Denial recorded.",
    "commented": "Comment added.",
}


@cache
def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("redline.review", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["red_lines"] = [r.value for r in RedLine]
    env.globals["statuses"] = [s.value for s in Status]
    return env


@cache
def _static(name: str) -> tuple[bytes, str]:
    if name == "htmx.min.js":
        path = resources.files("js_lib_htmx").joinpath("static/htmx/htmx.min.js")
        return path.read_bytes(), "text/javascript; charset=utf-8"
    if name == "console.css":
        path = resources.files("redline.review").joinpath("static/console.css")
        return path.read_bytes(), "text/css; charset=utf-8"
    raise KeyError(name)


def _page(name: str, status: int = 200, **context: Any) -> Response:
    html = _templates().get_template(name).render(**context)
    return Response(html, status_code=status, media_type="text/html", headers=dict(_HEADERS))


def _redirect(url: str) -> Response:
    return RedirectResponse(url, status_code=303, headers=dict(_HEADERS))


def console_router(desk: Callable[[], Desk]) -> APIRouter:
    """The ``/console`` pages over the desk that ``desk()`` returns at request time."""
    router = APIRouter(prefix="/console", include_in_schema=False)

    async def run(work: Callable[[], Any]) -> Any:
        return await run_in_threadpool(work)

    async def session_of(request: Request) -> Session | None:
        return await run_in_threadpool(desk().gatekeeper.session, request)

    async def form_of(request: Request, session: Session) -> dict[str, str]:
        form = await request.form()
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        desk().gatekeeper.check_csrf(session, values.get(CSRF_FIELD))
        return values

    def base(session: Session, **context: Any) -> dict[str, Any]:
        return {
            "me": reviewer_view(session.reviewer),
            "csrf": session.csrf_token,
            "can_decide": session.reviewer.role.can(Permission.DECIDE),
            "can_comment": session.reviewer.role.can(Permission.COMMENT),
            "can_audit": session.reviewer.role.can(Permission.AUDIT),
            **context,
        }

    def to_login(request: Request) -> Response:
        return _redirect("/console/login?" + urlencode({"next": request.url.path}))

    def failed(session: Session, exc: ReviewError, title: str) -> Response:
        return _page("error.html.j2", exc.status, **base(session, title=title, error=exc))

    @router.get("/static/{name}")
    async def static(name: str) -> Response:
        try:
            body, media = _static(name)
        except KeyError:
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(
            body,
            media_type=media,
            headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    @router.get("")
    @router.get("/")
    async def home() -> Response:
        return _redirect("/console/queue")

    @router.get("/login")
    async def login_page(request: Request) -> Response:
        token = secrets.token_urlsafe(24)
        response = _page(
            "login.html.j2",
            csrf=token,
            next=_safe_next(request.query_params.get("next")),
            error=None,
            me=None,
        )
        _set_login_cookie(response, token, desk)
        return response

    @router.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        expected = request.cookies.get(_LOGIN_CSRF) or ""
        supplied = values.get(CSRF_FIELD, "")
        next_url = _safe_next(values.get("next"))
        error: ReviewError | None = None
        if not expected or not secrets.compare_digest(expected, supplied):
            error = BadInput("the sign-in form expired; please try again", code="csrf_failed")
        else:
            gate = desk().gatekeeper
            address = request.client.host if request.client else "unknown"
            try:
                _session, token = await run(
                    lambda: gate.sign_in(
                        values.get("username", ""), values.get("password", ""), address
                    )
                )
            except ReviewError as exc:
                error = exc
            else:
                response = _redirect(next_url)
                gate.set_cookie(response, token)
                response.delete_cookie(_LOGIN_CSRF, path="/console/login")
                return response
        fresh = secrets.token_urlsafe(24)
        response = _page(
            "login.html.j2",
            error.status,
            csrf=fresh,
            next=next_url,
            error=error,
            me=None,
            username=values.get("username", ""),
        )
        _set_login_cookie(response, fresh, desk)
        if error.retry_after_s:
            response.headers["Retry-After"] = str(error.retry_after_s)
        return response

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        session = await session_of(request)
        response = _redirect("/console/login")
        if session is not None:
            try:
                await form_of(request, session)
            except ReviewError as exc:
                return failed(session, exc, "Sign out")
            await run(lambda: desk().gatekeeper.sign_out(session))
        desk().gatekeeper.clear_cookie(response)
        return response

    @router.get("/queue")
    async def queue(request: Request) -> Response:
        session = await session_of(request)
        if session is None:
            return to_login(request)
        q = request.query_params
        status = q.get("status") or "pending"
        red_line = q.get("red_line") or ""
        tenant = q.get("tenant") or ""
        service = desk().service
        try:
            statuses = [Status(status)]
        except ValueError:
            return failed(
                session, BadInput(f"unknown status {status!r}", code="invalid_value"), "Queue"
            )
        found = await run(
            lambda: service.queue(
                session.reviewer,
                statuses=statuses,
                red_line=red_line or None,
                tenant=tenant or None,
            )
        )
        counts = await run(lambda: service.store.approval_counts([i.id for i in found]))
        now = datetime.now(UTC)
        policy = desk().policy()
        items = [item_view(i, policy, now, approvals=counts.get(i.id, 0)) for i in found]
        filters = {"status": status, "red_line": red_line, "tenant": tenant}
        return _page(
            "queue.html.j2",
            **base(
                session,
                title="Review queue",
                items=items,
                filters=filters,
                refresh=f"/console/queue?{urlencode(filters)}",
            ),
        )

    @router.get("/items/{item_id}")
    async def item(request: Request, item_id: str) -> Response:
        session = await session_of(request)
        if session is None:
            return to_login(request)
        service = desk().service
        try:
            found = await run(lambda: service.view(session.reviewer, item_id))
            history = await run(lambda: service.item_actions(session.reviewer, item_id))
        except ReviewError as exc:
            return failed(session, exc, "Review item")
        approvers = {a.reviewer_id for a in history if str(a.action) == "approve"}
        view = item_view(
            found, desk().policy(), datetime.now(UTC), approvals=len(approvers), detail=True
        )
        done = _DONE.get(request.query_params.get("done", ""))
        return _page(
            "item.html.j2",
            **base(
                session,
                title=f"Review item {found.id}",
                item=view,
                actions=actions_view(history),
                approved_by_me=session.reviewer.id in approvers,
                done=done,
                error=None,
            ),
        )

    async def act(request: Request, item_id: str, verb: str) -> Response:
        session = await session_of(request)
        if session is None:
            return to_login(request)
        service = desk().service
        try:
            values = await form_of(request, session)
            text = values.get("reason") or values.get("text")
            if verb == "approve":
                await run(lambda: service.approve(session.reviewer, item_id, text))
            elif verb == "deny":
                await run(lambda: service.deny(session.reviewer, item_id, text))
            else:
                await run(lambda: service.comment(session.reviewer, item_id, text))
        except ReviewError as exc:
            return failed(session, exc, "Review item")
        done = {"approve": "approved", "deny": "denied", "comment": "commented"}[verb]
        return _redirect(f"/console/items/{quote(item_id)}?done={done}")

    @router.post("/items/{item_id}/approve")
    async def approve(request: Request, item_id: str) -> Response:
        return await act(request, item_id, "approve")

    @router.post("/items/{item_id}/deny")
    async def deny(request: Request, item_id: str) -> Response:
        return await act(request, item_id, "deny")

    @router.post("/items/{item_id}/comment")
    async def comment(request: Request, item_id: str) -> Response:
        return await act(request, item_id, "comment")

    @router.get("/history")
    async def history(request: Request) -> Response:
        session = await session_of(request)
        if session is None:
            return to_login(request)
        service = desk().service
        found = await run(lambda: service.history(session.reviewer, limit=200))
        everyone = session.reviewer.role.can(Permission.HISTORY_ALL)
        return _page(
            "history.html.j2",
            **base(session, title="History", actions=actions_view(found), everyone=everyone),
        )

    @router.get("/audit")
    async def audit(request: Request) -> Response:
        session = await session_of(request)
        if session is None:
            return to_login(request)
        before = request.query_params.get("before") or None
        service = desk().service
        try:
            rows = await run(lambda: service.decisions(session.reviewer, before=before, limit=50))
        except ReviewError as exc:
            return failed(session, exc, "Decisions")
        decisions = [
            {**fields, "created_at": stamp(fields["created_at"]), "log_index": index}
            for fields, index in rows
        ]
        older = decisions[-1]["id"] if len(decisions) == 50 else None
        return _page(
            "audit.html.j2",
            **base(session, title="Decisions and log", decisions=decisions, older=older),
        )

    @router.get("/audit/proof/{ref_id}")
    async def proof(request: Request, ref_id: str) -> Response:
        session = await session_of(request)
        if session is None:
            return to_login(request)
        service = desk().service
        audit_log = desk().audit
        try:
            found = await run(lambda: service.proof(session.reviewer, ref_id, audit_log))
        except ReviewError as exc:
            return failed(session, exc, "Inclusion proof")
        return _page("proof.html.j2", **base(session, title="Inclusion proof", proof=found))

    return router


def _safe_next(value: str | None) -> str:
    """Only paths inside the console: never an open redirect."""
    if value and value.startswith("/console/") and "//" not in value and "\\" not in value:
        return value
    return "/console/queue"


def _set_login_cookie(response: Response, token: str, desk: Callable[[], Desk]) -> None:
    response.set_cookie(
        _LOGIN_CSRF,
        token,
        max_age=3600,
        path="/console/login",
        secure=desk().gatekeeper.secure_cookie,
        httponly=True,
        samesite="strict",
    )
