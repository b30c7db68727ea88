"""Writing events by format name: the four formats, counts, and a clear error for others."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from wirewatch.export import ACLED_COLUMNS, FORMATS, write_events
from wirewatch.types import MergedEvent


def test_writer_csv_header_equals_acled_columns(
    all_events: list[MergedEvent], articles: Any
) -> None:
    out = io.BytesIO()
    count = write_events(all_events, "csv", out, articles)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert count == len(rows) - 1 == len(all_events)
    assert not out.closed


def test_writer_csv_is_utf8_with_acled_values(airstrike: MergedEvent) -> None:
    out = io.BytesIO()
    write_events([airstrike], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline=""))
    assert "régime" in row["notes"]
    assert row["event_type"] == "Explosions/Remote violence"


@pytest.mark.parametrize("fmt", FORMATS)
def test_writer_every_format_writes_and_counts(
    fmt: str, all_events: list[MergedEvent], articles: Any
) -> None:
    out = io.BytesIO()
    count = write_events(iter(all_events), fmt, out, articles)
    assert out.getvalue()
    assert 0 < count <= len(all_events)


def test_writer_bad_format_lists_the_formats(all_events: list[MergedEvent]) -> None:
    with pytest.raises(ValueError, match="csv, geojson, jsonl, parquet"):
        write_events(all_events, "xlsx", io.BytesIO())
