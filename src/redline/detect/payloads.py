"""Encoded payloads hidden in a text: base64, base64url, hex and ROT13.

A payload is reported only when it decodes to mostly printable text (binary data, hashes and
radio frames are not text); ROT13 only when the decoded words read more like English than
the original (by the share of common English words). Bounded: at most ``MAX_PAYLOADS`` per
text, none longer than ``MAX_PAYLOAD_CHARS``. Pure: no I/O.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

__all__ = ["MAX_PAYLOADS", "MAX_PAYLOAD_CHARS", "payloads"]

MAX_PAYLOADS = 16  # per text: bounds the work an adversarial prompt can cause
MAX_PAYLOAD_CHARS = 65_536

_B64_RE = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{16,}={0,2}(?![\w+/=-])")
_HEX_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}[ :]){7,}[0-9a-fA-F]{2}(?![0-9A-Za-z])"
    r"|(?:\\x[0-9a-fA-F]{2}){4,}"
    r"|(?:0x[0-9a-fA-F]{2}[, ]*){4,}"
)
# Hex-encoded text starts with pairs such as "74" or "6b": a digit first, which is cheap to find.
_HEX_PAIRS = re.compile(r"\d[0-9a-fA-F][ :][0-9a-fA-F]{2}[ :][0-9a-fA-F]{2}[ :]")
_HEX_ONLY_RE = re.compile(r"[0-9a-fA-F]+")
_HEX_NOISE_RE = re.compile(r"\\x|0x|[\s:,]")

_WORD_RE = re.compile(r"[a-z]+")
_CHUNK_RE = re.compile(r"[^\n.!?:;\"“”()\[\]]+")
_COMMON_WORDS = """the be to of and a in that have i it for not on with he as you do at this but
    his by from they we say her she or an will my one all would there their what so up out if about
    who get which go me when make can like time no just him know take people into year your good
    some could them see other than then now look only come its over think also back after use two
    how our work first well way even new want because any these give day most us is are was were
    has had been being does did should must every each where why please tell show find write list
    help need using build system data"""
_COMMON = frozenset(_COMMON_WORDS.split())
_ROT_COMMON = frozenset(codecs.encode(w, "rot13") for w in _COMMON)
# Cheap first test: ROT13 English almost always holds one of these ("the", "and", "all"...).
_ROT_PROBE_WORDS = "gur |naq | bs | gb | vf | va |sbe |jvgu |lbh |nyy |guvf |gung |jung |ubj "
_ROT_PROBES = (*_ROT_PROBE_WORDS.split("|"), "rot13", "rot-13", "rot 13")


def _printable_text(data: bytes) -> str | None:
    """The bytes as text when they are mostly printable words, else None."""
    if len(data) < 4:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t\r")
    alnum = sum(1 for c in text if c.isalnum())
    if printable < 0.95 * len(text) or alnum < 0.6 * len(text.replace(" ", "")):
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
    if not any(probe in folded for probe in _ROT_PROBES):
        return None
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


def payloads(cleaned: str, folded: str) -> list[tuple[str, str]]:
    """(kind, decoded text) for each payload in one text, at most ``MAX_PAYLOADS``.

    ``cleaned`` is the text with case kept (base64 needs it); ``folded`` the same text
    case-folded (ROT13 is judged on it). Decoded text is returned as decoded, not normalised.
    """
    found: list[tuple[str, str]] = []
    for m in _B64_RE.finditer(cleaned):
        token = m.group()
        if len(found) >= MAX_PAYLOADS or len(token) > MAX_PAYLOAD_CHARS:
            break
        if _HEX_ONLY_RE.fullmatch(token):
            text = _decode_hex(token)
            if text:
                found.append(("hex", text))
            continue
        decoded = _decode_b64(token)
        if decoded:
            found.append(decoded)
    hinted = "\\x" in cleaned or "0x" in cleaned or _HEX_PAIRS.search(cleaned)
    hexes = _HEX_RE.finditer(cleaned) if hinted else iter(())
    for m in hexes:
        if len(found) >= MAX_PAYLOADS:
            break
        text = _decode_hex(m.group())
        if text:
            found.append(("hex", text))
    rot = _rot13(folded)
    if rot:
        found.append(("rot13", rot))
    return found
