"""The ``redline`` command line."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from redline.audit.cli import audit_app
from redline.cli_options import DataDir, PolicyFile
from redline.controls_cli import authority_app, overlay_app, suspension_app
from redline.openai_types import ChatRequest
from redline.policy import PolicyError, load_policy
from redline.policy.cli import policy_app
from redline.report.cli import report
from redline.review.cli import review_app, reviewer_app
from redline.settings import Settings, SettingsError, load_settings

app = typer.Typer(
    help="Redline: a red-line gateway in front of any OpenAI-compatible model.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
tenant_app = typer.Typer(
    help="Tenants (customer organisations) and their API keys.", no_args_is_help=True
)
key_app = typer.Typer(help="API keys of a tenant.", no_args_is_help=True)
app.add_typer(tenant_app, name="tenant")
app.add_typer(audit_app, name="audit")
app.add_typer(reviewer_app, name="reviewer")
app.add_typer(review_app, name="review")
tenant_app.add_typer(key_app, name="key")
app.add_typer(policy_app, name="policy")
app.add_typer(suspension_app, name="suspension")
tenant_app.add_typer(authority_app, name="authority")
tenant_app.add_typer(overlay_app, name="overlay")
app.command("report")(report)

err = Console(stderr=True)
out = Console()


def _settings(**overrides: Any) -> Settings:
    try:
        return load_settings(**overrides)
    except SettingsError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def serve(
    host: Annotated[
        str | None,
        typer.Option(
            help="Address to listen on (default 127.0.0.1; env REDLINE_HOST).", show_default=False
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            help="Port to listen on (default 8080; env REDLINE_PORT).", show_default=False
        ),
    ] = None,
    data_dir: DataDir = None,
    upstream: Annotated[
        str | None,
        typer.Option(
            "--upstream",
            help="Base URL of an OpenAI-compatible endpoint to front, e.g. "
            "http://127.0.0.1:8000/v1. Without it, the embedded SmolLM2-135M model is started.",
            show_default=False,
        ),
    ] = None,
    upstream_key: Annotated[
        str | None,
        typer.Option(
            "--upstream-key", help="API key the gateway sends to the upstream.", show_default=False
        ),
    ] = None,
    policy: PolicyFile = None,
    trust: Annotated[
        Path | None,
        typer.Option(
            "--trust",
            help="Trust file of provider keys; the policy must be signed by one of them "
            "(env REDLINE_POLICY_TRUST_FILE; default: a local provider key in the data dir).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run the gateway (the embedded local model unless --upstream is given). Starts only
    with a policy whose signature verifies; SIGHUP reloads it."""
    import uvicorn

    from redline.gateway.app import create_app
    from redline.local_model import LocalModelError, LocalModelProcess
    from redline.observe.logs import logging_config

    settings = _settings(
        host=host,
        port=port,
        data_dir=data_dir,
        upstream_url=upstream,
        upstream_key=upstream_key,
        policy_file=policy,
        policy_trust_file=trust,
    )
    from datetime import UTC, datetime

    from redline.policy.bundle import PolicySource

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    source = PolicySource.of(
        policy_file=settings.policy_file,
        trust_file=settings.policy_trust_file,
        data_dir=settings.data_dir,
    )
    try:
        signed = source.load(datetime.now(UTC), lambda note: err.print(f"[yellow]{note}[/]"))
    except PolicyError as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from exc
    active_policy = signed.policy
    from redline.audit.checkpoints import audit_signer
    from redline.audit.note import NoteError, verifier_key

    try:
        audit_key = verifier_key(audit_signer(settings))
    except (NoteError, OSError) as exc:
        err.print(f"[red]error:[/] audit signing key: {exc}")
        raise typer.Exit(2) from exc
    err.print(f"audit log {settings.audit_origin}  verifier key {audit_key}")
    local: LocalModelProcess | None = None
    if settings.upstream_base is None:
        local = LocalModelProcess()
        err.print("starting the embedded model (SmolLM2-135M-Instruct)...")
        try:
            url = local.start(
                model_path=settings.local_model_path,
                threads=settings.local_model_threads,
                log_path=settings.data_dir / "local-model.log",
            )
        except LocalModelError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
        settings = settings.model_copy(update={"upstream_url": url})
    err.print(
        f"redline {settings.host}:{settings.port} -> {settings.upstream_base}  "
        f"policy {active_policy.version} {active_policy.digest} (signed by "
        f"{signed.signature.key_id})  data {settings.data_dir}"
    )
    try:
        uvicorn.run(
            create_app(settings, policy=signed),
            host=settings.host,
            port=settings.port,
            log_level=settings.log_level,
            log_config=logging_config(settings.log_level, settings.log_format),
            access_log=False,
        )
    finally:
        if local is not None:
            local.stop()


@tenant_app.command("add")
def tenant_add(
    name: Annotated[str, typer.Argument(help="Tenant name.")],
    data_dir: DataDir = None,
    authority: Annotated[
        list[str] | None,
        typer.Option(
            "--authority",
            help="A legal authority the tenant may declare, e.g. 'EO 12333' (repeatable).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Create a tenant and print its first API key (the last line of output)."""
    from redline.store import TenantExists

    settings = _settings(data_dir=data_dir)
    from redline.controls_cli import canonical_authorities, register_authorities

    authorities = canonical_authorities(settings, authority or [])
    with _store(settings) as store:
        try:
            tenant = store.add_tenant(name)
        except TenantExists as exc:
            err.print(
                f"[red]error:[/] tenant {name!r} already exists; "
                f"add a key with: redline tenant key add {name}"
            )
            raise typer.Exit(1) from exc
        if authorities:
            register_authorities(store, tenant.name, authorities)
            err.print(f"authorities: {', '.join(authorities)}")
        key, secret = store.add_key(tenant.name)
    err.print(f"tenant {tenant.name} created; key {key.key_id} (shown once, store it now):")
    print(secret)


@key_app.command("add")
def key_add(
    name: Annotated[str, typer.Argument(help="Tenant name.")],
    label: Annotated[str | None, typer.Option(help="What the key is for.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Add an API key to an existing tenant and print it (the last line of output)."""
    from redline.store import UnknownTenant

    settings = _settings(data_dir=data_dir)
    with _store(settings) as store:
        try:
            key, secret = store.add_key(name, label=label)
        except UnknownTenant as exc:
            err.print(
                f"[red]error:[/] no tenant named {name!r}; create it with: "
                f"redline tenant add {name}"
            )
            raise typer.Exit(1) from exc
    err.print(f"key {key.key_id} added to tenant {name} (shown once, store it now):")
    print(secret)


@tenant_app.command("list")
def tenant_list(data_dir: DataDir = None) -> None:
    """List tenants."""
    settings = _settings(data_dir=data_dir)
    with _store(settings) as store:
        tenants = store.list_tenants()
    table = Table("name", "created")
    for t in tenants:
        table.add_row(t.name, t.created_at.isoformat(timespec="seconds"))
    out.print(table)


@app.command()
def check(
    text: Annotated[str | None, typer.Argument(help="Text to screen.", show_default=False)] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", help="JSONL file: rows with `text` or `messages`.", show_default=False
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per row.")] = False,
    policy: PolicyFile = None,
) -> None:
    """Screen text without a server: same layers and policy as the gateway."""
    from redline.detect.layers import default_layers
    from redline.gateway.guard import Guard

    if (text is None) == (file is None):
        err.print("[red]error:[/] give either TEXT or --file F.jsonl")
        raise typer.Exit(2)
    try:
        guard = Guard(load_policy(policy), default_layers())
    except PolicyError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if text is not None:
        result = asyncio.run(_check_all(guard, [{"text": text}], progress=False))[0]
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            _show(result)
        return
    assert file is not None
    rows = list(_rows(file))
    results = asyncio.run(_check_all(guard, rows, progress=not as_json or sys.stderr.isatty()))
    if as_json:
        for result in results:
            print(json.dumps(result, ensure_ascii=False))
    else:
        counts: dict[str, int] = {}
        for result in results:
            counts[result["decision"]] = counts.get(result["decision"], 0) + 1
        table = Table("decision", "rows")
        for name in ("allow", "hold", "block"):
            table.add_row(name, str(counts.get(name, 0)))
        out.print(table)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/] cannot read {path}: {exc}")
        raise typer.Exit(2) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            err.print(f"[red]error:[/] {path}:{n}: not JSON: {exc.msg}")
            raise typer.Exit(2) from exc
        if not isinstance(row, dict) or not ("text" in row or "messages" in row):
            err.print(f"[red]error:[/] {path}:{n}: a row needs `text` or `messages`")
            raise typer.Exit(2)
        if "messages" in row:
            try:
                ChatRequest.model_validate({"model": "check", "messages": row["messages"]})
            except ValidationError as exc:
                first = exc.errors()[0]
                loc = ".".join(str(p) for p in first["loc"])
                err.print(f"[red]error:[/] {path}:{n}: {loc}: {first['msg']}")
                raise typer.Exit(2) from exc
        yield row


async def _check_all(
    guard: Any, rows: list[dict[str, Any]], *, progress: bool
) -> list[dict[str, Any]]:
    results = []
    # The models load lazily; loading them inside the first row's layer budget would fail
    # that row closed (a block that says nothing about its text), as the gateway's start-up
    # and `redline eval` avoid by warming up first.
    await guard.warm_up()
    with Progress(console=err, disable=not progress, transient=True) as bar:
        task = bar.add_task("screening", total=len(rows))
        for row in rows:
            results.append(await _check_one(guard, row))
            bar.advance(task)
    return results


async def _check_one(guard: Any, row: dict[str, Any]) -> dict[str, Any]:
    from redline.exchange import Context, Exchange

    if "messages" in row:
        req = ChatRequest.model_validate(
            {"model": "check", "messages": row["messages"], "tools": row.get("tools")}
        )
        exchange = Exchange.of_chat(req, Context())
    else:
        exchange = Exchange.of_text(str(row["text"]))
    verdict = await guard.judge(exchange)
    d = verdict.decision
    return {
        "decision": d.action.value,
        "red_line": d.red_line.value if d.red_line else None,
        "scores": {k.value: v for k, v in d.scores.items()},
        "findings": d.summary(),
        "latency_ms": verdict.latency_ms,
        **({"label": row["label"]} if "label" in row else {}),
    }


def _show(result: dict[str, Any]) -> None:
    colour = {"allow": "green", "hold": "yellow", "block": "red"}[result["decision"]]
    out.print(
        f"[bold {colour}]{result['decision']}[/]"
        + (f"  red line: {result['red_line']}" if result["red_line"] else "")
    )
    for f in result["findings"]:
        out.print(f"  {f['layer']:>9}  {f['kind']:<32} {f['score']:.2f}  {f['detail']}")


@app.command("eval")
def eval_(
    dataset: Annotated[
        Path,
        typer.Option(
            "--dataset",
            help="JSONL rows with `text` or `messages` and a `label` or `our_label`.",
            show_default=False,
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object (schema in the README).")
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report", help="Also write a self-contained HTML report here.", show_default=False
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(
            "--split", help="Only rows whose `split` is this, e.g. test.", show_default=False
        ),
    ] = None,
    concurrency: Annotated[
        int,
        typer.Option(
            "--concurrency", min=1, help="Rows screened at once (latency is measured under it)."
        ),
    ] = 16,
    progress: Annotated[
        bool,
        typer.Option("--progress/--no-progress", help="Progress bar on stderr (terminals only)."),
    ] = True,
    policy: PolicyFile = None,
) -> None:
    """Measure detection on a labelled dataset (P/R/F1, false positives, layers, latency)."""
    from rich.markup import escape

    from redline.eval import EvalError, run_eval

    try:
        run_eval(
            dataset,
            as_json=as_json,
            report=report,
            policy=policy,
            progress=progress,
            split=split,
            concurrency=concurrency,
        )
    except (EvalError, PolicyError) as exc:
        for line in str(exc).splitlines():
            err.print(f"[red]error:[/] {escape(line)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc


@app.command()
def train(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Training corpus (JSONL with label and split).")
    ] = Path("corpus/redline_corpus.jsonl"),
    head_out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Where to write the head (default: the head shipped in the package).",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed: the same seed gives the same bytes.")] = 20261123,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            help="Cache of window embeddings, to make re-runs fast.",
            show_default=False,
        ),
    ] = None,
    multilingual_out: Annotated[
        Path | None,
        typer.Option(
            "--multilingual-out",
            help="Where to write the multilingual reader's head (default: the package's "
            "for the package's head, else <out stem>_multilingual.json beside --out).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Rebuild the semantic heads (MiniLM's and the multilingual reader's) from the corpus,
    deterministically (train split to fit, validation split to calibrate)."""
    from redline.detect.semantic.head import default_head_path
    from redline.detect.semantic.train import run_train

    target = head_out or default_head_path()
    try:
        report = run_train(
            corpus,
            target,
            seed=seed,
            progress=sys.stderr.isatty(),
            cache_dir=cache_dir,
            multilingual_out=multilingual_out,
        )
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    err.print(f"wrote {target} (sha256 {report.sha256})")
    err.print(f"wrote {report.multilingual['out']} (sha256 {report.multilingual['sha256']})")
    out.print(
        f"rows: train {report.train_rows}, validation {report.validation_rows}, "
        f"held out {report.held_out_rows}; windows {report.windows} "
        f"({report.embedded} embedded now)"
    )
    out.print_json(
        json.dumps(
            {
                "hold": report.hold,
                "block": report.block,
                "validation": report.validation,
                "multilingual": {
                    k: report.multilingual[k] for k in ("hold", "block", "validation")
                },
            }
        )
    )


class _store:
    """Open the store for one CLI command and close it after."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def __enter__(self) -> Any:
        from redline.store import Store

        self._settings.data_dir.mkdir(parents=True, exist_ok=True)
        self._store = Store.open(self._settings.db_url)
        return self._store

    def __exit__(self, *exc: object) -> None:
        self._store.close()
