"""Tests for wirewatch.evaluate.timeml on the real French TimeBank, when it is present."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirewatch.evaluate import TimemlDocument, read_timeml_dir

FR_TIMEBANK = Path(__file__).resolve().parents[3] / "shared/gold/fr_timebank/Data"


@pytest.fixture(scope="module")
def documents() -> list[TimemlDocument]:
    if not FR_TIMEBANK.is_dir():
        pytest.skip(f"French TimeBank not found at {FR_TIMEBANK}; these gold checks need it")
    return read_timeml_dir(FR_TIMEBANK)


def test_timeml_gold_reads_81_documents(documents: list[TimemlDocument]) -> None:
    assert len(documents) == 81
    assert len({document.doc_id for document in documents}) == 81


def test_timeml_gold_timex_text_matches_offsets(documents: list[TimemlDocument]) -> None:
    assert sum(len(document.timexes) for document in documents) > 0
    for document in documents:
        for timex in document.timexes:
            assert document.text[timex.start : timex.end] == timex.text, (document.doc_id, timex)
            assert timex.text, (document.doc_id, timex)


def test_timeml_gold_every_document_has_a_creation_time(
    documents: list[TimemlDocument],
) -> None:
    assert all(isinstance(document.creation_time, date) for document in documents)
