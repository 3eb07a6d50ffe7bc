"""Parsing a policy from its bytes, and reading one without a signature check.

``parse_policy`` is the one place where policy bytes become a Policy; it sets the policy's
``digest`` (SHA-256 of exactly those bytes). The gateway never uses ``load_policy``: it goes
through ``policy.bundle.load_signed_policy``, which verifies the provider's signature over
the bytes before parsing them. ``load_policy`` is for offline tools (check, eval, lint) that
screen text with a policy but do not enforce it on anyone.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from redline.policy.model import Policy

__all__ = ["PolicyError", "default_policy_path", "load_policy", "parse_policy", "policy_digest"]


class PolicyError(Exception):
    """The policy file is missing, unreadable or invalid. The message names the file and the
    offending field."""


def default_policy_path() -> Path:
    """The policy shipped in the package."""
    return Path(str(resources.files("redline.policy").joinpath("default.yaml")))


def policy_digest(data: bytes) -> str:
    """``sha256:<hex>`` of the exact policy bytes: what is signed and what decisions record."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def parse_policy(data: bytes, *, source: str = "<policy>") -> Policy:
    """Parse policy YAML. Raises PolicyError naming ``source`` and the bad field."""
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise PolicyError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise PolicyError(f"{source}: a policy is a YAML mapping")
    if "digest" in raw:
        raise PolicyError(f"{source}: digest: is computed from the file, never written in it")
    raw["digest"] = policy_digest(data)
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise PolicyError(f"{source}: {loc}: {first['msg']}") from exc


def load_policy(path: Path | None = None) -> Policy:
    """Read and parse the policy at ``path`` (the packaged default when None)."""
    target = path or default_policy_path()
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise PolicyError(f"{target}: cannot read policy: {exc.strerror}") from exc
    return parse_policy(data, source=str(target))
