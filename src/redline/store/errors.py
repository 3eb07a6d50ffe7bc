"""The store's errors: every failure a caller of ``redline.store`` has to handle.

    StoreError                  base class; never raised itself
     +-- TenantExists           add_tenant() with a name already taken
     +-- UnknownTenant          a tenant name that does not exist
     +-- UnknownKey             a key id that does not exist
     +-- NonceReused            a provider command whose nonce was already used (replay)
     +-- StoreUnavailable       the database failed (unreachable, locked, full, corrupt,
     |                          schema missing...) or the decision writer is not running;
     |                          the original exception is chained as ``__cause__``
     +-- LogInconsistent        the stored audit log contradicts itself (a tree node that
                                must exist is missing, two checkpoints of one size differ):
                                its tables were altered outside Redline

The gateway maps StoreUnavailable to 503 and fails closed: a decision that could not be
recorded is never acted on (a LogInconsistent raised while appending reaches the gateway as
StoreUnavailable, with the LogInconsistent as its cause). The other errors are the caller's
mistake and map to 4xx or to a CLI message.
"""

from __future__ import annotations

__all__ = [
    "LogInconsistent",
    "NonceReused",
    "StoreError",
    "StoreUnavailable",
    "TenantExists",
    "UnknownKey",
    "UnknownTenant",
]


class StoreError(Exception):
    """Base class of every error raised by ``redline.store``."""


class TenantExists(StoreError):
    """A tenant with this name already exists."""

    def __init__(self, name: str) -> None:
        super().__init__(f"tenant {name!r} already exists")
        self.name = name


class UnknownTenant(StoreError):
    """No tenant has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no tenant named {name!r}")
        self.name = name


class UnknownKey(StoreError):
    """No API key has this id."""

    def __init__(self, key_id: str) -> None:
        super().__init__(f"no API key with id {key_id!r}")
        self.key_id = key_id


class StoreUnavailable(StoreError):
    """The database could not complete the operation.

    The operation must be treated as not done. (A lost connection during COMMIT can leave it
    done without the store knowing; a decision id is unique, so nothing is recorded twice.)
    """


class LogInconsistent(StoreError):
    """The stored audit log contradicts itself.

    A tree node or entry that must exist is missing, or a stored checkpoint of some size has
    another root than the tree of that size. Its tables were altered outside Redline, or the
    database is corrupt; nothing more is appended until an operator looks.
    """


class NonceReused(StoreError):
    """A provider command's nonce was used before: the command is a replay."""

    def __init__(self, nonce: str) -> None:
        super().__init__(f"command nonce {nonce!r} was already used")
        self.nonce = nonce
