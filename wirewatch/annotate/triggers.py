"""Event triggers (nouns and verbs that name an event) and the modifiers that refine them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource

_REFLEXIVE = "reflexive:"


class TriggerAnnotator:
    """Writes ``docspec.TRIGGERS`` (label: concept), ``MODIFIERS`` and ``REALISATION``."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "triggers")
        tokenize = make_tokenizer(nlp.make_doc)
        self.triggers = PhraseLexicon(tokenize)
        for concept, words in data["concepts"].items():
            self.triggers.add(concept, words.get("nouns", ()))
            self.triggers.add(concept, words.get("verbs", ()), verb_only=True)
            self.triggers.add(
                _REFLEXIVE + concept, words.get("reflexive_verbs", ()), verb_only=True
            )
        self.blockers = PhraseLexicon(tokenize)
        self.blockers.add("not_event", data["not_events"])
        self.modifiers = PhraseLexicon(tokenize)
        for concept, words in data["modifiers"].items():
            self.modifiers.add(concept, words)
        self.realisation = PhraseLexicon(tokenize)
        self.realisation.add("realisation", data["realisation"])
        self.reflexive = frozenset(load_resource(lang, "actors")["pronouns"]["reflexive"])

    def __call__(self, doc: Doc) -> Doc:
        blocked = {i for m in self.blockers.find(doc) for i in range(m.start, m.end)}
        spans = []
        for match in self.triggers.find(doc):
            if blocked.intersection(range(match.start, match.end)):
                continue
            label = match.label
            if label.startswith(_REFLEXIVE):
                if not self._has_reflexive(doc, match.start):
                    continue
                label = label[len(_REFLEXIVE) :]
            spans.append(Span(doc, match.start, match.end, label=label))
        doc.spans[docspec.TRIGGERS] = spans
        doc.spans[docspec.MODIFIERS] = [
            Span(doc, m.start, m.end, label=m.label) for m in self.modifiers.find(doc)
        ]
        doc.spans[docspec.REALISATION] = [
            Span(doc, m.start, m.end, label=m.label) for m in self.realisation.find(doc)
        ]
        return doc

    def _has_reflexive(self, doc: Doc, i: int) -> bool:
        keys = doc_keys(doc)
        verb = doc[i]
        if any(keys[c.i][0] in self.reflexive for c in verb.children):
            return True
        # "s'est entretenu": the pronoun sits just before the auxiliary.
        return any(keys[j][0] in self.reflexive for j in range(max(0, i - 3), i))


@Language.factory("ww_triggers", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_trigger_annotator(nlp: Language, name: str, lang: str) -> TriggerAnnotator:
    return TriggerAnnotator(nlp, lang)
