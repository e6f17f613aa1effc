"""Stage 2, recognise organisations (not bodies): the words that say a capitalised phrase is no
organisation page: an outlet named as a source, an event, a legislature, a person's title, generic words.

Data only, read by `org_names.plausible` and the organisation patterns; nothing here names a body.
"""

from __future__ import annotations

import re

# "Future Minerals Forum", "Andes Lithium Week": the name of an event, not of an organisation
EVENT_WORDS = r"Forum|Summit|Conference|Convention|Dialogue|Expo|Exhibition|Week|Congress|Festival|Roundtable|Conclave|Indaba|Symposium"
# Head nouns of news outlets: named as sources, never organisation pages.
OUTLET = re.compile(
    r"\b(?:Times|Journal|Herald|Tribune|Daily|Gazette|Press|Post|News|Reuters|Bloomberg|Xinhua|TASS|Interfax|"
    r"Kyodo|Yonhap|Bernama|Antara|Telegraph|Guardian|Economist|Observer|Chronicle|Mail|Express|Magazine|"
    r"Newswire|Wire|Insider|Monitor|Standard|Nation|Courier|Star|Globe|Independent|Review|Presse|Fastmarkets|Newspaper)\b"
)
NEWS_AGENCY = re.compile(r"\b(?:News|Press)\s+Agency\b")
# An outlet or wire a sentence cites ("… two sources told Reuters"): never a party to a deal
NEWS_SOURCE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Times|Journal|Herald|Tribune|Gazette|Post|News|Newswire|Magazine|"
    r"Newspaper|Telegraph|Guardian|Economist|Chronicle|(?:News|Press)\s+Agency)|Reuters|Bloomberg|Xinhua|TASS|Interfax|"
    r"Kyodo|Yonhap|Bernama|Antara|Fastmarkets"
)
EVENT = re.compile(rf"\b(?:{EVENT_WORDS})\b")
LEGISLATURE = re.compile(
    r"\b(?:Parliament|Congress|Senate|House of Representatives|National Assembly|Duma|Rada|Lower House|Upper House|"
    r"House of Commons|House of Lords|Chamber of Deputies|Chamber of Representatives)\b"
)
TITLE = re.compile(
    r"(?:Chief|CEO|EVP|SVP|President|Minister|Chairman|Chairwoman|Chair|Director|Secretary|Governor|Senator|Mr|Ms|Mrs|Dr|"
    r"Prof|Professor|Executive|Managing|Deputy|Vice|Head|Spokesman|Spokeswoman|Spokesperson|Founder|Analyst)\b"
)
# "Trade Undersecretary and Andina Board": a title, then the body.
TITLE_AND_BODY = re.compile(r"\b(?:Minister|Secretary|Undersecretary|Commissioner|Premier|Governor|Director)\s+and\s+")
ROLE_INSIDE = re.compile(r"\b(?:Board Member|Member|Chief Executive|CEO|Chairman|Spokesman|Minister|Secretary)\b")
# Generic capitalised words that are not a name on their own ("Critical Minerals", "Rare Earths Group"?).
# A document's short forms (with their plurals): "Under this MoU, the company …" names no body and no deal's party.
DOCUMENT_SHORT_FORMS = frozenset(f"{form}{s}" for form in ("MoU", "MOU", "JV", "LOI", "MoA", "MOA") for s in ("", "s"))
GENERIC = frozenset(
    """
the a an critical raw rare earth earths minerals mineral mining metals group strategic national global
international new state government company resources materials material energy lithium industries technologies holdings
holding limited ltd inc corp plc this that these those its their his her our we it he she they in on at by for
with from and of but as if when while after before under about over january february march april may june july
august september october november december monday tuesday wednesday thursday friday saturday sunday western
eastern northern southern oil gas coal copper nickel cobalt graphite gold iron steel aluminium metal
corporation investment development economic growth environment technical supervision domestic local foreign overseas natural
private public major leading large small other recently meanwhile additionally however moreover furthermore
currently previously earlier later separately similarly overall initially finally eventually afterwards
subsequently instead then now also still marketing sales operations procurement communications jv co
exploration basin mine clean project projects liability joint stock
de del direct directa extraction extracción extração litio lítio
""".split()
)

# A country's adjective ("Ruritanian", "Verdese", "Andish"): before a name, the name's place, not its first word.
DEMONYM_SHAPE = r"[A-Z][a-z]+(?:ese|ian|ish|an|ch)"

# "Big Oil", "Big Tech": an industry's nickname, not a body (nor a party to a deal).
INDUSTRY_NICKNAME = re.compile(r"Big\s+[A-Z][a-z]+")

# "(Newswire Corp. – January 16, 2024)": a newswire's credit in a release's dateline, its date after a dash.
WIRE_CREDIT_AFTER = re.compile(
    r"(?:\s+(?:Corp|Inc|Ltd|LLC))?\.?\s+[–—-]\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\s+)(?:19|20)\d\d\)"
)
