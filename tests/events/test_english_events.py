"""English wire copy through the same stages: typing by ACLED's conventions, actors, places in
the areas the text names, tolls. Sentences written for the project in ACLED-note and wire style."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wirewatch import extract
from wirewatch.config import Settings
from wirewatch.events.records import with_unique_ids
from wirewatch.types import Event, Kind, Role, Status

PUBLISHED = date(2021, 6, 14)


def _all(text: str, country: str) -> list[Event]:
    return extract(text, PUBLISHED, lang="en", settings=Settings(lang="en", country=country))


def _main(text: str, country: str | None = None) -> Event:
    settings = Settings(lang="en", vague_counts="acled", country=country)
    events = [
        e
        for e in extract(text, PUBLISHED, lang="en", settings=settings)
        if e.status is Status.REPORTED and e.event_type
    ]
    assert events, f"no reported event in {text!r}"
    return events[0]


def _event_of(text: str, lang: str, trigger: str) -> Event:
    """The event the trigger word tells, in either language."""
    return next(e for e in extract(text, PUBLISHED, lang=lang) if e.trigger.text == trigger)


def _typed_events(text: str, published: date) -> list[Event]:
    """The events of a wire story that ACLED types, dated by its dateline."""
    return [e for e in extract(text, published, lang="en") if e.event_type]


def _one_violent_event(text: str, country: str) -> Event:
    """The one event ACLED types that a wire story tells over its paragraphs."""
    violent = [e for e in _all(text, country) if e.event_type]
    assert len(violent) == 1, [e.trigger.text for e in violent]
    return violent[0]


def _typed(text: str) -> tuple[str, str | None, str | None]:
    """The main event's trigger words and its ACLED type and sub-type."""
    event = _main(text)
    return event.trigger.text, event.event_type, event.sub_event_type


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "actor1"),
    [
        ("On 12 June 2021, unknown gunmen shot dead a trader in Kandi (Kandi, Alibori).",
         "Violence against civilians", "Attack", "Unidentified Armed Group (Benin)"),
        # "IS" in capitals before a name is the name's first word, not an auxiliary
        ("On 12 June 2021, suspected IS Sahel militants killed a Fulani pastoralist man with "
         "a machete in Kandi (Kandi, Alibori).", "Violence against civilians", "Attack",
         "Islamic State (Sahel)"),
        # the Beninese Armed Forces by their acronym
        ("On 12 June 2021, the FAB raided a Fulani camp around Guene (Malanville, Alibori) in "
         "search for militants. The military shot about 10 civilians.",
         "Violence against civilians", "Attack", "Military Forces of Benin"),
        # members from a community act through it, as members of it do
        ("On 12 June 2021, members from the Fulani community killed a farmer on his farmland "
         "in Gawezi (Kalale, Borgou).", "Violence against civilians", "Attack",
         "Fulani Ethnic Militia (Benin)"),
        # a name joined to the one that qualifies the actor word qualifies it too
        ("On 12 June 2021, Koglweogo and Foulse militiamen killed seven people in Arbinda.",
         "Violence against civilians", "Attack", "Koglweogo Militia"),
        ("On 12 June 2021, a number of residents lynched a suspected thief in Kandi (Kandi, "
         "Alibori).", "Riots", "Mob violence", "Rioters (Benin)"),
        ("On 12 June 2021, teachers marched in Kandi (Kandi, Alibori) to demand their wages.",
         "Protests", "Peaceful protest", "Protesters (Benin)"),
        ("On 12 June 2021, demonstrators marched in Kandi (Kandi, Alibori). They burned tires "
         "and barricaded roads.", "Riots", "Violent demonstration", "Rioters (Benin)"),
        ("On 12 June 2021, traders held a sit-in in Kandi (Kandi, Alibori). Police dispersed "
         "the crowd with tear gas.", "Protests", "Protest with intervention",
         "Protesters (Benin)"),
        # attacks told with no author are no demonstrators' violence
        ("On 12 June 2021, residents of Koupela (Koupela, Kouritenga) staged a protest march to "
         "express their solidarity with security forces repeatedly subjected to armed attacks.",
         "Protests", "Peaceful protest", "Protesters (Burkina Faso)"),
        # forces that stop or hold back the protesters intervene too
        ("On 12 June 2021, former soldiers protested in front of the Ministry of Defense in "
         "Ouagadougou (Ouagadougou, Kadiogo). Gendarmes blocked them from reaching the "
         "Ministry.", "Protests", "Protest with intervention", "Protesters (Burkina Faso)"),
        ("On 12 June 2021, an anti-government protest march in Kandi (Kandi, Alibori) was "
         "stopped by the police.", "Protests", "Protest with intervention",
         "Protesters (Benin)"),
        ("On 12 June 2021, suspected JNIM and/or ISGS militants ambushed an army patrol near "
         "Djibo (Djibo, Soum).", "Battles", "Armed clash",
         "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"),
        ("On 12 June 2021, soldiers killed three militants near Djibo (Djibo, Soum).",
         "Battles", "Armed clash", "Military Forces of Burkina Faso"),
        ("On 12 June 2021, Fulani herders killed a farmer in Kandi (Kandi, Alibori).",
         "Violence against civilians", "Attack", "Fulani Ethnic Militia (Benin)"),
        # armed men a people's name qualifies are that people's militia, as herders are
        ("On 12 June 2021, Fulani gunmen attacked the village of Woroko near Kandi (Kandi, "
         "Alibori) and killed two farmers.", "Violence against civilians", "Attack",
         "Fulani Ethnic Militia (Benin)"),
        # security forces alone are the police to ACLED; with defence forces, the army
        ("On 12 June 2021, security forces arrested 25 people in Kandi (Kandi, Alibori).",
         "Strategic developments", "Arrests", "Police Forces of Benin"),
        ("On 12 June 2021, defense and security forces killed three militants near Kandi "
         "(Kandi, Alibori).", "Battles", "Armed clash", "Military Forces of Benin"),
        # any of the region's peoples ("Bwaba youth wielding bladed weapons")
        ("On 12 June 2021, Bissa farmers clashed with Fulani herders near Kandi (Kandi, "
         "Alibori). Seven people were killed.", "Battles", "Armed clash",
         "Bissa Ethnic Militia (Benin)"),
        # peoples of East Africa too; raiders a people's name qualifies are its militia
        ("On 12 June 2021, suspected Murle raiders abducted five children from a village in "
         "South Sudan's Jonglei state.", "Violence against civilians",
         "Abduction/forced disappearance", "Murle Ethnic Militia (South Sudan)"),
        ("On 12 June 2021, armed youths from the Dinka community attacked a cattle camp near "
         "Padiet in South Sudan's Jonglei state, killing 12 people.",
         "Violence against civilians", "Attack", "Dinka Ethnic Militia (South Sudan)"),
        # who planted the device set it off, named in the next sentence
        ("On 12 June 2021, an army vehicle struck an IED near Djibo (Djibo, Soum). The device "
         "was likely planted by JNIM militants.", "Explosions/Remote violence",
         "Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims"),
        # the parser makes a day of the date the verb's subject: the actors before it act
        ("Overnight between 12 and 13 June 2021, JNIM or ISGS militants pillaged shops in "
         "Kpempiengou (Kantchari, Tapoa).", "Strategic developments",
         "Looting/property destruction",
         "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"),
        # the predicate hangs on a noun inside the first participle's phrase
        ("On 12 June 2021, unknown individuals armed with machetes hacked to death a Fulani "
         "pastoralist in Kandi (Kandi, Alibori).", "Violence against civilians", "Attack",
         "Unidentified Armed Group (Benin)"),
        # the object after the participle's words, parsed as the subject's apposition
        ("On 12 June 2021, unknown individual or individuals killed by machete a Fulani herder "
         "near Nikki (Nikki, Borgou).", "Violence against civilians", "Attack",
         "Unidentified Armed Group (Benin)"),
        # the claimant of a deed is its author
        ("On 12 June 2021, JNIM claimed to have ambushed an army patrol near Djibo (Djibo, "
         "Soum).", "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims"),
        # the parser takes "presumed" for the verb: the actors just before the deed did it
        ("On 12 June 2021, presumed ISGS or JNIM militants killed a trader in Djibo (Djibo, "
         "Soum).", "Violence against civilians", "Attack",
         "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"),
        ("On 12 June 2021, presumed ISGS militants abducted a councilor in Djibo (Djibo, Soum).",
         "Violence against civilians", "Abduction/forced disappearance",
         "Islamic State (Greater Sahara)"),
        # coordinated verbs share their subject, whatever the parser made of "suspected"
        ("On 12 June 2021, suspected ISGS militants entered the mining site of Tin, near Djibo "
         "(Djibo, Soum), and seized five motorbikes.", "Strategic developments",
         "Looting/property destruction", "Islamic State (Greater Sahara)"),
        # the attackers' own killing is the attack's outcome: violence against civilians
        ("On 12 June 2021, suspected ISGS militants made an incursion into the village of "
         "Salmossi (Gorom-Gorom, Oudalan) and entered the mosque and killed sixteen "
         "worshippers.", "Violence against civilians", "Attack",
         "Islamic State (Greater Sahara)"),
        # no author named: ACLED's unidentified armed group
        ("On 12 June 2021, two traders were abducted in Kandi (Kandi, Alibori).",
         "Violence against civilians", "Abduction/forced disappearance",
         "Unidentified Armed Group (Benin)"),
        # a mayor killed is a civilian victim; so is the driver of a car fired at
        ("On 12 June 2021, presumed Ansaroul Islam militants assassinated the mayor of Djibo "
         "(Djibo, Soum).", "Violence against civilians", "Attack", "Ansaroul Islam"),
        ("On 12 June 2021, presumed ISGS militants opened fire against a vehicle of a road "
         "construction company near Djibo (Djibo, Soum).", "Violence against civilians",
         "Attack", "Islamic State (Greater Sahara)"),
        # the agent of the elliptical passive did both
        ("On 12 June 2021, at least two youths were killed and 60 injured by soldiers in Djibo "
         "(Djibo, Soum).", "Violence against civilians", "Attack",
         "Military Forces of Burkina Faso"),
    ],
)  # fmt: skip
def test_english_events_follow_acleds_coding(
    text: str, event_type: str, sub_event_type: str, actor1: str
) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.when is not None and event.when.start == "2021-06-12"


def test_english_events_only_a_town_known_abroad_outweighs_the_desks_country() -> None:
    # "Sona" is also a village of Panama: no reason to take the story for a Panamanian one
    text = "On August 5, suspected JNIM militants abducted two health workers in Sona."
    event = _main(text, country="BF")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"
    assert event.place is not None and event.place.country == "BF"
    # foreign forces named by their people do not say where the story is either
    text = (
        "On 2 March 2020, French forces conducted a combined air-ground operation targeting "
        "ISGS militants in Oudalan, killing an unspecified number of militants."
    )
    event = _main(text, country="BF")
    assert event.place is not None and event.place.country == "BF"


def test_english_events_a_village_far_from_where_its_armed_groups_act_is_not_the_place() -> None:
    # no desk country: JNIM acts in the Sahel, Belgium's Kain is no reading, Bam is Burkina's
    event = _main("On 12 June 2021, suspected JNIM militants attacked the village of Kain.")
    assert event.place is None or event.place.country != "BE"
    event = _main(
        "On 12 June 2021, presumed JNIM and/or ISGS militants fired in the air and torched "
        "two bars in Bam."
    )
    assert event.place is not None and event.place.country == "BF"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


def test_english_events_a_country_next_door_is_not_where_the_story_is() -> None:
    # the Malian border is Burkina Faso's side of it: the Burkinabe soldiers say where
    text = (
        "On 12 June 2021, gunmen attacked a police station near the Malian border before "
        "Burkinabe soldiers repelled them."
    )
    actor1 = _main(text).actor1
    assert actor1 is not None and actor1.name == "Unidentified Armed Group (Burkina Faso)"


def test_english_events_a_town_ner_missed_says_the_storys_country() -> None:
    # no place to NER in "the Ouagadougou-Dori road": still towns of the gazetteer's, which
    # say where the story is
    text = "Dozens of traders blocked the Ouagadougou-Dori road to demand a new market."
    actor1 = _main(text).actor1
    assert actor1 is not None and actor1.name == "Rioters (Burkina Faso)"
    # ... where a word of a longer name ("Union", a town in the United States) says nothing
    text = "The National Union Finance Officers held a sit-in to demand their allowances."
    actor1 = _main(text).actor1
    assert actor1 is not None and actor1.name is None


def test_english_events_what_an_editors_aside_tells_comes_after_what_the_text_tells() -> None:
    text = (
        "On 7 July 2020, the sons of the mayor of Pensa [killed in an ambush on July 6] "
        "assaulted a municipal councilor at the morgue in Kaya (Kaya, Sanmatenga)."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.trigger.text for e in typed] == ["assaulted", "ambush"]
    assert typed[0].when is not None and typed[0].when.start == "2020-07-07"


def test_english_events_an_event_dated_in_its_own_phrase_is_background() -> None:
    # the mutiny of 2011 is told after the sit-in it explains, and dates nothing else
    text = (
        "A hundred former gendarmes, dismissed after the 2011 mutiny, staged a sit-in in "
        "Ouagadougou to demand their reinstatement."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert typed[0].event_type == "Protests"
    assert typed[0].when is not None and typed[0].when.start == PUBLISHED.isoformat()
    # ... "in the 2011" read as a time of its own, all its words hung on the coup
    text = (
        "100 former soldiers who took part in the 2011 attempted coup protested in front of "
        "the Ministry of Defense, demanding reinstatement in the military."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert typed[0].event_type == "Protests"
    assert typed[0].when is None or typed[0].when.start == PUBLISHED.isoformat()
    # a year set on the noun of a killing dates the killing, not the march about it
    text = (
        "Hundreds of people marched in Koudougou to demand justice about Norbert Zongo's "
        "assassination in 1998."
    )
    march = _main(text)
    assert march.event_type == "Protests"
    assert march.when is not None and march.when.start == PUBLISHED.isoformat()
    # a participle with its own date qualifies a noun: what it tells came before
    text = (
        "On 12 June 2021, the village chief of Dourou, abducted on 2 June, was executed by "
        "unknown gunmen at the entrance of Djibo (Djibo, Soum)."
    )
    execution = _main(text)
    assert execution.trigger.text == "executed"
    assert execution.when is not None and execution.when.start == "2021-06-12"


@pytest.mark.parametrize(
    "text",
    [
        # one victim, whatever the word for him, is one dead
        "On 12 June 2021, presumed Ansaroul Islam militants assassinated a marabout in Arbinda.",
        "On 12 June 2021, presumed JNIM militants assassinated an educator in Samboulga.",
        "On 12 June 2021, suspected JNIM militants killed a forest guide near Sanipenga.",
    ],
)
def test_english_events_a_singular_victim_of_a_killing_is_one_dead(text: str) -> None:
    event = next(e for e in extract(text, PUBLISHED, lang="en") if e.event_type)
    assert event.fatalities is not None and event.fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a body found is one dead
        ("On 12 June 2021, the body of a herder was found in Tin-Akoff (Tin-Akoff, Oudalan).", 1),
        (
            "On 12 June 2021, gunmen abducted a teacher near Pama (Pama, Kompienga). His body was "
            "found two days later.",
            1,
        ),
        # those seized, told again by a pronoun, are the dead
        (
            "On 12 June 2021, three miners were abducted near Koutougou (Koutougou, Soum); their "
            "bodies were found a week later.",
            3,
        ),
        (
            "On 12 June 2021, suspected militants abducted two traders near Djibo (Djibo, Soum), "
            "they were later executed.",
            2,
        ),
        (
            "On 12 June 2021, gendarmes arrested six traders near the bus station of Titao "
            "(Titao, Loroum), those arrested were later found dead.",
            6,
        ),
    ],
)
def test_english_events_the_dead_found_and_the_seized_killed_are_counted(
    text: str, killed: int
) -> None:
    event = _main(text)
    assert event.event_type == "Violence against civilians"
    assert event.fatalities is not None and event.fatalities.best == killed


@pytest.mark.parametrize(
    "text",
    [
        # the body of a thing is no dead; other people's possessive names no one seized
        "On 12 June 2021, the body of the vehicle was found burnt near Arbinda.",
        "On 12 June 2021, gunmen abducted four men in Kaya; their wives were later killed.",
    ],
)
def test_english_events_no_dead_told_by_a_thing_or_by_other_people(text: str) -> None:
    fatalities = _main(text).fatalities
    assert fatalities is None or fatalities.best is None


def test_english_events_a_house_hit_kills_no_one_the_shot_does() -> None:
    # "killing" hangs on "house": a thing is no author, the shelling's toll
    events = extract(
        "On 3 May, soldiers fired a shell in Djibo and hit a house killing two civilians.",
        PUBLISHED,
        lang="en",
    )
    assert [(e.event_type, e.fatalities and e.fatalities.best) for e in events] == [
        ("Explosions/Remote violence", 2)
    ]


def test_english_events_a_thing_killed_or_read_as_a_victim_is_no_dead() -> None:
    text = "On 12 June 2021, militants burned a granary and killed an ox near Djibo."
    assert all(e.fatalities is None for e in extract(text, PUBLISHED, lang="en"))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a note's telegraphic passive: the counted victims, no auxiliary ("one soldier
        # killed" is "one soldier was killed"), the toll of the ambush told before
        ("On 12 June 2021, JNIM militants ambushed an army convoy near Djibo (Djibo, Soum), "
         "one soldier killed.", 1),
        ("On 12 June 2021, presumed JNIM militants attacked the army camp in Baraboule, two "
         "soldiers killed and two others wounded.", 2),
        # a counted subject with an object does the killing
        ("On 12 June 2021, two soldiers killed three militants near Djibo (Djibo, Soum).", 3),
    ],
)  # fmt: skip
def test_english_events_counted_victims_without_an_auxiliary_are_the_toll(
    text: str, killed: int
) -> None:
    event = next(e for e in extract(text, PUBLISHED, lang="en") if e.event_type)
    assert event.event_type == "Battles"
    assert event.fatalities is not None and event.fatalities.best == killed


@pytest.mark.parametrize(
    "text",
    [
        # a verb joined after the trigger, naming no event: what came of it, later
        "On 12 June 2021, presumed JNIM militants removed goods from a truck near Pama. The "
        "driver and the apprentice were abducted, but released the following day.",
        # a clause after it the parser made the trigger's clause a complement of
        "On 12 June 2021, presumed Ansaroul Islam militants abducted a prominent goldminer in "
        "Kerboule, he was released nine months later.",
    ],
)
def test_english_events_the_time_of_what_came_after_does_not_date_the_event(text: str) -> None:
    abduction = next(e for e in extract(text, PUBLISHED, lang="en") if e.event_type)
    assert abduction.when is not None and abduction.when.start == "2021-06-12"


def test_english_events_a_village_the_gazetteer_lacks_is_coded_to_its_commune() -> None:
    event = _main("On 12 June 2021, unknown gunmen abducted a farmer in Tikoukou (Kandi, Alibori).")
    assert event.place is not None and event.place.name == "Kandi"
    assert event.place.geo_precision == 2  # near the commune's seat, not the village itself
    assert event.place.country == "BJ"
    assert event.place.mention is not None and event.place.mention.text == "Tikoukou"


def test_english_events_the_toll_told_after_an_attack_is_its_toll() -> None:
    event = _main(
        "On 12 June 2021, gunmen attacked a gendarmerie post in Kantchari (Kantchari, "
        "Tapoa). Five gendarmes were killed."
    )
    assert event.event_type == "Battles"
    assert event.fatalities is not None and event.fatalities.best == 5


def test_english_events_the_country_setting_names_actors_when_the_text_does_not() -> None:
    text = "Hundreds of students marched to demand better study conditions."
    assert _main(text).actor1 is not None
    without = _main(text).actor1
    assert without is not None and without.name is None  # no country: no ACLED name
    within = _main(text, country="BF").actor1
    assert within is not None and within.name == "Protesters (Burkina Faso)"


@pytest.mark.parametrize(
    ("text", "place", "country", "precision"),
    [
        # the town in a commune in a province: the province is Burkina Faso's, not the
        # Senegalese village of Soum, so the town is read inside it
        ("On 12 June 2021, unknown gunmen abducted two women in Djibo (Djibo, Soum).",
         "Djibo", "BF", 1),
        # a village and commune the gazetteer lacks: the province (admin-2 area) around them
        ("On 12 June 2021, militants abducted a councilor in the village of Boula (Coalla, "
         "Gnagna).", "Gnagna", "BF", 3),
        # "(Zimtanga, Bam)" names Burkina Faso's province of Bam, not Iran's town
        ("On 12 June 2021, militants shot dead fifteen people in the market of Momene "
         "(Zimtanga, Bam).", "Bam", "BF", 3),
        # a parse that hangs "in" on the wrong word: the name is still located as written
        ("On 12 June 2021, teachers in Niangoloko stage a march to demand their wages.",
         "Niangoloko", "BF", 1),
        # a named quarter the gazetteer lacks is coded to the town the text puts it in
        ("On 12 June 2021, a number of locals beat a presumed thief in the Nabissou quarter "
         "of Parakou (Parakou, Borgou).", "Parakou", "BJ", 2),
        ("On 12 June 2021, police shot a prisoner in the Dowa Centre neighborhood of "
         "Porto-Novo (Oueme).", "Porto-Novo", "BJ", 2),
        # the people of a place are there: "residents of Tchaourou barricaded a road"
        ("On 12 June 2021, residents of Tchaourou barricaded a road to protest an arrest.",
         "Tchaourou", "BJ", 1),
        # where the protesters come from places their sit-in when the only other name is
        # one no gazetteer holds (not "in Burkina Faso": "the HQ of Sonabel" is no town)...
        ("Residents of Ouagadougou staged a sit-in protest outside the HQ of Sonabel against "
         "repeated power outages.", "Ouagadougou", "BF", 1),
        # ... said with the place's name before them as well ("Pouytenga students", "Bante
        # public agents": names no NER tags), or NER's person ("Kaya residents")
        ("Pouytenga students organised a sit-in to ask for the resumption of exams.",
         "Pouytenga", "BF", 1),
        ("Bante public agents went on strike to protest bad economic conditions.", "Banté",
         "BJ", 1),
        ("Hundreds of Kaya residents marched against insecurity.", "Kaya", "BF", 1),
        # ... and never over the place the text puts the event at
        ("Youths from Kaya attacked a police station in Dori.", "Dori", "BF", 1),
        ("Kaya youths attacked a police station in Dori.", "Dori", "BF", 1),
        # where the authors go to do it is the event's place, not where they set out from
        ("Residents of the Soubeira area marched to Kaya to demand the involvement of the "
         "regional administrator.", "Kaya", "BF", 1),
        ("Kouba residents went to Koubri to protest against a real estate developer.",
         "Koubri", "BF", 1),
        # ... not where someone the event hit was going
        ("Militants ambushed a convoy travelling to Djibo near Arbinda.", "Aribinda",
         "BF", 2),
        # ... nor where anyone goes for anything else
        ("Gunmen attacked Djibo and headed to Mali.", "Djibo", "BF", 1),
        ("Soldiers headed to Arbinda after militants attacked Djibo.", "Djibo", "BF", 1),
        # ... nor over a government's seat, which is in the capital
        ("Residents of Djibo staged a sit-in protest outside the Prime Minister's office "
         "against repeated attacks.", "Ouagadougou", "BF", 1),
        ("Residents of Djibo staged a sit-in in front of the Presidency in Burkina Faso.",
         "Ouagadougou", "BF", 1),
        # a named day is no place (the gazetteer holds a "Day", a county of South Dakota)
        ("On June 15, residents in Gaoua staged a protest march on the Day of the African "
         "Child.", "Gaoua", "BF", 1),
        # "Oct." is a month, not a place the protest is in
        ("Crowds gathered in Ouagadougou on Oct. 21 to protest a draft law.", "Ouagadougou",
         "BF", 1),
        # a name no gazetteer holds, with no area around it, gives way to one it holds:
        # the hamlet's chief was abducted between Djibo and Bourzanga, not "in Burkina Faso"
        ("On 27 July 2020, suspected militants abducted the Nassoumbou village chief between "
         "Djibo (Djibo, Soum) and Bourzanga (Bourzanga, Bam).", "Djibo", "BF", 1),
        ("On 26 February 2020, health workers at the Souro Sanou hospital in Bobo-Dioulasso "
         "staged a sit-in.", "Bobo-Dioulasso", "BF", 1),
        # a town and its commune of the same name abroad do not outweigh the province at
        # home: Burkina Faso's province of Yagha, not Turkey's Solhan
        ("On 28 September 2020, Burkinabe forces shot dead a militant in Solhan (Solhan, "
         "Yagha).", "Yagha", "BF", 3),
        # ... while a town its province no longer holds (Dogbo lies in Couffo) stays itself
        ("On 2 March 2020, residents of Dogbo (Dogbo, Mono) attacked a Fulani settlement.",
         "Dogbo", "BJ", 1),
        # a word of letters and digits is a date or a code, no place: "Mar.28" is no town
        ("Joint operations of the security forces of Burkina Faso in Djibo between Mar.28 "
         "and Apr.7 led to the arrest of 262 suspected bandits.", "Djibo", "BF", 1),
        # a capitalised descriptor names no place: "Sector 5 of Djibo" is in Djibo
        ("On 15 November 2020, unknown gunmen abducted two women in Sector 5 of Djibo (Djibo, "
         "Soum).", "Djibo", "BF", 1),
        # "the capital" is the capital of the country the text names, or of the article's
        ("Several hundred people gathered in the Burkina Faso capital on Saturday to demand "
         "the departure of the president.", "Ouagadougou", "BF", 1),
        ("Burkinabe police staged a demonstration in the capital to demand higher wages.",
         "Ouagadougou", "BF", 1),
        # where the note says the event is coded wins over the village it names first
        ("On 12 June 2021, militants shot dead a chief in the village of Ouboulsi, east of "
         "Koupela (coded as Natiaboani at geoprecision 2).", "Natiaboani", "BF", None),
        # a village no gazetteer holds, in the province written after a comma: coded to the
        # province (not to Romania's Boura); a bare name after a comma is no area
        ("On 21 June 2021, armed bandits killed a watchman in Boura, Sissili Province.",
         "Sissili", "BF", 3),
        ("On 21 June 2021, gunmen killed two people in Djibo, Arbinda and Kaya.", "Djibo",
         "BF", 1),
        # ... but a bare town in apposition is the town a quarter is in (not Iraq's Karbala)
        ("On 13 March 2019, the Burkinabe police exchanged gunfire with two gunmen near the "
         "Sogea-Satom's offices in Karpala, Ouagadougou.", "Ouagadougou", "BF", 2),
        # a village the text puts in a commune no gazetteer holds is no namesake abroad (an
        # Indian Bakani): coded to the story's country
        ("On 27 March 2019, Burkinabe forces raided a militant camp near the village of "
         "Bakani in Foutouri commune, Komondjari Province.", "Burkina Faso", "BF", 3),
        # an acronym in brackets names no area the gazetteer holds: the town named after it
        # is the protest's place, not the foundation's name
        ("On 9 March 2021, farmers staged a demonstration against the park's managers, "
         "Wildlife Partners Foundation (WPF), in the town of Tanguieta (Tanguieta, Atacora).",
         "Tanguiéta", "BJ", 1),
        # an institution named after its town is there: the town is the place, and the
        # institution's word names none (a town of Texas is called "University")
        ("On 6 June 2019, police raided a meeting of students at the University of Dori.",
         "Dori", "BF", 1),
        # the article's focus, on a tie, is the name the gazetteer holds: the school is in
        # Djougou, where the riot told next took place
        ("On 9 March 2021, pupils staged a sit-in at the Technical High School in Djougou "
         "(Djougou, Donga). The pupils later barricaded the entrances to the classrooms.",
         "Djougou", "BJ", 1),
    ],
)  # fmt: skip
def test_english_events_places_are_read_inside_the_areas_the_text_names(
    text: str, place: str, country: str, precision: int | None
) -> None:
    event = _main(text)
    assert event.place is not None
    assert (event.place.name, event.place.country) == (place, country)
    assert precision is None or event.place.geo_precision == precision
    assert event.actor1 is None or event.actor1.country in (None, country)


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("On 12 June 2021, traders angry over looting by soldiers marched in Kaya (Kaya, "
         "Sanmatenga).", "en", "marched"),
        ("Samedi, des commerçants furieux du pillage de leurs boutiques par des soldats ont "
         "manifesté à Kaya.", "fr", "manifesté"),
    ],
)  # fmt: skip
def test_english_events_what_people_feel_about_is_told_after(
    text: str, lang: str, trigger: str
) -> None:
    # the looting the traders are angry over is background: their march comes first
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type]
    assert [e.trigger.text for e in events][:1] == [trigger]
    assert any(e.concept == "looting" for e in events[1:])


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Residents went to Kaya to protest after militants attacked Djibo.", "en",
         "attacked"),
        ("Des habitants se sont rendus à Kaya pour manifester samedi, après que des "
         "jihadistes ont attaqué Djibo.", "fr", "attaqué"),
    ],
)  # fmt: skip
def test_english_events_a_town_attacked_is_where_not_whom(
    text: str, lang: str, trigger: str
) -> None:
    # the town a verb strikes is the event's place, however the sentence began; no actor
    event = _event_of(text, lang, trigger)
    assert event.place is not None and event.place.name == "Djibo"
    assert event.actor2 is None


@pytest.mark.parametrize(
    ("text", "town", "coded"),
    [
        # "the town of Sofara" names a town, "the Mopti region" the region around it (not its
        # capital): the event is in the town, coded to the region that holds it
        ("BAMAKO, March 14 (Reuters) - Suspected Islamist militants ambushed a Malian army "
         "convoy near the town of Sofara in the central Mopti region on Tuesday, killing at "
         "least 12 soldiers.", "Sofara", ("Mopti", 3)),
        ("DAKAR, Aug. 28 (Reuters) - The assault on the army outpost at Solle, in Loroum "
         "province near the border with Mali, began at dawn, killing 15 soldiers.", "Solle",
         ("Loroum", 3)),
        ("Fighting broke out on Monday between the army and Fano militiamen in the town of "
         "Motta, in Ethiopia's Amhara region, residents said.", "Motta", ("Mot’a", 1)),
    ],
)  # fmt: skip
def test_english_events_a_town_comes_before_the_region_around_it(
    text: str, town: str, coded: tuple[str, int]
) -> None:
    event = _main(text)
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == town
    assert (event.place.name, event.place.geo_precision) == coded


def test_english_events_an_attack_met_near_the_town_of_its_village_is_one_battle() -> None:
    # the clash is placed at the town the attacked village is near: the same fight
    text = (
        "On 30 April 2020, Fulani gunmen attacked the village of Woroko, near Ketou (Ketou, "
        "Plateau) and clashed with farmers. Three Fulani and three farmers were killed."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.fatalities and e.fatalities.best) for e in typed] == [("Battles", 6)]


@pytest.mark.parametrize(
    ("text", "killing"),
    [
        # an unlisted noun after "killed" is a person: no word list names every trade
        ("On 12 June 2021, militants killed a marabout and his son in Dori (Dori, Seno).", True),
        # livestock is a thing, and so for the verb coordinated before "burned"
        ("On 12 June 2021, farmers killed and burned a dozen sheep in Dori (Dori, Seno).", False),
    ],
)
def test_english_events_killing_needs_people_not_things(text: str, killing: bool) -> None:
    events = extract(text, PUBLISHED, lang="en")
    assert any(e.trigger.text == "killed" for e in events) is killing


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # beatings and whippings: violence that hurts, by armed men or by a crowd
        ("On 12 June 2021, suspected JNIM militants whipped several people in Mansila "
         "(Mansila, Yagha).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, a number of residents beat up two suspected thieves in Kandi "
         "(Kandi, Alibori).", "Riots", "Mob violence"),
        # a thing taken is looting, not an abduction
        ("On 12 June 2021, suspected ISGS militants seized livestock in Markoye (Markoye, "
         "Oudalan).", "Strategic developments", "Looting/property destruction"),
        ("On 12 June 2021, masked gunmen robbed a group of merchants near Dori (Dori, Seno).",
         "Strategic developments", "Looting/property destruction"),
        ("On 12 June 2021, suspected ISGS militants seized four carts from a group of women in "
         "Kouilpagre (Arbinda, Soum).", "Strategic developments",
         "Looting/property destruction"),
        # a coder's label names the development ("Recruitment:", "Coup/Military takeover:");
        # a recruitment programme is none
        ("Recruitment: Rebels loyal to the former president are said to be recruiting and "
         "training near the border.", "Strategic developments", "Change to group/activity"),
        ("Coup/Military takeover: the president stepped down and a general assumed the "
         "position of acting head of state.", "Strategic developments", "Other"),
        ("On 12 June 2021, teachers employed within the framework of a recruitment program "
         "staged a protest in front of the ministry of education in Ouagadougou.", "Protests",
         "Peaceful protest"),
        # a post attacked while it was unmanned met no one: the damage done
        ("On 12 June 2021, suspected JNIM militants attacked the police station in Yamba "
         "while it was unmanned, causing material losses.", "Strategic developments",
         "Looting/property destruction"),
        # a crowd that shuts its officials' offices protests, the parser's preposition
        # "down" being the verb's particle
        ("On 12 June 2021, students in Hounde closed down the high commissioner's office.",
         "Protests", "Peaceful protest"),
        ("On 12 June 2021, residents in Bagre dissatisfied with the mayor closed down the town "
         "hall.", "Protests", "Peaceful protest"),
        # armed men who hold a road: their checkpoint is a development, unless told by what
        # they did at it
        ("On 12 June 2021, a group of forty suspected JNIM militants set up a fake checkpoint "
         "between Gayeri and Tankoualou.", "Strategic developments", "Other"),
        ("On 12 June 2021, suspected JNIM militants set up a checkpoint in the village of Liki, "
         "at least four members of the Foulse community were executed after having their "
         "identities checked.", "Violence against civilians", "Attack"),
        ("On 12 June 2021, the government banned all non-essential political, religious and "
         "cultural gatherings.", "Strategic developments", "Change to group/activity"),
        # the role the object takes pairs with the verb: "took six crewmen as hostages"
        ("On 12 June 2021, off the coast of Benin, pirates took six Russian crewmen as "
         "hostages from a cargo ship.", "Violence against civilians",
         "Abduction/forced disappearance"),
        # soldiers' mutinying is a riot
        ("New instances of mutinying were reported in Tenkodogo, Kaya and Dori.", "Riots",
         "Violent demonstration"),
        # a crowd that wrecks a church or a house riots as a mob; demonstrators who do so
        # still demonstrate, and offices wrecked over a grievance make a demonstration
        ("On 12 June 2021, villagers vandalized and ransacked several protestant churches in "
         "Lena (Lena, Houet).", "Riots", "Mob violence"),
        ("On 12 June 2021, protesters vandalized the houses of two officials in Dori (Dori, "
         "Seno).", "Riots", "Violent demonstration"),
        ("On 12 June 2021, angry residents ransacked the local offices of the electoral "
         "commission in Dori (Dori, Seno).", "Riots", "Violent demonstration"),
        # a candidate's political opponents are a crowd: their assault is mob violence
        ("On 12 June 2021, political opponents attacked the newly elected mayor of Dori, who "
         "was hospitalized for his injuries.", "Riots", "Mob violence"),
        # a measure that stops something is no stop verb's complement
        ("On 12 June 2021, the government suspended all flights to Djibo over insecurity.",
         "Strategic developments", "Change to group/activity"),
        # a participle's patient is the noun it qualifies, coordinated ones too
        ("On 12 June 2021, suspected JNIM militants sabotaged a water station in Titao. The "
         "generator was riddled with bullets and batteries seized by the militants.",
         "Strategic developments", "Looting/property destruction"),
        # a village or a site taken with no fight told: a transfer of territory, no abduction
        ("On 12 June 2021, suspected ISGS militants took control of the village of Nassougou "
         "(Matiacoali, Gourma) and raised a black banner.", "Strategic developments",
         "Non-violent transfer of territory"),
        ("On 12 June 2021, suspected JNIM militants seized control of an artisanal mining site "
         "near Mansila.", "Strategic developments", "Non-violent transfer of territory"),
        # the object is matched as written or by its lemma ("phones")
        ("On 12 June 2021, suspected JNIM militants seized mobile phones from road users near "
         "Dori (Dori, Seno).", "Strategic developments", "Looting/property destruction"),
        ("On 12 June 2021, suspected JNIM militants intercepted a trailer near Dori (Dori, "
         "Seno).", "Strategic developments", "Looting/property destruction"),
        ("On 12 June 2021, JNIM militants stripped a man of his motorbike near Dori (Dori, "
         "Seno).", "Strategic developments", "Looting/property destruction"),
        # what is taken while people are hurt is part of that violence
        ("On 12 June 2021, suspected JNIM militants seized two vehicles and abducted their "
         "occupants near Djibo (Djibo, Soum).", "Violence against civilians",
         "Abduction/forced disappearance"),
        ("On 12 June 2021, soldiers arrested and executed 17 men in Djibo (Djibo, Soum).",
         "Violence against civilians", "Attack"),
        # shots at a home, a shop, a bus target civilians
        ("On 12 June 2021, unknown gunmen opened fire on the home of a journalist in Kaya "
         "(Kaya, Sanmatenga).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, several thousand people took the street in Kandi (Kandi, Alibori).",
         "Protests", "Peaceful protest"),
        # a labour strike is a protest, not an air strike
        ("On 12 June 2021, teachers observed a 48-hour strike in Dori (Dori, Seno).",
         "Protests", "Peaceful protest"),
        # armed men who torch and wreck destroy property; a crowd that does it riots
        ("On 12 June 2021, suspected JNIM militants vandalized and torched the town hall in "
         "Mansila (Mansila, Yagha).", "Strategic developments", "Looting/property destruction"),
        ("On 12 June 2021, angry residents vandalized the town hall in Kandi (Kandi, "
         "Alibori).", "Riots", "Violent demonstration"),
        # a march against militant attacks stays peaceful: the attacks are not the marchers'
        ("On 12 June 2021, women marched in Kandi (Kandi, Alibori) in support of the army amid "
         "militant attacks on soldiers.", "Protests", "Peaceful protest"),
        # the parser reads "militants assaulted women" as "militants, assaulted women"
        ("On 12 June 2021, ISGS militants assaulted women searching for firewood near Dori "
         "(Dori, Seno).", "Violence against civilians", "Attack"),
        # the parser reads "presumed ISGS militants killed" as "[someone] presumed ..."
        ("On 12 June 2021, presumed ISGS militants killed at least eight volunteer fighters "
         "near Dori (Dori, Seno).", "Battles", "Armed clash"),
        # the parser reads "killed 26 presumed ISGS militants" as "killed 26, presumed ..."
        ("On 12 June 2021, the army killed 26 presumed ISGS militants between Salmossi and "
         "Tin-Agadel (Markoye, Oudalan).", "Battles", "Armed clash"),
        # the dead are who the text describes them as; a suspicion describes no one
        ("On 12 June 2021, JNIM militants attacked the village of Doffi (Arbinda, Soum) and "
         "killed three people described as Koglweogo militiamen.", "Battles", "Armed clash"),
        ("On 12 June 2021, presumed ISGS militants killed six civilians described as "
         "Koglweogo partisans in Nagare (Fada Ngourma, Gourma).",
         "Violence against civilians", "Attack"),
        ("On 12 June 2021, soldiers killed two men suspected of being militants in Konehandri "
         "(Materi, Atacora).", "Violence against civilians", "Attack"),
        # the parser reads "a farmer hacked and wounded a man" as "a farmer [who] hacked ..."
        ("On 12 June 2021, a farmer with a machete hacked and severely wounded a pastoralist "
         "man in the village of Boudou (Tchaourou, Borgou).", "Violence against civilians",
         "Attack"),
        # a town, a bar, a gold mining site attacked, a civilian vehicle ambushed: civilians
        ("On 12 June 2021, suspected ISGS militants attacked the town of Sebba (Sebba, Yagha) "
         "and killed a deacon.", "Violence against civilians", "Attack"),
        ("On 12 June 2021, presumed JNIM militants attacked a bar in Essakane (Falagountou, "
         "Seno).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, suspected JNIM militants ambushed a vehicle carrying the mayor of "
         "Djibo near Gaskinde (Djibo, Soum).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, suspected JNIM militants ambushed a military convoy near Gaskinde "
         "(Djibo, Soum).", "Battles", "Armed clash"),
        # an ambush on no one named stays a fight, whoever its dead are (soldiers among them)
        ("On 12 June 2021, militants ambushed a convoy near Djibo (Djibo, Soum). Four people "
         "were killed, including two soldiers.", "Battles", "Armed clash"),
        # a unit of gendarmes (the tagger's adjective) is gendarmes
        ("On 12 June 2021, militants ambushed a gendarmerie unit near Djibo (Djibo, Soum), "
         "four gendarmes were killed.", "Battles", "Armed clash"),
        # a truck the gendarmes recovered is no crowd they fought
        ("On 12 June 2021, a gendarmerie unit clashed with militants near Djibo (Djibo, Soum) "
         "and recovered a stolen truck.", "Battles", "Armed clash"),
        # a description in brackets, and not what hangs on the verb after it
        ("On 12 June 2021, individuals equipped with machetes (believed to be farmers) killed "
         "a pastoralist man in Sakabansi (Nikki, Borgou).", "Violence against civilians",
         "Attack"),
        # people seized and then killed were killed (ACLED codes the killing)
        ("On 12 June 2021, unknown gunmen abducted and executed an individual in Bomana "
         "(Fada Ngourma, Gourma).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, suspected JNIM militants abducted a man in Tangaye (Tangaye, "
         "Yatenga), and executed him in the bush.", "Violence against civilians", "Attack"),
        # vigilantes who beat a suspect are a mob
        ("On 12 June 2021, vigilantes beat and whipped two suspected thieves in Kaya (Kaya, "
         "Sanmatenga).", "Riots", "Mob violence"),
        # "took a man hostage": the verb phrase with words between
        ("On 12 June 2021, unknown gunmen entered the village of Markoye (Markoye, Oudalan) "
         "and took a man hostage.", "Violence against civilians",
         "Abduction/forced disappearance"),
        # deaths told inside another event are its toll: "killed during a riot"
        ("On 12 June 2021, a prisoner was killed and several others injured during a riot in "
         "the prison of Bobo-Dioulasso (Bobo-Dioulasso, Houet).", "Riots",
         "Violent demonstration"),
        # the leader of a militant group is one of its men
        ("On 12 June 2021, soldiers killed the leader of a small militant group in the village "
         "of Samtangou (Kompienga, Kompienga).", "Battles", "Armed clash"),
        # armed men among the dead make an attack on a village a battle
        ("On 12 June 2021, JNIM militants attacked the village of Ouintokoulga (Pissila, "
         "Sanmatenga) and killed a volunteer fighter.", "Battles", "Armed clash"),
        # a group that beats a suspect is a crowd; an armed group of men is armed men
        ("On 12 June 2021, a group beat a suspected robber in Parakou (Parakou, Borgou).",
         "Riots", "Mob violence"),
        ("On 12 June 2021, an unidentified armed group of Fulani men kidnapped two butchers "
         "in Kandi (Kandi, Alibori).", "Violence against civilians",
         "Abduction/forced disappearance"),
        # the tagger reads "gunman shot and wounded" as a noun "shot" with a subject
        ("On 12 June 2021, an unidentified gunman shot and wounded two men near Kandi "
         "(Kandi, Alibori).", "Violence against civilians", "Attack"),
        # the parser reads "militants killed" as "militants [who were] killed"
        ("On 12 June 2021, JNIM militants killed between 3 and 10 people in Dori (Dori, Seno).",
         "Violence against civilians", "Attack"),
        # shots in the air hurt no one: no fight
        ("On 12 June 2021, soldiers on patrol fired gunshots in the air in Djibo (Djibo, "
         "Soum).", "Strategic developments", "Other"),
        # ... and what their men did next is what ACLED codes: one event
        ("On 12 June 2021, presumed JNIM militants fired gunshots in the air and burned a "
         "school in Djibo (Djibo, Soum).", "Strategic developments",
         "Looting/property destruction"),
        ("On 12 June 2021, suspected JNIM militants entered Djibo (Djibo, Soum) and fired in "
         "the air and resupplied by pillaging a school.", "Strategic developments",
         "Looting/property destruction"),
        # demonstrators who fight the police riot
        ("On 12 June 2021, clashes between protesters and police were reported in Kandi "
         "(Kandi, Alibori).", "Riots", "Violent demonstration"),
        # a mutiny's shots hurt no one: they are the riot
        ("On 12 June 2021, firing by mutinying soldiers was heard in Kandi (Kandi, Alibori).",
         "Riots", "Violent demonstration"),
        # the march that ended took place
        ("On 12 June 2021, residents marched in Kandi (Kandi, Alibori) to demand a new road; "
         "the march ended with a memorandum to the mayor.", "Protests", "Peaceful protest"),
        # a strike whose length is a time expression is still a strike
        ("On 12 June 2021, truck drivers in Kandi (Kandi, Alibori) went on a 48 hour strike.",
         "Protests", "Peaceful protest"),
        # a coder's tag glued to the sentence's end leaves its last word alone
        ("On 12 June 2021, traders in Kandi (Kandi, Alibori) observed a sit-in.[size=dozens]",
         "Protests", "Peaceful protest"),
        # an attack on no one named whose dead are civilians was violence against them
        ("On 12 June 2021, suspected JNIM militants made an incursion into the market of Kandi "
         "(Kandi, Alibori). Two people were killed.", "Violence against civilians", "Attack"),
        # seizing armed men is a fight with their side; an attack on their camp is one too
        ("On 12 June 2021, suspected JNIM militants abducted four volunteer fighters (VDP) "
         "near Djibo (Djibo, Soum).", "Battles", "Armed clash"),
        ("On 12 June 2021, presumed JNIM militants attacked a volunteer fighter (VDP) camp in "
         "Barani (Barani, Kossi), and killed two people.", "Battles", "Armed clash"),
        # villagers who kill herders fight for their community (a communal militia's
        # violence); people who seize someone hold him; a mob's violence is mob violence
        ("On 12 June 2021, people from Tchamonga killed five Fulani herders near Tchamonga "
         "(Cobli, Atacora).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, hunters abducted an elections observer in the town of Gouka "
         "(Bante, Collines).", "Violence against civilians", "Abduction/forced disappearance"),
        ("On 12 June 2021, an angry mob burned a car in Parakou (Parakou, Borgou).", "Riots",
         "Mob violence"),
        # sides named by no actor word and no one dead: a brawl, not a battle
        ("On 12 June 2021, partisans of two political parties clashed with sticks and stones "
         "in Materi (Materi, Atacora).", "Riots", "Mob violence"),
        ("On 12 June 2021, Sunni and Tijani Muslims clashed near the mosque in Madecali "
         "(Malanville, Alibori).", "Riots", "Mob violence"),
        # bodies found: people were killed, by an armed group the text does not name
        ("Around 15 February 2020, five bodies were seen on the outskirts of Djibo (Djibo, "
         "Soum).", "Violence against civilians", "Attack"),
        # forces launched on a task, withdrawn, or a town blockaded: strategic developments
        ("On 8 March 2020, the Burkinabe armed forces launched an operation to secure the "
         "Centre-Est region.", "Strategic developments", "Change to group/activity"),
        ("On 11 May 2020, defense and security forces (FDS) launched Operation Ndofou in the "
         "Sahel region.", "Strategic developments", "Change to group/activity"),
        # a vehicle taken is looted
        ("On 17 December 2020, presumed ISGS militants seized a van in Tin-Akoff (Tin-Akoff, "
         "Oudalan).", "Strategic developments", "Looting/property destruction"),
        ("On 13 September 2019, the police in Djibo withdrew from the town amid security "
         "concerns.", "Strategic developments", "Change to group/activity"),
        ("Around 1 April 2020, militants began a blockade on the town of Djibo (Djibo, Soum).",
         "Strategic developments", "Change to group/activity"),
        # violence a protest is about is no outcome of it: the protest stays peaceful
        ("On 1 February 2020, teachers in Bobo-Dioulasso staged a protest march in solidarity "
         "with two teachers assaulted a week earlier.", "Protests", "Peaceful protest"),
        ("On 19 August 2020, a number of residents demonstrated in Boulsa (Boulsa, Namentenga), "
         "demanding that a police officer leave the town after he assaulted a local miner.",
         "Protests", "Peaceful protest"),
        # ... nor what a verb of purpose above it takes, nor what it is told over
        ("On 14 June 2021, journalists marched in Ouagadougou to condemn the beating of a "
         "reporter.", "Protests", "Peaceful protest"),
        ("On 14 June 2021, traders in Kaya shut their shops in protest over the looting of "
         "the central market.", "Protests", "Peaceful protest"),
        # a beating no one is named to have done is no demonstrators' deed
        ("On 14 June 2021, police broke up a march in Kaya; several protesters were beaten.",
         "Protests", "Protest with intervention"),
        ("On 14 June 2021, protesters marched in Ouagadougou. A journalist covering the march "
         "was beaten.", "Protests", "Peaceful protest"),
        # ... nor is violence inside what a verb of the protest asks for
        ("On 12 June 2021, hundreds demonstrated in Kaya (Kaya, Sanmatenga) to demand the "
         "release of five men who were arrested for beating a thief.", "Protests",
         "Peaceful protest"),
        ("On 7 December 2020, motorcycle taxi drivers staged a sit-in in Kandi (Kandi, "
         "Alibori) against the arrest of two colleagues.", "Protests", "Peaceful protest"),
        # what people a protest word only describes did is what befell the protest
        ("On 12 June 2021, students on strike in Kaya (Kaya, Sanmatenga) engaged in a fight "
         "with a school principal.", "Riots", "Violent demonstration"),
        ("On 12 June 2021, pupils who were protesting the closure of their school beat a "
         "teacher in Kaya (Kaya, Sanmatenga).", "Riots", "Violent demonstration"),
        # soldiers who ransack houses do not demonstrate, nor make a riot of their torture
        ("On 12 June 2021, soldiers arrested several men, tortured villagers and ransacked "
         "houses near Djibo (Djibo, Soum).", "Violence against civilians", "Attack"),
        # protesters who block a road riot; armed men who do so restrict movement
        ("On 12 June 2021, residents in Bassinko (Ouagadougou, Kadiogo) blocked the road "
         "linking Ouagadougou and Ouahigouya in protest against the lack of bridges.", "Riots",
         "Violent demonstration"),
        ("On 12 June 2021, students staged violent protests in Koudougou (Koudougou, "
         "Boulkiemde).", "Riots", "Violent demonstration"),
        ("On 12 June 2021, presumed JNIM militants blocked the road near Djibo (Djibo, Soum).",
         "Strategic developments", "Change to group/activity"),
        # an arrest the protest is about is no intervention in it
        ("On 12 June 2021, residents of Kaya (Kaya, Sanmatenga) protested the arrest of a "
         "youth.", "Protests", "Peaceful protest"),
        # ... while what the protesters did is: "protested by blocking roads"
        ("On 12 June 2021, staff of the institute protested the firings of teachers by "
         "blocking roads in Kandi (Kandi, Alibori).", "Riots", "Violent demonstration"),
        # ... whoever the protesters are: soldiers who barricade their camp riot
        ("On 21 August 2019, soldiers at Camp Guillaume in Ouagadougou demonstrated against "
         "the deadly attack on their colleagues in Koutougou, by barricading the entrance to "
         "the camp.", "Riots", "Violent demonstration"),
        # an arrest followed in its sentence by killings no one else did is that violence
        ("On 12 June 2021, soldiers carried out mass arrests near Djibo (Djibo, Soum), eight "
         "of those arrested were reportedly summarily executed.", "Violence against civilians",
         "Attack"),
        # ... unless they bore no arms: off duty, retired, unarmed
        ("On 12 June 2021, presumed ISGS militants abducted an off-duty policeman near Djibo "
         "(Djibo, Soum).", "Violence against civilians", "Abduction/forced disappearance"),
        ("On 12 June 2021, suspected ISGS militants assassinated a retired policeman in "
         "Djibo (Djibo, Soum).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, soldiers shot dead a suspected but unarmed militant in Djibo "
         "(Djibo, Soum).", "Violence against civilians", "Attack"),
        ("On 14 January 2020, suspected JNIM or ISGS militants abducted a civilian forest "
         "guard in Moussoua.", "Violence against civilians", "Abduction/forced disappearance"),
        # ... or the convoy they ambushed carried civilians' trade or aid
        ("On 12 June 2021, suspected JNIM militants ambushed a mining company convoy near "
         "Djibo (Djibo, Soum).", "Violence against civilians", "Attack"),
        ("On 12 June 2021, suspected JNIM militants ambushed a convoy near Djibo (Djibo, "
         "Soum).", "Battles", "Armed clash"),
        # ... or served a force without bearing its arms
        ("On 12 June 2021, suspected ISGS militants assassinated a police interpreter in "
         "Djibo (Djibo, Soum).", "Violence against civilians", "Attack"),
        # armed men's shots at no one named are at the people where they were ...
        ("On 15 December 2019, suspected JNIM militants opened fire in the village of Sakoani "
         "without causing any casualties.", "Violence against civilians", "Attack"),
        # ... unless armed men meet them
        ("On 15 April 2020, ISGS or JNIM militants opened fire in the village of Tanwalbougou "
         "(Fada Ngourma, Gourma), gendarmes responded to the gunfire and the militants "
         "withdrew.", "Battles", "Armed clash"),
        # "hostage" read as a verb joined to "took" still says what the object became
        ("On 12 June 2021, presumed Katiba Macina or Ansaroul Islam militants took three "
         "individuals hostage and interrogated them while searching for the Koglweogo chief "
         "in Djibo (Djibo, Soum), the abductees were threatened and subsequently released.",
         "Violence against civilians", "Abduction/forced disappearance"),
        # "live" read as a verb joined to "fired", "ammunition" its object: an adjective
        ("On 12 June 2021, security forces fired teargas and live ammunition at "
         "demonstrators in Djibo (Djibo, Soum).", "Protests", "Protest with intervention"),
        # ... the word qualifying the armed man himself, not another victim beside him
        ("On 20 April 2020, presumed JNIM militants set up a checkpoint near Pama (Kompienga), "
         "and shot dead a policeman and an accompanying civilian.", "Battles", "Armed clash"),
    ],
)  # fmt: skip
def test_english_events_what_was_done_decides_the_type(
    text: str, event_type: str, sub_event_type: str
) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "On 5 September 2022, suspected JNIM militants kidnapped two forest guards (assumed "
        "unarmed) in Kangara Peulh (Karimama, Alibori).",
        "On 3 August 2022, presumed JNIM militants abducted an off-duty policeman near Kandi "
        "(Kandi, Alibori).",
    ],
)
def test_english_events_armed_men_hit_unarmed_are_civilians_to_acled(text: str) -> None:
    # the type makes them civilians, and so does their name in the record
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )
    assert event.actor2 is not None and event.actor2.name == "Civilians (Benin)"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a headline's passive: a participle on the noun it befell, or a bare singular noun
        # as the subject of a victim's verb with no object
        ("Village chief killed in Djibo (Djibo, Soum).", "Attack"),
        ("Two teachers abducted near Djibo (Djibo, Soum).", "Abduction/forced disappearance"),
        ("Health worker assassinated overnight in Djibo (Djibo, Soum).", "Attack"),
    ],
)
def test_english_events_a_headline_s_victim_is_no_author(text: str, sub_event_type: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (
        "Violence against civilians",
        sub_event_type,
    )
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


@pytest.mark.parametrize(
    ("text", "typed", "actor1"),
    [
        # the first verb of a list the parser hung on the subject is still the subject's deed
        ("On 12 June 2021, a number of residents captured, tied up, and burned alive a "
         "presumed cattle thief in Kandi (Kandi, Alibori).", ("Riots", "Mob violence"),
         "Rioters (Benin)"),
        ("On 12 June 2021, suspected JNIM militants abducted and executed the imam in Kandi "
         "(Kandi, Alibori).", ("Violence against civilians", "Attack"),
         "JNIM: Group for Support of Islam and Muslims"),
    ],
)  # fmt: skip
def test_english_events_a_list_of_verbs_misread_as_a_participle_keeps_its_author(
    text: str, typed: tuple[str, str], actor1: str
) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == typed
    assert event.actor1 is not None and event.actor1.name == actor1


def test_english_events_a_bracket_after_a_list_qualifies_its_last_one_only() -> None:
    # "(former soldier)" is the instructor's: the rangers and the soldier were armed men
    event = _main(
        "On 8 February 2022, presumed JNIM militants ambushed forest rangers and soldiers in "
        "the area of Point Triple (Karimama, Alibori). Five rangers, one Beninese soldier and "
        "one French instructor (former soldier) were killed."
    )
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.fatalities is not None and event.fatalities.best == 7
    # the armed dead are no civilians: "(former soldier)" qualifies the instructor alone
    assert event.actor2 is not None and "Civilians" not in event.actor2.name


@pytest.mark.parametrize(
    "text",
    [
        "On 12 June 2021, suspected JNIM militants seized two vehicles and abducted their "
        "occupants near Djibo (Djibo, Soum).",
        "On 12 June 2021, soldiers arrested and executed 17 men in Djibo (Djibo, Soum).",
        # a killing framed by a raid, its subject the one of the arrest it is joined to
        "On 12 June 2021, soldiers arrested ten men and killed three others during a raid in "
        "Djibo (Djibo, Soum).",
        "On 12 June 2021, militants killed two people and torched their houses near Dori "
        "(Dori, Seno).",
        # violence told in the next sentence, by no other author, goes on the arrest
        "On 12 June 2021, gendarmes arrested 12 men in Djibo (Djibo, Soum). Seven were "
        "executed on the outskirts of the town.",
        # a group acts through the people it gathers: one author, not two
        "On 12 June 2021, a group of gunmen attacked a group of traders near Dori (Dori, Seno).",
    ],
)
def test_english_events_what_is_taken_while_people_are_hurt_is_one_event(text: str) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.event_type for e in typed] == ["Violence against civilians"]


@pytest.mark.parametrize(
    "text",
    [
        # "seized foodstuff" parsed as an adjective and its noun: the goods taken all the same
        "On 15 June 2020, suspected JNIM militants stopped a truck near Mentao (Djibo, Soum), "
        "seized foodstuff, destroyed beer, and burned the vehicle.",
        "On 2 September 2020, gunmen made an incursion into the village of Koutougou where "
        "they pillaged shops and seized cash.",
    ],
)
def test_english_events_goods_seized_in_a_list_are_looted_not_abducted(text: str) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert typed and all(e.sub_event_type != "Abduction/forced disappearance" for e in typed)
    assert typed[0].sub_event_type == "Looting/property destruction"


def test_english_events_an_actor_word_before_a_noun_trigger_is_its_author() -> None:
    event = _main(
        "On 12 June 2021, militant attacks killed five soldiers near Djibo (Djibo, Soum)."
    )
    assert event.actor1 is not None and event.actor1.name == "Islamist Militants (Burkina Faso)"
    assert event.fatalities is not None and event.fatalities.best == 5


@pytest.mark.parametrize(
    ("text", "actor1", "inter"),
    [
        # a state's forces abroad are an external force, named after their own country
        ("On 12 June 2021, Malian troops killed two militants near Djibo (Djibo, Soum).",
         "Military Forces of Mali", 8),
        ("On 12 June 2021, Nigerien forces killed two militants near Djibo (Djibo, Soum).",
         "Military Forces of Niger", 8),
        # no place the gazetteer knows: the demonym says whose forces and where
        ("On 12 June 2021, Burkinabe forces executed nine gold miners in Tinsouka.",
         "Military Forces of Burkina Faso", 1),
        # the author of "made an incursion" is the subject of "made"
        ("On 12 June 2021, suspected ISGS militants made an incursion into a village near "
         "Dori (Dori, Seno).", "Islamic State (Greater Sahara)", 2),
        # an acronym in brackets after the actor names it
        ("On 12 June 2021, volunteer fighters (VDP) killed two militants near Djibo (Djibo, "
         "Soum).", "VDP: Volunteer for Defense of Homeland", 3),
        # a group named in brackets after another is the one it belongs to, as ACLED names it
        ("On 12 June 2021, presumed Katiba Macina (JNIM) militants attacked the ranger station "
         "in Sono.", "JNIM: Group for Support of Islam and Muslims", 2),
        # a definite description takes up the group named before it
        ("On 12 June 2021, presumed Ansaroul Islam (JNIM) militants searched for a customary "
         "chief in the village of Dibga, him being absent, the militants assaulted his wife.",
         "JNIM: Group for Support of Islam and Muslims", 2),
        # the words before the actor word name it when those after it name a place
        ("On 12 June 2021, two teachers were abducted by JNIM militants in the area of "
         "Koutougou.", "JNIM: Group for Support of Islam and Muslims", 2),
    ],
)  # fmt: skip
def test_english_events_actors_are_named_by_their_own_country_and_acronym(
    text: str, actor1: str, inter: int
) -> None:
    event = _main(text)
    assert event.actor1 is not None
    assert (event.actor1.name, event.actor1.inter) == (actor1, inter)


@pytest.mark.parametrize(
    "text",
    [
        # a clause saying what a protest is for does not make it planned or wanted stopped
        "On 12 June 2021, students staged a protest in Kandi (Kandi, Alibori) calling for the "
        "resignation of the school administration.",
        "Protests in Kandi (Kandi, Alibori) on 12 June 2021, to prevent parliament from voting "
        "on a constitutional amendment.",
        "On 12 June 2021, protesters went to the street in Kandi (Kandi, Alibori) to demand "
        "the release of a teacher.",
    ],
)
def test_english_events_a_protest_for_a_purpose_happened(text: str) -> None:
    event = _main(text)
    assert event.event_type == "Protests"
    assert event.status is Status.REPORTED


def test_english_events_a_government_strikes_by_its_forces() -> None:
    event = _main("ALEPPO, Syria - Government air strikes on rebel-held districts of Aleppo killed "
                  "at least ten civilians on Saturday, the civil defence said.")  # fmt: skip
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria"


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # farmers with weapons, or farmers who raid a camp, are a communal militia
        ("On 12 June 2021, farmers equipped with firearms attacked a Fulani pastoralist near "
         "Kandi (Kandi, Alibori).", "Violence against civilians",
         "Unidentified Communal Militia (Benin)"),
        ("On 12 June 2021, a group of farmers attacked a Fulani camp near Kandi (Kandi, "
         "Alibori).", "Violence against civilians", "Unidentified Communal Militia (Benin)"),
        ("On 12 June 2021, residents of Kandi (Kandi, Alibori) attacked a Fulani settlement "
         "in the area.", "Violence against civilians", "Unidentified Communal Militia (Benin)"),
        # (the camp named with its people: "Fulani pastoralists" does not take the words)
        ("On 12 June 2021, members of the Yoruba community attacked Fulani pastoralists camps "
         "near Kandi (Kandi, Alibori).", "Violence against civilians",
         "Yoruba Ethnic Militia (Benin)"),
        ("On 12 June 2021, farmers and pastoralists clashed with rifles and machetes near Kandi "
         "(Kandi, Alibori).", "Battles", "Unidentified Communal Militia (Benin)"),
        # shooting takes a gun
        ("On 12 June 2021, a group of farmers shot and killed a herder near Kandi (Kandi, "
         "Alibori).", "Violence against civilians", "Unidentified Communal Militia (Benin)"),
        # armed farmers who also vandalize do not riot
        ("On 12 June 2021, farmers with guns attacked a Fulani camp near Kandi (Kandi, "
         "Alibori) and vandalized it.", "Violence against civilians",
         "Unidentified Communal Militia (Benin)"),
        # a deadly fight between them is a battle of militias, a bloodless one a brawl
        ("On 12 June 2021, farmers and pastoralists clashed near Kandi (Kandi, Alibori), "
         "leaving four people dead.", "Battles", "Unidentified Communal Militia (Benin)"),
        # ... its dead told in the next sentence as much
        ("On 12 June 2021, farmers and pastoralists clashed near Kandi (Kandi, Alibori). Four "
         "people were killed.", "Battles", "Unidentified Communal Militia (Benin)"),
        ("On 12 June 2021, clashes between students in Kandi (Kandi, Alibori) left five "
         "wounded.", "Riots", "Rioters (Benin)"),
        # a toll of no one is no death
        ("On 12 June 2021, farmers and pastoralists clashed near Kandi (Kandi, Alibori). No one "
         "was killed.", "Riots", "Rioters (Benin)"),
        # unarmed farmers who beat a herder, or brawl with herders, are a crowd
        ("On 12 June 2021, a number of farmers assaulted a Fulani pastoralist after his cattle "
         "damaged farmland near Kandi (Kandi, Alibori).", "Riots", "Rioters (Benin)"),
        ("On 12 June 2021, farmers and pastoralists clashed near Kandi (Kandi, Alibori).",
         "Riots", "Rioters (Benin)"),
    ],
)  # fmt: skip
def test_english_events_armed_or_raiding_farmers_are_a_militia_and_brawling_ones_a_crowd(
    text: str, event_type: str, actor1: str
) -> None:
    event = _main(text)
    assert event.event_type == event_type
    assert event.actor1 is not None and event.actor1.name == actor1


def test_english_events_a_person_named_by_no_actor_word_is_a_civilian() -> None:
    event = _main(
        "On 12 June 2021, unknown gunmen shot and killed an economic operator at his home in "
        "Kandi (Kandi, Alibori)."
    )
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Benin)"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 June 2021, suspected ISGS militants attacked the village of Namssiguia "
        "(Bourzanga, Bam). Volunteer fighters (VDP) repulsed the assault and killed three "
        "militants.",
        "On 12 June 2021, presumed JNIM militants attacked the village of Posso (Titao, "
        "Loroum) and clashed with volunteer fighters (VDP).",
        # armed men who respond to the attack, or shoot back, fight it
        "On 12 June 2021, presumed JNIM militants attacked the village of Posso (Titao, "
        "Loroum). Volunteer fighters (VDP) responded to the attack.",
        "On 12 June 2021, unknown gunmen attacked the village of Selebonga (Titao, Loroum). "
        "Volunteer fighters (VDP) fired warning shots at them.",
    ],
)
def test_english_events_an_attack_that_armed_men_meet_is_one_battle(text: str) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.trigger.text) for e in typed] == [("Battles", "attacked")]
    assert typed[0].actor2 is not None and "Civilians" not in typed[0].actor2.name


def test_english_events_the_toll_of_the_forces_that_repel_an_attack_on_them_is_its_toll() -> None:
    text = (
        "On 12 June 2021, presumed ISGS militants attacked a police checkpoint near "
        "Gorom-Gorom (Gorom-Gorom, Oudalan). The police repulsed the attack and killed two "
        "militants."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.event_type for e in typed] == ["Battles"]
    assert typed[0].fatalities is not None and typed[0].fatalities.best == 2


def test_english_events_a_fight_elsewhere_later_is_another_event() -> None:
    text = (
        "On 12 June 2021, suspected ISGS militants attacked the village of Namssiguia "
        "(Bourzanga, Bam). The next day, soldiers clashed with militants near Djibo (Djibo, Soum)."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.event_type for e in typed] == ["Violence against civilians", "Battles"]


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("The next morning", "2021-06-13"),
        ("The following morning", "2021-06-13"),
        ("The previous evening", "2021-06-11"),
    ],
)
def test_english_events_a_day_told_from_the_date_before(words: str, day: str) -> None:
    text = (
        "On 12 June 2021, suspected ISGS militants attacked the village of Namssiguia "
        f"(Bourzanga, Bam). {words}, soldiers clashed with militants near Djibo (Djibo, Soum)."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.event_type for e in typed] == ["Violence against civilians", "Battles"]
    assert typed[1].when is not None and typed[1].when.start == day


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        ("On 12 June 2021, three soldiers were killed and six wounded when the vehicle they "
         "were travelling in struck an IED near Djibo (Djibo, Soum).",
         "Remote explosive/landmine/IED", 3),
        ("On 12 June 2021, five soldiers were killed when an IED struck their vehicle near "
         "Djibo (Djibo, Soum).", "Remote explosive/landmine/IED", 5),
        ("On 12 June 2021, four soldiers were killed and two others wounded by the explosion "
         "of an IED near Djibo (Djibo, Soum).", "Remote explosive/landmine/IED", 4),
        ("On 12 June 2021, presumed JNIM militants fired RPG rockets against two vehicles in "
         "Djibo (Djibo, Soum). No casualties reported.",
         "Shelling/artillery/missile attack", None),
        ("On 12 June 2021, a civilian vehicle was struck by an IED near Djibo (Djibo, Soum).",
         "Remote explosive/landmine/IED", None),
    ],
)  # fmt: skip
def test_english_events_a_killing_or_shooting_by_a_remote_weapon_is_that_weapons_event(
    text: str, sub_event_type: str, fatalities: int | None
) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in typed] == [
        ("Explosions/Remote violence", sub_event_type)
    ]
    got = typed[0].fatalities.best if typed[0].fatalities else None
    assert got == fatalities


def test_english_events_a_victims_weapon_is_no_means_and_no_event() -> None:
    # the IED is what the militant carried: the police killed him, one armed clash
    text = (
        "On 22 February 2020, the police killed a presumed JNIM militant equipped with an IED "
        "in the village of Solhan (Solhan, Yagha)."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.trigger.text, e.event_type, e.sub_event_type) for e in typed] == [
        ("killed", "Battles", "Armed clash")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 June 2021, Burkinabe forces launched airstrikes targeting suspected ISGS "
        "militants near Djibo (Djibo, Soum), and killed an unspecified number of militants.",
        "On 12 June 2021, aircraft of the Burkinabe air force struck a militant position near "
        "Djibo (Djibo, Soum).",
    ],
)
def test_english_events_strikes_from_the_air_stay_air_strikes(text: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_english_events_a_raid_on_the_ground_is_an_attack() -> None:
    event = _main("On 12 June 2021, unknown gunmen raided the village of Kandi (Kandi, Alibori).")
    assert event.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        # the attackers' own shots, and shots at civilians, meet no attack
        "On 12 June 2021, around twenty Ansaroul Islam militants raided the village of Ariel "
        "(Djibo, Soum), the assailants fired in the air and abducted two villagers.",
        "On 12 June 2021, the army raided a Fulani camp around Guene (Malanville, Alibori). The "
        "military shot about ten civilians.",
    ],
)
def test_english_events_shots_by_the_attackers_or_at_civilians_meet_no_attack(
    text: str,
) -> None:
    assert _main(text).event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # what the men who came in did says what their incursion was
        (
            "On 12 June 2021, suspected JNIM militants made an incursion into the village of Thiou "
            "(Thiou, Yatenga), and seized livestock.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "On 12 June 2021, presumed JNIM militants made an incursion into Tansarga (Tansarga, "
            "Tapoa). The militants ransacked and burned the mayor's office.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "On 12 June 2021, unknown gunmen made an incursion and abducted a village councilman "
            "in the village of Boule (Barani, Kossi).",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        # an attack on people it names (its verb tagged an adjective by the parser, which
        # gave it an object all the same)
        (
            "On 12 June 2021, presumed ISGS militants made an incursion and extorted and "
            "assaulted residents in Markoye.",
            "Violence against civilians",
            "Attack",
        ),
        # nothing else done, or only shots fired: an attack on the place it entered
        (
            "On 12 June 2021, unknown gunmen made an incursion into the village of Belegagnangue "
            "(Kelbo, Soum). The gunmen fired gunshots randomly before withdrawing.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 June 2021, suspected JNIM militants made an incursion into the village of "
            "Dambouguel (Dori, Seno) and entered the residence of a councilor.",
            "Violence against civilians",
            "Attack",
        ),
        # met by armed men: a battle, whatever they then did
        (
            "On 12 June 2021, suspected JNIM militants made an incursion into Gayeri (Gayeri, "
            "Komondjari). Burkinabe forces responded to the incursion and killed three militants.",
            "Battles",
            "Armed clash",
        ),
    ],
)
def test_english_events_an_incursion_is_what_its_men_did(
    text: str, event_type: str, sub_event_type: str
) -> None:
    assert _typed(text) == ("incursion", event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "actor2"),
    [
        # what forces did in their operation is what it was
        ("On 6 January 2020, the gendarmerie conducted an operation in the area of Kolerou "
         "(Kelbo, Soum), and killed nine presumed Katiba Macina militants.", "Battles",
         "Armed clash", "Katiba Macina"),
        ("On 6 January 2020, combined army and gendarmerie units conducted an operation near "
         "Toeni (Toeni, Sourou), 10 militants were killed and arms seized.", "Battles",
         "Armed clash", "Islamist Militants (Burkina Faso)"),
        # aimed at an armed group, a fight with it
        ("On 29 May 2019, Burkinabe military forces conducted joint operations targeting "
         "suspected JNIM militants in the area of Djibo (Djibo, Soum).", "Battles",
         "Armed clash", "JNIM: Group for Support of Islam and Muslims"),
        ("On 3 September 2022, soldiers carried out an operation against JNIM militants near "
         "Porga (Materi, Atacora).", "Battles", "Armed clash",
         "JNIM: Group for Support of Islam and Muslims"),
        # nothing else told: forces set to a task
        ("On 3 September 2022, soldiers carried out an operation near the military base in "
         "Porga (Materi, Atacora).", "Strategic developments", "Change to group/activity", None),
        # men sent or gathered for a task are told by what they did
        ("On 13 June 2019, soldiers deployed to Tchaourou (Tchaourou, Borgou) and killed "
         "three suspected JNIM militants.", "Battles", "Armed clash",
         "JNIM: Group for Support of Islam and Muslims"),
        # from the air: a strike; "air-ground" is no aerial operation, its fight is a battle
        ("On 24 May 2020, French Operation Barkhane conducted an aerial operation near "
         "Tin-Akoff (Tin-Akoff, Oudalan).", "Explosions/Remote violence", "Air/drone strike",
         None),
        ("Around 27 April 2020, French Operation Barkhane forces conducted a combined "
         "air-ground operation near Gorom-Gorom (Gorom-Gorom, Oudalan), and killed several "
         "presumed ISGS militants.", "Battles", "Armed clash", "Islamic State (Greater Sahara)"),
        # the corpses of militants left behind tell a fight with them
        ("On 7 May 2020, French Operation Barkhane forces conducted operations in the area of "
         "Yomboli (Oursi, Oudalan). Several corpses of suspected ISGS militants and motorbikes "
         "were reportedly left behind.", "Battles", "Armed clash",
         "Islamic State (Greater Sahara)"),
        # ... nor "air/ground": an operation on the ground too, no air strike
        ("Around 27 April 2020, French Operation Barkhane forces conducted air/ground "
         "operations near Gorom-Gorom (Gorom-Gorom, Oudalan).", "Strategic developments",
         "Change to group/activity", None),
    ],
)  # fmt: skip
def test_english_events_an_operation_is_what_was_done_in_it(
    text: str, event_type: str, sub_event_type: str, actor2: str | None
) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert event.actor1 is not None and event.actor1.name.startswith(("Military", "Police"))
    assert (event.actor2.name if event.actor2 else None) == actor2


@pytest.mark.parametrize(
    "text",
    [
        # forest and park rangers bear arms: killing one is a fight with the police forces
        "On 12 June 2021, unknown gunmen killed a ranger on an anti-poaching mission near "
        "Diapaga (Diapaga, Tapoa).",
        # the dead of intercommunal violence fell in a fight between communities
        "On 12 June 2021, a member of the Gourmantche community was killed amid intercommunal "
        "violence in Barimagou (Fada Ngourma, Gourma).",
    ],
)
def test_english_events_armed_victims_and_communal_fights_are_battles(text: str) -> None:
    assert _main(text).event_type == "Battles"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # armed men told among the dead in the toll's breakdown make it a fight with them
        (
            "An attack on the village of Bassi near Kaya on Sunday left nine people dead,"
            " including six Koglweogo members.",
            "en",
        ),
        (
            "L'attaque du village de Bassi près de Kaya a fait neuf morts dimanche, dont six"
            " Koglweogo.",
            "fr",
        ),
    ],
)
def test_english_events_armed_men_in_a_toll_s_breakdown_make_a_battle(text: str, lang: str) -> None:
    settings = Settings(lang=lang, vague_counts="acled", country="BF")
    event = next(e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is not None and event.actor2.name == "Koglweogo Militia"
    assert event.fatalities is not None and event.fatalities.best == 9


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "trigger"),
    [
        # stones thrown at people or their things by a crowd: mob violence
        (
            "On 12 June 2021, a number of residents threw stones against trucks in Kouande "
            "(Kouande, Atacora). One truck driver was wounded.",
            "Riots",
            "Mob violence",
            "threw stones",
        ),
        # by demonstrators: their demonstration is violent
        (
            "On 12 June 2021, a number of youths demonstrated and threw stones at policemen in "
            "Parakou (Parakou, Borgou).",
            "Riots",
            "Violent demonstration",
            "demonstrated",
        ),
        # and so is one whose students smash windows, or that blocks the traffic
        (
            "On 12 June 2021, students smashed windows and surrounded cars while protesting at "
            "the university in Ouagadougou.",
            "Riots",
            "Violent demonstration",
            "smashed",
        ),
        (
            "On 12 June 2021, students demonstrated over the death of a classmate in Diebougou. "
            "Traffic was blocked for about an hour on the main highway.",
            "Riots",
            "Violent demonstration",
            "demonstrated",
        ),
        # a support verb whose object names the event is no event of its own
        (
            "On 12 June 2021, teachers engaged in a sit-in in Kandi (Kandi, Alibori) to press "
            "their claims.",
            "Protests",
            "Peaceful protest",
            "sit-in",
        ),
        (
            "On 12 June 2021, hunters engaged police forces in a gun battle in Tchaourou "
            "(Tchaourou, Borgou).",
            "Battles",
            "Armed clash",
            "battle",
        ),
        (
            "On 12 June 2021, soldiers engaged suspected ISGS militants near Djibo (Djibo, Soum).",
            "Battles",
            "Armed clash",
            "engaged",
        ),
    ],
)
def test_english_events_stones_wrecking_roadblocks_and_support_verbs(
    text: str, event_type: str, sub_event_type: str, trigger: str
) -> None:
    assert _typed(text) == (trigger, event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # people seized and later killed were killed: an attack, with its toll
        (
            "On 12 June 2021, unknown gunmen abducted the deputy imam in the village of "
            "Kompiembiga (Pama, Kompienga), he was later executed.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 12 June 2021, three miners were abducted near Koutougou (Koutougou, Soum); their "
            "bodies were found a week later.",
            "Violence against civilians",
            "Attack",
        ),
        # an attempted abduction is an attack on the one it failed to seize
        (
            "On 12 June 2021, suspected ISGS militants attempted to abduct a civilian in Tin-Akoff "
            "(Tin-Akoff, Oudalan).",
            "Violence against civilians",
            "Attack",
        ),
        # the one who went missing is the victim; a ranger is armed (police forces)
        (
            "On 12 June 2021, a forest ranger went missing and was found murdered in Fada N'Gourma "
            "(Fada N'Gourma, Gourma).",
            "Battles",
            "Armed clash",
        ),
        # no death told: the abduction stands
        (
            "On 12 June 2021, presumed JNIM militants abducted a merchant near Pama (Pama, "
            "Kompienga).",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_english_events_an_abduction_that_ends_in_death_is_an_attack(
    text: str, event_type: str, sub_event_type: str
) -> None:
    events = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in events] == [(event_type, sub_event_type)]


def test_english_events_a_killing_told_after_a_deed_that_is_no_event_stands() -> None:
    # "killing" hangs on "entered", which names no event: the killing is the event
    event = _main(
        "On 12 June 2021, presumed gendarmes entered the village of Guesse-Gorgadje (Dori, "
        "Seno), killing three Fulani civilians."
    )
    assert (event.trigger.text, event.event_type) == ("killing", "Violence against civilians")
    assert event.fatalities is not None and event.fatalities.best == 3


def test_english_events_an_accusation_is_no_report_of_the_deed() -> None:
    text = (
        "On 12 June 2021, a number of locals in Kandi (Kandi, Alibori) severely wounded a man "
        "accused of killing a farm worker."
    )
    killings = [e for e in extract(text, PUBLISHED, lang="en") if e.trigger.text == "killing"]
    assert [e.status for e in killings] == [Status.UNCERTAIN]


def test_english_events_a_march_stopped_by_the_police_met_intervention() -> None:
    # who stopped it is people: "stopped" names a stop done to them, not a wish
    event = _main("A march of teachers was stopped by the police in Kandi on Monday.", "BJ")
    assert (event.trigger.text, event.sub_event_type) == ("march", "Protest with intervention")


@pytest.mark.parametrize(
    ("text", "trigger", "dead"),
    [
        # a warrant or an accusation on the subject says who he is, not whether the deed
        # happened; his death is the shooting's, not the murder's he is wanted for
        ("A man wanted for murder was shot dead by police in Niamey.", "shot dead", 1),
        ("A man accused of theft killed a policeman in Niamey.", "killed", 1),
        # a headline drops the article: one dead
        ("Trader shot dead by gunmen in Gao.", "shot dead", 1),
    ],
)
def test_english_events_what_is_said_of_the_subject_leaves_the_deed_reported(
    text: str, trigger: str, dead: int
) -> None:
    event = _main(text, "NE")
    assert event.trigger.text == trigger
    assert event.fatalities is not None and event.fatalities.best == dead


def test_english_events_a_warrant_is_no_report_of_the_deed() -> None:
    # the men are wanted for a murder: the arrest is the event, the murder no report
    text = "On 4 March, gendarmes arrested two men in Kaya, wanted for the murder of a trader."
    assert _main(text).sub_event_type == "Arrests"
    murders = [e for e in extract(text, PUBLISHED, lang="en") if e.trigger.text == "murder"]
    assert [e.status for e in murders] == [Status.UNCERTAIN]


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type"),
    [
        # a phrase that names what was done to the victims ("the throats") is a killing
        (
            "On 12 June 2021, presumed Ansaroul Islam militants slit the throats of three gold "
            "miners in Djibo (Djibo, Soum).",
            "slit the throats",
            "Attack",
        ),
        # a verb the tagger read as a noun with a subject and an object
        (
            "On 12 June 2021, three members of the military beat to death an electrician in Kandi "
            "(Kandi, Alibori).",
            "beat to death",
            "Attack",
        ),
        # "took three individuals hostage": the predicate of the object pairs with the verb
        (
            "On 12 June 2021, presumed Katiba Macina militants took three individuals hostage near "
            "Djibo (Djibo, Soum).",
            "took",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_english_events_phrases_the_parser_splits(
    text: str, trigger: str, sub_event_type: str
) -> None:
    assert _typed(text) == (trigger, "Violence against civilians", sub_event_type)


def test_english_events_shots_opened_against_someone_aim_at_him() -> None:
    # "against" hangs on "fire", a word of the trigger "opened fire"
    event = _main(
        "On 27 December 2019, an unknown gunman opened fire against a police checkpoint in the "
        "village of Di (Di, Sourou)."
    )
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Burkina Faso"


def test_english_events_a_verb_in_a_list_read_as_an_adjective_is_a_verb() -> None:
    # "tortured" tagged an adjective of "villagers": the verb, whose victims are civilians
    text = (
        "On 9 July 2019, the Burkinabe army carried out several arbitrary arrests, tortured "
        "villagers, burned granaries, and ransacked houses near Djibo (Djibo, Soum)."
    )
    events = extract(text, PUBLISHED, lang="en")
    torture = next(e for e in events if e.trigger.text == "tortured")
    assert (torture.event_type, torture.sub_event_type) == ("Violence against civilians", "Attack")
    assert torture.actor2 is not None and torture.actor2.name == "Civilians (Burkina Faso)"
    # ... the noun set beside a name in the verb before's object: the attack hurt people
    text = (
        "On April 28, presumed JNIM militants attacked the village of Noaka, assaulted "
        "villagers, burned a bar and four vehicles, and ransacked a school."
    )
    assert _main(text).event_type == "Violence against civilians"
    # a true adjective in such a list stays one: no event on "assorted"
    text = "On 9 July 2019, the gendarmes seized motorbikes and assorted military equipment."
    assert all(e.trigger.text != "assorted" for e in extract(text, PUBLISHED, lang="en"))


def test_english_events_two_groups_that_clash_are_its_two_sides() -> None:
    # "JNIM and ISGS militants clashed": the group named first is actor1, the other actor2
    event = _main(
        "On 12 June 2021, JNIM and ISGS militants clashed in Gnobtenkoagou (Madjoari, "
        "Kompienga), 5 ISGS and 2 JNIM militants reportedly killed."
    )
    assert event.actor1 is not None and event.actor2 is not None
    assert (event.actor1.name, event.actor2.name) == (
        "JNIM: Group for Support of Islam and Muslims",
        "Islamic State (Greater Sahara)",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between police and rioters at a mine in Pelegtanga left several people injured.",
        "On 3 May, police clashed with demonstrators in front of the town hall in Kaya.",
    ],
)
def test_english_events_a_crowd_that_fights_the_forces_is_the_riots_first_side(
    text: str,
) -> None:
    # whichever side the words name first, ACLED codes the crowd's riot against the police
    event = _main(text, country="BF")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 is not None and event.actor2 is not None
    assert (event.actor1.name, event.actor2.name) == (
        "Rioters (Burkina Faso)",
        "Police Forces of Burkina Faso",
    )


@pytest.mark.parametrize(
    "text",
    [
        # "summary executed" as coders write "summarily executed": no subject "summary"
        "On 12 June 2021, soldiers entered the village of Petegoli and summary executed ten "
        "civilians.",
        "On 12 June 2021, the Burkinabe army arrested and summary executed six Fulani men in "
        "Djibo (Djibo, Soum).",
    ],
)
def test_english_events_an_adverb_written_as_its_adjective_is_no_subject(text: str) -> None:
    event = _main(text, country="BF")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # the verb a fight's noun is the subject of holds its sides (roles.yaml side_marks)
        ("On 12 June 2021, clashes erupted between the Beninese army and three armed men in "
         "Cotonou (Cotonou, Littoral).", "en", ("the Beninese army", "three armed men")),
        ("On 12 June 2021, new clashes were reported in Ouagadougou between students and "
         "police.", "en", ("students", "police")),
        ("Des affrontements ont éclaté samedi entre des étudiants et la police à Ouagadougou.",
         "fr", ("des étudiants", "la police")),
        # ... or the verb of a relative clause on it
        ("On 12 June 2021, two people were wounded in fighting that erupted between herders "
         "and farmers in Biro (N'dali, Borgou).", "en", ("herders", "farmers")),
    ],
)  # fmt: skip
def test_english_events_a_fights_sides_on_the_verb_of_its_noun(
    text: str, lang: str, sides: tuple[str, str]
) -> None:
    fight = next(e for e in extract(text, PUBLISHED, lang=lang) if e.event_type)
    assert fight.actor1 is not None and fight.actor1.mention is not None
    assert fight.actor2 is not None and fight.actor2.mention is not None
    assert (fight.actor1.mention.text, fight.actor2.mention.text) == sides


def test_english_events_a_clause_in_the_passive_befalls_the_subject_it_shares() -> None:
    # "after being killed by gendarmes": the bodies were killed, the gendarmes killed them
    text = (
        "On 12 June 2021, the bodies of three herders were dumped near Djibo (Djibo, Soum) "
        "after being killed by gendarmes."
    )
    killing = next(e for e in _all(text, "BF") if e.event_type)
    assert killing.actor1 is not None and killing.actor1.mention is not None
    assert killing.actor1.mention.text == "gendarmes"
    assert killing.actor2 is not None and killing.actor2.name == "Civilians (Burkina Faso)"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # "gun shot", "mayor shot": the verb read as the last noun of the subject's phrase,
        # the subject left as the root with "wounded" joined to it
        ("On 12 June 2021, a farmer with an artisanal gun shot and wounded a young pastoralist "
         "in the village of Dekouenou (Ouidah, Atlantique).", "a farmer with an artisanal gun"),
        ("On 12 June 2021, the guard corps of the mayor shot and wounded two people in Kandi "
         "(Kandi, Alibori).", "the guard corps"),
    ],
)  # fmt: skip
def test_english_events_a_verb_read_as_the_last_noun_of_the_subjects_phrase(
    text: str, author: str
) -> None:
    event = _main(text)
    assert event.trigger.text == "shot"
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None and event.actor1.mention is not None
    assert event.actor1.mention.text == author
    assert event.actor2 is not None and event.actor2.name == "Civilians (Benin)"


@pytest.mark.parametrize(
    ("text", "actor1", "victims", "toll"),
    [
        # the victims are the owners of the phrase's own object, and they are the toll
        (
            "On 12 June 2021, presumed Ansaroul Islam militants slit the throats of three gold "
            "miners in Djibo (Djibo, Soum).",
            "Ansaroul Islam",
            "three gold miners",
            3,
        ),
        (
            "On 12 June 2021, gunmen slit the throat of a trader in Djibo (Djibo, Soum).",
            "Unidentified Armed Group (Burkina Faso)",
            "a trader",
            1,
        ),
        # "an unidentified armed group shot": the group read as a compound of a noun "shot";
        # the killing coordinated with the shots gives them their victims
        (
            "On 12 June 2021, an unidentified armed group shot and slit the throats of two people "
            "in the village of Tantega (Materi, Atacora).",
            "Unidentified Armed Group (Benin)",
            "two people",
            2,
        ),
    ],
)
def test_english_events_the_victims_of_a_phrase_that_names_what_was_done(
    text: str, actor1: str, victims: str, toll: int
) -> None:
    event = _main(text)
    assert event.event_type == "Violence against civilians"
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.mention is not None
    assert event.actor2.mention.text == victims
    assert event.fatalities is not None and event.fatalities.best == toll


def test_english_events_what_a_stop_verb_was_done_for_took_place() -> None:
    # the protest is why they interrupted the ceremony, not what was interrupted
    events = extract(
        "On 12 June 2021, villagers interrupted a community ceremony to protest the "
        "expropriation of their farmland in Djibo (Djibo, Soum).",
        PUBLISHED,
        lang="en",
    )
    assert [e.status for e in events if e.event_type == "Protests"] == [Status.REPORTED]
    stopped = extract("Police intervened to stop the protest in Djibo.", PUBLISHED, lang="en")
    assert not [e for e in stopped if e.event_type == "Protests"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a people's name on a weapon only states wield: that state's forces
        (
            "On 21 October 2020, a Burkinabe airstrike killed ten suspected ISGS militants in "
            "Zigberi (Markoye, Oudalan).",
            "Military Forces of Burkina Faso",
        ),
        (
            "Russian airstrikes killed ten civilians in Idlib on Saturday.",
            "Military Forces of Russia",
        ),
        # "Burkina", the country's short name, qualifies its forces
        (
            "On October 21, Burkina forces shot dead seven people between Aribinda and Koutougou.",
            "Military Forces of Burkina Faso",
        ),
        # "army" read as the subject of a noun "summary", itself the verb's subject
        (
            "On March 27, the Burkinabe army reportedly summary executed five Fulani civilians in "
            "the village of Windeboki.",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_english_events_a_states_forces_named_by_its_people(text: str, actor1: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 12 June 2021, police fired tear gas at student protesters in Kandi (Kandi, "
            "Alibori).",
            "Protesters (Benin)",
            "Police Forces of Benin",
        ),
        (
            "On 12 June 2021, police used tear gas to disperse the crowd in Kandi (Kandi, "
            "Alibori).",
            "Protesters (Benin)",
            "Police Forces of Benin",
        ),
    ],
)
def test_english_events_a_gathering_told_by_the_forces_that_broke_it_up(
    text: str, actor1: str, actor2: str
) -> None:
    # no protest word: the dispersal tells the protest, its people actor1, the forces actor2
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


def test_english_events_residents_who_intervene_break_up_no_protest() -> None:
    events = extract(
        "On 12 June 2021, residents intervened and stopped the thieves in Kandi (Kandi, Alibori).",
        PUBLISHED,
        lang="en",
    )
    assert not [e for e in events if e.event_type == "Protests"]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "actor1"),
    [
        # hurt by someone named, in the active voice: an attack told by its outcome
        (
            "On 12 June 2021, unknown gunmen severely wounded a trader in Kandi (Kandi, Alibori).",
            "Violence against civilians",
            "Attack",
            "Unidentified Armed Group (Benin)",
        ),
        # "of students" is the collective's, not an oblique of the verb
        (
            "On 17 February 2021, a number of students accosted and severely wounded a motorbike "
            "thief at the campus in Parakou (Parakou, Borgou).",
            "Riots",
            "Mob violence",
            "Rioters (Benin)",
        ),
    ],
)
def test_english_events_people_wounded_by_someone_named(
    text: str, event_type: str, sub_event_type: str, actor1: str
) -> None:
    event = _main(text)
    assert (event.trigger.text, event.event_type, event.sub_event_type) == (
        "wounded",
        event_type,
        sub_event_type,
    )
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    "text",
    [
        "On 12 June 2021, two soldiers were wounded in Kandi (Kandi, Alibori).",
        "On 12 June 2021, eight children were wounded by the explosion of a device in Kandi.",
    ],
)
def test_english_events_the_wounded_alone_are_no_wounding(text: str) -> None:
    events = extract(text, PUBLISHED, lang="en")
    assert not [e for e in events if e.trigger.text == "wounded"]


def test_english_events_wounded_after_killed_keep_the_toll_on_the_attack() -> None:
    # "killed one and wounded two others": "one and wounded" is no count; the wounded are the
    # attack's outcome, not an event of their own
    event = _main(
        "On 27 January 2020, presumed ISGS militants attacked a team of nurses in Nagraogo, "
        "killed one and wounded two others."
    )
    assert event.trigger.text == "attacked"
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.fatalities.injured is not None and event.fatalities.injured.value == 2
    told = _main(
        "On 8 November 2020, presumed ISGS militants attacked the village of Diobbou. Eight "
        "people were killed, five others wounded."
    )
    assert told.fatalities is not None and told.fatalities.best == 8


def test_english_events_a_clause_before_the_verb_that_asks_is_reported() -> None:
    # a comma splice read as the object of "asked": the abduction took place
    event = _main(
        "On April 13, presumed JNIM and/or ISGS militants abducted and interrogated a "
        "pharmacist in Yalanga, they reportedly asked about humanitarian food deliveries."
    )
    assert (event.trigger.text, event.sub_event_type) == (
        "abducted",
        "Abduction/forced disappearance",
    )


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "sub_event_type"),
    [
        (
            "Protesters demanding the release of imprisoned vigilantes set up road blocks in "
            "Kandi.",
            "set up road blocks",
            "Riots",
            "Violent demonstration",
        ),
        (
            "On 12 June 2021, health workers held a sit in at the hospital in Kandi.",
            "held a sit in",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Workers walk down to the street in Kandi to ask for an increase of salaries.",
            "walk down to the street",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Hundreds of traders went down in the streets of Parakou to demand lower taxes.",
            "went down in the streets",
            "Protests",
            "Peaceful protest",
        ),
        (
            "On 20 March 2020, Koglweogo militiamen reportedly routed a group of suspected ISGS "
            "militants in Pobe Mengao.",
            "routed",
            "Battles",
            "Armed clash",
        ),
    ],
)
def test_english_events_roadblocks_sit_ins_and_routs(
    text: str, trigger: str, event_type: str, sub_event_type: str
) -> None:
    assert _typed(text) == (trigger, event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # people "neutralised" are killed: fighters in a battle
        (
            "On 12 June 2021, soldiers neutralized ten militants near Djibo (Djibo, Soum).",
            "Battles",
            "Armed clash",
        ),
        # a device neutralised or defused is made safe: no explosion of its own
        (
            "On 12 June 2021, an army unit neutralized an IED on the axis Djibo-Bourzanga.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "On 12 June 2021, soldiers defused a bomb in Djibo (Djibo, Soum).",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        # a device found, weapons seized (in a list, in a measure, read as an adjective and
        # its noun by the parser): disarmed, no explosion
        (
            "On 12 June 2021, an army unit discovered an IED at the entrance of the village "
            "of Bilbalgho.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "On 12 June 2021, soldiers seized weapons and IEDs in Djibo (Djibo, Soum).",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "On 12 June 2021, police seized a large quantity of explosives in Djibo.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "On 12 June 2021, the gendarmerie dismantled a militant logistics base and seized "
            "arms, ammunition, IEDs, motorbikes, and other equipment in Belhourou.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
    ],
)
def test_english_events_neutralised_people_and_devices(
    text: str, event_type: str, sub_event_type: str
) -> None:
    events = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in events] == [(event_type, sub_event_type)]


def test_english_events_warning_shots_are_one_event_and_part_of_the_harm_after_them() -> None:
    alone = [e for e in extract("On 12 June 2021, militants fired warning shots in Bidi.",
                                PUBLISHED, lang="en") if e.event_type]  # fmt: skip
    assert [(e.event_type, e.sub_event_type) for e in alone] == [
        ("Strategic developments", "Other")
    ]
    for text, sub_event_type in (
        (
            "On 12 June 2021, suspected JNIM militants fired warning shots between Bidi and "
            "Koumbri, and gunshot wounded a woman.",
            "Attack",
        ),
        (
            "On 12 June 2021, a suspect who pushed a gendarme during his arrest while refusing "
            "to obey warning shots was shot dead in Dedera.",
            "Attack",
        ),
    ):
        typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
        assert (typed[0].event_type, typed[0].sub_event_type) == (
            "Violence against civilians",
            sub_event_type,
        ), text


def test_english_events_weapons_seized_in_a_fight_are_part_of_it() -> None:
    text = (
        "On 16 December 2019, the combined army and gendarmerie counter-terrorism unit (GFSN) "
        "dismantled a militant logistics base and seized arms, ammunition, IEDs, motorbikes, "
        "and other equipment, and reportedly killed four suspected JNIM and/or ISGS militants "
        "in Belhourou."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert typed[0].event_type == "Battles"
    assert all(e.event_type != "Explosions/Remote violence" for e in typed)
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in typed)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 January 2020, the Burkinabe air force conducted airstrike and combing operations "
        "against presumed Katiba Macina militants in the area of Alidougou.",
        "On September 5, the Burkinabe army conducted an artillery operations against JNIM/ISGS "
        "in the area of Nassougou.",
    ],
)
def test_english_events_a_noun_event_modifying_the_operations_a_force_conducted(
    text: str,
) -> None:
    # "artillery operations": the operations the support verb carries; its subject acts
    event = _main(text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 14 August 2020, a man was killed by the explosion of an IED near Nongoudoum "
         "(Banh, Loroum). The device was likely planted by JNIM militants.", "explosion"),
        # a weapon word that is itself a trigger: the noun is the event told again
        ("On 18 July 2020, an IED exploded near the Mentao refugee camp without causing any "
         "casualties, the explosive device was likely planted by JNIM militants.", "IED"),
    ],
)  # fmt: skip
def test_english_events_the_device_planted_by_someone_is_the_explosion_told_before(
    text: str, trigger: str
) -> None:
    # "The device was likely planted by JNIM militants": the explosion's author, not a
    # second explosion
    events = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.trigger.text for e in events] == [trigger]
    assert events[0].actor1 is not None
    assert events[0].actor1.name == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize(
    "text",
    [
        # the razing is why they demonstrated, inside the clause that tells it
        "On 1 July 2020, a number of residents of Garghin in Ouagadougou (Ouagadougou, "
        "Kadiogo) demonstrated after being evicted and having their houses razed.",
        # "engaged in 13 minutes of silence" is no fight
        "On 1 July 2020, hundreds of demonstrators engaged in 13 minutes of silence and staged "
        "a sit-in outside the Ouagadougou courthouse.",
        # the arrest is what the protest, told again, is about: no intervention
        "On 8 December 2020, a number of motorcycle taxi drivers staged a demonstration march "
        "in Parakou (Parakou, Borgou). The demonstration came in reaction to the arrest of four "
        "of their colleagues.",
    ],
)
def test_english_events_a_peaceful_protest_told_with_violence_it_is_about(text: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")


def test_english_events_hours_counted_are_no_clock_time() -> None:
    # "72 hours" is the strike's length (a clock reads "0400 hours"): the strike began Monday
    event = _main("Teachers in Dori (Dori, Seno) began a strike of 72 hours on Monday.")
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 14)


def test_english_events_a_protest_the_forces_dispersed_is_no_reason_of_their_means() -> None:
    # "the protest" told as what the forces dispersed is no retelling whose reason the tear
    # gas would be
    event = _main(
        "On September 5, MPP activists protested outside the party headquarters in "
        "Bobo-Dioulasso and security forces dispersed the protest by firing tear gas."
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_english_events_a_riot_word_of_its_own_date_is_no_violence_of_the_protest() -> None:
    # "after the 2011 mutiny": an event of its own date, told as background
    events = extract(
        "A hundred former policemen, expelled from police forces after the 2011 mutiny, "
        "organised a sit-in in Ouagadougou to ask for their re-integration.",
        PUBLISHED,
        lang="en",
    )
    sit_in = next(e for e in events if e.trigger.text == "sit-in")
    assert (sit_in.event_type, sit_in.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1", "actor2"),
    [
        # a label before a colon names the event the clause after it tells: its doer acts
        ("Movement of forces: On 4 March 2022, dozens of members of an armed group were "
         "spotted on motorbikes near Kandi (Kandi, Alibori).", "Change to group/activity",
         "Unidentified Armed Group (Benin)", None),
        # the label is the coder's typing: herders who destroy a field under it are an
        # organised group, not a crowd whose deed is a riot; the field's owners are civilians
        ("Property destruction: On 4 March 2022, a group of herders destroyed a maize field "
         "near Kandi (Kandi, Alibori).", "Looting/property destruction",
         "Unidentified Communal Militia (Benin)", "Civilians (Benin)"),
        # ... and the deed it labels stays the note's event, whatever violence follows it
        ("Property destruction: On 4 March 2022, suspected JNIM militants burned a health "
         "centre and abducted a nurse in Kandi (Kandi, Alibori).",
         "Looting/property destruction", "JNIM: Group for Support of Islam and Muslims",
         "Civilians (Benin)"),
        # a label of two words the parser makes the verb's subject is still no author
        ("Property destruction: On 8 February 2022, about sixty farmers youths armed with "
         "shotguns, clubs, arrows and machetes vandalized and burned several pastoralist camps "
         "in the commune of Bassila (Bassila, Donga).", "Looting/property destruction",
         "Unidentified Communal Militia (Benin)", "Civilians (Benin)"),
        # the parser makes "presumed" the verb the label is the subject of, and the deed its
        # complement clause: the deed's doer is the label's
        ("Property destruction: On 4 March 2022, presumed JNIM militants attacked the village "
         "of Kandi (Kandi, Alibori), they fired in the air and burned the town hall.",
         "Looting/property destruction", "JNIM: Group for Support of Islam and Muslims",
         "Civilians (Benin)"),
        # ... or "it was reported that ...": the doer is the reported clause's
        ("Property destruction: it was reported that the village of Kandi (Kandi, Alibori) has "
         "been attacked by suspected JNIM militants, gunfire reported.",
         "Looting/property destruction", "JNIM: Group for Support of Islam and Muslims",
         "Civilians (Benin)"),
        # ... or an aside the label hangs on: the doer is the verb's it qualifies
        ("Property destruction: Around 4 March 2022 (as reported), a number of farmers killed "
         "six oxen belonging to pastoralists in Kandi (Kandi, Alibori).",
         "Looting/property destruction", "Unidentified Communal Militia (Benin)",
         "Civilians (Benin)"),
    ],
)  # fmt: skip
def test_english_events_a_label_names_the_event_its_clause_tells(
    text: str, sub_type: str, actor1: str, actor2: str | None
) -> None:
    event = _main(text)
    assert event.sub_event_type == sub_type
    assert event.actor1 is not None and event.actor1.name == actor1
    assert (event.actor2.name if event.actor2 else None) == actor2


def test_english_events_the_deeds_a_label_names_are_its_one_event() -> None:
    # the coder's note tells one event: the deeds after the label in its sentence are its
    # mentions, their author its author (not a word of the coder's aside: "location coded
    # as"); what a deed tells in another sentence stays its own
    events = _all(
        "Looting: On 24 February 2022, unknown individuals seized four oxen from Fulani "
        "pastoralists in the commune of Kandi, location coded as Kandi (Kandi, Alibori). "
        "On 26 February 2022, gunmen killed a trader in Malanville (Malanville, Alibori).",
        "BJ",
    )
    assert [e.sub_event_type for e in events] == ["Looting/property destruction", "Attack"]
    looting = events[0]
    assert looting.actor1 is not None and looting.actor1.name == "Unidentified Armed Group (Benin)"
    assert {m.text for m in looting.mentions} >= {"Looting", "seized"}


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2022, gunmen stole cattle in Kandi (Kandi, Alibori).",
        "On 4 March 2022, suspected JNIM militants seized mobile phones and motorbikes in "
        "Kandi (Kandi, Alibori).",
    ],
)
def test_english_events_looted_property_belongs_to_civilians(text: str) -> None:
    event = _main(text)
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Benin)"
    assert event.actor2.implied and event.actor2.mention is not None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a time inside a purpose or a relative clause dates that clause, not the event
        ("Rioters barricaded the main road in Parakou to call for new elections in April "
         "2019.", PUBLISHED),
        ("On Saturday, rioters barricaded the main road in Parakou to call for new elections "
         "in April 2019.", date(2021, 6, 12)),
        ("Hundreds of people marched in Parakou to demand the release of a teacher who was "
         "arrested on 17 May.", PUBLISHED),
    ],
)  # fmt: skip
def test_english_events_a_time_in_a_clause_below_dates_that_clause(text: str, day: date) -> None:
    event = _main(text)
    assert event.when is not None and event.when.coded_day() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a date tied to a noun by "of" is that noun's, wherever the parser hangs the noun
        # (the note's own words: "the uprising population of 30 and 31 October 2014")
        ("Several thousand people in Parakou took the street in tribute to the victims of the "
         "uprising population of 30 and 31 October 2014.", PUBLISHED),
        ("Hundreds of people marched in Parakou to commemorate the failed coup of 16 September "
         "2015.", PUBLISHED),
        # ... unless the noun is a time's: "the morning of 9 June" dates the event
        ("On the morning of 9 June, hundreds of people marched in Parakou.", date(2021, 6, 9)),
        # an event told about one of its actors ("- killed in March -") lends it no date
        ("Gorane Dicko member of Ansaroul Islam and relative of Harouna Dicko - killed in "
         "March - was 'neutralised' by military forces.", PUBLISHED),
    ],
)  # fmt: skip
def test_english_events_a_date_tied_to_another_noun_is_that_noun_s(text: str, day: date) -> None:
    event = _main(text)
    assert event.when is not None and event.when.coded_day() == day


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        # an armed group's threat to people is ACLED's strategic development "Other"
        ("On 4 March 2022, gunmen threatened the teachers of a school in Kandi (Kandi, "
         "Alibori).", ("Strategic developments", "Other")),
        ("Non-violent activity: On 4 March 2022, an armed group preached in a mosque of "
         "Kandi (Kandi, Alibori).", ("Strategic developments", "Other")),
    ],
)  # fmt: skip
def test_english_events_what_an_armed_group_does_short_of_violence(
    text: str, typed: tuple[str, str]
) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == typed


def test_english_events_a_states_threat_is_diplomacy_only() -> None:
    events = extract(
        "Russia threatened Ukraine with new sanctions on Monday.", PUBLISHED, lang="en"
    )
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and all(e.event_type is None for e in threats)


def test_english_events_local_actors_say_which_country_the_story_is_in() -> None:
    # no place the gazetteer holds: the Koglweogo are Burkina Faso's, so are their victims
    event = _main("On 3 June 2020, Koglweogo militiamen beat to death two herders in Tiwega.")
    assert event.actor1 is not None and event.actor1.name == "Koglweogo Militia"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"
    # external forces act abroad: they say nothing of where the story is
    event = _main("On 3 June 2020, Barkhane forces killed ten militants near Tiwega.")
    assert event.place is not None and event.place.country is None  # (not coded to France)


@pytest.mark.parametrize(
    "text",
    [
        # shots fired and a civilian hit by the same men: the wounded say at whom
        "On 19 March 2021, suspected JNIM militants opened fire and wounded a civilian in "
        "Kandi (Kandi, Alibori).",
        # pirates who board a ship at sea attack its crew, named apart by ACLED
        "On 24 June 2020, sea pirates attacked a fishing vessel off the coast of Cotonou "
        "(Cotonou, Littoral).",
    ],
)  # fmt: skip
def test_english_events_shots_and_boardings_aimed_at_civilians(text: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Benin)"


def test_english_events_pirates_are_named_apart() -> None:
    event = _main("Pirates kidnapped nine crew members from a vessel close to Cotonou port.")
    assert event.actor1 is not None and event.actor1.name == "Pirates (Benin)"
    assert event.actor1.inter == 3


def test_english_events_a_capture_naming_no_one_and_nothing_is_no_event() -> None:
    # the small parser reads "youths captured" as youths who were captured: a capture with no
    # taker and nothing taken is that misreading, not a territory taken
    events = extract(
        "On 2 March 2021, a number of youths captured and assaulted a man suspected of "
        "stealing goats in Kandi (Kandi, Alibori).",
        PUBLISHED,
        lang="en",
    )
    assert events and all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


def test_english_events_a_march_through_a_town_is_placed_there() -> None:
    # the small model tags "Cotonou" a person here: the preposition says it is a place
    event = _main(
        "Thousands of students marched through Cotonou against the refusal to negotiate "
        "with teachers."
    )
    assert event.event_type == "Protests"
    assert event.place is not None and event.place.name == "Cotonou"
    assert event.actor1 is not None and event.actor1.name == "Protesters (Benin)"


def test_english_events_what_airstrikes_targeting_are_aimed_at_is_their_target() -> None:
    event = _main(
        "On 3 September 2019, the Burkinabe air force conducted airstrikes targeting "
        "suspected JNIM and/or ISGS militants in the area of Djibo."
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 is not None and event.actor2.name == (
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    )


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 21 July 2019, JNIM militants attacked the village of Doffi, and killed three people "
         "described as Koglweogo militiamen.", "Koglweogo Militia"),
        ("On 22 August 2019, unknown gunmen attacked the customs station in Batie, killing a "
         "customs officer.", "Police Forces of Burkina Faso"),
        # the attackers' own dead are no other side
        ("On 21 May 2020, JNIM militants ambushed a gendarmerie unit near Djibo. Seven militants "
         "were killed in the attack.", "Police Forces of Burkina Faso Gendarmerie"),
    ],
)  # fmt: skip
def test_english_events_armed_men_among_the_dead_of_an_attack_are_its_other_side(
    text: str, actor2: str
) -> None:
    event = _main(text, country="BF")
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == actor2


def test_english_events_a_name_with_its_kind_beside_a_place_is_its_area() -> None:
    # NER takes "Zou" for a person; "Zou department" set beside the village is Benin's
    # department, which says where the story is
    event = _main("Unidentified gunmen shot and killed two people in Djime, Zou department.")
    assert event.place is not None and (event.place.name, event.place.country) == ("Zou", "BJ")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Benin)"


def test_english_events_a_name_the_tagger_broke_up_before_its_kind_is_the_place() -> None:
    # the tagger reads "Let" as a verb and NER "Pan Hla" as a person: the capitalised words
    # between "on" and "village" are the village, which lies in the township named after it
    event = _main(
        "On 8 September 2024, a fighter jet dropped two bombs on Let Pan Hla village in "
        "Kanbalu township, killing nine civilians."
    )
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == "Let Pan Hla"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Myanmar)"


def test_english_events_the_city_no_name_came_before_is_no_name_to_look_up() -> None:
    # "the city" with no city named before it: somewhere unnamed, not Oakville, Connecticut
    # (whose alternate name is "The City"); in a story of known country, somewhere in it
    text = (
        "Tens of thousands of people rallied in the largest stadium in the city to protest "
        "against the referendum on term limits."
    )
    event = _main(text)
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == "the city"
    assert event.place.latitude is None and event.place.country is None
    placed = _main(text, country="BF").place
    assert placed is not None and (placed.country, placed.geo_precision) == ("BF", 3)


def test_english_events_a_ministry_and_foreigners_say_nothing_of_the_country() -> None:
    # "the Ministry of Economy" is in the capital (not in Economy, Indiana), of a country
    # the desk names when the text does not
    text = (
        "On 12 May 2021, the finance officers' union started a 72-hour sit-in at the "
        "Ministry of Economy and Finance."
    )
    event = _main(text)
    assert event.place is None or event.place.country is None
    assert event.actor1 is not None and event.actor1.name is None
    event = _main(text, country="BF")
    assert event.place is not None and event.place.name == "Ouagadougou"
    # foreigners named by their people tell who they are, not where the story is: the
    # Koglweogo's country wins
    event = _main(
        "On 2 June 2020, Koglweogo militiamen beat two Nigerien herders in Tiwega. Gunmen "
        "also attacked Nigerien traders there."
    )
    assert event.actor2 is not None and event.actor2.name == "Civilians (Niger)"
    assert event.place is not None and event.place.country == "BF"


def test_english_events_a_peoples_plural_names_its_militia() -> None:
    event = _main("On 24 June 2020, suspected Fulanis killed a farmer in Kandi (Kandi, Alibori).")
    assert event.actor1 is not None and event.actor1.name == "Fulani Ethnic Militia (Benin)"


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        # a coder's label says what the clause was: people leaving is a strategic
        # development "Other" in an ACLED note
        ("Displacement: On 20 October 2021, people left the village of Karimama (Karimama, "
         "Alibori) after the attacks.", ("Strategic developments", "Other")),
        # an agreement so labelled was concluded, and the label is no party to it
        ("Agreement: the president resumed power, signing a peace deal with the Presidential "
         "Security Unit.", ("Strategic developments", "Agreement")),
        # the label is no complement of its clause's verb: the demand took place, though
        # the attacks it threatens are only planned
        ("Non-violent activity: On 3 May 2022, gunmen demanded the closure of two schools "
         "under threat of attacks in Kandi.", ("Strategic developments", "Other")),
    ],
)  # fmt: skip
def test_english_events_a_coders_label_types_its_clause(text: str, typed: tuple[str, str]) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == typed
    assert all(
        a is None or a.mention is None or a.mention.text != text.split(":")[0]
        for a in (event.actor1, event.actor2)
    )


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # only a movement's or a displacement's doer is what was seen or who went: an arrest's
        # is who detected them, an attack's is no one the clause joined to it names
        ("Arrests: On 3 May 2022, Beninese soldiers detected two suspected militants near "
         "Kandi (Kandi, Alibori).", "Military Forces of Benin"),
        ("Attack: On 3 May 2022, two civilians were killed and the army launched a sweep near "
         "Kandi (Kandi, Alibori).", "Unidentified Armed Group (Benin)"),
        ("Movement of forces: On 3 May 2022, soldiers detected an IED near Kandi (Kandi, "
         "Alibori).", "Military Forces of Benin"),
    ],
)  # fmt: skip
def test_english_events_what_other_labels_tell_keeps_its_doer(text: str, actor1: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Six Dozo hunters were killed in an attack near Mopti.", "en"),
        ("Six chasseurs dozos ont été tués dans une attaque près de Mopti.", "fr"),
    ],
)
def test_english_events_the_armed_dead_of_an_attack_naming_no_side_are_the_side_hit(
    text: str, lang: str
) -> None:
    # a battle (the dead bore arms) whose other side is theirs, not civilians
    event = next(e for e in extract(text, PUBLISHED, lang=lang) if e.event_type)
    assert event.event_type == "Battles"
    assert event.actor2 is not None and "Militia" in (event.actor2.name or "")


def test_english_events_a_labelled_clause_with_no_doer_takes_the_one_joined_to_it() -> None:
    # the schools were closed by no one named; the people who left are the displaced
    event = _main(
        "Displacement: On 20 October 2022, schools have been closed and people have left the "
        "village in Karimama (Karimama, Alibori)."
    )
    assert event.actor1 is not None and event.actor1.name == "Civilians (Benin)"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a bare "strike" among unions, pay or a protest is a labour strike
        ("On 12 May 2021, teachers in Kandi (Kandi, Alibori) began a strike to protest the "
         "delay of their bonuses.", "Protests"),
        ("On 12 May 2021, the health workers' union started a strike in Parakou over unpaid "
         "wages.", "Protests"),
        # and a strike that kills is one from the air
        ("On 12 May 2021, a coalition strike killed five fighters near Raqqa.",
         "Explosions/Remote violence"),
    ],
)  # fmt: skip
def test_english_events_a_labour_strike_is_no_air_strike(text: str, event_type: str) -> None:
    assert _main(text).event_type == event_type


def test_english_events_the_forces_that_break_up_a_protest_are_its_other_side() -> None:
    event = _main(
        "On 6 April 2021, residents demonstrated against the prolonged mandate of the "
        "president in Kandi (Kandi, Alibori). The police intervened and dispersed the "
        "demonstrators."
    )
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Benin"
    # mutinous soldiers firing in the air are the protest's own people, not its other side
    event = _main(
        "On 6 April 2021, soldiers took to the streets of Kandi (Kandi, Alibori) to protest "
        "unpaid bonuses, firing shots into the air."
    )
    assert event.actor2 is None or event.actor2.name != "Military Forces of Benin"


def test_english_events_a_death_told_again_is_the_killing_told_before() -> None:
    text = (
        "Gunmen killed a trader in Kano on Tuesday, police said. The trader was shot dead "
        "outside his shop."
    )
    assert len(_typed_events(text, date(2024, 7, 2))) == 1
    # someone else, on another day, is another killing
    text = (
        "Gunmen killed a trader in Kano on Tuesday, police said. On Wednesday, the trader's "
        "brother was shot dead in Zaria."
    )
    assert len(_typed_events(text, date(2024, 7, 2))) == 2


def test_english_events_bombs_a_jet_dropped_are_the_air_strike_told_before() -> None:
    text = (
        "BANGKOK, Sept 9 (Reuters) - A Myanmar military air strike on a village in the "
        "northwestern Sagaing region killed at least nine civilians on Sunday, residents "
        "said.\n\nA fighter jet dropped two bombs on the village in Kanbalu township at about "
        "2 p.m., hitting a monastery, a resident said."
    )
    (strike,) = _typed_events(text, date(2024, 9, 9))
    assert (strike.sub_event_type, strike.fatalities and strike.fatalities.best) == (
        "Air/drone strike",
        9,
    )
    assert "bombs" in {m.text for m in strike.mentions}
    # the township is where in the region the strike was
    assert strike.place is not None and strike.place.name == "Kanbalu"
    # the jet that dropped them makes them an air strike on their own
    (bombs,) = _typed_events(
        "A fighter jet dropped two bombs on Let Pan Hla village on Sunday.", date(2024, 9, 9)
    )
    assert bombs.sub_event_type == "Air/drone strike"
    assert bombs.actor1 is None  # whose aircraft, the words must say


def test_english_events_a_bomb_no_one_is_named_for_is_an_unidentified_groups() -> None:
    text = (
        "BAMAKO, March 14 (Reuters) - On March 3, a roadside bomb struck an army vehicle near "
        "Mopti, killing two soldiers, according to a military source."
    )
    (bomb,) = _typed_events(text, date(2024, 3, 14))
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert bomb.actor1 is not None and bomb.actor1.name == "Unidentified Armed Group (Mali)"


def test_english_events_a_militia_is_named_after_the_village_it_comes_from() -> None:
    event = _main(
        "On 19 September 2020, a group of youths from Banagbasson attacked and burned down a "
        "Fulani pastoralist camp in Zambara (Kalale, Borgou).",
    )
    assert event.actor1 is not None and event.actor1.name == "Banagbasson Communal Militia (Benin)"
    # refugees from a country are that country's
    event = _main(
        "On 10 September 2022, women refugees from Burkina Faso engaged in fistfights with "
        "local resident women at a water pump station in Tanguieta (Tanguieta, Atacora)."
    )
    assert event.actor1 is not None and event.actor1.name == "Rioters (Burkina Faso)"


def test_english_events_a_village_in_a_countrys_state_is_placed_in_that_state() -> None:
    text = (
        "JOS, Nigeria, April 17 (Reuters) - Dozens of people were killed when armed Fulani "
        "herders and farmers clashed in and around Kombun village in Nigeria's central "
        "Plateau state on Monday, residents said."
    )
    (clash,) = _typed_events(text, date(2024, 4, 17))
    assert clash.place is not None and clash.place.name == "Plateau"


def test_english_events_power_seized_is_no_one_abducted() -> None:
    text = "The military, which seized power in a February 2021 coup, has relied on air power."
    assert not [
        e
        for e in _typed_events(text, date(2024, 9, 9))
        if e.sub_event_type and "Abduction" in e.sub_event_type
    ]


def test_english_events_the_hour_and_the_quarter_of_an_attack_told_again() -> None:
    text = (
        "BUJUMBURA, Oct 21 (AFP) - At least two people were killed and 15 wounded when "
        "unidentified attackers threw a grenade into a crowded bar in Bujumbura on Saturday "
        "night, police said.\n\nTwo men on a motorcycle hurled the grenade into the bar in "
        "the northern Kamenge neighbourhood at around 9 p.m. and sped away, police said."
    )
    (attack,) = _typed_events(text, date(2024, 10, 21))
    assert attack.sub_event_type == "Grenade"
    assert attack.place is not None and attack.place.name == "Bujumbura"
    assert attack.when is not None and attack.when.start == "2024-10-19"


def test_english_events_what_a_protest_is_against_is_no_side_of_it() -> None:
    # ACLED leaves a peaceful protest's actor2 empty: the government it was against is kept
    # among its actors as the recipient
    event = _main(
        "Over a thousand people took to the streets of Cotonou on Monday to protest against "
        "the government.",
        "BJ",
    )
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", None)
    assert [(a.role, a.name) for a in event.assoc_actors] == [
        (Role.RECIPIENT, "Government of Benin")
    ]
    # the forces that broke it up are its other side, even when it names what it was against
    event = _main(
        "Over a thousand people took to the streets of Cotonou on Monday to protest against "
        "the government. Police dispersed the march with tear gas.",
        "BJ",
    )
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Benin"


def test_english_events_a_labelled_clause_read_as_an_apposition_keeps_its_doer() -> None:
    # the parser hangs "a farmer" on the label as an apposition: the farmer still did it
    event = _main(
        "Property destruction: On 14 February 2022, a farmer with an artisanal gun shot and "
        "killed nine sheep belonging to pastoralists in the village of Kika (Tchaourou, "
        "Borgou)."
    )
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Communal Militia (Benin)"


@pytest.mark.parametrize(
    "text",
    [
        # an armed group apposed to the label, its verb a clause of the label's
        ("Movement of forces: On 16 November 2022, an armed group of eight on five motorcycles "
         "passed through the village of Ilakara (Karimama, Alibori) and joined residents at the "
         "mosque."),
        # the seen group moves, not the aerial reconnaissance that saw it
        ("Movement of forces: On 14 November 2022, an unidentified armed group of six fighters "
         "were observed by aerial reconnaissance near Kandi (Kandi, Alibori)."),
        # ... or that farmers saw, or residents reported, not the farmers or the residents
        ("Movement of forces: On 6 July 2022, farmers spotted about thirty armed men on "
         "motorcycles near Kandi (Kandi, Alibori)."),
        ("Movement of forces: On 27 June 2022, movements of armed men were reported by "
         "residents near Kandi (Kandi, Alibori)."),
        ("Movement of forces: On 12 July 2022, a position of armed groups was identified "
         "near Kandi (Kandi, Alibori)."),
        # an armed group of people is the armed group, not people
        ("Movement of forces: On 9 November 2022, an armed group of 8 people on motorcycles "
         "went back and forth between two villages near Kandi (Kandi, Alibori)."),
    ],
)  # fmt: skip
def test_english_events_the_forces_a_movement_label_tells_of_are_its_actor(text: str) -> None:
    event = _main(text)
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Benin)"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the shots of the by-phrase join the attack's mentions
        ("Militants carried out an attack by gunfire against a police post near Djibo "
         "(Djibo, Soum).", ["Battles"]),
        # ... and the weapons told with them: a combined ambush is one fight
        ("JNIM militants carried out a complex ambush by IED detonation and gunfire against "
         "forest rangers near Porga (Materi, Atacora).", ["Battles"]),
        # a weapon of remote violence told alone stays its own event (it says the type)
        ("The attack by mortar fire on the camp killed two soldiers in Djibo.",
         ["Battles", "Explosions/Remote violence"]),
        # an event told under another's by-phrase is no means of it
        ("A protest by residents against the killing by soldiers of two youths took place in "
         "Kaya.", ["Protests", "Violence against civilians"]),
    ],
)  # fmt: skip
def test_english_events_the_shots_an_event_was_done_by_are_no_event_of_their_own(
    text: str, types: list[str]
) -> None:
    assert [e.event_type for e in _all(text, "BF") if e.event_type] == types


@pytest.mark.parametrize(
    "text",
    [
        # the small parser makes the IED the subject of "planted"
        "On 6 January 2022, an army vehicle struck an IED likely planted by JNIM militants "
        "near Porga (Materi, Atacora). Three soldiers were killed.",
        "On 6 January 2022, the ambush near Porga (Materi, Atacora) was claimed by JNIM.",
        # what the ambush was done with is no author of it: the subject of "carried out" is
        "On 8 February 2022, JNIM militants carried out a complex ambush by IED detonation and "
        "gunfire against forest rangers near Porga (Materi, Atacora).",
        "On 28 January 2020, JNIM militants carried out a complex ambush initiated by the "
        "detonation of an IED followed by gunfire against an army patrol near Pama.",
    ],
)
def test_english_events_the_agent_of_a_support_verb_the_event_is_the_subject_of(
    text: str,
) -> None:
    event = _main(text)
    assert event.actor1 is not None
    assert event.actor1.name == "JNIM: Group for Support of Islam and Muslims"


def test_english_events_either_force_is_the_army_even_tagged_a_verb() -> None:
    # the tagger calls "gendarmes" a verb here; a subject is a noun, and the notes' "soldiers
    # and/or gendarmes" is the army, as ACLED codes it
    event = _main(
        "On 17 May 2020, soldiers and/or gendarmes assaulted Fulani villagers in Djibo "
        "(Djibo, Soum)."
    )
    assert event.actor1 is not None
    assert event.actor1.name == "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the areas in brackets after the word for the kind of place
        ("On 14 July 2022, soldiers killed three herders in Nouari village (Materi, Atacora).",
         "Matéri"),
        # a kind word the place words do not list: the brackets still name its areas (the
        # subdivision itself is in no gazetteer: the area around it stands)
        ("On 26 April 2022, gunmen burned a police station and killed a policeman in Karimama "
         "subdivision (Alibori).", "Alibori"),
        # an editor's aside in square brackets between the name and its areas
        ("On 4 September 2020, herders assaulted and wounded a farmer in Soubo "
         "[Soubo-Baraworou] (Nikki, Borgou).", "Nikki"),
        # a village in a borough the text puts in areas: read in those areas
        ("On 2 November 2022, gunmen were seen in Tchanhorta, a village in the borough of "
         "Tampegre (Toucountouna, Atacora). They attacked the village school.", "Toukountouna"),
    ],
)  # fmt: skip
def test_english_events_a_place_the_text_puts_in_areas(text: str, place: str) -> None:
    event = _main(text)
    assert event.place is not None and event.place.name == place


def test_english_events_the_story_is_where_the_text_puts_a_place_in_areas() -> None:
    # a second mention of the event takes the place the text puts in areas, not a
    # department's name a foreign town bears ("Research", Australia)
    text = (
        "On 17 September 2020, dozens of unionists staged a demonstration in front of the "
        "Department of Research in Ouagadougou (Ouagadougou, Kadiogo). The unionists organized "
        "the demonstration in solidarity with their secretary general, who faced a "
        "disciplinary hearing."
    )
    settings = Settings(lang="en", vague_counts="acled")
    events = extract(text, PUBLISHED, lang="en", settings=settings)
    assert events
    assert {e.place.name if e.place else None for e in events} == {"Ouagadougou"}


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 9 March 2019, unknown gunmen (presumably Ansaroul Islam) attacked the gendarmerie "
         "in Deou.", "Ansaroul Islam"),
        ("On 27 December 2019, unknown gunmen (believed to be Katiba Macina militants) opened "
         "fire against a police checkpoint in Djibo.", "Katiba Macina"),
        # the parser makes the named group a second subject
        ("On 9 March 2019, a group of gunmen aboard motorbikes, presumably Ansaroul Islam "
         "militants abducted a villager in Djibo.", "Ansaroul Islam"),
    ],
)  # fmt: skip
def test_english_events_a_named_group_says_who_unknown_gunmen_are(text: str, actor1: str) -> None:
    event = _main(text, country="BF")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert all(e.actor1 is None or "Unidentified" not in e.actor1.name for e in _all(text, "BF"))


@pytest.mark.parametrize(
    ("text", "lang", "actor1"),
    [
        # the authorities impose curfews: told in the passive, or by an official no actor
        # lexicon lists, the measure is the government's
        ("On 12 November 2022, a curfew has been put in place in Kalale (Kalale, Borgou).",
         "en", "Government of Benin"),
        ("On 2 January 2020, the governor of the Est Region extended the curfew by three "
         "months across the region.", "en", "Government of Burkina Faso"),
        ("Un couvre-feu a été décrété samedi à Djibo après une série d'attaques.", "fr",
         "Government of Burkina Faso"),
        ("Le gouverneur de la région du Sahel a décrété samedi un couvre-feu à Djibo, dans le "
         "nord du Burkina Faso.", "fr", "Government of Burkina Faso"),
        # ... while an armed group that imposes one is its author
        ("On 5 July 2020, JNIM militants imposed a curfew on residents of Djibo.", "en",
         "JNIM: Group for Support of Islam and Muslims"),
        ("Les jihadistes ont imposé un couvre-feu aux habitants de Djibo.", "fr",
         "Islamist Militants (Burkina Faso)"),
        # a blockade is as often the armed groups': it implies no author
        ("Around 1 April 2020, militants (believed to be JNIM) began a blockade on the town "
         "of Djibo (Djibo, Soum).", "en", "JNIM: Group for Support of Islam and Muslims"),
        ("On 5 May 2020, a blockade was imposed on the town of Djibo (Djibo, Soum).", "en",
         None),
        # a curfew told with armed men beside it may be theirs: no author implied
        ("A curfew was imposed by the militants on the village of Tin-Akoff, Burkina Faso.",
         "en", None),
        ("Un couvre-feu a été imposé par les jihadistes aux habitants de Djibo.", "fr", None),
        ("Ansarul Islam fighters enforced a curfew in the village of Pobe-Mengao, Burkina "
         "Faso.", "en", None),
        # ... but not armed men the sentence names for what they did
        ("After militants attacked the town of Djibo, Burkina Faso, the governor declared a "
         "curfew.", "en", "Government of Burkina Faso"),
    ],
)  # fmt: skip
def test_english_events_a_curfew_no_one_is_said_to_impose_is_the_government_s(
    text: str, lang: str, actor1: str | None
) -> None:
    (event,) = [
        e
        for e in extract(text, PUBLISHED, lang=lang)
        if e.sub_event_type == "Change to group/activity"
    ]
    assert (event.actor1 and event.actor1.name) == actor1


@pytest.mark.parametrize(
    ("text", "lang", "fatalities"),
    [
        # armed men who kill the attack's authors fought it: one battle, their toll its own
        ("On 30 November 2021, suspected JNIM militants attacked a Beninese army patrol near "
         "Keremou (Banikoara, Alibori). The patrol killed one militant.", "en", 1),
        # ... an ambush as well as an attack
        ("On 12 June 2020, suspected JNIM militants ambushed an army patrol in the area of "
         "Petanaye (Titao, Loroum), the soldiers responded to the attack and killed 7 "
         "militants.", "en", 7),
        ("OUAGADOUGOU (AFP) - Des jihadistes ont attaqué mardi une patrouille de l'armée près "
         "de Djibo, dans le nord du Burkina Faso. Les soldats ont tué deux assaillants, selon "
         "une source sécuritaire.", "fr", 2),
    ],
)  # fmt: skip
def test_english_events_killing_an_attack_s_authors_fights_it(
    text: str, lang: str, fatalities: int
) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type]
    assert [(e.event_type, e.fatalities and e.fatalities.best) for e in typed] == [
        ("Battles", fatalities)
    ]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # a killing that is no fight with the attack's authors stays its own event
        ("Militants attacked the village of Kuru on Tuesday. Soldiers later killed two "
         "civilians in a nearby village.", [None, 2]),
        ("Soldiers attacked the village of Yirgou in Burkina Faso on Monday, killing 10 "
         "civilians. Militants killed two soldiers.", [10, 2]),
        ("Armed men attacked the village of Posso in Burkina Faso, killing five civilians. "
         "Soldiers later killed twelve militants.", [5, 12]),
        # ... as does one of another named group's men
        ("Suspected JNIM militants attacked an army post in Djibo on Monday. Soldiers killed "
         "eight Islamic State militants.", [None, 8]),
        # ... and one told after an attack with a toll of its own (none is lost)
        ("Suspected JNIM militants attacked a Burkinabe army patrol near Djibo on Monday, "
         "killing two soldiers. The soldiers killed seven militants.", [2, 7]),
    ],
)  # fmt: skip
def test_english_events_other_killings_after_an_attack_stay_apart(
    text: str, tolls: list[int | None]
) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.fatalities and e.fatalities.best for e in typed] == tolls


def test_english_events_a_toll_is_no_visit_s() -> None:
    # "travelling" tells a visit; the man travelling was killed by the blast, its toll
    text = (
        "On 14 August 2020, a man travelling aboard a motorbike was killed by the explosion "
        "of an IED near Djibo (Djibo, Soum)."
    )
    event = _main(text)
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "event_type", "actor2"),
    [
        # those a violent noun's result befell are its target, with no count to carry them
        ("Soldiers were killed in a jihadist attack on the town of Tin-Akoff in northern "
         "Burkina Faso.", "Battles", "Military Forces of Burkina Faso"),
        ("On 14 August 2020, a man travelling aboard a motorbike was killed by the explosion "
         "of an IED near Djibo (Djibo, Soum).", "Explosions/Remote violence",
         "Civilians (Burkina Faso)"),
        # ... a mayor among them bore no arms: the attack met no armed side
        ("On 15 May 2019, militants attacked the town of Oursi. The mayor was killed in the "
         "attack.", "Violence against civilians", "Civilians (Burkina Faso)"),
        # ... and a fight's dead may be of either side: not the side it was fought against
        ("A young man was killed during a violent skirmish between protesters and security "
         "forces in Gaoua, Burkina Faso.", "Riots", "Police Forces of Burkina Faso"),
        ("Bystanders were wounded in an exchange of fire between police and robbers in "
         "Lagos.", "Battles", None),
        # the attack's own men, and civilians caught in an attack on soldiers, are not whom
        # it was aimed at
        ("Militants were killed in an attack on a military post near Djibo, Burkina Faso.",
         "Battles", "Military Forces of Burkina Faso"),
        ("Civilians were killed in an attack on a military base near Djibo, Burkina Faso.",
         "Battles", "Military Forces of Burkina Faso"),
        # militias beside the forces are hit as they are
        ("Five members of the Volunteers for the Defence of the Homeland were killed in an "
         "ambush near Djibo, Burkina Faso.", "Battles", "VDP: Volunteer for Defense of Homeland"),
    ],
)  # fmt: skip
def test_english_events_those_an_attack_killed_are_whom_it_hit(
    text: str, event_type: str, actor2: str | None
) -> None:
    event = _main(text)
    assert (event.event_type, event.actor2 and event.actor2.name) == (event_type, actor2)


def test_english_events_gunmen_and_a_named_group_are_two_authors_of_one_event() -> None:
    # (coordinated, the named group does not say who the gunmen are: both killed the two,
    # one toll, the second named its associated actor)
    text = "On 3 May 2020, gunmen and JNIM militants killed two civilians in Arbinda."
    (event,) = [e for e in _all(text, "BF") if e.event_type]
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert [(a.name, a.role) for a in event.assoc_actors] == [
        ("JNIM: Group for Support of Islam and Muslims", Role.AGENT)
    ]
    assert event.fatalities is not None and event.fatalities.best == 2


@pytest.mark.parametrize(
    "text",
    [
        ("On 21 August 2020, militants stopped a truck near Djibo. A large amount of medicine "
         "was seized by the militants."),
        "On 30 August 2020, militants seized a large number of ruminants in Markoye.",
    ],
)  # fmt: skip
def test_english_events_what_a_measure_word_counts_was_taken(text: str) -> None:
    # "amount", "number": the thing seized is the noun they measure, so it was looted
    event = _main(text, country="BF")
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Looting/property destruction",
    )


def test_english_events_an_infinitive_the_parser_makes_a_relative_clause_still_happened() -> None:
    # "to protest" hung on "Hundreds" as a relative clause says what they were there for
    event = _main(
        "Hundreds of protesters in the streets in Dedougou on 28 October to protest the "
        "upcoming parliamentary vote.",
        country="BF",
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.when is not None and event.when.coded_day() == date(2020, 10, 28)  # (last)


def test_english_events_raped_is_sexual_violence_whatever_the_lemma() -> None:
    # the small model lemmatises "raped" as "rap"
    event = _main("On 16 December 2019, gunmen robbed an ambulance and raped the nurse in Djibo.")
    assert (event.event_type, event.sub_event_type) == (
        "Violence against civilians",
        "Sexual violence",
    )


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("On 25 January 2020, unknown gunmen detained a civilian near Diebougou.",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("On 8 September 2021, a number of residents captured a thief before handing him over "
         "to the police in Parakou.", ("Riots", "Mob violence")),
        ("On 4 March 2020, police arrested two smugglers in Cotonou.",
         ("Strategic developments", "Arrests")),
    ],
)  # fmt: skip
def test_english_events_only_the_state_arrests(text: str, typed: tuple[str, str]) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == typed


@pytest.mark.parametrize(
    ("text", "country", "first"),
    [
        # the arrests that ended the riot are part of it
        ("On 2 May 2021, 44 people were arrested in Pama after protests and arson attacks "
         "over the death of a poacher.", "BF", "Violent demonstration"),
        # arrests a protest followed stay an event of their own
        ("On 2 May 2021, soldiers arrested twenty herders in Dassari. The herders' community "
         "protested against these arrests the next day.", "BJ", "Arrests"),
    ],
)  # fmt: skip
def test_english_events_arrests_and_the_protests_around_them(
    text: str, country: str, first: str
) -> None:
    events = _all(text, country)
    assert events[0].sub_event_type == first
    assert first == "Arrests" or all(e.sub_event_type != "Arrests" for e in events)


def test_english_events_a_label_is_no_violence_of_the_riot_its_clause_tells() -> None:
    # the vandalism would make a riot of the residents' deed, and the label its violence
    event = _main(
        "Property destruction: On 3 March 2021, residents vandalized and burned several huts "
        "of pastoralists in Kalale."
    )
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Looting/property destruction",
    )


def test_english_events_banned_gatherings_are_no_protest() -> None:
    text = (
        "On 23 March 2020, the government banned all political and religious gatherings in "
        "response to the coronavirus outbreak."
    )
    assert all(e.event_type != "Protests" for e in _all(text, "BJ"))


def test_english_events_protesters_firing_into_the_air_riot() -> None:
    # "the air" is no target: the protesters' own harmless shots make the protest a riot
    event = _main("On 3 June 2011, soldiers protested and fired into the air in Banfora.")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


_PROPERTY = ("Strategic developments", "Looting/property destruction")
_ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        # an attack on a place whose men only burned and took things was that destruction
        ("On 2 March 2021, gunmen attacked the village of Tialga, burned the town hall and "
         "seized two motorbikes. No casualties were reported.", _PROPERTY),
        ("On 2 March 2021, gunmen attacked the market in Tialga, fired shots in the air and "
         "torched several stalls.", _PROPERTY),
        # ... told with "no casualties" in its own sentence as well (a count of no one)
        ("On 2 March 2021, gunmen attacked the town hall in Tialga and set it ablaze, no "
         "casualties reported.", _PROPERTY),
        # people harmed in the same report keep it an attack on them
        ("On 2 March 2021, gunmen attacked the village of Tialga and burned the town hall. "
         "Three residents were wounded.", _ATTACK),
        ("On 2 March 2021, gunmen attacked the village of Tialga, beat the village chief and "
         "burned his house.", _ATTACK),
        # a people's camp is the people: the attack aims at them
        ("On 2 March 2021, gunmen attacked a Fulani camp near Tialga and burned the huts.",
         _ATTACK),
        ("On 2 March 2021, gunmen attacked two traders and burned their shop in Tialga.",
         _ATTACK),
    ],
)  # fmt: skip
def test_english_events_an_attack_that_only_destroyed_is_property_destruction(
    text: str, typed: tuple[str, str]
) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == typed


def test_english_events_police_a_protesters_deed_aims_at_meet_the_protest() -> None:
    # the tear gas of the police the stones were thrown at is what met the march, not what
    # it was about (a gerund of their own deed is no verb of purpose)
    event = _main(
        "On 14 June 2021, several hundred protesters marched in Cotonou, throwing stones at "
        "the police who used tear gas against them.",
        "BJ",
    )
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Benin"


def test_english_events_a_fight_that_harmed_no_one_takes_in_what_was_seized() -> None:
    # "no casualties" counts no one, yet the fight is one: the seizing is part of it
    text = (
        "On 2 March 2021, militants ambushed an army patrol near Tialga and seized two "
        "vehicles; no casualties were reported."
    )
    typed = [(e.event_type, e.sub_event_type) for e in _typed_events(text, date(2021, 3, 2))]
    assert typed == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    ("text", "lang", "typed"),
    [
        # looting or destruction is ACLED's "without casualties": people wounded or killed
        # in its report make it an attack on civilians
        ("On 20 December 2018, armed bandits robbed merchants near Terpo, one merchant who "
         "tried to flee was wounded.", "en", _ATTACK),
        ("On 24 July 2019, armed youths from Sanwara destroyed property in Koumboura, three "
         "people were wounded.", "en", _ATTACK),
        ("Des bandits armés ont dévalisé des commerçants près de Terpo dimanche, un commerçant "
         "a été blessé.", "fr", _ATTACK),
        # a count of no one is no casualty, nor are the looters' own or armed men (a fight);
        # a crowd's looting stays its riot
        ("On 20 December 2018, armed bandits robbed merchants near Terpo; no casualties were "
         "reported.", "en", _PROPERTY),
        ("On 5 June 2021, armed men looted shops in Djibo; two of the looters were wounded by "
         "VDP.", "en", _PROPERTY),
        ("On 5 June 2021, armed men looted shops in Djibo; one VDP was wounded.", "en",
         _PROPERTY),
        ("On 20 December 2018, residents looted shops in Terpo, two people were wounded.", "en",
         ("Riots", "Mob violence")),
    ],
)  # fmt: skip
def test_english_events_looting_with_casualties_is_an_attack(
    text: str, lang: str, typed: tuple[str, str]
) -> None:
    events = [e for e in extract(text, PUBLISHED, lang=lang) if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in events] == [typed]


def test_english_events_a_plural_noun_tagged_a_finite_verb_is_the_noun() -> None:
    # the tagger reads "militants" as a verb in the present with "ISGS" its subject
    event = _main(
        "On 6 September 2019, youths in Salmossi ambushed a group of suspected ISGS militants "
        "when they entered the village."
    )
    assert event.event_type == "Battles"
    assert event.actor2 is not None
    assert event.actor2.name == "Islamic State (Greater Sahara)"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2020, gunmen ambushed a convoy of traders escorted by gendarmes near Pama.",
        "On 4 May 2020, gunmen attacked a gendarmerie-escorted supply convoy near Pama.",
    ],
)
def test_english_events_the_escort_of_what_was_attacked_is_attacked_too(text: str) -> None:
    event = _main(text, "BF")
    assert event.event_type == "Battles"
    assert event.actor2 is not None
    assert event.actor2.name == "Police Forces of Burkina Faso Gendarmerie"


def test_english_events_an_escort_is_no_target_of_a_protest() -> None:
    event = _main(
        "On 1 April 2021, villagers demonstrated against the arrival of an official "
        "accompanied by security forces in Gouka.",
        "BJ",
    )
    assert event.event_type == "Protests"
    assert event.actor2 is None or event.actor2.name is None  # not the security forces


def test_english_events_a_verb_tagged_a_noun_with_a_subject_is_the_verb() -> None:
    # the tagger reads "clashed" as a noun with "Supporters" its subject and no copula
    event = _main(
        "Supporters and opponents of a local representative clashed following a protest "
        "march in Kaya."
    )
    assert event.trigger.text == "clashed"
    assert event.event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2021, gunmen stopped a bus near Dori. One passenger was removed from the "
        "bus and executed.",
        "On 2 March 2021, a trader was found executed near Dori.",
    ],
)
def test_english_events_a_participle_joined_to_a_passive_befell_its_subject(text: str) -> None:
    event = _main(text, "BF")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None
    assert event.actor2.name == "Civilians (Burkina Faso)"


def test_english_events_what_a_passive_befell_is_no_author_of_the_next_clause() -> None:
    event = _main(
        "On 2 February 2020, five soldiers were killed and one wounded by the explosion of an "
        "IED between Dori and Seytenga (near Seytenga), the device was likely planted by JNIM "
        "militants.",
        "BF",
    )
    assert event.actor1 is not None
    assert event.actor1.name == "JNIM: Group for Support of Islam and Muslims"


def test_english_events_an_incursion_whose_toll_is_told_first_is_the_killing() -> None:
    event = _main(
        "On 10 October 2020, militants made an incursion into the village of Markoye. Three "
        "residents were killed and one motorbike was seized."
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "dead"),
    [
        # the parser reads "killed" as active: a headline's bare singular subject with no
        # object is whom the attack it was killed in hit
        (
            "Policeman killed in attack on checkpoint near Dori",
            "Unidentified Armed Group (Burkina Faso)",
            "Police Forces of Burkina Faso",
            1,
        ),
        # with an object it is the author
        (
            "Policeman killed two robbers in Dori on Monday.",
            "Police Forces of Burkina Faso",
            "Civilians (Burkina Faso)",
            2,
        ),
    ],
)
def test_english_events_a_headline_read_as_active_names_its_victim(
    text: str, actor1: str, actor2: str, dead: int
) -> None:
    event = _main(text, "BF")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2
    assert event.fatalities is not None and event.fatalities.best == dead


@pytest.mark.parametrize(
    ("text", "lang", "dead"),
    [
        ("Two gendarmes wounded in mine blast near Dori", "en", None),
        ("Two gendarmes wounded and one killed in mine blast near Dori", "en", 1),
        ("Deux gendarmes blessés et un tué dans l'explosion d'une mine près de Dori", "fr", 1),
    ],
)
def test_english_events_the_wounded_say_who_was_hit_when_the_dead_do_not(
    text: str, lang: str, dead: int | None
) -> None:
    # no dead, or dead named by no word of who they were: the wounded were hit
    settings = Settings(lang=lang, country="BF")
    event = next(e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type)
    assert event.actor2 is not None
    assert event.actor2.name == "Police Forces of Burkina Faso Gendarmerie"
    assert (event.fatalities.best if event.fatalities else None) == dead


def test_english_events_a_headline_passive_befell_its_subject() -> None:
    # no auxiliary: the parser makes the chief the subject of "abducted"
    event = _main(
        "Village chief of Tialga abducted and executed by presumed Ansaroul Islam members.", "BF"
    )
    assert event.event_type == "Violence against civilians"
    assert event.actor1 is not None
    assert event.actor1.name == "Ansaroul Islam"
    assert event.actor2 is not None
    assert event.actor2.name == "Civilians (Burkina Faso)"


def test_english_events_the_victims_of_violence_against_civilians_are_civilians() -> None:
    # "marabout" is in no actor lexicon: the event's type says who its victim was
    event = _main("On 20 August 2020, militants abducted a marabout in Sebba.", "BF")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2 is not None
    assert event.actor2.name == "Civilians (Burkina Faso)"
    assert event.actor2.mention is not None and event.actor2.mention.text == "a marabout"


def test_english_events_killers_in_an_attack_did_it_and_it_named_again_is_no_other() -> None:
    # the killers named inside an attack that names none are its authors: one event, dated
    # by the attack's own time (not the day the sources spoke), said by the sources; "the
    # attack" named again by a clause of its own is that attack, not a second one
    event = _one_violent_event(
        "OUAGADOUGOU, June 12 (Reuters) - Gunmen killed at least 15 civilians in an attack on "
        "a village in northern Burkina Faso on Friday night, security sources said on "
        "Saturday.\n\nNo group has claimed responsibility for the attack.",
        "BF",
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None and event.actor1.mention.text == "Gunmen"
    assert event.fatalities is not None and event.fatalities.best == 15
    assert event.when is not None and event.when.coded_day() == date(2021, 6, 11)
    assert event.attribution is not None and event.attribution.source.text == "security sources"
    assert "attack" in {m.text for m in event.mentions}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a noun that names who tells, no actor word, before the reporting verb
        ("Gunmen opened fire on residents of Djibo on Friday, witnesses said.", "witnesses"),
        # "told Reuters": the teller is the verb's subject, not the agency
        ("Gunmen opened fire on residents of Djibo on Friday, two security sources told "
         "Reuters.", "two security sources"),
        # the parser hangs the tellers on the actors, whose clause holds the event
        ("Islamic State-linked insurgents attacked and briefly took control of the town of "
         "Quissanga on Friday after a firefight with government troops, a local official and "
         "residents said.", "a local official and residents"),
        # a title apposed to the teller does not replace the teller
        ("Gunmen opened fire on residents of Djibo on Friday, Boureima Diallo, the mayor, "
         "said.", "Boureima Diallo"),
    ],
)  # fmt: skip
def test_english_events_who_says_so_before_the_reporting_verb(text: str, source: str) -> None:
    event = _main(text)
    assert event.attribution is not None and event.attribution.source.text == source


def test_english_events_a_group_named_in_apposition_is_the_one_author() -> None:
    # "members of an ... affiliated group, Ansaroul Islam": one author, the group named
    event = _main(
        "On 12 June 2021, members of an Al Qaeda affiliated group, Ansaroul Islam, killed an "
        "imam in a reprisal attack in Djibo."
    )
    assert event.actor1 is not None and event.actor1.name == "Ansaroul Islam"
    assert event.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the toll told of "the clashes" afterwards is the fight's, whichever side leads it
        ("On 12 June 2021, security forces and volunteer fighters engaged suspected ISGS "
         "militants in Djibo. Three militants and two volunteer fighters were killed in the "
         "clashes.", 5),
        # the forces that "responded to the attack" fought it, though they name a place of
        # their own: one battle, not an attack on the village and a second fight
        ("On 17 August 2020, suspected JNIM militants made an incursion into the village of "
         "Thiou. Volunteer fighters responded to the attack and killed two militants in "
         "Petosire.", 2),
    ],
)  # fmt: skip
def test_english_events_a_fight_named_again_is_the_one_battle(text: str, dead: int) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.fatalities is not None and event.fatalities.best == dead


def test_english_events_paragraphs_a_blank_line_separates_are_neighbours() -> None:
    # wire copy separates its paragraphs by blank lines: the paragraph after the lead still
    # tells the lead's attack (its undated deeds take the lead's date and join it), and each
    # event still says the line its paragraph is on
    events = _all(
        "OUAGADOUGOU, June 12 (Reuters) - Gunmen killed at least 15 civilians in an attack on "
        "a village in northern Burkina Faso on Friday night, security sources said on "
        "Saturday.\n\nThe assailants, who arrived on motorbikes, opened fire on residents of "
        "Tawori and set fire to the market, two security sources told Reuters.\n\n"
        "Separately, hundreds of people marched in Ouagadougou on Saturday.",
        "BF",
    )
    attack, march = [e for e in events if e.event_type]
    assert {"killed", "opened fire"} <= {m.text for m in attack.mentions}
    assert attack.when is not None and attack.when.coded_day() == date(2021, 6, 11)
    assert (attack.paragraph, march.paragraph) == (1, 5)
    assert march.event_type == "Protests"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        # what a denial governs did not happen, says who denies it
        ("The army denied reports that the post had been overrun.", "en", "overrun"),
        ("The army denied any attack on the post in Djibo.", "en", "attack"),
        ("L'armée a démenti toute attaque contre le poste de Djibo.", "fr", "attaque"),
    ],
)  # fmt: skip
def test_english_events_a_denied_event_is_negated_by_who_denies_it(
    text: str, lang: str, trigger: str
) -> None:
    event = _event_of(text, lang, trigger)
    assert event.status is Status.NEGATED
    assert event.attribution is not None and event.attribution.source.text.lower().endswith(
        "armée" if lang == "fr" else "army"
    )


def test_english_events_what_a_clause_denies_after_an_event_leaves_it_told() -> None:
    event = _event_of(
        "No casualties were reported after the attack on the gendarmerie post in Kati.",
        "en",
        "attack",
    )
    assert event.status is Status.REPORTED


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The army denied any involvement in the killing of 20 civilians in Yei.", "en",
         "killing"),
        ("L'armée a démenti toute implication dans le massacre de 20 civils à Yei.", "fr",
         "massacre"),
    ],
)  # fmt: skip
def test_english_events_a_denied_part_in_an_event_denies_its_author_not_the_event(
    text: str, lang: str, trigger: str
) -> None:
    event = _event_of(text, lang, trigger)
    assert event.status is Status.REPORTED
    assert event.actor1 is None or event.actor1.concept != "government_forces"


@pytest.mark.parametrize(
    ("text", "lang", "precision"),
    [
        # a name written with a word for an administrative area is the area, not the town
        ("Jihadists attacked an army post in the Gao region on Sunday.", "en", 3),
        ("Des jihadistes ont attaqué un poste de l'armée dans la région de Gao dimanche.", "fr",
         3),
        ("Jihadists attacked an army post in Gao on Sunday.", "en", 1),
        # ... wherever the event's place is told: the attack named again in a later sentence
        ("Jihadists attacked an army post in central Mali on Sunday, killing 33 soldiers. The "
         "attack, in the Gao region, is the deadliest against the army.", "en", 3),
    ],
)  # fmt: skip
def test_english_events_a_name_written_as_an_area_is_the_area(
    text: str, lang: str, precision: int
) -> None:
    event = next(e for e in extract(text, PUBLISHED, lang=lang) if e.event_type)
    assert event.place is not None and event.place.name == "Gao"
    assert (event.place.country, event.place.geo_precision) == ("ML", precision)


def test_english_events_men_sent_are_dated_by_the_deed_that_tells_them() -> None:
    # the reinforcements are told by the air strike after them: its own time dates them
    events = extract(
        "The army denied it. It said reinforcements had been sent and that an air strike had "
        'killed "a dozen terrorists" on Monday.',
        date(2021, 3, 17),
        lang="en",
    )
    strike = next(e for e in events if e.event_type)
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.when is not None and strike.when.start == "2021-03-15"


def test_english_events_the_gunmen_told_of_later_are_the_group_named_first() -> None:
    # "the gunmen" of the next paragraph are the suspected jihadists of the lead: one attack
    event = _one_violent_event(
        "NIAMEY, Jan 4 (Reuters) - Suspected jihadists killed nearly 100 people in attacks on "
        "two villages in western Niger on Saturday, the prime minister said.\n\nThe gunmen, "
        "who arrived on about 100 motorcycles, attacked the villages of Tchoma Bangou and "
        "Zaroumdareye simultaneously, a local official told Reuters.",
        "NE",
    )
    assert event.actor1 is not None and event.actor1.name == "Islamist Militants (Niger)"
    assert "attacked" in {m.text for m in event.mentions}


def test_english_events_a_since_in_a_relative_clause_makes_no_running_total() -> None:
    # "since Monday" dates the road blocked, in the clause on the town: the two dead are
    # one event's toll, not a running total
    events = _all(
        "At least two protesters were killed and a dozen injured in Save, in central Benin, "
        "where demonstrators had blocked the main road since Monday, a hospital source told "
        "AFP.",
        "BJ",
    )
    killed = next(e for e in events if e.fatalities is not None)
    assert killed.kind is Kind.EVENT
    assert killed.fatalities is not None and killed.fatalities.best == 2


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "status"),
    [
        # an accusation is no report that it happened, however its object splits the verb
        # from what it accuses them of
        ("The ministry accused the protesters of attacking a police station in Save.", "en",
         "attacking", Status.UNCERTAIN),
        ("Le ministère a accusé les manifestants d'avoir attaqué un commissariat à Savè.", "fr",
         "attaqué", Status.UNCERTAIN),
        # a verb of threat or accusation coordinated with the deed is a deed of its own
        ("Militants threatened and attacked the village of Djibo.", "en", "attacked",
         Status.REPORTED),
        ("Des jihadistes ont menacé puis attaqué le village de Djibo.", "fr", "attaqué",
         Status.REPORTED),
        ("Lobi farmers accused Fulani herders of damaging their fields and destroyed several "
         "houses in Gaoua.", "en", "destroyed", Status.REPORTED),
        # a guess at who the authors are, in a copula the parser joins the deed to, is no
        # guess at the deed (while a modal on the deed's own verb is)
        ("Militants described as Boko Haram, could be ISWAP, seized an ox from a herder near "
         "Kalale.", "en", "seized", Status.REPORTED),
        ("The militants may have seized an ox from a herder near Kalale.", "en", "seized",
         Status.UNCERTAIN),
        # ... while a condition on both still governs the deed
        ("If the militants are still in Djibo and attack the town again, the army will "
         "respond.", "en", "attack", Status.UNCERTAIN),
    ],
)  # fmt: skip
def test_english_events_what_a_cue_verb_of_accusation_or_threat_governs(
    text: str, lang: str, trigger: str, status: Status
) -> None:
    event = _event_of(text, lang, trigger)
    assert event.status is status


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "counted"),
    [
        # a bare count stands for the counted actor word before it (an ellipsis)
        ("Police arrested 20 suspected militants in Djibo on Monday; 1 was killed.", "en",
         "killed", "militants"),
        ("Les gendarmes ont arrêté 20 jihadistes présumés lundi à Djibo, 2 ont été tués.",
         "fr", "tués", "jihadistes"),
    ],
)  # fmt: skip
def test_english_events_a_bare_count_stands_for_the_noun_it_counts(
    text: str, lang: str, trigger: str, counted: str
) -> None:
    event = _event_of(text, lang, trigger)
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.antecedent is not None
    assert event.actor2.antecedent.text == counted
    assert event.actor2.name == "Islamist Militants (Burkina Faso)"


def test_english_events_a_bare_count_with_no_counted_noun_before_it_is_nobody_named() -> None:
    # "3" counts no armed men before it: the gunmen are the authors, the dead civilians
    event = _main("Gunmen attacked a village near Djibo on Monday; 3 were killed.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.concept != "unidentified_armed_group"


def test_english_events_who_says_so_after_a_list_of_the_fight_s_sides_is_no_side() -> None:
    # the parser joins "residents and a local official" to the sides of the fighting
    text = (
        "M23 rebels seized the town of Rubaya on Tuesday after two days of fighting with the "
        "army and allied militias, residents and a local official said."
    )
    event = _event_of(text, "en", "seized")  # (the fighting is one of its mentions)
    assert event.attribution is not None and event.attribution.source is not None
    assert event.attribution.source.text == "residents"
    for actor in (event.actor1, event.actor2):
        assert actor is not None and actor.mention is not None
        assert "residents" not in actor.mention.text


@pytest.mark.parametrize(
    ("text", "lang", "moved"),
    [
        ("Police said security forces had been deployed to the forests around Kuriga on "
         "Thursday.", "en", "security forces"),
        # (the reinforcements and their deployment are one move)
        ("Des renforts militaires ont été déployés samedi à Djibo, a indiqué une source "
         "sécuritaire.", "fr", "militaires"),
    ],
)  # fmt: skip
def test_english_events_forces_deployed_are_the_actor_of_their_move(
    text: str, lang: str, moved: str
) -> None:
    verb = "deployed" if lang == "en" else "déployés"
    (event,) = [
        e for e in extract(text, PUBLISHED, lang=lang) if verb in {m.text for m in e.mentions}
    ]
    assert event.sub_event_type == "Change to group/activity"
    assert event.actor1 is not None and event.actor1.mention is not None
    assert moved in event.actor1.mention.text
    assert event.actor2 is None


def test_english_events_a_kidnapping_named_again_is_the_abduction_not_the_men_sent() -> None:
    text = (
        "KADUNA, Nigeria, March 7 (AP) - Gunmen abducted dozens of pupils from a primary "
        "school in Kuriga early on Thursday, police said.\n\n"
        "The attackers stormed the school as classes were about to begin. A pupil was shot "
        "dead.\n\n"
        "Police said security forces had been deployed to the forests around the town. No "
        "group has claimed the kidnapping."
    )
    events = {e.trigger.text: e for e in _all(text, "NG")}
    assert "kidnapping" in [m.text for m in events["abducted"].mentions]
    assert events["deployed"].event_type == "Strategic developments"


_DAKAR = (
    "DAKAR, Feb 9 (Reuters) - Police in Senegal fired tear gas at hundreds of protesters in "
    "Dakar on Friday who were denouncing the postponement of the presidential election.\n\n"
    "Protesters burned tyres and threw stones at security forces in several neighbourhoods "
    "of the capital. One student was killed in the northern city of Saint-Louis, the "
    "opposition said."
)


def test_english_events_rioting_told_after_a_dispersal_makes_it_a_violent_demonstration() -> None:
    events = {e.trigger.text: e for e in _all(_DAKAR, "SN")}
    dispersal = events["fired tear gas"]
    assert (dispersal.event_type, dispersal.sub_event_type) == ("Riots", "Violent demonstration")
    assert dispersal.actor1 is not None and dispersal.actor1.name == "Rioters (Senegal)"
    assert dispersal.actor2 is not None and dispersal.actor2.name == "Police Forces of Senegal"


def test_english_events_a_killing_told_elsewhere_is_no_toll_of_the_event_before() -> None:
    events = {e.trigger.text: e for e in _all(_DAKAR, "SN")}
    assert events["threw stones"].fatalities is None
    killing = events["killed"]
    assert killing.place is not None and killing.place.mention is not None
    assert killing.place.mention.text == "Saint-Louis"


def test_english_events_a_thing_that_ends_like_a_person_is_no_civilian() -> None:
    # "postponement" ends like "resident": a protest against it has no second actor
    event = _main(
        "Hundreds of people protested in Dakar on Friday against the postponement of the election.",
        "SN",
    )
    assert event.event_type == "Protests"
    assert event.actor2 is None or event.actor2.name is None


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Warplanes bombed the town of Nyala on Sunday.", "Air/drone strike"),
        ("Army drones bombed RSF positions in Omdurman on Sunday.", "Air/drone strike"),
        ("Militants bombed a church in Kaduna on Sunday.", "Remote explosive/landmine/IED"),
    ],
)
def test_english_events_bombed_from_the_air_or_with_a_device(
    text: str, sub_event_type: str
) -> None:
    event = _event_of(text, "en", "bombed")
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        sub_event_type,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "author"),
    [
        # the gerund after the object of "accused ... of" is the object's deed
        ("The RSF accused the army of bombing its positions in the city with drones on "
         "Sunday.", "bombing", "the army"),
        # a gerund after "before" is the subject's
        ("Militants killed five villagers in Djibo before fleeing on motorbikes.", "fleeing",
         "Militants"),
    ],
)  # fmt: skip
def test_english_events_whose_deed_a_gerund_after_an_object_is(
    text: str, trigger: str, author: str
) -> None:
    event = _event_of(text, "en", trigger)
    assert event.actor1 is not None and event.actor1.mention is not None
    assert event.actor1.mention.text == author


_POLTAVA = (
    "KYIV, Ukraine, Sept 4 (AP) - A Russian missile strike on the central Ukrainian city of "
    "Poltava killed at least 51 people and wounded more than 200 on Tuesday, officials said, "
    "in one of the deadliest single attacks since the war began.\n\n"
    "Two ballistic missiles hit a military training institute and a nearby hospital minutes "
    "after air raid sirens sounded, Ukraine's Defense Ministry said.\n\n"
    "Russia did not immediately comment on the strike."
)


def test_english_events_a_missile_strike_told_over_a_story_is_one_event() -> None:
    # the strike's wounded are its own (no second event), the missiles and "the strike" name
    # it again (Russia, which did not comment, is no place of it), the deadliest attacks are
    # a class it belongs to and air raid sirens no air raid
    event = _one_violent_event(_POLTAVA, "UA")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.fatalities is not None and event.fatalities.injured is not None
    assert {m.text for m in event.mentions} >= {"missile strike", "missiles", "strike"}
    assert event.actor2 is not None and event.actor2.name == "Civilians (Ukraine)"
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == "Poltava"


def test_english_events_the_dead_of_shelling_that_hit_a_place_are_its_second_actor() -> None:
    text = (
        "Sudan's paramilitary Rapid Support Forces shelled residential areas of El Fasher on "
        "Saturday, killing at least 40 civilians, medics said."
    )
    event = _main(text, "SD")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Sudan)"


_MOGADISHU = (
    "MOGADISHU, Aug 3 (Reuters) - At least 32 people were killed when al Shabaab militants "
    "detonated a car bomb and stormed a beachfront hotel in Somalia's capital Mogadishu on "
    "Friday evening, police said on Saturday.\n\n"
    "Security forces ended the siege early on Saturday after killing five attackers, police "
    "spokesman Abdifatah Aden Hassan told reporters.\n\n"
    "The al Qaeda-linked group, which has been fighting to overthrow the government for more "
    "than 15 years, claimed responsibility for the attack."
)


def test_english_events_a_siege_and_its_end_told_by_wire_copy() -> None:
    events = extract(_MOGADISHU, date(2024, 8, 3), lang="en")
    bombing = next(e for e in events if e.trigger.text == "killed")
    # dated by the clause that tells when (Friday), not by the report (Saturday); the car
    # bomb is what it was done with, the dead who it hit
    assert bombing.when is not None and bombing.when.start == "2024-08-02"
    assert bombing.actor2 is not None and bombing.actor2.mention is not None
    assert "car bomb" not in bombing.actor2.mention.text
    # the killing after which the siege ended took place ("ended" stopped the siege)
    killing = next(e for e in events if e.trigger.text == "killing")
    assert killing.event_type == "Battles" and killing.status is Status.REPORTED
    # the group's fight of 15 years describes it: no event
    assert "fighting" not in [e.trigger.text for e in events]


def test_english_events_a_town_the_gazetteer_lacks_is_coded_to_the_area_a_country_owns() -> None:
    # "Pont-Sonde" is in no registry package; "Haiti's Artibonite region" is its area
    text = (
        "PORT-AU-PRINCE, Oct 4 (Reuters) - Gang members killed at least 70 people in an attack "
        "on the town of Pont-Sonde in Haiti's Artibonite region on Thursday, the United "
        "Nations said on Friday."
    )
    event = _main(text, "HT")
    assert event.place is not None
    assert (event.place.name, event.place.country) == ("Artibonite", "HT")


@pytest.mark.parametrize(
    ("text", "village", "area"),
    [
        # the town's word after its name is no part of it ("Banikoara town")
        ("On 16 April 2022, police clashed with armed Fulani in the village of Dogossouambou "
         "in Banikoara town (Alibori) after gunfights.", "Dogossouambou", "Commune of Banikoara"),
        ("On 9 March 2021, gunmen killed two herders in the village of Tchoukangne, in the "
         "arrondissement of Brignamaro (Kerou, Atacora).", "Tchoukangne", "Kérou"),
        # past the words that qualify the area before its name
        ("Gunmen attacked the village of Dan Kurmi in Nigeria's northwestern Zamfara state on "
         "Saturday, killing five people.", "Dan Kurmi", "Zamfara"),
        ("On March 7, gunmen abducted more than 130 pupils from a school in Kuriga in "
         "neighbouring Kaduna state.", "Kuriga", "Kaduna"),
    ],
)  # fmt: skip
def test_english_events_a_village_is_placed_by_the_areas_written_after_it(
    text: str, village: str, area: str
) -> None:
    # the village (in no registry package) is where, coded to the first area the gazetteer
    # holds
    event = _main(text)
    assert event.place is not None and event.place.mention is not None
    assert (event.place.mention.text, event.place.name) == (village, area)


def test_english_events_a_toll_told_next_is_of_the_attack_in_its_area() -> None:
    # the killing told next takes the story's place, Brignamaro, the area the attack's
    # village lies in: one event, not two placed apart
    events = [
        e
        for e in extract(
            "On 8 March 2021, Bariba farmers equipped with firearms attacked a Fulani camp in "
            "the village of Tchoukangne, in the arrondissement of Brignamaro (Kerou, Atacora). "
            "Four people including three members of the Fulani community and a local teacher "
            "were shot and killed, and two people were wounded.",
            PUBLISHED,
            lang="en",
        )
        if e.event_type
    ]
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 4


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen abducted the mayor of the town of Arbinda in Ouagadougou on Friday.",
         "Ouagadougou"),
        ("Soldiers killed the chief of the village of Kalla in Djibo on Friday.", "Djibo"),
    ],
)  # fmt: skip
def test_english_events_a_town_a_victims_title_names_is_not_where(text: str, town: str) -> None:
    # the village of the chief killed is not where the text says he was killed
    event = _main(text)
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == town


def test_english_events_a_town_taken_with_an_attack_and_a_firefight() -> None:
    # the attack joined to the capture's verb took in the firefight with the troops: they are
    # the side that lost the town; the town the text names (in no registry package) is where,
    # coded to the province written after it; Islamic State in Mozambique is its branch there
    event = _main(
        "MAPUTO, May 13 (Reuters) - Islamic State-linked insurgents attacked and briefly took "
        "control of the town of Quissanga in Mozambique's northern Cabo Delgado province on "
        "Friday after a firefight with government troops, a local official and residents said."
    )
    assert (event.event_type, event.sub_event_type) == (
        "Battles",
        "Non-state actor overtakes territory",
    )
    assert event.actor1 is not None and event.actor1.name == "Islamic State (Mozambique)"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Mozambique"
    assert {"attacked", "firefight"} <= {m.text for m in event.mentions}
    assert event.place is not None and event.place.mention is not None
    assert (event.place.mention.text, event.place.name) == ("Quissanga", "Cabo Delgado")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Islamic State fighters attacked an army base in Mozambique's Cabo Delgado province "
         "on Friday.", None, "Islamic State (Mozambique)"),
        ("Islamic State fighters attacked an army base in Nigeria's Borno state on Friday.",
         None, "Islamic State (West Africa)"),
        # no branch named for the country: the group's own name
        ("Islamic State fighters attacked an army base in Syria's Deir ez-Zor province on "
         "Friday.", None, "Islamic State"),
        # the desk's country, when the text names none
        ("Islamic State fighters attacked an army base on Friday.", "MZ",
         "Islamic State (Mozambique)"),
    ],
)  # fmt: skip
def test_english_events_a_group_is_named_by_its_branch_in_the_country(
    text: str, country: str | None, name: str
) -> None:
    event = _main(text, country)
    assert event.actor1 is not None and event.actor1.name == name


def test_english_events_a_town_seized_after_a_fight_is_territory_overtaken() -> None:
    text = (
        "GOMA, Democratic Republic of Congo, May 2 (Reuters) - M23 rebels seized the mining "
        "town of Rubaya in eastern Congo on Tuesday after two days of fighting with the army "
        "and allied militias, residents and a local official said."
    )
    event = _one_violent_event(text, "CD")
    assert (event.event_type, event.sub_event_type) == (
        "Battles",
        "Non-state actor overtakes territory",
    )
    assert event.actor1 is not None and event.actor1.name == "M23: March 23 Movement"
    assert event.actor2 is not None
    assert event.actor2.name == "Military Forces of the Democratic Republic of Congo"
    assert "fighting" in [m.text for m in event.mentions]


def test_english_events_a_town_taken_with_no_fight_told_changed_hands_without_violence() -> None:
    text = "On March 2, JNIM militants took control of the village of Nassougou."
    event = _main(text)
    assert event.sub_event_type == "Non-violent transfer of territory"
    # the village taken is where, no party to its taking (its people were not abducted)
    assert event.actor2 is None
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == "Nassougou"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # demonstrators' deed is their protest whatever the verb (triggers.yaml agent_deeds)
        (
            "On 21 September 2015, 2000 protesters surrounded the home of the Mogho Naba in "
            "Ouagadougou, chanting for his surrender.",
            "surrounded",
        ),
        (
            "On 14 July 2012, the national road in Bobo-Dioulasso was closed by demonstrators "
            "demanding the return of money seized by police.",
            "closed",
        ),
        (
            "On 30 August 2020, a number of demonstrators broke into the Grand Mosque in "
            "Ouagadougou (Ouagadougou, Kadiogo).",
            "broke",
        ),
    ],
)
def test_english_events_what_demonstrators_do_is_their_protest(text: str, trigger: str) -> None:
    event = _main(text)
    actor1 = event.actor1.name if event.actor1 else None
    assert (event.trigger.text, event.event_type, actor1) == (
        trigger,
        "Protests",
        "Protesters (Burkina Faso)",
    )


def test_english_events_what_demonstrators_do_after_their_protest_is_part_of_it() -> None:
    text = (
        "NIAMEY, June 12 (Reuters) - Hundreds of people protested in Niamey on Friday against "
        "the presence of foreign troops. The protesters said they would return on Monday. "
        "Protesters carried placards reading 'Down with France'. The demonstration lasted "
        "several hours."
    )
    assert [e.trigger.text for e in _all(text, "NE") if e.event_type] == ["protested"]


def test_english_events_a_strike_told_with_a_sit_in_is_a_labour_strike() -> None:
    text = (
        "On 3 December 2020, a number of medical students staged a sit-in and launched "
        "48-strike in Ouagadougou (Ouagadougou, Kadiogo)."
    )
    assert {e.event_type for e in _all(text, "BF")} == {"Protests"}


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # told by the forces' deed: ACLED puts the forces first
        ("Security forces fired teargas and live ammunition at demonstrators in Bante "
         "(Collines department), leaving one person shot and killed and nine others injured.",
         "Police Forces of Benin", "Protesters (Benin)"),
        # told by the protest: the protesters stay first
        ("On 9 April 2022, a number of transport workers demonstrated against policemen "
         "racketeering them in the village of Bougou (Djougou, Donga). The police fired live "
         "rounds, killing one demonstrator.", "Protesters (Benin)", "Police Forces of Benin"),
    ],
)  # fmt: skip
def test_english_events_excessive_force_names_first_the_side_its_first_words_tell(
    text: str, actor1: str, actor2: str
) -> None:
    event = _main(text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


def test_english_events_the_killing_that_made_force_excessive_is_part_of_the_protest() -> None:
    text = (
        "Protesters flocked to the presidential palace in Ouagadougou, where soldiers were "
        "holding the president captive. Gunfire was heard, and one protester was killed."
    )
    events = [e for e in _all(text, "BF") if e.event_type]
    assert [(e.sub_event_type, e.fatalities and e.fatalities.best) for e in events] == [
        ("Excessive force against protesters", 1)
    ]
    # the gathering told only by its dispersal: the fire and the killing told with it are how
    # the police dispersed it, one event with the dead man
    text = (
        "NAIROBI, July 2 (Reuters) - Kenyan police fired tear gas and live rounds to disperse "
        "protesters in central Nairobi on Tuesday, killing one man, witnesses said."
    )
    events = _typed_events(text, date(2024, 7, 2))
    assert [
        (e.sub_event_type, e.actor2 and e.actor2.name, e.fatalities and e.fatalities.best)
        for e in events
    ] == [("Excessive force against protesters", "Protesters (Kenya)", 1)]
    assert {m.text for m in events[0].mentions} >= {"disperse", "killing"}
    # (told by the police's deed, the police are its actor1, as ACLED codes it)
    assert events[0].actor1 is not None and events[0].actor1.name == "Police Forces of Kenya"
    # "The man" who was shot two paragraphs on is the man killed, no killing of its own
    text += (
        "\n\nShops in the city centre stayed closed for the day.\n\nThe "
        "man, a 24-year-old hawker, was shot in the chest and died on the way to hospital, "
        "the rights commission said."
    )
    events = _typed_events(text, date(2024, 7, 2))
    assert [(e.sub_event_type, e.fatalities and e.fatalities.best) for e in events] == [
        ("Excessive force against protesters", 1)
    ]
    assert "shot" in {m.text for m in events[0].mentions}
    # someone else killed by gunmen near people gathered is no protest's toll
    text = (
        "On 28 March 2020, unknown gunmen opened fire on a mother and her daughter as they "
        "gathered firewood near Barsalogho. The girl was killed while the mother escaped."
    )
    event = _main(text, "BF")
    assert (event.event_type, event.fatalities and event.fatalities.best) == (
        "Violence against civilians",
        1,
    )


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # the state a verb leaves its object in names the deed (triggers.yaml result_marks,
        # verb_objects): a crowd's riot, armed men's destruction
        (
            "On 7 March 2011, students set four police stations on fire in Koudougou.",
            "Riots",
            "Violent demonstration",
        ),
        (
            "On 7 March 2011, gunmen set the house ablaze in Kaya.",
            "Strategic developments",
            "Looting/property destruction",
        ),
    ],
)
def test_english_events_set_on_fire_or_ablaze(
    text: str, event_type: str, sub_event_type: str
) -> None:
    event = _main(text, "BF")
    assert (event.trigger.text, event.event_type, event.sub_event_type) == (
        "set",
        event_type,
        sub_event_type,
    )


def test_english_events_what_a_protest_is_against_dated_apart_is_no_part_of_it() -> None:
    text = (
        "Around 20 prisoners escaped in Burkina Faso on Monday after students set four police "
        "stations on fire to protest against violent clashes that killed four students last "
        "month."
    )
    events = [e for e in _all(text, "BF") if e.event_type]
    riot, clashes = events
    dead = riot.fatalities.best if riot.fatalities else None
    assert (riot.trigger.text, riot.sub_event_type, dead) == ("set", "Violent demonstration", None)
    assert clashes.fatalities is not None and clashes.fatalities.best == 4


_ZAMFARA = (
    "GUSAU, Nigeria, May 20 (Reuters) - Armed bandits kidnapped at least 30 people, mostly "
    "women and children, in a raid on a village in Nigeria's northwestern Zamfara state late "
    "on Saturday, police and residents said.\n\n"
    "Kidnappings for ransom have surged across northern Nigeria this year. Criminal gangs "
    "often raid villages in the northwest. On March 7, gunmen abducted more than 130 pupils "
    "from a school in Kuriga in neighbouring Kaduna state.\n\n"
    "In Zamfara itself, bandits killed at least 10 people in an attack on Gidan Dawa village "
    "on April 28, local officials said."
)


def test_english_events_a_kidnapping_in_a_raid_is_dated_and_placed_by_the_raid() -> None:
    events = extract(_ZAMFARA, date(2024, 5, 20), lang="en")
    main = events[0]
    assert (main.trigger.text, main.sub_event_type) == (
        "kidnapped",
        "Abduction/forced disappearance",
    )
    assert main.when is not None and main.when.coded_day() == date(2024, 5, 18)
    # the state a country owns, not the country ("in Nigeria's northwestern Zamfara state")
    assert main.place is not None and main.place.name == "Zamfara"


@pytest.mark.parametrize(
    ("second", "town"),
    [
        # its authors restated ("The gunmen") and put at a named village: there, coded to
        # the state (no gazetteer holds the village)
        ("The gunmen arrived on dozens of motorcycles in Dan Kurmi village in Maru local "
         "government area, firing into the air, a resident said.", "Dan Kurmi"),
        # other people at a village say nothing of where the raid was
        ("Soldiers arrived in Dan Kurmi village on Sunday, a resident said.", "Zamfara"),
        # nor do the authors' other deeds or their flight elsewhere
        ("The gunmen had killed 12 people in Tsafe last month.", "Zamfara"),
        ("The kidnappers demanded a ransom from families in Gusau.", "Zamfara"),
        ("The gunmen fled towards Dan Kurmi village.", "Zamfara"),
    ],
)  # fmt: skip
def test_english_events_the_village_of_a_raid_is_named_next(second: str, town: str) -> None:
    text = (
        "GUSAU, Nigeria, May 20 (Reuters) - Armed bandits kidnapped at least 30 people in a "
        "raid on a village in Nigeria's northwestern Zamfara state late on Saturday, police "
        "said.\n\n" + second
    )
    main = extract(text, date(2024, 5, 20), lang="en")[0]
    assert main.place is not None and main.place.mention is not None
    assert (main.place.mention.text, main.place.name) == (town, "Zamfara")
    assert main.place.relation == "in"


def test_english_events_background_told_as_trends_habits_and_other_stories() -> None:
    events = [e for e in extract(_ZAMFARA, date(2024, 5, 20), lang="en") if e.event_type]
    # a trend and a habit are no events; a killing told in another paragraph, by its own
    # author on its own day, is no end of the abduction told before it
    told = [(e.trigger.text, e.when.coded_day() if e.when else None) for e in events]
    assert told == [
        ("kidnapped", date(2024, 5, 18)),
        ("abducted", date(2024, 3, 7)),
        ("killed", date(2024, 4, 28)),
    ]
    abducted = events[1]
    assert abducted.sub_event_type == "Abduction/forced disappearance"
    assert abducted.fatalities is None or abducted.fatalities.best is None


@pytest.mark.parametrize(
    "text",
    [
        "Cattle raids, often carried out with automatic weapons left over from years of civil "
        "war, kill hundreds of people in South Sudan every year.",
        "Hundreds of people protest every Friday in Ouagadougou against the cost of living.",
        # (the habit told by someone: the clause is the trigger's own)
        "Officials say cattle raids kill hundreds of people in South Sudan every year.",
    ],
)
def test_english_events_what_happens_every_year_is_no_one_event(text: str) -> None:
    # a set of times written as such dates a habit of its clause
    assert not [e for e in extract(text, date(2024, 1, 30), lang="en") if e.event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the set dates another verb's clause, not the killing
        ("Gunmen killed 12 people on Monday in an attack on a market held every week in Dori.",
         "Violence against civilians"),
        # a day of its own: this week's protest happened
        ("Hundreds of people protested in Ouagadougou on Friday, as every week, against the "
         "cost of living.", "Protests"),
    ],
)  # fmt: skip
def test_english_events_a_set_of_times_beside_the_event_leaves_it(
    text: str, event_type: str
) -> None:
    events = [e for e in extract(text, date(2024, 5, 20), lang="en") if e.event_type]
    assert [e.event_type for e in events] == [event_type]


def test_english_events_a_frequency_adjective_leaves_the_event() -> None:
    # "daily" is no set of times the clause is dated by: the shelling on Monday happened
    events = extract(
        "Daily shelling killed five civilians in Kharkiv on Monday, officials said.",
        date(2024, 5, 14),
        lang="en",
    )
    assert [e.event_type for e in events if e.event_type] == ["Explosions/Remote violence"]


def test_english_events_where_the_group_blamed_is_based_is_not_where_the_attack_was() -> None:
    text = (
        "BUJUMBURA, Oct 21 (AFP) - At least two people were killed and 15 wounded when "
        "unidentified attackers threw a grenade into a crowded bar in Burundi's economic "
        "capital Bujumbura on Saturday night, police said.\n\n"
        "The interior ministry blamed the attack on the RED-Tabara rebel group, which is based "
        "in neighbouring eastern Democratic Republic of Congo."
    )
    event = extract(text, date(2024, 10, 21), lang="en")[0]
    assert (event.sub_event_type, event.place and event.place.name) == ("Grenade", "Bujumbura")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Burundi)"


@pytest.mark.parametrize(
    ("text", "actor1", "place"),
    [
        # the army's word inside the strike's name is its author; a name the tagger took for
        # a verb inside the sentence is still a name
        (
            "BANGKOK, Sept 9 (Reuters) - A Myanmar military air strike on a village in the "
            "northwestern Sagaing region killed at least nine civilians on Sunday.",
            "Military Forces of Myanmar",
            "Sagaing",
        ),
        (
            "ABUJA, Sept 9 (Reuters) - An army air strike on a village in Zamfara state killed "
            "at least nine civilians on Sunday.",
            "Military Forces of Nigeria",
            "Zamfara",
        ),
    ],
)
def test_english_events_the_army_s_air_strike(text: str, actor1: str, place: str) -> None:
    event = extract(text, date(2024, 9, 9), lang="en")[0]
    assert (event.sub_event_type, event.actor1 and event.actor1.name) == (
        "Air/drone strike",
        actor1,
    )
    assert event.place is not None and event.place.name == place


def test_english_events_an_id_told_twice_in_an_article_is_made_unique() -> None:
    event = _main("On 12 June 2021, unknown gunmen shot dead a trader in Kandi.")
    twice = with_unique_ids([event, replace(event), replace(event)])
    assert twice[0].id == event.id
    assert len({e.id for e in twice}) == 3


def test_english_events_the_dateline_s_country_is_no_author() -> None:
    text = (
        "ALEPPO, Syria - Government air strikes on rebel-held districts of Aleppo killed at "
        "least ten civilians on Saturday, the civil defence said."
    )
    events = _typed_events(text, date(2016, 5, 1))
    assert [(e.trigger.text, e.actor1 and e.actor1.name) for e in events] == [
        ("air strikes", "Military Forces of Syria")
    ]


def test_english_events_the_clash_that_says_when_people_were_killed_is_the_event() -> None:
    text = (
        "JOS, Nigeria, April 17 (Reuters) - At least 12 people were killed when armed Fulani "
        "herders and Mwaghavul farmers clashed in Kombun village in Nigeria's central Plateau "
        "state on Monday, residents said."
    )
    events = _typed_events(text, date(2024, 4, 17))
    assert [(e.trigger.text, e.event_type, e.fatalities and e.fatalities.best) for e in events] == [
        ("clashed", "Battles", 12)
    ]


def test_english_events_two_crowds_that_fight_are_rioters_on_both_sides() -> None:
    event = _main("On 5 May 2022, striking teachers clashed with another group of teachers in "
                  "Ouahigouya, resulting in 2 wounded.", "BF")  # fmt: skip
    sides = (event.actor1 and event.actor1.name, event.actor2 and event.actor2.name)
    assert (event.sub_event_type, sides) == (
        "Mob violence",
        ("Rioters (Burkina Faso)", "Rioters (Burkina Faso)"),
    )


def test_english_events_an_attack_joined_to_the_capture_it_made_is_the_capture() -> None:
    text = (
        "MAPUTO, May 13 (Reuters) - Islamic State-linked insurgents attacked and briefly took "
        "control of the town of Quissanga in Mozambique's northern Cabo Delgado province on "
        "Friday after a firefight with government troops, a local official said."
    )
    events = _typed_events(text, date(2024, 5, 13))
    assert [(e.trigger.text, e.sub_event_type) for e in events] == [
        ("took control", "Non-state actor overtakes territory")
    ]
    # the day told after the two joined deeds dates both
    assert events[0].when is not None and events[0].when.coded_day() == date(2024, 5, 10)


def test_english_events_an_arrest_in_a_raid_is_the_arrest_and_riot_gear_no_riot() -> None:
    text = (
        "CONAKRY, July 11 (Reuters) - Guinean police arrested at least 20 members of the main "
        "opposition party on Wednesday in a raid on its headquarters in the capital Conakry, "
        "party officials said.\n\n"
        "Officers in riot gear surrounded the offices during a meeting of its youth wing."
    )
    events = _typed_events(text, date(2024, 7, 11))
    assert [(e.trigger.text, e.sub_event_type) for e in events] == [("arrested", "Arrests")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the group that claims the attack is its author, not the claim's day or toll
        (
            "BAMAKO, March 14 (Reuters) - Suspected Islamist militants ambushed a Malian army "
            "convoy near the town of Sofara on Tuesday, killing at least 12 soldiers, two "
            "security sources said.\n\n"
            "Al Qaeda's Sahel affiliate JNIM claimed the attack in a statement on Wednesday, "
            "saying its fighters had killed 30 soldiers.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        # what else the claim tells is its account of the attack; fighters the text names
        # with no word of a lexicon are no other author than the militants
        (
            "BAMAKO, March 14 (Reuters) - Suspected Islamist militants ambushed a Malian army "
            "convoy near the town of Sofara on Tuesday, killing at least 12 soldiers, two "
            "security sources said.\n\n"
            "The convoy was escorting supply trucks from Djenne when fighters on motorbikes "
            "opened fire with assault rifles, one of the sources said.\n\n"
            "Al Qaeda's Sahel affiliate JNIM claimed the attack in a statement on Wednesday, "
            "saying its fighters had killed 30 soldiers and seized weapons and vehicles.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "OUAGADOUGOU, March 14 (Reuters) - Three soldiers were killed in an attack on a "
            "military position near Tin-Akoff on Tuesday. The Islamic State in the Greater "
            "Sahara later claimed the attack.",
            "Islamic State (Greater Sahara)",
        ),
    ],
)
def test_english_events_the_group_that_claims_the_attack_is_its_author(
    text: str, actor1: str
) -> None:
    events = _typed_events(text, date(2024, 3, 14))
    assert len(events) == 1
    main = events[0]
    assert main.actor1 is not None and main.actor1.name == actor1
    assert main.when is not None and main.when.coded_day() == date(2024, 3, 12)
    assert main.fatalities is not None and main.fatalities.best != 30


def test_english_events_an_attack_no_group_claimed_keeps_what_the_claim_tells_of_it() -> None:
    text = (
        "OUAGADOUGOU, March 14 (Reuters) - Gunmen attacked a police post in Djibo on Tuesday. "
        "No group has claimed responsibility for the attack, which killed five policemen."
    )
    (event,) = _typed_events(text, date(2024, 3, 14))
    assert event.fatalities is not None and event.fatalities.best == 5


def test_english_events_who_agreed_to_a_truce_are_its_parties() -> None:
    text = (
        "KINSHASA, Feb 22 (Reuters) - Congo's army and M23 rebels agreed on Wednesday to a "
        "72-hour humanitarian truce around the town of Sake, the International Committee of "
        "the Red Cross said."
    )
    truce = next(
        e for e in extract(text, date(2024, 2, 22), lang="en") if e.trigger.text == "truce"
    )
    # both parties, though the parser hangs the army and M23 on "rebels"
    assert (truce.actor1 and truce.actor1.name, truce.actor2 and truce.actor2.name) == (
        "Military Forces of the Democratic Republic of Congo",
        "M23: March 23 Movement",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The army and the M23 rebels agreed on Wednesday to a 72-hour truce around Sake.",
        "The army and the M23 rebels signed a truce on Wednesday in Sake.",
        "The army agreed on Wednesday to a 72-hour truce with the M23 rebels around Sake.",
    ],
)
def test_english_events_the_two_parties_to_a_truce_are_its_two_actors(text: str) -> None:
    (truce,) = _typed_events("KINSHASA, Feb 22 (Reuters) - " + text, date(2024, 2, 22))
    assert (truce.sub_event_type, truce.actor1 and truce.actor1.name) == (
        "Agreement",
        "Military Forces of the Democratic Republic of Congo",
    )
    assert truce.actor2 is not None and truce.actor2.name == "M23: March 23 Movement"


def test_english_events_an_acronym_the_story_spells_out_names_the_group() -> None:
    text = (
        "BANGKOK, Sept 9 (Reuters) - State media said the air force struck fighters of the "
        "Karenni Nationalities Defence Force (KNDF) in Demoso township.\n\n"
        "On Aug. 30, KNDF fighters ambushed a military column near Loikaw and killed three "
        "soldiers, the group said in a statement."
    )
    (ambush,) = [e for e in _typed_events(text, date(2024, 9, 9)) if e.trigger.text == "ambushed"]
    assert ambush.actor1 is not None  # no alias knows it: named as ACLED names such groups
    assert ambush.actor1.name == "KNDF: Karenni Nationalities Defence Force"
    assert ambush.actor1.antecedent is not None  # the words that spell the name out
    assert ambush.actor1.antecedent.text == "Karenni Nationalities Defence Force (KNDF)"
    # a group the aliases know keeps ACLED's own name, spelt out or not
    known = text.replace(
        "Karenni Nationalities Defence Force (KNDF)", "People's Defence Force (PDF)"
    ).replace("KNDF fighters", "PDF fighters")
    (ambush,) = [e for e in _typed_events(known, date(2024, 9, 9)) if e.trigger.text == "ambushed"]
    assert ambush.actor1 is not None and ambush.actor1.name == "PDF: People's Defense Force"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Fighters of the Kachin Independence Army (KIA) attacked a military outpost near "
            "Bhamo on Sunday, killing four soldiers.",
            "KIA: Kachin Independence Army",  # its "Army" makes it no state's forces
        ),
        (
            "Members of the Coalition of Patriots for Change (CPC) shot dead two traders near "
            "Bambari on Monday.",
            "CPC: Coalition of Patriots for Change",
        ),
    ],
)
def test_english_events_a_named_groups_men_are_that_group(text: str, actor1: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.name == actor1


def test_english_events_a_claim_that_names_no_event_is_of_the_storys_attack() -> None:
    text = (
        "DAKAR, Aug. 28 (Reuters) - Jihadist fighters attacked an army outpost in northern "
        "Burkina Faso on Monday, killing at least 15 soldiers, two security sources said.\n\n"
        "The assault on the outpost at Solle, in Loroum province near the border with Mali, "
        "began at dawn and lasted several hours, one of the sources said.\n\n"
        "Al Qaeda-affiliated group JNIM claimed responsibility on its Telegram channels, "
        "saying its fighters had killed more than 40 soldiers."
    )
    (attack,) = _typed_events(text, date(2024, 8, 28))
    # the claimant is the author ("Jihadist" opens the sentence: a description, no name)
    assert attack.actor1 is not None
    assert attack.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    # the claim's own toll is its account; the sources' stands
    assert attack.fatalities is not None and attack.fatalities.best == 15
    # "The assault ... began at dawn" names no day of its own: the same attack, placed
    assert attack.place is not None and attack.place.name == "Loroum"
    assert str(attack.when and attack.when.coded_day()) == "2024-08-26"


def test_english_events_a_gathering_a_strike_hits_is_its_victims_no_protest() -> None:
    text = (
        "DAKAR, Feb. 19 (Reuters) - A drone strike by Mali's army hit a wedding in the central "
        "Segou region on Saturday, killing at least 21 civilians, two local officials said.\n\n"
        "The strike hit guests gathered for the celebration in the village of Djiguiya, in "
        "Niono cercle, in the late afternoon, one of the officials said.\n\n"
        "Malian troops have fought alongside Russian mercenaries since the ruling junta turned "
        "to Moscow in 2021."
    )
    events = _typed_events(text, date(2024, 2, 19))
    assert not [e for e in events if e.event_type == "Protests"]  # the guests are victims
    (strike,) = [e for e in events if e.sub_event_type == "Air/drone strike"]
    # "The strike ... in the late afternoon" tells the same strike (no day of its own)
    assert strike.fatalities is not None and strike.fatalities.best == 21
    # the story is in Mali: a capital named in the background is no sign of where
    assert strike.actor2 is not None and strike.actor2.name == "Civilians (Mali)"


def test_english_events_an_air_strike_on_a_gathering_tells_no_protest() -> None:
    text = "On April 11, an air strike on a gathering in Pazigyi village killed about 160 people."
    events = _typed_events(text, date(2024, 4, 12))
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_english_events_a_truces_broker_is_its_sponsor_not_a_party() -> None:
    text = (
        "KINSHASA, Feb 22 (Reuters) - Congo's army and M23 rebels agreed on Wednesday to a "
        "72-hour humanitarian truce around the town of Sake in North Kivu province, the "
        "International Committee of the Red Cross (ICRC) said.\n\n"
        "The truce, brokered by the ICRC after days of talks with both sides, was due to take "
        "effect at 6 a.m. on Thursday, the organisation said in a statement.\n\n"
        "A truce brokered by Angola that took effect on March 7 last year collapsed in October."
    )
    truce, older = extract(text, date(2024, 2, 22), lang="en")
    assert truce.actor2 is not None and truce.actor2.name == "M23: March 23 Movement"
    # a truce named anew on another day is another truce, not the story's
    assert older.when is not None and str(older.when.coded_day()) == "2023-03-07"
    assert [(a.role, a.name) for a in truce.assoc_actors] == [
        (Role.SPONSOR, "International Organisation")
    ]
    # "Congo" is the DRC in wire copy: the story's country, not the broker of an old truce
    assert truce.place is not None and truce.place.country == "CD"


def test_english_events_another_sources_toll_is_no_second_event() -> None:
    text = (
        "DAKAR, Feb. 19 (Reuters) - A drone strike by Mali's army hit a wedding in the central "
        "Segou region on Saturday, killing at least 21 civilians, two local officials said.\n\n"
        "Nine wounded people were taken to hospital in Niono.\n\n"
        "A local association representing the region's Fulani community said 34 people had "
        "been killed."
    )
    (strike,) = _typed_events(text, date(2024, 2, 19))
    assert strike.fatalities is not None and strike.fatalities.best == 21  # its own toll
    assert [m.text for m in strike.mentions][-1] == "killed"  # the other source's, told


def test_english_events_a_lead_read_as_a_reduced_relative_is_the_story() -> None:
    # the parser hangs "abducted" on "separatists" as a participle (it has an object: a main
    # verb): the lead's abduction, dated in its clause, is the story, not background
    text = (
        "YAOUNDE, Nov. 14 (Reuters) - Suspected Anglophone separatists abducted at least 11 "
        "students and two teachers from a government secondary school in Kumbo, in Cameroon's "
        "North-West region, on Tuesday, a local official said.\n\nArmed men stormed the school "
        "during morning classes and marched the hostages into the surrounding hills."
    )
    first = _typed_events(text, date(2024, 11, 14))[0]
    assert first.sub_event_type == "Abduction/forced disappearance"
    assert first.actor1 is not None and first.actor1.name == "Ambazonian Separatists"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # a definite word for the armed men, restated as a group's men, in the next sentence
        ("PORT-AU-PRINCE, Oct. 17 (AP) - Gang members rampaged through a neighborhood in "
         "Haiti's capital on Monday, killing at least seven people, residents said.\n\nThe "
         "gunmen, members of the Viv Ansanm gang coalition, stormed the Christ-Roi "
         "neighborhood before dawn.", "Viv Ansanm"),
        ("On 5 May 2020, unknown gunmen killed a trader in Djibo. The assailants, presumed "
         "JNIM militants, fled on motorbikes.", "JNIM: Group for Support of Islam and Muslims"),
    ],
)  # fmt: skip
def test_english_events_unnamed_armed_men_named_in_the_next_sentence(
    text: str, author: str
) -> None:
    event = _typed_events(text, date(2024, 10, 17))[0]
    assert event.actor1 is not None and event.actor1.name == author


def test_english_events_unnamed_armed_men_and_another_group_are_two_authors() -> None:
    # "The assailants and JNIM militants": coordinated, no restatement of the first
    text = (
        "On 5 May 2020, unknown gunmen killed a trader in Djibo. The assailants and JNIM "
        "militants then clashed on the road to Arbinda."
    )
    event = _typed_events(text, date(2020, 5, 5))[0]
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize(
    ("account", "claimed"),
    [
        # no "claim" verb: the group says it did it, with no day or place of its own
        ("that it had killed 27 soldiers", True),
        # ... not when it says others did it
        ("that the army had killed 27 civilians", False),
    ],
)
def test_english_events_a_groups_account_of_its_own_deed_is_a_claim(
    account: str, claimed: bool
) -> None:
    text = (
        "MOGADISHU, March 16 (Reuters) - A suicide bomber rammed an explosives-laden car into "
        "a military checkpoint in the central Somali town of Beledweyne on Friday, killing at "
        "least nine people, police said.\n\nAl Shabaab said in a statement carried by its "
        f"Andalus radio {account}."
    )
    first = _typed_events(text, date(2024, 3, 16))[0]
    assert (first.actor1 is not None and first.actor1.name == "Al Shabaab") is claimed
    assert first.fatalities is not None and first.fatalities.best == 9


def test_english_events_a_claimed_attack_joined_to_a_capture_is_the_capture() -> None:
    # the claim names the attack's author ("Islamic State"): a name of the capture's
    # authors' words, so the attack joined to the capture's verb is the capture's
    text = (
        "MAPUTO, May 13 (Reuters) - Islamic State-linked insurgents attacked and briefly took "
        "control of the town of Quissanga in Mozambique's northern Cabo Delgado province on "
        "Friday, a local official said.\n\nIslamic State claimed the attack through its Amaq "
        "news agency."
    )
    first = _typed_events(text, date(2024, 5, 13))[0]
    assert (first.event_type, first.sub_event_type) == (
        "Battles",
        "Non-state actor overtakes territory",
    )


def test_english_events_an_event_dated_by_its_report_takes_the_day_it_is_retold_with() -> None:
    # "the army said ... on Friday" dates the report; "The suspects were detained on
    # Tuesday ... outside the town of Monguno" tells the arrests again, with their day and town
    text = (
        "MAIDUGURI, Nigeria, Sept. 20 (Reuters) - Nigerian troops have arrested seven suspected "
        "smugglers in the northeastern state of Borno, the army said in a statement on Friday."
        "\n\nThe suspects were detained on Tuesday at a checkpoint outside the town of Monguno, "
        "army spokesman Ibrahim Musa said."
    )
    events = [e for e in extract(text, date(2024, 9, 20), lang="en") if e.event_type]
    assert [(e.sub_event_type, e.when.coded_day() if e.when else None) for e in events] == [
        ("Arrests", date(2024, 9, 17))
    ]
    assert events[0].place is not None and events[0].place.name == "Monguno"


def test_english_events_an_attack_met_by_arms_is_fought_where_the_next_sentence_says() -> None:
    # "at dawn" and "for several hours" are no other day; "near Djibo" is where in the
    # province the attack told first was fought
    event = _main(
        "On 12 June 2021, armed men raided a cattle camp in Burkina Faso's Soum province, "
        "killing five people. The attackers struck the camp near Djibo at dawn and exchanged "
        "fire for several hours with volunteer fighters guarding the herds."
    )
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.place is not None and event.place.name == "Djibo"
    assert event.fatalities is not None and event.fatalities.best == 5


@pytest.mark.parametrize(
    ("text", "published", "town", "area"),
    [
        (
            "JUBA, Jan. 30 (Reuters) - Armed youths raided a cattle camp in South Sudan's "
            "Jonglei state on Sunday, killing at least 12 people. The attackers struck the camp "
            "near Pakeer, in Twic East County, at dawn and exchanged fire for several hours with "
            "armed cattle keepers.",
            date(2024, 1, 30),
            "Pakeer",
            "Jonglei",
        ),
        (
            "Nigerian troops have arrested seven suspected smugglers in the northeastern state "
            "of Borno, the army said in a statement on Friday.\n\nThe suspects were detained on "
            "Tuesday at a checkpoint outside the village of Wuro Kessa, army spokesman Ibrahim "
            "Musa said.",
            date(2024, 9, 20),
            "Wuro Kessa",
            "Borno",
        ),
    ],
)
def test_english_events_a_town_the_gazetteer_lacks_keeps_the_area_it_was_moved_from(
    text: str, published: date, town: str, area: str
) -> None:
    # the event told first in an area is moved to the town its next sentence names; neither
    # the town nor the county written with it is in the gazetteer: coded to the area, not to
    # the country's centre
    events = [e for e in extract(text, published, lang="en") if e.event_type]
    assert len(events) == 1
    place = events[0].place
    assert place is not None and place.mention is not None and place.mention.text == town
    assert (place.name, place.geo_precision) == (area, 3)
    assert place.area is not None and area in place.area.text
    evidence = next(e for e in events[0].evidence if e.field == "place")
    assert place.area in evidence.spans


@pytest.mark.parametrize(
    "text",
    [
        "On 20 August 2020, ISGS claimed to have killed 7 JNIM militants in clashes in the area "
        "of Bele Bindiri (Koutougou, Soum).",
        "Around 3 October 2020 (as reported), ISGS claimed to have killed a JNIM fighter during "
        "a night raid on his house in the area of Deou (Deou, Oudalan).",
    ],
)
def test_english_events_killers_named_through_a_claim_author_the_fight_framing_it(
    text: str,
) -> None:
    # "ISGS claimed to have killed ... in clashes": the claimant is the killing's subject, so
    # the killing tells the clash (or the raid) and ISGS is its author
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 is not None and event.actor1.name == "Islamic State (Greater Sahara)"
    assert event.actor2 is not None
    assert event.actor2.name == "JNIM: Group for Support of Islam and Muslims"


def test_english_events_victims_hung_on_the_strike_that_killed_them() -> None:
    # the parser hangs "in air operations" on the victims: still the killing's means, and
    # no weapon the victims held (as "a militant equipped with an IED" is)
    event = _main(
        "On 12 June 2021, the army said it had killed about 50 terrorists in air operations "
        "near Djibo (Djibo, Soum)."
    )
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event.fatalities is not None and event.fatalities.best == 50


def test_english_events_killers_named_in_an_ambush_made_it() -> None:
    # the parser hangs "in an ambush" on the killers: one event, theirs, typed by its dead
    events = _typed_events(
        "On 12 June 2021, twelve civilians were killed by jihadists in an ambush near Djibo "
        "(Djibo, Soum).",
        date(2021, 6, 14),
    )
    assert [(e.sub_event_type, e.actor1 and e.actor1.name) for e in events] == [
        ("Attack", "Islamist Militants (Burkina Faso)")
    ]


def test_english_events_the_dead_counted_through_a_collective_are_who_was_hit() -> None:
    # a strike on no one named: the dead are its second actor, named after the words the
    # count gathers ("an unspecified number of suspected ISGS militants")
    event = _main(
        "On 9 March 2021, French forces carried out airstrikes south of Markoye (Markoye, "
        "Oudalan), and killed an unknown number of suspected ISGS militants."
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2 is not None and event.actor2.name == "Islamic State (Greater Sahara)"
    # a gathering hit from the air is the people it gathers
    event = _main("On 3 May 2021, an air strike on a gathering of militants killed 20 near Djibo.")
    assert event.actor2 is not None and event.actor2.concept == "jihadists"


def test_english_events_a_fight_that_pits_one_side_against_the_other() -> None:
    event = _main("On 3 May 2021, fighting pitted JNIM militants against the army near Djibo.")
    assert event.actor1 is not None
    assert event.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # a crowd fought by a crowd is of its kind: rioters in a brawl, a militia when
        # people died in it
        ("On 12 June 2021, farmers and Fulani herders fought near Kandi (Kandi, Alibori), "
         "leaving three people dead.",
         "Fulani Ethnic Militia (Benin)"),
        ("On 12 June 2021, a group of farmers and pastoralists clashed near Kandi (Kandi, "
         "Alibori). Two farmers were wounded.",
         "Rioters (Benin)"),
    ],
)  # fmt: skip
def test_english_events_the_other_side_of_a_crowds_fight_is_of_its_kind(
    text: str, actor2: str
) -> None:
    event = _main(text)
    assert event.actor2 is not None and event.actor2.name == actor2


def test_english_events_a_group_named_before_its_fighters_names_the_dead() -> None:
    # the small English parser makes "ISGS" the subject of the noun "militants"
    event = _main(
        "On 3 March 2021, a Burkinabe airstrike reportedly killed twelve suspected ISGS "
        "militants in Tin-Akoff (Tin-Akoff, Oudalan)."
    )
    assert event.actor2 is not None and event.actor2.name == "Islamic State (Greater Sahara)"


def test_english_events_herders_a_mob_fought_are_its_victims() -> None:
    event = _main(
        "On 12 June 2021, a mob clashed with herders in Kandi (Kandi, Alibori), leaving five "
        "herders dead."
    )
    assert event.actor2 is None or event.actor2.name != "Rioters (Benin)"


def test_english_events_the_militants_of_a_group_named_before_are_that_group() -> None:
    event = _all(
        "On 12 June 2021, suspected JNIM militants attacked a military post near Djibo (Djibo, "
        "Soum). The militants of the group then torched the market.",
        "BF",
    )[-1]
    assert event.actor1 is not None
    assert event.actor1.name == "JNIM: Group for Support of Islam and Muslims"


def test_english_events_an_attack_its_next_verb_aims_is_one_attack_on_its_target() -> None:
    # "attacked and opened fire at the market": the attack named no target of its own and
    # was typed a fight beside a second event; it is one attack on the market's people
    events = _all(
        "Gunmen on motorbikes attacked and opened fire at a livestock market near Gorom-Gorom "
        "(Gorom-Gorom, Oudalan) on 9 June 2021; nobody was hurt.",
        "BF",
    )
    typed = [e for e in events if e.event_type]
    assert [e.event_type for e in typed] == ["Violence against civilians"]
    assert typed[0].actor2 is not None and typed[0].actor2.name == "Civilians (Burkina Faso)"
    # with a target of its own it stays a fight, beside the attack on the bus
    events = _all(
        "On 9 June 2021, gunmen attacked the army post and opened fire on a bus in Gorom-Gorom "
        "(Gorom-Gorom, Oudalan).",
        "BF",
    )
    assert [e.event_type for e in events if e.event_type] == [
        "Battles",
        "Violence against civilians",
    ]


def test_english_events_an_attack_its_next_verb_burns_is_that_destruction() -> None:
    # "attacked and set fire to a school": the attack named no target of its own and was
    # typed a fight beside the burning; it is one destruction of property, as hurting no one
    events = _all(
        "Gunmen attacked and set fire to a primary school in Kaya (Kaya, Sanmatenga) on 9 June "
        "2021.",
        "BF",
    )
    assert [(e.event_type, e.sub_event_type) for e in events if e.event_type] == [
        ("Strategic developments", "Looting/property destruction")
    ]
    # people hurt make it an attack on them
    events = _all(
        "Gunmen attacked and set fire to a primary school in Kaya (Kaya, Sanmatenga) on 9 June "
        "2021, wounding two teachers.",
        "BF",
    )
    assert [e.event_type for e in events if e.event_type] == ["Violence against civilians"]
    # what armed men hold is no property of civilians: attacking it is a fight
    events = _all(
        "Militants attacked and set fire to an army base near Kaya (Kaya, Sanmatenga) on 9 June "
        "2021, killing four soldiers.",
        "BF",
    )
    assert [e.event_type for e in events if e.event_type] == ["Battles"]


def test_english_events_a_killing_whose_subject_the_parser_joined_to_an_object() -> None:
    # "arrested a trader and militants": the parser joins the killers to the arrested, and
    # "killed" seems to share the gendarmes' subject; they are no killers
    events = _all(
        "On 9 June 2021, gendarmes arrested a trader and militants killed two herders in a raid "
        "near Djibo (Djibo, Soum).",
        "BF",
    )
    assert not any(
        e.event_type == "Violence against civilians"
        and e.actor1 is not None
        and e.actor1.name.startswith("Police Forces")
        for e in events
    )


def test_english_events_a_mob_s_victim_is_no_side_of_its_fight() -> None:
    # a crowd's fight takes as its author only a side it is set between ("clashes between
    # youths and police"), not the man it lynched
    event = _main(
        "On 3 June 2021, a mob lynched a suspected thief to death in Kaya (Kaya, Sanmatenga)."
    )
    assert event.actor1 is not None and event.actor1.name == "Rioters (Burkina Faso)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"
    assert event.fatalities is not None and event.fatalities.best == 1


def test_english_events_who_found_the_bodies_did_not_kill() -> None:
    # the finders are no authors; the relative clause's "who" are the dead, killed by militants
    events = _all(
        "On 2 June 2021, soldiers found the bodies of four herders who were killed by militants "
        "near Titao (Titao, Loroum).",
        "BF",
    )
    typed = [e for e in events if e.event_type]
    assert all(
        e.actor1 is None or e.actor1.name != "Military Forces of Burkina Faso" for e in typed
    )
    assert any(
        e.actor1 is not None and e.actor1.name == "Islamist Militants (Burkina Faso)" for e in typed
    )


def test_english_events_a_car_bomb_is_no_one() -> None:
    # the car named in the bomb's words is its device, not a civilian author
    event = _main("A car bomb exploded outside a hotel in Mogadishu on Monday, killing 20 people.")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Somalia)"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "A Russian strike with ballistic missiles killed four people in Kharkiv on Monday, "
            "the governor said.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A Russian airstrike with guided bombs killed four people in Kharkiv on Monday.",
            "Air/drone strike",
        ),
    ],
)
def test_english_events_a_strike_and_its_weapon_are_one(text: str, sub_event_type: str) -> None:
    events = [e for e in _all(text, "UA") if e.event_type]
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_english_events_retook_is_a_capture() -> None:
    # (the small model's lemma of "retook" is "retook": no event); no fight told, and the
    # forces' own sub-event type no longer pairs with the transfer's event type ("Strategic
    # developments / Government regains territory")
    event = _main("Burkinabe soldiers retook the town of Djibo on Thursday.")
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )


def test_english_events_a_by_phrase_in_another_event_is_not_the_protest_s() -> None:
    events = _all(
        "A women's organization organized a protest against the kidnapping of schoolgirls by "
        "Boko Haram in Nigeria.",
        "BF",
    )
    protest = next(e for e in events if e.event_type == "Protests")
    assert protest.actor1 is not None and protest.actor1.name == "Protesters (Nigeria)"


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of three civilians were found by soldiers on Monday near Djibo, in Burkina "
        "Faso.",
    ],
)
def test_english_events_the_dead_found_by_soldiers_were_killed_by_someone_unnamed(
    text: str,
) -> None:
    event = _main(text)
    assert event.event_type == "Violence against civilians"
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert event.fatalities is not None and event.fatalities.best == 3


def test_english_events_a_displaced_person_killed_is_no_displacement() -> None:
    text = (
        "A village chief and a displaced person were killed on Wednesday by gunmen near Djibo, in "
        "Burkina Faso."
    )
    events = _all(text, "BF")
    assert [e.trigger.text for e in events] == ["killed"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 2


def test_english_events_the_town_s_road_blocked_is_no_one() -> None:
    event = _main("Protesters blocked the main road of the town of Kaya on Sunday.", "BF")
    assert event.actor2 is None or event.actor2.name is None


def test_english_events_the_attack_the_dead_had_made_is_their_fight() -> None:
    events = [
        e
        for e in _all(
            "The army killed ten jihadists who had attacked a convoy on Saturday near Djibo, in "
            "Burkina Faso.",
            "BF",
        )
        if e.event_type
    ]
    assert [e.trigger.text for e in events] == ["killed"]
    assert events[0].when is not None and events[0].when.coded_day() == date(2021, 6, 12)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # (NER calls Djibo an organisation, the parser a complement: it was an actor)
        ("JNIM militants attacked Djibo on Thursday.", "Djibo"),
        # (no place without a locative word before it)
        ("The army bombed Kidal on Monday.", "Kidal"),
        # (a day right after the verb is no place)
        ("Militants attacked Monday a checkpoint in Djibo, in Burkina Faso.", "Djibo"),
    ],
)
def test_english_events_a_town_attacked_is_where(text: str, place: str) -> None:
    event = _main(text, "BF")
    assert event.place is not None and event.place.name == place


@pytest.mark.parametrize(
    ("text", "lang", "actor1"),
    [
        # (some town somewhere is called Ali, or Madison: the people's country was abroad)
        ("Armed men attacked Ali in Gao on Wednesday.", "en", "Unidentified Armed Group (Mali)"),
        (
            "Des hommes armés ont attaqué Ali à Gao mercredi.",
            "fr",
            "Unidentified Armed Group (Mali)",
        ),
        ("Soldiers attacked Madison in Mopti.", "en", "Military Forces of Mali"),
    ],
)
def test_english_events_a_person_attacked_is_no_place(text: str, lang: str, actor1: str) -> None:
    event = _event_of(text, lang, "attacked" if lang == "en" else "attaqué")
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    ("text", "lang", "actor1", "dead"),
    [
        (
            "Soldiers and policemen clashed with JNIM militants near Djibo on Saturday. Nine"
            " people were killed.",
            "en",
            "Military Forces of Burkina Faso",
            9,
        ),
        (
            "Samedi, des soldats et des gendarmes ont affronté des jihadistes près de Djibo."
            " Neuf personnes ont été tuées.",
            "fr",
            "Military Forces of Burkina Faso",
            9,
        ),
        (
            "Samedi, l'armée et les VDP ont tué dix terroristes près de Djibo.",
            "fr",
            "Military Forces of Burkina Faso",
            10,
        ),
        # (two armed groups that attack a third together are allies)
        (
            "Bandits and jihadists attacked the village of Arbinda on Monday, killing ten"
            " civilians.",
            "en",
            "Unidentified Armed Group (Burkina Faso)",
            10,
        ),
        # (a place the parser made a second subject is where, not who)
        (
            "On November 24, an army barracks guard at camp Sangoule Lamizana in Ouagadougou"
            " opened fire and wounded an individual.",
            "en",
            "Military Forces of Burkina Faso",
            None,
        ),
    ],
)
def test_english_events_authors_of_one_deed_done_to_someone_are_one_side(
    text: str, lang: str, actor1: str, dead: int | None
) -> None:
    events = [
        e
        for e in extract(text, PUBLISHED, lang=lang, settings=Settings(lang=lang, country="BF"))
        if e.event_type and e.status is Status.REPORTED
    ]
    assert len(events) == 1, [(e.trigger.text, e.actor1 and e.actor1.name) for e in events]
    assert events[0].actor1 is not None and events[0].actor1.name == actor1
    assert (events[0].fatalities.best if events[0].fatalities else None) == dead


def test_english_events_separate_authors_of_a_deed_aimed_at_no_one_are_two_events() -> None:
    events = [
        e
        for e in extract(
            "Après des bombardements nocturnes menés aussi bien par le régime que par les"
            " rebelles, un calme précaire régnait dimanche matin à Alep.",
            PUBLISHED,
            lang="fr",
        )
        if e.event_type
    ]
    assert [e.actor1 and e.actor1.name for e in events] == [
        "Military Forces of Syria",
        "Opposition Rebels (Syria)",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        # what came before the sentence's event is background: the sentence's event first
        (
            "After police arrested students planning to protest, protests were still held"
            " in Ouagadougou on Monday.",
            "en",
            "Protests",
        ),
        (
            "On 5 December 2019, the arrest of a suspected petrol smuggler sparked a"
            " demonstration in Klouekanme.",
            "en",
            "Protests",
        ),
        (
            "On 4 August 2019, after a pastoralist was killed, traditional hunters organized"
            " a reprisal attack on the gunmen in Ouesse. One person was killed in the clashes.",
            "en",
            "Battles",
        ),
        (
            "BAMAKO (AFP) - La junte malienne a décrété mardi un couvre-feu nocturne dans la"
            " région de Ségou après une série d'attaques.",
            "fr",
            "Strategic developments",
        ),
        (
            "À la suite de l'arrestation d'un chef coutumier, des habitants ont manifesté"
            " mardi à Kaya.",
            "fr",
            "Protests",
        ),
        # (a cause of no event ACLED types: the attack is the event)
        (
            "JNIM militants attacked the post in Djibo on Monday. The attack sparked fears"
            " among residents.",
            "en",
            "Battles",
        ),
        # ... but a toll told after what caused it is what it did
        (
            "On July 20, seven people were wounded following intercommunal violence between"
            " Markas and Bwabas in the town of Nouna.",
            "en",
            "Battles",
        ),
        # (not people harmed by authors the passive names: their deed is the event)
        (
            "Following the introduction of a curfew in Ouahigouya, several people were"
            " beaten by uniformed assailants.",
            "en",
            "Violence against civilians",
        ),
    ],
)
def test_english_events_what_came_before_the_sentences_event_is_background(
    text: str, lang: str, event_type: str
) -> None:
    events = [
        e
        for e in extract(text, PUBLISHED, lang=lang)
        if e.event_type and e.status is Status.REPORTED
    ]
    assert events and events[0].event_type == event_type, [
        (e.trigger.text, e.event_type) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "country", "authors"),
    [
        # armed enemies named together as authors each made their own event
        (
            "The army and the rebels shelled the town of Douma on Monday.",
            "SY",
            ["Military Forces of Syria", "Opposition Rebels (Syria)"],
        ),
        # (a country's name that acts is an author, not where: review of 58f60a9)
        (
            "Israel and Hezbollah fighters exchanged fire near Metula on Monday.",
            "LB",
            ["Israel", "Hezbollah"],
        ),
    ],
)
def test_english_events_armed_enemies_named_together_are_two_events(
    text: str, country: str, authors: list[str]
) -> None:
    events = [e for e in _all(text, country) if e.event_type]
    assert [e.actor1 and e.actor1.name for e in events] == authors


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 7 February 2020, volunteer fighters (Volunteers for the Defense of the"
            " Homeland) killed twenty-two suspected militants in the area of Gargaboule.",
            "VDP: Volunteer for Defense of Homeland",
        ),
        ("On 7 February 2020, militants (Islamic State) killed ten soldiers near Djibo.",
         "Islamic State"),
    ],
)  # fmt: skip
def test_english_events_a_name_in_brackets_is_its_author_once(text: str, actor1: str) -> None:
    event = _main(text, "BF")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.assoc_actors == ()


def test_english_events_statues_beheaded_are_things_destroyed() -> None:
    # a verb whose victims are its object, done to things: no one killed, property destroyed
    text = (
        "On 15 September 2018, unknown individuals entered a church in Dissin, beheading and"
        " vandalizing several statues."
    )
    events = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Looting/property destruction")
    ]
    assert all(e.fatalities is None or not e.fatalities.best for e in events)


def test_english_events_ied_planters_are_armed_men_not_a_bombing() -> None:
    # the men who plant IEDs bear arms: killing them is a fight, and their name tells no
    # explosion of its own
    text = (
        "On 6 February 2020, a military patrol ambushed and killed two IED planters in the"
        " village of Takouani."
    )
    events = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    ("text", "lang", "actors"),
    [
        # a crowd that fought with no other side named fought among itself: rioters on both
        # sides, as ACLED codes mob violence (communal militias when armed men died)
        ("On 27 June 2022, two families of farmers clashed due to a land dispute in Semere.",
         "en", ("Rioters (Benin)", "Rioters (Benin)")),
        ("On 16 May 2020, partisans of two political parties clashed with sticks and stones in"
         " Materi.", "en", ("Rioters (Benin)", "Rioters (Benin)")),
        ("On 27 June 2022, two families clashed with machetes in Semere, leaving two dead.",
         "en", ("Unidentified Communal Militia (Benin)", "Unidentified Communal Militia (Benin)")),
        # (a place is no side: "à Kandi" is where they fought)
        ("Deux familles d'agriculteurs se sont affrontées samedi à Kandi pour un litige foncier.",
         "fr", ("Rioters (Benin)", "Rioters (Benin)")),
        # the other side named stays it; protesters' unnamed other side is no crowd
        ("On 27 June 2022, students clashed with the police in Semere.", "en",
         ("Rioters (Benin)", "Police Forces of Benin")),
        ("On 5 June 2021, protesters clashed in Cotonou during a march against the new tax.",
         "en", ("Rioters (Benin)", None)),
    ],
)  # fmt: skip
def test_english_events_a_crowd_that_fought_alone_fought_among_itself(
    text: str, lang: str, actors: tuple[str, str | None]
) -> None:
    settings = Settings(lang=lang, country="BJ")
    events = [e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type]
    fight = events[0]  # (the sentence's fight; a march it was in is its own event)
    assert (fight.actor1 and fight.actor1.name, fight.actor2 and fight.actor2.name) == actors


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the policeman told off duty before is the one shot: a civilian victim
        ("On 3 August 2020, unknown gunmen attacked the house of an off-duty policeman in "
         "Kantchari, and shot dead the policeman.", "Violence against civilians"),
        # (a policeman named only as such is a force's man)
        ("On 3 August 2020, unknown gunmen attacked a police post in Kantchari, and shot dead "
         "the policeman on duty.", "Battles"),
    ],
)  # fmt: skip
def test_english_events_a_man_told_unarmed_stays_unarmed_when_named_again(
    text: str, event_type: str
) -> None:
    assert _main(text, "BF").event_type == event_type


@pytest.mark.parametrize(
    ("text", "lang", "country", "expected"),
    [
        # shots told after a crowd's fight are its own: its men were armed, a battle of
        # communal militias, one event
        ("Herders and farmers clashed on Sunday near Kalale. Three farmers were wounded by"
         " gunshots and machetes.", "en", "BJ",
         [("Battles", "Unidentified Communal Militia (Benin)")]),
        ("Des agriculteurs et des éleveurs se sont affrontés samedi à Kalalé. Des coups de feu"
         " ont été entendus et plusieurs agriculteurs ont été blessés.", "fr", "BJ",
         [("Battles", "Unidentified Communal Militia (Benin)")]),
        # the shots of a fight between forces and militants are that fight's, no second one
        ("Soldiers clashed with militants near Djibo on Saturday. Gunfire was heard for"
         " several hours.", "en", "BF", [("Battles", "Military Forces of Burkina Faso")]),
        # the police's shots in a fight with youths arm no youth: still a riot, one event
        ("Youths clashed with police in Parakou on Monday. Police fired gunshots to disperse"
         " them.", "en", "BJ", [("Riots", "Rioters (Benin)")]),
        # shots by other men elsewhere are another event, and arm no one in the fight
        ("Herders and farmers clashed on Sunday near Kalale. Unidentified gunmen opened fire"
         " on a police patrol in Kandi the same day.", "en", "BJ",
         [("Riots", "Rioters (Benin)"), ("Battles", "Unidentified Armed Group (Benin)")]),
        # ... so are shots told on another day, or aimed at others than the fight's sides
        ("Soldiers clashed with militants near Djibo on Saturday. Two days later, militants"
         " opened fire on soldiers in Djibo.", "en", "BF",
         [("Battles", "Military Forces of Burkina Faso"),
          ("Battles", "Islamist Militants (Burkina Faso)")]),
        ("Soldiers clashed with militants near Djibo on Saturday. Soldiers then opened fire on"
         " a wedding near Djibo, killing five civilians.", "en", "BF",
         [("Battles", "Military Forces of Burkina Faso"),
          ("Violence against civilians", "Military Forces of Burkina Faso")]),
        ("Soldiers clashed with militants near Djibo on Saturday. The following week,"
         " militants fired on soldiers near Djibo.", "en", "BF",
         [("Battles", "Military Forces of Burkina Faso"),
          ("Battles", "Islamist Militants (Burkina Faso)")]),
        ("Des militaires se sont accrochés samedi avec des jihadistes près de Djibo. Les"
         " jihadistes ont ensuite ouvert le feu sur un car, tuant trois passagers.", "fr", "BF",
         [("Battles", "Military Forces of Burkina Faso"),
          ("Violence against civilians", "Islamist Militants (Burkina Faso)")]),
        # shots no one named arm no traders fighting each other (whose they were is unknown)
        ("Traders clashed with each other at the market in Parakou on Monday. Shots were"
         " fired.", "en", "BJ",
         [("Riots", "Rioters (Benin)"), ("Battles", "Unidentified Armed Group (Benin)")]),
        # shots no one named in a fight with the police arm no student
        ("Students clashed with police in Parakou on Monday. Gunshots were heard in the"
         " area.", "en", "BJ", [("Riots", "Rioters (Benin)")]),
    ],
)  # fmt: skip
def test_english_events_shots_told_after_a_fight_are_its_own(
    text: str, lang: str, country: str, expected: list[tuple[str, str]]
) -> None:
    settings = Settings(lang=lang, country=country)
    events = extract(text, PUBLISHED, lang=lang, settings=settings)
    assert [(e.event_type, e.actor1 and e.actor1.name) for e in events if e.event_type] == expected


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # what burned with no object named is what was burned, no author
        ("Houses and granaries burned in Kandi on Sunday.", (None, "Civilians (Benin)")),
        ("Militants burned houses in Kandi on Sunday.",
         ("Islamist Militants (Benin)", "Civilians (Benin)")),
        # (the object of a verb joined to it is its object too; people who burn burn things)
        ("Protesters burned and looted shops in Kandi on Sunday.",
         ("Rioters (Benin)", "Civilians (Benin)")),
        ("Protesters in Kandi burned and looted on Sunday.",
         ("Rioters (Benin)", "Civilians (Benin)")),
        ("Gunmen burned on Friday several houses in Kandi.",
         ("Unidentified Armed Group (Benin)", "Civilians (Benin)")),
    ],
)  # fmt: skip
def test_english_events_what_burned_is_no_author(
    text: str, actors: tuple[str | None, str | None]
) -> None:
    settings = Settings(lang="en", country="BJ")
    event = next(e for e in extract(text, PUBLISHED, lang="en", settings=settings) if e.event_type)
    assert (event.actor1 and event.actor1.name, event.actor2 and event.actor2.name) == actors


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a crowd that stones someone is a mob, and so are men who throw stones at gendarmes
        ("On 12 June 2021, a mob stoned a suspected thief in Djibo (Djibo, Soum).", "Riots"),
        ("On 12 June 2021, unknown individuals threw stones at gendarmes in Djibo (Djibo, Soum).",
         "Riots"),
    ],
)  # fmt: skip
def test_english_events_stones_thrown_are_a_riot(text: str, event_type: str) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [e.event_type for e in typed] == [event_type]


def test_english_events_the_demonstrators_deeds_are_their_riot() -> None:
    # one violent demonstration, not one for each thing the demonstrators did; a deed on
    # another day somewhere else stays apart
    text = (
        "On 12 June 2021, a number of residents demonstrated in Djibo (Djibo, Soum). The "
        "demonstrators burned the house of a deputy and vandalized the town hall. On 14 June "
        "2021, the demonstrators burned a police station in Kaya (Kaya, Sanmatenga)."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.sub_event_type, e.when.start if e.when else None) for e in typed] == [
        ("Violent demonstration", "2021-06-12"),
        ("Violent demonstration", "2021-06-14"),
    ]


def test_english_events_a_crowds_deed_joins_the_protest_told_last() -> None:
    # the clash is the traders' protest's, not the soldiers' demonstrations named before it
    text = (
        "Traders whose shops were looted during demonstrations by mutinying soldiers protested "
        "around military camps in Ouagadougou. The soldiers dispersed them after clashes."
    )
    events = extract(text, PUBLISHED, lang="en")
    protest = next(e for e in events if e.trigger.text == "protested")
    assert "clashes" in [m.text for m in protest.mentions]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # armed men the demonstrators fought or beat are the protest's other side, whoever
        # they are
        ("Women protested in Dori on Saturday. The protesters clashed with VDP members.",
         "VDP: Volunteer for Defense of Homeland"),
        ("Residents protested in Dori on Saturday. A police officer was beaten by the crowd.",
         "Police Forces of Burkina Faso"),
    ],
)  # fmt: skip
def test_english_events_a_protests_deed_keeps_the_armed_side_it_hit(text: str, actor2: str) -> None:
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.actor2.name if e.actor2 else None) for e in typed] == [
        ("Riots", actor2)
    ]


def test_english_events_a_deed_in_the_city_is_in_the_protests_town() -> None:
    # "in the city" names again the town the students protested in: one violent protest
    text = (
        "Students in Kaya protested on Monday over the death of a classmate. They burned the "
        "town hall in the city."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.sub_event_type, len(e.mentions)) for e in typed] == [("Violent demonstration", 2)]


def test_english_events_the_attack_a_killing_is_told_in_is_the_storming_s() -> None:
    # the killing is what the storming did (one of its words), and the attack it was told
    # in that storming
    text = "Gunmen stormed a village near Dori and killed five people in an attack on Monday."
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.event_type, e.fatalities.best if e.fatalities else None) for e in typed] == [
        ("Violence against civilians", 5)
    ]
    assert [m.text for m in typed[0].mentions] == ["stormed", "killed", "attack"]


_ARMED_MEN = "Unidentified Armed Group (Burkina Faso)"
_ARMY = "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # "a village near Djibo" is no village named Djibo, nor "the village near" it: the
        # town says the country
        (
            "Ten civilians were killed in an attack on a village near Djibo on Monday.",
            _ARMED_MEN,
            "Civilians (Burkina Faso)",
        ),
        (
            "Gunmen killed three civilians during a raid on the village near Djibo on Monday.",
            _ARMED_MEN,
            "Civilians (Burkina Faso)",
        ),
        # fighters alone are armed men of a group no word names, not civilians
        ("Soldiers killed five fighters near Djibo on Monday.", _ARMY, _ARMED_MEN),
        # the vehicle that hit a mine is what was hit, not who laid it
        (
            "One soldier was killed and another wounded when their vehicle hit a mine near "
            "Djibo on Monday.",
            _ARMED_MEN,
            _ARMY,
        ),
    ],
)
def test_english_events_whom_a_town_near_a_village_fighters_and_a_mine_name(
    text: str, actor1: str, actor2: str
) -> None:
    event = _main(text)
    assert event.place is not None and event.place.name == "Djibo"
    assert (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
    ) == (actor1, actor2)


def test_english_events_a_wounding_elsewhere_is_no_protests_intervention() -> None:
    # soldiers who wound jihadists in another town the next day did not meet the march
    text = (
        "Teachers marched in Kaya on Monday. In Djibo, soldiers wounded two jihadists in an "
        "ambush on Tuesday."
    )
    typed = [e for e in extract(text, PUBLISHED, lang="en") if e.event_type]
    assert [(e.sub_event_type, e.mentions[0].text) for e in typed] == [
        ("Peaceful protest", "marched"),
        ("Armed clash", "wounded"),
    ]
    assert [m.text for m in typed[0].mentions] == ["marched"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gunmen killed eight civilians in Kaya on Tuesday, and six soldiers were killed the"
            " next day in an ambush near Dori.",
            "en",
        ),
        (
            "Des hommes armés ont tué huit civils à Kaya mardi, et six soldats ont été tués le"
            " lendemain dans une embuscade près de Dori.",
            "fr",
        ),
    ],
)
def test_english_events_a_killing_joined_with_a_day_of_its_own_is_its_own_event(
    text: str, lang: str
) -> None:
    # a subject and a day of its own: a second event, no result of the first killing; its
    # place is the one under it (Dori), not the first clause's (Kaya)
    typed = [e for e in extract(text, date(2021, 6, 18), lang=lang) if e.event_type]
    assert [
        (
            e.event_type,
            e.fatalities.best if e.fatalities else None,
            e.when and e.when.coded_day(),
            e.place and e.place.name,
        )
        for e in typed
    ] == [
        ("Violence against civilians", 8, date(2021, 6, 15), "Kaya"),
        ("Battles", 6, date(2021, 6, 16), "Dori"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "actor1"),
    [
        # (the attack first told by its claim is the claimant's, and takes in the claim's
        # account of it)
        (
            "Islamic State claimed the attack near Djibo, saying its fighters had killed 20 "
            "soldiers.",
            "en",
            "attack",
            "Islamic State",
        ),
        (
            "Islamic State said in a statement that its fighters had killed 20 soldiers near "
            "Djibo.",
            "en",
            "killed",
            "Islamic State",
        ),
        (
            "Le porte-parole du M23 a affirmé que ses combattants avaient tué des dizaines de "
            "soldats près de Goma.",
            "fr",
            "tué",
            "M23: March 23 Movement",
        ),
    ],
)
def test_english_events_fighters_someone_owns_are_the_group_named_before(
    text: str, lang: str, trigger: str, actor1: str
) -> None:
    event = _event_of(text, lang, trigger)
    assert event.actor1 is not None and event.actor1.name == actor1


def test_english_events_a_crowd_that_captures_a_thief_and_beats_him_is_a_mob() -> None:
    # the capture is the beating's; the thief it took is whom the beating hit
    event = _main("Angry residents of Kaya captured a suspected robber on Monday and beat him.")
    assert (event.sub_event_type, event.actor2.name if event.actor2 else None) == (
        "Mob violence",
        "Civilians (Burkina Faso)",
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the parser reads "gunmen" as a second object of the arrest: the killing's subject
        ("Police arrested five men and gunmen killed two villagers during an attack in Djibo "
         "on Monday.", "en"),
        # ... or as a second place of the arrest
        ("Police arrested five men in Djibo and gunmen killed two villagers during an attack "
         "on Monday.", "en"),
        ("La police a arrêté cinq hommes et des hommes armés ont tué deux villageois lors "
         "d'une attaque à Djibo lundi.", "fr"),
    ],
)  # fmt: skip
def test_english_events_an_arrest_and_a_killing_by_others_joined_are_two(
    text: str, lang: str
) -> None:
    # (the country given: the small English model reads the second Djibo as no name)
    settings = Settings(lang=lang, country="BF")
    typed = [e for e in extract(text, PUBLISHED, lang=lang, settings=settings) if e.event_type]
    assert sorted(
        (
            e.sub_event_type,
            e.actor1.name if e.actor1 else None,
            e.fatalities.best if e.fatalities else None,
        )
        for e in typed
    ) == [
        ("Arrests", "Police Forces of Burkina Faso", None),
        ("Attack", "Unidentified Armed Group (Burkina Faso)", 2),
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the town attacked is where, no side: the dead say who was hit
        (
            "Dozens of residents were killed in Saturday's assault on Kukawa.",
            ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ),
        # a suicide bomber no one claims is of an unidentified armed group
        (
            "A suicide bomber blew herself up in a mosque in Konduga, killing seven worshippers.",
            ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ),
    ],
)
def test_english_events_who_a_town_attack_and_a_bomber_name(
    text: str, actors: tuple[str, str]
) -> None:
    event = _main(text)
    assert (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
    ) == actors


def test_english_events_the_dead_of_clashes_are_no_side_of_them() -> None:
    # the people the clashes killed are no crowd that fought the soldiers
    event = _main(
        "Clashes between soldiers and JNIM militants near Djibo killed 12 people on Saturday."
    )
    assert (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
        event.fatalities.best if event.fatalities else None,
    ) == ("Military Forces of Burkina Faso", "JNIM: Group for Support of Islam and Muslims", 12)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the forces that tell of strikes from the air no one is said to have made made them
        (
            "The military said at least 20 bandits were killed in airstrikes in the Dansadau "
            "forest in Zamfara state on Sunday.",
            "Military Forces of Nigeria",
        ),
        # residents who tell of them did not, nor authorities, who may tell of another's
        ("Residents said at least 20 people were killed in airstrikes near Gao on Sunday.", None),
        ("Authorities said at least 20 people were killed in airstrikes near Gao on Sunday.", None),
    ],
)
def test_english_events_strikes_the_forces_tell_of_are_theirs(
    text: str, actor1: str | None
) -> None:
    event = _main(text)
    assert (event.actor1.name if event.actor1 else None) == actor1
