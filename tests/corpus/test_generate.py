"""corpus/generate.py: splits kept from one regeneration to the next (``splits.tsv``)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _generate() -> ModuleType:
    # The generator is a script beside its inputs, not part of the package; it imports its
    # siblings (fakes, frames, ...) by name.
    sys.path.insert(0, str(CORPUS))
    try:
        spec = importlib.util.spec_from_file_location("corpus_generate", CORPUS / "generate.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(CORPUS))


generate = _generate()


def _rows(groups: int, prefix: str) -> list[dict[str, object]]:
    labels = generate.LABELS
    return [
        {
            "id": f"{prefix}{g}-{i}",
            "text": f"row {g} {i}",
            "label": labels[g % len(labels)],
            "grey": False,
            "lang": "en",
            "style": "direct",
            "group": f"{prefix}:{g}",
        }
        for g in range(groups)
        for i in range(3)
    ]


def test_kept_groups_keep_their_split_and_new_ones_are_spread() -> None:
    old = _rows(40, "old")
    generate.assign_splits(old, seed=7, restarts=4)
    kept = {str(r["group"]): str(r["split"]) for r in old}
    rows = _rows(40, "old") + _rows(40, "new")
    generate.assign_splits(rows, seed=8, restarts=4, kept=kept)
    for row in rows:
        if str(row["group"]).startswith("old:"):
            assert row["split"] == kept[str(row["group"])]
    placed = Counter(str(r["split"]) for r in rows if str(r["group"]).startswith("new:"))
    assert set(placed) == {"train", "validation", "test"}
    assert placed["train"] > placed["validation"] and placed["train"] > placed["test"]


def test_new_groups_are_placed_against_the_kept_ones() -> None:
    # Kept groups all in test (far over its 15%): the new groups make up for it in the
    # other splits instead of following the usual 70/15/15 on their own.
    kept = {f"old:{g}": "test" for g in range(20)}
    rows = _rows(20, "old") + _rows(20, "new")
    generate.assign_splits(rows, seed=7, restarts=4, kept=kept)
    placed = Counter(str(r["split"]) for r in rows if str(r["group"]).startswith("new:"))
    assert placed["test"] == 0 and placed["train"] > 0


def test_groups_missing_from_the_corpus_are_ignored() -> None:
    rows = _rows(10, "g")
    generate.assign_splits(rows, seed=1, restarts=2, kept={"gone:1": "test"})
    assert all(r["split"] in {"train", "validation", "test"} for r in rows)


def test_splits_file_round_trips_and_rejects_bad_lines(tmp_path: Path) -> None:
    rows = _rows(12, "g")
    generate.assign_splits(rows, seed=3, restarts=2)
    path = tmp_path / "splits.tsv"
    generate.write_splits(path, rows)
    assert path.read_text(encoding="utf-8").startswith("#")
    assert generate.read_splits(path) == {str(r["group"]): r["split"] for r in rows}
    path.write_text("g:1\tholdout\n", encoding="utf-8")
    with pytest.raises(generate.CorpusError, match=r"splits\.tsv:1"):
        generate.read_splits(path)


def test_the_committed_corpus_matches_its_splits_file() -> None:
    import json

    kept = generate.read_splits(CORPUS / "splits.tsv")
    with (CORPUS / "redline_corpus.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            assert kept[row["group"]] == row["split"], row["id"]
