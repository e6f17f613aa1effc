"""Readers' paths in a real browser (Debian chromium via Playwright), hosted and offline.

Hosted: the built site served on localhost. Offline: dist/briefing-offline.zip unzipped and
opened from file://. Every page load records its requests; none may leave the site.
"""

from __future__ import annotations

import gzip
import re

import pytest
from conftest import ROOT

SHOTS = ROOT / "tests" / "artifacts" / "screenshots"
AXE = next((ROOT / ".cache").glob("axe-core-*/axe.min.js"), None)


class Site:
    def __init__(self, kind: str, base):
        self.kind, self.base = kind, base

    def url(self, path: str = "") -> str:
        if self.kind == "hosted":
            return f"{self.base}/{path}/" if path else f"{self.base}/"
        if path and (self.base / path).is_dir():
            path = f"{path}/index"
        return (self.base / f"{path or 'index'}.html").as_uri()

    def local(self, url: str) -> bool:
        # offline: inside the unzipped folder, not merely any file:// path
        return (
            url.startswith((self.base.as_uri() + "/", "data:"))
            if self.kind == "offline"
            else url.startswith((self.base, "data:"))
        )


def _h1(page) -> str:
    return page.locator("h1").first.inner_text().rstrip("¶").strip()


@pytest.fixture(params=["hosted", "offline"])
def site(request, hosted, bundle):
    return Site(request.param, hosted if request.param == "hosted" else bundle)


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests, errors = [], []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    outside = [u for u in requests if not site.local(u)]
    assert requests and not outside, f"requests left the {site.kind} site: {outside}"
    assert not errors, errors


def test_deal_to_country_to_footnote_to_paragraph(page, site):
    page.goto(site.url())
    page.locator("article a", has_text="United States–Uzbekistan investment pledge").first.click()
    assert _h1(page) == "United States–Uzbekistan investment pledge"
    page.locator("article table tr", has_text="Parties").locator("a", has_text="Uzbekistan").click()
    assert _h1(page) == "Uzbekistan"
    ref = page.locator("article sup a.footnote-ref").first
    note_id = ref.get_attribute("href").lstrip("#")
    ref.click()  # to the footnote: short, "publisher or title, date, ¶N", one link
    assert page.evaluate("location.hash") == f"#{note_id}"  # a footnote's address can be shared as it is
    note = page.locator(f"[id='{note_id}']")
    assert re.search(r"¶\d+", note.inner_text())
    note.locator("a:not(.footnote-backref)").first.click()
    page.wait_for_load_state()
    anchor = page.evaluate("location.hash").lstrip("#")
    assert re.fullmatch(r"p\d+", anchor) and "/sources/" in page.url
    target = page.locator(":target")
    assert target.get_attribute("id") == anchor and "Uzbekistan" in target.inner_text()
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"  # highlighted


@pytest.mark.parametrize(
    "query, title, path",
    [("neodymium", "Neodymium", "minerals/neodymium"), ("Mavrogenes", "John Mavrogenes", "experts/john-mavrogenes")],
)
def test_search_reaches_topic_pages(page, site, query, title, path):
    page.goto(site.url())
    page.locator("label.md-search__icon, input.md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.press_sequentially(query, delay=20)
    result = page.locator(".md-search-result__item a", has_text=title).first
    result.wait_for(state="visible", timeout=15_000)
    result.click()
    page.wait_for_load_state()
    assert _h1(page) == title
    assert path in page.url


PAGES = [
    "",
    "deals/united-states-china-trade-agreement",
    "countries/china",
    "minerals/neodymium",
    "experts/victor-gao",
    "officials/donald-trump",
    "sources/003-fa51ae2332851756",
    "figures",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_has_no_violations_in_either_palette(browser, hosted, scheme):
    """axe-core, every rule it runs by default (best practices included), on the pages above and
    the timeline and a policy page, in the light and the dark palette (Material follows the
    system's colour scheme on a first visit)."""
    assert AXE is not None, "axe-core is missing: run `make test` (scripts/browser_deps.sh fetches it)"
    site = Site("hosted", hosted)
    page = browser.new_page(color_scheme=scheme)
    problems = []
    for path in [*PAGES, "timeline", "policies/china-rare-earth-elements-export-controls", "contribute"]:
        page.goto(site.url(path))
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
            "slate" if scheme == "dark" else "default"
        )
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        problems += [(path, v["id"], v["impact"], len(v["nodes"])) for v in result["violations"]]
    page.close()
    assert not problems, problems


@pytest.mark.parametrize("width", [1280, 375])
def test_layout_and_screenshots(browser, hosted, width):
    site = Site("hosted", hosted)
    page = browser.new_page(viewport={"width": width, "height": 900})
    SHOTS.mkdir(parents=True, exist_ok=True)
    for path in PAGES:
        page.goto(site.url(path))
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path or 'home'} is {overflow}px wider than a {width}px screen"
    page.goto(site.url())
    page.screenshot(path=str(SHOTS / f"home-{width}.png"), full_page=True)
    page.close()
    assert (SHOTS / f"home-{width}.png").stat().st_size > 10_000


BUDGET = 300 * 1024  # README: HTML + CSS + JS of a topic page, compressed, on first load


def test_topic_page_weight_budget(browser, hosted):
    page = browser.new_page()
    sizes = {}

    def record(response):
        kind = response.request.resource_type
        if kind in ("document", "stylesheet", "script") and response.ok:
            sizes[response.url] = len(gzip.compress(response.body(), 6))

    page.on("response", record)
    page.goto(Site("hosted", hosted).url("countries/china"), wait_until="networkidle")
    page.close()
    assert sizes and sum(sizes.values()) <= BUDGET, sorted(sizes.items(), key=lambda kv: -kv[1])


def test_index_tables_sort_and_filter(page, site):
    page.goto(site.url("deals"))
    box = page.locator(".briefing-filter__input")
    box.fill("Malaysia")
    visible = page.locator(".briefing-filter tbody tr:visible")
    assert visible.count() == 1 and "Malaysia" in visible.first.inner_text()
    box.fill("")
    page.locator("button.briefing-sort", has_text="Deal").click()
    names = page.locator(".briefing-filter tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.lower) and len(names) >= 8


def test_every_offline_page_loads_only_from_the_bundle(browser, bundle):
    """Each page of the unzipped bundle, opened from file://, asks for nothing outside its folder."""
    inside = bundle.as_uri() + "/"
    context = browser.new_context()
    outside, failed = [], []
    context.on("request", lambda r: None if r.url.startswith((inside, "data:")) else outside.append(r.url))
    page = context.new_page()
    # a file that is not there fails with ERR_FILE_NOT_FOUND; leaving a page may abort its favicon.
    # No exception for the sitemap: without the feed's alternate link Material does not fetch it.
    page.on(
        "requestfailed", lambda r: failed.append((r.url, r.failure)) if "ABORTED" not in (r.failure or "") else None
    )
    console = []
    page.on("console", lambda m: console.append((page.url, m.text)) if m.type == "error" else None)
    pages = sorted(p for p in bundle.rglob("*.html") if not p.relative_to(bundle).as_posix().startswith("assets/"))
    assert len(pages) > 40
    for path in pages:
        page.goto(path.as_uri(), wait_until="load")
    context.close()
    assert not outside, sorted(set(outside))[:10]
    assert not failed, sorted(set(failed))[:10]
    assert not console, console[:5]  # no CORS error, no script error, on any offline page


def test_map_and_network_lead_to_their_pages(page, site):
    """The home page's world map and the deals network are links in both builds."""
    page.goto(site.url())
    page.locator("svg.briefing-map a[aria-label^='China']").click()
    page.wait_for_load_state()
    assert _h1(page) == "China"
    page.goto(site.url("deals"))
    page.locator("svg.briefing-net a", has_text="Japan").click()
    page.wait_for_load_state()
    assert _h1(page) == "Japan"


def test_pictures_are_readable_on_a_phone(browser, hosted):
    """At 375 px: the chart's labels and the network's names are at least 12 px, and the chart,
    the map and the network use the content's full width."""
    site = Site("hosted", hosted)
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(site.url("figures"))
    sizes = page.eval_on_selector_all(
        ".briefing-bars__label", "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert sizes and min(sizes) >= 12, sizes
    content = page.evaluate("document.querySelector('article').getBoundingClientRect().width")
    bars = page.evaluate("document.querySelector('.briefing-bars').getBoundingClientRect().width")
    assert bars >= content - 40, (bars, content)
    page.goto(site.url())
    world = page.evaluate("document.querySelector('svg.briefing-map').getBoundingClientRect().width")
    assert world >= content - 40, (world, content)
    page.goto(site.url("deals"))
    heights = page.eval_on_selector_all(
        "svg.briefing-net text", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 12, heights
    page.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_every_tab_stop_is_visible(browser, hosted, width):
    """Tabbing through a page never lands on something the reader cannot see: the closed drawer
    of a phone, or the empty search results."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(Site("hosted", hosted).url("countries/china"))
    hidden = []
    for _ in range(12):
        page.keyboard.press("Tab")
        box = page.evaluate(
            """() => { const e = document.activeElement, r = e.getBoundingClientRect();
                 return [e.className.toString(), r.width, r.height, r.right > 0 && r.left < innerWidth]; }"""
        )
        if box[0].startswith("md-option"):
            continue  # the palette switch: a radio whose visible label is its icon
        if not (box[1] > 0 and box[2] > 0 and box[3]):
            hidden.append(box)
    page.close()
    assert not hidden, hidden
