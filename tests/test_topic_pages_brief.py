"""Topic pages that brief, read on the built seeds site: the state of play first (cited bullets,
each sentence verbatim in the paragraph its footnote links to), the rest folded or grouped, the
China page short; no editor text on reader pages; contributors' pages out of search and sitemap."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup
from conftest import ROOT, build_site
from test_site_html import _norm, _resolve, _topic_pages


def _reading(soup) -> BeautifulSoup:
    """The page's article without its folded parts (what a reader sees before opening anything)."""
    article = BeautifulSoup(str(soup.select_one("article")), "html.parser")
    for folded in article.select("details"):
        folded.decompose()
    for permalink in article.select("a.headerlink"):
        permalink.decompose()
    return article


def _words(element) -> int:
    return len([w for w in element.get_text(" ").split() if re.search(r"\w", w)])


def _cited_paragraph(html_pages, page: str, soup, ref) -> str:
    note = soup.find(id=ref["href"].lstrip("#"))
    link = next(a for a in note.select("a[href]") if "footnote-backref" not in a.get("class", []))
    target, fragment = _resolve(page, link["href"])
    return _norm(html_pages[target].find(id=fragment).get_text())


def _state_of_play(soup):
    h1 = soup.select_one("article h1")
    return h1.find_next_sibling()


def test_china_page_is_a_brief(html_pages):
    soup = html_pages["countries/china/index.html"]
    first = _state_of_play(soup)
    assert first.name == "ul", first
    bullets = first.find_all("li", recursive=False)
    assert 3 <= len(bullets) <= 6
    assert _words(_reading(soup)) <= 700


def test_every_topic_page_opens_with_cited_sentences_from_its_sources(html_pages):
    """Each bullet is a sentence of a source, verbatim, in the paragraph its footnote links to;
    at least three where the sources give three different sentences."""
    checked = 0
    for page, soup in _topic_pages(html_pages).items():
        if re.search(r"/\d+/index\.html$", page):
            continue  # a continuation page of sources
        evidence = {_norm(q.get_text()) for q in soup.select("details.briefing-quotes blockquote p")}
        first = _state_of_play(soup)
        assert first is not None and first.name == "ul", f"{page} does not open with the state of play"
        bullets = first.find_all("li", recursive=False)
        assert len(bullets) >= min(3, len(evidence)), page
        for bullet in bullets:
            ref = bullet.select_one("a.footnote-ref")
            assert ref is not None, f"{page}: uncited bullet {bullet.get_text()[:60]}"
            sentence = re.sub(r"\d+$", "", _norm(bullet.get_text())).strip()
            cited = _cited_paragraph(html_pages, page, soup, ref)
            if "table" in soup.find(id=ref["href"].lstrip("#")).get_text():  # a row: "Header: cell; …"
                assert all(part.split(": ")[-1] in cited for part in sentence.split("; ")), (page, sentence)
            else:
                assert sentence in cited, (page, sentence[:80])
            checked += 1
    assert checked >= 60


def test_topic_pages_group_the_evidence_and_fold_the_per_source_list(html_pages):
    soup = html_pages["countries/china/index.html"]
    groups = [h.get_text(strip=True).rstrip("¶") for h in soup.select("article h3")]
    assert {"Deals", "Figures"} <= set(groups), groups
    per_source = soup.select_one("details.briefing-quotes")
    assert per_source is not None and per_source.select("blockquote")
    quoted = [_norm(q.get_text()) for q in soup.select("div.briefing-evidence li")]
    assert len(quoted) == len(set(quoted))  # each quote once


def test_figures_say_what_they_measure_and_leave_out_the_holder_on_its_own_page(html_pages):
    table = next(t for t in html_pages["countries/china/index.html"].select("article table") if "Stage" in t.get_text())
    header = [_norm(th.get_text()) for th in table.select("th")]
    assert "Who" not in header and {"Figure", "Of what", "Mineral", "Stage", "Source"} <= set(header)
    rows = [[_norm(td.get_text()) for td in tr.find_all("td")] for tr in table.select("tbody tr")]
    stage = header.index("Stage")
    assert {"mining", "refining"} <= {r[stage] for r in rows}
    assert "Neodymium" in {r[header.index("Mineral")] for r in rows}  # a table row's mineral, not only its header


def test_no_editor_text_on_reader_pages(html_pages):
    contributors = {
        "candidates/index.html",
        "candidates/left-out/index.html",
        "quality/index.html",
        "contribute/index.html",
    }
    for page, soup in html_pages.items():
        if page in contributors or page == "404.html":
            continue
        text = soup.select_one("article").get_text(" ")
        description = soup.find("meta", attrs={"name": "description"})["content"]
        for editor in ("site_data/", "seeds/", "Curated in", "curated title"):
            assert editor not in text and editor not in description, (page, editor)


def test_published_build_has_a_sitemap_without_contributor_pages_and_a_card(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_SITE_URL", "https://briefing.example.org/")
    monkeypatch.setenv("BRIEFING_REPO_URL", "https://git.example.org/team/briefing")
    out = tmp_path / "site"
    result = build_site(ROOT, out)
    assert result.returncode == 0, result.stderr
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://briefing.example.org/countries/china/" in sitemap
    assert "candidates/" not in sitemap and "quality/" not in sitemap
    assert "Sitemap: https://briefing.example.org/sitemap.xml" in (out / "robots.txt").read_text(encoding="utf-8")
    china = BeautifulSoup((out / "countries/china/index.html").read_text(encoding="utf-8"), "html.parser")
    card = china.find("meta", property="og:image")["content"]
    assert (
        card == "https://briefing.example.org/assets/briefing-card.png" and (out / "assets/briefing-card.png").exists()
    )
    # "Correct this": the curated file in the repository's editor, and no path in the text
    correct = china.select_one(".briefing-correct a[href]")
    assert correct["href"] == "https://git.example.org/team/briefing/edit/main/site_data/countries.yml"
    assert "site_data" not in china.select_one(".briefing-correct").get_text()
    source = BeautifulSoup((out / "sources/003-fa51ae2332851756/index.html").read_text(encoding="utf-8"), "html.parser")
    hrefs = [a["href"] for a in source.select(".briefing-correct a[href]")]
    assert hrefs[0].endswith("/edit/main/seeds/003_fa51ae2332851756.txt") and hrefs[1].endswith("sources.yml")


def test_contributor_pages_are_out_of_search_but_in_the_navigation(built_site, html_pages):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith(("candidates/", "quality/"))]
    for page in ("candidates/index.html", "candidates/left-out/index.html", "quality/index.html"):
        assert html_pages[page].find("meta", attrs={"name": "robots"})["content"] == "noindex"
    nav = html_pages["index.html"].select_one("nav.md-nav--primary")
    assert "Contribute" in nav.get_text()
    contribute = html_pages["contribute/index.html"].select_one("article")
    targets = {_resolve("contribute/index.html", a["href"])[0] for a in contribute.select("a[href]")}
    assert {"candidates/index.html", "candidates/left-out/index.html", "quality/index.html"} <= targets


def test_robots_and_a_404_page_that_leads_somewhere(built_site, html_pages):
    assert (built_site / "robots.txt").read_text(encoding="utf-8").startswith("User-agent: *")
    missing = html_pages["404.html"].select_one("article")
    links = [a.get_text(strip=True) for a in missing.select("a[href]")]
    assert {"Sources", "Deals", "Countries", "Timeline"} <= set(links)
    assert html_pages["404.html"].select_one("input.md-search__input") is not None


def test_names_in_another_script_carry_their_language(html_pages):
    spans = html_pages["sources/index.html"].select("article span[lang]")
    assert {s["lang"] for s in spans} == {"ko"} and spans[0].get_text() == "뉴스로드"


def test_source_pages_number_their_paragraphs_and_have_no_empty_header(html_pages):
    page = html_pages["sources/003-fa51ae2332851756/index.html"]
    numbered = page.select("article [data-n]")
    assert numbered and all(el["id"] == f"p{el['data-n']}" for el in numbered)
    meta = page.select_one(".briefing-meta table")
    assert all(_norm(th.get_text()) for th in meta.select("th"))


def test_the_hosted_site_offers_the_offline_bundle_and_the_bundle_does_not(html_pages, bundle):
    for page in ("index.html", "about/index.html"):
        link = html_pages[page].select_one("a[download][href$='briefing-offline.zip']")
        assert link is not None, page
    offline_home = (bundle / "index.html").read_text(encoding="utf-8")
    assert "briefing-offline.zip" not in offline_home
    assert 'rel="alternate"' not in offline_home  # no feed link: Material would fetch the sitemap


def test_map_and_network_link_to_existing_pages_with_text_alternatives(html_pages, bundle):
    for page, svg_class in (("index.html", "briefing-map"), ("countries/index.html", "briefing-map")):
        svg = html_pages[page].select_one(f"article svg.{svg_class}")
        assert svg is not None and svg.get("aria-label"), page
        linked = {_resolve(page, a["href"])[0] for a in svg.select("a[href]")}
        assert len(linked) >= 5 and all(p in html_pages for p in linked), (page, linked)
        words = svg.find_parent("figure").find_next_sibling("p")
        named = {_resolve(page, a["href"])[0] for a in words.select("a[href]")}
        assert linked <= named, page  # the text alternative names every country on the map
    net = html_pages["deals/index.html"].select_one("article svg.briefing-net")
    targets = {_resolve("deals/index.html", a["href"])[0] for a in net.select("a[href]")}
    assert {"countries/china/index.html", "minerals/rare-earth-elements/index.html"} <= targets
    assert all(t in html_pages for t in targets) and net.select("line")
    # the offline bundle's pictures link to its own .html files
    offline = BeautifulSoup((bundle / "index.html").read_text(encoding="utf-8"), "html.parser")
    hrefs = [a["href"] for a in offline.select("svg.briefing-map a[href]")]
    assert hrefs and all(h.endswith(".html") and (bundle / h).is_file() for h in hrefs)
