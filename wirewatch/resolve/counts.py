"""Filling each event's counts (fatalities, their breakdown, injured, arrested, abducted,
size) with values, by ACLED's conservative rule: counts joined in one phrase add up ("13
soldiers and one gendarme were killed": 14), a breakdown is never added."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from wirewatch.resolve.quantity import ONE, Quantity, combine, parse_quantities, total_fatalities
from wirewatch.types import Count, Event, Fatalities


def _figures(text: str, convention: str, lang: str) -> dict[str, Any] | None:
    """The figure fields Count and Fatalities share, from the words of a count (None when
    they hold no count). A count with no number nor article at all is the one person a
    headline names bare ("Trader shot dead by gunmen": ``quantities._headline_noun``)."""
    parts = parse_quantities(text, lang) or ([ONE] if text.strip() else [])
    quantity: Quantity | None = combine(parts)
    if quantity is None:
        return None
    return {
        "low": quantity.low,
        "high": quantity.high,
        "lower_bound": quantity.lower_bound,
        "approximate": quantity.approximate,
        "figure": total_fatalities(parts, convention, lang=lang),
    }


def _counted(count: Count | None, convention: str, lang: str) -> Count | None:
    if count is None:
        return None
    figures = _figures(count.mention.text, convention, lang)
    if figures is None:
        return count
    return replace(count, value=figures.pop("figure"), **figures)


def _fatalities(fatalities: Fatalities, convention: str, lang: str) -> Fatalities:
    figures = None
    if fatalities.mention is not None:
        figures = _figures(fatalities.mention.text, convention, lang)
    resolved = replace(
        fatalities,
        breakdown=tuple(
            c
            for c in (_counted(b, convention, lang) for b in fatalities.breakdown)
            if c is not None
        ),
        injured=_counted(fatalities.injured, convention, lang),
        arrested=_counted(fatalities.arrested, convention, lang),
        abducted=_counted(fatalities.abducted, convention, lang),
    )
    if figures is None:
        return resolved
    return replace(resolved, best=figures.pop("figure"), **figures)


def resolve_event_counts(
    events: Iterable[Event], convention: str = "none", lang: str = "fr"
) -> list[Event]:
    """The events with count values: ``fatalities.best`` is the most conservative figure
    the words give ("plus de 246" -> 246); vague counts ("des dizaines") get a number only
    under the ``acled`` convention (dozens -> 12, hundreds -> 100, several -> 10)."""
    return [
        replace(
            event,
            fatalities=_fatalities(event.fatalities, convention, lang)
            if event.fatalities
            else None,
            size=_counted(event.size, convention, lang),
        )
        for event in events
    ]
