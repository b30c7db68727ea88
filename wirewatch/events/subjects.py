"""Whose deed a verb tells when the parser gave it no subject, and what a bare participle
tells: an infinitive's controller ("gunmen tried to abduct a chief"), the actor named just
before a verb read without one, a headline's reduced passive ("Village chief killed in
Djibo"), the agent of an elliptical passive joined to the trigger."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import CIVILIAN_SITES, PLACES_OF_PEOPLE
from wirewatch.events.syntax import object_controlled, set_off_participle
from wirewatch.lang import load_resource
from wirewatch.lang.headlines import bare_opening_noun

SUBJECTS = frozenset({"nsubj", "expl:subj"})
_COMPLEMENT = "nmod"  # a noun completing another ("the attack on Djibo")
# The concepts of places and things (actors.yaml), whose words name no one who acts ("hit
# a house killing two civilians": the house killed no one).
_THINGS = (CIVILIAN_SITES, *sorted(PLACES_OF_PEOPLE))


def controller(
    root: Token, mentions: list[tuple[Span, str | None]], control: frozenset[str]
) -> tuple[Span, str | None] | None:
    """ "JNIM claimed to have ambushed a convoy", "gunmen tried to abduct a chief": the
    author of an infinitive is the object of the verb it completes when it has one before
    it (UD's object control; the parser reads "presumed ISGS militants abducted a
    councilor" so), else its subject (a claimant too, though it is the claim's source); so
    is a gerund's the object's after one of ``control`` ("accused the army of bombing")."""
    if root.dep_ != "xcomp" and not object_controlled(root, control):
        return None
    controllers = [c for c in root.head.children if c.dep_ == "obj" and c.i < root.i]
    controllers += [c for c in root.head.children if c.dep_ in SUBJECTS]
    if not controllers:
        return None
    return next((m for m in mentions if m[0].root.i == controllers[0].i), None)


def apposed_participle_subject(
    root: Token, mentions: list[tuple[Span, str | None]]
) -> tuple[Span, str | None] | None:
    """ "Des insurgés ont attaqué la ville de Macomia, dans la province du Cabo Delgado,
    pillant des magasins": a present participle set off by a comma, with no subject of its
    own, tells what the subject of the clause it is set beside did, however the parser hung
    it (here on "province")."""
    if not set_off_participle(root) or any(c.dep_ in SUBJECTS for c in root.children):
        return None
    for verb in root.ancestors:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < root.i), None)
        if verb.pos_ in ("VERB", "AUX") and subject is not None:
            return next((m for m in mentions if m[0].root.i == subject.i), None)
    return None


def orphan_subject(
    root: Token, mentions: list[tuple[Span, str | None]], lang: str
) -> tuple[Span, str | None] | None:
    """ "Presumed ISGS militants killed a trader": when the parser finds no subject for an
    active verb (it took "presumed" for the verb and the actors for its object), the actor
    named just before the verb (an adverb between) is its author; failing that, the last
    subject named before it ("suspected ISGS militants entered the site ... and seized five
    motorbikes": coordinated verbs share their subject). Never a place or a thing ("hit a
    house killing two civilians": the one who hit it)."""
    if any(
        (c.dep_ in SUBJECTS and c.pos_ != "NUM") or c.dep_ in ("nsubj:pass", "aux:pass")
        for c in root.children
    ):
        return None  # (a bare number is no subject: "Overnight between 24 and 25 March 2020,
        # JNIM militants pillaged", where the parser made "24" the subject)
    if befalls_its_noun(root):
        return None  # "Village chief killed in Djibo": the chief was killed
    end = root.i - 1 if root.i > 0 and root.doc[root.i - 1].pos_ == "ADV" else root.i
    things = _thing_words(lang)
    mentions = [m for m in mentions if not {m[0].root.lower_, m[0].root.lemma_} & things]
    for span, concept in mentions:
        if (
            span.end == end
            and concept is not None
            and not any(c.dep_ == "case" for c in span.root.children)
        ):
            # "ISGS or JNIM militants": the conjunct before it is part of the name
            first = span.root.head if span.root.dep_ == "conj" else span.root
            start = min(span.start, first.left_edge.i)
            return span.doc[start : span.end], concept
    if root.dep_ not in ("conj", "ROOT"):
        return None  # "suspected of having stolen": no clause of its own
    sent = root.sent
    subjects = [
        (span, concept)
        for span, concept in mentions
        if concept is not None
        and span.root.dep_ in SUBJECTS
        and sent.start <= span.start
        and span.end <= root.i
    ]
    return subjects[-1] if subjects else None


@functools.cache
def _thing_words(lang: str) -> frozenset[str]:
    """The one-word names of places and things ("house", "school", "maison"): none is
    anyone's subject."""
    concepts = load_resource(lang, "actors")["concepts"]
    return frozenset(
        phrase.lower()
        for concept in _THINGS
        for phrase in concepts.get(concept, {}).get("phrases", ())
        if " " not in phrase
    )


def befalls_its_noun(verb: Token) -> bool:
    """ "Village chief killed in Djibo", "Two teachers abducted near Djibo": a past
    participle with no auxiliary and no object, qualifying the noun before it, told what
    befell that noun (a reduced passive; with an object it is a misread main verb:
    "Suspected separatists abducted at least 11 students", "militants abducted and executed
    the imam", "individuals killed by machete a pastoralist man", the object read as set
    beside the noun)."""
    # (the verbs the parser hung beside it: "residents captured, tied up, and burned alive
    # a thief" read as two participles on "residents")
    told = [c for c in verb.head.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    verbs = [*told, *(c for v in told for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return (
        verb.dep_ == "acl"
        and verb.head.i < verb.i
        and bare_participle(verb)
        and "Past" in verb.morph.get("Tense", [])
        and not any(c.dep_ == "obj" for v in verbs for c in v.children)
        and not any(c.dep_ == "appos" and c.i > verb.i for c in verb.head.children)
        and not _first_of_a_list(verb)
    )


def headline_subject(subject: Token) -> bool:
    """ "Policeman killed in attack on checkpoint": a headline drops the auxiliary of a
    passive and the article of its subject, and the parser reads the verb as active. The
    subject of a verb in the past with no auxiliary and no object, its own or a joined
    verb's, is what befell it when it is a singular noun with no determiner, number or
    possessive that opens its sentence (as no subject of an active clause is)."""
    verb = subject.head
    verbs = [verb, *verb.conjuncts]
    return (
        subject.pos_ in ("NOUN", "PROPN")
        and bare_opening_noun(subject)
        and "Past" in verb.morph.get("Tense", [])
        and not any(c.dep_.startswith("aux") or c.dep_ == "obj" for v in verbs for c in v.children)
    )


def _first_of_a_list(verb: Token) -> bool:
    """ "a number of residents captured, tied up, and burned alive a thief": a participle
    on the subject of a verb after it, followed by a comma, is the first verb of the list
    that verb ends; so is one followed by a conjunction and a verb the parser joined to
    something else ("gunmen aboard a motorbike attacked and shot dead a policeman")."""
    doc, noun, after = verb.doc, verb.head, verb.right_edge.i + 1
    if after >= len(doc):
        return False
    listed = noun.dep_ in SUBJECTS and noun.head.i > verb.i and doc[after].text == ","
    joined = doc[after].dep_ == "cc" and after + 1 < len(doc) and doc[after + 1].pos_ == "VERB"
    return listed or joined


def agent_of_joined_passive(a: Token, root: Token) -> bool:
    """ "Two protesters were killed and 60 injured by soldiers": the actor named as the agent
    of an elliptical passive coordinated with the trigger did both (the parser may hang the
    participle on the count: "60" conj of the trigger, "injured" acl of "60"; a name may
    qualify the agent noun: "by presumed Ansaroul Islam members")."""
    while a.dep_ == "compound" and a.head.i > a.i:
        a = a.head
    head = a.head
    joined = head.head if head.dep_ == "acl" and head.head.dep_ == "conj" else head
    return (
        a.dep_ == "obl:agent"
        and root.pos_ == "VERB"
        and joined.dep_ == "conj"
        and joined.head.i == root.i
        and not any(c.dep_.startswith("aux") for c in head.children)
    )


def bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary or marker of its own ("abducted by militants",
    "found executed"), not one that makes a compound tense ("ont exécuté", "to have
    killed")."""
    return "Part" in verb.morph.get("VerbForm", []) and not any(
        c.dep_.startswith("aux") or c.dep_ == "mark" for c in verb.children
    )


def antecedent(clause: Token) -> Token:
    """The noun a relative clause qualifies: the one it hangs on, or the complement of that
    noun right before its first word ("des proches des soldats qui ont été tués": the
    soldiers, however the French parser hangs it). A place's name that completes a noun
    takes no clause of its own: "l'attaque de Djibo qui a tué dix soldats" qualifies the
    attack, « des habitants de Djibo qui ont fui » the residents."""
    head = clause.head
    places = clause.doc.spans.get(docspec.PLACES, ())
    if head.dep_ == _COMPLEMENT and any(p.root.i == head.i for p in places):
        head = head.head
    before = clause.left_edge.i - 1
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "nmod" and c.i > head.i and c.right_edge.i == before
        ),
        head,
    )
