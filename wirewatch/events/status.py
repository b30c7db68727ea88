"""Whether a trigger reports an event, and with which status.

A trigger is no event at all in a sub-heading, inside what someone wants stopped ("cesser
ses bombardements"), in a habit ("often", "every year") or in a relative clause that only
describes an actor ("qui combat à ses côtés"). Otherwise it is negated, planned, uncertain
or reported; "ongoing" is decided once the time expressions are linked.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from wirewatch.events.arguments import opens_what_came_before
from wirewatch.events.candidates import CIVILIAN_SITES, CIVILIANS, PLACES_OF_PEOPLE, Cues
from wirewatch.events.labels import labelled_clause
from wirewatch.events.persons import people_words, person_endings
from wirewatch.events.syntax import clause_head, governing_chain, is_finite
from wirewatch.events.taxonomy import is_concept, typing_of, weapon_means
from wirewatch.lang import load_resource, word_set
from wirewatch.types import Status

_SURFACE_REACH = 2  # "de peur de nouvelles frappes": a cue phrase two words before the trigger
_PERSON_REACH = 6  # "ont arrêté mardi à Ouagadougou un journaliste"
_REPORTED_SPEECH_TENSES = frozenset({"Past", "Imp"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_SET = "set"  # the TIMES label of a set of times ("every year")
# The actor concepts of civilians and their sites (actors.yaml: "attacked a school" hits
# civilians).
_CIVILIAN_CONCEPTS = frozenset({CIVILIANS, CIVILIAN_SITES})


@dataclass
class Verdict:
    status: Status | None  # None: not an event
    cues: list[Span] = field(default_factory=list)
    reason: str = ""


def assess(trigger: Span, cues: Cues, *, in_heading: bool, lang: str = "fr") -> Verdict:
    """The status of the event a trigger names, or why it names none."""
    if in_heading:
        return Verdict(None, reason="sub-heading")
    own = range(trigger.start, trigger.end)
    # A coder's label names its clause, it is no complement of the clause's verb: it has
    # that verb's status ("Non-violent activity: ... demanded closure of schools" took place).
    clause = labelled_clause(trigger)
    root = trigger.root if clause is None else clause
    chain = _below_what_came_after(root, [t for t in governing_chain(root) if t.i not in own], lang)
    governing = _governing_cues(trigger, chain, cues, own)
    for label, span in governing:
        if label == "cessation" and not _what_stopped_happened(trigger, chain, span, lang):
            return Verdict(None, [span], "wanted stopped")
    # "pour arrêter les violations": the word that names an arrest also names a stop (not
    # a measure that stops something: "suspended classes")
    stops = any(i in cues.modality and cues.modality[i].label_ == "cessation" for i in own)
    if stops and _done_to_people(trigger) and not _person_follows(trigger, cues, lang):
        return Verdict(None, reason="cessation verb without a person")
    if _things_not_people(trigger, cues, lang):
        return Verdict(None, reason="done to things, not people")
    if _a_class_of_events(trigger) or _a_trend(trigger, cues, lang):
        return Verdict(None, reason="a class of events")
    habitual = [s for label, s in governing if label == "habitual"] + [
        cues.modality[c.i]
        for c in trigger.root.children
        if c.dep_ == "advmod" and c.i in cues.modality and cues.modality[c.i].label_ == "habitual"
    ]
    if habitual:
        return Verdict(None, habitual, "habitual")
    # "Cattle raids ... kill hundreds of people in South Sudan every year": a set of times
    # written as such ("every year", "chaque année"; not a frequency adjective: "daily
    # shelling") that dates the clause itself dates a habit, no one event, unless the
    # clause names a time of its own too ("on Friday, as every week")
    clause = root if is_finite(root) else (chain[-1] if chain else root)
    times = [t for t in cues.in_sentence(cues.times, trigger.sent) if _dates_clause(t, clause)]
    recurring = [t for t in times if t.label_ == _SET and t.root.pos_ != "ADJ"]
    if recurring and all(t.label_ == _SET for t in times):
        return Verdict(None, recurring, "recurring")
    head = clause_head(root)
    if _descriptive(head, cues):
        return Verdict(None, reason="describes an actor")
    # A cue on the trigger's own phrase ("de peur de nouvelles frappes", "un futur sommet")
    # says more about it than a negation of the clause around it ("nul n'osant ...").
    for label, status in (("uncertain", Status.UNCERTAIN), ("planned", Status.PLANNED)):
        direct = [s for lbl, s in governing if lbl == label and _direct(s, trigger)]
        if direct:
            return Verdict(status, direct)
    negation = _negation(trigger, head, cues, lang)
    if negation:
        return Verdict(Status.NEGATED, negation)
    denied = [
        s for label, s in governing if label == "denied" and not _denies_a_part(chain, s, lang)
    ]
    if denied:
        return Verdict(Status.NEGATED, denied)  # "denied reports that the post was overrun"
    planned = [s for label, s in governing if label == "planned"]
    planned += [
        cues.triggers[t.i]
        for below, t in zip([root, *chain], chain, strict=False)  # (each with the one below)
        if t.i in cues.triggers
        and typing_of(cues.triggers[t.i].label_).complement_planned
        and not _fronted_report(below, t)
        and not (below.dep_ == "conj" and below.head.i == t.i)  # "threatened and attacked"
    ]
    if planned:
        return Verdict(Status.PLANNED, planned)  # also what is asked for, refused, threatened
    if _announced_gathering(root, cues, lang):
        return Verdict(Status.PLANNED, [])  # "the unions announced a march for Saturday"
    if _future(head):
        return Verdict(Status.PLANNED, [])
    if _conditional(head):
        if _in_past_reported_speech(head):
            return Verdict(Status.PLANNED, [])  # future in the past: "elle ne demanderait pas"
        return Verdict(Status.UNCERTAIN, [])
    uncertain = [s for label, s in governing if label in ("uncertain", "hypothesis")]
    if uncertain:
        return Verdict(Status.UNCERTAIN, uncertain)
    ongoing = [s for label, s in governing if label == "ongoing"]
    if ongoing:
        return Verdict(Status.ONGOING, ongoing)
    # "attempted to abduct a civilian": the attempt took place
    return Verdict(Status.REPORTED, [s for label, s in governing if label == "attempted"])


def _person_follows(trigger: Span, cues: Cues, lang: str) -> bool:
    """The first noun after the verb (times, places and other phrases a preposition opens
    aside, but for its agent) names people, or its passive subject does: "ont arrêté mardi à
    Ouagadougou un journaliste", "ont arrêté à Kaya deux hommes" (a town the tagger took for
    a common noun), not "arrêter les violations"."""
    skip = {i for s in (*cues.times, *cues.places) for i in range(s.start, s.end)}
    doc = trigger.doc
    after = (
        t
        for t in doc[trigger.end : min(trigger.end + _PERSON_REACH, trigger.sent.end)]
        if t.pos_ in ("NOUN", "PROPN", "NUM")
        and t.i not in skip
        # (an agent names who did it: "a march was stopped by the police")
        and (t.dep_ == "obl:agent" or not any(c.dep_ == "case" for c in t.children))
    )
    first = next(after, None)
    subjects = [c for c in trigger.root.children if c.dep_ == "nsubj:pass"]
    candidates = ([first] if first is not None else []) + subjects
    return any(_names_people(t, cues, lang) for t in candidates)


def _names_people(token: Token, cues: Cues, lang: str) -> bool:
    """A name, a number, an actor word or a word for people ("un journaliste"), or a
    collective noun right before the people it counts ("une trentaine de personnes"; not
    "la marche des manifestants": ``collectives`` in roles.yaml); not a place's name, nor a
    place where people live or work (« ont capturé Kidal », « ... un village », « ... la
    mairie »: ``_of_people``)."""
    return (
        # (a name, not a place's: « ont capturé Kidal »)
        (token.pos_ == "PROPN" and not any(p.start <= token.i < p.end for p in cues.places))
        or token.like_num
        # (an actor's word that names people: not « ont capturé un village »)
        or any(a.start <= token.i < a.end and _of_people(a, token, lang) for a in cues.actors)
        or token.lemma_.lower() in people_words(lang)
        or (
            token.lemma_.lower() in word_set(lang, "roles", "collectives")
            and any(
                c.dep_ == "nmod" and c.left_edge.i == token.i + 1 and _names_people(c, cues, lang)
                for c in token.children
            )
        )
    )


def _of_people(actor: Span, token: Token, lang: str) -> bool:
    """The actor's word names people, or the post of a force that holds it ("seized a
    police station": the police's); not a place where people live or work, nor a civilian
    site named by a thing's word (« ont capturé un village / la mairie / une école », "seized
    a school"; "seized an ambulance" may take its driver along)."""
    if actor.label_ in PLACES_OF_PEOPLE:
        return False
    return (
        actor.label_ not in _CIVILIAN_CONCEPTS or token.lemma_.lower() not in _thing_words(lang)[1]
    )


@functools.cache
def _thing_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(verbs whose object may be a thing, nouns that name things)."""
    verbs = load_resource(lang, "triggers")["may_take_things"]
    things = load_resource(lang, "numbers")["things"]
    return frozenset(w.lower() for w in verbs), frozenset(w.lower() for w in things)


def _done_to_people(trigger: Span) -> bool:
    """The trigger names an event whose genitive is its victim ("arrêter", "kill"); not a
    count assessed for its status ("ont tué"), nor a measure ("suspended flights"), nor a
    weapon made safe ("seized arms": ``weapon_means.made_safe_by`` in taxonomy.yaml)."""
    return (
        is_concept(trigger.label_)
        and typing_of(trigger.label_).genitive == "target"
        and trigger.label_ not in weapon_means().made_safe_by
    )


def _things_not_people(trigger: Span, cues: Cues, lang: str) -> bool:
    """A verb whose victims are its object ("tuer", "enlever", "exécuter") done to a thing:
    "les travaux qui vont être exécutés", "enlever les débris", "killed livestock". A verb
    that may take things needs a sign of people in its object; the others ("killed a
    marabout") only a noun that is no thing."""
    root = trigger.root
    if root.pos_ != "VERB" or not _done_to_people(trigger):
        return False
    ambiguous, things = _thing_words(lang)
    patients = [c for c in root.children if c.dep_ in ("obj", "nsubj:pass")]
    if any(trigger.start <= t.i < trigger.end for t in patients):
        return False  # "slit the throats of three miners": the phrase names what was done
    clause = root
    passive = any(c.dep_ == "aux:pass" for c in root.children)
    if not patients and passive and root.dep_ == "xcomp":  # "vont être exécutés"
        clause = root.head
        patients = [c for c in clause.children if c.dep_.startswith("nsubj")]
    qualifying = root.dep_ == "acl" and "Part" in root.morph.get("VerbForm", [])
    if not patients and (qualifying or _read_as_adjective(root)):
        # "batteries seized by the militants", "seized arms, ammunition, IEDs" (a verb and
        # its object read as an adjective and its noun): the nouns it qualifies
        patients = [t for t in (root.head, *root.head.conjuncts) if t.pos_ in _NOMINAL]
    if not patients:  # "killed and burned a dozen sheep": the coordinated verb's object
        shared = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        patients = [c for v in shared for c in v.children if c.dep_ == "obj"][:1]
    if not patients and root.lemma_.lower() in ambiguous:
        # (an object the French parser makes an oblique right after the verb: « ont capturé
        # du bétail », « ont capturé Kidal samedi »; not a day the parser hung there:
        # « ont enlevé et exécuté samedi un conseiller »)
        timed = {i for t in cues.times for i in range(t.start, t.end)}
        patients = [
            c
            for c in root.children
            if c.dep_ in _OBLIQUES and 0 < c.i - root.i <= _OBJECT_REACH and c.i not in timed
        ][:1]
    if not patients:
        return False
    if clause.dep_ == "acl:relcl":  # "les travaux qui vont être exécutés": the antecedent
        patients = [clause.head if "Rel" in t.morph.get("PronType", []) else t for t in patients]
    if root.lemma_.lower() not in ambiguous:
        # (a weapon that names an event of its own is what was done to: "defused a bomb")
        return all(
            (t.lemma_.lower() in things or t.lower_ in things) and t.i not in cues.triggers
            for t in patients
        )
    endings = person_endings(lang)
    return not any(
        _names_people(t, cues, lang)
        or t.pos_ == "PRON"
        or any(c.like_num and c.pos_ == "NUM" for c in t.children)  # (not « un village »)
        # "an elections observer": maybe a person ("equipment": a thing)
        or (t.lemma_.lower().endswith(endings) and t.lemma_.lower() not in things)
        for t in patients
    )


_OBLIQUES = frozenset({"obl:arg", "obl:mod"})  # the French parser's obliques
_OBJECT_REACH = 2  # words from a verb to an object it misparsed ("capturé du bétail")


def _dates_clause(time: Span, clause: Token) -> bool:
    """The time modifies the clause's verb, directly or through nouns only ("kill hundreds of
    people ... every year", "tuent des centaines de personnes chaque année", the parser
    hanging the time on a noun); not through another verb ("a market held every week")."""
    token = time.root.head
    while token.i != clause.i:
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return time.root.i != clause.i


def _a_class_of_events(trigger: Span) -> bool:
    """A plural noun ranked by a superlative, the class an event is said to belong to ("one
    of the deadliest single attacks since the war began"), no event of its own."""
    root = trigger.root
    return (
        root.pos_ == "NOUN"
        and "Plur" in root.morph.get("Number", [])
        and any(c.dep_ == "amod" and "Sup" in c.morph.get("Degree", []) for c in root.children)
    )


def _a_trend(trigger: Span, cues: Cues, lang: str) -> bool:
    """A plural noun with no number as the subject of a verb of trend with no object
    (modality.yaml ``trends``: "Kidnappings for ransom have surged"), a class of events."""
    root = trigger.root
    return (
        root.pos_ == "NOUN"
        and "Plur" in root.morph.get("Number", [])
        and root.dep_ in ("nsubj", "nsubj:pass")
        and root.head.lemma_.lower() in word_set(lang, "modality", "trends")
        # ("increased patrols"; not a time the parser made one: "ces derniers mois")
        and not any(
            c.dep_ == "obj"
            and not any(t.start <= c.i < t.end for t in cues.times)
            and c.lemma_.lower() not in word_set(lang, "time", "units")
            for c in root.head.children
        )
        and not any(c.dep_ == "nummod" for c in root.children)
    )


def _read_as_adjective(verb: Token) -> bool:
    """The parser took the verb and its object for an adjective and the noun right after it
    ("and seized arms, ammunition, IEDs"); a trigger verb is no adjective."""
    return verb.dep_ == "amod" and verb.head.i == verb.i + 1


def _direct(cue: Span, trigger: Span) -> bool:
    """The cue sits on the trigger's own phrase: just before it, or as its adjective."""
    return cue.end <= trigger.start <= cue.end + _SURFACE_REACH or cue.root.head.i == trigger.root.i


def _denies_a_part(chain: list[Token], cue: Span, lang: str) -> bool:
    """ "ont démenti toute implication de l'armée dans le massacre", "denied any role in the
    attack": the denial is of a part in the event (``denied_parts`` in modality.yaml), which
    took place."""
    parts = word_set(lang, "modality", "denied_parts")
    return any(t.lemma_.lower() in parts for t in chain if t.i < cue.start or t.i >= cue.end)


def _what_stopped_happened(trigger: Span, chain: list[Token], cue: Span, lang: str) -> bool:
    """ "The march ended with ...", "les combats ont cessé": the event is the subject of the
    stop verb, or a clause with a subject of its own under it, or an adverbial clause of a
    stop verb that stopped something else ("ended the siege after killing five attackers"),
    so it took place; only its object or complement is what someone wants stopped ("cesser
    ses bombardements")."""
    below = trigger.root
    for token in chain:
        if cue.start <= token.i < cue.end:
            stop = token
            break
        below = token
    else:
        return False  # a cue phrase before the trigger, not above it
    return (
        below.dep_.startswith("nsubj")
        or (is_finite(below) and any(c.dep_.startswith("nsubj") for c in below.children))
        or _purpose(below, lang)
        # "ended the siege after killing five attackers": it stopped something else, and the
        # clause says when (not "prevented him from participating"); "stopped an attack on
        # their base, killing ten assailants", "tuant une quinzaine de terroristes": a
        # participle with no mark tells what they did meanwhile
        or (
            below.dep_ == "advcl"
            and any(c.dep_ == "obj" for c in stop.children)
            and (
                any(
                    c.dep_ == "mark" and c.lower_ in word_set(lang, "calendar", "when_marks")
                    for c in below.children
                )
                or (
                    not any(c.dep_ == "mark" for c in below.children)
                    and bool({"Part", "Ger"} & set(below.morph.get("VerbForm", [])))
                )
            )
        )
    )


def _purpose(clause: Token, lang: str) -> bool:
    """ "interrupted a community day to protest": a clause of purpose under the stop verb."""
    marks = _purpose_marks(lang)
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "aux") and c.lower_ in marks  # English "to" is tagged aux
        for c in clause.children
    )


@functools.cache
def _purpose_marks(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_resource(lang, "modality")["purpose_marks"])


def _below_what_came_after(root: Token, chain: list[Token], lang: str) -> list[Token]:
    """The chain up to the phrase or clause of what came before that holds the trigger
    ("After a clash on Monday, fighting continued": the clash is no ongoing fight, "After
    the attack, no protest was held" no denied attack): the verb of the event that came
    after it says nothing of it."""
    below = root
    for k, token in enumerate(chain):
        if opens_what_came_before(below, lang):
            return chain[:k]
        below = token
    return chain


def _governing_cues(
    trigger: Span, chain: list[Token], cues: Cues, own: range
) -> list[tuple[str, Span]]:
    """Modality cues that govern the trigger: on its way up to its clause head (and the
    adjectives there: "un prochain round"), the clause head's own cue children, or a cue
    phrase just before it."""
    found: list[tuple[str, Span]] = []
    seen: set[int] = set()

    def take(i: int) -> None:
        span = cues.modality.get(i)
        if span is not None and i not in own and span.start not in seen:
            seen.add(span.start)
            found.append((span.label_, span))

    for child in trigger.root.children:
        # "un futur sommet", "les pourparlers prévus à Genève"; not a clause that says what
        # the event is for ("a protest calling for ...", "protests to prevent a vote")
        if child.dep_ == "amod" or (child.dep_ == "acl" and _past_participle(child)):
            take(child.i)
    below = trigger.root
    for token in chain:
        planning = token.i in cues.modality and cues.modality[token.i].label_ == "planned"
        # a cue verb coordinated with the trigger's is a deed of its own, not its governor
        # ("accused X of damaging their fields and destroyed several houses")
        joined = below.dep_ == "conj" and below.head.i == token.i and token.pos_ == "VERB"
        # a copula the deed is joined to says who someone is: its modal is no doubt on the
        # deed ("militants described as Boko Haram, could be ISWAP, seized an ox"); what
        # governs both still does ("If the militants are in Djibo and attack the town")
        copula = below.dep_ == "conj" and below.head.i == token.i and token.pos_ == "AUX"
        if not (planning and _fronted_report(below, token)) and not joined:
            take(token.i)
        below = token
        for child in token.children:
            if child.dep_ in ("amod", "mark", "advmod", "obl:mod") or (
                child.dep_ in ("aux", "aux:tense") and not copula
            ):
                take(child.i)
    sent_start = trigger.sent.start
    root = trigger.root
    for span in cues.modality_spans:
        if (
            sent_start <= span.start
            and span.end <= trigger.start <= span.end + _SURFACE_REACH
            and not (root.dep_ == "conj" and span.root.i == root.head.i)  # "threatened and"
            and not _qualifies_a_noun_of(span.root, root)
        ):
            take(span.start)
    return found


def _qualifies_a_noun_of(cue: Token, root: Token) -> bool:
    """Whether the cue qualifies a noun that hangs on the trigger: it says who someone is,
    not whether the deed happened ("A man wanted for murder was shot dead by police", "A
    man accused of theft killed a policeman")."""
    for token in cue.ancestors:
        if token.i == root.i:
            return False
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            return any(a.i == root.i for a in token.ancestors)
    return False


def _fronted_report(clause: Token, verb: Token) -> bool:
    """A clause with its own subject written before the verb it hangs on ("militants
    abducted a pharmacist, they reportedly asked about ...": a comma splice the parser reads
    as the object of "asked") is a report of its own, not what is asked for or planned."""
    return (
        clause.dep_ == "ccomp"
        and clause.i < verb.i
        and any(c.dep_.startswith("nsubj") for c in clause.children)
    )


def _past_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm", []) and "Past" in token.morph.get("Tense", [])


def _descriptive(head: Token, cues: Cues) -> bool:
    """A present-tense relative clause with no time: "M. Assad, qui combat à ses côtés"; or
    one in the present perfect progressive dated by no more than how long ("the group, which
    has been fighting to overthrow the government for more than 15 years")."""
    if head.dep_ != "acl:relcl" or "Inf" in head.morph.get("VerbForm", []):
        return False  # (an infinitive says what they are there for: "protesters ... to protest")
    if _gathering_met(head, cues):
        return False
    subtree = {t.i for t in head.subtree}
    times = [span for span in cues.times if span.start in subtree]
    if _past(head):
        ongoing = "Prog" in head.morph.get("Aspect", []) and any(
            c.dep_ == "aux" and "Pres" in c.morph.get("Tense", []) for c in head.children
        )
        return ongoing and all(t.label_ == "duration" for t in times)
    return not times


def _announced_gathering(root: Token, cues: Cues, lang: str) -> bool:
    """A gathering a verb of announcing takes as its object is still to come: "announced a
    march", "ont annoncé une grève" (``announced`` in modality.yaml); not one its own clause
    tells in the past ("ont annoncé une marche qui a rassemblé des milliers de personnes")."""
    own = cues.triggers.get(root.i)
    return (
        own is not None
        and typing_of(own.label_).family == _GATHERING
        and root.dep_ == "obj"
        and root.head.lemma_.lower() in word_set(lang, "modality", "announced")
        and not any(c.dep_ == "acl:relcl" and _past(c) for c in root.children)
    )


def _gathering_met(head: Token, cues: Cues) -> bool:
    """A gathering told of the people another event of the sentence met: "ont dispersé
    plusieurs centaines d'opposants qui manifestaient" (the tagger may read the imperfect as
    a present): what they were doing then, an event, not what they are."""
    own = cues.triggers.get(head.i)
    if own is None or typing_of(own.label_).family != _GATHERING:
        return False
    token = head.head  # the people the clause is said of, up to the event they undergo
    for _ in range(_MET_REACH):
        if token.dep_ not in _UNDERGOING or token.head.i == token.i:
            return False
        token = token.head
        if token.i in cues.triggers and token.i != head.i:
            return True
    return False


_GATHERING = "protest"  # the family of gatherings (taxonomy.yaml)
_MET_REACH = 3  # steps from the people up to the verb of the event they undergo
_UNDERGOING = frozenset({"obj", "nmod", "obl", "obl:arg", "nsubj:pass"})


def _past(verb: Token) -> bool:
    tenses = set(verb.morph.get("Tense", []))
    for child in verb.children:
        if child.dep_.startswith("aux"):
            tenses.update(child.morph.get("Tense", []))
    return bool(tenses & {"Past", "Imp"}) or "Part" in verb.morph.get("VerbForm", [])


def _negation(trigger: Span, head: Token, cues: Cues, lang: str) -> list[Span]:
    root = trigger.root
    found: list[Span] = []
    for child in root.children:
        span = cues.negation.get(child.i)
        if span is not None and span.label_ in ("determiner", "preposition"):
            found.append(span)  # "aucun raid", "sans combats"
    for i in range(max(trigger.sent.start, trigger.start - 3), trigger.start):
        span = cues.negation.get(i)
        if span is not None and span.label_ == "correlative":
            found.append(span)  # "ni par une cessation des hostilités"
    if _framing_the_clause(root, head, lang) and any(
        c.left_edge.i in cues.zero_counts for c in head.children if c.dep_.startswith("nsubj")
    ):
        return found  # "Aucune victime n'a été signalée après l'attaque": it took place
    clauses = [head] + ([head.head] if head.dep_ == "xcomp" else [])
    for clause in clauses:
        particle = None
        for child in clause.children:
            span = cues.negation.get(child.i)
            if span is None:
                continue
            if span.label_ == "adverb":
                found.append(span)  # "n'a pas été mené"
            elif span.label_ == "particle":
                particle = span
        if particle is not None and not found:
            # "Aucune date n'a été fixée", "nul n'a vu": "ne" with a negative word before it
            before = [cues.negation.get(i) for i in range(clause.sent.start, particle.start)]
            words = [s for s in before if s is not None and s.label_ == "determiner"]
            if words:
                found.extend([words[-1], particle])
    return found


def _framing_the_clause(root: Token, head: Token, lang: str) -> bool:
    """The trigger says when or in what the clause's deed happened ("après l'attaque", "in
    the attack": ``frames`` in roles.yaml, ``when_marks`` in calendar.yaml). When the clause
    denies a toll ("Aucune victime n'a été signalée"), the event took place (not "was not
    killed in an attack but in an accident")."""
    marks = word_set(lang, "roles", "frames") | word_set(lang, "calendar", "when_marks")
    # (or on the mark the parser hung on the clause: « lors » in « lors de l'attaque »)
    mark = root.head
    return root.dep_.startswith("obl") and (
        (mark.i == head.i and any(c.dep_ == "case" and c.lower_ in marks for c in root.children))
        or (mark.lower_ in marks and mark.head.i == head.i)
    )


def _future(head: Token) -> bool:
    tokens = [head, *(c for c in head.children if c.dep_.startswith("aux"))]
    return any("Fut" in t.morph.get("Tense", []) for t in tokens)


def _conditional(head: Token) -> bool:
    tokens = [head, *(c for c in head.children if c.dep_.startswith("aux"))]
    return any("Cnd" in t.morph.get("Mood", []) for t in tokens)


def _in_past_reported_speech(head: Token) -> bool:
    governor = head.head
    if head.dep_ != "ccomp" or governor.i == head.i:
        return False
    tenses = set(governor.morph.get("Tense", []))
    for child in governor.children:
        if child.dep_.startswith("aux"):
            tenses.update(child.morph.get("Tense", []))
            if "Pres" in child.morph.get("Tense", []) and "Part" in governor.morph.get(
                "VerbForm", []
            ):
                tenses.add("Past")  # passé composé: "a affirmé"
    return bool(tenses & _REPORTED_SPEECH_TENSES)
