"""Analysts' corrections: which fields they may correct, how a value is checked, and how the
latest correction of each field is applied to an event record."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from wirewatch.errors import InputError
from wirewatch.store.base import country_code

CORRECTION_FIELDS = (
    "event_type", "sub_event_type", "date", "place", "fatalities", "actor1", "actor2", "rejected",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Correction:
    """An analyst's correction of one field of a per-article event, or its rejection.

    It is anchored to the event by its article and its trigger's offsets, which stay the
    same when the article is ingested or extracted again (merged ids change when sources
    join). ``value`` is text: a date ``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD``, a place as
    JSON ``{"name", "latitude", "longitude"}``, fatalities as digits, ``true``/``false`` for
    ``rejected``, else a name or type. The latest correction per anchor and field wins.
    """

    id: str
    article_id: str
    trigger_start: int
    trigger_end: int
    field: str
    value: str
    author: str
    created_at: str
    note: str | None = None

    @property
    def anchor(self) -> tuple[str, int, int]:
        return (self.article_id, self.trigger_start, self.trigger_end)

    def decoded(self) -> Any:
        """The value as JSON data: a dict for a place, an int, a bool, else the text."""
        if self.field in ("place", "fatalities", "rejected"):
            return json.loads(self.value)
        return self.value

    def to_dict(self) -> dict[str, Any]:
        """What an event record shows of it."""
        return {
            "field": self.field,
            "value": self.decoded(),
            "author": self.author,
            "created_at": self.created_at,
            "note": self.note,
        }


def latest_corrections(corrections: Sequence[Correction]) -> dict[str, Correction]:
    """The correction that wins per field: the latest (``corrections`` oldest first)."""
    return {c.field: c for c in corrections}


def is_rejected(corrections: Sequence[Correction]) -> bool:
    """Whether the latest ``rejected`` correction among these says the event is rejected."""
    latest = latest_corrections(corrections).get("rejected")
    return latest is not None and latest.value == "true"


def corrected_event(event: dict[str, Any], corrections: Sequence[Correction]) -> dict[str, Any]:
    """An event record (``Event.to_dict()``) with the winning corrections' values in place
    of the extracted ones (``corrections`` oldest first)."""
    event = dict(event)
    for field, correction in latest_corrections(corrections).items():
        value = correction.decoded()
        if field in ("event_type", "sub_event_type"):
            event[field] = value
        elif field == "date":
            start, _, end = correction.value.partition("/")
            end = end or start
            days = (date.fromisoformat(end) - date.fromisoformat(start)).days
            precision = 1 if days == 0 else 2 if days <= 7 else 3
            when = dict(event.get("when") or {})
            when.update(start=start, end=end, time_precision=precision, basis="correction")
            event["when"] = when
        elif field == "place":
            place = dict(event.get("place") or {})
            place.update(value, geonames_id=None, admin1=None, admin2=None)
            place["geo_precision"] = 1 if value["latitude"] is not None else None
            event["place"] = place
        elif field == "fatalities":
            deaths = dict(event.get("fatalities") or {})
            deaths.update(best=value, low=value, high=value, lower_bound=False, approximate=False)
            event["fatalities"] = deaths
        elif field in ("actor1", "actor2"):
            role = "agent" if field == "actor1" else "target"
            actor = dict(event.get(field) or {"role": role})
            actor.update(name=value, inter=None, country=None, implied=False)
            event[field] = actor
    return event


def correction_value(field: str, value: Any) -> str:
    """``value`` checked for ``field`` and written as a correction stores it; InputError
    with the reason when it does not fit."""
    if field not in CORRECTION_FIELDS:
        raise InputError(f"cannot correct {field!r}: give one of {', '.join(CORRECTION_FIELDS)}")
    if field == "date":
        return _date_value(value)
    if field == "place":
        return _place_value(value)
    if field == "fatalities":
        number = value
        if isinstance(value, str) and value.strip().isdigit():
            number = int(value.strip())
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise InputError(f"fatalities must be a whole number, 0 or more; got {value!r}")
        return str(number)
    if field == "rejected":
        if value in (True, "true"):
            return "true"
        if value in (False, "false"):
            return "false"
        raise InputError(f"rejected must be true (or false to take it back); got {value!r}")
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{field} must be a non-empty name; got {value!r}")
    return value.strip()


def _date_value(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    try:
        days = [date.fromisoformat(part) for part in text.split("/")]
    except ValueError:
        days = []
    if len(days) not in (1, 2) or any(len(part) != 10 for part in text.split("/")):
        raise InputError(f"date must be YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD; got {value!r}")
    if days[0] > days[-1]:
        raise InputError(f"the date window {text} ends before it starts")
    return "/".join(day.isoformat() for day in days)


def _place_value(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = None
    if not isinstance(value, dict) or set(value) - {"name", "latitude", "longitude", "country"}:
        raise InputError(
            'place must be {"name", "latitude", "longitude"} (and "country" optionally); '
            f"got {value!r}"
        )
    name, lat, lon = value.get("name"), value.get("latitude"), value.get("longitude")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"a corrected place needs a name; got {value!r}")
    coords = [c for c in (lat, lon) if c is not None]
    if len(coords) == 1 or any(
        isinstance(c, bool) or not isinstance(c, int | float) for c in coords
    ):
        raise InputError(f"a place's latitude and longitude are two numbers or none; got {value!r}")
    if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"latitude or longitude out of range: {lat}, {lon}")
    place = {"name": name.strip(), "latitude": lat, "longitude": lon}
    country = value.get("country")
    if country is not None:
        place["country"] = country_code(str(country))
    return json.dumps(place, ensure_ascii=False, sort_keys=True)
