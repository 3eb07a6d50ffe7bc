"""Matching the vocabulary: which concept groups each sentence of a text names.

All terms of ``lexicon.LEXICON`` are compiled into one regular expression shaped as a trie
(one branch per character, not one attempt per term), plus one for Chinese, which has no word
boundaries; a match is mapped back to its groups by its canonical form. The phrase shapes of
``lexicon.SHAPES`` are tried in one pass of zero-width look-aheads. ``sentences`` returns, for
a normalised text, the sentence start offsets and the groups each sentence names; it is
cached, because the rules and patterns layers read the same views of an exchange.

Folding before matching: Arabic alef, ya and ta marbuta variants, tatweel and vowel marks;
Persian and Urdu ya, kaf and ha; Russian ё; Romanian comma-below letters. Accented Latin terms
also match without their accents. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from redline.detect.lexicon import LEXICON, NUMBER_GROUPS, NUMBER_SCALE, SHAPE_STARTS, SHAPES

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = [
    "PAPERWORK_FACTOR",
    "Sentences",
    "concept_groups",
    "fold",
    "groups_in",
    "is_tool",
    "joined",
    "read_concept_groups",
    "reads_as_paperwork",
    "sentences",
    "with_leet",
]

_SEP_CHARS = " -._'’/"
# The curly apostrophe stands outside the character class: a class with a character beyond
# Latin-1 costs Python's compiler a millisecond to optimise, and the trie repeats this one at
# every space of every phrase (20,000 times).
_SEP_RE = r"(?:[\s_.\-'/]|’)*"
_SEP_STRIP = re.compile(r"[\s_.\-'’/]+")
# Spelling variants folded before matching: Arabic alef, ya and ta marbuta forms, tatweel and
# vowel marks; the Persian and Urdu forms of ya, kaf and ha (ی ک ہ, typed on those keyboards for
# the Arabic ي ك ه and the other way round); Russian ё; Romanian ș and ț with a comma, also typed
# with a cedilla (ş ţ).
_FOLD: dict[int, str | None] = {
    ord(a): b for a, b in zip("أإآٱىةیکہۃёșț", "اااايهيكههеşţ", strict=True)
}
_FOLD.update(dict.fromkeys([0x0640, *range(0x064B, 0x0653)]))
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_CJK_LETTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CJK_RE = re.compile(f"[{_CJK_LETTERS}]")
_END = "\x00"
_PREFIX = "\x01"


def fold(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


def _canon(term: str) -> str:
    return _SEP_STRIP.sub("", term)


def _variants(term: str) -> set[str]:
    term = fold(unicodedata.normalize("NFKC", term).casefold())
    if _ARABIC_RE.match(term) and term.startswith("ال") and len(term) > 4:
        term = term[2:]  # the regex accepts the article, so terms are stored without it
    bare = "".join(c for c in unicodedata.normalize("NFKD", term) if not unicodedata.combining(c))
    return {term, bare} if not _ARABIC_RE.search(term) and not _CJK_RE.search(term) else {term}


# A word ends (or starts) where no letter or digit follows (or precedes) it, except a Chinese,
# Japanese or Korean one (whose terms are matched apart, unbounded): "Unityでタワーディフェンス"
# names Unity.
_WORD_END = rf"(?![^\W{_CJK_LETTERS}])"
_WORD_START = rf"(?<![^\W{_CJK_LETTERS}])"


def _trie_regex(terms: Iterable[str], *, bounded: bool = True) -> str:
    """One regular expression matching any of ``terms``, shaped as a trie so that matching
    costs one branch per character rather than one attempt per term. ``bounded``: a term
    ends at the end of a word, and a prefix term runs on to it. The word-end check
    (``_WORD_END``, zero-width) follows the whole trie once rather than each of its thousands
    of ends (each a character class that takes the compiler a millisecond): nothing follows
    an end inside the trie, so backtracking tries the same paths in the same order and the
    match is the same."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for term in terms:
        node = root
        body, prefix = (term[:-1], True) if term.endswith("*") else (term, False)
        for ch in _SEP_STRIP.sub(" ", body):
            node = node.setdefault(" " if ch in _SEP_CHARS else ch, {})
        node[_PREFIX if prefix else _END] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [
            (_SEP_RE if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch not in (_END, _PREFIX)
        ]
        if _PREFIX in node:
            alts.append(r"\w*" if bounded else "")
        elif _END in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + emit(root) + ")" + (_WORD_END if bounded else "") if root else "(?!)"


@dataclass(frozen=True, slots=True)
class _Matcher:
    regex: re.Pattern[str]
    cjk: re.Pattern[str]
    exact: dict[str, frozenset[str]]
    prefix: dict[str, frozenset[str]]

    def lookup(self, core: str) -> frozenset[str]:
        """Groups of the matched text: its exact entry and its longest prefix entry."""
        key = _canon(core)
        exact = self.exact.get(key, frozenset())
        for end in range(len(key), 0, -1):
            found = self.prefix.get(key[:end])
            if found is not None:
                return exact | found
        return exact


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
        if any(
            g in ("stop", "weap.loop") or g.endswith("nohuman") or g.startswith("ctx.")
            for g in table[key]
        ):
            continue
        for part in _SEP_STRIP.split(term.rstrip("*")):
            table[key] |= {
                g for g in exact.get(part, ()) if g != "stop" and not g.startswith("ctx.")
            }
    # Two expressions: an alternation with the Chinese terms at the top level would cost every
    # position of every text a second attempt, and most texts have no CJK at all. An Arabic
    # word may carry a clitic and the article before it: "and", "so", "with", "for", "like"
    # (و ف ب ل ك), "the" (ال), and "for the" written لل ("للمواطنين", for the citizens).
    return _Matcher(
        re.compile(_WORD_START + r"(?:[وفبلك]?ال|[وف]?لل|[وفبلك])?(" + _trie_regex(words) + ")"),
        re.compile("(" + _trie_regex(cjk, bounded=False) + ")"),
        {k: frozenset(v) for k, v in exact.items()},
        {k: frozenset(v) for k, v in prefix.items()},
    )


_SHAPE_START = "shape.start"


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """The lexicon's matcher, built on first use: compiling its expression (a trie of some
    46,000 terms) takes about 4.7 s, which commands that read no text (``redline --help``,
    ``redline audit verify``) should not pay. The gateway builds it at start-up
    (``Guard.warm_up``), not in a client's request."""
    return _build({**LEXICON, _SHAPE_START: SHAPE_STARTS})


_SHAPE_OPENER = re.compile(_trie_regex(SHAPE_STARTS))
_SENTENCE_END = re.compile(r"(?<![\s.][a-z])[.!?]+(?=\s|$)|[;\n。！？；؟।]+")
# A sentence that opens with an operational verb is an instruction, not a discussion.
_IMPERATIVE = re.compile(
    r"[\s\-*•\d.):]*(?:(?:please|now|then|also|just|and|so|first|next),? )*"
    r"(?:identify|track|monitor|locate|surveil|compile|scrape|collect|link|match|flag|decide|"
    r"determine|rank|score|approve|deny|reject|screen|engage|fire|strike|launch|select|pick|kill|"
    r"shoot|attack|terminate|expel|evict|deport|blacklist|geolocate|map|pull|log|watch|profile|"
    r"assign|set bail|detain|cut|remove|release|drop|integrate|deploy|automate|program|build|"
    r"implement|code|set up|wire|hook up|cross-reference|unmask|de-?anonymi[sz]e|spy|intercept|"
    r"neutrali[sz]e|eliminate|destroy|target)\b"
)


@lru_cache(maxsize=16384)
def _groups_of(core: str) -> frozenset[str]:
    return _matcher().lookup(core)


Sentences = tuple[tuple[int, ...], tuple[frozenset[str], ...]]


def _scan(text: str, starts: tuple[int, ...], start: int, end: int) -> list[set[str]]:
    """Groups named in each sentence of ``text[start:end]``, whose sentences begin at
    ``starts`` (the first at ``start``). One pass of each expression over the whole span."""
    found: list[set[str]] = [set() for _ in starts]
    ends = (*starts[1:], end)
    cjk = not text.isascii() and _CJK_RE.search(text, start, end)
    matcher = _matcher()
    for regex in (matcher.regex, matcher.cjk) if cjk else (matcher.regex,):
        for m in regex.finditer(text, start, end):
            i = bisect_right(starts, m.start()) - 1
            found[i] |= _groups_of(m.group(1))
            # A shape opens with a term or a start word, so shapes are tried only there.
            if _SHAPE_OPENER.match(text, m.start(), ends[i]):
                for shape, extra in SHAPES:
                    if shape.match(text, m.start(), ends[i]):
                        found[i] |= extra
    for m in NUMBER_SCALE.finditer(text, start, end):
        found[bisect_right(starts, m.start()) - 1] |= NUMBER_GROUPS
    for i, groups in enumerate(found):
        groups.discard(_SHAPE_START)
        if groups and _IMPERATIVE.match(text, starts[i], ends[i]):
            groups.add("ctx.imperative")
    return found


def _groups_between(text: str, start: int, end: int) -> set[str]:
    """Groups named in ``text[start:end]``, read as one sentence."""
    return _scan(text, (start,), start, end)[0]


def sentences(text: str) -> Sentences:
    """Start offsets of the sentences of ``text`` and the groups named in each.

    Cached (texts up to 64 KB, the last 32) because the rules and patterns layers read the
    same views of one exchange.
    """
    return _cached_sentences(text) if len(text) <= _CACHED_CHARS else _read_sentences(text)


_CACHED_CHARS = 65_536


def _read_sentences(text: str) -> Sentences:
    starts = (0, *(m.end() for m in _SENTENCE_END.finditer(text)))
    return starts, tuple(frozenset(g) for g in _scan(text, starts, 0, len(text)))


def with_leet(base: Sentences, base_text: str, leet_text: str) -> Sentences:
    """``base`` with the groups that leet decoding reveals, sentence by sentence. Decoding keeps
    every character's position, so only the sentences that changed are read again."""
    starts, groups = base
    ends = (*starts[1:], len(base_text))
    merged = tuple(
        g | _groups_between(leet_text, a, b) if leet_text[a:b] != base_text[a:b] else g
        for a, b, g in zip(starts, ends, groups, strict=True)
    )
    return starts, merged


PAPERWORK_FACTOR = 0.7
"""How much a decision finding weighs when the request is paperwork (``reads_as_paperwork``)."""


def reads_as_paperwork(groups: AbstractSet[str]) -> bool:
    """Whether a request naming ``groups`` is paperwork (a letter, statement, checklist,
    schedule; cleaning up a list) rather than a decision: it says so, nobody is told that no
    human reviews it, and either a named human decides or no verdict is asked for. A summary
    or assessment for the human who decides is not paperwork: it stays grey (DESIGN.md)."""
    if "ctx.draft" not in groups or "dec.nohuman" in groups:
        return False
    return "ctx.human" in groups or "dec.verdict" not in groups


def is_tool(where: str) -> bool:
    return where.startswith(("tools[", "functions["))


def joined(parts: list[Sentences]) -> tuple[frozenset[str], ...]:
    """Sentence groups of the segments read as one text: the last sentence of one segment and
    the first of the next become one, as in the ``joined`` view."""
    out: list[frozenset[str]] = []
    for _, groups in parts:
        if out and groups:
            out[-1] = out[-1] | groups[0]
            out.extend(groups[1:])
        else:
            out.extend(groups)
    return tuple(out)


def groups_in(text: str) -> set[str]:
    """Every concept group named in ``text`` (normalised text expected)."""
    return set().union(*sentences(fold(text))[1])


def concept_groups(exchange: Exchange) -> frozenset[str]:
    """Every concept group named in the exchange's normalised and decoded views (read once
    per exchange: ``Exchange.concept_groups``)."""
    return exchange.concept_groups


def read_concept_groups(exchange: Exchange) -> frozenset[str]:
    """``concept_groups``, read from the views."""
    found: set[str] = set()
    for view in exchange.views:
        if view.kind not in ("raw", "joined", "leet", "despaced"):
            found = found.union(*sentences(fold(view.text))[1])
    return frozenset(found)


_cached_sentences = lru_cache(maxsize=32)(_read_sentences)
