"""The request path: authenticate, parse, screen, decide, record, forward, screen the answer.

A request is forwarded only after it was screened and its decision is allow; a held or
blocked request's decision is durably recorded before the client is answered. An allowed
request's decision is committed together with its answer's (one group commit), before the
answer is sent: nothing is answered that is not in the log, and an answer whose decisions
cannot be recorded is withheld. (A streamed request's decision is recorded before it is
forwarded.) Anything that fails inside screening or recording fails closed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

import orjson
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from redline.audit.entries import text_sha256
from redline.behaviour import BehaviourLayer
from redline.exchange import Context, Exchange, UnscreenableContent, request_sha256
from redline.gateway.auth import KeyRing
from redline.gateway.body import read_json, validate
from redline.gateway.catalog import ModelCatalog
from redline.gateway.controls import ProviderControls
from redline.gateway.errors import (
    BadRequest,
    Forbidden,
    GatewayError,
    ScreeningUnavailable,
    UpstreamFailed,
)
from redline.gateway.guard import Guard, Verdict
from redline.gateway.streaming import StreamRelay
from redline.gateway.upstream import Upstream
from redline.observe import Observer
from redline.policy.model import Action, Policy
from redline.review.gate import REVIEW_HEADER, ReviewGate
from redline.store import (
    ApiKey,
    DecisionRecord,
    DecisionWriter,
    StoreUnavailable,
    new_decision_id,
)

__all__ = ["Proxy", "Route"]

Stage = Literal["request", "response"]
Build = Callable[[Any, Context, str], Exchange]
_CONTEXT_KEYS = ("purpose", "authority", "operator")


@dataclass(frozen=True, slots=True)
class Route:
    """One OpenAI endpoint: its request model, how to build the Exchange, its upstream path."""

    model: type[BaseModel]
    build: Build
    path: str
    screens_output: bool
    chat: bool = False


class Proxy:
    """Everything the request path needs, built once by create_app."""

    def __init__(
        self,
        *,
        guard: Guard,
        upstream: Upstream,
        catalog: ModelCatalog,
        keys: KeyRing,
        writer: DecisionWriter,
        max_body_bytes: int,
        store_content: bool,
        controls: ProviderControls | None = None,
        observer: Observer | None = None,
        reviews: ReviewGate | None = None,
        behaviour: BehaviourLayer | None = None,
    ) -> None:
        self.guard = guard
        self.upstream = upstream
        self.catalog = catalog
        self.keys = keys
        self.writer = writer
        self.max_body_bytes = max_body_bytes
        self.store_content = store_content
        self.controls = controls
        self.observer = observer
        self.reviews = reviews
        self.behaviour = behaviour

    async def handle(self, request: Request, route: Route) -> Response:
        entered = time.perf_counter()
        key = await self.keys.authenticate(request)
        policy = self.guard.policy
        if self.controls is not None:
            self.controls.admit(key)  # suspensions (issue 7)
            policy = self.controls.policy_for(key.tenant_id)
        payload = await read_json(request, self.max_body_bytes)
        req = validate(route.model, payload)
        await self.catalog.require(str(getattr(req, "model")))  # noqa: B009
        context, forwarded = _context(request, payload)
        if self.controls is not None:
            context = self.controls.declare(key, context, policy)  # authorities (issue 7)
        try:
            exchange = route.build(req, context, request_sha256(payload))
        except UnscreenableContent as exc:
            raise BadRequest(str(exc), code="unscreenable_content", param=exc.param) from exc
        started = time.perf_counter()
        verdict = await self.guard.judge(exchange, policy)
        decision_id = new_decision_id()
        if self.behaviour is not None:
            verdict = await self._behaviour(verdict, key, exchange, decision_id, policy)
        screened = time.perf_counter()
        record = self._record(verdict, key, exchange, "request", None, exchange.text, decision_id)
        headers = {"Redline-Decision-Id": decision_id}
        # An approved review lets one retry of the same request through its holds (never
        # a block); the approval is consumed by the first hold it releases.
        approval = Approval(request.headers.get(REVIEW_HEADER))
        if verdict.decision.action is not Action.ALLOW or verdict.decision.screening_failed:
            record = await self._release(approval, verdict, record)
            if not approval.used:
                index = await self._write(record)
                review_id = await self._hold(verdict, record, exchange.text)
                self._enforce(verdict, decision_id, "request", index, review_id)
        body = orjson.dumps(forwarded)
        if exchange.stream:
            headers["Redline-Log-Index"] = str(await self._write(record))
            return await self._stream(
                route, body, exchange, key, decision_id, headers, policy, approval
            )
        try:
            answer = await self.upstream.post_json(route.path, body)
        except GatewayError as exc:
            # Forwarded, so recorded, even though it failed; the error names the decision.
            index = await self._write(record)
            exc.redline = {**(exc.redline or {}), "decision_id": decision_id, "log_index": index}
            raise
        answered = time.perf_counter()
        timing = {
            "parse": started - entered,
            "screen": screened - started,
            "upstream": answered - screened,
        }
        records = [record]
        out: Verdict | None = None
        if route.screens_output and policy.screening.screen_output:
            text = _answer_text(answer, chat=route.chat)
            out = await self.guard.judge(Exchange.of_output(exchange, text), policy)
            answer_record = self._record(out, key, exchange, "response", decision_id, text)
            records.append(await self._release(approval, out, answer_record))
            timing["screen-output"] = time.perf_counter() - answered
        # Both decisions go to the writer together and share one commit; no answer is
        # sent before they are durable, and none at all if they cannot be recorded.
        recording = time.perf_counter()
        indexes = await asyncio.gather(*(self._write(r) for r in records))
        timing["record"] = time.perf_counter() - recording
        headers["Redline-Log-Index"] = str(indexes[0])
        if out is not None:
            headers["Redline-Response-Decision-Id"] = records[1].id
            headers["Redline-Response-Log-Index"] = str(indexes[1])
            if not _released(records[1]):
                review_id = await self._hold(out, records[1], text)
                self._enforce(out, records[1].id, "response", indexes[1], review_id)
        timing["total"] = time.perf_counter() - entered
        if self.observer is not None:
            self.observer.answered(f"/v1{route.path}", timing)
        headers["Server-Timing"] = ", ".join(f"{k};dur={v * 1000:.3f}" for k, v in timing.items())
        return Response(orjson.dumps(answer), media_type="application/json", headers=headers)

    async def _stream(
        self,
        route: Route,
        body: bytes,
        exchange: Exchange,
        key: ApiKey,
        decision_id: str,
        headers: dict[str, str],
        policy: Policy,
        approval: Approval,
    ) -> Response:
        stack = AsyncExitStack()
        # Entered here, not in the generator, so that an upstream that fails before its
        # first byte still gets a proper HTTP status instead of a broken stream.
        lines = await stack.enter_async_context(self.upstream.stream(route.path, body))
        screening = policy.screening

        screened: list[str] = [""]

        async def check(text: str) -> Verdict:
            screened[0] = text
            return await self.guard.judge(Exchange.of_output(exchange, text), policy)

        async def record(verdict: Verdict) -> GatewayError | None:
            out = self._record(verdict, key, exchange, "response", decision_id, None)
            try:
                out = await self._release(approval, verdict, out)
                index = await self._write(out)
                if not _released(out):
                    review_id = await self._hold(verdict, out, screened[0])
                    self._enforce(verdict, out.id, "response", index, review_id)
            except GatewayError as exc:
                return exc
            return None

        relay = StreamRelay(
            chat=route.chat,
            check=check,
            record=record,
            overlap=screening.stream_window_chars,
            holdback=screening.stream_holdback_chars,
        )

        async def events() -> AsyncIterator[bytes]:
            async with stack:
                async for event in relay.events(lines):
                    yield event

        return StreamingResponse(events(), media_type="text/event-stream", headers=headers)

    async def _behaviour(
        self,
        verdict: Verdict,
        key: ApiKey,
        exchange: Exchange,
        decision_id: str,
        policy: Policy,
    ) -> Verdict:
        """The request's verdict with the behaviour layer's findings: the tenant's state is
        updated for every screened request, whatever the other layers decided."""
        assert self.behaviour is not None
        start = time.perf_counter()
        extra = await self.behaviour.inspect(
            tenant_id=key.tenant_id,
            key_id=key.key_id,
            decision_id=decision_id,
            exchange=exchange,
            decision=verdict.decision,
            policy=policy,
        )
        ms = (time.perf_counter() - start) * 1000.0
        return self.guard.amend(verdict, extra, self.behaviour.name, ms, policy)

    def _record(
        self,
        verdict: Verdict,
        key: ApiKey,
        exchange: Exchange,
        stage: Stage,
        parent_id: str | None,
        content: str | None,
        decision_id: str | None = None,
    ) -> DecisionRecord:
        decision = verdict.decision
        return DecisionRecord(
            id=decision_id or new_decision_id(),
            created_at=datetime.now(UTC),
            tenant_id=key.tenant_id,
            key_id=key.key_id,
            stage=stage,
            endpoint=exchange.endpoint,
            model=exchange.model,
            request_sha256=exchange.request_sha256,
            action=decision.action.value,
            red_line=decision.red_line.value if decision.red_line else None,
            screening_failed=decision.screening_failed,
            findings=decision.summary(),
            scores={k.value: v for k, v in decision.scores.items()},
            policy_version=decision.policy_version,
            latency_ms=verdict.latency_ms,
            context={k: v for k, v in _context_dict(exchange.context).items() if v},
            content=content if self.store_content else None,
            parent_id=parent_id,
            content_sha256=None if content is None else text_sha256(content),
        )

    async def _write(self, record: DecisionRecord) -> int:
        """Make ``record`` durable; return its audit-log index. Raises ScreeningUnavailable
        when it cannot be."""
        try:
            index = await self.writer.write(record)
        except StoreUnavailable as exc:
            if self.observer is not None:
                self.observer.record_failed(record)
            raise ScreeningUnavailable(
                "the decision could not be recorded, so no answer is given",
                code="screening_unavailable",
            ) from exc
        if self.observer is not None:
            self.observer.recorded(record, index)
        return index

    async def _release(
        self, approval: Approval, verdict: Verdict, record: DecisionRecord
    ) -> DecisionRecord:
        """``record``, marked with the review id (``context.review_id``) when an approval
        releases this hold: consumed now, or already consumed by this request's earlier
        stage. Blocks and screening failures are never released."""
        if not _holds(verdict) or approval.review_id is None or self.reviews is None:
            return record
        if not approval.used:
            try:
                approval.used = await self.reviews.release(approval.review_id, record)
            except StoreUnavailable as exc:
                raise ScreeningUnavailable(
                    "the review could not be checked, so the request was not forwarded",
                    code="screening_unavailable",
                ) from exc
        if not approval.used:
            return record
        return replace(record, context={**record.context, "review_id": approval.review_id})

    async def _hold(self, verdict: Verdict, record: DecisionRecord, content: str) -> str | None:
        """The review item id for a hold (None for other decisions, or without a queue)."""
        if not _holds(verdict) or self.reviews is None:
            return None
        clause = verdict.decision.clause
        try:
            return await self.reviews.hold(record, clause.id if clause else "", content)
        except StoreUnavailable as exc:
            raise ScreeningUnavailable(
                "the request was held but its review item could not be created",
                code="screening_unavailable",
            ) from exc

    def _enforce(
        self,
        verdict: Verdict,
        decision_id: str,
        stage: Stage,
        log_index: int,
        review_id: str | None = None,
    ) -> None:
        """Raise the error that a non-allow decision answers with."""
        decision = verdict.decision
        info: dict[str, Any] = {
            "decision_id": decision_id,
            "stage": stage,
            "decision": decision.action.value,
            "red_line": decision.red_line.value if decision.red_line else None,
            "clause": decision.clause.model_dump() if decision.clause else None,
            "policy_version": decision.policy_version,
            "findings": decision.summary()[:20],
            "log_index": log_index,
        }
        if decision.screening_failed:
            raise ScreeningUnavailable(
                "screening is unavailable for this request; it was not forwarded",
                code="screening_unavailable",
                redline=info,
            )
        if decision.action is Action.ALLOW:
            return
        assert decision.red_line is not None and decision.clause is not None
        line = decision.red_line.value
        what = "request" if stage == "request" else "answer"
        if decision.action is Action.HOLD:
            retry = (
                f"; once approved, send the same request again with the header "
                f"Redline-Review: {review_id}"
                if review_id
                else ""
            )
            raise Forbidden(
                f"this {what} needs review by a cleared reviewer under {decision.clause.id} "
                f"({line}){retry}",
                code=line,
                error_type="review_required",
                redline={**info, "review_id": review_id},
            )
        raise Forbidden(
            f"this {what} crosses the red line {line} and is blocked under "
            f"{decision.clause.id}: {decision.clause.text}",
            code=line,
            redline=info,
        )


class Approval:
    """The ``Redline-Review`` id a request carries, and whether it released this request."""

    __slots__ = ("review_id", "used")

    def __init__(self, review_id: str | None) -> None:
        self.review_id = review_id.strip() if review_id and review_id.strip() else None
        self.used = False


def _holds(verdict: Verdict) -> bool:
    return verdict.decision.action is Action.HOLD and not verdict.decision.screening_failed


def _released(record: DecisionRecord) -> bool:
    return "review_id" in record.context


def _context(request: Request, payload: dict[str, Any]) -> tuple[Context, dict[str, Any]]:
    """Context from ``Redline-*`` headers (or ``metadata.redline_*``), and the body to forward
    with Redline's own metadata keys removed."""
    values: dict[str, str | None] = {}
    metadata = payload.get("metadata")
    meta = metadata if isinstance(metadata, dict) else {}
    for name in _CONTEXT_KEYS:
        values[name] = request.headers.get(f"redline-{name}") or meta.get(f"redline_{name}")
    forwarded = payload
    if any(k.startswith("redline_") for k in meta):
        kept = {k: v for k, v in meta.items() if not k.startswith("redline_")}
        forwarded = {k: v for k, v in payload.items() if k != "metadata"}
        if kept:
            forwarded["metadata"] = kept
    return Context(**values), forwarded


def _context_dict(context: Context) -> dict[str, str | None]:
    return {
        "purpose": context.purpose,
        "authority": context.authority,
        "operator": context.operator,
    }


def _answer_text(answer: dict[str, Any], *, chat: bool) -> str:
    """All text of a non-streamed answer, tool calls included. Raises UpstreamFailed when
    the answer has no choices to screen (fail closed: what cannot be read is not sent)."""
    choices = answer.get("choices")
    if not isinstance(choices, list):
        raise UpstreamFailed("upstream answer has no choices", code="bad_upstream")
    parts: list[str] = []
    for choice in choices:
        if not isinstance(choice, dict):
            raise UpstreamFailed("upstream answer has a malformed choice", code="bad_upstream")
        if chat:
            message = choice.get("message") or {}
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            for call in message.get("tool_calls") or ():
                fn = call.get("function") or {}
                parts.append(f"{fn.get('name', '')}({fn.get('arguments', '')})")
        elif isinstance(choice.get("text"), str):
            parts.append(choice["text"])
    return "\n\n".join(parts)
