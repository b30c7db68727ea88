"""Tests for wirewatch.ingest.jsonl: one item per line, bad lines named by number."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest

from wirewatch.errors import DecodeError, EmptyInputError, InputError, TooLargeError
from wirewatch.ingest import read_jsonl
from wirewatch.ingest.jsonl import iter_jsonl, parse_published
from wirewatch.types import article_id

BATCH = Path(__file__).resolve().parents[1] / "resources" / "ingest" / "batch.jsonl"
USER_DATE = date(2019, 3, 15)


@pytest.mark.parametrize("user_date", [None, USER_DATE])
def test_jsonl_batch_gives_one_item_per_line(user_date: date | None) -> None:
    items = list(read_jsonl(BATCH, published=user_date))
    got = [
        (item.origin.rsplit(":", 1)[1], type(item.error).__name__ if item.error else None)
        for item in items
    ]
    assert got == [
        ("1", None),
        ("3", "InputError"),  # line 2 is blank, line 3 is cut short
        ("4", "InputError"),
        ("5", "InputError"),
        ("6", None),
        ("7", "InputError"),
        ("8", None),
        ("9", "InputError"),
        ("10", "EmptyInputError"),
        ("11", "InputError"),
    ]
    first, homs, alep = (item for item in items if item.article is not None)
    assert first.article is not None and homs.article is not None and alep.article is not None
    assert first.article.title == "Mali : tirs contre un camp de l'ONU"
    assert first.article.url == "https://courrier-sahel.example/kidal"
    assert first.article.source == "AFP"
    assert (first.article.published, first.published_basis) == (date(2019, 3, 11), "metadata")
    assert first.declared_lang == "fr"
    assert first.article.id == article_id(first.article.text, first.article.url)
    assert (homs.article.published, homs.published_basis) == (date(2016, 5, 1), "metadata")
    expected_basis = "user" if user_date else "missing"
    assert (alep.article.published, alep.published_basis) == (user_date, expected_basis)
    assert alep.declared_lang is None


@pytest.mark.parametrize(
    ("line", "error", "message"),
    [
        (3, InputError, r"batch\.jsonl:3: not valid JSON"),
        (4, InputError, r'batch\.jsonl:4: "text" must be a string'),
        (5, InputError, r"batch\.jsonl:5: \"published\" is '11/03/2019'; write it as YYYY-MM-DD"),
        (7, InputError, r"batch\.jsonl:7: each line must be a JSON object"),
        (10, EmptyInputError, r'batch\.jsonl:10: "text" is empty'),
        (11, InputError, r'batch\.jsonl:11: "title" must be a string, got list'),
    ],
)
def test_jsonl_bad_line_message_names_the_line(
    line: int, error: type[InputError], message: str
) -> None:
    item = next(item for item in read_jsonl(BATCH) if item.origin.endswith(f":{line}"))
    assert item.article is None
    assert type(item.error) is error
    assert re.search(message, str(item.error))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-05-01", date(2016, 5, 1)),
        ("2016-05-01T09:30:00", date(2016, 5, 1)),
        ("2016-05-01T09:30:00Z", date(2016, 5, 1)),
        ("2016-05-01 23:30:00+02:00", date(2016, 5, 1)),
        (None, None),
        ("", None),
    ],
)
def test_jsonl_published_accepts_dates_and_datetimes(value: str | None, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["01/05/2016", "2016-13-01", "mai 2016", 20160501, True, [2016]])
def test_jsonl_published_refuses_other_forms(value: object) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published(value)


def test_jsonl_overlong_line_is_an_error_and_the_next_line_is_read() -> None:
    long_line = b'{"text": "' + b"x" * 500 + b'"}\n'
    short = b'{"text": "ALEP (AFP) - Des raids ont eu lieu."}\n'
    data = io.BytesIO(short + long_line + short.rstrip(b"\n"))
    items = list(iter_jsonl(data, "batch.jsonl", max_bytes=100))
    assert [item.origin for item in items] == ["batch.jsonl:1", "batch.jsonl:2", "batch.jsonl:3"]
    assert isinstance(items[1].error, TooLargeError)
    assert items[0].article is not None and items[2].article is not None


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"\n\n  \n", EmptyInputError),
        (b'{"text": "Des frappes ont touch\xe9 Alep."}\n', DecodeError),
    ],
)
def test_jsonl_file_with_no_readable_line(
    tmp_path: Path, data: bytes, error: type[InputError]
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(data)
    (item,) = read_jsonl(path)
    assert isinstance(item.error, error) and item.article is None


def test_jsonl_utf8_bom_and_crlf_are_accepted() -> None:
    data = io.BytesIO(
        b'\xef\xbb\xbf{"text": "ALEP (AFP) - Un texte."}\r\n{"text": "Un autre."}\r\n'
    )
    items = list(iter_jsonl(data, "b.jsonl"))
    assert [item.article.text for item in items if item.article] == [
        "ALEP (AFP) - Un texte.",
        "Un autre.",
    ]
