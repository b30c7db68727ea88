"""The command line: outputs in every format, --explain, and clear errors with exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FOUNDING
from wirewatch.serve.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch.serve.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def test_cli_extract_json_holds_every_event(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FOUNDING), "--published", "2016-05-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == "1.0"
    assert data["article"]["published"] == "2016-05-01"
    assert len(data["events"]) >= 13


def test_cli_extract_jsonl_one_event_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FOUNDING), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 13
    assert all(json.loads(line)["kind"] for line in lines)


def test_cli_extract_csv_has_a_header_and_a_row_per_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(FOUNDING), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) >= 13
    assert {"event_type", "actor1", "place", "when", "fatalities"} <= set(rows[0])
    assert any(
        r["sub_event_type"] == "Air/drone strike" and "dix morts" in r["fatalities"] for r in rows
    )


def test_cli_explain_highlights_evidence_in_the_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(FOUNDING), "--published", "2016-05-01", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "[dix morts]fatalities" in out
    assert "[Layramoun]place" in out
    assert "«Il» refers to «M. Kerry»" in out


def _explained_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *options: str
) -> str:
    """What ``extract --explain`` prints for an English article."""
    article = tmp_path / "article.txt"
    article.write_text(text + "\n")
    assert main(["extract", str(article), "--lang", "en", "--explain", *options]) == 0
    return capsys.readouterr().out


def test_cli_explain_says_an_event_placed_by_the_country_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Dozens protested against the new minister, demanding his resignation."
    out = _explained_en(tmp_path, capsys, text, "--country", "BF", "--published", "2020-03-02")
    assert "Burkina Faso, BF" in out and "geo precision 3" in out
    assert "no place in the text: coded to the article's country" in out


def test_cli_explain_says_place_words_that_refer_to_no_named_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Thousands of people rallied in the city against the referendum."
    out = _explained_en(tmp_path, capsys, text)
    assert "place        «the city»" in out
    assert "the place words refer to no place the text names" in out


def test_cli_reads_standard_input() -> None:
    text = "Des raids aériens ont frappé samedi la ville de Raqa, selon l'OSDH.\n"
    result = run("extract", "-", "--format", "jsonl", stdin=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    event = json.loads(result.stdout.splitlines()[0])
    assert event["sub_event_type"] == "Air/drone strike"


def test_cli_zero_events_is_said_plainly(tmp_path: Path) -> None:
    article = tmp_path / "eco.txt"
    article.write_text("La Bourse de Paris a terminé en hausse de 1,2% vendredi.\n", "utf-8")
    result = run("extract", str(article), "--explain")
    assert result.returncode == 0
    assert b"0 events" in result.stdout


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (b"", 3, b"empty"),
        (b"   \n\n", 3, b"empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 3, b"binary"),
        (b"Des raids \x00\x01 ont eu lieu", 3, b"binary"),
        (b"Des raids ont frapp\xe9 Alep samedi.", 3, b"not valid UTF-8"),
    ],
)
def test_cli_bad_input_gets_a_clear_error(
    tmp_path: Path, content: bytes, status: int, message: bytes
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    result = run("extract", str(article))
    assert result.returncode == status
    assert message in result.stderr
    assert result.stdout == b""


def test_cli_missing_file_and_unsupported_language(tmp_path: Path) -> None:
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 3 and b"no such file" in missing.stderr
    lang = run("extract", str(FOUNDING), "--lang", "de")
    assert lang.returncode == 4
    assert b"supported languages: fr (French)" in lang.stderr


def test_cli_extract_reads_an_article_in_the_language_it_is_written_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "ambush.txt"
    article.write_text(
        "On 28 January 2020, JNIM militants carried out an ambush against an army patrol "
        "near the village of Singou, killing four soldiers.\n"
    )
    assert main(["extract", str(article), "--published", "2020-01-28", "--format", "jsonl"]) == 0
    event = json.loads(capsys.readouterr().out.splitlines()[0])
    assert event["event_type"] == "Battles"  # read as English with no --lang


def test_cli_extract_refuses_an_article_in_a_language_it_does_not_read(tmp_path: Path) -> None:
    article = tmp_path / "bundestag.txt"
    article.write_text(
        "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Rechte der "
        "Arbeitnehmer stärkt und die Tarifbindung ausweitet.\n",
        "utf-8",
    )
    result = run("extract", str(article))
    assert result.returncode == 4
    assert b"reads as 'de'" in result.stderr
    assert result.stdout == b""


def test_cli_bad_date_is_a_usage_error() -> None:
    result = run("extract", str(FOUNDING), "--published", "01/05/2016")
    assert result.returncode == 2
    assert b"not a date" in result.stderr


def test_cli_evaluate_timeml_prints_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tml = tmp_path / "doc.tml"
    tml.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>\n<TimeML><DOCID>d1</DOCID>"
        '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" '
        'value="2016-05-01" /></DCT><TEXT>Des raids ont frappé la ville '
        '<TIMEX3 tid="t1" type="DATE" value="2016-04-30">samedi</TIMEX3>, puis '
        '<TIMEX3 tid="t2" type="TIME" value="2016-05-01TMO">dimanche matin</TIMEX3>.'
        "</TEXT></TimeML>\n",
        encoding="utf-8",
    )
    assert main(["evaluate", "timeml", str(tml)]) == 0
    out = capsys.readouterr().out
    assert "value accuracy: 1.000" in out
    assert "1 documents, 2 gold" in out


def test_cli_progress_piped_is_a_line_per_tenth(capsys: pytest.CaptureFixture[str]) -> None:
    from wirewatch.serve.cli import _progress

    for done in range(1, 26):
        _progress(done, 25)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "2/25 documents" and lines[-1] == "25/25 documents"
    assert len(lines) == 13 and not any("\r" in line for line in lines)


def test_cli_evaluate_geoparsing_with_the_default_gazetteer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml = tmp_path / "GWN.xml"
    xml.write_text(
        '<?xml version="1.0" ?>\n<articles>\n<article file="1"><title>t</title><link>l</link>'
        "<text>Des pluies sur Genève et Lyon.</text><toponyms>"
        "<toponym><extractedName>Genève</extractedName><normalisedName/><type>Literal</type>"
        "<modifierType/><nonLocational>No</nonLocational><start>14</start><end>20</end>"
        "<geonamesID>2660646</geonamesID><latitude>46.20222</latitude>"
        "<longitude>6.14569</longitude></toponym>"
        "<toponym><extractedName>Lyon</extractedName><normalisedName/><type>Literal</type>"
        "<modifierType/><nonLocational>No</nonLocational><start>24</start><end>28</end>"
        "<geonamesID>2996944</geonamesID><latitude>45.74846</latitude>"
        "<longitude>4.84671</longitude></toponym></toponyms></article>\n</articles>\n",
        encoding="utf-8",
    )
    assert main(["evaluate", "geoparsing", str(xml)]) == 0
    assert "accuracy@161km  1.000" in capsys.readouterr().out


def test_cli_gazetteer_build_needs_a_source() -> None:
    result = run("gazetteer", "build", "--output", "/tmp/never-written.sqlite")
    assert result.returncode == 3
    assert b"--default" in result.stderr


def test_cli_evaluate_gold_prints_recall_and_field_accuracy(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "gold", str(FOUNDING.with_suffix(".gold.yaml"))]) == 0
    out = capsys.readouterr().out
    assert "13 required gold events, 13 found (recall 1.000)" in out
    assert "0 must_not violations" in out


def test_cli_evaluate_writes_a_self_contained_html_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "gold.html"
    gold = str(FOUNDING.with_suffix(".gold.yaml"))
    assert main(["evaluate", "gold", gold, "--html", str(report)]) == 0
    page = report.read_text("utf-8")
    assert "<html" in page and "recall" in page and "http://" not in page
