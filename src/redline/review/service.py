"""ReviewService: the review queue's operations, each checked against clearance, role and
the rules, and each recorded as an audit-log entry of kind ``review_action``.

Synchronous (it talks to the database); the gateway calls it on a worker thread. Entry
fields of a ``review_action``::

    {"kind": "review_action", "v": 1, "created_at": ...,
     "action": "open" | "view" | "approve" | "deny" | "comment" | "expire" | "consume" | "purge",
     "item_id": "rvw_...", "decision_id": "dec_...", "tenant_id": "ten_...",
     "red_line": "...", "request_sha256": "...", "status": "<item status after the action>",
     "reviewer_id": "rev_..." | null, "reviewer": "<username>" | null, "role": ... | null,
     "reason": "<reason or comment>" | null,
     "consumed_by": "dec_..."  (consume only)}
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from redline.audit.entries import LogEntry, event_entry, text_sha256
from redline.audit.log import AuditLog
from redline.policy.model import Review
from redline.review.clearance import Clearance, Permission, has_conflict
from redline.review.errors import BadInput, ItemNotFound, NotAllowed, RuleBroken
from redline.review.proofs import entry_proof
from redline.review.rules import (
    ActionKind,
    Change,
    ItemState,
    ReviewRuleError,
    Status,
    approvals_needed,
    approve,
    check_reason,
    deny,
    expire,
    purge_due,
)
from redline.review.store import (
    ActionRecord,
    Item,
    NewAction,
    NewItem,
    Reviewer,
    ReviewStore,
    Stale,
)
from redline.store import DecisionRecord

__all__ = ["OPEN_STATUSES", "REVIEWER_ACCOUNT", "REVIEW_ACTION", "ReviewService", "new_id"]

REVIEW_ACTION = "review_action"
REVIEWER_ACCOUNT = "reviewer_account"
OPEN_STATUSES = (Status.PENDING, Status.APPROVED)
_RULE_STATUS = {"reason_required": BadInput, "reason_too_long": BadInput}


def _now() -> datetime:
    return datetime.now(UTC)


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


class ReviewService:
    """Everything reviewers and the gateway do with review items."""

    def __init__(
        self,
        store: ReviewStore,
        policy: Callable[[], Review],
        *,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        """``policy()`` gives the review section of the policy in force (read at each use,
        so a reloaded policy applies at once)."""
        self.store = store
        self._policy = policy
        self._clock = clock

    # The gateway's side

    def hold(self, record: DecisionRecord, clause_id: str, content: str) -> str:
        """The review id for a held request: the pending item of the same tenant and request
        hash if there is one (a client retrying before the decision gets the same id), else
        a new item. Raises StoreUnavailable."""
        now = self._clock()
        existing = self.store.pending_for(record.tenant_id, record.request_sha256, now)
        if existing is not None:
            return existing
        assert record.red_line is not None
        review = self._policy()
        item = NewItem(
            id=new_id("rvw"),
            decision_id=record.id,
            tenant_id=record.tenant_id,
            stage=record.stage,
            endpoint=record.endpoint,
            model=record.model,
            request_sha256=record.request_sha256,
            red_line=str(record.red_line),
            clause_id=clause_id,
            policy_version=record.policy_version,
            findings=list(record.findings),
            context=dict(record.context),
            content=content,
            content_sha256=text_sha256(content),
            approvals_needed=approvals_needed(record.red_line, review),
            created_at=now,
            decide_by=now + timedelta(seconds=review.decision_time_limit_s),
        )
        fields = {
            "item_id": item.id,
            "decision_id": item.decision_id,
            "tenant_id": item.tenant_id,
            "red_line": item.red_line,
            "request_sha256": item.request_sha256,
            "content_sha256": item.content_sha256,
            "approvals_needed": item.approvals_needed,
            "decide_by": _stamp(item.decide_by),
        }
        self.store.open_item(item, self._action(ActionKind.OPEN, fields, Status.PENDING, now))
        return item.id

    def release(
        self, review_id: str, *, tenant_id: str, request_sha256: str, decision_id: str
    ) -> bool:
        """Consume an approval for one retry: True when ``review_id`` is approved, unexpired,
        of this tenant and bound to this request hash, and was not used before. At most one
        call per approval ever returns True, across threads and replicas."""
        now = self._clock()
        fields = {
            "item_id": review_id,
            "tenant_id": tenant_id,
            "request_sha256": request_sha256,
            "consumed_by": decision_id,
        }
        action = self._action(ActionKind.CONSUME, fields, Status.CONSUMED, now)
        return self.store.consume(
            item_id=review_id,
            tenant_id=tenant_id,
            request_sha256=request_sha256,
            now=now,
            decision_id=decision_id,
            action=action,
        )

    # The reviewers' side

    def visible(self, reviewer: Reviewer, item: Item) -> bool:
        """True when the reviewer may see the item: their clearance covers its tenant and
        it is not their own or their tenant's request."""
        return reviewer.clearance.covers(item.tenant.classification) and not has_conflict(
            reviewer_username=reviewer.username,
            reviewer_tenant_id=reviewer.tenant_id,
            item_tenant_id=item.tenant.id,
            item_operator=item.operator,
        )

    def covers(self, reviewer: Reviewer, classification: Clearance) -> bool:
        return reviewer.clearance.covers(classification)

    def queue(
        self,
        reviewer: Reviewer,
        *,
        statuses: Sequence[Status] = (Status.PENDING,),
        red_line: str | None = None,
        tenant: str | None = None,
        limit: int = 200,
    ) -> list[Item]:
        """Items the reviewer may see, oldest first."""
        _require(reviewer, Permission.READ)
        found = self.store.items(
            statuses=statuses,
            max_level=reviewer.clearance.level,
            red_line=red_line,
            tenant=tenant,
            limit=max(limit * 4, 100),
        )
        return [item for item in found if self.visible(reviewer, item)][:limit]

    def view(self, reviewer: Reviewer, item_id: str) -> Item:
        """The item, for this reviewer; the view is recorded. Raises ItemNotFound (also for
        items the reviewer may not see, so that their existence does not leak)."""
        item = self._visible_item(reviewer, item_id)
        self.store.note(self._reviewer_action(ActionKind.VIEW, reviewer, item, None))
        return item

    def approve(self, reviewer: Reviewer, item_id: str, reason: str | None) -> Item:
        """Approve, with a mandatory reason. Raises NotAllowed, ItemNotFound, BadInput,
        RuleBroken (not pending, already approved by this reviewer, changed meanwhile)."""
        return self._decide(
            reviewer,
            item_id,
            reason,
            ActionKind.APPROVE,
            lambda state: approve(state, reviewer.id, self._clock(), self._policy()),
        )

    def deny(self, reviewer: Reviewer, item_id: str, reason: str | None) -> Item:
        """Deny, with a mandatory reason; final. Raises as ``approve`` does."""
        return self._decide(
            reviewer, item_id, reason, ActionKind.DENY, lambda state: deny(state, self._clock())
        )

    def _decide(
        self,
        reviewer: Reviewer,
        item_id: str,
        reason: str | None,
        kind: ActionKind,
        rule: Callable[[ItemState], Change],
    ) -> Item:
        # Optimistic concurrency: the change is written only if the item is still the version
        # the rule read; a concurrent change makes it read and decide again (three times).
        _require(reviewer, Permission.DECIDE)
        text = _reason(reason)
        for _attempt in range(3):
            item = self._visible_item(reviewer, item_id)
            try:
                change = rule(self.store.state(item))
            except ReviewRuleError as exc:
                raise _rule_error(exc) from exc
            action = self._reviewer_action(kind, reviewer, item, text, change.status)
            try:
                self.store.change(item, change, action)
            except Stale:
                continue
            return self._visible_item(reviewer, item_id)
        raise RuleBroken("the item changed while you acted; reload it", code="stale")

    def comment(self, reviewer: Reviewer, item_id: str, text: str | None) -> None:
        """Add a comment to an item (open or closed)."""
        _require(reviewer, Permission.COMMENT)
        body = _reason(text)
        item = self._visible_item(reviewer, item_id)
        self.store.note(self._reviewer_action(ActionKind.COMMENT, reviewer, item, body))

    def item_actions(self, reviewer: Reviewer, item_id: str) -> list[ActionRecord]:
        self._visible_item(reviewer, item_id)
        return self.store.actions(item_id=item_id)

    def history(self, reviewer: Reviewer, *, limit: int = 200) -> list[ActionRecord]:
        """Recent actions: everyone's for supervisors, auditors and admins; one's own for
        reviewers."""
        _require(reviewer, Permission.READ)
        if reviewer.role.can(Permission.HISTORY_ALL):
            return self.store.actions(limit=limit)
        return self.store.actions(reviewer_id=reviewer.id, limit=limit)

    def decisions(
        self, reviewer: Reviewer, *, before: str | None = None, limit: int = 50
    ) -> list[tuple[dict[str, Any], int | None]]:
        """Recent decisions of tenants the auditor's clearance covers, with log indexes."""
        _require(reviewer, Permission.AUDIT)
        rows = self.store.decisions(
            max_level=reviewer.clearance.level, before=before, limit=limit * 2
        )
        out = []
        for fields, tenant, index in rows:
            if reviewer.clearance.covers(tenant.classification):
                out.append(({**fields, "tenant": tenant.name}, index))
        return out[:limit]

    def proof(self, reviewer: Reviewer, ref_id: str, audit: AuditLog) -> dict[str, Any]:
        """The log entry recording ``ref_id`` (decision or review action) with its inclusion
        proof; auditors and admins only, and only for tenants their clearance covers."""
        _require(reviewer, Permission.AUDIT)
        found = entry_proof(audit, ref_id)
        tenant_id = found["entry"].get("tenant_id")
        if isinstance(tenant_id, str):
            tenant = self.store.tenant(tenant_id)
            if tenant is None or not reviewer.clearance.covers(tenant.classification):
                raise ItemNotFound(f"no log entry records {ref_id!r}", code="not_found")
        return found

    # The clock

    def expire_due(self) -> int:
        """Expire pending items past their time limit and approvals past their TTL; return
        how many. Each is an ``expire`` action."""
        now = self._clock()
        done = 0
        for item in self.store.due(now):
            change = expire(self.store.state(item), now)
            if change is None:
                continue
            reason = (
                "not decided within the policy's time limit"
                if item.status is Status.PENDING
                else "approval not used within the policy's time"
            )
            action = self._item_action(ActionKind.EXPIRE, item, None, reason, change.status, now)
            try:
                self.store.change(item, change, action)
            except Stale:
                continue  # another replica or a reviewer acted first
            done += 1
        return done

    def purge_due(self) -> int:
        """Delete the held text of items closed longer than the retention time; return how
        many. Each is a ``purge`` action."""
        now = self._clock()
        review = self._policy()
        cutoff = now - timedelta(seconds=review.content_retention_s)
        done = 0
        for item in self.store.purgeable(cutoff):
            if not purge_due(item.status, item.closed_at, now, review):
                continue
            action = self._item_action(ActionKind.PURGE, item, None, None, item.status, now)
            try:
                self.store.purge(item, now, action)
            except Stale:
                continue
            done += 1
        return done

    # Accounts

    def account_entry(self, event: str, fields: dict[str, Any]) -> LogEntry:
        """A ``reviewer_account`` entry (account created or disabled, tenant classified)."""
        return event_entry(REVIEWER_ACCOUNT, new_id("acc"), {"event": event, **fields})

    # Internals

    def _visible_item(self, reviewer: Reviewer, item_id: str) -> Item:
        _require(reviewer, Permission.READ)
        item = self.store.item(item_id)
        if item is None or not self.visible(reviewer, item):
            raise ItemNotFound(f"no review item {item_id!r} that you may see", code="not_found")
        return item

    def _reviewer_action(
        self,
        kind: ActionKind,
        reviewer: Reviewer,
        item: Item,
        reason: str | None,
        status: Status | None = None,
    ) -> NewAction:
        return self._item_action(kind, item, reviewer, reason, status or item.status, self._clock())

    def _item_action(
        self,
        kind: ActionKind,
        item: Item,
        reviewer: Reviewer | None,
        reason: str | None,
        status: Status,
        now: datetime,
    ) -> NewAction:
        fields = {
            "item_id": item.id,
            "decision_id": item.decision_id,
            "tenant_id": item.tenant.id,
            "red_line": item.red_line,
            "request_sha256": item.request_sha256,
            "reviewer_id": None if reviewer is None else reviewer.id,
            "reviewer": None if reviewer is None else reviewer.username,
            "role": None if reviewer is None else str(reviewer.role),
            "reason": reason,
        }
        action = self._action(kind, fields, status, now)
        return NewAction(
            action.id,
            item.id,
            None if reviewer is None else reviewer.id,
            kind,
            reason,
            now,
            action.entry,
        )

    def _action(
        self, kind: ActionKind, fields: dict[str, Any], status: Status, now: datetime
    ) -> NewAction:
        action_id = new_id("act")
        entry = event_entry(
            REVIEW_ACTION,
            action_id,
            {"action": str(kind), "status": str(status), **fields},
            created_at=now,
        )
        return NewAction(
            action_id,
            str(fields["item_id"]),
            fields.get("reviewer_id"),
            kind,
            fields.get("reason"),
            now,
            entry,
        )


def _require(reviewer: Reviewer, permission: Permission) -> None:
    if not reviewer.active:
        raise NotAllowed("this account is disabled", code="forbidden")
    if not reviewer.role.can(permission):
        raise NotAllowed(
            f"the {reviewer.role} role may not {permission.value.replace('_', ' ')}",
            code="forbidden",
        )


def _reason(text: str | None) -> str:
    try:
        return check_reason(text)
    except ReviewRuleError as exc:
        raise _rule_error(exc) from exc


def _rule_error(exc: ReviewRuleError) -> BadInput | RuleBroken:
    kind = _RULE_STATUS.get(exc.code, RuleBroken)
    return kind(str(exc), code=exc.code)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
