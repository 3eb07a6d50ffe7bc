"""ReviewService over a real store (SQLite and PostgreSQL): items, the exactly-once
release, expiry, purge, and an audit-log entry for every action."""

from __future__ import annotations

import concurrent.futures
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from redline.policy.model import Review
from redline.redlines import RedLine
from redline.review.clearance import Clearance, Level, Role
from redline.review.errors import ItemNotFound, NotAllowed, RuleBroken
from redline.review.rules import Status
from redline.review.service import REVIEW_ACTION, ReviewService, new_id
from redline.review.store import Reviewer, ReviewStore
from redline.store import DecisionRecord, Store, new_decision_id
from store.databases import database_url

REVIEW = Review(
    approval_ttl_s=600,
    decision_time_limit_s=3600,
    content_retention_s=86400,
    two_person=(RedLine.AUTONOMOUS_WEAPON_SYSTEMS,),
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store.open(url) as opened:
        yield opened


def _hold(
    store: Store,
    tenant_id: str,
    body: bytes = b"body",
    red_line: str = "high_stakes_automated_decisions",
) -> DecisionRecord:
    record = DecisionRecord(
        id=new_decision_id(),
        created_at=datetime.now(UTC),
        tenant_id=tenant_id,
        key_id=None,
        stage="request",
        endpoint="chat",
        model="m",
        request_sha256=hashlib.sha256(body).hexdigest(),
        action="hold",
        red_line=red_line,
        screening_failed=False,
        policy_version="p1",
        findings=[{"layer": "patterns", "kind": "rubric.single_person", "red_line": red_line}],
        context={"purpose": "casework"},
    )
    store.append_decisions([record])
    return record


def _reviewer(
    reviews: ReviewStore, service: ReviewService, name: str, role: Role = Role.REVIEWER
) -> Reviewer:
    account = Reviewer(
        new_id("rev"), name, name, role, Clearance(Level.SECRET), None, datetime.now(UTC), None
    )
    return reviews.add_reviewer(
        reviewer=account,
        password_hash="x",
        tenant_name=None,
        entry=lambda r: service.account_entry("created", {"reviewer_id": r.id}),
    )


def _setup(store: Store) -> tuple[ReviewService, Clock, str]:
    clock = Clock()
    reviews = ReviewStore(store)
    service = ReviewService(reviews, lambda: REVIEW, clock=clock)
    return service, clock, store.add_tenant("acme").id


def _entries(store: Store) -> list[dict]:
    out = []
    for i in range(store.log.size()):
        entry = store.log.entry(i)
        assert entry is not None
        if entry.kind == REVIEW_ACTION:
            out.append(orjson.loads(entry.body))
    return out


def test_hold_approve_release_once(store: Store) -> None:
    service, _clock, tenant = _setup(store)
    rita = _reviewer(service.store, service, "rita")
    record = _hold(store, tenant)
    item_id = service.hold(record, "AUP-RL-3", "the held text")
    assert service.hold(_hold(store, tenant), "AUP-RL-3", "again") == item_id
    assert service.queue(rita)[0].content == "the held text"
    approved = service.approve(rita, item_id, "fine")
    assert approved.status is Status.APPROVED
    args = {"tenant_id": tenant, "request_sha256": record.request_sha256}
    assert not service.release(
        item_id, tenant_id=tenant, request_sha256="0" * 64, decision_id=new_decision_id()
    )
    assert service.release(item_id, **args, decision_id=new_decision_id())
    assert not service.release(item_id, **args, decision_id=new_decision_id())
    assert service.store.item(item_id).status is Status.CONSUMED  # type: ignore[union-attr]
    actions = [e["action"] for e in _entries(store)]
    assert actions == ["open", "approve", "consume"]
    approve_entry = _entries(store)[1]
    assert approve_entry["reviewer"] == "rita" and approve_entry["reason"] == "fine"
    assert approve_entry["item_id"] == item_id and approve_entry["decision_id"] == record.id


def test_concurrent_releases_one_wins(store: Store) -> None:
    service, _clock, tenant = _setup(store)
    rita = _reviewer(service.store, service, "rita")
    record = _hold(store, tenant)
    item_id = service.hold(record, "AUP-RL-3", "t")
    service.approve(rita, item_id, "ok")

    def attempt(_: int) -> bool:
        return service.release(
            item_id,
            tenant_id=tenant,
            request_sha256=record.request_sha256,
            decision_id=new_decision_id(),
        )

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(attempt, range(16)))
    assert results.count(True) == 1


def test_undecided_items_expire_and_content_is_purged(store: Store) -> None:
    service, clock, tenant = _setup(store)
    rita = _reviewer(service.store, service, "rita")
    late = service.hold(_hold(store, tenant, b"a"), "AUP-RL-3", "late text")
    denied = service.hold(_hold(store, tenant, b"b"), "AUP-RL-3", "denied text")
    service.deny(rita, denied, "no")
    assert service.expire_due() == 0
    clock.now += timedelta(seconds=3600)
    with pytest.raises(RuleBroken):
        service.approve(rita, late, "too late")
    assert service.expire_due() == 1
    assert service.store.item(late).status is Status.EXPIRED  # type: ignore[union-attr]
    assert service.purge_due() == 0  # the denial is an hour old; retention is a day
    clock.now += timedelta(seconds=86400)
    assert service.purge_due() == 2
    for item_id in (late, denied):
        item = service.store.item(item_id)
        assert item is not None and item.content is None and item.content_purged_at
    assert [e["action"] for e in _entries(store)].count("purge") == 2
    assert [e["action"] for e in _entries(store)].count("expire") == 1


def test_unused_approval_lapses(store: Store) -> None:
    service, clock, tenant = _setup(store)
    rita = _reviewer(service.store, service, "rita")
    record = _hold(store, tenant)
    item_id = service.hold(record, "AUP-RL-3", "t")
    service.approve(rita, item_id, "ok")
    clock.now += timedelta(seconds=601)
    assert not service.release(
        item_id,
        tenant_id=tenant,
        request_sha256=record.request_sha256,
        decision_id=new_decision_id(),
    )
    assert service.expire_due() == 1
    assert service.store.item(item_id).status is Status.EXPIRED  # type: ignore[union-attr]


def test_two_person_category_and_roles(store: Store) -> None:
    service, _clock, tenant = _setup(store)
    rita = _reviewer(service.store, service, "rita")
    sam = _reviewer(service.store, service, "sam", Role.SUPERVISOR)
    audrey = _reviewer(service.store, service, "audrey", Role.AUDITOR)
    item_id = service.hold(
        _hold(store, tenant, red_line="autonomous_weapon_systems"), "AUP-RL-2", "t"
    )
    with pytest.raises(NotAllowed):
        service.approve(audrey, item_id, "auditors do not decide")
    assert service.approve(rita, item_id, "one").status is Status.PENDING
    with pytest.raises(RuleBroken):
        service.approve(rita, item_id, "again")
    assert service.approve(sam, item_id, "two").status is Status.APPROVED
    service.comment(sam, item_id, "noted")
    assert len(service.history(rita)) == 1  # a reviewer sees their own actions
    assert len(service.history(sam)) >= 4  # a supervisor sees everyone's
    with pytest.raises(ItemNotFound):
        service.view(rita, "rvw_nope")
