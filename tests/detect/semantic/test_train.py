"""``run_train``: deterministic (two runs give the same bytes), held-out sources unused.

The committed head is rebuilt with the full corpus (several minutes on two cores):

    redline train --corpus corpus/redline_corpus.jsonl --out src/redline/detect/semantic/head.json
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from redline.detect.semantic.head import Head, default_head_path
from redline.detect.semantic.multilingual import default_multilingual_head_path
from redline.detect.semantic.train import multilingual_head_path_for, run_train

CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "redline_corpus.jsonl"
PER_CLASS = 6


def subset(path: Path, *, with_shared: bool) -> Path:
    """A few rows of each label in train and validation, in English and in another language
    (the multilingual reader's head is calibrated on those), plus imported rows if asked."""
    if not CORPUS.exists():
        pytest.skip("corpus/redline_corpus.jsonl is not present")
    taken: Counter[tuple[str, str]] = Counter()
    lines = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        own = row["source"].startswith(("hand-written", "generated"))
        if not own:
            if with_shared and taken["shared", row["split"]] < 4:
                taken["shared", row["split"]] += 1
                lines.append(line)
            continue
        key = (row["label"], row["split"], row["lang"] == "en")
        if row["split"] != "test" and taken[key] < PER_CLASS and len(line) < 1500:
            taken[key] += 1
            lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    corpus = subset(tmp_path / "small.jsonl", with_shared=False)
    first = run_train(corpus, tmp_path / "a.json", cache_dir=tmp_path / "cache-a")
    # (into a folder that does not exist yet: it is made)
    second = run_train(corpus, tmp_path / "new" / "b.json", cache_dir=tmp_path / "cache-b")
    third = run_train(corpus, tmp_path / "c.json", cache_dir=tmp_path / "cache-a")
    assert first.embedded == second.embedded == first.windows and third.embedded == 0
    data = (tmp_path / "a.json").read_bytes()
    assert data == (tmp_path / "new/b.json").read_bytes() == (tmp_path / "c.json").read_bytes()
    assert first.sha256 == second.sha256
    assert first.train_rows == 8 * PER_CLASS and first.validation_rows == 8 * PER_CLASS
    head = Head.load(tmp_path / "a.json")
    assert head.classes[0] == "benign"
    # the multilingual reader's head, beside it, is as reproducible
    multilingual = (tmp_path / "a_multilingual.json").read_bytes()
    assert multilingual == (tmp_path / "new/b_multilingual.json").read_bytes()
    assert multilingual == (tmp_path / "c_multilingual.json").read_bytes()
    assert first.multilingual["sha256"] == second.multilingual["sha256"]
    assert first.multilingual["embedded"] == first.multilingual["windows"] > 0
    assert third.multilingual["embedded"] == 0
    ml_head = Head.load(tmp_path / "a_multilingual.json")
    assert ml_head.n_features == 512 and ml_head.concepts == ()


def test_rows_from_shared_data_are_neither_trained_nor_calibrated_on(tmp_path: Path) -> None:
    plain = subset(tmp_path / "plain.jsonl", with_shared=False)
    mixed = subset(tmp_path / "mixed.jsonl", with_shared=True)
    cache = tmp_path / "cache"
    a = run_train(plain, tmp_path / "a.json", cache_dir=cache)
    b = run_train(mixed, tmp_path / "b.json", cache_dir=cache)
    assert b.held_out_rows == 12 and a.held_out_rows == 0  # 4 from each split
    assert (a.train_rows, a.validation_rows) == (b.train_rows, b.validation_rows)
    head_a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    head_b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    del head_a["meta"]["corpus_sha256"], head_b["meta"]["corpus_sha256"]
    assert head_a == head_b
    ml_a = json.loads((tmp_path / "a_multilingual.json").read_text(encoding="utf-8"))
    ml_b = json.loads((tmp_path / "b_multilingual.json").read_text(encoding="utf-8"))
    del ml_a["meta"]["corpus_sha256"], ml_b["meta"]["corpus_sha256"]
    assert ml_a == ml_b


def test_a_row_too_short_to_read_is_skipped(tmp_path: Path) -> None:
    plain = subset(tmp_path / "plain.jsonl", with_shared=False)
    short = tmp_path / "short.jsonl"
    row = {
        "id": "short-1",
        "text": "Hi.",
        "label": "benign",
        "grey": False,
        "lang": "en",
        "style": "direct",
        "group": "short-1",
        "split": "train",
        "source": "hand-written by the Redline team",
    }
    checked = {**row, "id": "short-2", "group": "short-2", "split": "validation"}
    short.write_text(
        plain.read_text(encoding="utf-8") + json.dumps(row) + "\n" + json.dumps(checked) + "\n",
        encoding="utf-8",
    )
    # it has no window to learn from (``layer.MIN_TOKENS``); it once divided by zero, and in
    # the validation split it once stopped calibration (no window to score: it scores 0)
    result = run_train(short, tmp_path / "b.json", cache_dir=tmp_path / "cache")
    assert result.train_rows == 8 * PER_CLASS + 1
    assert Head.load(tmp_path / "b.json").classes[0] == "benign"


def test_the_multilingual_head_goes_beside_the_head() -> None:
    assert multilingual_head_path_for(default_head_path()) == default_multilingual_head_path()
    assert multilingual_head_path_for(Path("/x/h.json")) == Path("/x/h_multilingual.json")
