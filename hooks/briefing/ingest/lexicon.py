"""Stage 1, ingest (lexicon): general words and shapes of page chrome, bylines, captions and dates.

Nothing here belongs to one outlet or one article: these are the words every news site uses for
its furniture (share, subscribe, related, photo credit …) and the shapes of its metadata lines
(bylines, time stamps, datelines). Outlet-specific fixes belong in `site_data/boilerplate.yml`.
Every pattern is linear: no nested quantifiers over the same characters.
"""

from __future__ import annotations

import functools
import itertools
import re

import justext

from .captions import CAPTION_PATTERNS, credit_after_caption
from .dates import DATE as DATE
from .dates import DAY as _DAY
from .dates import FOREIGN_MONTH, MONTH
from .dates import STAMP_WORDS as STAMP_WORDS
from .dates import TIME as TIME
from .phrases import APPEAL_PATTERNS
from .phrases import EARLIER_STORY as EARLIER_STORY  # (read here by `body`)
from .phrases import FROM_REPORTER as FROM_REPORTER  # (read here by `chrome`)
from .phrases import RELATED as RELATED  # (read here by `chrome` and `layout`)

WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")

# Opens a byline or credit: "By Jane Doe", "(Reporting by …)", "Source: X" (not "Sources told X …", a sentence), and
# "Source:" in Indonesian, Spanish, Portuguese, Italian and German.
BYLINE = re.compile(
    r"^\W{0,3}(?:by(?!\s+[a-z]+ing\b)(?!\s+\d)|written by|story by|words by|text by|report by|reported by|a report by|"
    r"(?:an? )?(?:article|analysis|commentary|column|opinion|interview|op[-/]?ed) by|"
    r"(?:funded|sponsored|supported|commissioned|answered|asked|tabled) by|(?:project\s+)?team(?=\s*:)|text(?=\s*:)|"
    r"writers?(?=\s*:)|"
    r"(?:release|publication|published|posted)\s+date|published\s+in(?=\s+[A-Z][^.]{0,60}\bdated\b)|"
    r"(?:additional )?reporting by|writing by|editing by|edited by|compiled by|from(?=\s+[A-Z][^,.:]{1,40}\s+via\s+[A-Z])|"
    r"with inputs from|inputs from|author|authors|(?:source|sources)(?!\s+(?!is\b|are\b)[a-z])|(?:sumber|fuentes?|fontes?|fonti|quelle)(?=\s*:)|via|posted by|published by(?=\s+[A-Z][^.]{0,60}$))\b\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
# "By , a freelance journalist covering …": a byline whose name (a link) the copy lost, then the author's note.
NAMELESS_BYLINE = re.compile(r"^\W{0,3}by\s*,\s", re.IGNORECASE)
# "“X” was originally created and published by Verde Mining, a Verde Data owned brand.": a syndication credit.
SYNDICATED = re.compile(
    r"\bwas\s+(?:originally|first)\s+(?:created\s+and\s+)?published\s+(?:by|on|in)\s+[A-Z]"
    # "This article is republished under a community partnership agreement with X.", "… republished with permission"
    r"|^(?:This|The)\s+(?:article|story|report|piece)\s+(?:is|was|has\s+been)\s+(?:re-?published|reproduced)\s+"
    r"(?:here\s+)?(?:under|with|by|from|courtesy|in\s+partnership)\b"
    # who posted a release, and when: "Communications Department of the Ministry, posted 27 August 2025 15:21"
    r"|^[^.!?]{3,120},\s+posted\s+(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\b[\d:\s]*$"
)
# A byline in the middle of a line of names, roles and a date: "Jane Doe By Jane Doe | Analyst - Tue, 01/24/2023".
# "06 August 2025 - 15:45 By Jane Doe and John Roe": two authors.
BYLINE_INSIDE = re.compile(
    r"(?:^|\s)(?:by|By|BY)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s+(?:and|&)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?\s*(?:[|,–—-]|$)"
)
# The desk or role that signs a dated line: "2024-08-21 Energy editor".
STAFF_ROLES = frozenset(
    "editor editors reporter reporters correspondent staff writer contributor desk bureau newsroom columnist".split()
)
# Words a headline in title case cannot do without; a long line of capitalised words without any is a menu.
TITLE_FUNCTION_WORDS = frozenset("a an the to of in on for and as at by from with is are after over into its".split())
NUMERIC_DATE = re.compile(r"\b\d{1,2}([/.-])\d{1,2}\1(?:19|20)?\d\d\b|\b(?:19|20)\d\d\.[01]?\d\.[0-3]?\d(?!\d)")
# A credit ending the last paragraph ("… said. (Reporting by X; Editing by Y)"), a signature ("… steel. — Jane Doe").
INLINE_CREDIT = re.compile(
    r"\s*\((?i:(?:additional )?reporting|writing|editing|compiled|with inputs|with files|laporan\s+oleh)\b[^()]*\)\s*$"
    r"|(?<=[.!?”\"])\s*[—–]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*$"
)

CAPTIONS = {word: re.compile(pattern, re.IGNORECASE) for word, pattern in CAPTION_PATTERNS.items()}
CAPTION_WORDS = frozenset(CAPTIONS) - {"|"}
_PARTY_INITIAL = re.compile(r"(?<=[a-z])\s\((?:L|R|C)\)")
_PARTY_BEFORE_TITLE = re.compile(r"(?<=[a-zä-ÿ])\s\((?:L|R|C)\)(?=\s+(?:Minister|Member|MP|Senator|Deputy|Governor)\b)")


def caption(text: str, words: frozenset[str]) -> bool:
    """Whether the line (`words`: its words, case folded) reads as a picture's caption or credit."""
    keys = words & CAPTION_WORDS
    # "Minister Jane Doe (L), …" in a paragraph, "Jane Doe (C) Minister of Trade …": a party, not a place in a picture
    text = _PARTY_BEFORE_TITLE.sub("", _PARTY_INITIAL.sub("", text) if len(text) > 300 else text)
    return (
        any(CAPTIONS[w].search(text) for w in keys)
        or ("|" in text and bool(CAPTIONS["|"].search(text)))
        or (
            text[-5:-1].isdigit()
            and bool(m := DATED_CAPTION.search(text))
            and not _PLACE_ONLY.fullmatch(text[: m.start()])
        )
        or (text[-1:].isalnum() and bool(DATED_CAPTION_ON.search(text)))
        or credit_after_caption(text)
    )


# A sentence that ends with the day the picture was taken: "A miner at …, June 11, 2016.", "Miners at X, on 3 May".
DATED_CAPTION = re.compile(
    rf",\s+(?:(?:{MONTH})\.?\s+\d{{1,2}},\s+|\d{{1,2}}{MONTH})(?:19|20)\d\d\.$"
)  # "…, 6Feb2016."
_PLACE_ONLY = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}")  # "Verde City, May 9, 2023.": a dateline
DATED_CAPTION_ON = re.compile(rf",\s+on\s+(?:{_DAY}\s+{MONTH}|{MONTH}\s+{_DAY})(?:,?\s+(?:19|20)\d\d)?$")

# A user name or handle alone on a line ("reader42").
HANDLE = re.compile(r"^@?[a-z][a-z0-9_.]*\d[a-z0-9_.]*$")

# Words of page furniture. Each counts only on a short line or as a line's opening label, since
# "share", "follow" or "watch" are ordinary words in a sentence.
CHROME_WORDS = frozenset(
    """
share shares sharing compartir partager condividi compartilhar partilhar teilen tweet facebook twitter linkedin whatsapp telegram instagram youtube tiktok pinterest reddit
email e-mail print subscribe subscribed subscriber subscribers subscription newsletter newsletters login logout
signup sign register advertisement advertisements advertising advertorial sponsored sponsor promoted cookie cookies
privacy menu skip navigation search home premium download app apps install loading trending featured tags tag topics
comments comment reply replies bookmark bookmarks save saved listen audio podcast follow followers copyright
disclaimer gallery edition editions feedback contact newsletter account password homepage sections section
multimedia rss feed alerts notifications careers
publicidad anuncio publicité publicite werbung anzeige pubblicità pubblicita 광고 广告 広告
""".split()
)
# A line of labelled fields: "Publication: X Volume: 22 Issue: 4".
# A subscription's price per period: "For less than €3/week*", "99 €/year", "$5 per month".
PRICE_PER_PERIOD = re.compile(
    r"(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?[€$£])\s*\*?\s*(?:/\s*|per\s+)(?:week|month|year)\b", re.IGNORECASE
)
# A release's issuer line in brackets: "(AIM: ABC) ('Andina', or the 'Company')", "(TSX/NYSE: ABC)".
TICKER_LINE = re.compile(
    r"^\((?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|TSX-V|ASX|AIM|LSE|HKEX|SGX|JSE|OTCQX|OTCQB|OTC|NYSE American|CSE|FSE)"
    r"[\w /-]{0,30}:\s*[A-Z][A-Z0-9.]{0,6}\)[^.!?]{0,80}\)?$"
)
FIELD_LABELS = re.compile(r"(?:^|\s)[A-Z][A-Za-z]{2,15}(?:\s[a-z]{2,10})?:(?=\s|$)")  # "Source:", "Removal date:"
CHROME_PHRASES = {word: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for word, pattern in APPEAL_PATTERNS.items()}
PHRASE_WORDS = frozenset(CHROME_PHRASES)


def appeal_phrase(text: str, words: frozenset[str]) -> bool:
    """Whether the line (`words`: its words, case folded) holds one of the phrases above, not in a short last sentence
    after thirty words or more of the article's own ("… (US$1.6 billion). To subscribe please click here": a teaser
    and its prompt run into one line, which is the article's)."""
    return any(
        (m := CHROME_PHRASES[w].search(text)) and not _after_prose(text, m.start()) for w in words & PHRASE_WORDS
    )


def _after_prose(text: str, at: int) -> bool:
    stop = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    return stop > 0 and len(text[:stop].split()) >= 30 and len(text[stop:].split()) <= 12


# Weaker phrases: chrome on a short line, or two of them (or one opening the line) on a long one.
CHROME_HINTS = re.compile(
    r"\b(?:sign\s+up|subscribe(?:\s+(?:to|now|for|here))?|newsletters?|all\s+rights\s+reserved|"
    r"terms\s+(?:of\s+(?:use|service)|and\s+conditions)|privacy\s+policy|cookie\s+policy|use\s+of\s+cookies|"
    r"log\s+in|sign\s+in|subscribers?\s+only|advertisement|you\s+are\s+reading|leave\s+a\s+(?:reply|comment)|"
    r"twitter|facebook|instagram|telegram|linkedin|whatsapp|youtube|tiktok|patreon|ko-fi|we\s+publish|"
    r"our\s+(?:progress|mission|journalism|newsroom|website|site|team|coverage|content))\b",
    re.IGNORECASE,
)
# A label that opens a chrome line: "Tags: …", "Disclaimer: …", "Advertisement".
CHROME_LABEL = re.compile(
    r"^\W{0,3}(?:tags?|topics?|keywords?|key(?=\s*:\s*[\w -]+,)|categor(?:y|ies)|filed\s+under|disclaimer|advertisement|sponsored(?:\s+content)?|"
    r"promoted|ad|paid\s+(?:post|content)|share(?:\s+(?:this|it))?|compartir|partager|condividi|follow|subscribe|newsletter|comments?|news\s+sources|"
    r"about\s+the\s+author|contact|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|editor'?s\s+note\s+on|notice|supported\s+by|presented\s+by|powered\s+by|"
    r"brought\s+to\s+you\s+by|in\s+partnership\s+with|begin\s+text|end\s+text|article\s+rating|rate\s+this|attribution|"
    r"cite\s+this(?:\s+article)?|how\s+to\s+cite|cue\s+(?:in|out))\b"  # "//Cue in: …": a radio script's clip marker
    r"\s*(?:[:|\-–—!.]|$)",
    re.IGNORECASE,
)
PHONE = re.compile(r"(?:\+|\b(?:tel|phone|fax)\.?:?\s*)\(?\d[\d\s().-]{6,}\d", re.IGNORECASE)
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|tiff?)\b", re.IGNORECASE)
URL = re.compile(r"https?://\S+|\bwww\.\S+|\S+@\S+\.\w+|^@\w+$")
# A press office with its address: "Verde Council Press Office (media@verde.gov)".
CONTACT_LINE = re.compile(r"[^()@]{2,80}\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)\s*")

# A dateline at the head of a story: "HANOI, May 1. /WIRE/.", "MOMBASA, Nov 4 (Wire) -",
# "Lima |", "OSLO —", "Nairobi, Kenya – April 17, 2024 –", "CITY, Region, May 5, 2024 (WIRE) --".
# Words of a place's name, joined by spaces (a hyphen stays inside a word: "Port-au-Prince"; as a
# joiner too, it let "Abc-Abc-…" be split every way, with no end of backtracking).
_PLACE = r"(?:[A-Z][A-Za-z'’.-]+|[A-Z]{2,})(?: (?:[A-Z][A-Za-z'’.-]+|[A-Z]{2,}|de|del|da|es|el|al)){0,3}"
DATELINE = re.compile(
    rf"^(?P<date4>{MONTH}\s+{_DAY})\s*(?:\((?P<agency5>[A-Za-z .&-]{{2,30}})\)\s*(?P<sep4>[–—-])|(?:--|—)(?=\s+[A-Z“\"]))\s*|"
    rf"^(?P<place3>[A-Z]{{2,}}(?:[ -][A-Z]{{2,}}){{0,3}}),\s+(?P<date3>{MONTH}\s+{_DAY})\.\s*/(?P<agency3>[A-Za-z .-]{{2,20}})/\.\s*"
    rf"|^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
    rf"(?:,?\s+(?P<date>{MONTH}\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?|{_DAY}\s+{MONTH}(?:,?\s+(?:19|20)\d\d)?"
    rf"|{_DAY}\s+(?:de\s+)?{FOREIGN_MONTH}(?:\s+de)?(?:,?\s+(?:19|20)\d\d)?)\.?)?"
    r"(?:,?\s*\((?P<agency>[A-Za-z .&-]{2,30})\)\.?|\s*/(?P<agency6>[A-Za-z .&-]{2,20})/)?"  # "(Wire). – "
    r"(?:\s*(?P<sep>[|–—])|(?:,?\s+|(?<=\)))(?P<hyphen>--?)(?=\s|$)|(?P<colon>:)(?=\s))\s*"  # "Roetown (WA)- The …"
    rf"(?:(?P<date2>{MONTH}\s+{_DAY},?\s+(?:19|20)\d\d|{_DAY}\s+{MONTH},?\s+(?:19|20)\d\d)\s*[–—-]\s*)?"
    r"(?:(?P<agency4>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\.\s+(?=[A-Z“\"]))?"
    r"|"
    rf"^(?P<place8>{_PLACE}(?:,\s*{_PLACE})?),\s+(?P<date8>{MONTH}\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?|{_DAY}\s+{MONTH}"
    rf"(?:,?\s+(?:19|20)\d\d)?)(?:\s*\([A-Za-z .&-]{{2,30}}\))?(?:\.?\s*$|\.\s+(?=[A-Z“\"‘]))"  # own line, or "."
    r"|"  # a place, a date and an agency's short name, run into the story: "Verde City, Aug 29 (WIRE) The …"
    rf"^(?P<place12>{_PLACE}(?:,\s*{_PLACE})?),\s+(?P<date12>{MONTH}\s+{_DAY})\s+\([A-Z]{{2,10}}\)\s+(?=[A-Z“\"‘])"
    r"|"  # an agency's dateline run into its story: "MANILA, Sept 8 A bill …"
    rf"^(?P<place7>[A-Z]{{2,}}(?:[ -][A-Z]{{2,}}){{0,3}}),\s+(?P<date7>{MONTH}\s+{_DAY})\s+(?=[A-Z“\"‘])"
    r"|"  # a release wire's: "PARIS, France--(NEWS WIRE)--May 14, 2025--"
    rf"^(?P<place10>{_PLACE}(?:,\s*{_PLACE})?)\s*--\s*\((?P<agency10>[A-Za-z .&-]{{2,30}})\)\s*--\s*"
    rf"(?P<date10>{MONTH}\s+{_DAY},?\s+(?:19|20)\d\d)\s*(?:--|[–—])\s*"
    r"|"  # a wire's place, agency and date on a line of their own: "Wellington (Wire) Feb 22, 2025"
    rf"^(?P<place9>{_PLACE})\s*\((?P<agency9>[A-Za-z .&-]{{2,30}})\)\s+(?P<date9>{MONTH}\s+{_DAY},?\s+(?:19|20)\d\d)\s*$"
)
# A release wire's credit and date in brackets, after the place or alone: "–(Newswire – Dec. 11, 2017) – ".
WIRE_DATE = re.compile(
    rf"[–—-]?\((?P<agency>[A-Za-z .&-]{{2,30}}?)\s*[–—-]\s*(?P<date>{MONTH}\s+{_DAY},?\s+(?:19|20)\d\d)\)\s*[–—-]\s*"
)
# An outlet's name and the day before the text: "Verde Tech Press (Oct 24) -- Text …" (the year read only if given)
OUTLET_DATE = re.compile(
    rf"(?:[A-Z][\w&.'’-]*\s){{1,4}}\((?P<date>{MONTH}\.?\s+{_DAY}(?:,?\s+(?P<year>(?:19|20)\d\d))?)\)\s*(?:--|[—–])\s+"
)
# A wire's credit with no place before the text: "(Agency) -- Text …"
WIRE_CREDIT = re.compile(  # "(Wire) -- ", or "(Wire) " before a date and a dash: "(Wire) Nov. 25 -- "
    rf"\s*\((?:[A-Z][\w&.'’-]*\s?){{1,4}}\)\s*(?:(?:--|[—–-])\s+|(?={MONTH}\s+\d{{1,2}}\s*(?:--|—)\s))"
)
# A date stamp scrapers glue to the first line: "date 2025-09-08 ", "Date: 2025-09-08", "date 2019-11 " (no date read).
LEADING_STAMP = re.compile(r"^\s*date:?\s+(?P<iso>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\s+", re.IGNORECASE)
# A site's name after a headline, as a page's title gives it: "… Financing – Verde Finance", "… | The Daily".
SITE_HEAD = r"(?:Finance|News|Times|Post|Journal|Herald|Tribune|Daily|Gazette|Press|Online|Today|Magazine|Weekly|Insider|Wire|Radio|TV|Review)"
# (or one word with such a head glued on: "… permit | Polarjournal", "… | Verdenews")
SITE_AFTER_HEADLINE = re.compile(
    rf"\s+[–—|-]\s+(?:The\s+)?(?:(?:(?:[A-Z][\w.&'’-]*|&)\s+){{0,3}}{SITE_HEAD}"
    r"|[A-Z][a-z]{2,}(?:journal|news|times|post|herald|tribune|gazette|magazine|insider))\s*$"
)
# A date glued to the end of a headline: "… Inspection Meeting 2022-06-13", "… [ 2011-09-02 ]".
TRAILING_DATE = re.compile(r"\s+\[?\s*(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\s*\]?\s*$")


# Words one of which a line must have before the long patterns above are tried on it: the
# patterns are slow to search, most lines of prose have none of these words, and the result is
# the same (every alternative of each pattern needs one of them).
HINT_WORDS = frozenset(
    """sign subscribe newsletter newsletters rights terms privacy cookie cookies log advertisement
reading leave twitter facebook instagram telegram linkedin whatsapp youtube tiktok patreon ko publish our""".split()
)
MONTH_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
september oct october nov november dec december""".split()
)


@functools.cache
def stoplist(language: str) -> frozenset[str]:
    """jusText's stopword list for a language (its names: "English", "Spanish" …)."""
    return frozenset(justext.get_stoplist(language))


_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?«»—–-…*|/"
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "id": "Indonesian",
    "ru": "Russian",
    "tr": "Turkish",
    "pl": "Polish",
    "sv": "Swedish",
    "vi": "Vietnamese",
    "ms": "Malay",
    "uk": "Ukrainian",
}


def guess_stoplist(text: str, language: str | None) -> frozenset[str]:
    """The stoplist of the article's language: the stated one, else the one its words fit best."""
    if language and language.split("-")[0] in LANGUAGE_NAMES:
        return stoplist(LANGUAGE_NAMES[language.split("-")[0]])
    english = stoplist("English")
    words = text[:2000].casefold().split()[:300]
    sample = list(map(str.strip, words, itertools.repeat(_PUNCTUATION, len(words))))
    if not sample:
        return english
    scores = {name: sum(w in stoplist(name) for w in sample) for name in LANGUAGE_NAMES.values()}
    best = max(sorted(scores), key=scores.__getitem__)
    if scores["English"] / len(sample) >= 0.2 and scores["English"] >= scores[best]:
        return english  # (English's long stoplist holds "a", "o", "do": a page in Portuguese passes 0.2 of it too)
    return stoplist(best) if scores[best] / len(sample) >= 0.15 else frozenset()


def in_another_language(words: list[str], stops: frozenset[str]) -> bool:
    """A line in another language than the article's (an aggregator's notice in Spanish under an
    English story): four or more stopwords of one other language, under a third as many of its own."""
    if len(words) < 6 or not stops:
        return False
    own = sum(map(stops.__contains__, words))
    if own * 4 >= len(words):
        return False
    other = max(
        sum(map(stoplist(name).__contains__, words)) for name in LANGUAGE_NAMES.values() if stoplist(name) is not stops
    )
    return other >= 4 and own * 3 < other
