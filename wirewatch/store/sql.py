"""The SQL both stores share: rows in and out, the query filters, migrations applied in order.

A subclass gives the connection, the transaction, the parameter style and full-text search;
everything else (the schema, what is written and how it is read back) lives here once.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, Self

from wirewatch.store.base import (
    ArticleState,
    EventQuery,
    IngestErrorRecord,
    StoreCounts,
    StoredArticle,
    distance_km,
)
from wirewatch.store.migrations import MIGRATIONS, MIGRATIONS_TABLE
from wirewatch.types import Article, ArticleResult, Event, MergedEvent

Row = Sequence[Any]
_EVENT_FIELDS = (
    "kind", "status", "event_type", "sub_event_type", "start_date", "end_date", "country",
    "location", "latitude", "longitude", "fatalities", "actor1", "actor2", "record",
)  # fmt: skip
_ARTICLE_FIELDS = (
    "id", "url", "title", "source", "lang", "published", "published_basis", "origin", "outcome",
    "n_events", "warnings", "text", "ingested_at",
)  # fmt: skip
_KM_PER_DEGREE = 111.2


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _event_values(event: Event) -> tuple[Any, ...]:
    """The queryable columns of an event, then its whole record as JSON."""
    place, when, deaths = event.place, event.when, event.fatalities
    return (
        event.kind.value,
        event.status.value,
        event.event_type,
        event.sub_event_type,
        when.start if when else None,
        when.end if when else None,
        place.country if place else None,
        place.name if place else None,
        place.latitude if place else None,
        place.longitude if place else None,
        deaths.best if deaths else None,
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
        json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True),
    )


class SqlStore(ABC):
    """A Store over a DB-API connection; subclasses name the dialect's differences."""

    dialect: str
    url: str

    # -- what a dialect provides --------------------------------------------------------
    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one statement (``?`` placeholders) and return its rows (none for writes)."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A block that commits as a whole or not at all."""

    @abstractmethod
    def _index_text(self, article: Article) -> None:
        """Make an article's text searchable (inside the caller's transaction)."""

    @abstractmethod
    def _text_match(self, words: str) -> tuple[str, list[Any]]:
        """SQL selecting the ids of articles whose text holds ``words``, and its parameters."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks, in order; return their names."""
        with self._transaction():
            self._execute(MIGRATIONS_TABLE)
            done = {row[0] for row in self._execute("SELECT name FROM migrations")}
        applied = []
        for migration in MIGRATIONS:
            if migration.name in done:
                continue
            with self._transaction():
                for statement in migration.statements(self.dialect):
                    self._execute(statement)
                self._execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                    (migration.name, _now()),
                )
            applied.append(migration.name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self._execute("SELECT name FROM migrations ORDER BY name")]

    # -- writing ------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return bool(self._execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def add_article(self, stored: StoredArticle, result: ArticleResult | None) -> bool:
        article = stored.article
        events = result.events if result else ()
        with self._transaction():
            if self._execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)):
                return False
            values = (
                article.id, article.url, article.title, article.source, article.lang,
                article.published.isoformat() if article.published else None,
                stored.published_basis, stored.origin, stored.state, len(events),
                json.dumps(list(stored.warnings), ensure_ascii=False), article.text, _now(),
            )  # fmt: skip
            self._insert("articles", _ARTICLE_FIELDS, values)
            self._index_text(article)
            for event in events:
                self._insert("events", ("id", "article_id", *_EVENT_FIELDS),
                             (event.id, event.article_id, *_event_values(event)))  # fmt: skip
            self._execute("DELETE FROM ingest_errors WHERE origin = ?", (stored.origin,))
        return True

    def record_error(self, origin: str, code: str, message: str) -> None:
        with self._transaction():
            self._execute("DELETE FROM ingest_errors WHERE origin = ? AND code = ?", (origin, code))
            self._insert("ingest_errors", ("origin", "code", "message", "at"),
                         (origin, code, message, _now()))  # fmt: skip

    def replace_merged(self, merged: Sequence[MergedEvent]) -> None:
        with self._transaction():
            self._execute("DELETE FROM merged_sources")
            self._execute("DELETE FROM merged_events")
            for item in merged:
                values = list(_event_values(item.event))
                values[-1] = json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True)
                self._insert("merged_events", ("id", "n_sources", *_EVENT_FIELDS),
                             (item.id, len(item.event.sources), *values))  # fmt: skip
                for article_id in sorted(set(item.event.sources)):
                    self._insert("merged_sources", ("merged_id", "article_id"),
                                 (item.id, article_id))  # fmt: skip

    def _insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> None:
        marks = ", ".join("?" for _ in columns)
        self._execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)

    # -- reading ------------------------------------------------------------------------
    def iter_events(self) -> Iterator[Event]:
        for (record,) in self._execute("SELECT record FROM events ORDER BY id"):
            yield Event.from_dict(json.loads(record))

    def events(self, query: EventQuery | None = None, **filters: Any) -> list[MergedEvent]:
        """Merged events matching ``query`` or the same filters given by keyword
        (``store.events(country="SY", start=date(2016, 4, 30))``), by start date then id."""
        query = query or EventQuery(**filters)
        where, params = self._where(query)
        sql = "SELECT record, latitude, longitude FROM merged_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (start_date IS NULL), start_date, id"
        rows = self._execute(sql, params)
        if query.near is not None:
            lat, lon, km = query.near
            rows = [r for r in rows if distance_km(lat, lon, r[1], r[2]) <= km]
        end = None if query.limit is None else query.offset + query.limit
        return [MergedEvent.from_dict(json.loads(r[0])) for r in rows[query.offset : end]]

    def _where(self, query: EventQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if query.start is not None:
            where.append("end_date >= ?")
            params.append(query.start.isoformat())
        if query.end is not None:
            where.append("start_date <= ?")
            params.append(query.end.isoformat())
        if query.event_type:
            where.append("(lower(event_type) = ? OR lower(sub_event_type) = ?)")
            params += [query.event_type.lower()] * 2
        if query.country:
            where.append("country = ?")
            params.append(query.country)
        if query.actor:
            where.append("(lower(actor1) LIKE ? OR lower(actor2) LIKE ?)")
            params += [f"%{query.actor.lower()}%"] * 2
        if query.near is not None:
            where.append("latitude BETWEEN ? AND ?")
            lat, _, km = query.near
            reach = km / _KM_PER_DEGREE
            params += [lat - reach, lat + reach]
        if query.text:
            match, match_params = self._text_match(query.text)
            where.append(
                f"id IN (SELECT merged_id FROM merged_sources WHERE article_id IN ({match}))"
            )
            params += match_params
        return where, params

    def article(self, article_id: str) -> StoredArticle | None:
        rows = self._execute(
            f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?", (article_id,)
        )
        return _stored_article(rows[0]) if rows else None

    def articles(self) -> list[StoredArticle]:
        rows = self._execute(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles ORDER BY id")
        return [_stored_article(row) for row in rows]

    def errors(self) -> list[IngestErrorRecord]:
        rows = self._execute("SELECT origin, code, message FROM ingest_errors ORDER BY origin")
        return [IngestErrorRecord(*row) for row in rows]

    def counts(self) -> StoreCounts:
        def count(sql: str, params: Sequence[Any] = ()) -> int:
            return int(self._execute(sql, params)[0][0])

        return StoreCounts(
            articles=count("SELECT count(*) FROM articles"),
            unsupported=count(
                "SELECT count(*) FROM articles WHERE outcome = ?",
                (ArticleState.UNSUPPORTED_LANGUAGE,),
            ),
            undated=count("SELECT count(*) FROM articles WHERE published IS NULL"),
            events=count("SELECT count(*) FROM events"),
            merged_events=count("SELECT count(*) FROM merged_events"),
            errors=count("SELECT count(*) FROM ingest_errors"),
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _stored_article(row: Row) -> StoredArticle:
    values = dict(zip(_ARTICLE_FIELDS, row, strict=True))
    article = Article(
        text=values["text"],
        published=date.fromisoformat(values["published"]) if values["published"] else None,
        lang=values["lang"],
        title=values["title"],
        url=values["url"],
        source=values["source"],
        id=values["id"],
    )
    return StoredArticle(
        article=article,
        origin=values["origin"],
        published_basis=values["published_basis"],
        state=values["outcome"],
        warnings=tuple(json.loads(values["warnings"])),
        n_events=int(values["n_events"]),
    )
