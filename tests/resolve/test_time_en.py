"""English time expressions resolved against the publication date (Sunday 1 May 2016), and in
articles: a planned event's weekday looks forward, an ACLED note's date without a year is the
most recent one."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.process import find_time_expressions
from wirewatch.resolve import resolve_time
from wirewatch.resolve.time import TimeValue

SUNDAY = date(2016, 5, 1)
ENGLISH = Settings(lang="en")


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "precision"),
    [
        ("on Saturday", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("Saturday morning", "2016-04-30TMO", "2016-04-30", "2016-04-30", 1),
        ("overnight", "2016-04-30TNI", "2016-04-30", "2016-04-30", 1),
        ("last night", "2016-04-30TNI", "2016-04-30", "2016-04-30", 1),
        ("yesterday", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("yesterday afternoon", "2016-04-30TAF", "2016-04-30", "2016-04-30", 1),
        ("last week", "2016-W16", "2016-04-18", "2016-04-24", 2),
        ("last Wednesday", "2016-04-27", "2016-04-27", "2016-04-27", 1),
        ("since April 22", "2016-04-22", "2016-04-22", "2016-05-01", 3),
        ("since 2011", "2011", "2011-01-01", "2016-05-01", None),
        ("April 30", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("30 April", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("on April 30th", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("April 30, 2016", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("Saturday, April 30, 2016", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("On 9 February 2020", "2020-02-09", "2020-02-09", "2020-02-09", 1),
        ("On 27 December 2022", "2022-12-27", "2022-12-27", "2022-12-27", 1),
        ("from 30 April to 7 May", "2016-04-30", "2016-04-30", "2016-05-07", 2),
        # dates written in digits, day first, a two-digit year in the century near the anchor
        ("on 18/02/2014", "2014-02-18", "2014-02-18", "2014-02-18", 1),
        ("on 18/02/2014 and 19/02/2014", "2014-02-18", "2014-02-18", "2014-02-19", 2),
        ("from 13/02/2014 to 17/02/2014", "2014-02-13", "2014-02-13", "2014-02-17", 2),
        ("the 28/2/08 riots", "2008-02-28", "2008-02-28", "2008-02-28", 1),
        ("between May 1 and May 3", "2016-05-01", "2016-05-01", "2016-05-03", 2),
        # the first day takes the month of the second ("overnight between 22 and 23 March")
        ("between 22 and 23 April", "2016-04-22", "2016-04-22", "2016-04-23", 2),
        ("from 27 - 28 April 2016", "2016-04-27", "2016-04-27", "2016-04-28", 2),
        # a word that counts from the publication, followed by the date it means: that date
        ("overnight between April 22-23 2016", "2016-04-22", "2016-04-22", "2016-04-23", 2),
        ("November 7-8 2015", "2015-11-07", "2015-11-07", "2015-11-08", 2),
        ("overnight on 12 April 2016", "2016-04-12", "2016-04-12", "2016-04-12", 1),
        ("Friday and Saturday", "2016-04-29", "2016-04-29", "2016-04-30", 2),
        ("three days ago", "2016-04-28", "2016-04-28", "2016-04-28", 1),
        ("a week ago", "2016-04-24", "2016-04-24", "2016-04-24", 2),
        ("in early May", "2016-05", "2016-05-01", "2016-05-10", 3),
        ("late April", "2016-04", "2016-04-21", "2016-04-30", 3),
        ("mid-March", "2016-03", "2016-03-11", "2016-03-20", 3),
        ("in March", "2016-03", "2016-03-01", "2016-03-31", 3),
        ("in 2011", "2011", "2011-01-01", "2011-12-31", None),
        ("late 2015", "2015", "2015-09-01", "2015-12-31", None),
        ("in the 1990s", "199X", "1990-01-01", "1999-12-31", None),
        (
            "on the night of Saturday to Sunday",
            "2016-04-30TNI",
            "2016-04-30",
            "2016-05-01",
            2,
        ),
        ("this weekend", "2016-W17-WE", "2016-04-30", "2016-05-01", 2),
        ("at 10 pm", "2016-05-01T22:00", "2016-05-01", "2016-05-01", 1),
        ("now", "PRESENT_REF", "2016-05-01", "2016-05-01", 1),
    ],
)
def test_time_en_expression_values(
    text: str, value: str, start: str, end: str, precision: int | None
) -> None:
    resolved = resolve_time(text, SUNDAY, lang="en")
    assert resolved is not None
    assert resolved.value == value
    assert (str(resolved.start), str(resolved.end)) == (start, end)
    assert resolved.precision == precision


@pytest.mark.parametrize(
    ("text", "anchor", "value", "start", "end", "precision"),
    [
        # "earlier this month" runs from the first of the month to the report
        ("earlier this month", date(2016, 5, 20), "2016-05", "2016-05-01", "2016-05-20", 3),
        ("earlier this week", date(2016, 5, 20), "2016-W20", "2016-05-16", "2016-05-20", 2),
        # a weekend told of early in the week is the one just past
        ("this weekend", date(2016, 5, 3), "2016-W17-WE", "2016-04-30", "2016-05-01", 2),
        # ... and one told of with no word of which, even later in the week
        ("over the weekend", date(2016, 5, 5), "2016-W17-WE", "2016-04-30", "2016-05-01", 2),
    ],
)
def test_time_en_periods_up_to_the_report(
    text: str, anchor: date, value: str, start: str, end: str, precision: int
) -> None:
    resolved = resolve_time(text, anchor, lang="en")
    assert resolved is not None and resolved.value == value
    assert (str(resolved.start), str(resolved.end), resolved.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the next day", "2016-05-01"),
        ("the following day", "2016-05-01"),
        ("the day before", "2016-04-29"),
        ("the same day", "2016-04-30"),
        ("earlier in the day", "2016-04-30"),
        ("the night before", "2016-04-29TNI"),
        ("the next morning", "2016-05-01TMO"),
        ("the previous evening", "2016-04-29TEV"),
        ("two days later", "2016-05-02"),
        ("10 pm", "2016-04-30T22:00"),
    ],
)
def test_time_en_anaphora_takes_the_date_named_before(text: str, value: str) -> None:
    saturday = TimeValue("2016-04-30", "DATE", date(2016, 4, 30), date(2016, 4, 30), 1)
    resolved = resolve_time(text, SUNDAY, previous=saturday, lang="en")
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("three days", "P3D"), ("for several weeks", "PXW"), ("a few hours", "PTXH")],
)
def test_time_en_durations_are_not_dates(text: str, value: str) -> None:
    resolved = resolve_time(text, SUNDAY, lang="en")
    assert resolved is not None and resolved.type == "DURATION" and resolved.value == value
    assert resolved.start is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("on Fridays", "XXXX-WXX-5"), ("every Monday", "XXXX-WXX-1"), ("daily", "P1D")],
)
def test_time_en_sets_recur(text: str, value: str) -> None:
    resolved = resolve_time(text, SUNDAY, lang="en")
    assert resolved is not None and resolved.type == "SET" and resolved.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("on Monday", "2016-05-02"), ("on Sunday", "2016-05-08"), ("next Saturday", "2016-05-07")],
)
def test_time_en_planned_weekdays_look_forward(text: str, value: str) -> None:
    resolved = resolve_time(text, SUNDAY, future=True, lang="en")
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("anchor", "value"),
    [
        (date(2022, 9, 24), "2022-09-24"),  # an ACLED note, anchored on its event date
        (date(2022, 12, 28), "2022-09-24"),
        (date(2023, 2, 3), "2022-09-24"),
    ],
)
def test_time_en_a_date_without_a_year_is_the_most_recent(anchor: date, value: str) -> None:
    resolved = resolve_time("On September 24", anchor, lang="en")
    assert resolved is not None and resolved.value == value


def test_time_en_unknown_words_resolve_to_nothing() -> None:
    assert resolve_time("the tragedy", SUNDAY, lang="en") is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Foreign ministers will meet on Monday in Geneva.", "on Monday", "2016-05-02"),
        ("Rebels shelled the town on Saturday, a monitor said.", "on Saturday", "2016-04-30"),
        (
            "On September 24, rioters burned a police station in Conakry.",
            "On September 24",
            "2015-09-24",
        ),
        ("Gunmen killed two farmers three days ago.", "three days ago", "2016-04-28"),
        # the year phrase after a date is that date's year, and the day stays the day
        (
            "On April 11 last year, an air strike killed about 160 people.",
            "On April 11 last year",
            "2015-04-11",
        ),
        ("In March last year, gunmen killed two farmers.", "In March last year", "2015-03"),
        (
            "On 3 March next year, voters will elect a president.",
            "On 3 March next year",
            "2017-03-03",
        ),
        ("In May 30 people were killed in an air strike.", "In May", "2016-05"),
        # some months up to now, not last month
        ("Kidnappings have surged in recent months.", "in recent months", "PXM"),
    ],
)
def test_time_en_expressions_of_a_text_resolve_in_context(
    text: str, expression: str, value: str
) -> None:
    found = {f.span.text: f.value for f in find_time_expressions(text, SUNDAY, ENGLISH)}
    resolved = found[expression]
    assert resolved is not None and resolved.value == value


def test_time_en_a_planned_meeting_is_dated_on_the_coming_day() -> None:
    events = extract("Foreign ministers will meet on Monday in Geneva.", SUNDAY, lang="en")
    when = next(e.when for e in events if e.when is not None)
    assert (when.start, when.time_precision) == ("2016-05-02", 1)


def test_time_en_a_reported_event_with_only_a_duration_is_dated_by_publication() -> None:
    """ "for three days" is no date: the event is dated, as ACLED codes it, by the report."""
    events = extract(
        "Soldiers shot dead two protesters in Kano and a curfew lasted for three days.",
        SUNDAY,
        lang="en",
    )
    shot = next(e for e in events if e.trigger.text.startswith("shot"))
    assert shot.when is not None
    assert (shot.when.start, shot.when.basis) == ("2016-05-01", "publication")


def test_time_en_a_part_of_day_told_before_a_date_is_that_dates() -> None:
    text = (
        "Overnight between 24 and 25 March 2020, militants pillaged shops in the hamlet of "
        "Kpempiengou (Kantchari, Tapoa)."
    )
    events = [e for e in extract(text, SUNDAY, lang="en") if e.event_type]
    assert events and events[0].when is not None
    assert (events[0].when.start, events[0].when.coded_day()) == ("2020-03-24", date(2020, 3, 24))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A hundred former policemen, expelled from police forces after the 2011 mutiny, "
            "organised a sit-in to ask for their re-integration.",
            "sit-in",
        ),
        (
            "Relatives of soldiers detained following last year's mutinies protested outside "
            "the directorate of military justice in Ouagadougou.",
            "protested",
        ),
    ],
)
def test_time_en_a_time_inside_a_noun_phrase_dates_that_noun_only(text: str, trigger: str) -> None:
    """ "the 2011 mutiny", "last year's mutinies" date the mutiny, not the protest told after
    it: the protest is dated by the report."""
    events = extract(text, SUNDAY, lang="en")
    event = next(e for e in events if e.trigger.text == trigger)
    assert event.when is not None
    assert (event.when.start, event.when.basis) == ("2016-05-01", "publication")
    mutiny = next(e for e in events if e.trigger.text.startswith("mutin"))
    assert mutiny.when is not None and mutiny.when.basis == "text"


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        # a beginning cannot come after the report: last year's April 22
        ("since April 22", "en", date(2020, 4, 22)),
        ("depuis le 22 avril", "fr", date(2020, 4, 22)),
        ("since April", "en", date(2020, 4, 1)),
        # ... unless the text writes the year, or the date is the report's next days
        ("since 22 April 2021", "en", date(2021, 4, 22)),
        ("since March 18", "en", date(2021, 3, 18)),
    ],
)
def test_time_en_a_beginning_named_without_its_year_is_past(
    text: str, lang: str, start: date
) -> None:
    resolved = resolve_time(text, date(2021, 3, 15), lang=lang)
    assert resolved is not None and (resolved.start, resolved.end) == (start, date(2021, 3, 15))


@pytest.mark.parametrize(
    ("text", "start", "status"),
    [
        # a deed told is past, though the coming April 22 is nearer than the last one
        ("On April 22, gunmen killed five civilians in Djibo.", "2020-04-22", "reported"),
        # a march announced is ahead
        ("Teachers will march in Kandi on April 22.", "2021-04-22", "planned"),
    ],
)
def test_time_en_a_deed_told_without_its_year_is_past(text: str, start: str, status: str) -> None:
    events = [e for e in extract(text, date(2021, 3, 15), lang="en") if e.event_type]
    assert events and events[0].when is not None
    assert (events[0].when.start, events[0].status.value) == (start, status)


def test_time_en_a_day_after_no_named_date_is_unknown() -> None:
    # "Police arrested the suspects the next morning" with no date before: not the day after
    # the report; a day before it stays one ("the previous evening": the report's eve)
    assert resolve_time("the next morning", SUNDAY, lang="en") is None
    previous_evening = resolve_time("the previous evening", SUNDAY, lang="en")
    assert previous_evening is not None and previous_evening.value == "2016-04-30TEV"
