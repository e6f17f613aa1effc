"""Stage 2, recognise people: named persons from attribution patterns and titles.

Experts (analysts, academics, fellows, executives quoted for analysis) and officials (heads of
state and government, ministers, secretaries) are told apart by the role the text gives them.
Role and affiliation are kept exactly as the text states them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..ingest import Article
from ..kinds import EXPERT, OFFICIAL, EntityKind
from .evidence import Quote
from .gates import finditer
from .mentions import passage_sentences
from .people_phrases import other_posts
from .people_whole import people_found
from .person_names import HONORIFIC, LEADING_WORD, TRAILING_WORD, in_full, plausible_name
from .post_patterns import (
    AMBASSADOR_TO,
    APPOINTED_AS,
    BODY_POST_NAME,
    GLUED_NAME,
    GOVERNMENT_POST_AFTER,
    HEAD_OF_PLACE,
    JOINT_POST,
    LISTED_BODY,
    LONG_PORTFOLIO_NAME,
    NAME_COMMA_OF_SAID,
    NAME_IN_LIST,
    NAME_OF_BODY,
    ONE_OF_PLURAL,
    PLACE_HEADS,
    PLACE_LOWER_TITLE,
    PLURAL_TITLE,
    PLURAL_TITLES,
    POST_FOR_REMIT,
    POST_IN_BODY,
    POST_MODIFIER,
    POST_OF_BODY_NAME,
    ROLE_THEN_NAME,
    SENIOR_BEFORE,
    SPEAKER,
    SPOKESPERSON,
    THE_AGENCY,
    THE_COMPANY,
    THE_POST_NAME,
    TITLE_AT_MINISTRY_NAME,
    clean_affiliation,
    named_after_post,
    posts_of_glued_names,
    state_post,
)
from .title_patterns import (
    APPOSITIVE,
    CHAIRED_BY,
    LOWER_TITLE_NAME,
    NAME_ORG_ROLE,
    ORG_ROLE_NAME,
    OWNER_BEFORE_ROLE,
    PORTFOLIO_LEAD,
    POST_SPOKE,
    RANK_WORDS,
    STATE_POST,
    TITLE_AFTER,
    TITLE_BEFORE,
    TITLE_OF_PLACE,
    appositive_post,
)
from .titles import (
    BARE_CHAIR,
    CHAIR_OR_CHIEF_POST,
    EXPERT_ROLE_WORDS,
    OFFICIAL_ROLE_WORDS,
    PARTY_LEADER,
    PORTFOLIO,
    POST,
    TITLE_MODIFIER,
    TITLE_WORD,
    classify_role,
    is_portfolio,
    led_by_place,
    names_a_role,
    owned_post,
    post_in_body,
    public_body,
    strip_possessive,
)

# A lede's first word in capitals, as dailies print it: "PRESIDENT Jane Doe has authorised …".
LEDE_CAPS = re.compile(r"^[A-Z]{4,}(?=\s+[A-Z][a-z])")
MINISTER = re.compile(r"(?i:minister|ministr[oa])")  # of a portfolio, unless of a place


@dataclass(frozen=True)
class PersonSighting(Quote):
    name: str
    kind: EntityKind | None  # EXPERT or OFFICIAL; None when no role is given
    role: str | None
    affiliation: str | None


def find_people(article: Article, places: set[str]) -> list[PersonSighting]:
    """Every person the text names with a role, title or attribution verb."""
    return people_found(article, places, people_in(article, places, 0, len(article.passages)))


COMPANY_BEFORE = re.compile(r"\b(?:the|its|a)\s+(?:company|firm|group|corporation|miner)(?:['’]s)?\s+$")
RANK_LAST = re.compile(rf"(?P<lead>[A-Z][\w&.-]*)\s+(?P<rank>{'|'.join(RANK_WORDS)})$")
BODY_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w&.-]*\s+){1,2}$")


def people_in(article: Article, places: set[str], lo: int, hi: int | None) -> list[PersonSighting]:
    """The people passages lo to hi name, sentence by sentence (a piece of `find_people`), each with the
    sentence before it ("…, the mines minister said." then "“…,” Jane Doe said.")."""
    found: list[PersonSighting] = []
    before = next((s[-1][2] for p in reversed(article.passages[:lo]) if (s := list(passage_sentences(p)))), "")
    bare_before = None  # where in `found` the one person the sentence before names with no post is
    for passage in article.passages[lo:hi]:
        for _, _, sentence in passage_sentences(passage):
            people = named_after_post(before, _sentence_people(sentence, article.id, passage.anchor, places))
            if bare_before is not None and not people and (post := POST_SPOKE.search(sentence)):
                # "Jane Doe said today that …" then "“…,” the prime minister told reporters": her post
                kind = OFFICIAL if post["state"] else None
                found[bare_before] = replace(found[bare_before], kind=kind, role=post["title"])
            bare = [k for k, p in enumerate(people) if p.role is None and p.kind is None and " " in p.name]
            bare_before = len(found) + bare[0] if len(bare) == 1 and not any(p.role for p in people) else None
            found.extend(people)
            before = sentence
    return found


def _sentence_people(written: str, article: str, anchor: str, places: set[str]) -> list[PersonSighting]:
    out = []
    sentence = JOINT_POST.sub("", written) if "/" in written or ")," in written else written
    if (lede := LEDE_CAPS.match(sentence)) and re.fullmatch(TITLE_WORD, lede.group().capitalize()):
        sentence = lede.group().capitalize() + sentence[lede.end() :]  # "PRESIDENT Jane Doe has …": a daily's lede

    def add(name, kind, role, aff):
        name = HONORIFIC.sub("", TRAILING_WORD.sub(r"\1", LEADING_WORD.sub("", name)))
        if not in_full(name) and kind is not OFFICIAL and role is None or not plausible_name(name, places, role):
            return
        if any(p.name.endswith(" " + name) and p.role and sentence.count(name) <= sentence.count(p.name) for p in out):
            return  # "Tran Quoc Hung" found whole: "Quoc Hung" is its end (unless written apart too), not another
        if role is None and any(name.endswith(" " + p.name) for p in out):
            return  # "Northern Territory Ana Ortiz said": the titled "Ana Ortiz" already found
        out[:] = [p for p in out if not (name.endswith(" " + p.name) and role)]
        aff = clean_affiliation(aff)
        role = role and OWNER_BEFORE_ROLE.sub("", role).strip() or None  # "its chief executive": a chief executive
        role = None if role and HONORIFIC.fullmatch(role + " ") else role  # "Dr." is no role
        if aff and role and (is_portfolio(aff) or aff == "Republic") and not CHAIR_OR_CHIEF_POST.search(role):
            ways = (f"{aff} {role}", f"{role} of the {aff}")  # "Energy Secretary", "President of the Republic": a title
            role, aff = next((way for way in ways if way in sentence), f"{role} of {aff}"), None
        sighting = PersonSighting(article, anchor, written, name, kind, role, aff)
        known = next((i for i, p in enumerate(out) if p.name == name and p.role), None)
        if known is None:
            out.append(sighting)
        elif out[known].kind is None and kind is not None:  # a title or role word found later decides
            out[known] = sighting

    for m in finditer(APPOSITIVE, sentence):
        aff = m.group("aff") + (listed.group(0) if (listed := LISTED_BODY.match(sentence, m.end("aff"))) else "")
        role, aff = appositive_post(m.group("role").strip(), m.group("prep"), aff, sentence[m.end("aff") :])
        if names_a_role(role) and not GLUED_NAME.fullmatch(aff):
            kind = EXPERT if THE_COMPANY.match(aff) else classify_role(role, clean_affiliation(aff) or None, places)
            kind = OFFICIAL if THE_AGENCY.match(aff) else kind  # "head of the agency known as X": the state's
            add(m.group("name"), kind, role, aff)  # "president of the company": a company's, not a state's
    for m in finditer(TITLE_BEFORE, sentence):
        aff = m.group("aff")
        if m.group("title").startswith("Vice") and (senior := SENIOR_BEFORE.search(sentence, 0, m.start())):
            # "Andina Senior Vice President Jane Doe": a company's rank, not a state's vice president
            add(m.group("name"), EXPERT, "Senior " + m.group("title"), senior.group("aff"))
            continue
        if not aff and COMPANY_BEFORE.search(sentence, 0, m.start()):
            add(m.group("name"), EXPERT, m.group("title"), None)  # "led by the company Vice President X"
            continue
        if aff and (ranked := RANK_LAST.match(aff)) and (body := BODY_BEFORE.search(sentence, 0, m.start("aff"))):
            # "Verde Electronics Executive Chairman X": the rank is the post's, the body's name begins before
            body_name, title = f"{body.group(0)}{ranked['lead']}", f"{ranked['rank']} {m.group('title')}"
            add(m.group("name"), classify_role(title, body_name, places), title, body_name)
            continue
        if (
            aff
            and (lead := PORTFOLIO_LEAD.search(sentence, 0, m.start("aff")))
            and re.search(r"(?i)minister|secretary", m.group("title"))
        ):
            # "Energy and Natural Resources Minister X": the whole portfolio is the title, not a body
            add(m.group("name"), OFFICIAL, sentence[lead.start() : m.end("title")], None)
            continue
        if post_in_body(m.group("title"), aff, sentence[: m.start()], places):
            # "Andina Cobre President Ana Ortiz": a post in a body, official only if the body is the state's
            add(m.group("name"), classify_role(m.group("title"), aff, places), m.group("title"), aff)
            continue
        if not in_full(m.group("name")) and re.search(rf"\b(?:of|for)\b.*\b{PORTFOLIO}$", m.group("title")):
            continue  # "Secretary for Economic Growth, Energy": the portfolio goes on, no name follows
        aff = aff if aff and strip_possessive(aff) in places else None
        # "Chairman Doe" with no body named: a state's or a board's chairman, not said here
        chair = not aff and BARE_CHAIR.fullmatch(m.group("title"))
        add(m.group("name"), None if chair else OFFICIAL, m.group("title"), aff)
    for m in finditer(TITLE_AFTER, sentence):
        aff = m.group("aff")
        place = aff is not None and strip_possessive(aff) in places
        if (
            place or m.group("state") or aff is None and m.group("title")[:1].isupper()
        ):  # "the country's mines minister"
            add(m.group("name"), OFFICIAL, m.group("title"), aff)
    for m in [*finditer(TITLE_OF_PLACE, sentence), *finditer(AMBASSADOR_TO, sentence)]:
        if m.group("aff") and m.group("aff") not in places and MINISTER.fullmatch(m.group("title")):
            add(m.group("name"), OFFICIAL, sentence[m.start("title") : m.end("aff")], None)  # "ministro de Minería, X"
        elif m.group("aff") in places or m.group("aff") and STATE_POST.fullmatch(m.group("title")):
            two = m["title"].endswith("s") and m.groupdict().get("name2")  # "ambassadors to X Jane Doe and Jon Roe"
            for name in filter(None, (m.group("name"), two)):
                add(name, OFFICIAL, m.group("title").removesuffix("s"), m.group("aff"))  # "the governor of X, Y"
        elif body := m.groupdict().get("body"):  # a public or international body's head is an official
            if body.endswith(("Region", "Province", "Oblast")):  # a region's head: "Deputy Akim of the X Region"
                add(m.group("name"), OFFICIAL, sentence[m.start("title") : m.end("body")], None)
                continue
            kind = OFFICIAL if public_body(body) or body in places else classify_role(m.group("title"), body, places)
            add(m.group("name"), kind, m.group("title"), body)
    lower_head = any(map(sentence.__contains__, PLACE_HEADS))  # the cheap test first: most sentences have none
    for m in [*finditer(PLACE_LOWER_TITLE, sentence), *finditer(HEAD_OF_PLACE, sentence)] if lower_head else ():
        if strip_possessive(m.group("aff")) in places:
            add(m.group("name"), OFFICIAL, m.group("title"), m.group("aff"))
    for m in finditer(PLURAL_TITLE, sentence) if any(map(sentence.__contains__, PLURAL_TITLES)) else ():
        title = ONE_OF_PLURAL.get(m.group("title")) or re.sub(r"ies$", "y", m.group("title")).removesuffix("s")
        for n in NAME_IN_LIST.finditer(m.group("names")):
            add(n.group("name"), OFFICIAL, f"{title} ({n.group('post')})" if n.group("post") else title, None)
    for m in finditer(SPOKESPERSON, sentence):
        add(m.group("name"), OFFICIAL, m.group("title"), m.group("aff"))
    for m in finditer(ROLE_THEN_NAME, sentence):
        if EXPERT_ROLE_WORDS.search(m.group("role")) or PARTY_LEADER.fullmatch(m.group("role")):
            add(
                m.group("name"),
                classify_role(m.group("role"), clean_affiliation(m.group("aff")), places),
                m.group("role"),
                m.group("aff"),
            )
    for m in [
        *finditer(ORG_ROLE_NAME, sentence),
        *finditer(NAME_ORG_ROLE, sentence),
        *finditer(APPOINTED_AS, sentence),
    ]:
        if EXPERT_ROLE_WORDS.search(m.group("role")) or PARTY_LEADER.fullmatch(m.group("role")):
            add(
                m.group("name"), classify_role(m.group("role"), m.group("aff"), places), m.group("role"), m.group("aff")
            )
    if sentence[:1].isupper() and (m := SPEAKER.match(sentence)):  # its words as a name: "Jane Doe"
        add(m.group("name").title(), OFFICIAL, m.group("title").title(), None)
    for m in finditer(CHAIRED_BY, sentence) if "ed by" in sentence else ():
        role = f"{'chair' if m.group('verb') == 'chaired' else 'head'} of the {m.group('unit')}"
        add(m.group("name"), classify_role(role, m.group("aff"), places), role, m.group("aff"))
    for m in finditer(LONG_PORTFOLIO_NAME, sentence):
        add(m.group("name"), OFFICIAL, m.group("title"), None)
    for m in [*finditer(LOWER_TITLE_NAME, sentence), *finditer(THE_POST_NAME, sentence)]:
        add(
            m.group("name"), *owned_post(sentence[: m.start()], m.group("title").rstrip(","), places)
        )  # "Andina's spokesman X"
    for m in [*finditer(GOVERNMENT_POST_AFTER, sentence), *finditer(TITLE_AT_MINISTRY_NAME, sentence)]:
        add(m.group("name"), OFFICIAL, m.group("role"), None)
    for m in finditer(POST_FOR_REMIT, sentence) if " for " in sentence else ():
        add(m.group("name"), OFFICIAL, m.group("title").strip(), m.group("aff"))
    for m in [*finditer(NAME_OF_BODY, sentence), *finditer(NAME_COMMA_OF_SAID, sentence)]:  # no post: the body's expert
        if not re.search(
            r"(?:\b(?:and|of|for)|&|[A-Z][\w.'’-]*)\s+$", sentence[: m.start()]
        ):  # not "… and Eurasian Studies"
            add(m.group("name"), EXPERT, None, m.group("aff"))
    for pattern in POST_IN_BODY:
        for m in finditer(pattern, sentence):
            if pattern is BODY_POST_NAME and PORTFOLIO_LEAD.search(sentence, 0, m.start("aff")):
                continue  # a portfolio's tail ("… and Natural Resources Minister X"), read as a title above
            aff = re.sub(r"^(?:The|A|An)\s+", "", m.group("aff"))
            if post := state_post(pattern, sentence, m):  # "Trade Undersecretary and …", "The Authority's …"
                add(m.group("name"), OFFICIAL, *post)
                continue
            if re.fullmatch(POST_MODIFIER, aff) or re.fullmatch(POST, aff):  # "Chief executive X", "Chairman and CEO X"
                add(m.group("name"), EXPERT, f"{aff} {m.group('role')}", None)
                continue
            state_title = re.search(r"\b(?:minister|secretary)\b", m.group("role"), re.I)
            if (
                TITLE_MODIFIER.match(aff.split()[0])
                or pattern is BODY_POST_NAME
                and led_by_place(aff, places)
                and (state_title or strip_possessive(aff) in places)
            ):  # "U.S. Energy Secretary X" is a title; "U.S. Southern Command head X" a post in a body
                continue
            role = m.group("role")
            if pattern is POST_OF_BODY_NAME and re.search(r"\b(?:minister|secretary|commissioner)\b", role, re.I):
                role, aff = sentence[m.start("role") : m.end("aff")], None  # "Minister of Solid Minerals": a portfolio
            elif OFFICIAL_ROLE_WORDS.fullmatch(f"{aff} {role}") and not CHAIR_OR_CHIEF_POST.search(role):
                role, aff = f"{aff} {role}", None  # "Energy Secretary": a title, not a post in a body "Energy"
            kind = classify_role(role, aff, places)
            aff = None if aff and strip_possessive(aff) in places and kind is OFFICIAL else aff
            add(m.group("name"), kind, role, aff)
    for name, role, aff in posts_of_glued_names(sentence) if " of " in sentence else ():
        add(name, classify_role(role, aff, places), role, aff)  # "CEO of Andina Group Jane Doe"
    for name, kind, role, aff in other_posts(sentence, places):  # (`people_phrases`)
        add(name, kind, role, aff)
    return out
