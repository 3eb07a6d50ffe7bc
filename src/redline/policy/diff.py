"""What changed between two policies, in sentences a reviewer can read. Pure; no I/O.

Each change says what moved, from what to what, and what that means for requests: whether
the new policy is stricter (more requests held or blocked) or looser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from redline.policy.model import Action, Policy

__all__ = ["Change", "describe_changes"]

Effect = Literal["stricter", "looser", "neutral"]
_PAST = {Action.ALLOW: "allowed", Action.HOLD: "held for review", Action.BLOCK: "blocked"}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: the field, a sentence, and its effect on requests."""

    field: str
    text: str
    effect: Effect

    def __str__(self) -> str:
        mark = {"stricter": "[stricter]", "looser": "[LOOSER]", "neutral": "[neutral]"}
        return f"{mark[self.effect]:<10} {self.text}"


def _threshold(field: str, title: str, what: str, old: float, new: float) -> Change:
    lower = new < old
    verb = "lowered" if lower else "raised"
    more = "more" if lower else "fewer"
    return Change(
        field,
        f"{title}: requests are {what} from a score of {new} instead of {old} ({verb}; "
        f"{more} requests {what})",
        "stricter" if lower else "looser",
    )


def describe_changes(old: Policy, new: Policy) -> list[Change]:
    """Every difference from ``old`` to ``new`` that matters, in a stable order."""
    out: list[Change] = []
    if old.version != new.version:
        out.append(Change("version", f"Version {old.version} becomes {new.version}.", "neutral"))
    if old.issuer != new.issuer:
        out.append(Change("issuer", f"Issuer {old.issuer} becomes {new.issuer}.", "neutral"))
    for red_line, a in old.red_lines.items():
        b = new.red_lines[red_line]
        name = f"red_lines.{red_line.value}"
        title = f"Red line {red_line.value}"
        if a.hold_at != b.hold_at:
            out.append(
                _threshold(f"{name}.hold_at", title, "held for review", a.hold_at, b.hold_at)
            )
        if a.block_at != b.block_at:
            verb = f"given the block action ({b.on_block.value})"
            out.append(_threshold(f"{name}.block_at", title, verb, a.block_at, b.block_at))
        if a.on_block != b.on_block:
            stricter = b.on_block.severity > a.on_block.severity
            out.append(
                Change(
                    f"{name}.on_block",
                    f"{title}: at the block threshold requests are now {_PAST[b.on_block]} "
                    f"instead of {_PAST[a.on_block]}"
                    + (" (blocked outright)." if stricter else " (a human may let them through)."),
                    "stricter" if stricter else "looser",
                )
            )
        if a.clause != b.clause:
            out.append(
                Change(
                    f"{name}.clause",
                    f"{title}: the cited clause changes from {a.clause.id} "
                    f"\u201c{a.clause.text}\u201d to {b.clause.id} \u201c{b.clause.text}\u201d.",
                    "neutral",
                )
            )
        if a.title != b.title or a.description != b.description:
            out.append(
                Change(
                    f"{name}.description",
                    f"{title}: its title or description is reworded (no effect on decisions).",
                    "neutral",
                )
            )
    removed = [x for x in old.authorities if x not in new.authorities]
    added = [x for x in new.authorities if x not in old.authorities]
    if removed:
        out.append(
            Change(
                "authorities",
                f"Authorities no longer accepted: {', '.join(removed)} (a request declaring one "
                "is refused).",
                "stricter",
            )
        )
    if added:
        out.append(
            Change(
                "authorities",
                f"Authorities newly accepted: {', '.join(added)} (tenants registered for them "
                "may declare them; no authority unlocks a red line).",
                "looser",
            )
        )
    out += _minimisation(old, new)
    out += _screening(old, new)
    return out


def _minimisation(old: Policy, new: Policy) -> list[Change]:
    a, b = old.minimisation, new.minimisation
    out: list[Change] = []
    dropped = [x for x in a.foreign_intelligence if x not in b.foreign_intelligence]
    gained = [x for x in b.foreign_intelligence if x not in a.foreign_intelligence]
    if gained:
        out.append(
            Change(
                "minimisation.foreign_intelligence",
                f"U.S.-person minimisation now also applies under {', '.join(gained)}.",
                "stricter",
            )
        )
    if dropped:
        out.append(
            Change(
                "minimisation.foreign_intelligence",
                f"U.S.-person minimisation no longer applies under {', '.join(dropped)}.",
                "looser",
            )
        )
    if a.us_person_at != b.us_person_at:
        lower = b.us_person_at < a.us_person_at
        out.append(
            Change(
                "minimisation.us_person_at",
                f"An identifier counts as a U.S. person's from an estimate of {b.us_person_at} "
                f"instead of {a.us_person_at} ({'more' if lower else 'fewer'} identifiers count).",
                "stricter" if lower else "looser",
            )
        )
    if a.max_us_person_identifiers != b.max_us_person_identifiers:
        lower = b.max_us_person_identifiers < a.max_us_person_identifiers
        out.append(
            Change(
                "minimisation.max_us_person_identifiers",
                "Under a foreign-intelligence authority a request is held when it carries more "
                f"than {b.max_us_person_identifiers} U.S.-person identifiers instead of more "
                f"than {a.max_us_person_identifiers}.",
                "stricter" if lower else "looser",
            )
        )
    return out


def _screening(old: Policy, new: Policy) -> list[Change]:
    a, b = old.screening, new.screening
    out: list[Change] = []
    if a.screen_output != b.screen_output:
        out.append(
            Change(
                "screening.screen_output",
                "Model answers are "
                + ("now screened too." if b.screen_output else "NO LONGER screened."),
                "stricter" if b.screen_output else "looser",
            )
        )
    if a.layer_budget_ms != b.layer_budget_ms:
        shorter = b.layer_budget_ms < a.layer_budget_ms
        out.append(
            Change(
                "screening.layer_budget_ms",
                f"Each detection layer gets {b.layer_budget_ms:g} ms instead of "
                f"{a.layer_budget_ms:g} ms before the request fails closed"
                + (" (more requests may be refused under load)." if shorter else "."),
                "stricter" if shorter else "looser",
            )
        )
    for layer in sorted(set(a.layer_budgets_ms) | set(b.layer_budgets_ms)):
        old_v = a.layer_budgets_ms.get(layer, a.layer_budget_ms)
        new_v = b.layer_budgets_ms.get(layer, b.layer_budget_ms)
        if old_v != new_v:
            out.append(
                Change(
                    f"screening.layer_budgets_ms.{layer}",
                    f"The {layer} layer gets {new_v:g} ms instead of {old_v:g} ms before the "
                    "request fails closed.",
                    "stricter" if new_v < old_v else "looser",
                )
            )
    for field, what in (
        ("stream_window_chars", "Streamed answers are screened in windows overlapping by"),
        ("stream_holdback_chars", "Streamed text is held back, until screened with what follows,"),
    ):
        old_v, new_v = getattr(a, field), getattr(b, field)
        if old_v != new_v:
            out.append(
                Change(
                    f"screening.{field}",
                    f"{what} {new_v} characters instead of {old_v}.",
                    "stricter" if new_v > old_v else "looser",
                )
            )
    return out
