"""The HTTP API's request and response bodies (pydantic), as its OpenAPI schema shows them.

Event records are described by the dataclasses of ``wirewatch.types`` themselves, so the
schema cannot drift from ``Event.to_dict()`` and ``MergedEvent.to_dict()``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.dataclasses import dataclass

from wirewatch.types import SCHEMA_VERSION, Disagreement, Event


@dataclass(frozen=True)
class EventRecord(Event):
    """One event as ``Event.to_dict()`` gives it: every field with the spans of text behind
    it (character offsets into the text of article ``article_id``)."""

    schema_version: str = SCHEMA_VERSION


class CorrectionRecord(BaseModel):
    """An analyst's correction as an event record shows it."""

    field: str
    value: Any = Field(description="a name, a date, a place object, a number or true")
    author: str
    created_at: str
    note: str | None = None


class MergedEventRecord(BaseModel):
    """One happening as one or more articles report it (``MergedEvent.to_dict()``):
    ``event`` is the reconciled record, ``members`` the ids of the per-article events merged
    into it, ``disagreements`` the fields on which its sources differ."""

    schema_version: str
    event: EventRecord
    members: list[str]
    disagreements: list[Disagreement]
    corrections: list[CorrectionRecord] = Field(
        default_factory=list,
        description="analysts' corrections, oldest first; the latest "
        "per field is applied to the event",
    )


class EventPage(BaseModel):
    """One page of the merged events matching the filters."""

    total: int = Field(description="how many events match the filters, all pages together")
    limit: int
    offset: int
    events: list[MergedEventRecord]


class SourceArticle(BaseModel):
    """An article that reports an event (its text is at ``/api/articles/{id}``)."""

    id: str
    title: str | None
    url: str | None
    source: str | None = Field(description="the outlet or agency")
    published: date | None
    origin: str = Field(description="the path, URL or request it was read from")


class EventDetail(BaseModel):
    """A merged event with its source articles and its per-article member events; each
    member's evidence spans point into its own article's text."""

    event: MergedEventRecord
    sources: list[SourceArticle]
    members: list[EventRecord]


class ArticleDetail(BaseModel):
    """A stored article, its text, and the merged events it is a source of."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: date | None
    published_basis: str = Field(description="metadata, user, dateline or missing")
    lang: str
    text: str
    events: list[str] = Field(description="ids of the merged events it is a source of")


class EventStatsBody(BaseModel):
    """How the matching merged events spread by type, ISO week and place."""

    total: int
    by_type: dict[str, int] = Field(
        description="ACLED event type, else PLOVER code, else kind; adds up to total"
    )
    by_week: dict[str, int] = Field(description="ISO week of the start date (2016-W17)")
    by_place: dict[str, int] = Field(description="place name, most events first")
    undated: int = Field(description="events with no start date (not in by_week)")
    unplaced: int = Field(description="events with no place name (not in by_place)")


class ArticleIn(BaseModel):
    """An article to store: its text and what is known of it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article's text (UTF-8, as published)")
    title: str | None = None
    url: str | None = None
    published: str | None = Field(
        default=None, description="publication date, YYYY-MM-DD or an ISO datetime"
    )
    source: str | None = Field(default=None, description="the outlet or agency")
    lang: str | None = Field(
        default=None, description="language code; by default the language is identified"
    )


class CorrectionIn(BaseModel):
    """An analyst's correction of one field of an event, or its rejection."""

    model_config = ConfigDict(extra="forbid")

    field: str = Field(
        description="event_type, sub_event_type, date, place, fatalities, actor1, actor2 "
        "or rejected"
    )
    value: str | int | bool | dict[str, Any] = Field(
        description='YYYY-MM-DD[/YYYY-MM-DD] for date; {"name", "latitude", "longitude"} for '
        "place; a whole number for fatalities; true for rejected; else a name"
    )
    author: str
    note: str | None = None


class IngestResult(BaseModel):
    """What became of a posted article."""

    article_id: str
    stored: bool = Field(description="false when the article was already stored")
    events: int = Field(description="how many events the article reports")


class ErrorBody(BaseModel):
    """Why a request failed: a message a person can act on, and wirewatch's error code."""

    detail: str
    code: str | None = None
