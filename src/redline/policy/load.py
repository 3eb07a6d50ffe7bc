"""Loading a policy: the single entry point through which a Policy reaches the process.

Signature verification (a later issue) belongs here, between reading the bytes and parsing
them, so that no other code path can produce a Policy from an unchecked file.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from redline.policy.model import Policy

__all__ = ["PolicyError", "default_policy_path", "load_policy", "parse_policy"]


class PolicyError(Exception):
    """The policy file is missing, unreadable or invalid. The message names the file and the
    offending field."""


def default_policy_path() -> Path:
    """The policy shipped in the package."""
    return Path(str(resources.files("redline.policy").joinpath("default.yaml")))


def parse_policy(data: bytes, *, source: str = "<policy>") -> Policy:
    """Parse policy YAML. Raises PolicyError naming ``source`` and the bad field."""
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise PolicyError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise PolicyError(f"{source}: a policy is a YAML mapping")
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
