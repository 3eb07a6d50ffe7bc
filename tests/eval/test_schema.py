"""The --json output matches SCHEMA.md field for field: every documented field is present with
its documented type, and every field present is documented."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import redline.eval
from eval.cases import scenario_result
from redline.eval import SCHEMA_VERSION

SCHEMA = Path(redline.eval.__file__).with_name("SCHEMA.md")
_ROW = re.compile(r"^\| `([^`]+)` \| ([a-z ]+) \| .+ \|$")
_TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


def documented_fields() -> dict[str, tuple[str, ...]]:
    """Field path -> allowed type names, from the table in SCHEMA.md."""
    fields = {}
    for line in SCHEMA.read_text(encoding="utf-8").splitlines():
        if m := _ROW.match(line):
            fields[m.group(1)] = tuple(t.strip() for t in m.group(2).split(" or "))
    return fields


def _has_type(value: Any, names: tuple[str, ...]) -> bool:
    if value is None:
        return "null" in names
    if isinstance(value, bool):
        return "boolean" in names
    return any(isinstance(value, _TYPES[n]) for n in names if n != "null")


def conform(document: dict[str, Any], fields: dict[str, tuple[str, ...]]) -> set[str]:
    """Check ``document`` against ``fields``; return the documented paths it exercised."""
    seen: set[str] = set()

    def walk(value: Any, path: str) -> None:
        assert path in fields, f"field {path!r} is not documented in SCHEMA.md"
        assert _has_type(value, fields[path]), f"{path} = {value!r} is not {fields[path]}"
        seen.add(path)
        if isinstance(value, dict):
            for key, item in value.items():
                child = f"{path}.{key}" if path else key
                if child not in fields:
                    wildcards = [
                        f for f in fields if re.fullmatch(re.escape(path) + r"\.<[a-z_]+>", f)
                    ]
                    assert wildcards, f"field {child!r} is not documented in SCHEMA.md"
                    child = wildcards[0]
                walk(item, child)
        elif isinstance(value, list):
            for item in value:
                walk(item, f"{path}[]")

    for key, value in document.items():
        walk(value, key)
    return seen


def test_schema_documents_every_field_with_its_type():
    fields = documented_fields()
    assert len(fields) > 80
    # The scenario exercises every field: all actions, failures, langs, styles, misses.
    document = json.loads(json.dumps(scenario_result().to_json(), allow_nan=False))
    assert conform(document, fields) == set(fields)
    assert set(document) == {f for f in fields if "." not in f and "[" not in f}


def test_schema_version_is_documented():
    heading = SCHEMA.read_text(encoding="utf-8").splitlines()[0]
    assert f"(schema version {SCHEMA_VERSION})" in heading
    assert scenario_result().to_json()["schema_version"] == SCHEMA_VERSION


def test_readme_carries_the_schema_verbatim():
    readme = Path(__file__).resolve().parents[2] / "README.md"
    body = SCHEMA.read_text(encoding="utf-8").split("\n", 1)[1].strip()
    assert body in readme.read_text(encoding="utf-8")
