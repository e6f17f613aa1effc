"""Curation both ways: an entry in site_data/ that cites its own paragraphs creates a page the
recogniser missed. The citations are checked against the articles, so a page never quotes a
paragraph that does not exist."""

from __future__ import annotations

from ..errors import Problem


def cited_passages(
    name, sources, articles, file: str, line: int, problems: list[Problem]
) -> list[tuple[str, str, str]]:
    """(article id, anchor, text) for each cited paragraph; a citation that is no paragraph is a problem."""
    by_id = {a.slug: a for a in articles} | {a.id: a for a in articles}  # the file's id or the page's address
    found = []
    for source in sources:
        article = by_id.get(source.article)
        passage = next((p for p in article.passages if p.anchor == source.paragraph), None) if article else None
        if passage is None:
            problems.append(
                Problem(
                    file,
                    line,
                    f"'{name}': source {source.article}#{source.paragraph} is not a paragraph of an article.",
                    "Use the article's id (its file name without .txt, or its page's address) and a paragraph "
                    "anchor such as p3, as in the paragraph links on its source page.",
                )
            )
            continue
        found.append((article.id, passage.anchor, passage.text))
    return found
