"""The ACLED evaluation as a report section: field accuracy, type confusion, commonest errors."""

from __future__ import annotations

from collections import Counter

from wirewatch.evaluate.acled import FIELDS, AcledScores
from wirewatch.evaluate.report import (
    Bar,
    BarChart,
    ErrorTable,
    Figure,
    Matrix,
    ReportSection,
)

_NONE = "none"  # what score_acled records when no reported, typed event came out
_HEADLINE = (
    "event_type",
    "sub_event_type",
    "date_exact",
    "location_25km",
    "fatalities_exact",
    "actor1",
)  # the fields the ACLED targets are set on


def acled_section(scores: AcledScores, name: str, max_errors: int = 20) -> ReportSection:
    """Each row's notes against ACLED's coding of it: per-field bars, the confusion of
    event types, and the commonest errors (field, wanted, got) with their counts."""
    rows = sorted(
        {gold for gold, _ in scores.confusion},
        key=lambda gold: (-sum(n for (g, _), n in scores.confusion.items() if g == gold), gold),
    )
    outputs: dict[str, None] = dict.fromkeys(row for row in rows)  # agreement on the diagonal
    outputs.update(dict.fromkeys(sorted(out for _, out in scores.confusion if out != _NONE)))
    columns = tuple(c for c in outputs if any(out == c for _, out in scores.confusion))
    missed = (_NONE,) if any(out == _NONE for _, out in scores.confusion) else ()
    matrix = (
        Matrix(
            "ACLED event types (rows) and the type of wirewatch's main event for the row",
            tuple(rows),
            (*columns, *missed),
            dict(scores.confusion),
            _NONE if missed else None,
        )
        if scores.confusion
        else None
    )
    common = Counter((field, want, got) for _, field, want, got in scores.errors)
    ranked = common.most_common(max(max_errors, 0))
    return ReportSection(
        title=f"ACLED notes: {name}",
        summary=f"{scores.rows} rows, each row's notes read as an article dated by its "
        "event date; the first reported, typed event is compared with the row",
        figures=tuple(
            Figure(field, f"{scores.accuracy(field):.3f}", f"{scores.right[field]} / {scores.rows}")
            for field in _HEADLINE
        ),
        charts=(
            BarChart(
                "Accuracy by field", tuple(Bar(f, scores.right[f], scores.rows) for f in FIELDS)
            ),
        ),
        matrix=matrix,
        errors=ErrorTable(
            "Commonest errors (grouped by field, wanted and got)",
            ("count", "field", "ACLED", "wirewatch"),
            tuple((str(n), field, want, got) for (field, want, got), n in ranked),
            len(common),
        ),
    )
