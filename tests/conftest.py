"""Shared test fixtures: servers on loopback, and one factory for a running gateway."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))

import echo_upstream
from redline.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"


class ServerThread:
    """An ASGI app served by uvicorn in a thread on a free loopback port."""

    def __init__(self, app: Any) -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="on",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


# The gateways of the tests share one process: freezing the heap at each start-up (the
# gateway's default, REDLINE_GC_FREEZE) would keep every earlier gateway's cyclic garbage for
# the rest of the run. tests/gateway/test_app.py turns it on where it is the subject.
os.environ.setdefault("REDLINE_GC_FREEZE", "false")


@pytest.fixture(scope="session")
def echo_url() -> Iterator[str]:
    """Base URL (``.../v1``) of the echo upstream, started once per test session."""
    with ServerThread(echo_upstream.app) as server:
        yield f"{server.url}/v1"


@dataclass
class RunningGateway:
    url: str
    key: str
    settings: Settings

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"


@pytest.fixture
def make_gateway(tmp_path: Path, echo_url: str) -> Iterator[Callable[..., RunningGateway]]:
    """Factory: ``make_gateway(**settings_overrides, layers=..., policy=...)`` starts a gateway
    in front of the echo upstream with a fresh data dir, a tenant ``acme`` and its key."""
    from redline.gateway.app import create_app
    from redline.settings import load_settings
    from redline.store import Store

    stack: list[ServerThread] = []

    def make(**overrides: Any) -> RunningGateway:
        app_kwargs = {
            k: overrides.pop(k)
            for k in (
                "layers",
                "policy",
                "upstream_transport",
                "tracer_provider",
                "behaviour_clock",
            )
            if k in overrides
        }
        data_dir = tmp_path / f"gw{len(stack)}"
        settings = load_settings(
            data_dir=data_dir, upstream_url=overrides.pop("upstream_url", echo_url), **overrides
        )
        data_dir.mkdir(parents=True, exist_ok=True)
        store = Store.open(settings.db_url)
        try:
            if store.get_tenant("acme") is None:
                store.add_tenant("acme")
            _, secret = store.add_key("acme")
        finally:
            store.close()
        server = ServerThread(create_app(settings, **app_kwargs)).__enter__()
        stack.append(server)
        return RunningGateway(server.url, secret, settings)

    yield make
    for server in reversed(stack):
        server.__exit__(None, None, None)
