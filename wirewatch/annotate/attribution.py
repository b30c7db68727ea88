"""Attribution cues: "selon X", "d'après X", reporting verbs ("a déclaré", "estime l'OSDH")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, make_tokenizer
from wirewatch.lang import load_resource


class AttributionAnnotator:
    """Writes ``docspec.ATTRIBUTION``: according_to | reporting_verb | opinion."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "attribution")
        self.lexicon = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.lexicon.add("according_to", data["according_to"])
        self.lexicon.add("reporting_verb", data["reporting_verbs"], verb_only=True)
        self.opinion = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.opinion.add("opinion", data["opinion"])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, m.start, m.end, label=m.label)
            for m in self.lexicon.find(doc)
            if doc[m.start].dep_ != "amod"
        ]
        # "Pour le chef de la Coalition, ...": an opinion holder opens the sentence.
        for m in self.opinion.find(doc):
            if doc[m.start].is_sent_start:
                spans.append(Span(doc, m.start, m.end, label=m.label))
        doc.spans[docspec.ATTRIBUTION] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("ww_attribution", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_attribution_annotator(nlp: Language, name: str, lang: str) -> AttributionAnnotator:
    return AttributionAnnotator(nlp, lang)
