"""Negation cues: "n'a pas", "aucun raid", "ni ... ni", "sans"; not "ne ... que" (only)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch import docspec
from wirewatch.annotate.lexicon import doc_keys
from wirewatch.lang import load_resource

_PARTICLE_WINDOW = 5  # "n'a en effet jamais": the particle sits a few words before the adverb


class NegationAnnotator:
    """Writes ``docspec.NEGATION``: adverb | determiner | correlative | preposition | particle."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "negation")
        self.kinds: dict[str, str] = {}
        for key, label in (
            ("adverbs", "adverb"),
            ("determiners", "determiner"),
            ("correlatives", "correlative"),
            ("prepositions", "preposition"),
        ):
            for word in data[key]:
                self.kinds[word.lower()] = label
        self.particles = frozenset(w.lower() for w in data["particles"])
        for word in self.particles:
            self.kinds.setdefault(word, "particle")
        self.restrictive = frozenset(w.lower() for w in data["restrictive"])

    def __call__(self, doc: Doc) -> Doc:
        keys = doc_keys(doc)
        spans = []
        for token in doc:
            lower = keys[token.i][0]
            kind = self.kinds.get(lower)
            if kind is None:
                continue
            if kind == "adverb" and not self._adverb_negates(doc, token.i):
                continue
            if kind == "preposition" and token.pos_ != "ADP":
                continue
            spans.append(Span(doc, token.i, token.i + 1, label=kind))
        doc.spans[docspec.NEGATION] = spans
        return doc

    def _adverb_negates(self, doc: Doc, i: int) -> bool:
        keys = doc_keys(doc)
        sent_start = doc[i].sent.start
        # A language with no particle ("not", "never") lets the adverb negate by itself.
        has_particle = not self.particles or any(
            keys[j][0] in self.particles for j in range(max(sent_start, i - _PARTICLE_WINDOW), i)
        )
        restricted = i + 1 < len(doc) and keys[i + 1][0] in self.restrictive
        return has_particle and not restricted


@Language.factory("ww_negation", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_negation_annotator(nlp: Language, name: str, lang: str) -> NegationAnnotator:
    return NegationAnnotator(nlp, lang)
