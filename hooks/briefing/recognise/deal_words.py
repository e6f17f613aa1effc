"""The words of deals: what names an agreement, its kind, its status as the text states it, its
value and date. General vocabulary; `deals` finds the parties and builds the sightings."""

from __future__ import annotations

import re

from ..text import AND
from .not_bodies import DOCUMENT_SHORT_FORMS

# an article before a deal's noun in Spanish, Portuguese, French (fixed-width look-behinds, one each)
_FOREIGN_ARTICLE = (
    "|".join(rf"(?<=\b{word} )" for word in "un una el la los las um uma o os une le les del al do da du des".split())
    + r"|(?<=\bl['’])"
    # or a signing verb, as a headline writes it without the article: "Verde assina acordo com …"
    + "".join(
        rf"|(?<=\b{word} )"
        for word in "assina assinam assinou assinaram firma firman firmó firmaron signe signent".split()
    )
)
# (not "to get the best deal", "a big deal": an idiom, no agreement)
TRIGGER = re.compile(
    r"\b(?P<t>memorand(?:um|a) of understanding|heads of (?:terms|agreement)|memorand(?:um|a)|MoUs?|MOUs?|joint ventures?|JVs?|joint statement|"
    r"trade (?:agreement|deal|truce)s?|(?:mining|investment|establishment|host[- ]government) conventions?|"
    r"offtake (?:agreements?|deals?|contracts?|partners?)|offtakes?|partnering(?= with )|"
    r"agreements?|(?<!best )(?<!better )(?<!good )(?<!great )(?<!fair )(?<!big )(?<!raw )deals?|(?<!futures )contracts?|(?<!in the )(?<!within the )frameworks?|pacts?|accords?|treaty|treaties|truce|pledged|pledges?|partnered|"
    r"(?:have |has )?agreed (?:to|on|upon)|signed(?= between )|jointly|joint initiative|joint research projects?|(?<=['’]s )joint (?:[a-z-]+ )?projects?(?= with )|"
    r"partnerships?|venture(?!\s+(?:into|out|beyond|abroad)\b)|"  # not "to venture into a market"
    # in Spanish, Portuguese, French: "un acuerdo", "un convenio", "un memorando", "un accord", "une coentreprise"
    rf"(?:{_FOREIGN_ARTICLE})"
    r"(?:acuerdos?|convenios?|memorandos?(?: de entendimiento| de entendimento)?|contratos?|alianzas?|acordos?|"
    r"parcerias?|protocoles? d['’]accord|protocolos? de inten[çc](?:[ãa]o|[õo]es)|conventions? (?:minière|miniere|de partenariat|d['’]investissement)s?|contrats?|partenariats?|"
    r"coentreprises?|empresas? conjuntas?|empresas? mixtas?|operaci[oó]n(?:es)? conjuntas?|asociaci[oó]n(?:es)? (?:estrat[ée]gicas?|p[úu]blico-privadas?)|"
    r"associa[çc](?:[ãa]o|[õo]es) (?:estrat[ée]gicas?|p[úu]blico-privadas?))"
    # Indonesian, which writes no article: "menandatangani perjanjian dengan …", "nota kesepahaman"
    r"|perjanjian|kesepakatan|nota\s+kesepahaman"
    r"|соглашени[еяюи]|меморандум\w*"  # Russian: "заключила с Y соглашение" (signed an agreement with Y)
    # plural, with no article: "firmó este jueves convenios con …"
    r"|(?:convenios|acuerdos|acordos|conv[êe]nios|contratos)(?=\s+(?:con|com|entre)\s)"
    r")\b",
    re.IGNORECASE,
)
PLURAL = re.compile(
    r"\b(?:agreements|deals|contracts|pacts|accords|treaties|memoranda|MoUs|MOUs|ventures|JVs|pledges|offtakes|frameworks|"
    r"partnerships)\b",
    re.I,
)
# A table whose columns name the two sides ("Buyer | Supplier") lists one deal per row.
PARTY_COLUMN = re.compile(
    r"^(?:buyers?|sellers?|suppliers?|customers?|offtakers?|purchasers?|partners?|part(?:y|ies)|"
    r"investors?|investees?|compan(?:y|ies)|counterpart(?:y|ies)|signator(?:y|ies)|"
    r"developers?|miners?|producers?|acquirers?|targets?)(?:\s*\d)?$",
    re.I,
)
STATUS_COLUMN = re.compile(r"status|terms|stage", re.I)
# "X and Y signed the first contract to build …": one contract, its signatories named before it.
SIGNED_ONE = re.compile(r"\b(?:signed|inked|concluded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
SEPARATE = re.compile(r"\bseparate\s+(?:[\w-]+\s+)?$")
POTENTIAL = re.compile(r"\b(?:potential|possible|prospective|hypothetical)[”\"’']?\s+(?:[\w-]+\s+)?$", re.I)


def set_aside(sentence: str, trigger: re.Match) -> bool:
    """Whether the deal word names no deal of its parties: "X and Y signed separate agreements" (each
    with someone else), "“potential” trade deals" (none made)."""
    before = sentence[max(0, trigger.start() - 25) : trigger.start()]
    if trigger.group("t").lower() in ("frameworks", "partnerships") and not MADE.search(
        sentence, max(0, trigger.start() - 60), trigger.start()
    ):  # "partnerships with African countries" in general; "signed frameworks with X and Y" made
        return True
    return bool(trigger.group("t").endswith("s") and SEPARATE.search(before) or POTENTIAL.search(before))


MADE = re.compile(r"\b(?:signed|signs|inked|concluded|sealed|struck|established|formed|agreed)\b")


PARTY_NOUN = re.compile(
    r"[-–]|(?:\s+and\s+[A-Z][\w-]+)?\s+(?:state[- ]owned\s+)?(?:government|officials|authorities|leaders|"
    r"counterparts?|ministers?|companies|firms|groups|investors|miners|buyers|producers|consortium|"
    r"countries|nations|states|partners|administration)\b(?!\s+[A-Z])"
)  # "the Ruritanian government", "with Chinese and Russian groups"; not "the Ruritanian consortium X"
TWO_NATIONS = re.compile(
    r"\bbetween (?:the two (?:nations|countries|sides|governments)|both (?:nations|countries|sides))\b"
    r"|\bby the two (?:nations|countries|governments)\b"
    r"|(?:^|,\s)(?:The|Both) (?:two )?(?:nations|countries|sides|governments) (?:have |had |also |subsequently |then |"
    r"later |formally |officially ){0,2}(?:signed|agreed|pledged|reached|inked)",
    re.I,
)
QUOTED_TITLE = re.compile(r"[‘'“\"](?P<title>[A-Z][^‘'“”\"]{8,200}?)[.,]?[’'”\"](?!\w)")
TITLE_WORDS = re.compile(r"\b(?:Framework|Agreement|Accord|Pact|Memorandum|Partnership|Initiative|Treaty|Deal)\b")
# A sum in a currency: "US$5 000 000", "€50", "A$1.2".
# "$5 million", "A$1.2bn", "€30m", "USD 465 million"
CURRENCY_SUM = r"(?:(?:US|A|AU|C|HK|NZ|S)?\$|€|£|\b(?:USD|EUR|GBP|AUD|CAD|CNY|RMB|JPY|INR|ZAR|CHF)\s)\s?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d[\d,]*)(?:\.\d+)?"
MONEY = re.compile(
    rf"(?:up to\s+|about\s+|nearly\s+|more than\s+)?{CURRENCY_SUM}"
    r"(?:\s?(?:million|billion|trillion|bn|mn)\b)?|(?<![\d,.])\d[\d,.]*\s(?:million|billion) (?:dollars|euros|yuan)\b"
)
# The same sum inside a longer pattern, "$400m" as well.
AMOUNT = rf"{CURRENCY_SUM}(?:\s*(?:million|billion|bn|mn|m)\b)?"
ABOUT = r"(?:(?:up to|about|nearly|more than|over|around)\s+)?"  # "secured up to $465 million in financing"
DATE_PHRASE = re.compile(
    r"\b(?:(?:in|on|since|by|from)\s+)?(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\b"
    r"|\b(?:this|last|next) (?:week|month|year)\b|\bearlier this (?:week|month|year)\b|\b(?:in|since) (?:19|20)\d{2}\b"
)
STATUS_WORDS = [
    ("paused", r"\b(?:pause|paused|reprieve|truce|suspend\w*|halted|temporary|détente|detente)\b"),
    (  # and in Spanish, Portuguese, French: "firmaron", "assinou", "ont signé", "a été signé"
        "signed",
        r"\b(?:signed|signing|finali[sz]ed|concluded|sealed|inked|struck|forged|firmaron|firmó|suscribieron|assinaram|"
        r"assinou|(?:ont|a|été)\s+sign[ée]e?s?)(?![\w-])",
    ),
    ("announced", r"\b(?:announc\w*|unveil\w*)\b"),
    ("pledged", r"\b(?:pledged?|commit(?:ted|ments?)|promised|vowed)\b"),
    ("agreed", r"\b(?:partnered|agreed|reached)\b"),
    (
        "under negotiation",
        r"\b(?:negotiat\w*|talks|seek\w*|secure|securing|pursuit|push\w*|discussions?|proposed|"
        r"efforts?)\b",
    ),
]


def deal_kind(trigger: str, sentence: str) -> str:
    t = trigger.lower()
    if t.startswith(("memorand", "mou")):
        return "memorandum of understanding"
    if t in ("jv", "jvs"):
        return "joint venture"
    if t.startswith("joint") and "project" in t and "research" not in t:
        return "joint venture"  # "a joint lithium project with X"
    if "venture" in t or t in ("partnered", "partnership", "partnerships"):
        return "joint venture" if "venture" in sentence.lower() else "partnership"
    if t.startswith("trade"):
        return "trade agreement"
    if t.startswith("contract"):
        return "contract"
    if t.startswith("offtake"):
        return "offtake agreement"
    if t.startswith("pledge"):
        return "investment pledge" if MONEY.search(sentence) else "pledge"
    if t in ("framework", "frameworks"):
        return "framework"
    return "agreement"


# Only weighing a deal is no deal signed: these decide unless the sentence reports a signing.
TENTATIVE = re.compile(
    r"\b(?:weigh(?:s|ing|ed)?|consider(?:s|ing|ed)?|mull(?:s|ing|ed)?|in talks|explor(?:es|ing|ed)|evaluat(?:es|ing)|eye(?:s|ing)|"
    r"(?:could|may|might) (?:sign|agree|reach|offer)|seeking|looking to|"
    r"(?:made|makes|making|submitted|tabled|launched)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:offer|bid))\b",  # an offer is no sale yet
    re.IGNORECASE,
)
NOT_YET_SIGNED = re.compile(
    r"\b(?:expected to be|to be|will be|set to be|due to be)\s+(?:finali[sz]ed|signed|concluded|sealed)\b|"
    r"\b(?:expected|set|due|poised|aim(?:s|ing)?|plan(?:s|ning)?)\s+to\s+(?:finali[sz]e|sign|conclude|seal)\b|"
    r"\b(?:will|would|shall)\s+(?:soon\s+|shortly\s+)?(?:be\s+)?sign(?:ing)?\b|\b(?:close\s+to|near(?:ing)?|nearly|about\s+to)\s+(?:being\s+)?(?:finali[sz](?:ed|ing)|sign(?:ed|ing)|"
    r"conclu(?:ded|ding)|seal(?:ed|ing))\b|\bfinali[sz]ed\s+(?:the\s+)?terms\b",  # "close to being finalised", "finalized
    # terms" (the agreement is still to be signed): not yet
    re.IGNORECASE,
)
SIGNED = re.compile(r"\b(?:signed|finali[sz]ed|concluded|sealed|inked)\b", re.IGNORECASE)


CLAUSE_BREAK = re.compile(r";|,\s+(?:as|while|after|which|amid|but|following)\b|\s+(?:as|while|amid|after)\s+(?=[A-Z])")


def deal_value(sentence: str, at: int) -> str | None:
    """The sum in the clause of the deal's word at `at`: not "… as Ruritania pledged $600 billion in investment"."""
    cuts = [0, *(m.start() for m in CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    lo = max(c for c in cuts if c <= at)
    hi = min(c for c in cuts if c > at)
    money = MONEY.search(sentence, lo, hi)
    return money.group(0) if money else None


def deal_status(sentence: str) -> str | None:
    if TENTATIVE.search(sentence) and not SIGNED.search(sentence):
        return "under negotiation"
    if NOT_YET_SIGNED.search(sentence):
        return "announced"  # "expected to be finalised by March": agreed, not yet signed
    for status, pattern in STATUS_WORDS:
        if re.search(pattern, sentence, re.IGNORECASE):
            return status
    return None


# Words that open a phrase but never a party's name ("It has signed", "One of its first moves").
NOT_A_NAME = re.compile(
    r"^(?:The|A|An|This|That|These|Those|It|Its|Their|Our|Shares?|Analysts?|Officials?|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Last|Next|Earlier|Later|In|On|At|For|From|By|With|Under|After|Before|Once|When|While|If|"
    r"Since|Although|Though|As|Meanwhile|However|Separately|Additionally|Also|One|Some|Many|Most|Each|Both|Several|"
    r"Another|He|She|They|We|I|You|His|Her|My|Prior|Following|Ahead|Despite|During|Amid|Until|Unlike)$"
)
# A generic word alone ("the Kingdom", "the company") stands for a party the text names elsewhere.
GENERIC_ALONE = frozenset(
    {"kingdom", "republic", "nation", "state", "government", "company", "firm", "group", "ministry"}
    # and as Spanish, Portuguese, French write them: "la presidenta de la República"
    | {"república", "république", "nación", "nação", "estado", "état", "gobierno", "governo", "gouvernement"}
    | {form.lower() for form in DOCUMENT_SHORT_FORMS}  # a document's short form: "the MoU centers on …"
)


def unnamed(name: str) -> bool:
    """Whether a capitalised phrase is no party's name: a pronoun, a date or a connective opens it,
    or it is one generic word."""
    first = name.split()[0]  # "AS COPPER prices hit …": a paragraph's opening words set in capitals
    return bool(NOT_A_NAME.match(first.title() if first.isupper() else first)) or name.lower() in GENERIC_ALONE


# "The agreement was signed … by (representatives of) X and Y": the two parties, unless people sign.
SIGNED_BY = re.compile(
    r"\s+(?:(?:was|were|has been|have been)\s+(?:jointly\s+)?(?:signed|inked|concluded)\b[^.;]*?\b|(?:jointly\s+)?(?:signed|inked)\s+)"
    r"by\s+(?:(?:the\s+)?(?:representatives|officials|heads)\s+(?:of|from)\s+)?"
    r"(?P<cp>.+?)(?=[.;]|\s+(?:in|on|at|during|which|marks|is|was|will|has|have)\s|$)"  # "The MoU signed by X and Y marks"
)
SIGNED_BY_PEOPLE = re.compile(r"\b(?:Minister|President|Secretary|Ambassador|Governor|Chairman|CEO)\b")


# "UK company Andina Nickel Limited signs …": the place says where the named company is from; so do "U.S. and EU
# automakers … partnering with …" of a class of firms.
PLACE_OF_NAMED = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:company|firm|miner|group|producer|developer|explorer|manufacturer|maker)\s+[A-Z]|"
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?\s+(?:[a-z]+\s+)?(?:automakers|carmakers|"
    r"companies|firms|miners|producers|manufacturers|investors|buyers|refiners|businesses|industries)\b"
)


def place_not_party(sentence: str, start: int, end: int) -> bool:
    """ "with Andina Cobre (Ruritania)": the country in brackets says where the named party is from, as
    "UK company Andina Nickel" does; "deals were signed in Ruritania and Borduria": where they were signed."""
    return (
        (sentence.startswith(")", end) and bool(re.search(r"[\w.]\s+\($", sentence[max(0, start - 3) : start])))
        or PLACE_OF_NAMED.match(sentence, end) is not None
        or signed_in(sentence, start)
        or approver(sentence, start, end)
        or INCORPORATED_IN.search(sentence, max(0, start - 40), start) is not None
        or WHERE_AFTER_COUNTERPART.search(sentence, max(0, start - 80), start) is not None
        or bool((dateline := DATELINE.match(sentence)) and end <= dateline.end())
    )


# "DAVOS, Switzerland: Ruritania is close to an agreement with …": where the story was filed, no party.
DATELINE = re.compile(
    r"[A-ZÀ-Þ]{3}[A-ZÀ-Þ.'-]*(?:\s[A-ZÀ-Þ][A-ZÀ-Þ.'-]+)*,?\s+[A-Z][\w.'’ -]{1,30}?\s*(?:\([^)]*\))?\s*(?:[-–—:|]|--)\s"
)


# "inked three agreements with Andina Steel in Ruritania": where they were signed, the counterpart named before it.
WHERE_AFTER_COUNTERPART = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,5}in\s+(?:the\s+)?$")


LIST_JOIN = re.compile(  # not "Borduria, whose nuclear group X": a relative clause is no list
    rf"\s*(?:,\s*(?:and\s+)?|\s+{AND}\s+|\s*&\s*)(?:the\s+)?(?!(?:whose|which|who|whom|where|that)\s)"
    r"(?:[A-Z][a-z]+\s+|[A-Z][\w.]*-[a-z]+\s+|[a-z][\w-]*\s+){0,5}"  # "… and Verde-based Y"
)
# "with Ruritania's state-owned mining company, Andina Cobre": a description, a comma, the name.
DESCRIBED_THEN_NAMED = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}?(?:[A-Z][\w.'’-]*['’]s\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:company|firm|miner|producer|group|giant|enterprise|corporation|developer|refiner|maker|trader|fund|investor),\s+"
)


# "Other deals were signed in Ruritania, Borduria and the Andina Republic": where, not with whom.
SIGNED_IN = re.compile(
    r"\b(?:signed|concluded|inked|struck|sealed)\s+in\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w'’.-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$"
)
# "Ruritania and Borduria should seize the chance to forge a partnership": advice, no deal.
# "… should forge a partnership"; "a policy aimed at attracting investors to establish joint ventures": a purpose
ADVISED = re.compile(r"\b(?:should|ought to|must|need to|needs to|aimed at|aiming at|designed to|intended to)\b[^,;]*$")


def signed_in(sentence: str, at: int) -> bool:
    """Whether the place at `at` is where deals were signed, in a list after "signed in"."""
    return "signed in" in sentence and SIGNED_IN.search(sentence, max(0, at - 160), at) is not None


# "received approvals from antitrust bodies in Verde, Ruritania and Andina", "Verde approved the X-Y venture":
# who cleared the deal, not who made it.
APPROVED_BY = re.compile(
    r"\b(?:approvals?|clearances?|consents?)\s+(?:from|by)\s+(?:[a-z][\w-]*\s+){0,4}?(?:in\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$"
)
APPROVES = re.compile(r"\s+(?:has\s+|had\s+)?(?:approved|cleared|authori[sz]ed)\s+(?:the|a|an)\b")


# "with Andina, incorporated in Verde": where the named party is registered, not a party.
INCORPORATED_IN = re.compile(  # (or "perusahaan otomotif asal X": "a car maker from X", in Indonesian)
    r",\s+(?:incorporated|registered|headquartered|domiciled|based)\s+in\s+(?:the\s+)?$|\b(?:asal|berbasis\s+di)\s+$"
)


def approver(sentence: str, start: int, end: int) -> bool:
    return bool(APPROVES.match(sentence, end) or APPROVED_BY.search(sentence, max(0, start - 160), start))


# Small words inside a name: "Chamber of Mines", "Sociedad Química y Minera de Chile".
CONNECTORS = frozenset({"de", "du", "des", "of", "for", "and", "the", "y", "e", "del", "da", "do", "dos", "das"})
IN_NAME = re.compile(rf"{'|'.join(CONNECTORS)}|\((?:Pvt|Pty|Private|Proprietary)\.?\)")
