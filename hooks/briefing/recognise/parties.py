"""Stage 2, recognise (deal parties): who a deal sentence says the parties are.

Parties come from the sentence's structure: a subject before the verb ("X and Y signed", "X, a miner, and Y agreed"),
a counterpart phrase ("with X and Y", "between X and Y", "including X"), a compound ("X-Y framework"). Places the
sentence sets against the deal ("dependence on X", "away from X") are not parties; a titled name is a person, not an
organisation.
"""

from __future__ import annotations

import re

from ..keys import is_org, org_key
from ..text import AND
from .deal_words import DESCRIBED_THEN_NAMED, LIST_JOIN, unnamed
from .org_forms import body_of_person
from .org_spans import OrgSpan
from .party_names import PART_CUT, WHEN_AFTER_NAME, ands_in_short_formed_names, ands_inside_names, head_name

VERB_AFTER_NAME = r"(?:is|are|was|were|has|have|had|will|would|closed|opened|signed|said|says)\b"
NOT_COUNTERPART = re.compile(
    r"\b(?:tensions?|relations?|competition|rivalry|ties|disputes?|associated|"
    r"discussions|talks|summit|meetings?|visit|interviews?|conversations?|calls?|conference|the case|"
    r"accordance|compliance|conformity|line|keeping|consistent|aligns?|aligned)\s+$",  # "in accordance with the Act"
    re.I,
)
WITH_PHRASE = re.compile(  # (and in Spanish, Portuguese, French, German, Indonesian: "com os X para …")
    r"\b(?:with|(?P<between>between|entre|zwischen|antara)|(?<!\.)(?:con|com)|avec|mit|dengan)\s+(?P<cp>.+?)(?=\s+(?:to|for|"
    r"on|in|that|which|who|amid|as|following|aimed|aiming|culminat\w*|marking|para|pour|por|per|sur|sobre|em|en|für|über|"
    r"untuk|di|que|qui|che|yang)\b|[,;:]|(?<![A-Z])\.|$)"
)
SUPPLY_TO = re.compile(
    r"\b(?:suppl(?:y|ies|ying)|sell|sales?|deliver(?:y|ies)?|exports?|provide|lend)\b(?:[^,;.]|(?<=\d)\.(?=\d)){0,60}?"
    r"\bto\s+(?P<cp>(?:the\s+)?[A-Z][^,;.]*?)(?=\s+(?:for|from|in|by|over|until|through|starting)\b|[,;:]|(?<![A-Z])\.|$)"
)
# "X-Y", "X (XY) and Y signed", "X y Y firmaron"
COMPOUND_GAP = re.compile(rf"\s*[-–]\s*|(?:\)|\s*\([^()]{{1,12}}\))?\s+{AND}\s+(?:the\s+)?")
INCLUDING = re.compile(r"\bincluding\s+(?P<cp>.+?)(?=[,;:]|(?<![A-Z])\.|$)")
SUBJECT_VERB = re.compile(
    r"\b(?:agreed|signed|reached|formed|will|have|has|had|plan(?:s|ned)?|announced|launched|set up)\b"
)
TITLE_WORD = re.compile(r"\b(?:President|Minister|Secretary|Chancellor|King|Queen|Premier|Governor|Senator|Mr|Ms|Dr)\b")
FIRM_SUBJECT = re.compile(  # "the Toronto-based firm"
    r"\b(?:the|this)\s+(?:[\w-]+\s+)??(?:company|firm|miner|developer|producer|explorer)\b", re.I
)
STATE_ITSELF = re.compile(r"\s(?:Government|Cabinet|Presidency|State Council)$")
AFTER_PREPOSITION = re.compile(r"\b(?:to|through|from|of|by|at|in|on|under|before)\s+(?:the\s+)?$")
# Not the Portuguese "e" alone: it joins the words of one body's name too ("Ministério de Obras e Energia").
_AND_BETWEEN_PARTIES = AND.replace("|e|", "|")
PART_SPLIT = re.compile(rf",\s*(?:{_AND_BETWEEN_PARTIES}\s+)?|\s+{_AND_BETWEEN_PARTIES}\s+")  # "X & Y Mining" is one
INTRO = re.compile(
    r"^(?:Under|In|On|After|Following|According to|Separately|Meanwhile|Additionally|Later|Earlier|Further|"
    r"Furthermore|Moreover|However|Also|Besides|Still|Now|Then|Thus|Hence|Therefore|Subject to|Pending|"
    r"[A-Z][a-z]+ly)"
    r"\b[^,]*,\s*"
    # a wire dateline: "LIMA, March 12 (Wire Service) - ", "OSLO (Agency) — ", "ROETOWN, RURITANIA — "
    r"|^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+(?:,\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?|[A-ZÀ-Þ][A-ZÀ-Þ .'-]+))?\s*(?:\([^)]*\))?\s*(?:-{1,2}|–|—)\s*"
)
EXCLUDING = re.compile(
    r"\b(?:on(?!\s+behalf\b)|(?<!authorities )(?<!officials )(?<!delegations )(?<!representatives )from|against|counter|beyond|outside|"
    r"over|to|toward|towards|than|with tensions with|amid tensions with|relations with|ties with)"  # not "officials
    # from X and Y signed"; "balanced relations with X and Y" are no parties
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def phrase_parties(
    sentence: str,
    lo: int,
    hi: int,
    allowed: list[tuple[int, int, str]],
    people: tuple[tuple[int, int], ...] = (),
    joined: frozenset[int] = frozenset(),
) -> list[str]:
    """Parties named in a "with …"/"between …" phrase: places by their names, organisations by theirs.
    `joined`: where an "and" is inside a name, not between two."""
    parties, at = [], lo
    joined |= ands_inside_names(sentence, lo, hi)
    cuts = [x for m in PART_SPLIT.finditer(sentence, lo, hi) if m.start() not in joined for x in (m.start(), m.end())]
    bounds = [lo, *cuts, hi]
    for piece in [sentence[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)] + [""]:
        start = sentence.find(piece, at) if piece else hi
        part = piece
        if cut := PART_CUT.search(part):
            part = part[: cut.start()]
        elif when := WHEN_AFTER_NAME.search(part):
            part = part[: when.start("when")]
        at = start + len(piece)
        if not part.strip():
            continue
        head = head_name(part)
        inside = [(s, e, k) for s, e, k in allowed if start <= s and e <= start + len(part)]
        if head is not None:
            h0, name = start + head[0], head[1]
            place = next((k for s, e, k in inside if s <= h0 and e >= h0 + len(name) - 1), None)
            if not place and STATE_ITSELF.search(name):  # "the Verdean Cabinet": the state itself
                place = next((k for s, _, k in inside if s == h0), None)
            person = any(s < h0 + len(name.split(" of ")[0]) and h0 < e for s, e in people)
            if not place and (body := body_of_person(name, person)):  # "by Jon Roe of Andina": Andina
                h0, name = h0 + len(name) - len(body), body
            if any(s < h0 + len(name) and h0 < e for s, e in people) or TITLE_WORD.search(name):
                continue  # a person, not an organisation
            if not place and unnamed(name):
                continue  # "It has signed deals with …": the party is named elsewhere
            if not place and _town_of(sentence, h0 + len(name), allowed) and " " not in name:
                continue  # "flights between Roetown, Verde and …": a town, then its country
            parties.append(place or org_key(name))
        else:
            parties += [k for _, _, k in inside]
    return list(dict.fromkeys(parties))


def _town_of(sentence: str, end: int, places: list[tuple[int, int, str]]) -> bool:
    """A name followed by a comma and a place the gazetteer knows is a town in it ("Roetown, Verde"); so is one
    before a region's "-based" ("the Roetown, Andina-based miner")."""
    comma = re.match(r",\s+", sentence[end:])
    based = re.match(r",\s+(?:[A-Z][\w.'’]*\s+)?[A-Z][\w.'’]*-based\b", sentence[end:])
    return bool(based) or bool(comma) and any(s == end + comma.end() for s, _, _ in places)


def subject_and_counterparts(
    sentence: str, places: list[tuple[int, int, str]], trigger_at: int, people_spans=()
) -> tuple[list[str], list[str], bool]:
    """(subject parties, counterpart parties, whether a "between" phrase named them all)."""
    allowed = [(s, e, k) for s, e, k in places if not EXCLUDING.search(sentence[max(0, s - 40) : s])]
    counterparts: list[str] = []
    m = next(
        (
            m
            for m in WITH_PHRASE.finditer(sentence, trigger_at)
            if not NOT_COUNTERPART.search(sentence[max(0, m.start() - 20) : m.start()])
        ),
        None,
    )
    named = allowed
    if m is None and (m := SUPPLY_TO.search(sentence, trigger_at)):  # "a deal to supply uranium to Borduria"
        named = places  # the buyer after "to" is a party here
    if m:
        end = m.end("cp")
        extra = INCLUDING.search(sentence, end, min(len(sentence), end + 80))
        counterparts = phrase_parties(sentence, m.start("cp"), m.end("cp"), named, people_spans)
        counterparts += _listed_after(sentence, end, allowed)  # "with Ruritania, Borduria and Andina"
        if extra:  # "with partners, including X, Y and Z"
            counterparts += phrase_parties(sentence, extra.start("cp"), extra.end("cp"), allowed, people_spans)
            counterparts += [k for k in _listed_after(sentence, extra.end("cp"), allowed) if k not in counterparts]
    subject: list[str] = []
    for i, (_, e, k) in enumerate(allowed[:-1]):  # compounds first, else the place before the trigger
        if COMPOUND_GAP.fullmatch(sentence[e : allowed[i + 1][0]]) and k not in counterparts:
            subject += [k, allowed[i + 1][2]]
    if not subject and counterparts and all(is_org(c) for c in counterparts):
        subject = subject_orgs(sentence, trigger_at, allowed, people_spans)[:1]  # a company deals with companies
    if not subject:
        subject = [k for s, e, k in allowed if s < trigger_at and k not in counterparts][:1]
    if not subject and counterparts:
        subject = subject_orgs(sentence, trigger_at, allowed, people_spans)[:1]
    subject = [k for k in dict.fromkeys(subject) if k not in counterparts]
    return subject, counterparts, bool(m and m.groupdict().get("between") and len(counterparts) >= 2)


def _listed_after(sentence: str, at: int, allowed: list[tuple[int, int, str]]) -> list[str]:
    """Places that continue a list the "with" phrase stopped at (", Borduria and Andina"): only a list
    that ends in "and", not ", Borduria said"."""
    out: list[str] = []
    for s, e, k in allowed:
        if s < at:
            continue
        gap = sentence[at:s]
        if not re.fullmatch(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", gap) or re.match(
            r"['’]", sentence[e : e + 1]
        ):
            break  # not a list, or "and the EU's involvement": a possessive, not a party
        out.append(k)
        at = e
        if "and" in gap:
            return out
    return []


# "The federal government unveiled … with Y", "The country has …": a state acts, unnamed in its sentence.
GOVERNMENT = r"(?:federal\s+|national\s+|central\s+)?government\b(?!\s+of\b)"  # (after "the")
UNNAMED_STATE = re.compile(rf"(?:^|[—–:,]\s+)[Tt]he\s+(?:{GOVERNMENT}|country\s+(?:has|had|have)\b)")


def place_parties(
    sentence: str,
    places: list[tuple[int, int, str]],
    trig: re.Match,
    people: list[str],
    protagonist_of: dict[str, str],
    people_spans=(),
    home: str | None = None,
) -> list[str]:
    """Subject + counterparts; a missing subject comes from the sentence or its people. The article's
    other sentences give it only where the sentence says a state acts without naming it ("the federal
    government … with Verde City"): then it is the state the article names most (`home`); otherwise that
    would be a guess, wrong more often than right."""
    subject, counterparts, between = subject_and_counterparts(sentence, places, trig.start(), people_spans)
    if between:
        return counterparts
    if counterparts and not subject:
        allowed = [
            k
            for s, e, k in places
            if s > trig.start()
            and not EXCLUDING.search(sentence[max(0, s - 40) : s])
            and not re.match(r"['’]s\s+[A-Z]|\s+[A-Z]", sentence[e : e + 4])  # "Ruritania's Y", "Ruritania Y Corp": Y's
        ]
        firm = FIRM_SUBJECT.search(sentence, 0, trig.start())  # "the firm was negotiating": no state stands in for it
        named = (  # the state the sentence says acts, unnamed, first
            [home if UNNAMED_STATE.search(sentence, 0, trig.start()) else None]
            + allowed
            + [protagonist_of.get(p) for p in people]
        )
        candidates = [] if firm else named
        subject = [k for k in candidates if k and k not in counterparts][:1]
        if not subject:  # "agreements the administration struck with X and Y": with whom, not between them
            return []
    if not counterparts:  # "X's President A and Y's Prime Minister B signed an agreement": their states
        leaders = [protagonist_of.get(p) for p, (at, _) in zip(people, people_spans, strict=False) if at < trig.start()]
        leaders = list(dict.fromkeys(k for k in leaders if k))
        if len(leaders) >= 2 and set(subject) <= set(leaders):
            return leaders
    return list(dict.fromkeys(subject + counterparts))


def subject_orgs(sentence: str, trigger_at: int, allowed, people_spans=()) -> list[str]:
    """Organisations named as the subject before the verb: "X, a miner, and Y agreed to form …"."""
    verb = SUBJECT_VERB.search(sentence, 0, trigger_at)
    if not verb:
        return []
    subject = INTRO.sub("", sentence[: verb.start()])
    offset = verb.start() - len(subject)
    subject = re.sub(r",\s+(?:a|an|the|which|who)\s[^,]+,", lambda m: " " * len(m.group(0)), subject)
    joined = ands_in_short_formed_names(subject, offset)
    subject = re.sub(r"\s\([^()]*\)", lambda m: " " * len(m.group(0)), subject)  # "X (ASX: AJM) has signed"
    # "X said on Wednesday it had signed …": the subject is X
    subject = re.sub(r"\s+(?:said|says|announced|confirmed)\b.*$", lambda m: " " * len(m.group(0)), subject)
    parties = phrase_parties(sentence[:offset] + subject, offset, verb.start(), allowed, people_spans, joined)
    return [p for p in parties if is_org(p)]


_DESCRIBED = re.compile(r"^,\s+(?:a|an|the)\s+[^,;:.]{3,60},")


def listed_subject(sentence: str, before: list[tuple[int, int, str]], verb_at: int) -> list[str]:
    """The names listed just before the verb ("X and the Ruritanian Y will …"), at least one of
    them an organisation; nothing but a short predicate between the last name and the verb (and a description
    of it: "X and Y, a Verdean trader and miner, have signed …")."""
    gap = _DESCRIBED.sub("", sentence[before[-1][1] : verb_at], count=1) if before else ""
    if not before or re.search(r"[,;:.]", gap) or len(gap) > 40:
        return []
    run = [before[-1]]
    for prev in reversed(before[:-1]):
        if not LIST_JOIN.fullmatch(sentence[prev[1] : run[0][0]]):
            break
        run.insert(0, prev)
    keys = list(dict.fromkeys(k for _, _, k in run))
    if gap != sentence[before[-1][1] : verb_at] and not re.search(r"\sand\s|&", sentence[run[0][1] : run[-1][0]]):
        return []  # "X Co, Y, the Gulf's largest miner, agreed": one company and its other name, described
    return keys if len(keys) >= 2 and any(is_org(k) for k in keys) else []


OWNER_DESCRIBES = re.compile(r"['’]s\s+(?:[a-z-]+\s+){1,3}")


def org_parties(sentence: str, orgs: list[OrgSpan], trigger: re.Match, places, known=()) -> list[str] | None:
    """Organisations as parties of a venture: "X has partnered with Y", "X, a miner, and Y agreed to form".
    `known`: every organisation the sentence names, for a counterpart described before its name."""
    venture = trigger.group("t").lower() in ("partnered", "partnership", "venture", "joint venture", "joint ventures")
    if venture and orgs:
        subject = orgs[0]  # (or the body its owner's possessive describes: "Andina's trading arm Andina Trade")
        if len(orgs) > 1 and OWNER_DESCRIBES.fullmatch(sentence, subject.end, orgs[1].start):
            subject = orgs[1]
        with_m = re.search(
            r"\bwith\s+(?P<cp>(?:the\s+)?[^,;.]+?)(?=\s+(?:to|for|on|in|that|which)\b|[,;.]|$)", sentence[subject.end :]
        )
        if with_m:  # the name, up to a verb after it ("… Y and Z closed today")
            at = subject.end + with_m.start("cp")
            if (d := DESCRIBED_THEN_NAMED.match(sentence, at)) and (
                named := next((o for o in (*orgs, *known) if o.start == d.end()), None)
            ):  # "with Ruritania's biggest copper producer, Andina Cobre,": the name after the description
                return [org_key(subject.name), org_key(named.name)]
            cp = re.split(rf"\s+(?={VERB_AFTER_NAME})", with_m.group("cp").removeprefix("the "))[0]
            head = head_name(cp)  # "with Bordurian miner Andina": the name, not its description
            if head or re.search(r"[A-Z]", cp):  # "with Verde's state miner"; not "with a renewal period": no name
                return [org_key(subject.name), org_key(head[1] if head else cp)]
    between = re.search(  # "between the state miner, X, and Y": the commas of an apposition inside
        r"\bbetween\s+(?P<cp>(?:[^;.]|\.(?=\s+and\s))+?\sand\s(?:[^,;.—]|(?<=\b[A-Z])\.)+?|.+?)"
        r"(?=[,;—]|(?<!\b[A-Z])\.|\s+(?:in|on|to|for|which|that)\s|$)",  # (not "U.S." cut at its first stop)
        sentence[trigger.end() :],
    )
    if between:
        lo = trigger.end() + between.start("cp")
        found = [p for p in phrase_parties(sentence, lo, lo + len(between.group("cp")), places)]
        if len(found) >= 2 and all(is_org(p) for p in found):
            return found
    orgs_in_subject = subject_orgs(sentence, trigger.start(), places) if venture else []
    return orgs_in_subject if len(orgs_in_subject) >= 2 else None
