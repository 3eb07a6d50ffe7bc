"""Signed provider commands: signature, freshness, exact members, action binding."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from redline.policy.commands import CommandError, sign_command, verify_command
from redline.policy.keys import SigningKey, TrustStore

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
KEY = SigningKey.generate("prov-a")
TRUST = TrustStore.parse(
    json.dumps(
        {
            "format": "redline-trust/1",
            "keys": [KEY.trust_entry(NOW - timedelta(days=1), NOW + timedelta(days=1))],
        }
    ).encode(),
    "trust.json",
)


def test_signed_command_verifies():
    body = sign_command(KEY, "suspend", NOW, scope="tenant", target="acme", reason="audit")
    command = verify_command(body, TRUST, NOW + timedelta(seconds=30), action="suspend")
    assert (command.scope, command.target, command.key_id) == ("tenant", "acme", "prov-a")


@pytest.mark.parametrize(
    ("member", "value"),
    [("target", "globex"), ("scope", "key"), ("reason", "x"), ("nonce", "0" * 32)],
)
def test_altered_command_does_not_verify(member: str, value: str):
    body = sign_command(KEY, "suspend", NOW, scope="tenant", target="acme") | {member: value}
    with pytest.raises(CommandError, match="does not verify"):
        verify_command(body, TRUST, NOW)


def test_stale_or_future_commands_are_refused():
    body = sign_command(KEY, "lift", NOW, scope="key", target="key_1")
    for moment in (NOW + timedelta(minutes=6), NOW - timedelta(minutes=6)):
        with pytest.raises(CommandError, match="sign a fresh one"):
            verify_command(body, TRUST, moment)


def test_command_is_bound_to_its_action_and_members():
    body = sign_command(KEY, "lift", NOW, scope="tenant", target="acme")
    with pytest.raises(CommandError, match="is not"):
        verify_command(body, TRUST, NOW, action="suspend")
    with pytest.raises(CommandError, match="exactly the members"):
        verify_command(body | {"extra": 1}, TRUST, NOW)
    with pytest.raises(CommandError, match="not a provider command"):
        verify_command({"action": "suspend"}, TRUST, NOW)


def test_untrusted_or_expired_key_is_refused():
    other = SigningKey.generate("someone")
    with pytest.raises(CommandError, match="not trusted"):
        verify_command(sign_command(other, "reload_policy", NOW), TRUST, NOW)
    later = NOW + timedelta(days=2)
    with pytest.raises(CommandError, match="not now"):
        verify_command(sign_command(KEY, "reload_policy", later), TRUST, later)
