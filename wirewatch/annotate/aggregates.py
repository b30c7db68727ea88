"""Aggregate cues: what makes a toll a running total ("depuis", "au total", "bilan") and
nouns whose toll covers a whole country ("une guerre qui a fait ...")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, make_tokenizer
from wirewatch.lang import load_resource


class AggregateAnnotator:
    """Writes ``docspec.AGGREGATE``: since | total | toll | country_scope."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "aggregates")
        self.lexicon = PhraseLexicon(make_tokenizer(nlp.make_doc))
        for label in ("since", "total", "toll", "country_scope"):
            self.lexicon.add(label, data[label])

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[docspec.AGGREGATE] = self.lexicon.spans(doc)
        return doc


@Language.factory("ww_aggregates", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_aggregate_annotator(nlp: Language, name: str, lang: str) -> AggregateAnnotator:
    return AggregateAnnotator(nlp, lang)
