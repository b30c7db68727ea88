"""Parquet: ACLED's columns with Arrow types, plus id, sources, status and kind."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.export.conftest import TWO_SOURCE_ID
from wirewatch.export import ACLED_COLUMNS, parquet_schema, write_parquet
from wirewatch.types import MergedEvent


@pytest.fixture(params=["path", "file"])
def written(
    request: pytest.FixtureRequest, tmp_path: Path, all_events: list[MergedEvent], articles: Any
) -> tuple[int, pa.Table]:
    """The events written to a path or a binary file object, and the table read back."""
    if request.param == "path":
        path = tmp_path / "events.parquet"
        count = write_parquet(all_events, path, articles)
        return count, pq.read_table(path)
    out = io.BytesIO()
    count = write_parquet(all_events, out, articles)
    return count, pq.read_table(io.BytesIO(out.getvalue()))


def test_parquet_schema_and_row_count(
    written: tuple[int, pa.Table], all_events: list[MergedEvent]
) -> None:
    count, table = written
    assert count == table.num_rows == len(all_events)
    assert table.schema.names == [*ACLED_COLUMNS, "id", "sources", "status", "kind"]
    assert table.schema.equals(parquet_schema())


@pytest.mark.parametrize(
    ("column", "arrow_type"),
    [
        ("event_date", pa.date32()),
        ("year", pa.int64()),
        ("inter1", pa.int64()),
        ("iso", pa.int64()),
        ("fatalities", pa.int64()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("country", pa.string()),
        ("sources", pa.list_(pa.string())),
    ],
)
def test_parquet_column_types(
    written: tuple[int, pa.Table], column: str, arrow_type: pa.DataType
) -> None:
    assert written[1].schema.field(column).type == arrow_type


def test_parquet_values_read_back(written: tuple[int, pa.Table]) -> None:
    rows = {row["id"]: row for row in written[1].to_pylist()}
    merged = rows[TWO_SOURCE_ID]
    assert merged["event_date"] == date(2016, 4, 30)
    assert merged["iso"] == 760
    assert merged["latitude"] == pytest.approx(36.2, abs=0.05)
    assert len(merged["sources"]) == 2
    assert merged["source"] == "AFP; Reuters"
    assert merged["admin3"] is None  # unknown is null, not ""
    assert {row["status"] for row in rows.values()} >= {"reported", "planned"}
