"""The three red lines, named once for the whole code base."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["RedLine"]


class RedLine(StrEnum):
    """A red line the provider has promised never to cross."""

    MASS_DOMESTIC_SURVEILLANCE = "mass_domestic_surveillance"
    AUTONOMOUS_WEAPON_SYSTEMS = "autonomous_weapon_systems"
    HIGH_STAKES_AUTOMATED_DECISIONS = "high_stakes_automated_decisions"

    @classmethod
    def from_label(cls, label: str) -> RedLine | None:
        """Map a dataset label (long id or the short names used in shared/data) to a red line.

        Returns None for ``benign``; raises ValueError for anything else.
        """
        if label == "benign":
            return None
        short = {
            "surveillance": cls.MASS_DOMESTIC_SURVEILLANCE,
            "autonomous_weapons": cls.AUTONOMOUS_WEAPON_SYSTEMS,
            "automated_decisions": cls.HIGH_STAKES_AUTOMATED_DECISIONS,
        }
        if label in short:
            return short[label]
        return cls(label)
