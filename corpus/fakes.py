"""Synthetic people and the personal data that real requests carry.

Every value is drawn from ``random.Random`` and the blocks in ``people.yaml``: invented name
combinations, 555 telephone exchanges, example mail domains, and SSN-shaped numbers in the
001-665 area range (valid in shape, as real requests are, but not looked up against anyone).
Each public function takes ``(rng, blocks)`` and returns a string, so the generator can use it
as a template slot.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

Blocks = dict[str, Any]
Slot = Callable[[random.Random, Blocks], str]

__all__ = ["SLOTS", "make_person"]


_CASE_NOTES = [
    "missed one recertification interview",
    "income verified by pay stubs",
    "self-employed, irregular income",
    "disability claim pending",
    "eviction filing in 2023",
    "none",
]
_PLACES = ["a mosque", "a church", "a union hall", "a gym", "a community college", "a synagogue"]
_QUARTERS = ["00", "15", "30", "45"]
_SPECIALTIES = ["cardiology", "dermatology", "physical therapy", "endocrinology", "family medicine"]
_ACHIEVEMENTS = [
    "Trained 14 new hires",
    "Cut inventory errors by a third",
    "Managed a $40k budget",
    "Rebuilt the scheduling spreadsheet",
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def ssn(rng: random.Random, _b: Blocks) -> str:
    area = rng.randint(1, 665)
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _place(rng: random.Random, b: Blocks) -> list[str]:
    return str(rng.choice(b["us_places"])).split("|")


def phone(rng: random.Random, b: Blocks, area: str | None = None) -> str:
    area = area or _place(rng, b)[3]
    last = f"01{rng.randint(0, 99):02d}" if rng.random() < 0.6 else _digits(rng, 4)
    style = rng.randrange(3)
    if style == 0:
        return f"({area}) 555-{last}"
    if style == 1:
        return f"{area}-555-{last}"
    return f"+1 {area} 555 {last}"


def dob(rng: random.Random, _b: Blocks) -> str:
    d = date(1941, 1, 1) + timedelta(days=rng.randrange(365 * 63))
    return d.strftime(rng.choice(["%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y"]))


def recent_date(rng: random.Random, _b: Blocks) -> str:
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(690))
    return d.isoformat()


def plate(rng: random.Random, _b: Blocks) -> str:
    letters = string.ascii_uppercase.replace("O", "").replace("I", "")
    shape = rng.choice(["9LLL999", "LLL9999", "LLL-999", "9LL-L99", "LL9-9LLL"])
    return "".join(
        rng.choice(letters) if c == "L" else rng.choice(string.digits) if c == "9" else c
        for c in shape
    )


def imei(rng: random.Random, _b: Blocks) -> str:
    body = "35" + _digits(rng, 12)
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def imsi(rng: random.Random, _b: Blocks) -> str:
    return "310" + rng.choice(["260", "410", "120", "150"]) + _digits(rng, 9)


def ip_address(rng: random.Random, _b: Blocks) -> str:
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10.14", "172.20"])
    parts = net.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def ad_id(rng: random.Random, _b: Blocks) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def make_person(rng: random.Random, b: Blocks) -> dict[str, str]:
    first, last = rng.choice(b["first_names"]), rng.choice(b["last_names"])
    city, state, zip3, area = _place(rng, b)
    number, name = rng.randint(12, 9870), rng.choice(b["street_names"])
    street = f"{number} {name} {rng.choice(b['street_suffixes'])}"
    if rng.random() < 0.25:
        street += f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"
    sep = rng.choice([".", "_", ""])
    handle = f"{first.lower()}{sep}{last.lower()}{rng.choice(['', str(rng.randint(1, 99))])}"
    return {
        "name": f"{first} {last}",
        "first": first,
        "last": last,
        "dob": dob(rng, b),
        "ssn": ssn(rng, b),
        "phone": phone(rng, b, area),
        "email": f"{handle}@{rng.choice(b['mail_domains'])}",
        "address": f"{street}, {city}, {state} {zip3}{rng.randint(0, 99):02d}",
        "city": f"{city}, {state}",
        "plate": f"{state} {plate(rng, b)}",
        "employer": rng.choice(b["employers"]),
        "occupation": rng.choice(b["occupations"]),
        "vehicle": rng.choice(b["vehicles"]),
        "handle": f"@{handle}",
        "platform": rng.choice(b["social_platforms"]),
        "imei": imei(rng, b),
        "ip": ip_address(rng, b),
    }


def person_record(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    keys = ["name", "dob", "ssn", "address", "phone", "email", "employer", "plate"]
    rng.shuffle(keys[3:])
    names = {"dob": "DOB", "ssn": "SSN"}
    return "\n".join(f"{names.get(k, k.capitalize())}: {p[k]}" for k in keys)


def person_sentence(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    return (
        f"{p['name']} (DOB {p['dob']}, SSN {p['ssn']}), {p['occupation']} at {p['employer']}, "
        f"lives at {p['address']}, phone {p['phone']}, email {p['email']}, drives a "
        f"{p['vehicle']} with plate {p['plate']}"
    )


def people_csv(rng: random.Random, b: Blocks) -> str:
    cols = rng.choice(
        [
            ["name", "dob", "ssn", "address", "phone"],
            ["name", "address", "phone", "email", "plate"],
            ["name", "ssn", "dob", "employer", "email", "phone"],
            ["name", "handle", "platform", "city", "employer"],
        ]
    )
    lines = [",".join(cols)]
    for _ in range(rng.randint(8, 22)):
        p = make_person(rng, b)
        lines.append(",".join(f'"{p[c]}"' if "," in p[c] else p[c] for c in cols))
    return "\n".join(lines)


def people_table(rng: random.Random, b: Blocks) -> str:
    cols = rng.choice(
        [
            ["name", "address", "phone", "ssn"],
            ["name", "dob", "email", "plate"],
            ["name", "occupation", "employer", "handle"],
        ]
    )
    lines = ["| " + " | ".join(c.upper() for c in cols) + " |", "|" + "---|" * len(cols)]
    for _ in range(rng.randint(6, 16)):
        p = make_person(rng, b)
        lines.append("| " + " | ".join(p[c] for c in cols) + " |")
    return "\n".join(lines)


def people_json(rng: random.Random, b: Blocks) -> str:
    recs = []
    for _ in range(rng.randint(4, 9)):
        p = make_person(rng, b)
        recs.append({k: p[k] for k in ("name", "dob", "ssn", "address", "phone", "email")})
    return json.dumps(recs, ensure_ascii=False, indent=1)


def location_pings(rng: random.Random, b: Blocks) -> str:
    lat, lon = rng.uniform(30.0, 46.0), -rng.uniform(75.0, 120.0)
    dev = ad_id(rng, b)
    lines = ["device_id,timestamp_utc,lat,lon,accuracy_m"]
    t = rng.randrange(24 * 60)
    for _ in range(rng.randint(6, 14)):
        t += rng.randint(7, 95)
        lat += rng.uniform(-0.01, 0.01)
        lon += rng.uniform(-0.01, 0.01)
        lines.append(
            f"{dev},2025-10-{rng.randint(1, 28):02d}T{(t // 60) % 24:02d}:{t % 60:02d}:00Z,"
            f"{lat:.5f},{lon:.5f},{rng.choice([5, 8, 12, 20, 35])}"
        )
    return "\n".join(lines)


def cdr_table(rng: random.Random, b: Blocks) -> str:
    lines = ["caller,callee,start,duration_s,cell_id"]
    subs = [phone(rng, b) for _ in range(5)]
    for _ in range(rng.randint(6, 12)):
        a, c = rng.sample(subs, 2)
        lines.append(
            f"{a},{c},2025-09-{rng.randint(1, 30):02d} {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d},{rng.randint(4, 1800)},{rng.randint(1000, 9999)}-"
            f"{rng.randint(1, 3)}"
        )
    return "\n".join(lines)


def applicant_record(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    household = rng.randint(1, 7)
    income = rng.randrange(0, 68000, 250)
    fields = [
        f"Case #: {rng.choice(['SNAP', 'MED', 'HSG', 'UI', 'TANF', 'APP'])}-{_digits(rng, 7)}",
        f"Applicant: {p['name']}",
        f"DOB: {p['dob']}",
        f"SSN: {p['ssn']}",
        f"Address: {p['address']}",
        f"Phone: {p['phone']}",
        f"Household size: {household}",
        f"Reported annual income: ${income:,}",
        f"Employer: {p['employer'] if income else 'none reported'}",
        f"Credit score: {rng.randint(480, 810)}",
        f"Prior denials: {rng.choice([0, 0, 1, 2])}",
        f"Notes: {rng.choice(_CASE_NOTES)}",
    ]
    return "\n".join(fields)


def applicants_csv(rng: random.Random, b: Blocks) -> str:
    lines = ["applicant_id,name,dob,ssn,zip,household,income,credit_score,prior_claims"]
    for i in range(rng.randint(8, 20)):
        p = make_person(rng, b)
        lines.append(
            f"A{rng.randint(10000, 99999)}{i},{p['name']},{p['dob'].replace(',', '')},"
            f"{p['ssn']},{p['address'][-5:]},{rng.randint(1, 7)},"
            f"{rng.randrange(0, 90000, 500)},{rng.randint(480, 820)},{rng.randint(0, 4)}"
        )
    return "\n".join(lines)


def dossier(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    friends = [make_person(rng, b) for _ in range(3)]
    parts = [
        f"Subject: {p['name']}, DOB {p['dob']}, SSN {p['ssn']}.",
        f"Residence: {p['address']}. Mobile {p['phone']} (IMEI {p['imei']}). Email {p['email']}.",
        f"Works as a {p['occupation']} at {p['employer']}. "
        f"Vehicle: {p['vehicle']}, plate {p['plate']}.",
        f"Posts on {p['platform']} as {p['handle']}; home IP seen as {p['ip']}.",
        "Known associates: "
        + "; ".join(f"{f['name']} ({f['phone']}, {f['address']})" for f in friends)
        + ".",
        f"Routine: leaves home around {rng.randint(5, 9)}:{rng.choice(['05', '20', '40'])} a.m., "
        f"attends {rng.choice(_PLACES)} "
        f"on {rng.choice(['Fridays', 'Sundays', 'Wednesday evenings', 'weekends'])}.",
    ]
    return "\n".join(parts)


def foreign_person(rng: random.Random, b: Blocks) -> str:
    name, city, country, dial = str(rng.choice(b["foreign_people"])).split("|")
    number = f"{dial} {rng.randint(10, 999)} {_digits(rng, 3)} {_digits(rng, 4)}"
    return f"{name} ({city}, {country}; tel. {number})"


def customer_email(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    order = f"{rng.choice(['WX', 'KT', 'RM'])}-{_digits(rng, 8)}"
    issue = rng.choice(
        [
            "the blender I ordered arrived with a cracked jar",
            "I was charged twice for the same subscription month",
            "my package shows delivered but it is not on my porch",
            "the size medium jacket is too small and I need a large",
            "I never received the confirmation code to reset my password",
        ]
    )
    return (
        f"From: {p['email']}\nSubject: Order {order}\n\n"
        f"Hi, this is {p['name']}. {issue[0].upper()}{issue[1:]}. "
        f"My shipping address is {p['address']} and you can reach me at {p['phone']}. "
        f"Could you sort this out? Thanks,\n{p['first']}"
    )


def appointment_letter(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    doc = f"Dr. {rng.choice(b['first_names'])} {rng.choice(b['last_names'])}"
    return (
        f"Patient: {p['name']}\nDOB: {p['dob']}\nAddress: {p['address']}\nPhone: {p['phone']}\n"
        f"Appointment: {recent_date(rng, b)} at {rng.randint(8, 16)}:{rng.choice(_QUARTERS)} "
        f"with {doc}, {rng.choice(_SPECIALTIES)}\n"
        f"Insurance member ID: {rng.choice(string.ascii_uppercase)}{_digits(rng, 9)}"
    )


def cv(rng: random.Random, b: Blocks) -> str:
    p = make_person(rng, b)
    return (
        f"{p['name']}\n{p['address']} | {p['phone']} | {p['email']}\n\nEXPERIENCE\n"
        f"{rng.choice(['Shift lead', 'Analyst', 'Coordinator', 'Technician', 'Associate'])}, "
        f"{p['employer']} ({rng.randint(2012, 2020)}-present)\n- "
        f"{rng.choice(_ACHIEVEMENTS)}\n"
        f"EDUCATION\n{rng.choice(['A.A.S.', 'B.S.', 'B.A.', 'Certificate'])}, "
        f"{rng.choice(['Business', 'Nursing', 'Information Technology', 'Logistics'])}"
    )


def _simple(key: str) -> Slot:
    return lambda rng, b: make_person(rng, b)[key]


SLOTS: dict[str, Slot] = {
    "person_name": _simple("name"),
    "first_name": _simple("first"),
    "person_address": _simple("address"),
    "person_phone": _simple("phone"),
    "person_email": _simple("email"),
    "person_plate": _simple("plate"),
    "person_employer": _simple("employer"),
    "person_city": _simple("city"),
    "handle": _simple("handle"),
    "ssn": ssn,
    "dob": dob,
    "date": recent_date,
    "imei": imei,
    "imsi": imsi,
    "ip": ip_address,
    "ad_id": ad_id,
    "county": lambda rng, b: str(rng.choice(b["counties"])),
    "us_city": lambda rng, b: ", ".join(_place(rng, b)[:2]),
    "platform": lambda rng, b: str(rng.choice(b["social_platforms"])),
    "employer": lambda rng, b: str(rng.choice(b["employers"])),
    "foreign_address": lambda rng, b: str(rng.choice(b["foreign_addresses"])),
    "foreign_person": foreign_person,
    "person_record": person_record,
    "person_sentence": person_sentence,
    "people_csv": people_csv,
    "people_table": people_table,
    "people_json": people_json,
    "location_pings": location_pings,
    "cdr_table": cdr_table,
    "applicant_record": applicant_record,
    "applicants_csv": applicants_csv,
    "dossier": dossier,
    "customer_email": customer_email,
    "appointment_letter": appointment_letter,
    "cv": cv,
    "case_number": lambda rng, b: f"{rng.randint(2024, 2026)}-{_digits(rng, 6)}",
    "count_big": lambda rng, b: (
        f"{rng.choice([12, 18, 40, 65, 120, 250, 900])},{rng.randint(0, 999):03d}"
    ),
    "batch_index": lambda rng, b: f"{rng.randint(2, 4800):,} of {rng.randint(5, 90) * 1000:,}",
}
