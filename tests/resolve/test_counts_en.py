"""English event counts get their values end to end: ACLED's conservative figure, counts
that add up, breakdowns, vague tolls by setting, running totals kept apart."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import Event, Settings, extract

PUBLISHED = date(2021, 5, 3)


def _events(text: str, convention: str = "none") -> list[Event]:
    settings = Settings(lang="en", vague_counts=convention)
    return extract(text, PUBLISHED, lang="en", settings=settings)


def _toll(text: str, convention: str = "none") -> Event:
    return next(e for e in _events(text, convention) if e.fatalities)


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("On 2 May 2021, unidentified gunmen killed a farmer in his field near Kandi.", 1),
        ("On 2 May 2021, gunmen shot dead the village chief in Kaya.", 1),
        (
            "On 2 May 2021, suspected militants ambushed an army patrol near Kandi, "
            "killing 4 soldiers and 1 gendarme.",
            5,
        ),
        ("Airstrikes killed more than 30 people in Idlib on Saturday.", 30),
        ("Gunmen killed between 3 and 10 people in Daloga on Sunday.", 3),
        ("Shelling killed nearly 40 civilians in Aleppo on Saturday.", 40),
        ("Militants killed twenty-two villagers in Solhan on Sunday.", 22),
    ],
)
def test_counts_en_best_figure(text: str, best: int) -> None:
    fatalities = _toll(text).fatalities
    assert fatalities is not None and fatalities.best == best


def test_counts_en_breakdown_is_not_added() -> None:
    fatalities = _toll("Airstrikes killed ten people including two children in Idlib.").fatalities
    assert fatalities is not None
    assert fatalities.best == 10
    assert [b.value for b in fatalities.breakdown] == [2]


def test_counts_en_injured_and_arrested_apart_from_deaths() -> None:
    fatalities = _toll("Gunmen killed two people and wounded seven in Kaya on Sunday.").fatalities
    assert fatalities is not None and fatalities.best == 2
    assert fatalities.injured is not None and fatalities.injured.value == 7
    arrest = next(e for e in _events("Police arrested 15 protesters in Bamako on Sunday."))
    assert arrest.fatalities is not None and arrest.fatalities.best is None
    assert arrest.fatalities.arrested is not None and arrest.fatalities.arrested.value == 15


@pytest.mark.parametrize(
    ("text", "acled", "low"),
    [
        ("Dozens of civilians were killed in airstrikes on Saturday in Idlib.", 12, 24),
        ("Hundreds of people were killed in airstrikes on Saturday in Idlib.", 100, 200),
        ("An unknown number of militants were killed in an airstrike near Djibo.", 10, None),
        ("Several civilians were killed in an airstrike near Djibo on Sunday.", 10, 2),
    ],
)
def test_counts_en_vague_tolls_follow_the_setting(text: str, acled: int, low: int | None) -> None:
    plain = _toll(text).fatalities
    assert plain is not None and plain.best is None and plain.low == low
    coded = _toll(text, "acled").fatalities
    assert coded is not None and coded.best == acled


@pytest.mark.parametrize(
    "text",
    [
        "More than 246 civilians have been killed since April 22 in the shelling of Aleppo.",
        "The war has killed 270,000 people.",
        "In total, 35 people have been killed in the clashes in Tripoli.",
    ],
)
def test_counts_en_running_totals_are_aggregates(text: str) -> None:
    events = _events(text)
    assert [e.kind.value for e in events if e.fatalities and e.fatalities.best] == ["aggregate"]
