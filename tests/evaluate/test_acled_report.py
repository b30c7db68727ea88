"""The ACLED evaluation's HTML section: figures, the type confusion and the errors."""

from __future__ import annotations

from pathlib import Path

from tests.evaluate.test_acled import CSV
from wirewatch.evaluate.acled import read_acled_csv, score_acled
from wirewatch.evaluate.acled_report import acled_section
from wirewatch.evaluate.report import html_report
from wirewatch.serve.cli import main


def test_acled_report_section_counts_what_was_scored(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(CSV, "utf-8")
    scores = score_acled(read_acled_csv(path), lambda row: [])
    section = acled_section(scores, "sample")
    assert section.title == "ACLED notes: sample"
    assert [f.value for f in section.figures][:1] == ["0.000"]
    assert section.matrix is not None and section.matrix.miss_column == "none"
    assert section.errors is not None and section.errors.total > 0
    page = html_report("acled", [section])
    assert "Protests" in page and "http://" not in page


def test_acled_report_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text(CSV, "utf-8")
    report = tmp_path / "acled.html"
    assert main(["evaluate", "acled", str(path), "--html", str(report)]) == 0
    page = report.read_text("utf-8")
    assert "<html" in page and "ACLED notes: acled" in page
