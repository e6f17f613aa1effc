"""Characters no page or feed may carry, whatever module the text passes through; the capitals names begin with;
the word "and" that joins names in a list.

A leaf module: ingest, site data and the emitters all use it, and it uses nothing of theirs.
"""

from __future__ import annotations

import re

# Control characters are invisible, invalid in HTML and XML, and \x02/\x03 are Python-Markdown's
# own placeholder markers; lone surrogates (from YAML "\uD83D" escapes) cannot even be written as
# UTF-8. None may reach a page from a YAML value or an article.
# Any capital letter of the Latin scripts ("ŽEB", "Ölwerke"): names begin with one.
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
# "and" between names in English, Spanish, Portuguese, French, German and Indonesian ("X y Z", "X dan Z").
AND = r"(?:and|y|e|et|und|dan)"
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# The hyphen and the non-breaking hyphen (U+2010, U+2011) print as "-" and are one to a reader; a name written with
# one ("Asia‑Potash") is the name written with the other.
PLAIN_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def clip_words(text: str, limit: int) -> str:
    """`text` with its whitespace collapsed, cut to at most `limit` characters at a word boundary
    (then "…"): a summary or a description never ends in half a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return cut + "…"


def after(needle: str, text: str, pattern: re.Pattern, then: str = "") -> re.Match | None:
    """The first match of `pattern` right after an occurrence of `needle` in `text` (and followed by
    `then`): what `re.search(re.escape(needle) + pattern + re.escape(then), text)` finds, without
    compiling a pattern for each needle. Names differ from sentence to sentence: compiled anew, they
    filled Python's regex cache, so every preview rebuild compiled hundreds of them again."""
    start = text.find(needle)
    while start >= 0:
        m = pattern.match(text, start + len(needle))
        if m and text.startswith(then, m.end()):
            return m
        start = text.find(needle, start + 1)
    return None


def apostrophe_forms(name: str) -> tuple[str, ...]:
    """A name with a straight apostrophe and as most pages write it, curly ("Ruritania's", "Ruritania’s")."""
    return (name, name.replace("'", "’")) if "'" in name else (name,)
