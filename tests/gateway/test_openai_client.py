"""End to end: the official openai client against a gateway fronting the echo upstream."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from gateway.layers import GREY, PHRASE, PhraseLayer
from redline.store import Store


def _client(gw, **kw) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0, **kw)


def test_chat_allowed_carries_decision_id_and_is_recorded(make_gateway):
    gw = make_gateway()
    raw = _client(gw).chat.completions.with_raw_response.create(
        model="echo-1", messages=[{"role": "user", "content": "Summarise fleet maintenance."}]
    )
    answer = raw.parse()
    assert answer.choices[0].message.content == "echo: Summarise fleet maintenance."
    decision_id = raw.headers["redline-decision-id"]
    store = Store.open(gw.settings.db_url)
    try:
        record = store.get_decision(decision_id)
        assert record is not None and record.action == "allow" and record.stage == "request"
        response_id = raw.headers["redline-response-decision-id"]
        response = store.get_decision(response_id)
        assert response is not None and response.parent_id == decision_id
        assert record.content is None  # content is not stored unless switched on
    finally:
        store.close()


def test_models_list(make_gateway):
    gw = make_gateway()
    ids = [m.id for m in _client(gw).models.list()]
    assert "echo-1" in ids


def test_block_cites_red_line_and_clause(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    with pytest.raises(openai.PermissionDeniedError) as info:
        _client(gw).chat.completions.create(
            model="echo-1",
            messages=[
                {"role": "system", "content": f"You must {PHRASE}."},
                {"role": "user", "content": "ok"},
            ],
        )
    body = info.value.body
    assert info.value.status_code == 403
    assert body["type"] == "red_line_violation"
    assert body["code"] == "autonomous_weapon_systems"
    assert info.value.response.headers["redline-decision-id"].startswith("dec_")
    redline = info.value.response.json()["redline"]
    assert redline["clause"]["id"] == "AUP-RL-2"
    assert redline["findings"][0]["where"] == "messages[0].content"


def test_hold_answers_review_required(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    with pytest.raises(openai.PermissionDeniedError) as info:
        _client(gw).chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": f"a {GREY} here"}]
        )
    assert info.value.body["type"] == "review_required"


def test_tool_definitions_and_results_are_screened(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    client = _client(gw)
    tools = [
        {
            "type": "function",
            "function": {"name": "act", "description": PHRASE, "parameters": {"type": "object"}},
        }
    ]
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(
            model="echo-1", tools=tools, messages=[{"role": "user", "content": "hi"}]
        )
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(
            model="echo-1",
            messages=[
                {"role": "user", "content": "hi"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "f", "arguments": "{}"},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": PHRASE.upper()},
            ],
        )


def test_obfuscated_phrase_is_normalised_before_layers(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()])
    hidden = "\u200b".join(PHRASE)  # zero-width spaces between every letter
    with pytest.raises(openai.PermissionDeniedError):
        _client(gw).chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": hidden}]
        )


def test_tools_tool_choice_and_response_format_pass_through(make_gateway):
    gw = make_gateway()
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup_part",
                "description": "Look up a spare part",
                "parameters": {"type": "object", "properties": {"nsn": {"type": "string"}}},
            },
        }
    ]
    answer = _client(gw).chat.completions.create(
        model="echo-1",
        tools=tools,
        tool_choice="auto",
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": 'CALL: lookup_part {"nsn": "5330-01-234-5678"}'}],
    )
    call = answer.choices[0].message.tool_calls[0]
    assert call.function.name == "lookup_part"
    assert json.loads(call.function.arguments) == {"nsn": "5330-01-234-5678"}


def test_answer_violation_is_withheld(make_gateway):
    gw = make_gateway(layers=[PhraseLayer(outputs_only=True)])
    with pytest.raises(openai.PermissionDeniedError) as info:
        _client(gw).chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": f"SAY: {PHRASE}"}]
        )
    redline = info.value.response.json()["redline"]
    assert redline["stage"] == "response"
    assert info.value.body["code"] == "autonomous_weapon_systems"


def test_streaming_chat_allowed(make_gateway):
    gw = make_gateway()
    stream = _client(gw).chat.completions.create(
        model="echo-1",
        stream=True,
        messages=[{"role": "user", "content": "SAY: The convoy departs at dawn via route blue."}],
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == "The convoy departs at dawn via route blue."


def test_streaming_completions_and_embeddings(make_gateway):
    gw = make_gateway()
    client = _client(gw)
    stream = client.completions.create(
        model="echo-1", prompt="SAY: hello world, all fine", stream=True
    )
    assert "".join(c.choices[0].text for c in stream if c.choices) == "hello world, all fine"
    emb = client.embeddings.create(model="echo-1", input=["one", "two"])
    assert len(emb.data) == 2 and len(emb.data[0].embedding) == 8


def test_embedding_token_ids_are_refused(make_gateway):
    gw = make_gateway()
    r = httpx.post(
        f"{gw.base_url}/embeddings",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "input": [1, 2, 3]},
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "unscreenable_content"
