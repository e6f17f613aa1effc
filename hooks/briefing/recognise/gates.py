"""Cheap gates before costly patterns: the literal words every match of a pattern must contain.

A recogniser tries dozens of patterns on every sentence, and most sentences match none of them.
Each top-level alternative of a pattern is read (with Python's own regex parser) for a run of
literal characters it cannot match without; a sentence that holds none of those runs cannot match,
so the pattern is not run on it. The gate is derived from the pattern itself, never written by
hand, so the two cannot drift apart; a pattern with an alternative that needs no literal gets no
gate. Results are those of the pattern alone: a gate only skips searches that would find nothing.
"""

from __future__ import annotations

import re

import ahocorasick

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

MIN_LITERAL = 3  # a shorter run ("s", ", ") is in nearly every sentence: no use as a gate ...
COMMON_MARKS = frozenset(",.'’-")  # ... unless it holds a rarer mark, as "(" or "&" or "$"


def _marked(run: str) -> bool:
    return any(not (c.isalnum() or c.isspace() or c in COMMON_MARKS) for c in run)


def _usable(run: str) -> bool:
    """Long enough, or rare enough: a mark, or two capitals as "PM" (case-sensitive)."""
    return len(run) >= MIN_LITERAL or _marked(run) or len(run) == 2 and run.isupper() and type(run) is str


def _score(runs: frozenset[str]) -> tuple | None:
    """How well runs sort sentences out (higher is better; None: not at all): rare marks first,
    then long runs, then few of them."""
    if not all(map(_usable, runs)):
        return None
    return all(map(_marked, runs)), min(map(len, runs)), -len(runs)


# The only characters outside ASCII that re.I matches to an ASCII letter (dotted and dotless i, long s,
# the Kelvin sign): without them, a case-insensitive ASCII run is in a string iff it is in its lower(),
# and lower() keeps the string's length (only the dotted I lowers to two characters).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())


class _Folded(str):
    """A run inside a case-insensitive group, lowered: never equal to the same case-sensitive run."""

    __slots__ = ()

    def __eq__(self, other):
        return isinstance(other, _Folded) and str.__eq__(self, other)

    def __hash__(self):
        return hash(("folded", str(self)))


def _needed(items, folded: bool = False) -> frozenset[str] | None:
    """Literal runs one of which every match of this sequence contains (`_Folded` ones inside a
    (?i:…) group); None when none is known."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (score := _score(found)) is not None and (best is None or score > _score(best)):
            best = found

    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        consider(frozenset([_Folded("".join(run).lower()) if folded else "".join(run)]) if run else None)
        run = []
        if op is C.SUBPATTERN and not av[2] and av[1] in (0, re.I):  # a group that adds at most re.I
            consider(_needed(av[3], folded or av[1] == re.I))
        elif op is C.BRANCH:
            options = [_needed(branch, folded) for branch in av[1]]
            consider(None if None in options else frozenset().union(*options))
        elif op in _REPEATS and av[0] >= 1:
            consider(_needed(av[2], folded))
    return best


def gate_for(pattern: re.Pattern):
    """A test that a string holds one of the literal runs every match contains; None when there is
    none. Case-sensitive runs are looked for with `in` (much faster than a regex alternation);
    case-insensitive ones with a regex of the same flag, so case folds exactly as in the pattern."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return None
    needed = _needed(parser.parse(pattern.pattern, pattern.flags))
    if not needed:
        return None
    # a run holding a shorter one is redundant: where it is found, so is the shorter one (not a
    # case-sensitive one inside a folded one: "HEAD" holds "head" folded, not "ead")
    runs = sorted(
        (r for r in needed if not any(o != r and o in r and _covers(o, r) for o in needed)), key=lambda s: (-len(s), s)
    )
    if any(isinstance(r, _Folded) for r in runs) and not pattern.flags & re.I:
        return _mixed_gate(runs)
    if pattern.flags & re.I:
        search = re.compile("|".join(map(re.escape, runs)), re.I).search
        if not all(map(str.isascii, runs)):
            return lambda string, pos=0: search(string, pos) is not None
        holds = _holds([run.lower() for run in runs])

        def gate(string: str, pos: int = 0) -> bool:
            _, lowered, folds = _lowered(string)
            if folds:  # lower() and re.I's folding may differ: ask the regex
                return search(string, pos) is not None
            return holds(lowered[pos:] if pos else lowered)

        return gate
    holds = _holds(runs)
    gate = lambda string, pos=0: holds(string[pos:] if pos else string)  # noqa: E731
    gate.whole = holds  # the test of a whole string, one call less (`finditer`, `search`)
    return gate


def _covers(shorter: str, longer: str) -> bool:
    return isinstance(shorter, _Folded) or not isinstance(longer, _Folded)


def _mixed_gate(runs: list[str]):
    """Case-sensitive runs looked for as they are, folded ones in the lowered string (exact when it
    holds no letter re.I folds to ASCII; with one, the pattern is run)."""
    folded = [r for r in runs if isinstance(r, _Folded)]
    if not all(map(str.isascii, folded)):
        return None
    exact, lowered_holds = _holds([str(r) for r in runs if not isinstance(r, _Folded)]), _holds(list(map(str, folded)))

    def gate(string: str, pos: int = 0) -> bool:
        if exact(string[pos:] if pos else string):
            return True
        _, lowered, folds = _lowered(string)
        return folds or lowered_holds(lowered[pos:] if pos else lowered)

    return gate


_LAST: tuple[str, str, bool] = ("", "", False)


def _lowered(string: str) -> tuple[str, str, bool]:
    """The string, its lower() and whether it holds a letter re.I folds to ASCII: every gate tries
    the same sentence in turn, so the last one is kept (one tuple, swapped whole: thread-safe)."""
    global _LAST
    last = _LAST
    if last[0] is not string:
        last = _LAST = (string, string.lower(), _FOLDS_TO_ASCII.search(string) is not None)
    return last


def _holds(runs: list[str]):
    """A test that a string contains one of the runs: `in` for a few, one automaton pass for many."""
    if len(runs) == 1:
        return lambda string, run=runs[0]: run in string
    if len(runs) <= 8:
        return lambda string, runs=tuple(runs): any(map(string.__contains__, runs))
    automaton = ahocorasick.Automaton()
    for run in runs:
        automaton.add_word(run, run)
    automaton.make_automaton()
    return lambda string: next(automaton.iter(string), None) is not None


class Gated:
    """A pattern behind its gate: `search` and `finditer` answer exactly as the pattern's do."""

    __slots__ = ("pattern", "gate")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.gate = gate_for(pattern)

    def search(self, string: str, pos: int = 0) -> re.Match | None:
        # a match at or after pos holds its literal at or after pos
        if self.gate is not None and not self.gate(string, pos):
            return None
        return self.pattern.search(string, pos)

    def finditer(self, string: str):
        if self.gate is not None and not self.gate(string):
            return iter(())
        return self.pattern.finditer(string)


# Keyed by id: hashing a compiled pattern hashes its whole code each time. Each entry holds its
# pattern, so that id is never reused for another one while the entry lives.
_GATED: dict[int, tuple[re.Pattern, object]] = {}


def _gate(pattern: re.Pattern):
    entry = _GATED.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        gate = gate_for(pattern)
        entry = _GATED[id(pattern)] = (pattern, getattr(gate, "whole", gate))
    return entry[1]


def finditer(pattern: re.Pattern, string: str):
    """`pattern.finditer(string)`, skipped when the string lacks the pattern's literal words."""
    gate = _gate(pattern)
    return pattern.finditer(string) if gate is None or gate(string) else ()


def search(pattern: re.Pattern, string: str) -> re.Match | None:
    """`pattern.search(string)`, skipped when the string lacks the pattern's literal words."""
    gate = _gate(pattern)
    return pattern.search(string) if gate is None or gate(string) else None
