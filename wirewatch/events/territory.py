"""Territory taken after a fight: "M23 rebels seized the mining town of Rubaya on Tuesday after
two days of fighting with the army" is the rebels' overtaking of the town (ACLED's battle
"Non-state actor overtakes territory"; "Government regains territory" when forces take it
back), not a non-violent transfer beside a separate clash. The fight told inside the
capture's clause is one of its mentions, and its armed other side the capture's target."""

from __future__ import annotations

from dataclasses import replace

from wirewatch.events.candidates import ARMED_CLASSES, ActorArg, Candidate, Cues
from wirewatch.events.syntax import verbs_joined
from wirewatch.events.taxonomy import refine, typing_of
from wirewatch.lang import word_set
from wirewatch.lang.countries import fold
from wirewatch.types import Kind, Role, Status

_CAPTURE = "territory_capture"
_VIOLENCE = "violence"  # the family of violent events (taxonomy.yaml)
_PROPERTY = "property"  # the target class of a place taken (taxonomy.yaml by_target)


def captures_fought_for(cands: list[Candidate], cues: Cues, lang: str) -> list[Candidate]:
    """Each capture typed by the place it took (no fight told) that holds a fight in its own
    clause takes the fight in: typed again by its author and the fight's armed other side
    (or, when the fight names none, the armed men the place was taken from: "retook the town
    from ADF rebels after heavy fighting"), with that side as its target. An attack joined
    to the capture's verb is the capture's, and so are the armed men it met, its side when no
    fight of its own is told."""
    classes = cues.actor_classes
    taken: set[int] = set()
    for capture in cands:
        if (
            capture.typing.concept != _CAPTURE
            or capture.kind is not Kind.EVENT
            or capture.status is not Status.REPORTED
        ):
            continue
        # "attacked and briefly took control of the town": the attack is the capture's, which
        # is no transfer without violence then (not "assaulted and captured a thief": people
        # captured are abducted)
        held = capture.typing.event_type in _held_types()
        authors = {(a.span.start, a.span.end) for a in capture.with_role(Role.AGENT)}
        side = None
        for attack in (c for c in cands if held and _attacked_to_take(c, capture)):
            capture.typing = refine(typing_of(_CAPTURE), set(), capture.agent_class, None)
            capture.mentions.extend(attack.mentions)
            taken.add(id(attack))
            # the armed men the attack met ("... after a firefight with government troops",
            # which the attack took in)
            side = side or _armed_side(attack.with_role(Role.TARGET), authors, classes)
        fight = next((c for c in cands if _fought_for(c, capture)), None)
        fought = (
            _armed_side(fight.actors or _taken_from(capture, cues, lang), authors, classes)
            if fight is not None
            else None
        )
        if fight is not None and fought is not None:
            capture.mentions.append(fight.trigger)
            taken.add(id(fight))
        side = fought or side
        if side is None:
            continue
        capture.typing = refine(
            typing_of(_CAPTURE), set(), capture.agent_class, classes.get(side.concept or "")
        )
        capture.retarget([replace(side, role=Role.TARGET)])
    return [c for c in cands if id(c) not in taken]


def _armed_side(
    actors: list[ActorArg], authors: set[tuple[int, int]], classes: dict[str, str]
) -> ActorArg | None:
    """The first of ``actors`` that is armed and not one of the capture's authors."""
    return next(
        (
            a
            for a in actors
            if (a.span.start, a.span.end) not in authors
            and classes.get(a.concept or "") in ARMED_CLASSES
        ),
        None,
    )


def _taken_from(capture: Candidate, cues: Cues, lang: str) -> list[ActorArg]:
    """The actors the capture's verb (or its object) says the place was taken from, by one of
    ``taken_from_marks`` (roles.yaml: "retook the town from ADF rebels", « ont repris la ville
    aux rebelles »)."""
    marks = word_set(lang, "roles", "taken_from_marks")
    verb = capture.trigger.root
    phrases = [
        c
        for w in (verb, *(o for o in verb.children if o.dep_ == "obj"))
        for c in w.children
        if c.i > verb.i and any(m.dep_ == "case" and m.lower_ in marks for m in c.children)
    ]
    return [
        ActorArg(span, Role.TARGET, span.label_)
        for span in cues.actors
        if any(span.start <= p.i < span.end for p in phrases)
    ]


def _fought_for(fight: Candidate, capture: Candidate) -> bool:
    """A fight with two sides, told in the capture's clause, below its verb ("seized the town
    after two days of fighting with the army")."""
    return (
        fight is not capture
        and fight.typing.mutual
        and fight.status is capture.status
        and capture.trigger.root in fight.trigger.root.ancestors
    )


def _attacked_to_take(attack: Candidate, capture: Candidate) -> bool:
    """Violence told by a verb joined to the capture's, by the same authors or none of its
    own ("Islamic State-linked insurgents attacked and briefly took control of the town")."""
    a, b = attack.trigger.root, capture.trigger.root
    authors = capture.with_role(Role.AGENT)
    return (
        attack is not capture
        and attack.typing.concept != _CAPTURE  # ("seized Kaya and captured Djibo": two)
        and attack.typing.family == _VIOLENCE
        and attack.status is capture.status
        and a.pos_ == b.pos_ == "VERB"
        and verbs_joined(a, b)
        and all(any(_same_author(x, y) for y in authors) for x in attack.with_role(Role.AGENT))
    )


def _same_author(x: ActorArg, y: ActorArg) -> bool:
    """The same concept, or a name whose words the other's hold: "Islamic State" (the group
    that claimed the attack) of "Islamic State-linked insurgents" (not "army" of "Arakan
    Army", nor a pronoun)."""
    named = any(t.pos_ == "PROPN" for t in x.span)
    return x.concept == y.concept or (
        named and f" {fold(x.span.text)} " in f" {fold(y.span.text)} "
    )


def _held_types() -> frozenset[str | None]:
    """The types of a capture of a place (taxonomy.yaml ``territory_capture``): a battle, or
    a transfer with no fight told."""
    capture = typing_of(_CAPTURE)
    return frozenset({capture.event_type, refine(capture, set(), None, _PROPERTY).event_type})
