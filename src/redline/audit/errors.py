"""Errors of the audit log's edges (reading, proving, auditing).

::

    AuditError                  base class; never raised itself
     +-- OutOfRange             an index, tree size or decision id the log does not hold
     |                          (also a LookupError); the HTTP API answers 404
     +-- LogUnreachable         an auditor could not get an answer from the log's HTTP API
     |                          (network error, unexpected status, unreadable body)
     +-- VerificationFailed     an audit found the log, a proof or a checkpoint wrong;
                                ``index`` names the first bad entry where one can be named

Bad arguments (a negative index, ``from > to``) raise ValueError, answered with 400. The
core's own errors stay theirs: ``merkle.ProofError`` and ``note.NoteError`` (both
ValueErrors) from checking proofs and notes, and the store's ``StoreUnavailable`` and
``LogInconsistent`` from the database.
"""

from __future__ import annotations

__all__ = ["AuditError", "LogUnreachable", "OutOfRange", "VerificationFailed"]


class AuditError(Exception):
    """Base class of the errors raised by the audit log's edges."""


class OutOfRange(AuditError, LookupError):
    """The log does not hold that index, tree size, decision id or checkpoint (yet)."""


class LogUnreachable(AuditError):
    """The log's HTTP API did not answer as it should; nothing was concluded about the log."""


class VerificationFailed(AuditError):
    """An audit found something wrong. The message says what, naming the entry if it can.

    ``index`` is the first entry found bad, or None when the failure cannot be pinned on
    one entry (a bad signature, a log that shrank, a tree that only disagrees as a whole).
    """

    def __init__(self, message: str, *, index: int | None = None) -> None:
        super().__init__(message)
        self.index = index
