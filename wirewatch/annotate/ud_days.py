"""Parse repairs around a weekday written inside a clause (the French parser's habit:
"ont mené samedi un raid", "a affirmé dimanche avoir neutralisé ...", "ont été tués par
balles jeudi lors de heurts"): the day says when, the words around it keep the roles they
have when no day stands between them. Called by ``ud.UniversalDependencies``."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token


def object_of_a_noun(obj: Token) -> None:
    """A weekday written between a verb and its object, parsed as the object's head (the
    French parser on "defused Sunday a bomb"): a noun has no object, so the object of a
    verb's oblique noun is the verb's."""
    noun = obj.head
    if (
        obj.dep_ != "obj"
        or noun.pos_ != "NOUN"
        or not noun.dep_.startswith("obl")
        or noun.head.pos_ != "VERB"
        or noun.i >= obj.i
    ):
        return
    obj.head = noun.head


def object_read_as_the_days(day: Token) -> None:
    """A weekday written between a verb and a partitive object, parsed as the object's head
    (the French parser on "ont saisi dimanche des armes", "ont tué samedi des civils"): a
    day has no complement, so the noun right after it is the verb's object and its
    partitive mark a determiner."""
    verb = day.head
    if verb.pos_ != "VERB" or not (day.dep_ == "obj" or day.dep_.startswith("obl")):
        return
    after = [c for c in day.rights if c.dep_ == "nmod" and c.left_edge.i == day.i + 1]
    if not after or any(c.dep_ == "obj" and c.i != day.i for c in verb.children):
        return
    noun = after[0]
    noun.head, noun.dep_ = verb, "obj"
    day.dep_ = "obl:mod"
    for mark in noun.children:
        if mark.dep_ == "case" and mark.i < noun.i:
            mark.dep_ = "det"


def object_beside_the_day(day: Token) -> None:
    """A weekday written between a verb and its object, the object parsed as an oblique or a
    second object of the verb, or the day as the object's modifier or number (the French
    parser on "ont mené samedi un raid", "ont incendié lundi une école", "ont attaqué
    vendredi une base militaire", "ont conclu mercredi une trêve"): a noun phrase right
    after the day, with no preposition, is the verb's object, the day says when. Only in a
    clause whose subject comes before its verb ("Sont morts samedi trois soldats" puts the
    subject after) and that has no other object."""
    noun: Token | None
    if day.dep_ in ("nmod", "nummod") and day.head.i > day.i:
        noun, verb = day.head, day.head.head
    else:
        verb = day.head
        noun = next((c for c in verb.children if c.left_edge.i == day.right_edge.i + 1), None)
    if (
        noun is None
        or verb.pos_ != "VERB"
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.dep_ not in ("obj", "obl:mod", "obl:arg")
        or any(c.dep_ == "case" and c.i < noun.i for c in noun.children)
        or any(c.dep_ in ("obj", "aux:pass") and c.i not in (day.i, noun.i) for c in verb.children)
        or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    ):
        return
    noun.head, noun.dep_ = verb, "obj"
    day.head, day.dep_ = verb, "obl:mod"


def object_before_the_day(day: Token) -> None:
    """A weekday written after a verb's object, parsed as the object's modifier with the
    object made an oblique with no preposition (the French parser on "ont attaqué des
    commerçants lundi près de Parakou"): an oblique has a preposition, so the noun is the
    verb's object; the day, and what the parser hung on it, are the verb's."""
    noun = day.head
    verb = noun.head
    if (
        day.dep_ != "nmod"
        or noun.i > day.i
        or noun.dep_ != "obl:arg"
        or verb.pos_ != "VERB"
        or any(c.dep_ == "case" for c in noun.children)
        or any(c.dep_ == "obj" for c in verb.children)
    ):
        return
    noun.dep_ = "obj"
    day.head, day.dep_ = verb, "obl:mod"
    for child in list(day.children):
        if child.i > day.i:
            child.head = verb


def conjunct_read_as_the_days(day: Token) -> None:
    """A weekday written after the second of two joined nouns, parsed as the conjunct with
    that noun its modifier (the French parser on "ont éclaté entre l'armée et les rebelles
    lundi"): a day qualifies no noun, so the noun is the conjunct and the day says when the
    clause's verb happened."""
    noun = day.nbor(-1) if day.i > 0 else None
    first = day.head
    if (
        noun is None
        or day.dep_ != "conj"
        or noun.head.i != day.i
        or noun.pos_ not in ("NOUN", "PROPN")
        or first.i > day.i
    ):
        return
    verb = first.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    noun.head, noun.dep_ = first, "conj"
    for child in list(day.children):
        if child.i < day.i and child.i != noun.i:
            child.head = noun  # "et les": the conjunct's own words
        elif child.i > day.i:
            child.head = first if child.dep_ != "advmod" else verb
    day.head, day.dep_ = verb, "obl:mod"


def agent_of_the_day(day: Token) -> None:
    """A weekday written between a passive verb and its agent, parsed as the agent's head
    (the French parser on "a été incendiée vendredi par des jihadistes"): a day has no
    agent, so the agent (and what the parser hung on it) is the verb's."""
    verb = day.head
    if verb.pos_ != "VERB" or not day.dep_.startswith("obl"):
        return
    for agent in [c for c in day.children if c.dep_ == "obl:agent" and c.i > day.i]:
        agent.head = verb


def clause_read_as_the_days(day: Token) -> None:
    """An infinitive clause written after a weekday, parsed as the day's modifier with its
    object as its subject (the French parser on "a affirmé dimanche avoir neutralisé une
    cinquantaine de terroristes"): a day has no clause, so the clause completes the verb
    before the day; an infinitive in the active has no subject, so the noun after it is its
    object."""
    verb = day.head
    if verb.pos_ != "VERB" or not day.dep_.startswith("obl"):
        return
    clause = next((c for c in day.children if c.dep_ == "acl" and c.i > day.i), None)
    if clause is None:
        return
    auxiliaries = [c for c in clause.children if c.dep_.startswith("aux") and c.i < clause.i]
    if not auxiliaries or "Inf" not in auxiliaries[0].morph.get("VerbForm", []):
        return
    clause.head, clause.dep_, clause.pos_ = verb, "xcomp", "VERB"
    if all(a.dep_ != "aux:pass" for a in auxiliaries):
        for noun in clause.children:
            if noun.dep_ == "nsubj" and noun.i > clause.i:
                noun.dep_ = "obj"


def fragments_of_one_clause(doc: Doc, weekdays: frozenset[str]) -> None:
    """A clause the parser cut into sentences where no punctuation ends one (the French
    parser on "ont été tués par balles | jeudi | lors de heurts avec la police | .", "a
    arrêté | samedi trente personnes"): a weekday alone, a "lors de" phrase (an adverb with
    its argument), a lone final mark or a noun phrase after its day (the verb's object)
    after a verb's words are that verb's, as they are when the parser reads them whole."""
    host: Token | None = None
    for sent in list(doc.sents):
        root, before = sent.root, doc[sent.start - 1] if sent.start else None
        if host is None or before is None or before.is_punct or before.is_space:
            host = root if root.pos_ == "VERB" else None
            continue
        first = doc[sent.start]
        if root.lower_ in weekdays and all(c.dep_ in ("det", "amod") for c in root.children):
            root.head, root.dep_ = host, "obl:mod"
        elif (
            first.lower_ in weekdays
            and first.head.i == root.i
            and root.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("obj", "aux:pass") for c in host.children)
            and any(c.dep_ == "nsubj" and c.i < host.i for c in host.children)
        ):  # "a arrêté | samedi trente personnes": the day, then the verb's object (not
            # "Ont été libérés | samedi trente otages": a subject after its verb)
            first.head, first.dep_ = host, "obl:mod"
            root.head, root.dep_ = host, "obj"
        elif root.pos_ == "ADV" and any(c.dep_ == "obl:arg" for c in root.children):
            root.head, root.dep_ = host, "advmod"
        elif root.is_punct and len(sent) == 1:
            root.head, root.dep_ = host, "punct"
        else:
            host = root if root.pos_ == "VERB" else None


def day_cut_before_its_clause(doc: Doc, weekdays: frozenset[str]) -> None:
    """A weekday opening a clause that the parser made a sentence of its own where no mark
    ends one (the French parser on "Samedi soir | , quelques heures après l'annonce du
    report, des jeunes avaient érigé des barricades"): the day, with its part of the day,
    dates the verb of the words after it."""
    for day_sent, clause in itertools.pairwise(list(doc.sents)):
        day, last = day_sent.root, doc[day_sent.end - 1]
        if (
            day.lower_ in weekdays
            and not last.is_punct
            and not last.is_space
            and all(c.dep_ in ("det", "amod", "nmod") and not c.is_punct for c in day.children)
            and clause.root.pos_ == "VERB"
        ):
            day.head, day.dep_ = clause.root, "obl:mod"
