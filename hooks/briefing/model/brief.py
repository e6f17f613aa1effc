"""What a topic page says first: its evidence sorted by what each sentence says, and the few
sentences that carry the most for the entity (the state of play).

Nothing here is written: every item is a sentence of a source, verbatim, with its paragraph.
The groups and scores come from what recognition already found in the sentence (a figure, a
deal, a measure, a named person speaking) and from general signals (where the entity stands in
the sentence, the sentence's length, the lede), never from a particular article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..kinds import DEAL, POLICY

# The evidence groups, in the order a topic page shows them: (name, heading).
GROUPS = (
    ("deals", "Deals"),
    ("actions", "Actions and policies"),
    ("figures", "Figures"),
    ("statements", "Statements"),
    ("other", "Other mentions"),
)

# A state acting, in general words: what a measure or a decision is written with.
_ACTION = re.compile(
    r"\b(?:ban(?:s|ned)?|restrict\w*|impos\w+|export controls?|quotas?|tariffs?|sanction\w*|licen[cs]\w*|"
    r"stockpil\w*|subsidi[sz]\w*|launch\w*|approv\w*|halt\w*|suspend\w*|lift(?:s|ed)?|nationali[sz]\w*|"
    r"invest(?:s|ed|ing|ment)?|fund(?:s|ed|ing)?|expand\w*|retaliat\w*)\b",
    re.IGNORECASE,
)
# Someone speaking: a verb of saying or a quotation mark.
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|stated|warned|noted|added|argued|explained|according to|wrote)\b|[“”\"]",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")

MAX_BRIEF = 6
MIN_BRIEF = 3


@dataclass(frozen=True)
class Item:
    """One sentence of evidence about an entity, where it is said, and what it says."""

    article: str
    anchor: str
    sentence: str
    group: str
    score: int
    lede: bool = False  # in the article's first paragraph
    row: bool = False  # a table row's cells, not a sentence


@dataclass
class SentenceRoles:
    """For each sentence of the corpus (article, anchor, sentence), what recognition found in it."""

    deals: set
    policies: set
    figures: set
    people: set  # sentences that name a person the site has a page for
    status: set  # deal or policy sentences that state a status


def sentence_roles(briefing) -> SentenceRoles:
    roles = SentenceRoles(set(), set(), set(), set(), set())
    for entity in briefing.entities.values():
        if entity.kind is DEAL or entity.kind is POLICY:
            target = roles.deals if entity.kind is DEAL else roles.policies
            for s in entity.sightings:
                target.add((s.article, s.anchor, s.sentence))
                if s.status:
                    roles.status.add((s.article, s.anchor, s.sentence))
        elif entity.kind.person:
            for q in [*entity.mentions, *entity.sightings]:
                roles.people.add((q.article, q.anchor, q.sentence))
    for f in briefing.figures:
        if f.unit in ("percent", "money"):
            roles.figures.add((f.article, f.anchor, f.sentence))
    return roles


def evidence(briefing, entity) -> list[Item]:
    """Every sentence that names the entity, once, in reading order, each with its group and score.

    A table row that names it is one item too, its cells under their headers ("Use: magnets;
    Share (%): 70%"), verbatim; a header row is not a claim.
    """
    roles = briefing.lookup.roles
    first = briefing.lookup.ledes
    seen: dict[tuple[str, str, str], Item] = {}
    for q in [*entity.sightings, *entity.mentions]:
        where = (q.article, q.anchor, q.sentence)
        if where in seen or not q.sentence:
            continue
        if q.anchor in briefing.lookup.table_anchors.get(q.article, ()):
            if row := _table_row(briefing.lookup.tables.get((q.article, q.anchor)), q.sentence):
                score = _score(q, where, "other", roles, first) - 2
                seen[where] = Item(q.article, q.anchor, row, _row_group(row), score, row=True)
            continue
        group = _group(where, roles)
        seen[where] = Item(*where, group, _score(q, where, group, roles, first), first.get(q.article) == q.anchor)
    return sorted(seen.values(), key=lambda i: (briefing.position(i.article), _number(i.anchor)))


def _table_row(table, text: str) -> str | None:
    """The row of `table` whose text is `text`, as "Header: cell; …"; None for a header."""
    row = next((p for p in table.passages if p.text == text and not p.is_header), None) if table else None
    if row is None:
        return None
    header = next((p.cells for p in table.passages if p.is_header), ())
    if len(header) != len(row.cells):
        return "; ".join(row.cells)
    return "; ".join(f"{h}: {c}" for h, c in zip(header, row.cells, strict=True))


def _row_group(row: str) -> str:
    return "figures" if re.search(r"\d\s?%|[$€£¥]\s?\d", row) else "other"


def _group(where, roles: SentenceRoles) -> str:
    if where in roles.deals:
        return "deals"
    if where in roles.policies or _ACTION.search(where[2]):
        return "actions"
    if where in roles.figures:
        return "figures"
    if where in roles.people and _SPEECH.search(where[2]):
        return "statements"
    return "other"


def _score(q, where, group: str, roles: SentenceRoles, first: dict) -> int:
    """How much a sentence carries for the entity: figures, deals and measures (more with a stated
    status), a named person speaking, the entity named by its name near the start, the lede, and
    a length a reader takes in at once."""
    sentence = where[2]
    words = len(_WORD.findall(sentence))
    score = 0
    score += 3 if where in roles.figures else 0
    score += 3 if where in roles.deals or where in roles.policies else 0
    score += 1 if group == "actions" and where not in roles.policies else 0
    score += 1 if where in roles.status else 0
    score += 2 if where in roles.people and _SPEECH.search(sentence) else 0
    start = getattr(q, "start", None)
    if getattr(q, "via", "name") == "name":
        score += 1
        if start is not None and start < max(40, len(sentence) // 3):
            score += 1
    score += 1 if first.get(q.article) == q.anchor else 0
    score += 1 if 10 <= words <= 45 else 0
    score -= 2 if words < 7 or words > 60 else 0
    return score


def _number(anchor: str) -> int:
    digits = "".join(c for c in anchor if c.isdigit())
    return int(digits) if digits else 0


def _same(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.casefold()))


def state_of_play(briefing, items: list[Item], most: int = MAX_BRIEF, least: int = MIN_BRIEF) -> list[Item]:
    """The sentences that carry the most, one per source where possible, newest source first
    where dates are known (then the rest by weight); a sentence two sources share is shown once."""
    ranked = sorted(items, key=lambda i: (-i.score, briefing.position(i.article), _number(i.anchor)))
    chosen: list[Item] = []
    said: set[str] = set()
    for per_source in (True, False):
        for item in ranked:
            if len(chosen) >= (most if per_source else least):
                break
            text = _same(item.sentence)
            if text in said or item in chosen or (per_source and any(c.article == item.article for c in chosen)):
                continue
            chosen.append(item)
            said.add(text)

    def newest_first(item: Item):
        date = briefing.article(item.article).meta.date
        return (date is None, -(date.toordinal() if date else 0), -item.score, briefing.position(item.article))

    return sorted(chosen, key=newest_first)


def grouped(items: list[Item]) -> list[tuple[str, str, list[Item]]]:
    """The evidence by what it says, in GROUPS order: (name, heading, items), empty groups left out."""
    return [(name, title, found) for name, title in GROUPS if (found := [i for i in items if i.group == name])]
