"""Provider controls: tenant authorities, overlays, suspensions, command nonces, generation.

Revision ID: 0003_policy
Revises: 0002
Create Date: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_policy"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tenant_authorities",
        sa.Column("tenant_id", sa.String(32), nullable=False),
        sa.Column("authority", sa.String(64), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_tenant_authorities_tenant_id_tenants"),
        ),
        sa.PrimaryKeyConstraint("tenant_id", "authority", name=op.f("pk_tenant_authorities")),
    )
    op.create_table(
        "tenant_overlays",
        sa.Column("tenant_id", sa.String(32), nullable=False),
        sa.Column("overlay", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(80), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_tenant_overlays_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_tenant_overlays")),
    )
    op.create_table(
        "suspensions",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("scope", sa.String(8), nullable=False),
        sa.Column("target_id", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("suspended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("suspended_by", sa.String(64), nullable=False),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by", sa.String(64), nullable=True),
        sa.CheckConstraint("scope IN ('tenant', 'key')", name=op.f("ck_suspensions_scope")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspensions")),
    )
    op.create_index(op.f("ix_suspensions_target_id"), "suspensions", ["target_id"])
    op.create_table(
        "provider_nonces",
        sa.Column("nonce", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("nonce", name=op.f("pk_provider_nonces")),
    )
    state = op.create_table(
        "provider_state",
        sa.Column("id", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("generation", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_state")),
    )
    op.bulk_insert(state, [{"id": 1, "generation": 0}])


def downgrade() -> None:
    op.drop_table("provider_state")
    op.drop_table("provider_nonces")
    op.drop_index(op.f("ix_suspensions_target_id"), table_name="suspensions")
    op.drop_table("suspensions")
    op.drop_table("tenant_overlays")
    op.drop_table("tenant_authorities")
