"""Linking a trigger to its actors through the dependency parse: agents ("par le régime",
"du régime", the subject of an active verb), targets, recipients and sponsors."""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import (
    ARMED_CLASSES,
    CIVILIAN_CLASS,
    NONSTATE_CLASS,
    OUTCOME_CONCEPTS,
    UNNAMED_GROUP,
    ActorArg,
    Candidate,
)
from wirewatch.events.labels import is_label, labelled_clause
from wirewatch.events.noun_roles import (
    agent_on_complement,
    befallen_by_its_result,
    modifies_noun_trigger,
    side_on_measure,
)
from wirewatch.events.pairs import aimed_through, instrument, paired_object
from wirewatch.events.persons import names_a_person, people_words
from wirewatch.events.roles import role_of
from wirewatch.events.struck_places import struck_town
from wirewatch.events.subjects import (
    SUBJECTS,
    agent_of_joined_passive,
    apposed_participle_subject,
    controller,
    orphan_subject,
)
from wirewatch.events.syntax import prepositions, swallowed
from wirewatch.events.taxonomy import property_concepts, typing_of, weapon_means
from wirewatch.events.widen import modifies, widened
from wirewatch.lang import load_resource
from wirewatch.types import Kind, Role

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "X", "NUM"})
_QUANTIFIER_POS = frozenset({"NOUN", "DET"})
_TOPONYM = "toponym"  # a place's name
_PLACE_NAMES = frozenset({"country", _TOPONYM})  # places' labels a mention may bear
_NONE: frozenset[str] = frozenset()  # no locative mark excluded ("à Pretoria", not "avec")
_OBJECTS = frozenset({"obj", "pobj"})  # a particle's object: "burned down [a station]"
_THING_CLASSES = frozenset({CIVILIAN_CLASS})  # the class of "houses", "a market" (actors.yaml)
# How the escort of "a gendarmerie-escorted convoy" hangs on its participle.
_ESCORT_COMPOUNDS = frozenset({"obl:npmod", "compound", "nmod", "obl", "npadvmod"})


@functools.cache
def case_marks(lang: str) -> dict[str, frozenset[str]]:
    """The words that mark each role of an actor phrase ("par", "by": agent), by role
    (``resources/<lang>/roles.yaml``)."""
    data = load_resource(lang, "roles")
    return {role: frozenset(w.split()[0].lower() for w in words) for role, words in data.items()}


@functools.cache
def _role_verbs(lang: str, key: str) -> frozenset[str]:
    """The verbs of an optional list of roles.yaml (``undergoer_verbs``, ``ergative_verbs``)."""
    return frozenset(w.lower() for w in load_resource(lang, "roles").get(key, ()))


def _undergoes(trigger: Span, lang: str) -> bool:
    """Whether the trigger's subject is the one it befalls ("a forest ranger went missing"):
    the verb by its lemma, the words after it as written; or a verb of ``ergative_verbs``
    with no object, its own or a verb's joined to it, whose subject names a thing ("houses
    and granaries burned"; not "protesters burned and looted shops", "rioters burned for
    hours")."""
    words = [trigger[0].lemma_.lower(), *(t.lower_ for t in trigger[1:])]
    if " ".join(words) in _role_verbs(lang, "undergoer_verbs"):
        return True
    root = trigger.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        root.pos_ == "VERB"
        and root.lemma_.lower() in _role_verbs(lang, "ergative_verbs")
        and subject is not None
        and _a_thing(subject, lang)
        # (verbs joined share an object: "burned and looted shops")
        and not any(_takes_object(v) for v in (root, *root.conjuncts))
    )


def _a_thing(subject: Token, lang: str) -> bool:
    """Whether a subject names a thing that may burn, not people who burn ("the market", not
    "protesters", "gunmen who", "bandits", the Fulani: a person's word or an actor of a
    class that acts)."""
    if subject.pos_ not in ("NOUN", "PROPN") or names_a_person(subject, lang):
        return False
    classes = subject.doc.user_data.get(docspec.ACTOR_CLASSES, {})
    return not any(
        m.start <= subject.i < m.end and classes.get(m.label_) not in _THING_CLASSES
        for m in subject.doc.spans.get(docspec.ACTORS, ())
    )


def _takes_object(verb: Token) -> bool:
    """Whether the verb has an object, or its particle one ("burned down a police station",
    which the parser may hang on "down")."""
    return any(
        c.dep_ == "obj"
        or (c.dep_ == "compound:prt" and any(g.dep_ in _OBJECTS for g in c.children))
        for c in verb.children
    )


def _governor_subject(root: Token) -> Token | None:
    """The subject of the verb a noun trigger depends on, through "doit se rendre ... pour"."""
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def link_actors(
    cand: Candidate, mentions: list[tuple[Span, str | None]], lang: str, excluded: set[int]
) -> None:
    """Give the candidate every mention that bears a role towards its trigger."""
    root = cand.trigger.root
    np_head = _np_head(cand.trigger)
    cases = case_marks(lang)
    named = {s.root.i for s, concept in mentions if concept is not None}
    assigned: dict[int, ActorArg] = {}
    gathered: dict[int, int] = {}  # collective -> the word it gathers
    undergoes = _undergoes(cand.trigger, lang)
    paired = paired_object(root)
    # (a thing named in a weapon's own words is its device, no one: "Un camion piégé a
    # explosé", "A car bomb exploded"; not "un convoi humanitaire")
    rule = weapon_means()
    weapons = [
        t
        for t in root.doc.spans.get(docspec.TRIGGERS, ())
        if typing_of(t.label_).event_type == rule.event_type
    ]
    devices = {i for t in weapons if len(t) > 1 for i in range(t.start, t.end)}
    things = property_concepts()
    # weapons and shots: what an event is done with ("an ambush by IED detonation and gunfire")
    means = {i for t in weapons for i in range(t.start, t.end)} | {
        i
        for t in root.doc.spans.get(docspec.TRIGGERS, ())
        if t.label_ in rule.takers
        for i in range(t.start, t.end)
    }
    # "ont pris dimanche le contrôle du village": a noun of holding the verb names its event
    # with (``held_nouns``) is no one; what it is of is the target
    owned = {
        s.root.head.i
        for s, c in mentions
        if c is not None and s.root.head.dep_ == "obj" and _genitive(s.root, cases)
    }
    nameless = (
        paired.i
        if paired is not None
        and paired.i in owned
        and paired.lemma_.lower() in cases.get("held_nouns", _NONE)
        else None
    )
    for span, concept in mentions:
        if span.start in excluded or cand.trigger.start <= span.root.i < cand.trigger.end:
            continue
        if span.root.i == nameless:
            continue
        if span.root.i in devices and (concept is None or concept in things):
            continue
        if concept in _PLACE_NAMES and _said_where(span, cases["target"] | cases["recipient"]):
            continue  # "une embuscade près d'Ouallam": where, not whose
        collective = through_collective(span.root, cases)
        role = role_of(collective, root, np_head, cand, cases, undergoes)
        if collective.i != span.root.i:
            gathered[collective.i] = span.root.i  # "a number of residents": the residents act
        if (
            role is Role.AGENT
            and (concept is None or concept in things)
            and _genitive(span.root, cases)
            and not _names_people(span, lang)
        ):
            # "l'attaque d'un camp militaire", "le pillage du marché": what was attacked
            role = Role.TARGET
        if role is None and concept is not None and agent_of_joined_passive(collective, root):
            role = Role.AGENT
        if concept not in (None, *_PLACE_NAMES):
            # (over the target the parse made it: it hangs under the trigger's complement)
            if agent_on_complement(collective, root, cases):
                role = Role.AGENT
            elif role is None and side_on_measure(collective, root, np_head, cand, cases):
                role = Role.TARGET
        if role is None and collective.head.i == nameless and _genitive(collective, cases):
            role = Role.TARGET
        if (
            role is None
            and paired is not None
            and concept not in docspec.PLACE_LABELS  # ("blocked the highway at Save")
            and aimed_through(collective, paired, cases, cand.typing.genitive == "target")
        ):
            role = Role.TARGET
        if role is None and befallen_by_its_result(collective, np_head, cand, concept, cases):
            role = Role.TARGET
        if role is None and modifies_noun_trigger(span, concept, root):
            # "militant attacks", "JNIM ambush", "civilian killings": as a genitive would
            role = Role.AGENT if cand.typing.genitive == "agent" else Role.TARGET
        if role is Role.TARGET and instrument(span, cand, lang):
            continue  # "detonated a car bomb": what the event was done with
        if role is None:
            continue
        if concept == _TOPONYM and struck_town(span, root, cand.typing.concept, lang):
            continue  # "after militants attacked Djibo": the town struck is where, not whom
        phrase = widened(span, cand.trigger, named)
        if (
            role is Role.AGENT
            and concept is None
            and not _names_people(span, lang)
            and not means.isdisjoint(range(phrase.start, phrase.end))
        ):
            continue  # "an ambush by IED detonation and gunfire": what it was done with
        assigned[span.root.i] = ActorArg(phrase, role, concept)
    # The collective acts through what it gathers ("a group of gunmen", "a crowd of
    # protesters"), unless its own words say more ("an armed group of Fulani men").
    bare = {span.root.i for span, _ in mentions if len(span) == 1}
    for i, member in gathered.items():
        if i in assigned:
            assigned.pop(i if assigned[i].concept is None or i in bare else member, None)
    # Coordinated and chained mentions share the role: "de l'armée et des rebelles",
    # "aussi bien par le régime que par les rebelles".
    changed = True
    while changed:
        changed = False
        for span, concept in mentions:
            a = span.root
            if a.i in assigned or span.start in excluded:
                continue
            if concept in _PLACE_NAMES and _said_where(span, cases["target"] | cases["recipient"]):
                continue  # "trois travailleurs près de Bambari", parsed as joined: where
            if swallowed(a):
                continue  # "arrested five men and gunmen killed ...": the gunmen's own verb
            for other in list(assigned.values()):
                if coordinated(a, other.span.root, cases):
                    phrase = widened(span, cand.trigger, named)
                    assigned[a.i] = ActorArg(phrase, other.role, concept)
                    changed = True
                    break
    # "L'aviation a mené des raids", "John Kerry doit se rendre à Genève pour des
    # consultations": the author of a noun event is the subject of the verb carrying it.
    if root.pos_ not in ("VERB", "AUX") and not any(
        a.role is Role.AGENT for a in assigned.values()
    ):
        carried = _modified_noun(np_head)
        support = (
            carried.dep_ in ("obj", "obl") and carried.head.lemma_.lower() in cases["support_verbs"]
        )
        diplomacy = cand.typing.family == "diplomacy"
        subject = _governor_subject(carried) if support or diplomacy else None
        # "The army and the M23 rebels agreed to a truce": both sides of a mutual event
        subjects = [subject, *subject.conjuncts] if subject is not None else []
        for subject in subjects if cand.typing.mutual else subjects[:1]:
            for span, concept in mentions:
                inside = span.start <= subject.i < span.end
                if (
                    inside
                    or (span.root.head.i == subject.i and span.root.dep_ in ("appos", "flat:name"))
                ) and span.start not in excluded:
                    phrase = widened(span, cand.trigger, named)
                    assigned[span.root.i] = ActorArg(phrase, Role.AGENT, concept)
                    break
        # "the attack was claimed by JNIM", "an IED likely planted by JNIM militants" (read
        # as the IED's verb): the agent of the support verb the noun is the subject of
        verb = root.head
        if (
            root.dep_ in ("nsubj", "nsubj:pass")
            and verb.lemma_.lower() in cases["support_verbs"]
            and not any(a.role is Role.AGENT for a in assigned.values())
        ):
            by = next((c for c in verb.children if _agent_phrase(c, cases)), None)
            found = next((m for m in mentions if by is not None and m[0].root.i == by.i), None)
            if found is not None and found[0].start not in excluded:
                span, concept = found
                assigned[span.root.i] = ActorArg(
                    widened(span, cand.trigger, named), Role.AGENT, concept
                )
    # "Movement of forces: On 16 December, an armed group were seen moving in Kompa": a
    # label before a colon names the event the clause after it tells, whose doer is its agent
    clause = labelled_clause(cand.trigger)
    # (of a movement or a displacement, whoever moved: the armed men seen, the people gone)
    moving = cand.typing.moved or cand.kind is Kind.DISPLACEMENT
    armed = (
        {through_collective(m[0].root, cases).i for m in mentions if _armed_word(m)}
        if moving
        else None
    )
    doer = _doer(clause, cand.trigger, cases, armed)
    apposed = doer is None  # "..., an armed group of eight ... passed through X and joined"
    if apposed:
        doer = _apposed(cand.trigger)
    if doer is not None and not any(a.role is Role.AGENT for a in assigned.values()):
        at = doer.i
        doers = [m for m in mentions if through_collective(m[0].root, cases).i == at]
        # "movements of armed men were reported", "a position of armed groups was
        # identified": the actor the doer's noun is of
        if all(concept is None for _, concept in doers):
            doers += [m for m in mentions if _of_the_doer(m[0].root, doer, cases)]
        # "many members of an armed group", "a group of pastoralists": who they gather; but
        # "an armed group of 8 people" is the armed group
        found = min(
            doers,
            key=lambda m: (
                m[1] is None,
                m[0].root.i == at and not _armed_word(m),
            ),
            default=None,
        )
        if found is not None and apposed and not _names_armed(found, lang):
            found = None  # "Property destruction: The villages ... visited by gunmen"
        if found is not None and found[0].start not in excluded:
            span, concept = found
            assigned[span.root.i] = ActorArg(
                widened(span, cand.trigger, named), Role.AGENT, concept
            )
    # a verb the parser left without a subject: an infinitive's controller, the subject of
    # the clause a participle is set beside, or the actors named just before it (not a verb
    # whose subject it befalls: "five went missing")
    if (
        root.pos_ == "VERB"
        and not undergoes
        and not any(a.role is Role.AGENT for a in assigned.values())
    ):
        control = cases.get("object_control", frozenset())
        found = (
            controller(root, mentions, control)
            # (not a toll: "ont attaqué une patrouille, tuant sept militaires" is the attack's)
            or (
                None
                if cand.typing.concept in OUTCOME_CONCEPTS
                else apposed_participle_subject(root, mentions)
            )
            or orphan_subject(root, mentions, lang)
        )
        if found is not None:
            span, concept = found
            assigned[span.root.i] = ActorArg(
                widened(span, cand.trigger, named), Role.AGENT, concept
            )
    for key, actor in list(assigned.items()):
        if actor.role is not Role.AGENT:
            continue
        # "unknown gunmen (presumably Ansaroul Islam)": one author, the group named
        restating = next(
            (
                (span, concept)
                for span, concept in mentions
                if span.start not in excluded and restates(span, concept, actor)
            ),
            None,
        )
        if restating is not None:
            del assigned[key]
            span, concept = restating
            assigned[span.root.i] = ActorArg(
                widened(span, cand.trigger, named), Role.AGENT, concept
            )
    # "a convoy escorted by gendarmes", "a gendarmerie-escorted convoy": the armed men who
    # went with what was attacked were attacked too, and ACLED names them its second actor
    # (unless what they escorted was armed men too: "army-escorted gendarmerie reinforcements")
    escorted: list[tuple[int, ActorArg]] = []  # escort, what it escorted
    for actor in [a for a in assigned.values() if a.role is Role.TARGET]:
        escort = _escort(actor.span.root, cases) if cand.typing.family == "violence" else None
        found = next(
            (m for m in mentions if escort is not None and m[0].start <= escort.i < m[0].end),
            None,
        )
        if found is not None and found[0].start not in excluded:
            span, concept = found
            if span.root.i not in assigned:
                assigned[span.root.i] = ActorArg(
                    widened(span, cand.trigger, named), Role.TARGET, concept
                )
            escorted.append((span.root.i, actor))
    for actor in assigned.values():
        if actor.concept is None:  # "a volunteer fighter (VDP) camp": whose it is
            actor.concept = next(
                (c for m, c in mentions if c is not None and modifies(m.root, actor.span.root)),
                None,
            )
    classes = cand.trigger.doc.user_data.get(docspec.ACTOR_CLASSES, {})
    escorts = {i for i, a in escorted if classes.get(a.concept or "") not in ARMED_CLASSES}
    cand.actors = sorted(
        assigned.values(), key=lambda a: (a.span.root.i not in escorts, a.span.start)
    )
    sides = [
        a
        for a in cand.with_role(Role.TARGET)
        if {c.lower_ for c in a.span.root.children if c.dep_ == "case"} & cases["recipient"]
    ]
    if cand.typing.mutual and len(cand.with_role(Role.AGENT)) > 1:
        # both sides are its subjects: a place marked as the recipient is where it was made
        # ("ont conclu un accord de cessez-le-feu à Pretoria")
        where = [a for a in sides if a.concept in _PLACE_NAMES and _said_where(a.span, _NONE)]
        cand.actors = [a for a in cand.actors if a not in where]
        sides = [a for a in sides if a not in where]
    one_side = [a for a in cand.with_role(Role.TARGET) if a.concept is not None]
    if not sides and len(one_side) == 1:
        # the one side a fight names, however it is marked, when it names no other
        # ("combats contre les rebelles du M23": the soldiers killed in it are the other)
        sides = one_side
    if cand.typing.mutual and sides and not cand.with_role(Role.AGENT):
        # "clashes between students and police": the side named first is actor1
        cand.actors = [replace(a, role=Role.AGENT) if a is sides[0] else a for a in cand.actors]


def _escort(target: Token, cases: dict[str, frozenset[str]]) -> Token | None:
    """Who went with the target, by an escort verb's participle on it: its agent ("a convoy
    escorted by gendarmes") or the noun it is compounded with ("a gendarmerie-escorted
    convoy")."""
    verbs = cases.get("escort_verbs", frozenset())
    for participle in target.subtree:
        if participle.dep_ not in ("acl", "amod") or participle.lemma_.lower() not in verbs:
            continue
        for child in participle.children:
            marks = {c.lower_ for c in child.children if c.dep_ == "case"}
            if child.dep_ == "obl:agent" or marks & cases["agent"]:
                return child
            if child.i < participle.i and child.dep_ in _ESCORT_COMPOUNDS:
                return child
    return None


def through_collective(token: Token, cases: dict[str, frozenset[str]]) -> Token:
    """The collective noun an actor word completes ("a number of residents" -> "number",
    "dozens of members of an armed group" -> "dozens"), whose place in the sentence is the
    actor's; else the word itself."""
    head = token.head
    while (
        token.dep_ == "nmod"
        and head.i < token.i
        and (head.lemma_.lower() in cases["collectives"] or head.lower_ in cases["collectives"])
        and {c.lower_ for c in token.children if c.dep_ == "case"} & cases["collective_marks"]
    ):
        token, head = head, head.head
    return token


def _names_people(span: Span, lang: str) -> bool:
    people = people_words(lang)
    return (
        span.root.pos_ == "PROPN"
        or span.root.lemma_.lower() in people
        or span.root.lower_ in people
    )


def _armed_word(mention: tuple[Span, str | None]) -> bool:
    """The mention's own concept is a force or an armed group ("an armed group")."""
    span, concept = mention
    classes: dict[str, str] = span.doc.user_data.get(docspec.ACTOR_CLASSES, {})
    return classes.get(concept or "") in ARMED_CLASSES


def _of_the_doer(token: Token, doer: Token, cases: dict[str, frozenset[str]]) -> bool:
    """The actor word completes the doer's noun with a genitive ("movements of armed
    men")."""
    return token.head.i == doer.i and token.dep_ == "nmod" and _genitive(token, cases)


def _names_armed(mention: tuple[Span, str | None], lang: str) -> bool:
    """People, or a force or armed group ("an armed group of eight"): a doer, not a place."""
    return _names_people(mention[0], lang) or _armed_word(mention)


def _genitive(token: Token, cases: dict[str, frozenset[str]]) -> bool:
    return bool({c.lower_ for c in token.children if c.dep_ == "case"} & cases["genitive"])


def _agent_phrase(token: Token, cases: dict[str, frozenset[str]]) -> bool:
    """ "by JNIM militants": a passive's agent."""
    marks = {c.lower_ for c in token.children if c.dep_ == "case"}
    # (the French parser may read "par l'Etat islamique" as a modifier: obl:mod)
    obl = token.dep_ in ("obl", "obl:mod")
    return token.dep_ == "obl:agent" or (obl and bool(marks & cases["agent"]))


def _apposed(label: Span) -> Token | None:
    """The doer of a labelled clause the parser hung on the label as an apposition
    ("Movement of forces: On 16 November, an armed group of eight ... passed through
    Ilakara": "group" in apposition to "Movement"), when no verb is the clause's."""
    if not is_label(label):
        return None
    return next((c for c in label.root.children if c.dep_ == "appos" and c.i > label.end), None)


def _doer(
    clause: Token | None,
    label: Span,
    cases: dict[str, frozenset[str]],
    armed: set[int] | None = None,
) -> Token | None:
    """Who does what a clause tells: the agent of a passive ("was burned by militants"), the
    subject of an active verb, or the subject seen doing it ("were seen moving", "were
    spotted in the village", "were observed by aerial reconnaissance"); never the label
    itself, which the parser may make a subject. Of a movement or a displacement (``armed``:
    the token indices of the armed men's words), the armed men an active verb of seeing has
    as its object ("farmers spotted about thirty armed men"), and the doer of a clause
    joined to one that has none ("schools have been closed and people have left")."""
    if clause is None:
        return None
    passive = any(c.dep_ == "aux:pass" for c in clause.children)
    words = [c for c in clause.children if not label.start <= c.i < label.end]
    subject = next((c for c in words if c.dep_ in ("nsubj", "nsubj:pass")), None)
    # "Property destruction: On May 2, presumed Ansaroul Islam militants attacked ...", "...:
    # it was reported that the village has been attacked by ...": a verb with no doer of its
    # own (the parser made the label or "it" its subject) whose complement clause tells the
    # deed; the doer is that clause's
    told = next((c for c in words if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if clause.lemma_.lower() in cases["perception_verbs"] and told is None:
        # the seen, not the seer ("were observed by aerial reconnaissance")
        seen = next(
            (c for c in words if not passive and c.dep_ == "obj" and c.i in (armed or ())),
            subject,
        )
        if seen is not None:
            return seen
    for child in words:
        if _agent_phrase(child, cases):
            return child
    if subject is None or passive:
        if told is not None:
            return _doer(told, label, cases, armed)
        if clause.dep_ == "advcl" and not passive:
            # "...: Around 28 March (as reported), farmers killed six oxen": the label hung
            # on an aside; the deed is the verb the aside qualifies
            return _doer(clause.head, label, cases, armed)
        if armed is None:
            return None
        joined = (c for c in words if c.dep_ == "conj" and c.pos_ == "VERB")
        return next((d for c in joined if (d := _doer(c, label, cases, armed)) is not None), None)
    return subject


def _modified_noun(head: Token) -> Token:
    """The noun a trigger noun modifies before it ("conducted artillery operations",
    "conducted airstrike and combing operations": the operations a support verb carries);
    else the trigger's own head."""
    noun = head.head
    if head.dep_ in ("compound", "nmod") and head.i < noun.i and noun.pos_ == "NOUN":
        return noun
    return head


def _np_head(trigger: Span) -> Token:
    """The noun phrase the trigger heads, through a quantity: "une trentaine de raids"."""
    head = trigger.root
    while (
        head.dep_ == "nmod"
        and head.head.i != head.i
        and head.head.i < head.i
        and (
            head.head.like_num or (head.head.pos_ in _QUANTIFIER_POS and head.i - head.head.i <= 2)
        )
    ):
        head = head.head
    return head


def _said_where(place: Span, aimed: frozenset[str]) -> bool:
    """Whether a locative that aims at no one (none of ``aimed``, the target and recipient
    marks) puts the place before it: "près d'Ouallam", not "sur Alep", "à la Russie"."""
    return any(
        cue.end == place.start and cue.label_ == "locative" and cue.kb_id_ not in aimed
        for cue in place.doc.spans.get(docspec.PLACE_CUES, ())
    )


def coordinated(a: Token, b: Token, cases: dict[str, frozenset[str]]) -> bool:
    """Whether ``a`` is named together with ``b`` ("JNIM and ISGS", "par le régime que par
    les rebelles"), however the parser hung it."""
    if a.dep_ in ("conj", "appos") and a.head.i == b.i:
        return True
    if a.dep_ == "nmod" and a.head.i == b.i:
        marks = prepositions(a)
        return bool(marks & cases["agent"])  # "par le régime que par les rebelles"
    return a.dep_ == "conj" and a.head.dep_ == "flat:name" and a.head.head.i == b.i


def restates(span: Span, concept: str | None, unnamed: ActorArg) -> bool:
    """A named armed group that says who an unnamed one is, in its phrase or right after it:
    "unknown gunmen (presumably Ansaroul Islam)", "gunmen (believed to be Katiba Macina
    militants)", "a group of gunmen aboard motorbikes, presumably Ansaroul Islam militants"
    (which the parser makes a second subject); so does one in apposition to a group no
    actor word arms ("members of an Al Qaeda affiliated group, Ansaroul Islam, killed")."""
    classes: dict[str, str] = span.doc.user_data.get(docspec.ACTOR_CLASSES, {})
    if concept in (None, UNNAMED_GROUP) or classes.get(concept or "") != NONSTATE_CLASS:
        return False
    if unnamed.concept != UNNAMED_GROUP:
        root = unnamed.span.root
        return (
            classes.get(unnamed.concept or "") == CIVILIAN_CLASS
            and span.root.dep_ == "appos"
            and span.root.head.i == root.i
        )
    top = unnamed.span.root
    if top.dep_ == "nmod" and top.head.pos_ == "NOUN" and top.head.i < top.i:
        top = top.head  # "a group of gunmen"
    other = span.root
    if top.is_ancestor(other):  # in its phrase, not coordinated ("gunmen and JNIM"; with no
        path = [other]  # conjunction it is apposed: "The assailants, presumed JNIM militants")
        while path[-1].head.i != top.i:
            path.append(path[-1].head)
        joined = any(c.dep_ == "cc" for t in (top, *top.conjuncts) for c in t.children)
        return not joined or all(t.dep_ != "conj" for t in path)
    between = top.doc[top.right_edge.i + 1 : min(span.start, other.left_edge.i)]
    return (
        other.head.i == top.head.i
        and other.dep_ == top.dep_
        and top.doc[min(span.start, other.left_edge.i) - 1].is_punct
        and all(t.is_punct or t.pos_ == "ADV" for t in between)
    )
