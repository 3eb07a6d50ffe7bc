"""The errors raised by :mod:`redline.local_model`::

    LocalModelError
    ├── LocalModelUnavailable   the 'local' extra is missing, or its GGUF is not where expected
    └── LocalModelStartError    the server process exited, or did not answer in time

The server itself raises none of these: it answers errors over HTTP (see
:mod:`redline.local_model.server`).
"""

from __future__ import annotations

__all__ = ["LocalModelError", "LocalModelStartError", "LocalModelUnavailable"]


class LocalModelError(Exception):
    """Base of the errors raised by this package."""


class LocalModelUnavailable(LocalModelError):
    """The embedded model cannot run here. The message says what to install."""


class LocalModelStartError(LocalModelError):
    """The local model server exited or did not become ready. The message ends with its log."""
