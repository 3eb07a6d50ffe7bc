"""Sensor, telemetry and position formats: what machine integration looks like in a prompt.

``telemetry_in`` recognises NMEA sentences, AIS messages, ADS-B / Mode-S frames (raw hex,
BaseStation CSV, dump1090 JSON, labelled ICAO addresses), KLV / STANAG 4609 metadata,
MAVLink messages, radar track tables (track, range, bearing, elevation, velocity columns),
round-by-round weapons test tables (round, fuze, impact, time of flight, muzzle velocity,
miss distance columns: DESIGN.md's grey test-range telemetry) and timestamped sensor-frame
JSON. ``coordinates_in`` counts decimal and DMS latitude and
longitude pairs and MGRS grid references. ``mentions_weapons`` says whether a text speaks
of weapons or targeting. Each format is first tested with plain substring checks, so a text
without telemetry costs almost nothing. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redline.detect.identifiers import digit_windows

__all__ = ["TELEMETRY_SCORES", "coordinates_in", "mentions_weapons", "telemetry_in"]

_LATLONG = re.compile(
    r"(?<![\d.])([-+]?\d{1,2}\.\d{3,})\s*°?\s*([ns])?\s*[,/; ]\s*([-+]?\d{1,3}\.\d{3,})"
    r"\s*°?\s*([ew])?(?![\d.])|\blat(?:itude)?\W{1,3}[-+]?\d{1,2}\.\d+"
)
_DMS = re.compile(r"\d{1,3} ?° ?\d{1,2} ?['′] ?(?:\d{1,2}(?:\.\d+)? ?(?:[\"″]|'') ?)?[nsew]\b")
_DECIMALS = re.compile(r"\.\d{3}")  # decimal degrees carry three decimals or more
_MGRS = re.compile(
    r"(?<![a-z0-9])\d{1,2}[c-hj-np-x] ?[a-hj-np-z]{2} ?"
    r"(?:\d{5} ?\d{5}|\d{4} ?\d{4}|\d{3} ?\d{3}|\d{2} ?\d{2})(?![a-z0-9])"
)
_TELEMETRY: dict[str, tuple[re.Pattern[str], float]] = {
    "nmea": (
        re.compile(r"\$(?:gp|gn|gl|ga|bd|gb|gq)(?:gga|rmc|gll|vtg|gsa|gsv|zda|hdt|gns),"),
        0.2,
    ),
    "ais": (re.compile(r"!aivd[mo],"), 0.2),
    "adsb": (
        re.compile(
            r"(?<![0-9a-f])8[d-f][0-9a-f]{26}(?![0-9a-f])|\*[0-9a-f]{14}(?:[0-9a-f]{14})?;"
            r"|msg,[1-8],\d+,\d+,[0-9a-f]{6},|\bicao(?:24| ?address| ?hex)?\W{1,4}[0-9a-f]{6}\b"
            r"|\"hex\"\s*:\s*\"[0-9a-f]{6}\""
        ),
        0.3,
    ),
    "klv": (
        re.compile(r"stanag ?4609|misb ?(?:st ?)?0601|\bklv\b|uas (?:datalink )?local set"),
        0.35,
    ),
    "mavlink": (
        re.compile(
            r"\bmavlink\b|mav_cmd_\w+|global_position_int|command_long|"
            r"set_position_target\w*|mission_item\w*"
        ),
        0.3,
    ),
}
_TRACK_COLUMNS = {
    "track": r"track(?:_?id|_?no)?|trk|tid",
    "range": r"range(?:_?k?m)?|rng|slant_range",
    "bearing": r"bearing|brg|azimuth|az(?:_deg)?",
    "elevation": r"elevation|elev|el(?:_deg)?",
    "velocity": r"velocity|vel|speed|doppler|radial_vel\w*|rcs",
}
# One expression for every column name; which group matched says which column it is.
_TRACK_RE = re.compile(
    r"(?<![\w])[\"']?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _TRACK_COLUMNS.items())
    + r")(?:_[a-z]+)?[\"']?(?=\s*[:=|,\t]|\s*$| )",
    re.M,
)
_FRAME_KEYS = re.compile(
    r"\"(?:bearing|azimuth|az|heading|elevation|range|lat|lon|track_id|target_id|"
    r"confidence|class|bbox|alt|velocity)\"\s*:"
)
_FRAME_TIME = re.compile(r"\"(?:timestamp|ts|time|utc|t)\"\s*:")
_NUMBER_ROW = re.compile(
    r"^[^\n]*?-?\d+(?:\.\d+)?[^\n\d]+-?\d+(?:\.\d+)?[^\n\d]+-?\d+(?:\.\d+)?", re.M
)
_WEAPON_CONTEXT = re.compile(
    r"\b(?:weapons?|munitions?|missiles?|warheads?|interceptors?|fire control|"
    r"engage(?:ment)?s?|strike|kill|lethal|target(?:s|ing)?|hostiles?|fire mission|"
    r"intercept|armed|payload release|release the payload|grenades?|bombs?|rifle|"
    r"guns?|turret|artillery|ordnance)\b"
)


# Words one of which each format needs, tested with ``in`` before any expression runs.
_TELEMETRY_WORDS = {
    "nmea": ("$g", "$b"),
    "ais": ("!aivd",),
    "adsb": ("8d", "8e", "8f", "*", "msg,", "icao", '"hex"'),
    "klv": ("stanag", "misb", "klv", "local set"),
    "mavlink": (
        "mavlink",
        "mav_",
        "global_position",
        "command_long",
        "position_target",
        "mission_",
    ),
}


# Words one of which each track-table column needs; three columns must be named.
_COLUMN_WORDS = (
    ("track", "trk", "tid"),
    ("range", "rng"),
    ("bearing", "brg", "azimuth", "az_", "az:", "az,", " az "),
    ("elevation", "elev", "el_", "el:", "el,", " el "),
    ("velocity", "vel", "speed", "doppler", "rcs"),
)


# Round-by-round results of a weapons test (DESIGN.md's grey example: test-range telemetry):
# a header line naming three or more of these column families, over rows of numbers.
_ROUND_COLUMNS = {
    "round": r"rnd|round(?:_?(?:no|id|num))?",
    "fuze": r"fuze(?:_?\w+)?|fuzing",
    "impact": r"impact(?:_?\w+)?|poi(?:_?\w+)?",
    "flight": r"tof(?:_?\w+)?|time_of_flight",
    "muzzle": r"mv(?:_?\w+)?|muzzle(?:_?\w+)?|v0",
    "miss": r"miss(?:_?distance)?(?:_?\w+)?|cep(?:_?\w+)?|dud",
}
_ROUND_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ROUND_COLUMNS.items()) + r")(?![\w])"
)
_ROUND_WORDS = ("fuze", "impact", "tof", "muzzle", "cep", "miss", "poi")


def _round_table(text: str) -> int:
    """Column families named on the best header line of a round-by-round table (0: none)."""
    if not any(w in text for w in _ROUND_WORDS) or len(_NUMBER_ROW.findall(text)) < 2:
        return 0
    best = 0
    for line in text.split("\n"):
        if len(line) > 200:
            continue
        families = {m.lastgroup for m in _ROUND_RE.finditer(line)}
        best = max(best, len(families))
    return best if best >= 3 else 0


def telemetry_in(text: str) -> Iterator[tuple[str, int]]:
    """(format, count) for each telemetry format in a normalised text; for ``radar_tracks``
    the count is the number of track-table columns recognised."""
    for kind, (regex, _) in _TELEMETRY.items():
        if any(word in text for word in _TELEMETRY_WORDS[kind]) and (n := len(regex.findall(text))):
            yield kind, n
    if sum(any(w in text for w in words) for words in _COLUMN_WORDS) >= 3 and (
        len(_NUMBER_ROW.findall(text)) >= 2
    ):
        columns: set[str | None] = set()
        for m in _TRACK_RE.finditer(text):
            columns.add(m.lastgroup)
            if len(columns) == len(_TRACK_COLUMNS):
                break
        if len(columns) >= 3:
            yield "radar_tracks", len(columns)
    if columns_named := _round_table(text):
        yield "range_rounds", columns_named
    if '":' in text or '" :' in text:
        n = len(_FRAME_TIME.findall(text))
        if n and len(set(_FRAME_KEYS.findall(text))) >= 2:
            yield "sensor_frame", n


# How strongly each format alone points at a machine in a weapons loop: a text that only
# carries GPS sentences is far from it; a radar track table is closer.
TELEMETRY_SCORES = {kind: score for kind, (_, score) in _TELEMETRY.items()} | {
    "radar_tracks": 0.4,
    "sensor_frame": 0.35,
    # Held for a cleared reviewer on its own (DESIGN.md: test-range telemetry is grey), never
    # blocked on its own.
    "range_rounds": 0.45,
}


def coordinates_in(text: str) -> dict[str, int]:
    """How many ``latlong`` (decimal or DMS) and ``mgrs`` coordinates a normalised text holds."""
    counts = {"latlong": 0, "mgrs": 0}
    decimals = "lat" in text or bool(_DECIMALS.search(text))
    for start, end in digit_windows(text):
        if decimals:
            counts["latlong"] += len(_LATLONG.findall(text, start, end))
        counts["latlong"] += len(_DMS.findall(text, start, end)) if "°" in text else 0
        counts["mgrs"] += len(_MGRS.findall(text, start, end))
    return counts


def mentions_weapons(text: str) -> bool:
    """Whether a normalised text speaks of weapons, munitions, targets or engagement."""
    return bool(_WEAPON_CONTEXT.search(text))
