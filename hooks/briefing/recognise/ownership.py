"""Stage 2, recognise deals (ownership): a venture two parties own together is their joint venture.

"Joint Venture Verde, which is 60% owned by Andina Cobre and 40% by Minera Sur", "the mine, jointly
owned and operated by X and Y": the owners are named right after "owned by" and after the "and"
that follows; a share held by one owner alone ("a 37% stake owned by the state") is no venture.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SHARE = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)"
OWNED_BY = re.compile(rf"\b(?:jointly|{_SHARE})\s+owned\s+(?:and\s+operated\s+)?by\s+(?:the\s+)?")
SECOND_OWNER = re.compile(rf"\s+and\s+(?:(?:the\s+)?(?:remaining\s+)?{_SHARE}\s+by\s+)?(?:the\s+)?")


def joint_owners(sentence: str, slot: Callable[[int], str | None], slot_end: re.Pattern) -> list[str] | None:
    """The two owners the sentence names, or None. `slot(at)`: the party named right at `at`;
    `slot_end`: what ends a party's name (the first owner's, before "and")."""
    m = OWNED_BY.search(sentence)
    if m is None or (first := slot(m.end())) is None:
        return None
    end = slot_end.search(sentence, m.end())
    second_at = SECOND_OWNER.match(sentence, end.start() if end else len(sentence))
    second = slot(second_at.end()) if second_at else None
    return [first, second] if second and second != first else None
