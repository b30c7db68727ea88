"""GeoJSON: [longitude, latitude] points with the ACLED fields, evidence and sources."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from tests.export.conftest import NO_PLACE_ID, TWO_SOURCE_ID
from wirewatch.export import ACLED_COLUMNS, event_feature, feature_collection, write_geojson
from wirewatch.types import MergedEvent


def test_geojson_coordinates_are_longitude_then_latitude(airstrike: MergedEvent) -> None:
    feature = event_feature(airstrike)
    assert feature is not None
    longitude, latitude = feature["geometry"]["coordinates"]
    assert latitude == pytest.approx(36.2, abs=0.05)
    assert longitude == pytest.approx(37.15, abs=0.05)
    assert feature["geometry"]["type"] == "Point"


def test_geojson_properties_are_the_acled_fields_and_the_record_keys(
    airstrike: MergedEvent, articles: Any
) -> None:
    feature = event_feature(airstrike, articles)
    assert feature is not None
    properties = feature["properties"]
    assert set(ACLED_COLUMNS) | {"id", "sources", "status", "kind", "evidence"} <= set(properties)
    assert properties["event_date"] == "2016-04-30"
    assert properties["iso"] == 760
    assert properties["fatalities"] == 10
    assert properties["admin3"] is None
    assert (properties["status"], properties["kind"]) == ("reported", "event")
    assert properties["sources"] == [airstrike.event.article_id]
    assert feature["id"] == properties["id"] == airstrike.id


def test_geojson_evidence_spans_are_the_words_behind_each_field(airstrike: MergedEvent) -> None:
    feature = event_feature(airstrike)
    assert feature is not None
    evidence = feature["properties"]["evidence"]
    assert {"place", "when", "fatalities"} <= set(evidence)
    assert "dix morts" in [span["text"] for span in evidence["fatalities"]]
    for spans in evidence.values():
        assert all(span["end"] - span["start"] == len(span["text"]) for span in spans)


def test_geojson_disagreements_are_kept(two_sources: MergedEvent, articles: Any) -> None:
    feature = event_feature(two_sources, articles)
    assert feature is not None
    properties = feature["properties"]
    assert properties["source"] == "AFP; Reuters"
    assert len(properties["sources"]) == 2
    assert [d["value"] for d in properties["disagreements"]["fatalities"]] == ["10", "12"]


def test_geojson_events_without_coordinates_are_left_out_and_counted(
    all_events: list[MergedEvent],
) -> None:
    collection = feature_collection(all_events)
    ids = {feature["id"] for feature in collection["features"]}
    placed = [m for m in all_events if m.event.place and m.event.place.latitude is not None]
    assert NO_PLACE_ID not in ids and TWO_SOURCE_ID in ids
    assert len(collection["features"]) == len(placed)
    assert collection["without_coordinates"] == len(all_events) - len(placed) >= 1


def test_geojson_written_file_round_trips_through_json(
    all_events: list[MergedEvent], articles: Any
) -> None:
    out = io.BytesIO()
    count = write_geojson(all_events, out, articles)
    parsed = json.loads(out.getvalue().decode("utf-8"))
    assert parsed == feature_collection(all_events, articles)
    assert parsed["type"] == "FeatureCollection"
    assert count == len(parsed["features"]) > 0
    assert "Alep" in out.getvalue().decode("utf-8")  # UTF-8, not \u escapes
