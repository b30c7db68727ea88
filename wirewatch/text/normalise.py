"""Text normalisation (NFC, quotes, spaces, line breaks) and the map back to original offsets.

Later stages work on ``NormalisedText.text`` and report offsets into the article as written
with ``NormalisedText.to_original``. Only language-neutral punctuation and spacing change;
no word is touched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_APOSTROPHE = "'"
_QUOTE = '"'
_SPACE = " "
_HYPHEN = "-"
_NEWLINE = "\n"

# Code point -> replacement; "" removes the character.
_REPLACEMENTS: dict[int, str] = {
    # Apostrophes, single quotes and primes.
    0x2018: _APOSTROPHE,  # ‘
    0x2019: _APOSTROPHE,  # ’
    0x201A: _APOSTROPHE,  # ‚
    0x201B: _APOSTROPHE,  # ‛
    0x02BC: _APOSTROPHE,  # ʼ
    0x2032: _APOSTROPHE,  # ′
    0x2035: _APOSTROPHE,  # ‵
    0x00B4: _APOSTROPHE,  # ´ (typed for an apostrophe on some keyboards)
    0xFF07: _APOSTROPHE,  # ＇
    # Double quotes and guillemets; the spaces inside guillemets are kept.
    0x00AB: _QUOTE,  # «
    0x00BB: _QUOTE,  # »
    0x201C: _QUOTE,  # “
    0x201D: _QUOTE,  # ”
    0x201E: _QUOTE,  # „
    0x201F: _QUOTE,  # ‟
    0x2033: _QUOTE,  # ″
    0x2036: _QUOTE,  # ‶
    0x301D: _QUOTE,  # 〝
    0x301E: _QUOTE,  # 〞
    0x301F: _QUOTE,  # 〟
    0xFF02: _QUOTE,  # ＂
    # Tabs, no-break and other Unicode spaces.
    0x0009: _SPACE,
    0x00A0: _SPACE,
    0x1680: _SPACE,
    **dict.fromkeys(range(0x2000, 0x200B), _SPACE),  # en quad .. hair space
    0x202F: _SPACE,  # narrow no-break space (French typography before ; : ! ? and inside « »)
    0x205F: _SPACE,
    0x3000: _SPACE,
    # Hyphens that are not the ASCII one (en and em dashes stay: they are punctuation).
    0x2010: _HYPHEN,
    0x2011: _HYPHEN,
    # Line breaks ("\r\n" becomes one "\n", see _normalise_clusters).
    0x000D: _NEWLINE,
    0x0085: _NEWLINE,
    0x2028: _NEWLINE,
    0x2029: _NEWLINE,
    # Invisible characters that split words for every matcher downstream.
    0x00AD: "",  # soft hyphen
    0x200B: "",  # zero-width space
    0x200C: "",  # zero-width non-joiner
    0x200D: "",  # zero-width joiner
    0x2060: "",  # word joiner
    0xFEFF: "",  # zero-width no-break space / byte order mark
}
_REMOVED = frozenset(chr(c) for c, r in _REPLACEMENTS.items() if not r)
_NEEDS_WORK = re.compile("[" + "".join(re.escape(chr(c)) for c in _REPLACEMENTS) + "]")
# A run of characters that are copied as they are (ASCII, except the ones replaced), the
# pair "\r\n", or any single other character.
_SEGMENT = re.compile(r"[\x00-\x08\x0a-\x0c\x0e-\x7f]+|\r\n|.", re.DOTALL)


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A normalised text and, for each of its characters, the original characters it came from.

    ``original`` is the text as given, ``text`` its normalised form. When the two are the same
    the offset maps are ``None`` and offsets map to themselves.
    """

    original: str
    text: str
    # For normalised character i: original[_starts[i]:_ends[i]] is the cluster it came from.
    _starts: tuple[int, ...] | None = field(default=None, repr=False)
    _ends: tuple[int, ...] | None = field(default=None, repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The ``[start, end)`` range of ``original`` that produced ``text[start:end]``.

        An empty range maps to an empty range at the matching original position.
        Raises ``ValueError`` unless ``0 <= start <= end <= len(text)``.
        """
        size = len(self.text)
        if not 0 <= start <= end <= size:
            raise ValueError(f"range [{start}, {end}) is not within the text (length {size})")
        if self._starts is None or self._ends is None:
            return start, end
        if start == end:
            position = self._starts[start] if start < size else len(self.original)
            return position, position
        return self._starts[start], self._ends[end - 1]


def normalise(text: str) -> NormalisedText:
    """Normalise ``text``: NFC, straight quotes and apostrophes, plain spaces, ``\\n`` line breaks.

    NFC is applied to each cluster (a base character and the combining marks after it), so
    each normalised character maps back to its cluster. Zero-width characters and soft
    hyphens are removed; tabs and Unicode spaces become ``" "``; CRLF, CR and Unicode line
    separators become ``"\\n"``; en and em dashes stay.
    """
    if _NEEDS_WORK.search(text) is None and unicodedata.is_normalized("NFC", text):
        return NormalisedText(text, text)
    return _normalise_clusters(text)


def _normalise_clusters(text: str) -> NormalisedText:
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    # The cluster being built: its characters (removed ones left out) and original span.
    cluster: list[str] = []
    cluster_start = cluster_end = 0

    def flush() -> None:
        if not cluster:
            return
        raw = cluster[0] if len(cluster) == 1 else "".join(cluster)
        # Replace after NFC: a few characters compose to one that is replaced (U+1FFD -> ´).
        out = unicodedata.normalize("NFC", raw).translate(_REPLACEMENTS)
        pieces.append(out)
        starts.extend([cluster_start] * len(out))
        ends.extend([cluster_end] * len(out))
        cluster.clear()

    for match in _SEGMENT.finditer(text):
        segment = match[0]
        position = match.start()
        if len(segment) > 1 and segment != "\r\n":
            # A plain ASCII run: copy all but its last character, which may be the base of
            # combining marks that follow.
            flush()
            last = match.end() - 1
            pieces.append(segment[:-1])
            starts.extend(range(position, last))
            ends.extend(range(position + 1, last + 1))
            cluster.append(segment[-1])
            cluster_start, cluster_end = last, last + 1
        elif segment == "\r\n":
            flush()
            cluster.append(_NEWLINE)
            cluster_start, cluster_end = position, position + 2
        elif segment in _REMOVED:
            # Marks after a removed character still belong to the cluster before it, so that
            # normalising twice gives the same text.
            continue
        elif cluster and unicodedata.combining(segment):
            cluster.append(segment)
            cluster_end = position + 1
        else:
            flush()
            cluster.append(segment)
            cluster_start, cluster_end = position, position + 1
    flush()
    return NormalisedText(text, "".join(pieces), tuple(starts), tuple(ends))
