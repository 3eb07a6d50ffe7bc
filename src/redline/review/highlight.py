"""Marking, in a held text, the passages behind each finding. Pure; no I/O.

Findings record what was seen and how strongly, not where (detectors work on normalised
views of the text). For the reviewer, each finding's red line and kind select cues: the
identifier and coordinate formats, and the words of each red line that the detectors weigh.
Every match is marked with the finding (or findings) it supports, so the console can show
the passage, the finding and the policy clause side by side.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Mark", "Piece", "highlight"]

_IDENTIFIERS = re.compile(
    r"\b\d{3}-\d{2}-\d{4}\b"  # SSN
    r"|(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"  # NANP phone
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"  # e-mail
    r"|\b(?:\d{1,3}\.){3}\d{1,3}\b"  # IPv4
    r"|\b\d{15}\b",  # IMSI / IMEI
)
_COORDINATES = re.compile(
    r"-?\b\d{1,2}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}\b"  # decimal lat, long
    r"|\b\d{1,2}[C-X]\s?[A-Z]{2}\s?\d{4,10}\b"  # MGRS
    r"|\$(?:GP|GN)[A-Z]{3},[^\s]*",  # NMEA sentence
)
_WORDS = {
    "mass_domestic_surveillance": (
        r"track\w*|monitor\w*|surveil\w*|profil\w*|watch ?list\w*|geofenc\w*|"
        r"every (?:resident|citizen|protester|person|american)s?|all (?:residents|citizens|"
        r"protesters|americans)|protesters?|population|bulk|phone records|location history|"
        r"social media|link(?:ing|age)?|cross-referenc\w*|u\.s\. persons?"
    ),
    "autonomous_weapon_systems": (
        r"fire|firing|engage\w*|launch\w*|strike\w*|target\w*|weapon\w*|munition\w*|"
        r"missile\w*|drone\w*|turret\w*|lethal|kill\w*|without (?:human|operator) "
        r"(?:approval|confirmation|review|input)|autonomous\w*|fire control|sensor\w*|"
        r"telemetry|track table"
    ),
    "high_stakes_automated_decisions": (
        r"eligib\w*|scor(?:e|es|ing)|approv\w*|den(?:y|ied|ial)|reject\w*|visa\w*|"
        r"asylum|benefit\w*|credit\w*|loan\w*|housing|employ\w*|hir(?:e|ing)|parole|"
        r"recidiv\w*|sentenc\w*|blacklist\w*|flag\w*|verdict|decid\w*|decision\w*|"
        r"social credit|without (?:human )?review"
    ),
}
_CUES = {name: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for name, words in _WORDS.items()}


@dataclass(frozen=True, slots=True)
class Mark:
    """A marked passage: the indexes (into the findings list) of the findings it supports."""

    findings: tuple[int, ...]
    red_line: str | None


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of the text; ``mark`` is None for unmarked text."""

    text: str
    mark: Mark | None


def _patterns(finding: Mapping[str, Any]) -> list[re.Pattern[str]]:
    kind = str(finding.get("kind") or "")
    red_line = finding.get("red_line")
    found: list[re.Pattern[str]] = []
    if kind.startswith(("identifiers.", "tool.person")):
        found.append(_IDENTIFIERS)
    if kind.startswith(("coordinates.", "telemetry.", "tool.sensor")):
        found.append(_COORDINATES)
    if isinstance(red_line, str) and red_line in _CUES:
        found.append(_CUES[red_line])
    return found


def highlight(text: str, findings: Sequence[Mapping[str, Any]]) -> list[Piece]:
    """``text`` cut into pieces, the passages behind ``findings`` marked.

    Overlapping matches merge into one mark naming every finding they support. The pieces
    joined give back ``text`` exactly.
    """
    spans: list[tuple[int, int, int, str | None]] = []
    for index, finding in enumerate(findings):
        red_line = finding.get("red_line")
        line = red_line if isinstance(red_line, str) else None
        for pattern in _patterns(finding):
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    spans.append((match.start(), match.end(), index, line))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces: list[Piece] = []
    spans.sort()
    active: list[tuple[int, int, int, str | None]] = []
    next_span = 0
    for start, end in itertools.pairwise(cuts):
        while next_span < len(spans) and spans[next_span][0] <= start:
            active.append(spans[next_span])
            next_span += 1
        active = [span for span in active if span[1] > start]
        chunk = text[start:end]
        if not active:
            mark = None
        else:
            ids = tuple(sorted({span[2] for span in active}))
            line = next((span[3] for span in active if span[3] is not None), None)
            mark = Mark(ids, line)
        if pieces and pieces[-1].mark == mark:
            pieces[-1] = Piece(pieces[-1].text + chunk, mark)
        else:
            pieces.append(Piece(chunk, mark))
    return pieces
