"""Legal authorities a request may declare, matched the same way everywhere.

Clients spell authorities loosely ("EO 12333", "E.O. 12333", "eo12333", "FISA Section 702");
a declared authority is matched against an allowed list by a key that ignores case,
punctuation and spacing, and reads "section" as "s" and "executive order" as "EO". The
canonical spelling is the allowed list's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["authority_key", "canonical_authority"]

_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def authority_key(text: str) -> str:
    """The matching key of an authority's name: ``"E.O. 12333"`` and ``"eo12333"`` agree."""
    lowered = text.lower().replace("executive order", "eo").replace("section", "s")
    return _NOT_ALNUM.sub("", lowered)


def canonical_authority(declared: str, allowed: Iterable[str]) -> str | None:
    """The entry of ``allowed`` that ``declared`` names, or None."""
    key = authority_key(declared)
    if not key:
        return None
    for name in allowed:
        if authority_key(name) == key:
            return name
    return None
