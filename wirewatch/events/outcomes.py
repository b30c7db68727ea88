"""What a violent event's report adds to it: the toll told after an attack, and what the
attackers took or destroyed while they did it. ACLED codes each as part of the one event."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.events.candidates import Candidate
from wirewatch.types import Kind, Role

_OUTCOME_FIELDS = ("fatalities", "injured", "abducted")
# ACLED's type of an attack in which armed men die.
_BATTLE = {"event_type": "Battles", "sub_event_type": "Armed clash"}
_OUTCOME_CONCEPTS = frozenset({"killing"})
# What is taken or done to property or liberty along the way: looting, arson, vandalism,
# arrests.
_TAKEN_CONCEPTS = frozenset({"looting", "vandalism", "arrest"})
# How a verb joins the violence it goes with: "seized two vehicles and abducted the
# occupants", "seized a truck, abducting the driver".
_JOINED = frozenset({"conj", "advcl", "xcomp"})


def outcomes_of_attacks(cands: list[Candidate]) -> list[Candidate]:
    """ "Gunmen attacked a patrol. Five soldiers were killed.": a killing told with no
    author of its own, in the sentence of a violent event or the next one, is that event's
    outcome, not a second event: its toll goes to the event it follows, and armed men among
    the dead make that event a battle."""
    kept: list[Candidate] = []
    last: Candidate | None = None
    for cand in cands:
        if (
            last is not None
            and cand.typing.concept in _OUTCOME_CONCEPTS
            and not cand.with_role(Role.AGENT)
            and cand.status is last.status
            and _same_or_next_sentence(last.trigger, cand.trigger)
            and all(getattr(last, name) is None for name in _OUTCOME_FIELDS)
        ):
            for name in _OUTCOME_FIELDS:
                setattr(last, name, getattr(cand, name))
            last.breakdown = last.breakdown or cand.breakdown
            last.mentions.append(cand.trigger)
            if cand.typing.event_type == _BATTLE["event_type"]:
                last.typing = last.typing.refined(_BATTLE)  # the dead were armed men
            continue
        kept.append(cand)
        if _violent(cand) and cand.typing.concept not in _OUTCOME_CONCEPTS:
            last = cand
    return kept


def violence_takes_in_property(cands: list[Candidate]) -> list[Candidate]:
    """ "Militants seized two vehicles and abducted the occupants", "soldiers arrested and
    executed 17 men": looting, destruction or an arrest told by a verb joined to violence
    that hurts people, with the same status, is part of that violent event, which decides its
    type (ACLED codes the looting of an attack as the attack; shots at a building that is
    then burned stay property destruction). The taken-in trigger stays
    among the event's mentions; its place, times and agent fill what the event lacks."""
    violent = [c for c in cands if _violent(c) and _hurts_people(c)]
    kept: list[Candidate] = []
    for cand in cands:
        host = None
        if cand.typing.concept in _TAKEN_CONCEPTS:
            host = next((v for v in violent if _part_of(cand, v)), None)
        if host is None:
            kept.append(cand)
            continue
        host.mentions.append(cand.trigger)
        host.place = host.place or cand.place
        host.times = host.times or cand.times
        if not host.with_role(Role.AGENT):
            host.actors += [a for a in cand.actors if a.role is Role.AGENT]
    return kept


def _violent(cand: Candidate) -> bool:
    return cand.typing.family == "violence" and cand.kind is Kind.EVENT


def _part_of(taken: Candidate, violence: Candidate) -> bool:
    """Whether what ``taken`` tells was done in the course of ``violence``: the same status,
    and verbs joined in one sentence."""
    return (
        taken.status is violence.status
        and taken.sentence.start == violence.sentence.start
        and _joined(violence.trigger.root, taken.trigger.root)
    )


def _hurts_people(cand: Candidate) -> bool:
    """Violence done to people: a verb whose object is its victims ("killed", "abducted",
    "whipped"), or a toll (an attack on a post that is then burned hurt no one)."""
    return cand.typing.genitive == "target" or any(
        getattr(cand, name) is not None for name in _OUTCOME_FIELDS
    )


def _joined(a: Token, b: Token) -> bool:
    """Two verbs of one clause: one coordinated or subordinated to the other, or both to a
    third."""
    return (
        (a.head.i == b.i and a.dep_ in _JOINED)
        or (b.head.i == a.i and b.dep_ in _JOINED)
        or (a.head.i == b.head.i and a.dep_ == b.dep_ == "conj")
    )


def _same_or_next_sentence(first: Span, then: Span) -> bool:
    a, b = first.sent, then.sent
    return a.start == b.start or 0 <= b.start - a.end <= 1
