"""Event-level scoring against the project's gold YAML format."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch import Article, process
from wirewatch.errors import InputError
from wirewatch.evaluate import read_gold_yaml, score_gold_article

GOLD = """
article: {file: article.txt, published: 2019-05-12}
events:
  - id: strikes
    required: true
    para: [1]
    event_type: Explosions/Remote violence
    sub_event_type: Air/drone strike
    date: 2019-05-11
    fatalities: 12
  - id: talks
    required: true
    para: [2]
    plover: CONSULT
must_not:
  - para: 3
    why: negated
"""
TEXT = (
    "Samedi, des raids aériens du régime ont tué douze civils à Maaret al-Noomane.\n"
    "Le ministre s'est entretenu lundi avec son homologue turc.\n"
    "Aucun raid n'a été mené dimanche.\n"
)


def _gold(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(TEXT, "utf-8")
    path = tmp_path / "article.gold.yaml"
    path.write_text(GOLD, "utf-8")
    return path


def test_gold_events_scores_found_fields_and_must_not(tmp_path: Path) -> None:
    gold = read_gold_yaml(_gold(tmp_path))
    events = process(Article(text=gold.text, published=gold.published)).events
    scores = score_gold_article(gold, events)
    assert (scores.required, scores.matched_required) == (2, 2)
    assert scores.accuracy("fatalities") == 1.0 and scores.accuracy("date") == 1.0
    assert scores.must_not_violations == 0


def test_gold_events_a_missing_article_is_a_clear_error(tmp_path: Path) -> None:
    path = _gold(tmp_path)
    (tmp_path / "article.txt").unlink()
    with pytest.raises(InputError, match="not a readable gold file"):
        read_gold_yaml(path)
