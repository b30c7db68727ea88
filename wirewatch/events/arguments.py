"""Linking a trigger to when: its time expressions, and what came before it (where is
events/placing.py's; who says so events/attribution.py's)."""

from __future__ import annotations

import functools
from collections.abc import Container

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import Candidate, Cues
from wirewatch.events.subjects import bare_participle
from wirewatch.events.syntax import clause_head, opens_a_phrase_of, span_distance
from wirewatch.events.taxonomy import is_concept, typing_of
from wirewatch.lang import load_resource, word_set
from wirewatch.lang.countries import fold

_OWN_TIME_REACH = 3
_DURATION = "duration"  # a time span's label for a length ("72 heures")
# A verb's dependency on the noun it qualifies: "the chief, abducted on July 7, ...", "the
# chief, who was abducted on July 7, ..."
_NOUN_CLAUSES = frozenset({"acl", "acl:relcl"})
# a verb hung by these on a word of the trigger's clause tells something else, at its own
# time: purposes, relative clauses, adverbial clauses ("to call for elections in April")
_CLAUSES_BELOW = frozenset({"acl", "acl:relcl", "advcl"})
# ... and a verb joined after the trigger that names no event ("but released the next day")
_JOINED_AFTER, _COORDINATOR = "conj", "cc"
_OBJECT = "obj"
_PARTICIPLE_CLAUSE, _PROGRESSIVE = "acl", "Prog"  # "women collecting firewood"
_PRONOUNS = frozenset({"PRON", "DET"})  # (the French tagger reads a clitic « les » a determiner)
_COMPLEMENT = "ccomp"
_AUXILIARIES = frozenset({"aux", "aux:pass", "aux:tense"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OWN_CLAUSES = frozenset({"acl", "acl:relcl", "conj", "parataxis"})  # clauses of their own
_INSIDE_NOUN_PHRASE = frozenset({"det", "nummod", "amod", "compound", "nmod:poss"})
_MARKS = frozenset({"case", "det", "punct", "mark"})
_VERBS = frozenset({"VERB", "AUX"})  # the heads of clauses


_DATE = "date"  # the TIMES label of a day named by its date or name ("jeudi", "on 12 May")
_DAYS = frozenset({_DATE, "relative", "part_of_day"})  # TIMES labels that name a day
_QUALITIES = frozenset({_DURATION, "part_of_day"})  # labels of times that may qualify a noun
_INTERVAL = "interval"  # the TIMES label of a span from one time to another


def _in_its_clause_of_time(token: Token, root: Token, marks: frozenset[str]) -> bool:
    """ "At least 32 people were killed when militants detonated a car bomb and stormed a
    hotel on Friday evening": the token is in an adverbial clause of the trigger opened by
    one of ``marks`` (``when_marks`` in calendar.yaml), which tells when it happened, so
    its time is the trigger's too (not a clause of purpose: "to prevent him from
    participating in the Red Wednesday demonstration")."""
    while token.i != root.i and token.head.i != token.i:
        if token.head.i == root.i:
            return token.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in token.children
            )
        token = token.head
    return False


def link_times(cand: Candidate, cues: Cues, claimed: dict[int, int], lang: str) -> None:
    """Time expressions bearing on the trigger: its own (close in the tree), else the
    sentence's (attached to the main verb or opening the sentence)."""
    root = cand.trigger.root
    in_sentence = [
        t
        for t in cues.in_sentence(cues.times, cand.sentence)
        if not dates_another_noun(t, cand)
        and not _dates_another_event(t, cand, cues)
        and not _dates_its_noun(t, cand, cues, lang)
        and not _dates_what_came_before(t, cand, cues, lang)
    ]
    ancestors = {root.i} | {a.i for a in root.ancestors}
    sent = cand.sentence
    reports = {i for a in cues.in_sentence(cues.attribution, sent) for i in range(a.start, a.end)}
    # a verb joined after the trigger that names no event tells what came of it, at its own
    # time ("were abducted, but released the following day"); not a day it names with the
    # trigger's subject after a coordinator, the day of both deeds (« ont incendié l'école et
    # emporté des vivres jeudi »), unless a pronoun takes up the trigger's victims
    # (« ont enlevé le maire et l'ont relâché dimanche »)
    joined = [
        t
        for t in sent
        if t.pos_ == "VERB"
        and t.dep_ == _JOINED_AFTER
        and t.i > root.i
        and t.i not in cues.triggers
    ]
    after = {t.i for t in joined}
    own_subject = {
        t.i
        for t in joined
        if not any(c.dep_ == _COORDINATOR for c in t.children)
        or any(
            c.dep_ in _SUBJECTS or (c.dep_ == _OBJECT and c.pos_ in _PRONOUNS) for c in t.children
        )
    }
    # ... or the verb after it the parser made the trigger's clause the complement of ("militants
    # abducted a goldminer, he was released nine months later": no report of it)
    head = root.head
    if (
        root.dep_ == _COMPLEMENT
        and head.i > root.i
        and head.pos_ == "VERB"
        and head.i not in cues.triggers
        and head.i not in reports
    ):
        after.add(head.i)
    marks = word_set(lang, "calendar", "when_marks")
    words = {m.root.i for m in cand.mentions}
    near = [
        t
        for t in in_sentence
        if _reach(t, cand) <= _OWN_TIME_REACH
        and (
            claimed.get(t.start, root.i) in ancestors
            or _in_its_clause_of_time(root.doc[claimed[t.start]], root, marks)
            or _told_after_its_conjunct(t, root.doc[claimed[t.start]], root, cues)
        )
        and not _dates_a_clause_below(
            t, root, reports, after if t.label_ != _DATE else own_subject, cues.triggers, words
        )
    ]
    # a time on the reporting verb dates the report: a day the deed's own words give comes
    # first ("were killed when militants ... stormed a hotel on Friday evening, police said
    # on Saturday"), not a mere length or start ("claimed to have killed ... in the course
    # of two days": the report's day is the one ACLED codes); so does one on a claim of it
    # (« L'attaque qui a tué dix soldats en mai a été revendiquée samedi »)
    claims = word_set(lang, "roles", "claim_verbs")
    told = reports | {t.i for t in sent if t.lemma_.lower() in claims}
    dated = any(t.root.head.i not in told and t.label_ in _DAYS for t in near)
    own = sorted(
        (
            dated and t.root.head.i in told,
            _its_length(t, cand.trigger),
            span_distance(t, root),
            t.start,
            t,
        )
        for t in near
    )
    if own:
        cand.times = [t for *_, t in own]
        return
    sent_root = cand.sentence.root
    # (the main verb's, however the parser hung it: « blessé ... lors d'une embuscade près de
    # Mavivi, dans le territoire de Beni, samedi », the day on the territory)
    framing = [
        t
        for t in in_sentence
        if (
            sent_root.i in (t.root.head.i, claimed.get(t.start))
            or t.start == cand.sentence.start
            or _opens_sentence(t)
        )
        and not _dates_a_clause_below(t, root, reports, after, cues.triggers)
    ]
    cand.times = framing[:2]


def _reach(time: Span, cand: Candidate) -> int:
    """How far the time is from the trigger, or from a verb of its sentence folded into it as
    its result (« l'attaque de Djibo qui a tué dix soldats samedi »: the day of the killing,
    the attack's)."""
    words = (cand.trigger, *cand.mentions)
    return min(span_distance(time, m.root) for m in words if m.sent.start == cand.sentence.start)


def _dates_what_came_before(time: Span, cand: Candidate, cues: Cues, lang: str) -> bool:
    """ "After a clash between soldiers and police on Monday, fighting continued", "À la
    suite de l'arrestation d'un chef samedi, des habitants ont manifesté": a time inside the
    phrase or clause one of ``antecedent_marks`` opens on an event's word dates that event,
    not the one its sentence tells after it (not "After two days, fighting resumed": the
    phrase is the time itself)."""
    opener = _antecedent_phrase(_dating_word(time), cand.trigger, cues, lang)
    return (
        opener is not None and opener.i in cues.triggers and not time.start <= opener.i < time.end
    )


def came_before(told: Candidate, cand: Candidate, cues: Cues, lang: str) -> bool:
    """Whether ``told`` is named in the phrase or clause one of ``antecedent_marks`` opens in
    the candidate's sentence ("After a clash on Monday, fighting continued": the clash came
    before the fighting, whose date it is not)."""
    return (
        told.sentence.start == cand.sentence.start
        and _antecedent_phrase(told.trigger.root, cand.trigger, cues, lang) is not None
    )


def _antecedent_phrase(word: Token, trigger: Span, cues: Cues, lang: str) -> Token | None:
    """The head of the phrase or clause of what came before the word is in
    (``antecedent_phrase``); None when there is none, or when it tells the same incident: the
    cause of a toll told in the passive ("Three soldiers were killed after gunmen attacked
    their patrol on Sunday"), the same authors' earlier step, told with no subject ("abducted
    a chief after attacking his home on Friday", "après avoir arrêté leur véhicule"), or a
    point in time ("Two days after the attack")."""
    opener = antecedent_phrase(word, trigger, lang)
    return None if opener is None or _one_incident(opener, cues) else opener


def antecedent_phrase(word: Token, trigger: Span, lang: str) -> Token | None:
    """The head of the phrase or clause of what came before (opened by one of
    ``antecedent_marks``) the word is in, below the trigger's sentence and outside the
    trigger's own phrase, which leaves the trigger out ("The marchers demanded the closure
    of a quarry after a bridge was destroyed": "destroyed", for "demanded"); None when there
    is none."""
    opener = _phrase_marked(word, trigger, word_set(lang, "roles", "antecedent_marks"), False)
    if opener is None or trigger.root.i in {a.i for a in opener.subtree}:
        return None  # (the trigger's own phrase: it is the event that came before)
    return opener


def grounds_phrase(word: Token, trigger: Span, lang: str) -> Token | None:
    """The head of the phrase or clause the word is in that tells what the trigger's event
    was done for (opened by one of ``grounds_marks``): "Police arrested two men for the
    murder of a trader", "detained a suspect in connection with the killing", "burned the
    police station over the killing of a motorcyclist", « pour protester contre le meurtre
    ». Within the word's own clause ("arrested ten men in a raid in which three were
    killed": the killing is the raid's); None when there is none."""
    return _phrase_marked(word, trigger, word_set(lang, "roles", "grounds_marks"), True)


def _phrase_marked(
    word: Token, trigger: Span, marks: frozenset[str], own_clause: bool
) -> Token | None:
    """The first head up from the word of a phrase or clause opened by one of ``marks``,
    outside the trigger's own phrase: up to the sentence's root, or within the word's own
    clause when ``own_clause``; None when the walk meets the trigger or ends first."""
    for token in (word, *word.ancestors):
        if trigger.start <= token.i < trigger.end or token.i == trigger.root.i:
            return None
        if opens_a_phrase_of(token, marks):
            return token
        if own_clause and token.pos_ in _VERBS:
            return None
    return None


def _one_incident(opener: Token, cues: Cues) -> bool:
    """Whether the phrase of what came before tells the same incident as the word it hangs
    on (``_antecedent_phrase``)."""
    marks = [c for c in opener.children if c.dep_ in ("mark", "case")]
    head = opener.head
    # (the toll it hangs on, or the one the verb it hangs on is joined to: "Five soldiers
    # were killed and three others are missing after an ambush")
    tolls = [head, head.head] if head.dep_ in ("conj", "advcl") else [head]
    return (
        any(_a_told_toll(verb, cues) for verb in tolls)
        or (opener.pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in opener.children))
        or any(m.n_lefts or m.n_rights for m in marks)  # ("Two days after": a distance in time)
    )


def _its_length(time: Span, trigger: Span) -> bool:
    """A duration or a part of the day that qualifies the event's own words ("une grève de 72
    heures", "a strike of 72 hours", "un accord de cessez-le-feu de trois jours", "des
    bombardements nocturnes", "un couvre-feu nocturne"): its length or its hours, which come
    after the times that date it ("entamé lundi", "ont frappé mardi")."""
    return time.label_ in _QUALITIES and trigger.start <= time.root.head.i < trigger.end


def _dates_a_clause_below(
    time: Span,
    root: Token,
    reports: set[int],
    after: set[int] | None = None,
    events: Container[int] = (),
    own: Container[int] = (),
) -> bool:
    """ "barricaded a road to call for elections in April", "marched for a man who
    disappeared on 17 August": a time inside a clause under the trigger dates that clause's
    verb, not the trigger (a reporting verb's time, "a affirmé mercredi", dates what it
    reports); so does one under a verb of ``after``, joined after it ("but released the
    following day"). Not a clause of the event's ``own`` words, its result told below it
    ("l'attaque de Djibo qui a tué dix soldats samedi")."""
    clause = clause_head(root)  # a noun trigger ("Rioters barricaded ...") by its verb
    for token in time.root.ancestors:
        if after and token.i in after:
            return True
        if token.head.i == root.i and _qualifies_the_noun_before(token, root, events):
            return True
        if token.i in (root.i, clause.i) or token.head.i == root.i:
            return False  # (the trigger's own participle: "les raids menés samedi")
        if (
            token.pos_ == "VERB"
            and token.dep_ in _CLAUSES_BELOW
            and token.i not in reports
            and token.i not in own
            and clause in token.ancestors
            # (not the participle of an actor's words: « par des hommes armés à Djibo samedi »)
            and not any(a.start <= token.i < a.end for a in time.doc.spans.get(docspec.ACTORS, ()))
            and not _what_they_were_doing(token, root)
        ):
            return True
    return False


def _what_they_were_doing(verb: Token, root: Token) -> bool:
    """ "abducted four women collecting firewood near Arbinda on Thursday": a progressive
    participle on the trigger's argument tells what they were doing when it befell them, at
    its time."""
    return (
        verb.dep_ == _PARTICIPLE_CLAUSE
        and _PROGRESSIVE in verb.morph.get("Aspect", [])
        and verb.head.head.i == root.i
    )


def _qualifies_the_noun_before(verb: Token, root: Token, events: Container[int]) -> bool:
    """ "blocked the roads to demand the resignation of the new cabinet, appointed on
    February 21": a bare past participle set off by a comma right after a noun below an
    active trigger with an object, which the parser hung on the trigger's verb, says what
    befell that noun (not "Villagers fled, killing two": an active participle is the
    trigger's own deed; nor a noun of ``events``, the words of events: "killed four people
    in an attack, carried out on Saturday" dates the attack)."""
    doc = verb.doc
    before = verb.i - 2
    return (
        verb.dep_ == "advcl"
        and verb.i > root.i + 2
        and "Past" in verb.morph.get("Tense", [])
        and bare_participle(verb)
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
        and doc[verb.i - 1].is_punct
        and doc[before].pos_ in ("NOUN", "PROPN")
        and doc[before].i != root.i
        and doc[before].head.i != root.i  # ("killed 20 in an operation, launched on Thursday")
        and before not in events
        and root.is_ancestor(doc[before])
        # (the trigger's own object comes first: "Two soldiers were killed near Djibo,
        # ambushed on Monday" tells the soldiers' fate)
        and any(c.dep_ == "obj" and c.i < verb.i for c in root.children)
    )


def dates_another_noun(time: Span, cand: Candidate) -> bool:
    """ "after the 2011 mutiny", "last year's mutinies": a time inside a noun phrase dates
    what that noun names, not the trigger (unless the noun is the trigger); a time set off
    from the noun by a comma frames the sentence, wherever the parser hangs it."""
    word = _dating_word(time)
    head = word.head
    doc = time.doc
    between = doc[min(time.end, head.i) : max(time.start, head.i + 1)]
    return (
        word.dep_ in _INSIDE_NOUN_PHRASE
        and head.pos_ in ("NOUN", "PROPN")
        and not cand.trigger.start <= head.i < cand.trigger.end
        and not any(t.is_punct for t in between)  # "Overnight on 5 April, a dispute ..."
    )


def _dates_its_noun(time: Span, cand: Candidate, cues: Cues, lang: str) -> bool:
    """ "took the street in tribute to the victims of the uprising of 30 and 31 October
    2014": a date hung on a noun by a preposition that only ties a date to a noun
    (``noun_date_marks`` in calendar.yaml) dates that noun, wherever the parser hangs the
    noun, unless the noun is the trigger ("the riots of 30 October") or a time word ("on
    the morning of July 9", "la semaine du 9 juillet": the date of the event's time)."""
    word = _dating_word(time)
    noun = word.head
    marks = word_set(lang, "calendar", "noun_date_marks")
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and not cand.trigger.start <= noun.i < cand.trigger.end
        and not any(t.start <= noun.i < t.end for t in cues.times)
        and noun.lower_ not in _time_nouns(lang)
        and any(
            c.dep_ == "case" and c.lower_ in marks and _ties_to_noun(c, time) for c in word.children
        )
    )


def _ties_to_noun(mark: Token, time: Span) -> bool:
    """The mark ties the time to a noun: it stands before the expression ("of 30 and 31
    October 2014"), or opens it when it is no interval (the "du" of "du 30 avril au 7 mai"
    opens its two ends, not a noun's date)."""
    return mark.i < time.start or time.label_ != _INTERVAL


@functools.cache
def _time_nouns(lang: str) -> frozenset[str]:
    """Nouns that name a stretch of time (calendar.yaml units and parts of day: "la semaine
    du 9 juillet", "the morning of July 9")."""
    calendar = load_resource(lang, "calendar")
    return frozenset(w.lower() for w in (*calendar["units"], *calendar["parts_of_day"]))


def _dating_word(time: Span) -> Token:
    """The word by which the time hangs on the rest of the sentence: its root, or for a
    span whose words all hang outside it, the one that is no mark ("in the 2011 attempted
    coup": the year, not "in")."""
    outside = [t for t in time if not time.start <= t.head.i < time.end]
    return next((t for t in reversed(outside) if t.dep_ not in _MARKS), time.root)


def _dates_another_event(time: Span, cand: Candidate, cues: Cues) -> bool:
    """ "demonstrated for justice about Dabo Boukary's assassination in 1990": a time set on
    the noun of an event of another family dates that event, not the trigger (the noun of
    one of its own family may be the trigger's own telling: "killed two people in an
    attack on Saturday")."""
    head = time.root.head
    other = cues.triggers.get(head.i)
    return (
        time.root.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and other is not None
        and not cand.trigger.start <= head.i < cand.trigger.end
        and is_concept(other.label_)
        and typing_of(other.label_).family != cand.typing.family
    )


def dated_in_its_phrase(cand: Candidate, times: list[Span]) -> bool:
    """A noun event whose own phrase holds a date ("the 2011 mutiny", "last year's riots"):
    an event of its own date, told as background (not a length: "a 96 hours strike")."""
    root = cand.trigger.root
    return root.pos_ in ("NOUN", "PROPN") and any(
        t.root.head.i == root.i and t.root.dep_ in _INSIDE_NOUN_PHRASE and t.label_ != _DURATION
        for t in times
    )


def dated_in_its_clause(cand: Candidate, times: list[Span]) -> bool:
    """A verb event told in a clause that qualifies a noun, with a date of its own ("the
    village chief, abducted on July 7, was executed", "who was abducted on July 7"): told
    as background, as a noun event dated in its phrase is (not a length either)."""
    root = cand.trigger.root
    own = {c.dep_ for c in root.children}
    return (
        root.pos_ == "VERB"  # (tagged VBD or VBN)
        and root.dep_ in _NOUN_CLAUSES
        # (a bare participle with an object is a main verb the parser took for one: "-
        # Suspected Anglophone separatists abducted at least 11 students ... on Tuesday")
        and not (
            root.dep_ == "acl"
            and "obj" in own
            and not own & _AUXILIARIES
            and "Past" in root.morph.get("Tense", [])  # (not "an attack killing five")
        )
        and any(t.root.head.i == root.i and t.label_ != _DURATION for t in times)
    )


def told_as_what_came_before(cand: Candidate, cues: Cues, lang: str) -> bool:
    """An event told as what came before the event of its sentence: in a clause or phrase
    one of ``antecedent_marks`` opens ("After police arrested students, protests were still
    held", "Following the introduction of a curfew, people were beaten", "À la suite de
    l'arrestation d'un chef, des habitants ont manifesté"), or as the subject of one of
    ``cause_verbs`` ("the arrest of a smuggler sparked a demonstration"; roles.yaml). Only
    when the clause it hangs on tells an event ACLED types (the verb it hangs on, or a word
    that verb governs directly: not "after a firefight, militants fled"), and that event is
    no toll told in the passive, which its cause did ("seven people were wounded following
    intercommunal violence"). Background: the sentence's own event comes first."""
    root = cand.trigger.root
    for token in (root, *root.ancestors):
        if opens_what_came_before(token, lang):
            head = token.head
            return not _a_told_toll(head, cues) and _tells_a_typed_event(head, token, cues)
        if token.dep_ == "ROOT" or token.dep_ in _OWN_CLAUSES:
            break  # (a clause of its own inside the phrase tells its own event: "soldiers
            # detained following last year's mutinies protested", misparsed)
    head = root.head
    if root.dep_ not in _SUBJECTS or head.lemma_ not in word_set(lang, "roles", "cause_verbs"):
        return False
    return any(_tells_a_typed_event(c, root, cues) for c in head.children if c.dep_ == "obj")


def opens_what_came_before(token: Token, lang: str) -> bool:
    """Whether the token heads a clause or phrase of what came before the event of the word
    it hangs on, opened by one of ``antecedent_marks`` (roles.yaml: "After police arrested
    students", "Following the introduction of a curfew", "À la suite de l'attaque")."""
    return opens_a_phrase_of(token, word_set(lang, "roles", "antecedent_marks"))


def _a_told_toll(verb: Token, cues: Cues) -> bool:
    """Whether the verb is a trigger told in the passive ("were wounded", "were killed", a
    headline's "soldiers killed") with no author of its own ("people were beaten by
    uniformed assailants" is their deed)."""
    trigger = cues.triggers.get(verb.i)
    return (
        trigger is not None
        and trigger.root.i == verb.i
        # (or a headline's bare participle: "Four soldiers killed, eleven missing")
        and (
            any(c.dep_ == "aux:pass" for c in verb.children)
            or (bare_participle(verb) and any(c.dep_ == "nsubj:pass" for c in verb.children))
        )
        and not any(c.dep_ == "obl:agent" and c.i in cues.actor_tokens for c in verb.children)
    )


def _tells_a_typed_event(head: Token, apart: Token, cues: Cues) -> bool:
    """Whether the word, or one it governs directly other than ``apart``, is the root of a
    trigger of an event ACLED types."""
    words = [head, *(c for c in head.children if c.i != apart.i)]
    triggers = [cues.triggers.get(w.i) for w in words]
    return any(
        t is not None
        and t.root.i == w.i
        and is_concept(t.label_)
        and typing_of(t.label_).event_type is not None
        for w, t in zip(words, triggers, strict=True)
    )


def _opens_sentence(span: Span) -> bool:
    """ "Samedi, ..." / "Le même jour, ...": a time phrase before the first comma."""
    sent = span.sent
    for token in sent:
        if token.i >= span.start:
            return token.i == span.start and all(
                not t.is_punct for t in sent.doc[sent.start : span.start]
            )
        if token.is_punct:
            return False
    return False


def _told_after_its_conjunct(time: Span, verb: Token, root: Token, cues: Cues) -> bool:
    """A time told after an event verb joined to the trigger's ("attacked and briefly took
    control of the town ... on Friday"): it dates both deeds."""
    return (
        verb.dep_ == _JOINED_AFTER
        and verb.head.i == root.i
        and verb.i in cues.triggers
        and time.start > verb.i
    )


def dated_apart(a: Candidate, b: Candidate, skipped: frozenset[str] = frozenset()) -> bool:
    """Each told with a time of its own, and not the same ("set police stations on fire on
    Monday to protest against clashes that killed four students last month"); times of the
    ``skipped`` labels left out (a length is no day: "for several hours")."""
    own_a, own_b = own_times(a, skipped), own_times(b, skipped)
    return bool(own_a and own_b) and not own_a & own_b


def own_times(cand: Candidate, skipped: frozenset[str] = frozenset()) -> set[str]:
    """The time words the candidate was told with itself (none when it took them from the
    report before it), but those of the ``skipped`` labels."""
    if cand.time_inherited:
        return set()
    return {fold(t.text) for t in cand.times if t.label_ not in skipped}
