"""English number phrases resolved to quantities, counts that add up, and ACLED's fatality
figure for them."""

from __future__ import annotations

import pytest

from wirewatch.resolve.quantity import (
    Quantity,
    acled_fatalities,
    combine,
    parse_quantities,
    parse_quantity,
    total_fatalities,
)


def exact(value: int) -> Quantity:
    return Quantity(value, value, value, False, False, False)


def about(value: int) -> Quantity:
    return Quantity(value, None, None, False, True, False)


def at_least(value: int) -> Quantity:
    return Quantity(value, value, None, True, False, False)


def at_most(value: int) -> Quantity:
    return Quantity(value, None, value, False, True, False)


def between(low: int, high: int) -> Quantity:
    return Quantity(low, low, high, False, True, False)


def vague(concept: str, low: int | None, scale: int = 1) -> Quantity:
    return Quantity(None, low, None, False, True, True, concept, scale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ten", exact(10)),
        ("Twelve soldiers", exact(12)),
        ("twenty-two", exact(22)),
        ("twenty two", exact(22)),
        ("thirty-two civilians", exact(32)),
        ("ninety-nine", exact(99)),
        ("a hundred", exact(100)),
        ("one hundred and one", exact(101)),
        ("two hundred and forty-six", exact(246)),
        ("a thousand", exact(1000)),
        ("two thousand five hundred", exact(2500)),
        ("three million", exact(3_000_000)),
        ("one", exact(1)),
        ("a civilian", exact(1)),
        ("an officer", exact(1)),
    ],
)
def test_quantity_en_number_words_compose(text: str, expected: Quantity) -> None:
    assert parse_quantity(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,500 people", exact(1500)),
        ("270,000 dead", exact(270_000)),
        ("1,200,000", exact(1_200_000)),
        ("1.5 million", exact(1_500_000)),
        ("2.5m displaced", exact(2_500_000)),
        ("3bn", exact(3_000_000_000)),
        ("12", exact(12)),
        ("2.5", about(3)),  # a decimal is no whole count: the round figure, approximate
    ],
)
def test_quantity_en_digits_use_english_separators(text: str, expected: Quantity) -> None:
    assert parse_quantity(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("270.000", "fr", 270_000),
        ("270 000", "fr", 270_000),
        ("1,5 million", "fr", 1_500_000),
        ("270,000", "en", 270_000),
        ("270.000", "en", 270),  # an English decimal point
        ("1.5 million", "en", 1_500_000),
    ],
)
def test_quantity_en_separators_are_per_language(text: str, lang: str, value: int) -> None:
    quantity = parse_quantity(text, lang)
    assert quantity is not None and quantity.value == value


@pytest.mark.parametrize("text", ["10pm", "3rd", "the second attack", "a 38-year-old"])
def test_quantity_en_non_counts_hold_no_number(text: str) -> None:
    quantity = parse_quantity(text, "en")
    assert quantity is None or quantity.value == 1  # "a" is the one of "a 38-year-old man"


@pytest.mark.parametrize("text", ["no casualties", "No one", "not a single soldier"])
def test_quantity_en_zero_counts(text: str) -> None:
    assert parse_quantity(text, "en") == exact(0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 246 civilians", at_least(246)),
        ("at least ten", at_least(10)),
        ("over 100", at_least(100)),
        ("no fewer than 40", at_least(40)),
        ("nearly 40", at_most(40)),
        ("almost 40", at_most(40)),
        ("up to 50", at_most(50)),
        ("fewer than 50", at_most(50)),
        ("about 30", about(30)),
        ("around 30", about(30)),
        ("some 200,000 inhabitants", about(200_000)),
        ("an estimated 3,000", about(3000)),
        ("a dozen", about(12)),
        ("two dozen", about(24)),
    ],
)
def test_quantity_en_bounds_and_approximations(text: str, expected: Quantity) -> None:
    assert parse_quantity(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 to 15 dead", between(10, 15)),
        ("two or three", between(2, 3)),
        ("between 20 and 30", between(20, 30)),
        ("between six and about ten people", between(6, 10)),
        ("two to three million", between(2_000_000, 3_000_000)),
    ],
)
def test_quantity_en_ranges_take_the_low_end(text: str, expected: Quantity) -> None:
    assert parse_quantity(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("several", vague("several", 2)),
        ("a few", vague("several", 2)),
        ("some soldiers", vague("several", 2)),
        ("many", vague("many", 2)),
        ("numerous civilians", vague("many", 2)),
        ("tens", vague("ten", 20)),
        ("dozens", vague("dozen", 24)),
        ("scores of", vague("twenty", 40)),
        ("hundreds", vague("hundred", 200)),
        ("thousands", vague("thousand", 2000)),
        ("tens of thousands", vague("ten", 20_000, 1000)),
        ("hundreds of thousands", vague("hundred", 200_000, 1000)),
        ("an unknown number of fatalities", vague("unknown", None)),
        ("an unspecified number", vague("unknown", None)),
    ],
)
def test_quantity_en_vague_counts(text: str, expected: Quantity) -> None:
    assert parse_quantity(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "acled", "none"),
    [
        ("several", 10, None),
        ("a few", 10, None),
        ("many", 10, None),
        ("an unknown number", 10, None),
        ("tens", 10, None),
        ("dozens", 12, None),
        ("scores of", 20, None),
        ("hundreds", 100, None),
        ("hundreds of thousands", 100_000, None),
        ("more than 246", 246, 246),
        ("nearly 40", 40, 40),
        ("between 20 and 30", 20, 20),
    ],
)
def test_quantity_en_acled_fatalities_conventions(
    text: str, acled: int | None, none: int | None
) -> None:
    quantity = parse_quantity(text, "en")
    assert quantity is not None
    assert acled_fatalities(quantity, "acled", lang="en") == acled
    assert acled_fatalities(quantity, "none", lang="en") == none


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "acled"),
    [
        ("13 soldiers and one gendarme", 14, 14, 14, 14),
        ("Five rangers, one soldier, one worker, and one instructor", 8, 8, 8, 8),
        ("two soldiers as well as two assailants", 4, 4, 4, 4),
        ("a male civilian and his two children", 3, 3, 3, 3),
        ("the village chief and the imam", 2, 2, 2, 2),
        ("at least two farmers and three herders", 5, 5, None, 5),
        ("a commander and an unspecified number of fighters", 1, 1, None, 10),
        ("two hundred and forty-six people", 246, 246, 246, 246),
        ("between 20 and 30 people", 20, 20, 30, 20),
        ("his brother", 1, 1, 1, 1),
        ("him", 1, 1, 1, 1),
    ],
)
def test_quantity_en_coordinated_counts_add_up(
    text: str, value: int, low: int | None, high: int | None, acled: int
) -> None:
    parts = parse_quantities(text, "en")
    total = combine(parts)
    assert total is not None
    assert (total.value, total.low, total.high) == (value, low, high)
    assert total_fatalities(parts, "acled", lang="en") == acled


def test_quantity_en_a_vague_part_keeps_the_known_figure_without_convention() -> None:
    parts = parse_quantities("1 police officer and an unreported number of residents", "en")
    assert total_fatalities(parts, "none", lang="en") == 1
    assert total_fatalities(parts, "acled", lang="en") == 10
    total = combine(parts)
    assert total is not None and total.lower_bound and total.high is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [("A woman and their two children", "en"), ("Une femme et ses deux enfants", "fr")],
)
def test_quantity_en_a_determiner_before_a_listed_number(text: str, lang: str) -> None:
    assert [q.value for q in parse_quantities(text, lang)] == [1, 2]


def test_quantity_en_no_count_gives_no_parts() -> None:
    assert parse_quantities("in Gao on Saturday", "en") == []
    assert combine([]) is None
