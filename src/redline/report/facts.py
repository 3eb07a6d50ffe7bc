"""ReportFacts: the numbers of a transparency report, counted from audit-log entries. Pure.

``Tally`` is fed the log's entries in index order (already checked against the signed
checkpoints by ``report.verify``) and counts those created in ``[since, until)``. Every
number of the report comes from here; nothing is read from the ``decisions`` table or any
other copy.

Entry kinds and the fields read (a field that is absent counts as null; unknown kinds are
only counted by kind):

- ``decision`` (v1, ``audit.entries``): ``id``, ``created_at``, ``stage``, ``action``,
  ``red_line``, ``screening_failed``, ``findings`` (for the deciding layer).
- ``review_action``: ``review_id``, ``decision_id`` (the held decision), ``action`` (one of
  ``approve``, ``deny``, ``expire`` ends a review; ``view``, ``comment`` and others do not),
  ``reviewer``. A review's outcome is its last ending action; its time is from the held
  decision's ``created_at`` (or, when that decision is outside the log read, the review's
  first action) to that action.
- ``suspension``: ``tenant_id``, ``key_id``, ``action`` (``suspend`` or ``lift``),
  ``reason``.
- ``policy_change``: ``version``, ``previous_version``, ``sha256``, ``reason``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from redline.observe.attribution import deciding_layer
from redline.redlines import RedLine

__all__ = ["ENDING_ACTIONS", "ReportFacts", "Tally", "parse_time"]

ENDING_ACTIONS = ("approve", "deny", "expire")
ACTIONS = ("allow", "hold", "block")


def parse_time(text: str) -> datetime:
    """An entry's ``created_at`` (``YYYY-MM-DDTHH:MM:SS.ffffffZ``). Raises ValueError."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass
class _Review:
    decision_id: str | None
    first_at: str
    outcome: str | None = None
    outcome_at: str | None = None
    actions: int = 0


@dataclass
class ReportFacts:
    """Everything the report shows. ``window`` bounds are RFC 3339 strings or None."""

    since: str | None
    until: str | None
    entries: int = 0
    first_index: int | None = None
    last_index: int | None = None
    by_kind: Counter[str] = field(default_factory=Counter)
    decisions: int = 0
    by_action: Counter[str] = field(default_factory=Counter)
    by_stage: Counter[str] = field(default_factory=Counter)
    screening_failed: int = 0
    red_lines: dict[str, Counter[str]] = field(default_factory=dict)
    layers: dict[str, Counter[str]] = field(default_factory=dict)
    layer_actions: dict[str, Counter[str]] = field(default_factory=dict)
    by_day: dict[str, Counter[str]] = field(default_factory=dict)
    holds: int = 0
    review_actions: int = 0
    review_outcomes: Counter[str] = field(default_factory=Counter)
    review_seconds: list[float] = field(default_factory=list)
    reviews_pending: int = 0
    suspensions: list[dict[str, Any]] = field(default_factory=list)
    policy_changes: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``report`` part of ``redline report --json`` (see the README)."""
        seconds = sorted(self.review_seconds)
        return {
            "window": {"since": self.since, "until": self.until},
            "entries": {
                "in_window": self.entries,
                "first_index": self.first_index,
                "last_index": self.last_index,
                "by_kind": dict(sorted(self.by_kind.items())),
            },
            "decisions": {
                "total": self.decisions,
                "by_action": {a: self.by_action[a] for a in ACTIONS},
                "by_stage": dict(sorted(self.by_stage.items())),
                "screening_failed": self.screening_failed,
                "red_lines": {
                    r.value: {
                        a: self.red_lines.get(r.value, Counter())[a] for a in ("hold", "block")
                    }
                    for r in RedLine
                },
                "by_layer": {
                    layer: {
                        "hold": self.layer_actions[layer]["hold"],
                        "block": self.layer_actions[layer]["block"],
                        "by_red_line": dict(sorted(counts.items())),
                    }
                    for layer, counts in sorted(self.layers.items())
                },
                "by_day": [
                    {"day": day, **{a: counts[a] for a in ACTIONS}}
                    for day, counts in sorted(self.by_day.items())
                ],
            },
            "reviews": {
                "holds": self.holds,
                "actions": self.review_actions,
                "decided": sum(self.review_outcomes.values()),
                "pending": self.reviews_pending,
                "outcomes": {a: self.review_outcomes[a] for a in ENDING_ACTIONS},
                "time_to_outcome_s": None
                if not seconds
                else {
                    "p50": _percentile(seconds, 0.5),
                    "p90": _percentile(seconds, 0.9),
                    "max": seconds[-1],
                },
            },
            "suspensions": {
                "total": len(self.suspensions),
                "by_action": dict(Counter(str(s["action"]) for s in self.suspensions)),
                "items": self.suspensions,
            },
            "policy_changes": {"total": len(self.policy_changes), "items": self.policy_changes},
        }


class Tally:
    """Counts entries into a ReportFacts. Feed entries in index order, then ``finish()``."""

    def __init__(self, since: str | None, until: str | None) -> None:
        self.facts = ReportFacts(since, until)
        self._held_at: dict[str, str] = {}
        self._reviews: dict[str, _Review] = {}

    def _in_window(self, created_at: str) -> bool:
        since, until = self.facts.since, self.facts.until
        return (since is None or created_at >= since) and (until is None or created_at < until)

    def add(self, index: int, entry: Mapping[str, Any]) -> None:
        """Count one entry (``index`` is its log index)."""
        created_at = entry.get("created_at")
        if not isinstance(created_at, str) or not self._in_window(created_at):
            return
        f = self.facts
        f.entries += 1
        f.first_index = index if f.first_index is None else f.first_index
        f.last_index = index
        kind = str(entry.get("kind"))
        f.by_kind[kind] += 1
        if kind == "decision":
            self._decision(entry, created_at)
        elif kind == "review_action":
            self._review_action(entry, created_at)
        elif kind == "suspension":
            f.suspensions.append(
                {
                    "index": index,
                    "created_at": created_at,
                    **{k: entry.get(k) for k in ("tenant_id", "key_id", "action", "reason")},
                }
            )
        elif kind == "policy_change":
            f.policy_changes.append(
                {
                    "index": index,
                    "created_at": created_at,
                    **{
                        k: entry.get(k) for k in ("version", "previous_version", "sha256", "reason")
                    },
                }
            )

    def _decision(self, entry: Mapping[str, Any], created_at: str) -> None:
        f = self.facts
        action = str(entry.get("action"))
        red_line = entry.get("red_line")
        failed = bool(entry.get("screening_failed"))
        findings = entry.get("findings")
        f.decisions += 1
        f.by_action[action] += 1
        f.by_stage[str(entry.get("stage"))] += 1
        f.by_day.setdefault(created_at[:10], Counter())[action] += 1
        if failed:
            f.screening_failed += 1
        if action == "allow":
            return
        layer = deciding_layer(
            action,
            red_line if isinstance(red_line, str) else None,
            failed,
            findings if isinstance(findings, list) else [],
        )
        key = "screening_failed" if failed else str(red_line)
        f.layers.setdefault(layer, Counter())[key] += 1
        f.layer_actions.setdefault(layer, Counter())[action] += 1
        if not failed and isinstance(red_line, str):
            f.red_lines.setdefault(red_line, Counter())[action] += 1
        if action == "hold":
            f.holds += 1
            if isinstance(entry.get("id"), str):
                self._held_at[entry["id"]] = created_at

    def _review_action(self, entry: Mapping[str, Any], created_at: str) -> None:
        self.facts.review_actions += 1
        review_id = entry.get("review_id")
        if not isinstance(review_id, str):
            return
        decision_id = entry.get("decision_id")
        review = self._reviews.setdefault(
            review_id, _Review(decision_id if isinstance(decision_id, str) else None, created_at)
        )
        review.actions += 1
        action = entry.get("action")
        if action in ENDING_ACTIONS:
            review.outcome = str(action)
            review.outcome_at = created_at

    def finish(self) -> ReportFacts:
        """The facts, with review outcomes and times settled."""
        f = self.facts
        decided: set[str] = set()
        for review in self._reviews.values():
            if review.outcome is None or review.outcome_at is None:
                continue
            f.review_outcomes[review.outcome] += 1
            if review.decision_id is not None:
                decided.add(review.decision_id)
            start = self._held_at.get(review.decision_id or "", review.first_at)
            seconds = (parse_time(review.outcome_at) - parse_time(start)).total_seconds()
            f.review_seconds.append(max(0.0, seconds))
        f.reviews_pending = len([d for d in self._held_at if d not in decided])
        return f


def _percentile(ordered: list[float], q: float) -> float:
    # Linear between closest ranks, as numpy's default (and the eval report) does.
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (position - low), 3)
