"""English figures on ACLED's coder notes must not drop below their floors (runs when
../shared/gold is present: ACLED's terms forbid shipping their exports with the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.config import Settings
from wirewatch.evaluate.acled import read_acled_csv, score_acled
from wirewatch.process import acled_predictor

ACLED = Path(__file__).resolve().parents[3] / "shared" / "gold" / "acled"

# Measured, then rounded down (wirewatch evaluate acled ../shared/gold/acled/<file>.csv:
# the text alone, ACLED's vague-count convention).
FLOORS = {
    "JoshMerfeld_Benin_2022.csv": {
        "event_type": 0.90,
        "sub_event_type": 0.87,
        "date_exact": 0.98,
        "location_25km": 0.64,
        "fatalities_exact": 0.93,
        "actor1": 0.75,
        "actor2": 0.74,
    },
    "ElliottMess_BurkinaFaso_1997-2020.csv": {
        "event_type": 0.91,
        "sub_event_type": 0.88,
        "date_exact": 0.96,
        "location_25km": 0.35,
        "fatalities_exact": 0.92,
        "actor1": 0.67,
        "actor2": 0.61,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_acled_floor_scores_stay_above_their_floors(name: str) -> None:
    path = ACLED / name
    if not path.is_file():
        pytest.skip(f"../shared/gold/acled/{name} is not here")
    scores = score_acled(read_acled_csv(path), acled_predictor(Settings(vague_counts="acled")))
    floors = FLOORS[name]
    low = {f: round(scores.accuracy(f), 3) for f in floors if scores.accuracy(f) < floors[f]}
    assert not low, f"ACLED notes {name} below their floor: {low} (floors {floors})"
