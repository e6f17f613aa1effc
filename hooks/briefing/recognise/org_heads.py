"""Stage 2, recognise organisations (by head noun): names that end in a body's head noun ("… Department", "…
Council"), cut where another name found in the same sentence ends or begins."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gates import finditer
from .org_names import joined_after
from .org_patterns import INSIDE_NAME
from .org_spans import ORG_RE


def names_by_head_noun(sentence: str, out: dict) -> Iterator[str]:
    """Names by head noun not inside one found whole in `out` (read as it grows: the caller adds each name)."""
    for m in finditer(ORG_RE, sentence):
        if any(0 <= (at := sentence.find(n)) <= m.start() and m.end() <= at + len(n) for n in out):
            continue  # inside a name found whole ("Verde Economic and Development Authority")
        if sentence.startswith(" Government", m.end()):
            continue  # "the Broad Coalition Government": a government, named by its coalition
        text = m.group(0)  # "Land and Water and X’s Department …" after "Ministry of Mines, …": from X on
        for at, n in ((sentence.find(n), n) for n in out):
            if 0 <= at < m.start() < at + len(n):
                text = re.sub(r"^[\s,]*(?:and\s+|&\s+)?", "", text[at + len(n) - m.start() :])
            elif m.start() < at < m.end() and sentence[m.start() : at].endswith(" and "):
                text = text[: len(text) - (m.end() - at)][: -len(" and ")]  # "Ministry of X and [Andina Ltd]": up to it
        text = re.split(r"\s+and\s+(?=The\s)|(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\band)\s+the\s+(?=[A-Z])", text)[
            -1
        ]  # "Techmo and The
        # Andina Holdings": two names; "… Courtgranted the Verde Department of Mines": a verb run into a name
        name = re.sub(r"^(?:The\s+)?(?:.*?-based\s+)?", "", text).rstrip(".")
        joined = any(joined_after(sentence, n, m.start()) for n in out)  # "X Department and [Y’s Ministry of Z]"
        if len(name.split()) >= 2 and (joined or not INSIDE_NAME.search(sentence, 0, m.start())):
            yield name
