"""Plain-text articles: reading bytes, refusing binary content, decoding UTF-8."""

from __future__ import annotations

import sys
from pathlib import Path

from wirewatch.errors import BinaryInputError, DecodeError, EmptyInputError, InputError

MAX_BYTES = 20 * 1024 * 1024  # no news article is this long; a larger input is a mistake
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


def read_article_text(source: str) -> str:
    """The text of a file, or of standard input when ``source`` is ``-``."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory; give one article file (or - for stdin)")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({exc.strerror})") from exc
        name = source
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MiB; this is not a news article"
        )
    return decode_article_bytes(data, name)


def decode_article_bytes(data: bytes, name: str = "input") -> str:
    """UTF-8 text (a BOM is dropped); binary and undecodable input get a clear error."""
    if not data.strip():
        raise EmptyInputError(f"{name} is empty: there is no article text to read")
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise BinaryInputError(f"{name} is a binary file, not article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{name} is not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc
