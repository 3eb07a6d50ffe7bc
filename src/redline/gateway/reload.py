"""The running policy: loaded verified at start, reloaded on SIGHUP or a signed admin command.

A reload reads the policy and its signature from disk again and verifies them against the
trust file (read again too, so a rotated key takes effect). If anything fails, the running
policy stays, the failure is logged, and an audit-log entry records the refusal. Every start
with a policy whose digest differs from the last recorded one, and every accepted reload, is
a ``policy_change`` entry in the audit log.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redline.audit.entries import event_entry
from redline.gateway.guard import Guard
from redline.policy.bundle import PolicySource, SignedPolicy
from redline.policy.keys import format_time
from redline.policy.load import PolicyError
from redline.store import Store

__all__ = ["PolicyKeeper", "ReloadOutcome"]

log = logging.getLogger("redline.gateway")


@dataclass(frozen=True, slots=True)
class ReloadOutcome:
    """What a reload did: ``accepted``, the policy now running, the error if refused, and the
    log index of its audit entry."""

    accepted: bool
    version: str
    digest: str | None
    log_index: int
    error: str | None = None


class PolicyKeeper:
    """Owns ``guard.policy``. ``on_change`` runs after each accepted swap."""

    def __init__(
        self,
        guard: Guard,
        store: Store,
        source: PolicySource,
        signed: SignedPolicy | None,
        on_change: Callable[[], None],
    ) -> None:
        self._guard = guard
        self._store = store
        self._source = source
        self._signed = signed
        self._on_change = on_change
        self._lock = asyncio.Lock()

    @property
    def source(self) -> PolicySource:
        return self._source

    def describe(self) -> dict[str, Any]:
        policy = self._guard.policy
        out: dict[str, Any] = {"version": policy.version, "digest": policy.digest}
        if self._signed is not None:
            sig = self._signed.signature
            out |= {
                "key_id": sig.key_id,
                "signed_at": format_time(sig.signed_at),
                "path": str(self._signed.path),
            }
        return out

    def record_start(self) -> None:
        """Log a ``policy_change`` entry if the deployment last ran another policy. Sync (at
        start-up). Raises StoreError."""
        policy = self._guard.policy
        last = self._store.provider.last_policy_digest()
        if policy.digest is not None and last == policy.digest:
            return
        fields = {"event": "start", "previous_digest": last, **self._fields()}
        self._store.append_entries([event_entry("policy_change", _ref("pol"), fields)])
        log.info("policy %s recorded in the audit log (was %s)", policy.reference, last)

    def _fields(self) -> dict[str, Any]:
        info = self.describe()
        return {
            "version": info["version"],
            "digest": info["digest"],
            "key_id": info.get("key_id"),
            "signed_at": info.get("signed_at"),
            "path": info.get("path"),
        }

    async def reload(self, trigger: str, command: dict[str, Any] | None = None) -> ReloadOutcome:
        """Load the policy again; swap it in if it verifies. Never raises for a bad policy
        (the outcome says so); raises StoreError if the audit entry cannot be written."""
        async with self._lock:
            previous = self._guard.policy
            notes: list[str] = []
            try:
                signed = await asyncio.to_thread(self._source.load, datetime.now(UTC), notes.append)
            except (PolicyError, OSError) as exc:
                log.error("policy reload (%s) refused, running policy stays: %s", trigger, exc)
                fields = {
                    "event": "reload_refused",
                    "trigger": trigger,
                    "error": str(exc),
                    "running_digest": previous.digest,
                    "command": command,
                }
                entry = event_entry("policy_change", _ref("prf"), fields)
                [index] = await asyncio.to_thread(self._store.append_entries, [entry])
                return ReloadOutcome(False, previous.version, previous.digest, index, str(exc))
            for note in notes:
                log.warning("%s", note)
            self._signed = signed
            self._guard.policy = signed.policy
            self._on_change()
            fields = {
                "event": "reload",
                "trigger": trigger,
                "previous_digest": previous.digest,
                "command": command,
                **self._fields(),
            }
            entry = event_entry("policy_change", _ref("pol"), fields)
            [index] = await asyncio.to_thread(self._store.append_entries, [entry])
            log.info(
                "policy reloaded (%s): %s -> %s",
                trigger,
                previous.reference,
                signed.policy.reference,
            )
            return ReloadOutcome(True, signed.policy.version, signed.policy.digest, index)


def _ref(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"
