"""Console pages over HTTP without a browser: sign-in CSRF, security headers, the auditor's
inclusion proof, sign-out, and htmx served by the gateway itself."""

from __future__ import annotations

import contextlib
import re

import httpx

from gateway.layers import GREY, PhraseLayer
from redline.review.clearance import Role
from review.accounts import PASSWORD, add_reviewer


@contextlib.contextmanager
def _signed_in(gw, username):
    with httpx.Client(base_url=gw.url, follow_redirects=False) as client:
        yield _sign_in(client, username)


def _sign_in(client, username):
    page = client.get("/console/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post(
        "/console/login",
        data={
            "username": username,
            "password": PASSWORD,
            "csrf_token": csrf,
            "next": "/console/history",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == "/console/history"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    return client


def test_sign_in_needs_the_form_token_and_pages_are_locked_down(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()], review_cookie_secure=False)
    add_reviewer(gw.settings.db_url, "rita")
    bare = httpx.post(f"{gw.url}/console/login", data={"username": "rita", "password": PASSWORD})
    assert bare.status_code == 400 and "expired" in bare.text
    with httpx.Client(base_url=gw.url) as wrong:
        wrong.get("/console/login")
        token = wrong.cookies.get("redline_login_csrf")
        r = wrong.post(
            "/console/login",
            data={"username": "rita", "password": "nope nope nope", "csrf_token": token},
        )
    assert r.status_code == 401 and "wrong username or password" in r.text
    with _signed_in(gw, "rita") as client:
        page = client.get("/console/queue")
        js = client.get("/console/static/htmx.min.js")
    assert page.status_code == 200
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"
    # Every form control has a label.
    ids = set(re.findall(r'<(?:input|select|textarea)[^>]* id="([^"]+)"', page.text))
    labelled = set(re.findall(r'<label for="([^"]+)"', page.text))
    assert ids and ids <= labelled
    assert js.status_code == 200 and "htmx" in js.text[:2000]
    assert "javascript" in js.headers["content-type"]
    assert "/console/static/htmx.min.js" in page.text and "//unpkg" not in page.text


def test_cookie_secure_by_default(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    add_reviewer(gw.settings.db_url, "rita")
    r = httpx.post(f"{gw.url}/api/review/session", json={"username": "rita", "password": PASSWORD})
    assert "Secure" in r.headers["set-cookie"]


def test_actions_need_csrf_and_auditor_sees_a_verified_proof(make_gateway):
    gw = make_gateway(
        layers=[PhraseLayer()], review_cookie_secure=False, audit_checkpoint_interval_s=0.2
    )
    add_reviewer(gw.settings.db_url, "rita")
    add_reviewer(gw.settings.db_url, "audrey", role=Role.AUDITOR)
    held = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": GREY}]},
    ).json()["redline"]
    review_id, decision_id = held["review_id"], held["decision_id"]
    with _signed_in(gw, "rita") as rita:
        _rita_denies(rita, review_id)
    with _signed_in(gw, "audrey") as audrey:
        _audrey_proves(gw, audrey, decision_id)


def _rita_denies(rita, review_id):
    forged = rita.post(f"/console/items/{review_id}/deny", data={"reason": "no"})
    assert forged.status_code == 403 and "CSRF" in forged.text
    item = rita.get(f"/console/items/{review_id}")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', item.text).group(1)
    empty = rita.post(f"/console/items/{review_id}/deny", data={"reason": " ", "csrf_token": csrf})
    assert empty.status_code == 400 and "reason is required" in empty.text
    ok = rita.post(f"/console/items/{review_id}/deny", data={"reason": "no", "csrf_token": csrf})
    assert ok.status_code == 303
    assert rita.get("/console/audit").status_code == 403


def _audrey_proves(gw, audrey, decision_id):
    audit = audrey.get("/console/audit")
    assert decision_id in audit.text
    import time

    time.sleep(0.6)  # a checkpoint covers the entry within the interval
    proof = audrey.get(f"/console/audit/proof/{decision_id}")
    assert proof.status_code == 200 and "Verified" in proof.text
    api = httpx.post(
        f"{gw.url}/api/review/session", json={"username": "audrey", "password": PASSWORD}
    ).json()
    found = httpx.get(
        f"{gw.url}/api/review/proof/{decision_id}",
        headers={"Authorization": f"Bearer {api['token']}"},
    ).json()
    assert found["verified"] is True and found["entry"]["id"] == decision_id
    out = audrey.post(
        "/console/logout",
        data={"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', audit.text).group(1)},
    )
    assert out.status_code == 303
    assert audrey.get("/console/queue").headers["location"].startswith("/console/login")
