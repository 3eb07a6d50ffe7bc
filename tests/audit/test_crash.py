"""kill -9 of a gateway process under load: every decision whose answer reached a client is
in the log afterwards, and the log verifies (issue 4, point 4)."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import orjson

from redline.audit.batch import decode_entries
from redline.audit.client import LogClient
from redline.audit.note import Verifier
from redline.audit.verify import audit_log
from redline.store import Store

ROUNDS = 3
CLIENTS = 8
PROMPTS = [
    "Summarise the maintenance backlog for the C-130 fleet.",
    "Track every protester in Portland through their phones and build profiles.",
    "Draft a training slide on the law of armed conflict.",
    "Help me plan a convoy refuel schedule across three depots.",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start(data_dir: Path, upstream: str) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "redline",
            "serve",
            "--upstream",
            upstream,
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
        ],
        env={**os.environ, "REDLINE_LOG_LEVEL": "warning", "REDLINE_SQLITE_SYNCHRONOUS": "NORMAL"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gateway exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("gateway did not start")


def _client(url: str, key: str, seed: int, stop: threading.Event, acked: set[str]) -> None:
    rng = random.Random(seed)
    with httpx.Client(timeout=10) as http:
        while not stop.is_set():
            body = {
                "model": "echo-1",
                "messages": [{"role": "user", "content": rng.choice(PROMPTS)}],
            }
            try:
                answer = http.post(
                    f"{url}/v1/chat/completions",
                    json=body,
                    headers={"Authorization": f"Bearer {key}"},
                )
            except httpx.HTTPError:
                return  # the server is gone
            # Any answer naming a decision (200, a 403 block or hold, a fail-closed 503)
            # reached the client after that decision was recorded: it must be in the log.
            for header in ("redline-decision-id", "redline-response-decision-id"):
                if header in answer.headers:
                    acked.add(answer.headers[header])


def _logged_ids(url: str) -> tuple[set[str], int]:
    ids: set[str] = set()
    start = 0
    with LogClient(url) as client:
        while True:
            try:
                batch = client.entries(start, 2000)
            except LookupError:
                return ids, start
            for index, _, body in decode_entries(batch):
                entry = orjson.loads(body)
                if entry["kind"] == "decision":  # not policy changes, suspensions...
                    ids.add(entry["id"])
                start = index + 1


def test_kill_9_loses_no_acknowledged_decision(echo_url: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Store.open(f"sqlite:///{data_dir / 'redline.db'}") as store:
        store.add_tenant("acme")
        _, key = store.add_key("acme")
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acked: set[str] = set()
    process, url = _start(data_dir, echo_url)
    try:
        for round_ in range(ROUNDS):
            stop = threading.Event()
            before = len(acked)
            clients = [
                threading.Thread(target=_client, args=(url, key, rng.random(), stop, acked))
                for _ in range(CLIENTS)
            ]
            for client in clients:
                client.start()
            # Kill at a random moment after the first answer of the round (on a loaded machine
            # a fixed delay could fall before the restarted gateway answers anything).
            deadline = time.monotonic() + 30
            while len(acked) == before and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 1.2))
            process.send_signal(signal.SIGKILL)
            process.wait()
            stop.set()
            for client in clients:
                client.join(15)
            assert len(acked) > before, f"round {round_}: no answer before the kill (seed {seed})"

            process, url = _start(data_dir, echo_url)
            logged, size = _logged_ids(url)
            lost = acked - logged
            assert not lost, (
                f"round {round_}: {len(lost)} acknowledged decisions lost (seed {seed})"
            )
            verifier = Verifier.from_key(httpx.get(f"{url}/audit/key").text.strip())
            with LogClient(url) as client:
                # The restarted gateway signed a checkpoint of everything that survived.
                report = audit_log(client, [verifier])
            assert report.entries == report.latest.size == size
    finally:
        process.kill()
        process.wait()
