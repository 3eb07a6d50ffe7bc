"""Charts as inline SVG, drawn server-side from numbers. Pure functions returning Markup.

Every piece of text placed in a chart (labels come from datasets) is XML-escaped; numbers
are formatted by the functions themselves. The SVG needs no script and no external asset.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

__all__ = ["PALETTE", "bar_chart", "heat_map", "histogram", "stacked_bars"]

PALETTE = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#9d755d")
_AXIS = "#888"
_CHAR_PX = 6.5  # about the width of one character at font-size 11
_FONT = 'font-family="system-ui, sans-serif"'


def _text(
    x: float, y: float, s: str, *, size: int = 11, anchor: str = "middle", extra: str = ""
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f"{extra}>{escape(s)}</text>"
    )


def _svg(width: float, height: float, title: str, body: Sequence[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{escape(title)}" '
        f"{_FONT}><title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _legend(names: Sequence[str], x: float, y: float) -> list[str]:
    out = []
    for i, name in enumerate(names):
        colour = PALETTE[i % len(PALETTE)]
        out.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{colour}"/>')
        out.append(_text(x + 14, y, name, anchor="start"))
        x += 24 + 7 * len(name)
    return out


def bar_chart(
    title: str,
    groups: Sequence[str],
    series: Sequence[str],
    values: Sequence[Sequence[float | None]],
    *,
    y_max: float = 1.0,
) -> Markup:
    """Vertical bars: one group per ``groups`` item, one bar per ``series`` item in it;
    ``values[g][s]`` in [0, y_max] (None draws "n/a"). Values are printed above bars."""
    bar_w, gap, top, plot_h = 26.0, 36.0, 44.0, 170.0
    group_w = bar_w * len(series) + gap
    label_px = _CHAR_PX * max((len(g) for g in groups), default=0)
    # Labels wider than their group are slanted; they then need room below and to the left.
    rotate = label_px > group_w - 8
    left = max(44.0, 0.87 * label_px - group_w / 2) if rotate else 44.0
    width = max(420.0, left + group_w * len(groups) + 20)
    height = top + plot_h + (0.5 * label_px + 30 if rotate else 40)
    body = _legend(series, left, 16)
    for k in range(5):
        y = top + plot_h - plot_h * k / 4
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        body.append(_text(left - 6, y + 4, f"{y_max * k / 4:g}", anchor="end", size=10))
    for g, group in enumerate(groups):
        x0 = left + gap / 2 + g * group_w
        for s, value in enumerate(values[g]):
            x = x0 + s * bar_w
            if value is None:
                body.append(_text(x + bar_w / 2, top + plot_h - 4, "n/a", size=8))
                continue
            h = plot_h * max(0.0, min(value, y_max)) / y_max
            colour = PALETTE[s % len(PALETTE)]
            body.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" '
                f'height="{h:.1f}" fill="{colour}"><title>{escape(group)} '
                f"{escape(series[s])}: {value:.3f}</title></rect>"
            )
            body.append(_text(x + bar_w / 2 - 1, top + plot_h - h - 3, f"{value:.2f}", size=8))
        cx, cy = x0 + (group_w - gap) / 2, top + plot_h + 14
        extra = f'transform="rotate(-30 {cx:.1f} {cy:.1f})"' if rotate else ""
        body.append(_text(cx, cy, group, anchor="end" if rotate else "middle", extra=extra))
    return _svg(width, height, title, body)


def heat_map(
    title: str,
    rows: Sequence[str],
    columns: Sequence[str],
    counts: Sequence[Sequence[int]],
    *,
    correct: Sequence[Sequence[bool]],
) -> Markup:
    """A count matrix: cell shade is the count's share of its row, green where
    ``correct[i][j]`` (the right answer) and red elsewhere; counts are printed."""
    cell_w, cell_h, left, top = 82.0, 34.0, 150.0, 110.0
    # Column labels lean right, past the last column.
    width, height = left + cell_w * len(columns) + 130, top + cell_h * len(rows) + 10
    body = []
    for j, column in enumerate(columns):
        cx, cy = left + cell_w * (j + 0.5), top - 8
        body.append(
            _text(
                cx, cy, column, anchor="start", extra=f'transform="rotate(-35 {cx:.1f} {cy:.1f})"'
            )
        )
    for i, row in enumerate(rows):
        y = top + cell_h * i
        body.append(_text(left - 8, y + cell_h / 2 + 4, row, anchor="end"))
        total = sum(counts[i]) or 1
        for j, n in enumerate(counts[i]):
            x = left + cell_w * j
            hue = "84,162,75" if correct[i][j] else "228,87,86"
            shade = 0.08 + 0.92 * n / total if n else 0.0
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell_w - 2:.1f}" '
                f'height="{cell_h - 2:.1f}" fill="rgba({hue},{shade:.3f})" stroke="#eee">'
                f"<title>{escape(row)} → {escape(columns[j])}: {n}</title></rect>"
            )
            if n:
                body.append(_text(x + cell_w / 2, y + cell_h / 2 + 4, str(n), size=12))
    return _svg(width, height, title, body)


def histogram(
    title: str, values: Sequence[float], *, markers: dict[str, float], unit: str = "ms"
) -> Markup:
    """Counts of ``values`` in 40 equal bins from 0 to the largest marker times 1.5 (values
    beyond go into the last bin, labelled "+"); ``markers`` (e.g. p50, p99) are drawn as
    dashed lines."""
    bins, left, top, plot_w, plot_h = 40, 50.0, 24.0, 560.0, 150.0
    upper = max([*markers.values(), 1e-9]) * 1.5
    counts = [0] * bins
    for v in values:
        counts[min(int(v / upper * bins), bins - 1)] += 1
    peak = max(counts) or 1
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        f'stroke="{_AXIS}"/>',
        _text(left - 6, top + 8, str(peak), anchor="end", size=10),
        _text(left - 6, top + plot_h, "0", anchor="end", size=10),
    ]
    bw = plot_w / bins
    for b, n in enumerate(counts):
        h = plot_h * n / peak
        body.append(
            f'<rect x="{left + b * bw:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 1:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{b * upper / bins:.2f}–'
            f"{(b + 1) * upper / bins:.2f} {unit}: {n}</title></rect>"
        )
    for k in range(5):
        label = f"{upper * k / 4:.1f}" + ("+" if k == 4 else "")
        body.append(_text(left + plot_w * k / 4, top + plot_h + 16, label, size=10))
    body.append(_text(left + plot_w / 2, top + plot_h + 34, unit, size=10))
    for i, (name, at) in enumerate(markers.items()):
        x = left + plot_w * at / upper
        colour = PALETTE[(i + 1) % len(PALETTE)]
        body.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" '
            f'stroke="{colour}" stroke-dasharray="4 3"/>'
        )
        body.append(
            _text(
                x + 3,
                top + 10 + 12 * i,
                f"{name} {at:.2f}",
                anchor="start",
                extra=f'fill="{colour}"',
            )
        )
    return _svg(left + plot_w + 20, top + plot_h + 44, title, body)


def stacked_bars(
    title: str, bars: Sequence[str], segments: Sequence[str], values: Sequence[Sequence[int]]
) -> Markup:
    """Horizontal bars, one per ``bars`` item, split into ``segments``; ``values[b][s]``
    are counts. Bar length is proportional to the bar's total; totals are printed."""
    left, top, bar_h, plot_w = 110.0, 34.0, 24.0, 460.0
    peak = max((sum(v) for v in values), default=0) or 1
    body = _legend(segments, left, 16)
    for b, bar in enumerate(bars):
        y = top + b * (bar_h + 8)
        body.append(_text(left - 8, y + bar_h / 2 + 4, bar, anchor="end"))
        x = left
        for s, n in enumerate(values[b]):
            w = plot_w * n / peak
            if w:
                body.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bar_h}" '
                    f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(bar)} '
                    f"{escape(segments[s])}: {n}</title></rect>"
                )
            x += w
        body.append(_text(x + 6, y + bar_h / 2 + 4, str(sum(values[b])), anchor="start"))
    return _svg(left + plot_w + 60, top + len(bars) * (bar_h + 8) + 10, title, body)
