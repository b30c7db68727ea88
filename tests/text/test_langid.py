"""Tests for wirewatch.text.langid: the language of a text, its resource, its laziness."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources

import jsonschema
import pytest
from lingua import IsoCode639_1

from wirewatch.errors import ResourceError
from wirewatch.lang import load_shared
from wirewatch.text import langid
from wirewatch.text.langid import LanguageGuess, candidate_languages, identify_language

SCHEMA = resources.files("wirewatch") / "resources" / "schema" / "langid.schema.json"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Des frappes aériennes ont visé samedi plusieurs quartiers d'Alep, selon une ONG."),
        ("en", "Air strikes hit several districts of Aleppo on Saturday, a monitoring group said."),
        (
            "de",
            "Luftangriffe trafen am Samstag mehrere Viertel von Aleppo, teilte eine Gruppe mit.",
        ),
        ("es", "Los ataques aéreos alcanzaron el sábado varios barrios de Alepo, según una ONG."),
        ("it", "Raid aerei hanno colpito sabato diversi quartieri di Aleppo, secondo una ONG."),
        ("pt", "Ataques aéreos atingiram no sábado vários bairros de Alepo, segundo uma ONG."),
        ("nl", "Luchtaanvallen troffen zaterdag verschillende wijken van Aleppo, meldt een ngo."),
        ("ru", "В субботу авиаудары поразили несколько районов Алеппо, сообщила организация."),
        ("uk", "У суботу авіаудари вразили кілька районів Алеппо, повідомила організація."),
        ("ar", "استهدفت غارات جوية السبت عدة أحياء في حلب بحسب منظمة غير حكومية."),
        ("tr", "Cumartesi günü hava saldırıları Halep'in birçok mahallesini vurdu."),
        ("pl", "W sobotę naloty uderzyły w kilka dzielnic Aleppo, podała organizacja."),
        ("zh", "周六，空袭击中了阿勒颇的几个街区，据一个监测组织称，至少有十人死亡。"),
        ("hu", "Szombaton légicsapások értek több negyedet Aleppóban, közölte egy szervezet."),
        ("sw", "Mashambulizi ya anga yalipiga mitaa kadhaa ya Aleppo Jumamosi, shirika lilisema."),
    ],
)
def test_langid_identifies_the_language_of_a_sentence(code: str, text: str) -> None:
    guess = identify_language(text)
    assert guess.code == code
    assert 0.5 <= guess.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    ["", "   \n", "Alep", "AFP", "12 345 - 67 890 !!!", "Alep, le 1er mai.", "«\u00a0»"],
)
def test_langid_short_or_empty_text_is_unknown(text: str) -> None:
    assert identify_language(text) == LanguageGuess(None, 0.0)


def test_langid_mostly_french_text_with_an_english_quote_is_french() -> None:
    text = (
        "Le porte-parole a déclaré que la situation restait très tendue dans la ville, "
        'avant d\'ajouter en anglais : "we are monitoring the situation".'
    )
    assert identify_language(text).code == "fr"


def test_langid_resource_is_valid_and_known_to_lingua() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = load_shared("langid")
    jsonschema.validate(data, schema)
    codes = candidate_languages()
    assert {"fr", "en", "de", "es", "it", "pt", "nl", "ar", "ru", "tr", "pl", "zh"} <= set(codes)
    for code in codes:
        assert IsoCode639_1.from_str(code).name.lower() == code


@pytest.mark.parametrize("bad", [{"languages": ["fr"]}, {"languages": ["fr", "FR"]}, {}])
def test_langid_schema_refuses_bad_files(bad: object) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json.loads(SCHEMA.read_text("utf-8")))


@pytest.fixture
def fresh_detector() -> Iterator[None]:
    langid._detector.cache_clear()
    yield
    langid._detector.cache_clear()


def test_langid_language_lingua_does_not_know_is_a_resource_error(
    monkeypatch: pytest.MonkeyPatch, fresh_detector: None
) -> None:
    monkeypatch.setattr(langid, "candidate_languages", lambda: ("fr", "xx"))
    with pytest.raises(ResourceError, match="'xx'"):
        identify_language("Des frappes aériennes ont visé samedi plusieurs quartiers d'Alep.")


def test_langid_nothing_is_built_at_import() -> None:
    code = (
        "import wirewatch.text.langid as m; "
        "print(m._detector.cache_info().currsize, m.identify_language('').code, "
        "m._detector.cache_info().currsize)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "None", "0"]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "A soldier shot dead a civilian woman in Ouagadougou."),
        ("en", "On November 21, militiamen killed a butcher after a dispute at the market."),
        ("fr", "Des hommes armés ont tué deux civils samedi près de Djibo."),
        # so many names that trigrams alone are unsure of any language
        ("en", "On January 1, the Koglweogo killed 17 members of the Fulani community in the "
         "village of Dake."),
        ("en", "On April 2, presumed Katiba Macina (JNIM) militants attacked the gendarmerie in "
         "Gomboro, the attack was repelled."),
    ],
)  # fmt: skip
def test_langid_short_dispatch_is_decided_again_precisely(code: str, text: str) -> None:
    # Trigrams alone read the first sentence as French; the second pass reads it as English.
    assert identify_language(text).code == code
