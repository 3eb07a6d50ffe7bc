"""Reading labelled rows; which rows count as the team's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.detect.semantic.corpus import Row, read_rows
from redline.redlines import RedLine

ROOT = Path(__file__).resolve().parents[3]
SHARED_DATA = ROOT.parent / "shared" / "data"


def test_text_messages_and_short_labels() -> None:
    a = Row.of_json({"text": "hi", "our_label": "surveillance", "source": "XSTest v2 (...)"})
    assert a.red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE and not a.is_own
    b = Row.of_json(
        {
            "id": "x",
            "messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}],
            "label": "benign",
            "source": "hand-written by the Redline team",
            "lang": "fr",
        }
    )
    assert b.red_line is None and b.is_own and b.lang == "fr"
    assert [s.text for s in b.exchange().segments] == ["a", "b"]


def test_bad_rows_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "label": "benign"}\n{"text": "x", "label": "nope"}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        list(read_rows(path))


def test_no_own_corpus_row_is_a_shared_data_prompt() -> None:
    corpus = ROOT / "corpus" / "redline_corpus.jsonl"
    if not corpus.exists() or not SHARED_DATA.exists():
        pytest.skip("corpus or shared/data not present")
    shared = {
        json.loads(line)["text"]
        for path in SHARED_DATA.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    own = [r for r in read_rows(corpus) if r.is_own]
    assert own
    assert not [r.id for r in own if r.segments[-1][1] in shared]
