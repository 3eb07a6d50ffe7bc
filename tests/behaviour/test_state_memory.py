from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from redline.behaviour.state import Observation, StateUnavailable, Template
from redline.behaviour.state_memory import MemoryState
from redline.policy import load_policy

POLICY = load_policy().behaviour
T0 = 1_700_000_400.0


def _obs(at: float, **fields: object) -> Observation:
    base: dict[str, object] = {
        "tenant_id": "ten_a",
        "key_id": "key_1",
        "decision_id": f"dec_{at}",
        "at": at,
    }
    return Observation(**{**base, **fields})  # type: ignore[arg-type]


async def test_state_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "behaviour.db"
    rng = random.Random(1)
    names = tuple(f"{rng.getrandbits(64):016x}" for _ in range(100))
    state = await MemoryState.open(path)
    await state.record(_obs(T0, people={"us_sought": names}), POLICY)
    await state.record(_obs(T0 + 1, template=Template(7, "p1"), key_id="key_2"), POLICY)
    size = state.size_bytes("ten_a")
    await state.aclose()
    assert 0 < size < 100_000

    again = await MemoryState.open(path)
    try:
        snap = await again.record(_obs(T0 + 2, people={"us_sought": names[:10]}), POLICY)
        assert abs(snap.counts["us_sought"]["24h"] - 100) <= 3
        snap = await again.record(_obs(T0 + 3, template=Template(7, "p2"), key_id="key_2"), POLICY)
        assert [t.subject for t in snap.templates] == ["p1"]
        assert [a.decision_id for a in snap.arrivals] == [f"dec_{T0 + 3}", f"dec_{T0 + 1}"]
    finally:
        await again.aclose()
    with sqlite3.connect(path) as db:
        blob = db.execute("SELECT state FROM behaviour_tenants").fetchone()[0]
    assert b"us_sought" in blob


async def test_state_without_a_file_is_memory_only(tmp_path: Path) -> None:
    state = await MemoryState.open(None)
    await state.record(_obs(T0), POLICY)
    await state.aclose()
    assert not (tmp_path / "behaviour.db").exists()


async def test_failing_to_save_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "behaviour.db"
    state = await MemoryState.open(path, flush_interval_s=3600)
    await state.record(_obs(T0), POLICY)
    path.unlink()
    path.mkdir()  # where the file was, nobody (root included) can open a database
    for _ in range(3):
        await state.record(_obs(T0 + 1), POLICY)
        with pytest.raises(StateUnavailable, match="cannot save"):
            await state.flush()
    with pytest.raises(StateUnavailable, match="failing closed"):
        await state.record(_obs(T0 + 2), POLICY)
    shutil.rmtree(path)
    await state.flush()  # the disk is back: saving works and screening resumes
    await state.record(_obs(T0 + 3), POLICY)
    await state.aclose()


async def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "behaviour.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StateUnavailable, match="cannot read"):
        await MemoryState.open(path)
