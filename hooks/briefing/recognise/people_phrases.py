"""Stage 2, recognise people (phrases): the posts a sentence gives in its other shapes.

A post written small after a name, "X, who is …", a body's person speaking, a role before the name, one role
for two names, "according to X"; a post in Spanish, Portuguese or French, before the name ("le ministre des
Mines, X") or after it ("X, consejero delegado de Y"), and in German ("Bundeskanzler X"); a legislature's committee
chair. `people` reads the usual shapes; these come after them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anyascii import anyascii

from ..kinds import EXPERT, OFFICIAL, EntityKind
from ..text import UPPER
from .gates import finditer
from .not_bodies import OUTLET
from .org_patterns import FOREIGN_MINISTRY_WORD
from .person_names import FULL_NAME, TITLE_HONORIFIC, plausible_name
from .post_patterns import ACCORDING, NAME_LOWER_POST, NAME_WHO_IS
from .title_patterns import AFFILIATION, OWNER_NAME_SPEAKS, PLURAL_ROLE_NAMES, ROLE_BEFORE
from .titles import TITLE_WORD, classify_role, public_body, strip_possessive

# A state's post in Spanish, Portuguese or French: a minister, a secretary, a regional minister, a governor, a mayor.
_STATE_ROLE = (
    r"(?:ministr[oa]|ministre|secretari[oa]|secret[áa]ri[oa]|secr[ée]taire|consejer[oa](?!\s+delegad)|conselheir[oa]|"
    r"gobernador[a]?|governador[a]?|gouverneur|alcalde(?:sa)?|prefeit[oa]|maire|viceministr[oa]|vice-ministr[oa]|"
    r"diputad[oa]|deputad[oa]|d[ée]put[ée]e?|senador[a]?|s[ée]nat(?:eur|rice))"  # a legislator's too
)
# A body's head: a chief executive, a chairman, a director, a manager.
_BODY_ROLE = (
    r"(?:consejer[oa]\s+delegad[oa]|amministrat(?:ore|rice)\s+delegat[oa]|(?:vice-?)?president[ea](?:\s+ejecutiv[oa]|\s+executiv[oa])?|diretor(?:a)?[- ]presidente|"
    r"director(?:a)?(?:\s+general|\s+ejecutiv[oa])?|diretor(?:a)?(?:\s+executiv[oa]|\s+geral)?|gerente(?:\s+general|\s+geral)?|"
    r"directeur(?:\s+g[ée]n[ée]ral)?|directrice(?:\s+g[ée]n[ée]rale)?|pr[ée]sident(?:e)?(?:[- ]directeur\s+g[ée]n[ée]ral)?|PDG)"
)
# "ruritano", "guinéen", "argentina": a state's adjective after a post ("el viceministro ruritano de …")
_STATE_ADJECTIVE = (
    r"(?:\s+(?:[a-zà-ÿ]+(?:ien|ienne|éen|éenne|ais|aise|ain|aine|ois|oise|ano|ana|eño|eña|ense|ês|esa|ino|ina)|"
    r"provincial|nacional|national|federal|f[ée]d[ée]ral|regional|r[ée]gional|estadual))"  # "diputado provincial"
)
_HONORIFIC = r"(?:M\.|Mme|Me|Sr\.|Sra\.|Dr\.|Dra\.|Srª\.?)"  # "M. Jean Doe", "Sra. Ana Ortiz", "Me Jean Doe" (a lawyer)
_OF = r"(?:de\s+la|de\s+l['’]|del|de|da|do|dos|das|du|des|della|delle|dello|degli|dei|di)"
# "of" before the body, and the company's description there is ("dell'Andina", "del gruppo francese Verde", Italian)
_OF_BODY = rf"(?:{_OF}\s+|(?:dell|de\s+l|d)['’]\s*)(?:(?:grupo|gruppo|groupe|empresa|soci[ée]t[ée]|societ[àa])\s+[a-zà-ÿ]+\s+)?"
# A body's or portfolio's name in those languages: capitalised words and the small words between them.
_NAMED = rf"{UPPER}[\w&.'’-]*(?:\s+(?:(?:y|e|et|de|del|de\s+la|da|do|dos|das|du|des|la|los|las)\s+)*{UPPER}[\w&.'’-]*){{0,7}}"
# "Presidencia, Interior y Diálogo Social": a portfolio of several, listed, the last after "y"
_NAMED_LIST = (
    rf"{_NAMED}(?:(?:,\s+{UPPER}[\w'’-]*)*,?\s+(?:y|e|et)\s+{UPPER}[\w&.'’-]*(?:\s+{UPPER}[\w&.'’-]*){{0,3}})?"
)
FOREIGN_POST_NAME = re.compile(  # "El Secretario Coordinador de Energía, X,": a second word of the post
    rf"\b(?P<role>(?P<state>(?i:{_STATE_ROLE})(?:\s+de\s+[Ee]stado)?)|(?i:{_BODY_ROLE}))(?:\s+{UPPER}[a-zà-ÿ]+(?<!de)|{_STATE_ADJECTIVE})?\s+{_OF_BODY}"
    rf"(?P<aff>{_NAMED_LIST})"
    rf"(?:\s+\([^()]{{1,80}}\))?(?:\s+(?:no|na|en|em|au|à)\s+{UPPER}[\w-]+)?,\s+"  # "presidente da X no Brasil, Y"
    rf"(?:{_HONORIFIC}\s+)?(?P<name>{FULL_NAME})(?![\w-])"  # "Le Ministre des Mines, M. Jean Doe": written large too
)
# "la directrice générale du groupe, X", "X, presidente del directorio": a body's head, the body not named here.
_THE_BODY = r"(?:du|del|do|da|de\s+la)\s+(?:groupe|grupo|soci[ée]t[ée]|empresa|compa[ñg]n[íi]a|companhia|directorio|consejo|conselho|conseil)"
UNNAMED_BODY_POST = re.compile(
    rf"\b(?:le|la|el|o|a)\s+(?P<role>(?i:{_BODY_ROLE})\s+{_THE_BODY}),\s+(?P<name>{FULL_NAME})(?![\w-])"
    rf"|(?P<name2>{FULL_NAME}),\s+(?P<role2>(?i:{_BODY_ROLE})\s+{_THE_BODY})\b"
)
# "el Ministerio de Economía que dirige X", "a Secretaria que comanda X": the head a body is said to have.
FOREIGN_BODY_HEADED_BY = re.compile(
    rf"\b(?P<aff>{FOREIGN_MINISTRY_WORD}\s+{_OF}\s+{_NAMED})\s+(?:que|qui)\s+"
    rf"(?P<role>dirige|encabeza|lidera|preside|comanda|chefia)\s+(?P<name>{FULL_NAME})(?![\w-])"
)
NAME_FOREIGN_POST = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:(?:el|la|o|a|le|l['’])\s*)?(?P<role>(?P<state>{_STATE_ROLE})|(?i:{_BODY_ROLE})"
    r"(?:\s+(?:de\s+la|du|des|del|de|da|do)\s+[a-zà-ÿ]{4,})?)\s+"  # "directrice de la communication de X": a department
    rf"{_OF_BODY}"
    rf"(?P<aff>{_NAMED})(?=\s*[,.;(]|\s+[a-z])"
)
# "X, directeur de cabinet du chef de l'État", "X, asesor del presidente de la República": the head of state's staff
LEADER_STAFF_FOREIGN = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?P<role>(?:[a-zà-ÿ-]+\s+){{1,4}}?(?:du|del|do|da|de\s+la)\s+(?:chef\s+de\s+l['’][ÉE]tat|"
    r"pr[ée]sident[ea]?\s+de\s+la\s+R[ée]p[úu]bli(?:que|ca)|presidente\s+da\s+República|Premier\s+ministre|primer\s+ministro))"
)
# "X, ministro delle imprese e del made in Italy,": a minister, the portfolio written small as Italian writes it.
NAME_MINISTER_SMALL = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+(?:(?:il|la|el|le|o|a|l['’])\s*)?(?P<role>(?:vice-?)?(?:ministr[oa]|ministre)\s+"
    rf"(?:{_OF}\s+|(?:dell|de\s+l|d)['’]\s*)[a-zà-ÿ][^,;()]{{2,60}}?)(?=,)"
)
# "said Jane Doe, an economic analyst.": an expert, whose employer the sentence does not name.
NAME_AN_ANALYST = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+an?\s+(?P<role>(?:[a-z-]+\s+){{0,2}}(?:analyst|economist|expert|researcher|consultant|"
    r"strategist))(?=\s*[,.;]|\s+(?:who|and)\b|\s+in\s+[A-Z][\w-]+\s*(?:[,.;]|$))"  # "…, an expert in Kabul"
)
# "Jane Doe, who leads Andina’s exploration department,": the head of a body's unit.
WHO_LEADS = re.compile(
    rf"(?P<name>{FULL_NAME}),\s+who\s+(?:leads|heads|runs|directs)\s+(?:the\s+)?(?P<aff>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,5}})"
    r"['’]s?\s+(?P<unit>(?:[a-z-]+\s+){0,3}(?:department|division|unit|office|team|directorate|bureau|programme|program))\b"
)
# A head of state or government, or a minister, written small before the name, as Spanish, Portuguese and French
# write them: "el presidente Jon Roe", "los presidentes Jon Roe y Ana Ortiz", "su par Ana Ortiz" (his counterpart).
LOWER_STATE_TITLE = re.compile(
    r"\b(?:(?i:el|la|los|las|o|a|os|le|les|al|del|ao|do|da|au|aux|du)\s+(?:(?i:propi[oa]|própri[oa]|nuev[oa]|nov[oa])\s+)?(?P<title>(?i:president[ea]s?|pr[ée]sident(?:e|s)?|ministr[oa]s?|ministres?|"
    r"canciller|chanceler|mandatari[oa]s?|secret[áa]ri[oa]\s+de\s+Estado|secr[ée]taire\s+d['’][ÉE]tat|(?:vice-?)?gobernador(?:a|es)?|(?:vice-?)?governador(?:a|es)?|vicepresident[ea]|vice-?president[ea]|"
    r"embajador(?:a|es)?|embaixador(?:a|es)?|ambassadeur|ambassadrice|"
    r"primer\s+ministro|primeiro-ministro|premier\s+ministre|colonel|coronel|"
    r"porte-parole\s+du\s+gouvernement|portavoz\s+del\s+gobierno|porta-voz\s+do\s+governo))"  # "le colonel X" (a junta's head)
    r"|(?P<peer>su|seu|sua|son)\s+(?:par|homólog[oa]|homologue))"
    # "le président guinéen X", "la presidenta argentina X": the state's adjective between the title and the name
    rf"{_STATE_ADJECTIVE}?"
    rf"(?:\s+(?:en|em|à|au|in)\s+{UPPER}[\w-]+)?"  # "el embajador argentino en Roetown, X": where posted
    r"(?:\s+(?:de\s+la|da|de|del|du)\s+Rep[úu]bli(?:ca|que))?"  # "o presidente da República X"
    # "el ministro de minas, X,": a portfolio written small, the name between commas
    r"(?:\s+(?:de|da|do|des|du)\s+[a-zà-ÿ]{4,}(?:\s+(?:y|e|et)\s+[a-zà-ÿ]{4,})?(?=,))?"
    rf"(?:\s+|(?P<comma>,)\s+)(?P<name>{FULL_NAME})(?:(?:,\s+(?:de|da|do)\s+{UPPER}[\w-]+,)?\s+(?:y|e|et)\s+(?P<name2>{FULL_NAME}))?"
    r"(?![\w-])(?(comma),)"  # "los mandatarios X, de Salta, y Y": where each governs, between
    # "el Ministro X", "El gobernador, X, recibió": the name between commas too
)
# A head of state or government, or a minister, in German: "Bundeskanzler Jon Roe", "des Präsidenten Jon Roe"; a
# minister in the Nordic languages.
GERMAN_TITLE_NAME = re.compile(
    r"(?<![\w-])(?P<title>Bundeskanzler(?:in)?|Kanzler(?:in)?|Bundespräsident(?:in)?|Präsident(?:in|en)?|"
    r"Ministerpräsident(?:in|en)?|Premierminister(?:in)?|[Mm]inister(?:in)?|"
    # one compound word: "Bundesaußenministerin X", "Wirtschaftsminister X", "Landeskanzler X"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:minister(?:in)?|kanzler(?:in)?|präsident(?:in|en)?)"
    r"|[a-zæøåäöü]{3,}minister(?:en)?)\s+"  # Norwegian, Danish, Swedish, written small: "næringsminister X"
    rf"(?P<name>{FULL_NAME})(?![\w-])"
)
# The same in Indonesian, its body's short name or portfolio between: "Menteri ESDM X", "Kepala BKPM X" (an agency's
# head), "Presiden X", "Wakil Menteri Perdagangan X", "Duta Besar X".
INDONESIAN_TITLE_NAME = re.compile(
    r"(?<![\w-])(?P<title>Menteri\s+Besar|(?:Wakil\s+)?(?:Menteri(?:\s+Sekretaris\s+Negara)?|Presiden|Gubernur|Bupati)|"
    r"Kepala(?!\s+(?:Menteri|Presiden|Gubernur|Bupati|Wakil)\b)|Duta\s+Besar)(?:\s+terpilih)?"  # "Presiden terpilih X": elect
    r"(?:\s+(?P<aff>[A-Z]{2,}[A-Za-z]*|Luar\s+Negeri|Dalam\s+Negeri|Keuangan|Perdagangan|Perindustrian|Perekonomian|Investasi|"
    r"Koordinator(?:\s+Bidang)?\s+[A-Z][a-z]+(?:\s+dan\s+[A-Z][a-z]+)?|Energi\s+dan\s+Sumber\s+Daya\s+Mineral))?\s+"
    rf"(?:{TITLE_HONORIFIC})?(?P<name>{FULL_NAME})(?![\w-])"  # "Menteri Besar Datuk Seri Dr X": honorifics before
)
# "Dirjen Minerba, X", "Direktur Jenderal (Dirjen) Mineral dan Batubara (Minerba) Kementerian ESDM, X": a ministry's
# director general (an official), the directorate and the ministry between.
DIRECTOR_GENERAL_ID = re.compile(
    r"\b(?P<title>Dirjen|Direktur\s+Jenderal)(?:\s+\([A-Za-z]+\))?\s+(?P<aff>[A-Z][\w]*(?:\s+(?:dan\s+)?[A-Z][\w]*){0,3}"
    r"(?:\s+\([A-Za-z]+\))?(?:\s+Kementerian(?:\s+[A-Z][\w]*|\s+dan){0,6}(?:\s+\([A-Z]+\))?)?),\s+"
    rf"(?P<name>{FULL_NAME})(?![\w-])"
)
# Polish: "wicepremier, szef MSZ X", "premier X", "prezydent X" (a head of state or government, a minister).
POLISH_TITLE_NAME = re.compile(
    r"(?<![\w-])(?P<title>(?:wice)?premier(?:,?\s+szef(?:owa)?\s+MSZ)?|prezydent|szef(?:owa)?\s+MSZ)\s+"
    rf"(?P<name>{FULL_NAME})(?![\w-])"
)
# The same in Turkish and Azerbaijani, the post after its portfolio: "Ticaret Bakanı X", "Cumhurbaşkanı X",
# "enerji naziri X" (a minister), "Prezident X".
TURKIC_TITLE_NAME = re.compile(
    r"(?<![\w-])(?P<title>Bakan(?:ı|i)(?:\s+Yardımcısı)?|[Nn]aziri|[Nn]azir\s+müavini|Cumhurbaşkanı|Başbakan|Prezident(?:i)?)\s+"
    rf"(?P<name>{FULL_NAME})(?![\w-])"
)
# "His Excellency Engineer Jon Roe", "H.E. Jane Doe": the style of a minister, an ambassador or a head of state.
EXCELLENCY_NAME = re.compile(
    rf"(?<![\w-])(?:(?:His|Her)\s+Excellency|H\.\s?E\.)\s+(?:{TITLE_HONORIFIC})?(?P<name>{FULL_NAME})(?![\w-])"
)
# Each with the cheap test that a sentence must pass first (most have none of their words).
_TITLES_BEFORE_NAMES = (
    (POLISH_TITLE_NAME, re.compile(r"premier|prezydent|MSZ")),
    (TURKIC_TITLE_NAME, re.compile(r"Bakan|azir|Cumhurbaşkanı|Prezident")),
)
# "Chairman of the Select Committee on Lands and Natural Resources, Alhaji Jon Roe,": a legislature's committee chair.
COMMITTEE_CHAIR = re.compile(
    r"\b(?P<title>Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|Ranking\s+Member)\s+of\s+the\s+"
    r"(?P<aff>(?:Select|Standing|Parliamentary|Portfolio)\s+Committee\s+(?:on|for)\s+[A-Z][\w&’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w&’'-]*){0,6}),\s+"
    rf"(?:{TITLE_HONORIFIC})?(?P<name>{FULL_NAME})(?![\w-])"
)
# "Andina Mines Ltd., chaired by billionaire Jon Roe", "funds including Verde Inc., led by Jane Doe": a body's head.
BODY_LED_BY = re.compile(
    rf"(?<![\w.'’-])(?P<aff>{UPPER}[\w&.'’-]*(?:\s+{UPPER}[\w&.'’-]*){{0,4}}),\s+(?P<verb>chaired|led|headed|founded)\s+"
    rf"by\s+(?:(?:billionaire|businessman|businesswoman|tycoon|founder)\s+)?(?!(?:[A-Z][a-z]+\s+)?(?:{TITLE_WORD}|Leader)\b)"
    rf"(?P<name>{FULL_NAME})(?![\w-])"  # (not "led by Minority Leader X": a title, read elsewhere)
)
# "Member of Parliament for Verde North (VPP) Jane Doe", "MP for Roetown, Jon Roe": a legislator, by the seat.
SEAT_HOLDER = re.compile(
    r"\b(?P<title>Member\s+of\s+(?:Parliament|the\s+National\s+Assembly)|MP)\s+for\s+"
    r"(?P<seat>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}+)(?:\s*\([A-Z][\w-]{1,7}\))?,?\s+"  # (the seat's words all)
    rf"(?!(?:{TITLE_WORD})\b)(?P<name>{FULL_NAME})(?![\w-])"
)
# "Jane Doe is Andina’s chief executive.", "Jon Roe is the managing director of Verde Mining.": a post stated.
NAME_IS_POST = re.compile(
    rf"(?<![\w'’-])(?P<name>{FULL_NAME})\s+is\s+(?:(?:the|a|an)\s+)?"
    rf"(?:(?P<owner>{UPPER}[\w&.-]*(?:\s+{UPPER}[\w&.-]*){{0,3}})['’]s\s+)?"
    r"(?P<role>(?:(?:deputy|interim|acting|senior|group|founding)\s+)?(?:chief\s+executive(?:\s+officer)?|"
    r"chief\s+(?:financial|operating|commercial)\s+officer|chair(?:man|woman|person)?|managing\s+director|"
    r"executive\s+director|(?:co-)?founder|CEO|general\s+manager|president))"
    rf"(?:\s+(?:of|at)\s+(?P<aff>{AFFILIATION}))?(?=\s*[.,;]|\s+(?:and|who|since)\b)"
)
# "the Jon Roe administration", "under the Jane Doe government", "the Jon Roe led government", "o governo Jon Roe": a head of government, named
# by the government; its post unsaid.
GOVERNMENT_OF = re.compile(
    rf"\b(?:[Tt]he\s+(?P<name>{FULL_NAME})(?:\s+led|-led)?\s+(?:administration|government)\b|"
    rf"\b(?:governo|gobierno|gouvernement)\s+(?P<name2>{FULL_NAME})(?![\w-]))"  # (not "governo de X": a region's
)
_COMPASS = frozenset(
    "New North South East West Northern Southern Eastern Western Central Federal Upper Lower La El Los Las".split()
)
_HEAD_OF = {"chaired": "chairman", "led": "head", "headed": "head", "founded": "founder"}
_ONE_OF = re.compile(r"(?<=[aeot])s$|(?<=r)es$")  # "los presidentes X y Y": each a "presidente"


# A state's own body, so its head is an official: "la Junta de …", "o Governo de …", "le ministère des …".
_THE_STATE = re.compile(r"Rep[úu]blica|R[ée]publique|Naci[óo]n|Na[çc][ãa]o|Estado|[ÉE]tat")
_STATE_BODY = re.compile(
    r"^(?:Junta|Gobierno|Governo|Gouvernement|Ministerio|Minist[ée]rio|Minist[èe]re|Secretar[ií]a|Prefeitura|"
    r"Ayuntamiento|Estado|Rep[úu]blica|R[ée]publique|Naci[óo]n|Na[çc][ãa]o|Provincia|Prov[íi]ncia|"
    r"C[áâ]mara|Senado|S[ée]nat|Asamblea|Assembleia|Assembl[ée]e|Congreso|Congresso|Parlamento|Parlement|"  # a legislature
    r"Agencia|Ag[êe]ncia|Agence|Superintendencia|Superintend[êe]ncia|Comisi[óo]n|Comiss[ãa]o|Direcci[óo]n|Dire[çc][ãa]o|"
    r"Servicio|Servi[çc]o|Autoridad|Autoridade|Subsecretar[ií]a|Alcald[ií]a|Gobernaci[óo]n|Municipalidad)\b"  # an agency
)


def other_posts(sentence: str, places: set[str]) -> Iterator[tuple[str, EntityKind | None, str | None, str | None]]:
    """(name, kind, role, affiliation) of each person the sentence names in these shapes, in order."""
    for m in finditer(NAME_LOWER_POST, sentence):  # "Jane Doe, the state governor, said"
        company = re.match(r"(?:company|firm|group|miner|mining|corporate)\b", m.group("role"))
        yield m.group("name"), EXPERT if company else OFFICIAL, m.group("role"), None  # "the company spokesperson"
    for m in finditer(NAME_WHO_IS, sentence) if ", who is " in sentence else ():  # "X, who is finance minister,"
        yield m.group("name"), classify_role(m.group("role"), None, places), m.group("role"), None
    for m in finditer(OWNER_NAME_SPEAKS, sentence) if "’s " in sentence or "'s " in sentence else ():
        if strip_possessive(m.group("aff")) not in places and not OUTLET.search(m.group("aff")):
            kind = OFFICIAL if public_body(m.group("aff")) else EXPERT  # "the X Competition Commission's Jane Doe"
            yield m.group("name"), kind, None, m.group("aff")  # not "Verde's Jane Doe" (a state's) nor an outlet's
    for m in finditer(ROLE_BEFORE, sentence):
        yield m.group("name"), EXPERT, m.group("role"), m.group("aff")
    for m in finditer(PLURAL_ROLE_NAMES, sentence) if " and " in sentence else ():
        for name in m.group("name", "name2"):
            yield name, EXPERT, m.group("role").removesuffix("s"), m.group("aff")
    for m in finditer(ACCORDING, sentence):
        yield m.group("name") or m.group("name2"), None, None, None
    for m in finditer(LOWER_STATE_TITLE, sentence):  # "el presidente Jon Roe", "su par Ana Ortiz": officials
        for name in filter(None, m.group("name", "name2")):
            yield name, OFFICIAL, m.group("title") and _ONE_OF.sub("", m.group("title")), None
    for m in (
        finditer(GERMAN_TITLE_NAME, sentence)
        if "ident" in sentence or "anzler" in sentence or "inister" in sentence
        else ()
    ):
        yield m.group("name"), OFFICIAL, m.group("title"), None
    for m in (
        finditer(INDONESIAN_TITLE_NAME, sentence)
        if re.search(r"Menteri|Presiden|Gubernur|Bupati|Kepala|Duta", sentence)
        else ()
    ):
        words = m.group("name").split()  # "Presiden Prancis X", "Kepala BPI Andina Ruritania X": a place ends
        cut = max((k + 1 for k, w in enumerate(words[:-2]) if w in places), default=0)  # what goes before the name
        name = " ".join(words[cut:])
        if not re.match(r"(?:Menteri|Presiden|Gubernur|Wakil)\b", name):  # "Kepala Menteri X": a title's words
            yield name, OFFICIAL, m.group("title"), None
    for m in finditer(DIRECTOR_GENERAL_ID, sentence) if "Dir" in sentence else ():
        yield m.group("name"), OFFICIAL, m.group("title"), m.group("aff")
    for pattern, cheap in _TITLES_BEFORE_NAMES:  # "wicepremier szef MSZ X", "Ticaret Bakanı X": a title, then the name
        for m in finditer(pattern, sentence) if cheap.search(sentence) else ():
            yield m.group("name"), OFFICIAL, m.group("title"), None
    for m in finditer(EXCELLENCY_NAME, sentence) if "xcellency" in sentence or "H." in sentence else ():
        yield m.group("name"), OFFICIAL, None, None
    for m in finditer(NAME_IS_POST, sentence) if " is " in sentence else ():
        if aff := m.group("owner") or m.group("aff"):  # "X is the chief executive": whose, unsaid
            aff = strip_possessive(re.sub(r"^the\s+", "", aff))
            kind = OFFICIAL if aff in places else classify_role(m.group("role"), aff, places) or EXPERT
            yield m.group("name"), kind, m.group("role"), None if aff in places else aff
    for m in finditer(GOVERNMENT_OF, sentence) if "overn" in sentence or "administration" in sentence else ():
        name = m.group("name") or m.group("name2")  # (not "the New South Wales government": a state's)
        if plausible_name(name, places) and not any(w in places or w in _COMPASS or "-" in w for w in name.split()):
            yield name, OFFICIAL, None, None
    for m in finditer(SEAT_HOLDER, sentence) if " for " in sentence else ():
        yield m.group("name"), OFFICIAL, sentence[m.start("title") : m.end("seat")], None
    for m in finditer(COMMITTEE_CHAIR, sentence) if "Committee" in sentence else ():
        yield m.group("name"), OFFICIAL, m.group("title"), m.group("aff")
    for m in finditer(BODY_LED_BY, sentence) if "ed by " in sentence else ():
        if strip_possessive(m.group("aff")) not in places:  # not "Ruritania, led by President X": a state's
            kind = OFFICIAL if public_body(m.group("aff")) else EXPERT
            yield m.group("name"), kind, _HEAD_OF[m.group("verb")], m.group("aff")
    for m in finditer(UNNAMED_BODY_POST, sentence):
        yield m.group("name") or m.group("name2"), EXPERT, m.group("role") or m.group("role2"), None
    for m in finditer(FOREIGN_BODY_HEADED_BY, sentence) if "que " in sentence or "qui " in sentence else ():
        yield m.group("name"), OFFICIAL, None, m.group("aff")
    for m in [*finditer(FOREIGN_POST_NAME, sentence), *finditer(NAME_FOREIGN_POST, sentence)]:
        if m.group("state"):  # "le ministre des Mines": the post and its portfolio, a state's
            yield m.group("name"), OFFICIAL, sentence[m.start("role") : m.end("aff")], None
        elif (
            anyascii(m.group("aff")) in places
        ):  # "X, presidente de México,": the head of a state (as written in English)
            yield m.group("name"), OFFICIAL, sentence[m.start("role") : m.end("aff")], None
        else:  # "consejero delegado de Andina": a body's head, the state's only if the body is
            yield (
                m.group("name"),
                OFFICIAL if _STATE_BODY.match(m.group("aff")) else EXPERT,
                m.group("role"),
                None if _THE_STATE.fullmatch(m.group("aff")) else m.group("aff"),  # "presidenta de la República"
            )
    for m in finditer(LEADER_STAFF_FOREIGN, sentence):
        yield m.group("name"), OFFICIAL, m.group("role"), None
    for m in finditer(WHO_LEADS, sentence) if ", who " in sentence else ():
        role = f"head of the {m.group('unit')}"
        yield m.group("name"), classify_role(role, m.group("aff"), places) or EXPERT, role, m.group("aff")
    for m in finditer(NAME_AN_ANALYST, sentence) if ", a" in sentence else ():
        yield m.group("name"), EXPERT, m.group("role"), None
    for m in finditer(NAME_MINISTER_SMALL, sentence) if "inist" in sentence else ():
        yield m.group("name"), OFFICIAL, m.group("role"), None
