"""Stage 1, ingest (notices): the phrases of a page's legal and financial notices, as data.

Disclaimers on the views expressed, an aggregator's note that it endorses nothing, an advertiser's risk warning:
each makes a line chrome. Keyed, like `phrases.APPEAL_PATTERNS` (which takes them in), by a word the line must hold.
"""

from __future__ import annotations

NOTICE_PATTERNS = {
    "advice": r"not\s+(?:financial|investment)\s+advice",
    # an aggregator's disclaimer: "… should not be considered as an endorsement of its views by X"
    "endorsement": r"should\s+not\s+be\s+(?:considered|construed|taken)\s+(?:as\s+)?(?:an?\s+)?endorsement",
    "herein": r"expressed\s+herein",
    "necessarily": r"do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)",
    # a trading advertisement's warning: "Your capital is at risk", "Capital at risk."
    "capital": r"^\W*(?:your\s+)?capital\s+(?:is\s+)?at\s+risk\b",
    # an advertisement set between paragraphs: "Build the future you deserve. Get started with our … courses …"
    "started": r"^(?:[^.!?]{0,60}[.!?]\s+)?get\s+started\s+with\s+our\b",
}
