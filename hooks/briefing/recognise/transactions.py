"""Stage 2, recognise (transactions): stakes, equity investments, loans and acquisitions.

News reports most company deals without the word "deal": "X will acquire a 15% stake in Y",
"a DFC equity investment in Y", "Y secured a loan from X", "X acquired Y from Z". Each shape
names its two sides in fixed places: the buyer, investor or lender is the name that opens the
clause (or stands just before the noun: "X's stake", "a X loan"); the other side follows "in",
"to", "for" or "from". A stake or investment "in" a place is investment in a country, not a
deal with it; a side the sentence does not name is not guessed. The status is the clause's own:
"weighs a stake" is under negotiation, "will acquire" what the clause says around it, "acquired"
or "holds" completed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..keys import is_org, org_key
from . import transaction_words as tw
from .deal_words import AMOUNT, DATE_PHRASE, NOT_A_NAME, TENTATIVE, deal_status, unnamed
from .org_spans import TRADES_AND
from .ownership import OWNED_BY, joint_owners
from .parties import INTRO, TITLE_WORD
from .party_names import head_name

NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|de|and|&))*"
# "A DFC equity investment in Y", "X's 20% stake in Y", "a JBIC loan to Y": the noun and who owns it.
OWNED_NOUN = re.compile(
    rf"(?P<owner>{NAME})(?:['’]s?)?\s+(?:{AMOUNT}\s+)?{tw.SIZE}*"
    rf"(?P<noun>equity investment|investment|stake|shareholding|loan|acquisition|takeover|buyout|purchase)\s+"
    rf"(?P<prep>in|to|for|of)\s+(?P<stake>(?:a|an|the)\s+{tw.SIZE}*(?:stake|shareholding|interest)\s+in\s+)?"
)  # "X's acquisition of a 51% stake in Y": a stake
OWNER_FIRST = re.compile(
    rf"(?:the\s+)?(?P<name>{NAME})(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){{0,3}}(?:project|mine|deposit|asset|operation|plant)s?\b"
)
# "two Hong Kong units of Y", "a subsidiary of Y": what is bought belongs to Y, the party
UNITS_OF = re.compile(
    r"(?:a|an|the|its|two|three|four|five|\d+)\s+(?:[A-Z][\w-]*\s+){0,3}(?:units?|subsidiar(?:y|ies)|arms?|affiliates?)\s+"
    r"of\s+(?:the\s+)?(?=[A-Z])"
)
SLOT_END = re.compile(
    r"[,;:()]|(?<![A-Z])\.(?=\s|$)|\s(?:to|for|from|as|in|at|on|which|that|who|will|would|is|was|has|have|had|"
    r"and|amid|after|with|by|worth|valued|under|through|via)\s"
)
# What may stand before a party's name in its slot: "the", a place, "rare-earth mining company".
A_PROJECT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:project|mine|deposit|prospect|asset)s?\b")
DESCRIBED = re.compile(
    r"(?:(?:the|a|an|its|[A-Z][\w.'’-]*)\s+)*(?:(?:[\w-]+\s+){0,3}?(?:company|firm|miner|group|producer|maker|"
    r"developer|bank|agency|fund|government|unit|subsidiary|start-?up|explorer|refiner|trader|investor|lender|"
    r"conglomerate|giant|operator)\s+)?"
)
DESCRIBES = re.compile(r"\s+(?:company|firm|miner|group|producer|explorer|developer)\b")
# "X expanded its capacity in Ghana after it acquired Y": a name after a preposition acts in no clause.
OBJECT_OF = re.compile(r"\b(?:in|at|into|across|throughout|near)\s+(?:the\s+)?$")
# Between a name and the verb: another clause begins ("X …, with the investment securing …").
CLAUSE_GAP = re.compile(r"[;:]|,\s+(?:with|while|and|but|as|after|before|following|since)\b")


@dataclass(frozen=True)
class Transaction:
    kind: str  # stake | equity investment | loan | financing | acquisition
    parties: list[str]  # the two sides, as place keys or organisation keys
    status: str | None
    at: int  # where the transaction's word stands in the sentence, for its value
    date: str | None = None  # as its clause gives it


@dataclass(frozen=True)
class _Names:
    """What the sentence names: parties the site knows (organisations, places that can be a party)
    and spans that are never an organisation's name (people, every place and demonym)."""

    sentence: str
    known: list[tuple[int, int, str]]
    blocked: list[tuple[int, int]]

    def companies(self) -> _Names:
        """The same sentence, its organisations alone known: what is bought is a company, not a place."""
        return _Names(self.sentence, [n for n in self.known if is_org(n[2])], self.blocked)

    def orgs(self) -> set[str]:
        return {k for _, _, k in self.known if is_org(k)}

    def unknown(self, start: int, name: str) -> str | None:
        """An organisation key for a capitalised name the site does not know yet, or None."""
        end = start + len(name)
        if any(s < end and start < e for s, e in self.blocked):
            return None
        name = re.sub(r"['’]s?$", "", re.sub(r"^(?:The|the)\s+", "", name).rstrip("."))
        if not name or unnamed(name) or TITLE_WORD.search(name) or not name[0].isupper():
            return None
        if re.search(r"\s(?:Project|Mine|Deposit|Prospect|Plant|Refinery|Smelter)$", name):
            return None  # "the acquisition of the Roe Project": a property, its owner is the party
        return org_key(name)


def find_transaction(
    sentence: str,
    known: list,
    places: list[tuple[int, int, str]],
    blocked: list[tuple[int, int]],
    previous: str | None = None,
) -> Transaction | None:
    """The first transaction in a sentence whose two sides it names. `known`: the organisations
    the site knows in it (`OrgSpan`s); `places`: (start, end, key) of the places that can be a
    party; `blocked`: spans of people, places and demonyms (never an organisation's name);
    `previous`: the company the text named last, the one a subject "it" or "the company" is."""
    if not tw.TRANSACTION_HINT.search(sentence):
        return None
    names = _Names(sentence, sorted([(o.start, o.end, org_key(o.name)) for o in known] + list(places)), blocked)
    for kind, role, shape in tw.SHAPES:
        for m in shape.finditer(sentence):
            subject = _subject(names if role != "target" else names.companies(), m.start())
            if subject is None and previous and role != "target" and tw.PRONOUN_SUBJECT.search(sentence, 0, m.start()):
                subject = previous  # "In addition, the company secured a loan from Z": the company named before
            other = _slot(names, m.end(), org_only=kind != "loan")
            if role == "target":  # "X, which was acquired by Y": Y buys X (a company, not the place it is in)
                subject, other = other, subject
            if role == "sold by":  # "the sale of its stake in Y by X to Z": X sells to Z
                subject, other = other, _after(names, m.end(), "to")
            if role in ("buyer", "seller") and (source := _after(names, m.end(), "from|to")):
                other = source  # "acquired Y from Z", "sold its stake in Y to Z": buyer and seller
            if other is None and kind == "stake":
                other = _after(names, m.end(), "with")  # "a stake in the project with Z": its partner
            # (a supply needs two companies the site knows: a country's trade, a town's tailings are none)
            if subject and other and subject != other and (kind != "supply" or {subject, other} <= names.orgs()):
                if kind == "loan" and "loan" not in m.group(0).lower():
                    kind = "financing"  # "secured $50 million from Z", "financing from Z"
                return Transaction(kind, [subject, other], _status(sentence, m), m.start(), _date(sentence, m))
    for m in OWNED_NOUN.finditer(sentence):
        noun = m.group("noun")
        if m.group("prep") not in tw.PREPOSITION.get(noun, ("to", "for")):
            continue
        owner = _owner(names, m.start("owner"), m.group("owner"))
        other = _slot(names, m.end(), org_only=noun != "loan")
        if owner and other and owner != other:
            return Transaction(
                "stake" if m.group("stake") else tw.NOUN_KIND[noun],
                [owner, other],
                _status(sentence, m),
                m.start("noun"),
                _date(sentence, m),
            )
    owners = joint_owners(sentence, lambda at: _slot(names, at, org_only=True), SLOT_END)
    return Transaction("joint venture", owners, None, OWNED_BY.search(sentence).start(), None) if owners else None


# "X signed an agreement with Y", "X and French firm Y signed a deal": who signs, and with whom.
# (and in Spanish, Portuguese, French, two signing: "X y Y firmaron", "X e Y assinaram", "X et Y ont signé")
SIGNING = re.compile(
    r"\b(?:signed|signs|inked|struck|sealed|reached|entered into|agreed|formed|firmaron|suscribieron|assinaram|ont\s+sign[ée])"
    r"(?![\w-])"  # (the plural only: a pair's; a minister's "assinou" is read from the post)
)
PAIRED = re.compile(rf"(?P<first>{NAME}) (?:and|y|e|et) (?:(?:[A-Z][a-z]+|[a-z]+) ){{0,3}}?(?P<second>{NAME})\s*$")
# "the Verdean government and Andina Group reached an agreement": a state by its government, then a company.
_AND_COMPANY = rf"\s+(?:and|y|e|et)\s+(?:(?:[A-Z][a-z]+|[a-z]+) ){{0,3}}?[“\"]?(?P<second>{NAME})[”\"]?\s*$"
STATE_PAIRED = re.compile(rf"\s+(?:government|authorities|administration){_AND_COMPANY}")
# "the government of Ruritania and the French company “Andina Mining” signed": the state by its government, then the company.
GOVERNMENT_OF = re.compile(r"\b[Gg]overnment\s+of\s+(?:the\s+)?$")
OF_STATE_PAIRED = re.compile(_AND_COMPANY)


def find_signatories(
    sentence: str, trigger_at: int, trigger_end: int, known: list, places: list, blocked: list
) -> list[str] | None:
    """Both sides of an agreement a sentence says was signed, when the site does not know their
    names yet: the name that opens the clause before the signing verb, and the name after "with"
    (or the second of "X and <descriptor> Y" before the verb). None unless both are named."""
    verb = next(
        (v for v in SIGNING.finditer(sentence, 0, trigger_at) if not CLAUSE_GAP.search(sentence, v.end(), trigger_at)),
        None,
    )
    if verb is None:
        return None
    names = _Names(sentence, sorted([(o.start, o.end, org_key(o.name)) for o in known] + list(places)), blocked)
    opening = sentence[: verb.start()].rstrip()
    pair = PAIRED.search(opening)
    trades = [m.start("and") for m in TRADES_AND.finditer(opening)]  # "Verde Petroleum and Gas Co.": one name
    if (
        pair
        and not re.search(r"[,;]", opening[pair.start() :])
        and not any(pair.end("first") <= at < pair.start("second") for at in trades)
    ):
        first = names.unknown(pair.start("first"), pair.group("first"))
        second = names.unknown(pair.start("second"), pair.group("second"))
        if first and second and first != second:
            return [first, second]
    for start, end, key in names.known:
        if is_org(key) or end > len(opening):
            continue
        state = OF_STATE_PAIRED if GOVERNMENT_OF.search(opening, 0, start) else STATE_PAIRED
        if gov := state.match(opening, end):
            second = names.unknown(gov.start("second"), gov.group("second"))
            if second:
                return [key, second]
    subject = _subject(names, verb.end())  # the verb itself shows the name is its subject
    other = _after(names, trigger_end, "with") if re.match(r"\s+with\s", sentence[trigger_end:]) else None
    return [subject, other] if subject and other and subject != other else None


def _slot(names: _Names, at: int, org_only: bool) -> str | None:
    """The party named right after `at`: a known name, else the proper name the phrase ends in."""
    if unit := UNITS_OF.match(names.sentence, at):  # "a stake in two Hong Kong units of Y": Y's
        return _slot(names, unit.end(), org_only)
    end = SLOT_END.search(names.sentence, at)
    hi = end.start() if end else len(names.sentence)
    inside = [n for n in names.known if at <= n[0] and n[1] <= hi + 1]
    if inside and not is_org(inside[0][2]) and names.sentence.startswith(("'s ", "’s "), inside[0][1]):
        return _slot(names, inside[0][1] + 3, org_only)  # "from Ruritania's Andina Cobre": the company
    if inside:
        return None if org_only and not is_org(inside[0][2]) else inside[0][2]
    if owner := OWNER_FIRST.match(names.sentence, at):  # "in Andina’s lithium project": the project's owner
        return names.unknown(owner.start("name"), owner.group("name"))
    head = head_name(names.sentence[at:hi])
    if head is None or not DESCRIBED.fullmatch(names.sentence[at : at + head[0]]):
        return None  # "to develop the project": no party named
    if A_PROJECT_AFTER.match(names.sentence, at + head[0] + len(head[1])):
        return None  # "acquire Roe Desert, a development-stage uranium project": a project, no party
    return names.unknown(at + head[0], head[1])


def _after(names: _Names, at: int, words: str) -> str | None:
    """The party of a "from Z" / "to Z" phrase in the same clause, after the first slot."""
    m = re.compile(rf"(?:[^,;:.]|\.(?!\s*$))*?\s(?:{words})\s+(?:the\s+)?").match(names.sentence, at)  # "H.C. X" too
    return _slot(names, m.end(), org_only=False) if m else None


def _subject(names: _Names, verb_at: int) -> str | None:
    """Who acts: the nearest name before the verb in its clause, else the name opening the sentence
    ("The Pentagon announced Thursday that it will acquire …")."""
    sentence = names.sentence
    before = [n for n in names.known if n[1] <= verb_at and not CLAUSE_GAP.search(_unbracketed(sentence, n[1], verb_at))
              and not tw.in_apposition(sentence, n[0], n[1])
              and not OBJECT_OF.search(sentence, max(0, n[0] - 20), n[0])]  # fmt: skip
    if before and len(_unbracketed(sentence, before[-1][1], verb_at)) <= 80:
        return before[-1][2]
    opening = sentence[:verb_at]
    if (intro := INTRO.match(opening)) and intro.group(0)[-1:].isspace():  # not the "ZCCM-" of "ZCCM-IH"
        opening = opening[intro.end() :]
    offset = verb_at - len(opening)
    while (first := re.match(r"(\S+),?\s+", opening)) and NOT_A_NAME.match(first.group(1)):
        offset, opening = offset + first.end(), opening[first.end() :]  # "Once X has …": X
    m = re.match(rf"(?P<name>{NAME})(?=[\s,])", opening)
    if not m or not re.match(tw.SUBJECT_REST, opening[m.end() :]) or DESCRIBES.match(opening, m.end()):
        return None  # "The Verde company said …": a company described by its city, named elsewhere
    return names.unknown(offset + m.start("name"), m.group("name"))


def _unbracketed(sentence: str, start: int, end: int) -> str:
    """The words between two places, less what brackets say of the name before ("X (hereinafter "X";
    Headquarters: Y; President: Z) acquired …")."""
    return re.sub(r"\s*\([^()]{25,}\)", "", sentence[start:end])  # (not a ticker: "(TSX: X)")


def _owner(names: _Names, at: int, text: str) -> str | None:
    """The name that owns a noun ("DFC" of "A DFC equity investment"), known or capitalised."""
    inside = [n for n in names.known if at <= n[0] < at + len(text) + 1]
    if inside:
        return inside[-1][2]
    rest = text
    while (first := re.match(r"(\S+)\s+", rest)) and NOT_A_NAME.match(first.group(1)):
        rest = rest[first.end() :]  # "A DFC …": the article is not the name
    return names.unknown(at + len(text) - len(rest), rest) if rest else None


def _clause(sentence: str, m: re.Match) -> tuple[int, int]:
    """Where the transaction's own clause begins and ends."""
    lo = max([0, *(x.end() for x in re.finditer(r"[;]|,\s+(?:but|while|as|after)\s", sentence[: m.start()]))])
    hi = next((m.end() + x.start() for x in re.finditer(r"[;,]", sentence[m.end() :])), len(sentence))
    return lo, hi


def _date(sentence: str, m: re.Match) -> str | None:
    """The date the clause gives after the transaction's word ("acquired … from Z in 2021"), not a
    dateline's or another clause's."""
    found = DATE_PHRASE.search(sentence, m.start(), _clause(sentence, m)[1])
    return found.group(0) if found else None


def _status(sentence: str, m: re.Match) -> str | None:
    """The status the transaction's own clause states."""
    lo, hi = _clause(sentence, m)
    clause = sentence[lo:hi]
    if TENTATIVE.search(clause):
        return "under negotiation"
    stated = deal_status(clause)
    if stated:
        return stated
    verb = m.groupdict().get("verb") or ""
    return "completed" if tw.PAST_VERB.match(verb) else None
