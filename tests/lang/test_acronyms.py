"""Acronyms and the names they stand for, found by their letters alone."""

from __future__ import annotations

import pytest

from wirewatch.lang.acronyms import acronym_like, split_definition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People's Defence Force (PDF)", ("PDF", "People's Defence Force")),
        ("the March 23 Movement (M23)", ("M23", "March 23 Movement")),
        ("Allied Democratic Forces (ADF)", ("ADF", "Allied Democratic Forces")),
        (
            "les Forces démocratiques de libération du Rwanda (FDLR)",
            ("FDLR", "Forces démocratiques de libération du Rwanda"),
        ),
        ("l'Etat islamique au Grand Sahara (EIGS)", ("EIGS", "Etat islamique au Grand Sahara")),
    ],
)
def test_acronyms_the_long_form_is_found_by_the_letters(
    text: str, expected: tuple[str, str]
) -> None:
    assert split_definition(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the letters are there, but across a date and a comma: no name
        "On 30 January 2020, suspected Katiba Macina (JNIM)",
        "Kabo (Tchaourou)",  # a place and its commune: no acronym
        "DAKAR, Sept 9 (Reuters)",
        "PDF fighters",
    ],
)
def test_acronyms_other_brackets_define_nothing(text: str) -> None:
    assert split_definition(text) is None


def test_acronyms_look_like_capitals() -> None:
    assert acronym_like("PDF") and acronym_like("M23") and acronym_like("IDPs")
    assert not acronym_like("Reuters") and not acronym_like("A") and not acronym_like("pdf")
