"""Stage 2, recognise (transaction words): the vocabulary of stakes, investments, loans, acquisitions and
supplies that `transactions` reads, as data."""

from __future__ import annotations

import re

# What is sold or bought in a stake or acquisition, not a supply: "sold its stake … to Z", "bought shares from Z".
NOT_GOODS = r"(?:(?:a|an|its|their|the|all|\d+(?:\.\d+)?\s?%|[\w-]+\s+per\s?cent)\s+)*(?:[\w-]+\s+)?(?:stakes?|shares?|interests?|holdings?|assets?|units?|subsidiar\w+|business\w*|operations?|company|firm|mines?|projects?)\b"
# The words of a stake, investment, loan, acquisition or supply: a sentence without one has none.
TRANSACTION_HINT = re.compile(
    r"\b(?:stakes?|shareholding|interest|invest\w*|loans?|lend|lent|financing|funding|support|backing|grant\w*|award\w*|"
    r"credit facility|acqui\w+|bought|suppl\w+|sell\w*|sold|deliver\w*|ship\w*|purchas\w+|sourc\w+|off-?tak\w+|"
    r"buy\w*|took over|take over|taking over|owned)\b"
)
# A transaction told in the past: done.
PAST_VERB = re.compile(r"^(?:acquired|bought|took|held|owned|sold|divested|holds?|owns|raised|increased|invested)\b")
# What follows a clause-opening name that is the subject ("X, a miner, has …"), and each noun's preposition.
SUBJECT_REST = r"(?:,[^,]+,|,)?\s+(?:\w+\s+){0,6}?(?:it|which|has|have|had|will|is|was|to|\w+ed|\w+s)\b"
PREPOSITION = {"equity investment": ("in",), "investment": ("in",), "stake": ("in",), "shareholding": ("in",),
               "acquisition": ("of",), "takeover": ("of",), "buyout": ("of",), "purchase": ("of",)}  # fmt: skip
# A stake's size: "a 15% stake", "a controlling stake"; a sum in words: "50 million euros".
PERCENT = r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+)"
SUM_IN_WORDS = r"\d[\d.,]*\s+(?:million|billion)\s+(?:euros|dollars|yuan|pounds|rupees)"
SIZE = rf"(?:{PERCENT}|(?:controlling|majority|minority|significant|strategic|direct|indirect)\s+)"
# The kind of deal each noun of `transactions.OWNED_NOUN` names.
NOUN_KIND = {"equity investment": "equity investment", "investment": "equity investment", "stake": "stake",
             "shareholding": "stake", "loan": "loan", "acquisition": "acquisition", "takeover": "acquisition",
             "buyout": "acquisition", "purchase": "acquisition"}  # fmt: skip


# ", Andina’s largest shareholder," between a subject and its verb: the owner named inside is not the subject.
APPOSITION_OWNER = re.compile(r"['’]s\s+[^,;]{1,40},")


def in_apposition(sentence: str, start: int, end: int) -> bool:
    """ "Verdatom, Andina’s largest shareholder, has agreed to buy X": Andina owns a noun inside an apposition."""
    return sentence[:start].rstrip().endswith(",") and bool(APPOSITION_OWNER.match(sentence, end))
