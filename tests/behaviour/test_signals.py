from __future__ import annotations

from redline.behaviour.signals import observe, pseudonym
from redline.behaviour.state import ACTUATOR, OPERATOR, TELEMETRY, TINY_JSON
from redline.decide import decide
from redline.detect.finding import Finding
from redline.exchange import Context, Exchange, Segment
from redline.policy import load_policy
from redline.redlines import RedLine

POLICY = load_policy()
SECRET = b"k" * 32
SURV = RedLine.MASS_DOMESTIC_SURVEILLANCE
DEC = RedLine.HIGH_STAKES_AUTOMATED_DECISIONS


def _observe(exchange: Exchange, findings: list[Finding]) -> object:
    return observe(
        tenant_id="ten_1",
        key_id="key_1",
        decision_id="dec_1",
        at=1000.0,
        exchange=exchange,
        decision=decide(findings, POLICY),
        policy=POLICY,
        secret=SECRET,
    )


def test_identifiers_are_hashed_and_split_by_category() -> None:
    exchange = Exchange.of_text("Call (312) 555-0142 or +44 20 7946 0958 about the order.")
    obs = _observe(exchange, [])
    assert obs.people["people"] == (
        pseudonym(SECRET, "phone:13125550142"),
        pseudonym(SECRET, "phone:442079460958"),
    )
    assert obs.people["us_people"] == (pseudonym(SECRET, "phone:13125550142"),)
    assert obs.people["us_sought"] == ()  # nobody asked to be located: count, add nobody
    assert "555" not in repr(obs)
    assert pseudonym(b"x" * 32, "phone:13125550142") != pseudonym(SECRET, "phone:13125550142")


def test_a_lookup_seeks_its_us_persons() -> None:
    name = pseudonym(SECRET, "phone:13125550142")
    by_score = Exchange.of_text("Tell me about (312) 555-0142.")
    sought = Finding("patterns", "identifiers.lookup", SURV, 0.2, "lookup")
    assert _observe(by_score, [sought]).people["us_sought"] == (name,)
    assert _observe(by_score, []).people["us_sought"] == ()
    for ask in [
        "Who owns (312) 555-0142?",
        "Look up (312) 555-0142 and tell me when they usually leave home.",
        "Resolve (312) 555-0142 to a person and note their weekday routine.",
    ]:
        assert _observe(Exchange.of_text(ask), []).people["us_sought"] == (name,), ask


def test_decision_requests_about_a_person_get_a_template() -> None:
    text = "Applicant Maria Lopez, age 34. Give an eligibility score from 0 to 100."
    ask = Finding("rules", "phrase.automated_eligibility", DEC, 0.25, "decision")
    obs = _observe(Exchange.of_text(text), [ask])
    assert obs.template is not None
    assert obs.template.subject == pseudonym(SECRET, "Applicant Maria Lopez 34 Give 0 100")
    worded = _observe(Exchange.of_text(text), [])  # asked in words, whatever the scores
    assert worded.template is not None and worded.template.subject == obs.template.subject
    chat = "Applicant Maria Lopez, age 34, asked about the bus timetable."
    assert _observe(Exchange.of_text(chat), []).template is None  # no decision asked
    nobody = "give an eligibility score from zero to a hundred"
    assert _observe(Exchange.of_text(nobody), [ask]).template is None


def test_loop_flags() -> None:
    segments = (Segment("messages[0].content", "user", "frame 12. Answer in JSON only."),)
    exchange = Exchange(
        endpoint="chat",
        model="m",
        segments=segments,
        max_tokens=8,
        context=Context(operator="sgt.smith"),
    )
    findings = [
        Finding("patterns", "telemetry.nmea", RedLine.AUTONOMOUS_WEAPON_SYSTEMS, 0.2, "nmea"),
        Finding("patterns", "tool.actuator", RedLine.AUTONOMOUS_WEAPON_SYSTEMS, 0.6, "fire"),
    ]
    obs = _observe(exchange, findings)
    assert obs.flags == TELEMETRY | ACTUATOR | TINY_JSON | OPERATOR
    roomy = Exchange(endpoint="chat", model="m", segments=segments, max_tokens=500)
    assert _observe(roomy, []).flags == 0


def test_facets_are_structured_sub_threshold_evidence() -> None:
    findings = [
        Finding("rules", "phrase.population_tracking", SURV, 0.35, "a"),
        Finding("patterns", "identifiers.linkage", SURV, 0.25, "b"),
        Finding("patterns", "identifiers.linkage", SURV, 0.3, "b2"),
        Finding("patterns", "identifiers.bulk_linkage", SURV, 0.85, "over hold_at"),
        Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.3, "classifier"),
        Finding("patterns", "identifiers.present", None, 0.3, "no red line"),
        Finding("rules", "phrase.automated_eligibility", DEC, 0.1, "below facet_at"),
    ]
    obs = _observe(Exchange.of_text("x"), findings)
    assert [(f.kind, f.score) for f in obs.facets] == [
        ("identifiers.linkage", 0.3),
        ("phrase.population_tracking", 0.35),
    ]
