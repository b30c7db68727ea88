"""Events told inside another: "A prisoner was killed during a riot", "Gunmen killed 15
civilians in an attack on a village". A deed framed by a violent event (``frames`` in
resources/<lang>/roles.yaml) is that event's toll, or, when its authors are named and the
frame names none, the event the frame is one mention of. A verb that tells the result of
another violent word ("a missile strike killed 51 people") is no event of its own either
(``without_result_verbs``)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from wirewatch import docspec
from wirewatch.events.arguments import opens_what_came_before
from wirewatch.events.candidates import (
    INJURY_CONCEPTS,
    OUTCOME_CONCEPTS,
    RIOTS,
    Candidate,
    fill_toll,
)
from wirewatch.events.outcomes import ARREST_CONCEPTS, FRAMES_BY_THEIR_DEED, SEIZURE_CONCEPTS
from wirewatch.events.subjects import antecedent
from wirewatch.events.syntax import has_own_subject, swallowed_subject
from wirewatch.events.taxonomy import grounded
from wirewatch.lang import load_resource
from wirewatch.types import Kind, Role

_RELATIVE_CLAUSE = "acl:relcl"
_FRAME_REACH = 3  # how far up the parse the deed may sit above the event framing it
_DURATION = "duration"  # the TIMES label of a length of time ("nine months")
_LENGTHS = frozenset({_DURATION, "part_of_day", "set"})  # TIMES labels that date no day


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
        # (the dead say whom it hit when it names no one: "Policeman killed in attack on
        # checkpoint")
        host.take_targets_of(cand)
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


def _by_a_frame_word(noun: Token, words: frozenset[str]) -> bool:
    """Whether one of the frame ``words`` is the noun's preposition ("during a riot"), or
    heads it ("lors d'une mutinerie")."""
    return any(c.dep_ == "case" and c.lower_ in words for c in noun.children) or (
        noun.head.lower_ in words
    )


def _framed(deed: Candidate, frame: Candidate, words: frozenset[str]) -> bool:
    """Whether ``frame``'s trigger hangs on ``deed``'s clause by one of the frame ``words``
    ("killed and several others injured during a riot"), or heads the clause that says when
    ("Dozens of people were killed when armed herders and farmers clashed"), and ``frame``
    is violence or a riot of the same status."""
    root = frame.trigger.root
    verbs = _sharing_its_frame(deed.trigger.root)
    return (
        (frame.typing.family == "violence" or frame.typing.event_type == RIOTS)
        and frame.kind is Kind.EVENT
        and frame.status is deed.status
        and any(a.i in verbs for a in list(root.ancestors)[:_FRAME_REACH])
        and (
            _by_a_frame_word(root, words)
            or (
                (root.head.i == deed.trigger.root.i or _joined_toll(root.head, deed))
                # (the parser may make "when" an adverb)
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in words for c in root.children)
            )
        )
    )


def _joined_toll(verb: Token, deed: Candidate) -> bool:
    """A toll's verb joined to the deed's, however its subject, on which the clause that says
    when may hang: "Three people were killed and several others injured when jihadists
    attacked"; not another deed: "... and seven jihadists captured as the army stormed a
    base"."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == deed.trigger.root.i
        and any(
            t.root.i == verb.i and t.label_ in OUTCOME_CONCEPTS
            for t in verb.doc.spans.get(docspec.TRIGGERS, ())
        )
    )


def _sharing_its_frame(verb: Token) -> set[int]:
    """The verb and the verbs joined to it that tell no author of their own, whose phrase of
    time says when the verb's deed was done too: "Des hommes armés ont incendié des greniers
    et tué trois villageois lors d'une attaque" (the attack hangs on the burning, whose
    subject the killing shares); « Dix civils ont été tués et plusieurs maisons incendiées
    lors d'une attaque » (on the participle of the houses joined to the killing)."""
    found = {verb.i}
    if verb.dep_ == "conj" and not has_own_subject(verb):
        found.add(verb.head.i)
    for joined in (c for c in verb.children if c.dep_ == "conj"):
        if joined.pos_ in ("VERB", "AUX") and not has_own_subject(joined):
            found.add(joined.i)
        # (a clause whose verb is left out: its participle hangs on its subject)
        found.update(
            a.i
            for a in joined.children
            if a.dep_ == "acl" and a.pos_ == "VERB" and "Part" in a.morph.get("VerbForm", [])
        )
    return found


def without_result_verbs(
    cands: list[Candidate], frames: frozenset[str], lang: str
) -> list[Candidate]:
    """ "Des raids ont tué dix civils", "a missile strike killed 51 people and wounded more
    than 200": "tué", "wounded" are the raids' result, not a second event, and the attack
    such a killing is framed by is the raids' too, one of their mentions ("stormed a village
    and killed five people in an attack"; no argument is found yet, so the mention is all
    it brings). A killing that follows a seizure ("abducted and executed an individual")
    stays: it ends the abduction (``abductions_ending_in_death``); so does one told as what
    came before ("raided a camp after two gendarmes were killed"), or on a day of its own."""
    violent = {
        c.trigger.root.i: c
        for c in cands
        if c.typing.family == "violence" and c.typing.concept not in INJURY_CONCEPTS
    }  # "Eight people were killed, five others wounded": no wound has a killing for result
    kept = []
    folded: dict[int, Candidate] = {}  # a violent noun's root -> the candidate it tells
    for cand in cands:
        root = cand.trigger.root
        if cand.typing.concept in INJURY_CONCEPTS and root.pos_ == "VERB":
            # "a missile strike killed 51 people and wounded more than 200": wounds a violent
            # noun (the subject of the wounding or of the killing it is joined to) caused
            verb = root.head if root.dep_ == "conj" else root
            if any(
                c.i in violent and c.pos_ == "NOUN" and c.dep_ == "nsubj" for c in verb.children
            ):
                continue
        # (a relative clause hung on the violent noun's place: « l'attaque de Djibo qui a tué »)
        noun = antecedent(root) if root.dep_ == _RELATIVE_CLAUSE else root.head
        head = noun if noun.i in violent else root.head
        if (
            cand.typing.concept == "killing"
            and root.pos_ == "VERB"
            and not opens_what_came_before(root, lang)
            and not _told_on_a_day_of_its_own(root)
            and (
                any(
                    c.i in violent
                    and not _framing(c, root, frames)
                    # (not an event told as long before: "Nine months after the Solhan
                    # attack, gunmen killed two teachers")
                    and not _long_before(c, lang)
                    for c in root.children
                    if c.dep_.startswith(("nsubj", "obl"))
                )
                or (head.i in violent and head.i != root.i)
                or (
                    root.dep_ in ("advcl", "acl")
                    and any(c.i in violent and c.i != root.i for c in root.head.children)
                )
            )
        ):
            host = violent.get(head.i)
            if host is None or host.typing.concept not in SEIZURE_CONCEPTS:
                # "... ont mené des raids, tuant dix civils": the raids killed them; "stormed
                # a village and killed five people in an attack": the attack that frames the
                # killing is the one the storming tells, no second
                if host is not None:
                    # (or on its object, where the parser may hang it: « ont attaqué un
                    # convoi et tué neuf personnes dans une embuscade »)
                    below = [
                        *root.children,
                        *(
                            g
                            for c in root.children
                            if c.lower_ in frames or c.dep_ == "obj"
                            for g in c.children
                        ),
                    ]
                    framed = (c for c in below if c.i in violent and _framing(c, root, frames))
                    folded.update((c.i, host) for c in framed)
                    if host is not cand:
                        host.mentions.append(cand.trigger)  # (its words: a day on them)
                continue
        kept.append(cand)
    for cand in kept:
        if cand.trigger.root.i in folded:
            folded[cand.trigger.root.i].mentions.append(cand.trigger)
    return [c for c in kept if c.trigger.root.i not in folded]


def _long_before(noun: Token, lang: str) -> bool:
    """Whether a violent noun is told as what came before, a length of time before ("Nine
    months after the Solhan attack", « Neuf mois après l'attaque de Solhan »): another event,
    where "after an attack on their school" may be the same one."""
    times = noun.doc.spans.get(docspec.TIMES, ())
    return opens_what_came_before(noun, lang) and any(
        t.label_ == _DURATION and noun.i in (t.root.head.i, t.root.head.head.i) for t in times
    )


def _told_on_a_day_of_its_own(verb: Token) -> bool:
    """A verb joined to another with a subject and a time of its own tells an event of its
    own, no result of the other: "Gunmen killed eight civilians on Tuesday, and six
    soldiers were killed the next day in an ambush"."""
    times = verb.doc.spans.get(docspec.TIMES, ())
    return (
        verb.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
        and any(t.root.head.i == verb.i and t.label_ not in _LENGTHS for t in times)
    )


def _framing(noun: Token, verb: Token, frames: frozenset[str]) -> bool:
    """ "Gunmen killed 15 civilians in an attack", "ISGS claimed to have killed 7 JNIM
    militants in clashes": a violent noun that frames, by a frame word, a killing told in the
    active voice with its killers, its own subject or the one of the verb it completes or
    is joined to ("Soldiers arrested ten men and killed three others during a raid";
    ``tolls_of_their_frames`` makes them one event, by the killers), or in the passive with
    its killers ("ont été tués par des jihadistes dans une embuscade"); "were killed in the
    attack" is its toll."""
    # (not the subject of the verb before, when the parser joined the verb's own subject to
    # that verb's object: "Police arrested five men and gunmen killed two villagers in an
    # attack", the gunmen's killing: syntax.swallowed_subject)
    swallowed = swallowed_subject(verb) is not None
    shared = verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not swallowed)
    subjects = [verb, verb.head] if shared else [verb]
    on_its_object = noun.dep_ == "nmod" and noun.head.dep_ == "obj" and noun.head.head.i == verb.i
    return (
        # (the French parser's « dans une embuscade », on the verb or on its object)
        (noun.dep_ in ("obl", "obl:mod", "obl:arg") or on_its_object)
        and _by_a_frame_word(noun, frames)
        and (
            swallowed
            or any(
                c.dep_ == "nsubj"
                or (c.dep_ == "obl:agent" and any(d.dep_ == "nsubj:pass" for d in v.children))
                for v in subjects
                for c in v.children
            )
        )
    )
