"""Stage 2, recognise organisations (forms): which form of a name is the organisation's.

The whole name the text gives over a known short one, two names joined by "and" or one name with "and" in it, a
sentence's first word run into a name, the last of a post's remits run into a body's name, and the state a public
body's name belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gates import finditer
from .not_bodies import ROLE_INSIDE
from .org_patterns import (
    COMPANY_HEADS,
    ENDINGS,
    FOREIGN_MINISTRY_WORD,
    LEGAL,
    NAME_LIST,
    OWN_HEAD,
    PUBLIC_BODY_OF,
    REFERENCE_CUES,
    government_place,
)
from .org_spans import ORG_HEADS, TRADES_AND
from .party_names import PORTFOLIOS_AND_BODY


def named_in_full(out: dict) -> list:
    """A known company's name gives way to the longer one the text gives ("Andina Cobre Holdings"),
    and a name joining it to another ("Andina Cobre and Borduria Metals Group") to the two."""
    known = [n for n, s in out.items() if s.cue == "known company"]
    joined = {x for x in out for n in known if x.startswith((n + " and ", n + " & "))}
    longer = [x for x in out if x not in joined]
    # a part of a reference body's name is not another body: "Development Finance" of "US International
    # Development Finance Corporation"
    parts = {
        x
        for x in out
        for n, s in out.items()
        if s.cue in REFERENCE_CUES and x != n and x in n and not n.endswith(("'s " + x, "’s " + x))
    }  # but "Ruritania's Ministry of Mines" names "Ministry of Mines" too
    parts |= {x for x in out for n, s in out.items() if s.cue == "registered name" and x != n and x in n}
    parts |= {  # "Verde Mine Rehabilitation" and "Mineral Resources Corporation" of "Verde Mine Rehabilitation and Mineral
        x  # Resources Corporation (VMR)": words of a name the text gives a short form
        for x in out
        for n, s in out.items()
        if s.cue == "short form" and x != n and " the " not in n and re.search(rf"(?:^|\s){re.escape(x)}(?:\s|$)", n)
    }
    parts |= {  # "Niquel SA" read by its ending inside "Compania General de Niquel SA (CGN)", spelled out
        n
        for n, s in out.items()
        if s.cue == "name"
        and any(x.endswith(" " + n) and t.cue == "short form" and " and " not in x for x, t in out.items())
    }
    parts |= {
        n for n in out for x in out if x.startswith(n + ", ")
    }  # "Verde Mines" of "Verde Mines, Oil and Gas Board"
    parts |= {  # "Verde Resources" read by its ending inside "Verde Resources Council" (or "… Resources’ Council")
        n
        for n, s in out.items()
        if s.cue == "name" and any(x.startswith((n + " ", n + ". ", n + "’ ", n + "' ")) for x in out)
    }
    parts |= {  # "Institute of Verde Studies" spelled by a short form, inside "Ruritanian Institute of Verde Studies"
        n for n in out for x in out if x.endswith(" " + n) and re.fullmatch(r"[A-Z][\w-]*[^s’'\W]", x[: -len(n) - 1])
    }
    return [
        s
        for n, s in out.items()
        if n not in joined | parts and (s.cue != "known company" or not any(x.startswith(n + " ") for x in longer))
    ]


ACRONYM = re.compile(r"[A-Z]{2,8}")
# "Ministry of Natural Resources and the Environment": a portfolio after "and the", one word, no body's head noun
_PORTFOLIO_AND_THE = re.compile(
    r"^(?:Ministry|Department)\s+(?:of|for)\s[^,]*\sand\s+the\s+(?:Environment|Economy|Interior|Arts)$"
)


def name_parts(name: str) -> list[str]:
    """The names in "A and B" that `two_names` found to be two: a public body's portfolio runs on
    through "and" up to a head noun of a body of its own ("Department of Mines, Land and
    Water and Department of Trade" is two)."""
    if " and the " in name and not _PORTFOLIO_AND_THE.search(name):  # "the Chamber of Mines and Energy and the
        return name.split(" and the ")  # Association of …": each part whole
    parts = name.split(" and ")
    if not PUBLIC_BODY_OF.search(parts[0]):
        return parts
    names = [parts[0]]
    for part in parts[1:]:
        if OWN_HEAD.search(part) or ACRONYM.fullmatch(part):  # "… and VGM": a name of its own
            names.append(part)
        else:
            names[-1] += " and " + part
    return names


def two_names(name: str, sentence: str) -> bool:
    """Whether "A and B" is two organisations: "and the", a list before it ("X Ltd, A and B Ltd"),
    or a first half that is a name of its own ("A Ltd and B"); not "Ministry of Lands and Mines", nor
    "Minerals and Resources Institute" (one company word is no name)."""
    first, _, second = name.partition(" and ")
    if (trades := TRADES_AND.search(name)) and trades.start("and") == len(first) and trades.end() == len(name):
        return False  # "Ramgad Minerals and Mining Ltd": two trades before the legal ending name one company
    if PORTFOLIOS_AND_BODY.search(name) and " and " not in second:
        return False  # "Energy and Mineral Resources Ministry": one ministry's portfolios
    if _PORTFOLIO_AND_THE.search(name):
        return False  # "Ministry of Natural Resources and the Environment": one ministry
    if PUBLIC_BODY_OF.search(first) and " and the " not in name:  # "Ministry of Mining and Heavy Industry" runs on,
        return bool(OWN_HEAD.search(second) or ACRONYM.fullmatch(second.rsplit(" and ", 1)[-1]))
        # "Department of State and X Center for Y", "Committee for Geology and Mines and VGM": two
    ended = re.search(rf"\S\s+(?:{ENDINGS})\.?$", first)  # not "Chamber of Minerals [and Energy]": a portfolio
    if " and the " in name or ended and (LEGAL.search(first) or not re.search(r"\b(?:of|for)\b", first)):
        return True
    if ROLE_INSIDE.search(first):
        return True
    if re.fullmatch(r"[A-Z]{2,6}", first) and re.match(r"[A-Z]", second):
        return True  # "ACB and Andina Cobre Group": an acronym is a name of its own
    if re.search(r"\b(?:of|for)\b", first):
        return False
    at = sentence.find(name)
    return at > 1 and sentence[at - 2 : at] == ", "


# A cue that names a person's role: "director of the company Ana Ortiz" is a person.
ROLE_IN_CUE = re.compile(r"\b(?:director|chairman|chief|founder|head|manager|officer|president|executive)\b", re.I)
LEAD = re.compile(
    r"^(?:(?:The|A|An|In|On|At|By|For|With|From|And|But|As|After|Under|Its|Their|This|During|While|Since|Even|Also|"
    r"Although|Because|When|Despite|Amid|Through|Following|Over|Are|Is|Was|Were|Do|Does|Did|Can|Could|Should|Would|"
    r"How|Why|What|Where|Last|Next|Citing|Quoting|Including|Excluding|January|February|March|April|June|July|August|September|October|November|December|(?:[A-Z][a-z]+\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Board\s+of\s+Directors\s+of|"
    r"[A-Z]{2,}(?=\s+The\s)"  # a dateline's place run into the sentence: "RURITANIA The Ministry of …"
    # French and German articles and descriptors: "L’australienne X", "Das X", "Startup X", "Unternehmen X" (a name is
    # "L’Oréal")
    r"|L['’][a-zà-ÿ]+|Der|Die|Das|Dem|Den|Start-?up|Unternehmen|Konzern|Bergbaukonzern|Bergbauunternehmen)\s+)+"
)


def trim_lead(name: str, from_end: bool = False) -> str:
    """Drop a sentence-initial word run into the name ("In Andina" → "Andina")."""
    name = LEAD.sub("", name)
    if from_end:  # an apposition's subject: the last name of a list ("… and Verde Norte, a miner")
        name = re.split(r",\s+|\s+and\s+", name)[-1]
    return name


def body_place(name: str, after: str, places: set[str]) -> str | None:
    """The state a public body belongs to: the place its name opens with ("North Borduria Department of
    Defence") or ends with ("Ministry of Mines of Verde"), or the government named right after it
    ("Ministry of Mines, Government of Verde")."""
    words = name.split()
    lead = next((p for n in (3, 2, 1) if len(words) > n and (p := " ".join(words[:n])) in places), None)
    tail = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})$", name)
    if lead or tail and tail.group(1) in places and PUBLIC_BODY_OF.match(name):
        return lead or tail.group(1)
    government = re.match(r",\s+((?:the\s+)?Government\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})", after)
    place = government_place(government.group(1)) if government else None
    return place if place in places else None


_REMIT_BEFORE = re.compile(r"\bfor\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+and\s+$")


def without_remit(name: str, sentence: str, start: int) -> str:
    """ "… Director General for Trade, Industry and [SMEs of the] Verde Commission": the last of a post's remits
    listed before the body is not the body's name."""
    if " of the " in name and _REMIT_BEFORE.search(sentence, max(0, start - 200), start):
        return name.split(" of the ", 1)[1]
    return name


PLACE_TAIL = re.compile(
    r"(?:\s+(?:and|for)|(?<=Group)\s+of|(?<=Mining)\s+of|(?<=Mineral)\s+of)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)$"
)


# "… Committee on Natural Resources on July": a date's month run into the name
DATE_TAIL = re.compile(
    r"\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$"
)
FOREIGN_MINISTRY_HEAD = re.compile(rf"{FOREIGN_MINISTRY_WORD}\s")
FOREIGN_PLACE_TAIL = re.compile(r"\s+(?:de|del|da|do|du|de\s+la)\s+(?P<place>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)$")


def without_place_tail(name: str, places: set[str]) -> str:
    """ "Andina Mining of Ruritania": the name, without the place; "Verde Aluminium Pty Ltd of Roetown": any place
    after a legal form (a registered name ends with it); "Secretariat of Mining Policy of the Ministry", cut before
    the ministry's own name: the unit."""
    name = re.sub(r"(?<=\w)\s+of\s+the\s+(?:Ministry|Department)$", "", DATE_TAIL.sub("", name))
    if FOREIGN_MINISTRY_HEAD.match(name) and (tail := FOREIGN_PLACE_TAIL.search(name)) and tail["place"] in places:
        return name[: tail.start()]  # "Ministerio de Minería de Ruritania": the ministry, its state apart
    if (town := TOWN_AFTER_LEGAL_FORM.search(name)) and (
        LEGAL_FORM_END.search(name, 0, town.start())
        or CORP_END.search(name, 0, town.start())
        and town.group("town") not in places  # "Andina Corp of Roetown", not "Aluminum Corp of Ruritania"
        and not LEGAL.search(town.group("town"))  # nor "Verde Power Corporation of Ruritania Limited"
    ):
        return name[: town.start()]
    tail = PLACE_TAIL.search(name)
    return name[: tail.start()] if tail and tail.group("place") in places else name


TOWN_AFTER_LEGAL_FORM = re.compile(r"\s+of\s+(?P<town>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)$")
LEGAL_FORM_END = re.compile(
    r"\b(?:Ltd|Inc|LLC|Pty|PLC|Plc|GmbH|AG|NV|BV)\.?$"
)  # not "X Corporation of Verde": its name
CORP_END = re.compile(r"\bCorp\.?$")  # "Andina Corp of Roetown": of a town (but "X Corporation of Verde" is a name)


def listed_among(sentence: str, found) -> Iterator[str]:
    """The names in a list ("X, Y and Z") two of whose items are organisations `found` already (a live
    mapping: the caller adds each name before the next is looked at): one too."""
    for m in finditer(NAME_LIST, sentence) if len(found) >= 2 else ():
        *first, last = re.split(r",\s+(?:and\s+)?", m.group(0))  # "and" inside a middle item is the name's
        parts = [*first, *re.split(r"\s+and\s+", last, maxsplit=1)] if first else re.split(r"\s+and\s+", last)
        items = [re.sub(r"^the\s+|\s*\([^)]*\)$", "", i) for i in parts]
        if sum(i in found for i in items) >= 2:
            yield from (i for i in items if i not in found and " " in i)


# "Liu Jian of Andina Lithium Group", "Chief Executive of Verde Mining Company": a person (or post) of a body.
_WHO_OF = re.compile(r"(?P<who>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2})\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)")
_BODY_WORD = re.compile(
    rf"\b(?:{ORG_HEADS}|National|State|Federal|Central|Provincial|Regional|Municipal|Royal|General|Geological|"
    r"Development|Investment|Trade|Trading|Steel|Oil|Gas|Power|Chemical|Industrial|Nuclear|Atomic|Republic|States|"
    r"Kingdom|Emirates|Union|Islands?|Territory|Province|Region|City|County|District)\b"
)


def without_person_before(name: str, places: set[str]) -> str:
    """The body, not "Liu Jian of Andina Lithium Group": two or three plain capitalised words, none a body's or a
    place's, then "of" and a name that ends as a body's does."""
    body = body_of_person(name)
    return name if body is None or name[: -len(body)].split(" of ")[0] in places else body


def body_of_person(name: str, person: bool = False) -> str | None:
    """ "Andina Lithium Group" of "Liu Jian of Andina Lithium Group": the body a plainly named person is of, when
    its name ends as a body's does (any name, when the caller knows the words before "of" are a `person`'s)."""
    m = _WHO_OF.fullmatch(name)
    if m is None or not plain_name(m["who"]):
        return None
    body = m["body"]
    return body if person or re.search(rf"\b(?:{ORG_HEADS})$", body) or COMPANY_HEADS.search(body.split()[-1]) else None


def plain_name(words: str) -> bool:
    """Capitalised words no body's name is made of: a person's name ("Liu Jian"), or a post's."""
    return not _BODY_WORD.search(words) and not COMPANY_HEADS.search(words)


_REPRESENTATIVE = re.compile(r"(?P<who>(?:[A-Z][a-z]+[\s-]){1,3}[A-Z][a-z]+)\s+of\s+(?:the\s+)?")


def representatives(sentence: str, starts: list[int]) -> list[tuple[int, int]]:
    """Where a person's name stands right before "of" and a body's name that starts at one of `starts` ("Liu Jian
    of Andina Lithium Group signed …"): the body acts through them."""
    spans = []
    for at in starts:
        m = next((m for m in _REPRESENTATIVE.finditer(sentence, max(0, at - 60), at) if m.end() == at), None)
        if m and plain_name(m["who"]):
            spans.append((m.start("who"), m.end("who")))
    return spans
