"""Time expressions to dates: «samedi», "dimanche matin", "depuis le 22 avril", "from 30 April
to 7 May", "three days ago", "la veille" -> start, end, ACLED time precision, TIMEX3 value.

A small grammar over ``resources/<lang>/calendar.yaml``, resolved against the publication
date (the anchor) and, for anaphoric expressions ("la veille", "the same day", "22 h"), the
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
_NEAR_FUTURE_DAYS = 62  # like a month alone: "le 30 juin" in May is coming, not September
_MONTHS_AHEAD = 2
_AHEAD_SLACK_DAYS = 7  # a date this close after the anchor is no date of last year
_YEARS_AHEAD = 10  # "en 05" in a 1999 story is 2005; "octobre 98" in 2016 is 1998
_SAME_WEEK_DAYS = 6  # a weekday named again within a week of the anchor
_NEAR_WEEKEND_WEEKDAY = 1  # up to Tuesday, "ce week-end" told in the past is the last one
_SATURDAY = 5  # date.weekday() of Saturday: a weekend told from it is under way
# The days of a month, and the months of a year, that "early", "mid" and "late" pick.
_MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}  # keys: TIMEX3 mod
_YEAR_PARTS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}

_WORD = re.compile(
    r"\d{1,2}:\d{2}|\d+(?:[.,]\d+)?(?:[^\W\d_]+\.?)?|[^\W\d_]+(?:[-.][^\W\d_]+)*\.?'?|'"
)
_DIGITS_AND_LETTERS = re.compile(r"(\d+)([^\W\d_.]+)(\.?)")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved time expression.

    ``value`` is TIMEX3-style ("2016-04-30", "2016-04-30TMO", "2016-W17", "2016-04", "2011",
    "199X", "P3D", "PRESENT_REF"); ``type`` is DATE, TIME, DURATION or SET; ``start``/``end``
    bound the period it covers (``end`` is the anchor for "depuis ..."); ``precision`` is
    ACLED's time_precision (1 day, 2 a few days or a week, 3 a month; None for longer or no
    date).
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
    weekday_plurals: dict[str, int]
    months: dict[str, int]
    first_day: frozenset[str]
    ordinal_day: re.Pattern[str]
    numeric_date: re.Pattern[str]
    period_parts: dict[str, str]
    parts: dict[str, str]
    day_offsets: dict[str, int]
    anchored: dict[str, int]
    this: frozenset[str]
    last: frozenset[str]
    next: frozenset[str]
    since: tuple[str, ...]
    since_past: frozenset[str]
    links: tuple[str, ...]
    ago: tuple[str, ...]
    earlier: tuple[str, ...]
    later: tuple[str, ...]
    units: dict[str, str]
    time_units: frozenset[str]
    hour_marks: frozenset[str]
    afternoon_marks: frozenset[str]
    numbers: dict[str, int]
    vague: frozenset[str]
    seasons: dict[str, str]
    present: tuple[str, ...]
    recent: tuple[str, ...]
    nearest_weekend: frozenset[str]
    every: tuple[str, ...]
    frequencies: dict[str, str]
    year_prefixes: frozenset[str]
    decade_units: frozenset[str]
    decade_suffixes: frozenset[str]
    week: frozenset[str]
    month: frozenset[str]
    year: frozenset[str]


@functools.cache
def _calendar(lang: str) -> _Calendar:
    data: dict[str, Any] = load_resource(lang, "calendar")

    def words(key: str) -> frozenset[str]:
        return frozenset(_clean(w) for w in data[key])

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(sorted((_clean(w) for w in data[key]), key=len, reverse=True))

    def mapping(key: str) -> dict[str, Any]:
        return {_clean(k): v for k, v in data[key].items()}

    return _Calendar(
        weekdays=mapping("weekday_numbers"),
        weekday_plurals=mapping("weekday_plurals"),
        months=mapping("month_numbers"),
        first_day=words("first_day"),
        ordinal_day=re.compile(data["ordinal_day"]),
        # (not inside a longer number: "1.200.000")
        numeric_date=re.compile(rf"(?<![\d.]){data['numeric_date']}(?![\d.]*\d)"),
        period_parts=mapping("period_parts"),
        parts=mapping("parts_of_day"),
        day_offsets=mapping("day_offsets"),
        anchored=mapping("anchored_offsets"),
        this=words("this"),
        last=words("last"),
        next=words("next"),
        since=phrases("since"),
        since_past=words("since_past"),
        links=phrases("interval_links"),
        ago=phrases("ago"),
        earlier=phrases("earlier"),
        later=phrases("later"),
        units=mapping("units"),
        time_units=words("time_units"),
        hour_marks=words("hour_marks"),
        afternoon_marks=words("afternoon_marks"),
        numbers=mapping("numbers"),
        vague=words("vague"),
        seasons=mapping("seasons"),
        present=phrases("present"),
        recent=phrases("recent"),
        nearest_weekend=words("nearest_weekend"),
        every=phrases("every"),
        frequencies=mapping("frequencies"),
        year_prefixes=words("year_prefixes"),
        decade_units=words("decade_units"),
        decade_suffixes=words("decade_suffixes"),
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
            if since in cal.since_past and far_ahead(inner, anchor) and not year_written(phrase):
                inner = a_year_earlier(inner)  # "since April 22" in a March story
            start = inner.start or anchor
            return replace(inner, end=anchor, precision=_precision(start, anchor))
    return _resolve(phrase, anchor, previous, future, cal)


def a_year_earlier(value: TimeValue) -> TimeValue:
    """The same day or month a year before (what a date after the anchor must be when the
    year is not written and what it dates cannot be ahead: "since April 22" in a March
    story, an attack "on April 22" reported in March). An end past the start moves too."""
    start = value.start
    if start is None:
        return value
    earlier = _safe_date(start.year - 1, start.month, start.day) or start.replace(day=28)
    end = value.end
    if end is not None and end >= start:
        end = _safe_date(end.year - 1, end.month, end.day) or end.replace(day=28)
    stamp = value.value
    if stamp.startswith(f"{start.year:04d}"):
        stamp = f"{earlier.year:04d}" + stamp[4:]
    return replace(value, value=stamp, start=earlier, end=end)


def far_ahead(value: TimeValue, anchor: date) -> bool:
    """Whether the value begins more than a week after the anchor: a date a day or two
    ahead is rather the anchor's imprecision (a report dated the day before) than last
    year's."""
    return value.start is not None and (value.start - anchor).days > _AHEAD_SLACK_DAYS


def year_written(text: str) -> bool:
    """Whether a time expression writes its year ("22 April 2021")."""
    return _YEAR_WRITTEN.search(text) is not None


def _words(phrase: str, cal: _Calendar) -> list[str]:
    """The phrase's words, with "30th" read as 30, "10h" as 10 h, "mid-March" as mid March
    and "18/02/2014" as 18 February 2014."""
    phrase = cal.numeric_date.sub(lambda m: _spelt_date(m, cal), phrase)
    out: list[str] = []
    for word in _WORD.findall(phrase):
        ordinal = cal.ordinal_day.fullmatch(word)
        if ordinal is not None and word not in cal.first_day:
            out.append(ordinal[1])
            continue
        shaped = _DIGITS_AND_LETTERS.fullmatch(word)
        if shaped is not None:
            digits, letters, dot = shaped.groups()
            if letters + dot in cal.hour_marks:
                out += [digits, letters + dot]
                continue
        if "-" in word and word not in cal.parts and word not in cal.numbers:
            head, _, last = word.rpartition("-")
            if last in cal.months or last in cal.weekdays:
                out += [head, last]  # "mid-march", "mi-mars"
                continue
        out.append(word)
    return out


def _spelt_date(found: re.Match[str], cal: _Calendar) -> str:
    """A date written in digits as the words that say it ("18/02/2014": "18", the month's
    first name in the calendar, "2014"); as written when it is no date ("45/13/20")."""
    day, month = int(found[1]), int(found[2])
    name = next((w for w, n in cal.months.items() if n == month), None)
    if name is None or not 1 <= day <= 31:
        return found[0]
    return f"{day} {name} {found[3]}"


# "since 22 April 2021", "le 5.6.24": the year is the text's
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b")
_BARE_DAY = re.compile(r"(?:^|\s)(\d{1,2})$")  # an interval's first end, a day alone
_DAY_AND_YEAR = re.compile(r"(\d{1,2})(?:,?\s+(\d{4}))?$")  # "20", "8 2019": the second day


def _resolve(
    phrase: str, anchor: date, previous: TimeValue | None, future: bool, cal: _Calendar
) -> TimeValue | None:
    words = _words(phrase, cal)
    if not words:
        return None
    base = previous.start if previous is not None and previous.start is not None else anchor
    found = _offset_word_before_date(phrase, words, anchor, previous, future, cal)
    if found is not None:
        return found
    padded = f" {phrase} "
    for link in cal.links:
        spaced = any(c.isalnum() for c in link) or f" {link} " in padded
        joint = f" {link} " if spaced else link  # "1982-1990"
        if joint not in padded:
            continue
        left, _, right = padded.partition(joint)
        left, right = left.strip(), right.strip()
        first = _resolve(left, anchor, previous, future, cal)
        if (first is None or first.start is None) and (bare := _BARE_DAY.search(left)):
            # "between 22 and 23 March 2020": the first day takes the month of the second
            second = _resolve(right, anchor, previous, future, cal)
            if second is not None and second.start is not None and second.end is not None:
                day = _safe_date(second.start.year, second.start.month, int(bare.group(1)))
                if day is not None and day <= second.start:
                    end = second.end
                    return TimeValue(day.isoformat(), "DATE", day, end, _precision(day, end))
        if first is None or first.start is None:
            continue
        if (days := _DAY_AND_YEAR.match(right)) is not None:
            # "February 19 and 20", "November 7-8 2019": the second day takes the month of
            # the first, and both the year that closes them
            year = int(days.group(2)) if days.group(2) else first.start.year
            start = _safe_date(year, first.start.month, first.start.day)
            day = _safe_date(year, first.start.month, int(days.group(1)))
            if start is not None and day is not None and day >= start:
                value = start.isoformat() if first.type == "DATE" else first.value
                return TimeValue(value, first.type, start, day, _precision(start, day))
        # the end of an interval comes after its start: "du 30 avril au 7 mai"
        second = _resolve(right, first.start, first, True, cal)
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
    found = _apposed_clock(phrase, anchor, previous, future, cal)
    if found is not None:
        return found  # "vers 15 h 30, hier"
    if any(phrase == p or phrase.startswith(p + " ") for p in cal.present):
        return TimeValue("PRESENT_REF", "DATE", anchor, anchor, DAY)
    found = _recurring(phrase, words, cal)
    if found is not None:
        return found
    found = _relative_day(phrase, words, anchor, base, cal, previous is not None)
    if found is not None and found.start is not None:
        clock = _clock(words, found.start, cal)  # "hier à 10 h"
        return clock or found
    if found is not None:
        return found
    found = _offset(phrase, words, anchor, base, cal)
    if found is not None:
        return found
    found = _clock(words, base, cal)
    if found is not None:
        return found
    named = previous.start if previous is not None and previous.is_day else None
    found = _calendar_date(words, anchor, future, cal, named)
    if found is not None:
        return found
    found = _period(phrase, words, anchor, future, cal)
    if found is not None:
        return found
    return _duration(words, cal)


def _offset_word_before_date(
    phrase: str,
    words: list[str],
    anchor: date,
    previous: TimeValue | None,
    future: bool,
    cal: _Calendar,
) -> TimeValue | None:
    """ "Overnight between 22 and 23 March 2020", "overnight November 7-8": a word that
    counts days from the publication ("overnight", "last night") followed by the date it
    means is that date, not the night before the publication."""
    key = next((k for k in cal.day_offsets if phrase.startswith(k + " ")), None)
    if key is None or not any(w.isdigit() or w in cal.months for w in words):
        return None
    rest = _resolve(phrase[len(key) :].strip(), anchor, previous, future, cal)
    return rest if rest is not None and rest.type == "DATE" and rest.start is not None else None


def _apposed_clock(
    phrase: str, anchor: date, previous: TimeValue | None, future: bool, cal: _Calendar
) -> TimeValue | None:
    """A clock time with its day after a comma: "vers 15 h 30, hier" is 15:30 yesterday."""
    head, comma, tail = phrase.partition(",")
    if not comma or _clock(_words(head, cal), anchor, cal) is None:
        return None
    day = _resolve(tail.strip(), anchor, previous, future, cal)
    if day is None or not day.is_day or day.start is None:
        return None
    return _clock(_words(head, cal), day.start, cal)


def _recurring(phrase: str, words: list[str], cal: _Calendar) -> TimeValue | None:
    """ "tous les jeudis", "on Fridays" -> every Thursday/Friday; "chaque jour" -> P1D;
    "annual" -> P1Y."""
    every = any(phrase.startswith(p + " ") for p in cal.every)
    weekday = next((cal.weekday_plurals[w] for w in words if w in cal.weekday_plurals), None)
    if weekday is None and every:
        weekday = next((cal.weekdays[w] for w in words if w in cal.weekdays), None)
    if weekday is not None:
        return TimeValue(f"XXXX-WXX-{weekday + 1}", "SET")
    if every:
        period = _duration(words, cal) or _duration(["1", *words], cal)
        if period is not None:
            return TimeValue(period.value.replace("PX", "P1"), "SET")
    frequency = next((cal.frequencies[w] for w in words if w in cal.frequencies), None)
    return TimeValue(frequency, "SET") if frequency is not None else None


def _part(words: list[str], cal: _Calendar) -> str:
    return next((cal.parts[w] for w in words if w in cal.parts), "")


def _day(day: date, part: str = "") -> TimeValue:
    value = day.isoformat() + (f"T{part}" if part else "")
    return TimeValue(value, "TIME" if part else "DATE", day, day, DAY)


def _relative_day(
    phrase: str, words: list[str], anchor: date, base: date, cal: _Calendar, named: bool = True
) -> TimeValue | None:
    """«hier», "last night", "la veille", "the next day", "ce soir", "cette nuit". A day
    after the date named before, when none was (``named``), is none: it would be the day
    after the report ("Police arrested the suspects the next morning")."""
    for key, offset in cal.day_offsets.items():
        if phrase == key or phrase.startswith(key + " "):
            return _day(anchor + timedelta(days=offset), _part(words, cal))
    for key, offset in cal.anchored.items():
        if phrase == key or phrase.startswith(key + " "):
            if offset > 0 and not named:
                return None
            return _day(base + timedelta(days=offset), _part(words, cal))
    if len(words) == 2 and words[0] in cal.this and words[1] in cal.parts:
        return _day(anchor, cal.parts[words[1]])  # "ce soir", "cette nuit"
    if len(words) == 1 and words[0] in cal.parts and ":" not in cal.parts[words[0]]:
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


def _amount(words: list[str], cal: _Calendar) -> float | None:
    """The number of units, or None for a vague one ("quelques", "a few")."""
    if any(w in cal.vague for w in words) and not any(w[:1].isdigit() for w in words):
        return None
    return next((n for n in (_count(w, cal) for w in words) if n is not None), None)


def _offset(
    phrase: str, words: list[str], anchor: date, base: date, cal: _Calendar
) -> TimeValue | None:
    """ "il y a trois jours", "three days ago" (from the anchor), "deux jours plus tôt" (from
    the last date)."""
    direction = 0
    rest = phrase
    for ago in cal.ago:
        if phrase.startswith(ago + " "):
            direction, rest, origin = -1, phrase[len(ago) :], anchor
            break
        if phrase.endswith(" " + ago):
            direction, rest, origin = -1, phrase[: -len(ago)], anchor
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
    parts = _words(rest, cal)
    unit_word = next((w for w in parts if w in cal.units), None)
    if unit_word is None:
        return None
    amount = _amount(parts, cal)
    unit, is_time = cal.units[unit_word], unit_word in cal.time_units
    if amount is None:  # "quelques heures plus tôt": the same day, near enough
        return _day(origin) if is_time else None
    per_unit = 0 if is_time else {"D": 1, "W": 7, "M": 30, "Y": 365}.get(unit, 0)
    day = origin + timedelta(days=direction * per_unit * amount)
    if is_time or unit == "D":
        return _day(day)
    return TimeValue(day.isoformat(), "DATE", day, day, WEEK if unit == "W" else MONTH)


def _clock(words: list[str], base: date, cal: _Calendar) -> TimeValue | None:
    """ "22 h", "21 h 45", "18 heures", "10 pm", "21:45" on the day named before (or the
    anchor)."""
    for i, word in enumerate(words):
        clock = _CLOCK.fullmatch(word)
        if clock is not None:
            hour, minutes, marks = int(clock[1]), int(clock[2]), words[i + 1 : i + 2]
        elif word.isdigit() and i + 1 < len(words) and words[i + 1] in cal.hour_marks:
            hour, marks = int(word), words[i + 1 : i + 2]
            minutes = int(words[i + 2]) if i + 2 < len(words) and words[i + 2].isdigit() else 0
        else:
            continue
        if any(m in cal.afternoon_marks for m in marks) and hour < 12:
            hour += 12  # "10 pm"
        if hour < 24 and minutes < 60:
            value = f"{base.isoformat()}T{hour:02d}:{minutes:02d}"
            return TimeValue(value, "TIME", base, base, DAY)
    return None


def _full_year(number: int, anchor: date, ahead: int) -> int:
    """A two-digit year in the century that puts it at most ``ahead`` years after the anchor."""
    year = anchor.year - anchor.year % 100 + number
    if year + 100 <= anchor.year + ahead:
        return year + 100
    return year - 100 if year > anchor.year + ahead else year


def _decade(words: list[str], anchor: date, cal: _Calendar) -> TimeValue | None:
    """ "les années 60", "the 1990s", "the '90s" -> 196X, 199X."""
    for i, word in enumerate(words):
        digits = None
        if word in cal.decade_units and i + 1 < len(words) and words[i + 1].isdigit():
            digits = words[i + 1]
        shaped = _DIGITS_AND_LETTERS.fullmatch(word)
        if shaped is not None and shaped[2] in cal.decade_suffixes:
            digits = shaped[1]
        if digits is None or len(digits) not in (2, 4) or not digits.endswith("0"):
            continue
        year = int(digits) if len(digits) == 4 else _full_year(int(digits), anchor, 0)
        return TimeValue(f"{year // 10:03d}X", "DATE", date(year, 1, 1), date(year + 9, 12, 31))
    return None


def _calendar_date(
    words: list[str], anchor: date, future: bool, cal: _Calendar, named: date | None = None
) -> TimeValue | None:
    """Weekday, day, month, year and part of day, in any order and combination a date
    allows ("samedi 30 avril 2016", "Saturday, April 30, 2016", "en 97"). A bare weekday
    is the day ``named`` just before when that is the same weekday near the anchor ("le
    concert du samedi 29 mai ... Rendez-vous samedi à 8 h")."""
    decade = _decade(words, anchor, cal)
    if decade is not None:
        return decade
    weekday = next((cal.weekdays[w] for w in words if w in cal.weekdays), None)
    month = next((cal.months[w] for w in words if w in cal.months), None)
    day = year = None
    for i, word in enumerate(words):
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in cal.first_day and day is None:
            day = 1
        elif not word.isdigit():
            continue
        elif after in cal.months and day is None and 1 <= int(word) <= 31:
            day = int(word)  # "30 avril"
        elif before in cal.months and len(word) <= 2:
            if day is None and 1 <= int(word) <= 31:
                day = int(word)  # "April 30"
            else:
                year = _full_year(int(word), anchor, _YEARS_AHEAD)  # "octobre 98"
        elif len(word) == 4:
            year = int(word)
        elif before in cal.year_prefixes and len(word) == 2 and month is None and weekday is None:
            year = _full_year(int(word), anchor, _YEARS_AHEAD)  # "en 97"
    part = _part(words, cal)
    period_part = next((cal.period_parts[w] for w in words if w in cal.period_parts), None)
    forward = future or any(w in cal.next for w in words)
    backward = any(w in cal.last for w in words)
    if year is None and (month is not None or day is not None) and cal.year & set(words):
        # "April 11 last year", "en mars l'année dernière": the year the phrase names
        shift = -1 if backward else 1 if any(w in cal.next for w in words) else 0
        year = anchor.year + shift
    if month is not None and day is not None:
        when = _nearest(anchor, lambda y: _safe_date(y, month, day), year, forward, backward)
        if when is None:
            return None
        clock = _clock(words, when, cal)
        return clock or _day(when, part)
    if weekday is not None and any(w in cal.this for w in words):
        monday = anchor - timedelta(days=anchor.weekday())
        return _day(monday + timedelta(days=weekday), part)  # "ce mardi": this week's
    if weekday is not None and named is not None and named.weekday() == weekday:
        near = abs((named - anchor).days) <= _SAME_WEEK_DAYS
        if near and not backward and not (forward and named <= anchor):
            return _day(named, part)
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
        last = calendar.monthrange(year, month)[1]
        low, high = _MONTH_PARTS.get(period_part or "", (1, last))
        start, end = date(year, month, low), date(year, month, min(high, last))
        return TimeValue(f"{year:04d}-{month:02d}", "DATE", start, end, MONTH)
    if year is not None:
        first, final = _YEAR_PARTS.get(period_part or "", (1, 12))
        end = date(year, final, calendar.monthrange(year, final)[1])
        return TimeValue(f"{year:04d}", "DATE", date(year, first, 1), end, None)
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
    """The date in the given year; else the next one for a planned event, else the coming
    one when it is nearer than the past one and within two months ("le 30 juin" in a May
    story is coming; "le 27 février" and "September 24" are past), else the most recent
    past one."""
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


def _period(
    phrase: str, words: list[str], anchor: date, future: bool, cal: _Calendar
) -> TimeValue | None:
    """ "la semaine dernière", "cette année", "le mois prochain", "l'automne", "earlier this
    month" (up to the anchor); not "ces derniers mois", "in recent weeks" (some units up to
    now: a duration)."""
    if any(phrase.startswith(r + " ") for r in cal.recent):
        return None
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
    if shift is None and phrase in cal.nearest_weekend:
        # "over the weekend" told in the past on a weekday: the one before; else this one
        shift = -1 if not future and anchor.weekday() < _SATURDAY else 0
    if shift is None:
        return None
    found: TimeValue | None = None
    if any(w in cal.week for w in words):
        weekend = any(cal.units.get(w) == "WE" for w in words)
        if weekend and shift == 0 and not future and anchor.weekday() <= _NEAR_WEEKEND_WEEKDAY:
            shift = -1  # "se sont rendus ce week-end" in a Tuesday story: the one just past
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        iso = monday.isocalendar()
        first = monday + timedelta(days=5 if weekend else 0)  # a weekend: Saturday and Sunday
        value = f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if weekend else "")
        found = TimeValue(value, "DATE", first, monday + timedelta(days=6), WEEK)
    elif any(w in cal.month for w in words):
        year, month = anchor.year, anchor.month + shift
        year, month = (
            (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
        )
        last = calendar.monthrange(year, month)[1]
        found = TimeValue(
            f"{year:04d}-{month:02d}", "DATE", date(year, month, 1), date(year, month, last), MONTH
        )
    elif any(w in cal.year for w in words):
        year = anchor.year + shift
        found = TimeValue(f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), None)
    if found is None or found.start is None or found.end is None or shift != 0:
        return found
    if any(phrase.startswith(e + " ") for e in cal.earlier) and found.start <= anchor:
        return replace(found, end=anchor, precision=_precision(found.start, anchor))
    if any(phrase.startswith(e + " ") for e in cal.later) and anchor <= found.end:
        return replace(found, start=anchor, precision=_precision(anchor, found.end))
    return found


def _duration(words: list[str], cal: _Calendar) -> TimeValue | None:
    """ "deux ans" -> P2Y, "30,4 secondes" -> PT30.4S, "quelques jours" -> PXD."""
    unit_word = next((w for w in words if w in cal.units), None)
    if unit_word is None:
        return None
    unit = cal.units[unit_word]
    amount = _amount(words, cal)
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
