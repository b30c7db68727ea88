"""Analysts' corrections as gold: per corrected article, the project's gold YAML shape
(``examples/*.gold.yaml``) that ``wirewatch.evaluate.gold_events.read_gold_yaml`` reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from wirewatch.store.base import Store
from wirewatch.store.corrections import Correction, corrected_event, is_rejected
from wirewatch.types import Event

_GOLD_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2")


def corrections_as_gold(store: Store) -> list[dict[str, Any]]:
    """Per article with corrections, by id: ``{"article": {"id", "file", "language",
    "published", "text"}, "events": [...], "must_not": [...]}``. Each corrected event,
    its corrections applied, is a required gold event; a rejected one is a ``must_not``
    of its paragraph. ``article.text`` is the text the gold's ``file`` must hold."""
    by_article: dict[str, list[Correction]] = {}
    for correction in store.corrections():
        by_article.setdefault(correction.article_id, []).append(correction)
    # One pass over the events (the store has no per-article reader of them).
    events_of: dict[str, list[Event]] = {}
    for event in store.iter_events():
        if event.article_id in by_article:
            events_of.setdefault(event.article_id, []).append(event)
    gold = []
    for stored in store.articles_by_id(sorted(by_article)):
        article, corrections = stored.article, by_article[stored.article.id]
        events, must_not = [], []
        for event in events_of.get(article.id, []):
            anchor = (event.article_id, event.trigger.start, event.trigger.end)
            mine = [c for c in corrections if c.anchor == anchor]
            if not mine:
                continue
            record = corrected_event(event.to_dict(), mine)
            if is_rejected(mine):
                must_not.append({"para": event.paragraph, "id": event.id})
            else:
                events.append(_gold_event(record, event.paragraph))
        gold.append(
            {
                "article": {
                    "id": article.id,
                    "file": f"{article.id}.txt",
                    "language": article.lang,
                    "published": article.published,
                    "text": article.text,
                },
                "events": events,
                "must_not": must_not,
            }
        )
    return gold


def write_gold(gold: dict[str, Any], folder: Path) -> Path:
    """Write one entry of :func:`corrections_as_gold` as ``<id>.gold.yaml`` and its text
    beside it; return the YAML file's path."""
    article = dict(gold["article"])
    text = article.pop("text")
    (folder / article["file"]).write_text(text, encoding="utf-8")
    path = folder / f"{article['id']}.gold.yaml"
    body = yaml.safe_dump({**gold, "article": article}, allow_unicode=True, sort_keys=False)
    path.write_text(body, encoding="utf-8")
    return path


def _gold_event(record: dict[str, Any], paragraph: int) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": record["id"], "required": True, "para": [paragraph]}
    entry["kind"] = record["kind"]
    for name in _GOLD_FIELDS:
        value = record.get(name)
        entry[name] = value.get("name") if isinstance(value, dict) else value
    when, place, deaths = record.get("when"), record.get("place"), record.get("fatalities")
    if when and when.get("start"):
        start, end = date.fromisoformat(when["start"]), date.fromisoformat(when["end"])
        entry["date"] = start if start == end else [start, end]
    if place and place.get("name"):
        entry["location"] = {"name": place["name"], "country": place.get("country")}
    if deaths and deaths.get("best") is not None:
        entry["fatalities"] = deaths["best"]
    return entry
