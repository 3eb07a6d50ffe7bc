"""A detection layer raising or hanging, on the request or on the answer, streamed or not:
503, nothing unscreened forwarded or sent, every acknowledged decision in the log.

(tests/gateway/test_fail_closed.py covers the request stage through a counting transport and
tests/gateway/test_streaming.py a failure mid-stream; these add the answer stage, the
streamed request stage and the audit log.)"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from faults.checks import forwarded, logged_decisions, marker, missing_from_log
from redline.detect.finding import Finding
from redline.exchange import Exchange
from redline.policy import load_policy


class FailingLayer:
    """Raises or hangs on the stage it is told to (``"output"`` or the request's)."""

    name = "failing"

    def __init__(self, *, on_output: bool, hang: bool) -> None:
        self.on_output = on_output
        self.hang = hang

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        if (exchange.endpoint == "output") != self.on_output:
            return []
        if self.hang:
            await asyncio.sleep(3600)
        raise RuntimeError("detector crashed")


def _policy():
    policy = load_policy()
    screening = policy.screening.model_copy(update={"layer_budget_ms": 200.0})
    return policy.model_copy(update={"screening": screening})


def _post(gw, text: str, *, stream: bool) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "stream": stream, "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )


@pytest.mark.parametrize("hang", [False, True], ids=["raising", "hanging"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_request_stage_failure_forwards_nothing(make_gateway, hang, stream):
    gw = make_gateway(layers=[FailingLayer(on_output=False, hang=hang)], policy=_policy())
    mark = marker()
    r = _post(gw, mark, stream=stream)
    assert r.status_code == 503
    body = r.json()
    assert body["error"]["type"] == "screening_unavailable"
    assert not forwarded(mark)
    decision_id = body["redline"]["decision_id"]
    assert r.headers["redline-decision-id"] == decision_id
    assert not missing_from_log(gw.settings.db_url, [decision_id])
    [decision] = logged_decisions(gw.settings.db_url)
    assert decision["screening_failed"] and decision["action"] == "block"


@pytest.mark.parametrize("hang", [False, True], ids=["raising", "hanging"])
def test_answer_stage_failure_sends_no_answer(make_gateway, hang):
    gw = make_gateway(layers=[FailingLayer(on_output=True, hang=hang)], policy=_policy())
    mark = marker()
    r = _post(gw, f"SAY: the answer is {mark}", stream=False)
    assert r.status_code == 503
    assert mark not in r.text  # the unscreened answer never reached the client
    body = r.json()
    assert body["redline"]["stage"] == "response"
    ids = [r.headers["redline-decision-id"], body["redline"]["decision_id"]]
    assert not missing_from_log(gw.settings.db_url, ids)
    stages = [(d["stage"], d["screening_failed"]) for d in logged_decisions(gw.settings.db_url)]
    assert stages == [("request", False), ("response", True)]


@pytest.mark.parametrize("hang", [False, True], ids=["raising", "hanging"])
def test_streamed_answer_stage_failure_ends_the_stream_closed(make_gateway, hang):
    gw = make_gateway(layers=[FailingLayer(on_output=True, hang=hang)], policy=_policy())
    mark = marker()
    r = _post(gw, f"SAY: {mark}", stream=True)
    assert r.status_code == 200  # the stream had started; its end says what happened
    assert mark[:8] not in r.text
    assert '"screening_unavailable"' in r.text
    assert not missing_from_log(gw.settings.db_url, [r.headers["redline-decision-id"]])
