"""The weapons of remote violence a report names: the means of a killing or a shooting
("fired RPG rockets against two vehicles" is the rockets' event), weapons made safe (no
event), and a device told again with its author ("The device was likely planted by JNIM
militants"). ACLED codes each as part of the one event."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.events.actors import case_marks
from wirewatch.events.candidates import KILLING_CONCEPTS, ActorArg, Candidate, fill_toll
from wirewatch.events.frames import frame_words
from wirewatch.events.merge import combine
from wirewatch.events.pairs import paired_object
from wirewatch.events.syntax import has_definite_article, prepositions
from wirewatch.events.taxonomy import grounded, weapon_means
from wirewatch.lang import word_set
from wirewatch.types import Kind, Role

# How a weapon hangs on the object of the verb that made it safe ("seized weapons and IEDs",
# "a large quantity of explosives").
_HELD_TOGETHER = frozenset({"conj", "nmod"})
# How far up the parse a weapon may sit under the deed it did ("killed and two others
# wounded by the explosion of an IED": explosion -> wounded -> others -> killed).
_MEANS_REACH = 4
_WEAPON_FIELDS = ("event_type", "sub_event_type", "plover_mode")
_MISSILE_CONCEPTS = frozenset({"shelling"})  # missiles, rockets, shells: not bombs or IEDs
_MODIFIER_OF = frozenset({"nmod", "compound"})  # "IED [detonation]": before the noun it qualifies
_NAMED_BY_THEIR_WEAPON = frozenset({"attack"})  # "an IED attack": the weapon's event


def weapons_as_means(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Militants fired RPG rockets against two vehicles", "three soldiers were killed when
    their vehicle struck an IED": a killing or shooting with a weapon of remote violence
    under it in the parse is that weapon's event (``weapon_means`` in taxonomy.yaml). The
    deed takes the weapon's type and the two are one event (the richer mention leads). A
    weapon made safe ("defused a bomb") is no event."""
    rule = weapon_means()
    frames = frame_words(lang)
    takers = {
        c.trigger.root.i: c
        for c in cands
        if c.typing.concept in rule.takers
        and c.kind is Kind.EVENT
        and c.typing.event_type != rule.event_type
    }
    weapons = {
        c.trigger.root.i
        for c in cands
        if c.typing.event_type == rule.event_type and c.kind is Kind.EVENT
    }
    others = {c.trigger.root.i for c in cands} - weapons
    made_safe = {c.trigger.root.i for c in cands if c.typing.concept in rule.made_safe_by}
    # the nouns those verbs took ("seized weapons and IEDs": "weapons")
    taken = {
        paired.i
        for c in cands
        if c.trigger.root.i in made_safe and (paired := paired_object(c.trigger.root)) is not None
    }
    groups: dict[int, list[Candidate]] = {}
    equipment: set[int] = set()  # "a militant equipped with an IED": no event of its own
    for cand in cands:
        if cand.trigger.root.i in weapons and _made_safe(cand.trigger.root, made_safe, taken):
            equipment.add(id(cand))  # "defused a bomb", "seized weapons and IEDs": no explosion
            continue
        deed, held = (
            _deed_of(cand, takers, others, frames)
            if cand.trigger.root.i in weapons
            else (None, False)
        )
        if deed is not None and grounded(cand.typing.concept, deed.agent_class):
            continue  # "Des bandits ont tué 12 villageois lors d'un raid": made on the ground
        if held:
            equipment.add(id(cand))
        elif deed is not None:
            if id(deed) not in groups:
                deed.typing = deed.typing.refined(
                    {k: getattr(cand.typing, k) for k in _WEAPON_FIELDS}
                )
            groups.setdefault(id(deed), [deed]).append(cand)
    joined = {id(c) for group in groups.values() for c in group[1:]} | equipment
    return [combine(groups[id(c)]) if id(c) in groups else c for c in cands if id(c) not in joined]


def strikes_by_their_means(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "une frappe russe de missiles balistiques", "an airstrike with guided bombs": a strike
    told by a noun whose complement names the weapon it was made with, itself a weapon of
    remote violence, is one event (the weapon joins its mentions); a strike whose noun says
    nothing of how (``typed_by_their_means`` in triggers.yaml) made with missiles or rockets
    is a missile attack. (A weapon with actors of its own is told apart: "a suspected
    grenade".)"""
    weapon_type = weapon_means().event_type
    bare = word_set(lang, "triggers", "typed_by_their_means")
    strikes = {
        c.trigger.root.i: c
        for c in cands
        if c.typing.event_type == weapon_type
        and c.kind is Kind.EVENT
        and c.trigger.root.pos_ == "NOUN"
    }
    joined: set[int] = set()
    for means in cands:
        root = means.trigger.root
        strike = strikes.get(root.head.i) if root.dep_ == "nmod" else None
        if strike is None or root.i not in strikes or means.actors:
            continue
        if means.status is not strike.status or id(strike) in joined or id(means) in joined:
            continue
        typing = strike.typing
        if means.typing.concept in _MISSILE_CONCEPTS and strike.trigger.text.lower() in bare:
            typing = typing.refined({k: getattr(means.typing, k) for k in _WEAPON_FIELDS})
        lead = combine([strike, means])  # (the richer leads, the other joins its mentions)
        lead.typing = typing
        joined.add(id(means) if lead is strike else id(strike))
    return [c for c in cands if id(c) not in joined]


def attacks_named_by_their_weapon(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "An IED attack killed four soldiers", « une attaque à l'engin explosif », "an attack
    with rockets": an attack told by a noun that a weapon of remote violence qualifies (the
    word before it, or its complement but for a target or an agent: not "an attack on a bomb
    disposal team", "an attack by a suicide bomber") is that weapon's event, one of its type
    (the richer mention leads, the other joins its mentions). Not an attack its sentence
    goes on with shots ("carried out an IED attack on a convoy, then opened fire on the
    soldiers": a fight, as ACLED codes a complex attack)."""
    rule = weapon_means()
    shots = rule.takers - KILLING_CONCEPTS
    fired = {c.sentence.start for c in cands if c.typing.concept in shots}
    cases = case_marks(lang)
    aside = cases["target"] | cases["agent"]
    attacks = {
        c.trigger.root.i: c
        for c in cands
        if c.typing.concept in _NAMED_BY_THEIR_WEAPON
        and c.kind is Kind.EVENT
        and c.trigger.root.pos_ == "NOUN"
    }
    joined: set[int] = set()
    for weapon in cands:
        root = weapon.trigger.root
        attack = attacks.get(root.head.i)
        if (
            attack is None
            or weapon.kind is not Kind.EVENT
            or weapon.typing.event_type != rule.event_type
            or root.dep_ not in _MODIFIER_OF
            or prepositions(root) & aside
            or weapon.status is not attack.status
            or {id(attack), id(weapon)} & joined
            or attack.sentence.start in fired
        ):
            continue
        typing = attack.typing  # (already a weapon's kind: "a drone bomb attack")
        if typing.event_type != rule.event_type:
            typing = typing.refined({k: getattr(weapon.typing, k) for k in _WEAPON_FIELDS})
        lead = combine([attack, weapon])  # (the richer leads, the other joins its mentions)
        lead.typing = typing
        joined.add(id(weapon) if lead is attack else id(attack))
    return [c for c in cands if id(c) not in joined]


def means_of_their_events(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Militants carried out an attack by gunfire against a police post", "a complex
    ambush by IED detonation and rocket and gunfire": shots told in the by-phrase of another
    event's noun, and the weapons told with them, are what it was done with, a fight (as
    "an ambush initiated by an IED" is), no events of their own; they join its mentions and
    give it the toll and the victims it lacks. A weapon of remote violence told alone so
    says the event's type, and stays an event of its own ("an attack by mortar fire")."""
    rule = weapon_means()
    shots = rule.takers - KILLING_CONCEPTS
    by = case_marks(lang)["agent"]
    events = {c.trigger.root.i: c for c in cands if c.trigger.root.pos_ == "NOUN"}
    phrases: dict[int, list[Candidate]] = {}  # the by-phrase's head -> the means told in it
    for cand in cands:
        if cand.typing.concept not in shots and cand.typing.event_type != rule.event_type:
            continue
        token = cand.trigger.root
        # up a list or a name's modifier to the phrase "by" marks ("by IED detonation and
        # gunfire"); no further (not "a protest by residents against the shooting")
        while (
            token.dep_ == "conj" or (token.dep_ in _MODIFIER_OF and token.i < token.head.i)
        ) and not _by(token, by):
            token = token.head
        owner = events.get(token.head.i)
        if owner is not None and owner is not cand and token.dep_ == "nmod" and _by(token, by):
            phrases.setdefault(token.i, [owner]).append(cand)
    dropped: set[int] = set()
    for owner, *means in phrases.values():
        if not any(m.typing.concept in shots for m in means):
            continue  # weapons alone: the weapon's event
        for cand in means:
            owner.mentions.append(cand.trigger)
            fill_toll(owner, cand)
            if not owner.with_role(Role.TARGET):
                owner.actors = owner.actors + cand.with_role(Role.TARGET)
            dropped.add(id(cand))
    return [c for c in cands if id(c) not in dropped]


def _made_safe(weapon: Token, made_safe: set[int], taken: set[int]) -> bool:
    """The weapon is what a verb that makes weapons safe (``made_safe``) took: its object
    ("defused a bomb"), or a noun joined to or measured by the noun it took (``taken``:
    "seized weapons and IEDs", "seized arms, ammunition, IEDs", "seized a large quantity of
    explosives")."""
    token = weapon
    while True:
        if token.head.i in made_safe or token.i in taken:
            return True
        if token.dep_ not in _HELD_TOGETHER or token.head.i == token.i:
            return False
        token = token.head


def _deed_of(
    weapon: Candidate, takers: dict[int, Candidate], others: set[int], frames: frozenset[str]
) -> tuple[Candidate | None, bool]:
    """The killing or shooting the weapon hangs under, nearest first, through other weapons
    ("the explosion of an IED") but no other trigger; and whether it reaches it through one
    of the deed's actors instead ("killed a militant equipped with an IED": the victim's
    weapon, not the means, and no event of its own), unless a frame word puts the actors in
    it ("killed about 50 terrorists in air operations", hung on the terrorists)."""
    token = weapon.trigger.root
    framing = any(c.dep_ == "case" and c.lower_ in frames for c in token.children)
    path: set[int] = set()
    for _ in range(_MEANS_REACH):
        if token.head.i == token.i:
            return None, False
        token = token.head
        deed = takers.get(token.i)
        if deed is not None:
            if not framing and any(
                a.span.root.i in path and a.concept is not None for a in deed.actors
            ):
                return None, True  # an actor's weapon
            return (deed if deed.status is weapon.status else None), False
        if token.i in others:
            return None, False
        path.add(token.i)
    return None, False


def devices_told_again(cands: list[Candidate]) -> list[Candidate]:
    """ "A man was killed by the explosion of an IED near Nongoudoum. The device was likely
    planted by JNIM militants": a weapon event told by a verb whose patient is a definite
    noun ("the device"), after such an event of the same paragraph that names no author, is
    that event told again: its author is the event's, and it joins its mentions (whether
    the authorship is sure or not: ACLED codes the suspected group)."""
    event_type = weapon_means().event_type
    dropped: set[int] = set()
    for cand in cands:
        root = cand.trigger.root
        if (
            cand.typing.event_type != event_type
            or len(cand.mentions) > 1  # (a deed it took in as its means: an event of its own)
            or not (_definite(root) if root.pos_ == "VERB" else _planted(root))
        ):
            continue
        told = [
            p
            for p in cands
            if p.trigger.start < cand.trigger.start
            and id(p) not in dropped
            and p.typing.event_type == event_type
            and p.kind is Kind.EVENT
            and p.paragraph == cand.paragraph
            and not any(_named(a) for a in p.with_role(Role.AGENT))
        ]
        authors = [a for a in cand.with_role(Role.AGENT) if _named(a)]
        if not told or not authors:
            continue
        for prior in told:  # ("the explosion of an IED": the explosion, and the IED)
            prior.actors = [a for a in prior.actors if a.role is not Role.AGENT] + authors
        told[0].mentions.append(cand.trigger)
        dropped.add(id(cand))
    return [c for c in cands if id(c) not in dropped]


def _named(actor: ActorArg) -> bool:
    """An actor word names the author ("JNIM militants"), not "an IED"."""
    return actor.concept is not None


def _definite(verb: Token) -> bool:
    """The verb's patient is a noun with a definite article ("the device was planted")."""
    return any(c.dep_ in ("obj", "nsubj:pass") and has_definite_article(c) for c in verb.children)


def _planted(noun: Token) -> bool:
    """A definite weapon noun that is the patient of a verb ("the explosive device was
    likely planted by JNIM": the noun is the trigger, the verb its support)."""
    return (
        noun.dep_ in ("obj", "nsubj:pass", "nsubj")
        and noun.head.pos_ == "VERB"
        and has_definite_article(noun)
    )


def _by(token: Token, by: frozenset[str]) -> bool:
    """The phrase the token heads is marked as a passive's agent ("by", "par")."""
    return bool(prepositions(token) & by)
