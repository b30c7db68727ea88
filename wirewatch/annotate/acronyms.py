"""Names the text spells out before their acronym: "the People's Defence Force (PDF)",
"les Forces démocratiques de libération du Rwanda (FDLR)" (the letters' rule is in
wirewatch.lang.acronyms: no words of any language)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch import docspec
from wirewatch.lang.acronyms import acronym_like, long_form_start


def long_form(definition: Span) -> Span:
    """The spelt-out name of a definition, without its bracketed acronym."""
    return definition.doc[definition.start : definition.end - 3]


def definitions(doc: Doc) -> list[Span]:
    """The spans "long form (ACRONYM)" of the doc whose long form is a name: it starts with
    a capital, and has another capitalised word or does not open its sentence (where any word
    takes a capital: "Internally displaced people (IDPs)"). The span's label is the acronym."""
    found: list[Span] = []
    for token in doc:
        i = token.i
        if token.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        if not acronym_like(short):
            continue
        sent_start = token.sent.start
        reach = len(short) + 5  # tokens the long form may have (Schwartz & Hearst's words)
        window_start = max(sent_start, i - reach)
        window = doc[window_start:i]
        at = long_form_start(short, window.text)
        if at is None:
            continue
        char = window.start_char + at
        start = next(t.i for t in window if t.idx + len(t.text) > char)
        name = doc[start:i]
        if len(name) < 2 or not doc[start].text[:1].isupper():
            continue
        capitals = sum(1 for t in name if t.text[:1].isupper())
        if capitals < 2 and start == sent_start:
            continue
        found.append(Span(doc, start, i + 3, label=short))
    return found


def annotate_acronyms(doc: Doc) -> Doc:
    """Writes ``docspec.ACRONYMS``: the names spelt out before their acronym."""
    doc.spans[docspec.ACRONYMS] = definitions(doc)
    return doc


@Language.factory("ww_acronyms", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_acronym_annotator(nlp: Language, name: str, lang: str) -> Callable[[Doc], Doc]:
    return annotate_acronyms  # (the same letters in every language)
