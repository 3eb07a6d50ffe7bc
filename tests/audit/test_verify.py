"""``redline audit verify`` (and prove, checkpoint, key) against a running gateway: a clean
log verifies; a log altered in the database fails and the first bad entry is named."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, insert, select, update
from typer.testing import CliRunner

from audit.test_routes import chat, checkpoint_now
from redline.audit.checkpoints import audit_signer
from redline.audit.cli import audit_app
from redline.audit.client import LogClient
from redline.audit.errors import VerificationFailed
from redline.audit.merkle import leaf_hash
from redline.audit.note import Checkpoint, Signer, sign_note
from redline.audit.verify import audit_log
from redline.store.engine import create_store_engine
from redline.store.schema import log_checkpoints, log_entries
from store.databases import database_url

runner = CliRunner()

Row = dict[str, Any]


def verify(gw: Any, *args: str, key: str | None = None) -> Any:
    key = key or httpx.get(f"{gw.url}/audit/key").text.strip()
    return runner.invoke(audit_app, ["verify", "--url", gw.url, "--key", key, *args])


@pytest.fixture
def logged(make_gateway: Callable[..., Any]) -> Any:
    """A gateway with 31 entries (the policy's start entry, then 30 decisions): checkpoints
    at sizes 1, 17 and 31 (and the empty tree)."""
    gw = make_gateway(audit_checkpoint_interval_s=3600)
    for n in range(8):
        assert chat(gw, f"Summarise report {n}.").status_code == 200
    checkpoint_now(gw)
    for n in range(7):
        assert chat(gw, f"Summarise memo {n}.").status_code == 200
    checkpoint_now(gw)
    return gw


def rewrite(gw: Any, change: Callable[[list[Row]], list[Row]]) -> None:
    """Replace log_entries with ``change(rows)``, renumbering the rows by position."""
    engine = create_store_engine(gw.settings.db_url)
    try:
        with engine.begin() as connection:
            rows = [
                dict(row._mapping)
                for row in connection.execute(select(log_entries).order_by(log_entries.c.idx))
            ]
            new = change(rows)
            connection.execute(delete(log_entries))
            connection.execute(
                insert(log_entries), [{**row, "idx": n} for n, row in enumerate(new)]
            )
    finally:
        engine.dispose()


def execute(gw: Any, statement: Any) -> None:
    engine = create_store_engine(gw.settings.db_url)
    try:
        with engine.begin() as connection:
            connection.execute(statement)
    finally:
        engine.dispose()


def forged(row: Row, *, rehash: bool) -> Row:
    body = row["body"].replace(b'"action":"allow"', b'"action":"block"')
    assert body != row["body"]
    return {**row, "body": body, "leaf_hash": leaf_hash(body) if rehash else row["leaf_hash"]}


def test_clean_log_verifies(logged: Any, tmp_path: Path) -> None:
    saved = tmp_path / "checkpoint.txt"
    result = verify(logged, "--save", str(saved))
    assert result.exit_code == 0, result.output
    assert "verified: 31 entries" in result.stdout
    assert Checkpoint.parse(saved.read_text().split("\n\n")[0] + "\n").size == 31
    chat(logged, "one more")
    checkpoint_now(logged)
    again = verify(logged, "--since", str(saved))
    assert again.exit_code == 0, again.output
    assert "verified: 33 entries" in again.stdout


def test_changed_entry_is_named(logged: Any) -> None:
    execute(
        logged,
        update(log_entries).where(log_entries.c.idx == 5).values(body=b'{"kind":"decision"}'),
    )
    result = verify(logged)
    assert result.exit_code == 1
    assert "entry 5: leaf hash does not match" in result.output


@pytest.mark.parametrize("index", [4, 5, 20])
def test_changed_entry_with_its_leaf_hash_is_named(logged: Any, index: int) -> None:
    rewrite(logged, lambda rows: [forged(r, rehash=True) if r["idx"] == index else r for r in rows])
    result = verify(logged)
    assert result.exit_code == 1
    assert f"entry {index}: not the entry that the checkpoint" in result.output
    assert "does not match checkpoint" in result.output


def test_deleted_entry_is_named(logged: Any) -> None:
    execute(logged, delete(log_entries).where(log_entries.c.idx == 7))
    result = verify(logged)
    assert result.exit_code == 1
    assert "entry 7: missing" in result.output


def test_deleted_and_renumbered_entry_is_named(logged: Any) -> None:
    rewrite(logged, lambda rows: [r for r in rows if r["idx"] != 9])
    result = verify(logged)
    assert result.exit_code == 1
    assert "entry 9: not the entry" in result.output


def test_deleted_last_entry_is_named(logged: Any) -> None:
    execute(logged, delete(log_entries).where(log_entries.c.idx == 29))
    result = verify(logged)
    assert result.exit_code == 1
    assert "entry 29: missing" in result.output


def test_reordered_entries_are_named(logged: Any) -> None:
    def swap(rows: list[Row]) -> list[Row]:
        rows[11], rows[13] = rows[13], rows[11]
        return rows

    rewrite(logged, swap)
    result = verify(logged)
    assert result.exit_code == 1
    assert "entry 11: not the entry" in result.output


def test_inserted_entry_is_named(logged: Any) -> None:
    def insert_one(rows: list[Row]) -> list[Row]:
        extra = {**forged(rows[3], rehash=True), "ref_id": "dec_inserted"}
        return [*rows[:3], extra, *rows[3:]]

    rewrite(logged, insert_one)
    result = verify(logged)
    assert result.exit_code == 1
    assert "entry 3: not the entry" in result.output


def test_rollback_below_a_saved_checkpoint_is_caught(logged: Any, tmp_path: Path) -> None:
    saved = tmp_path / "checkpoint.txt"
    assert verify(logged, "--save", str(saved)).exit_code == 0
    execute(logged, delete(log_checkpoints).where(log_checkpoints.c.size == 31))
    result = verify(logged, "--since", str(saved))
    assert result.exit_code == 1
    assert "rolled back" in result.output


def test_fork_against_a_saved_checkpoint_is_caught(logged: Any, tmp_path: Path) -> None:
    # A checkpoint of the right key for a tree the log never had.
    signer = audit_signer(logged.settings)
    fake = Checkpoint(logged.settings.audit_origin, 20, b"\x05" * 32)
    saved = tmp_path / "fake.txt"
    saved.write_text(sign_note(fake.to_text(), [signer]))
    result = verify(logged, "--since", str(saved))
    assert result.exit_code == 1
    assert "not consistent with the saved checkpoint at size 20" in result.output


def test_other_key_fails(logged: Any) -> None:
    other = Signer.generate(logged.settings.audit_origin).verifier().to_key()
    result = verify(logged, key=other)
    assert result.exit_code == 1
    assert "signature does not verify" in result.output


def test_rewritten_history_is_caught_at_the_checkpoint(logged: Any) -> None:
    # Every entry from 2 on rewritten, its leaf hash too: the tree no longer has the
    # signed roots, whatever the log's proofs say.
    rewrite(logged, lambda rows: [forged(r, rehash=True) if r["idx"] >= 2 else r for r in rows])
    with LogClient(logged.url) as client, pytest.raises(VerificationFailed) as info:
        audit_log(client, [audit_signer(logged.settings).verifier()])
    assert info.value.index == 2
    assert "tree at size 17 does not match checkpoint" in str(info.value)


def test_unreachable_log_is_no_verdict(tmp_path: Path) -> None:
    key = Signer.generate("x").verifier().to_key()
    result = runner.invoke(audit_app, ["verify", "--url", "http://127.0.0.1:9", "--key", key])
    assert result.exit_code == 2
    assert "no verdict" in result.output


def test_prove_and_checkpoint_commands(logged: Any) -> None:
    answer = chat(logged, "Summarise the convoy plan.")
    decision_id = answer.headers["redline-decision-id"]
    index = int(answer.headers["redline-log-index"])
    data_dir = str(logged.settings.data_dir)
    local = runner.invoke(audit_app, ["prove", decision_id, "--data-dir", data_dir])
    assert local.exit_code == 0, local.output
    assert f"log index   {index}" in local.stdout
    assert "verified: entry 31 is in the signed tree of size 33" in local.stdout
    key = runner.invoke(audit_app, ["key", "--data-dir", data_dir]).stdout.strip()
    assert key == httpx.get(f"{logged.url}/audit/key").text.strip()
    remote = runner.invoke(audit_app, ["prove", decision_id, "--url", logged.url, "--key", key])
    assert remote.exit_code == 0, remote.output
    assert "verified: entry 31" in remote.stdout
    missing = runner.invoke(audit_app, ["prove", "dec_nothing", "--url", logged.url, "--key", key])
    assert missing.exit_code == 1
    shown = runner.invoke(audit_app, ["checkpoint", "--url", logged.url, "--key", key])
    assert shown.exit_code == 0
    assert shown.stdout.startswith(f"{logged.settings.audit_origin}\n33\n")
    local_shown = runner.invoke(audit_app, ["checkpoint", "--data-dir", data_dir])
    assert local_shown.stdout == shown.stdout
    made = runner.invoke(audit_app, ["checkpoint", "--data-dir", data_dir, "--new"])
    assert made.exit_code == 0 and made.stdout.startswith(f"{logged.settings.audit_origin}\n33\n")
    unsure = runner.invoke(audit_app, ["checkpoint", "--url", logged.url])
    assert unsure.exit_code == 0 and "trusting the key the log serves" in unsure.stderr


def test_command_line_mistakes_exit_2(logged: Any, tmp_path: Path) -> None:
    data_dir = str(logged.settings.data_dir)
    cases = [
        ["verify", "--url", logged.url, "--key", "not-a-key"],
        ["verify", "--url", logged.url, "--since", str(tmp_path / "absent.txt")],
        ["checkpoint", "--url", logged.url, "--data-dir", data_dir],
        ["checkpoint", "--url", logged.url, "--new"],
        [
            "checkpoint",
            "--url",
            "http://127.0.0.1:9",
            "--key",
            Signer.generate("x").verifier().to_key(),
        ],
        ["prove", "dec_x", "--url", "http://127.0.0.1:9"],
        ["checkpoint", "--data-dir", str(tmp_path / "fresh")],
    ]
    for args in cases:
        result = runner.invoke(audit_app, args)
        assert result.exit_code == 2, (args, result.output)
        assert "error:" in result.output


def test_checkpoint_signed_by_another_key_exits_1(logged: Any) -> None:
    other = Signer.generate(logged.settings.audit_origin).verifier().to_key()
    result = runner.invoke(audit_app, ["checkpoint", "--url", logged.url, "--key", other])
    assert result.exit_code == 1
    assert "signature does not verify" in result.output
    proved = runner.invoke(audit_app, ["prove", "dec_x", "--url", logged.url, "--key", other])
    assert proved.exit_code == 1


def test_prove_catches_a_changed_entry(logged: Any) -> None:
    row = stored_row(logged, 4)
    rewrite(logged, lambda rows: [forged(r, rehash=True) if r["idx"] == 4 else r for r in rows])
    key = httpx.get(f"{logged.url}/audit/key").text.strip()
    data_dir = str(logged.settings.data_dir)
    for source in (["--url", logged.url, "--key", key], ["--data-dir", data_dir]):
        result = runner.invoke(audit_app, ["prove", row["ref_id"], *source])
        assert result.exit_code == 1, result.output
        assert "entry 4: inclusion proof does not verify" in result.output
    unknown = runner.invoke(audit_app, ["prove", "dec_unknown", "--data-dir", data_dir])
    assert unknown.exit_code == 1
    assert "no log entry records" in unknown.output


def test_prove_refuses_an_entry_for_another_decision(logged: Any) -> None:
    first, second = stored_row(logged, 2), stored_row(logged, 3)
    execute(logged, update(log_entries).where(log_entries.c.idx == 3).values(ref_id="dec_moved"))
    execute(
        logged,
        update(log_entries).where(log_entries.c.idx == 2).values(ref_id=second["ref_id"]),
    )
    result = runner.invoke(
        audit_app, ["prove", second["ref_id"], "--data-dir", str(logged.settings.data_dir)]
    )
    assert result.exit_code == 1
    assert f"entry 2 does not record {second['ref_id']}" in result.output
    assert first["ref_id"] != second["ref_id"]


def stored_row(gw: Any, index: int) -> Row:
    engine = create_store_engine(gw.settings.db_url)
    try:
        with engine.connect() as connection:
            row = connection.execute(select(log_entries).where(log_entries.c.idx == index)).one()
    finally:
        engine.dispose()
    return dict(row._mapping)


@pytest.fixture
def postgres_url(tmp_path: Path) -> Iterator[str]:
    """Set up before make_gateway, so torn down after its gateways have stopped."""
    with database_url("postgresql", tmp_path) as url:
        yield url


def test_gateway_on_postgresql_logs_and_verifies(
    postgres_url: str, make_gateway: Callable[..., Any]
) -> None:
    gw = make_gateway(database_url=postgres_url, audit_checkpoint_interval_s=3600)
    indexes = set()
    for n in range(5):
        answer = chat(gw, f"Summarise report {n}.")
        indexes |= {
            int(answer.headers["redline-log-index"]),
            int(answer.headers["redline-response-log-index"]),
        }
    assert indexes == set(range(1, 11))  # index 0: the policy's start entry
    checkpoint_now(gw)
    result = verify(gw)
    assert result.exit_code == 0, result.output
    assert "verified: 11 entries" in result.stdout
    rewrite(gw, lambda rows: [forged(r, rehash=True) if r["idx"] == 7 else r for r in rows])
    tampered = verify(gw)
    assert tampered.exit_code == 1
    assert "entry 7: not the entry" in tampered.output
