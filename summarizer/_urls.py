"""URL checks and normalisation: which links we may fetch, and one key per article for dedup.

Pure functions only: nothing here resolves names or opens sockets (that is ``_fetch.py``).
"""

from __future__ import annotations

import ipaddress
import logging
import re
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from summarizer._errors import BlockedAddressError, CredentialsRefused, UnsupportedURLError

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 4096
CREDENTIALS_REFUSED = "links with a user name or password are not fetched"
REDIRECT_REFUSED = "the site redirected to an address that cannot be fetched"
HOST_NOT_FOUND = "no site has that name"
REDIRECT_NOWHERE = "the site redirected to a site that does not exist"

# Query keys that only track where a click came from; dropping them never changes the page.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "igsh", "ttclid", "li_fat_id", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi",
        "hsctatracking", "ref", "ref_src", "ref_url", "referrer", "cmpid",
        "ncid", "ocid", "sr_share", "spm", "s_cid", "ito", "rb_clickid", "oly_anon_id",
        "oly_enc_id", "__twitter_impression", "wt_mc", "wt.mc_id", "guccounter",
        "guce_referrer", "guce_referrer_sig", "smid", "ns_mchannel", "ns_source", "ns_campaign",
        "ns_linkname", "ns_fee", "amp", "amp_js_v", "usqp", "outputtype",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "mc_", "vero_", "pk_", "piwik_", "matomo_", "hmb_", "at_", "ga_")
# "amp"/"outputType=amp" are AMP switches on otherwise canonical URLs, so they go too.

_BLOCKED_HOSTNAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
_BLOCKED_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".localdomain")
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")

_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'«»“”‘’]+", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:!?)]}'\"…"
_AMP_CACHE_HOST = re.compile(r"\.cdn\.ampproject\.org$", re.IGNORECASE)
_GOOGLE_AMP_PATH = re.compile(r"^/amp/(s/)?(?P<rest>.+)$")


def parse_ip_host(host: str) -> IPAddress | None:
    """Read ``host`` as an IP address the way a resolver would, or return ``None`` for a name.

    Besides dotted quads this accepts what ``inet_aton`` accepts, so ``2130706433``,
    ``0x7f.1`` and ``0177.0.0.1`` all come back as 127.0.0.1 and cannot sneak past the check.
    """
    candidate = host.strip().rstrip(".").lower()
    if candidate.startswith("[") and candidate.endswith("]"):
        candidate = candidate[1:-1]
    if ":" in candidate:
        try:
            return ipaddress.IPv6Address(candidate.split("%", 1)[0])
        except ValueError:
            return None
    return _parse_inet_aton(candidate)


def _parse_inet_aton(text: str) -> ipaddress.IPv4Address | None:
    parts = text.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers: list[int] = []
    for part in parts:
        number = _parse_ip_part(part)
        if number is None:
            return None
        numbers.append(number)
    # The last part fills all remaining bytes: 127.1 is 127.0.0.1, 2130706433 is 127.0.0.1.
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        return None
    value = 0
    for n in leading:
        value = value * 256 + n
    value = value * 256 ** (5 - len(numbers)) + last
    return ipaddress.IPv4Address(value)


def _parse_ip_part(part: str) -> int | None:
    if not part:
        return None
    try:
        if part.startswith("0x"):
            return int(part[2:], 16) if part[2:] else 0
        if len(part) > 1 and part.startswith("0"):
            return int(part[1:], 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address tunnelled inside an IPv6 one (mapped, 6to4, Teredo, NAT64)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or address in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_blocked_address(address: IPAddress | str) -> bool:
    """True for any address a stranger's link must not make us connect to.

    Loopback, private, link-local, multicast, reserved, unspecified, CGNAT (100.64/10) and
    anything else that is not globally routable, including IPv4 hidden in IPv6.
    """
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return True
        inner = embedded_ipv4(ip)
        if inner is not None and is_blocked_address(inner):
            return True
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT:
        return True
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def is_blocked_hostname(host: str) -> bool:
    """True for names that always mean this machine or the local network (``localhost`` …)."""
    name = host.strip().rstrip(".").lower()
    return name in _BLOCKED_HOSTNAMES or name.endswith(_BLOCKED_SUFFIXES)


def check_host(host: str, *, url: str | None = None) -> None:
    """Refuse a host that is, or spells, a blocked address; names are checked after resolution."""
    if is_blocked_hostname(host):
        raise BlockedAddressError(f"refusing to fetch a local address ({host})", url=url)
    ip = parse_ip_host(host)
    if ip is not None and is_blocked_address(ip):
        raise BlockedAddressError(
            f"refusing to fetch a private or reserved address ({ip})", url=url
        )


def validate_url(url: str, *, allow_private: bool = False) -> str:
    """Check that ``url`` is an http(s) link we may fetch and return it without its fragment.

    Raises ``UnsupportedURLError`` for other schemes, missing hosts, credentials and bad
    ports, and ``BlockedAddressError`` for IP literals in private space (unless allowed).
    """
    text = url.strip()
    if not text or len(text) > MAX_URL_LENGTH:
        raise UnsupportedURLError("that does not look like a web link", url=url)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise UnsupportedURLError("that web link is malformed", url=url) from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsupportedURLError("only http:// and https:// links can be fetched", url=url)
    host = parts.hostname or ""
    if not host or any(ch.isspace() for ch in host):
        raise UnsupportedURLError("that web link has no host name", url=url)
    if parts.username is not None or parts.password is not None:
        # user@host URLs are a classic way to disguise where a link really goes.
        raise CredentialsRefused(CREDENTIALS_REFUSED, url=url)
    if port == 0:
        raise UnsupportedURLError("that web link has an invalid port", url=url)
    if parse_ip_host(host) is None and not _encodable_host(host):
        # "www..bbc.com", a 64-letter label, a broken "xn--" label: typos DNS would refuse.
        raise UnsupportedURLError("that web link has an invalid host name", url=url)
    if not allow_private:
        check_host(host, url=url)
    return urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _encodable_host(host: str) -> bool:
    """Whether ``host`` is a DNS name that IDNA can encode (as httpx must, to fetch it)."""
    name = host.rstrip(".")
    try:
        name.encode("idna")  # empty or over-long labels
        for label in name.split("."):
            if label[:4].lower() == "xn--":
                label.encode("ascii").decode("idna")  # broken punycode
    except UnicodeError:
        return False
    return True


def _is_tracking_param(key: str) -> bool:
    lowered = key.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _normalize_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _split(url: str) -> SplitResult:
    """``urlsplit`` that raises our error, not ``ValueError``, on a malformed host."""
    try:
        return urlsplit(url)
    except ValueError as exc:
        raise UnsupportedURLError("that web link is malformed", url=url) from exc


def normalize_url(url: str) -> str:
    """Return the de-duplication key of ``url``.

    Lower-cases scheme and host, drops the default port, the fragment and tracking
    parameters (``utm_*``, ``fbclid``, ``gclid``, ``yclid``, ``mc_*``, ``ref`` …), keeps the
    other parameters in their order, and turns an empty path into ``/``.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsupportedURLError("that web link is malformed", url=url) from exc
    scheme = parts.scheme.lower()
    host = _normalize_host(parts.hostname or "")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    # Escaped bytes that are not UTF-8 (cp1251 sites) must come back as the same bytes: read as
    # U+FFFD, two different links would become one address (and share one cached article).
    bytes_kept = "surrogateescape"
    query = parse_qsl(parts.query, keep_blank_values=True, errors=bytes_kept)
    kept = [(k, v) for k, v in query if not _is_tracking_param(k)]
    try:
        path = unquote(parts.path, errors=bytes_kept)
        path = quote(path, safe="/:@!$&'()*+,;=-._~%", errors=bytes_kept) or "/"
        query_text = urlencode(kept, doseq=True, errors=bytes_kept)
    except UnicodeError as exc:  # lone surrogates cannot be percent-encoded
        raise UnsupportedURLError("that web link is malformed", url=url) from exc
    return urlunsplit((scheme, netloc, path, query_text, ""))


def same_site(a: str, b: str) -> bool:
    """True when two URLs share a host, ignoring ``www.``, ``m.`` and ``amp.`` prefixes."""

    def bare(url: str) -> str:
        host = _normalize_host(urlsplit(url).hostname or "")
        for prefix in ("www.", "m.", "amp.", "mobile."):
            if host.startswith(prefix):
                return host[len(prefix) :]
        return host

    return bool(bare(a)) and bare(a) == bare(b)


def is_amp_url(url: str) -> bool:
    """True for URLs that look like AMP versions of a page (AMP caches, /amp paths, ?amp=1)."""
    parts = _split(url)
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    query = {k.lower(): v.lower() for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    return bool(
        _AMP_CACHE_HOST.search(host)
        or (host.endswith("google.com") and path.startswith("/amp/"))
        or host.startswith("amp.")
        or path.endswith(("/amp", "/amp/", ".amp", ".amp.html"))
        or "/amp/" in path
        or "amp" in query
        or query.get("outputtype") == "amp"
    )


def amp_to_canonical(url: str) -> str:
    """Best guess of the canonical page behind an AMP URL; other URLs come back unchanged.

    Used before fetching (for the cache key); after fetching, the page's own
    ``<link rel=canonical>`` wins when it points at the same site.
    """
    parts = _split(url)
    host = (parts.hostname or "").lower()
    if _AMP_CACHE_HOST.search(host):
        # https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a -> https://www.example.com/a
        match = re.match(r"^/[a-z]+/(?P<secure>s/)?(?P<rest>.+)$", parts.path)
        if match:
            scheme = "https" if match["secure"] else "http"
            return _strip_amp_markers(f"{scheme}://{match['rest']}", parts.query)
    if host.endswith("google.com"):
        match = _GOOGLE_AMP_PATH.match(parts.path)
        if match:
            return _strip_amp_markers(f"https://{match['rest']}", parts.query)
    if not is_amp_url(url):
        return url
    return _strip_amp_markers(url, None)


def _strip_amp_markers(url: str, extra_query: str | None) -> str:
    parts = _split(url)
    host = parts.netloc
    if host.lower().startswith("amp."):
        host = host[4:]
    path = parts.path
    if path.endswith(".amp.html"):
        path = path[: -len(".amp.html")] + ".html"
    elif path.endswith(".amp"):
        path = path[: -len(".amp")]
    else:
        path = re.sub(r"/amp/?$", "/", path)
        path = path.replace("/amp/", "/")
    query = parts.query if extra_query is None else (parts.query or extra_query)
    kept = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if k.lower() != "amp" and not (k.lower() == "outputtype" and v.lower() == "amp")
    ]
    return urlunsplit((parts.scheme, host, path or "/", urlencode(kept, doseq=True), ""))


def canonical_key(url: str) -> str:
    """The cache and de-duplication key: AMP mapped to its canonical page, then normalised."""
    return normalize_url(amp_to_canonical(url))


def _trim_url(candidate: str) -> str:
    # Drop sentence punctuation after a link, but keep a ")" that closes a "(" in the link
    # (Wikipedia-style URLs).
    while candidate and candidate[-1] in _TRAILING_PUNCT:
        if candidate[-1] == ")" and candidate.count("(") >= candidate.count(")"):
            break
        candidate = candidate[:-1]
    return candidate


def find_urls(text: str) -> list[str]:
    """Find the http(s) links in a message, de-duplicated by ``normalize_url``, order kept."""
    found: list[str] = []
    seen: set[str] = set()
    for match in _URL_IN_TEXT.finditer(text):
        candidate = _trim_url(match.group(0))
        try:
            key = normalize_url(candidate)
        except UnsupportedURLError:
            continue
        if not urlsplit(candidate).hostname or key in seen:
            continue
        seen.add(key)
        found.append(candidate)
    return found
