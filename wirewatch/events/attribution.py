"""Who says so: linking a trigger to its source ("selon X", "a indiqué X", "two security
sources told Reuters", "..., a local official and residents said"); a passive report with no
agent ("des raids ont été signalés") leaves the source to be inherited."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import Candidate, Cues
from wirewatch.events.syntax import noun_phrase
from wirewatch.lang import word_set


def link_attribution(cand: Candidate, cues: Cues, lang: str) -> None:
    """Who says so: "selon X", the subject of a reporting verb governing the trigger,
    "Pour X, ..."; a passive "ont été signalés" with no agent is marked for inheritance."""
    sent = _with_incise(cand.sentence)
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
                # "..., a indiqué X." (the parser may make the incise a sentence of its own)
                incise = verb.i > root.i and (
                    verb.head.i == root.i or verb.head in root.ancestors or verb.head.i == verb.i
                )
                if not (verb in root.ancestors or verb.i == cand.sentence.root.i or incise):
                    continue
            source = _source(
                cue, label, places, actors, word_set(lang, "attribution", "source_nouns")
            )
            if source is not None:
                cand.attribution_source, cand.attribution_cue = source, cue
                return


def _with_incise(sent: Span) -> Span:
    """The sentence and, when the parser cut it off, its continuation: a reporting incise
    (", a dit X.") or a fragment that opens in lower case."""
    doc = sent.doc
    end = sent.end
    while end < len(doc) and _continues(doc[end].sent.text):
        end = doc[end].sent.end
    return doc[sent.start : end]


def _continues(text: str) -> bool:
    stripped = text.lstrip("-,; ")
    return (
        bool(stripped)
        and stripped[0].islower()
        and len(stripped) < len(text) + 1
        and (text[0] in ",;-" or text[0].islower())
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _source(
    cue: Span, label: str, places: set[int], actors: set[int], sources: frozenset[str]
) -> Span | None:
    doc = cue.doc
    if label in ("according_to", "opinion"):
        teller = next((c for c in cue[0].children if c.dep_ == "nsubj"), None)
        if cue[0].pos_ == "VERB" and teller is not None and teller.pos_ != "PRON":
            return noun_phrase(teller)  # "two security sources told Reuters": not Reuters
        if cue[-1].pos_ in ("NOUN", "PROPN"):
            return noun_phrase(cue[-1])  # "de sources locales": the cue holds the noun
        head: Token = cue[-1].head if cue[-1].head.i >= cue.end else cue[-1]
        if head.i < cue.end:
            nxt = cue.end
            while nxt < len(doc) and doc[nxt].pos_ not in ("NOUN", "PROPN"):
                nxt += 1
            if nxt >= len(doc):
                return None
            head = doc[nxt]
        return noun_phrase(head)
    verb = cue.root
    for child in verb.children:
        if child.dep_ == "nsubj" and (
            child.i in actors or child.pos_ == "PROPN" or child.lemma_.lower() in sources
        ):
            return _apposed_teller(child, verb) or noun_phrase(child)
    # Inverted subject after the verb: "estime l'OSDH", "a déclaré le porte-parole de la
    # police", "a indiqué à l'AFP un responsable local".
    for token in doc[cue.end : cue.sent.end]:
        if token.is_punct and token.text not in ("-", "'"):
            break
        if (
            token.head.i == verb.i
            and token.pos_ in ("NOUN", "PROPN")
            and token.i not in places
            and token.dep_ in ("nsubj", "obj", "expl:subj", "appos", "dep", "obl:mod")
        ):
            if token.dep_ == "obl:mod" and token.i not in actors and token.pos_ != "PROPN":
                continue
            mentions: list[Span] = list(doc.spans.get(docspec.ACTORS, ()))
            mention = next((m for m in mentions if m.start <= token.i < m.end), None)
            phrase = noun_phrase(token)
            if mention is not None and not (phrase.start <= mention.start < phrase.end):
                return mention
            return phrase
    return None


def _apposed_teller(subject: Token, verb: Token) -> Span | None:
    """ "Insurgents attacked ... the town on Friday, a local official and residents said": the
    parser hung the tellers on the event's actors as their apposition, making the whole
    sentence the verb's subject; the teller is the phrase apposed after a clause on the
    subject, right before the verb (not a title: "Makuei Deng Kuol, the commissioner, said")."""
    doc = subject.doc
    apposed = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if apposed is None or apposed.right_edge.i + 1 != verb.i:
        return None
    start = apposed.left_edge.i
    told = any(
        c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and subject.i < c.i < start
        for c in subject.children
    )
    if not told or start == 0 or doc[start - 1].text != ",":
        return None
    return doc[start : apposed.right_edge.i + 1]
