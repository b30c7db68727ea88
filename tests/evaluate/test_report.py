"""Tests for wirewatch.evaluate.report: the HTML page built from hand-made scores (no model)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from wirewatch.errors import InputError
from wirewatch.evaluate import (
    EventScores,
    GeoError,
    GeoScores,
    GoldArticle,
    GoldToponym,
    ReportSection,
    Resolved,
    TimexError,
    TimexScores,
    event_section,
    geo_section,
    html_report,
    score_gold_article,
    timex_section,
    write_html_report,
)
from wirewatch.evaluate.gold_events import FIELDS
from wirewatch.evaluate.report import Context
from wirewatch.types import Event, Kind, Span, Status

WHEN = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
VOID = {"meta", "link", "br", "hr", "img", "input", "col", "wbr", "source"}
SVG_EMPTY = {"rect", "path", "line", "circle"}


class _Checker(HTMLParser):
    """Records tags and fails on a close tag that does not close the innermost open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.starts: list[str] = []
        self.problems: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append(tag)
        self.urls += [value or "" for name, value in attrs if name in ("href", "src")]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def _event_scores() -> EventScores:
    scores = EventScores(
        required=4,
        matched_required=3,
        output_reported=5,
        output_matched=3,
        must_not_violations=1,
        errors=[
            "a.gold.yaml: missed talks",
            "a.gold.yaml: strikes: <script>alert(1)</script> wrong",
            "a.gold.yaml: must_not paragraph 3: airstrike 'raid'",
        ],
        confusion={
            ("Explosions/Remote violence", "Explosions/Remote violence"): 2,
            ("PLOVER CONSULT", "PLOVER CONSULT"): 1,
            ("PLOVER CONSULT", "missed"): 1,
        },
    )
    scores.right.update(status=3, date=2, fatalities=1)
    scores.total.update(status=3, date=3, fatalities=2)
    return scores


def _timex_scores() -> TimexScores:
    return TimexScores(
        documents=2,
        gold=10,
        predicted=8,
        strict_tp=6,
        lenient_tp=7,
        value_correct=5,
        by_type={"DATE": (4, 6), "DURATION": (1, 4)},
        errors=(
            TimexError("doc-1", "missed", "lundi", "2024-03-11", None, "...tombés [lundi] soir..."),
            TimexError(
                "doc-1",
                "wrong_value",
                "<b>hier</b>",
                "2024-03-11",
                "2024-03-10",
                "x [<b>hier</b>] y",
            ),
            TimexError("doc-2", "missed", "Lundi", "2024-03-18", None, "[Lundi] matin"),
        ),
    )


def _geo_scores() -> GeoScores:
    gold = GoldToponym(10, 17, "Alep<i>", 36.2, 37.13, 170063, "Literal")
    return GeoScores(
        documents=1,
        toponyms=3,
        with_coordinates=3,
        with_geonames_id=2,
        resolved=2,
        exact=1,
        within_161km=1,
        within_25km=1,
        mean_error_km=7_000.5,
        median_error_km=410.0,
        auc=0.42,
        by_kind={"Literal": (1, 2), "Metonymic": (0, 1)},
        errors=(
            GeoError("7", gold, Resolved(33.5, 36.3, None), 410.0, "la ville d'[Alep<i>] est"),
            GeoError("7", gold, None, None, "[Alep<i>] encore"),
        ),
    )


def _sections() -> list[ReportSection]:
    return [
        event_section(_event_scores()),
        timex_section(_timex_scores()),
        geo_section(_geo_scores(), "GWN <test>"),
    ]


def test_report_page_is_balanced_html_with_one_html_element() -> None:
    page = html_report("wirewatch <evaluation>", _sections(), generated_at=WHEN)
    checker = _parse(page)
    assert page.startswith("<!DOCTYPE html>")
    assert checker.problems == []
    assert checker.stack == []
    assert checker.starts.count("html") == 1
    assert checker.starts.count("body") == 1
    assert checker.starts.count("section") == 3


def test_report_page_names_no_external_resource() -> None:
    page = html_report("report", _sections(), generated_at=WHEN)
    checker = _parse(page)
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page.lower()
    assert "@import" not in page and "url(" not in page
    assert all(url.startswith("#") for url in checker.urls)


@pytest.mark.parametrize(
    "hostile",
    ["<script>alert(1)</script>", "<b>hier</b>", "Alep<i>", "GWN <test>", "wirewatch <evaluation>"],
)
def test_report_escapes_every_text(hostile: str) -> None:
    page = html_report("wirewatch <evaluation>", _sections(), generated_at=WHEN)
    assert hostile not in page
    assert hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in page


def test_report_event_section_shows_figures_fields_and_confusion() -> None:
    page = html_report("r", [event_section(_event_scores())], generated_at=WHEN)
    text = re.sub(r"<[^>]+>", " ", page)
    for shown in ("0.750", "3 / 4", "0.600", "3 / 5", "0.667", "2 / 3", "1 / 2"):
        assert shown in text
    assert "Explosions/Remote violence" in text and "PLOVER CONSULT" in text
    assert "gold \\ output" in text
    assert 'class="miss"' in page  # the missed column is set apart
    assert "talks" in text and "must_not paragraph 3" in text


def test_report_event_section_lists_fields_scored_only() -> None:
    section = event_section(_event_scores())
    bars = section.charts[0].bars
    assert [bar.label for bar in bars] == [
        name for name in FIELDS if name in {"status", "date", "fatalities"}
    ]
    assert [(bar.right, bar.total) for bar in bars] == [(3, 3), (2, 3), (1, 2)]


def test_report_event_section_splits_error_lines() -> None:
    section = event_section(_event_scores())
    assert section.errors is not None
    assert section.errors.rows == (
        ("a.gold.yaml", "talks", "missed"),
        ("a.gold.yaml", "strikes", "<script>alert(1)</script> wrong"),
        ("a.gold.yaml", "must_not paragraph 3", "airstrike 'raid'"),
    )


def test_report_timex_section_groups_errors_and_marks_the_expression() -> None:
    section = timex_section(_timex_scores())
    assert section.errors is not None
    assert section.errors.total == 2  # "lundi" and "Lundi" are one group
    assert section.errors.rows[0][:3] == ("2×", "missed", "lundi")
    page = html_report("r", [section], generated_at=WHEN)
    assert "<mark>[lundi]</mark>" in page
    assert "<mark>[&lt;b&gt;hier&lt;/b&gt;]</mark>" in page
    for shown in ("0.667", "0.778", "0.714", "5 / 7", "4 / 6", "DURATION"):
        assert shown in page


def test_report_geo_section_shows_distances_and_kinds() -> None:
    page = html_report("r", [geo_section(_geo_scores(), "GWN")], generated_at=WHEN)
    for shown in ("Geoparsing: GWN", "0.333", "7,000 km", "410 km", "unresolved", "Metonymic"):
        assert shown in page
    assert "36.200,37.130" in page and "33.500,36.300" in page


def test_report_context_without_its_expression_is_plain_text() -> None:
    assert Context.from_line("no brackets here", "Alep") == Context("no brackets here", "", "")
    assert Context.from_line("[x] a [b c] d", "b\nc") == Context("[x] a ", "[b c]", " d")


def test_report_empty_scores_render_without_error() -> None:
    empty_geo = GeoScores(0, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0, {}, ())
    empty_timex = TimexScores(0, 0, 0, 0, 0, 0, {}, ())
    sections = [
        event_section(EventScores()),
        timex_section(empty_timex),
        geo_section(empty_geo, "x"),
    ]
    page = html_report("empty", sections, generated_at=WHEN)
    assert _parse(page).problems == []
    assert "None." in page
    assert _parse(html_report("nothing", [], generated_at=WHEN)).problems == []


def test_report_generated_at_is_shown_and_fixes_the_page() -> None:
    first = html_report("r", _sections(), generated_at=WHEN)
    assert first == html_report("r", _sections(), generated_at=WHEN)
    assert "2024-05-01T12:30:00+00:00" in first


def test_report_write_html_report_writes_utf8(tmp_path: Path) -> None:
    path = write_html_report(tmp_path / "report.html", "rapport – été", _sections(), WHEN)
    assert path.read_text("utf-8") == html_report("rapport – été", _sections(), WHEN)


def test_report_write_html_report_unwritable_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot write the HTML report"):
        write_html_report(tmp_path / "missing" / "report.html", "r", _sections(), WHEN)


def test_report_confusion_counts_matched_and_missed_types() -> None:
    text = "Des raids ont frappé la ville.\nLe ministre a rencontré son homologue.\n"
    gold = GoldArticle(
        path="a.gold.yaml",
        text=text,
        published=date(2024, 3, 12),
        events=(
            {
                "id": "raids",
                "required": True,
                "para": [1],
                "event_type": "Explosions/Remote violence",
            },
            {"id": "talks", "required": True, "para": [2], "plover": ["CONSULT", "AGREE"]},
            {"id": "count", "required": True, "para": [2], "kind": "aggregate"},
            {"id": "maybe", "para": [1], "plover": "ACCUSE"},
        ),
        must_not=(),
        sha256="",
    )
    trigger = Span(text.index("raids"), text.index("raids") + 5, "raids")
    talks = Span(text.index("rencontré"), text.index("rencontré") + 9, "rencontré")
    events = [
        Event(
            id="e1",
            article_id="a",
            kind=Kind.EVENT,
            status=Status.REPORTED,
            trigger=trigger,
            sentence=trigger,
            paragraph=1,
            event_type="Explosions/Remote violence",
            mentions=(trigger,),
        ),
        Event(
            id="e2",
            article_id="a",
            kind=Kind.EVENT,
            status=Status.REPORTED,
            trigger=talks,
            sentence=talks,
            paragraph=2,
            plover="AGREE",
            mentions=(talks,),
        ),
    ]
    scores = score_gold_article(gold, events)
    assert scores.confusion == {
        ("Explosions/Remote violence", "Explosions/Remote violence"): 1,
        ("PLOVER CONSULT | AGREE", "PLOVER AGREE"): 1,
        ("aggregate", "missed"): 1,
    }
    assert (scores.required, scores.matched_required) == (3, 2)
    assert sum(scores.confusion.values()) == scores.required
