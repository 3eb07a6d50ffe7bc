"""Bad input of every kind gets a clear OpenAI-shaped error, and nothing is forwarded."""

from __future__ import annotations

import httpx
import pytest

from gateway.layers import PhraseLayer


@pytest.fixture
def gw(make_gateway):
    return make_gateway(layers=[PhraseLayer()], max_body_bytes=64 * 1024)


def _post(gw, body: bytes | None = None, *, json_body=None, headers=None, path="/chat/completions"):
    h = {"Authorization": f"Bearer {gw.key}", "Content-Type": "application/json"}
    h.update(headers or {})
    if json_body is not None:
        return httpx.post(f"{gw.base_url}{path}", json=json_body, headers=h)
    return httpx.post(f"{gw.base_url}{path}", content=body, headers=h)


def _error(r: httpx.Response) -> dict:
    body = r.json()
    assert set(body["error"]) >= {"message", "type", "code", "param"}
    return body["error"]


GOOD = {"model": "echo-1", "messages": [{"role": "user", "content": "hello"}]}


def test_malformed_json(gw):
    r = _post(gw, b'{"model": "echo-1", "messages": [')
    assert r.status_code == 400 and _error(r)["code"] == "invalid_json"


def test_invalid_utf8(gw):
    r = _post(gw, b'{"model": "echo-1", "messages": [{"role": "user", "content": "\xff\xfe"}]}')
    assert r.status_code == 400 and _error(r)["code"] == "invalid_utf8"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "echo-1", "messages": "hello"}, "messages"),
        ({"model": "echo-1", "messages": []}, "messages"),
        ({"model": 7, "messages": [{"role": "user", "content": "x"}]}, "model"),
        ({"model": "echo-1", "messages": [{"role": "wizard", "content": "x"}]}, "messages.0.role"),
        (
            {
                "model": "echo-1",
                "messages": [{"role": "user", "content": "x"}],
                "max_tokens": "ten",
            },
            "max_tokens",
        ),
        (
            {"model": "echo-1", "messages": [{"role": "user", "content": "x"}], "stream": "yes"},
            "stream",
        ),
    ],
)
def test_wrong_types_name_the_parameter(gw, body, param):
    r = _post(gw, json_body=body)
    assert r.status_code == 400
    assert _error(r)["param"].startswith(param)


def test_body_must_be_an_object(gw):
    r = _post(gw, b"[1, 2, 3]")
    assert r.status_code == 400 and _error(r)["code"] == "invalid_type"


def test_huge_body(gw):
    huge = (
        b'{"model": "echo-1", "messages": [{"role": "user", "content": "' + b"a" * 200_000 + b'"}]}'
    )
    r = _post(gw, huge)
    assert r.status_code == 413 and _error(r)["code"] == "body_too_large"


def test_huge_body_without_content_length(gw):
    def chunks():
        yield b'{"model": "echo-1", "messages": [{"role": "user", "content": "'
        for _ in range(100):
            yield b"a" * 4096
        yield b'"}]}'

    with httpx.Client() as client:
        r = client.post(
            f"{gw.base_url}/chat/completions",
            content=chunks(),
            headers={"Authorization": f"Bearer {gw.key}", "Content-Type": "application/json"},
        )
    assert r.status_code == 413


def test_wrong_content_type(gw):
    r = _post(gw, b"model=echo-1", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415 and _error(r)["code"] == "unsupported_media_type"


def test_unknown_model(gw):
    r = _post(gw, json_body={**GOOD, "model": "gpt-nonexistent"})
    assert r.status_code == 404
    err = _error(r)
    assert err["code"] == "model_not_found" and err["param"] == "model"


@pytest.mark.parametrize("auth", [None, "Bearer", "Bearer rl_not-a-real-key", "Basic abc"])
def test_bad_keys(gw, auth):
    headers = {"Content-Type": "application/json"}
    if auth is not None:
        headers["Authorization"] = auth
    r = httpx.post(f"{gw.base_url}/chat/completions", json=GOOD, headers=headers)
    assert r.status_code == 401
    err = _error(r)
    assert err["type"] == "authentication_error" and "rl_not-a-real-key" not in err["message"]


def test_image_content_is_unscreenable(gw):
    body = {
        "model": "echo-1",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "what is this"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                ],
            }
        ],
    }
    r = _post(gw, json_body=body)
    assert r.status_code == 400
    err = _error(r)
    assert err["code"] == "unscreenable_content" and err["param"] == "messages[0].content[1]"


def test_unknown_route_is_openai_shaped(gw):
    r = httpx.get(f"{gw.url}/v1/nothing-here", headers={"Authorization": f"Bearer {gw.key}"})
    assert r.status_code == 404 and _error(r)["code"] == "not_found"


def test_upstream_down(make_gateway):
    gw = make_gateway(upstream_url="http://127.0.0.1:9/v1", layers=[PhraseLayer()])
    r = _post(gw, json_body=GOOD)
    assert r.status_code == 502 and _error(r)["code"] == "upstream_unavailable"


def test_upstream_garbage_and_500(gw):
    for model in ("echo-garbage", "echo-500"):
        r = _post(gw, json_body={**GOOD, "model": model})
        assert r.status_code == 502, model


def test_upstream_timeout(make_gateway):
    gw = make_gateway(upstream_timeout_s=0.3, layers=[PhraseLayer()])
    r = _post(gw, json_body={**GOOD, "model": "echo-slow"})
    assert r.status_code == 504 and _error(r)["code"] == "upstream_timeout"
