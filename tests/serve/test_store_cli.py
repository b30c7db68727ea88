"""`wirewatch ingest`, `events` and `export`: the store from the command line, in process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import EXAMPLES
from tests.http_site import Site
from wirewatch.export import ACLED_COLUMNS
from wirewatch.serve.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample articles ingested once into a SQLite store."""
    path = tmp_path_factory.mktemp("store") / "wirewatch.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(path), "--quiet"]) == 0
    return path


def test_store_cli_ingest_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.db"
    assert main(["ingest", str(EXAMPLES / "afp-2021-03-14-mopti.txt"), "--db", str(path),
                 "--quiet"]) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert "this run" in err and "merged events" in err
    assert main(["ingest", str(EXAMPLES / "afp-2021-03-14-mopti.txt"), "--db", str(path),
                 "--quiet"]) == 0  # fmt: skip
    assert "already stored" in capsys.readouterr().err


def test_store_cli_events_table(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(db), "--country", "Mali"]) == 0
    out = capsys.readouterr().out
    assert "Mali" in out and "Aleppo" not in out
    assert "2021-03-13" in out


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        (["--type", "Air/drone strike"], lambda e: e["sub_event_type"] == "Air/drone strike"),
        (["--near", "36.2,37.16,25"], lambda e: e["place"]["name"] == "Aleppo"),
        (["--from", "2021-03-01", "--to", "2021-03-31"],
         lambda e: e["when"]["end"] >= "2021-03-01"),
        (["--actor", "military forces of mali"], lambda e: "Mali" in json.dumps(e)),
        (["--text", "Tillabéri"], lambda e: e["place"]["country"] == "NE"),
    ],
)  # fmt: skip
def test_store_cli_events_filters(
    db: Path, capsys: pytest.CaptureFixture[str], filters, check
) -> None:  # type: ignore[no-untyped-def]
    assert main(["events", "--db", str(db), "--format", "json", *filters]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    assert all(check(json.loads(line)["event"]) for line in lines)


def test_store_cli_export_csv_has_acled_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert {r["country"] for r in rows} >= {"Syria", "Mali"}
    strike = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and ";" in r["source"]]
    assert strike, "the merged Aleppo strike lists its sources"


def test_store_cli_export_geojson_and_parquet(db: Path, tmp_path: Path) -> None:
    geo = tmp_path / "events.geojson"
    assert main(["export", "--db", str(db), "--format", "geojson", "-o", str(geo)]) == 0
    data = json.loads(geo.read_text("utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    parquet = tmp_path / "events.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "-o", str(parquet)]) == 0
    assert pq.read_table(parquet).num_rows > 0


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["events", "--db", "nowhere.db"], 3, "no such database"),
        (["events", "--db", "{db}", "--country", "Atlantide"], 3, "unknown country"),
        (["events", "--db", "{db}", "--from", "2021-01-02", "--to", "2021-01-01"], 3, "before"),
        (["ingest", "{tmp}", "--db", "{tmp}"], 6, "directory"),
    ],
)
def test_store_cli_errors(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    status: int,
    message: str,
) -> None:
    args = [a.format(db=db, tmp=tmp_path) for a in args]
    assert main(args) == status
    assert message in capsys.readouterr().err


def test_store_cli_ingest_feed_with_allowed_host(tmp_path: Path, site: Site) -> None:
    path = tmp_path / "w.db"
    feed = site.url("/pages/feed.rss")
    assert main(["ingest", feed, "--db", str(path), "--quiet"]) == 3  # refused: loopback
    assert site.requests == []
    assert main(["ingest", feed, "--db", str(path), "--quiet", "--allow-host", "127.0.0.1"]) == 0
    assert "/pages/feed.rss" in site.requests


def test_store_cli_export_gold_is_read_by_evaluate(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wirewatch.store import open_store

    copy = tmp_path / "reviewed.db"
    copy.write_bytes(db.read_bytes())
    with open_store(copy) as store:
        strike = next(
            m for m in store.events(country="SY") if m.event.sub_event_type == "Air/drone strike"
        )
        store.add_correction(strike.id, "fatalities", 11, "test-analyst")
    folder = tmp_path / "gold"
    assert main(["export", "--db", str(copy), "--format", "gold", "-o", str(folder)]) == 0
    assert len(list(folder.glob("*.gold.yaml"))) == 1
    capsys.readouterr()
    assert main(["evaluate", "gold", str(folder)]) == 0
    assert "recall" in capsys.readouterr().out
    assert main(["export", "--db", str(copy), "--format", "gold"]) == 3  # needs a folder
