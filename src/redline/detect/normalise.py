"""Normalisation: undo cheap obfuscation so that later layers read one canonical text.

``normalise_views(segments)`` turns every segment into the forms detection reads. For each
segment, in this order:

- ``raw``: the text as sent;
- ``normalised``: NFKC, case-folded, zero-width / bidi / control characters removed (Unicode
  tag characters, which can smuggle ASCII, are turned back into ASCII), Cyrillic and Greek
  lookalikes inside Latin text mapped to Latin, runs of spaces collapsed (line breaks kept,
  because tables and telemetry are line-based);
- ``leet``: leetspeak decoded, only when that changes the text;
- ``despaced``: letters written apart (``t r a c k``, ``t.r.a.c.k``) rejoined, only when present;
- decoded payloads, kind ``base64``, ``base64url``, ``hex`` or ``rot13`` (nested decodings
  are named like ``base64>rot13``), each normalised, at most two levels deep, and only when the
  decoded result is mostly printable text.

Last comes one ``joined`` view (``where="conversation"``): every segment's normalised text
joined by single spaces, so that a phrase split across turns is read as one clause.

Everything here is pure and does no I/O. The module must not import ``redline.exchange``
(which imports it); segments are read through the ``SegmentLike`` protocol.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from redline.detect.finding import Finding

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

DECODED_KINDS = frozenset({"base64", "base64url", "hex", "rot13"})
_MAX_DEPTH = 2
_MAX_PAYLOADS = 16  # per text: bounds the work an adversarial prompt can cause
_MAX_PAYLOAD_CHARS = 65_536


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

_INVISIBLE = (
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10))
)
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
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ı": "i",
    "ɑ": "a", "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    "ϳ": "j", "օ": "o", "ս": "u",
}  # fmt: skip
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
_CONFUSABLE_RE = re.compile("[" + "".join(_HOMOGLYPHS) + "]")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile("[a-z]")
_NONLATIN_LETTER_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f]")

_HSPACE_RE = re.compile(r"[^\S\n]+")
_NEWLINES_RE = re.compile(r" ?\n[\s]*")

# Leet: a token mixing letters with leet symbols. Emails and URLs are matched first and left
# alone ("a@b.com" is not leet).
# A leet token has two or more letters, a leet symbol, and no digit that leet does not use
# ("h264", "ec2" stay as they are).
_LEET_RE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+"
    r"|(?<![\w@$])(?=(?:[0-9@$]*[a-z]){2})(?=[a-z]*[013457@$])(?![a-z0-9@$]*[2689])"
    r"[a-z0-9@$]{3,}(?![\w@$])"
)
_LEET_TABLE = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# "1" reads as "l" when doubled ("a11"), next to a single "l" ("il1"), or before a final "e".
_ONE_AS_L_RE = re.compile(r"11|(?<=l)1(?!l)|1(?=e\b)|(?<=[aeiou])1\b")

# Single letters separated by one separator character, at least three of them in a row.
_SPACED_RE = re.compile(r"(?<!\w)[^\W\d_](?!\w)(?:[ .\-*·•][^\W\d_](?!\w)){2,}")
_SPACED_SEP_RE = re.compile(r"[ .\-*·•]")

_B64_RE = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{16,}={0,2}(?![\w+/=-])")
_HEX_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}[ :]){7,}[0-9a-fA-F]{2}(?![0-9A-Za-z])"
    r"|(?:\\x[0-9a-fA-F]{2}){4,}"
    r"|(?:0x[0-9a-fA-F]{2}[, ]*){4,}"
)
_HEX_ONLY_RE = re.compile(r"[0-9a-fA-F]+")
_HEX_NOISE_RE = re.compile(r"\\x|0x|[\s:,]")

_WORD_RE = re.compile(r"[a-z]+")
_CHUNK_RE = re.compile(r"[^\n.!?:;\"“”()\[\]]+")
_COMMON = frozenset(
    "the be to of and a in that have i it for not on with he as you do at this but his by "
    "from they we say her she or an will my one all would there their what so up out if "
    "about who get which go me when make can like time no just him know take people into "
    "year your good some could them see other than then now look only come its over think "
    "also back after use two how our work first well way even new want because any these "
    "give day most us is are was were has had been being does did should must every each "
    "where why please tell show find write list help need using build system data".split()
)
_ROT_COMMON = frozenset(codecs.encode(w, "rot13") for w in _COMMON)


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
    return _NEWLINES_RE.sub("\n", _HSPACE_RE.sub(" ", text)).strip()


def _fold(cleaned: str) -> str:
    folded = cleaned.casefold()
    return folded if folded.isascii() else _map_homoglyphs(folded)


def normalise_text(text: str) -> str:
    """The ``normalised`` form of one text (see the module docstring). Idempotent."""
    return _collapse(_fold(_clean(text)))


def _leet(normalised: str) -> str:
    def fix(m: re.Match[str]) -> str:
        token = m.group()
        if ("@" in token[1:-1] and "." in token) or token.startswith("http"):
            return token
        return _ONE_AS_L_RE.sub(lambda o: "l" * len(o.group()), token).translate(_LEET_TABLE)

    return _LEET_RE.sub(fix, normalised)


def _despace(folded: str) -> str | None:
    runs = list(_SPACED_RE.finditer(folded))
    if not any(len(_SPACED_SEP_RE.sub("", m.group())) >= 4 for m in runs):
        return None
    return _collapse(_SPACED_RE.sub(lambda m: _SPACED_SEP_RE.sub("", m.group()), folded))


def _printable_text(data: bytes) -> str | None:
    """The bytes as text when they are mostly printable words, else None."""
    if len(data) < 4:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t\r")
    letters = sum(1 for c in text if c.isalpha())
    if printable < 0.95 * len(text) or letters < 0.5 * len(text.replace(" ", "")):
        return None
    return text


def _decode_b64(token: str) -> tuple[str, str] | None:
    urlsafe = "-" in token or "_" in token
    body = token.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if urlsafe:
            data = base64.b64decode(padded.translate(str.maketrans("-_", "+/")), validate=True)
        else:
            data = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    text = _printable_text(data)
    return (("base64url" if urlsafe else "base64"), text) if text else None


def _decode_hex(token: str) -> str | None:
    digits = _HEX_NOISE_RE.sub("", token)
    if len(digits) % 2 or not _HEX_ONLY_RE.fullmatch(digits):
        return None
    return _printable_text(bytes.fromhex(digits))


def _english_score(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(1 for w in words if w in vocabulary) / len(words) if words else 0.0


def _rot13(folded: str) -> str | None:
    """Chunks that read as English only after ROT13, decoded and joined; None if none."""
    words = _WORD_RE.findall(folded)
    if sum(1 for w in words if w in _ROT_COMMON) < 2:
        return None
    decoded: list[str] = []
    for chunk in _CHUNK_RE.findall(folded):
        chunk_words = _WORD_RE.findall(chunk)
        if len(chunk_words) < 3:
            continue
        before = _english_score(chunk_words, _COMMON)
        after = _english_score(chunk_words, _ROT_COMMON)
        if after >= 0.2 and after >= before + 0.15:
            decoded.append(codecs.encode(chunk.strip(), "rot13"))
    return " ".join(decoded) if decoded else None


def _payloads(cleaned: str, folded: str) -> list[tuple[str, str]]:
    """(kind, decoded text) for each payload found in one text, before normalisation."""
    found: list[tuple[str, str]] = []
    for m in _B64_RE.finditer(cleaned):
        token = m.group()
        if len(found) >= _MAX_PAYLOADS or len(token) > _MAX_PAYLOAD_CHARS:
            break
        if _HEX_ONLY_RE.fullmatch(token):
            text = _decode_hex(token)
            if text:
                found.append(("hex", text))
            continue
        decoded = _decode_b64(token)
        if decoded:
            found.append(decoded)
    for m in _HEX_RE.finditer(cleaned):
        if len(found) >= _MAX_PAYLOADS:
            break
        text = _decode_hex(m.group())
        if text:
            found.append(("hex", text))
    rot = _rot13(folded)
    if rot:
        found.append(("rot13", rot))
    return found


def _decoded_views(where: str, cleaned: str, folded: str, depth: int, prefix: str) -> list[View]:
    views: list[View] = []
    for kind, text in _payloads(cleaned, folded):
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
    ``.fullwidth``, ``.leet``, ``.spacing``, ``.base64``, ``.base64url``, ``.hex``,
    ``.rot13``. Details carry counts only, never the hidden text.
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
                    add("zero_width", min(0.5, 0.2 + 0.02 * n), f"{n} invisible characters",
                        seg.where)  # fmt: skip
                if n := len(_TAG_RE.findall(text)):
                    add("tag_characters", 0.5, f"{n} Unicode tag characters", seg.where)
                if n := _mixed_script_words(text):
                    add("homoglyph", min(0.5, 0.3 + 0.05 * n),
                        f"{n} words mixing Latin with lookalike letters", seg.where)  # fmt: skip
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
            else:
                last = view.kind.rsplit(">", 1)[-1]
                depth = view.kind.count(">") + 1
                add(last, 0.4 if depth == 1 else 0.5,
                    f"{view.kind} payload decoded ({len(view.text)} chars)", view.where)  # fmt: skip
        return findings
