"""The evaluation report as one self-contained HTML page: figures, bars, confusion, errors.

A report is a title and a sequence of ``ReportSection`` values, one per scored corpus; the
``*_section`` builders turn the scores of ``evaluate`` into sections, and ``html_report``
renders them. The page carries its own CSS and SVG, runs no script and names no external
resource (its Content-Security-Policy forbids loading any), so it opens offline and can be
mailed or archived as a single file.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from wirewatch.errors import InputError
from wirewatch.evaluate.geoparsing import EARTH_RADIUS_KM, GeoError, GeoScores
from wirewatch.evaluate.gold_events import FIELDS, MISSED, EventScores
from wirewatch.evaluate.timex import TimexError, TimexScores

__all__ = [
    "Bar",
    "BarChart",
    "Context",
    "ErrorTable",
    "Figure",
    "Matrix",
    "ReportSection",
    "event_section",
    "geo_section",
    "html_report",
    "timex_section",
    "write_html_report",
]


@dataclass(frozen=True, slots=True)
class Figure:
    """A headline figure: its name, its value as shown, and what it is made of."""

    label: str
    value: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart: ``right`` out of ``total``."""

    label: str
    right: int
    total: int

    @property
    def ratio(self) -> float:
        """right / total, 0.0 when the total is 0."""
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class BarChart:
    """Rates drawn as horizontal bars, longer is better."""

    title: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True, slots=True)
class Matrix:
    """Counts of (gold, output) pairs; ``columns`` ends with the column of misses if any."""

    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: dict[tuple[str, str], int]
    miss_column: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """A stretch of text around an expression, the expression shown marked."""

    before: str
    expression: str
    after: str

    @classmethod
    def from_line(cls, line: str, expression: str) -> Context:
        """Split a report context line (``...before[expression]after...``) at the
        expression; a line without it is all ``before``."""
        needle = f"[{' '.join(expression.split())}]"
        at = line.find(needle)
        if at < 0:
            return cls(line, "", "")
        return cls(line[:at], line[at : at + len(needle)], line[at + len(needle) :])


@dataclass(frozen=True, slots=True)
class ErrorTable:
    """Errors to read, one per row (``Context`` cells are shown with their expression
    marked); ``rows`` holds the first of ``total``."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str | Context, ...], ...]
    total: int


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One scored corpus: a summary line, headline figures, charts, a matrix and errors."""

    title: str
    summary: str
    figures: tuple[Figure, ...]
    charts: tuple[BarChart, ...] = ()
    matrix: Matrix | None = None
    errors: ErrorTable | None = None


# ---------------------------------------------------------------- sections from scores


def event_section(scores: EventScores, max_errors: int = 20) -> ReportSection:
    """Event recall and precision against the gold YAML, field accuracy, confusion of types."""
    fields = tuple(
        Bar(name, scores.right[name], scores.total[name]) for name in FIELDS if scores.total[name]
    )
    rows = sorted(
        {gold for gold, _ in scores.confusion},
        key=lambda gold: (-sum(n for (g, _), n in scores.confusion.items() if g == gold), gold),
    )
    outputs: dict[str, None] = {}  # ordered like the rows they match, so agreement is diagonal
    for gold in rows:
        outputs.update(
            dict.fromkeys(sorted(out for g, out in scores.confusion if g == gold and out != MISSED))
        )
    missed = [MISSED] if any(out == MISSED for _, out in scores.confusion) else []
    matrix = (
        Matrix(
            "Types of required gold events (rows) and of the output events matched to them",
            tuple(rows),
            (*outputs, *missed),
            dict(scores.confusion),
            MISSED if missed else None,
        )
        if scores.confusion
        else None
    )
    return ReportSection(
        title="Events (gold YAML)",
        summary=f"{scores.required} required gold events, {scores.matched_required} found; "
        f"{scores.output_reported} reported events output, {scores.output_matched} in the gold",
        figures=(
            Figure(
                "recall", _rate(scores.recall), f"{scores.matched_required} / {scores.required}"
            ),
            Figure(
                "precision",
                _rate(scores.precision),
                f"{scores.output_matched} / {scores.output_reported}",
            ),
            Figure("must_not violations", str(scores.must_not_violations), "lower is better"),
            Figure("errors", str(len(scores.errors))),
        ),
        charts=(BarChart("Accuracy by field (matched required events)", fields),),
        matrix=matrix,
        errors=ErrorTable(
            "Errors",
            ("article", "gold event", "problem"),
            tuple(_event_error_row(error) for error in scores.errors[: max(max_errors, 0)]),
            len(scores.errors),
        ),
    )


def timex_section(scores: TimexScores, max_errors: int = 20) -> ReportSection:
    """Time-expression detection (strict, lenient) and normalisation, by gold type."""
    kinds = Counter(error.kind for error in scores.errors)
    groups: dict[tuple[str, str], list[TimexError]] = {}
    for error in scores.errors:
        groups.setdefault((error.kind, " ".join(error.text.lower().split())), []).append(error)
    ranked = sorted(groups.values(), key=lambda group: -len(group))[: max(max_errors, 0)]
    return ReportSection(
        title="Time expressions (TimeML)",
        summary=f"{scores.documents} documents, {scores.gold} gold expressions, "
        f"{scores.predicted} predicted",
        figures=(
            Figure("strict F1", _rate(scores.strict_f1), f"{scores.strict_tp} exact extents"),
            Figure("lenient F1", _rate(scores.lenient_f1), f"{scores.lenient_tp} overlaps"),
            Figure(
                "value accuracy",
                _rate(scores.value_accuracy),
                f"{scores.value_correct} / {scores.lenient_tp} matches",
            ),
            Figure(
                "value over gold",
                _rate(scores.value_accuracy_over_gold),
                f"{scores.value_correct} / {scores.gold} gold",
            ),
        ),
        charts=(
            BarChart(
                "Detection and normalisation",
                (
                    Bar("strict precision", scores.strict_tp, scores.predicted),
                    Bar("strict recall", scores.strict_tp, scores.gold),
                    Bar("lenient precision", scores.lenient_tp, scores.predicted),
                    Bar("lenient recall", scores.lenient_tp, scores.gold),
                    Bar("value, of matches", scores.value_correct, scores.lenient_tp),
                    Bar("value, of gold", scores.value_correct, scores.gold),
                ),
            ),
            BarChart(
                "Correct value by gold type (of gold)",
                tuple(Bar(kind, right, total) for kind, (right, total) in scores.by_type.items()),
            ),
        ),
        errors=ErrorTable(
            f"Commonest errors ({kinds['missed']} missed, {kinds['spurious']} spurious, "
            f"{kinds['wrong_value']} wrong value; grouped by kind and expression)",
            ("count", "kind", "expression", "gold", "predicted", "document", "context"),
            tuple(
                (
                    f"{len(group)}×",
                    group[0].kind.replace("_", " "),
                    group[0].text,
                    group[0].gold_value or "-",
                    group[0].predicted_value or "-",
                    group[0].doc_id,
                    Context.from_line(group[0].context, group[0].text),
                )
                for group in ranked
            ),
            len(groups),
        ),
    )


def geo_section(scores: GeoScores, name: str, max_errors: int = 20) -> ReportSection:
    """Toponym resolution on the gold corpus ``name``: rates, distances, by gold kind."""
    groups: dict[str, list[GeoError]] = {}
    for error in scores.errors:  # worst first, so group[0] is each group's worst
        groups.setdefault(" ".join(error.toponym.text.lower().split()), []).append(error)
    ranked = sorted(groups.values(), key=lambda group: -len(group))[: max(max_errors, 0)]
    unresolved = sum(error.distance_km is None for error in scores.errors)
    charts = [
        BarChart(
            "Resolution",
            (
                Bar("resolved", scores.resolved, scores.toponyms),
                Bar("within 161 km", scores.within_161km, scores.with_coordinates),
                Bar("within 25 km", scores.within_25km, scores.with_coordinates),
                Bar("same GeoNames id", scores.exact, scores.with_geonames_id),
            ),
        )
    ]
    if scores.by_kind:
        charts.append(
            BarChart(
                "Within 161 km by gold kind",
                tuple(Bar(kind, near, total) for kind, (near, total) in scores.by_kind.items()),
            )
        )
    return ReportSection(
        title=f"Geoparsing: {name}",
        summary=f"{scores.documents} documents, {scores.toponyms} toponyms scored "
        f"({scores.with_coordinates} with coordinates, {scores.with_geonames_id} with a "
        f"GeoNames id), {scores.resolved} resolved",
        figures=(
            Figure(
                "accuracy@161km",
                _rate(scores.accuracy_161km),
                f"{scores.within_161km} / {scores.with_coordinates}",
            ),
            Figure(
                "accuracy@25km",
                _rate(scores.accuracy_25km),
                f"{scores.within_25km} / {scores.with_coordinates}",
            ),
            Figure(
                "exact GeoNames",
                _rate(scores.exact_accuracy),
                f"{scores.exact} / {scores.with_geonames_id}",
            ),
            Figure("median error", f"{scores.median_error_km:,.0f} km", "unresolved included"),
            Figure(
                "mean error",
                f"{scores.mean_error_km:,.0f} km",
                f"unresolved = {math.pi * EARTH_RADIUS_KM:,.0f} km",
            ),
            Figure("AUC of error", _rate(scores.auc), "0 is perfect"),
        ),
        charts=tuple(charts),
        errors=ErrorTable(
            f"Commonest errors ({unresolved} unresolved, {len(scores.errors) - unresolved} "
            "beyond 161 km; grouped by toponym, worst example shown)",
            ("count", "toponym", "worst", "gold", "predicted", "document", "context"),
            tuple(
                (
                    f"{len(group)}×",
                    group[0].toponym.text,
                    "unresolved"
                    if group[0].distance_km is None
                    else f"{group[0].distance_km:,.0f} km",
                    _point(group[0].toponym.latitude, group[0].toponym.longitude),
                    "-"
                    if group[0].predicted is None
                    else _point(group[0].predicted.latitude, group[0].predicted.longitude),
                    group[0].doc_id,
                    Context.from_line(group[0].context, group[0].toponym.text),
                )
                for group in ranked
            ),
            len(groups),
        ),
    )


def _rate(value: float) -> str:
    return f"{value:.3f}"


def _point(latitude: float | None, longitude: float | None) -> str:
    return "-" if latitude is None or longitude is None else f"{latitude:.3f},{longitude:.3f}"


def _event_error_row(error: str) -> tuple[str, str, str]:
    """(article, gold event or paragraph, problem) from an ``EventScores`` error line."""
    parts = error.split(": ", 2)
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2 and parts[1].startswith(f"{MISSED} "):
        return parts[0], parts[1].removeprefix(f"{MISSED} "), MISSED
    return ("", "", error) if len(parts) == 1 else (parts[0], "", parts[1])


# ---------------------------------------------------------------- rendering


def html_report(
    title: str, sections: Sequence[ReportSection], generated_at: datetime | None = None
) -> str:
    """The whole report as one HTML page; ``generated_at`` defaults to now (UTC)."""
    when = (generated_at or datetime.now(UTC)).isoformat(timespec="seconds")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="generator" content="wirewatch">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="muted">Generated <time datetime="{escape(when)}">{escape(when)}</time> '
        "by wirewatch evaluate.</p>",
    ]
    if len(sections) > 1:
        parts.append('<nav><ul class="toc">')
        parts += [
            f'<li><a href="#section-{number}">{escape(section.title)}</a></li>'
            for number, section in enumerate(sections, start=1)
        ]
        parts.append("</ul></nav>")
    parts.append("</header>")
    for number, section in enumerate(sections, start=1):
        parts.append(_section(section, f"section-{number}"))
    if not sections:
        parts.append('<p class="muted">Nothing was scored.</p>')
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def write_html_report(
    path: str | Path,
    title: str,
    sections: Sequence[ReportSection],
    generated_at: datetime | None = None,
) -> Path:
    """Write ``html_report(...)`` to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    page = html_report(title, sections, generated_at)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write the HTML report ({exc.strerror or exc})") from exc
    return path


def _section(section: ReportSection, anchor: str) -> str:
    parts = [
        f'<section id="{anchor}">',
        f"<h2>{escape(section.title)}</h2>",
        f'<p class="muted">{escape(section.summary)}</p>',
    ]
    if section.figures:
        parts.append('<div class="figures">')
        for figure in section.figures:
            detail = f'<div class="detail">{escape(figure.detail)}</div>' if figure.detail else ""
            parts.append(
                f'<div class="figure"><div class="label">{escape(figure.label)}</div>'
                f'<div class="value">{escape(figure.value)}</div>{detail}</div>'
            )
        parts.append("</div>")
    charts = [chart for chart in section.charts if chart.bars]
    if charts:
        parts.append('<div class="charts">')
        parts += [_chart(chart) for chart in charts]
        parts.append("</div>")
    if section.matrix is not None:
        parts.append(_matrix(section.matrix))
    if section.errors is not None:
        parts.append(_errors(section.errors))
    parts.append("</section>")
    return "\n".join(parts)


def _chart(chart: BarChart) -> str:
    rows = []
    for bar in chart.bars:
        width = 100 * min(max(bar.ratio, 0.0), 1.0)
        label = f"{bar.label}: {bar.ratio:.3f} ({bar.right} of {bar.total})"
        rows.append(
            f'<tr><th scope="row">{escape(bar.label)}</th>'
            '<td class="bar"><svg viewBox="0 0 100 10" preserveAspectRatio="none" '
            f'width="100%" height="14" role="img" aria-label="{escape(label)}">'
            f"<title>{escape(label)}</title>"
            '<rect class="track" x="0" y="0" width="100" height="10"/>'
            f'<rect class="fill" x="0" y="0" width="{width:.2f}" height="10"/></svg></td>'
            f'<td class="num">{bar.ratio:.3f}</td>'
            f'<td class="num muted">{bar.right} / {bar.total}</td></tr>'
        )
    return (
        f'<figure class="chart"><figcaption>{escape(chart.title)}</figcaption>'
        '<table class="bars"><colgroup><col class="label"><col><col class="rate">'
        f'<col class="count"></colgroup>{"".join(rows)}</table></figure>'
    )


def _matrix(matrix: Matrix) -> str:
    highest = max(matrix.counts.values(), default=0) or 1
    head = "".join(
        f'<th scope="col" class="miss">{escape(column)}</th>'
        if column == matrix.miss_column
        else f'<th scope="col">{escape(column)}</th>'
        for column in matrix.columns
    )
    rows = []
    for gold in matrix.rows:
        cells = []
        total = sum(matrix.counts.get((gold, column), 0) for column in matrix.columns)
        for column in matrix.columns:
            count = matrix.counts.get((gold, column), 0)
            if not count:
                cells.append('<td class="cell empty">·</td>')
                continue
            strength = 0.15 + 0.85 * count / highest
            hue = "194, 65, 12" if column == matrix.miss_column else "47, 111, 178"
            ink = "#fff" if strength > 0.55 else "inherit"
            cells.append(
                f'<td class="cell" style="background: rgba({hue}, {strength:.2f}); '
                f'color: {ink}">{count}</td>'
            )
        missed = matrix.counts.get((gold, matrix.miss_column), 0) if matrix.miss_column else 0
        found = f"{(total - missed) / total:.3f}" if total else "-"
        rows.append(
            f'<tr><th scope="row">{escape(gold)}</th>{"".join(cells)}'
            f'<td class="num">{total}</td><td class="num">{found}</td></tr>'
        )
    return (
        f'<figure class="matrix"><figcaption>{escape(matrix.title)}</figcaption>'
        '<div class="scroll"><table class="matrix">'
        f'<thead><tr><th scope="col">gold \\ output</th>{head}'
        '<th scope="col">gold</th><th scope="col">found</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></figure>"
    )


def _errors(table: ErrorTable) -> str:
    shown = len(table.rows)
    caption = f"{escape(table.title)}: {shown} of {table.total} shown"
    if not table.rows:
        return f'<h3>{escape(table.title)}</h3><p class="muted">None.</p>'
    head = "".join(f'<th scope="col">{escape(column)}</th>' for column in table.columns)
    body = []
    for row in table.rows:
        cells = []
        for cell in row:
            if isinstance(cell, Context):
                cells.append(
                    f'<td class="context">{escape(cell.before)}'
                    f"<mark>{escape(cell.expression)}</mark>{escape(cell.after)}</td>"
                    if cell.expression
                    else f'<td class="context">{escape(cell.before)}</td>'
                )
            elif len(cell) <= _SHORT_CELL:
                cells.append(f'<td class="short">{escape(cell)}</td>')
            else:
                cells.append(f"<td>{escape(cell)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f"<details open><summary><h3>{caption}</h3></summary>"
        f'<div class="scroll"><table class="errors"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div></details>"
    )


_SHORT_CELL = 24  # characters: a shorter cell (a value, a date, an id) is never wrapped
_CSS = """
:root {
  --ink: #1c2330; --muted: #5d6778; --line: #dde3eb; --bg: #ffffff; --panel: #f5f7fa;
  --accent: #2f6fb2; --track: #e4e9f0; --mark: #fde68a;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e9ee; --muted: #9aa4b3; --line: #333b47; --bg: #15191f; --panel: #1d232b;
    --accent: #5b9be0; --track: #2a313b; --mark: #6b5a14;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    sans-serif;
}
main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 0 0 2px; }
h3 { font-size: 15px; margin: 0; display: inline; }
.muted { color: var(--muted); }
p { margin: 4px 0 14px; }
a { color: var(--accent); }
.toc { display: flex; flex-wrap: wrap; gap: 6px 20px; padding: 0; margin: 8px 0 0;
  list-style: none; }
section { border-top: 2px solid var(--line); margin-top: 28px; padding-top: 18px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
  gap: 12px; margin: 8px 0 22px; }
.figure { background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
  padding: 10px 14px; }
.figure .label { color: var(--muted); font-size: 13px; }
.figure .value { white-space: nowrap; font-size: 26px; font-weight: 600;
  font-variant-numeric: tabular-nums; }
.figure .detail { color: var(--muted); font-size: 12.5px; font-variant-numeric: tabular-nums; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr));
  gap: 12px 36px; }
figure { margin: 0 0 22px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.bars { width: 100%; table-layout: fixed; }
table.bars col.label { width: 34%; }
table.bars col.rate { width: 4.2em; }
table.bars col.count { width: 6.8em; }
table.bars th { text-align: left; font-weight: normal; padding: 3px 12px 3px 0;
  overflow-wrap: break-word; }
table.bars td { padding: 3px 0; }
table.bars svg { display: block; }
table.bars .track { fill: var(--track); }
table.bars .fill { fill: var(--accent); }
td.num { text-align: right; white-space: nowrap; padding-left: 10px; }
.scroll { overflow-x: auto; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 5px 10px; }
table.matrix thead th { font-weight: 600; font-size: 13px; vertical-align: bottom;
  background: var(--panel); }
table.matrix thead th.miss { color: #c2410c; }
table.matrix tbody th { text-align: left; font-weight: normal; }
table.matrix td.cell { text-align: center; min-width: 64px; font-weight: 600; }
table.matrix td.empty { color: var(--line); font-weight: normal; }
details { margin: 4px 0 8px; }
summary { cursor: pointer; margin-bottom: 8px; }
table.errors { width: 100%; font-size: 13.5px; }
table.errors th { text-align: left; background: var(--panel); border-bottom: 2px solid
  var(--line); padding: 5px 8px; white-space: nowrap; }
table.errors td { border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top;
  overflow-wrap: break-word; }
table.errors td.short { white-space: nowrap; }
table.errors tbody tr:nth-child(even) { background: var(--panel); }
table.errors td.context { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
  "DejaVu Sans Mono", monospace; font-size: 12.5px; min-width: 22em; }
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; }
@media print { details { display: block; } section { break-inside: avoid-page; } }
"""
