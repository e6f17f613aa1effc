"""An Atom feed of the sources, written from the model (no git history needed, no network).

Entries link to the source pages; with no site URL configured the links are relative to the
feed, which feed readers that open the file from the site resolve correctly.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from xml.etree import ElementTree as ET

from ..model import Briefing

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(briefing: Briefing, site_name: str, site_url: str | None, directory_urls: bool = True) -> bytes:
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{site_name}: sources"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base + "feed.xml" if base else "urn:briefing:feed"
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base + "feed.xml", rel="self")
    # Atom requires an update time: the newest source's date, else when the feed was built
    # (SOURCE_DATE_EPOCH, if set, keeps builds reproducible).
    built = dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", time.time())), dt.UTC).date()
    newest = briefing.newest_date or built
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = f"{newest.isoformat()}T00:00:00Z"
    articles = sorted(briefing.articles, key=lambda a: (a.meta.date or dt.date.min, a.id), reverse=True)
    for article in articles:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        path = f"sources/{article.slug}/" if directory_urls else f"sources/{article.slug}.html"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = article.title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = base + path if base else f"urn:briefing:source:{article.id}"
        ET.SubElement(entry, f"{{{ATOM}}}link", href=base + path)
        updated = article.meta.date or newest
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{updated.isoformat()}T00:00:00Z"
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = article.meta.publisher or "Publisher unknown"
        first = next((p.text for p in article.passages if not p.is_header), "")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = first[:400]
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
