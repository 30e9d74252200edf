"""Pages that are no article: error pages, cookie notices, login and pay walls.

Kept apart from extraction (which loads trafilatura) so that pasted text can be checked
without it.
"""

from __future__ import annotations

import re

# Walls and error pages may carry some prose; above this length we trust it is an article.
WALL_MAX_CHARS = 1500

# An error page's title. A status code alone is news too ("500,000 evacuated", "S&P 500 ...",
# "Forbidden City", "Missing hiker not found"): it counts only as the whole title, before a
# separator, or beside an error word.
_STATUS = r"(?:400|401|403|404|410|429|500|502|503|504)"
ERROR_TITLE = re.compile(
    rf"^\W*{_STATUS}\W*(?:$|[-|:–—·•])"
    rf"|\b(?:error|erreur|fehler|status|code)\W{{0,3}}{_STATUS}\b"
    rf"|\b{_STATUS}\W{{0,3}}(?:error|not found|forbidden|gone|unauthorized|bad gateway"
    r"|service unavailable|internal server error)\b"
    r"|page not found|^\W*(?:not found|forbidden|access denied)\W*(?:$|[-|:–—·•])"
    r"|(?:page|article|content|story|video) (?:is )?no longer available"
    r"|^\W*(?:oops\W*)?something went wrong\W*(?:$|[-|:–—·•])|internal server error"
    r"|page (does not|doesn't) exist|(could not|couldn't|can't|cannot) find (that|this|the) page",
    re.IGNORECASE,
)

COOKIE_MARKERS = re.compile(
    r"\b(we use cookies|uses cookies|cookie (policy|settings|preferences|consent)|accept all"
    r"|manage (consent|preferences|cookies)|your privacy choices|consent to the use"
    r"|reject all|wir verwenden cookies|nous utilisons des cookies|utilizamos cookies"
    r"|before you continue to (google|youtube))\b",
    re.IGNORECASE,
)
# The IAB consent framework's own words ("We and our 842 partners store and/or access
# information on a device"), a wall only beside a word of consent: an article may quote them.
CONSENT_FRAMEWORK = re.compile(
    r"\b(we and our \d+ (partners|vendors)|store and(/or)? access information on (a|your) device"
    r"|wir und unsere \d+ partner|nous et nos \d+ partenaires|nosotros y nuestros \d+ socios"
    r"|noi e i nostri \d+ partner|my i nasi \d+ partnerzy|nós e os nossos \d+ parceiros)\b",
    re.IGNORECASE,
)
CONSENT_WORDS = re.compile(
    r"\b(consent|cookies|einwillig\w*|zustimm\w*|consentement|consentimiento|consenso"
    r"|zgod\w*|consentimento)\b",
    re.IGNORECASE,
)
LOGIN_MARKERS = re.compile(
    r"\b(sign in to (continue|read|view)|log ?in to (continue|read|view|see)|please (log|sign) ?in"
    r"|you must be logged in|create (a free|an) account to|forgot (your )?password"
    r"|members only|login required)\b",
    re.IGNORECASE,
)
PAYWALL_MARKERS = re.compile(
    r"\b(subscribe (now )?to (continue|read|unlock|get)|already a subscriber|subscribers only"
    r"|for subscribers|to continue reading"
    r"|this (article|content|story) is (only )?(available|reserved) (to|for) (subscribers|members)"
    r"|start your (free )?trial|unlock (this|full) (article|story)"
    r"|become a (member|subscriber) to)\b",
    re.IGNORECASE,
)


# A copied error page's headline, as the whole line: "404", "Page not found", "Error 503".
_PASTED_ERROR_TITLE = re.compile(
    rf"\W*(?:(?:error\W*)?{_STATUS}\W*(?:(?:error|not found|forbidden|gone|unauthorized"
    r"|bad gateway|service unavailable|internal server error)\W*)?|page not found|not found"
    r"|(?:oops\W*)?something went wrong|page (?:does not|doesn't) exist"
    r"|(?:sorry,? )?(?:we )?(?:could not|couldn't|can't|cannot) find (?:that|this|the) page)"
    r"\W*(?:[-|:–—·•].{0,60})?",
    re.IGNORECASE,
)

# A consent banner's buttons, copied as lines of their own.
_CONSENT_BUTTON = re.compile(
    r"^\W*(?:accept all(?: cookies)?|reject all(?: cookies)?|manage (?:preferences|cookies|consent"
    r"|options)|cookie settings|i agree|agree and (?:close|continue)|alle akzeptieren"
    r"|tout accepter|aceptar todo)\W*$",
    re.IGNORECASE | re.MULTILINE,
)


def pasted_wall_reason(text: str, title: str | None) -> str | None:
    """What a short pasted text is instead of an article: a copied error page or cookie
    notice ("a cookie notice"); ``None`` for anything else. Stricter than for a page: a short
    news story may well be about cookies, and a paywalled teaser is still worth a digest."""
    if len(text) > WALL_MAX_CHARS:
        return None
    # The whole headline (or first line), not a story about an outage ("Site down, showing
    # 502 Bad Gateway").
    first_line = text.strip().split("\n", 1)[0]
    if any(_PASTED_ERROR_TITLE.fullmatch(line.strip()) for line in (title or "", first_line)):
        return "an error page"
    framework = CONSENT_FRAMEWORK.search(text)
    buttons = _CONSENT_BUTTON.search(text)
    if (framework and CONSENT_WORDS.search(text)) or (buttons and COOKIE_MARKERS.search(text)):
        return "a cookie notice"
    return None
