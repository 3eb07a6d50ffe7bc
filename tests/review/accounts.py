"""Reviewer accounts and classified tenants for review tests, made in a gateway's store."""

from __future__ import annotations

from datetime import UTC, datetime

from redline.review.clearance import Clearance, Level, Role, compartments_of
from redline.review.passwords import hash_password
from redline.review.service import ReviewService, new_id
from redline.review.store import Reviewer, ReviewStore
from redline.store import Store

PASSWORD = "correct horse battery"


def add_reviewer(
    db_url: str,
    username: str,
    *,
    role: Role = Role.REVIEWER,
    clearance: str = "SECRET",
    compartments: tuple[str, ...] = (),
    tenant: str | None = None,
    password: str = PASSWORD,
) -> Reviewer:
    with Store.open(db_url) as store:
        reviews = ReviewStore(store)
        service = ReviewService(reviews, lambda: None)  # type: ignore[arg-type,return-value]
        account = Reviewer(
            new_id("rev"),
            username,
            username.title(),
            role,
            Clearance(Level.parse(clearance), compartments_of(compartments)),
            None,
            datetime.now(UTC),
            None,
        )
        return reviews.add_reviewer(
            reviewer=account,
            password_hash=hash_password(password),
            tenant_name=tenant,
            entry=lambda r: service.account_entry("created", {"reviewer_id": r.id}),
        )


def add_tenant(
    db_url: str, name: str, classification: str = "UNCLASSIFIED", compartments: tuple[str, ...] = ()
) -> str:
    """Create (or reclassify) a tenant; return a new API key for it."""
    with Store.open(db_url) as store:
        if store.get_tenant(name) is None:
            store.add_tenant(name)
        _, secret = store.add_key(name)
        reviews = ReviewStore(store)
        service = ReviewService(reviews, lambda: None)  # type: ignore[arg-type,return-value]
        marking = Clearance(Level.parse(classification), compartments_of(compartments))
        reviews.classify_tenant(name, marking, service.account_entry("classified", {"t": name}))
    return secret
