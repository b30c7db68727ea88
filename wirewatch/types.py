"""The event record and its parts: immutable values every stage passes downstream.

Everything here is plain data (frozen, slotted dataclasses) with a JSON form. An event field
that the text does not support, or that a later stage has not resolved yet, is ``None``,
never a made-up default. Every value extracted from text keeps the character offsets of the
words it came from, in the *original* article text (``Article.text``).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

SCHEMA_VERSION = "1.0"

JSON = dict[str, Any]
_T = TypeVar("_T")


class Kind(enum.StrEnum):
    """What sort of thing a record describes."""

    EVENT = "event"
    AGGREGATE = "aggregate"  # a running total over a period ("246 civils depuis le 22 avril")
    CEASEFIRE = "ceasefire"
    DISPLACEMENT = "displacement"


class Status(enum.StrEnum):
    """Whether the article says the event happened."""

    REPORTED = "reported"
    NEGATED = "negated"
    PLANNED = "planned"
    ONGOING = "ongoing"
    UNCERTAIN = "uncertain"


# Statuses of events that happen on the day told, what ACLED codes: done, or going on
# ("continued their sit-in", "bombarded for several days").
HAPPENING = frozenset({Status.REPORTED, Status.ONGOING})


class Role(enum.StrEnum):
    """How an actor takes part in an event."""

    AGENT = "agent"
    TARGET = "target"
    RECIPIENT = "recipient"
    SPONSOR = "sponsor"
    VICTIM = "victim"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as wirewatch receives it."""

    text: str
    published: date | None = None
    lang: str = "fr"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text, self.url))


def article_id(text: str, url: str | None = None) -> str:
    """A stable id: the same text (whitespace-insensitive) and url give the same id."""
    digest = hashlib.sha256()
    digest.update(" ".join(text.split()).encode("utf-8"))
    digest.update(b"\x00")
    digest.update((url or "").encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Mention:
    """A labelled stretch of text found by an annotator (a trigger, a place name, a cue)."""

    span: Span
    label: str


@dataclass(frozen=True, slots=True)
class Actor:
    """One participant. ``mention`` is the words; ``name``/``inter``/``country`` are resolved."""

    role: Role
    mention: Span | None = None
    antecedent: Span | None = None  # what a pronoun ("Il", "elle") refers back to
    implied: bool = False  # no words name it; the event type implies it (protesters)
    concept: str | None = None  # resource concept the words matched ("government_forces")
    name: str | None = None
    inter: int | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where the event happened (or the place it is related to)."""

    mention: Span | None = None
    relation: str = "in"  # in | near | part_of | capital | country_scope | multiple_countries
    reference: Span | None = None  # the place a phrase like "la ville" refers back to
    context: Span | None = None  # descriptor words: "banlieue rebelle à la périphérie nord de"
    source: str = "text"  # text | reference | article_focus | article_country
    # the area another telling of the event placed it in, when the event was moved to a town
    # ("raided a cattle camp in Jonglei state ... struck the camp near Padiet"): where the
    # resolver codes it when the gazetteer holds neither the town nor the areas written with it
    area: Span | None = None
    is_event_location: bool = True
    name: str | None = None
    geonames_id: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a TIMEX3 value that names a day
_MID_MONTH = 15  # the day ACLED codes for an event it only knows the month of


@dataclass(frozen=True, slots=True)
class When:
    """When the event happened: the words, and the dates the time resolver gave them.

    ``basis`` says where the dates come from: ``text`` (the event's time words) or
    ``publication`` (no time words: an event the article reports as done is dated, as ACLED
    codes it, to the publication day, with time_precision 2).
    """

    mention: Span | None = None
    expressions: tuple[Span, ...] = ()  # every time expression that bears on the event
    inherited: bool = False  # taken from the preceding mention of the same kind of event
    basis: str = "text"
    start: str | None = None
    end: str | None = None
    time_precision: int | None = None
    value: str | None = None  # TIMEX3-style value

    def coded_day(self) -> date | None:
        """The one day ACLED codes for these dates: the day itself, the first day of days
        the text names ("between 22 and 23 March": its ``value`` is a day), or the middle of
        a period it only knows roughly ("last week"), the 15th of a month it only knows ("in
        October"); None without a start."""
        try:
            start = date.fromisoformat(self.start or "")
            end = date.fromisoformat(self.end) if self.end else start
        except ValueError:
            return None
        if self.time_precision == 1 or end <= start or _DAY_VALUE.match(self.value or ""):
            return start
        if start.day == 1 and end == (start + timedelta(days=31)).replace(day=1) - timedelta(1):
            return start.replace(day=_MID_MONTH)  # a whole month: ACLED codes its 15th
        return start + (end - start) // 2


@dataclass(frozen=True, slots=True)
class Count:
    """A number phrase ("dix morts", "une trentaine de raids") and, once resolved, its value."""

    mention: Span
    label: str  # killed | injured | arrested | abducted | displaced | size | population | ...
    value: int | None = None
    low: int | None = None
    high: int | None = None
    lower_bound: bool | None = None
    approximate: bool | None = None


@dataclass(frozen=True, slots=True)
class Fatalities:
    """Deaths (ACLED's conservative best figure once resolved) with their breakdown."""

    mention: Span | None = None
    best: int | None = None
    low: int | None = None
    high: int | None = None
    lower_bound: bool | None = None
    approximate: bool | None = None
    breakdown: tuple[Count, ...] = ()  # "dont deux enfants"
    injured: Count | None = None
    arrested: Count | None = None
    abducted: Count | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says so: the source phrase and the cue that introduced it."""

    source: Span | None = None
    cue: Span | None = None
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """The spans that support one field of an event."""

    field: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """One event record; every output format is a view of it."""

    id: str
    article_id: str
    kind: Kind
    status: Status
    trigger: Span
    sentence: Span
    paragraph: int  # 1-based line of the article
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    concept: str | None = None  # language-neutral trigger concept ("airstrike")
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: tuple[Actor, ...] = ()
    place: Place | None = None
    when: When | None = None
    fatalities: Fatalities | None = None
    size: Count | None = None  # how many strikes, how many people displaced
    attribution: Attribution | None = None
    mentions: tuple[Span, ...] = ()  # every trigger merged into this event
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    sources: tuple[str, ...] = ()

    def to_dict(self) -> JSON:
        """The record as JSON-ready data, tagged with the schema version."""
        data = _plain(self)
        assert isinstance(data, dict)
        return {"schema_version": SCHEMA_VERSION, **data}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """The record back from :meth:`to_dict`'s form (a stored row, a JSONL line)."""
        return from_plain(cls, {k: v for k, v in data.items() if k != "schema_version"})


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One field on which the articles merged into an event give different values."""

    field: str
    values: tuple[tuple[str, str], ...]  # (article id, the value that article gives)


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One happening as one or more articles report it: the cross-article merge's output.

    ``event`` is the reconciled record: its ``id`` is the merged event's id, its ``sources``
    every article that reports it, its fatalities the conservative reconciliation of theirs.
    ``members`` are the ids of the per-article events merged into it; ``disagreements`` keep
    visible the fields on which those articles differ.
    """

    event: Event
    members: tuple[str, ...]
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def id(self) -> str:
        return self.event.id

    def to_dict(self) -> JSON:
        return {
            "schema_version": SCHEMA_VERSION,
            "event": self.event.to_dict(),
            "members": list(self.members),
            "disagreements": _plain(self.disagreements),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MergedEvent:
        return cls(
            event=Event.from_dict(data["event"]),
            members=tuple(data["members"]),
            disagreements=tuple(
                from_plain(Disagreement, item) for item in data.get("disagreements", ())
            ),
        )


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What processing one article produced."""

    article: Article
    events: tuple[Event, ...]
    headings: tuple[Span, ...] = ()
    dateline: Span | None = None
    signoff: Span | None = None
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> JSON:
        """The result as JSON-ready data, tagged with the schema version."""
        return {
            "schema_version": SCHEMA_VERSION,
            "article": _plain(self.article),
            "events": [event.to_dict() for event in self.events],
            "headings": _plain(self.headings),
            "dateline": _plain(self.dateline),
            "signoff": _plain(self.signoff),
            "warnings": list(self.warnings),
        }


def _plain(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples to JSON-ready dicts, strings and lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def from_plain(cls: type[_T], data: Any) -> _T:
    """A dataclass rebuilt from the JSON-ready form :func:`_plain` gives it."""
    return typing.cast(_T, _revive(cls, data))


@functools.cache
def _field_hints(cls: type) -> dict[str, Any]:
    """A dataclass's fields and their resolved types (resolving them is slow: once each)."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _revive(hint: Any, value: Any) -> Any:
    """``value`` (JSON data) as the type ``hint`` names: dataclass, enum, date, tuple, union."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _revive(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_revive(args[0], item) for item in value)
        return tuple(_revive(arg, item) for arg, item in zip(args, value, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _field_hints(hint)
        return hint(**{k: _revive(hints[k], v) for k, v in value.items() if k in hints})
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint is date:
        return date.fromisoformat(value)
    return value
