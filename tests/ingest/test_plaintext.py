"""Tests for wirewatch.ingest.plaintext: size limits, binary refusal, UTF-8 decoding."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from wirewatch.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    TooLargeError,
)
from wirewatch.ingest import decode_article_bytes, read_article_text
from wirewatch.ingest.plaintext import describe_size, read_bytes


@pytest.mark.parametrize(("size", "limit"), [(101, 100), (2049, 2048), (5000, 1024)])
def test_plaintext_file_over_the_limit_is_too_large(tmp_path: Path, size: int, limit: int) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * size)
    with pytest.raises(TooLargeError, match=describe_size(limit)):
        read_bytes(str(path), limit)


def test_plaintext_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_bytes(b"a" * 100)
    assert read_article_text(str(path), 100) == "a" * 100


@pytest.mark.parametrize(
    ("size", "words"), [(20 * 1024 * 1024, "20 MiB"), (512 * 1024, "512 KiB"), (300, "300 bytes")]
)
def test_plaintext_describe_size(size: int, words: str) -> None:
    assert describe_size(size) == words


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"\n \n", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInputError),
        (b"PK\x03\x04zip", BinaryInputError),
        (b"Des raids \x00 ont eu lieu", BinaryInputError),
        (b"Des raids ont frapp\xe9 Alep samedi.", DecodeError),
    ],
)
def test_plaintext_bad_bytes_are_refused(data: bytes, error: type[InputError]) -> None:
    with pytest.raises(error):
        decode_article_bytes(data, "a.txt")


def test_plaintext_bom_is_dropped() -> None:
    assert decode_article_bytes("\ufeffALEP (AFP)".encode()) == "ALEP (AFP)"


@pytest.mark.parametrize(
    ("source", "message"), [("missing.txt", "no such file"), (".", "is a directory")]
)
def test_plaintext_missing_or_directory_source(source: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(source)


def test_plaintext_stdin_is_read_with_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 50)))
    with pytest.raises(TooLargeError, match="standard input"):
        read_bytes("-", 10)
