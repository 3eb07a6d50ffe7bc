from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from redline.behaviour.secret import SecretError, load_or_create_secret


def test_created_once_with_mode_0600_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "behaviour.key"
    first = load_or_create_secret(path)
    assert len(first) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret(path) == first
    assert path.read_text().strip() == first.hex()
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_unsafe_or_malformed_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "behaviour.key"
    path.write_text("00" * 32 + "\n")
    os.chmod(path, 0o644)
    with pytest.raises(SecretError, match="chmod 600"):
        load_or_create_secret(path)
    os.chmod(path, 0o600)
    path.write_text("not hex\n")
    with pytest.raises(SecretError, match="hex"):
        load_or_create_secret(path)
    path.write_text("ab" * 8 + "\n")
    with pytest.raises(SecretError, match="32 bytes"):
        load_or_create_secret(path)
    folder = tmp_path / "dir.key"
    folder.mkdir()
    with pytest.raises((SecretError, IsADirectoryError)):
        load_or_create_secret(folder)
