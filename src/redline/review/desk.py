"""The review desk: everything the console and the JSON API need, built once at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from redline.audit.log import AuditLog
from redline.policy.model import Policy
from redline.review.auth import Gatekeeper
from redline.review.service import ReviewService
from redline.review.sessions import CookieSigner, load_or_create_secret
from redline.review.store import ReviewStore
from redline.settings import Settings
from redline.store import Store

__all__ = ["Desk", "open_desk"]


@dataclass(frozen=True, slots=True)
class Desk:
    service: ReviewService
    gatekeeper: Gatekeeper
    audit: AuditLog
    policy: Callable[[], Policy]


def open_desk(
    store: Store,
    settings: Settings,
    policy: Callable[[], Policy],
    audit: AuditLog,
    on_append: Callable[[int], None] | None = None,
) -> Desk:
    """The desk over ``store``. Raises OSError or ValueError if the cookie secret
    (``settings.review_secret_path``) cannot be read or created safely."""
    reviews = ReviewStore(store, on_append=on_append)
    signer = CookieSigner(load_or_create_secret(settings.review_secret_path))
    gatekeeper = Gatekeeper(
        reviews,
        signer,
        secure_cookie=settings.review_cookie_secure,
        ttl_s=settings.review_session_ttl_s,
    )
    service = ReviewService(reviews, lambda: policy().review)
    return Desk(service, gatekeeper, audit, policy)
