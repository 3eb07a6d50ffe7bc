"""Private key files: created once with mode 0600, read back with safety checks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from redline.keyfile import load_or_create, read_private


class Unsafe(Exception):
    pass


def _load(path: Path, make: bytes = b"first\n") -> bytes:
    return load_or_create(path, "test key", make=lambda: make, parse=bytes, error=Unsafe)


def test_created_once_0600_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "a.key"
    assert _load(path) == b"first\n"
    assert _load(path, b"second\n") == b"first\n"  # an existing key is never replaced
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    assert [p.name for p in path.parent.iterdir()] == ["a.key"]


def test_refuses_files_others_may_access_or_that_are_not_files(tmp_path: Path) -> None:
    path = tmp_path / "a.key"
    _load(path)
    os.chmod(path, 0o640)
    with pytest.raises(Unsafe, match=r"test key .* \(mode 0640\); run: chmod 600"):
        read_private(path, "test key", Unsafe)
    fifo = tmp_path / "fifo.key"
    os.mkfifo(fifo, 0o600)
    with pytest.raises(Unsafe, match="not a regular file"):
        read_private(fifo, "test key", Unsafe)


def test_parse_errors_reach_the_caller(tmp_path: Path) -> None:
    def parse(content: bytes) -> bytes:
        raise ValueError("bad content")

    with pytest.raises(ValueError, match="bad content"):
        load_or_create(tmp_path / "a.key", "test key", make=bytes, parse=parse, error=Unsafe)
