"""Phrase lookup over tokens by lower-case form or lemma, shared by the annotators."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

Tokenize = Callable[[str], list[str]]

_KEYS = "ww_token_keys"


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index
    end: int
    label: str


def doc_keys(doc: Doc) -> Sequence[tuple[str, str]]:
    """Per token: (lower-case form, lower-case lemma), computed once per Doc."""
    keys: list[tuple[str, str]] | None = doc.user_data.get(_KEYS)
    if keys is None or len(keys) != len(doc):
        keys = [(t.lower_, t.lemma_.lower()) for t in doc]
        doc.user_data[_KEYS] = keys
    return keys


_ANY, _VERB, _NOMINAL = "any", "verb", "nominal"


class PhraseLexicon:
    """Finds phrases (sequences of words, each matching a token's form or lemma) in a Doc.

    Overlapping matches are resolved longest-first, then leftmost. ``verb_only`` phrases
    only match when their first token is a verb or auxiliary; ``nominal`` phrases never
    match a verb by its lemma alone (a noun is not the inflected verb that shares its
    lemma; the examples are in resources/<lang>/triggers.yaml).
    """

    def __init__(self, tokenize: Tokenize) -> None:
        self._tokenize = tokenize
        self._index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}

    def add(
        self,
        label: str,
        phrases: Iterable[str],
        *,
        verb_only: bool = False,
        nominal: bool = False,
    ) -> None:
        mode = _VERB if verb_only else _NOMINAL if nominal else _ANY
        for phrase in phrases:
            words = tuple(w.lower() for w in self._tokenize(phrase) if w.strip())
            if words:
                self._index.setdefault(words[0], []).append((words, label, mode))

    def spans(self, doc: Doc) -> list[Span]:
        """The matches as labelled spaCy spans."""
        return [Span(doc, m.start, m.end, label=m.label) for m in self.find(doc)]

    def find(self, doc: Doc) -> list[Match]:
        found = list(self._candidates(doc))
        if len(found) > 1:
            found.sort(key=lambda m: (-(m.end - m.start), m.start))
            taken: set[int] = set()
            kept: list[Match] = []
            for match in found:
                if taken.isdisjoint(range(match.start, match.end)):
                    kept.append(match)
                    taken.update(range(match.start, match.end))
            found = sorted(kept, key=lambda m: m.start)
        return found

    def _candidates(self, doc: Doc) -> Iterator[Match]:
        keys = doc_keys(doc)
        index = self._index
        n = len(keys)
        for i, (lower, lemma) in enumerate(keys):
            entries = index.get(lower)
            if lemma != lower:
                other = index.get(lemma)
                if other:
                    entries = other if not entries else entries + other
            if not entries:
                continue
            for words, label, mode in entries:
                if mode == _VERB and doc[i].pos_ not in ("VERB", "AUX"):
                    continue
                end = i + len(words)
                if end <= n and all(w in keys[i + k] for k, w in enumerate(words[1:], start=1)):
                    if mode == _NOMINAL and _verb_by_lemma(doc, keys, i, words):
                        continue
                    yield Match(i, end, label)


def _verb_by_lemma(
    doc: Doc, keys: Sequence[tuple[str, str]], i: int, words: tuple[str, ...]
) -> bool:
    """Whether a word of the phrase matches only the lemma of a verb in the text."""
    return any(w != keys[i + k][0] and doc[i + k].pos_ == "VERB" for k, w in enumerate(words))


def make_tokenizer(doc_maker: Callable[[str], Doc]) -> Tokenize:
    """Split resource phrases exactly as the pipeline's tokenizer splits text."""
    return lambda phrase: [t.text for t in doc_maker(phrase)]
