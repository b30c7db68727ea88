"""Event-level evaluation against the project's gold YAML (the founding article's format).

Definitions:

* A gold event **matches** an output event when some mention of the output lies in one of
  the gold event's paragraphs (``para``) and its kind and type agree (``event_type`` when the
  gold gives one, else the ``plover`` type; a list in the gold means any of them). Each output
  event matches at most one gold event; gold events are taken in file order.
* **Recall** = matched required gold events / required gold events. **Precision** = output
  events that match a gold event (required or optional) / output events reported as having
  happened (status ``reported``), each counted once.
* Per matched required event, a **field** is right when: ``status`` equals the gold status
  (``reported`` when the gold gives none, ``ongoing`` for a gold date marked ongoing);
  ``sub_event_type`` is in the gold's list; ``date`` - the resolved start and end lie in the
  gold's date, date list (a window) or period; ``place`` - the resolved place name is the gold
  name or the city it lies ``in``, or for a country-wide gold the country matches;
  ``fatalities`` - the best figure equals the gold's; ``actor1``/``actor2`` - the canonical
  name is one of the gold's names. Accuracy = right / matched required events that have the
  field in the gold.
* **must_not violations**: reported output events lying only in a must_not paragraph that
  match no gold event of that paragraph.
* **Confusion of types**: per required gold event, (gold type, output type) when matched and
  (gold type, ``missed``) otherwise. A gold type is its ``event_type`` when it gives one, else
  ``PLOVER`` and its ``plover`` type, else its kind (alternatives joined by `` | ``); the
  output type is the matched event's value of the same attribute.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from wirewatch.errors import InputError
from wirewatch.types import Event, Status


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article and what a careful coder extracts from it."""

    path: str
    text: str
    published: date
    events: tuple[dict[str, Any], ...]
    must_not: tuple[dict[str, Any], ...]
    sha256: str


def read_gold_yaml(path: str | Path) -> GoldArticle:
    """A ``.gold.yaml`` file and the article text it names (beside it)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw)
        article = data["article"]
        text = (path.parent / article["file"]).read_text(encoding="utf-8")
        published = article["published"]
        if not isinstance(published, date):
            published = date.fromisoformat(str(published))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: not a readable gold file ({exc})") from exc
    return GoldArticle(
        path=str(path),
        text=text,
        published=published,
        events=tuple(data.get("events") or ()),
        must_not=tuple(data.get("must_not") or ()),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


MISSED = "missed"  # the output-type column of required gold events no output event matches
FIELDS = ("type", "sub_event_type", "status", "date", "place", "fatalities", "actor1", "actor2")


@dataclass
class EventScores:
    """Figures for one or more gold articles (see the module docstring)."""

    required: int = 0
    matched_required: int = 0
    output_reported: int = 0
    output_matched: int = 0
    must_not_violations: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.output_matched / self.output_reported if self.output_reported else 0.0

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.total[name] if self.total[name] else 0.0

    def as_dict(self) -> dict[str, float]:
        """The figures a baseline records."""
        figures = {
            "recall": self.recall,
            "precision": self.precision,
            "must_not_violations": float(self.must_not_violations),
        }
        figures.update(
            {f"{name}_accuracy": self.accuracy(name) for name in FIELDS if self.total[name]}
        )
        return {k: round(v, 4) for k, v in figures.items()}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _paragraphs(event: Event, text: str) -> set[int]:
    return {text.count("\n", 0, m.start) + 1 for m in event.mentions}


def _type_agrees(event: Event, gold: dict[str, Any]) -> bool:
    if gold.get("kind", "event") != event.kind.value:
        return False
    if gold.get("event_type"):
        return event.event_type in _as_list(gold["event_type"])
    if gold.get("plover"):
        return event.plover in _as_list(gold["plover"])
    return True


def _gold_type(gold: dict[str, Any]) -> str:
    if gold.get("event_type"):
        return " | ".join(map(str, _as_list(gold["event_type"])))
    if gold.get("plover"):
        return "PLOVER " + " | ".join(map(str, _as_list(gold["plover"])))
    return str(gold.get("kind", "event"))


def _output_type(event: Event, gold: dict[str, Any]) -> str:
    if gold.get("event_type"):
        return event.event_type or "-"
    if gold.get("plover"):
        return f"PLOVER {event.plover or '-'}"
    return event.kind.value


def score_gold_article(
    gold: GoldArticle, events: Sequence[Event], scores: EventScores | None = None
) -> EventScores:
    """Add one article's figures to ``scores`` (a new one by default)."""
    scores = scores or EventScores()
    used: set[str] = set()
    matched_ids: set[str] = set()
    for entry in gold.events:
        paras = set(_as_list(entry.get("para")))
        candidates = [
            e
            for e in events
            if e.id not in used and _paragraphs(e, gold.text) & paras and _type_agrees(e, entry)
        ]
        if entry.get("actor1") and len(candidates) > 1:
            names = _as_list(entry["actor1"])
            candidates.sort(key=lambda e: not (e.actor1 and e.actor1.name in names))
        match = candidates[0] if candidates else None
        if match is not None:
            used.add(match.id)
            matched_ids.add(match.id)
        if not entry.get("required"):
            continue
        scores.required += 1
        cell = (_gold_type(entry), MISSED if match is None else _output_type(match, entry))
        scores.confusion[cell] = scores.confusion.get(cell, 0) + 1
        if match is None:
            scores.errors.append(f"{Path(gold.path).name}: missed {entry.get('id')}")
            continue
        scores.matched_required += 1
        for name, right in _fields(entry, match).items():
            scores.total[name] += 1
            scores.right[name] += right
            if not right:
                scores.errors.append(f"{Path(gold.path).name}: {entry.get('id')}: {name} wrong")
    reported = [e for e in events if e.status is Status.REPORTED]
    scores.output_reported += len(reported)
    scores.output_matched += sum(1 for e in reported if e.id in matched_ids)
    for bad in gold.must_not:
        para = bad.get("para")
        allowed = [g for g in gold.events if para in _as_list(g.get("para"))]
        for event in reported:
            if _paragraphs(event, gold.text) == {para} and not any(
                _type_agrees(event, g) for g in allowed
            ):
                scores.must_not_violations += 1
                scores.errors.append(
                    f"{Path(gold.path).name}: must_not paragraph {para}: "
                    f"{event.concept} {event.trigger.text!r}"
                )
    return scores


def _fields(gold: dict[str, Any], event: Event) -> dict[str, bool]:
    checks: dict[str, bool] = {"type": True}
    if gold.get("sub_event_type"):
        checks["sub_event_type"] = event.sub_event_type in _as_list(gold["sub_event_type"])
    expected = (
        {Status(gold["status"])}
        if "status" in gold
        else (
            {Status.ONGOING}
            if isinstance(gold.get("date"), dict) and gold["date"].get("ongoing")
            else {Status.REPORTED}
        )
    )
    checks["status"] = event.status in expected
    when = gold.get("date", gold.get("period"))
    if when is not None:
        checks["date"] = _date_right(when, event)
    location = gold.get("location")
    if location:
        checks["place"] = _place_right(location, event)
    fatalities = gold.get("fatalities")
    value = fatalities.get("value") if isinstance(fatalities, dict) else fatalities
    if value:
        checks["fatalities"] = event.fatalities is not None and event.fatalities.best == value
    for name in ("actor1", "actor2"):
        names = _as_list(gold.get(name))
        if names:
            actor = getattr(event, name)
            checks[name] = actor is not None and actor.name in names
    return checks


def _date_right(gold: Any, event: Event) -> bool:
    if event.when is None or (event.when.start is None and event.when.end is None):
        return False
    start, end = str(event.when.start or event.when.end), str(event.when.end or event.when.start)
    if isinstance(gold, dict) and "start" in gold:
        return start.startswith(str(gold["start"])) and end == str(gold["end"])
    if isinstance(gold, dict):
        return end == str(gold.get("end"))
    if isinstance(gold, list):
        low, high = str(gold[0]), str(gold[-1])
        return low <= start <= high and low <= end <= high
    return start == end == str(gold)


def _place_right(gold: dict[str, Any], event: Event) -> bool:
    place = event.place
    if place is None:
        return False
    if gold.get("precision") == "country":
        return place.country == gold.get("country")
    if gold.get("name") is None:
        return place.relation == "multiple_countries"
    return place.name in (gold.get("name"), gold.get("in")) and place.country == gold.get("country")


def format_event_scores(scores: EventScores, max_errors: int = 20) -> str:
    """A plain-text report: recall, precision, per-field accuracy, errors."""
    lines = [
        f"events: {scores.required} required gold events, "
        f"{scores.matched_required} found (recall {scores.recall:.3f}); "
        f"{scores.output_reported} reported events output, {scores.output_matched} in the "
        f"gold (precision {scores.precision:.3f}); "
        f"{scores.must_not_violations} must_not violations",
        "",
        f"{'field':<16}{'right':>7}{'of':>6}{'accuracy':>10}",
    ]
    for name in FIELDS:
        if scores.total[name]:
            lines.append(
                f"{name:<16}{scores.right[name]:>7}{scores.total[name]:>6}"
                f"{scores.accuracy(name):>10.3f}"
            )
    if scores.errors:
        lines += ["", f"errors ({min(max_errors, len(scores.errors))} of {len(scores.errors)}):"]
        lines += [f"  {e}" for e in scores.errors[:max_errors]]
    return "\n".join(lines) + "\n"
