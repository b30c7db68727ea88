"""What a violent event's report adds to it (the weapons it names are events/weapons.py's,
the armed men who met it events/repelled.py's): the toll told after an attack, the shots
told after a fight, the death that ended an abduction, the deed that says what an
incursion (or an attack on property that hurt no one) was, and what the attackers took or
destroyed (or whom they arrested) before they hurt people. ACLED codes each as part of the
one event."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType

from spacy.tokens import Span

from wirewatch.docspec import ACTOR_CLASSES, ACTORS, PLACE_LABELS, ZERO_COUNTS
from wirewatch.events.arguments import (
    antecedent_phrase,
    dated_apart,
    grounds_phrase,
    own_times,
)
from wirewatch.events.candidates import (
    ARMED_CLASSES,
    KILLING_CONCEPTS,
    OUTCOME_CONCEPTS,
    OUTCOME_FIELDS,
    SETTLEMENTS,
    ActorArg,
    Candidate,
    fill_toll,
)
from wirewatch.events.labels import labelled
from wirewatch.events.merge import named_again
from wirewatch.events.persons import names_a_person
from wirewatch.events.placing import placed_apart
from wirewatch.events.subjects import antecedent
from wirewatch.events.syntax import same_or_next_sentence, verbs_joined
from wirewatch.events.taxonomy import armed_class, refine, typing_of, weapon_means
from wirewatch.lang import load_resource, word_set
from wirewatch.lang.countries import fold
from wirewatch.types import Kind, Role

# ACLED's type of an attack in which armed men die.
BATTLE: Mapping[str, str] = MappingProxyType(
    {"event_type": "Battles", "sub_event_type": "Armed clash"}
)
# What befell an event's victims, told as an event of its own: its outcome.
SEIZURE_CONCEPTS = frozenset({"abduction"})  # people seized, who may then be killed
# Violence in which people may be taken or that may tell a taking: shots, a seizure.
_FOUGHT_OR_SEIZED = frozenset({"gunfire", *SEIZURE_CONCEPTS})
ARREST_CONCEPTS = frozenset({"arrest"})  # people seized by forces, who may then be killed
# An attack, and what tells that armed men met it: a fight, or the attack named again.
ATTACK_CONCEPTS = frozenset({"attack", "incursion", "gunfire"})
# Attacks that frame a deed whose authors they do not name: the deed's authors made them.
FRAMES_BY_THEIR_DEED = ATTACK_CONCEPTS | {"ambush"}
# Attacks and shots that may have been aimed at anyone: their victims say at whom.
_UNAIMED_CONCEPTS = frozenset({"attack", "incursion", "gunfire"})
_NER_DAYS = frozenset({"DATE"})  # NER's label of a day ("The following week")
_COMMUNAL = "communal"  # the actor class of farmers, herders, villagers (actors.yaml)
# TIMES labels that tell how long, not when ("for several hours", "la nuit").
_LENGTHS = frozenset({"duration", "part_of_day"})
# Fights between sides, whose shots are theirs ("clashed ... wounded by gunshots").
_FIGHT_CONCEPTS = frozenset({"clash"})
# Fights whose only armed side that counts is their author ("volunteer fighters fired
# warning shots"): the men they hit may be the attack's victims ("shooting and injuring the
# driver and a policeman").
SHOT_CONCEPTS = frozenset({"gunfire"})
# The victims of a verb and the words before a noun that may be possessives (Universal
# Dependencies); the part of speech of "they" and "those", the features of a plural and
# of a possessive ("their", "leurs").
_VICTIM_DEPS = frozenset({"obj", "nsubj:pass"})
_POSSESSIVE_DEPS = frozenset({"nmod:poss", "det:poss", "det"})
_PRONOUN, _PLURAL, _POSSESSIVE = "PRON", "Number=Plur", "Poss=Yes"
# Armed men coming in, and the deeds that say what their coming was: looting, abducting,
# beating, killing (shots or an attack they then made leave it an attack on the place).
_INCURSION_DEEDS = frozenset(
    {"looting", "vandalism", "abduction", "beating", "killing", "sexual_violence"}
)
# ... or an attack on people it names ("made an incursion and assaulted residents").
_PEOPLE_ATTACKS = {"incursion": frozenset({"attack"})}
# Forces' operations ("conducted an operation in the area of Nafo, and killed eight
# militants"): what they did in it, violence or arrests, is what ACLED codes.
_OPERATION_DEEDS = frozenset(
    {
        *("airstrike", "raid_or_airstrike", "drone_strike", "bombardment", "shelling"),
        *("bombing", "gunfire"),
        *("clash", "attack", "ambush", "killing", "wounding", "abduction", "beating"),
        *("sexual_violence", "territory_capture", "arrest"),
    }
)
# Events told by the deed done in them, each with the deeds that may tell it: men sent or
# gathered for a task are told by what they did ("soldiers deployed to Tchaourou and killed
# three militants", "residents in Laye mobilized and vandalized and torched a youth
# detention center").
_TOLD_BY_DEEDS = {
    "incursion": _INCURSION_DEEDS,
    "operation": _OPERATION_DEEDS,
    "mobilize": _OPERATION_DEEDS | {"vandalism"},
    # armed men who hold a road: what they did at the checkpoint ("set up a checkpoint in
    # the village of Liki, at least four members of the Foulse community were executed")
    "armed_group_activity": _OPERATION_DEEDS | _INCURSION_DEEDS,
}
# An attack that may have aimed only at property, and what its men then did to it.
_PROPERTY_ATTACK_CONCEPTS = frozenset({"attack"})
_PROPERTY_DEEDS = frozenset({"looting", "vandalism"})
_PLACE_TARGETS = frozenset({*PLACE_LABELS, SETTLEMENTS})  # "attacked Sebba": a place
CIVILIAN_ATTACK = "Violence against civilians"
_DEVELOPMENT = "Strategic developments"
# What is taken or done to property or liberty along the way: looting, arson, vandalism,
# arrests.
_TAKEN_CONCEPTS = frozenset({"looting", "vandalism", "arrest", "defusal"})


def abductions_ending_in_death(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Militants abducted the deputy imam ..., he was later executed", "three miners were
    abducted; their bodies were found executed": people seized and then killed were killed,
    as ACLED codes it. A killing told after an abduction, in its sentence or the next, with
    the same status and no other author, is its end: the abduction takes the killing's type
    (unless it seized armed men, a fight with their side) and toll, and the killing joins its
    mentions. Victims told again by a pronoun are those it seized, counted by its count
    ("their bodies were found"); so are those of a killing told after an arrest ("arrested
    six men, those arrested were found dead": six dead, the arrest an event of its own)."""
    dropped: set[int] = set()
    for seizure in cands:
        if seizure.typing.concept not in SEIZURE_CONCEPTS or id(seizure) in dropped:
            continue
        killing = _deed_told_next(seizure, cands, dropped, KILLING_CONCEPTS)
        if killing is None:
            continue
        if seizure.typing.event_type != BATTLE["event_type"]:  # (armed men seized: a fight)
            seizure.typing = killing.typing
        seizure.mentions.append(killing.trigger)
        seizure.fatalities = seizure.fatalities or killing.fatalities
        if seizure.fatalities is None and _told_as_the_seized(killing, lang):
            seizure.fatalities = seizure.abducted  # "three miners were abducted; their bodies"
        seizure.armed_dead = seizure.armed_dead or killing.armed_dead
        dropped.add(id(killing))
    for arrest in cands:  # "arrested six men, those arrested were found dead": the six
        if arrest.typing.concept in ARREST_CONCEPTS and arrest.arrested is not None:
            killing = _deed_told_next(arrest, cands, dropped, KILLING_CONCEPTS)
            if (
                killing is not None
                and killing.fatalities is None
                and _told_as_the_seized(killing, lang)
            ):
                killing.fatalities = arrest.arrested
    return [c for c in cands if id(c) not in dropped]


def _told_as_the_seized(killing: Candidate, lang: str) -> bool:
    """Whether the killing's victims are told as the people seized before, by a plural
    pronoun, or by their possessive before what is left of them, and no count of their own
    ("they were later executed", "those abducted were found dead", "their bodies were
    found", "leurs corps ont été retrouvés"; not "their wives were killed": other people)."""
    victims = [c for c in killing.trigger.root.children if c.dep_ in _VICTIM_DEPS]
    return any(
        (v.pos_ == _PRONOUN and _PLURAL in v.morph)
        or (
            not names_a_person(v, lang)
            and any(
                c.dep_ in _POSSESSIVE_DEPS and _PLURAL in c.morph and _POSSESSIVE in c.morph
                for c in v.children
            )
        )
        for v in victims
    )


def outcomes_of_attacks(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Gunmen attacked a patrol. Five soldiers were killed.": a killing told with no
    author of its own (or the event's), in the sentence of a violent event or the next one,
    is that event's outcome, not a second event: its toll goes to the event it follows;
    armed men among the dead make that event a battle, civilians an attack on them when it
    named no target. Not one told as what came before that event ("soldiers raided a camp
    after two gendarmes were killed")."""
    kept: list[Candidate] = []
    last: Candidate | None = None
    for cand in cands:
        if (
            last is not None
            and cand.typing.concept in OUTCOME_CONCEPTS
            and _no_other_author(cand, last)
            and cand.status is last.status
            and same_or_next_sentence(last.trigger, cand.trigger)
            and not _has_toll(last)
            and not _warning_shots(last)  # (they hurt no one: the killing is its own)
            and not placed_apart(cand, last)  # ("One student was killed in Saint-Louis")
            and antecedent_phrase(cand.trigger.root, last.trigger, lang) is None
        ):
            fill_toll(last, cand)  # (it had none)
            last.breakdown = last.breakdown or cand.breakdown
            last.mentions.append(cand.trigger)
            if cand.typing.concept in KILLING_CONCEPTS and not _none_dead(cand):
                _armed_by(last, last.typing.concept, deadly=True)
            if (
                cand.typing.event_type == CIVILIAN_ATTACK
                # ACLED codes an attack by its aim: its dead say it, its wounded only when
                # told by a verb joined to it ("opened fire and wounded a civilian")
                and (
                    cand.typing.concept in KILLING_CONCEPTS
                    or verbs_joined(last.trigger.root, cand.trigger.root)
                )
                and last.typing.concept in _UNAIMED_CONCEPTS
                and last.typing.event_type == BATTLE["event_type"]
                and all(
                    t.concept is None or t.concept in PLACE_LABELS
                    for t in last.with_role(Role.TARGET)
                )
            ):
                # an attack on no one named (or on a place: "made an incursion into
                # Markoye") whose dead are civilians ("made an incursion into the market, two
                # people were killed") was violence against them
                last.typing = last.typing.refined(
                    {
                        "event_type": cand.typing.event_type,
                        "sub_event_type": cand.typing.sub_event_type,
                    }
                )
                last.retarget(cand.with_role(Role.TARGET), keep_own=False)
            _armed_dead_met(last, cand)
            continue
        kept.append(cand)
        if _violent(cand) and cand.typing.concept not in OUTCOME_CONCEPTS:
            last = cand
    return kept


def gunfire_in_fights(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Pastoralists and farmers clashed in the area of Save. Several farmers were wounded by
    machetes and gunshots", "Soldiers clashed with militants near Djibo. Gunfire was heard for
    hours", "Youths clashed with police. Police fired gunshots to disperse them": shots told
    after a fight, in its sentence or the next, with its status, by none but its sides, are
    the fight's, not a second event (ACLED codes one). Shots aimed at others ("opened fire on
    a wedding", "fired on a church"), or told on another day or in another place, are another
    event. Shots its authors fired, or no one named in a fight of communities (farmers,
    herders) with no armed side, make a crowd's men armed groups (``armed_agents`` in
    taxonomy.yaml: farmers with guns are a communal militia, and their fight a battle); the
    police's shots do not, nor shots no one named in a fight with them ("youths clashed with
    police. Shots were fired") or among students or traders. Shots in the air hurt no one
    and say nothing of it."""
    kept: list[Candidate] = []
    fight: Candidate | None = None
    for cand in cands:
        sides = {a.concept for a in fight.actors if a.concept} if fight is not None else set()
        if (
            fight is not None
            and cand.typing.concept in SHOT_CONCEPTS
            and not _warning_shots(cand)
            and cand.typing.event_type != CIVILIAN_ATTACK  # (shots at civilians: their own)
            # ("on a wedding": another aim; "fired gunshots": what was fired)
            and all(a.concept in sides or _means(a, lang) for a in cand.actors)
            and cand.status is fight.status
            and same_or_next_sentence(fight.trigger, cand.trigger)
            and not placed_apart(cand, fight)
            and not _another_day(cand, fight)
        ):
            fight.mentions.append(cand.trigger)
            fill_toll(fight, cand)
            if cand.with_role(Role.AGENT) and _no_other_author(cand, fight):
                _armed_by(fight, cand.typing.concept)  # "herders fired shots"
            elif (
                not cand.with_role(Role.AGENT)
                and fight.agent_class == _COMMUNAL
                and not _armed_side(fight)
            ):
                # "herders and farmers clashed ... wounded by machetes and gunshots" (not
                # "students clashed with each other. Shots were fired": whose is unknown)
                _armed_by(fight, cand.typing.concept)
            continue
        kept.append(cand)
        if _violent(cand):
            fight = cand if cand.typing.concept in _FIGHT_CONCEPTS else None
    return kept


def _armed_dead_met(event: Candidate, killing: Candidate) -> None:
    """When the event's dead, told by a killing, were armed men: a fight, unless struck from afar
    ("airstrikes ... killed an unspecified number of militants"). An attack on a town alone
    fought the dead its own verb killed, or those of another class than its authors ("ont
    attaqué la ville de Djibo, tuant cinq soldats", "... Cinq soldats ont été tués"; not "...
    Dix jihadistes ont été tués": its own men, whom the record names no side either); the
    town is no side of the fight. Nothing when the killing's dead were not armed."""
    if killing.typing.event_type != BATTLE["event_type"]:
        return
    event.armed_dead = True
    if _only_a_settlement(event):
        event.retarget(_other_side(event, killing), keep_own=False)
    if event.typing.event_type != weapon_means().event_type:
        event.typing = event.typing.refined(BATTLE)


def _other_side(attack: Candidate, killing: Candidate) -> list[ActorArg]:
    """The dead of a killing told after an attack who were the side it hit: all of them when
    the attack's own verb killed them, else those of another class than its authors."""
    if verbs_joined(attack.trigger.root, killing.trigger.root):
        return killing.with_role(Role.TARGET)
    classes = attack.trigger.doc.user_data.get(ACTOR_CLASSES, {})
    return [
        a
        for a in killing.with_role(Role.TARGET)
        if classes.get(a.concept or "", attack.agent_class) != attack.agent_class
    ]


def _only_a_settlement(attack: Candidate) -> bool:
    """Whether the attack's targets are a settlement and places alone ("attacked the town of
    Djibo"): no side of a fight."""
    targets = attack.with_role(Role.TARGET)
    return any(t.concept == SETTLEMENTS for t in targets) and all(
        t.concept is None or t.concept in _PLACE_TARGETS for t in targets
    )


def _means(actor: ActorArg, lang: str) -> bool:
    """Whether the actor's words name what a deed was done with ("fired gunshots", "tiré
    des balles": ``means_nouns`` in roles.yaml), not whom it aimed at."""
    return actor.span.root.lemma_.lower() in word_set(lang, "roles", "means_nouns")


def _another_day(shots: Candidate, fight: Candidate) -> bool:
    """Whether the shots are told with a day of their own the fight's words do not give ("Two
    days later, militants opened fire", "On 16 May"); how long they lasted is no day ("for
    several hours")."""
    own = own_times(shots, _LENGTHS)
    if own:
        return not own & own_times(fight, _LENGTHS)
    # (a day the time words do not read: "The following week, shots were fired", "La
    # semaine suivante, ...": a sentence of its own that opens with a phrase of its own)
    return shots.sentence.start != fight.sentence.start and _opens_apart(shots)


def _opens_apart(cand: Candidate) -> bool:
    """Whether the trigger's sentence opens with a phrase set off by a comma before its
    clause, or names a date the time words do not read (NER's): another time or place."""
    sent, root = cand.sentence, cand.trigger.root
    if any(e.label_ in _NER_DAYS for e in sent.ents):
        return True
    comma = next((t for t in sent if t.text == "," and t.i < cand.trigger.start), None)
    return comma is not None and not any(
        t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == root.i and t.i < comma.i for t in sent
    )


def _armed_side(fight: Candidate) -> bool:
    """Whether a force or an armed group is a side of the fight ("clashed with police")."""
    classes = fight.trigger.doc.user_data.get(ACTOR_CLASSES, {})
    return any(classes.get(a.concept or "") in ARMED_CLASSES for a in fight.actors)


def _unarmed_property(deed: Candidate) -> bool:
    """Whether the deed loots or destroys a thing no force or armed group holds ("set fire to
    a school"; not "to a military base", "a VDP post": attacking it is a fight)."""
    classes = deed.trigger.doc.user_data.get(ACTOR_CLASSES, {})
    return deed.typing.concept in _PROPERTY_DEEDS and not any(
        classes.get(t.concept or "") in ARMED_CLASSES for t in deed.with_role(Role.TARGET)
    )


def _armed_by(fight: Candidate, deed: str, deadly: bool = False) -> None:
    """ "Members of the Gourmantche and Fulani communities clashed in Ouaboidi. Six people
    were killed" (``deadly``), "... were wounded by gunshots" (the ``deed`` gunfire): a deed
    told after a crowd's fight that takes arms makes its sides armed groups
    (``armed_agents`` in taxonomy.yaml: a deadly clash of communities is a battle of
    communal militias), as a toll told in its own sentence does."""
    armed = armed_class(fight.agent_class, set(), None, deed, deadly)
    if armed != fight.agent_class:
        fight.agent_class = armed
        fight.typing = refine(typing_of(fight.typing.concept), set(), armed, None)


def _none_dead(killing: Candidate) -> bool:
    """A toll of no one ("No one was killed")."""
    return killing.fatalities is None or _no_one(killing.fatalities)


def _no_one(count: Span) -> bool:
    """A count of no one ("no casualties reported")."""
    return any(z.start == count.start for z in count.doc.spans.get(ZERO_COUNTS, ()))


def events_told_by_deeds(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Militants made an incursion into Thiou and seized livestock", "... made an incursion
    into Tansarga. The militants ransacked and burned the mayor's office": what the incursion
    was is what its men did there, told next by no other author in its sentence or the next
    with the same status; ACLED codes the looting, the abduction or the killing. The
    incursion takes that deed's type and the deed joins its mentions. The first violent or
    taking deed after it decides: shots fired or an attack made leave it typed as it is (an
    attack on the place it entered), unless the attack aims at people it names ("made an
    incursion and assaulted residents"), and so does a deed by other men (forces that respond),
    or a taking after a toll the incursion took in (the killing was its deed). Forces'
    operations, and men sent or gathered for a task, are told so too (``_TOLD_BY_DEEDS``:
    "the gendarmerie conducted an operation in the area of Kolerou, and killed nine presumed
    Katiba Macina militants" is the fight)."""
    dropped: set[int] = set()
    for event in cands:
        deeds = _TOLD_BY_DEEDS.get(event.typing.concept)
        if deeds is None or event.kind is not Kind.EVENT or labelled(event.trigger):
            continue  # (a coder's label says what the event was)
        people = _PEOPLE_ATTACKS.get(event.typing.concept, frozenset())
        also = functools.partial(_aimed_at_people, people, lang)
        deed = _deed_told_next(event, cands, dropped, deeds, also)
        if deed is not None and antecedent_phrase(deed.trigger.root, event.trigger, lang):
            continue  # what came before it, no deed of its men: « après l'attaque de samedi »
        if deed is not None and not (_harmed(event) and deed.typing.concept in _PROPERTY_DEEDS):
            # (its toll, told first, was its deed: "Three displaced persons were killed and
            # one motorbike was seized")
            _told_by(event, deed)
            dropped.add(id(deed))
    return [c for c in cands if id(c) not in dropped]


def shots_told_by_deeds(cands: list[Candidate]) -> list[Candidate]:
    """ "Militants fired gunshots in the air and burned a school in Mantougou", "the army
    entered the village of Yalle, fired gunshots in the air, burned houses": shots that hurt
    no one (a strategic development alone) are the deed their men did next, told in their
    sentence or the next by no other author; ACLED codes the burning, the looting, the
    abduction or the killing. The deed joins the shots' mentions."""
    dropped: set[int] = set()
    for shots in cands:
        if not _warning_shots(shots) or labelled(shots.trigger) or id(shots) in dropped:
            continue
        deed = _deed_told_next(shots, cands, dropped, _INCURSION_DEEDS)
        if deed is not None:
            _told_by(shots, deed)
            dropped.add(id(deed))
    return [c for c in cands if id(c) not in dropped]


def attacks_told_by_property(
    cands: list[Candidate], harms: list[tuple[int, int | None]], lang: str
) -> list[Candidate]:
    """ "Militants attacked the village of Samboali, burned the primary school and seized
    supplies. No casualties reported.": an attack on a place or a thing, not on people, whose
    men then only looted or destroyed was that looting or destruction (ACLED's property
    destruction), when the attack hurt no one and no violence told after it in its
    paragraph harms people ("A bus driver was wounded"). The first violent or taking deed
    after it decides, as for an incursion: "attacked the village of Noaka, assaulted
    villagers, burned a bar" stays an attack. ``harms`` are the (token, paragraph) of the
    text's counts of people killed, wounded or abducted, told as events or not ("Several
    people were wounded", which names no author)."""
    dropped: set[int] = set()
    for attack in cands:
        if not _on_property_alone(attack, lang):
            continue
        # shots in the air on the way ("fired gunshots in the air, burned a shop") decide
        # nothing: they hurt no one
        passed = dropped | {id(c) for c in cands if _warning_shots(c)}
        deed = _deed_told_next(attack, cands, passed, _PROPERTY_DEEDS)
        if deed is None or _harm_told_after(attack, cands, harms, lang):
            continue
        _told_by(attack, deed)
        dropped.add(id(deed))
    return [c for c in cands if id(c) not in dropped]


def attacks_by_the_dead(cands: list[Candidate]) -> list[Candidate]:
    """ "L'armée a tué dix jihadistes qui avaient attaqué un convoi lundi", "the army killed
    ten jihadists who had attacked a convoy": an attack that a relative clause on a fight's
    dead says they made is that fight, one battle (dated by the clause when the fight has no
    day of its own), not a second one."""
    dropped: set[int] = set()
    for fight in cands:
        if fight.typing.event_type != BATTLE["event_type"] or id(fight) in dropped:
            continue
        dead = {a.span.root.i for a in fight.with_role(Role.TARGET)}
        for attack in cands:
            root = attack.trigger.root
            if (
                attack is fight
                or attack.typing.concept not in ATTACK_CONCEPTS
                or attack.status is not fight.status
                or root.dep_ != "acl:relcl"
                or antecedent(root).i not in dead
                or not any(a.span.root.i in dead for a in attack.with_role(Role.AGENT))
            ):
                continue
            dropped.add(id(attack))
            fight.mentions.extend(attack.mentions)
            if attack.times and (not fight.times or fight.time_inherited):
                fight.times, fight.time_inherited = list(attack.times), attack.time_inherited
            fight.place = fight.place or attack.place
    return [c for c in cands if id(c) not in dropped]


def attacks_aimed_by_joined_deeds(cands: list[Candidate]) -> list[Candidate]:
    """ "Militants attacked and opened fire at the market in Boulmantiangou": an attack told
    by a verb with no target of its own (or only a place), typed a fight for want of one,
    whose verb is joined to the next deed's, a violent one aimed at civilians or the looting
    or destruction of a thing no armed men hold ("attacked and set fire to a school", not "to
    a military base"), by no other author with its status, is that deed: ACLED codes one
    attack on the people it aimed at, or one destruction of property. The attack takes the
    deed's type, victims and toll; the deed joins its mentions. (An
    attack with a target of its own stays itself: "attacked the army post and opened fire on
    a bus" are two.)"""
    dropped: set[int] = set()
    for attack in cands:
        root = attack.trigger.root
        if (
            attack.typing.concept not in _UNAIMED_CONCEPTS
            or attack.typing.event_type != BATTLE["event_type"]
            or root.pos_ != "VERB"
            or id(attack) in dropped
            or any(t.concept not in _PLACE_TARGETS for t in attack.with_role(Role.TARGET))
            or labelled(attack.trigger)
        ):
            continue
        deed = next(
            (
                c
                for c in cands
                if c.trigger.start >= attack.trigger.end
                and id(c) not in dropped
                and c.trigger.root.pos_ == "VERB"
                and verbs_joined(root, c.trigger.root)
            ),
            None,
        )
        if (
            deed is None
            or (deed.typing.event_type != CIVILIAN_ATTACK and not _unarmed_property(deed))
            or not deed.with_role(Role.TARGET)
            or deed.status is not attack.status
            or not _no_other_author(deed, attack)
        ):
            continue
        _told_by(attack, deed)
        dropped.add(id(deed))
    return [c for c in cands if id(c) not in dropped]


def _on_property_alone(attack: Candidate, lang: str) -> bool:
    """An attack typed as on civilians that may have aimed only at property: it names no
    people as its target, counts no one harmed ("no casualties reported" counts no one)
    and no coder's label types it."""
    return (
        attack.typing.concept in _PROPERTY_ATTACK_CONCEPTS
        and attack.typing.event_type == CIVILIAN_ATTACK
        and not _harmed(attack)
        and not any(_aims_at_people(t, lang) for t in attack.with_role(Role.TARGET))
        and not labelled(attack.trigger)
    )


def _has_toll(event: Candidate) -> bool:
    """Whether the event counts people killed, wounded or abducted."""
    return any(getattr(event, name) is not None for name in OUTCOME_FIELDS)


def _harmed(event: Candidate) -> bool:
    """Whether the event counts someone killed, wounded or abducted (not "no casualties
    reported") or took in a killing or a wounding told after it (``outcomes_of_attacks``)."""
    tolls = [getattr(event, name) for name in OUTCOME_FIELDS]
    counted = any(t is not None and not _no_one(t) for t in tolls)
    return counted or any(m.label_ in OUTCOME_CONCEPTS for m in event.mentions)


def _harm_told_after(
    attack: Candidate, cands: list[Candidate], harms: list[tuple[int, int | None]], lang: str
) -> bool:
    """Whether people are harmed after the attack in its paragraph: by violence told as an
    event, or in a count of the killed, wounded or abducted."""
    after = attack.trigger.start
    return any(
        c.paragraph == attack.paragraph and c.trigger.start > after and _harms_people(c, lang)
        for c in cands
    ) or any(paragraph == attack.paragraph and i > after for i, paragraph in harms)


def _warning_shots(cand: Candidate) -> bool:
    """Shots typed as ACLED types shots that hurt no one: a strategic development."""
    return cand.typing.concept in SHOT_CONCEPTS and cand.typing.event_type == _DEVELOPMENT


def _harms_people(cand: Candidate, lang: str) -> bool:
    """Violence done to people: to its victims or with a toll, or aimed at people it names
    ("sexually assaulted his three wives")."""
    return _violent(cand) and (
        _hurts_people(cand) or any(_aims_at_people(t, lang) for t in cand.with_role(Role.TARGET))
    )


def _aimed_at_people(concepts: frozenset[str], lang: str, cand: Candidate) -> bool:
    """Whether the event is of one of ``concepts`` and aimed at people it names."""
    return cand.typing.concept in concepts and any(
        _aims_at_people(t, lang) for t in cand.with_role(Role.TARGET)
    )


def _aims_at_people(actor: ActorArg, lang: str) -> bool:
    """A target that is people ("residents", "a teacher", "Amadou Boli") or a people's
    dwellings ("a Fulani camp", "the Fulani village": the community), not a place or a
    thing ("the village", "a school", "the town hall")."""
    root = actor.span.root
    return (
        (root.pos_ == "PROPN" and actor.concept not in _PLACE_TARGETS)
        or names_a_person(root, lang)
        or any(fold(t.text) in _ethnic_groups(lang) for t in actor.span)
    )


@functools.cache
def _ethnic_groups(lang: str) -> frozenset[str]:
    return frozenset(fold(name) for name in load_resource(lang, "actors")["ethnic_groups"])


def _told_by(event: Candidate, deed: Candidate) -> None:
    """The event is what the deed told of it: it takes the deed's type, its victims (and its
    men when it named none), the outcomes it lacks and the deed's own time when it has none
    ("reinforcements had been sent and an air strike had killed a dozen terrorists on
    Monday"); the deed joins its mentions."""
    event.typing = deed.typing
    event.mentions.append(deed.trigger)
    if (not event.times or event.time_inherited) and deed.times and not deed.time_inherited:
        event.times, event.time_inherited = deed.times, False
    for role in (Role.AGENT, Role.TARGET):  # its men, and the deed's victims
        if deed.with_role(role) and (role is Role.TARGET or not event.with_role(role)):
            kept = [a for a in event.actors if a.role is not role]
            event.actors = kept + deed.with_role(role)
    fill_toll(event, deed)


def _deed_told_next(
    event: Candidate,
    cands: list[Candidate],
    dropped: set[int],
    deeds: frozenset[str],
    also: Callable[[Candidate], bool] = lambda _: False,
) -> Candidate | None:
    """The first violent deed, or one of ``deeds``, told after ``event`` (none of its own
    kind, none ``dropped``), when it is one of ``deeds`` (or ``also`` takes it), with the
    event's status, in its sentence or the next, by no other author, not another story."""
    deed = next(
        (
            c
            for c in cands
            if c.trigger.start > event.trigger.start
            and id(c) not in dropped
            and c.typing.concept != event.typing.concept
            and (_violent(c) or c.typing.concept in deeds)
            and not named_again(c, cands)  # "... deployed. No group claimed the kidnapping"
        ),
        None,
    )
    if (
        deed is None
        or not (deed.typing.concept in deeds or also(deed))
        or deed.status is not event.status
        or not same_or_next_sentence(event.trigger, deed.trigger)
        or not _no_other_author(deed, event)
        # another story: dated apart, its author named again ("On March 7, gunmen abducted
        # ... bandits killed at least 10 people ... on April 28"; not "They brought him back
        # two days later and beheaded him")
        or (
            dated_apart(deed, event)
            and any(a.span.root.pos_ != "PRON" for a in deed.with_role(Role.AGENT))
        )
    ):
        return None
    return deed


def _no_other_author(outcome: Candidate, event: Candidate) -> bool:
    """The outcome names no author, or the event's, or some of them ("militants made an
    incursion ... and killed sixteen worshippers", "army and gendarmerie units conducted an
    operation ..., 10 militants were killed" by the army)."""
    agents = {a.concept for a in outcome.with_role(Role.AGENT)}
    return agents <= {a.concept for a in event.with_role(Role.AGENT)}


def violence_takes_in_property(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Militants seized two vehicles and abducted the occupants", "soldiers arrested and
    executed 17 men", "fired warning shots and wounded a woman": looting, destruction, an
    arrest or shots that hurt no one told by a verb joined to violence
    that hurts people, with the same status, is part of that violent event, which decides its
    type (ACLED codes the looting of an attack as the attack; shots at a building that is
    then burned stay property destruction). The taken-in trigger stays
    among the event's mentions; its place, times, toll and agent fill what the event lacks."""
    # (not an attack on a thing that hurt no one: what its men did there says what it was,
    # attacks_told_by_property)
    violent = [c for c in cands if _harms_people(c, lang) and not _on_property_alone(c, lang)]
    kept: list[Candidate] = []
    for cand in cands:
        host = None
        taken = cand.typing.concept in _TAKEN_CONCEPTS or _warning_shots(cand)
        if taken and not labelled(cand.trigger):
            # (a label names the note's event: "Property destruction: ... burned a school
            # and kidnapped a worker" is the destruction)
            host = next((v for v in violent if _part_of(cand, v, lang)), None)
        if host is None:
            kept.append(cand)
            continue
        host.mentions.append(cand.trigger)
        host.place = host.place or cand.place
        host.times = host.times or cand.times
        fill_toll(host, cand)  # "arrested ..., he succumbed to his wounds"
        if not host.with_role(Role.AGENT):
            host.actors += [a for a in cand.actors if a.role is Role.AGENT]
        if (
            cand.typing.concept in ARREST_CONCEPTS
            and cand.trigger.root in host.trigger.root.conjuncts
        ):
            host.take_targets_of(cand)  # "captured a suspected robber and beat him"
    return kept


def _violent(cand: Candidate) -> bool:
    return cand.typing.family == "violence" and cand.kind is Kind.EVENT


def _part_of(taken: Candidate, violence: Candidate, lang: str) -> bool:
    """Whether what ``taken`` tells was done in the course of ``violence``: the same status,
    and verbs joined in one sentence, or violence told after it, in its sentence or the
    next, by no other author and not dated apart."""
    if (
        taken.status is not violence.status
        or taken.says_who_someone_is(violence.trigger.root)
        # ("arrested two men after the murder of a trader", "for the attack on a bus": a
        # killing or an attack that came before the arrest, or that it was for; not a fight,
        # in which they were taken: "was wounded and arrested following an exchange of
        # gunfire", nor a seizure the arrest is told as: "in what was described as an
        # abduction")
        or (
            not violence.typing.mutual
            and violence.typing.concept not in _FOUGHT_OR_SEIZED
            and (
                antecedent_phrase(violence.trigger.root, taken.trigger, lang) is not None
                or grounds_phrase(violence.trigger.root, taken.trigger, lang) is not None
            )
        )
    ):
        return False
    same = taken.sentence.start == violence.sentence.start
    if same and verbs_joined(violence.trigger.root, taken.trigger.root):
        # (not by two authors of their own: "police arrested ... and gunmen killed")
        return _no_other_author(violence, taken) or _no_other_author(taken, violence)
    # "Gendarmes arrested 12 men. Seven were executed", "arrested six men, eight were
    # summarily executed": violence told after it, in its sentence or the next, with no
    # author of its own or the same one, goes on what was told first
    return (
        taken.trigger.start < violence.trigger.start
        and same_or_next_sentence(taken.trigger, violence.trigger)
        and _no_other_author(violence, taken)
        and not dated_apart(taken, violence)
    )


def _hurts_people(cand: Candidate) -> bool:
    """Violence done to people: a verb whose object is its victims ("killed", "abducted",
    "whipped"), or a toll (an attack on a post that is then burned hurt no one)."""
    return cand.typing.genitive == "target" or _has_toll(cand)


def lootings_with_casualties(cands: list[Candidate]) -> list[Candidate]:
    """ "Armed bandits robbed merchants in the area of Terpo, one individual who attempted to
    escape was wounded", "armed youths destroyed property ..., three people were wounded":
    ACLED's looting and property destruction is done "without casualties"; armed men's
    looting or destruction that counts people killed or wounded (not "no casualties
    reported") is an attack on civilians, unless a coder's label types it or the casualties
    may be the looters' own or armed men ("two of the looters were wounded by VDP", "two of
    them", "one VDP was wounded", armed men among its dead: a fight)."""
    for cand in cands:
        if (
            cand.typing.concept in _PROPERTY_DEEDS
            and cand.typing.sub_event_type == _PROPERTY_DESTRUCTION
            and any(
                (count := getattr(cand, name)) is not None
                and not _no_one(count)
                and _civilians_counted(count)
                for name in _CASUALTY_FIELDS
            )
            and not cand.armed_dead
            and not labelled(cand.trigger)
        ):
            cand.typing = cand.typing.refined(_CIVILIANS_ATTACKED)
    return cands


def _civilians_counted(count: Span) -> bool:
    """Whether a count of casualties may be civilians: its phrase names only civilians or
    no one ("one individual who attempted to escape", "faisant deux blessés"), no armed men,
    rioters or authors told again by a pronoun ("one VDP", "two of the looters", "two of
    them")."""
    doc = count.doc
    phrase = list(count.root.subtree)
    words = range(phrase[0].i, phrase[-1].i + 1)
    classes = doc.user_data.get(ACTOR_CLASSES, {})
    named = [span for span in doc.spans.get(ACTORS, ()) if span.start in words]
    return not any("Prs" in t.morph.get("PronType", []) for t in phrase) and all(
        classes.get(span.label_) in _VICTIM_CLASSES for span in named
    )


_PROPERTY_DESTRUCTION = "Looting/property destruction"
_VICTIM_CLASSES = frozenset({"civilian", "communal"})  # (actor classes: docspec.ACTOR_CLASSES)
_CASUALTY_FIELDS = ("fatalities", "injured")  # (the abducted are no casualties)
_CIVILIANS_ATTACKED: Mapping[str, str] = MappingProxyType(
    {"event_type": CIVILIAN_ATTACK, "sub_event_type": "Attack"}
)
