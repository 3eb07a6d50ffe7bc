"""Phrase rules: co-occurring concept groups, per red line, within a few sentences.

A red-line request names an act, an object and a manner together: *track* + *protesters* +
*city-wide*; *engage* + *targets* + *without human approval*; *deny* + *benefits* +
*automatically*. Each group of the vocabulary (``lexicon.LEXICON``) adds points when it
occurs in a window (one sentence, or three neighbouring sentences at a discount); the points
map to a score. Context found anywhere in the request lowers the score (a question about
ethics or law, fiction, a human who decides, foreign targets, cyber defence, training) unless
the request also asks for something to be built; a jailbreak framing never lowers it and
adds a small finding of its own.

All views except ``raw`` are read (normalised, leet, despaced, decoded, joined), each
distinct text once. Matching is one pass of one trie-shaped regular expression per view.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redline.detect.finding import Finding
from redline.detect.lexicon import LEXICON
from redline.redlines import RedLine

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = ["RulesLayer", "groups_in"]

# --- matching ---------------------------------------------------------------------------

_SEP_CHARS = " -._'’/"
_SEP_RE = r"[\s_.\-'’/]*"
_SEP_STRIP = re.compile(r"[\s_.\-'’/]+")
_ARABIC_FOLD = {ord(a): b for a, b in zip("أإآٱىة", "ااااية", strict=True)}
_ARABIC_FOLD.update(dict.fromkeys([0x0640, *range(0x064B, 0x0653)]))
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_END = "\x00"
_PREFIX = "\x01"


def _fold(text: str) -> str:
    return text if text.isascii() else text.translate(_ARABIC_FOLD)


def _canon(term: str) -> str:
    return _SEP_STRIP.sub("", term)


def _variants(term: str) -> set[str]:
    term = _fold(unicodedata.normalize("NFKC", term).casefold())
    if _ARABIC_RE.match(term) and term.startswith("ال") and len(term) > 4:
        term = term[2:]  # the regex accepts the article, so terms are stored without it
    bare = "".join(c for c in unicodedata.normalize("NFKD", term) if not unicodedata.combining(c))
    return {term, bare} if not _ARABIC_RE.search(term) and not _CJK_RE.search(term) else {term}


def _trie_regex(terms: Iterable[str], *, bounded: bool = True) -> str:
    """One regular expression matching any of ``terms``, shaped as a trie so that matching
    costs one branch per character rather than one attempt per term."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = root
        body, prefix = (term[:-1], True) if term.endswith("*") else (term, False)
        for ch in _SEP_STRIP.sub(" ", body):
            node = node.setdefault(" " if ch in _SEP_CHARS else ch, {})
        node[_PREFIX if prefix else _END] = {}
    end = r"(?!\w)" if bounded else ""

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [
            (_SEP_RE if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch not in (_END, _PREFIX)
        ]
        if _PREFIX in node:
            alts.append(r"\w*" if bounded else "")
        elif _END in node:
            alts.append(end)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root) if root else "(?!)"


@dataclass(frozen=True, slots=True)
class _Matcher:
    regex: re.Pattern[str]
    exact: dict[str, frozenset[str]]
    prefix: dict[str, frozenset[str]]

    def lookup(self, core: str) -> frozenset[str]:
        key = _canon(core)
        found = self.exact.get(key)
        if found is not None:
            return found
        for end in range(len(key), 0, -1):
            found = self.prefix.get(key[:end])
            if found is not None:
                return found
        return frozenset()


def _build(lexicon: dict[str, tuple[str, ...]]) -> _Matcher:
    exact: dict[str, set[str]] = {}
    prefix: dict[str, set[str]] = {}
    words: set[str] = set()
    cjk: set[str] = set()
    phrases: list[tuple[str, str]] = []
    for group, terms in lexicon.items():
        for raw in terms:
            for term in _variants(raw):
                table = prefix if term.endswith("*") else exact
                key = _canon(term.rstrip("*"))
                table.setdefault(key, set()).add(group)
                (cjk if _CJK_RE.search(term) else words).add(term)
                if _SEP_STRIP.search(term):
                    phrases.append((key, term))
    # A phrase also counts as the words in it ("every applicant" is an applicant), except for
    # phrases that exist to change what their words mean: stop phrases ("track record"),
    # negations ("without human approval") and context ("is it legal").
    for key, term in phrases:
        table = prefix if term.endswith("*") else exact
        if any(g == "stop" or g.endswith("nohuman") or g.startswith("ctx.") for g in table[key]):
            continue
        for part in _SEP_STRIP.split(term.rstrip("*")):
            table[key] |= exact.get(part, set()) - {"stop"}
    pattern = (
        r"(?<!\w)(?:[وفبلك]?ال|[وفبلك])?(" + _trie_regex(words) + ")|(" + _trie_regex(cjk, bounded=False) + ")"
    )
    return _Matcher(
        re.compile(pattern),
        {k: frozenset(v) for k, v in exact.items()},
        {k: frozenset(v) for k, v in prefix.items()},
    )


_MATCHER = _build(LEXICON)
_SENTENCE_END = re.compile(r"(?<![\s.][a-z])[.!?]+(?=\s|$)|[;\n。！？；؟]+")


def _sentences(text: str) -> tuple[list[int], list[set[str]]]:
    """Start offsets of the sentences of ``text`` and the groups found in each."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    found: list[set[str]] = [set() for _ in starts]
    for m in _MATCHER.regex.finditer(text):
        core = m.group(1) if m.group(1) is not None else m.group(2)
        groups = _MATCHER.lookup(core)
        if groups:
            found[bisect_right(starts, m.start()) - 1] |= groups
    return starts, found


def groups_in(text: str) -> set[str]:
    """Every concept group named in ``text`` (normalised text expected). For tests and tools."""
    out: set[str] = set()
    for groups in _sentences(_fold(text))[1]:
        out |= groups
    return out


# --- scoring ----------------------------------------------------------------------------

# Each slot scores the best of its groups; a window's points are the sum over slots.
Slots = tuple[tuple[str, tuple[tuple[str, float], ...]], ...]

_DO_SLOT = ("a request to build it", (("ctx.do", 0.5), ("ctx.howto", 0.25), ("ctx.operational", 0.25)))
_SLOTS: dict[RedLine, Slots] = {
    RedLine.MASS_DOMESTIC_SURVEILLANCE: (
        ("surveillance act", (("surv.act_strong", 2.0), ("surv.act", 1.5), ("surv.act_weak", 0.75))),
        ("population", (("surv.pop", 2.0), ("surv.pop_mid", 1.5), ("surv.pop_weak", 1.0))),
        ("scale", (("surv.scale", 1.5),)),
        ("personal data", (("surv.data", 1.0),)),
        ("domestic place", (("surv.domestic", 1.0),)),
        _DO_SLOT,
    ),
    RedLine.AUTONOMOUS_WEAPON_SYSTEMS: (
        ("engagement", (("weap.select", 2.0), ("weap.engage", 1.5))),
        ("weapon", (("weap.weapon", 1.5), ("weap.platform", 0.5))),
        ("no human control", (("weap.nohuman", 2.5), ("weap.auto", 2.0))),
        ("fire-control loop", (("weap.loop", 1.5),)),
        ("targets", (("weap.target", 1.5),)),
        _DO_SLOT,
    ),
    RedLine.HIGH_STAKES_AUTOMATED_DECISIONS: (
        ("decision", (("dec.verdict", 3.0), ("dec.decide", 1.5))),
        ("rights domain", (("dec.domain", 2.0),)),
        ("no human review", (("dec.nohuman", 2.5), ("dec.auto", 2.0), ("dec.batch", 1.0))),
        ("social scoring", (("dec.social", 4.0),)),
        _DO_SLOT,
    ),
}
_KIND = {
    RedLine.MASS_DOMESTIC_SURVEILLANCE: "phrase.population_tracking",
    RedLine.AUTONOMOUS_WEAPON_SYSTEMS: "phrase.autonomous_engagement",
    RedLine.HIGH_STAKES_AUTOMATED_DECISIONS: "phrase.automated_eligibility",
}
_STEPS = ((6.0, 0.9), (5.5, 0.85), (5.0, 0.78), (4.5, 0.62), (4.0, 0.5), (3.5, 0.35), (3.0, 0.25))
_NEIGHBOURS = 0.9  # three neighbouring sentences are weaker evidence than one


def _required(red_line: RedLine, g: set[str]) -> bool:
    """The minimum a window must name before its points count."""
    if red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE:
        act = not g.isdisjoint({"surv.act_strong", "surv.act", "surv.act_weak"})
        who = not g.isdisjoint({"surv.pop", "surv.pop_mid", "surv.pop_weak", "surv.data"})
        return act and who
    if red_line is RedLine.AUTONOMOUS_WEAPON_SYSTEMS:
        act = not g.isdisjoint({"weap.select", "weap.engage", "weap.loop"})
        armed_autonomy = "weap.weapon" in g and not g.isdisjoint({"weap.auto", "weap.nohuman"})
        military = not g.isdisjoint({"weap.weapon", "weap.platform", "weap.target", "weap.loop"})
        return (act or armed_autonomy) and military
    decision = not g.isdisjoint({"dec.verdict", "dec.decide", "dec.social"})
    return decision and not g.isdisjoint({"dec.domain", "dec.social"})


def _window_score(red_line: RedLine, g: set[str]) -> tuple[float, list[str]]:
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
        {"weap.auto", "weap.nohuman"}
    ):
        score = min(score, 0.62)  # without autonomy it is weapons work, at most held
    return score, named


def _context(red_line: RedLine, doc: set[str], window: set[str]) -> tuple[float, float, list[str]]:
    """(factor, cap, reasons) from what the whole request says around the window."""
    factor, cap, why = 1.0, 1.0, []
    building = "ctx.do" in doc or "ctx.howto" in doc
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
    elif red_line is RedLine.AUTONOMOUS_WEAPON_SYSTEMS:
        if "ctx.human" in doc and "weap.nohuman" not in doc:
            factor, cap, why = factor * 0.6, 0.6, [*why, "a human approves"]
        if "ctx.training" in doc:
            factor, why = factor * 0.75, [*why, "training or simulation"]
        if "ctx.cyber" in doc and "weap.weapon" not in window:
            factor, why = factor * 0.4, [*why, "network defence"]
    else:
        if "ctx.human" in doc and "dec.nohuman" not in doc:
            factor, cap, why = factor * 0.7, 0.6, [*why, "a human decides"]
        if "ctx.self" in doc:
            factor, why = factor * 0.5, [*why, "the person's own case"]
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
    ``phrase.autonomous_engagement``, ``phrase.automated_eligibility``), one
    ``phrase.jailbreak_framing`` per red line already scoring 0.3 or more when the request
    uses a role-play or authority framing, and one ``framing.jailbreak`` (no red line) for
    reviewers. Details name concept groups, never the text.
    """

    name = "rules"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        best = {r: _Best() for r in RedLine}
        doc: set[str] = set()
        seen: set[str] = set()
        for view in exchange.views:
            if view.kind == "raw" or view.text in seen:
                continue
            seen.add(view.text)
            _, sentences = _sentences(_fold(view.text))
            for i, groups in enumerate(sentences):
                doc |= groups
                if not groups:
                    continue
                wide = groups.union(*sentences[max(0, i - 1) : i + 2])
                for red_line, current in best.items():
                    for window, weight, span in ((groups, 1.0, "one sentence"),
                                                 (wide, _NEIGHBOURS, "neighbouring sentences")):  # fmt: skip
                        score, named = _window_score(red_line, window)
                        if score * weight > current.score:
                            best[red_line] = current = _Best(
                                score * weight, view.where, tuple(named), span, frozenset(window)
                            )
        return self._findings(best, doc)

    def _findings(self, best: dict[RedLine, _Best], doc: set[str]) -> list[Finding]:
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
            findings.append(Finding(self.name, _KIND[red_line], red_line, score, detail, b.where))
            if jailbreak and score >= 0.3:
                findings.append(
                    Finding(self.name, "phrase.jailbreak_framing", red_line, 0.15,
                            "role-play or authority framing around red-line content", b.where)
                )  # fmt: skip
        if jailbreak:
            findings.append(
                Finding(self.name, "framing.jailbreak", None, 0.3, "role-play or authority framing")
            )
        return findings
