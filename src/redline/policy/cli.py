"""``redline policy keygen | sign | verify | lint | diff | reload``: the provider's key
ceremony and policy bundles, from the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import httpx
import typer
from rich.console import Console
from rich.markup import escape

from redline.policy.bundle import signature_path
from redline.policy.commands import sign_command
from redline.policy.diff import describe_changes
from redline.policy.keys import KeyFileError, SigningKey, TrustStore, add_trusted_key, parse_time
from redline.policy.load import PolicyError, load_policy, parse_policy
from redline.policy.model import Policy
from redline.policy.overlay import check_overlay, parse_overlay
from redline.policy.signature import PolicySignature, sign_policy, verify_policy

__all__ = ["policy_app"]

policy_app = typer.Typer(
    help="Signed policies: provider keys, signing, verification, lint and diff.",
    no_args_is_help=True,
)
err = Console(stderr=True)
out = Console()

KeyFile = Annotated[
    Path, typer.Option("--key", help="Provider signing key file (from `keygen`).", exists=False)
]


def _fail(message: object, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(str(message))}", soft_wrap=True)
    return typer.Exit(code)


def _now(at: str | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    try:
        return parse_time(at, "--at")
    except KeyFileError as exc:
        raise _fail(exc) from exc


@policy_app.command()
def keygen(
    key_id: Annotated[str, typer.Option("--key-id", help="Name of the key, e.g. provider-2026a.")],
    out_file: Annotated[
        Path,
        typer.Option("--out", help="Private key file to create (mode 0600; never overwritten)."),
    ],
    trust: Annotated[
        Path | None,
        typer.Option("--trust", help="Trust file to add the public key to (created if absent)."),
    ] = None,
    valid_from: Annotated[
        str | None,
        typer.Option(
            "--valid-from", help="Start of validity, e.g. 2026-01-01T00:00:00Z (default: now)."
        ),
    ] = None,
    valid_days: Annotated[int, typer.Option("--valid-days", min=1, help="Days of validity.")] = 365,
) -> None:
    """Generate a provider Ed25519 key; add its public half, with its validity window, to a
    trust file. Keep the private key offline; gateways need only the trust file."""
    start = _now(valid_from)
    try:
        key = SigningKey.generate(key_id)
        entry = key.trust_entry(start, start + timedelta(days=valid_days))
        if trust is not None and trust.exists():
            TrustStore.load(trust)
        key.write(out_file)
    except FileExistsError as exc:
        raise _fail(f"{out_file} exists; a key is never overwritten") from exc
    except (KeyFileError, ValueError, OSError) as exc:
        raise _fail(exc) from exc
    if trust is not None:
        try:
            add_trusted_key(trust, entry)
        except KeyFileError as exc:
            raise _fail(exc) from exc
        err.print(
            f"trusted {key_id} in {trust}, valid {entry['not_before']} .. {entry['not_after']}"
        )
    err.print(f"wrote private key {out_file} (mode 0600)")
    out.print_json(data=entry)


@policy_app.command()
def sign(
    policy: Annotated[Path, typer.Argument(help="Policy YAML to sign (exact bytes).")],
    key: KeyFile,
    sig_out: Annotated[
        Path | None, typer.Option("--out", help="Signature file (default: POLICY.sig).")
    ] = None,
) -> None:
    """Sign a policy file with a provider key; writes POLICY.sig. Refuses an invalid policy."""
    try:
        data = policy.read_bytes()
        parse_policy(data, source=str(policy))
        signature = sign_policy(data, SigningKey.load(key), datetime.now(UTC))
    except (PolicyError, OSError) as exc:
        raise _fail(exc) from exc
    target = sig_out or signature_path(policy)
    target.write_bytes(signature.to_json())
    err.print(f"signed {policy} ({signature.digest}) with {signature.key_id} into {target}")


@policy_app.command()
def verify(
    policy: Annotated[Path, typer.Argument(help="Policy YAML.")],
    trust: Annotated[Path, typer.Option("--trust", help="Trust file of provider keys.")],
    sig: Annotated[
        Path | None, typer.Option("--sig", help="Signature file (default: POLICY.sig).")
    ] = None,
    at: Annotated[
        str | None, typer.Option("--at", help="Verify as of this time (default: now).")
    ] = None,
) -> None:
    """Verify a policy's signature as the gateway does. Exit 0 when it verifies, 1 when not."""
    moment = _now(at)
    sig_path = sig or signature_path(policy)
    try:
        data = policy.read_bytes()
        store = TrustStore.load(trust)
        signature = PolicySignature.parse(sig_path.read_bytes(), str(sig_path))
    except (PolicyError, OSError) as exc:
        raise _fail(exc) from exc
    try:
        verify_policy(data, signature, store, moment, str(policy))
        parsed = parse_policy(data, source=str(policy))
    except PolicyError as exc:
        raise _fail(exc, 1) from exc
    out.print(
        f"verified: {policy} version {parsed.version} {signature.digest}, signed by "
        f"{signature.key_id} at {signature.signed_at:%Y-%m-%dT%H:%M:%SZ}"
    )


@policy_app.command()
def lint(
    policy: Annotated[Path | None, typer.Argument(help="Policy YAML (default: packaged).")] = None,
    overlay: Annotated[
        Path | None,
        typer.Option("--overlay", help="Also check this tenant overlay against the policy."),
    ] = None,
) -> None:
    """Check a policy (and optionally a tenant overlay) without signing it. Exit 1 on errors;
    warnings are printed but do not fail."""
    try:
        parsed = load_policy(policy)
    except PolicyError as exc:
        raise _fail(exc, 1) from exc
    warnings = _warnings(parsed)
    if overlay is not None:
        try:
            check_overlay(parsed, parse_overlay(overlay.read_bytes(), source=str(overlay)))
        except (PolicyError, OSError) as exc:
            raise _fail(exc, 1) from exc
    for line in warnings:
        err.print(f"[yellow]warning:[/] {escape(line)}", soft_wrap=True)
    out.print(f"ok: {policy or 'packaged default'} version {parsed.version} {parsed.digest}")


def _warnings(policy: Policy) -> list[str]:
    found = []
    for red_line, rule in policy.red_lines.items():
        if rule.hold_at == rule.block_at:
            found.append(f"red_lines.{red_line.value}: hold_at equals block_at: nothing is held")
        if rule.block_at >= 1.0:
            found.append(f"red_lines.{red_line.value}: block_at 1.0: almost nothing is blocked")
    if not policy.screening.screen_output:
        found.append("screening.screen_output is off: answers are not screened")
    missing = [a for a in ("EO 12333", "FISA s.702") if a in policy.authorities]
    if missing and not policy.minimisation.foreign_intelligence:
        found.append("minimisation.foreign_intelligence is empty: nothing is minimised")
    return found


@policy_app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The policy before.")],
    new: Annotated[Path, typer.Argument(help="The policy after.")],
) -> None:
    """Explain, in words, what changes from OLD to NEW and whether each change makes the
    policy stricter or looser."""
    try:
        a, b = load_policy(old), load_policy(new)
    except PolicyError as exc:
        raise _fail(exc) from exc
    changes = describe_changes(a, b)
    if not changes:
        out.print("No change that affects decisions." if a.digest != b.digest else "Identical.")
        return
    for change in changes:
        out.print(escape(str(change)), soft_wrap=True)
    looser = sum(1 for c in changes if c.effect == "looser")
    out.print(f"{len(changes)} change(s), {looser} looser.")


@policy_app.command()
def reload(
    url: Annotated[
        str, typer.Option("--url", help="Gateway base URL, e.g. http://127.0.0.1:8080.")
    ],
    key: KeyFile,
) -> None:
    """Ask one gateway to reload its policy from disk with a signed command (the same as
    SIGHUP). The running policy stays if the new one does not verify."""
    try:
        body = sign_command(SigningKey.load(key), "reload_policy", datetime.now(UTC))
    except PolicyError as exc:
        raise _fail(exc) from exc
    try:
        answer = httpx.post(f"{url.rstrip('/')}/admin/policy/reload", json=body, timeout=30)
    except httpx.HTTPError as exc:
        raise _fail(f"cannot reach {url}: {exc}") from exc
    if answer.status_code != 200:
        raise _fail(f"{answer.status_code}: {answer.json().get('error', {}).get('message')}", 1)
    out.print_json(data=answer.json())
