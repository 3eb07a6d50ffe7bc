"""AuditLog: reading, proving and checkpointing the audit log kept in a Store.

Appending happens in the store (``Store.append_decisions``, ``DecisionWriter``), in the
transaction that records each decision. This module is everything after that: entries by
index, roots and RFC 9162 proofs from the stored nodes (one query each), and signed C2SP
checkpoints. It is what the HTTP routes and the local CLI read through.

Guarantees:

- A proof or root is computed from stored nodes only, so it answers for any tree size up to
  the log's, and the same size always gives the same root.
- A checkpoint is signed only for a tree that extends the latest checkpoint already stored
  (checked with a consistency proof against that checkpoint's *signed* root): the log never
  signs a fork of its own history, even if its tables were rewritten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from redline.audit.batch import MAX_BATCH, encode_entries
from redline.audit.errors import OutOfRange
from redline.audit.merkle import (
    NodeId,
    ProofError,
    border_ids,
    consistency_nodes,
    consistency_proof,
    inclusion_nodes,
    inclusion_proof,
    root_from_nodes,
    verify_consistency,
)
from redline.audit.note import Checkpoint, NoteError, Signer, open_note, sign_note
from redline.store import LogInconsistent, Store, StoredCheckpoint, StoredEntry

__all__ = ["AuditLog", "ConsistencyProof", "InclusionProof"]


@dataclass(frozen=True, slots=True)
class InclusionProof:
    """Leaf ``index`` (hash ``leaf_hash``) is in the tree of ``size`` with ``root``."""

    index: int
    size: int
    leaf_hash: bytes
    hashes: tuple[bytes, ...]
    root: bytes


@dataclass(frozen=True, slots=True)
class ConsistencyProof:
    """The tree of ``new_size`` (``new_root``) extends that of ``old_size`` (``old_root``)."""

    old_size: int
    new_size: int
    hashes: tuple[bytes, ...]
    old_root: bytes
    new_root: bytes


class AuditLog:
    """The audit log of one Store, signing checkpoints as ``origin`` with ``signer``.

    Thread-safe; every method runs its own transaction. Methods raise StoreUnavailable when
    the database fails and LogInconsistent when the stored tree contradicts itself.
    """

    def __init__(self, store: Store, signer: Signer, origin: str) -> None:
        """Raises NoteError if ``origin`` cannot be a checkpoint's origin line."""
        Checkpoint(origin, 0, bytes(32))  # validates the origin line
        self._log = store.log
        self._signer = signer
        self._verifier = signer.verifier()
        self.origin = origin

    @property
    def verifier_key(self) -> str:
        """The public key that checks this log's checkpoints (``name+keyid+base64``)."""
        return self._verifier.to_key()

    def size(self) -> int:
        """The number of entries in the log."""
        return self._log.size()

    # Entries

    def entry(self, index: int) -> StoredEntry:
        """The entry at ``index``. Raises ValueError if negative, OutOfRange if not held."""
        _check_index(index)
        entry = self._log.entry(index)
        if entry is None:
            raise OutOfRange(f"the log has no entry {index}")
        return entry

    def batch(self, start: int, limit: int) -> bytes:
        """Entries ``[start, start + limit)`` (fewer at the end of the log) in the batch wire
        format of ``redline.audit.batch``.

        Raises ValueError for a negative start or a limit outside 1..MAX_BATCH, OutOfRange
        if the log has no entry ``start``.
        """
        _check_index(start, "start")
        if not 1 <= limit <= MAX_BATCH:
            raise ValueError(f"limit must be between 1 and {MAX_BATCH}, not {limit}")
        data = encode_entries(self._log.entry_rows(start, limit))
        if not data:
            raise OutOfRange(f"the log has no entry {start}")
        return data

    def index_of(self, decision_id: str) -> int:
        """The log index of the decision ``decision_id``. Raises OutOfRange if not logged."""
        index = self._log.index_of(decision_id)
        if index is None:
            raise OutOfRange(f"no log entry records {decision_id!r}")
        return index

    # Roots and proofs

    def _nodes(self, ids: Sequence[NodeId], size: int) -> Mapping[NodeId, bytes]:
        with self._log.reading() as connection:
            nodes = self._log.nodes(connection, ids)
            if len(nodes) == len(set(ids)):
                return nodes
            held = self._log.size(connection)
        if size > held:
            raise OutOfRange(f"the log holds {held} entries, not {size}")
        missing = sorted(set(ids) - set(nodes))
        raise LogInconsistent(f"the audit log is missing tree nodes {missing}")

    def root(self, size: int) -> bytes:
        """The root of the tree of the first ``size`` entries.

        Raises ValueError for a negative size, OutOfRange beyond the log.
        """
        _check_index(size, "size")
        return root_from_nodes(size, self._nodes(border_ids(size), size))

    def inclusion(self, index: int, size: int) -> InclusionProof:
        """The proof that entry ``index`` is in the tree of ``size``.

        Raises ValueError unless ``0 <= index < size``, OutOfRange if ``size`` is beyond
        the log.
        """
        _check_index(index)
        if index >= size:
            raise ValueError(f"index {index} is not below size {size}")
        ids = [*inclusion_nodes(index, size), *border_ids(size), (0, index)]
        nodes = self._nodes(ids, size)
        return InclusionProof(
            index=index,
            size=size,
            leaf_hash=nodes[(0, index)],
            hashes=tuple(inclusion_proof(index, size, nodes)),
            root=root_from_nodes(size, nodes),
        )

    def consistency(self, old_size: int, new_size: int) -> ConsistencyProof:
        """The proof that the tree of ``new_size`` extends the tree of ``old_size``.

        Raises ValueError unless ``1 <= old_size <= new_size``, OutOfRange if ``new_size``
        is beyond the log.
        """
        if not 1 <= old_size <= new_size:
            raise ValueError(f"need 1 <= from <= to, not from={old_size} to={new_size}")
        ids = [
            *consistency_nodes(old_size, new_size),
            *border_ids(old_size),
            *border_ids(new_size),
        ]
        nodes = self._nodes(ids, new_size)
        return ConsistencyProof(
            old_size=old_size,
            new_size=new_size,
            hashes=tuple(consistency_proof(old_size, new_size, nodes)),
            old_root=root_from_nodes(old_size, nodes),
            new_root=root_from_nodes(new_size, nodes),
        )

    # Checkpoints

    def latest_checkpoint(self) -> StoredCheckpoint:
        """The checkpoint of the largest tree size. Raises OutOfRange if none was made."""
        checkpoint = self._log.latest_checkpoint()
        if checkpoint is None:
            raise OutOfRange("no checkpoint has been made yet")
        return checkpoint

    def checkpoints(self, since: int, limit: int) -> list[StoredCheckpoint]:
        """Up to ``limit`` (1..1000) checkpoints of size greater than ``since``, by size.

        Raises ValueError for a negative ``since`` or a limit out of range.
        """
        _check_index(since, "since")
        if not 1 <= limit <= 1000:
            raise ValueError(f"limit must be between 1 and 1000, not {limit}")
        return self._log.checkpoints(since, limit)

    def make_checkpoint(self) -> StoredCheckpoint:
        """Sign and store a checkpoint of the log as it is now; return it.

        Idempotent for an unchanged log (the stored checkpoint of that size is returned).
        Raises LogInconsistent, signing nothing, if the tree does not extend the latest
        stored checkpoint, or if that checkpoint is not validly signed by this log's key.
        """
        previous = self._log.latest_checkpoint()
        previous_root = None if previous is None else self._signed_root(previous)
        with self._log.reading() as connection:
            size = self._log.size(connection)
            ids = border_ids(size)
            if previous is not None and 0 < previous.size <= size:
                ids += border_ids(previous.size) + consistency_nodes(previous.size, size)
            nodes = self._log.nodes(connection, ids)
        try:
            root = root_from_nodes(size, nodes)
            if previous is not None and previous_root is not None and previous.size > 0:
                if previous.size > size:
                    raise ProofError(f"the log shrank from {previous.size} to {size} entries")
                proof = consistency_proof(previous.size, size, nodes)
                verify_consistency(previous.size, size, previous_root, root, proof)
        except (KeyError, ProofError) as exc:
            raise LogInconsistent(
                f"refusing to sign a checkpoint of size {size}: the stored tree does not "
                f"extend the checkpoint of size {previous.size if previous else 0} ({exc})"
            ) from exc
        if previous is not None and previous.size == size:
            return previous
        note = sign_note(Checkpoint(self.origin, size, root).to_text(), [self._signer])
        created_at = datetime.now(UTC)
        self._log.add_checkpoint(size, root, note, created_at)
        return StoredCheckpoint(size=size, root=root, note=note, created_at=created_at)

    def _signed_root(self, checkpoint: StoredCheckpoint) -> bytes:
        # The root as signed, not the copy in the table's root column.
        try:
            text, _ = open_note(checkpoint.note, [self._verifier])
            parsed = Checkpoint.parse(text)
        except NoteError as exc:
            raise LogInconsistent(
                f"the stored checkpoint of size {checkpoint.size} is not signed by this "
                f"log's key: {exc}"
            ) from exc
        if parsed.size != checkpoint.size or parsed.origin != self.origin:
            raise LogInconsistent(
                f"the stored checkpoint of size {checkpoint.size} signs {parsed.origin} "
                f"size {parsed.size}"
            )
        return parsed.root


def _check_index(value: int, name: str = "index") -> None:
    if value < 0:
        raise ValueError(f"{name} must not be negative, not {value}")
