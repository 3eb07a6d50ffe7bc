"""Review: reviewer accounts and sessions, review items and actions; tenant classification.

Revision ID: 0004_review
Revises: 0003_policy
Create Date: 2025-01-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_review"
down_revision = "0003_policy"
branch_labels = None
depends_on = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite allows it with a constant default): a batch rebuild of
    # tenants would drop a table that api_keys and decisions refer to.
    op.add_column(
        "tenants",
        sa.Column("classification", sa.String(16), nullable=False, server_default="UNCLASSIFIED"),
    )
    op.add_column(
        "tenants",
        sa.Column("compartments_json", sa.Text(), nullable=False, server_default="[]"),
    )
    op.create_table(
        "reviewers",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("clearance", sa.String(16), nullable=False),
        sa.Column("compartments_json", sa.Text(), nullable=False),
        sa.Column("tenant_id", sa.String(32), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("disabled_at", _utc(), nullable=True),
        sa.CheckConstraint(
            "role IN ('reviewer', 'supervisor', 'auditor', 'admin')", name=op.f("ck_reviewers_role")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_reviewers_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewers")),
        sa.UniqueConstraint("username", name=op.f("uq_reviewers_username")),
    )
    op.create_table(
        "review_sessions",
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("reviewer_id", sa.String(32), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("expires_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["reviewers.id"],
            name=op.f("fk_review_sessions_reviewer_id_reviewers"),
        ),
        sa.PrimaryKeyConstraint("token_sha256", name=op.f("pk_review_sessions")),
    )
    op.create_index(
        op.f("ix_review_sessions_reviewer_id"), "review_sessions", ["reviewer_id"], unique=False
    )
    op.create_table(
        "review_items",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("decision_id", sa.String(40), nullable=False),
        sa.Column("tenant_id", sa.String(32), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("endpoint", sa.String(200), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("request_sha256", sa.String(64), nullable=False),
        sa.Column("red_line", sa.String(64), nullable=False),
        sa.Column("clause_id", sa.String(64), nullable=False),
        sa.Column("policy_version", sa.String(200), nullable=False),
        sa.Column("findings_json", sa.Text(), nullable=False),
        sa.Column("context_json", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("approvals_needed", sa.SmallInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("decide_by", _utc(), nullable=False),
        sa.Column("decided_at", _utc(), nullable=True),
        sa.Column("approval_expires_at", _utc(), nullable=True),
        sa.Column("consumed_decision_id", sa.String(40), nullable=True),
        sa.Column("closed_at", _utc(), nullable=True),
        sa.Column("content_purged_at", _utc(), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'denied', 'expired', 'consumed')",
            name=op.f("ck_review_items_status"),
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_review_items_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_review_items_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_items")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_review_items_decision_id")),
    )
    op.create_index(
        "ix_review_items_status_created_at", "review_items", ["status", "created_at"], unique=False
    )
    op.create_index(
        "ix_review_items_tenant_id_request_sha256",
        "review_items",
        ["tenant_id", "request_sha256"],
        unique=False,
    )
    op.create_table(
        "review_actions",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("item_id", sa.String(32), nullable=False),
        sa.Column("reviewer_id", sa.String(32), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["review_items.id"], name=op.f("fk_review_actions_item_id_review_items")
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["reviewers.id"],
            name=op.f("fk_review_actions_reviewer_id_reviewers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_actions")),
    )
    op.create_index(op.f("ix_review_actions_item_id"), "review_actions", ["item_id"], unique=False)
    op.create_index(
        op.f("ix_review_actions_reviewer_id"), "review_actions", ["reviewer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("review_actions")
    op.drop_table("review_items")
    op.drop_table("review_sessions")
    op.drop_table("reviewers")
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch rebuild: see upgrade.
    op.drop_column("tenants", "compartments_json")
    op.drop_column("tenants", "classification")
