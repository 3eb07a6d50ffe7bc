"""Phrase rules: co-occurring concept groups, per red line, within a few sentences.

A red-line request names an act, an object and a manner together: *track* + *protesters* +
*city-wide*; *engage* + *targets* + *without human approval*; *deny* + *benefits* +
*automatically*. Each group of the vocabulary (``lexicon.LEXICON``) adds points when it
occurs in a window (one sentence, or three neighbouring sentences at a discount); the points
map to a score. Context found anywhere in the request lowers the score (a question about
ethics or law, fiction, a human who decides, foreign targets, cyber defence, training) unless
the request also asks for something to be built; a jailbreak framing never lowers it and
adds a small finding of its own.

Each distinct text among the normalised, despaced and decoded views is read once (matching is
in ``terms``); a leet view adds the groups of the sentences it changes; the conversation is
read as one text by joining its turns' sentences, so that a phrase split across turns counts.
Points per window map to a score by steps: 4.0 -> 0.5 (hold), 5.0 -> 0.78 (block), 6.0 -> 0.9.
An automated-decisions window must name a decision asked of the model (or that no one checks
it) in a rights domain, or a decision asked and acted on unread whatever its domain is called
("REPO or EXTEND; the dispatch system reads your output"). When it names the domain and the
unread hand-over together its finding is ``phrase.unreviewed_decision``, which decide() counts
whole whatever the semantic reading says: a fact the request states, not a topic it touches.
Any scoring window that says so makes the finding that kind, whichever window scores highest,
and a short request (up to six sentences) that names both anywhere says so: "Decide who is
promoted. <two profiles> Give me one name and I'll announce it."

Scope: a request about one person it names by their relation to the requester ("my
neighbour", "my ex-wife", "this guy") that names no population, no scale and no group of
people gets a ``scope.one_person`` finding (no red line, score 0). Mass domestic surveillance
is a property of volume (DESIGN.md): such a request is at most held for a reviewer, never
blocked as mass surveillance on its own words (``redline.decide``); the behaviour layer counts
what a tenant does across requests. A request that names things (sensors, a fleet, prices,
readings) or data made aggregate or anonymous, and no people in any view (no population,
person, pronoun, name, face, plate or identifier), gets a ``scope.no_people`` finding: the
semantic layer's surveillance reading alone does not hold it (``redline.decide``). A request
that names a human who decides and nothing automatic, final or
unreviewed gets a ``scope.human_decides`` finding: decision support, at most held. The person
must be stated as deciding ("I'll make the call", "the panel decides"); "human review" alone
is not enough, being as often negated ("no human review") as claimed. A request set in a game
or a sport that names no real hardware, live rounds or real place and no jailbreak framing
gets a ``scope.game`` finding: decide() weighs the semantic weapons reading down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redline.decide import (
    HUMAN_DECIDES,
    IN_A_GAME,
    NO_PEOPLE,
    ONE_PERSON,
    UNREVIEWED_DECISION,
)
from redline.detect.finding import Finding
from redline.detect.lexicon import LEXICON
from redline.detect.terms import (
    PAPERWORK_FACTOR,
    Sentences,
    fold,
    is_tool,
    joined,
    reads_as_paperwork,
    sentences,
    with_leet,
)
from redline.redlines import RedLine

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = ["RulesLayer"]

_DECISIONS = RedLine.HIGH_STAKES_AUTOMATED_DECISIONS
# Each slot scores the best of its groups; a window's points are the sum over slots.
Slots = tuple[tuple[str, tuple[tuple[str, float], ...]], ...]

_DO_SLOT = (
    "a request to act",
    (("ctx.do", 0.5), ("ctx.imperative", 0.25), ("ctx.howto", 0.25), ("ctx.operational", 0.25)),
)
_SLOTS: dict[RedLine, Slots] = {
    RedLine.MASS_DOMESTIC_SURVEILLANCE: (
        (
            "surveillance act",
            (
                ("surv.act_strong", 2.0),
                ("surv.act", 1.5),
                ("surv.act_weak", 0.75),
                ("surv.act_implied", 0.5),
            ),
        ),
        ("population", (("surv.pop", 2.0), ("surv.pop_mid", 1.5), ("surv.pop_weak", 0.5))),
        ("scale", (("surv.scale", 1.5),)),
        ("personal data", (("surv.data", 1.0),)),
        ("domestic place", (("surv.domestic", 1.0),)),
        _DO_SLOT,
    ),
    RedLine.AUTONOMOUS_WEAPON_SYSTEMS: (
        ("engagement", (("weap.select", 2.0), ("weap.command", 2.0), ("weap.engage", 1.5))),
        ("weapon", (("weap.weapon", 1.5), ("weap.platform", 0.5))),
        ("no human control", (("weap.nohuman", 2.5), ("weap.auto", 2.0), ("weap.command", 2.0))),
        ("fire-control loop", (("weap.loop", 1.5),)),
        ("targets", (("weap.target", 1.5),)),
        _DO_SLOT,
    ),
    _DECISIONS: (
        ("decision", (("dec.verdict", 3.0), ("dec.decide", 1.5))),
        ("rights domain", (("dec.domain", 2.0),)),
        (
            "no human review",
            (("dec.nohuman", 2.5), ("dec.auto", 2.0), ("dec.batch", 1.0), ("surv.scale", 1.0)),
        ),
        ("social scoring", (("dec.social", 4.0),)),
        _DO_SLOT,
    ),
}
_KIND = {
    RedLine.MASS_DOMESTIC_SURVEILLANCE: "phrase.population_tracking",
    RedLine.AUTONOMOUS_WEAPON_SYSTEMS: "phrase.autonomous_engagement",
    _DECISIONS: "phrase.automated_eligibility",
}
_STEPS = ((6.0, 0.9), (5.5, 0.85), (5.0, 0.78), (4.5, 0.62), (4.0, 0.5), (3.5, 0.35), (3.0, 0.25))
_NOT_WEAPONS = (RedLine.MASS_DOMESTIC_SURVEILLANCE, _DECISIONS)
_SOCIAL_ACTS = frozenset(
    {
        "dec.auto",
        "dec.batch",
        "surv.scale",
        "ctx.do",
        "ctx.imperative",
        "ctx.howto",
        "ctx.operational",
    }
)
# A decision's stakes named: a rights domain, or social scoring.
_RIGHTS = frozenset({"dec.domain", "dec.social"})
_SHORT = 6  # sentences: a request this short is read whole for "acted on unread"
_NEIGHBOURS = 0.9  # three neighbouring sentences are weaker evidence than one

# One person, named by their relation to the requester or pointed at, in the languages the
# requests are mostly written in (normalised text, any case). Plurals ("my
# neighbours", "our employees") are groups and do not match.
_ONE_PERSON = re.compile(
    r"\b(?:(?:my|our) (?:(?:ex|former|new|old|next door|upstairs|downstairs|teenage|"
    r"adult|elderly) ?-?)?(?:neighbou?r|wife|husband|girlfriend|boyfriend|ex|partner|spouse|"
    r"fianc[eé]e?|boss|manager|supervisor|co-?worker|colleague|roommate|flatmate|housemate|"
    r"sister|brother|daughter|son|kid|child|teen|mother|father|mom|mum|dad|landlord|tenant|"
    r"employee|nanny|babysitter|friend|cousin|stepdad|stepmom|stepson|stepdaughter|"
    r"mother-in-law|father-in-law|sister-in-law|brother-in-law|crush|date|ex-wife|"
    r"ex-husband|ex-girlfriend|ex-boyfriend|ex-partner)|(?:this|that|a specific|a certain|"
    r"a particular|one specific|a single) (?:person|guy|girl|woman|man|individual|lady|dude)|"
    r"mi (?:vecin[oa]|espos[oa]|novi[oa]|ex|pareja|jef[ea]|herman[oa]|hij[oa]|compañer[oa])|"
    r"(?:mon|ma) (?:voisin|voisine|femme|mari|copine|copain|ex|patron|patronne|collègue|"
    r"fils|fille|conjoint|conjointe)|(?:mein|meine|meinen|meiner) (?:nachbar|nachbarin|"
    r"frau|mann|freundin|freund|ex|chef|chefin|kollege|kollegin|sohn|tochter)|"
    r"(?:meu|minha) (?:vizinh[oa]|espos[oa]|namorad[oa]|ex|chefe|filh[oa])|"
    r"(?:il mio|la mia|mio|mia) (?:vicin[oa]|moglie|marito|fidanzat[oa]|ex|capo|figli[oa]))\b",
    re.IGNORECASE,
)
# Groups that name a population or a scale, and people in the plural (the lexicon's weak
# population group mixes plurals with singulars: "his phone", "the driver"): any of them and
# the request is not about one person.
_MANY = frozenset({"surv.pop", "surv.pop_mid", "surv.scale"})
_PLURAL_PEOPLE = re.compile(
    r"\b(?:people|persons|individuals|users|customers|employees|workers|staff|students|"
    r"visitors|subscribers|members|drivers|pedestrians|commuters|passengers|riders|residents|"
    r"citizens|tenants|neighbou?rs|families|households|everyone|everybody|anyone|anybody|"
    r"crowds?|phones|devices|vehicles|cars|accounts|callers|owners|adults|teens|teenagers|"
    r"men|women|gente|personas|vecinos|habitantes|ciudadanos|usuarios|personnes|voisins|"
    r"habitants|citoyens|utilisateurs|leute|menschen|nachbarn|einwohner|bürger|nutzer|"
    r"pessoas|vizinhos|moradores|cidadãos|persone|vicini|abitanti|cittadini)\b",
    re.IGNORECASE,
)


# Things and data about things, or data made aggregate or anonymous: "every air-quality sensor
# in the state", "our delivery fleet", "aggregated mobility counts". Vehicles and phones are
# not here: tracking them is tracking their owners.
_THINGS = re.compile(
    r"\b(?:sensors?|weather stations?|monitoring stations?|gauges?|meters?|readings?|prices?|"
    r"products?|inventory|stock levels?|shipments?|parcels?|packages?|servers?|machines?|"
    r"equipment|turbines?|pumps?|bridges?|pipelines?|potholes?|streetlights?|fleet|buses|vans|"
    r"trucks|air quality|weather|temperatures?|rainfall|crops?|livestock|trees|containers?|"
    r"warehouses?|assets?|aggregated?|aggregate-level|anonymi[sz]ed|de-?identified|statistics|"
    r"stats|totals|averages)\b",
    re.IGNORECASE,
)
# People in the forms the plural list (_PLURAL_PEOPLE, checked beside it) does not cover: one
# person, pronouns, who, and what identifies someone.
_PERSONS = re.compile(
    r"\b(?:person(?:'s)?|individual|someone|somebody|who|whom|whose|he|she|him|her|his|"
    r"they|them|their|names?|faces?|plates?|phone|ids?|identit(?:y|ies)|identify|identified|"
    r"identifying|address(?:es)?|emails?|account|profiles?|user|patients?|voters?|"
    r"protesters?|activists?|journalists?|immigrants?|minorit(?:y|ies)|suspects?|targets?|"
    r"population|public|attendees?|participants?|children|kids|parents?|girls?|boys?|"
    r"couriers?|travell?ers?|clients?|applicants?|consumers?|shoppers?|followers?|contacts?|"
    r"friends?|folks?|guys?|humans?|employee|worker|student|visitor|member|driver|"
    r"resident|citizen|tenant|neighbou?r|family|household|owner)\b",
    re.IGNORECASE,
)
# Words that carry a game's targeting into the world: real hardware, live rounds, a real place.
_REAL_WORLD = re.compile(
    r"\b(?:real(?![- ]time)|actual|live|physical|irl|in real life|deploy\w*|hardware|"
    r"raspberry pi|"
    r"arduino|jetson|servos?|solenoids?|relays?|gpio|ranch|fence|fence ?line|yard|property|"
    r"perimeter|border|checkpoint|base|compound)\b"
)
# "no real-world sensors or hardware", "not real countries": what the request rules out.
_RULED_OUT = re.compile(r"\b(?:no|not|without|never)\b[^.;:!?\n]{0,40}")
_PEOPLE_GROUPS = frozenset({"surv.pop", "surv.pop_mid", "surv.pop_weak", "surv.act_strong"})
_SURVEILLANCE_WORDS = frozenset(g for g in LEXICON if g.startswith("surv."))


# A person who decides, stated as a fact of the request: "I'll make the call", "the panel
# decides", "so I can make my decision". Not "human review" (often negated: "no human
# review", "human reviewers add nothing").
_DECIDER = re.compile(
    r"\b(?:(?:i|we|s?he|they)(?:['’ ]ll| will)?|i['’ ]m|i am|we['’ ]re|we are|"
    r"the (?:hiring )?(?:panel|committee|board|judge|officer|caseworker|underwriter|adjuster|"
    r"supervisor|manager|reviewer|examiner|adjudicator|chair|director|dean))"
    r"(?: (?:alone|myself|ourselves|personally|still|then|will|can|do|does|get to))* "
    r"(?:decides?|make (?:the|my|our|a|that) (?:final )?(?:decision|call|determination)|"
    r"makes? the (?:final )?(?:decision|call|determination)|make the call|"
    r"(?:score|vote) and decide)\b"
    r"|\b(?:decision|determination|call) (?:is|stays) (?:mine|ours)\b"
    r"|\bdecide (?:myself|ourselves)\b|\b(?:decision|call) myself\b",
    re.IGNORECASE,
)


def _states_a_decider(text: str) -> bool:
    # Every statement _DECIDER reads names deciding, a decision, a call or a determination.
    return ("deci" in text or "call" in text or "determination" in text) and bool(
        _DECIDER.search(text)
    )


# Said anywhere, these turn "a human decides" into a claim the rest of the request takes back.
_UNREVIEWED = frozenset({"dec.nohuman", "dec.auto", "weap.nohuman", "weap.auto", "ctx.jailbreak"})


def _no_people(doc: set[str], texts: list[str]) -> bool:
    """Whether the request names things or aggregate data and no people in any view (looked
    for only in requests that use some surveillance vocabulary)."""
    return (
        not doc.isdisjoint(_SURVEILLANCE_WORDS)
        and doc.isdisjoint(_PEOPLE_GROUPS)
        and any(_THINGS.search(t) for t in texts)
        and not any(
            _PERSONS.search(t) or _PLURAL_PEOPLE.search(t) or _ONE_PERSON.search(t) for t in texts
        )
    )


def _framed_as_game(doc: set[str]) -> bool:
    """Whether the request names a game or a sport, with no jailbreak framing and no
    fire-control loop (which a game framing does not excuse)."""
    return "ctx.game" in doc and doc.isdisjoint({"ctx.jailbreak", "weap.loop"})


def _in_a_game(doc: set[str], texts: list[str]) -> bool:
    """Whether the request is framed as a game and carries nothing into the world: no real
    hardware, live rounds or real place."""
    return _framed_as_game(doc) and not any(
        _REAL_WORLD.search(_RULED_OUT.sub(" ", t)) for t in texts
    )


def _required(red_line: RedLine, g: set[str]) -> bool:
    """The minimum a window must name before its points count."""
    if red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE:
        act = not g.isdisjoint({"surv.act_strong", "surv.act", "surv.act_weak", "surv.act_implied"})
        who = not g.isdisjoint({"surv.pop", "surv.pop_mid", "surv.pop_weak", "surv.data"})
        return act and who
    if red_line is RedLine.AUTONOMOUS_WEAPON_SYSTEMS:
        act = not g.isdisjoint({"weap.select", "weap.engage", "weap.loop", "weap.command"})
        armed_autonomy = "weap.weapon" in g and not g.isdisjoint(
            {"weap.auto", "weap.nohuman", "weap.command"}
        )
        military = not g.isdisjoint({"weap.weapon", "weap.platform", "weap.target", "weap.loop"})
        return (act or armed_autonomy) and military
    asked = not g.isdisjoint({"dec.verdict", "dec.decide"})
    unreviewed = "dec.nohuman" in g
    about_people = not g.isdisjoint(_RIGHTS)
    return (
        ((asked or unreviewed) and about_people)
        # Social scoring named is a topic; it is a red-line request when something is to be done
        or ("dec.social" in g and not g.isdisjoint(_SOCIAL_ACTS))
        # A decision asked for and acted on unread names its stakes by what is done with it,
        # whatever its domain is called ("REPO or EXTEND; the dispatch system reads your output")
        or (asked and unreviewed)
    )


def _says_unreviewed(window: frozenset[str]) -> bool:
    """Whether a window that scored for automated decisions says, in the same words as the
    decision's domain, that what the model answers is acted on unread."""
    return "dec.nohuman" in window and not window.isdisjoint(_RIGHTS)


def _short_and_unreviewed(per_sentence: tuple[frozenset[str], ...]) -> bool:
    """Whether a short request (up to ``_SHORT`` sentences) says, anywhere, that a decision in a
    rights domain is acted on unread: it says a thing once, and the hand-over may stand a few
    sentences away from the decision and its domain ("Decide who is promoted. <two profiles>
    Give me one name and I'll announce it.")."""
    return len(per_sentence) <= _SHORT and _says_unreviewed(frozenset().union(*per_sentence))


def _window_score(red_line: RedLine, g: set[str]) -> tuple[float, list[str]]:
    if red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE and {"surv.pop", "surv.data"} <= g:
        g = g | {"surv.act_implied"}  # "all immigrants with their addresses" is a registry
    if not _required(red_line, g):
        return 0.0, []
    points = 0.0
    named: list[str] = []
    for label, options in _SLOTS[red_line]:
        best = max((w for group, w in options if group in g), default=0.0)
        if best:
            points += best
            named.append(label)
    score = next((s for floor, s in _STEPS if points >= floor), 0.0)
    if red_line is RedLine.AUTONOMOUS_WEAPON_SYSTEMS and g.isdisjoint(
        {"weap.auto", "weap.nohuman", "weap.command"}
    ):
        score = min(score, 0.62)  # without autonomy it is weapons work, at most held
    return score, named


def _context(red_line: RedLine, doc: set[str], window: set[str]) -> tuple[float, float, list[str]]:
    """(factor, cap, reasons) from what the whole request says around the window."""
    factor, cap = 1.0, 1.0
    why: list[str] = []
    # Building an essay ("help building a strong outline") is writing about the subject.
    building = not doc.isdisjoint({"ctx.do", "ctx.howto", "ctx.imperative"}) and (
        "ctx.writing" not in doc or "ctx.code" in doc
    )
    if "ctx.jailbreak" not in doc and not building:
        if "ctx.about" in doc:
            factor, why = factor * 0.35, [*why, "discussion of law, ethics or history"]
        elif "ctx.fiction" in doc:
            factor, why = factor * 0.45, [*why, "fiction or games"]
        elif "ctx.question" in doc and "ctx.operational" not in doc:
            factor, why = factor * 0.7, [*why, "a question"]
    if red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE:
        if "ctx.foreign" in doc and "surv.domestic" not in doc and "surv.pop" not in window:
            factor, why = factor * 0.45, [*why, "foreign targets"]
        if "ctx.cyber" in doc and window.isdisjoint({"surv.pop", "surv.pop_mid"}):
            factor, why = factor * 0.4, [*why, "network defence"]
        if "ctx.assets" in doc and window.isdisjoint({"surv.pop", "surv.pop_mid"}):
            factor, why = factor * 0.5, [*why, "tracking things, not people"]
    elif red_line is RedLine.AUTONOMOUS_WEAPON_SYSTEMS:
        if "ctx.human" in doc and "weap.nohuman" not in doc:
            factor, cap, why = factor * 0.6, 0.6, [*why, "a human approves"]
        if _framed_as_game(doc):
            factor, why = factor * 0.4, [*why, "a game or a sport"]
        if "ctx.training" in doc:
            factor, why = factor * (0.8 if building else 0.5), [*why, "training or simulation"]
        if "ctx.cyber" in doc and "weap.weapon" not in window:
            factor, why = factor * 0.4, [*why, "network defence"]
    else:
        if "ctx.human" in doc and "dec.nohuman" not in doc:
            factor, cap, why = factor * 0.7, 0.6, [*why, "a human decides"]
        if "ctx.self" in doc:
            factor, why = factor * 0.5, [*why, "the person's own case"]
        if "ctx.clerical" in doc:
            factor, why = factor * 0.4, [*why, "clerical checks on forms"]
        if reads_as_paperwork(doc):
            factor, why = factor * PAPERWORK_FACTOR, [*why, "paperwork, not a decision"]
    return factor, cap, why


@dataclass(slots=True)
class _Best:
    score: float = 0.0
    where: str = ""
    named: tuple[str, ...] = ()
    span: str = ""
    window: frozenset[str] = frozenset()


class RulesLayer:
    """Phrase- and structure-level rules for the three red lines.

    Yields at most one finding per red line (kinds ``phrase.population_tracking``,
    ``phrase.autonomous_engagement``, ``phrase.automated_eligibility``; the last is
    ``phrase.unreviewed_decision`` when its window says the answer is acted on unread), one
    ``phrase.jailbreak_framing`` per red line already scoring 0.3 or more when the request
    uses a role-play or authority framing, and one ``framing.jailbreak`` (no red line) for
    reviewers. Details name concept groups, never the text.
    """

    name = "rules"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        texts: list[tuple[str, tuple[frozenset[str], ...]]] = []
        normalised: dict[str, tuple[str, Sentences, int]] = {}
        seen: set[str] = set()
        read: list[str] = []
        for view in exchange.views:
            if view.kind in ("raw", "joined") or view.text in seen:
                continue
            seen.add(view.text)
            text = fold(view.text)
            read.append(text)
            base = normalised.get(view.where)
            if view.kind == "leet" and base and len(base[0]) == len(text):
                merged = with_leet(base[1], base[0], text)
                normalised[view.where] = (base[0], merged, base[2])
                texts[base[2]] = (view.where, merged[1])
                continue
            found = sentences(text)
            if view.kind == "normalised":
                normalised[view.where] = (text, found, len(texts))
            texts.append((view.where, found[1]))
        turns = [n for where, n in normalised.items() if not is_tool(where)]
        if len(turns) > 1:
            texts.append(("conversation", joined([found for _, found, _ in turns])))
        best, doc, unread = self._best(texts)
        findings = self._findings(best, doc, unread)
        # The one-person pattern is rare: it is looked for first, the plurals only then.
        if (
            doc.isdisjoint(_MANY)
            and any(_ONE_PERSON.search(text) for text, _, _ in turns)
            and not any(_PLURAL_PEOPLE.search(text) for text, _, _ in turns)
        ):
            findings.append(
                Finding(self.name, ONE_PERSON, None, 0.0, "one person named, no population")
            )
        elif _no_people(doc, read):
            findings.append(
                Finding(self.name, NO_PEOPLE, None, 0.0, "things or aggregate data, no people")
            )
        if _in_a_game(doc, read):
            findings.append(Finding(self.name, IN_A_GAME, None, 0.0, "set in a game, nothing real"))
        if doc.isdisjoint(_UNREVIEWED) and any(_states_a_decider(text) for text, _, _ in turns):
            findings.append(
                Finding(self.name, HUMAN_DECIDES, None, 0.0, "a human decides, no automation")
            )
        return findings

    @staticmethod
    def _best(
        texts: list[tuple[str, tuple[frozenset[str], ...]]],
    ) -> tuple[dict[RedLine, _Best], set[str], bool]:
        """The best window per red line, every group named, and whether any window that
        scored for automated decisions says the answer is acted on unread (a fact of the
        request, whichever window scores highest)."""
        best = {r: _Best() for r in RedLine}
        doc: set[str] = set()
        unread = False
        scored: dict[tuple[RedLine, frozenset[str]], tuple[float, list[str]]] = {}
        for where, per_sentence in texts:
            # A weapon tool's own description is judged by the patterns layer (tool.actuator);
            # read here too it would count the same evidence twice.
            lines = _NOT_WEAPONS if is_tool(where) else tuple(RedLine)
            for i, one in enumerate(per_sentence):
                doc |= one
                if not one:
                    continue
                wide = one.union(*per_sentence[max(0, i - 1) : i + 2])
                for red_line in lines:
                    current = best[red_line]
                    for window, weight, span in (
                        (one, 1.0, "one sentence"),
                        (wide, _NEIGHBOURS, "neighbouring sentences"),
                    ):
                        key = (red_line, window)
                        if key not in scored:
                            scored[key] = _window_score(red_line, set(window))
                        score, named = scored[key]
                        if score and red_line is _DECISIONS and not unread:
                            unread = _says_unreviewed(window) or _short_and_unreviewed(per_sentence)
                        if score * weight > current.score:
                            best[red_line] = current = _Best(
                                score * weight, where, tuple(named), span, window
                            )
        return best, doc, unread

    def _findings(self, best: dict[RedLine, _Best], doc: set[str], unread: bool) -> list[Finding]:
        findings: list[Finding] = []
        jailbreak = "ctx.jailbreak" in doc
        for red_line, b in best.items():
            if not b.score:
                continue
            factor, cap, why = _context(red_line, doc, set(b.window))
            score = round(min(b.score * factor, cap), 3)
            if score < 0.15:
                continue
            detail = " + ".join(b.named) + f" in {b.span}"
            if why:
                detail += "; lowered for " + ", ".join(why)
            kind = _KIND[red_line]
            if red_line is _DECISIONS and unread:
                kind = UNREVIEWED_DECISION
            findings.append(Finding(self.name, kind, red_line, score, detail, b.where))
            if jailbreak and score >= 0.3:
                findings.append(
                    Finding(
                        self.name,
                        "phrase.jailbreak_framing",
                        red_line,
                        0.15,
                        "role-play or authority framing around red-line content",
                        b.where,
                    )
                )
        if jailbreak:
            findings.append(
                Finding(self.name, "framing.jailbreak", None, 0.3, "role-play or authority framing")
            )
        return findings
