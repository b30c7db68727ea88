"""Linking a trigger to where, when and who-says-so: place, time expressions, attribution."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import Candidate, Cues, PlaceArg
from wirewatch.events.references import Focus, place_details
from wirewatch.events.syntax import span_distance
from wirewatch.lang import load_resource

_PLACE_REACH = 5  # edges between a trigger and its place
_DIPLOMACY_PLACE_REACH = 3
_OWN_TIME_REACH = 3
_LABEL_RANK = {"toponym": 0, "focus_reference": 1, "country": 2, "country_reference": 3, "vague": 2}


@functools.cache
def _locative(lang: str) -> frozenset[str]:
    return frozenset(w.split()[0].lower() for w in load_resource(lang, "places")["locative"])


def link_place(cand: Candidate, cues: Cues, focus: Focus, lang: str, used: set[int]) -> None:
    """The place the event happened: the closest place phrase in the trigger's clause."""
    root = cand.trigger.root
    diplomacy = cand.typing.family == "diplomacy"
    reach = _DIPLOMACY_PLACE_REACH if diplomacy else _PLACE_REACH
    locative = _locative(lang)
    ancestors = {root.i} | {a.i for a in root.ancestors}
    best: tuple[tuple[int, int, int], Span] | None = None
    for span in cues.in_sentence(cues.places, cand.sentence):
        if used.intersection(range(span.start, span.end)):
            continue  # already an actor ("a demandé à la Russie") or a source
        marks = {c.lower_ for c in span.root.children if c.dep_ in ("case", "fixed")}
        if diplomacy and not (
            marks & locative
            and span.label_ in ("toponym", "country")
            and span.root.head.i in ancestors
        ):
            continue  # "ne demandera pas de cesser (...) sur Alep": not the talks' place
        distance = span_distance(span, root)
        if distance > reach:
            continue
        key = (distance, _LABEL_RANK.get(span.label_, 4), abs(span.start - root.i))
        if best is None or key < best[0]:
            best = (key, span)
    if best is None:
        return
    span = best[1]
    relation, context, reference = place_details(span, span.label_, focus, lang)
    cand.place = PlaceArg(
        span,
        span.label_,
        relation,
        context,
        reference,
        "reference" if reference is not None and span.label_ != "toponym" else "text",
    )


def link_times(cand: Candidate, cues: Cues, claimed: dict[int, int]) -> None:
    """Time expressions bearing on the trigger: its own (close in the tree), else the
    sentence's (attached to the main verb or opening the sentence)."""
    root = cand.trigger.root
    in_sentence = cues.in_sentence(cues.times, cand.sentence)
    ancestors = {root.i} | {a.i for a in root.ancestors}
    own = sorted(
        (span_distance(t, root), t.start, t)
        for t in in_sentence
        if span_distance(t, root) <= _OWN_TIME_REACH and claimed.get(t.start, root.i) in ancestors
    )
    if own:
        cand.times = [t for _, _, t in own]
        return
    sent_root = cand.sentence.root
    framing = [
        t
        for t in in_sentence
        if t.root.head.i == sent_root.i or t.start == cand.sentence.start or _opens_sentence(t)
    ]
    cand.times = framing[:2]


def _opens_sentence(span: Span) -> bool:
    """ "Samedi, ..." / "Le même jour, ...": a time phrase before the first comma."""
    sent = span.sent
    for token in sent:
        if token.i >= span.start:
            return token.i == span.start and all(
                not t.is_punct for t in sent.doc[sent.start : span.start]
            )
        if token.is_punct:
            return False
    return False


def link_attribution(cand: Candidate, cues: Cues) -> None:
    """Who says so: "selon X", the subject of a reporting verb governing the trigger,
    "Pour X, ..."; a passive "ont été signalés" with no agent is marked for inheritance."""
    sent = cand.sentence
    root = cand.trigger.root
    found = cues.in_sentence(cues.attribution, sent)
    places = {i for p in cues.in_sentence(cues.places, sent) for i in range(p.start, p.end)}
    actors = {i for a in cues.in_sentence(cues.actors, sent) for i in range(a.start, a.end)}
    actors |= {
        i
        for p in cues.in_sentence(cues.places, sent)
        if p.label_ == "country"
        for i in range(p.start, p.end)
    }
    for label in ("according_to", "reporting_verb", "opinion"):
        for cue in (c for c in found if c.label_ == label):
            if cand.trigger.start <= cue.start < cand.trigger.end:
                continue
            if label == "reporting_verb":
                verb = cue.root
                if _passive(verb) and not any(c.dep_ == "obl:agent" for c in verb.children):
                    if root.head.i == verb.i and root.dep_ == "nsubj:pass":
                        cand.attribution_inherited = True  # "Des raids ont été signalés à ..."
                    continue
                incise = verb.i > root.i and verb.head in root.ancestors  # "..., a indiqué X."
                if not (verb in root.ancestors or verb.i == sent.root.i or incise):
                    continue
            source = _source(cue, label, places, actors)
            if source is not None:
                cand.attribution_source, cand.attribution_cue = source, cue
                return


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _source(cue: Span, label: str, places: set[int], actors: set[int]) -> Span | None:
    doc = cue.doc
    if label in ("according_to", "opinion"):
        head: Token = cue[-1].head if cue[-1].head.i >= cue.end else cue[-1]
        if head.i < cue.end:
            nxt = cue.end
            while nxt < len(doc) and doc[nxt].pos_ not in ("NOUN", "PROPN"):
                nxt += 1
            if nxt >= len(doc):
                return None
            head = doc[nxt]
        return _noun_phrase(head)
    verb = cue.root
    for child in verb.children:
        if child.dep_ == "nsubj" and (child.i in actors or child.pos_ == "PROPN"):
            return _noun_phrase(child)
    # Inverted subject after the verb: "estime l'OSDH", "a déclaré à Istanbul Anas al-Abdeh".
    for i in range(cue.end, min(cue.end + 6, cue.sent.end)):
        token = doc[i]
        if token.is_punct:
            break
        if token.i not in places and (
            token.pos_ == "PROPN" or token.ent_type_ in ("PER", "ORG") or token.i in actors
        ):
            mentions: list[Span] = list(cue.doc.spans.get(docspec.ACTORS, ()))
            mention = next((m for m in mentions if m.start <= i < m.end), None)
            if mention is not None:
                return mention
            j = i
            while j + 1 < cue.sent.end and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].text == "-"):
                j += 1
            return doc[i : j + 1]
    return None


_PHRASE_DEPS = frozenset(
    {"det", "amod", "nmod", "flat:name", "flat", "compound", "nummod", "case", "fixed", "appos"}
)


def _noun_phrase(head: Token) -> Span:
    """The noun with its determiners, adjectives and complements, up to a comma or clause."""
    doc = head.doc
    tokens = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in _PHRASE_DEPS and not (child.dep_ == "appos" and token.i != head.i):
                tokens.append(child)
                stack.append(child)
    start = min(t.i for t in tokens)
    while start < head.i and doc[start].dep_ in ("case", "fixed"):
        start += 1  # "selon la défense civile": the source starts after "selon"
    end = max(t.i for t in tokens) + 1
    for i in range(head.i + 1, end):
        if doc[i].is_punct and doc[i].text not in ("-", "'"):
            end = i
            break
    return doc[start:end]
