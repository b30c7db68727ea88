"""Tests for wirewatch.text.layout: paragraphs, sub-headings, datelines and sign-offs."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.errors import ResourceError
from wirewatch.text import Layout, ParagraphRole, analyse_layout, normalise

ARTICLE = Path(__file__).parents[2] / "examples/afp-2016-05-01-alep.txt"

BODY = "Des raids aériens ont frappé dimanche les quartiers rebelles d'Alep, tuant dix civils."


def _layout(raw: str) -> tuple[str, Layout]:
    text = normalise(raw).text
    return text, analyse_layout(text)


def _roles(layout: Layout) -> list[tuple[int, ParagraphRole]]:
    return [(p.number, p.role) for p in layout.paragraphs]


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


def test_layout_founding_article(article: str) -> None:
    text, layout = _layout(article)
    assert [p.number for p in layout.paragraphs] == list(range(1, 23))
    headings = [p.number for p in layout.paragraphs if p.role is ParagraphRole.HEADING]
    assert headings == [6, 13]
    assert [text[s:e] for s, e in layout.headings] == [
        "Préparer une offensive contre Alep",
        '"#AleppoIsburning"',
    ]
    assert layout.paragraphs[-1].role is ParagraphRole.SIGNOFF
    assert layout.signoff is not None
    assert text[slice(*layout.signoff)] == "Avec AFP"
    assert layout.dateline is None
    assert layout.dateline_place is None
    assert all(p.body_start == p.start for p in layout.paragraphs)


def test_layout_windows_line_endings(article: str) -> None:
    raw = article.replace("\n", "\r\n")
    normalised = normalise(raw)
    layout = analyse_layout(normalised.text)
    assert _roles(layout) == _roles(analyse_layout(article))
    assert layout.signoff is not None
    start, end = normalised.to_original(*layout.signoff)
    assert raw[start:end] == "Avec AFP"


@pytest.mark.parametrize(
    ("line", "dateline", "place"),
    [
        ("BEYROUTH (AFP) - ", "BEYROUTH (AFP) -", "BEYROUTH"),
        ("BEYROUTH, 1er mai 2016 (AFP) - ", "BEYROUTH, 1er mai 2016 (AFP) -", "BEYROUTH"),
        (
            "Alep (Syrie), 1er mai 2016 (AFP) - ",
            "Alep (Syrie), 1er mai 2016 (AFP) -",
            "Alep",
        ),
        ("PARIS (Reuters) - ", "PARIS (Reuters) -", "PARIS"),
        ("GAZA, 3 mai (AFP) \u2014 ", "GAZA, 3 mai (AFP) \u2014", "GAZA"),
        ("Bamako (AFP) \u2013 ", "Bamako (AFP) \u2013", "Bamako"),
        ("Le Caire (AFP/Reuters) -- ", "Le Caire (AFP/Reuters) --", "Le Caire"),
        ("N'DJAMENA (AP) - ", "N'DJAMENA (AP) -", "N'DJAMENA"),
        ("TUNIS (TAP)\u00a0-\u00a0", "TUNIS (TAP) -", "TUNIS"),
    ],
)
def test_layout_detects_dateline(line: str, dateline: str, place: str) -> None:
    text, layout = _layout(line + BODY + "\n" + BODY)
    assert layout.dateline is not None
    assert layout.dateline_place is not None
    assert text[slice(*layout.dateline)] == dateline
    assert text[slice(*layout.dateline_place)] == place
    first = layout.paragraphs[0]
    assert first.role is ParagraphRole.BODY
    assert first.body_start == layout.dateline[1] + 1
    assert text[first.body_start : first.end] == BODY
    assert layout.paragraphs[1].body_start == layout.paragraphs[1].start


def test_layout_detects_dateline_after_a_title() -> None:
    text, layout = _layout("Syrie : trêve rompue à Alep\nBEYROUTH (AFP) - " + BODY)
    assert _roles(layout) == [(1, ParagraphRole.HEADING), (2, ParagraphRole.BODY)]
    assert layout.dateline is not None
    assert text[slice(*layout.dateline)] == "BEYROUTH (AFP) -"
    assert text[layout.paragraphs[1].body_start :] == BODY


@pytest.mark.parametrize(
    ("lang", "title", "published", "dateline"),
    [
        # a title of any length, the line that says when it was published, the dateline
        (
            "fr",
            "Liban : quatre civils tués dans une frappe israélienne sur un village du Sud",
            "11 juin 2024",
            "BEYROUTH, 11 juin (Reuters) -",
        ),
        (
            "fr",
            "Mali : au moins douze soldats tués dans une attaque jihadiste contre le camp de Léré",
            "Publié le 22/04/2024 à 18h05",
            "Bamako (AFP) -",
        ),
        (
            "en",
            "Gunmen kill at least 18 villagers in machete attack in eastern Congo's Beni territory",
            "June 8, 2024 10:15 AM GMT",
            "BENI, Democratic Republic of Congo, June 8 (Reuters) -",
        ),
    ],
)
def test_layout_detects_dateline_after_a_title_and_its_publication_line(
    lang: str, title: str, published: str, dateline: str
) -> None:
    text = normalise(f"{title}\n{published}\n\n{dateline} {BODY}").text
    layout = analyse_layout(text, lang)
    assert [p.role for p in layout.paragraphs] == [
        ParagraphRole.HEADING,  # the title's events are the lead's: told once, from the body
        ParagraphRole.HEADING,
        ParagraphRole.BODY,
    ]
    assert layout.dateline is not None and text[slice(*layout.dateline)] == dateline


def test_layout_a_long_first_line_before_body_text_stays_body() -> None:
    # no dateline after it: a first line with its full stop is the lead, not a title
    _, layout = _layout(BODY + "\n" + BODY)
    assert [p.role for p in layout.paragraphs] == [ParagraphRole.BODY, ParagraphRole.BODY]


@pytest.mark.parametrize("first", [True, False])
def test_layout_a_sentence_that_opens_like_a_publication_line_is_body(first: bool) -> None:
    update = "Updated figures from the health ministry put the toll at 15."
    lead = "DAKAR, Aug. 28 (Reuters) - Jihadist fighters attacked an army outpost on Monday."
    lines = [update, lead] if first else [lead, "The army said so.", update]
    layout = analyse_layout(normalise("\n".join(lines)).text, "en")
    assert all(p.role is ParagraphRole.BODY for p in layout.paragraphs)


def test_layout_detects_dateline_on_a_short_line() -> None:
    _, layout = _layout("BEYROUTH (AFP) - Raids sur Alep\n" + BODY)
    assert layout.dateline is not None
    assert layout.paragraphs[0].role is ParagraphRole.BODY
    assert layout.headings == ()


@pytest.mark.parametrize(
    "raw",
    [
        BODY + "\nBEYROUTH (AFP) - " + BODY,
        "Le régime (AFP) a dit " + BODY,
        "BEYROUTH - " + BODY,
        "BEYROUTH (Syrie) - " + BODY,
        "BEYROUTH (AFPX) - " + BODY,
    ],
)
def test_layout_finds_no_dateline(raw: str) -> None:
    _, layout = _layout(raw)
    assert layout.dateline is None
    assert layout.dateline_place is None
    assert all(p.body_start == p.start for p in layout.paragraphs)


@pytest.mark.parametrize(
    "heading",
    [
        "Préparer une offensive contre Alep",
        '"#AleppoIsburning"',
        "\u00ab\u202f#AleppoIsburning\u202f\u00bb",
        "#JeSuisCharlie.",
        "Syrie : les raids reprennent sur Alep",
        "ALEP SOUS LES BOMBES.",
        "Le sort des civils (Alep)",
    ],
)
def test_layout_detects_heading(heading: str) -> None:
    text, layout = _layout(f"{BODY}\n{heading}\n{BODY}")
    assert _roles(layout) == [
        (1, ParagraphRole.BODY),
        (2, ParagraphRole.HEADING),
        (3, ParagraphRole.BODY),
    ]
    assert [text[s:e] for s, e in layout.headings] == [normalise(heading).text]


@pytest.mark.parametrize(
    "line",
    [
        "Trois civils ont été tués.",
        "Qui a tiré\u00a0?",
        "Le bilan pourrait s'alourdir\u2026",
        'Il a répondu "non."',
        "\u00ab\u202fC'est un massacre.\u202f\u00bb",
        "Il a déclaré\u00a0:",
        "Préparer une offensive contre Alep. Le régime masse des troupes",
        "Alep sous les bombes! Les habitants fuient la ville",
        # Over the word limit, even without a full stop.
        "Les secours, arrivés sur place dimanche matin, cherchent encore des survivants "
        "sous les décombres",
    ],
)
def test_layout_keeps_sentences_in_body(line: str) -> None:
    _, layout = _layout(f"{BODY}\n{line}\n{BODY}")
    assert [p.role for p in layout.paragraphs] == [ParagraphRole.BODY] * 3
    assert layout.headings == ()


def test_layout_heading_never_swallows_a_body_sentence() -> None:
    heading = "Préparer une offensive contre Alep"
    text, layout = _layout(f"{BODY}\n\n{heading}\n{BODY}")
    assert _roles(layout) == [
        (1, ParagraphRole.BODY),
        (3, ParagraphRole.HEADING),
        (4, ParagraphRole.BODY),
    ]
    assert [text[s:e] for s, e in layout.headings] == [heading]


@pytest.mark.parametrize(
    "raw",
    [
        "Préparer une offensive contre Alep",
        '"#AleppoIsburning"',
        BODY,
        "Avec AFP",
        "  BEYROUTH (AFP) - " + BODY + "  ",
    ],
)
def test_layout_single_line_is_body(raw: str) -> None:
    text, layout = _layout(raw)
    assert len(layout.paragraphs) == 1
    paragraph = layout.paragraphs[0]
    assert paragraph.number == 1
    assert paragraph.role is ParagraphRole.BODY
    assert text[paragraph.start : paragraph.end] == raw.strip()
    assert layout.headings == ()
    assert layout.signoff is None


def test_layout_heading_needs_body_after_it() -> None:
    _, layout = _layout(f"{BODY}\nSous le feu des raids\nEt après")
    assert [p.role for p in layout.paragraphs] == [ParagraphRole.BODY] * 3


@pytest.mark.parametrize("raw", ["", "\n", "\n\n  \n", " \t\u00a0\n\r\n"])
def test_layout_empty_text_has_no_paragraphs(raw: str) -> None:
    _, layout = _layout(raw)
    assert layout == Layout((), None, None, None, ())


def test_layout_numbers_paragraphs_by_line() -> None:
    text, layout = _layout(f"\n  {BODY}  \n\n\n{BODY}\n")
    assert [p.number for p in layout.paragraphs] == [2, 5]
    assert all(text[p.start : p.end] == BODY for p in layout.paragraphs)


@pytest.mark.parametrize(
    "signoff",
    [
        "Avec AFP",
        "(Avec AFP)",
        "Avec AFP et Reuters",
        "avec AFP, Reuters",
        "Le Monde avec AFP",
        "Le Monde.fr avec l'AFP",
        "(AFP)",
        "AFP",
        "\u2014 AFP",
        "Par Jean Dupont (AFP)",
    ],
)
def test_layout_detects_signoff(signoff: str) -> None:
    text, layout = _layout(f"{BODY}\n{BODY}\n\n{signoff}\n")
    assert layout.signoff is not None
    assert text[slice(*layout.signoff)] == normalise(signoff).text
    assert layout.paragraphs[-1].role is ParagraphRole.SIGNOFF
    assert layout.paragraphs[-1].number == 4
    assert layout.headings == ()


@pytest.mark.parametrize(
    "last",
    ["Avec nos correspondants", "Lire aussi", "Avec AFP, il a confirmé le bilan."],
)
def test_layout_ignores_non_agency_signoff(last: str) -> None:
    _, layout = _layout(f"{BODY}\n{last}")
    assert layout.signoff is None
    assert [p.role for p in layout.paragraphs] == [ParagraphRole.BODY] * 2


def test_layout_signoff_only_on_last_line() -> None:
    _, layout = _layout(f"{BODY}\nAvec AFP\n{BODY}")
    assert layout.signoff is None
    assert layout.paragraphs[1].role is ParagraphRole.HEADING


def test_layout_unknown_language_raises_resource_error() -> None:
    with pytest.raises(ResourceError):
        analyse_layout(BODY, lang="xx")


@pytest.mark.parametrize(
    ("raw", "dateline", "place"),
    [
        # English wire copy with no agency: the place in capitals, its country, the dash
        ("ALEPPO, Syria - Government air strikes killed ten civilians.", "ALEPPO, Syria -",
         "ALEPPO"),
        ("NEW YORK - The United Nations said on Monday.", "NEW YORK -", "NEW YORK"),
        ("Gunmen - at least ten of them - attacked the town on Monday.", None, None),
        ("UN - peacekeepers came under fire on Monday.", None, None),
    ],
)  # fmt: skip
def test_layout_english_dateline_with_no_agency(
    raw: str, dateline: str | None, place: str | None
) -> None:
    text = normalise(raw).text
    layout = analyse_layout(text, "en")
    found = text[slice(*layout.dateline)] if layout.dateline else None
    named = text[slice(*layout.dateline_place)] if layout.dateline_place else None
    assert (found, named) == (dateline, place)
