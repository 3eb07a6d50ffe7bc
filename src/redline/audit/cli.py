"""``redline audit``: the audit log's commands (a typer sub-app mounted by ``redline.cli``).

    redline audit key          [--data-dir D]
    redline audit checkpoint   [--url URL | --data-dir D] [--new] [--key K]
    redline audit prove ID     [--url URL | --data-dir D] [--key K]
    redline audit verify       --url URL [--key K] [--since FILE] [--save FILE]

``verify`` uses nothing but the log's HTTP API. Exit status: 0 verified, 1 the log (or a
proof, or a checkpoint) is wrong, 2 the command could not run (bad arguments, log or
database unreachable).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from redline.audit.client import LogClient
from redline.audit.errors import AuditError, LogUnreachable, OutOfRange, VerificationFailed
from redline.audit.merkle import ProofError, leaf_hash, verify_inclusion
from redline.audit.note import NoteError, Verifier
from redline.audit.verify import audit_log, check_checkpoint

if TYPE_CHECKING:
    from redline.audit.log import AuditLog

__all__ = ["audit_app"]

audit_app = typer.Typer(
    help="The tamper-evident audit log: keys, checkpoints, proofs, verification.",
    no_args_is_help=True,
)

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory of a local gateway (default: a per-user folder; env "
        "REDLINE_DATA_DIR).",
        show_default=False,
    ),
]
Url = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="Base URL of a running gateway, e.g. http://127.0.0.1:8080.",
        show_default=False,
    ),
]
Keys = Annotated[
    list[str] | None,
    typer.Option(
        "--key",
        help="Verifier key (name+keyid+base64) that must have signed the checkpoints; may be "
        "given more than once. Without it, the key the log itself serves is trusted.",
        show_default=False,
    ),
]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _verifiers(keys: Sequence[str] | None, client: LogClient | None) -> list[Verifier]:
    try:
        if keys:
            return [Verifier.from_key(key) for key in keys]
        assert client is not None
        served = client.key()
        err.print(
            f"[yellow]warning:[/] no --key given: trusting the key the log serves ({served}); "
            "pass --key to check against a key you obtained independently",
            highlight=False,
        )
        return [Verifier.from_key(served)]
    except NoteError as exc:
        raise _fail(f"not a verifier key: {exc}", 2) from exc
    except AuditError as exc:
        raise _fail(f"cannot fetch the log's key: {exc}", 2) from exc


@contextmanager
def _local(data_dir: Path | None) -> Iterator[AuditLog]:
    """The AuditLog of the local store (signing key and database under the data dir)."""
    # Here, not at the top: `audit verify` needs no database driver, only HTTP.
    from redline.audit.checkpoints import audit_signer
    from redline.audit.log import AuditLog
    from redline.settings import SettingsError, load_settings
    from redline.store import Store, StoreError

    try:
        settings = load_settings(data_dir=data_dir)
    except SettingsError as exc:
        raise _fail(str(exc), 2) from exc
    try:
        signer = audit_signer(settings)
    except (NoteError, OSError) as exc:
        raise _fail(f"signing key: {exc}", 2) from exc
    try:
        store = Store.open(settings.db_url)
    except StoreError as exc:
        raise _fail(str(exc), 2) from exc
    try:
        yield AuditLog(store, signer, settings.audit_origin)
    except StoreError as exc:
        raise _fail(str(exc), 2) from exc
    finally:
        store.close()


def _one_source(url: str | None, data_dir: Path | None) -> None:
    if url is not None and data_dir is not None:
        raise _fail("give --url or --data-dir, not both", 2)


@audit_app.command("key")
def key(data_dir: DataDir = None) -> None:
    """Print the verifier key of the local log (creating the signing key if there is none)."""
    from redline.audit.checkpoints import audit_signer
    from redline.audit.note import verifier_key
    from redline.settings import SettingsError, load_settings

    try:
        signer = audit_signer(load_settings(data_dir=data_dir))
    except (SettingsError, NoteError, OSError) as exc:
        raise _fail(str(exc), 2) from exc
    print(verifier_key(signer))


@audit_app.command("checkpoint")
def checkpoint(
    url: Url = None,
    data_dir: DataDir = None,
    new: Annotated[
        bool, typer.Option("--new", help="Sign a checkpoint of the local log as it is now.")
    ] = False,
    keys: Keys = None,
) -> None:
    """Print the latest signed checkpoint (a C2SP signed note), checking its signature."""
    _one_source(url, data_dir)
    if url is not None:
        if new:
            raise _fail("--new needs the local store (--data-dir), not --url", 2)
        with LogClient(url) as client:
            verifiers = _verifiers(keys, client)
            try:
                note = client.checkpoint()
            except AuditError as exc:
                raise _fail(f"cannot fetch the checkpoint: {exc}", 2) from exc
        try:
            check_checkpoint(note, verifiers)
        except VerificationFailed as exc:
            raise _fail(str(exc)) from exc
        print(note, end="")
        return
    with _local(data_dir) as log:
        try:
            stored = log.make_checkpoint() if new else log.latest_checkpoint()
        except OutOfRange as exc:
            raise _fail(f"{exc}; make one with --new", 2) from exc
        print(stored.note, end="")


@audit_app.command("prove")
def prove(
    decision_id: Annotated[str, typer.Argument(help="The decision id (dec_...).")],
    url: Url = None,
    data_dir: DataDir = None,
    keys: Keys = None,
) -> None:
    """Print and check the proof that a decision is in the log's latest checkpoint."""
    _one_source(url, data_dir)
    if url is not None:
        _prove_remote(decision_id, url, keys)
    else:
        _prove_local(decision_id, data_dir)


def _prove_remote(decision_id: str, url: str, keys: Sequence[str] | None) -> None:
    with LogClient(url) as client:
        verifiers = _verifiers(keys, client)
        try:
            note = client.checkpoint()
            checkpoint = check_checkpoint(note, verifiers)
            proof = client.inclusion(decision_id=decision_id, size=checkpoint.size)
            body, _ = client.entry(proof.index)
        except VerificationFailed as exc:
            raise _fail(str(exc)) from exc
        except OutOfRange as exc:
            raise _fail(
                f"{exc} (a decision is covered by the next checkpoint, within seconds)", 1
            ) from exc
        except LogUnreachable as exc:
            raise _fail(str(exc), 2) from exc
    _show_and_check(
        decision_id, proof.index, body, proof.hashes, checkpoint.size, checkpoint.root, note
    )


def _prove_local(decision_id: str, data_dir: Path | None) -> None:
    with _local(data_dir) as log:
        try:
            index = log.index_of(decision_id)
            stored = log.latest_checkpoint()
            if stored.size <= index:
                stored = log.make_checkpoint()
            proof = log.inclusion(index, stored.size)
            body = log.entry(index).body
        except OutOfRange as exc:
            raise _fail(str(exc)) from exc
        checkpoint = check_checkpoint(stored.note, [Verifier.from_key(log.verifier_key)])
    _show_and_check(
        decision_id, index, body, proof.hashes, checkpoint.size, checkpoint.root, stored.note
    )


def _show_and_check(
    decision_id: str,
    index: int,
    body: bytes,
    hashes: Sequence[bytes],
    size: int,
    root: bytes,
    note: str,
) -> None:
    leaf = leaf_hash(body)  # recomputed from the entry bytes, never taken from the log
    out.print(f"decision    {decision_id}")
    out.print(f"log index   {index}")
    out.print(f"entry       {body.decode('utf-8', 'replace')}")
    out.print(f"leaf hash   {_b64(leaf)}")
    out.print(f"tree size   {size}")
    out.print(f"root        {_b64(root)}")
    out.print(f"proof       {len(hashes)} hashes")
    for digest in hashes:
        out.print(f"  {_b64(digest)}")
    out.print("checkpoint")
    out.print(note.rstrip("\n"))
    try:
        recorded = orjson.loads(body).get("id")
    except (orjson.JSONDecodeError, AttributeError):
        recorded = None
    if recorded != decision_id:
        raise _fail(f"entry {index} does not record {decision_id}")
    try:
        verify_inclusion(leaf, index, size, hashes, root)
    except ProofError as exc:
        raise _fail(f"entry {index}: inclusion proof does not verify: {exc}") from exc
    out.print(f"[green]verified:[/] entry {index} is in the signed tree of size {size}")


@audit_app.command("verify")
def verify(
    url: Annotated[str, typer.Option("--url", help="Base URL of the gateway to audit.")],
    keys: Keys = None,
    since: Annotated[
        Path | None,
        typer.Option(
            "--since",
            help="A checkpoint saved by an earlier audit: the log must still contain it.",
            show_default=False,
        ),
    ] = None,
    save: Annotated[
        Path | None,
        typer.Option(
            "--save",
            help="Write the latest verified checkpoint here (for --since).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Audit the whole log over HTTP: every entry, every checkpoint, their consistency."""
    saved: str | None = None
    if since is not None:
        try:
            saved = since.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(f"cannot read {since}: {exc}", 2) from exc
    with LogClient(url) as client:
        verifiers = _verifiers(keys, client)
        columns = (
            TextColumn("verifying"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        try:
            with Progress(*columns, console=err, transient=True) as bar:
                task = bar.add_task("entries", total=None)

                def advance(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                report = audit_log(client, verifiers, since=saved, progress=advance)
        except VerificationFailed as exc:
            raise _fail(str(exc)) from exc
        except AuditError as exc:
            raise _fail(f"no verdict: {exc}", 2) from exc
    if save is not None:
        save.write_text(report.latest_note, encoding="utf-8")
    out.print(
        f"[green]verified:[/] {report.entries} entries of log {report.origin}, "
        f"{report.checkpoints} checkpoint(s), latest at size {report.latest.size} "
        f"(root {_b64(report.latest.root)}), in {report.seconds:.1f} s"
    )
