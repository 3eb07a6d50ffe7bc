"""The tables, in one MetaData: what the latest migration produces.

This module is the live picture of the schema used by queries; the migrations under
``migrations/versions`` are the history that builds it. ``tests/store`` checks that the two
agree (an Alembic autogenerate diff against a freshly migrated database must be empty), so a
change here without a migration fails the tests.

Types are chosen to mean the same thing on SQLite and PostgreSQL: ids and hashes are text,
JSON is text (stored as written, so hashes over it stay stable), timestamps are UTC with
microseconds.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
)

__all__ = [
    "UTCDateTime",
    "api_keys",
    "decisions",
    "log_checkpoints",
    "log_entries",
    "log_nodes",
    "metadata",
    "provider_nonces",
    "provider_state",
    "review_actions",
    "review_items",
    "review_sessions",
    "reviewers",
    "suspensions",
    "tenant_authorities",
    "tenant_overlays",
    "tenants",
]

# Named constraints: Alembic can only drop or alter a constraint it can name, and SQLite
# batch migrations rebuild tables by constraint name.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every backend.

    SQLite has no time zone type and hands back naive values; PostgreSQL's ``timestamptz``
    hands them back in the session's zone. Both are normalised to UTC here, so a value read
    back compares equal to the one written. Naive datetimes are refused on the way in,
    because their meaning depends on the clock of whoever wrote them.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} (expected an aware UTC time)")
        value = value.astimezone(UTC)
        # SQLite stores the text form; the zone suffix would break lexical ordering.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


tenants = Table(
    "tenants",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("status", String(16), nullable=False, server_default="active"),
    # Review (0004): what a reviewer's clearance must cover to see this tenant's held requests.
    Column("classification", String(16), nullable=False, server_default="UNCLASSIFIED"),
    Column("compartments_json", Text(), nullable=False, server_default="[]"),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(32), ForeignKey("tenants.id"), nullable=False, index=True),
    # SHA-256 hex of the whole secret. Secrets are 256-bit random tokens, so a fast unsalted
    # hash is enough: there is no dictionary to attack, and the lookup must be an index hit.
    Column("secret_sha256", String(64), nullable=False, unique=True),
    Column("label", String(200), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
)

decisions = Table(
    "decisions",
    metadata,
    # "dec_" + 32 hex of a UUIDv7: time-ordered, so the primary key index is append-only.
    Column("id", String(40), primary_key=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("tenant_id", String(32), ForeignKey("tenants.id"), nullable=False),
    Column("key_id", String(32), ForeignKey("api_keys.id"), nullable=True),
    Column("stage", String(16), nullable=False),
    Column("endpoint", String(200), nullable=False),
    Column("model", String(200), nullable=False),
    Column("request_sha256", String(64), nullable=False),
    Column("action", String(16), nullable=False),
    Column("red_line", String(64), nullable=True),
    Column("screening_failed", Boolean(), nullable=False),
    # JSON as text, not a JSON column: the bytes stay exactly as serialised on both backends.
    Column("findings_json", Text(), nullable=False),
    Column("scores_json", Text(), nullable=False),
    Column("policy_version", String(200), nullable=False),
    Column("latency_json", Text(), nullable=False),
    Column("context_json", Text(), nullable=False),
    Column("content", Text(), nullable=True),
    Column("parent_id", String(40), ForeignKey("decisions.id"), nullable=True),
    # Hex SHA-256 of the screened text, kept even when the text itself is not (0002).
    Column("content_sha256", String(64), nullable=True),
    CheckConstraint("stage IN ('request', 'response')", name="stage"),
    CheckConstraint("action IN ('allow', 'hold', 'block')", name="action"),
    Index("ix_decisions_tenant_id_created_at", "tenant_id", "created_at"),
)

# The audit log (0002): an RFC 6962 Merkle tree over log entries. Rows are only ever added;
# the log index is dense (0..size-1) and assigned in commit order under the log's write lock.

# INTEGER on SQLite makes the index the rowid: one B-tree, appended at its right edge.
_LogIndex = BigInteger().with_variant(Integer(), "sqlite")

log_entries = Table(
    "log_entries",
    metadata,
    Column("idx", _LogIndex, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    # The id of what the entry records (a decision id...), to find its index.
    Column("ref_id", String(64), nullable=True, unique=True),
    # SHA-256(0x00 || body): the tree's level-0 node.
    Column("leaf_hash", LargeBinary(32), nullable=False),
    # The canonical entry bytes (redline.audit.entries), exactly as hashed.
    Column("body", LargeBinary(), nullable=False),
)

# Every completed perfect subtree, the leaves (level 0) included: (level, idx) covers leaves
# [idx * 2**level, (idx + 1) * 2**level). About two rows per entry; any proof or root needs
# only O(log n) of them, fetched by primary key in one query. Proofs read leaves from here,
# not from log_entries, so altering an entry and its leaf hash there is still caught.
log_nodes = Table(
    "log_nodes",
    metadata,
    Column("level", SmallInteger(), primary_key=True, autoincrement=False),
    Column("idx", BigInteger(), primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
    sqlite_with_rowid=False,
)

# Signed checkpoints (C2SP tlog-checkpoint in a signed note), one per tree size.
log_checkpoints = Table(
    "log_checkpoints",
    metadata,
    Column("size", BigInteger(), primary_key=True, autoincrement=False),
    Column("root", LargeBinary(32), nullable=False),
    Column("note", Text(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# The provider's controls (0003_policy): tenant authorities, tighten-only overlays,
# suspensions, used command nonces, and one generation counter that every change to them
# bumps, so that replicas poll one row to know whether to reload the rest.

tenant_authorities = Table(
    "tenant_authorities",
    metadata,
    Column("tenant_id", String(32), ForeignKey("tenants.id"), primary_key=True),
    Column("authority", String(64), primary_key=True),
    Column("granted_at", UTCDateTime(), nullable=False),
)

tenant_overlays = Table(
    "tenant_overlays",
    metadata,
    Column("tenant_id", String(32), ForeignKey("tenants.id"), primary_key=True),
    # The overlay YAML exactly as given, and "sha256:<hex>" of it.
    Column("overlay", Text(), nullable=False),
    Column("digest", String(80), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

suspensions = Table(
    "suspensions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("scope", String(8), nullable=False),
    # A tenant id or an API key id, by scope.
    Column("target_id", String(32), nullable=False, index=True),
    Column("reason", Text(), nullable=False),
    Column("suspended_at", UTCDateTime(), nullable=False),
    Column("suspended_by", String(64), nullable=False),
    Column("lifted_at", UTCDateTime(), nullable=True),
    Column("lifted_by", String(64), nullable=True),
    CheckConstraint("scope IN ('tenant', 'key')", name="scope"),
)

provider_nonces = Table(
    "provider_nonces",
    metadata,
    Column("nonce", String(64), primary_key=True),
    Column("action", String(16), nullable=False),
    Column("used_at", UTCDateTime(), nullable=False),
)

provider_state = Table(
    "provider_state",
    metadata,
    Column("id", SmallInteger(), primary_key=True, autoincrement=False),
    Column("generation", BigInteger(), nullable=False),
)

# Review (0004): reviewer accounts, their sessions, held requests and every action on them.

reviewers = Table(
    "reviewers",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    # argon2id, in the PHC string format (parameters and salt included).
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("clearance", String(16), nullable=False),
    Column("compartments_json", Text(), nullable=False),
    # The tenant a reviewer belongs to, if any: they never review that tenant's requests.
    Column("tenant_id", String(32), ForeignKey("tenants.id"), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("disabled_at", UTCDateTime(), nullable=True),
    CheckConstraint("role IN ('reviewer', 'supervisor', 'auditor', 'admin')", name="role"),
)

review_sessions = Table(
    "review_sessions",
    metadata,
    # SHA-256 hex of the session token: a stolen table holds no usable session.
    Column("token_sha256", String(64), primary_key=True),
    Column("reviewer_id", String(32), ForeignKey("reviewers.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
)

review_items = Table(
    "review_items",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("decision_id", String(40), ForeignKey("decisions.id"), nullable=False, unique=True),
    Column("tenant_id", String(32), ForeignKey("tenants.id"), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("endpoint", String(200), nullable=False),
    Column("model", String(200), nullable=False),
    # The approval binds to this: only a retry with the same body hash is let through.
    Column("request_sha256", String(64), nullable=False),
    Column("red_line", String(64), nullable=False),
    Column("clause_id", String(64), nullable=False),
    Column("policy_version", String(200), nullable=False),
    Column("findings_json", Text(), nullable=False),
    Column("context_json", Text(), nullable=False),
    # The held text, kept only until content_retention_s after the item closes.
    Column("content", Text(), nullable=True),
    Column("content_sha256", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("approvals_needed", SmallInteger(), nullable=False),
    # Bumped by every change: updates are conditional on it (optimistic concurrency).
    Column("version", Integer(), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("decide_by", UTCDateTime(), nullable=False),
    Column("decided_at", UTCDateTime(), nullable=True),
    Column("approval_expires_at", UTCDateTime(), nullable=True),
    Column("consumed_decision_id", String(40), nullable=True),
    Column("closed_at", UTCDateTime(), nullable=True),
    Column("content_purged_at", UTCDateTime(), nullable=True),
    CheckConstraint(
        "status IN ('pending', 'approved', 'denied', 'expired', 'consumed')", name="status"
    ),
    Index("ix_review_items_status_created_at", "status", "created_at"),
    Index("ix_review_items_tenant_id_request_sha256", "tenant_id", "request_sha256"),
)

review_actions = Table(
    "review_actions",
    metadata,
    # Also the ref id of the action's audit-log entry.
    Column("id", String(32), primary_key=True),
    Column("item_id", String(32), ForeignKey("review_items.id"), nullable=False, index=True),
    # None for what the gateway itself did (open, expire, consume, purge).
    Column("reviewer_id", String(32), ForeignKey("reviewers.id"), nullable=True, index=True),
    Column("action", String(16), nullable=False),
    Column("reason", Text(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
)
