"""A coder's label before a colon ("Looting: On 27 July, ten armed men stole cattle"): the
trigger that is one, the clause it names, and the triggers whose typing it is. ACLED's
notes open so; wire copy rarely does, and then the label is the writer's own typing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.candidates import Candidate
from wirewatch.types import Kind, Role


def is_label(trigger: Span) -> bool:
    """A trigger opening its sentence right before a colon: a coder's label ("Looting: On 27
    July, ten armed men stole cattle", "Agreement: ...")."""
    doc = trigger.doc
    return (
        trigger.start == trigger.sent.start
        and trigger.end < len(doc)
        and doc[trigger.end].text == ":"
    )


def labelled_clause(trigger: Span) -> Token | None:
    """The verb of the clause a label names (:func:`is_label`), hung on that verb or (the
    parser's other reading) the verb hung on it."""
    root = trigger.root
    if not is_label(trigger):
        return None
    if root.head.i != root.i:
        return root.head if root.head.pos_ in ("VERB", "AUX") else None
    return next((c for c in root.children if c.i > trigger.end and c.pos_ in ("VERB", "AUX")), None)


def labelled(trigger: Span) -> bool:
    """A label before a colon, or the verb of the clause it labels when it names the same
    concept ("Looting: ... ten armed men stole cattle"): the label is the coder's typing."""
    if labelled_clause(trigger) is not None:
        return True
    sent = trigger.sent
    label = next(
        (s for s in trigger.doc.spans.get(docspec.TRIGGERS, ()) if s.start == sent.start), None
    )
    if label is None or label.label_ != trigger.label_:
        return False
    clause = labelled_clause(label)
    return clause is not None and clause.i == trigger.root.i


def deeds_under_their_label(cands: list[Candidate]) -> list[Candidate]:
    """ "Looting: On 24 February, unknown individuals seized four oxen", "Property destruction:
    Attack in Tounte, gunshots fired near mosque, assailants burned the school": a coder's
    label names the one event its sentence tells, so the deeds told after it in that
    sentence, with its status, are that event: they join its mentions, and their authors,
    targets, place and times fill what the label lacks. Its type, and so its toll, stay the
    coder's ("Non-violent activity: the governor was sacked after protests in which four
    students were killed": the sacking killed no one)."""
    kept: list[Candidate] = []
    label: Candidate | None = None
    for cand in cands:
        if (
            label is not None
            and cand.sentence.start == label.sentence.start
            and cand.kind is Kind.EVENT
            and cand.status is label.status
        ):
            _fill(label, cand)
            continue
        kept.append(cand)
        if is_label(cand.trigger) and cand.kind is Kind.EVENT:
            label = cand
        elif label is not None and cand.sentence.start != label.sentence.start:
            label = None
    return kept


def _fill(label: Candidate, deed: Candidate) -> None:
    """The deed joins the label's mentions and fills the actors, place and times it lacks."""
    label.mentions += [m for m in deed.mentions if m not in label.mentions]
    for role in (Role.AGENT, Role.TARGET):
        # a word no actor list names ("location coded as Materi") gives way to one named
        if not any(a.concept for a in label.with_role(role)) and deed.with_role(role):
            kept = [a for a in label.actors if a.role is not role]
            label.actors = kept + deed.with_role(role)
    label.place = label.place or deed.place
    label.times = label.times or deed.times
