"""Templated requests: a 64-bit SimHash of the text with what varies between people masked.

A decision pipeline sends one prompt template filled with a different person each time. To
see the template, the parts that name or describe the person are masked before hashing:
tokens with digits (ages, incomes, dates, identifiers) become ``#``, and capitalised words
(names, towns, and the template's own sentence openers, which are the same every time)
become ``N``. The masked-out tokens are the request's *fill*: the same fill twice is the
same person asked about again.

SimHash (Charikar 2002) over word 3-shingles maps near-identical texts to signatures a few
bits apart. ``bands`` cuts a signature into four 16-bit bands: two signatures at most three
bits apart share at least one band exactly (pigeonhole), which lets a backend fetch only
candidates. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

__all__ = ["BANDS", "Template", "bands", "hamming", "template_of"]

BANDS = 4
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w'@.+-]*\w)?|[{}\[\]:]")
_MAX_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Template:
    """The SimHash of a masked text and the masked-out fill."""

    simhash: int
    fill: str


def _masked(text: str) -> tuple[list[str], list[str]]:
    tokens: list[str] = []
    fill: list[str] = []
    for m in _TOKEN.finditer(text[:_MAX_CHARS]):
        word = m.group()
        if any(ch.isdigit() for ch in word):
            tokens.append("#")
            fill.append(word)
        elif word[0].isupper():
            tokens.append("N")
            fill.append(word)
        else:
            tokens.append(word.lower())
    return tokens, fill


def template_of(text: str) -> Template:
    """The template signature of ``text`` (its first 4,000 characters)."""
    tokens, fill = _masked(text)
    shingles = [" ".join(tokens[i : i + 3]) for i in range(max(1, len(tokens) - 2))]
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in shingles)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(shingles)
    simhash = int.from_bytes(np.packbits(votes > 0).tobytes(), "big")
    return Template(simhash, " ".join(fill))


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def bands(simhash: int) -> tuple[int, ...]:
    """The four 16-bit bands of a signature, most significant first."""
    return tuple((simhash >> (16 * (BANDS - 1 - i))) & 0xFFFF for i in range(BANDS))
