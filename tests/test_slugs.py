"""One module owns slugs and paths: table-driven checks."""

from __future__ import annotations

import pytest

from briefing.kinds import BY_NAME
from briefing.slugs import page_path, relative_link, slugify, unique_slug


@pytest.mark.parametrize(
    "text, slug",
    [
        ("United States", "united-states"),
        ("United States–Japan agreement", "united-states-japan-agreement"),
        ("Kazakhstan's national mining company", "kazakhstans-national-mining-company"),
        ("Đorđević & Partners", "dordevic-and-partners"),
        ("Россия", "rossiya"),
        ("서울-광물", "seoul-gwangmul"),
        ("../../etc", "etc"),
        ("CON", "con-page"),
        ("Index", "index-page"),
        ("!!!", "item"),
        ("word " * 30, ("word-" * 16)[:-1]),
        ("000_5d36796bd0c750c8", "000-5d36796bd0c750c8"),
        ("  --  ", "item"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


@pytest.mark.parametrize(
    "source, target, anchor, link",
    [
        ("countries/china.md", "sources/a.md", "p3", "../sources/a.md#p3"),
        ("index.md", "deals/x.md", "", "deals/x.md"),
        ("countries/china/2.md", "countries/china.md", "", "../china.md"),
        ("figures.md", "figures/money.md", "", "figures/money.md"),
    ],
)
def test_relative_links(source, target, anchor, link):
    assert relative_link(source, target, anchor) == link


def test_unique_slug_is_deterministic_and_case_folded():
    taken: set[str] = set()
    assert [unique_slug(s, taken) for s in ("a", "A", "a", "a-2")] == ["a", "A-2", "a-3", "a-2-2"]
    assert page_path(BY_NAME["deal"], "x") == "deals/x.md"


@pytest.mark.parametrize(
    "hand_written, clashes",
    [
        (["countries/china.md"], []),  # prose added to a generated page
        (["countries.md"], [("countries.md", "countries/index.md")]),  # publishes at the index's address
        (["countries/china/index.md"], [("countries/china/index.md", "countries/china.md")]),
        (["countries/China.md"], [("countries/China.md", "countries/china.md")]),  # case folds in a zip
        (["timeline.html"], [("timeline.html", "timeline.md")]),  # the offline bundle's address
        (["feed.xml"], [("feed.xml", "feed.xml")]),
        (["about.md", "countries/notes.md"], []),
    ],
)
def test_published_clashes(hand_written, clashes):
    from briefing.slugs import published_clashes

    generated = ["countries/index.md", "countries/china.md", "timeline.md", "feed.xml"]
    assert published_clashes(hand_written, generated) == clashes
