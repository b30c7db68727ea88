"""What a sentence tells as having come before its own event ("After a clash on Monday,
fighting continued"), what an arrest or a burning was for ("arrested two men for the murder
of a trader"), and what a participle says of a noun ("the new cabinet, appointed on February
21"): their dates and verbs are not the sentence's event's. Sentences written for the
project in wire and ACLED-note style, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.types import Event, Status

PUBLISHED = date(2021, 6, 16)  # a Wednesday


def _events(text: str, lang: str = "en") -> list[Event]:
    return [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type]


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger.text.lower() == word)


@pytest.mark.parametrize(
    ("text", "lang", "before", "after", "after_day"),
    [
        (
            "After a clash between soldiers and police in Kaya on Monday, fighting continued"
            " between the two sides.",
            "en",
            "clash",
            "fighting",
            PUBLISHED,
        ),
        (
            "After clashes between herders and farmers near Kaya two days earlier, fighting"
            " resumed in the village of Bissiga.",
            "en",
            "clashes",
            "fighting",
            PUBLISHED,
        ),
        (
            "Après des affrontements entre soldats et policiers lundi, les combats se sont"
            " poursuivis mercredi à Kaya.",
            "fr",
            "affrontements",
            "combats",
            PUBLISHED,
        ),
    ],
)
def test_the_fight_after_another_is_its_own_event_on_its_own_day(
    text: str, lang: str, before: str, after: str, after_day: date
) -> None:
    # the fight that came before neither dates the one after it nor merges with it, and is
    # told after it; the verb of the fight after ("continued") makes the one before no
    # ongoing fight
    events = _events(text, lang)
    earlier, later = _by_trigger(events, before), _by_trigger(events, after)
    assert earlier is not later
    assert later.when is not None and later.when.coded_day() == after_day
    assert earlier.when is not None and earlier.when.coded_day() < after_day
    assert events.index(later) < events.index(earlier)
    assert earlier.status is Status.REPORTED


def test_the_toll_of_the_fight_before_stays_with_it() -> None:
    events = _events(
        "After a clash between soldiers and police on Monday in which a soldier was killed,"
        " fighting continued in Kaya."
    )
    earlier, later = _by_trigger(events, "clash"), _by_trigger(events, "fighting")
    assert events[0] is later
    assert earlier.fatalities is not None and earlier.fatalities.best == 1
    assert later.fatalities is None


def test_a_fight_told_by_its_gerund_is_between_the_sides_named_after_it() -> None:
    event = _events("Fighting continued between soldiers and police in Kaya on Tuesday.")[0]
    assert event.event_type == "Battles"
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Burkina Faso"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Burkina")


def test_what_befell_the_place_before_a_demand_does_not_make_the_march_violent() -> None:
    # the road destroyed and the boy who died came before the demand: no riot of the
    # marchers, no toll of theirs
    events = _events(
        "On 14 June 2021, a group of women marched in Kaya. The marchers demanded the"
        " closure of a quarry after a road was destroyed and a boy died."
    )
    march = events[0]
    assert (march.event_type, march.sub_event_type) == ("Protests", "Peaceful protest")
    assert march.fatalities is None
    assert _by_trigger(events, "destroyed").status is Status.REPORTED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "In Koudougou, pupils blocked the roads to demand the resignation of the new"
            " cabinet, appointed on February 21, witnesses said.",
            PUBLISHED,
        ),
        (
            "Pupils blocked the roads in Koudougou on Tuesday to demand the resignation of"
            " the governor, appointed in March.",
            date(2021, 6, 15),
        ),
    ],
)
def test_a_participle_after_a_noun_dates_that_noun_not_the_deed(text: str, day: date) -> None:
    event = _by_trigger(_events(text), "blocked")
    assert event.when is not None and event.when.coded_day() == day


def test_a_participle_of_the_trigger_s_own_people_still_dates_them() -> None:
    # (a passive trigger: the participle after the comma tells the same soldiers' fate)
    events = _events("Two soldiers were killed near Djibo, ambushed on Monday by militants.")
    ambush = _by_trigger(events, "ambushed")
    assert ambush.when is not None and ambush.when.coded_day() == date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "After a clash between soldiers and militants near Djibo on Monday, fighting"
            " continued between the two sides.",
            "en",
        ),
        (
            "After a clash between soldiers and militants near Djibo on Monday, fighting"
            " continued between the two groups.",
            "en",
        ),
        (
            "Après des affrontements entre soldats et jihadistes lundi, les combats ont repris"
            " entre les deux camps près de Djibo.",
            "fr",
        ),
    ],
)
def test_the_two_sides_are_those_of_the_fight_told_before(text: str, lang: str) -> None:
    # "the two sides" names again the soldiers and the militants: their battle, no brawl
    later = _events(text, lang)[0]
    assert later.when is not None and later.when.coded_day() == PUBLISHED
    assert (later.event_type, later.sub_event_type) == ("Battles", "Armed clash")
    assert later.actor1 is not None and later.actor1.name == "Military Forces of Burkina Faso"
    assert later.actor2 is not None and later.actor2.name == "Islamist Militants (Burkina Faso)"


def test_the_two_sides_with_no_fight_before_name_no_one() -> None:
    event = _events("Fighting continued between the two sides near Djibo.")[0]
    assert (event.event_type, event.actor1) == ("Battles", None)


def test_a_fight_told_again_between_the_two_groups_is_the_same_fight() -> None:
    events = _events(
        "Soldiers clashed with militants near Djibo. Fighting between the two groups lasted hours."
    )
    assert len(events) == 1 and events[0].event_type == "Battles"


@pytest.mark.parametrize(
    ("text", "lang", "word", "day"),
    [
        # the cause of a toll told in the passive is the same incident: its day is the toll's
        (
            "Three soldiers were killed after gunmen attacked their patrol near Djibo on Sunday.",
            "en",
            "attacked",
            date(2021, 6, 13),
        ),
        (
            "Trois soldats ont été tués après que des hommes armés ont attaqué leur patrouille"
            " près de Djibo dimanche.",
            "fr",
            "attaqué",
            date(2021, 6, 13),
        ),
        # the same authors' earlier step, told with no subject of its own
        (
            "Unidentified gunmen abducted a village chief after attacking his home near Dori on"
            " Friday.",
            "en",
            "abducted",
            date(2021, 6, 11),
        ),
        (
            "Des hommes armés ont enlevé deux commerçants après avoir arrêté leur véhicule près"
            " de Dori samedi.",
            "fr",
            "enlevé",
            date(2021, 6, 12),
        ),
        # a distance in time from an earlier event dates the event told after it
        (
            "Two days after the attack, the army launched air strikes near Djibo.",
            "en",
            "air strikes",
            PUBLISHED,
        ),
    ],
)
def test_what_came_before_in_the_same_incident_keeps_its_day(
    text: str, lang: str, word: str, day: date
) -> None:
    # (the day stated once dates the incident, whichever event tells the word)
    event = next(e for e in _events(text, lang) if word in [m.text for m in e.mentions])
    assert event.when is not None and event.when.coded_day() == day


def test_a_participle_on_the_event_s_own_noun_dates_it() -> None:
    event = _events(
        "Gunmen killed four people in an attack, carried out on Saturday in Tin-Akoff."
    )[0]
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 12)


def test_a_killing_before_a_demand_is_no_toll_of_the_march() -> None:
    events = _events(
        "Protesters demanded justice after soldiers killed two herders on Friday, but the march"
        " remained peaceful."
    )
    march = _by_trigger(events, "march")
    assert (march.sub_event_type, march.fatalities) == ("Peaceful protest", None)
    killing = _by_trigger(events, "killed")
    assert killing.status is Status.REPORTED
    assert killing.when is not None and killing.when.coded_day() == date(2021, 6, 11)


@pytest.mark.parametrize(
    ("text", "lang", "protest", "deed"),
    [
        (
            "On 14 June, traders protested in Kaya after their stalls were burned.",
            "en",
            "protested",
            "burned",
        ),
        (
            "Lundi, des commerçants ont manifesté à Kaya après que leurs étals ont été incendiés.",
            "fr",
            "manifesté",
            "incendiés",
        ),
    ],
)
def test_what_befell_the_protesters_before_is_no_deed_of_theirs(
    text: str, lang: str, protest: str, deed: str
) -> None:
    # the burning, told in the passive with what it befell, has an author the text leaves
    # unnamed: the traders did not burn their own stalls
    events = _events(text, lang)
    assert _by_trigger(events, protest).sub_event_type == "Peaceful protest"
    burning = _by_trigger(events, deed)
    assert burning.event_type != "Riots"
    assert burning.actor1 is None


@pytest.mark.parametrize(
    ("text", "lang", "raid", "killing"),
    [
        (
            "On 14 June, soldiers raided a militant camp near Djibo after two gendarmes were "
            "killed.",
            "en",
            "raided",
            "killed",
        ),
        (
            "Le 14 juin, des soldats ont attaqué un camp près de Djibo après que deux gendarmes "
            "ont été tués.",
            "fr",
            "attaqué",
            "tués",
        ),
    ],
)
def test_a_killing_before_a_raid_is_its_own_event(
    text: str, lang: str, raid: str, killing: str
) -> None:
    # the gendarmes' death came before the raid: not its result, its outcome nor its toll
    events = _events(text, lang)
    assert _by_trigger(events, raid).fatalities is None
    dead = _by_trigger(events, killing)
    assert dead.fatalities is not None and dead.fatalities.best == 2


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the toll the phrase hangs on through the verb joined to it
        (
            "Five soldiers were killed and three others are missing after an ambush near Djibo.",
            5,
        ),
        # a headline's bare participle is a toll told in the passive
        ("Four soldiers killed, eleven missing after ambush near Tessit.", 4),
    ],
)
def test_an_ambush_after_which_soldiers_died_is_their_death(text: str, dead: int) -> None:
    events = _events(text)
    assert len(events) == 1, [e.trigger.text for e in events]
    assert events[0].fatalities is not None and events[0].fatalities.best == dead


@pytest.mark.parametrize(
    ("text", "lang", "taken", "deed", "sub"),
    [
        (
            "Police detained three youths in Fada on Sunday after the killing of a shopkeeper.",
            "en",
            "detained",
            "killing",
            "Arrests",
        ),
        (
            "Les gendarmes ont interpellé trois jeunes dimanche à Fada après le meurtre d'un"
            " boutiquier.",
            "fr",
            "interpellé",
            "meurtre",
            "Arrests",
        ),
        # (not only a killing: any violence but a fight, in which they may have been taken)
        (
            "Gendarmes detained twelve people in Dori on Monday after a bomb attack on the market"
            " killed four traders.",
            "en",
            "detained",
            "attack",
            "Arrests",
        ),
        (
            "Police arrested two men in Dori for the attack on a bus near Kaya on Sunday.",
            "en",
            "arrested",
            "attack",
            "Arrests",
        ),
        (
            "Police arrested two men for the murder of a trader in Kaya on Sunday.",
            "en",
            "arrested",
            "murder",
            "Arrests",
        ),
        (
            "Police arrested a suspect in the murder of a shopkeeper in Fada.",
            "en",
            "arrested",
            "murder",
            "Arrests",
        ),
        (
            "Gendarmes detained a man in connection with the killing of a teacher in Dori.",
            "en",
            "detained",
            "killing",
            "Arrests",
        ),
        (
            "Angry youths burned the police station in Kaya on Sunday over the killing of a"
            " motorcyclist.",
            "en",
            "burned",
            "killing",
            "Mob violence",
        ),
        (
            "Les gendarmes ont interpellé un suspect dans le cadre du meurtre d'un commerçant à"
            " Kaya.",
            "fr",
            "interpellé",
            "meurtre",
            "Arrests",
        ),
        # (« pour protester » tells a protest, as "in protest at" does: a violent one)
        (
            "Des jeunes en colère ont incendié dimanche le commissariat de police à Kaya pour"
            " protester contre le meurtre d'un commerçant.",
            "fr",
            "incendié",
            "meurtre",
            "Violent demonstration",
        ),
        # (a mark of several words, whose last the parser hangs on the verb: "at")
        (
            "Youths burned the police station in Kaya on Sunday in anger at the killing of a"
            " motorcyclist.",
            "en",
            "burned",
            "killing",
            "Mob violence",
        ),
        (
            "Youths burned the police station in Kaya on Sunday in protest at the killing of a"
            " motorcyclist.",
            "en",
            "burned",
            "killing",
            "Violent demonstration",
        ),
        (
            "Des jeunes ont incendié dimanche le commissariat de Kaya en représailles au meurtre"
            " d'un commerçant.",
            "fr",
            "incendié",
            "meurtre",
            "Mob violence",
        ),
        (
            "Des jeunes ont incendié dimanche le commissariat de Kaya en signe de protestation"
            " contre le meurtre d'un commerçant.",
            "fr",
            "incendié",
            "meurtre",
            "Mob violence",
        ),
    ],
)
def test_a_killing_before_an_arrest_or_what_it_was_for_is_no_part_of_it(
    text: str, lang: str, taken: str, deed: str, sub: str
) -> None:
    # the killing came before the arrest or the burning, or is what it was for: another
    # event, no deed of the arresting force or the crowd
    events = _events(text, lang)
    done, killing = _by_trigger(events, taken), _by_trigger(events, deed)
    assert done.sub_event_type == sub
    assert done.actor1 is not None and killing.actor1 is not None
    assert killing.actor1.name != done.actor1.name


def test_a_killing_in_the_raid_of_an_arrest_is_still_part_of_it() -> None:
    # the killing is told in a clause of the raid's own, not as what the arrest was for
    events = _events(
        "Soldiers arrested ten men in a raid on the village of Bissiga in which three others"
        " were killed."
    )
    assert [e.fatalities.best if e.fatalities else None for e in events] == [3]


def test_a_protest_a_deed_was_done_in_is_that_deed() -> None:
    # "in protest" says how the police station was burned: one violent demonstration
    events = _events("Hundreds of youths burned the police station in Kaya on Sunday in protest.")
    assert [(e.sub_event_type, [m.text for m in e.mentions]) for e in events] == [
        ("Violent demonstration", ["burned", "protest"])
    ]


@pytest.mark.parametrize(
    ("text", "lang", "deed"),
    [
        ("Nine months after the Solhan attack, gunmen killed two teachers near Djibo on Monday.",
         "en", "killed"),
        # the French parser makes the attack the killing's subject, its « après » and all
        ("Neuf mois après l'attaque de Solhan, des hommes armés ont tué deux enseignants près "
         "de Djibo lundi.", "fr", "tué"),
    ],
)  # fmt: skip
def test_a_killing_after_an_attack_told_as_what_came_before_is_its_own(
    text: str, lang: str, deed: str
) -> None:
    # the attack months before neither takes in the killing nor gives it its toll
    killing = _by_trigger(_events(text, lang), deed)
    assert killing.fatalities is not None and killing.fatalities.best == 2
    assert killing.when is not None and killing.when.coded_day() == date(2021, 6, 14)


def test_reinforcements_sent_after_an_attack_are_not_told_by_it() -> None:
    # the attack came before the reinforcements: it is no deed of theirs (ACLED codes the
    # dispatch as a change of activity, the attack apart)
    events = _events(
        "Le ministre de la Sécurité a annoncé l'envoi de renforts militaires à Djibo après "
        "l'attaque de samedi.",
        "fr",
    )
    sent = _by_trigger(events, "renforts")
    assert (sent.event_type, sent.sub_event_type) == (
        "Strategic developments",
        "Change to group/activity",
    )
