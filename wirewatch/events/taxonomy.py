"""ACLED and PLOVER typing of trigger concepts (from ``resources/taxonomy.yaml``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from wirewatch.lang import load_shared
from wirewatch.types import Kind

PROTESTS = "Protests"  # ACLED's type of a protest


@dataclass(frozen=True, slots=True)
class Typing:
    """What a trigger concept means: kind, family, ACLED type/sub-type, PLOVER type/mode."""

    concept: str
    kind: Kind
    family: str
    genitive: str
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    negated_as: str | None = None
    implied_actor1: str | None = None
    implied_unless_by: frozenset[str] = frozenset()
    implied_actor2: str | None = None
    actor1_as: str | None = None
    needs_realisation: bool = False
    needs_agent: bool = False
    needs_party: bool = False
    needs_armed_agent: bool = False  # only forces or an armed group do it (a base set up)
    as_label: tuple[tuple[str, str], ...] = ()  # the typing a coder's label gives it
    complement_planned: bool = False
    mutual: bool = False
    moved: bool = False
    forces_first: bool = False  # the other side is ACLED's actor1 (protest_outcomes)

    def refined(self, override: Mapping[str, Any]) -> Typing:
        return replace(self, **{k: v for k, v in override.items() if k in _OVERRIDABLE})


_OVERRIDABLE = frozenset(
    {
        "event_type",
        "sub_event_type",
        "plover",
        "plover_mode",
        "actor1_as",
        "implied_actor1",
        "forces_first",
    }
)


@functools.cache
def _taxonomy() -> dict[str, Any]:
    return load_shared("taxonomy")


def is_concept(label: str) -> bool:
    """Whether a span label names a trigger concept (a count's label does not)."""
    return label in _taxonomy()["concepts"]


@functools.cache
def typing_of(concept: str) -> Typing:
    """The base typing of a concept; unknown concepts are a programming error."""
    entry = _taxonomy()["concepts"][concept]
    return Typing(
        concept=concept,
        kind=Kind(entry["kind"]),
        family=entry["family"],
        genitive=entry["genitive"],
        event_type=entry.get("event_type"),
        sub_event_type=entry.get("sub_event_type"),
        plover=entry.get("plover"),
        plover_mode=entry.get("plover_mode"),
        negated_as=entry.get("negated_as"),
        implied_actor1=entry.get("implied_actor1"),
        implied_unless_by=frozenset(entry.get("implied_unless_by", ())),
        implied_actor2=entry.get("implied_actor2"),
        actor1_as=entry.get("actor1_as"),
        needs_realisation=bool(entry.get("needs_realisation", False)),
        needs_agent=bool(entry.get("needs_agent", False)),
        needs_party=bool(entry.get("needs_party", False)),
        needs_armed_agent=bool(entry.get("needs_armed_agent", False)),
        as_label=tuple(entry.get("as_label", {}).items()),
        complement_planned=bool(entry.get("complement_planned", False)),
        mutual=bool(entry.get("mutual", False)),
        moved=bool(entry.get("moved", False)),
    )


def grounded(concept: str, agent_class: str | None) -> str | None:
    """The concept a strike is when made by an agent of ``agent_class``, who flies no
    aircraft ("des hommes armés ont mené un raid": their attack), or None when it stays
    what it is (``on_the_ground`` in taxonomy.yaml)."""
    rule = _taxonomy()["concepts"][concept].get("on_the_ground")
    if rule is None or agent_class not in rule["by"]:
        return None
    return str(rule["concept"])


def refine(
    typing: Typing,
    modifiers: set[str],
    agent_class: str | None,
    target_class: str | None,
    aimed: bool = True,
) -> Typing:
    """Apply modifiers ("aérien"), then the target's and the agent's actor class, then
    (when the event names no target: ``aimed`` false) the agent's class without one. A
    strike its agent cannot have made from the air is first the concept it is on the ground
    (``grounded``)."""
    ground = grounded(typing.concept, agent_class)
    if ground is not None:
        typing = typing_of(ground)
    refinements = _taxonomy()["refinements"]
    for modifier in sorted(modifiers):
        override = refinements.get(modifier, {}).get(typing.concept)
        if override:
            typing = typing.refined(override)
    entry = _taxonomy()["concepts"][typing.concept]
    # The agent's nature decides last: a mob that beats a thief is mob violence, whoever
    # the victim.
    if target_class and target_class in entry.get("by_target", {}):
        typing = typing.refined(entry["by_target"][target_class])
    by_actor = dict(entry.get("by_actor", {}).get(agent_class or "", {}))
    # (what this agent's deed is by its target: armed men who seize soldiers fight them)
    by_its_target = by_actor.pop("by_target", {}).get(target_class or "", {})
    if "event_type" not in by_actor and typing.event_type != entry.get("event_type"):
        # a sub-event type set without its event type refines the concept's own event type
        # alone: the forces who take a village no fight is told of made no battle of it
        by_actor.pop("sub_event_type", None)
    if by_actor:
        typing = typing.refined(by_actor)
    if by_its_target:
        typing = typing.refined(by_its_target)
    untargeted = entry.get("untargeted_by", {})
    if not aimed and agent_class in untargeted and typing.event_type == entry.get("event_type"):
        # (not shots a modifier typed otherwise: "fired in the air")
        typing = typing.refined(untargeted[agent_class])
    return typing


def armed_class(
    agent_class: str | None,
    modifiers: set[str],
    target_concept: str | None,
    concept: str,
    deadly: bool,
) -> str | None:
    """The agent's class, made an armed group's when a modifier arms it, it raids a
    settlement, people die in its fight, its deed takes a weapon or is one done to another
    community or, for its class, to armed men (``armed_agents`` in taxonomy.yaml: farmers
    with guns are a communal militia, farmers in a bloodless brawl a crowd, villagers who
    kill a herder a militia, herders who fight VDP fighters theirs)."""
    rule = _taxonomy()["armed_agents"]
    of_its_class = rule.get("class_target_deeds", {}).get(agent_class, {})
    if agent_class in rule["classes"] and (
        modifiers.intersection(rule["modifiers"])
        or target_concept in rule["target_concepts"]
        or (deadly and concept in rule["deadly_concepts"])
        or concept in rule["armed_concepts"]
        or target_concept in rule.get("target_deeds", {}).get(concept, ())
        or target_concept in of_its_class.get(concept, ())
    ):
        return organised_class(agent_class)
    return agent_class


def organised_classes() -> frozenset[str]:
    """The classes of crowd-like agents an organised group of their kind stands for
    (``armed_agents`` in taxonomy.yaml: farmers, villagers)."""
    return frozenset(_taxonomy()["armed_agents"]["classes"])


def of_organised_kind(agent_class: str | None) -> bool:
    """Whether the class is a crowd-like one of ``armed_agents`` (farmers, villagers) or
    their organised group's."""
    rule = _taxonomy()["armed_agents"]
    return agent_class in rule["classes"] or agent_class == rule["armed_class"]


def organised_class(agent_class: str | None) -> str | None:
    """The class of an organised group of the agent's kind: farmers or villagers acting as
    one are a communal militia (``armed_agents`` in taxonomy.yaml); others keep theirs."""
    rule = _taxonomy()["armed_agents"]
    return str(rule["armed_class"]) if agent_class in rule["classes"] else agent_class


def victim_class(concept: str | None, classes: dict[str, str], of: str | None = None) -> str | None:
    """The class an actor concept has as a target: its own, unless its members bear no arms
    when hit (``unarmed_victims`` in taxonomy.yaml: a mayor killed is a civilian), or it
    names property and the event ``of`` (a trigger concept) types property apart; the
    concept itself when that event's ``by_target`` names it."""
    if concept is None:
        return None
    by_target = _taxonomy()["concepts"][of].get("by_target", {}) if of is not None else {}
    if concept in by_target:
        return concept  # a concept the event types on its own ("vandalized the town hall")
    if concept in property_concepts() and _PROPERTY in by_target:
        return _PROPERTY  # "took control of the village": no abduction of its people
    unarmed: dict[str, str] = _taxonomy().get("unarmed_victims", {})
    return unarmed.get(concept) or classes.get(concept)


_PROPERTY = "property"


def is_place_taken(concept: str | None, of: str) -> bool:
    """Whether a target of this actor concept is the place the event ``of`` (a trigger
    concept) takes, which its ``by_target`` types apart as property ("took control of the
    village of Nassougou"): no party to the event, which ACLED codes with no second actor."""
    return victim_class(concept, {}, of) == _PROPERTY


@functools.cache
def property_concepts() -> frozenset[str]:
    """Actor concepts that name places and things, not people (``property_concepts``)."""
    return frozenset(_taxonomy().get("property_concepts", ()))


@dataclass(frozen=True, slots=True)
class WeaponMeans:
    """Which trigger concepts take the type of a weapon named under them, the event type
    that makes a trigger such a weapon, and the concepts whose object weapon did no harm
    (``weapon_means`` in taxonomy.yaml)."""

    takers: frozenset[str]
    event_type: str
    made_safe_by: frozenset[str] = frozenset()


@functools.cache
def weapon_means() -> WeaponMeans:
    rule = _taxonomy()["weapon_means"]
    return WeaponMeans(
        frozenset(rule["takers"]),
        str(rule["event_type"]),
        frozenset(rule.get("made_safe_by", ())),
    )


@functools.cache
def crowd_sides() -> tuple[frozenset[str], frozenset[str]]:
    """(classes of a crowd, classes of the forces it fights): ``crowd_sides`` in
    taxonomy.yaml."""
    rule = _taxonomy()["crowd_sides"]
    return frozenset(rule["classes"]), frozenset(rule["against"])


@functools.cache
def joint_authors() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(classes of a state's forces, classes of armed groups, concepts that fight beside the
    forces): ``joint_authors`` in taxonomy.yaml."""
    rule = _taxonomy()["joint_authors"]
    return (
        frozenset(rule["force_classes"]),
        frozenset(rule["armed_classes"]),
        frozenset(rule["beside_forces"]),
    )


@functools.cache
def violent_as() -> dict[str, str]:
    """Actor concept -> the concept that acts for it in violence (government -> its forces)."""
    return dict(_taxonomy().get("violent_as", {}))


@functools.cache
def type_victims() -> dict[str, str]:
    """ACLED event type -> the actor concept its victims are by definition."""
    return dict(_taxonomy().get("type_victims", {}))


@dataclass(frozen=True, slots=True)
class ProtestOutcome:
    """How a protest is coded when the concepts ``by`` name what befell it."""

    by: frozenset[str]
    override: dict[str, Any]
    shots: frozenset[str] = frozenset()  # harmless shots that count when the protest's own
    spares: frozenset[str] = frozenset()  # sub-event types no demonstration: a mob's wrecking


@functools.cache
def protest_outcomes() -> dict[str, ProtestOutcome]:
    """violence | intervention | excessive_force -> its cue concepts and type override."""
    return {
        name: ProtestOutcome(
            frozenset(entry["by"]),
            {k: v for k, v in entry.items() if k not in ("by", "shots", "spares")},
            frozenset(entry.get("shots", ())),
            frozenset(entry.get("spares", ())),
        )
        for name, entry in _taxonomy()["protest_outcomes"].items()
    }


@dataclass(frozen=True, slots=True)
class BrokenUpGathering:
    """Forces' deeds (``by``) on people of the ``targets`` classes that tell a gathering no
    protest word tells, or the fire named forces open on people of the ``fired_targets``
    classes (``fired_by``: "security forces opened fire on protesters"); the event is
    retold as the ``told_as`` concept (``gatherings_broken_up`` in taxonomy.yaml)."""

    by: frozenset[str]
    targets: frozenset[str]
    told_as: str
    fired_by: frozenset[str] = frozenset()
    fired_targets: frozenset[str] = frozenset()


@functools.cache
def gatherings_broken_up() -> BrokenUpGathering:
    entry = _taxonomy()["gatherings_broken_up"]
    fired = entry.get("fired_on", {})
    return BrokenUpGathering(
        frozenset(entry["by"]),
        frozenset(entry["targets"]),
        entry["told_as"],
        frozenset(fired.get("by", ())),
        frozenset(fired.get("targets", ())),
    )
