"""Loading a labelled JSONL dataset into rows ready to screen.

A row is a JSON object on one line with the text to screen in ``text`` (a string) or
``messages`` (an OpenAI chat ``messages`` list, optionally with ``tools``), and its true label
in ``label`` or ``our_label``. Either field takes a red line's long id
(``mass_domestic_surveillance``...), a short name of shared/data (``surveillance``,
``autonomous_weapons``, ``automated_decisions``) or ``benign``; when both are present they
must agree. Optional ``id``, ``split``, ``lang`` and ``style`` are kept for reporting; other
fields are ignored. Blank lines are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from redline.eval.errors import DatasetError
from redline.exchange import Context, Exchange, UnscreenableContent
from redline.openai_types import ChatRequest
from redline.redlines import RedLine

__all__ = ["EvalRow", "load_rows"]

# Enough to see the pattern of what is wrong without flooding the terminal.
MAX_PROBLEMS = 20

_LONG = ", ".join(r.value for r in RedLine)
_SHORT = "surveillance, autonomous_weapons, automated_decisions"


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One labelled row: where it is in the file, its true label and what to screen.

    ``label`` is None for benign rows. ``exchange`` is built exactly as the gateway builds
    one for the same chat request (or from the bare text, as ``redline check`` does).
    """

    line: int
    id: str | None
    label: RedLine | None
    exchange: Exchange
    split: str | None = None
    lang: str | None = None
    style: str | None = None


class _Bad(Exception):
    """One problem with one row (message without the ``path:line:`` prefix)."""


def load_rows(path: Path, *, split: str | None = None) -> tuple[EvalRow, ...]:
    """Every row of ``path`` (only those whose ``split`` equals ``split`` when it is given).

    Rows outside the requested split are skipped before the rest of the row is checked. With
    ``split`` given, every row must carry a ``split`` field. Guarantees at least one row.

    Raises DatasetError listing up to MAX_PROBLEMS problems, each as ``path:line: ...``: the
    file cannot be read; a line is not JSON or not an object; a row has neither or both of
    ``text`` and ``messages``, an empty text, invalid messages, content that cannot be
    screened (images...), a missing or unknown label, or labels that disagree; or no row is
    left.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError([f"{path}: cannot read: {exc}"]) from exc
    rows: list[EvalRow] = []
    problems: list[str] = []
    splits_seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = _object(line)
            row_split = _optional_str(raw, "split")
            if split is not None:
                if row_split is None:
                    raise _Bad(f"no `split` field (needed to keep only split {split!r})")
                splits_seen.add(row_split)
                if row_split != split:
                    continue
            rows.append(_row(raw, n, row_split))
        except _Bad as exc:
            problems.append(f"{path}:{n}: {exc}")
            if len(problems) == MAX_PROBLEMS:
                problems.append(f"{path}: stopped after {MAX_PROBLEMS} problems")
                break
    if problems:
        raise DatasetError(problems)
    if not rows:
        if split is None:
            raise DatasetError([f"{path}: no rows"])
        seen = ", ".join(sorted(splits_seen)) or "none"
        raise DatasetError([f"{path}: no rows in split {split!r} (splits in the file: {seen})"])
    return tuple(rows)


def _object(line: str) -> dict[str, Any]:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Bad(f"not JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(raw, dict):
        raise _Bad(f"a row must be a JSON object, got {type(raw).__name__}")
    return raw


def _row(raw: dict[str, Any], n: int, split: str | None) -> EvalRow:
    label = _label(raw)
    exchange = _exchange(raw)
    row_id = raw.get("id")
    if row_id is not None and not isinstance(row_id, str | int):
        raise _Bad(f"`id` must be a string or an integer, got {type(row_id).__name__}")
    return EvalRow(
        line=n,
        id=None if row_id is None else str(row_id),
        label=label,
        exchange=exchange,
        split=split,
        lang=_optional_str(raw, "lang"),
        style=_optional_str(raw, "style"),
    )


def _optional_str(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise _Bad(f"`{key}` must be a string, got {type(value).__name__}")
    return value


def _label(raw: dict[str, Any]) -> RedLine | None:
    given = [(key, raw[key]) for key in ("label", "our_label") if key in raw]
    if not given:
        raise _Bad(f"a row needs `label` ({_LONG} or benign) or `our_label` ({_SHORT} or benign)")
    parsed: list[RedLine | None] = []
    for key, value in given:
        if not isinstance(value, str):
            raise _Bad(f"`{key}` must be a string, got {type(value).__name__}")
        try:
            parsed.append(RedLine.from_label(value))
        except ValueError as exc:
            expected = _LONG if key == "label" else _SHORT
            raise _Bad(f"`{key}` {value!r} is not a label; expected {expected} or benign") from exc
    if len(parsed) == 2 and parsed[0] != parsed[1]:
        raise _Bad(f"`label` {raw['label']!r} and `our_label` {raw['our_label']!r} disagree")
    return parsed[0]


def _exchange(raw: dict[str, Any]) -> Exchange:
    has_text, has_messages = "text" in raw, "messages" in raw
    if has_text == has_messages:
        raise _Bad(
            "a row needs exactly one of `text` or `messages`" + (", not both" if has_text else "")
        )
    if has_text:
        text = raw["text"]
        if not isinstance(text, str) or not text.strip():
            raise _Bad("`text` must be a non-empty string")
        return Exchange.of_text(text)
    body: dict[str, Any] = {"model": "eval", "messages": raw["messages"]}
    if raw.get("tools") is not None:
        body["tools"] = raw["tools"]
    try:
        request = ChatRequest.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise _Bad(f"{where}: {first['msg']}") from exc
    try:
        return Exchange.of_chat(request, Context())
    except UnscreenableContent as exc:
        raise _Bad(f"{exc.param}: {exc}") from exc
