"""Dependency-tree helpers: distances, clause heads, case markers, phrase extents."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from wirewatch import docspec

_CLAUSE_POS = frozenset({"VERB", "AUX"})
# How a verb joins another of its clause: "seized two vehicles and abducted the occupants",
# "seized a truck, abducting the driver".
_JOINED = frozenset({"conj", "advcl", "xcomp"})
_FINITE_BARRIERS = frozenset({"acl:relcl", "parataxis"})
# How a phrase or clause hangs on the word whose event came after it ("after police arrested
# students", "following the introduction of a curfew").
# (or a subject that governs a preposition: the French parser's « Neuf mois après l'attaque
# de Solhan, des hommes armés ont tué ... », whose « attaque » it makes the subject)
_OPENED_DEPS = frozenset({"advcl", "ccomp", "obl", "obl:mod", "obl:arg", "nmod", "nsubj"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PARTICIPLE_CLAUSE = "acl"  # a participle's (or infinitive's) clause on a noun
_RELATIVE_CLAUSE = "acl:relcl"


_CHAINS = "ww_ancestor_chains"


def ancestors_and_self(token: Token) -> list[int]:
    """Token indices from the token up to its sentence root (cached per Doc)."""
    cache: dict[int, list[int]] = token.doc.user_data.setdefault(_CHAINS, {})
    chain = cache.get(token.i)
    if chain is None:
        chain = [token.i]
        current = token
        while current.head.i != current.i:
            current = current.head
            chain.append(current.i)
        cache[token.i] = chain
    return chain


def tree_distance(a: Token, b: Token) -> int:
    """Edges on the path between two tokens; a large number across sentences."""
    if a.i == b.i:
        return 0
    chain_a, chain_b = ancestors_and_self(a), ancestors_and_self(b)
    if chain_a[-1] != chain_b[-1]:
        return 1000  # different trees: different sentences (or a parser-split one)
    depth_a = {i: d for d, i in enumerate(chain_a)}
    for d_b, i in enumerate(chain_b):
        if i in depth_a:
            return depth_a[i] + d_b
    return 1000


def span_distance(a: Span | Token, b: Span | Token) -> int:
    return tree_distance(_root(a), _root(b))


def _root(x: Span | Token) -> Token:
    return x.root if isinstance(x, Span) else x


def is_finite(token: Token) -> bool:
    """A verb that carries tense itself or through an auxiliary."""
    if token.pos_ not in _CLAUSE_POS:
        return False
    if "Fin" in token.morph.get("VerbForm", []):
        return True
    return any(c.dep_.startswith("aux") for c in token.children)


def governing_chain(token: Token) -> list[Token]:
    """The token's ancestors up to and including the head of its smallest finite clause.

    The walk stops at relative clauses: "une guerre qui a fait 270.000 morts" asserts the
    toll whatever the sentence around it plans or wants stopped.
    """
    chain: list[Token] = []
    current = token
    while True:
        if current.i != token.i:
            chain.append(current)
        if current.i != token.i and is_finite(current):
            break
        if current.dep_ in _FINITE_BARRIERS or current.head.i == current.i:
            break
        current = current.head
    return chain


def clause_head(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself for a verb)."""
    if token.pos_ in _CLAUSE_POS or token.dep_ == "acl:relcl":
        return token
    for ancestor in governing_chain(token):
        if ancestor.pos_ in _CLAUSE_POS or ancestor.dep_ == "acl:relcl":
            return ancestor
    return token.sent.root


_PHRASE_DEPS = frozenset(
    {"det", "amod", "nmod", "flat:name", "flat", "compound", "nummod", "case", "fixed", "appos"}
)


_PHRASES = "ww_noun_phrases"


def noun_phrase(head: Token) -> Span:
    """The noun with its determiners, adjectives and complements, up to a comma or clause
    (cached per Doc)."""
    cache: dict[int, Span] = head.doc.user_data.setdefault(_PHRASES, {})
    phrase = cache.get(head.i)
    if phrase is None:
        phrase = cache[head.i] = _noun_phrase(head)
    return phrase


def _noun_phrase(head: Token) -> Span:
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
        start += 1  # "selon la défense civile": the source starts after «selon»
    end = max(t.i for t in tokens) + 1
    for i in range(head.i + 1, end):
        if doc[i].is_punct and doc[i].text not in ("-", "'"):
            end = i
            break
    return doc[start:end]


def object_controlled(root: Token, marks: frozenset[str]) -> bool:
    """ "accused the army of bombing its positions", "prevented residents from fleeing": a
    gerund marked by one of ``marks`` (``object_control`` in roles.yaml) after the object of
    the verb it completes is that object's deed, not the subject's."""
    return (
        root.dep_ == "advcl"
        and ("Ger" in root.morph.get("VerbForm", []) or "Prog" in root.morph.get("Aspect", []))
        and any(c.dep_ == "mark" and c.lower_ in marks for c in root.children)
        and any(c.dep_ == "obj" and c.i < root.i for c in root.head.children)
    )


def opens_a_phrase_of(token: Token, marks: frozenset[str]) -> bool:
    """Whether the token heads a clause or phrase hung on another word and opened by one of
    ``marks`` (its own word, or a mark or preposition it governs): the test of
    ``antecedent_marks`` in roles.yaml, which the roles (by their case words) and the
    arguments (by language) both make. A mark of several words ends with the mark or
    preposition: "in protest at the killing", « en représailles au meurtre »."""
    return token.dep_ in _OPENED_DEPS and (
        token.lower_ in marks
        or any(c.dep_ in ("mark", "case") and _ends_a_mark(c, marks) for c in token.children)
    )


def _ends_a_mark(word: Token, marks: frozenset[str]) -> bool:
    """Whether the word, alone or with the words before it, is one of ``marks``."""
    doc = word.doc
    return any(
        " ".join(t.lower_ for t in doc[word.i - n + 1 : word.i + 1]) in marks
        for n in range(1, min(_longest(marks), word.i + 1) + 1)
    )


@functools.cache
def _longest(marks: frozenset[str]) -> int:
    """How many words the longest of ``marks`` has."""
    return max((len(m.split()) for m in marks), default=1)


def prepositions(token: Token) -> set[str]:
    """The prepositions written before a word ("case", "fixed": "près de"), lower-cased."""
    return {c.lower_ for c in token.children if c.dep_ in ("case", "fixed")}


def verbs_joined(a: Token, b: Token) -> bool:
    """Two verbs of one clause: one coordinated or subordinated to the other, or both to a
    third."""
    return (
        (a.head.i == b.i and a.dep_ in _JOINED)
        or (b.head.i == a.i and b.dep_ in _JOINED)
        or (a.head.i == b.head.i and a.dep_ == b.dep_ == "conj")
    )


def same_or_next_sentence(first: Span, then: Span) -> bool:
    """Whether ``then`` is told in ``first``'s sentence or the one right after it."""
    a, b = first.sent, then.sent
    return a.start == b.start or 0 <= b.start - a.end <= 1


def has_definite_article(noun: Token) -> bool:
    """Whether a definite article determines the noun ("the device", "l'attaque"), by the
    article's morphology."""
    return any("Def" in d.morph.get("Definite", []) for d in noun.children if d.dep_ == "det")


def said_when(doc: Doc, start: int, end: int) -> int:
    """Where the first time expression in ``doc[start:end]`` that says when starts (not one
    in a group's name: "le Mouvement du 23 mars"), else ``end``."""
    named = [a for a in doc.spans.get(docspec.ACTORS, ()) if len(a) > 1]
    return min(
        (
            t.start
            for t in doc.spans.get(docspec.TIMES, ())
            if start <= t.start < end and not any(a.start < t.start < a.end for a in named)
        ),
        default=end,
    )


def qualifies_a_noun(token: Token, own: Token, relative: bool) -> bool:
    """Whether the token heads a clause that qualifies a noun other than ``own``, telling
    what someone is said to be or have done ("arrested two men charged with the murder of a
    trader", "Gorane Dicko, relative of Harouna Dicko - killed in March - was
    neutralised"): a participle's (or infinitive's) clause, and a relative clause too when
    ``relative`` (which may also tell what came next: "arrested a man who was later
    executed")."""
    participle = token.dep_ == _PARTICIPLE_CLAUSE and (
        relative or "Fin" not in token.morph.get("VerbForm", [])
    )
    return (
        (participle or (relative and token.dep_ == _RELATIVE_CLAUSE))
        and token.head.pos_ in _NOUNS
        and token.head.i != own.i
    )


_SWALLOWING = frozenset({"obj", "obl", "obl:mod", "obl:arg"})  # (both parsers' labels)


def set_off_participle(verb: Token) -> bool:
    """A present participle right after a comma ("..., pillant des magasins", "...,
    faisant quatre morts"): what the clause it is set beside did, however the parser hung
    it."""
    return (
        "Part" in verb.morph.get("VerbForm", [])
        and "Pres" in verb.morph.get("Tense", [])
        and verb.i > 0
        and verb.nbor(-1).text == ","
    )


def has_own_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own (active or passive), not one it shares."""
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def swallowed_subject(verb: Token) -> int | None:
    """The index of the actor's noun right before a joined verb with no subject of its own
    that the parser joined to the object or an oblique of the verb before, a verb with a
    subject of its own ("Police arrested five men and gunmen killed two villagers": "gunmen"
    is read as a second object; "... five men near Djibo and gunmen killed ...", a second
    place): that verb's subject. (Not "presumed ISGS or JNIM militants executed a
    merchant", a verb of no subject misread, nor "opened fire and gunshot wounded", no actor.)"""
    if verb.dep_ != "conj" or verb.i == 0 or has_own_subject(verb):
        return None
    before = verb.doc[verb.i - 1]
    joined = (
        before.dep_ == "conj"
        and before.pos_ in _NOUNS
        and before.head.dep_ in _SWALLOWING
        and before.head.head.i == verb.head.i
        and has_own_subject(verb.head)
        and any(s.start <= before.i < s.end for s in verb.doc.spans.get(docspec.ACTORS, ()))
    )
    return before.i if joined else None


def swallowed(noun: Token) -> bool:
    """Whether the noun is a joined verb's subject the parser read as another object
    (:func:`swallowed_subject`)."""
    return noun.i + 1 < len(noun.doc) and swallowed_subject(noun.doc[noun.i + 1]) == noun.i
