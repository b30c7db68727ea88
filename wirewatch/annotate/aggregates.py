"""Aggregate cues: what makes a toll a running total ("depuis", "au total", "bilan", "since",
"in total") and nouns whose toll covers a whole country ("une guerre qui a fait ...", "the
war has killed ...")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, make_tokenizer
from wirewatch.lang import load_resource

_TOLLS = frozenset({"killed", "injured"})
_SUBJECTS = ("nsubj", "nsubj:pass")
_RELATIVE = "acl:relcl"


class AggregateAnnotator:
    """Writes ``docspec.AGGREGATE``: since | total | toll | country_scope.

    A toll whose verb has a country-scope noun for subject ("the war has killed 270,000
    people", "une guerre qui a fait 270.000 morts") is a running total: its verb is marked
    ``total`` too.
    """

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "aggregates")
        self.lexicon = PhraseLexicon(make_tokenizer(nlp.make_doc))
        for label in ("since", "total", "toll", "country_scope"):
            self.lexicon.add(label, data[label])

    def __call__(self, doc: Doc) -> Doc:
        spans = self.lexicon.spans(doc)
        taken = {i for span in spans for i in range(span.start, span.end)}
        tolls = {
            count.root.head.i
            for count in doc.spans.get(docspec.COUNTS, ())
            if count.label_ in _TOLLS
        }
        for span in [s for s in spans if s.label_ == "country_scope"]:
            for verb in _verbs_of_subject(span.root):
                if verb.i in tolls and verb.i not in taken:
                    spans.append(Span(doc, verb.i, verb.i + 1, label="total"))
                    taken.add(verb.i)
        doc.spans[docspec.AGGREGATE] = sorted(spans)
        return doc


def _verbs_of_subject(noun: Token) -> list[Token]:
    """The verbs ``noun`` is the subject of, directly ("the war has killed") or through a
    relative clause ("une guerre qui a fait")."""
    verbs = [noun.head] if noun.dep_ in _SUBJECTS else []
    return verbs + [
        c
        for c in noun.children
        if c.dep_ == _RELATIVE and any(g.dep_ in _SUBJECTS for g in c.children)
    ]


@Language.factory("ww_aggregates", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_aggregate_annotator(nlp: Language, name: str, lang: str) -> AggregateAnnotator:
    return AggregateAnnotator(nlp, lang)
