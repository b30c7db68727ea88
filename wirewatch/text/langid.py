"""Language identification: which language a text is written in, with lingua, offline.

The candidate languages are data (``resources/langid.yaml``). The detector is built on first
use, never at import, and in lingua's low-accuracy mode: trigram models only, about 45 MiB
and 0.3 s to load for the shipped list. (The high-accuracy mode gives the same answers on
article-length text but loads every n-gram model, 250 MiB or more, for the first text under
120 characters; preloading it takes 10 s and 1 GiB.)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from wirewatch.errors import ResourceError
from wirewatch.lang import load_shared

MIN_LETTERS = 20  # fewer letters than this say too little to tell languages apart
MIN_CONFIDENCE = 0.5  # below it no language is clearly ahead (a list of names, mixed text)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language a text is in (ISO 639-1, lowercase), or ``None`` when it cannot be told.

    ``confidence`` is the guess's share (0 to 1) among the candidate languages; 0 when
    ``code`` is ``None``.
    """

    code: str | None
    confidence: float


UNKNOWN = LanguageGuess(None, 0.0)


def identify_language(text: str) -> LanguageGuess:
    """The language ``text`` is written in; short, empty or ambiguous text gives ``None``."""
    if sum(char.isalpha() for char in text) < MIN_LETTERS:
        return UNKNOWN
    values = _detector().compute_language_confidence_values(text)
    if not values or values[0].value < MIN_CONFIDENCE:
        return UNKNOWN
    best = values[0]
    return LanguageGuess(best.language.iso_code_639_1.name.lower(), float(best.value))


def candidate_languages() -> tuple[str, ...]:
    """The ISO 639-1 codes the identifier chooses between."""
    return tuple(load_shared("langid")["languages"])


@functools.cache
def _detector() -> LanguageDetector:
    codes = []
    for code in candidate_languages():
        try:
            codes.append(IsoCode639_1.from_str(code))
        except ValueError as exc:
            raise ResourceError(
                f"resources/langid.yaml lists {code!r}, a language lingua cannot identify"
            ) from exc
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()
