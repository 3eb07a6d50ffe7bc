"""Whether a text in Latin letters is written in English or in another language.

Two readings, cheapest first. Function words (``function_words``): a text with more function
words of other languages than English ones is not English. A short request has few function
words, and some are shared ("do", "a", "na", "sen"): a Polish or Turkish sentence may count as
English by them. Such a text is then read by Google's Compact Language Detector 2 (PyPI
``pycld2``, a C++ library with its model compiled in: nothing is downloaded), which names
another language reliably from a sentence or two. Its reading counts only when it is sure:
reliable, at least ``CONFIDENT`` percent of the text, a language with a two-letter code (it
names Scots and Pig Latin too, which the English reader reads better). About 30 us a text.

Read by the semantic layer (which reader a request goes to) and by ``spelling`` (which texts
have their typos spelled back into English). Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycld2

from redline.detect.function_words import function_word_counts

__all__ = ["CONFIDENT", "SAMPLE_CHARS", "other_language", "reads_as_english"]

CONFIDENT = 80
"""Percent of the text that the detector must read as one other language."""
SAMPLE_CHARS = 4096
"""The detector reads at most this many characters: a language shows in the first few."""

_WORD = re.compile(r"[^\W\d_]+")
# What the detector refuses to read: control characters, unpaired surrogates, noncharacters.
_UNREADABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)


def other_language(text: str) -> str | None:
    """The ISO 639-1 code of the language other than English that ``text`` is surely written
    in, else None (English, unsure, too short, or text the detector cannot read)."""
    return _detect(text[:SAMPLE_CHARS])


# ``spelling`` and the semantic layer ask about the same normalised text of a request: the
# second asks the cache (keys at most SAMPLE_CHARS long).
@lru_cache(maxsize=256)
def _detect(sample: str) -> str | None:
    try:
        reliable, _, details = pycld2.detect(_UNREADABLE.sub(" ", sample))
    except pycld2.error:  # noncharacters of the other planes
        return None
    code: str = details[0][1]
    percent: int = details[0][2]
    if reliable and len(code) == 2 and code != "en" and percent >= CONFIDENT:
        return code
    return None


def reads_as_english(text: str, *, words: list[str] | None = None, at_least: int = 0) -> bool:
    """Whether ``text`` (Latin letters, lower case) reads as English: at least ``at_least``
    English function words, at least as many as other languages' ones, and no other language
    that the detector is sure of. ``words``: the text's words, when the caller has them."""
    english, other = function_word_counts(_WORD.findall(text) if words is None else words)
    if english < max(other, at_least):
        return False
    return other_language(text) is None
