"""The /audit HTTP API of a running gateway, and the log indexes on every screened answer."""

from __future__ import annotations

import base64
import time
from typing import Any

import httpx
import orjson
import pytest

from gateway.layers import PHRASE, PhraseLayer
from redline.audit.batch import MEDIA_TYPE, decode_entries
from redline.audit.checkpoints import audit_signer
from redline.audit.log import AuditLog
from redline.audit.merkle import leaf_hash, verify_consistency, verify_inclusion
from redline.audit.note import Checkpoint, Verifier, open_note
from redline.store import Store


def checkpoint_now(gw: Any) -> None:
    """What ``redline audit checkpoint --new --data-dir`` does, beside the running gateway."""
    with Store.open(gw.settings.db_url) as store:
        AuditLog(store, audit_signer(gw.settings), gw.settings.audit_origin).make_checkpoint()


def chat(gw: Any, text: str, **extra: Any) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": text}], **extra},
        timeout=30,
    )


def b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


# Index 0 of a fresh gateway's log: the policy_change entry of its start (issue 7).
START = 1


def entry_body(gw: Any, index: int) -> dict[str, Any]:
    answer = httpx.get(f"{gw.url}/audit/entries/{index}").json()
    body = b64(answer["entry"])
    assert b64(answer["leaf_hash"]) == leaf_hash(body)
    assert answer["index"] == index and answer["kind"] == "decision"
    decoded: dict[str, Any] = orjson.loads(body)
    return decoded


def test_answers_carry_log_indexes_of_their_decisions(make_gateway):
    gw = make_gateway()
    first = chat(gw, "Summarise the maintenance backlog.")
    second = chat(gw, "Plan a convoy refuel schedule.")
    assert first.status_code == second.status_code == 200
    indexes = [
        int(first.headers["redline-log-index"]),
        int(first.headers["redline-response-log-index"]),
        int(second.headers["redline-log-index"]),
        int(second.headers["redline-response-log-index"]),
    ]
    assert indexes == [START, START + 1, START + 2, START + 3]
    request = entry_body(gw, indexes[0])
    assert request["id"] == first.headers["redline-decision-id"]
    assert request["stage"] == "request" and request["v"] == 1
    assert "content" not in request and len(request["content_sha256"]) == 64
    response = entry_body(gw, indexes[1])
    assert response["id"] == first.headers["redline-response-decision-id"]
    assert response["parent_id"] == request["id"]


def test_stored_content_is_in_the_entry_when_switched_on(make_gateway):
    gw = make_gateway(store_content=True)
    answer = chat(gw, "Summarise the maintenance backlog.")
    entry = entry_body(gw, int(answer.headers["redline-log-index"]))
    assert entry["content"] == "Summarise the maintenance backlog."


def test_block_and_hold_carry_the_log_index(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    chat(gw, "hello")
    blocked = chat(gw, f"please {PHRASE}")
    assert blocked.status_code == 403
    index = blocked.json()["redline"]["log_index"]
    assert index == START + 2
    assert blocked.headers["redline-log-index"] == str(START + 2)
    assert entry_body(gw, index)["id"] == blocked.json()["redline"]["decision_id"]
    assert entry_body(gw, index)["action"] == "block"


def test_streamed_answer_carries_the_request_log_index(make_gateway):
    gw = make_gateway()
    with httpx.stream(
        "POST",
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
        timeout=30,
    ) as response:
        response.read()
        assert response.headers["redline-log-index"] == str(START)
    assert entry_body(gw, START)["id"] == response.headers["redline-decision-id"]


def test_checkpoint_key_and_proofs_verify(make_gateway):
    gw = make_gateway()
    for n in range(4):
        chat(gw, f"Summarise report {n}.")
    checkpoint_now(gw)
    first = Checkpoint.parse(
        open_note(
            httpx.get(f"{gw.url}/audit/checkpoint").text,
            [Verifier.from_key(httpx.get(f"{gw.url}/audit/key").text.strip())],
        )[0]
    )
    assert first.size == START + 8 and first.origin == gw.settings.audit_origin
    for n in range(3):
        chat(gw, f"Summarise report {n + 4}.")
    checkpoint_now(gw)
    response = httpx.get(f"{gw.url}/audit/checkpoint")
    assert response.headers["content-type"].startswith("text/plain")
    key = Verifier.from_key(httpx.get(f"{gw.url}/audit/key").text.strip())
    latest = Checkpoint.parse(open_note(response.text, [key])[0])
    assert latest.size == START + 14

    listing = httpx.get(f"{gw.url}/audit/checkpoints", params={"since": 0}).json()
    sizes = [c["size"] for c in listing["checkpoints"]]
    assert sizes[-2:] == [START + 8, START + 14] and sizes == sorted(sizes)
    assert httpx.get(f"{gw.url}/audit/checkpoints", params={"since": START + 14}).json() == {
        "checkpoints": []
    }

    batch = httpx.get(f"{gw.url}/audit/entries", params={"start": 0, "limit": 100})
    assert batch.headers["content-type"] == MEDIA_TYPE
    entries = list(decode_entries(batch.content))
    assert [i for i, _, _ in entries] == list(range(START + 14))
    for index, leaf, body in entries:
        assert leaf == leaf_hash(body)
        proof = httpx.get(
            f"{gw.url}/audit/proof/inclusion", params={"index": index, "size": START + 14}
        ).json()
        assert b64(proof["root"]) == latest.root
        verify_inclusion(
            leaf_hash(body), index, START + 14, [b64(h) for h in proof["proof"]], latest.root
        )

    decision_id = orjson.loads(entries[START + 5][2])["id"]
    by_id = httpx.get(f"{gw.url}/audit/proof/inclusion", params={"decision_id": decision_id})
    # The size is the latest checkpoint's.
    assert by_id.json()["index"] == START + 5 and by_id.json()["size"] == START + 14

    consistency = httpx.get(
        f"{gw.url}/audit/proof/consistency", params={"from": first.size, "to": latest.size}
    ).json()
    assert b64(consistency["from_root"]) == first.root
    assert b64(consistency["to_root"]) == latest.root
    verify_consistency(
        first.size, latest.size, first.root, latest.root, [b64(h) for h in consistency["proof"]]
    )


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        ("/audit/entries/-1", {}, "index"),
        ("/audit/entries/abc", {}, "index"),
        ("/audit/entries", {}, "start"),
        ("/audit/entries", {"start": "x"}, "start"),
        ("/audit/entries", {"start": 0, "limit": 0}, "start"),
        ("/audit/entries", {"start": 0, "limit": 100000}, "start"),
        ("/audit/proof/inclusion", {"index": 1, "size": 1}, "size"),
        ("/audit/proof/inclusion", {"index": "1.5", "size": 2}, "index"),
        ("/audit/proof/inclusion", {"index": 0, "decision_id": "dec_x"}, "index"),
        ("/audit/proof/consistency", {"from": 0, "to": 1}, "to"),
        ("/audit/proof/consistency", {"from": 2, "to": 1}, "to"),
        ("/audit/proof/consistency", {"to": 1}, "from"),
        ("/audit/checkpoints", {"since": -3}, "since"),
        ("/audit/checkpoints", {"limit": 5000}, "limit"),
    ],
)
def test_bad_parameters_answer_400(make_gateway, path, params, param):
    gw = make_gateway()
    chat(gw, "hello")
    response = httpx.get(f"{gw.url}{path}", params=params)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["code"] == "invalid_value"
    assert error["param"] == param


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/audit/entries/3", {}),
        ("/audit/entries", {"start": 3}),
        ("/audit/proof/inclusion", {"index": 0, "size": 4}),
        ("/audit/proof/inclusion", {"decision_id": "dec_nothing"}),
        ("/audit/proof/consistency", {"from": 1, "to": 4}),
    ],
)
def test_out_of_range_answers_404(make_gateway, path, params):
    gw = make_gateway()
    chat(gw, "hello")  # the policy's start entry, then two decisions: indexes 0 to 2
    response = httpx.get(f"{gw.url}{path}", params=params)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "not_found"


def test_a_fresh_gateway_has_signed_the_empty_log(make_gateway):
    gw = make_gateway()
    key = Verifier.from_key(httpx.get(f"{gw.url}/audit/key").text.strip())
    text, _ = open_note(httpx.get(f"{gw.url}/audit/checkpoint").text, [key])
    assert Checkpoint.parse(text).size == 0
    assert (gw.settings.data_dir / "audit.key").stat().st_mode & 0o777 == 0o600


def _wait_for_checkpoint(gw: Any, size: int) -> None:
    key = Verifier.from_key(httpx.get(f"{gw.url}/audit/key").text.strip())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        note = httpx.get(f"{gw.url}/audit/checkpoint").text
        if Checkpoint.parse(open_note(note, [key])[0]).size >= size:
            return
        time.sleep(0.02)
    pytest.fail(f"no checkpoint of size {size}")


def test_checkpoint_every_n_entries(make_gateway):
    gw = make_gateway(audit_checkpoint_entries=4, audit_checkpoint_interval_s=3600)
    for n in range(3):
        chat(gw, f"hello {n}")
    _wait_for_checkpoint(gw, 4)  # 6 entries: past 4, so the checkpointer woke up


def test_checkpoint_every_t_seconds(make_gateway):
    gw = make_gateway(audit_checkpoint_entries=1000, audit_checkpoint_interval_s=0.2)
    chat(gw, "hello")
    _wait_for_checkpoint(gw, 2)
