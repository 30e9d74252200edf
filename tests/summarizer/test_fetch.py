"""The fetcher against a real HTTP server on 127.0.0.1: good pages and misbehaving endpoints.

Every misbehaviour must end in its own clear error, quickly: timeouts are kept small.
"""

from __future__ import annotations

import dataclasses
import gzip
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from summarizer._cache import ArticleCache
from summarizer._errors import (
    BadStatus,
    BlockedAddressError,
    ContentTooLarge,
    FetchError,
    FetchTimeout,
    NotAnArticleError,
    TooManyRedirects,
    UnsupportedContentType,
    UnsupportedURLError,
)
from summarizer._fetch import (
    FEED_ACCEPT,
    FEED_TYPES,
    Resolver,
    decode_body,
    fetch_article,
    fetch_articles,
    fetch_html,
    fetch_url,
    make_client,
    sniff_content_type,
)
from summarizer._messages import error_message
from summarizer._models import Article
from summarizer._options import SummarizerOptions
from summarizer._urls import HOST_NOT_FOUND, REDIRECT_NOWHERE, REDIRECT_REFUSED

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
ARTICLE = (PAGES / "article.html").read_bytes()
SAMPLE_TEXT = (
    Path(__file__).parents[2] / "summarizer" / "samples" / "sample-article.txt"
).read_text(encoding="utf-8")
CP1251 = (PAGES / "cp1251.html").read_bytes()
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
HUGE_BYTES = 50 * 1024 * 1024
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>"""

Handler = Callable[[BaseHTTPRequestHandler], None]


class Server:
    """A tiny threaded HTTP/1.0 server whose routes are plain functions."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.hosts: list[str] = []
        self.huge_sent = 0
        self.routes: dict[str, Handler] = {}
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                server.hosts.append(self.headers.get("Host", ""))
                route = server.routes.get(path)
                if route is None:
                    reply(self, 404, b"<html><body>missing</body></html>")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.httpd.handle_error = lambda *args: None  # resets and broken pipes are expected
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


def reply(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str | None = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if content_type is not None:
        handler.send_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def route_redirect(target: Callable[[Server], str]) -> Callable[[Server], Handler]:
    def make(server: Server) -> Handler:
        def handle(h: BaseHTTPRequestHandler) -> None:
            reply(h, 302, b"", headers={"Location": target(server)})

        return handle

    return make


def _refresh_page(content: str) -> bytes:
    return (
        f'<html><head><meta http-equiv="refresh" content="{content}"><title>Redirecting'
        "</title></head><body><p>You are being redirected.</p></body></html>"
    ).encode()


def route_refresh(content: str) -> Handler:
    """A link shortener's page: it sends the browser on with a meta refresh, no 3xx."""
    return lambda h: reply(h, 200, _refresh_page(content))


def install_routes(server: Server) -> None:
    r = server.routes

    def flaky(h: BaseHTTPRequestHandler) -> None:
        if server.hits["/flaky"] == 1:
            reply(h, 503, b"busy")
        else:
            reply(h, 200, ARTICLE)

    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        reply(h, 200, ARTICLE)

    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        try:
            for _ in range(40):
                h.wfile.write(b"<p>drip</p>")
                h.wfile.flush()
                time.sleep(0.1)
        except OSError:
            return

    def huge(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()  # no Content-Length: the body ends when the connection closes
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        try:
            while server.huge_sent < HUGE_BYTES:
                h.wfile.write(chunk)
                server.huge_sent += len(chunk)
        except OSError:
            return

    def reset(h: BaseHTTPRequestHandler) -> None:
        # SO_LINGER 0 makes close() send RST instead of FIN.
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True

    def etag(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.end_headers()
        else:
            reply(h, 200, RSS, "application/rss+xml", headers={"ETag": '"v1"'})

    r["/article"] = lambda h: reply(h, 200, ARTICLE)
    r["/article.amp"] = lambda h: reply(h, 200, (PAGES / "amp.html").read_bytes())
    r["/home"] = lambda h: reply(h, 200, (PAGES / "home.html").read_bytes())
    r["/plain"] = lambda h: reply(h, 200, b"Plain words. " * 60, "text/plain")
    r["/plain-story"] = lambda h: reply(h, 200, SAMPLE_TEXT.encode(), "text/plain; charset=utf-8")
    r["/gzip"] = lambda h: reply(
        h, 200, gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"}
    )
    r["/cp1251-meta"] = lambda h: reply(h, 200, CP1251, "text/html")
    r["/cp1251-lying"] = lambda h: reply(h, 200, CP1251, "text/html; charset=utf-8")
    r["/bogus-charset"] = lambda h: reply(h, 200, ARTICLE, "text/html; charset=no-such-thing")
    r["/missing-type"] = lambda h: reply(h, 200, ARTICLE, None)
    r["/missing-type-png"] = lambda h: reply(h, 200, PNG, None)
    r["/pdf"] = lambda h: reply(h, 200, PDF, "application/pdf")
    r["/pdf-as-html"] = lambda h: reply(h, 200, PDF, "text/html")
    r["/image"] = lambda h: reply(h, 200, PNG, "image/png")
    r["/html-as-image"] = lambda h: reply(h, 200, ARTICLE, "image/jpeg")
    r["/octet"] = lambda h: reply(h, 200, ARTICLE, "application/octet-stream")
    r["/json"] = lambda h: reply(h, 200, b'{"a": 1}', "application/json")
    r["/big-declared"] = lambda h: (
        h.send_response(200) or h.send_header("Content-Length", str(HUGE_BYTES)) or h.end_headers()
    )
    r["/500"] = lambda h: reply(h, 500, b"oops")
    r["/flaky"] = flaky
    r["/slow"] = slow
    r["/drip"] = drip
    r["/huge"] = huge
    r["/reset"] = reset
    r["/feed"] = etag
    r["/loop"] = route_redirect(lambda s: s.url("/loop"))(server)
    r["/hop"] = route_redirect(lambda s: "/article")(server)
    r["/to-internal"] = route_redirect(lambda s: s.url("/article", host="internal.test"))(server)
    r["/to-hex-ip"] = route_redirect(lambda s: s.url("/article", host="0x7f000002"))(server)
    r["/to-metadata"] = route_redirect(lambda s: "http://169.254.169.254/latest/meta-data/")(server)
    r["/to-file"] = route_redirect(lambda s: "file:///etc/passwd")(server)
    r["/to-bad-host"] = route_redirect(lambda s: "http://www..example.com/")(server)
    r["/to-malformed"] = route_redirect(lambda s: "http://[::1/x")(server)
    r["/to-javascript"] = route_redirect(lambda s: "javascript:alert(1)")(server)
    prose = (
        b"Plain text about markup: in HTML, q < p holds and the <p> element starts a paragraph. "
    )
    r["/plain-with-brackets"] = lambda h: reply(h, 200, prose * 12, "text/plain")
    r["/plain-notice-then-html"] = lambda h: reply(
        h, 200, b"Notice: this page moved.\n" + ARTICLE, "text/plain"
    )
    r["/refresh-malformed"] = route_refresh("0; url=http://[::1/x")
    r["/rate-limited"] = lambda h: reply(h, 429, b"slow down", headers={"Retry-After": "1"})
    r["/busy-for-an-hour"] = lambda h: reply(h, 503, b"busy", headers={"Retry-After": "3600"})
    r["/status-999"] = lambda h: reply(h, 999, b"request denied")
    r["/html-as-plain"] = lambda h: reply(h, 200, ARTICLE, "text/plain; charset=utf-8")
    r["/stray-nul"] = lambda h: reply(h, 200, ARTICLE.replace(b"<body>", b"<body>\0", 1))
    r["/refresh"] = route_refresh("0; url=/article")
    r["/refresh-loop"] = route_refresh("0;URL='/refresh-loop-2'")
    r["/refresh-loop-2"] = route_refresh("0;URL='/refresh-loop'")
    r["/refresh-later"] = route_refresh("30; url=/article")
    r["/refresh-to-internal"] = lambda h: reply(
        h, 200, _refresh_page(f"0; url={server.url('/article', host='internal.test')}")
    )
    bomb = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros in about 50 KB
    r["/gzip-bomb"] = lambda h: reply(h, 200, bomb, headers={"Content-Encoding": "gzip"})
    r["/gzip-gzip"] = lambda h: reply(
        h, 200, gzip.compress(gzip.compress(ARTICLE)), headers={"Content-Encoding": "gzip, gzip"}
    )
    r["/brotli"] = lambda h: reply(h, 200, b"\x1b\x00", headers={"Content-Encoding": "br"})
    r["/deflate"] = lambda h: reply(
        h, 200, zlib.compress(ARTICLE), headers={"Content-Encoding": "deflate"}
    )
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_deflate = raw.compress(ARTICLE) + raw.flush()
    r["/raw-deflate"] = lambda h: reply(
        h, 200, raw_deflate, headers={"Content-Encoding": "deflate"}
    )
    padded = gzip.compress(ARTICLE) + b"\r\n\0\0"
    r["/gzip-padded"] = lambda h: reply(h, 200, padded, headers={"Content-Encoding": "gzip"})
    r["/bogus-coding"] = lambda h: reply(h, 200, ARTICLE, headers={"Content-Encoding": "UTF-8"})
    half = len(ARTICLE) // 2
    members = gzip.compress(ARTICLE[:half]) + gzip.compress(ARTICLE[half:])
    r["/gzip-members"] = lambda h: reply(h, 200, members, headers={"Content-Encoding": "gzip"})


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server()
    install_routes(srv)
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


# Pages from the local server get a generous deadline: a busy CI machine can take more than
# half a second to serve and extract one. Tests of the deadline itself use DEADLINE.
OPTIONS = SummarizerOptions(allow_private_urls=True, timeout=5, retries=0, max_bytes=1_000_000)
DEADLINE = SummarizerOptions(allow_private_urls=True, timeout=0.5, retries=0, max_bytes=1_000_000)


@pytest.fixture
async def client() -> Iterator[httpx.AsyncClient]:
    async with make_client(OPTIONS) as c:
        yield c


# -- good pages -------------------------------------------------------------------------------


async def test_fetch_html_returns_decoded_page(server: Server, client: httpx.AsyncClient) -> None:
    page = await fetch_html(server.url("/article"), client=client, options=OPTIONS)
    assert page.status == 200
    assert page.content_type == "text/html"
    assert "riverside park" in page.text
    assert not page.not_modified


async def test_user_agent_is_sent(server: Server) -> None:
    seen: list[str] = []

    def capture(h: BaseHTTPRequestHandler) -> None:
        seen.append(h.headers.get("User-Agent", ""))
        reply(h, 200, ARTICLE)

    server.routes["/ua"] = capture
    options = SummarizerOptions(allow_private_urls=True, timeout=1, user_agent="digest-test/1")
    async with make_client(options) as c:
        await fetch_html(server.url("/ua"), client=c, options=options)
    assert seen == ["digest-test/1"]


async def test_gzip_body_is_decompressed(server: Server, client: httpx.AsyncClient) -> None:
    page = await fetch_html(server.url("/gzip"), client=client, options=OPTIONS)
    assert "Mayor Jonas Berg" in page.text


@pytest.mark.parametrize(
    "path", ["/deflate", "/raw-deflate", "/gzip-members", "/gzip-padded", "/bogus-coding"]
)
async def test_deflate_and_multi_member_gzip_are_inflated(
    server: Server, client: httpx.AsyncClient, path: str
) -> None:
    page = await fetch_html(server.url(path), client=client, options=OPTIONS)
    assert page.text == ARTICLE.decode()


async def test_relative_redirect_is_followed(server: Server, client: httpx.AsyncClient) -> None:
    page = await fetch_html(server.url("/hop"), client=client, options=OPTIONS)
    assert page.url == server.url("/article")


async def test_a_page_that_only_refreshes_to_another_is_a_redirect(
    server: Server, client: httpx.AsyncClient
) -> None:
    page = await fetch_html(server.url("/refresh"), client=client, options=OPTIONS)
    assert page.url == server.url("/article") and "riverside park" in page.text
    with pytest.raises(TooManyRedirects):
        await fetch_html(server.url("/refresh-loop"), client=client, options=OPTIONS)
    # "In 30 seconds you will be taken to ..." is a page of its own.
    later = await fetch_html(server.url("/refresh-later"), client=client, options=OPTIONS)
    assert later.url == server.url("/refresh-later")


async def test_a_refresh_to_a_malformed_address_leaves_the_page_to_read(
    server: Server, client: httpx.AsyncClient
) -> None:
    page = await fetch_html(server.url("/refresh-malformed"), client=client, options=OPTIONS)
    assert page.url == server.url("/refresh-malformed")


async def test_html_served_as_plain_text_is_read_as_html(server: Server) -> None:
    article = await fetch_article(server.url("/html-as-plain"), options=OPTIONS)
    assert "disused freight yard" in article.text
    assert "<p>" not in article.text and "</" not in article.text


async def test_a_plain_text_label_on_an_html_document_after_a_notice_is_html(
    server: Server,
) -> None:
    article = await fetch_article(server.url("/plain-notice-then-html"), options=OPTIONS)
    assert "disused freight yard" in article.text and "</" not in article.text


async def test_plain_text_that_mentions_tags_stays_plain_text(server: Server) -> None:
    article = await fetch_article(server.url("/plain-with-brackets"), options=OPTIONS)
    assert article.text.startswith("Plain text about markup: in HTML, q < p holds")


@pytest.mark.parametrize(
    ("header", "seconds"), [("3", 3.0), ("", None), ("\u00b2", float("inf")), ("1.5", float("inf"))]
)
def test_retry_after_is_read_as_whole_seconds(header: str, seconds: float | None) -> None:
    from summarizer._fetch import retry_after_seconds

    # "²" is a digit to str.isdigit() but no number to float(): it must not crash a fetch.
    assert retry_after_seconds(header) == seconds


async def test_a_stray_nul_does_not_make_a_web_page_binary(server: Server) -> None:
    article = await fetch_article(server.url("/stray-nul"), options=OPTIONS)
    assert "disused freight yard" in article.text


@pytest.mark.parametrize("path", ["/cp1251-meta", "/cp1251-lying"])
async def test_charset_from_meta_or_detection(
    server: Server, client: httpx.AsyncClient, path: str
) -> None:
    page = await fetch_html(server.url(path), client=client, options=OPTIONS)
    assert "Строительство нового моста" in page.text


async def test_unknown_charset_label_is_ignored(server: Server, client: httpx.AsyncClient) -> None:
    page = await fetch_html(server.url("/bogus-charset"), client=client, options=OPTIONS)
    assert "“" not in page.text and "The city council voted" in page.text


async def test_missing_content_type_is_sniffed(server: Server, client: httpx.AsyncClient) -> None:
    page = await fetch_html(server.url("/missing-type"), client=client, options=OPTIONS)
    assert page.content_type == "text/html"


async def test_conditional_get_for_feeds(server: Server, client: httpx.AsyncClient) -> None:
    url = server.url("/feed")
    first = await fetch_url(
        url, client=client, options=OPTIONS, accept=FEED_ACCEPT, allowed_types=FEED_TYPES
    )
    assert first.etag == '"v1"' and "<rss" in first.text
    again = await fetch_url(
        url, client=client, options=OPTIONS, accept=FEED_ACCEPT, allowed_types=FEED_TYPES,
        etag=first.etag,
    )  # fmt: skip
    assert again.not_modified and again.status == 304 and again.text == ""


# -- misbehaving endpoints ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "error", "fragment"),
    [
        ("/pdf", UnsupportedContentType, "application/pdf"),
        ("/pdf-as-html", UnsupportedContentType, "application/pdf"),
        ("/image", UnsupportedContentType, "image/png"),
        ("/html-as-image", UnsupportedContentType, "image/jpeg"),
        ("/octet", UnsupportedContentType, "application/octet-stream"),
        ("/json", UnsupportedContentType, "application/json"),
        ("/missing-type-png", UnsupportedContentType, "image/png"),
        ("/nope", BadStatus, "404"),
        ("/500", BadStatus, "500"),
        ("/loop", TooManyRedirects, "redirected"),
        ("/big-declared", ContentTooLarge, "larger"),
        ("/to-file", UnsupportedURLError, REDIRECT_REFUSED),
        ("/to-bad-host", UnsupportedURLError, REDIRECT_REFUSED),
        ("/to-malformed", UnsupportedURLError, REDIRECT_REFUSED),
        ("/to-javascript", UnsupportedURLError, REDIRECT_REFUSED),
        ("/gzip-bomb", ContentTooLarge, "larger"),
        ("/gzip-gzip", FetchError, "encoded as 'gzip, gzip'"),
        ("/brotli", FetchError, "encoded as 'br'"),
    ],
)
async def test_each_misbehaviour_has_its_error(
    server: Server, client: httpx.AsyncClient, path: str, error: type, fragment: str
) -> None:
    url = server.url(path)
    with pytest.raises(error) as info:
        await fetch_html(url, client=client, options=OPTIONS)
    assert fragment in str(info.value)
    assert info.value.url is not None


async def test_unsupported_content_type_message(server: Server, client: httpx.AsyncClient) -> None:
    with pytest.raises(UnsupportedContentType) as info:
        await fetch_html(server.url("/pdf"), client=client, options=OPTIONS)
    assert str(info.value) == "this link is not an article page (content type application/pdf)"
    assert info.value.content_type == "application/pdf"
    assert error_message(info.value) == (
        "That link is a PDF document, not an article page: I read web pages only. "
        "You can paste its text instead."
    )


@pytest.mark.parametrize(
    ("content_type", "said"),
    [
        ("image/png", "That link is an image, not an article page"),
        ("video/mp4", "That link is a video, not an article page"),
        ("audio/mpeg", "That link is an audio file, not an article page"),
        ("application/zip", "That link is an archive, not an article page."),
        ("application/msword", "That link is a Word document, not an article page."),
        ("application/x-unheard-of", "That link is not an article page (it serves application/x"),
    ],
)
def test_what_a_link_serves_is_said_in_plain_words(content_type: str, said: str) -> None:
    exc = UnsupportedContentType("x", url="https://a.example/f", content_type=content_type)
    assert error_message(exc).startswith(said)


async def test_status_code_is_kept(server: Server, client: httpx.AsyncClient) -> None:
    with pytest.raises(BadStatus) as info:
        await fetch_html(server.url("/nope"), client=client, options=OPTIONS)
    assert info.value.status_code == 404


async def test_slow_server_times_out(server: Server, client: httpx.AsyncClient) -> None:
    start = time.monotonic()
    with pytest.raises(FetchTimeout):
        await fetch_html(server.url("/slow"), client=client, options=DEADLINE)
    assert time.monotonic() - start < 2


async def test_slow_drip_hits_the_total_deadline(server: Server, client: httpx.AsyncClient) -> None:
    start = time.monotonic()
    with pytest.raises(FetchTimeout):
        await fetch_html(server.url("/drip"), client=client, options=DEADLINE)
    assert time.monotonic() - start < 1.5  # 4 s of dripping, cut at the 0.5 s deadline


async def test_huge_body_stops_at_the_cap(server: Server, client: httpx.AsyncClient) -> None:
    start = time.monotonic()
    with pytest.raises(ContentTooLarge):
        await fetch_html(server.url("/huge"), client=client, options=OPTIONS)
    assert time.monotonic() - start < 5
    time.sleep(0.2)
    assert server.huge_sent < HUGE_BYTES / 4  # we hung up long before the end


async def test_connection_reset_is_a_fetch_error(server: Server, client: httpx.AsyncClient) -> None:
    with pytest.raises(FetchError) as info:
        await fetch_html(server.url("/reset"), client=client, options=OPTIONS)
    assert type(info.value) is FetchError
    assert "connection" in str(info.value)


async def test_refused_connection_is_a_fetch_error(client: httpx.AsyncClient) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket is closed
    with pytest.raises(FetchError, match="could not connect"):
        await fetch_html(f"http://127.0.0.1:{port}/", client=client, options=OPTIONS)


async def test_5xx_is_retried_then_succeeds(server: Server) -> None:
    options = SummarizerOptions(allow_private_urls=True, timeout=1, retries=2)
    async with make_client(options) as c:
        page = await fetch_url(server.url("/flaky"), client=c, options=options, backoff=0.01)
    assert page.status == 200
    assert server.hits["/flaky"] == 2


async def test_retries_are_bounded(server: Server) -> None:
    before = server.hits["/500"]
    options = SummarizerOptions(allow_private_urls=True, timeout=1, retries=2)
    async with make_client(options) as c:
        with pytest.raises(BadStatus):
            await fetch_url(server.url("/500"), client=c, options=options, backoff=0.01)
    assert server.hits["/500"] - before == 3


async def test_retries_never_outlast_the_timeout(server: Server) -> None:
    """FETCH_TIMEOUT is the time a user waits for a page, retries included: a server that
    never answers is given up after it, not retried for as long again."""
    options = SummarizerOptions(allow_private_urls=True, timeout=1, retries=2)
    async with make_client(options) as c:
        start = time.monotonic()
        with pytest.raises(FetchTimeout):
            await fetch_url(server.url("/slow"), client=c, options=options, backoff=0.01)
    assert time.monotonic() - start < 1.5


@pytest.mark.parametrize("path", ["/rate-limited", "/busy-for-an-hour", "/status-999"])
async def test_a_site_that_asks_us_to_wait_is_not_asked_again(server: Server, path: str) -> None:
    """429 asks for fewer requests; a Retry-After beyond the deadline, or a 999, is no blip."""
    before = server.hits[path]
    options = SummarizerOptions(allow_private_urls=True, timeout=2, retries=2)
    async with make_client(options) as c:
        start = time.monotonic()
        with pytest.raises(BadStatus) as info:
            await fetch_url(server.url(path), client=c, options=options, backoff=0.01)
    assert server.hits[path] - before == 1
    assert time.monotonic() - start < 1
    if path == "/busy-for-an-hour":
        assert info.value.retry_after == 3600


async def test_404_is_not_retried(server: Server) -> None:
    before = server.hits["/nope"]
    options = SummarizerOptions(allow_private_urls=True, timeout=1, retries=2)
    async with make_client(options) as c:
        with pytest.raises(BadStatus):
            await fetch_url(server.url("/nope"), client=c, options=options, backoff=0.01)
    assert server.hits["/nope"] - before == 1


# -- SSRF through the real client ---------------------------------------------------------------


class FakeResolver:
    """Answers chosen names; counts lookups to prove each connection resolves only once."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.calls: Counter[str] = Counter()

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls[host] += 1
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.table[host]


GUARDED = SummarizerOptions(allow_private_urls=False, timeout=0.5, retries=0)
TABLE = {
    "public.test": ["127.0.0.1"],
    "internal.test": ["127.0.0.2"],
    "mixed.test": ["127.0.0.1", "10.0.0.7"],
}


def guarded_client(resolver: Resolver) -> httpx.AsyncClient:
    # 127.0.0.1 stands in for "the public internet"; every other private address stays blocked.
    return make_client(GUARDED, resolver=resolver, allowed_networks=["127.0.0.1/32"])


async def test_guarded_client_connects_to_the_checked_address(server: Server) -> None:
    resolver = FakeResolver(TABLE)
    async with guarded_client(resolver) as c:
        page = await fetch_html(server.url("/article", "public.test"), client=c, options=GUARDED)
    assert "riverside park" in page.text
    assert server.hosts[-1] == f"public.test:{server.port}"  # Host header keeps the name
    assert resolver.calls["public.test"] == 1


@pytest.mark.parametrize(
    "path", ["/to-internal", "/to-hex-ip", "/to-metadata", "/refresh-to-internal"]
)
async def test_redirect_to_private_address_is_blocked(server: Server, path: str) -> None:
    before = server.hits["/article"]
    async with guarded_client(FakeResolver(TABLE)) as c:
        with pytest.raises(BlockedAddressError):
            await fetch_html(server.url(path, "public.test"), client=c, options=GUARDED)
    assert server.hits["/article"] == before


async def test_any_private_answer_blocks_the_name(server: Server) -> None:
    async with guarded_client(FakeResolver(TABLE)) as c:
        with pytest.raises(BlockedAddressError):
            await fetch_html(server.url("/article", "mixed.test"), client=c, options=GUARDED)


async def test_rebinding_resolver_cannot_swap_the_address(server: Server) -> None:
    class Rebinding(FakeResolver):
        async def __call__(self, host: str, port: int) -> list[str]:
            self.calls[host] += 1
            return ["127.0.0.1"] if self.calls[host] == 1 else ["127.0.0.2"]

    resolver = Rebinding({})
    async with guarded_client(resolver) as c:
        page = await fetch_html(server.url("/article", "rebind.test"), client=c, options=GUARDED)
    assert page.status == 200 and resolver.calls["rebind.test"] == 1


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1/", "http://2130706433:1/", "http://[::1]:1/", "http://localhost:1/"]
)
async def test_default_client_refuses_loopback(url: str) -> None:
    async with make_client(GUARDED) as c:
        with pytest.raises(BlockedAddressError):
            await fetch_html(url, client=c, options=GUARDED)


async def test_a_name_that_does_not_exist_is_said_so_and_not_retried(server: Server) -> None:
    resolver = FakeResolver(TABLE)
    options = dataclasses.replace(GUARDED, retries=2, timeout=2)
    async with guarded_client(resolver) as c:
        with pytest.raises(FetchError) as info:
            await fetch_url(server.url("/article", "nowhere.test"), client=c, options=options)
    assert str(info.value) == HOST_NOT_FOUND
    assert "typo" in error_message(info.value)
    assert resolver.calls["nowhere.test"] == 1  # a typo does not get better on a second try


async def test_a_redirect_to_a_name_that_does_not_exist_is_the_sites_doing(
    server: Server,
) -> None:
    server.routes["/to-nowhere"] = route_redirect(lambda s: s.url("/article", host="nowhere.test"))(
        server
    )
    async with guarded_client(FakeResolver(TABLE)) as c:
        with pytest.raises(FetchError) as info:
            await fetch_html(server.url("/to-nowhere", "public.test"), client=c, options=GUARDED)
    assert str(info.value) == REDIRECT_NOWHERE
    assert "typo" not in error_message(info.value)
    assert info.value.url == server.url("/to-nowhere", "public.test")


async def test_a_resolver_that_fails_is_a_connection_error(server: Server) -> None:
    async def failing(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    async with guarded_client(failing) as c:
        with pytest.raises(FetchError, match="could not connect"):
            await fetch_html(server.url("/article", "flaky.test"), client=c, options=GUARDED)


# -- articles -------------------------------------------------------------------------------------


async def test_fetch_article_extracts_and_uses_the_canonical_url(
    server: Server, client: httpx.AsyncClient
) -> None:
    article = await fetch_article(server.url("/article.amp"), client=client, options=OPTIONS)
    assert article.title == "Harbour festival returns with tall ships"
    assert article.url == server.url("/news/harbour-festival")


async def test_foreign_canonical_is_ignored(server: Server, client: httpx.AsyncClient) -> None:
    # article.html claims gazette.example.com as canonical; it was served from 127.0.0.1.
    article = await fetch_article(
        server.url("/article?utm_source=x"), client=client, options=OPTIONS
    )
    assert article.url == server.url("/article")


async def test_fetch_article_plain_text(server: Server, client: httpx.AsyncClient) -> None:
    article = await fetch_article(server.url("/plain"), client=client, options=OPTIONS)
    assert article.text.startswith("Plain words.")


async def test_a_text_file_s_headline_is_its_title(server: Server) -> None:
    article = await fetch_article(server.url("/plain-story"), options=OPTIONS)
    assert (
        article.title
        == "Town of Kelby votes to reopen its century-old ferry after ten-year closure"
    )
    assert article.text.startswith("Residents of Kelby voted")


async def test_fetch_article_without_a_client(server: Server) -> None:
    article = await fetch_article(server.url("/article"), options=OPTIONS)
    assert article.author == "Maria Lopez"


async def test_home_page_is_not_an_article(server: Server, client: httpx.AsyncClient) -> None:
    with pytest.raises(NotAnArticleError) as info:
        await fetch_article(server.url("/home"), client=client, options=OPTIONS)
    assert info.value.url == server.url("/home")


async def test_cache_serves_the_second_request(server: Server, client: httpx.AsyncClient) -> None:
    cache = ArticleCache(ttl_seconds=60)
    server.routes["/cached"] = lambda h: reply(h, 200, ARTICLE)
    first = await fetch_article(server.url("/cached"), client=client, options=OPTIONS, cache=cache)
    second = await fetch_article(
        server.url("/cached?fbclid=abc#top"), client=client, options=OPTIONS, cache=cache
    )
    assert second is first
    assert server.hits["/cached"] == 1
    assert cache.hits == 1


async def test_fetch_articles_keeps_order_and_isolates_failures(
    server: Server, client: httpx.AsyncClient
) -> None:
    urls = [server.url("/article"), server.url("/nope"), server.url("/pdf"), "ftp://x.example/"]
    results = await fetch_articles(urls, client=client, options=OPTIONS, concurrency=2)
    assert isinstance(results[0], Article)
    assert isinstance(results[1], BadStatus)
    assert isinstance(results[2], UnsupportedContentType)
    assert isinstance(results[3], UnsupportedURLError)


async def test_fetch_articles_runs_concurrently(server: Server, client: httpx.AsyncClient) -> None:
    def delayed(h: BaseHTTPRequestHandler) -> None:
        time.sleep(0.3)
        reply(h, 200, ARTICLE)

    server.routes["/delayed"] = delayed
    options = SummarizerOptions(allow_private_urls=True, timeout=2, retries=0)
    urls = [server.url(f"/delayed?n={i}") for i in range(4)]
    start = time.monotonic()
    results = await fetch_articles(urls, client=client, options=options, concurrency=4)
    assert all(isinstance(r, Article) for r in results)
    assert time.monotonic() - start < 1.0  # four 0.3 s pages, not 1.2 s in a row


# -- pure helpers --------------------------------------------------------------------------------


def test_sniff_content_type() -> None:
    assert sniff_content_type(PDF) == "application/pdf"
    assert sniff_content_type(b"  <!doctype html><html>") == "text/html"
    assert sniff_content_type(b"just words") == "text/plain"
    assert sniff_content_type(b"\x00\x01\x02binary") == "application/octet-stream"


def test_decode_body_prefers_header_then_meta_then_detection() -> None:
    text = "Привет, мир! Это проверка кодировки страницы. " * 20
    assert decode_body(text.encode("utf-8"), "text/html; charset=utf-8") == text
    assert decode_body(text.encode("cp1251"), "text/html; charset=windows-1251") == text
    meta = b'<meta charset="koi8-r">' + text.encode("koi8_r")
    assert decode_body(meta, "text/html").endswith(text)
    assert decode_body(text.encode("cp1251"), "text/html; charset=utf-8") == text


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        # A BOM beats the header, as in browsers.
        (b"\xef\xbb\xbf" + "Бюджет города".encode(), "text/html; charset=windows-1251"),
        (b"\xef\xbb\xbf" + "Бюджет города".encode(), "text/html; charset=iso-8859-1"),
        # ASCII markup naming UTF-16 cannot be UTF-16.
        # (even in length, so that it would decode as UTF-16)
        (b'<meta charset="utf-16"><p>' + "Бюджет города".encode() + b"</p>\n", "text/html"),
        # A stale single-byte label on bytes that are plainly UTF-8.
        (b"<p>" + "Бюджет города".encode() + b"</p>", "text/html; charset=iso-8859-1"),
        (b"<p>" + "Бюджет города".encode() + b"</p>", "text/html; charset=windows-1251"),
    ],
)
def test_decode_body_is_not_fooled_by_a_wrong_label(body: bytes, content_type: str) -> None:
    assert "Бюджет города" in decode_body(body, content_type)


@pytest.mark.parametrize("label", ["undefined", "punycode", "unicode_escape", "utf-7", "cp037"])
def test_a_label_naming_no_web_encoding_is_skipped(label: str) -> None:
    # "charset=undefined" is a template's bug; "unicode_escape" would make "\\ud83d" a lone
    # surrogate. A browser reads such a page as UTF-8, and so do we.
    page = "<p>Le budget de la ville a été voté. \\ud83d</p>".encode()
    assert decode_body(page, f"text/html; charset={label}") == page.decode()
    assert decode_body(b'<meta charset="' + label.encode() + b'">' + page, "text/html").endswith(
        page.decode()
    )


def test_a_utf16_label_on_a_page_without_nul_bytes_is_wrong() -> None:
    page = b"<html><p>The city budget was approved!</p></html>\n"  # even: UTF-16 decodes it
    assert decode_body(page, "text/html; charset=utf-16") == page.decode()
    utf16 = "<p>Бюджет</p>".encode("utf-16-le")
    assert decode_body(utf16, "text/html; charset=utf-16le") == "<p>Бюджет</p>"
    # Cyrillic prose in UTF-16 is only a few per cent NULs (spaces, digits), all on one side.
    prose = "Бюджет города утвердили во вторник, после долгих споров в думе. " * 20
    assert decode_body(prose.encode("utf-16-le"), "text/plain; charset=utf-16le") == prose
    # One stray NUL does not make markup UTF-16, in a header's label or a meta's.
    stray = b'<meta charset="utf-16"><p>The city budget was approved.\x00</p>\n'
    assert decode_body(stray, "text/html").startswith('<meta charset="utf-16"><p>The city')
    assert decode_body(stray, "text/html; charset=utf-16").startswith('<meta charset="utf-16">')


def test_a_single_byte_label_still_reads_single_byte_text() -> None:
    assert decode_body(b"<p>caf\xe9</p>", "text/html; charset=iso-8859-1") == "<p>café</p>"
    assert decode_body("Бюджет".encode("cp1251"), "text/html; charset=windows-1251") == "Бюджет"


@pytest.mark.parametrize(
    "declared",
    [
        "https://[site_url]/news",
        "{{canonical}}",
        "http://[::1",
        "https://example.com:99999/x",
        # A template naming the front page on every article: they shared one cache entry and
        # one story, so a digest that showed one hid every later one.
        "https://example.com/",
        "/",
    ],
)
def test_a_broken_canonical_falls_back_to_the_page_url(declared: str) -> None:
    from summarizer._fetch import choose_canonical

    page = "https://example.com/news/a-story"
    assert choose_canonical(page, declared) == page


def test_the_front_page_may_name_itself_canonical() -> None:
    from summarizer._fetch import choose_canonical

    assert choose_canonical("https://www.example.com/", "https://example.com/") == (
        "https://example.com/"
    )


async def test_a_gzip_bomb_is_refused_without_inflating_it(
    server: Server, client: httpx.AsyncClient
) -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(ContentTooLarge):
            await fetch_html(server.url("/gzip-bomb"), client=client, options=OPTIONS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000  # the cap is 1 MB; inflating the whole 50 MB is what a bomb wants


async def test_a_slow_drip_is_not_retried(server: Server) -> None:
    options = dataclasses.replace(DEADLINE, retries=2)
    async with make_client(options) as client:
        start = time.monotonic()
        with pytest.raises(FetchTimeout):
            await fetch_url(server.url("/drip"), client=client, options=options, backoff=0.01)
    assert time.monotonic() - start < 1.5  # the fetch's 0.5 s deadline, not three attempts


@pytest.mark.parametrize("kind", ["302", "refresh"])
async def test_the_redirect_limit_is_exact(
    server: Server, client: httpx.AsyncClient, kind: str
) -> None:
    hops = OPTIONS.max_redirects
    for n in range(hops + 1):
        target = "/article" if n == 0 else f"/chain-{kind}{n - 1}"
        server.routes[f"/chain-{kind}{n}"] = (
            route_redirect(lambda s, t=target: t)(server)
            if kind == "302"
            else route_refresh(f"0; url={target}")
        )
    # /chain-N takes N + 1 hops to reach the article.
    page = await fetch_html(server.url(f"/chain-{kind}{hops - 1}"), client=client, options=OPTIONS)
    assert page.url == server.url("/article")
    with pytest.raises(TooManyRedirects):
        await fetch_html(server.url(f"/chain-{kind}{hops}"), client=client, options=OPTIONS)


async def test_a_declared_length_just_over_the_cap_is_refused_unread(server: Server) -> None:
    options = dataclasses.replace(OPTIONS, max_bytes=10_000)
    server.routes["/declared-over"] = lambda h: (
        h.send_response(200)
        or h.send_header("Content-Type", "text/html")
        or h.send_header("Content-Length", str(options.max_bytes + 1))
        or h.end_headers()
    )
    async with make_client(options) as c:
        with pytest.raises(ContentTooLarge):
            await fetch_html(server.url("/declared-over"), client=c, options=options)


async def test_no_retry_waits_past_the_deadline(server: Server) -> None:
    # A retry whose backoff would end after the deadline is not slept for: the user hears the
    # site's real answer (HTTP 500) at once, not "took too long" later.
    options = dataclasses.replace(OPTIONS, timeout=0.3, retries=3)
    before = server.hits["/500"]
    async with make_client(options) as c:
        start = time.monotonic()
        with pytest.raises(BadStatus):
            await fetch_url(server.url("/500"), client=c, options=options, backoff=0.5)
    assert time.monotonic() - start < 0.3
    assert server.hits["/500"] - before == 1


async def test_the_network_layer_refuses_local_names_before_resolving() -> None:
    """Defence in depth: a caller that skipped validate_url still never resolves 'x.internal'."""
    from summarizer._fetch import GuardedNetworkBackend

    asked: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["93.184.216.34"]  # split-horizon DNS may answer anything

    backend = GuardedNetworkBackend(resolver=resolver)
    with pytest.raises(BlockedAddressError):
        await backend.checked_addresses("metadata.internal", 80)
    assert asked == []


@pytest.mark.parametrize(
    "location",
    ["http://a\uff03@127.0.0.1/", "http://[::1/x", "ftp://a.test/", "http://\u2603.com/"],
)
def test_a_redirect_nowhere_fetchable_is_named_as_such(location: str) -> None:
    """The user typed the link right: the message must not say to check it."""
    from summarizer._fetch import _redirect_target

    with pytest.raises(UnsupportedURLError) as info:
        _redirect_target("http://a.test/x", location, url="http://a.test/x", options=OPTIONS)
    assert str(info.value) == REDIRECT_REFUSED
    assert "typed right" not in error_message(info.value)


@pytest.mark.parametrize(
    "page",
    [
        '<meta http-equiv="refresh" data-content="0;url=/evil" content="600">',
        '<!-- <meta http-equiv="refresh" content="0;url=/old"> -->',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<meta http-equiv="refresh" content="300">',
    ],
)
def test_a_refresh_a_browser_would_not_follow_at_once_is_no_redirect(page: str) -> None:
    from summarizer._fetch import FetchedPage, meta_refresh_target

    fetched = FetchedPage(url="http://a.test/x", status=200, content_type="text/html", text=page)
    assert meta_refresh_target(fetched) is None
