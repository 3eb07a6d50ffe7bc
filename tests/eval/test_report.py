"""The HTML report: written, well-formed, self-contained, with its charts, and escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from eval.cases import scenario_result
from redline.eval import ReportError, render_report, write_report
from redline.eval.svg import bar_chart, heat_map, histogram, stacked_bars

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
VOID = {"meta", "br", "img", "hr", "input", "link", "col", "wbr"}


class Structure(HTMLParser):
    """Checks that tags nest and close; records every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Structure:
    parser = Structure()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def test_report_is_written_well_formed_and_self_contained(tmp_path: Path):
    out = tmp_path / "report.html"
    write_report(scenario_result(), out)
    page = out.read_text(encoding="utf-8")
    structure = parse(page)
    assert structure.tags[0] == "html"
    assert "script" not in structure.tags
    assert not re.search(r"<link|\bsrc=|url\(|@import", page)
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    # P/R/F1, confusion, layers, latency, by lang, by style
    assert len(svgs) == 6
    for svg in svgs:
        ET.fromstring(svg)  # each chart is well-formed XML
    assert [u for u in re.findall(r"https?://[^\s\"'<>]+", page)] == [
        "http://www.w3.org/2000/svg"
    ] * 6
    text = " ".join(structure.text)
    for heading in ("Per red line", "Confusion matrix", "Which layer decided", "Latency"):
        assert heading in text
    assert "Misclassified rows (5)" in text
    assert "2 rows failed screening" in text


def test_row_text_and_dataset_values_are_escaped():
    page = render_report(scenario_result(text=HOSTILE, lang="<b>xx</b>"))
    structure = parse(page)
    assert "script" not in structure.tags
    assert "img" not in structure.tags
    assert "<b>xx</b>" in " ".join(structure.text)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert HOSTILE in " ".join(structure.text)  # shown to the reader as it was written
    assert "<b>xx</b>" not in page
    for svg in re.findall(r"<svg.*?</svg>", page, re.S):
        ET.fromstring(svg)


def test_long_text_is_cut():
    page = render_report(scenario_result(text="word " * 500))
    assert "word word…" in page
    assert "word " * 100 not in page


def test_unwritable_report_path(tmp_path: Path):
    with pytest.raises(ReportError, match="cannot write the report"):
        write_report(scenario_result(), tmp_path)  # a directory


@pytest.mark.parametrize(
    "chart",
    [
        bar_chart("t<", ["a<b", "c"], ["s&"], [[0.5], [None]]),
        bar_chart("t", [f"group-{i}-long-label" for i in range(12)], ["r", "f"], [[1.0, 0.0]] * 12),
        heat_map("t", ["r<"], ["c>", "d"], [[0, 3]], correct=[[True, False]]),
        histogram("t", [], markers={"p50": 0.0}),
        histogram("t", [1.0, 2.0, 50.0], markers={"p50": 2.0, "p99": 49.0}),
        stacked_bars("t", ["l<"], ["a", "b"], [[0, 0]]),
    ],
)
def test_charts_are_well_formed_svg_even_at_the_edges(chart: str):
    root = ET.fromstring(chart)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
