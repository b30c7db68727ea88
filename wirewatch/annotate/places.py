"""Place mentions: NER corrected by cue phrases, time words and actor words, plus phrases that
point at a place without naming it ("la ville", "la deuxième ville du pays", "plusieurs pays").

"Layramoun, banlieue ..." is a place whatever NER says; «Samedi» is not, whatever NER says.
Names in brackets after a place are the areas it lies in ("Tikou (Kouande, Atacora)"), not
places of their own; a compass word in brackets only describes it ("Alep (nord)").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.annotate.acronyms import long_form
from wirewatch.annotate.lexicon import PhraseLexicon, doc_keys, make_tokenizer
from wirewatch.lang import load_resource
from wirewatch.lang.countries import country_names, demonyms, fold

_NER_PLACES = frozenset({"LOC", "GPE", "FAC"})
_ORGANISATION = "ORG"
_STATES_AND_TOWNS = "GPE"
_NER_TIMES = frozenset({"DATE", "TIME"})
_NAMES_OF_PLACES_OR_PEOPLE = _NER_PLACES | docspec.PERSON_ENTITIES
# (not a state's: "a BA in Divinity")
_NAMES_NOT_OF_STATES = frozenset({"LOC", "MISC", *docspec.PERSON_ENTITIES})
_NAME_POS = frozenset({"PROPN", "NOUN", "X", "ADJ"})
_FOCUS_REFERENCE = "focus_reference"  # the label of "la ville", "the town": the story's place
_OPENING_BRACKETS = frozenset({"(", "["})
_BRACKET_REACH = 16  # tokens from "(" to ")" around the areas of a place
_PEOPLE_CLASSES = frozenset({"civilian", "communal", "protester", "rioter"})
_LEAD_IN_REACH = 4  # words between a locative and its name: "in the small village of X"
_LEAD_IN_POS = frozenset({"DET", "ADJ", "NUM"})


class PlaceAnnotator:
    """Writes ``docspec.PLACES``, labelled with one of ``docspec.PLACE_LABELS``."""

    def __init__(self, nlp: Language, lang: str) -> None:
        data = load_resource(lang, "places")
        tokenize = make_tokenizer(nlp.make_doc)
        self.descriptors = PhraseLexicon(tokenize)
        self.descriptors.add("descriptor", data["descriptors"])
        self.area_kinds = frozenset(w.lower() for w in data["area_kinds"])
        # "the University of Dori", "the hospital of Kaya": the place is the name after it
        self.institutions = PhraseLexicon(tokenize)
        self.institutions.add("institution", data.get("institutions", ()))
        self.references = PhraseLexicon(tokenize)
        self.references.add("focus_reference", data["focus_references"])
        self.references.add("capital_reference", data["capital_references"])
        self.capital_words = frozenset(w.lower() for w in data.get("capital_words", ()))
        self.references.add("country_reference", data["country_references"])
        self.references.add("vague", data["vague"])
        time = load_resource(lang, "time")
        agencies = load_resource(lang, "layout")["agencies"]  # "(AFP)" names no area
        actors = load_resource(lang, "actors")
        self.not_places = frozenset(
            w.lower()
            for w in (
                *data["not_places"],
                *data.get("institutions", ()),
                *agencies,
                *time["weekdays"],
                *time["months"],
                *time["month_abbreviations"],
                *time["parts_of_day"],
            )
        )
        actor_words = PhraseLexicon(tokenize)
        for concept, entry in actors["concepts"].items():
            actor_words.add(concept, entry["phrases"])
        self.actor_words = actor_words
        # words for people of a place ("residents of X", "youths of X")
        self.people = frozenset(
            concept
            for concept, entry in actors["concepts"].items()
            if entry["class"] in _PEOPLE_CLASSES
        )
        self.countries = country_names(lang)
        self.demonyms = demonyms(lang)
        self.name_links = frozenset(w.lower() for w in data["name_links"])
        self.compass = frozenset(w.lower() for w in data["compass"])
        self.locative = frozenset(w.split()[0].lower() for w in data["locative"])
        self.cue_phrases = [
            (label, tuple(w.lower().split()))
            for label, key in (("designation", "designations"), ("locative", "locative"))
            for w in data.get(key, ())
        ]
        self.of = frozenset(w.lower() for w in data["of"])
        self.lead_in = frozenset(w.split()[0].lower() for w in (*data["descriptors"], *data["of"]))
        self.descriptor_words = frozenset(w.lower() for w in data["descriptors"])
        self.home_people = frozenset(w.lower() for w in data["home_people"])
        # "marched to Kaya": where a verb of going goes is said as a place
        self.destinations = frozenset(w.lower() for w in data["destinations"])
        self.motions = frozenset(w.lower() for w in data["motion_verbs"])
        # words a name of people's home may not hold: an area's kind or an institution
        # ("Water Department workers"); nor may it be an ethnic group's ("Bariba youths")
        self.not_home = frozenset(
            w.lower()
            for w in (*data["descriptors"], *data["area_kinds"], *data.get("institutions", ()))
        )
        self.ethnic_groups = frozenset(fold(name) for name in actors["ethnic_groups"])

    def __call__(self, doc: Doc) -> Doc:
        keys = doc_keys(doc)
        actor_matches = self.actor_words.find(doc)
        actor_tokens = {i for m in actor_matches for i in range(m.start, m.end)}
        found: list[Span] = []
        # "the University of Dori" is in Dori: an institution's word before "of" is no name
        named_after = {
            m.start: m.end + 1
            for m in self.institutions.find(doc)
            if m.end < len(doc) and keys[m.end][0] in self.of
        }
        timed = {i for t in doc.spans.get(docspec.TIMES, ()) for i in range(t.start, t.end)}
        for ent in doc.ents:
            # A name holds no bracket, nor a day: NER's "Tchaourou (Tchaourou" is "Tchaourou",
            # its "Tessalit samedi" (« ont attaqué Tessalit samedi ») "Tessalit"; nor the
            # article English NER takes into a state's or a town's name ("the United States",
            # "The Hague": "Hague"). An article before another kind of name is no place's
            # ("the Grand Imam", "the Western Region" of an unnamed country).
            end = next((t.i for t in ent if t.text in _OPENING_BRACKETS or t.i in timed), ent.end)
            start = ent.start
            if ent.label_ == _STATES_AND_TOWNS or self._named_area(ent):
                start = next((t.i for t in ent if t.pos_ != "DET"), end)
            first = next((t.i for t in ent if t.pos_ != "DET"), start)
            start = named_after.get(first, start)
            if (
                # (a country's very name is a place, even taken for an organisation: "the
                # security and defense forces of Burkina Faso", "Benins electoral commission")
                (
                    ent.label_ in _NER_PLACES
                    or (ent.label_ == _ORGANISATION and fold(doc[start:end].text) in self.countries)
                )
                and end > start
                and self._plausible(doc, start, end, actor_tokens)
            ):
                found.append(self._labelled(doc, start, end))
        found += self._located_names(doc, actor_tokens)
        found += self._home_names(doc, actor_tokens)
        for match in actor_matches:
            # "residents of Tchaourou", "townhall workers of Natitingou": where they live
            j = match.end + 1
            if match.label in self.people and j < len(doc) and keys[j - 1][0] in self.of:
                end = self._name_end(doc, j)
                if (
                    end > j
                    and doc[j].pos_ == "PROPN"
                    and self._plausible(doc, j, end, actor_tokens)
                ):
                    found.append(self._labelled(doc, j, end))
        for j in named_after.values():
            # "students at the University of Dori": the town the institution is named after
            if j < len(doc) and doc[j].pos_ == "PROPN":
                end = self._name_end(doc, j)
                if end > j and self._plausible(doc, j, end, actor_tokens):
                    found.append(self._labelled(doc, j, end))
        for match in self.descriptors.find(doc):
            # "le quartier de Boustane al-Qasr", "le camp militaire de Léré": the name after
            # the descriptor (and its adjectives)
            j = match.end
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1
            if j > match.end and (j >= len(doc) or keys[j][0] not in self.of):
                j = match.end  # (adjectives and no name: "le camp militaire, ...")
            if j < len(doc) and keys[j][0] in self.of:
                j += 1
            end = self._name_end(doc, j)
            if end > j and self._plausible(doc, j, end, actor_tokens):
                found.append(self._labelled(doc, j, end))
            # "Layramoun, banlieue rebelle": a name in apposition before the descriptor; an
            # area's kind only with its "of" word ("Gao, région du nord"): "Selon le Hamas,
            # l'Etat hébreu", "Bazoum, l'Etat islamique" name no place
            k = match.start
            while k > 0 and doc[k - 1].pos_ == "DET":
                k -= 1
            kind_alone = keys[match.start][0] in self.area_kinds and (
                match.end >= len(doc) or keys[match.end][0] not in self.of
            )
            if k > 1 and doc[k - 1].text == "," and not kind_alone:
                start = self._name_start(doc, k - 1)
                if start < k - 1 and self._plausible(doc, start, k - 1, actor_tokens):
                    found.append(self._labelled(doc, start, k - 1))
            # "dropped two bombs on Let Pan Hla village": a name the tagger broke up ("Let" a
            # verb, "Pan Hla" a person), capitalised words between a preposition and the
            # descriptor they qualify
            start = self._capitalised_start(doc, match.start)
            if (
                0 < start < match.start
                and doc[start - 1].pos_ == "ADP"
                and not any(f.start < match.start and start < f.end for f in found)
                and self._plausible(doc, start, match.start, actor_tokens)
            ):
                found.append(self._labelled(doc, start, match.start))
            # "Djime, Zou department", "Haiti's Artibonite region": a name with its kind, set
            # beside a place or owned by a country, is an area when NER took the name for no
            # place ("Zou" a person; "Ketou commune" stays the town NER found)
            start = self._name_start(doc, match.start)
            owner = start - 1  # (past the adjectives: "Nigeria's central Plateau state")
            while owner > 0 and doc[owner].pos_ == "ADJ":
                owner -= 1
            if (
                0 < start < match.start
                and (doc[start - 1].text == "," or self._country_owns(doc[owner]))
                and not any(f.start <= start < f.end for f in found)
                and self._plausible(doc, start, match.start, actor_tokens)
            ):
                found.append(self._labelled(doc, start, match.end))
        found = _without_overlaps([self._after_its_kind(doc, s) for s in found])
        areas = self._enclosing(doc, found)
        in_areas = {i for a in areas for i in range(a.start, a.end)}
        found = [s for s in found if in_areas.isdisjoint(range(s.start, s.end))] + areas
        named = {s.start for s in found}
        for match in self.references.find(doc):
            after = match.end + 1  # "la ville de Sake": the descriptor of the name after it
            if (
                match.label == _FOCUS_REFERENCE
                and match.end < len(doc)
                and keys[match.end][0] in self.of
                and after in named
            ):
                continue
            found.append(Span(doc, match.start, match.end, label=match.label))
        found = [self._capital_of(doc, s) if s.label_ == "country" else s for s in found]
        found = [s for s in found if not self._in_group_name(doc, s)]
        doc.spans[docspec.PLACES] = found = _without_overlaps(found)
        doc.spans[docspec.PLACE_CUES] = [
            cue for span in found if (cue := self._locative_cue(doc, span.start)) is not None
        ]
        return doc

    def _in_group_name(self, doc: Doc, span: Span) -> bool:
        """Whether the words lie in a name spelt out before its acronym that is no country's:
        "the March 23 Movement (M23)", "Forces démocratiques de libération du Rwanda
        (FDLR)" hold no place, nor does their bracket ("Democratic Republic of Congo (DRC)"
        is the country)."""
        for definition in doc.spans.get(docspec.ACRONYMS, ()):
            name = long_form(definition)
            if definition.start <= span.start and span.end <= definition.end:
                return fold(name.text) not in self.countries
        return False

    def _country_owns(self, mark: Token) -> bool:
        """The token is the possessive mark of a country's name ("Haiti['s]")."""
        return (
            mark.dep_ == "case"
            and mark.head.i < mark.i
            and fold(mark.doc[mark.head.left_edge.i : mark.i].text) in self.countries
        )

    def _capital_of(self, doc: Doc, country: Span) -> Span:
        """A country's name before a word for its capital ("the Burkina Faso capital",
        "Benin's capital") names the capital: one ``capital_reference`` span for both."""
        j = country.end
        if j < len(doc) and doc[j].tag_ == "POS":
            j += 1  # the possessive "'s"
        if j >= len(doc) or doc[j].lower_ not in self.capital_words:
            return country
        start = country.start
        if start > 0 and doc[start - 1].pos_ == "DET":
            start -= 1
        return Span(doc, start, j + 1, label="capital_reference")

    def _locative_cue(self, doc: Doc, start: int) -> Span | None:
        """The locative phrase written before the name at ``start``, with the words that
        introduce the name ("in the village of" Boula, "north of" Djibo), wherever the parser
        hangs it: labelled "locative", or "designation" for a phrase that says where an event
        is placed ("coded as" Djibo); its ``kb_id`` is the phrase's first word."""
        sent_start = doc[start].sent.start
        lead = start
        while (
            lead > sent_start
            and start - lead < _LEAD_IN_REACH
            and (doc[lead - 1].lower_ in self.lead_in or doc[lead - 1].pos_ in _LEAD_IN_POS)
        ):
            lead -= 1
        for end in (start, lead) if lead < start else (start,):  # "of" may end one: "north of"
            for label, phrase in self.cue_phrases:
                first = end - len(phrase)
                if first >= sent_start and tuple(t.lower_ for t in doc[first:end]) == phrase:
                    return Span(doc, first, start, label=label, kb_id=phrase[0])
        return None

    def _located_names(self, doc: Doc, actor_tokens: set[int]) -> list[Span]:
        """Proper names a locative preposition puts an event at ("in Cotonou"), or a verb of
        going goes to ("marched to Kaya"), or that areas in brackets follow ("Cotonou
        (Littoral)"), whatever NER calls them."""
        found: list[Span] = []
        i = 0
        while i < len(doc):
            name_like = doc[i].pos_ == "PROPN" or _entity_as_noun(doc[i])
            if not name_like or not self._is_name_token(doc, i):
                i += 1
                continue
            end = self._name_end(doc, i)
            name = doc[i:end]
            located = self._locative_cue(doc, i) is not None or any(
                c.dep_ == "case"
                and (
                    c.lower_ in self.locative
                    or (c.lower_ in self.destinations and self._gone_to_do(name.root.head))
                )
                for c in name.root.children
            )
            bracketed = bool(self._bracket_areas(doc, docspec.bracket_after(doc, end)))
            if (located or bracketed) and self._plausible(doc, i, end, actor_tokens):
                found.append(self._labelled(doc, i, end))
            i = max(end, i + 1)
        return found

    def _home_names(self, doc: Doc, actor_tokens: set[int]) -> list[Span]:
        """Proper names set before a word for people as where they live or work, whatever
        NER calls them ("Djibo residents", "Bante public agents", "Pouytenga students"): the
        place their ``_home_of_authors`` rule reads. Only words the tagger or NER takes for
        names, no acronym ("SYNTSHA agents"), no area's kind or institution ("Water
        Department agents"), no ethnic group or demonym ("Bariba youths", "Burkinabe
        traders"); the words for people are ``home_people`` in places.yaml."""
        found: list[Span] = []
        for people in doc:
            if people.lower_ not in self.home_people or people.pos_ != "NOUN":
                continue
            end = people.i
            while end > 0 and doc[end - 1].pos_ == "ADJ" and doc[end - 1].text.islower():
                end -= 1  # "Bante public agents"
            start = self._name_start(doc, end)
            name = doc[start:end]
            if (
                start < end
                and name.root.head.i == people.i
                and all(_read_as_name(t) or t.lower_ in self.name_links for t in name)
                and not all(t.text.isupper() for t in name)
                and self.not_home.isdisjoint(t.lower_ for t in name)
                and fold(name.text) not in self.ethnic_groups
                and self._plausible(doc, start, end, actor_tokens)
            ):
                found.append(self._labelled(doc, start, end))
        return found

    def _gone_to_do(self, verb: Token) -> bool:
        """A verb of going that is an event's or goes to do one ("marched to Kaya", "went to
        Koubri to protest"; not "headed to Arbinda after militants attacked Djibo")."""
        if verb.lemma_.lower() not in self.motions:
            return False
        events = {t.root.i for t in verb.doc.spans.get(docspec.TRIGGERS, ())}
        return verb.i in events or any(
            c.i in events and docspec.purpose_of(c) for c in verb.children
        )

    def _enclosing(self, doc: Doc, names: list[Span]) -> list[Span]:
        """The areas named in brackets right after a place name, or after the word that says
        what kind of place it is: "Tikou (Kouande, Atacora)", "Nouari village (Materi,
        Atacora)"."""
        areas: list[Span] = []
        for name in names:
            if name.label_ in ("toponym", "country"):
                areas += self._bracket_areas(doc, docspec.bracket_after(doc, name.end))
        return areas

    def _bracket_areas(self, doc: Doc, start: int) -> list[Span]:
        """The area names of a bracket opening at token ``start`` ("(Kouande, Atacora)"), or
        nothing when it holds anything else ("(AFP)", "(nord)", "(photo)")."""
        if start >= len(doc) or doc[start].text != "(":
            return []
        close = next(
            (k for k in range(start + 1, min(len(doc), start + _BRACKET_REACH))
             if doc[k].text == ")"),
            None,
        )  # fmt: skip
        if close is None:
            return []
        parts: list[Span] = []
        first = start + 1
        for k in range(start + 1, close + 1):
            if k == close or doc[k].text == ",":
                if first < k:
                    parts.append(doc[first:k])
                first = k + 1
        if not parts or not all(self._area_name(part) for part in parts):
            return []
        return [Span(doc, p.start, p.end, label="enclosing") for p in parts]

    def _area_name(self, part: Span) -> bool:
        lower = part.text.lower()
        if lower in self.compass or lower in self.not_places or not part[0].text[:1].isupper():
            return False
        return all(
            t.text[:1].isupper() or t.lower_ in self.name_links or t.text == "-" for t in part
        )

    def _is_name_token(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        return token.text[:1].isupper() and token.pos_ in _NAME_POS

    def _name_end(self, doc: Doc, j: int) -> int:
        end = j
        while end < len(doc) and (
            self._is_name_token(doc, end)
            or (
                end > j
                and doc[end].lower_ in self.name_links
                and end + 1 < len(doc)
                and (self._is_name_token(doc, end + 1) or _hyphened(doc, end))
            )
        ):
            end += 1 + (end > j and _hyphened(doc, end))
        return end

    def _capitalised_start(self, doc: Doc, end: int) -> int:
        """The first of the capitalised words right before ``end`` that qualify the word at
        ``end`` (none the sentence opens with)."""
        start = end
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and not _opens_a_phrase(doc[start - 1])
            and doc[start - 1].head.i in range(start, end + 1)
        ):
            start -= 1
        return start

    def _name_start(self, doc: Doc, end: int) -> int:
        start = end
        while start > 0 and (
            self._is_name_token(doc, start - 1)
            or (start < end and doc[start - 1].lower_ in self.name_links)
        ):
            start -= 1
        while start < end and not self._is_name_token(doc, start):
            start += 1
        return start

    def _after_its_kind(self, doc: Doc, span: Span) -> Span:
        """The name a span holds after an area's kind and its "of" word, which the tagger
        or the name's links took in (« l'Etat de Benue »: Benue, the state's name)."""
        keys = doc_keys(doc)
        start = span.start
        if (
            span.end - start > 2
            and keys[start][0] in self.area_kinds
            and keys[start + 1][0] in self.of
        ):
            return self._labelled(doc, start + 2, span.end)
        return span

    def _named_area(self, ent: Span) -> bool:
        """An area NER takes with its article, named by a name of its own and its kind: "the
        Est Region", "the Centre-Est region" (not "the Western Region" of an unnamed country:
        a cardinal point names none)."""
        words = [t for t in ent if t.pos_ != "DET"]
        if len(words) < 2 or words[-1].lower_ not in self.descriptor_words:
            return False
        first = words[0].lower_
        return first not in self.compass and first.removesuffix("ern") not in self.compass

    def _plausible(self, doc: Doc, start: int, end: int, actor_tokens: set[int]) -> bool:
        first = doc[start]
        if not first.text[:1].isupper() or first.pos_ in ("AUX", "PRON", "DET"):
            return False
        if first.pos_ == "VERB" and _opens_a_phrase(first):
            return False  # "Pilonnée, la ville ...": a verb capitalised as the first word
            # (one inside a sentence is a name the tagger took for a verb: "the northwestern
            # Sagaing region")
        if all(doc_keys(doc)[i][0] in self.not_places for i in range(start, end)):
            return False
        if all(doc[i].lower_ in self.descriptor_words for i in range(start, end)):
            return False  # "Sector 5 of Djibo": a capitalised descriptor names no place
        if _named_day(doc, start):
            return False  # "a march on the Day of the African Child"
        if any(_letters_and_digits(doc[i].text) for i in range(start, end)):
            return False  # "between Mar.28 and Apr.7": a date or a code, no place name
        name = fold(doc[start:end].text)
        if name in self.demonyms and name not in self.countries:
            return False  # "Burkinabe miners": the people of a place, not where it is

        return not actor_tokens.issuperset(range(start, end))

    def _labelled(self, doc: Doc, start: int, end: int) -> Span:
        """A country's name is the country, unless areas in brackets follow it: "Tonga
        (Gorgadji, Seno)" is a village of that commune, which no country lies in."""
        country = fold(doc[start:end].text) in self.countries and not self._bracket_areas(
            doc, docspec.bracket_after(doc, end)
        )
        return Span(doc, start, end, label="country" if country else "toponym")


def _named_day(doc: Doc, start: int) -> bool:
    """The name is a day NER reads with its article ("the Day of the African Child"). NER
    also calls places dates ("in Manbij", "in Winnipeg"), without an article it reads in; a
    place it so reads with one is lost ("the May Day Square"). French NER tags no dates."""
    return (
        start > 0
        and doc[start].ent_type_ in _NER_TIMES
        and doc[start - 1].ent_type_ == doc[start].ent_type_
        and doc[start - 1].pos_ == "DET"
    )


def _read_as_name(token: Token) -> bool:
    """The tagger or NER takes the word for a name ("one Ganro youth": an adjective NER calls
    a person); NER's organisations are not enough ("Justice workers")."""
    return token.pos_ == "PROPN" or token.ent_type_ in _NAMES_OF_PLACES_OR_PEOPLE


def _entity_as_noun(token: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for a common noun and NER
    for part of a name ("ont arrêté à Kaya deux hommes": "Kaya deux hommes" MISC; "the army
    camp in Tessalit", a person), after a word in lower case (not a headline in title case:
    "Gunmen Attack Village")."""
    return (
        token.pos_ == "NOUN"
        and token.ent_type_ in _NAMES_NOT_OF_STATES
        and not _opens_a_phrase(token)
        and token.nbor(-1).text.islower()
    )


def _opens_a_phrase(token: Token) -> bool:
    """The token is the first word of its sentence, or the first after punctuation."""
    return token.is_sent_start or token.i == 0 or token.nbor(-1).is_punct


def _hyphened(doc: Doc, i: int) -> bool:
    """A hyphen written inside a word, before a name written in lower case ("Loumbou-loumbou",
    "Bidi-peulh") or a link to another hyphen ("Ti-n-Samane"): what follows it is part of
    the name; a word of another kind makes an adjective of it ("Seattle-based",
    "Chicago-area")."""
    if not (
        doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_alpha
    ):
        return False
    linked = i + 2 < len(doc) and doc[i + 2].text == "-" and not doc[i + 1].whitespace_
    return doc[i + 1].pos_ == "PROPN" or linked


def _letters_and_digits(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest first, then earliest; a cue-found name replaces a shorter NER one."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


@Language.factory("ww_places", assigns=["doc.spans"], default_config={"lang": "fr"})
def make_place_annotator(nlp: Language, name: str, lang: str) -> PlaceAnnotator:
    return PlaceAnnotator(nlp, lang)
