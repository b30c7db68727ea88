"""Parse repairs of coordination and subjects: a noun joined to the wrong word ("ont tué un
chef de village et un imam mercredi": the imam joined to the verb; "des combats entre l'armée
et les rebelles ont fait dix morts": the rebels made the verb's subject); two subjects of one
verb ("un chef de village et un enseignant ont été tués"; "qui avaient attaqué un convoi
lundi": the convoy); a relative clause's object hung on its antecedent. Called by
``ud.UniversalDependencies``."""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_AUXILIARIES = frozenset({"aux", "aux:pass"})
_HUNG_PHRASES = frozenset({"nmod", "appos", "conj"})  # how a parser hangs a noun on a noun


def object_joined_to_its_verb(noun: Token, wounded: frozenset[str]) -> None:
    """ "ont tué un chef de village et un imam mercredi": a noun phrase after the verb's
    object and "et", parsed as a conjunct of the verb (the French parser, with a day after
    it): a verb is joined to no noun, so the noun is joined to the object before it. Not a
    noun that names the wounded (``wounded``: "ont tué un soldat et un autre blessé", the
    parser's verb) nor one followed by a finite verb before the next mark ("et le bilan
    dimanche était de cinq morts")."""
    verb = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in _NOUNS or verb.pos_ != "VERB":
        return
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i < noun.i), None)
    doc = noun.doc
    end = next((t.i for t in doc[noun.i :] if t.is_punct), len(doc))
    if (
        obj is None
        or noun.lemma_.lower() in wounded
        or not any(c.dep_ == "cc" and c.i < noun.i for c in noun.children)
        or any(c.dep_ in ("nsubj", "nsubj:pass", "cop") for c in noun.children)
        or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[obj.i + 1 : noun.i])
        # (a finite verb before the next mark begins a clause of its own; "avant de prendre
        # la fuite" does not)
        or any(_finite(t) for t in doc[noun.i + 1 : end])
    ):
        return
    noun.head = obj


def second_subject_of_its_verb(noun: Token) -> None:
    """ "Un chef de village et un enseignant ont été tués": the noun after a subject and a
    conjunction parsed as a second subject of the same verb (the French parser): a verb has
    one subject, so the noun is joined to the one before it (no verb or punctuation between
    them)."""
    verb = noun.head
    if noun.dep_ not in _SUBJECTS or noun.pos_ not in _NOUNS or verb.i < noun.i:
        return
    first = next(
        (c for c in verb.children if c.dep_ == noun.dep_ and c.i < noun.i and c.pos_ in _NOUNS),
        None,
    )
    link = next((c for c in noun.children if c.dep_ == "cc" and c.i < noun.i), None)
    if (
        first is None
        or link is None
        or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in noun.doc[first.i + 1 : link.i])
    ):
        return
    noun.head, noun.dep_ = first, "conj"


def object_read_as_a_second_subject(noun: Token) -> None:
    """ "dix jihadistes qui avaient attaqué un convoi lundi": a noun after an active verb
    that has its subject before it, parsed as a second subject (the French parser, with a
    day after it): it is the verb's object."""
    verb = noun.head
    if (
        noun.dep_ == "nsubj"
        and noun.pos_ in _NOUNS
        and verb.pos_ == "VERB"
        and verb.i < noun.i
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("aux:pass", "obj") for c in verb.children)
    ):
        noun.dep_ = "obj"


def object_hung_on_the_antecedent(noun: Token) -> None:
    """ "Les jihadistes qui ont attaqué Djibo lundi ont été tués": a bare noun right after a
    relative clause's verb, which has no object, parsed as a complement of the clause's
    antecedent (the French parser): it is the verb's object."""
    if (
        noun.dep_ != "nmod"
        or noun.pos_ not in _NOUNS
        or any(c.dep_ == "case" for c in noun.children)
    ):
        return
    verb = next((c for c in noun.head.children if c.dep_ == "acl:relcl" and c.i < noun.i), None)
    if (
        verb is None
        or verb.pos_ != "VERB"
        or noun.left_edge.i != verb.i + 1
        or any(c.dep_ in ("obj", "aux:pass") for c in verb.children)
    ):
        return
    noun.head, noun.dep_ = verb, "obj"


def second_side_read_as_subject(noun: Token, pairs: frozenset[tuple[str, str]]) -> None:
    """ "De violents combats entre l'armée et les rebelles ont fait dix morts": the second
    of two nouns a mark sets between (``pairs``: the mark and the word that joins them,
    "entre ... et", "between ... and"), parsed as the subject of the verb after it, the first
    left with no conjunct; a mark "between" takes two, so the noun is the first one's
    conjunct and the noun the first hangs on the verb's subject (the verb in the noun's
    place when the parser joined it to that noun; not when that noun is another verb's
    subject)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ not in _NOUNS or verb.i < noun.i:
        return
    link = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if noun.left_edge.dep_ == "cc" and noun.left_edge.head.i == noun.i:  # ("et" hung on it)
        link = noun.left_edge
    if link is None or link.dep_ != "cc" or link.head.i not in (verb.i, noun.i):
        return
    first = link.doc[link.i - 1]
    while first.head.i < link.i and first.head.i > first.i:  # the phrase's own head
        first = first.head
    marks = {c.lower_ for c in first.children if c.dep_ == "case"}
    event = first.head
    if (
        not any((mark, link.lower_) in pairs for mark in marks)
        or any(c.dep_ == "conj" for c in first.children)
        or event.pos_ not in _NOUNS
        or not (event.head.i == verb.i or _joined_to_a_noun(verb, event))
    ):
        return
    noun.head, noun.dep_ = first, "conj"
    link.head = noun
    if verb.head.i == event.i:  # the verb joined to the noun takes its place in the tree
        if event.head.i == event.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:  # ("Selon des sources locales, les combats ... ont fait": beside the phrase)
            verb.head, verb.dep_ = event.head, "parataxis"
    event.head, event.dep_ = verb, "nsubj"


def subject_joined_to_the_noun_before(verb: Token) -> None:
    """ "attacked the base in Yense, two soldiers and a policeman were killed": a verb with
    its auxiliary and no subject, right after a list of nouns a comma opens, which the parser
    joined to the noun before the comma (the English parser): the list is the verb's
    subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    auxiliaries = [c.i for c in verb.children if c.dep_ in _AUXILIARIES and c.i < verb.i]
    if not auxiliaries or min(auxiliaries) == 0:
        return
    doc = verb.doc
    first = doc[min(auxiliaries) - 1]  # the list's last noun, then up to its first
    if first.pos_ not in _NOUNS:
        return
    while first.dep_ == "conj" and first.head.i < first.i and not _after_a_comma(first):
        first = first.head
    if (
        first.dep_ not in _HUNG_PHRASES
        or not _after_a_comma(first)
        or first.head.pos_ not in _NOUNS
        or any(t.pos_ in ("VERB", "AUX") for t in doc[first.i : min(auxiliaries)])
        or first.is_ancestor(verb)  # (the verb hangs on the list: no tree to mend)
    ):
        return
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    first.head, first.dep_ = verb, "nsubj:pass" if passive else "nsubj"


def subject_list_cut_at_its_link(subject: Token) -> None:
    """ "attacked a post in Boni, three soldiers and a civilian were killed" ("trois soldats
    et un civil ont été tués"): a list of subjects a comma opens, its first noun hung on the
    noun before the comma, the noun after the link alone the verb's subject (the French
    parser): the first noun is the subject, the one after the link its conjunct."""
    verb = subject.head
    start = subject.left_edge.i
    if subject.dep_ not in _SUBJECTS or subject.pos_ not in _NOUNS or verb.i < subject.i:
        return
    doc = subject.doc
    link = doc[start - 1] if start > 0 else None
    if link is None or link.dep_ != "cc" or link.head.i not in (verb.i, subject.i):
        return
    first = doc[link.i - 1]
    while first.head.i < link.i and first.head.i > first.i:  # the phrase's own head
        first = first.head
    if (
        first.pos_ not in _NOUNS
        or first.dep_ not in _HUNG_PHRASES
        or not _after_a_comma(first)
        or first.head.i > first.i
        or first.is_ancestor(verb)
    ):
        return
    first.head, first.dep_ = verb, subject.dep_
    subject.head, subject.dep_ = first, "conj"
    link.head = subject


def subject_behind_a_preposition(noun: Token) -> None:
    """ "Selon l'Observatoire, plus de 246 civils ont été tués", « Selon des habitants, des
    combattants du JNIM ont installé une base »: a noun a preposition marks,
    parsed as the verb's subject (or as its complement, the verb left with none), with the
    noun phrase a comma sets after it hung on it (the French parser): a noun behind a
    preposition is no subject, so the phrase after the comma is, and the marked noun a
    complement of the verb."""
    verb = noun.head
    orphan = noun.dep_.startswith("obl") and not any(c.dep_ in _SUBJECTS for c in verb.children)
    if (
        not (noun.dep_ in _SUBJECTS or orphan)
        or verb.pos_ not in ("VERB", "AUX")
        or noun.pos_ not in _NOUNS
        or verb.i < noun.i
        or not any(c.dep_ == "case" and c.i < noun.i for c in noun.children)
    ):
        return
    subject = next(
        (
            c
            for c in noun.children
            if c.dep_ in _HUNG_PHRASES
            and c.i < verb.i
            and _after_a_comma(c)
            and not any(g.dep_ == "case" and not _article_read_as_case(g) for g in c.children)
        ),
        None,
    )
    if subject is None:
        return
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    subject.head, subject.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    for article in (g for g in subject.children if g.dep_ == "case"):
        article.dep_, article.pos_ = "det", "DET"
    if not orphan:
        noun.dep_ = "obl"


def _article_read_as_case(word: Token) -> bool:
    """ "Selon des habitants, des combattants du JNIM ont installé une base": the article
    that opens the phrase after the comma, tagged as a preposition fused with an article
    (the French parser's « des », "of the"): an article all the same."""
    return word.i == word.head.left_edge.i and "Art" in word.morph.get("PronType", [])


def _after_a_comma(noun: Token) -> bool:
    """Whether the noun's phrase comes right after a comma."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def _joined_to_a_noun(verb: Token, noun: Token) -> bool:
    """Whether the verb is a conjunct of the noun and the noun the sentence's root or hangs
    on a word that is no verb (a verb would have two subjects)."""
    return (
        verb.head.i == noun.i
        and verb.dep_ == "conj"
        and (noun.head.i == noun.i or noun.head.pos_ not in ("VERB", "AUX"))
    )


def _finite(token: Token) -> bool:
    """A verb or auxiliary in a finite form (a clause of its own, not "de prendre")."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", [])
