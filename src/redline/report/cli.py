"""``redline report``: the transparency report, from the local store or a gateway's HTTP API.

Exit status: 0 the log verified and the report was written; 1 the log did not verify (the
report is still written, saying so); 2 the report could not be made (bad arguments, log
unreachable, file not writable).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

__all__ = ["report"]

err = Console(stderr=True, highlight=False)


def _bound(text: str | None, option: str) -> str | None:
    # Entries carry created_at as "YYYY-MM-DDTHH:MM:SS.ffffffZ"; bounds are compared as text
    # in the same spelling.
    if text is None:
        return None
    try:
        moment = (
            datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
            if len(text) == 10
            else datetime.fromisoformat(text.replace("Z", "+00:00"))
        )
    except ValueError as exc:
        err.print(f"[red]error:[/] {option} {text!r} is not a date or an ISO 8601 time")
        raise typer.Exit(2) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def report(
    since: Annotated[
        str | None,
        typer.Option(
            help="First day or time counted (ISO 8601, UTC unless given).", show_default=False
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="End of the window, excluded (ISO 8601).", show_default=False),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the HTML report here.", show_default=False),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as one JSON object (README schema).")
    ] = False,
    url: Annotated[
        str | None,
        typer.Option(
            help="Read a running gateway's /audit API instead of the local store.",
            show_default=False,
        ),
    ] = None,
    keys: Annotated[
        list[str] | None,
        typer.Option(
            "--key",
            help="Verifier key the checkpoints must be signed with (repeatable). Default: the "
            "local log's own key; with --url, the key the gateway serves.",
            show_default=False,
        ),
    ] = None,
    new_checkpoint: Annotated[
        bool,
        typer.Option(
            "--checkpoint/--no-checkpoint",
            help="Local store: sign a checkpoint first, so the report covers every entry.",
        ),
    ] = True,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="Data directory of the local gateway.", show_default=False),
    ] = None,
) -> None:
    """Transparency report: decisions per red line and layer, holds and reviews, suspensions,
    policy changes and checkpoints, all counted from the verified audit log."""
    from redline.audit.errors import AuditError
    from redline.audit.note import NoteError, Verifier
    from redline.report.build import LocalSource, RemoteSource, build_report
    from redline.report.render import render_html, report_json

    low, high = _bound(since, "--since"), _bound(until, "--until")
    if out is None and not as_json:
        err.print("[red]error:[/] give --out report.html, --json, or both")
        raise typer.Exit(2)
    try:
        verifiers = [Verifier.from_key(k) for k in keys or ()]
    except NoteError as exc:
        err.print(f"[red]error:[/] not a verifier key: {exc}")
        raise typer.Exit(2) from exc
    try:
        if url is not None:
            from redline.audit.client import LogClient

            with LogClient(url) as client:
                verifiers = verifiers or [Verifier.from_key(client.key())]
                facts, check = build_report(RemoteSource(client), verifiers, since=low, until=high)
        else:
            from redline.audit.cli import _local

            with _local(data_dir) as log:
                if new_checkpoint:
                    log.make_checkpoint()
                verifiers = verifiers or [Verifier.from_key(log.verifier_key)]
                facts, check = build_report(LocalSource(log), verifiers, since=low, until=high)
    except (AuditError, NoteError) as exc:
        err.print(f"[red]error:[/] cannot read the log: {exc}")
        raise typer.Exit(2) from exc
    if out is not None:
        try:
            out.write_text(render_html(facts, check), encoding="utf-8")
        except OSError as exc:
            err.print(f"[red]error:[/] cannot write {out}: {exc}")
            raise typer.Exit(2) from exc
        err.print(f"wrote {out}")
    if as_json:
        sys.stdout.write(json.dumps(report_json(facts, check), separators=(",", ":")) + "\n")
    if not check.verified:
        err.print(f"[red]the log did not verify:[/] {check.error}")
        raise typer.Exit(1)
    err.print(
        f"verified {check.checked_entries} entries against {check.checkpoints} checkpoints; "
        f"{facts.entries} in the window, {facts.decisions} decisions"
    )
