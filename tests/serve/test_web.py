"""The analyst page in a real browser: `wirewatch serve` over the sample articles, driven by
Playwright in Debian's Chromium (no browser is downloaded).

Without Chromium (``/usr/bin/chromium`` or ``$WIREWATCH_CHROMIUM``) the tests are skipped with
a message, except under CI, where a missing browser is a failure. The page must never ask
another host for anything: every request is checked, and any that leaves 127.0.0.1 is
refused and fails the test.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

import wirewatch
from tests.conftest import EXAMPLES, FOUNDING, ROOT
from wirewatch.serve.cli import main

CHROMIUM = Path(os.environ.get("WIREWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
LOCAL_HOST = "127.0.0.1"
TIMEOUT_MS = 20_000
REVIEW_TOKEN = "review-test-token"


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.is_file():
        message = f"no Chromium at {CHROMIUM}: install Debian's chromium package (bin/chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {message}")
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample articles ingested once into a SQLite store."""
    path = tmp_path_factory.mktemp("web") / "wirewatch.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(path), "--quiet"]) == 0
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOCAL_HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@contextlib.contextmanager
def _serve(db: Path, log_path: Path, token: str | None = None) -> Iterator[str]:
    """`wirewatch serve` over `db` on a free loopback port (with `token`, it takes posts and
    corrections); yields its base URL."""
    port = _free_port()
    command = [sys.executable, "-m", "wirewatch.serve.cli", "serve", "--db", str(db),
               "--host", LOCAL_HOST, "--port", str(port)]  # fmt: skip
    if token:
        command += ["--token", token]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://{LOCAL_HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"wirewatch serve exited ({process.returncode}):\n"
                            + log_path.read_text(errors="replace"))  # fmt: skip
            try:
                _get_json(f"{base}/api/events?limit=1")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("wirewatch serve did not answer within 60 s:\n"
                                + log_path.read_text(errors="replace"))  # fmt: skip
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(chromium: Path, db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`wirewatch serve` on a free loopback port, read-only (no token); yields its base URL."""
    with _serve(db, tmp_path_factory.mktemp("serve") / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def review_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of its own for the review tests, which write corrections to it."""
    path = tmp_path_factory.mktemp("review") / "wirewatch.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(path), "--quiet"]) == 0
    return path


@pytest.fixture(scope="module")
def review_server(
    chromium: Path, review_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """`wirewatch serve --token` over the review store: it takes corrections."""
    log_path = tmp_path_factory.mktemp("serve-review") / "serve.log"
    with _serve(review_db, log_path, token=REVIEW_TOKEN) as base:
        yield base


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@dataclass
class Visit:
    """A page on the served site, with every request it made and every script error."""

    page: Page
    base: str
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, query: str = "") -> None:
        self.page.goto(f"{self.base}/{query}")
        self.page.wait_for_selector("body[data-state=ready]")

    def loads(self) -> int:
        return int(self.page.evaluate("Number(document.body.dataset.loads ?? 0)"))

    def wait_for_load_after(self, before: int) -> None:
        """Wait until the page has finished a load of events after the count `before`."""
        self.page.wait_for_function(f"Number(document.body.dataset.loads ?? 0) > {before}")
        assert self.page.get_attribute("body", "data-state") == "ready"

    def row_count(self) -> int:
        return self.page.locator("#event-list .event-row").count()


@contextlib.contextmanager
def _visiting(browser: Browser, base: str) -> Iterator[Visit]:
    """A fresh browser context on `base` that refuses (and remembers) requests to other hosts
    and fails on any script error."""
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    seen = Visit(page=page, base=base)
    local = urllib.parse.urlsplit(base).netloc

    def route(route: Route) -> None:
        url = route.request.url
        seen.requests.append(url)
        if urllib.parse.urlsplit(url).netloc == local or url.startswith("data:"):
            route.continue_()
        else:  # never let the page reach another host, and remember it tried
            seen.foreign.append(url)
            route.abort()

    context.route("**/*", route)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    yield seen
    context.close()
    assert not seen.foreign, f"the page asked other hosts: {seen.foreign}"
    assert not seen.errors, f"script errors on the page: {seen.errors}"


@pytest.fixture
def visit(browser: Browser, server: str) -> Iterator[Visit]:
    with _visiting(browser, server) as seen:
        yield seen


@pytest.fixture
def review_visit(browser: Browser, review_server: str) -> Iterator[Visit]:
    with _visiting(browser, review_server) as seen:
        yield seen


def _api_events(base: str, **filters: str) -> list[dict[str, Any]]:
    query = urllib.parse.urlencode({"limit": 1000, **filters})
    events: list[dict[str, Any]] = _get_json(f"{base}/api/events?{query}")["events"]
    return events


def _founding_airstrike(db: Path, base: str) -> tuple[str, str]:
    """The merged event of the founding article's air strike of Saturday 30 April 2016, and
    the founding article's id."""
    with wirewatch.open(str(db)) as store:
        founding = next(a.article.id for a in store.articles() if a.origin.endswith(FOUNDING.name))
    strikes = [
        merged
        for merged in _api_events(base, type="Air/drone strike", **{"from": "2016-04-30"})
        if founding in merged["event"]["sources"]
        and merged["event"]["when"]["start"] == "2016-04-30"
        and merged["event"]["status"] == "reported"
    ]
    assert strikes, "no merged air strike of 2016-04-30 from the founding article"
    return strikes[0]["event"]["id"], founding


def test_web_map_shows_every_placed_event(visit: Visit) -> None:
    visit.open()
    placed = [
        merged
        for merged in _api_events(visit.base)
        if merged["event"]["place"] and merged["event"]["place"]["latitude"] is not None
    ]
    assert placed
    page = visit.page
    # Every placed event is drawn once: as a marker or within a cluster's count (polled, as
    # the map may still be zooming to fit them).
    page.wait_for_function(
        """n => [...document.querySelectorAll('#map .marker, #map .cluster')]
                 .reduce((sum, e) => sum + Number(e.dataset.count ?? 1), 0) === n""",
        arg=len(placed),
    )
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100  # country outlines


@pytest.mark.parametrize(("country", "code"), [("Syria", "SY"), ("Mali", "ML")])
def test_web_map_places_events_by_country(visit: Visit, country: str, code: str) -> None:
    visit.open()
    before = visit.loads()
    visit.page.fill("#filter-country", country)
    visit.page.press("#filter-country", "Enter")
    visit.wait_for_load_after(before)
    places = visit.page.locator("#event-list .event-row td:nth-child(3)").all_inner_texts()
    assert places and all(p.endswith(code) for p in places if p)
    assert visit.page.locator("#map .marker, #map .cluster").count() > 0


def test_web_timeline_has_bars_by_type(visit: Visit) -> None:
    visit.open()
    bars = visit.page.locator("#timeline .timeline-bar")
    assert bars.count() > 0
    types = set(visit.page.eval_on_selector_all(
        "#timeline .timeline-bar", "els => els.map(e => e.dataset.type)"))  # fmt: skip
    assert {"Explosions/Remote violence", "Battles"} <= types
    assert "by type" in visit.page.inner_text("#timeline-caption")


def test_web_filter_by_type_reduces_the_list(visit: Visit) -> None:
    visit.open()
    everything = visit.row_count()
    before = visit.loads()
    visit.page.select_option("#filter-type", "Air/drone strike")
    visit.wait_for_load_after(before)
    types = visit.page.locator("#event-list .event-row td:nth-child(2)").all_inner_texts()
    assert 0 < len(types) < everything
    assert all("Air/drone strike" in t for t in types)
    assert len(types) == len(_api_events(visit.base, type="Air/drone strike"))
    assert "type=Air" in visit.page.url  # the filters are in the page's address


def test_web_legend_filters_by_type(visit: Visit) -> None:
    visit.open()
    everything = visit.row_count()
    before = visit.loads()
    visit.page.click("#legend .legend-type[data-type='Battles']")
    visit.wait_for_load_after(before)
    assert visit.page.input_value("#filter-type") == "Battles"
    assert 0 < visit.row_count() < everything


def test_web_brushing_the_timeline_reduces_the_list(visit: Visit) -> None:
    visit.open()
    page = visit.page
    everything = visit.row_count()
    first = page.locator("#timeline .timeline-bar").first
    box = first.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    before = visit.loads()
    page.mouse.move(box["x"] + 1, y)  # across the first bar: its one bin
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 1, y, steps=4)
    page.mouse.up()
    visit.wait_for_load_after(before)
    start, end = page.input_value("#filter-from"), page.input_value("#filter-to")
    assert start and end and start <= end
    assert 0 < visit.row_count() < everything
    rows = page.eval_on_selector_all(
        "#event-list .event-row", "els => els.map(e => e.dataset.eventId)"
    )
    window = _api_events(visit.base, **{"from": start, "to": end})
    assert set(rows) == {merged["event"]["id"] for merged in window}
    page.click("#timeline-reset")
    assert page.input_value("#filter-from") == ""


def test_web_event_panel_shows_evidence_and_sources(visit: Visit, db: Path) -> None:
    event_id, founding = _founding_airstrike(db, visit.base)
    visit.open()
    page = visit.page
    page.click(f"#event-list .event-row[data-event-id='{event_id}']")
    panel = f"#event-panel[data-event-id='{event_id}']:not(.loading)"
    page.wait_for_selector(f"{panel} .evidence")
    page.click(f"{panel} .tabs button[data-article-id='{founding}']")
    page.wait_for_selector(f"#article-view[data-article-id='{founding}'] .evidence")

    text = _get_json(f"{visit.base}/api/articles/{founding}")["text"]
    marks = page.eval_on_selector_all(
        "#article-view .evidence",
        "els => els.map(e => [e.dataset.field, +e.dataset.start, +e.dataset.end, e.textContent])",
    )
    assert marks
    for _, start, end, words in marks:
        assert text[start:end] == words
    by_field: dict[str, list[str]] = {}
    for name, _, _, words in marks:
        by_field.setdefault(name, []).append(words)
    assert "Samedi" in by_field["when"]
    assert "Alep" in by_field["place"]
    assert "dix morts" in by_field["fatalities"]
    assert {"type", "actor1", "attribution"} <= by_field.keys()
    assert "Samedi" in page.inner_text("#article-view .sentence")

    sources = page.locator("#event-sources .source")
    detail = _get_json(f"{visit.base}/api/events/{event_id}")
    assert sources.count() == len(detail["sources"]) >= 2
    assert page.locator(f"#event-sources .source[data-article-id='{founding}']").count() == 1
    if detail["event"]["disagreements"]:
        assert page.locator("#event-disagreements tr").count() > 0
    assert page.locator("#review").count() == 1
    assert page.locator(f"#event-list .event-row.selected[data-event-id='{event_id}']").count()
    assert page.locator("#map .marker.selected, #map .cluster.selected").count() >= 1

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator("#article-view").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "web.png"))


def test_web_requests_stay_on_the_local_server(visit: Visit, db: Path) -> None:
    event_id, _ = _founding_airstrike(db, visit.base)
    visit.open(f"?event={event_id}")
    visit.page.wait_for_selector("#event-panel .evidence")
    visit.page.wait_for_load_state("networkidle")
    hosts = {urllib.parse.urlsplit(url).netloc for url in visit.requests}
    assert hosts == {urllib.parse.urlsplit(visit.base).netloc}
    paths = {urllib.parse.urlsplit(url).path for url in visit.requests}
    assert "/static/vendor/world-atlas/countries-110m.json" in paths  # the offline basemap
    assert f"/api/events/{event_id}" in paths


@pytest.mark.parametrize("how", ["address", "setting"])
def test_web_tiles_only_when_asked(visit: Visit, how: str) -> None:
    template = f"{visit.base}/tiles-for-test/{{z}}/{{x}}/{{y}}.png"  # loopback: answers 404
    if how == "address":
        visit.open("?tiles=" + urllib.parse.quote(template, safe=""))
    else:
        visit.page.add_init_script(f"window.WIREWATCH_TILES = {json.dumps(template)};")
        visit.open()
    visit.page.wait_for_selector("#map img.leaflet-tile", state="attached")
    paths = [urllib.parse.urlsplit(url).path for url in visit.requests]
    assert any(path.startswith("/tiles-for-test/") for path in paths)
    assert not any(path.endswith("countries-110m.json") for path in paths)


def _open_event(visit: Visit, event_id: str) -> str:
    """Open an event from the list; the selector of its loaded panel."""
    visit.page.click(f"#event-list .event-row[data-event-id='{event_id}']")
    panel = f"#event-panel[data-event-id='{event_id}']:not(.loading)"
    visit.page.wait_for_selector(f"{panel} #review-form")
    return panel


def test_web_review_corrects_and_rejects_events(review_visit: Visit, review_db: Path) -> None:
    visit = review_visit
    event_id, _ = _founding_airstrike(review_db, visit.base)
    visit.open()
    page = visit.page
    everything = visit.row_count()
    _open_event(visit, event_id)
    fatalities = "#event-fields tr.field[data-field='fatalities']"
    assert page.locator(f"{fatalities}.corrected").count() == 0

    # A wrong token is refused, and the page says so.
    page.select_option("#review-field", "fatalities")
    page.fill("#review-value", "11")
    page.fill("#review-author", "test-analyst")
    page.fill("#review-token", "not-the-token")
    page.click("#review-submit")
    page.wait_for_selector("#review-error:not([hidden])")
    assert "token" in page.inner_text("#review-error").lower()
    # A bad value: the API's 422 detail is shown.
    page.select_option("#review-field", "date")
    page.fill("#review-value", "2016-04-30")
    page.fill("#review-value-end", "2016-04-01")
    page.fill("#review-token", REVIEW_TOKEN)
    page.click("#review-submit")
    page.wait_for_function(
        "document.querySelector('#review-error').textContent.includes('ends before it starts')"
    )

    # The fatalities corrected to 11.
    page.select_option("#review-field", "fatalities")
    page.fill("#review-value", "11")
    page.fill("#review-note", "the hospital's count")
    before = visit.loads()
    page.click("#review-submit")
    page.wait_for_selector(f"{fatalities}.corrected")
    visit.wait_for_load_after(before)  # the list and the map were loaded again
    assert "11 killed" in page.inner_text(f"{fatalities} .value")
    assert page.locator(f"{fatalities} .badge.corrected").count() == 1
    assert page.locator(f"{fatalities} .extracted del").count() == 1  # "10 killed", struck out
    correction = page.locator("#corrections .correction[data-field='fatalities']")
    assert correction.count() == 1
    text = correction.inner_text()
    assert "11" in text and "test-analyst" in text and "the hospital's count" in text
    assert page.is_hidden("#review-error")
    row = f"#event-list .event-row[data-event-id='{event_id}']"
    assert page.inner_text(f"{row} td:nth-child(5)").startswith("11")
    detail = _get_json(f"{visit.base}/api/events/{event_id}")
    assert detail["event"]["event"]["fatalities"]["best"] == 11
    assert detail["event"]["corrections"][-1]["author"] == "test-analyst"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(fatalities).scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "review.png"))

    # Kept across a reload; the analyst's name is remembered.
    page.reload()
    page.wait_for_selector("body[data-state=ready]")
    panel = _open_event(visit, event_id)
    assert "11 killed" in page.inner_text(f"{panel} {fatalities}.corrected .value")
    assert page.locator("#corrections .correction[data-field='fatalities']").count() == 1
    assert page.input_value("#review-author") == "test-analyst"
    assert page.input_value("#review-token") == REVIEW_TOKEN  # this tab's session only

    # Another event rejected: it leaves the list.
    ids = page.eval_on_selector_all(
        "#event-list .event-row", "els => els.map(e => e.dataset.eventId)"
    )
    other = next(i for i in ids if i != event_id)
    _open_event(visit, other)
    page.once("dialog", lambda dialog: dialog.accept())
    before = visit.loads()
    page.click("#review-reject")
    page.wait_for_selector(f"#event-panel[data-event-id='{other}'] #event-rejected")
    visit.wait_for_load_after(before)
    assert page.locator(f"#event-list .event-row[data-event-id='{other}']").count() == 0
    assert visit.row_count() == everything - 1
    assert other not in {merged["event"]["id"] for merged in _api_events(visit.base)}
    assert page.get_attribute("#review-reject", "data-rejected") == "true"


def test_web_review_without_a_token_on_the_server(visit: Visit, db: Path) -> None:
    """A server started without a token takes no corrections: the 403 is shown."""
    event_id, _ = _founding_airstrike(db, visit.base)
    visit.open()
    _open_event(visit, event_id)
    page = visit.page
    page.select_option("#review-field", "actor2")
    page.fill("#review-value", "Civilians")
    page.fill("#review-author", "test-analyst")
    page.fill("#review-token", "anything")
    page.click("#review-submit")
    page.wait_for_selector("#review-error:not([hidden])")
    assert "no corrections" in page.inner_text("#review-error")
    assert page.locator("#corrections .correction").count() == 0
