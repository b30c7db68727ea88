"""Writing merged events in one of the export formats, chosen by name."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

from wirewatch.export.acled import ACLED_COLUMNS, Articles, acled_row
from wirewatch.export.geojson import write_geojson
from wirewatch.export.jsonl import write_jsonl
from wirewatch.export.parquet import write_parquet
from wirewatch.types import MergedEvent

FORMATS = ("csv", "geojson", "jsonl", "parquet")


def write_csv(
    events: Iterable[MergedEvent], out: BinaryIO, articles: Articles | None = None
) -> int:
    """Write ACLED's CSV (UTF-8, header row of ACLED_COLUMNS); return how many rows."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        writer = csv.DictWriter(text, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        count = 0
        for merged in events:
            writer.writerow(acled_row(merged, articles))
            count += 1
        text.flush()
    finally:
        text.detach()  # leave ``out`` open: it belongs to the caller
    return count


def write_events(
    events: Iterable[MergedEvent],
    fmt: str,
    out: BinaryIO,
    articles: Articles | None = None,
) -> int:
    """Write the events to ``out`` in format ``fmt`` (one of FORMATS); return how many were
    written (for GeoJSON, events without coordinates are not)."""
    if fmt == "csv":
        return write_csv(events, out, articles)
    if fmt == "geojson":
        return write_geojson(events, out, articles)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "parquet":
        return write_parquet(events, out, articles)
    raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
