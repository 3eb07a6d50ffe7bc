"""Normalisation: undo cheap obfuscation so that later layers read one canonical text.

``normalise_views(segments)`` turns every segment into the forms detection reads. For each
segment, in this order:

- ``raw``: the text as sent;
- ``normalised``: NFKC, case-folded, zero-width / bidi / control characters removed (Unicode
  tag characters, which can smuggle ASCII, are turned back into ASCII), Cyrillic and Greek
  lookalikes inside Latin text mapped to Latin, runs of spaces collapsed (line breaks kept,
  because tables and telemetry are line-based);
- ``leet``: leetspeak decoded, only when that changes the text;
- ``despaced``: letters written apart (``t r a c k``, ``t.r.a.c.k``) rejoined, only when present
  (``b-u-i-l-d a s-y-s-t-e-m`` keeps its word gaps);
- ``respelled``: typos of the lexicon's English words spelled back (``decied`` -> ``decide``,
  ``redline.detect.spelling``), only in English text and only when one was found;
- decoded payloads (``redline.detect.payloads``), kind ``base64``, ``base64url``, ``hex``,
  ``rot13``, ``caesar`` or ``atbash`` (when the text names a cipher), ``reversed``,
  ``upside_down``, ``morse``, ``unmarked`` (combining marks on every letter taken off),
  ``base32``, ``binary``, ``decimal`` (character codes), ``percent`` (URL escapes),
  ``entities`` (HTML character references), ``uescape`` (``\\u`` escapes), ``letterlike``
  (small capitals, flag letters, Braille), ``nato`` (the spelling alphabet),
  ``disemvowelled`` or ``pig_latin`` (words spelled back from the lexicon's English words);
  nested decodings are named like ``base64>rot13``; each normalised, at most two levels deep,
  and only when the decoded result is mostly printable text (the letter games: reads as
  English).

Last comes one ``joined`` view (``where="conversation"``): every segment's normalised text
joined by single spaces, so that a phrase split across turns is read as one clause.

Everything here is pure and does no I/O. The module must not import ``redline.exchange``
(which imports it); segments are read through the ``SegmentLike`` protocol.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from redline.detect.finding import Finding
from redline.detect.payloads import KINDS, payloads
from redline.detect.spelling import respelled

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = [
    "DECODED_KINDS",
    "NormaliseLayer",
    "SegmentLike",
    "View",
    "normalise_text",
    "normalise_views",
]

DECODED_KINDS = KINDS
_MAX_DEPTH = 2


class SegmentLike(Protocol):
    """What normalisation reads of a segment (``redline.exchange.Segment`` fits)."""

    @property
    def where(self) -> str: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class View:
    """One form of one segment's text. ``kind`` is ``raw``, ``normalised``, ``leet``,
    ``despaced``, ``joined`` or a decoding (``base64``, ``hex``, ``base64>rot13`` ...)."""

    where: str
    kind: str
    text: str


# --- character tables -------------------------------------------------------------------

_INVISIBLE = [
    *(0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0),
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2070),
    *range(0xFE00, 0xFE10),
]
_CONTROL = [c for c in range(0x20) if chr(c) not in "\t\n\r"] + list(range(0x7F, 0xA0))
_STRIP: dict[int, str | None] = dict.fromkeys(_INVISIBLE + _CONTROL)
# Tag characters (U+E0020..E007E) mirror ASCII; "ASCII smuggling" hides instructions in them.
_STRIP.update({0xE0000 + c: chr(c) for c in range(0x20, 0x7F)})
_STRIP.update(dict.fromkeys([0xE0001, 0xE007F]))
_INVISIBLE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _INVISIBLE) + "]")
_CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL) + "]")
_TAG_RE = re.compile("[\U000e0000-\U000e007f]")
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")

# Lowercase lookalikes (after casefold) of Latin letters. Upper-case lookalikes such as
# Cyrillic "В" fold to letters ("в") that no longer look Latin, so they are listed too.
_LOOKALIKES = "авеёкмнорстухіїјѕԁһԛԝүɡıɑαβγεηικνορτυχωϲϳօս"
_LATIN_TWINS = "abeekmhopctyxiijsdhqwygiaabyenikvoptuxwcjou"
_HOMOGLYPH_TABLE = str.maketrans(_LOOKALIKES, _LATIN_TWINS)
_CONFUSABLE_RE = re.compile(f"[{_LOOKALIKES}]")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile("[a-z]")
_NONLATIN_LETTER_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f]")

# Runs of two or more spaces, or any other horizontal space: single spaces need no change.
_HSPACE_RE = re.compile(r"[^\S\n]{2,}|[^\S \n]")
_ASCII_RUNS = ("  ", "\t", "\r", "\x0b", "\x0c")
_NEWLINES_RE = re.compile(r" ?\n[\s]*")

# Leet: a token (letters, digits, @ and $) with a leet symbol before its last character, two or
# more letters, and no digit that leet does not use, so that "ipv4", "h264", "4th" and "sha256"
# stay as they are. In text that is already leet-heavy, short tokens ("n0", "t0") count too.
_LEET_CHAR = re.compile(r"[013457@$]")
_LEET_CANDIDATE = re.compile(
    r"(?<![\w@$])(?=[0-9@$]*[a-z])(?=[a-z]*[013457@$])[a-z0-9@$]+(?![\w@$])"
)
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")
_LEET_STRICT = re.compile(
    r"(?=(?:[0-9@$]*[a-z]){2})(?=[a-z]*[013457@$][a-z0-9@$])(?![a-z0-9@$]*[2689])"
    r"(?!\d+(?:st|nd|rd|th|s)$)[a-z0-9@$]{3,}"
)
_LEET_SHORT = re.compile(
    r"(?=[0-9@$]*[a-z])(?=[a-z]*[013457@$])(?![a-z0-9@$]*[2689])[a-z0-9@$]{2,}"
)
_LEET_TABLE = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# "1" reads as "l" when doubled ("a11"), before a final "e" ("peop1e") or after a final vowel.
_ONE_AS_L_RE = re.compile(r"11|1(?=e\b)|(?<=[aeiou])1\b")

# Single letters separated by one separator character, at least three of them in a row.
_SPACED_RE = re.compile(r"(?<!\w)[^\W\d_](?!\w)(?:(?: ?[.\-*·•|/] ?| )[^\W\d_](?!\w)){2,}")
_SPACED_HINT = re.compile(r"[ .\-*·•|/][^\W\d_] ?[.\-*·•|/]? ?[^\W\d_] ?[ .\-*·•|/]")
_SPACED_SEP_RE = re.compile(r"[ .\-*·•|/]")

# --- text functions ---------------------------------------------------------------------


def _clean(text: str) -> str:
    """NFKC and invisible/control removal, case preserved (decoders need the case)."""
    if text.isascii():
        return text.translate(_STRIP) if _CONTROL_RE.search(text) else text
    return unicodedata.normalize("NFKC", text.translate(_STRIP))


def _map_homoglyphs(folded: str) -> str:
    if not _CONFUSABLE_RE.search(folded):
        return folded
    latin = len(_LATIN_RE.findall(folded))
    # An all-lookalike word ("сор") is mapped only inside mostly Latin text, so that real
    # Russian or Greek prose keeps its letters.
    mostly_latin = latin > 2 * len(_NONLATIN_LETTER_RE.findall(folded))

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if not _CONFUSABLE_RE.search(word):
            return word
        mapped = word.translate(_HOMOGLYPH_TABLE)
        if _LATIN_RE.search(word) or (mostly_latin and mapped.isascii()):
            return mapped
        return word

    return _LETTER_RUN_RE.sub(fix, folded)


def _collapse(text: str) -> str:
    if not text.isascii() or any(ws in text for ws in _ASCII_RUNS):
        text = _HSPACE_RE.sub(" ", text)
    if "\n\n" in text or " \n" in text or "\n " in text or "\r" in text:
        text = _NEWLINES_RE.sub("\n", text)
    return text.strip()


def _fold(cleaned: str) -> str:
    folded = cleaned.casefold()
    return folded if folded.isascii() else _map_homoglyphs(folded)


def normalise_text(text: str) -> str:
    """The ``normalised`` form of one text (see the module docstring). Idempotent."""
    return _collapse(_fold(_clean(text)))


def _leet_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens that hold a leet symbol: found from the symbols where they are rare,
    from the tokens where they are not."""
    symbols = _LEET_CHAR.findall(text)
    if len(symbols) > max(20, len(text) // 50):
        return [
            m.span()
            for m in _LEET_CANDIDATE.finditer(text)
            if not ("@" in m.group() and text[m.end() : m.end() + 1] == ".")
        ]
    spans: list[tuple[int, int]] = []
    end, n = -1, len(text)
    for m in _LEET_CHAR.finditer(text):
        if m.start() < end:
            continue
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        while end < n and text[end] in _TOKEN_CHARS:
            end += 1
        before, after = text[start - 1 : start], text[end : end + 1]
        inside_word = before.isalnum() or before == "_" or after.isalnum() or after == "_"
        email = "@" in text[start:end] and after == "."
        if not inside_word and not email:
            spans.append((start, end))
    return spans


def _leet(normalised: str) -> str:
    spans = _leet_tokens(normalised)
    strict = [(a, b) for a, b in spans if _LEET_STRICT.fullmatch(normalised, a, b)]
    if len(strict) >= 3:
        strict = [(a, b) for a, b in spans if _LEET_SHORT.fullmatch(normalised, a, b)]
    if not strict:
        return normalised
    parts, last = [], 0
    for a, b in strict:
        token = _ONE_AS_L_RE.sub(lambda o: "l" * len(o.group()), normalised[a:b])
        parts += [normalised[last:a], token.translate(_LEET_TABLE)]
        last = b
    return "".join([*parts, normalised[last:]])


def _despace(folded: str) -> str | None:
    if not _SPACED_HINT.search(folded):
        return None
    runs = list(_SPACED_RE.finditer(folded))
    if not any(len(_SPACED_SEP_RE.sub("", m.group())) >= 4 for m in runs):
        return None
    return _collapse(_SPACED_RE.sub(lambda m: _rejoin(m.group()), folded))


_MARKED_SEP = frozenset(".-*·•|/")
_WORD_GAP_RE = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")


def _rejoin(run: str) -> str:
    """One run of letters written apart, rejoined. When a mark joins the letters of a word
    (``b-u-i-l-d a s-y-s-t-e-m``), a bare space between two letters is a word gap and stays."""
    if _MARKED_SEP.isdisjoint(run):
        return _SPACED_SEP_RE.sub("", run)
    return " ".join(_SPACED_SEP_RE.sub("", word) for word in _WORD_GAP_RE.split(run))


def _decoded_views(where: str, cleaned: str, folded: str, depth: int, prefix: str) -> list[View]:
    views: list[View] = []
    for kind, text in payloads(cleaned, folded):
        name = f"{prefix}>{kind}" if prefix else kind
        inner_clean = _clean(text)
        inner_folded = _fold(inner_clean)
        views.append(View(where, name, _collapse(inner_folded)))
        if depth < _MAX_DEPTH:
            views.extend(_decoded_views(where, inner_clean, inner_folded, depth + 1, name))
    return views


def normalise_views(segments: Iterable[SegmentLike]) -> tuple[View, ...]:
    """Every view of every segment, then the ``joined`` conversation view (always last).

    Guarantees: one ``raw`` and one ``normalised`` view per segment, in segment order;
    optional views appear only when they differ from the normalised text; decoding is
    bounded (two levels, at most 16 payloads per text).
    """
    views: list[View] = []
    joined: list[str] = []
    for seg in segments:
        cleaned = _clean(seg.text)
        folded = _fold(cleaned)
        normalised = _collapse(folded)
        views.append(View(seg.where, "raw", seg.text))
        views.append(View(seg.where, "normalised", normalised))
        joined.append(normalised)
        leet = _leet(normalised)
        if leet != normalised:
            views.append(View(seg.where, "leet", leet))
        despaced = _despace(folded)
        if despaced is not None and despaced != normalised:
            views.append(View(seg.where, "despaced", despaced))
        respelled_text = respelled(cleaned, normalised)
        if respelled_text is not None:
            views.append(View(seg.where, "respelled", respelled_text))
        views.extend(_decoded_views(seg.where, cleaned, folded, 1, ""))
    views.append(View("conversation", "joined", " ".join(joined)))
    return tuple(views)


# --- the layer --------------------------------------------------------------------------


def _mixed_script_words(text: str) -> int:
    if text.isascii():
        return 0
    folded = unicodedata.normalize("NFKC", text).casefold()
    return sum(
        1
        for m in _LETTER_RUN_RE.finditer(folded)
        if _LATIN_RE.search(m.group()) and _CONFUSABLE_RE.search(m.group())
    )


class NormaliseLayer:
    """Reports the obfuscation that normalisation undid.

    Findings have ``red_line=None`` (obfuscation alone is not a red line) and kinds
    ``obfuscation.zero_width``, ``.tag_characters``, ``.control``, ``.homoglyph``,
    ``.fullwidth``, ``.leet``, ``.spacing``, ``.misspelling``, ``.base64``, ``.base64url``,
    ``.hex``, ``.rot13``. Details carry counts only, never the hidden text.
    """

    name = "normalise"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        findings: list[Finding] = []

        def add(kind: str, score: float, detail: str, where: str) -> None:
            findings.append(Finding(self.name, f"obfuscation.{kind}", None, score, detail, where))

        for seg in exchange.segments:
            text = seg.text
            if not text.isascii():
                if n := len(_INVISIBLE_RE.findall(text)):
                    add(
                        "zero_width",
                        min(0.5, 0.2 + 0.02 * n),
                        f"{n} invisible characters",
                        seg.where,
                    )
                if n := len(_TAG_RE.findall(text)):
                    add("tag_characters", 0.5, f"{n} Unicode tag characters", seg.where)
                if n := _mixed_script_words(text):
                    add(
                        "homoglyph",
                        min(0.5, 0.3 + 0.05 * n),
                        f"{n} words mixing Latin with lookalike letters",
                        seg.where,
                    )
                if n := len(_FULLWIDTH_RE.findall(text)):
                    add("fullwidth", 0.2, f"{n} full-width characters", seg.where)
            if n := len(_CONTROL_RE.findall(text)):
                add("control", 0.2, f"{n} control characters", seg.where)
        seen: set[tuple[str, str]] = set()
        for view in exchange.views:
            if view.kind in ("raw", "normalised", "joined") or (view.where, view.kind) in seen:
                continue
            seen.add((view.where, view.kind))
            if view.kind == "leet":
                add("leet", 0.2, "leetspeak decoded", view.where)
            elif view.kind == "despaced":
                add("spacing", 0.3, "spaced-out letters rejoined", view.where)
            elif view.kind == "respelled":
                add("misspelling", 0.1, "misspelled words spelled back", view.where)
            else:
                last = view.kind.rsplit(">", 1)[-1]
                depth = view.kind.count(">") + 1
                add(
                    last,
                    0.4 if depth == 1 else 0.5,
                    f"{view.kind} payload decoded ({len(view.text)} chars)",
                    view.where,
                )
        return findings
