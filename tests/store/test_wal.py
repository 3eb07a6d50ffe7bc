"""WalCheckpointer: SQLite's log checkpointed by a thread, not inside commits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import text

from redline.store import Store
from redline.store.engine import create_store_engine
from redline.store.wal import WalCheckpointer


def _autocheckpoint(store: Store) -> int:
    with store.transaction(write=False) as conn:
        return int(conn.execute(text("PRAGMA wal_autocheckpoint")).scalar_one())


def _fill(store: Store, rows: int) -> None:
    with store.transaction(write=True) as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, b BLOB)"))
        for _ in range(rows):
            conn.execute(text("INSERT INTO filler (b) VALUES (randomblob(4000))"))


def test_background_checkpoints_replace_the_commits_own(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'r.db'}", background_checkpoints=True)
    try:
        assert _autocheckpoint(store) == 0  # no commit checkpoints
        wal = store._wal  # the thread the store owns
        assert wal is not None
        _fill(store, 300)  # ~300 pages of log, past nothing: commits never checkpoint now
        deadline = time.monotonic() + 10
        while wal.checkpoints == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert wal.checkpoints > 0 and wal.failures == 0
        busy, frames, done = wal.checkpoint()
        assert busy == 0 and done == frames  # the thread's checkpoints keep up
    finally:
        store.close()
    assert not wal._thread.is_alive()
    store.close()  # idempotent


def test_default_and_memory_stores_keep_sqlite_checkpoints(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'r.db'}") as store:
        assert _autocheckpoint(store) == 1000
        assert store._wal is None
    with Store.open("sqlite://", background_checkpoints=True) as store:
        assert store._wal is None  # an in-memory database has no log file


def test_a_failing_checkpoint_is_counted_and_retried(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'r.db'}", autocheckpoint=False)
    wal = WalCheckpointer(engine, interval_s=0.01)
    calls = 0

    def broken() -> tuple[int, int, int]:
        nonlocal calls
        calls += 1
        raise OSError("disk full")

    wal.checkpoint = broken  # type: ignore[method-assign]
    wal.start()
    deadline = time.monotonic() + 10
    while calls < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    wal.close()
    engine.dispose()
    assert calls >= 3 and wal.failures == calls


@pytest.mark.parametrize("background", [True, False])
def test_commits_survive_reopening(tmp_path: Path, background: bool) -> None:
    path = tmp_path / "r.db"
    with Store.open(f"sqlite:///{path}", background_checkpoints=background) as store:
        _fill(store, 50)
    with Store.open(f"sqlite:///{path}") as store, store.transaction(write=False) as conn:
        assert conn.execute(text("SELECT count(*) FROM filler")).scalar_one() == 50
