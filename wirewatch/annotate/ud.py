"""The parse read as Universal Dependencies, whatever scheme the pipeline's parser uses.

The events stage reads UD labels and structure (``obj``, ``nsubj:pass``, ``obl:agent``, a
preposition as its noun's ``case`` mark). French pipelines parse in UD already; spaCy's
English ones use the ClearNLP scheme, in which a preposition heads its object. For such a
pipeline this component moves each prepositional object under the preposition's head and
relabels the rest (``resources/dependency_schemes.yaml``). It also adds the tense or mood
that an auxiliary carries ("will attack": ``Tense=Fut``) to the verb it helps
(``resources/<lang>/grammar.yaml``), as French morphology marks it on the verb itself, and
mends parses no grammar allows: a sentence whose root is a noun with a participle after
it that has a direct object, or a verb coordinated with it that has one ("JNIM militants
killed 3 people" read as "militants [who were] killed", "a patrol ambushed and killed two
men"): the participle is the predicate, the noun its subject; a number
parsed as an object on its own, cut from the noun it counts ("killed 26 presumed
militants"); a plural noun tagged a finite verb in a relation only nouns bear ("killed
eight suspected ISGS militants", "militants" a verb in the present); a verb tagged a noun
that has a subject but no copula ("Supporters and opponents clashed"); and a headline's
passive, with an agent phrase and no auxiliary ("Village chief abducted and executed by
militants"), whose subject is made the passive subject; and a reporting verb closing the
sentence with no subject, those who say so joined to the reported clause's last noun
("fighting with the army and allied militias, residents and a local official said"). A word
whose part of speech a repair changed takes the lemma the pipeline's rule lemmatizer gives it.
The repairs around a weekday written inside a clause are in ``ud_days``, those of coordination
in ``ud_joins``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token
from thinc.types import Ints2d

from wirewatch.annotate.ud_days import (
    agent_of_the_day,
    clause_read_as_the_days,
    conjunct_read_as_the_days,
    day_cut_before_its_clause,
    fragments_of_one_clause,
    object_before_the_day,
    object_beside_the_day,
    object_of_a_noun,
    object_read_as_the_days,
)
from wirewatch.annotate.ud_joins import (
    object_hung_on_the_antecedent,
    object_joined_to_its_verb,
    object_read_as_a_second_subject,
    second_side_read_as_subject,
    second_subject_of_its_verb,
    subject_behind_a_preposition,
    subject_joined_to_the_noun_before,
    subject_list_cut_at_its_link,
)
from wirewatch.annotate.ud_names import (
    name_cut_after_its_first_word,
    name_cut_from_its_noun,
    name_read_as_auxiliary,
    name_read_as_subject,
)
from wirewatch.annotate.ud_tenses import (
    imperfect_read_as_present,
    mark_auxiliaries,
    participle_read_as_adverb,
    participle_read_as_future,
)
from wirewatch.lang import load_resource, load_shared, verb_object_concepts

_VICTIM = "target"  # taxonomy.yaml's genitive of a concept whose object is its victim
_INJURED = "injured"  # numbers.yaml's label of a count of the wounded
_PARSE = [HEAD, DEP, POS, TAG]  # what the repairs change, kept to put back
# UD parts of speech whose prepositional dependents are obliques rather than nominal modifiers.
_CLAUSAL_HEADS = frozenset({"VERB", "AUX", "ADJ", "ADV"})


@dataclass(frozen=True, slots=True)
class Scheme:
    """How one dependency scheme maps to UD (see ``dependency_schemes.yaml``)."""

    name: str
    prepositions: dict[str, str]
    objects: frozenset[str]
    clauses: frozenset[str]
    nominal: frozenset[str]
    nominal_modifier: str
    relabel: dict[str, str]

    @classmethod
    def from_data(cls, name: str, data: dict[str, Any]) -> Scheme:
        return cls(
            name,
            dict(data["prepositions"]),
            frozenset(data["prepositional_objects"]),
            frozenset(data["prepositional_clauses"]),
            frozenset(data["nominal_prepositions"]),
            data["nominal_modifier"],
            dict(data["relabel"]),
        )


def parser_scheme(nlp: Language) -> Scheme | None:
    """The non-UD scheme the pipeline's parser uses, or None (UD, or no parser)."""
    if "parser" not in nlp.pipe_names:
        return None
    labels = set(nlp.get_pipe("parser").labels)  # type: ignore[attr-defined]
    for name, data in load_shared("dependency_schemes")["schemes"].items():
        if set(data["signature"]) <= labels:
            return Scheme.from_data(name, data)
    return None


class UniversalDependencies:
    """Rewrites token heads, dependency labels and verb morphology to UD conventions."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.scheme = parser_scheme(nlp)
        grammar = load_resource(lang, "grammar")
        self.auxiliaries = {w.lower(): ("Tense", "Fut") for w in grammar["future_auxiliaries"]}
        self.auxiliaries.update(
            {w.lower(): ("Mood", "Cnd") for w in grammar["conditional_auxiliaries"]}
        )
        self.bare_adverbs = frozenset(w.lower() for w in grammar.get("bare_adverbs", ()))
        imperfect = grammar.get("imperfect", {})
        self.infinitive = imperfect.get("infinitive", "")
        self.imperfect_endings = tuple(imperfect.get("endings", ()))
        self.weekdays = frozenset(load_resource(lang, "calendar")["weekday_numbers"])
        numbers = load_resource(lang, "numbers")
        # the words that join two things a mark sets between ("entre X et Y", numbers.yaml)
        self.side_pairs = frozenset(
            (r["opener"].lower(), r["link"].lower()) for r in numbers["ranges"] if r.get("opener")
        )
        # the nouns that name the wounded ("un autre blessé": numbers.yaml labels)
        self.wounded_nouns = frozenset(
            n.lower() for n in numbers["labels"].get(_INJURED, {}).get("nouns", ())
        )
        self.reporting_verbs = frozenset(
            w.lower() for w in load_resource(lang, "attribution")["reporting_verbs"]
        )
        # a rule lemmatizer gives a word whose part of speech a repair changed its new lemma
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
        # the verbs that name events (resources/<lang>/triggers.yaml), alone or with an object
        concepts = load_resource(lang, "triggers")["concepts"]
        self.event_verbs = frozenset(
            verb.lower() for entry in concepts.values() for verb in entry.get("verbs", ())
        ) | frozenset(verb for verb, _ in verb_object_concepts(lang))
        # the verbs whose object is their victim ("killed", "abducted": taxonomy.yaml)
        typing = load_shared("taxonomy")["concepts"]
        self.victim_verbs = frozenset(
            verb.lower()
            for concept, entry in concepts.items()
            if typing.get(concept, {}).get("genitive") == _VICTIM
            for verb in entry.get("verbs", ())
        )

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        tagged = [t.pos_ for t in doc]
        parsed = cast(Ints2d, doc.to_array(_PARSE))  # the parser's tree, kept
        if self.scheme is not None:
            self._restructure(doc, self.scheme)
        fragments_of_one_clause(doc, self.weekdays)
        day_cut_before_its_clause(doc, self.weekdays)
        for token in doc:
            _noun_read_as_finite_verb(token)
            name_read_as_auxiliary(token)
            if token.lower_ in self.bare_adverbs:
                _adverb_read_as_subject(token)
        for token in doc:
            _number_cut_from_its_noun(token)
            name_cut_from_its_noun(token)
            _subject_of_a_noun(token)
            name_read_as_subject(token)
            object_joined_to_its_verb(token, self.wounded_nouns)
            second_subject_of_its_verb(token)
            object_read_as_a_second_subject(token)
            object_hung_on_the_antecedent(token)
            subject_joined_to_the_noun_before(token)
            subject_behind_a_preposition(token)
            subject_list_cut_at_its_link(token)
            if self.side_pairs:
                second_side_read_as_subject(token, self.side_pairs)
            name_cut_after_its_first_word(token)
            object_of_a_noun(token)
            if token.lower_ in self.weekdays:
                object_read_as_the_days(token)
                object_beside_the_day(token)
                agent_of_the_day(token)
                object_before_the_day(token)
                conjunct_read_as_the_days(token)
                clause_read_as_the_days(token)
        _put_back_if_looped(doc, parsed)  # (a loop on words no grammar reads)
        for token in doc:
            _passive_without_auxiliary(token, self.victim_verbs)
            self._verb_read_as_adjective(token)
            self._adjective_with_an_object(token)
        for first in [sent.root for sent in doc.sents]:
            if first.lemma_.lower() in self.reporting_verbs:
                _teller_read_as_conjunct(first)
            first = self._verb_read_as_last_noun(first)
            _verb_read_as_noun(first)
            root = _adjectival_root(first)
            _predicate_from_participle(root, misread=root.i != first.i)
        mark_auxiliaries(doc, self.auxiliaries)
        for token in doc:
            participle_read_as_future(token)
            if self.infinitive:
                participle_read_as_adverb(token, self.infinitive)
            if self.imperfect_endings:
                imperfect_read_as_present(token, self.infinitive, self.imperfect_endings)
        _put_back_if_looped(doc, parsed)
        if self.lemmatize is not None:
            for token, pos in zip(doc, tagged, strict=True):
                if token.pos_ != pos:  # "clashed" read as a noun: the verb's lemma "clash"
                    token.lemma_ = (self.lemmatize(token) or [token.lemma_])[0]
        return doc

    def _verb_read_as_adjective(self, word: Token) -> None:
        """ "carried out several arbitrary arrests, tortured villagers, burned granaries",
        "killed two members of the community and assaulted others": an event's verb in a
        list of verbs, tagged an adjective of the noun after it, that noun joined to the
        object of the verb before. The word is that verb, joined to the verb before, and
        the noun its object."""
        noun = word.head
        if (
            self.lemmatize is None
            or word.pos_ != "ADJ"
            or word.dep_ != "amod"
            or word.i == 0
            or not (word.nbor(-1).is_punct or word.nbor(-1).pos_ == "CCONJ")
            or noun.dep_ not in ("conj", "appos")  # (or set beside it: "attacked the
            # village of Noaka, assaulted villagers")
            or next(noun.lefts, None) != word
        ):
            return
        # the verb before, whose object (or a name in it) the noun was joined to (looked up
        # only now: this runs on every word)
        before = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        if before is None:
            return
        if not self._as_event_verb(word):
            return  # an adjective ("and assorted equipment")
        word.head, word.dep_ = before, "conj"
        noun.head, noun.dep_ = word, "obj"

    def _adjective_with_an_object(self, word: Token) -> None:
        """ "made an incursion and extorted and assaulted residents": an event's verb in a
        list of verbs tagged an adjective, its object parsed as such; an adjective has no
        object, so the word is the verb."""
        if (
            self.lemmatize is None
            or word.pos_ != "ADJ"
            or word.dep_ != "conj"
            or word.head.pos_ != "VERB"
            or not any(c.dep_ == "obj" for c in word.children)
        ):
            return
        if not self._as_event_verb(word) and word.lower_ not in self.event_verbs:
            # (not a past spelt as its verb: "stormed the village and hit residents")
            _adjective_of_a_joined_object(word)

    def _as_event_verb(self, word: Token) -> bool:
        """Retag the word as a verb in the past if its verb's lemma names an event; whether
        it did (else it is left as it was)."""
        pos, morph = word.pos_, word.morph
        word.pos_ = "VERB"
        word.morph = MorphAnalysis(word.doc.vocab, {"VerbForm": "Fin", "Tense": "Past"})
        lemma = (self.lemmatize(word) or [word.lemma_])[0].lower() if self.lemmatize else ""
        if lemma == word.lower_ or lemma not in self.event_verbs:
            word.pos_, word.morph = pos, morph
            return False
        return True

    def _verb_read_as_last_noun(self, root: Token) -> Token:
        """ "a farmer with an artisanal gun shot and wounded a pastoralist", "the guard corps
        of the deputy shot and wounded two people": an event's verb right before "and" read
        as the last noun of the phrase that qualifies the subject ("gun shot"), the subject
        left as the sentence's root with the next verb joined to it. The word is the verb
        and the root, the subject its subject, the noun before it the phrase's own. Returns
        the sentence's root."""
        doc = root.doc
        word = next((c for c in root.rights if c.dep_ == "nmod" and c.tag_ == "NN"), None)
        if (
            self.lemmatize is None
            or root.pos_ != "NOUN"
            or word is None
            or word.i + 1 >= len(doc)
            or doc[word.i + 1].dep_ != "cc"
            or doc[word.i + 1].head.i != root.i
            or not any(
                c.dep_ == "conj" and c.pos_ == "VERB" and "Past" in c.morph.get("Tense", [])
                for c in root.rights
            )
        ):
            return root
        noun = word.nbor(-1)  # "gun": the phrase's own noun, compounded to the word
        if noun.head.i != word.i or noun.dep_ != "compound" or noun.pos_ not in _NOUNS:
            return root
        if not self._as_event_verb(word):
            return root  # a noun ("a convoy of trucks and ...")
        for child in list(word.children):
            if child.i != noun.i:
                child.head = noun
        noun.head, noun.dep_ = root, "nmod"
        for child in list(root.children):
            # the verb's own words: what comes after it, and the frame before the subject
            if child.i > word.i or (child.i < root.i and child.dep_ not in _NOUN_PHRASE):
                child.head = word
                child.dep_ = "obl" if child.dep_ == "nmod" else child.dep_
        word.head, word.dep_, word.tag_ = word, "ROOT", "VBD"
        root.head, root.dep_ = word, "nsubj"
        return word

    @staticmethod
    def _restructure(doc: Doc, scheme: Scheme) -> None:
        # Labels first (a preposition's label decides its object's), then structure.
        moves: list[tuple[Token, Token, str]] = []
        for token in doc:
            preposition = token.head
            if token.i == preposition.i or preposition.dep_ not in scheme.prepositions:
                continue
            if token.dep_ in scheme.objects or token.dep_ in scheme.clauses:
                moves.append((token, preposition, preposition.dep_))
        for token in doc:
            if token.dep_ in scheme.relabel:
                token.dep_ = scheme.relabel[token.dep_]
        for obj, preposition, preposition_label in moves:
            if obj.head.i != preposition.i:
                continue  # already moved (a preposition with two objects keeps the first)
            head = preposition.head
            if head.i == preposition.i:
                continue  # a preposition at the root has no head to hand its object to
            clause = obj.dep_ in scheme.clauses
            if clause:
                label = "advcl"
            elif preposition_label in scheme.nominal and head.pos_ not in _CLAUSAL_HEADS:
                label = scheme.nominal_modifier
            else:
                label = scheme.prepositions[preposition_label]
            obj.head = head
            obj.dep_ = label
            preposition.head = obj
            preposition.dep_ = "mark" if clause else "case"


_NOUNS = frozenset({"NOUN", "PROPN"})
# A noun's own modifiers, which stay with it when its participle becomes the predicate.
_NOUN_PHRASE = frozenset({"det", "amod", "compound", "nummod", "nmod:poss", "flat", "appos"})
_SUBJECT_MODIFIERS = frozenset({"det", "amod", "nummod"})  # "an unidentified [armed group]"


def _predicate_from_participle(root: Token, misread: bool = False) -> None:
    """A noun root followed by a past participle that must be its predicate: the participle
    (or a verb coordinated with it) has a direct object, which one that modifies a noun
    cannot have ("JNIM militants killed 3 people"), or comes right after the root and
    qualifies the noun after it ("militants assaulted women", read as "militants, assaulted
    women"). The participle becomes the predicate, the noun its subject (and the noun after
    it its object); what hung on the noun outside its phrase (the date before it, the final
    stop) moves to the predicate. After
    a ``misread`` root ("presumed ISGS militants killed ..."), the participle need not have
    an object: nothing else can be the predicate."""
    found = _misread_predicate(root, misread)
    if found is None:
        return
    verb, patient = found
    moved = [
        c
        for c in root.children
        if c.i != verb.i
        and (c.dep_ not in _NOUN_PHRASE or c == patient)
        and not (c.dep_ == "nmod" and root.i < c.i < verb.i)  # "a number [of students]"
    ]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in moved:
        child.head = verb
        if child.dep_ == "nmod":
            child.dep_ = "obl"  # a verb's nominal dependent is an oblique in UD
    if patient is not None:
        patient.dep_ = "obj"


# Relations only a noun bears towards its head: a finite verb in one is a misread noun.
_NOMINAL_RELATIONS = frozenset({"obj", "nmod", "appos", "obl"})


def _noun_read_as_finite_verb(token: Token) -> None:
    """ "killed eight suspected ISGS militants" tagged with "militants" a verb in the present
    ("ISGS" its subject) that is the object of "killed": a finite verb is never an object,
    an oblique, a nominal modifier or an apposition, so it is the plural noun it looks like,
    and the name before it that the parser made its subject qualifies it."""
    if (
        token.pos_ != "VERB"
        or "Fin" not in token.morph.get("VerbForm", [])
        or token.dep_ not in _NOMINAL_RELATIONS
    ):
        return
    token.pos_ = "NOUN"
    token.morph = MorphAnalysis(token.doc.vocab, {})  # no verb's tense or form
    for child in token.lefts:
        if child.dep_ == "nsubj" and child.pos_ in _NOUNS:
            child.dep_ = "compound"


def _adverb_read_as_subject(word: Token) -> None:
    """ "presumed gendarmes summary executed nine men", "arrested and summary executed": an
    adverb written like its adjective (grammar.yaml ``bare_adverbs``) right before a verb,
    read as the verb's subject, is the verb's adverb; the noun compounded to it, with the
    words before it, the subject."""
    if word.i + 1 >= len(word.doc) or word.dep_ != "nsubj" or word.head.i != word.i + 1:
        return
    verb = word.head
    subject = next((c for c in word.lefts if c.dep_ == "compound" and c.pos_ in _NOUNS), None)
    if subject is not None:
        for child in list(word.children):
            if child.i != subject.i:
                child.head = subject
        subject.head, subject.dep_ = verb, "nsubj"
    word.dep_, word.pos_, word.tag_ = "advmod", "ADV", "RB"


def _passive_without_auxiliary(verb: Token, victim_verbs: frozenset[str] = frozenset()) -> None:
    """ "Village chief abducted and executed by presumed Ansaroul Islam members": a
    headline's passive, with no auxiliary, parsed with the one it befell as the verb's
    subject. A verb with a subject and neither an auxiliary nor an object is a passive
    participle when it (or a verb joined to it that has no subject or object of its own) has
    an agent phrase, or when it is one of ``victim_verbs`` in the past with a counted
    subject ("..., one soldier killed", "two gendarmes wounded") or a headline's bare one, a
    singular noun with no determiner ("Health worker assassinated overnight in ..."): its
    subject becomes the passive subject."""
    if verb.pos_ != "VERB":
        return
    labels = {c.dep_ for c in verb.children}
    if "nsubj" not in labels or labels & {"aux", "aux:pass", "obj", "nsubj:pass", "expl:pass"}:
        return
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(d.dep_.startswith("nsubj") for d in c.children)
    ]
    if any(c.dep_ == "obj" for v in joined for c in v.children):
        return  # "a number of people assaulted and killed a thief": the joined verb's object
    counted = verb.lemma_.lower() in victim_verbs and "Past" in verb.morph.get("Tense", [])
    counted = (
        counted
        and not joined
        and any(_counted(c) or _bare_singular(c) for c in verb.children if c.dep_ == "nsubj")
    )
    if not counted and not any(c.dep_ == "obl:agent" for v in (verb, *joined) for c in v.children):
        return  # (a tag alone says nothing: "hundreds of people demonstrated" tagged VBN)
    for child in verb.children:
        if child.dep_ == "nsubj":
            child.dep_ = "nsubj:pass"
    features = verb.morph.to_dict()
    features["VerbForm"] = "Part"
    verb.morph = MorphAnalysis(verb.doc.vocab, features)


def _teller_read_as_conjunct(verb: Token) -> None:
    """ "Rebels seized the town after fighting with the army and allied militias, residents
    and a local official said": a reporting verb closing the sentence with no subject, the
    words right before it joined, after a comma, to a noun of the clause it reports. Those
    words are the verb's subject, those who say so."""
    if (
        verb.pos_ != "VERB"
        or verb.i < 2
        or any(c.dep_.startswith("nsubj") for c in verb.children)
        or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    ):
        return
    doc = verb.doc
    word = doc[verb.i - 1]
    while word.dep_ != "conj" and word.head.i > word.i and word.head.i < verb.i:
        word = word.head  # "a local [official]": up to the phrase's noun
    # up the chain of conjuncts to the one right after the comma ("residents and an official")
    while word.dep_ == "conj" and not doc[word.left_edge.i - 1].is_punct:
        word = word.head
    if (
        word.dep_ != "conj"
        or word.pos_ not in _NOUNS
        or word.right_edge.i != verb.i - 1
        or doc[word.left_edge.i - 1].text != ","
    ):
        return
    word.head, word.dep_ = verb, "nsubj"


def _adjective_of_a_joined_object(word: Token) -> None:
    """ "Security forces fired teargas and live ammunition at demonstrators": an adjective
    read as a verb joined to the verb, with the noun it qualifies as its object, when its
    lemma names no event. The noun is joined to the verb's object (or is its object), the
    adjective qualifies it, and what hung on the adjective hangs on the verb."""
    verb = word.head
    noun = next(c for c in word.children if c.dep_ == "obj")
    if noun.i != word.i + 1:
        return  # (only the adjective right before its noun)
    first = next((c for c in verb.children if c.dep_ == "obj" and c.i < word.i), None)
    for child in list(word.children):
        if child.i != noun.i:
            child.head = verb
    if first is not None:
        noun.head, noun.dep_ = first, "conj"
        for cc in (t for t in verb.children if t.dep_ == "cc" and first.i < t.i < word.i):
            cc.head = noun
    else:
        noun.head, noun.dep_ = verb, "obj"
    word.head, word.dep_ = noun, "amod"


def _bare_singular(subject: Token) -> bool:
    """A singular common noun with no determiner, possessive or number: a headline's
    ("Health worker assassinated ..."), which running prose never writes as a subject."""
    return (
        subject.pos_ == "NOUN"
        and "Sing" in subject.morph.get("Number", [])
        and not any(c.dep_ in ("det", "nmod:poss", "nummod") for c in subject.children)
    )


def _counted(subject: Token) -> bool:
    """A subject that is a number or counted by one ("one soldier", "2 gendarmes")."""
    return subject.like_num or any(c.dep_ == "nummod" and c.like_num for c in subject.children)


def _number_cut_from_its_noun(number: Token) -> None:
    """ "killed 26 presumed ISGS militants" parsed as "killed 26, presumed militants": a
    bare number as a verb's object, followed by a past form of a verb with no subject, hung
    on the same verb, whose object comes right after it. The noun is the object, the number
    counts it, and the participle qualifies it."""
    if number.pos_ != "NUM" or number.dep_ != "obj" or number.i + 1 >= len(number.doc):
        return
    participle = number.nbor()
    if (
        participle.head.i != number.head.i
        or participle.pos_ != "VERB"
        or "Past" not in participle.morph.get("Tense", [])  # tagged a participle or a preterite
        or any(c.dep_.startswith("nsubj") for c in participle.children)
    ):
        return
    noun = next((c for c in participle.rights if c.dep_ == "obj"), None)
    if noun is None or noun.pos_ not in _NOUNS or noun.left_edge.i != participle.i + 1:
        return
    verb = number.head
    for child in [c for c in participle.children if c.i != noun.i]:
        child.head = noun
    noun.head, noun.dep_ = verb, "obj"
    number.head, number.dep_ = noun, "nummod"
    participle.head, participle.dep_ = noun, "amod"


def _subject_of_a_noun(subject: Token) -> None:
    """ "the army reportedly summary executed five civilians" parsed with "army" as the
    subject of the noun "summary", itself the verb's subject: a noun has no subject, so the
    subject is the verb's and the noun modifies the verb."""
    noun = subject.head
    if (
        subject.dep_ != "nsubj"
        or noun.pos_ != "NOUN"
        or noun.i <= subject.i
        or not noun.dep_.startswith("nsubj")
        or noun.head.pos_ != "VERB"
    ):
        return
    subject.head = noun.head
    noun.dep_ = "advmod"


def _put_back_if_looped(doc: Doc, parsed: Ints2d) -> None:
    """The parser's tree back when a repair hung a word on one of its own dependents: a
    loop, whose heads lead up to no root, which spaCy cannot read."""
    for token in doc:
        word = token
        for _ in range(len(doc)):
            if word.head.i == word.i:
                break
            word = word.head
        else:
            doc.from_array(_PARSE, parsed)
            return


def _verb_read_as_noun(root: Token) -> None:
    """ "An unidentified gunman shot and wounded two men" tagged as a noun "shot" with a
    subject and a coordinated verb, "three members of the military beat to death a worker"
    with a subject and an object: a noun has neither, so the root is the verb it looks
    like. "An unidentified armed group shot and slit the throats of two people", its subject
    read as a compound of the noun "shot": the compound is the subject."""
    if root.pos_ != "NOUN":
        return
    _subject_read_as_compound(root)
    if not any(c.dep_ == "nsubj" for c in root.children):
        return
    verbs = [t for t in root.subtree if t.pos_ == "VERB" and t.dep_ in ("amod", "acl")]
    # (not "militants assaulted women", a participle that is the predicate: mended next)
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in root.children) or (
        not verbs
        and (
            any(c.dep_ == "obj" for c in root.children)
            # "Supporters and opponents clashed following a march": a noun that is the
            # predicate of a subject needs a copula
            or not any(c.dep_ == "cop" for c in root.children)
        )
    ):
        root.pos_ = "VERB"


def _subject_read_as_compound(root: Token) -> None:
    """The noun right before a noun root, as its compound, is the subject when the root is
    coordinated right after with a verb in the past ("group shot and slit")."""
    if root.i == 0 or any(c.dep_ == "nsubj" for c in root.children):
        return
    before, after = root.nbor(-1), root.i + 1
    if before.head.i != root.i or before.dep_ != "compound" or before.pos_ not in _NOUNS:
        return
    joined = [c for c in root.rights if c.dep_ == "conj" and c.pos_ == "VERB"]
    if (
        after >= len(root.doc)
        or root.doc[after].dep_ != "cc"
        or not joined
        or "Past" not in joined[0].morph.get("Tense", [])
    ):
        return
    start = before.left_edge.i
    while (
        start > 0
        and root.doc[start - 1].head.i == root.i
        and root.doc[start - 1].dep_ in _SUBJECT_MODIFIERS
    ):
        start -= 1  # "an unidentified [armed group]": the words that modify the subject
        root.doc[start].head = before
    before.dep_ = "nsubj"


def _adjectival_root(root: Token) -> Token:
    """ "Presumed ISGS militants killed eight fighters" parsed as "[someone] presumed ISGS
    militants [who were] killed ...": a root participle with no subject and no auxiliary
    whose object has a participle of its own qualifies that noun. The participle becomes the
    noun's modifier, and the noun the sentence's root (to be mended as a noun root)."""
    if (
        root.pos_ != "VERB"
        or "Part" not in root.morph.get("VerbForm", [])
        or any(c.dep_.startswith(("nsubj", "aux")) for c in root.children)
    ):
        return root
    noun = next((c for c in root.rights if c.dep_ == "obj"), None)
    if noun is None or noun.pos_ not in _NOUNS or not any(c.dep_ == "acl" for c in noun.rights):
        return root
    for child in [c for c in root.children if c.i != noun.i]:
        child.head = noun
    noun.head, noun.dep_ = noun, "ROOT"
    root.head, root.dep_ = noun, "amod"
    return noun


def _misread_predicate(root: Token, misread: bool) -> tuple[Token, Token | None] | None:
    """(the participle, the noun to make its object) when ``root`` is such a noun root."""
    if root.pos_ not in _NOUNS:
        return None
    verb = next((c for c in root.rights if c.dep_ == "acl"), None)
    patient = None
    if verb is not None and not (misread or _has_object(verb)):
        # "unknown individuals armed with machetes hacked to death a man": the predicate
        # hangs on a noun inside the first participle's phrase
        verb = next(
            (t for t in verb.subtree if t.dep_ == "acl" and t.i > verb.i and _has_object(t)),
            verb,
        )
    if verb is not None and not (misread or _has_object(verb)):
        patient = _object_read_as_apposition(root, verb)
    if verb is None or not (misread or _has_object(verb) or patient is not None):
        after = root.nbor() if root.i + 1 < len(root.doc) else None
        if after is None or after.dep_ != "amod":
            return None
        verb, patient = after, after.head
        if patient.i < verb.i or patient.head.i != root.i:
            return None
    if verb.pos_ != "VERB" or "Past" not in verb.morph.get("Tense", []):
        return None  # "people demanding justice" is a noun phrase
    return verb, patient


def _object_read_as_apposition(root: Token, verb: Token) -> Token | None:
    """ "unknown individuals killed by machete a pastoralist man": a noun phrase with its
    determiner right after the participle's words, parsed as the root's apposition, is the
    participle's object (an apposition is set off by a comma)."""
    return next(
        (
            c
            for c in root.rights
            if c.dep_ == "appos"
            and c.left_edge.i == verb.right_edge.i + 1
            and any(d.dep_ == "det" for d in c.children)
        ),
        None,
    )


def _has_object(verb: Token) -> bool:
    """A direct object on the verb, or on a verb coordinated with it ("ambushed and killed
    two men")."""
    return any(
        c.dep_ == "obj"
        for v in (verb, *(c for c in verb.rights if c.dep_ == "conj"))
        for c in v.children
    )


@Language.factory("ww_ud", assigns=["token.dep", "token.head", "token.morph"],
                  default_config={"lang": "fr"})  # fmt: skip
def make_universal_dependencies(nlp: Language, name: str, lang: str) -> UniversalDependencies:
    return UniversalDependencies(nlp, lang)
