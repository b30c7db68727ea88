"""The store commands of ``wirewatch``: ingest, events, export (argument parsing and output).

Each handler parses, calls one library function and prints what it returns; domain errors
go up to ``cli.main``, which maps them to exit codes.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from wirewatch.config import VAGUE_COUNT_CONVENTIONS, Settings
from wirewatch.errors import InputError
from wirewatch.export import FORMATS, is_acled_event, write_events
from wirewatch.ingest import UrlFetcher
from wirewatch.process import ingest
from wirewatch.serve.tables import IngestProgress, event_table, ingest_summary, print_table
from wirewatch.store import DEFAULT_DB, EventQuery, country_code, open_store
from wirewatch.store.gold import corrections_as_gold, write_gold


def context_country(value: str) -> str:
    """``--country`` of ingest/extract/evaluate: an ISO code or a country name -> ISO code."""
    try:
        return country_code(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# "--model fr_core_news_sm --model en_core_web_md": each serves the language it declares.
MODEL_HELP = (
    "spaCy pipeline to use instead of its language's default; it serves the language it "
    "declares (repeat for several languages)"
)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _near(value: str) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(part) for part in value.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--near needs LAT,LON,KM (e.g. 36.2,37.16,50), got {value!r}"
        ) from None
    return lat, lon, km


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        help=f"SQLite file or postgresql:// URL (default: {DEFAULT_DB})",
    )


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument("--type", dest="event_type", help="ACLED event or sub-event type")
    parser.add_argument("--country", help="ISO code (SY) or name (Syria, Syrie)")
    parser.add_argument("--near", type=_near, metavar="LAT,LON,KM", help="within KM of a point")
    parser.add_argument("--actor", help="words of an actor's name")
    parser.add_argument("--text", help="words in a source article (full-text search)")
    parser.add_argument("--limit", type=int, help="at most this many events")
    parser.add_argument("--offset", type=int, default=0, help="skip this many events first")


def add_store_commands(commands: Any) -> None:
    """Add ``ingest``, ``events`` and ``export`` to the ``wirewatch`` sub-commands."""
    ingest_cmd = commands.add_parser(
        "ingest",
        help="read articles into the store and merge their events",
        description="Read articles (text, JSONL, HTML files, folders, .urls lists, URLs, "
        "RSS/Atom feeds), extract their events into the store, and merge events across "
        "articles. Ingesting an article again changes nothing; an interrupted run resumes.",
    )
    ingest_cmd.add_argument("sources", nargs="+", help="files, folders, URLs or feeds")
    _db_option(ingest_cmd)
    ingest_cmd.add_argument(
        "--published", type=_date, metavar="DATE", help="date for articles that carry none"
    )
    ingest_cmd.add_argument("--lang", help="force a language (default: identify each article)")
    ingest_cmd.add_argument("--model", action="append", help=MODEL_HELP)
    ingest_cmd.add_argument(
        "--country",
        type=context_country,
        metavar="CC",
        help="the country the articles are about when their text does not say "
        "(a desk reading one country's press), ISO code or name",
    )
    ingest_cmd.add_argument("--vague-counts", choices=VAGUE_COUNT_CONVENTIONS, default="none")
    ingest_cmd.add_argument(
        "--allow-private",
        action="store_true",
        help="let URLs reach private and loopback addresses (refused by default)",
    )
    ingest_cmd.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="let URLs reach this one private host or address (e.g. 127.0.0.1); repeatable",
    )
    ingest_cmd.add_argument(
        "--batch-size", type=int, default=16, help="articles per spaCy batch (default: 16)"
    )
    ingest_cmd.add_argument("--quiet", action="store_true", help="no progress bar")

    events = commands.add_parser(
        "events",
        help="list the merged events in the store",
        description="Print the store's events (merged across articles) that match filters.",
    )
    _db_option(events)
    _filter_options(events)
    events.add_argument("--format", choices=("table", "json"), default="table")

    export = commands.add_parser(
        "export",
        help="write the merged events to a file",
        description="Write the store's events (merged across articles) as ACLED-style CSV, "
        "GeoJSON, JSON lines or Parquet.",
    )
    _db_option(export)
    _filter_options(export)
    export.add_argument(
        "--format",
        choices=(*FORMATS, "gold"),
        required=True,
        help="csv (ACLED columns), geojson, jsonl, parquet; gold: the analysts' corrections "
        "as gold YAML files (one per corrected article, with its text) in the --output folder, "
        "for wirewatch evaluate gold",
    )
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    export.add_argument(
        "--all",
        action="store_true",
        help="csv: keep events ACLED would not code (denied, planned, totals, untyped)",
    )


def run_store_command(args: argparse.Namespace) -> int | None:
    """Run a store command; None when ``args`` names another command."""
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "events":
        return _events(args)
    if args.command == "export":
        return _export(args)
    return None


def _ingest(args: argparse.Namespace) -> int:
    settings = Settings(
        models=tuple(args.model or ()),
        vague_counts=args.vague_counts,
        batch_size=args.batch_size,
        country=args.country,
    )
    fetcher = UrlFetcher(allow_private=args.allow_private, allow_hosts=frozenset(args.allow_host))
    with open_store(args.db) as store, IngestProgress(enabled=not args.quiet) as progress:
        report = ingest(
            args.sources,
            store,
            settings,
            published=args.published,
            lang=args.lang,
            fetcher=fetcher,
            on_item=progress.update,
        )
        counts = store.counts()
    print_table(ingest_summary(report, counts, args.db), sys.stderr)
    return 0 if report.stored or report.skipped or not report.failed else 3


def _query(args: argparse.Namespace) -> EventQuery:
    return EventQuery(
        start=args.start,
        end=args.end,
        event_type=args.event_type,
        country=args.country,
        near=args.near,
        actor=args.actor,
        text=args.text,
        limit=args.limit,
        offset=args.offset,
    )


def _existing(db: str) -> str:
    if "://" not in db and not Path(db).exists():
        raise InputError(f"{db}: no such database; run `wirewatch ingest` first")
    return db


def _events(args: argparse.Namespace) -> int:
    query = _query(args)
    with open_store(_existing(args.db)) as store:
        found = store.events(query)
        total = store.counts().merged_events
    if args.format == "json":
        for item in found:
            sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_table(event_table(found, total), sys.stdout)
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.format == "gold":
        return _export_gold(args)
    query = _query(args)
    with open_store(_existing(args.db)) as store:
        found = store.events(query)
        sources = {a.article.id: a.article for a in store.articles()}
    if args.format == "csv" and not args.all:
        kept = [item for item in found if is_acled_event(item)]
        if len(kept) < len(found):
            print(
                f"wirewatch: {len(found) - len(kept)} events left out of the ACLED table "
                "(denied, planned, running totals or untyped; --all keeps them)",
                file=sys.stderr,
            )
        found = kept
    if args.output:
        with open(args.output, "wb") as out:
            count = write_events(found, args.format, out, articles=sources)
    else:
        count = write_events(found, args.format, sys.stdout.buffer, articles=sources)
    where = args.output or "standard output"
    print(f"wirewatch: {count} events written to {where} ({args.format})", file=sys.stderr)
    return 0


def _export_gold(args: argparse.Namespace) -> int:
    if not args.output:
        raise InputError("--format gold writes a folder of files: give it with --output DIR")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    with open_store(_existing(args.db)) as store:
        entries = corrections_as_gold(store)
    folder.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        write_gold(entry, folder)
    print(
        f"wirewatch: {len(entries)} corrected articles written to {folder} as gold "
        f"(score them with: wirewatch evaluate gold {folder})",
        file=sys.stderr,
    )
    return 0
