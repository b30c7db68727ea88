"""process(article, settings) -> ArticleResult: the one place the stages are composed.

text (normalise, layout) -> annotate (spaCy + wirewatch components) -> events (assembly)
-> resolve (dates, actors, counts, places). ``ingest`` runs it over many inputs into a
store: ingest (sources -> articles) -> language id -> process -> store -> cross-article
merge. The evaluation predictors (what ``wirewatch evaluate`` scores) compose the same stages
and live here too.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from wirewatch import docspec
from wirewatch.annotate import load_pipeline
from wirewatch.config import Settings
from wirewatch.errors import BinaryInputError, EmptyInputError, InputError, UnsupportedLanguageError
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
from wirewatch.events.references import bracketed_areas, named_beside, written_with_kind
from wirewatch.ingest import Fetcher, IngestItem, iter_articles
from wirewatch.lang import SUPPORTED, pipeline_name, profile, word_set
from wirewatch.lang.countries import country_names, demonyms, fold
from wirewatch.resolve import TimeValue, resolve_event_times, resolve_time
from wirewatch.resolve.actor import (
    actors_country,
    actors_region,
    article_country,
    resolve_event_actors,
    talks_concepts,
)
from wirewatch.resolve.counts import resolve_event_counts
from wirewatch.resolve.gazetteer import SQLiteGazetteer
from wirewatch.resolve.gazetteer_build import open_default_gazetteer
from wirewatch.resolve.place import (
    document_country,
    resolve_event_places,
    resolve_in_area,
    resolve_place_name,
)
from wirewatch.store import ArticleState, Store, StoredArticle
from wirewatch.store.merge import merge_across_articles
from wirewatch.text import Layout, NormalisedText, ParagraphRole, analyse_layout, normalise
from wirewatch.text.langid import identify_language
from wirewatch.types import Article, ArticleResult, Event, Span

log = logging.getLogger(__name__)

_CONTROL_OK = frozenset("\n\r\t\f\v")


@dataclass(frozen=True, slots=True)
class _Prepared:
    article: Article
    normalised: NormalisedText
    layout: Layout
    context: ArticleContext


def pipeline(settings: Settings, lang: str | None = None) -> Language:
    """The spaCy pipeline that reads ``lang`` (by default the settings' language) with
    wirewatch's components, loaded once per process."""
    code = profile(lang or settings.lang).code
    return load_pipeline(pipeline_name(code, settings.models), code)


def gazetteer(settings: Settings) -> SQLiteGazetteer:
    """The gazetteer the settings name (opened once per process)."""
    return _open_gazetteer(settings.gazetteer)


@functools.cache
def _open_gazetteer(path: str | None) -> SQLiteGazetteer:
    return SQLiteGazetteer(path) if path else open_default_gazetteer(build=True)


@functools.lru_cache(maxsize=1 << 16)
def _known_place(path: str | None, lang: str, name: str) -> bool:
    """Whether the gazetteer holds a place of this name anywhere (event assembly prefers
    such a name to one it could only code to a country)."""
    return resolve_place_name(name, _open_gazetteer(path), None, lang) is not None


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
        (p.number, p.body_start, p.end, rank)
        for rank, p in enumerate(layout.paragraphs, start=1)
        if p.role is ParagraphRole.BODY
    )
    context = ArticleContext(article.id, body, layout.headings, layout.dateline_place, to_span)
    return _Prepared(article, normalised, layout, context)


def _result(prepared: _Prepared, doc: Doc, settings: Settings) -> ArticleResult:
    article = prepared.article
    known = functools.partial(_known_place, settings.gazetteer, article.lang)
    events = assemble_events(doc, replace(prepared.context, known_place=known), article.lang)
    if article.published is not None:
        events = resolve_event_times(events, article.published, article.lang)
    country, region = _story_country(prepared, doc, events, settings)
    # the actors' country: where diplomacy happened or a truce was signed abroad says
    # nothing of it ("ont signé à Alger", in a story from Mali); the place still resolves
    # in the country its name points to (an agreement signed in Ouagadougou is coded there)
    talks = _talks_places(events)
    home = _story_country(prepared, doc, events, settings, talks)[0] if talks else country
    events = resolve_event_actors(events, home, article.lang)
    events = resolve_event_counts(events, settings.vague_counts, article.lang)
    named = set(_countries_named(doc.spans.get(docspec.PLACES, ()), article.lang))
    events = resolve_event_places(
        events, gazetteer(settings), country, article.lang, settings.country, region, named
    )
    to_span = prepared.context.to_span
    layout = prepared.layout
    return ArticleResult(
        article=prepared.article,
        events=tuple(events),
        headings=tuple(to_span(*h) for h in layout.headings),
        dateline=to_span(*layout.dateline) if layout.dateline else None,
        signoff=to_span(*layout.signoff) if layout.signoff else None,
    )


def _title_country(prepared: _Prepared, doc: Doc) -> str | None:
    """The country the article's title names ("Cameroun : quatre soldats tués ..."), when
    its first line is one: it says where the story is before any actor does (Boko Haram
    acts in Cameroon too)."""
    first = prepared.layout.paragraphs[0] if prepared.layout.paragraphs else None
    if first is None or first.role is not ParagraphRole.HEADING:
        return None
    heading = [
        s for s in doc.spans.get(docspec.PLACES, ()) if first.start <= s.start_char < first.end
    ]
    votes = Counter(_countries_named(heading, prepared.article.lang))
    return votes.most_common(1)[0][0] if votes else None


def _countries_named(spans: Iterable[DocSpan], lang: str) -> list[str]:
    """The codes of the countries the place spans name ("au Mali", "in Niger")."""
    names = country_names(lang)
    return [
        code
        for span in spans
        if span.label_ == _COUNTRY and (code := names.get(fold(span.text))) is not None
    ]


def _story_country(
    prepared: _Prepared,
    doc: Doc,
    events: list[Event],
    settings: Settings,
    talks: frozenset[str] = frozenset(),
) -> tuple[str | None, frozenset[str]]:
    """The country the story is about, and (when no actor of it is named) the countries its
    armed groups act in; the places named ``talks`` left out."""
    article = prepared.article
    country = (
        article_country(events, article.lang, article.published, talks)
        or _title_country(prepared, doc)
        or actors_country(events, article.lang)
    )
    # (with no actor of the story's country, the countries its armed groups act in)
    region = actors_region(events, article.lang) if country is None else frozenset()
    within = {
        e.place.mention.text: e.place.reference.text
        for e in events
        if e.place is not None and e.place.mention is not None and e.place.reference is not None
    }  # "à Boura, dans la Sissili": the village read in its area
    country = (
        country
        or _text_country(prepared, doc, settings, region, talks, within)
        or settings.country
        or actors_country(events, article.lang, crossing=True)  # (Boko Haram's, no place)
    )
    return country, region


def _talks_places(events: list[Event]) -> frozenset[str]:
    """The names of places where the article's diplomacy happened or truces were signed,
    and nothing else happened ("ont signé lundi à Alger un accord", in a story from Mali)."""

    def names(talks: bool) -> set[str]:
        return {
            e.place.mention.text
            for e in events
            if (e.concept in talks_concepts()) is talks
            and e.place is not None
            and e.place.mention is not None
        }

    return frozenset(names(True) - names(False))


def _text_country(
    prepared: _Prepared,
    doc: Doc,
    settings: Settings,
    region: frozenset[str] = frozenset(),
    talks: frozenset[str] = frozenset(),
    within: dict[str, str] | None = None,
) -> str | None:
    """The country the article's place and country names point to (its dateline's among
    them), when no local actor's alias says which country the story is about: against the
    desk's country, or outside the ``region`` the story's armed groups act in, only a place
    known abroad counts; the places of ``talks`` alone count for nothing. A name an event
    places in an area (``within``: "à Boura, dans la Sissili") is read in it, as one with
    its areas in brackets is."""
    spans = doc.spans.get(docspec.PLACES, ())
    names: list[str] = []
    placed: list[tuple[str, list[str]]] = []  # "Solhan (Solhan, Yagha)": read in its areas
    lang = prepared.article.lang
    beside = word_set(lang, "places", "beside")
    kinds = word_set(lang, "places", "area_kinds")
    as_areas: set[str] = set()  # "la province du Soum": the area, not a town of that name
    villages = word_set(lang, "places", "village_kinds")
    as_villages: set[str] = set()  # "the village of Nama": no province seat abroad
    for span in spans:
        if (
            span.label_ not in _NAMED_PLACES - {"enclosing"}
            or named_beside(span.root, beside)
            or span.text in talks
        ):
            continue
        bracket = bracketed_areas(span)
        if bracket is not None and bracket[0].start == docspec.bracket_after(doc, span.end) + 1:
            inside = bracket[0]
            areas = [
                a.text
                for a in spans
                if a.label_ == "enclosing" and a.start in range(inside.start, inside.end)
            ]
            placed.append((span.text, areas))
        elif within and within.get(span.text, span.text) != span.text:
            placed.append((span.text, [within[span.text]]))
        else:
            names.append(span.text)
            if written_with_kind(span, kinds):
                as_areas.add(span.text)
            if span.label_ != _COUNTRY and written_with_kind(span, villages):
                as_villages.add(span.text)  # (a country is no village: "..., au Mali")
    dateline = prepared.layout.dateline_place
    if dateline is not None and not any(s.start_char == dateline[0] for s in spans):
        names.append(prepared.normalised.text[dateline[0] : dateline[1]])
    # (against the desk's country, only a town known abroad says the story is elsewhere)
    home = frozenset({settings.country}) if settings.country else region
    found = document_country(
        names, gazetteer(settings), lang, placed, home=home, areas=as_areas, villages=as_villages
    )
    if found is None and settings.country is None:  # no place to go by: its people say where
        # ("Burkinabe soldiers"; not against a desk's country: foreigners, "French forces")
        people = Counter(
            code
            for token in doc
            if (code := demonyms(lang).get(fold(token.text))) is not None
            and not named_beside(token, beside)
        )
        found = people.most_common(1)[0][0] if people else None
    if found is None:  # nor its people: names NER took for no place ("marched to Kaya")
        words = _common_words(pipeline(settings, lang))
        names = [name for name in _bare_names(doc) if name.lower() not in words]
        found = document_country(
            names, gazetteer(settings), lang, (), _TOWN, home, villages=as_villages
        )
    return found


@functools.cache
def _common_words(nlp: Language) -> frozenset[str]:
    """The words the pipeline's lemmatizer knows as nouns, verbs, adjectives or adverbs of
    its language ("university", "union", "east"): a name written as one is no sign of a
    place. Empty for a pipeline whose lemmatizer keeps no such index."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


def _bare_names(doc: Doc) -> list[str]:
    """The proper nouns of a text that stand alone, NER took for no person, people, date
    or place, nor open a sentence: names of places it missed among them ("marched to
    Kaya"), not the words of a longer name ("the National Union Finance Officers"). (A
    hyphen joins two places more often than it makes one name: "the axis Tougan-Toueni".)"""
    return [
        t.text
        for t in doc
        if t.pos_ == "PROPN"
        and t.is_title
        and not t.is_sent_start
        and t.ent_type_ not in _NO_PLACE_ENTITIES
        and not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (t.i - 1, t.i + 1))
    ]


def process(article: Article, settings: Settings | None = None) -> ArticleResult:
    """Extract the events of one article."""
    return next(process_many([article], settings))


def process_many(
    articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[ArticleResult]:
    """Extract the events of many articles, batching them through ``nlp.pipe``; each run
    of articles in one language goes through that language's pipeline, in order."""
    settings = settings or Settings()
    for lang, run in itertools.groupby(articles, key=lambda a: a.lang):
        yield from _process_run(run, settings, lang)


def _process_run(
    articles: Iterable[Article], settings: Settings, lang: str
) -> Iterator[ArticleResult]:
    nlp = pipeline(settings, lang)
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
        country = countries[document.doc_id]
        after = _area_after(
            document.text, toponym.end, ((t.start, t.text) for t in document.toponyms)
        )
        found = (
            resolve_in_area(toponym.text, after, places, country, _CORPUS_LANG) if after else None
        )
        found = found or resolve_place_name(toponym.text, places, country, _CORPUS_LANG)
        if found is None:
            return None
        return Resolved(found.latitude, found.longitude, found.geonames_id)

    return resolve


def _area_after(text: str, end: int, names: Iterable[tuple[int, str]]) -> str | None:
    """The name written right after a comma that follows the name ending at ``end`` (the
    area it lies in: "LONDON, Ky.", "Alvin, Texas"), among ``names`` (start, text)."""
    if not text.startswith(", ", end):
        return None
    return next((name for start, name in names if start == end + 2), None)


class DetectedToponyms:
    """What ``wirewatch evaluate geoparsing --detect`` scores: the places the pipeline finds
    in each document by itself (read in the language identified for it), each resolved as
    an event's place would be; a gold toponym that no found place overlaps is unresolved.

    ``found`` counts the place names found, ``matched`` those overlapping a gold toponym,
    ``gold`` the gold toponyms seen and ``detected`` those a found place overlaps.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.found = self.matched = self.gold = self.detected = 0
        self._places: dict[str, list[tuple[int, int, Resolved | None]]] = {}

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.detected / self.gold if self.gold else 0.0

    def __call__(self, document: GeoDocument, toponym: GoldToponym) -> Resolved | None:
        places = self._document_places(document)
        for start, end, resolved in places:
            if start < toponym.end and toponym.start < end:
                return resolved
        return None

    def _document_places(self, document: GeoDocument) -> list[tuple[int, int, Resolved | None]]:
        if document.doc_id in self._places:
            return self._places[document.doc_id]
        lang = identify_language(document.text).code
        lang = lang if lang in SUPPORTED else _CORPUS_LANG
        normalised = normalise(document.text)
        doc = pipeline(self.settings, lang)(normalised.text)
        spans = [s for s in doc.spans.get(docspec.PLACES, ()) if s.label_ in _NAMED_PLACES]
        places = gazetteer(self.settings)
        country = document_country([s.text for s in spans], places, lang)
        found: list[tuple[int, int, Resolved | None]] = []
        named = [(s.start_char, s.text) for s in spans]
        for span in spans:
            start, end = normalised.to_original(span.start_char, span.end_char)
            after = _area_after(normalised.text, span.end_char, named)
            geo = resolve_in_area(span.text, after, places, country, lang) if after else None
            geo = geo or resolve_place_name(span.text, places, country, lang)
            resolved = Resolved(geo.latitude, geo.longitude, geo.geonames_id) if geo else None
            found.append((start, end, resolved))
        gold = [(t.start, t.end) for t in document.toponyms]
        self.found += len(found)
        self.matched += sum(1 for s, e, _ in found if any(s < ge and gs < e for gs, ge in gold))
        self.gold += len(set(gold))
        self.detected += sum(
            1 for gs, ge in set(gold) if any(s < ge and gs < e for s, e, _ in found)
        )
        self._places[document.doc_id] = found
        return found


def acled_predictor(settings: Settings | None = None) -> Callable[[AcledRow], list[Event]]:
    """What ``wirewatch evaluate acled`` scores: the events of a row's notes, dated by the
    row's event date, read in the language identified for them (as ``ingest`` would)."""
    settings = settings or Settings()

    def predict(row: AcledRow) -> list[Event]:
        lang = identify_language(row.notes).code
        lang = lang if lang in SUPPORTED else settings.lang
        article = Article(text=row.notes, published=row.event_date, lang=lang)
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
    text: str,
    published: date | None = None,
    lang: str | None = None,
    settings: Settings | None = None,
) -> list[Event]:
    """The events one article reports, each field with the spans of text behind it; read in
    ``lang``, else in the language identified for it (:func:`readable_language`)."""
    code = profile(lang).code if lang else readable_language(text, (settings or Settings()).lang)[0]
    settings = settings or Settings(lang=code)
    article = Article(text=text, published=published, lang=code)
    return list(process(article, settings).events)


def article_language(text: str, fallback: str) -> tuple[str, bool]:
    """The language of an article no one declared: the one identified offline (and True),
    which may be one wirewatch does not read, else ``fallback`` (and False) when none can be
    told."""
    found = identify_language(text).code
    return (fallback, False) if found is None else (found, True)


def readable_language(text: str, fallback: str) -> tuple[str, bool]:
    """:func:`article_language`, for reading the article now: UnsupportedLanguageError for
    one in a language wirewatch does not read (``ingest`` stores it as such instead)."""
    code, identified = article_language(text, fallback)
    if code not in SUPPORTED:
        raise UnsupportedLanguageError(
            f"the article reads as {code!r}, a language wirewatch does not read (supported: "
            f"{', '.join(SUPPORTED)}); declare its language to read it as one of them"
        )
    return code, identified


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What became of one input item: ``stored``, ``skipped`` (already stored),
    ``unsupported`` (stored, language not read) or ``failed``."""

    origin: str
    state: str
    article_id: str | None = None
    events: int = 0
    message: str = ""


@dataclass(slots=True)
class IngestReport:
    """The tally of one ingest run; ``failures`` keep each failed item's reason."""

    stored: int = 0
    skipped: int = 0
    unsupported: int = 0
    failed: int = 0
    undated: int = 0
    events: int = 0
    merged_events: int = 0
    failures: list[IngestOutcome] = field(default_factory=list)

    def add(self, outcome: IngestOutcome) -> None:
        if outcome.state == "failed":
            self.failures.append(outcome)
            self.failed += 1
        else:
            setattr(self, outcome.state, getattr(self, outcome.state) + 1)
        self.events += outcome.events


def ingest(
    sources: Sequence[str],
    store: Store,
    settings: Settings | None = None,
    *,
    published: date | None = None,
    lang: str | None = None,
    fetcher: Fetcher | None = None,
    on_item: Callable[[IngestOutcome], None] | None = None,
) -> IngestReport:
    """Read every article the sources hold, extract its events into ``store`` (one
    transaction per article, so an interrupted run keeps what it stored and a second run
    resumes), then merge the events of all stored articles across articles.

    ``lang`` forces a language; by default each article's declared or identified language
    routes it, and an article in a language wirewatch does not read is stored and reported.
    ``published`` dates the articles that carry no date of their own.
    """
    settings = settings or Settings()
    if lang is not None:
        lang = profile(lang).code  # an unsupported forced language fails before any work
    report = IngestReport()

    def note(outcome: IngestOutcome) -> None:
        report.add(outcome)
        if on_item is not None:
            on_item(outcome)

    def readable() -> Iterator[tuple[StoredArticle, Article]]:
        for item in iter_articles(sources, published=published, fetcher=fetcher):
            if item.article is None:
                error = item.error
                code, message = (error.code, str(error)) if error else ("input", "unreadable")
                store.record_error(item.origin, code, message)
                note(IngestOutcome(item.origin, "failed", message=f"{code}: {message}"))
                continue
            if store.has_article(item.article.id):
                note(IngestOutcome(item.origin, "skipped", item.article.id))
                continue
            try:
                check_text(item.article.text)
            except InputError as exc:
                store.record_error(item.origin, exc.code, str(exc))
                note(IngestOutcome(item.origin, "failed", message=f"{exc.code}: {exc}"))
                continue
            stored = _route(item, lang or item.declared_lang, settings)
            if stored.state != ArticleState.PROCESSED:
                store.add_article(stored, None)
                note(IngestOutcome(item.origin, "unsupported", stored.article.id, 0,
                                   f"language {stored.article.lang or 'unknown'}"))  # fmt: skip
                continue
            report.undated += stored.article.published is None
            yield stored, stored.article

    pending: list[StoredArticle] = []

    def articles() -> Iterator[Article]:
        for stored, article in readable():
            pending.append(stored)
            yield article

    for result in process_many(articles(), settings):
        note(_store_result(store, pending.pop(0), result))
    report.merged_events = refresh_merged(store)
    return report


def ingest_article(
    item: IngestItem, store: Store, settings: Settings | None = None
) -> IngestOutcome:
    """Store one article and its events, then merge the store's events across articles:
    ``ingest`` for a single item (what the HTTP API's POST does).

    Unlike ``ingest``, an item that cannot be stored raises rather than being recorded:
    :class:`InputError` for an unreadable, empty or binary text,
    :class:`UnsupportedLanguageError` for a language wirewatch does not read. An article
    already stored is ``skipped`` and changes nothing.
    """
    settings = settings or Settings()
    if item.article is None:
        raise item.error or InputError(f"{item.origin}: the article could not be read")
    if store.has_article(item.article.id):
        return IngestOutcome(item.origin, "skipped", item.article.id)
    check_text(item.article.text)
    stored = _route(item, item.declared_lang, settings)
    if stored.state != ArticleState.PROCESSED:
        raise UnsupportedLanguageError(
            f"the article is in {stored.article.lang!r}, which wirewatch does not read yet; "
            f"supported languages: {', '.join(SUPPORTED)}"
        )
    outcome = _store_result(store, stored, process(stored.article, settings))
    if outcome.state == "stored":
        refresh_merged(store)
    return outcome


def _store_result(store: Store, stored: StoredArticle, result: ArticleResult) -> IngestOutcome:
    """Store a processed article with its events (``skipped`` if it is already there)."""
    warnings = (*stored.warnings, *result.warnings)
    stored = replace(stored, warnings=warnings, n_events=len(result.events))
    added = store.add_article(stored, result)
    state, count = ("stored", len(result.events)) if added else ("skipped", 0)
    return IngestOutcome(stored.origin, state, stored.article.id, count)


def _route(item: IngestItem, lang: str | None, settings: Settings) -> StoredArticle:
    """The article with its language and publication date settled, and how they were."""
    assert item.article is not None
    article, basis, warnings = item.article, item.published_basis, []
    if lang is None:
        lang, identified = article_language(article.text, settings.lang)
        if not identified:
            warnings.append(f"language not identified; read as {lang}")
    if lang not in SUPPORTED:
        article = replace(article, lang=lang)
        return StoredArticle(article, item.origin, basis, ArticleState.UNSUPPORTED_LANGUAGE)
    dateline = _dateline_words(article.text, lang)
    if basis in ("user", "missing") and dateline:
        found = dateline_date(dateline, lang, settings)
        if found is not None:
            article, basis = replace(article, published=found), "dateline"
    agency = _AGENCY.search(dateline or "")
    if article.source is None and agency is not None:
        article = replace(article, source=agency.group(1).strip())  # «BEYROUTH (AFP) -»
    if article.published is None:
        warnings.append("no publication date: relative dates are left unresolved")
    article = replace(article, lang=lang)
    return StoredArticle(article, item.origin, basis, warnings=tuple(warnings))


def _dateline_words(text: str, lang: str) -> str | None:
    """The dateline of an article («BEYROUTH, 1 mai 2016 (AFP) -»), if it has one."""
    normalised = normalise(text).text
    layout = analyse_layout(normalised, lang)
    return normalised[layout.dateline[0] : layout.dateline[1]] if layout.dateline else None


def dateline_date(words: str, lang: str, settings: Settings) -> date | None:
    """The full date (day, month and year) a dateline states («BEYROUTH, 1 mai 2016 (AFP) -»)."""
    if not _YEAR.search(words):
        return None  # a day and month alone would be a guess at the year
    for found in find_time_expressions(words, date.today(), replace(settings, lang=lang)):
        if found.value is not None and found.value.value and _DAY.fullmatch(found.value.value):
            return date.fromisoformat(found.value.value)
    return None


# docspec.PLACE_LABELS that name a place
_COUNTRY = "country"  # the label of a country's name (docspec.PLACE_LABELS)
_NAMED_PLACES = frozenset({"toponym", _COUNTRY, "enclosing"})
# NER labels (both models' sets) of names that are no place: "Dicko", "French", "May"
_NO_PLACE_ENTITIES = frozenset({*docspec.PERSON_ENTITIES, "NORP", "DATE", "TIME"})
# A bare name says the story's country only as a town's own name: "Red" (a village in
# India) or "Council" (in the United States) are words, "Kaya" and "Pouytenga" are towns.
_TOWN = 5000
_YEAR = re.compile(r"\b\d{4}\b")
_AGENCY = re.compile(r"\(([^()]+)\)\W*$")  # the last parenthesis of a dateline
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def refresh_merged(store: Store) -> int:
    """Merge every stored event across articles and replace the merged table; its size."""
    merged = merge_across_articles(store.iter_events())
    store.replace_merged(merged)
    return len(merged)
