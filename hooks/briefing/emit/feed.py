"""The sources as an RSS 2.0 feed, written from the model (no git history needed, no network).

RSS, not Atom: Atom requires a date on every entry, and most articles come without one. Each item
carries its article's date when the article or `sources.yml` gives it and none otherwise (never
the build date); its author only when the publisher is known; an id that names the article, so
local and published builds agree; a summary cut at a word boundary. With no site URL configured
the links are relative to the feed.
"""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from ..model import Briefing
from ..text import clip_words

DC = "http://purl.org/dc/elements/1.1/"
ATOM = "http://www.w3.org/2005/Atom"


def rss_feed(briefing: Briefing, site_name: str, site_url: str | None, directory_urls: bool = True) -> bytes:
    """Dated sources newest first, then the undated ones in the order of the sources folder."""
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    ET.register_namespace("dc", DC)
    ET.register_namespace("atom", ATOM)
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = f"{site_name}: sources"
    ET.SubElement(channel, "link").text = base or "./"
    ET.SubElement(channel, "description").text = f"Every article in {site_name}, newest first where dated."
    if base:
        ET.SubElement(channel, f"{{{ATOM}}}link", href=base + "feed.xml", rel="self", type="application/rss+xml")
    if briefing.newest_date:
        ET.SubElement(channel, "lastBuildDate").text = _rfc822(briefing.newest_date)
    dated = sorted((a for a in briefing.articles if a.meta.date), key=lambda a: (a.meta.date, a.id), reverse=True)
    for article in dated + [a for a in briefing.articles if not a.meta.date]:
        item = ET.SubElement(channel, "item")
        path = f"sources/{article.slug}/" if directory_urls else f"sources/{article.slug}.html"
        ET.SubElement(item, "title").text = article.title
        ET.SubElement(item, "link").text = base + path
        ET.SubElement(item, "guid", isPermaLink="false").text = f"briefing-source-{article.id}"
        if article.meta.date:
            ET.SubElement(item, "pubDate").text = _rfc822(article.meta.date)
        if article.meta.publisher:
            ET.SubElement(item, f"{{{DC}}}creator").text = article.meta.publisher
        first = next((p.text for p in article.passages if not p.is_header), "")
        ET.SubElement(item, "description").text = clip_words(first, 400)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def _rfc822(day: dt.date) -> str:
    return format_datetime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))


def robots_txt(site_url: str | None) -> str:
    """Every page may be crawled; the contributors' pages say `noindex` themselves. The sitemap's
    address is only known when the site's address is."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines.append(f"Sitemap: {site_url.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"
