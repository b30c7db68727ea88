"""Actor mentions to canonical ACLED-style actors: name, inter code (1-8) and country.

"le régime" in a Syrian story is "Military Forces of Syria" (inter 1); "M. Kerry" is the
United States (an external force, inter 8); "Moscou" stands for Russia; "les rebelles" are
"Opposition Rebels (Syria)". Aliases (``resources/<lang>/actor_aliases.yaml``) come first,
then capitals and country names, then the concept's template
(``resources/actor_names.yaml``) filled with the event's country. Users extend the alias
file without touching code.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from wirewatch.lang import load_resource, load_shared, word_set
from wirewatch.lang.acronyms import split_definition
from wirewatch.lang.countries import acled_country_name, country_names, demonyms, fold
from wirewatch.types import Actor, Event

INTERNATIONAL = "XX"  # pseudo country code of an event in several countries
_STATE_INTER, _EXTERNAL_INTER = 1, 8  # ACLED inter codes: state forces, external forces
_COMMUNAL_MILITIA = "communal_militia"  # actor_names.yaml concepts
# Armed men a people's name qualifies ("Fulani herders" who kill, "Fulani gunmen", "Fulani
# militias"): ACLED codes them as that people's ethnic militia.
_ETHNIC_ARMED = frozenset({_COMMUNAL_MILITIA, "militia", "unidentified_armed_group"})
_ETHNIC_MILITIA = "ethnic_militia"
_LOCAL_MILITIA = "local_militia"  # a communal militia named after where it comes from
_BRACKETED = re.compile(r"\(([^()]+)\)")


@dataclass(frozen=True, slots=True)
class ActorValue:
    """A canonical actor: ACLED-style name, inter code, ISO country (None when unknown), and
    the countries a group that crosses borders acts in (``region``: JNIM, ISGS)."""

    name: str
    inter: int | None
    country: str | None
    region: frozenset[str] = frozenset()


class _WordIndex:
    """Phrases (as folded word sequences) found in a text's words, longest match first."""

    def __init__(self, entries: Iterable[tuple[str, object]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in entries:
            words = tuple(phrase.split())
            if words:
                self._by_first.setdefault(words[0], []).append((words, value))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def find(self, words: Sequence[str]) -> object | None:
        best: tuple[int, object] | None = None
        for i, word in enumerate(words):
            for phrase, value in self._by_first.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase and (
                    best is None or len(phrase) > best[0]
                ):
                    best = (len(phrase), value)
                    break
        return None if best is None else best[1]


@dataclass(frozen=True, slots=True)
class _Tables:
    aliases: _WordIndex  # folded alias -> ActorValue
    states: _WordIndex  # folded capital or country name -> ISO code
    demonyms: _WordIndex  # folded demonym ("Malian", "burkinabè") -> ISO code
    countries: dict[str, str]
    capitals: dict[str, str]
    templates: dict[str, tuple[str | None, int | None]]
    concept_words: _WordIndex  # folded actor word (and its plurals) -> concept
    ethnic_groups: _WordIndex  # folded ethnic group name -> the name ACLED gives its militia
    communal_groups: _WordIndex  # folded armed communal group's name -> its militia's name
    inside: tuple[str, int]
    outside: tuple[str, int]
    international: str
    in_phrases: dict[str, str]  # ISO code -> the country's name inside a phrase
    branches: dict[str, dict[str, str]]  # canonical name -> ISO code -> the branch's name


@functools.cache
def _tables(lang: str) -> _Tables:
    names: dict[str, Any] = load_shared("actor_names")
    data: dict[str, Any] = load_resource(lang, "actor_aliases")
    aliases = _WordIndex(
        (
            fold(alias),
            ActorValue(
                entry["name"],
                entry["inter"],
                entry.get("country"),
                frozenset(entry.get("region", ())),
            ),
        )
        for alias, entry in data["aliases"].items()
    )
    capitals = {fold(k): v for k, v in data["capitals"].items()}
    countries = country_names(lang)
    words = [
        (fold(phrase) + suffix, concept)
        for concept, entry in load_resource(lang, "actors")["concepts"].items()
        for phrase in entry["phrases"]
        for suffix in _PLURALS
    ]
    country = names["country_actor"]
    return _Tables(
        aliases=aliases,
        states=_WordIndex([*capitals.items(), *countries.items()]),
        demonyms=_WordIndex(demonyms(lang).items()),
        countries=countries,
        capitals=capitals,
        templates={k: (v["name"], v["inter"]) for k, v in names["concepts"].items()},
        concept_words=_WordIndex(words),
        ethnic_groups=_WordIndex(
            (fold(name) + suffix, label)  # "Fulanis", "Peuls"
            for name, label in load_resource(lang, "actors")["ethnic_groups"].items()
            for suffix in _PLURALS
        ),
        communal_groups=_WordIndex(
            (fold(name) + suffix, label)  # "Dozos"
            for name, label in load_resource(lang, "actors")["communal_groups"].items()
            for suffix in _PLURALS
        ),
        inside=(country["inside"]["name"], country["inside"]["inter"]),
        outside=(country["outside"]["name"], country["outside"]["inter"]),
        international=names["international_label"],
        in_phrases=names.get("names_in_phrases", {}),
        branches=names.get("branches", {}),
    )


@functools.cache
def country_name(code: str) -> str:
    """The English name ACLED gives an ISO country code ("SY" -> "Syria", "CD" ->
    "Democratic Republic of Congo"), the code itself when unknown."""
    return acled_country_name(code) or code


def _alias(text: str | None, tables: _Tables) -> ActorValue | None:
    """The actor an alias in the words names ("Koglweogo", "VDP"). A group named in brackets
    after another is the one it belongs to, which ACLED names: "Katiba Macina (JNIM)
    militants" are JNIM's."""
    for inner in _BRACKETED.findall(fold(text or "")):
        alias = tables.aliases.find(inner.split())
        if isinstance(alias, ActorValue):
            return alias
    alias = tables.aliases.find(_words(text))
    return alias if isinstance(alias, ActorValue) else None


def _words(text: str | None) -> list[str]:
    """A mention's folded words, without the brackets and punctuation around them."""
    return [w for w in (w.strip("()[],;:") for w in fold(text or "").split()) if w]


_PLURALS = ("", "s", "x")  # "enfants" for "enfant": the plural of an actor word


def resolve_actor(
    text: str | None, concept: str | None, country: str | None, lang: str = "fr"
) -> ActorValue | None:
    """The canonical actor for a mention ("le régime", "M. Kerry", "la Russie") in an
    event that happened in ``country`` (ISO code, or None when unknown)."""
    tables = _tables(lang)
    alias = _alias(text, tables)
    if alias is not None:
        # "Islamic State-linked insurgents" in Mozambique: the branch ACLED names there
        branch = tables.branches.get(alias.name, {}).get(country or "")
        return alias if branch is None else replace(alias, name=branch)
    group = _spelt_out(text, concept, tables)
    if group is not None:
        return group
    words = _words(text)
    code = tables.states.find(words)
    named = concept in tables.templates and "{country}" in (tables.templates[concept][0] or "")
    if isinstance(code, str) and not named:
        state, state_inter = tables.inside if code == country else tables.outside
        return ActorValue(_named(state, code, tables), state_inter, code)
    if concept not in tables.templates or tables.templates[concept][0] is None:
        found = tables.concept_words.find(words)
        concept = found if isinstance(found, str) else None
    if concept is None or concept not in tables.templates:
        return None
    ethnicity = tables.ethnic_groups.find(words) if concept in _ETHNIC_ARMED else None
    communal = tables.communal_groups.find(words) if concept in _ETHNIC_ARMED else None
    if isinstance(ethnicity, str) and _ETHNIC_MILITIA in tables.templates:
        template, inter = tables.templates[_ETHNIC_MILITIA]  # "Fulani herders" who kill
        template = template and template.replace("{ethnicity}", ethnicity)
    elif isinstance(communal, str) and _LOCAL_MILITIA in tables.templates:
        template, inter = tables.templates[_LOCAL_MILITIA]  # "Dozo militiamen"
        template = template and template.replace("{origin}", communal)
    else:
        template, inter = tables.templates[concept]
        origin = _origin(text, lang) if concept == _COMMUNAL_MILITIA else None
        if origin is not None and _LOCAL_MILITIA in tables.templates:
            template, inter = tables.templates[_LOCAL_MILITIA]  # "youths from Banagbasson"
            template = template and template.replace("{origin}", origin)
    # "Malian troops", "les forces maliennes", "a Swiss MP", "the Syrian army": their own
    # country, by its people's name or its own
    own = tables.demonyms.find(words) or code
    if isinstance(own, str) and own != country:
        if inter == _STATE_INTER and country is not None:
            inter = _EXTERNAL_INTER  # a state's forces abroad are an external force
        country = own
    if template is None or ("{country}" in template and country is None):
        return None
    if country == INTERNATIONAL:
        return ActorValue(template.format(country=tables.international), inter, None)
    return ActorValue(_named(template, country or "", tables), inter, country)


def _named(template: str, code: str, tables: _Tables) -> str:
    """The template with the country's name, as ACLED writes it there: inside a phrase
    ("Military Forces of the Democratic Republic of Congo") or in brackets."""
    # (the country alone is its own name: "United States", acting abroad)
    inside = template != "{country}" and "({country})" not in template
    inside = inside and code in tables.in_phrases
    return template.format(country=tables.in_phrases[code] if inside else country_name(code))


def _spelt_out(text: str | None, concept: str | None, tables: _Tables) -> ActorValue | None:
    """A group no alias knows, named by its spelt-out name and acronym, has the name ACLED
    gives such groups, "ACRONYM: Name" ("People's Defence Force (PDF)": "PDF: People's
    Defence Force"), and the inter code of its concept's template (no country: a named
    group's name carries none). State forces keep their template's name."""
    definition = split_definition(text or "")
    if definition is None:
        return None
    inter = tables.templates.get(concept or "", (None, None))[1]
    if inter == _STATE_INTER:
        return None
    short, long = definition
    return ActorValue(f"{short}: {long}", inter, None)


def _origin(text: str | None, lang: str) -> str | None:
    """The name of the place a mention says its people come from: the capitalised words
    that end it after an origin mark ("youths from the village of Sanwara": "Sanwara";
    ``origin_marks`` in resources/<lang>/actors.yaml)."""
    marks = word_set(lang, "actors", "origin_marks")
    words: list[str] = []
    for word in (text or "").split():
        elided = word[: word.find("'") + 1]  # "d'Issaba": the mark and the name
        split = bool(elided) and elided.lower() in marks
        words.extend([elided, word[len(elided) :]] if split else [word])
    at = max((i for i, w in enumerate(words) if w.lower() in marks), default=None)
    if at is None:
        return None
    name: list[str] = []
    for word in reversed(words[at + 1 :]):
        if not word[:1].isupper():
            break
        name.insert(0, word)
    return " ".join(name) or None


_BACKGROUND = timedelta(days=31)  # how long before the article an event is background


def article_country(
    events: Sequence[Event],
    lang: str = "fr",
    published: date | None = None,
    talks: frozenset[str] = frozenset(),
) -> str | None:
    """The country most of the article's places name (country names and capitals), those of
    events older than a month before it (``published``) left out: background says little of
    where the story is ("since the junta turned to Moscow in 2021", in a story from Mali);
    nor, for the actors' country, do the places named ``talks``, where diplomacy happened or
    a truce was signed ("ont signé à Alger un accord", in a story from Mali)."""
    tables = _tables(lang)
    votes: Counter[str] = Counter()
    for event in events:
        place = event.place
        day = event.when.coded_day() if event.when is not None else None
        if place is None or (
            published is not None and day is not None and day < published - _BACKGROUND
        ):
            continue
        for span in (place.mention, place.reference):
            if span is None or span.text in talks:
                continue
            key = fold(span.text)
            code = tables.countries.get(key) or tables.capitals.get(key)
            if code:
                votes[code] += 1
    return votes.most_common(1)[0][0] if votes else None


@functools.cache
def talks_concepts() -> frozenset[str]:
    """Trigger concepts of diplomacy (talks, visits, accusations, threats) and truces
    (``talks_families`` in taxonomy.yaml)."""
    taxonomy = load_shared("taxonomy")
    families = set(taxonomy["talks_families"])
    return frozenset(c for c, e in taxonomy["concepts"].items() if e["family"] in families)


def actors_country(events: Sequence[Event], lang: str = "fr", crossing: bool = False) -> str | None:
    """The country the article's local actors belong to, when no country or capital is
    named (it outweighs village names that may be read abroad): "Koglweogo", "VDP",
    "Ansaroul Islam" are Burkina Faso's (the ``country`` of their alias); external forces
    ("Barkhane") and foreigners named by their people ("Nigerien herders") say nothing of
    where the story is, nor does the home of a group that acts across a ``region`` (Boko
    Haram, Nigeria's, in a story from Niger), but when nothing else does (``crossing``:
    those groups' homes alone)."""
    votes: Counter[str] = Counter()
    for event in events:
        for actor in (event.actor1, event.actor2):
            words = actor.antecedent or actor.mention if actor is not None else None
            if words is None:
                continue
            value = _alias(words.text, _tables(lang))  # (not "Nigerien herders": foreigners)
            if (
                value is not None
                and value.country
                and value.inter != _EXTERNAL_INTER
                and bool(value.region) is crossing
            ):
                votes[value.country] += 1
    return votes.most_common(1)[0][0] if votes else None


def actors_region(events: Sequence[Event], lang: str = "fr") -> frozenset[str]:
    """The countries the article's armed groups that cross borders act in (the ``region`` of
    their alias: "JNIM or ISGS militants" act in the Sahel), when no actor says the story's
    country: a village of the same name far from there is not where the story is."""
    region: set[str] = set()
    for event in events:
        for actor in (event.actor1, event.actor2):
            words = actor.antecedent or actor.mention if actor is not None else None
            value = _alias(words.text, _tables(lang)) if words is not None else None
            if value is not None:
                region |= value.region
    return frozenset(region)


def resolve_event_actors(
    events: Iterable[Event], country: str | None, lang: str = "fr"
) -> list[Event]:
    """The events with every actor's name, inter code and country filled where known."""

    def resolved(actor: Actor | None, where: str | None) -> Actor | None:
        if actor is None:
            return None
        words = actor.antecedent or actor.mention
        value = resolve_actor(words.text if words else None, actor.concept, where, lang)
        if value is None:
            return actor
        return replace(actor, name=value.name, inter=value.inter, country=value.country)

    def event_country(event: Event) -> str | None:
        several = event.place is not None and event.place.relation == "multiple_countries"
        return INTERNATIONAL if several else country

    return [
        replace(
            event,
            actor1=resolved(event.actor1, event_country(event)),
            actor2=resolved(event.actor2, event_country(event)),
            assoc_actors=tuple(
                a for a in (resolved(x, event_country(event)) for x in event.assoc_actors) if a
            ),
        )
        for event in events
    ]
