"""Lists of nouns as the parsers leave them: the conjuncts after a word, chained or not, a
list opened by an apposition, and the phrases that restate a word instead of going on with
it (set off by commas or opened by a bracket); the role a listed word takes from the first
of its list, and the coordinated verbs that share a dependent. Used by the counts
(annotate/quantities.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

_CONJ, _APPOSITION = "conj", "appos"
_SUBJECT, _PASSIVE_SUBJECT = "nsubj", "nsubj:pass"
_VERBS = ("VERB", "AUX")
_OPENING_BRACKETS = frozenset("([")


def chain(token: Token) -> list[Token]:
    """The token and the conjuncts after it, in order: the parsers hang them all on the
    first ("A, B et C": B and C on A) or each on the one before."""
    members = [token]
    for member in members:
        members += [c for c in member.children if c.dep_ == _CONJ and c.i > member.i]
    return sorted(members, key=lambda t: t.i)


def conjuncts(token: Token, in_list: bool = False) -> Iterator[Token]:
    """The conjuncts after ``token`` ("A, B and C": B and C). A parser may attach B as an
    apposition of A when a coordinator closes the list; an apposition set off by commas or
    opened by a bracket restates A instead ("two people, a man and a woman, were hurt")."""
    for child in token.children:
        if child.i < token.i:
            continue
        listed = child.dep_ == _CONJ or (
            child.dep_ == _APPOSITION
            and (in_list or (any(c.dep_ == _CONJ for c in child.subtree) and not restates(child)))
        )
        if listed:
            yield child
            yield from conjuncts(child, in_list=True)


def restates(token: Token) -> bool:
    """Whether the phrase ``token`` heads is set off by commas or opened by a bracket: it
    says again what it hangs on ("two herders (a father and his son)")."""
    return set_off(token) or _bracketed(token)


def _bracketed(token: Token) -> bool:
    """Whether a bracket opens the phrase ``token`` heads."""
    first = min((t.i for t in token.subtree if not t.is_punct), default=token.i)
    return first > 0 and token.doc[first - 1].text in _OPENING_BRACKETS


def set_off(token: Token) -> bool:
    """Whether a comma closes the phrase ``token`` heads: after it, or hung on it after its
    conjuncts (the parser may hang the comma, and the words after it, on the phrase:
    "killed two people, a man and his son, near Djibo")."""
    after = max((t.i for t in token.subtree if not t.is_punct), default=token.i) + 1
    if after < len(token.doc) and token.doc[after].text == ",":
        return True
    members = chain(token)
    last = members[-1].i
    return any(
        c.dep_ == "punct" and c.text == "," and c.i > last for t in members for c in t.children
    )


def listed_role(token: Token) -> tuple[str, Token]:
    """The dependency role and governor of a token, a later conjunct taking the first
    one's ("Three soldiers and two civilians were killed": civilians, like soldiers, are
    the passive subject; "killed a farmer, a trader and a teacher", the trader parsed as an
    apposition of the farmer, ``lists.conjuncts``)."""
    while token.head.i < token.i and (
        token.dep_ == _CONJ
        or (
            token.dep_ == _APPOSITION
            and any(c.dep_ == _CONJ for c in token.subtree)
            and not restates(token)
        )
    ):
        token = token.head
    return token.dep_, token.head


def verbs_sharing(verb: Token, role: str) -> list[Token]:
    """The verbs coordinated with ``verb`` that share its dependent in ``role``: itself,
    then those without such a dependent of their own (nor, to share an object, a subject
    of their own: "attacked the village and ten people died" are two clauses; a passive
    subject is a subject of its own: "five were killed and three others are missing")."""
    first = verb
    while first.dep_ == _CONJ and first.head.pos_ in _VERBS and first.head.i < first.i:
        first = first.head
    group = [first, *(t for t in conjuncts(first) if t.pos_ in _VERBS)]
    subjects = {_SUBJECT, _PASSIVE_SUBJECT}
    own = subjects if role in subjects else {role, *subjects}
    first_own = subjects if role in subjects else {role}
    return [verb] + [
        v
        for v in group
        if v.i != verb.i
        and not any(c.dep_ in (own if v.i != first.i else first_own) for c in v.children)
    ]
