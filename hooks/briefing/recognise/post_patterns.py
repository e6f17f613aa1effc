"""How articles name a person by a post in a body: the body, the post, the name; the post of the
body, then the name; the name, then the post and the body (as a release signs a quote)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..kinds import OFFICIAL
from .person_names import COURTESY, FULL_NAME, PERSON_TOKEN, TITLE_HONORIFIC, UPPER
from .titles import OFFICIAL_TITLES, PORTFOLIO, PORTFOLIO_TITLE, POST, PUBLIC_BODY_OWNS, TITLE_AND, strip_possessive

# Words that make a post, never a body, when they stand before one ("Chief executive X").
POST_MODIFIER = r"(?:Chief|Managing|Executive|Senior|Deputy|Vice|General|Acting|Interim|Former|Non-executive)\b"
# "Andina Cobre chairman Ana Ortiz", "Northgate Plc CEO and founder Ana Ortiz": a body, a post, a name.
# "and" inside a body's name that ends with its head noun ("Economic and Development Authority"), not between two names.
_AND_BODY = (
    rf"and\s+(?=(?:{UPPER}[\w'’-]*\s+){{0,2}}(?:Authority|Agency|Commission|Ministry|Department|Board|Council|"
    r"Institute|Bureau|Office|Administration)\b)"
)
_REMIT = (  # a director's or head's remit after the post: "X Director of Policy Jane Doe", "X Chairman of the Board Y"
    rf"(?:(?:(?<=[Dd]irector)|(?<=[Hh]ead)|(?<=[Mm]anager))\s+of\s+{UPPER}[a-z]+(?:(?:,\s+|\s+and\s+|\s+&\s+){UPPER}[a-z]+){{0,3}}?"
    rf"|(?<=[Cc]hairman)\s+of\s+the\s+[Bb]oard)?"
)
_SMALL_WORD = r"(?:(?!(?:is|are|was|were|me|us|him|her|them|said|says|told|that|who|which)\s)[a-z]+\s+)"  # not a post's
BODY_POST_NAME = re.compile(
    rf"(?<![\w.'’-])(?!(?:He|She|It|They|We|I|This|That|There)\s)"  # "He said that board director X": no body
    rf"(?P<aff>{UPPER}[\w&.'’-]*(?:\s+(?:of\s+|&\s+|{_AND_BODY})?{UPPER}[\w&.'’-]*){{0,4}}?)"
    rf"(?:\s+\([A-Z]{{2,8}}\))?\s+"  # "Ruritanian Resources Study (RRS) Executive Director X": its short form
    rf"(?P<role>{_SMALL_WORD}{{0,3}}?{POST}(?:\s+(?:and|&)\s+{POST})?{_REMIT}),?\s+(?P<name>{FULL_NAME})(?![\w-])"
)
# "Chief Executive Officer of Andina Cobre, Ana Ortiz" / "Minister of Solid Minerals, Ana Ortiz":
# a post of a body or portfolio, a comma, the name.
_AFTER_HEAD = "|".join(
    f"(?<={head})" for head in ("Department", "Ministry", "Agency", "Bureau", "Authority", "Commission")
)
POST_OF_BODY_NAME = re.compile(
    rf"(?<![\w.'’-])(?P<role>(?:{UPPER}[a-z]+[ -]){{0,3}}{POST})(?:\s+\([A-Z]{{2,5}}\))?\s+(?:of|for|at)\s+(?:the\s+)?"
    rf"(?P<aff>{UPPER}[\w&.'’-]*(?:(?:,?\s+(?:and|of|for|on|&)\s+|,\s+|\s+)(?:the\s+)?{UPPER}[\w&.'’-]*){{0,7}}?)"
    # its short form, then a comma before the name, or none after a body's head noun ("director of X Department Jane Doe")
    rf"(?:\s+\([A-Z][\w&.-]{{1,11}}\))?(?:,|{_AFTER_HEAD})\s+(?:{TITLE_HONORIFIC})?(?P<name>{FULL_NAME})(?![\w-])"
)
# "said Ana Ortiz, President, Andina Mining.": the name, its post and its body, set off by commas.
NAME_POST_BODY = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?P<role>(?:{UPPER}[a-z]+[ -]){{0,3}}{POST}),\s+"
    rf"(?P<aff>{UPPER}[\w&.'’-]*(?:\s+(?:of\s+|&\s+)?{UPPER}[\w&.'’-]*){{0,4}})(?=\s*[.,;]|\s*$)"
)
# "with Ana Ortiz of Andina Investment Bank in Lima stating": a name, then the firm or research body
# it speaks for (its head noun says what it is).
NAME_OF_BODY = re.compile(
    rf"(?P<name>{FULL_NAME})\s+(?:of|at|from)\s+(?:the\s+)?(?P<aff>(?:{UPPER}[\w&.'’-]*\s+){{0,4}}"
    rf"(?:Bank|Institute|University|Capital|Research|Securities|Consulting|Consultancy|Intelligence|Analytics|"
    rf"Partners|Advisors|Advisers|Centre|Center))\b"
)
# "Jane Doe, of Andina Capital, said": the name and the body, no post.
NAME_COMMA_OF_SAID = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:of|from)\s+(?:the\s+)?(?P<aff>{UPPER}[\w&.'’-]*(?:\s+{UPPER}[\w&.'’-]*){{0,4}}),?\s+"
    r"(?:said|says|told|added)\b"
)
# "Ana Ortiz, the Ruritanian industry ministry's official, said": the name, then the body's post.
NAME_BODYS_POST = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:the\s+|an?\s+)?(?P<aff>(?:{UPPER}[\w.'’-]*\s+){{0,3}}(?:[a-z]+\s+){{0,3}}"
    rf"(?:[Mm]inistry|[Dd]epartment|[Aa]gency|[Gg]overnment))['’]s\s+(?P<role>(?:[a-z]+\s+)?(?:official|{POST}))\b"
)
# "Joint Secretary, Ministry of Mines, Ana Ortiz": the post, the public body, the name, set off by commas.
POST_BODY_NAME = re.compile(
    rf"(?<![\w.'’-])(?P<role>(?:{UPPER}[a-z]+[ -]){{0,3}}{POST}),\s+(?P<aff>(?:Ministry|Department|Office|Agency|"
    rf"Bureau|Commission|Authority)\s+(?:of|for)\s+(?:the\s+)?{UPPER}[\w'’-]*(?:(?:,?\s+and\s+|\s+)(?:the\s+)?"
    rf"{UPPER}[\w'’-]*){{0,4}}?),\s+(?P<name>{FULL_NAME})(?![\w-])"
)
# "Chairman and CEO of Andina Group Jane Doe, and Director of Verde Group Ruritania Jim Roe": a post of
# a body whose name runs into the person's (the body's head noun, perhaps a place, then the name).
_BODY_HEAD = (
    r"(?:Group|Holdings?|Corporation|Company|Ltd|Limited|Inc|Plc|Bank|Fund|Authority|Agency|Institute|Association)"
)
GLUED_NAME = re.compile(  # "… of Andina Mining Group Jane Doe", "… of AVTC Jane Doe" (a body's letters, not a legal form)
    rf"(?P<aff>.+?\b{_BODY_HEAD}(?:\s+{UPPER}[\w'’-]*)?|(?!(?:PJSC|JSC|OOO|OAO|ZAO|PAO)\b)[A-Z]{{3,6}})\s+(?P<name>{FULL_NAME})"
)
POST_OF_GLUED = re.compile(
    rf"(?<![\w.'’-])(?P<role>(?:{UPPER}[a-z]+\s+(?:and\s+)?){{0,3}}{POST})\s+of\s+(?:the\s+)?"
    rf"(?P<rest>{UPPER}[\w&.'’-]*(?:\s+{UPPER}[\w&.'’-]*){{2,7}})(?=\s*[,.;]|\s+and\b|\s*$)"
)


def posts_of_glued_names(sentence: str):
    """(name, post, body) of each post written before a body's name run into the person's."""
    for m in POST_OF_GLUED.finditer(sentence):
        if glued := GLUED_NAME.fullmatch(m.group("rest").rstrip(".")):
            yield glued.group("name"), m.group("role"), glued.group("aff")


# "Indonesian president Ana Ortiz", "the Ruritanian prime minister Ana Ortiz": a head of a place, in lower case.
PLACE_HEADS = ("president", "prime minister", "premier", "chancellor", "king", "queen")
PLACE_LOWER_TITLE = re.compile(
    rf"(?<![\w.'’-])(?:[Tt]he\s+)?(?P<aff>{UPPER}[\w'’-]+(?:\s{UPPER}[\w'’-]+)?)\s+"
    rf"(?P<title>(?:vice[ -])?{'|'.join(PLACE_HEADS)}),?\s+(?P<name>{FULL_NAME})(?![\w-])"  # "vice" for "president"
)
# "the libertarian president Jane Doe of Ruritania": a place's head, the place after the name.
HEAD_OF_PLACE = re.compile(
    rf"\b(?P<title>(?:vice[ -])?(?:{'|'.join(PLACE_HEADS)}))\s+(?P<name>{FULL_NAME})\s+of\s+(?:the\s+)?"
    rf"(?P<aff>{UPPER}[\w'’-]+(?:\s{UPPER}[\w'’-]+)?)(?![\w-])"
)
# "Jane Doe, who is deputy prime minister as well as economy minister, said": the post in a relative clause.
NAME_WHO_IS = re.compile(
    rf"(?:{COURTESY}\.?\s+)?(?P<name>{FULL_NAME}),\s+who\s+is\s+(?:also\s+)?(?:the\s+)?"
    rf"(?P<role>[^,;.]{{3,80}}?)(?=[,;.])"
)
# "Jane Doe, the state governor, said", "X, its mines minister, has": a state's post in lower case after the name.
NAME_LOWER_POST = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:the|its|their|a|an)\s+(?P<role>(?:[A-Za-z][a-z-]*\s+){{0,4}}?(?:minister|governor|premier|"
    r"ambassador|senator|lawmaker|spokes(?:man|woman|person)|mayor))(?=,|\s+(?:said|says|told|has|had|was|is|who)\b)"
)
# Each names a person by a post in a body.
POST_IN_BODY = (BODY_POST_NAME, POST_OF_BODY_NAME, NAME_POST_BODY, NAME_BODYS_POST, POST_BODY_NAME)
# "The minister, Ana Ortiz, said": a state's post named before the name, set off by commas.
THE_POST_NAME = re.compile(
    rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<title>minister|president|premier|governor|ambassador|spokes(?:man|woman|person))"
    rf",\s+(?P<name>{FULL_NAME}),"
)
THE_COMPANY = re.compile(r"(?:the|its|this)\s+(?:company|firm|miner|group|producer|developer)\b")
THE_AGENCY = re.compile(r"(?:the|its|this)\s+(?:state\s+)?(?:agency|ministry|department|regulator|directorate)\b")
# "Minister for Resources and Northern Territory Ana Ortiz said": a long portfolio, then a two-word name
# that ends where the next word is lower-case or punctuation.
# Words of a state's or a body's name, never of a person's: "Secretary of the Ruritanian Republic Department".
INSTITUTION_WORD = r"(?:States|Kingdom|Nations|Republic|Union|Emirates|Department|Ministry|Office|Agency|Bureau)\b"
LONG_PORTFOLIO_NAME = re.compile(
    rf"(?<![\w.'’-])(?P<title>(?:(?:Deputy|Vice|Acting|Special|Under|Assistant)\s+)?(?:Minister|Secretary|Under-?[Ss]ecretary|Envoy|"
    rf"Representative)\s+(?:of|for)\s+(?:the\s+)?"
    rf"{UPPER}[\w'’-]*(?:(?:,?\s+and\s+|,\s+|\s+|\s+(?:of|for)\s+)(?:the\s+)?(?!(?:{COURTESY}|His|Her)\b){UPPER}[\w'’-]*){{0,6}}?)"
    rf"(?:\s+|,\s+{TITLE_HONORIFIC})(?!{INSTITUTION_WORD})(?P<name>{PERSON_TOKEN}(?:\s+[A-Z]\.)?\s+(?!{INSTITUTION_WORD}){PERSON_TOKEN})"
    rf"(?=\s+[a-z]|\s*[,.;:)]|$)"
)
# The rest of a body's name after an apposition's comma: "CEO of the Verde Mines[, Oil and Gas Board]".
LISTED_BODY = re.compile(
    r"(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*\s+(?:Board|Authority|Commission|Agency|Directorate|Office|Bureau|Council)\b"
)
# "Director General for Internal Market, Industry and SMEs of the Verde Commission": a remit listed, then the body.
REMIT_OF_BODY = re.compile(
    r"(?P<remit>(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+of\s+the\s+"
    r"(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
)
# "Andina Senior Vice President …": a company's rank (the company before it, if named)
SENIOR_BEFORE = re.compile(r"(?:(?<![\w.'’-])(?P<aff>[A-Z][\w&.-]*)\s+)?Senior\s+$")


# "Minister of Trade/Head of the Ruritania Investment Board (RIB), Jane Doe": a second post after a
# slash, read past so that the first post and the name meet.
# "Jane Doe (pictured), Director of Mines": where she stands in a picture, read past too.
JOINT_POST = re.compile(
    r"(?<=[a-z])/(?:Head|Chief|Chair(?:man|woman|person)?|Director|President|Secretary)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})?(?:\s+\([A-Z]{2,8}\))?(?=,\s+[A-Z])"
    r"|(?<=[a-z])\s+\((?:pictured|left|right|centre|center|above|below|L|R)\)(?=,)"
)


# "Ortiz, CEO of Andina": a post that describes a surname with no article before it.
SURNAME_POSTS = r"CEO(?=\s+of)|[Cc]hief executive(?=\s+of)|[Ff]ounder(?=\s+of)|[Cc]hairman(?=\s+of)"


def described_alone(name: str, sentence: str) -> bool:
    """ "Ortiz, a research manager at …", "Ortiz, CEO of …": a single word described by an apposition."""
    return bool(re.search(rf"(?<![\w'’-]){re.escape(name)},\s+(?:a|an|the|{SURNAME_POSTS})\s", sentence))


def clean_affiliation(aff: str | None) -> str | None:
    """The name a stated affiliation gives, without its article, description or place."""
    if not aff:
        return None
    aff = re.sub(r"^(?:the|The)\s+", "", re.split(r"\s+(?:who|which|that|where)\s", aff.strip())[0])  # "X who attended"
    aff = re.sub(r"^Board\s+of\s+(?:Directors|Trustees|Governors)\s+of\s+(?:the\s+)?", "", aff)  # "… of X": X
    aff = re.sub(r"^[\w.-]+(?:\s[\w.-]+)?-based\s+", "", aff)
    aff = re.sub(r"\s+in\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?$", "", aff)  # "… Institute in Singapore"
    aff = re.sub(r"\s+\([A-Z][A-Za-z&]{1,9}\)$", "", aff)  # "Verde Mining Society (VMS)": the name, not its short form
    aff = re.sub(r"\s+\([^()]*\)\s+[a-z].*$", "", aff)  # "Verde Metals Ltd (proposed ASX code VML) speaks with …"
    aff = (
        aff.split(")")[0] if "(" not in aff.split(")")[0] else aff
    )  # "(Dr. X, President of VIGAM) at …": the bracket's
    # "the Lisbon consultancy Tagus Advisory": a description before the name
    aff = re.sub(
        r"^(?:[A-Z][\w.-]*\s+)?(?:(?!(?:of|for|and|the|on|de|em|do|da|dos|das|del|di|du|la|y|e)\b)[a-z][\w-]*\s+)+(?=[A-Z])",
        "",
        aff,
    )
    aff = strip_possessive(aff if re.search(r"\b[A-Z]\.$", aff) else aff.rstrip(".")).strip()  # "U.S." keeps its stop
    if re.fullmatch(rf"(?:Chairman|Chairwoman|Chair|President|Director|Minister|Secretary|CEO)\s+{FULL_NAME}", aff):
        return None  # "Chairman Jon Roe and General Manager Jane Doe of X": a person named before, no body
    return None if re.fullmatch(r"[a-z]+", aff) else aff or None  # "the firm's CEO": no name given


# "Deputy Minister for Mines at the Ministry of Industry, Eng. Jane Doe": a state's title in a ministry, then the name.
TITLE_AT_MINISTRY_NAME = re.compile(
    rf"(?<![\w.'’-])(?P<role>(?:{PORTFOLIO_TITLE}|{OFFICIAL_TITLES}|(?:(?:top|senior|high-ranking)\s+)?official)\s+"
    rf"(?:at|in|of|with)\s+the\s+(?:Ministry|Department)\s+(?:of|for)\s+"  # "a top official at the Department of Mines, X"
    rf"{UPPER}[\w’'-]*(?:\s+(?:and\s+)?{UPPER}[\w’'-]*){{0,5}}),\s+(?:{TITLE_HONORIFIC})?(?P<name>{FULL_NAME})(?![\w-])"
)
# A transcript's speaker, in capitals: "MINISTER JANE DOE: Well, …".
SPEAKER = re.compile(
    r"^(?P<title>(?:(?:DEPUTY|PRIME|VICE|ASSISTANT)\s+)?(?:MINISTER|PRESIDENT|SECRETARY|SENATOR|AMBASSADOR|PREMIER|GOVERNOR|"
    r"TREASURER))\s+(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3}):\s"
)
# "Jane Doe, the chief government spokesperson,": a state's post, its body unnamed
GOVERNMENT_POST_AFTER = re.compile(
    rf"(?P<name>{FULL_NAME}),?\s+(?:the|a)\s+(?:[a-z]+\s+)?(?P<role>(?:government|presidential|state)\s+"
    r"(?:spokes(?:man|woman|person)|official|adviser|advisor|representative))\b"
)  # (a comma left out: "Jane Doe a government representative said")


def _title_and(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a state's title joined to the body's name by "and" begins ("Trade Undersecretary and
    Andina Board managing head X"), before the body or inside what was read as it, and where the body begins."""
    for cut in [start, *(start + k.end() for k in re.finditer(r"\s+and\s+", sentence[start:end]))]:
        if title := TITLE_AND.search(sentence, 0, cut):
            return title.start(), cut
    return None


def state_post(pattern: re.Pattern, sentence: str, m: re.Match) -> tuple[str, str | None] | None:
    """A post the state holds, as (role, body): a state's title joined to a post in a body ("Trade
    Undersecretary and Andina Board managing head X"), or a post of a public body named by its head
    noun ("The Authority's Director of Partnerships, X")."""
    if pattern is BODY_POST_NAME and (title := _title_and(sentence, m.start("aff"), m.end("aff"))):
        start, cut = title
        return sentence[start:cut] + m.group("role"), sentence[cut : m.end("aff")]
    if pattern is POST_OF_BODY_NAME and PUBLIC_BODY_OWNS.search(sentence, 0, m.start("role")):
        return sentence[m.start("role") : m.end("aff")], None
    return None


# "Trade Ministry spokesperson Li Na": a government body's spokesperson speaks for it.
SPOKESPERSON = re.compile(
    rf"(?<![\w.'’-])(?P<aff>(?:{UPPER}[\w.-]*\s+){{0,3}}(?:Ministry|Department|Government|Office))\s+"
    rf"(?P<title>spokes(?:person|man|woman))\s+(?P<name>{FULL_NAME})"
)
# "… appointed Dr. Jane Doe as the Chief Executive Officer (CEO) of the Verde Mining Company": the post given her.
APPOINTED_AS = re.compile(
    rf"\b(?:appointed|named|nominated|elected|tapped|hired)\s+(?:{COURTESY}\.?\s+)?(?P<name>{FULL_NAME})\s+as\s+"
    rf"(?:the\s+|its\s+|new\s+)*(?P<role>[A-Za-z][\w ()-]{{1,60}}?)\s+(?:of|at)\s+(?:the\s+)?"
    rf"(?P<aff>{UPPER}[^,;.]{{2,80}}?)(?=[,;.]|\s+(?:in|on|and|who|which)\b|$)"
)
# "An economist at the State University, Ana Ortiz, said" / "Another analyst, Ana Ortiz, who covers …"
ROLE_THEN_NAME = re.compile(
    rf"\b(?:An?|The|Another|One)\s+(?P<role>(?:{UPPER}[a-z]+\s+(?!(?:of|for|at|with|and|to|in)\b)(?=[a-z]))?[a-z][\w -]{{2,40}}?)(?:\s+(?:at|of|with|for)\s+"
    rf"(?P<aff>(?:the\s+)?{UPPER}[^,;“\"]{{2,80}}?))?,\s+(?P<name>{FULL_NAME}),"
)
# "Philippine Ambassador to the US Jose Cruz said": a state's envoy, the host state between title and name.
AMBASSADOR_TO = re.compile(
    rf"\b(?P<title>Ambassadors?|Envoys?|ambassadors?|envoys?)(?:\s+of\s+(?:the\s+)?(?:(?:{UPPER}[\w’'-]*|of)\s+){{1,5}}?)?\s*to\s+(?:the\s+)?"
    rf"(?P<aff>{UPPER}[\w.'’-]*?(?:\s+{UPPER}[\w.'’-]*)??)\s+(?:{TITLE_HONORIFIC})?(?P<name>{FULL_NAME})(?![\w-])"
    rf"(?:\s+and\s+(?P<name2>{FULL_NAME})(?![\w-]))?"  # "former ambassadors to Verde Jane Doe and Jon Roe": both
)
# "DENR Undersecretary for Integrated Environmental Science Jane Doe", "MOTIE’s Director General for
# Resources Industry Policy Jane Doe": a ministry's (its short form) post over a remit in capitals; the
# name starts at the first word that is no remit's.
_REMIT_WORD = rf"(?:{PORTFOLIO}|Policy|Policies|Integrated|Manufacturing|Industries|Environmental|Operations|Affairs)"
POST_FOR_REMIT = re.compile(
    rf"(?<![\w.'’-])(?P<aff>[A-Z]{{2,7}})(?:['’]s)?\s+(?P<title>(?:Deputy\s+|Assistant\s+)?(?:Under-?[Ss]ecretary|"
    rf"Director[- ]General|Secretary|Commissioner)\s+for\s+(?:(?:{_REMIT_WORD}|and)\s+){{1,6}}?)"
    rf"(?!{_REMIT_WORD}\b)(?P<name>{FULL_NAME})(?![\w-])"
)


# "Secretaries Ana Ortiz (Treasury), Omar Amri (Energy), and Lena Vos (Commerce)": one title over a list.
PLURAL_TITLES = ("Secretaries", "Ministers", "Senators", "Governors", "Ambassadors", "Presidents", "Sens.", "Reps.",
                 "MEPs", "MPs")  # fmt: skip
# "Sens. Jane Doe (D-NH) and Jon Roe (R-IN)", "MEPs Jane Doe (Verde/EPP) and Jon Roe (Andina/Renew)"
ONE_OF_PLURAL = {"Sens.": "Senator", "Reps.": "Representative", "MEPs": "MEP", "MPs": "MP"}
_LISTED_NAME = (
    rf"(?P<name>{FULL_NAME})(?:\s*\((?P<post>[^()]{{1,40}})\)|\s+of\s+{UPPER}[\w'’-]+)?"  # "(Treasury)", "of Ruritania"
)
NAME_IN_LIST = re.compile(_LISTED_NAME)
_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", _LISTED_NAME)  # the same, without its group names, to repeat
PLURAL_TITLE = re.compile(
    rf"(?<![\w.'’-])(?P<title>(?:(?:Foreign|Prime|Trade|Finance|Cabinet)\s+)?(?:{'|'.join(map(re.escape, PLURAL_TITLES))}))\s+"
    rf"(?P<names>{_UNNAMED}(?:(?:,\s+|,?\s+and\s+){_UNNAMED})+)"
)


# "Chairman of the Board and CEO of Andina": both posts, then the body (not "Director of the X Council and
# Partner at Y": two bodies).
ACCORDING = re.compile(
    rf"\baccording to (?P<name>{FULL_NAME})\b|(?P<name2>{FULL_NAME}) (?:said|says|told|noted|warned)\b"
)
# "… if the framework does not lead to projects, the country’s mines minister said.": a post, its name to come
POST_SAID = re.compile(
    r"\b(?:the\s+)?(?:(?:country|nation|government|state|province|[A-Z][\w.-]*)['’]s\s+)?"
    r"(?P<title>(?:[a-z]+\s+){0,2}(?:(?P<state>minister|secretary|governor|commissioner|ambassador)|spokes(?:man|woman|person)))"
    r"\s+(?:said|says|told\s+\w+)\.?[”\"]?$"
)


def named_after_post(before: str, people: list) -> list:
    """A wire names a speaker by post, then by name in the next sentence ("…, the country’s mines minister
    said. “We will look elsewhere,” Jane Doe said."): the one person that sentence names with no role
    holds the post."""
    post = POST_SAID.search(before.strip())
    bare = [p for p in people if p.role is None and p.kind is None and " " in p.name]
    if not post or len(bare) != 1 or any(p.role for p in people):
        return people
    kind = OFFICIAL if post["state"] else None  # a state's post; a spokesperson may speak for a company
    return [replace(p, kind=kind, role=post["title"]) if p is bare[0] else p for p in people]
