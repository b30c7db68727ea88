"""Geoparsing gold and metrics: GeoWebNews and LGL-style XML corpora, and toponym-resolution scores.

Formats (detected from the content, never from the file name)
-------------------------------------------------------------
Both are ``<articles>`` of ``<article>`` elements, each with a ``<text>`` (plain or CDATA) and a
``<toponyms>`` list whose ``<start>``/``<end>`` are character offsets into that text (Python
characters, end exclusive).

* **GeoWebNews** (``GWN.xml``, Gritta et al. 2019): ``<article file="N">``; each ``<toponym>``
  has ``<extractedName>``, ``<type>``, ``<start>``, ``<end>`` and, for the toponyms that were
  resolved, ``<geonamesID>`` (sometimes empty: a place GeoNames lacks), ``<latitude>`` and
  ``<longitude>``. ``<type>`` becomes ``GoldToponym.kind``: ``Literal``, ``Literal_Modifier``
  (associative), ``Non_Literal_Modifier``, ``Metonymic``, ``Mixed``, ``Coercion``,
  ``Embedded_Literal`` and ``Embedded_Non_Lit`` carry coordinates; ``Demonym``, ``Language``,
  ``Homonym``, ``Non_Toponym``, ``Literal_Expression`` and ``Non_Lit_Expression`` do not.
  The same span can be annotated twice (``Coercion`` and ``Non_Toponym``); both are kept.
* **LGL family** (``TR-News.xml``, Kamalloo & Rafiei 2018, in the format of ``lgl.xml``,
  Lieberman et al. 2010): ``<article docid="N">``; each ``<toponym>`` has ``<phrase>``,
  ``<start>``, ``<end>`` and, when resolved, ``<gaztag geonameid="N">`` holding ``<lat>`` and
  ``<lon>``. There is no annotation type (``kind`` is ``None``).

``GeoDocument.corpus`` is the file name without its suffix (``GWN``, ``TR-News``, ``lgl``).

Offsets are checked: for every toponym read, ``document.text[t.start:t.end] == t.text``. When
the annotated name is not at its offsets, it is looked for within ``_REALIGN_WINDOW``
characters of the annotated start and moved to the nearest occurrence (``realigned``);
when it is not found there the toponym is left out (``dropped``). Both are counted per
document. A file whose structure is wrong (no text, a non-numeric offset, a latitude without
a longitude, coordinates off the globe) raises ``InputError``.

Metrics (``score_geoparsing``)
-------------------------------
The system resolves the **gold** spans only (recognition is not scored). A gold toponym is
*scored* when it has coordinates or a GeoNames id; the others are skipped and ``resolve`` is
not called for them. A resolver returning ``None`` leaves the toponym *unresolved*, which
counts as wrong in every metric.

* **distance**: great-circle distance between gold and predicted coordinates, haversine on a
  sphere of radius 6,371.0088 km. An unresolved toponym has the largest possible distance,
  half the circumference (about 20,015 km).
* **accuracy@161 km** = scored toponyms with coordinates whose distance is at most 161 km
  (100 miles), over scored toponyms with coordinates; **accuracy@25 km** likewise.
* **exact** = toponyms whose predicted GeoNames id equals the gold id, over the scored
  toponyms whose gold has an id (a prediction without an id is wrong).
* **mean / median error** = mean and median distance in km, unresolved included.
* **AUC of error** (Gritta et al. 2017, "What's missing in geographical parsing?"): with the
  n distances sorted ascending, e_1 <= ... <= e_n, and y_i = ln(1 + e_i),
  AUC = (sum over i < n of (y_i + y_{i+1}) / 2) / ((n - 1) * ln 20039), the trapezoidal area
  under the log-error curve normalised to [0, 1]; lower is better, 0 is perfect. With a single
  toponym it is y_1 / ln 20039.
* Every rate and error figure is 0.0 when its denominator is 0.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wirewatch.errors import InputError
from wirewatch.geo import EARTH_RADIUS_KM, haversine_km

__all__ = [
    "EARTH_RADIUS_KM",
    "GeoDocument",
    "GeoError",
    "GeoScores",
    "GoldToponym",
    "Resolved",
    "format_geo_scores",
    "haversine_km",
    "read_geoparsing",
    "score_geoparsing",
]

_UNRESOLVED_KM = math.pi * EARTH_RADIUS_KM  # the farthest two points on the sphere can be
_AUC_SCALE_KM = 20039.0  # Gritta et al.'s normaliser, kept so AUC figures are comparable
_NEAR_KM = 161.0
_CLOSE_KM = 25.0
_REALIGN_WINDOW = 20  # TR-News offsets drift by up to 10 characters from the text
_CONTEXT_CHARS = 30


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One annotated toponym: its extent in ``GeoDocument.text`` and its gold location.

    ``latitude``/``longitude`` are both set or both ``None``; ``geonames_id`` is ``None`` when
    the gold gives coordinates only (or nothing); ``kind`` is the annotation type, if the
    corpus has one (GeoWebNews ``<type>``).
    """

    start: int
    end: int
    text: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class GeoDocument:
    """One gold article: its text and its toponyms in text order.

    ``realigned`` counts toponyms moved to the nearest occurrence of their name and
    ``dropped`` those left out because their name is not near their offsets.
    """

    doc_id: str
    corpus: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    realigned: int = 0
    dropped: int = 0


@dataclass(frozen=True, slots=True)
class Resolved:
    """A system's answer for one toponym: a point in degrees and, if known, its GeoNames id."""

    latitude: float
    longitude: float
    geonames_id: int | None


@dataclass(frozen=True, slots=True)
class GeoError:
    """A scored toponym left unresolved or resolved more than 161 km away, with its context."""

    doc_id: str
    toponym: GoldToponym
    predicted: Resolved | None
    distance_km: float | None  # None when unresolved
    context: str


@dataclass(frozen=True, slots=True)
class GeoScores:
    """Counts, distances and rates of toponym resolution over a gold corpus.

    ``toponyms`` counts scored gold toponyms (with coordinates or a GeoNames id);
    ``with_coordinates`` and ``with_geonames_id`` are the denominators of the distance and
    exact-match metrics. ``by_kind`` maps each gold annotation type to (within 161 km,
    scored with coordinates). ``errors`` is worst first: unresolved, then farthest.
    """

    documents: int
    toponyms: int
    with_coordinates: int
    with_geonames_id: int
    resolved: int
    exact: int
    within_161km: int
    within_25km: int
    mean_error_km: float
    median_error_km: float
    auc: float
    by_kind: dict[str, tuple[int, int]]
    errors: tuple[GeoError, ...]

    @property
    def coverage(self) -> float:
        """Resolved toponyms over scored toponyms."""
        return _ratio(self.resolved, self.toponyms)

    @property
    def accuracy_161km(self) -> float:
        """Toponyms resolved within 161 km over scored toponyms with coordinates."""
        return _ratio(self.within_161km, self.with_coordinates)

    @property
    def accuracy_25km(self) -> float:
        """Toponyms resolved within 25 km over scored toponyms with coordinates."""
        return _ratio(self.within_25km, self.with_coordinates)

    @property
    def exact_accuracy(self) -> float:
        """Same GeoNames id over scored toponyms whose gold has an id."""
        return _ratio(self.exact, self.with_geonames_id)


def read_geoparsing(path: str | Path) -> list[GeoDocument]:
    """Read a GeoWebNews or LGL-style corpus file (GWN.xml, TR-News.xml, lgl.xml).

    A missing, unreadable or malformed file, or one in neither format, raises ``InputError``.
    """
    file = Path(path)
    try:
        root = ET.parse(file).getroot()
    except OSError as exc:
        raise InputError(
            f"{file}: cannot read the geoparsing corpus ({exc.strerror or exc})"
        ) from exc
    except ET.ParseError as exc:
        raise InputError(
            f"{file}: not well-formed XML, so not a geoparsing corpus ({exc})"
        ) from exc
    if root.tag != "articles":
        raise InputError(f"{file}: the root element is <{root.tag}>, not <articles>")
    articles = [child for child in root if child.tag == "article"]
    if not articles:
        raise InputError(f"{file}: no <article> element under <articles>")
    layout = _detect_layout(root, file)
    return [_document(article, index, file, layout) for index, article in enumerate(articles)]


def score_geoparsing(
    documents: Sequence[GeoDocument],
    resolve: Callable[[GeoDocument, GoldToponym], Resolved | None],
    progress: Callable[[int, int], None] | None = None,
) -> GeoScores:
    """Call ``resolve`` on every scored gold toponym and score the answers.

    ``progress`` is called with (documents done, documents in all) after each document.
    An answer off the globe (latitude outside [-90, 90], longitude outside [-180, 180], or
    not finite) raises ``ValueError``: a bug in the resolver, not a scoring matter.
    """
    toponyms = with_id = resolved = exact = within_near = within_close = 0
    distances: list[float] = []
    near_by_kind: Counter[str] = Counter()
    scored_by_kind: Counter[str] = Counter()
    errors: list[GeoError] = []
    for done, document in enumerate(documents, start=1):
        for toponym in document.toponyms:
            has_point = toponym.latitude is not None and toponym.longitude is not None
            if not has_point and toponym.geonames_id is None:
                continue
            toponyms += 1
            predicted = resolve(document, toponym)
            if predicted is not None:
                _check_resolved(predicted, document, toponym)
                resolved += 1
            if toponym.geonames_id is not None:
                with_id += 1
                if predicted is not None and predicted.geonames_id == toponym.geonames_id:
                    exact += 1
            if toponym.latitude is None or toponym.longitude is None:
                continue
            distance = (
                None
                if predicted is None
                else haversine_km(
                    toponym.latitude, toponym.longitude, predicted.latitude, predicted.longitude
                )
            )
            distances.append(_UNRESOLVED_KM if distance is None else distance)
            near = distance is not None and distance <= _NEAR_KM
            within_near += int(near)
            within_close += int(distance is not None and distance <= _CLOSE_KM)
            if toponym.kind is not None:
                scored_by_kind[toponym.kind] += 1
                near_by_kind[toponym.kind] += int(near)
            if not near:
                context = _context(document.text, toponym.start, toponym.end)
                errors.append(GeoError(document.doc_id, toponym, predicted, distance, context))
        if progress is not None:
            progress(done, len(documents))

    errors.sort(
        key=lambda error: -(error.distance_km if error.distance_km is not None else math.inf)
    )
    return GeoScores(
        documents=len(documents),
        toponyms=toponyms,
        with_coordinates=len(distances),
        with_geonames_id=with_id,
        resolved=resolved,
        exact=exact,
        within_161km=within_near,
        within_25km=within_close,
        mean_error_km=statistics.fmean(distances) if distances else 0.0,
        median_error_km=statistics.median(distances) if distances else 0.0,
        auc=_auc(distances),
        by_kind={
            kind: (near_by_kind[kind], count) for kind, count in sorted(scored_by_kind.items())
        },
        errors=tuple(errors),
    )


def format_geo_scores(scores: GeoScores, max_errors: int = 20) -> str:
    """A plain-text report: rates, distances, accuracy by gold kind, then the commonest errors.

    Errors are grouped by toponym (case-insensitive); the ``max_errors`` largest groups are
    listed, each with its count and its worst example in context.
    """
    lines = [
        f"geoparsing: {scores.documents} documents, {scores.toponyms} toponyms scored "
        f"({scores.with_coordinates} with coordinates, {scores.with_geonames_id} with a "
        f"GeoNames id), {scores.resolved} resolved ({scores.coverage:.3f})",
        "",
        f"accuracy@161km  {scores.accuracy_161km:.3f}  "
        f"({scores.within_161km}/{scores.with_coordinates})",
        f"accuracy@25km   {scores.accuracy_25km:.3f}  "
        f"({scores.within_25km}/{scores.with_coordinates})",
        f"exact GeoNames  {scores.exact_accuracy:.3f}  ({scores.exact}/{scores.with_geonames_id})",
        f"mean error      {scores.mean_error_km:,.1f} km",
        f"median error    {scores.median_error_km:,.1f} km",
        f"AUC of error    {scores.auc:.3f}  (0 is perfect)",
    ]
    if scores.by_kind:
        lines += ["", f"{'gold kind':<22} {'<=161km':>7} {'scored':>6} {'accuracy':>9}"]
        for kind, (near, count) in scores.by_kind.items():
            lines.append(f"{kind:<22} {near:>7} {count:>6} {_ratio(near, count):>9.3f}")

    unresolved = sum(error.distance_km is None for error in scores.errors)
    lines += [
        "",
        f"errors: {len(scores.errors)} ({unresolved} unresolved, "
        f"{len(scores.errors) - unresolved} beyond {_NEAR_KM:.0f} km)",
    ]
    groups: dict[str, list[GeoError]] = {}
    for error in scores.errors:  # worst first, so group[0] is each group's worst
        groups.setdefault(" ".join(error.toponym.text.lower().split()), []).append(error)
    ranked = sorted(groups.values(), key=lambda group: -len(group))[: max(max_errors, 0)]
    if ranked:
        lines.append(f"most frequent errors ({len(ranked)} of {len(groups)} toponyms):")
    for group in ranked:
        worst = group[0]
        distance = "unresolved" if worst.distance_km is None else f"{worst.distance_km:,.0f} km"
        lines.append(
            f"  {len(group):>3}x {worst.toponym.text!r} worst: {distance}  "
            f"gold={_gold(worst.toponym)} predicted={_predicted(worst.predicted)}  "
            f"[{worst.doc_id}] {worst.context}"
        )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where a corpus format keeps a document id and a toponym's name and gold location."""

    name_tag: str
    id_attribute: str
    read_location: Callable[[ET.Element], tuple[str | None, str | None, str | None, str | None]]


def _gwn_location(toponym: ET.Element) -> tuple[str | None, str | None, str | None, str | None]:
    """(latitude, longitude, GeoNames id, kind) of a GeoWebNews toponym, as written."""
    return (
        toponym.findtext("latitude"),
        toponym.findtext("longitude"),
        toponym.findtext("geonamesID"),
        toponym.findtext("type"),
    )


def _lgl_location(toponym: ET.Element) -> tuple[str | None, str | None, str | None, str | None]:
    """(latitude, longitude, GeoNames id, kind) of an LGL-style toponym, as written."""
    gaztag = toponym.find("gaztag")
    if gaztag is None:
        return None, None, None, None
    return gaztag.findtext("lat"), gaztag.findtext("lon"), gaztag.get("geonameid"), None


_GWN = _Layout("extractedName", "file", _gwn_location)
_LGL = _Layout("phrase", "docid", _lgl_location)


def _detect_layout(root: ET.Element, file: Path) -> _Layout:
    """GeoWebNews when a toponym has <extractedName>, LGL when one has <phrase> or <gaztag>."""
    for element in root.iter():
        if element.tag == "extractedName":
            return _GWN
        if element.tag in ("phrase", "gaztag"):
            return _LGL
    for article in root:
        if article.get("file") is not None:
            return _GWN
        if article.get("docid") is not None:
            return _LGL
    raise InputError(
        f"{file}: neither GeoWebNews (<extractedName>, article file=) nor LGL-style "
        "(<phrase>, <gaztag>, article docid=) markup found"
    )


def _document(article: ET.Element, index: int, file: Path, layout: _Layout) -> GeoDocument:
    """A ``GeoDocument`` from one <article>, its toponyms checked against its text."""
    doc_id = (article.get(layout.id_attribute) or "").strip() or str(index)
    text_element = article.find("text")
    if text_element is None:
        raise InputError(f"{file}: article {doc_id!r} has no <text> element")
    text = text_element.text or ""
    toponyms: list[GoldToponym] = []
    realigned = dropped = 0
    container = article.find("toponyms")
    for element in container if container is not None else ():
        if element.tag != "toponym":
            continue
        where = f"{file}: article {doc_id!r}, toponym {len(toponyms) + dropped + 1}"
        name = element.findtext(layout.name_tag)
        if not name:
            raise InputError(f"{where} has no <{layout.name_tag}>")
        annotated = _offset(element, "start", where), _offset(element, "end", where)
        span = _align(text, name, *annotated)
        if span is None:
            dropped += 1
            continue
        realigned += int(span != annotated)
        start, end = span
        latitude, longitude, geonames_id, kind = layout.read_location(element)
        point = _point(latitude, longitude, where)
        toponyms.append(
            GoldToponym(
                start=start,
                end=end,
                text=text[start:end],
                latitude=point[0] if point else None,
                longitude=point[1] if point else None,
                geonames_id=_geonames_id(geonames_id, where),
                kind=(kind or "").strip() or None,
            )
        )
    toponyms.sort(key=lambda toponym: (toponym.start, toponym.end))
    return GeoDocument(
        doc_id=doc_id,
        corpus=file.stem,
        text=text,
        toponyms=tuple(toponyms),
        realigned=realigned,
        dropped=dropped,
    )


def _offset(element: ET.Element, tag: str, where: str) -> int:
    """The integer in a toponym's <start> or <end>."""
    value = (element.findtext(tag) or "").strip()
    try:
        return int(value)
    except ValueError:
        raise InputError(f"{where}: <{tag}> is {value!r}, not a character offset") from None


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """The annotated span if it holds ``name``, else the nearest occurrence within the window."""
    if 0 <= start <= end <= len(text) and text[start:end] == name:
        return start, end
    best: int | None = None
    lowest = max(start - _REALIGN_WINDOW, 0)
    highest = min(start + _REALIGN_WINDOW, len(text) - len(name))
    for candidate in range(lowest, highest + 1):  # ascending: ties go to the earlier one
        if text.startswith(name, candidate) and (
            best is None or abs(candidate - start) < abs(best - start)
        ):
            best = candidate
    return None if best is None else (best, best + len(name))


def _point(latitude: str | None, longitude: str | None, where: str) -> tuple[float, float] | None:
    """Gold coordinates in degrees, or ``None`` when the toponym has none."""
    latitude = (latitude or "").strip()
    longitude = (longitude or "").strip()
    if not latitude and not longitude:
        return None
    if not latitude or not longitude:
        raise InputError(f"{where} has a latitude or a longitude but not both")
    try:
        point = float(latitude), float(longitude)
    except ValueError:
        raise InputError(
            f"{where}: coordinates {latitude!r}, {longitude!r} are not numbers"
        ) from None
    if not _on_globe(*point):
        raise InputError(f"{where}: coordinates {latitude}, {longitude} are off the globe")
    return point


def _geonames_id(value: str | None, where: str) -> int | None:
    """A GeoNames id, or ``None`` when the element or attribute is missing or empty."""
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise InputError(f"{where}: GeoNames id {value!r} is not a number")
    return int(value)


def _on_globe(latitude: float, longitude: float) -> bool:
    """Whether a point is a finite latitude in [-90, 90] and longitude in [-180, 180]."""
    return -90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0


def _check_resolved(predicted: Resolved, document: GeoDocument, toponym: GoldToponym) -> None:
    """Raise ``ValueError`` when a resolver's answer is not a point on the globe."""
    if not _on_globe(predicted.latitude, predicted.longitude):
        raise ValueError(
            f"{document.doc_id}: the resolver answered {predicted.latitude}, "
            f"{predicted.longitude} for {toponym.text!r} at {toponym.start}, not a point on "
            "the globe"
        )


def _auc(distances: Sequence[float]) -> float:
    """Gritta et al.'s AUC of error: trapezoidal area under sorted ln(1 + km), in [0, 1]."""
    if not distances:
        return 0.0
    logs = [math.log1p(distance) for distance in sorted(distances)]
    if len(logs) == 1:
        return logs[0] / math.log(_AUC_SCALE_KM)
    area = sum(logs) - (logs[0] + logs[-1]) / 2
    return area / ((len(logs) - 1) * math.log(_AUC_SCALE_KM))


def _ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, or 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def _place(latitude: float | None, longitude: float | None, geonames_id: int | None) -> str:
    """``lat,lon#id`` for a report line."""
    point = "-" if latitude is None or longitude is None else f"{latitude:.3f},{longitude:.3f}"
    return point if geonames_id is None else f"{point}#{geonames_id}"


def _gold(toponym: GoldToponym) -> str:
    """A gold toponym's location for a report line."""
    return _place(toponym.latitude, toponym.longitude, toponym.geonames_id)


def _predicted(predicted: Resolved | None) -> str:
    """A resolver's answer for a report line."""
    if predicted is None:
        return "-"
    return _place(predicted.latitude, predicted.longitude, predicted.geonames_id)


def _context(text: str, start: int, end: int) -> str:
    """About 60 characters around ``text[start:end]``, on one line, the toponym in brackets."""
    before = text[max(start - _CONTEXT_CHARS, 0) : start]
    after = text[end : end + _CONTEXT_CHARS]
    one_line = " ".join(f"{before}[{text[start:end]}]{after}".split())
    prefix = "..." if start > _CONTEXT_CHARS else ""
    suffix = "..." if end + _CONTEXT_CHARS < len(text) else ""
    return f"{prefix}{one_line}{suffix}"
