"""A local HTTP server for the ingest tests: pages, feeds, redirects and failures on 127.0.0.1.

Routes: ``/pages/<file>`` serves ``tests/resources/ingest/<file>`` with ``{base}`` replaced by
the server's address (``?type=`` overrides the content type); ``/redirect?to=<url>`` answers
302; ``/status/<code>`` answers that status; ``/slow`` waits before answering; ``/big`` and
``/big-unsized`` send more than the tests' byte limit, with and without a Content-Length;
``/latin1`` is a page whose charset only the HTTP header gives; ``/text`` is plain text;
``/png`` is an image.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wirewatch.ingest import UrlFetcher

RESOURCES = Path(__file__).resolve().parent / "resources" / "ingest"
SLOW_SECONDS = 1.5
BIG_BYTES = 64 * 1024
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".jsonl": "application/x-ndjson",
}
LATIN1_PAGE = (
    "<html><head><title>Alep</title></head><body><article><p>"
    + "Des frappes aériennes ont visé à l'aube des quartiers rebelles d'Alep, "
    "selon des secouristes déployés sur place. " * 4 + "</p></article></body></html>"
).encode("latin-1")


@dataclass
class Site:
    """The running server: its base URL and the paths it was asked for, in order."""

    base: str
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.site.requests.append(self.path)
        parts = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(parts.query))
        path = parts.path
        if path.startswith("/pages/"):
            file = RESOURCES / path.removeprefix("/pages/")
            if not file.is_file():
                self._send(404, b"not found", "text/plain")
                return
            body = file.read_bytes().replace(b"{base}", self.server.site.base.encode())
            self._send(200, body, query.get("type", _TYPES.get(file.suffix, "text/plain")))
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", query["to"])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/status/"):
            self._send(int(path.removeprefix("/status/")), b"error page", "text/html")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, b"late", "text/plain")
        elif path == "/big":
            self._send(200, b"a" * BIG_BYTES, "text/plain")
        elif path == "/big-unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"a" * BIG_BYTES)
            self.close_connection = True
        elif path == "/latin1":
            self._send(200, LATIN1_PAGE, "text/html; charset=iso-8859-1")
        elif path == "/text":
            self._send(200, (RESOURCES / "tripoli.txt").read_bytes(), "text/plain; charset=utf-8")
        elif path == "/png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet: clients hang up early on purpose (a size limit, a timeout)."""


@pytest.fixture(scope="session")
def server() -> Iterator[Site]:
    """A server on 127.0.0.1 (a free port), running for the whole session."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.site = Site(f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.site
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def site(server: Site) -> Site:
    """The server, with the list of paths it was asked for emptied for this test."""
    server.requests.clear()
    return server


@pytest.fixture
def fetcher() -> UrlFetcher:
    """A fetcher that may fetch from 127.0.0.1 (and nothing else private)."""
    return UrlFetcher(allow_hosts={"127.0.0.1"}, timeout=5)
