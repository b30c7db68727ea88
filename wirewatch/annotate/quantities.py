"""Number phrases and what they count: "dix morts", "plus de 246 civils ont péri",
"une trentaine de raids", "dont deux enfants", "quelque 200.000 habitants".

Detection and labelling only; the quantity resolver turns the words into values.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource

_VERB_REACH = 3
_VICTIM_LABELS = ("killed", "injured", "arrested", "abducted", "displaced")


class QuantityAnnotator:
    """Writes ``docspec.COUNTS`` (label: what is counted) and ``docspec.BREAKDOWN``."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "numbers")
        tokenize = make_tokenizer(nlp.make_doc)
        self.number_words = frozenset(w.lower() for w in data["words"])
        self.approximations = frozenset(w.lower() for w in data["approximations"])
        self.joiners = frozenset(w.lower() for w in data["joiners"])
        self.cues = PhraseLexicon(tokenize)
        self.cues.add("vague", data["vague"])
        self.cues.add("bound", data["bounds"])
        self.cues.add("breakdown", data["breakdown"])
        self.noun_labels: dict[str, str] = {}
        self.verbs = PhraseLexicon(tokenize)
        for label, entry in data["labels"].items():
            for noun in entry["nouns"]:
                self.noun_labels.setdefault(noun.lower(), label)
            self.verbs.add(label, entry.get("verbs", ()))
        self.people = frozenset(w.lower() for w in data["people"])

    def _is_number(self, token: Token, key: tuple[str, str]) -> bool:
        numeric = (
            key[0] in self.number_words
            or key[1] in self.approximations
            or key[0] in self.approximations
            or token.like_num
        )
        # "la deuxième ville" counts nothing
        return numeric and "Ord" not in token.morph.get("NumType", [])

    def __call__(self, doc: Doc) -> Doc:
        keys = doc_keys(doc)
        cues = {m.start: m for m in self.cues.find(doc)}
        verb_label = {i: m.label for m in self.verbs.find(doc) for i in range(m.start, m.end)}
        in_time = {
            i for span in doc.spans.get(docspec.TIMES, ()) for i in range(span.start, span.end)
        }
        counts: list[Span] = []
        breakdown: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            start = i
            is_breakdown = False
            cue = cues.get(i)
            if cue is not None and cue.label == "breakdown":
                is_breakdown = True
                i = start = cue.end
                cue = cues.get(i)
            if cue is not None and cue.label == "bound":
                i = cue.end
                cue = cues.get(i)
            number_end = i
            if cue is not None and cue.label == "vague":
                number_end = cue.end
            while number_end < n and (
                self._is_number(doc[number_end], keys[number_end])
                or (
                    number_end > i
                    and keys[number_end][0] in self.joiners
                    and number_end + 1 < n
                    and self._is_number(doc[number_end + 1], keys[number_end + 1])
                )
            ):
                number_end += 1
            single_article = number_end == i + 1 and doc[i].pos_ == "DET" and cue is None
            if number_end == i or single_article or in_time.intersection(range(i, number_end)):
                i = start + 1
                continue
            noun = number_end
            if noun < n and keys[noun][0] in self.joiners:
                noun += 1
            if noun >= n or doc[noun].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[noun].is_punct:
                i = number_end
                continue
            span = Span(doc, start, noun + 1, label=self._label(doc, start, noun, verb_label))
            (breakdown if is_breakdown else counts).append(span)
            i = noun + 1
        doc.spans[docspec.COUNTS] = counts
        doc.spans[docspec.BREAKDOWN] = breakdown
        return doc

    def _label(self, doc: Doc, start: int, noun: int, verb_label: dict[int, str]) -> str:
        lower, lemma = doc_keys(doc)[noun]
        label = self.noun_labels.get(lower) or self.noun_labels.get(lemma)
        if label in _VICTIM_LABELS:
            return label
        # The verb that says what happened to the counted people: the count's governor
        # ("plus de 246 civils ont péri") or a participle right after it ("12 soldats tués").
        anchor = next(
            (t for t in doc[start : noun + 1] if not start <= t.head.i <= noun), doc[noun]
        )
        for token in (anchor.head, *(c for c in doc[noun].children if c.pos_ == "VERB")):
            if token.i in verb_label:
                return verb_label[token.i]
        if noun + 1 < len(doc) and noun + 1 in verb_label and doc[noun + 1].pos_ in ("VERB", "ADJ"):
            return verb_label[noun + 1]
        # "ont tué dimanche six fidèles": the verb just before the count.
        for i in range(start - 1, max(doc[start].sent.start, start - _VERB_REACH) - 1, -1):
            if i in verb_label and doc[i].pos_ == "VERB":
                return verb_label[i]
        if label:
            return label
        return "people" if lower in self.people or lemma in self.people else "quantity"


@Language.factory("ww_counts", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_quantity_annotator(nlp: Language, name: str, lang: str) -> QuantityAnnotator:
    return QuantityAnnotator(nlp, lang)
