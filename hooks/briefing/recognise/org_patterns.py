"""How articles introduce an organisation: the words and patterns `organisations` matches.

A name is an organisation's when the text says so: a descriptor before it ("Chilean miner X"),
an apposition after it ("X, a Brazilian producer"), a legal ending ("X Plc"), a stock listing,
a public body's head noun, a short form it defines ("X (XYZ)"). The vocabulary is general.
"""

from __future__ import annotations

import re

from ..text import AND, UPPER
from .not_bodies import EVENT_WORDS

# A capitalised name of one to six words ("Andes Materials", "Pacific Holding Group", "MIN ID").
NAME_WORD = rf"(?:[A-Z]\.){{2,3}}(?=\s+{UPPER})|{UPPER}[\w&'’.-]*[\w&]|{UPPER}"  # "U.S. Verde Metals": initials too
# Not right after a legal ending, which closes a name: "X Ltd for Y" is X's bid for Y.
NOT_AFTER_LEGAL_ENDING = r"(?<!Ltd)(?<!Inc)(?<!LLC)(?<!PLC)(?<!Limited)"
NAME = (
    rf"(?:{NAME_WORD})(?:(?:{NOT_AFTER_LEGAL_ENDING}\s+(?:of|&|de|del|du|la|para|for|em|do|da|dos|das)"
    rf"\s+|\s+)(?:{NAME_WORD})){{0,6}}"
)
DESCRIPTOR = (
    r"miner|mining (?:company|firm|group|giant|major)|company|firm|producer|conglomerate|developer|refiner|"
    r"smelter|processor|maker|manufacturer|supplier|trader|trading house|explorer|start-?up|automaker|carmaker|"
    r"chipmaker|utility|lender|bank|fund|consultancy|insurer|giant|major|group|subsidiary|unit|operator|"
    r"think[ -]tank|research (?:firm|group|house|institute|centre|center)|consultancy firm|agency|regulator|"
    r"enterprise|corporation|conglomerate|holding company|investor|investment firm|(?:investment )?holding|"
    r"sovereign (?:wealth )?fund|wealth fund|state company|counterpart|consortium"
)
STATE = r"state[- ](?:owned|run|backed|controlled)|state|government[- ]owned|national"
# "Chilean miner Andina Cobre", "Peruvian copper producer Rio Alto", "state-owned Minera Sur"
BEFORE = re.compile(
    rf"(?P<cue>(?:(?P<state>{STATE})\s+)?(?:(?P<place>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)?)(?:['’]s)?\s+)?"
    rf"(?:(?P<state2>{STATE})\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{DESCRIPTOR}))(?:,\s+(?=[A-Z][\w’'.-]*[,.])|(?:(?<=subsidiary)|(?<=affiliate)),\s+(?=(?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'.-]*,)|\s+)(?P<name>{NAME})"
)  # "state-owned mining company, Ruritania Minerals,": the name after the comma too
# BEFORE cannot match without a descriptor word: this cheap test spares most sentences its search.
HAS_DESCRIPTOR = re.compile(rf"(?:{DESCRIPTOR}),?\s+[A-Z]")
# "Norwegian Offshore Directorate", "Investment Coordinating Board": a public body by its head noun.
BODY = re.compile(  # "Ruritania Mines, Petroleum and Gas Board": its portfolios listed before the head noun
    rf"(?P<name>(?:(?P<listed>(?:{NAME_WORD})(?:\s+(?:{NAME_WORD}))?(?:,\s+(?:{NAME_WORD})){{1,3}},?\s+and\s+(?:{NAME_WORD}))"
    rf"|(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,4}}"
    rf"(?P<joined>\s+and\s+(?:{NAME_WORD})(?:\s+(?:{NAME_WORD}))?)?)"  # "National Economic and Development Authority"
    rf"\s+(?:Directorate|Board|Office|Inspectorate|Secretariat|"
    rf"Regulator|Commission|Agency|Authority|Bureau|Service|Administration)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,2}})?)"  # "… Directorate of Mines"
    rf"(?![\w-])(?!\s+(?:Member|Chair))"
)
STATE_ONLY = re.compile(rf"(?P<state>state[- ](?:owned|run|backed|controlled))\s+(?P<name>{NAME})")
# "Verde Norte, a Brazilian rare earths producer," / "Andina, the world's largest … miner", "Andina – Verde’s
# biggest platinum miner –"; not
# "According to Jane, the construction of the smelter …" (the head noun comes before "of")
AFTER = re.compile(
    rf"(?P<name>{NAME})(?:,|(?P<dash>\s+[–—]))\s+(?:a|an|the|which is a|which is the|(?P<one>one of )?"
    rf"(?:the|(?-i:[A-Z][\w.-]*)['’]s))\s+(?P<cue>(?:(?!of\s)[\w’'-]+\s+){{0,6}}?"  # "X, one of Verde's biggest …"
    rf"(?:{DESCRIPTOR})(?(one)s))\b(?(dash)(?=\s*[–—]))"  # between dashes: "Andina – Verde’s biggest miner –"
    r"(?!['’]s\s+(?:[A-Z]|(?:[\w-]+\s+){0,3}(?:chief|head|general|managing|director|president|manager|chair|founder|"
    r"spokes|officer|executive|CEO))|\s+(?:said|says|told|added|noted|stated))"
)  # not "Jane Doe, the company's General Manager" (a person, by her post) nor "… in Verde, the company said"
# "the Andina mining company’s project": a name, then what kind of body it is
NAME_THEN_KIND = re.compile(
    rf"\bthe\s+(?P<name>{NAME})\s+(?P<cue>(?:mining|oil|energy|metals|lithium|state|holding|investment)\s+"
    rf"(?:company|firm|group|corporation|fund))\b"
)
# "Ruritania’s Andina investment fund": a place's organisation, its descriptor after its name
OWNED_DESCRIBED = re.compile(
    rf"(?<![\w’'-])[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+(?P<name>{NAME})\s+"
    rf"(?P<cue>(?:[a-z][\w-]*\s+){{0,2}}?(?:{DESCRIPTOR}))\b"
)
# "the complex, formerly operated by Andina": a mine's or plant's operator or owner is a company
OPERATED_BY = re.compile(
    r"\b(?:mines?|complex|project|plant|smelter|refinery|deposit|mill|operations?|concession)\b[^.;]{0,80}?\b"
    r"(?P<cue>(?:operated|owned|run|developed)\s+by)\s+(?!(?:the|a|an|its|their)\s|(?:Premier|President|Minister|Governor)\b)"
    r"(?P<name>[A-Z][\w&.'’-]*?(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*?){0,4}?)"  # a name alone: not "Anglo-Verdean miner X"
    r"(?=\s*[,.;:]|\s+(?:and|in|since|until|for|from|before|after|which|at|on|to|with)\b|$)"
)
# "environmental groups including Amazon Watch", "firms such as Andina and Verde Norte"
INCLUDING = re.compile(
    rf"\b(?P<cue>(?:companies|firms|miners|producers|groups|organi[sz]ations|agencies|bodies|banks|lenders|"
    rf"investors|businesses|ventures|players|partners|customers|conglomerates|carmakers|automakers|chipmakers|"
    rf"manufacturers|suppliers|makers|contractors|developers|operators|refiners|traders),?\s+(?:including|such as|like)"
    # "conglomerados japoneses como X, Y y Z", "des groupes comme X et Y": the same in Spanish, Portuguese, French
    rf"|(?:empresas|compa[ñn][íi]as|companhias|conglomerados|grupos|firmas|soci[ée]t[ée]s|groupes|entreprises)"
    rf"(?:\s+[a-zà-ÿ]+)?,?\s+(?:como|tales\s+como|comme|tels?\s+que|incluindo|incluyendo))"
    rf"\s+(?P<list>{NAME}(?:(?:,\s+|,?\s+{AND}\s+){NAME}){{0,8}})"
)
# "three nickel processors – Andina, Verde Resources and Roe –": a counted list of bodies after a dash or colon
COUNTED_LIST = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:[a-z-]+\s+){{0,2}}(?P<cue>(?:companies|firms|"
    rf"producers|processors|refiners|smelters|exporters|banks|lenders))"  # not "three miners — Jane Doe, …": workers
    rf"\s*[–—:]\s+(?P<list>{NAME}(?:(?:,\s+|,?\s+and\s+){NAME}){{1,5}})"
)
# "Kazgeo (a subsidiary of Andina Holding)": an apposition in brackets, and its owner.
BRACKETED = re.compile(
    rf"(?P<name>{NAME})\s+\((?:a|an|the)\s+(?P<cue>(?:[\w’'-]+\s+){{0,4}}?(?:{DESCRIPTOR}))"
    rf"(?:\s+of\s+(?P<owner>{NAME}))?\)"
)
# "the Kazakh Tau-Kazan": a demonym between "the" and a name that a lower-case word follows.
THE_DEMONYM = re.compile(rf"\bthe\s+(?P<place>[A-Z][a-z]+)\s+(?P<name>{NAME})(?=\s+[a-z]|[,.;:)]|$)")
GEOGRAPHIC = re.compile(
    r"\b(?:Sea|Ocean|Union|Gulf|Basin|Peninsula|Islands?|Coast|Republic|Federation|Government|People|Exchange|"
    r"Parliament|Congress|Senate|Army|Navy|Embassy|President|Prime|Minister|State|States|Region|Province)\b"
)
LEGAL_ENDINGS = (
    r"Plc|PLC|plc|Pty\.?\s+Ltd|Pty|Proprietary|Ltd|Limited|Inc|Incorporated|Corp|Corporation|AG|SA|S\.A\.?|NV|N\.V\.|BV|B\.V\.|"
    r"SE|ASA|AB|LLC|LLP|GmbH|SpA|S\.p\.A\.|JSC|PJSC|OJSC|Bhd|Berhad|Tbk|KK|SAS|SRL|Sarl|SARL|Ltda|Oyj|Oy|A/S|A\.Ş\.?|Co"
)
ENDINGS = (
    rf"{LEGAL_ENDINGS}|"
    r"Holdings?|Group of Companies|Group|Resources|Minerals|Mining|Metals|Materials|Lithium|Rare Earths|Technology|Technologies|"
    r"Industries|Energy"
)
# A place in brackets, "Lithium Developments (Grants NT) Pty Ltd", "Sinomine (Hong Kong) …"; not a short form ("(AMC) Group")
PLACE_IN_NAME = r"\((?![A-Z]{3,}\)\s+Group\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\)"
ENDING = re.compile(  # not "Special Mining Licence", "the X Lithium project", "a Y Lithium Plant": a thing named
    rf"(?P<name>(?:{NAME_WORD})(?:\s+(?:&\s+)?(?:{NAME_WORD}|{PLACE_IN_NAME})){{0,5}}\s+(?:&\s+)?(?:{ENDINGS}))(?![\w-])"
    rf"(?!(?:\s+and\s+[A-Z][\w-]*)?\s+(?:Act|Law|Strategy|Regulation|Directive|Initiative|Plan|Programme|Program|Policy|Project|Bill|Agreement|Pact|{EVENT_WORDS}|"
    r"Licen[cs]e|Lease|Permit|Concession|project|mine|deposit|Plant|Refinery|Smelter|Extraction|Mine|Deposit|Marshall?s)\b)"
    rf"(?!\s+[A-Z][\w-]*\s+(?:{EVENT_WORDS})\b)"  # "the X Minerals Cooperation Dialogue": an event's name
)
FOREIGN_PARTICLES = r"de|del|della|di|do|da|dos|das|du|des|em|la|le|e|y"  # "Unidos em Defesa de Verde (UDV)"
# "Chamber of Mines of the Andes (CMA)": a name given a short form is a body's (not a law's, a plan's, an event's).
DEFINED = re.compile(
    rf"(?P<name>(?:{NAME_WORD})(?:(?:,\s+|\s+(?:(?:of|&|for|on|and|{FOREIGN_PARTICLES})\s+(?:the\s+)?)?)(?:{NAME_WORD})){{1,7}})\s*"
    rf"\((?P<short>[A-Z][A-Za-z&]{{1,9}}(?:-[A-Z][A-Za-z&]{{0,5}})?)\)"  # "(ZCCM-IH)" too
)
# A legal form written before the name: "PT Andina Nikel Utama", "JSC Verde Metals".
LEGAL_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<name>(?:PT|OOO|OAO|ZAO|PAO|PJSC|JSC|Joint[- ]Stock Company)\s+(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,4}}"
    r"(?:\s+\(Persero\))?(?:\s+Tbk\b)?)"  # "PT Andina Nikel (Persero) Tbk": a state enterprise's forms, listed
)
# "la empresa Andina", "a empresa ruritana Verde Nickel Ltd", "la société Roe Cobalt Sarl": a company, as
# Spanish, Portuguese and French name one.
FOREIGN_COMPANY = re.compile(
    r"\b(?:la|a|le|una|uma|une|[Ss]a|[Ss]u|[Ss]ua|[Ss]on|[Ss]eu|las|as|les)\s+(?:empresa|compa[ñn]ía|companhia|sociedad|sociedade|"
    r"soci[ée]t[ée]|entreprise|firma|minera|mineradora|filiale|filial|subsidi[áa]ria|groupe|grupo)s?"  # "Sa filiale X"
    rf"(?:\s+[a-zà-ÿ]+){{0,2}}?\s+(?P<name>(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,4}})"
    # "subsidiaria de Andina", "filiale du groupe Verde": the owner of a subsidiary
    rf"|\b(?:subsidiari[ao]|subsidi[áa]ria|filial|filiale)\s+(?:de|da|do|du|del)\s+(?:l['’]|la\s+|a\s+|o\s+)?"
    rf"(?:(?:empresa|grupo|groupe|compa[ñn]ía|companhia|soci[ée]t[ée])\s+)?(?P<name3>(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,4}})"
    # "La ruritana X firmó …", "la canadiense X": a company named after its country's adjective alone (Spanish)
    rf"|(?:^|(?<=[.;]\s))(?:La|la)\s+(?:[a-zà-ÿ]+(?:ana|ena|ina|esa|ense))\s+(?P<name2>(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,3}})"
    r"(?=\s+(?:firm|suscrib|acord|anunci|adquiri|compr|vend|inform|decidi)[a-zó]*\b)"
    # "с крупной компанией Andina Ltd": a company written in Latin letters after the Russian word for one
    rf"|\b(?:компани[яиейю]|компанией|корпораци[яиейю]|корпорацией)\s+(?P<name4>(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,3}})"
)
# "(Sede-MG)": a short form with its state's code after a hyphen, which the name does not spell.
PLACE_CODE = re.compile(r"(?<=[a-z])-[A-Z]{2}$")
# A ministry's or secretariat's head noun in Spanish, Portuguese and French (one list for every pattern that needs it).
FOREIGN_MINISTRY_WORD = r"(?:Ministerio|Minist[ée]rio|Minist[èe]re|Secretar[ií]a)"
# "el Ministerio de Energía y Minas del Perú", "o Ministério de Minas e Energia", "le Ministère de l'Industrie":
# a ministry, as Spanish, Portuguese and French name one (its portfolio's capitalised words and the small ones between).
FOREIGN_MINISTRY = re.compile(
    rf"(?<![\w-])(?P<name>{FOREIGN_MINISTRY_WORD}\s+(?:de\s+la|de\s+l['’]|del|de|da|do|das|"
    rf"dos|des|du)\s*{UPPER}[\w'’-]*(?:\s+(?:(?:y|e|et)\s+(?!(?:la|el|le|les|los|las|a|o|os|as)\s)|"
    rf"(?:de|del|de\s+la|da|do|dos|das|du|des|la|l['’])\s*)*{UPPER}[\w'’-]*){{0,6}})"  # not "… y la Contraloría"
)
# "AMG, empresa internacional de materiais críticos", "X, une société minière": the name, then the word after it.
FOREIGN_COMPANY_AFTER = re.compile(
    rf"(?<![\w.'’-])(?P<name>(?:{NAME_WORD})(?:\s+(?:{NAME_WORD})){{0,4}})(?:,|\s+[-–—])\s+(?:(?:uma|una|une|la|a)\s+)?"
    r"(?:empresa|compa[ñn]ía|companhia|sociedad|sociedade|soci[ée]t[ée]|entreprise|firma|minera|mineradora|"
    r"filial|filiale|subsidiaria|subsidi[áa]ria)\b"  # "Minera X, una filial de …": a subsidiary
)
# A state's embassy, with the place it stands in: "the Ruritanian Embassy in Roetown", "U.S. Embassy in Roetown",
# "Embassy of the Republic of Ruritania"; a body of its state (typed as an agency).
EMBASSY = re.compile(
    r"(?<![\w.'’-])(?P<name>(?:(?:U\.S\.|U\.K\.|[A-Z][a-z]+)\s+)?Embassy\s+(?:of\s+(?:the\s+)?[A-Z][\w.]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3}(?:\s+in\s+[A-Z][\w.]*)?|in\s+[A-Z][\w.]*))"  # (a name may follow)
)
# "between Verde Energy Engineering Group Roe Hydroelectric Construction Bureau Co. Ltd. and …": a registered
# name with two legal forms, as long as it runs (a part of it is no other company).
REGISTERED_NAME = re.compile(
    rf"(?<![\w.'’-])(?!\S*['’]s\s)(?P<name>(?:{NAME_WORD})(?:\s+(?:&\s+)?(?:{NAME_WORD})){{1,10}}\s+(?:Co\.?,?\s+Ltd|Co\.?,?\s+Limited|"
    rf"Company\s+Limited)\b\.?)"
)
# "sanctions against Verdeprombank": a bank's name in one word (not "a riverbank", written small).
BANK_IN_ONE_WORD = re.compile(r"(?<![\w.'’-])(?P<name>[A-Z][a-z]{3,}bank)(?![\w-])")
# "contracts with Andina Cobre (Ruritania) and …": a name, then the country it comes from in brackets.
NAME_THEN_COUNTRY = re.compile(rf"(?P<name>{NAME})\s+\((?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,2}})\)")
# "the M23 rebel group": a name, then what kind of group it is.
GROUP_AFTER = re.compile(
    rf"(?P<name>{NAME_WORD})\s+(?P<cue>(?:rebel|armed|militant|separatist) (?:group|movement)|militia)\b"
)
# "the EIB, Export Development Canada, the Danish Export … Fund and Bpifrance": names, short forms perhaps
LIST_ITEM = rf"(?:the\s+)?{NAME}(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?"
NAME_LIST = re.compile(rf"{LIST_ITEM}(?:(?:,\s+(?:and\s+)?|\s+and\s+){LIST_ITEM})+")
# "the Regulation of Verde Materials (RVM)", "Act Investment (AI)": a law's (not "Regulation Authority": a body's)
LAW_WORD = re.compile(
    r"\b(?:Act|Law|Regulation|Directive|Decree|Treaty|Peraturan|Undang-Undang|Keputusan|Ley|Lei|Loi|Decreto|D[ée]cret)\b"
    r"(?P<of>\s+(?:of|on)\b)?"
)  # and in Indonesian, Spanish, Portuguese, French: "Peraturan Pemerintah (PP)"
NOT_A_BODY = re.compile(
    r"\b(?:Understanding|Memorandum|Republic|Kingdom|Federation|Act|Law|Strategy|Regulation|Directive|Initiative|Plan|Programme|Program|Policy|Project|Bill|Agreement|"
    r"Treaty|Accord|Partnership|Framework|Index|Report|Standard|Scheme|Mechanism|Zone|Corridor|Product|Assessment|Study|Estimate|Value|Cost|Costs|Price|Rate|Return|Margin|"
    r"Constitution|Code|Decree|Ordinance|Contract|Licen[cs]e|Permit|Concession|Vehicles?)$"
    r"|^(?:Contrato|Contrat|Acuerdo|Acordo|Accord|Convenio|Convênio|Convention|Ley|Lei|Loi|Decreto|Décret)\b"  # a contract, a law
)
# A state's own government, in either order: "the Ruritania Government", "Government of (the) Ruritania"
# (and its common misspelling "Govenment"): the state, which has a country page, not an organisation.
STATE_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<place>.+?)\s+Gover?n?ment|Gover?n?ment\s+of\s+(?:the\s+)?(?P<place2>.+))"
)


def government_place(name: str) -> str | None:
    """The place whose own government `name` is, or None."""
    m = STATE_GOVERNMENT.fullmatch(name)
    return (m.group("place") or m.group("place2")) if m else None


# "Ministry of Mining and Heavy Industry": a public body whose portfolio runs on through "and".
PUBLIC_BODY_OF = re.compile(r"\b(?:Ministry|Department|Office|Bureau|Secretariat|Committee)\s+(?:of|for)\s")
LEGAL = re.compile(rf"(?:\s*,?\s+(?:{LEGAL_ENDINGS})\.?)+$")  # "Corporation Limited": every ending
TICKER = re.compile(
    rf"(?P<name>{NAME})\s*\((?:[A-Z]{{2,3}}-)?(?:ASX|NYSE(?:\s+(?:American|MKT|Arca))?|NASDAQ|Nasdaq|LSE|TSX|TSXV|TSX-V|AIM|HKEX|HKG|SSE|SZSE|JSE|BSE|NSE|IDX|"
    rf"KRX|TYO|TSE|FRA|ETR|OTC|OTCQB|OTCQX|CSE)\s*:\s*[A-Z0-9.]+\)"
)
AGENCY_HEADS = re.compile(
    r"\b(?:Ministry|Department|Agency|Commission|Authority|Bureau|Administration|Survey|Directorate|Office|"
    r"Service|Regulator|Government)\b|\b(?:Board|Corps)$"  # "Investment Coordinating Board" (not a board of directors)
)
RESEARCH_HEADS = re.compile(
    r"\b(?:University|Institute|Institution|Centre|Center|Academy|Laboratory|Observatory|School|College|"
    r"Foundation|Think Tank)\b"
)
ASSOCIATION_HEADS = re.compile(r"\b(?:Association|Federation|Chamber|Union|Alliance|Coalition|Forum|Society|Network)\b")
# "Department of Industry, Science and Resources": a portfolio's list after "of"; "… Minister" after a body.
PORTFOLIO_REST = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"(?:\s+of\s+[A-Z][\w-]*)?(?![\w-])"
    r"|\s+and\s+the\s+(?:Environment|Economy|Interior|Arts)(?![\w-])"  # "Ministry of Natural Resources and the Environment"
)
# "… and Mineral Resources", not "… and VGM" (an acronym) nor "… and Andina Ltd" (a company)
PORTFOLIO_AND = re.compile(
    rf"\s+and\s+(?![A-Z]{{2,8}}\b)[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){{0,2}}(?![\w-])(?!\s+(?:{LEGAL_ENDINGS})\b)"
)
PORTFOLIO_AFTER = re.compile(r"\s+(?:Minister|Ministry|Secretary|Department|Committee|Commissioner)\b")
# "Department of State and X Center for …": what follows "and" heads a body of its own.
OWN_HEAD = re.compile(rf"{AGENCY_HEADS.pattern}|{RESEARCH_HEADS.pattern}|{ASSOCIATION_HEADS.pattern}")
COMPANY_HEADS = re.compile(rf"\b(?:{ENDINGS}|Company|Bank|Fund|Capital|Partners|Ventures|Energy)\b")
LISTED = re.compile(
    r"^(?:(?:[A-Z][\w.]*\s+){0,2}[\w.]+-(?:listed|based|owned|backed|run|controlled|headquartered)\s+)+"
)
# The end of a longer name's first half ("Ministry of [Natural Resources]"); not after a legal ending,
# which closes a name of its own ("Orocobre Ltd and [Livent Corp]").
INSIDE_NAME = re.compile(
    rf"\b(?!(?:{LEGAL_ENDINGS})\.?,?\s|(?:Capital|Group|Holdings?|Partners|Ventures|Resources|Industries|Metals|Materials|Technologies|Corporation),\s)[A-Z][\w.]*,?\s+(?:of|for|and|&)\s+$"
    r"|\b(?:minister|ministry|secretary|commissioner)\s+(?:of|for)\s+(?:the\s+)?$"  # "minister of Deep Ore Affairs": a portfolio
    r"|\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+){1,3}(?:and|&)\s+the\s+$"  # "… and the Public Service"
)


# What a reference body's sighting says of it (a known company's: "known company").
REFERENCE_CUE = {"international": "international body", "agency": "national agency"}
REFERENCE_CUES = {*REFERENCE_CUE.values(), "known company"}
