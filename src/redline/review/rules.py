"""The rules of review: how an item moves between states. Pure; no I/O.

::

    pending --approve (enough distinct reviewers)--> approved --retry, same hash--> consumed
       |  \\--deny--> denied                            \\--approval TTL passes--> expired
       \\--decision time limit passes--> expired

Only holds become items: a red-line block is never an item, so it can never be approved
into an allow. An approval lets exactly one retry of the same request through; the retry
consumes it in the database (``ReviewStore.consume``), so two concurrent retries cannot
both pass. ``denied``, ``expired`` and ``consumed`` are final; the held text is purged
``content_retention_s`` after an item reaches one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from redline.policy.model import Review
from redline.redlines import RedLine

__all__ = [
    "FINAL",
    "ActionKind",
    "Change",
    "ItemState",
    "ReviewRuleError",
    "Status",
    "approvals_needed",
    "approve",
    "check_reason",
    "deny",
    "expire",
    "purge_due",
]

MAX_REASON = 4000


class Status(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"
    EXPIRED = "expired"
    CONSUMED = "consumed"


FINAL = frozenset({Status.DENIED, Status.EXPIRED, Status.CONSUMED})


class ActionKind(StrEnum):
    """Every action on an item; each is a row of review_actions and an audit-log entry."""

    OPEN = "open"  # the gateway held a request
    VIEW = "view"
    APPROVE = "approve"
    DENY = "deny"
    COMMENT = "comment"
    EXPIRE = "expire"  # not decided in time, or an approval not used in time
    CONSUME = "consume"  # the approved retry went through
    PURGE = "purge"  # the held text was deleted after the retention time


class ReviewRuleError(Exception):
    """An action the rules do not allow; ``code`` names which rule."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class ItemState:
    """What the rules need to know about an item."""

    status: Status
    approvals_needed: int
    approvers: frozenset[str]  # reviewer ids that approved it so far
    decide_by: datetime
    approval_expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class Change:
    """An item's new state after an action."""

    status: Status
    decided_at: datetime | None = None
    approval_expires_at: datetime | None = None
    closed_at: datetime | None = None


def approvals_needed(red_line: RedLine | str, review: Review) -> int:
    """2 for a red line under the two-person rule, else 1."""
    return 2 if RedLine(red_line) in review.two_person else 1


def check_reason(reason: str | None) -> str:
    """The reason, stripped. Raises ReviewRuleError when it is missing or too long: every
    approval and denial must say why."""
    text = (reason or "").strip()
    if not text:
        raise ReviewRuleError("a reason is required", code="reason_required")
    if len(text) > MAX_REASON:
        raise ReviewRuleError(
            f"the reason is longer than {MAX_REASON} characters", code="reason_too_long"
        )
    return text


def _require_pending(state: ItemState, now: datetime) -> None:
    if state.status is not Status.PENDING:
        raise ReviewRuleError(f"the item is {state.status}, not pending", code="not_pending")
    if now >= state.decide_by:
        raise ReviewRuleError("the item's decision time limit has passed", code="not_pending")


def approve(state: ItemState, reviewer_id: str, now: datetime, review: Review) -> Change:
    """One reviewer's approval. The item becomes approved (for ``approval_ttl_s``) once
    ``approvals_needed`` distinct reviewers approved it; until then it stays pending.

    Raises ReviewRuleError: not pending (or past its time limit), or this reviewer already
    approved it (the two-person rule needs two different people).
    """
    _require_pending(state, now)
    if reviewer_id in state.approvers:
        raise ReviewRuleError(
            "you already approved this item; it needs another reviewer", code="already_approved"
        )
    if len(state.approvers) + 1 < state.approvals_needed:
        return Change(Status.PENDING)
    return Change(
        Status.APPROVED,
        decided_at=now,
        approval_expires_at=now + timedelta(seconds=review.approval_ttl_s),
    )


def deny(state: ItemState, now: datetime) -> Change:
    """A denial: one reviewer's is enough, and it is final. Raises ReviewRuleError when
    the item is not pending."""
    _require_pending(state, now)
    return Change(Status.DENIED, decided_at=now, closed_at=now)


def expire(state: ItemState, now: datetime) -> Change | None:
    """The change the clock makes: a pending item past its decision time limit is denied
    (expired); an approval unused past its TTL lapses. None when nothing is due."""
    if state.status is Status.PENDING and now >= state.decide_by:
        return Change(Status.EXPIRED, decided_at=now, closed_at=now)
    if (
        state.status is Status.APPROVED
        and state.approval_expires_at is not None
        and now >= state.approval_expires_at
    ):
        return Change(Status.EXPIRED, closed_at=now)
    return None


def purge_due(status: Status, closed_at: datetime | None, now: datetime, review: Review) -> bool:
    """True when the held text of an item must be deleted now."""
    if status not in FINAL or closed_at is None:
        return False
    return now >= closed_at + timedelta(seconds=review.content_retention_s)
