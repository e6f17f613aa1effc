"""Stage 2, recognise (transaction words): the vocabulary of stakes, investments, loans, acquisitions and
supplies that `transactions` reads, as data."""

from __future__ import annotations

import re

from .deal_words import ABOUT, AMOUNT

# What is sold or bought in a stake or acquisition, not a supply: "sold its stake … to Z", "bought shares from Z".
NOT_GOODS = r"(?:(?:a|an|its|their|the|all|\d+(?:\.\d+)?\s?%|[\w-]+\s+per\s?cent)\s+)*(?:[\w-]+\s+)?(?:stakes?|shares?|interests?|holdings?|assets?|units?|subsidiar\w+|business\w*|operations?|company|firm|mines?|projects?)\b"
# The words of a stake, investment, loan, acquisition or supply: a sentence without one has none.
TRANSACTION_HINT = re.compile(
    r"\b(?:stakes?|shareholding|interest|invest\w*|loans?|lend|lent|financing|funding|support|backing|grant\w*|award\w*|"
    r"credit facility|acqui\w+|bought|suppl\w+|sell\w*|sold|deliver\w*|ship\w*|purchas\w+|sourc\w+|off-?tak\w+|"
    r"buy\w*|took over|take over|taking over|owned|adquir\w+|adquiere|compr(?:ar|ou|ó|aram|aron)|rach[eè]t\w*)\b"
)
APPROXIMATELY = (
    r"(?:roughly|about|around|nearly|almost|approximately|some|just\s+over|over|more\s+than|less\s+than|up\s+to)"
)
# A transaction told in the past: done.
PAST_VERB = re.compile(r"^(?:acquired|bought|took|held|owned|sold|divested|holds?|owns|raised|increased|invested)\b")
# What follows a clause-opening name that is the subject ("X, a miner, has …"), and each noun's preposition.
SUBJECT_REST = (  # (and in Spanish, Portuguese, French: "X, fabricante …, está em negociação para adquirir Y")
    r"(?:,[^,]+,|,)?\s+(?:\w+\s+){0,6}?(?:it|which|has|have|had|will|is|was|to|\w+ed|\w+s|para|pour|está|est|será|sera|"
    r"foi|fue|vai|va|tem|tiene)\b"
)
PREPOSITION = {"equity investment": ("in",), "investment": ("in",), "stake": ("in",), "shareholding": ("in",),
               "acquisition": ("of",), "takeover": ("of",), "buyout": ("of",), "purchase": ("of",)}  # fmt: skip
# A stake's size: "a 15% stake", "a controlling stake"; a sum in words: "50 million euros".
PERCENT = r"(?:(?:\d+(?:\.\d+)?\s?%?\s?(?:-|–|to)\s?)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+)"  # "10%-20% "
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


# (kind, pattern): the verb or noun that names the transaction; `role` says who the clause's subject is.
# What "the …" calls the company the text named last ("the company", "the miner"); also `deal_parties.PRONOUN_SIGNS`.
COMPANY_NOUN = r"company|miner|firm|group|producer|developer"
# A clause whose subject is "it" or "the company" (the company the text named last), right before the verb.
PRONOUN_SUBJECT = re.compile(
    rf"(?:^|[;:]\s+)(?:[A-Z][^,;]{{0,40}},\s+)?(?:It|it|[Tt]he\s+(?:{COMPANY_NOUN}|automaker|carmaker))\s+(?:[a-z]+\s+){{0,3}}?$"
)
SHAPES: list[tuple[str, str, re.Pattern]] = [
    (kind, role, re.compile(p))
    for kind, role, p in [
        (
            "stake",
            "buyer",
            rf"\b(?P<verb>acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|tak(?:e|en|es|ing)|took|purchas(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|"
            rf"hold(?:s|ing)?|held|own(?:s|ed)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|"
            rf"doubl(?:e|es|ed|ing)|expand(?:s|ed|ing)?|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|"
            rf"eye(?:s|d|ing)?|seek(?:s|ing)?|sought)\s+(?:{APPROXIMATELY}\s+)?"  # "holds roughly a 25 percent stake"
            rf"(?:(?:a|an|the|its|their|further|additional|another)\s+)*(?:{AMOUNT}\s+)?"
            rf"{SIZE}*(?:ownership\s+)?(?:stake|shareholding|holding|equity stake|equity interest|{PERCENT}interest)s?\s+in\s+",
        ),
        (  # "X has purchased 51 percent of Y": a stake, the buyer first
            "stake",
            "buyer",
            rf"\b(?P<verb>acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|t(?:ake|akes|aken|aking|ook))\s+"
            rf"(?:(?:a|an|another|additional|further)\s+)*{PERCENT}of\s+(?!(?:its|their|the)\s+(?:output|production)\b)(?=(?:the\s+)?[A-Z])",
        ),
        (
            "stake",
            "seller",
            rf"\b(?P<verb>sell(?:s|ing)?|sold|divest(?:s|ed|ing)?)\s+(?:(?:a|an|the|its|their)\s+)?{SIZE}*"
            rf"(?:(?:of\s+(?:its|their)\s+)?(?:stake|shareholding|interest|share)s?\s+in\s+|of\s+(?:itself|its\s+(?:own\s+)?shares)\s+(?=to\s))",
        ),
        (  # "France will invest 50 million euros ($59 million) in a minority stake in Andina’s mine"
            "equity investment",
            "buyer",
            rf"\b(?P<verb>invest(?:s|ed|ing)?)\s+(?:(?:{AMOUNT}|{SUM_IN_WORDS})(?:\s+\([^)]{{1,30}}\))?\s+|an? additional\s+)?"
            rf"in\s+(?:(?:a|an|the)\s+{SIZE}*stake\s+in\s+)?",
        ),
        (  # "X has announced a $200 million investment in Y" (or "… of $200 million in lithium start-up Y")
            "equity investment",
            "buyer",
            r"\b(?P<verb>announc(?:e|es|ed|ing)|ma(?:de|kes?|king)|pledg(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\s+"
            r"(?:a|an)\s+(?:[^;:,]{0,50}?\s)?(?:equity\s+)?investment\s+(?:of\s+[^;:,]{1,40}?\s+)?in\s+"
            r"(?:(?:[a-z][\w-]*\s+){0,3}(?:start-?up|miner|company|firm|producer|developer|explorer)\s+)?(?=[A-Z])",
        ),
        (
            "acquisition",
            "buyer",
            r"\b(?P<verb>acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|(?:take|took|taking) over)\s+"
            r"(?:(?:full|majority|sole|outright)\s+)?(?:control\s+of\s+|all\s+of\s+|ownership\s+of\s+"
            r"|all\s+(?:the\s+)?(?:outstanding\s+|issued\s+)?shares\s+(?:of|in)\s+)?(?=[A-Z])",  # "acquired all shares of Y"
        ),
        (  # "negocia para adquirir a Andina Lithium", "compró la minera Verde", "a racheté le groupe Roe": the same in
            # Spanish, Portuguese and French
            "acquisition",
            "buyer",
            r"\b(?P<verb>adquirir|adquiri[uó]|adquiere|adquire|adquiriram|adquirieron|comprar|comprou|compró|compraram|"
            r"compraron|racheter|rachète|racheté|acquérir|acquiert)\s+(?:(?:a|o|la|el|le|l['’])\s*)?"
            r"(?:(?:empresa|mineradora|minera|compañía|companhia|société|groupe|firma)\s+(?:[a-zà-ÿ]+\s+){0,2})?(?=[A-Z])",
        ),
        (  # "X bought the nickel operation from Y", "X made an offer to buy some of the copper assets of Y": the
            # seller's asset, the buyer first
            "acquisition",
            "buyer",
            r"\b(?P<verb>acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\s+"
            r"(?:(?:some|part|most|all)\s+of\s+)?(?:the|its|a|an)\s+"
            r"(?:[\w’'-]+\s+){0,3}?(?:operations?|mines?|projects?|assets?|business|refinery|smelter|plant)\s+(?:from|of)\s+"
            r"(?=(?:the\s+)?[A-Z])",
        ),
        (  # "X, which was acquired by Y in 2021", "X has agreed to a buyout by Y": the target first, then the buyer
            "acquisition",
            "target",
            r"\b(?:(?:was|were|has been|had been)\s+(?P<verb>acquired|bought|purchased|taken over)|"
            r"agreed\s+to\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:buyout|takeover|acquisition))\s+by\s+"
            r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|miner|producer|rival|conglomerate),?\s+)?"
            r"(?=(?:the\s+)?[A-Z])",
        ),
        (  # "Wyloo Metals moved closer to a $760 million buyout of nickel producer Mincor": the buyer, its buyout of Y
            "acquisition",
            "buyer",
            rf"\b(?:a|an|its|the)\s+(?:{AMOUNT}\s+)?(?:[\w-]+\s+){{0,2}}?(?:buyout|takeover)\s+of\s+"
            r"(?:(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?(?=(?:the\s+)?[A-Z])(?![^,;.]*\sby\s)",  # not "… of Y by Z"
        ),
        (  # "X has finalised the purchase of Y", "X completed its $2 billion acquisition of Y"
            "acquisition",
            "buyer",
            r"\b(?P<verb>complet(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|clos(?:e|es|ed|ing)|announc(?:e|es|ed|ing))\s+"
            r"(?:the|its|a|an)\s+(?:[^\s,;]+\s+){0,3}?(?:acquisition|purchase|takeover|buyout)\s+of\s+(?=(?:the\s+)?[A-Z])",
        ),
        (
            "loan",
            "borrower",
            rf"\b(?P<verb>secur(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|w[io]n|gets?|got|signed|rais(?:e|es|ed|ing)|"
            rf"finali[sz](?:e|es|ed|ing)|clos(?:e|es|ed|ing))\s+"
            rf"(?:(?:a|an|the|additional|further|another)\s+)*(?:(?:{ABOUT}{AMOUNT}(?:\s+\([^()]{{1,30}}\))?\s+(?:in\s+)?)?"
            rf"(?:\w+[\s-]+){{0,2}}?"  # "a A$14.8 million ($10.9 million) grant from""
            rf"(?:loans?|financing|credit facility|debt facility|funding|grants?|support|backing)\s+|{AMOUNT}\s+)"
            rf"(?:\w+\s+){{0,3}}?(?:from|with)\s+",
        ),
        (
            "loan",
            "lender",
            r"\b(?P<verb>lend(?:s|ing)?|lent|provid(?:e|es|ed|ing)|extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|approv(?:e|es|ed|ing))\s+"
            rf"(?:(?:a|an|the)\s+)?(?:{AMOUNT}\s+)?(?:\w+[\s-]+){{0,2}}?"
            r"(?:loans?|financing|credit facility|debt facility|funding)\s+(?:assistance\s+)?"
            rf"(?:of\s+(?:up\s+to\s+|about\s+)?{AMOUNT}\s+)?(?:\w+\s+){{0,3}}?(?:to|for)\s+",  # "funding of up to $5m to"
        ),
        (  # "X supplies lithium to Y", "X will sell graphite mined at Z to Y": a supply deal, the seller first
            "supply",
            "seller",
            rf"\b(?P<verb>suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?)\s+"
            rf"(?!{NOT_GOODS})(?:[\w’'-]+\s+){{1,8}}?to\s+(?=(?:the\s+)?[A-Z])",
        ),
        (  # "the sale of the 68% stake in Y by X to Z": the seller after "by", the buyer after "to"
            "stake",
            "sold by",
            rf"\b(?:sale|disposal)\s+of\s+(?:its|the|a|an)\s+{SIZE}*(?:stake|shareholding|interest)\s+in\s+"
            rf"(?:[A-Z][\w.'’-]*\s+){{1,5}}by\s+(?=[A-Z])",
        ),
        (  # "X has committed $180 million to Y": an investment in Y
            "equity investment",
            "buyer",
            rf"\b(?P<verb>commit(?:s|ted|ting)?)\s+{AMOUNT}\s+(?:\([^()]{{1,30}}\)\s+)?to\s+(?=[A-Z])",
        ),
        (  # "Y buys cobalt from X": the buyer first
            "supply",
            "buyer",
            rf"\b(?P<verb>buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|sourc(?:e|es|ed|ing)|off-?tak(?:e|es|ing))\s+"
            rf"(?!{NOT_GOODS})(?:[\w’'-]+\s+){{1,8}}?from\s+(?=(?:the\s+)?[A-Z])",
        ),
        (  # "the Defense Department is granting Andina Metals Corp. $15 million": the recipient, then the sum
            "loan",
            "lender",
            rf"\b(?P<verb>grant(?:s|ed|ing)|award(?:s|ed|ing))\s+(?=(?:[A-Z][\w.'’-]*\s+){{1,6}}{AMOUNT})",
        ),
    ]
]
