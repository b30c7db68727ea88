"""Resolvers: raw spans to values users can count, map and sort, each with its precision."""

from wirewatch.resolve.quantity import UNKNOWN_COUNT, Quantity, acled_fatalities, parse_quantity
from wirewatch.resolve.time import TimeValue, resolve_time
from wirewatch.resolve.when import resolve_event_times

__all__ = [
    "UNKNOWN_COUNT",
    "Quantity",
    "TimeValue",
    "acled_fatalities",
    "parse_quantity",
    "resolve_event_times",
    "resolve_time",
]
