"""Linking a trigger to where and when: its place and its time expressions (who says so is
events/attribution.py's)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Container

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.actors import case_marks
from wirewatch.events.candidates import Candidate, Cues, PlaceArg
from wirewatch.events.references import Focus, place_details, written_with_kind
from wirewatch.events.subjects import bare_participle
from wirewatch.events.syntax import clause_head, opens_a_phrase_of, prepositions, span_distance
from wirewatch.events.taxonomy import is_concept, typing_of
from wirewatch.lang import load_resource, word_set
from wirewatch.lang.countries import fold

_PLACE_REACH = 5  # edges between a trigger and its place
_DIPLOMACY_PLACE_REACH = 3
_OWN_TIME_REACH = 3
_DURATION = "duration"  # a time span's label for a length ("72 heures")
# A verb's dependency on the noun it qualifies: "the chief, abducted on July 7, ...", "the
# chief, who was abducted on July 7, ..."
_NOUN_CLAUSES = frozenset({"acl", "acl:relcl"})
# a verb hung by these on a word of the trigger's clause tells something else, at its own
# time: purposes, relative clauses, adverbial clauses ("to call for elections in April")
_CLAUSES_BELOW = frozenset({"acl", "acl:relcl", "advcl"})
# ... and a verb joined after the trigger that names no event ("but released the next day")
_JOINED_AFTER = "conj"
# How a name hangs on the noun of a kind it names: "Zamfara state", "the capital Bujumbura".
_NAMING = frozenset({"compound", "appos"})
_COMPLEMENT = "ccomp"
_AUXILIARIES = frozenset({"aux", "aux:pass", "aux:tense"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OWN_CLAUSES = frozenset({"acl", "acl:relcl", "conj", "parataxis"})  # clauses of their own
_INSIDE_NOUN_PHRASE = frozenset({"det", "nummod", "amod", "compound", "nmod:poss"})
_MARKS = frozenset({"case", "det", "punct", "mark"})
_VERBS = frozenset({"VERB", "AUX"})  # the heads of clauses
_UNKNOWN_RANK = 2.5  # an unknown name: after the focus place (2), before a country (3)
_HOME_RANK = 2.25  # where the authors come from: after the focus place, before unknown names
_HOME_OF = frozenset({"nmod", "compound"})  # "residents of Gaoua", "Djibo residents"
_PART_OF_NOUN = frozenset({"amod", "compound"})  # "a sit-in protest", "a protest march"
_LABEL_RANK = {
    "toponym": 0,
    "focus_reference": 2,
    "capital_reference": 2,
    "vague": 2,
    "country": 3,
    "country_reference": 3,
}
_REFERENCES = frozenset({"focus_reference", "country_reference"})  # words, not names
_CAPITAL_REFERENCE = "capital_reference"  # "the capital", "devant la primature"


@functools.cache
def _locative(lang: str) -> frozenset[str]:
    return frozenset(w.split()[0].lower() for w in load_resource(lang, "places")["locative"])


def link_place(
    cand: Candidate,
    cues: Cues,
    focus: Focus,
    lang: str,
    used: set[int],
    dateline: set[int],
    known: Callable[[str], bool] | None = None,
) -> None:
    """The place the event happened: the most specific, then closest, place phrase near the
    trigger; never the dateline's place (the reporter's bureau). A name ``known`` says no
    gazetteer holds, with no area around it in the text, comes after the names it does hold
    and the article's focus place: it could only be coded to its country."""
    root = cand.trigger.root
    diplomacy = cand.typing.family == "diplomacy"
    reach = _DIPLOMACY_PLACE_REACH if diplomacy else _PLACE_REACH
    locative = _locative(lang)
    areas = word_set(lang, "places", "area_kinds")
    of = word_set(lang, "places", "of")
    kinds = word_set(lang, "places", "descriptors")
    compass = word_set(lang, "places", "compass")
    beside = word_set(lang, "places", "beside")
    aimed = locative | case_marks(lang)["target"]
    destinations = word_set(lang, "places", "destinations")
    ancestors = {root.i} | {a.i for a in root.ancestors}
    best: tuple[tuple[float, int, bool, int], Span] | None = None
    named: list[Span] = []
    for span in cues.in_sentence(cues.places, cand.sentence):
        if used.intersection(range(span.start, span.end)) or span.start in dateline:
            continue  # already an actor ("a demandé à la Russie") or a source
        if span.label_ == "enclosing":
            continue  # "(Kouande, Atacora)": where the place before it lies, not another place
        if span.label_ == "country" and span.root.dep_ == "nsubj" and span.root.head.i != root.i:
            continue  # "Russia did not comment on the strike": a country that acts is no place
        if span.label_ == "country" and _where_an_actor_is(span, root, cues):
            continue  # "the RED-Tabara group, which is based in eastern Congo"
        marks = prepositions(span.root)
        if span.root.dep_ in _NAMING:  # "in Nigeria's northwestern Zamfara [state]", "in
            # Burundi's economic capital Bujumbura": the locative of the noun it names
            marks |= prepositions(span.root.head)
        elif marks <= of and span.root.head.lower_ in compass:
            # "dans le centre du Mali", "dans l'Est du pays": the locative of the part named
            # (not a direction: "avant de fuir vers l'ouest du Mali")
            marks |= (prepositions(span.root.head) & locative) - beside
        if (cue := cues.place_cues.get(span.start)) is not None:
            marks.add(cue.kb_id_)  # as written: a wrong parse may hang it elsewhere
        if marks & destinations and _gone_to(span, lang) and _went_to_do_it(span, root):
            marks |= locative  # "residents marched to Kaya", "went to Koubri to protest"
        phrase = _phrase_head(span.root, of, kinds) if span.label_ == "toponym" else None
        if (
            phrase is not None
            and marks <= of
            and (prepositions(phrase) & aimed or _aimed(span, cand, of, kinds))
        ):
            # "sur un marché de la localité de Binnich", "une attaque contre le camp militaire
            # de Léré", "took control of the town of Quissanga": the name of the place the
            # phrase put the event at or aimed it at
            marks |= locative
        if diplomacy and not (
            marks & locative
            and span.label_ in ("toponym", "country")
            and span.root.head.i in ancestors
        ):
            continue  # "ne demandera pas de cesser (...) sur Alep": not the talks' place
        if marks & locative:
            named.append(span)  # said as where something is, however far from the trigger
        distance = span_distance(span, root)
        if _described_by(span, root):
            distance = 1  # "le quartier de Boustane al-Qasr, violemment bombardé depuis ..."
        designated = cue is not None and cue.label_ == "designation"
        home = False
        if not designated and (distance > reach or (distance > 2 and not marks & locative)):
            # a far place counts only with a locative ("dans plusieurs pays"), or as where
            # the event's authors come from
            home = not diplomacy and span.label_ == "toponym" and _home_of_authors(span, root)
            if not home:
                continue
        # Where the text says the event is placed ("coded as Djibo"), else the most specific
        # place ("à Damasak, dans l'Etat de Borno"), a name the gazetteer holds before one
        # it lacks, then the closest; where its authors come from only when nothing else
        # places it.
        rank = -1.0 if designated else _specificity(span, areas)
        if span.label_ == "toponym" and not (known is None or _placeable(span, known, focus, lang)):
            rank += _UNKNOWN_RANK
        elif home:
            rank = _HOME_RANK
        # (at one distance, a place under the trigger before one reached through the verb it
        # hangs on: "Gunmen killed eight civilians in Kaya ..., and six soldiers were killed
        # the next day in an ambush near Dori")
        key = (rank, distance, not root.is_ancestor(span.root), abs(span.start - root.i))
        if best is None or key < best[0]:
            best = (key, span)
    if best is None:
        return
    span = best[1]
    seat = next((n for n in named if n.label_ == _CAPITAL_REFERENCE), None)
    if seat is not None and span.label_ == "toponym" and _home_of_authors(span, root):
        # "des habitants de Djibo ont manifesté devant la primature": a government's seat,
        # in the capital, over where the protesters come from
        span = seat
    elif 0 <= best[0][0] < _HOME_RANK and known is not None:
        # (not where the text says it is coded, nor the authors' home)
        span = _named_inside(span, [n for n in named if known(n.text)], focus, lang) or span
    relation, context, reference = place_details(span, span.label_, focus, lang)
    cand.place = PlaceArg(
        span,
        span.label_,
        relation,
        context,
        reference,
        # "the city" with no city before it refers to a place the text does not name: no
        # name to look up ("the city" is no alternate name of Oakville, Connecticut)
        "reference"
        if span.label_ in _REFERENCES or (reference is not None and span.label_ != "toponym")
        else "text",
    )


_APPOSED_REACH = 4


def _where_an_actor_is(place: Span, root: Token, cues: Cues) -> bool:
    """The place is told in a relative clause of an actor's noun that does not hold the
    event ("blamed the attack on the RED-Tabara rebel group, which is based in neighbouring
    eastern Democratic Republic of Congo"): where the actor is, not where the event was (a
    country so told; a town may be the parser's misreading: "abducted the councillor, who is
    the village chief of Basnere, in his home village in Djibo")."""
    clause = next((a for a in place.root.ancestors if a.dep_ == "acl:relcl"), None)
    return (
        clause is not None
        and clause.head.i in cues.actor_tokens
        and not clause.is_ancestor(root)
        and clause.i != root.i
    )


def _named_inside(place: Span, named: list[Span], focus: Focus, lang: str) -> Span | None:
    """A place the sentence names as lying in the chosen one, before it: the event is there
    ("par l'explosion d'un engin ... près du village de Mémé, dans l'arrondissement de Mora":
    Mémé, which the parse hangs too far from the explosion to reach). Only a name the
    gazetteer holds: one it lacks would be coded through the area anyway, less surely."""
    for other in named:
        if other.label_ != "toponym" or other.end > place.start:
            continue
        reference = place_details(other, other.label_, focus, lang)[2]
        if reference is not None and reference.start == place.start:
            return other
    return None


def _gone_to(place: Span, lang: str) -> bool:
    """The place is where a verb of going goes (``motion_verbs`` in places.yaml)."""
    return place.root.head.lemma_.lower() in word_set(lang, "places", "motion_verbs")


def _went_to_do_it(place: Span, root: Token) -> bool:
    """The verb of going to the place takes the event's authors there, and the going is the
    event or is done to do it: "residents of the Soubeira area marched to Kaya", "Kouba
    residents went to Koubri to protest", "vigilantes came to Kompienbiga to capture a
    thief"; not "soldiers headed to Arbinda after militants attacked Djibo", "gunmen
    kidnapped a priest who was driving to Djibo", "attacked the village and headed to
    Mali" (a place gone to for anything else is none of the event's)."""
    verb = place.root.head
    return verb.i == root.i or (root.head.i == verb.i and docspec.purpose_of(root))


def _home_of_authors(place: Span, root: Token) -> bool:
    """The place names where the subject of the trigger's clause comes from: "Residents of
    Ouagadougou staged a sit-in outside the HQ of Sonabel", "students in Ouagadougou
    organized a march", "des habitants de Djibo ont manifesté". People act where
    they live unless the text places the event elsewhere, so it is the place of last
    resort (after the focus place, before a name no gazetteer holds and the country)."""
    if place.root.dep_ not in _HOME_OF:
        return False
    owner = place.root.head
    if not owner.dep_.startswith("nsubj") or owner.dep_.endswith("pass"):
        return False  # the people an event was done to may be far from home
    verb = owner.head
    while root.dep_ in _PART_OF_NOUN and root.head.i != root.i:
        root = root.head  # "staged a sit-in protest": the noun the trigger word is part of
    return verb.i == root.i or (verb.i == root.head.i and root.dep_ in ("obj", "xcomp"))


def _described_by(place: Span, root: Token) -> bool:
    """A bare participle right after a place describes it: "X, violemment bombardé"."""
    participle = "Part" in root.morph.get("VerbForm", []) and not any(
        c.dep_.startswith("aux") for c in root.children
    )
    return participle and place.end <= root.i <= place.end + _APPOSED_REACH


def _placeable(span: Span, known: Callable[[str], bool], focus: Focus, lang: str) -> bool:
    """A name the gazetteer holds, or one the text puts in an area or a town it holds, named
    anywhere among the areas written with it ("Boula (Coalla, Gnagna)", "Layramoun, banlieue
    de la ville", "Bourkou-Bourkou, dans la commune de Dingazi (département de Ouallam, ...)":
    Ouallam); not a name with an acronym in brackets, which names no area ("African Parks
    Network (APN)")."""
    if known(span.text):
        return True
    _, context, reference = place_details(span, span.label_, focus, lang)
    if reference is None:
        return False
    areas = [reference]
    if context is not None:
        areas += [
            a
            for a in span.doc.spans.get(docspec.PLACES, ())
            if a.label_ in ("enclosing", "toponym") and context.start <= a.start < context.end
        ]
    return any(known(a.text) for a in areas)


def _phrase_head(name: Token, of: frozenset[str], descriptors: frozenset[str]) -> Token | None:
    """The head of the noun phrase a name completes through ``of`` words, however deep,
    after a word of ``descriptors`` ("village", "localité", "camp"): "marché" in "sur un
    marché de la localité de Binnich"; None for a name no such word governs ("in the
    direction of Ouagadougou", "in front of the Department of Research")."""
    if name.head.lemma_.lower() not in descriptors or name.head.pos_ == "PROPN":
        return None
    head = name
    while (
        head.dep_ == "nmod"
        and head.head.i != head.i
        and {c.lower_ for c in head.children if c.dep_ == "case"} <= of
    ):
        head = head.head
    return head


def _aimed(name: Span, cand: Candidate, of: frozenset[str], descriptors: frozenset[str]) -> bool:
    """The descriptor before the name, or the descriptor it is said to lie in ("un village
    de l'Etat de Zamfara"), is the trigger's object ("seized the town of X") or completes a
    word of the trigger through ``of`` ("took control of the town of Quissanga"); not a
    person's title ("abducted the mayor of the town of Arbinda")."""
    descriptor, trigger = name.root.head, cand.trigger
    while (
        descriptor.dep_ == "nmod"
        and descriptor.head.lemma_.lower() in descriptors
        and prepositions(descriptor) <= of
    ):
        descriptor = descriptor.head
    if descriptor.dep_ == "obj":
        return descriptor.head.i == trigger.root.i
    return (
        descriptor.dep_ == "nmod"
        and trigger.start <= descriptor.head.i < trigger.end
        and prepositions(descriptor) <= of
    )


def _specificity(span: Span, areas: frozenset[str]) -> float:
    rank = _LABEL_RANK.get(span.label_, 4)
    if span.label_ == "toponym" and written_with_kind(span, areas):
        rank += 1  # "la région de Mopti", "the Mopti region": an area around the towns
    return rank


_DAYS = frozenset({"date", "relative", "part_of_day"})  # TIMES labels that name a day
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
    # time ("were abducted, but released the following day")
    after = {
        t.i
        for t in sent
        if t.pos_ == "VERB"
        and t.dep_ == _JOINED_AFTER
        and t.i > root.i
        and t.i not in cues.triggers
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
    near = [
        t
        for t in in_sentence
        if span_distance(t, root) <= _OWN_TIME_REACH
        and (
            claimed.get(t.start, root.i) in ancestors
            or _in_its_clause_of_time(root.doc[claimed[t.start]], root, marks)
            or _told_after_its_conjunct(t, root.doc[claimed[t.start]], root, cues)
        )
        and not _dates_a_clause_below(t, root, reports, after, cues.triggers)
    ]
    # a time on the reporting verb dates the report: a day the deed's own words give comes
    # first ("were killed when militants ... stormed a hotel on Friday evening, police said
    # on Saturday"), not a mere length or start ("claimed to have killed ... in the course
    # of two days": the report's day is the one ACLED codes)
    dated = any(t.root.head.i not in reports and t.label_ in _DAYS for t in near)
    own = sorted(
        (
            dated and t.root.head.i in reports,
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
) -> bool:
    """ "barricaded a road to call for elections in April", "marched for a man who
    disappeared on 17 August": a time inside a clause under the trigger dates that clause's
    verb, not the trigger (a reporting verb's time, "a affirmé mercredi", dates what it
    reports); so does one under a verb of ``after``, joined after it ("but released the
    following day")."""
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
            and clause in token.ancestors
            # (not the participle of an actor's words: « par des hommes armés à Djibo samedi »)
            and not any(a.start <= token.i < a.end for a in time.doc.spans.get(docspec.ACTORS, ()))
        ):
            return True
    return False


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


def placed_apart(cand: Candidate, other: Candidate) -> bool:
    """Whether, told in sentences of their own, both name a place of their own in the text
    ("the capital" is one), and not the same one."""
    a, b = cand.place, other.place
    spans = [
        p.span for p in (a, b) if p is not None and p.source in ("text", "reference") and p.span
    ]
    return (
        cand.sentence.start != other.sentence.start
        and len(spans) == 2
        and spans[0].text != spans[1].text
    )


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
