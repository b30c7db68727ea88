"""The HTTP API (``create_app``): merged events, their sources and articles, statistics, and
posting articles. Each route parses its input, calls the store or ``process.ingest_article``
and maps wirewatch's errors to HTTP statuses.

Connections: every request opens its own store in the worker thread that serves it and
closes it there before answering. A SQLite connection may only be used by the thread that
made it, and FastAPI runs a dependency's setup, the route and its teardown in different
worker threads, so the store is opened inside the route rather than by a dependency.
Readers never wait for one another (SQLite's WAL journal, PostgreSQL's MVCC); a lock keeps
posted articles one at a time, so that two merged-table refreshes cannot interleave and
the spaCy pipeline serves one article at a time. The lifespan opens the store once at
start-up (applying any missing migration), so a bad target fails there, not on a request.
"""

from __future__ import annotations

import io
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from wirewatch.config import Settings
from wirewatch.errors import WirewatchError
from wirewatch.export import write_events
from wirewatch.export.acled import source_ids
from wirewatch.ingest.items import article_item
from wirewatch.ingest.jsonl import parse_published
from wirewatch.process import ingest_article
from wirewatch.serve.api_deps import Api, ApiState, Filters, authorized, domain_error
from wirewatch.serve.api_limits import BodyLimit
from wirewatch.serve.api_models import (
    ArticleDetail,
    ArticleIn,
    CorrectionIn,
    ErrorBody,
    EventDetail,
    EventPage,
    EventStatsBody,
    IngestResult,
)
from wirewatch.store import SqlStore, StoredArticle
from wirewatch.types import MergedEvent

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
POST_ORIGIN = "POST /api/articles"  # an article's origin when the request names no URL
_CSV = "text/csv; charset=utf-8"
_GEOJSON = "application/geo+json"
_NO_PAGE = (
    "<!doctype html><meta charset=utf-8><title>wirewatch</title>"
    "<p>The wirewatch web page is not installed here. "
    'The API is described at <a href="/docs">/docs</a>.</p>\n'
)
_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "bad parameters or input"},
    503: {"model": ErrorBody, "description": "the store cannot be read or written"},
}


def create_app(
    store_target: str,
    *,
    token: str | None = None,
    max_body_bytes: int = 1_000_000,
    web_dir: Path | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """The API over the store at ``store_target`` (a SQLite path or ``postgresql://`` URL).

    ``token``: the bearer token that lets ``POST /api/articles`` store articles (without
    one, posting is refused). ``web_dir``: a folder whose ``index.html`` is served at ``/``
    and whose files are served under ``/static``. ``settings``: how posted articles are
    processed.
    """
    api = ApiState(str(store_target), token or None, settings or Settings(), threading.Lock())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(api.check)
        yield

    app = FastAPI(
        title="wirewatch",
        version=_version(),
        description="Conflict events extracted from news articles (ACLED and PLOVER "
        "taxonomies), merged across articles, with the words of the articles behind them.",
        lifespan=lifespan,
    )
    app.state.wirewatch = api
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_exception_handler(WirewatchError, domain_error)
    app.include_router(router)
    if web_dir is not None and web_dir.is_dir():
        app.mount("/static", StaticFiles(directory=web_dir), name="static")

    @app.get("/", include_in_schema=False)
    async def index() -> Response:
        page = web_dir / "index.html" if web_dir is not None else None
        if page is not None and page.is_file():
            return FileResponse(page)
        return HTMLResponse(_NO_PAGE)

    return app


def _version() -> str:
    try:
        return version("wirewatch")
    except PackageNotFoundError:
        return "0"


router = APIRouter(prefix="/api", responses=_ERRORS)


@router.get(
    "/events",
    response_model=EventPage,
    responses={
        200: {
            "description": "JSON (EventPage); GeoJSON FeatureCollection; or ACLED CSV",
            "content": {_GEOJSON: {}, "text/csv": {}},
        }
    },
)
def list_events(
    api: Api,
    query: Filters,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    fmt: Annotated[Literal["json", "geojson", "csv"], Query(alias="format")] = "json",
) -> dict[str, Any] | Response:
    """Merged events matching the filters, by start date then id (undated last), one page
    at a time; ``total`` counts every match."""
    query = replace(query, limit=limit, offset=offset)
    with api.store() as store:
        total = store.count_events(query)
        if fmt == "json":
            records = store.event_records(query)
            return {"total": total, "limit": limit, "offset": offset, "events": records}
        page = store.events(query)
        wanted = list(dict.fromkeys(i for merged in page for i in source_ids(merged)))
        sources = {stored.article.id: stored.article for stored in store.articles_by_id(wanted)}
    body = io.BytesIO()
    write_events(page, fmt, body, articles=sources)
    headers = {"X-Total-Count": str(total)}
    if fmt == "csv":
        headers["Content-Disposition"] = 'attachment; filename="wirewatch-events.csv"'
    return Response(body.getvalue(), media_type=_CSV if fmt == "csv" else _GEOJSON, headers=headers)


@router.get("/events/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorBody}})
def get_event(event_id: str, api: Api) -> dict[str, Any]:
    """One merged event, the articles that report it, and the per-article events merged into
    it (each member's evidence spans point into its own article's text)."""
    with api.store() as store:
        return _event_detail(store, event_id)


@router.post(
    "/events/{event_id}/corrections",
    response_model=EventDetail,
    responses={
        401: {"model": ErrorBody, "description": "no token or a wrong one"},
        403: {"model": ErrorBody, "description": "posting is disabled on this server"},
        404: {"model": ErrorBody},
    },
    dependencies=[Depends(authorized)],
)
def post_correction(event_id: str, body: CorrectionIn, api: Api) -> dict[str, Any]:
    """Correct one field of a merged event (type, date, place, fatalities, actors) or reject
    it; the correction is kept with its author and time, and the corrected event returned."""
    with api.writing, api.store() as store:
        if store.merged_event_record(event_id) is None:
            raise HTTPException(404, f"no event {event_id!r} in the store")
        store.add_correction(event_id, body.field, body.value, body.author, body.note)
        return _event_detail(store, event_id)


def _event_detail(store: SqlStore, event_id: str) -> dict[str, Any]:
    record = store.merged_event_record(event_id)
    if record is None:
        raise HTTPException(404, f"no event {event_id!r} in the store")
    merged = MergedEvent.from_dict(record)
    sources = store.articles_by_id(source_ids(merged))
    members = store.events_by_id(merged.members)
    return {
        "event": record,
        "sources": [_source(stored) for stored in sources],
        "members": [event.to_dict() for event in members],
    }


def _source(stored: StoredArticle) -> dict[str, Any]:
    article = stored.article
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": article.published,
        "origin": stored.origin,
    }


@router.get(
    "/articles/{article_id}", response_model=ArticleDetail, responses={404: {"model": ErrorBody}}
)
def get_article(article_id: str, api: Api) -> dict[str, Any]:
    """One stored article with its text and the merged events it is a source of."""
    with api.store() as store:
        stored = store.article(article_id)
        if stored is None:
            raise HTTPException(404, f"no article {article_id!r} in the store")
        merged_ids = store.merged_ids_of_article(article_id)
    article = stored.article
    return {
        **_source(stored),
        "published_basis": stored.published_basis,
        "lang": article.lang,
        "text": article.text,
        "events": merged_ids,
    }


@router.get("/stats", response_model=EventStatsBody)
def get_stats(api: Api, query: Filters) -> dict[str, Any]:
    """How the merged events matching the filters spread by type, ISO week and place."""
    with api.store() as store:
        return asdict(store.event_stats(query))


@router.post(
    "/articles",
    status_code=201,
    response_model=IngestResult,
    responses={
        200: {"model": IngestResult, "description": "the article was already stored"},
        401: {"model": ErrorBody, "description": "no token or a wrong one"},
        403: {"model": ErrorBody, "description": "posting is disabled on this server"},
        413: {"model": ErrorBody, "description": "the request body is too large"},
    },
    dependencies=[Depends(authorized)],
)
def post_article(body: ArticleIn, response: Response, api: Api) -> IngestResult:
    """Store an article, extract its events and merge them with the store's (201); an
    article already stored changes nothing (200)."""
    item = article_item(
        body.url or POST_ORIGIN,
        text=body.text,
        metadata_date=parse_published(body.published, "published"),
        user_date=None,
        title=body.title,
        url=body.url,
        source=body.source,
        declared_lang=body.lang,
    )
    with api.writing, api.store() as store:
        outcome = ingest_article(item, store, api.settings)
        stored = outcome.state == "stored"
        found = None if stored else store.article(outcome.article_id or "")
    if not stored:
        response.status_code = 200
    events = outcome.events if found is None else found.n_events
    return IngestResult(article_id=outcome.article_id or "", stored=stored, events=events)
