"""Stage 1, ingest (interface text): the words of a page's buttons, icons and templates, left in its text.

Icons' labels run together ("ChevronTitle", "FacebookIcon"), a menu's labels lose their spaces
("AFRICAEnvironmental SolutionsFeatured"), a shortcode or template field is left unrendered ("[ad_1]").
"""

from __future__ import annotations

import re

# Interface text scraped from icons: words glued together ("ChevronTitle", "FacebookIcon").
GLUED = re.compile(r"[a-z][A-Z][a-z]")
# A word in capitals run into the next: "AFRICAEnvironmental" (a menu's labels, their spaces lost).
GLUED_AFTER_CAPITALS = re.compile(r"\b[A-Z]{3,}(?=[A-Z][a-z]{2,})")
ICON_TEXT = re.compile(r"\b(?:icon|chevron|created\s+with\s+sketch|svg|arrow|caret|close|hamburger)\b", re.IGNORECASE)
# "[ad_1]", "[signup-form id="4595"]": a site's shortcode left unrendered; "4.8 C"; a counter of posts, pages or
# pictures: "Post# of 38", "Slide 2 of 9"
PLACEHOLDER = re.compile(
    r"[a-z]_img\b|^\s*\[/?[a-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|[\w-]+))*\s*/?\]\s*$|^-?\d\d?(?:[.,]\d)?\s?°?\s?[CF]$|"
    r"^(?:Post|Page|Slide|Photo|Image|Picture|Message)\s?#?\s?(?:\d+\s+)?of\s+\d+$|"
    r"^Part\s+\d+\s+of\s+(?:a\s+)?(?:\d+|[a-z]+-part)(?:\s+series)?$|"  # "Part 2 of a two-part series"
    r"^[a-z0-9]+(?:[-_][A-Za-z0-9]+){2,}(?:\.[a-z]{3,4})?$|"  # a picture's file name: "map-of-verde-BLOG"
    r"\{\{\s*[\w.]+\s*\}\}\s*$"  # a template's field left unrendered, ending a line: "… - {{hitsCtrl.values.hits}}"
)


def interface_text(text: str, sentence: bool, words: int) -> bool:
    """Words run together with an icon's name among them, three runs or more on a short line that is no sentence (a
    page element's words, not a long list item), or a placeholder left unrendered."""
    glued = GLUED.findall(text) + GLUED_AFTER_CAPITALS.findall(text)
    run_together = len(glued) >= 3 and not sentence and words <= 20
    return bool(glued and ICON_TEXT.search(text) or run_together or PLACEHOLDER.search(text))
