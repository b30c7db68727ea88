"""Roles a noun trigger's actors take through the words around it: the agent the parser
hung on the noun's complement, a fight's side hung on a measure, those the noun's result
befell, an actor word that modifies the noun (events/actors.py links the rest)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import CIVILIAN_CLASS, OUTCOME_CONCEPTS, Candidate
from wirewatch.events.syntax import prepositions
from wirewatch.events.taxonomy import joint_authors, typing_of, weapon_means

NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod:poss"})
_NONE: frozenset[str] = frozenset()


def modifies_noun_trigger(span: Span, concept: str | None, root: Token) -> bool:
    """An actor word or a name that modifies a noun trigger, or the noun compounded with it
    ("militant attacks", "the army's shelling", "JNIM ambush", "an army air strike")."""
    token = span.root
    head = token.head
    return (
        root.pos_ in ("NOUN", "PROPN")
        and (head.i == root.i or (head.dep_ == "compound" and head.head.i == root.i))
        and token.dep_ in NOUN_MODIFIERS
        and (concept is not None or token.pos_ == "PROPN")
    )


def befallen_by_its_result(
    a: Token, np_head: Token, cand: Candidate, concept: str | None, cases: dict[str, frozenset[str]]
) -> bool:
    """ "Des soldats ont été tués dans une attaque contre la localité de X": the passive
    subject of a killing or wounding the violent noun frames ("in", "by") is whom it hit:
    a state's forces, militias beside them ("five VDP were killed in an ambush"), anyone a
    remote weapon hit ("a man was killed by the explosion of an IED"). Not the attack's
    own men ("militants were killed in an attack on a military post"), civilians caught in
    a fight aimed at others ("in an attack on a military base", "in crossfire"), or the
    dead of a clash, who may be of either side."""
    if (
        cand.trigger.root.pos_ in ("VERB", "AUX")
        or cand.typing.family != "violence"
        or cand.typing.mutual
        or a.dep_ != "nsubj:pass"
        or not np_head.dep_.startswith("obl")
        or a.head.i != np_head.head.i
        or not (
            np_head.dep_ == "obl:agent"
            or prepositions(np_head) & (cases.get("frames", _NONE) | cases["agent"])
        )
        or not tells_an_outcome(a.head)
    ):
        return False
    kind = a.doc.user_data.get(docspec.ACTOR_CLASSES, {}).get(concept or "")
    forces, _, beside = joint_authors()  # (the forces and those who fight beside them: VDP)
    remote = cand.typing.event_type == weapon_means().event_type
    return kind in forces or concept in beside or (remote and kind in (None, CIVILIAN_CLASS))


def tells_an_outcome(verb: Token) -> bool:
    """The verb is a killing's or a wounding's trigger word."""
    return any(
        t.start <= verb.i < t.end and typing_of(t.label_).concept in OUTCOME_CONCEPTS
        for t in verb.doc.spans.get(docspec.TRIGGERS, ())
    )


def agent_on_complement(a: Token, root: Token, cases: dict[str, frozenset[str]]) -> bool:
    """ "l'attaque du village de Sollé par des hommes armés": the agent of a noun trigger the
    parser hung on the trigger's own complement (not on an event of its own: "a protest
    against the kidnapping of schoolgirls by Boko Haram")."""
    marks = prepositions(a)
    head = a.head
    return (
        root.pos_ not in ("VERB", "AUX")
        and bool(marks & cases["agent"])
        and head.dep_ == "nmod"
        and head.head.i == root.i
        and not names_an_event(head)
    )


def side_on_measure(
    a: Token, root: Token, np_head: Token, cand: Candidate, cases: dict[str, frozenset[str]]
) -> bool:
    """ "après deux jours de combats avec l'armée": a side of a fight's noun the parser hung
    on the measure the noun is the complement of."""
    marks = prepositions(a)
    return (
        cand.typing.mutual
        and root.pos_ not in ("VERB", "AUX")
        and np_head.i != root.i
        and a.head.i == np_head.i
        and a.i > root.i
        and bool(marks & cases.get("side_marks", _NONE))
    )


def names_an_event(token: Token) -> bool:
    """The word is part of a trigger phrase ("wounded", "opened fire")."""
    return any(s.start <= token.i < s.end for s in token.doc.spans.get(docspec.TRIGGERS, ()))
