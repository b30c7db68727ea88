"""Number phrases and what they count: "dix morts", "plus de 246 civils ont péri",
"une trentaine de raids", "dont deux enfants", "quelque 200.000 habitants", "killed a
civilian", "13 soldiers and one gendarme were killed".

Detection and labelling only; the quantity resolver turns the words into values.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.annotate.lists import chain, conjuncts, listed_role, set_off, verbs_sharing
from wirewatch.lang import load_resource
from wirewatch.lang.headlines import bare_opening_noun

_VERB_REACH = 3
_KILLED = "killed"
_KILLING = "killing"  # the concept of triggers.yaml's killings told by their dead
_HEAD_REACH = 8  # "6 volunteer fighters": the counted noun is the number's head, close by
# (the missing are no toll, but a count of them is a list of its own: "two soldiers killed
# and four missing")
_VICTIM_LABELS = ("killed", "injured", "arrested", "abducted", "displaced", "missing")
_HARMED = frozenset({"killed", "injured", "arrested", "abducted"})  # what a singular noun counts
_DEAD_OR_HURT = frozenset({"killed", "injured"})
_VERBS = ("VERB", "AUX")
_NOUNS = ("NOUN", "PROPN")
_HYPHENS = frozenset("-‐‑")  # "thirty-two" split by the tokenizer
# Dependency roles (Universal Dependencies) a counted group has towards its verb.
_SUBJECT, _PASSIVE_SUBJECT, _OBJECT, _AGENT = "nsubj", "nsubj:pass", "obj", "obl:agent"
_CONJ, _APPOSITION = "conj", "appos"
_COORDINATING = "CCONJ"  # the part of speech of "and", "et"
_CASE = "case"
_OUTSIDE = (_CASE, "cc", "punct", "mark")  # words before a noun that are not its phrase
_NOUN_MODIFIER, _COMPOUND = "nmod", "compound"
_MODIFIERS = (_COMPOUND, "amod", "flat", "nummod")  # words before the noun they modify
_LISTED = (_CONJ, _APPOSITION)
_COORDINATOR = "cc"
_PREDICATE, _CLAUSE_MODIFIER = "xcomp", "acl"
_PREDICATE_NOMINAL = "attr"  # (the English parser's label of "a journalist" in "was a journalist")
# Morphological features (Universal Dependencies FEATS).
_PLURAL, _SINGULAR, _ORDINAL = "Number=Plur", "Number=Sing", "NumType=Ord"
_PERSONAL, _POSSESSIVE_PRONOUN = "PronType=Prs", "Poss=Yes"
_NOMINAL_ROLES = (_SUBJECT, _PASSIVE_SUBJECT, _OBJECT, "iobj", "obl", _NOUN_MODIFIER)
_POSSESSIVE = ("nmod:poss", "det:poss", "det")
_VICTIM_ROLES = (_OBJECT, _PASSIVE_SUBJECT, _SUBJECT)


@dataclass(frozen=True, slots=True)
class _Marks:
    """What a Doc's words say about the counts near them."""

    verbs: dict[int, str]  # token -> the label of the victim verb it belongs to ("killed")
    results: dict[int, str]  # token -> the label of a result word ("dead", "to death")
    things: set[int]  # tokens that open a noun of things ("oxen", "head of cattle")
    breakdown_cues: set[int]  # tokens of the words that open a breakdown ("including")
    restated: set[int]  # plural nouns whose conjuncts name who they were, one by one


class QuantityAnnotator:
    """Writes ``docspec.COUNTS`` (label: what is counted), ``docspec.BREAKDOWN`` and
    ``docspec.ZERO_COUNTS`` (the counts a zero word opens: "no casualties")."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "numbers")
        tokenize = make_tokenizer(nlp.make_doc)
        self.number_words = frozenset(w.lower() for w in data["words"])
        self.approximations = frozenset(w.lower() for w in data["approximations"])
        self.joiners = frozenset(w.lower() for w in data["joiners"])
        self.links = self.joiners | {r["link"].lower() for r in data["ranges"]}
        self.abbreviations = frozenset(
            a.lower()
            for entry in data["multipliers"].values()
            for a in entry.get("abbreviations", ())
        )
        self.singular = frozenset(w.lower() for w in data["singular"])
        self.cues = PhraseLexicon(tokenize)
        self.cues.add("vague", data["vague"])
        self.cues.add("bound", data["bounds"])
        self.cues.add("breakdown", data["breakdown"])
        self.cues.add("zero", data["zero"])
        self.things = PhraseLexicon(tokenize)
        self.things.add("thing", data["things"])
        self.noun_labels: dict[str, str] = {}
        self.verbs = PhraseLexicon(tokenize)
        self.results = PhraseLexicon(tokenize)
        for label, entry in data["labels"].items():
            for noun in entry["nouns"]:
                self.noun_labels.setdefault(noun.lower(), label)
            self.verbs.add(label, entry.get("verbs", ()))
            self.results.add(label, entry.get("results", ()))
        self.people = frozenset(w.lower() for w in data["people"])
        # one-word actor nouns, by concept: the kind of people a noun names
        self.kinds = {
            phrase.lower(): concept
            for concept, entry in load_resource(lang, "actors")["concepts"].items()
            for phrase in entry["phrases"]
            if " " not in phrase
        }
        # the verbs whose objects name the dead ("found his body": triggers.yaml's killings
        # told by what was found), with those objects
        found = load_resource(lang, "triggers")["verb_objects"].get(_KILLING, {})
        self.remains = {
            verb.lower(): frozenset(n.lower() for n in nouns) for verb, nouns in found.items()
        }
        # the first words of the verbs that harm people ("kill", "shoot" of "shoot dead")
        self.harm_verbs = frozenset(
            verb.split()[0].lower()
            for label, entry in data["labels"].items()
            if label in _HARMED
            for verb in entry.get("verbs", ())
        )

    def _is_number(self, token: Token, key: tuple[str, str]) -> bool:
        numeric = (
            key[0] in self.number_words
            or self._hyphenated_number(key[0])
            or key[1] in self.approximations
            or key[0] in self.approximations
            or token.like_num
        )
        # "la deuxième ville", "the second attack" count nothing
        ordinal = _ORDINAL in token.morph or (
            token.pos_ == "ADJ" and key[0] not in self.number_words and not token.is_digit
        )
        # nor a date or a ratio written with a slash ("killed in 12/98", "24/7")
        return numeric and not ordinal and "/" not in token.text

    def _hyphenated_number(self, word: str) -> bool:
        """A number word written with hyphens from number words and joiners the resource
        does not list whole: « vingt-neuf », « trente-deux », « soixante-et-onze » (not one
        word twice: « un quatre-quatre », a vehicle)."""
        parts = word.split("-")
        return (
            len(set(parts)) > 1
            and parts[0] in self.number_words
            and parts[-1] in self.number_words
            and all(p in self.number_words or p in self.joiners for p in parts)
        )

    def _continues_number(
        self, doc: Doc, keys: Sequence[tuple[str, str]], j: int, i: int, bounds: dict[int, int]
    ) -> int | None:
        """Where the number begun at ``i`` goes on when token ``j`` carries it on: after a
        joiner, a range link or a hyphen between two numbers ("two hundred and six", "10 to
        15", "thirty - two", "between six and about ten"), after an abbreviation glued to
        digits ("2.5" "m"); None when it does not."""
        n = len(doc)
        if j <= i or j >= n:
            return None
        token = doc[j]
        glued = not doc[j - 1].whitespace_
        if glued and keys[j][0] in self.abbreviations and doc[j - 1].like_num:
            return j + 1
        linking = keys[j][0] in self.links or (
            token.text in _HYPHENS and glued and not token.whitespace_
        )
        after = bounds.get(j + 1, j + 1)
        if linking and after < n and self._is_number(doc[after], keys[after]):
            return after
        return None

    def __call__(self, doc: Doc) -> Doc:
        keys = doc_keys(doc)
        cues = {m.start: m for m in self.cues.find(doc)}
        marks = self._marks(doc)
        bounds = {start: m.end for start, m in cues.items() if m.label == "bound"}
        in_time = {
            i for span in doc.spans.get(docspec.TIMES, ()) for i in range(span.start, span.end)
        }
        counts: list[Span] = []
        breakdown: list[Span] = []
        zeros: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            start = i
            is_breakdown = False
            cue = cues.get(i)
            if cue is not None and cue.label == "breakdown":
                is_breakdown = True
                i = start = cue.end
                cue = cues.get(i)
            if cue is not None and cue.label == "bound":
                i = cue.end
                cue = cues.get(i)
            number_end = i
            if cue is None and self._article_before_number(doc, keys, i):
                number_end = i + 1  # "a dozen", "a hundred", "the two soldiers"
            zero = cue is not None and cue.label == "zero"
            if cue is not None and cue.label in ("vague", "zero"):
                number_end = cue.end
            while number_end < n:
                if self._is_number(doc[number_end], keys[number_end]):
                    number_end += 1
                    continue
                carried = self._continues_number(doc, keys, number_end, i, bounds)
                if carried is None:
                    break
                number_end = carried
            # (an article the tagger reads as such, not a number it took for one: "ont tué
            # neuf commerçants", « neuf » a determiner to the French tagger)
            single_article = (
                number_end == i + 1
                and doc[i].pos_ == "DET"
                and keys[i][0] in self.singular
                and cue is None
                and not _stands_for_a_noun(doc[i], marks.verbs)
                # (nor the article of a noun of the dead or hurt: « a fait un mort »; not
                # « une arrestation »)
                and not (
                    i + 1 < n
                    and doc[i].head.i == i + 1
                    and self._noun_label(keys, i + 1) in _DEAD_OR_HURT
                )
            )
            if number_end == i or single_article or in_time.intersection(range(i, number_end)):
                i = start + 1
                continue
            if _compound(doc, number_end):
                i = number_end  # "a 38-year-old", "a 3-day strike": no count
                continue
            noun = self._counted_noun(doc, keys, i, number_end)
            if noun is None:
                label = self._bare_label(doc, start, number_end, marks.verbs)
                if label is not None:
                    span = Span(doc, start, number_end, label=label)
                    (breakdown if is_breakdown else counts).append(span)
                    if zero:
                        zeros.append(span)
                i = number_end
                continue
            label = self._label(doc, start, noun, marks)
            if zero and label not in _VICTIM_LABELS:
                i = noun + 1  # "aucune frappe n'a été menée": negation, not a count
                continue
            span = Span(doc, start, noun + 1, label=label)
            (breakdown if is_breakdown else counts).append(span)
            if zero:
                zeros.append(span)
            i = noun + 1
        taken = {t for span in (*counts, *breakdown) for t in range(span.start, span.end)}
        counts += [
            span
            for span in self._singular_victims(doc, keys, marks)
            if taken.isdisjoint(range(span.start, span.end))
            and in_time.isdisjoint(range(span.start, span.end))
        ]
        counts, breakdown = _coordinated(sorted(counts), breakdown, marks)
        doc.spans[docspec.COUNTS] = counts
        doc.spans[docspec.BREAKDOWN] = breakdown
        doc.spans[docspec.ZERO_COUNTS] = zeros
        return doc

    def _article_before_number(self, doc: Doc, keys: Sequence[tuple[str, str]], i: int) -> bool:
        return (
            keys[i][0] in self.singular
            and doc[i].pos_ == "DET"
            and i + 1 < len(doc)
            and (keys[i + 1][0] in self.number_words or keys[i + 1][1] in self.approximations)
        )

    def _marks(self, doc: Doc) -> _Marks:
        verbs = {i: m.label for m in self.verbs.find(doc) for i in range(m.start, m.end)}
        results: dict[int, str] = {}
        for m in self.results.find(doc):  # "beaten to death", "shot dead": the verb kills
            root = doc[m.start : m.end].root
            results[root.i] = m.label
            if root.head.pos_ in _VERBS and not m.start <= root.head.i < m.end:
                verbs[root.head.i] = m.label
        for token in doc:  # "his body was found": the finding tells a death
            if self._remains_of(token) and token.head.i not in verbs:
                verbs[token.head.i] = _KILLED
        cues = {
            i for m in self.cues.find(doc) if m.label == "breakdown" for i in range(m.start, m.end)
        }
        things = {m.start for m in self.things.find(doc)}
        keys = doc_keys(doc)
        restated = {t.i for t in doc if self._restated(t, keys)}
        return _Marks(verbs, results, things, cues, restated)

    def _restated(self, token: Token, keys: Sequence[tuple[str, str]]) -> bool:
        """Whether the conjuncts after a plural noun name its members one by one between
        commas, however parsed ("Deux soldats, un sergent et un caporal, ont été tués": two
        dead): each singular and of its kind of actor when it has one (actors.yaml; not
        "Deux soldats, un gendarme et un civil,": four), the first after a comma, the last
        closed by one."""
        if _PLURAL not in token.morph:
            return False
        listed = chain(token)[1:]
        kind = self._kind(keys, token.i)
        if not listed or not all(
            _SINGULAR in c.morph and self._kind(keys, c.i) in (None, kind) for c in listed
        ):
            return False
        # (its comma may hang on it)
        first = min((t.i for t in listed[0].subtree if not t.is_punct), default=listed[0].i)
        return token.doc[first - 1].text == "," and set_off(listed[-1])

    def _kind(self, keys: Sequence[tuple[str, str]], i: int) -> str | None:
        """The actor concept a word names by itself (actors.yaml), if any."""
        return self.kinds.get(keys[i][0]) or self.kinds.get(keys[i][1])

    def _counted_noun(
        self, doc: Doc, keys: Sequence[tuple[str, str]], start: int, number_end: int
    ) -> int | None:
        """The noun a number counts: the one right after it (or after a joiner: "des
        dizaines de civils", "one of them"), widened over the modifiers before the noun
        they modify ("6 volunteer fighters", "thirty suspected ISGS militants"); None when
        no noun follows."""
        n = len(doc)
        if number_end >= n:
            return None
        joined = keys[number_end][0] in self.joiners
        noun = number_end + 1 if joined else number_end
        if noun >= n or doc[noun].dep_ == _CASE:
            return None  # (nor a noun after a preposition: "kill 12 in Zamfara village")
        if joined and doc[noun].pos_ == "VERB":
            return None  # "killed one and wounded two": a verb of its own, not the noun
        pronoun = doc[noun].morph
        if doc[noun].pos_ == "PRON" and joined:  # "one of them" (not "one of their", "of whose")
            return noun if _PERSONAL in pronoun and _POSSESSIVE_PRONOUN not in pronoun else None
        head = doc[number_end - 1].head  # the number's own head, when it is to the right
        if (
            not joined
            # (a noun of the dead or hurt right after the number is its noun, however the
            # parser hung it: « neuf blessés lundi », the participle fixed to the number)
            and self._noun_label(keys, noun) is None
            and number_end < head.i < number_end + _HEAD_REACH
            and all(
                head in doc[k].ancestors
                and doc[k].dep_ not in (*_LISTED, _COORDINATOR)
                and not self._is_number(doc[k], keys[k])
                for k in range(number_end, head.i)
            )
            and self._nominal(doc, keys, head.i)
        ):
            noun = head.i
        while (
            noun < n
            and noun < doc[noun].head.i < number_end + _HEAD_REACH
            and not self._names_people(keys, noun)
            # (not over a comma: "Six terroristes neutralisés, trois capturés"; brackets
            # hold a modifier: "one presumed Katiba Macina (JNIM) militant")
            and not any(
                t.is_punct and not (t.is_bracket or t.is_quote)
                for t in doc[noun : doc[noun].head.i]
            )
            and self._nominal(doc, keys, doc[noun].head.i)
            and (
                doc[noun].dep_ in _MODIFIERS
                or (doc[noun].dep_ not in _LISTED and doc[noun].head.pos_ in _NOUNS)
            )
        ):
            noun = doc[noun].head.i  # "suspected" -> "ISGS" -> "militants"
        if doc[noun].is_punct or not self._nominal(doc, keys, noun):
            return None
        return noun

    def _nominal(self, doc: Doc, keys: Sequence[tuple[str, str]], i: int) -> bool:
        """Whether token ``i`` can be the noun of a count: a noun or adjective, or a people
        or victim noun the tagger took for something else ("militants" as a verb)."""
        return (
            doc[i].pos_ in (*_NOUNS, "ADJ")
            or doc[i].dep_ in _NOMINAL_ROLES
            or self._names_people(keys, i)
            or self._noun_label(keys, i) is not None
        )

    def _names_people(self, keys: Sequence[tuple[str, str]], i: int) -> bool:
        """Whether token ``i`` is a people noun, whatever part of speech the tagger gave it
        ("eight suspected militants" tagged as a verb)."""
        return keys[i][0] in self.people or keys[i][1] in self.people

    def _noun_label(self, keys: Sequence[tuple[str, str]], i: int) -> str | None:
        return self.noun_labels.get(keys[i][0]) or self.noun_labels.get(keys[i][1])

    def _label(self, doc: Doc, start: int, noun: int, marks: _Marks) -> str:
        keys = doc_keys(doc)
        lower, lemma = keys[noun]
        if noun in marks.things:
            return "quantity"  # "58 oxen", "two vehicles": never people
        label = self._noun_label(keys, noun)
        verb_label = marks.verbs
        # The verb that says what happened to the counted people: the count's governor
        # ("plus de 246 civils ont péri") or a participle right after it ("12 soldats tués").
        anchor = next(
            (t for t in doc[start : noun + 1] if not start <= t.head.i <= noun), doc[noun]
        )
        by_role = self._role_label(anchor, range(start, noun + 1), verb_label)
        elided = self._elided_participle(doc, keys, noun, verb_label)
        if elided is not None:
            return elided
        if by_role == _KILLED or (by_role is not None and label not in _VICTIM_LABELS):
            return by_role  # "executed three prisoners": a death outranks a status
        if label in _VICTIM_LABELS:
            return label
        for child in doc[noun].rights:  # "four people dead", "one person shot and killed"
            if child.i in marks.results:
                return marks.results[child.i]
            # (« deux soldats blessés », the participle read as an adjective)
            named = self._noun_label(keys, child.i) if child.pos_ == "ADJ" else None
            if named in _VICTIM_LABELS:
                return named
            if child.pos_ == "VERB":
                for verb in (child, *conjuncts(child)):
                    if verb.i in verb_label:
                        return verb_label[verb.i]
            if child.dep_ == _CONJ:  # "leaving five soldiers and 20 militants dead": all dead
                said = [marks.results[g.i] for g in child.rights if g.i in marks.results]
                if said:
                    return said[0]
        governor = anchor.head
        if governor.i in marks.results and governor.i not in verb_label:
            return marks.results[governor.i]  # "left four people dead"
        if governor.i in verb_label and listed_role(anchor)[0] not in (_AGENT, _SUBJECT):
            return verb_label[governor.i]  # a parse that hangs the count on its verb loosely
        if (
            governor.pos_ in _NOUNS
            and governor.i < start
            and governor.dep_ not in (_NOUN_MODIFIER, _COMPOUND)  # not "les gardes du corps"
        ):  # "the death of three men"
            named = self._noun_label(keys, governor.i)
            if named in _VICTIM_LABELS:
                return named
        for k in range(start, noun):  # "10,000 displaced people", "20 wounded soldiers"
            inner = self._noun_label(keys, k)
            if inner in _VICTIM_LABELS and not self._is_number(doc[k], keys[k]):
                return inner
        after = noun + 1
        if (
            after < len(doc)
            and doc[after].pos_ in ("VERB", "ADJ")
            and after != anchor.head.i  # its subject: handled by role above
        ):
            # "leaving one person shot and killed and nine others injured", the participles
            # read as verbs of their own: those after the count with no subject or object of
            # their own ("left five soldiers wounded and killed two others": the wounded)
            told = [
                v.i
                for v in (doc[after], *conjuncts(doc[after]))
                if v.i in verb_label
                and not any(c.dep_ in (_SUBJECT, _PASSIVE_SUBJECT, _OBJECT) for c in v.children)
            ]
            if told:
                return (
                    _KILLED if any(verb_label[i] == _KILLED for i in told) else verb_label[told[0]]
                )
        # "ont tué dimanche six fidèles": the verb just before the count (not for the
        # agent or the subject of a victim verb: "des hommes armés ont tué deux civils").
        role, verb = listed_role(anchor)
        if role != _AGENT and not (role == _SUBJECT and verb.i in verb_label):
            for i in range(start - 1, max(doc[start].sent.start, start - _VERB_REACH) - 1, -1):
                if i in verb_label and doc[i].pos_ == "VERB":
                    return verb_label[i]
        if label:
            return label
        return "people" if lower in self.people or lemma in self.people else "quantity"

    def _elided_participle(
        self, doc: Doc, keys: Sequence[tuple[str, str]], noun: int, verb_label: dict[int, str]
    ) -> str | None:
        """The label of the participle right after the counted noun when another count
        follows with a participle of its own, the verb between them elided ("two militiamen
        killed and one wounded", which a parser reads as "two militiamen ... wounded")."""
        after = noun + 1
        if after >= len(doc) or after not in verb_label:
            return None
        participle = doc[after]
        alone = participle.pos_ == "VERB" and not any(
            c.dep_ in (_SUBJECT, _PASSIVE_SUBJECT, _OBJECT) for c in participle.children
        )
        counted = any(
            c.dep_ == _CONJ and c.i > after and self._is_number(c, keys[c.i])
            for c in doc[noun].children
        )
        return verb_label[after] if alone and participle.head.i == noun and counted else None

    def _role_label(self, anchor: Token, span: range, verb_label: dict[int, str]) -> str | None:
        """The label of the verb the counted group suffers: its object or passive subject
        ("killed 12 soldiers", "12 soldiers were killed"), the subject of a verb without
        object ("12 soldiers died"), never the agent ("gunmen killed a man"). Coordinated
        verbs share the role unless they have their own ("shot and killed a farmer", not
        "attacked a hamlet and killed one person")."""
        role, verb = listed_role(anchor)
        if role not in _VICTIM_ROLES or verb.i in span or verb.pos_ not in _VERBS:
            return None
        sharing = verbs_sharing(verb, role)
        sharing += [  # "was found executed", "seven were reported to have been killed"
            c for v in sharing for c in v.children if c.dep_ == _PREDICATE and c.pos_ in _VERBS
        ]
        harmed = any(verb_label.get(v.i) in _HARMED for v in sharing)  # not "fled the town"
        if (
            role == _SUBJECT
            and harmed
            and any(
                c.dep_ == _OBJECT and c.i not in span and c.i not in verb_label
                for v in sharing
                for c in v.children
            )
        ):
            return None  # the subject of "killed a man" is the one who killed
        told = [verb_label[v.i] for v in sharing if v.i in verb_label]
        # a harm outranks going missing: "a ranger went missing and was found murdered"
        return next((t for t in told if t in _HARMED), next(iter(told), None))

    def _bare_label(
        self, doc: Doc, start: int, number_end: int, verb_label: dict[int, str]
    ) -> str | None:
        """A number with no noun after it that a victim verb takes ("killing about ten",
        "eight were executed"): its label, or None when it counts nothing said."""
        span = range(start, number_end)
        # (a headline's number may be its sentence's root, its own head: "Five killed in ...")
        anchor = next(
            (t for t in doc[start:number_end] if t.head.i not in span or t.head.i == t.i), None
        )
        # (a conjunct of another count is counted with it; not one joined to a clause, or
        # with a participle of its own: "Two soldiers wounded and one killed")
        own = [
            verb_label[c.i]
            for c in (anchor.children if anchor is not None else ())
            if c.dep_ == _CLAUSE_MODIFIER and c.i in verb_label
        ]
        if anchor is None or (anchor.dep_ == _CONJ and anchor.head.pos_ not in _VERBS and not own):
            return None
        # (its own participle right after it before the verb the parser hangs it on:
        # "Twelve killed, 20 abducted in Katsina")
        own_next = own and number_end < len(doc) and doc[number_end].head.i == anchor.i
        label = own[0] if own_next else self._role_label(anchor, span, verb_label)
        if label is None and number_end < len(doc):  # "7 killed", "one killed and 10 injured"
            after = doc[number_end]
            if after.pos_ == "VERB" and not any(c.dep_ == _OBJECT for c in after.children):
                label = verb_label.get(after.i)
        if label is None and start > 0:  # "killing three and stealing weapons"
            before = doc[start - 1]
            if before.pos_ == "VERB" and before.i not in span:
                label = verb_label.get(before.i)
        return label if label in _VICTIM_LABELS else None

    def _singular_victims(
        self, doc: Doc, keys: Sequence[tuple[str, str]], marks: _Marks
    ) -> Iterator[Span]:
        """One person a victim verb takes, with no number: "killed a civilian", "the
        village chief was shot dead", "his brother died", "killed him", and the one a
        verb phrase names as its object's owner ("slit the throat of a civilian")."""
        for token in doc:
            if (
                token.i in marks.things
                or token.i in marks.verbs
                or not self._one(token, keys, marks.verbs)
            ):
                continue
            label = self._role_label(token, range(token.i, token.i + 1), marks.verbs)
            head = token.head
            if (
                label is None
                and token.dep_ == _NOUN_MODIFIER
                and head.dep_ == _OBJECT
                and head.i in marks.verbs
                and head.head.i in marks.verbs
            ):
                label = marks.verbs[head.i]  # "slit the throat of a civilian": one phrase
            if label is None:
                label = _participle_after(token, marks.verbs)  # "Un soldat tué dans ..."
            if label in _HARMED:
                start = min(
                    (c.left_edge.i for c in token.lefts if c.dep_ not in _OUTSIDE), default=token.i
                )
                yield Span(doc, start, token.i + 1, label=label)

    def _remains_of(self, token: Token) -> bool:
        """Whether the noun is the body a verb found ("found his body", "the corpse was
        discovered"): one dead person when singular."""
        nouns = self.remains.get(token.head.lemma_.lower(), frozenset())
        if not (
            token.pos_ == "NOUN"
            and token.dep_ in (_OBJECT, _PASSIVE_SUBJECT)
            and token.head.pos_ in _VERBS
            and (token.lower_ in nouns or token.lemma_.lower() in nouns)
        ):
            return False
        keys = doc_keys(token.doc)
        return not any(  # (not the body of a thing: "the body of the vehicle", "du camion")
            c.dep_ == _NOUN_MODIFIER
            and c.pos_ == "NOUN"
            and not self._names_people(keys, c.i)
            and any(g.dep_ == "case" and set(keys[g.i]) & self.joiners for g in c.children)
            for c in token.children
        )

    def _victim_of(self, token: Token, verbs: dict[int, str]) -> bool:
        """Whether the noun is what a verb that harms people takes as its victim, by the
        verb's own word (not a result word: "assumed the leadership, ... dead"): its object
        or its passive subject ("killed a marabout", "a tracker was assassinated")."""
        head = token.head
        return (
            token.pos_ == "NOUN"
            and token.dep_ in (_OBJECT, _PASSIVE_SUBJECT)
            and verbs.get(head.i) in _HARMED
            and head.lemma_.lower() in self.harm_verbs
        )

    def _one(
        self, token: Token, keys: Sequence[tuple[str, str]], verbs: dict[int, str] | None = None
    ) -> bool:
        """Whether ``token`` names one person: a singular people noun (or a name) after a
        singular determiner or possessive ("a civilian", "his brother"), or a singular
        personal pronoun ("him"); or any singular noun a verb that kills, wounds or abducts
        takes as its victim ("killed a marabout", "assassinated an educator": of ``verbs``,
        the victim verbs' tokens; things are set aside before)."""
        if _PLURAL in token.morph:
            return False
        if token.pos_ == "PRON":
            return (
                keys[token.i][0] in self.singular
                and _PERSONAL in token.morph
                and _POSSESSIVE_PRONOUN not in token.morph
            )
        if self._names_people(keys, token.i):
            if keys[token.i][0] != keys[token.i][1] and _SINGULAR not in token.morph:
                return False  # "civilians" (lemma "civilian") is more than one
            if _headline_noun(token):
                return True  # "Trader shot dead by gunmen": a headline drops the article
        elif (
            token.pos_ != "PROPN"
            and not any(self._names_people(keys, t.i) for t in _coordinated_with(token))
            and not self._victim_of(token, verbs or {})
            and not self._remains_of(token)
        ):
            return False  # "his arm", "a storage": no person; "a militant and a butcher" are
        return any(
            c.i < token.i and c.dep_ in _POSSESSIVE and keys[c.i][0] in self.singular
            for c in token.children
        )


def _participle_after(noun: Token, verbs: dict[int, str]) -> str | None:
    """The label of a victim verb's bare participle right after the noun, with no subject or
    object of its own, as headlines tell a toll with no verb: "Un soldat tué dans une
    embuscade", "A policeman shot dead near the border"; not a noun said of someone, whose
    participle tells who they were ("Zongo was a journalist killed in 1998")."""
    if noun.dep_ == _PREDICATE_NOMINAL or any(c.dep_ in ("cop", _SUBJECT) for c in noun.children):
        return None
    doc = noun.doc
    listed = list(conjuncts(noun))
    # a participle after the last of listed nouns is said of them all unless its agreement
    # tells otherwise: "Un chef coutumier et son fils tués" (the parser hangs it on "fils")
    shared = [c for c in listed[-1:] if _SINGULAR in noun.morph]
    for child in (*noun.rights, *(c for t in shared for c in t.rights)):
        if child.head.i != noun.i and _SINGULAR in child.morph:
            continue
        if (
            child.dep_ == _CLAUSE_MODIFIER
            # (next to it, not set off by a comma: "Le journaliste, tué en 1998, ...")
            and not any(t.is_punct for t in doc[child.head.i + 1 : child.i])
            and child.pos_ == "VERB"
            and child.i in verbs
            and "Part" in child.morph.get("VerbForm", [])
            and not any(
                c.dep_.startswith("aux") or c.dep_ in (_SUBJECT, _PASSIVE_SUBJECT, _OBJECT)
                for c in child.children
            )
        ):
            return verbs[child.i]
    return None


def _stands_for_a_noun(token: Token, verbs: dict[int, str]) -> bool:
    """« Deux soldats blessés et un tué »: the article of a victim verb's participle right
    after it stands for the noun the participle elides, a count of one."""
    verb = token.head
    return (
        verb.i == token.i + 1
        and verb.i in verbs
        and verb.pos_ == "VERB"
        and "Part" in verb.morph.get("VerbForm", [])
    )


def _headline_noun(token: Token) -> bool:
    """Whether a singular noun opens its sentence with no determiner, number or conjunct, as
    a headline tells one person ("Trader shot dead by gunmen", "Village chief abducted")."""
    return (
        bare_opening_noun(token)
        and token.dep_ in (_SUBJECT, _PASSIVE_SUBJECT, "ROOT")
        and not any(c.dep_ == _CONJ for c in token.children)
    )


def _coordinated_with(token: Token) -> list[Token]:
    """The words ``token`` is coordinated with, before or after it."""
    partners = [c for c in token.children if c.dep_ == _CONJ]
    return [token.head, *partners] if token.dep_ == _CONJ else partners


def _compound(doc: Doc, i: int) -> bool:
    """Whether token ``i`` glues a hyphen and a word to the number before it."""
    return (
        i + 1 < len(doc)
        and doc[i].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_alpha
    )


def _coordinated(
    counts: list[Span], breakdown: list[Span], marks: _Marks
) -> tuple[list[Span], list[Span]]:
    """Counts coordinated with a victim count add up to one toll: "13 soldiers and one
    gendarme were killed" is one span, "11 civilians including 1 woman and 1 girl" one
    breakdown. A count of another victim kind ("ten dead and 20 wounded"), with a verb of
    its own ("five soldiers killed and five others missing") or after a breakdown cue
    ("ten civilians including a teacher and a nurse") stays apart."""
    by_root = {span.root.i: span for span in counts}
    absorbed: set[int] = set()
    merged: dict[int, Span] = {}
    for span in sorted((*counts, *breakdown), key=lambda s: s.start):
        if span.root.i in absorbed:
            continue
        victims = span in breakdown or span.label_ in _VICTIM_LABELS
        if not victims:
            continue
        end = span.end
        listed = () if span.root.i in marks.restated else conjuncts(span.root)
        for token in (*listed, *_beside(span, by_root)):
            other = by_root.get(token.i)
            if other is None or other.start < span.end or other.root.i in absorbed:
                continue
            if (
                (other.label_ in _VICTIM_LABELS and other.label_ != span.label_)
                or other.root.i in marks.things
                or _own_predicate(other, span.label_, marks)
                or any(span.end <= i < other.start for i in marks.breakdown_cues)
            ):
                break  # the list goes on about something else
            absorbed.add(other.root.i)
            end = max(end, other.end)
        if end > span.end:
            merged[id(span)] = Span(span.doc, span.start, end, label=span.label_)
    counts = [merged.get(id(s), s) for s in counts if s.root.i not in absorbed]
    breakdown = [merged.get(id(s), s) for s in breakdown]
    return counts, breakdown


def _beside(span: Span, by_root: dict[int, Span]) -> list[Token]:
    """The root of a count joined to ``span`` by a coordinator alone that the parser made a
    second dependent of the same word instead of a conjunct ("One militant and one VDP were
    killed": two subjects of "killed")."""
    after = span.end + 1
    if after >= len(span.doc) or span.doc[span.end].pos_ != _COORDINATING:
        return []
    other = next((s for s in by_root.values() if s.start == after), None)
    if other is None or other.root.dep_ != span.root.dep_ or other.root.head != span.root.head:
        return []
    return [other.root]


def _own_predicate(count: Span, label: str, marks: _Marks) -> bool:
    """Whether a count has a victim verb of its own that says another thing happened to it
    ("2 assailants killed" after "a dozen wounded"; not "a woman accused of sorcery")."""
    return any(
        c.dep_.startswith(_CLAUSE_MODIFIER) and marks.verbs.get(c.i, label) != label
        for c in count.root.children
    )


@Language.factory("ww_counts", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_quantity_annotator(nlp: Language, name: str, lang: str) -> QuantityAnnotator:
    return QuantityAnnotator(nlp, lang)
