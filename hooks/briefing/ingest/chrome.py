"""Stage 1, ingest (chrome): which lines of a scraped page are the article and which are chrome.

Decided from general evidence, not from lists of one outlet's phrases:
- each line's own shape: length, sentence punctuation, stopword density, capitalised words, and
  the vocabulary of page furniture, bylines, captions and related-story lists (`lexicon`);
- where it stands: the article body is the densest run of prose (a maximum-sum segment over
  per-line weights), so lines far before or after it are the page around it;
- the headline is the title-like line before the body that shares the most words with it.
`site_data/boilerplate.yml` overrides both ways (`keep`, rules that drop); each dropped line keeps its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .captions import FILE_NAME, PHOTO_AGENCY, SITE_CREDIT, one_text_twice
from .credits import TRANSLATION_NOTE, credit_reason
from .interface_text import GLUED, interface_text
from .phrases import AUTHOR_BIO, BIO_WORDS, BREADCRUMB, CITATION, DISCLAIMER
from .stamps import GLUED_QUOTE, TICKER, dated_credit, stamp_reason
from .structure import MAX_HEADING_WORDS, SENTENCE_END, TERMINAL

# A sentence that goes on in the next line: one introducing a list, or one of its items.
CLAUSE_END = re.compile(r"[:;,][\"”’')\]»]*$|[;,]\s+(?:and|or)\s*,?$")


@dataclass(frozen=True)
class Line:
    """One non-blank line of the page and the measurements the decision uses."""

    number: int
    text: str
    words: tuple[str, ...]
    stop_share: float
    cap_share: float
    sentence: bool  # ends like a sentence
    structure: str  # "text" | "item" | "row"
    clause: bool = False  # ends in a colon, semicolon or comma: the sentence goes on below
    norm: str = ""  # the text with spaces collapsed and case folded, for comparing lines
    lower: frozenset[str] = frozenset()  # its words, case folded

    @property
    def title_like(self) -> bool:
        s = self.text.strip()
        return (
            bool(s)
            and s[0].isupper()
            and not s.endswith(TERMINAL)
            and 0 < len(self.words) <= MAX_HEADING_WORDS
            and self.structure == "text"
        )


@dataclass(frozen=True)
class Dropped:
    """A line left out of the article, and why (shown to contributors, fixed with one `keep`)."""

    line: int
    text: str
    reason: str
    last_line: int = 0  # the last file line, when hard-wrapped lines were joined into this one

    @property
    def lines(self) -> range:
        return range(self.line, max(self.line, self.last_line) + 1)


ITEM_MARKER = re.compile(r"[-*•]\s+(?=\S)|\*(?=[a-z][^*]*$)")  # a list item's bullet
_DIGIT, _SHORT_NUMBER = re.compile(r"\d"), re.compile(r"\d{1,4}")
# "Ana Ortiz during a speech, January 28, 2021. © DR / Verde Presidency.", its file's name before it or not:
# a picture's caption, signed with its copyright at the end.
_CREDITED = re.compile(r"^(?:[\w.-]*_[\w.:-]+\s+)?[^©]{10,}[.,]\s*(?:©|\|\s*/)\s*[^.©]{2,60}\.?$").match
_INITIALS = re.compile(r"\(?(?:[A-Z]\.\s?){1,4}\)?")
_BOXED = re.compile(r"\|[^|]+\|")
# "logo-loader", "nav-toggle": a page element's name; "{siteadd}": a template's slot
_ELEMENT_NAME = re.compile(r"[a-z]+(?:-[a-z]+)+(?=\s|$)|\{\{?\s*[\w.-]+\s*\}\}?$")
_FIELD_VALUES = re.compile(r"[A-Z]\w*(?:\s\w+)?\s*:\s*[^;:.]{2,40}(?:;\s*[^;:.]{2,40})+")  # a label, values by ";"
_SENTENCE_BREAK = re.compile(r"[a-z][.!?]\s+[A-Z]")
_DATE_FIELD = re.compile(rf"\s*(?:{lx.DATE.pattern})\s*", re.IGNORECASE)
_ALT_TEXT = re.compile(r"(?:a|an)\s+(?:[a-z]+\s+){1,4}?[a-z]+ing\b[^.!?]*$")  # lower case, no sentence's end
# A headline, not a menu: "X’s Curbs Threaten Y; Z Seeks …", "Flash: … X's …", "$15 Billion Plant", "Exports Halted, Minister Warns Y"
_HEADLINE_MARK = re.compile(
    r"\w[’']s\b.*[;:]\s|[;:]\s.*\w[’']s\b|(?:[$€£¥]|US\$)\s?\d|^[^,|·•]*\w\s+\w+,(?:\s+\w+){3}[^,|·•]*$"
)
_VIDEO_LENGTH = re.compile(r"[A-Za-z]\s+\d{1,2}:\d{2}$")
_MARKDOWN_IMAGE = re.compile(r"(?:!\[[^\]]*\]\([^)\s]*\)\s*)+")
# "Source: Jane Doe on X, as reported by …": where the story's words were said, not who wrote it.
_SAID_ON = re.compile(
    r"^\W*[Ss]ources?\s*:.*\son\s+(?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|YouTube|Truth Social)\b"
)
_LIST_SEPARATOR = re.compile(r"\s*[,;|·•]\s*|\s+(?:and|&)\s+")


def measure(number: int, text: str, stops: frozenset[str]) -> Line:
    s = text.strip()
    item = ITEM_MARKER.match(s) if s[:1] in "-*•" else None
    structure = "item" if item else "row" if (s.startswith("|") and s.endswith("|") and s.count("|") >= 3) else "text"
    body = s[item.end() :] if item else s
    words = tuple(lx.WORD.findall(body))
    n = len(words) or 1
    lower = list(map(str.casefold, words))
    stop = sum(map(stops.__contains__, lower)) / n
    caps = len([w for w in words if w[0].isupper()]) / n
    end = body[-3:]
    return Line(
        number,
        text,
        words,
        stop,
        caps,
        bool(SENTENCE_END.search(end) or end.endswith((")", "]")) and SENTENCE_END.search(body)),
        structure,
        bool(CLAUSE_END.search(body[-12:])),
        " ".join(s.split()).casefold(),
        frozenset(lower),
    )


# A broadcaster's script marks its parts in brackets, a speaker's name and role after the mark.
_SCRIPT_MARK = re.compile(r"\[[A-Z][A-Za-z ]{1,20}\](?:\s*[A-Z][^:“\"]{0,80})?")


def evidence(line: Line) -> str | None:
    """Why this line is page chrome on its own evidence, or None."""
    text = line.text.strip()
    if line.structure == "item":
        text = ITEM_MARKER.sub("", text, count=1)
    n = len(line.words)
    lower = line.lower
    if line.structure == "row":  # a table's row: the article's figures, not a market ticker's
        return TICKER if GLUED_QUOTE.fullmatch(text) else None
    if BREADCRUMB.match(text):
        return "breadcrumb (navigation)"  # "Home » Section » Headline"
    if n <= 80 and one_text_twice(text) or " " not in text and FILE_NAME.fullmatch(text) or n <= 60 and _CREDITED(text):
        return "caption or photo credit"  # a picture's description printed twice, its file's name, its © credit
    if lower & BIO_WORDS and AUTHOR_BIO.match(text):
        return "the author's biography"  # "X has worked for Y as a journalist …"
    if n <= 60 and CITATION.match(text):
        return "a citation of a publication"  # 'Jane Doe, “Title,” Issue Brief No. 7, May 2024, Verde Institute.'
    if lx.NAMELESS_BYLINE.match(text) or n <= 40 and lx.SYNDICATED.search(text) or TRANSLATION_NOTE.match(text):
        return "byline or credit"  # "By , a freelance journalist covering …": its name (a link) lost, its note kept
    if line.sentence and n >= 15:  # a sentence of prose: only a notice, a caption or a label can make it chrome
        return _in_prose(line, text, n, lower)
    if n == 0 and not _DIGIT.search(text):
        return "no words"
    if (len(tokens := text.casefold().split()) >= 4 and len(set(tokens)) == 1) or (
        n <= 10 and not line.sentence and line.structure != "item" and _ELEMENT_NAME.match(text)
    ):  # "xyz xyz xyz …": one word over and over (a filler); "logo-loader viewX Ltd": a page element's name
        return "interface text"
    if n == 0 and (_SHORT_NUMBER.fullmatch(text) or lx.NUMERIC_DATE.fullmatch(text)):
        return "time stamp"  # a year, a day or a date alone ("2026", "6/20/2025"), a count of comments
    if (
        ("http" in text or "www." in text or "@" in text)
        and (_only_a_link(text) or (lx.URL.search(text) and (n <= 4 or lx.CONTACT_LINE.fullmatch(text))))
        or lx.HANDLE.match(text)
        or (n <= 4 and lx.PHONE.search(text))  # "en +5411 4346-1000", "Tel: (01) 234 5678": a telephone
    ):
        return "a link, address or user name"
    if n <= 3 and not line.sentence and GLUED.search(text) and all(w[0].isupper() for w in line.words):
        return "byline or label (words run together)"
    if lx.TICKER_LINE.match(text):
        return "byline or credit"  # the issuer's name and ticker over a release
    if _INITIALS.fullmatch(text):
        return "byline or credit"  # an author's initials: "M.M.", "(J.S.)"
    if _BOXED.fullmatch(text):
        return "boxed line (a caption or pull quote)"
    if not line.sentence and not line.clause and n <= 15 and _is_name_list(text) and not _ends_with_date(text):
        return "tags or a list of names"  # "Baku, Azerbaijan, Sept. 27" is a dateline
    if (
        9 <= n <= 40
        and len(text.split()) >= 9
        and not line.sentence
        and line.cap_share == 1.0
        and (line.stop_share <= 0.05 or n >= 12 and not lower & lx.TITLE_FUNCTION_WORDS)
        and not _HEADLINE_MARK.search(text)  # "Ruritania’s Ore Curbs Threaten Car Makers; Government Seeks …"
    ):
        return "navigation menu"
    if n <= 12 and not line.sentence and text.count(" | ") >= 2 and any(map(_DATE_FIELD.fullmatch, text.split("|"))):
        return "byline or credit"  # "Section | Apr 08, 2025 | Wire": the page's fields, a date among them
    if n <= 12 and (len(lx.FIELD_LABELS.findall(text)) >= 2 or not line.sentence and _FIELD_VALUES.fullmatch(text)):
        return "a line of labelled fields (metadata)"  # "Key risks: policy uncertainty; business risks" too
    if interface_text(text, bool(line.sentence), n):
        return "interface text"
    if (
        PHOTO_AGENCY.match(text)
        or lx.caption(text, lower)
        or (lx.IMAGE_FILE.search(text) and n <= 8)
        or (n <= 40 and SITE_CREDIT.search(text))
    ):
        return "caption or photo credit"
    if text.startswith("[") and text.endswith("]") and 6 <= n <= 30 and "]" not in text[:-1]:
        return "related-stories list"  # "[Ruritania's new government opposes uranium mining]": a link
    if text.startswith("[") and _SCRIPT_MARK.fullmatch(text):
        return "a broadcast script's label"  # "[Pkg]", "[Soundbite] Jane Doe(Minister)": no words of the story
    if text.startswith("![") and _MARKDOWN_IMAGE.fullmatch(text):
        return "caption or photo credit"  # "![](https://…/picture.jpg)": a picture, as Markdown
    if n <= 12 and not line.sentence and _VIDEO_LENGTH.search(text):
        return "caption or photo credit"  # "Copper boom in Verde 03:16": a video's title and its length
    if n >= 6 and _ALT_TEXT.match(text) and not line.sentence:
        return "caption or photo credit"  # "a large truck driving down a road …,": a picture's generated description
    if stamp := stamp_reason(text, n, line.sentence):
        return stamp
    if n <= 10 and dated_credit(text):
        return "byline or credit"  # "3 May 2022 Jane Doe", "Verde Mining News - May 17, 2024": who, and when
    if _SAID_ON.match(text):
        return None  # not a credit, nor a "follow us" prompt
    if credit := credit_reason(text, n, lower, line.sentence):
        return credit
    if lx.RELATED.match(text) and (n <= 6 or not line.sentence):
        return "related-stories list"
    if lx.CHROME_LABEL.match(text) and (n <= 12 or not line.sentence or text.split(":")[0].count(" ") < 2):
        return "page furniture"
    if n > 60:
        return None  # a paragraph this long is article text, whatever residue of the page it holds
    hints = lx.CHROME_HINTS.findall(text) if lower & lx.HINT_WORDS else []
    if (
        lx.appeal_phrase(text, lower)
        or hints
        and (n <= 12 or len({h.casefold() for h in hints}) >= 2 or lx.CHROME_HINTS.match(text))
    ):
        return "appeal to the reader or site notice"
    if n <= 25 and ("/" in text or "per " in text) and lx.PRICE_PER_PERIOD.search(text):
        return "appeal to the reader or site notice"  # a subscription's price
    furniture = sum(w.casefold() in lx.CHROME_WORDS for w in line.words)
    if n <= 8 and not line.sentence and furniture and furniture / n >= 0.25:
        return "page furniture"
    return None


def _in_prose(line: Line, text: str, n: int, lower: frozenset[str]) -> str | None:
    """`evidence` for a sentence of 15 words or more: the checks that can fire on one, in order."""
    if lx.caption(text, lower):
        return "caption or photo credit"
    if lx.CHROME_LABEL.match(text) and text.split(":")[0].count(" ") < 2 or DISCLAIMER.match(text):
        return "page furniture"
    if n > 60:
        return None  # a paragraph this long is article text, whatever residue of the page it holds
    hints = lx.CHROME_HINTS.findall(text) if lower & lx.HINT_WORDS else []
    if (
        lx.appeal_phrase(text, lower)
        or hints
        and (len({h.casefold() for h in hints}) >= 2 or lx.CHROME_HINTS.match(text))
    ):
        return "appeal to the reader or site notice"
    if "://" in text or "www." in text or "@" in text:
        return "a link, address or user name" if _only_a_link(text) else None
    return None


def _only_a_link(text: str) -> bool:
    """A link alone, bare or in brackets ("( https://verde.example/article/x...)": the copy's pointer to the original)."""
    return bool(lx.URL.fullmatch(text.strip("()[]<> ")))


def _ends_with_date(text: str) -> bool:
    return any(m.end() == len(text) for m in lx.DATE.finditer(text))


def _is_name_list(text: str) -> bool:
    """Tags or names run together: three or more items of one or two words ("A , B , C and D")."""
    items = [x.strip() for x in _LIST_SEPARATOR.split(text) if x.strip()]
    return (
        len(items) >= 3
        and all(len(lx.WORD.findall(x)) <= 2 for x in items)
        and (" , " in text or all(x[:1].isupper() for x in items))
    )


def is_prose(line: Line, stops: frozenset[str], cut_off: bool = False) -> bool:
    """A sentence of the article: long enough, punctuated (a list item need not be; nor, with
    `cut_off`, a paragraph a paywall cut off after its first sentence), made of ordinary words."""
    if len(line.words) < 6 or not (
        line.sentence
        or line.clause
        or line.structure == "item"
        and len(line.words) >= 8
        or cut_off
        and len(line.words) >= 20
        and _SENTENCE_BREAK.search(line.text)
    ):
        return False
    if stops and line.stop_share < 0.12:
        return False
    return line.cap_share < 0.6 or len(line.words) > 25


def weight(line: Line, stops: frozenset[str], reason: str | None, cut_off: bool = False) -> float:
    """How much a line adds to the body: prose adds by length, chrome subtracts."""
    if reason:
        return -3.0
    if line.structure == "row":
        return 1.0
    if is_prose(line, stops, cut_off):
        return 1.0 + min(len(line.words), 40) / 5
    if line.sentence or (
        line.clause and len(line.words) >= 2 and not (len(line.words) <= 4 and line.text.rstrip().endswith(":"))
    ):  # "Sources:" is a label
        return 0.5
    return -1.0
