"""Place mentions: NER corrected by cue phrases, time words and actor words, plus phrases that
point at a place without naming it ("la ville", "la deuxième ville du pays", "plusieurs pays").

"Layramoun, banlieue ..." is a place whatever NER says; «Samedi» is not, whatever NER says.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource
from wirewatch.lang.countries import country_names, fold

_NER_PLACES = frozenset({"LOC", "GPE", "FAC"})
_NAME_POS = frozenset({"PROPN", "NOUN", "X", "ADJ"})


class PlaceAnnotator:
    """Writes ``docspec.PLACES``, labelled with one of ``docspec.PLACE_LABELS``."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "places")
        tokenize = make_tokenizer(nlp.make_doc)
        self.descriptors = PhraseLexicon(tokenize)
        self.descriptors.add("descriptor", data["descriptors"])
        self.references = PhraseLexicon(tokenize)
        self.references.add("focus_reference", data["focus_references"])
        self.references.add("country_reference", data["country_references"])
        self.references.add("vague", data["vague"])
        time = load_resource(lang, "time")
        actors = load_resource(lang, "actors")
        self.not_places = frozenset(
            w.lower()
            for w in (
                *data["not_places"],
                *time["weekdays"],
                *time["months"],
                *time["parts_of_day"],
            )
        )
        actor_words = PhraseLexicon(tokenize)
        for concept, entry in actors["concepts"].items():
            actor_words.add(concept, entry["phrases"])
        self.actor_words = actor_words
        self.countries = country_names(lang)
        self.name_links = frozenset(w.lower() for w in data["name_links"])
        self.of = frozenset(w.lower() for w in data["of"])

    def __call__(self, doc: Doc) -> Doc:
        keys = doc_keys(doc)
        actor_tokens = {i for m in self.actor_words.find(doc) for i in range(m.start, m.end)}
        found: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in _NER_PLACES and self._plausible(doc, ent.start, ent.end, actor_tokens):
                found.append(self._labelled(doc, ent.start, ent.end))
        for match in self.descriptors.find(doc):
            # "le quartier de Boustane al-Qasr": the name after the descriptor.
            j = match.end
            if j < len(doc) and keys[j][0] in self.of:
                j += 1
            end = self._name_end(doc, j)
            if end > j and self._plausible(doc, j, end, actor_tokens):
                found.append(self._labelled(doc, j, end))
            # "Layramoun, banlieue rebelle": a name in apposition before the descriptor.
            k = match.start
            while k > 0 and doc[k - 1].pos_ == "DET":
                k -= 1
            if k > 1 and doc[k - 1].text == ",":
                start = self._name_start(doc, k - 1)
                if start < k - 1 and self._plausible(doc, start, k - 1, actor_tokens):
                    found.append(self._labelled(doc, start, k - 1))
        for match in self.references.find(doc):
            found.append(Span(doc, match.start, match.end, label=match.label))
        doc.spans[docspec.PLACES] = _without_overlaps(found)
        return doc

    def _is_name_token(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        return token.text[:1].isupper() and token.pos_ in _NAME_POS

    def _name_end(self, doc: Doc, j: int) -> int:
        end = j
        while end < len(doc) and (
            self._is_name_token(doc, end)
            or (
                end > j
                and doc[end].lower_ in self.name_links
                and end + 1 < len(doc)
                and self._is_name_token(doc, end + 1)
            )
        ):
            end += 1
        return end

    def _name_start(self, doc: Doc, end: int) -> int:
        start = end
        while start > 0 and (
            self._is_name_token(doc, start - 1)
            or (start < end and doc[start - 1].lower_ in self.name_links)
        ):
            start -= 1
        while start < end and not self._is_name_token(doc, start):
            start += 1
        return start

    def _plausible(self, doc: Doc, start: int, end: int, actor_tokens: set[int]) -> bool:
        first = doc[start]
        if not first.text[:1].isupper() or first.pos_ in ("VERB", "AUX", "PRON", "DET"):
            return False
        if all(doc_keys(doc)[i][0] in self.not_places for i in range(start, end)):
            return False
        return not actor_tokens.issuperset(range(start, end))

    def _labelled(self, doc: Doc, start: int, end: int) -> Span:
        label = "country" if fold(doc[start:end].text) in self.countries else "toponym"
        return Span(doc, start, end, label=label)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest first, then earliest; a cue-found name replaces a shorter NER one."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


@Language.factory("ww_places", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_place_annotator(nlp: Language, name: str, lang: str) -> PlaceAnnotator:
    return PlaceAnnotator(nlp, lang)
