"""Private key files: the audit signing key, the behaviour HMAC secret, the review cookie key.

``load_or_create`` reads such a file, or creates it when there is none: the content is
written to a temporary file opened O_CREAT|O_EXCL with mode 0600 (never readable by others,
not even briefly), synced, then hard-linked into place, so the path never holds a partial
key and two processes starting at once end up with the same one. Reading refuses a file that
is not a regular file or that group or others may access (it says to ``chmod 600`` it).
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["load_or_create", "read_private"]

T = TypeVar("T")


def read_private(path: Path, what: str, error: type[Exception]) -> bytes:
    """The bytes of the private file at ``path`` (``what`` names it in messages). Raises
    ``error`` for a file that is not regular or that group or others may access;
    FileNotFoundError and other OSErrors as they come."""
    # O_NONBLOCK: a FIFO planted at the path must not hang start-up; it fails the check below.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        # fstat on the open descriptor: the mode checked is that of the bytes read.
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{what} {path} is not a regular file")
        if info.st_mode & 0o077:
            raise error(
                f"{what} {path} is accessible to group or others "
                f"(mode {stat.S_IMODE(info.st_mode):04o}); run: chmod 600 {path}"
            )
        with open(fd, "rb", closefd=False) as file:
            return file.read()
    finally:
        os.close(fd)


def load_or_create(
    path: Path,
    what: str,
    *,
    make: Callable[[], bytes],
    parse: Callable[[bytes], T],
    error: type[Exception],
) -> T:
    """``parse`` of the file at ``path``; when there is none, one is created holding
    ``make()`` (see the module docstring). Raises ``error`` as ``read_private`` does, what
    ``parse`` raises for bad content, and OSError for I/O failures."""
    try:
        return parse(read_private(path, what, error))
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    content = make()
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        try:
            os.write(fd, content)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temporary, path)
        except FileExistsError:
            return parse(read_private(path, what, error))  # another process created it first
    finally:
        temporary.unlink()
    _sync_directory(path.parent)
    return parse(content)


def _sync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
