"""The accuracy gate: scores on the project's own gold files never drop below the committed
baseline (eval/baseline.json), and a gold file never changes without the baseline knowing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wirewatch.evaluate import read_gold_yaml
from wirewatch.process import score_gold_files

ROOT = Path(__file__).resolve().parents[1]
BASELINE: dict[str, Any] = json.loads((ROOT / "eval" / "baseline.json").read_text("utf-8"))
LOWER_IS_BETTER = {"must_not_violations"}


@pytest.mark.parametrize("gold", sorted(BASELINE["gold"]))
def test_eval_gate_scores_hold_their_floors(gold: str) -> None:
    entry = BASELINE["gold"][gold]
    path = ROOT / gold
    assert read_gold_yaml(path).sha256 == entry["sha256"], (
        f"{gold} changed: measure again and update eval/baseline.json in the same commit"
    )
    scores = score_gold_files([path]).as_dict()
    worse = {
        name: (scores.get(name), floor)
        for name, floor in entry["floors"].items()
        if (
            scores.get(name, 0.0) > floor
            if name in LOWER_IS_BETTER
            else scores.get(name, 0.0) < floor
        )
    }
    assert not worse, f"{gold}: below the baseline (now, floor): {worse}"


def test_eval_gate_every_gold_file_of_the_project_is_in_the_baseline() -> None:
    files = {str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.gold.yaml")}
    assert files <= set(BASELINE["gold"])
