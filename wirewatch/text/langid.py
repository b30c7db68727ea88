"""Language identification: which language a text is written in, with lingua, offline.

The candidate languages are data (``resources/langid.yaml``). The detector is built on first
use, never at import, and in lingua's low-accuracy mode: trigram models only, about 45 MiB
and 0.3 s to load for the shipped list. (The high-accuracy mode gives the same answers on
article-length text but loads every n-gram model, 250 MiB or more, for the first text under
120 characters; preloading it takes 10 s and 1 GiB.)

Trigrams alone mistake short texts ("A soldier shot dead a civilian woman in Ouagadougou."
reads as French), so a text under ``SHORT_TEXT`` characters is decided again, in
high-accuracy mode, between the languages wirewatch reads and the first guess: three
languages' models, about 130 MiB and 1 s to load, once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from wirewatch.errors import ResourceError
from wirewatch.lang import SUPPORTED, load_shared

MIN_LETTERS = 20  # fewer letters than this say too little to tell languages apart
MIN_CONFIDENCE = 0.5  # below it no language is clearly ahead (a list of names, mixed text)
SHORT_TEXT = 400  # characters: below it trigram statistics alone often pick the wrong language
_RIVALS = 3  # first guesses a short text is decided again between (with the languages read)


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
    if not values:
        return UNKNOWN
    best = values[0]
    if len(text) < SHORT_TEXT:
        # decided again between the languages wirewatch reads and the first guesses, on the
        # words that are not names: a short note full of names ("the Koglweogo killed 17
        # members of the Fulani community in the village of Dake") leaves trigrams unsure
        leaders = (v.language.iso_code_639_1.name.lower() for v in values[:_RIVALS])
        rivals = frozenset({*SUPPORTED, *leaders})
        words = _without_names(text)  # "Ouagadougou" says nothing of the writer's language
        second = _precise_detector(rivals).compute_language_confidence_values(words)
        if second:
            best = second[0]
    if best.value < MIN_CONFIDENCE:
        return UNKNOWN
    return LanguageGuess(best.language.iso_code_639_1.name.lower(), float(best.value))


def _without_names(text: str) -> str:
    """The text without its capitalised words inside sentences (names of places and people)."""
    words = text.split()
    kept = [
        word
        for i, word in enumerate(words)
        if i == 0 or not word[:1].isupper() or words[i - 1][-1:] in _SENTENCE_ENDS
    ]
    result = " ".join(kept)
    return result if sum(char.isalpha() for char in result) >= MIN_LETTERS else text


_SENTENCE_ENDS = frozenset(".!?:")


def candidate_languages() -> tuple[str, ...]:
    """The ISO 639-1 codes the identifier chooses between."""
    return tuple(load_shared("langid")["languages"])


@functools.cache
def _detector() -> LanguageDetector:
    codes = _lingua_codes(candidate_languages())
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


@functools.cache
def _precise_detector(codes: frozenset[str]) -> LanguageDetector:
    return LanguageDetectorBuilder.from_iso_codes_639_1(*_lingua_codes(sorted(codes))).build()


def _lingua_codes(codes: Iterable[str]) -> list[IsoCode639_1]:
    found = []
    for code in codes:
        try:
            found.append(IsoCode639_1.from_str(code))
        except ValueError as exc:
            raise ResourceError(
                f"resources/langid.yaml lists {code!r}, a language lingua cannot identify"
            ) from exc
    return found
