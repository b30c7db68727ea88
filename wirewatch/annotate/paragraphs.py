"""Sentence boundaries at paragraph breaks, so that no sentence spans two paragraphs."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import docspec

_CONTINUING = frozenset({",", ";", ":", ")"})
_OPENING = frozenset({'"', "'", "(", "[", "-", "–", "—"})


@Language.component("ww_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break; never right after a paragraph's opening quote.

    Runs before the parser, which keeps boundaries set here: without it, spaCy attaches a
    paragraph's first word ("Samedi") to a verb of the paragraph before.
    """
    body_starts = set(doc.user_data.get(docspec.BODY_STARTS, ()))
    starts_paragraph = True
    for token in doc:
        if token.idx in body_starts:
            starts_paragraph = True
        if token.is_space:
            if "\n" in token.text:
                starts_paragraph = True
            continue
        if not starts_paragraph and (
            token.text in _CONTINUING or (token.i > 0 and doc[token.i - 1].text in _CONTINUING)
        ):
            token.is_sent_start = False  # no sentence starts at or after a comma: ", a dit X."
        if starts_paragraph:
            token.is_sent_start = True
            starts_paragraph = False
            if token.text in _OPENING and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = False
    return doc
