"""``redline suspension ...`` and ``redline tenant authority|overlay ...``: the provider's
controls over tenants, from the command line.

Suspensions are signed commands, exactly as the admin API takes them: with ``--url`` the
command goes to a gateway's ``/admin``; without, it is verified against this deployment's
trust file and written to the shared store directly. Either way every replica honours it
within a second and the audit log records it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from redline.cli_options import DataDir
from redline.policy import PolicyError, load_policy
from redline.policy.authorities import canonical_authority
from redline.policy.bundle import PolicySource
from redline.policy.commands import CommandError, Scope, sign_command, verify_command
from redline.policy.keys import SigningKey, TrustStore
from redline.policy.overlay import check_overlay, parse_overlay
from redline.settings import Settings, SettingsError, load_settings
from redline.store import NonceReused, Store, StoreError

__all__ = [
    "authority_app",
    "canonical_authorities",
    "overlay_app",
    "register_authorities",
    "suspension_app",
]

suspension_app = typer.Typer(
    help="Suspend or lift a tenant or a single API key (provider-signed).", no_args_is_help=True
)
authority_app = typer.Typer(
    help="Legal authorities a tenant may declare (Redline-Authority).", no_args_is_help=True
)
overlay_app = typer.Typer(
    help="A tenant's policy overlay (may only tighten the provider's policy).",
    no_args_is_help=True,
)
err = Console(stderr=True)
out = Console()

Tenant = Annotated[str | None, typer.Option("--tenant", help="Tenant name.", show_default=False)]
KeyId = Annotated[
    str | None, typer.Option("--key", help="API key id (key_...).", show_default=False)
]
SigningKeyFile = Annotated[
    Path | None,
    typer.Option(
        "--signing-key",
        help="Provider signing key (default: the local provider key in the data dir).",
        show_default=False,
    ),
]
Url = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="Send to this gateway's /admin instead of writing the store directly.",
        show_default=False,
    ),
]


def _fail(message: object, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(str(message))}", soft_wrap=True)
    return typer.Exit(code)


def _settings(data_dir: Path | None) -> Settings:
    try:
        return load_settings(data_dir=data_dir)
    except SettingsError as exc:
        raise _fail(exc, 2) from exc


def _source(settings: Settings) -> PolicySource:
    return PolicySource.of(
        policy_file=settings.policy_file,
        trust_file=settings.policy_trust_file,
        data_dir=settings.data_dir,
    )


@contextmanager
def _store(settings: Settings) -> Iterator[Store]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        store = Store.open(settings.db_url)
    except StoreError as exc:
        raise _fail(exc, 2) from exc
    try:
        yield store
    finally:
        store.close()


def _command(
    action: str,
    tenant: str | None,
    key: str | None,
    signing_key: Path | None,
    reason: str,
    settings: Settings,
) -> dict[str, Any]:
    if (tenant is None) == (key is None):
        raise _fail("give exactly one of --tenant NAME or --key KEY_ID", 2)
    scope: Scope = "tenant" if tenant is not None else "key"
    path = signing_key or settings.data_dir / "provider" / "provider.key"
    try:
        signer = SigningKey.load(path)
    except PolicyError as exc:
        raise _fail(exc, 2) from exc
    return sign_command(
        signer, action, datetime.now(UTC), scope=scope, target=tenant or key, reason=reason
    )


def _send(action: str, body: dict[str, Any], url: str | None, settings: Settings) -> None:
    if url is not None:
        path = "/admin/suspensions" + ("/lift" if action == "lift" else "")
        try:
            answer = httpx.post(url.rstrip("/") + path, json=body, timeout=30)
        except httpx.HTTPError as exc:
            raise _fail(f"cannot reach {url}: {exc}") from exc
        if answer.status_code != 200:
            message = answer.json().get("error", {}).get("message")
            raise _fail(f"{answer.status_code}: {message}")
        out.print_json(data=answer.json())
        return
    from redline.gateway.admin import apply_suspension

    try:
        trust = TrustStore.load(_source(settings).trust_path)
        command = verify_command(body, trust, datetime.now(UTC), action=action)
    except (PolicyError, CommandError) as exc:
        raise _fail(f"command refused: {exc}") from exc
    with _store(settings) as store:
        try:
            done = apply_suspension(store, command)
        except NonceReused as exc:
            raise _fail(exc) from exc
        except StoreError as exc:
            raise _fail(exc) from exc
    out.print_json(data=done)


@suspension_app.command("add")
def suspension_add(
    tenant: Tenant = None,
    key: KeyId = None,
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the audit log).")] = "",
    signing_key: SigningKeyFile = None,
    url: Url = None,
    data_dir: DataDir = None,
) -> None:
    """Suspend a tenant (every key) or one API key: its requests get 403 access_suspended
    on every replica within a second."""
    settings = _settings(data_dir)
    _send("suspend", _command("suspend", tenant, key, signing_key, reason, settings), url, settings)


@suspension_app.command("lift")
def suspension_lift(
    tenant: Tenant = None,
    key: KeyId = None,
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the audit log).")] = "",
    signing_key: SigningKeyFile = None,
    url: Url = None,
    data_dir: DataDir = None,
) -> None:
    """Lift every suspension of a tenant or key."""
    settings = _settings(data_dir)
    _send("lift", _command("lift", tenant, key, signing_key, reason, settings), url, settings)


@suspension_app.command("list")
def suspension_list(
    all_: Annotated[bool, typer.Option("--all", help="Include lifted suspensions.")] = False,
    data_dir: DataDir = None,
) -> None:
    """List suspensions (active ones unless --all)."""
    settings = _settings(data_dir)
    with _store(settings) as store:
        rows = store.provider.suspensions(active_only=not all_)
    table = Table("id", "scope", "target", "since", "by", "lifted", "reason")
    for s in rows:
        lifted = s.lifted_at.isoformat(timespec="seconds") if s.lifted_at else ""
        since = s.suspended_at.isoformat(timespec="seconds")
        table.add_row(s.id, s.scope, s.target_id, since, s.suspended_by, lifted, s.reason)
    out.print(table)


def canonical_authorities(settings: Settings, names: list[str]) -> list[str]:
    """``names`` in the policy's spelling. Raises typer.Exit naming an authority the policy
    (``REDLINE_POLICY_FILE`` or the packaged default) lacks."""
    try:
        policy = load_policy(settings.policy_file)
    except PolicyError as exc:
        raise _fail(exc, 2) from exc
    canonical = []
    for name in names:
        found = canonical_authority(name, policy.authorities)
        if found is None:
            raise _fail(
                f"{name!r} is not an authority of the policy ({', '.join(policy.authorities)})", 2
            )
        canonical.append(found)
    return sorted(set(canonical))


def register_authorities(store: Store, tenant: str, names: list[str]) -> None:
    """Set the tenant's authorities to ``names`` (already canonical). Raises typer.Exit."""
    try:
        store.provider.set_authorities(tenant, frozenset(names))
    except StoreError as exc:
        raise _fail(exc) from exc


@authority_app.command("set")
def authority_set(
    tenant: Annotated[str, typer.Argument(help="Tenant name.")],
    authority: Annotated[
        list[str] | None,
        typer.Argument(
            help="Authorities, e.g. 'EO 12333' 'Title 50' (none: clear).", show_default=False
        ),
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Register exactly these authorities for the tenant (recorded in the audit log)."""
    settings = _settings(data_dir)
    names = canonical_authorities(settings, authority or [])
    with _store(settings) as store:
        register_authorities(store, tenant, names)
    out.print(f"{tenant}: {', '.join(names) or 'no authorities'}")


@authority_app.command("list")
def authority_list(
    tenant: Annotated[str, typer.Argument(help="Tenant name.")], data_dir: DataDir = None
) -> None:
    """The authorities the tenant may declare."""
    settings = _settings(data_dir)
    with _store(settings) as store:
        try:
            names = store.provider.authorities(tenant)
        except StoreError as exc:
            raise _fail(exc) from exc
    out.print(f"{tenant}: {', '.join(sorted(names)) or 'no authorities'}")


@overlay_app.command("set")
def overlay_set(
    tenant: Annotated[str, typer.Argument(help="Tenant name.")],
    file: Annotated[Path, typer.Argument(help="Overlay YAML.")],
    data_dir: DataDir = None,
) -> None:
    """Set the tenant's overlay after checking that it only tightens the policy; a loosening
    overlay is refused with the fields it would loosen."""
    settings = _settings(data_dir)
    try:
        text = file.read_text(encoding="utf-8")
        overlay = parse_overlay(text, source=str(file))
        check_overlay(load_policy(settings.policy_file), overlay)
    except (PolicyError, OSError, UnicodeDecodeError) as exc:
        raise _fail(exc, 2) from exc
    with _store(settings) as store:
        try:
            store.provider.set_overlay(tenant, text, overlay.digest)
        except StoreError as exc:
            raise _fail(exc) from exc
    out.print(f"{tenant}: overlay {overlay.digest} set")


@overlay_app.command("show")
def overlay_show(
    tenant: Annotated[str, typer.Argument(help="Tenant name.")], data_dir: DataDir = None
) -> None:
    """Print the tenant's overlay YAML."""
    settings = _settings(data_dir)
    with _store(settings) as store:
        try:
            text = store.provider.overlay(tenant)
        except StoreError as exc:
            raise _fail(exc) from exc
    print(text if text is not None else "# no overlay")


@overlay_app.command("clear")
def overlay_clear(
    tenant: Annotated[str, typer.Argument(help="Tenant name.")], data_dir: DataDir = None
) -> None:
    """Remove the tenant's overlay (the provider's policy applies as is)."""
    settings = _settings(data_dir)
    with _store(settings) as store:
        try:
            store.provider.set_overlay(tenant, None, None)
        except StoreError as exc:
            raise _fail(exc) from exc
    out.print(f"{tenant}: overlay cleared")
