"""Actor mentions of a sentence: every phrase that can be an event's actor, with its concept."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from wirewatch.events.candidates import BARE_COUNT, Cues
from wirewatch.events.syntax import noun_phrase
from wirewatch.lang import load_resource


@functools.cache
def _pronouns(lang: str) -> dict[str, frozenset[str]]:
    data = load_resource(lang, "actors")["pronouns"]
    return {key: frozenset(w.lower() for w in words) for key, words in data.items()}


def actor_mentions(sent: Span, cues: Cues, lang: str) -> list[tuple[Span, str | None]]:
    """Cached per sentence: see ``_actor_mentions``."""
    found = cues.mentions_by_sentence.get(sent.start)
    if found is None:
        found = cues.mentions_by_sentence[sent.start] = _actor_mentions(sent, cues, lang)
    return found


def _actor_mentions(sent: Span, cues: Cues, lang: str) -> list[tuple[Span, str | None]]:
    """Every phrase in the sentence that can be an actor: actor words, names, places used
    as actors ("la Russie", "Washington"), personal pronouns, and any other noun phrase
    (concept ``None``: "au moins 20 personnes", "le chef coutumier")."""
    mentions: list[tuple[Span, str | None]] = [
        (s, s.label_) for s in cues.in_sentence(cues.actors, sent)
    ]
    taken = {i for span, _ in mentions for i in range(span.start, span.end)}
    for place in cues.in_sentence(cues.places, sent):
        if place.label_ in ("country", "toponym") and taken.isdisjoint(
            range(place.start, place.end)
        ):
            mentions.append((place, place.label_))
            taken.update(range(place.start, place.end))
    blocked = set(taken)
    for span in (*cues.in_sentence(cues.times, sent), *cues.in_sentence(cues.places, sent)):
        blocked.update(range(span.start, span.end))
    pronouns = _pronouns(lang)
    doc = sent.doc
    for i in range(sent.start, sent.end):
        pos = cues.pos[i]
        if pos in ("NOUN", "PROPN") and i not in blocked:
            phrase = noun_phrase(doc[i])
            if not blocked.isdisjoint(range(phrase.start, phrase.end)):
                phrase = _before_blocked(phrase, doc[i], blocked)
            mentions.append((phrase, None))
            blocked.update(range(phrase.start, phrase.end))
        elif i not in blocked and _bare_count(doc[i]):
            mentions.append((doc[i : i + 1], BARE_COUNT))
        elif pos == "PRON" and i not in taken:
            lower = doc[i].lower_
            if lower in pronouns["subject"] or lower in pronouns["object"]:
                mentions.append((doc[i : i + 1], "pronoun"))
    return sorted(mentions, key=lambda m: m[0].start)


def _before_blocked(phrase: Span, noun: Token, blocked: set[int]) -> Span:
    """The noun with the words before it and the adjectives right after it, when its phrase
    takes in another mention ("une base militaire à Djibo": "une base militaire"; its
    complements are mentions of their own: "clashes between two factions"; "Le
    Haut-Commissaire de l'ONU": "Le Haut-Commissaire"); the noun alone when a mention lies
    before it in its phrase."""
    doc = noun.doc
    if not blocked.isdisjoint(range(phrase.start, noun.i)):
        return doc[noun.i : noun.i + 1]
    end = noun.i + 1
    while end < phrase.end and end not in blocked and doc[end].dep_ == "amod":
        end += 1
    return doc[phrase.start : end]


def _bare_count(token: Token) -> bool:
    """A number that is a verb's subject or object with no noun of its own ("30 injured and
    1 killed", "wounding 5"; the French parser tags "2 ont été tués" a pronoun): it counts
    a noun said before it."""
    return (
        token.like_num
        and token.pos_ in ("NUM", "PRON")
        and token.dep_ in ("nsubj", "nsubj:pass", "obj")
        and token.head.pos_ == "VERB"
        and not any(c.dep_ not in ("punct", "advmod", "cc") for c in token.children)
    )
