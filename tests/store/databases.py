"""Databases for store and audit tests: a SQLite file, or a fresh schema in the PostgreSQL
named by REDLINE_TEST_POSTGRES_URL (skipped when unset).

    @pytest.fixture(params=["sqlite", "postgresql"])
    def url(request, tmp_path):
        with database_url(request.param, tmp_path) as url:
            yield url
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """An SQLAlchemy URL for an empty database of ``kind`` ("sqlite" or "postgresql")."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path}/data/redline.db"
        return
    base = os.environ.get("REDLINE_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("REDLINE_TEST_POSTGRES_URL is not set")
    psycopg = pytest.importorskip("psycopg")
    schema = f"redline_test_{secrets.token_hex(4)}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield (
            make_url(base)
            .set(drivername="postgresql+psycopg")
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
