"""Terminal views: the ingest progress bar, the ingest summary and the event table (rich)."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import IO, Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from wirewatch.process import IngestOutcome, IngestReport
from wirewatch.store import StoreCounts
from wirewatch.types import MergedEvent

_MAX_FAILURES_SHOWN = 20


class IngestProgress:
    """A live line on standard error: articles read, events found, failures so far."""

    def __init__(self, enabled: bool = True) -> None:
        self._console = Console(stderr=True)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(bar_width=None),
            TextColumn("{task.fields[articles]} articles"),
            TextColumn("{task.fields[events]} events"),
            TextColumn("[red]{task.fields[errors]} errors"),
            TimeElapsedColumn(),
            console=self._console,
            disable=not enabled,
            transient=False,
        )
        self._task = self._progress.add_task(
            "ingesting", total=None, articles=0, events=0, errors=0
        )
        self._articles = self._events = self._errors = 0

    def update(self, outcome: IngestOutcome) -> None:
        self._articles += outcome.state != "failed"
        self._events += outcome.events
        self._errors += outcome.state == "failed"
        self._progress.update(
            self._task,
            description=outcome.origin[-40:],
            articles=self._articles,
            events=self._events,
            errors=self._errors,
        )

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.update(self._task, description="done")
        self._progress.stop()


def ingest_summary(report: IngestReport, counts: StoreCounts, db: str) -> list[Table]:
    """What this run did, what the store now holds, and each failed item with its reason."""
    run = Table(title="this run", title_justify="left")
    for column in ("stored", "already stored", "unsupported language", "failed", "undated",
                   "events"):  # fmt: skip
        run.add_column(column, justify="right")
    run.add_row(*map(str, (report.stored, report.skipped, report.unsupported, report.failed,
                           report.undated, report.events)))  # fmt: skip
    held = Table(title=f"the store ({db})", title_justify="left")
    for column in ("articles", "unsupported", "undated", "events", "merged events", "errors"):
        held.add_column(column, justify="right")
    held.add_row(*map(str, (counts.articles, counts.unsupported, counts.undated, counts.events,
                            counts.merged_events, counts.errors)))  # fmt: skip
    tables = [run, held]
    if report.failures:
        failed = Table(title="failed items", title_justify="left")
        failed.add_column("input", overflow="fold")
        failed.add_column("reason", overflow="fold")
        for outcome in report.failures[:_MAX_FAILURES_SHOWN]:
            failed.add_row(outcome.origin, outcome.message)
        if len(report.failures) > _MAX_FAILURES_SHOWN:
            failed.add_row("...", f"{len(report.failures) - _MAX_FAILURES_SHOWN} more")
        tables.append(failed)
    return tables


def event_table(events: Sequence[MergedEvent], total: int) -> Table:
    """One line per merged event: dates, type, place, actors, fatalities, sources."""
    table = Table(
        title=f"{len(events)} of {total} events",
        title_justify="left",
        show_lines=False,
    )
    for column in ("date", "type", "sub-type", "place", "actor 1", "actor 2", "deaths", "src",
                   "status"):  # fmt: skip
        table.add_column(
            column,
            overflow="fold",
            no_wrap=column == "date",
            justify="right" if column in ("deaths", "src") else "left",
        )
    for item in events:
        e = item.event
        when = e.when
        dates = ""
        if when and when.start:
            dates = when.start if when.end in (None, when.start) else f"{when.start}..{when.end}"
        place = ""
        if e.place:
            place = ", ".join(p for p in (e.place.name, e.place.country) if p)
        deaths = "" if not e.fatalities or e.fatalities.best is None else str(e.fatalities.best)
        if any(d.field == "fatalities" for d in item.disagreements):
            deaths += "*"
        table.add_row(
            dates,
            e.event_type or e.plover or f"({e.kind.value})",
            e.sub_event_type or "",
            place,
            (e.actor1.name or "") if e.actor1 else "",
            (e.actor2.name or "") if e.actor2 else "",
            deaths,
            str(len(e.sources)),
            e.status.value,
        )
    if any(any(d.field == "fatalities" for d in m.disagreements) for m in events):
        table.caption = "* the sources disagree on the toll; the lowest credible figure is shown"
    return table


def print_table(tables: Table | list[Table], out: IO[str]) -> None:
    """Print one or more tables, wide enough for the terminal or 160 columns when piped."""
    console = Console(file=out, width=None if out.isatty() else 160)
    for table in tables if isinstance(tables, list) else [tables]:
        console.print(table)
