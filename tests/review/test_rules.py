from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from redline.policy.model import Review
from redline.redlines import RedLine
from redline.review.rules import (
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

NOW = datetime(2026, 1, 1, tzinfo=UTC)
REVIEW = Review(
    approval_ttl_s=600,
    decision_time_limit_s=3600,
    content_retention_s=86400,
    two_person=(RedLine.AUTONOMOUS_WEAPON_SYSTEMS,),
)


def _state(status=Status.PENDING, needed=1, approvers=(), expires=None):
    return ItemState(status, needed, frozenset(approvers), NOW + timedelta(hours=1), expires)


def test_one_approval_approves_for_the_ttl():
    change = approve(_state(), "rev_a", NOW, REVIEW)
    assert change.status is Status.APPROVED
    assert change.approval_expires_at == NOW + timedelta(seconds=600)


def test_two_person_rule_needs_two_distinct_reviewers():
    assert approvals_needed(RedLine.AUTONOMOUS_WEAPON_SYSTEMS, REVIEW) == 2
    assert approvals_needed("high_stakes_automated_decisions", REVIEW) == 1
    assert approve(_state(needed=2), "rev_a", NOW, REVIEW).status is Status.PENDING
    with pytest.raises(ReviewRuleError) as same:
        approve(_state(needed=2, approvers={"rev_a"}), "rev_a", NOW, REVIEW)
    assert same.value.code == "already_approved"
    assert approve(_state(needed=2, approvers={"rev_a"}), "rev_b", NOW, REVIEW).status is (
        Status.APPROVED
    )


@pytest.mark.parametrize(
    "status", [Status.APPROVED, Status.DENIED, Status.EXPIRED, Status.CONSUMED]
)
def test_only_pending_items_are_decided(status):
    with pytest.raises(ReviewRuleError):
        approve(_state(status), "rev_a", NOW, REVIEW)
    with pytest.raises(ReviewRuleError):
        deny(_state(status), NOW)


def test_no_decision_after_the_time_limit():
    with pytest.raises(ReviewRuleError):
        approve(_state(), "rev_a", NOW + timedelta(hours=2), REVIEW)


def test_deny_is_final():
    change = deny(_state(), NOW)
    assert change.status is Status.DENIED and change.closed_at == NOW


def test_expiry():
    assert expire(_state(), NOW) is None
    late = expire(_state(), NOW + timedelta(hours=1))
    assert late is not None and late.status is Status.EXPIRED
    approved = _state(Status.APPROVED, expires=NOW + timedelta(minutes=10))
    assert expire(approved, NOW) is None
    lapsed = expire(approved, NOW + timedelta(minutes=10))
    assert lapsed is not None and lapsed.status is Status.EXPIRED
    assert expire(_state(Status.DENIED), NOW + timedelta(days=9)) is None


def test_purge_after_retention_of_closed_items_only():
    assert not purge_due(Status.PENDING, None, NOW, REVIEW)
    assert not purge_due(Status.DENIED, NOW, NOW + timedelta(hours=23), REVIEW)
    assert purge_due(Status.DENIED, NOW, NOW + timedelta(hours=24), REVIEW)
    assert not purge_due(Status.APPROVED, NOW, NOW + timedelta(days=9), REVIEW)


def test_reasons_are_mandatory():
    assert check_reason("  fine  ") == "fine"
    for bad in (None, "", "   "):
        with pytest.raises(ReviewRuleError) as missing:
            check_reason(bad)
        assert missing.value.code == "reason_required"
    with pytest.raises(ReviewRuleError):
        check_reason("x" * 5000)
