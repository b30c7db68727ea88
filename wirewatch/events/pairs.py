"""Verbs that name an event with their object ("carried out an operation", "opened fire":
``verb_objects`` in resources/<lang>/triggers.yaml), and the targets that object carries."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch import docspec


def paired_object(verb: Token) -> Token | None:
    """The noun with which a verb names its event ("carried out an operation", "opened fire",
    "corpses were left behind", "took six crewmen as hostages"), as the trigger stage paired
    them (``verb_objects`` in resources/<lang>/triggers.yaml; ``docspec.PAIRED_OBJECTS``)."""
    found = verb.doc.user_data.get(docspec.PAIRED_OBJECTS, {}).get(verb.i)
    return verb.doc[found] if found is not None else None


def aimed_through(
    a: Token, paired: Token, cases: dict[str, frozenset[str]], genitive_target: bool = False
) -> bool:
    """Whether the event a verb names with its object is aimed at ``a`` through that object:
    "an operation against JNIM militants", "operations targeting suspected militants", and
    for an event whose genitive is its target, "the corpses of suspected ISGS militants"."""
    head = a.head
    carrier = head.head if head.dep_ == "acl" and head.lower_ in cases["target"] else head
    marks = {c.lower_ for c in a.children if c.dep_ in ("case", "fixed")}
    return carrier.i == paired.i and bool(
        marks & cases["target"]
        or (a.dep_ == "obj" and carrier is not head)
        or (genitive_target and marks & cases["genitive"])
    )
