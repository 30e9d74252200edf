"""User-facing wording of library errors, shared by the CLI and the bot."""

from __future__ import annotations

from ._errors import (
    BadStatus,
    BlockedAddressError,
    BrokenFeedError,
    ContentTooLarge,
    CredentialsRefused,
    FetchError,
    FetchTimeout,
    HostNotFound,
    InputError,
    NotAFeedError,
    NotAnArticleError,
    RedirectNowhere,
    RedirectRefused,
    SummarizerError,
    TooManyRedirects,
    UnsupportedContentType,
    UnsupportedURLError,
)

_PASTE_HINT = "You can paste the article text instead."


def error_message(exc: SummarizerError) -> str:
    """A short, polite sentence saying what went wrong and what to do.

    Most specific type first. Raw exception text is shown only for InputError,
    whose messages are written for people in the first place.
    """
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, BlockedAddressError):
        return "That link points to a private or local network address, so I won't open it."
    if isinstance(exc, CredentialsRefused):
        return (
            "I don't open links with a user name or password in them (user:password@…): they "
            "can hide where a link really goes. Send the plain address instead."
        )
    if isinstance(exc, RedirectRefused):
        return (
            "That link sends me on to an address I can't open (not an http:// or https:// page, "
            "or malformed). Open it in a browser to see where it leads."
        )
    if isinstance(exc, UnsupportedURLError):
        # A mistyped host ("www..bbc.com") lands here as well as an ftp:// link.
        return (
            "I can't open that link: check that the address is typed right "
            "(only http:// and https:// links work)."
        )
    if isinstance(exc, UnsupportedContentType):
        return _content_type_message(exc.content_type or "")
    if isinstance(exc, BrokenFeedError):
        return (
            "That feed is broken right now: its document is cut off, and I couldn't read a "
            "single entry from it. Try again later, or tell the site."
        )
    if isinstance(exc, NotAFeedError):
        return "That address is not an RSS, Atom or JSON feed. Send the feed's own link."
    if isinstance(exc, NotAnArticleError):
        return (
            "I couldn't find an article on that page (it may be behind a login, a cookie "
            f"or pay wall, or built with JavaScript only). {_PASTE_HINT}"
        )
    if isinstance(exc, FetchTimeout):
        return "The site took too long to answer. Please try again later."
    if isinstance(exc, TooManyRedirects):
        return (
            "That link keeps redirecting, in a loop or through too many addresses; open it in "
            "a browser to see where it should lead."
        )
    if isinstance(exc, ContentTooLarge):
        return f"That page is too large for me to read. {_PASTE_HINT}"
    if isinstance(exc, BadStatus):
        if exc.status_code == 404:
            return "That page was not found (HTTP 404). Please check the link."
        if exc.status_code in (401, 402, 403) or exc.status_code > 599:
            return f"The site refused access to that page (HTTP {exc.status_code}). {_PASTE_HINT}"
        if exc.status_code == 429:
            return "The site is limiting requests right now (HTTP 429). Please try again later."
        if exc.status_code >= 500:
            return f"The site had an error (HTTP {exc.status_code}). Please try again later."
        return f"The site answered with an error (HTTP {exc.status_code}). Please check the link."
    if isinstance(exc, RedirectNowhere):
        return (
            "That link sends me on to a site that does not exist; the link may be out of date. "
            "Open it in a browser to see where it leads."
        )
    if isinstance(exc, HostNotFound):
        return "I couldn't find that site: no site has that name. Please check the link for a typo."
    if isinstance(exc, FetchError):
        return "I couldn't download that page. Please check the link or try again later."
    return "Sorry, I couldn't summarise that."


def unread_reason(exc: SummarizerError) -> str:
    """A few words on why a page could not be read, for a line listing it ("page not found").

    Only what a reader can act on or would want to know; "" when there is nothing short to say.
    """
    if isinstance(exc, BadStatus):
        if exc.status_code in (404, 410):
            return "page not found"
        if exc.status_code in (401, 402, 403, 429):
            return "the site refused"
        return "the site had an error" if exc.status_code >= 500 else ""
    if isinstance(exc, FetchTimeout):
        return "the site did not answer"
    if isinstance(exc, RedirectNowhere | HostNotFound):
        return "no such site"
    if isinstance(exc, BlockedAddressError):
        return "a private address"
    if isinstance(exc, UnsupportedContentType):
        content_type = exc.content_type or ""
        if content_type == "application/pdf":
            return "a PDF"
        return _MEDIA_KINDS.get(content_type.partition("/")[0], "not a web page")
    if isinstance(exc, NotAnArticleError):
        return "no article on the page"
    if isinstance(exc, TooManyRedirects):
        return "redirects without end"
    if isinstance(exc, ContentTooLarge):
        return "too large"
    return ""


# What a link serves instead of a page, in words people use.
_MEDIA_KINDS = {"image": "an image", "audio": "an audio file", "video": "a video"}
_DOCUMENT_KINDS = {
    "application/pdf": "a PDF document",
    "application/msword": "a Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
    "application/vnd.oasis.opendocument.text": "a text document",
    "application/rtf": "a Word document",
    "application/vnd.ms-excel": "a spreadsheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "a spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet": "a spreadsheet",
    "text/csv": "a spreadsheet",
    "application/vnd.ms-powerpoint": "a presentation",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "a presentation",
    "application/epub+zip": "an e-book",
    "application/zip": "an archive",
    "application/x-7z-compressed": "an archive",
    "application/vnd.rar": "an archive",
    "application/x-rar-compressed": "an archive",
    "application/gzip": "an archive",
    "application/x-tar": "an archive",
    "application/json": "data (JSON)",
    "application/octet-stream": "a file of unknown type",
}


def kind_of_content(content_type: str | None) -> str | None:
    """A file or link's media type in words people use ("a Word document", "an image");
    ``None`` when there are none."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return _DOCUMENT_KINDS.get(mime) or _MEDIA_KINDS.get(mime.partition("/")[0])


def _content_type_message(content_type: str) -> str:
    if content_type == "application/pdf":
        return (
            "That link is a PDF document, not an article page: I read web pages only. "
            "You can paste its text instead."
        )
    kind = _MEDIA_KINDS.get(content_type.partition("/")[0])
    if kind:
        return f"That link is {kind}, not an article page: there is no text to summarise."
    document = kind_of_content(content_type)
    if document:
        return f"That link is {document}, not an article page. {_PASTE_HINT}"
    served = content_type or "no type"
    return f"That link is not an article page (it serves {served}). {_PASTE_HINT}"
