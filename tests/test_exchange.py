from __future__ import annotations

import pytest

from redline.exchange import Context, Exchange, UnscreenableContent, request_sha256
from redline.openai_types import ChatRequest, CompletionRequest, EmbeddingRequest


def test_every_part_of_the_conversation_is_a_segment():
    req = ChatRequest.model_validate(
        {
            "model": "m",
            "messages": [
                {"role": "system", "content": "sys"},
                {"role": "user", "content": [{"type": "text", "text": "part"}]},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "1",
                            "type": "function",
                            "function": {"name": "f", "arguments": '{"a":1}'},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "1", "content": "result"},
            ],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "fire",
                        "description": "shoot",
                        "parameters": {"type": "object"},
                    },
                }
            ],
            "tool_choice": {"type": "function", "function": {"name": "fire"}},
            "response_format": {"type": "json_object"},
            "max_tokens": 5,
        }
    )
    ex = Exchange.of_chat(req, Context(authority="EO 12333"))
    where = [s.where for s in ex.segments]
    assert where == [
        "messages[0].content",
        "messages[1].content[0]",
        "messages[2].tool_calls[0]",
        "messages[3].content",
        "tools[0]",
    ]
    assert ex.tools[0].name == "fire" and ex.response_format == "json_object"
    assert ex.max_tokens == 5 and ex.context.authority == "EO 12333"
    assert '"name": "fire"' in ex.tool_choice


def test_non_text_parts_are_unscreenable():
    req = ChatRequest.model_validate(
        {
            "model": "m",
            "messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}],
        }
    )
    with pytest.raises(UnscreenableContent) as info:
        Exchange.of_chat(req, Context())
    assert info.value.param == "messages[0].content[0]"


def test_completion_and_embedding():
    c = Exchange.of_completion(
        CompletionRequest(model="m", prompt=["a", "b"], suffix="s"), Context()
    )
    assert [s.text for s in c.segments] == ["a", "b", "s"]
    e = Exchange.of_embedding(EmbeddingRequest(model="m", input="x"), Context())
    assert e.segments[0].where == "input[0]"
    with pytest.raises(UnscreenableContent):
        Exchange.of_embedding(EmbeddingRequest(model="m", input=[[1, 2]]), Context())


def test_request_hash_is_canonical():
    assert request_sha256({"b": 1, "a": [1, "é"]}) == request_sha256({"a": [1, "é"], "b": 1})
    assert request_sha256({"a": 1}) != request_sha256({"a": 2})


def test_output_keeps_request_setting():
    req = Exchange.of_text("q")
    out = Exchange.of_output(req, "answer")
    assert out.endpoint == "output" and out.segments[0].text == "answer"


def test_of_turns_keeps_roles_and_order() -> None:
    ex = Exchange.of_turns(("system", "Be brief."), ("user", "Hello"), ("assistant", "Hi."))
    assert ex.endpoint == "chat"
    assert [(s.where, s.role, s.text) for s in ex.segments] == [
        ("messages[0].content", "system", "Be brief."),
        ("messages[1].content", "user", "Hello"),
        ("messages[2].content", "assistant", "Hi."),
    ]
