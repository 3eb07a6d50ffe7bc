"""WalCheckpointer: SQLite's write-ahead log checkpointed by a thread of its own.

In WAL mode SQLite copies the log back into the database file (a checkpoint) inside whichever
commit pushes the log past 1,000 pages: every few hundred decisions, one request's commit
also pays for copying the pages and syncing the file (4-5 ms where a commit takes 1, the
gateway's concurrency-1 tail in ``bench/tail.py``). With ``autocheckpoint=False`` on the
engine (``create_store_engine``) no commit checkpoints; this thread runs a PASSIVE checkpoint
on its own connection every ``interval_s`` instead. PASSIVE never waits for the writer or for
readers, and the writer keeps appending while it runs. Durability is unchanged: a commit is
durable once it is in the log, checkpointed or not. A checkpoint that fails (disk full, a
locked file) is logged and tried again at the next interval; the log then grows until one
succeeds, as it would under SQLite's own checkpoints. The last connection to close checkpoints
what is left.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine

__all__ = ["WalCheckpointer"]

logger = logging.getLogger(__name__)


class WalCheckpointer:
    """A daemon thread that checkpoints ``engine``'s SQLite log every ``interval_s``."""

    def __init__(self, engine: Engine, *, interval_s: float = 0.5) -> None:
        self._engine = engine
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="redline-wal", daemon=True)
        self.checkpoints = 0
        """Checkpoints that ran."""
        self.failures = 0
        """Checkpoints that raised (each logged, the first and every hundredth)."""

    def start(self) -> None:
        self._thread.start()

    def checkpoint(self) -> tuple[int, int, int]:
        """Run one PASSIVE checkpoint now: (busy, frames in the log, frames checkpointed)."""
        raw = self._engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
                row = cursor.fetchone()
                if row is None:  # not in WAL mode: nothing to checkpoint
                    return 0, 0, 0
                busy, log_frames, done = row
            finally:
                cursor.close()
        finally:
            raw.close()
        self.checkpoints += 1
        return int(busy), int(log_frames), int(done)

    def _run(self) -> None:
        while not self._stop.wait(self._interval_s):
            try:
                self.checkpoint()
            except Exception as exc:  # a failed checkpoint must not stop the next one
                self.failures += 1
                if self.failures == 1 or self.failures % 100 == 0:
                    logger.warning("WAL checkpoint failed (%d so far): %s", self.failures, exc)

    def close(self) -> None:
        """Stop the thread (waits for a checkpoint under way). Idempotent."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
