"""Actor nouns ("le régime", "les rebelles", "la défense civile") and named people and groups."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, make_tokenizer
from wirewatch.lang import load_resource

PERSON = "person"
ORGANISATION = "organisation"
_NER_LABELS = {"PER": PERSON, "PERSON": PERSON, "ORG": ORGANISATION}
_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ", "X"})


class ActorAnnotator:
    """Writes ``docspec.ACTORS``: label = actor concept, or person / organisation from NER.

    An actor word used as an adjective ("les quartiers rebelles") is not an actor mention.
    """

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "actors")
        self.lexicon = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.classes: dict[str, str] = {}
        for concept, entry in data["concepts"].items():
            self.lexicon.add(concept, entry["phrases"])
            self.classes[concept] = entry["class"]

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        taken: set[int] = set()
        triggers = {t.root.i for t in doc.spans.get(docspec.TRIGGERS, ())}
        for match in self.lexicon.find(doc):
            span = Span(doc, match.start, match.end, label=match.label)
            head = span.root  # "unknown gunmen": the noun, not the adjective before it
            # ... unless the noun it qualifies names an event: "militant attacks"
            if head.dep_ == "amod" and head.head.i in triggers:
                pass
            elif head.pos_ not in _HEAD_POS or head.dep_ == "amod":
                continue
            spans.append(span)
            taken.update(range(match.start, match.end))
        # A name the place annotator recognised ("Layramoun, banlieue ...") is no person.
        for place in doc.spans.get(docspec.PLACES, ()):
            taken.update(range(place.start, place.end))
        for ent in doc.ents:
            label = _NER_LABELS.get(ent.label_)
            if label and ent.root.pos_ in _HEAD_POS and taken.isdisjoint(range(ent.start, ent.end)):
                spans.append(Span(doc, ent.start, ent.end, label=label))
        spans.sort(key=lambda s: s.start)
        doc.spans[docspec.ACTORS] = spans
        doc.user_data[docspec.ACTOR_CLASSES] = self.classes
        return doc


@Language.factory("ww_actors", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_actor_annotator(nlp: Language, name: str, lang: str) -> ActorAnnotator:
    return ActorAnnotator(nlp, lang)
