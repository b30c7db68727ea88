"""Territory taken after a fight: "M23 rebels seized the mining town of Rubaya on Tuesday after
two days of fighting with the army" is the rebels' overtaking of the town (ACLED's battle
"Non-state actor overtakes territory"; "Government regains territory" when forces take it
back), not a non-violent transfer beside a separate clash. The fight told inside the
capture's clause is one of its mentions, and its armed other side the capture's target."""

from __future__ import annotations

from dataclasses import replace

from wirewatch.events.candidates import ARMED_CLASSES, Candidate
from wirewatch.events.taxonomy import refine, typing_of
from wirewatch.types import Kind, Role, Status

_CAPTURE = "territory_capture"


def captures_fought_for(cands: list[Candidate], classes: dict[str, str]) -> list[Candidate]:
    """Each capture typed by the place it took (no fight told) that holds a fight in its own
    clause takes the fight in: typed again by its author and the fight's armed other side,
    with that side as its target."""
    taken: set[int] = set()
    for capture in cands:
        if (
            capture.typing.concept != _CAPTURE
            or capture.kind is not Kind.EVENT
            or capture.status is not Status.REPORTED
        ):
            continue
        fight = next((c for c in cands if _fought_for(c, capture)), None)
        if fight is None:
            continue
        authors = {(a.span.start, a.span.end) for a in capture.with_role(Role.AGENT)}
        side = next(
            (
                a
                for a in fight.actors
                if (a.span.start, a.span.end) not in authors
                and classes.get(a.concept or "") in ARMED_CLASSES
            ),
            None,
        )
        if side is None:
            continue
        capture.typing = refine(
            typing_of(_CAPTURE), set(), capture.agent_class, classes.get(side.concept or "")
        )
        capture.actors = [
            *(a for a in capture.actors if a.role is not Role.TARGET),
            replace(side, role=Role.TARGET),
            *(a for a in capture.actors if a.role is Role.TARGET),
        ]
        capture.mentions.append(fight.trigger)
        taken.add(id(fight))
    return [c for c in cands if id(c) not in taken]


def _fought_for(fight: Candidate, capture: Candidate) -> bool:
    """A fight with two sides, told in the capture's clause, below its verb ("seized the town
    after two days of fighting with the army")."""
    return (
        fight is not capture
        and fight.typing.mutual
        and fight.status is capture.status
        and capture.trigger.root in fight.trigger.root.ancestors
    )
