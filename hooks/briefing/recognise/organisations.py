"""Stage 2, recognise organisations: companies, state firms, agencies, research bodies and
international bodies, from how the text introduces them.

A name is an organisation when the sentence says so: a descriptor before it ("Chilean miner
Andina Cobre", "state-owned Minera Sur"), an apposition after it ("Verde Norte, a Brazilian rare
earths producer"), a legal or corporate ending ("Northgate Plc", "Andes Materials", "Pacific
Holding Group"), a stock listing ("(ASX: XYZ)"), an institutional head noun ("Ministry of Mines",
"Benchmark Institute"), or a reference list of international bodies. The type comes from the
same cue, or is left unknown. News outlets credited as sources are not organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest import Article
from ..text import AND
from .evidence import Quote
from .gates import finditer
from .mentions import passage_sentences
from .not_bodies import TITLE, TITLE_AND_BODY
from .org_cues import (
    AND_INSIDE,
    BASED_NAME,
    JOINT_PARTIES,
    NAMED_AS_BODY,
    OWNED,
    POST_OF_SHORT_FORM,
    names_after_their_kind,
)
from .org_forms import (
    ROLE_IN_CUE,
    body_place,
    listed_among,
    name_parts,
    named_in_full,
    trim_lead,
    two_names,
    without_person_before,
    without_place_tail,
    without_remit,
)
from .org_heads import names_by_head_noun
from .org_names import (
    DESCRIBED_AFTER,
    cue_place,
    demonym_run_in,
    heads_something_else,
    listing_venue,
    name_in_full,
    named_alone_in,
    plausible,
    unit_of_known,
)
from .org_patterns import (
    AFTER,
    BANK_IN_ONE_WORD,
    BEFORE,
    BODY,
    BRACKETED,
    COUNTED_LIST,
    DEFINED,
    EMBASSY,
    ENDING,
    FOREIGN_COMPANY,
    FOREIGN_COMPANY_AFTER,
    FOREIGN_MINISTRY,
    GEOGRAPHIC,
    GROUP_AFTER,
    HAS_DESCRIPTOR,
    INCLUDING,
    INSIDE_NAME,
    LEGAL,
    LEGAL_BEFORE,
    LISTED,
    NAME_THEN_COUNTRY,
    NAME_THEN_KIND,
    OPERATED_BY,
    OWNED_DESCRIBED,
    PORTFOLIO_AFTER,
    PORTFOLIO_AND,
    PORTFOLIO_REST,
    REFERENCE_CUE,
    REGISTERED_NAME,
    STATE_ONLY,
    THE_DEMONYM,
    TICKER,
    government_place,
)
from .org_reference import reference_names
from .org_short_forms import named_by_short_form
from .org_spans import TRADES_AND
from .org_types import body_and_generic_words, generic_words, org_type
from .party_names import RIC_AFTER


@dataclass(frozen=True)
class OrgSighting(Quote):
    """An organisation the sentence introduces, with the type and place the same words give."""

    name: str
    type: str | None  # one of org_types.TYPES, or None when the text does not say
    place: str | None  # the place the text puts it in, as written ("Chilean", "Peru")
    cue: str  # the words that make it an organisation


def find_organisations(
    article: Article,
    places: set[str],
    people: set[str],
    bodies: dict[str, tuple[str, str, str | None]] | None = None,
    lo: int = 0,
    hi: int | None = None,
) -> list[OrgSighting]:
    """Every organisation an article introduces as one (in passages lo to hi: a piece of it); `bodies`
    maps the names of international bodies and national agencies (reference data) to (name, type, country)."""
    found: list[OrgSighting] = []
    names = reference_names(bodies or {})
    alone = named_alone_in(article)
    for passage in article.passages[lo:hi]:
        for _, _, sentence in passage_sentences(passage):
            here = names.in_sentence(sentence)
            found.extend(_sentence_orgs(sentence, article.id, passage.anchor, places, people, here, alone))
    return found


OF_FOR = re.compile(r"\s(?:of|for)\s")
_PLACE_S = re.compile(r"(?P<owner>[A-Z][a-z]+)s\s+(?P<rest>[A-Z].+)$")


def _sentence_orgs(sentence, article, anchor, places, people, international, alone=frozenset()) -> list[OrgSighting]:
    out: dict[str, OrgSighting] = {}
    known = frozenset(written for written, _, kind, _ in international if kind == "company")  # as written

    def add(name: str, type_: str | None, place: str | None, cue: str, defined: bool = False) -> None:
        name = re.sub(r"^(?:The|the)\s+", "", trim_lead(name.strip(" ,;:’'\"")).strip())
        name = without_remit(name, sentence, sentence.find(name))  # "… and [SMEs of the] Verde Commission"
        name = DESCRIBED_AFTER.split(name, maxsplit=1)[0] if " of " in name else name  # "X of Verde-led EU …"
        if any(body_and_generic_words(name, w) for w, _, kind, _ in international if kind == "international"):
            return  # "G7 Critical Minerals" of "the G7 Critical Minerals Action Plan": a body's plan
        name = RIC_AFTER.sub("", LISTED.sub("", re.sub(r"['’]s$", "", name)))
        if re.search(r"\b(?:of|for)\b", name) and (at := sentence.find(name)) >= 0:
            if rest := PORTFOLIO_REST.match(sentence, at + len(name)):
                name += rest.group(0)  # "Department of Industry, Science and Resources": the whole portfolio
        if " and " in name and not defined and two_names(name, sentence):  # "X Ltd and Y Ltd", "the US and the EU"
            for part in name_parts(name):
                add(part, org_type(part), place, cue)
            return
        if (lead := re.match(r"((?:\S+ )?\S+) and (?=\S+ \S)", name)) and lead.group(1) in places:
            name = name[lead.end() :]  # "between Ruritania and Andina Copper Company": the state is no part of it
        if " of " in name and (short := re.search(r"(?<=[a-z])(?<!\bof)(?<!\bthe)(?<!\band)\s+([A-Z]{2,5})$", name)):
            name = name if short.group(1) in places else name[: short.start()]  # "… of Trade Unions VTU", not "… of RU"
        if not defined and (demonym := demonym_run_in(name, places, alone, known)):
            place, name = place or demonym, name[len(demonym) :].lstrip()
        owner = None if defined else OWNED.match(name) or _PLACE_S.match(name)
        if owner and owner.group("owner") not in places and "'" not in name and "’" not in name:
            owner = None  # "Omans Ministry of X": a place's possessive without its apostrophe, no other owner
        if owner and (home := next((o for o in (owner["owner"], owner["owner"].title()) if o in places), None)):
            place, name = place or home, owner.group("rest")  # "Peru's Andes Holding Group", "PERU’S ANDES GROUP"
        elif owner and TITLE.search(owner.group("owner")):
            return  # "the Ruritanian President's Administration": a head of state's office, the state
        elif owner:  # "Barrick Gold's Pueblo Viejo": the owner is the organisation
            name = owner.group("owner")
        name = without_person_before(without_place_tail(name, places), places)
        if government_place(name) in places:
            return  # "the Ruritania Government" is the state, which has its own page
        if listing_venue(name, sentence):
            return  # "listed on the Toronto Stock Exchange", "Sydney Stock Exchange-listed": where, not who
        name = name_in_full(name, sentence, places)
        if not plausible(name, places, people, employer=defined, defined=defined):  # a short form vouches
            return
        if cue == "name" and re.fullmatch(r"[A-Z][a-z]+", name):
            return  # one ordinary capitalised word with nothing saying it is a name: "Export" of a list
        place = re.sub(r"['’]s$", "", place) if place else None
        after = sentence[sentence.find(name) + len(name) :]  # "Ministry of Mines, Government of Ruritania"
        if heads_something_else(after, cue):
            return
        place = place if place in places else body_place(name, after, places) if type_ == "agency" else None
        if name not in out or out[name].type is None or type_ == "state-owned" and out[name].type == "company":
            out[name] = OrgSighting(article, anchor, sentence, name, type_, place, cue)

    for written, _, type_, country in international:  # the reference bodies the sentence names, as written
        add(written, type_, country, REFERENCE_CUE.get(type_, "known company"), True)
        if type_ == "company" and (unit := unit_of_known(written, sentence, places)):
            add(unit, type_, None, "name")  # the known name gives way to it (`named_in_full`)
    for m in finditer(BEFORE, sentence) if HAS_DESCRIPTOR.search(sentence) else ():
        name = trim_lead(m.group("name"))
        state = bool(m.group("state") or m.group("state2"))
        if re.search(r"\b(?:his|her)\s+$", sentence[: m.start()]):
            continue  # "his Ruritanian counterpart Doe": a person's counterpart is a person
        if not ROLE_IN_CUE.search(m.group("cue")):  # "director of the company Ana Ortiz" is a person
            add(name, org_type(name, m.group("cue"), state), m.group("place"), m.group("cue"))
    for m in [*finditer(INCLUDING, sentence), *finditer(COUNTED_LIST, sentence)]:
        kind = "other" if re.match(r"groups|organi", m.group("cue")) else org_type("", m.group("cue"))
        for name in _list_items(m.group("list")):  # "X, Y, and Z": the last "and" too
            add(name, kind, None, m.group("cue"))
    for m in finditer(BRACKETED, sentence):
        name = trim_lead(m.group("name"), from_end=True)
        add(name, org_type(name, m.group("cue")), cue_place(m.group("cue"), places), m.group("cue"))
        if m.group("owner"):
            add(m.group("owner"), org_type(m.group("owner")), None, f"owner of {name}")
    for m in finditer(THE_DEMONYM, sentence):
        name = m.group("name")
        if OF_FOR.search(name) and (rest := PORTFOLIO_AND.match(sentence, m.end())):
            name += rest.group(0)  # "the Verdean Committee for Geology and Mineral Resources": its whole remit
        if m.group("place") in places and org_type(name) is None and not GEOGRAPHIC.search(name):
            # a head noun would make the demonym part of the name; so does a formal "X of Y" name
            add(f"{m.group('place')} {name}" if OF_FOR.search(name) else name, None, m.group("place"), "name")
    for m in finditer(DEFINED, sentence):
        if named := named_by_short_form(m, sentence):
            add(
                named[0], org_type(named[0]), None, "short form", defined=named[1]
            )  # (a portfolio: generic words alone)
    for m in finditer(NAME_THEN_KIND, sentence):  # not "the Ruritanian-Bordurian investment fund" (demonyms)
        if not all(part in places for part in re.split(r"[-\s]", m.group("name"))):
            add(trim_lead(m.group("name")), org_type(m.group("name"), m.group("cue")), None, m.group("cue"))
    for m in finditer(LEGAL_BEFORE, sentence):
        add(m.group("name"), "company", None, "legal form")
    for m in [*finditer(FOREIGN_COMPANY, sentence), *finditer(FOREIGN_COMPANY_AFTER, sentence)]:
        name = m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
        defined = bool(m.groupdict().get("name3"))  # "subsidiaria de American Lithium": the owner's whole name
        add(name, "company", None, "a company, in Spanish, Portuguese or French", defined=defined)
    for m in finditer(EMBASSY, sentence) if "Embassy" in sentence else ():  # (not its sentence's stop)
        add(re.sub(r"(?<=[a-z])\.$", "", m.group("name")), "agency", None, "embassy", defined=True)
    for m in finditer(FOREIGN_MINISTRY, sentence) if "Minist" in sentence or "Secretar" in sentence else ():
        add(m.group("name"), "agency", None, "a ministry, in Spanish, Portuguese or French")
    for m in finditer(BANK_IN_ONE_WORD, sentence) if "bank" in sentence else ():
        add(m.group("name"), "company", None, "a bank's name")
    for m in finditer(REGISTERED_NAME, sentence) if " Co" in sentence else ():
        add(m.group("name"), "company", None, "registered name", defined=True)
    for m in finditer(NAME_THEN_COUNTRY, sentence) if "(" in sentence else ():
        name = trim_lead(m.group("name"), from_end=True)  # not a dateline's city: "SANTA CRUZ (Ruritania) Text"
        if m.group("place") in places and len(name) > 3 and not (m.start() == 0 and name.isupper() and " " in name):
            add(name, org_type(name), m.group("place"), "name, then its country")
    for m in (x for x in finditer(POST_OF_SHORT_FORM, sentence) if x.group("name") not in places):
        add(m.group("name"), org_type(m.group("name")), None, m.group("cue").strip())
    for m in finditer(JOINT_PARTIES, sentence) if " and " in sentence else ():
        if not any(  # not people; nor "Verde Petroleum and [Gas Co.]", one name whose "and" joins two trades
            TITLE.search(m.group(g)) or len(m.group(g).split()) > 4 or generic_words(m.group(g).split()) for g in "ab"
        ):
            for g in ("a", "b"):
                add(trim_lead(m.group(g)), org_type(m.group(g)), None, "party to an agreement", defined=True)
    for m in finditer(NAMED_AS_BODY, sentence):
        name = trim_lead(m.group("name") or m.group("parent"), from_end=True)
        add(name, org_type(name) or "company", None, "named as a company", defined=True)
    for m in finditer(BASED_NAME, sentence) if "-based" in sentence else ():
        add(trim_lead(m.group("name"), from_end=True), org_type(m.group("name")), None, "based")
    for name in names_after_their_kind(sentence) if " and " in sentence else ():
        add(trim_lead(name, from_end=True), org_type(name) or "company", None, "listed after their kind")
    for m in finditer(GROUP_AFTER, sentence):
        add(m.group("name"), "other", None, m.group("cue"))
    for m in finditer(STATE_ONLY, sentence):
        add(trim_lead(m.group("name")), "state-owned", None, m.group("state"))
    for m in (*finditer(AFTER, sentence), *finditer(OWNED_DESCRIBED, sentence), *finditer(OPERATED_BY, sentence)):
        name = trim_lead(m.group("name"), from_end=True)
        add(name, org_type(name, m.group("cue")), cue_place(m.group("cue"), places), m.group("cue"))
    for m in finditer(BODY, sentence):
        if not INSIDE_NAME.search(sentence, 0, m.start()):
            name = trim_lead(m.group("name"), from_end=not (m.group("listed") or m.group("joined")))  # "X and Y Board"
            name = name[title.end() :] if (title := TITLE_AND_BODY.search(name)) else name
            first = name.split()[0]
            add(name, "agency", first if first in places else None, "name", defined=bool(m.group("joined")))
    for m in finditer(TICKER, sentence):
        add(trim_lead(m.group("name"), from_end=True), "company", None, "stock listing")
    for m in finditer(AND_INSIDE, sentence) if " and " in sentence else ():  # "X Mining and Smelting Combine"
        add(trim_lead(m.group("name")), org_type(m.group("name")), None, "name", defined=True)
    named_until = -1  # where the last name ending in a company word ended
    for m in finditer(ENDING, sentence):
        if PORTFOLIO_AFTER.match(sentence, m.end()):
            continue  # "Energy and Natural Resources Minister X": a minister's portfolio, not a company
        # not "Ministry of [Natural Resources]"; "Ministry of Mines and [Andina Ltd]", "Andina Energy and [Verde Mining]"
        joined = re.fullmatch(r"\s+(?:and|&)\s+", sentence[named_until : m.start()]) is not None
        if not INSIDE_NAME.search(sentence, 0, m.start()) or LEGAL.search(m.group("name")) or joined:
            name = trim_lead(m.group("name"), from_end=True)
            add(name, org_type(name), None, "name")
            named_until = m.end()
    for name in names_by_head_noun(sentence, out):
        add(name, org_type(name), None, "name")
    for item in listed_among(sentence, out):
        add(item, org_type(item), None, "listed with organisations")
    return named_in_full(out)


def _list_items(text: str) -> list[str]:
    """The names of a list, split at commas and "and", but not the "and" inside "X Mining and Trading"."""
    inside = {t.start("and") for t in TRADES_AND.finditer(text)}
    items, at = [], 0
    for sep in re.finditer(rf",?\s+{AND}\s+|,\s+", text):
        if sep.start() not in inside:
            items, at = [*items, text[at : sep.start()]], sep.end()
    return [*items, text[at:]]
