"""Stage 2, recognise deals (ownership): a venture two or more parties own together is their joint venture.

"Joint Venture Verde, which is 60% owned by Andina Cobre and 40% by Minera Sur", "the mine, jointly
owned and operated by X and Y", "jointly owned by X, Y and Z": the owners are named right after "owned by",
then listed up to an "and"; a share held by one owner alone ("a 37% stake owned by the state") is no venture.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SHARE = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)"
OWNED_BY = re.compile(rf"\b(?:jointly|{_SHARE})\s+owned\s+(?:and\s+operated\s+)?by\s+(?:the\s+)?")
# " and Y", ", Y", ", and Y", " and the remaining 40% by Y": the next owner in the list
NEXT_OWNER = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?(?:remaining\s+)?{_SHARE}\s+by\s+)?(?:the\s+)?")


def joint_owners(sentence: str, slot: Callable[[int], str | None], slot_end: re.Pattern) -> list[str] | None:
    """The owners the sentence names, two or more ("jointly owned by X, Y and Z"), or None. `slot(at)`: the party
    named right at `at`; `slot_end`: what ends a party's name (before "," or "and"). The list ends in "and": not
    "owned by X, Y said", one owner."""
    m = OWNED_BY.search(sentence)
    if m is None or (first := slot(m.end())) is None:
        return None
    owners, at = [first], m.end()
    while len(owners) < 5:
        end = slot_end.search(sentence, at)
        joint = NEXT_OWNER.match(sentence, end.start() if end else len(sentence))
        owner = slot(joint.end()) if joint else None
        if owner is None or owner in owners:
            return None
        owners.append(owner)
        if re.search(r"\band\b", joint.group(0)):
            return owners
        at = joint.end()
    return None
