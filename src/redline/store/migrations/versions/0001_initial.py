"""Initial schema: tenants, api_keys, decisions.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written out in full rather than built from ``schema.metadata``: a migration must keep
producing the same tables after ``schema.py`` moves on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("status", sa.String(16), server_default="active", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenants")),
        sa.UniqueConstraint("name", name=op.f("uq_tenants_name")),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("tenant_id", sa.String(32), nullable=False),
        sa.Column("secret_sha256", sa.String(64), nullable=False),
        sa.Column("label", sa.String(200), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("revoked_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_api_keys_tenant_id_tenants")
        ),
        sa.UniqueConstraint("secret_sha256", name=op.f("uq_api_keys_secret_sha256")),
    )
    op.create_index(op.f("ix_api_keys_tenant_id"), "api_keys", ["tenant_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("tenant_id", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("endpoint", sa.String(200), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("request_sha256", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("red_line", sa.String(64), nullable=True),
        sa.Column("screening_failed", sa.Boolean(), nullable=False),
        sa.Column("findings_json", sa.Text(), nullable=False),
        sa.Column("scores_json", sa.Text(), nullable=False),
        sa.Column("policy_version", sa.String(200), nullable=False),
        sa.Column("latency_json", sa.Text(), nullable=False),
        sa.Column("context_json", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("parent_id", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_decisions_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["key_id"], ["api_keys.id"], name=op.f("fk_decisions_key_id_api_keys")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["decisions.id"], name=op.f("fk_decisions_parent_id_decisions")
        ),
        sa.CheckConstraint("stage IN ('request', 'response')", name=op.f("ck_decisions_stage")),
        sa.CheckConstraint(
            "action IN ('allow', 'hold', 'block')", name=op.f("ck_decisions_action")
        ),
    )
    op.create_index(
        op.f("ix_decisions_tenant_id_created_at"), "decisions", ["tenant_id", "created_at"]
    )


def downgrade() -> None:
    op.drop_table("decisions")
    op.drop_table("api_keys")
    op.drop_table("tenants")
