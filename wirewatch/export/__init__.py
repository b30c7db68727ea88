"""Export: views of event records (CSV rows, and more formats as they land)."""

from wirewatch.export.rows import ROW_FIELDS, event_row

__all__ = ["ROW_FIELDS", "event_row"]
