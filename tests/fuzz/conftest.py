"""One gateway for all fuzz tests of a module: the CPU layers without the semantic model
(so that a time budget is never the reason for a 503 on a busy CI machine: any 503 here is
a layer that crashed), a generous budget, and the echo upstream behind it.

``REDLINE_FUZZ_EXAMPLES`` sets the examples per fuzzed operation (default 25: the fuzz tests
take well under a minute); raise it for a longer local run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import RunningGateway, ServerThread

EXAMPLES = int(os.environ.get("REDLINE_FUZZ_EXAMPLES", "25"))


@pytest.fixture(scope="module")
def fuzz_gateway(
    tmp_path_factory: pytest.TempPathFactory, echo_url: str
) -> Iterator[RunningGateway]:
    from redline.detect.normalise import NormaliseLayer
    from redline.detect.patterns import PatternsLayer
    from redline.detect.rules import RulesLayer
    from redline.gateway.app import create_app
    from redline.policy import load_policy
    from redline.settings import load_settings
    from redline.store import Store

    data_dir: Path = tmp_path_factory.mktemp("fuzz")
    settings = load_settings(data_dir=data_dir, upstream_url=echo_url, max_body_bytes=65536)
    with Store.open(settings.db_url) as store:
        store.add_tenant("acme")
        _, key = store.add_key("acme")
    policy = load_policy()
    screening = policy.screening.model_copy(update={"layer_budget_ms": 10_000.0})
    app = create_app(
        settings,
        policy=policy.model_copy(update={"screening": screening}),
        layers=[NormaliseLayer(), PatternsLayer(), RulesLayer()],
    )
    with ServerThread(app) as server:
        yield RunningGateway(server.url, key, settings)
