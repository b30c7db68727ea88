"""The words of an actor mention: the whole noun phrase around its actor word ("les rebelles
houthis", "ISGS militants", "volunteer fighters (VDP)"), never reaching into the trigger,
another actor or the day the parser hung on it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.events.syntax import noun_phrase, said_when
from wirewatch.lang.acronyms import acronym_like

_MODIFIERS = frozenset({"compound", "amod", "flat", "flat:name", "nmod:poss"})
# The modifiers that may follow an actor word in its phrase: "des miliciens koglweogo".
_RIGHT_MODIFIERS = frozenset({"amod", "flat", "flat:name", "compound"})
_QUALIFYING = frozenset({"ADJ", "VERB", "NOUN", "PROPN"})  # the words such modifiers are


def widened(span: Span, trigger: Span, named: set[int]) -> Span:
    """The whole noun phrase around an actor word: "les rebelles houthis", "le président
    nigérien Mohamed Bazoum" (never reaching into the trigger or another actor)."""
    if span.root.pos_ == "PRON":
        return span
    phrase = noun_phrase(span.root)
    doc = span.doc
    # a day the parser hung on it says when, not who: "un poste de gendarmerie samedi",
    # "l'opposition samedi à Kinshasa"
    phrase = doc[phrase.start : said_when(doc, span.end, phrase.end)]
    # A name that only modifies this actor word belongs to it: "ISGS militants", "a
    # Koglweogo patrol".
    others = {i for i in named - {span.root.i} if not _qualifies(doc[i], span.root)}

    def clean(phrase: Span) -> bool:
        return (
            phrase.start <= span.start
            and span.end <= phrase.end
            and not (phrase.start < trigger.end and trigger.start < phrase.end)
            and not any(phrase.start <= i < phrase.end for i in others)
        )

    # the words before the actor word (and the adjectives right after it: "trois miliciens
    # koglweogo à Kaya") when those after it name another actor or place: "JNIM militants in
    # the area of Koutougou"
    end = span.end
    while (
        end < phrase.end
        and span.start <= doc[end].head.i < end
        and doc[end].dep_ in _RIGHT_MODIFIERS
        and doc[end].pos_ in _QUALIFYING  # (not "deux commerçants près": an adverb)
        and end not in others
    ):
        end += 1
    before = doc[phrase.start : max(end, phrase.start)]
    chosen = next((p for p in (phrase, before) if clean(p)), span)
    return _with_bracketed_name(chosen, trigger)


def _qualifies(token: Token, head: Token) -> bool:
    """A name that modifies the actor word, or one in apposition to such a name or joined to
    it: "Katiba Macina (JNIM) militants", "Koglweogo and Foulse militiamen", "des miliciens
    Wazalendo"."""
    joined = token.dep_ == "appos" or (token.dep_ == "conj" and token.pos_ == "PROPN")
    # (a name right after it with no preposition: "des miliciens Wazalendo")
    after = (
        token.head.i == head.i
        and token.i == head.i + 1
        and token.pos_ == "PROPN"
        and not any(c.dep_ == "case" for c in token.children)
        and not any(p.start <= token.i < p.end for p in token.doc.spans.get(docspec.PLACES, ()))
    )  # (not "des rebelles Bangui": a place)
    return after or modifies(token, head) or (joined and modifies(token.head, head))


def modifies(token: Token, head: Token) -> bool:
    """A name before a noun that qualifies it: a compound ("ISGS militants"), or a noun the
    parser hangs on it with no preposition ("JNIM and/or ISGS militants")."""
    return (
        token.i < head.i
        and token.head.i == head.i
        and (
            token.dep_ in _MODIFIERS
            or (token.dep_ == "nmod" and not any(c.dep_ == "case" for c in token.children))
        )
    )


def _with_bracketed_name(span: Span, trigger: Span) -> Span:
    """An acronym in brackets right after an actor names it too: "volunteer fighters (VDP)",
    "defense and security forces (FDS)"; so does an actor's name in brackets, the whole
    bracket ("volunteer fighters (Volunteers for the Defense of the Homeland)")."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "(":
        return span
    close = end + 2 if acronym_like(doc[end + 1].text) else _named_actor_in(doc, end + 1)
    if close is None or close >= len(doc) or doc[close].text != ")":
        return span
    if end < trigger.end and trigger.start <= close:
        return span
    return doc[span.start : close + 1]


def _named_actor_in(doc: Doc, start: int) -> int | None:
    """The end of the actor mention that opens at ``start`` when it is a name (capitalised:
    "Volunteers for the Defense of the Homeland"), not words that say who ("assumed
    unarmed")."""
    found = next((m for m in doc.spans.get(docspec.ACTORS, ()) if m.start == start), None)
    if found is None or not found[0].is_title:
        return None
    return int(found.end)
