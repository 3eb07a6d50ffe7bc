"""Streamed answers: screened in overlapping windows; a violation ends the stream."""

from __future__ import annotations

import openai
import pytest

from gateway.layers import PHRASE, PhraseLayer


def test_phrase_split_across_chunks_is_caught_and_never_sent(make_gateway):
    layer = PhraseLayer(outputs_only=True)
    gw = make_gateway(layers=[layer])
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    prefix = "Status report follows. " * 3
    stream = client.chat.completions.create(
        model="echo-1",
        stream=True,
        messages=[{"role": "user", "content": f"SAY: {prefix}{PHRASE} and then more text"}],
    )
    received = []
    with pytest.raises(openai.APIError) as info:
        for chunk in stream:
            if chunk.choices:
                received.append(chunk.choices[0].delta.content or "")
    text = "".join(received)
    # The echo upstream cuts the answer into 3-character chunks, so the phrase arrives in
    # pieces; none of it may reach the client.
    assert PHRASE[:6] not in text
    assert text == prefix[: len(text)]
    assert "autonomous_weapon_systems" in str(info.value)
    # Windows were screened more than once: the answer was streamed, not buffered whole.
    assert len(layer.screened) > 1


def test_clean_stream_is_delivered_whole_and_in_order(make_gateway):
    gw = make_gateway(layers=[PhraseLayer(outputs_only=True)])
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    answer = "Inventory: 40 pallets of rations, 12 generators, 3 water trailers. " * 8
    stream = client.chat.completions.create(
        model="echo-1", stream=True, messages=[{"role": "user", "content": f"SAY: {answer}"}]
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == answer.strip()


def test_streamed_tool_call_is_screened_before_release(make_gateway):
    gw = make_gateway(layers=[PhraseLayer(outputs_only=True)])
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    args = '{"order": "' + PHRASE + '"}'
    stream = client.chat.completions.create(
        model="echo-1", stream=True, messages=[{"role": "user", "content": f"CALL: act {args}"}]
    )
    seen_tool_calls = []
    with pytest.raises(openai.APIError):
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.tool_calls:
                seen_tool_calls.append(chunk)
    assert seen_tool_calls == []


class _RaisesOnOutput:
    name = "raises-on-output"

    async def inspect(self, exchange):
        if exchange.endpoint == "output":
            raise RuntimeError("detector crashed mid-stream")
        return []


def test_layer_failure_mid_stream_ends_the_stream_closed(make_gateway):
    gw = make_gateway(layers=[_RaisesOnOutput()])
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    stream = client.chat.completions.create(
        model="echo-1",
        stream=True,
        messages=[{"role": "user", "content": "SAY: " + "all quiet on the front. " * 20}],
    )
    received = []
    with pytest.raises(openai.APIError) as info:
        for chunk in stream:
            if chunk.choices:
                received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == ""
    assert "screening is unavailable" in str(info.value)
