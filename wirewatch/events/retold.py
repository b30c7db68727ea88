"""Events told again in the next sentence: a retelling by an event of the same type dates
and places an event its report alone dated ("... the army said on Friday. The suspects were
detained on Tuesday outside the town of Monguno"), and the place its authors are next said
to come to places an event told only in an area ("... a village in Zamfara state. The gunmen
arrived ... in Dan Kurmi village"); the area stays the resolver's fallback."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import Candidate, PlaceArg, fill_toll
from wirewatch.events.merge import placed_in_area
from wirewatch.events.references import definite, written_with_kind
from wirewatch.events.syntax import governing_chain, same_or_next_sentence
from wirewatch.lang import load_resource, word_set
from wirewatch.types import Kind, Role


def events_retold_next(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Nigerian troops have arrested nine suspected logistics suppliers ... in the
    northeastern state of Borno, the army said in a statement on Friday. The suspects were
    detained on Tuesday at a checkpoint outside the town of Monguno": an event dated only by
    its report, told again in the next sentence by an event of its type whose people are
    named by a definite common noun in the role they had ("The suspects"), takes the
    retelling's day, and the town the retelling's text names when it was placed only in an
    area (``area_kinds``; whether the gazetteer puts the town there is the resolver's to
    say); the retelling joins its mentions."""
    areas = word_set(lang, "places", "area_kinds")
    dropped: set[int] = set()
    for told in cands:
        if not dated_by_its_report(told) or id(told) in dropped:
            continue
        again = next((c for c in cands if id(c) not in dropped and _retells(c, told)), None)
        if again is None or again.time_inherited or dated_by_its_report(again):
            continue
        told.times, told.time_inherited = again.times, False
        if names_a_town(again, areas) and (told.place is None or placed_in_area(told, areas)):
            told.place = moved_to(again, told)
        told.mentions.extend(again.mentions)
        fill_toll(told, again)
        dropped.add(id(again))
    return [c for c in cands if id(c) not in dropped]


def towns_named_next(cands: list[Candidate], lang: str) -> None:
    """ "Armed bandits kidnapped at least 30 people ... in a raid on a village in Nigeria's
    northwestern Zamfara state ... The gunmen arrived on dozens of motorcycles in Dan Kurmi
    village ...": an event placed only in an area, whose next sentence has its authors,
    restated by a definite common noun of their kind ("The gunmen"), come to a named place
    (``arrival_verbs`` in places.yaml; a verb telling an event of its own is that event's,
    "The gunmen had killed 12 people in Tsafe"), took place there, "near" it when the cue
    says so; the area stays the resolver's fallback (``PlaceArg.area``)."""
    areas = word_set(lang, "places", "area_kinds")
    told = {c.trigger.root.i for c in cands}
    for cand in cands:
        place = cand.place
        authors = {a.concept for a in cand.with_role(Role.AGENT) if a.concept is not None}
        sent = cand.sentence
        if (
            cand.kind is not Kind.EVENT
            or place is None
            or place.source != "text"
            or not placed_in_area(cand, areas)
            or not authors
            or sent.end >= len(sent.doc)
        ):
            continue
        came = _town_they_came_to(sent.doc[sent.end].sent, authors, areas, told, lang)
        if came is not None:
            town, relation = came
            cand.place = PlaceArg(town, town.label_, relation, area=place.area or place.span)


def _town_they_came_to(
    sentence: Span, authors: set[str], areas: frozenset[str], told: set[int], lang: str
) -> tuple[Span, str] | None:
    """The named place a sentence has its subject come to, when that subject restates the
    authors with a definite common noun ("The gunmen arrived ... in Dan Kurmi village"): the
    first name in the verb's clause with a locative cue before it, no area itself, and its
    relation ("near" when the cue's words say so, else "in")."""
    doc = sentence.doc
    subject = next(
        (
            m
            for m in doc.spans.get(docspec.ACTORS, ())
            if sentence.start <= m.start < sentence.end
            and m.label_ in authors
            and m.root.dep_ == "nsubj"
            and _definite_common(m)
        ),
        None,
    )
    verb = subject.root.head if subject is not None else None
    if verb is None or verb.i in told or not _arrives(verb, lang):
        return None
    cues = {c.end: c for c in doc.spans.get(docspec.PLACE_CUES, ())}
    town = next(
        (
            p
            for p in doc.spans.get(docspec.PLACES, ())
            if sentence.start <= p.start < sentence.end
            and p.label_ == "toponym"
            and p.start in cues
            and not written_with_kind(p, areas)
            and governing_chain(p.root)[-1:] == [verb]
        ),
        None,
    )
    if town is None:
        return None
    near = {w.lower() for w in load_resource(lang, "places")["relations"].get("near", ())}
    return town, "near" if any(t.lower_ in near for t in cues[town.start]) else "in"


def _arrives(verb: Token, lang: str) -> bool:
    """A verb of coming to a place (``arrival_verbs`` in places.yaml), by its lemma and the
    particle written with it ("turned up")."""
    arrivals = word_set(lang, "places", "arrival_verbs")
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), None)
    lemma = verb.lemma_.lower()
    return lemma in arrivals or f"{lemma} {particle}" in arrivals


def _retells(again: Candidate, told: Candidate) -> bool:
    """The next sentence tells the event again: same type and status, its people named by a
    definite common noun in the role and kind they had ("The suspects")."""
    roles = {(a.role, a.concept) for a in told.actors if a.concept is not None}
    return (
        again is not told
        and told.sentence.start < again.sentence.start
        and same_or_next_sentence(told.trigger, again.trigger)
        and again.status is told.status
        and (again.typing.event_type, again.typing.sub_event_type)
        == (told.typing.event_type, told.typing.sub_event_type)
        and any(_definite_common(a.span) and (a.role, a.concept) in roles for a in again.actors)
    )


def _definite_common(span: Span) -> bool:
    """A common noun with a definite article: "The suspects", "the attackers"."""
    return span.root.pos_ == "NOUN" and definite(span)


def dated_by_its_report(cand: Candidate) -> bool:
    """The event's only time words date the report of it ("the army said in a statement on
    Friday"): it has no day of its own."""
    cue = cand.attribution_cue
    return (
        bool(cand.times)
        and not cand.time_inherited
        and cue is not None
        and all(cue.start <= t.root.head.i < cue.end for t in cand.times)
    )


def names_a_town(cand: Candidate, areas: frozenset[str]) -> bool:
    """Whether the event's own words place it at a named place that is no area ("near
    Padiet", "outside the town of Monguno"): a town that may say where in an area another
    telling of it was (whether the gazetteer puts it there is the resolver's to say)."""
    place = cand.place
    return (
        place is not None
        and place.source == "text"
        and place.label == "toponym"
        and not placed_in_area(cand, areas)
    )


def moved_to(town: Candidate, told: Candidate) -> PlaceArg | None:
    """The place of ``town`` (an event that names a town: :func:`names_a_town`), for the event
    ``told`` moves there, keeping the area ``told`` was placed in (its own, else the one it
    kept from an earlier move) as the area the resolver falls back on when the gazetteer holds
    neither the town nor the areas written with it ("in Jonglei state ... near Padiet, in Duk
    County": Jonglei)."""
    place, area = town.place, told.place
    if place is None or area is None:
        return place
    return replace(place, area=area.area or area.span)
