"""JSON Lines: one full merged record per line, rebuilt equal by MergedEvent.from_dict."""

from __future__ import annotations

import io
import json

from wirewatch.export import jsonl_lines, write_jsonl
from wirewatch.types import MergedEvent


def test_jsonl_lines_rebuild_equal_merged_events(all_events: list[MergedEvent]) -> None:
    out = io.BytesIO()
    assert write_jsonl(all_events, out) == len(all_events)
    lines = out.getvalue().decode("utf-8").splitlines()
    assert len(lines) == len(all_events)
    rebuilt = [MergedEvent.from_dict(json.loads(line)) for line in lines]
    assert rebuilt == all_events


def test_jsonl_keeps_disagreements_and_members(two_sources: MergedEvent) -> None:
    (line,) = jsonl_lines([two_sources])
    data = json.loads(line)
    assert data["members"] == list(two_sources.members)
    assert data["disagreements"][0]["field"] == "fatalities"
    assert MergedEvent.from_dict(data).disagreements == two_sources.disagreements


def test_jsonl_writes_utf8_not_escapes(airstrike: MergedEvent) -> None:
    out = io.BytesIO()
    write_jsonl([airstrike], out)
    text = out.getvalue().decode("utf-8")
    assert "régime" in text
    assert text.endswith("\n") and text.count("\n") == 1


def test_jsonl_no_events_no_lines() -> None:
    out = io.BytesIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == b""
