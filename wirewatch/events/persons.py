"""Who a mention names: a person ("a trader", "an economic operator") or an armed man who
bore no arms when he was hit ("an off-duty policeman"), read from the language's resources."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from wirewatch.lang import load_resource

# How a phrase after a noun may qualify it (or hang on its verb: "à la retraite", obl:arg).
_QUALIFIERS = frozenset({"amod", "nmod", "acl", "obl"})


@functools.cache
def people_words(lang: str) -> frozenset[str]:
    """Nouns that name people ("civils", "journalistes"), from the numbers resource."""
    return frozenset(w.lower() for w in load_resource(lang, "numbers")["people"])


def names_a_person(token: Token, lang: str) -> bool:
    """A common noun for a person: a word for people ("a trader") or one with a person's
    ending ("an economic operator", "a tax collector")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in people_words(lang)
        or (lemma.endswith(person_endings(lang)) and not lemma.endswith(_thing_endings(lang)))
    )


@functools.cache
def person_endings(lang: str) -> tuple[str, ...]:
    """Endings of nouns that name people ("observer", "observateur")."""
    return tuple(w.lower() for w in load_resource(lang, "actors")["person_endings"])


@functools.cache
def _thing_endings(lang: str) -> tuple[str, ...]:
    """Endings of nouns for things that end like people's ("postponement")."""
    return tuple(w.lower() for w in load_resource(lang, "actors").get("thing_endings", ()))


@functools.cache
def _unarmed_words(lang: str) -> re.Pattern[str]:
    words = load_resource(lang, "actors").get("unarmed_words", ())
    alternatives = "|".join(re.escape(w.lower()) for w in words) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def unarmed(span: Span, lang: str) -> bool:
    """Words that make an armed man a civilian victim: "an off-duty policeman", "a suspected
    but unarmed militant" (``unarmed_words`` in resources/<lang>/actors.yaml; concepts
    whose members bear no arms are ``unarmed_victims`` in taxonomy.yaml). The word must
    qualify the span's own noun: "a civilian forest guard" is unarmed; in "a policeman and an
    accompanying civilian", "four gendarmes and a civilian driver" the civilian is another.
    A definite noun keeps what its sentence told of the same noun before it ("an off-duty
    policeman ..., and shot dead the policeman")."""
    for match in _unarmed_words(lang).finditer(span.text.lower()):
        word = span.char_span(match.start(), match.end(), alignment_mode="expand")
        if word is not None and _qualified_noun(word.root) == span.root:
            return True
    aside = _bracket_after(span)  # "two forest guards (assumed unarmed)"
    if aside is not None and _unarmed_words(lang).search(aside.text.lower()) is not None:
        return True
    after = _qualifier_after(span)  # "un policier retraité", "un gendarme à la retraite"
    if after is not None:
        # (the unarmed words must end at the phrase's head: not "un militaire ancien chef")
        found = _unarmed_words(lang).match(after.text.lower())
        head = after.root
        if found is not None and found.end() >= head.idx + len(head) - after.start_char:
            return True
    return _told_unarmed_before(span, lang)


def _qualifier_after(span: Span) -> Span | None:
    """The phrase right after the span that may qualify its noun ("un policier [retraité]",
    "un gendarme [à la retraite]"), which the actor's words leave out: hung on the noun, or
    on the verb the noun is the object of (as the parser may hang "à la retraite")."""
    doc = span.doc
    if span.end >= len(doc) or span[-1].i != span.root.i:
        return None
    heads = (span.root, span.root.head) if span.root.dep_ == "obj" else (span.root,)
    phrase = next(
        (t for h in heads for t in h.rights if t.left_edge.i == span.end and t.i != span.root.i),
        None,
    )
    if phrase is None or phrase.dep_.split(":")[0] not in _QUALIFIERS:
        return None
    return doc[span.end : phrase.right_edge.i + 1]


def _told_unarmed_before(span: Span, lang: str) -> bool:
    """A definite noun told unarmed before it in its sentence: "attacked the house of an
    off-duty policeman ..., and shot dead the policeman" (the same man)."""
    root = span.root
    if "Def" not in root.morph.get("Definite", []) and not any(
        "Def" in c.morph.get("Definite", []) for c in root.children if c.dep_ == "det"
    ):
        return False
    doc = span.doc
    return any(
        t.lemma_ == root.lemma_
        and t.pos_ == root.pos_
        and unarmed(doc[t.left_edge.i : t.i + 1], lang)
        for t in doc[root.sent.start : span.start]
    )


def _bracket_after(span: Span) -> Span | None:
    """The words in brackets right after the span's own noun, which qualify it: "two forest
    guards (assumed unarmed)" (not a list's: "five rangers ... and one French instructor
    (former soldier)" qualifies the last one)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(" or span[-1].i != span.root.i:
        return None
    close = next((t.i for t in doc[span.end + 1 :] if t.text in ("(", ")")), None)
    return doc[span.end + 1 : close] if close is not None and doc[close].text == ")" else None


def _qualified_noun(token: Token) -> Token | None:
    """The noun a word qualifies ("off-duty" -> "policeman"), None for a noun of its own."""
    if _names_alone(token):
        return None
    return next((t for t in token.ancestors if t.pos_ in ("NOUN", "PROPN")), None)


def _names_alone(token: Token) -> bool:
    """A noun that heads its own phrase rather than qualifying another's."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "nmod", "amod")
