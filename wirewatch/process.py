"""process(article, settings) -> ArticleResult: the one place the stages are composed.

text (normalise, layout) -> annotate (spaCy + wirewatch components) -> events (assembly)
-> resolve (dates, actors, counts, places). The evaluation predictors (what ``wirewatch
evaluate`` scores) compose the same stages and live here too.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import docspec
from wirewatch.annotate import load_pipeline
from wirewatch.config import Settings
from wirewatch.errors import BinaryInputError, EmptyInputError, InputError
from wirewatch.evaluate import (
    EventScores,
    GeoDocument,
    GoldToponym,
    PredictedTimex,
    Resolved,
    TimemlDocument,
    read_gold_yaml,
    score_gold_article,
)
from wirewatch.evaluate.acled import AcledRow
from wirewatch.events import ArticleContext, assemble_events
from wirewatch.lang import profile
from wirewatch.resolve import TimeValue, resolve_event_times, resolve_time
from wirewatch.resolve.actor import article_country, resolve_event_actors
from wirewatch.resolve.counts import resolve_event_counts
from wirewatch.resolve.gazetteer import SQLiteGazetteer
from wirewatch.resolve.gazetteer_build import open_default_gazetteer
from wirewatch.resolve.place import document_country, resolve_event_places, resolve_place_name
from wirewatch.text import Layout, NormalisedText, ParagraphRole, analyse_layout, normalise
from wirewatch.types import Article, ArticleResult, Event, Span

log = logging.getLogger(__name__)

_CONTROL_OK = frozenset("\n\r\t\f\v")


@dataclass(frozen=True, slots=True)
class _Prepared:
    article: Article
    normalised: NormalisedText
    layout: Layout
    context: ArticleContext


def pipeline(settings: Settings) -> Language:
    """The spaCy pipeline for the settings' language and model (loaded once per process)."""
    lang = profile(settings.lang)
    return load_pipeline(settings.model or lang.default_model, lang.code)


def gazetteer(settings: Settings) -> SQLiteGazetteer:
    """The gazetteer the settings name (opened once per process)."""
    return _open_gazetteer(settings.gazetteer)


@functools.cache
def _open_gazetteer(path: str | None) -> SQLiteGazetteer:
    return SQLiteGazetteer(path) if path else open_default_gazetteer(build=True)


def check_text(text: str) -> None:
    """Refuse what is not article text: nothing at all, or binary content."""
    if not text.strip():
        raise EmptyInputError("the article is empty (no text to extract events from)")
    if "\x00" in text:
        raise BinaryInputError("the input holds NUL bytes: it looks like a binary file, not text")
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in _CONTROL_OK)
    if controls > max(8, len(sample) // 100):
        raise BinaryInputError(
            f"the input holds {controls} control characters in its first {len(sample)}: "
            "it looks like a binary file, not text"
        )


def _prepare(article: Article) -> _Prepared:
    check_text(article.text)
    normalised = normalise(article.text)
    layout = analyse_layout(normalised.text, article.lang)
    original = article.text

    def to_span(start: int, end: int) -> Span:
        s, e = normalised.to_original(start, end)
        return Span(s, e, original[s:e])

    body = tuple(
        (p.number, p.body_start, p.end) for p in layout.paragraphs if p.role is ParagraphRole.BODY
    )
    context = ArticleContext(article.id, body, layout.headings, layout.dateline_place, to_span)
    return _Prepared(article, normalised, layout, context)


def _result(prepared: _Prepared, doc: Doc, settings: Settings) -> ArticleResult:
    article = prepared.article
    events = assemble_events(doc, prepared.context, article.lang)
    if article.published is not None:
        events = resolve_event_times(events, article.published, article.lang)
    country = article_country(events, article.lang)
    events = resolve_event_actors(events, country, article.lang)
    events = resolve_event_counts(events, settings.vague_counts, article.lang)
    events = resolve_event_places(events, gazetteer(settings), country, article.lang)
    to_span = prepared.context.to_span
    layout = prepared.layout
    return ArticleResult(
        article=prepared.article,
        events=tuple(events),
        headings=tuple(to_span(*h) for h in layout.headings),
        dateline=to_span(*layout.dateline) if layout.dateline else None,
        signoff=to_span(*layout.signoff) if layout.signoff else None,
    )


def process(article: Article, settings: Settings | None = None) -> ArticleResult:
    """Extract the events of one article."""
    return next(process_many([article], settings))


def process_many(
    articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[ArticleResult]:
    """Extract the events of many articles, batching them through ``nlp.pipe``."""
    settings = settings or Settings()
    nlp = pipeline(settings)
    prepared: list[_Prepared] = []

    def docs() -> Iterator[Doc]:
        for article in articles:
            item = _prepare(article)
            prepared.append(item)
            doc = nlp.make_doc(item.normalised.text)
            doc.user_data[docspec.BODY_STARTS] = [
                p.body_start for p in item.layout.paragraphs if p.body_start != p.start
            ]
            yield doc

    for doc in nlp.pipe(docs(), batch_size=settings.batch_size):
        yield _result(prepared.pop(0), doc, settings)


@dataclass(frozen=True, slots=True)
class FoundTime:
    """A time expression of a text and its resolved value (None when unresolved)."""

    span: Span
    label: str
    value: TimeValue | None


def find_time_expressions(
    text: str, anchor: date, settings: Settings | None = None
) -> list[FoundTime]:
    """Every time expression of a text, resolved in reading order against ``anchor``
    (a verb in the future tense makes its expression look forward)."""
    settings = settings or Settings()
    nlp = pipeline(settings)
    normalised = normalise(text)
    doc = nlp(normalised.text)
    found: list[FoundTime] = []
    previous: TimeValue | None = None
    for span in doc.spans.get(docspec.TIMES, ()):
        # A verb in the future tense in the sentence makes its dates look forward.
        future = any("Fut" in t.morph.get("Tense", []) for t in span.sent)
        value = resolve_time(
            span.text, anchor, previous=previous, future=future, lang=settings.lang
        )
        if value is not None and value.start is not None:
            previous = value
        start, end = normalised.to_original(span.start_char, span.end_char)
        found.append(FoundTime(Span(start, end, text[start:end]), span.label_, value))
    return found


def timeml_predictor(
    settings: Settings | None = None,
) -> Callable[[TimemlDocument], list[PredictedTimex]]:
    """What ``wirewatch evaluate timeml`` scores: every time expression of a TimeML
    document, resolved against its creation time."""

    def predict(document: TimemlDocument) -> list[PredictedTimex]:
        found = find_time_expressions(document.text, document.creation_time, settings)
        return [
            PredictedTimex(
                f.span.start, f.span.end, f.span.text, f.value.value if f.value else None
            )
            for f in found
        ]

    return predict


_CORPUS_LANG = "en"  # the geoparsing corpora (GeoWebNews, TR-News, LGL) are English


def toponym_resolver(
    settings: Settings | None = None,
) -> Callable[[GeoDocument, GoldToponym], Resolved | None]:
    """What ``wirewatch evaluate geoparsing`` scores: a gold toponym resolved with the
    gazetteer, ambiguous names settled by the country most of the document's names point to."""
    places = gazetteer(settings or Settings())
    countries: dict[str, str | None] = {}

    def resolve(document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        if document.doc_id not in countries:
            names = (t.text for t in document.toponyms)
            countries[document.doc_id] = document_country(names, places, _CORPUS_LANG)
        found = resolve_place_name(toponym.text, places, countries[document.doc_id], _CORPUS_LANG)
        if found is None:
            return None
        return Resolved(found.latitude, found.longitude, found.geonames_id)

    return resolve


def acled_predictor(settings: Settings | None = None) -> Callable[[AcledRow], list[Event]]:
    """What ``wirewatch evaluate acled`` scores: the events of a row's notes, dated by the
    row's event date."""

    def predict(row: AcledRow) -> list[Event]:
        article = Article(text=row.notes, published=row.event_date)
        return list(process(article, settings).events)

    return predict


def score_gold_files(paths: Iterable[str | Path], settings: Settings | None = None) -> EventScores:
    """What ``wirewatch evaluate gold`` scores: each gold file's article extracted and
    compared with what a careful coder found in it."""
    scores = EventScores()
    for path in paths:
        gold = read_gold_yaml(path)
        result = process(Article(text=gold.text, published=gold.published), settings)
        score_gold_article(gold, result.events, scores)
    return scores


def gold_files(path: str | Path) -> list[Path]:
    """A gold file, or every ``*.gold.yaml`` of a folder."""
    path = Path(path)
    found = sorted(path.glob("*.gold.yaml")) if path.is_dir() else [path]
    if not found:
        raise InputError(f"{path}: no .gold.yaml file here")
    return found


def extract(
    text: str, published: date | None = None, lang: str = "fr", settings: Settings | None = None
) -> list[Event]:
    """The events one article reports, each field with the spans of text behind it."""
    settings = settings or Settings(lang=lang)
    article = Article(text=text, published=published, lang=profile(lang).code)
    return list(process(article, settings).events)
