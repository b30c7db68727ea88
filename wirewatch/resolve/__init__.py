"""Resolvers: raw spans to values users can count, map and sort, each with its precision."""

from wirewatch.resolve.time import TimeValue, resolve_time
from wirewatch.resolve.when import resolve_event_times

__all__ = ["TimeValue", "resolve_event_times", "resolve_time"]
