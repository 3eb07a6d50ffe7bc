"""From one screened request to the Observation the behaviour state records. Pure: no I/O.

Reads the request's person identifiers (the patterns layer's entities), the other layers'
verdict (scores and findings) and the request's shape (max_tokens, response_format, the
``Redline-Operator`` attestation). Identifiers and the people a template is filled with are
HMAC-SHA256-hashed with the deployment secret here, before anything leaves this module.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from redline.behaviour.simhash import template_of
from redline.behaviour.state import (
    ACTUATOR,
    OPERATOR,
    TELEMETRY,
    TINY_JSON,
    Category,
    Facet,
    Observation,
    Template,
)
from redline.decide import Decision
from redline.detect.identifiers import PERSON_KINDS
from redline.exchange import Exchange
from redline.policy.model import Policy
from redline.redlines import RedLine

__all__ = ["FACET_LAYERS", "observe", "pseudonym"]

_SEEK_CHARS = 20_000

# Layers whose findings are structured evidence that decomposition accumulates. The
# semantic layer's scores are a classifier's, not facets of a task, and are left out.
FACET_LAYERS = frozenset({"patterns", "rules"})
# Asking who a person is, where they live or how they move: the behaviour layer's own test,
# so that the scale count does not hang on how a classifier happens to be calibrated.
_SEEKS = re.compile(
    r"\b(?:who (?:owns|is behind|uses|is this)|belongs? to|owner|subscriber|real name|"
    r"(?:home|street|registered) address|where (?:he|she|they|this person) (?:lives?|sleeps?|"
    r"works?|goes)|whereabouts|locate|location|track\w*|trace|geolocat\w*|routine|schedule|"
    r"commut\w*|movements?|pattern of (?:life|movement)|house is empty|leaves? home|"
    r"resolve .{0,40} to a (?:person|name|address))\b",
    re.I,
)
# Asking for an outcome about a person: a score, a rank, eligibility, approve or decline.
_DECIDES = re.compile(
    r"\b(?:scor(?:e|es|ing)|rank(?:s|ing)?|rate|rating|eligib\w*|approv\w*|declin\w*|"
    r"den(?:y|ial)|reject\w*|hire|recommendation|risk (?:score|level|rating)|suitability)\b",
    re.I,
)
_JSON_ONLY = re.compile(
    r"\b(?:json only|only json|only (?:with|in|as) (?:a )?json|"
    r"(?:respond|reply|answer|output)\w* (?:only )?(?:with|in|as) (?:a )?json)\b",
    re.I,
)


def pseudonym(secret: bytes, value: str) -> str:
    """HMAC-SHA256 of ``value`` under ``secret``, as 16 hex digits (64 bits)."""
    return hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def observe(
    *,
    tenant_id: str,
    key_id: str,
    decision_id: str,
    at: float,
    exchange: Exchange,
    decision: Decision,
    policy: Policy,
    secret: bytes,
) -> Observation:
    """The Observation of one request, screened by the other layers into ``decision``."""
    rules = policy.behaviour
    people: dict[Category, list[str]] = {"people": [], "us_people": [], "us_sought": []}
    entities = exchange.entities
    sought = bool(entities) and (
        decision.scores.get(RedLine.MASS_DOMESTIC_SURVEILLANCE, 0.0) >= rules.scale.sought_at
        or bool(_SEEKS.search(exchange.text[:_SEEK_CHARS]))
    )
    for entity in entities:
        if entity.kind not in PERSON_KINDS:
            continue
        name = pseudonym(secret, f"{entity.kind}:{entity.value}")
        people["people"].append(name)
        if entity.us_person >= 0.5:
            people["us_people"].append(name)
            if sought:
                people["us_sought"].append(name)
    return Observation(
        tenant_id=tenant_id,
        key_id=key_id,
        decision_id=decision_id,
        at=at,
        # A request with U.S. persons' identifiers is judged against the tenant's sought
        # count even when it adds nobody to it (an empty tuple: count, do not add).
        people={k: tuple(v) for k, v in people.items() if v or people["us_people"]},
        template=_template(exchange, decision, policy, secret),
        flags=_flags(exchange, decision, policy),
        facets=_facets(decision, policy),
    )


def _template(
    exchange: Exchange, decision: Decision, policy: Policy, secret: bytes
) -> Template | None:
    decides = decision.scores.get(RedLine.HIGH_STAKES_AUTOMATED_DECISIONS, 0.0)
    structured = any(f.kind.startswith(("rubric.", "tool.decision")) for f in decision.findings)
    asks = decides >= policy.behaviour.pipeline.decision_at or structured
    if not asks and not _DECIDES.search(exchange.text[:_SEEK_CHARS]):
        return None
    template = template_of(exchange.text)
    if not template.fill:
        return None  # nobody in particular: not "about another person"
    return Template(template.simhash, pseudonym(secret, template.fill))


def _flags(exchange: Exchange, decision: Decision, policy: Policy) -> int:
    flags = 0
    kinds = {f.kind for f in decision.findings}
    if any(k.startswith("telemetry.") for k in kinds):
        flags |= TELEMETRY
    if "tool.actuator" in kinds:
        flags |= ACTUATOR
    tiny = exchange.max_tokens is not None and (
        exchange.max_tokens <= policy.behaviour.loop.tiny_max_tokens
    )
    json_only = exchange.response_format in ("json_object", "json_schema") or bool(
        _JSON_ONLY.search(exchange.text[-2000:])
    )
    if tiny and json_only:
        flags |= TINY_JSON
    if exchange.context.operator:
        flags |= OPERATOR
    return flags


def _facets(decision: Decision, policy: Policy) -> tuple[Facet, ...]:
    floor = policy.behaviour.decomposition.facet_at
    strongest: dict[tuple[str, str], float] = {}
    for f in decision.findings:
        if f.red_line is None or f.layer not in FACET_LAYERS:
            continue
        if not floor <= f.score < policy.red_lines[f.red_line].hold_at:
            continue
        key = (f.red_line.value, f.kind)
        strongest[key] = max(strongest.get(key, 0.0), f.score)
    return tuple(Facet(line, kind, score) for (line, kind), score in sorted(strongest.items()))
