"""Building the annotation pipeline: a spaCy model plus wirewatch's components."""

from __future__ import annotations

import functools
import re

import spacy
from spacy.lang.char_classes import ALPHA, ALPHA_UPPER
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from wirewatch.annotate import (  # noqa: F401  (importing registers the factories)
    acronyms,
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
from wirewatch.lang.resources import load_resource

# A bracket opened right after a sentence's end starts a new token: "sit-in.[size=dozens]"
# (coders' notes append tags so) is "sit-in", ".", "[", ...
_BRACKET_AFTER_STOP = r"[.!?](?=[\[(])"
# A sentence's end glued to the next after a closing bracket is split too: "(Materi,
# Atacora).The circumstances" is "Atacora", ")", ".", "The".
_STOP_AFTER_BRACKET = rf"(?<=[)\]])[.!?](?=[{ALPHA_UPPER}])"
_BRACKET_BEFORE_STOP = rf"[)\]](?=[.!?][{ALPHA_UPPER}])"

# Order matters: the parse in UD terms before anything reads it, times before counts (a date
# is not a count), acronyms before places and actors (the words of a group's spelt-out name
# are no place), places before actors (a recognised place name is no person).
COMPONENTS = (
    "ww_ud",
    "ww_acronyms",
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


def _keep_elided_names(tokenizer: Tokenizer, lang: str) -> None:
    """A name part that starts with an elision and a capital stays one word ("N'Gourma" in
    "Fada N'Gourma": ``name_elisions`` in places.yaml), which the language's elision rules
    would split as they split "n'a": the elision is no prefix there, and the part is a
    whole token once its punctuation is stripped."""
    elisions = load_resource(lang, "places").get("name_elisions", ())
    if not elisions:
        return
    quoted = "|".join(re.escape(e[:-1]) for e in elisions)
    name = re.compile(rf"(?:{quoted})['\u2019][{ALPHA_UPPER}][{ALPHA}]*(?:-[{ALPHA}]+)*")
    prefix_search, token_match = tokenizer.prefix_search, tokenizer.token_match

    def prefix(text: str) -> object:
        if name.match(text) or prefix_search is None:
            return None
        return prefix_search(text)

    def whole(text: str) -> object:
        return name.fullmatch(text) or (token_match(text) if token_match else None)

    tokenizer.prefix_search = prefix
    tokenizer.token_match = whole


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
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [
            *(nlp.Defaults.infixes or ()),
            _BRACKET_AFTER_STOP,
            _BRACKET_BEFORE_STOP,
            _STOP_AFTER_BRACKET,
        ]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        _keep_elided_names(tokenizer, lang)
        for word in load_resource(lang, "grammar").get("hyphenated_words", ()):
            for form in {word, word[:1].upper() + word[1:]}:
                tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("ww_paragraphs", before="parser")
    else:
        nlp.add_pipe("ww_paragraphs", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"lang": lang})
    return nlp
