"""What names no event at all: things done to objects, not people."""

from __future__ import annotations

import pytest

from wirewatch import extract


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("Les travaux de voirie qui vont être exécutés rue des Montants dureront un mois.", []),
        ("Les secouristes ont enlevé les débris de la route.", []),
        ("Des hommes armés ont exécuté dimanche six villageois près de Tessit.", ["killing"]),
        (
            "Trois otages qui avaient été enlevés samedi ont été exécutés par les jihadistes.",
            ["abduction", "killing"],
        ),
    ],
)
def test_status_violence_against_things_is_no_event(text: str, concepts: list[str]) -> None:
    assert [e.concept for e in extract(text)] == concepts
