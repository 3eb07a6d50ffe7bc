"""Errors of the review queue, console and API: one tree, one table to HTTP.

::

    ReviewError                status  code
    ├── NotSignedIn            401     not_signed_in, bad_credentials
    ├── TooManyAttempts        429     too_many_attempts
    ├── NotAllowed             403     forbidden, csrf_failed, conflict_of_interest,
    │                                  not_cleared
    ├── ItemNotFound           404     not_found
    ├── RuleBroken             409     not_pending, already_approved, stale
    └── BadInput               400     reason_required, reason_too_long, invalid_value

The JSON API answers them in the gateway's OpenAI-shaped error format (type
``review_error``); the console shows the message on the page.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "BadInput",
    "ItemNotFound",
    "NotAllowed",
    "NotSignedIn",
    "ReviewError",
    "RuleBroken",
    "TooManyAttempts",
]


class ReviewError(Exception):
    status: ClassVar[int] = 400

    def __init__(self, message: str, *, code: str, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.retry_after_s = retry_after_s


class NotSignedIn(ReviewError):
    status = 401


class TooManyAttempts(ReviewError):
    status = 429


class NotAllowed(ReviewError):
    status = 403


class ItemNotFound(ReviewError):
    status = 404


class RuleBroken(ReviewError):
    status = 409


class BadInput(ReviewError):
    status = 400
