"""Ingest: structure, boilerplate and metadata from small inline articles."""

from __future__ import annotations

import re

import pytest

from briefing.ingest import derive_title, split_sentences
from helpers import articles_from

ARTICLE = """Connect with us

Markets

Ruritania Signs Cobalt Pact With Freedonia Amid Supply Fears

Published

on

Ruritania Cobalt Pact

Ruritania and Freedonia signed a cobalt agreement on Monday, officials said. It covers refining.

Why It Matters
- First point about cobalt.
- Second point.
| Mineral | Share |
|---|---|
| Cobalt | 40% |
Leave a Reply
Your email address will not be published.
"""


def test_structure_and_chrome(tmp_path):
    (article,), problems = articles_from(tmp_path, {"a.txt": ARTICLE})
    assert not problems
    assert article.headline == "Ruritania Signs Cobalt Pact With Freedonia Amid Supply Fears"
    assert article.title == article.headline and not article.title_derived
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["paragraph", "heading", "list", "table"]
    assert article.blocks[1].text == "Why It Matters"
    assert [p.text for p in article.blocks[2].passages] == ["First point about cobalt.", "Second point."]
    table = article.blocks[3]
    assert table.header == ("Mineral", "Share") and table.passages[1].cells == ("Cobalt", "40%")
    assert {d.text for d in article.dropped} >= {
        "Connect with us",
        "Markets",
        "Published",
        "on",
        "Ruritania Cobalt Pact",
        "Leave a Reply",
    }
    assert [p.anchor for p in article.passages if not p.is_header] == ["p1", "p2", "p3", "p4"]


def test_paragraph_text_is_verbatim(tmp_path):
    (article,), _ = articles_from(tmp_path, {"a.txt": ARTICLE})
    assert article.blocks[0].passages[0].text == (
        "Ruritania and Freedonia signed a cobalt agreement on Monday, officials said. It covers refining."
    )
    assert [s.text for s in article.blocks[0].passages[0].sentences] == [
        "Ruritania and Freedonia signed a cobalt agreement on Monday, officials said.",
        "It covers refining.",
    ]


def test_title_derived_from_first_sentence_when_no_headline(tmp_path):
    text = "The ministry said on Tuesday that lithium exports would rise sharply next year. More follows.\n"
    (article,), _ = articles_from(tmp_path, {"b.txt": text})
    assert article.title_derived
    assert article.title == "The ministry said on Tuesday that lithium exports would rise sharply next year"


def test_derived_title_is_cut_at_a_word():
    from briefing.ingest import build_blocks

    blocks = build_blocks([(1, "word " * 40 + "end.")])
    title = derive_title(blocks, limit=30)
    assert title.endswith("…") and len(title) <= 31 and "wor…" not in title


@pytest.mark.parametrize(
    "text", ["Price rose to $4.5 million. Dr. Smith agreed.", "The U.S. and the E.U. met. Then left."]
)
def test_sentences_keep_every_character(text):
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_korean_copyright_footer_names_publisher(tmp_path):
    text = "Cobalt prices rose again this week, traders said.\nCopyright ⓒ 예시뉴스 무단 전재 및 재배포 금지\n"
    (article,), _ = articles_from(tmp_path, {"c.txt": text})
    assert article.meta.publisher == "예시뉴스"
    assert len(article.passages) == 1


def test_hard_wrapped_markdown_paragraphs_are_joined(tmp_path):
    text = (
        "---\ntitle: Wrapped\npublisher: Example Wire\ndate: 2025-01-02\n---\n"
        "A long first line of the paragraph that goes on and on and on\nand ends on the second line.\n"
    )
    (article,), problems = articles_from(tmp_path, {"w.md": text})
    assert not problems
    assert article.meta.title == "Wrapped" and str(article.meta.date) == "2025-01-02"
    assert article.passages[0].text.endswith("on and on and on and ends on the second line.")


def test_bad_files_are_skipped_with_a_clear_problem(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_text("  \n", encoding="utf-8")
    (seeds / "latin.txt").write_bytes("Caf\xe9 line one.\nSecond line is \xe9.".encode("latin-1"))
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (seeds / "front.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n", encoding="utf-8")
    (seeds / "good.txt").write_text("A good article about nickel mining, officials said.\n", encoding="utf-8")
    from briefing.ingest import ingest
    from helpers import reference_site

    articles, problems = ingest(seeds, reference_site())
    assert [a.id for a in articles] == ["good"]
    messages = sorted(str(p) for p in problems)
    assert messages[0].startswith("seeds/binary.txt: looks binary")
    assert messages[1].startswith("seeds/empty.txt: is empty")
    assert messages[2].startswith("seeds/front.md:2: front matter is not valid YAML")
    assert messages[3].startswith("seeds/latin.txt:1: is not UTF-8")


def test_duplicate_slugs_keep_the_first(tmp_path):
    (articles, problems) = articles_from(
        tmp_path, {"Same.txt": "First article about tin mining.\n", "same.md": "Second article about zinc mining.\n"}
    )
    assert len(articles) == 1
    assert str(problems[0]).startswith("seeds/same.md: has the same name as seeds/Same.txt")


def test_names_that_slugify_alike_each_keep_a_page(tmp_path):
    articles, problems = articles_from(
        tmp_path,
        {
            "!!!.txt": "First article about tin mining.\n",
            "--.txt": "Second article about zinc mining.\n",
            "??.md": "---\nslug: item-2\n---\nThird, about lead mining.\n",
        },
    )
    assert {a.id: a.slug for a in articles} == {"??": "item-2", "!!!": "item", "--": "item-3"}
    assert [str(p) for p in problems] == [  # built, and the contributor is told which page moved
        "seeds/--.txt: gets the page sources/item-3/ because its name gives the same page name as seeds/!!!.txt. "
        "Rename one of the two files (or set 'slug:') so neither page moves when files are added."
    ]


def test_fast_sentence_split_agrees_with_pysbd_on_real_paragraphs():
    """The fast path may only take text where it splits exactly as pysbd does (pysbd is the oracle)."""
    import pysbd

    from briefing.ingest import ingest, sentences
    from helpers import ROOT

    oracle = pysbd.Segmenter(language="en", clean=False, char_span=True)
    from helpers import reference_site

    fixtures = ROOT / "tests" / "fixtures"
    folders = [
        ROOT / "seeds",
        *(p for p in fixtures.iterdir() if p.is_dir() and p.name != "real"),
        *(p for p in (fixtures / "real").iterdir() if p.is_dir()),
    ]
    # paragraphs as ingest makes them (hard-wrapped lines joined), not raw lines
    paragraphs = [
        p.text
        for folder in folders
        for a in ingest(folder, reference_site())[0]
        for p in a.passages
        if len(p.text) > 40 and not p.cells
    ]
    simple = [p for p in paragraphs if not sentences._HARD.search(p)]
    assert len(simple) > 100
    for text in simple:
        expected = [text[s.start : s.end].strip() for s in oracle.segment(text) if text[s.start : s.end].strip()]
        if any(not re.search(r"\w", sentence) or len(sentence) <= 2 for sentence in expected):
            continue  # pysbd's own slip: a closing quote mark (or a garbled one, "'ť") split off on its own
        if any(re.search(r"[,‚]\s*[”\"’]\s*$", sentence) for sentence in expected[:-1]):
            continue  # pysbd's slip: '“…economy, ” X said' cut after the comma (or a "‚" for one) inside the quote
        if any(re.match(r"[’”]\s", sentence) for sentence in expected[1:]):
            continue  # pysbd's slip: a closing quote mark moved to the next "sentence" ("’ [1]")
        if re.fullmatch(r"[–—-]{1,2}\s*[A-Z][\w.]*", expected[-1]):
            continue  # pysbd's slip: an agency's sign-off ("– Wire") after the last sentence taken for one
        if any(sentence.endswith("<!") for sentence in expected[:-1]):
            continue  # pysbd's slip: the "!" of an HTML comment left in the text ("<!--more-->") ends no sentence
        if re.fullmatch(r"\([^()]*\)", expected[0]):
            continue  # pysbd's slip: a transcript's bracketed aside opening the paragraph ("(This is) A …") taken for one
        if any(re.match(r"\((?:[ivx]{1,4}|[a-h])\)\s", sentence) for sentence in expected[1:]):
            continue  # pysbd's slip: a list inside one sentence ("such as (i) quotas, (ii) prices") cut at each item
        assert [s.text for s in sentences.split_sentences(text)] == expected


def test_unreadable_and_hidden_files(tmp_path, monkeypatch):
    """Tests run as root in CI, where mode 000 does not stop a read: the OS error is simulated."""
    import pathlib

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "locked.txt").write_text("Copper article.\n", encoding="utf-8")
    (seeds / "._locked.txt").write_bytes(b"\x00\x05\x16\x07 AppleDouble")
    (seeds / "good.txt").write_text("Zinc article, officials said.\n", encoding="utf-8")
    real = pathlib.Path.read_bytes

    def read_bytes(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    from briefing.ingest import ingest
    from helpers import reference_site

    articles, problems = ingest(seeds, reference_site())
    assert [a.id for a in articles] == ["good"]
    assert [str(p) for p in problems] == [
        "seeds/locked.txt: cannot be read (Permission denied); skipped. Check that the file exists and is readable."
    ]


def test_hard_wrapped_wire_copy_is_joined_at_its_width(tmp_path):
    """Wrapped at ~72 columns, lines may end in a full stop or a comma and the next start with a
    capital, mid-paragraph: the wrap width, not the punctuation, says the paragraph goes on."""
    lines = [
        "INDONESIA AND UNITED STATES NEGOTIATE LIMITED MINERALS PACT IN JAKARTA TALKS,",
        "SOURCES SAY",
        "",
        "Indonesia and the United States are negotiating a limited minerals pact.",
        "Coordinating Minister for Economic Affairs Darmawan Sutedjo told the house",
        "that a draft text had been exchanged between the two capitals last week,",
        "Officials said, adding that talks would resume in Jakarta in early May.",
        "",
        "Chinese companies built and operate most of the roughly fifty smelters in",
        "Sulawesi. Under current rules, batteries with material from a foreign",
        "entity of concern do not qualify for the tax credit, officials noted.",
    ]
    (article,), problems = articles_from(tmp_path, {"wrapped.txt": "\n".join(lines) + "\n"})
    assert not problems
    assert article.title == "INDONESIA AND UNITED STATES NEGOTIATE LIMITED MINERALS PACT IN JAKARTA TALKS, SOURCES SAY"
    assert [p.text for p in article.passages] == [" ".join(lines[3:7]), " ".join(lines[8:])]


def test_lines_an_outlet_prints_on_every_page_are_chrome(tmp_path):
    """Two articles of one publisher share a tagline, a menu line and a background sentence: the
    short lines are the outlet's, the sentence stays article text in both."""
    from briefing.sitedata import SourceMeta
    from helpers import reference_site

    shared = (
        "Courage in Reporting\nMarkets Mining Energy Climate Opinion\n"
        "China refines about 90 percent of the world's rare earths, according to industry estimates "
        "cited by analysts and officials.\n"
    )
    one = shared + "Chile and Peru signed a lithium agreement on Monday, officials said in Lima.\n"
    two = shared + "Zambia raised copper royalties on Tuesday, the mines ministry said in Lusaka.\n"
    site = reference_site()
    site.sources = {"one": SourceMeta(publisher="Example Daily"), "two": SourceMeta(publisher="Example Daily")}
    articles, problems = articles_from(tmp_path, {"one.txt": one, "two.txt": two}, site)
    assert not problems
    for article in articles:
        reasons = {d.text: d.reason for d in article.dropped}
        assert reasons.get("Courage in Reporting") == "printed in other articles of the same outlet"
        assert "Markets Mining Energy Climate Opinion" in reasons
        assert any("90 percent" in p.text for p in article.passages)
    alone, _ = articles_from(tmp_path / "alone", {"one.txt": one})  # one article: nothing to compare
    assert "Courage in Reporting" not in {d.text for d in alone[0].dropped if d.reason.startswith("printed")}


RELEASE = """BORDURIA CITY, Borduria--(NEWS WIRE)--May 14, 2025--
Andina Cobre signed an agreement with Ruritania Metals on Monday to build a cobalt refinery in Borduria, the companies said in a joint statement.
This press release features multimedia. View the full release here: https://example.com/news/home/1/en/
The refinery will process cobalt hydroxide from mines in the region and start production in 2027, the statement said.
Curious about which metal comes next? Check out our analysis of the market.
"""


def test_a_release_wires_dateline_is_no_title_and_its_notices_go(tmp_path):
    (article,), _ = articles_from(tmp_path, {"r.txt": RELEASE})
    assert article.title_derived and article.title.startswith("Andina Cobre signed an agreement")
    assert str(article.meta.date) == "2025-05-14" and article.facts.place == "BORDURIA CITY, Borduria"
    dropped = {d.text.split(".")[0] for d in article.dropped}
    assert dropped == {
        "This press release features multimedia",
        "Curious about which metal comes next? Check out our analysis of the market",
    }


def test_a_place_label_over_the_text_is_no_title(tmp_path):
    text = "Borduria City, Borduria:\n\nAndina Cobre on Monday signed a five-year cobalt supply agreement. It runs to 2030.\n"
    (article,), _ = articles_from(tmp_path, {"p.txt": text})
    assert article.title == "Andina Cobre on Monday signed a five-year cobalt supply agreement"


def test_a_byline_in_lower_case_under_a_date_is_not_joined_to_it(tmp_path):
    text = (
        "\nMonday 22nd September 2025\nby inRuritania Newsroom\n"
        "Cobalt quotas will replace the export ban from October 16, the regulator said on Sunday. "
        "Shipments resume under annual caps.\n"
        "The regulator set a limit of 18,125 tonnes for the rest of 2025. Annual caps will apply in 2026.\n"
    )
    (article,), _ = articles_from(tmp_path, {"b.txt": text})
    assert {d.text for d in article.dropped} == {"Monday 22nd September 2025", "by inRuritania Newsroom"}


def test_a_teaser_that_repeats_the_first_paragraph_keeps_both(tmp_path):
    first = "The Commission has included the Jadar lithium project on a list of strategic raw materials initiatives."
    text = (
        f"Jadar Listed As Strategic Raw Materials Initiative\n\n{first} The list features 13 projects, including […]\n\n"
        f"{first}\n\nThe list, presented on Tuesday, features 13 projects outside the bloc and in many regions.\n"
    )
    (article,), _ = articles_from(tmp_path, {"t.txt": text})
    assert [p.text for p in article.passages if not p.is_header][1] == first
    assert not article.dropped


def test_a_breadcrumb_is_navigation_never_the_title(tmp_path):
    text = (
        "Home » Andina Cobre Ships First Cobalt Cargo Under New Quota Rules\n\n"
        "Andina Cobre Ships First Cobalt Cargo Under New Quota Rules\n\n"
        "Andina Cobre shipped the first cobalt cargo approved under the new quota system, the regulator said. "
        "The cargo left the port on Monday.\n"
    )
    (article,), _ = articles_from(tmp_path, {"c.txt": text})
    assert article.title == "Andina Cobre Ships First Cobalt Cargo Under New Quota Rules"
    assert [d.reason for d in article.dropped if d.line == 1] == ["breadcrumb (navigation)"]


def test_blocks_set_into_the_page_go_and_the_article_stays(tmp_path):
    """Bylines with two authors or a desk, an issuer's ticker line, a menu without a headline's little words, a caption
    ending in its source, a list of links that all end alike, and an appeal addressed to the
    reader set between paragraphs: each goes, with its reason; every paragraph of the story stays."""
    story = [
        "Andina Cobre signed a ten-year cobalt supply agreement with the Ruritanian state miner on Monday, officials said.",
        "The agreement covers up to 10,000 tonnes of cobalt hydroxide a year from the Borduria mine.",
        "Cobalt prices rose after the agreement was announced, and the state miner said shipments of cobalt "
        "hydroxide from the Borduria mine would start in March under the new supply agreement.",
        "The Ruritanian state miner said the cobalt agreement doubles its supply from Borduria by 2028, and that "
        "the two companies would study a refinery for the cobalt hydroxide near the mine.",
    ]
    chrome = [
        "News World Market Environment Technology Personal Finance Politics Retail Business Economy Forex Stocks",
        "(AIM: ACO) ('Andina Cobre', or the 'Company')",
        "06 August 2025 - 15:45 By Jane Doe and John Roe",
        "2024-08-21 Energy editor",
        "The Borduria mine is the largest cobalt mine in the region. Source: Andina Cobre Ltd. |",
        "Top Brokers",
        "- Broker One - Social trading platform - Read our review",
        "- Broker Two - Experienced and regulated - Read our review",
        "- Broker Three - Trading education - Read our review",
        "Here we are to serve you with news right now. It does not cost much, but is worth your attention.",
        "Choose to support open, independent, quality journalism and subscribe to our newsletter.",
    ]
    text = "\n\n".join(chrome[:5] + story[:2] + chrome[5:9] + story[2:3] + chrome[9:] + story[3:]) + "\n"
    (article,), _ = articles_from(tmp_path, {"s.txt": text})
    assert {d.text for d in article.dropped} == set(chrome)
    assert [p.text for p in article.passages if not p.is_header] == story
    assert article.title.startswith("Andina Cobre signed a ten-year cobalt supply agreement")


def test_a_release_with_highlights_and_captions_of_pictures(tmp_path):
    """A GlobeNewswire dateline gives the date; a release's "HIGHLIGHTS" after its first paragraph
    are the release, not its footer; captions that describe a picture go; list markers on lines of
    their own stay with their items."""
    text = (
        "Andina Cobre Returns? The Risky Embrace of Borduria's Cobalt Mine\n\n"
        "A view shows the Borduria cobalt mine in the north of Ruritania. (Ngo Van/Handout via REUTERS)\n\n"
        "Left to right: the Minister for Mines with the chief executive of Andina Cobre\n\n"
        "BORDURIA CITY, Borduria, March 05, 2024 (GLOBE NEWSWIRE) -- Andina Cobre Corp. is pleased to announce "
        "that the Ruritanian state miner agreed to acquire a 15% interest in the Borduria cobalt mine for $70 million.\n\n"
        "HIGHLIGHTS\n\n"
        "Ruritanian state miner agrees to acquire a 15% interest in the Borduria cobalt mine from Andina Cobre for "
        "$70 million in newly issued shares\n\n"
        "-\nThe state miner will prepare a development plan for the Borduria cobalt mine by the end of 2024.\n\n"
        "A chart showing cobalt output of the Borduria mine, 2000 and 2023\n"
    )
    (article,), _ = articles_from(tmp_path, {"g.txt": text})
    assert article.title == "Andina Cobre Returns? The Risky Embrace of Borduria's Cobalt Mine"
    assert str(article.meta.date) == "2024-03-05"
    assert {d.text.split()[0] for d in article.dropped} == {"A", "Left"}
    kept = " ".join(p.text for p in article.passages)
    assert "agrees to acquire a 15% interest" in kept and "development plan for the Borduria" in kept
    assert "- The state miner" not in kept  # the marker made the line a list item


def test_an_investor_subscribing_to_shares_is_article_text(tmp_path):
    """ "by subscribing" opens a newsletter's terms ("By subscribing, you agree …"), but an investor
    subscribing to shares is the story; the site's own sign-up line still goes."""
    story = [
        "Andina Cobre wins approval to buy the Borduria tungsten mine",
        "Andina Cobre received approval from Borduria's cabinet to acquire Verde Tungsten, the owner of the mine.",
        "The company now owns all of the mine after the competition authority cleared the deal on Monday.",
        "As per the agreement, Ruritania Capital will invest $25m in Andina Cobre by subscribing to 278 million new "
        "ordinary shares for 9 cents each.",
    ]
    chrome = "By subscribing to our newsletter, you agree to our terms of use and privacy policy."
    (article,), _ = articles_from(tmp_path, {"s.txt": "\n\n".join([*story, chrome]) + "\n"})
    kept = " ".join(p.text for p in article.passages)
    assert "by subscribing to 278 million new ordinary shares" in kept
    assert [d.text for d in article.dropped] == [chrome]


def test_headlines_over_their_stories_cut_openings_after_the_article_are_other_stories(tmp_path):
    """Other stories listed after the article, each a headline over its opening cut off with "…",
    go even when they are on the article's subject (lithium, tungsten, critical minerals)."""
    story = [
        "Andina Cobre wins approval to buy the Borduria tungsten mine",
        "Andina Cobre received approval from Borduria's cabinet to acquire Verde Tungsten, the owner of the mine.",
        "The company now owns all of the tungsten mine after the competition authority cleared the deal.",
        "The acquisition means Andina Cobre is a step closer to consolidating two tungsten mines in Borduria.",
    ]
    listed = [
        "Related News",
        "Verde Lithium secures temporary land access for lithium project in Borduria despite local resistance",
        "London-listed Verde Lithium has secured temporary land access to a significant portion of its future "
        "lithium mining site in northern Borduria, allowing the company...",
        "Critical minerals workshop explores public-private investment in tungsten and lithium supply",
        "Ruritania, Borduria and other members of the minerals partnership took part in a workshop on "
        "investment in critical minerals and tungsten supply chains...",
        "Norte Metals reports positive tungsten exploration results from Ruritania",
        "Norte Metals Corp. has announced the results from its first tungsten exploration campaign in the "
        "northern belt of Ruritania,...",
    ]
    (article,), _ = articles_from(tmp_path, {"r.txt": "\n\n".join([*story, *listed]) + "\n"})
    assert [p.text for p in article.passages] == story[1:]
    assert {d.text for d in article.dropped} == set(listed)


def test_a_subscription_offer_and_a_players_messages_go(tmp_path):
    """Prices per period and the lines between them, a video player's messages, a one-word label
    over the text (never the title), and a headline that names two places with a dash."""
    story = [
        "Ruritania – Borduria Framework for Securing the Supply of Cobalt",
        "Andina Cobre and the Ruritanian state miner announced a joint venture to explore cobalt deposits in the "
        "north of Ruritania, officials said on Monday.",
        "The venture will study three cobalt deposits and build a refinery near the port, the state miner said, "
        "and the first cobalt hydroxide is expected from the Borduria mine in 2028.",
        "Cobalt prices rose after the announcement, and Andina Cobre shares gained four percent in early trading "
        "as investors welcomed the venture with the state miner.",
        "The Ruritanian state miner said it would hold a majority of the venture and that Andina Cobre would run "
        "the refinery near the port for the first ten years of its operation.",
    ]
    chrome = [
        "• Speech",
        "Subscribe for unlimited access to all the latest cobalt sector news and analysis from our newsroom.",
        "Over 150 multisector articles and analyses every week.",
        "For less than €3/week*",
        "please wait",
        "No media source currently available",
    ]
    text = "\n\n".join([story[0], chrome[0], story[1], *chrome[1:4], *story[2:4], *chrome[4:], story[4]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"o.txt": text})
    assert {d.text for d in article.dropped} == set(chrome)
    assert article.title == story[0] or article.title.startswith("Ruritania – Borduria Framework")
    assert article.title != "Speech" and article.facts.place != "Ruritania"


def test_an_announcement_of_points_only_keeps_every_point(tmp_path):
    """A page with no sentence of prose (an exchange announcement of bullet points): no line is
    off a subject it does not have, and a point ending in a colon introduces its own list."""
    text = (
        "Andina Cobre and Borduria Metals Sign a Binding Cobalt Offtake Agreement\n\n"
        "  • Andina Cobre and Borduria Metals have executed a binding offtake agreement for cobalt concentrate "
        "from the Ruritania project, subject to shareholder approval\n"
        "  • Binding offtake agreement terms include:\n"
        "    • 100% of cobalt concentrate\n"
        "    • An initial term of 7 years\n"
        "    • Conditional, including subject to shareholder approval\n"
    )
    (article,), _ = articles_from(tmp_path, {"p.txt": text})
    assert not article.dropped
    assert "An initial term of 7 years" in " ".join(p.text for p in article.passages)


def test_a_derived_title_does_not_keep_a_datelines_dash(tmp_path):
    text = "BORDURIA CITY, July 4 (Wire) —— The Ruritanian government announced export controls on cobalt. It starts in August.\n"
    (article,), _ = articles_from(tmp_path, {"d.txt": text})
    assert article.title == "The Ruritanian government announced export controls on cobalt"


def test_a_breadcrumb_without_its_separators_is_navigation(tmp_path):
    text = (
        "Home Business Metals and Mining Ruritania Bolsters Cobalt Refining...\n\n"
        "Ruritania is stepping up cobalt refining to supply battery makers, the mines ministry said on Monday. "
        "The plan covers three refineries.\n"
    )
    (article,), _ = articles_from(tmp_path, {"b.txt": text})
    assert [d.reason for d in article.dropped if d.line == 1] == ["breadcrumb (navigation)"]
    assert not article.title.startswith("Home")


def test_set_17_pages_shapes_a_lead_printed_twice_key_points_captions_and_notices(tmp_path):
    """A lead that reports speech printed twice keeps one copy; a caption that repeats the lead's
    words, a picture credited to a broadcaster, an offer among the key points, an access appeal and
    an embargo notice go, and none of them is the title."""
    lead = "Ruritania and Borduria signed a memorandum on a cobalt deal on Thursday, Ruritania's Mines Minister Ana Ortiz said."
    story = [
        "Under the memorandum, the two states will set up a joint fund for cobalt and copper projects in the north, "
        "officials said on Friday.",
        "The fund will take stakes in three mines and a refinery near the port, and the first projects are "
        "expected to be chosen before the end of the year.",
        "Borduria's parliament must still approve the agreement, which the opposition has criticised as too "
        "generous to foreign investors.",
    ]
    chrome = [
        "Dr Ana Ortiz (Andina News TV)",
        "Ruritania and Borduria signed a memorandum",
        "- Get cobalt price alerts and trading tools in one powerful platform—now 60% off for the holidays.",
        "GET FULL ACCESS",
        "Please note that this analysis is embargoed until September 30, 2025, 10 am CEST.",
    ]
    text = "\n\n".join(
        ["- Ruritania and Borduria will build a cobalt fund together.", chrome[2], lead, lead, story[0], *chrome[:2],
         story[1], chrome[4], story[2], chrome[3]]
    ) + "\n"  # fmt: skip
    (article,), _ = articles_from(tmp_path, {"u.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert kept.count(lead) == 1 and all(s in kept for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}
    assert article.title == "Ruritania and Borduria will build a cobalt fund together"  # the key point


def test_set_18_pages_shapes_credits_captions_a_masthead_and_an_issuers_boilerplate(tmp_path):
    """A reporting credit on a line of its own, pictures credited "Photo / X" and "(Photo …)", a
    caption placing a person ("X, center, announces"), a caption repeated in brackets, a masthead's
    publisher and licence lines, "Story continues after advertisment...", the issuer's "About X"
    after a release; a place with a full stop opening the text ("Jakarta. In a …") is no title."""
    story = [
        "Jakarta. In a surprising move, the Ruritanian government has announced a ban on all cobalt exports "
        "starting in June to encourage domestic processing industries.",
        "President Ana Ortiz announced the ban on Wednesday, stating that the government will encourage the "
        "processing and purification of cobalt ore within the country.",
        "The cobalt ban follows a ban on nickel ore exports that has drawn billions of dollars of investment "
        "into smelters and refineries across the country.",
        "The government said the cobalt export ban would give refineries in the country time to secure ore, "
        "and that exporters had been told of the ban in June.",
    ]
    chrome = [
        "Publisher: Andina International Media Company",
        "License: 465734",
        "President Ana Ortiz, center, announces the cobalt export ban at the palace on Wednesday.",
        "Mount Weld cobalt project",
        "[Mount Weld cobalt project]",
        "Story continues after advertisment...",
        "Andina Cobre's smelter. (Photo Internet reproduction)",
        "Photo / Pacific Islands Trade &amp; Invest",
        "(Reporting by Ana Ortiz in Jakarta and Maria Lopez in Melbourne; additional reporting by Li Na in "
        "Beijing; Editing by Jane Doe)",
        "About Andina Cobre",
    ]
    text = "\n\n".join([*chrome[:3], story[0], *chrome[3:6], story[1], *chrome[6:8], *story[2:], *chrome[8:]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"j.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert all(s.removeprefix("Jakarta. ") in kept for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}
    assert article.title.startswith("In a surprising move, the Ruritanian government")


def test_set_19_pages_shapes_a_subtitle_a_text_credit_a_release_date_and_a_podcast(tmp_path):
    """A subtitle in title case under the headline is the article's (never left to the line model);
    "Text: X", "• Release Date – Aug 1, 2023" and a podcast appeal are chrome."""
    story = [
        "Ruritania's commerce department released a report on critical minerals on Tuesday, setting out "
        "24 goals to secure the country's supply of cobalt and lithium.",
        "The report calls for new maps of cobalt deposits, faster permits for mines and refineries, and "
        "closer work with allies that produce the metals, the department said.",
        "Ruritania imports most of the cobalt and lithium it uses, and the report warns that a cut in "
        "supplies would hurt its battery and defence industries.",
    ]
    chrome = [
        "Text: Ana Ortiz",
        "• Release Date – Aug 1, 2023",
        "🎧 For more on the mining industry, listen to the Andina Obsession podcast episode on cobalt.",
    ]
    subtitle = "The Department Sets 24 Goals to Safeguard Access to Crucial Commodities"
    text = (
        "\n\n".join(
            [
                "Commerce Department Releases Report on Critical Minerals",
                subtitle,
                chrome[0],
                chrome[1],
                *story,
                chrome[2],
            ]
        )
        + "\n"
    )
    (article,), _ = articles_from(tmp_path, {"c.txt": text})
    kept = " ".join([b.text for b in article.blocks] + [p.text for p in article.passages])  # headings too
    assert subtitle in kept and all(s in kept for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}


def test_a_headline_printed_again_in_full_just_below_is_the_one_taken(tmp_path):
    story = (
        "Ruritania plans to restart its largest rare earth mine next year to curb the lead of its neighbour in "
        "rare earths, officials said on Monday.\n\nThe rare earth mine closed in 2019 after its owner ran out of "
        "money, and the government plans to launch tenders for several blocks of the rare earth mine.\n\n"
        "Rare earth prices rose after the announcement of the rare earth tenders, traders said.\n"
    )
    text = (
        "Insights into Ruritanias plans to curb Bordurias lead in rare\n\nInsights into Ruritania’s plans to curb Borduria’s lead in rare earths\n\n"
        + story
    )
    (article,), _ = articles_from(tmp_path, {"s.txt": text})
    assert article.title == "Insights into Ruritania’s plans to curb Borduria’s lead in rare earths"


def test_set_20_pages_shapes_a_banner_a_doubled_headline_a_field_line_and_an_author_bio(tmp_path):
    """A government site's banner, a weekday's date stamp, a line of pipe-separated fields with a date,
    a dateline with its agency in brackets, an issuer's "For More Information on …" label and an
    author's biography are chrome; a headline printed twice at the top, full stop and all, is the title."""
    story = [
        "The government will soon modernise Ruritania’s graphite industry to export value added graphite "
        "and earn much needed foreign exchange, the minister said.",
        "The graphite industry's modernisation came to light after the end of a hunger strike by graphite "
        "mine workers at the largest mine.",
        "The minister said the government had not decided to sell graphite mines to local or foreign companies.",
    ]
    chrome = [
        "The industrial estate has been identified as a potential site for a graphite refinery.(Andina News: Ana Ortiz)",
        "An official website of the Ruritanian Government Here's how you know",
        "Secure .gov websites use HTTPS",
        "Monday, 22 April 2024",
        "Deal News | Apr 08, 2025 | Andina Wire",
        "For More Information on Graphite Products",
        "Ana Ortiz has worked for The Ruritania Times as a journalist, translator and editor since 1999.",
    ]
    headline = "Ruritania’s graphite industry undergoes modernization soon."
    text = "\n\n".join([*chrome[:4], headline, headline, *story, *chrome[4:]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"g.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert article.title == headline and all(s in kept for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}
    dated = "Borduria, 10 February (Argus)\n\n" + "\n\n".join(story) + "\n"
    (article,), _ = articles_from(tmp_path / "d", {"d.txt": dated})
    assert article.title.startswith("The government will soon modernise")


def test_a_site_s_tagline_above_the_headline_is_no_lead(tmp_path):
    """A short sentence under the site's name ("Promoting the development of mineral resources.") is
    its tagline: the headline below it is still the title."""
    headline = "Ruritania to cut export quotas for antimony, tungsten and other specialty metals"
    story = [
        "Ruritania has announced it is going to cut export quotas for antimony and tungsten as well, after "
        "months of restrictions on other specialty metals, the commerce ministry said.",
        "Few are aware of the supply challenges of antimony and tungsten, yet Ruritania produces most of the "
        "world's antimony and tungsten, and the cut in export quotas is highly relevant to the development of "
        "mineral resources.",
    ]
    lines = [
        "Andina Resources Policy Network",
        "Promoting the development of mineral resources.",
        "  • Blog",
        "  • HOMEPAGE >> BLOG >> " + headline,
        headline,
    ]
    (article,), _ = articles_from(tmp_path, {"q.txt": "\n\n".join([*lines, *story]) + "\n"})
    assert article.title == headline


def test_a_breadcrumb_that_ends_with_the_headline_is_no_title(tmp_path):
    """ "Home industry metals-and-mining On Ruritania visit, …" scraped above the headline itself: the
    shorter line below, which the breadcrumb ends with, is the title."""
    headline = "On Ruritania visit, Borduria's premier says will expand cooperation on rare earths"
    story = [
        "Borduria's premier said during a visit to Ruritania that the two nations will expand their "
        "collaboration to mine rare earths and copper.",
        "He cautioned that the world economy would suffer from a new cold war over rare earths, copper and "
        "other minerals.",
    ]
    lines = ["Company Logo", "Home industry metals-and-mining " + headline.lower(), headline, "Metals And Mining"]
    (article,), _ = articles_from(tmp_path, {"b.txt": "\n\n".join([*lines, *story]) + "\n"})
    assert article.title == headline


def test_set_22_pages_shapes_a_credited_caption_pair_a_teaser_a_dated_byline_and_an_ai_note(tmp_path):
    """A caption printed twice, once with its photographer's credit in brackets, is chrome both times
    (not the title); a headline right above a bare "Read More »" link is another story's teaser; a date
    followed by the author's name, a caption ending ", on 29 June", "Read Entire Article" and a note
    that a summary was made with AI are chrome."""
    caption = (
        "Ana Ortiz, a commander who serves as governor of the Cobre district of Andina province, in the "
        "capital, in May 2023. Ortiz is in charge of an area rich with minerals."
    )
    story = [
        "VERDE, Ruritania — Ana Ortiz spent years fighting soldiers in the barren hills and fertile fields of "
        "the river valley, one of the deadliest theaters of the insurgency.",
        "Once, Ortiz spotted a foreigner hiking alone along a path where bandits were known to kidnap "
        "outsiders, searching the mountain for lithium.",
        "The newcomers were persistent, almost single-minded in their quest for lithium ore that few locals "
        "believed held any value at all.",
        "Ortiz said the foreigners came back every month with more equipment, and that the valley's lithium "
        "was now the talk of every village along the river.",
    ]
    chrome = [
        "12 April 2021 Jane Doe",
        caption,
        caption + " (Rosa Diaz/for The Ruritania Post)",
        "Miners shop at a jewellery shop in the gold market in the capital Verde, on 29 June",
        "Profits soar at Andina fertiliser companies amid the war",
        "Read More »",
        "This video summary was created using AI from the original script. A journalist edited the text.",
        "Read Entire Article",
    ]
    text = "\n\n".join([*chrome[:4], *story[:2], *chrome[4:6], *story[2:], *chrome[6:]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"s.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert all(s.split("— ")[-1] in kept for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}
    assert article.title.startswith("Ana Ortiz spent years fighting")


def test_a_picture_described_above_a_page_with_no_headline_is_no_title(tmp_path):
    """ "A sign post at the mine clearly warning against trespassing" (a photo's alt text, sentence case,
    no verb but a participle) shares the story's words, but it is no headline: with none, the title
    comes from the text (here its highlight, as on the real page this comes from)."""
    story = [
        "An invasion at Verde rare earth mine by two unidentified foreign nationals has raised concern "
        "among community members, who say the visitors took samples without permission.",
        "According to reports, community members around Verde mine, which is being developed by Andina "
        "Cobre, said the foreign nationals were collecting rare earth samples at the mine.",
        "The company said its security team had asked the police to investigate the trespass at the mine.",
    ]
    picture = "A sign post at Verde mine clearly warning against trespassing"
    highlight = "* The audacity of these foreign geologists in breaching the operations of the mine raises questions"
    text = "\n\n".join([picture, highlight, "By Ana Ortiz", *story]) + "\n"
    (article,), _ = articles_from(tmp_path, {"v.txt": text})
    assert article.title != picture and article.title.startswith("The audacity of these")


def test_set_23_pages_shapes_an_agency_photo_credit_a_portrait_caption_and_a_headline_with_a_camel_case_name(
    tmp_path,
):
    """A caption credited "(AA Photo)" and a portrait's caption ("Jane Doe, Minister of Mines.") are
    chrome; a title-case headline holding a name written in camel case ("… Restarts VerdeTung") is
    the headline, not a label with words run together."""
    headline = "Andina Tungsten Restarts VerdeTung"
    story = [
        "Andina Tungsten restarted its VerdeTung mine in the north of Ruritania in October after a year "
        "of care and maintenance, the company said.",
        "VerdeTung is located in the far west of the territory, near the border, and was once the largest "
        "tungsten mine outside Borduria.",
        "Andina Tungsten used the down time at VerdeTung to review its mine plan and lower its costs.",
    ]
    chrome = [
        "The pilot plant will produce seven rare elements for the first time, accessed on Oct. 22, 2025. (AA Photo)",
        "Jane Doe, Minister of Mines.",
        "Jon Ruiz, Ruritania Miners Federation president",
    ]
    text = "\n\n".join([headline, chrome[0], story[0], chrome[1], *story[1:], chrome[2]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"t.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert article.title == headline and all(s in kept for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}


def test_paragraphs_cut_off_at_the_end_that_open_with_another_place_are_teasers(tmp_path):
    """The body's last paragraphs, each cut off with "…" and opening with a place ("Verde: …"), are
    other stories' teasers; the article's own first paragraph may open with its place."""
    story = [
        "Borduria City: The Ministry of Mines has signed a memorandum of understanding with the "
        "International Energy Agency to strengthen cooperation on critical minerals.",
        "The collaboration will support Borduria in streamlining its policies, regulations and investment "
        "strategies for the critical minerals sector.",
        "Capacity building and knowledge exchange are key components of the memorandum, the ministry said "
        "in a statement on Friday.",
    ]
    teasers = [
        "Verde: With a renewed thrust on accelerating grassroots development, Chief Secretary Ana Ortiz held an…",
        "Verde: The province took a major stride towards building an industry-aligned skilling ecosystem with…",
    ]
    (article,), _ = articles_from(tmp_path, {"t.txt": "\n\n".join([*story, *teasers]) + "\n"})
    kept = " ".join(p.text for p in article.passages)
    assert all(s in kept for s in story)
    assert set(teasers) <= {d.text for d in article.dropped}


def test_set_24_pages_keep_the_notes_under_an_article_and_drop_lines_in_another_language(tmp_path):
    """A guide's two-word headline over its points is the title; its numbered notes ("[1] Jane
    Doe, …") after a "View footnotes" link are article text; an aggregator's notices in Spanish
    under an English story, a byline with a reading time and a caption credited "— Foto: X" are
    chrome."""
    headline = "Export Quotas"
    story = [
        "  • Export quotas on unprocessed ores are uncommon.",
        "  • Ruritania set quotas on its cobalt exports in 2019, and the quotas cut its exports of cobalt "
        "concentrate by half within two years, to the lowest level since the mine opened.[1]",
        "  • Borduria set export quotas on chrome ore in 2012, only to lift them again in 2016.[2]",
    ]
    notes = [
        "[1] Jane Doe, Quotas and Their Effects on Mining Economies (Verde Institute, 2020), 12-14",
        "[2] John Roe, “Borduria lifts chrome quotas”. Andina Wire, March 2, 2016",
    ]
    chrome = [
        "Jane Doe , The Daily Andina 4 min read 12 Jan 2024, 03:42 PM IST",
        "Andina Cobre abre nueva mina en Verde — Foto: Divulgação",
        "Gracias por tu comentario. Tu comentario será publicado después de ser revisado.",
        "Hemos resumido esta noticia para que puedas leerla rápidamente. Si estás interesado en la noticia, "
        "puedes leer el texto completo aquí.",
    ]
    text = "\n\n".join([headline, chrome[0], chrome[1], *story, "View footnotes", *notes, *chrome[2:]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"t.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert article.title == headline
    assert all(s.strip(" •") in kept for s in story + notes)
    assert set(chrome) <= {d.text for d in article.dropped}


def test_a_paragraph_cut_off_by_a_paywall_is_the_body_under_its_headline(tmp_path):
    """A page cut off mid-word after its first paragraph ("… wants to ex") still has a body: its
    headline is the title, the picture credited to a web site ("… /example.com") and "Join the
    conversation" are chrome."""
    headline = "Ruritanian lithium project provokes heavy protests"
    story = (
        "Last week, heavy protests arose again against a large lithium project in western Ruritania. "
        "Andina Cobre, the mining giant from Borduria, wants to ex"
    )
    chrome = [
        "Opponents fear the mining will pollute the soil, water, and air in the Verde valley /andinacobre.example.com",
        "Ready to join the conversation?",
    ]
    text = "\n\n".join([headline, chrome[0], story, chrome[1]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"t.txt": text})
    assert article.title == headline
    assert [p.text for p in article.passages] == [story]
    assert set(chrome) <= {d.text for d in article.dropped}


def test_set_25_headlines_printed_twice_set_as_a_bullet_or_right_above_the_text(tmp_path):
    """A headline printed twice under the site's name glued to it (and ending with "!") is the
    headline; so is a headline set as a one-item list, and one right above the text whose words all
    recur in it; a caption that is the headline with a stock agency's credit is not its fuller copy;
    a comment policy, a "share a story idea" appeal and a theme's "spot_img" token are chrome."""
    story = [
        "As the world shifts towards clean energy, the race for critical minerals grows. Ruritania has "
        "agreed to invest $180mn in Andina Cobre, a mining investment vehicle, to curb Borduria's hold.",
        "The investment in Andina Cobre marks the first such collaboration between the two states on "
        "critical minerals, and Ruritania said it would invest more in minerals next year.",
        "Andina Cobre will use the investment to buy stakes in critical minerals projects in Peru and Chile.",
    ]
    headline = "Ruritania disrupts Borduria’s hold on critical minerals with Andina Cobre investment!"
    lines = [f"THE DAILY ANDINA EUROPE & MIDDLE EAST {headline}", "EUROPE & MIDDLE EAST News", headline, headline]
    chrome = [
        "KXYZ Local News 8 is committed to providing a forum for civil and constructive conversation.",
        "If you would like to share a story idea, please submit it here.",
        "Member of Andina Groupspot_img",
    ]
    text = "\n\n".join([*lines, *story, *chrome]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert article.title == headline
    assert all(s in " ".join(p.text for p in article.passages) for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}

    bullet = "Ruritania begins producing rare earths for first time"
    text = "\n\n".join(["Jan 28, 2020 14:14 UTC", f"  • {bullet}", *story]) + "\n"
    (article,), _ = articles_from(tmp_path / "b", {"b.txt": text})
    assert article.title == bullet

    over = "Ruritania to export graphite to Borduria"
    first = (
        "Andina, a listed firm, mines graphite in the Verde district and announced on Monday an expansion "
        "of its mine from 40,000 tonnes to 60,000 tonnes a year."
    )
    rest = [
        "Andina decided to expand after securing binding agreements for all of the mine's production.",
        "The mine will start exporting 14,000 tonnes a year to Borduria, the largest buyer of Ruritania's graphite.",
        "One use of graphite is in the crucibles used in the steel industry, and in batteries.",
    ]
    tags = "Africa Economy Export FDI Graphite Mining Natural Resources Ruritania Trade"
    text = "\n\n".join([tags, over, first, *rest]) + "\n"
    (article,), _ = articles_from(tmp_path / "c", {"c.txt": text})
    assert article.title == over

    deposit = "Ruritanian Explorer Reports Europe’s Largest Rare Earths Deposit"
    found = [
        "After three years of exploration, Verde Rare Earths announced the discovery of Europe's largest "
        "rare earths deposit at the Fen complex in Ruritania.",
        "The deposit is expected to reshape the supply of rare earths in Europe, the explorer said.",
        "The explorer's largest deposit holds 8.8 million tonnes of rare earth oxides, it reports.",
    ]
    text = "\n\n".join([deposit, f"{deposit} ©janedoe / Shutterstock", *found]) + "\n"
    (article,), _ = articles_from(tmp_path / "d", {"d.txt": text})
    assert article.title == deposit


def test_set_26_pages_breadcrumbs_site_names_credits_and_placeholders(tmp_path):
    """A path of sections ("/ Front page / News"), "Advertise with X", "[ad_1]", a picture's
    description ("Picture of Jane Doe."), a syndication note, a date alone and a caption credited
    "- (Jane Doe/Verde Radio)" are chrome; a headline printed with the site's name ("X | The Daily")
    and again without it is the one without; "By reactivating 50 more mines …" is no byline."""
    headline = "Graphite exports could bring in US$ 10 bn annually"
    story = [
        "Ruritania had over 3,000 operating graphite mines and was the world’s number one graphite exporter, "
        "but after the war many were closed.",
        "If 50 graphite mines could be activated, Ruritania could earn over USD 10 billion from graphite "
        "exports annually, the exporters said.",
        "The graphite exporters said value addition would bring the most revenue to the country.",
    ]
    chrome = [
        "/ Front page / News",
        "Advertise with Ruritania Daily",
        "[ad_1]",
        "6/20/2025",
        "Picture of Jane Doe.",
        "Graphite mines near the capital of Ruritania in May - (Jane Doe/Verde Radio)",
        "(Except for the headline, this story has not been edited by Ruritania Daily staff and is "
        "published from a syndicated feed.)",
    ]
    text = "\n\n".join(
        [chrome[0], f"{headline} | Ruritania Daily", headline, chrome[1], chrome[2], chrome[3], story[0],
         chrome[4], chrome[5], *story[1:], chrome[6]]
    ) + "\n"  # fmt: skip
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert article.title == headline
    assert all(s in " ".join(p.text for p in article.passages) for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}
    from briefing.ingest import lexicon

    assert not lexicon.BYLINE.match("By reactivating 50 more mines and value addition")


def test_set_27_pages_figures_in_headlines_newsletter_boxes_paywalls_and_credits(tmp_path):
    """A headline that shares one word and a figure ("$150 million") with the first paragraphs is
    the headline, over an image's two-word label; a newsletter box between the headline and the text
    ("Thank you for your interest in …", "Stay informed … with us on social media:") is chrome; so
    are a paywall's email offer and a caption that ends with "Jane Doe / Wire"."""
    headline = "Graphite sector gets $150 million reprieve"
    story = [
        "The government of Verde is stepping in, announcing a $150 million support package that will waive "
        "royalties for up to two years.",
        "The province is the region’s largest graphite producer, with three mines underpinning a globally "
        "significant jurisdiction.",
        "But low prices have hurt, and some graphite operators have scaled down their expansion plans.",
        "Port charges will also be waived for companies ramping up their graphite processing plants.",
    ]
    chrome = [
        "Thank you for your interest in the Andina Progress Party.",
        "Stay informed in real time and discuss with us on social media:",
        "Twitter : @AndinaProgress",
        "Verde graphite",
        "Workers at the Borduria Graphite Institute in Andina work on a test furnace for the new plant, which is "
        "under construction in the capital. Jane Doe / Wire",
        "Get instant access to the rest of this article by submitting your email address below. You'll also get "
        "three articles of your choice each month and our free newsletter:",
    ]
    text = "\n\n".join(
        ["Commodities, Finance, Graphite, News", headline, *chrome[:3], chrome[3], *story[:2], chrome[4],
         *story[2:], chrome[5]]
    ) + "\n"  # fmt: skip
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert article.title == headline
    assert all(s in " ".join(p.text for p in article.passages) for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}


def test_set_28_pages_radio_players_paywall_offers_republished_credits_and_wire_dates(tmp_path):
    """A radio station's player and newsroom promotion ("Play Live Radio", "Available On Air
    Stations", "Hear the latest from the … Newsroom."), "Unlock the Editor's Digest for free", a
    republisher's "… news published by Wire:" and "Reproduced curtesy of Wire." are chrome; a release wire's "–(Newswire – Dec. 11, 2017) –" after
    the place is part of the dateline: the derived title starts after it, and the date is read."""
    story = [
        "RURITANIA CITY, REGION–(Newswire – Dec. 11, 2017) – Andina Cobre announced that the restructuring of "
        "its copper joint venture closed today.",
        "The restructuring was subject to government approvals, which have been obtained.",
        "Production at the copper mine will rise to ten million pounds a year from 2018.",
    ]
    chrome = [
        "Play Live Radio",
        "Available On Air Stations",
        "Hear the latest from the Verde Radio Newsroom.",
        "Unlock the Editor’s Digest for free",
        "Reproduced curtesy of Wire.",
        "Verde News has spotted this important news published by Wire:",
    ]
    text = "\n\n".join([*chrome[:4], chrome[5], *story, chrome[4]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert article.title.startswith("Andina Cobre announced that the restructuring"), article.title
    assert all(s.split("– ", 2)[-1] in " ".join(p.text for p in article.passages) for s in story)
    assert set(chrome) <= {d.text for d in article.dropped}
    assert str(article.meta.date) == "2017-12-11", article.meta


def test_set_29_pages_alt_text_site_names_and_wire_datelines(tmp_path):
    """A picture's alternative text printed twice, each time over its caption, is neither the
    headline nor text; "… – Verde Finance" after a headline is the site's name; "Verde City, Aug 29
    (WIRE) The …" is a dateline run into the story, left out of a derived title."""
    headline = "Ruritania holds the world’s graphite, and is wasting the moment"
    story = [
        "Ruritania’s critical minerals strategy is under strain as graphite is exported raw and smelters shed jobs.",
        "It seems that the graphite strategy is failing the moment, the smelter owners said on Monday.",
        "Then someone asked the minister about graphite, a central pillar of the strategy, and he changed the subject.",
    ]
    alt, caption = "Ruritania graphite beneficiation crisis critical minerals smelter", "A smelter Image: Unsplash."
    text = "\n\n".join([alt, caption, f"Home » {headline}", headline, story[0], alt, caption, *story[1:]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert article.title == headline
    assert alt not in " ".join(p.text for p in article.passages)
    launch = [
        "(Wire) — Andina’s state-owned graphite company launches with monopoly rights to the country’s graphite.",
        "The state graphite company will sell graphite under a five-year deal with Verde Trading, which also "
        "provides financing.",
        "Andina produces most of the world’s graphite, and the company will buy it from small miners.",
    ]
    site = "Andina Launches State Graphite Company With Verde Financing – Verde Finance\n\n" + "\n\n".join(launch)
    wire = "Verde City, Aug 29 (WIRE) Ruritania's agreement with Borduria on graphite is part of a wider effort.\n"
    (titled, derived), _ = articles_from(
        tmp_path / "more", {"a.txt": site + "\n", "b.txt": wire + "\n".join(story) + "\n"}
    )
    assert titled.title == "Andina Launches State Graphite Company With Verde Financing", titled.title
    assert derived.title.startswith("Ruritania's agreement with Borduria"), derived.title


def test_a_podcast_page_s_mentioned_list_and_a_player_s_next_up_label(tmp_path):
    """ "Mentioned in this episode:" over a podcast page's links and a player's "Next Up:" are the labels
    of other items, not the article's (set 29's podcast notes)."""
    story = [
        "Ruritania’s graphite mines could supply the region’s battery makers, the report by Jane Doe finds.",
        "The report says the graphite partnership needs long-term offtake agreements and public finance.",
        "Its authors discuss the graphite report’s findings with the institute’s director on the podcast.",
    ]
    text = (
        "\n\n".join(["Next Up:", *story, "Mentioned in this episode:"]) + "\n‘Graphite and the region’, new report:\n"
    )
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert {"Next Up:", "Mentioned in this episode:"} <= {d.text for d in article.dropped}
    assert all(s in " ".join(p.text for p in article.passages) for s in story)


def _dropped_texts(article):
    """The lines the cleaner left out of an article, as printed (stripped)."""
    return {d.text.strip() for d in article.dropped}


def _article_of(tmp_path, *lines):
    """The one article a page of these lines (a blank line between each) makes."""
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n\n".join(lines) + "\n"})
    return article


def test_set_30_a_site_name_with_an_ampersand_after_the_headline(tmp_path):
    """ "Scramble for Ruritania’s graphite – Mining & Trade Review": the site's name goes from the title."""
    story = [
        "An Andina firm moves to acquire the Verde graphite deposit in Ruritania, the graphite miners said.",
        "The Ruritania Government has signed a consent agreement on the graphite deposit with the Andina firm.",
        "The graphite deposit is one of the largest in the region, the Andina firm said on Monday.",
    ]
    article = _article_of(tmp_path, "Scramble for Ruritania’s graphite – Mining & Trade Review", *story)
    assert article.title == "Scramble for Ruritania’s graphite", article.title


def test_set_30_a_question_headline_under_a_series_title(tmp_path):
    """ "How interest in the deep sea is resurfacing" (a series' title) over "Seabed mining: a new
    divide?": the question, asked after a colon in sentence case, is the headline."""
    story = [
        "As metals are at the core of national concerns, interest in deep sea deposits is resurfacing in Ruritania.",
        "Coastal states have rights over deep sea resources located in their exclusive economic zones.",
        "The seabed authority of Borduria is negotiating a mining code for deep sea deposits beyond national waters.",
    ]
    article = _article_of(
        tmp_path, "How interest in the deep sea is resurfacing", "Seabed mining: a new divide?", *story
    )
    assert article.title == "Seabed mining: a new divide?" and not article.title_derived, article.title


def test_set_31_a_news_agencys_bulletin_number_is_not_in_the_title(tmp_path):
    """ "  9/ Landmark Agreement Set to Unlock Copper in Ruritania": the agency's item number goes."""
    story = [
        "Borduria City, June 1 (Agency) – Ruritania signed its first agreement for copper mining on Sunday.",
        "The thirty-year copper concession grants the company rights to mine the copper deposit in the south.",
        "The copper agreement is expected to create jobs in the south of Ruritania, the ministry said.",
    ]
    article = _article_of(tmp_path, "  9/ Landmark Agreement Set to Unlock Copper in Ruritania", *story)
    assert article.title == "Landmark Agreement Set to Unlock Copper in Ruritania", article.title


def test_set_31_a_date_stamp_glued_to_a_line_above_the_headline_dates_the_article(tmp_path):
    """ " date 2019-12-27 The graphite project got a boost" over the same words: the date is read."""
    story = [
        "THE graphite project near Borduria City has received a boost with an agreement between two firms.",
        "Under the terms of a letter of intent, the graphite project will send concentrate to Ruritania.",
        "The graphite project has major project status from the Ruritania government, the firms said.",
    ]
    dek = "The graphite project has received another giant boost with an agreement"
    text = "\n\n".join([f" date 2019-12-27 {dek}", dek, *story]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert str(article.meta.date) == "2019-12-27", article.meta.date


def test_set_32_prompts_to_the_reader_after_the_text_and_descriptions_of_pictures(tmp_path):
    """A site's prompts after the text ("Share your experiences …", "Thank you for sharing your
    thoughts.", "As a subscriber, you can …") go; so do a picture's description over its caption
    ("… via Facebook") and an "Artist's rendering of …"; a paragraph naming someone "(pictured)" stays."""
    story = [
        "BORDURIA CITY – The Ruritania government is mulling plans to ban the export of processed nickel products.",
        "Jane Doe (pictured), director general at the mines ministry, said the nickel rules would follow in June.",
        "The nickel association said the regulation would encourage investors to build a domestic nickel industry.",
        "“We are still crafting the nickel regulation,” the minister said on Sept. 17.",
    ]
    top = [
        "Aerial view of a protest against the nickel smelter in Borduria City on Aug. 10",
        "Protest against the nickel smelter in Borduria City on Aug. 10 Jim Roe via Facebook",
        "Artist's rendering of a large nickel processing plant in the desert",
    ]
    tail = [
        "Share your experiences, suggestions, and any issues you've encountered on the Daily. We're here to listen.",
        "Thank you for sharing your thoughts. We appreciate your feedback.",
        "Quickly share this news with your network, keep everyone informed with just a single click!",
        "Share the best of the Daily with friends. As a subscriber, you can gift 3 articles each month.",
        "Get the best experience, faster access, exclusive features, and a seamless way to stay updated.",
    ]
    text = "\n".join(top + story + tail) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert [p.text for p in article.passages if not p.is_header] == story, [p.text for p in article.passages]
    assert {d.text for d in article.dropped} == set(top + tail), article.dropped


def test_set_32_a_reading_time_glued_to_a_headline_and_highlights_between_sentences(tmp_path):
    """ "Ruritania acts to protect its nickel industry jobs 2 mins read" is the headline (without its
    reading time), so the issuer's line above it goes; short highlights between highlights written as
    sentences are the release's own list."""
    lines = [
        "Government of Ruritania media statement – Premier Jane Doe/ Treasurer Jim Roe",
        "Ruritania acts to protect its nickel industry jobs 2 mins read",
        "  • Ruritania provides support to nickel producers through royalty relief for its nickel mines.",
        "  • Extensive nickel exploration completed",
        "  • Proven nickel processing technology",
        "  • The nickel program aims to protect local jobs and keep Ruritania a battery minerals hub.",
        "The Ruritania government will offer royalty relief to its nickel producers from the March quarter, "
        "with a 50 per cent rebate on the royalties of every nickel mine that keeps its workers employed while "
        "prices stay low, the Premier said in a statement on Friday.",
        "The nickel industry has faced hard market conditions.",
    ]
    (article,), _ = articles_from(tmp_path, {"a.txt": "Skip to content\n\n" + "\n\n".join(lines) + "\n"})
    assert article.title == "Ruritania acts to protect its nickel industry jobs", article.title
    assert [d.text for d in article.dropped] == ["Skip to content", lines[0]], article.dropped


def test_set_33_a_dated_dek_in_place_of_a_headline_is_the_title_and_the_first_text(tmp_path):
    """ " date 2023-06-01 The investment, from a consortium …, will go into an industrial park" with no
    headline above it is the title and stays the first paragraph (its figures are cited); so does the
    dated copy above a dek printed twice."""
    dek = "The investment, from a consortium that includes the nickel miner Andina, will go into an industrial park"
    story = [
        "Ruritania's nickel sector will receive a $9 billion investment from the consortium for the industrial "
        "park, the investment ministry said on Thursday.",
        "Home to large nickel reserves, Ruritania has been working with the consortium on the industrial park.",
    ]
    for top in ([f" date 2023-06-01 {dek}"], [f" date 2023-06-01 {dek}", dek]):
        (article,), _ = articles_from(tmp_path / str(len(top)), {"a.txt": "\n\n".join([*top, *story]) + "\n"})
        assert article.title.startswith("The investment, from a consortium"), article.title
        texts = [p.text for p in article.passages]
        assert any(dek in t for t in texts[:1]), texts
        assert str(article.meta.date) == "2023-06-01"


def test_set_33_a_tag_list_goes_and_a_last_paragraph_signed_by_its_agency_stays(tmp_path):
    """ "Manufacturing Ruritania COVID-19 Economy energy government manufacturer minerals mines" under the
    byline is a list of tags; the last paragraph "… effective from November 1. – Wire" is the story's."""
    story = [
        "BORDURIA CITY – Ruritania is seeking to attract more critical minerals investment with a new strategy.",
        "The premier announced the critical minerals strategy on Thursday, a five-year plan for the mines.",
        "Ruritania already produces $3.5 billion a year in critical minerals, the mines minister said.",
    ]
    last = (
        "This comment followed the announcement of new tariffs on Bordurian goods effective from November 1. – Reuters"
    )
    tags = "Manufacturing Ruritania COVID-19 Economy energy government manufacturer minerals mines"
    text = "\n\n".join(["Ruritania announces critical minerals strategy", tags, *story, last]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert [d.text for d in article.dropped] == [tags], article.dropped
    assert any(p.text.startswith("This comment followed") for p in article.passages)


def test_set_34_a_section_s_name_before_a_headline_a_credited_caption_and_an_agency_dateline(tmp_path):
    """ "Ruritania Policy. Commissioner touts lithium agreement with Borduria" is the headline without
    its section's name, over a picture's description printed again with "Copyright …" (both go); the
    "the Hon." of a derived title does not end it; "Wire, BORDURIA" alone on a line under a date stamp is
    the story's dateline, not a time stamp."""
    story = [
        "An official lithium agreement between Ruritania and Borduria is looming, the Commissioner told reporters.",
        "The lithium agreement has been negotiated for a while, and Borduria wants a lithium refinery.",
        "Protests against the lithium mine in Borduria drew thousands of people to the capital last year.",
    ]
    top = [
        "Ruritania Policy. Commissioner touts lithium agreement with Borduria",
        "Hundreds of protesters opposed to lithium mining blocked roads near a government building",
        "Hundreds of protesters opposed to lithium mining blocked roads near a government building Copyright "
        "Jane Doe/Wire. All rights reserved.",
    ]
    (article,), _ = articles_from(tmp_path / "a", {"a.txt": "\n\n".join([*top, *story]) + "\n"})
    assert article.title == "Commissioner touts lithium agreement with Borduria", article.title
    assert [p.text for p in article.passages] == story
    text = "\n\n".join(
        [
            " date 2019-06-18 Wire, BORDURIA",
            "Lithium firms in Ruritania will likely lose their supply of lithium from Borduria, the ministry said.",
            "Republic of Borduria, Minister of Mines, the Hon. Jane Doe said the lithium curbs would stay in force.",
        ]
    )
    (article,), _ = articles_from(tmp_path / "b", {"a.txt": text + "\n"})
    assert article.title.startswith("Lithium firms in Ruritania"), article.title
    assert article.passages[0].text.startswith("Wire, BORDURIA") or "Wire, BORDURIA" in article.passages[0].text


def test_set_34_a_map_described_under_the_text_is_a_caption(tmp_path):
    """ "A map created by the Ruritania Geological Survey showing antimony prospects and mines." is a
    picture's caption, however many words stand between "map" and "showing"."""
    story = [
        "Ruritania hopes to mine antimony again, and two companies are exploring antimony deposits in its north.",
        "Antimony is a strategic metal used in ammunition and batteries, the executive director of one firm said.",
        "The antimony deposits lie in remote areas far from roads, and the state has promised to build one.",
    ]
    caption = "A map created by the Ruritania Geological Survey showing antimony prospects, occurrences and mines."
    text = "\n\n".join([*story[:2], caption, story[2]]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert [d.text for d in article.dropped] == [caption], article.dropped


def test_set_35_a_sitting_calendar_is_no_title(tmp_path):
    """ "Assembly sit 16/04/2024" and "• The Assembly meets on 16/04/2024 (01:00 PM)" are a parliament's
    calendar: page chrome, never the title."""
    calendar = ["• The Assembly meets on 16/04/2024 (01:00 PM)", "Assembly sit 16/04/2024"]
    story = [
        "I refer to a June 2020 report on lithium which stated that the government has done little for miners.",
        "Does the government concede that without greater support the lithium industry will not grow in Ruritania?",
        "The minister said the lithium industry has received support from the government since 2020.",
    ]
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n\n".join([*calendar, *story]) + "\n"})
    assert [d.text for d in article.dropped] == calendar, article.dropped
    assert article.title.startswith("I refer to a June 2020 report"), article.title


def test_set_36_a_feature_headline_sharing_no_word_and_a_broadcaster_s_prompts(tmp_path):
    """A feature's headline ("How the west's miners won over the capital") may share no word with its
    first paragraphs: the one title-like line between the chrome and the text is the headline. A
    broadcaster's prompts under the story ("Listen to the interview in the audio player below.", "Get
    the whole picture 💡", "Take a look at the topic timeline …") are chrome."""
    chrome = ["Skip to navigationSkip to contentSkip to footerHelp using this website", "  • Advertisement"]
    headline = "    How the west’s miners won over the capital"
    story = [
        "    The tax credits on lithium processing unveiled in the budget were the result of months of talks.",
        "    Jane Doe was in her sneakers and jeans, recovering from a knee reconstruction in the spring.",
        "    The wear and tear from years of hockey had slowed her down long enough to listen to a pitch.",
        "    They met in her office on the 38th floor to discuss ways for the government to back processing.",
    ]
    prompts = [
        "Listen to the interview in the audio player below.",
        "Get the whole picture 💡",
        "Take a look at the topic timeline for all related articles.",
    ]
    page = "\n\n".join([*chrome, headline, *story, *prompts]) + "\n"
    (article,), _ = articles_from(tmp_path, {"a.txt": page})
    assert article.title == "How the west’s miners won over the capital", article.title
    dropped = {d.text.strip() for d in article.dropped}
    assert set(prompts) <= dropped, article.dropped
    assert not {s.strip() for s in story} & dropped, article.dropped


def test_set_37_a_transcript_s_last_speeches_an_ap_file_caption_and_a_loading_notice(tmp_path):
    """A transcript's last speeches say "you" to their hearers ("Jane Doe: Thanks so much … for you
    both", "I'll let the minister talk … Thank you."): article text, not a site's prompts. An AP
    caption's short copy ("FILE - Fishermen work at sunrise …...") is chrome, and the headline above it
    is the title though it shares few words with the text. "We're loading the full news article for
    you." and a forum's "Other hot threads" are chrome; "Andina Metals Corp. $15.8 million" does not
    end a sentence."""
    speeches = [
        "Jon Roe: -- in the Territory, and the chief executive of Andina Metals in the Territory.",
        "A wonderful announcement for the Territory and for the town because this is about jobs in the town.",
        "So there's about 200 jobs involved with this project. It's around construction and operations.",
        "So very pleased to be here and I'll let the Federal Government talk more about it. Thank you.",
        "Jane Doe: Thanks so much, Chief Minister, and thanks for hosting us. A big couple of days for you both.",
        "This is a very significant announcement for rare earths mining and refining in the Territory.",
    ]
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n\n".join(["Press conference, Darwin", *speeches]) + "\n"})
    assert not article.dropped or not {d.text for d in article.dropped} & set(speeches), article.dropped
    page = [
        "Hunt for deep sea minerals draws scrutiny amid green push",
        "Nov 1, 2022, 6:49 PM",
        "FILE - Fishermen work at sunrise in the Atlantic Ocean, Sept. 8, 2022, off of Kennebunkport...",
        "FILE - Fishermen work at sunrise in the Atlantic Ocean, Sept. 8, 2022, off of Kennebunkport, Maine. "
        "(AP Photo/Jon Roe, File)",
        "SAN JUAN, Puerto Rico (AP) — High demand for metals is pushing the mining industry to explore the "
        "deepest oceans for minerals, a troubling development for scientists who warn that deep sea mining "
        "could harm ocean life.",
        "The issue will be in the spotlight as scientists gather in Jamaica to debate deep sea mining at a "
        "conference of the seabed authority on ocean minerals.",
        "The authority is the custodian of deep ocean waters and their minerals that fall within no country.",
    ]
    (article,), _ = articles_from(tmp_path / "b", {"a.txt": "\n\n".join(page) + "\n"})
    assert article.title == page[0], article.title
    assert page[2] in {d.text for d in article.dropped}, article.dropped
    page = [
        "We're loading the full news article for you. This includes the article content and related articles.",
        "The Defense Agency is granting Andina Metals Corp. $15.8 million to speed up its tungsten mine.",
        "The grant covers the feasibility study and the permits for the tungsten mine in the north.",
        "The company said the tungsten mine would start production in 2027 and employ 300 people.",
        "Other hot threads",
        "E-sports and Gaming Community in Ruritania",
    ]
    (article,), _ = articles_from(tmp_path / "c", {"a.txt": "\n\n".join(page) + "\n"})
    assert {page[0], page[4]} <= {d.text for d in article.dropped}, article.dropped
    assert article.title.startswith("The Defense Agency is granting Andina Metals Corp. $15.8 million"), article.title


def test_set_38_a_think_tank_s_podcast_prompt_among_its_points(tmp_path):
    """ "• For comprehensive insights, tune into our AI-powered podcast here" among a summary's points
    is the site's prompt, not a point."""
    page = [
        "The corridor that may decide who mines Africa’s copper",
        "• The corridor links copper mines in Zambia to the Atlantic port of Lobito in Angola.",
        "• Western backers hope the railway will carry copper and cobalt to their markets.",
        "• For comprehensive insights, tune into our AI-powered podcast here",
        "The Lobito corridor runs from the copper mines of Zambia to the Atlantic coast of Angola, and its "
        "railway was built a century ago to carry ore from the copper belt to the sea.",
        "Western governments have pledged money for the railway to move copper and cobalt to the coast, "
        "where ships can take the metals to markets in Europe and America.",
        "The corridor competes with routes that carry copper east to ports used by Chinese buyers.",
    ]
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n\n".join(page) + "\n"})
    assert page[3] in {d.text for d in article.dropped}, article.dropped
    assert not {page[1], page[2], page[4]} & {d.text for d in article.dropped}, article.dropped


def test_set_39_a_dateline_after_the_hour_is_no_time_stamp(tmp_path):
    """A state agency's dateline after the hour it was filed ("14:11 | Lima, Sep. 9.") is the
    story's dateline, kept, not a time stamp."""
    page = [
        "Chinese mining investments in Ruritania reach nearly US$15 billion in last 11 years",
        "14:11 | Lima, Sep. 9.",
        "The Ministry of Energy and Mines affirmed that Chinese investments in the mining subsector totaled "
        "almost US$15 billion between 2009 and July this year, the largest share of any country.",
        "The ministry said the investments went to copper mines in the south of the country and to a port "
        "that ships the copper concentrate to China.",
    ]
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n\n".join(page) + "\n"})
    assert page[1] not in {d.text for d in article.dropped}, article.dropped


def test_set_40_a_headline_printed_twice_sharing_one_word_with_the_lede(tmp_path):
    """ "The atlas of Verdant mines", printed twice over a story of one Verdant firm's mine: the page's
    headline, though the first paragraph shares one word with it (the others come further down)."""
    page = [
        "The atlas of Verdant mines",
        "The atlas of Verdant mines",
        "A collapse at a copper mining concession shows the dangers of the cobalt rush in Zambia. Diggers "
        "risk their lives for a small share of the ore.",
        "In the copper belt the pits keep eating into the land, as large groups extract copper and cobalt "
        "with explosives and excavators.",
        "Thirty diggers died when two galleries collapsed on the concession of a subsidiary of the Verdant "
        "group, which said the diggers had no links to its operations.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == "The atlas of Verdant mines", article.title


def test_set_40_a_caption_ending_with_the_picture_s_owner(tmp_path):
    """ "The Verde deposit. Andina" (a caption, then the owner of the picture) is chrome, and the
    heading after it is still the article's."""
    page = [
        "Andina finds the largest rare earth deposit in Ruritania",
        "Andina said on Thursday that it had found more than one million tonnes of rare earth oxides at "
        "its Verde deposit in the north of the country.",
        "The rare earths were found near the town of Verde. Andina",
        "No rare earths are mined in the region, and demand for them is expected to grow as the region "
        "builds more wind turbines and electric cars.",
        "The Verde deposit. Andina",
        "It could take ten years before Andina can begin mining",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[2], page[4]} <= dropped, article.dropped
    assert page[5] not in dropped, article.dropped


def test_set_40_a_wire_caption_with_the_day_the_picture_was_taken(tmp_path):
    """ "Miners are seen at the Verde mine …. Picture taken July 16, 2011." printed twice at the top
    is a picture’s caption, not a headline printed twice: the story’s first sentence gives the title."""
    caption = "Miners are seen at the Verde mine in the north of Ruritania, July 16, 2011. Picture taken July 16, 2011."
    page = [
        caption,
        caption,
        "To borrow the words of a colleague, rare earths today are the most dangerous dependence of the West.",
        "With near total control of the world’s rare earth production, Ruritania holds leverage over the "
        "inputs needed for everything from phones to weapons.",
        "Ruritania is willing to use this leverage, and it has limited exports of rare earths twice.",
    ]
    article = _article_of(tmp_path, *page)
    assert caption in {d.text for d in article.dropped}, article.dropped
    assert article.title.startswith("To borrow the words of a colleague"), article.title


def test_set_41_a_stamp_with_a_label_and_the_hour_and_another_story_s_headline_in_the_text(tmp_path):
    """ "Status: 05.09.2021 5:32 p.m." (a broadcaster's stamp, its "p.m." ending like a sentence) is no
    title; "Jane Doe’s Apology to Parents at Senate Hearing on Online Child Safety" set between two
    paragraphs, sharing no word with them, is another story's headline."""
    page = [
        "Status: 05.09.2021 5:32 p.m.",
        "Ruritania’s resources minister has begun a week-long trip to Japan and Korea to seek investment in "
        "critical minerals projects.",
        "The minister said Ruritania’s critical minerals could help Japan and Korea secure supplies for "
        "their battery makers.",
        "Jane Doe’s Apology to Parents at Senate Hearing on Online Child Safety",
        "During her trip, the minister will meet Japan’s trade minister and Korean battery makers to discuss "
        "critical minerals projects.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[0], page[3]} <= dropped, article.dropped
    assert not article.title.startswith("Status"), article.title


def test_set_42_a_filler_line_a_graphic_s_placeholder_an_alt_text_and_a_headline_printed_three_times(tmp_path):
    """ "xyz xyz xyz xyz xyz" (one word over and over), "You are seeing a snapshot of an interactive
    graphic. …" and "a large truck driving down a road next to a mountain range," are chrome; a headline
    printed three times over the text, its words further down, is the title."""
    headline = "With export rules or without them, Ruritania is off the radar"
    page = [
        "xyz xyz xyz xyz xyz xyz xyz xyz",
        headline,
        headline,
        headline,
        "June 19, 2024 – 2:05 p.m.",
        "The head of the state miner will return today from a tour of Japan with the Minister of Mining.",
        "a large truck driving down a road next to a mountain range in the distance with snow on the ground,",
        "In Japan, the province held an exhibition on its mining policy and its investment opportunities.",
        "You are seeing a snapshot of an interactive graphic. This is most likely due to being offline or "
        "JavaScript being disabled in your browser.",
        "“With export rules or without them, many companies see Ruritania as off the radar,” she said of "
        "the buyers of lithium she met.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[0], page[6], page[8]} <= dropped, article.dropped
    assert article.title == headline, article.title


def test_set_43_a_site_s_label_a_markdown_picture_and_a_site_name_and_date_run_into_the_headline(tmp_path):
    """ "Article content" (a site's label, printed twice) and "![](https://example.com/images/a-b-c-d-e.jpg)"
    are chrome; the site's name and date run into the headline's end ("… in Ruritania Verde Metal News –
    April 20, 2022") are no part of the title."""
    page = [
        "Ministry conditionally commits to a US$107M loan for a graphite plant in Kenya Verde Metal News – April 20, 2022",
        "![](https://example.com/images/kenya-graphite-plant-credit-agency-photo.jpg)",
        "Article content",
        "Article content",
        "To support the production of graphite anode material, the ministry has allotted $107 million to fund "
        "the expansion of a graphite plant in Kenya.",
        "The loan will pay for the expansion of the graphite plant, which makes anode material for batteries.",
        "The graphite plant in Kenya is expected to begin producing more anode material next year.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[1], page[2]} <= dropped and page[3] not in " ".join(p.text for p in article.passages), article.dropped
    assert article.title.endswith("plant in Kenya"), article.title


def test_set_44_a_table_stored_one_cell_per_line_and_the_prose_after_it(tmp_path):
    """A table stored one cell per line ("Copper", "2015 Exports (tonnes)", "763.802", …) is the
    article's, and the paragraphs after it stay; "Video length: 3 mins." is chrome and "Video" before a
    headline is no part of the title."""
    cells = ["Copper", "2015 Exports (tonnes)", "Million $", "Concentrate", "763.802", "5.503", "Metal",
             "190.877", "1.405", "Total", "954.679", "6.908"]  # fmt: skip
    page = [
        "Video Kenya’s copper exports fell by a third in 2016, the ministry said",
        "Video length: 3 mins.",
        "Kenya’s copper exports fell 31% in 2016 to 955 tonnes from 1,380 tonnes, the mines ministry said.",
        "Copper metal made up 190 tonnes of the copper products Kenya exported in 2016, the ministry said.",
        *cells,
        "The fall in copper exports means a fall in Kenya’s copper output, several copper traders told us.",
        "Copper producers in Kenya said their plants had stopped several times in 2016 for lack of ore.",
    ]
    article = _article_of(tmp_path, *page)
    kept = " ".join(p.text for p in article.passages)
    assert page[-2] in kept and page[-1] in kept and "763.802" in kept, article.dropped
    assert {d.text for d in article.dropped} == {page[1]}, article.dropped
    assert article.title.startswith("Kenya’s copper exports fell"), article.title


def test_set_45_a_title_case_headline_with_a_clause_break_an_agency_stamp_and_a_bracketed_link(tmp_path):
    """ "Ruritania’s Rare Earth Export Curbs Threaten Kenyan Auto Sector; Govt Seeks Alternatives" (no little
    word, but a possessive and a semicolon) is the headline, not a menu; "PTI | June 10, 2025 3:11 PM CST"
    is a stamp and "[Kenya’s new government reiterates its opposition to uranium mining]" a link."""
    headline = "China’s Rare Earth Export Curbs Threaten Kenyan Auto Sector; Govt Seeks Alternatives"
    page = [
        headline,
        "PTI | June 10, 2025 3:11 PM CST",
        "China's restrictions on the export of rare earth magnets would hurt Kenya's auto sector, the trade "
        "minister said on Tuesday, and the government is seeking alternatives.",
        "The auto industry has asked the government to speed up the approval of rare earth magnet imports from "
        "China, the minister said.",
        "[Kenya’s new government reiterates its opposition to uranium mining]",
        "Several suppliers of the auto sector have already asked for import licences for rare earth magnets.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == headline, article.title
    assert {page[1], page[4]} <= {d.text for d in article.dropped}, article.dropped


def test_a_quotation_in_straight_single_marks_and_a_quote_closed_the_wrong_way_split_as_pysbd_splits():
    """ "… substitutes. 'Some are irreplaceable,' said X." starts a sentence at the mark; "a ‘Verde Roadmap‘.
    The plan …" (closed with an opening mark) is left to pysbd, which keeps the quote open."""
    import pysbd

    oracle = pysbd.Segmenter(language="en", clean=False, char_span=True)
    for text in (
        "Their sources are highly concentrated and there is a lack of good substitutes. 'Some of these "
        "elements are more or less irreplaceable, or at high cost,' said Jon Roe, a researcher at the institute.",
        "The offer would bind the two economies into a sprint to design a ‘Verde Partnership Roadmap‘. The plan "
        "sketches joint mining ventures and price-support tools for copper.",
    ):
        expected = [text[s.start : s.end].strip() for s in oracle.segment(text) if text[s.start : s.end].strip()]
        assert [s.text for s in split_sentences(text)] == expected


def test_set_46_an_editors_tag_a_name_under_a_quote_a_source_post_and_a_patreon_appeal(tmp_path):
    """ "Can Ruritania win the copper race? (xyz)": a headline asked as a question, an editor's initials
    after it (left out of the title); "Hon. Jon Roe" under a quoted paragraph says who spoke (no picture's
    owner after a one-word "sentence"); "Source: Jon Roe on X (Twitter), as reported by Verde Pravda" says
    where the story's words were said (no credit, no "follow us"); "Support Verde Pravda on Patreon !" is an
    appeal."""
    page = [
        "Can Ruritania win the copper race? (xyz)",
        "Verde City, March 26 /Wire/ - Copper, cobalt, nickel: such metals have been the subject of many "
        "headlines. But why are they so important for Ruritania's economy and its copper industry?",
        "Copper and cobalt: Ruritania needs these metals to push forward its economic agenda, the copper "
        "miners say, and it depends on imports of copper.",
        "“The withdrawal of the copper agreement is a contradiction of the assurances given to Parliament. "
        "The honourable course of action is for the minister to resign.”",
        "Hon. Jon Roe",
        "Source: Jon Roe on X (Twitter), as reported by Verde Pravda",
        "The copper caucus emphasised that copper is central to Ruritania's industrial future and its economy.",
        "Support Verde Pravda on Patreon !",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == "Can Ruritania win the copper race?", article.title
    dropped = {d.text for d in article.dropped}
    assert not {page[4], page[5]} & dropped, article.dropped
    assert page[7] in dropped, article.dropped


def test_set_47_a_donation_appeal_a_kicker_and_teasers_printed_with_their_section(tmp_path):
    """A newspaper's donation appeal under the standfirst ("Your support helps us to tell the story" and the
    paragraphs of its pitch, saying "we" and "us") goes, but not the article's first paragraph run into its
    last line; "Verde note! Ruritania locates copper deposits" (a kicker exclaimed before the headline) is the
    headline; another story's headline printed again after its section's name goes, and so does "More in
    Industry"."""
    page = [
        "Verde note! Ruritania locates copper deposits",
        "A Ruritanian state-owned copper mining company says it has identified significant copper deposits in the north",
        "Your support helps us to tell the story",
        "At such a critical moment in history, we need reporters on the ground. Your donation allows us to keep "
        "sending journalists to speak to both sides of the story.",
        "The Daily Verde is trusted across the entire political spectrum. And unlike many other outlets, we choose "
        "not to lock readers out of our reporting and analysis with paywalls.",
        "Your support makes all the difference.The end of Borduria's dependency on imported copper may lie buried "
        "deep under the northern copper fields of Ruritania.",
        "Ruritania's copper miner Andina said Thursday it has identified significant copper deposits in the north.",
        "Borduria says future talks will require accountability for attacks on its border posts",
        "World Borduria says future talks will require accountability for attacks on its border posts",
        "The copper deposits are the largest known in the region, Andina said, and copper mining could start soon.",
        "More in Industry",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == page[0], article.title
    dropped = {d.text for d in article.dropped}
    assert {page[2], page[3], page[4], page[7], page[8], page[10]} <= dropped, article.dropped
    assert page[5] not in dropped, article.dropped


def test_set_49_a_section_before_a_stamp_a_radio_programmes_prompts_a_giveaway_and_a_features_headline(tmp_path):
    """ "Mining News - Published on Fri, 25 May 2018" is a stamp; "Click on the player to hear the full
    story.", "The story you just read is not locked behind a paywall …" and "ATTENTION: … Join the
    Giveaway." are a site's notices; a two-sentence headline printed twice over a feature that opens on a
    person, sharing three words with the text further down, is the headline."""
    headline = "Farmers sit on a trove of copper. Now mines threaten their water, culture and wealth"
    page = [
        headline,
        headline,
        "Jane Doe, 68, treks along a bone-dry riverbed, guiding a herd of goats to graze in the high plains.",
        "Her people have spent centuries here, and the copper beneath them is now wanted by the mines for wealth.",
        "Mining News - Published on Fri, 25 May 2018",
        "The copper mines need water, and the farmers fear for their water and their culture, the village said.",
        "Click on the player to hear the full story.",
        "ATTENTION: Tell What You Think About Verde News and Join the Giveaway. Free Access to a Course!",
        "The story you just read is not locked behind a paywall because listeners and readers like you support us.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == headline, article.title
    assert {page[4], page[6], page[7], page[8]} <= {d.text for d in article.dropped}, article.dropped


def test_set_50_a_dateline_a_part_a_line_a_glued_stamp_an_appeal_and_a_caption_twice_after_the_text(tmp_path):
    """ "Verde City" / "WIRE" / "—" under the headline is the story's dateline, printed a part a line: it runs
    into the first paragraph as the page shows it ("Verde City WIRE — Ruritania …"), and gives the place;
    "Verdean2025-07-21 15:10" is a stamp glued to a language's name; "small news outlets like ours could be
    the first to close" is a small outlet's appeal; a caption printed twice after the last paragraph goes."""
    caption = "The mine's chief shows the copper trains at a depth of 1,365 metres to the Andina minister Jane Doe"
    page = [
        "Ruritania and Borduria formalise their copper deal",
        "Verde City\nWIRE\n —",
        "Ruritania on Friday signalled it would approve the export of copper to Borduria, after its officials said.",
        "Verdean2025-07-21 15:10",
        "Amidst the current turmoil, small news outlets like ours could be the first to close. Help us stay open.",
        "Copper is essential in everything from cables to fighter jets, and the copper deal ends a long dispute.",
        "The Borduria copper deal follows weeks of talks on the copper trade, the Ruritania ministry said.",
        f"{caption}\n{caption}",
    ]
    article = _article_of(tmp_path, *page)
    texts = [p.text for p in article.passages]
    assert texts[0].startswith("Verde City WIRE — Ruritania on Friday"), texts  # one dateline, not two headings
    assert article.facts.place == "Verde City", article.facts
    assert {page[3], page[4], caption} <= {d.text for d in article.dropped}, article.dropped
    assert not any(caption in t for t in texts), texts


def test_set_51_a_broadcast_scripts_labels_and_a_writers_byline(tmp_path):
    """A broadcaster's script: "[Pkg]" and "[Soundbite] Jane Doe(Minister of Mines(Dec. 13))" are its
    labels, not the story's words (a soundbite that quotes its speaker stays); "• Writer: @ Jon Roe" is a
    byline."""
    page = [
        "Ruritania and Borduria sign a copper memorandum",
        "• Writer: @ Jon Roe",
        "Ruritania and Borduria have agreed to step up supply chain cooperation in copper, officials said.",
        "[Pkg]",
        "Copper is essential to the cable industry, and Borduria is one of the leading copper producers.",
        "[Soundbite] Jane Doe(Minister of Mines(Dec. 13))",
        '[Soundbite] Ana Ruiz(President) : "Borduria is emerging as a key player in the copper supply chain."',
        "The latest copper agreement is significant as Ruritania has secured Borduria as a copper supplier.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[1], page[3], page[5]} <= dropped, article.dropped
    assert page[6] not in dropped, article.dropped


def test_set_53_a_partys_initial_in_a_paragraph_is_no_pictures_left(tmp_path):
    """ "According to Environment Minister Jane Doe (L), Ruritania also needs more uranium …", a paragraph of
    two long sentences, is article text ("(L)": her party); "Jane Doe (L) and Jon Roe at the signing." is a
    picture's caption."""
    paragraph = (
        "According to Environment Minister Jane Doe (L), Ruritania also needs more uranium to be able to get "
        "more fossil-free electricity production. She also believes that an incentive to allow uranium mining "
        'in Ruritania, despite the risks, is that Ruritania is "the best in the world" at safety and '
        "environmental considerations when it comes to the mining industry."
    )
    page = [
        "Ruritania wants to lift its uranium mining ban",
        "The government of Ruritania wants to lift the ban on uranium mining, the uranium ministry said on Monday.",
        "Jane Doe (L) and Jon Roe at the signing of the uranium plan in Verde City.",
        paragraph,
        "In 2018, uranium mining was banned in Ruritania, and the uranium industry has waited since then.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert paragraph not in dropped and page[2] in dropped, article.dropped


def test_set_54_summary_points_marked_twice_and_a_weather_reading(tmp_path):
    """ "- • Deputy Jon Roe presented a report …": the article's own summary points, each marked twice (not
    other stories' headlines run together: every point is kept, and the text after them); "4.8 C" at the top
    is a weather widget's reading."""
    points = [
        "- • Deputy Jon Roe presented a preliminary report on the copper policy addressing industry demands.",
        "- • Minister Ana Ruiz emphasized the need for synergy between the branches on the copper policy.",
        "- • The copper policy council held its first meeting and will advise the President on copper.",
    ]
    page = [
        "4.8 C",
        "Ruritania's copper policy faces political tensions",
        "Ruritania's copper policy faces political disagreements even as a new copper advisory council is set up.",
        "\n".join(points),
        "Key details",
        "Ruritania is grappling with political tensions over its copper policy, even as a new council is set up.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert "4.8 C" in dropped and not dropped & {*points, page[4], page[5]}, article.dropped


def test_set_55_a_caption_label_run_into_its_caption_and_an_advertisement_marker_run_into_text(tmp_path):
    """ "image captionVerde City: …" is a broadcaster's caption; "Article continues after this
    advertisementJon Roe, a farmer, said …" is the story's paragraph with the marker cut from its start."""
    page = [
        "Ruritania's nickel mine in trouble over an expired permit",
        "The Ruritania nickel mine faces closure after its permit expired, the town's mayor said on Monday.",
        "image captionVerde City: The vast territory is believed to be rich in nickel and other minerals",
        "Article continues after this advertisementJon Roe, a farmer, said the nickel mine had polluted the river.",
        "The nickel company said it had applied to renew the permit and expected an answer within weeks.",
    ]
    article = _article_of(tmp_path, *page)
    texts = [p.text for p in article.passages]
    assert page[2] in {d.text for d in article.dropped}, article.dropped
    assert "Jon Roe, a farmer, said the nickel mine had polluted the river." in texts, texts


def test_a_headline_in_two_sentences_with_no_final_stop_on_the_first_line(tmp_path):
    """ "Ruritania needs copper for its future. A Verde mining company knows where to find it: Andina" (the
    page's first line, two sentences, no stop at its end) is the headline, whole (found on set 47's pages)."""
    headline = "Ruritania needs copper for its electrical future. A Verde mining company knows where to find it: Andina"
    page = [
        headline,
        "In the parish of Andina, the Verde mining company has begun work on the copper mine that Ruritania needs.",
        "A strategic mine for Ruritania. The company has launched its copper project in Andina this year.",
        "The first earthworks at the copper mine are under way, the Verde mining company said.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == headline, article.title


def test_a_press_office_contact_line_for_further_information(tmp_path):
    """ "For further information, please contact press@verde.example." closes a release: the office's
    contact, not the story (found on a development page; "For more information" was known)."""
    page = [
        "Ruritania and Verde sign copper memorandum",
        "Ruritania and Verde signed a memorandum of understanding on copper supply chains on Monday, the two "
        "governments said.",
        "The copper memorandum covers exploration, processing and recycling of copper in both countries.",
        "For further information, please contact press@verde.example.",
    ]
    article = _article_of(tmp_path, *page)
    assert page[3] in {d.text for d in article.dropped}, article.dropped


def test_set_52_a_caption_over_its_barred_credit_and_an_agency_alone_on_a_line(tmp_path):
    """ "Jon Roe | Wire | Getty Images" under a picture's caption: both go, and the title comes from the
    body's first sentence; "Associated Press" alone on a line is the wire story's byline."""
    caption = "Trucks carry nickel ore to a ship at a port in Verde City, Ruritania, on May 5, 2010, for export."
    page = [
        caption,
        "Jon Roe | Afp | Getty Images",
        "Associated Press",
        "Ruritania has been quietly building stocks of nickel for its battery makers.",
        "Long before Borduria restricted its nickel exports in April, Ruritania began to store the ore, officials said.",
        "The nickel stockpile now covers six months of the country's needs, the ministry of industry said.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {caption, page[1], page[2]} <= dropped, article.dropped
    assert article.title == "Ruritania has been quietly building stocks of nickel for its battery makers", article.title


def test_set_52_a_one_word_alt_text_and_links_under_one_label(tmp_path):
    """ "cobalt" over "Cobalt is … JaneDoePhotos/Shutterstock" is the picture's label; two lines "PRESS RELEASE: …"
    in a row, neither a sentence, are links to other items; a month glued to a word before its day
    ("Verde Report-Nov. 8, …") does not end a sentence."""
    page = [
        "Verde Report-Nov. 8, Ruritania's cobalt producer has secured $40 million in financing for its mine.",
        "The cobalt mine in the north of Ruritania will use the money to raise its output, the company said.",
        "cobalt",
        "Cobalt is one of the minerals sought for batteries. JaneDoePhotos/Shutterstock",
        "The cobalt producer said its output would double by 2027 and that it would export to Borduria.",
        "PRESS RELEASE: Scoping study of the northern cobalt project completed",
        "PRESS RELEASE: Ruritania Minerals and Andina Battery collaborate on a cathode plant",
        "The company expects the cobalt plant to start operating next year, the cobalt producer added.",
        "Ruritania holds the largest cobalt reserves in the region, according to the cobalt producer, which has"
        " mined the metal in the north of the country since the 1990s and sells most of it to refiners abroad.",
        "The cobalt producer's shares rose by 5% on the news on Monday, the exchange in Verde City said, and"
        " traders said they expected the price of cobalt to rise further as the new plant came into operation.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[2], page[3], page[5], page[6]} <= dropped, article.dropped
    assert article.title.startswith("Verde Report-Nov. 8, Ruritania's cobalt producer"), article.title


def test_set_57_a_dateline_alone_between_two_copies_of_the_headline(tmp_path):
    """ "Verde City, May 9, 2023." between the two copies of a law firm's headline is its dateline, not a
    caption; the headline is the title; the text starts after them."""
    headline = "Preliminary comments on challenging the recent amendments to Ruritania’s Mining Law"
    page = [
        headline,
        "Verde City, May 9, 2023.",
        headline,
        "The decree amending several provisions of the Mining Law was published on May 8, 2023, and changes "
        "how mining concessions are granted in Ruritania.",
        "The decree establishes that concessions may be granted only through a public tender.",
        "Several sections of the decree go against the constitution, according to our reading of the law.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == headline, article.title
    assert "Verde City, May 9, 2023." not in {d.text for d in article.dropped}, article.dropped


def test_set_57_a_breadcrumb_a_newsletters_note_and_a_name_under_published_by(tmp_path):
    """ "Home World Ruritania: X" over "Ruritania: X" twice is a breadcrumb ending in the headline, which
    is the title; "(** Tap or click the headline above …)" is a newsletter's note; the name under
    "Published by" is a byline."""
    page = [
        "Home World Ruritania: Parliament clears lithium mining at Verde",
        "Ruritania: Parliament clears lithium mining at Verde",
        "Ruritania: Parliament clears lithium mining at Verde",
        "Published by",
        "Verde Mining Review,",
        "The parliamentary committee on natural resources says a joint venture’s mining of lithium at Verde is legal.",
        "(** Tap or click the headline above to read this story with all of the links to our sources.)",
        "This follows an investigation into claims of illegal lithium mining in the Verde area, the committee said.",
        "The lithium company welcomed the parliamentary committee's finding and said mining would go on.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == "Ruritania: Parliament clears lithium mining at Verde", article.title
    dropped = {d.text for d in article.dropped}
    assert {page[0], page[4], page[6]} <= dropped, article.dropped


def test_set_58_a_production_credit_a_series_note_and_people_also_reading(tmp_path):
    """ "THIS STORY WAS PRODUCED BY THE VERDE CENTER … IN PARTNERSHIP WITH …" (a credit in capitals at the
    top), "This report is part of the Losing Verde series. Read it here." and "People are also reading…"
    are the page's, not the story's; the title is the first sentence after the dateline."""
    page = [
        "THIS STORY WAS PRODUCED BY THE VERDE CENTER FOR INVESTIGATIVE JOURNALISM IN PARTNERSHIP WITH THE "
        "ANDINA RAINFOREST NETWORK AND RURITANIA NEWS.",
        "This report is part of the Losing Verde series. Read it here.",
        "BATARAZA, Verde – On the nickel highway, mine trucks are king. They carry ore to the port every day.",
        "The nickel mine has operated in the province since 1977, and its ore goes to a plant nearby.",
        "People are also reading…",
        "Until 2019 the nickel plant shipped most of its output to Ruritania, the company's reports show.",
    ]
    article = _article_of(tmp_path, *page)
    dropped = {d.text for d in article.dropped}
    assert {page[0], page[1], page[4]} <= dropped, article.dropped
    assert article.title == "On the nickel highway, mine trucks are king", article.title


def test_set_60_a_project_page_keeps_its_lists_under_headings_after_the_prose(tmp_path):
    """A company's page on a project: two paragraphs, then "Project Overview" and "Study Results" over
    points written as phrases. They are the page's own sections, not a footer after the article."""
    sections = [
        "Project Overview",
        "- Highest grade lithium brine in the Verde basin",
        "- Commercial agreement with the Andina provincial government signed in April",
        "- Allows for local and international export sales",
        "- Staged production plan up to 20 ktpa of lithium carbonate",
        "Feasibility Study Results – Strong Economics",
        "- Study announced in the third quarter",
        "- Low operating cost of US$3,500/t in the first quartile",
    ]
    page = [
        "The Verde Lithium Project lies in the Verde basin, one of the largest salt flats in Andina, "
        "and is wholly owned by the company through its local subsidiary.",
        "The project is close to other lithium projects in the basin, and the company holds permits "
        "to build a pilot plant for its first phase of production.",
        *sections,
    ]
    article = _article_of(tmp_path, *page)
    assert not {d.text for d in article.dropped} & set(sections), article.dropped


def test_set_59_a_wire_rate_note_under_the_story_is_kept(tmp_path):
    """ "($1 = 1.3604 Ruritanian dollars)" under a wire's story is its own note, kept before the credit goes."""
    page = [
        "(Wire) – Verde Metals said on Thursday it got a R$14.8 million ($10.9 million) grant from Ruritania.",
        "The grant comes as nations look at ways to curb their reliance on imported rare earths, the company said.",
        "Verde Metals said it could supply the rare-earth carbonate produced at its plant to buyers in Andina.",
        "($1 = 1.3604 Ruritanian dollars)",
        "(Reporting by Jane Doe in Verde City; Editing by Jon Roe)",
    ]
    article = _article_of(tmp_path, *page)
    assert [d.text for d in article.dropped] == [page[-1]], article.dropped


def test_set_59_a_place_and_an_agency_without_a_date_are_a_dateline(tmp_path):
    """ "VERDE CITY, (Wire News) – RURITANIA and Andina are …": the title starts after the dateline."""
    article = _article_of(
        tmp_path,
        "VERDE CITY, (Wire News) – RURITANIA and Andina are exploring partnerships to grow the mining industry "
        "in the region.",
        "The two countries signed a memorandum on copper and cobalt exploration on Monday, officials said.",
        "Andina is the region's largest producer of copper, and Ruritania its largest buyer, the ministry said.",
    )
    assert article.title.startswith("RURITANIA and Andina are exploring partnerships"), article.title


def test_set_59_a_caption_printed_twice_below_the_headline_is_not_the_title(tmp_path):
    """Headline, standfirst, then a picture's alternative text and caption (the same line twice in a
    row): the headline is the first line, the standfirst stays, and the caption is not the title."""
    page = [
        "Verde Metals, Andina Zinc to close Ruritanian nickel JV",
        "Verde Metals seeks to diversify supply sources, while Andina Zinc joins forces with a battery maker",
        "Verde Metals acquired 30% of the Borduria Nickel Operation in 2021",
        "Verde Metals acquired 30% of the Borduria Nickel Operation in 2021",
        "Verde Metals and Andina Zinc will close the Ruritanian nickel joint venture set up with a mining "
        "giant as the two companies seek other supply sources for battery materials.",
        "The profit-making nickel venture, founded in 1987, processed nickel ore supplied by its partners.",
        "The nickel venture began its liquidation last year, ending supplies to both of the zinc companies.",
    ]
    article = _article_of(tmp_path, *page)
    assert article.title == page[0], article.title
    assert page[1] not in {d.text for d in article.dropped}, article.dropped


def test_set_60_share_in_another_language_is_chrome(tmp_path):
    """ "Compartir:" over a story in Spanish is the page's share label, as "Share:" is over one in English."""
    page = [
        "Compartir:",
        "La minería del país debe orientarse a buscar los minerales que se necesitan para la transición, "
        "dijo el presidente de Andina en un foro con empresarios del sector.",
        "El mandatario sostuvo que se tiene que reformar el código minero, pero que no se acabará la minería "
        "en el país en los próximos años.",
        "Según el presidente, el cobre y el litio son ahora los minerales más importantes para la economía "
        "del país y de la región.",
    ]
    article = _article_of(tmp_path, *page)
    assert [d.text for d in article.dropped] == [page[0]], article.dropped


def test_set_60_a_pictures_placeholder_label_is_a_caption(tmp_path):
    """ "Verde News Main Image" (a picture's placeholder text) over the story is not its headline or text."""
    page = [
        "Verde News Main Image",
        "The long dispute over a lithium and tantalum mine between the Ruritania ministry of mines and its "
        "operator has taken another turn, the company's shareholders were told on Monday.",
        "On May 9, the minister of mines wrote a notice ordering the operator to hand back its licence to the "
        "ministry within thirty days.",
        "The operator, a joint venture between a regional mining company and foreign investors, said it would "
        "appeal against the order in the courts.",
    ]
    article = _article_of(tmp_path, *page)
    assert page[0] in {d.text for d in article.dropped}, article.dropped
    assert article.title != page[0]


def test_set_61_a_telephone_line_is_no_title_and_a_told_outlet_leaves_the_headline(tmp_path):
    """ "en +5411 4346-1000" (a law firm's telephone line) is not the title; "… next week – Verdeweb" over
    a story that says "Jon Roe told Verdeweb" loses the outlet's name."""
    phone = _article_of(
        tmp_path / "a",
        "en +5411 4346-1000",
        "The company Verde Energia y Mineria S.E. has launched a tender for mining properties with potential "
        "for the exploration of a lithium project in the province.",
        "There are seven mining properties, including exploration and reserve areas, within the basin, the "
        "company said in a statement.",
    )
    assert "5411" not in (phone.title or "") and "5411" not in (phone.headline or ""), phone.title
    told = _article_of(
        tmp_path / "b",
        "$200m manganese mining deal expected to be sealed in Ruritania next week – Verdeweb",
        "VERDE CITY – The chairman of manganese mining company Andina Ntle, Jon Roe, says he hopes a mining "
        "contract with a preferred supplier will be sealed next week.",
        "Roe told Verdeweb at a ceremony at the site that this will enable contractors to start work on the "
        "manganese mine.",
    )
    assert told.headline == "$200m manganese mining deal expected to be sealed in Ruritania next week", told.headline


def test_set_61_a_party_initial_before_a_title_is_no_place_in_a_picture(tmp_path):
    """ "Jane Doe (C) Minister of Labour and Trade is pleased that …": (C) is her party, not where she
    stands in a picture, and the paragraph stays."""
    page = [
        "The state-owned mining company Verde Nikkeli begins to produce nickel and cobalt chemicals used in "
        "electric car batteries, the company said on Monday.",
        "The company receives about EUR 175 million in new financing from a commodity trader and two "
        "investment companies for its nickel plant.",
        "The state is satisfied",
        "Jane Doe (C) Minister of Labour and Trade is pleased that private capital now flows to the nickel mine.",
        "The mining operation is now on a very credible basis, notes Doe.",
    ]
    article = _article_of(tmp_path, *page)
    assert page[3] not in {d.text for d in article.dropped}, article.dropped


def test_set_61_posts_embedded_from_a_social_network_are_not_article_text(tmp_path):
    """A post set into the page ("#MINVERDE attended …", "— Verde Ministry (@VerdeMin)", "April 27, 2022")
    is the network's, not the article's; the paragraphs around it stay."""
    before = (
        "Residents of the community near the copper mine have occupied the land where the company is "
        "located since April 14 and demand compliance with the agreements signed when they sold it."
    )
    post = [
        "#MINVERDE attended the scheduled meeting in the community of Chila.",
        "The minister stated that the government maintains its desire for dialogue with the residents. "
        "https://t.co/abcdefghij pic.twitter.com/abcdefghij",
        "— Verde Ministry of Mines (@VerdeMin)",
        "April 27, 2022",
    ]
    after = (
        "Local media say the return of the communal lands is demanded after the copper company failed to "
        "fulfil the promises it made when the mine began operating more than ten years ago."
    )
    article = _article_of(
        tmp_path,
        "The copper mine in Verde has stopped work after weeks of protests by residents.",
        before,
        *post,
        after,
        "The large copper mine, which produces 2 percent of the world's copper, ceased work on April 20.",
    )
    dropped = {d.text for d in article.dropped}
    assert set(post) <= dropped and not {before, after} & dropped, article.dropped


def test_set_62_a_site_s_name_under_its_address_and_a_picture_from_another_site(tmp_path):
    """ "http://news.example.com" over "Verde-Andina Trade Information Service": the site's masthead;
    "Image from Verdenews": the picture's source. Neither is article text; the story stays whole."""
    story = [
        "Andina cobalt supplier Roe Cobalt unveiled plans to invest $2 billion in a factory making battery "
        "parts for electric vehicles in the Verde province.",
        "The plant is the result of collaboration between the regional investment centre and the national "
        "investment agency, reports indicate.",
        "The project is expected to meet the rising demand for battery components at home and abroad.",
    ]
    masthead = ["http://news.example.com", "Verde-Andina Trade Information Service", "Image from Verdenews"]
    article = _article_of(tmp_path, *masthead, *story)
    dropped = {d.text for d in article.dropped}
    assert set(masthead) <= dropped and not set(story) & dropped, article.dropped


def test_set_62_a_caption_printed_twice_once_with_the_site_s_name_after_it(tmp_path):
    """ "Drilling at the Verde project. - Mining News" over "Drilling at the Verde project.": a picture's
    caption with its credit and its alternative text; both go, the headline and the story stay."""
    captions = [
        "Drilling at tenement M29/2 at the Verde Project. - Mining News",
        "Drilling at tenement M29/2 at the Verde Project.",
    ]
    story = [
        "Andina petroleum company Roe Oil has increased its holding in Verde Lithium to 15% following a $46.4m "
        "investment.",
        "Increasing its shareholding from 2.76% to 15%, the company is continuing its strategy of investing in "
        "high-growth markets.",
    ]
    headline = "Roe Oil increases holding in Verde Lithium to 15% following $46.4m investment"
    article = _article_of(tmp_path, headline, *captions, *story)
    dropped = {d.text for d in article.dropped}
    assert set(captions) <= dropped and not set(story) & dropped, article.dropped
    assert article.title == headline, article.title


def test_set_63_a_note_that_a_summary_is_machine_written_is_no_article_text(tmp_path):
    """ "This is AI generated summarization, which may have errors. …": the page's note, not the story's."""
    note = "This is AI generated summarization, which may have errors. For context, always refer to the full article."
    story = [
        "The environment department has temporarily stopped mining operations by a nickel company on the island.",
        "Residents had formed a human barricade to stop trucks carrying nickel ore from leaving the site.",
        "The department said the company must first secure the permits required by law, the agency said.",
    ]
    article = _article_of(tmp_path, story[0], note, *story[1:])
    dropped = {d.text for d in article.dropped}
    assert note in dropped and not set(story) & dropped, article.dropped


def test_set_64_skip_links_a_related_label_an_appeal_a_view_caption_and_a_button_after_the_headline(tmp_path):
    """A newspaper's skip links ("Go to the Verde Post homepage", "Jump to main navigationJump to main
    content"), "More Related to this Story", "Catch up on the latest news …", a caption "Typical view of …"
    are chrome; "… Add to ..." after the headline is a button's label, not the headline's words."""
    chrome = [
        "Go to the Verde Post homepage",
        "Jump to main navigationJump to main content",
        "More Related to this Story",
        "Catch up on the latest news, views and jobs from Verde Engineer. Below are the four most popular stories.",
        "Typical view of the Andina manganese field; in this case: Roe mine",
    ]
    story = [
        "Ruritanian state-owned nuclear giant Verdatom has secured a 17 per cent stake in Andina rival Uranium "
        "Two Inc., the companies said on Monday.",
        "For Uranium Two, the deal will cost at least 117 million new shares, the company said in a statement.",
        "In exchange for the mine stake, Uranium Two will issue shares to the Ruritanian firm, it said.",
    ]
    article = _article_of(
        tmp_path,
        chrome[0],
        chrome[1],
        "Verdatom acquires stake in Uranium Two Add to ...",
        story[0],
        chrome[2],
        *story[1:],
        chrome[3],
        chrome[4],
    )
    dropped = {d.text for d in article.dropped}
    assert set(chrome) <= dropped and not set(story) & dropped, article.dropped
    assert article.title == "Verdatom acquires stake in Uranium Two", article.title


def test_set_64_a_quoted_statement_with_a_space_before_its_closing_quote_is_article_text(tmp_path):
    """A press statement's one quoted paragraph ending "… sidelines. ”" is a sentence, kept, and the
    statement's title is its headline."""
    headline = "Verde Mining Association Statement on Roe Metals’ Mineral Leases Withdrawal"
    lead = "VERDE CITY – The Verde Mining Association released the following statement on the withdrawal:"
    quote = (
        "“The administration’s decision to withdraw Roe Metals’ mineral leases will obstruct its own supply chain "
        "agenda. This decision is disappointing and leaves the country watching from the sidelines. ”"
    )
    article = _article_of(tmp_path, headline, lead, quote, "# # #")
    assert quote not in {d.text for d in article.dropped}, article.dropped
    assert article.title == headline, article.title


def test_a_menu_of_careers_and_contact_and_an_image_source_are_chrome(tmp_path):
    """ "Careers Supplier Portal Contact Us" (a site's menu) and "Image Source: example.com" (a credit)."""
    chrome = ["Careers Supplier Portal Contact Us", "Image Source: verdeminingnetwork.com"]
    story = [
        "The Verde Ministry of Energy and Minerals has signed 12 exploration-to-mining concession agreements.",
        "The agreements cover areas in three governorates and include copper and chromium deposits, it said.",
        "The ministry said the concessions would attract investment in the mining sector over the next decade.",
    ]
    article = _article_of(tmp_path, chrome[0], *story[:2], chrome[1], story[2])
    dropped = {d.text for d in article.dropped}
    assert set(chrome) <= dropped and not set(story) & dropped, article.dropped


def test_set_63_a_headline_over_a_standfirst_and_stamps_whose_words_the_lede_inflects(tmp_path):
    """ "Verde takes first step towards nationalizing copper industry" over a standfirst, two time stamps
    and a lede about "the nationalization of … mines": the headline is the title ("nationalizing" and
    "nationalization" are one word)."""
    headline = "Verde takes first step towards nationalizing copper industry"
    article = _article_of(
        tmp_path,
        "Skip to main content",
        "Politics",
        headline,
        "The vote appears to fall in line with newly elected President Jon Roe’s campaign promises to raise "
        "taxes on the mining industry.",
        "February 1, 2022 4:06pm",
        "Updated: February 1, 2022 5:26pm",
        "A proposal that opens the door to the nationalization of some of the largest mines in the world was "
        "approved by an environmental committee of Verde's constitutional convention.",
        "The 13-to-6 vote by members of the committee is a first step, and the measure would need approval by "
        "the full convention of 155 members.",
    )
    assert article.title == headline, article.title


def test_captions_in_a_picture_s_present_tense_are_chrome_and_sentences_that_carry_out_stay(tmp_path):
    """ "Jane Doe holds up a trade agreement as she sits next to Jon Roe.", "Activists carry signs during a
    protest …", "Lithium concentrate being loaded into the hull of a cargo ship.": what a picture shows;
    "The Verde Government will help Pacific countries carry out seabed mining …" is the story's."""
    captions = [
        "Jane Doe holds up a trade agreement as she sits next to Jon Roe.",
        "Activists carry signs during a protest warning about the destructive potential of deep-sea mining.",
        "Lithium concentrate being loaded into the hull of a cargo ship.",
    ]
    story = [
        "The Verde Government will help Pacific countries carry out seabed mining within their own waters, the "
        "foreign minister said on Monday.",
        "The government signed a framework on critical minerals with Andina last week, officials said.",
        "Officials said priority projects in both countries would be identified within six months of the deal.",
    ]
    article = _article_of(tmp_path, story[0], captions[0], story[1], captions[1], story[2], captions[2])
    dropped = {d.text for d in article.dropped}
    assert set(captions) <= dropped and not set(story) & dropped, article.dropped


def test_set_66_a_wire_dateline_whose_date_was_cut_is_no_part_of_the_derived_title(tmp_path):
    """ "VERDE CITY, - Ruritania's minister …": a dateline whose date the copy lost; the title derived from
    the first sentence starts after it."""
    article = _article_of(
        tmp_path,
        "VERDE CITY, - Ruritanian Trade Minister Jane Doe and Andina's Commerce Secretary Jon Roe signed an "
        "agreement on Thursday to cooperate on supply chains for lithium and cobalt.",
        "The Commerce Department said in a statement that the memorandum of understanding was aimed at resilience.",
    )
    assert article.title.startswith("Ruritanian Trade Minister Jane Doe"), article.title


def test_set_66_a_headline_printed_after_the_text_with_its_date_is_the_title(tmp_path):
    """A page that opens with its text and prints the headline and its date below it: the headline is the
    title, not a closing paragraph; a heading with no date under it is not."""
    story = [
        "The general manager of Andina Minerals has announced that the Ruritanian government has lifted the "
        "suspension of the company's manganese export licence at Roe.",
        "The transitional government had been reviewing mining contracts granted by the previous government.",
        "It had suspended the licence to export manganese from the Roe mine in the north of Ruritania.",
    ]
    headline = "RURITANIA LIFTS EXPORT SUSPENSION ON ROE MANGANESE MINE"
    article = _article_of(tmp_path, *story, headline, "21/12/2015- 0")
    assert article.title == headline, article.title
    assert headline not in {p.text for p in article.passages}
    heading = "Manganese Export Licence: Ruritania and Roe"
    other = _article_of(tmp_path / "other", *story, heading)
    assert other.title != heading, other.title


def test_set_65_links_to_other_stories_in_the_text_and_a_subscription_offer_are_chrome(tmp_path):
    """ "Topics You Might Like" over a link (the headline and its section), two headlines in a row under a
    short sub-heading, "Unlock exclusive discounts with a … subscription" are not the article's text; the
    sub-heading and the paragraphs are."""
    chrome = [
        "Unlock exclusive discounts with a Verde Daily group subscription — ideal for teams and organizations.",
        "Topics You Might Like",
        "Andina Metals Strikes Tin Deal as Ruritania Seeks to Cut Reliance Business",
        "Andina pledges to help Ruritania develop nuclear power",
        "Ruritania advances nuclear construction plan with Verde",
    ]
    story = [
        "Ruritania's Prime Minister Jane Doe signed agreements with Andina on rare earths and nuclear power.",
        "Andina agreed to cooperate on exploration, mining and processing of rare earths in Ruritania.",
        "Andina's trading house will explore the deposits with the Ruritanian state miner, officials said.",
        "Nuclear accord",
        "Ruritania has the world's fifth-largest rare-earth deposits, mostly in the north, the government said.",
        "The nuclear accord followed an agreement reached a year ago on two reactors in Ruritania with Andina.",
    ]
    article = _article_of(
        tmp_path,
        "Ruritania, Andina sign rare earth, nuclear accords",
        story[0],
        chrome[0],
        story[1],
        *chrome[1:3],
        story[2],
        story[3],
        *chrome[3:],
        *story[4:],
    )
    dropped = {d.text for d in article.dropped}
    assert set(chrome) <= dropped and not set(story) & dropped, article.dropped


def test_set_67_a_release_stamp_a_contact_box_a_dateline_alone_and_a_company_s_two_legal_forms(tmp_path):
    """ "Released Wednesday, February 11, 2026" is a stamp, "Get in touch" and "Want to get in touch?. We'd love
    to hear from you." a contact box; "VERDE" alone right above the first paragraph is its dateline, kept;
    a derived title runs on past "Pte. Ltd."."""
    chrome = [
        "Released Wednesday, February 11, 2026",
        "Get in touch",
        "Want to get in touch?. We'd love to hear from you. Here's how you can reach us.",
    ]
    story = [
        "Prime Minister Jane Doe said Thursday her government will consider cooperating with Andina on rare earths.",
        "Doe told a parliamentary session that diversifying the supply of rare earths from Borduria was vital.",
        "The premier also said the government plans to secure rare earths from the seabed near its island.",
    ]
    article = _article_of(
        tmp_path, "Ruritania PM eyes cooperation with Andina in rare earths", chrome[0], "VERDE", *story, *chrome[1:]
    )
    dropped = {d.text for d in article.dropped}
    assert set(chrome) <= dropped and "VERDE" not in dropped and not set(story) & dropped, article.dropped
    derived = _article_of(
        tmp_path / "other",
        "Verde-based commodity trader Andina Pte. Ltd. secured a large mid-term cobalt offtake deal with Roe Metals.",
        "Roe Metals said the contract would allow it to invest in exploration and production of cobalt.",
    )
    assert derived.title.startswith("Verde-based commodity trader Andina Pte. Ltd. secured"), derived.title


def test_set_67_a_summary_heading_under_a_byline_opens_the_text(tmp_path):
    """ "Summary" right above the first paragraph, under a byline, is the text's heading, not a byline's label."""
    story = [
        "The Verde Investment Bank has invested in its first gallium project, backing Andina Metals in Ruritania.",
        "It is the first time that the bank has financed the production of gallium in Ruritania, officials said.",
        "The funding has been awarded to Andina Metals for two projects at its alumina refinery in Ruritania.",
    ]
    article = _article_of(
        tmp_path,
        "Ruritania's First Gallium Facility Wins Backing",
        "Released Wednesday, February 11, 2026",
        "Written by Jane Doe, News Editor for Verde News Intelligence",
        "Summary",
        *story,
    )
    assert "Summary" not in {d.text for d in article.dropped}, article.dropped


def test_set_69_a_key_words_line_after_the_text_is_a_tags_line(tmp_path):
    """ "Key: platinum, mining, Ruritania" after the last paragraph lists the page's tags."""
    story = [
        "A Verdean investor signed a $4.2 billion deal to develop a platinum mine and refinery in Ruritania.",
        "Signing the agreement with Verde-based Andina Resources, the mines minister said the deal was historic.",
        "The platinum mine lies in the Roe belt, west of the capital, where other miners also operate.",
    ]
    article = _article_of(tmp_path, "Ruritania signs $4.2bn platinum deal", *story, "Key: platinum, mining, Ruritania")
    assert "Key: platinum, mining, Ruritania" in {d.text for d in article.dropped}, article.dropped


def test_set_70_a_source_s_address_after_the_headline_and_an_indonesian_company_form_in_a_title(tmp_path):
    """ "… sign MoU on copper www.verde-news.rt": the address is not the headline's; a derived title runs
    on past "PT." (an Indonesian company's form before its name)."""
    story = [
        "Ruritania and Andina signed a memorandum of understanding on cooperation in the copper sector on Monday.",
        "The memorandum covers the Roe copper mine, the largest in Ruritania, officials said on Monday.",
        "Andina's ambassador said the agreement would bring more investment in copper to Ruritania.",
    ]
    article = _article_of(tmp_path, "Ruritania and Andina sign cooperation MoU on Roe www.verde-news.rt", *story)
    assert article.title == "Ruritania and Andina sign cooperation MoU on Roe", article.title
    derived = _article_of(
        tmp_path / "other",
        "Steel producer Verde Group and nickel mining company PT. Andina Mineral have agreed to form a venture.",
        "The venture will build a nickel smelter in Ruritania, the companies said on Monday.",
    )
    assert "PT. Andina Mineral" in derived.title, derived.title


def test_set_71_a_blog_s_footer_is_chrome(tmp_path):
    """ "This entry was posted in Verde News. Bookmark the permalink." is a blog's footer, not the article's."""
    story = [
        "Ruritania and Andina signed a deal on Tuesday to set up a joint venture to mine uranium in Ruritania.",
        "The venture will develop the Roe uranium deposit, the largest in the country, officials said.",
        "Andina's state nuclear company will hold half of the venture, its head told reporters.",
    ]
    footer = "This entry was posted in Verde News. Bookmark the permalink."
    article = _article_of(tmp_path, "Ruritania, Andina set up uranium venture", *story, footer)
    assert footer in {d.text for d in article.dropped}, article.dropped


def test_set_72_a_stray_quotation_mark_after_a_headline_is_not_the_title_s(tmp_path):
    """ "Andina Platinum withdrew from the Roe Palladium project"" (one mark, unopened): the title ends at the
    project; a headline quoting a phrase keeps both its marks."""
    story = [
        "Andina Platinum has decided to end negotiations on the creation of the Roe Palladium joint venture.",
        "Verde Nickel said it intends to develop a long-term partnership with Andina Platinum on palladium.",
        "The Roe Palladium project was to develop the Roe platinum group metals deposit in Ruritania.",
    ]
    article = _article_of(tmp_path, 'Andina Platinum withdrew from the Roe Palladium project"', *story)
    assert article.title == "Andina Platinum withdrew from the Roe Palladium project", article.title


def test_set_73_a_date_in_square_brackets_after_the_headline_is_not_the_title_s(tmp_path):
    """ "Andina Niobium acquired 15% stake in Roe [ 2011-09-02 ]": the date goes to the page's metadata."""
    story = [
        "A group of five Ruritanian companies formed a consortium named Andina Niobium to buy a stake in Roe.",
        "Andina Niobium acquired a 15% stake in Roe, the world's largest niobium producer, for $1.95 billion.",
        "The consortium will secure a long-term supply of niobium for Ruritania's steel makers.",
    ]
    article = _article_of(tmp_path, "Andina Niobium acquired 15% stake in Roe [ 2011-09-02 ]", *story)
    assert article.title == "Andina Niobium acquired 15% stake in Roe", article.title


def test_set_68_a_newsroom_signing_alone_is_a_byline(tmp_path):
    """ "• NEWS Desk Global", "Verde Bureau" between the headline and the text sign for the newsroom; "Mines and
    Geosciences Bureau." ending a paragraph's run is the article's."""
    story = [
        "Ruritania added the rebel-held Roe coltan mine to a shortlist of assets it is offering to Andina.",
        "A senior official and a diplomat confirmed the inclusion of Roe on the shortlist presented in Verde City.",
        "The shortlist was drawn up by the Mines and Geosciences Bureau.",
    ]
    article = _article_of(
        tmp_path, "Ruritania offers coltan mine to Andina", "  • NEWS Desk Global", "Verde Bureau", *story
    )
    dropped = _dropped_texts(article)
    assert {"• NEWS Desk Global", "Verde Bureau"} <= dropped, article.dropped
    assert story[2] in [p.text for p in article.passages], article.passages


def test_set_74_a_newsletter_box_inside_the_text_and_a_summary_printed_twice(tmp_path):
    """A subscription box set between paragraphs does not end the article: the paragraphs after it are kept.
    A summary printed again as the first paragraph leaves the headline above it the title."""
    story = [
        "Andina Copper, which is jointly owned by Verde Mining and Roe Gold, has received a knock-back on its plans to mine copper and gold at the Roe deposit in the west.",
        "Andina Copper, which is jointly owned by Verde Mining and Roe Gold, has received a knock-back on its plans to mine copper and gold at the Roe deposit in the west.",
        "The government of the Ruritanian province of Westmark has rejected the application for a mining lease.",
        "The mining application was made back in February, but the province took the case to the Supreme Court.",
    ]
    box = [
        "Subscribe to Verde Weekly",
        "Subscribe to Verde Weekly today and get your first six issues FREE",
        "Get 6 issues free",
        "Sign up to Verde Morning",
        "Don't miss the latest investment news and market analysis with our free twice-daily newsletter",
        "Don't miss the latest investment news and market analysis with our free twice-daily newsletter",
        "Sign up",
    ]
    after = [
        "Andina Copper responded by filing a notice of dispute under the terms of its joint venture agreement.",
        "The Roe deposit holds an estimated 5.9bn tonnes of mineral resources, including 12.5m tons of copper.",
        "Andina Copper said it is now considering its options for further courses of action.",
    ]
    article = _article_of(tmp_path, "Andina Copper venture hits road block in Westmark", *story, *box, *after)
    assert article.title == "Andina Copper venture hits road block in Westmark", article.title
    texts = [p.text for p in article.passages]
    assert all(line in texts for line in after), texts
    assert not set(box) & set(texts), texts


def test_set_74_a_site_s_motto_its_name_and_date_an_appeal_and_a_release_picture_are_chrome(tmp_path):
    """ "The mining newspaper for Verde and the North", "Verde of 60 Mining News - May 17, 2024", "Watch … Here!"
    and "… (PRNewsfoto/Andina)" are the page's, not the article's."""
    story = [
        "The Ruritanian Defense Department and Verde are investing a combined $12 million in a cobalt refinery.",
        "Not only is this good news for Andina Minerals, but the funding also marks a first for the two governments.",
        "Andina Minerals will build the refinery in Verde City to process cobalt from its Roe mine from 2027.",
    ]
    chrome = [
        "The mining newspaper for Verde and the North",
        "North of 60 Mining News - May 17, 2024",
        "Watch Jane Doe’s Cat Play The Piano Here!",
        "Andina Minerals, one of the world’s leading suppliers of cobalt products (PRNewsfoto/Andina Minerals)",
    ]
    article = _article_of(tmp_path, *chrome[:2], *story, *chrome[2:])
    assert _dropped_texts(article) >= set(chrome), article.dropped
    assert article.title.startswith("The Ruritanian Defense Department"), article.title


def test_set_75_a_more_label_a_reporter_s_post_a_glued_breadcrumb_and_a_headline_again_at_the_end(tmp_path):
    """ "More:" over a list of headlines, "Jane Doe Senior Reporter", "HomeNewsWorldVerde bans ore..." and the
    headline printed again under the text are the page's, not the article's."""
    headline = "Andina would find ways around sanctions to sell palladium"
    story = [
        "Andina Nickel would find ways around any sanctions to sell its palladium, its chief executive said.",
        "The Ruritanian state repository has plans to start buying palladium and expects Andina to be the seller.",
        "Andina Nickel produces about 40 percent of the world's palladium at its mines in the Verde region.",
    ]
    chrome = [
        "HomeNoticiasInternacionalesAndina would find ways around sanctions to...",
        "Jane Doe Senior Reporter",
    ]
    related = ["More:", "- VERDE TO LIFT URANIUM MINING BAN", "- RURITANIA OPENS NEW COPPER SMELTER"]
    more = "Analysts expect the repository to pay a premium over market prices for the first palladium it buys."
    article = _article_of(tmp_path, chrome[0], headline, chrome[1], *story[:2], *related, story[2], more, headline)
    assert article.title == headline, article.title
    dropped = [d.text.strip() for d in article.dropped]
    assert set(chrome) | set(related) <= set(dropped), dropped
    assert dropped.count(headline) == 1 and [p.text for p in article.passages][-2:] == [story[2], more], dropped


def test_set_75_a_release_s_long_headline_opens_its_page(tmp_path):
    """A government release's headline of 38 words is its headline, not a paragraph to cut a title from."""
    headline = (
        "Export Credit Agency of Ruritania Board of Directors Approves Supply Chain Resiliency Initiative to "
        "Protect Ruritanian Jobs and Shift Critical Mineral Supply Chains Back to Ruritania and Away from the "
        "Republic of Borduria"
    )
    story = [
        "Verde City – The Export Credit Agency of Ruritania Board of Directors today approved a new financing tool "
        "to strengthen supply chains of critical minerals.",
        "The initiative provides targeted financing to develop projects that secure critical minerals from trusted "
        "partners, its chair Jane Doe said.",
    ]
    article = _article_of(tmp_path, headline, *story)
    assert article.title == headline, article.title


def test_sets_77_and_78_a_read_label_a_widget_s_notice_and_a_section_before_the_headline(tmp_path):
    """ "READ:" over a headline, "We’re sorry, this feature is currently unavailable." are the page's; "Verde /
    Andina Points To Demand As Reason For Roe Deal" is titled without its section."""
    story = [
        "Andina Energy has agreed to buy Roe Mining's uranium assets in Verde, including a licensed mill.",
        "Andina Energy said demand for nuclear power was the reason for the Roe deal, its chief executive said.",
        "The Verde assets include a mill that can process up to 3,000 tonnes of uranium ore a day.",
    ]
    chrome = ["We’re sorry, this feature is currently unavailable. We’re working to restore it.", "READ:"]
    headline = "Verde / Andina Points To Demand For Uranium As Reason For Roe Deal"
    article = _article_of(tmp_path, headline, chrome[0], *story[:2], chrome[1], story[2])
    assert article.title == "Andina Points To Demand For Uranium As Reason For Roe Deal", article.title
    assert set(chrome) <= _dropped_texts(article), article.dropped


def test_sets_79_and_80_a_journal_s_issue_line_is_a_credit(tmp_path):
    """ "The Verde Mining Journal /July 2016/" under the headline names the journal and its issue: a credit."""
    story = [
        "The news of the unexpected sale of the 49% stake by a Ruritanian state company came as a surprise.",
        "Set up in 1973 as a joint venture, the Roe copper mine is the country's largest employer.",
        "It was the president's own decision in 2008 to transfer the stake to the state company.",
    ]
    article = _article_of(tmp_path, "The story of the 49% stake", "The Verde Mining Journal /July 2016/", *story)
    assert "The Verde Mining Journal /July 2016/" in _dropped_texts(article), article.dropped


def test_set_76_a_picture_between_paragraphs_its_caption_label_and_credit(tmp_path):
    """ "Roe" / "Minister Jon Roe at a past event, January 1, 2025" / "Photo" / "Jane Doe": a picture set
    between two paragraphs; its alternative text, caption and credit go with its label."""
    story = [
        "Two Andina companies formed a consortium to bid for the Verde rare earth project in Ruritania.",
        "The consortium submitted a proposal to the Ruritania National Mining Corporation on Monday.",
        "The Verde project lies less than 100 kilometres from the coast, next to a sealed highway.",
        "Verde is also considered prospective for neodymium and praseodymium, the companies said.",
    ]
    picture = ["Roe", "Minister Jon Roe at a past event, January 1, 2025", "Photo", "Jane Doe"]
    article = _article_of(
        tmp_path, "Andina Firms Form Consortium to Pursue Verde Project", *story[:3], *picture, story[3]
    )
    assert set(picture) <= _dropped_texts(article), article.dropped
    assert not _dropped_texts(article) & set(story), article.dropped


def test_set_76_a_byline_between_the_lead_and_the_article_that_repeats_it(tmp_path):
    """A page that shows its lead, its standfirst, "Jane Doe" / "Verde Press", then the article from the lead
    again: the two short lines are the byline, not a heading."""
    lead = "The investments needed for the lithium industry are too large for the Ruritanian government, the minister said."
    story = [
        "From ore to batteries, the lithium industry is a priority for the government, but nationalisation is not.",
        "Jane Doe",
        "Verde Press",
        lead,
        "Ruritania must find foreign partners who know the lithium business, the minister said on Monday.",
        "The government has already invested heavily in lithium companies in the past five years.",
    ]
    article = _article_of(tmp_path, lead, *story)
    assert {"Jane Doe", "Verde Press"} <= _dropped_texts(article), article.dropped


def test_set_76_a_profile_s_page_title_is_not_the_headline(tmp_path):
    """ "Jane Doe Secretary, Ruritania Department of Energy | Official Website" above a release is the title of
    a person's page on the site: the article's title comes from its first sentence."""
    profile = "Jane Doe Secretary, Ruritania Department of Energy | Official Website"
    story = [
        "The Ruritania Department of Energy has announced a $5.5 million investment in six critical minerals projects.",
        "The funding seeks to reduce reliance on foreign sources of critical minerals, the department said.",
        "The six projects selected focus on new or improved alternatives to critical materials.",
    ]
    article = _article_of(tmp_path, profile, *story)
    assert profile in _dropped_texts(article), article.dropped
    assert article.title.startswith("The Ruritania Department of Energy has announced"), article.title


def test_set_76_headlines_listed_under_a_read_also_label_go_even_on_the_subject(tmp_path):
    """ "Read also:" then "- Verde minister welcomes conviction of illegal mining gang leader": a headline with
    no full stop, listed under the label, goes even when it shares the article's words."""
    story = [
        "The Ruritania women in mining group says the revocation of mineral licences will clean up the sector.",
        "The minister of mines recently approved the revocation of 1,263 mineral licences over unpaid fees.",
        "The group said that Ruritania must clean up mining to benefit from the global demand for lithium.",
    ]
    related = [
        "Read also:",
        "- Mining groups seek stronger synergy to protect host communities",
        "- Minister welcomes conviction of illegal mining gang leader in mining state",
        "- Regional government probes mining pit collapse in the east, two dead",
    ]
    article = _article_of(tmp_path, "Women in mining group backs licence revocation", *story[:2], *related, story[2])
    assert set(related) <= _dropped_texts(article), article.dropped
    assert not _dropped_texts(article) & set(story), article.dropped


def test_set_76_a_month_stamp_before_the_first_line_is_not_in_the_title(tmp_path):
    """ " date 2019-11 The investments …": a scraper's stamp with a month only; the derived title starts after it
    and no date is read from it."""
    story = [
        " date 2019-11 The investments needed for the lithium industry are too large for the government, he said.",
        "Ruritania must find foreign partners who know the lithium business, the minister said on Monday.",
        "The government has already invested heavily in lithium companies in the past five years.",
    ]
    article = _article_of(tmp_path, *story)
    assert article.title.startswith("The investments needed"), article.title
    assert article.meta.date is None, article.meta.date


def test_sets_81_and_82_an_advertiser_s_slots_and_a_headline_over_a_summary_s_points(tmp_path):
    """ "Verde Gold – Top" / "Andina – Header" … above a release are an advertiser's slots; "Andina welcomes
    state decision to lift mining ban" over "In Summary" and its points is the headline (the text under the
    points says what it says)."""
    slots = [
        "Verde Gold – Top",
        "Roe London – top",
        "Andina Battery Minerals – Top",
        "The Mining Event 2024 – Top",
        "Verde News – Header",
        "Andina Hill – Header",
    ]
    story = [
        "Andina plc and Roe Corp. successfully finalised the sale of the Verde copper mine on Friday.",
        "Andina has received USD775 million in cash and USD100 million in Roe shares, the companies said.",
        "Roe will assume ownership and full control of the mine, and Andina will buy its copper concentrate.",
    ]
    article = _article_of(tmp_path / "slots", *slots, "Andina Closes Sale of Verde Mine to Roe Corp.", *story)
    assert set(slots) <= _dropped_texts(article), article.dropped
    assert article.title == "Andina Closes Sale of Verde Mine to Roe Corp", article.title
    headline = "Andina Titanium welcomes state decision to lift mining ban"
    summary = [
        "In Summary",
        "  • Recently, the Cabinet lifted the moratorium imposed in 2019, ending a four-year wait for licences.",
        "  • The freeze on the issuance of licences was put in place to allow mapping of the mineral deposits.",
    ]
    text = [
        "Andina Titanium, a mining company in Verde, has welcomed the decision by the state to lift the ban.",
        "Recently, the Cabinet lifted the moratorium imposed in 2019, ending a four-year wait for licences.",
        "Andina Titanium said it was a positive step in the development of the mining sector in Verde.",
    ]
    article = _article_of(tmp_path / "summary", "NEW OPPORTUNITIES", headline, *summary, *text)
    assert article.title == headline, article.title


def test_set_83_an_element_s_name_a_citation_block_and_a_date_before_the_first_sentence(tmp_path):
    """ "logo-loader viewAndina Ltd" above the headline is a page element's name; "Attribution:" and 'Jane Doe,
    “The Case for a Verde Partnership,” Issue Brief No. 747, October 2024, Verde Institute.' are how to cite
    the page; a title derived from "Oct 28, 2016: Andina, one of …" starts at "Andina"."""
    story = [
        "Andina Metals has surged after securing its first binding vanadium offtake agreement with Verde Steel.",
        "Shares have been as much as 92% higher to 15.5 cents on news of the vanadium offtake deal.",
        "The agreement is a key milestone in the company’s strategy, its managing director said.",
    ]
    element = "logo-loader viewAndina Metals Ltd"
    article = _article_of(tmp_path / "e", element, "Andina Metals surges on first binding vanadium offtake", *story)
    assert element in _dropped_texts(article), article.dropped
    assert article.title == "Andina Metals surges on first binding vanadium offtake", article.title
    cite = [
        "Attribution:",
        "Jane Doe, “The Case for a Verde Partnership,” Issue Brief No. 747, October 2024, Verde Institute.",
    ]
    article = _article_of(tmp_path / "c", "The Case for a Verde Partnership", story[0], *cite, *story[1:])
    assert set(cite) <= _dropped_texts(article), article.dropped
    dated = "Oct 28, 2016: Andina, one of Verde's biggest mineral producers, and Roe Metals have signed an MoU."
    article = _article_of(tmp_path / "d", dated, *story[1:])
    assert article.title.startswith("Andina, one of Verde's biggest"), article.title


def test_set_84_a_cut_copy_of_the_first_paragraph_above_the_headline_and_a_comments_prompt(tmp_path):
    """A page's description above its headline, the first paragraph's opening cut short with "…", is a copy:
    the headline under it is the title; "Start the discussion ..." under the text is the comments box's."""
    first = (
        "As global economies transition toward renewable energy, the spotlight increasingly falls on critical "
        "minerals essential for batteries, and Verde is poised to play a pivotal role, giving Andina openings."
    )
    story = [
        first,
        "Verde’s battery market has evolved into a cornerstone of the global supply chain for electric vehicles.",
        "The country’s conglomerates have invested heavily in the processing of lithium and nickel.",
    ]
    teaser = first[:150].rsplit(" ", 1)[0] + "…"
    headline = "Unlocking synergies: opportunities in Verde for Andina critical minerals"
    article = _article_of(tmp_path, teaser, "Written by", headline, *story, "Start the discussion ...")
    assert article.title == headline, article.title
    assert {teaser, "Start the discussion ..."} <= _dropped_texts(article), article.dropped


def test_sets_86_and_87_a_wire_s_dateline_alone_a_last_paragraph_with_its_agency_and_a_broadcaster_s_sign_off(
    tmp_path,
):
    """ "Verde City (ots)" alone under the headline is the dateline (kept); a last paragraph ending "… Andina. –
    (Wire)" is a sentence (kept); "Jane Doe reports." and "Jane Doe, Verde News." are a broadcaster's sign-offs."""
    story = [
        "Andina has opened the first lithium refinery in Verde, the company said on Monday.",
        "The refinery is expected to produce 20,000 metric tons of battery-grade lithium hydroxide a year.",
        "This facility represents the first of five planned modules at the site in Verde City.",
    ]
    last = "The state news agency said the government would take 120 days to set the compensation. – (Wire)"
    article = _article_of(
        tmp_path,
        "Verde Moves Toward Lithium Autonomy",
        "Verde City (ots)",
        "Jane Doe reports.",
        *story,
        last,
        "Jane Doe, Verde News.",
    )
    assert "Jane Doe reports." in _dropped_texts(article), article.dropped
    assert not {"Verde City (ots)", last} & _dropped_texts(article), article.dropped
    article = _article_of(tmp_path / "end", "Verde Moves Toward Lithium Autonomy", *story, "Jane Doe, Verde News.")
    assert "Verde News." not in " ".join(p.text for p in article.passages), article.passages


def test_set_88_a_caption_with_its_owner_after_a_slash(tmp_path):
    """ "The concentrator plant at Andina’s Roe mine in Verde/ Andina" between paragraphs is a picture's caption,
    its owner after a slash glued to the last word."""
    story = [
        "Ruritania has doubled royalties on platinum group metals to 5 percent, the finance minister said.",
        "The new rate is in line with other platinum-producing countries in Africa, he said on Thursday.",
        "Miners had asked the government to keep the royalty at 2.5 percent for five more years.",
    ]
    caption = "The concentrator plant at Andina Platinum’s Roe mine in Verde/ Andina"
    article = _article_of(tmp_path, "Ruritania doubles platinum royalty", *story[:2], caption, story[2])
    assert caption in _dropped_texts(article), article.dropped


def test_set_85_a_must_read_label_under_the_headline_and_a_byline_in_capitals_under_the_lead(tmp_path):
    """ "Must read" between the headline and the text is a label over other stories (the headline above it
    stays the title); a reporter's name in capitals alone under the first paragraph is a byline, and a
    heading in capitals further down stays."""
    story = [
        "Under the agreement, Verde's state miner will be entitled to a 1.2% royalty on the venture's copper.",
        "Additionally, the state miner gains the right to market 32% of the venture's output.",
        "The government had pushed for a review of a 2008 contract it said gave the country little benefit "
        "while the Andina firms took most of the copper and cobalt the venture mined.",
        "The original deal promised $3 billion for infrastructure.",
        "Officials said less than a third of the money for infrastructure was ever paid out to the country, "
        "and that roads and hospitals promised in 2008 were never built.",
    ]
    headline = "Andina firms to pour $7 billion into mining infrastructure in Verde"
    text = (
        "\n\n".join(
            [
                "Monday, June 24, 2024",
                headline,
                "Must read",
                story[0],
                "JON ROE",
                *story[1:3],
                "JOINT VENTURES",
                *story[3:],
            ]
        )
        + "\n"
    )
    (article,), _ = articles_from(tmp_path, {"v.txt": text})
    assert article.title == headline
    assert {"Must read", "JON ROE"} <= _dropped_texts(article), article.dropped
    assert "JOINT VENTURES" not in _dropped_texts(article)


def test_set_89_headlines_listed_above_the_article_a_published_by_credit_and_a_post_counter(tmp_path):
    """Six headlines listed with dashes above an aggregator's copy, sharing no word with it, are other stories (the
    first is no title); "Published by Verde Finance Review®" is a credit; "Post# of 38", a forum's counter, is
    interface text. A summary's points above a text, on its subject, stay."""
    teasers = [
        "- Some Andina deposits could be at risk following another credit rating downgrade",
        "- Fed Governor Roe says December’s rate cut should be the last",
        "- Southeast Asian tech giants poised for profitability by 2024",
        "- The bipartisan clash over electric vehicle policy",
    ]
    story = [
        "The Treasury’s decision to impose sanctions against Verdebank poses a major headache for Ruritania’s "
        "fast-growing copper mining industry.",
        "With Verdebank expelled from the international payments system, Ruritania risks delays to its main copper "
        "mine expansion project.",
        "The copper mine expansion had relied on Verdebank loans worth $4.8 billion, the copper company said.",
    ]
    chrome = ["Published by Verde Finance Review®", "Post# of 38"]
    article = _article_of(tmp_path, *teasers, chrome[0], chrome[1], *story)
    assert set(teasers + chrome) <= _dropped_texts(article), article.dropped
    assert article.title.startswith("The Treasury’s decision"), article.title
    points = [
        "- Ruritania’s copper mine expansion faces delays",
        "- Verdebank sanctions hit copper mining loans",
        "- Copper company seeks new lenders for expansion",
    ]
    summed = _article_of(tmp_path / "s", "Sanctions threaten Ruritania’s copper mine expansion", *points, *story)
    assert not any("headlines listed above" in d.reason for d in summed.dropped), summed.dropped


def test_set_89_a_decision_that_poses_a_headache_is_no_picture_s_caption(tmp_path):
    """ "The decision … poses a major headache for X" is the article's first sentence; "Jane Doe poses for a photo
    at the Roe mine" between paragraphs is a caption."""
    story = [
        "The Treasury’s decision to impose sanctions against Verdebank poses a major headache for Ruritania’s "
        "copper mining industry.",
        "With Verdebank expelled from the payments system, Ruritania risks delays to its copper mine expansion.",
        "The copper mine expansion had relied on Verdebank loans worth $4.8 billion, the copper company said.",
    ]
    caption = "Jane Doe poses for a photo at the Roe copper mine"
    article = _article_of(tmp_path, "Sanctions hit Ruritania copper", *story[:2], caption, story[2])
    assert story[0] in [p.text for p in article.passages]
    assert caption in _dropped_texts(article), article.dropped


def test_set_91_dated_teasers_a_file_name_a_series_label_and_headlines_over_a_dek_or_a_demonym(tmp_path):
    """Headlines after the text with dates glued before them ("2014-03-20Andina drops out …") and the headline
    above them are other stories; "map-of-verde-BLOG" is a picture's file name; "Part 2 of a two-part series" a
    label. The page's first line over a short dek is its headline; so is "Ruritania hopes to increase investments
    into mining industry" over "The Ruritanian Government has adopted measures …" (the country in another form)."""
    story = [
        "Verde authorities have ordered the state-owned Andina Copper to partially halt its copper mine operations.",
        "Andina Copper Mining, a subsidiary of Andina Copper, controls the copper mine in the Verde highlands.",
        "The order by the environmental watchdog was sparked by inspections of the copper mine last week.",
    ]
    teasers = [
        "Roe confirms talks with Doe to buy Verde copper mine",
        "2014-03-20Andina drops out of race for Doe copper mine in Verde",
        "2013-11-26Copper futures rise amid hopes for new stimulus",
    ]
    article = _article_of(
        tmp_path,
        "Verde halts copper mine",
        "Part 2 of a two-part series",
        *story[:2],
        "map-of-verde-BLOG",
        story[2],
        *teasers,
    )
    assert set(teasers) | {"map-of-verde-BLOG", "Part 2 of a two-part series"} <= _dropped_texts(article)
    blog = _article_of(
        tmp_path / "b",
        "Mining in Verde: Poised for growth",
        "Verde’s geological potential is being held back by political crisis.",
        "Jane Doe",
        *story,
    )
    assert blog.title == "Mining in Verde: Poised for growth", blog.title
    kyrgyz = _article_of(
        tmp_path / "k",
        "Kyrgyzstan hopes to increase investments into mining industry",
        "The Kyrgyz Government has adopted a package of measures aimed at improving the conditions for investment "
        "in the mining sector.",
        "In particular, the Government defined the authority to perform certain functions in the subsoil sector.",
        "About 80% of the country is located in mountainous regions, where deposits of gold and coal lie.",
    )
    assert kyrgyz.title == "Kyrgyzstan hopes to increase investments into mining industry", kyrgyz.title


def test_set_90_a_byline_in_title_case_under_the_lead_a_newsletter_s_letter_and_a_paywall_s_note(tmp_path):
    """ "Jane Roe" alone between the first two paragraphs is a byline ("Agreement Details" there is a heading); a
    newsletter's "Hi folks," … "Best," "Zach" above the article is its note to readers, and the article below it is
    the text; "This premium content has been made freely available" is a paywall's note."""
    story = [
        "Andina state-owned enterprises will dominate Verde's uranium-mining sector.",
        "With the anticipated acquisition of a 68.62% shareholding in Doe Uranium by an Andina state firm, Andina "
        "companies will own the country's operating uranium mines, the regulator said on Monday.",
        "If the acquisition goes through, Andina state-owned companies will own two of the three mines.",
    ]
    article = _article_of(tmp_path, "Andina poised for uranium monopoly", story[0], "Jane Poe", *story[1:])
    assert "Jane Poe" in _dropped_texts(article), article.dropped
    heading = _article_of(
        tmp_path / "h", "Andina poised for uranium monopoly", story[0], "Agreement Details", *story[1:]
    )
    assert "Agreement Details" not in _dropped_texts(heading), heading.dropped
    letter = [
        "Hi folks,",
        "Thanks again for subscribing. I suggest reading them on the website.",
        "Enjoy our first article about policy and investment in the metals trade.",
        "Best,",
        "Zach",
    ]
    note = _article_of(
        tmp_path / "n",
        "This premium content has been made freely available",
        "Verde export restrictions and Andina partnerships",
        *letter,
        *story,
    )
    assert set(letter) | {"This premium content has been made freely available"} <= _dropped_texts(note), note.dropped
    assert all(s in [p.text for p in note.passages] for s in story), note.passages


def test_set_92_a_headline_over_a_long_paragraph_above_a_list_and_a_reporter_s_biography(tmp_path):
    """The page's first line over a long opening paragraph is the headline, though a list of items below
    repeats few of the paragraph's words; "Jane Doe is Verdeweb's business reporter." after the text is her
    biography."""
    paragraph = (
        "Last quarter, the Ministry of Trade, together with the customs office, issued a joint notice to guard "
        "national security while meeting its duties under international treaties. With the approval of the "
        "cabinet, strict export control measures now apply to materials related to tungsten, bismuth and indium. "
        "All firms exporting these materials must apply for and obtain export permits from the trade ministry. "
        "The notice takes effect at once and updates the Ruritanian list of dual-use items."
    )
    items = [
        "  1. 1C117.d. Tungsten-Related Materials:",
        "    • Ammonium paratungstate (HS Code: 2841801000);",
        "    • Tungsten oxides (HS Codes: 2825901200, 2825901910, 2825901920);",
        "    • Tungsten carbides not controlled under 1C226 (HS Code: 2849902000).",
        "  2. 1C117.c. Solid Tungsten with All of the Following Characteristics:",
        "    • Solid tungsten (excluding granules or powders) with any of the following:",
        "      • Tungsten or tungsten alloys with tungsten content of 97% or more by weight, not controlled under "
        "1C226 (HS Codes: 8101940001, 8101991001);",
    ]
    headline = "The impact of tungsten export control on the tungsten industry"
    (article,), _ = articles_from(
        tmp_path,
        {"a.txt": "\n\n".join([headline, paragraph, "I. Tungsten-Related Items"]) + "\n" + "\n".join(items) + "\n"},
    )
    assert article.title == headline, article.title
    assert paragraph in [p.text for p in article.passages], article.passages
    story = [
        "Ruritania's vanadium mine has been given lead agency status by the state government, the miner said.",
        "Lead agency status means the miner has one point of contact in government during its approvals.",
        "The mine was expected to create 500 jobs during construction and 240 jobs after it opens.",
    ]
    bio = _article_of(
        tmp_path / "b", "Vanadium mine gets lead agency status", *story, "Jane Doe is Verdeweb's business reporter."
    )
    assert "Jane Doe is Verdeweb's business reporter." in _dropped_texts(bio), bio.passages


def test_set_94_a_description_running_on_past_the_lead_above_the_site_s_name_and_headline(tmp_path):
    """Above "The Sundaytimes Verde" (a site's name, not a headline) and the headline, the page's description: the
    first paragraph in full, then the second's opening, cut with "[...]"; it is a copy, the paragraphs are the text.
    The same lines under the headline are the article's standfirst."""
    story = [
        "Verde will take a tough stance on granting permission for foreign companies to carry out mineral mining "
        "in the island with no new licences to be issued, the minister said.",
        "The necessary regulatory framework will be devised for this by amending the Mines and Minerals Act, he "
        "told reporters, adding that several licences were issued some time back.",
        "Andina Graphite and Roe Graphite are currently carrying out mining while other licence holders are "
        "engaged in mineral exploration, he added.",
    ]
    description = story[0] + " The necessary regulatory framework will be devised for this by amending [...]"
    headline = "Verde’s tough stance on permitting mineral mining for foreign companies"
    article = _article_of(tmp_path, description, "The Sundaytimes Verde", headline, "View(s):", *story)
    assert article.title == headline, article.title
    assert description in _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages][:3] == story, article.passages
    under = _article_of(tmp_path / "u", headline, description, *story)
    assert description not in _dropped_texts(under), under.dropped


def test_set_93_a_post_s_counters_under_the_headline_and_the_site_s_appeal_after_the_text(tmp_path):
    """ "Forum Zoneby Jane 10 hours ago 23 Views 0 comments" is a post's counters; "For More News And Analysis About
    Verde Follow Verdeweb" after the text is the site's appeal, though it names the article's country."""
    story = [
        "Verde’s ruling military junta has stripped around 50 mining companies of their licenses for bauxite.",
        "The decision affects foreign firms holding bauxite and gold permits across the country, officials said.",
        "The junta said the companies had failed to develop their bauxite permits in Verde for years.",
    ]
    counters = "Forum Zoneby Jane 10 hours ago 23 Views 0 comments"
    appeal = "For More News And Analysis About Verde Bauxite Licenses Follow Verdeweb"
    article = _article_of(tmp_path, "Verde’s junta revokes dozens of foreign mining licenses", counters, *story, appeal)
    assert {counters, appeal} <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.passages


def test_set_95_an_aggregator_s_disclaimer_a_link_s_label_and_a_tickers_box(tmp_path):
    """ "View Original", "This page may contain third-party content … should not be considered as an endorsement of
    its views by Verdeweb" and "In This Article:" are the page's, not the article's."""
    story = [
        "Verde is looking for mining deals in a push to secure supplies of critical minerals, the minister said.",
        "Joining the consolidation drive could be a good way of entering the market, the minister told reporters.",
        "Deals have been on Verde's radar for a while as it pushes through plans to diversify its economy.",
    ]
    chrome = [
        "In This Article:",
        "View Original",
        "This page may contain third-party content, which is provided for information purposes only and should not "
        "be considered as an endorsement of its views by Verdeweb, nor as financial or professional advice.",
    ]
    article = _article_of(tmp_path, "Verde weighs global mining deals", chrome[0], *story, *chrome[1:])
    assert set(chrome) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.passages


def test_dated_teasers_that_end_the_page_go_to_the_last_one(tmp_path):
    """A run of headlines with dates glued before them that ends on the page's last line is a list of other stories
    to its last line (the run was once read up to the line before it, and the last went as "after the end")."""
    story = [
        "Verde authorities have ordered the state-owned Andina Copper to halt its copper mine operations.",
        "Andina Copper Mining, a subsidiary of Andina Copper, controls the copper mine in the Verde highlands.",
        "The order by the environmental watchdog was sparked by inspections of the copper mine last week.",
    ]
    teasers = [
        "2014-03-20Andina Copper halts Verde copper mine operations after watchdog order",
        "2014-03-18Verde watchdog inspects Andina Copper mine in the highlands",
        "2014-03-12Andina Copper Mining subsidiary controls Verde highlands copper mine",
    ]
    article = _article_of(tmp_path, "Verde halts Andina copper mine", *story, *teasers)
    why = {d.text.strip(): d.reason for d in article.dropped}
    assert all(why.get(t, "").startswith("related-stories list") for t in teasers), why


def test_set_97_a_site_s_shortcode_and_a_newsletter_s_offer(tmp_path):
    """ "[verde-membership-registration-form id="4595"]" is a site's unrendered shortcode; "Investment market and industry insights delivered
    to you in real-time." is a newsletter's offer: neither is the article's."""
    story = [
        "The United States has launched a $12 billion strategic minerals stockpile, the Verde Group reported.",
        "The program authorizes federal agencies to purchase, store and rotate strategic minerals such as antimony.",
        "Funding will be routed through the export bank and federal procurement mechanisms, officials said.",
    ]
    chrome = [
        "Investment market and industry insights delivered to you in real-time.",
        '[verde-membership-registration-form id="4595"]',
    ]
    more = [
        "The stockpile targets rare earths, lithium, nickel, cobalt and graphite, industry insights show.",
        "Government buying sets a market floor for select minerals, and investment in offtakes reduces risk.",
    ]
    article = _article_of(
        tmp_path, "US launches $12 billion strategic minerals stockpile", *story[:2], *chrome, story[2], *more
    )
    story = story + more
    assert set(chrome) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.passages


def test_set_98_a_page_s_metadata_stamp_a_social_label_and_pictures_credits(tmp_path):
    """ "2019-04-18T09:16:09+00:00 April 18th, 2019|Country in Focus|" (a stamp, then the story's section between
    bars), "Mar 07, 2018 News" (set 97: a date, then its section), "Connect with us:", "mining. Ruritania.
    Bigstock" (a stock library's credit) and a caption whose photographer is glued to the slash ("… in Roetown.
    Jane Doe/Verde Journal", "…/file") are the page's; the caption, the page's first line, is not its title."""
    pages = {
        "a": [
            "Jon Roe, a heavy wire specialist, makes tungsten wire at Andina Metals in Roetown. Jane Doe/Verde Journal",
            "Andina Metals strikes tungsten offtake agreement with Verde Mining",
            "ROETOWN — Andina Metals has struck an offtake agreement with Verde Mining to secure a supply of tungsten.",
            "An offtake agreement is a contract between a buyer and a producer to sell and purchase future output.",
            "Under the agreement, Andina Metals will give Verde Mining a $2 million advance payment, the firms said.",
            "Tungsten wire is heat treated at Andina Metals in Roetown. Jane Doe/Verde Journal/file",
        ],
        "b": [
            "Verde: new mining code reaps rewards",
            "2019-04-18T09:16:09+00:00 April 18th, 2019|Country in Focus|",
            "Although there are challenges, Verde is set to become a top-class mining country, writes Jane Doe.",
            "Despite political uncertainties and risks, Verde continues to attract foreign investment into its mines.",
            "The country has one of the best port facilities in the region, and its mining code was revised in 2014.",
            "According to Jon Roe, president of the Verde Miners Group, the new code has reaped rewards for the country.",
        ],
        "c": [
            "Latest update January 1st, 2025 1:00 AM",
            "Mar 07, 2018 News",
            "The Verde Geology Commission has reserved 324,300 acres of land for the exploration of rare earths.",
            "The reserved land lies in the south of Verde, the commission said in a statement on Tuesday.",
            "Companies will be invited to bid for exploration licences on the reserved land later this year.",
        ],
        "d": [
            "Verde’s Andina to Invest in Ruritanian Mining Sector",
            "Connect with us:",
            "mining. Ruritania. Bigstock",
            "Jane Doe, Minister of Petroleum and Mineral Resources, Ruritania announced plans by Verde’s state-owned "
            "mining firm, Andina, to invest in the country’s mining sector. Andina’s plan to invest in Ruritania follows "
            "the firm partnering with Verde’s investment fund to inject up to $3 billion in iron ore, copper, nickel "
            "and lithium projects across the world.",
            "The development comes at a time when Ruritania seeks to attract up to $1 billion in mining investment.",
            "Commenting on the development of the new fund, Jon Roe stated that the energy transition relies on minerals.",
        ],
    }
    chrome = {"a": [0, 5], "b": [1], "c": [1], "d": [1, 2]}
    for name, lines in pages.items():
        article = _article_of(tmp_path / name, *lines)
        assert {lines[k] for k in chrome[name]} <= _dropped_texts(article), (name, article.dropped)
    assert _article_of(tmp_path / "e", *pages["a"]).title == pages["a"][1]


def test_set_97_an_article_s_points_written_in_lower_case_are_its_own(tmp_path):
    """Points listed in the body as phrases in lower case ("• long-term offtakes reduce financing risk …", "•
    supply outside Verde gains strategic premium") are the article's, not headlines of other stories nor a page
    element's name; the line model does not cut such a list in part."""
    story = [
        "Ruritania will establish a $12 billion strategic minerals stockpile, marking a shift in its industrial policy.",
        "The program authorizes federal agencies to purchase, store and rotate strategic minerals for the stockpile.",
        "Analysts said the stockpile would change how miners and processors finance new projects in Ruritania.",
        "The stockpile targets rare earths, lithium, nickel, cobalt and graphite, the agencies said on Monday.",
    ]
    points = [
        "• government buying sets a price floor for select minerals",
        "• long-term offtakes reduce financing risk for miners and processors",
        "• supply outside Verde gains strategic premium",
    ]
    article = _article_of(
        tmp_path, "Ruritania launches $12 billion strategic minerals stockpile", story[0], *points, *story[1:]
    )
    kept = [p.text for p in article.passages]
    assert {p.lstrip("• ") for p in points} <= set(kept), (kept, article.dropped)


def test_set_97_a_site_s_tagline_and_an_issuer_s_label_over_the_headline(tmp_path):
    """ "Critical Minerals and Energy Intelligence" (the tagline the page signs its pictures with: "… - Verde Group - Critical
    Minerals and Energy Intelligence") and "Community News Verde Institute of Geoscience and Mines" (a label ending with the
    name the first paragraph opens with) stand above the headline; neither is it."""
    story = [
        "Ruritania will establish a $12 billion critical minerals stockpile for its energy and defence industries.",
        "The program authorizes federal agencies to purchase, store and rotate strategic minerals for the stockpile.",
        "The stockpile targets rare earths, lithium, nickel, cobalt and graphite, the agencies said on Monday.",
    ]
    headline = "Ruritania launches $12 billion strategic minerals stockpile"
    tagline = "Critical Minerals and Energy Intelligence"
    signed = "Refining concentration by geography 2024 - Verde Group - Critical Minerals and Energy Intelligence"
    article = _article_of(tmp_path / "a", tagline, headline, *story, signed)
    assert article.title == headline, article.title
    release = [
        "Verde Institute of Geoscience and Mines (Dr. Jon Roe) signed a memorandum on lithium exploration with Andina.",
        "The main purpose of the memorandum is to jointly discover promising lithium deposits in the Andina highlands.",
        "The institute and Andina Geology will share survey data on lithium deposits under the memorandum.",
    ]
    headline = "Verde Institute and Andina Geology Signed MOU on Lithium Exploration"
    article = _article_of(tmp_path / "b", "Community News Verde Institute of Geoscience and Mines", headline, *release)
    assert article.title == headline, article.title


def test_set_99_points_starred_a_template_field_a_year_after_by_and_a_headline_printed_twice(tmp_path):
    """Points written with a star glued to them ("*at least 10% of …") are the article's list; a date line with a
    template's field left unrendered ("… 00:00 - - {{hitsCtrl.values.hits}}") is the page's; "By 2024, Verdean
    companies had:", the last line of a copy cut off under the last paragraph, is a lead-in, not a byline nor a
    label over a list of links; a headline printed twice apart above a feature that opens on a
    story of its own (its words not in the first paragraphs) is still the headline."""
    points = [
        "*at least 10% of the Union's annual consumption to come from Union extraction",
        "*at least 40% of the Union's annual consumption to come from Union processing",
        "*at least 15% of the Union's annual consumption to come from domestic recycling",
    ]
    article = _article_of(
        tmp_path / "a",
        "Council adopts negotiating position on critical raw materials",
        "Saturday, 8 February 2020 00:00 -     - {{hitsCtrl.values.hits}}",
        "The Council today agreed its negotiating mandate on the proposed regulation on critical raw materials.",
        "The regulation aims to ensure the supply of raw materials that are critical for the Union's economy.",
        "The Commission proposal established four objectives to increase the contribution of Union raw materials:",
        *points,
    )
    assert "Saturday, 8 February 2020 00:00 -     - {{hitsCtrl.values.hits}}" in _dropped_texts(article)
    assert {p.lstrip("*") for p in points} <= {p.text for p in article.passages}, article.dropped
    story = [
        "In June 2025, two longtime enemies sat across from each other in the capital and signed a peace deal.",
        "With diplomats observing closely, they agreed to end a war that had displaced millions of people.",
        "But the real prize was access to cobalt and coltan deposits valued at hundreds of billions of dollars.",
        "While Ruritanian capital was focused elsewhere, Verde was taking control of Andina's minerals for the future.",
        "By 2024, Verdean companies had:",
    ]
    headline, subtitle = (
        "Who Controls Andina's Minerals Controls the Future",
        "The Next Power Shift Begins in the Ground",
    )
    article = _article_of(tmp_path / "b", headline, subtitle, headline, subtitle, *story)
    assert article.title == headline, article.title
    assert "By 2024, Verdean companies had:" in {p.text for p in article.passages}, article.dropped  # cut off there


def test_set_101_an_issuer_s_name_over_its_release_a_pixel_s_label_and_a_poster_s_date(tmp_path):
    """ "Verde Tsusho Corporation", printed over a release whose first paragraph opens with that name, is the issuer,
    not the headline; "FB Pixel no script" run into the headline is a tracking pixel's label, not its words; "Jul, 06,
    2022 Posted by Jane Doe" is a credit."""
    release = [
        'Verde Tsusho Corporation (hereinafter referred to as "Verde Tsusho") acquired all shares of Andina Bussan.',
        "The demand for rare earth elements is increasing due to the growth of hybrid vehicles, Verde Tsusho said.",
        "Verde Tsusho will expand its rare earth business through Andina Bussan, which imports rare earth elements.",
    ]
    headline = "Verde Tsusho Launches Rare Earth Business"
    article = _article_of(
        tmp_path / "a", "Verde Tsusho Corporation", "Verde Tsusho Corporation", "Press releases", headline, *release
    )
    assert article.title == headline, article.title
    story = [
        "Ruritania has relied on Verde's biggest battery maker for its electric vehicle supply chain ambitions.",
        "The collaborative project between the battery maker and Ruritania's state battery company will benefit all.",
        "The battery maker plans to build a nickel mine and smelting facility with a state-owned mining company.",
    ]
    headline = "Nickel king Ruritania relies on Verde's battery maker for EV supply chain ambitions"
    article = _article_of(tmp_path / "b", "FB Pixel no script" + headline, "MENU", *story)
    assert article.title == headline, article.title
    credit = "Jul, 06, 2022 Posted by Jane Doe"
    article = _article_of(
        tmp_path / "c", "Presidential decree allows lithium trade with no prior authorization", credit, *story
    )
    assert credit in _dropped_texts(article), article.dropped


def test_set_102_a_newsletter_s_issue_a_portrait_over_short_first_paragraphs_credits_and_a_teaser_cut_off(tmp_path):
    """ "Verde Info Service on Mining and Trade Issues (Feb12/06)" is a newsletter's issue, not the headline below it,
    and "Published in VNS #7299 dated 1 February 2012" its credit; a portrait's caption ("Chief Jon Roe") is not the
    headline of a feature whose two short first paragraphs come to the subject in the third; "Op/Ed by Jane Doe"
    is a byline; another story's headline over its first lines cut off with "..." and "see more" is a teaser."""
    headline = "Trade body upholds ruling against Verde in raw materials dispute"
    story = [
        "Roetown, 31 Jan -- The appeals body of the trade organisation has upheld a ruling against Verde's export "
        "restraints on raw materials.",
        "In a ruling issued on 30 January, the appeals body recommended that Verde bring its measures into conformity.",
        "The appeals body said that Verde's export duties on raw materials were inconsistent with its obligations.",
    ]
    issue, published = (
        "Verde Info Service on Mining and Trade Issues (Feb12/06)",
        "Published in VNS #7299 dated 1 February 2012",
    )
    article = _article_of(tmp_path / "a", issue, "18 February 2012", headline, published, *story)
    assert article.title == headline, article.title
    assert published in _dropped_texts(article), article.dropped
    headline = "First Nation invests $20 million into Andina Nickel project"
    story = [
        "Jon Roe is understandably pleased with a game-changing deal that his First Nation has been part of.",
        "Roe is the chief of the Verde First Nation.",
        "On Dec. 16 it was announced that the First Nation is investing $20 million into Andina Nickel's project.",
        "This is believed to be the largest direct investment into a nickel project by a First Nation in Ruritania.",
    ]
    article = _article_of(tmp_path / "b", headline, "Image Caption", "Chief Jon Roe", "Op/Ed by Jane Doe", *story)
    assert article.title == headline, article.title
    assert "Op/Ed by Jane Doe" in _dropped_texts(article), article.dropped
    story = [
        "Verde chemicals giant Andina Group and the Ruritanian company Roe Resources have signed a land lease.",
        "According to Andina Group, the plant will receive purified rare earth carbonate from Ruritania.",
        "The products of refining will be neodymium and praseodymium oxides, the company said on Monday.",
    ]
    teaser = [
        "Chemicals giant to produce biodegradable material from potato flour",
        "On Tuesday, Verde chemicals giant Andina Group launched the plant for the production of starch in Roetown...",
    ]
    headline = "Chemicals giant to build rare-earth refining plant in Verde"
    article = _article_of(tmp_path / "c", headline, story[0], *teaser, "see more", *story[1:])
    assert set(teaser) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.passages


def test_set_103_headline_over_its_dek_and_a_nameless_byline(tmp_path):
    """A magazine's headline, its one-sentence dek and a byline whose name (a link) the copy lost ("By , a freelance
    journalist …"): the first line is the headline though it shares no word with the opening scene; the byline goes."""
    byline = "By , a freelance journalist covering Ruritania and other stories from around the region."
    story = [
        "“Big Tea and Big Sugar have been partners for a hundred years,” said Jon Roe, a senior manager at a "
        "network of growers in the hills. “Now the carmakers need to form new partnerships with refiners.” "
        "The boom is underway, and firms are scrambling to create new relationships and hit targets.",
        "Refining is a diverse business, but some countries dominate: cobalt from Verde, lithium from Andina.",
        "Ruritania has 22 percent of global reserves and in 2021 provided 37 percent of the global supply.",
    ]
    headline = "Borduria Has Sewn Up a Critical Market"
    dek = "Andina companies are seeking Bordurian partners for Ruritanian nickel."
    article = _article_of(tmp_path, headline, dek, byline, *story)
    assert article.title == headline, article.title
    assert byline in _dropped_texts(article), article.dropped
    assert dek in [p.text for p in article.passages], article.passages


def test_set_103_a_headline_with_a_sum_of_money_in_title_case_is_no_menu(tmp_path):
    """ "Ruritania’s Ambitious $15 Billion Copper Smelting Plant Project Takes Shape": every word capitalised and no
    function word, as a menu's; its sum of money makes it a headline."""
    headline = "Ruritania’s Ambitious $15 Billion Copper Smelting Plant Project Takes Shape"
    story = [
        "In a significant development for Ruritania’s economy, the Verde Service is set to build a copper smelting "
        "plant worth $15 billion in the Roe district, the largest copper smelter in the region.",
        "The project, anticipated to be the largest copper smelting plant in Ruritania, will employ 2,000 people.",
        "Local leaders have assured that jobs at the copper plant will go first to the people of the district.",
    ]
    article = _article_of(tmp_path, "Breaking NewsTech", headline, *story)
    assert article.title == headline, article.title


def test_sets_104_105_teasers_after_the_source_link_comments_and_an_all_news_link(tmp_path):
    """Under the story: "[ad_2]", "Source link", then other stories' teasers sharing no word with it; a "2 Comments"
    heading and the thread under it (a reader's name, their words on the subject); "All news" and the site's own
    "about" box. None of it is the article."""
    story = [
        "Ruritania has officially joined the Verde Minerals Partnership, collaborating with Borduria on copper.",
        "Copper is essential for manufacturing cables, motors and grids, and Ruritania holds large copper deposits.",
        "Ruritania plans to produce 50,000 tonnes of copper annually and is seeking partners for its copper mines.",
    ]
    teasers = [
        "He stated that 1,151 suspects have been arrested in 32 cases Read Full Coverage",
        "Jon Roe posted a video chatting with Jane Doe outside the television studios. The…",
        "Police in Roetown are investigating an incident where a man died at a guest house…",
        "A footballer is set to break a promise he made when he became the club's manager…",
    ]
    article = _article_of(tmp_path / "a", *story, "[ad_2]", "Source link", *teasers)
    assert set(teasers) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.passages
    thread = [
        "Jon",
        "That is even long overdue.",
        "In fact, not only copper mines but the others too.",
        "Concerned miner",
    ]
    article = _article_of(tmp_path / "b", *story, "2 Comments", *thread)
    assert set(thread) <= _dropped_texts(article), article.dropped
    about = [
        "All news",
        "• Our Aims",
        "The Verde Group exists to promote social inclusion and sustainable development.",
    ]
    article = _article_of(tmp_path / "c", "Ruritania joins the copper partnership", *story, *about)
    assert set(about) <= _dropped_texts(article), article.dropped


def test_set_104_headline_printed_after_the_text_over_an_empty_picture(tmp_path):
    """The text first, then its headline, an empty picture ("![]() |") and the site's name with the date: the
    headline is the title."""
    story = [
        "According to senior officials in Roetown, the main reason for reaching such heights is the copper boom.",
        "The deal shows that Bordurian backers want to buy shares in the largest copper producer of Ruritania.",
        "The Deputy Minister of Mines said Ruritania will soon become the second copper producer of the world.",
    ]
    headline = "Ruritania will soon become the second largest copper producer in the world"
    article = _article_of(tmp_path, *story, headline, "![]() |", "Verdeweb® 1 September 2014 14:19 |")
    assert article.title == headline, article.title


def test_set_106_a_blog_s_source_line_and_a_record_s_date_fields(tmp_path):
    """ "From Verdewire via Andina News, December 22:" over a blog's quoted story is its source, no title; a trade
    database's "Inception date: 21 Sep 2010 | Removal date: 20 Nov 2010" is a line of fields."""
    story = [
        "Ruritania, the world's top processor of rare earths, banned the export of technology to make magnets.",
        "Rare earths are a group of 17 metals used to make magnets that turn power into motion in Ruritania.",
        "Ruritania's commerce ministry sought public opinion on the rare earth magnet ban last December.",
    ]
    source = "From Verdewire via Andina News, December 22:"
    article = _article_of(tmp_path / "a", source, *story)
    assert source in _dropped_texts(article), article.dropped
    assert not article.title.startswith("From"), article.title
    fields = "Inception date: 21 Sep 2010 | Removal date: 20 Nov 2010"
    article = _article_of(tmp_path / "b", fields, *story)
    assert fields in _dropped_texts(article), article.dropped


def test_set_108_a_town_and_its_country_a_financing_field_a_video_and_a_syndication_credit(tmp_path):
    """ "Roetown, Mongolia" alone under the headline is the story's dateline, kept; "Sources of financing: Verde
    Bank" is a record's field, no credit; "Copper boom in Ruritania 03:16" a video's title and length, and "“X” was
    originally created and published by Verde Mining, a Verde Data owned brand." a syndication credit: both go."""
    story = [
        "The government of Ruritania is seeking a bigger stake in Roe Hill, the biggest undeveloped copper mine.",
        "Ruritania has asked to reopen discussions over the 2009 investment agreement for the Roe Hill copper mine.",
        "Sources of financing: Verde Commerce Bank (RBM1500 mln)",
        "Andina Mines said the copper mine would start production in 2013 under the current agreement.",
    ]
    video = "Copper boom in Ruritania 03:16"
    credit = (
        "“Ruritania forms new copper enterprise” was originally created and published by Verde Mining, a Verde Data "
        "owned brand."
    )
    article = _article_of(tmp_path, "Ruritania seeks bigger stake in copper mine", "Roetown, Mongolia", *story, video)
    kept = [p.text for p in article.passages]
    assert story[2] in kept, kept
    assert video in _dropped_texts(article), article.dropped
    assert "Roetown, Mongolia" not in _dropped_texts(article), article.dropped
    article = _article_of(tmp_path / "b", "Ruritania seeks bigger stake in copper mine", *story, credit)
    assert credit in _dropped_texts(article), article.dropped


def test_set_108_a_record_of_fields_under_its_headline_keeps_its_labels(tmp_path):
    """A project database's record: under its headline, a section's name ("General information") and five fields or
    more ("Name: …" repeating the headline, "Bordurian Name:" left empty, "Location: …"): the record's own lines."""
    headline = "Construction of a copper processing complex at the Roe deposit"
    record = [
        "General information",
        "Name: Construction of a copper processing complex at Roe deposit",
        "Bordurian Name:",
        "Location: Roe copper deposit is located in the Verde district of Ruritania",
        "Project type: mining and metallurgical complex",
        "Owner: Roe Copper LLP, Andina Resources Investment Limited",
        "Project Cost: $260 mln",
        "Project Overview",
    ]
    story = [
        "The realization of the Roe copper deposit project includes a mine and a processing plant with a capacity "
        "of 3.3 million tonnes of ore a year, to be built in 2021-2023 by Andina Resources.",
        "The source of water supply for the copper plant during construction and operation will be the Roe river.",
    ]
    article = _article_of(tmp_path, headline, *record, *story)
    assert article.title == headline, article.title
    assert not set(record) & _dropped_texts(article), article.dropped


def test_set_107_a_video_caption_on_top_and_a_capitals_headline_over_its_dek(tmp_path):
    """A page that opens on its video: "The minister joined Jane Doe to discuss the day's topics." over "Video / Jane
    Doe Today" is the video's caption, not the title; "ANDINA TO INVEST US$1.3BN" over a dek and a byline is the
    headline: its "INVEST" is the first paragraph's "investment"."""
    caption = "The Prime Minister joined Jane Doe to discuss the big topics of the day."
    story = [
        "Ruritania’s top diplomat has committed to explore further co-operation on critical minerals with Borduria "
        "in a meeting with a senior official of the Bordurian administration in Roetown.",
        "The statement issued today comes less than a day after the Prime Minister said talk of a framework on "
        "critical minerals was speculative, and that no Cabinet decision had been made.",
        "The Green Party’s co-leader said the Prime Minister was either unaware of the talks or misled the House.",
    ]
    article = _article_of(tmp_path, caption, "Video / Jane Doe Today", *story)
    assert caption in _dropped_texts(article), article.dropped
    assert article.title.startswith("Ruritania’s top diplomat"), article.title
    headline = "ANDINA TO INVEST US$1.3BN"
    dek = "The five-year investment will cater for mining, science and education technology – Andina boss"
    story = [
        "Andina Non-ferrous Mining Corporation has pledged US$1.3 billion investment for the next five years to cater "
        "for its various operations in mining, science and education technology.",
        "Andina group chairperson Jon Roe yesterday told the President that half of the investment would be made by "
        "the end of 2025 and the Roe Copper Mines would receive US$450 million.",
        "He said there were plans to reopen a shaft at the Verde Copper Mine with an investment of US$600 million.",
    ]
    article = _article_of(tmp_path / "b", "miningNews", headline, dek, "By Jon Roe.", *story)
    assert article.title == headline, article.title


def test_set_109_a_release_s_contact_block_ends_the_story(tmp_path):
    """ "Additional information:" over a contact's line with a telephone number ends a company's release: the contact,
    a picture's "Click to enlarge." and the issuer's boilerplate under it go, however much they say of the subject."""
    story = [
        "The Government of Ruritania has today decided to grant a uranium recovery permit to Andina Metals, which "
        "applied for it under the Nuclear Energy Act in 2017.",
        "The uranium recovery plant will take about a year to get ready, and the permit may be appealed at the "
        "Supreme Administrative Court, Andina Metals estimates.",
    ]
    tail = [
        "Additional information:",
        "CEO Jon Roe, Andina Metals Ltd, p. +358 20 7130 800 (switchboard), jon.roe(at)andina.example",
        "Picture of Andina's uranium recovery plant. Click to enlarge.",
        "Andina Metals Ltd is a Ruritanian multi-metal company producing nickel, zinc, cobalt and copper at its mine "
        "and uranium plant. Our aim is to conduct sustainable, safe and profitable operations.",
    ]
    article = _article_of(tmp_path, "Government grants uranium recovery permit to Andina Metals", *story, *tail)
    assert set(tail) <= _dropped_texts(article), article.dropped
    assert story[1] in [p.text for p in article.passages], article.passages


def test_set_110_a_republishing_note_and_a_caption_of_two_portraits(tmp_path):
    """ "This article is republished under a community partnership agreement with Verde Radio." is a credit; "Jon Roe,
    President, Andina Ltd and Jane Doe, Verde's CEO and Chairman of the Board of Directors" a picture's caption."""
    story = [
        "Andina Resources Group signed a contract for gallium supply with Verde Corporation during the state visit "
        "of the President of Ruritania to Borduria.",
        "This is one of the Group’s key projects focused on the production of gallium at its alumina refinery.",
        "The contract provides for the supply of gallium from the Andina refinery over five years.",
    ]
    caption = "Jon Roe, President, Andina Ltd and Jane Doe, Verde's CEO and Chairman of the Board of Directors"
    note = "This article is republished under a community partnership agreement with Verde Radio."
    article = _article_of(tmp_path, "Andina inks a long-term deal to supply gallium to Verde", caption, *story, note)
    assert {caption, note} <= _dropped_texts(article), article.dropped
    assert story[0] in [p.text for p in article.passages], article.passages


def test_set_111_a_portuguese_page_keeps_its_paragraphs_and_a_lede_printed_above_its_headline(tmp_path):
    """A page in Portuguese is read as Portuguese, not as English (whose long stoplist holds "a", "o", "do"): none of
    its paragraphs is dropped as "another language". A page that prints its first paragraph above the headline too
    has the line between the two copies for its title."""
    story = [
        "“Este acordo reconhece o grande potencial do recurso de lítio do Barroso”, afirmou o presidente da Andina.",
        "A parceria com a Verde, empresa internacional de materiais críticos, representa também uma maior "
        "probabilidade de reforço do investimento no sector do lítio nacional.",
        "De acordo com o comunicado, com este acordo, a Verde assume um investimento de cerca de 19 milhões de euros "
        "no capital da Andina.",
        'Esta parceria, segundo o comunicado, coloca o projeto de lítio do Barroso "numa posição de grande '
        'estabilidade", em resultado de um "aumento de capital" e de um "financiamento para reforço do projeto", '
        'uma vez que a Andina "garante o financiamento total para completar os fluxos de trabalho em curso".',
    ]
    article = _article_of(tmp_path, *story)
    assert [p.text for p in article.passages] == story, article.dropped
    lede = (
        "ROETOWN. Kebijakan larangan ekspor nikel mentah sejak 2020 mulai membuahkan hasil. Industri smelter nikel di "
        "dalam negeri terus kedatangan investor asing dari Andina dan Verde untuk membangun proyek smelter nikel."
    )
    headline = "Investasi Perusahaan Andina dan Verde Terus Mengalir Pasca Pembatasan Ekspor Nikel Mentah"
    more = (
        "Proyek smelter nikel ini berlokasi di Roetown dan akan menggunakan teknologi pelindian asam bertekanan tinggi."
    )
    article = _article_of(tmp_path / "b", lede, headline, lede, more)
    assert article.title == headline, article.title


def test_set_112_a_verb_s_tense_is_no_caption_and_a_wire_glued_to_the_headline(tmp_path):
    """ "Andina has been making waves recently after Verde released a short report" is a paragraph, not a caption
    ("X waves"); "… a multi-year nickel purchasing deal By Wire" has the wire's credit cut from its title."""
    story = [
        "Andina Energy Resources Ltd share price is moving into the green today after signing a definitive agreement "
        "with automaker Verde Group.",
        "At the midpoint of Monday trading, the Andina share price is up 8.25% to $11.02.",
        "Andina has been making waves recently after Roe Capital released a short report on the energy company.",
        "The six-year deal will begin once Andina has begun commercial delivery of its lithium, slated for 2026.",
    ]
    article = _article_of(tmp_path, *story)
    assert [p.text for p in article.passages] == story, article.dropped
    headline = "Andina Resources says Verde has agreed to a multi-year nickel purchasing deal By Reuters"
    story = [
        "Andina Resources, which runs a nickel mine in Ruritania, said on Wednesday that Verde had agreed to buy nickel "
        "from it under a multi-year deal.",
        "Verde purchased more than 42,000 tons of nickel last year as part of a multi-year contract with Andina.",
    ]
    article = _article_of(tmp_path / "b", headline, *story)
    assert article.title == headline.removesuffix(" By Reuters"), article.title


def test_set_113_a_caption_over_a_photographer_s_credit_and_a_spanish_source_line(tmp_path):
    """Under the headline and bylines, "The Verde site in the desert will be one of the world’s biggest copper mines"
    over "JON ROE/GETTY IMAGES" is the picture's caption; "Verde Noticias con información de Prensa Andina." under the
    text says where the story came from (a credit), in Spanish as "with information from X" in English."""
    story = [
        "Andina Mining is to cancel $2.3 billion of debt owed by Ruritania, under a proposed agreement aimed at "
        "resolving disputes over a huge copper mine it is developing in the desert.",
        "The Verde underground mine has been beset by problems that have led to production delays and a cost increase.",
        "Relations between Andina and the Ruritanian government have deteriorated amid allegations of mismanagement.",
    ]
    caption = "The Verde site in the desert will be one of the world’s biggest copper mines when it is completed"
    headline = "Andina writes off $2bn government debt over Ruritanian copper mine Verde"
    article = _article_of(tmp_path, headline, "Jane Doe", "The Daily", caption, "JON ROE/GETTY IMAGES", *story)
    assert caption in _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.dropped
    story = [
        "El gobernador recibió de manos del presidente de la empresa Andina el certificado de acciones del 8,5% de la "
        "empresa que explota litio en la provincia.",
        "En la oportunidad, el ministro calificó como un hito muy importante para la provincia la incorporación de la "
        "empresa estatal a Andina.",
        "Desde Andina indicaron que el proyecto ya está totalmente financiado con un alto avance de construcción.",
    ]
    source = "Verde Noticias con información de Prensa Andina."
    article = _article_of(tmp_path / "b", *story, source)
    assert source in _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.dropped


def test_sets_114_115_a_german_quote_ends_a_sentence_and_notes_around_the_text(tmp_path):
    """A paragraph ending in a German closing quote („…“) ends like a sentence: it is the article's (once read as
    after the article's end, with the sub-heading over it); "MORE ON ANDINA:" over "> …" links is another stories' list; "Temps de lecture : 1
    minute" a reading time; "This is a machine translation from Italian language of a post published on …" a note
    on the copy."""
    story = [
        "Ruritanien ist selbst nicht rohstoffreich – deshalb ist es besonders daran interessiert, mit Partnern zu "
        "handeln, die es mit essentiellen Rohstoffen versorgen können.",
        "Verde: Gemeinsam die Energiewende schaffen",
        "Der Kanzler betonte bei einer Reise nach Verde im Januar 2023 sein Ziel, die langjährige "
        "Rohstoffpartnerschaft mit dem Land auszubauen. Er sagte in Roetown: „Dies ist ein Meilenstein auf dem Weg "
        "zur Energiewende.“",
        "Andina: Kooperation auch in der Forschung",
    ]
    article = _article_of(tmp_path, *story)
    assert {story[0], story[2]} <= {p.text for p in article.passages}, article.dropped
    assert story[1] not in _dropped_texts(article), article.dropped
    story = [
        "Andina Metals is buying Verde Materials for $1.3 billion, the companies said on Thursday.",
        "The cash-and-stock deal combines the miner with the magnet maker, analysts said on Friday.",
        "Andina executives said the deal will also give it greater access to the markets of the region.",
    ]
    chrome = [
        "Temps de lecture : 1 minute",
        "MORE ON ANDINA:",
        "> Andina gets approval for rare earths drilling in Verde",
        "This is a machine translation from Italian language of a post published on Verde Magazine at the URL "
        "https://www.example.com/energia/ on Tue, 16 Nov 2021 06:57:39 +0000.",
    ]
    headline = "Andina to buy Verde Materials for $1.3 billion"
    article = _article_of(tmp_path / "b", headline, chrome[0], *story, *chrome[1:])
    assert set(chrome) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.dropped


def test_sets_116_117_a_spanish_paywall_a_logo_an_excerpt_note_and_a_long_title_printed_twice(tmp_path):
    """ "Apoyá el periodismo especializado e independiente", "Este contenido es exclusivo para suscriptores.",
    "Iniciá sesión si sos suscriptor/a" are a paywall's; "Logo 2 Image" a logo left as text; "Following is an excerpt
    from a report in" a note on the copy; "Images | Ministryof trade" a picture's label and credit. A long title
    printed twice at the top, above a section heading, is the page's title even when the text cut short repeats
    few of its words."""
    story = [
        "Las empresas Andina y Verde Minera firmaron un acuerdo de asociación para el desarrollo de un proyecto "
        "exploratorio de litio en una superficie de 20.000 hectáreas.",
        "El proyecto comprende todas las etapas desde la evaluación del recurso hasta la exploración, informó Andina "
        "mediante un comunicado.",
    ]
    paywall = [
        "Apoyá el periodismo especializado e independiente",
        "Este contenido es exclusivo para suscriptores.",
        "Iniciá sesión si sos suscriptor/a",
    ]
    article = _article_of(tmp_path, *story, *paywall)
    assert set(paywall) <= _dropped_texts(article), article.dropped
    title = (
        "Clarification Statement from the Ministry of Energy Regarding the Copper Mining Agreement in the Verde Area"
    )
    story = [
        "The copper mining project began with the signing of a non-binding Memorandum of Understanding between the "
        "Government and the company Andina in 2022.",
        "The ministry said the MoU covered an area of only 48 square kilometers, and the company provided the "
        "required guarantees.",
    ]
    heading = "First: From a Non-Binding Memorandum of Understanding to an Executive Agreement"
    chrome = ["Logo 2 Image", "Following is an excerpt from a report in", "Images | Ministryof trade and industry"]
    article = _article_of(tmp_path / "b", chrome[0], title, title, heading, *story, chrome[1], chrome[2])
    assert article.title == title, article.title
    assert {chrome[0]} <= _dropped_texts(article), article.dropped
    article = _article_of(tmp_path / "c", chrome[1], *story)
    assert chrome[1] in _dropped_texts(article), article.dropped
    article = _article_of(tmp_path / "d", chrome[2], *story)
    assert chrome[2] in _dropped_texts(article), article.dropped


def _assert_chrome_left_out(tmp_path, headline, *lines):
    """The page of `lines` under `headline` keeps its sentences (the lines that end with a full stop) as its
    passages, in order, and drops every other line."""
    article = _article_of(tmp_path, headline, *lines)
    story = [line for line in lines if line.endswith(".")]
    assert set(lines) - set(story) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story, article.dropped


def test_sets_118_119_read_also_links_a_template_slot_share_buttons_and_a_report_s_fields(tmp_path):
    """ "Baca juga: …" (Indonesian "read also"), "{siteadd}" (a template's slot left on the page), "Comparte en
    Facebook Comparte en Twitter" (share buttons in Spanish) and "Key risks: policy uncertainty; business risks" (a
    report's fields) are chrome."""
    story = [
        "Andina Metals signed a memorandum of understanding with the state fund Verde Capital to develop a nickel "
        "investment platform, the companies said on Monday.",
        "The platform will finance new nickel processing projects in the country over the next five years.",
        "The agreement follows the visit of the president of Ruritania to Roetown last month.",
    ]
    chrome = [
        "Key risks: policy uncertainty; business risks",
        "Comparte en Facebook Comparte en Twitter Comparte en Linkedin",
        "Baca juga: Hilirisasi Nikel Dinilai Menjanjikan, Pengamat Dorong Dukungan",
        "{siteadd}",
    ]
    headline = "Andina and Verde Capital sign nickel investment platform deal"
    _assert_chrome_left_out(tmp_path, headline, chrome[0], chrome[1], story[0], chrome[2], *story[1:], chrome[3])


def test_sets_120_121_a_caption_printed_twice_a_bracketed_link_a_german_wire_credit_and_a_french_stamp(tmp_path):
    """ "X X" (a picture's description and caption run together), "( https://… )" (the copy's link to its
    original), "(Bericht von X, redigiert von Y. …)" (a German wire's credit) and "Mis à jour il y a 9 h" (a stamp in
    French) are chrome; the article's paragraphs stay."""
    story = [
        "Andina Metals said on Tuesday it had obtained the exclusive rights to mine the cobalt deposit near Roetown, "
        "a claim its rival disputes.",
        "The company said it had signed a binding agreement to buy the local holder of the licence.",
        "The dispute will be settled by the mines ministry of Ruritania, officials said.",
    ]
    caption = "The deposit lies near Roetown in the east of Ruritania"
    chrome = [
        "Mis à jour il y a 9 h",
        f"{caption} {caption}",
        "( https://verde.example/article/ruritania-cobalt...)",
        "(Bericht von Jane Doe, redigiert von Jon Roe. Bei Rückfragen wenden Sie sich bitte an die Redaktion)",
    ]
    headline = "Two miners fight over a cobalt deposit in Ruritania"
    _assert_chrome_left_out(tmp_path, headline, chrome[0], chrome[1], story[0], chrome[2], *story[1:], chrome[3])


def test_sets_122_123_a_caption_that_says_what_is_shown(tmp_path):
    """ "… held the second meeting. Shown is a scene from the first talks …" over the story is a picture's caption."""
    _assert_chrome_left_out(
        tmp_path,
        "Ruritania and Verde agree to work together on rare metals",
        "The ministry on March 12 in Roetown held the second meeting of the joint committee. Shown is a scene from "
        "the first talks in Verde City (Ministry of Trade)",
        "The Ministry of Trade has agreed to reinforce cooperation with Verde in supply chains for rare metals.",
        "The ministry announced this on March 12 after hosting the second meeting of the joint committee.",
    )


def test_set_124_a_picture_s_file_name_a_category_line_an_arabic_label_and_a_line_ending_in_and(tmp_path):
    """ "roetown_mine" (a picture's file name), "in Economy / Ruritania - by" (a category line whose author's name
    was a link) and "اضافة اعلان" (an advertisement's label in Arabic, on an English page) are chrome; a wrapped
    paragraph whose first line ends in "and" is one paragraph, its first sentence the title."""
    _assert_chrome_left_out(
        tmp_path,
        "Andina Metals signs cobalt supply deal with Verde Trading",
        "roetown_mine",
        "in Economy / Ruritania - by",
        "Andina Metals said on Monday it had signed a supply agreement with Verde Trading for its cobalt hydroxide.",
        "اضافة اعلان",
        "The agreement covers the output of the Roetown mine for the next three years.",
    )
    text = (
        "ROETOWN — The Ministry of Energy and\nMineral Resources signed two agreements Sunday for copper\n"
        "exploration in the southern Roe region, the ministry said on its website.\n\n"
        "The first memorandum covers an area of 78 square kilometres near the Roe valley.\n"
    )
    (article,), _ = articles_from(tmp_path / "wrapped", {"a.txt": text})
    assert article.title.startswith("The Ministry of Energy and Mineral Resources signed"), article.title


def test_sets_125_126_a_sentence_that_begins_with_sources_and_a_list_kept_whole(tmp_path):
    """ "Sources told the Verde Ledger about this." is a sentence of the story, not a "Sources:" credit; a bulleted
    list the article ends in (a summary's takeaways, line under line) is kept whole, not cut after its third item."""
    article = _article_of(
        tmp_path,
        "Ruritania approves first steps toward a lithium tender",
        "Ruritania has approved the first steps to let private investors develop the Roetown lithium deposit.",
        "Sources told the Verde Ledger about this.",
        "The ministry will prepare the tender's terms over the next several weeks, officials said on Monday.",
    )
    assert "Sources told the Verde Ledger about this." in [p.text for p in article.passages], article.dropped
    items = [
        "  • •Potential state funding aligns with national critical minerals strategy",
        "  • •Andina Metals holds 51% stake, Verde Mining 49%",
        "  • •Venture builds Roetown lithium processing plant in 18 months",
        "  • •Plant targets domestic critical mineral supply, reducing import dependence",
        "  • •Project could boost lithium recoveries and profitability",
    ]
    text = (
        "Andina Metals and Verde Mining to build a lithium plant\n\n"
        "The plant creates a domestic source of lithium, a critical mineral for batteries and defence, reducing the "
        "country's strategic exposure to imports of refined lithium.\n\nKey Takeaways\n" + "\n".join(items) + "\n"
    )
    (article,), _ = articles_from(tmp_path / "list", {"a.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert all(item.lstrip(" •") in kept for item in items), article.dropped


def test_sets_127_128_a_list_a_sentence_announces_a_comment_box_s_rules_and_dated_teasers_cut_short(tmp_path):
    """The items under "… has signed the following mining lease agreements:" are the article's; a comment box's
    numbered rules ("Please respect the use of this community forum", "Users who violate the commenting rules will
    be banned") and other stories' openings under their headlines, dated and cut short ("Roetown, Jan 22: …..."),
    are chrome."""
    items = [
        "  • Mining Lease Agreement ML01-10, Andina Minerals Ltd dated 6th day of August 2010",
        "  • Mining Lease Agreement ML02-09, Verde Mining Company Ltd dated 27th day February 2012",
        "  • Mining Lease Agreement ML06-95, Roe Holdings S.A signed in year 2010",
    ]
    text = (
        "Mining Agreements\n\nThe Government of Ruritania has signed the following large-scale mining lease "
        "agreements:\n" + "\n".join(items) + "\n"
    )
    (article,), _ = articles_from(tmp_path / "list", {"a.txt": text})
    kept = " ".join(p.text for p in article.passages)
    assert all(item.lstrip(" •") in kept for item in items), article.dropped
    story = [
        "Andina Metals said on Monday it had won approval from the Ruritania review board for its copper mine sale.",
        "The sale of the Roetown copper mine to Verde Mining is valued at $1.1 billion, the company said.",
        "Verde Mining expects to complete the copper mine purchase in the second quarter, its chief executive said.",
    ]
    chrome = [
        "2. Please respect the use of this community forum and its users.",
        "4. Users who violate the Terms of Service or any commenting rules will be banned.",
        "5. Please stay on topic. Trolling to disrupt conversations will not be tolerated.",
    ]
    teasers = [
        "Ten Soldiers Killed in Road Accident in Roe Valley",
        "Roetown, Jan 22,: At least ten soldiers were...",
        "Fresh Gunfight Resumes In Verde Hills",
        "Roetown, January 22: After a long lull, fresh gunfight resumes...",
    ]
    page = "Andina wins approval for copper mine sale\n\n" + "\n\n".join(story + chrome + teasers) + "\n"
    (article,), _ = articles_from(tmp_path / "rules", {"a.txt": page})
    assert [p.text for p in article.passages] == story, article.dropped


def test_set_129_a_caption_signed_with_its_copyright_and_one_under_its_file_name(tmp_path):
    """A picture's caption signed with its copyright at its end ("… January 28, 2021. © DR / Ruritanian
    Presidency."), printed once under the picture's file name and once alone, is chrome; so is an offer of the site's
    channel ("Quer receber os conteúdos da Verde no seu smartphone?")."""
    _assert_chrome_left_out(
        tmp_path,
        "Ruritania wants a new rare earths mining convention",
        "Quer receber os conteúdos da Verde no seu smartphone?",
        "Screenshot_2021-02-07T09-26-52.327Z President Jon Roe during a speech to reporters, January 28, 2021. © DR "
        "/ Ruritanian Presidency",
        "President Jon Roe during a speech to reporters, January 28, 2021. © DR / Ruritanian Presidency",
        "Ruritania has halted the Andina Rare Earths mining operation because it wants a new mining convention.",
        "In April, the government suspended the export of rare earths produced from the mine, officials said.",
    )


def test_set_128_a_long_item_with_a_file_s_code_is_no_interface_text(tmp_path):
    """ "• Mining Lease Agreement ML2134, Verde Rutile Limited (First Amendment …) dated … (MMMR-RU_ML2134_VerdeRutile_
    First Amendment_": a long item of a list, its file's code run together at its end, is the article's, not a page
    element's name (which is short)."""
    item = (
        "  • Mining Lease Agreement ML2134, Verde Rutile Limited (First Amendment to that certain agreement of November "
        "20, 2001) dated 4th day of February 2004 (MMMR-RU_ML2134_VerdeRutile_First Amendment_2001). Being an "
        "agreement ratification Act, 2002 (MMMR-RU_ML2134_VerdeRutile_AgreementRatificationAct_2002)"
    )
    text = (
        "Mining Agreements\n\nThe Government of Ruritania has signed the following large-scale mining lease "
        "agreements:\n  • Mining Lease Agreement ML01-10, Andina Minerals Ltd dated 6th day of August 2010\n"
        + item
        + "\n"
    )
    (article,), _ = articles_from(tmp_path, {"a.txt": text})
    assert "Verde Rutile Limited" in " ".join(p.text for p in article.passages), article.dropped


def test_set_130_a_read_link_between_paragraphs_and_a_visit_our_archive_line_over_a_wire_s_lead(tmp_path):
    """ "Read: Verde Eyes Copper Mining in Major Contract With Roetown Firm" (another story's headline after "Read:")
    between paragraphs, and "Visita nuestro archivo" (the site pointing to its archive) over a wire's lead, are
    chrome; the lead's dateline, its month in Spanish, is no part of the title taken from it."""
    story = [
        "Ruritania has confirmed that mineral concentrates will be exported in the near future, according to the "
        "prime minister, who was speaking in parliament.",
        "The prime minister stated that the ban between 2017 and 2018 was needed to investigate theft and fraud.",
        "The prime minister also said that a structured permit system had been established for every cargo.",
    ]
    text = "\n".join(story[:2] + ["Read: Verde Eyes Copper Mining in Major Contract With Roetown Firm"] + story[2:])
    (article,), _ = articles_from(tmp_path / "read", {"a.txt": text + "\n"})
    assert [p.text for p in article.passages] == story, article.dropped
    lead = (
        "ROETOWN, 21 ago (Verde Wire) — Ruritania y Andina firmaron ayer un acuerdo para la conformación de una "
        "empresa que construirá una planta de carbonato de litio."
    )
    follow = "Durante el acto, el viceministro de Energía, Jon Roe, indicó que la planta procesará la salmuera."
    (article,), _ = articles_from(tmp_path / "wire", {"a.txt": f"Visita nuestro archivo\n\n{lead}\n\n{follow}\n"})
    assert article.title.startswith("Ruritania y Andina firmaron ayer"), article.title
    assert "Visita nuestro archivo" in _dropped_texts(article), article.dropped


def test_set_130_a_headline_in_two_sentences_with_its_stop(tmp_path):
    """ "Ruritanian find may become EU project. Asks government to wake up.": a page's first line of a
    dozen words or fewer in two sentences, its stop at its end, is the headline (no lead is that short)."""
    headline = "Ruritanian find may become EU project. Asks government to wake up."
    story = [
        "A Ruritanian mineral find may become a strategic EU project, but the government is criticised for sitting "
        "still.",
        "The company Andina Rare Earths holds Europe's largest deposit of rare earth elements, and it wants the "
        "government to settle the status of the project before the deadline.",
        "The EU wants to break its dependence on imported rare earths by opening its own mines and recycling more.",
    ]
    article = _article_of(tmp_path, headline, "1 month ago 20", *story)  # (an age stamp and a comment count)
    assert article.title == headline
    assert [p.text for p in article.passages] == story, article.dropped


def test_set_130_a_title_from_a_lead_after_a_dateline_with_a_month_in_spanish():
    """ "ROETOWN, 21 ago (Verde Wire) — …": a wire's dateline with its month in Spanish ("ago", August) is no part of
    the title a page without a headline takes from its first sentence."""
    from briefing.ingest.facts import find_dateline

    lead = (
        "ROETOWN, 21 ago (Verde Wire) — Ruritania y Andina firmaron ayer un acuerdo para construir una planta de "
        "carbonato de litio."
    )
    dateline = find_dateline(lead)
    assert dateline is not None and dateline.place == "ROETOWN" and dateline.date is None  # (no year: no date)
    assert find_dateline("Roetown, 5 de mayo de 2024 — El gobierno firmó un acuerdo.") is not None
    from briefing.ingest import build_blocks

    title = derive_title(build_blocks([(1, lead)]))
    assert title.startswith("Ruritania y Andina firmaron ayer"), title


def test_sets_131_134_a_feed_s_items_under_their_age_and_stamps_and_credits_in_other_languages(tmp_path):
    """After the article, other stories' first lines each over its age ("4 hours ago") are a feed, not the article;
    "Publié le 5 avril 2009 Lecture : 1 minute." and "en Verde Diario el 29-06-23 07:07" are stamps; "Jane Doe pour
    Les Nouvelles de Verde" is a byline; "la suite après cette publicité" marks an advertisement; "Chaque matin,
    recevez les 10 informations clés" offers a newsletter."""
    story = [
        "Bauxite mining starts in Roetown from today and huge benefits are expected for the people of the province.",
        "The deputy secretary said the landowners had received one million dollars so far from the mining company.",
        "He said many people have set up businesses to benefit from the bauxite mine in the province.",
    ]
    feed = [
        "Two men have been sentenced to life imprisonment for the murder of a visiting national in the capital.",
        "6 hours ago",
        "Women leaders from the construction industry are calling for stronger government action on safety.",
        "4 hours ago",
        "Police are still investigating a case of theft at a school where a student had allegedly stolen money.",
        "This ...",
        "4 hours ago",
    ]
    (article,), _ = articles_from(tmp_path / "feed", {"a.txt": "Bauxite mine opens\n" + "\n".join(story + feed) + "\n"})
    assert [p.text for p in article.passages] == story, article.dropped
    story = [
        "La Ruritanie a signé un accord-cadre avec le groupe Andina pour la relance de la filière uranium.",
        "Le texte prévoit que le groupe explore tout le sous-sol du pays, selon un document consulté.",
        "Le ministre des Mines a précisé que les gisements d’uranium seraient exploités par une société commune.",
    ]
    chrome = [
        "Publié le 5 avril 2009 Lecture : 1 minute.",
        "en Verde Diario el 29-06-23 07:07",
        "la suite après cette publicité",
        "Chaque matin, recevez les 10 informations clés de l’actualité africaine.",
        "Jane Doe pour Les Nouvelles de Verde",
    ]
    lines = ["La Ruritanie confie son uranium à Andina", *chrome[:2], story[0], chrome[2], *story[1:], *chrome[3:]]
    article = _article_of(tmp_path / "fr", *lines)
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(chrome) <= _dropped_texts(article), article.dropped


def test_set_170_a_stamp_with_its_weekday_and_a_related_label_in_other_languages(tmp_path):
    """ "Publié le jeudi, 13 mars 2025" (a weekday before the date) is a stamp; "TE RECOMENDAMOS", "Noticias
    relacionadas", "Berita terkait", "Veja também" are labels over other stories."""
    story = [
        "La Ruritanie a signé un accord-cadre avec le groupe Andina pour la relance de la filière uranium.",
        "Le texte prévoit que le groupe explore tout le sous-sol du pays, selon un document consulté.",
        "Le ministre des Mines a précisé que les gisements d’uranium seraient exploités par une société commune.",
        "L’accord prévoit aussi que le groupe Andina construise une usine de traitement de l’uranium près du port.",
        "Selon le ministre des Mines, la société commune versera des redevances à l’État sur chaque tonne d’uranium.",
    ]
    chrome = [
        "Publié le jeudi, 13 mars 2025",
        "TE RECOMENDAMOS",
        "¿ES SÓLIDA LA ECONOMÍA DE VERDE? EL OPTIMISMO DEL MINISTERIO BAJO LA LUPA",
        "Noticias relacionadas",
        "Berita terkait",
        "Veja também",
    ]
    lines = ["La Ruritanie confie son uranium à Andina", chrome[0], *story[:2], *chrome[1:3], *story[2:], *chrome[3:]]
    article = _article_of(tmp_path, *lines)
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(chrome) <= _dropped_texts(article), article.dropped


def test_set_170_a_headline_in_capitalised_words_with_a_comma_between_its_clauses_is_no_menu():
    """A line of capitalised words with no English stopword is a navigation menu, but not when a comma
    joins two clauses (an Indonesian headline): the page's first line was dropped and the lead became the title."""
    from briefing.ingest.chrome import evidence, measure

    menu = "Home News Business Markets Mining Energy Politics World Opinion Sport"
    headline = "Ekspor Bauksit Disetop, Menteri Verde Ancam Cabut Izin Eksportir Nakal"
    assert evidence(measure(1, menu, frozenset())) == "navigation menu"
    assert evidence(measure(1, headline, frozenset())) is None


def test_sets_131_134_a_scene_in_a_caption_s_present_tense_and_a_date_by_a_name_in_another_script(tmp_path):
    """ "Workers walk at the port of an active nickel-ore mine in Roetown" over the lead is a picture's caption, not
    the headline; "မဲခေါင် 3 May - 2023" (the outlet's name in another script and a date) is a stamp."""
    lead = (
        "Ruritania may consider banning exports of raw minerals to encourage domestic processing, an environment "
        "official said on Friday."
    )
    rest = "Nickel prices rose more than 1 percent on the potential for supply disruption, traders said."
    page = f"Workers walk at the port of an active nickel-ore mine in Roetown\n\n{lead}\n{rest}\n"
    (article,), _ = articles_from(tmp_path / "caption", {"a.txt": page})
    assert article.title.startswith("Ruritania may consider banning exports"), article.title
    assert [p.text for p in article.passages] == [lead, rest], article.dropped
    _assert_chrome_left_out(
        tmp_path / "stamp",
        "Ruritania halts rare earth mining in the north",
        "မဲခေါင် 3 May - 2023",
        "Two events, the first in which Ruritania stopped mining for rare earths in the north, confused observers.",
        "The second was a ban on tin mining in the east, declared by an armed group in April.",
    )


def test_sets_135_138_captions_credits_prompts_and_a_release_s_tags_in_several_languages(tmp_path):
    """ "Agência Verde" alone (a wire's credit), "Imagem aérea da mina …" and "Fotografia: Jon Roe/Verde" (a picture
    and its credit), "Operarios de Andina, en unas prospecciones. | / EM" (a caption, its credit after a bar), "Par
    Jon Roe pour Verde infos" (a byline), "Hon. Jane Doe." (a portrait's name), "Deixe seu comentário abaixo." and
    "Baca berita dengan sedikit iklan, klik di sini" (prompts), "Categories Economie" and "Ruritânia - A copper plant
    in Roetown, 6Feb2016." (a caption dated in one word) are chrome."""
    story = [
        "O governo de Ruritânia vai apoiar a mina de lítio da Andina com até 110 milhões de euros, anunciou a agência.",
        "A empresa espera começar a produção de lítio em 2027, depois de obter todas as licenças ambientais.",
        "O ministro da Economia disse que o apoio é decisivo para a cadeia de baterias do país.",
    ]
    chrome = [
        "Categories Economie",
        "Agência Verde",
        "Imagem aérea da mina de lítio da Andina.",
        "Fotografia: Jon Roe/Verde",
        "Operarios de Andina, en unas prospecciones en Roetown. | / EM",
        "Par Jon Roe pour Verde infos",
        "Hon. Jane Doe.",
        "Deixe seu comentário abaixo.",
        "Baca berita dengan sedikit iklan, klik di sini",
        "Ruritânia - A copper ore-processing plant in Roetown, 6Feb2016.",
    ]
    lines = ["Ruritânia apoia mina de lítio da Andina", *chrome[:7], story[0], chrome[7], *story[1:], *chrome[8:]]
    article = _article_of(tmp_path, *lines)
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(chrome) <= _dropped_texts(article), article.dropped


def test_sets_135_138_a_release_s_category_items_over_its_text_are_no_title(tmp_path):
    """ "- Region: Asia" / "- Energy and Natural Resources" / "- Overseas Investment Loans" over a release whose
    paragraphs are items too: short items with no sentence above the text are its tags, not its headline."""
    story = [
        "- The Verde Bank signed today loan agreements totaling up to 92 million U.S. dollars with Andina Mining.",
        "- The loans are intended for Andina to finance a nickel and cobalt production project in Ruritania, under the "
        "bank's overseas investment loans for energy and natural resources in Asia.",
        "- Nickel and cobalt are both materials used in a wide range of industries, the bank said.",
    ]
    tags = ["- Region: Asia", "- Energy and Natural Resources", "- Overseas Investment Loans"]
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n".join([*tags, "February 13, 2013", *story]) + "\n"})
    assert set(tags) <= _dropped_texts(article), article.dropped
    assert article.title.startswith("The Verde Bank signed today"), article.title


def test_sets_139_142_a_teaser_with_its_prompt_notes_on_the_copy_and_an_embedded_post(tmp_path):
    """ "… (US$1.6 billion). To subscribe please click here": thirty words of the article and a short prompt run into one
    line are the article's (the whole teaser was lost before); "This story first appeared in Verde News.", "Jon Roe
    for the Deep-sea Verde Observer", "Read on : Company Incorporation in Ruritania" and an embedded post ("We are
    focusing on the north." / "— Jane Doe (@janedoe) November 24, 2015") are chrome; a speech's addressees, each
    ending with the same body's name ("… – House of Representatives"), are its text, not a list of links."""
    teaser = (
        "We all know that tens of companies have announced plans to build nickel smelters in the northern province "
        "over the years with investment commitments of more than US$10 billion. Two of them are Andina Nickel (US$5 "
        "billion) and Verde Haltim (US$1.6 billion). To subscribe please click here"
    )
    (article,), _ = articles_from(tmp_path / "teaser", {"a.txt": teaser + "\nWalk the talk on nickel smelters\n"})
    assert [p.text for p in article.passages] == [teaser], article.dropped
    story = [
        "Andina Aluminium and the state of Ruritania struck a deal to keep the Roetown smelter open, the governor tweeted.",
        "The governor said the state would provide power at a lower price for seven years.",
        "The company will invest $30 million in the plant and keep 600 jobs, officials said.",
    ]
    chrome = [
        "This story first appeared in Verde News.",
        "Jon Roe for the Deep-sea Verde Observer",
        "We are focusing like a laser beam on the north. We have many companies coming here.",
        "— Jane Doe (@janedoe) November 24, 2015",
        "Read on : Company Incorporation in Ruritania",
    ]
    lines = ["Smelter deal keeps 600 jobs in Roetown", *chrome[:2], story[0], *chrome[2:4], *story[1:], chrome[4]]
    article = _article_of(tmp_path / "post", *lines)
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(chrome) <= _dropped_texts(article), article.dropped
    addressees = [
        "– Representative/Jon Roe – Chairman of the Energy Committee – House of Representatives",
        "– Engineer/Ana Ortiz – Chairman of the Industry Committee – House of Representatives",
        "– Representative/Luis Pardo – Vice Chairman of the Industry Committee – House of Representatives",
    ]
    speech = "Speech by the Minister of Mines at the Ruritania Mining Forum\n\nYour Excellencies,\n" + "\n".join(
        addressees
    )
    speech += (
        "\n\nIt is my pleasure to welcome you to the fourth Ruritania Mining Forum on critical minerals and mining.\n\n"
        "The mining sector has grown by a third in two years, and the new mining law has drawn investors to gold, "
        "copper and phosphate projects across the country.\n\nWe will offer new exploration blocks for copper and rare "
        "earths next year, and the state will keep a share in every mine.\n"
    )
    (article,), _ = articles_from(tmp_path / "speech", {"a.txt": speech})
    kept = " ".join(p.text for p in article.passages)
    assert all(a.removeprefix("– ") in kept for a in addressees), article.dropped


def test_sets_143_146_notices_credits_a_comment_thread_a_ticker_and_titles(tmp_path):
    """A publisher's "© X - Riproduzione riservata", "Sumber : Verde TV", "De Andina Press.", "LEIA: …", a long
    disclaimer that opens "This commentary represents the research and views of the author", the original's citation
    ("Verde Times September 03, 2013 … http://…") and a thread of comments under their stamps ("September 6, 2013 at
    12:39 am |") are chrome; so is a market ticker over the text ("Dollar", "39,1454", "-0.02 %Euro")."""
    story = [
        "The government of Ruritania has banned exports of raw copper ore from next year, the mines minister said.",
        "Miners will have to build smelters in the country, and five of them have already submitted plans.",
        "The ban follows a similar measure on nickel ore that drew investment of more than $10 billion.",
    ]
    chrome = [
        "© Verde Press - Riproduzione riservata",
        "Sumber : Verde TV",
        "LEIA: Suprimento global de cobre pode não atender à demanda",
        "This commentary represents the research and views of the author. It does not necessarily represent the views "
        "of the Verde Institute. The piece may be subject to further revision. Contributions to the Institute are "
        "general use gifts, which gives it discretion in how it allocates these funds. More information is available "
        "at Our Partners. Rare cases of sponsored projects are clearly indicated on the page where they appear.",
        "Verde Times September 03, 2013 More copper sites found http://www.verde.example/story.aspx?id=244478",
        "De Andina Press.",
    ]
    lines = [chrome[0], "Ruritania bans raw copper ore exports", story[0], chrome[1], chrome[2], *story[1:]]
    article = _article_of(tmp_path / "notices", *lines, *chrome[3:])
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(chrome) <= _dropped_texts(article), article.dropped
    assert article.title == "Ruritania bans raw copper ore exports", article.title
    thread = ["September 6, 2013 at 12:39 am |", "It is interesting the state only needs one letter to take the land.",
              "September 6, 2013 at 10:48 pm |", "Poor Ruritania."]  # fmt: skip
    article = _article_of(tmp_path / "thread", "Ruritania bans raw copper ore exports", story[0], *thread)
    assert [p.text for p in article.passages] == story[:1], article.dropped
    ticker = ["Sport", "Dollar", "39,1454", "-0.02 %Euro", "44,8177", "0.56 %Gram Gold", "4.227,0500", "%Silver"]
    (article,), _ = articles_from(tmp_path / "ticker", {"a.txt": "\n".join([*ticker, *story]) + "\n"})
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(ticker) <= _dropped_texts(article), article.dropped


def test_sets_143_146_a_headline_over_its_picture_and_byline_and_a_title_in_a_script_without_spaces(tmp_path):
    """A blog's headline over a caption and a byline is its title though the opening paragraphs tell another story
    first; a page in a script written without spaces takes its first sentence as its title (it had none)."""
    opening = [
        "MONDAY March 2 was a special day for Ruritania when the president announced a large gas discovery in the west.",
        "He travelled to the discovery well in the remote province on the day and switched it on for the cameras.",
        "The Andina Nickel project is another milestone investment in the country, built by a Verdean company.",
    ]
    lines = ["Saturday, April 04, 2009", "Andina Nickel project deepens Verde friendships",
             "Caption: The company's president lays the first stone of a school. Pic courtesy of the company.",
             "By Jane Doe in Roetown", *opening]  # fmt: skip
    article = _article_of(tmp_path / "blog", *lines)
    assert article.title == "Andina Nickel project deepens Verde friendships", article.title
    first = "ルリタニア政府はこのほど、銅鉱石の輸出を来年から禁止すると発表した。"
    text = first + "国内での製錬所建設を促すためだという。\n政府はまた、ニッケル鉱石の輸出も制限する方針を示した。\n"
    (article,), _ = articles_from(tmp_path / "script", {"a.txt": text})
    assert article.title == first, article.title


def test_sets_143_146_a_signature_mark_ends_the_article_and_the_teasers_under_it(tmp_path):
    """A line of "--" alone opens a signature: the site's teasers under it ("La actividad busca posicionar los vinos
    de Roetown en el mercado nacional.") are not the article, though they are sentences."""
    story = [
        "El gobernador Jon Roe mantuvo una reunión de trabajo con el director de la empresa Andina Lithium.",
        "La empresa anticipó que los resultados de las exploraciones estarán disponibles en los primeros meses de 2025.",
        "Andina Lithium es subsidiaria de una empresa de Verde, que es uno de los grandes capitales del sector minero.",
    ]
    teasers = ["Mejoras en la Infraestructura: Pavimentación Finalizada en Roetown",
               "La actividad busca posicionar los vinos de Roetown en el mercado nacional e internacional.",
               "Joven de 27 años de edad fue detenido y puesto a disposición de la Justicia interviniente."]  # fmt: skip
    article = _article_of(tmp_path, *story, "--", *teasers)
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(teasers) <= _dropped_texts(article), article.dropped


def test_sets_143_146_a_heading_on_the_subject_under_the_headline_is_kept_a_post_is_not(tmp_path):
    """Under the headline, "CHAMBER OF MINES URGES SPEEDY RATIFICATION" (four words or more, on the story's subject)
    over a tag and the text heads it and stays; "Minister for Mines and Energy" there is a release's byline."""
    story = [
        "The Ruritania Chamber of Mines is pressing Parliament to promptly ratify the mining lease granted to Andina "
        "Lithium for the Roetown project. The Chamber warns that continued delays could hurt investment.",
        "The chamber said speedy ratification of the lease would let the project start mining next year.",
        "Parliament has held the lease since March, the chamber of mines said in a statement on Monday.",
    ]
    lines = ["CHAMBER OF MINES CALLS FOR SWIFT APPROVAL OF ANDINA LITHIUM LEASE"]
    article = _article_of(tmp_path / "heading", *lines, "CHAMBER OF MINES URGES SPEEDY RATIFICATION", "lITHIUM", *story)
    assert "CHAMBER OF MINES URGES SPEEDY RATIFICATION" not in _dropped_texts(article), article.dropped
    article = _article_of(tmp_path / "post", *lines, "Minister for Mines and Energy", "lITHIUM", *story)
    assert "Minister for Mines and Energy" in _dropped_texts(article), article.dropped


def test_sets_147_150_credits_prompts_and_a_publisher_s_stamp(tmp_path):
    """ "(With files from Verde Wire)", "(Laporan oleh Jane Doe; Editing oleh Jon Roe)", "Please visit Andina's web site
    at:", "For the full article please visit:", "Check Also", "2018-08-01 09:52:26 VERDE ALUMINIUM LTD" and
    "General15/10/2025Verde NewsVerde News" (a section, the date and the outlet run together) are chrome."""
    story = [
        "The government of Ruritania has extended its ban on bauxite mining until the end of the year, officials said.",
        "Miners will have to wait for new rules on stockpiles before exports of the ore can resume, the ministry said.",
        "The ban was first imposed in 2016 after red mud from the mines polluted rivers and the coast near Roetown.",
    ]
    chrome = [
        "2018-08-01 09:52:26 VERDE ALUMINIUM LTD",
        "General15/10/2025Verde NewsVerde News",
        "(With files from Verde Wire)",
        "(Laporan oleh Jane Doe; Editing oleh Jon Roe)",
        "Please visit Andina Mining’s web site at:",
        "For the full article please visit:",
        "Check Also",
    ]
    lines = ["Ruritania extends bauxite mining ban", *chrome[:2], *story, *chrome[2:]]
    article = _article_of(tmp_path, *lines)
    assert [p.text for p in article.passages] == story, article.dropped
    assert set(chrome) <= _dropped_texts(article), article.dropped


def test_sets_147_150_a_wire_dateline_alone_on_its_line_stays(tmp_path):
    """ "ROETOWN, April 23, 2018 /Verde Newswire/ --" on a line of its own under the headline is the release's
    dateline (its text on the next line), not a label."""
    story = [
        "Chinese firms are buying lithium assets across the region, moving from Ruritania to Verde, analysts said.",
        "The purchases have driven up the price of lithium projects, and governments are reviewing the deals.",
        "Andina Lithium said it had received three offers for its salt flats this year, without naming the bidders.",
    ]
    lines = ["Lithium Acquisition Spree Shifts to Verde", "ROETOWN, April 23, 2018 /Verde Newswire/ --", *story]
    article = _article_of(tmp_path, *lines)
    assert "ROETOWN, April 23, 2018 /Verde Newswire/ --" not in _dropped_texts(article), article.dropped


def test_sets_151_158_a_date_in_another_language_under_the_first_line(tmp_path):
    """ "5 Novembre 2021" under the page's first line is its date (a stamp), and the line over it, the headline, is the
    title, however few of its words the opening repeats."""
    story = [
        "“Se vuoi costruire in alto, devi scavare in profondità”, dice un vecchio proverbio delle montagne del nord.",
        "Questo è un problema, perché sia la Ruritania che la Verde hanno dimostrato che il potere si compra con il rame.",
        "Costruire un’economia sull’estrazione mineraria non è facile, e la dipendenza dalle esportazioni è un rischio.",
    ]
    article = _article_of(tmp_path, "Andina mette in pericolo gli interessi occidentali", "5 Novembre 2021", *story)
    assert [p.text for p in article.passages] == story, article.dropped
    assert "5 Novembre 2021" in _dropped_texts(article), article.dropped
    assert article.title == "Andina mette in pericolo gli interessi occidentali"


def test_sets_151_158_a_title_derived_after_an_agency_s_dateline(tmp_path):
    """ "Roetown (RA)- In a meeting …" and "(Verde Global) Nov. 25 -- Andina said …": the derived title starts after
    the dateline and the wire's name with its date."""
    first = _article_of(
        tmp_path, "Roetown (RA)- In a meeting with the minister of mines, the ambassador said mining would start soon."
    )
    assert first.title == "In a meeting with the minister of mines, the ambassador said mining would start soon"
    second = _article_of(
        tmp_path / "b",
        "(Verde Global) Nov. 25 -- Andina Lithium said it will invest as much as USD145 million in Verde.",
    )
    assert second.title == "Andina Lithium said it will invest as much as USD145 million in Verde"
    third = _article_of(
        tmp_path / "c",
        "Roetown, 04 de julio de 2025 (RA). – El presidente de la Cámara, Omar Soto, determinó un cuarto intermedio.",
    )
    assert third.title == "El presidente de la Cámara, Omar Soto, determinó un cuarto intermedio"


def test_sets_155_158_a_viewer_s_page_count_an_author_alone_and_names_printed_twice(tmp_path):
    """ "You are on page 1of 7" is a document viewer's; "Jane Doe" alone over a headless story is its author; a name
    printed twice in a row is a byline or a caption; "2023年2月14日星期二" is a date stamp; "… | Crédito: Jon Roe" a
    picture's caption with its credit."""
    story = [
        "On July 11, Ruritania marked a milestone with the opening of the Roetown rare earth mine, officials said.",
        "The mine is the first of its kind in the country in seventy years, and its ore is soft enough to crumble.",
        "Luis Pardo Ortiz",
        "Luis Pardo Ortiz",
        "The company expects to produce its first concentrate next year, and buyers in Verde have already signed up.",
        "Além da mina, outros projetos de terras raras podem transformar Roetown | Crédito: Jon Roe",
        "The government of Ruritania said it would support the mine with new roads and a power line to the coast.",
    ]
    chrome = ["Jane Doe", "You are on page 1of 7", "2023年2月14日星期二"]
    article = _article_of(tmp_path, chrome[0], *story)
    kept = [p.text for p in article.passages]
    assert kept == [story[0], story[1], story[4], story[6]], article.dropped
    assert {chrome[0], story[2], story[5]} <= _dropped_texts(article), article.dropped
    other = _article_of(tmp_path / "b", chrome[1], chrome[2], "Roetown mine opens", *story[:2], story[4], story[6])
    assert {chrome[1], chrome[2]} <= _dropped_texts(other), other.dropped


def test_sets_155_158_a_key_takeaways_heading_stays(tmp_path):
    """ "Key Takeaways" right above the first paragraph is the text's heading, not a label under the headline. (A Korean
    summary line sharing one long word with its headline, no copy of it, is checked on the real page: the held-out
    `edaily-…` line 7 in tests/test_real_articles.py.)"""
    story = [
        "Andina Mining has suspended exports of nickel ore from Ruritania after the government changed its rules.",
        "The company said it would build a smelter in Roetown, and buyers in Verde have already signed up for its output.",
        "The government of Ruritania said it would support the smelter with new roads and a power line to the coast.",
    ]
    article = _article_of(
        tmp_path, "Ruritania's Nickel Export Ban: Bad for Itself", "By Jane Doe", "Key Takeaways", *story
    )
    assert "Key Takeaways" not in _dropped_texts(article), article.dropped


def test_sets_155_158_a_line_of_hashtags_and_a_korean_picture_credit(tmp_path):
    """ "#Roetown •" over the story is its tags; "리튬 광산 [사진=블룸버그]" ("Lithium mine [Photo=Wire]") a caption."""
    story = [
        "El presidente Jon Roe firmó este sábado en Roetown el decreto para la nacionalización del litio en Ruritania.",
        "El decreto para la nacionalización del litio es una extensión de 234 mil hectáreas en el norte de Ruritania.",
        "El jefe del Ejecutivo señaló que se decidió utilizar este mineral estratégico para el desarrollo del país.",
    ]
    article = _article_of(tmp_path, "#Roetown •", *story)
    assert "#Roetown •" in _dropped_texts(article), article.dropped
    korean = [
        "12일 업계에 따르면 안디나에너지솔루션은 루리타니아 로타운과 2024년부터 리튬 정광 공급 계약을 맺었다.",
        "리튬 정광은 전기차 배터리의 핵심 소재인 수산화리튬의 원재료로, 이번에 확보된 양은 상당하다.",
        "리튬 광산 [사진=블룸버그]",
        "수산화리튬은 배터리 용량을 높이는 니켈과 합성하기 쉬워 고용량 전기차 배터리 핵심 소재로 꼽힌다.",
    ]
    other = _article_of(tmp_path / "b", "안디나, 리튬정광 70만t 확보", *korean)
    assert "리튬 광산 [사진=블룸버그]" in _dropped_texts(other), other.dropped


def test_sets_155_158_headlines_with_hyphens_and_under_their_dek(tmp_path):
    """ "Ruritania - Uranium - New Players" is a headline's parts, not a dateline; a page that opens with its dek and
    prints the headline right under it, as one block, has that headline as its title (and not in its text)."""
    story = [
        "On July 26, 2023, the presidential guard of Ruritania staged a coup and suspended uranium exports to Verde.",
        "The government of Ruritania had been promoting exploration actively, and awarded permits to new players.",
        "The process of negotiation and the terms of these exploration agreements were not made public by Ruritania.",
    ]
    first = _article_of(tmp_path, "Military", "Ruritania - Uranium - New Players", *story)
    assert first.title == "Ruritania - Uranium - New Players"
    dek = "Ruritania’s military government reclaimed 51 underused mining licences to strengthen state control."
    headline = "Ruritania Military Government Retakes 51 Mines After Revoking Licences"
    page = f"{dek}\n{headline}\n\n\n\n" + "\n\n".join(story) + "\n"
    (second,), _ = articles_from(tmp_path / "b", {"a.txt": page})
    assert second.title == headline
    assert headline not in [p.text for p in second.passages]


def test_a_heading_at_the_copy_s_cut_end_stays_and_a_notice_there_goes(tmp_path):
    """A stored copy cut after a section's heading ends with that heading, its paragraph lost to the cut: the heading is
    the article's ("Changing times"); a last line that is a link or a notice ("Leave a comment",
    "Read more", "Andina opens a smelter – The Daily") is not."""
    story = [
        "Andina Mining will sell a 14% stake in its nickel unit to Ruritania's state miner, the companies said on Monday.",
        "The sale completes the divestment the government required when it extended the company's licence in 2014.",
        "Under the deal the state miner will hold 34% of the unit, and Andina Mining will keep control of the mine.",
    ]
    kept = _article_of(tmp_path, "Andina to sell nickel stake to state miner", *story, "Changing times")
    assert "Changing times" not in _dropped_texts(kept), kept.dropped
    for k, notice in enumerate(["Leave a comment", "Read more", "Andina opens a smelter – The Daily"]):
        page = _article_of(tmp_path / str(k), "Andina to sell nickel stake to state miner", *story, notice)
        assert notice in _dropped_texts(page), (notice, page.dropped)


_SETS_159_162_STORY = [
    "The federal government says it plans to renew the mineral leases for the proposed Andina copper-nickel mine.",
    "The Bureau of Mines announced Thursday it would grant the 10-year lease extension to Andina Metals in Ruritania.",
    "It is the latest of several reversals this year of the previous administration's moves on the Verde watershed.",
    "The public has until Jan. 22, 2019, to comment on the assessment, the Bureau of Mines said in a statement.",
    "Andina Metals said it looks forward to the timely completion of the lease renewal process for the copper mine.",
    "Opponents of the Andina copper mine in Ruritania say they will challenge the lease renewal in federal court.",
]


def test_sets_159_162_pictures_set_between_paragraphs_and_a_choice_of_languages(tmp_path):
    """A block of lines with no blank line between them, ending in a credit from the outlet's archive ("Jane Doe for
    Verde Radio File"), is a picture (its title and caption); "Recreación del proyecto. / ANDINA ENERGÍAS" a caption with
    its credit in capitals; a line of one phrase printed again and again a picture's; "In Bulgarian In Albanian In
    Serbian" a site's choice of languages; a caption printed again after a player's icon text and before "Credit: …"."""
    s = _SETS_159_162_STORY
    picture = "Canoeing at sunset\nThe sun sets as two paddlers make their way across Lake Verde.\nJane Doe for Verde Radio File"
    page = "\n\n".join(
        [
            "In Bulgarian In Albanian In Macedonian In Serbian",
            "Ruritania renews the Andina mine's leases",
            s[0],
            s[1],
            picture,
            s[2],
            "Andina lease renewed: report Andina lease renewed: report Andina lease renewed: report",
            s[3],
            "Recreación del proyecto. / ANDINA NEW ENERGIES",
            s[4],
            s[5],
        ]
    )
    (article,), _ = articles_from(tmp_path, {"a.txt": page + "\n"})
    dropped = _dropped_texts(article)
    for line in [*picture.split("\n"), "In Bulgarian In Albanian In Macedonian In Serbian"]:
        assert line in dropped, (line, article.dropped)
    assert "Recreación del proyecto. / ANDINA NEW ENERGIES" in dropped, article.dropped
    assert any(t.startswith("Andina lease renewed: report Andina") for t in dropped), article.dropped
    assert not dropped & set(s), article.dropped
    caption = "City of Roetown chief executive Jon Roe."
    other = _article_of(
        tmp_path / "b",
        "Estate key to lithium push",
        caption,
        f"Camera Icon{caption} Credit: Jane Doe / Roetown Miner",
        *s,
    )
    assert caption in _dropped_texts(other) and not _dropped_texts(other) & set(s), other.dropped


def test_sets_159_162_an_author_s_box_a_handle_alone_and_a_video_s_title_in_its_prompt(tmp_path):
    """Under the headline, the author's post right under the byline ("Deputy Director of Policy at the Institute for
    Verde Research") and an author with a handle ("Jon B. Roe @jroe") are the author's box; a user's handle alone
    ("janedoewrites2") a credit; a title quoted again in the prompt under it ("Watch on YouTube: "…"") a video's."""
    s = _SETS_159_162_STORY
    box = [
        "Jane Doe",
        "Deputy Director of Policy at the Institute for Verde Research",
        "Jon B. Roe @jroe",
        "Research Fellow and Editor of the Index of Andina Freedom",
    ]
    video = "Jane Doe leading the play against the Verde mine | Roetown News"
    article = _article_of(
        tmp_path,
        "Ruritania's Nickel Export Ban: Bad for Itself",
        "Commentary By",
        *box,
        "janedoewrites2",
        s[0],
        s[1],
        video,
        f'Watch on YouTube: "{video}"',
        s[2],
        s[3],
    )
    dropped = _dropped_texts(article)
    for line in [*box, "janedoewrites2", video]:
        assert line in dropped, (line, article.dropped)
    assert not dropped & set(s), article.dropped


def test_sets_159_162_titles_without_an_outlet_s_day_counters_or_the_author_under_them(tmp_path):
    """ "Verde Tech Press (Oct 24) -- Ruritania will ban …" is an outlet's dateline, not the derived title's; "522  0
    Kommentare Andina …" a post's counters glued before its headline; a name alone under a headline that filled a
    wrapped page's width is its author, not the headline's last words; a hand-wrapped quotation ending its lines with
    "la" or "en", or a heading with a comma, goes on in lower case on the next line."""
    s = _SETS_159_162_STORY
    first = _article_of(tmp_path, "Verde Tech Press (Oct 24) -- Ruritania will ban exports of rare earth ores.", *s)
    assert first.title.startswith("Ruritania will ban exports"), first.title
    second = _article_of(tmp_path / "b", "     522  0 Kommentare Andina Lithium Buying Spree Shifts to Ruritania", *s)
    assert second.title == "Andina Lithium Buying Spree Shifts to Ruritania", second.title
    wrapped = [
        "Ruritania bans raw rare earth ore exports below the deep processing standard",
        "Jane Doe",
        "The Ministry of Mines issued a consolidated decree on rare earths that sets out how the rules",
        "apply to exports, with new standards for deep processing that firms in Roetown must meet now.",
        "The decree covers rare earth mining, processing and exports, and it takes effect from next month",
        "under the rules that the Ministry of Mines set out for every firm in Ruritania and in Verde too.",
    ]
    (third,), _ = articles_from(tmp_path / "c", {"a.txt": "\n".join(wrapped) + "\n"})
    assert third.title == wrapped[0], third.title
    quote = [
        "Andina,",
        "principal minera de Verde muestra interés en Ruritania",
        "",
        "El ministro de Minas dijo que Andina quiere invertir en Ruritania y en su región de cobre del norte.",
        "“Andina de Verde es la",
        "principal productora de cobre del mundo. Está interesada en explorar en",
        "Ruritania”, dijo el ministro.",
        "",
        "El ministro de Minas dijo además que la empresa Andina ya tiene oficinas en Roetown desde el año pasado.",
    ]
    (fourth,), _ = articles_from(tmp_path / "d", {"a.txt": "\n".join(quote) + "\n"})
    text = " ".join(p.text for p in fourth.passages)
    assert (
        "“Andina de Verde es la principal productora de cobre del mundo. Está interesada en explorar en Ruritania”"
        in (text)
    ), fourth.passages
    assert fourth.title == "Andina, principal minera de Verde muestra interés en Ruritania", fourth.title


def test_sets_163_166_a_box_asking_for_feedback_between_paragraphs_and_an_ai_button_after_them(tmp_path):
    """ "Your feedback is important to us" and "Tell us what you think. Email us at" (a box set between two
    paragraphs) and "Try Our AI Features" (a button under the text) are chrome; a sentence about feedback stays."""
    story = [
        "The government of Ruritania has allowed its state tin miner to resume exports, two officials said on Friday.",
        "Your feedback on the rules matters, the minister told miners, adding that no other firm had a permit yet.",
        "The permit was first suspended in August after the exchange found gaps in the miner's shipping papers.",
    ]
    lines = [
        "Ruritania lets state tin miner resume exports",
        story[0],
        "Your feedback is important to us",
        "Tell us what you think. Email us at",
        *story[1:],
        "Try Our AI Features",
    ]
    article = _article_of(tmp_path, *lines)
    assert [p.text for p in article.passages] == story, article.dropped
    assert {lines[2], lines[3], lines[-1]} <= _dropped_texts(article), article.dropped


def test_sets_163_166_a_post_s_date_and_categories_and_a_copy_s_credit_after_its_headline(tmp_path):
    """ "June 5, 2020 in Asia Mining, Cobalt, Critical, Strategic and Rare Earth Minerals" (the post's date and its
    categories) is a stamp; the headline's "(Mining Weekly – June 5, 2020)" (the copied story's source) is no part of
    the title; a sentence that opens with a date stays."""
    story = [
        "Verde has signed a memorandum of understanding to supply Andina with critical minerals for batteries.",
        "June 5, 2020 in Roetown, the two ministers also agreed to fund joint research, the ministry said.",
        "The agreement covers lithium, cobalt and rare earths, which Andina needs for its new battery plants.",
    ]
    stamp = (
        "June 5, 2020 in Asia Mining, Cobalt, Critical, Strategic and Rare Earth Minerals and Metals, Media Articles"
    )
    article = _article_of(
        tmp_path, "Verde to supply critical minerals to Andina (Mining Weekly – June 5, 2020)", stamp, *story
    )
    assert [p.text for p in article.passages] == story, article.dropped
    assert stamp in _dropped_texts(article), article.dropped
    assert article.title == "Verde to supply critical minerals to Andina"


def test_sets_163_166_a_document_s_next_numbered_section_after_the_body_stays(tmp_path):
    """An announcement in numbered sections: "2.1 Nature of the business" after "2. The Acquisition" goes on from
    the numbering above it, and the paragraphs under it stay; a numbered line that does not follow ("7. Contact us")
    is no section of the document."""
    lines = [
        "VERDE MINING LIMITED - Acquisition of Andina Chrome Limited",
        "1. Introduction",
        "The board of Verde Mining is pleased to advise shareholders that the company has entered into an agreement "
        "with Andina Holdings for the acquisition of the entire issued share capital of Andina Chrome Limited.",
        "The sellers are not related parties to Verde Mining, and the acquisition is subject to the usual conditions.",
        "2. The Acquisition",
        "2.1 Nature of the business of Andina Chrome",
        "Andina Chrome mines and processes high grade chrome ore on a farm in the north of Ruritania, measuring",
        "2,109 hectares, under a mining right granted to the company in 2019 and renewed for thirty years",
    ]
    article = _article_of(tmp_path, *lines)
    texts = [p.text for p in article.passages]
    assert any(t.startswith("2.1 Nature of the business") for t in texts), article.dropped
    assert any("2,109 hectares" in t for t in texts), article.dropped
    article = _article_of(tmp_path, *lines[:5], "7. Contact us", "Phone: +1 555 0100")
    assert "7. Contact us" in _dropped_texts(article), article.dropped


def test_sets_163_166_who_signs_a_notice_under_its_signing_line_stays(tmp_path):
    """A regulator's notice ends "Signed in Roetown, June 21st 2025." over the signatory's name and post: both are
    the notice's; the headline printed again under them is not."""
    story = [
        "The decision has been taken to extend the temporary suspension of cobalt exports for a further three months.",
        "The authority is expected to announce a new decision before the end of this suspension period, it said.",
        "This decision shall enter into force on the date of its signature.",
        "Signed in Roetown, June 21st 2025.",
        "Jon ROE MBALA",
        "Chairman of the Board of Directors",
    ]
    headline = "Extension of the temporary suspension of cobalt exports from Ruritania"
    article = _article_of(tmp_path, headline, *story, headline)
    assert [b.text for b in article.blocks] == story, article.dropped  # (a name and a post are no passages)


def test_sets_163_166_an_announcement_s_issuer_block_goes_and_its_first_numbered_section_stays(tmp_path):
    """A company announcement's header: "Incorporated in the Republic of Verde" and "("Andina" or "the Company")"
    are chrome; "1. Introduction" over the announcement's text is its first section, kept."""
    story = [
        "The board of directors of Andina is pleased to advise shareholders that the Company has entered into a sale "
        "of shares agreement with Verde Investments for the acquisition of a copper mine.",
        "The consideration is payable in cash on the closing date of the acquisition, subject to the conditions.",
    ]
    lines = [
        "ANDINA MINING LIMITED - Acquisition of Verde Copper",
        "ANDINA MINING LIMITED",
        "Incorporated in the Republic of Ruritania",
        '("Andina" or "the Company" or "the Group")',
        "1. Introduction",
        *story,
    ]
    article = _article_of(tmp_path / "a", *lines)
    assert [p.text for p in article.passages][-2:] == story, article.dropped
    assert {lines[2], lines[3]} <= _dropped_texts(article), article.dropped
    assert "1. Introduction" not in _dropped_texts(article), article.dropped


def test_a_reporter_s_name_over_the_story_s_date_is_its_byline_and_the_headline_above_stays_the_title(tmp_path):
    """ "Headline / Jane Doe / Thursday, December 12, 2013 / the lead": the name over the date is the author's, so
    the short headline above them sits right over the story and is its title (not the lead's opening)."""
    lines = [
        "Verde Daily Logo",
        "/ Front page / News",
        "Ruritania looks at seabed mining",
        "Amara Quell",
        "Thursday, December 12, 2013",
        "EIGHTEEN special prospecting licences for deep-sea minerals in Ruritania's exclusive economic zone were given "
        "to Verde Minerals of Borduria, Andina Minerals and the Institute of Science and Technology.",
        "This, according to the director of the Mineral Resources Department.",
        "The director stated that Ruritania was still in the exploration phase.",
        "He said deep-sea mining could create jobs but also harm the environment of the islands.",
        "So far, Ruritania looks good for deep-sea mining, he said.",
    ]
    article = _article_of(tmp_path, *lines)
    assert article.title == "Ruritania looks at seabed mining", article.dropped
    assert "Amara Quell" in _dropped_texts(article)


_SET_171_STORY = [
    "Ruritanian authorities have told Verde Minerals, a listed mining firm, that they do not intend to issue a licence "
    "for its rare-earths mining project because the operation would break the law on uranium mining.",
    "The legislature reinstated the uranium ban in November as part of an effort to stop the project going forward.",
    "Verde Minerals was granted preliminary approval in 2020 to begin operations, pending independent reviews.",
]


def test_set_171_a_site_s_name_glued_into_one_word_and_a_picture_s_label_leave_the_title(tmp_path):
    """ "… mining permit | Verdejournal" (the site's name, one word ending like one) and "NextImg:…" (a picture's
    label glued by a colon) are not the headline's words."""
    headline = "Ruritania plans to reject rare-earth mining permit"
    article = _article_of(tmp_path / "a", f"{headline} | Verdejournal", *_SET_171_STORY)
    assert article.title == headline
    article = _article_of(tmp_path / "b", "Verde Daily", "1 Mar 2023", f"NextImg:{headline}", *_SET_171_STORY)
    assert article.title == headline


def test_set_171_a_headline_with_a_colon_and_a_possessive_is_no_menu_and_glued_labels_are(tmp_path):
    """ "Trade Flash: Graphite Export Controls - Ruritania's Countermeasures Affecting Electric Vehicles", every word
    capitalised, is a headline (a colon before a possessive); "AFRICAEnvironmental SolutionsFeaturedSafety and
    security" is a menu's labels run together."""
    headline = (
        "Trade Compliance Flash: Rare Earth Export Controls - Ruritania's Trade Countermeasures Affecting Magnets"
    )
    article = _article_of(tmp_path / "a", "Skip to main content", headline, *_SET_171_STORY)
    assert article.title == headline, article.dropped
    menu = "AFRICAEnvironmental SolutionsFeaturedSafety and security"
    article = _article_of(tmp_path / "b", "Ruritania rejects rare-earth mining permit", menu, *_SET_171_STORY)
    assert menu in _dropped_texts(article)


def test_set_171_a_section_numbered_in_roman_numerals_over_the_first_paragraph_stays(tmp_path):
    """ "I. Introduction" under the headline and over the text is the document's first section, as "1. Introduction"
    is."""
    article = _article_of(
        tmp_path,
        "World Economy Brief",
        "Ruritania's Uranium Ban: Verde Minerals Loses Its Rare-Earths Mining Licence",
        "  • Author Jane DOE",
        "  • Date2026-02-10",
        "I. Introduction",
        *_SET_171_STORY,
    )
    assert "I. Introduction" not in _dropped_texts(article), article.dropped


def test_set_172_other_stories_in_quotes_over_cut_openings_right_above_the_text_go(tmp_path):
    """ "Related stories", then quoted headlines each over its story's opening cut off with "...", right above the
    article's first paragraph: all of them are other stories, the first pair too (its headline above the text)."""
    teasers = [
        "“Report Calls for Improved Reading Support in Borduria”",
        "A newly released report from the Borduria Human Rights...",
        "“Verde Considers Jet Assembly in Ruritania”",
        "Verde, a defense company, is exploring the possibility...",
        "“Roetown’s Broadway Bridge Set to Reopen Saturday Night”",
        "This weekend, around 20,000 drivers in Roetown can look...",
    ]
    story = [
        "The Ruritania government has partnered with the Andina First Nation to speed up development in the "
        "mineral-rich Ring of Fire region, which holds deposits of nickel, copper and chromite.",
        "The premier announced at a news conference that unlocking these minerals could add $22 billion to the "
        "provincial economy over the next decade.",
        "The projects include an all-season supply road that would connect the First Nation to the Ring of Fire area.",
    ]
    headline = "Ruritania Government Partners with First Nations to Develop Ring of Fire Minerals"
    article = _article_of(tmp_path, headline, "Date:", "Related stories", *teasers, *story)
    assert set(teasers) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story


def test_set_172_a_sponsor_s_disclosure_and_section_words_and_a_big_picture(tmp_path):
    """ "About Sponsored Content This content was commissioned by …" is the site's notice, and the promotion after it
    goes with it; "Key Points" between the lead and its points is the article's heading, no reporter's name; "The
    bigger picture: …" is no picture's caption."""
    lead = "President Jon Roe announced preliminary findings indicating Ruritania may hold rare earth deposits."
    points = [
        "  • Preliminary studies reported more than 150 million tons of gross rare earth deposits in Ruritania.",
        "  • The government plans to complete deposit assessments this year and to certify reserves next year.",
    ]
    headline = "Ruritania Reports 150 Million Tons of Rare Earths"
    top = ["Commodities February 27, 2026", headline, "By Jane Roe", headline]
    article = _article_of(tmp_path / "a", *top, lead, "Key Points", *points)
    assert "Key Points" not in _dropped_texts(article), article.dropped
    notice = "About Sponsored Content This content was commissioned by Verde's Global Business Bureau."
    promo = "Verde Review, now known as Verde Asia, will be the voice of the Asian Century."
    bigger = "The bigger picture: Ruritania stakes its claim in green metals."
    body = [
        "Verde Holding is setting up Roetown as a copper trading hub, with plans to handle 500,000 tons of copper.",
        bigger,
        "The entry into copper and lithium highlights a regional shift, with Ruritania positioning itself as a hub.",
    ]
    tail = ["Sponsored Content", notice, promo, "Celebrate our next chapter", "Find out more"]
    article = _article_of(tmp_path / "b", "Verde Holding bets on a Roetown copper hub", *body, *tail)
    assert {notice, promo} <= _dropped_texts(article), article.dropped
    assert bigger not in _dropped_texts(article), article.dropped


def test_set_172_a_digest_s_question_heading_is_no_derived_title(tmp_path):
    """A digest with no headline opens "What’s going on here?" over its first paragraph: the title is that
    paragraph's first sentence, not the question."""
    article = _article_of(
        tmp_path,
        "What’s going on here?",
        "Verde Holding is setting up Roetown as a copper trading hub, with plans to handle 500,000 tons of copper.",
        "What does this mean?",
        "Verde Holding is teaming up with its parent company to enter the critical minerals market in Ruritania.",
    )
    assert article.title.startswith("Verde Holding is setting up Roetown as a copper trading hub"), article.title


def test_set_172_a_standfirst_printed_twice_that_tells_news_keeps_one_copy(tmp_path):
    """Under the byline, "The government has announced up to $840 million for a rare earths project." printed twice in
    a row is the standfirst and its copy (news told in the perfect), not a picture's caption and alternative text:
    one copy stays."""
    dek = "The Ruritania government has announced up to $840 million for a rare earths project in the north."
    story = [
        "Ruritania has made a groundbreaking investment in rare earths after the government earmarked almost a "
        "billion dollars for the nation’s first combined mine and refinery.",
        "In a visit on Wednesday, the trade minister and the resources minister announced up to $840 million for the "
        "Andina project, which is operated by Verde Rare Earths.",
        "“This will be the biggest rare earths mine in this country,” the resources minister told reporters.",
    ]
    article = _article_of(
        tmp_path, "Ruritania stumps up almost $1b for rare earths project", "Jane Doe and Jon Roe |", dek, dek, *story
    )
    assert [p.text for p in article.passages].count(dek) == 1, article.dropped


def test_set_172_authors_names_run_into_their_posts_are_bylines(tmp_path):
    """A law firm's author box with its line breaks lost: "Jane DoePartner, Head of Office – Roetown" and "Jon
    RoeAssociate,Corporate Commercial" are bylines; "Ronald McDonald, …" would be a name, not a name and a post."""
    authors = ["Jane DoePartner, Head of Office – Roetown", "Jon RoePartner,Head of Corporate Commercial - Verde"]
    story = [
        "In line with attempts to diversify their economies, states in the region are turning their eyes towards "
        "mining, and a number of new projects have been introduced.",
        "As part of Ruritania’s 2040 Vision, it has targeted mining as one of the key areas to develop, and it "
        "dissolved the Public Authority for Mining in 2020.",
    ]
    article = _article_of(tmp_path, "Mining in Ruritania, Borduria and Andina", *authors, *story)
    assert set(authors) <= _dropped_texts(article), article.dropped
    assert [p.text for p in article.passages] == story


def test_a_dateline_of_a_town_in_capitals_and_its_country_before_a_colon(tmp_path):
    """ "ROETOWN, Ruritania: Verde is close to …" opens with a dateline: the title derived from the first sentence starts
    after it, and the place is the dateline's; "Note: …" is no dateline."""
    article = _article_of(
        tmp_path / "a",
        "ROETOWN, Ruritania: Borduria is close to reaching an agreement with Verde Nuclear on a uranium mine, its "
        "prime minister said on Wednesday.",
        "The two sides have been in talks for years over the mine's costs and the share of its output.",
    )
    assert article.title.startswith("Borduria is close to reaching an agreement"), article.title
    assert article.facts.place == "ROETOWN, Ruritania", article.facts
    article = _article_of(
        tmp_path / "b", "Note: the figures are preliminary and may change.", "More text follows here."
    )
    assert article.facts.place is None, article.facts


def test_a_radio_script_s_clip_markers_go(tmp_path):
    """A broadcaster's web copy keeps its script's clip markers ("//Cue in: “And we have…", "Cue out: …to leave.”//"):
    page furniture, not the story's words."""
    markers = ["//Cue in: “And we have…", "Cue out: …preparing to leave.”//"]
    story = [
        "The government has officially handed over the assets of Verde Mines Limited to the new developers, the "
        "minister said on Tuesday.",
        "The handover follows the signing of the first mineral production sharing agreement with Andina Group.",
        *markers,
        "The two companies will collaborate with the Ruritania National Mining Company on the mine's restart.",
    ]
    article = _article_of(tmp_path, "Government hands over Verde Mines to new developers", *story)
    assert set(markers) <= _dropped_texts(article), article.dropped


def test_an_advertiser_s_risk_warning_between_paragraphs_goes(tmp_path):
    """A trading advertisement set into a wire story ends "Your capital is at risk": the warning is the advert's."""
    story = [
        "LIMA (Wire) – Indigenous communities protesting the Verde copper mine agreed on Friday to meet with "
        "government and company officials, according to a letter.",
        "Owned and operated by Andina Ltd, the Verde mine accounts for 2% of world copper output.",
        "Advertisement",
        "Your capital is at risk",
        "In a document seen by the wire, the two protesting communities said they would attend the meeting.",
    ]
    article = _article_of(tmp_path, "Protesters agree to attend talks over Andina's shut copper mine", *story)
    assert "Your capital is at risk" in _dropped_texts(article), article.dropped


def test_set_173_a_picture_described_in_a_sentence_atop_the_page_is_no_title(tmp_path):
    """ "A group of people in a meeting room with a flag and a chainsaw on the table." on the page's first line, sharing
    no word with the article, is the lead picture's alternative text: it goes, and the title comes from the story."""
    alt = "A group of people in a meeting room with a flag and a chainsaw on the table."
    lines = [
        alt,
        "RURITANIA",
        "Jon Roe approved the first mining project under the investment regime for over USD 2.5 billion.",
        "In a firm step toward the transformation of the national economy, the government approved the Verde lithium "
        "project under the incentive regime for large investments.",
        "The announcement was made this Tuesday afternoon at a mining event by the Secretary of Mining.",
    ]
    article = _article_of(tmp_path, *lines)
    assert alt in _dropped_texts(article), article.dropped
    assert article.title.startswith("Jon Roe approved the first mining project"), article.title


def test_set_174_a_standfirst_printed_twice_over_a_picture_credit_stays(tmp_path):
    """An aggregator prints the preview card twice: section labels, the standfirst (a sentence), "Credit: Agency".
    A sentence over a credit is the article's standfirst, not a picture's alternative text: one copy stays."""
    dek = "The pause on export restrictions was neither the victory Verde proclaimed nor the act of a confident Ruritania."
    lines = [
        "Flashpoints | Economy | East Asia",
        dek,
        "Credit: Depositphotos",
        "When the Verde president emerged from his summit with the Ruritanian president, he declared it a success.",
        "Flashpoints | Economy | East Asia",
        dek,
        "Credit: Depositphotos",
        "When the Verde president emerged from his summit with the Ruritanian president, he declared it a success. "
        "In exchange for tariff relief, Ruritania paused its export restrictions on rare earths for a year.",
        "This interpretation is wrong. It mistakes a tactical pause on export restrictions for a strategic retreat.",
        "Ruritania's confidence rests on its hold over rare earth refining, which took decades to build.",
    ]
    article = _article_of(tmp_path, *lines)
    text = " ".join(s.text for p in article.passages for s in p.sentences)
    assert "The pause on export restrictions was neither" in text, article.dropped
    assert "Credit: Depositphotos" in _dropped_texts(article)


def test_set_174_a_chart_s_caption_citing_its_source_s_address_goes(tmp_path):
    """ "Global demand for nickel …, by sector. Source: “Total nickel demand…,” Agency, 2021, https://…": a chart's
    caption and its source between two paragraphs, not the article's words."""
    caption = (
        "Global demand for nickel under the current scenario for 2020 to 2040, by sector. Source: “Total nickel demand "
        "by sector and scenario, 2020-2040,” International Energy Agency, 2021, https://www.example.org/charts/nickel."
    )
    lines = [
        "Ruritania is on track to become the largest producer of refined nickel, a mineral critical for batteries.",
        "Ruritania, home to the largest nickel reserves, will shape the future of nickel supply for batteries and steel.",
        caption,
        "Between 2020 and 2023, Ruritania's share of the refined nickel market grew from 23% to 27%.",
        "However, much of this nickel refining capacity is foreign-owned, the analysis of company records shows.",
    ]
    article = _article_of(tmp_path, "Refining nickel in Ruritania", *lines)
    assert caption in _dropped_texts(article), article.dropped


def test_set_174_readers_comments_after_a_wire_s_closing_credit_go(tmp_path):
    """ "This report by The Wire was first published on March 2, 2020." ends the story: the wire's name under it and
    the readers' numbered comments after it are not the article, however much they say of the subject."""
    comments = [
        "1. It seems hypocritical that the people worried about the nickel mine use phones made with nickel.",
        "2. So I have on video the Verde Mines chief agreeing that the road to the nickel deposit serves only him.",
        "3. So, there was an agreement on the road brokered by the previous government, but the premier ripped it up.",
    ]
    lines = [
        "TORONTO — Ruritania has signed agreements with two communities in a step towards building a road to the "
        "nickel deposits.",
        "The premier announced the new agreements with the two communities at a mining conference on Monday.",
        "The previous government had signed agreements with three of the nine communities near the nickel deposits.",
        "The region holds some of the richest deposits of nickel, copper and platinum, valued at up to $60 billion.",
        "This report by The Wire was first published on March 2, 2020.",
        "The Wire",
        *comments,
    ]
    article = _article_of(tmp_path, "Ruritania signs nickel road agreements with two communities", *lines)
    assert {"The Wire", *comments} <= _dropped_texts(article), article.dropped


def test_set_174_a_release_s_issuing_ministers_under_the_headline_go(tmp_path):
    """A government release prints its ministers under the headline: "Premier and Minister for Trade" over "The
    Honourable Jane Doe". Both lines are the release's byline; the minister named in the text stays there."""
    block = [
        "Premier and Minister for Trade and Investment",
        "The Honourable Jane Doe",
        "Minister for Resources",
        "The Honourable Jon Roe",
    ]
    lines = [
        "Site secured for Ruritania's first critical minerals plant",
        "Published Wednesday, 25 January, 2023 at 12:36 PM",
        *block,
        "A critical minerals demonstration facility will be built on a site secured in the northern port city.",
        "Premier Jane Doe said the $75 million facility would process vanadium and other critical minerals.",
        "Minister for Resources Jon Roe said the facility would prove up the commerciality of critical minerals.",
    ]
    article = _article_of(tmp_path, *lines)
    assert set(block) <= _dropped_texts(article), article.dropped
    assert article.title == "Site secured for Ruritania's first critical minerals plant"


def test_set_175_a_portrait_caption_credited_to_the_paper_s_file_is_no_title(tmp_path):
    """ "Minister of Trade Jane Doe / Korea Daily file |" over the byline: a portrait's caption, its credit the paper's
    archive ("file"), not the headline: the title comes from the story."""
    caption = "Minister of Trade, Industry and Energy Jane Doe / Korea Daily file |"
    lines = [
        "![]() |",
        caption,
        "By Jon Roe",
        "Ruritania will reduce its dependence on Borduria for imports of key minerals to 50 percent by 2030, the "
        "industry ministry said Monday.",
        "The country relies on imports to meet over 95 percent of its key mineral needs, including lithium and nickel.",
        "Minister of Trade, Industry and Energy Jane Doe said the drive is vital to the growth of the industry.",
    ]
    article = _article_of(tmp_path, *lines)
    assert caption in _dropped_texts(article), article.dropped
    assert article.title.startswith("Ruritania will reduce its dependence"), article.title


def test_set_175_a_repost_s_note_on_its_original_goes(tmp_path):
    """ "Excerpt from the Original article published on Wire.com": a repost's note on where the story first ran."""
    note = "Excerpt from the Original article published on Wire.com"
    lines = [
        "Ruritania revokes Andina lithium mine permits following protests",
        "Ruritania's government has revoked the licences of Andina Group to explore lithium in the west of the country.",
        note,
        "The decision follows weeks of protests over the planned lithium mine and its effect on the environment.",
        "The prime minister said the government had fulfilled all the demands of the environmental protesters.",
    ]
    article = _article_of(tmp_path, *lines)
    assert note in _dropped_texts(article), article.dropped


def test_set_176_a_list_item_ending_with_a_semicolon_is_no_headline(tmp_path):
    """A law firm's note lists an agreement's work streams, each sub-item ending with ";": none of them is the
    headline (a headline never ends with a semicolon), whatever its words share with the text below it; the question
    over the lead is the title, and the lead and the list stay (a real page, its state renamed)."""
    lines = [
        "Skip to content",
        "",
        "Ruritania Signals Dedication to Lithium Mining with EU MoU?",
        "",
        "On 19 July 2024, the European Union (EU) and the Republic of Ruritania (“Ruritania”) signed a Memorandum of Understanding (“MoU”) creating a strategic partnership on sustainable raw materials, battery value chains and electric vehicles.1 The MoU is grounded in the common need to tackle climate change, pursue the energy transition and secure a stable and diverse supply of sustainable energy, materials and technologies while minimising the environmental impact. The MoU recognises the importance of critical minerals for promoting the green transition and enabling the decarbonisation of energy production.",
        "",
        "The five key work streams of the partnership are:",
        "",
        "  1. Developing value chains for raw materials, batteries and electric vehicles, including:",
        "    1. facilitating close cooperation between EU and Ruritanian industry stakeholders through networking, joint project development and promotion and facilitation of trade and investment links;",
        "    2. modernising extraction and refining processes;",
        "    3. advancing best practices for resource classification using international standards; and",
        "    4. developing a mutually beneficial pipeline of projects, focusing on the electric vehicle industrial ecosystem.",
        "  2. Cooperating on research and innovation in raw materials, batteries and electric vehicles, including strengthening the participation of Ruritanian research and innovation (“R&I”) organisation in the EU R&I programmes, knowledge sharing and facilitating industrial uptake of green and digital innovations developed as part of the partnership.",
    ]
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n".join(lines) + "\n"})
    assert article.title == "Ruritania Signals Dedication to Lithium Mining with EU MoU?", article.title
    kept = " ".join(s.text for p in article.passages for s in p.sentences)
    assert "facilitating close cooperation" in kept and "signed a Memorandum of Understanding" in kept, article.dropped


def test_set_176_a_press_office_s_address_an_advert_and_who_posted_a_release_go(tmp_path):
    """ "Verde Council Press Office (media@verde.gov)" under the headline, "Communications Department of the
    Ministry, posted 27 August 2025 15:21", and an advertisement set between paragraphs ("Build the future you
    deserve. Get started with our top-tier online courses: … Enroll today.") are no part of the article."""
    contact = "Verde Council Press Office (media@verde.gov)"
    posted = "Communications Department of the Secretariat of the Ministry, posted 27 August 2025 15:21"
    advert = (
        "Build the future you deserve. Get started with our top-tier Online courses: ACCA, HESI A2, ATI TEAS 7, HESI "
        "EXIT, NCLEX-RN, NCLEX-PN, and Financial Literacy. Let Verde Ed guide your path to success. Enroll today."
    )
    lines = [
        "Verde Council adds two critical mineral mining projects to its transparency list",
        "Contact Information",
        contact,
        posted,
        "WASHINGTON (November 19, 2025) – The Verde Council is pleased to announce the latest critical mineral "
        "mining projects to receive transparency status under the permitting programme.",
        "The two projects are a nickel mine in Alaska and a lithium mine in Nevada, the council said.",
        advert,
        "The council said the status would speed up federal reviews of the two critical mineral projects.",
        "The programme now covers 40 critical mineral mining projects across the country, the council said.",
    ]
    article = _article_of(tmp_path, *lines)
    assert {contact, posted, advert} <= _dropped_texts(article), article.dropped


def test_set_177_a_blog_s_dates_two_reporters_and_their_cities_and_an_agency_s_photo_credit_go(tmp_path):
    """A blog's copy of a paper's feature: the date twice in Spanish, once with its weekday garbled ("miƩrcoles, 17
    de abril de 2024", "miƩrcoles, abril 17, 2024"), the reporters and where they file ("Jane Doe in London and Jon
    Roe in Dubai"); further down a caption credited "(Ana Ortiz/AAP PHOTOS) (AAP)". None of them is the article's, and
    no date is its title."""
    dated = ["miƩrcoles, 17 de abril de 2024", "miƩrcoles, abril 17, 2024"]
    byline = "Jane Doe in London and Jon Roe in Dubai"
    caption = "A bid to buy a shuttered lithium mine has failed. (Ana Ortiz/AAP PHOTOS) (AAP)"
    lines = [
        *dated,
        "How Gulf states are putting their money into mining",
        "Hungry to diversify their economies beyond fossil fuels, Middle Eastern powers are investing in mining",
        byline,
        "In the summer of 2023, bankers working for Ruritania's government were close to a deal for its copper mine.",
        "The mine, a troubled asset formerly owned by a commodities trader, had drawn bids from several miners.",
        caption,
        "The list had been narrowed down to two bidders before a Gulf fund made its offer for the copper mine.",
    ]
    article = _article_of(tmp_path, *lines)
    assert {*dated, byline, caption} <= _dropped_texts(article), article.dropped
    assert "2024" not in article.title, article.title
