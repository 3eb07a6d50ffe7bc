"""Identifiers of people and their devices, each with a U.S.-person estimate.

``identifiers_in(text, raw)`` finds, in one normalised text (and its raw form, which street
addresses need for their capital letters): U.S. Social Security numbers (with the SSA's
validity rules), NANP and E.164 phone numbers, emails, U.S. street addresses, licence
plates and passport or driver-licence numbers when labelled, IMSI (labelled) and IMEI
(labelled or Luhn-valid), IPv4, IPv6 and MAC addresses. Values are normalised (digits only,
lower case) so that the same identifier written two ways counts once.

The U.S.-person estimate is a prior, not a finding: NANP numbers, SSNs, U.S. addresses and
``.gov``/``.mil`` mail score high; foreign country codes and country-code domains score low;
device addresses say little about a person. Pure: no I/O.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress

from redline.detect.finding import Entity

__all__ = ["PERSON_KINDS", "digit_windows", "identifiers_in", "masked"]

PERSON_KINDS = frozenset(
    {"ssn", "phone", "email", "address", "plate", "imsi", "imei", "passport", "driver_licence"}
)

# Each expression opens with a character class, and checks what precedes that first character
# with a look-behind placed after it, so that the engine can skip ahead to candidates.
_SSN = re.compile(
    r"(\d(?<![\d-]\d)\d\d)([- ])(\d\d)\2(\d{4})(?![\d-])"
    r"|(?:ssn|social security(?: number| no\.?)?)\W{0,3}(\d{9})(?!\d)"
)
_NANP = (  # "(312) 555-0142", "312-555-0142", "+1 312 555 0142"; never ten bare digits
    re.compile(
        r"\((?<![\w(]\()(?P<a>[2-9]\d\d)\) ?(?P<e>[2-9]\d\d)[ .-]?(?P<n>\d{4})(?![\w.-]*\d)"
    ),
    re.compile(
        r"(?P<a>[2-9](?<![\w+$.][2-9])\d\d)([ .-])(?P<e>[2-9]\d\d)\2(?P<n>\d{4})(?![\w.-]*\d)"
    ),
    re.compile(
        r"\+(?<![\w+]\+)1[ .-]?\(?(?P<a>[2-9]\d\d)\)?[ .-]?(?P<e>[2-9]\d\d)[ .-]?(?P<n>\d{4})(?!\d)"
    ),
)
_INTL = re.compile(
    r"\+(?<![\w+]\+)([2-9]\d{0,2})[ .-]?(?:\(?\d{1,4}\)?[ .-]?){1,2}\d{2,4}"
    r"(?:[ .-]?\d{2,4}){0,3}(?!\d)"
)
_EMAIL = re.compile(r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]*@([a-z0-9-]+\.)+([a-z]{2,24})(?![\w-])")
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_ADDRESS = re.compile(
    r"\b\d{1,6}(?: (?:[NSEW]\.?|[A-Z][\w.'-]*|\d+(?:st|nd|rd|th))){1,4} (?i:street|st|avenue|ave|"
    r"road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|parkway|pkwy|highway|"
    r"hwy|circle|cir|trail)\b\.?(?:,? (?i:apt|suite|ste|unit|#) ?[\w-]+)?"
    rf"(?P<tail>,?(?: [A-Z][\w.'-]*){{1,3}},? (?:{_STATES}) \d{{5}}(?:-\d{{4}})?)?"
)
_PLATE_LABEL = re.compile(
    r"(?:licen[cs]e plates?|plates?(?: numbers?| nos?\.?| #)?|tag number|"
    r"\blpr\b|\banpr\b|\bvrn\b)\s*[:#=-]\s*([^\n;]{0,300})"
)
_PLATE = re.compile(r"(?<![\w-])[a-z0-9]{1,4}[ -]?[a-z0-9]{2,5}(?![\w-])")
_HAS_DIGIT_AND_LETTER = re.compile(r"(?=.*\d)(?=.*[a-z])")
_FIFTEEN = re.compile(r"(\d(?<![\d-]\d)(?:\d{14}|\d-\d{6}-\d{6}-\d))(?![\d-])")
_IPV4 = re.compile(r"\d(?<![\d.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\.?\d)")
_IPV6 = re.compile(r"(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")
_MAC = re.compile(
    r"[0-9a-f](?<![\w:-][0-9a-f])[0-9a-f]([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:-])"
)
_MAC_DOTTED = re.compile(
    r"[0-9a-f](?<![\w.][0-9a-f])[0-9a-f]{3}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.])"
)
_PASSPORT = re.compile(
    r"(u\.?s\.? )?passport(?: (?:no\.?|number|num|#))?\s*[:#=]?\s*"
    r"((?=[a-z]*\d)[a-z0-9]{6,9})(?!\w)"
)
_LICENCE = re.compile(
    r"(driver'?s? ?licen[cs]e|driving licen[cs]e|\bdl)(?: (?:no\.?|number|num|#))?"
    r"\s*[:#=]?\s*((?=[a-z-]*\d)[a-z0-9-]{5,15})(?!\w)"
)
_US_TLDS = frozenset({"gov", "mil", "us", "edu"})
_GENERIC_TLDS = frozenset({"com", "net", "org", "info", "io", "biz", "me", "co", "app", "dev"})


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


# Most identifiers hold digits, and most text holds few: the digit detectors run only on
# windows around runs of digits, wide enough for a label before ("imsi: ...") and for the
# longest identifier after (an IPv6 address).
_BEFORE, _AFTER = 40, 48
# Digits with the digits that follow within a window's reach: one match per window.
_DIGITS = re.compile(rf"\d(?:\D{{0,{_BEFORE + _AFTER - 1}}}\d)*")
_DIGIT_RUN = re.compile(r"\d+")
# Hints that open with a literal, which the engine finds fast, before the full expressions.
_IPV4_HINT = re.compile(r"\.\d{1,3}\.\d")
_MAC_DOTTED_HINT = re.compile(r"\.[0-9a-f]{4}\.")
_ADDRESS_HINT = re.compile(r"\d [A-Z0-9]")
_PLATE_WORDS = ("plate", "lpr", "anpr", "vrn", "tag number")


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` around its runs of digits (overlapping spans merged), in order."""
    return [
        (max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER))
        for m in _DIGITS.finditer(text)
    ]


def identifiers_in(text: str, raw: str = "") -> Iterator[tuple[str, str, float]]:
    """(kind, normalised value, U.S.-person estimate) for each identifier in one view.

    ``text`` is a normalised view; ``raw`` its raw form (only street addresses read it). An
    identifier may be reported more than once; callers count distinct (kind, value) pairs.
    """
    if "@" in text:
        for m in _EMAIL.finditer(text):
            tld = m.group(2)
            us = 0.8 if tld in _US_TLDS else 0.5 if tld in _GENERIC_TLDS or len(tld) > 2 else 0.1
            yield "email", m.group(), us
    for start, end in digit_windows(text):
        yield from _digit_identifiers(text[start:end])
    if raw and _ADDRESS_HINT.search(raw):
        for start, end in digit_windows(raw):
            for m in _ADDRESS.finditer(raw, start, end):
                tail = m.group("tail")
                yield "address", " ".join(m.group().lower().split()), 0.95 if tail else 0.6
    if any(word in text for word in _PLATE_WORDS):
        for label in _PLATE_LABEL.finditer(text):
            for p in _PLATE.finditer(label.group(1)):
                if _HAS_DIGIT_AND_LETTER.match(p.group()):
                    yield "plate", re.sub(r"[ -]", "", p.group()), 0.7
    if "passport" in text:
        for m in _PASSPORT.finditer(text):
            yield "passport", m.group(2), 0.9 if m.group(1) else 0.5
    if "licen" in text or " dl" in text:
        for m in _LICENCE.finditer(text):
            yield "driver_licence", m.group(2), 0.2 if m.group(1).startswith("driving") else 0.8


def _digit_identifiers(text: str) -> Iterator[tuple[str, str, float]]:
    # Lengths of the digit runs rule detectors out cheaply in number-dense text (tables).
    runs = Counter(len(run) for run in _DIGIT_RUN.findall(text))
    longest = max(runs)
    ssn = (runs[3] and runs[2] and runs[4]) or (runs[9] and "s" in text)
    for m in _SSN.finditer(text) if ssn else ():
        digits = m.group(5) or f"{m.group(1)}{m.group(3)}{m.group(4)}"
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        if area not in ("000", "666") and area < "900" and group != "00" and serial != "0000":
            yield "ssn", digits, 0.98
    for nanp in _NANP if (runs[3] >= 2 and runs[4]) else ():
        for m in nanp.finditer(text):
            yield "phone", "1" + m.group("a") + m.group("e") + m.group("n"), 0.9
    if "+" in text:
        for m in _INTL.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 8 <= len(digits) <= 15:
                yield "phone", digits, 0.05
    for m in _FIFTEEN.finditer(text) if longest >= 15 or runs[6] >= 2 else ():
        digits = m.group(1).replace("-", "")
        before = text[max(0, m.start() - 40) : m.start()]
        if "imsi" in before:
            yield "imsi", digits, 0.9 if "310" <= digits[:3] <= "316" else 0.1
        elif "imei" in before or _luhn(digits):
            yield "imei", digits, 0.5
    if _IPV4_HINT.search(text):
        for m in _IPV4.finditer(text):
            with suppress(ValueError):
                ip = ipaddress.IPv4Address(m.group())
                yield "ipv4", m.group(), 0.1 if ip.is_private or ip.is_loopback else 0.3
    if text.count(":") >= 2:
        for m in _IPV6.finditer(text):
            token = m.group()
            if len(token) >= 6 and ("::" in token or token.count(":") == 7):
                with suppress(ValueError):
                    yield "ipv6", ipaddress.IPv6Address(token).compressed, 0.3
    if text.count(":") >= 5 or text.count("-") >= 5:
        for m in _MAC.finditer(text):
            yield "mac", re.sub(r"[:-]", "", m.group()), 0.3
    if _MAC_DOTTED_HINT.search(text):
        for m in _MAC_DOTTED.finditer(text):
            yield "mac", m.group().replace(".", ""), 0.3


def masked(entity: Entity) -> str:
    """A name for the identifier that is safe to show: its kind and at most its last four
    digits ("phone ending 1234")."""
    tail = entity.value[-4:] if entity.kind in ("phone", "ssn", "imsi", "imei") else ""
    return f"{entity.kind} ending {tail}" if tail else entity.kind
