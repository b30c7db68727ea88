"""Parse repairs of names: an acronym read as an auxiliary ("suspected IS Sahel militants
killed"), a name cut after its first word ("Des membres de Boko" / "Haram ont tué"), read as
the subject of the noun it qualifies ("ten suspected ISGS militants") or hung on a day's
number ("between 24 and 25 March, JNIM militants"). Called by
``ud.UniversalDependencies``."""

from __future__ import annotations

from spacy.tokens import MorphAnalysis, Token

_NOUNS = frozenset({"NOUN", "PROPN"})


def name_read_as_auxiliary(token: Token) -> None:
    """ "suspected IS Sahel militants killed", "JNIM or IS Sahel kidnapped": an acronym in
    capitals read as an auxiliary (or a verb) before a name is that name's first word, not
    the verb's auxiliary (an auxiliary is never written in capitals in mixed-case text)."""
    if (
        token.pos_ not in ("AUX", "VERB")
        or len(token.text) < 2
        or not token.is_upper
        or token.i + 1 >= len(token.doc)
    ):
        return
    name = token.nbor()
    if name.pos_ not in _NOUNS or name.is_upper or name.is_sent_start or token.head.i == name.i:
        return  # (a name of the next sentence is none of this one's)
    top = name  # the phrase hung on it takes its place ("IS" -> "Sahel militants")
    if token.is_ancestor(name):
        while top.head.i != token.i:
            top = top.head
        top.head, top.dep_ = (top, "ROOT") if token.head.i == token.i else (token.head, token.dep_)
    for child in list(token.children):
        if child.i != top.i:
            child.head = top
    token.head, token.dep_, token.pos_ = name, "compound", "PROPN"
    token.lemma_ = token.text
    token.morph = MorphAnalysis(token.doc.vocab, {})


def name_cut_after_its_first_word(last: Token) -> None:
    """ "Des membres de Boko Haram ont tué ..." parsed as two sentences, "Des membres de
    Boko" and "Haram ont tué ...", or as one with two subjects: a name's last word taken for
    the verb's subject, its first word a complement of a noun left without a verb or itself
    the verb's subject. The two words are one name, and the noun, with the name, the verb's
    subject (the noun the complements lead up to: « Des jihadistes du groupe Boko »)."""
    if last.i == 0 or last.dep_ != "nsubj" or last.head.pos_ != "VERB":
        return
    first = last.nbor(-1)
    noun = first.head
    top = noun
    while top.dep_ == "nmod" and top.head.i < top.i and top.head.pos_ == "NOUN":
        top = top.head
    if (
        first.pos_ != "PROPN"
        or first.dep_ != "nmod"
        or noun.pos_ != "NOUN"
        or not (top.dep_ == "ROOT" or (top.dep_ == "nsubj" and top.head.i == last.head.i))
        or noun.i > first.i
        or not last.is_title  # (a name goes on: "Boko Haram")
        or top.is_ancestor(last.head)  # (the verb hangs on the noun: no tree to mend)
    ):
        return
    top.head, top.dep_ = last.head, "nsubj"
    last.head, last.dep_, last.pos_ = first, "flat:name", "PROPN"


def name_read_as_subject(name: Token) -> None:
    """ "killed ten suspected ISGS militants" parsed with "ISGS" the subject of the noun
    "militants", the verb's object: a noun has no subject, so the name right before it
    qualifies it."""
    noun = name.head
    if (
        name.dep_ == "nsubj"
        and name.pos_ == "PROPN"
        and noun.pos_ == "NOUN"
        and noun.i == name.right_edge.i + 1
        and not noun.dep_.startswith("nsubj")
        and noun.head.i != noun.i
    ):
        name.dep_ = "compound"


def name_cut_from_its_noun(name: Token) -> None:
    """ "Overnight between 24 and 25 March 2020, JNIM or ISGS militants pillaged shops"
    parsed with "JNIM or ISGS" coordinated with the day "24": a name hung on a number as its
    conjunct, right before the noun that is the clause's subject, names that noun (and the
    day is no count of it)."""
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.pos_ != "NUM":
        return
    after = name.right_edge.i + 1
    if after >= len(name.doc):
        return
    noun = name.doc[after]
    if noun.pos_ != "NOUN" or not noun.dep_.startswith("nsubj"):
        return
    number = name.head
    name.head, name.dep_ = noun, "compound"
    if number.head.i == noun.i and number.dep_ == "nummod":  # the day counts no militants
        number.head, number.dep_ = noun.head, "obl:tmod"
