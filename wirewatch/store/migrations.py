"""The database schema as named, ordered migrations, each recorded in the database once applied.

Both stores share one schema; a migration holds the statements for each SQL dialect where
they differ (full-text search is FTS5 in SQLite and a GIN index over ``to_tsvector`` in
PostgreSQL). Dates are ISO strings (``YYYY-MM-DD``) in both, so they sort and compare alike.
A migration never changes once released: a schema change is a new migration at the end.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: its name and its statements per dialect."""

    name: str
    common: tuple[str, ...] = ()
    sqlite: tuple[str, ...] = ()
    postgres: tuple[str, ...] = ()

    def statements(self, dialect: str) -> tuple[str, ...]:
        own = self.sqlite if dialect == "sqlite" else self.postgres
        return self.common + own


MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""

_EVENT_COLUMNS = """
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    start_date TEXT,
    end_date TEXT,
    country TEXT,
    location TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    fatalities INTEGER,
    actor1 TEXT,
    actor2 TEXT,
    record TEXT NOT NULL"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        name="0001_articles_events",
        common=(
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                url TEXT,
                title TEXT,
                source TEXT,
                lang TEXT,
                published TEXT,
                published_basis TEXT NOT NULL,
                origin TEXT NOT NULL,
                outcome TEXT NOT NULL,
                n_events INTEGER NOT NULL,
                warnings TEXT NOT NULL,
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            f"""CREATE TABLE events (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                {_EVENT_COLUMNS}
            )""",
            "CREATE INDEX events_article ON events (article_id)",
            f"""CREATE TABLE merged_events (
                id TEXT PRIMARY KEY,
                n_sources INTEGER NOT NULL,
                {_EVENT_COLUMNS}
            )""",
            "CREATE INDEX merged_events_dates ON merged_events (start_date, end_date)",
            "CREATE INDEX merged_events_place ON merged_events (latitude, longitude)",
            """CREATE TABLE merged_sources (
                merged_id TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL,
                PRIMARY KEY (merged_id, article_id)
            )""",
            "CREATE INDEX merged_sources_article ON merged_sources (article_id)",
            """CREATE TABLE ingest_errors (
                origin TEXT NOT NULL,
                code TEXT NOT NULL,
                message TEXT NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (origin, code)
            )""",
        ),
        sqlite=(
            """CREATE VIRTUAL TABLE articles_fts USING fts5(
                article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
            )""",
        ),
        postgres=(
            """CREATE INDEX articles_fts ON articles USING GIN (
                to_tsvector('simple', coalesce(title, '') || ' ' || text)
            )""",
        ),
    ),
    Migration(
        name="0002_corrections",
        common=(
            # Anchored by article and trigger offsets, not by merged id: merged ids change
            # when sources join, the words that trigger an event do not.
            """CREATE TABLE corrections (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                author TEXT NOT NULL,
                created_at TEXT NOT NULL,
                note TEXT
            )""",
            "CREATE INDEX corrections_anchor ON corrections "
            "(article_id, trigger_start, trigger_end)",
        ),
    ),
)
