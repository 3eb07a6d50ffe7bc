"""Typos spelled back: a misspelled word read as the lexicon's English word it misses by one edit.

Hurried requests and the misspelling mutations of public red-line benchmarks write the words
detection reads wrongly ("can u decied which of these ppl get there unemplyment cut off", "the
sytem takes ur ansewr"): no term matches and MiniLM reads word pieces of noise. ``respelled``
writes back each word that is not a known word and is one edit (a letter dropped, added or
changed, or two neighbours swapped) from an English word of the lexicon, which normalisation
offers as the ``respelled`` view.

A known word is one of the English word list of pyspellchecker (about 160,000 words, shipped in
its wheel; only the list is read), a word of the lexicon, a compound of two known words
("landline" is never respelled "landmine", "blocklist" never "blacklist"), a British spelling of
a known word ("analyse", "criticise"), or an informal spelling in ``_INFORMAL``. Left as they
are: words under five letters (short words have too many neighbours: "conf" and "cons", "fisa"
and "visa"), words the request writes with a capital (names and acronyms: "Zaid" is not "laid")
unless the whole request is in capitals, and every word of a text that does not read as English
(``language.reads_as_english``: by its function words and the language detector; another
language's words are not typos). Where several words are one edit away, a red-line word is
preferred, then the edit typists make most (two letters swapped, then a letter dropped or
doubled, then a letter changed); a tie is left as written.

Pure once the word list is loaded (on first use, from the installed package).
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache, lru_cache
from importlib.resources import files

from redline.detect import language
from redline.detect.lexicon import ENGLISH_WHOLE_WORDS, ENGLISH_WORDS, RED_LINE_WORDS

__all__ = ["MIN_LETTERS", "known", "respelled", "spell_back"]

MIN_LETTERS = 5
# Informal and technical words the word list lacks, which are one edit from a lexicon word.
_INFORMAL = frozenset(
    (  # noqa: SIM905
        "admin admins aight maint config configs repo repos infra sched theyre youre dont cant "
        "wont isnt doesnt didnt wasnt arent couldnt shouldnt wouldnt thats whats gonna wanna "
        "gotta kinda sorta lemme dunno intro const procs shouldn couldn wouldn didn doesn isn "
        "wasn weren aren hasn haven"
    ).split()
)
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "in")
_WORD = re.compile(r"(?<![^\W_])[a-z]{5,}(?![^\W_])")
_CAPITALISED = re.compile(r"[^\W\d_]*[A-Z][^\W\d_]*")


COMMON_COUNT = 5000
"""A compound's parts must each be at least this frequent in the word list (about its 15,000
commonest words): "land" + "line", not "beni" + "fits"."""


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Every known word, and the common ones (compounds are made of those)."""
    data = files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    common = frozenset(w for w, n in counts.items() if n >= COMMON_COUNT and len(w) >= 3)
    return frozenset(counts) | ENGLISH_WORDS | _INFORMAL, common


# British spellings of American words the list knows: -our, -re, -ise, -yse, -isation, -ll-.
_BRITISH = (
    (re.compile(r"our"), "or"),
    (re.compile(r"re(?=s?$)"), "er"),
    (re.compile(r"is(?=e|ed|es|ing|ation|ations|er|ers)"), "iz"),
    (re.compile(r"ys(?=e|ed|es|ing)"), "yz"),
    (re.compile(r"ll(?=ed|ing|er|ers)"), "l"),
)


@cache
def _targets() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The lexicon's whole English words of four letters or more, and for each string one
    deletion away from one of them (or equal to it), the words it comes from."""
    # Whole words only: a wildcard term's stem ("geolocat*") is not a word to write back.
    targets = frozenset(w for w in ENGLISH_WHOLE_WORDS if len(w) >= 4 and w.isascii())
    index: dict[str, set[str]] = {}
    for word in targets:
        for key in (word, *_deletions(word)):
            index.setdefault(key, set()).add(word)
    return targets, {k: frozenset(v) for k, v in index.items()}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one edit (optimal string alignment)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def known(word: str) -> bool:
    """Whether ``word`` (lower case) is a word, not a typo (see the module docstring)."""
    listed, common = _word_lists()
    if word in listed:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and word[: -len(suffix)] in listed:
            return True
    if any(pattern.sub(american, word) in listed for pattern, american in _BRITISH):
        return True
    return any(word[:i] in common and word[i:] in common for i in range(3, len(word) - 2))


def _edit_rank(typo: str, word: str) -> int:
    if len(typo) != len(word):
        return 1
    return 0 if sorted(typo) == sorted(word) else 2


@lru_cache(maxsize=65536)
def spell_back(word: str) -> str | None:
    """The lexicon word a misspelled ``word`` (lower case) stands for, or None."""
    if len(word) < MIN_LETTERS or known(word):
        return None
    targets, index = _targets()
    near = set(index.get(word, ()))
    for deleted in _deletions(word):
        near |= index.get(deleted, frozenset())
        if deleted in targets:
            near.add(deleted)
    # A trailing "s" more or less is another form of a word, not a typo ("neighbour").
    near = {w for w in near if _one_edit(word, w) and word + "s" != w and w + "s" != word}
    if not near:
        return None
    pool = (near & RED_LINE_WORDS) or near
    best = min(_edit_rank(word, w) for w in pool)
    chosen = [w for w in pool if _edit_rank(word, w) == best]
    return chosen[0] if len(chosen) == 1 else None


def respelled(cleaned: str, normalised: str) -> str | None:
    """``normalised`` with its typos spelled back, or None when none was found.

    ``cleaned`` is the same text before case folding: words written with a capital in it are
    names or acronyms and are left alone, unless most of its letters are capitals."""
    # Most texts have no word outside the list: two set operations and done. Text in another
    # language has little else, so it is turned away before any word is looked up.
    unlisted = set(_WORD.findall(normalised)) - _word_lists()[0]
    if not unlisted or not language.reads_as_english(normalised, at_least=1):
        return None
    fixes = {w: f for w in unlisted if (f := spell_back(w)) is not None}
    if not fixes:
        return None
    upper = sum(c.isupper() for c in cleaned)
    if upper * 2 <= sum(c.isalpha() for c in cleaned):  # not shouted: capitals mark names
        for m in _CAPITALISED.finditer(cleaned):
            fixes.pop(m.group().lower(), None)
        if not fixes:
            return None
    return _WORD.sub(lambda m: fixes.get(m.group(), m.group()), normalised)
