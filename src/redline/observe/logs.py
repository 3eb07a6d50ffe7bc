"""Structured logs: one JSON object per line, with decision ids and never prompt text.

``JsonFormatter`` writes ``{"ts", "level", "logger", "msg", ...fields}``. Only fields named
in ``FIELDS`` are copied from a record's ``extra``: what the gateway logs about a request is
ids, labels, numbers and route templates, never a prompt, an answer, a header value or a
request body. An exception is written as its type and stack (file, line, function), without
its message, because messages of validation and decoding errors quote their input.

Two loggers carry the request path, both at INFO:

- ``redline.access``: one line per HTTP request (``method``, ``endpoint`` (the route
  template, never the raw path), ``status``, ``duration_ms``, ``decision_id``).
- ``redline.decision``: one line per recorded decision (``decision_id``, ``parent_id``,
  ``stage``, ``action``, ``red_line``, ``screening_failed``, ``layer``, ``log_index``,
  ``tenant_id``, ``key_id``, ``endpoint``, ``policy_version``).

``logging_config(level, fmt)`` is the ``logging.config.dictConfig`` document that
``redline serve`` hands to uvicorn, so uvicorn's own lines come out in the same format.
"""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from typing import Any

import orjson

__all__ = ["FIELDS", "JsonFormatter", "logging_config"]

FIELDS = frozenset(
    {
        "action",
        "decision_id",
        "duration_ms",
        "endpoint",
        "key_id",
        "layer",
        "log_index",
        "method",
        "parent_id",
        "policy_version",
        "red_line",
        "response_decision_id",
        "screening_failed",
        "stage",
        "status",
        "tenant_id",
        "trace_id",
    }
)


class JsonFormatter(logging.Formatter):
    """Formats a record as one line of JSON (see the module docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        values = record.__dict__
        for name in FIELDS.intersection(values):
            out[name] = values[name]
        if record.exc_info and record.exc_info[0] is not None:
            kind, _, tb = record.exc_info
            out["error"] = {
                "type": kind.__qualname__,
                "stack": [
                    f"{frame.filename}:{frame.lineno} in {frame.name}"
                    for frame in traceback.extract_tb(tb)
                ],
            }
        return orjson.dumps(out, default=str).decode()


def logging_config(level: str, fmt: str) -> dict[str, Any]:
    """A dictConfig document: every logger (root, uvicorn's, redline's) to stderr, as JSON
    lines (``fmt="json"``) or as plain text (``fmt="text"``), at ``level``."""
    formatter: dict[str, Any]
    if fmt == "json":
        formatter = {"()": f"{__name__}.JsonFormatter"}
    else:
        formatter = {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    upper = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": upper},
        "loggers": {
            # uvicorn's own handlers would print a second, unstructured copy.
            "uvicorn": {"handlers": [], "level": upper, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": upper, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": True},
        },
    }
