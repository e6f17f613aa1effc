"""Short forms of organisations' names that an article defines ("… Association (PNIA)") or implies
(a company's name with and without its "Group"): one organisation, however the text writes it."""

from __future__ import annotations

import re
from collections import defaultdict

from ..recognise.not_bodies import GENERIC
from ..recognise.org_types import canonical, from_another_tongue, spells
from ..recognise.organisations import OrgSighting
from ..text import after

SHORT_FORM_AFTER = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z&]{1,9}(?:-[A-Z][A-Za-z&]{0,5})?)\)")  # "… (PNIA)"
TICKER_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}(?:-V)?)\s*:\s*(?P<ticker>[A-Z]{2,5})\)")  # "… (ASX:AMT)"


def acronyms(sightings: list[OrgSighting], is_place=lambda word: False) -> dict[str, str]:
    """Short forms the text defines: "Philippine Nickel Industry Association (PNIA)" → PNIA (the
    letters run through the name in order, starting with its first), one from the name in its own
    language ("Andina Copper Corporation (CCA)", in capitals, a body's head noun in the name; not a place
    or an exchange), and a company's name without its "Group" where one article writes both."""
    out: dict[str, str] = {}
    clashes: set[str] = set()
    # "National Copper Corporation of Verde (Vercobre)", Vercobre a known company: the text says they are one
    known = {s.name for s in sightings if s.cue in ("known company", "international body", "national agency")}
    for s in sightings:
        m = after(s.name, s.sentence, SHORT_FORM_AFTER)
        if (
            m
            and m["short"] != s.name
            and m["short"].lower() not in HEAD_NOUNS  # "Ministry of Trade (Ministry)": a word every ministry has
            and (
                spells(m["short"], s.name)
                or m["short"] in known
                or _one_of_its_words(m["short"], s.name)
                or " " in s.name
                and from_another_tongue(m["short"], s.name)
                and m["short"].upper() not in EXCHANGES
                and not is_place(m["short"])
            )
        ):
            out.setdefault(m["short"], s.name)
    in_article: dict[str, set[str]] = defaultdict(set)
    for s in sightings:
        in_article[s.article].add(s.name)
    for s in sightings:  # "Andina Metals Ltd (ASX:AMT) … AMT managing director Jane Doe": its ticker, used as its name
        t = after(s.name, s.sentence, TICKER_AFTER)
        if t and t["ticker"] in in_article[s.article] and spells(t["ticker"], s.name):
            _define(out, clashes, t["ticker"], s.name)
    capitals: dict[str, set[str]] = defaultdict(set)  # the short words in capitals each article's sentences hold
    for s in sightings:
        capitals[s.article] |= set(re.findall(r"\b[A-Z]{2,5}\b", s.sentence))
    for article, names in in_article.items():  # "General Motors … GM": in one article, a name and its initials
        initials = {  # (not of a name that opens in capitals: "PT" is no short form of "PT Verde Timah")
            "".join(w[0] for w in n.split() if w[0].isupper()): n
            for n in names
            if len(n.split()) >= 2 and not n.split()[0].isupper()
        }
        for short in capitals[article] & set(initials):
            _define(out, clashes, short, initials[short])
    for names in in_article.values():  # "Managem Group … Managem": in one article, one company by two names
        for name in names:
            if (m := GROUP_TAIL.search(name)) and name[: m.start()] in names:
                out.setdefault(name[: m.start()], name)
    for names in in_article.values():  # "Verde Mining House (VMH) … VMH Group": the short form with "Group"
        for name in names:
            if (m := GROUP_TAIL.search(name)) and out.get(name[: m.start()], name) != name:
                out.setdefault(name, out[name[: m.start()]])
    return {short: name for short, name in out.items() if short not in clashes}


def _define(out: dict[str, str], clashes: set[str], short: str, name: str) -> None:
    """A short form an article implies (a ticker, initials); one that another article spells out differently
    ("GM": Greenland Minerals (GM) in one, General Motors … GM in another) stands for neither: linking it
    would put one's facts on the other's page."""
    if out.setdefault(short, name) != name and canonical(out[short]) != canonical(name):
        clashes.add(short)


EXCHANGES = frozenset({"ASX", "NYSE", "TSX", "TSXV", "LSE", "JSE", "NASDAQ", "AIM", "OTC", "HKEX", "SGX", "BSE", "NSE"})
HEAD_NOUNS = frozenset(
    "ministry department agency commission office bureau authority council board government fund bank corporation"
    " company group institute association committee".split()
)
GROUP_TAIL = re.compile(r"\s+(?:Group|Holdings?|Corporation|Corp\.?|Company|Co\.)$")


def _one_of_its_words(short: str, name: str) -> bool:
    """ "Andina Metal Corporation (Andmetals)": a short form that is one of the name's own words,
    give or take a plural, not a generic one."""
    return (
        len(short) >= 4
        and short.lower() not in GENERIC
        and any(
            len(w) >= 4 and (short.casefold().startswith(w.casefold()) or w.casefold().startswith(short.casefold()))
            for w in name.split()
        )
    )
