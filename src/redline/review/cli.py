"""``redline reviewer ...`` (accounts) and ``redline review ...`` (tenant classification, the
queue, the expiry and purge job), on the local store. Every change is an audit-log entry."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from redline.audit.entries import LogEntry
from redline.cli_options import DataDir, PolicyFile
from redline.review.clearance import Clearance, Level, Role, compartments_of
from redline.review.janitor import tick
from redline.review.passwords import check_new_password, hash_password
from redline.review.rules import Status
from redline.review.service import ReviewService, new_id
from redline.review.store import Reviewer, ReviewerExists, ReviewStore
from redline.store import Store, StoreError, UnknownTenant

__all__ = ["review_app", "reviewer_app"]

reviewer_app = typer.Typer(help="Reviewer accounts of the review console.", no_args_is_help=True)
review_app = typer.Typer(
    help="The review queue: tenant classifications, items, expiry and purge.",
    no_args_is_help=True,
)

err = Console(stderr=True)
out = Console()

Compartments = Annotated[
    list[str] | None,
    typer.Option(
        "--compartment", "-c", help="A compartment (repeat for several).", show_default=False
    ),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {message}")
    return typer.Exit(code)


@contextmanager
def _service(data_dir: Path | None, policy: Path | None = None) -> Iterator[ReviewService]:
    from redline.policy import PolicyError, load_policy
    from redline.settings import SettingsError, load_settings

    try:
        settings = load_settings(data_dir=data_dir, policy_file=policy)
        review_policy = load_policy(settings.policy_file).review
    except (SettingsError, PolicyError) as exc:
        raise _fail(str(exc), 2) from exc
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        store = Store.open(settings.db_url)
    except StoreError as exc:
        raise _fail(str(exc), 2) from exc
    try:
        yield ReviewService(ReviewStore(store), lambda: review_policy)
    except StoreError as exc:
        raise _fail(str(exc), 2) from exc
    finally:
        store.close()


def _clearance(level: str, compartments: list[str] | None) -> Clearance:
    try:
        return Clearance(Level.parse(level), compartments_of(compartments or ()))
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        check_new_password(password)
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc
    return password


@reviewer_app.command("add")
def reviewer_add(
    username: Annotated[str, typer.Argument(help="Sign-in name (letters, digits, . _ -).")],
    clearance: Annotated[
        str, typer.Option(help="UNCLASSIFIED, CUI, SECRET or TOP SECRET.")
    ] = "UNCLASSIFIED",
    compartment: Compartments = None,
    role: Annotated[Role, typer.Option(help="What the account may do.")] = Role.REVIEWER,
    name: Annotated[str | None, typer.Option(help="Display name.", show_default=False)] = None,
    tenant: Annotated[
        str | None,
        typer.Option(
            help="The tenant the reviewer belongs to: they never review its requests.",
            show_default=False,
        ),
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Create a reviewer account (the password is asked for, or read with --password-stdin)."""
    if not username or len(username) > 64 or not all(c.isalnum() or c in "._-" for c in username):
        raise _fail("a username is 1 to 64 letters, digits, '.', '_' or '-'", 2)
    granted = _clearance(clearance, compartment)
    password = _read_password(password_stdin)
    now = datetime.now(UTC)
    account = Reviewer(
        id=new_id("rev"),
        username=username,
        display_name=name or username,
        role=role,
        clearance=granted,
        tenant_id=None,
        created_at=now,
        disabled_at=None,
    )
    with _service(data_dir) as service:

        def entry(created: Reviewer) -> LogEntry:
            return service.account_entry(
                "created",
                {
                    "reviewer_id": created.id,
                    "reviewer": created.username,
                    "role": str(created.role),
                    "clearance": created.clearance.marking,
                    "tenant_id": created.tenant_id,
                },
            )

        try:
            service.store.add_reviewer(
                reviewer=account,
                password_hash=hash_password(password),
                tenant_name=tenant,
                entry=entry,
            )
        except ReviewerExists as exc:
            raise _fail(f"a reviewer named {username!r} already exists") from exc
        except UnknownTenant as exc:
            raise _fail(str(exc)) from exc
    err.print(f"reviewer {username} ({role}, cleared {granted.marking}) created")


@reviewer_app.command("list")
def reviewer_list(data_dir: DataDir = None) -> None:
    """List reviewer accounts."""
    with _service(data_dir) as service:
        accounts = service.store.list_reviewers()
    table = Table("username", "name", "role", "clearance", "tenant", "status")
    for a in accounts:
        status = "active" if a.active else "disabled"
        table.add_row(
            a.username, a.display_name, str(a.role), a.clearance.marking, a.tenant_id or "", status
        )
    out.print(table)


@reviewer_app.command("disable")
def reviewer_disable(
    username: Annotated[str, typer.Argument(help="The account.")], data_dir: DataDir = None
) -> None:
    """Disable an account and end its sessions."""
    with _service(data_dir) as service:
        entry = service.account_entry("disabled", {"reviewer": username})
        if not service.store.disable_reviewer(username, datetime.now(UTC), entry):
            raise _fail(f"no reviewer named {username!r}")
    err.print(f"reviewer {username} disabled")


@reviewer_app.command("password")
def reviewer_password(
    username: Annotated[str, typer.Argument(help="The account.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Set a new password (ends the account's sessions)."""
    password = _read_password(password_stdin)
    with _service(data_dir) as service:
        if not service.store.set_password_hash(username, hash_password(password)):
            raise _fail(f"no reviewer named {username!r}")
    err.print(f"password of {username} changed")


@review_app.command("classify")
def review_classify(
    tenant: Annotated[str, typer.Argument(help="Tenant name.")],
    classification: Annotated[
        str, typer.Option(help="UNCLASSIFIED, CUI, SECRET or TOP SECRET.")
    ] = "UNCLASSIFIED",
    compartment: Compartments = None,
    data_dir: DataDir = None,
) -> None:
    """Set a tenant's classification and compartments: only reviewers cleared for them see
    its held requests."""
    marking = _clearance(classification, compartment)
    with _service(data_dir) as service:
        entry = service.account_entry(
            "tenant_classified", {"tenant": tenant, "classification": marking.marking}
        )
        try:
            service.store.classify_tenant(tenant, marking, entry)
        except UnknownTenant as exc:
            raise _fail(str(exc)) from exc
    err.print(f"tenant {tenant} classified {marking.marking}")


@review_app.command("list")
def review_list(
    status: Annotated[Status, typer.Option(help="Items in this status.")] = Status.PENDING,
    data_dir: DataDir = None,
) -> None:
    """List review items (every tenant's: this is the operator's view)."""
    with _service(data_dir) as service:
        items = service.store.items(statuses=[status], max_level=Level.TOP_SECRET)
    table = Table("item", "created", "tenant", "classification", "red line", "status")
    for i in items:
        table.add_row(
            i.id,
            i.created_at.isoformat(timespec="seconds"),
            i.tenant.name,
            i.tenant.classification.marking,
            i.red_line,
            str(i.status),
        )
    out.print(table)


@review_app.command("tick")
def review_tick(data_dir: DataDir = None, policy: PolicyFile = None) -> None:
    """Run the review janitor once: deny items past the policy's decision time limit, let
    unused approvals lapse, delete held text past its retention, end expired sessions. The
    gateway does this every REDLINE_REVIEW_JANITOR_INTERVAL_S seconds."""
    with _service(data_dir, policy) as service:
        done = tick(service)
    print(f"expired {done.expired}, purged {done.purged}, sessions ended {done.sessions_ended}")
