"""The transparency report as one self-contained HTML page (inline CSS and SVG, no script)
or as JSON. Every number comes from ``ReportFacts`` and ``LogCheck``; every string that came
from the log (tenant ids, reasons, versions) is escaped by the template or by ``svg``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from redline import __version__
from redline.eval import svg
from redline.redlines import RedLine
from redline.report.build import LogCheck
from redline.report.facts import ENDING_ACTIONS, ReportFacts

__all__ = ["SCHEMA_VERSION", "render_html", "report_json"]

SCHEMA_VERSION = 1

_env = Environment(
    loader=PackageLoader("redline.report", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def report_json(facts: ReportFacts, check: LogCheck) -> dict[str, Any]:
    """The document ``redline report --json`` prints (schema in the README)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": f"redline {__version__}",
        "log": check.to_json(),
        **facts.to_json(),
    }


def render_html(facts: ReportFacts, check: LogCheck) -> str:
    data = report_json(facts, check)
    return _env.get_template("transparency.html.j2").render(
        r=data, charts=_charts(data), red_lines=[r.value for r in RedLine]
    )


def _charts(data: dict[str, Any]) -> dict[str, Markup]:
    decisions = data["decisions"]
    charts: dict[str, Markup] = {}
    lines = decisions["red_lines"]
    charts["red_lines"] = svg.stacked_bars(
        "Holds and blocks per red line",
        [name.replace("_", " ") for name in lines],
        ["hold", "block"],
        [[counts["hold"], counts["block"]] for counts in lines.values()],
    )
    if decisions["by_layer"]:
        layers = decisions["by_layer"]
        charts["layers"] = svg.stacked_bars(
            "Holds and blocks per deciding layer",
            list(layers),
            ["hold", "block"],
            [[v["hold"], v["block"]] for v in layers.values()],
        )
    if decisions["by_day"]:
        days = decisions["by_day"][-62:]
        charts["days"] = svg.stacked_bars(
            "Decisions per day (UTC)",
            [d["day"] for d in days],
            ["allow", "hold", "block"],
            [[d["allow"], d["hold"], d["block"]] for d in days],
        )
    outcomes = data["reviews"]["outcomes"]
    if any(outcomes.values()) or data["reviews"]["pending"]:
        charts["reviews"] = svg.stacked_bars(
            "Review outcomes",
            ["reviews"],
            [*ENDING_ACTIONS, "pending"],
            [[*(outcomes[a] for a in ENDING_ACTIONS), data["reviews"]["pending"]]],
        )
    return charts
