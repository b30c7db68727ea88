"""The HTTP API's request-size limit: an ASGI middleware that refuses large bodies (413).

The declared ``Content-Length`` is checked first; the body actually received is counted as
well (a chunked request declares no length), and read whole before the app sees it, so no
route ever parses more than the limit.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOO_LARGE = 413
BAD_REQUEST = 400


class BodyLimit:
    """Refuse HTTP requests whose body is over ``max_bytes`` with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and not declared.strip().isdigit():
            reason = f"bad Content-Length header: {declared!r}"
            await _refuse(BAD_REQUEST, reason, "input", scope, send)
            return
        if declared is not None and int(declared) > self.max_bytes:
            await self._too_large(scope, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away before sending its whole body
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await self._too_large(scope, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, send: Send) -> None:
        reason = f"the request body is over the server's limit of {self.max_bytes} bytes"
        await _refuse(TOO_LARGE, reason, "input.too_large", scope, send)


async def _refuse(status: int, message: str, code: str, scope: Scope, send: Send) -> None:
    """Answer with ``status`` and a JSON error body, as the API's routes do."""
    await JSONResponse({"detail": message, "code": code}, status)(scope, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}
