"""Stage 2, recognise organisations (reference names in a sentence): the lookups are built once per
reference dict, not once per article, and one automaton pass tells the sentences that may hold a
name from the many that hold none, so the names' long pattern runs only on the former."""

from __future__ import annotations

import ahocorasick

from .gates import _FOLDS_TO_ASCII
from .org_types import folded_acronyms, reference_pattern


def _straight(name: str) -> str:
    return name.replace("’", "'")


def _key(text: str) -> str:
    """What a name and the text that matches it share: casefold() folds each character alone (no
    context, unlike lower()), and the pattern takes either apostrophe."""
    return _straight(text.casefold())


class ReferenceNames:
    """The reference bodies' names, as `find_organisations` looks them up in a sentence."""

    def __init__(self, known: dict[str, tuple[str, str, str | None]]):
        self.known = known
        self.folded = folded_acronyms(known)
        self.straight = {_straight(name): value for name, value in known.items()}  # "Miners’ Board" too
        self.pattern = reference_pattern(tuple(sorted(known)))
        self.automaton = ahocorasick.Automaton()
        for name in known:
            self.automaton.add_word(_key(name), name)
        if known:
            self.automaton.make_automaton()

    def _maybe(self, sentence: str) -> bool:
        # a match's casefold is in the sentence's, unless re.I folds a non-ASCII letter to the acronym's
        if _FOLDS_TO_ASCII.search(sentence):
            return True
        return next(self.automaton.iter(_key(sentence)), None) is not None

    def in_sentence(self, sentence: str) -> list[tuple[str, str, str, str | None]]:
        """(as written, name, type, country) of every reference name the sentence holds, sorted."""
        if self.pattern is None or not self._maybe(sentence):
            return []
        known, straight, folded = self.known, self.straight, self.folded
        return sorted(
            {
                (
                    m.group(0),
                    *(known.get(m.group(0)) or straight.get(_straight(m.group(0))) or folded[m.group(0).casefold()]),
                )
                for m in self.pattern.finditer(sentence)
            }
        )


_LAST: tuple[dict, ReferenceNames] | None = None


def reference_names(known: dict[str, tuple[str, str, str | None]]) -> ReferenceNames:
    """The lookups of this dict (by identity: every article of a build gets the same one; the entry
    holds the dict, so its id is not reused while it is kept)."""
    global _LAST
    last = _LAST
    if last is None or last[0] is not known:
        last = _LAST = (known, ReferenceNames(known))
    return last[1]
