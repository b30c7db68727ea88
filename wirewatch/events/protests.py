"""Protests and what befell them: a protest is coded by the violence, dispersals and arrests
told with it (``protest_outcomes`` in taxonomy.yaml), and a gathering told only by the forces
that broke it up is the protest ACLED codes (``gatherings_broken_up``)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.arguments import (
    antecedent_phrase,
    dated_in_its_phrase,
    opens_what_came_before,
)
from wirewatch.events.candidates import (
    ARMED_CLASSES,
    ARMED_GROUP_CLASSES,
    CIVILIAN_CLASS,
    FORCE_CLASSES,
    RIOTS,
    ActorArg,
    Candidate,
    Cues,
    fill_toll,
    is_deadly,
)
from wirewatch.events.labels import labelled
from wirewatch.events.syntax import clause_head
from wirewatch.events.taxonomy import (
    PROTESTS,
    ProtestOutcome,
    gatherings_broken_up,
    protest_outcomes,
    typing_of,
)
from wirewatch.types import Role, Status

_PROTEST = "protest"  # the family of protests (taxonomy.yaml)
_PROTESTER_CLASS = "protester"  # the class of demonstrators (actors.yaml)
# Classes of people who gather, one crowd whatever the words call them (actors.yaml).
_CROWD_CLASSES = frozenset({_PROTESTER_CLASS, CIVILIAN_CLASS, "rioter"})
_OUTCOME_PARAGRAPHS = 1  # what befell a protest is told in its paragraph or the next
# Violence that makes a protest violent only when someone is named doing it: attacks and
# beatings told with no author are no demonstrators' ("in solidarity with forces subjected
# to armed attacks", "Police broke up a march; several protesters were beaten").
_AUTHORED_VIOLENCE = frozenset({"attack", "incursion", "beating"})
# How a protest noun belongs to its verb's clause, whose own words then tell what it is
# about: "staged a sit-in against ...", "a protest was held over ...", "shut their shops in
# protest over ..." (not "students on strike", a noun's modifier).
_CLAUSE_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl"})
# Deeds that hit people or their things, their side named (taxonomy.yaml concepts): stones
# thrown, beatings, lynchings.
_HITTING = frozenset({"stoning", "beating", "lynching"})


def protest_outcomes_of(cands: list[Candidate], cues: Cues, lang: str) -> list[Candidate]:
    """Code a protest by what befell it in the same or the next paragraph, as ACLED does:
    demonstrators who burn tyres or clash make it a violent demonstration; forces that
    disperse it make it a protest with intervention, with excessive force when they kill
    (``protest_outcomes`` in taxonomy.yaml). The arrests and dispersals that met it are
    part of it, no events of their own ("44 people were arrested after protests and arson
    attacks"): their triggers join its mentions."""
    outcomes = protest_outcomes()
    times = cues.times
    taken: list[Candidate] = []
    for cand in cands:
        if cand.typing.event_type == PROTESTS:
            _against(cand)
    # the protest and its retellings, not one told as what another deed was done to
    # ("security forces dispersed the protest by firing tear gas")
    deeds = {c.trigger.root.i for c in cands}
    protests = [c for c in cands if c.typing.family == _PROTEST and not _done_to(c, deeds)]
    for cand in cands:
        if (
            cand.typing.family != _PROTEST
            or cand.status is not Status.REPORTED
            # militants who torch a town hall riot not (an opposition that marches protests,
            # and is met by forces, but its armed men's own deeds make it no riot), nor do
            # soldiers who ransack houses (typed as the destruction of property)
            or (cand.agent_class in ARMED_GROUP_CLASSES and cand.typing.event_type != PROTESTS)
            or cand.typing.event_type not in (PROTESTS, RIOTS)
            or cand.typing.sub_event_type in outcomes["violence"].spares
        ):
            continue
        # the protest told again, or told in its sentence as why ("set four police stations
        # on fire to protest against violent clashes")
        tellings = [
            cand,
            *(
                p
                for p in protests
                if p is not cand
                and (
                    p.typing.concept == cand.typing.concept
                    or p.sentence.start == cand.sentence.start
                )
            ),
        ]
        near = [
            c
            for c in cands
            if c is not cand
            and c.status is Status.REPORTED
            and 0 <= c.paragraph - cand.paragraph <= _OUTCOME_PARAGRAPHS
        ]
        armed = cand.agent_class in ARMED_GROUP_CLASSES
        violent = [
            c
            for c in near
            if not armed
            and c.typing.concept in outcomes["violence"].by
            and (c.agent_class not in FORCE_CLASSES | ARMED_GROUP_CLASSES or _same_agent(c, cand))
            and (c.typing.concept not in _AUTHORED_VIOLENCE or c.with_role(Role.AGENT))
            and not any(_its_reason(c, p) for p in tellings)
            and not dated_in_its_phrase(c, times)  # "the arrests during the 2008 riots"
            and not _befell_before(c, cand, lang)
            and not labelled(c.trigger)  # "Property destruction: ...": the coder's typing
        ] + [
            c
            for c in near
            if not armed and _own_harmless_shots(c, cand, outcomes["violence"].shots)
        ]
        forces = [
            c
            for c in near
            if (c.agent_class in FORCE_CLASSES or not c.with_role(Role.AGENT))
            # "to protest the arrest of a youth", "The demonstration came in reaction to the
            # arrest of four of their colleagues": what the protest, told again, is about
            and not any(_its_reason(c, p) for p in tellings)
            and not _befell_before(c, cand, lang)  # "demanded justice after soldiers killed"
        ]
        lethal = [
            c
            for c in forces
            if c.typing.concept in outcomes["excessive_force"].by and c.fatalities is not None
        ]
        if violent or cand.typing.concept in outcomes["violence"].by:
            outcome = outcomes["violence"]
            for other in violent:
                other.typing = other.typing.refined(outcome.override)
        elif lethal:
            outcome = outcomes["excessive_force"]
        elif any(c.typing.concept in outcomes["intervention"].by for c in forces):
            outcome = outcomes["intervention"]
        else:
            continue
        told_as_protest = cand.typing.event_type == PROTESTS and not any(cand is t for t in taken)
        cand.typing = cand.typing.refined(outcome.override)
        for other in violent if told_as_protest else []:
            if _its_crowds_deed(other, cand, protests) and not any(other is t for t in taken):
                _joined_to(cand, other, cues)
                taken.append(other)
        _met_by_forces(cand, forces, outcomes, cues.actor_classes)
        # the killing that made the force excessive, and the fire told with it, are part of
        # the protest, its toll the protest's ("Gunfire was heard, and one protester was
        # killed")
        deadly = (
            [
                c
                for c in forces
                if c.typing.concept in outcomes["excessive_force"].by
                and any(
                    c.sentence.start == k.sentence.start and _kills_protesters(k, cues)
                    for k in lethal
                )
            ]
            if outcome is outcomes["excessive_force"]
            else []
        )
        joined = [
            other
            for other in forces
            if (any(other is d for d in deadly) or _its_deed(other, cand, outcomes, times))
            and not any(other is t for t in taken)
        ]
        for other in joined:
            fill_toll(cand, other)
            cand.mentions.append(other.trigger)
            taken.append(other)
        # the forces come first when their deed tells the protest first ("Kenyan police fired
        # tear gas and live rounds to disperse protesters ..., as demonstrations ...")
        first = any(o.trigger.start < cand.trigger.start for o in joined)
        cand.typing = replace(cand.typing, forces_first=cand.typing.forces_first and first)
        done_in = next((c for c in violent if _done_in_protest(c, cand, lang)), None)
        if done_in is not None and not any(cand is t for t in taken):
            fill_toll(done_in, cand)
            done_in.mentions.extend(m for m in cand.mentions if m not in done_in.mentions)
            taken.append(cand)
    return [c for c in cands if not any(c is t for t in taken)]


def _done_in_protest(deed: Candidate, protest: Candidate, lang: str) -> bool:
    """ "Youths burned the police station in protest": a protest noun of no one named hung
    on the verb of a deed its authors did, told before it, says how the deed was done; the
    deed, a violent demonstration, tells it (not "shops were looted during demonstrations
    by soldiers", nor a protest the deed came after: "burned the station after the
    protest")."""
    root = protest.trigger.root
    return (
        root.pos_ == "NOUN"
        and not opens_what_came_before(root, lang)
        and deed.trigger.start < protest.trigger.start
        and bool(deed.with_role(Role.AGENT))
        and not protest.with_role(Role.AGENT)
        and deed.trigger.root.pos_ == "VERB"
        and any(a.i == deed.trigger.root.i for a in list(root.ancestors)[:2])
    )


def _its_crowds_deed(deed: Candidate, protest: Candidate, protests: list[Candidate]) -> bool:
    """ "a number of youths demonstrated and threw stones at policemen", "residents
    demonstrated in Diho. The demonstrators burned the house of a deputy": what the
    demonstrators did while they demonstrated is the violent demonstration ACLED codes,
    no event of its own. Told after the protest (a deed told first, with the protest in
    its words, stays the event: "Clashes were reported between protesting students and
    police"), in its place and on its day, by its people (or no one named), typed as the
    demonstration now is; the protest of other people told last before it ("Traders whose
    shops were looted during demos by mutinying soldiers protested ... after clashes": the
    traders')."""
    own = {a.concept for a in protest.with_role(Role.AGENT)}
    agents = {a.concept for a in deed.with_role(Role.AGENT)}
    return (
        deed.trigger.start > protest.trigger.start
        and not any(_another_crowd(p, protest, deed) for p in protests)
        and deed.typing.event_type == RIOTS
        and deed.typing.sub_event_type == protest.typing.sub_event_type
        and (not agents or bool(agents & own) or deed.agent_class == _PROTESTER_CLASS)
        and not _told_apart(deed, protest)
    )


def _another_crowd(other: Candidate, protest: Candidate, deed: Candidate) -> bool:
    """A protest told between the protest and the deed by people of another kind ("demos
    by mutinying soldiers", then "traders ... protested"): the deed is the nearer one's,
    not a retelling of the same crowd ("a number of people demonstrated ... The
    demonstrators burnt tires")."""
    kinds = {_crowd_kind(c.agent_class) for c in (other, protest)}
    return (
        protest.trigger.start < other.trigger.start < deed.trigger.start
        and None not in kinds  # (no one named: the same people)
        and len(kinds) == 2
    )


def _crowd_kind(agent_class: str | None) -> str | None:
    """People who gather are one crowd whatever the words call them (residents, protesters,
    rioters); a force or an armed group is a kind of its own."""
    return _PROTESTER_CLASS if agent_class in _CROWD_CLASSES else agent_class


def _told_apart(deed: Candidate, protest: Candidate) -> bool:
    """Told on days or in places of their own, not the same (a day or a place taken from
    the sentences before counts, unlike ``arguments.dated_apart`` and ``placed_apart``: "On
    14 June, the demonstrators burned a police station in Kaya" after a protest in Djibo on
    12 June)."""
    days = [{t.text.lower() for t in c.times} for c in (deed, protest)]
    # (by the name a phrase refers back to: "burned police offices in the city")
    named = [c.place.reference or c.place.span for c in (deed, protest) if c.place]
    places = [n.text for n in named if n is not None]
    return (bool(days[0] and days[1]) and not days[0] & days[1]) or (
        len(places) == 2 and places[0] != places[1]
    )


def _joined_to(protest: Candidate, deed: Candidate, cues: Cues) -> None:
    """The deed joins the protest's mentions, with its toll, and the armed men it fought,
    stoned or beat as the protest's other side ("demonstrated and clashed with police",
    "clashed with VDP members", "threw stones at police cars", "A police officer was beaten
    by the crowd", as ACLED codes them); not those whose buildings it burned or wrecked
    ("burned a police station", which the actor words name as they do the police: ACLED
    names no side there)."""
    fill_toll(protest, deed)
    protest.mentions.append(deed.trigger)
    armed = ARMED_CLASSES | ARMED_GROUP_CLASSES
    sides = deed.typing.mutual or deed.typing.concept in _HITTING
    if sides and not protest.with_role(Role.TARGET):
        hit = [
            a
            for a in deed.with_role(Role.TARGET)
            if cues.actor_classes.get(a.concept or "") in armed
        ]
        protest.actors = protest.actors + hit[:1]


def _against(protest: Candidate) -> None:
    """What a protest was against ("demonstrated against the government") is its recipient
    (PLOVER's), not its other side: ACLED's actor2 of a protest is only who met it (the
    forces that dispersed it), and a peaceful protest has none."""
    protest.actors = [
        replace(a, role=Role.RECIPIENT) if a.role is Role.TARGET else a for a in protest.actors
    ]


def _kills_protesters(deed: Candidate, cues: Cues) -> bool:
    """Whether the dead are demonstrators ("one protester was killed"), or unarmed people
    the forces killed; not someone else killed near a protest ("The girl was killed", "shot
    and killed a soldier who was resisting arrest")."""
    dead = deed.breakdown[0] if deed.breakdown else deed.fatalities
    victims = next(
        (
            cues.actor_classes.get(a.label_)
            for a in cues.actors
            if dead is not None and a.start < dead.end and dead.start < a.end
        ),
        None,
    )
    return victims == _PROTESTER_CLASS or (
        deed.agent_class in FORCE_CLASSES and victims not in ARMED_CLASSES
    )


def _done_to(cand: Candidate, deeds: set[int]) -> bool:
    """The event's word is what another deed was done to ("dispersed the protest"); a verb
    is no such thing (the purpose of the deed: "set police stations on fire to protest")."""
    root = cand.trigger.root
    return root.pos_ != "VERB" and root.head.i != root.i and root.head.i in deeds


def _its_deed(
    deed: Candidate, protest: Candidate, outcomes: dict[str, ProtestOutcome], times: list[Span]
) -> bool:
    """An arrest or a dispersal that met the protest: told after it, or told first with the
    protest inside it ("44 people were arrested after protests and arson attacks"); not one
    the protest followed ("After police arrested students, protests were still held"), one
    dated apart, one a coder's label names, nor one by the protesters themselves (soldiers
    who ransack and arrest)."""
    trigger, root = deed.trigger, deed.trigger.root
    return (
        deed.typing.concept in outcomes["intervention"].by
        and protest.agent_class not in FORCE_CLASSES
        and not labelled(trigger)
        and not dated_in_its_phrase(deed, times)
        and (trigger.start > protest.trigger.start or root.is_ancestor(protest.trigger.root))
    )


def _met_by_forces(
    protest: Candidate,
    forces: list[Candidate],
    outcomes: dict[str, ProtestOutcome],
    classes: dict[str, str],
) -> None:
    """The forces that dispersed, arrested or fired on a protest's people are its other side
    (ACLED's actor2: "The police intervened and dispersed the demonstrators"), even when it
    names what it was against ("demonstrated against the government": its recipient)."""
    deeds = outcomes["intervention"].by | outcomes["excessive_force"].by
    own = {a.concept for a in protest.with_role(Role.AGENT)}  # mutineers firing in the air
    breaker = next(
        (
            a
            for c in forces
            if c.typing.concept in deeds
            for a in c.with_role(Role.AGENT)
            if classes.get(a.concept or "") in FORCE_CLASSES and a.concept not in own
        ),
        None,
    )
    if breaker is not None:
        protest.actors = [*protest.actors, replace(breaker, role=Role.TARGET)]


def gatherings_broken_up_by_forces(cands: list[Candidate], cues: Cues) -> list[Candidate]:
    """A gathering told only by the forces that broke it up ("police fired tear gas at
    student protesters", "used tear gas to disperse the crowd") is the protest ACLED codes:
    retold as one, the people broken up its actors and the forces its target, a protest
    with intervention, with excessive force when its toll counts dead or the forces kill
    someone unarmed in its sentence (``gatherings_broken_up`` in taxonomy.yaml; the record
    then names the forces first, their deed telling it: ``forces_first``); residents
    who intervene break up no protest. A protest word nearby tells the protest itself and
    takes the dispersal as what befell it (``protest_outcomes_of``); a riot or a crowd's
    violence nearby tells what the gathering was ("two camps began fighting at a mosque,
    the police dispersed the belligerents"), unless told after the dispersal by the people
    it broke up: then it is the violence that makes the protest a violent demonstration
    ("Police fired tear gas at protesters in Dakar. Protesters burned tyres and threw
    stones at security forces")."""
    rule = gatherings_broken_up()
    outcomes = protest_outcomes()
    classes = cues.actor_classes
    taken: list[Candidate] = []
    for cand in cands:
        # ("security forces opened fire on protesters": named forces, protesters they hit)
        fired = cand.typing.concept in rule.fired_by and bool(cand.with_role(Role.AGENT))
        if (cand.typing.concept not in rule.by and not fired) or cand.status is not Status.REPORTED:
            continue
        targets = rule.fired_targets if fired else rule.targets
        gathered = [
            a for a in cand.with_role(Role.TARGET) if classes.get(a.concept or "") in targets
        ]
        forces = all(
            classes.get(a.concept or "") in FORCE_CLASSES for a in cand.with_role(Role.AGENT)
        )
        near = [
            c
            for c in cands
            if (c.typing.family == _PROTEST or c.typing.event_type == RIOTS)
            and abs(c.paragraph - cand.paragraph) <= _OUTCOME_PARAGRAPHS
        ]
        # "Police fired tear gas at protesters ... Protesters burned tyres": the rioting told
        # after the dispersal, by the people it broke up, is what befell the protest
        concepts = {a.concept for a in gathered}
        rioting = [
            c
            for c in near
            if c.typing.event_type == RIOTS
            and c.trigger.start > cand.trigger.start
            and c.paragraph >= cand.paragraph
            and any(a.concept in concepts for a in c.with_role(Role.AGENT))
        ]
        if not gathered or not forces or len(rioting) < len(near):
            continue
        # "fired tear gas and live rounds to disperse protesters ..., killing one man": the
        # fire and the killing told with the dispersal are how it was done
        breakers = {a.concept for a in cand.with_role(Role.AGENT)}
        deadly = [] if rioting else _forces_deeds(cand, cands, breakers, cues, fired)
        if rioting:
            outcome = outcomes["violence"]
        elif fired or is_deadly(cand, cues) or deadly:
            outcome = outcomes["excessive_force"]
        else:
            outcome = outcomes["intervention"]
        cand.typing = typing_of(rule.told_as).refined(outcome.override)
        cand.agent_class = classes.get(gathered[0].concept or "")
        cand.actors = [_swapped(a, gathered) for a in cand.actors]
        for deed in deadly:
            fill_toll(cand, deed)
            cand.mentions.append(deed.trigger)
            taken.append(deed)
    return [c for c in cands if not any(c is t for t in taken)]


def _forces_deeds(
    dispersal: Candidate,
    cands: list[Candidate],
    breakers: set[str | None],
    cues: Cues,
    fired: bool = False,
) -> list[Candidate]:
    """The fire and the killing told in a dispersal's sentence by the forces that dispersed
    the gathering, when someone they killed was unarmed: the deeds of its excessive force.
    None when no one died, or the dead bore arms; when the forces fired on the protesters
    (``fired``), whatever befell them ("fired on protesters, wounding five": one event)."""
    rule = protest_outcomes()["excessive_force"].by
    deeds = [
        c
        for c in cands
        if c is not dispersal
        and c.sentence.start == dispersal.sentence.start
        and c.status is Status.REPORTED
        and c.typing.concept in rule
        and (c.agent_class in FORCE_CLASSES or not c.with_role(Role.AGENT))
        and all(a.concept in breakers for a in c.with_role(Role.AGENT))
    ]
    if not fired and not any(is_deadly(c, cues) and _kills_protesters(c, cues) for c in deeds):
        return []
    return deeds


def _swapped(actor: ActorArg, gathered: list[ActorArg]) -> ActorArg:
    """The people broken up act in the protest; the forces that broke it up are its target."""
    if actor in gathered:
        return replace(actor, role=Role.AGENT)
    return replace(actor, role=Role.TARGET) if actor.role is Role.AGENT else actor


def _same_agent(deed: Candidate, protest: Candidate) -> bool:
    """The deed is by the protest's own demonstrators, whoever they are ("soldiers
    demonstrated ..., barricading the entrance to the camp")."""
    own = {(a.span.start, a.span.end) for a in protest.with_role(Role.AGENT)}
    agents = deed.with_role(Role.AGENT)
    return bool(agents) and all((a.span.start, a.span.end) in own for a in agents)


def _befell_before(deed: Candidate, protest: Candidate, lang: str) -> bool:
    """ "The marchers demanded the closure of a quarry after a bridge was destroyed": a deed
    told by a verb in a clause of what came before, which leaves the protest out, befell
    the place before the protest; no deed of the protest (not "44 people were arrested
    after protests and arson attacks", "set police stations on fire to protest", "dispersed
    them after clashes": the protest is in the clause, or the deed is a noun of its story)."""
    root = deed.trigger.root
    return root.pos_ == "VERB" and antecedent_phrase(root, protest.trigger, lang) is not None


def _its_reason(violence: Candidate, protest: Candidate) -> bool:
    """Violence the protest's own clause tells as what it is about, not what befell it:
    inside a noun phrase ("in solidarity with two teachers assaulted a week earlier", "the
    anniversary of the attack"), as the object or adjunct of the protest's verb, or of the
    verb whose object, subject or adjunct the protest noun is ("protested the arrest of a
    youth", "staged a sit-in against the arrest", "shut their shops in protest over the
    looting"; not a deed of a clause whose people a protest word only qualifies: "students
    on strike engaged in a fight"), in a subordinate clause ("demanding that a police
    officer leave the town after he assaulted a miner") or in what a verb of purpose above
    it takes ("marched to condemn the beating of a reporter"); a deed joined to the protest
    ("demonstrated and barricaded roads", "marched, burning tyres", "protested by blocking
    roads", "gathered to block the road") or told in a relative clause of its place is none,
    unless joined inside the subordinate clause ("demonstrated after being evicted and
    having their houses razed") or inside a noun a verb of the protest's clause takes
    ("demonstrated to demand the release of nine who were arrested for torturing a
    thief")."""
    if violence.sentence.start != protest.sentence.start or violence.typing.family == _PROTEST:
        return False  # a riot word ("protests by mutinying soldiers") is the protest's own
    head = clause_head(protest.trigger.root)
    token = violence.trigger.root
    path: list[Token] = []
    while token.i != head.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    if token.i != head.i or not path:
        return False
    # "demonstrated and barricaded", "the town where they set fire": joined to the protest,
    # unless inside a clause that tells why ("after being evicted and having houses razed")
    joined = next((k for k, t in enumerate(path) if t.dep_ in ("conj", "acl:relcl")), None)
    word = protest.trigger.root
    told = (
        len(path) == 1
        and path[0].dep_ in ("obj", "obl")
        and (word.i == head.i or (word.head.i == head.i and word.dep_ in _CLAUSE_DEPS))
    )
    inside_noun = any(t.pos_ in ("NOUN", "PROPN") for t in path[1:])
    subordinate = (
        any(
            _marked(t)
            # "by blocking roads", "by firing tear gas": the means (English tags the gerund a
            # progressive participle)
            and "Ger" not in t.morph.get("VerbForm", [])
            and "Prog" not in t.morph.get("Aspect", [])
            for t in path[0 if joined is None else joined + 1 :]
        )
        or any(docspec.purpose_of(t) for t in path[1 if joined is None else joined + 1 :])
    )
    if joined is not None:
        # (a noun a gerund of the protesters' own deed takes is no such noun: "throwing
        # stones at the police who used tear gas" met the protest)
        return subordinate or any(
            t.pos_ in ("NOUN", "PROPN")
            and any(docspec.purpose_of(u) or _marked(u) for u in path[k + 1 :])
            for k, t in enumerate(path[joined + 1 :], start=joined + 1)
        )
    return told or inside_noun or subordinate


def _marked(verb: Token) -> bool:
    """A verb a subordinating word opens ("after he assaulted", "that a police officer
    leave")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "mark" for c in verb.children)


def _own_harmless_shots(shots: Candidate, protest: Candidate, concepts: frozenset[str]) -> bool:
    """Shots in the protest's sentence that hurt no one, fired by its own actors, by no one
    named, or by those the protest word describes ("Gunfire by mutinying soldiers")."""
    if shots.typing.concept not in concepts or shots.sentence.start != protest.sentence.start:
        return False
    aimed = any(t.concept is not None for t in shots.with_role(Role.TARGET))  # not "the air"
    if aimed or shots.fatalities is not None or shots.injured is not None:
        return False
    own = {a.concept for a in protest.with_role(Role.AGENT)}
    word = protest.trigger.start
    return all(
        a.concept in own or a.span.start <= word < a.span.end for a in shots.with_role(Role.AGENT)
    )
