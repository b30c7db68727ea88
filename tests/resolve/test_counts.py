"""Event counts get their values: ACLED's conservative figure, vague tolls by setting."""

from __future__ import annotations

import pytest

from wirewatch import Settings, extract


def test_counts_best_figure_and_breakdown() -> None:
    events = extract("Samedi, des raids du régime ont fait dix morts dont deux enfants à Alep.")
    strike = next(e for e in events if e.fatalities)
    assert strike.fatalities is not None
    assert strike.fatalities.best == 10
    assert [b.value for b in strike.fatalities.breakdown] == [2]


def test_counts_vague_tolls_follow_the_setting() -> None:
    text = "Des frappes aériennes ont tué des dizaines de civils samedi à Idleb."
    plain = next(e for e in extract(text) if e.fatalities)
    assert plain.fatalities is not None and plain.fatalities.best is None
    assert plain.fatalities.low == 20 and plain.fatalities.approximate
    acled = next(e for e in extract(text, settings=Settings(vague_counts="acled")) if e.fatalities)
    assert acled.fatalities is not None and acled.fatalities.best == 10


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Samedi, des hommes armés ont tué un civil à Gao.", 1),
        ("Deux soldats et un gendarme ont été tués samedi dans une embuscade près de Dori.", 3),
        (
            "Lundi, une explosion a visé un poste de police à Jalalabad sans faire aucune victime.",
            0,
        ),
        ("Des jihadistes ont abattu 58 bœufs et un berger.", 1),
        # (the parser makes "un civil" a second subject of "tués", not a conjunct)
        ("Deux soldats et un civil ont été tués samedi près de Dori.", 3),
    ],
)
def test_counts_one_victim_sums_and_zero(text: str, best: int) -> None:
    event = next(e for e in extract(text) if e.fatalities)
    assert event.fatalities is not None and event.fatalities.best == best


@pytest.mark.parametrize(
    ("text", "lang", "best"),
    [
        # one person each, named between commas after a plural: who the two were
        ("Deux soldats, un sergent et un caporal, ont été tués lundi près de Djibo.", "fr", 2),
        (
            "Des hommes armés ont tué trois civils, un enseignant, un infirmier et un"
            " commerçant, lundi près de Djibo.",
            "fr",
            3,
        ),
        ("Two soldiers, a sergeant and a corporal, were killed on Monday near Djibo.", "en", 2),
        # (the English parser hangs the comma, and the place and day after it, on the list)
        ("Gunmen killed two people, a man and his son, near Djibo on Monday.", "en", 2),
        (
            "Gunmen killed three civilians, a teacher, a nurse and a trader, near Djibo on Monday.",
            "en",
            3,
        ),
        # (or a bracket opens it)
        ("Gunmen shot dead two herders (a father and his son) near Djibo on Monday.", "en", 2),
        # a list of one person each with no plural before it adds up (the parser makes the
        # trader an apposition of the farmer)
        ("Gunmen killed a farmer, a trader and a teacher near Tougan on Monday.", "en", 3),
        # a list goes on with no comma to close it, or names other kinds: four dead
        ("Deux soldats, un sergent et un caporal ont été tués lundi près de Djibo.", "fr", 4),
        ("Deux soldats, un gendarme et un civil, ont été tués lundi près de Titao.", "fr", 4),
    ],
)
def test_counts_members_named_one_by_one(text: str, lang: str, best: int) -> None:
    event = next(e for e in extract(text, lang=lang) if e.fatalities)
    assert event.fatalities is not None and event.fatalities.best == best
