"""The HTTP API over both stores filled once with the sample articles: what it answers agrees
with the store, evidence slices the article text, posting needs the token, bad input is 4xx;
and `wirewatch serve` starts a real server."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import EXAMPLES, store_target
from wirewatch.export import ACLED_COLUMNS
from wirewatch.process import ingest
from wirewatch.serve.api import create_app
from wirewatch.serve.cli import main
from wirewatch.serve.serve_cli import TOKEN_VARIABLE, is_loopback
from wirewatch.store import EventQuery, SqlStore, open_store

TOKEN = "test-token-5f1c"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
POSTED = (
    "DAMAS, 3 mai 2016 (AFP) - Des raids aériens ont tué sept civils mardi à Maaret "
    "al-Noomane, dans la province d'Idleb, a indiqué l'Observatoire syrien des droits de "
    "l'homme."
)

# (query parameters, the same filters for EventQuery)
_FILTERS: list[tuple[dict[str, str], dict[str, Any]]] = [
    ({}, {}),
    ({"country": "Syrie"}, {"country": "Syrie"}),
    ({"country": "ML"}, {"country": "ML"}),
    ({"from": "2016-04-30", "to": "2016-05-01"}, {"start": date(2016, 4, 30),
                                                  "end": date(2016, 5, 1)}),
    ({"type": "Air/drone strike"}, {"event_type": "Air/drone strike"}),
    ({"near": "36.2,37.16,25"}, {"near": (36.2, 37.16, 25.0)}),
    ({"actor": "military forces of mali"}, {"actor": "military forces of mali"}),
    ({"text": "Tillabéri"}, {"text": "Tillabéri"}),
    ({"near": "36.2,37.16,25", "type": "Explosions/Remote violence", "from": "2016-04-30"},
     {"near": (36.2, 37.16, 25.0), "event_type": "Explosions/Remote violence",
      "start": date(2016, 4, 30)}),
]  # fmt: skip


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of each kind with the sample articles ingested once."""
    db = store_target(str(request.param), tmp_path_factory.mktemp("api"))
    with open_store(db) as store:
        report = ingest([str(EXAMPLES)], store)
    assert report.stored and report.merged_events
    return db


@pytest.fixture(scope="module")
def filled(target: str) -> Iterator[SqlStore]:
    """The same store, opened by the tests to compare with what the API answers."""
    with open_store(target) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(target: str) -> Iterator[TestClient]:
    with TestClient(create_app(target, token=TOKEN)) as test_client:
        yield test_client


def _get(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(("params", "filters"), _FILTERS)
def test_api_events_filters_agree_with_store(
    client: TestClient, filled: SqlStore, params: dict[str, str], filters: dict[str, Any]
) -> None:
    page = _get(client, "/api/events", **params)
    expected = filled.events(EventQuery(**filters))
    assert page["total"] == len(expected)
    assert (page["limit"], page["offset"]) == (100, 0)
    # No event of the samples is corrected: each record lists no correction.
    assert page["events"] == [{**merged.to_dict(), "corrections": []} for merged in expected]


def test_api_events_filters_select(client: TestClient) -> None:
    """The filters above are not all trivial: each selects some events, not all."""
    total = _get(client, "/api/events")["total"]
    for params, _ in _FILTERS[1:]:
        assert 0 < _get(client, "/api/events", **params)["total"] < total, params


def test_api_events_pagination(client: TestClient, filled: SqlStore) -> None:
    every = [m.id for m in filled.events()]
    seen: list[str] = []
    for offset in range(0, len(every) + 7, 7):
        page = _get(client, "/api/events", limit=7, offset=offset)
        assert page["total"] == len(every) and page["offset"] == offset
        assert len(page["events"]) == len(every[offset : offset + 7])
        seen += [record["event"]["id"] for record in page["events"]]
    assert seen == every
    page = _get(client, "/api/events", limit=0, country="SY")
    assert page["events"] == [] and page["total"] == filled.count_events(country="SY") > 0


def test_api_events_geojson(client: TestClient, filled: SqlStore) -> None:
    response = client.get("/api/events", params={"format": "geojson", "limit": 20, "offset": 2})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    page = filled.events(EventQuery(limit=20, offset=2))
    placed = [m for m in page if m.event.place and m.event.place.latitude is not None]
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == [m.id for m in placed]
    assert collection["without_coordinates"] == len(page) - len(placed)
    assert int(response.headers["x-total-count"]) == filled.count_events()
    feature = collection["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert (lat, lon) == (placed[0].event.place.latitude, placed[0].event.place.longitude)  # type: ignore[union-attr]
    assert any(f["properties"]["source"] for f in collection["features"])  # outlets named


def test_api_events_csv(client: TestClient, filled: SqlStore) -> None:
    response = client.get("/api/events", params={"format": "csv", "country": "SY", "limit": 5})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    expected = filled.events(country="SY", limit=5)
    assert [row["event_id_cnty"] for row in rows] == [m.id for m in expected]
    assert {row["country"] for row in rows} == {"Syria"}


def test_api_event_detail_evidence_slices_article_text(
    client: TestClient, filled: SqlStore
) -> None:
    merged = max(filled.events(), key=lambda m: len(m.event.sources))
    assert len(merged.event.sources) > 1  # the Aleppo strikes told by three articles
    detail = _get(client, f"/api/events/{merged.id}")
    assert detail["event"] == {**merged.to_dict(), "corrections": []}
    assert [s["id"] for s in detail["sources"]] == list(merged.event.sources)
    for source in detail["sources"]:
        stored = filled.article(source["id"])
        assert stored is not None
        assert source["origin"] == stored.origin and source["title"] == stored.article.title
        published = stored.article.published
        assert source["published"] == (published.isoformat() if published else None)
    assert [m["id"] for m in detail["members"]] == list(merged.members)
    assert {m["article_id"] for m in detail["members"]} == set(merged.event.sources)
    checked = 0
    for member in detail["members"]:
        text = _get(client, f"/api/articles/{member['article_id']}")["text"]
        spans = [member["trigger"], member["sentence"]]
        spans += [span for evidence in member["evidence"] for span in evidence["spans"]]
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]
            checked += 1
    assert checked > 2 * len(detail["members"])


def test_api_article_text_and_events(client: TestClient, filled: SqlStore) -> None:
    for stored in filled.articles():
        article = _get(client, f"/api/articles/{stored.article.id}")
        assert article["text"] == stored.article.text
        assert article["lang"] == stored.article.lang
        assert article["published_basis"] == stored.published_basis
        assert article["events"] == filled.merged_ids_of_article(stored.article.id)
        for merged_id in article["events"]:
            assert stored.article.id in _get(client, f"/api/events/{merged_id}")["event"][
                "event"]["sources"]  # fmt: skip


@pytest.mark.parametrize(("params", "filters"), _FILTERS)
def test_api_stats_sums_equal_total(
    client: TestClient, filled: SqlStore, params: dict[str, str], filters: dict[str, Any]
) -> None:
    stats = _get(client, "/api/stats", **params)
    assert stats["total"] == _get(client, "/api/events", **params)["total"]
    assert sum(stats["by_type"].values()) == stats["total"]
    assert sum(stats["by_week"].values()) + stats["undated"] == stats["total"]
    assert sum(stats["by_place"].values()) + stats["unplaced"] == stats["total"]
    expected = filled.event_stats(EventQuery(**filters))
    assert (stats["by_type"], stats["by_week"], stats["by_place"]) == (
        expected.by_type, expected.by_week, expected.by_place)  # fmt: skip


def test_api_post_refused_without_token(target: str) -> None:
    with TestClient(create_app(target)) as no_token:
        response = no_token.post("/api/articles", json={"text": POSTED}, headers=AUTH)
    assert response.status_code == 403
    assert "--token" in response.json()["detail"]
    assert "WIREWATCH_API_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
     {"Authorization": "Bearer "}],
)  # fmt: skip
def test_api_post_needs_the_right_token(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/articles", json={"text": POSTED}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Bearer" in response.json()["detail"]


def test_api_post_stores_the_article_once(client: TestClient, filled: SqlStore) -> None:
    body = {"text": POSTED, "title": "Idleb", "source": "AFP", "published": "2016-05-03"}
    first = client.post("/api/articles", json=body, headers=AUTH)
    assert first.status_code == 201, first.text
    result = first.json()
    assert result["stored"] is True and result["events"] > 0
    again = client.post("/api/articles", json=body, headers=AUTH)
    assert again.status_code == 200
    assert again.json() == {**result, "stored": False}
    article = _get(client, f"/api/articles/{result['article_id']}")
    assert (article["text"], article["title"], article["published"]) == (
        POSTED, "Idleb", "2016-05-03")  # fmt: skip
    assert article["events"], "the new article's events are merged"
    listed = _get(client, "/api/events", text="Noomane", limit=1000)
    assert {r["event"]["id"] for r in listed["events"]} == set(article["events"])
    assert filled.count_events() == _get(client, "/api/events")["total"]


def test_api_post_concurrent_articles_all_merged(client: TestClient, filled: SqlStore) -> None:
    """Articles posted at once are stored one at a time: every stored event ends up in the
    merged table (no refresh overwrites another's)."""
    texts = [
        POSTED.replace("sept civils", f"{n} civils").replace("mardi", day)
        for n, day in ((3, "lundi"), (4, "mercredi"), (5, "jeudi"))
    ]
    with ThreadPoolExecutor(max_workers=len(texts)) as pool:
        responses = list(pool.map(lambda t: client.post("/api/articles", json={"text": t},
                                                        headers=AUTH), texts))  # fmt: skip
    assert [r.status_code for r in responses] == [201] * len(texts)
    members = {member for merged in filled.events() for member in merged.members}
    assert members == {event.id for event in filled.iter_events()}
    for response in responses:
        assert _get(client, f"/api/articles/{response.json()['article_id']}")["events"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"text": "   \n"}, "input.empty"),
        ({"text": "abc\x00def " * 20}, "input.binary"),
        ({"text": "El ejército bombardeó la ciudad el sábado y mató a diez personas, según "
                  "fuentes oficiales."}, "language.unsupported"),
        ({"text": POSTED.upper(), "lang": "de"}, "language.unsupported"),
        ({"text": POSTED, "published": "3 mai"}, "input"),
    ],
)  # fmt: skip
def test_api_post_bad_input(client: TestClient, body: dict[str, str], code: str) -> None:
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == code
    assert response.json()["detail"]


def test_api_post_unknown_field_or_no_text(client: TestClient) -> None:
    for body in ({"txt": POSTED}, {"text": POSTED, "colour": "red"}, {"text": 12}):
        response = client.post("/api/articles", json=body, headers=AUTH)
        assert response.status_code == 422, body


def test_api_post_too_large(target: str) -> None:
    big = {"text": "x" * 2000}
    with TestClient(create_app(target, token=TOKEN, max_body_bytes=1000)) as small:
        declared = small.post("/api/articles", json=big, headers=AUTH)
        chunked = small.post(
            "/api/articles",
            content=iter([json.dumps(big).encode()[:900], json.dumps(big).encode()[900:]]),
            headers={**AUTH, "Content-Type": "application/json"},
        )
        unauthorised = small.post("/api/articles", json=big)
    for response in (declared, chunked, unauthorised):
        assert response.status_code == 413
        assert "1000 bytes" in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"near": "36.2,37.16"}, "LAT,LON,KM"),
        ({"near": "north,east,5"}, "LAT,LON,KM"),
        ({"near": "100,37.16,5"}, "-90<=LAT<=90"),
        ({"near": "36.2,37.16,0"}, "KM>0"),
        ({"from": "2016-13-01"}, "month"),
        ({"to": "yesterday"}, "valid date"),
        ({"from": "2016-05-02", "to": "2016-05-01"}, "before it starts"),
        ({"limit": "1001"}, "less than or equal to 1000"),
        ({"limit": "-1"}, "greater than or equal to 0"),
        ({"offset": "-3"}, "greater than or equal to 0"),
        ({"country": "Atlantide"}, "unknown country"),
        ({"format": "xml"}, "json"),
    ],
)
def test_api_bad_parameters(client: TestClient, params: dict[str, str], words: str) -> None:
    for path in ("/api/events", "/api/stats"):
        if path == "/api/stats" and set(params) & {"limit", "offset", "format"}:
            continue
        response = client.get(path, params=params)
        assert response.status_code == 422, response.text
        assert words in json.dumps(response.json()), response.text


def test_api_unknown_ids(client: TestClient) -> None:
    for path in ("/api/events/0000000000000000", "/api/articles/0000000000000000"):
        response = client.get(path)
        assert response.status_code == 404
        assert "0000000000000000" in response.json()["detail"]


def test_api_openapi_lists_every_endpoint(client: TestClient) -> None:
    schema = _get(client, "/openapi.json")
    paths = {path: set(methods) for path, methods in schema["paths"].items()}
    assert paths == {
        "/api/events": {"get"},
        "/api/events/{event_id}": {"get"},
        "/api/events/{event_id}/corrections": {"post"},
        "/api/articles": {"post"},
        "/api/articles/{article_id}": {"get"},
        "/api/stats": {"get"},
    }
    components = schema["components"]["schemas"]
    assert {"EventPage", "EventDetail", "ArticleDetail", "EventRecord", "Span"} <= set(components)
    assert "schema_version" in components["EventRecord"]["properties"]
    assert client.get("/docs").status_code == 200


def test_api_index_page(target: str, tmp_path: Path) -> None:
    with TestClient(create_app(target, web_dir=tmp_path / "absent")) as bare:
        page = bare.get("/")
        assert page.status_code == 200 and 'href="/docs"' in page.text
    (tmp_path / "index.html").write_text("<!doctype html><title>page</title>", "utf-8")
    (tmp_path / "app.js").write_text("export {};\n", "utf-8")
    with TestClient(create_app(target, web_dir=tmp_path)) as served:
        assert served.get("/").text == "<!doctype html><title>page</title>"
        assert served.get("/static/app.js").text == "export {};\n"
        assert served.get("/static/missing.js").status_code == 404


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.5.0.1", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("0.0.0.0", False), ("192.168.1.4", False), ("::", False),
     ("example.org", False)],
)  # fmt: skip
def test_api_serve_warns_off_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_api_serve_refuses_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    assert main(["serve", "--db", str(missing)]) == 3
    assert "no such database" in capsys.readouterr().err
    assert not missing.exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_api_serve_starts_for_real(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    open_store(db).close()  # an empty store
    port = _free_port()
    command = [sys.executable, "-m", "wirewatch.serve.cli", "serve", "--db", str(db),
               "--port", str(port)]  # fmt: skip
    env = {name: value for name, value in os.environ.items() if name != TOKEN_VARIABLE}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()[0].decode()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events", timeout=5) as r:
                    page = json.loads(r.read())
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "wirewatch serve did not answer in 60 s"
                time.sleep(0.2)
        assert page == {"total": 0, "limit": 100, "offset": 0, "events": []}
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    assert "posting articles is off" in output
