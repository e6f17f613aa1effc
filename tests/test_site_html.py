"""The real site, built once through mkdocs.yml and the hooks, read back as HTML.

Expectations about the seeds are written by hand from reading the five articles, not
produced by the code under test.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from briefing.kinds import KINDS

TOPIC_DIRS = tuple(kind.folder for kind in KINDS)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _resolve(page: str, href: str) -> tuple[str, str]:
    parts = urlsplit(href)
    target = PurePosixPath(page).parent / unquote(parts.path) if parts.path else PurePosixPath(page)
    resolved = []
    for part in target.parts:
        if part == "..":
            resolved.pop()
        elif part != ".":
            resolved.append(part)
    path = "/".join(resolved)
    if not path.endswith(".html"):
        path = (path.rstrip("/") + "/index.html").lstrip("/")
    return path, parts.fragment


def _topic_pages(html_pages):
    return {p: s for p, s in html_pages.items() if p.split("/")[0] in TOPIC_DIRS and p.split("/")[1] != "index.html"}


def test_every_internal_link_and_anchor_resolves(html_pages):
    broken = []
    for page, soup in html_pages.items():
        for a in soup.select("article a[href]"):
            href = a["href"]
            if re.match(r"^[a-z]+:", href) or href.endswith("briefing-offline.zip"):
                continue  # the zip is copied into the site by `make site` (test_topic_pages_brief)
            target, fragment = _resolve(page, href)
            if target not in html_pages:
                broken.append((page, href, "no such page"))
            elif fragment and html_pages[target].find(id=fragment) is None:
                broken.append((page, href, "no such anchor"))
    assert not broken, broken[:10]


def test_every_topic_page_has_footnotes_that_land_on_source_paragraphs(html_pages):
    topics = _topic_pages(html_pages)
    assert len(topics) >= 30
    for page, soup in topics.items():
        notes = soup.select("div.footnote li")
        assert notes, f"{page} has no citation footnote"
        for note in notes:
            link = next(a for a in note.select("a[href]") if "footnote-backref" not in a.get("class", []))
            target, fragment = _resolve(page, link["href"])
            assert target.startswith("sources/"), (page, link["href"])
            assert re.fullmatch(r"p\d+", fragment), (page, link["href"])
            anchored = html_pages[target].find(id=fragment)
            assert anchored is not None and _norm(anchored.get_text()), (page, link["href"])


def test_every_quote_on_a_topic_page_carries_a_footnote(html_pages):
    for page, soup in _topic_pages(html_pages).items():
        for quote in soup.select("article blockquote p"):
            assert quote.select("sup a.footnote-ref, a.footnote-ref"), f"{page}: uncited quote {quote.get_text()[:60]}"


def test_reported_facts_carry_footnotes(html_pages):
    for page, soup in _topic_pages(html_pages).items():
        for row in soup.select("article table tr"):
            cells = row.find_all("td")
            if (
                len(cells) == 2
                and "as reported" in cells[0].get_text().lower() + " "
                and _norm(cells[1].get_text()) not in ("not stated", "unknown")
            ):
                assert cells[1].select("a.footnote-ref"), f"{page}: {row.get_text(' ', strip=True)}"


def test_footnote_quotes_match_the_cited_paragraph(html_pages):
    """Follow each quote's footnote: the quoted sentence is in the paragraph it links to."""
    checked = 0
    for page, soup in _topic_pages(html_pages).items():
        for quote in soup.select("article blockquote p"):
            ref = quote.select_one("a.footnote-ref")
            note = soup.find(id=ref["href"].lstrip("#"))
            link = next(a for a in note.select("a[href]") if "footnote-backref" not in a.get("class", []))
            target, fragment = _resolve(page, link["href"])
            text = _norm(quote.get_text())
            text = re.sub(r"\d+$", "", text).strip()  # the footnote number
            assert text in _norm(html_pages[target].find(id=fragment).get_text()), (page, text[:80])
            checked += 1
    assert checked > 50


def test_feed_lists_every_source_with_real_dates_only(built_site, html_pages):
    """RSS 2.0: every source once, with a stable id, a date only where its source page shows one,
    no "unknown" author, and a summary that is the first paragraph or a cut of it at a word end."""
    from xml.etree import ElementTree as ET

    feed = ET.parse(built_site / "feed.xml").getroot()
    assert feed.tag == "rss" and feed.get("version") == "2.0"
    items = feed.findall("channel/item")
    assert len(items) == 5 and len({i.findtext("guid") for i in items}) == 5
    for item in items:
        href = item.findtext("link")
        assert href.startswith("sources/") and href + "index.html" in html_pages
        page = html_pages[href + "index.html"]
        published = next(tr for tr in page.select(".briefing-meta tr") if "Published" in tr.get_text())
        shown = _norm(published.find_all("td")[1].get_text())
        assert (item.find("pubDate") is None) == (shown == "unknown"), (href, shown)
        assert "unknown" not in (item.findtext("{http://purl.org/dc/elements/1.1/}creator") or "").lower()
        assert "Publisher unknown" not in ET.tostring(item, encoding="unicode")
        summary = item.findtext("description")
        first = _norm(page.select_one("article [data-n]").get_text())
        if summary.endswith("…"):
            cut = summary[:-1]
            assert first.startswith(cut) and first[len(cut)] == " ", (href, summary[-30:])
        else:
            assert summary == first


def test_pages_have_open_graph_and_description(html_pages):
    for path in ("index.html", "countries/china/index.html", "sources/003-fa51ae2332851756/index.html"):
        soup = html_pages[path]
        assert soup.find("meta", property="og:title")["content"]
        description = soup.find("meta", attrs={"name": "description"})["content"]
        assert description and description == soup.find("meta", property="og:description")["content"]
    assert (
        html_pages["sources/003-fa51ae2332851756/index.html"]
        .find("meta", attrs={"name": "description"})["content"]
        .startswith("Tokyo, Japan – The United States and Japan")
    )


def test_timeline_and_chart(html_pages):
    timeline = html_pages["timeline/index.html"].select_one("article")
    first_row = timeline.select_one("table tbody tr")
    assert "in March 2024" in first_row.get_text() and first_row.select("a.footnote-ref")
    chart = html_pages["figures/index.html"].select_one("div.briefing-bars")
    assert chart is not None and "China" in chart["aria-label"]
    stages = [_norm(p.get_text()) for p in chart.select(".briefing-bars__stage")]
    assert len(stages) == len(set(stages)) >= 2  # grouped by what each figure measures
    widths = [b["style"] for b in chart.select(".briefing-bars__bar")]
    assert widths and all(re.fullmatch(r"width:\d+\.\d%", w) for w in widths)
    assert all(label.select_one("cite").get_text() for label in chart.select(".briefing-bars__label"))
    labels = " ".join(label.get_text() for label in chart.select(".briefing-bars__label"))
    assert all(figure in labels for figure in ("60%", "70%", "90%"))
