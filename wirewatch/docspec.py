"""The contract between annotate/ (which writes a spaCy Doc) and events/ (which reads it).

Each annotator writes one span group; a span's label is a language-neutral concept key
from the annotator's resource file. Nothing here imports spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TRIGGERS = "ww_triggers"  # label: trigger concept ("airstrike", "consult")
MODIFIERS = "ww_modifiers"  # label: refinement ("aerial", "phone")
REALISATION = "ww_realisation"  # words that make a ceasefire happen ("entrée en vigueur")
PLACES = "ww_places"  # label: one of PLACE_LABELS
# The locative phrase that puts a place mention somewhere, as written before it ("in the
# village of" Boula, "coded as" Djibo): label "locative", the phrase's first word as key.
PLACE_CUES = "ww_place_cues"
# A name spelt out before its acronym, with the bracket: "the People's Defence Force (PDF)"
# gives the span "People's Defence Force (PDF)", label "PDF".
ACRONYMS = "ww_acronyms"
ACTORS = "ww_actors"  # label: actor concept ("government_forces", "civilians")
NEGATION = "ww_negation"  # label: adverb | determiner | correlative | preposition | particle
# MODALITY label: planned | attempted | uncertain | ongoing | cessation | hypothesis
MODALITY = "ww_modality"
ATTRIBUTION = "ww_attribution"  # label: according_to | reporting_verb
AGGREGATE = "ww_aggregate"  # label: since | total | toll
# TIMES label: date | interval | since | relative | part_of_day
TIMES = "ww_times"
# COUNTS label: killed | injured | arrested | abducted | displaced | people | population | quantity
COUNTS = "ww_counts"
BREAKDOWN = "ww_breakdown"  # label: the counted group in "dont deux enfants"
ZERO_COUNTS = "ww_zero_counts"  # the COUNTS the words make zero: "no casualties", "aucun mort"

# The tagger's labels of people's names (the French and the English models).
PERSON_ENTITIES = frozenset({"PER", "PERSON"})
# "enclosing": an area named in brackets after a place, "Tikou (Kouande, Atacora)", or after
# the words that say what kind of place it is (see :func:`bracket_after`).
PLACE_LABELS = (
    "toponym",
    "country",
    "enclosing",
    "focus_reference",
    "capital_reference",
    "country_reference",
    "vague",
)

# doc.user_data keys
BODY_STARTS = "ww_body_starts"  # character offsets where a body starts after a dateline
ACTOR_CLASSES = "ww_actor_classes"  # {actor concept: "state" | "nonstate" | "civilian" | ...}
# {verb token index: token index of the object (or subject, or role noun) it names its event
# with}: "carried out an operation", "took six crewmen as hostages" (triggers.yaml verb_objects)
PAIRED_OBJECTS = "ww_paired_objects"

KIND_WORDS = 2  # lower-case nouns between a name and its brackets: "Dassari arrondissement (...)"
ASIDE_REACH = 8  # tokens of an editor's aside in square brackets: "Kangara [Kangara Peulh]"


def bracket_after(doc: Doc, end: int) -> int:
    """Where the bracket that names a place's areas opens, the place name ending at token
    ``end``: right there, or past an editor's aside in square brackets and the lower-case
    nouns that say what kind of place it is ("Kangara [Kangara Peulh] (Karimama, Alibori)",
    "Nouari village (Materi, Atacora)", "Karimama subdivision (Alibori)"); ``end`` itself
    when no bracket opens there."""
    k = end
    if k < len(doc) and doc[k].text == "[":
        close = next(
            (j for j in range(k + 1, min(len(doc), k + ASIDE_REACH)) if doc[j].text == "]"), None
        )
        k = close + 1 if close is not None else k
    start = k
    while k < len(doc) and k - start < KIND_WORDS and doc[k].pos_ == "NOUN" and doc[k].is_lower:
        k += 1
    return k if k < len(doc) and doc[k].text == "(" else end


def in_aside(doc: Doc, i: int) -> bool:
    """Whether token ``i`` lies in an editor's aside in square brackets within its
    sentence: "the sons of the mayor of Pensa [killed in an ambush on July 6] assaulted"."""
    sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    for j in range(i - 1, sent_start - 1, -1):
        if doc[j].text == "]":
            return False
        if doc[j].text == "[":
            return True
    return False


def purpose_of(clause: Token) -> bool:
    """Whether the clause is an infinitive a verb is done for: "went to Koubri [to
    protest]", "came to Kompienbiga [to capture] a thief" (not "headed to Arbinda [after
    militants attacked] Djibo")."""
    return clause.dep_ in ("advcl", "xcomp") and "Inf" in clause.morph.get("VerbForm", [])
