"""The HTTP API's corrections over both stores: posting one needs the token, returns the
corrected event, and the event's detail and the event list show it; bad input is 4xx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import FOUNDING, store_target
from wirewatch.process import ingest
from wirewatch.serve.api import create_app
from wirewatch.store import open_store

TOKEN = "test-token-7a2e"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    db = store_target(str(request.param), tmp_path)
    with open_store(db) as store:
        assert ingest([str(FOUNDING)], store).merged_events
    return db


@pytest.fixture
def client(target: str) -> Iterator[TestClient]:
    with TestClient(create_app(target, token=TOKEN)) as test_client:
        yield test_client


def _first_id(client: TestClient) -> str:
    response = client.get("/api/events")
    assert response.status_code == 200
    return str(response.json()["events"][0]["event"]["id"])


def _post(client: TestClient, event_id: str, body: dict[str, Any]) -> Any:
    return client.post(f"/api/events/{event_id}/corrections", json=body, headers=AUTH)


def test_api_corrections_applied_and_shown(client: TestClient) -> None:
    event_id = _first_id(client)
    body = {"field": "fatalities", "value": 4, "author": "ana", "note": "AFP update"}
    response = _post(client, event_id, body)
    assert response.status_code == 200, response.text
    assert response.json()["event"]["event"]["fatalities"]["best"] == 4
    place = {"name": "Kafr Hamra", "latitude": 36.26, "longitude": 37.09}
    _post(client, event_id, {"field": "place", "value": place, "author": "bob"})
    detail = client.get(f"/api/events/{event_id}").json()["event"]
    assert detail["event"]["place"]["name"] == "Kafr Hamra"
    assert [(c["field"], c["value"], c["author"]) for c in detail["corrections"]] == [
        ("fatalities", 4, "ana"),
        ("place", place, "bob"),
    ]
    assert detail["corrections"][0]["note"] == "AFP update"
    listed = {e["event"]["id"]: e for e in client.get("/api/events").json()["events"]}
    assert listed[event_id] == detail
    assert all(e["corrections"] == [] for key, e in listed.items() if key != event_id)


def test_api_corrections_reject_hides_the_event(client: TestClient) -> None:
    event_id = _first_id(client)
    total = client.get("/api/events").json()["total"]
    response = _post(client, event_id, {"field": "rejected", "value": True, "author": "ana"})
    assert response.status_code == 200, response.text
    page = client.get("/api/events").json()
    assert page["total"] == total - 1
    assert event_id not in [e["event"]["id"] for e in page["events"]]
    assert client.get(f"/api/events/{event_id}").status_code == 200


def test_api_corrections_refused_without_token(target: str) -> None:
    with TestClient(create_app(target)) as no_token:
        event_id = _first_id(no_token)
        response = _post(no_token, event_id, {"field": "fatalities", "value": 1, "author": "a"})
    assert response.status_code == 403


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}])
def test_api_corrections_need_the_right_token(client: TestClient, headers: dict[str, str]) -> None:
    event_id = _first_id(client)
    body = {"field": "fatalities", "value": 1, "author": "ana"}
    response = client.post(f"/api/events/{event_id}/corrections", json=body, headers=headers)
    assert response.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"field": "colour", "value": "red", "author": "ana"},
        {"field": "date", "value": "2016-02-30", "author": "ana"},
        {"field": "fatalities", "value": -2, "author": "ana"},
        {"field": "fatalities", "value": 2},
        {"field": "fatalities", "value": 2, "author": "ana", "extra": 1},
    ],
)
def test_api_corrections_bad_input(client: TestClient, body: dict[str, Any]) -> None:
    response = _post(client, _first_id(client), body)
    assert response.status_code == 422, response.text


def test_api_corrections_unknown_event(client: TestClient) -> None:
    response = _post(client, "no-such-id", {"field": "fatalities", "value": 1, "author": "a"})
    assert response.status_code == 404
