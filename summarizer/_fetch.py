"""Fetch pages from untrusted links. The only module of the library that touches the network.

Safety, in the order a request meets it:

* ``validate_url`` refuses non-http(s) links, credentials and IP literals in private space
  (also in decimal, octal and hex spellings), before anything is sent;
* the client's network backend resolves the host name once, refuses the connection if *any*
  answer is a blocked address, and connects to the checked IP itself, so a second lookup can
  never return a different (internal) answer; TLS still uses the host name for SNI and the
  certificate check;
* redirects are followed by hand, and every hop goes through both checks again (a small page
  that only sends the browser on with ``<meta http-equiv="refresh">`` counts as a redirect);
* bodies are streamed and reading stops past ``options.max_bytes``; connect, read and total
  time are bounded, and only timeouts, dropped connections and 5xx answers are retried.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import dataclasses
import html
import ipaddress
import logging
import re
import socket
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from summarizer._cache import ArticleCache
from summarizer._charset import decode_guessing
from summarizer._errors import (
    BadStatus,
    BlockedAddressError,
    ContentTooLarge,
    FetchError,
    FetchTimeout,
    HostNotFound,
    RedirectNowhere,
    RedirectRefused,
    SummarizerError,
    TooManyRedirects,
    UnsupportedContentType,
    UnsupportedURLError,
)
from summarizer._models import Article
from summarizer._options import SummarizerOptions
from summarizer._urls import (
    HOST_NOT_FOUND,
    REDIRECT_NOWHERE,
    REDIRECT_REFUSED,
    amp_to_canonical,
    canonical_key,
    is_blocked_address,
    is_blocked_hostname,
    normalize_url,
    parse_ip_host,
    same_site,
    validate_url,
)

logger = logging.getLogger(__name__)

Resolver = Callable[[str, int], Awaitable[list[str]]]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES: tuple[str, ...] = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "text/html",  # many feeds are served as text/html or text/plain
    "text/plain",
    # Older or misconfigured servers; the parser decides whether it is a feed.
    "application/x-rss+xml",
    "application/x-atom+xml",
    "application/feed+json",  # JSON Feed
    "application/json",
    "application/octet-stream",
    "binary/octet-stream",
)
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,"
    "text/xml;q=0.8,*/*;q=0.1"
)

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_BACKOFF_SECONDS = 0.5
_SNIFF_BYTES = 1024
_MAX_CONNECT_SECONDS = 10.0

# Magic numbers of things that are certainly not web pages, whatever the header says.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "application/pdf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"Rar!", "application/vnd.rar"),
    (b"7z\xbc\xaf", "application/x-7z-compressed"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"%!PS", "application/postscript"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""",
    re.IGNORECASE,
)
# WHATWG: labels that browsers read as windows-1252.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched and decoded response (``url`` is the final URL after redirects)."""

    url: str
    status: int
    content_type: str
    text: str
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    # Reached through permanent redirects only (301, 308): ``url`` is the address's new home.
    moved: bool = False


# -- the guarded client ------------------------------------------------------------------------


async def resolve_host(host: str, port: int) -> list[str]:
    """Resolve ``host`` with the system resolver; each address once, in the resolver's order."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _UnknownHost(httpcore.ConnectError):
    """The resolver says the name does not exist: a typo, not a network blip."""


# getaddrinfo's "no such name" answers; EAI_AGAIN (a resolver that did not answer) is not one.
_NO_SUCH_NAME = frozenset(
    code for code in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", None)) if code is not None
)


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """An httpcore backend that resolves once, checks every address, and connects to the IP.

    ``allowed_networks`` lets chosen private ranges through (tests use it for 127.0.0.1 while
    still proving that other private addresses are refused); ``allow_private`` lifts the check.
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allowed_networks: Iterable[Network] = (),
        resolver: Resolver = resolve_host,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._allow_private = allow_private
        self._allowed = tuple(allowed_networks)
        self._resolver = resolver
        self._inner = inner or httpcore.AnyIOBackend()

    async def checked_addresses(self, host: str, port: int) -> list[str]:
        """Return the addresses to try for ``host``, or raise ``BlockedAddressError``."""
        literal = parse_ip_host(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            if not self._allow_private and is_blocked_hostname(host):
                raise BlockedAddressError(f"refusing to fetch a local address ({host})")
            try:
                addresses = await self._resolver(host, port)
            except socket.gaierror as exc:
                unknown = exc.errno in _NO_SUCH_NAME
                error = _UnknownHost if unknown else httpcore.ConnectError
                raise error(f"could not resolve {host}") from exc
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"could not resolve {host}") from exc
        if not addresses:
            raise httpcore.ConnectError(f"{host} has no address")
        if not self._allow_private:
            for address in addresses:
                if self._is_refused(address):
                    raise BlockedAddressError(
                        f"refusing to fetch {host}: it resolves to a private or reserved address"
                    )
        return addresses

    def _is_refused(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip in network for network in self._allowed):
            return False
        return is_blocked_address(ip)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self.checked_addresses(host, port)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are never used for fetching links")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, with its connection pool built on ``GuardedNetworkBackend``."""

    def __init__(self, *, backend: GuardedNetworkBackend, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        # httpx has no public hook for the network backend, so the pool it built is replaced
        # by an identical one that uses ours (tests prove the guard is in the path).
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


def client_timeout(options: SummarizerOptions) -> httpx.Timeout:
    """Connect and read timeouts; the whole fetch's deadline is enforced by ``fetch_url``."""
    connect = min(options.timeout, _MAX_CONNECT_SECONDS)
    return httpx.Timeout(options.timeout, connect=connect, pool=options.timeout)


def make_client(
    options: SummarizerOptions,
    *,
    resolver: Resolver | None = None,
    allowed_networks: Sequence[str] = (),
) -> httpx.AsyncClient:
    """Build the ``httpx.AsyncClient`` every fetch should go through.

    No automatic redirects (``fetch_url`` re-checks each hop), no proxies from the environment
    (a proxy would resolve names for us and defeat the address check), and the SSRF guard in
    the connection layer. ``resolver`` and ``allowed_networks`` exist for tests.
    """
    backend = GuardedNetworkBackend(
        allow_private=options.allow_private_urls,
        allowed_networks=[ipaddress.ip_network(n) for n in allowed_networks],
        resolver=resolver or resolve_host,
    )
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30)
    return httpx.AsyncClient(
        transport=GuardedTransport(backend=backend, limits=limits),
        timeout=client_timeout(options),
        headers={
            "User-Agent": options.user_agent,
            "Accept-Language": "en;q=0.9, *;q=0.5",
            # Only what read_capped can inflate with a bound on the output (see there).
            "Accept-Encoding": "gzip, deflate",
        },
        follow_redirects=False,
        trust_env=False,
    )


# -- fetching ------------------------------------------------------------------------------------


async def fetch_url(
    url: str,
    *,
    client: httpx.AsyncClient,
    options: SummarizerOptions,
    accept: str = HTML_ACCEPT,
    etag: str | None = None,
    last_modified: str | None = None,
    allowed_types: Sequence[str] = HTML_TYPES,
    backoff: float = RETRY_BACKOFF_SECONDS,
) -> FetchedPage:
    """GET ``url`` safely and decode it; used for article pages and for RSS/Atom feeds.

    All of it, redirects and retries included, within ``options.timeout`` seconds. Retries
    ``options.retries`` times (with exponential ``backoff``) on timeouts, dropped connections
    and 5xx answers while time is left. With ``etag``/``last_modified`` a 304 answer comes back as
    ``not_modified=True`` with empty text.
    """
    start = validate_url(url, allow_private=options.allow_private_urls)
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    attempt = 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + options.timeout
    while True:
        try:
            async with asyncio.timeout_at(deadline):
                return await _fetch_following_redirects(
                    start, client=client, options=options, headers=headers, types=allowed_types
                )
        except TimeoutError as exc:
            error: SummarizerError = FetchTimeout("the page took too long to load", url=url)
            error.__cause__ = exc
        except SummarizerError as exc:
            error = exc
        attempt += 1
        delay = backoff * 2 ** (attempt - 1)
        left = deadline - loop.time()
        if isinstance(error, BadStatus) and error.retry_after is not None:
            delay = max(delay, error.retry_after)  # the site said when: asking sooner is rude
            if delay > left / 2:
                left = 0  # most of the user's wait spent on what is likely the same answer
        # One deadline for the whole fetch, retries included: the user is waiting.
        late = left - delay <= 0
        if attempt > options.retries or late or not is_retryable(error):
            if error.url is None:
                error.url = url
            raise error
        logger.info("retrying %s in %.2fs after: %s", url, delay, error)
        await asyncio.sleep(delay)


def is_retryable(error: SummarizerError) -> bool:
    """Timeouts, dropped connections and server errors may pass; everything else will not.

    A 429 is not retried: the site asked for fewer requests, not for the same one again.
    Statuses past 599 (LinkedIn's 999) are refusals dressed up, not server trouble.
    """
    if isinstance(error, BadStatus):
        return 500 <= error.status_code <= 599
    if isinstance(error, FetchTimeout):
        return True
    return type(error) is FetchError and isinstance(error.__cause__, httpx.TransportError)


async def _fetch_following_redirects(
    url: str,
    *,
    client: httpx.AsyncClient,
    options: SummarizerOptions,
    headers: dict[str, str],
    types: Sequence[str],
) -> FetchedPage:
    current = url
    permanent: bool | None = None  # None: no redirect yet
    for _hop in range(options.max_redirects + 1):
        try:
            with _map_errors(current):
                request = client.build_request("GET", current, headers=headers)
                response = await _send(client, request, url=url)
        except HostNotFound as exc:
            if current == url:
                raise
            # The user's link worked; the site sent us on to a name that does not exist.
            raise RedirectNowhere(REDIRECT_NOWHERE, url=url) from exc
        try:
            location = response.headers.get("location")
            if response.status_code in REDIRECT_CODES and location:
                current = _redirect_target(current, location, url=url, options=options)
                permanent = permanent is not False and response.status_code in (301, 308)
                continue
            page = await _read_page(response, current, options=options, types=types)
        finally:
            await response.aclose()
        target = meta_refresh_target(page)
        if target is None:
            return dataclasses.replace(page, moved=bool(permanent))
        current = _redirect_target(current, target, url=url, options=options)
        permanent = False
    raise TooManyRedirects(f"the link redirected more than {options.max_redirects} times", url=url)


async def _send(client: httpx.AsyncClient, request: httpx.Request, *, url: str) -> httpx.Response:
    """``client.send``; httpx parses a redirect's Location itself, and its complaints about it
    ("javascript:", "mailto:", a bad IDNA label) are about the site's redirect, not the link."""
    try:
        return await client.send(request, stream=True)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, UnicodeError) as exc:
        raise RedirectRefused(REDIRECT_REFUSED, url=url) from exc


def _redirect_target(current: str, location: str, *, url: str, options: SummarizerOptions) -> str:
    """The checked address a redirect from ``current`` leads to.

    The user typed ``url`` right, so a target that cannot be fetched (ftp:, a malformed
    address) gets its own message; a private target stays a refusal of its own.
    """
    try:
        target = validate_url(
            urljoin(current, location.strip()), allow_private=options.allow_private_urls
        )
        httpx.URL(target)  # what httpx refuses ("http://☃.com/") must fail here, not later
        return target
    except BlockedAddressError:
        raise
    except (UnsupportedURLError, ValueError, httpx.InvalidURL) as exc:
        raise RedirectRefused(REDIRECT_REFUSED, url=url) from exc


@contextlib.contextmanager
def _map_errors(url: str) -> Iterator[None]:
    """Translate httpx's exceptions into ours at the edge, as httpx does for httpcore's."""
    try:
        yield
    except SummarizerError as exc:
        exc.url = exc.url or url
        raise
    except httpx.TimeoutException as exc:
        raise FetchTimeout("the page took too long to load", url=url) from exc
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise UnsupportedURLError("that web link cannot be fetched", url=url) from exc
    except httpx.ConnectError as exc:
        if isinstance(exc.__cause__, _UnknownHost):
            raise HostNotFound(HOST_NOT_FOUND, url=url) from exc
        raise FetchError("could not connect to the site", url=url) from exc
    except httpx.DecodingError as exc:
        raise FetchError("the site sent a corrupt compressed body", url=url) from exc
    except httpx.RemoteProtocolError as exc:
        if "location header" in str(exc):  # httpx parses Location even when not following it
            raise RedirectRefused(REDIRECT_REFUSED, url=url) from exc
        raise FetchError("the connection to the site failed", url=url) from exc
    except httpx.TransportError as exc:
        raise FetchError("the connection to the site failed", url=url) from exc
    except UnicodeError as exc:
        # A host name IDNA cannot encode (httpx and the resolver raise it unwrapped).
        raise UnsupportedURLError("that web link has an invalid host name", url=url) from exc


async def _read_page(
    response: httpx.Response, url: str, *, options: SummarizerOptions, types: Sequence[str]
) -> FetchedPage:
    etag = response.headers.get("etag")
    last_modified = response.headers.get("last-modified")
    if response.status_code == 304:
        return FetchedPage(
            url=url,
            status=304,
            content_type="",
            text="",
            headers=dict(response.headers),
            etag=etag,
            last_modified=last_modified,
            not_modified=True,
        )
    if response.status_code >= 400:
        raise BadStatus(
            f"the site answered with HTTP {response.status_code}",
            url=url,
            status_code=response.status_code,
            retry_after=retry_after_seconds(response.headers.get("retry-after", "")),
        )
    header_type = response.headers.get("content-type", "")
    mime = media_type(header_type)
    if mime:
        check_content_type(mime, types, url=url)
    body = await read_capped(response, max_bytes=options.max_bytes, url=url)
    head = body[:_SNIFF_BYTES]
    sniffed = sniff_content_type(head)
    if mime == "text/plain" and (sniffed == "text/html" or _HTML_DOCUMENT.search(head)):
        mime = "text/html"  # HTML served as plain text: read it as the page it is
    if sniffed == "application/octet-stream" and mime in _MARKUP_TYPES and _is_markup(head):
        sniffed = mime  # a stray NUL in a declared web page: browsers show the page, so do we
    # A PDF served as text/html is still a PDF; a missing header is filled in from the bytes.
    if sniffed not in {"text/html", "text/plain", "text/xml"} or not mime:
        check_content_type(sniffed, types, url=url)
        mime = mime or sniffed
    return FetchedPage(
        url=url,
        status=response.status_code,
        content_type=mime,
        text=decode_body(body, header_type),
        headers=dict(response.headers),
        etag=etag,
        last_modified=last_modified,
    )


_MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A whole HTML document, even after a line of text: "Notice: ...\n<html>".
_HTML_DOCUMENT = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def _is_markup(head: bytes) -> bool:
    """Markup with a NUL or two in it (a template bug), not binary data that has them anywhere."""
    few = head.count(b"\x00") * 100 <= len(head)
    return few and sniff_content_type(head.replace(b"\x00", b"")) == "text/html"


def retry_after_seconds(value: str) -> float | None:
    """A ``Retry-After`` header in seconds; the HTTP-date form counts as "not soon"."""
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"[0-9]{1,9}", value):  # not str.isdigit(): "²" is a digit to it
        return float(value)
    return float("inf")


async def read_capped(response: httpx.Response, *, max_bytes: int, url: str) -> bytes:
    """Read the body, inflating it ourselves, and give up as soon as it passes ``max_bytes``.

    httpx would inflate each network chunk whole: a few kilobytes of gzip (or gzip inside
    gzip) can expand to gigabytes in memory before any size check. Here the output of every
    step is bounded, and a body compressed twice, or in a coding we did not ask for, is refused.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ContentTooLarge(f"the page is larger than {max_bytes} bytes", url=url)
    inflate = _BoundedInflater(response.headers.get("content-encoding", ""), url=url)
    chunks: list[bytes] = []
    size = received = 0
    with _map_errors(url):
        async for raw in response.aiter_raw():
            received += len(raw)
            if received > max_bytes:
                raise ContentTooLarge(f"the page is larger than {max_bytes} bytes", url=url)
            for chunk in inflate.feed(raw, limit=max_bytes - size + 1):
                size += len(chunk)
                if size > max_bytes:
                    raise ContentTooLarge(f"the page is larger than {max_bytes} bytes", url=url)
                chunks.append(chunk)
    return b"".join(chunks)


class _BoundedInflater:
    """Inflates gzip or deflate in steps of at most ``limit`` output bytes."""

    def __init__(self, content_encoding: str, *, url: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        # Misconfigured servers send "UTF-8" or "none" here; like browsers, read those as is.
        codings = [c for c in codings if c in _WBITS or c in _REFUSED_CODINGS]
        if len(codings) > 1 or (codings and codings[0] in _REFUSED_CODINGS):
            raise FetchError(f"the site sent a body encoded as {content_encoding!r}", url=url)
        self._wbits = _WBITS[codings[0]] if codings else None
        self._decoder = zlib.decompressobj(self._wbits) if self._wbits is not None else None
        self._url = url
        self._started = False  # any output yet
        self._finished = False  # the last gzip member ended; what follows is padding

    def feed(self, data: bytes, *, limit: int) -> Iterator[bytes]:
        if self._decoder is None:
            yield data
            return
        if self._finished:
            return
        try:
            while data:
                out = self._decoder.decompress(data, max(1, limit))
                data = self._decoder.unconsumed_tail
                if out:
                    self._started = True
                    yield out
                    limit -= len(out)
                if limit <= 0:
                    return  # the caller is about to refuse the page: stop inflating
                if self._decoder.eof and self._decoder.unused_data:
                    rest = self._decoder.unused_data + data
                    if not rest.startswith(b"\x1f\x8b"):
                        self._finished = True  # padding after the last member: ignored
                        return
                    data = rest  # the next gzip member
                    self._decoder = zlib.decompressobj(self._wbits)
        except zlib.error as exc:
            if self._wbits == zlib.MAX_WBITS and not self._started:
                # Some servers send raw deflate for "deflate" (no zlib header): retry as that.
                self._wbits = -zlib.MAX_WBITS
                self._decoder = zlib.decompressobj(self._wbits)
                yield from self.feed(data, limit=limit)
                return
            raise FetchError("the site sent a corrupt compressed body", url=self._url) from exc


_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
# Codings we do not ask for and cannot inflate with a bound on the output.
_REFUSED_CODINGS = frozenset({"br", "zstd", "compress", "x-compress"})


def media_type(content_type: str) -> str:
    """``"text/HTML; charset=utf-8"`` -> ``"text/html"``."""
    return content_type.split(";", 1)[0].strip().lower()


def check_content_type(mime: str, allowed: Sequence[str], *, url: str | None = None) -> None:
    """Raise ``UnsupportedContentType`` unless ``mime`` is one of ``allowed``."""
    if mime in allowed:
        return
    raise UnsupportedContentType(
        f"this link is not an article page (content type {mime})", url=url, content_type=mime
    )


def sniff_content_type(head: bytes) -> str:
    """Guess a media type from the first bytes of a body."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head.startswith(b"RIFF") and head[8:12] in {b"WEBP", b"WAVE", b"AVI "}:
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}[head[8:12]]
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").lower()
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "application/octet-stream"
    if stripped.startswith(b"<?xml") and b"<html" not in stripped:
        return "text/xml"
    if stripped.startswith(b"<"):
        return "text/html"
    return "text/plain"


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode with the header's charset, a BOM, ``<meta charset>``, UTF-8 or detection, in turn.

    A label that is unknown, or that the bytes contradict, is skipped rather than trusted.
    """
    for encoding in _candidate_encodings(body, content_type):
        try:
            return body.decode(encoding)
        except (UnicodeError, LookupError):
            continue
    return _detect_and_decode(body)


def _candidate_encodings(body: bytes, content_type: str) -> list[str]:
    # A BOM beats the header, as in browsers (WHATWG "decode"): servers mislabel, BOMs don't lie.
    candidates: list[str] = []
    if body.startswith(codecs.BOM_UTF8):
        candidates.append("utf-8-sig")
    elif body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates.append("utf-16")
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    header = _codec_name(match.group(1)) if match else ""
    # UTF-16 text is full of NUL bytes (ASCII letters are half NULs); without them a "utf-16"
    # label is wrong, and browsers read such a page as UTF-8.
    head = body[:_SNIFF_BYTES]
    if header.startswith("utf-16") and not _looks_utf16(head):
        header = "utf-8"
    candidates.append(header)
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        label = _codec_name((meta.group(1) or meta.group(2)).decode("ascii", "replace"))
        # A page that names UTF-16 in ASCII markup cannot be UTF-16.
        candidates.append("utf-8" if label.startswith("utf-16") else label)
    candidates.append("utf-8")
    names = [_codec_name(c) for c in candidates if _codec_name(c)]
    if names and _is_single_byte(names[0]) and _has_utf8_sequences(body):
        # Bytes that decode as multi-byte UTF-8 are almost never cp1251 or latin-1 text: the
        # label is a leftover of an old server configuration.
        names.insert(0, "utf-8")
    return names


def _looks_utf16(head: bytes) -> bool:
    """NUL bytes, a few per cent at least, nearly all at even or all at odd offsets: the high
    bytes of UTF-16 code units (Cyrillic text has them only in its spaces and digits)."""
    offsets = [i for i, byte in enumerate(head) if byte == 0]
    if len(offsets) < 4 or len(offsets) * 50 < len(head):
        return False
    even = sum(1 for i in offsets if i % 2 == 0)
    return even * 10 >= len(offsets) * 9 or even * 10 <= len(offsets)


def _is_single_byte(codec: str) -> bool:
    # cp932, cp949 and cp950 are multi-byte (Japanese, Korean, Chinese): not in this list.
    return codec.startswith(("cp125", "cp4", "cp8", "iso8859", "koi8", "mac-"))


def _has_utf8_sequences(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec_name(label: str) -> str:
    """Python's codec for a page's charset label; "" for no codec or none a browser would use."""
    label = label.strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return ""
    return "" if codec.name in _NOT_WEB_CODECS else codec.name


# Python codecs that no page is written in, though a label may name them ("charset=undefined"
# from a template's bug): "unicode_escape" would turn "\ud83d" in the text into a lone
# surrogate, and EBCDIC would turn the page to noise. Browsers skip such labels too.
_NOT_WEB_CODECS = frozenset(
    {
        *("undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"),
        *("palmos", "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"),
    }
)


def _detect_and_decode(body: bytes) -> str:
    text = decode_guessing(body)
    return body.decode("utf-8", errors="replace") if text is None else text


# A page this small that refreshes to another address is a redirect, not an article: link
# shorteners and "you are leaving" pages. A long page with a refresh is an article that reloads.
_REFRESH_PAGE_MAX_CHARS = 8192
_REFRESH_MAX_DELAY = 5  # seconds; a longer wait is an "in 30 s you will be taken to" page
_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
# A refresh inside a comment is not what a browser does. One inside <noscript> is: this
# client runs no scripts, and a shortener's page often redirects there for such clients.
_NOT_RUN_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_HTTP_EQUIV_REFRESH_RE = re.compile(r"""http-equiv\s*=\s*["']?refresh\b""", re.IGNORECASE)
_REFRESH_CONTENT_RE = re.compile(
    r"""(?<![\w-])content\s*=\s*(["'])\s*(\d+)(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^"'>]+?)['"]?\s*\1""",
    re.IGNORECASE,
)


def meta_refresh_target(page: FetchedPage) -> str | None:
    """Where a small HTML page's ``<meta http-equiv="refresh" content="0; url=...">`` sends the
    browser, if it does so at once and to another address."""
    if page.content_type not in ("text/html", "application/xhtml+xml"):
        return None
    if len(page.text) > _REFRESH_PAGE_MAX_CHARS:
        return None
    for tag in _META_TAG_RE.findall(_NOT_RUN_RE.sub(" ", page.text)):
        if not _HTTP_EQUIV_REFRESH_RE.search(tag):
            continue
        content = _REFRESH_CONTENT_RE.search(tag)
        if content is None or int(content.group(2)) > _REFRESH_MAX_DELAY:
            return None
        try:
            target = urljoin(page.url, html.unescape(content.group(3).strip()))
            scheme = urlsplit(target).scheme
        except ValueError:  # "url=http://[::1/x": no address, so the page is what there is
            return None
        if scheme not in ("http", "https"):
            return None  # "url=javascript:...": the page is what there is to read
        return None if target.split("#")[0] == page.url.split("#")[0] else target
    return None


async def fetch_html(
    url: str, *, client: httpx.AsyncClient, options: SummarizerOptions
) -> FetchedPage:
    """Fetch a page that should be HTML, XHTML or plain text."""
    return await fetch_url(url, client=client, options=options)


# -- articles ------------------------------------------------------------------------------------


async def fetch_article(
    url: str,
    *,
    client: httpx.AsyncClient | None = None,
    options: SummarizerOptions,
    cache: ArticleCache | None = None,
) -> Article:
    """Fetch ``url`` and extract its article; ``article.url`` is the canonical, normalised URL.

    A ``cache`` is consulted under the link's own key (AMP mapped to canonical) and filled under
    both that key and the page's canonical one. Extraction runs in a worker thread; a caller
    with its own process pool fetches with :func:`fetch_html` and runs
    :func:`article_from_page` there.
    """
    checked = validate_url(url, allow_private=options.allow_private_urls)
    key = canonical_key(checked)
    if cache is not None:
        cached = cache.get(key)
        if cached is not None:
            return cached
    if client is None:
        async with make_client(options) as own_client:
            page = await fetch_html(checked, client=own_client, options=options)
    else:
        page = await fetch_html(checked, client=client, options=options)
    article = await asyncio.to_thread(article_from_page, page, checked)
    if cache is not None:
        cache.put(key, article)
        if article.url:
            cache.put(article.url, article)
    return article


def article_from_page(page: FetchedPage, requested: str) -> Article:
    """Extract the article from a fetched page; its URL becomes the canonical one."""
    # Imported here: trafilatura and lxml are large, and a process that only fetches (the
    # bot's event loop, which hands pages to worker processes) never needs them.
    from summarizer._extract import article_from_text, extract_with_canonical
    from summarizer._pipeline import guess_title

    try:
        if page.content_type == "text/plain":  # HTML labelled so was relabelled in _read_page
            # A text file's headline is its first line, as in a paste.
            title, body = guess_title(page.text)
            article, canonical = article_from_text(body, url=page.url, title=title), None
        else:
            article, canonical = extract_with_canonical(page.text, page.url)
    except SummarizerError as exc:
        exc.url = exc.url or requested
        raise
    return dataclasses.replace(article, url=choose_canonical(page.url, canonical))


def choose_canonical(page_url: str, declared: str | None) -> str:
    """The page's canonical URL, normalised; a canonical on another site is ignored.

    Trusting a foreign canonical would let any page file itself in the cache under a
    well-known article's URL.
    """
    fallback = normalize_url(amp_to_canonical(page_url))
    if not declared or _UNFILLED_TEMPLATE.search(declared):
        return fallback  # "https://[site_url]/news", "{{canonical}}": a template left unfilled
    try:
        candidate = urljoin(page_url, declared.strip())
        if not candidate.startswith(("http://", "https://")):
            return fallback
        if _is_home_page(candidate) and not _is_home_page(page_url):
            # A template that names the site's front page on every article: trusted, every
            # article would share one cache entry, one link and one story.
            logger.info("ignoring canonical %s (the front page) on %s", candidate, page_url)
            return fallback
        if same_site(candidate, page_url) or same_site(candidate, amp_to_canonical(page_url)):
            return normalize_url(amp_to_canonical(candidate))
    except (ValueError, UnsupportedURLError):
        return fallback  # a malformed canonical ("http://[::1", port 99999) is the page's bug
    logger.info("ignoring canonical %s on another site than %s", candidate, page_url)
    return fallback


_UNFILLED_TEMPLATE = re.compile(r"[{}<>]|\[[a-z_]")


def _is_home_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


async def fetch_articles(
    urls: Sequence[str],
    *,
    client: httpx.AsyncClient,
    options: SummarizerOptions,
    concurrency: int = 4,
    cache: ArticleCache | None = None,
) -> list[Article | SummarizerError]:
    """Fetch several links at once (at most ``concurrency`` together), results in input order.

    A link that fails yields its ``SummarizerError`` in its slot; the others still arrive.
    """
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(url: str) -> Article | SummarizerError:
        async with gate:
            try:
                return await fetch_article(url, client=client, options=options, cache=cache)
            except SummarizerError as exc:
                logger.info("could not fetch %s: %s", url, exc)
                return exc

    return list(await asyncio.gather(*(one(url) for url in urls)))
