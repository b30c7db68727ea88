"""French wire copy end to end, beyond the wire corpus's spans: the actors the words name
(with their country taken from the story's places) and the day an event is coded to."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch import extract
from wirewatch.types import Event, Role, Status

PUBLISHED = date(2019, 12, 17)


def _typed(text: str, published: date) -> list[Event]:
    """The events of a dépêche that ACLED types, dated by its dateline."""
    return [e for e in extract(text, published, lang="fr") if e.event_type]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # armed men nothing names are an unidentified armed group, not jihadists; a patrol
        # acts through the men it gathers
        (
            "OUAGADOUGOU (AFP) - Des hommes armés ont ouvert le feu mardi sur une patrouille de "
            "gendarmes près de Djibo, dans le nord du Burkina Faso, selon une source sécuritaire.",
            "Unidentified Armed Group (Burkina Faso)",
            "Police Forces of Burkina Faso Gendarmerie",
        ),
        (
            "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué mardi une patrouille de soldats près "
            "de Djibo, dans le nord du Burkina Faso, selon une source sécuritaire.",
            "Islamist Militants (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),
        # soldiers killed in an attack on a town, with no count to carry them, are whom
        # the attack hit: a battle, not violence against the town's civilians
        (
            "OUAGADOUGOU (AFP) - Des soldats ont été tués dans une attaque jihadiste contre la "
            "localité de Tin-Akoff, dans le nord du Burkina Faso.",
            "Islamist Militants (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_french_actors_armed_men_and_the_patrol_they_fire_on(
    text: str, actor1: str, actor2: str
) -> None:
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.status is Status.REPORTED]
    assert events
    event = events[0]
    assert event.event_type == "Battles"
    assert event.actor1 is not None and event.actor2 is not None
    assert (event.actor1.name, event.actor2.name) == (actor1, actor2)


def test_french_events_a_village_named_in_the_area_is_the_place() -> None:
    # the parse hangs the village too far from the explosion to reach it; the text puts it
    # in the arrondissement it does reach: the explosion was at the village
    text = (
        "Yaoundé (AFP) - Quatre soldats camerounais ont été tués et deux autres blessés mardi "
        "par l'explosion d'un engin explosif improvisé au passage de leur véhicule près du "
        "village de Mémé, dans l'arrondissement de Mora (département du Mayo-Sava, région de "
        "l'Extrême-Nord), a-t-on appris mercredi de source militaire."
    )
    (event,) = _typed(text, date(2024, 6, 19))
    mention = event.place and event.place.mention
    assert (mention and mention.text, event.actor2 and event.actor2.name) == (
        "Mémé",
        "Military Forces of Cameroon",
    )


def test_french_events_a_government_seat_is_the_capital_not_the_protesters_home() -> None:
    text = (
        "OUAGADOUGOU (AFP) - Des habitants de Djibo ont manifesté mardi devant la primature "
        "pour dénoncer l'insécurité dans le nord du Burkina Faso."
    )
    places = [(e.place and e.place.name) for e in _typed(text, PUBLISHED)]
    assert places[:1] == ["Ouagadougou"]


def test_french_events_a_strike_s_length_is_no_date() -> None:
    # "une grève de 72 heures" begun "lundi": coded to that Monday, not to a span ending it
    text = (
        "OUAGADOUGOU (AFP) - Les enseignants du Burkina Faso ont entamé lundi une grève de 72 "
        "heures pour réclamer le paiement de leurs primes, selon leur syndicat."
    )
    events = [e for e in extract(text, date(2020, 1, 8), lang="fr") if e.event_type]
    assert events and events[0].event_type == "Protests"
    assert events[0].when is not None
    assert events[0].when.coded_day() == date(2020, 1, 6)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "du 16 septembre 2015" ties the date to the coup, not to the march
        ("OUAGADOUGOU (AFP) - Des milliers de personnes ont manifesté à Ouagadougou en hommage "
         "aux victimes du coup d'Etat manqué du 16 septembre 2015.", PUBLISHED),
        # ... while "la semaine du 9 décembre" is the time of the arrests
        ("OUAGADOUGOU (AFP) - Dans la semaine du 9 décembre, l'armée a arrêté plusieurs "
         "villageois à Djibo.", date(2019, 12, 9)),
    ],
)  # fmt: skip
def test_french_events_a_date_tied_to_a_noun_is_that_noun_s(text: str, day: date) -> None:
    events = _typed(text, PUBLISHED)
    assert events and events[0].when is not None
    assert events[0].when.coded_day() == day


def test_french_events_a_fight_against_the_one_side_it_names_is_that_side_s() -> None:
    # "combats contre les rebelles du M23": the rebels are actor1, the soldiers killed in
    # the fighting its other side
    text = (
        "GOMA (AFP) - Au moins six militaires congolais ont été tués mercredi dans des combats "
        "contre les rebelles du M23 près de Sake, dans l'est de la RDC, selon une source "
        "sécuritaire."
    )
    event = _typed(text, PUBLISHED)[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 is not None and event.actor1.name == "M23: March 23 Movement"
    assert event.actor2 is not None
    assert event.actor2.name == "Military Forces of the Democratic Republic of Congo"


def test_french_events_a_post_attacked_while_empty_is_property_destroyed() -> None:
    text = (
        "OUAGADOUGOU (AFP) - Des jihadistes ont attaqué mardi le poste de gendarmerie de "
        "Tangangari, dans l'est du Burkina Faso, alors qu'il était vide, selon une source locale."
    )
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert events
    assert (events[0].event_type, events[0].sub_event_type) == (
        "Strategic developments",
        "Looting/property destruction",
    )


@pytest.mark.parametrize(
    ("deed", "typed"),
    [
        ("ont attaqué mardi un convoi commercial", ("Violence against civilians", "Attack")),
        ("ont attaqué mardi un convoi militaire", ("Battles", "Armed clash")),
        # "tendre une embuscade à": the support verb's "à" names whom the ambush hit
        ("ont tendu mardi une embuscade à un convoi commercial",
         ("Violence against civilians", "Attack")),
    ],
)  # fmt: skip
def test_french_events_a_convoy_of_civilians_attacked_is_an_attack_on_them(
    deed: str, typed: tuple[str, str]
) -> None:
    text = f"Des jihadistes {deed} près de Djibo."
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert events and (events[0].event_type, events[0].sub_event_type) == typed


def test_french_events_a_town_taken_is_a_capture_a_position_taken_is_not() -> None:
    text = (
        "GOMA (AFP) - Les rebelles du M23 ont pris mardi la ville de Rubaya, dans l'est de la "
        "RDC, après deux jours de combats avec l'armée, selon des habitants."
    )
    taken = [e for e in extract(text, PUBLISHED, lang="fr") if e.trigger.text == "pris"]
    assert taken and taken[0].sub_event_type == "Non-state actor overtakes territory"
    stance = "Le gouvernement a pris position contre la réforme."
    assert not [e for e in extract(stance, PUBLISHED, lang="fr") if e.event_type]


def test_french_events_what_demonstrators_do_is_their_protest() -> None:
    text = "DORI (AFP) - Des centaines de manifestants ont encerclé samedi la préfecture de Dori."
    events = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert [(e.trigger.text, e.event_type) for e in events] == [("encerclé", "Protests")]
    told = (
        "NIAMEY (AFP) - Des centaines de personnes ont manifesté vendredi à Niamey. La "
        "manifestation a duré plusieurs heures."
    )
    assert len([e for e in extract(told, PUBLISHED, lang="fr") if e.event_type]) == 1


def test_french_events_a_protest_meets_the_police_not_what_it_is_against() -> None:
    text = (
        "COTONOU (AFP) - Des centaines d'enseignants ont manifesté lundi contre le "
        "gouvernement à Cotonou."
    )
    (event,) = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert event.actor2 is None  # the government is what it was against, its recipient
    assert [a.name for a in event.assoc_actors if a.role is Role.RECIPIENT] == [
        "Government of Benin"
    ]
    text += " La police a dispersé la marche à coups de gaz lacrymogènes."
    (event,) = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Benin"


def test_french_events_the_two_parties_to_a_truce_are_its_two_actors() -> None:
    text = (
        "KINSHASA, 22 février (AFP) - L'armée et les rebelles du M23 ont signé mercredi une "
        "trêve de 72 heures autour de Sake."
    )
    (truce,) = [e for e in extract(text, date(2024, 2, 22), lang="fr") if e.event_type]
    assert truce.actor1 is not None and truce.actor2 is not None
    assert (truce.actor1.name, truce.actor2.name) == (
        "Military Forces of the Democratic Republic of Congo",
        "M23: March 23 Movement",
    )
    assert truce.place is not None and truce.place.name == "Sake"  # "autour de" places it


def test_french_events_bombs_an_aircraft_dropped_are_an_air_strike() -> None:
    text = (
        "Un avion de chasse a largué deux bombes dimanche sur le village de Let Pan Hla, tuant "
        "neuf personnes."
    )
    (strike,) = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert strike.sub_event_type == "Air/drone strike"


def test_french_events_a_militia_is_named_after_the_village_it_comes_from() -> None:
    text = (
        "OUAGADOUGOU (AFP) - Des chasseurs du village de Sanwara ont attaqué mardi un "
        "campement peul près de Gaoua, tuant deux éleveurs."
    )
    (event,) = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert event.actor1 is not None and event.actor1.mention is not None
    assert event.actor1.mention.text == "Des chasseurs du village de Sanwara"
    assert event.actor1.name == "Sanwara Communal Militia (Burkina Faso)"


@pytest.mark.parametrize(
    ("claim", "actor1"),
    [
        # the parser reads "par l'Etat islamique" as a modifier, and "Etat islamique" as
        # common words: still the claimant
        (
            "L'attaque a été revendiquée mercredi par l'Etat islamique au Grand Sahara.",
            "Islamic State (Greater Sahara)",
        ),
        ("Le groupe Etat islamique a revendiqué l'attaque mercredi.", "Islamic State"),
    ],
)
def test_french_events_the_group_that_claims_the_attack_is_its_author(
    claim: str, actor1: str
) -> None:
    text = (
        "NIAMEY (AFP) - Des hommes armés ont attaqué mardi une patrouille de soldats près de "
        "Tillabéri, tuant sept militaires. " + claim
    )
    (attack,) = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert attack.actor1 is not None and attack.actor1.name == actor1
    assert attack.fatalities is not None and attack.fatalities.best == 7


@pytest.mark.parametrize(
    "group",
    [
        "Le Groupe de soutien à l'islam et aux musulmans",
        "Le GSIM",
        "Des jihadistes du JNIM",
    ],
)
def test_french_events_jnim_has_acleds_name_in_french_too(group: str) -> None:
    text = f"BAMAKO (AFP) - {group} a attaqué mardi un camp militaire près de Boni."
    (attack,) = [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]
    assert attack.actor1 is not None
    assert attack.actor1.name == "JNIM: Group for Support of Islam and Muslims"


def test_french_events_trends_and_habits_are_no_events() -> None:
    text = (
        "Les enlèvements se sont multipliés ces derniers mois dans le nord du Nigeria. Des "
        "bandits attaquent souvent les villages de la région."
    )
    assert not [e for e in extract(text, PUBLISHED, lang="fr") if e.event_type]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # armed men "of" a named group are that group
        (
            "NIAMEY (AFP) - Des hommes armés de l'EIGS ont attaqué mardi le village de "
            "Tahoua, tuant trois civils.",
            "Islamic State (Greater Sahara)",
        ),
        # a group the aliases do not know, spelt out before its acronym, is named by both
        (
            "GOMA (AFP) - Des combattants du Front patriotique pour la justice (FPJ) ont tué "
            "mardi trois civils à Kibumba.",
            "FPJ: Front patriotique pour la justice",
        ),
        # one they know keeps ACLED's name
        (
            "GOMA (AFP) - Des combattants des Forces démocratiques de libération du Rwanda "
            "(FDLR) ont tué mardi trois civils à Kibumba.",
            "FDLR: Democratic Forces for the Liberation of Rwanda",
        ),
        # a group's name the parser reads as a common noun ("Etat"); named by its branch in
        # the country the event happened in
        (
            "MAPUTO (AFP) - Des combattants de l'Etat islamique ont attaqué vendredi une base "
            "militaire dans la province de Cabo Delgado, dans le nord du Mozambique.",
            "Islamic State (Mozambique)",
        ),
    ],
)
def test_french_events_a_named_groups_men_are_that_group(text: str, actor1: str) -> None:
    (attack,) = _typed(text, PUBLISHED)
    assert attack.actor1 is not None and attack.actor1.name == actor1


def test_french_events_a_claim_that_names_no_event_is_of_the_storys_attack() -> None:
    text = (
        "NIAMEY (AFP) - Des hommes armés ont attaqué mardi une patrouille près de Tillabéri, "
        "tuant sept soldats. Le groupe Etat islamique au Grand Sahara a revendiqué la "
        "responsabilité, affirmant avoir tué 20 soldats."
    )
    (attack,) = _typed(text, PUBLISHED)
    assert attack.actor1 is not None and attack.actor1.name == "Islamic State (Greater Sahara)"
    assert attack.fatalities is not None and attack.fatalities.best == 7


def test_french_events_a_titles_event_is_told_once_by_the_lead() -> None:
    text = (
        "Liban : quatre civils tués dans une frappe israélienne sur un village du Sud\n"
        "11 juin 2024\n\n"
        "BEYROUTH, 11 juin (Reuters) - Quatre civils, dont une femme et son fils de 12 ans, ont "
        "été tués lundi dans une frappe israélienne contre une maison du village d'Aïtaroun, "
        "dans le caza de Bint Jbeil (Liban-Sud), a annoncé le ministère libanais de la Santé."
    )
    (strike,) = _typed(text, date(2024, 6, 11))
    assert strike.when is not None and str(strike.when.coded_day()) == "2024-06-10"  # lundi
    assert strike.fatalities is not None and strike.fatalities.best == 4


def test_french_events_a_quarter_said_in_the_centre_of_a_town_is_in_that_town() -> None:
    text = (
        "Port-au-Prince (AFP) - Des membres de gangs ont incendié une cinquantaine de maisons "
        "dans la nuit de lundi à mardi dans le quartier de Fort-National, dans le centre de "
        "Port-au-Prince, a-t-on appris mercredi auprès d'habitants."
    )
    (arson,) = _typed(text, date(2024, 9, 18))
    assert arson.place is not None and arson.place.country == "HT"  # not Algeria's namesake
    assert arson.actor1 is not None  # gangs are an armed group
    assert arson.actor1.name == "Unidentified Armed Group (Haiti)"


def test_french_events_the_titles_country_is_the_storys() -> None:
    text = (
        "Cameroun : quatre soldats tués par un engin explosif dans l'Extrême-Nord\n"
        "Publié le 19/06/2024 à 15h25\n\n"
        "Yaoundé (AFP) - Quatre soldats ont été tués mardi par l'explosion d'une mine posée "
        "par Boko Haram près du village de Mémé, a-t-on appris mercredi de source militaire."
    )
    (blast,) = _typed(text, date(2024, 6, 19))
    # Boko Haram is Nigeria's by its alias; the title says the story is Cameroon's
    assert blast.actor2 is not None and blast.actor2.name == "Military Forces of Cameroon"


def test_french_events_forces_that_disperse_demonstrators_meet_their_protest() -> None:
    text = (
        "Dakar (AFP) - Les forces de l'ordre ont dispersé dimanche à coups de gaz lacrymogènes "
        "plusieurs centaines d'opposants qui manifestaient dans le quartier de Colobane, à "
        "Dakar, contre le report de l'élection présidentielle."
    )
    (protest,) = _typed(text, date(2024, 2, 4))
    # (the tagger reads "manifestaient" as a present: what they were doing, not what they are)
    assert (protest.event_type, protest.sub_event_type) == (
        "Protests",
        "Protest with intervention",
    )
    assert protest.actor2 is not None and protest.actor2.name == "Police Forces of Senegal"


def test_french_events_a_running_total_paragraphs_later_is_no_toll_of_the_story() -> None:
    text = (
        "Port-au-Prince (AFP) - Samedi, deux hommes soupçonnés d'appartenir à un gang ont été "
        "lynchés par des habitants à Pétion-Ville.\n\n"
        "Le gouvernement a appelé au calme.\n\n"
        "La police a promis des renforts.\n\n"
        "Les gangs contrôlent la capitale. Plus de 3.600 personnes ont été tuées au premier "
        "semestre 2024, selon l'ONU."
    )
    events = _typed(text, date(2024, 9, 18))
    lynching = next(e for e in events if e.trigger.text == "lynchés")
    assert lynching.fatalities is None or lynching.fatalities.best != 3600


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "près d'" is "près de" elided: the town it puts the event near, not the province
        ("Ouagadougou (AFP) - Une vingtaine de femmes ont été enlevées lundi par des hommes "
         "armés près d'Arbinda, dans la province du Soum, a-t-on appris mercredi.", "Arbinda"),
        ("Bamako (AFP) - Des jihadistes ont tendu lundi une embuscade à un convoi de l'armée "
         "non loin d'Hombori, dans la région de Mopti, selon des sources locales.", "Hombori"),
    ],
)  # fmt: skip
def test_french_events_a_town_said_near_comes_before_its_province(text: str, town: str) -> None:
    (event,) = _typed(text, date(2024, 3, 6))[:1]
    assert event.place is not None and event.place.mention is not None
    assert event.place.mention.text == town


@pytest.mark.parametrize(
    ("text", "town", "area"),
    [
        # the commune no gazetteer holds is read through the department in its brackets
        ("Niamey (AFP) - Cinq soldats ont été tués mardi dans une embuscade près du village de "
         "Tizégorou-Kaina, dans la commune de Tondikiwindi (département de Ouallam, région de "
         "Tillabéri), a annoncé le ministère.", "Tizégorou-Kaina", "Ouallam"),
        ("Bamako (AFP) - Des hommes armés ont tué mardi cinq civils dans le village de "
         "Ngolo-Kirké, dans le cercle de Bankass, selon des sources locales.", "Ngolo-Kirké",
         "Bankass"),
    ],
)  # fmt: skip
def test_french_events_a_village_no_gazetteer_holds_is_placed_by_the_area_after_it(
    text: str, town: str, area: str
) -> None:
    # ", dans la commune de X (...)": where the village lies; the village is the event's place,
    # coded to the first area the gazetteer holds
    (event,) = _typed(text, date(2024, 5, 14))[:1]
    assert event.place is not None and event.place.mention is not None
    assert (event.place.mention.text, event.place.name) == (town, area)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("CONAKRY (AFP) - Les forces de l'ordre ont tiré mardi à balles réelles pour disperser "
         "des manifestants à Conakry, tuant deux personnes, selon des témoins.",
         "Police Forces of Guinea"),
        ("CONAKRY (AFP) - Des centaines de personnes ont manifesté mardi à Conakry contre la "
         "vie chère. La police a tiré à balles réelles, tuant deux manifestants.",
         "Protesters (Guinea)"),
    ],
)  # fmt: skip
def test_french_events_excessive_force_names_first_the_side_its_first_words_tell(
    text: str, actor1: str
) -> None:
    # the forces' deed told first puts them first, as ACLED codes it; the protest told first
    # keeps its people first
    (event,) = _typed(text, date(2024, 5, 14))[:1]
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1 is not None and event.actor1.name == actor1


def test_french_events_what_happens_every_year_is_no_one_event() -> None:
    text = "Les attaques tuent des centaines de personnes chaque année dans la région."
    assert not _typed(text, date(2024, 5, 14))
    # a set that dates another verb's clause, or beside a day of the event's own, leaves it
    text = (
        "Des hommes armés ont tué lundi douze personnes lors d'une attaque contre le marché "
        "organisé chaque semaine à Dori."
    )
    assert [e.event_type for e in _typed(text, date(2024, 5, 14))] == ["Violence against civilians"]
    text = (
        "Des centaines de personnes ont encore manifesté vendredi à Niamey, comme chaque "
        "semaine depuis le coup d'État."
    )
    assert [e.event_type for e in _typed(text, date(2024, 5, 14))] == ["Protests"]


@pytest.mark.parametrize(
    ("second", "town"),
    [
        ("Les hommes armés sont arrivés à moto dans le village de Tizégorou-Kaina, a raconté "
         "un habitant.", "Tizégorou-Kaina"),
        # their flight elsewhere says nothing of where the abduction was
        ("Les hommes armés ont fui vers le village de Tizégorou-Kaina, a raconté un habitant.",
         "Tillabéri"),
    ],
)  # fmt: skip
def test_french_events_the_village_of_a_raid_is_named_next(second: str, town: str) -> None:
    text = (
        "NIAMEY (AFP) - Des hommes armés ont enlevé samedi au moins 30 personnes dans un "
        "village de la région de Tillabéri, selon la police. " + second
    )
    (event,) = _typed(text, date(2024, 5, 20))[:1]
    assert event.place is not None and event.place.mention is not None
    assert (event.place.mention.text, event.place.name) == (town, "Tillabéri")


def test_french_events_the_quarters_of_a_town_are_that_town() -> None:
    # "les quartiers d'Alep" are parts of the town the name names, not a quarter named Alep
    text = (
        "BEYROUTH (Reuters) - L'aviation du régime syrien a mené samedi une trentaine de raids "
        "sur les quartiers d'Alep tenus par les rebelles, tuant au moins dix civils."
    )
    (strike,) = _typed(text, date(2016, 5, 1))[:1]
    assert strike.place is not None
    assert (strike.place.name, strike.place.geo_precision) == ("Aleppo", 1)


def test_french_events_a_groups_whole_name_before_its_words() -> None:
    # "l'organisation État islamique au Sahel": the alias, not "État islamique" alone
    text = (
        "Niamey (AFP) - Dix soldats nigériens ont été tués dimanche dans une embuscade près "
        "d'Ouallam. L'attaque a été revendiquée lundi par l'organisation État islamique au "
        "Sahel."
    )
    event = _typed(text, date(2024, 5, 14))[0]
    assert event.actor1 is not None and event.actor1.name == "Islamic State (Sahel)"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        # men who fly no aircraft make a raid on the ground: their attack
        ("ABUJA (AFP) - Des hommes armés ont mené samedi un raid contre un village de l'Etat de "
         "Zamfara, dans le nord-ouest du Nigeria, tuant 12 personnes, selon la police.",
         "Attack", "Unidentified Armed Group (Nigeria)"),
        ("OUAGADOUGOU (AFP) - Des jihadistes ont mené samedi un raid contre une base militaire "
         "à Djibo, dans le nord du Burkina Faso, selon une source sécuritaire.",
         "Armed clash", "Islamist Militants (Burkina Faso)"),
        # a regime's raids, or raids nothing names an author of, are struck from the air
        ("BEYROUTH (AFP) - Les forces du régime ont mené samedi des raids sur Alep, tuant dix "
         "civils, selon l'OSDH.", "Air/drone strike", "Military Forces of Syria"),
        ("BEYROUTH (AFP) - Des raids ont frappé samedi les quartiers rebelles d'Alep, tuant "
         "dix civils, selon l'OSDH.", "Air/drone strike", None),
    ],
)  # fmt: skip
def test_french_events_a_raid_is_from_the_air_unless_its_authors_fly_nothing(
    text: str, sub_event_type: str, actor1: str | None
) -> None:
    (event,) = _typed(text, date(2020, 6, 8))[:1]
    assert event.sub_event_type == sub_event_type
    assert (event.actor1 and event.actor1.name) == actor1


def test_french_events_an_abduction_in_a_raid_is_one_event_in_the_state_it_names() -> None:
    # "lors d'un raid": the raid is where the gunmen abducted, no air strike of its own; "l'Etat
    # de Zamfara" is a federated state, not the government of Nigeria
    text = (
        "ABUJA (AFP) - Des hommes armés ont enlevé au moins 30 personnes samedi lors d'un raid "
        "contre un village de l'Etat de Zamfara, dans le nord-ouest du Nigeria, a indiqué la "
        "police."
    )
    events = _typed(text, date(2020, 6, 8))
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    (event,) = events
    assert event.actor2 is not None and event.actor2.name == "Civilians (Nigeria)"
    assert event.place is not None and event.place.name == "Zamfara"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # the day written between the verb and its object: the object still what was attacked
        ("OUAGADOUGOU (AFP) - Des jihadistes ont attaqué vendredi une base militaire à Djibo, "
         "dans le nord du Burkina Faso, selon une source sécuritaire.",
         "Military Forces of Burkina Faso"),
        ("OUAGADOUGOU (AFP) - Des jihadistes ont attaqué une base militaire à Djibo vendredi, "
         "dans le nord du Burkina Faso, selon une source sécuritaire.",
         "Military Forces of Burkina Faso"),
    ],
)  # fmt: skip
def test_french_events_an_object_after_the_day_is_the_verb_s(text: str, actor2: str) -> None:
    (event,) = _typed(text, date(2020, 6, 8))[:1]
    assert event.actor2 is not None and event.actor2.name == actor2
    assert event.when is not None and event.when.coded_day() == date(2020, 6, 5)


def test_french_events_a_killing_in_a_raid_by_armed_men_is_their_attack() -> None:
    # the raid is no weapon struck from the air: bandits fly no aircraft
    text = (
        "ABUJA (AFP) - Des bandits ont tué samedi 12 villageois lors d'un raid contre le "
        "village de Kadisau, dans l'Etat de Zamfara."
    )
    events = _typed(text, date(2020, 6, 8))
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]
    assert events[0].fatalities is not None and events[0].fatalities.best == 12


def test_french_events_a_name_before_the_state_s_own_words_is_no_place() -> None:
    # "l'Etat hébreu", "l'Etat islamique" in apposition: no area of the name before them
    text = (
        "JERUSALEM (AFP) - Après une attaque du Hamas, l'Etat hébreu a mené samedi des "
        "frappes sur Gaza, selon l'armée."
    )
    events = _typed(text, date(2020, 6, 8))
    assert events and events[0].place is not None and events[0].place.name == "Gaza"
    # "un jeune soldat": a soldier, the army's
    text = (
        "OUAGADOUGOU (AFP) - Un jeune soldat a été tué samedi lors d'une attaque jihadiste "
        "près de Djibo, selon une source sécuritaire."
    )
    (event,) = _typed(text, date(2020, 6, 8))
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Burkina Faso"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "place", "precision"),
    [
        # the body names only a country: somewhere in it, not at the bureau's city
        ("BAMAKO (AFP) - Au moins 20 civils ont été tués mardi dans l'attaque de leur village "
         "par des hommes armés dans le centre du Mali, a-t-on appris mercredi.",
         "Attack", "Unidentified Armed Group (Mali)", "Mali", 3),
        ("N'DJAMENA (AFP) - Des affrontements entre éleveurs et agriculteurs ont fait 12 morts "
         "jeudi dans le sud du Tchad, a indiqué le gouverneur.",
         "Armed clash", "Unidentified Communal Militia (Chad)", "Chad", 3),
        # an infinitive after the day completes the verb before it; air operations strike
        # from the air; "l'Est du pays" is the country
        ("OUAGADOUGOU (AFP) - L'armée burkinabè a affirmé dimanche avoir « neutralisé » une "
         "cinquantaine de terroristes lors d'opérations aériennes dans l'Est du pays.",
         "Air/drone strike", "Military Forces of Burkina Faso", "Burkina Faso", 3),
        # the killers of a passive, told with the ambush that framed it
        ("NIAMEY (AFP) - Douze soldats nigériens ont été tués samedi par des jihadistes dans "
         "une embuscade près de Tillabéri.", "Armed clash", "Islamist Militants (Niger)",
         "Tillabéri", 1),
        # the feminine plural of a people's name
        ("GAZA (AFP) - Des frappes israéliennes ont tué au moins 15 personnes samedi à Rafah, "
         "selon la Défense civile.", "Air/drone strike", "Military Forces of Israel",
         "Rafaḩ", 1),
        # a French exonym the gazetteer holds only as an obscure variant, against the bureau's
        # country
        ("BEYROUTH (AFP) - Des jihadistes ont tué samedi dix soldats dans une embuscade près de "
         "Palmyre.", "Armed clash", "Islamist Militants (Syria)", "Tadmur", 1),
        # "près de Bambari" parsed as joined to the hostages: still where; "Centrafrique"
        ("BANGUI (AFP) - Des hommes armés ont enlevé vendredi trois travailleurs humanitaires "
         "près de Bambari, dans le centre de la Centrafrique, a annoncé l'ONU.",
         "Abduction/forced disappearance",
         "Unidentified Armed Group (Central African Republic)", "Bambari", 1),
    ],
)  # fmt: skip
def test_french_events_wire_copy_across_the_regions_afp_covers(
    text: str, sub_event_type: str, actor1: str, place: str, precision: int
) -> None:
    event = _typed(text, date(2024, 5, 20))[0]
    assert event.sub_event_type == sub_event_type
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.place is not None
    assert (event.place.name, event.place.geo_precision) == (place, precision)


def test_french_events_a_participle_set_beside_a_clause_is_its_subjects_deed() -> None:
    text = (
        "MAPUTO (AFP) - Des insurgés jihadistes ont attaqué mercredi la ville de Macomia, dans "
        "la province du Cabo Delgado, pillant des magasins, selon des témoins."
    )
    events = _typed(text, date(2024, 5, 20))
    # (the town attacked is its people's: the looting told beside it is the attack, one
    # event, as in English "attacked the town of Macomia, looting shops")
    assert [(e.sub_event_type, e.actor1 and e.actor1.name) for e in events] == [
        ("Looting/property destruction", "Islamist Militants (Mozambique)")
    ]


def test_french_events_a_missile_strike_is_one_shelling() -> None:
    # "frappe de missile": one event, no air strike beside the missile; "russe" on the
    # missile says where it was made, not who fired it ("des roquettes américaines")
    text = (
        "KIEV (AFP) - Une frappe de missile russe a fait au moins sept morts lundi soir à "
        "Kharkiv, a annoncé le gouverneur régional."
    )
    events = _typed(text, date(2024, 5, 21))
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 7


def test_french_events_killed_by_bullets_during_clashes_is_one_riot() -> None:
    # "par balles" says how they were killed, not who killed them; the parser cut the
    # sentence at "jeudi", which lost the day and made the killing a second event
    text = (
        "CONAKRY (AFP) - Au moins trois manifestants ont été tués par balles jeudi lors de "
        "heurts avec les forces de l'ordre à Conakry, selon l'opposition."
    )
    events = _typed(text, date(2024, 5, 20))
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Riots", "Violent demonstration")
    ]
    assert events[0].fatalities is not None and events[0].fatalities.best == 3
    assert events[0].when is not None and events[0].when.coded_day() == date(2024, 5, 16)
    (killing,) = _typed("Un homme a été tué par arme blanche samedi à Dakar.", date(2024, 5, 20))
    assert killing.actor1 is not None and killing.actor1.mention is not None
    assert killing.actor1.mention.text != "arme blanche"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2"),
    [
        # a drone or aircraft that "frappe" strikes from the air; the dead it counts through
        # "membres" are Hezbollah's
        ("BEYROUTH (AFP) - Un drone israélien a frappé mardi une voiture dans le sud du Liban, "
         "tuant deux membres du Hezbollah, selon une source de sécurité.",
         "Air/drone strike", "Military Forces of Israel", "Hezbollah"),
        # what a gathering gathers is what was hit
        ("BAMAKO (AFP) - L'aviation malienne a frappé samedi un rassemblement de jihadistes "
         "près de Tessit, tuant une vingtaine de combattants.",
         "Air/drone strike", "Military Forces of Mali", "Islamist Militants (Mali)"),
        # "des inconnus" are ACLED's unidentified armed group
        ("BUJUMBURA (AFP) - Un député de l'opposition a été abattu dimanche soir par des "
         "inconnus devant son domicile à Bujumbura.",
         "Attack", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)"),
    ],
)  # fmt: skip
def test_french_events_who_struck_and_who_was_hit(
    text: str, sub_event_type: str, actor1: str, actor2: str
) -> None:
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.sub_event_type == sub_event_type
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


def test_french_events_what_is_struck_or_owned_is_no_author() -> None:
    # an aircraft struck strikes nothing
    text = "Un drone de l'armée malienne a été frappé par la foudre samedi près de Kidal."
    assert not _typed(text, date(2024, 5, 20))
    # the owners of what was stolen are no authors of the theft
    text = "Des hommes armés ont commis samedi un vol de bétail des éleveurs peuls près de Mopti."
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Mali)"
    # a first name is no means; who fired the bullet killed
    text = "Un civil a été tué samedi par Pierre Kabila à Goma."
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.actor1 is not None and event.actor1.mention is not None
    assert event.actor1.mention.text == "Pierre Kabila"
    text = "CONAKRY (AFP) - Un manifestant a été tué samedi par une balle tirée par un policier."
    event = _typed(text, date(2024, 5, 20))[0]
    assert event.actor1 is not None and event.actor1.name == "Police Forces of Guinea"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # a truce agreement is one event; its two sides are the subjects, after the day
        ("ADDIS ABEBA (AFP) - Le gouvernement éthiopien et les rebelles du Tigré ont conclu "
         "mercredi un accord de cessation des hostilités à Pretoria.",
         "Opposition Rebels (Ethiopia)"),
        # where it was signed is no party to it
        ("ADDIS ABEBA (AFP) - Le gouvernement éthiopien et les rebelles du Tigré ont conclu "
         "mercredi un accord de cessez-le-feu à Pretoria.", "Opposition Rebels (Ethiopia)"),
        # nor the story's country: the groups are Mali's, not Algeria's
        ("BAMAKO (AFP) - Le gouvernement malien et les groupes armés du Nord ont signé "
         "mercredi à Alger un accord de cessez-le-feu.", "Opposition Rebels (Mali)"),
        # a country after "avec" is a party to it, not where it was signed
        ("NIAMEY (AFP) - Le gouvernement malien et le gouvernement burkinabè ont signé "
         "mercredi une trêve avec le Niger.", "Government of Niger"),
    ],
)  # fmt: skip
def test_french_events_a_truce_signed_abroad_binds_its_two_sides(text: str, actor2: str) -> None:
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.sub_event_type == "Agreement"
    assert event.actor1 is not None and event.actor1.name is not None
    assert event.actor1.name.startswith("Government of")
    assert event.actor2 is not None and event.actor2.name == actor2
    assert event.when is not None and event.when.coded_day() == date(2024, 5, 15)


def test_french_events_an_arrest_of_a_number_of_people() -> None:
    # "arrêter" also means to stop: "une trentaine de personnes" counts people, so it is an
    # arrest ("trentaine" gathers the people); "une dizaine de projets" counts none
    text = (
        "NDJAMENA (AFP) - Les soldats tchadiens ont arrêté samedi une trentaine de personnes "
        "à Bol, dans la région du Lac."
    )
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.sub_event_type == "Arrests"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Chad)"
    assert event.when is not None and event.when.coded_day() == date(2024, 5, 18)
    assert not _typed("Le ministre veut arrêter une dizaine de projets.", date(2024, 5, 20))
    # nor a word only a complement of which names people
    text = "La police a arrêté samedi la marche des manifestants à Dakar."
    assert not any(e.sub_event_type == "Arrests" for e in _typed(text, date(2024, 5, 20)))


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2", "day"),
    [
        # "attentat-suicide" kept one word: the parser had cut the sentence at its hyphen
        ("KABOUL (AFP) - Un attentat-suicide a fait au moins 25 morts jeudi dans une mosquée "
         "chiite de Kandahar, dans le sud de l'Afghanistan.", "Suicide bomb",
         "Unidentified Armed Group (Afghanistan)", None, 16),
        # the genitive on a strike's last word is its author
        ("BAMAKO (AFP) - Des frappes de drones de l'armée malienne ont tué au moins huit civils "
         "dimanche lors d'un mariage à Tinzaouatène, selon des élus locaux.",
         "Air/drone strike", "Military Forces of Mali", "Civilians (Mali)", 19),
        # "opposer" sets a fight's sides against each other; a group named after its fighters
        ("BANGUI (AFP) - Des combats ont opposé vendredi des rebelles de la CPC à l'armée "
         "centrafricaine près de Bossangoa, a-t-on appris de source militaire.", "Armed clash",
         "CPC: Coalition of Patriots for Change",
         "Military Forces of the Central African Republic", 17),
        ("CONAKRY (AFP) - Des heurts ont opposé jeudi des manifestants aux forces de l'ordre à "
         "Conakry.", "Violent demonstration", "Rioters (Guinea)", "Police Forces of Guinea",
         16),
        # a part of the day that qualifies the event's noun does not date it
        ("BAMAKO (AFP) - La junte malienne a décrété mardi un couvre-feu nocturne dans la "
         "région de Ségou.", "Change to group/activity", "Government of Mali", None, 14),
        # nor a length
        ("BANGUI (AFP) - Un accord de cessez-le-feu de trois jours a été signé samedi entre "
         "l'armée centrafricaine et les rebelles de la CPC.", "Agreement",
         "Military Forces of the Central African Republic",
         "CPC: Coalition of Patriots for Change", 18),
    ],
)  # fmt: skip
def test_french_events_wire_copy_words_that_cut_or_join(
    text: str, sub_event_type: str, actor1: str | None, actor2: str | None, day: int
) -> None:
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.sub_event_type == sub_event_type
    assert (event.actor1 and event.actor1.name) == actor1
    assert (event.actor2 and event.actor2.name) == actor2
    assert event.when is not None and event.when.coded_day() == date(2024, 5, day)


def test_french_events_what_a_clause_denies_in_an_event_leaves_it_told() -> None:
    # "aucune victime" after the attack: the attack took place, and killed no one
    text = (
        "BAMAKO (AFP) - Aucune victime n'a été signalée après l'attaque d'un poste de "
        "gendarmerie samedi à Kati, près de Bamako."
    )
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.status is Status.REPORTED
    assert event.fatalities is not None and event.fatalities.best == 0
    # ... nor « lors de » the attack, which the parser hangs on « lors »
    text = (
        "BAMAKO (AFP) - Aucune victime n'a été enregistrée lors de l'attaque d'un poste de "
        "gendarmerie samedi à Kati, près de Bamako."
    )
    (event,) = _typed(text, date(2024, 5, 20))
    assert event.status is Status.REPORTED
    # the event itself denied stays negated
    (event,) = _typed("L'attaque n'a pas eu lieu samedi à Gao.", date(2024, 5, 20))
    assert event.status is Status.NEGATED


def test_french_events_a_march_of_the_opposition_broken_up_by_the_police() -> None:
    text = "KINSHASA (AFP) - La police a dispersé samedi une marche de l'opposition à Kinshasa."
    event = next(e for e in _typed(text, date(2024, 5, 20)) if e.event_type)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None
    assert event.actor2.name == "Police Forces of the Democratic Republic of Congo"


def test_french_events_two_groups_each_named_after_its_fighters() -> None:
    # a name right after the fighters' word, and "les rebelles du M23" no earlier group's
    text = "GOMA (AFP) - Des miliciens Wazalendo ont affronté lundi les rebelles du M23 à Sake."
    (event,) = _typed(text, date(2024, 5, 21))
    assert event.actor1 is not None and event.actor1.name == "Wazalendo"
    assert event.actor2 is not None and event.actor2.name == "M23: March 23 Movement"


def test_french_events_armed_men_who_demonstrate_then_attack_do_not_riot() -> None:
    # what forces do to the opposition's march types it; armed men's own attack stays theirs
    text = (
        "GAO (AFP) - Des jihadistes ont manifesté samedi à Gao puis ont attaqué un poste de police."
    )
    events = _typed(text, date(2024, 5, 20))
    assert [e.event_type for e in events] == ["Protests", "Battles"]
    assert events[1].actor1 is not None and events[1].actor1.name == "Islamist Militants (Mali)"
    # a denial that the event happened, with no toll denied after it, stays a denial
    text = "Le soldat n'est pas mort dans une attaque mais dans un accident, selon l'armée."
    assert all(e.status is not Status.REPORTED for e in _typed(text, date(2024, 5, 20)))
    # a place right after the fighters' word is none of theirs
    (event,) = _typed(
        "Des rebelles Bangui ont attaqué lundi un poste de police.", date(2024, 5, 20)
    )
    assert event.actor1 is not None and event.actor1.mention is not None
    assert event.actor1.mention.text == "Des rebelles"


def test_french_events_statues_beheaded_are_no_attack_on_people() -> None:
    # a verb whose victims are its object ("décapiter"), done to things: no one was attacked
    text = "Des inconnus ont décapité les statues de l'église de Dissin dimanche."
    assert not [e for e in _typed(text, PUBLISHED) if e.event_type == "Violence against civilians"]


def test_french_events_a_participle_tagged_a_future_is_a_past() -> None:
    # the tagger reads "affrontées" after "se sont" as a finite future: the fight took
    # place, last Saturday, not the coming one
    events = _typed(
        "Deux familles d'agriculteurs se sont affrontées samedi à Kandi pour un litige foncier.",
        date(2021, 6, 14),
    )
    assert [(e.status, e.when and e.when.coded_day()) for e in events] == [
        (Status.REPORTED, date(2021, 6, 12))
    ]


def test_french_events_ied_planters_are_armed_men() -> None:
    # the men who plant mines bear arms: soldiers who kill them fight a battle
    (event,) = _typed(
        "Une patrouille de l'armée a tué dimanche deux poseurs d'engins explosifs près de Djibo.",
        date(2021, 6, 14),
    )
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the word that says a policeman bore no arms may follow the actor's words, a noun
        # the tagger hangs on him or a phrase ("à la retraite")
        ("Des hommes armés ont tué samedi un policier retraité à Kantchari.",
         "Violence against civilians"),
        ("Des individus armés ont abattu un gendarme à la retraite dimanche à Fada.",
         "Violence against civilians"),
        # (a policeman, and a place after him, say nothing of it; nor do soldiers retreating
        # or a word that qualifies another noun after him)
        ("Des hommes armés ont tué samedi un policier à Kantchari.", "Battles"),
        ("Des jihadistes ont attaqué des soldats en retraite vers Djibo, tuant quatre d'entre"
         " eux.", "Battles"),
        ("Des hommes armés ont tué samedi un militaire ancien chef de village à Kaya.",
         "Battles"),
    ],
)  # fmt: skip
def test_french_events_a_retired_policeman_bears_no_arms(text: str, event_type: str) -> None:
    assert [e.event_type for e in _typed(text, PUBLISHED)] == [event_type]


def test_french_events_a_place_set_beside_its_province_lies_in_it() -> None:
    # "Bani, province du Séno": the village is in the province (no Baní of the Dominican
    # Republic); the gazetteer lacks the village, so the event is coded to the province
    text = "Des hommes armés ont tué cinq civils samedi dans le village de Bani, province du Séno."
    places = [e.place for e in _typed(text, PUBLISHED) if e.place is not None]
    assert [(p.name, p.country, p.geo_precision) for p in places] == [("Séno", "BF", 3)]


def test_french_events_a_date_before_a_long_subject_dates_its_verb() -> None:
    # the parser once started a sentence at "avait été pillé", after the participle that
    # qualifies the truck, leaving the looting without its date and its subject
    text = (
        "Le 11 septembre, un camion du Programme alimentaire mondial (PAM) transportant du riz "
        "avait été pillé par des hommes armés à Kaya."
    )
    typed = _typed(text, PUBLISHED)
    assert [e.sub_event_type for e in typed] == ["Looting/property destruction"]
    assert typed[0].when is not None and typed[0].when.start == "2019-09-11"


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # those who set fire to a market destroy property
        ("Des hommes armés ont mis le feu samedi au marché de Kaya.",
         "Strategic developments", "Unidentified Armed Group (Burkina Faso)"),
        # burning tyres and raising barricades is rioting
        ("Des jeunes en colère ont brûlé des pneus et érigé des barricades samedi à Kaya.",
         "Riots", "Rioters (Burkina Faso)"),
    ],
)  # fmt: skip
def test_french_events_what_was_set_on_fire(text: str, event_type: str, actor1: str | None) -> None:
    typed = _typed(text, PUBLISHED)
    assert [e.event_type for e in typed] == [event_type]
    assert (typed[0].actor1.name if typed[0].actor1 else None) == actor1


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # what the fire was set to is the target
        ("Des manifestants ont mis le feu à la gendarmerie de Kaya samedi.",
         "Police Forces of Burkina Faso Gendarmerie"),
        ("Des jeunes ont mis le feu au commissariat de Dori samedi.",
         "Police Forces of Burkina Faso"),
    ],
)  # fmt: skip
def test_french_events_what_the_fire_was_set_to(text: str, actor2: str) -> None:
    typed = _typed(text, PUBLISHED)
    assert [e.actor2.name if e.actor2 else None for e in typed] == [actor2]


def test_french_events_an_attack_its_next_verb_burns_is_that_destruction() -> None:
    # « ont attaqué et mis le feu à une école »: one destruction, not a fight beside it
    typed = _typed(
        "Des hommes armés ont attaqué et mis le feu à une école samedi à Kaya.", PUBLISHED
    )
    assert [e.sub_event_type for e in typed] == ["Looting/property destruction"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # stones thrown at the police are a riot, whoever throws them
        ("Des jeunes ont lancé des pierres sur les policiers samedi à Kaya.", "Riots",
         "Rioters (Burkina Faso)"),
        ("Des manifestants ont caillassé des véhicules de police samedi à Kaya.", "Riots",
         "Rioters (Burkina Faso)"),
        ("Des individus non identifiés ont lancé des pierres sur des gendarmes samedi à Kaya.",
         "Riots", "Rioters (Burkina Faso)"),
    ],
)  # fmt: skip
def test_french_events_stones_thrown(text: str, event_type: str, actor1: str) -> None:
    typed = _typed(text, PUBLISHED)
    assert [(e.event_type, e.actor1.name if e.actor1 else None) for e in typed] == [
        (event_type, actor1)
    ]


def test_french_events_a_day_the_parser_cut_off_dates_the_clause_after_it() -> None:
    text = (
        "Le président a annoncé le report du scrutin.\n\nSamedi soir, quelques heures après "
        "l'annonce du report par le chef de l'État, des jeunes avaient érigé des barricades à "
        "Kaya."
    )
    riots = [e for e in _typed(text, PUBLISHED) if e.event_type == "Riots"]
    assert len(riots) == 1 and riots[0].when is not None
    assert riots[0].when.start == "2019-12-14"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # what the demonstrators did while they demonstrated is the violent demonstration,
        # no event of its own; the police they fought or stoned are its other side
        ("Des jeunes ont manifesté samedi à Kaya et ont lancé des pierres sur les policiers.",
         "Police Forces of Burkina Faso"),
        ("Des jeunes ont manifesté samedi à Kaya et se sont affrontés avec les policiers.",
         "Police Forces of Burkina Faso"),
        ("Des habitants ont manifesté samedi à Kaya contre le maire. Les manifestants ont "
         "incendié la mairie et saccagé des véhicules.", None),
    ],
)  # fmt: skip
def test_french_events_the_demonstrators_deeds_are_their_riot(
    text: str, actor2: str | None
) -> None:
    typed = _typed(text, PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in typed] == [("Riots", "Violent demonstration")]
    assert (typed[0].actor2.name if typed[0].actor2 else None) == actor2
    assert len(typed[0].mentions) > 1


@pytest.mark.parametrize(
    "text",
    [
        # the province's name after its kind and an article is the province ("la Sissili"),
        # and a village placed in an area is read in it: Boura is no Romanian village here
        "Des hommes armés ont tué cinq civils samedi à Boura, province de la Sissili.",
        "Des hommes armés ont tué cinq civils samedi à Boura, dans la Sissili.",
    ],
)
def test_french_events_a_village_read_in_its_province(text: str) -> None:
    (event,) = _typed(text, PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.country) == (
        "Sissili",
        "BF",
    )
    assert event.actor1 is not None
    assert event.actor1.name == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize(
    "text",
    [
        # fire, drought and soldiers who destroy weapons destroy no one's property: "brûler",
        # "détruire" and "raser" say too much else to name an event
        "Le soleil a brûlé les récoltes samedi dans la province du Soum.",
        "La sécheresse a détruit les récoltes dans la province du Soum.",
        "L'armée a détruit samedi des stocks d'armes saisis à Kaya.",
        "Les habitants rasent les murs depuis l'attaque de samedi à Kaya.",
    ],
)
def test_french_events_burning_and_destroying_alone_name_no_event(text: str) -> None:
    assert [
        e.sub_event_type
        for e in _typed(text, PUBLISHED)
        if e.sub_event_type == "Looting/property destruction"
    ] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # un corps retrouvé est un mort; ceux qu'on a enlevés, repris par un pronom, les morts
        ("DJIBO (AFP) - Le corps d'un berger a été retrouvé lundi près de Djibo.", 1),
        (
            "DJIBO (AFP) - Des hommes armés ont enlevé lundi un enseignant près de Djibo. Son "
            "corps a été découvert le lendemain.",
            1,
        ),
        (
            "DJIBO (AFP) - Des hommes armés ont enlevé lundi trois commerçants près de Djibo. "
            "Leurs corps ont été retrouvés le lendemain.",
            3,
        ),
        (
            "DJIBO (AFP) - Des hommes armés ont enlevé lundi deux enseignants près de Djibo. Ils "
            "ont été exécutés le lendemain.",
            2,
        ),
    ],
)
def test_french_events_the_dead_found_and_the_seized_killed_are_counted(
    text: str, killed: int
) -> None:
    event = _typed(text, PUBLISHED)[0]
    assert event.event_type == "Violence against civilians"
    assert event.fatalities is not None and event.fatalities.best == killed


def test_french_events_a_house_hit_kills_no_one_the_shot_does() -> None:
    # "tuant" hangs on "maison": a thing is no author, the shelling's toll
    events = _typed(
        "DJIBO (AFP) - Des soldats ont tiré lundi un obus qui a touché une maison tuant deux "
        "civils à Djibo.",
        PUBLISHED,
    )
    assert [(e.event_type, e.fatalities and e.fatalities.best) for e in events] == [
        ("Explosions/Remote violence", 2)
    ]


def test_french_events_one_body_found_is_no_running_total() -> None:
    # "depuis deux jours" is the disappearance's: one dead found, the two events kept
    events = _typed(
        "TERA (AFP) - Des habitants ont retrouvé lundi le corps d'un commerçant porté disparu "
        "depuis deux jours à Téra.",
        PUBLISHED,
    )
    assert [(e.trigger.text, e.fatalities and e.fatalities.best) for e in events] == [
        ("retrouvé", 1),
        ("porté disparu", None),
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "killed"),
    [
        # the parser makes the source behind "Selon" the subject, the count its complement
        (
            "ALEP (AFP) - Selon l'Observatoire, plus de 246 civils ont été tués à Alep depuis "
            "le 22 avril.",
            "plus de 246 civils",
            246,
        ),
        (
            "ALEP (AFP) - Selon l'Observatoire syrien des droits de l'homme, au moins vingt civils "
            "ont péri samedi dans des raids sur Alep.",
            "raids",
            20,
        ),
    ],
)
def test_french_events_a_source_behind_selon_is_no_subject(
    text: str, trigger: str, killed: int
) -> None:
    event = next(e for e in extract(text, PUBLISHED, lang="fr") if e.fatalities)
    assert (event.trigger.text, event.fatalities.best) == (trigger, killed)
    assert event.attribution is not None and event.attribution.source is not None
    assert event.attribution.source.text.startswith("l'Observatoire")


def test_french_events_a_list_of_dead_cut_at_its_link_is_one_subject() -> None:
    # "trois soldats" hung on "poste", "un civil" alone the subject: four dead, soldiers
    events = _typed(
        "BONI (AFP) - Des jihadistes ont attaqué lundi un poste de l'armée à Boni, trois "
        "soldats et un civil ont été tués.",
        PUBLISHED,
    )
    assert [(e.event_type, e.fatalities and e.fatalities.best) for e in events] == [("Battles", 4)]


def test_french_events_the_arrested_found_executed_are_civilians_counted() -> None:
    # the arrest's count comes in; the victims the attack's type implies stay its actor2
    events = _typed(
        "DIOURA (AFP) - Des militaires ont arrêté lundi six hommes au marché de Dioura ; ils "
        "ont été exécutés le soir même.",
        PUBLISHED,
    )
    killing = next(e for e in events if e.trigger.text == "exécutés")
    assert killing.fatalities is not None and killing.fatalities.best == 6
    assert killing.actor2 is not None and killing.actor2.concept == "civilians"


def test_a_toll_told_as_a_headline_is_the_ambush_s() -> None:
    # no verb: "un soldat tué" is one soldier killed, the ambush's toll and its target
    event = _typed(
        "Burkina : un soldat tué et six blessés dans une embuscade près de Djibo.", PUBLISHED
    )[0]
    assert event.event_type == "Battles"
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Burkina Faso"


def test_an_arrest_told_before_its_people_and_a_warrant() -> None:
    # "à Kaya" before the arrested (a town the tagger takes for a common noun) is no object
    # of "arrêté", which names an arrest; what they are wanted for is no report
    events = _typed(
        "Mercredi, les gendarmes ont arrêté à Kaya deux hommes recherchés pour le meurtre d'un "
        "commerçant.",
        PUBLISHED,
    )
    assert [(e.sub_event_type, e.status) for e in events] == [("Arrests", Status.REPORTED)]
    assert events[0].place is not None and events[0].place.name == "Kaya"
    assert events[0].actor1 is not None
    assert events[0].actor1.name == "Police Forces of Burkina Faso Gendarmerie"


def test_a_man_wanted_for_murder_shot_by_police_is_the_shooting_s_dead() -> None:
    events = _typed(
        "Un homme recherché pour meurtre a été abattu par la police à Niamey.", PUBLISHED
    )
    shooting = next(e for e in events if e.trigger.text == "abattu")
    assert shooting.status is Status.REPORTED
    assert shooting.fatalities is not None and shooting.fatalities.best == 1
    murder = next(e for e in events if e.trigger.text == "meurtre")
    assert murder.status is Status.UNCERTAIN and murder.fatalities is None


def test_a_woman_and_her_children_told_as_a_headline_are_all_dead() -> None:
    event = _typed("Une femme et ses deux enfants tués par des hommes armés à Kaya.", PUBLISHED)[0]
    assert event.fatalities is not None and event.fatalities.best == 3


def test_the_missing_of_a_headline_are_no_toll() -> None:
    # "quatre disparus" is a count of its own: two dead, not six
    event = _typed(
        "Burkina : deux soldats tués et quatre disparus dans une embuscade près de Djibo.",
        PUBLISHED,
    )[0]
    assert event.fatalities is not None and event.fatalities.best == 2


@pytest.mark.parametrize(
    "text",
    [
        # « neuf » is a determiner to the French tagger ("new"): a number all the same
        "Des hommes armés ont tué neuf commerçants lundi près de Dori.",
        "L'attaque qui a tué neuf commerçants lundi près de Dori a été revendiquée par l'EIGS.",
    ],
)
def test_french_events_nine_the_tagger_reads_as_a_determiner_is_a_toll(text: str) -> None:
    event = _typed(text, PUBLISHED)[0]
    assert event.fatalities is not None and event.fatalities.best == 9
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # suspects are people: « arrêter » is their arrest, not a stop
        (
            "Deux suspects ont été arrêtés lundi à Kaya par la gendarmerie.",
            "Police Forces of Burkina Faso Gendarmerie",
        ),
        ("Deux suspects ont été placés en garde à vue lundi à Kaya.", None),
        (
            "La gendarmerie a placé en garde à vue trois hommes lundi à Kaya.",
            "Police Forces of Burkina Faso Gendarmerie",
        ),
    ],
)
def test_french_events_suspects_arrested_or_taken_into_custody(
    text: str, actor1: str | None
) -> None:
    events = _typed(text, PUBLISHED)
    assert [(e.sub_event_type, e.status) for e in events] == [("Arrests", Status.REPORTED)]
    assert (events[0].actor1.name if events[0].actor1 else None) == actor1
    assert events[0].place is not None and events[0].place.name == "Kaya"


def test_french_events_the_attack_a_killing_is_told_in_is_the_storming_s() -> None:
    # « lors d'une attaque » frames the killing the storming had for result (one of its
    # words): one attack
    events = _typed(
        "Des hommes armés ont pris d'assaut un village près de Dori et tué cinq personnes lors "
        "d'une attaque lundi.",
        PUBLISHED,
    )
    assert [(e.event_type, e.fatalities.best if e.fatalities else None) for e in events] == [
        ("Violence against civilians", 5)
    ]
    assert [m.text for m in events[0].mentions] == ["pris d'assaut", "tué", "attaque"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the parser hangs the attack on the burning, whose subject the killing shares
        (
            "Des hommes armés ont incendié des greniers et tué trois villageois lors d'une "
            "attaque près de Djibo lundi.",
            3,
        ),
        # on the participle of the houses, whose verb is left out
        (
            "Dix civils ont été tués et plusieurs maisons incendiées lors d'une attaque contre "
            "un village près de Djibo lundi.",
            10,
        ),
        # on the object of the killing the convoy's attack had for result
        (
            "Des jihadistes ont attaqué un convoi et tué neuf personnes dans une embuscade près "
            "de Djibo lundi.",
            9,
        ),
    ],
)
def test_french_events_an_attack_told_after_joined_deeds_is_theirs(text: str, dead: int) -> None:
    # one attack, its toll, its town and its day: no second event for the frame
    events = _typed(text, PUBLISHED)
    assert [
        (
            e.event_type,
            e.fatalities.best if e.fatalities else None,
            e.place.name if e.place else None,
            e.when.coded_day() if e.when else None,
        )
        for e in events
    ] == [("Violence against civilians", dead, "Djibo", date(2019, 12, 16))]


def test_french_events_a_rape_the_tagger_read_as_an_adverb_is_one() -> None:
    # the md model tags « violé » after « ont » an adverb: the participle of « violer »
    event = _typed("Des hommes armés ont violé deux femmes samedi à Kaya.", PUBLISHED)[0]
    assert (event.sub_event_type, event.place.name if event.place else None) == (
        "Sexual violence",
        "Kaya",
    )
    assert event.actor2 is not None and event.actor2.name == "Civilians (Burkina Faso)"


def test_french_events_a_toll_set_off_after_a_place_is_the_strikes() -> None:
    # « faisant ... morts » set off by a comma, which the parser hangs on the camp: what the
    # bombing did; « l'armée de l'air » struck from the air; a camp of the displaced is
    # civilians
    text = (
        "L'armée de l'air a bombardé par erreur un camp de déplacés près de Maiduguri, faisant "
        "au moins 50 morts."
    )
    event = _typed(text, PUBLISHED)[0]
    assert (event.sub_event_type, event.actor2.name if event.actor2 else None) == (
        "Air/drone strike",
        "Civilians (Nigeria)",
    )
    assert event.fatalities is not None and event.fatalities.best == 50


def test_french_events_a_state_named_after_its_kind_is_the_place() -> None:
    # the tagger takes « Etat de » into the name: the state is Benue
    text = "Des bergers armés ont tué sept agriculteurs mercredi dans l'Etat de Benue."
    event = _typed(text, PUBLISHED)[0]
    assert event.place is not None and event.place.name == "Benue"


def test_french_events_a_village_and_a_name_an_adjective_comes_between() -> None:
    # « frontalier » says what kind of village, not where: Nama is the village's name, no
    # province seat abroad (Algeria's Naama)
    text = "Des hommes armés ont tué cinq civils dans le village frontalier de Nama lundi."
    event = _typed(text, PUBLISHED)[0]
    assert event.place is None or event.place.country != "DZ"


def test_french_events_the_wounded_by_an_author_named_are_an_event() -> None:
    # « blesser » with its author: an event of its own, as "wounded" is in English
    events = _typed("Des jihadistes ont blessé quatre soldats lundi près de Djibo.", PUBLISHED)
    assert [(e.event_type, e.actor1.name if e.actor1 else None) for e in events] == [
        ("Battles", "Islamist Militants (Burkina Faso)")
    ]


def test_french_events_who_found_the_bodies_hung_on_the_town_did_not_kill() -> None:
    # « par des soldats », hung on the town, names who found the dead, not their killers
    event = _typed(
        "Les corps de trois civils ont été retrouvés lundi à Kaya par des soldats.", PUBLISHED
    )[0]
    assert event.actor1 is not None and event.actor1.name != "Military Forces of Burkina Faso"
    assert event.fatalities is not None and event.fatalities.best == 3


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1", "actor2"),
    [
        # the parser hangs « terroristes » on the day after it, as an adjective: still the
        # militants the army killed, no civilians
        (
            "L'armée a tué dix terroristes lundi près de Djibo.",
            "Armed clash",
            "Military Forces of Burkina Faso",
            "Islamist Militants (Burkina Faso)",
        ),
        # fighters the army killed are armed men, whatever group they were of
        (
            "L'armée a tué quinze combattants lors d'une frappe aérienne près de Djibo lundi.",
            "Air/drone strike",
            "Military Forces of Burkina Faso",
            "Unidentified Armed Group (Burkina Faso)",
        ),
        # « les forces de défense » are the army, as « les forces de défense et de sécurité »
        (
            "Les forces de défense ont arrêté sept suspects lundi à Djibo.",
            "Arrests",
            "Military Forces of Burkina Faso",
            "Civilians (Burkina Faso)",
        ),
    ],
)
def test_french_events_an_army_claim_names_its_sides(
    text: str, sub_type: str, actor1: str, actor2: str
) -> None:
    event = _typed(text, PUBLISHED)[0]
    assert event.sub_event_type == sub_type
    assert (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
    ) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "event_type", "actor2", "dead"),
    [
        # the attack takes the dead of the killing told inside it, and is typed by them
        (
            "Dix civils ont été tués lors d'une attaque près de Djibo lundi.",
            "Violence against civilians",
            "Civilians (Burkina Faso)",
            10,
        ),
        # « parmi » says whom the dead were among
        (
            "L'attaque a fait neuf morts parmi les civils lundi près de Djibo.",
            "Violence against civilians",
            "Civilians (Burkina Faso)",
            9,
        ),
        (
            "L'attaque a fait neuf morts parmi les soldats lundi près de Djibo.",
            "Battles",
            "Military Forces of Burkina Faso",
            9,
        ),
        # armed men the army's operation killed were those it hit (the attackers' own dead,
        # « parmi les assaillants », are none of the hit)
        (
            "L'armée a mené une opération lundi près de Djibo, qui a fait neuf morts parmi les "
            "hommes armés.",
            "Battles",
            "Unidentified Armed Group (Burkina Faso)",
            9,
        ),
        (
            "L'attaque a fait cinq morts parmi les assaillants lundi près de Djibo.",
            "Battles",
            None,
            5,
        ),
        # ... also when the attackers are named armed men
        (
            "Des jihadistes ont attaqué un poste militaire lundi près de Djibo, faisant cinq "
            "morts parmi les assaillants.",
            "Battles",
            "Military Forces of Burkina Faso",
            5,
        ),
    ],
)
def test_french_events_the_dead_say_whom_an_attack_hit(
    text: str, event_type: str, actor2: str | None, dead: int
) -> None:
    event = _typed(text, PUBLISHED)[0]
    assert (event.event_type, event.actor2.name if event.actor2 else None) == (event_type, actor2)
    assert event.fatalities is not None and event.fatalities.best == dead
