"""The words of policies: what names a measure of each type, and what states its status."""

from __future__ import annotations

import re

from .deal_words import AMOUNT
from .foreign_measures import FOREIGN_EXPORT_BAN, FOREIGN_EXPORT_CONTROL
from .gates import Gated


def _table(rows: list[tuple[str, str]], gated: bool = False) -> list[tuple[str, re.Pattern | Gated]]:
    """(name, pattern) rows compiled case-insensitive, in order (the first match wins); `gated`: behind their words."""
    return [(name, Gated(re.compile(p, re.I)) if gated else re.compile(p, re.I)) for name, p in rows]


_LICENCE = (
    r"(?:(?:mining|mineral|exploration|operating|exploitation|recovery|extraction|prospecting)\s+"  # "a uranium recovery permit"
    r"(?:licen[cs]es?|permits?|leases?|rights|concessions?)\b|"
    r"(?:licen[cs]e|permit)\s+to\s+(?:operate|mine)\b)"  # one operator's: "a producer's permit to operate at the mine"
)
# (type, pattern): the first that matches a sentence names its measure.
MEASURES = _table(
    [
        (
            "export ban",
            r"\bexport(?:s|ing)?\s+(?:ban|embargo|prohibition|moratorium|suspension)s?\b|"
            r"\bban(?:s|ned|ning)?\s+(?:on\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:exports?|exporting|shipments?)\b|"
            r"\bprohibit\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?exports?\b(?!\s+(?:controls?|restrictions?|curbs?|tax\w*|duties))|\b(?:stop|halt|suspend|cease)\w*\s+exporting\b|"
            r"\b(?:stop|halt|suspend|cease|ban|prohibit)\w*\s+the\s+exportation\b|"
            r"\b(?:stop|halt|suspend|cease|cut(?:s|ting)?\s+off)\w*\s+"
            r"(?:the\s+)?(?:\w+\s+){0,3}?"
            r"exports?\b(?!\s+(?:controls?|restrictions?|curbs?|bans?|licen[cs]\w*|quotas?|measures?|rules?)\b)|"
            r"(?<!trade )\bembargo\b|"  # not "suspends its export controls" (lifts them), "the U.S. trade embargo"
            r"\b(?:suspension|halt|stoppage|prohibition|moratorium)\s+(?:of|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?exports?\b"
            r"(?!\s+(?:controls?|restrictions?|curbs?|licen[cs]\w*|quotas?|tax\w*|duties)\b)|"  # "suspension of cobalt exports"
            r"\bexports?\s+(?:after|following|despite|under|amid)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?ban\b|"
            r"\bend\s+of\s+(?:the\s+)?exports?\s+of\b|\b(?:will|to)\s+end\s+(?:\w+\s+){0,3}?exports\b|"  # "will end … exports"
            r"\b(?:not|no\s+longer)\s+(?:allow|permit)\w*\s+(?:[\w-]+\s+){0,3}?to\s+export\b|"  # "would not allow mines to export"
            r"\bno\s+(?:company|firm|miner|one)\s+(?:would|will|shall)\s+be\s+(?:allowed|permitted)\s+to\s+(?:[\w-]+\s+){0,3}?export\b|"
            r"\bexport(?:s|ing)?\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?(?:would|will|shall|are\s+to|is\s+to)\s+(?:also\s+)?be\s+"
            r"(?:strictly\s+)?(?:stopped|banned|halted|prohibited|forbidden|barred)\b|"  # "exports … would also be stopped"
            + FOREIGN_EXPORT_BAN,
        ),
        (  # "said it would cut exports of rare earths": a state's cap on them
            "export quota",
            r"\bexport\s+quotas?\b|\bquotas?\s+(?:sur\s+les|d['’])\s*exportations?\b|\bcuotas?\s+de\s+exportaci[oó]n\b|"
            r"\bcotas?\s+de\s+exporta[cç][aã]o\b|\b(?:annual\s+)?(?:ceiling|cap)s?\s+on\s+(?:the\s+)?(?:\w+\s+){0,2}?exports?\b|\bquotas?\s+(?:on|for)\s+(?:the\s+)?exports?\b|\bmaximum\s+export\s+(?:quantit(?:y|ies)|volumes?)\b|\b(?:would|will|to)\s+(?:further\s+)?cut\s+(?:its\s+)?exports\s+of\b",
        ),
        (
            "export tax",
            r"\bexport\s+(?:tax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|tariffs?|fees?)\b|"
            r"\b(?:tax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|fees?)\s+on\s+(?:\w+\s+){0,3}?exports?\b",
        ),
        (
            "export control",
            r"\bexport\s+(?:controls?|restrictions?|curbs?|limits?|licen[cs](?:es?|ing)|permits?|approvals?|control list)\b"
            r"(?!\s+(?:dialogues?|talks|consultations?|mechanisms?|working\s+groups?))|"  # "the export control dialogue": talks
            r"\b(?:restrict|curb|control|limit)\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?exports?\b|"
            r"\btighten\w*\s+(?:the\s+)?(?:\w+\s+){0,3}?exports?\b(?!\s+(?:controls?|restrictions?|curbs?|bans?))|"
            r"\btighten\w*\s+(?:the\s+)?rules\s+to\s+(?:reduce|curb|limit|restrict|cut)\s+(?:the\s+)?exports?\b|"
            r"\b(?:controls?|restrictions?|curbs?|limits?)\s+on\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:exports?|overseas\s+sales)\b|"
            r"\blicen[cs]ing requirements?\b|\brequire\w*\s+(?:an?\s+)?export licen[cs]es?\b|"
            r"\b(?:licen[cs]es?|permits?|leave|permission)\s+to\s+export\b|\badded\s+to\s+(?:its|the)\s+(?:\w+\s+){0,2}control\s+list\b|"
            r"\b(?:can|could|may|shall|will|would|must)\s+only\s+be\s+exported\b|\bapproval\s+for\s+exports?\b|"
            r"\b(?:put|puts|placed|places|moved|moves|shifted)\b[^.;]{0,80}?\bunder\s+(?:the\s+)?[\"“]?restricted\s+category\b|"
            + FOREIGN_EXPORT_CONTROL,
        ),
        (
            "price floor",
            r"\bprice\s+floors?\b|\bfloor\s+prices?\b|\bminimum\s+(?:export\s+)?prices?\b|\bbenchmark\s+prices?\b|"
            r"\breference\s+prices?\b",
        ),
        (  # "tariffs of up to 50 % on some Verdean products"
            "import tariff",
            r"\b(?:import\s+)?tariffs?\s+(?:of\s+(?:up\s+to\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)\s+)?on\b|"
            r"\bimport\s+(?:tariffs?|duties|duty|bans?)\b",
        ),
        (
            "stockpile",
            r"\b(?:strategic|national|government|state|emergency|build(?:ing)?|creat\w+|establish\w*|set(?:ting)? up)\s+"
            rf"(?:(?:a|an|the)\s+)?(?:{AMOUNT}\s+)?"  # "create a $2.5 billion reserve of critical minerals"
            r"(?:(?!proven|probable|estimated|measured|indicated|inferred|geological|recoverable)\w+\s+){0,2}?"
            r"(?:stockpiles?|reserves?|stocks?)\b|\bstockpiling\b|"  # not "national proven reserves": geology
            r"\b(?:secure|buy|purchase|acquire|expand\w*|replenish\w*|fund\w*|launch\w*)\s+(?:(?:a|an|the|its)\s+)?"
            rf"(?:{AMOUNT}\s+)?(?:\w+\s+){{0,2}}?stockpiles?\b|\bdefen[cs]e\s+stockpiles?\b|"
            r"\b(?:inventory|stockpil\w*|reserve)\s+targets?\b",  # "would hike inventory targets of copper"
        ),
        (
            "strategic project",  # a designation, not an aim to "support strategic projects"
            r"\b(?:designat\w+|recogni[sz]\w+|selected|selects|named|listed|granted|awarded|approved|approves|adopted)\b"
            r"[^.;]{0,40}?\bstrategic\s+projects?\b|"
            r"\bstrategic[\s-]+project\s+status\b|\b(?:lead\s+agency|major\s+project)\s+status\b|"  # a state's designations
            r"\bas\s+(?:an?\s+|one\s+of\s+\w+\s+)?strategic\s+projects?\b|"
            r"\bprojects?\s+of\s+(?:major\s+)?(?:national|strategic)\s+interest\b|"  # "classified a “major project of national interest”"
            r"\b(?:given|granted|awarded|gives|grants)\b[^.;]{0,80}?\b(?:special|strategic|priority)\s+status\b|"
            r"\b(?:included|includes|include|added|adds|put|placed)\b[^.;]{0,80}?\bon\s+(?:a|the|its)\s+list\s+of\s+"
            r"(?:\d+\s+)?strategic\b",
        ),
        (
            "nationalisation",
            r"\b(?:re-?)?nationali[sz](?:e|es|ed|ing|ations?)\b|\bnacionaliz\w+|\bexpropriat\w+|\b(?:revok|cancel|annul|suspend)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
            r"(?:concessions?|licen[cs]es?)\b|\bstripp\w*\s+(?:[\w'’-]+\s+){0,6}?of\s+(?:their|its|the)\s+"
            r"(?:[\w-]+\s+)?(?:concessions|licen[cs]es)\b|"  # "stripped 50 companies of their licenses"
            r"\bstate\s+(?:controls|control of|ownership of)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+){0,2}?"
            r"(?:production|mining|extraction|reserves|resources)\b|\breserv(?:ed|es|ing)\s+(?:to|for)\s+the\s+(?:[A-Z]\w+\s+)?[Ss]tate\b|"
            r"\b(?:return|revert|transfer)\w*\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:the\s+)?(?:full\s+)?state\s+(?:ownership|control)\b|"
            r"\bstate\s+control\s+(?:over|of)\s+(?:its|the)\s+(?:\w+\s+){0,2}?(?:industry|sector)\b",  # "take state control over its lithium industry"
        ),
        (  # a state's offer of licences, blocks or deposits to bidders: an auction, a tender, a call
            "licence auction",
            r"\b(?:auction|tender|bidding)\w*\s+(?:[\w&-]+\s+){0,4}?(?:for|of)\s+(?:[\w&-]+\s+){0,4}?"
            r"(?:blocks?|licen[cs]es?|deposits?|minerals?|concessions?|areas?|salt\s+flats|extraction)\b|"
            r"\boffer\w*\s+(?:[\w-]+\s+){0,4}?(?:licen[cs]es?|blocks?|concessions?)\s+(?:for|to)\b|"
            r"\b(?:auction|tender)\w*\s+(?:off\s+)?(?:[\w-]+\s+){0,3}?(?:concessions?|licen[cs]es?|blocks?|deposits?)\b|"
            r"\b(?:mining|exploration|concession)\s+(?:blocks?|areas?)\b[^.;]{0,60}?\b(?:offered|auctioned|tendered)\b|"
            r"\bput\w*\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es|blocks|concessions)\s+up\s+for\s+(?:bids?|auction|tender)\b",
        ),
        (  # a state's decision on one operator's licence, permit or lease: granted, renewed, suspended, revoked
            "mining licence",
            rf"\b(?:grant|renew|approv|award|issu|giving|given|gave|reject|refus|withdr[ae]w|yank|suspend|revok|cancel|retract|reinstat)\w*\s+"
            rf"(?:[\w,'’-]+\s+){{0,8}}?{_LICENCE}|"
            r"\b(?:approv|award|renew|revok|cancel)\w*\s+(?:a|an|the|its)\s+(?:[\w,.-]+\s+){0,3}?concession\b|"  # "approved a 20-ha concession"
            r"\blicen[cs]e\s+(?:issued|granted|awarded)\s+to\s+[^.;]{1,80}?(?:has|have|had)\s+been\s+"
            r"(?:suspended|revoked|cancell?ed|withdrawn)\b|"  # "the licence issued to Andina Ltd, a miner, has been suspended"
            rf"{_LICENCE}\s+(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?"
            r"(?:granted|renewed|approved|awarded|issued|rejected|refused|withdrawn|suspended|revoked|cancell?ed)\b|"
            r"\b(?:granted|issued|given|received|reinstated|restored)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:permit|licen[cs]e|lease)\b|"
            r"\b(?:withdr[ae]w|yank\w*|revok\w*|reject\w*|refus\w*)\s+(?:[\w'’-]+\s+){0,6}?approval\b|"
            r"\b(?:withdrawal|revocation|cancell?ation|suspension|renewal)\s+(?:[\w'’-]+\s+){0,6}?of\s+(?:a|an|the|its)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:permit|licen[cs]e|lease)\b|"
            r"\b(?:revocation|cancell?ation|suspension)\s+of\s+(?:[\w,'’-]+\s+){0,3}?(?:permits|licen[cs]es|leases)\b|"
            r"\b(?:granted|issued|gave|given)\s+(?:[\w,'’-]+\s+){0,10}?"
            r"permission\s+to\b|"
            r"\bgreen[- ]lit\b|\bgreen\s+light\b|\b(?:gave|given|gives)\s+(?:[\w'’-]+\s+){0,8}?approval\b|"
            # a state halting one operator's project or mine:
            r"\b(?:halt\w*|suspend\w*|block\w*|cancel\w*)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:project|mine)\b|"
            r"\border\w*\s+(?:the\s+)?(?:closure|suspension|shutdown)\s+of\s+(?:[\w'’-]+\s+){0,6}?mines?\b|"
            r"\border\w*\s+(?:[\w()'’-]+\s+){1,10}?to\s+(?:partially\s+|temporarily\s+)?(?:halt|suspend|stop|cease)\s+"
            r"(?:its|their|all)\s+(?:[\w-]+\s+)?(?:activities|operations|production|work)\b",  # "ordered X to halt its activities"
        ),
        (  # a state's grants, subsidies or tax credits for mining, or its own investment in it
            "public funding",
            r"\b(?:award\w*|approv\w*|grant(?:ed|s)?|allocat\w*|launch\w*)\s+"
            r"(?:[\w$.,'’-]+\s+){0,6}?(?:grants?|funding|subsid(?:y|ies)|tax\s+credits?|co-funding|financial\s+support)\b|"
            r"\blaunch\w*\s+of\s+(?:a\s+|the\s+)?(?:[\w$.,'’-]+\s+){0,5}?fund\b|"  # "Launch of $2 Billion Verde Fund"
            rf"\b(?:establish|creat|set\w*\s+up|launch)\w*\s+(?:a|an|the)\s+(?:new\s+)?(?:{AMOUNT}\s+(?:\([^()]{{1,24}}\)\s+)?)?(?:[\w-]+\s+){{0,2}}?"
            r"(?:loan|lending|financing|credit)\s+facility\b|"  # "will establish a $2 billion loan facility"
            r"\b(?:fund|grants?|program(?:me)?)\b[^.;]{0,40}?\baccept\w*\s+applications\b|"  # "… Fund will begin accepting applications"
            rf"\b(?:grants?|subsid(?:y|ies))\s+(?:of\s+)?(?:up\s+to\s+)?{AMOUNT}|"
            # "a $200 million accelerator grants program", "the funding was awarded under …"
            rf"{AMOUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:grants?|funding|subsidy)\s+(?:program|programme|scheme|pool|initiative|"
            r"commitment|package)\b|"
            r"\b(?:funding|grants?|subsid(?:y|ies))\s+(?:was|were|has\s+been|have\s+been|will\s+be)\s+"
            r"(?:awarded|granted|allocated|approved)\b|"
            rf"\b(?:is|are|was|were|will\s+be|has\s+been)\s+investing\s+(?:up\s+to\s+)?{AMOUNT}|"
            rf"\bhas\s+awarded\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?{AMOUNT}|"
            rf"{AMOUNT}\s+(?:[\w-]+\s+)?(?:support|relief|rescue|assistance|aid)\s+(?:package|scheme|programme|program)\b|"
            # "the federal government commits $40 million", "the government earmarked about €1-billion"
            rf"\b(?:government|federal|ministry|cabinet|centre)\b[^.;]{{0,60}}?\b(?:invest\w*|commit\w*|earmark\w*|spend\w*|"
            rf"allocat\w*|set\s+aside|sets\s+aside|pledg\w*|launch\w*)\s+(?:an?\s+)?(?:about\s+|around\s+|up\s+to\s+|more\s+than\s+|"
            rf"over\s+|nearly\s+)?{AMOUNT}|"
            r"\b(?:increas|boost|expand|rais)\w*\s+(?:its\s+|the\s+)?funding\s+for\b|\btax\s+(?:production\s+)?credits?\b|"
            r"\bapprov\w*\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:scheme|mission|fund)\b|"
            rf"{AMOUNT}\s+(?:expansion|boost|increase|top-up)\s+(?:in|of|to)\s+(?:[\w-]+\s+){{0,3}}?(?:financing|funding)\b",
        ),
        ("export quota", r"\bexport\w*\b.*\bquotas?\b|\bquotas?\b.*\bexport"),  # "exporters who exceed quotas"
        (  # "curbs on production and overseas sales": a cap on output too
            "production quota",
            r"\b(?:production|mining|output)\s+(?:quotas?|caps?|limits?)\b|\bquotas?\b|"
            r"\b(?:curbs?|caps?|limits?)\s+on\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:production|output)\b",
        ),
        (  # a ban or moratorium on mining itself: "a nationwide ban on the exploitation of uranium"
            "mining ban",
            r"\b(?:bans?|moratori(?:um|a)|prohibitions?)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:mining|exploitation|exploration|extraction|(?:mineral|mining)\s+(?:agreements?|contracts?|permits?|"
            r"applications?))\b",  # "a moratorium on new mineral agreements"
        ),
        (  # a state ordering owners to sell: "ordered three Verdean companies to divest their investments"
            "divestment order",
            r"\border(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,5}?to\s+(?:divest|sell|exit|dispose)\b|\bdivestment\s+orders?\b",
        ),
        (  # the rules of mining themselves: a mining code or law, its royalties
            "mining law",
            r"\bmining\s+(?:code|law|act|legislation|tax)(?:s|es)?\b|\b(?:Mining|Minerals?|Mineral\s+Resources|Mines)\s+(?:Code|Law|Act)\b|"
            r"\broyalt(?:y|ies)\s+(?:regime|regulations?|rates?|law|code)\b|\bRoyalty\s+Regulations\b|"
            r"\broyalt(?:y|ies)\s+(?:on|for)\s+(?:[\w-]+\s+){0,2}?(?:mining|extraction|miners)\b|"
            r"\b(?:creat\w+|introduc\w+|impos\w+|approv\w+|rais\w+)\s+(?:of\s+)?(?:a|an|the|new)?\s*(?:[\w-]+\s+){0,2}?"
            r"royalt(?:y|ies)\b",
        ),
    ],
    gated=True,
)
MEASURE_NOUN = r"(?:ban|bans|controls?|restrictions?|quotas?|embargo|curbs?|tariffs?|measures?|levy|tax|duty|duties)\b"
# Status words, first match wins: a lifted ban is no longer in force whatever else the sentence says.
STATUSES = _table(
    [
        (
            "lifted",
            rf"\b(?:lift(?:s|ed|ing)?|scrap\w*|repeal\w*|rescind\w*|end(?:s|ed|ing)?|remov\w+)\s+(?:the\s+|its\s+|a\s+)?"
            rf"(?:\w+\s+){{0,3}}?{MEASURE_NOUN}|{MEASURE_NOUN}\s+(?:was|were|has been|have been|is|are|had been)\s+"
            rf"(?:\w+\s+)?(?:lifted|scrapped|repealed|rescinded|removed|ended)\b",
        ),
        ("suspended", r"\b(?:suspend\w*|paus\w*|postpon\w*|delay\w*|relax\w*|eas(?:e|ed|es|ing))\b"),
        (
            "proposed",
            r"\b(?:propos\w*|consider\w*|mull\w*|weigh\w*|explor(?:e|es|ed|ing)\b|thinking about|draft\w*|plan(?:s|ned|ning)? to|"
            r"(?:could|may|might|would)\s+(?:\w+\s+)?(?:impose|ban|introduce|restrict|develop)|will develop|urg\w+)\b",
        ),
        ("extended", r"\b(?:extend\w*|expand\w*|widen\w*|tighten\w*|added to|adds?)\b"),
        (
            "announced",
            r"\b(?:announc\w*|unveil\w*|will (?:take effect|go into effect|come into|impose|ban|introduce|require|exert)|"
            r"(?:takes?|taking) effect|effective (?:from|on)|set to)\b",
        ),
        (
            "in force",
            r"\b(?:impos\w*|in (?:place|force|effect)|with immediate effect|banned|introduc\w*|implement\w*|took effect|enforc\w*|"
            r"keep|kept|maintain\w*|placed|applies|apply|require[sd]?)\b",
        ),
    ]
)


# "Ruritania's Andina Cobre and Borduria's …": a place that owns a company (not a state body) takes no measure.
COMPANY_OF = re.compile(
    r"['’]s\s+(?!(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Government|Board|Agency|Parliament|Department|Commission|"
    r"Authority|Cabinet|Office|Senate|Regulator|Customs|President|Prime|Minister|Premier|National Assembly|Act|Law|"
    r"Regulation|Directive|Decree|Code|Strategy|Plan|Programme|Program|Initiative|Fund|Reserve|Chamber|Congress|"
    r"Court|Council|Assembly|Legislature|Treasury|Army|Military|Junta|State)\b)[A-Z]"
    r"|\s+(?:mining\s+|state\s+)?(?:company|firm|miner|producer|developer)\b"  # "Ruritanian mining company X": its home
)
# Words that put a measure on minerals though it names none.
MINERAL_WORDS = re.compile(
    r"\b(?:ores?|minerals?|metals?|mining|mines?|concentrates?|(?:raw|unprocessed) materials?|commodit\w+)\b"
    r"|\bdual[- ]use\s+(?:items|goods|exports|materials)\b",  # a state's list of dual-use items holds its minerals
    re.I,
)
# Words before a measure that say it is not taken, or not yet.
# "does not impose export controls", "an agreement prohibiting bilateral export controls": no measure taken
NEGATED = re.compile(
    r"\b(?:not|never|no longer|n['’]t|prohibiting|forbidding|barring|ruled? out|rules out|ruling out)\b(?:\s+\w+){0,3}\s*$|"
    r"\bno\s+(?:[\w'’-]+\s+){0,5}?(?:has|have|had|was|were|will)\s+(?:been\s+|be\s+)?$",  # "No Verdean firm has been issued …"
    re.I,
)
DECIDED = re.compile(  # "announced that X would …", "announced it would strengthen …", "said it would impose …"
    r"\b(?:(?:announc|decid|declar|confirm|order|rul)\w*\s+that\s+(?:[\w'’-]+\s+){1,4}?|"
    r"(?:announc\w*|said|says|confirm\w*)\s+(?:(?:on|in)\s+\w+(?:\s+\d+)?,?\s+)?(?:that\s+)?(?:it|they)\s+)would\s+"
    r"(?:[a-z]+\s+)?$",  # "said in May 2015 that it would"
    re.I,
)
# "… took effect, triggering a stockpiling rush", "buyers want to buy and stockpile": buyers', not a state's
REACTION = re.compile(
    r"\b(?:trigger|spark|prompt|fuel|caus|driv|spur)\w*\s+(?:\w+\s+){0,2}$|"
    r"\b(?:buyers|traders|investors|consumers|manufacturers|end-users)\b(?:\s+\w+){0,5}\s+$", re.I)  # fmt: skip
# "The EU has voiced concern about growing export restrictions in Andina": who objects to a measure is not its author.
CONCERN = re.compile(
    r"\b(?:voic|rais|express)\w*\s+(?:\w+\s+){0,2}concerns?\s+(?:about|over|at)\b|"
    r"\b(?:criticis|criticiz|condemn|protest|complain|denounc)\w*\b",
    re.I,
)
HYPOTHETICAL = re.compile(
    r"\b(?:potential|possible|possibly|possibility|future|threat(?:s|en\w*)?|risks? of|fears? of|could|would|might|if|"
    r"suggest(?:s|ed|ing)?|(?<=to )discuss)\b"  # "held a meeting to discuss issuing mining permits": none yet
    r"(?:\s+\w+){0,5}\s*$",
    re.I,
)
# A state's measure for its own industry, named after it.
OWN_SECTOR = re.compile(
    r"\s+to\s+(?:\w+\s+)?(?:develop|support|protect|boost|grow|strengthen|build)\s+['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sector|industry|industries)\b.*",
    re.S,
)

# What a noun that refers back can name: "the curbs" are controls, not the tariffs read last.
REFERRED_TYPES = (
    (re.compile(r"\b(?:ban|embargo)\b", re.I), ("export ban",)),
    (re.compile(r"\b(?:controls?|restrictions?|curbs?|rules?)\b", re.I), ("export control", "export licensing")),
    (re.compile(r"\bquotas?\b", re.I), ("export quota", "production quota")),
    (re.compile(r"\btariffs?\b", re.I), ("import tariff", "export tax")),
)


def named_again(kind: str, sentence: str, after: int) -> re.Match | None:
    """The next words after `after` that name a measure of this type again."""
    pattern = next((p for k, p in MEASURES if k == kind), None)
    return pattern.search(sentence, after) if pattern else None


def referred_type(noun_phrase: str, found: list) -> str:
    """The type of the latest measure the noun can name; the latest measure's when none fits."""
    kinds = next((kinds for pattern, kinds in REFERRED_TYPES if pattern.search(noun_phrase)), None)
    return next((p.type for p in reversed(found) if kinds is None or p.type in kinds), found[-1].type)


NOT_MINERALS = re.compile(
    r"\b(?:chip\w*|semiconductors?|goods|cars|vehicles?|EVs?|software|technolog\w+|equipment|tools|weapons|food|imports)\b",
    re.I,
)
