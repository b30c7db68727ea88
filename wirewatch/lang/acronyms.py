"""Acronyms and the names they stand for, by their letters alone (no words of any language).

The long form is found as Schwartz & Hearst do ("A simple algorithm for identifying
abbreviation definitions in biomedical text", 2003): every letter and digit of the acronym,
in order from its end, in the words before the bracket, the first at a word's start.
"""

from __future__ import annotations

import re

_SHORTEST, _LONGEST = 2, 10  # characters of an acronym
_CAPITALS = 2  # capitals (or digits) an acronym has at least: "PDF", "M23", not "Reuters"


def acronym_like(word: str) -> bool:
    """Whether a word reads as an acronym: "PDF", "FDLR", "M23", "EIGS", "IDPs"."""
    strong = sum(1 for c in word if c.isupper() or c.isdigit())
    return (
        _SHORTEST <= len(word) <= _LONGEST
        and word[:1].isupper()
        and strong >= _CAPITALS
        and all(c.isalnum() or c in "-&" for c in word)
    )


def long_form_start(short: str, text: str) -> int | None:
    """Where in ``text`` (the words before the bracket) the long form of ``short`` starts:
    every letter and digit of the acronym is found in order from the end, its first one at
    a word's start. None when the letters are not all there, or when what they span reads
    as no name: punctuation inside it ("January 2020, suspected Katiba Macina (JNIM)"), or
    more than one capitalised word whose initial no letter stands for ("March 23 Movement
    (M23)" has one)."""
    found = _letters_at(short, text)
    if found is None:
        return None
    start = found[0]
    long = text[start:]
    if any(not (c.isalnum() or c.isspace() or c in _INNER_MARKS) for c in long):
        return None
    initials = [start + m.start() for m in _WORD.finditer(long)]
    unmatched = [i for i in initials if text[i].isupper() and i not in found]
    return start if len(unmatched) <= 1 else None


_INNER_MARKS = frozenset("'’-.")  # "People's", "l'Etat", "al-Islam", "U.N."
_WORD = re.compile(r"[^\s'’-]+")  # a word's letters, past an elision or a hyphen


def _letters_at(short: str, text: str) -> list[int] | None:
    """The positions in ``text`` of the acronym's letters and digits, found from the end
    (Schwartz & Hearst), the first at a word's start; None when one is missing."""
    letters = [c.lower() for c in short if c.isalnum()]
    positions: list[int] = []
    at = len(text) - 1
    for k in range(len(letters) - 1, -1, -1):
        while at >= 0 and (
            text[at].lower() != letters[k] or (k == 0 and at > 0 and text[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        positions.insert(0, at)
        at -= 1
    return positions


_DEFINITION = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[^()\s]+)\)$")


def split_definition(text: str) -> tuple[str, str] | None:
    """The acronym and the long form of a name written "long form (ACRONYM)": ("PDF",
    "People's Defence Force") for "People's Defence Force (PDF)"; None for other text."""
    match = _DEFINITION.match(text.strip())
    if match is None or not acronym_like(match["short"]):
        return None
    long, short = match["long"], match["short"]
    at = long_form_start(short, long)
    return (short, long[at:]) if at is not None else None
