"""The deployment's behaviour secret: the HMAC key under which person identifiers are hashed.

Identifiers are never stored raw; the behaviour state holds HMAC-SHA256(secret, identifier).
Without the secret, a stored hash cannot be tested against a guessed phone number. Gateways
sharing one Redis must share the secret, or they would count one person as two.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

__all__ = ["SecretError", "load_or_create_secret"]

_BYTES = 32


class SecretError(Exception):
    """The secret file is unsafe or malformed."""


def load_or_create_secret(path: Path) -> bytes:
    """The 32-byte secret at ``path``, created (mode 0600) if there is none.

    The file holds 64 hex digits and a newline. It is written to a temporary file opened
    O_CREAT|O_EXCL with mode 0600, synced, then hard-linked into place, so ``path`` never
    holds a partial secret and two processes starting at once end up with the same one.
    Raises SecretError for a file readable or writable by group or others, not a regular
    file, or not holding a secret; OSError for I/O failures.
    """
    try:
        return _load(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = secrets.token_bytes(_BYTES)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        try:
            os.write(fd, (secret.hex() + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temporary, path)
        except FileExistsError:
            return _load(path)  # another process created it first
    finally:
        temporary.unlink()
    return secret


def _load(path: Path) -> bytes:
    # O_NONBLOCK: a FIFO planted at the path must not hang start-up; it fails the check below.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SecretError(f"behaviour secret {path} is not a regular file")
        if info.st_mode & 0o077:
            raise SecretError(
                f"behaviour secret {path} is accessible to group or others "
                f"(mode {stat.S_IMODE(info.st_mode):04o}); run: chmod 600 {path}"
            )
        with open(fd, "rb", closefd=False) as file:
            content = file.read()
    finally:
        os.close(fd)
    try:
        secret = bytes.fromhex(content.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise SecretError(f"behaviour secret {path} does not hold hex digits") from None
    if len(secret) != _BYTES:
        raise SecretError(f"behaviour secret {path} must hold {_BYTES} bytes, not {len(secret)}")
    return secret
