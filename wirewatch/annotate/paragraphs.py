"""Sentence boundaries at paragraph breaks, so that no sentence spans two paragraphs, and
none where no mark closes the words before."""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import docspec

_LINE_BREAK = re.compile("\n")
_OPENING = frozenset({'"', "'", "(", "[", "-", "–", "—", "«", "“"})
_BRACKETS = frozenset({"(", "["})
# What may end a sentence, or close a quote or bracket after its end.
_CLOSING = frozenset({".", "!", "?", "…", ":", ";", '"', "'", "»", "”", ")", "]"})


@Language.component("ww_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at every paragraph (after a line break, or after a dateline), and
    none after a word that no mark ends.

    Runs before the parser, which keeps boundaries set here: without it, spaCy attaches a
    paragraph's first word («Samedi») to a verb of the paragraph before, and starts
    sentences inside one ("Samedi soir | , quelques heures après ...", "un camion ...
    transportant du riz | avait été pillé", "Pétion | -Ville"), which leaves the words
    after the break without the date or the subject before it.
    """
    if not len(doc):
        return doc
    columns = doc.to_array([IDX, IS_SPACE])
    offsets = columns[:, 0].tolist()
    spaces = columns[:, 1].tolist()
    for k in range(1, len(doc)):
        before = doc[k - 1]
        if (
            not spaces[k]
            and not spaces[k - 1]
            and before.text[-1] not in _CLOSING
            and doc[k].text not in _BRACKETS  # (the parser's choice: "Soubo [Soubo-Baraworou]")
        ):
            doc[k].is_sent_start = False
    starts = [m.end() for m in _LINE_BREAK.finditer(doc.text)]
    starts += doc.user_data.get(docspec.BODY_STARTS, [])
    for char in starts:
        k = bisect.bisect_left(offsets, char)
        while k < len(doc) and spaces[k]:
            k += 1
        if k >= len(doc):
            continue
        token = doc[k]
        token.is_sent_start = True
        if token.text in _OPENING and k + 1 < len(doc) and not spaces[k + 1]:
            doc[k + 1].is_sent_start = False  # '"Le régime ...': the quote opens the sentence
    return doc
