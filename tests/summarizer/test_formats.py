"""Data, markup and code pasted or passed by mistake get a clear answer, not a "digest" of
rows; articles that merely hold a table, a snippet or a list still get their digest."""

from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer._cli import main
from summarizer._errors import InputError, SummarizerError
from summarizer._formats import machine_format
from summarizer._options import SummarizerOptions
from summarizer._pipeline import summarize_html, summarize_text

OPTIONS = SummarizerOptions()

STORY = (
    "The town council of Kelby voted on Tuesday to reopen the harbour ferry after a ten-year "
    "closure, ending a long campaign by residents of the island of Marrow.\n\n"
    "The new boat will be smaller and electric, and the first crossings are planned for next "
    "spring, the council said in a statement after the vote.\n\n"
    '"People on Marrow have waited a decade for this," said Helen Ashcroft, who chairs the '
    "transport committee. Critics said the running costs had been underestimated by a third."
)

NOT_ARTICLES = {
    "a CSV spreadsheet": (
        "id,name,town,fare,comment\n"
        + "".join(
            f'{i},Passenger {i},Kelby,{i * 1.5:.2f},"Said the boat was late, again."\n'
            for i in range(12)
        )
    ),
    "a CSV spreadsheet ": (  # European: semicolons, decimal commas
        "Datum;Hafen;Fahrgäste;Umsatz\n"
        + "".join(f"0{d}.03.2024;Kelby;{d * 40};{d * 12},50\n" for d in range(1, 9))
    ),
    "JSON data": (
        '{"status": "ok", "article": {"title": "Ferry returns", "body": "The town council voted'
        ' on Tuesday to reopen the ferry.\\n\\nThe first crossings are planned for spring.",'
        ' "tags": ["transport", "kelby"], "views": 1204}}'
    ),
    "JSON data ": "".join(
        f'{{"event": "crossing", "boat": "Marrow Star", "minutes": {20 + i}}}\n' for i in range(6)
    ),
    "program code": (
        "import json\n\n\n"
        "def fare(distance: float) -> float:\n"
        "    # The council sets the base fare once a year.\n"
        "    base = 2.5\n"
        "    return base + distance * 0.4\n\n\n"
        "class Ferry:\n"
        "    def __init__(self, name):\n"
        "        self.name = name\n"
        "        self.trips = []\n\n"
        "    def sail(self, port):\n"
        "        self.trips.append(port)\n"
        "        print(json.dumps(self.trips))\n"
    ),
    "a program's error trace": (
        "Traceback (most recent call last):\n"
        '  File "/srv/app/main.py", line 41, in <module>\n'
        "    run()\n"
        '  File "/srv/app/main.py", line 12, in run\n'
        "    fares = load_fares(path)\n"
        '  File "/srv/app/fares.py", line 8, in load_fares\n'
        "    with open(path) as handle:\n"
        "FileNotFoundError: [Errno 2] No such file or directory: 'fares.csv'\n"
    ),
    "a log file": "".join(
        f"2024-03-0{d} 06:1{d}:0{d} INFO ferry.gate Boarding opened for the morning crossing "
        f"to Marrow with {d * 11} passengers.\n"
        for d in range(1, 8)
    ),
    "a table": (
        "| Year | Passengers | Revenue |\n|------|-----------|---------|\n"
        + "".join(f"| {2010 + i} | {i * 1200} | £{i * 30}k |\n" for i in range(8))
    ),
    "a site's menus": (
        "Skip to main content\nMenu\nHome | News | Sport | Weather | Travel\nSign in\n"
        "Share this article\nFacebook Twitter WhatsApp Email\nRelated topics\nAdvertisement\n"
        "More on this story\nPrivacy policy | Terms of use | Contact us | About us\n"
        "© 2024 Example Media Ltd. All rights reserved.\nDownload the app\n"
    ),
    "a comment thread": "".join(
        f"harbourfan{i} · {i + 1} hours ago\nThey should have kept the old boat running "
        f"instead of spending millions on a new one nobody asked for.\nReply · Like ({i})\n\n"
        for i in range(5)
    ),
    "a list of links": "".join(
        f"https://news.example.com/2024/03/ferry-update-{i}\n" for i in range(10)
    ),
    "a settings file": (
        "# ferry timetable service\nport: 8080\nhost: 0.0.0.0\ndebug: false\n"
        "timezone: Europe/London\n[database]\nurl = sqlite:///ferry.db\npool_size = 5\n"
    ),
    "numbers and symbols": "\n".join(
        f"{i * 37 % 101:>6} {i * 13 % 97:>6} {i * 7 % 89:>6}" for i in range(60)
    ),
    "a terminal's output": (
        "*   Trying 192.0.2.7:443...\n* Connected to api.kelby.example (192.0.2.7) port 443\n"
        "* ALPN: curl offers h2,http/1.1\n* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n"
        "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> GET /ferry HTTP/2\n"
        "> Host: api.kelby.example\n> Accept: */*\n>\n< HTTP/2 404\n"
        "< content-type: text/plain\n<\nThe ferry timetable was not found.\n"
    ),
    "a terminal's output ": (
        "Run npm ci\nnpm WARN deprecated glob@7.2.3: Glob versions prior to v9 are no longer "
        "supported\nadded 412 packages, and audited 413 packages in 9s\nRun npm run build\n"
        "> kelby-ferry@1.4.0 build\nvite v5.2.6 building for production...\n"
        + "".join(f"✓ {n} modules transformed.\n" for n in range(10, 90, 10))
        + "PASS src/timetable.test.ts\nFAIL src/fares.test.ts\n"
    ),
    "an SVG image": (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">'
        '<rect width="100" height="40" fill="#0af"/><text x="4" y="24">The ferry is back in '
        "service from Monday.</text></svg>"
    ),
}


@pytest.mark.parametrize(("kind", "text"), NOT_ARTICLES.items())
def test_data_markup_and_code_are_no_article(kind: str, text: str) -> None:
    assert machine_format(text) == kind.strip()
    with pytest.raises(InputError, match=f"looks like {kind.strip()}, not an article"):
        summarize_text(text, options=OPTIONS)


ARTICLES_WITH_ODD_PARTS = {
    "a results table": STORY
    + "\n\n| Ward | For | Against |\n|---|---|---|\n| North | 1,204 | 610 |\n"
    "| Harbour | 980 | 402 |\n| Marrow | 1,530 | 88 |",
    "a code snippet": (
        "A flaw in a popular logging library lets attackers run their own code on servers, "
        "security researchers warned on Monday, urging companies to update at once.\n\n"
        "The researchers showed that a single line sent to a vulnerable server was enough:\n\n"
        "    logger.info(request.headers['User-Agent'])\n\n"
        "The library's maintainers released a fixed version within hours and said they were "
        "not aware of any attacks so far. Several cloud providers said they had already "
        "patched their own systems and advised customers to do the same."
    ),
    "result lines with commas": STORY
    + "\n\nThe results by party:\nLabour, 4,210, 41%\nConservative, 3,020, 29%\n"
    "Liberal Democrat, 1,900, 18%",
    "an interview": (
        "The harbour master of Kelby, Tom Riley, has run the port for twenty years. We asked "
        "him about the return of the ferry.\n\n"
        "Q: Why did the old ferry stop?\n"
        "A: Its hull was corroded and the operator went bankrupt in the same year, so there "
        "was nobody left to repair it.\n\n"
        "Q: Will the new boat pay for itself?\n"
        "A: Not at first. The grant covers the first three years, and after that it depends "
        "on how many people use it in winter."
    ),
    "comments under the article": STORY
    + "".join(
        f"\n\nreader{i} · {i + 1} hours ago\nAbout time too, the bus takes two hours.\n"
        f"Reply · Like ({i})"
        for i in range(4)
    ),
    "an article quoted in an email": "Hi Tom, have you seen this?\n\n"
    + "\n>\n".join(f"> {para}" for para in STORY.split("\n\n")),
    "a timeline": STORY + "\n\nTimeline:\n2014-05-02 10:00 Inspection finds corrosion\n"
    "2016-01-15 09:00 Ferry withdrawn\n2024-03-05 19:30 Council vote",
}


@pytest.mark.parametrize("text", ARTICLES_WITH_ODD_PARTS.values(), ids=ARTICLES_WITH_ODD_PARTS)
def test_an_article_with_a_table_snippet_or_list_is_still_an_article(text: str) -> None:
    assert machine_format(text) is None
    assert summarize_text(text, options=OPTIONS).summary


def test_pasted_page_source_is_read_as_a_page() -> None:
    paragraphs = "".join(f"<p>{para}</p>\n" for para in STORY.split("\n\n"))
    page = (
        "<!DOCTYPE html>\n<html><head><title>Kelby ferry to return</title>"
        "<script>window.dataLayer = [];</script></head>\n"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Kelby ferry to return</h1>\n"
        f"{paragraphs}</article></body></html>"
    )
    digest = summarize_text(page, options=OPTIONS)
    assert digest.title == "Kelby ferry to return"
    assert any("reopen the harbour ferry" in sentence for sentence in digest.summary)


def test_a_sitemap_saved_as_a_page_is_no_article() -> None:
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/">'
        + (
            "".join(f"<url><loc>https://example.com/story-{i}</loc></url>" for i in range(20))
            + "</urlset>"
        )
    )
    with pytest.raises(InputError, match="looks like a sitemap"):
        summarize_html(sitemap, options=OPTIONS)


def test_the_cli_names_a_csv_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(NOT_ARTICLES["a CSV spreadsheet"], encoding="utf-8")
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: That looks like a CSV spreadsheet, not an article")
    assert err.count("\n") == 1


FERRY_PARAGRAPHS = [
    "Residents of Kelby voted on Tuesday to reopen the town's harbour ferry, ending a ten-year "
    "closure that had cut the island off from the mainland.",
    'The measure passed with 64 per cent of the vote. "This is the day we have been waiting '
    'for," said Ann Cole, who runs the harbour cafe.',
    "The council expects the first boats to sail in the spring, once the pier has been "
    "repaired and a new operator has been found for the route.",
]


@pytest.mark.parametrize(
    "wrap",
    [
        lambda p: f"<p>{p}</p>",
        lambda p: f'<p class="bodytext">{p.replace("Kelby", "<b>Kelby</b>")}</p>',
        lambda p: f"<div>{p}</div>",
    ],
)
def test_an_article_body_copied_as_html_is_read_as_a_page(wrap: Callable[[str], str]) -> None:
    source = "<article>\n<h1>Kelby votes to reopen its ferry</h1>\n" + "\n".join(
        wrap(p) for p in FERRY_PARAGRAPHS
    )
    digest = summarize_text(source, options=OPTIONS)
    assert digest.title == "Kelby votes to reopen its ferry"
    assert not any("<" in s for s in digest.summary)
    assert digest.summary[0] == FERRY_PARAGRAPHS[0]


def test_a_pasted_table_of_markup_is_never_shown_as_its_tags() -> None:
    rows = "".join(
        f"<tr><td>Candidate {i}</td><td>Party {i}</td><td>{i * 311}</td></tr>" for i in range(8)
    )
    fragment = (
        f'<table class="results">\n<tr><th>Name</th><th>Party</th><th>Votes</th></tr>{rows}</table>'
    )
    with pytest.raises(SummarizerError):
        summarize_text(fragment, options=OPTIONS)
