"""A coder's label before a colon ("Looting: On 27 July, ten armed men stole cattle"): the
trigger that is one, the clause it names, and the triggers whose typing it is. ACLED's
notes open so; wire copy rarely does, and then the label is the writer's own typing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch import docspec


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
