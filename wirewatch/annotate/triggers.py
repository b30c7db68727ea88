"""Event triggers (nouns and verbs that name an event) and the modifiers that refine them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource, load_shared, verb_object_concepts, word_set

_REFLEXIVE = "reflexive:"
# The dependents that pair with a verb to name an event: its object ("seized livestock",
# "livestock was seized"), its subject or agent ("an IED struck their vehicle", "was
# struck by an IED"), or the predicate of its object ("took three individuals hostage", "set
# the house ablaze", which the parser may make an adverb); an
# object the parser left unlabelled counts (the French parser's ``dep`` on "neutralized an
# improvised explosive device" after the weekday).
_PAIRED = frozenset({"obj", "nsubj", "nsubj:pass", "obl:agent", "xcomp", "dep", "advmod"})
# ... or an oblique noun after a role mark ("took six crewmen as hostages") or after a
# particle the parser read as a preposition ("closed down the town hall")
_PAIRED_ROLE = frozenset({"obl"})
# The dependents by which a support verb carries the noun that names the event: "engaged a
# strike", "engaged in a sit-in".
_CARRIED = frozenset({"obj", "obl"})
# The words that make one name with a noun ("town hall", "engins explosifs").
_NAME_PARTS = frozenset({"compound", "amod"})
# The dependents by which a doer of ``agent_deeds`` does its verb's deed: its subject or
# passive agent ("protesters surrounded", "was closed by demonstrators").
_DOERS = frozenset({"nsubj", "obl:agent"})
# What joins two words into one compound when written inside a word ("air-ground", "air/ground").
_COMPOUND_JOINS = frozenset({"-", "/"})
# How a word qualifies the noun after or before it: "a bomb factory", "a bomb-making
# workshop", « une fabrique de bombes »; and how far up the words between may go.
_QUALIFYING = frozenset({"compound", "nmod", "obl:npmod", "amod"})
_QUALIFYING_REACH = 2


_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECT_OR_OBJECT = frozenset({"nsubj", "nsubj:pass", "obj"})
_TAKEN = frozenset({"obj", "nsubj:pass"})  # what a verb of taking took
_OF_NOUN = "nmod"  # the noun a count is of: "nine of the jihadists"
# How a noun naming people hangs on the argument it is part of: "a displaced person", "un chef
# de village et un déplacé".
_PEOPLE_LINKS = frozenset({"amod", "conj"})


class TriggerAnnotator:
    """Writes ``docspec.TRIGGERS`` (label: concept), ``MODIFIERS`` and ``REALISATION``."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "triggers")
        tokenize = make_tokenizer(nlp.make_doc)
        self.triggers = PhraseLexicon(tokenize)
        for concept, words in data["concepts"].items():
            self.triggers.add(concept, words.get("nouns", ()), nominal=True)
            self.triggers.add(concept, words.get("verbs", ()), verb_only=True)
            self.triggers.add(
                _REFLEXIVE + concept, words.get("reflexive_verbs", ()), verb_only=True
            )
        self.blockers = PhraseLexicon(tokenize)
        self.blockers.add("not_event", data["not_events"])
        self.modifiers = PhraseLexicon(tokenize)
        for concept, words in data["modifiers"].items():
            self.modifiers.add(concept, words)
        self.realisation = PhraseLexicon(tokenize)
        self.realisation.add("realisation", data["realisation"])
        self.verb_objects = verb_object_concepts(lang)
        # concepts a verb names only with its doer ("a drone struck a car", not "a drone was
        # struck by lightning": ``paired_by_doer`` in taxonomy.yaml)
        self.by_doer = frozenset(load_shared("taxonomy").get("paired_by_doer", ()))
        self.measures = frozenset(w.lower() for w in data["measure_words"])
        # words before an oblique noun that make it the verb's object, its role or the
        # state it leaves the object in
        self.object_marks = frozenset(
            w.lower()
            for key in ("role_marks", "result_marks", "particles")
            for w in data.get(key, ())
        )
        self.agent_deeds = {
            w.lower(): concept for concept, ws in data.get("agent_deeds", {}).items() for w in ws
        }
        self.collectives = word_set(lang, "roles", "collectives")
        self.reporting = word_set(lang, "attribution", "reporting_verbs")
        self.readings = [
            (
                frozenset(w.lower() for w in r["words"]),
                r["concept"],
                r["reading"],
                frozenset(w.lower() for w in r["when"]),
            )
            for r in data.get("readings", ())
        ]
        self.people_readings = [
            (frozenset(w.lower() for w in r["verbs"]), r["concept"], r["reading"])
            for r in data.get("people_object_readings", ())
        ]
        self.taken_people = word_set(lang, "numbers", "people")  # "captured two soldiers"
        self.off_topic = frozenset(w.lower() for w in data["off_topic"]["words"])
        self.gatherings = frozenset(data.get("gatherings", ()))
        self.remote_strikes = frozenset(load_shared("taxonomy").get("remote_strikes", ()))
        self.armed_deeds = frozenset(
            c for c, e in load_shared("taxonomy")["concepts"].items() if e.get("needs_armed_agent")
        )
        self.people_nouns = frozenset(w.lower() for w in data.get("people_nouns", ()))
        self.qualified_things = frozenset(w.lower() for w in data.get("qualified_things", ()))
        self.off_topic_min = int(data["off_topic"]["min"])
        self.reflexive = frozenset(load_resource(lang, "actors")["pronouns"]["reflexive"])
        self.support_verbs = frozenset(
            w.lower() for w in load_resource(lang, "roles")["support_verbs"]
        )

    def __call__(self, doc: Doc) -> Doc:
        blocked = {i for m in self.blockers.find(doc) for i in range(m.start, m.end)}
        # A word of a time expression names no event: "on 20 March" is no march; a phrase
        # that ends past one still does ("a 48 hour strike").
        timed = {i for t in doc.spans.get(docspec.TIMES, ()) for i in range(t.start, t.end)}
        spans = []
        for match in self.triggers.find(doc):
            if blocked.intersection(range(match.start, match.end)) or match.end - 1 in timed:
                continue
            label = match.label
            if label.startswith(_REFLEXIVE):
                if not self._has_reflexive(doc, match.start):
                    continue
                label = label[len(_REFLEXIVE) :]
            spans.append(Span(doc, match.start, match.end, label=label))
        pairs = self._verb_objects(doc, spans)
        # the pair says what the verb alone does not: "seized livestock" is no abduction;
        # a pair whose object names the event itself leaves it to the object ("their vehicle
        # struck an IED": the IED is the event, the verb no attack)
        paired = {p.start for p in pairs}
        spans = [s for s in spans if s.start not in paired] + [p for p in pairs if p.label_]
        spans = [s for s in spans if not self._carries_another(s, spans)]
        spans = [s for s in spans if not _object_of_its_verb(s, spans)]
        spans = [s for s in spans if not self._describes_people(s, spans)]
        spans = [s for s in spans if not self._names_people_befallen(s, spans)]
        spans = [s for s in spans if not self._qualifies_a_thing(s, spans)]
        # a deed only armed men do, by doers whose deeds are another's ("Protesters set up a
        # camp outside parliament": no base, their protest; taxonomy.yaml needs_armed_agent)
        spans = [s for s in spans if not self._done_by_unarmed_doers(s)]
        spans += self._agents_deeds(doc, spans)
        spans = [self._read(s, spans) for s in spans]
        doc.spans[docspec.TRIGGERS] = [
            s for s in sorted(spans, key=lambda s: s.start) if not self._off_topic(s.sent)
        ]
        doc.spans[docspec.MODIFIERS] = [
            Span(doc, m.start, m.end, label=m.label)
            for m in self.modifiers.find(doc)
            if not _joined_to_next(doc, m.end)  # "air-ground operations" are not aerial ones
        ]
        doc.spans[docspec.REALISATION] = [
            Span(doc, m.start, m.end, label=m.label) for m in self.realisation.find(doc)
        ]
        return doc

    def _agents_deeds(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Verbs that name an event by who does them (``agent_deeds``: "2000 protesters
        surrounded the home of the chief", "a number of demonstrators broke into the
        mosque"): on a verb no trigger holds and that says more than what they said, when
        no event of the doer's concept was told before or in its sentence (then the deed is
        part of that one: "Hundreds protested in Niamey. Protesters carried placards")."""
        keys = doc_keys(doc)
        held = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for token in doc:
            if token.pos_ != "VERB" or token.i in held or keys[token.i][1] in self.reporting:
                continue
            concept = next(filter(None, map(self._doer_concept, token.children)), None)
            if concept and not any(
                s.label_ == concept and s.start < token.sent.end for s in [*spans, *found]
            ):
                found.append(Span(doc, token.i, token.i + 1, label=concept))
        return found

    def _done_by_unarmed_doers(self, trigger: Span) -> bool:
        """A trigger of a deed only forces or armed groups do whose verb's doer is of
        ``agent_deeds`` (protesters): their deed, not the trigger's event."""
        return trigger.label_ in self.armed_deeds and any(
            self._doer_concept(c) for c in trigger.root.children
        )

    def _doer_concept(self, child: Token) -> str | None:
        """The concept of ``agent_deeds`` the dependent names as its verb's doer: its
        subject or passive agent, or the noun a collective of them counts ("a number of
        demonstrators")."""
        if child.dep_ not in _DOERS:
            return None
        keys = doc_keys(child.doc)
        if keys[child.i][0] in self.collectives:
            child = next((c for c in child.children if c.dep_ == "nmod"), child)
        form, lemma = keys[child.i]
        return self.agent_deeds.get(form) or self.agent_deeds.get(lemma)

    def _describes_people(self, span: Span, spans: list[Span]) -> bool:
        """A gathering (``gatherings``) that only says whom a strike from afar hit ("an air
        strike on a gathering", taxonomy.yaml ``remote_strikes``), no protest."""
        root = span.root
        return span.label_ in self.gatherings and any(
            s.label_ in self.remote_strikes
            and (
                s.root.is_ancestor(root)
                # "carried out strikes on a gathering", "the strike hit guests gathered": on
                # the verb the strike is the subject or object of
                or (s.root.dep_ in _SUBJECT_OR_OBJECT and root.head.i == s.root.head.i)
            )
            for s in spans
        )

    def _names_people_befallen(self, span: Span, spans: list[Span]) -> bool:
        """A trigger word that also names people (``people_nouns``: "déplacé", "displaced")
        that is, or qualifies, the subject or object of another event's verb, or is joined
        to one: "Un chef de village et un déplacé ont été tués", "a displaced person was
        killed" (those people, no displacement)."""
        if span.text.lower() not in self.people_nouns:
            return False
        argument = span.root
        while argument.dep_ in _PEOPLE_LINKS and argument.head.i != argument.i:
            argument = argument.head  # "a displaced person", "un chef et un déplacé"
        verb = argument.head
        return (
            argument.dep_ in _SUBJECT_OR_OBJECT
            and verb.pos_ == "VERB"
            and any(s.label_ != span.label_ and s.root.i == verb.i for s in spans)
        )

    def _qualifies_a_thing(self, span: Span, spans: list[Span]) -> bool:
        """A noun trigger that only says what kind of thing a noun of ``qualified_things`` is
        ("an ISWAP bomb factory", "a bomb-making workshop", "a Russian artillery position",
        « une fabrique de bombes »): no event (not a noun another trigger holds: "an IED
        attack")."""
        word = span.root
        if word.pos_ not in _NOUNS:
            return False
        held = {i for s in spans for i in range(s.start, s.end)}
        keys = doc_keys(word.doc)
        for _ in range(_QUALIFYING_REACH):
            if word.dep_ not in _QUALIFYING or word.head.i == word.i or word.head.i in held:
                return False
            word = word.head
            if word.pos_ in _NOUNS and not {*keys[word.i]}.isdisjoint(self.qualified_things):
                return True
        return False

    def _carries_another(self, span: Span, spans: list[Span]) -> bool:
        """Whether the one-word trigger is a support verb whose object names the event ("the
        unions engaged in a sit-in", "engaged police forces in a gun battle", "executed an
        attack"): then the noun is the event, not the verb (roles.yaml ``support_verbs``)."""
        verb = span.root
        if len(span) != 1 or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.support_verbs:
            return False
        named = {i for s in spans if s is not span for i in range(s.start, s.end)}
        return any(c.dep_ in _CARRIED and c.i in named for c in verb.children)

    def _verb_objects(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Light-verb events ("ont pris samedi le contrôle de Sinja") and verbs that name
        another event by their object or subject ("seized livestock", "an IED struck the
        vehicle"): on a verb that is no trigger or a one-word trigger, never inside a longer
        one. A pair whose object is itself a trigger of the pair's concept comes back
        unlabelled (the verb names no event of its own); one whose object names another
        event keeps its concept ("neutralized an IED"). Each verb's paired noun is recorded
        (``docspec.PAIRED_OBJECTS``) for the stages that find what the event was aimed at."""
        keys = doc_keys(doc)
        objects: dict[int, int] = {}
        doc.user_data[docspec.PAIRED_OBJECTS] = objects
        longer = {i for s in found if s.end - s.start > 1 for i in range(s.start, s.end)}
        taken = longer | {i for s in found for i in range(s.start, s.end) if doc[i].pos_ != "VERB"}
        concepts = {i: s.label_ for s in found for i in range(s.start, s.end)}
        spans = []
        for token in doc:
            if token.pos_ != "VERB" or token.i in taken:
                continue
            verb = keys[token.i][1]
            qualified = _qualified(token)
            for child in [*token.children, *qualified]:
                # the object as written or by its lemma ("phones", "phone"), or the kind
                # word a name starts with ("launched Operation Ndofou")
                kinds = [child, *(c for c in child.lefts if _names_kind(c, child))]
                if {*keys[child.i]} & self.measures:  # "a large amount of medicine"
                    kinds += [c for c in child.children if c.dep_ == "nmod"]
                words = [keys[w.i] for w in kinds]
                phrase = _phrase(child)  # "town hall", "engins explosifs"
                if len(phrase) > 1:
                    words.insert(0, _joined([keys[w.i] for w in phrase]))
                concept = self._paired(verb, words)
                if not concept or (concept in self.by_doer and child.dep_ not in _DOERS):
                    continue
                if (
                    child.dep_ not in _PAIRED
                    and child not in qualified
                    and not (child.dep_ in _PAIRED_ROLE and self._as_role(child))
                    and not _object_predicate(child)
                ):
                    continue
                # an object that names this very event leaves it to the object; one that
                # names another keeps it ("neutralized an IED": a defusal, and the IED)
                label = "" if concepts.get(child.i) == concept else concept
                spans.append(Span(doc, token.i, token.i + 1, label=label))
                objects[token.i] = child.i
                break
        return spans

    def _as_role(self, noun: Token) -> bool:
        """The noun is the role the verb's object takes ("took six crewmen as hostages"), the
        state the verb leaves it in ("set four police stations on fire"), or the object
        after a particle read as a preposition ("closed down the town hall")."""
        return any(c.dep_ == "case" and c.lower_ in self.object_marks for c in noun.children)

    def _paired(self, verb: str, words: list[tuple[str, str]]) -> str | None:
        """The concept ``verb`` names with the first of ``words`` (each a (form, lemma)
        key) it pairs with, by lemma or as written."""
        for form, lemma in words:
            concept = self.verb_objects.get((verb, lemma)) or self.verb_objects.get((verb, form))
            if concept:
                return concept
        return None

    def _read(self, span: Span, spans: list[Span]) -> Span:
        """The trigger under the reading the people it took select
        (``people_object_readings``: "captured two soldiers" holds them, takes no
        territory), or a word of its sentence (``readings``: a bare "strike" among unions
        and pay is a labour strike), or another trigger of its
        sentence that names the reading ("staged a sit-in and launched a 48-hour strike"), not
        one the strike hits ("strikes on a gathering", "the strike hit guests gathered ...":
        in the phrase of the strike or of the verb it is the subject or object of)."""
        keys = doc_keys(span.doc)
        root = span.root
        for verbs, concept, reading in self.people_readings:
            if span.label_ == concept and root.lemma_.lower() in verbs and self._takes_people(root):
                return Span(span.doc, span.start, span.end, label=reading)
        own = root.head if root.head.pos_ == "VERB" and root.head.i != root.i else root
        for words, concept, reading, when in self.readings:
            if span.label_ != concept or span.text.lower() not in words:
                continue
            sent = span.sent
            if any(not when.isdisjoint(keys[i]) for i in range(sent.start, sent.end)) or any(
                s.label_ == reading and s.sent == sent and not own.is_ancestor(s.root)
                for s in spans
            ):
                return Span(span.doc, span.start, span.end, label=reading)
        return span

    def _takes_people(self, verb: Token) -> bool:
        """Whether the verb took people (for ``people_object_readings``): its object or its
        passive subject is a people noun of numbers.yaml ``people`` or a count of them ("nine
        of the jihadists"; not a name the tagger calls a person's: it calls many towns so,
        "captured Tin Akoff")."""
        people = self.taken_people

        def of_people(noun: Token) -> bool:
            return noun.lemma_.lower() in people or noun.lower_ in people

        return any(
            c.dep_ in _TAKEN
            and (
                of_people(c)
                or (c.like_num and any(n.dep_ == _OF_NOUN and of_people(n) for n in c.children))
            )
            for c in verb.children
        )

    def _off_topic(self, sent: Span) -> bool:
        keys = doc_keys(sent.doc)
        hits = sum(1 for i in range(sent.start, sent.end) if keys[i][0] in self.off_topic)
        return hits >= self.off_topic_min

    def _has_reflexive(self, doc: Doc, i: int) -> bool:
        keys = doc_keys(doc)
        verb = doc[i]
        if any(keys[c.i][0] in self.reflexive for c in verb.children):
            return True
        # "s'est entretenu": the pronoun sits just before the auxiliary.
        return any(keys[j][0] in self.reflexive for j in range(max(0, i - 3), i))


def _object_of_its_verb(span: Span, spans: list[Span]) -> bool:
    """Whether the noun trigger is the object of a verb that names the same event ("fired
    warning shots", "tiré des coups de feu"): one event, told by the verb."""
    root = span.root
    if root.pos_ == "VERB" or root.dep_ != "obj":
        return False
    return any(
        s.label_ == span.label_ and s.root.i == root.head.i and s.root.pos_ == "VERB" for s in spans
    )


def _qualified(verb: Token) -> list[Token]:
    """The nouns a participle qualifies, its patients ("batteries seized by the militants",
    "les biens pillés"), with those coordinated with it (the parser may hang the participle
    on the first: "riddled with bullets and batteries seized"), else nothing. A participle
    read as the adjective of the noun right after it names the same patient, whether the
    parser took a verb and its object for one ("militants intercepted a truck, seized
    foodstuff, ...", "and seized arms, ammunition": a past tense, which no adjective is)
    or not ("the seized motorbikes")."""
    adjective = verb.dep_ == "amod" and verb.head.i == verb.i + 1
    forms = verb.morph.get("VerbForm", [])
    participle = verb.dep_ == "acl" and "Part" in forms
    if not (participle or (adjective and ("Part" in forms or "Fin" in forms))):
        return []
    return [verb.head, *verb.head.conjuncts] if verb.head.i != verb.i else []


def _phrase(noun: Token) -> list[Token]:
    """The noun with the words that make one name with it, next to it: "town hall", "fake
    checkpoints", "engins explosifs" (the verb_objects entries of several words)."""
    words = [noun]
    left = noun.i
    for child in reversed(list(noun.lefts)):
        if child.i == left - 1 and child.dep_ in _NAME_PARTS:
            words.insert(0, child)
            left = child.i
    right = noun.i
    for child in noun.rights:
        if child.i == right + 1 and child.dep_ in _NAME_PARTS:
            words.append(child)
            right = child.i
    return words


def _joined(keys: list[tuple[str, str]]) -> tuple[str, str]:
    """One (form, lemma) key for several words."""
    return " ".join(form for form, _ in keys), " ".join(lemma for _, lemma in keys)


def _names_kind(word: Token, name: Token) -> bool:
    """A word leading a proper name that says what it names: "Operation" in "Operation
    Ndofou"."""
    return name.pos_ == "PROPN" and word.dep_ in ("compound", "flat", "flat:name")


@Language.factory("ww_triggers", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_trigger_annotator(nlp: Language, name: str, lang: str) -> TriggerAnnotator:
    return TriggerAnnotator(nlp, lang)


def _joined_to_next(doc: Doc, end: int) -> bool:
    """Whether a hyphen or a slash written inside a word follows ``end``: the words before it
    are the first part of a compound ("air-ground", "air-supported", "air/ground")."""
    return (
        end + 1 < len(doc)
        and doc[end].text in _COMPOUND_JOINS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    )


def _object_predicate(noun: Token) -> bool:
    """A bare noun right after the verb's object that says what the object became, read as
    a verb joined to the verb ("took three individuals hostage": "hostage" a conjunct of
    "took")."""
    verb = noun.head
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i < noun.i]
    return (
        noun.dep_ == "conj"
        and noun.pos_ == "NOUN"
        and not any(c.dep_ == "det" for c in noun.children)
        and any(o.right_edge.i + 1 == noun.i for o in objects)
    )
