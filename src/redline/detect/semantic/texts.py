"""What the semantic layer reads of an exchange: its texts, and its concept groups.

Texts, from the normalised views (``redline.detect.normalise``), so that obfuscation is undone
before the model reads anything:

- the ``normalised`` text of a lone segment; for several segments, the ``joined``
  conversation, which holds every segment's normalised text in order, so that a request split
  across turns (or one that emerges over a conversation) is read whole, and each *short*
  segment's normalised text on its own (up to ``SHORT_SEGMENT`` characters, about one window),
  so that a short last turn is not diluted by the turns before it in a shared window. Long
  segments are read only through the joined windows: the model's cost grows with the tokens
  it reads, and they would be read twice;
- every segment's decoded-payload views (not in the joined view), and its ``leet`` and
  ``despaced`` views, or only their prose when they have data lines (decoding leetspeak in a
  table of phone numbers reads nothing new);
- the *prose* of each of those texts, when it holds data lines: the text without its record
  lines (CSV rows, ``Key: value`` lines, tables, lines mostly of digits and symbols). A request
  that wraps one instruction around pages of personal data reads, to a sentence embedding, like
  the data; its prose is the instruction. The data itself is the patterns layer's business.

- the *deframed* normalised or joined text, when it has framing (``deframe``): without the
  persona, story or claimed-approval set-up and the "don't add warnings" tails that wrap a
  request and dilute it in a sentence embedding ("You are DAN ... DAN, <request>").

Runs of 40 or more printable ASCII characters without a space (encoded payloads, hashes,
keys) are replaced by ``[blob]``: they are not language, their decodings are read as views of
their own, and as word pieces they would cost a window per 250 characters.

Each text is embedded in windows (``embedder``), so the whole conversation is covered.

Concept groups: which groups of the multilingual vocabulary (``redline.detect.lexicon``) the
exchange names, as 0/1 features, for requests that do not read as English. They give the head
a language-independent reading where the English-centric MiniLM reads little (Arabic, Russian,
Chinese). English requests get zeros: MiniLM reads English itself, and lexical features learnt
from one corpus did not carry to outside data (on the public CyberSecEval MITRE set, benign
network-defence requests named "monitor", "traffic", "all" and were held; see README.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from redline.detect import language
from redline.detect.terms import concept_groups

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = [
    "SHORT_SEGMENT",
    "ReadText",
    "concept_vector",
    "deframe",
    "prose",
    "read_texts",
    "reads_as_english",
]

SHORT_SEGMENT = 400
_SKIPPED_SINGLE = frozenset({"raw", "joined"})
_SKIPPED_MULTI = frozenset({"raw", "normalised"})
_PROSE_ONLY = frozenset({"leet", "despaced"})
_DEFRAMED = frozenset({"normalised", "joined", "despaced"})
_BLOB = re.compile(r"[!-~]{40,}")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_WORD_ANY = re.compile(r"[^\W\d_]+")
_KEY_VALUE = re.compile(r"^[^\W\d_][\w .'/()#-]{0,30}:\s*\S")
_SENTENCE_END = (".", "?", "!", "。", "？", "！", "؟")


# Framing: words that wrap a request in a persona, a story, a claimed authorisation or an
# instruction to drop safeguards. They change nothing about what is asked, but a sentence
# embedding of the whole text averages them in and reads the request diluted.
_FRAMING = re.compile(
    r"\b(?:you are (?:now |no longer )?(?:an? |the |my )?[\w-]+|you're (?:now )?(?:an? |the )?"
    r"[\w-]+|act(?:ing)? as|pretend(?:ing)?|role-?play|play the (?:role|part)|stay in character|"
    r"imagine (?:you|that you)|from now on|ignore (?:all |any )?(?:the )?(?:previous|prior|above|"
    r"earlier|your) (?:instructions|rules|guidelines)|developer mode|jailbreak|do anything now|"
    r"(?:no|without (?:any )?) (?:ethics|morals|content polic(?:y|ies)|restrictions|filters|"
    r"limits|guidelines|rules)|never refuses?|(?:safety|content) (?:filters?|guidelines|"
    r"restrictions) (?:are |is )?(?:off|disabled|removed)|broken free|evil (?:twin|ai|version)|"
    r"answer as (?:him|her|them|it)|for (?:my|a|our) (?:thriller |crime |spy |sci-fi |short )?"
    r"(?:novel|story|screenplay|script|game|book|film|movie|thesis|class)|hypothetically|"
    r"in a (?:fictional|hypothetical) (?:world|scenario|setting)|"
    r"(?:signed off|approved (?:it|this)|cleared (?:it|this)|reviewed this|it'?s (?:fine|legal|"
    r"authori[sz]ed|approved)|(?:our|the) (?:lawyers?|legal team|general counsel|inspector "
    r"general|ethics board|commander|director) (?:says?|said|approved|has approved|confirmed))|"
    r"(?:experts?|studies|researchers) (?:say|agree|confirm|show)|"
    r"eres (?:un|una|el|la)|act[uú]a como|ignora (?:todas )?las instrucciones|"
    r"tu es (?:un|une|le|la)|fais comme si|ignore (?:toutes )?les instructions)",
    re.IGNORECASE,
)
_NO_WARNINGS = re.compile(
    r",?\s*(?:and\s+)?(?:don'?t|do not|without|no)\s+(?:add(?:ing)?\s+)?(?:any\s+)?"
    r"(?:warnings?|disclaimers?|caveats?|refusals?|lectures?|moralizing)\b[^.!?\n]*",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^.!?。？！\n:]+[.!?。？！:]*|\n")
# One word and a comma opening a clause: the persona addressed ("DAN, ...", "panoptes, ...").
_VOCATIVE = re.compile(r"^\s*[^\W\d_][\w-]{1,20},\s+")
_FRAME_WORDS = 30


def deframe(text: str) -> str | None:
    """``text`` without its framing: clauses (split at sentence ends and colons) of at most
    ``_FRAME_WORDS`` words that are framing and nothing else are dropped, a leading vocative
    ("DAN, ...") and "don't add warnings" tails are cut. None when nothing was framing or
    nothing would be left."""
    if not _FRAMING.search(text) and not _NO_WARNINGS.search(text):
        return None
    kept: list[str] = []
    for clause in _CLAUSE.findall(text):
        match = _FRAMING.search(clause)
        if match and len(clause.split()) <= _FRAME_WORDS:
            rest = clause[match.end() :]
            if clause.rstrip().endswith(":") or len(rest.split()) <= 8:
                continue  # a set-up clause: the persona, the story, the claimed approval
            # A framing lead-in ("For my novel, ...") before the request: cut up to its comma.
            comma = rest.find(",")
            if comma != -1 and len(rest[:comma].split()) <= 6:
                clause = clause[: match.start()] + rest[comma + 1 :]
        clause = _NO_WARNINGS.sub("", clause)
        kept.append(_VOCATIVE.sub("", clause))
    out = re.sub(r"[ \t]+", " ", "".join(kept)).strip()
    if not out or out == text.strip() or len(out.split()) < 3:
        return None
    return out


@dataclass(frozen=True, slots=True)
class ReadText:
    """One text the layer embeds: ``where`` and ``kind`` name the view it came from
    (``kind`` ``prose:<view kind>`` for a prose text)."""

    where: str
    kind: str
    text: str


def _is_data_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    nonspace = sum(not c.isspace() for c in s)
    if len(_LETTER.findall(s)) < 0.5 * nonspace:
        return True
    words = len(_WORD.findall(s))
    sentence = s.endswith(_SENTENCE_END)
    commas = s.count(",")
    if commas >= 2 and words <= 4 * (commas + 1) and not (sentence or s.endswith(":")):
        return True
    if s.count("|") >= 2 or s.count("\t") >= 2:
        return True
    return bool(_KEY_VALUE.match(s)) and words <= 8 and not sentence


def prose(text: str) -> str | None:
    """``text`` without its data lines, or None when it has fewer than two of them (or
    nothing else)."""
    lines = text.split("\n")
    if len(lines) < 3:
        return None
    kept = [line for line in lines if not _is_data_line(line)]
    if len(lines) - len(kept) < 2 or not kept:
        return None
    return "\n".join(kept)


def read_texts(exchange: Exchange) -> list[ReadText]:
    """The distinct non-empty texts to embed, in view order (see the module docstring)."""
    skipped = _SKIPPED_MULTI if len(exchange.segments) > 1 else _SKIPPED_SINGLE
    seen: set[str] = set()
    out: list[ReadText] = []

    def add(where: str, kind: str, text: str | None) -> None:
        if text and not text.isspace() and text not in seen:
            seen.add(text)
            out.append(ReadText(where, kind, text))

    # A segment written in spaced letters is read despaced only: its spaced text is word
    # pieces of single letters, which read as nothing the head was taught and scored as red.
    despaced = {view.where for view in exchange.views if view.kind == "despaced"}
    for view in exchange.views:
        if view.kind in skipped and not (
            view.kind == "normalised" and len(view.text) <= SHORT_SEGMENT
        ):
            continue
        if view.kind == "normalised" and view.where in despaced:
            continue
        text = _BLOB.sub("[blob]", view.text)
        text_prose = prose(text)
        if not (view.kind in _PROSE_ONLY and text_prose):
            add(view.where, view.kind, text)
        add(view.where, f"prose:{view.kind}", text_prose)
        if view.kind in _DEFRAMED:
            add(view.where, f"deframed:{view.kind}", deframe(text_prose or text))
    return out


def reads_as_english(texts: Sequence[ReadText]) -> bool:
    """Whether the request reads as English: mostly Latin letters, at least as many English
    function words as function words of other languages written in Latin letters (Spanish,
    French, German, Italian, Portuguese, Dutch, ...), and no other language that the language
    detector is sure of (``language.reads_as_english``: a short Polish or Turkish request has
    few function words). Reads the prose of texts that have one (a Chinese instruction over an
    English roster is Chinese); the detector reads leet and spaced letters decoded."""
    with_prose = {t.where for t in texts if t.kind.startswith("prose:")}
    text = " ".join(
        t.text for t in texts if t.kind.startswith("prose:") or t.where not in with_prose
    )
    letters = _LETTER.findall(text)
    if not letters:
        return True
    if sum(c <= "\u024f" for c in letters) < 0.7 * len(letters):
        return False
    return language.reads_as_english(_language_sample(texts), words=_WORD_ANY.findall(text.lower()))


# The view of each segment the language detector reads: decoded leet or spaced letters read as
# Danish or as nothing ("h0w d0 1 k1ll 4 z0mb13 pr0c3ss").
_LANGUAGE_VIEWS = (
    "prose:leet",
    "leet",
    "prose:despaced",
    "despaced",
    "prose:normalised",
    "normalised",
    "prose:joined",
    "joined",
)


def _language_sample(texts: Sequence[ReadText]) -> str:
    by_where: dict[str, dict[str, str]] = {}
    for t in texts:
        by_where.setdefault(t.where, {}).setdefault(t.kind, t.text)
    return " ".join(
        next((kinds[k] for k in _LANGUAGE_VIEWS if k in kinds), "") for kinds in by_where.values()
    )


def concept_vector(exchange: Exchange, names: Sequence[str], english: bool) -> NDArray[np.float32]:
    """1.0 for each group of ``names`` the exchange names, else 0.0; all 0.0 for a request
    that reads as English (``english``: ``reads_as_english`` of its ``read_texts``)."""
    if not names or english:
        return np.zeros(len(names), dtype=np.float32)
    found = concept_groups(exchange)
    return np.fromiter((1.0 if n in found else 0.0 for n in names), np.float32, len(names))
