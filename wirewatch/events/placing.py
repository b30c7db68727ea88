"""Linking a trigger to where it happened: the most specific, then closest, place phrase near
it (events/arguments.py links its time)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.actors import case_marks
from wirewatch.events.candidates import Candidate, Cues, PlaceArg
from wirewatch.events.references import Focus, place_details, written_with_kind
from wirewatch.events.syntax import prepositions, span_distance
from wirewatch.lang import load_resource, word_set
from wirewatch.types import Role

# How a name hangs on the noun of a kind it names: "Zamfara state", "the capital Bujumbura".
_NAMING = frozenset({"compound", "appos"})
_HOME_OF = frozenset({"nmod", "compound"})  # "residents of Gaoua", "Djibo residents"
_PART_OF_NOUN = frozenset({"amod", "compound"})  # "a sit-in protest", "a protest march"
_PLACE_REACH = 5  # edges between a trigger and its place
_DIPLOMACY_PLACE_REACH = 3
_UNKNOWN_RANK = 2.5  # an unknown name: after the focus place (2), before a country (3)
_HOME_RANK = 2.25  # where the authors come from: after the focus place, before unknown names
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
        if _where_it_was_told(span, cand):
            continue  # "In Niamey, the minister said 137 people had been killed in ..."
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


_REPORTED = frozenset({"ccomp", "parataxis"})  # how a reported clause hangs on its verb


def _where_it_was_told(place: Span, cand: Candidate) -> bool:
    """The place hangs on the reporting verb that tells of the trigger, below it, in the
    clause it reports (not its object: « avait annoncé l'arrestation à Téra de quatorze
    personnes », the place the parser hangs on the verb is the arrest's), and that clause
    names a place of its own: where the teller spoke ("In Niamey, the interior minister said
    137 people had been killed in attacks ... in the Tahoua region"), not where the event
    happened (with no place of its own, the teller's is the event's too: "In Kaya, police
    said a bomb exploded at a market")."""
    cue = cand.attribution_cue
    if cue is None or cue.root.pos_ not in ("VERB", "AUX"):
        return False
    verb, top = cue.root, cand.trigger.root
    if place.root.head.i != verb.i or top.i == verb.i or verb not in top.ancestors:
        return False
    while top.head.i != verb.i:
        top = top.head
    inside = range(top.left_edge.i, top.right_edge.i + 1)
    # (not a name in its authors' phrase: « des miliciens de la Codeco », "gunmen from Mali")
    authors = {
        i
        for a in cand.with_role(Role.AGENT)
        for i in range(a.span.root.left_edge.i, a.span.root.right_edge.i + 1)
    }
    return top.dep_ in _REPORTED and any(
        p.start in inside and p.label_ == "toponym" and p.start not in authors
        for p in place.doc.spans.get(docspec.PLACES, ())
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
