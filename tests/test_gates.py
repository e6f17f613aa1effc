"""The recognisers' gates (`briefing.recognise.gates`) never change what a pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.recognise import deals, figures, organisations, people, policy_words, post_patterns
from briefing.recognise.gates import _FOLDS_TO_ASCII, Gated, finditer, gate_for, search

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _patterns() -> list[re.Pattern]:
    found = {id(g.pattern): g.pattern for _, g in policy_words.MEASURES}
    for module in (people, post_patterns, organisations, deals, figures, policy_words):
        found.update({id(v): v for v in vars(module).values() if isinstance(v, re.Pattern)})
    return list(found.values())


def _strings() -> list[str]:
    lines = [line for path in SEEDS[:12] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    odd = {"s": "ſ", "k": "\u212a", "i": "\u0130", "I": "\u0131", "'": "’"}
    out = []
    for line in lines[:400]:
        out += [line, line.upper(), line.lower()] + [line.replace(a, b) for a, b in odd.items()]
    return out


def test_gated_patterns_find_what_the_patterns_find():
    strings = _strings()
    gated = 0
    for pattern in _patterns():
        gate = Gated(pattern)
        gated += gate.gate is not None
        for s in strings:
            assert [m.span() for m in pattern.finditer(s)] == [m.span() for m in gate.finditer(s)], pattern.pattern
            assert [m.span() for m in pattern.finditer(s)] == [m.span() for m in finditer(pattern, s)]
            assert ((a := pattern.search(s)) and a.span()) == ((b := search(pattern, s)) and b.span())
            for pos in (0, 7):
                a, b = pattern.search(s, pos), gate.search(s, pos)
                assert (a and a.span()) == (b and b.span()), pattern.pattern
    assert gated > 50  # most patterns have a gate


@pytest.mark.parametrize(
    "pattern, gated",
    [
        (r"\bexport\s+ban\b|\bembargo\b", True),
        (r"(?i)\bexport\s+ban\b", True),
        (r"[A-Z]\w+ said", True),
        (r"\w+ (?:a|an) \w+", False),  # no run worth a gate
        (r"(?:export)?\s+ban", True),
        (r"(?:export)?\s+b", False),  # an optional run is no gate
        (r"(?-i:Ministry)|ministry", False),  # flags changed inside: not read
        (r"(?i:minister)|PM", True),  # a case-insensitive group is read; two capitals are rare enough
        (r"(?i:minister)|pm", False),
    ],
)
def test_gate_only_on_runs_every_match_needs(pattern, gated):
    assert (gate_for(re.compile(pattern)) is not None) is gated


@pytest.mark.parametrize("string", ["the HEAD of", "the head of", "he is Head", "the ead", "no one", "HEAD\u212a"])
def test_a_folded_run_is_not_dropped_for_a_case_sensitive_one_inside_it(string):
    pattern = re.compile(r"(?:(?i:head)|ead)|Zed")
    gate = gate_for(pattern)
    assert gate is not None and (pattern.search(string) is None or gate(string))


def test_the_letters_re_ignorecase_folds_to_ascii():
    """The lowered-string shortcut is exact only if these are all such letters."""
    letter = re.compile("[a-z]", re.I)
    folding = {chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000 and letter.fullmatch(chr(c))}
    assert folding == set(_FOLDS_TO_ASCII.pattern.strip("[]"))
    # and lower() keeps every other string's length, so a lowered string is sliced at the same offsets
    longer = {chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and len(chr(c).lower()) != 1}
    assert longer <= folding
