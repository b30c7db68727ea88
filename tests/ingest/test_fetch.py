"""Tests for wirewatch.ingest.fetch: the address guard, redirects, errors and size limits."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import pytest

from tests.http_site import BIG_BYTES, Site
from wirewatch.errors import FetchError, ForbiddenAddressError, TooLargeError
from wirewatch.ingest import Fetched, UrlFetcher


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/pages/mopti.html",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/pages/mopti.html",
        "http://[::ffff:127.0.0.1]:{port}/pages/mopti.html",
        "http://0.0.0.0:{port}/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "https://[fe80::1]/",
        "http://127.1:{port}/",
    ],
)
def test_fetch_default_fetcher_refuses_non_public_addresses(site: Site, url: str) -> None:
    with pytest.raises(ForbiddenAddressError, match="does not fetch from private"):
        UrlFetcher().fetch(url.format(port=site.port))
    assert site.requests == []


@pytest.mark.parametrize(
    ("addresses", "refused"),
    [
        (["10.1.2.3"], True),
        (["93.184.215.14", "127.0.0.1"], True),  # every address counts, not only the first
        (["2001:4860:4860::8888", "fd00::1"], True),
        (["93.184.215.14"], False),
        (["2001:4860:4860::8888"], False),
    ],
)
def test_fetch_checks_every_address_a_name_resolves_to(
    monkeypatch: pytest.MonkeyPatch, addresses: list[str], refused: bool
) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(addresses))
    check = UrlFetcher().check_url
    if refused:
        with pytest.raises(ForbiddenAddressError, match=r"news\.example resolves to"):
            check("https://news.example/article")
    else:
        check("https://news.example/article")


def test_fetch_names_a_host_that_cannot_be_resolved(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchError, match=r"no-such-host\.example cannot be resolved") as caught:
        UrlFetcher().fetch("https://no-such-host.example/")
    assert not isinstance(caught.value, ForbiddenAddressError)
    assert isinstance(caught.value.__cause__, socket.gaierror)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://news.example/", "http:///nohost"],
)
def test_fetch_refuses_other_schemes_and_hostless_urls(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        UrlFetcher(allow_private=True).fetch(url)
    assert not isinstance(caught.value, ForbiddenAddressError)


@pytest.mark.parametrize(
    "make",
    [
        lambda: UrlFetcher(allow_hosts={"127.0.0.1"}),
        lambda: UrlFetcher(allow_hosts=["LOCALHOST", "127.0.0.1"]),
        lambda: UrlFetcher(allow_private=True),
    ],
)
def test_fetch_allowed_local_server_is_fetched(site: Site, make: Callable[[], UrlFetcher]) -> None:
    fetched = make().fetch(site.url("/pages/mopti.html"))
    assert fetched.status == 200
    assert fetched.media_type == "text/html"
    assert fetched.charset == "utf-8"
    assert b"Mopti" in fetched.body
    assert site.requests == ["/pages/mopti.html"]


def test_fetch_follows_an_allowed_redirect(site: Site, fetcher: UrlFetcher) -> None:
    target = site.url("/pages/alep.html")
    fetched = fetcher.fetch(site.url(f"/redirect?to={target}"))
    assert fetched.url == target
    assert b"Alep" in fetched.body


@pytest.mark.parametrize(
    ("allowed", "start_host", "target"),
    [
        ("localhost", "localhost", "http://127.0.0.1:{port}/pages/mopti.html"),
        ("127.0.0.1", "127.0.0.1", "http://10.0.0.1/secret"),
        ("127.0.0.1", "127.0.0.1", "http://169.254.169.254/latest/meta-data/"),
    ],
)
def test_fetch_redirect_to_a_private_address_is_refused(
    site: Site, allowed: str, start_host: str, target: str
) -> None:
    start = f"http://{start_host}:{site.port}/redirect?to={target.format(port=site.port)}"
    with pytest.raises(ForbiddenAddressError):
        UrlFetcher(allow_hosts={allowed}, timeout=5).fetch(start)
    assert site.requests == [start.split(str(site.port), 1)[1]]  # the redirect, nothing after


def test_fetch_redirect_to_a_file_url_is_refused(site: Site, fetcher: UrlFetcher) -> None:
    with pytest.raises(FetchError, match="file:///etc/passwd"):
        fetcher.fetch(site.url("/redirect?to=file:///etc/passwd"))
    assert site.requests == ["/redirect?to=file:///etc/passwd"]


@pytest.mark.parametrize("status", [403, 404, 410, 500, 503])
def test_fetch_http_error_status_is_a_fetch_error(
    site: Site, fetcher: UrlFetcher, status: int
) -> None:
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        fetcher.fetch(site.url(f"/status/{status}"))


def test_fetch_timeout_is_a_fetch_error(site: Site) -> None:
    with pytest.raises(FetchError, match="timed out"):
        UrlFetcher(allow_hosts={"127.0.0.1"}, timeout=0.3).fetch(site.url("/slow"))


def test_fetch_refused_connection_is_a_fetch_error(fetcher: UrlFetcher) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="refused"):
        fetcher.fetch(f"http://127.0.0.1:{port}/")


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_fetch_body_over_the_limit_is_too_large(site: Site, path: str) -> None:
    limited = UrlFetcher(allow_hosts={"127.0.0.1"}, timeout=5, max_bytes=BIG_BYTES // 2)
    with pytest.raises(TooLargeError, match="32 KiB"):
        limited.fetch(site.url(path))


def test_fetch_body_at_the_limit_is_fetched(site: Site) -> None:
    exact = UrlFetcher(allow_hosts={"127.0.0.1"}, timeout=5, max_bytes=BIG_BYTES)
    assert len(exact.fetch(site.url("/big-unsized")).body) == BIG_BYTES


@pytest.mark.parametrize(
    ("content_type", "media_type", "charset"),
    [
        ("text/html; charset=UTF-8", "text/html", "UTF-8"),
        ('Application/RSS+XML; charset="iso-8859-1"', "application/rss+xml", "iso-8859-1"),
        ("text/plain", "text/plain", None),
        ("", "", None),
    ],
)
def test_fetch_fetched_reads_its_content_type(
    content_type: str, media_type: str, charset: str | None
) -> None:
    fetched = Fetched("https://news.example/", 200, content_type, b"")
    assert (fetched.media_type, fetched.charset) == (media_type, charset)


def _resolver(addresses: list[str]) -> Callable[..., list[Any]]:
    def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        family = {4: socket.AF_INET, 6: socket.AF_INET6}
        return [
            (family[6 if ":" in a else 4], socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses
        ]

    return resolve
