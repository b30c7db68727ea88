"""The contract between annotate/ (which writes a spaCy Doc) and events/ (which reads it).

Each annotator writes one span group; a span's label is a language-neutral concept key
from the annotator's resource file. Nothing here imports spaCy.
"""

from __future__ import annotations

TRIGGERS = "ww_triggers"  # label: trigger concept ("airstrike", "consult")
MODIFIERS = "ww_modifiers"  # label: refinement ("aerial", "phone")
REALISATION = "ww_realisation"  # words that make a ceasefire happen ("entrée en vigueur")
PLACES = "ww_places"  # label: one of PLACE_LABELS
# The locative phrase that puts a place mention somewhere, as written before it ("in the
# village of" Boula, "coded as" Djibo): label "locative", the phrase's first word as key.
PLACE_CUES = "ww_place_cues"
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

# "enclosing": an area named in brackets after a place, "Tikou (Kouande, Atacora)".
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
