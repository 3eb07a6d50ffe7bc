"""What every fault test checks: what reached the upstream, and what reached the log."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

import echo_upstream
from redline.store import Store


def marker() -> str:
    """A string no other test sends: found in what the upstream received only if forwarded."""
    return "MARK-" + secrets.token_hex(8)


def forwarded(mark: str) -> bool:
    """Whether the echo upstream received any request containing ``mark``."""
    return any(mark in body for body in list(echo_upstream.RECEIVED))


def missing_from_log(db_url: str, decision_ids: Iterable[str]) -> list[str]:
    """The decision ids (acknowledged to a client) that the audit log does not hold."""
    with Store.open(db_url) as store:
        return [i for i in decision_ids if store.log.index_of(i) is None]


def logged_decisions(db_url: str) -> list[dict[str, object]]:
    """Every decision entry of the log, decoded."""
    import json

    with Store.open(db_url) as store:
        size = store.log.size()
        rows = list(store.log.entry_rows(0, size)) if size else []
    entries = [json.loads(body) for _, _, body in rows]
    return [e for e in entries if e["kind"] == "decision"]
