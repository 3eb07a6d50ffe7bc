"""Clearances, compartments and roles: who may see and do what. Pure; no I/O.

A tenant carries a classification and a set of compartments; a reviewer carries a clearance
and a set of compartments. A reviewer's clearance *covers* a tenant when it is at least the
tenant's classification and holds every one of the tenant's compartments. Only then may the
reviewer see that tenant's held requests, and never when the reviewer belongs to the tenant
or declared themselves the request's operator (nobody reviews their own requests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

__all__ = [
    "Clearance",
    "Level",
    "Permission",
    "Role",
    "compartments_of",
    "has_conflict",
]

# Compartment names as they are written on markings: capitals, digits, "-" and "_".
_COMPARTMENT = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")


class Level(IntEnum):
    """Classification levels, ordered: UNCLASSIFIED < CUI < SECRET < TOP SECRET."""

    UNCLASSIFIED = 0
    CUI = 1
    SECRET = 2
    TOP_SECRET = 3

    @property
    def label(self) -> str:
        """The marking as written: ``TOP SECRET`` with a space."""
        return self.name.replace("_", " ")

    @classmethod
    def parse(cls, text: str) -> Level:
        """``"top secret"``, ``"TOP_SECRET"``, ``"TS"``... Raises ValueError naming the
        levels for anything else."""
        key = text.strip().upper().replace(" ", "_").replace("-", "_")
        key = {"U": "UNCLASSIFIED", "S": "SECRET", "TS": "TOP_SECRET"}.get(key, key)
        try:
            return cls[key]
        except KeyError:
            names = ", ".join(level.label for level in cls)
            raise ValueError(f"unknown classification {text!r}: one of {names}") from None


def compartments_of(names: Iterable[str]) -> frozenset[str]:
    """Normalised compartment names (upper case). Raises ValueError for a malformed one."""
    out = set()
    for name in names:
        clean = name.strip().upper()
        if not _COMPARTMENT.fullmatch(clean):
            raise ValueError(
                f"bad compartment {name!r}: capitals, digits, '-' or '_', at most 32 characters"
            )
        out.add(clean)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Clearance:
    """A level and compartments: a reviewer's clearance, or a tenant's classification."""

    level: Level
    compartments: frozenset[str] = frozenset()

    def covers(self, other: Clearance) -> bool:
        """True when this clearance may see material classified ``other``."""
        return self.level >= other.level and other.compartments <= self.compartments

    @property
    def marking(self) -> str:
        """``SECRET//SI/TK`` style: the level, then the compartments sorted."""
        if not self.compartments:
            return self.level.label
        return f"{self.level.label}//{'/'.join(sorted(self.compartments))}"


class Permission(StrEnum):
    """What a role allows."""

    READ = "read"  # see the queue and items (still only those the clearance covers)
    DECIDE = "decide"  # approve or deny
    COMMENT = "comment"
    HISTORY_ALL = "history_all"  # everyone's actions, not only one's own
    AUDIT = "audit"  # decisions with log index and inclusion proof


class Role(StrEnum):
    """Reviewer roles. Admins manage accounts but do not decide: separation of duties."""

    REVIEWER = "reviewer"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    ADMIN = "admin"

    @property
    def permissions(self) -> frozenset[Permission]:
        return _PERMISSIONS[self]

    def can(self, permission: Permission) -> bool:
        return permission in _PERMISSIONS[self]


_PERMISSIONS = {
    Role.REVIEWER: frozenset({Permission.READ, Permission.DECIDE, Permission.COMMENT}),
    Role.SUPERVISOR: frozenset(
        {Permission.READ, Permission.DECIDE, Permission.COMMENT, Permission.HISTORY_ALL}
    ),
    Role.AUDITOR: frozenset({Permission.READ, Permission.HISTORY_ALL, Permission.AUDIT}),
    Role.ADMIN: frozenset({Permission.READ, Permission.HISTORY_ALL, Permission.AUDIT}),
}


def has_conflict(
    *,
    reviewer_username: str,
    reviewer_tenant_id: str | None,
    item_tenant_id: str,
    item_operator: str | None,
) -> bool:
    """True when the reviewer may not review the item: it was made by their own tenant, or
    by themselves (the request declared them as its operator, ``Redline-Operator``)."""
    if reviewer_tenant_id is not None and reviewer_tenant_id == item_tenant_id:
        return True
    return item_operator is not None and item_operator.strip().casefold() == (
        reviewer_username.casefold()
    )
