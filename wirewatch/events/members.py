"""Armed men said to be of a named group ("fighters of the Arakan Army", « des éléments de
l'EIGS »), a group's word written with its name ("the Islamic State group", « le groupe
Etat islamique »), fighters of no one and fighters someone owns ("its fighters"): who they
are. Called by events/assemble.py once an event's actors are linked."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from wirewatch.events.actors import case_marks
from wirewatch.events.candidates import NONSTATE_CLASS, UNNAMED_GROUP, Candidate, Cues
from wirewatch.events.persons import unarmed
from wirewatch.lang import word_set
from wirewatch.lang.acronyms import acronym_like


@functools.cache
def _member_words(lang: str) -> frozenset[str]:
    return word_set(lang, "actors", "member_words")


def resolve_members(cand: Candidate, cues: Cues, lang: str) -> None:
    """Armed men said to be of a named group are that group: "fighters of the Arakan Army",
    "militants of the Islamic State West Africa Province (ISWAP)", "des hommes armés de
    l'EIGS" (the genitive marks are resources/<lang>/roles.yaml ``genitive``; the words
    for its men, resources/<lang>/actors.yaml ``member_words``). Fighters said to be of no
    one are an unidentified armed group ("soldiers killed five fighters"; ``armed_member_words``);
    those an owner has are the group named last before them ("Islamic State claimed the
    attack, saying its fighters ..."). A group's word written with a name (``group_words``:
    "the Islamic State group", « des jihadistes du groupe Boko Haram ») is that group."""
    marks, members = case_marks(lang)["genitive"], _member_words(lang)
    kinds = word_set(lang, "actors", "group_words")
    for actor in cand.actors:
        armed = cues.actor_classes.get(actor.concept or "") == NONSTATE_CLASS
        root = actor.span.root
        # (a group's word with its name: « Le groupe Etat islamique a tué », "the Islamic
        # State group", "the jihadist group Boko Haram")
        own = _named_after(root, cues) if root.lemma_.lower() in kinds else None
        if actor.antecedent is None and own is not None and _named_group(own, cues):
            actor.antecedent, actor.concept = own, own.label_
            continue
        if actor.antecedent is not None or not (
            armed or (actor.concept is None and root.lower_ in members)
        ):
            continue
        qualifiers = [c for c in root.children if c.dep_ in ("amod", "acl")]  # "armés de"
        for child in (*root.children, *(c for q in qualifiers for c in q.children)):
            if not child.dep_.startswith("nmod") or not any(
                c.dep_ == "case" and c.lower_ in marks for c in child.children
            ):
                continue
            group = next((s for s in cues.actors if s.start <= child.i < s.end), None)
            if child.lemma_.lower() in kinds:  # "des jihadistes du groupe Boko Haram"
                group = _named_after(child, cues) or group
            if group is not None and _named_group(group, cues):
                actor.antecedent, actor.concept = group, group.label_
                break
        if (
            actor.concept is None
            and root.lower_ in word_set(lang, "actors", "armed_member_words")
            # (not « d'anciens combattants », veterans)
            and not unarmed(root.doc[root.left_edge.i : root.right_edge.i + 1], lang)
        ):
            if not any("Yes" in c.morph.get("Poss", []) for c in root.children):
                actor.concept = UNNAMED_GROUP
                continue
            # (its owner: the armed group named last before them in their sentence, else the
            # organisation, "Islamic State claimed the attack, saying its fighters had
            # killed 20 soldiers"; not « X », where the M23 spoke, in « Le porte-parole du
            # M23 a affirmé sur X que ses combattants ... »)
            named = [
                s
                for s in cues.actors
                if root.sent.start <= s.start and s.end <= root.i and _named_group(s, cues)
            ]
            groups = [s for s in named if cues.actor_classes.get(s.label_) == NONSTATE_CLASS]
            owner = (groups or named or [None])[-1]
            if owner is not None:
                actor.antecedent, actor.concept = owner, owner.label_


def _named_after(kind: Token, cues: Cues) -> Span | None:
    """The actor mention that names the group a group's word stands for, right before or
    after it or with only its adjectives between, with no preposition ("of the Islamic State
    group", « du groupe Boko Haram », « du groupe jihadiste Etat islamique », however the
    parser hangs the name on the noun)."""
    doc = kind.doc
    mentions: list[Span] = list(cues.actors)
    for span in mentions:
        between = doc[kind.i + 1 : span.start] if span.start > kind.i else doc[span.end : kind.i]
        if (
            span.root.head.i == kind.i
            and not span.start <= kind.i < span.end
            and not any(c.dep_ == "case" for c in span.root.children)
            and all(t.pos_ == "ADJ" and t.head.i == kind.i for t in between)
        ):
            # (with the words of the name the parser hangs on the group's word: « du groupe
            # Etat islamique au Grand Sahara », up to a comma or a verb)
            end = span.end
            while (
                span.start > kind.i
                and end <= kind.right_edge.i
                and not doc[end].is_punct
                and doc[end].pos_ not in ("VERB", "AUX")
            ):
                end += 1
            return Span(doc, span.start, end, label=span.label_)
    return None


def _named_group(span: Span, cues: Cues) -> bool:
    """A group's name: an organisation's, or an armed group's word with a proper name (or a
    capitalised word within its sentence the parser did not take for one: "l'Etat
    islamique", an acronym: « Le JNIM a affirmé », not a word of a heading in capitals)."""
    shouted = all(t.is_upper for t in span.sent if t.is_alpha)
    return span.label_ == "organisation" or (
        cues.actor_classes.get(span.label_) == NONSTATE_CLASS
        and any(
            t.pos_ == "PROPN"
            or (t.is_title and t.i != t.sent.start)
            or (acronym_like(t.text) and not shouted)
            for t in span
        )
    )
