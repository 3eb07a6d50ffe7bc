"""Provider commands: suspend or lift a tenant or key, reload the policy; signed by a
provider key and checked against the same TrustStore as policies.

A command is a JSON object; the admin API takes it as the request body and the CLI builds
it::

    {"format": "redline-provider-command/1", "action": "suspend",
     "scope": "tenant", "target": "acme", "reason": "contract review",
     "nonce": "<32 hex>", "issued_at": "2026-11-20T09:00:00Z",
     "key_id": "provider-2026a", "signature": "<base64 Ed25519>"}

The signature covers ``redline-provider-command/1\\n`` followed by the RFC 8785 canonical
JSON of every other member (``signature`` removed), so no member can be changed or added.
A command is accepted only within ``MAX_AGE`` of ``issued_at`` (either way, for clock skew),
and its nonce only once: the store keeps used nonces, which stops replay across replicas.

Pure: no I/O; the caller passes the time.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from redline.audit.entries import canonical_json
from redline.policy.keys import KeyFileError, SigningKey, TrustStore, format_time, parse_time

__all__ = [
    "ACTIONS",
    "MAX_AGE",
    "Command",
    "CommandError",
    "sign_command",
    "verify_command",
]

FORMAT = "redline-provider-command/1"
ACTIONS = frozenset({"suspend", "lift", "reload_policy"})
MAX_AGE = timedelta(minutes=5)
Scope = Literal["tenant", "key"]


class CommandError(Exception):
    """A command is malformed, stale, or not signed by a trusted provider key in its
    validity window. The message says which; it never echoes the signature."""


@dataclass(frozen=True, slots=True)
class Command:
    """A verified provider command."""

    action: str
    scope: Scope | None
    target: str | None
    reason: str
    nonce: str
    issued_at: datetime
    key_id: str

    def fields(self) -> dict[str, Any]:
        """What the audit log records about the command (no signature)."""
        return {
            "action": self.action,
            "scope": self.scope,
            "target": self.target,
            "reason": self.reason,
            "nonce": self.nonce,
            "issued_at": format_time(self.issued_at),
            "key_id": self.key_id,
        }


def _message(body: Mapping[str, Any]) -> bytes:
    return FORMAT.encode() + b"\n" + canonical_json(dict(body))


def sign_command(
    key: SigningKey,
    action: str,
    now: datetime,
    *,
    scope: Scope | None = None,
    target: str | None = None,
    reason: str = "",
) -> dict[str, Any]:
    """A signed command body, ready to send. Raises ValueError for an unknown action or a
    suspension without scope and target."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if action in ("suspend", "lift") and (scope is None or not target):
        raise ValueError(f"{action} needs a scope (tenant or key) and a target")
    body: dict[str, Any] = {
        "format": FORMAT,
        "action": action,
        "scope": scope,
        "target": target,
        "reason": reason,
        "nonce": secrets.token_hex(16),
        "issued_at": format_time(now),
        "key_id": key.key_id,
    }
    body["signature"] = base64.b64encode(key.sign(_message(body))).decode()
    return body


def verify_command(
    body: object, trust: TrustStore, now: datetime, *, action: str | None = None
) -> Command:
    """The command in ``body`` if it is well formed, signed by a trusted key valid now, issued
    within MAX_AGE of ``now`` and (when given) of the expected ``action``. Raises
    CommandError. Whether the nonce was used before is for the caller's store to say."""
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise CommandError(f"not a provider command (format {FORMAT!r})")
    unsigned = {k: v for k, v in body.items() if k != "signature"}
    expected = {"format", "action", "scope", "target", "reason", "nonce", "issued_at", "key_id"}
    if set(unsigned) != expected:
        raise CommandError(f"a command has exactly the members {sorted(expected)} and signature")
    got = body["action"]
    if got not in ACTIONS or (action is not None and got != action):
        raise CommandError(f"command action {got!r} is not {action or sorted(ACTIONS)!r} here")
    scope, target = body["scope"], body["target"]
    if got in ("suspend", "lift"):
        if scope not in ("tenant", "key") or not isinstance(target, str) or not target:
            raise CommandError(f"{got} needs scope tenant or key and a target")
    elif scope is not None or target is not None:
        raise CommandError(f"{got} takes no scope or target")
    nonce, reason, key_id = body["nonce"], body["reason"], body["key_id"]
    if not isinstance(nonce, str) or not 16 <= len(nonce) <= 64:
        raise CommandError("nonce must be 16 to 64 characters")
    if not isinstance(reason, str) or len(reason) > 500:
        raise CommandError("reason must be text of at most 500 characters")
    try:
        issued_at = parse_time(body["issued_at"], "issued_at")
    except KeyFileError as exc:
        raise CommandError(str(exc)) from exc
    if abs(now - issued_at) > MAX_AGE:
        raise CommandError(
            f"command issued at {format_time(issued_at)} is not within {MAX_AGE} of now "
            f"({format_time(now)}): sign a fresh one"
        )
    key = trust.find(key_id) if isinstance(key_id, str) else None
    if key is None:
        raise CommandError(f"command signed by key {key_id!r}, which is not trusted")
    if not key.valid_at(now):
        raise CommandError(f"key {key.key_id!r} is valid {key.window()}, not now")
    try:
        signature = base64.b64decode(str(body.get("signature")), validate=True)
    except ValueError as exc:
        raise CommandError("signature is not base64") from exc
    if not key.verifies(signature, _message(unsigned)):
        raise CommandError(f"the command's signature does not verify with key {key.key_id!r}")
    return Command(got, scope, target, reason, nonce, issued_at, key.key_id)
