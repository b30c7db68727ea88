"""`wirewatch ingest` killed with SIGKILL mid-batch resumes to the database an uninterrupted
run makes: nothing committed is lost, nothing is stored twice."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.wire_batch import write_wire_batch

ARTICLES = 40
_TABLES = {
    "articles": "SELECT id, url, title, source, lang, published, published_basis, origin, outcome, "
    "n_events, warnings, text FROM articles ORDER BY id",
    "events": "SELECT id, article_id, record FROM events ORDER BY id",
    "merged_events": "SELECT id, n_sources, record FROM merged_events ORDER BY id",
    "merged_sources": "SELECT merged_id, article_id FROM merged_sources ORDER BY 1, 2",
    "ingest_errors": "SELECT origin, code, message FROM ingest_errors ORDER BY 1, 2",
}


def _ingest_command(folder: Path, db: Path) -> list[str]:
    options = ["--published", "2021-03-14", "--lang", "fr", "--batch-size", "1", "--quiet"]
    return [sys.executable, "-m", "wirewatch.serve.cli", "ingest", str(folder), "--db", str(db),
            *options]  # fmt: skip


def _stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in _TABLES.items()}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_ingest_resume_after_sigkill_equals_uninterrupted_run(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_wire_batch(folder, ARTICLES)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    whole = tmp_path / "whole.db"
    subprocess.run(_ingest_command(folder, whole), check=True, env=env, capture_output=True)

    killed = tmp_path / "killed.db"
    process = subprocess.Popen(
        _ingest_command(folder, killed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while _stored_articles(killed) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored_when_killed = _stored_articles(killed)
    assert 3 <= stored_when_killed < ARTICLES, "the kill must land mid-batch"
    assert process.returncode == -signal.SIGKILL

    resumed = subprocess.run(
        _ingest_command(folder, killed), check=True, env=env, capture_output=True, text=True
    )
    assert f"{stored_when_killed}" in resumed.stderr or "already stored" in resumed.stderr
    assert _dump(killed) == _dump(whole)
    merged = _dump(whole)["merged_events"]
    assert merged and all(json.loads(record)["event"]["sources"] for _, _, record in merged)


def test_ingest_again_is_a_no_op(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_wire_batch(folder, 3)
    db = tmp_path / "w.db"
    command = _ingest_command(folder, db)
    subprocess.run(command, check=True, capture_output=True)
    first = _dump(db)
    again = subprocess.run(command, check=True, capture_output=True, text=True)
    assert _dump(db) == first
    assert "already stored" in again.stderr
