from __future__ import annotations

import os

import pytest

from redline.review.passwords import check_new_password, hash_password, verify_password
from redline.review.sessions import CookieSigner, load_or_create_secret, new_token


def test_signed_cookie_round_trip_and_tamper():
    signer = CookieSigner(b"k" * 32)
    token = new_token()
    value = signer.sign(token)
    assert signer.unsign(value) == token
    assert signer.unsign(value[:-1] + ("A" if value[-1] != "A" else "B")) is None
    assert signer.unsign(token) is None
    assert CookieSigner(b"j" * 32).unsign(value) is None


def test_secret_file_is_created_private_and_reused(tmp_path):
    path = tmp_path / "sub" / "review.key"
    first = load_or_create_secret(path)
    assert len(first) == 32 and (path.stat().st_mode & 0o777) == 0o600
    assert load_or_create_secret(path) == first
    os.chmod(path, 0o644)
    with pytest.raises(ValueError, match="chmod 600"):
        load_or_create_secret(path)


def test_argon2_passwords():
    digest = hash_password("a long enough password")
    assert digest.startswith("$argon2id$")
    assert verify_password(digest, "a long enough password")
    assert not verify_password(digest, "a long enough passwore")
    assert not verify_password(None, "anything")
    with pytest.raises(ValueError, match="at least 12"):
        check_new_password("short")
