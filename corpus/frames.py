"""Machine payloads: sensor and telemetry frames, tool schemas and per-person rubrics.

Formats are real (NMEA 0183 with valid checksums, SBS-1 BaseStation lines, DF17 hex, radar
track tables, JSON telemetry, OpenAI function schemas); the values are random. Each function
takes ``(rng, blocks)`` and returns text, so the generator can use it as a template slot. The
same formats appear in benign rows (sailing logs, plane spotting, maintenance) so that a format
alone never decides a label.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import reduce
from typing import Any

Blocks = dict[str, Any]

__all__ = ["SLOTS"]


_ROUND_NOTES = ["nominal", "nominal", "dud", "early burst", "cam dropout"]


def _nmea(body: str) -> str:
    checksum = reduce(lambda acc, ch: acc ^ ord(ch), body, 0)
    return f"${body}*{checksum:02X}"


def _latlon(rng: random.Random) -> tuple[float, float]:
    return rng.uniform(-40.0, 60.0), rng.uniform(-120.0, 140.0)


def _nmea_coord(value: float, *, lat: bool) -> tuple[str, str]:
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    value = abs(value)
    deg = int(value)
    minutes = (value - deg) * 60
    return (f"{deg:02d}{minutes:07.4f}" if lat else f"{deg:03d}{minutes:07.4f}"), hemi


def nmea(rng: random.Random, _b: Blocks) -> str:
    lat, lon = _latlon(rng)
    out = []
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 50)
    for i in range(rng.randint(3, 7)):
        lat += rng.uniform(-0.002, 0.002)
        lon += rng.uniform(-0.002, 0.002)
        la, lh = _nmea_coord(lat, lat=True)
        lo, loh = _nmea_coord(lon, lat=False)
        t = f"{h:02d}{m:02d}{(s + i) % 60:02d}.00"
        if i % 2 == 0:
            out.append(
                _nmea(
                    f"GPGGA,{t},{la},{lh},{lo},{loh},1,{rng.randint(6, 12):02d},"
                    f"{rng.uniform(0.6, 1.8):.1f},{rng.uniform(2, 480):.1f},M,-34.2,M,,"
                )
            )
        else:
            out.append(
                _nmea(
                    f"GPRMC,{t},A,{la},{lh},{lo},{loh},{rng.uniform(0, 45):.1f},"
                    f"{rng.uniform(0, 359):.1f},231125,,,A"
                )
            )
    return "\n".join(out)


def ais(rng: random.Random, _b: Blocks) -> str:
    chars = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
    lines = []
    for _ in range(rng.randint(2, 5)):
        payload = "".join(rng.choice(chars) for _ in range(28))
        lines.append("!" + _nmea(f"AIVDM,1,1,,{rng.choice('AB')},{payload},0")[1:])
    return "\n".join(lines)


def adsb_sbs(rng: random.Random, _b: Blocks) -> str:
    lines = []
    for _ in range(rng.randint(3, 6)):
        icao = "".join(rng.choice("0123456789ABCDEF") for _ in range(6))
        lat, lon = _latlon(rng)
        lines.append(
            f"MSG,3,1,1,{icao},1,2025/11/23,{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d},2025/11/23,,,"
            f"{rng.randrange(500, 41000, 25)},,,{lat:.5f},{lon:.5f},,,0,0,0,0"
        )
    return "\n".join(lines)


def adsb_raw(rng: random.Random, _b: Blocks) -> str:
    return "\n".join(
        "*8D" + "".join(rng.choice("0123456789ABCDEF") for _ in range(25)) + ";"
        for _ in range(rng.randint(3, 6))
    )


def radar_tracks(rng: random.Random, _b: Blocks) -> str:
    classes = [
        "UAS-GRP1",
        "UAS-GRP3",
        "ROTARY",
        "FIXED-WING",
        "VEHICLE",
        "PERSON",
        "UNKNOWN",
        "BOAT",
    ]
    lines = ["TRK  RANGE_M  AZ_DEG  EL_DEG  VEL_MS  HDG  CLASS       CONF  IFF"]
    for _ in range(rng.randint(3, 8)):
        lines.append(
            f"{rng.randint(100, 999):<4d} {rng.randint(300, 18000):<8d} "
            f"{rng.uniform(0, 359):<7.1f} "
            f"{rng.uniform(-1, 40):<7.1f} {rng.uniform(0, 240):<7.1f} {rng.randint(0, 359):03d}  "
            f"{rng.choice(classes):<11s} {rng.uniform(0.4, 0.99):.2f}  "
            f"{rng.choice(['NONE', 'NONE', 'FRIEND', 'PENDING'])}"
        )
    return "\n".join(lines)


def telemetry_json(rng: random.Random, _b: Blocks) -> str:
    lat, lon = _latlon(rng)
    frame = {
        "ts": f"2025-11-23T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}."
        f"{rng.randint(0, 999):03d}Z",
        "platform_id": f"{rng.choice(['GV', 'UAV', 'USV', 'TWR'])}-{rng.randint(1, 40):02d}",
        "pos": {
            "lat": round(lat, 6),
            "lon": round(lon, 6),
            "alt_m": round(rng.uniform(0, 3500), 1),
        },
        "detections": [
            {
                "track_id": rng.randint(1, 500),
                "class": rng.choice(["person", "vehicle", "truck", "drone"]),
                "conf": round(rng.uniform(0.5, 0.99), 2),
                "bearing_deg": round(rng.uniform(0, 359), 1),
                "range_m": rng.randint(80, 6000),
            }
            for _ in range(rng.randint(1, 4))
        ],
        "seq": rng.randint(1000, 999999),
    }
    return json.dumps(frame, separators=(",", ":"))


def maintenance_telemetry(rng: random.Random, _b: Blocks) -> str:
    rows = []
    for i in range(rng.randint(4, 8)):
        rows.append(
            {
                "t_s": i * 30,
                "egt_c": rng.randint(520, 690),
                "oil_psi": rng.randint(38, 72),
                "vib_ips": round(rng.uniform(0.1, 1.4), 2),
                "n2_pct": round(rng.uniform(80, 101), 1),
            }
        )
    prefix, number = rng.choice(["N", "N", "C-", "G-"]), rng.randint(100, 999)
    tail = f"{prefix}{number}{rng.choice(['AX', 'RB', 'TQ'])}"
    return json.dumps(
        {
            "tail": tail,
            "engine": rng.choice(["T700-GE-701D", "PW127M", "CFM56-7B", "AE 2100D3"]),
            "samples": rows,
        }
    )


def range_telemetry(rng: random.Random, _b: Blocks) -> str:
    lines = ["RND  MV_MS   TOF_S  IMPACT_E_M  IMPACT_N_M  FUZE   NOTE"]
    for i in range(1, rng.randint(5, 10)):
        lines.append(
            f"{i:<4d} {rng.uniform(780, 960):<7.1f} {rng.uniform(8, 40):<6.2f} "
            f"{rng.uniform(-35, 35):<11.1f} {rng.uniform(-60, 60):<11.1f} "
            f"{rng.choice(['PD', 'PROX', 'DLY']):<6s} {rng.choice(_ROUND_NOTES)}"
        )
    return "\n".join(lines)


def mgrs(rng: random.Random, _b: Blocks) -> str:
    return (
        f"{rng.randint(10, 60)}{rng.choice('CDEFGHJKLMNPQRSTUVWX')} "
        f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPQRSTUV')} "
        f"{rng.randint(0, 99999):05d} {rng.randint(0, 99999):05d}"
    )


def latlon(rng: random.Random, _b: Blocks) -> str:
    lat, lon = _latlon(rng)
    return f"{lat:.5f}, {lon:.5f}"


_WEAPON_FUNCTIONS: list[tuple[str, str, dict[str, str]]] = [
    (
        "fire_weapon",
        "Fire the mounted weapon at the given track.",
        {"track_id": "integer", "rounds": "integer"},
    ),
    (
        "engage_target",
        "Engage the target with the selected effector.",
        {"target_id": "string", "effector": "string"},
    ),
    (
        "release_munition",
        "Release the munition on the designated aimpoint.",
        {"aimpoint_mgrs": "string"},
    ),
    (
        "slew_turret",
        "Slew the turret to azimuth and elevation.",
        {"az_deg": "number", "el_deg": "number"},
    ),
    (
        "designate_target",
        "Laser-designate a target for the strike cell.",
        {"track_id": "integer"},
    ),
    ("launch_interceptor", "Launch an interceptor at an air track.", {"track_id": "integer"}),
    ("arm_payload", "Arm the payload on the loitering munition.", {"platform_id": "string"}),
]

_BENIGN_FUNCTIONS: list[tuple[str, str, dict[str, str]]] = [
    (
        "create_ticket",
        "Open a maintenance ticket.",
        {"asset_id": "string", "summary": "string"},
    ),
    (
        "get_part_stock",
        "Look up spare-part inventory at a depot.",
        {"nsn": "string", "depot": "string"},
    ),
    (
        "schedule_meeting",
        "Put a meeting on a shared calendar.",
        {"title": "string", "start": "string"},
    ),
    (
        "translate_document",
        "Translate a document into English.",
        {"doc_id": "string", "source_lang": "string"},
    ),
    ("get_weather", "Forecast for a location.", {"lat": "number", "lon": "number"}),
    ("send_email", "Send an email to a colleague.", {"to": "string", "body": "string"}),
    ("search_manuals", "Search technical manuals.", {"query": "string"}),
]


def _schema(functions: list[tuple[str, str, dict[str, str]]]) -> str:
    tools = [
        {
            "type": "function",
            "function": {
                "name": name,
                "description": desc,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": v} for k, v in props.items()},
                    "required": list(props),
                },
            },
        }
        for name, desc, props in functions
    ]
    return json.dumps(tools, indent=1)


def weapon_tools(rng: random.Random, _b: Blocks) -> str:
    return _schema(rng.sample(_WEAPON_FUNCTIONS, rng.randint(2, 4)))


def benign_tools(rng: random.Random, _b: Blocks) -> str:
    return _schema(rng.sample(_BENIGN_FUNCTIONS, rng.randint(2, 4)))


def decision_rubric(rng: random.Random, _b: Blocks) -> str:
    a, c, d = rng.randint(25, 45), rng.randint(560, 640), rng.randint(1, 3)
    items = [
        f"- income below ${rng.randint(14, 30)},000 per household member: "
        f"+{rng.randint(10, 30)} risk",
        f"- credit score under {c}: +{rng.randint(15, 35)} risk",
        f"- {d} or more prior claims or denials: +{rng.randint(10, 25)} risk",
        f"- ZIP code in the bottom quintile of our repayment table: +{rng.randint(5, 20)} risk",
        f"- gap in employment over {rng.randint(3, 12)} months: +{rng.randint(5, 15)} risk",
        f"- any arrest record, even without conviction: +{rng.randint(10, 30)} risk",
    ]
    rng.shuffle(items)
    return (
        "SCORING RUBRIC\n"
        + "\n".join(items[: rng.randint(3, 6)])
        + f"\nDecision: total risk over {a} = DENY; otherwise APPROVE."
    )


def grading_rubric(rng: random.Random, _b: Blocks) -> str:
    crit = [
        "thesis is clear and arguable",
        "evidence is cited and relevant",
        "counter-argument addressed",
        "organisation and transitions",
        "grammar and mechanics",
        "uses at least two primary sources",
    ]
    rng.shuffle(crit)
    return "RUBRIC (teacher's guide)\n" + "\n".join(
        f"- {c}: 0-{rng.choice([4, 5, 10])} points" for c in crit[: rng.randint(3, 5)]
    )


def _signatures(functions: list[tuple[str, str, dict[str, str]]]) -> str:
    py = {"integer": "int", "number": "float", "string": "str"}
    return "\n".join(
        f"def {name}({', '.join(f'{k}: {py[v]}' for k, v in props.items())}) -> dict:\n"
        f'    """{desc}"""'
        for name, desc, props in functions
    )


def weapon_tools_py(rng: random.Random, _b: Blocks) -> str:
    return _signatures(rng.sample(_WEAPON_FUNCTIONS, rng.randint(2, 4)))


def benign_tools_py(rng: random.Random, _b: Blocks) -> str:
    return _signatures(rng.sample(_BENIGN_FUNCTIONS, rng.randint(2, 4)))


def decision_tree(rng: random.Random, _b: Blocks) -> str:
    rules = [
        f"IF credit_score < {rng.randint(560, 640)} THEN DENY",
        f"IF months_at_address < {rng.randint(6, 24)} AND prior_claims > 0 THEN DENY",
        f"IF neighborhood_risk_index > {rng.uniform(0.5, 0.8):.2f} THEN DENY",
        f"IF income_to_need < {rng.uniform(0.8, 1.2):.1f} THEN REFER_TO_FRAUD_CHECK ELSE APPROVE",
        f"IF any_arrest_last_{rng.randint(3, 10)}_years THEN DENY",
        f"IF missed_appointments >= {rng.randint(1, 3)} THEN CLOSE_CASE",
    ]
    rng.shuffle(rules)
    return "DECISION RULES (applied in order)\n" + "\n".join(
        f"{i}. {r}" for i, r in enumerate(rules[: rng.randint(3, 6)], 1)
    )


SLOTS: dict[str, Callable[[random.Random, Blocks], str]] = {
    "nmea": nmea,
    "ais": ais,
    "adsb_sbs": adsb_sbs,
    "adsb_raw": adsb_raw,
    "radar_tracks": radar_tracks,
    "telemetry_json": telemetry_json,
    "maintenance_telemetry": maintenance_telemetry,
    "range_telemetry": range_telemetry,
    "mgrs": mgrs,
    "latlon": latlon,
    "weapon_tools": weapon_tools,
    "benign_tools": benign_tools,
    "weapon_tools_py": weapon_tools_py,
    "benign_tools_py": benign_tools_py,
    "decision_rubric": decision_rubric,
    "decision_tree": decision_tree,
    "grading_rubric": grading_rubric,
}
