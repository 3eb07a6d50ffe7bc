"""Items, actions and decisions as plain dicts: what the JSON API answers and what the
console's templates render. Pure; no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from redline.policy.model import Policy
from redline.redlines import RedLine
from redline.review.highlight import highlight
from redline.review.store import ActionRecord, Item

__all__ = ["action_view", "age_text", "item_view", "stamp"]

# Longer held texts are shown cut here; the full text stays in the store until purged.
MAX_SHOWN = 200_000


def stamp(moment: datetime | None) -> str | None:
    """RFC 3339 in UTC with "Z", seconds precision (None stays None)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def age_text(seconds: float) -> str:
    """``42 s``, ``7 min``, ``3 h 5 min``, ``2 d 4 h``."""
    s = int(max(seconds, 0))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


def _clause(policy: Policy, red_line: str) -> dict[str, Any]:
    try:
        rule = policy.red_lines[RedLine(red_line)]
    except (ValueError, KeyError):
        return {"id": None, "text": None, "title": red_line}
    return {"id": rule.clause.id, "text": rule.clause.text, "title": rule.title}


def item_view(
    item: Item,
    policy: Policy,
    now: datetime,
    *,
    approvals: int = 0,
    detail: bool = False,
) -> dict[str, Any]:
    """An item as a dict. With ``detail``, the held text (unless purged), cut into
    highlighted pieces, and the findings with the policy clause of each one's red line."""
    clause = _clause(policy, item.red_line)
    view: dict[str, Any] = {
        "id": item.id,
        "decision_id": item.decision_id,
        "tenant": item.tenant.name,
        "classification": item.tenant.classification.marking,
        "stage": item.stage,
        "endpoint": item.endpoint,
        "model": item.model,
        "red_line": item.red_line,
        "clause": {**clause, "id": item.clause_id or clause["id"]},
        "policy_version": item.policy_version,
        "status": str(item.status),
        "approvals": approvals,
        "approvals_needed": item.approvals_needed,
        "request_sha256": item.request_sha256,
        "content_sha256": item.content_sha256,
        "context": dict(item.context),
        "created_at": stamp(item.created_at),
        "age_s": int((now - item.created_at).total_seconds()),
        "age": age_text((now - item.created_at).total_seconds()),
        "decide_by": stamp(item.decide_by),
        "decided_at": stamp(item.decided_at),
        "approval_expires_at": stamp(item.approval_expires_at),
        "consumed_decision_id": item.consumed_decision_id,
        "closed_at": stamp(item.closed_at),
        "content_purged_at": stamp(item.content_purged_at),
    }
    if not detail:
        return view
    findings = []
    for index, finding in enumerate(item.findings):
        line = finding.get("red_line")
        findings.append(
            {
                **finding,
                "n": index + 1,
                "clause": _clause(policy, line) if isinstance(line, str) else None,
            }
        )
    view["findings"] = findings
    content = item.content
    view["content_truncated"] = content is not None and len(content) > MAX_SHOWN
    if content is None:
        view["content"] = None
        view["pieces"] = []
    else:
        shown = content[:MAX_SHOWN]
        view["content"] = shown
        view["pieces"] = [
            {
                "text": piece.text,
                "findings": None if piece.mark is None else [i + 1 for i in piece.mark.findings],
                "red_line": None if piece.mark is None else piece.mark.red_line,
            }
            for piece in highlight(shown, item.findings)
        ]
    return view


def action_view(action: ActionRecord) -> dict[str, Any]:
    return {
        "id": action.id,
        "item_id": action.item_id,
        "action": str(action.action),
        "reviewer": action.reviewer,
        "reason": action.reason,
        "created_at": stamp(action.created_at),
        "log_index": action.log_index,
    }


def actions_view(actions: Sequence[ActionRecord]) -> list[dict[str, Any]]:
    return [action_view(a) for a in actions]
