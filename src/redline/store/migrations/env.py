"""Alembic environment for Redline's store.

``Store.open`` runs the migrations itself, handing over its connection (and open
transaction) in ``config.attributes["connection"]``. From the command line, for writing a
new revision against a scratch database::

    alembic -c src/redline/store/alembic.ini -x url=sqlite:///scratch.db upgrade head
    alembic -c src/redline/store/alembic.ini -x url=sqlite:///scratch.db \
        revision --autogenerate -m "what changed" --rev-id 0002
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from redline.store.engine import IMMEDIATE, create_store_engine
from redline.store.schema import metadata


def _run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url")
    url = url or context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database as: alembic -x url=sqlite:///path.db ...")
    return url


def _main() -> None:
    handed_over: Connection | None = context.config.attributes.get("connection")
    if handed_over is not None:
        _run_on(handed_over)
    elif context.is_offline_mode():
        context.configure(url=_url(), target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        # Same pragmas and write locking as Store.open, on a connection of our own.
        engine = create_store_engine(_url())
        try:
            with engine.connect() as connection:
                connection.execution_options(**{IMMEDIATE: True})
                with connection.begin():
                    _run_on(connection)
        finally:
            engine.dispose()


_main()
