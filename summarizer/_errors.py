"""Errors raised by the summarizer.

SummarizerError
├── InputError               the text itself is unusable (empty, binary, too large)
├── FetchError               the page could not be fetched
│   ├── FetchTimeout
│   ├── BadStatus            4xx / 5xx answer
│   ├── TooManyRedirects
│   └── ContentTooLarge
├── UnsupportedURLError      not http(s), malformed, or pointing at a private address
│   └── BlockedAddressError  resolves to loopback / private / reserved space (SSRF)
└── NotAnArticleError        fetched, but no article in it (wrong content type, wall, shell)
    ├── UnsupportedContentType
    └── NotAFeedError            a feed URL that serves neither RSS nor Atom
        └── BrokenFeedError      a feed whose document is cut off, no entry to read in it
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Root of every error the library raises on purpose."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class InputError(SummarizerError):
    """The input text is empty, binary junk or larger than allowed."""


class FetchError(SummarizerError):
    """The page could not be downloaded."""


class FetchTimeout(FetchError):
    """The server did not answer in time."""


class BadStatus(FetchError):
    """The server answered with an HTTP error status."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status_code: int = 0,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url=url)
        self.status_code = status_code
        self.retry_after = retry_after  # seconds the site asked us to wait (Retry-After)


class HostNotFound(FetchError):
    """No site has the link's host name (never retried)."""


class RedirectNowhere(FetchError):
    """The link worked, and redirected to a host name no site has."""


class TooManyRedirects(FetchError):
    """The URL redirected more often than allowed."""


class ContentTooLarge(FetchError):
    """The body was larger than the configured cap, or holds more tags than we parse."""


class UnsupportedURLError(SummarizerError):
    """The URL is malformed or uses a scheme other than http(s)."""


class CredentialsRefused(UnsupportedURLError):
    """The link carries a user name or password ("user:pass@host"), which can hide its host."""


class RedirectRefused(UnsupportedURLError):
    """The site redirected to an address that cannot be fetched (ftp:, javascript:, malformed)."""


class BlockedAddressError(UnsupportedURLError):
    """The URL points at a loopback, private or otherwise reserved address."""


class NotAnArticleError(SummarizerError):
    """The page holds no article: a wall, an empty shell, an error page, a home page."""


class UnsupportedContentType(NotAnArticleError):
    """The link serves something other than a web page (PDF, image, video, archive)."""

    def __init__(self, message: str, *, url: str | None = None, content_type: str = "") -> None:
        super().__init__(message, url=url)
        self.content_type = content_type


class NotAFeedError(NotAnArticleError):
    """The document is neither RSS nor Atom (an HTML page, say, or broken XML)."""


class BrokenFeedError(NotAFeedError):
    """An RSS or Atom document cut off before any entry could be read from it."""
