"""Plain-text articles: reading bytes under a size limit, refusing binary input, decoding UTF-8."""

from __future__ import annotations

import sys
from pathlib import Path

from wirewatch.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    TooLargeError,
)

MAX_BYTES = 20 * 1024 * 1024  # no news article is this long; a larger input is a mistake
STDIN = "-"
_BINARY_SIGNATURES = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)


def read_article_text(source: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of a file, or of standard input when ``source`` is ``-``."""
    return decode_article_bytes(read_bytes(source, max_bytes), _name(source))


def read_bytes(source: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file, or of standard input when ``source`` is ``-``, at most ``max_bytes``."""
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory; give one article file (or - for stdin)")
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({exc.strerror})") from exc
    check_size(len(data), max_bytes, _name(source))
    return data


def check_size(size: int, max_bytes: int, name: str) -> None:
    """Refuse ``size`` bytes over the ``max_bytes`` limit with a :class:`TooLargeError`."""
    if size > max_bytes:
        raise TooLargeError(
            f"{name}: larger than the {describe_size(max_bytes)} limit for one article; "
            "this is not a news article (split it, or raise the limit)"
        )


def describe_size(size: int) -> str:
    """``size`` bytes for a message: «20 MiB», «512 KiB», «300 bytes»."""
    for unit, factor in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


def check_not_binary(data: bytes, name: str = "input") -> None:
    """Refuse empty input and binary content (a known file signature, NUL bytes)."""
    if not data.strip():
        raise EmptyInputError(f"{name} is empty: there is no article text to read")
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise BinaryInputError(f"{name} is a binary file, not article text")


def decode_article_bytes(data: bytes, name: str = "input") -> str:
    """UTF-8 text (a BOM is dropped); binary and undecodable input get a clear error."""
    check_not_binary(data, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{name} is not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc


def _name(source: str) -> str:
    return "standard input" if source == STDIN else source
