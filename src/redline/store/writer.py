"""DecisionWriter: durable decision writes from async code, with group commit.

A decision must be committed, with its audit-log entry, before the client is answered, and
with ``synchronous=FULL`` each commit costs an fsync. One writer thread takes everything
queued since its last commit and commits it in one transaction, so N concurrent requests pay
for about one fsync between them instead of N, while a lone request pays for one commit and
two thread hops.
Nothing is delayed to wait for company: a batch is whatever queued up during the last
commit. Within a batch, log indexes follow queue order; across processes, commit order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from redline.audit.entries import LogEntry, decision_entry
from redline.store.db import Store
from redline.store.errors import StoreUnavailable
from redline.store.records import DecisionRecord, decision_row

__all__ = ["DecisionWriter"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Pending:
    row: Mapping[str, Any]
    entry: LogEntry
    future: asyncio.Future[int]
    loop: asyncio.AbstractEventLoop


_Outcome = tuple[asyncio.Future[int], int | BaseException]


def _settle(outcomes: Sequence[_Outcome]) -> None:
    # Runs on the waiters' event loop. A waiter that was cancelled has a done future.
    for future, outcome in outcomes:
        if future.done():
            continue
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)


class DecisionWriter:
    """Commits decisions from one background thread, many per transaction.

    Lifecycle: ``start()`` once, ``await write(record)`` from any number of tasks (on any
    event loops), ``close()`` once at shutdown. The writer does not own the Store; close
    the writer first, then the store.

    ``on_commit(size)``, if given, is called on the writer thread after each commit with the
    log size that commit reached (the checkpointer uses it to count entries); it must be
    quick, and an exception from it is logged and otherwise ignored.
    """

    def __init__(
        self,
        store: Store,
        *,
        max_batch: int = 256,
        on_commit: Callable[[int], None] | None = None,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self._store = store
        self._max_batch = max_batch
        self._on_commit = on_commit
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        # Makes "accepting?" and "enqueue" one step, so nothing is queued behind the
        # shutdown marker, where it would wait forever.
        self._lock = threading.Lock()
        self._accepting = False
        self._thread: threading.Thread | None = None
        self._commits = 0
        self._written = 0

    @property
    def commits(self) -> int:
        """Transactions committed so far (each holds one or more decisions)."""
        return self._commits

    @property
    def written(self) -> int:
        """Decisions committed so far."""
        return self._written

    def start(self) -> None:
        """Start the writer thread. Raises RuntimeError if it was started before."""
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("DecisionWriter.start() called twice")
            # Daemon: a process that exits without close() must not hang on this thread;
            # an interrupted transaction is rolled back by the database.
            self._thread = threading.Thread(
                target=self._run, name="redline-decision-writer", daemon=True
            )
            self._accepting = True
            self._thread.start()

    async def write(self, record: DecisionRecord) -> int:
        """Record a decision; return its audit-log index once the transaction holding the
        decision and its log entry has committed.

        Raises TypeError if a mapping field cannot be written as JSON, or canonical JSON
        (before anything is queued, so other decisions are unaffected); StoreUnavailable if
        the writer is not running or the database failed to commit it. Cancelling the caller
        does not withdraw the record: it may still be committed.
        """
        row = decision_row(record)
        entry = decision_entry(record)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        with self._lock:
            if not self._accepting:
                raise StoreUnavailable("the decision writer is not running")
            self._queue.put(_Pending(row, entry, future, loop))
        return await future

    def close(self) -> None:
        """Stop accepting, commit everything already queued, and join the thread.

        Blocks until done; every pending ``write`` is settled before this returns (its
        result reaches the awaiting task when its event loop next runs). Idempotent.
        """
        with self._lock:
            thread = self._thread
            if self._accepting:
                self._accepting = False
                self._queue.put(None)
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            stopping = False
            while len(batch) < self._max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stopping = True
                    break
                batch.append(item)
            self._commit(batch)
            if stopping:
                return

    def _commit(self, batch: list[_Pending]) -> None:
        try:
            first = self._store._append_rows(
                [pending.row for pending in batch], [pending.entry for pending in batch]
            )
        except IntegrityError as exc:
            if len(batch) > 1:
                # One bad record (say, a reused id) must not fail the others it shared a
                # transaction with: commit them one by one to find it.
                for pending in batch:
                    self._commit([pending])
                return
            self._fail(batch, exc)
            return
        except Exception as exc:  # the thread must outlive any failure, or waiters hang
            self._fail(batch, exc)
            return
        self._commits += 1
        self._written += len(batch)
        self._deliver(batch, first, None)
        if self._on_commit is not None:
            try:
                self._on_commit(first + len(batch))
            except Exception:
                logger.exception("on_commit hook failed")

    def _fail(self, batch: list[_Pending], cause: Exception) -> None:
        logger.error("could not commit %d decision(s): %s", len(batch), cause)
        self._deliver(batch, 0, cause)

    def _deliver(self, batch: list[_Pending], first: int, cause: Exception | None) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[_Outcome]] = {}
        for offset, pending in enumerate(batch):
            outcome: int | BaseException = first + offset
            if cause is not None:
                # One exception object per waiter: each raise adds its own traceback.
                outcome = StoreUnavailable(f"decision not recorded: {cause}")
                outcome.__cause__ = cause
            by_loop.setdefault(pending.loop, []).append((pending.future, outcome))
        for loop, outcomes in by_loop.items():
            # RuntimeError: that loop is closed, so nobody is waiting there any more.
            with contextlib.suppress(RuntimeError):
                # One wake-up per loop per batch, not one per decision.
                loop.call_soon_threadsafe(_settle, outcomes)
