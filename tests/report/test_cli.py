"""``redline report``: HTML and JSON from the local store or a gateway's URL; exit 1 for a
log that does not verify."""

from __future__ import annotations

import json
import time

import httpx
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from gateway.layers import GREY, PHRASE, PhraseLayer
from redline.cli import app

runner = CliRunner()


def _traffic(gw) -> None:
    for content in ("hello", PHRASE, f"{GREY} case", "bye"):
        httpx.post(
            f"{gw.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {gw.key}"},
            json={"model": "echo-1", "messages": [{"role": "user", "content": content}]},
        )


def test_report_from_the_local_store(make_gateway, tmp_path):
    gw = make_gateway(layers=[PhraseLayer()])
    _traffic(gw)
    out = tmp_path / "report.html"
    result = runner.invoke(
        app,
        [
            "report",
            "--data-dir",
            str(gw.settings.data_dir),
            "--out",
            str(out),
            "--json",
            "--since",
            "2000-01-01",
            "--until",
            "2100-01-01",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["schema_version"] == 1
    assert data["log"]["verified"] is True
    assert data["log"]["unsigned_entries"] == 0  # a checkpoint was signed first
    assert data["decisions"]["total"] == 6  # 2 allowed requests + 2 answers, 1 block, 1 hold
    assert data["decisions"]["red_lines"]["autonomous_weapon_systems"] == {"hold": 0, "block": 1}
    assert data["decisions"]["by_layer"]["phrase"]["hold"] == 1
    assert data["reviews"]["holds"] == 1 and data["reviews"]["pending"] == 1
    assert data["window"]["since"] == "2000-01-01T00:00:00.000000Z"
    page = out.read_text()
    assert "Verified." in page and page.count("<svg") >= 2
    assert "autonomous_weapon_systems" in page


def test_report_over_http_with_the_verifier_key(make_gateway):
    gw = make_gateway(layers=[PhraseLayer()], audit_checkpoint_interval_s=0.2)
    _traffic(gw)
    key = httpx.get(f"{gw.url}/audit/key").text.strip()
    with create_engine(gw.settings.db_url).connect() as connection:
        size = connection.execute(text("SELECT count(*) FROM log_entries")).scalar_one()
    # the log also holds the policy's start entry and the hold's review entry; wait for the
    # gateway's own checkpoint over all of it (one at an earlier size would cut decisions off)
    deadline = time.monotonic() + 10
    while httpx.get(f"{gw.url}/audit/checkpoint").text.splitlines()[1] != str(size):
        assert time.monotonic() < deadline, "no checkpoint over the whole log within 10 s"
        time.sleep(0.1)
    result = runner.invoke(app, ["report", "--url", gw.url, "--key", key, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["decisions"]["total"] == 6 and data["log"]["unsigned_entries"] is None
    assert data["log"]["latest_checkpoint"]["size"] == size


def test_a_tampered_log_exits_1_and_says_so(make_gateway, tmp_path):
    gw = make_gateway(layers=[PhraseLayer()])
    _traffic(gw)
    data_dir = str(gw.settings.data_dir)
    assert runner.invoke(app, ["report", "--data-dir", data_dir, "--json"]).exit_code == 0
    engine = create_engine(gw.settings.db_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE log_entries SET body = "
                "CAST(replace(CAST(body AS TEXT), '\"block\"', '\"allow\"') AS BLOB) "
                'WHERE CAST(body AS TEXT) LIKE \'%"action":"block"%\''
            )
        )
    engine.dispose()
    out = tmp_path / "r.html"
    result = runner.invoke(
        app, ["report", "--data-dir", data_dir, "--no-checkpoint", "--out", str(out)]
    )
    assert result.exit_code == 1
    assert "did not verify" in result.output
    assert "Verification failed" in out.read_text()


def test_needs_an_output():
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 2 and "--out" in result.output
    result = runner.invoke(app, ["report", "--json", "--since", "yesterday"])
    assert result.exit_code == 2 and "--since" in result.output
