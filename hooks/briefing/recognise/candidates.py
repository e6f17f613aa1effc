"""Curation candidates: names the recogniser saw but could not place, for editors to review.

Reported in the build log and on a contributors' page, so curation in `site_data/` is guided by
what the articles actually contain rather than by guesswork.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest import Article
from .evidence import Evidence
from .mentions import passage_sentences
from .org_spans import find_orgs

NAME_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*(?:\s+(?:of|for|and|the|de)?\s*[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*){1,4}"
)
SKIP_FIRST = re.compile(
    r"^(?:The|This|That|These|Those|In|On|At|As|But|And|However|While|Despite|Following|"
    r"Under|After|Before|For|With|From|A|An|If|When|Why|How|What|Its|Their|His|Her)\s+"
)


@dataclass(frozen=True)
class Candidate(Evidence):
    name: str
    reason: str


def find_candidates(
    article: Article, covered: list[tuple[str, int, int]], people_without_role: list, single_names: list
) -> list[Candidate]:
    """Capitalised names not covered by any mention, plus people found without a role."""
    out: list[Candidate] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for anchor, start, end in covered:
        spans.setdefault(anchor, []).append((start, end))
    for passage in article.passages:
        if passage.is_header or passage.cells:
            continue  # table cells are title-cased labels, not names
        orgs = find_orgs(passage.text)  # once: both the names it covers and the candidates it is
        taken = spans.get(passage.anchor, []) + [(o.start, o.end) for o in orgs]
        for s0, _s1, sentence in passage_sentences(passage):
            for m in NAME_RUN.finditer(sentence):
                name = SKIP_FIRST.sub("", m.group(0))
                start = s0 + m.start() + (len(m.group(0)) - len(name))
                if len(name.split()) < 2 or any(a < start + len(name) and start < b for a, b in taken):
                    continue
                out.append(Candidate(article.id, passage.anchor, name, "unclassified name"))
        for org in orgs:
            if not any(a < org.end and org.start < b for a, b in spans.get(passage.anchor, [])):
                reason = "organisation's head noun but no page (an outlet, a legislature, an event?): "
                out.append(
                    Candidate(article.id, passage.anchor, org.name, reason + "add to organisations.yml if it is one")
                )
    for sightings, reason in (
        (people_without_role, "person without a stated role: add to experts.yml or officials.yml"),
        (single_names, "person known by one name only: add the full name with this alias"),
    ):
        out += [Candidate(article.id, s.anchor, s.name, reason) for s in sightings if s.article == article.id]
    return list(dict.fromkeys(out))
