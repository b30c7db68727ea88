"""The Store protocol and the values it takes and gives: stored articles, queries, counts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from wirewatch.errors import InputError
from wirewatch.lang.countries import country_names, fold
from wirewatch.types import JSON, Article, ArticleResult, Event, MergedEvent

if TYPE_CHECKING:  # corrections.py needs country_code from here at run time
    from wirewatch.store.corrections import Correction


class ArticleState:
    """What became of a stored article."""

    PROCESSED = "processed"  # events extracted (possibly none)
    UNSUPPORTED_LANGUAGE = "unsupported_language"  # kept and reported, not forced through


PUBLISHED_BASES = ("metadata", "user", "dateline", "missing")


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store keeps it, with how it came in and what came of it."""

    article: Article
    origin: str  # the path, URL or line it was read from
    published_basis: str  # metadata | user | dateline | missing (no date: flagged, not guessed)
    state: str = ArticleState.PROCESSED
    warnings: tuple[str, ...] = ()
    n_events: int = 0


@dataclass(frozen=True, slots=True)
class IngestErrorRecord:
    """An input that could not be ingested, and why."""

    origin: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """How much the store holds."""

    articles: int
    unsupported: int
    undated: int
    events: int
    merged_events: int
    errors: int


@dataclass(frozen=True, slots=True)
class EventStats:
    """How the merged events a query matches spread by type, ISO week and place.

    ``by_type``: ACLED event type, else PLOVER code, else kind (every event has one, so the
    counts add up to ``total``). ``by_week``: ISO week of the start date ("2016-W17"), in
    order; ``undated`` events have none. ``by_place``: place name, most events first;
    ``unplaced`` events have none.
    """

    total: int
    by_type: dict[str, int]
    by_week: dict[str, int]
    by_place: dict[str, int]
    undated: int
    unplaced: int


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over merged events; every one given must hold.

    ``start``/``end``: the event's dates overlap this window. ``event_type``: ACLED event or
    sub-event type (case-insensitive). ``country``: ISO 3166 alpha-2 code or a country name
    in English or the articles' language. ``near``: (latitude, longitude, km). ``actor``:
    words in actor1's or actor2's name (case-insensitive). ``text``: words in a source
    article (full-text search). ``include_rejected``: keep the events an analyst rejected.
    The filters read the values as extracted, before corrections.
    """

    start: date | None = None
    end: date | None = None
    event_type: str | None = None
    country: str | None = None
    near: tuple[float, float, float] | None = None
    actor: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0
    include_rejected: bool = False

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InputError(f"the window ends ({self.end}) before it starts ({self.start})")
        if self.near is not None:
            lat, lon, km = self.near
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
                raise InputError(
                    f"--near needs LAT,LON,KM with -90<=LAT<=90, -180<=LON<=180, KM>0; got "
                    f"{lat},{lon},{km}"
                )
        if (self.limit is not None and self.limit < 0) or self.offset < 0:
            raise InputError("limit and offset cannot be negative")
        if self.country is not None:
            object.__setattr__(self, "country", country_code(self.country))


def country_code(name: str, lang: str = "fr") -> str:
    """ISO alpha-2 code of a code or a country name; an unknown name is an InputError."""
    if len(name) == 2 and name.isalpha():
        return name.upper()
    code = country_names(lang).get(fold(name))
    if code is None:
        raise InputError(f"unknown country {name!r}: give an ISO code (SY) or a name (Syria)")
    return code


class Store(Protocol):
    """Where articles, their events and the merged event table live."""

    url: str

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored (ingesting it again changes nothing)."""
        ...

    def add_article(self, stored: StoredArticle, result: ArticleResult | None) -> bool:
        """Store an article and its events in one transaction; False if it was there."""
        ...

    def record_error(self, origin: str, code: str, message: str) -> None:
        """Remember an input that failed (the latest reason per origin and code)."""
        ...

    def iter_events(self) -> Iterator[Event]:
        """Every per-article event, in id order."""
        ...

    def replace_merged(self, merged: Sequence[MergedEvent]) -> None:
        """Replace the merged event table in one transaction."""
        ...

    def events(self, query: EventQuery | None = None, **filters: Any) -> list[MergedEvent]:
        """Merged events matching the query, by start date then id."""
        ...

    def event_records(self, query: EventQuery | None = None, **filters: Any) -> list[JSON]:
        """What ``events`` gives, as each event's JSON record (``MergedEvent.to_dict()``)."""
        ...

    def count_events(self, query: EventQuery | None = None, **filters: Any) -> int:
        """How many merged events match the query's filters (its limit and offset aside)."""
        ...

    def event_stats(self, query: EventQuery | None = None, **filters: Any) -> EventStats:
        """The merged events matching the query's filters (limit and offset aside), counted
        by type, ISO week and place."""
        ...

    def merged_event(self, merged_id: str) -> MergedEvent | None:
        """One merged event by id (rejected or not), its corrections applied."""
        ...

    def merged_event_record(self, merged_id: str) -> JSON | None:
        """What ``merged_event`` gives, as its JSON record with its ``corrections``."""
        ...

    def add_correction(
        self, event_id: str, field: str, value: Any, author: str, note: str | None = None
    ) -> Correction:
        """Correct a field of a merged event (anchored to its representative member) or of a
        per-article event; an unknown id or a bad value is an InputError."""
        ...

    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """Every correction (of one article's events), oldest first."""
        ...

    def events_by_id(self, event_ids: Sequence[str]) -> list[Event]:
        """The per-article events with these ids, in the order given (unknown ids left out)."""
        ...

    def article(self, article_id: str) -> StoredArticle | None:
        """One stored article, with its text."""
        ...

    def articles_by_id(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        """The stored articles with these ids, in the order given (unknown ids left out)."""
        ...

    def merged_ids_of_article(self, article_id: str) -> list[str]:
        """The ids of the merged events an article is a source of, by start date then id."""
        ...

    def articles(self) -> list[StoredArticle]:
        """Every stored article, by id."""
        ...

    def errors(self) -> list[IngestErrorRecord]:
        """Every recorded ingest failure, by origin."""
        ...

    def counts(self) -> StoreCounts:
        """How many articles, events, merged events and failures the store holds."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
