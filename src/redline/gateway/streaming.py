"""Screening a streamed (SSE) answer as it passes through.

Each choice's text goes through an OutputWindow: nothing is sent before it was screened in
context, so a phrase split across chunks is caught before any of it leaves. Tool-call
deltas are held until their choice finishes and are screened whole. On a violation the
stream ends with one ``data: {"error": ...}`` event and nothing more of the answer.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from redline.detect.window import OutputWindow
from redline.gateway.errors import GatewayError, UpstreamFailed
from redline.gateway.guard import Verdict
from redline.policy.model import Action

__all__ = ["StreamRelay"]

Check = Callable[[str], Awaitable[Verdict]]
Record = Callable[[Verdict], Awaitable[GatewayError | None]]


@dataclass
class _Choice:
    window: OutputWindow
    tool_text: list[str] = field(default_factory=list)
    held: list[dict[str, Any]] = field(default_factory=list)
    finished: bool = False


class StreamRelay:
    """Relays one upstream SSE stream. ``check`` screens a text; ``record`` writes the
    response decision and returns the error to send when the verdict stops the answer."""

    def __init__(
        self, *, chat: bool, check: Check, record: Record, overlap: int, holdback: int
    ) -> None:
        self._chat = chat
        self._check = check
        self._record = record
        self._overlap = overlap
        self._holdback = holdback
        self._choices: dict[int, _Choice] = {}
        self._worst: Verdict | None = None

    async def events(self, lines: AsyncIterator[str]) -> AsyncIterator[bytes]:
        try:
            async for line in lines:
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    async for out in self._finish_all():
                        yield out
                    yield b"data: [DONE]\n\n"
                    return
                async for out in self._chunk(data):
                    yield out
            # The upstream closed without [DONE]: finish what arrived, then say so.
            async for out in self._finish_all():
                yield out
            yield _event(
                UpstreamFailed(
                    "the upstream ended the stream without [DONE]; the answer may be cut short",
                    code="bad_upstream",
                ).body()
            )
        except _Stop as stop:
            yield _event(stop.error.body())
        except GatewayError as exc:
            yield _event(exc.body())

    async def _chunk(self, data: str) -> AsyncIterator[bytes]:
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise UpstreamFailed(
                "upstream sent a malformed stream event", code="bad_upstream"
            ) from exc
        if not isinstance(chunk, dict):
            raise UpstreamFailed("upstream sent a malformed stream event", code="bad_upstream")
        if isinstance(chunk.get("error"), dict):
            raise UpstreamFailed(
                f"upstream error mid-stream: {chunk['error'].get('message', '')}",
                code="upstream_unavailable",
            )
        choices = chunk.get("choices")
        if not isinstance(choices, list) or not choices:
            yield _event(chunk)  # usage-only chunk: carries no text
            return
        for choice in choices:
            if not isinstance(choice, dict):
                raise UpstreamFailed("upstream sent a malformed choice", code="bad_upstream")
            single = {**chunk, "choices": [choice]}
            async for out in self._choice(single, choice):
                yield out

    async def _choice(self, chunk: dict[str, Any], choice: dict[str, Any]) -> AsyncIterator[bytes]:
        index = choice.get("index", 0)
        index = index if isinstance(index, int) else 0
        state = self._choices.get(index)
        if state is None:
            state = _Choice(OutputWindow(overlap=self._overlap, holdback=self._holdback))
            self._choices[index] = state
        state.window.add(self._text_of(choice))
        calls = choice.get("delta", {}).get("tool_calls") if self._chat else None
        if calls:
            for call in calls:
                fn = call.get("function") or {}
                state.tool_text.append(f"{fn.get('name') or ''}{fn.get('arguments') or ''}")
            state.held.append(self._with_text(chunk, ""))
            if not choice.get("finish_reason"):
                return
        if choice.get("finish_reason"):
            for out in await self._finish(state, chunk):
                yield out
            return
        released = ""
        if state.window.due():
            await self._screen(state.window.window())
            released = state.window.release()
        if released or self._carries_more_than_text(choice):
            yield _event(self._with_text(chunk, released))

    async def _finish(self, state: _Choice, chunk: dict[str, Any] | None) -> list[bytes]:
        state.finished = True
        whole = state.window.whole()
        if state.tool_text:
            whole = f"{whole}\n{''.join(state.tool_text)}"
        verdict = await self._screen(whole)
        if (
            self._worst is None
            or verdict.decision.action.severity > self._worst.decision.action.severity
        ):
            self._worst = verdict
        if all(c.finished for c in self._choices.values()):
            await self._settle()
        out = [_event(held) for held in state.held]
        rest = state.window.release(final=True)
        if chunk is not None:
            out.append(_event(self._with_text(chunk, rest)))
        elif rest:
            out.append(_event({"choices": [self._bare_choice(rest)]}))
        return out

    async def _finish_all(self) -> AsyncIterator[bytes]:
        for state in self._choices.values():
            if not state.finished:
                for out in await self._finish(state, None):
                    yield out
        if self._worst is None:
            # An empty answer still gets a response decision.
            self._worst = await self._screen("")
            await self._settle()

    async def _screen(self, text: str) -> Verdict:
        verdict = await self._check(text)
        if verdict.decision.action is not Action.ALLOW or verdict.decision.screening_failed:
            error = await self._record(verdict)
            raise _Stop(error or UpstreamFailed("answer withheld"))
        return verdict

    async def _settle(self) -> None:
        assert self._worst is not None
        await self._record(self._worst)

    def _text_of(self, choice: dict[str, Any]) -> str:
        if self._chat:
            delta = choice.get("delta") or {}
            text = delta.get("content") if isinstance(delta, dict) else None
        else:
            text = choice.get("text")
        return text if isinstance(text, str) else ""

    def _with_text(self, chunk: dict[str, Any], text: str) -> dict[str, Any]:
        out = copy.deepcopy(chunk)
        choice = out["choices"][0]
        if self._chat:
            delta = choice.setdefault("delta", {})
            if text or "content" in delta:
                delta["content"] = text
        else:
            choice["text"] = text
        return out

    def _carries_more_than_text(self, choice: dict[str, Any]) -> bool:
        if not self._chat:
            return False
        delta = choice.get("delta") or {}
        return any(k != "content" and v is not None for k, v in delta.items())

    def _bare_choice(self, text: str) -> dict[str, Any]:
        if self._chat:
            return {"index": 0, "delta": {"content": text}, "finish_reason": None}
        return {"index": 0, "text": text, "finish_reason": None}


class _Stop(Exception):
    def __init__(self, error: GatewayError) -> None:
        super().__init__(error.message)
        self.error = error


def _event(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"
