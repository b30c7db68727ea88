"""Events told inside another: "A prisoner was killed during a riot", "Gunmen killed 15
civilians in an attack on a village". A deed framed by a violent event (``frames`` in
resources/<lang>/roles.yaml) is that event's toll, or, when its authors are named and the
frame names none, the event the frame is one mention of."""

from __future__ import annotations

import functools

from wirewatch.events.candidates import OUTCOME_CONCEPTS, RIOTS, Candidate, fill_toll
from wirewatch.events.outcomes import ARREST_CONCEPTS, FRAMES_BY_THEIR_DEED, SEIZURE_CONCEPTS
from wirewatch.events.taxonomy import grounded
from wirewatch.lang import load_resource
from wirewatch.types import Kind, Role

_FRAME_REACH = 3  # how far up the parse the deed may sit above the event framing it


def tolls_of_their_frames(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "A prisoner was killed during a riot", "five youths were killed amid confrontations
    with the police": a killing by no one named, told inside another violent event by a
    preposition of ``frames`` (resources/<lang>/roles.yaml), is that event's toll, not an
    event of its own. The frame takes the toll it lacks and keeps the killing among its
    mentions. Killers named inside an attack that names no author did the attack ("Gunmen
    killed 15 civilians in an attack on a village"; "Armed bandits kidnapped at least 30
    people in a raid on a village"): the killing or the seizure tells it, the attack is one
    of its mentions and gives the place and time it lacks."""
    frames = frame_words(lang)
    hosts: dict[int, Candidate] = {}  # id of a candidate taken in -> the one taking it
    for cand in cands:
        named = bool(cand.with_role(Role.AGENT))
        # (a seizure or an arrest by men named tells the raid its verb says it was made in
        # too: "Armed bandits kidnapped at least 30 people in a raid on a village", "police
        # arrested at least 20 members ... in a raid on its headquarters")
        seizure = named and cand.typing.concept in SEIZURE_CONCEPTS | ARREST_CONCEPTS
        if cand.typing.concept not in OUTCOME_CONCEPTS and not seizure:
            continue
        frame = next(
            (
                f
                for f in cands
                if f is not cand
                and id(f) not in hosts
                and _framed(cand, f, frames)
                and (not named or _authored_by_its_deed(f, cand))
                and (not seizure or _on_its_verb(f, cand, frames))
            ),
            None,
        )
        if frame is not None:
            hosts[id(frame) if named else id(cand)] = cand if named else frame
    for cand in cands:
        host = hosts.get(id(cand))
        if host is None:
            continue
        host.mentions.append(cand.trigger)
        fill_toll(host, cand)
        if not any(t.concept for t in host.with_role(Role.TARGET)):
            # (the dead say whom it hit when it names no one: "Policeman killed in attack on
            # checkpoint")
            host.retarget(cand.with_role(Role.TARGET))
        host.place = host.place or cand.place
        # "killed ... in an attack ... on Friday night, sources said on Saturday": the
        # frame's own time dates the killing too, instead of one taken from the report before
        if host.time_inherited and cand.times and not cand.time_inherited:
            host.times, host.time_inherited = [], False
        times = host.times + [t for t in cand.times if t not in host.times]
        host.times = sorted(times, key=lambda t: t.start)
    return [c for c in cands if id(c) not in hosts]


def _on_its_verb(frame: Candidate, deed: Candidate, words: frozenset[str]) -> bool:
    """Whether the frame hangs on the deed's verb itself, or through a frame word that does
    ("kidnapped ... in a raid", "ont enlevé ... lors d'un raid")."""
    head = frame.trigger.root.head
    return head.i == deed.trigger.root.i or (
        head.lower_ in words and head.head.i == deed.trigger.root.i
    )


def _authored_by_its_deed(frame: Candidate, deed: Candidate) -> bool:
    """An attack or an ambush (not a riot or a clash between sides) that names no author of
    its own ("twelve civilians were killed by jihadists in an ambush"), or a raid the deed's
    authors made on the ground ("Des hommes armés ont enlevé 30 personnes lors d'un raid
    contre un village": they fly no aircraft)."""
    concept = grounded(frame.typing.concept, deed.agent_class) or frame.typing.concept
    return concept in FRAMES_BY_THEIR_DEED and not frame.with_role(Role.AGENT)


@functools.cache
def frame_words(lang: str) -> frozenset[str]:
    """The prepositions by which one event frames another ("killed during a riot")."""
    return frozenset(w.lower() for w in load_resource(lang, "roles").get("frames", ()))


def _framed(deed: Candidate, frame: Candidate, words: frozenset[str]) -> bool:
    """Whether ``frame``'s trigger hangs on ``deed``'s clause by one of the frame ``words``
    ("killed and several others injured during a riot"), or heads the clause that says when
    ("Dozens of people were killed when armed herders and farmers clashed"), and ``frame``
    is violence or a riot of the same status."""
    root = frame.trigger.root
    return (
        (frame.typing.family == "violence" or frame.typing.event_type == RIOTS)
        and frame.kind is Kind.EVENT
        and frame.status is deed.status
        and any(a.i == deed.trigger.root.i for a in list(root.ancestors)[:_FRAME_REACH])
        and (
            any(c.dep_ == "case" and c.lower_ in words for c in root.children)
            or root.head.lower_ in words  # "lors d'une mutinerie": the frame word heads it
            or (
                root.head.i == deed.trigger.root.i
                # (the parser may make "when" an adverb)
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in words for c in root.children)
            )
        )
    )
