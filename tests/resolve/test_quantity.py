"""French number phrases resolved to quantities, and ACLED's fatality figure for them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirewatch.lang import load_resource
from wirewatch.resolve.quantity import (
    UNKNOWN_COUNT,
    Quantity,
    acled_fatalities,
    combine,
    parse_quantities,
    parse_quantity,
    total_fatalities,
)

NNBSP, NBSP = "\u202f", "\u00a0"


def exact(value: int) -> Quantity:
    return Quantity(value, value, value, False, False, False)


def about(value: int) -> Quantity:
    return Quantity(value, None, None, False, True, False)


def at_least(value: int, approximate: bool = False) -> Quantity:
    return Quantity(value, value, None, True, approximate, False)


def at_most(value: int) -> Quantity:
    return Quantity(value, None, value, False, True, False)


def between(low: int, high: int) -> Quantity:
    return Quantity(low, low, high, False, True, False)


def vague(concept: str, low: int | None, scale: int = 1) -> Quantity:
    return Quantity(None, low, None, False, True, True, concept, scale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dix morts", exact(10)),
        ("douze", exact(12)),
        ("dix-sept", exact(17)),
        ("vingt-deux", exact(22)),
        ("vingt et un", exact(21)),
        ("vingt-et-un", exact(21)),
        ("soixante-dix", exact(70)),
        ("soixante et onze", exact(71)),
        ("soixante-dix-sept", exact(77)),
        ("quatre-vingts", exact(80)),
        ("quatre-vingt-dix-neuf", exact(99)),
        ("nonante-neuf", exact(99)),
        ("cent", exact(100)),
        ("cent un", exact(101)),
        ("deux cents", exact(200)),
        ("deux cent quarante-six", exact(246)),
        ("mille", exact(1000)),
        ("mille et une", exact(1001)),
        ("deux mille cinq cents", exact(2500)),
        ("deux cent mille", exact(200_000)),
        ("trois millions", exact(3_000_000)),
        ("trois millions deux cent mille", exact(3_200_000)),
        ("un milliard", exact(1_000_000_000)),
        ("Trois soldats", exact(3)),
        ("deux trois", exact(2)),
    ],
)
def test_quantity_number_words_compose(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("246", exact(246)),
        ("270.000", exact(270_000)),
        ("270 000", exact(270_000)),
        (f"270{NNBSP}000", exact(270_000)),
        (f"270{NBSP}000", exact(270_000)),
        ("1.200", exact(1200)),
        ("12.345.678", exact(12_345_678)),
        ("3 millions", exact(3_000_000)),
        ("1,5 million", exact(1_500_000)),
        ("1,5 millions", exact(1_500_000)),
        ("2,3 milliards", exact(2_300_000_000)),
        ("10 mille", exact(10_000)),
        ("2,5", about(3)),
        ("1.5", about(2)),
    ],
)
def test_quantity_digits_with_french_separators(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plus de 246 civils", at_least(246)),
        ("au moins 12 soldats", at_least(12)),
        ("pas moins de 40", at_least(40)),
        ("douze au moins", at_least(12)),
        ("plus d'une centaine", at_least(100, approximate=True)),
        ("plus d’une centaine", at_least(100, approximate=True)),
        ("jusqu'à 50", at_most(50)),
        ("moins de 50", at_most(50)),
        ("près de 40", at_most(40)),
        ("environ 40", about(40)),
        ("30 environ", about(30)),
        ("quelque 200.000 habitants", about(200_000)),
        ("approximativement 300", about(300)),
        ("dans les 200 morts", about(200)),
    ],
)
def test_quantity_bounds_and_approximations(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("une trentaine de raids", about(30)),
        ("une vingtaine", about(20)),
        ("une douzaine", about(12)),
        ("un millier", about(1000)),
        ("deux centaines", about(200)),
        ("une centaine de milliers", about(100_000)),
    ],
)
def test_quantity_approximate_nouns(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 à 15 morts", between(10, 15)),
        ("de 10 à 15", between(10, 15)),
        ("deux ou trois", between(2, 3)),
        ("entre 20 et 30", between(20, 30)),
        ("entre vingt et trente", between(20, 30)),
        ("deux à trois millions", between(2_000_000, 3_000_000)),
        ("20 et 30", exact(20)),  # "et" makes a range only after "entre"
        ("15 à 10", exact(15)),
    ],
)
def test_quantity_ranges_take_the_low_end(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plusieurs", vague("several", 2)),
        ("quelques", vague("several", 2)),
        ("de nombreux", vague("many", 2)),
        ("de nombreuses victimes", vague("many", 2)),
        ("un grand nombre", vague("many", 2)),
        ("un nombre indéterminé de morts", vague("unknown", None)),
        ("des dizaines", vague("ten", 20)),
        ("Des dizaines d'habitants", vague("ten", 20)),
        ("des douzaines", vague("dozen", 24)),
        ("des centaines", vague("hundred", 200)),
        ("plusieurs centaines", vague("hundred", 200)),
        ("des milliers", vague("thousand", 2000)),
        ("des millions de déplacés", vague("million", 2_000_000)),
        ("des centaines de milliers de victimes", vague("hundred", 200_000, 1000)),
        ("plusieurs dizaines de milliers", vague("ten", 20_000, 1000)),
    ],
)
def test_quantity_vague_counts(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    "text", ["", "le président", "dans les rues", "1er", "10h", "quelque part"]
)
def test_quantity_none_without_a_quantity(text: str) -> None:
    assert parse_quantity(text) is None


def test_quantity_vague_with_a_lower_bound() -> None:
    assert parse_quantity("au moins plusieurs dizaines") == Quantity(
        None, 20, None, True, True, True, "ten"
    )


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("dix morts", 10),
        ("plus de 246 civils", 246),
        ("au moins 12 soldats", 12),
        ("une trentaine", 30),
        ("près de 40", 40),
        ("10 à 15", 10),
        ("plusieurs", 10),
        ("de nombreux", 10),
        ("un nombre indéterminé de", 10),
        ("des dizaines", 10),
        ("des douzaines", 12),
        ("des centaines", 100),
        ("des milliers", 1000),
        ("des centaines de milliers", 100_000),
    ],
)
def test_quantity_acled_fatalities_conventions(text: str, fatalities: int) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert acled_fatalities(quantity) == fatalities


def test_quantity_acled_unknown_count_is_ten() -> None:
    assert acled_fatalities(UNKNOWN_COUNT) == 10


@pytest.mark.parametrize("text", ["plusieurs", "des dizaines", "des centaines de milliers"])
def test_quantity_convention_none_codes_no_vague_count(text: str) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert acled_fatalities(quantity, convention="none") is None


def test_quantity_convention_none_keeps_numbers() -> None:
    assert acled_fatalities(exact(7), convention="none") == 7


def test_quantity_unknown_convention_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="acled"):
        acled_fatalities(UNKNOWN_COUNT, convention="no-such-convention")


def test_quantity_every_vague_concept_has_an_acled_convention() -> None:
    data = load_resource("fr", "numbers")
    concepts = set(data["vague_kinds"]) | set(data["approximation_values"])
    concepts |= {c for c, entry in data["multipliers"].items() if entry.get("plurals")}
    assert concepts <= set(data["vague_conventions"]["acled"])


_SEPARATORS = st.sampled_from([".", " ", NNBSP, NBSP])


@given(st.integers(min_value=0, max_value=10**15 - 1), _SEPARATORS)
def test_quantity_digits_round_trip_with_french_separators(number: int, separator: str) -> None:
    grouped = f"{number:,}".replace(",", separator)
    assert parse_quantity(grouped) == exact(number)
    assert parse_quantity(f"{number} morts") == exact(number)


@given(st.text())
def test_quantity_any_text_parses_without_error(text: str) -> None:
    quantity = parse_quantity(text)
    if quantity is not None:
        assert quantity.vague == (quantity.value is None)
        fatalities = acled_fatalities(quantity)
        assert fatalities is None or fatalities >= 0


@given(
    st.lists(
        st.sampled_from(
            [
                "deux",
                "cent",
                "mille",
                "millions",
                "et",
                "de",
                "dizaines",
                "plus",
                "un",
                "1,5",
                "270.000",
                "à",
                "ou",
                "entre",
                "quelque",
                "milliards",
                "vingt",
                "quatre",
            ]
        ),
        max_size=12,
    )
)
def test_quantity_number_word_soup_parses_without_error(words: list[str]) -> None:
    quantity = parse_quantity(" ".join(words))
    if quantity is not None and quantity.low is not None and quantity.high is not None:
        assert quantity.low <= quantity.high


@pytest.mark.parametrize(
    ("text", "value", "acled"),
    [
        ("deux soldats et trois civils", 5, 5),
        ("deux soldats, un gendarme et quatre civils", 7, 7),
        ("un chef et un nombre indéterminé de fidèles", 1, 10),
        ("le chef du village", 1, 1),
        ("aucune victime", 0, 0),
        ("pas un mort", 0, 0),
    ],
)
def test_quantity_coordinated_counts_add_up(text: str, value: int, acled: int) -> None:
    parts = parse_quantities(text)
    total = combine(parts)
    assert total is not None and total.value == value
    assert total_fatalities(parts) == acled
