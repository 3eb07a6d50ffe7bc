"""Signing reviewers in and out, and finding the reviewer of a request.

Sessions travel in a signed cookie (``HttpOnly``, ``SameSite=Strict``, ``Secure`` unless
REDLINE_REVIEW_COOKIE_SECURE is off for plain-HTTP loopback tests, ``Path=/``), or, for the
JSON API used by other tools, as ``Authorization: Bearer <token>``. A request that changes
anything with the cookie must carry the session's CSRF token (form field ``csrf_token`` or
header ``X-CSRF-Token``); a bearer token is never sent by a browser on its own, so it needs
none. Failed sign-ins are throttled per username and per client address.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from starlette.requests import Request
from starlette.responses import Response

from redline.review.errors import NotAllowed, NotSignedIn, TooManyAttempts
from redline.review.passwords import verify_password
from redline.review.sessions import CookieSigner, new_token, token_sha256
from redline.review.store import Reviewer, ReviewStore
from redline.review.throttle import LoginThrottle

__all__ = ["COOKIE", "CSRF_FIELD", "CSRF_HEADER", "Gatekeeper", "Session"]

COOKIE = "redline_review"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True, slots=True)
class Session:
    reviewer: Reviewer
    token_sha256: str
    csrf_token: str
    by_cookie: bool


class Gatekeeper:
    """Sessions of one deployment. Methods are synchronous (database, argon2): call them
    from a worker thread."""

    def __init__(
        self,
        store: ReviewStore,
        signer: CookieSigner,
        *,
        secure_cookie: bool,
        ttl_s: float,
        by_user: LoginThrottle | None = None,
        by_address: LoginThrottle | None = None,
    ) -> None:
        self._store = store
        self._signer = signer
        self._secure = secure_cookie
        self._ttl = timedelta(seconds=ttl_s)
        self._by_user = by_user or LoginThrottle(max_failures=5)
        self._by_address = by_address or LoginThrottle(max_failures=30)

    @property
    def secure_cookie(self) -> bool:
        return self._secure

    def sign_in(self, username: str, password: str, address: str) -> tuple[Session, str]:
        """Check the credentials; return the new session and its token. Raises
        TooManyAttempts while the username or address is locked, NotSignedIn for wrong
        credentials or a disabled account (one message for all, so accounts cannot be
        probed)."""
        user_key = "user:" + username.strip().casefold()
        address_key = "addr:" + address
        wait = max(self._by_user.wait_s(user_key), self._by_address.wait_s(address_key))
        if wait > 0:
            raise TooManyAttempts(
                f"too many failed sign-ins; try again in {int(wait) + 1} s",
                code="too_many_attempts",
                retry_after_s=int(wait) + 1,
            )
        found = self._store.reviewer_login(username.strip())
        ok = verify_password(None if found is None else found[1], password)
        if found is None or not ok or not found[0].active:
            self._by_user.failed(user_key)
            self._by_address.failed(address_key)
            raise NotSignedIn("wrong username or password", code="bad_credentials")
        self._by_user.succeeded(user_key)
        reviewer = found[0]
        token = new_token()
        csrf = new_token()
        now = datetime.now(UTC)
        digest = token_sha256(token)
        self._store.add_session(digest, reviewer.id, csrf, now, now + self._ttl)
        return Session(reviewer, digest, csrf, by_cookie=True), token

    def sign_out(self, session: Session) -> None:
        self._store.end_session(session.token_sha256)

    def session(self, request: Request) -> Session | None:
        """The session of a request (bearer token first, then cookie), or None."""
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        by_cookie = False
        token: str | None = None
        if scheme.lower() == "bearer" and credential.strip():
            token = credential.strip()
        else:
            cookie = request.cookies.get(COOKIE)
            if cookie:
                token = self._signer.unsign(cookie)
                by_cookie = True
        if not token:
            return None
        digest = token_sha256(token)
        found = self._store.session(digest, datetime.now(UTC))
        if found is None:
            return None
        return Session(found[0], digest, found[1], by_cookie=by_cookie)

    def require(self, request: Request) -> Session:
        """The session, or NotSignedIn."""
        session = self.session(request)
        if session is None:
            raise NotSignedIn("sign in first", code="not_signed_in")
        return session

    @staticmethod
    def check_csrf(session: Session, supplied: str | None) -> None:
        """Raises NotAllowed unless a cookie session's change carries its CSRF token."""
        if not session.by_cookie:
            return
        if not supplied or not hmac.compare_digest(supplied, session.csrf_token):
            raise NotAllowed(
                "missing or wrong CSRF token; reload the page and try again", code="csrf_failed"
            )

    def set_cookie(self, response: Response, token: str) -> None:
        response.set_cookie(
            COOKIE,
            self._signer.sign(token),
            max_age=int(self._ttl.total_seconds()),
            path="/",
            secure=self._secure,
            httponly=True,
            samesite="strict",
        )

    def clear_cookie(self, response: Response) -> None:
        response.delete_cookie(
            COOKIE, path="/", secure=self._secure, httponly=True, samesite="strict"
        )
