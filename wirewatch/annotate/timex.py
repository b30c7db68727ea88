"""Time expressions («samedi», "dimanche matin", "depuis le 22 avril", "du 30 avril au 7 mai").

Detection only: each token gets a class letter from the word lists in ``time.yaml`` and a
small grammar (regular expressions over those letters) finds the expressions. Resolving
them to dates is the time resolver's job.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_DIGIT, IS_PUNCT, IS_SPACE, LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource

# W weekday, D day of month, M month, Y year, P part of day, U unit, N quantifier,
# A time adjective, L interval link, R prefix, S since-prefix, G "il y a", T "plus tôt",
# Q "prochain"/"dernier" after a date, X whole time phrase, H hour mark ("22 h"),
# C "every" ("chaque", "par"), O anything else.
_DATE = r"(?:W?DMY?Q?P?|WQ?P?|MY?Q?|M?Y)"
_INNER_PUNCT = frozenset({"-", "'"})
_GRAMMAR = [
    ("interval", re.compile(rf"[RS]*{_DATE}L[RS]*{_DATE}")),
    ("since", re.compile(rf"S[RS]*(?:{_DATE}|NU)")),
    ("relative", re.compile(r"GNU|NUT|X+P?")),
    ("time", re.compile(r"[DN]H[DN]?")),
    ("set", re.compile(r"C[RN]*U")),
    ("date", re.compile(rf"R*{_DATE}")),
    ("duration", re.compile(r"[DN]+U")),
    ("part_of_day", re.compile(r"A|R+P")),
]


class TimeAnnotator:
    """Writes ``docspec.TIMES`` with labels interval | since | relative | date | part_of_day."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "time")
        self.words: dict[str, str] = {}
        for key, letter in (
            ("weekdays", "W"),
            ("months", "M"),
            ("month_abbreviations", "M"),
            ("first_day", "D"),
            ("parts_of_day", "P"),
            ("units", "U"),
            ("quantifiers", "N"),
            ("adjectives", "A"),
            ("relative_adjectives", "Q"),
        ):
            for word in data[key]:
                self.words.setdefault(word.lower(), letter)
        self.phrases = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.phrases.add("X", data["phrases"])
        self.phrases.add("G", data["ago"])
        self.phrases.add("T", data["later"])
        self.phrases.add("C", data["every"])
        self.hour_marks = frozenset(w.lower() for w in data["hour_marks"])
        self.age_units = frozenset(w.lower() for w in data["age_units"])
        self.age_after = frozenset(w.lower() for w in data["age_after"])
        self.prefixes = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.prefixes.add("L", data["interval_links"])  # first: "au" links more than it opens
        self.prefixes.add("R", data["prefixes"])
        aggregates = load_resource(lang, "aggregates")
        self.since = frozenset(p.lower() for p in aggregates["since"] if " " not in p)
        self.prefixes.add("S", sorted(self.since))

    def letters(self, doc: Doc) -> list[str]:
        keys = doc_keys(doc)
        out = ["O"] * len(doc)
        for match in self.prefixes.find(doc):
            for i in range(match.start, match.end):
                out[i] = match.label
        flags = doc.to_array([IS_DIGIT, LIKE_NUM, IS_SPACE, IS_PUNCT]).tolist()
        for i, (lower, lemma) in enumerate(keys):
            is_digit, like_num, is_space, is_punct = flags[i]
            letter = self.words.get(lower) or self.words.get(lemma)
            if letter == "U" and doc[i].pos_ not in ("NOUN", "PROPN"):
                letter = None
            if letter is None and is_digit:
                value = int(lower) if len(lower) <= 4 else 0
                if 1900 <= value <= 2100 and len(lower) == 4:
                    letter = "Y"
                elif 1 <= value <= 31:
                    letter = "D"
            if letter is None and like_num:
                letter = "N"
            if lower in self.hour_marks and i > 0 and out[i - 1] in ("D", "N"):
                letter = "H"
            if is_digit and len(lower) == 2 and i > 0 and out[i - 1] == "M":
                letter = "Y"  # "le 10 novembre 93"
            if letter:
                out[i] = letter
        for match in self.phrases.find(doc):
            for i in range(match.start, match.end):
                out[i] = match.label
        for i, (lower, _) in enumerate(keys):
            is_space, is_punct = flags[i][2], flags[i][3]
            if is_space or (is_punct and lower not in _INNER_PUNCT):
                out[i] = "|"  # no expression runs over punctuation or a line break
        return out

    def _age(self, doc: Doc, start: int, end: int) -> bool:
        """ "de 38 ans" after a person, ", 53 ans," in apposition: an age, not a duration."""
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[end].text if end < len(doc) else ""
        return doc[end - 1].lower_ in self.age_units and (
            before in self.age_after or (before == "," and after in (",", ".", ")"))
        )

    def __call__(self, doc: Doc) -> Doc:
        text = "".join(self.letters(doc))
        keys = doc_keys(doc)
        letters_since = [k[0] in self.since for k in keys]
        spans: list[Span] = []
        for label, pattern in _GRAMMAR:
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                while start < end and text[start] == "L":
                    start += 1
                matched = text[start:end]
                core = matched.lstrip("RS")
                if not core or (core.strip("Y") == "" and core == matched and _counts(doc, end)):
                    continue  # "2000 soldats" counts soldiers; "en 2011", "de 1990" are years
                if label == "duration" and self._age(doc, start, end):
                    continue  # "un chauffeur de 38 ans", "Alain Parmentier, 53 ans,": an age
                if letters_since[start]:
                    label = "since"  # "depuis plusieurs jours" is a phrase, and a since
                spans.append(Span(doc, start, end, label=label))
        doc.spans[docspec.TIMES] = filter_spans(spans)
        return doc


def _counts(doc: Doc, end: int) -> bool:
    """A number right before a noun counts it."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "ADJ")


@Language.factory("ww_times", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_time_annotator(nlp: Language, name: str, lang: str) -> TimeAnnotator:
    return TimeAnnotator(nlp, lang)
