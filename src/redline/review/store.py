"""ReviewStore: reviewer accounts, sessions, review items and actions, in the gateway's store.

Every change to an item is one transaction that also appends the action's audit-log entry
(``LogStore.append(entries, rows=...)``): the change and its entry are committed together,
or neither is. Changes are conditional on the item's ``version`` (or, for consuming an
approval, on its status, hash and expiry), so two replicas or two threads acting on one
item at once cannot both succeed: the loser gets ``Stale`` (or ``False``) and nothing of
its change is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Row, and_, delete, func, insert, or_, select, update

from redline.audit.entries import LogEntry
from redline.review.clearance import Clearance, Level, Role, compartments_of
from redline.review.rules import ActionKind, Change, ItemState, Status
from redline.store import Store, UnknownTenant
from redline.store.schema import (
    decisions,
    log_entries,
    review_actions,
    review_items,
    review_sessions,
    reviewers,
    tenants,
)

__all__ = [
    "ActionRecord",
    "Item",
    "ReviewStore",
    "Reviewer",
    "ReviewerExists",
    "Stale",
    "TenantInfo",
]


class Stale(Exception):
    """The item changed since it was read (another reviewer or replica acted first)."""


class ReviewerExists(Exception):
    """A reviewer with this username already exists."""


@dataclass(frozen=True, slots=True)
class Reviewer:
    """A reviewer account (never its password hash)."""

    id: str
    username: str
    display_name: str
    role: Role
    clearance: Clearance
    tenant_id: str | None
    created_at: datetime
    disabled_at: datetime | None

    @property
    def active(self) -> bool:
        return self.disabled_at is None


@dataclass(frozen=True, slots=True)
class TenantInfo:
    """A tenant's name and classification."""

    id: str
    name: str
    classification: Clearance


@dataclass(frozen=True, slots=True)
class Item:
    """One held request (or answer) awaiting, or past, review."""

    id: str
    decision_id: str
    tenant: TenantInfo
    stage: str
    endpoint: str
    model: str
    request_sha256: str
    red_line: str
    clause_id: str
    policy_version: str
    findings: Sequence[Mapping[str, Any]]
    context: Mapping[str, Any]
    content: str | None
    content_sha256: str
    status: Status
    approvals_needed: int
    version: int
    created_at: datetime
    decide_by: datetime
    decided_at: datetime | None
    approval_expires_at: datetime | None
    consumed_decision_id: str | None
    closed_at: datetime | None
    content_purged_at: datetime | None

    @property
    def operator(self) -> str | None:
        value = self.context.get("operator")
        return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """One action on an item, with the log index of its audit entry."""

    id: str
    item_id: str
    reviewer_id: str | None
    reviewer: str | None  # username
    action: ActionKind
    reason: str | None
    created_at: datetime
    log_index: int | None


def _json(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _clearance(level: str, compartments_json: str) -> Clearance:
    return Clearance(Level[level], compartments_of(orjson.loads(compartments_json)))


def _reviewer(row: Row[Any]) -> Reviewer:
    return Reviewer(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        clearance=_clearance(row.clearance, row.compartments_json),
        tenant_id=row.tenant_id,
        created_at=row.created_at,
        disabled_at=row.disabled_at,
    )


_ITEM_COLUMNS = (
    review_items,
    tenants.c.name.label("tenant_name"),
    tenants.c.classification.label("tenant_classification"),
    tenants.c.compartments_json.label("tenant_compartments"),
)


def _item(row: Row[Any]) -> Item:
    m = row._mapping
    return Item(
        id=m["id"],
        decision_id=m["decision_id"],
        tenant=TenantInfo(
            m["tenant_id"],
            m["tenant_name"],
            _clearance(m["tenant_classification"], m["tenant_compartments"]),
        ),
        stage=m["stage"],
        endpoint=m["endpoint"],
        model=m["model"],
        request_sha256=m["request_sha256"],
        red_line=m["red_line"],
        clause_id=m["clause_id"],
        policy_version=m["policy_version"],
        findings=orjson.loads(m["findings_json"]),
        context=orjson.loads(m["context_json"]),
        content=m["content"],
        content_sha256=m["content_sha256"],
        status=Status(m["status"]),
        approvals_needed=m["approvals_needed"],
        version=m["version"],
        created_at=m["created_at"],
        decide_by=m["decide_by"],
        decided_at=m["decided_at"],
        approval_expires_at=m["approval_expires_at"],
        consumed_decision_id=m["consumed_decision_id"],
        closed_at=m["closed_at"],
        content_purged_at=m["content_purged_at"],
    )


@dataclass(frozen=True, slots=True)
class NewItem:
    """What the gateway knows when it holds a request."""

    id: str
    decision_id: str
    tenant_id: str
    stage: str
    endpoint: str
    model: str
    request_sha256: str
    red_line: str
    clause_id: str
    policy_version: str
    findings: Sequence[Mapping[str, Any]]
    context: Mapping[str, Any]
    content: str
    content_sha256: str
    approvals_needed: int
    created_at: datetime
    decide_by: datetime


@dataclass(frozen=True, slots=True)
class NewAction:
    """An action row to insert, with its audit-log entry."""

    id: str
    item_id: str
    reviewer_id: str | None
    action: ActionKind
    reason: str | None
    created_at: datetime
    entry: LogEntry


class ReviewStore:
    """Review tables of one Store. Thread-safe; every method is its own transaction.
    Methods raise StoreUnavailable when the database fails.

    ``on_append(size)``, if given, is told the log size after each append that this store
    makes (the gateway's checkpointer counts entries with it).
    """

    def __init__(self, store: Store, *, on_append: Callable[[int], None] | None = None) -> None:
        self._store = store
        self._on_append = on_append

    def _append(self, actions: Sequence[NewAction], rows: Callable[[Connection], None]) -> int:
        """Run ``rows`` and insert ``actions``, with their log entries, in one transaction;
        return the log index of the first entry."""

        def write(connection: Connection) -> None:
            rows(connection)
            connection.execute(
                insert(review_actions),
                [
                    {
                        "id": a.id,
                        "item_id": a.item_id,
                        "reviewer_id": a.reviewer_id,
                        "action": str(a.action),
                        "reason": a.reason,
                        "created_at": a.created_at,
                    }
                    for a in actions
                ],
            )

        first = self._store.append_entries([a.entry for a in actions], rows=write)[0]
        if self._on_append is not None:
            self._on_append(first + len(actions))
        return first

    # Reviewers

    def add_reviewer(
        self,
        *,
        reviewer: Reviewer,
        password_hash: str,
        tenant_name: str | None,
        entry: Callable[[Reviewer], LogEntry],
    ) -> Reviewer:
        """Create an account (and log ``entry(reviewer)``). Raises ReviewerExists,
        UnknownTenant."""
        tenant_id = None
        if tenant_name is not None:
            with self._store.transaction(write=False) as connection:
                tenant_id = connection.execute(
                    select(tenants.c.id).where(tenants.c.name == tenant_name)
                ).scalar()
            if tenant_id is None:
                raise UnknownTenant(tenant_name)
        created = Reviewer(
            reviewer.id,
            reviewer.username,
            reviewer.display_name,
            reviewer.role,
            reviewer.clearance,
            tenant_id,
            reviewer.created_at,
            None,
        )

        def rows(connection: Connection) -> None:
            taken = connection.execute(
                select(reviewers.c.id).where(reviewers.c.username == created.username)
            ).first()
            if taken is not None:
                raise ReviewerExists(created.username)
            connection.execute(
                insert(reviewers).values(
                    id=created.id,
                    username=created.username,
                    display_name=created.display_name,
                    password_hash=password_hash,
                    role=str(created.role),
                    clearance=created.clearance.level.name,
                    compartments_json=_json(sorted(created.clearance.compartments)),
                    tenant_id=tenant_id,
                    created_at=created.created_at,
                )
            )

        self._append_plain(entry(created), rows)
        return created

    def _append_plain(self, entry: LogEntry, rows: Callable[[Connection], None]) -> None:
        [index] = self._store.append_entries([entry], rows=rows)
        if self._on_append is not None:
            self._on_append(index + 1)

    def reviewer_login(self, username: str) -> tuple[Reviewer, str] | None:
        """The account called ``username`` and its password hash, or None."""
        with self._store.transaction(write=False) as connection:
            row = connection.execute(
                select(reviewers).where(reviewers.c.username == username)
            ).first()
        return None if row is None else (_reviewer(row), row.password_hash)

    def get_reviewer(self, reviewer_id: str) -> Reviewer | None:
        with self._store.transaction(write=False) as connection:
            row = connection.execute(select(reviewers).where(reviewers.c.id == reviewer_id)).first()
        return None if row is None else _reviewer(row)

    def list_reviewers(self) -> list[Reviewer]:
        with self._store.transaction(write=False) as connection:
            rows = connection.execute(select(reviewers).order_by(reviewers.c.username)).all()
        return [_reviewer(row) for row in rows]

    def disable_reviewer(self, username: str, now: datetime, entry: LogEntry) -> bool:
        """Disable an account and end its sessions. False if there is no such account."""
        found = False

        def rows(connection: Connection) -> None:
            nonlocal found
            reviewer_id = connection.execute(
                select(reviewers.c.id).where(reviewers.c.username == username)
            ).scalar()
            if reviewer_id is None:
                return
            found = True
            connection.execute(
                update(reviewers)
                .where(reviewers.c.id == reviewer_id, reviewers.c.disabled_at.is_(None))
                .values(disabled_at=now)
            )
            connection.execute(
                delete(review_sessions).where(review_sessions.c.reviewer_id == reviewer_id)
            )

        if self.reviewer_login(username) is None:
            return False
        self._append_plain(entry, rows)
        return found

    def set_password_hash(self, username: str, password_hash: str) -> bool:
        """Replace a password hash and end the account's sessions."""
        with self._store.transaction(write=True) as connection:
            reviewer_id = connection.execute(
                select(reviewers.c.id).where(reviewers.c.username == username)
            ).scalar()
            if reviewer_id is None:
                return False
            connection.execute(
                update(reviewers)
                .where(reviewers.c.id == reviewer_id)
                .values(password_hash=password_hash)
            )
            connection.execute(
                delete(review_sessions).where(review_sessions.c.reviewer_id == reviewer_id)
            )
        return True

    # Tenants

    def classify_tenant(self, name: str, classification: Clearance, entry: LogEntry) -> str:
        """Set a tenant's classification and compartments; return its id. Raises
        UnknownTenant."""
        with self._store.transaction(write=False) as connection:
            tenant_id = connection.execute(
                select(tenants.c.id).where(tenants.c.name == name)
            ).scalar()
        if tenant_id is None:
            raise UnknownTenant(name)

        def rows(connection: Connection) -> None:
            connection.execute(
                update(tenants)
                .where(tenants.c.id == tenant_id)
                .values(
                    classification=classification.level.name,
                    compartments_json=_json(sorted(classification.compartments)),
                )
            )

        self._append_plain(entry, rows)
        return str(tenant_id)

    def tenant(self, tenant_id: str) -> TenantInfo | None:
        with self._store.transaction(write=False) as connection:
            r = connection.execute(
                select(
                    tenants.c.id,
                    tenants.c.name,
                    tenants.c.classification,
                    tenants.c.compartments_json,
                ).where(tenants.c.id == tenant_id)
            ).first()
        if r is None:
            return None
        return TenantInfo(r.id, r.name, _clearance(r.classification, r.compartments_json))

    def tenants(self) -> list[TenantInfo]:
        with self._store.transaction(write=False) as connection:
            rows = connection.execute(
                select(
                    tenants.c.id,
                    tenants.c.name,
                    tenants.c.classification,
                    tenants.c.compartments_json,
                ).order_by(tenants.c.name)
            ).all()
        return [
            TenantInfo(r.id, r.name, _clearance(r.classification, r.compartments_json))
            for r in rows
        ]

    # Sessions

    def add_session(
        self, token_sha256: str, reviewer_id: str, csrf: str, now: datetime, expires: datetime
    ) -> None:
        with self._store.transaction(write=True) as connection:
            connection.execute(
                insert(review_sessions).values(
                    token_sha256=token_sha256,
                    reviewer_id=reviewer_id,
                    csrf_token=csrf,
                    created_at=now,
                    expires_at=expires,
                )
            )

    def session(self, token_sha256: str, now: datetime) -> tuple[Reviewer, str] | None:
        """The active reviewer and CSRF token of an unexpired session, or None."""
        with self._store.transaction(write=False) as connection:
            row = connection.execute(
                select(reviewers, review_sessions.c.csrf_token)
                .join(review_sessions, review_sessions.c.reviewer_id == reviewers.c.id)
                .where(
                    review_sessions.c.token_sha256 == token_sha256,
                    review_sessions.c.expires_at > now,
                    reviewers.c.disabled_at.is_(None),
                )
            ).first()
        return None if row is None else (_reviewer(row), row.csrf_token)

    def end_session(self, token_sha256: str) -> None:
        with self._store.transaction(write=True) as connection:
            connection.execute(
                delete(review_sessions).where(review_sessions.c.token_sha256 == token_sha256)
            )

    def end_expired_sessions(self, now: datetime) -> int:
        with self._store.transaction(write=True) as connection:
            result = connection.execute(
                delete(review_sessions).where(review_sessions.c.expires_at <= now)
            )
        return int(result.rowcount)

    # Items

    def open_item(self, item: NewItem, action: NewAction) -> None:
        """Insert a new pending item and its ``open`` action."""

        def rows(connection: Connection) -> None:
            connection.execute(
                insert(review_items).values(
                    id=item.id,
                    decision_id=item.decision_id,
                    tenant_id=item.tenant_id,
                    stage=item.stage,
                    endpoint=item.endpoint,
                    model=item.model,
                    request_sha256=item.request_sha256,
                    red_line=item.red_line,
                    clause_id=item.clause_id,
                    policy_version=item.policy_version,
                    findings_json=_json(list(item.findings)),
                    context_json=_json(dict(item.context)),
                    content=item.content,
                    content_sha256=item.content_sha256,
                    status=str(Status.PENDING),
                    approvals_needed=item.approvals_needed,
                    version=0,
                    created_at=item.created_at,
                    decide_by=item.decide_by,
                )
            )

        self._append([action], rows)

    def pending_for(self, tenant_id: str, request_sha256: str, now: datetime) -> str | None:
        """The id of a pending, undecided-in-time item for this tenant and request hash."""
        with self._store.transaction(write=False) as connection:
            return connection.execute(
                select(review_items.c.id)
                .where(
                    review_items.c.tenant_id == tenant_id,
                    review_items.c.request_sha256 == request_sha256,
                    review_items.c.status == str(Status.PENDING),
                    review_items.c.decide_by > now,
                )
                .order_by(review_items.c.created_at)
                .limit(1)
            ).scalar()

    def item(self, item_id: str) -> Item | None:
        with self._store.transaction(write=False) as connection:
            row = connection.execute(
                select(*_ITEM_COLUMNS)
                .join(tenants, tenants.c.id == review_items.c.tenant_id)
                .where(review_items.c.id == item_id)
            ).first()
        return None if row is None else _item(row)

    def items(
        self,
        *,
        statuses: Sequence[Status],
        max_level: Level,
        red_line: str | None = None,
        tenant: str | None = None,
        limit: int = 500,
    ) -> list[Item]:
        """Items in ``statuses`` of tenants classified at most ``max_level``, oldest first.
        (Compartments and conflicts are checked by the caller.)"""
        levels = [level.name for level in Level if level <= max_level]
        query = (
            select(*_ITEM_COLUMNS)
            .join(tenants, tenants.c.id == review_items.c.tenant_id)
            .where(
                review_items.c.status.in_([str(s) for s in statuses]),
                tenants.c.classification.in_(levels),
            )
        )
        if red_line:
            query = query.where(review_items.c.red_line == red_line)
        if tenant:
            query = query.where(tenants.c.name == tenant)
        query = query.order_by(review_items.c.created_at).limit(limit)
        with self._store.transaction(write=False) as connection:
            rows = connection.execute(query).all()
        return [_item(row) for row in rows]

    def pending_stats(self) -> tuple[int, datetime | None]:
        """How many items wait for a decision, and when the oldest of them was opened."""
        query = select(func.count(), func.min(review_items.c.created_at)).where(
            review_items.c.status == str(Status.PENDING)
        )
        with self._store.transaction(write=False) as connection:
            count, oldest = connection.execute(query).one()
        return int(count), oldest

    def approvers(self, item_id: str) -> frozenset[str]:
        """Ids of the reviewers who approved the item."""
        with self._store.transaction(write=False) as connection:
            ids = connection.execute(
                select(review_actions.c.reviewer_id).where(
                    review_actions.c.item_id == item_id,
                    review_actions.c.action == str(ActionKind.APPROVE),
                )
            ).scalars()
            return frozenset(i for i in ids if i is not None)

    def approval_counts(self, item_ids: Sequence[str]) -> dict[str, int]:
        """How many approvals each item has (items without any are left out)."""
        if not item_ids:
            return {}
        with self._store.transaction(write=False) as connection:
            rows = connection.execute(
                select(review_actions.c.item_id, func.count())
                .where(
                    review_actions.c.item_id.in_(list(item_ids)),
                    review_actions.c.action == str(ActionKind.APPROVE),
                )
                .group_by(review_actions.c.item_id)
            ).all()
        return {row[0]: int(row[1]) for row in rows}

    def state(self, item: Item) -> ItemState:
        return ItemState(
            status=item.status,
            approvals_needed=item.approvals_needed,
            approvers=self.approvers(item.id),
            decide_by=item.decide_by,
            approval_expires_at=item.approval_expires_at,
        )

    def change(self, item: Item, change: Change, action: NewAction) -> None:
        """Apply ``change`` to ``item`` and record ``action``, if the item is still at the
        version it was read at. Raises Stale otherwise (nothing is written)."""

        def rows(connection: Connection) -> None:
            values: dict[str, Any] = {"status": str(change.status), "version": item.version + 1}
            for name in ("decided_at", "approval_expires_at", "closed_at"):
                value = getattr(change, name)
                if value is not None:
                    values[name] = value
            result = connection.execute(
                update(review_items)
                .where(review_items.c.id == item.id, review_items.c.version == item.version)
                .values(**values)
            )
            if result.rowcount != 1:
                raise Stale(item.id)

        self._append([action], rows)

    def note(self, action: NewAction) -> None:
        """Record an action that does not change the item (view, comment)."""
        self._append([action], lambda _connection: None)

    def consume(
        self,
        *,
        item_id: str,
        tenant_id: str,
        request_sha256: str,
        now: datetime,
        decision_id: str,
        action: NewAction,
    ) -> bool:
        """Use an approval: True, with the item consumed and the action recorded, if the item
        is approved, unexpired, of this tenant and bound to this request hash; False (nothing
        written) otherwise. One statement decides, so of two concurrent retries one wins."""
        won = False

        class _Lost(Exception):
            pass

        def rows(connection: Connection) -> None:
            nonlocal won
            result = connection.execute(
                update(review_items)
                .where(
                    review_items.c.id == item_id,
                    review_items.c.tenant_id == tenant_id,
                    review_items.c.request_sha256 == request_sha256,
                    review_items.c.status == str(Status.APPROVED),
                    review_items.c.approval_expires_at > now,
                )
                .values(
                    status=str(Status.CONSUMED),
                    consumed_decision_id=decision_id,
                    closed_at=now,
                    version=review_items.c.version + 1,
                )
            )
            if result.rowcount != 1:
                raise _Lost
            won = True

        try:
            self._append([action], rows)
        except _Lost:
            return False
        return won

    def due(self, now: datetime, limit: int = 200) -> list[Item]:
        """Items the clock acts on: pending past their time limit, approved past their TTL."""
        query = (
            select(*_ITEM_COLUMNS)
            .join(tenants, tenants.c.id == review_items.c.tenant_id)
            .where(
                or_(
                    and_(
                        review_items.c.status == str(Status.PENDING),
                        review_items.c.decide_by <= now,
                    ),
                    and_(
                        review_items.c.status == str(Status.APPROVED),
                        review_items.c.approval_expires_at <= now,
                    ),
                )
            )
            .order_by(review_items.c.created_at)
            .limit(limit)
        )
        with self._store.transaction(write=False) as connection:
            return [_item(row) for row in connection.execute(query).all()]

    def purgeable(self, closed_before: datetime, limit: int = 200) -> list[Item]:
        """Closed items still holding content, closed at or before ``closed_before``."""
        query = (
            select(*_ITEM_COLUMNS)
            .join(tenants, tenants.c.id == review_items.c.tenant_id)
            .where(
                review_items.c.status.in_(
                    [str(Status.DENIED), str(Status.EXPIRED), str(Status.CONSUMED)]
                ),
                review_items.c.content.is_not(None),
                review_items.c.closed_at <= closed_before,
            )
            .order_by(review_items.c.closed_at)
            .limit(limit)
        )
        with self._store.transaction(write=False) as connection:
            return [_item(row) for row in connection.execute(query).all()]

    def purge(self, item: Item, now: datetime, action: NewAction) -> None:
        """Delete the held text of a closed item. Raises Stale if it changed meanwhile."""

        def rows(connection: Connection) -> None:
            result = connection.execute(
                update(review_items)
                .where(review_items.c.id == item.id, review_items.c.version == item.version)
                .values(content=None, content_purged_at=now, version=item.version + 1)
            )
            if result.rowcount != 1:
                raise Stale(item.id)

        self._append([action], rows)

    # Actions and history

    def actions(
        self,
        *,
        item_id: str | None = None,
        reviewer_id: str | None = None,
        limit: int = 200,
    ) -> list[ActionRecord]:
        """Actions, newest first, with the log index of each one's entry."""
        query = (
            select(
                review_actions,
                reviewers.c.username,
                log_entries.c.idx.label("log_index"),
            )
            .outerjoin(reviewers, reviewers.c.id == review_actions.c.reviewer_id)
            .outerjoin(log_entries, log_entries.c.ref_id == review_actions.c.id)
        )
        if item_id is not None:
            query = query.where(review_actions.c.item_id == item_id)
        if reviewer_id is not None:
            query = query.where(review_actions.c.reviewer_id == reviewer_id)
        query = query.order_by(review_actions.c.created_at.desc(), review_actions.c.id.desc())
        with self._store.transaction(write=False) as connection:
            rows = connection.execute(query.limit(limit)).all()
        return [
            ActionRecord(
                id=r.id,
                item_id=r.item_id,
                reviewer_id=r.reviewer_id,
                reviewer=r.username,
                action=ActionKind(r.action),
                reason=r.reason,
                created_at=r.created_at,
                log_index=r.log_index,
            )
            for r in rows
        ]

    def decisions(
        self, *, max_level: Level, before: str | None, limit: int
    ) -> list[tuple[dict[str, Any], TenantInfo, int | None]]:
        """Recent decisions of tenants classified at most ``max_level``, newest first, each
        with its tenant and log index."""
        levels = [level.name for level in Level if level <= max_level]
        query = (
            select(
                decisions.c.id,
                decisions.c.created_at,
                decisions.c.stage,
                decisions.c.action,
                decisions.c.red_line,
                decisions.c.screening_failed,
                decisions.c.policy_version,
                decisions.c.request_sha256,
                decisions.c.context_json,
                tenants.c.id.label("tenant_id"),
                tenants.c.name.label("tenant_name"),
                tenants.c.classification,
                tenants.c.compartments_json,
                log_entries.c.idx.label("log_index"),
            )
            .join(tenants, tenants.c.id == decisions.c.tenant_id)
            .outerjoin(log_entries, log_entries.c.ref_id == decisions.c.id)
            .where(tenants.c.classification.in_(levels))
        )
        if before:
            query = query.where(decisions.c.id < before)
        query = query.order_by(decisions.c.id.desc()).limit(limit)
        with self._store.transaction(write=False) as connection:
            rows = connection.execute(query).all()
        out = []
        for r in rows:
            tenant = TenantInfo(
                r.tenant_id, r.tenant_name, _clearance(r.classification, r.compartments_json)
            )
            fields = {
                "id": r.id,
                "created_at": r.created_at,
                "stage": r.stage,
                "action": r.action,
                "red_line": r.red_line,
                "screening_failed": bool(r.screening_failed),
                "policy_version": r.policy_version,
                "request_sha256": r.request_sha256,
                "context": orjson.loads(r.context_json),
            }
            out.append((fields, tenant, r.log_index))
        return out
