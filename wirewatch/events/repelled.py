"""Attacks met by arms: "Militants attacked the village of Posso and clashed with volunteer
fighters", "... Volunteer fighters repelled the attack". The armed men who met an attack
make it a battle, and the fight told with it is that battle (ACLED codes one event)."""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Span

from wirewatch.events.candidates import (
    ARMED_CLASSES,
    KILLING_CONCEPTS,
    NONSTATE_CLASS,
    ActorArg,
    Candidate,
    fill_toll,
)
from wirewatch.events.merge import names_no_day, placed_in_area
from wirewatch.events.outcomes import (
    ATTACK_CONCEPTS,
    BATTLE,
    CIVILIAN_ATTACK,
    FRAMES_BY_THEIR_DEED,
    SHOT_CONCEPTS,
)
from wirewatch.events.pairs import concept_nouns
from wirewatch.events.references import definite
from wirewatch.events.retold import moved_to, names_a_town
from wirewatch.events.syntax import has_definite_article, same_or_next_sentence
from wirewatch.events.taxonomy import victim_class
from wirewatch.lang import load_resource, word_set
from wirewatch.types import Kind, Role

_CLASH_CONCEPTS = frozenset({"clash"})
_FIGHT_CONCEPTS = frozenset({"clash", "attack", "incursion", "gunfire"})
_CIVILIAN = "civilian"  # the actor class of unarmed people


def attacks_met_by_arms(
    cands: list[Candidate], classes: dict[str, str], lang: str
) -> list[Candidate]:
    """ "Militants attacked the village of Posso and clashed with volunteer fighters", "...
    Volunteer fighters repelled the attack": an attack coded as violence against civilians
    that armed men meet, in its sentence or the next, is a battle (ACLED codes an attack
    that meets armed resistance as one armed clash). The fight that tells it (a clash, or
    the attack named again, with an armed side) is that event, not a second one: its toll
    fills what the attack lacks; so it does for an attack on armed men ("attacked a police
    checkpoint. The police repulsed the attack and killed two militants")."""
    kept: list[Candidate] = []
    attack: Candidate | None = None
    areas = word_set(lang, "places", "area_kinds")
    repelled = _attacks_repelled(cands, classes)
    for cand in cands:
        if id(cand) in repelled:  # "a repoussé une attaque jihadiste contre son détachement"
            met = repelled[id(cand)]
            met.typing = met.typing.refined(BATTLE)
            met.mentions.append(cand.trigger)
            _fought(met, cand, classes)
            fill_toll(met, cand)
            continue
        if (
            attack is not None
            and (
                cand.typing.concept in _FIGHT_CONCEPTS
                or _kills_its_authors(attack, cand, classes, lang)
            )
            and cand.trigger.start != attack.trigger.start  # (not its part by a co-author)
            and cand.status is attack.status
            and same_or_next_sentence(attack.trigger, cand.trigger)
            and _met_by_other_arms(attack, cand, classes)
            and _no_other_place_or_time(attack, cand, _takes_up_the_attack(cand, lang), areas)
        ):
            if _a_town_in_its_area(attack, cand, areas):
                # where in the area it was fought: "near Padiet"
                attack.place = moved_to(cand, attack)
            attack.typing = attack.typing.refined(BATTLE)
            attack.mentions.append(cand.trigger)
            _fought(attack, cand, classes)
            fill_toll(attack, cand)
            attack = None
            continue
        kept.append(cand)
        if (
            cand.typing.concept in FRAMES_BY_THEIR_DEED  # (an ambush too)
            and cand.typing.event_type in (CIVILIAN_ATTACK, BATTLE["event_type"])
            and cand.kind is Kind.EVENT
        ):
            attack = cand
    return kept


def _attacks_repelled(cands: list[Candidate], classes: dict[str, str]) -> dict[int, Candidate]:
    """The fights told by a verb whose object is an attack ("a repoussé une attaque
    jihadiste", "repelled an attack on the post"), by id, with that attack: the attack met by
    arms, one event (not one residents repelled: still an attack on them)."""
    attacks = {
        c.trigger.root.i: c
        for c in cands
        if c.typing.concept in ATTACK_CONCEPTS
        and c.kind is Kind.EVENT
        and c.trigger.root.dep_ == "obj"
        # (not "repelled the attack" after an attack told before: that one, met after it)
        and not (definite(c.trigger) and any(_told_before(a, c) for a in cands))
    }
    return {
        id(fight): attacks[root.i]
        for fight in cands
        if fight.typing.concept in _CLASH_CONCEPTS and fight.trigger.root.pos_ == "VERB"
        for root in [r for r in fight.trigger.root.children if r.dep_ == "obj"]
        if root.i in attacks
        and attacks[root.i].status is fight.status
        and _met_by_other_arms(attacks[root.i], fight, classes)
    }


def _told_before(attack: Candidate, again: Candidate) -> bool:
    """Whether ``attack`` is an attack (or an ambush) told before ``again``."""
    return (
        attack.typing.concept in FRAMES_BY_THEIR_DEED and attack.trigger.start < again.trigger.start
    )


def _kills_its_authors(
    attack: Candidate, deed: Candidate, classes: dict[str, str], lang: str
) -> bool:
    """ "Suspected JNIM militants attacked a Beninese army patrol ... The patrol killed one
    militant": the side attacked, killing the attackers in a fight (typed a battle, no air
    strike), fought the attack (ACLED codes one armed clash with the whole toll). Only an
    attack with named authors, on forces, and no toll of its own to lose; the dead are the
    attackers, or armed men no group names ("militants", "assailants"; not "eight Islamic
    State militants" after a JNIM attack)."""
    attacked = {a.concept for a in attack.with_role(Role.TARGET)}
    authors = attack.with_role(Role.AGENT)
    return (
        deed.typing.concept in KILLING_CONCEPTS
        and deed.typing.event_type == BATTLE["event_type"]
        and attack.typing.event_type == BATTLE["event_type"]
        and attack.fatalities is None
        and bool(authors)
        and any(a.concept in attacked for a in deed.with_role(Role.AGENT))
        and any(
            (
                _one_of_its_authors(a, attack)
                or (
                    a.concept in _lexicon_concepts(lang)
                    and classes.get(a.concept) == NONSTATE_CLASS
                )
            )
            and _names_of(a.span) <= set().union(*(_names_of(b.span) for b in authors))
            for a in deed.with_role(Role.TARGET)
        )
    )


def _names_of(span: Span) -> set[str]:
    """The proper names in an actor's words ("eight Islamic State militants")."""
    return {t.lower_ for t in span if t.pos_ == "PROPN"}


@functools.cache
def _lexicon_concepts(lang: str) -> frozenset[str]:
    """The actor concepts of the lexicon's words ("militants"), not of a named group's."""
    return frozenset(load_resource(lang, "actors")["concepts"])


def _met_by_other_arms(attack: Candidate, fight: Candidate, classes: dict[str, str]) -> bool:
    """Whether the fight is a clash typed a battle, has armed men among its dead, or has an
    armed side other than the attack's authors (one it hit armed when hit)."""
    if fight.armed_dead or (
        fight.typing.concept in _CLASH_CONCEPTS and fight.typing.event_type == BATTLE["event_type"]
    ):
        return True
    sides = fight.actors
    if fight.typing.concept in SHOT_CONCEPTS:
        if any(classes.get(a.concept or "") == _CIVILIAN for a in fight.with_role(Role.TARGET)):
            return False  # shots at civilians meet no attack ("the military shot 10 civilians")
        sides = fight.with_role(Role.AGENT)
    # (a side hit counts by its victim class, taxonomy.yaml's unarmed_victims: "the mayor
    # was killed in the attack" met no arms)
    return any(
        (
            victim_class(a.concept, classes)
            if a.role is Role.TARGET
            else classes.get(a.concept or "")
        )
        in ARMED_CLASSES
        and not _one_of_its_authors(a, attack)
        for a in sides
    )


def _one_of_its_authors(actor: ActorArg, attack: Candidate) -> bool:
    """Whether the actor is one of the attack's authors: their word, their group taken up
    (``antecedent``), or the word for an unnamed author said with a definite article ("the
    assailants" after "suspected JNIM militants attacked")."""
    authors = attack.with_role(Role.AGENT)
    if any(actor.concept == a.concept for a in authors):
        return True
    if actor.antecedent is not None:
        return any(
            actor.antecedent.start < a.span.end and a.span.start < actor.antecedent.end
            for a in authors
        )
    return (
        actor.concept == attack.typing.implied_actor1
        and definite(actor.span)
        and not any(t.pos_ == "PROPN" for t in actor.span)
    )


def _fought(attack: Candidate, fight: Candidate, classes: dict[str, str]) -> None:
    """The attack's other side is now who fought it, not the village it struck."""
    attackers = {a.concept for a in attack.with_role(Role.AGENT)}
    attack.actors = [
        a
        for a in attack.actors
        if a.role is not Role.TARGET or classes.get(a.concept or "") in ARMED_CLASSES
    ] + [
        replace(a, role=Role.TARGET)
        for a in fight.actors
        if a.concept not in attackers and a.role in (Role.AGENT, Role.TARGET, Role.RECIPIENT)
    ]


def _no_other_place_or_time(
    attack: Candidate, fight: Candidate, taken_up: bool, areas: frozenset[str]
) -> bool:
    """Whether the fight names no place or day of its own other than the attack's (then it
    is another happening: "Two days later, militants attacked soldiers in Djibo"; a part of
    the day or a length is no other day: "at dawn", "for several hours"); a place of its own
    is where the fight that names the attack again met it ("VDP responded to the attack and
    killed two militants in Petosire"), or where in the area the attack was told in
    ("raided a cattle camp in South Sudan's Jonglei state ... The attackers struck the camp
    near Padiet ... and exchanged fire with armed cattle keepers")."""
    days = {t.text for t in fight.times if not names_no_day(t)}
    if days - {t.text for t in attack.times}:
        return False
    place, own = fight.place, attack.place
    # (its own place, or the town it is near: "the village of Woroko, near Ketou (...)")
    names = {s.text for s in (own.span, own.reference) if s is not None} if own else set()
    span = place.span if place is not None and place.source == "text" else None
    return (
        taken_up or span is None or span.text in names or _a_town_in_its_area(attack, fight, areas)
    )


def _a_town_in_its_area(attack: Candidate, fight: Candidate, areas: frozenset[str]) -> bool:
    """The fight is told at a town its text names where the attack was placed only in an
    area ("in South Sudan's Jonglei state ... near Padiet")."""
    return placed_in_area(attack, areas) and names_a_town(fight, areas)


def _takes_up_the_attack(fight: Candidate, lang: str) -> bool:
    """Whether the fight's words name an attack told before, with a definite article ("responded
    to the attack", "repulsed the assault", "ont repoussé l'attaque")."""
    root = fight.trigger.root
    words = {*fight.trigger, *(c for c in root.children if c.dep_ in ("obj", "obl"))}
    nouns = _attack_nouns(lang)
    return any(
        w.pos_ == "NOUN" and w.lemma_.lower() in nouns and has_definite_article(w) for w in words
    )


@functools.cache
def _attack_nouns(lang: str) -> frozenset[str]:
    nouns = concept_nouns(lang)
    return frozenset(w for c in ATTACK_CONCEPTS for w in nouns.get(c, ()) if " " not in w)
