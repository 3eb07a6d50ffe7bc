"""End to end: suspensions, authorities, minimisation and overlays through the real gateway
with the official openai client; provider commands on /admin."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import httpx
import openai
import pytest

from redline.detect.normalise import NormaliseLayer
from redline.detect.patterns import PatternsLayer
from redline.detect.rules import RulesLayer
from redline.policy.commands import sign_command
from redline.policy.keys import SigningKey
from redline.store import Store

NUMBERS = "\n".join(f"+1 (202) 555-{1000 + i * 37:04d}" for i in range(20))
CPU_LAYERS = [NormaliseLayer(), PatternsLayer(), RulesLayer()]


def client(gw: Any, key: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=key or gw.key, max_retries=0)


def ask(gw: Any, text: str, key: str | None = None, **headers: str) -> Any:
    with client(gw, key) as c:
        return c.chat.completions.with_raw_response.create(
            model="echo-1",
            messages=[{"role": "user", "content": text}],
            extra_headers=headers or None,
        )


def signer(gw: Any) -> SigningKey:
    return SigningKey.load(gw.settings.data_dir / "provider" / "provider.key")


def command(gw: Any, action: str, **kw: Any) -> dict[str, Any]:
    return sign_command(signer(gw), action, datetime.now(UTC), **kw)


def admin(gw: Any, path: str, body: Any) -> httpx.Response:
    return httpx.post(f"{gw.url}/admin{path}", json=body, timeout=10)


def log_entries(gw: Any, kind: str) -> list[dict[str, Any]]:
    with Store.open(gw.settings.db_url) as store, store.log.reading() as connection:
        from sqlalchemy import select

        from redline.store.schema import log_entries as table

        rows = connection.execute(select(table.c.body).where(table.c.kind == kind)).all()
    return [json.loads(row.body) for row in rows]


def test_suspension_by_signed_command_then_lift(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    assert ask(gw, "Summarise fleet maintenance.").http_response.status_code == 200
    suspend = command(gw, "suspend", scope="tenant", target="acme", reason="contract review")
    answer = admin(gw, "/suspensions", suspend)
    assert answer.status_code == 200, answer.text
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gw, "Summarise fleet maintenance.")
    error = caught.value.body
    assert caught.value.status_code == 403
    assert error["type"] == "access_suspended" and error["code"] == "tenant_suspended"
    # The same signed command again is a replay.
    again = admin(gw, "/suspensions", suspend)
    assert again.status_code == 409 and again.json()["error"]["code"] == "command_replayed"
    lifted = admin(gw, "/suspensions/lift", command(gw, "lift", scope="tenant", target="acme"))
    assert lifted.status_code == 200 and len(lifted.json()["lifted"]) == 1
    assert ask(gw, "Summarise fleet maintenance.").http_response.status_code == 200
    events = [e["event"] for e in log_entries(gw, "suspension")]
    assert events == ["suspend", "lift"]


def test_single_key_suspension_leaves_other_keys(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    with Store.open(gw.settings.db_url) as store:
        other, other_secret = store.add_key("acme")
    answer = admin(gw, "/suspensions", command(gw, "suspend", scope="key", target=other.key_id))
    assert answer.status_code == 200
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gw, "hello", key=other_secret)
    assert caught.value.body["code"] == "key_suspended"
    assert ask(gw, "hello").http_response.status_code == 200


def test_admin_refuses_unsigned_altered_and_tenant_authenticated_commands(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    body = command(gw, "suspend", scope="tenant", target="acme")
    altered = body | {"reason": "changed"}
    assert admin(gw, "/suspensions", altered).status_code == 401
    stranger = sign_command(
        SigningKey.generate("local-provider"),
        "suspend",
        datetime.now(UTC),
        scope="tenant",
        target="acme",
    )
    refused = admin(gw, "/suspensions", stranger)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_command"
    with_key = httpx.post(
        f"{gw.url}/admin/suspensions", json={}, headers={"Authorization": f"Bearer {gw.key}"}
    )
    assert with_key.status_code == 401
    # A lift signed for /lift is not a suspension.
    lift = command(gw, "lift", scope="tenant", target="acme")
    assert admin(gw, "/suspensions", lift).status_code == 401
    unknown = command(gw, "suspend", scope="tenant", target="nobody")
    assert admin(gw, "/suspensions", unknown).json()["error"]["code"] == "unknown_target"
    assert ask(gw, "hello").http_response.status_code == 200


def test_declared_authority_must_be_registered(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gw, "Brief on the port logistics.", **{"Redline-Authority": "Title 10"})
    assert caught.value.body["type"] == "authority_not_permitted"
    with Store.open(gw.settings.db_url) as store:
        store.provider.set_authorities("acme", frozenset({"Title 10", "EO 12333"}))
    time.sleep(0.6)  # replicas pick changes up within the poll interval
    raw = ask(
        gw,
        "Brief on the port logistics.",
        **{"Redline-Authority": "title 10", "Redline-Purpose": "logistics planning"},
    )
    with Store.open(gw.settings.db_url) as store:
        record = store.get_decision(raw.headers["redline-decision-id"])
    assert record is not None
    assert record.context == {"authority": "Title 10", "purpose": "logistics planning"}
    assert "@sha256:" in record.policy_version
    with pytest.raises(openai.PermissionDeniedError):
        ask(gw, "Brief on the port logistics.", **{"Redline-Authority": "FISA s.702"})


def test_eo_12333_batch_of_us_phone_numbers_is_held(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    with Store.open(gw.settings.db_url) as store:
        store.provider.set_authorities("acme", frozenset({"EO 12333"}))
    time.sleep(0.6)
    text = f"Summarise the calling pattern in this intercept list:\n{NUMBERS}"
    assert ask(gw, text).http_response.status_code == 200  # no authority: nothing to minimise
    headers = {"Redline-Authority": "EO 12333", "Redline-Purpose": "foreign intelligence"}
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gw, text, **headers)
    assert caught.value.body["type"] == "review_required"
    info = caught.value.response.json()["redline"]
    assert info["red_line"] == "mass_domestic_surveillance"
    assert any(f["kind"] == "minimisation.us_person" for f in info["findings"])
    with Store.open(gw.settings.db_url) as store:
        record = store.get_decision(info["decision_id"])
    assert record is not None and record.action == "hold"
    assert record.context == {"authority": "EO 12333", "purpose": "foreign intelligence"}
    # No authority unlocks a red line: the same numbers with a linkage ask are blocked.
    linkage = f"Identify the owners of these numbers and track where they live:\n{NUMBERS}"
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gw, linkage, **headers)
    assert caught.value.body["type"] == "red_line_violation"


def test_tenant_overlay_tightens_on_the_request_path(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    text = f"Summarise the calling pattern in this list:\n{NUMBERS}"  # bulk identifiers: 0.3
    assert ask(gw, text).http_response.status_code == 200
    overlay = "red_lines:\n  mass_domestic_surveillance: {hold_at: 0.25}\n"
    with Store.open(gw.settings.db_url) as store:
        store.provider.set_overlay("acme", overlay, "sha256:test")
    time.sleep(0.6)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(gw, text)
    info = caught.value.response.json()["redline"]
    assert info["decision"] == "hold" and "+overlay:sha256:" in info["policy_version"]


def test_policy_start_is_logged_once_per_digest(make_gateway):
    gw = make_gateway(layers=CPU_LAYERS)
    starts = log_entries(gw, "policy_change")
    assert [e["event"] for e in starts] == ["start"]
    assert starts[0]["digest"].startswith("sha256:") and starts[0]["key_id"] == "local-provider"
    public = httpx.get(f"{gw.url}/admin/policy").json()["policy"]
    assert public["digest"] == starts[0]["digest"]
