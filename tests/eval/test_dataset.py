"""Loading labelled JSONL rows: both label fields, chat rows, the split filter, bad rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from redline.eval import DatasetError, load_rows
from redline.eval.dataset import MAX_PROBLEMS
from redline.redlines import RedLine

GOOD = {"text": "Summarise this maintenance log.", "label": "benign"}


def write(tmp_path: Path, *rows: Any) -> Path:
    """A JSONL file: dicts are dumped, strings written as they are (for broken lines)."""
    path = tmp_path / "rows.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"label": "mass_domestic_surveillance"}, RedLine.MASS_DOMESTIC_SURVEILLANCE),
        ({"label": "autonomous_weapon_systems"}, RedLine.AUTONOMOUS_WEAPON_SYSTEMS),
        ({"label": "high_stakes_automated_decisions"}, RedLine.HIGH_STAKES_AUTOMATED_DECISIONS),
        ({"label": "benign"}, None),
        ({"our_label": "surveillance"}, RedLine.MASS_DOMESTIC_SURVEILLANCE),
        ({"our_label": "autonomous_weapons"}, RedLine.AUTONOMOUS_WEAPON_SYSTEMS),
        ({"our_label": "automated_decisions"}, RedLine.HIGH_STAKES_AUTOMATED_DECISIONS),
        ({"our_label": "benign"}, None),
        ({"label": "benign", "our_label": "benign"}, None),
        (
            {"label": "autonomous_weapon_systems", "our_label": "autonomous_weapons"},
            RedLine.AUTONOMOUS_WEAPON_SYSTEMS,
        ),
    ],
)
def test_label_fields(tmp_path: Path, fields: dict[str, str], expected: RedLine | None):
    (row,) = load_rows(write(tmp_path, {"text": "x", **fields}))
    assert row.label is expected


def test_text_and_messages_rows_keep_their_fields(tmp_path: Path):
    chat = {
        "id": "c-1",
        "messages": [
            {"role": "system", "content": "You are a scheduler."},
            {"role": "user", "content": "Rank the applicants."},
        ],
        "tools": [{"type": "function", "function": {"name": "deny_visa", "parameters": {}}}],
        "our_label": "automated_decisions",
        "lang": "en",
        "style": "multiturn",
        "split": "test",
        "extra": "ignored",
    }
    path = write(tmp_path, {"id": 7, "text": "hello", "label": "benign"}, "", "  ", chat)
    text_row, chat_row = load_rows(path)
    assert (text_row.line, text_row.id, text_row.exchange.text) == (1, "7", "hello")
    assert (text_row.lang, text_row.style, text_row.split) == (None, None, None)
    assert chat_row.line == 4  # blank lines are skipped but counted
    assert (chat_row.id, chat_row.lang, chat_row.style, chat_row.split) == (
        "c-1",
        "en",
        "multiturn",
        "test",
    )
    assert [s.role for s in chat_row.exchange.segments] == ["system", "user", "tool_schema"]
    assert "deny_visa" in chat_row.exchange.text


def test_split_filter(tmp_path: Path):
    path = write(
        tmp_path,
        {**GOOD, "split": "train", "id": "a"},
        {**GOOD, "split": "test", "id": "b"},
        # A bad row outside the split is skipped, not reported.
        {"split": "train", "text": "no label"},
        {**GOOD, "split": "test", "id": "c"},
    )
    assert [r.id for r in load_rows(path, split="test")] == ["b", "c"]
    with pytest.raises(DatasetError, match=r"rows.jsonl:3: a row needs `label`"):
        load_rows(path, split="train")  # ... but reported when in the split
    with pytest.raises(DatasetError, match="no rows in split 'validation'"):
        load_rows(path, split="validation")


def test_split_filter_reports_splits_seen(tmp_path: Path):
    path = write(tmp_path, {**GOOD, "split": "train"}, {**GOOD, "split": "test"})
    with pytest.raises(DatasetError) as info:
        load_rows(path, split="dev")
    assert str(info.value) == f"{path}: no rows in split 'dev' (splits in the file: test, train)"


def test_split_filter_needs_a_split_on_every_row(tmp_path: Path):
    path = write(tmp_path, {**GOOD, "split": "test"}, GOOD)
    with pytest.raises(DatasetError) as info:
        load_rows(path, split="test")
    assert str(info.value) == f"{path}:2: no `split` field (needed to keep only split 'test')"
    assert len(load_rows(path)) == 2  # without the filter the field is optional


IMAGE = [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON: Expecting property name enclosed in double quotes (column 2)"),
        ("[1, 2]", "a row must be a JSON object, got list"),
        ({"label": "benign"}, "a row needs exactly one of `text` or `messages`"),
        (
            {"text": "a", "messages": [{"role": "user", "content": "b"}], "label": "benign"},
            "a row needs exactly one of `text` or `messages`, not both",
        ),
        ({"text": "   ", "label": "benign"}, "`text` must be a non-empty string"),
        ({"text": 5, "label": "benign"}, "`text` must be a non-empty string"),
        ({"messages": [], "label": "benign"}, "messages: List should have at least 1 item"),
        ({"messages": [{"role": "robot", "content": "x"}], "label": "benign"}, "messages.0.role"),
        ({"messages": [{"role": "user", "content": IMAGE}], "label": "benign"}, "messages[0]"),
        ({"text": "x"}, "a row needs `label` (mass_domestic_surveillance"),
        ({"text": "x", "label": "weapons"}, "`label` 'weapons' is not a label; expected mass_"),
        (
            {"text": "x", "our_label": "spying"},
            "`our_label` 'spying' is not a label; expected surv",
        ),
        ({"text": "x", "label": 3}, "`label` must be a string, got int"),
        (
            {"text": "x", "label": "benign", "our_label": "surveillance"},
            "`label` 'benign' and `our_label` 'surveillance' disagree",
        ),
        ({"text": "x", "label": "benign", "lang": ["en"]}, "`lang` must be a string, got list"),
        ({"text": "x", "label": "benign", "id": {"a": 1}}, "`id` must be a string or an integer"),
    ],
)
def test_bad_row_is_reported_with_file_and_line(tmp_path: Path, line: Any, message: str):
    path = write(tmp_path, GOOD, "", line, GOOD)
    with pytest.raises(DatasetError) as info:
        load_rows(path)
    assert len(info.value.problems) == 1
    assert str(info.value).startswith(f"{path}:3: {message}")


def test_every_bad_row_is_reported_up_to_a_limit(tmp_path: Path):
    path = write(tmp_path, GOOD, "nope", GOOD, {"text": "x"})
    with pytest.raises(DatasetError) as info:
        load_rows(path)
    assert [p.split(": ")[0] for p in info.value.problems] == [f"{path}:2", f"{path}:4"]

    many = write(tmp_path, *(["nope"] * (MAX_PROBLEMS + 5)))
    with pytest.raises(DatasetError) as info:
        load_rows(many)
    assert len(info.value.problems) == MAX_PROBLEMS + 1
    assert info.value.problems[-1] == f"{many}: stopped after {MAX_PROBLEMS} problems"


def test_unreadable_or_empty_file(tmp_path: Path):
    with pytest.raises(DatasetError, match="cannot read"):
        load_rows(tmp_path / "missing.jsonl")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b'{"text": "\xff"}\n')
    with pytest.raises(DatasetError, match="cannot read"):
        load_rows(binary)
    with pytest.raises(DatasetError) as info:
        load_rows(write(tmp_path, "", "  "))
    assert str(info.value) == f"{tmp_path / 'rows.jsonl'}: no rows"
