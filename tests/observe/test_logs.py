"""Structured logs: one JSON object per line, decision ids in them, never prompt text."""

from __future__ import annotations

import io
import json
import logging
import logging.config
import secrets
from collections.abc import Iterator

import httpx
import openai
import pytest

from gateway.layers import PHRASE, PhraseLayer
from redline.detect.finding import Finding
from redline.exchange import Exchange
from redline.observe.logs import JsonFormatter, logging_config


class EchoingFailureLayer:
    """A layer whose exception message quotes the text it screened."""

    name = "quoting"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        raise ValueError(f"cannot screen {exchange.text!r}")


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Every log line of the process (root, redline, uvicorn) as JSON, at INFO."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def test_formatter_writes_allowed_fields_and_exceptions_without_messages() -> None:
    secret = "SECRET-PROMPT-" + secrets.token_hex(4)
    logger = logging.getLogger("redline.test")
    try:
        raise ValueError(f"bad input {secret}")
    except ValueError:
        record = logger.makeRecord(
            "redline.test",
            logging.ERROR,
            __file__,
            1,
            "failed",
            (),
            exc_info=__import__("sys").exc_info(),
            extra={"decision_id": "dec_1", "prompt": secret, "status": 503},
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["msg"] == "failed" and data["level"] == "error"
    assert data["decision_id"] == "dec_1" and data["status"] == 503
    assert "prompt" not in data  # not an allowed field
    assert data["error"]["type"] == "ValueError"
    assert data["error"]["stack"]
    assert secret not in line


def test_logging_config_is_valid_for_both_formats() -> None:
    for fmt in ("json", "text"):
        config = logging_config("info", fmt)
        assert config["root"]["level"] == "INFO"
    # Applying it must not raise (dictConfig validates handlers and formatters).
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        logging.config.dictConfig(logging_config("warning", "json"))
        assert isinstance(root.handlers[0].formatter, JsonFormatter)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def test_prompt_text_never_appears_in_logs(make_gateway, captured) -> None:
    marker = "PROMPT-" + secrets.token_hex(8)
    gw = make_gateway(layers=[PhraseLayer()], store_content=True)
    failing = make_gateway(layers=[EchoingFailureLayer()], store_content=True)
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    ids = []
    ok = client.chat.completions.with_raw_response.create(
        model="echo-1", messages=[{"role": "user", "content": f"hello {marker}"}]
    )
    ids += [ok.headers["redline-decision-id"], ok.headers["redline-response-decision-id"]]
    stream = client.chat.completions.create(
        model="echo-1", stream=True, messages=[{"role": "user", "content": f"SAY: {marker}"}]
    )
    assert marker in "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    with pytest.raises(openai.PermissionDeniedError) as blocked:
        client.chat.completions.create(
            model="echo-1", messages=[{"role": "user", "content": f"{PHRASE} {marker}"}]
        )
    ids.append(blocked.value.response.headers["redline-decision-id"])
    auth = {"Authorization": f"Bearer {gw.key}"}
    raw = [
        (gw, b'{"model": "echo-1", "messages": [' + marker.encode(), 400),
        (
            gw,
            json.dumps(
                {"model": "echo-1", "messages": [{"role": "user", "content": 5}], "user": marker}
            ).encode(),
            400,
        ),
        (
            gw,
            json.dumps(
                {"model": "echo-garbage", "messages": [{"role": "user", "content": marker}]}
            ).encode(),
            502,
        ),
        (
            failing,
            json.dumps(
                {"model": "echo-1", "messages": [{"role": "user", "content": marker}]}
            ).encode(),
            503,
        ),
    ]
    for target, body, status in raw:
        headers = {**auth, "Content-Type": "application/json"}
        if target is failing:
            headers["Authorization"] = f"Bearer {failing.key}"
        r = httpx.post(f"{target.base_url}/chat/completions", content=body, headers=headers)
        assert r.status_code == status, r.text
        if "redline-decision-id" in r.headers:
            ids.append(r.headers["redline-decision-id"])
    text = captured.getvalue()
    assert marker not in text
    lines = [json.loads(line) for line in text.splitlines()]
    decisions = {line["decision_id"] for line in lines if line["logger"] == "redline.decision"}
    assert set(ids) <= decisions
    access = [line for line in lines if line["logger"] == "redline.access"]
    assert {line["endpoint"] for line in access} == {"/v1/chat/completions"}
    assert sorted(line["status"] for line in access) == [200, 200, 400, 400, 403, 502, 503]
    assert all(line["duration_ms"] >= 0 for line in access)
