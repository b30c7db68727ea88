"""Shared fixtures: the founding article and its extraction (computed once per session), and
a fresh store of each kind.

Store tests run against SQLite and PostgreSQL alike. PostgreSQL comes from
``WIREWATCH_TEST_POSTGRES`` (``bin/test`` starts a local server with ``bin/postgres`` and sets
it). Without it the PostgreSQL cases are skipped with a message, except under CI, where a
missing server is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from wirewatch import Article, ArticleResult, process
from wirewatch.store import SqlStore, open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FOUNDING = EXAMPLES / "afp-2016-05-01-alep.txt"
POSTGRES_URL = os.environ.get("WIREWATCH_TEST_POSTGRES")


@pytest.fixture(scope="session")
def founding_text() -> str:
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_gold() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(FOUNDING.with_suffix(".gold.yaml").read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def founding_result(founding_text: str) -> ArticleResult:
    return process(Article(text=founding_text, published=date(2016, 5, 1)))


def _reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def store_target(kind: str, tmp_path: Path) -> str:
    """A fresh, empty database of ``kind``: a SQLite file path or the PostgreSQL URL."""
    if kind == "sqlite":
        return str(tmp_path / "wirewatch.db")
    if not POSTGRES_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must test the PostgreSQL store: WIREWATCH_TEST_POSTGRES is not set")
        pytest.skip(
            "no PostgreSQL server: run bin/test (it starts one) or set WIREWATCH_TEST_POSTGRES"
        )
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture(params=["sqlite", "postgres"])
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_target(store_kind: str, tmp_path: Path) -> str:
    return store_target(store_kind, tmp_path)


@pytest.fixture
def store(db_target: str) -> Iterator[SqlStore]:
    with open_store(db_target) as opened:
        yield opened


from tests.http_site import fetcher, server, site  # noqa: E402  (the local HTTP server)

__all__ = ["fetcher", "server", "site"]
