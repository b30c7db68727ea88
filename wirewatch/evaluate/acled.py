"""ACLED exports as gold: each row's ``notes`` is the input text, dated by ``event_date``;
the row's coded fields are what the system must find.

Definitions (over rows, each row one event):

* The system's event for a row is the first event it outputs with status ``reported``
  and an ACLED ``event_type`` (``None`` when there is none: every field then counts wrong).
* ``event_type`` / ``sub_event_type``: equal to ACLED's. ``date_exact``: the day ACLED
  would code for the event's dates (``When.coded_day``, as the ACLED CSV export writes it:
  the day, the first of days the text names, the middle of a vague period) is
  ``event_date``; ``date_1day``: within one day. ``location_25km`` / ``location_161km``:
  great-circle distance between the event's place and ACLED's latitude/longitude.
  ``fatalities_exact``: the best figure equals ACLED's (an unknown figure counts as 0, as
  ACLED codes it); ``fatalities_10pct``: within 10 % of it. ``actor1`` / ``actor2``: the
  canonical name equals ACLED's, ignoring a "(2000-)" style period wherever it stands
  ("Police Forces of Burkina Faso (2015-) Gendarmerie") and case (an empty ACLED actor2
  wants no actor2).
* Accuracy = right / rows. The confusion matrix counts (ACLED type, system type or
  "none") pairs.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from wirewatch.errors import InputError
from wirewatch.evaluate.geoparsing import haversine_km
from wirewatch.types import HAPPENING, Event

_DATE_FORMATS = ("%d %B %Y", "%Y-%m-%d", "%d/%m/%Y")
_PERIOD = re.compile(r"\s*\(\d{4}-(\d{4})?\)")
FIELDS = (
    "event_type",
    "sub_event_type",
    "date_exact",
    "date_1day",
    "location_25km",
    "location_161km",
    "fatalities_exact",
    "fatalities_10pct",
    "actor1",
    "actor2",
)


@dataclass(frozen=True, slots=True)
class AcledRow:
    """One coded ACLED event."""

    event_id: str
    event_date: date
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    location: str
    latitude: float | None
    longitude: float | None
    fatalities: int
    notes: str


def _date(value: str, path: Path, line: int) -> date:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise InputError(f"{path}:{line}: event_date {value!r} is not a date")


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def read_acled_csv(path: str | Path) -> list[AcledRow]:
    """The rows of an ACLED export (either the older or the newer column set)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"event_date", "event_type", "notes", "fatalities"} - set(
                reader.fieldnames or ()
            )
            if missing:
                raise InputError(f"{path}: not an ACLED export (no {', '.join(sorted(missing))})")
            rows = []
            for line, row in enumerate(reader, start=2):
                rows.append(
                    AcledRow(
                        event_id=row.get("event_id_cnty") or str(line),
                        event_date=_date(row["event_date"], path, line),
                        event_type=row["event_type"],
                        sub_event_type=row.get("sub_event_type", ""),
                        actor1=row.get("actor1", ""),
                        actor2="" if row.get("actor2") in (None, "", "NA") else row["actor2"],
                        location=row.get("location", ""),
                        latitude=_float(row.get("latitude", "")),
                        longitude=_float(row.get("longitude", "")),
                        fatalities=int(row["fatalities"] or 0),
                        notes=row["notes"],
                    )
                )
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    except (csv.Error, ValueError) as exc:
        raise InputError(f"{path}: not a readable ACLED CSV ({exc})") from exc
    return rows


@dataclass
class AcledScores:
    """Per-field accuracy over ACLED rows (see the module docstring)."""

    rows: int = 0
    right: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, field, want, got

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.rows if self.rows else 0.0


def _actor_name(name: str | None) -> str:
    return " ".join(_PERIOD.sub("", name or "").split()).casefold()


def _main_event(events: Sequence[Event]) -> Event | None:
    return next((e for e in events if e.status in HAPPENING and e.event_type), None)


def score_acled(
    rows: Sequence[AcledRow],
    predict: Callable[[AcledRow], Sequence[Event]],
    progress: Callable[[int, int], None] | None = None,
) -> AcledScores:
    """Score the system's events for each row against ACLED's coding."""
    scores = AcledScores()
    for done, row in enumerate(rows, start=1):
        event = _main_event(predict(row))
        scores.rows += 1
        scores.confusion[(row.event_type, event.event_type or "none" if event else "none")] += 1
        for name, (right, want, got) in _checks(row, event).items():
            if right:
                scores.right[name] += 1
            else:
                scores.errors.append((row.event_id, name, want, got))
        if progress is not None:
            progress(done, len(rows))
    return scores


def _checks(row: AcledRow, event: Event | None) -> dict[str, tuple[bool, str, str]]:
    # the day ACLED would code for the event's dates (the middle of a range), as exported
    start = event.when.coded_day() if event and event.when else None
    place = event.place if event else None
    distance = None
    if (
        place
        and place.latitude is not None
        and place.longitude is not None
        and row.latitude is not None
        and row.longitude is not None
    ):
        distance = haversine_km(place.latitude, place.longitude, row.latitude, row.longitude)
    best = event.fatalities.best if event and event.fatalities else None
    got_fatalities = best if best is not None else 0
    actor1 = event.actor1.name if event and event.actor1 else None
    actor2 = event.actor2.name if event and event.actor2 else None
    days = abs((start - row.event_date).days) if start else None
    event_type = event.event_type if event else None
    sub_type = event.sub_event_type if event else None
    return {
        "event_type": (event_type == row.event_type, row.event_type, str(event_type)),
        "sub_event_type": (sub_type == row.sub_event_type, row.sub_event_type, str(sub_type)),
        "date_exact": (days == 0, str(row.event_date), str(start)),
        "date_1day": (days is not None and days <= 1, str(row.event_date), str(start)),
        "location_25km": (
            distance is not None and distance <= 25,
            row.location,
            f"{place.name if place else None} ({distance and round(distance)} km)",
        ),
        "location_161km": (
            distance is not None and distance <= 161,
            row.location,
            f"{place.name if place else None} ({distance and round(distance)} km)",
        ),
        "fatalities_exact": (got_fatalities == row.fatalities, str(row.fatalities), str(best)),
        "fatalities_10pct": (
            abs(got_fatalities - row.fatalities) <= 0.1 * row.fatalities,
            str(row.fatalities),
            str(best),
        ),
        "actor1": (_actor_name(actor1) == _actor_name(row.actor1), row.actor1, str(actor1)),
        "actor2": (_actor_name(actor2) == _actor_name(row.actor2), row.actor2, str(actor2)),
    }


def format_acled_scores(scores: AcledScores, max_errors: int = 20) -> str:
    """A plain-text report: per-field accuracy, type confusion, commonest errors."""
    lines = [f"ACLED notes: {scores.rows} rows", "", f"{'field':<18}{'accuracy':>9}"]
    lines += [f"{name:<18}{scores.accuracy(name):>9.3f}" for name in FIELDS]
    lines += ["", "event types (ACLED -> wirewatch):"]
    lines += [f"  {n:>5}  {gold} -> {got}" for (gold, got), n in scores.confusion.most_common(12)]
    if scores.errors:
        common = Counter((name, want, got) for _, name, want, got in scores.errors)
        lines += ["", f"commonest errors ({min(max_errors, len(common))} of {len(common)}):"]
        lines += [
            f"  {n:>4}x {name}: want {want!r}, got {got!r}"
            for (name, want, got), n in common.most_common(max_errors)
        ]
    return "\n".join(lines) + "\n"
