"""The SQL both stores share: rows in and out, the query filters, migrations applied in order.

A subclass gives the connection, the transaction, the parameter style and full-text search;
everything else (the schema, what is written and how it is read back) lives here once.
"""

from __future__ import annotations

import json
import secrets
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, Self

from wirewatch.errors import InputError
from wirewatch.geo import haversine_km
from wirewatch.store.base import (
    ArticleState,
    EventQuery,
    EventStats,
    IngestErrorRecord,
    StoreCounts,
    StoredArticle,
)
from wirewatch.store.corrections import (
    Correction,
    corrected_event,
    correction_value,
    is_rejected,
)
from wirewatch.store.migrations import MIGRATIONS, MIGRATIONS_TABLE
from wirewatch.types import JSON, Article, ArticleResult, Event, MergedEvent

Row = Sequence[Any]
_EVENT_FIELDS = (
    "kind", "status", "event_type", "sub_event_type", "start_date", "end_date", "country",
    "location", "latitude", "longitude", "fatalities", "actor1", "actor2", "record",
)  # fmt: skip
_ARTICLE_FIELDS = (
    "id", "url", "title", "source", "lang", "published", "published_basis", "origin", "outcome",
    "n_events", "warnings", "text", "ingested_at",
)  # fmt: skip
_CORRECTION_FIELDS = (
    "id", "article_id", "trigger_start", "trigger_end", "field", "value", "author",
    "created_at", "note",
)  # fmt: skip
_KM_PER_DEGREE = 111.2
_IDS_PER_QUERY = 500


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
        return [MergedEvent.from_dict(r) for r in self.event_records(query, **filters)]

    def event_records(self, query: EventQuery | None = None, **filters: Any) -> list[JSON]:
        """What :meth:`events` gives, as each event's JSON record (``MergedEvent.to_dict()``)
        read as stored: no objects rebuilt, for answers that are JSON anyway."""
        query = query or EventQuery(**filters)
        rows = self._matching(query, "record")
        end = None if query.limit is None else query.offset + query.limit
        return self._with_corrections([json.loads(r[0]) for r in rows[query.offset : end]])

    def count_events(self, query: EventQuery | None = None, **filters: Any) -> int:
        """How many merged events match the query's filters (its limit and offset aside)."""
        query = query or EventQuery(**filters)
        if query.near is not None:  # distances are measured here, not in SQL
            return len(self._matching(query, "id"))
        where, params = self._where(query)
        sql = "SELECT count(*) FROM merged_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return int(self._execute(sql, params)[0][0])

    def event_stats(self, query: EventQuery | None = None, **filters: Any) -> EventStats:
        """The merged events matching the query's filters (limit and offset aside), counted
        by type (ACLED type, else PLOVER code, else kind), ISO week and place."""
        query = query or EventQuery(**filters)
        # The whole record only for untyped events, whose PLOVER code has no column.
        columns = (
            "event_type, kind, start_date, location, CASE WHEN event_type IS NULL THEN record END"
        )
        by_type: Counter[str] = Counter()
        by_week: Counter[str] = Counter()
        by_place: Counter[str] = Counter()
        rows = self._matching(query, columns)
        for event_type, kind, start, location, record, *_ in rows:
            plover = json.loads(record)["event"].get("plover") if record else None
            by_type[event_type or plover or kind] += 1
            week = _iso_week(start)
            if week is not None:
                by_week[week] += 1
            if location:
                by_place[location] += 1
        return EventStats(
            total=len(rows),
            by_type=_most_first(by_type),
            by_week=dict(sorted(by_week.items())),
            by_place=_most_first(by_place),
            undated=len(rows) - by_week.total(),
            unplaced=len(rows) - by_place.total(),
        )

    def _matching(self, query: EventQuery, columns: str) -> list[Row]:
        """``columns`` (then latitude, longitude) of every merged event matching the query's
        filters, limit and offset aside, by start date then id (undated last)."""
        where, params = self._where(query)
        sql = f"SELECT {columns}, latitude, longitude FROM merged_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (start_date IS NULL), start_date, id"
        rows = self._execute(sql, params)
        if query.near is not None:
            lat, lon, km = query.near
            rows = [r for r in rows if haversine_km(lat, lon, r[-2], r[-1]) <= km]
        return rows

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
        rejected = [] if query.include_rejected else self._rejected_ids()
        if rejected:
            where.append(f"id NOT IN ({', '.join('?' for _ in rejected)})")
            params += rejected
        return where, params

    def article(self, article_id: str) -> StoredArticle | None:
        rows = self._execute(
            f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?", (article_id,)
        )
        return _stored_article(rows[0]) if rows else None

    def articles_by_id(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        """The stored articles with these ids, in the order given (unknown ids left out)."""
        sql = f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id IN "
        found = {row[0]: _stored_article(row) for row in self._rows_by_id(sql, article_ids)}
        return [found[i] for i in dict.fromkeys(article_ids) if i in found]

    def merged_event(self, merged_id: str) -> MergedEvent | None:
        """One merged event by id (rejected or not), its corrections applied."""
        record = self.merged_event_record(merged_id)
        return MergedEvent.from_dict(record) if record is not None else None

    def merged_event_record(self, merged_id: str) -> JSON | None:
        """What :meth:`merged_event` gives, as its JSON record with its ``corrections``."""
        rows = self._execute("SELECT record FROM merged_events WHERE id = ?", (merged_id,))
        return self._with_corrections([json.loads(rows[0][0])])[0] if rows else None

    # -- corrections --------------------------------------------------------------------
    def add_correction(
        self, event_id: str, field: str, value: Any, author: str, note: str | None = None
    ) -> Correction:
        """Correct a field of a merged event (anchored to its representative member: the
        record's article and trigger) or of a per-article event; an unknown id or a bad
        value is an InputError."""
        text = correction_value(field, value)
        if not author.strip():
            raise InputError("a correction needs its author")
        rows = self._execute("SELECT record FROM merged_events WHERE id = ?", (event_id,))
        if not rows:
            rows = self._execute("SELECT record FROM events WHERE id = ?", (event_id,))
            event = json.loads(rows[0][0]) if rows else None
        else:
            event = json.loads(rows[0][0])["event"]
        if event is None:
            raise InputError(f"no event {event_id!r} in the store")
        # The clock in nanoseconds leads the id, so ids of one instant still sort in order.
        correction = Correction(
            id=f"{time.time_ns():020d}-{secrets.token_hex(4)}",
            article_id=event["article_id"],
            trigger_start=int(event["trigger"]["start"]),
            trigger_end=int(event["trigger"]["end"]),
            field=field,
            value=text,
            author=author.strip(),
            created_at=datetime.now(UTC).isoformat(timespec="microseconds"),
            note=note or None,
        )
        with self._transaction():
            self._insert("corrections", _CORRECTION_FIELDS, _correction_values(correction))
        return correction

    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """Every correction (of one article's events), oldest first."""
        sql = f"SELECT {', '.join(_CORRECTION_FIELDS)} FROM corrections"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        return [Correction(*row) for row in self._execute(sql + " ORDER BY created_at, id", params)]

    def _with_corrections(self, records: list[JSON]) -> list[JSON]:
        """The merged records with their corrections applied and listed under
        ``corrections`` (oldest first)."""
        return [
            {
                **record,
                "event": corrected_event(record["event"], applied) if applied else record["event"],
                "corrections": [c.to_dict() for c in applied],
            }
            for record, applied in zip(records, self._corrections_of(records), strict=True)
        ]

    def _corrections_of(self, records: Sequence[JSON]) -> list[list[Correction]]:
        """Per merged record, the corrections anchored to any of its members, oldest first.
        Two queries per call, whatever its length: the corrections of the records' articles,
        then the anchors of members that are not their record's representative."""
        articles = list(dict.fromkeys(a for r in records for a in r["event"]["sources"]))
        sql = f"SELECT {', '.join(_CORRECTION_FIELDS)} FROM corrections WHERE article_id IN "
        found = sorted(
            (Correction(*row) for row in self._rows_by_id(sql, articles)),
            key=lambda c: (c.created_at, c.id),
        )
        if not found:
            return [[] for _ in records]
        corrected = {c.article_id for c in found}
        others = [
            member
            for r in records
            if len(r["members"]) > 1 and corrected & set(r["event"]["sources"])
            for member in r["members"]
        ]
        rows = self._rows_by_id("SELECT id, record FROM events WHERE id IN ", others)
        anchors = {row[0]: _anchor(json.loads(row[1])) for row in rows}
        applied = []
        for record in records:
            mine = {_anchor(record["event"])}
            mine.update(anchors[m] for m in record["members"] if m in anchors)
            applied.append([c for c in found if c.anchor in mine])
        return applied

    def _rejected_ids(self) -> list[str]:
        """The ids of the merged events an analyst rejected (read from the merged events of
        the articles that have a rejection, a few at most)."""
        sql = "SELECT DISTINCT article_id FROM corrections WHERE field = ?"
        articles = [row[0] for row in self._execute(sql, ("rejected",))]
        sql = (
            "SELECT record FROM merged_events WHERE id IN "
            "(SELECT merged_id FROM merged_sources WHERE article_id IN "
        )
        records: list[JSON] = []
        for start in range(0, len(articles), _IDS_PER_QUERY):
            batch = articles[start : start + _IDS_PER_QUERY]
            rows = self._execute(sql + f"({', '.join('?' for _ in batch)}))", batch)
            records += [json.loads(row[0]) for row in rows]
        return sorted(
            record["event"]["id"]
            for record, applied in zip(records, self._corrections_of(records), strict=True)
            if is_rejected(applied)
        )

    def events_by_id(self, event_ids: Sequence[str]) -> list[Event]:
        """The per-article events with these ids, in the order given (unknown ids left out)."""
        rows = self._rows_by_id("SELECT id, record FROM events WHERE id IN ", event_ids)
        found = {row[0]: Event.from_dict(json.loads(row[1])) for row in rows}
        return [found[i] for i in dict.fromkeys(event_ids) if i in found]

    def merged_ids_of_article(self, article_id: str) -> list[str]:
        """The ids of the merged events an article is a source of, by start date then id."""
        rows = self._execute(
            "SELECT m.id FROM merged_events m JOIN merged_sources s ON s.merged_id = m.id "
            "WHERE s.article_id = ? ORDER BY (m.start_date IS NULL), m.start_date, m.id",
            (article_id,),
        )
        return [row[0] for row in rows]

    def _rows_by_id(self, sql: str, ids: Sequence[str]) -> list[Row]:
        """The rows of ``sql`` (ending in ``id IN ``) for these ids, a batch at a time (SQLite
        caps the parameters of one statement)."""
        unique = list(dict.fromkeys(ids))
        rows: list[Row] = []
        for start in range(0, len(unique), _IDS_PER_QUERY):
            batch = unique[start : start + _IDS_PER_QUERY]
            rows += self._execute(sql + f"({', '.join('?' for _ in batch)})", batch)
        return rows

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


def _anchor(event: JSON) -> tuple[str, int, int]:
    """Where a correction of an event record is anchored: its article, its trigger."""
    trigger = event["trigger"]
    return (event["article_id"], int(trigger["start"]), int(trigger["end"]))


def _correction_values(correction: Correction) -> tuple[Any, ...]:
    return tuple(getattr(correction, name) for name in _CORRECTION_FIELDS)


def _most_first(counts: Counter[str]) -> dict[str, int]:
    """The counts, highest first, ties by name."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _iso_week(start: str | None) -> str | None:
    """The ISO week ("2016-W17") of a start date; None when there is none."""
    try:
        day = date.fromisoformat(start[:10]) if start else None
    except ValueError:
        return None
    if day is None:
        return None
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


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
