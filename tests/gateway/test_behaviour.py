"""The behaviour layer through the real gateway, with the official openai client: counts
across requests and keys turn into hold then block, cite earlier decisions, land in the
audit log; Redis down fails closed; two gateway processes share one Redis."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from behaviour.backends import REDIS_URL, delete_prefix, random_prefix, redis_available
from redline.detect.normalise import NormaliseLayer
from redline.detect.patterns import PatternsLayer
from redline.detect.rules import RulesLayer
from redline.policy import Policy, load_policy
from redline.policy.bundle import signature_path
from redline.policy.keys import SigningKey, add_trusted_key
from redline.policy.signature import sign_policy
from redline.store import Store

LAYERS = (NormaliseLayer(), PatternsLayer(), RulesLayer())


def _policy(**behaviour: Any) -> Policy:
    data = load_policy().model_dump(mode="json")
    for section, values in behaviour.items():
        data["behaviour"][section].update(values)
    return Policy.model_validate(data)


SCALE = _policy(scale={"sought_at": 0.0, "us_sought": {"24h": {"hold_at": 3, "block_at": 5}}})


def _lookup(i: int) -> str:
    return f"Please ring +1 415 555 01{i:02d} about the parcel that is waiting."


def _error(exc: openai.APIStatusError) -> dict[str, Any]:
    body: dict[str, Any] = exc.response.json()
    return body


class Clock:
    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


def _ask(client: openai.OpenAI, text: str, **extra: Any) -> Any:
    return client.chat.completions.with_raw_response.create(
        model="echo-1", messages=[{"role": "user", "content": text}], **extra
    )


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_scale_holds_then_blocks_across_keys_and_cites_decisions(make_gateway, backend, tmp_path):
    overrides: dict[str, Any] = {}
    prefix = random_prefix()
    if backend == "redis":
        if not redis_available():
            pytest.skip(f"no Redis at {REDIS_URL}")
        overrides = {"redis_url": REDIS_URL, "redis_prefix": prefix}
    # A fixed identifier key: the counts below are HyperLogLog estimates of 3 and 5 people,
    # exact unless two hashed identifiers share a register (about 1 in 200 for a random key,
    # which made this test flaky); with this key they do not.
    secret = tmp_path / "behaviour.key"
    secret.write_text("ab" * 32 + "\n")
    secret.chmod(0o600)
    overrides["behaviour_secret_file"] = secret
    try:
        gw = make_gateway(layers=LAYERS, policy=SCALE, **overrides)
        with Store.open(gw.settings.db_url) as store:
            _, second_key = store.add_key("acme", label="etl")
        clients = [
            openai.OpenAI(base_url=gw.base_url, api_key=k, max_retries=0)
            for k in (gw.key, second_key)
        ]
        ids = [_ask(clients[i], _lookup(i)).headers["Redline-Decision-Id"] for i in range(2)]
        with pytest.raises(openai.PermissionDeniedError) as held:
            _ask(clients[0], _lookup(2))
        body = _error(held.value)
        assert body["error"]["type"] == "review_required"
        assert body["error"]["code"] == "mass_domestic_surveillance"
        [finding] = [f for f in body["redline"]["findings"] if f["layer"] == "behaviour"]
        assert finding["kind"] == "behaviour.scale"
        assert "about 3 distinct" in finding["detail"] and "24h" in finding["detail"]
        assert finding["refs"] == ids  # both keys' requests, in order
        # the audit log holds the same finding, refs included
        index = body["redline"]["log_index"]
        entry = httpx.get(f"{gw.url}/audit/entries/{index}").json()
        logged = json.loads(base64.b64decode(entry["entry"]))
        assert [f["refs"] for f in logged["findings"] if f["layer"] == "behaviour"] == [ids]
        # over the threshold, every request carrying such identifiers is reviewed, even
        # about someone seen before
        with pytest.raises(openai.PermissionDeniedError) as again:
            _ask(clients[1], _lookup(0))
        assert _error(again.value)["error"]["type"] == "review_required"
        with pytest.raises(openai.PermissionDeniedError):
            _ask(clients[1], _lookup(3))  # 4: held
        with pytest.raises(openai.PermissionDeniedError) as blocked:
            _ask(clients[0], _lookup(4))  # 5: blocked
        assert _error(blocked.value)["error"]["type"] == "red_line_violation"
        # requests without identifiers are not affected
        assert _ask(clients[0], "Summarise the backlog.").http_response.status_code == 200
        for client in clients:
            client.close()
    finally:
        delete_prefix(prefix)


def test_machine_loop_blocks_sensor_frames_at_5_hz(make_gateway):
    clock = Clock(1_700_000_000.0)
    gw = make_gateway(layers=LAYERS, behaviour_clock=clock)
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    frame = (
        "$GPGGA,1235{i:02d},4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47 reply in JSON only"
    )
    outcomes = []
    for i in range(16):
        clock.at += 0.2
        try:
            _ask(client, frame.format(i=i), max_tokens=4, response_format={"type": "json_object"})
            outcomes.append("allow")
        except openai.PermissionDeniedError as exc:
            body = _error(exc)
            outcomes.append(body["redline"]["decision"])
            kinds = {f["kind"] for f in body["redline"]["findings"]}
            assert "behaviour.machine_loop" in kinds
            assert body["error"]["code"] == "autonomous_weapon_systems"
    client.close()
    # 12 gaps are needed: requests 1..12 pass, the 13th on is blocked (two loop shapes)
    assert outcomes == ["allow"] * 12 + ["block"] * 4


def test_a_person_at_a_keyboard_is_not_a_loop(make_gateway):
    clock = Clock(1_700_000_000.0)
    gw = make_gateway(layers=LAYERS, behaviour_clock=clock)
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    frame = (
        "$GPGGA,1235{i:02d},4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47 reply in JSON only"
    )
    for i, gap in enumerate([3, 41, 7, 18, 2, 95, 12, 30, 5, 60, 9, 22, 4, 70, 15, 8]):
        clock.at += gap
        _ask(client, frame.format(i=i), max_tokens=4, response_format={"type": "json_object"})
    client.close()


def _dead_redis() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"redis://127.0.0.1:{sock.getsockname()[1]}/0"


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.forwarded = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": "echo-1", "object": "model"}]})
        self.forwarded += 1
        message = {"role": "assistant", "content": "ok"}
        choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return httpx.Response(200, json={"choices": [choice]})


def test_redis_down_fails_closed(make_gateway):
    transport = CountingTransport()
    gw = make_gateway(layers=LAYERS, redis_url=_dead_redis(), upstream_transport=transport)
    client = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    for stream in (False, True):
        with pytest.raises(openai.InternalServerError) as failed:
            _ask(client, "Summarise the backlog.", stream=stream)
        assert failed.value.status_code == 503
        body = _error(failed.value)
        assert body["error"]["type"] == "screening_unavailable"
        assert body["redline"]["decision_id"].startswith("dec_")
    assert transport.forwarded == 0
    client.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _serve(
    echo_url: str, data_dir: Path, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "redline", "serve", "--upstream", echo_url, "--port", str(port)],
        env={**os.environ, **env, "REDLINE_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return proc, f"http://127.0.0.1:{port}/v1"


@pytest.mark.skipif(not redis_available(), reason=f"no Redis at {REDIS_URL}")
def test_two_gateway_processes_share_one_redis(tmp_path, echo_url):
    policy_file = tmp_path / "policy.yaml"
    # `redline serve` runs only a signed policy: sign this one with a test provider key.
    provider = SigningKey.generate("test-provider")
    now = datetime.now(UTC)
    trust = tmp_path / "trust.json"
    add_trusted_key(trust, provider.trust_entry(now - timedelta(days=1), now + timedelta(days=1)))
    data = json.dumps(SCALE.model_dump(mode="json")).encode()
    policy_file.write_bytes(data)
    signature_path(policy_file).write_bytes(sign_policy(data, provider, now).to_json())
    shared = tmp_path / "shared"
    db_url = f"sqlite:///{shared / 'redline.db'}"
    with Store.open(db_url) as store:
        store.add_tenant("acme")
        keys = [store.add_key("acme")[1] for _ in range(2)]
    prefix = random_prefix()
    env = {
        "REDLINE_REDIS_URL": REDIS_URL,
        "REDLINE_REDIS_PREFIX": prefix,
        "REDLINE_DATABASE_URL": db_url,
        "REDLINE_POLICY_FILE": str(policy_file),
        "REDLINE_POLICY_TRUST_FILE": str(trust),
        "REDLINE_BEHAVIOUR_SECRET_FILE": str(shared / "behaviour.key"),
        "REDLINE_AUDIT_KEY_FILE": str(shared / "audit.key"),
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).parents[2] / "src"), os.environ.get("PYTHONPATH", "")]
        ),
    }
    procs = [_serve(echo_url, tmp_path / f"gw{i}", env) for i in range(2)]
    try:
        clients = []
        for (proc, base), key in zip(procs, keys, strict=True):
            deadline = time.monotonic() + 60
            while True:
                try:
                    if (
                        httpx.get(
                            f"{base}/models", headers={"Authorization": f"Bearer {key}"}
                        ).status_code
                        == 200
                    ):
                        break
                except httpx.HTTPError:
                    pass
                assert proc.poll() is None, "gateway exited"
                assert time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.2)
            clients.append(openai.OpenAI(base_url=base, api_key=key, max_retries=0))
        # alternate: no process alone sees three people, together they do
        assert _ask(clients[0], _lookup(0)).http_response.status_code == 200
        assert _ask(clients[1], _lookup(1)).http_response.status_code == 200
        with pytest.raises(openai.PermissionDeniedError) as held:
            _ask(clients[0], _lookup(2))
        assert _error(held.value)["error"]["type"] == "review_required"
        with pytest.raises(openai.PermissionDeniedError):
            _ask(clients[1], _lookup(3))
        with pytest.raises(openai.PermissionDeniedError) as blocked:
            _ask(clients[1], _lookup(4))
        assert _error(blocked.value)["error"]["type"] == "red_line_violation"
        for client in clients:
            client.close()
    finally:
        for proc, _ in procs:
            proc.terminate()
        for proc, _ in procs:
            proc.wait(15)
        delete_prefix(prefix)
