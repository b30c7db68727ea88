"""Tense repairs: verb morphology the tagger leaves out or gets wrong. An auxiliary the
morphology does not mark ("will attack": a future; "would attack": a conditional); the French
imperfect read as a present ("des élèves qui manifestaient"); a participle after a tense
auxiliary read as a finite future ("se sont affrontées") or as an adverb ("ont violé").
Called by ``ud.UniversalDependencies``."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, MorphAnalysis, Token


def mark_auxiliaries(doc: Doc, auxiliaries: Mapping[str, tuple[str, str]]) -> None:
    """The feature each auxiliary word gives the verb it helps (``future_auxiliaries`` and
    ``conditional_auxiliaries`` in grammar.yaml: "will attack" is a future)."""
    for token in doc:
        feature = auxiliaries.get(token.lower_)
        if feature is None or not token.dep_.startswith("aux") or token.head.i == token.i:
            continue
        _set(token.head, {feature[0]: feature[1]})


def imperfect_read_as_present(verb: Token, infinitive: str, endings: tuple[str, ...]) -> None:
    """ "des élèves qui manifestaient", tagged a present: a regular verb written as its
    infinitive's stem with an imperfect ending is a past (``imperfect`` in grammar.yaml)."""
    lemma = verb.lemma_.lower()
    if (
        verb.pos_ != "VERB"
        or "Pres" not in verb.morph.get("Tense", [])
        or not lemma.endswith(infinitive)
    ):
        return
    stem = lemma[: -len(infinitive)]
    if verb.lower_ in {stem + ending for ending in endings}:
        _set(verb, {"Tense": "Imp"})


def participle_read_as_future(verb: Token) -> None:
    """ "Deux familles se sont affrontées samedi", the participle tagged a finite future: a
    verb a tense auxiliary helps is its past participle (a compound tense's time is the
    auxiliary's), so nothing makes the event still to come."""
    if (
        verb.pos_ == "VERB"
        and "Fut" in verb.morph.get("Tense", [])
        and any(c.dep_ == "aux:tense" for c in verb.children)
    ):
        _set(verb, {"Tense": "Past", "VerbForm": "Part"}, dropped=("Mood", "Person"))


_NOT_VERBS = frozenset({"ADV", "ADJ"})  # the tags a participle is misread with
_UNLABELLED = "dep"  # the parser's relation of a word it could not place


def participle_read_as_adverb(word: Token, infinitive: str) -> None:
    """ "Des hommes armés ont violé deux femmes", the participle tagged an adverb: a word a
    tense auxiliary helps, whose lemma is a first-group verb's infinitive (``imperfect`` in
    grammar.yaml), is that verb's past participle, and the bare noun after it its object."""
    if (
        word.pos_ not in _NOT_VERBS
        or not word.lemma_.lower().endswith(infinitive)
        or word.lemma_.lower() == word.lower_
        or not any(c.dep_ == "aux:tense" for c in word.children)
    ):
        return
    word.pos_ = "VERB"
    _set(word, {"Tense": "Past", "VerbForm": "Part"})
    noun = next((c for c in word.rights if c.dep_ == _UNLABELLED), None)
    if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
        noun.dep_ = "obj"


def _set(verb: Token, added: Mapping[str, str], dropped: tuple[str, ...] = ()) -> None:
    """The verb's morphology with features ``added`` and those ``dropped`` taken away."""
    features = {k: v for k, v in verb.morph.to_dict().items() if k not in dropped}
    features.update(added)
    verb.morph = MorphAnalysis(verb.doc.vocab, features)
