"""The SQLite store: one file (``wirewatch.db`` by default), WAL journal, FTS5 over texts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wirewatch.errors import StoreError
from wirewatch.store.sql import Row, SqlStore
from wirewatch.types import Article


class SQLiteStore(SqlStore):
    """A Store in a SQLite file; ``":memory:"`` gives a private in-memory database."""

    dialect = "sqlite"

    def __init__(self, path: str | Path = "wirewatch.db") -> None:
        self.url = str(path)
        if self.url != ":memory:" and Path(self.url).is_dir():
            raise StoreError(f"{self.url} is a directory; give a database file name")
        try:
            self._conn = sqlite3.connect(self.url, isolation_level=None, timeout=30)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.url}: cannot be opened as a wirewatch database ({exc})"
            ) from exc
        self._depth = 0

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.url}: {exc}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if getattr(self, "_depth", 0):
            yield
            return
        self._depth = 1
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        else:
            self._execute("COMMIT")
        finally:
            self._depth = 0

    def _index_text(self, article: Article) -> None:
        self._execute(
            "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
            (article.id, article.title or "", article.text),
        )

    def _text_match(self, words: str) -> tuple[str, list[Any]]:
        # Each word quoted: FTS5 query syntax (AND, NEAR, "*", ...) stays out of users' way.
        terms = " ".join('"' + word.replace('"', '""') + '"' for word in words.split())
        return "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?", [terms]

    def close(self) -> None:
        self._conn.close()
