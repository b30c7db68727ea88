"""The library API: extract() on any text, batches through nlp.pipe, spans always in the text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wirewatch import Article, extract, process_many
from wirewatch.errors import BinaryInputError, EmptyInputError, UnsupportedLanguageError
from wirewatch.types import Span

WIRE_WORDS = [
    "Samedi,",
    "des raids",
    "aériens",
    "du régime",
    "ont tué",
    "dix civils",
    "dont deux enfants",
    "à Alep",
    "selon l'OSDH",
    ".",
    "\n",
    "« ",
    " »",
    "aucun",
    "n'a",
    "pas",
    "depuis le 22 avril",
    "plus de 246",
    "manifestations",
    "trêve",
    "Layramoun, banlieue de la ville",
    "M. Kerry",
    "Il a demandé",
    "\u00a0",
    "’",
]


def _spans(value: object) -> list[Span]:
    import dataclasses

    if isinstance(value, Span):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _spans(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [s for item in value for s in _spans(item)]
    return []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(min_size=1, max_size=300),
        st.lists(st.sampled_from(WIRE_WORDS), min_size=1, max_size=40).map(" ".join),
    )
)
@example("AUCUN ont TUé DEPUIS")  # a count assessed like a trigger once raised KeyError
@example(")e01  000ê1e A a a(m")  # a parse repair once closed a loop in the tree (E039)
def test_process_any_text_gives_events_whose_spans_lie_inside_it(text: str) -> None:
    try:
        events = extract(text, lang="fr")  # (random text may read as any language)
    except (EmptyInputError, BinaryInputError):
        return
    for event in events:
        for span in _spans(event):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


def test_process_many_batches_articles_in_order() -> None:
    texts = [
        "Des combats ont opposé samedi l'armée aux rebelles près de Deraa.",
        "La Bourse a fini en hausse.",
        "Dix civils ont été tués dimanche dans un attentat à Kaboul, selon la police.",
    ]
    results = list(process_many(Article(text=t, published=date(2020, 1, 5)) for t in texts))
    assert [r.article.text for r in results] == texts
    assert [len(r.events) > 0 for r in results] == [True, False, True]


def test_process_extract_reads_an_article_in_its_own_language() -> None:
    english = extract("On Saturday, gunmen killed ten villagers in an attack near Djibo.")
    assert any(e.event_type == "Violence against civilians" for e in english)
    with pytest.raises(UnsupportedLanguageError, match="reads as 'de'"):
        extract("Der Bundestag hat am Donnerstag ein Gesetz über die Arbeitszeit beschlossen.")


def test_process_extract_refuses_empty_text() -> None:
    with pytest.raises(EmptyInputError):
        extract("  \n ")


def test_process_spans_point_into_the_original_text_after_normalisation() -> None:
    text = "Samedi,\u00a0des raids du régime ont frappé Alep, selon l’OSDH « sur place »."
    events = extract(text)
    assert events
    for event in events:
        for span in _spans(event):
            assert text[span.start : span.end] == span.text


def test_process_small_model_is_selectable() -> None:
    from wirewatch import Settings

    events = extract(
        "Samedi, des raids aériens du régime ont tué dix civils à Alep.",
        settings=Settings(models=("fr_core_news_sm",)),
    )
    assert any(e.sub_event_type == "Air/drone strike" for e in events)


def test_process_unknown_model_is_a_clear_error() -> None:
    from wirewatch import Settings
    from wirewatch.errors import ModelError

    with pytest.raises(ModelError, match="pip install fr-core-news-xl"):
        extract("Des raids ont frappé Alep.", settings=Settings(models=("fr_core_news_xl",)))
