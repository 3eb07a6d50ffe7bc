"""Tenant overlays: a tenant's own settings on top of the provider's policy, which may only
tighten it.

An overlay is YAML with any of these fields (anything else is refused)::

    red_lines:
      mass_domestic_surveillance: {hold_at: 0.3, block_at: 0.6, on_block: block}
    authorities: ["EO 12333"]              # a subset of the policy's
    minimisation: {foreign_intelligence: [...], us_person_at: 0.4, max_us_person_identifiers: 1}
    screening: {layer_budget_ms: 200, layer_budgets_ms: {semantic: 500}, screen_output: true,
                stream_window_chars: 1024, stream_holdback_chars: 128}

Tighter means: thresholds and counts no higher, ``on_block`` no milder (hold < block), fewer
authorities, at least the same authorities treated as foreign intelligence, output screening
kept on, a layer budget no longer (a layer that overruns it fails closed) and stream windows
and hold-back no shorter. ``check_overlay`` refuses an overlay that loosens any field, naming
every such field; ``apply_overlay`` merges by taking, field by field, the stricter of the two
values, so the result is at least as strict as the policy even if the policy itself changed
after the overlay was checked. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redline.policy.load import PolicyError
from redline.policy.model import Action, Minimisation, Policy, RedLinePolicy, Screening
from redline.redlines import RedLine

__all__ = [
    "Overlay",
    "OverlayError",
    "apply_overlay",
    "check_overlay",
    "loosened_fields",
    "parse_overlay",
]

Unit = Annotated[float, Field(ge=0.0, le=1.0)]


class OverlayError(PolicyError):
    """An overlay is malformed or would loosen the policy. ``fields`` names the offending
    fields (dotted paths, e.g. ``red_lines.mass_domestic_surveillance.hold_at``)."""

    def __init__(self, message: str, fields: tuple[str, ...]) -> None:
        super().__init__(message)
        self.fields = fields


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RedLineOverlay(_Frozen):
    hold_at: Unit | None = None
    block_at: Unit | None = None
    on_block: Action | None = None


class MinimisationOverlay(_Frozen):
    foreign_intelligence: tuple[str, ...] | None = None
    us_person_at: Unit | None = None
    max_us_person_identifiers: Annotated[int, Field(ge=0)] | None = None


class ScreeningOverlay(_Frozen):
    layer_budget_ms: Annotated[float, Field(gt=0)] | None = None
    layer_budgets_ms: dict[str, Annotated[float, Field(gt=0)]] | None = None
    screen_output: bool | None = None
    stream_window_chars: Annotated[int, Field(ge=64)] | None = None
    stream_holdback_chars: Annotated[int, Field(ge=0)] | None = None


class Overlay(_Frozen):
    """A tenant's overlay. ``digest`` is ``sha256:<hex>`` of its YAML, set by parse_overlay."""

    red_lines: dict[RedLine, RedLineOverlay] = {}
    authorities: tuple[str, ...] | None = None
    minimisation: MinimisationOverlay = MinimisationOverlay()
    screening: ScreeningOverlay = ScreeningOverlay()
    digest: str | None = Field(default=None, exclude=True)


def parse_overlay(data: bytes | str, *, source: str = "<overlay>") -> Overlay:
    """Parse overlay YAML. Raises OverlayError naming the bad field."""
    raw_bytes = data.encode() if isinstance(data, str) else data
    try:
        raw = yaml.safe_load(raw_bytes)
    except yaml.YAMLError as exc:
        raise OverlayError(f"{source}: not valid YAML: {exc}", ()) from exc
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise OverlayError(f"{source}: an overlay is a YAML mapping", ())
    raw.pop("digest", None)
    raw["digest"] = "sha256:" + hashlib.sha256(raw_bytes).hexdigest()
    try:
        return Overlay.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "(top level)"
        hint = " (an overlay may set only thresholds, actions, authorities, minimisation and "
        hint += "screening; never clauses or texts)" if first["type"] == "extra_forbidden" else ""
        raise OverlayError(f"{source}: {loc}: {first['msg']}{hint}", (loc,)) from exc


def _loosening(policy: Policy, overlay: Overlay) -> list[tuple[str, str]]:
    """(field, why) for each field of ``overlay`` that is looser than ``policy``."""
    out: list[tuple[str, str]] = []

    def above(name: str, value: float | None, base: float) -> None:
        if value is not None and value > base:
            out.append((name, f"{value} is above the policy's {base}: it may only be lowered"))

    def below(name: str, value: float | None, base: float) -> None:
        if value is not None and value < base:
            out.append((name, f"{value} is below the policy's {base}: it may only be raised"))

    for red_line, rule in overlay.red_lines.items():
        base = policy.red_lines[red_line]
        prefix = f"red_lines.{red_line.value}"
        above(f"{prefix}.hold_at", rule.hold_at, base.hold_at)
        above(f"{prefix}.block_at", rule.block_at, base.block_at)
        if rule.on_block is not None and rule.on_block.severity < base.on_block.severity:
            out.append(
                (
                    f"{prefix}.on_block",
                    f"{rule.on_block.value} is milder than the policy's {base.on_block.value}",
                )
            )
    if overlay.authorities is not None:
        extra = sorted(set(overlay.authorities) - set(policy.authorities))
        if extra:
            out.append(("authorities", f"{extra} are not among the policy's authorities"))
    mini = overlay.minimisation
    if mini.foreign_intelligence is not None:
        dropped = sorted(
            set(policy.minimisation.foreign_intelligence) - set(mini.foreign_intelligence)
        )
        if dropped:
            out.append(("minimisation.foreign_intelligence", f"drops {dropped}: it may only add"))
        unknown = sorted(set(mini.foreign_intelligence) - set(policy.authorities))
        if unknown:
            out.append(
                ("minimisation.foreign_intelligence", f"{unknown} are not policy authorities")
            )
    above("minimisation.us_person_at", mini.us_person_at, policy.minimisation.us_person_at)
    above(
        "minimisation.max_us_person_identifiers",
        mini.max_us_person_identifiers,
        policy.minimisation.max_us_person_identifiers,
    )
    scr, base_scr = overlay.screening, policy.screening
    above("screening.layer_budget_ms", scr.layer_budget_ms, base_scr.layer_budget_ms)
    for layer, budget in (scr.layer_budgets_ms or {}).items():
        base_budget = base_scr.layer_budgets_ms.get(layer, base_scr.layer_budget_ms)
        above(f"screening.layer_budgets_ms.{layer}", budget, base_budget)
    if scr.screen_output is False and base_scr.screen_output:
        out.append(("screening.screen_output", "the policy screens answers: it may not be off"))
    below("screening.stream_window_chars", scr.stream_window_chars, base_scr.stream_window_chars)
    below(
        "screening.stream_holdback_chars",
        scr.stream_holdback_chars,
        base_scr.stream_holdback_chars,
    )
    return out


def check_overlay(policy: Policy, overlay: Overlay) -> None:
    """Raise OverlayError naming every field of ``overlay`` that would loosen ``policy``."""
    found = _loosening(policy, overlay)
    if found:
        lines = "; ".join(f"{name}: {why}" for name, why in found)
        raise OverlayError(
            f"the overlay would loosen the provider's policy: {lines}",
            tuple(dict.fromkeys(name for name, _ in found)),
        )


def _stricter(value: float | None, base: float) -> float:
    return base if value is None else min(value, base)


def apply_overlay(policy: Policy, overlay: Overlay) -> Policy:
    """The tenant's effective policy: for every field, the stricter of policy and overlay.
    Never raises for a well-formed overlay, and never looser than ``policy``."""
    red_lines: dict[RedLine, RedLinePolicy] = {}
    for red_line, base in policy.red_lines.items():
        rule = overlay.red_lines.get(red_line, RedLineOverlay())
        block_at = _stricter(rule.block_at, base.block_at)
        # A lower block_at than hold_at would be invalid; blocking there is stricter anyway.
        hold_at = min(_stricter(rule.hold_at, base.hold_at), block_at)
        on_block = base.on_block
        if rule.on_block is not None and rule.on_block.severity > on_block.severity:
            on_block = rule.on_block
        red_lines[red_line] = base.model_copy(
            update={"hold_at": hold_at, "block_at": block_at, "on_block": on_block}
        )
    authorities = policy.authorities
    if overlay.authorities is not None:
        authorities = tuple(a for a in policy.authorities if a in overlay.authorities)
    mini, base_mini = overlay.minimisation, policy.minimisation
    foreign = set(base_mini.foreign_intelligence) | set(mini.foreign_intelligence or ())
    minimisation = Minimisation(
        foreign_intelligence=tuple(a for a in authorities if a in foreign),
        us_person_at=_stricter(mini.us_person_at, base_mini.us_person_at),
        max_us_person_identifiers=int(
            _stricter(mini.max_us_person_identifiers, base_mini.max_us_person_identifiers)
        ),
    )
    scr, base_scr = overlay.screening, policy.screening
    budgets = dict(base_scr.layer_budgets_ms)
    for layer, budget in (scr.layer_budgets_ms or {}).items():
        budgets[layer] = min(budget, base_scr.layer_budgets_ms.get(layer, base_scr.layer_budget_ms))
    screening = Screening(
        layer_budget_ms=_stricter(scr.layer_budget_ms, base_scr.layer_budget_ms),
        layer_budgets_ms=budgets,
        screen_output=base_scr.screen_output or bool(scr.screen_output),
        stream_window_chars=max(scr.stream_window_chars or 0, base_scr.stream_window_chars),
        stream_holdback_chars=max(scr.stream_holdback_chars or 0, base_scr.stream_holdback_chars),
    )
    digest = f"{policy.digest}+overlay:{overlay.digest}" if overlay.digest else policy.digest
    update: dict[str, Any] = {
        "red_lines": red_lines,
        "authorities": authorities,
        "minimisation": minimisation,
        "screening": screening,
        "digest": digest,
    }
    return policy.model_copy(update=update)


def loosened_fields(base: Policy, candidate: Policy) -> list[str]:
    """The fields in which ``candidate`` is looser than ``base`` (empty: at least as strict).
    Texts (titles, clauses, descriptions) are not compared."""
    overlay = Overlay(
        red_lines={
            r: RedLineOverlay(hold_at=c.hold_at, block_at=c.block_at, on_block=c.on_block)
            for r, c in candidate.red_lines.items()
        },
        authorities=candidate.authorities,
        minimisation=MinimisationOverlay(
            foreign_intelligence=tuple(
                a for a in candidate.minimisation.foreign_intelligence if a in base.authorities
            )
            + tuple(
                a for a in base.minimisation.foreign_intelligence if a not in candidate.authorities
            ),
            us_person_at=candidate.minimisation.us_person_at,
            max_us_person_identifiers=candidate.minimisation.max_us_person_identifiers,
        ),
        screening=ScreeningOverlay(**candidate.screening.model_dump()),
    )
    return list(dict.fromkeys(name for name, _ in _loosening(base, overlay)))
