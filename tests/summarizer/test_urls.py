"""URL validation, SSRF address checks, normalisation, AMP mapping and link finding."""

from __future__ import annotations

import ipaddress

import pytest

from summarizer._errors import BlockedAddressError, UnsupportedURLError
from summarizer._urls import (
    amp_to_canonical,
    canonical_key,
    find_urls,
    is_amp_url,
    is_blocked_address,
    normalize_url,
    parse_ip_host,
    validate_url,
)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
        ("93.184.216.34", "93.184.216.34"),
    ],
)
def test_parse_ip_host_reads_every_spelling(host: str, expected: str) -> None:
    assert parse_ip_host(host) == ipaddress.ip_address(expected)


@pytest.mark.parametrize("host", ["example.com", "999.1.1.1", "1.2.3.4.5", "localhost"])
def test_parse_ip_host_leaves_names_alone(host: str) -> None:
    assert parse_ip_host(host) is None


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
        "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:7f00:1::",
        "64:ff9b::a00:1", "198.18.0.1", "192.0.2.1",
    ],
)  # fmt: skip
def test_blocked_addresses(address: str) -> None:
    assert is_blocked_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert not is_blocked_address(address)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://0177.0.0.1/",
        "http://[::1]:8080/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:8000/",
        "http://printer.local/",
        "https://app.localhost/",
    ],
)
def test_validate_url_blocks_private_literals_and_local_names(url: str) -> None:
    with pytest.raises(BlockedAddressError) as info:
        validate_url(url)
    assert info.value.url == url


def test_validate_url_allows_private_when_asked() -> None:
    assert (
        validate_url("http://127.0.0.1:8000/a#x", allow_private=True) == "http://127.0.0.1:8000/a"
    )


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://example.com/",
        "http://",
        "not a url",
        "",
        "http://user:pass@example.com/",
        "http://example.com:99999/",
        # Host names DNS would refuse (IDNA cannot encode them): typos, not crashes.
        "http://www..bbc.com/news",
        "http://.example.com/",
        "http://" + "a" * 64 + ".com/",
        "http://xn--a.com/",
    ],
)
def test_validate_url_rejects_other_schemes_and_malformed(url: str) -> None:
    with pytest.raises(UnsupportedURLError):
        validate_url(url)


def test_a_link_with_a_password_is_refused_for_what_it_is() -> None:
    from summarizer._messages import error_message

    with pytest.raises(UnsupportedURLError) as info:
        validate_url("http://user:pass@example.com/")
    message = error_message(info.value)
    assert "user name or password" in message and "http://" not in message


def test_normalize_url_strips_tracking_and_fragment() -> None:
    url = (
        "HTTPS://News.Example.COM:443/a/story?id=7&utm_source=tw&utm_medium=social"
        "&fbclid=x&gclid=y&yclid=z&mc_cid=1&mc_eid=2&ref=home#comments"
    )
    assert normalize_url(url) == "https://news.example.com/a/story?id=7"


def test_normalize_url_keeps_meaningful_params_and_ports() -> None:
    assert (
        normalize_url("http://example.com:8080?page=2&q=x") == "http://example.com:8080/?page=2&q=x"
    )
    assert normalize_url("http://example.com:80/a") == "http://example.com/a"


def test_normalize_url_keeps_escaped_bytes_that_are_not_utf8() -> None:
    """cp1251 sites put such bytes in links: read as U+FFFD, two links became one."""
    first = normalize_url("http://x.ru/news?id=%EF%F0%E8")
    second = normalize_url("http://x.ru/news?id=%E0%E1%E2")
    assert first == "http://x.ru/news?id=%EF%F0%E8"
    assert second == "http://x.ru/news?id=%E0%E1%E2"
    assert normalize_url("http://x.ru/%EF%F0/a") == "http://x.ru/%EF%F0/a"


def test_same_article_different_tracking_gets_one_key() -> None:
    a = canonical_key("https://example.com/story?utm_campaign=x")
    b = canonical_key("https://example.com/story#top")
    c = canonical_key("https://example.com/story/amp/")
    assert a == b == "https://example.com/story"
    assert c == "https://example.com/story/"


@pytest.mark.parametrize(
    ("amp", "canonical"),
    [
        (
            "https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/world-123.amp",
            "https://www.bbc.com/news/world-123",
        ),
        (
            "https://www.google.com/amp/s/example.com/story.amp.html",
            "https://example.com/story.html",
        ),
        ("https://example.com/2024/01/story/amp/", "https://example.com/2024/01/story/"),
        ("https://example.com/story?outputType=amp&id=2", "https://example.com/story?id=2"),
        ("https://amp.example.com/story", "https://example.com/story"),
    ],
)
def test_amp_to_canonical(amp: str, canonical: str) -> None:
    assert is_amp_url(amp)
    assert amp_to_canonical(amp) == canonical


def test_non_amp_url_is_unchanged() -> None:
    url = "https://example.com/ample-story"
    assert not is_amp_url(url)
    assert amp_to_canonical(url) == url


def test_find_urls_dedups_keeps_order_and_trims_punctuation() -> None:
    text = (
        "Read https://a.example/x?utm_source=t, then (https://en.wikipedia.org/wiki/Foo_(bar)). "
        "Again https://a.example/x. Not ftp://b.example/ but http://c.example/page!"
    )
    assert find_urls(text) == [
        "https://a.example/x?utm_source=t",
        "https://en.wikipedia.org/wiki/Foo_(bar)",
        "http://c.example/page",
    ]


def test_find_urls_on_plain_text_is_empty() -> None:
    assert find_urls("no links here, just example.com mentioned") == []


@pytest.mark.parametrize(
    "url", ["http://user@example.com/", "https://www.bbc.co.uk@evil.example/news"]
)
def test_a_user_name_without_a_password_is_refused_too(url: str) -> None:
    # The second one reads as the BBC and goes to evil.example.
    with pytest.raises(UnsupportedURLError):
        validate_url(url)
