"""Verbs that name an event with their object ("carried out an operation", "opened fire":
``verb_objects`` in resources/<lang>/triggers.yaml), the targets that object carries, and
objects that are the event's instrument, not its target ("detonated a car bomb")."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import Candidate
from wirewatch.events.syntax import prepositions
from wirewatch.events.taxonomy import weapon_means
from wirewatch.lang import load_resource


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
    marks = prepositions(a)
    return carrier.i == paired.i and bool(
        marks & cases["target"]
        or (a.dep_ == "obj" and carrier is not head)
        or (genitive_target and marks & cases["genitive"])
    )


def instrument(span: Span, cand: Candidate, lang: str) -> bool:
    """The phrase is a noun of the event's own concept ("detonated a car bomb"): what it was
    done with, not to."""
    if cand.typing.event_type != weapon_means().event_type:
        return False  # (shots fired are gunfire, whatever they hit)
    nouns = concept_nouns(lang).get(cand.typing.concept, frozenset())
    words = " ".join(t.lower_ for t in span if t.dep_ != "det")
    return span.root.lemma_.lower() in nouns or any(
        words == n or words.endswith(f" {n}") for n in nouns
    )


@functools.cache
def concept_nouns(lang: str) -> dict[str, frozenset[str]]:
    """Trigger concept -> its nouns, lower-cased (resources/<lang>/triggers.yaml)."""
    concepts = load_resource(lang, "triggers")["concepts"]
    return {c: frozenset(n.lower() for n in e.get("nouns", ())) for c, e in concepts.items()}
