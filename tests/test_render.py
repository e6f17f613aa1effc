"""Rendering on generated inputs: pages stay bounded as sources pile up."""

from __future__ import annotations

from briefing.emit.pages import SOURCES_PER_PAGE, render_pages
from helpers import briefing_from


def test_many_sources_are_split_over_bounded_pages(tmp_path):
    texts = {f"a{i:03}.txt": f"Peru raised copper output by {i}% this year, officials said.\n" for i in range(45)}
    pages = render_pages(briefing_from(tmp_path, texts))
    assert {"countries/peru.md", "countries/peru/2.md", "countries/peru/3.md"} <= set(pages)
    first, last = pages["countries/peru.md"], pages["countries/peru/3.md"]
    assert first.count("> Peru raised") == SOURCES_PER_PAGE
    assert last.count("> Peru raised") == 45 - 2 * SOURCES_PER_PAGE
    assert last.startswith("---\nsearch:\n  exclude: true\n---\n")
    assert "[1](../peru.md)" in last and "[2](2.md)" in last
    assert "## Figures the sources give" in first and "## Figures" not in last


def test_figures_pages_stay_bounded(tmp_path):
    from briefing.emit.overview import ROWS_PER_PAGE, SUMMARY_ROWS

    texts = {f"a{i:03}.txt": f"Chile produces {i}% of global copper, analysts said.\n" for i in range(130)}
    pages = render_pages(briefing_from(tmp_path, texts))
    summary = pages["figures.md"]
    assert summary.count("| **") == SUMMARY_ROWS and "[all of them](figures/chile-copper.md)" in summary
    paged = [p for p in pages if p.startswith("figures/chile-copper")]
    assert sorted(paged) == ["figures/chile-copper.md", "figures/chile-copper/2.md", "figures/chile-copper/3.md"]
    assert pages["figures/chile-copper.md"].count("| **") == ROWS_PER_PAGE
    assert pages["figures/chile-copper/3.md"].count("| **") == 130 - 2 * ROWS_PER_PAGE
    assert "](../../sources/a129.md#p1)" in pages["figures/chile-copper/3.md"]


def test_one_long_source_adds_at_most_its_share_of_rows_to_the_figures_lists(tmp_path):
    """A report that states a share and a price in every paragraph lists MAX_PER_SOURCE of each
    (the first ones, in its order) and says how many more it has, with a link to its text; the
    other sources' rows all stay."""
    from briefing.emit.parts import MAX_PER_SOURCE

    report = "".join(
        f"Chile produces {i}% of global copper, the report says. Its mine cost ${i} million.\n\n" for i in range(1, 101)
    )
    texts = {"report.txt": report} | {f"a{i:03}.txt": f"Chile produces {i}.5% of global copper.\n" for i in range(5)}
    pages = render_pages(briefing_from(tmp_path, texts))
    shares = "".join(v for k, v in pages.items() if k.startswith("figures/chile-copper"))
    money = "".join(v for k, v in pages.items() if k.startswith("figures/money"))
    for listed in (shares, money):
        assert listed.count("sources/report.md#p") == MAX_PER_SOURCE  # each of its rows cites its paragraph
        assert f"](../sources/report.md) ({100 - MAX_PER_SOURCE} more)" in listed.replace("../../", "../")
    assert "sources/report.md#p1)" in shares and f"sources/report.md#p{MAX_PER_SOURCE})" in shares
    assert f"sources/report.md#p{MAX_PER_SOURCE + 1})" not in shares
    assert all(f"sources/a{i:03}.md#p1)" in shares for i in range(5))
    assert "At most 30 figures of one source are listed" in shares


def test_many_share_groups_are_paged_and_every_figure_is_reachable(tmp_path):
    from briefing.emit.overview import GROUPS_ON_SUMMARY

    countries = ["Chile", "Peru", "Brazil", "Canada", "Mexico", "Ghana", "Kenya", "Zambia", "Namibia", "Gabon"]
    minerals = ["copper", "cobalt", "nickel"]
    texts = {f"{c}-{m}.txt": f"{c} produces 20% of global {m}, analysts said.\n" for c in countries for m in minerals}
    pages = render_pages(briefing_from(tmp_path, texts))
    assert pages["figures.md"].count("\n### ") == GROUPS_ON_SUMMARY
    assert "[more shares](figures/shares.md)" in pages["figures.md"]
    rest = "".join(v for k, v in pages.items() if k.startswith("figures/shares"))
    assert rest.count("\n## ") == len(countries) * len(minerals) - GROUPS_ON_SUMMARY


def test_curated_deal_facts_are_marked_as_curated(tmp_path):
    from briefing.kinds.deal import DEAL, DealEntry
    from helpers import reference_site

    site = reference_site()
    site.entries[DEAL] = [(DealEntry(name="Andes copper pact", parties=["Chile", "Peru"], date="2025-06"), 3)]
    pages = render_pages(briefing_from(tmp_path, {"a.txt": "Chile and Peru signed a copper agreement.\n"}, site))
    page = pages["deals/andes-copper-pact.md"]
    assert "| Date (curated) | 2025-06 *(set by the editors)* |" in page  # no file path on a reader page
    assert "| Date as reported | not stated |" in page


def test_one_long_source_adds_a_bounded_part_to_a_topic_page(tmp_path):
    """A report that names a country in 200 paragraphs: its topic page quotes at most
    MAX_PER_SOURCE of them source by source and MAX_PER_GROUP per evidence group, says how many
    more there are, and links to the source page, which keeps every paragraph."""
    from briefing.emit.evidence import MAX_PER_GROUP, MAX_PER_SOURCE

    report = "\n\n".join(f"Peru reported step {i} of its mining review, officials said." for i in range(200))
    pages = render_pages(briefing_from(tmp_path, {"report.txt": "Mining review\n\n" + report + "\n"}))
    page = pages["countries/peru.md"]
    per_source = page[page.index("## Source by source") :]
    assert per_source.count("> Peru reported step") == MAX_PER_SOURCE
    assert f"{200 - MAX_PER_SOURCE} more passages of this source name it" in per_source
    assert "[read the source](../sources/report.md)" in per_source
    grouped = page[page.index("## Evidence, by what it says") : page.index("## Source by source")]
    assert grouped.count("“Peru reported step") <= MAX_PER_GROUP + 1
    assert "more are listed source by source below" in grouped
    assert sum(f") reported step {i} of its" in pages["sources/report.md"] for i in range(200)) == 200
