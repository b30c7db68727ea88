"""JSON Lines batches: one article per line (text, title, url, published, source, lang)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from wirewatch.errors import DecodeError, EmptyInputError, InputError
from wirewatch.ingest.items import IngestItem, article_item, error_item
from wirewatch.ingest.plaintext import MAX_BYTES, check_size

TEXT_FIELDS = ("title", "url", "source", "lang")
FIELDS = ("text", "published", *TEXT_FIELDS)


def read_jsonl(
    path: str | Path, *, published: date | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[IngestItem]:
    """One item per non-blank line of a JSONL file, its origin «batch.jsonl:12».

    A line that cannot be read (bad JSON, no text, a bad date, over ``max_bytes``) is an
    error item naming its line; the lines after it are still read.
    """
    name = str(path)
    count = 0
    try:
        with Path(path).open("rb") as handle:
            for item in iter_jsonl(handle, name, published=published, max_bytes=max_bytes):
                count += 1
                yield item
    except OSError as exc:
        yield error_item(name, InputError(f"{name}: cannot be read ({exc.strerror})"))
        return
    if not count:
        yield error_item(name, EmptyInputError(f"{name} is empty: it holds no JSON line"))


def iter_jsonl(
    handle: IO[bytes], name: str, *, published: date | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[IngestItem]:
    """One item per non-blank line of an open JSONL stream (see :func:`read_jsonl`)."""
    for number, raw, size in _lines(handle, max_bytes):
        origin = f"{name}:{number}"
        if not raw.strip() and size <= max_bytes:
            continue
        try:
            check_size(size, max_bytes, origin)
            yield line_item(raw, origin, published)
        except InputError as exc:
            yield error_item(origin, exc)


def line_item(raw: bytes, origin: str, published: date | None = None) -> IngestItem:
    """The item one JSONL line holds; raises :class:`InputError` saying what is wrong."""
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{origin}: not valid UTF-8 (byte offset {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(f'{origin}: each line must be a JSON object with a "text" key')
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'{origin}: "text" must be a string (keys: {", ".join(FIELDS)})')
    if not text.strip():
        raise EmptyInputError(f'{origin}: "text" is empty: there is no article text to read')
    fields = {key: _optional_string(record, key, origin) for key in TEXT_FIELDS}
    return article_item(
        origin,
        text=text,
        metadata_date=parse_published(record.get("published"), origin),
        user_date=published,
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        declared_lang=fields["lang"],
    )


def parse_published(value: Any, origin: str = "published") -> date | None:
    """A ``published`` value as a date: «2016-05-01» or an ISO datetime; null is no date."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise InputError(
        f'{origin}: "published" is {value!r}; write it as YYYY-MM-DD or an ISO datetime '
        "(2016-05-01T09:30:00Z)"
    )


def _optional_string(record: dict[str, Any], key: str, origin: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    raise InputError(f'{origin}: "{key}" must be a string, got {type(value).__name__}')


def _lines(handle: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes, int]]:
    """(line number, bytes, size) per line; an over-long line's bytes are not kept."""
    number = 0
    while raw := handle.readline(max_bytes + 1):
        number += 1
        content = raw.rstrip(b"\r\n")
        if len(content) <= max_bytes:
            yield number, content, len(content)
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):  # read past the rest of the over-long line
            raw = handle.readline(max_bytes + 1)
            size += len(raw)
        yield number, b"", size
