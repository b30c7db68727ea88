"""Time expressions («samedi», "dimanche matin", "depuis le 22 avril", "du 30 avril au 7 mai",
"on Saturday", "April 30, 2016", "three days ago").

Detection only: each token gets a class letter from the word lists in ``time.yaml`` and a
small grammar (regular expressions over those letters) finds the expressions. The grammar
knows no language: day and month come in either order, relative adjectives on either side
of a date. Resolving the expressions to dates is the time resolver's job.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource

# W weekday, V plural weekday ("on Fridays"), D day of month, M month, Y year, K decade,
# P part of day, U unit, N quantifier, A time adjective, F frequency adjective ("annual"),
# L interval link, R prefix, S since-prefix,
# G "il y a"/"ago", T "plus tôt"/"later", Q "prochain"/"last" next to a date, X whole time
# phrase, Z a whole phrase that gives a date its year ("last year"), H hour mark ("22 h",
# "10 pm") or clock time ("21:45"), C "every", "," a comma, "|" other punctuation or a line
# break, E a date written in digits ("18/02/2014"), O anything else.
_PREFIX = r"(?:[RS]|P(?=[RS]))*"  # "dans la nuit de", "on the night of": a part of day inside
_DATE = r"(?:Q?(?:W,?)?(?:DM|MD|E)(?:,?(?:Y|Z+))?Q?P?|Q?WQ?P?|Q?M(?:Y|Z+)?Q?|M?Y|N?KY?)"
_CLOCK = r"(?:[DN]H[DN]?|H)H?"
_GRAMMAR = [
    # "February 19 and 20", "22 and 23 March 2020": two days read with one month
    (
        "interval",
        re.compile(rf"{_PREFIX}{_DATE}L{_PREFIX}{_DATE}|{_PREFIX}(?:MDLD|DLDM)Q?(?:,?Y)?"),
    ),
    ("since", re.compile(rf"S{_PREFIX}(?:{_DATE}|[DN]+U)")),
    ("relative", re.compile(rf"G[DN]+U|[DN]+U(?:T+|G)|[XZ]+W?P?(?:L{_CLOCK})?")),
    ("time", re.compile(rf"R*{_CLOCK}(?:,(?:[XZ]+|W))?")),
    ("set", re.compile(r"C+[RN]*[UWV]|R*V|F")),
    ("date", re.compile(rf"{_PREFIX}{_DATE}")),
    ("duration", re.compile(r"[DN]+U")),
    ("part_of_day", re.compile(r"A|[RL]+P")),
]
_DATE_LETTERS = frozenset("WDMYKE")
_INNER_PUNCT = frozenset({"-", "'"})
_CLOCK_TOKEN = re.compile(r"\d{1,2}:\d{2}")
_DIGITS_AND_LETTERS = re.compile(r"([0-9]+)([^\W\d_]+)")
_NOT_TIME_WORDS = frozenset({"VERB", "AUX"})  # "may" (modal), "marched" (lemma "march")
_COUNTED = frozenset({"NOUN", "ADJ"})


class TimeAnnotator:
    """Writes ``docspec.TIMES`` with labels interval | since | relative | time | set | date |
    duration | part_of_day."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "time")
        self.words: dict[str, str] = {}
        for key, letter in (
            ("weekday_plurals", "V"),
            ("weekdays", "W"),
            ("months", "M"),
            ("month_abbreviations", "M"),
            ("first_day", "D"),
            ("parts_of_day", "P"),
            ("units", "U"),
            ("quantifiers", "N"),
            ("adjectives", "A"),
            ("frequency_adjectives", "F"),
            ("relative_adjectives", "Q"),
        ):
            for word in data[key]:
                if " " not in word:
                    self.words.setdefault(word.lower(), letter)
        self.capitalised_only = frozenset(w.lower() for w in data["capitalised_only"])
        self.ordinal_day = re.compile(data["ordinal_day"])
        self.numeric_date = re.compile(data["numeric_date"])
        self.decade_suffixes = tuple(w.lower() for w in data["decade_suffixes"])
        self.decade_units = frozenset(w.lower() for w in data["decade_units"])
        self.year_prefixes = frozenset(w.lower() for w in data["year_prefixes"])
        self.single_prefixes = frozenset(
            w.lower().rstrip("-") for w in data["prefixes"] if " " not in w
        )
        self.months = frozenset(w.lower() for w in (*data["months"], *data["month_abbreviations"]))
        self.phrases = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.phrases.add("Z", data["year_relatives"])  # (first: they are phrases too)
        self.phrases.add("X", data["phrases"])
        self.phrases.add("G", data["ago"])
        self.phrases.add("T", data["later"])
        self.phrases.add("C", data["every"])
        self.phrases.add("N", [q for q in data["quantifiers"] if " " in q])
        self.hour_marks = frozenset(w.lower() for w in data["hour_marks"])
        self.military_marks = frozenset(w.lower() for w in data.get("military_hour_marks", ()))
        self.age_units = frozenset(w.lower() for w in data["age_units"])
        self.age_after = frozenset(w.lower() for w in data["age_after"])
        self.age_marks = frozenset(w.lower() for w in data["age_marks"])
        self.measure_links = frozenset(w.lower() for w in data["measure_links"])
        self.prefixes = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.prefixes.add("L", data["interval_links"])  # first: "au" links more than it opens
        self.prefixes.add("R", data["prefixes"])
        aggregates = load_resource(lang, "aggregates")
        self.since = frozenset(p.lower() for p in aggregates["since"] if " " not in p)
        self.prefixes.add("S", sorted(self.since))

    def letters(self, doc: Doc) -> list[str]:
        """One class letter per token (see the legend above ``_GRAMMAR``)."""
        keys = doc_keys(doc)
        out = ["O"] * len(doc)
        prefix_length = [0] * len(doc)
        for match in self.prefixes.find(doc):
            for i in range(match.start, match.end):
                out[i] = match.label
                prefix_length[i] = match.end - match.start
        flags = doc.to_array([LIKE_NUM, IS_SPACE, IS_PUNCT]).tolist()
        for i, (lower, lemma) in enumerate(keys):
            letter = self._word_letter(doc[i], lower, lemma)
            number = _number(lower)
            if letter is None and number is not None:
                if len(lower) == 4 and 1900 <= number <= 2100:
                    letter = "Y"
                elif 1 <= number <= 31:
                    letter = "D"
            if letter is None:
                letter = self._shaped_letter(lower)
            if letter is None and flags[i][0]:
                letter = "N"
            after_number = i > 0 and (out[i - 1] == "H" or _number(keys[i - 1][0]) is not None)
            clock = lower not in self.military_marks or _four_digits(keys[i - 1][0])
            if lower in self.hour_marks and after_number and clock:
                letter = "H"  # "22 h", "0 h 40", "21:45 GMT", "0400 hours"; not "72 hours"
            if letter:
                out[i] = letter
        for match in self.phrases.find(doc):
            if max(prefix_length[match.start : match.end]) > match.end - match.start:
                continue  # "dans la nuit de samedi à dimanche": the longer prefix wins
            for i in range(match.start, match.end):
                out[i] = match.label
        self._in_context(doc, out)
        for i, (lower, _) in enumerate(keys):
            is_space, is_punct = flags[i][1], flags[i][2]
            if is_space or (is_punct and lower not in _INNER_PUNCT):
                out[i] = "," if lower == "," else "|"  # no expression runs over punctuation
        return out

    def _word_letter(self, token: Token, lower: str, lemma: str) -> str | None:
        letter = self.words.get(lower) or self.words.get(lemma)
        if letter is None:
            return None
        if (lower in self.capitalised_only or lemma in self.capitalised_only) and (
            not token.text[:1].isupper() or token.pos_ in _NOT_TIME_WORDS
        ):
            return None  # "the march", "troops may withdraw", "they marched" (lemma "march")
        if letter == "U" and token.pos_ not in ("NOUN", "PROPN"):
            return None
        if letter == "F" and token.pos_ != "ADJ":
            return None  # "le quotidien Le Monde": a newspaper
        return letter

    def _shaped_letter(self, lower: str) -> str | None:
        """Letters that come from a word's shape: "18/02/2014" (a date), "30th" (a day),
        "1990s" (a decade), "21:45" (a clock time), "mi-mars" (a month with its prefix)."""
        if _CLOCK_TOKEN.fullmatch(lower):
            return "H"
        numeric = self.numeric_date.fullmatch(lower)
        if numeric is not None and 1 <= int(numeric[1]) <= 31 and 1 <= int(numeric[2]) <= 12:
            return "E"  # "18/02/2014": a whole date
        ordinal = self.ordinal_day.fullmatch(lower)
        if ordinal is not None and 1 <= int(ordinal[1]) <= 31:
            return "d"  # a day only next to a month: "April 30th", not "the 2nd day"
        shaped = _DIGITS_AND_LETTERS.fullmatch(lower)
        if shaped is not None:
            head, suffix = shaped.groups()
            if suffix in self.decade_suffixes and len(head) in (2, 4) and head.endswith("0"):
                return "K"
        if "-" in lower:
            first, _, last = lower.rpartition("-")
            if last in self.months and first in self.single_prefixes:
                return "M"
        return None

    def _in_context(self, doc: Doc, out: list[str]) -> None:
        """Letters that depend on the neighbours: a number after a month, a year after "en",
        a decade, "last" next to a date, "after" as a preposition, "mid-" before a month."""
        n = len(doc)

        def near(i: int) -> set[str]:
            return {out[i - 1] if i > 0 else "", out[i + 1] if i + 1 < n else ""}

        for i in range(n):
            lower = doc[i].lower_
            number = _number(lower)
            after = doc[i + 1] if i + 1 < n else None
            # (a time phrase after it counts nothing: "April 11 last year")
            counts = after is not None and after.pos_ in _COUNTED and out[i + 1] not in ("X", "Z")
            if number is not None and i > 0 and out[i - 1] == "M" and len(lower) <= 2:
                day_first = i > 1 and out[i - 2] == "D"
                if day_first or number > 31:
                    out[i] = "Y"  # "le 10 novembre 93", "octobre 98"
                else:
                    out[i] = "N" if counts else "D"  # "April 22"; "in May 30 people"
            elif (
                number is not None
                and len(lower) == 2
                and i > 0
                and doc[i - 1].lower_ in self.year_prefixes
                and not counts
                and (after is None or out[i + 1] not in ("U", "M", "N", "D", "H"))
            ):
                out[i] = "Y"  # "en 97"
            elif lower in self.decade_units and after is not None:
                year = _number(after.lower_)
                if year is not None and len(after.lower_) in (2, 4) and year % 10 == 0:
                    out[i], out[i + 1] = "K", "Y"  # "les années 60"
            elif out[i] == "d":
                out[i] = "D" if "M" in near(i) else "O"
            elif out[i] == "Q" and near(i).isdisjoint(_DATE_LETTERS):
                out[i] = "O"  # "lasted", "the last two days"
            elif out[i] == "T" and doc[i].pos_ in ("ADP", "SCONJ") and "T" not in near(i):
                out[i] = "O"  # "six ans après sa victoire": a duration before an event
            elif out[i] == "L" and lower == "-" and i > 0 and out[i - 1] == "R":
                if after is not None and out[i + 1] in _DATE_LETTERS:
                    out[i] = "R"  # "mid-March"
            elif out[i] == "Y" and i > 0 and doc[i - 1].text == "," and counts:
                out[i] = "N"  # "On April 30, 2000 people marched"

    def _age(self, doc: Doc, start: int, end: int) -> bool:
        """ "de 38 ans" after a person, ", 53 ans," in apposition, "38 years old", "aged 38
        years": an age, not a duration."""
        if doc[end - 1].lower_ not in self.age_units:
            return False
        after = doc[end] if end < len(doc) else None
        if after is not None and after.lower_ in self.measure_links:
            return False  # "trois ans de tractations"
        if after is not None and after.lower_ in self.age_marks:
            return True
        before = doc[start - 1] if start > 0 else None
        if before is None:
            return False
        if before.lower_ in self.age_after:
            # "un chauffeur de 38 ans", "âgée de 17 ans"; not "plus de vingt ans"
            return before.pos_ != "ADP" or start < 2 or doc[start - 2].pos_ != "ADV"
        return before.text == "," and after is not None and after.text in (",", ".", ")")

    def __call__(self, doc: Doc) -> Doc:
        text = "".join(self.letters(doc))
        keys = doc_keys(doc)
        letters_since = [k[0] in self.since for k in keys]
        spans: list[Span] = []
        for label, pattern in _GRAMMAR:
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                while start < end and (text[start] == "L" or _hyphenated(doc, start)):
                    start += 1  # (the "in" of "a sit-in on 24 July" is no preposition)
                matched = text[start:end]
                core = matched.lstrip("RS")
                if not core or (core.strip("Y") == "" and core == matched and _counts(doc, end)):
                    continue  # "2000 soldats" counts soldiers; "en 2011", "de 1990" are years
                if label == "duration" and self._age(doc, start, end):
                    continue  # "un chauffeur de 38 ans", "a 38-year-old": an age
                # "depuis plusieurs jours" is a phrase, and a since
                found = "since" if letters_since[start] else label
                spans.append(Span(doc, start, end, label=found))
        doc.spans[docspec.TIMES] = filter_spans(spans)
        return doc


def _number(word: str) -> int | None:
    """The value of a word of ASCII digits (not "²", which is a digit too), else None."""
    return int(word) if word.isascii() and word.isdigit() and len(word) <= 4 else None


def _counts(doc: Doc, end: int) -> bool:
    """A number right before a noun counts it."""
    return end < len(doc) and doc[end].pos_ in _COUNTED


@Language.factory("ww_times", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_time_annotator(nlp: Language, name: str, lang: str) -> TimeAnnotator:
    return TimeAnnotator(nlp, lang)


def _hyphenated(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a hyphenated word ("sit-in", "walk-out")."""
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )


def _four_digits(word: str) -> bool:
    """A clock written as four digits ("0400", of "0400 hours")."""
    return len(word) == 4 and word.isdigit()
