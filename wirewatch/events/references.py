"""References inside the article: its focus place and country, phrases that point back at
them ("la ville", "les quartiers rebelles"), pronouns and definite descriptions that stand
for an earlier actor, and actors the text describes as others ("people described as
militiamen")."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import (
    ARMED_GROUP_CLASSES,
    BARE_COUNT,
    FORCE_CLASSES,
    NONSTATE_CLASS,
    UNNAMED_GROUP,
    ActorArg,
    Candidate,
    Cues,
)
from wirewatch.events.context import ArticleContext
from wirewatch.events.taxonomy import victim_class
from wirewatch.lang import load_resource, word_set
from wirewatch.lang.countries import fold
from wirewatch.types import Role


@dataclass(frozen=True, slots=True)
class Focus:
    """The place and the country the article is about (their first mention)."""

    place: Span | None
    country: Span | None


@functools.cache
def _place_words(lang: str) -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    data = load_resource(lang, "places")
    relations = {w.lower(): rel for rel, words in data["relations"].items() for w in words}
    descriptors = frozenset(w.split()[0].lower() for w in data["descriptors"])
    locative = frozenset(w.split()[0].lower() for w in data["locative"])
    return descriptors, relations, locative


def article_focus(doc: Doc, cues: Cues, ctx: ArticleContext, lang: str) -> Focus:
    """The place the body names most often (on a tie, the first the text puts in areas,
    "Ouagadougou (Ouagadougou, Kadiogo)", not "the Department of Research"; else the first
    the gazetteer holds, else the first mention: "a demonstration at the Agricultural High
    School in X" is about X), else the dateline's; the country named most often with a
    locative preposition ("en Syrie"), none named beside the story's."""
    body = [
        s for s in cues.places if ctx.paragraph_of(s.start_char) is not None or _in_dateline(s, ctx)
    ]
    place = None
    toponyms = [s for s in body if s.label_ == "toponym" and not _in_dateline(s, ctx)]
    if toponyms:
        known = ctx.known_place
        preferences: tuple[Callable[[Span], bool], ...] = (
            () if known is None else (lambda s: _in_known_area(s, known), lambda s: known(s.text))
        )
        place = _most_named(toponyms, *preferences)
    elif ctx.dateline_place is not None:
        # The dateline names the reporter's bureau ("BEYROUTH (AFP)"), often not the story's
        # place: it is the focus only when the body names no place.
        start, end = ctx.dateline_place
        place = next((s for s in cues.places if s.start_char <= start < s.end_char), None)
        if place is None:
            place = doc.char_span(start, end, alignment_mode="expand")
    _, _, locative = _place_words(lang)
    beside = word_set(lang, "places", "beside")
    # (not a country named beside the story's: "près de la frontière avec le Niger")
    countries = [s for s in body if s.label_ == "country" and not named_beside(s.root, beside)]
    located = [
        s
        for s in countries
        if any(c.lower_ in locative for c in s.root.children if c.dep_ == "case")
    ]
    country = _most_named(located or countries) if countries else None
    return Focus(place, country)


def named_beside(name: Token, beside: frozenset[str]) -> bool:
    """Whether a country's name is set beside the story's by a word of ``beside``
    (places.yaml: "la frontière avec le Niger", "the Malian border", "withdrew towards
    Mali", "vers le Mali ou le Niger"): the story is not there."""
    if name.dep_ == "conj" and name.head.i < name.i:
        name = name.head  # (the first of the countries joined: "vers le Mali ou le Niger")
    return name.head.lemma_.lower() in beside or any(
        c.dep_ == "case" and c.lemma_.lower() in beside for c in name.children
    )


def _in_dateline(span: Span, ctx: ArticleContext) -> bool:
    return (
        ctx.dateline_place is not None
        and span.start_char < ctx.dateline_place[1]
        and ctx.dateline_place[0] < span.end_char
    )


def _in_known_area(span: Span, known: Callable[[str], bool]) -> bool:
    """The text puts the place in areas the gazetteer holds ("(Ouagadougou, Kadiogo)"; not
    an acronym in brackets, "Non-Formal Education (DRENF)")."""
    areas = bracketed_areas(span)
    return areas is not None and known(areas[1].text)


def _most_named(spans: list[Span], *preferred: Callable[[Span], bool]) -> Span:
    """The span whose text comes most often; on a tie, the first that the first preference
    holds for, else the next preference, else the first."""
    counts = Counter(fold(s.text) for s in spans)
    best = max(counts.values())
    tied = [s for s in spans if counts[fold(s.text)] == best]
    found = (next((s for s in tied if prefer(s)), None) for prefer in preferred)
    return next((s for s in found if s is not None), tied[0])


def place_details(
    span: Span, label: str, focus: Focus, lang: str
) -> tuple[str, Span | None, Span | None]:
    """(relation, context, reference) of a place mention: "Layramoun, banlieue rebelle à la
    périphérie nord de la ville" is near the focus place; "le quartier de X" is part of X's
    city; "la ville" refers to the focus place; "la capitale" is the capital of the focus
    country (relation ``capital``)."""
    descriptors, relations, locative = _place_words(lang)
    doc = span.doc
    if label == "vague":
        return "multiple_countries", None, None
    if label == "focus_reference":
        relation = next(
            (relations[t.lemma_.lower()] for t in span if t.lemma_.lower() in relations), "in"
        )
        return relation, None, focus.place
    if label == "country_reference":
        return "in", None, focus.country
    if label == "capital_reference":  # "the capital", "Benin's capital": the country named
        named = [t for t in span if t.pos_ in ("PROPN", "NOUN") and t.i < span.root.i]
        country = doc[named[0].i : named[-1].i + 1] if named else focus.country
        return "capital", None, country
    near = next(
        (
            relations[c.lemma_.lower()]
            for c in span.root.children
            if c.dep_ in ("case", "fixed") and relations.get(c.lemma_.lower()) == "near"
        ),
        None,
    )
    # A descriptor in apposition after the name: "Layramoun, banlieue ... de la ville".
    end = span.end
    if end + 1 < len(doc) and doc[end].text == ",":
        k = end + 1
        while k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        if k < len(doc) and doc[k].lemma_.lower() in descriptors:
            stop = k
            while stop < span.sent.end and not doc[stop].is_punct:
                stop += 1
            context = doc[end + 1 : stop]
            relation = next(
                (relations[t.lemma_.lower()] for t in context if t.lemma_.lower() in relations),
                "part_of",
            )
            town = next(
                (
                    s
                    for s in doc.spans.get(docspec.PLACES, ())
                    if s.label_ == "toponym" and context.start <= s.start < context.end
                ),
                None,
            )
            placed = _with_its_areas(town) if town is not None else None
            if placed is not None:
                # "Tchanhorta, a village in the borough of Tampegre (Toucountouna, Atacora)"
                return relation, *placed
            if town is not None and doc[k].lemma_.lower() in word_set(lang, "places", "area_kinds"):
                return "in", context, town  # "Bani, province du Séno": in the province
            return relation, context, focus.place if _mentions_focus(context, focus) else None
    areas = bracketed_areas(span)
    if areas is not None:
        return "in", *areas
    area = _area_after(span, descriptors, locative - relations.keys())
    if area is not None:  # "Boura, Sissili Province"
        return "in", area, area
    # A named part of a town the text names after it: "the Gbira quarter in the town of
    # Parakou (Parakou, Borgou)", "Sinison Gando, near N'dali": the town is its area.
    town = _containing_place(span, lang)
    if town is not None:
        # (a town in a region is in it: "the town of Motta, in Ethiopia's Amhara region")
        kinds = word_set(lang, "places", "area_kinds")
        whole = "in" if written_with_kind(town, kinds) else "part_of"
        relation = next(
            (
                relations[t.lemma_.lower()]
                for t in span.root.head.subtree
                if t.lemma_.lower() in relations and t.i < town.start
            ),
            near or whole,
        )
        # the town and the areas around it: "Porto-Novo (Oueme)", and those the text puts it
        # in otherwise ("près du village de Bourkou-Bourkou, dans la commune de Dingazi
        # (département de Ouallam, région de Tillabéri)": Dingazi's own areas)
        areas = bracketed_areas(town)
        end = areas[0].end if areas else town.end
        if areas is None:
            _, around, outer = place_details(town, town.label_, focus, lang)
            if around is not None and outer is not None and around.end > town.end:
                end = around.end
        return relation, doc[town.start : end], town
    # The name after a descriptor: "le quartier de Boustane al-Qasr".
    head = span.root.head
    of = {c.lower_ for c in span.root.children if c.dep_ == "case"} & _of_words(lang)
    if of and head.i != span.root.i and head.lemma_.lower() in descriptors and head.i < span.start:
        context = doc[_np_start(head) : span.start]
        relation = relations.get(head.lemma_.lower(), "in")
        if relation == "part_of" and "Plur" in head.morph.get("Number", []):
            return "in", None, None  # "les quartiers d'Alep": parts of the town it names
        # a quarter or a suburb with no town named: one of the story's town
        town = focus.place if relation in ("part_of", "near") else None
        return relation, context, town
    # The word for an administrative area after the name: "the Gao region" (the resolver
    # reads the area, not the town of that name)
    after = doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.lemma_.lower() in word_set(lang, "places", "area_kinds"):
        return near or "in", doc[span.end : span.end + 1], None
    # a part of a town named before its word, with no town named: "the northern Kamenge
    # neighbourhood" is one of the story's town
    if after is not None and relations.get(after.lemma_.lower()) == "part_of":
        town = focus.place if focus.place is not None and focus.place.start != span.start else None
        return "part_of", doc[span.end : span.end + 1], town
    return near or "in", None, None


def areas_of(span: Span, lang: str) -> tuple[Span, Span] | None:
    """(context, reference) of the areas the text puts a place in, for an event that only
    takes the story's place: its brackets ("Keremou (Banikoara, Alibori)"), else those of
    the town it names it part of ("Nouari village of Dassari arrondissement (Materi,
    Atacora)"), with no more of that mention's relation ("les quartiers d'Alep" give the
    strike on Aleppo no quarter)."""
    areas = bracketed_areas(span)
    if areas is not None:
        return areas
    town = _containing_place(span, lang)
    return _with_its_areas(town) if town is not None else None


def _with_its_areas(town: Span) -> tuple[Span, Span] | None:
    """(the town and the areas in brackets after it, the town): "Tampegre (Toucountouna,
    Atacora)"; None when no bracket follows it."""
    areas = bracketed_areas(town)
    return (town.doc[town.start : areas[0].end], town) if areas is not None else None


def _area_after(span: Span, descriptors: frozenset[str], inside: frozenset[str]) -> Span | None:
    """The area written with its kind after a comma or a preposition of ``inside``: "Boura,
    Sissili Province", "Sona, Tongomayel commune", "the town of Pont-Sonde in Haiti's
    Artibonite region" (also past the words that qualify the area before its name: "in
    Mozambique's northern Cabo Delgado province", "in neighbouring Kaduna state"), or a bare
    name in apposition ("Karpala, Ouagadougou"; a bare name after a comma may be anything
    else: "Djibo, Arbinda and Kaya")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or not (
        doc[span.end].text == "," or doc[span.end].lower_ in inside
    ):
        return None
    places: dict[int, Span] = {s.start: s for s in doc.spans.get(docspec.PLACES, ())}
    start = span.end + 1
    owner = places.get(start)  # "Haiti's": the country the area is in
    if (
        owner is not None
        and owner.label_ == "country"
        and owner.end < len(doc)
        and doc[owner.end].dep_ == "case"
    ):
        start = owner.end + 1
    while (
        start < len(doc)
        and doc[start].dep_ == "amod"
        and doc[start].head.i > start
        and start not in places
    ):
        start += 1  # "in Mozambique's northern Cabo Delgado province", "in neighbouring Kaduna"
    area = places.get(start)
    if area is None or area.label_ != "toponym":
        return None
    if (
        area.root.dep_ == "appos"
        and area.root.head.i == span.root.i
        and not any(c.dep_ in ("cc", "conj") for c in (*span.root.children, *area.root.children))
    ):
        return area  # "in Karpala, Ouagadougou": the town it is in (not a list's next name)
    kind = [
        t for t in doc[area.start : min(area.end + 1, len(doc))] if t.lemma_.lower() in descriptors
    ]
    if not kind:
        return None
    return doc[area.start : max(area.end, kind[-1].i + 1)]


def bracketed_areas(span: Span) -> tuple[Span, Span] | None:
    """(every area, the innermost) named in brackets after a place name, or after the name
    it is coordinated with: "Tikou (Kouande, Atacora)" and "between Tikou and Yarikou
    (Kouande, Atacora)" lie in Kouande, in Atacora."""
    doc = span.doc
    areas = _enclosing(doc)
    if not areas:
        return None
    ends = [span.end] + [c.i + 1 for c in span.root.conjuncts if c.i > span.root.i]
    # past the word that says what kind of place it is: "Nouari village (Materi, Atacora)"
    ends = [docspec.bracket_after(doc, e) for e in ends]
    area = next(
        (
            s
            for s in areas
            for e in ends
            if e < len(doc) and s.start == e + 1 and doc[e].text == "("
        ),
        None,
    )
    if area is None:
        return None
    close = next((t.i for t in doc[area.end :] if t.text == ")"), area.end)
    return doc[area.start : close], area


_CONTAINER_GAP = 7  # words between a place and the town the text puts it in


def _containing_place(span: Span, lang: str) -> Span | None:
    """The toponym the text puts ``span`` in, right after it with only place words between
    and a locative or "of" among them: "the Gbira quarter in the town of Parakou", "the
    Nabissou quarter of Parakou", "Sinison Gando, near N'dali", "le quartier de Fort-National,
    dans le centre de Port-au-Prince" (as written: the parser may hang the town anywhere)."""
    doc = span.doc
    descriptors, _, locative = _place_words(lang)
    linking = locative | _of_words(lang)
    compass = word_set(lang, "places", "compass")  # "dans le centre de Port-au-Prince"
    # (the country whose area it is: "Kombun village in Nigeria's central Plateau state")
    countries = {
        i
        for s in doc.spans.get(docspec.PLACES, ())
        if s.label_ == _COUNTRY
        for i in range(s.start, s.end)
    }
    other: Span
    for other in doc.spans.get(docspec.PLACES, ()):
        if other.label_ != "toponym" or not 0 <= other.start - span.end <= _CONTAINER_GAP:
            continue
        between = doc[span.end : other.start]
        if any(t.lower_ in linking for t in between) and all(
            t.lower_ in linking
            or t.lemma_.lower() in descriptors
            or t.lower_ in compass
            or t.pos_ in _LEAD_POS
            or t.i in countries
            for t in between
        ):
            return other
    return None


def written_with_kind(place: Span, kinds: frozenset[str]) -> bool:
    """Whether the name is written with a word of ``kinds`` (places.yaml ``area_kinds``, or
    ``village_kinds``) in it, after it or as the word it hangs on: "Loroum province", "Amhara
    region", "la province du Soum", "the northwestern Sagaing region" (however the parser
    hangs it), "the village of Nama"; not a name's own word ("the Department of Research"),
    nor "the town of Sofara" for areas, nor the name after a kind word that names those
    before it ("Ndidja and Sibe villages of Djibo": Djibo is where they lie), nor a name
    after a kind word no name is written with ("a village near Djibo", « un village près de
    Djibo »: ``_names_none``)."""
    head, after = place.root.head, place.doc[place.end : place.end + 1]
    return (
        place[-1].lemma_.lower() in kinds
        or any(t.lemma_.lower() in kinds for t in after)
        or (
            head.lemma_.lower() in kinds
            and (
                head.i > place.start
                or (
                    head.pos_ != "PROPN"
                    and not any(t.pos_ == "PROPN" for t in head.lefts)
                    and not _names_none(head, place)
                )
            )
        )
    )


def _names_none(kind: Token, place: Span) -> bool:
    """Whether a kind word before a name is not written with it: under an indefinite
    article (a name is written with its kind under a definite one, "the village of Nama",
    or none, "Nama village"), or with a word between that says where, a preposition other
    than one of ``of`` (places.yaml) among them ("the village near Djibo", « le village
    situé près de Djibo »; not an adjective: « le village frontalier de Nama »)."""
    between = kind.doc[kind.i + 1 : place.start]
    of = _of_words(kind.doc.lang_)  # (the pipeline's language: the words are its resource's)
    return any(
        c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in kind.children
    ) or any(t.pos_ in _WHERE_POS and t.lower_ not in of for t in between)


# Words that put a place off its kind word ("près", "situé", "near"; "of" joins them)
_WHERE_POS = frozenset({"ADV", "VERB", "NUM", "ADP"})
_LEAD_POS = frozenset({"DET", "ADJ", "PUNCT", "PART"})  # (PART: a possessive's "'s")
_COUNTRY = "country"  # the label of a country's name (docspec.PLACE_LABELS)


def _enclosing(doc: Doc) -> list[Span]:
    return [s for s in doc.spans.get(docspec.PLACES, ()) if s.label_ == "enclosing"]


@functools.cache
def _of_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_resource(lang, "places")["of"])


def _np_start(token: Token) -> int:
    left = [c.i for c in token.children if c.dep_ == "det" and c.i < token.i]
    return min(left, default=token.i)


def _mentions_focus(context: Span, focus: Focus) -> bool:
    """The descriptor points back at the focus place ("de la ville") or names it."""
    if focus.place is None:
        return False
    doc = context.doc
    refs = [s for s in doc.spans.get(docspec.PLACES, ()) if context.start <= s.start < context.end]
    return any(
        s.label_ == "focus_reference" or fold(s.text) == fold(focus.place.text) for s in refs
    )


def resolve_pronouns(cand: Candidate, history: list[Candidate], cues: Cues) -> None:
    """Point personal pronouns at what they stand for: the subject of the reporting verb
    whose complement holds them ("la Russie affirmait qu'elle ..."), else the last person
    named before ("M. Kerry ... Il a de nouveau demandé")."""
    resolved: list[ActorArg] = []
    for actor in cand.actors:
        if actor.concept != "pronoun":
            resolved.append(actor)
            continue
        antecedent = _antecedent(actor, cand, history, cues)
        if antecedent is not None:
            actor.antecedent = antecedent
            actor.concept = antecedent.label_ or None
            resolved.append(actor)
    cand.actors = resolved


def resolve_counts(cand: Candidate, mentions: list[tuple[Span, str | None]], cues: Cues) -> None:
    """A bare count stands for the last counted actor word before it in its sentence:
    "arrested 262 suspected bandits, 30 injured and 1 killed" (one bandit killed), "killed
    12 soldiers and wounded 5". A count with none before it is nobody named."""
    resolved: list[ActorArg] = []
    for actor in cand.actors:
        if actor.concept != BARE_COUNT:
            resolved.append(actor)
            continue
        counted = [
            (span, concept)
            for span, concept in mentions
            if concept in cues.actor_classes
            and span.end <= actor.span.start
            and any(c.dep_ == "nummod" for c in span.root.children)
        ]
        if counted:
            actor.antecedent, actor.concept = counted[-1]
            resolved.append(actor)
    cand.actors = resolved


_DEFINITE_REACH = 80  # tokens back to the named group a definite description takes up


def definite(span: Span) -> bool:
    """Whether the phrase is said with a definite article ("the militants", "les
    jihadistes")."""
    return any("Def" in c.morph.get("Definite", []) for c in span.root.children)


def resolve_definites(cand: Candidate, cues: Cues) -> None:
    """A definite description with no name of its own ("the militants", "les jihadistes")
    takes up the group last named with the same actor word before it: "presumed Katiba
    Macina (JNIM) militants searched ..., the militants assaulted ..." are JNIM's."""
    for actor in cand.actors:
        span = actor.span
        if (
            actor.antecedent is not None
            or actor.concept not in cues.actor_classes
            or any(t.pos_ == "PROPN" for t in span)
            or not definite(span)
            # (nor one a group's name hangs on: "les rebelles du M23")
            or any(
                s.start >= span.end
                and s.root.head.i == span.root.i
                and any(t.pos_ == "PROPN" for t in s)
                for s in cues.actors
            )
        ):
            continue
        named = [
            s
            for s in cues.actors
            if s.label_ == actor.concept
            and span.start - _DEFINITE_REACH <= s.start
            and s.end <= span.start
            and any(t.pos_ == "PROPN" for t in s)
        ]
        if named:
            actor.antecedent = named[-1]
            continue
        # "Suspected jihadists killed nearly 100 people ... The gunmen, who arrived on
        # motorcycles, attacked the villages": the generic word for armed men, said with a
        # definite article, takes up the armed group named in an earlier sentence
        if actor.concept != UNNAMED_GROUP:
            continue
        earlier = [
            s
            for s in cues.actors
            if s.label_ != UNNAMED_GROUP
            and cues.actor_classes.get(s.label_) == NONSTATE_CLASS
            and span.start - _DEFINITE_REACH <= s.start
            and s.end <= span.sent.start
        ]
        if earlier:
            actor.antecedent = earlier[-1]
            actor.concept = earlier[-1].label_


def spelt_out_groups(cues: Cues) -> dict[str, Span]:
    """The article's groups spelt out before their acronym, by acronym: "PDF" -> the actor
    mention "People's Defence Force (PDF)" (once per article, for ``resolve_acronyms``)."""
    named = {(s.start, s.end): s for s in cues.actors}
    return {
        d.label_: named[(d.start, d.end)]
        for d in cues.doc.spans.get(docspec.ACRONYMS, ())
        if (d.start, d.end) in named
    }


def resolve_acronyms(cand: Candidate, groups: dict[str, Span]) -> None:
    """An acronym the article spells out elsewhere stands for that group: "PDF fighters
    ambushed ..." are the "People's Defence Force (PDF)" named before (or after) them
    (``groups``: :func:`spelt_out_groups`)."""
    for actor in cand.actors:
        if actor.antecedent is not None:
            continue
        group = next((groups[t.text] for t in actor.span if t.text in groups), None)
        if group is not None and (group.start, group.end) != (actor.span.start, actor.span.end):
            actor.antecedent = group
            actor.concept = group.label_


_DESCRIPTION_PATHS = frozenset({"obl", "attr", "xcomp", "conj", "obj"})
_DESCRIPTION_REACH = 3  # steps up the parse from the described word to the participle


@functools.cache
def _description_verbs(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_resource(lang, "actors").get("description_verbs", ()))


def resolve_descriptions(cand: Candidate, cues: Cues, lang: str) -> None:
    """An actor the text describes as another ("three people described as Koglweogo
    militiamen", "gunmen said to be Fulani pastoralists") is the one it describes."""
    for actor in cand.actors:
        if actor.antecedent is None:
            found = described_as(actor.span.root, cues, lang)
            if found is not None:
                actor.antecedent, actor.concept = found, found.label_


def the_dead(
    fatalities: Span,
    breakdown: list[Span],
    cues: Cues,
    lang: str,
    authors: frozenset[str | None],
) -> list[Span]:
    """The actor mentions that say who a toll's dead were: those inside the count, or the
    one a participle describes them as ("people described as militiamen"), or the one they
    are said to be among ("neuf morts parmi les civils"; not the ``authors``' concept: the
    attack's own dead, « parmi les assaillants »); armed men its
    breakdown names before others ("left nine people dead, including six Koglweogo
    members": the militia was hit, as when named first in the toll)."""
    victims = [a for a in cues.actors if fatalities.start <= a.start < fatalities.end]
    described = described_as(fatalities.root, cues, lang)
    victims = [described] if described is not None else victims
    among = _among(fatalities, cues, lang) if not victims else None
    among = among if among is None or among.label_ not in authors else None
    victims = [among] if among is not None else victims
    armed = ARMED_GROUP_CLASSES | FORCE_CLASSES
    classes = cues.actor_classes
    named = [
        a
        for part in breakdown
        for a in cues.actors
        if part.start <= a.start < part.end and victim_class(a.label_, classes) in armed
    ]
    if named and (not victims or victim_class(victims[0].label_, classes) not in armed):
        return named
    return victims


def _among(fatalities: Span, cues: Cues, lang: str) -> Span | None:
    """The actor mention a toll's dead are said to be among, right after it ("neuf morts
    parmi les civils", "nine dead among the soldiers": numbers.yaml ``among``)."""
    doc = fatalities.doc
    if fatalities.end >= len(doc) or doc[fatalities.end].lower_ not in word_set(
        lang, "numbers", "among"
    ):
        return None
    noun = doc[fatalities.end].head
    return next((a for a in cues.actors if a.start <= noun.i < a.end), None)


def described_as(noun: Token, cues: Cues, lang: str) -> Span | None:
    """The actor mention a participle qualifying ``noun`` says it is: the participle is one
    of ``description_verbs`` (resources/<lang>/actors.yaml) and the mention is what it
    describes ("people described as Koglweogo militiamen", "gunmen said to be pastoralists"),
    not a word qualifying something else ("civilians described as Koglweogo partisans")."""
    verbs = _description_verbs(lang)
    mentions: list[Span] = cues.actors
    for clause in noun.rights:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in verbs:
            continue
        between = noun.doc[noun.i + 1 : clause.left_edge.i]
        if any(not (t.is_punct or noun.is_ancestor(t)) for t in between):
            continue  # the noun's own phrase comes between, no more: not a clause hung far off
        for span in mentions:
            actor_word = span.label_ in cues.actor_classes  # not any name
            if actor_word and clause.i < span.start and _describes(span.root, clause):
                return span
    return None


def _describes(token: Token, clause: Token) -> bool:
    """Whether ``token`` hangs on ``clause`` as what it says: its complement, through a
    copula or a coordination ("said to be Fulani pastoralists or herders")."""
    for _ in range(_DESCRIPTION_REACH):
        relation, _, subtype = token.dep_.partition(":")
        if relation not in _DESCRIPTION_PATHS or subtype == "agent":
            return False  # "described as suffering ... by the security forces"
        token = token.head
        if token.i == clause.i:
            return True
        if token.pos_ == "VERB":  # "described as having fled the army"
            return False
    return False


def _antecedent(
    actor: ActorArg, cand: Candidate, history: list[Candidate], cues: Cues
) -> Span | None:
    token = actor.span.root
    sent = cand.sentence
    names = [
        s
        for s in cues.actors + cues.places
        if s.label_ in ("person", "organisation", "country", "government", "toponym")
        or s.label_ in cues.actor_classes
    ]
    if actor.role is Role.AGENT:
        clause = token.head
        while clause.dep_ in ("xcomp", "advcl") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp":
            governor = clause.head
            for child in governor.children:
                if child.dep_ == "nsubj":
                    found = next((s for s in names if s.start <= child.i < s.end), None)
                    if found is not None:
                        return found  # type: ignore[no-any-return]
        for previous in reversed(history):
            if previous.sentence.start < sent.start:
                for agent in previous.with_role(Role.AGENT):
                    if agent.concept == "person" or (
                        agent.antecedent is not None and agent.antecedent.label_ == "person"
                    ):
                        return agent.antecedent or agent.span
        earlier = [
            s
            for s in names
            if s.label_ == "person" and s.end <= sent.start and s.root.dep_.startswith("nsubj")
        ]
        return earlier[-1] if earlier else None
    # Object pronouns ("lui"): the last person named before it, not the clause's subject.
    before = [s for s in names if s.label_ == "person" and s.end <= token.i]
    in_sentence = [s for s in before if s.start >= sent.start]
    candidates = in_sentence or before
    return candidates[-1] if candidates else None
