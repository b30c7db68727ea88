"""What the HTTP API's routes depend on: the state one app shares (where the store is, the
token, the write lock), the bearer-token check, the event filters from query parameters, and
wirewatch's errors as HTTP answers."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from wirewatch.config import Settings
from wirewatch.errors import InputError, StoreError, UnsupportedLanguageError, WirewatchError
from wirewatch.store import EventQuery, SqlStore, open_store


@dataclass(frozen=True, slots=True)
class ApiState:
    """What the routes of one app share: where the store is, the token, the write lock."""

    target: str
    token: str | None
    settings: Settings
    writing: threading.Lock

    @contextmanager
    def store(self) -> Iterator[SqlStore]:
        """The store, opened for one request in the calling thread."""
        with open_store(self.target) as store:
            yield store

    def check(self) -> None:
        """Open the store once (migrating it): a bad target fails at start-up."""
        with self.store():
            pass


async def domain_error(request: Request, exc: Exception) -> JSONResponse:
    """A wirewatch error as JSON: its message and code, with the status that fits it."""
    if isinstance(exc, InputError | UnsupportedLanguageError):
        status = 422
    elif isinstance(exc, StoreError):
        status = 503
    else:
        status = 500
    code = exc.code if isinstance(exc, WirewatchError) else None
    return JSONResponse({"detail": str(exc), "code": code}, status_code=status)


async def api_state(request: Request) -> ApiState:
    """The state of the app that serves the request."""
    api = request.app.state.wirewatch
    assert isinstance(api, ApiState)
    return api


_bearer = HTTPBearer(
    auto_error=False,
    description="the token the server was started with (--token or WIREWATCH_API_TOKEN)",
)


def authorized(
    api: Annotated[ApiState, Depends(api_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Let the request through only with the operator's bearer token."""
    if api.token is None:
        raise HTTPException(
            403,
            "posting articles and corrections is disabled on this server: start it with "
            "--token TOKEN "
            "or with the environment variable WIREWATCH_API_TOKEN set",
        )
    given = credentials.credentials.encode() if credentials is not None else b""
    if not given or not hmac.compare_digest(given, api.token.encode()):
        raise HTTPException(
            401,
            "a valid token is needed: send the header 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def event_filters(
    start: Annotated[
        date | None, Query(alias="from", description="events ending on or after (YYYY-MM-DD)")
    ] = None,
    end: Annotated[
        date | None, Query(alias="to", description="events starting on or before (YYYY-MM-DD)")
    ] = None,
    event_type: Annotated[
        str | None, Query(alias="type", description="ACLED event or sub-event type, any case")
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO code (SY) or name in English or French")
    ] = None,
    near: Annotated[
        str | None, Query(description="LAT,LON,KM: within KM of a point (36.2,37.16,25)")
    ] = None,
    actor: Annotated[str | None, Query(description="words of actor1's or actor2's name")] = None,
    text: Annotated[str | None, Query(description="words in a source article")] = None,
) -> EventQuery:
    """The filters of ``wirewatch events`` from query parameters."""
    return EventQuery(
        start=start,
        end=end,
        event_type=event_type or None,
        country=country or None,
        near=_near(near) if near else None,
        actor=actor or None,
        text=text or None,
    )


def _near(value: str) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(part) for part in value.split(","))
    except ValueError:
        raise InputError(f"near needs LAT,LON,KM (e.g. 36.2,37.16,50), got {value!r}") from None
    return lat, lon, km


# What a route declares to receive the app's state and the event filters.
Api = Annotated[ApiState, Depends(api_state)]
Filters = Annotated[EventQuery, Depends(event_filters)]
