"""Export fixtures: the founding article's events, each as a one-article merged event, and
one hand-made event that two articles report with different tolls."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from wirewatch import ArticleResult
from wirewatch.export import ArticleInfo, Articles
from wirewatch.types import Disagreement, MergedEvent

SECOND_ARTICLE = "b0b0b0b0b0b0b0b0"
TWO_SOURCE_ID = "m2m2m2m2m2m2m2m2"
NO_PLACE_ID = "n0n0n0n0n0n0n0n0"


@pytest.fixture(scope="module")
def merged_events(founding_result: ArticleResult) -> list[MergedEvent]:
    """Every event of the founding article, merged with itself alone."""
    return [MergedEvent(event=e, members=(e.id,)) for e in founding_result.events]


@pytest.fixture(scope="module")
def airstrike(merged_events: list[MergedEvent]) -> MergedEvent:
    """Saturday's air strikes on Aleppo ("dix morts dont deux enfants")."""
    found = [
        m
        for m in merged_events
        if m.event.sub_event_type == "Air/drone strike"
        and m.event.fatalities is not None
        and m.event.fatalities.best == 10
    ]
    assert len(found) == 1, [m.event.trigger.text for m in found]
    return found[0]


@pytest.fixture(scope="module")
def two_sources(airstrike: MergedEvent) -> MergedEvent:
    """The air strikes as two articles report them: 10 dead in one, 12 in the other."""
    event = airstrike.event
    assert event.fatalities is not None
    reconciled = dataclasses.replace(
        event,
        id=TWO_SOURCE_ID,
        sources=(event.article_id, SECOND_ARTICLE),
        fatalities=dataclasses.replace(event.fatalities, best=10, low=10, high=12),
    )
    return MergedEvent(
        event=reconciled,
        members=(event.id, "e2e2e2e2e2e2e2e2"),
        disagreements=(
            Disagreement("fatalities", ((event.article_id, "10"), (SECOND_ARTICLE, "12"))),
        ),
    )


@pytest.fixture(scope="module")
def no_place(airstrike: MergedEvent) -> MergedEvent:
    """An event with no place: nothing to put on a map."""
    return MergedEvent(
        event=dataclasses.replace(airstrike.event, id=NO_PLACE_ID, place=None),
        members=(airstrike.event.id,),
    )


@pytest.fixture(scope="module")
def all_events(
    merged_events: list[MergedEvent], two_sources: MergedEvent, no_place: MergedEvent
) -> list[MergedEvent]:
    return [*merged_events, two_sources, no_place]


@pytest.fixture(scope="module")
def articles(founding_result: ArticleResult) -> Articles:
    """The two reporting articles, by id."""
    founding = founding_result.article.id
    return {
        founding: ArticleInfo(founding, source="AFP", published=date(2016, 5, 1)),
        SECOND_ARTICLE: ArticleInfo(SECOND_ARTICLE, source="Reuters"),
    }
