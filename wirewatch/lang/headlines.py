"""What a headline drops: the article of its subject (and often the auxiliary of its
passive). A language-neutral test on Universal Dependencies labels and features, shared by
the counts of the dead (annotate) and the roles of an event's actors (events)."""

from __future__ import annotations

from spacy.tokens import Token

# What a noun phrase in running text opens with and a headline drops.
_DETERMINERS = frozenset({"det", "nummod", "nmod:poss", "det:poss"})


def bare_opening_noun(token: Token) -> bool:
    """Whether a singular word opens its sentence with no determiner, number or possessive,
    as a headline names one person ("Trader shot dead by gunmen", "Policeman killed in
    attack on checkpoint") and running text never does."""
    return (
        "Sing" in token.morph.get("Number", [])
        and token.left_edge.i == token.sent.start
        and not any(c.dep_ in _DETERMINERS for c in token.children)
    )
