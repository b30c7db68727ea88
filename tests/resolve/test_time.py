"""French time expressions resolved against the publication date (Sunday 1 May 2016)."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.process import find_time_expressions
from wirewatch.resolve import resolve_time
from wirewatch.resolve.time import TimeValue

SUNDAY = date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "precision"),
    [
        ("samedi", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("Samedi", "2016-04-30", "2016-04-30", "2016-04-30", 1),
        ("dimanche matin", "2016-05-01TMO", "2016-05-01", "2016-05-01", 1),
        ("vendredi et samedi", "2016-04-29", "2016-04-29", "2016-04-30", 2),
        ("hier soir", "2016-04-30TEV", "2016-04-30", "2016-04-30", 1),
        ("avant-hier", "2016-04-29", "2016-04-29", "2016-04-29", 1),
        ("le 27 février", "2016-02-27", "2016-02-27", "2016-02-27", 1),
        ("le 27 mai 1998", "1998-05-27", "1998-05-27", "1998-05-27", 1),
        ("le 1er mai", "2016-05-01", "2016-05-01", "2016-05-01", 1),
        ("depuis le 22 avril", "2016-04-22", "2016-04-22", "2016-05-01", 3),
        ("depuis 2011", "2011", "2011-01-01", "2016-05-01", None),
        ("du 30 avril au 7 mai", "2016-04-30", "2016-04-30", "2016-05-07", 2),
        ("dans la nuit de samedi à dimanche", "2016-04-30TNI", "2016-04-30", "2016-05-01", 2),
        ("il y a trois jours", "2016-04-28", "2016-04-28", "2016-04-28", 1),
        ("quelques heures plus tôt", "2016-05-01", "2016-05-01", "2016-05-01", 1),
        ("la semaine dernière", "2016-W16", "2016-04-18", "2016-04-24", 2),
        ("octobre 98", "1998-10", "1998-10-01", "1998-10-31", 3),
        ("en mars", "2016-03", "2016-03-01", "2016-03-31", 3),
        ("maintenant", "PRESENT_REF", "2016-05-01", "2016-05-01", 1),
    ],
)
def test_time_expression_values(
    text: str, value: str, start: str, end: str, precision: int | None
) -> None:
    resolved = resolve_time(text, SUNDAY)
    assert resolved is not None
    assert resolved.value == value
    assert (str(resolved.start), str(resolved.end)) == (start, end)
    assert resolved.precision == precision


@pytest.mark.parametrize(
    ("text", "value"),
    [("deux ans", "P2Y"), ("30,4 secondes", "PT30.4S"), ("ces derniers jours", "PXD")],
)
def test_time_durations_are_not_dates(text: str, value: str) -> None:
    resolved = resolve_time(text, SUNDAY)
    assert resolved is not None and resolved.type == "DURATION" and resolved.value == value
    assert resolved.start is None


def test_time_anaphora_takes_the_date_named_before() -> None:
    saturday = TimeValue("2016-04-30", "DATE", date(2016, 4, 30), date(2016, 4, 30), 1)
    for text, expected in (
        ("le même jour", "2016-04-30"),
        ("la veille", "2016-04-29"),
        ("le jour d'après", "2016-05-01"),
        ("22 h", "2016-04-30T22:00"),
    ):
        resolved = resolve_time(text, SUNDAY, previous=saturday)
        assert resolved is not None and resolved.value == expected


def test_time_planned_events_look_forward() -> None:
    assert resolve_time("samedi", SUNDAY, future=True).value == "2016-05-07"  # type: ignore[union-attr]
    assert resolve_time("le 27 février", SUNDAY, future=True).value == "2017-02-27"  # type: ignore[union-attr]
    assert resolve_time("juin prochain", SUNDAY).value == "2016-06"  # type: ignore[union-attr]


def test_time_unknown_words_resolve_to_nothing() -> None:
    assert resolve_time("la tragédie", SUNDAY) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("tous les jeudis", "XXXX-WXX-4"), ("chaque lundi", "XXXX-WXX-1"), ("tous les ans", "P1Y")],
)
def test_time_sets_recur(text: str, value: str) -> None:
    resolved = resolve_time(text, SUNDAY)
    assert resolved is not None and resolved.type == "SET" and resolved.value == value


def test_time_a_clock_time_on_a_named_day_is_one_time() -> None:
    resolved = resolve_time("hier à 10 h", SUNDAY)
    assert resolved is not None
    assert (resolved.value, resolved.type) == ("2016-04-30T10:00", "TIME")


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "precision"),
    [
        ("les années 60", "196X", "1960-01-01", "1969-12-31", None),
        ("au début des années 1990", "199X", "1990-01-01", "1999-12-31", None),
        ("en 97", "1997", "1997-01-01", "1997-12-31", None),
        ("fin avril", "2016-04", "2016-04-21", "2016-04-30", 3),
        ("à la mi-mars", "2016-03", "2016-03-11", "2016-03-20", 3),
        ("la nuit dernière", "2016-04-30TNI", "2016-04-30", "2016-04-30", 1),
        ("vers 15 h 30, hier", "2016-04-30T15:30", "2016-04-30", "2016-04-30", 1),
        ("vers 0 h 40, jeudi", "2016-04-28T00:40", "2016-04-28", "2016-04-28", 1),
        ("le 30 juin", "2016-06-30", "2016-06-30", "2016-06-30", 1),
        ("le 24 septembre", "2015-09-24", "2015-09-24", "2015-09-24", 1),
        ("de 1982 à 1990", "1982", "1982-01-01", "1990-12-31", None),
    ],
)
def test_time_decades_years_and_parts_of_months(
    text: str, value: str, start: str, end: str, precision: int | None
) -> None:
    resolved = resolve_time(text, SUNDAY)
    assert resolved is not None
    assert resolved.value == value
    assert (str(resolved.start), str(resolved.end)) == (start, end)
    assert resolved.precision == precision


@pytest.mark.parametrize(
    ("anchor", "value"),
    [(date(2016, 5, 3), "2016-W17-WE"), (date(2016, 5, 5), "2016-W18-WE")],
)
def test_time_this_weekend_is_the_nearest_one(anchor: date, value: str) -> None:
    """ "ce week-end" told on a Tuesday is the one just past; on a Thursday, the coming one."""
    resolved = resolve_time("ce week-end", anchor)
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("anchor", "value"),
    [
        (date(2016, 5, 3), "2016-W17-WE"),
        (date(2016, 5, 5), "2016-W17-WE"),
        (date(2016, 5, 7), "2016-W18-WE"),
    ],
)
def test_time_a_weekend_no_word_says_which_is_the_last_one(anchor: date, value: str) -> None:
    """« pendant le week-end » told in the past on a weekday is the one before; on a
    Saturday, the one under way; « un week-end » stays a length."""
    resolved = resolve_time("pendant le week-end", anchor)
    assert resolved is not None and resolved.value == value
    length = resolve_time("un week-end", anchor)
    assert length is not None and length.value == "P1WE"


@pytest.mark.parametrize(
    ("text", "value"),
    [("les jeudis", "XXXX-WXX-4"), ("annuel", "P1Y"), ("quotidienne", "P1D")],
)
def test_time_plural_weekdays_and_frequency_adjectives_recur(text: str, value: str) -> None:
    resolved = resolve_time(text, SUNDAY)
    assert resolved is not None and resolved.type == "SET" and resolved.value == value


def test_time_a_weekday_named_again_is_the_same_day() -> None:
    """ "le concert du samedi 7 mai ... Rendez-vous samedi à 8 h": the same Saturday."""
    coming = TimeValue("2016-05-07", "DATE", date(2016, 5, 7), date(2016, 5, 7), 1)
    assert resolve_time("samedi", SUNDAY, previous=coming).value == "2016-05-07"  # type: ignore[union-attr]
    assert resolve_time("vendredi", SUNDAY, previous=coming).value == "2016-04-29"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Six ans après sa victoire, le club retrouve la finale.", "Six ans", "P6Y"),
        ("Il y a eu deux ruptures en 97 et aucune en 98.", "en 97", "1997"),
        ("Le quartier a bien changé depuis les années 60.", "depuis les années 60", "196X"),
        ("Les permanences ont lieu tous les jeudis à la mairie.", "tous les jeudis", "XXXX-WXX-4"),
        ("Hier à 10 h, une dizaine de délégués ont manifesté.", "Hier à 10 h", "2016-04-30T10:00"),
        ("Les accords ont été signés au terme de trois ans de tractations.", "trois ans", "P3Y"),
        ("Les frappes ont repris dans la nuit de samedi à dimanche.",
         "dans la nuit de samedi à dimanche", "2016-04-30TNI"),
        ("Les délégués se sont réunis ce week-end à Genève.", "ce week-end", "2016-W17-WE"),
        # some months up to now, not last month
        ("Les enlèvements se sont multipliés ces derniers mois.", "ces derniers mois", "PXM"),
        # the year phrase after a date is that date's year
        ("Le 11 avril l'an dernier, une frappe a tué 160 personnes.",
         "Le 11 avril l'an dernier", "2015-04-11"),
        ("En mars l'année dernière, des hommes armés ont tué deux paysans.",
         "En mars l'année dernière", "2015-03"),
        # a date written in digits, the day first
        ("Les émeutes du 13/12/98 ont fait deux morts.", "du 13/12/98", "1998-12-13"),
        ("Les élèves ont manifesté le 3.5.2016 à Dakar.", "le 3.5.2016", "2016-05-03"),
    ],
)  # fmt: skip
def test_time_expressions_of_a_french_text(text: str, expression: str, value: str) -> None:
    found = {f.span.text: f.value for f in find_time_expressions(text, SUNDAY)}
    resolved = found[expression]
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Un chauffeur de 38 ans a été tué samedi.",
        "Âgée de 90 ans, la victime vivait seule.",
        "Quelque 2000 soldats ont été déployés.",
    ],
)
def test_time_ages_and_counts_are_no_times(text: str) -> None:
    found = [f.span.text for f in find_time_expressions(text, SUNDAY)]
    assert all("ans" not in f and "2000" not in f for f in found)
