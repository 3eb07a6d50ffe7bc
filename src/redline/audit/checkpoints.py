"""Checkpointer: signs checkpoints of the audit log in the background.

A checkpoint is made when the log has grown by ``every`` entries since the last one (the
decision writer reports each commit through ``notify``), and otherwise ``interval_s``
seconds after the log grew: so every entry is covered by a signed checkpoint within about
``interval_s`` seconds of being appended. One is also made at start (covering whatever was
appended before a crash) and at close. Signing happens on the checkpointer's own thread,
never on the request path.
"""

from __future__ import annotations

import logging
import threading

from redline.audit.log import AuditLog
from redline.audit.note import Signer, load_or_create_signer
from redline.settings import Settings
from redline.store import StoreError

__all__ = ["Checkpointer", "audit_signer"]

logger = logging.getLogger(__name__)


def audit_signer(settings: Settings) -> Signer:
    """The checkpoint signer of this deployment, named after the log's origin.

    The key lives at ``settings.audit_key_path``; it is created (mode 0600) the first time.
    Raises NoteError for a key file that is unsafe, malformed or for another origin, and
    OSError if it cannot be read or created.
    """
    return load_or_create_signer(settings.audit_key_path, settings.audit_origin)


class Checkpointer:
    """Makes checkpoints of ``log`` every ``every`` entries or ``interval_s`` seconds.

    Lifecycle: ``start()`` once (makes a checkpoint before returning), ``notify(size)`` after
    each commit from any thread, ``close()`` once (makes a final checkpoint). A failure to
    make a checkpoint is logged and retried at the next occasion; it never reaches the
    request path.
    """

    def __init__(self, log: AuditLog, *, every: int, interval_s: float) -> None:
        if every < 1 or interval_s <= 0:
            raise ValueError("every must be at least 1 and interval_s positive")
        self._log = log
        self._every = every
        self._interval_s = interval_s
        self._wake = threading.Event()
        self._stopping = False
        self._signed_size = -1  # size of the last checkpoint this process knows of
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Make a checkpoint of the log as it is, then start the background thread.

        Raises StoreError (StoreUnavailable, LogInconsistent) if that first checkpoint
        cannot be made: a gateway should not start on a log it cannot vouch for.
        """
        if self._thread is not None:
            raise RuntimeError("Checkpointer.start() called twice")
        self._signed_size = self._log.make_checkpoint().size
        self._thread = threading.Thread(target=self._run, name="redline-checkpointer", daemon=True)
        self._thread.start()

    def notify(self, size: int) -> None:
        """The log has reached ``size`` entries. Cheap; safe from any thread."""
        if size - self._signed_size >= self._every:
            self._wake.set()

    def close(self) -> None:
        """Stop the thread after a final checkpoint. Idempotent; blocks until done."""
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait(self._interval_s)
            self._wake.clear()
            self._checkpoint()
        self._checkpoint()

    def _checkpoint(self) -> None:
        try:
            if self._log.size() > self._signed_size:
                self._signed_size = self._log.make_checkpoint().size
        except StoreError:
            logger.exception("could not make a checkpoint of the audit log")
