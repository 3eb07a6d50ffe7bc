"""Reviewer passwords: argon2id hashes (argon2-cffi), and the rules a new password meets."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

__all__ = ["MIN_LENGTH", "check_new_password", "hash_password", "needs_rehash", "verify_password"]

MIN_LENGTH = 12

# argon2-cffi's defaults: argon2id, RFC 9106's second recommended (low-memory) profile.
_HASHER = PasswordHasher()
# Verified when the username is unknown, so that a wrong username costs as long as a wrong
# password and response times do not tell which accounts exist.
_DUMMY = _HASHER.hash("redline-no-such-account")


def check_new_password(password: str) -> None:
    """Raises ValueError for a password that is too short or blank."""
    if len(password) < MIN_LENGTH or not password.strip():
        raise ValueError(f"a password needs at least {MIN_LENGTH} characters")


def hash_password(password: str) -> str:
    """An argon2id hash in PHC string form (parameters and salt included)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches ``password_hash``; with None, spends the time of one
    verification and returns False."""
    try:
        return _HASHER.verify(password_hash or _DUMMY, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _HASHER.check_needs_rehash(password_hash)
