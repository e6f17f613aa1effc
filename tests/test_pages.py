"""Saved web pages (seeds/*.html) of three layouts build to clean source pages with their metadata.

Built through the real mkdocs.yml and hooks; the assertions read the built HTML.
"""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, copy_project

PAGES = ROOT / "tests" / "fixtures" / "pages"

EXPECTED = {
    "blog-theme": {
        "title": "Kazakhstan, UK Sign Roadmap on Critical Minerals",
        "meta": {
            "Publisher": "The Astana Times (as printed in the page)",
            "Published": "2024-03-13 (as printed in the page)",
            "Dateline": "ASTANA",
            "Reported by": "By Aibarshyn Akhmetkali",
            "Language": "en-us",
        },
        "url": "https://astanatimes.com/2024/03/kazakhstan-uk-sign-roadmap-on-critical-minerals/",
        "text": [
            "signed a roadmap for strategic cooperation in critical minerals on the sidelines",
            "Of the 18 critical minerals identified by the British Geological Survey",
        ],
        "chrome": [
            "Skip to content",
            "Leave a Reply",
            "Recent Posts",
            "Share this",
            "Sign up",
            "Photo credit",
            "Post navigation",
            "Privacy Policy",
            "Your email address",
        ],
    },
    "news-site": {
        "title": "Namibia bans export of unprocessed lithium, other critical minerals",
        "meta": {
            "Publisher": "MyJoyOnline (as printed in the page)",
            "Published": "2023-06-08 (as printed in the page)",
            "Reported by": "By Nyasha Nyaungwa",
            "Language": "en",
        },
        "url": "https://www.myjoyonline.com/namibia-bans-export-of-unprocessed-lithium-other-critical-minerals/",
        "text": [
            "Namibia has banned the export of unprocessed lithium and other critical minerals",
            "Only small quantities of the specified minerals would be allowed",
        ],
        "chrome": [
            "Advertisement",
            "Latest Stories",
            "Man United",
            "cookies",
            "Sign up for our newsletter",
            "REUTERS/",
            "2 min read",
            "Live TV",
        ],
    },
    "press-release": {
        "title": "$200m boost for world-class rare earths project",
        "meta": {
            "Publisher": "Department of Industry, Science and Resources (as printed in the page)",
            "Published": "2024-01-15 (as printed in the page)",
            "Language": "en-au",
        },
        "url": "https://www.minister.industry.gov.au/ministers/husic/media-releases/200m-boost-world-class-rare-"
        "earths-project",
        "text": [
            "Arafura Rare Earths has secured the funding for its Nolans project",
            "demand for processed rare earth minerals was expected to double by 2030",
        ],
        "chrome": ["Media contact", "###", "Page last updated", "Accessibility", "Speeches"],
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("pages") / "p", seeds=False)
    for page in PAGES.glob("*.html"):
        shutil.copy(page, project / "seeds" / page.name)
    out = project.parent / "out"
    result = build_site(project, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_page_builds_clean_with_its_metadata(built, name):
    expected = EXPECTED[name]
    soup = BeautifulSoup((built / "sources" / name / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article.select_one("h1").get_text(strip=True).rstrip("¶") == expected["title"]
    rows = {
        tr.select("td")[0].get_text(strip=True): tr.select("td")[1].get_text(" ", strip=True)
        for tr in article.select(".briefing-meta tr")
        if len(tr.select("td")) == 2
    }
    for key, value in expected["meta"].items():
        assert rows.get(key) == value, (key, rows)
    assert article.select_one(".briefing-meta a[href]")["href"] == expected["url"]
    paragraphs = " ".join(p.get_text(" ", strip=True) for p in article.select("p[id^=p]"))
    for text in expected["text"]:
        assert text in paragraphs
    body = article.get_text(" ")
    for chrome in expected["chrome"]:
        assert chrome not in body, chrome
    assert not article.select("script, iframe, img, form, input")
