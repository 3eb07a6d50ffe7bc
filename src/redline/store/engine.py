"""Connecting: one SQLAlchemy engine per store, set up per backend, migrated at open time."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

__all__ = ["IMMEDIATE", "Synchronous", "create_store_engine", "migrations_config", "upgrade"]

Synchronous = Literal["FULL", "NORMAL"]

# Execution option that makes the next SQLite transaction take the write lock at BEGIN.
# A transaction that reads and then writes can otherwise fail with SQLITE_BUSY at the
# write, because under WAL a reader's snapshot cannot be upgraded once another writer has
# committed; the busy timeout does not help there. Reads keep a plain deferred BEGIN so
# they never wait for the writer.
IMMEDIATE = "redline_sqlite_immediate"

MIGRATIONS = Path(__file__).parent / "migrations"

# Any constant; all replicas take this PostgreSQL advisory lock to migrate one at a time.
_MIGRATION_LOCK = 0x7265646C696E65  # "redline"


def create_store_engine(
    url: str | URL, *, synchronous: Synchronous = "FULL", autocheckpoint: bool = True
) -> Engine:
    """An engine for ``url``, with Redline's per-connection settings.

    SQLite: the file's parent directory is created; every connection runs in WAL mode with
    foreign keys enforced, and ``synchronous`` set as given (see ``_SQLITE_PRAGMAS``);
    ``autocheckpoint=False`` leaves checkpoints to a ``WalCheckpointer`` (no commit runs one). An
    in-memory database (``sqlite://``) lives on one shared connection: fine for tests and
    throwaway runs, not for concurrent use. Other backends get a pre-pinged pool.
    Connects lazily: nothing touches the database until first use.
    """
    url = make_url(url)
    # hide_parameters: a database error's message would otherwise quote the rows it was
    # writing, and such messages reach the logs (decisions may hold content).
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    database = url.database or ""
    if not sqlite_file(url):
        engine = create_engine(
            url,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )
    else:
        if not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, hide_parameters=True)
    _configure_sqlite(engine, synchronous, autocheckpoint)
    return engine


def sqlite_file(url: str | URL) -> bool:
    """Whether ``url`` is an SQLite database in a file (not in memory, not another backend)."""
    url = make_url(url)
    database = url.database or ""
    return (
        url.get_backend_name() == "sqlite"
        and database not in ("", ":memory:")
        and url.query.get("mode") != "memory"
    )


def _configure_sqlite(engine: Engine, synchronous: Synchronous, autocheckpoint: bool) -> None:
    pragmas = (
        # Wait for another process's write lock instead of failing at once.
        "PRAGMA busy_timeout = 5000",
        # WAL: readers never block the writer and the writer never blocks readers, and a
        # commit is one sequential append to the log instead of a rewrite of pages.
        "PRAGMA journal_mode = WAL",
        # FULL: under WAL, each COMMIT fsyncs the log, so a committed decision survives a
        # power cut or kernel crash. NORMAL syncs only at checkpoints: still never corrupt,
        # but the last commits before a power cut can vanish, and the gateway has already
        # answered the client by then. Decisions are an audit record that must not lose
        # entries, so FULL is the default; group commit (writer.py) makes one fsync cover
        # many decisions, which keeps the cost per decision small under load.
        f"PRAGMA synchronous = {synchronous}",
        "PRAGMA foreign_keys = ON",
        # 1,000 pages is SQLite's default; 0: no commit checkpoints (store/wal.py does).
        f"PRAGMA wal_autocheckpoint = {1000 if autocheckpoint else 0}",
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module (which would not BEGIN
        # before DDL or SELECT); SQLAlchemy's "begin" event below emits BEGIN instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migrations_config(connection: Connection | None = None) -> Config:
    """An Alembic Config for Redline's migrations, needing no ``alembic.ini``.

    With ``connection``, ``migrations/env.py`` runs on that connection (and inside its
    transaction) instead of opening its own.
    """
    config = Config()
    # ConfigParser interpolation would read a "%" in the path as a variable.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database to the latest schema, in one transaction; a no-op when it is there.

    Safe to run from several processes at once: SQLite serialises them on the write lock
    (BEGIN IMMEDIATE), PostgreSQL on an advisory lock, and each migration checks the version
    only after taking the lock. Raises ``sqlalchemy.exc.SQLAlchemyError`` on failure, after
    rolling everything back.
    """
    with engine.connect() as connection:
        connection.execution_options(**{IMMEDIATE: True})
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            command.upgrade(migrations_config(connection), "head")
