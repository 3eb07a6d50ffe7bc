"""LogStore: the audit log's tables (entries, tree nodes, checkpoints) and appending to them.

Appending is what makes the log trustworthy, so it is the one place that assigns indexes:

- **Dense, in commit order, across processes.** An append is one write transaction that
  holds the database's write lock from its start (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL:
  ``pg_advisory_xact_lock`` as its first statement) until it commits. The size is read under
  that lock, so the next index is always the committed size, whichever process appends;
  the primary key on the index would refuse a duplicate if that ever failed.
- **Atomic with what it records.** The caller's own rows (the decisions) and the entries go
  in the same transaction: both are committed, or neither.
- **Nodes with the leaves.** Each append stores every perfect subtree it completes, the leaf
  itself included, so any root or proof later needs O(log n) rows of ``log_nodes`` fetched
  in one query. The leaf hash is also kept beside the entry (``log_entries.leaf_hash``) and
  served with it; proofs never read that copy, so an entry and its leaf hash altered together
  in ``log_entries`` still fail the proofs that the untouched ``log_nodes`` give.

The right border of the tree (one hash per set bit of the size) is kept in memory between
appends and reloaded from ``log_nodes`` whenever the committed size is not the size it was
built for: another process appended, or a transaction failed after the border moved on.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from redline.audit.entries import LogEntry
from redline.audit.merkle import CompactRange, NodeId, border_ids
from redline.store.errors import LogInconsistent, StoreUnavailable
from redline.store.schema import log_checkpoints, log_entries, log_nodes

__all__ = ["LogStore", "StoredCheckpoint", "StoredEntry"]

Transaction = Callable[..., AbstractContextManager[Connection]]

# Any constant, distinct from the migration lock: every process appending to the log takes
# this PostgreSQL advisory lock for the rest of its transaction.
_APPEND_LOCK = 0x72646C6E6C6F67  # "rdlnlog"
_LOCK_SQL = f"SELECT pg_advisory_xact_lock({_APPEND_LOCK})"

_SIZE = select(func.coalesce(func.max(log_entries.c.idx) + 1, 0))
# Both ends of the log in one round trip: entries and stored leaves must agree.
_SIZES = select(
    select(func.coalesce(func.max(log_entries.c.idx) + 1, 0)).scalar_subquery(),
    select(func.coalesce(func.max(log_nodes.c.idx) + 1, 0))
    .where(log_nodes.c.level == 0)
    .scalar_subquery(),
)
_INSERT_ENTRIES = (
    "INSERT INTO log_entries (idx, kind, ref_id, leaf_hash, body) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_NODES = "INSERT INTO log_nodes (level, idx, hash) VALUES (?, ?, ?)"
_UNNEST_ENTRIES = (
    "INSERT INTO log_entries (idx, kind, ref_id, leaf_hash, body) SELECT * FROM "
    "unnest(%s::bigint[], %s::varchar[], %s::varchar[], %s::bytea[], %s::bytea[])"
)
_UNNEST_NODES = (
    "INSERT INTO log_nodes (level, idx, hash) SELECT * FROM "
    "unnest(%s::smallint[], %s::bigint[], %s::bytea[])"
)


@functools.lru_cache(maxsize=256)
def _select_nodes(count: int, qmark: bool) -> str:
    # An OR of primary-key equalities, not "(level, idx) IN (...)": SQLite answers a row-value
    # IN list with a full scan, the OR with one index search per node.
    mark = "?" if qmark else "%s"
    where = " OR ".join([f"(level = {mark} AND idx = {mark})"] * count)
    return f"SELECT level, idx, hash FROM log_nodes WHERE {where}"


# Plain text: no per-row type processing, which is most of the cost of a large batch.
_ENTRY_RANGE = text(
    "SELECT idx, leaf_hash, body FROM log_entries WHERE idx >= :start AND idx < :end ORDER BY idx"
)


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One entry as stored: its log index, kind, ref id, leaf hash and canonical bytes."""

    index: int
    kind: str
    ref_id: str | None
    leaf_hash: bytes
    body: bytes


@dataclass(frozen=True, slots=True)
class StoredCheckpoint:
    """A signed checkpoint as stored: tree size, root, the signed note, when it was made."""

    size: int
    root: bytes
    note: str
    created_at: datetime


class LogStore:
    """The audit log's persistence. One per Store (``store.log``); thread-safe."""

    def __init__(self, transaction: Transaction) -> None:
        """``transaction(write=...)`` opens a transaction (``Store._transaction``)."""
        self._transaction = transaction
        # Serialises appends within this process and guards the cached border. Always taken
        # before the database's write lock, never the other way round.
        self._lock = threading.Lock()
        self._range: CompactRange | None = None

    # Appending

    def append(
        self,
        entries: Sequence[LogEntry],
        *,
        rows: Callable[[Connection], None] | None = None,
    ) -> int:
        """Append ``entries`` in one transaction, after writing ``rows(connection)`` in it.

        Returns the log index of the first entry; the others follow densely. On return the
        transaction has committed: the rows and the entries are durable together (as durable
        as the database's settings make any commit). Raises IntegrityError (from ``rows`` or a
        ref id already in the log) and StoreUnavailable (the database failed) with nothing
        committed; LogInconsistent if the stored tree is missing nodes it must have.
        """
        with self._lock:
            try:
                with self._transaction(write=True) as connection:
                    if connection.dialect.name == "postgresql":
                        # First thing in the transaction, so that nothing this transaction
                        # writes can make another appender wait while it waits for the lock.
                        connection.exec_driver_sql(_LOCK_SQL)
                    if rows is not None:
                        rows(connection)
                    return self._append(connection, entries)
            except BaseException:
                # The border may have moved past what was committed; rebuild it next time.
                self._range = None
                raise

    def _append(self, connection: Connection, entries: Sequence[LogEntry]) -> int:
        # The write lock is held (BEGIN IMMEDIATE, or the advisory lock): the size read here
        # is the committed size, and no other process can append until this one commits.
        entry_count, leaf_count = connection.execute(_SIZES).one()
        size = int(entry_count)
        if size != int(leaf_count):
            raise LogInconsistent(
                f"the audit log holds {size} entries but {leaf_count} leaf hashes: "
                "its tables were altered outside Redline"
            )
        tree = self._range
        if tree is None or tree.size != size:
            tree = self._load_range(connection, size)
            self._range = tree
        if not entries:
            return size
        entry_rows: list[tuple[int, str, str | None, bytes, bytes]] = []
        node_rows: list[tuple[int, int, bytes]] = []
        for entry in entries:
            entry_rows.append((tree.size, entry.kind, entry.ref_id, entry.leaf_hash, entry.body))
            for (level, index), digest in tree.append(entry.leaf_hash):
                node_rows.append((level, index, digest))
        if connection.dialect.name == "postgresql":
            # One statement per table, the rows as arrays: one round trip, not one per row.
            connection.exec_driver_sql(
                _UNNEST_ENTRIES, tuple(map(list, zip(*entry_rows, strict=True)))
            )
            connection.exec_driver_sql(
                _UNNEST_NODES, tuple(map(list, zip(*node_rows, strict=True)))
            )
        else:
            # Plain DBAPI executemany: SQLAlchemy's per-row parameter processing would cost
            # more than the inserts themselves, and these columns need no conversion.
            connection.exec_driver_sql(_INSERT_ENTRIES, entry_rows)
            connection.exec_driver_sql(_INSERT_NODES, node_rows)
        return size

    def _load_range(self, connection: Connection, size: int) -> CompactRange:
        ids = border_ids(size)
        found = self.nodes(connection, ids)
        missing = [node for node in ids if node not in found]
        if missing:
            raise LogInconsistent(
                f"the audit log of size {size} is missing tree nodes {missing}: "
                "its tables were altered outside Redline"
            )
        return CompactRange.from_border(size, [(node, found[node]) for node in ids])

    # Reading

    def reading(self) -> AbstractContextManager[Connection]:
        """A read transaction, for several reads that must see one state of the log."""
        return self._transaction(write=False)

    def size(self, connection: Connection | None = None) -> int:
        """The number of committed entries. Raises StoreUnavailable."""
        if connection is not None:
            return int(connection.execute(_SIZE).scalar_one())
        with self.reading() as connection:
            return int(connection.execute(_SIZE).scalar_one())

    def nodes(self, connection: Connection, ids: Iterable[NodeId]) -> dict[NodeId, bytes]:
        """The stored hashes of the nodes ``ids`` (leaves are level 0) that exist, in one query.

        Nodes that are not stored are absent from the result: beyond the log's size, or
        removed by someone altering the database. Raises StoreUnavailable.
        """
        wanted = list(set(ids))
        if not wanted:
            return {}
        qmark = connection.dialect.paramstyle == "qmark"
        rows = connection.exec_driver_sql(
            _select_nodes(len(wanted), qmark), tuple(x for node in wanted for x in node)
        )
        return {(int(level), int(index)): bytes(digest) for level, index, digest in rows}

    def entry(self, index: int) -> StoredEntry | None:
        """The entry at ``index``, or None if there is none. Raises StoreUnavailable."""
        with self.reading() as connection:
            row = connection.execute(select(log_entries).where(log_entries.c.idx == index)).first()
        return None if row is None else _entry(row)

    def entry_rows(self, start: int, limit: int) -> Iterator[tuple[int, bytes, bytes]]:
        """``(index, leaf_hash, body)`` of the entries in ``[start, start + limit)``, by index.

        Reads in one transaction; yields only entries that exist. Raises StoreUnavailable.
        """
        with self.reading() as connection:
            rows = connection.execute(_ENTRY_RANGE, {"start": start, "end": start + limit}).all()
        for index, leaf, body in rows:
            yield index, bytes(leaf), bytes(body)

    def index_of(self, ref_id: str) -> int | None:
        """The index of the entry recording ``ref_id``, or None. Raises StoreUnavailable."""
        with self.reading() as connection:
            index = connection.execute(
                select(log_entries.c.idx).where(log_entries.c.ref_id == ref_id)
            ).scalar_one_or_none()
        return None if index is None else int(index)

    # Checkpoints

    def add_checkpoint(self, size: int, root: bytes, note: str, created_at: datetime) -> bool:
        """Store a signed checkpoint; False if one of this size (and root) was stored before.

        Raises LogInconsistent if a stored checkpoint of this size has another root, and
        StoreUnavailable.
        """
        try:
            with self._transaction(write=True) as connection:
                existing = connection.execute(
                    select(log_checkpoints.c.root).where(log_checkpoints.c.size == size)
                ).scalar_one_or_none()
                if existing is None:
                    connection.execute(
                        insert(log_checkpoints).values(
                            size=size, root=root, note=note, created_at=created_at
                        )
                    )
                    return True
        except IntegrityError:
            # Another process stored this size between our read and our insert.
            with self.reading() as connection:
                existing = connection.execute(
                    select(log_checkpoints.c.root).where(log_checkpoints.c.size == size)
                ).scalar_one_or_none()
            if existing is None:
                raise StoreUnavailable("could not store the checkpoint") from None
        if bytes(existing) != root:
            raise LogInconsistent(
                f"a stored checkpoint of size {size} has root {bytes(existing).hex()}, "
                f"not {root.hex()}: the log has forked"
            )
        return False

    def latest_checkpoint(self) -> StoredCheckpoint | None:
        """The checkpoint of the largest size, or None. Raises StoreUnavailable."""
        with self.reading() as connection:
            row = connection.execute(
                select(log_checkpoints).order_by(log_checkpoints.c.size.desc()).limit(1)
            ).first()
        return None if row is None else _checkpoint(row._mapping)

    def checkpoints(self, since: int, limit: int) -> list[StoredCheckpoint]:
        """Up to ``limit`` checkpoints of size greater than ``since``, smallest first.

        Raises StoreUnavailable.
        """
        with self.reading() as connection:
            rows = connection.execute(
                select(log_checkpoints)
                .where(log_checkpoints.c.size > since)
                .order_by(log_checkpoints.c.size)
                .limit(limit)
            ).all()
        return [_checkpoint(row._mapping) for row in rows]


def _entry(row: Any) -> StoredEntry:
    return StoredEntry(
        index=int(row.idx),
        kind=row.kind,
        ref_id=row.ref_id,
        leaf_hash=bytes(row.leaf_hash),
        body=bytes(row.body),
    )


def _checkpoint(row: Mapping[Any, Any]) -> StoredCheckpoint:
    return StoredCheckpoint(
        size=int(row["size"]),
        root=bytes(row["root"]),
        note=row["note"],
        created_at=row["created_at"],
    )
