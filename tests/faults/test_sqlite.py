"""SQLite locked by another process, and its disk full: 503 with nothing answered that was
not recorded, nothing blocked forwarded, and service back once the fault clears."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from faults.checks import forwarded, marker, missing_from_log
from gateway.layers import PHRASE, PhraseLayer


def _post(gw, text: str) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )


def _acknowledged(r: httpx.Response) -> list[str]:
    return [v for k, v in r.headers.items() if k.endswith("decision-id")]


def test_locked_database_fails_closed_then_recovers(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    assert _post(gw, "warm up the key cache").status_code == 200
    path = gw.settings.db_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    allowed, blocked = marker(), marker()
    try:
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        # Longer than the store's 5 s busy timeout: both writes give up.
        with ThreadPoolExecutor(2) as pool:
            ok, bad = pool.map(lambda t: _post(gw, t), [f"hello {allowed}", f"{PHRASE} {blocked}"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for r in (ok, bad):
        assert r.status_code == 503, r.text
        assert r.json()["error"]["type"] == "screening_unavailable"
    assert allowed not in ok.text  # the answer was not sent: its decision is not recorded
    assert not forwarded(blocked)
    after = _post(gw, "after the lock")
    assert after.status_code == 200
    assert not missing_from_log(gw.settings.db_url, _acknowledged(after))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB tmpfs, unmounted afterwards. Skips where mounting is not permitted."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    where = tmp_path / "small"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


def test_full_disk_fails_closed_then_recovers(small_disk, make_gateway):
    # The database on the small disk; the signing key stays in the usual data dir.
    gw = make_gateway(
        layers=[PhraseLayer()],
        database_url=f"sqlite:///{small_disk}/redline.db",
        store_content=True,
    )
    assert _post(gw, "warm up").status_code == 200
    filler = _fill(small_disk)
    acknowledged: list[str] = []
    refused = 0
    blocked = marker()
    try:
        # A WAL file may still have room for a few commits; go on until the disk says no.
        for n in range(300):
            r = _post(gw, f"hello {n} " + "x" * 2000)
            if r.status_code == 200:
                acknowledged += _acknowledged(r)
                continue
            assert r.status_code == 503, r.text
            assert r.json()["error"]["type"] == "screening_unavailable"
            refused += 1
            if refused >= 3:
                break
        assert refused >= 3, "the full disk never refused a write"
        r = _post(gw, f"{PHRASE} {blocked}")
        assert r.status_code == 503
        assert not forwarded(blocked)
    finally:
        filler.unlink()
    after = _post(gw, "after the disk was freed")
    assert after.status_code == 200
    acknowledged += _acknowledged(after)
    assert not missing_from_log(gw.settings.db_url, acknowledged)
