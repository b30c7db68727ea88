"""GeoJSON (RFC 7946) of merged events: one Point feature per event that has coordinates.

Each feature's properties are the event's ACLED record (typed: numbers as numbers, dates as
YYYY-MM-DD, unknown values null) plus ``id``, ``sources`` (article ids), ``status``,
``kind``, ``evidence`` (field -> the spans that support it, offsets into the text of article
``article_id``) and ``disagreements`` (field -> what each article says). Events
without coordinates cannot be placed on a map: they are left out and counted in the
collection's foreign member ``without_coordinates``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from datetime import date
from typing import Any, BinaryIO

from wirewatch.export.acled import Articles, acled_record, source_ids
from wirewatch.types import JSON, MergedEvent

WITHOUT_COORDINATES = "without_coordinates"


def event_feature(merged: MergedEvent, articles: Articles | None = None) -> JSON | None:
    """The event as a Point feature ([longitude, latitude]); None when it has no coordinates."""
    event = merged.event
    place = event.place
    if place is None or place.latitude is None or place.longitude is None:
        return None
    record = acled_record(merged, articles)
    properties: JSON = {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in ((f.name, getattr(record, f.name)) for f in dataclasses.fields(record))
    }
    properties |= {
        "id": merged.id,
        "sources": list(source_ids(merged)),
        "status": event.status.value,
        "kind": event.kind.value,
        "article_id": event.article_id,
        "evidence": _evidence(merged),
        "disagreements": {
            d.field: [{"article_id": a, "value": v} for a, v in d.values]
            for d in merged.disagreements
        },
    }
    return {
        "type": "Feature",
        "id": merged.id,
        "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
        "properties": properties,
    }


def feature_collection(events: Iterable[MergedEvent], articles: Articles | None = None) -> JSON:
    """A FeatureCollection of the events that have coordinates; the others are counted."""
    features: list[JSON] = []
    skipped = 0
    for merged in events:
        feature = event_feature(merged, articles)
        if feature is None:
            skipped += 1
        else:
            features.append(feature)
    return {"type": "FeatureCollection", "features": features, WITHOUT_COORDINATES: skipped}


def write_geojson(
    events: Iterable[MergedEvent], out: BinaryIO, articles: Articles | None = None
) -> int:
    """Write the FeatureCollection as UTF-8 JSON; return how many features it holds."""
    collection = feature_collection(events, articles)
    out.write(json.dumps(collection, ensure_ascii=False).encode("utf-8"))
    out.write(b"\n")
    return len(collection["features"])


def _evidence(merged: MergedEvent) -> dict[str, list[dict[str, Any]]]:
    """Field -> the spans that support it, in the reconciled event's article."""
    spans: dict[str, list[dict[str, Any]]] = {}
    for evidence in merged.event.evidence:
        spans.setdefault(evidence.field, []).extend(
            {"start": s.start, "end": s.end, "text": s.text} for s in evidence.spans
        )
    return spans
