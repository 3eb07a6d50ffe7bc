"""PostgreSQL restarted mid-load (a private cluster): requests during the outage get 503,
none 500; every decision acknowledged to a client is in the log; the log still verifies and
service comes back without restarting the gateway."""

from __future__ import annotations

import threading
import time

import httpx

from faults.checks import forwarded, marker, missing_from_log
from faults.private import private_postgres
from gateway.layers import PHRASE, PhraseLayer
from redline.audit.log import AuditLog
from redline.audit.note import Signer
from redline.store import Store


def test_postgres_restart_mid_load(make_gateway):
    with private_postgres() as pg:
        gw = make_gateway(layers=[PhraseLayer()], database_url=pg.url)
        with Store.open(pg.url) as store:
            _, fresh_key = store.add_key("acme")  # first used during the outage
        results: list[httpx.Response] = []
        blocked: list[str] = []
        stop = threading.Event()

        def load(worker: int) -> None:
            with httpx.Client(
                base_url=gw.base_url, headers={"Authorization": f"Bearer {gw.key}"}, timeout=30
            ) as client:
                n = 0
                while not stop.is_set():
                    n += 1
                    text = f"request {worker}-{n}"
                    if n % 5 == 0:
                        mark = marker()
                        blocked.append(mark)
                        text = f"{PHRASE} {mark}"
                    r = client.post(
                        "/chat/completions",
                        json={"model": "echo-1", "messages": [{"role": "user", "content": text}]},
                    )
                    results.append(r)

        threads = [threading.Thread(target=load, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        pg.stop()
        time.sleep(0.3)
        during = httpx.post(
            f"{gw.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {fresh_key}"},
            json={"model": "echo-1", "messages": [{"role": "user", "content": "hi"}]},
            timeout=30,
        )
        pg.start()
        time.sleep(1.5)
        stop.set()
        for t in threads:
            t.join(30)
        # An uncached key needs the database: 503, not 500.
        assert during.status_code == 503, during.text
        assert during.json()["error"]["code"] == "store_unavailable"
        statuses = [r.status_code for r in results]
        assert set(statuses) <= {200, 403, 503}, statuses
        assert statuses.count(503) >= 1, "the outage was not seen"
        assert all(
            r.json()["error"]["type"] == "screening_unavailable"
            for r in results
            if r.status_code == 503
        )
        # Service came back without restarting the gateway.
        assert results[-1].status_code in (200, 403)
        after = httpx.post(
            f"{gw.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {gw.key}"},
            json={"model": "echo-1", "messages": [{"role": "user", "content": "after"}]},
            timeout=30,
        )
        assert after.status_code == 200
        acknowledged = [
            v
            for r in [*results, after]
            if r.status_code in (200, 403)
            for k, v in r.headers.items()
            if k.endswith("decision-id")
        ]
        assert len(acknowledged) > 20
        assert not missing_from_log(pg.url, acknowledged)
        assert not any(forwarded(m) for m in blocked)
        with Store.open(pg.url) as store:
            log = AuditLog(store, Signer.generate("check.local/log"), "check.local/log")
            size = log.size()
            assert size >= len(acknowledged)
            # Every stored node agrees with the entries: the tree of the whole log rebuilds.
            assert log.root(size) == log.inclusion(size - 1, size).root
