"""Structured detectors: identifiers of people, coordinates, telemetry, tool schemas, rubrics.

A single identifier is not red-line evidence (an email in a support ticket is normal); what
counts is scale, linkage and purpose. So identifiers become findings only together with an
ask to link, locate or track (mass_domestic_surveillance), or with a per-person decision
(high_stakes_automated_decisions). Tool schemas that act on the world with weapons, sensor
and telemetry payloads, and coordinates next to targeting language point at
autonomous_weapon_systems.

The formats themselves are recognised in ``identifiers`` and ``telemetry``; this module
weighs them. Guarantees: no finding's ``detail`` carries an identifier (counts, kinds and at
most the last four digits); ``extract_entities`` returns each (kind, value) once with a
U.S.-person estimate in [0, 1]. Pure: no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from redline.detect.finding import Entity, Finding
from redline.detect.identifiers import PERSON_KINDS, identifiers_in, masked
from redline.detect.normalise import DECODED_KINDS
from redline.detect.telemetry import (
    TELEMETRY_SCORES,
    coordinates_in,
    mentions_weapons,
    telemetry_in,
)
from redline.detect.terms import PAPERWORK_FACTOR, concept_groups, reads_as_paperwork
from redline.redlines import RedLine

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = ["PatternsLayer", "extract_entities"]

_SURV = RedLine.MASS_DOMESTIC_SURVEILLANCE
_AWS = RedLine.AUTONOMOUS_WEAPON_SYSTEMS
_DEC = RedLine.HIGH_STAKES_AUTOMATED_DECISIONS
_TABLES = ("radar_tracks", "range_rounds")  # telemetry kinds whose count is of columns
_OWN_CASE = 0.7  # rubric findings about the person's own case


def _scan_views(exchange: Exchange) -> Iterator[tuple[str, str, str]]:
    """(where, normalised text, raw text) of each view the detectors read, once per text."""
    raw_by_where = {v.where: v.text for v in exchange.views if v.kind == "raw"}
    seen: set[str] = set()
    for v in exchange.views:
        if (v.kind == "normalised" or v.kind.split(">")[0] in DECODED_KINDS) and v.text not in seen:
            seen.add(v.text)
            yield v.where, v.text, raw_by_where.get(v.where, "") if v.kind == "normalised" else ""


def extract_entities(exchange: Exchange) -> list[Entity]:
    """Each identifier of a person or device in the exchange, once per (kind, value)."""
    found: dict[tuple[str, str], Entity] = {}
    for where, text, raw in _scan_views(exchange):
        for kind, value, us in identifiers_in(text, raw):
            found.setdefault((kind, value), Entity(kind, value, us, where))
    return list(found.values())


# --- tool schemas -----------------------------------------------------------------------

_WORDS = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ACT_VERB_WORDS = "fire engage launch release drop detonate designate lase arm slew strike shoot"
_ACT_OBJECT_WORDS = """weapon weapons missile missiles munition munitions ordnance payload warhead
    turret gun guns cannon round rounds salvo torpedo bomb bombs rocket rockets interceptor target
    targets laser designator effector effectors trigger lethal"""
_ACT_VERBS = frozenset(_ACT_VERB_WORDS.split()) | {"trigger", "kill", "aim", "intercept", "target"}
_ACT_OBJECTS = frozenset(_ACT_OBJECT_WORDS.split())
_SELF_ACTING = frozenset({"detonate", "lase", "detonation"})
_SENSOR = re.compile(
    r"radar|sensor|eo/?ir|thermal|lidar|sonar|adsb|ads-b|detections?|target_?list|tracks?\b"
)
_PERSON_TOOL = re.compile(
    r"(?:locate|geolocate|track|trace|lookup|look_up|find|search|identify|get|fetch)"
    r"_?(?:person|people|citizen|subscriber|individual|face|phone_owner|owner|"
    r"location_history|call_records|cdr|whereabouts|social_profile)"
)
_DECISION_TOOL = re.compile(
    r"(?:approve|deny|reject|grant|revoke|set|update)_?(?:application|claim|benefit|"
    r"eligibility|visa|loan|parole|bail|status|asylum|tenant)|add_?to_?watch_?list|"
    r"flag_?for_?(?:deportation|removal|arrest)"
)
_CALLEE = re.compile(r"(\w+)\s*$")
_CALL_VERBS = (
    "fire",
    "launch",
    "engage",
    "release",
    "detonate",
    "designate",
    "lase",
    "slew",
    "strike",
    "shoot",
)
_JSON_NAME = re.compile(r"\"name\"\s*:\s*\"(\w+)\"")


def _called_functions(text: str) -> Iterator[str]:
    """Names written as calls, ``fire_weapon(...)``, whose name holds an actuator verb."""
    at = text.find("(")
    while at >= 0:
        m = _CALLEE.search(text, max(0, at - 60), at)
        if m and any(verb in m.group(1) for verb in _CALL_VERBS):
            yield m.group(1)
        at = text.find("(", at + 1)


def _is_tool(where: str) -> bool:
    return where.startswith(("tools[", "functions["))


def _tool_texts(exchange: Exchange) -> list[tuple[str, str, str]]:
    """(where, name, text) for each function offered to or named by the model."""
    out = [
        (f"tools[{i}]", t.name, f"{t.name} {t.description} {json.dumps(t.parameters)}")
        for i, t in enumerate(exchange.tools)
    ]
    if not exchange.tools:
        out += [
            (s.where, s.text.split(":", 1)[0], s.text)
            for s in exchange.segments
            if s.role == "tool_schema"
        ]
    for where, text, _ in _scan_views(exchange):
        out += [(where, name, name) for name in _called_functions(text)]
        if '"name"' in text:
            out += [(where, name, name) for name in _JSON_NAME.findall(text)]
    return out


def _is_actuator(name: str, text: str) -> bool:
    name_words = set(_WORDS.findall(_CAMEL.sub("_", name).lower()))
    words = name_words | set(_WORDS.findall(text.lower()))
    verbs = name_words & (_ACT_VERBS | _SELF_ACTING)
    return bool(verbs & _SELF_ACTING) or bool(verbs and words & _ACT_OBJECTS)


# --- rubrics and linkage ----------------------------------------------------------------

_PERSON_FIELD = re.compile(
    r"(?:^|[\s\"',{|])(?:full_?name|name|applicant\w*|dob|date of birth|ssn|"
    r"person_?id|case_?(?:id|no|number)|claimant|tenant|defendant|employee_?id|"
    r"candidate\w*|citizen_?id|a-number)\b[\"']?\s*[:=|,]",
    re.M,
)
# Output keys that carry a decision about a person: quoted (JSON) or opening a line (YAML,
# "field: value" lists). Both forms open with a literal, which keeps the search cheap.
_DECISION_KEY_NAMES = (
    r"(eligib\w*|risk_?score|approv\w*|den(?:y|ied|ial)|decision|verdict|recidivism\w*|"
    r"threat_?score|trust_?score|social_?score|citizen_?score|flag(?:ged)?|blacklist\w*|"
    r"watch_?list\w*|accept(?:ed)?|reject(?:ed)?|evict\w*|deport\w*|hire|admit\w*)"
)
_DECISION_KEY = re.compile(
    rf"[\"']{_DECISION_KEY_NAMES}[\"']\s*:|\n\s*[-*]?\s*{_DECISION_KEY_NAMES}\s*:"
)
_LINK_ASK = re.compile(
    r"\b(?:link|linking|match(?:ing)? (?:them|these|each)|cross[- ]?referenc\w*|correlat\w*|"
    r"de-?anonymi\w*|unmask\w*|who (?:owns|is behind|uses|is using)|owner of|"
    r"identify (?:the )?(?:owner|person|people|individual|subscriber|user)s?|locate|"
    r"location|whereabouts|track\w*|trace|geolocat\w*|home address\w*|real names?|"
    r"where (?:they|he|she) lives?|dossier|profile|monitor\w*|surveil\w*|"
    r"reverse (?:lookup|search)|look up (?:the )?owner|find (?:out )?who)\b"
)

# A person named after their role: "applicant Ahmed Karimi", "the case of Ana Morales".
_NAMED_PERSON = re.compile(
    r"\b(?:applicant|claimant|defendant|tenant|inmate|candidate|employee|student|"
    r"patient|recipient|beneficiary|detainee|borrower|case (?:file )?of|file of|"
    r"Mr\.?|Mrs\.?|Ms\.?)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
)
_ROLE_WORD_LIST = """applicant claimant defendant tenant inmate candidate employee student patient
    recipient beneficiar detainee borrower mr. ms. mrs."""
_ROLE_WORDS = (*_ROLE_WORD_LIST.split(), "case of", "file of")
# A list line that starts with a personal name: "3. Maria Lopez; ..." or "- Chen, Wei: ...".
_NAME_LINE = re.compile(r"^\s*(?:\d{1,4}[.)]|[-*•])\s+[A-Z][a-z'-]+,? [A-Z][a-z'-]+\b", re.M)
_LOOKUP_ASK = re.compile(
    r"\b(?:who (?:owns|is behind|uses|is using)|owner of|identify (?:the )?(?:owner|person|"
    r"caller|subscriber|user)|de-?anonymi\w*|unmask\w*|home address|where (?:they|he|she)"
    r" lives?|whereabouts|real name|geolocat\w*|locate (?:him|her|them|the owner|this "
    r"person)|track (?:him|her|them|this person|the owner|their)|dossier|reverse "
    r"(?:lookup|search)|look up (?:the )?owner|find (?:out )?who)\b"
)
_JSON_ASK = re.compile(r"\bjson\b|\bschema\b|output format|\{\s*\"")
_DECISION_WORD_LIST = "eligib score approv den decision verdict recidiv flag blacklist watch"
_DECISION_WORDS = (*_DECISION_WORD_LIST.split(), "accept", "reject")


@dataclass(slots=True)
class _Report:
    layer: str
    findings: list[Finding]

    def add(
        self, kind: str, red_line: RedLine | None, score: float, detail: str, where: str = ""
    ) -> None:
        self.findings.append(
            Finding(self.layer, kind, red_line, round(min(score, 1.0), 3), detail, where)
        )


def _count_phrase(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))


@dataclass
class _Request:
    """What the detectors read of one exchange; each costly part computed once, on demand."""

    exchange: Exchange

    @cached_property
    def texts(self) -> list[tuple[str, str, str]]:
        return list(_scan_views(self.exchange))

    @cached_property
    def doc(self) -> str:
        return "\n".join(t for _, t, _ in self.texts)

    @cached_property
    def weapon_context(self) -> bool:
        """Weapons or targeting language outside the tool definitions (which ``_tools`` reads
        on their own, so that a tool's own description does not count twice)."""
        return any(mentions_weapons(text) for where, text, _ in self.texts if not _is_tool(where))

    @cached_property
    def groups(self) -> frozenset[str]:
        return concept_groups(self.exchange)

    @cached_property
    def names(self) -> int:
        """People named in the raw text: list lines that open with a name, else at most two
        names after a role ("applicant Ahmed Karimi")."""
        raws = [v.text for v in self.exchange.views if v.kind == "raw"]
        lines = sum(len(_NAME_LINE.findall(t)) for t in raws)
        roles = [t for t in raws if any(role in t.lower() for role in _ROLE_WORDS)]
        return lines or min(2, sum(len(set(_NAMED_PERSON.findall(t))) for t in roles))


class PatternsLayer:
    """Structured detectors over the normalised and decoded views (see the module docstring).

    Finding kinds: ``identifiers.*`` (lookup, linkage, bulk_linkage, bulk, device_linkage,
    present), ``coordinates.*``, ``telemetry.*``, ``tool.actuator``, ``tool.actuator_loop``,
    ``tool.sensor``, ``tool.person_lookup``, ``tool.decision``, ``rubric.person_table``,
    ``rubric.output_schema``, ``rubric.single_person``.
    """

    name = "patterns"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        report = _Report(self.name, [])
        request = _Request(exchange)
        telemetry = self._telemetry(report, request)
        self._coordinates(report, request)
        people = self._identifiers(report, request, list(exchange.entities))
        self._tools(report, exchange, telemetry or request.weapon_context)
        self._rubrics(report, request, people)
        return report.findings

    @staticmethod
    def _identifiers(report: _Report, request: _Request, entities: list[Entity]) -> int:
        """Findings on identifiers; returns about how many people the request names."""
        doc = request.doc
        persons = [e for e in entities if e.kind in PERSON_KINDS]
        devices = [e for e in entities if e.kind not in PERSON_KINDS]
        per_kind: dict[str, int] = {}
        for e in entities:
            per_kind[e.kind] = per_kind.get(e.kind, 0) + 1
        if not entities:
            return 0
        people = max(
            *(per_kind.get(k, 0) for k in PERSON_KINDS),
            len(_PERSON_FIELD.findall(doc)) if persons else 0,
            request.names,
        )
        us = sum(1 for e in persons if e.us_person >= 0.5) / len(persons) if persons else 0.0
        summary = f"{_count_phrase(per_kind)} ({round(us * len(persons))} likely U.S. persons)"
        report.add("identifiers.present", None, 0.1, summary)
        if persons and _LINK_ASK.search(doc):
            if people >= 10:
                score = 0.2 if us < 0.3 else 0.6 if us < 0.6 else 0.85 if people >= 50 else 0.75
                report.add(
                    "identifiers.bulk_linkage",
                    _SURV,
                    score,
                    f"about {people} people's identifiers with a request to link, locate or "
                    f"track them: {summary}",
                )
            elif people >= 3:
                report.add(
                    "identifiers.linkage",
                    _SURV,
                    0.45 if us >= 0.5 else 0.25,
                    f"{people} people's identifiers with a request to link or locate them",
                )
        if persons and people < 3 and _LOOKUP_ASK.search(doc):
            best = max(persons, key=lambda e: e.us_person)
            report.add(
                "identifiers.lookup",
                _SURV,
                0.45 if best.us_person >= 0.5 else 0.25,
                f"{masked(best)} with a request to identify or locate its owner",
            )
        elif people >= 10 and us >= 0.5 and not _LINK_ASK.search(doc):
            report.add("identifiers.bulk", _SURV, 0.3, f"identifiers of about {people} people")
        if len(devices) >= 25 and _LOOKUP_ASK.search(doc):
            report.add(
                "identifiers.device_linkage",
                _SURV,
                0.5,
                f"{len(devices)} device identifiers with a request to identify their owners",
            )
        return people

    @staticmethod
    def _coordinates(report: _Report, request: _Request) -> None:
        counts = coordinates_in(request.doc)
        for kind, n in counts.items():
            if n:
                report.add(f"coordinates.{kind}", None, 0.1, f"{n} {kind} coordinates")
        if any(counts.values()) and request.weapon_context:
            report.add("coordinates.targeting", _AWS, 0.3, "coordinates next to targeting language")

    @staticmethod
    def _telemetry(report: _Report, request: _Request) -> bool:
        found: dict[str, tuple[int, str]] = {}
        for where, text, _ in request.texts:
            for kind, n in telemetry_in(text):
                if n > found.get(kind, (0, ""))[0]:
                    found[kind] = (n, where)
        for kind, (n, where) in found.items():
            score = TELEMETRY_SCORES[kind]
            stream = n >= 5 and kind not in (*_TABLES, "klv")
            report.add(
                f"telemetry.{kind}",
                _AWS,
                score + 0.1 * stream,
                f"{kind} payload ({n} {'columns' if kind in _TABLES else 'items'})",
                where,
            )
        if found and request.weapon_context:
            report.add(
                "telemetry.weapon_context",
                _AWS,
                0.35,
                "sensor or telemetry data next to weapons or targeting language",
            )
        return bool(found)

    @staticmethod
    def _tools(report: _Report, exchange: Exchange, in_loop: bool) -> None:
        actuators: dict[str, str] = {}
        sensors: dict[str, str] = {}
        kinds: list[tuple[str, RedLine, float, Callable[[str], bool]]] = [
            ("tool.person_lookup", _SURV, 0.35, lambda n: bool(_PERSON_TOOL.search(n))),
            ("tool.decision", _DEC, 0.45, lambda n: bool(_DECISION_TOOL.search(n))),
        ]
        for where, name, text in _tool_texts(exchange):
            snake = _CAMEL.sub("_", name).lower()
            if _is_actuator(name, text):
                actuators.setdefault(name, where)
            elif _SENSOR.search(snake):
                sensors.setdefault(name, where)
            for kind, red_line, score, test in kinds:
                if test(snake):
                    report.add(kind, red_line, score, f"function {name!r} acts on a person", where)
        if actuators:
            names = ", ".join(sorted(actuators)[:5])
            where = next(iter(actuators.values()))
            report.add(
                "tool.actuator", _AWS, 0.6, f"functions that act with weapons: {names}", where
            )
            if sensors or in_loop:
                report.add(
                    "tool.actuator_loop",
                    _AWS,
                    0.5,
                    "actuator functions together with sensor data or targeting",
                    where,
                )
        elif sensors:
            report.add(
                "tool.sensor", _AWS, 0.2, f"sensor functions: {', '.join(sorted(sensors)[:5])}"
            )

    @staticmethod
    def _rubrics(report: _Report, request: _Request, people: int) -> None:
        doc = request.doc
        keys: set[str] = set()
        if ":" in doc and any(word in doc for word in _DECISION_WORDS):
            keys = {k.replace("_", "") for pair in _DECISION_KEY.findall(doc) for k in pair if k}
        groups = request.groups
        decides = not groups.isdisjoint({"dec.decide", "dec.verdict"})
        domain = "dec.domain" in groups or "dec.social" in groups
        if not keys and not (decides and (domain or people)):
            return
        people = people or request.names
        # The person's own case (their own application, appeal or claim) is paperwork, unless
        # the request also says nobody reviews the outcome. A decision-support summary about
        # someone else, for the human who decides, stays grey (held): DESIGN.md.
        lowered = "ctx.self" in groups and "dec.nohuman" not in groups
        factor, why = (_OWN_CASE, "; lowered: the person's own case") if lowered else (1.0, "")
        if not lowered and reads_as_paperwork(groups):
            factor, why = PAPERWORK_FACTOR, "; lowered: paperwork, not a decision"
        if people >= 3 and decides:
            report.add(
                "rubric.person_table",
                _DEC,
                round((0.45 + 0.1 * domain + 0.1 * (people >= 10)) * factor, 3),
                f"a list of about {people} people with a request to decide about each{why}",
            )
        elif 1 <= people <= 2 and decides and domain:
            report.add(
                "rubric.single_person",
                _DEC,
                round(0.45 * factor, 3),
                f"one person's record with a decision about their rights{why}",
            )
        json_out = request.exchange.response_format in ("json_object", "json_schema") or bool(
            _JSON_ASK.search(doc)
        )
        if keys and json_out and (people or _PERSON_FIELD.search(doc)):
            report.add(
                "rubric.output_schema",
                _DEC,
                0.4 + 0.15 * domain,
                f"per-person output fields: {', '.join(sorted(keys)[:5])}",
            )
