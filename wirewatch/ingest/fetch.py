"""Fetching URLs: a small ``Fetcher`` protocol and its urllib implementation, which refuses
private, loopback and other non-public addresses (also after a redirect)."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import Message
from typing import IO, Protocol

from wirewatch.errors import FetchError, ForbiddenAddressError, InputError
from wirewatch.ingest.plaintext import MAX_BYTES, check_size

SCHEMES = ("http", "https")
_ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"
)
_USER_AGENT = "wirewatch (conflict-event extraction)"
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource: its final URL (after redirects), status, content type and body."""

    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def media_type(self) -> str:
        """The content type without parameters, lowercase: «text/html»."""
        return self.content_type.split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the content type declares, if any."""
        message = Message()
        message["content-type"] = self.content_type
        charset = message.get_param("charset")
        return charset if isinstance(charset, str) and charset else None


class Fetcher(Protocol):
    """Something that fetches a URL; raises :class:`FetchError` (or a subclass) when it cannot."""

    def fetch(self, url: str) -> Fetched: ...


class UrlFetcher:
    """HTTP(S) fetching with urllib, refusing non-public addresses unless allowed.

    Every address the host resolves to must be public (not private, loopback, link-local,
    reserved, multicast or unspecified); redirects are checked the same way.
    ``allow_hosts`` names hosts or IP addresses that are fetched all the same (a local
    test server, an intranet mirror); ``allow_private`` turns the check off.
    ``timeout`` is in seconds, for connecting and for each read.

    The check resolves the host before urllib connects (and resolves it again); a host whose
    DNS answer changes in between (DNS rebinding) is not caught.
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allow_hosts: Iterable[str] = frozenset(),
        timeout: float = 20.0,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.allow_private = allow_private
        self.allow_hosts = frozenset(_host_key(host) for host in allow_hosts)
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._opener = urllib.request.build_opener(_CheckedRedirects(self.check_url))

    def fetch(self, url: str) -> Fetched:
        """The resource at ``url``; a refused address, an HTTP error or a timeout raise."""
        self.check_url(url)
        request = urllib.request.Request(
            url, headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT}
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                length = response.headers.get("Content-Length", "")
                if length.isdigit():
                    check_size(int(length), self.max_bytes, url)
                body = response.read(self.max_bytes + 1)
                check_size(len(body), self.max_bytes, url)
                content_type = response.headers.get("Content-Type", "")
                return Fetched(response.geturl(), response.status, content_type, body)
        except urllib.error.HTTPError as exc:
            exc.close()
            raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from exc
        except urllib.error.URLError as exc:
            raise FetchError(f"{url}: {self._describe(exc.reason)}") from exc
        except (http.client.HTTPException, OSError, ValueError) as exc:
            raise FetchError(f"{url}: {self._describe(exc)}") from exc

    def check_url(self, url: str) -> None:
        """Refuse a URL that is not http(s) or whose host is not public (and not allowed)."""
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise FetchError(f"{url}: not a valid URL ({exc})") from exc
        if parts.scheme.lower() not in SCHEMES:
            raise FetchError(f"{url}: only http:// and https:// URLs can be fetched")
        if not parts.hostname:
            raise FetchError(f"{url}: the URL names no host")
        host = _host_key(parts.hostname)
        if self.allow_private or host in self.allow_hosts:
            return
        for address in self._addresses(url, host, port or _default_port(parts.scheme)):
            kind = _non_public_kind(address)
            if kind and str(address) not in self.allow_hosts:
                named = f"{host} resolves to {address}" if host != str(address) else host
                raise ForbiddenAddressError(
                    f"{url}: {named}, a {kind} address; wirewatch does not fetch from private "
                    "or local networks (allow the host explicitly if you mean to)"
                )

    def _addresses(self, url: str, host: str, port: int) -> list[_IPAddress]:
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            pass
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"{url}: the host {host} cannot be resolved ({exc})") from exc
        return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]

    def _describe(self, reason: object) -> str:
        if isinstance(reason, TimeoutError | socket.timeout):
            return f"no answer within {self.timeout:g} seconds (timed out)"
        if isinstance(reason, socket.gaierror):
            return f"the host cannot be resolved ({reason.strerror})"
        if isinstance(reason, ConnectionRefusedError):
            return "the connection was refused"
        return f"the request failed ({reason})"


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects that pass the same address check as the first request."""

    def __init__(self, check: Callable[[str], None]) -> None:
        self._check = check

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            self._check(newurl)
        except InputError:
            fp.close()
            raise
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _non_public_kind(address: _IPAddress) -> str | None:
    """What kind of non-public address this is («loopback», «private»...), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-public", not address.is_global),
    )
    return next((kind for kind, matches in checks if matches), None)


def _host_key(host: str) -> str:
    return host.strip().strip("[]").lower()


def _default_port(scheme: str) -> int:
    return 443 if scheme.lower() == "https" else 80
