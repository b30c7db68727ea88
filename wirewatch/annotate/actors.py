"""Actor nouns ("le régime", "les rebelles", "la défense civile") and named people and groups."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.annotate.acronyms import long_form
from wirewatch.annotate.lexicon import Match, PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource, load_shared
from wirewatch.lang.acronyms import acronym_like
from wirewatch.lang.countries import demonyms, fold

PERSON = "person"
ORGANISATION = "organisation"
_NER_LABELS = {"PER": PERSON, "PERSON": PERSON, "ORG": ORGANISATION}
_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ", "X"})
# Dependencies only a noun bears: a subject the tagger calls a verb is a noun.
_NOUN_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
_STATE_FORCES = "government_forces"
_ARMED_GROUPS = "nonstate"  # the class of armed groups' words
_TOPONYM = "toponym"  # a place's name (not "the town": a reference to one)
# ACLED's interaction codes of armed groups (2: rebel groups, 3: political militias): the
# name of one is a mention of an armed group's concept (both languages have "rebels")
_ARMED_GROUP_INTERS = frozenset({2, 3})
_ARMED_GROUP = "rebels"


def _inside(match: Match, other: Match) -> bool:
    """Whether the match lies inside a longer one ("État islamique" inside "État islamique
    au Sahel")."""
    longer = other.end - other.start > match.end - match.start
    return longer and other.start <= match.start and match.end <= other.end


def _as_written(text: str, alias: str) -> bool:
    """Whether the text writes a name as the alias does: an acronym in capitals ("IS", not
    "is"), a capitalised name capitalised."""
    if acronym_like(alias):
        return text == alias
    return not alias[0].isupper() or text[0].isupper()


class ActorAnnotator:
    """Writes ``docspec.ACTORS``: label = actor concept, or person / organisation from NER.

    An actor word used as an adjective ("les quartiers rebelles") is not an actor mention.
    """

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "actors")
        self.lexicon = PhraseLexicon(make_tokenizer(nlp.make_doc))
        self.classes: dict[str, str] = {}
        for concept, entry in data["concepts"].items():
            self.lexicon.add(concept, entry["phrases"])
            self.classes[concept] = entry["class"]
        self.national_forces = frozenset(w.lower() for w in data.get("national_forces", ()))
        self.state_weapons = frozenset(load_shared("taxonomy").get("state_weapons", ()))
        self.demonyms = demonyms(lang)
        places = load_resource(lang, "places")
        self.area_kinds = frozenset(w.lower() for w in places["area_kinds"])
        self.of = frozenset(w.lower() for w in places["of"])
        # "a gendarmerie unit": an actor word qualifying a collective noun is who it gathers
        self.collectives = frozenset(w.lower() for w in load_resource(lang, "roles")["collectives"])
        # "a police interpreter": the interpreter, whom the police employ
        self.serving = frozenset(w.lower() for w in data["serving_civilians"])
        # Armed groups' names the aliases know ("Viv Ansanm", "KIA"): mentions of their
        # concept, as written (an acronym in capitals: "IS", not "is")
        self.group_names = PhraseLexicon(make_tokenizer(nlp.make_doc))
        for alias, entry in load_resource(lang, "actor_aliases")["aliases"].items():
            if entry["inter"] in _ARMED_GROUP_INTERS:
                self.group_names.add(alias, [alias])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        taken: set[int] = set()
        # (the words of event names: "a military air strike" qualifies "air strike")
        triggers = {i for t in doc.spans.get(docspec.TRIGGERS, ()) for i in range(t.start, t.end)}
        times = {i for t in doc.spans.get(docspec.TIMES, ()) for i in range(t.start, t.end)}
        groups = [
            m for m in self.group_names.find(doc) if _as_written(doc[m.start : m.end].text, m.label)
        ]
        # (a group's whole name before a word of it: "État islamique au Sahel")
        words = self.lexicon.find(doc)
        matches = [m for m in words if not any(_inside(m, g) for g in groups)]
        names, inside = self._group_names(doc, words)
        # (a word inside a place's name names no one: "Prince" in "Port-au-Prince")
        inside |= {
            i
            for p in doc.spans.get(docspec.PLACES, ())
            if p.label_ == _TOPONYM
            for i in range(p.start + 1, p.end)
        }
        inside |= self._kinds_of_places(doc)
        for match in matches:
            if match.start in inside:
                continue  # "People" in "the People's Defence Force (PDF)": the group's name
            span = Span(doc, match.start, match.end, label=match.label)
            head = span.root  # "unknown gunmen": the noun, not the adjective before it
            if head.dep_ == "compound" and head.head.lower_ in self.serving:
                continue  # "a police interpreter" names the interpreter, not the police
            # ... unless the noun it qualifies names an event ("militant attacks") or gathers
            # people ("a gendarmerie unit", which the tagger may call an adjective)
            if head.dep_ == "amod" and head.head.i in triggers:
                pass
            elif head.dep_ == "amod" and head.head.i in times:
                pass  # (no word qualifies a day: "ont tué dix terroristes lundi", misparsed)
            elif (
                head.dep_ == "amod" and head.pos_ in _HEAD_POS and _gathers(head, self.collectives)
            ):
                span = Span(doc, match.start, head.head.i + 1, label=match.label)
            elif (head.pos_ not in _HEAD_POS and head.dep_ not in _NOUN_DEPS) or (
                head.dep_ == "amod"
            ):
                continue  # (a subject tagged a verb is a noun: "soldiers and/or
                # gendarmes assaulted")
            spans.append(span)
            taken.update(range(span.start, span.end))
        spans += names
        taken.update(i for name in names for i in range(name.start, name.end))
        for match in groups:
            span = Span(doc, match.start, match.end)
            if taken.isdisjoint(range(match.start, match.end)) and (
                span.root.dep_ != "amod" or (len(span) > 1 and span.text[:1].isupper())
            ):
                # (of the armed group's word inside it, when the lexicon knows one: jihadists;
                # not the "Army" of the "Arakan Army"; "les rebelles houthis", « des
                # combattants séparatistes anglophones »: adjectives, not a name of several
                # words the parser hung as one: « Le groupe jihadiste Ansaroul Islam »)
                concept = next(
                    (
                        m.label
                        for m in words
                        if _inside(m, match) and self.classes.get(m.label) == _ARMED_GROUPS
                    ),
                    _ARMED_GROUP,
                )
                spans.append(Span(doc, match.start, match.end, label=concept))
                taken.update(range(match.start, match.end))
        spans += self._national_forces(doc, taken)
        spans += self._national_weapons(doc, taken)
        # A name the place annotator recognised ("Layramoun, banlieue ...") is no person.
        for place in doc.spans.get(docspec.PLACES, ()):
            taken.update(range(place.start, place.end))
        for ent in doc.ents:
            label = _NER_LABELS.get(ent.label_)
            if label and ent.root.pos_ in _HEAD_POS and taken.isdisjoint(range(ent.start, ent.end)):
                spans.append(Span(doc, ent.start, ent.end, label=label))
        spans.sort(key=lambda s: s.start)
        doc.spans[docspec.ACTORS] = spans
        doc.user_data[docspec.ACTOR_CLASSES] = self.classes
        return doc

    def _kinds_of_places(self, doc: Doc) -> set[int]:
        """The area kinds written with a place's name ("l'Etat de Zamfara", "Jonglei state":
        no government): the words of a place, naming no one ("l'Etat du Niger", a country's
        state, is its government)."""
        keys = doc_keys(doc)
        toponyms = [p for p in doc.spans.get(docspec.PLACES, ()) if p.label_ == _TOPONYM]
        before = {
            p.start - 2
            for p in toponyms
            if p.start >= 2
            and keys[p.start - 1][0] in self.of
            and keys[p.start - 2][0] in self.area_kinds
        }
        return before | {
            p.end for p in toponyms if p.end < len(doc) and keys[p.end][0] in self.area_kinds
        }

    def _group_names(self, doc: Doc, matches: list[Match]) -> tuple[list[Span], set[int]]:
        """The groups named by their spelt-out name and acronym ("the People's Defence Force
        (PDF)": one mention, the whole definition, so the resolver reads the acronym), and
        the tokens of those names. An armed group's word in the name says its concept
        ("the Islamic State West Africa Province (ISWAP)": jihadists); any other word in it
        names no one ("People", the "Army" of the "Kachin Independence Army (KIA)"): the
        mention is an organisation. A name the lexicon knows whole ("Defence and Security
        Forces") or a country's ("DRC") is left as it is."""
        places = {i for p in doc.spans.get(docspec.PLACES, ()) for i in range(p.start, p.end)}
        names: list[Span] = []
        inside: set[int] = set()
        for definition in doc.spans.get(docspec.ACRONYMS, ()):
            name = long_form(definition)
            if not places.isdisjoint(range(definition.start, definition.end)):
                continue
            within = [m for m in matches if name.start <= m.start and m.end <= name.end]
            if any(m.start == name.start and m.end == name.end for m in within):
                continue
            armed = [m.label for m in within if self.classes.get(m.label) == _ARMED_GROUPS]
            label = armed[0] if armed else ORGANISATION
            names.append(Span(doc, definition.start, definition.end, label=label))
            inside.update(m.start for m in within)
        return names, inside

    def _national_forces(self, doc: Doc, taken: set[int]) -> list[Span]:
        """ "Burkinabe forces", "les forces maliennes": a forces noun next to a demonym is
        that state's forces (the resolver reads the country from the demonym)."""
        found: list[Span] = []
        keys = doc_keys(doc)
        for token in doc:
            i = token.i
            if i in taken or keys[i][0] not in self.national_forces or token.pos_ != "NOUN":
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(doc) and j not in taken and fold(doc[j].text) in self.demonyms:
                    start, end = min(i, j), max(i, j) + 1
                    found.append(Span(doc, start, end, label=_STATE_FORCES))
                    taken.update(range(start, end))
                    break
        return found

    def _national_weapons(self, doc: Doc, taken: set[int]) -> list[Span]:
        """ "Russian airstrikes", "des frappes russes": the people's name that qualifies a
        weapon only states wield stands for that state's forces, the strikes' author (not
        one on another word of its name: "des tirs de roquettes américaines", "une attaque
        de drones iraniens" name where the weapon was made, not who fired it)."""
        found: list[Span] = []
        for trigger in doc.spans.get(docspec.TRIGGERS, ()):
            if trigger.label_ not in self.state_weapons:
                continue
            for child in trigger.root.children:
                if (
                    child.dep_ == "amod"
                    and child.i not in taken
                    and fold(child.text) in self.demonyms
                ):
                    found.append(Span(doc, child.i, child.i + 1, label=_STATE_FORCES))
                    taken.add(child.i)
        return found


def _gathers(word: Token, collectives: frozenset[str]) -> bool:
    """The word qualifies a collective noun right after it ("a gendarmerie unit")."""
    return word.head.i == word.i + 1 and word.head.lemma_.lower() in collectives


@Language.factory("ww_actors", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_actor_annotator(nlp: Language, name: str, lang: str) -> ActorAnnotator:
    return ActorAnnotator(nlp, lang)
