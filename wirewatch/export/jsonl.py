"""JSON Lines of merged events: one full record (``MergedEvent.to_dict()``) per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from wirewatch.types import MergedEvent


def jsonl_lines(events: Iterable[MergedEvent]) -> Iterator[str]:
    """Each event as one line of JSON (no newline inside, non-ASCII kept as is)."""
    for merged in events:
        yield json.dumps(merged.to_dict(), ensure_ascii=False)


def write_jsonl(events: Iterable[MergedEvent], out: BinaryIO) -> int:
    """Write one UTF-8 JSON line per event; return how many were written."""
    count = 0
    for line in jsonl_lines(events):
        out.write(line.encode("utf-8") + b"\n")
        count += 1
    return count
