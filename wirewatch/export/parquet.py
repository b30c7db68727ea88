"""Parquet of merged events: ACLED's columns with Arrow types, plus id, sources, status, kind.

Column types follow the typed ACLED record: text as string, whole numbers as int64,
coordinates as float64, ``event_date`` as date32; every ACLED column is nullable (null where
the CSV has an empty string). ``sources`` is a list<string> of article ids. pyarrow is
imported when a file is written, not when wirewatch is imported.
"""

from __future__ import annotations

import functools
import os
import typing
from collections.abc import Iterable
from datetime import date
from typing import Any, BinaryIO

from wirewatch.export.acled import (
    ACLED_COLUMNS,
    AcledRecord,
    Articles,
    acled_record,
    source_ids,
)
from wirewatch.types import MergedEvent

EXTRA_COLUMNS = ("id", "sources", "status", "kind")
PARQUET_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS


@functools.cache
def parquet_schema() -> Any:
    """The Arrow schema of the Parquet export (a ``pyarrow.Schema``)."""
    import pyarrow as pa

    by_type = {str: pa.string(), int: pa.int64(), float: pa.float64(), date: pa.date32()}
    hints = typing.get_type_hints(AcledRecord)
    fields = [pa.field(name, by_type[_base(hints[name])], nullable=True) for name in ACLED_COLUMNS]
    fields += [
        pa.field("id", pa.string(), nullable=False),
        pa.field("sources", pa.list_(pa.string()), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
    ]
    return pa.schema(fields)


def parquet_table(events: Iterable[MergedEvent], articles: Articles | None = None) -> Any:
    """The events as a ``pyarrow.Table`` with :func:`parquet_schema`."""
    import pyarrow as pa

    rows = [_row(merged, articles) for merged in events]
    return pa.Table.from_pylist(rows, schema=parquet_schema())


def write_parquet(
    events: Iterable[MergedEvent],
    where: str | os.PathLike[str] | BinaryIO,
    articles: Articles | None = None,
) -> int:
    """Write the events to a Parquet file (a path or a binary file); return the row count."""
    import pyarrow.parquet as pq

    table = parquet_table(events, articles)
    pq.write_table(table, where)
    count: int = table.num_rows
    return count


def _row(merged: MergedEvent, articles: Articles | None) -> dict[str, Any]:
    record = acled_record(merged, articles)
    row: dict[str, Any] = {name: getattr(record, name) for name in ACLED_COLUMNS}
    row |= {
        "id": merged.id,
        "sources": list(source_ids(merged)),
        "status": merged.event.status.value,
        "kind": merged.event.kind.value,
    }
    return row


def _base(hint: Any) -> type:
    """The type an optional hint wraps (``int | None`` -> ``int``)."""
    options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    base: type = options[0] if options else hint
    return base
