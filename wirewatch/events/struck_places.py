"""Places named as what an attack struck: "JNIM militants attacked Djibo on Thursday". The
English NER often calls such a name an organisation, or nothing, and no locative word before
it says it is a place; a name the gazetteer holds as the object of a verb of a concept that
strikes places (taxonomy.yaml ``place_objects``) is the place the event struck, as is one
after a genitive's mark on such a noun (« l'attaque de Solhan »). A name NER calls a person
stays one after a verb ("attacked Ali in Gao": some town somewhere is called Ali)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.events.syntax import prepositions
from wirewatch.lang import load_resource, load_shared, word_set
from wirewatch.lang.countries import country_names, fold

_TOPONYM = "toponym"
# The actor label of a name NER calls an organisation (annotate/actors.py): a town may be so
# misread ("attacked Djibo"); a person's name ("attacked Ali in Gao") is a person, though some
# town somewhere bears it.
_NER_ORGANISATION = "organisation"
_PERSON = "person"  # ... and of one NER calls a person (after a noun)
_VERB = "VERB"
_STRIKING = frozenset({_VERB, "NOUN"})  # the verbs and nouns of attacks
_COMPLEMENT = "nmod"  # a noun completing another ("the attack on Djibo")
_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})  # "Tin Akoff", "Fada N'Gourma"
# The NER labels of names that are no place: people, peoples, other names (both pipelines).
_NOT_PLACES = frozenset({*docspec.PERSON_ENTITIES, "MISC", "NORP"})
# How the parser may hang a name a verb takes as its object when it misreads it.
_MISREAD_OBJECTS = frozenset({"obj", "xcomp", "advmod", "npadvmod", "dep", "ccomp"})


def places_struck(doc: Doc, known: Callable[[str], bool] | None, lang: str) -> None:
    """Make each name a verb of ``place_objects`` strikes (or the genitive of such a noun),
    that no place, time, trigger or actor word holds (a name NER called an organisation
    excepted, or after a noun a person) and that the gazetteer knows (``known``), a toponym
    of ``docspec.PLACES``, and no longer an actor of ``docspec.ACTORS``: the Doc's two span
    groups are rewritten before assembly reads them (the annotators cannot ask the
    gazetteer). Nothing without a gazetteer to ask."""
    if known is None:
        return
    places = list(doc.spans.get(docspec.PLACES, ()))
    actors = list(doc.spans.get(docspec.ACTORS, ()))
    # (a day is no place, "attacked Monday a checkpoint", nor a trigger's word, "attacked
    # Shell")
    taken = (*places, *doc.spans.get(docspec.TIMES, ()), *doc.spans.get(docspec.TRIGGERS, ()))
    placed = {i for s in taken for i in range(s.start, s.end)}
    concepts = place_objects()
    genitive = word_set(lang, "roles", "genitive")
    for trigger in doc.spans.get(docspec.TRIGGERS, ()):
        verb = trigger.root
        if trigger.label_ not in concepts or verb.pos_ not in _STRIKING:
            continue
        noun = verb.pos_ != _VERB
        for obj in verb.children:
            struck = _named_after(obj, genitive, lang) if noun else _struck(obj, verb)
            if not struck or obj.i in placed:
                continue
            actor = next((a for a in actors if a.start <= obj.i < a.end), None)
            # (not an armed group's name, an actor word, a person's name after a verb)
            names = (_NER_ORGANISATION, _PERSON) if noun else (_NER_ORGANISATION,)
            if actor is not None and actor.label_ not in names:
                continue
            name = actor if actor is not None else _name(obj)
            if not known(name.text):
                continue
            places.append(Span(doc, name.start, name.end, label=_TOPONYM))
            placed.update(range(name.start, name.end))
            if actor is not None:
                actors.remove(actor)
    doc.spans[docspec.PLACES] = sorted(places, key=lambda s: s.start)
    doc.spans[docspec.ACTORS] = actors


def struck_town(name: Span, trigger: Token, concept: str | None, lang: str) -> bool:
    """The name is the object of a verb that strikes places ("after militants attacked
    Djibo") or the complement of such a noun ("l'attaque de Djibo qui a tué dix soldats", "the
    attack on Djibo"): where the event was, not whom it was done to, nor by (its actor
    linking skips it). Not a capital, which may stand for its government (« les frappes de
    Washington »), nor a name after an agent's mark ("the attack by Moscow")."""
    word = name.root
    if word.head.i != trigger.i or concept not in place_objects():
        return False
    if trigger.pos_ == "VERB":
        return word.dep_ == "obj"
    return (
        trigger.pos_ == "NOUN"
        and word.dep_ == _COMPLEMENT
        and fold(name.text) not in _capitals(lang)
        and prepositions(word).isdisjoint(word_set(lang, "roles", "agent"))
    )


@functools.cache
def _capitals(lang: str) -> frozenset[str]:
    """The folded names of capitals (actor_aliases.yaml ``capitals``)."""
    return frozenset(fold(name) for name in load_resource(lang, "actor_aliases")["capitals"])


def _struck(word: Token, verb: Token) -> bool:
    """A name the verb takes as its object: a proper noun it governs as such, or a
    capitalised word right after it however the parser hung it on the verb ("attacked Djibo",
    which the small English parser makes a complement); not one NER calls a person or some
    other kind of name ("a attaqué Ali à Gao")."""
    if word.ent_type_ in _NOT_PLACES:
        return False
    if word.pos_ == "PROPN" and word.dep_ == "obj":
        return True
    return word.i == verb.i + 1 and word.is_title and word.dep_ in _MISREAD_OBJECTS


def _named_after(word: Token, genitive: frozenset[str], lang: str) -> bool:
    """A name that completes a noun of attack after a genitive's mark, even one NER calls a
    person (« l'attaque de Solhan », Solhan a person to French NER): where it struck, when
    the gazetteer holds it; not a country's or a capital's name, which may stand for its
    government, nor an actor's the aliases know: the author (« l'offensive de la France »,
    « l'attaque de Niamey », « l'attaque de Wagner »)."""
    name = fold(word.text)
    return (
        word.dep_ == _COMPLEMENT
        and word.pos_ == "PROPN"
        and not prepositions(word).isdisjoint(genitive)
        and name not in _capitals(lang)
        and name not in country_names(lang)
        and name not in _aliases(lang)
    )


@functools.cache
def _aliases(lang: str) -> frozenset[str]:
    """The folded names of actors (actor_aliases.yaml ``aliases``)."""
    return frozenset(fold(name) for name in load_resource(lang, "actor_aliases")["aliases"])


def _name(noun: Token) -> Span:
    """The proper noun with the name words the parser joined to it."""
    parts = [noun, *(c for c in noun.children if c.dep_ in _NAME_PARTS and c.pos_ == "PROPN")]
    return noun.doc[min(t.i for t in parts) : max(t.i for t in parts) + 1]


@functools.cache
def place_objects() -> frozenset[str]:
    """The concepts whose verbs strike places: their object may be a town (taxonomy.yaml)."""
    return frozenset(load_shared("taxonomy").get("place_objects", ()))
