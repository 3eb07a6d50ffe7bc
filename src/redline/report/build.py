"""Building a report: read every entry under the latest signed checkpoint, check it against
the checkpoints, and count it.

The entries are read in batches (``audit.batch`` format) from a ``LogSource``: the local
store (``LocalSource``) or a gateway's ``/audit`` HTTP API (``RemoteSource``, so that an
outside auditor can build the same report trusting only the verifier key). Each batch goes
through ``audit.verify.TreeChecker`` before its entries are counted: every leaf hash is
recomputed from the entry bytes and the tree's root is compared with every signed
checkpoint, the latest included. A report whose log fails that check says so, carries the
numbers read up to the failure, and ``redline report`` exits 1.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import orjson

from redline.audit.batch import MAX_BATCH, decode_entries
from redline.audit.errors import VerificationFailed
from redline.audit.note import Checkpoint, Verifier
from redline.audit.verify import TreeChecker, check_checkpoint
from redline.report.facts import ReportFacts, Tally

__all__ = ["LocalSource", "LogCheck", "LogSource", "RemoteSource", "build_report"]


class LogSource(Protocol):
    def checkpoints(self) -> Iterator[tuple[int, str]]:
        """``(size, note)`` of every checkpoint, by size."""
        ...

    def entries(self, start: int, limit: int) -> bytes:
        """A batch of entries from ``start``."""
        ...

    def size(self) -> int | None:
        """Entries in the log now, signed or not (None when the source cannot tell)."""
        ...


class LocalSource:
    """The audit log of a local store (``redline.audit.log.AuditLog``)."""

    def __init__(self, log: object) -> None:
        from redline.audit.log import AuditLog

        assert isinstance(log, AuditLog)
        self._log = log

    def checkpoints(self) -> Iterator[tuple[int, str]]:
        since = 0
        while page := self._log.checkpoints(since, 1000):
            for checkpoint in page:
                yield checkpoint.size, checkpoint.note
            since = page[-1].size

    def entries(self, start: int, limit: int) -> bytes:
        return self._log.batch(start, limit)

    def size(self) -> int | None:
        return self._log.size()


class RemoteSource:
    """A gateway's audit log over HTTP (``redline.audit.client.LogClient``)."""

    def __init__(self, client: object) -> None:
        from redline.audit.client import LogClient

        assert isinstance(client, LogClient)
        self._client = client

    def checkpoints(self) -> Iterator[tuple[int, str]]:
        return self._client.checkpoints(0)

    def entries(self, start: int, limit: int) -> bytes:
        return self._client.entries(start, limit)

    def size(self) -> int | None:
        return None


@dataclass(frozen=True, slots=True)
class LogCheck:
    """What was verified: the checkpoints' signatures, and the entries against them."""

    verified: bool
    error: str | None
    origin: str | None
    checkpoints: int
    checked_entries: int
    latest_size: int
    latest_root: str | None  # base64, as in the checkpoint note
    unsigned_entries: int | None  # appended after the latest checkpoint: not in the report

    def to_json(self) -> dict[str, object]:
        return {
            "verified": self.verified,
            "error": self.error,
            "origin": self.origin,
            "checkpoints": self.checkpoints,
            "checked_entries": self.checked_entries,
            "latest_checkpoint": {"size": self.latest_size, "root": self.latest_root},
            "unsigned_entries": self.unsigned_entries,
        }


def build_report(
    source: LogSource,
    verifiers: Sequence[Verifier],
    *,
    since: str | None,
    until: str | None,
) -> tuple[ReportFacts, LogCheck]:
    """Count the entries created in ``[since, until)`` among those under the latest signed
    checkpoint, checking them all. Raises AuditError (LogUnreachable...) when the source
    cannot be read; a log that does not verify is reported in the LogCheck, not raised."""
    tally = Tally(since, until)
    checkpoints: list[Checkpoint] = []
    checker: TreeChecker | None = None
    error: str | None = None
    try:
        for size, note in source.checkpoints():
            checkpoint = check_checkpoint(note, verifiers)
            if checkpoint.size != size:
                raise VerificationFailed(
                    f"checkpoint listed at size {size} signs {checkpoint.size}"
                )
            if checkpoints and checkpoint.origin != checkpoints[0].origin:
                raise VerificationFailed(f"checkpoint at size {size} is for another log")
            checkpoints.append(checkpoint)
        if not checkpoints:
            raise VerificationFailed("the log has no signed checkpoint")
        checker = TreeChecker(checkpoints)
        end = checkpoints[-1].size
        while checker.size < end:
            batch = source.entries(checker.size, min(MAX_BATCH, end - checker.size))
            before = checker.size
            checker.feed(batch)
            if checker.size == before:
                raise VerificationFailed(f"entry {before}: the log sent no entries")
            for index, _, body in decode_entries(batch):
                if index < end:
                    tally.add(index, orjson.loads(body))
        if checker.good_size != end:
            raise VerificationFailed(f"the tree at size {end} was never checked")
    except VerificationFailed as exc:
        error = str(exc)
    latest = checkpoints[-1] if checkpoints else None
    now = source.size()
    check = LogCheck(
        verified=error is None,
        error=error,
        origin=latest.origin if latest else None,
        checkpoints=len(checkpoints),
        checked_entries=checker.good_size if checker else 0,
        latest_size=latest.size if latest else 0,
        latest_root=base64.b64encode(latest.root).decode() if latest else None,
        unsigned_entries=None if now is None or latest is None else max(0, now - latest.size),
    )
    return tally.finish(), check
