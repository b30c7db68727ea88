"""Modality cues: planned ("est attendu", "appelle à"), attempted ("a tenté de"), uncertain
("de crainte de"), ongoing ("se poursuivent"), cessation ("cesser", "mettre fin à"),
hypothesis ("à moins que") and habitual ("souvent")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, make_tokenizer
from wirewatch.lang import load_resource

_PARTICIPLE = "Part"  # the VerbForm of a participle (Universal Dependencies FEATS)
_ACTIVE_SUBJECT = "nsubj"  # (a participle with one is a verb read as active)


class ModalityAnnotator:
    """Writes ``docspec.MODALITY``: planned | attempted | denied | uncertain | ongoing |
    cessation | hypothesis | habitual."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "modality")
        self.lexicon = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.lexicon.add("planned", data["planned"]["verbs"], verb_only=True)
        self.lexicon.add("planned", data["planned"]["phrases"])
        self.lexicon.add("attempted", data.get("attempted", ()), verb_only=True)
        self.lexicon.add("denied", data.get("denied", ()), verb_only=True)
        for label in ("uncertain", "ongoing", "cessation"):
            self.lexicon.add(label, data[label]["phrases"])
        self.lexicon.add("hypothesis", data["hypothesis"])
        # (cues only when their first word is a participle with no active subject: "two men
        # charged with the murder", "were charged with"; not "police charged with batons")
        self.participles = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.participles.add("uncertain", data["uncertain"].get("participles", ()))
        self.lexicon.add("habitual", data.get("habitual", ()))

    def __call__(self, doc: Doc) -> Doc:
        # A word of a time expression is no modal: "on 1 May" says nothing of what "may" be.
        times = {i for t in doc.spans.get(docspec.TIMES, ()) for i in range(t.start, t.end)}
        participles = [
            s
            for s in self.participles.spans(doc)
            if _PARTICIPLE in s[0].morph.get("VerbForm", [])
            and not any(c.dep_ == _ACTIVE_SUBJECT for c in s[0].children)
        ]
        doc.spans[docspec.MODALITY] = [
            s
            for s in (*self.lexicon.spans(doc), *participles)
            if times.isdisjoint(range(s.start, s.end))
        ]
        return doc


@Language.factory("ww_modality", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_modality_annotator(nlp: Language, name: str, lang: str) -> ModalityAnnotator:
    return ModalityAnnotator(nlp, lang)
