"""Auditing a Redline log from the outside, trusting nothing but the verifier key.

``audit_log(client, verifiers)`` is what ``redline audit verify`` runs:

1. Fetch every signed checkpoint; check each signature against the given verifier keys, that
   they all name one origin, and that sizes only grow. With a checkpoint saved by an earlier
   audit (``since``), check that the log has not shrunk below it, and fetch and verify the
   log's consistency proof from it to the latest checkpoint.
2. Fetch every entry up to the latest checkpoint's size, in batches. For each, recompute the
   leaf hash from the entry bytes (the stored hash sent beside it is only compared, so that a
   changed entry is named at once), check the indexes run 0, 1, 2... without a gap, and build
   the tree.
3. At each checkpoint's size, compare the recomputed root with the signed one. All checkpoints
   matching one recomputed sequence of entries is what makes them pairwise consistent: each
   is a prefix of the next.

Entries appended after the latest checkpoint are not covered by any signature yet; they are
left to the next audit (a gateway signs a checkpoint within
``REDLINE_AUDIT_CHECKPOINT_INTERVAL_S`` seconds of an append).

On a root mismatch the verdict is already in (the signed root is all that is trusted); to name
the entry, the entries since the last matching checkpoint are then checked one by one against
the failing checkpoint with the log's own inclusion proofs, and the first that the signed
root does not contain is reported. Those proofs can only name an entry, never clear one.

A failure raises VerificationFailed with a message such as ``entry 1234: leaf hash does not
match`` or ``tree at size 2000 does not match checkpoint``.

``TreeChecker`` is the pure core (no I/O): it takes batches as bytes, so it can be tested and
benchmarked on its own.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from redline.audit.batch import MAX_BATCH, decode_entries
from redline.audit.client import LogClient
from redline.audit.errors import AuditError, OutOfRange, VerificationFailed
from redline.audit.merkle import CompactRange, ProofError, verify_consistency, verify_inclusion
from redline.audit.note import Checkpoint, NoteError, Verifier, open_note

__all__ = [
    "AuditReport",
    "TreeChecker",
    "TreeMismatch",
    "audit_log",
    "check_checkpoint",
]

# Entries named one by one when a root does not match; past this the range is reported.
_MAX_LOCALISE = 20_000
_PREFETCH = 4


class TreeMismatch(VerificationFailed):
    """The recomputed tree at ``checkpoint.size`` does not have the signed root.

    Every checkpoint up to ``good_size`` entries matched.
    """

    def __init__(self, checkpoint: Checkpoint, good_size: int) -> None:
        super().__init__(f"tree at size {checkpoint.size} does not match checkpoint")
        self.checkpoint = checkpoint
        self.good_size = good_size


class TreeChecker:
    """Rebuilds the log's tree from its entries, fed in order, and checks it at checkpoints.

    ``checkpoints`` must be verified already (signatures, origin) and sorted by size.
    ``feed`` raises VerificationFailed naming the entry for a gap, a repeat or a leaf hash
    that does not match its bytes, and TreeMismatch when the tree reaches a checkpoint's
    size with another root.
    """

    def __init__(self, checkpoints: Sequence[Checkpoint]) -> None:
        self._range = CompactRange()
        self._pending = sorted(checkpoints, key=lambda c: c.size)
        self._next = 0
        self.good_size = 0
        self._check_due()

    @property
    def size(self) -> int:
        """Entries checked so far (the next expected index)."""
        return self._next

    def feed(self, batch: bytes) -> None:
        """Check a batch of entries that must start at index ``size``."""
        sha256 = hashlib.sha256
        leaves: list[bytes] = []
        expected = self._next
        try:
            for index, served, body in decode_entries(batch):
                if index != expected:
                    if index > expected:
                        raise VerificationFailed(
                            f"entry {expected}: missing (the log sent entry {index} in its place)",
                            index=expected,
                        )
                    raise VerificationFailed(
                        f"entry {expected}: out of order (the log sent entry {index} again)",
                        index=expected,
                    )
                leaf = sha256(b"\x00" + body).digest()
                if leaf != served:
                    raise VerificationFailed(
                        f"entry {index}: leaf hash does not match", index=index
                    )
                leaves.append(leaf)
                expected += 1
        except ValueError as exc:
            raise VerificationFailed(
                f"entry {expected}: the log sent an unreadable batch ({exc})", index=expected
            ) from exc
        start = self._next
        position = 0
        while self._pending and self._pending[0].size <= expected:
            cut = self._pending[0].size - start
            self._range.extend(leaves[position:cut])
            position = cut
            self._next = start + cut
            self._check_due()
        self._range.extend(leaves[position:])
        self._next = expected

    def _check_due(self) -> None:
        while self._pending and self._pending[0].size == self._range.size:
            checkpoint = self._pending.pop(0)
            if self._range.root() != checkpoint.root:
                raise TreeMismatch(checkpoint, self.good_size)
            self.good_size = checkpoint.size


@dataclass(frozen=True, slots=True)
class AuditReport:
    """What an audit that passed covered."""

    origin: str
    entries: int
    checkpoints: int
    latest: Checkpoint
    latest_note: str
    seconds: float


def check_checkpoint(note: str, verifiers: Sequence[Verifier]) -> Checkpoint:
    """The checkpoint in ``note`` if a verifier signed it. Raises VerificationFailed."""
    try:
        text, _ = open_note(note, verifiers)
        return Checkpoint.parse(text)
    except NoteError as exc:
        raise VerificationFailed(f"checkpoint signature does not verify: {exc}") from exc


def _checkpoints(client: LogClient, verifiers: Sequence[Verifier]) -> tuple[list[Checkpoint], str]:
    checkpoints: list[Checkpoint] = []
    note = ""
    for size, note in client.checkpoints(0):
        try:
            checkpoint = check_checkpoint(note, verifiers)
        except VerificationFailed as exc:
            raise VerificationFailed(f"checkpoint at size {size}: {exc}") from exc
        if checkpoint.size != size:
            raise VerificationFailed(
                f"checkpoint listed at size {size} signs size {checkpoint.size}"
            )
        if checkpoints and checkpoint.origin != checkpoints[0].origin:
            raise VerificationFailed(
                f"checkpoint at size {size} is for log {checkpoint.origin!r}, "
                f"not {checkpoints[0].origin!r}"
            )
        checkpoints.append(checkpoint)
    if not checkpoints:
        raise VerificationFailed("the log has published no checkpoint")
    return checkpoints, note


def _batches(client: LogClient, end: int, stop: threading.Event) -> Iterator[bytes]:
    """Batches covering ``[0, end)``, fetched one ahead on a thread while the caller hashes."""
    pipe: queue.Queue[bytes | BaseException | None] = queue.Queue(_PREFETCH)

    def fetch() -> None:
        # Fixed ranges, whatever came back: a short batch is a gap that the checker names.
        try:
            for start in range(0, end, MAX_BATCH):
                if stop.is_set():
                    break
                pipe.put(client.entries(start, min(MAX_BATCH, end - start)))
            pipe.put(None)
        except BaseException as exc:  # handed over to the consuming thread
            pipe.put(exc)

    worker = threading.Thread(target=fetch, name="redline-audit-fetch", daemon=True)
    worker.start()
    try:
        while True:
            item = pipe.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while worker.is_alive():
            try:
                pipe.get_nowait()
            except queue.Empty:
                worker.join(0.05)


def audit_log(
    client: LogClient,
    verifiers: Sequence[Verifier],
    *,
    since: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AuditReport:
    """Audit the whole log behind ``client`` (see the module docstring).

    ``since`` is a signed checkpoint note saved by an earlier audit. ``progress(done,
    total)`` is called after each batch. Raises VerificationFailed (the log is wrong; the
    message names the first bad entry where it can), LogUnreachable (no verdict).
    """
    began = time.perf_counter()
    checkpoints, latest_note = _checkpoints(client, verifiers)
    latest = checkpoints[-1]
    if since is not None:
        saved = check_checkpoint(since, verifiers)
        _check_since(client, saved, latest)
        checkpoints.append(saved)
    checker = TreeChecker([c for c in checkpoints if c.size > 0])
    stop = threading.Event()
    try:
        for batch in _batches(client, latest.size, stop):
            checker.feed(batch)
            if progress is not None:
                progress(checker.size, latest.size)
    except TreeMismatch as mismatch:
        raise _localise(client, mismatch.checkpoint, mismatch.good_size) from mismatch
    except OutOfRange:
        pass  # the log ended before the latest checkpoint: handled below
    if checker.size < latest.size:
        missing = checker.size
        for checkpoint in sorted(checkpoints, key=lambda c: c.size):
            if checkpoint.size > missing:
                found = _localise(client, checkpoint, checker.good_size, end=missing)
                if found.index is not None and found.index < missing:
                    raise found from None
                break
        raise VerificationFailed(
            f"entry {missing}: missing (checkpoint at size {latest.size} covers it, "
            f"the log serves {missing} entries)",
            index=missing,
        )
    return AuditReport(
        origin=latest.origin,
        entries=checker.size,
        checkpoints=len(checkpoints),
        latest=latest,
        latest_note=latest_note,
        seconds=time.perf_counter() - began,
    )


def _check_since(client: LogClient, saved: Checkpoint, latest: Checkpoint) -> None:
    if saved.origin != latest.origin:
        raise VerificationFailed(
            f"the saved checkpoint is for log {saved.origin!r}, not {latest.origin!r}"
        )
    if saved.size > latest.size:
        raise VerificationFailed(
            f"the log was rolled back: the saved checkpoint has size {saved.size}, "
            f"the latest only {latest.size}"
        )
    if saved.size > 0:
        proof = client.consistency(saved.size, latest.size)
        try:
            verify_consistency(saved.size, latest.size, saved.root, latest.root, proof)
        except ProofError as exc:
            raise VerificationFailed(
                f"tree at size {latest.size} is not consistent with the saved checkpoint "
                f"at size {saved.size}: {exc}"
            ) from exc


def _localise(
    client: LogClient, checkpoint: Checkpoint, good_size: int, *, end: int | None = None
) -> VerificationFailed:
    """Name the first entry in ``[good_size, end)`` that ``checkpoint`` does not contain,
    using the log's inclusion proofs with leaf hashes recomputed from the entry bytes."""
    size = checkpoint.size
    stop = min(size if end is None else end, good_size + _MAX_LOCALISE)
    summary = f"tree at size {size} does not match checkpoint"
    index = good_size
    try:
        while index < stop:
            entries = list(decode_entries(client.entries(index, min(MAX_BATCH, stop - index))))
            if not entries:
                break
            for position, _, body in entries:
                if position >= stop:
                    break
                leaf = hashlib.sha256(b"\x00" + body).digest()
                proof = client.inclusion(index=position, size=size)
                try:
                    verify_inclusion(leaf, position, size, proof.hashes, checkpoint.root)
                except ProofError:
                    return VerificationFailed(
                        f"entry {position}: not the entry that the checkpoint at size {size} "
                        f"signed ({summary})",
                        index=position,
                    )
            index = max(index + 1, entries[-1][0] + 1)
    except (AuditError, ValueError):
        pass  # the log cannot help narrow it down: report the range
    return VerificationFailed(
        f"{summary}: an entry in [{good_size}, {size}) was altered, removed or inserted"
    )
