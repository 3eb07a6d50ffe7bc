"""The transparency report: what the gateway decided, counted from the verified audit log."""

from redline.report.build import LocalSource, LogCheck, RemoteSource, build_report
from redline.report.facts import ReportFacts, Tally
from redline.report.render import render_html, report_json

__all__ = [
    "LocalSource",
    "LogCheck",
    "RemoteSource",
    "ReportFacts",
    "Tally",
    "build_report",
    "render_html",
    "report_json",
]
