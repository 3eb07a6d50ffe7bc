"""The review flow through the real gateway: hold -> review item -> approval by a cleared
reviewer over the JSON API -> exactly one retry goes through (openai client)."""

from __future__ import annotations

import concurrent.futures

import httpx
import openai
import pytest

from gateway.layers import GREY, PHRASE, PhraseLayer
from redline.policy import load_policy
from redline.review.clearance import Role
from review.accounts import PASSWORD, add_reviewer, add_tenant

MESSAGES = [{"role": "user", "content": f"Please handle this {GREY} about one applicant."}]


def _gateway(make_gateway, **policy_review):
    policy = load_policy()
    if policy_review:
        policy = policy.model_copy(
            update={"review": policy.review.model_copy(update=policy_review)}
        )
    return make_gateway(layers=[PhraseLayer()], policy=policy, review_cookie_secure=False)


def _held(gw, key=None, messages=MESSAGES, review_id=None):
    headers = {"Authorization": f"Bearer {key or gw.key}"}
    if review_id:
        headers["Redline-Review"] = review_id
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers=headers,
        json={"model": "echo-1", "messages": messages},
        timeout=20,
    )


def _login(gw, username, password=PASSWORD):
    r = httpx.post(
        f"{gw.url}/api/review/session", json={"username": username, "password": password}
    )
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_hold_gives_review_id_and_approved_retry_passes_exactly_once(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "rita")
    first = _held(gw)
    assert first.status_code == 403
    body = first.json()
    assert body["error"]["type"] == "review_required"
    review_id = body["redline"]["review_id"]
    assert review_id.startswith("rvw_")
    assert f"Redline-Review: {review_id}" in body["error"]["message"]
    # A retry before the decision gets the same item, not a new one.
    assert _held(gw, review_id=review_id).json()["redline"]["review_id"] == review_id

    auth = _login(gw, "rita")
    queue = httpx.get(f"{gw.url}/api/review/items", headers=auth).json()["items"]
    assert [i["id"] for i in queue] == [review_id]
    item = httpx.get(f"{gw.url}/api/review/items/{review_id}", headers=auth).json()
    assert GREY in item["content"]
    assert item["clause"]["id"] == "AUP-RL-3"
    no_reason = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=auth, json={"reason": " "}
    )
    assert no_reason.status_code == 400
    assert no_reason.json()["error"]["code"] == "reason_required"
    ok = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve",
        headers=auth,
        json={"reason": "named human caseworker decides; summary only"},
    )
    assert ok.status_code == 200 and ok.json()["status"] == "approved"

    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    answer = client.chat.completions.create(
        model="echo-1", messages=MESSAGES, extra_headers={"Redline-Review": review_id}
    )
    assert answer.choices[0].message.content
    with pytest.raises(openai.PermissionDeniedError) as again:
        client.chat.completions.create(
            model="echo-1", messages=MESSAGES, extra_headers={"Redline-Review": review_id}
        )
    assert again.value.body["type"] == "review_required"  # type: ignore[index]
    actions = httpx.get(f"{gw.url}/api/review/items/{review_id}/actions", headers=auth).json()
    kinds = [a["action"] for a in actions["actions"]]
    assert kinds.count("consume") == 1 and "approve" in kinds and "open" in kinds
    assert all(a["log_index"] is not None for a in actions["actions"])


def test_approval_binds_to_the_request_hash_and_tenant(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "rita")
    review_id = _held(gw).json()["redline"]["review_id"]
    auth = _login(gw, "rita")
    httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=auth, json={"reason": "ok"}
    ).raise_for_status()
    other = [{"role": "user", "content": f"Another {GREY} with different words."}]
    assert _held(gw, messages=other, review_id=review_id).status_code == 403
    other_tenant = add_tenant(gw.settings.db_url, "bravo")
    assert _held(gw, key=other_tenant, review_id=review_id).status_code == 403
    # Still unused: the right request and tenant go through.
    assert _held(gw, review_id=review_id).status_code == 200


def test_a_block_is_never_released_by_an_approval(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "rita")
    mixed = [{"role": "user", "content": f"{GREY}; also {PHRASE}"}]
    r = _held(gw, messages=mixed)
    assert r.status_code == 403 and r.json()["error"]["type"] == "red_line_violation"
    assert "review_id" not in r.json()["redline"]
    review_id = _held(gw).json()["redline"]["review_id"]
    auth = _login(gw, "rita")
    httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=auth, json={"reason": "ok"}
    ).raise_for_status()
    blocked = _held(gw, messages=mixed, review_id=review_id)
    assert blocked.json()["error"]["type"] == "red_line_violation"
    assert _held(gw, review_id=review_id).status_code == 200  # the approval was not used up


def test_concurrent_retries_pass_once(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "rita")
    review_id = _held(gw).json()["redline"]["review_id"]
    auth = _login(gw, "rita")
    httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=auth, json={"reason": "ok"}
    ).raise_for_status()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda _: _held(gw, review_id=review_id).status_code, range(8)))
    assert sorted(codes) == [200] + [403] * 7


def test_two_person_rule_and_no_self_review(make_gateway):
    gw = _gateway(make_gateway, two_person=("high_stakes_automated_decisions",))
    add_reviewer(gw.settings.db_url, "rita")
    add_reviewer(gw.settings.db_url, "sam", role=Role.SUPERVISOR)
    add_reviewer(gw.settings.db_url, "insider", tenant="acme")
    review_id = _held(gw).json()["redline"]["review_id"]
    insider = _login(gw, "insider")
    assert httpx.get(f"{gw.url}/api/review/items", headers=insider).json()["items"] == []
    r = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=insider, json={"reason": "x"}
    )
    assert r.status_code == 404
    rita = _login(gw, "rita")
    first = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=rita, json={"reason": "ok"}
    ).json()
    assert first["status"] == "pending" and first["approvals"] == 1
    assert _held(gw, review_id=review_id).status_code == 403  # one approval is not enough
    twice = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=rita, json={"reason": "ok"}
    )
    assert twice.status_code == 409 and twice.json()["error"]["code"] == "already_approved"
    sam = _login(gw, "sam")
    second = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=sam, json={"reason": "ok too"}
    ).json()
    assert second["status"] == "approved" and second["approvals"] == 2


def test_operator_cannot_review_own_request(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "olga")
    r = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}", "Redline-Operator": "olga"},
        json={"model": "echo-1", "messages": MESSAGES},
    )
    review_id = r.json()["redline"]["review_id"]
    olga = _login(gw, "olga")
    assert httpx.get(f"{gw.url}/api/review/items", headers=olga).json()["items"] == []
    assert httpx.get(f"{gw.url}/api/review/items/{review_id}", headers=olga).status_code == 404


def test_clearance_and_compartments_limit_what_is_seen(make_gateway):
    gw = _gateway(make_gateway)
    secret_key = add_tenant(gw.settings.db_url, "sigint", "SECRET", ("SI",))
    ts_key = add_tenant(gw.settings.db_url, "bluefin", "TOP SECRET")
    add_reviewer(gw.settings.db_url, "cui", clearance="CUI")
    add_reviewer(gw.settings.db_url, "s_no_si", clearance="SECRET")
    add_reviewer(gw.settings.db_url, "ts_si", clearance="TOP SECRET", compartments=("SI",))
    plain = _held(gw).json()["redline"]["review_id"]
    si = _held(gw, key=secret_key).json()["redline"]["review_id"]
    ts = _held(gw, key=ts_key).json()["redline"]["review_id"]

    def seen(user):
        auth = _login(gw, user)
        items = httpx.get(f"{gw.url}/api/review/items", headers=auth).json()["items"]
        return {i["id"] for i in items}

    assert seen("cui") == {plain}
    assert seen("s_no_si") == {plain}
    assert seen("ts_si") == {plain, si, ts}


def test_roles_and_csrf(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "audrey", role=Role.AUDITOR)
    add_reviewer(gw.settings.db_url, "rita")
    review_id = _held(gw).json()["redline"]["review_id"]
    audrey = _login(gw, "audrey")
    r = httpx.post(
        f"{gw.url}/api/review/items/{review_id}/approve", headers=audrey, json={"reason": "ok"}
    )
    assert r.status_code == 403 and r.json()["error"]["type"] == "review_error"
    decisions = httpx.get(f"{gw.url}/api/review/decisions", headers=audrey).json()["decisions"]
    assert decisions and decisions[0]["log_index"] is not None
    rita = _login(gw, "rita")
    assert httpx.get(f"{gw.url}/api/review/decisions", headers=rita).status_code == 403
    # With the cookie (as a browser), a change needs the CSRF token.
    with httpx.Client(base_url=gw.url) as browser:
        signed = browser.post(
            "/api/review/session", json={"username": "rita", "password": PASSWORD}
        )
        csrf = signed.json()["csrf_token"]
        assert "redline_review" in browser.cookies
        path = f"/api/review/items/{review_id}/comments"
        assert browser.post(path, json={"text": "hm"}).status_code == 403
        with_token = browser.post(path, json={"text": "hm"}, headers={"X-CSRF-Token": csrf})
        assert with_token.status_code == 201


def test_login_is_throttled(make_gateway):
    gw = _gateway(make_gateway)
    add_reviewer(gw.settings.db_url, "rita")
    codes = []
    for _ in range(6):
        r = httpx.post(
            f"{gw.url}/api/review/session", json={"username": "rita", "password": "wrong password"}
        )
        codes.append(r.status_code)
    assert codes[:5] == [401] * 5 and codes[5] == 429
    r = httpx.post(f"{gw.url}/api/review/session", json={"username": "rita", "password": PASSWORD})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0


def test_not_signed_in(make_gateway):
    gw = _gateway(make_gateway)
    r = httpx.get(f"{gw.url}/api/review/items")
    assert r.status_code == 401 and r.json()["error"]["code"] == "not_signed_in"
    r = httpx.get(f"{gw.url}/api/review/items", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
