"""Building the annotation pipeline: a spaCy model plus wirewatch's components."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from wirewatch.annotate import (  # noqa: F401  (importing registers the factories)
    actors,
    aggregates,
    attribution,
    modality,
    negation,
    paragraphs,
    places,
    quantities,
    timex,
    triggers,
    ud,
)
from wirewatch.errors import ModelError

# Order matters: the parse in UD terms before anything reads it, times before counts (a date
# is not a count), places before actors (a recognised place name is no person).
COMPONENTS = (
    "ww_ud",
    "ww_times",
    "ww_counts",
    "ww_triggers",
    "ww_places",
    "ww_actors",
    "ww_negation",
    "ww_modality",
    "ww_attribution",
    "ww_aggregates",
)


@functools.cache
def load_pipeline(model: str, lang: str) -> Language:
    """The spaCy pipeline ``model`` with wirewatch's components for ``lang`` (cached)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install it with "
            f"'pip install {model.replace('_', '-')}'"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("ww_paragraphs", before="parser")
    else:
        nlp.add_pipe("ww_paragraphs", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"lang": lang})
    return nlp
