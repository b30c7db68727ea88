"""Export: views of event records (flat CSV rows, ACLED CSV, GeoJSON, JSON Lines, Parquet)."""

from wirewatch.export.acled import (
    ACLED_COLUMNS,
    AcledRecord,
    ArticleInfo,
    Articles,
    acled_record,
    acled_row,
    disorder_type,
    interaction_code,
    is_acled_event,
)
from wirewatch.export.geojson import event_feature, feature_collection, write_geojson
from wirewatch.export.jsonl import jsonl_lines, write_jsonl
from wirewatch.export.parquet import parquet_schema, parquet_table, write_parquet
from wirewatch.export.rows import ROW_FIELDS, event_row
from wirewatch.export.writer import FORMATS, write_csv, write_events

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "ROW_FIELDS",
    "AcledRecord",
    "ArticleInfo",
    "Articles",
    "acled_record",
    "acled_row",
    "disorder_type",
    "event_feature",
    "event_row",
    "feature_collection",
    "interaction_code",
    "is_acled_event",
    "jsonl_lines",
    "parquet_schema",
    "parquet_table",
    "write_csv",
    "write_events",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
]
