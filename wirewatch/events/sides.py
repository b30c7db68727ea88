"""An event's sides once its actors are linked: two armed groups named together as a fight's
authors are its two sides, a crowd that fights a state's forces comes first, and a violent
event told of several separate authors is one event per author."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.actors import case_marks, coordinated
from wirewatch.events.candidates import (
    ARMED_CLASSES,
    FORCE_CLASSES,
    NONSTATE_CLASS,
    ActorArg,
    Candidate,
    crowd_fight,
)
from wirewatch.events.noun_roles import NOUN_MODIFIERS
from wirewatch.events.references import definite
from wirewatch.events.subjects import SUBJECTS
from wirewatch.events.taxonomy import crowd_sides, joint_authors, property_concepts
from wirewatch.lang import word_set
from wirewatch.types import Kind, Role

_TOPONYM = "toponym"  # the PLACES label of a town's own name (docspec.PLACE_LABELS)


def two_sides(
    cand: Candidate, mentions: list[tuple[Span, str | None]], lang: str, classes: dict[str, str]
) -> None:
    """ "JNIM and ISGS militants clashed": two armed groups named together as the authors of
    a fight are its two sides, the one named first actor1 (whether the parser coordinated the
    two or hung both names on "militants"); so are two crowds ("farmers and herders
    clashed": their classes decide the fight's type), not forces and the auxiliaries beside
    them ("gendarmes and volunteer fighters")."""
    if crowd_fight(cand):
        _crowd_of_a_fight(cand, classes, case_marks(lang).get("side_marks", frozenset()))
    if not cand.typing.mutual:
        return
    if cand.with_role(Role.TARGET):
        _crowd_first(cand, classes)
        return
    agents = cand.with_role(Role.AGENT)
    # (fighters of no concept yet are armed men: "Koglweogo fighters and Fulani herders
    # clashed", named by the phrase once resolved)
    fighters = word_set(lang, "actors", "armed_member_words")
    kinds = [
        classes.get(a.concept or "")
        or (NONSTATE_CLASS if a.concept is None and a.span.root.lower_ in fighters else None)
        for a in agents
    ]
    # (two armed groups, or two crowds; not forces and the auxiliaries who fight beside
    # them: "gendarmes and volunteer fighters (VDP)")
    if len(agents) == 2 and (
        all(k in ARMED_CLASSES for k in kinds)
        or (all(kinds) and not any(k in FORCE_CLASSES for k in kinds))
    ):
        if coordinated(agents[1].span.root, agents[0].span.root, case_marks(lang)):
            other = agents[1]
            cand.actors = [replace(a, role=Role.TARGET) if a is other else a for a in cand.actors]
        return
    if len(agents) != 1:
        return
    named = [(m, c) for m, c in mentions if classes.get(c or "") in ARMED_CLASSES]
    for first, concept in named:
        root = first.root
        if root.head.i != agents[0].span.root.i or root.dep_ not in NOUN_MODIFIERS | {"nmod"}:
            continue
        side = next(
            ((m, c) for m, c in named if m.root.head.i == root.i and m.root.dep_ == "conj"),
            None,
        )
        if side is not None:
            others = [a for a in cand.actors if a is not agents[0]]
            cand.actors = [
                ActorArg(first, Role.AGENT, concept),
                ActorArg(side[0], Role.TARGET, side[1]),
                *others,
            ]
            return


def _crowd_of_a_fight(cand: Candidate, classes: dict[str, str], marks: frozenset[str]) -> None:
    """ "Des heurts entre manifestants et forces de l'ordre", "riots between youths and
    police", "entre manifestants et Koglweogo": of the sides a crowd's fight is set between
    (by one of ``marks``), the forces (``crowd_sides`` in taxonomy.yaml) or armed men are its
    target and the crowd its author; with no armed side ("heurts entre jeunes et
    commerçants") the sides are left out, the fight's rioters implied. Not what a crowd hit
    ("a mob lynched a man")."""
    if cand.with_role(Role.AGENT):
        return
    crowds, forces = crowd_sides()
    sides = [a for a in cand.with_role(Role.TARGET) if _set_between(a.span.root, marks)]
    kinds = {id(a): classes.get(a.concept or "") for a in sides}
    armed = forces | ARMED_CLASSES
    if not any(kinds[id(a)] in armed for a in sides):
        cand.actors = [a for a in cand.actors if a not in sides]
        return
    crowd = next((a for a in sides if kinds[id(a)] in crowds), None)
    cand.actors = [
        replace(a, role=Role.AGENT) if a is crowd else a
        for a in cand.actors
        if a not in sides or a is crowd or kinds[id(a)] in armed
    ]


def _set_between(side: Token, marks: frozenset[str]) -> bool:
    """Whether the side is marked by one of ``marks``, or joined to one that is ("entre
    manifestants et forces de l'ordre")."""
    first = side.head if side.dep_ == "conj" else side
    return any(c.dep_ == "case" and c.lower_ in marks for c in first.children)


def _crowd_first(cand: Candidate, classes: dict[str, str]) -> None:
    """ "Clashes between police and rioters": a crowd that fights a state's forces is the
    fight's first side (``crowd_sides`` in taxonomy.yaml); not the people it killed
    ("Clashes between soldiers and JNIM militants killed 12 people")."""
    crowds, forces = crowd_sides()
    agents = cand.with_role(Role.AGENT)
    if len(agents) != 1 or classes.get(agents[0].concept or "") not in forces:
        return
    things = property_concepts()  # ("clashed with militants and recovered a truck")
    crowd = next(
        (
            a
            for a in cand.with_role(Role.TARGET)
            if classes.get(a.concept or "") in crowds
            and a.concept not in things
            and not _the_dead(a, cand)
        ),
        None,
    )
    if crowd is None:
        return
    swapped = {id(agents[0]): Role.TARGET, id(crowd): Role.AGENT}
    cand.actors = [replace(a, role=swapped.get(id(a), a.role)) for a in cand.actors]


def _the_dead(actor: ActorArg, cand: Candidate) -> bool:
    """Whether the actor is the object of the verb the fight's noun is the subject of: whom
    it killed or hurt ("Clashes ... killed 12 people"), no side of it."""
    root, noun = actor.span.root, cand.trigger.root
    return (
        root.dep_ == "obj"
        and noun.pos_ != "VERB"
        and noun.dep_ in SUBJECTS
        and root.head.i == noun.head.i
    )


def split_by_agent(cand: Candidate, classes: dict[str, str]) -> list[Candidate]:
    """One violent event per author when the text names several as separate authors: of a
    deed aimed at no one it names ("des bombardements menés aussi bien par le régime que
    par les rebelles"), or a state's forces and an armed group that does not fight beside
    them ("the army and the rebels shelled the town of Douma": ``joint_authors`` in
    taxonomy.yaml); each part keeps the whole toll the text gives. Other authors of a deed
    done to someone are one side, one event whose toll is the whole event's, the first named
    its actor1 and the others associated ("villagers and policemen clashed with members of
    the sect", "soldiers and VDP killed ten militants", "bandits and jihadists attacked the
    village"), as ACLED codes it."""
    agents = cand.with_role(Role.AGENT)
    concepts = {a.concept for a in agents}
    if (
        cand.typing.family != "violence"
        or cand.kind is not Kind.EVENT
        or len(agents) < 2
        or len(concepts) < 2
        or (cand.with_role(Role.TARGET) and not _enemies(agents, classes))
    ):
        return [cand]
    others = [a for a in cand.actors if a.role is not Role.AGENT]
    return [replace(cand, actors=[agent, *others]) for agent in agents]


def _enemies(agents: list[ActorArg], classes: dict[str, str]) -> bool:
    """Whether the authors are a state's forces and an armed group that does not fight
    beside them (``joint_authors`` in taxonomy.yaml)."""
    forces, armed, beside = joint_authors()
    kinds = [classes.get(a.concept or "") for a in agents]
    pairs = zip(agents, kinds, strict=True)
    return any(k in armed and a.concept not in beside for a, k in pairs) and any(
        k in forces for k in kinds
    )


def drop_misread_authors(cand: Candidate, classes: dict[str, str]) -> None:
    """Leave out of the candidate's authors those the parser made up beside one an actor word
    names: a town's name it made a second subject ("an army barracks guard at camp Sangoule
    Lamizana in Ouagadougou opened fire": where, not who; a country's name acts, "Israel and
    Hezbollah fighters exchanged fire"), and a name in brackets the author's words already
    take in ("volunteer fighters (Volunteers for the Defense of the Homeland)", events/widen.py)."""
    agents = cand.with_role(Role.AGENT)
    doc = cand.trigger.doc
    if len(agents) < 2 or not any(a.concept in classes for a in agents):
        return
    towns = {
        i: p
        for p in doc.spans.get(docspec.PLACES, ())
        if p.label_ == _TOPONYM
        for i in range(p.start, p.end)
    }
    dropped = [
        a
        for a in agents
        if (
            a.concept not in classes
            and a.span.root.i in towns
            and a.concept in (None, towns[a.span.root.i].label_)
        )
        or any(
            b is not a
            and b.span.start <= a.span.start
            and a.span.end <= b.span.end
            and len(b.span) > len(a.span)
            for b in agents
        )
    ]
    cand.actors = [a for a in cand.actors if a not in dropped]


def sides_named_before(cand: Candidate, history: list[Candidate]) -> None:
    """ "After a clash between soldiers and militants on Monday, fighting continued between
    the two sides", "les combats ont repris entre les deux camps": a fight whose one side is
    a definite phrase with a number, which names again sides told before, is between the
    two sides of the fight told last before it, in its sentence or the one before (left a
    crowd, the phrase made the soldiers' battle a brawl); with none told, a phrase no
    lexicon knows ("the two sides") names no one."""
    sides = [a for a in cand.actors if a.role in (Role.AGENT, Role.TARGET)]
    if not cand.typing.mutual or len(sides) != 1 or not _counted_again(sides[0].span):
        return
    sent = cand.sentence
    # (its own sentence, or the one just before)
    starts = {sent.start} | ({sent.doc[sent.start - 1].sent.start} if sent.start > 0 else set())
    before = next(
        (
            h
            for h in reversed(history)
            if h.typing.mutual
            and h.with_role(Role.AGENT)
            and h.with_role(Role.TARGET)
            and h.sentence.start in starts
        ),
        None,
    )
    if before is None:
        if sides[0].concept is None:  # ("fighting continued between the two sides": no one)
            cand.actors = [a for a in cand.actors if a is not sides[0]]
        return
    taken = [a for a in before.actors if a.role in (Role.AGENT, Role.TARGET)]
    cand.actors = [a for a in cand.actors if a is not sides[0]] + [replace(a) for a in taken]


def _counted_again(span: Span) -> bool:
    """A definite phrase with a cardinal number ("the two sides", "les deux camps")."""
    root = span.root
    return definite(span) and any(
        c.dep_ == "nummod" and "Card" in c.morph.get("NumType", []) for c in root.children
    )
