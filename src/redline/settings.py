"""One typed, immutable Settings, built once at start-up.

Values come from keyword arguments (the CLI's options), then ``REDLINE_*`` environment
variables, then defaults. Code receives a Settings; it never reads ``os.environ`` itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import AnyHttpUrl, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "SettingsError", "load_settings"]

MiB = 1024 * 1024


class SettingsError(Exception):
    """A setting is invalid. The message names the REDLINE_* variable."""


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("redline", appauthor=False))


class Settings(BaseSettings):
    """Every setting of the gateway. See the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="REDLINE_", frozen=True, extra="forbid")

    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=0, le=65535)] = 8080
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    upstream_url: AnyHttpUrl | None = None
    upstream_key: str | None = None
    upstream_timeout_s: Annotated[float, Field(gt=0)] = 120.0
    upstream_connect_timeout_s: Annotated[float, Field(gt=0)] = 5.0
    policy_file: Path | None = None
    policy_trust_file: Path | None = None
    max_body_bytes: Annotated[int, Field(ge=1024)] = 8 * MiB
    store_content: bool = False
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "NORMAL"
    sqlite_background_checkpoints: bool = True
    semantic_remembered_windows: Annotated[int, Field(ge=0)] = 4096
    gc_freeze: bool = True
    local_model_path: Path | None = None
    local_model_threads: Annotated[int, Field(ge=1)] | None = None
    log_level: str = "info"
    log_format: Literal["json", "text"] = "json"
    otel: Literal["off", "on", "console", "otlp"] = "off"
    audit_origin: Annotated[str, Field(min_length=1, pattern=r"^[^\s+]+$")] = "redline.local/log"
    audit_key_file: Path | None = None
    audit_checkpoint_entries: Annotated[int, Field(ge=1)] = 1000
    audit_checkpoint_interval_s: Annotated[float, Field(gt=0)] = 10.0
    review_secret_file: Path | None = None
    review_cookie_secure: bool = True
    review_session_ttl_s: Annotated[float, Field(gt=0)] = 28800.0
    review_janitor_interval_s: Annotated[float, Field(gt=0)] = 30.0
    # Behaviour layer (issue 5): Redis for replicas, else in process saved to a SQLite file.
    redis_url: Annotated[str, Field(pattern=r"^(redis|rediss|unix)://")] | None = None
    redis_prefix: Annotated[str, Field(min_length=1, pattern=r"^[^\s{}]+$")] = "redline"
    redis_timeout_s: Annotated[float, Field(gt=0)] = 0.2
    behaviour_secret_file: Path | None = None
    behaviour_state_file: Path | None = None

    @property
    def upstream_base(self) -> str | None:
        """The upstream's base URL without a trailing slash (``.../v1``)."""
        return str(self.upstream_url).rstrip("/") if self.upstream_url else None

    @property
    def audit_key_path(self) -> Path:
        """The checkpoint signing key: REDLINE_AUDIT_KEY_FILE, or ``audit.key`` in the data
        directory (created with mode 0600 at first start)."""
        return self.audit_key_file or self.data_dir / "audit.key"

    @property
    def review_secret_path(self) -> Path:
        """The key that signs review-console cookies: REDLINE_REVIEW_SECRET_FILE, or
        ``review.key`` in the data directory (created with mode 0600 at first start)."""
        return self.review_secret_file or self.data_dir / "review.key"

    @property
    def behaviour_secret_path(self) -> Path:
        """The HMAC key for person identifiers: REDLINE_BEHAVIOUR_SECRET_FILE, or
        ``behaviour.key`` in the data directory (created with mode 0600 at first start)."""
        return self.behaviour_secret_file or self.data_dir / "behaviour.key"

    @property
    def behaviour_state_path(self) -> Path:
        """Where in-process behaviour state is saved: REDLINE_BEHAVIOUR_STATE_FILE, or
        ``behaviour.db`` in the data directory (unused when REDLINE_REDIS_URL is set)."""
        return self.behaviour_state_file or self.data_dir / "behaviour.db"

    @property
    def db_url(self) -> str:
        """The database URL: REDLINE_DATABASE_URL, or a SQLite file in the data directory."""
        return self.database_url or f"sqlite:///{self.data_dir / 'redline.db'}"


def load_settings(**overrides: object) -> Settings:
    """Build Settings from ``overrides`` (None values are ignored) and the environment.

    Raises SettingsError naming the variable, e.g. ``REDLINE_UPSTREAM_URL is not a URL``.
    """
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "REDLINE_" + str(first["loc"][0]).upper() if first["loc"] else "settings"
        value = first.get("input")
        raise SettingsError(f"{name} is invalid ({first['msg']}): {value!r}") from exc
