"""Time expressions to dates: «samedi», "dimanche matin", "depuis le 22 avril", "du 30 avril au
7 mai", "il y a trois jours", "la veille" -> start, end, ACLED time precision, TIMEX3 value.

A small grammar over ``resources/<lang>/calendar.yaml``, resolved against the publication
date (the anchor) and, for anaphoric expressions ("la veille", "le même jour", "22 h"), the
date named just before. Weekdays and dates without a year take the most recent past one,
or the next one when the event is planned (``future``).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from wirewatch.lang import load_resource

DAY, WEEK, MONTH = 1, 2, 3  # ACLED time_precision
_FORWARD_SLACK_DAYS = 7
_NEAR_FUTURE_DAYS = 183
_MONTHS_AHEAD = 2

_WORD = re.compile(r"\d+er\b|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-.][^\W\d_]+)*\.?'?|'")


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved time expression.

    ``value`` is TIMEX3-style ("2016-04-30", "2016-04-30TMO", "2016-W17", "2016-04", "2011",
    "P3D", "PRESENT_REF"); ``type`` is DATE, TIME or DURATION; ``start``/``end`` bound the
    period it covers (``end`` is the anchor for "depuis ..."); ``precision`` is ACLED's
    time_precision (1 day, 2 a few days or a week, 3 a month; None for longer or no date).
    """

    value: str
    type: str
    start: date | None = None
    end: date | None = None
    precision: int | None = None

    @property
    def is_day(self) -> bool:
        return self.precision == DAY and self.start is not None


@dataclass(frozen=True, slots=True)
class _Calendar:
    weekdays: dict[str, int]
    months: dict[str, int]
    first_day: frozenset[str]
    parts: dict[str, str]
    day_offsets: dict[str, int]
    anchored: dict[str, int]
    this: frozenset[str]
    last: frozenset[str]
    next: frozenset[str]
    since: tuple[str, ...]
    ago: tuple[str, ...]
    earlier: tuple[str, ...]
    later: tuple[str, ...]
    units: dict[str, str]
    time_units: frozenset[str]
    hour_marks: frozenset[str]
    numbers: dict[str, int]
    vague: frozenset[str]
    seasons: dict[str, str]
    present: tuple[str, ...]
    every: tuple[str, ...]
    week: frozenset[str]
    month: frozenset[str]
    year: frozenset[str]


@functools.cache
def _calendar(lang: str) -> _Calendar:
    data: dict[str, Any] = load_resource(lang, "calendar")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(sorted((_clean(w) for w in data[key]), key=len, reverse=True))

    def mapping(key: str) -> dict[str, Any]:
        return {_clean(k): v for k, v in data[key].items()}

    return _Calendar(
        weekdays=mapping("weekday_numbers"),
        months=mapping("month_numbers"),
        first_day=words("first_day"),
        parts=mapping("parts_of_day"),
        day_offsets=mapping("day_offsets"),
        anchored=mapping("anchored_offsets"),
        this=words("this"),
        last=words("last"),
        next=words("next"),
        since=phrases("since"),
        ago=phrases("ago"),
        earlier=phrases("earlier"),
        later=phrases("later"),
        units=mapping("units"),
        time_units=words("time_units"),
        hour_marks=words("hour_marks"),
        numbers=mapping("numbers"),
        vague=words("vague"),
        seasons=mapping("seasons"),
        present=phrases("present"),
        every=phrases("every"),
        week=words("week"),
        month=words("month"),
        year=words("year"),
    )


def _clean(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def resolve_time(
    text: str,
    anchor: date,
    *,
    previous: TimeValue | None = None,
    future: bool = False,
    lang: str = "fr",
) -> TimeValue | None:
    """The value of one time expression, or None when it cannot be resolved."""
    cal = _calendar(lang)
    phrase = _clean(text)
    for since in cal.since:
        if phrase.startswith(since + " ") or phrase.startswith(since + "'"):
            inner = _resolve(phrase[len(since) :].strip(" '"), anchor, previous, future, cal)
            if inner is None or inner.start is None:
                return inner
            return replace(inner, end=anchor, precision=_precision(inner.start, anchor))
    return _resolve(phrase, anchor, previous, future, cal)


def _resolve(
    phrase: str, anchor: date, previous: TimeValue | None, future: bool, cal: _Calendar
) -> TimeValue | None:
    words = _WORD.findall(phrase)
    if not words:
        return None
    base = previous.start if previous is not None and previous.start is not None else anchor
    for link in (" au ", " et ", " à ", " jusqu'au "):
        if link in phrase:
            left, _, right = phrase.partition(link)
            first = _resolve(left.strip(), anchor, previous, future, cal)
            if first is None or first.start is None:
                continue
            # the end of an interval comes after its start: "du 30 avril au 7 mai"
            second = _resolve(right.strip(), first.start, first, True, cal)
            if second and second.type == "TIME" and second.start == first.start:
                return second  # "hier à 10 h": a time of that day, not an interval
            if second and second.end and first.start <= second.end:
                return TimeValue(
                    first.value,
                    first.type,
                    first.start,
                    second.end,
                    _precision(first.start, second.end),
                )
    if any(phrase == p or phrase.startswith(p + " ") for p in cal.present):
        return TimeValue("PRESENT_REF", "DATE", anchor, anchor, DAY)
    if any(phrase.startswith(p + " ") for p in cal.every):
        weekday = next((cal.weekdays[w.rstrip("s")] for w in words
                        if w.rstrip("s") in cal.weekdays), None)  # fmt: skip
        if weekday is not None:  # "tous les jeudis" -> every Thursday
            return TimeValue(f"XXXX-WXX-{weekday + 1}", "SET")
        every = _duration(words, cal) or _duration(["1", *words], cal)
        if every is not None:  # "chaque jour" -> P1D, "par an" -> P1Y
            return TimeValue(every.value.replace("PX", "P1"), "SET")
    found = _relative_day(phrase, words, anchor, base, cal)
    if found is not None and found.start is not None:
        clock = _clock(words, found.start, cal)  # "hier à 10 h", "vers 15 h 30, hier"
        return clock or found
    if found is not None:
        return found
    found = _offset(phrase, words, anchor, base, cal)
    if found is not None:
        return found
    found = _clock(words, base, cal)
    if found is not None:
        return found
    found = _calendar_date(words, anchor, future, cal)
    if found is not None:
        return found
    found = _period(words, anchor, cal)
    if found is not None:
        return found
    return _duration(words, cal)


def _part(words: list[str], cal: _Calendar) -> str:
    return next((cal.parts[w] for w in words if w in cal.parts), "")


def _day(day: date, part: str = "") -> TimeValue:
    value = day.isoformat() + (f"T{part}" if part else "")
    return TimeValue(value, "TIME" if part else "DATE", day, day, DAY)


def _relative_day(
    phrase: str, words: list[str], anchor: date, base: date, cal: _Calendar
) -> TimeValue | None:
    """«hier», "hier soir", "la veille", "le lendemain", "ce soir", "cette nuit"."""
    for key, offset in cal.day_offsets.items():
        if phrase == key or phrase.startswith(key + " "):
            return _day(anchor + timedelta(days=offset), _part(words, cal))
    for key, offset in cal.anchored.items():
        if phrase == key or phrase.startswith(key + " "):
            return _day(base + timedelta(days=offset), _part(words, cal))
    if len(words) == 2 and words[0] in cal.this and words[1] in cal.parts:
        return _day(anchor, cal.parts[words[1]])  # "ce soir", "cette nuit"
    if len(words) == 1 and words[0] in cal.parts:
        return TimeValue(f"T{cal.parts[words[0]]}", "TIME")  # "nocturnes": a part of day only
    if words[-1] in cal.parts and all(w not in cal.weekdays and not w.isdigit() for w in words):
        return _day(base, cal.parts[words[-1]])  # "vers midi", "la nuit": that day's
    return None


def _count(word: str, cal: _Calendar) -> float | None:
    if word in cal.numbers:
        return float(cal.numbers[word])
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _offset(
    phrase: str, words: list[str], anchor: date, base: date, cal: _Calendar
) -> TimeValue | None:
    """ "il y a trois jours" (from the anchor), "deux jours plus tôt" (from the last date)."""
    direction = 0
    rest = phrase
    for ago in cal.ago:
        if phrase.startswith(ago + " "):
            direction, rest, origin = -1, phrase[len(ago) :], anchor
            break
    else:
        origin = base
        if any(w in cal.time_units for w in words):
            origin = anchor  # "quelques heures plus tôt": hours before the time of reporting
        for earlier in cal.earlier:
            if phrase.endswith(" " + earlier):
                direction, rest = -1, phrase[: -len(earlier)]
        for later in cal.later:
            if phrase.endswith(" " + later):
                direction, rest = 1, phrase[: -len(later)]
    if not direction:
        return None
    parts = _WORD.findall(rest)
    unit_word = next((w for w in parts if w in cal.units), None)
    amount = next((n for n in (_count(w, cal) for w in parts) if n is not None), None)
    if unit_word is None:
        return None
    unit, is_time = cal.units[unit_word], unit_word in cal.time_units
    if amount is None:  # "quelques heures plus tôt": the same day, near enough
        return _day(origin) if is_time else None
    per_unit = 0 if is_time else {"D": 1, "W": 7, "M": 30, "Y": 365}.get(unit, 0)
    day = origin + timedelta(days=direction * per_unit * amount)
    if is_time or unit == "D":
        return _day(day)
    return TimeValue(day.isoformat(), "DATE", day, day, WEEK if unit == "W" else MONTH)


def _clock(words: list[str], base: date, cal: _Calendar) -> TimeValue | None:
    """ "22 h", "21 h 45", "18 heures" on the day named before (or the anchor)."""
    for i, word in enumerate(words[:-1]):
        if word.isdigit() and words[i + 1] in cal.hour_marks and int(word) < 24:
            minutes = words[i + 2] if i + 2 < len(words) and words[i + 2].isdigit() else "00"
            value = f"{base.isoformat()}T{int(word):02d}:{int(minutes):02d}"
            return TimeValue(value, "TIME", base, base, DAY)
    return None


def _calendar_date(
    words: list[str], anchor: date, future: bool, cal: _Calendar
) -> TimeValue | None:
    """Weekday, day, month, year and part of day, in any combination a date allows."""
    weekday = next((cal.weekdays[w] for w in words if w in cal.weekdays), None)
    month = next((cal.months[w] for w in words if w in cal.months), None)
    day = year = None
    for i, word in enumerate(words):
        if word in cal.first_day:
            day = 1
        elif word.isdigit():
            number = int(word)
            follows_month = i + 1 < len(words) and words[i + 1] in cal.months
            if follows_month and 1 <= number <= 31 and day is None:
                day = number
            elif month is not None and i > 0 and words[i - 1] in cal.months:
                year = (
                    number + (1900 if 50 <= number < 100 else 2000 if number < 50 else 0)
                    if number < 100
                    else number
                )
            elif len(word) == 4:
                year = number
    part = _part(words, cal)
    forward = future or any(w in cal.next for w in words)
    backward = any(w in cal.last for w in words)
    if month is not None and day is not None:
        when = _nearest(anchor, lambda y: _safe_date(y, month, day), year, forward, backward)
        if when is None:
            return None
        clock = _clock(words, when, cal)
        return clock or _day(when, part)
    if weekday is not None and any(w in cal.this for w in words):
        monday = anchor - timedelta(days=anchor.weekday())
        return _day(monday + timedelta(days=weekday), part)  # "ce mardi": this week's
    if weekday is not None:
        delta = (anchor.weekday() - weekday) % 7
        if forward:
            delta = -((weekday - anchor.weekday()) % 7 or 7)
        elif backward and delta == 0:
            delta = 7
        return _day(anchor - timedelta(days=delta), part)
    if month is not None:
        if year is None:
            year = anchor.year
            ahead = month - anchor.month
            if forward and ahead < 0:
                year += 1
            elif backward and ahead >= 0:
                year -= 1
            elif not forward and not backward and ahead > _MONTHS_AHEAD:
                year -= 1  # "en août" in July is coming; "en novembre" in March was last year
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        return TimeValue(f"{year:04d}-{month:02d}", "DATE", first, last, MONTH)
    if year is not None:
        return TimeValue(f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), None)
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(
    anchor: date,
    make: Callable[[int], date | None],
    year: int | None,
    forward: bool,
    backward: bool = False,
) -> date | None:
    """The date in the given year; else the next one for a planned event, else the nearest
    one, past or coming, within half a year ("le 30 juin" in a May story is coming; "le 27
    février" is past), else the most recent past one."""
    if year is not None:
        return make(year)
    this_year = make(anchor.year)
    if this_year is None:
        return None
    if forward:  # a planned event may have begun in the last days: "du 30 avril au 7 mai"
        recent = anchor - timedelta(days=_FORWARD_SLACK_DAYS)
        return this_year if this_year >= recent else make(anchor.year + 1)
    past = this_year if this_year <= anchor else make(anchor.year - 1)
    coming = this_year if this_year > anchor else make(anchor.year + 1)
    if (
        not backward
        and coming is not None
        and past is not None
        and (coming - anchor).days < min((anchor - past).days, _NEAR_FUTURE_DAYS)
    ):
        return coming
    return past


def _period(words: list[str], anchor: date, cal: _Calendar) -> TimeValue | None:
    """ "la semaine dernière", "cette année", "le mois prochain", "l'automne"."""
    shift = (
        -1
        if any(w in cal.last for w in words)
        else 1
        if any(w in cal.next for w in words)
        else 0
        if any(w in cal.this for w in words)
        else None
    )
    season = next((cal.seasons[w] for w in words if w in cal.seasons), None)
    if season is not None:
        if shift is None and not any(w.endswith("'") for w in words):
            return TimeValue(f"XXXX-{season}", "DATE")  # "en été": any summer
        return TimeValue(f"{anchor.year + (shift or 0):04d}-{season}", "DATE")
    if shift is None:
        return None
    if any(w in cal.week for w in words):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        iso = monday.isocalendar()
        suffix = "-WE" if any(cal.units.get(w) == "WE" for w in words) else ""
        return TimeValue(
            f"{iso[0]:04d}-W{iso[1]:02d}{suffix}", "DATE", monday, monday + timedelta(days=6), WEEK
        )
    if any(w in cal.month for w in words):
        year, month = anchor.year, anchor.month + shift
        year, month = (
            (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
        )
        last = calendar.monthrange(year, month)[1]
        return TimeValue(
            f"{year:04d}-{month:02d}", "DATE", date(year, month, 1), date(year, month, last), MONTH
        )
    if any(w in cal.year for w in words):
        year = anchor.year + shift
        return TimeValue(f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), None)
    return None


def _duration(words: list[str], cal: _Calendar) -> TimeValue | None:
    """ "deux ans" -> P2Y, "30,4 secondes" -> PT30.4S, "quelques jours" -> PXD."""
    unit_word = next((w for w in words if w in cal.units), None)
    if unit_word is None:
        return None
    unit = cal.units[unit_word]
    amount = next((n for n in (_count(w, cal) for w in words) if n is not None), None)
    if amount is None:
        if not any(w in cal.vague or w in cal.last for w in words):
            return None
        number = "X"
    else:
        number = f"{amount:g}"
    designator = "PT" if unit_word in cal.time_units else "P"
    return TimeValue(f"{designator}{number}{unit}", "DURATION")


def _precision(start: date, end: date) -> int | None:
    days = (end - start).days
    if days <= 0:
        return DAY
    if days <= 7:
        return WEEK
    if days <= 31:
        return MONTH
    return None
