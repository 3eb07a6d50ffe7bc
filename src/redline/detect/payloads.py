"""Encoded payloads hidden in a text, decoded: the kinds in ``KINDS``.

Encodings: base64, base64url, base32, hex, binary and decimal character codes, URL (%),
HTML (&#) and \\u escapes. Letter games: ROT13 and the other Caesar shifts, Atbash, reversed
and upside-down text, Morse code, the NATO alphabet, small capitals, flag letters and Braille,
letters under combining marks, disemvowelled words and pig Latin.

A payload is reported only when it decodes to mostly printable text (binary data, hashes and
radio frames are not text); the letter games only when the decoded words read more like
English than the original (by the share of common English words), and each only after a cheap
first test (probe words, a cipher's name, its alphabet) so that ordinary text costs a
substring search. Bounded: at most ``MAX_PAYLOADS`` per text, none longer than
``MAX_PAYLOAD_CHARS``. Pure: no I/O.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import unicodedata
from functools import cache
from urllib.parse import unquote

from redline.detect.lexicon import ENGLISH_WORDS, RED_LINE_WORDS

__all__ = ["KINDS", "MAX_PAYLOADS", "MAX_PAYLOAD_CHARS", "payloads"]

KINDS = frozenset(
    {
        "base64",
        "base64url",
        "base32",
        "hex",
        "binary",
        "decimal",
        "percent",
        "entities",
        "uescape",
        "rot13",
        "caesar",
        "atbash",
        "reversed",
        "upside_down",
        "morse",
        "nato",
        "letterlike",
        "unmarked",
        "disemvowelled",
        "pig_latin",
    }
)
"""Every kind ``payloads`` reports."""

MAX_PAYLOADS = 16  # per text: bounds the work an adversarial prompt can cause
MAX_PAYLOAD_CHARS = 65_536

_B64_RE = re.compile(r"(?<![\w+/=-])[A-Za-z0-9+/_-]{16,}={0,6}(?![\w+/=-])")
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


def _decode_b32(token: str) -> str | None:
    body = token.rstrip("=")
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    return _printable_text(data)


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


def _words(text: str) -> list[str]:
    """Words of two letters or more (single letters match "a" and "i" too easily)."""
    return [w for w in _WORD_RE.findall(text) if len(w) > 1]


def _if_english(text: str, *, min_words: int = 1) -> str | None:
    """``text`` when a fifth of its words (of two letters or more) are common English ones."""
    words = _words(text)
    return text if len(words) >= min_words and _english_score(words, _COMMON) >= 0.2 else None


def _prose_chunks(folded: str) -> list[tuple[str, list[str]]]:
    """The chunks (between sentence marks) of three words or more that are prose, not hex
    digits, codes or table rules, each with its words."""
    out = []
    for chunk in _CHUNK_RE.findall(folded):
        body = chunk.replace(" ", "")
        if not body or sum(c.isalpha() for c in body) < 0.8 * len(body):
            continue
        if len(words := _words(chunk)) >= 3:
            out.append((chunk, words))
    return out


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Every letter substitution tried when a text names a cipher: the Caesar shifts other than 0
# and 13 (ROT13 has its own, unhinted decoder) and Atbash.
_SUBSTITUTIONS = (
    *(
        ("caesar", str.maketrans(_LETTERS, _LETTERS[-k:] + _LETTERS[:-k]))
        for k in range(1, 26)
        if k != 13
    ),
    ("atbash", str.maketrans(_LETTERS, _LETTERS[::-1])),
)
# A Caesar shift other than 13, or Atbash, is tried only when the text names a cipher: 25
# trial decodings of every chunk are not worth making for ordinary text.
_CIPHER_WORDS = ("caesar", "atbash", "cipher", "shift", "cod", "crypt")
_CIPHER_HINT = re.compile(
    r"caesar|atbash|cipher|shift(?:ed)? (?:by )?\d|decod|decrypt|encrypt|encod"
)


def _substitution(folded: str) -> tuple[str, str] | None:
    """(kind, decoded chunks) for the one letter substitution (a Caesar shift other than 0
    and 13, or Atbash) under which chunks read as English that did not before."""
    if not any(h in folded for h in _CIPHER_WORDS) or not _CIPHER_HINT.search(folded):
        return None
    chunks = [(c, w) for c, w in _prose_chunks(folded) if _english_score(w, _COMMON) < 0.2]
    if not chunks:
        return None
    best: tuple[int, str, str] | None = None
    for kind, table in _SUBSTITUTIONS:
        decoded = []
        for chunk, words in chunks:
            swapped = " ".join(words).translate(table).split()
            if _english_score(swapped, _COMMON) >= 0.25 and len(_COMMON.intersection(swapped)) >= 2:
                decoded.append(chunk.strip().translate(table))
        hits = sum(len(d) for d in decoded)
        if decoded and (best is None or hits > best[0]):
            best = (hits, kind, " ".join(decoded))
    return (best[1], best[2]) if best else None


# Reversed English almost always holds one of these ("the", "and", "that", "with", "for").
_REVERSED_PROBES = (" eht ", " dna ", " taht ", " htiw ", " rof ", " siht ")


def _reversed(folded: str) -> str | None:
    """Chunks that read as English only when read backwards, reversed and joined."""
    if " eht " not in folded and " dna " not in folded and " rof " not in folded:
        return None
    padded = f" {folded} "
    if sum(padded.count(p) for p in _REVERSED_PROBES) < 2:
        return None
    decoded: list[str] = []
    for chunk, words in _prose_chunks(folded):
        back = chunk.strip()[::-1]
        before = _english_score(words, _COMMON)
        after = _english_score(_words(back), _COMMON)
        if after >= 0.25 and after >= before + 0.2:
            decoded.append(back)
    # the last sentence written backwards comes first
    return " ".join(reversed(decoded)) if decoded else None


# Upside-down text: letters turned over and the line read right to left. b/q, d/p and n/u are
# each other turned over; the rest have their own characters.
_TURNED = str.maketrans(
    "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ƆƎℲ⅁ſ˥WԀ┴∩ΛMX⅄",
    "abcdefghijklmnopqrstuvwxyzACEFGJLMPTUVWXY",
)
_TURNED_ONLY = re.compile("[ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ]")


def _upside_down(cleaned: str) -> str | None:
    if cleaned.isascii() or len(_TURNED_ONLY.findall(cleaned)) < 4:
        return None
    text = cleaned[::-1].translate(_TURNED).casefold()
    return _if_english(text)


_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9",
}  # fmt: skip
_MORSE_RUN = re.compile(r"(?:[.\-·−–_]{1,6}(?:[ \t]+|[ \t]*[/|][ \t]*)){4,}[.\-·−–_]{1,6}")
_MORSE_DASHES = str.maketrans("·−–_", ".---")


def _morse(cleaned: str) -> str | None:
    """Runs of Morse code (letters apart by spaces, words by ``/``, ``|`` or three spaces)."""
    if ".-" not in cleaned and "-." not in cleaned and "·" not in cleaned:
        return None
    decoded: list[str] = []
    for m in _MORSE_RUN.finditer(cleaned):
        run = m.group().translate(_MORSE_DASHES)
        words = re.split(r"\s*[/|]\s*|\s{3,}", run.strip())
        letters = [[_MORSE.get(code) for code in word.split()] for word in words]
        flat = [c for word in letters for c in word]
        if len(flat) < 5 or sum(c is not None for c in flat) < 0.9 * len(flat):
            continue
        text = " ".join("".join(c or "" for c in word) for word in letters)
        if _if_english(text, min_words=3):
            decoded.append(text)
    return " ".join(decoded) if decoded else None


# Combining diacritical marks (and their extensions): NFKC leaves them on letters that have
# no precomposed form, so an obfuscated text still holds them after cleaning.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _unmarked(cleaned: str) -> str | None:
    """Latin letters buried under combining marks (an accent on every letter, "zalgo" text)
    with those marks taken off; only when there are at least four fifths as many marks as
    Latin letters, so that French or Vietnamese keeps its accents (and other scripts' vowel
    signs are never touched)."""
    if cleaned.isascii() or len(_COMBINING.findall(cleaned)) < 4:
        return None
    kept: list[str] = []
    marks, on_latin = 0, False
    for c in unicodedata.normalize("NFD", cleaned):
        if unicodedata.category(c) != "Mn":
            on_latin = c.isascii() and c.isalpha()
        elif on_latin:  # a mark (however many are stacked) on a Latin letter
            marks += 1
            continue
        kept.append(c)
    latin = sum(1 for c in kept if c.isascii() and c.isalpha())
    if marks < 4 or marks < 0.8 * latin:
        return None
    return "".join(kept)


# --- numbers, escapes and other alphabets --------------------------------------------------

_BASE32_ONLY = re.compile(r"[A-Z2-7]+=*")
_BINARY_RE = re.compile(r"(?:[01]{8}[ ,]?){6,}")
_CODE = r"(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])"  # a printable ASCII code, 32-126
_DECIMAL_RE = re.compile(rf"(?<![\d.])(?:{_CODE}[ ,]+){{7,}}{_CODE}(?![\d.])")
_PERCENT_RE = re.compile(r"(?:%[0-9A-Fa-f]{2}){4,}")
_ENTITY_RE = re.compile(r"(?:&#[xX]?[0-9A-Fa-f]{1,6};){4,}")
_UESCAPE_RE = re.compile(r"(?:\\u[0-9A-Fa-f]{4}){4,}")


def _numbers_and_escapes(cleaned: str) -> list[tuple[str, str]]:
    """Binary and decimal character codes, %-escapes, HTML character references and
    \\u escapes that decode to printable words."""
    found: list[tuple[str, str]] = []
    # Cheap first tests: binary letters are 0110xxxx or 0111xxxx; decimal codes of lowercase
    # letters are 97-122, so a run of them has many " 1"s.
    if cleaned.count("011") >= 6:
        for m in _BINARY_RE.finditer(cleaned):
            bits = re.sub(r"[ ,]", "", m.group())
            data = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8))
            if text := _printable_text(data):
                found.append(("binary", text))
    decimal = cleaned.count(" 1") + cleaned.count(",1") >= 6
    for m in _DECIMAL_RE.finditer(cleaned) if decimal else ():
        data = bytes(int(n) for n in re.split(r"[ ,]+", m.group().strip(" ,")))
        if (text := _printable_text(data)) and " " in text:
            found.append(("decimal", text))
    if "%" in cleaned:
        for m in _PERCENT_RE.finditer(cleaned):
            if text := _printable_text(unquote(m.group()).encode("utf-8", "replace")):
                found.append(("percent", text))
    if "&#" in cleaned:
        for m in _ENTITY_RE.finditer(cleaned):
            if text := _printable_text(html.unescape(m.group()).encode("utf-8", "replace")):
                found.append(("entities", text))
    if "\\u" in cleaned:
        for m in _UESCAPE_RE.finditer(cleaned):
            text = "".join(
                chr(int(m.group()[i + 2 : i + 6], 16)) for i in range(0, len(m.group()), 6)
            )
            if _printable_text(text.encode("utf-8", "replace")):
                found.append(("uescape", text))
    return found


# Letters drawn from other alphabets: small capitals, regional-indicator letters (the flag
# letters) and Grade 1 Braille. NFKC maps circled and mathematical letters, not these.
_LETTERLIKE = str.maketrans(
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
    + "".join(chr(0x1F1E6 + i) for i in range(26))
    + "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵",
    "abcdefghijklmnopqrstuvwyz" + "abcdefghijklmnopqrstuvwxyz" * 2,
)
_LETTERLIKE_RE = re.compile("[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ\U0001f1e6-\U0001f1ff\u2801-\u283f]")


def _letterlike(cleaned: str) -> str | None:
    if cleaned.isascii() or len(_LETTERLIKE_RE.findall(cleaned)) < 8:
        return None
    text = cleaned.translate(_LETTERLIKE).casefold()
    return _if_english(text)


_NATO_WORDS = """alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet
    kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey
    x-ray xray yankee zulu"""
_NATO = {w: w[0] for w in _NATO_WORDS.split()}
_NATO_RUN = re.compile(
    r"(?:\b(?:" + "|".join(sorted(_NATO, key=len, reverse=True)) + r")\b[\s,/|]*){5,}"
)


def _nato(folded: str) -> str | None:
    """Words spelled in the NATO alphabet (letters apart by spaces, words by ``/`` or ``|``)."""
    if "tango" not in folded and "echo" not in folded and "alfa" not in folded:
        return None
    decoded = []
    for m in _NATO_RUN.finditer(folded):
        words = re.split(r"\s*[/|]\s*", m.group().strip(" ,/|"))
        decoded.append(
            " ".join("".join(_NATO[w] for w in word.split() if w in _NATO) for word in words)
        )
    text = " ".join(decoded)
    return _if_english(text, min_words=3)


# --- words with letters taken out or moved: disemvowelled text and pig Latin ----------------

_VOWELS = re.compile("[aeiou]")


@cache
def _vocabulary() -> tuple[frozenset[str], dict[str, str]]:
    """Known words (the English terms of the lexicon and the common words) and, for each
    skeleton without vowels, the word it spells. Where several words share a skeleton, a
    common word wins for one or two consonants ("th" is "the", "nd" is "and"), else a red-line
    term ("trck" is "track", not "truck"), else a common word, else any other term."""
    skeletons: dict[str, str] = {}
    ranked = (
        sorted(ENGLISH_WORDS - RED_LINE_WORDS - _COMMON),
        sorted(_COMMON),
        sorted(RED_LINE_WORDS),
        sorted(w for w in _COMMON if len(_VOWELS.sub("", w)) <= 2),
        ("is", "if", "on", "in", "to", "it", "of", "that", "this", "the", "and"),
    )
    for words in ranked:  # later ranks overwrite
        for word in words:
            if bare := _VOWELS.sub("", word):
                skeletons[bare] = word
    return frozenset(ENGLISH_WORDS | _COMMON), skeletons


def _spell_skeleton(token: str, skeletons: dict[str, str]) -> str:
    if token in skeletons:
        return skeletons[token]
    if token.endswith("s") and token[:-1] in skeletons:
        return skeletons[token[:-1]] + "s"
    if token.endswith("ng") and token[:-2] in skeletons:
        return skeletons[token[:-2]] + "ing"
    return token


def _disemvowelled(folded: str) -> str | None:
    """Words written without their vowels ("trck vry prtstr"), spelled back where the
    vocabulary knows the skeleton."""
    if folded.count("e") * 25 > len(folded):  # "e" is about a tenth of English letters
        return None
    words = _WORD_RE.findall(folded)
    long = [w for w in words if len(w) > 2]
    if len(long) < 5 or sum(1 for w in long if not _VOWELS.search(w)) < 0.6 * len(long):
        return None
    _, skeletons = _vocabulary()
    text = _WORD_RE.sub(
        lambda m: m.group() if _VOWELS.search(m.group()) else _spell_skeleton(m.group(), skeletons),
        folded,
    )
    return _if_english(text)


def _unpig(word: str, known: frozenset[str]) -> str:
    stem = word[:-2]
    candidates = [stem[-k:] + stem[:-k] for k in (1, 2, 3) if len(stem) > k]
    candidates += [stem[:-1], stem]  # "away", "ayay": a word that began with a vowel
    return next((c for c in candidates if c in known), word)


def _pig_latin(folded: str) -> str | None:
    """Pig Latin: the opening consonants moved to the end and "ay" added ("ocationlay")."""
    if "ay " not in folded and not folded.endswith("ay"):
        return None
    words = _WORD_RE.findall(folded)
    if len(words) < 5 or sum(1 for w in words if w.endswith("ay")) < 0.6 * len(words):
        return None
    known, _ = _vocabulary()
    text = _WORD_RE.sub(
        lambda m: _unpig(m.group(), known) if m.group().endswith("ay") else m.group(), folded
    )
    return _if_english(text)


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
        if _BASE32_ONLY.fullmatch(token) and (text := _decode_b32(token)):
            found.append(("base32", text))
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
    swapped = _substitution(folded) if not rot else None
    if swapped:
        found.append(swapped)
    found.extend(_numbers_and_escapes(cleaned)[: max(0, MAX_PAYLOADS - len(found))])
    for kind, text in (
        ("letterlike", _letterlike(cleaned)),
        ("nato", _nato(folded)),
        ("disemvowelled", _disemvowelled(folded)),
        ("pig_latin", _pig_latin(folded)),
        ("reversed", _reversed(folded)),
        ("upside_down", _upside_down(cleaned)),
        ("morse", _morse(cleaned)),
        ("unmarked", _unmarked(cleaned)),
    ):
        if text and len(found) < MAX_PAYLOADS:
            found.append((kind, text))
    return found
