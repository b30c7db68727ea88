"""Event counts get their values: ACLED's conservative figure, vague tolls by setting."""

from __future__ import annotations

from wirewatch import Settings, extract


def test_counts_best_figure_and_breakdown() -> None:
    events = extract("Samedi, des raids du régime ont fait dix morts dont deux enfants à Alep.")
    strike = next(e for e in events if e.fatalities)
    assert strike.fatalities is not None
    assert strike.fatalities.best == 10
    assert [b.value for b in strike.fatalities.breakdown] == [2]


def test_counts_vague_tolls_follow_the_setting() -> None:
    text = "Des frappes aériennes ont tué des dizaines de civils samedi à Idleb."
    plain = next(e for e in extract(text) if e.fatalities)
    assert plain.fatalities is not None and plain.fatalities.best is None
    assert plain.fatalities.low == 20 and plain.fatalities.approximate
    acled = next(e for e in extract(text, settings=Settings(vague_counts="acled")) if e.fatalities)
    assert acled.fatalities is not None and acled.fatalities.best == 10
