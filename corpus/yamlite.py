"""A loader for the small subset of YAML that corpus/blocks/*.yaml is written in.

The generator must run on the standard library alone, so it cannot import PyYAML. The subset:
block mappings and block sequences (indentation of two spaces or more), ``- key: value`` items,
``|`` and ``|-`` literal block scalars, and scalars that are double-quoted (JSON escapes),
single-quoted (``''`` for a quote), or plain (strings, integers, ``true``/``false``, ``null``).
Flow collections, anchors, tags, multi-line plain scalars and inline comments are not part of
it and raise ``YamliteError`` instead of being misread; full-line ``#`` comments are allowed.
Every file in the subset is also valid YAML that PyYAML reads to the same value.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

__all__ = ["YamliteError", "load", "load_file"]

_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_.-]*):(?: (.*))?$")
_INT = re.compile(r"^-?(?:0|[1-9][0-9]*)$")


class YamliteError(ValueError):
    """The text is outside the supported subset, or malformed."""


def _indent(line: str) -> int:
    if "\t" in line[: len(line) - len(line.lstrip())]:
        raise YamliteError("tab in indentation")
    return len(line) - len(line.lstrip(" "))


def _scalar(text: str, lineno: int) -> Any:
    text = text.strip()
    if text.startswith('"'):
        if not text.endswith('"') or len(text) < 2:
            raise YamliteError(f"line {lineno}: unterminated double-quoted scalar")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise YamliteError(f"line {lineno}: bad double-quoted scalar: {exc}") from exc
    if text.startswith("'"):
        if not text.endswith("'") or len(text) < 2:
            raise YamliteError(f"line {lineno}: unterminated single-quoted scalar")
        inner = text[1:-1]
        if re.search(r"(?<!')'(?!')", inner.replace("''", "")):
            raise YamliteError(f"line {lineno}: lone quote inside single-quoted scalar")
        return inner.replace("''", "'")
    if text[:1] in "[]{}&*!|>%@`" or text.startswith(("- ", "? ")) or " #" in text:
        raise YamliteError(f"line {lineno}: plain scalar outside the subset: {text!r}")
    if "\\" in text:
        raise YamliteError(f"line {lineno}: backslash in a plain scalar; double-quote it")
    if ": " in text or text.endswith(":"):
        raise YamliteError(f"line {lineno}: quote a plain scalar that contains ': '")
    if text in ("true", "false"):
        return text == "true"
    if text in ("null", "~", ""):
        return None
    if _INT.match(text):
        return int(text)
    return text


class _Parser:
    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.i = 0

    def _next(self) -> int | None:
        j = self.i
        while j < len(self.lines):
            s = self.lines[j].strip()
            if s and not s.startswith("#"):
                return j
            j += 1
        return None

    def parse(self) -> Any:
        j = self._next()
        if j is None:
            return None
        value = self._block(_indent(self.lines[j]))
        if self._next() is not None:
            raise YamliteError(f"line {self._next() + 1}: unexpected dedent")  # type: ignore[operator]
        return value

    def _block(self, indent: int) -> Any:
        j = self._next()
        assert j is not None
        content = self.lines[j].strip()
        if content == "-" or content.startswith("- "):
            return self._sequence(indent)
        return self._mapping(indent)

    def _sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while True:
            j = self._next()
            if j is None or _indent(self.lines[j]) != indent:
                break
            content = self.lines[j].strip()
            if not (content == "-" or content.startswith("- ")):
                break
            rest = content[2:] if content != "-" else ""
            if not rest.strip():
                self.i = j + 1
                k = self._next()
                if k is None or _indent(self.lines[k]) <= indent:
                    items.append(None)
                else:
                    items.append(self._block(_indent(self.lines[k])))
            elif rest.strip() in ("|", "|-"):
                self.i = j + 1
                items.append(self._literal(indent, keep=rest.strip() == "|"))
            elif _KEY.match(rest) and not rest.startswith(('"', "'")):
                # "- key: value": the item is a mapping whose first key sits at indent + 2.
                self.lines[j] = " " * (indent + 2) + rest
                self.i = j
                items.append(self._mapping(indent + 2))
            else:
                self.i = j + 1
                items.append(_scalar(rest, j + 1))
        return items

    def _mapping(self, indent: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while True:
            j = self._next()
            if j is None or _indent(self.lines[j]) != indent:
                if j is not None and _indent(self.lines[j]) > indent:
                    raise YamliteError(f"line {j + 1}: unexpected indent")
                break
            content = self.lines[j].strip()
            m = _KEY.match(content)
            if not m:
                if content.startswith("- "):
                    break
                raise YamliteError(f"line {j + 1}: expected 'key: value', got {content!r}")
            key, rest = m.group(1), (m.group(2) or "").strip()
            if key in out:
                raise YamliteError(f"line {j + 1}: duplicate key {key!r}")
            self.i = j + 1
            if rest in ("|", "|-"):
                out[key] = self._literal(indent, keep=rest == "|")
            elif rest:
                out[key] = _scalar(rest, j + 1)
            else:
                k = self._next()
                if k is None:
                    out[key] = None
                    continue
                sub = _indent(self.lines[k])
                nested = self.lines[k].strip()
                if sub > indent or (sub == indent and (nested == "-" or nested.startswith("- "))):
                    out[key] = self._block(sub)
                else:
                    out[key] = None
        return out

    def _literal(self, indent: int, *, keep: bool) -> str:
        body: list[str] = []
        block_indent: int | None = None
        j = self.i
        while j < len(self.lines):
            line = self.lines[j]
            if line.strip():
                ind = _indent(line)
                if ind <= indent:
                    break
                if block_indent is None:
                    block_indent = ind
                if ind < block_indent:
                    raise YamliteError(f"line {j + 1}: literal block line dedented")
                body.append(line[block_indent:])
            else:
                body.append("")
            j += 1
        while body and body[-1] == "":
            body.pop()
        self.i = j
        text = "\n".join(body)
        return text + "\n" if keep and text else text


def load(text: str) -> Any:
    """Parse ``text`` (the subset described in the module docstring) into Python values."""
    return _Parser(text).parse()


def load_file(path: Path) -> Any:
    """Parse a UTF-8 file; errors name the file."""
    try:
        return load(path.read_text(encoding="utf-8"))
    except YamliteError as exc:
        raise YamliteError(f"{path}: {exc}") from exc
