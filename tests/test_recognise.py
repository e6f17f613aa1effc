"""Recognition on small inline articles: places, minerals, people, deals and figures."""

from __future__ import annotations

import re

import pytest

from briefing.kinds import BY_NAME
from helpers import briefing_from


def _keys(briefing, kind):
    return {e.key.split(":", 1)[1] for e in briefing.entities.values() if e.kind.name == kind}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officials in Peru said copper output fell.", {"peru"}),
        ("The U.S. and the UK agreed, and America was pleased.", {"united-states", "united-kingdom"}),
        ("Chinese exports of gallium fell, the South China Morning Post reported.", {"china"}),
        ("Beijing said it would respond. A Beijing-based think tank disagreed.", {"china"}),
        ("Farmers in Washington state grow apples.", set()),
        ("Japanese officials met Canadian ministers.", {"japan", "canada"}),
        ("Leaders from five Central Asian countries met in Europe.", {"central-asia", "europe"}),
        ("The story ran in the Peru Mining Journal.", set()),
    ],
)
def test_places(tmp_path, sentence, expected):
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    assert _keys(b, "country") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Shortages could lead to higher prices for everyone.", set()),
        ("Lead and zinc mining expanded in the region.", {"lead", "zinc"}),
        ("Analysts saw a silver lining in the talks.", set()),
        ("NdFeB magnets need rare earths, and REEs are scarce.", {"neodymium", "rare-earth-elements"}),
        ("Exports of Gallium and germanium were curbed; graphite too.", {"gallium", "germanium", "graphite"}),
    ],
)
def test_minerals(tmp_path, sentence, expected):
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    assert _keys(b, "mineral") == expected


def test_people_roles_affiliations_and_surnames(tmp_path):
    text = (
        "Jane Doe, a senior analyst at the Lowy Institute, said supply was tight. "
        "Prime Minister Mark Carney met President Luiz Lula. "
        "Later Doe added that prices would rise, according to Carney's office.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    doe = b.entities["person:jane-doe"]
    assert doe.kind.name == "expert"
    assert doe.fields["role"] == "senior analyst" and doe.fields["affiliation"] == "Lowy Institute"
    assert b.entities["person:mark-carney"].kind.name == "official"
    assert b.entities["person:mark-carney"].fields["role"] == "Prime Minister"
    assert [m.surface for m in doe.mentions] == ["Jane Doe", "Doe"]
    assert "Carney" in [m.surface for m in b.entities["person:mark-carney"].mentions]


def test_officials_affiliation_from_possessive_country(tmp_path):
    b = briefing_from(tmp_path, {"a.txt": "Chile’s President Gabriel Boric visited the mine.\n"})
    boric = b.entities["person:gabriel-boric"]
    assert boric.kind.name == "official" and boric.fields["country_key"] == "country:chile"


def _org_names(b):
    return {e.name for e in b.entities.values() if e.kind.name == "organisation"}


def _people(b):
    """{name: entity} for the people of a briefing."""
    return {e.name: e for e in b.entities.values() if e.kind.person}


def _kinds(b):
    """{name: "expert" or "official"} for the people of a briefing."""
    return {e.name: e.kind.name for e in b.entities.values() if e.kind.person}


def _kinds_of(b, *names):
    """{name: kind or None} for the named people only (others the text names may be found too)."""
    kinds = _kinds(b)
    return {name: kinds.get(name) for name in names}


def _named(b, kind):
    """The names of one kind's entities ("official", "expert", "organisation" …)."""
    return {e.name for e in b.entities.values() if e.kind.name == kind}


def _affiliations(b, kind):
    """{name: affiliation} of one kind of people."""
    return {e.name: e.fields.get("affiliation") for e in b.entities.values() if e.kind.name == kind}


def _roles(b, kind):
    """{name: role} of one kind of people."""
    return {e.name: e.fields.get("role") for e in b.entities.values() if e.kind.name == kind}


def _field_of(b, kind, field):
    """The values one field takes over one kind's entities (a policy's "type", its "imposer" …)."""
    return {e.fields.get(field) for e in b.entities.values() if e.kind.name == kind}


def _deals(b):
    return {frozenset(d.fields["parties"]): d for d in b.entities.values() if d.kind.name == "deal"}


def _deal_kinds_in(tmp_path, *paragraphs):
    """Each deal's kind, by its parties sorted, of one article made of these paragraphs."""
    return {tuple(sorted(parties)): d.fields["kind"] for parties, d in _deals_in(tmp_path, *paragraphs).items()}


def _deals_in(tmp_path, *paragraphs):
    """The deals of one article made of these paragraphs."""
    return _deals(briefing_from(tmp_path, {"a.txt": "\n\n".join(paragraphs) + "\n"}))


def test_deal_parties_kind_status_date_value(tmp_path):
    text = (
        "Chile and Peru signed a memorandum of understanding on copper in May 2025. "
        "The deal is worth $2 billion, officials said.\n"
    )
    deals = _deals(briefing_from(tmp_path, {"a.txt": text}))
    deal = deals[frozenset({"country:chile", "country:peru"})]
    assert deal.fields["kind"] == "memorandum of understanding"
    assert {s.status for s in deal.sightings} >= {"signed"}
    assert "in May 2025" in {s.date for s in deal.sightings}
    assert "$2 billion" in {s.value for s in deal.sightings}  # from the sentence that refers back to it
    assert "mineral:copper" in deal.sightings[0].minerals


def test_plural_agreements_split_and_exclusions(tmp_path):
    text = (
        "Germany signed agreements with Chile and Peru to reduce its dependence on China.\n"
        "The talks between Canada and Mexico on nickel continue amid tensions with Russia.\n"
    )
    deals = _deals(briefing_from(tmp_path, {"a.txt": text}))
    assert set(deals) == {
        frozenset({"country:germany", "country:chile"}),
        frozenset({"country:germany", "country:peru"}),
    }


def test_deals_merge_across_articles_only_with_same_parties(tmp_path):
    deals = _deals(
        briefing_from(
            tmp_path,
            {
                "a.txt": "Canada and Brazil signed a nickel agreement.\n",
                "b.txt": "The Canada-Brazil agreement was paused last week.\n",
                "c.txt": "Canada and Chile signed a lithium pact.\n",
            },
        )
    )
    assert len(deals) == 2
    merged = deals[frozenset({"country:canada", "country:brazil"})]
    assert merged.sources == ["a", "b"]
    assert {s.status for s in merged.sightings} == {"signed", "paused"}


def test_figures_keep_each_source_apart(tmp_path):
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "Indonesia controls about 40% of global nickel supply.\n",
            "b.txt": "Indonesia produces 55% of the world's nickel ore, analysts said.\n",
        },
    )
    shares = sorted((f.article, f.value, f.holder, f.minerals) for f in b.figures if f.unit == "percent")
    assert shares == [
        ("a", "40%", "country:indonesia", ("mineral:nickel",)),
        ("b", "55%", "country:indonesia", ("mineral:nickel",)),
    ]
    measures = {f.article: f.measure for f in b.figures}
    assert measures == {"a": "global nickel supply", "b": "world's nickel ore"}


def test_no_pages_for_pronouns_months_or_headline_words(tmp_path):
    text = (
        "Business\n\nNickel Deal Signed In March\n\nThey said in March that It was done. "
        "However, The Analysts said nothing.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for e in b.entities.values()}
    assert not names & {"They", "It", "March", "However", "Business", "The Analysts"}


def test_candidates_list_unplaced_names_and_role_less_people(tmp_path):
    """Names with no page are listed for curators; an organisation named with its ending has a page."""
    text = (
        "Andina Cobre Holding Group expanded its smelters, according to Peter Wong. "
        "The Grand Mekong Initiative was discussed.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    found = {(c.name, c.reason.split(":")[0]) for c in b.candidates}
    assert ("Andina Cobre Holding Group", "organisation") not in found  # it has its own page now
    assert [e.kind.name for e in b.entities.values() if e.name == "Andina Cobre Holding Group"] == ["organisation"]
    assert ("Peter Wong", "person without a stated role") in found
    assert ("Grand Mekong Initiative", "unclassified name") in found
    assert not [e for e in b.entities.values() if e.name == "Peter Wong"]


def test_slug_collisions_are_resolved_deterministically_and_reported(tmp_path):
    texts = {
        "a.txt": "Chile and Peru signed the 'Andean Minerals Framework' on lithium.\n",
        "b.txt": "Ghana and Togo signed the 'Andean Minerals Framework' on gold mining.\n",
    }
    first, second = briefing_from(tmp_path / "a", texts), briefing_from(tmp_path / "b", texts)
    pages = [{(frozenset(d.fields["parties"]), d.slug) for d in b.of_kind(BY_NAME["deal"])} for b in (first, second)]
    assert pages[0] == pages[1]
    assert sorted(slug for _, slug in pages[0]) == ["andean-minerals-framework", "andean-minerals-framework-2"]
    assert len(first.slug_notes) == 1 and "andean-minerals-framework-2" in first.slug_notes[0]


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Chile is weighing a lithium partnership with Peru, officials said.", "under negotiation"),
        ("Brazil and Canada are considering a nickel agreement.", "under negotiation"),
        ("Chile announced a lithium partnership with Peru on Monday.", "announced"),
        ("The Chile-Peru copper agreement is expected to be finalised by March 2026.", "announced"),
        ("Chile and Peru signed a copper agreement after months of talks.", "signed"),
        ("A major critical minerals agreement is close to being finalised between Chile and Peru.", "announced"),
        (
            "Andina Cobre Corp and Minera Sur Holdings have finalized terms to jointly establish a copper venture.",
            "announced",
        ),
        # sets 147-150: a signing to come ("will soon sign", "would be signing") is not one done
        ("Chile will soon sign a rare earth minerals deal with Peru, the president said.", "announced"),
        ("The president said he would be signing the copper deal between Chile and Peru soon.", "announced"),
    ],
)
def test_a_deal_is_signed_only_when_the_text_says_so(tmp_path, sentence, status):
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    (deal,) = [e for e in b.entities.values() if e.kind.name == "deal"]
    assert deal.statuses == [status]


def test_companies_listed_before_a_joint_verb_are_the_parties(tmp_path):
    text = (
        "Chilean miner Andina Cobre expanded. "
        "The Chilean company Andina Cobre and the miner Minera Sur Holdings will jointly develop a copper deposit.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    (deal,) = [e for e in b.entities.values() if e.kind.name == "deal"]
    names = {b.entities[p].name for p in deal.fields["parties"] if p in b.entities}
    assert names == {"Andina Cobre", "Minera Sur Holdings"}


@pytest.mark.parametrize(
    "sentence, shares",
    [
        ("Indonesia's state miner will hold 51 percent and its partner 49 percent of the joint venture.", []),
        ("The fund agreed to acquire a 30% stake in the Peruvian copper project.", []),
        ("China controls 60% of global rare earth supply and 90% of refining.", ["60%", "90%"]),
    ],
)
def test_an_equity_split_is_not_a_market_share(tmp_path, sentence, shares):
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    assert [f.value for f in b.figures if f.is_share] == shares


def test_a_value_belongs_to_the_deal_its_own_clause_names(tmp_path):
    text = (
        "Chile and Peru signed a lithium memorandum of understanding, as Brazil pledged $600 billion in investment.\n\n"
        "Canada and Chile signed a $2 billion copper agreement.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    values = {d.name: [s.value for s in d.sightings] for d in b.entities.values() if d.kind.name == "deal"}
    assert {tuple(v) for v in values.values()} == {("$2 billion",), (None,)}


def test_a_surname_described_later_takes_that_description(tmp_path):
    text = (
        "Prices may normalise, expert Ana Ortiz told reporters.\n\n"
        "Ortiz, a research manager at Andes Metals Intelligence, expects more supply.\n\n"
        "Separately, a spokesman at the port said shipments resumed.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert list(people) == ["Ana Ortiz"]
    assert people["Ana Ortiz"].fields["role"] == "research manager"
    assert people["Ana Ortiz"].fields["affiliation"] == "Andes Metals Intelligence"


def test_ceo_of_the_firm_takes_the_one_company_the_article_names(tmp_path):
    one = "Peruvian miner Andina Cobre Ltd restarted output. “We are proud,” said Ana Ortiz, CEO of the firm.\n"
    two = one.replace("restarted output.", "restarted output with Minera Sur Holdings.")
    for text, expected in ((one, "Andina Cobre"), (two, None)):  # the page's name drops the legal ending
        b = briefing_from(tmp_path / str(len(text)), {"a.txt": text})
        (ortiz,) = [e for e in b.entities.values() if e.kind.person]
        assert ortiz.fields.get("affiliation") == expected


def test_a_name_listed_among_organisations_is_one(tmp_path):
    text = (
        "Funds come from the International Monetary Fund, Andes Export Credit, the Peruvian Mining "
        "Development Bank and Lima Partners, the lender said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert {"Andes Export Credit", "Lima Partners"} <= names


def _deal_names(b):
    """{frozenset of party names: deal} for the deals of a briefing, parties by their page names."""

    def name(key):
        return b.entities[key].name if key in b.entities else key.split(":", 1)[-1]

    return {frozenset(name(p) for p in d.fields["parties"]): d for d in b.entities.values() if d.kind.name == "deal"}


@pytest.mark.parametrize(
    "sentence, parties, kind, status",
    [
        (
            "The Ruritanian Defense Agency announced Thursday that it will acquire a 15% stake in rare-earth "
            "miner Andina Cobre Corp for $400 million.",
            {"Ruritanian Defense Agency", "Andina Cobre"},
            "stake",
            "announced",
        ),
        (
            "Minera Sur Holdings, which acquired full control of Valle Mining Ltd from Glenmore Resources Plc in 2021, "
            "has long sought a partner.",
            {"Minera Sur Holdings", "Glenmore Resources"},
            "acquisition",
            "completed",
        ),
        (
            "A Northfund equity investment in Andina Cobre Corp will support a nickel mine in Peru.",
            {"Northfund", "Andina Cobre"},
            "equity investment",
            None,
        ),
        (
            "Andina Cobre Corp secured a $1.2 billion loan from the Export Credit Bank of Ruritania to build a refinery.",
            {"Andina Cobre", "Export Credit Bank of Ruritania"},
            "loan",
            None,
        ),
        (  # the seller is the company a place owns, and a loan "with" a state's agency is the agency's
            "Minera Sur Holdings agreed to acquire a 40% interest in the Valle mine from Peru's Glenmore Resources Plc.",
            {"Minera Sur Holdings", "Glenmore Resources"},
            "stake",
            "agreed",
        ),
        (
            "Andina Cobre Corp finalized a US$565 million loan with the US International Development Finance "
            "Corporation (DFC) on Friday.",
            {"Andina Cobre", "US International Development Finance Corporation"},
            "loan",
            "signed",
        ),
        (
            "Minera Sur Holdings is weighing a 20% stake in Andina Cobre Corp, people familiar said.",
            {"Minera Sur Holdings", "Andina Cobre"},
            "stake",
            "under negotiation",
        ),
        (
            "The cobalt project also secured an additional €50 million from the Nordic Investment Bank.",
            set(),
            None,
            None,
        ),
        (  # a holding raised is a stake (set 62)
            "Andina petroleum company Roe Oil has increased its holding in Verde Lithium Ltd to 15% following a "
            "$46.4m investment.",
            {"Roe Oil", "Verde Lithium"},
            "stake",
            "completed",
        ),
        (  # a company that supplies another: a supply deal, whatever the goods
            "Minera Sur Holdings supplies lithium hydroxide to Valle Motors Inc under long-term terms.",
            {"Minera Sur Holdings", "Valle Motors"},
            "supply",
            None,
        ),
        (  # a takeover named by its buyer's possessive
            "The investment follows Minera Sur Holdings' takeover of Valle Mining Ltd in a $6.7 billion deal.",
            {"Minera Sur Holdings", "Valle Mining"},
            "acquisition",
            None,
        ),
        (
            "Valle Motors Inc will buy all the cobalt it needs from Minera Sur Holdings for five years.",
            {"Valle Motors", "Minera Sur Holdings"},
            "supply",
            None,
        ),
    ],
)
def test_stakes_acquisitions_investments_and_loans_are_deals(tmp_path, sentence, parties, kind, status):
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": sentence + "\n"}))
    if not parties:
        assert deals == {}  # "the cobalt project" is not a party: nothing is guessed
        return
    deal = deals[frozenset(parties)]
    assert deal.fields["kind"] == kind
    assert deal.statuses == ([status] if status else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese investment in Zambia rose by a third last year.",  # a place: investment in a country
        "Foreign investment in lithium mining doubled.",
        "Investors bought stakes in several copper miners last year.",  # no one named
        "Andina Cobre Corp will provide funding to develop the project.",  # "to develop": no party
        "Prices rose to US$5 000 000 for the cargo, Andina Cobre Corp said.",
        "Ruritania sells most of its cobalt to Andina Cobre Corp.",  # a country's trade, not a company's deal
    ],
)
def test_no_deal_without_two_named_sides(tmp_path, sentence):
    assert _deal_names(briefing_from(tmp_path, {"a.txt": sentence + "\n"})) == {}


def test_a_transaction_whose_subject_is_the_company_named_before_is_that_company_s(tmp_path):
    """ "In addition, the company secured a loan from Z": the company is the one the sentence before named."""
    text = (
        "To fund construction, Minera Sur Holdings raised $90 million through a share placement. In addition, "
        "the company secured a US$20 million loan from Valle Resources Ltd, its partner.\n\n"
        "Analysts expect the refinery to open next year, and it secured a grant from Roe Capital Partners.\n"
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": text}))
    assert deals[frozenset({"Minera Sur Holdings", "Valle Resources"})].fields["kind"] == "loan"
    assert not any(
        "Roe Capital Partners" in parties for parties in deals
    )  # "it" after "and": the refinery, not a company


def test_a_list_after_with_names_every_counterpart_and_a_currency_is_not_a_country(tmp_path):
    text = (
        "Chile reached agreements with the European Union, Japan and Mexico to cooperate on copper.\n\n"
        "The mine cost US$5 000 000, Andina Cobre said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert set(_deal_names(b)) == {frozenset({"Chile", x}) for x in ("European Union", "Japan", "Mexico")}
    assert "country:united-states" not in b.entities


def test_a_transaction_s_date_is_its_own_clause_s_not_the_dateline_s(tmp_path):
    text = (
        "LIMA, March 3 (Wire) - Minera Sur Holdings, which acquired full control of Valle Mining Ltd from "
        "Glenmore Resources Plc in 2021, said on Tuesday it would expand.\n"
    )
    (deal,) = _deal_names(briefing_from(tmp_path, {"a.txt": text})).values()
    assert [(s.kind, s.status, s.date) for s in deal.sightings] == [("acquisition", "completed", "in 2021")]


def test_a_name_after_its_descriptor_and_a_comma_is_an_organisation(tmp_path):
    text = "Andina Cobre formed a joint venture with Chile's state-owned mining company, Minerva, last week.\n"
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Minerva" in {e.name for e in b.entities.values() if e.kind.name == "organisation"}


def test_a_name_then_its_organisation_s_role_is_an_expert_of_that_organisation(tmp_path):
    text = "“This cements our partnership,” Jane Ortiz, Andina Cobre Corp’s president, told reporters.\n"
    b = briefing_from(tmp_path, {"a.txt": text})
    expert = b.entities["person:jane-ortiz"]
    assert expert.kind.name == "expert"
    assert (expert.fields["role"], expert.fields["affiliation"]) == ("president", "Andina Cobre Corp")


@pytest.mark.parametrize(
    "sentence, name, role, affiliation",
    [  # a portfolio's whole title, not a body named after its tail; a post's words, not the company's
        (
            "Energy and Natural Resources Minister Ana Ortiz signed it.",
            "ana-ortiz",
            "Energy and Natural Resources Minister",
            None,
        ),
        ("Andina Cobre Chief Executive Ana Ortiz said output rose.", "ana-ortiz", "Chief Executive", "Andina Cobre"),
    ],
)
def test_a_title_before_a_name_is_read_whole(tmp_path, sentence, name, role, affiliation):
    person = briefing_from(tmp_path, {"a.txt": sentence + "\n"}).entities[f"person:{name}"]
    assert (person.fields.get("role"), person.fields.get("affiliation")) == (role, affiliation)


@pytest.mark.parametrize(
    "sentence, parties",
    [
        ("Northgate previously inked a deal with Valemont to secure spodumene each year.", {"Northgate", "Valemont"}),
        ("Kestrel and French firm Orvane signed a cooperation deal on nuclear fuel.", {"Kestrel", "Orvane"}),
    ],
)
def test_the_signatories_of_a_deal_need_no_introduction(tmp_path, sentence, parties):
    assert set(_deal_names(briefing_from(tmp_path, {"a.txt": sentence + "\n"}))) == {frozenset(parties)}


def test_known_companies_and_acronyms_need_no_cue(tmp_path):
    """site_data/reference/companies.yml: a company the news names bare has its page, type and home;
    an agency's acronym written with one capital ("Mofcom") is the agency."""
    text = (
        "Glencore and CMOC Group shipped less cobalt in March. "
        "Mofcom said the controls would stay, and Cobalt Blue Holdings raised funds.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = {e.name: e for e in b.entities.values() if e.kind.name == "organisation"}
    assert orgs["Glencore"].fields["type"] == "company"
    assert orgs["Glencore"].fields["country_key"] == "country:switzerland"
    assert "CMOC Group" in orgs["CMOC"].aliases
    assert orgs["Ministry of Commerce of China"].fields["country_key"] == "country:china"
    assert "Cobalt Blue Holdings" in orgs and "Cobalt Blue" not in orgs  # the name the text gives wins


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (  # a title of a department in a list of them
            "Secretary of State Ada Lang, Energy Secretary Chris Morton, and Trade Representative Ben Oduya met.",
            "Chris Morton",
            "Energy Secretary",
        ),
        (  # a long portfolio "of" its state
            "This was stated by the Minister of Economy, Environment and Agriculture of Ruritania Ivan Petrenko in "
            "an interview.",
            "Ivan Petrenko",
            "Minister of Economy, Environment and Agriculture of Ruritania",
        ),
        (  # an honorific is no part of the name
            "Today, at the mining convention, the Honourable Ben Oduya, Minister of Energy and Natural Resources, "
            "joined partners to announce 30 investments.",
            "Ben Oduya",
            None,  # the name is what is tested here
        ),
        (  # nor is a portfolio's last word
            "A lawmaker probed Minister of Energy and Mineral Resource Ben Oduya in a hearing on nickel mines.",
            "Ben Oduya",
            "Minister of Energy and Mineral Resource",
        ),
        (  # a post of a ministry is a state's post, however it is written (its remit in lower case is the post's)
            "Budi Santoso, the mining ministry’s director general for coal and minerals, said the ban will apply.",
            "Budi Santoso",
            "mining ministry’s director general for coal and minerals",
        ),
        (  # a special envoy's long portfolio before the name
            "The talks included Special Envoy for Northern and Coastal Affairs Ivan Petrenko.",
            "Ivan Petrenko",
            "Special Envoy for Northern and Coastal Affairs",
        ),
        (  # a president's adviser, in lower case
            "Ruritania set three demands, expressed by presidential advisor Ben Oduya in reply to the proposal.",
            "Ben Oduya",
            "presidential advisor",
        ),
        (  # the title after the name with no comma
            "“The contract exceeds $300 million,” said Budi Santoso the Minister of Foreign Trade of Ruritania.",
            "Budi Santoso",
            "Minister of Foreign Trade",
        ),
    ],
)
def test_officials_by_their_titles(tmp_path, sentence, name, role):
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    officials = {e.name: e for e in b.entities.values() if e.kind.name == "official"}
    assert role is None or officials[name].fields["role"] == role
    assert not [e for e in b.entities.values() if e.kind.name == "expert"]
    assert not [e for e in b.entities.values() if e.name in ("Base Policy", "Industrial Base")]


def test_a_portfolio_s_words_are_no_persons_name(tmp_path):
    text = "said Dr. Ada Lang, Assistant Secretary of Defense for Industrial Base Policy (ASD(IBP)).\n"
    b = briefing_from(tmp_path, {"a.txt": "“Supply is tight,” " + text})
    assert "Base Policy" not in {e.name for e in b.entities.values()}


def test_a_monster_word_is_no_prose_but_the_rest_of_its_paragraph_is(tmp_path):
    """A "word" of thousands of characters made names be sought in quadratic time (minutes; the
    hostile corpus builds it): its sentence is skipped, the next one is read."""
    text = "Hostile Test Article\n\n" + "-".join(["Abc"] * 12000) + " said it. Chile banned copper exports.\n"
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "country:chile" in b.entities and "policy:chile-copper-export-ban" in b.entities
    assert not [e for e in b.entities.values() if "Abc" in e.name]


def test_a_state_s_government_is_the_state_and_part_of_an_agency_s_name_is_no_body(tmp_path):
    text = (
        "The Mali Government has signed an agreement with Chinese company Ganfeng Lithium on the mine.\n\n"
        "Andina Cobre Corp secured funding from the US International Development Finance Corporation (DFC).\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for e in b.entities.values()}
    assert frozenset({"Mali", "Ganfeng Lithium"}) in _deal_names(b)
    assert not names & {"The Mali Government", "Mali Government", "Development Finance"}


def test_a_post_after_a_body_and_its_short_form(tmp_path):
    text = "Ruritanian Resources Study (RRS) Executive Director Ana Ortiz agreed that buyers control 90% of output.\n"
    experts = {e.name: e for e in briefing_from(tmp_path, {"a.txt": text}).entities.values() if e.kind.name == "expert"}
    assert experts["Ana Ortiz"].fields["role"] == "Executive Director"
    assert experts["Ana Ortiz"].fields["affiliation"] == "Ruritanian Resources Study"


def test_a_middle_initial_is_the_same_person(tmp_path):
    """ "President Donald J. Ruritan" in one article and "President Donald Ruritan" in another are one
    official, and "Ruritan" alone then names him; a name given only with its initial keeps it."""
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "President Donald J. Ruritan signed a proclamation on cobalt imports on Monday.\n",
            "b.txt": "President Donald Ruritan met the Bordurian envoy. Ruritan said cobalt supplies were secure.\n",
            "c.txt": "Minister Ana K. Ortiz said the cobalt quota would stay in force.\n",
        },
    )
    officials = sorted(e.name for e in b.entities.values() if e.kind.name == "official")
    assert officials == ["Ana K. Ortiz", "Donald J. Ruritan"] or officials == ["Ana K. Ortiz", "Donald Ruritan"]


def test_a_head_of_a_place_in_lower_case_is_an_official(tmp_path):
    text = (
        "Vice President Ana Ortiz and Chilean president Omar Amri held talks on a cobalt trade agreement.\n\n"
        "The Peruvian prime minister Lena Vos welcomed the talks. Andina Cobre president Ivo Kral said little.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = {
        e.name: (e.kind.name, e.fields.get("role"))
        for e in b.entities.values()
        if e.kind.name in ("official", "expert")
    }
    assert kinds["Omar Amri"] == ("official", "president")
    assert kinds["Lena Vos"] == ("official", "prime minister")
    assert kinds.get("Ivo Kral", ("expert",))[0] == "expert"  # a company's president is no official


def test_officials_listed_under_one_plural_title(tmp_path):
    text = (
        "The senators wrote to Secretaries Ana Ortiz (Treasury), Omar Amri (Energy), and Lena Vos (Commerce) "
        "about the cobalt agreement.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    roles = {e.name: e.fields.get("role") for e in b.entities.values() if e.kind.name == "official"}
    assert roles == {
        "Ana Ortiz": "Secretary (Treasury)",
        "Omar Amri": "Secretary (Energy)",
        "Lena Vos": "Secretary (Commerce)",
    }


def test_a_body_named_with_its_portfolio_and_a_description_that_is_no_name(tmp_path):
    text = (
        "The General Directorate of Mines has cancelled nine cobalt concessions held by Andina Cobre.\n\n"
        "Borduria Minerals has signed a cobalt supply deal with an Argentinian government-run mining enterprise "
        "for five cobalt blocks.\n\n"
        "The Ruritanian Department of Energy has taken a 5% stake in Andina Cobre, according to a filing.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(b)
    assert "General Directorate of Mines" in orgs and "General Directorate" not in orgs
    assert not [o for o in orgs if o[:1].islower()]
    deals = [e.fields["parties"] for e in b.entities.values() if e.kind.name == "deal"]
    assert any(
        sorted(p) == ["organisation:andina-cobre", "organisation:ruritanian-department-of-energy"] for p in deals
    ), deals


def test_a_persons_page_is_named_by_the_full_name_not_a_surname_met_first(tmp_path):
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "Minister Ortiz said the cobalt loans would be approved this year.\n",
            "b.txt": "Resources Minister Ana Ortiz said the cobalt quota would stay in force.\n",
        },
    )
    officials = [e.name for e in b.entities.values() if e.kind.name == "official"]
    assert officials == ["Ana Ortiz"]


def test_a_secretary_of_a_department_by_its_short_form_is_an_official(tmp_path):
    b = briefing_from(
        tmp_path,
        {"a.txt": "In a briefing, DTI Secretary Ana K. Ortiz said the country wants to join the cobalt pact.\n"},
    )
    assert [e.name for e in b.entities.values() if e.kind.name == "official"] == ["Ana K. Ortiz"]


def test_a_body_s_name_runs_on_through_a_second_of(tmp_path):
    """ "International Centre for Settlement of Investment Disputes" is one body, not its first half."""
    text = (
        "Andina Cobre filed a case at the International Centre for Settlement of Investment Disputes on "
        "Monday, its lawyers said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert "International Centre for Settlement of Investment Disputes" in names, names
    assert "International Centre for Settlement" not in names


def test_a_ministry_s_portfolio_runs_on_through_and_and_an_event_is_no_organisation(tmp_path):
    """ "Ministry of Mining and Heavy Industry of Borduria" is one body; "Future Metals Forum" is an
    event, and "Natural Resources" alone names nobody."""
    text = (
        "The Ministry of Mining and Heavy Industry of Borduria signed the cobalt memorandum on Monday, "
        "during the Future Metals Forum in Szohod.\n"
        "The ministry also worked with the Natural Resources Management in Ruritania on the deal.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert "Ministry of Mining and Heavy Industry of Borduria" in names, names
    assert not names & {"Ministry of Mining", "Heavy Industry of Borduria", "Future Metals", "Natural Resources"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The mine is the largest in the region, according to Andes Nico President Ana Ortiz.", "expert"),
        ("During Ruritanian President Ana Ortiz's visit, the cobalt pact was signed.", "official"),
        ("The cobalt pact was signed, Ruritania President Ana Ortiz said.", "official"),
    ],
)
def test_a_president_of_a_named_body_is_no_head_of_state(tmp_path, sentence, kind):
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    kinds = {e.kind.name for e in b.entities.values() if e.name == "Ana Ortiz"}
    assert kinds == {kind}


def test_the_head_of_a_named_body_and_a_lecturer_of_a_university(tmp_path):
    """ "the President of the European Council Antonio Costa" (no comma) is an official; "Andes
    University economics lecturer X" an expert of that university."""
    text = (
        "The summit brought together the leaders of Ruritania and Borduria with the President of the "
        "European Council Ana Ortiz to discuss cobalt supplies.\n"
        'Andes University economics lecturer Maria Lopez commented, "These cobalt quotas aim to capture value."\n'
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = {e.name: (e.kind.name, e.fields.get("affiliation")) for e in b.entities.values()}
    assert people["Ana Ortiz"] == ("official", "European Council")
    assert people["Maria Lopez"] == ("expert", "Andes University")
    assert "Council Ana Ortiz" not in people


def test_a_pronoun_a_quantifier_or_a_generic_word_is_no_party(tmp_path):
    """ "It has signed deals with …", "One of its first moves was acquiring …", "the Kingdom": the
    party is named elsewhere, and no page is made for these words."""
    text = (
        "Through Andes Minerals, a joint venture between Andina Cobre and the Ruritania Wealth Fund, the "
        "Kingdom has begun investing in cobalt mines abroad.\n"
        "One of its first major moves was acquiring a 10% stake in Borduria Base Metals, the copper unit.\n"
        "It has signed deals with Borduria Metals Group and Szohod Mining Corporation to set up cobalt plants.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for e in b.entities.values()}
    assert not names & {"It", "One of", "One", "Kingdom"}, names
    assert not [d.name for d in b.of_kind(BY_NAME["deal"]) if d.name.startswith(("It", "One", "Kingdom"))]


def test_a_ticker_after_the_subject_and_one_party_named_twice(tmp_path):
    """ "Andina Mining (ASX: ANM) has executed an offtake agreement with … Borduria Optimum Energy
    Co. Ltd": the subject is the company before its ticker, and the counterpart is one party."""
    text = (
        "Andina Mining (ASX: ANM) has executed a binding offtake agreement (BOA) with leading Bordurian "
        "battery producer Borduria Optimum Energy Co. Ltd for its cobalt.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    (deal,) = b.of_kind(BY_NAME["deal"])
    parties = deal.fields["parties"]
    assert len(parties) == len(set(parties)) == 2 and parties[0] == "organisation:andina-mining", parties


def test_two_leaders_signing_make_their_states_the_parties(tmp_path):
    """ "US President X and Australian Prime Minister Y signed an agreement": the United States and
    Australia; "Trump and Australian Prime Minister" is no portfolio."""
    text = (
        "US President Ana Ortiz and Australian Prime Minister Maria Lopez signed a rare earths and critical "
        "minerals agreement yesterday.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    (deal,) = b.of_kind(BY_NAME["deal"])
    assert deal.fields["parties"] == ["country:united-states", "country:australia"]
    roles = {e.name: e.fields.get("role") for e in b.entities.values() if e.kind.name == "official"}
    assert roles == {"Ana Ortiz": "President", "Maria Lopez": "Prime Minister"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Uzbekistan signed a contract on supply of uranium to the United States.",
        "Kazakhstan, the world's top uranium producer, announced Thursday a long-term deal to supply the metal to China.",
    ],
)
def test_a_deal_to_supply_a_buyer_names_the_buyer(tmp_path, sentence):
    (deal,) = briefing_from(tmp_path, {"a.txt": sentence + "\n"}).of_kind(BY_NAME["deal"])
    assert len(deal.fields["parties"]) == 2 and all(p.startswith("country:") for p in deal.fields["parties"])


def test_contracts_in_general_are_no_deal_even_for_supply(tmp_path):
    b = briefing_from(tmp_path, {"a.txt": "Buyers in Japan and Korea sign contracts for supply each year.\n"})
    assert not b.of_kind(BY_NAME["deal"])


def _only_person(tmp_path, sentence, name):
    """The one expert or official the sentence names, which must be `name`."""
    b = briefing_from(tmp_path, {"a.txt": sentence + "\n"})
    people = {e.name: e for e in b.entities.values() if e.kind.name in ("expert", "official")}
    assert set(people) == {name}, set(people)
    return people[name]


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "role", "affiliation"),
    [
        (
            '"We secure supply," said Ana Ortiz, President, Andina Mining.',
            "Ana Ortiz",
            "expert",
            "President",
            "Andina Mining",
        ),
        (
            "Chief executive Ana Ortiz told reporters the mine would restart.",
            "Ana Ortiz",
            "expert",
            "Chief executive",
            None,
        ),
        (
            "The deal was signed by Ana Ortiz, Minister, Ministry of Mines.",
            "Ana Ortiz",
            "official",
            "Minister",
            "Ministry of Mines",
        ),
        (
            "Commissioner for International Partnerships, Ana Ortiz, signed the memorandum in Kigali.",
            "Ana Ortiz",
            "official",
            "Commissioner for International Partnerships",
            None,
        ),
        (
            "The minister, Ana Ortiz, did not hesitate to criticise the miner.",
            "Ana Ortiz",
            "official",
            "minister",
            None,
        ),
        (
            "Ana Ortiz, president of the company, told reporters that 18 companies had seen the data room.",
            "Ana Ortiz",
            "expert",
            "president",
            None,
        ),
        (
            "Ana Maria Ortiz, the Ruritanian industry ministry’s official said, “The find is promising news.”",
            "Ana Maria Ortiz",
            "official",
            "official",
            "Ruritanian industry ministry",
        ),
        (
            "The directive by Cabinet Secretary for Mining, Blue Economy and Maritime Affairs Ana Maria Ortiz applies.",
            "Ana Maria Ortiz",
            "official",
            "Cabinet Secretary for Mining, Blue Economy and Maritime Affairs",  # the title as written
            None,
        ),
    ],
)
def test_a_post_set_off_by_commas_a_whole_post_and_a_long_portfolio(tmp_path, sentence, name, kind, role, affiliation):
    """A release's "X, President, Y Mining" (neither "Andina" nor "Ministry" is a person), "Chief
    executive X" (no body named), a portfolio with "Blue Economy"."""
    person = _only_person(tmp_path, sentence, name)
    assert (person.kind.name, person.fields.get("role"), person.fields.get("affiliation")) == (kind, role, affiliation)


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "role", "affiliation"),
    [
        ("Production is expected to start in two years, CEO Ana Ortiz says.", "Ana Ortiz", "expert", "CEO", None),
        (
            "It turned to rare earths, said Ana Ortiz, secretary-general of the Brussels-based Rare Earth Industry "
            "Association.",
            "Ana Ortiz",
            "expert",
            "secretary-general",
            "Rare Earth Industry Association",
        ),
        (
            "Ana Ortiz, Terra’s Executive Director, rounds out the leadership.",
            "Ana Ortiz",
            "expert",
            "Executive Director",
            "Terra",
        ),
        (
            'Investors are positive, with Ana Ortiz of Andina Investment Bank in Lima stating, "It is a source."',
            "Ana Ortiz",
            "expert",
            None,
            "Andina Investment Bank",
        ),
        (
            "Addressing the forum, Deputy PM and Foreign Minister Ana Ortiz said Ruritania was ready.",
            "Ana Ortiz",
            "official",
            "Foreign Minister",
            None,
        ),
    ],
)
def test_set_19_people_a_bare_ceo_a_capitalised_post_and_a_firm_after_of(
    tmp_path, sentence, name, kind, role, affiliation
):
    """ "CEO X says", "X, secretary-general of Y", "X, Terra’s Executive Director", "X of Y Bank", and
    "PM" never a person's name."""
    person = _only_person(tmp_path, sentence, name)
    assert (person.kind.name, person.fields.get("role"), person.fields.get("affiliation")) == (kind, role, affiliation)


def test_a_ministry_of_a_place_runs_on_through_and_and_an_assessment_is_no_body(tmp_path):
    text = (
        "She cited unpublished information from Vietnam’s Ministry of Natural Resources and Environment, "
        "which did not respond.\n"
        "The cobalt project has a $3 billion net present value in its 2025 Preliminary Economic Assessment (PEA).\n"
    )
    names = {e.name for e in briefing_from(tmp_path, {"a.txt": text}).entities.values()}
    assert "Ministry of Natural Resources and Environment" in names
    assert not names & {"Ministry of Natural Resources", "Preliminary Economic Assessment"}, names


def test_an_agreement_signed_by_two_named_parties(tmp_path):
    """ "The agreement was signed … by representatives of X and Y": both are parties; "Center for
    Uranium Enrichment" is one name."""
    text = (
        "The uranium agreement was signed on October 4 in Astana by representatives of Ruritania’s uranium "
        "operator Andina Atomic and Borduria's Center for Uranium Enrichment.\n"
    )
    (deal,) = briefing_from(tmp_path, {"a.txt": text}).of_kind(BY_NAME["deal"])
    assert deal.fields["parties"] == ["organisation:andina-atomic", "organisation:center-for-uranium-enrichment"]


def test_a_registered_name_of_generic_words_is_an_organisation(tmp_path):
    """ "Critical Metals Corp", "National Aluminium Company Limited", "Terrafame Oy": the legal ending
    makes generic words a name."""
    text = (
        "Andina Cobre has announced a partnership with Critical Metals Corp for a rare earth project in "
        "Ruritania.\nThe company is the main shareholder of Terrafame Oy, which mines nickel and cobalt.\n"
    )
    names = {
        e.name for e in briefing_from(tmp_path, {"a.txt": text}).entities.values() if e.kind.name == "organisation"
    }
    assert {"Critical Metals", "Terrafame"} <= {n.removesuffix(" Corp").removesuffix(" Oy") for n in names}, names


def test_a_demonym_and_generic_words_with_a_group_head_is_a_company(tmp_path):
    """ "Finnish Minerals Group was founded in 2018": a company; "Peru Critical Minerals" is not."""
    text = (
        "A new company called Finnish Minerals Group is speeding up the development of the cobalt business in "
        "Finland.\nOfficials discussed Peru Critical Minerals with investors in Lima.\n"
    )
    names = {
        e.name for e in briefing_from(tmp_path, {"a.txt": text}).entities.values() if e.kind.name == "organisation"
    }
    assert "Finnish Minerals Group" in names and "Peru Critical Minerals" not in names, names


def test_set_20_organisations_a_place_in_brackets_two_bodies_joined_by_and_and_a_name_with_an_ampersand(tmp_path):
    """ "X (Grants NT) Pty Ltd" is one company (not "Pty"); "the Ruritanian Department of State and
    Andina Center for Mineral Strategy" are two bodies, while a portfolio still runs on through "and";
    a company "X Investment & Development" is one party, and "the firm" of a deal is no state."""
    text = (
        "The mine is being developed by Lithium Developments (Grants NT) Pty Ltd, a subsidiary of Andina Cobre Ltd.\n\n"
        "The forum is a partnership between the Ruritanian Department of State and Andina Center for Mineral "
        "Strategy to promote investment.\n\n"
        "The Ministry of Mining and Heavy Industry of Borduria approved the lithium plan.\n\n"
        "Zambia granted Andina Cobre Ltd a graphite mining licence. Mr Ruiz said the firm was negotiating "
        "off-take agreements with Ruritania Docking Investment & Development for its graphite.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(b)
    assert "Lithium Developments (Grants NT)" in orgs and "Pty" not in orgs
    assert {"Ruritanian Department of State", "Andina Center for Mineral Strategy"} <= orgs
    assert "Ministry of Mining and Heavy Industry of Borduria" in orgs
    assert not [o for o in orgs if o.endswith("Development") and "Docking" not in o]
    for parties in _deals(b):
        assert not {"country:zambia"} & parties, parties


def test_set_22_organisations_two_portfolios_a_weekday_a_board_a_news_agency_and_a_description(tmp_path):
    """Two departments joined by "and", each a portfolio with a list ("Department of Industry, Science and
    Resources and Department of Foreign Affairs and Trade"); a weekday before a name; "Chairman of the
    Board of Directors of X" (X is the company); a news agency; "a X-aligned militia"; "minister of Y"."""
    text = (
        "Ruritania’s Ministry of Economy, Trade and Industry and Zambia’s Department of Industry, Science and "
        "Resources and Department of Foreign Affairs and Trade signed the partnership on lithium.\n\n"
        "Last Wednesday YLB and Andina Cobre Group signed the first contract to build a lithium plant.\n\n"
        "The agreement was signed by Eng Salim Ortiz, Minister of Energy and Minerals, with Jon Ruiz, Chairman "
        "of the Board of Directors of Verde Nickel Ltd.\n\n"
        "In a statement to Zambia News Agency, the ministry said drilling of nickel would begin.\n\n"
        "He also heads a Ruritania-aligned militia that guards the rare earth mines.\n\n"
        "Ana Diaz, Zambia’s minister of Solid Minerals Development, said lithium output would rise.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {
        "Ministry of Economy, Trade and Industry",
        "Department of Industry, Science and Resources",
        "Department of Foreign Affairs and Trade",
        "YLB",
        "Andina Cobre Group",
    } <= orgs, orgs
    assert [o for o in orgs if o.startswith("Verde Nickel")], orgs
    assert not [o for o in orgs if "Wednesday" in o or "Board" in o or "News" in o or "aligned" in o], orgs
    assert not [o for o in orgs if o.startswith("Solid Minerals")], orgs
    b = briefing_from(tmp_path / "p", {"a.txt": text})
    people = {e.name for e in b.entities.values() if e.kind.person}
    assert "Salim Ortiz" in people and not [p for p in people if p.startswith("Eng ")]


def test_set_23_people_with_leading_initials_a_union_minister_a_title_without_a_comma_and_owned_bodies(tmp_path):
    """ "Union Minister of Mines, G. Ramos Ortiz" (leading initials; "Union" is part of the title, no
    affiliation); "Dr.Ana Ortiz Minister of Energy and Minerals" (no comma); "Ruritania’s Andina
    investment fund" is an organisation; "X PLC on Tuesday" is X PLC."""
    text = (
        "The memorandum was signed in the presence of Union Minister of Mines, G. Ramos Ortiz, at the "
        "ministry in the capital, and Secretary of Mines V. L. Diaz Ruiz.\n\n"
        "The lithium agreements were signed by H.E. Dr.Ana Ortiz Minister of Energy and Minerals of Zambia.\n\n"
        "The cobalt plant, a joint venture between Zambia’s Andina investment fund and Verde Materials Ltd, "
        "is the first of its kind.\n\n"
        "Cadenza Minerals PLC on Tuesday said its lithium sales had doubled.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = {e.name: e.fields for e in b.entities.values() if e.kind.person}
    assert people["G. Ramos Ortiz"]["role"] == "Union Minister of Mines"
    assert not people["G. Ramos Ortiz"].get("affiliation")
    assert "V. L. Diaz Ruiz" in people
    assert people["Ana Ortiz"]["role"] == "Minister of Energy and Minerals"
    orgs = _org_names(b)
    assert "Andina" in orgs and "Union" not in orgs
    assert not [o for o in orgs if "Tuesday" in o], orgs


def test_a_post_a_ministry_and_a_name_set_off_by_commas_and_a_body_s_director_general(tmp_path):
    """ "Joint Secretary, Ministry of Mines, Ana Ortiz" (post, public body, name) and "Anti-Red Tape
    Authority director general Jon Ruiz" (a body, a lower-case post written in two words, a name) are
    officials of those bodies."""
    text = (
        "The exchange took place between Joint Secretary, Ministry of Mines, Ana Maria Ortiz, and the "
        "agency's lithium analysts.\n\n"
        "The signatories include Anti-Red Tape Authority director general Jon Ruiz and the chamber of mines.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    ortiz, ruiz = people["Ana Maria Ortiz"], people["Jon Ruiz"]
    assert (ortiz.kind.name, ortiz.fields["role"], ortiz.fields["affiliation"]) == (
        "official",
        "Joint Secretary",
        "Ministry of Mines",
    )
    assert (ruiz.kind.name, ruiz.fields["role"], ruiz.fields["affiliation"]) == (
        "official",
        "director general",
        "Anti-Red Tape Authority",
    )


def test_set_24_people_and_organisations_of_boards_companies_and_parliaments(tmp_path):
    """ "CEO of the state-owned Zambia Mines, Petroleum and Gas Board" is an official of that whole
    board; "Andina Senior Vice President Jon Ruiz" a company's executive (an expert), not a state's vice
    president; "X, Verde’s country manager in Peru." an expert; "Minority Leader X" an official;
    "Verde Mining & Minerals" and "Cobalto Energy" are whole names; "the Ministry of Lands and Natural
    Resources and Cobre DV Zambia Limited" is two; a constitution and an act are no organisations."""
    text = (
        "Yamina Okafor, CEO of the state-owned Zambia Mines, Petroleum and Gas Board, announced the "
        "memorandum in a joint statement.\n\n"
        "The memorandum was signed by Andina Senior Vice President Jon Ruiz during a visit to Lusaka.\n\n"
        "“We estimate reaching the final investment decision this year,” said Klaus Berger, Verde’s "
        "country manager in Peru.\n\n"
        "The Minority Caucus, led by Minority Leader Alexander Mensah-Boateng, opposed the motion.\n\n"
        "Projects by Verde Mining & Minerals and Cobalto Energy are the most advanced in Peru.\n\n"
        "Parliament has approved a Mining Lease Agreement between the Ministry of Lands and Natural "
        "Resources and Cobre DV Zambia Limited for the extraction of lithium.\n\n"
        "It was presented in accordance with Article 268 of the 1992 Constitution and Section 5(4) of "
        "the Minerals and Mining Act.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert people["Yamina Okafor"].kind.name == "official"
    assert people["Yamina Okafor"].fields["affiliation"] == "Zambia Mines, Petroleum and Gas Board"
    assert (people["Jon Ruiz"].kind.name, people["Jon Ruiz"].fields["role"]) == ("expert", "Senior Vice President")
    assert (people["Klaus Berger"].kind.name, people["Klaus Berger"].fields["role"]) == ("expert", "country manager")
    assert people["Alexander Mensah-Boateng"].kind.name == "official"
    orgs = _org_names(b)
    assert {"Verde Mining & Minerals", "Cobalto Energy", "Ministry of Lands and Natural Resources"} <= orgs
    assert "Cobre DV Zambia" in orgs  # its page drops the legal ending
    assert not {"Constitution", "Mining Act", "Zambia Mines"} & orgs, orgs


def test_set_24_deals_listed_before_the_verb_and_one_deal_for_two_spellings_of_a_party(tmp_path):
    """ "X and the Ruritania government-owned holding company Y have signed a memorandum" and "X and the
    Ministry of Y have inked a mining concession deal" are deals of the two; "X, Y and Z have all
    announced offtake agreements" is none between them; a deal of "Andina Cobre Corp" and the same deal
    of "Andina Cobre" (its short name) are one."""
    text = (
        "Andina Energy and the Peruvian government-owned nuclear holding company VerdeAtom have signed a "
        "memorandum of cooperation on uranium.\n\n"
        "Cobre Ferrochrome Company and the Ministry of Energy and Minerals have inked a mining concession deal.\n\n"
        "Graphite companies Norte Graphite, Sur Anodes and Este Carbon have all announced offtake agreements.\n\n"
        "Andina Cobre Corp (“Andina Cobre”) has signed an agreement with Verde Materials Corp to explore for "
        "copper in Chile.\n\n"
        "Andina Cobre and Verde Materials aim to develop a copper supply chain in Chile together under the "
        "agreement.\n"
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": text}))
    assert frozenset({"Andina Energy", "VerdeAtom"}) in deals
    assert frozenset({"Cobre Ferrochrome Company", "Ministry of Energy and Minerals"}) in deals
    assert not [d for d in deals if "Sur Anodes" in d]
    assert len([d for d in deals if any("Andina Cobre" in p for p in d)]) == 1, deals


def test_a_company_named_like_a_ministrys_remit_is_not_the_ministry(tmp_path):
    """A deal party is found by a longer name that holds it ("Huayou" of "Zhejiang Huayou Cobalt"),
    but not where the longer name says what a body is for: the company "Mineral Resources" of one
    article is not another article's "Ministry of Mines and Mineral Resources"."""
    texts = {
        "a.txt": "The Ministry of Mines and Mineral Resources will issue export permits this week, the ministry said.\n",
        "b.txt": "Andina's Mineral Resources on Friday signed a binding deal to sell a stake in its lithium project "
        "and form a lithium joint venture with Cobalto Energy Corp for $1.15 billion.\n",
        "c.txt": "Zhejiang Huayou Cobalt opened a refinery in Ruritania on Monday.\n\n"
        "Huayou signed a memorandum of understanding with Cobalto Energy Corp to supply cobalt.\n",
    }
    deals = _deal_names(briefing_from(tmp_path, texts))
    assert not [d for d in deals if any("Ministry" in p for p in d)], deals
    assert [d for d in deals if "Mineral Resources" in d], deals
    assert [d for d in deals if "Huayou Cobalt" in d], deals


def test_a_wire_s_instrument_code_after_a_company_is_no_part_of_its_name(tmp_path):
    """Wire copy prints a company's instrument code after its name ("Andina Metals ANM.AX",
    "Verde Lithium Corp 002466.SZ"): the organisation and the deal party are the company."""
    text = (
        "Dec 9 (Reuters) - Ruritanian nickel miner Andina Metals ANM.AX said on Wednesday it would invest $1.4 billion "
        "in a local unit of China's Verde Lithium Corp 002466.SZ to buy into the world's biggest lithium mine.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(b)
    assert "Andina Metals" in orgs and not [o for o in orgs if ".AX" in o or ".SZ" in o], orgs
    assert frozenset({"Andina Metals", "Verde Lithium"}) in _deal_names(b), _deal_names(b)


def test_set_25_a_company_named_before_its_kind_a_company_head_and_a_senior_advisor(tmp_path):
    """ "the Andina mining company’s project" names Andina; "company head Franco Ruiz" and "Verde House
    Senior Advisor Daniel Okoro" are experts (Verde House an organisation); a sentence that opens
    "Afterwards, the company …" names no organisation "Afterwards"; "the Peruvian-Chilean investment
    fund" is no organisation's name."""
    text = (
        "Production of lithium carbonate will start in June at the Andina mining company’s Olaroz project "
        "in Jujuy province.\n\n"
        "The first stage will start in June, company head Franco Ruiz confirmed to the agency.\n\n"
        "Afterwards, the company will progressively increase production until it reaches 40,000 tons.\n\n"
        "As the focus on critical minerals increases, Verde House Senior Advisor Daniel Okoro highlights "
        "the current dynamics.\n\n"
        "Work on the Peruvian-Chilean investment fund is progressing.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert people["Franco Ruiz"].kind.name == "expert"
    assert (people["Daniel Okoro"].kind.name, people["Daniel Okoro"].fields["affiliation"]) == ("expert", "Verde House")
    orgs = _org_names(b)
    assert {"Andina", "Verde House"} <= orgs
    assert not {"Afterwards", "Peruvian-Chilean"} & orgs, orgs


def test_set_26_officials_over_a_portfolio_a_named_department_and_a_government_spokesperson(tmp_path):
    """ "Director of Mines, X said" and "the director of Mineral Resources Department X" are officials
    ("Mines" is a portfolio, no organisation); "X, the chief government spokesperson," is an
    official; "X, a spokesperson of Andina Cobre," a company's (an expert)."""
    text = (
        "Director of Mines, Nicholas Okoro said the minerals are still the property of Andina Cobre.\n\n"
        "This, according to the director of Mineral Resources Department Malakai Ruiz.\n\n"
        "Chushi Banda, the chief government spokesperson, said that the minerals include copper.\n\n"
        "Sammy Doe, a spokesperson of Andina Cobre, said the company would export more copper.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds(b)
    assert kinds == {
        "Nicholas Okoro": "official",
        "Malakai Ruiz": "official",
        "Chushi Banda": "official",
        "Sammy Doe": "expert",
    }, kinds
    assert "Mines" not in _org_names(b)


def test_set_27_premiers_undersecretaries_public_bodies_posts_and_courtesy_titles(tmp_path):
    """A premier is an official whatever the place; so are "Trade Undersecretary and Andina Board
    managing head X" (its post in the board kept), "Verde Economic and Development Authority
    secretary X" (the body whole, "and" and all), "The Authority's Director of Partnerships, X",
    "X a government representative" and "Deputy Minister of Mines Eng. X" (one sentence); "X the
    Chief Executive Officer of Andina Cobre said" is an expert; a surname at the start of a longer
    name ("Okoro Islanders") is no mention of the person."""
    text = (
        "NV Premier Nicholas Okoro set the scene for the support package.\n\n"
        "“We are looking at three areas,” Trade Undersecretary and Andina Investment Board managing head "
        "Malakai Ruiz said at the summit.\n\n"
        "Meanwhile, Verde Economic and Development Authority secretary Chushi Banda said mining could fuel growth.\n\n"
        "The Authority’s Director of Partnership and Cooperation, Sammy Kolo, says the licences are hard to meet.\n\n"
        "Lena Vos a government representative described the export ban as irreversible.\n\n"
        "The memorandum was signed by Deputy Minister of Mines Eng. Omar Amri on Monday.\n\n"
        "Jane Doe the Chief Executive Officer of Andina Cobre said that the company was modernizing the mine.\n\n"
        "The seabed is the future for Okoro Islanders, the copper miners said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    officials = {"Nicholas Okoro", "Malakai Ruiz", "Chushi Banda", "Sammy Kolo", "Lena Vos", "Omar Amri"}
    kinds = _kinds(b)
    assert kinds == {**dict.fromkeys(officials, "official"), "Jane Doe": "expert"}, kinds
    orgs = _org_names(b)
    assert "Verde Economic and Development Authority" in orgs and "Development Authority" not in orgs, orgs
    assert "Andina Investment Board" in orgs, orgs
    okoro = next(e for e in b.entities.values() if e.name == "Nicholas Okoro")
    assert [m for m in b.mentions["a"] if m.key == okoro.key and "Islanders" in m.sentence] == []


def test_set_28_roles_as_written_courtesy_titles_speakers_and_legal_forms(tmp_path):
    """A role keeps its own preposition ("senior fellow for geoeconomics", not "of"); an apposition ends
    at a dash; "Sheikh" is a courtesy title and "al-" a particle of the name; a middle initial may
    lack its full stop; "EU industry chief X", "national security adviser X", "Deputy Minister … at
    the Ministry of …, Eng. X" and a transcript's "MINISTER JANE DOE:" are officials; "PT X Y Z" and
    "Joint Stock Company X" are companies named whole."""
    text = (
        "The report's authors—Jane Doe, senior fellow for geoeconomics at the Verde Institute, and Lena Vos, "
        "vice president of policy at Andina Policy Accelerator—examine copper supply.\n\n"
        "Mark A Smith, executive chairman and CEO at Andina Cobre, will use export credit for the copper mine.\n\n"
        "“Europe is responding to the new reality,” EU industry chief Omar Amri said of the copper plans.\n\n"
        "The fund belongs to the business empire of Verde national security adviser Sheikh Tahnoon bin Rashid "
        "al-Nahyan, the copper traders said.\n\n"
        "Deputy Minister for Mining Affairs at the Ministry of Industry and Mineral Resources, Eng. Khalid Salih "
        "Al-Rashid has opened the copper workshop.\n\n"
        "MINISTER MALAKAI RUIZ: Well, we have been working on copper for some time.\n\n"
        "Copper export permits were revoked from PT Surya Saga Utama and Joint Stock Company National Copper "
        "Company Verdeprom, the data showed.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = {e.name: (e.kind.name, e.fields.get("role")) for e in b.entities.values() if e.kind.person}
    assert people["Jane Doe"] == ("expert", "senior fellow for geoeconomics"), people
    assert people["Mark A Smith"][0] == "expert", people
    officials = {"Omar Amri", "Tahnoon bin Rashid al-Nahyan", "Khalid Salih Al-Rashid", "Malakai Ruiz"}
    assert {n for n, (kind, _) in people.items() if kind == "official"} >= officials, people
    lena = next(e for e in b.entities.values() if e.name == "Lena Vos")
    assert lena.fields.get("affiliation") == "Andina Policy Accelerator", lena.fields
    orgs = _org_names(b)
    assert {"PT Surya Saga Utama", "Joint Stock Company National Copper Company Verdeprom"} <= orgs, orgs


def test_set_29_envoys_bodies_without_posts_documents_and_participles(tmp_path):
    """ "X, Chargé d’Affaires at the Ruritanian Embassy in Verde," is an official; "X, of Andina
    Capital said" an expert of that body; a "Memorandum of Cooperation" is a document and "Citing the
    Verde Geological Survey" names the survey, not a body called "Citing …"."""
    text = (
        "This was in response to the announcement by Gabriel Ruiz, Chargé d’Affaires at the Ruritanian Embassy "
        "in Verde, about interest in copper.\n\n"
        "Ian Doe, of Andina Capital said: “Our financing will help the copper mine progress.”\n\n"
        "The Ministry of Mines signed a Memorandum of Cooperation on copper with the Verde Mining Agency.\n\n"
        "Citing the Verde Geological Survey, the report said copper output rose.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _kinds(b)
    assert people == {"Gabriel Ruiz": "official", "Ian Doe": "expert"}, people
    orgs = _org_names(b)
    assert "Memorandum of Cooperation" not in orgs and not [o for o in orgs if o.startswith("Citing")], orgs
    assert "Verde Geological Survey" in orgs, orgs


def test_set_30_treasurers_secretaries_of_state_and_documents(tmp_path):
    """ "Treasurer X" and "secretary of state for energy X" are officials; a "Letter of Interest" and a
    "Regime for Large Investments" are no organisations."""
    text = (
        "This is the copper sector that Treasurer Jim Doe, has described as a defining opportunity.\n\n"
        "Andina Cobre rounded a curve when secretary of state for energy Maria João Ruiz issued a copper order.\n\n"
        "Andina Cobre received a Letter of Interest from the Verde Export Bank for its copper mine.\n\n"
        "Andina Cobre applied to the Regime for Large Investments for its copper project.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _kinds(b)
    assert people == {"Jim Doe": "official", "Maria João Ruiz": "official"}, people
    orgs = _org_names(b)
    assert not {"Letter of Interest", "Regime for Large Investments"} & orgs, orgs


def test_set_31_joint_posts_company_presidents_and_names_that_are_no_bodies(tmp_path):
    """ "Minister of Trade/Head of the Ruritania Investment Board (RIB), Jane Doe" is an official;
    "Andmetals President Jim Roe", after "Andina Andmetal Corporation (Andmetals)", a company's
    executive; "Heavy Rare Earth (HREE)", "G7 Critical Minerals" of a G7 plan and "According to Roe,
    the construction of the smelter" give no organisation; "the Minerals and Resources Institute of
    Verde" is one body, whole."""
    text = (
        "BORDURIA - Minister of Trade/Head of the Ruritania Investment Board (RIB), Jane Doe said that the "
        "copper smelter will start operating in July.\n\n"
        "Ruritania's biggest metal trading company, Andina Andmetal Corporation (Andmetals), will team up with "
        "Verde Cobre.\n\n"
        "The venture will supply copper each year, said Andmetals President Jim Roe.\n\n"
        "Andina Andmetal Corporation will send Heavy Rare Earth (HREE) concentrate to Ruritania.\n\n"
        "Leaders launched the G7 Critical Minerals Action Plan (CMAP) to build copper markets.\n\n"
        "According to Roe, the construction of the smelter is part of the copper programme.\n\n"
        "The Minerals and Resources Institute of Verde will oversee the copper study.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _kinds(b)
    assert people == {"Jane Doe": "official", "Jim Roe": "expert"}, people
    (roe,) = [e for e in b.entities.values() if e.name == "Jim Roe"]
    assert roe.fields["affiliation"].startswith("Andina Andmetal"), roe.fields
    orgs = _org_names(b)
    assert not {"Heavy Rare Earth", "G7 Critical Minerals", "Roe", "Resources Institute of Verde"} & orgs, orgs
    assert "Minerals and Resources Institute of Verde" in orgs, orgs


def test_set_32_posts_of_bodies_run_into_names_pictures_licences_and_projects(tmp_path):
    """ "Minister of Trade Jane Doe, Chairman and CEO of Andina Group Jim Roe, and Director of Verde
    Group Borduria Ana Ruiz" is an official and two executives; "Omar Amri (pictured), Director General
    of Investment at the Ministry, told" an official; a "Special Mining Licence", "the Verde Lithium
    project" and "Andina New Energy Technology" cut short are no organisations."""
    text = (
        "Attendants included the Minister of Trade Jane Doe, Chairman and CEO of Andina Group Jim Roe, and "
        "Director of Verde Group Borduria Ana Ruiz.\n\n"
        "Omar Amri (pictured), Director General of Investment at the Ministry, told reporters that lithium "
        "concessions would be offered.\n\n"
        "A Special Mining Licence will be granted for the nickel deposit.\n\n"
        "The company is the owner of the Verde Lithium project in the north.\n\n"
        "Chariot signed a lithium memorandum with Andina New Energy Technology.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _kinds(b)
    assert people == {"Jane Doe": "official", "Jim Roe": "expert", "Ana Ruiz": "expert", "Omar Amri": "official"}
    orgs = _org_names(b)
    assert not {"Special Mining", "Verde Lithium", "Andina New Energy"} & orgs, orgs
    assert "Andina New Energy Technology" in orgs, orgs


def test_set_33_who_is_clauses_legislators_executives_and_press_agencies(tmp_path):
    """ "Professor Jim Roe, who is Minister of Finance," and "Jane Doe, president of the Senate," are
    officials; "Chairman and CEO Ana Ruiz said" is an executive, not "and CEO" of a body "Chairman";
    "Omar Amri, the company's copper division president," is a person, no organisation; "Verde Novosti
    press agency" is a source, no organisation."""
    text = (
        "The copper proposal was presented by Professor Jim Roe, who is Minister of Finance and Investment.\n\n"
        "Through a letter addressed to Jane Doe, president of the Senate, the copper club raised concerns.\n\n"
        "“This is the kind of copper knowledge that takes decades,” Chairman and CEO Ana Ruiz said on Tuesday.\n\n"
        "Ruiz added that the expertise of Omar Amri, the company’s copper division president, was central.\n\n"
        "“We have met Ruritanian copper companies,” the mining minister told Ruritania’s Verde Novosti press "
        "agency in an interview.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _kinds(b)
    assert _kinds_of(b, "Jim Roe", "Jane Doe", "Ana Ruiz") == {
        "Jim Roe": "official",
        "Jane Doe": "official",
        "Ana Ruiz": "expert",
    }, people
    (ruiz,) = [e for e in b.entities.values() if e.name == "Ana Ruiz"]
    assert ruiz.fields["role"] == "Chairman and CEO", ruiz.fields
    orgs = _org_names(b)
    assert not {"Omar Amri", "Verde Novosti", "Chairman"} & orgs, orgs


def test_a_company_named_with_and_without_its_group_in_one_article_is_one(tmp_path):
    """ "Ruritania's mining group Andina … signed a cobalt memorandum" and "Andina Group, a listed
    miner,": one organisation, Andina Group, with Andina as its other name."""
    text = (
        "Ruritania's mining group Andina and carmaker Verde Group on Wednesday signed a cobalt memorandum.\n\n"
        "The cobalt plant of Andina Group, a listed miner, will supply the carmaker from 2026.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    andina = [e for e in b.entities.values() if e.kind.name == "organisation" and e.name.startswith("Andina")]
    assert [e.name for e in andina] == ["Andina Group"], [(e.name, e.aliases) for e in andina]


def test_set_34_posts_in_lower_case_after_names_and_a_ceo_of_a_portfolio(tmp_path):
    """ "Jim Roe, the state governor, in a message" and "its energy and natural resources minister, Jane
    Doe, has announced" are officials; "Ana Ruiz, Andina’s base metals CEO," an executive of Andina; the
    Verde Resources Council named whole and a "Verde Resources" inside it is no second body."""
    text = (
        "The lithium announcement was made by Jim Roe, the state governor, in a brief message via Twitter.\n\n"
        "Ruritania plans to boost its lithium production, its energy and natural resources minister, Jane Doe, "
        "has announced.\n\n"
        "Ana Ruiz, Andina’s base metals CEO, emphasized that the copper projects will boost supply.\n\n"
        "The Verde Resources Council (VRC) welcomed the Ruritanian government's copper plan.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _kinds(b)
    assert _kinds_of(b, "Jim Roe", "Jane Doe", "Ana Ruiz") == {
        "Jim Roe": "official",
        "Jane Doe": "official",
        "Ana Ruiz": "expert",
    }, people
    orgs = _org_names(b)
    assert "Verde Resources Council" in orgs and "Verde Resources" not in orgs, orgs


def test_set_35_names_joined_by_and_and_a_president_s_administration(tmp_path):
    """ "a report by the Chamber of Minerals and Energy and the Association of Mining and Exploration
    Companies" names two bodies, each whole; "the Ruritanian President's Administration Jane Doe" and "the
    Doe Administration" (Jane Doe named) are the state, no organisation."""
    text = (
        "I refer to a June 2020 report by the Chamber of Minerals and Energy and the Association of Mining "
        "and Exploration Companies on lithium.\n\n"
        "This would be the first foreign lithium investment by the Ruritanian President's Administration "
        "Jane Doe, the report said.\n\n"
        "The interest expressed on the part of the Doe Administration comes after President Jane Doe hinted "
        "at buying the lithium mine.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Chamber of Minerals and Energy", "Association of Mining and Exploration Companies"} <= orgs, orgs
    assert not {"Chamber of Minerals", "Exploration Companies", "Ruritanian President", "Doe Administration"} & orgs


def test_set_36_officials_by_a_long_post_or_a_ministry_and_a_plant_named_like_a_company(tmp_path):
    """ "said Jane Doe, acting defense undersecretary for industrial base policy" and "Tri Wira, a
    senior official at the Energy and Mineral Resources Ministry" are officials (the first post whole);
    "a Geothermal Lithium Extraction Plant" and "a Central Lithium Plant" are plants, no companies; a
    state company's name of seven words ("Catamarca Minera Y Energética Sociedad Del Estado") is whole."""
    text = (
        "“Magnets matter,” said Jane Doe, acting defense undersecretary for industrial base policy.\n\n"
        "“The quotas will be reviewed,” Tri Wira, a senior official at the Energy and Mineral Resources "
        "Ministry told reporters on lithium.\n\n"
        "The grants support a Geothermal Lithium Extraction Plant in Landau and a Central Lithium Plant in "
        "Frankfurt.\n\n"
        "Kenya signed with the state-owned Catamarca Minera Y Energética Sociedad Del Estado on lithium.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _kinds_of(b, "Jane Doe", "Tri Wira") == {"Jane Doe": "official", "Tri Wira": "official"}, _kinds(b)
    assert "undersecretary for industrial base policy" in _people(b)["Jane Doe"].fields["role"]
    orgs = _org_names(b)
    assert not {"Geothermal Lithium", "Central Lithium"} & orgs, orgs
    assert "Catamarca Minera Y Energética Sociedad Del Estado" in orgs, orgs


def test_set_37_a_president_of_a_place_an_adviser_to_a_body_a_campaigner_and_a_miner_named_globe(tmp_path):
    """ "The libertarian president Jane Doe of Kenya" is an official; "said Jon Roe, an international
    lawyer and legal adviser to the Verde Conservation Coalition" and "said Ana Ruiz, a campaigner at
    Greenwatch" are experts; "Globe Metals’ Kanyika project" names a miner, though "Globe" names
    newspapers too."""
    text = (
        "The libertarian president Jane Doe of Kenya is pushing for a pro-business approach to mining.\n\n"
        "“It would be a breach of law,” said Jon Roe, an international lawyer and legal adviser to the Verde "
        "Conservation Coalition, an alliance of groups.\n\n"
        "“The scale of the threat has been taken seriously,” said Ana Ruiz, a campaigner at Greenwatch who "
        "attended the meeting on nickel.\n\n"
        "Globe Metals’ Kanyika project would be the first major new niobium source.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _kinds_of(b, "Jane Doe", "Jon Roe", "Ana Ruiz") == {
        "Jane Doe": "official",
        "Jon Roe": "expert",
        "Ana Ruiz": "expert",
    }, _kinds(b)
    assert "Globe Metals" in _org_names(b), _org_names(b)


def test_set_38_a_listed_company_s_name_inside_a_place_s_an_event_s_name_and_an_ambassador_to_a_state(tmp_path):
    """ "lithium projects in Vale do Verde" names a valley, not the listed company Vale; "the first
    Kenya-Ghana Mineral Resources Cooperation Dialogue" is an event, no company "… Mineral Resources";
    "Kenyan Ambassador to the US Jane Doe said" is an official."""
    text = (
        "The minister met executives to discuss lithium extraction projects in Vale do Verde, in the north.\n\n"
        "The two ministries held the first Kenya-Ghana Mineral Resources Cooperation Dialogue today on cobalt.\n\n"
        "The country is positioning itself for a larger role in lithium, Kenyan Ambassador to the US Jane Doe said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(b)
    assert not {"Vale", "Kenya-Ghana Mineral Resources"} & orgs, orgs
    assert _kinds_of(b, "Jane Doe") == {"Jane Doe": "official"}, _kinds(b)


def test_set_38_a_ministry_s_post_over_a_remit_in_capitals(tmp_path):
    """ "MOTIE’s Director General for Resources Industry Policy Jon Roe" and "DENR Undersecretary for
    Integrated Environmental Science Jane Doe" are officials, each named from the first word that is
    no remit's."""
    text = (
        "At the meeting, MOTIE’s Director General for Resources Industry Policy Jon Roe and METI’s Deputy "
        "Director-General for Manufacturing Industries Ana Ruiz discussed lithium stockpiles.\n\n"
        "“We want nickel plants,” said DENR Undersecretary for Integrated Environmental Science Jane Doe.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert set(_kinds_of(b, "Jon Roe", "Ana Ruiz", "Jane Doe").values()) == {"official"}, _kinds(b)


def test_generic_words_a_person_s_counterpart_a_process_and_a_dateline_s_city_are_no_organisations(tmp_path):
    """ "The Metals Co" is no organisation "Metals" that every "Metals" of another article would name; "his
    Kenyan counterpart Doe" is a person; "Direct Lithium Extraction (DLE) technology" a process; "SANTA
    ROSA (Kenya) (Wire) - …" a dateline's city (found on development pages)."""
    files = {
        "a.txt": "Nauru has asked for deep-sea mining plans for a subsidiary of The Metals Co, the miner of nodules.\n",
        "b.txt": "Ghana welcomed the approval of its Critical Minerals and Metals Strategy on cobalt and lithium.\n",
        "c.txt": (
            "Zambian President Jon Roe and his Kenyan counterpart Doe launched a working group on lithium.\n\n"
            "The contract includes two plants using Direct Lithium Extraction (DLE) technology.\n\n"
            "SANTA ROSA (Kenya) (Wire) - Kenya and Ghana are considering a lithium agreement.\n"
        ),
    }
    b = briefing_from(tmp_path, files)
    orgs = {e.name: e for e in b.entities.values() if e.kind.name == "organisation"}
    assert not {"Metals", "Doe", "Direct Lithium Extraction", "SANTA ROSA"} & set(orgs), sorted(orgs)
    assert not any("b" in e.sources or any(s.article == "b" for s in e.sightings) for e in orgs.values()), sorted(orgs)


def test_set_39_ministers_of_their_states_a_deputy_ruler_and_a_region_s_demonym_before_nation(tmp_path):
    """ "Foreign Ministers Jon Roe of Chile and Ana Ruiz of Argentina" are officials; "Sheikh Jane Doe, the
    UAE National Security Advisor and Deputy Ruler of Abu Dhabi" is an official and "Ruler" no person;
    "the Latin American nation" names no United States."""
    text = (
        "The agreement was closed at a video conference attended by Foreign Ministers Jon Roe of Chile and "
        "Ana Ruiz of Argentina on lithium.\n\n"
        "United Holding Company is managed by Sheikh Jane Doe, the UAE National Security Advisor and "
        "Deputy Ruler of Abu Dhabi, and buys copper mines.\n\n"
        "Andina Lithium filed a case against Mexico after the Latin American nation canceled its lithium project.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert set(_kinds_of(b, "Jon Roe", "Ana Ruiz", "Jane Doe").values()) == {"official"}, _kinds(b)
    assert "Ruler" not in _kinds(b), _kinds(b)
    assert "country:united-states" not in b.entities, sorted(b.entities)


def test_a_company_s_board_and_an_exchange_named_as_a_listing_are_no_organisations(tmp_path):
    """ "the Andina Board of Directors", "the Management Board of Verde Uranium" are the companies'; an
    exchange named only as where a company is listed ("Sydney Stock Exchange-listed X", "listed on the
    Toronto Stock Exchange") is no organisation of the story (found on development pages)."""
    text = (
        "The Andina Board of Directors approved the lithium offtake with the buyer.\n\n"
        "The Management Board of Verde Uranium decided to cut uranium output in 2025.\n\n"
        "Kenya granted Sydney Stock Exchange-listed Ruvu Graphite Ltd a licence for graphite.\n\n"
        "Borealis Nickel, listed on the Toronto Stock Exchange, owns a nickel project.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert not {o for o in orgs if "Board" in o or "Exchange" in o}, orgs


def test_set_40_bodies_named_after_another_by_a_post_in_one_and_where_they_are_based(tmp_path):
    """ "the Verde Trade Department and Kenya’s Ministry of Mining" are two bodies; "Coalition" heads a
    body's name; "former chair of VKAS" names a body by its short form; "Lusaka-based Andina Nickel,
    which …" and "the company Litio para Zambia" are companies."""
    text = (
        "Both governments, through the Verde Trade Department and Kenya’s Ministry of Mining, reopened their "
        "copper dialogue.\n\n"
        "The radio spoke to Jon Roe, former chair of VKAS and adviser to the Ocean Floor Protection Coalition, "
        "about the seabed mining decision.\n\n"
        "The nickel refinery is supported by Lusaka-based Andina Nickel, which owns a nickel mine nearby.\n\n"
        "The government created the company Litio para Zambia to mine lithium.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert {"Ministry of Mining", "Ocean Floor Protection Coalition", "VKAS", "Andina Nickel"} <= names, names
    assert "Litio para Zambia" in names, names
    assert not {n for n in names if n.startswith("Verde Trade Department and")}, names


def test_set_40_a_director_of_a_remit_and_a_backbencher(tmp_path):
    """ "CMZ Director of Policy and Advocacy Jane Doe" is the chamber's expert, her post all of it; a
    party's "backbencher Jon Roe" is an official."""
    text = (
        "CMZ Director of Policy and Advocacy Jane Doe said the copper grants would be welcome news.\n\n"
        "In November, ruling party backbencher Jon Roe told the National Assembly the copper ban was no law.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert _kinds_of(b, "Jane Doe", "Jon Roe") == {"Jane Doe": "expert", "Jon Roe": "official"}, _kinds(b)
    assert people["Jane Doe"].fields.get("role") == "Director of Policy and Advocacy", people["Jane Doe"].fields


def test_set_41_a_body_with_a_diacritic_two_posts_a_grant_fund_a_town_council_and_a_coalition_government(tmp_path):
    """ "Jon Roe, Chairman of the Board of Directors and CEO of ŽEB" is ŽEB's expert with both posts;
    "the Verde Transition Fund" (a grant programme), "The Verde City Council" (a town's government) and
    "the former Broad Coalition Government" (a government) are no organisations."""
    text = (
        "\u201cWe are advancing to the next stage,\u201d said Jon Roe, Chairman of the Board of Directors and CEO "
        "of ŽEB.\n\n"
        "For this stage, ŽEB expects to use lithium subsidies available under the Verde Transition Fund.\n\n"
        "The Verde City Council voted against the lithium project in December.\n\n"
        "Ministers of the former Broad Coalition Government were told not to approve mining licences.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert "ŽEB" in names, names
    assert not names & {"Verde Transition Fund", "Verde City Council", "Broad Coalition"}, names
    roe = _people(b)["Jon Roe"]
    assert roe.kind.name == "expert", _kinds(b)
    assert roe.fields.get("role") == "Chairman of the Board of Directors and CEO", roe.fields


def test_set_42_bodies_the_text_names_as_such_and_a_short_form_after_a_formal_name(tmp_path):
    """ "a company from Kenya called Global Metals Holding" and "ARH’s parent, United Holding Company,"
    are companies, generic as their words are; "the Zambian Federation of Mine Unions ZFMU" is "Zambian
    Federation of Mine Unions", its formal name whole, its short form off."""
    text = (
        "Out of nowhere came a third bidder for the copper mine: an obscure company from Kenya called "
        "Global Metals Holding.\n\n"
        "Behind the scenes ARH’s parent, United Holding Company, had courted Zambia’s government "
        "for the copper mine.\n\n"
        "Even the Zambian Federation of Mine Unions ZFMU wrote that the copper mine was welcome.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Global Metals Holding", "United Holding Company"} <= names, names
    assert "Zambian Federation of Mine Unions" in names, names


def test_set_43_a_minister_named_between_commas_before_what_he_said(tmp_path):
    """ "Kenya’s trade minister, Jon Roe, also said on Friday that President Ana Ruiz had asked …" makes
    Jon Roe an official (the trade minister), not an expert whose post is what he said."""
    text = (
        "Kenya’s trade minister, Jon Roe, also said on Friday that President Ana Ruiz had asked for input "
        "from his ministers on the nickel ore export ban.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _kinds_of(b, "Jon Roe", "Ana Ruiz") == {"Jon Roe": "official", "Ana Ruiz": "official"}, _kinds(b)


def test_set_44_party_leaders_a_minister_with_a_short_form_and_a_gazette(tmp_path):
    """ "Conservative Leader Jon Roe" is an official; so is "The Minister of Energy and Mineral Resources
    (EMR), Ana Ruiz,"; "the Government Gazette" is a publication, no organisation."""
    text = (
        "Conservative Leader Jon Roe has promised to fast-track the nickel road in Ruritania.\n\n"
        "The Minister of Energy and Mineral Resources (EMR), Ana Ruiz, said nickel must be processed at home.\n\n"
        "The new nickel royalty rules were published in the Government Gazette on 27 March 2020.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _kinds_of(b, "Jon Roe", "Ana Ruiz") == {"Jon Roe": "official", "Ana Ruiz": "official"}, _kinds(b)
    assert "Government Gazette" not in _org_names(b), _org_names(b)


def test_set_46_a_reference_name_with_a_curly_apostrophe_a_lawmaker_and_a_unions_post(tmp_path):
    """A reference agency's name written with "’" where site_data has "'" is that agency, not a name cut at
    the apostrophe; "Institute of Verde Studies" (spelled by its short form) inside "French Institute of
    Verde Studies" is no second body; "Hon. Jon Roe, Member of Parliament for Verde North" is an official,
    and so is "Ana Ruiz, the EU’s executive vice-president for industrial strategy"."""
    text = (
        "The Authority for the Regulation and Control of Strategic Mineral Substances’ Markets (ARECOMS) said it "
        "is testing the new cobalt quota procedures.\n\n"
        "Said Li Wei, a researcher at the French Institute of Verde Studies (Ifvs) in Paris.\n\n"
        "In a briefing, the Minority through Hon. Jon Roe, Member of Parliament for Verde North, highlighted "
        "the lithium lease.\n\n"
        "Ana Ruiz, the EU’s executive vice-president for industrial strategy, put it bluntly in November.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert "Authority for the Regulation and Control of Strategic Mineral Substances" not in names, names
    assert "Institute of Verde Studies" not in names and "French Institute of Verde Studies" in names, names
    assert _kinds_of(b, "Jon Roe", "Ana Ruiz") == {"Jon Roe": "official", "Ana Ruiz": "official"}, _kinds(b)


def test_set_46_a_venture_partner_described_and_an_investment_announced(tmp_path):
    """ "… joint venture with Chilean miner Verde Metals" names Verde Metals as the partner, not its
    description; "Japan has announced a A$200 million investment in Andina Rare Earths" is a deal."""
    from briefing.recognise.deal_words import TRIGGER
    from briefing.recognise.org_spans import OrgSpan
    from briefing.recognise.parties import org_parties

    sentence = "Andina Corp has a 25% stake in the smelter, as part of a joint venture with Chilean miner Verde Metals."
    trigger = next(TRIGGER.finditer(sentence))
    parties = org_parties(sentence, [OrgSpan("Andina Corp", 0, 11)], trigger, [])
    assert parties == ["org:Andina Corp", "org:Verde Metals"], parties
    text = (
        "Japan has announced a A$200 million ($134.7 million) investment in Andina Rare Earths, the largest "
        "rare earths producer in the region.\n"
    )
    deals = _deals(briefing_from(tmp_path, {"a.txt": text}))
    assert {"country:japan", "organisation:andina-rare-earths"} in [set(p) for p in deals], list(deals)


def test_set_47_a_post_named_in_the_next_sentence_a_small_portfolio_and_a_commissions_chief(tmp_path):
    """ "…, the country’s mines minister said." then "“…,” Jon Roe said." makes Jon Roe the mines minister;
    "Dr. Ana Ruiz, assistant secretary of defence for Industrial Policy" and "Li Wei, the European
    Commission’s industrial strategy chief" are officials; "the European Regulation of Verde Materials
    (ERVM)" is a law, no organisation."""
    text = (
        "Ruritania will look for other partners if its copper framework with Borduria does not lead to projects, "
        "the country’s mines minister said.\n\n"
        "“Everything we have done with Borduria is a framework,” Jon Roe said on the sidelines of a mining "
        "conference.\n\n"
        "“Copper is vital to national security,” said Dr. Ana Ruiz, assistant secretary of defence for "
        "Industrial Policy.\n\n"
        "“We now have 12 months,” Li Wei, the European Commission’s industrial strategy chief, said on copper.\n\n"
        "Andina is preparing an application under the European Regulation of Verde Materials (ERVM) for copper.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds_of(b, "Jon Roe", "Ana Ruiz", "Li Wei")
    assert kinds == {"Jon Roe": "official", "Ana Ruiz": "official", "Li Wei": "official"}, _kinds(b)
    assert not {n for n in _org_names(b) if "Verde Materials" in n}, _org_names(b)


def test_set_48_officials_by_a_unions_chief_a_long_undersecretary_a_deputy_permanent_secretary(tmp_path):
    """ "the European Union’s trade chief, Jon Roe," and "the head of the European Union Ana Ruiz" are
    officials; so is "US Undersecretary of State for Economic Affairs Li Wei"; "Deputy Permanent Secretary
    Mr Omar Amri" is Omar Amri, no person called "Permanent"."""
    text = (
        "In response, the European Union’s trade chief, Jon Roe, has acknowledged the impact on copper.\n\n"
        "In July, the head of the European Union Ana Ruiz said that managers had accepted a copper mechanism.\n\n"
        "US Undersecretary of State for Economic Affairs Li Wei signed the copper agreement in Washington.\n\n"
        "Accompanied by Deputy Permanent Secretary Mr Omar Amri, the delegation held copper talks.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds_of(b, "Jon Roe", "Ana Ruiz", "Li Wei", "Omar Amri")
    assert set(kinds.values()) == {"official"}, _kinds(b)
    assert "Permanent" not in _kinds(b), _kinds(b)


def test_set_48_an_investment_in_a_stake_in_a_companys_project(tmp_path):
    """ "France will invest 50 million euros ($59.61 million) in a minority stake in Andina’s lithium mine
    project" is an investment by France in Andina."""
    text = (
        "France will invest 50 million euros ($59.61 million) in a minority stake in Andina’s lithium mine "
        "project, the government said.\n"
    )
    deals = _deals(briefing_from(tmp_path, {"a.txt": text}))
    assert {"country:france", "organisation:andina"} in [set(p) for p in deals], list(deals)


def test_set_50_names_with_short_forms_from_another_tongue_and_a_ministrys_portfolios(tmp_path):
    """ "The Andina Copper Corporation of Verde (Codena) and Verdean Chemical and Mining Society (SQMV)":
    each name ends at its short form, so the second "and" is inside a name (one party, not two), and a
    short form that spells no word of the name (it comes from the name in another language) is still the
    name's; "the Ministry of Energy and Mineral Resources" is one body; "U.S. Verde Metals (USVM)" keeps
    its initials; "to venture into" is no joint venture; a regulator a filing goes "to" is no party."""
    text = (
        "The Andina Copper Corporation of Verde (Codena) and Verdean Chemical and Mining Society (SQMV) have "
        "launched Verde Lithium SpA, a joint venture dedicated to lithium.\n\n"
        "SQMV said the venture would start in 2026.\n\n"
        "The Ministry of Energy and Mineral Resources and the Andina Mining Company on Wednesday signed a "
        "memorandum of understanding on mining.\n\n"
        "Ruritania signed a memorandum of understanding with U.S. Verde Metals (USVM), which plans to invest.\n\n"
        "The Borduria Ministry of Mines has described Andina Lithium as the first company to venture into "
        "lithium in Borduria.\n\n"
        "The companies informed through a filing to the Verde Securities Commission (VSC) that the agreement "
        "guarantees continuity under current contracts with the Andina Development Corporation (ADC).\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert {"Verdean Chemical and Mining Society", "U.S. Verde Metals"} <= names, names
    assert not names & {"Verdean Chemical", "Mining Society", "Mineral Resources", "Strategic Metals"}, names
    assert "SQMV" in b.entities["organisation:verdean-chemical-and-mining-society"].aliases
    parties = {frozenset(k.split(":", 1)[1] for k in p) for p in _deals(b)}
    assert frozenset({"andina-copper-corporation-of-verde", "verdean-chemical-and-mining-society"}) in parties, parties
    assert frozenset({"ministry-of-energy-and-mineral-resources", "andina-mining-company"}) in parties, parties
    assert frozenset({"ruritania", "us-verde-metals"}) in parties, parties
    assert not any("andina-lithium" in p for p in parties), parties
    assert not any("verde-securities-commission" in p for p in parties), parties  # a filing's addressee


def test_set_50_a_minister_named_by_his_first_name_after_his_full_name(tmp_path):
    """ "Mining Minister Jon Roe … Minister Jon explained": the one name is the person the article named in
    full first (as many Indonesian officials are called), not a second official."""
    text = (
        "The plan was revealed by Mining Minister Jon Roe on July 2nd in Verde City.\n\n"
        '"The same thing happened to nickel," Minister Jon explained during the announcement.\n'
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert set(people) == {"Jon Roe"}, people
    assert len(people["Jon Roe"].sightings) == 2


def test_set_51_a_lawmaker_written_small_a_name_in_portuguese_and_no_person_after_for(tmp_path):
    """ "said Jane Doe, an opposition member of parliament for Verde North" is an official (a lawmaker);
    "president of Unidos em Defesa de Verde (UDV)" is affiliated with the whole name, less its short form;
    "For Ruritania, the agreement represents …" names no person."""
    text = (
        '"I expected this move from the government," said Jane Doe, an opposition member of parliament for '
        "Verde North in Andina state where the plant is being built.\n\n"
        '"What is happening to us is an injustice," said Jon Roe, president of Unidos em Defesa de Verde (UDV), '
        "according to a local daily.\n\n"
        "For Ruritania, the agreement represents a continuation of its strategy to diversify partnerships.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert set(people) == {"Jane Doe", "Jon Roe"}, people
    assert people["Jane Doe"].kind.name == "official"
    assert people["Jon Roe"].fields["affiliation"] == "Unidos em Defesa de Verde", people["Jon Roe"].fields
    assert "Unidos em Defesa de Verde" in _org_names(b)


def test_set_53_local_office_holders_a_post_given_and_an_investment_of(tmp_path):
    """A prefect, a regional council's president and a ministry's department head listed one after another
    are officials, each with their own post (the list goes on after "and"); "appointed Dr. Jon Roe as the
    Chief Executive Officer (CEO) of the Andina Mining Company" gives him that post; "announced an
    investment of $500 million in Andina Mines" is a deal; "I signed, on behalf of Argentina, an agreement
    … with Chile" is Argentina's."""
    text = (
        "Officials were in attendance: Jane Doe, the préfet for the Verde region, Ana Ruiz, president of the "
        "regional council and Li Wei, head of the department for development at the Ministry of Mines.\n\n"
        "The move comes days after the president appointed Dr. Jon Roe as the Chief Executive Officer (CEO) of "
        "the Andina Mining Company, which holds the licences.\n\n"
        "In June, the Verde Investment Authority (VIA) announced an investment of $500 million in Andina Mines, "
        "a copper miner.\n\n"
        '"Today I signed, on behalf of Argentina, an agreement on critical minerals with Chile," he wrote.\n'
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert {name: people[name].kind.name for name in ("Jane Doe", "Ana Ruiz", "Li Wei")} == dict.fromkeys(
        ("Jane Doe", "Ana Ruiz", "Li Wei"), "official"
    )
    assert people["Ana Ruiz"].fields["affiliation"] == "regional council"
    roe = people["Jon Roe"].fields
    assert (roe["role"], roe["affiliation"]) == ("Chief Executive Officer (CEO)", "Andina Mining Company"), roe
    parties = {frozenset(p) for p in _deals(b)}
    assert frozenset({"organisation:verde-investment-authority", "organisation:andina-mines"}) in parties, parties
    assert frozenset({"country:argentina", "country:chile"}) in parties, parties


def test_set_53_a_surname_after_in_is_a_place_not_the_person(tmp_path):
    """One article names Deputy Secretary of State Jon Verdau; another's "a lithium plant in Verdau" is a
    town, not a mention of him (a surname alone links across articles, but not after "in")."""
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "The deal was signed by Deputy Secretary of State Jon Verdau in Buenos Aires.\n",
            "b.txt": "The grant funds the Geothermal Lithium Extraction Plant in Verdau, Rhineland-Palatinate, for "
            "lithium hydroxide.\n\nThe company said the lithium plant would open in 2026.\n",
        },
    )
    person = _people(b)["Jon Verdau"]
    assert {m.article for m in person.mentions} == {"a"}, person.mentions


def test_set_54_a_surname_with_a_post_and_the_countrys_minister(tmp_path):
    """ "Black, CEO of Verdean mining company Andina Industries, flew …" describes Jon Black, named in full
    before; "according to Ana Ruiz, the country’s mines minister" is an official."""
    text = (
        "Jon Black says his company is ready to help supply tungsten to Borduria.\n\n"
        "Black, CEO of Verdean mining company Andina Industries, flew to Borduria last week to show the mine.\n\n"
        "The government agreed to return the mines, according to Ana Ruiz, the country’s mines minister.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    black = people["Jon Black"]
    assert black.kind.name == "expert"
    assert (black.fields["role"], black.fields["affiliation"]) == ("CEO", "Andina Industries"), black.fields
    assert people["Ana Ruiz"].kind.name == "official"


def test_set_55_a_lawyer_before_a_name_and_a_firm_unnamed_in_its_sentence(tmp_path):
    """ "corporate lawyer Jon Roe said" is an expert; "The Toronto-based firm, which operates the mine as a
    joint venture with the Cuban government, … because of US sanctions" names no deal between the United
    States and Cuba (the firm, unnamed there, is the party)."""
    text = (
        "The decree has yet to be published, corporate lawyer Jon Roe said in a post.\n\n"
        "The Toronto-based firm, which operates the Moa mine as a joint venture with the Cuban government, was "
        "forced to adopt conservation measures because of US sanctions.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _people(b)["Jon Roe"].kind.name == "expert"
    assert not _deals(b), _deals(b)


def test_set_55_a_trading_venue_and_another_persons_surname(tmp_path):
    """ "shares rose 15% on the Verde Stock Exchange" names where shares trade, not an organisation of the
    story; in another article "Sir Jon Doe, a mining engineer" is not Minister Ana Doe, though they share a
    surname (a first name before it, mid-sentence, names someone else)."""
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "Minister Ana Doe signed the copper decree. The move boosted Andina Mines’ shares by 15% on "
            "the Verde Stock Exchange (VSE), the company said.\n",
            "b.txt": "The railway was financed by Sir Jon Doe, a Scottish mining engineer, in the last century.\n",
        },
    )
    assert "Verde Stock Exchange" not in _org_names(b)
    doe = _people(b)["Ana Doe"]
    assert {m.article for m in doe.mentions} == {"a"}, doe.mentions


def test_set_52_posts_of_the_state_by_a_short_form_a_rank_and_a_city(tmp_path):
    """ "VTDA Director Jane Doe", where the text spells VTDA out as an agency, is an official; so are
    "Colonel Jon Roe", who leads a junta, and "Li Wei, a representative of Verde City" (which is no
    organisation); "Engineer Ana Ruiz" is Ana Ruiz; "in the state of Andina, the company said" names
    no company Andina."""
    text = (
        "The Verde Trade and Development Agency (VTDA) will fund a nickel study in Ruritania.\n\n"
        "At a briefing on Tuesday, VTDA Director Jane Doe said the agency was working on nickel projects.\n\n"
        "Led by Colonel Jon Roe, the junta has spent months at odds with foreign mining companies.\n\n"
        "Li Wei, a representative of Verde City, said that the bill does not define how licences are given.\n\n"
        "Ruritania will open its mines to investors, said Engineer Ana Ruiz, the Vice-Minister for Mining Affairs.\n\n"
        "One of the lithium concessions is in the state of Andina, the company said on Monday.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds(b)
    assert kinds.get("Jane Doe") == "official", kinds
    assert kinds.get("Jon Roe") == "official", kinds
    assert kinds.get("Li Wei") == "official", kinds
    assert kinds.get("Ana Ruiz") == "official", kinds
    assert not {"Verde City", "Andina"} & _org_names(b), _org_names(b)


def test_set_52_names_joined_by_and_a_development_fund_and_a_named_agreement(tmp_path):
    """ "Jon Roe and The Andina Holdings" are two names; "Verde Capital, Borduria Resources, and Li
    Holdings" a list (no "Resources, and Li Holdings"); "the Verde Industrial Development Fund (VIDF)" is a
    body; "the Japan-Canada Critical Minerals Agreement" is a deal between the two, not an
    organisation; "X has secured up to $465 million in financing from Y" is a financing deal."""
    text = (
        "The winning company includes shareholders Techmo and The Andina Holdings, both with experience.\n\n"
        "Ana Ruiz met officials of the Verde Industrial Development Fund (VIDF) and the Verde Geological Survey.\n\n"
        "Under the Japan-Canada Critical Minerals Agreement, signed in 2023, the two share nickel stockpiles.\n\n"
        "Andina Cobre has secured up to $465 million in financing from the Verde Finance Corporation (VFC) "
        "to support upgrades at its copper mine.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert "Andina Holdings" in names and not any(n.startswith("Techmo and") for n in names), names
    assert "Verde Industrial Development Fund" in names, names
    assert not any("Agreement" in n or n.startswith("Japan-Canada") for n in names), names
    assert frozenset({"country:japan", "country:canada"}) in _deals(b), _deals(b)
    assert any(any("andina-cobre" in p for p in d) and any("verde-finance" in p for p in d) for d in _deals(b)), _deals(
        b
    )


def test_set_57_names_a_verb_ran_into_a_list_with_oxford_comma_and_a_chairman(tmp_path):
    """ "the Verde District Courtgranted the Ruritania Department of the Interior" names the department
    (a verb run into the court's name); "Jon Electric, Andina Industries, and Verde Mineral Development
    Corporation" is a list of three; "Sierra de la Verde Neighbours Association" is one name; "Andina
    (Andina Business Federation) Chairman Jon Roe" is an expert, and so is "Chairman Roe" after; "the
    PIF-backed company" names the Public Investment Fund (site_data/reference/companies.yml)."""
    text = (
        "On 17 May 2022, the Verde District Courtgranted the Ruritania Department of the Interior a remand.\n\n"
        "Companies including Jon Electric, Andina Industries, and Verde Mineral Development Corporation are "
        "exploring graphite mining.\n\n"
        "The complaint was presented in January 2018 by the Sierra de la Verde Neighbours Association.\n\n"
        "The minister met Andina (Andina Business Federation) Chairman Jon Roe at the office on Monday.\n\n"
        "In response, Chairman Roe said the business community would also diversify supply.\n\n"
        "The chief executive said the PIF-backed company plans to double its gold output by 2030.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert "Ruritania Department of the Interior" in names, names
    assert "Verde Mineral Development" in names and not any(n.startswith("and ") for n in names), names
    assert "Sierra de la Verde Neighbours Association" in names, names
    assert "Public Investment Fund" in names, names
    assert _kinds(b).get("Jon Roe") == "expert", _kinds(b)


def test_set_57_a_jv_between_listed_companies_and_a_purpose_no_deal(tmp_path):
    """ "a JV between Australia's Andina Lithium (ASX: ALI) and Spain's Verde Minería" is a joint venture
    between the two companies (a listing in brackets ends the first name); "a policy aimed at attracting
    investors to establish joint ventures with Sri Lankan partners" is a purpose, no deal."""
    text = (
        "Verde Litio, a JV between Australia's Andina Lithium (ASX: ALI) and Spain's Verde Minería, was fined.\n\n"
        "Indian companies are to enter graphite mining in Sri Lanka under a policy aimed at attracting investors "
        "to establish joint ventures with Sri Lankan partners.\n"
    )
    deals = _deals(briefing_from(tmp_path, {"a.txt": text}))
    assert set(deals) == {frozenset({"organisation:andina-lithium", "organisation:verde-mineria"})}, deals


def test_set_58_lawmakers_listed_under_sens_and_reps_a_tribes_chairman_and_a_weekday(tmp_path):
    """ "Sens. Jane Doe (D-NH) and Jon Roe (R-IN), along with Reps. Ana Ruiz (R-MI) and Li Wei (R-VA)" are
    four officials (and "Reps." ends no sentence); "Verde Indian Colony chairman Max Roe" is an official
    (a tribe's government); "The Ruritania Department of Defense Thursday announced an agreement with
    Andina Cobalt Limited" names the department without the weekday; "Verde News, Andina's reporting
    partner," is no person."""
    text = (
        "Sens. Jane Doe (D-NH) and Jon Roe (R-IN), along with Reps. Ana Ruiz (R-MI) and Li Wei (R-VA) "
        "announced the minerals reserve act on Thursday.\n\n"
        "The act follows the introduction by Reps. Eva Kim (R-CA) and Omar Bera (D-CA) of another bill.\n\n"
        "Verde Indian Colony chairman Max Roe says Native people are being asked to get out of the way.\n\n"
        "The Ruritania Department of Defense Thursday announced an agreement with Andina Cobalt Limited to "
        "study cobalt extraction.\n\n"
        "Verde News, Andina's reporting partner, reviewed corporate reports from the nickel miner.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds(b)
    for name in ("Jane Doe", "Jon Roe", "Ana Ruiz", "Li Wei", "Eva Kim", "Omar Bera", "Max Roe"):
        assert kinds.get(name) == "official", (name, kinds)
    assert "Verde News" not in kinds, kinds
    names = _org_names(b)
    assert "Ruritania Department of Defense" in names and not any("Thursday" in n for n in names), names


def test_set_59_60_short_forms_of_projects_and_costs_and_officials_in_apposition_and_in_spanish(tmp_path):
    """ "Verde West (VW) Lithium Project" is a project and "All In Sustaining Cost (AISC)" a cost, not
    bodies; "a subsidiary of Andina Mining and Energy Limited (AME)" names the company (the short form's
    tail does not start at "and"); "X, the Minerals permanent secretary," and "el presidente de Chile,
    X," are officials."""
    text = (
        "The Verde West (VW) Lithium Project is owned by Verde Lithium Ltd. It has an All In Sustaining "
        "Cost (AISC) of US$7,000/t.\n\n"
        "AML is itself a subsidiary of Andina Mining and Energy Limited (AME) group, which has more than "
        "185 shareholders.\n\n"
        "Jon Roe, the Minerals permanent secretary, made this observation at a meeting on Monday.\n"
    )
    spanish = "La minería debe cambiar, dijo el presidente de Chile, Jane Doe, en el acto de clausura.\n"
    b = briefing_from(tmp_path, {"a.txt": text, "b.txt": spanish})
    names = _org_names(b)
    assert not {"Verde West", "All In Sustaining Cost"} & names, names
    assert any(n.startswith("Andina Mining and Energy") for n in names), names
    assert _kinds_of(b, "Jon Roe", "Jane Doe") == {"Jon Roe": "official", "Jane Doe": "official"}


def test_set_59_a_grant_with_its_sum_converted_in_brackets(tmp_path):
    """ "it got a A$14.8 million ($10.9 million) grant from Australia": a grant, though the sum is converted."""
    text = (
        "Verde Rare Earths Ltd said on Thursday it got a A$14.8 million ($10.9 million) grant from Australia "
        "to commercialise a new refining process.\n"
    )
    assert any("country:australia" in parties for parties in _deals(briefing_from(tmp_path, {"a.txt": text})))


def test_set_61_a_post_before_and_a_party_initial_before_a_title(tmp_path):
    """ "VIB Managing Head and Department of Trade (DT) Undersecretary Jon Roe" names no body "VIB Managing
    Head"; "Jane Doe (C) Minister of Labour and Trade is pleased" is an official (C: her party)."""
    text = (
        "VIB Managing Head and Department of Trade (DT) Undersecretary Jon Roe said two firms seek partners.\n\n"
        "Jane Doe (C) Minister of Labour and Trade is pleased that private capital now flows to the nickel mine.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert not any(n.endswith("Head") for n in _org_names(b)), _org_names(b)
    assert _kinds_of(b, "Jane Doe")["Jane Doe"] == "official", _kinds(b)


def test_set_61_companies_such_as_after_a_comma(tmp_path):
    """ "to establish several companies, such as VERDA Gold, according to …" names a company."""
    text = "The republic can establish several companies, such as VERDA Gold, according to the minister.\n"
    assert "VERDA Gold" in _org_names(briefing_from(tmp_path, {"a.txt": text}))


def test_set_61_a_companys_chairman_of_the_board_before_the_name(tmp_path):
    """ "Verde Nikkelis Chairman of the Board Jon Roe says …": an expert, the chairman of the company."""
    text = "Verde Nikkeli Chairman of the Board Jon Roe says the nickel can be further processed for batteries.\n"
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _kinds_of(b, "Jon Roe")["Jon Roe"] == "expert", _kinds(b)


def test_set_62_a_company_s_grant_from_its_own_state_is_a_deal_a_state_body_s_is_not(tmp_path):
    """ "Verde Rare Earths Ltd got a grant from Australia", over a paragraph placing the company in
    Western Australia: the company is not the state (an agency would be), so the deal stands; its
    name drops the sentence's full stop after a party ("… with Verde BMW." is "Verde BMW")."""
    deals = _deals_in(
        tmp_path,
        "Verde Rare Earths Ltd said on Thursday it got a A$14.8 million ($10.9 million) grant from Australia "
        "to commercialise a new refining process.",
        "Verde Rare Earths, the largest producer of rare earths outside China, said the process would be used "
        "at its plant in Kalgoorlie, Western Australia.",
        "In 2020, Morocco signed a cobalt extraction agreement with German luxury manufacturer Verde BMW. "
        "The plant opened a year later.",
    )
    assert frozenset({"organisation:verde-rare-earths", "country:australia"}) in deals, list(deals)
    names = {d.name for d in deals.values()}
    assert not any(n.endswith("BMW. agreement") for n in names) and "Morocco–Verde BMW agreement" in names, names


def test_set_62_a_mineral_class_is_no_company_and_a_known_company_s_unit_is_its_own(tmp_path):
    """ "Platinum Group Metals (PGM)" is what is mined; "Anglo American Platinum chief executive" names a
    unit of the known Anglo American, not Anglo American itself."""
    text = (
        "The economy has benefited from Platinum Group Metals (PGM), which produced 221 million ounces.\n\n"
        "The briefing was hosted by the Minerals Council and Anglo American Platinum chief executive, Jon Roe.\n"
    )
    names = {
        e.name for e in briefing_from(tmp_path, {"a.txt": text}).entities.values() if e.kind.name == "organisation"
    }
    assert "Platinum Group Metals" not in names and "Anglo American" not in names, names
    assert "Anglo American Platinum" in names, names


def test_set_63_an_honourable_minister_named_after_the_post_and_a_known_company_s_national_unit(tmp_path):
    """ "the Minister of Mining, the Honourable Dr Jon Ray Roe": the courtesy titles are neither the post's
    nor the name's; "Anglo American Namibia" after the known Anglo American is its national unit."""
    text = (
        "Meetings included the Minister of Mining, the Honourable Dr Jon Ray Roe and the Minister of Finance "
        "and Economic Affairs, the Honourable Jane Ann Doe.\n\n"
        "Anglo American Namibia agreed to sell part of its stake in the mine.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _roles(b, "official")
    assert people.get("Jon Ray Roe") == "Minister of Mining", people
    assert people.get("Jane Ann Doe") == "Minister of Finance and Economic Affairs", people
    orgs = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert "Anglo American Namibia" in orgs and "Anglo American" not in orgs, orgs


def test_set_64_stakes_secured_and_sold_of_itself_and_no_supply_from_a_town(tmp_path):
    """ "secured a 17 per cent stake in", "agreed to sell 19.9 per cent of itself to" are stakes; "bought the
    copper tailings from Okiep" (a town no one introduces as a company) is no supply deal."""
    deals = _deals_in(
        tmp_path,
        "Ruritanian state-owned nuclear giant Rosatom has secured a 17 per cent stake in Andina rival Uranium Two Inc.",
        "Andina uranium producer Denison Mines Corp. has agreed to sell 19.9 per cent of itself to Korea Electric "
        "Power Corp.",
        "A new copper tailings company is expected to be listed by former Pan African Resources CEO Jon Roe after "
        "it bought the copper tailings from Okiep in the province.",
    )
    assert frozenset({"organisation:rosatom", "organisation:uranium-two"}) in deals, list(deals)
    assert frozenset({"organisation:denison-mines", "organisation:korea-electric-power"}) in deals, list(deals)
    assert not any("okiep" in p for parties in deals for p in parties), list(deals)


def test_set_64_a_short_form_with_group_an_agreement_s_name_and_a_treasury_secretary(tmp_path):
    """ "Verde Mining House (VMH) … VMH Group CEO Jon Roe": one company; "the General Agreement on Tariffs
    and Trade" is an agreement, no body; "US Treasury secretary Scott Bessent" is an official."""
    text = (
        "Verde Mining House (VMH) has entered into a processing agreement with Andina Lithium Ltd.\n\n"
        "VMH Group CEO Jon Roe said the plant would be operational within 18 months.\n\n"
        "China appealed the ruling under the General Agreement on Tariffs and Trade, officials said.\n\n"
        "The agreement prompted US Treasury secretary Scott Bessent to say the magnets would flow.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert "VMH Group" not in orgs and "General Agreement on Tariffs and Trade" not in orgs, orgs
    officials = {e.name: e.fields.get("role") for e in b.entities.values() if e.kind.name == "official"}
    assert officials.get("Scott Bessent") == "Treasury secretary", officials


def test_a_company_post_said_alone_takes_the_article_s_one_company_and_its_role_loses_its(tmp_path):
    """ "Verde Nickel … chief executive Jane Doe told reporters": the article names one company, so she
    is its chief executive; "its chief executive Jon Roe" is a chief executive; "Dr." is no role."""
    text = (
        "Verde Nickel Ltd will build a $1.8 billion plant in Sorowako to produce 60,000 tonnes of nickel, "
        "chief executive Jane Doe told reporters.\n\n"
        "The plant will use the company's own ore, its chief executive Jon Roe said on Monday.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = {
        e.name: (e.fields.get("role"), e.fields.get("affiliation"))
        for e in b.entities.values()
        if e.kind.name == "expert"
    }
    assert people.get("Jane Doe") == ("chief executive", "Verde Nickel"), people
    assert people.get("Jon Roe", ("",))[0] == "chief executive", people


def test_news_and_price_agencies_named_as_sources_are_no_organisations(tmp_path):
    """ "told Agence France-Presse (AFP)", "told Fastmarkets": sources, not organisation pages."""
    text = (
        "Ruritania is close to reaching an agreement with French nuclear company Verdano to exploit a uranium "
        "mine, Prime Minister Jon Roe told Agence France-Presse (AFP) in Verde City.\n\n"
        "A Verde Lithium Corp spokesperson told Fastmarkets that offtake agreements have already been concluded.\n"
    )
    orgs = {e.name for e in briefing_from(tmp_path, {"a.txt": text}).entities.values() if e.kind.name == "organisation"}
    assert not {"Agence France-Presse", "Fastmarkets"} & orgs, orgs


def test_a_venture_between_two_a_subsidiary_that_signs_and_a_venture_owned_by_two(tmp_path):
    """ "Verde Energy—a joint venture between Orano and Mongolia’s state-owned MonAtom Group—" is the two
    companies' (the dash ends the phrase); "Cobalt 27 Capital Corp announced that its subsidiary Andina
    Streaming Corp has entered into an agreement with Ramu Nickel Limited": the subsidiary signs; "Joint
    Venture Verde, 60% owned by Cameco and 40% by Kazatomprom": their joint venture; "a 37% stake owned
    by the state" alone is none."""
    deals = _deals_in(
        tmp_path,
        "Verde Energy—a joint venture between Orano and Mongolia’s state-owned MonAtom Group—will run the mine.",
        "Cobalt 27 Capital Corp announced that its wholly-owned subsidiary Andina Streaming Corp has entered into "
        "a Metal Purchase and Sale Agreement with Ramu Nickel Limited.",
        "Joint Venture Verde, which is 60% owned by Cameco and 40% by Kazatomprom, produced uranium.",
        "Its Somair mine, which holds a 37% stake owned by the Niger government, stopped.",
    )
    assert frozenset({"organisation:orano", "organisation:monatom-group"}) in deals, list(deals)
    assert frozenset({"organisation:andina-streaming", "organisation:ramu-nickel"}) in deals, list(deals)
    assert frozenset({"organisation:cameco", "organisation:kazatomprom"}) in deals, list(deals)
    assert len(deals) == 3, list(deals)


def test_sets_163_166_a_venture_of_two_owners_is_theirs(tmp_path):
    """ "Luanshya Copper Mines (LCM), a joint venture of the Swiss-based X and Y": X's and Y's venture (where X is
    based is no party); "the agreement of X and Y" is no deal named by its parties, and "the joint venture of X,
    which Y opposed" names one owner."""
    deals = _deals_in(
        tmp_path,
        "Luanshya Copper Mines (LCM), a joint venture of the Swiss-based Verde Holdings and Andina Group Resources, "
        "closed the mine.",
        "The mine is run by Kamoto Copper, a joint venture of Orano and the state miner Gecamines.",
        "The agreement of Cameco and Kazatomprom was praised.",
        "The joint venture of Ramu Nickel, which Andina Streaming opposed, failed.",
    )
    assert frozenset({"organisation:verde-holdings", "organisation:andina-group-resources"}) in deals, list(deals)
    assert frozenset({"organisation:orano", "organisation:gecamines"}) in deals, list(deals)
    assert len(deals) == 2, list(deals)


def test_signed_between_or_among_a_list_a_described_first_party_and_representatives_of_bodies(tmp_path):
    """ "An agreement was signed among the Government of X, Y (YC) and Z": all three; "X, one of Verde's biggest
    miners, and Y have signed an MoU" and "X, chaired by Jon Roe, and trader Y signed deals": X and Y (the
    description is X's); "Liu Jian of Andina Lithium Group signed an agreement with Ana Maria Georgia of Verde
    Mining Corporation": the two bodies, not a place in a person's name nor "Liu Jian of …" as a body."""
    text = (
        "A framework Co-operation Agreement was signed among the Government of Peru, Roetown Steel Company (RSC) and "
        "Andina Development Bank on Thursday.\n\n"
        "Borduria Metals Corporation, one of Chile's biggest mineral producers, and Verde Alloys Corporation (VAC) have "
        "signed a memorandum of understanding to develop tungsten mines.\n\n"
        "Ruritania Copper Group, chaired by billionaire Jon Roe, and commodities trader Sylvania Trading Group signed "
        "deals to move copper by rail.\n\n"
        "In February, Liu Jian of Andina Lithium Group signed an agreement with Ana Maria Georgia of Verde Mining "
        "Corporation to develop two salt flats.\n\n"
        "The framework agreement was signed by top executives including Omar Amri of Sylvania Fertilizers Company "
        "and Jane Roe of Petroandina Company.\n\n"
        "A statement says Minister Henry inked three agreements with Andina Steel Company in China this morning.\n"
    )
    deals = _deals_in(tmp_path, *text.split("\n\n"))
    assert (
        frozenset({"country:peru", "organisation:roetown-steel-company", "organisation:andina-development-bank"})
        in deals
    ), list(deals)
    assert frozenset({"organisation:borduria-metals", "organisation:verde-alloys"}) in deals, list(deals)
    assert frozenset({"organisation:ruritania-copper-group", "organisation:sylvania-trading-group"}) in deals, list(
        deals
    )
    assert frozenset({"organisation:andina-lithium-group", "organisation:verde-mining"}) in deals, list(deals)
    assert frozenset({"organisation:sylvania-fertilizers-company", "organisation:petroandina-company"}) in deals, list(
        deals
    )
    assert len(deals) == 5, list(deals)
    b = briefing_from(tmp_path / "orgs", {"a.txt": text})
    assert not [k for k in b.entities if re.search("liu-jian|georgia|amri|roe-of", k)], sorted(b.entities)


def test_a_venture_with_the_government_is_with_the_state_the_article_is_about(tmp_path):
    """ "X is developing the deposit in a joint venture with the government": X and the state the article names
    most; with no such state, no deal."""
    deals = _deals_in(
        tmp_path / "a",
        "Rwanda has granted tin concessions to the Metal Processing Association (MPA).",
        "The government of Rwanda wants more output. MPA is developing the Gatumba deposit in a joint venture with the "
        "government, while others were granted concessions.",
    )
    assert frozenset({"organisation:metal-processing-association", "country:rwanda"}) in deals, list(deals)
    deals = _deals_in(
        tmp_path / "b",
        "Rwanda and Uganda have tin. MPA, a unit of the Metal Processing Association, is developing a deposit in a "
        "joint venture with the government.",
    )
    assert not deals, list(deals)


def test_the_country_that_has_agreements_with_partners_including_a_list_is_the_articles_state(tmp_path):
    """ "The country has entered into strategic agreements with numerous partners, including X, the Y, Z, and W":
    the state the article names most with each of them, not X with Y."""
    deals = _deals_in(
        tmp_path,
        "Kazakhstan is expanding its rare-earth projects, and Kazakhstan’s ministry plans more exploration.",
        "The country has entered into strategic agreements with numerous international partners, including the "
        "European Union, the United Kingdom, South Korea, and Japan, aimed at enhancing its mining sector.",
    )
    assert set(deals) == {
        frozenset({"country:kazakhstan", k})
        for k in ("country:european-union", "country:united-kingdom", "country:south-korea", "country:japan")
    }, list(deals)


def test_the_place_of_a_dateline_is_no_party(tmp_path):
    """ "DAVOS, Switzerland: Mongolia is close to an agreement with X": Mongolia and X; Switzerland is where the
    story was filed."""
    deals = _deals_in(
        tmp_path,
        "Mongolia wants more investment in uranium.",
        "DAVOS, Switzerland: Mongolia is close to reaching an agreement with French nuclear company Andina Atomics "
        "Corporation to exploit a vast uranium mine, the prime minister said.",
    )
    assert set(deals) == {frozenset({"country:mongolia", "organisation:andina-atomics"})}, list(deals)


def test_roughly_a_stake_and_a_buyer_before_a_place_it_expanded_in(tmp_path):
    """ "X holds roughly a 25 percent stake in Y": a stake; "X expanded its capacity in Ghana after it acquired Y":
    X bought Y, not Ghana."""
    deals = _deals_in(
        tmp_path,
        "Verde Metal Mining Co. holds roughly a 25 percent stake in Andina Nickel Corp.",
        "Chinese company Roeshan Manganese Ltd expanded its mining capacity in Ghana after it acquired Sylvania "
        "Minerals Ltd in November 2016.",
    )
    assert set(deals) == {
        frozenset({"organisation:verde-metal-mining", "organisation:andina-nickel"}),
        frozenset({"organisation:roeshan-manganese", "organisation:sylvania-minerals"}),
    }, list(deals)


def test_the_two_sides_that_subsequently_signed_and_an_agreement_signed_by_the_two_countries(tmp_path):
    """ "The two sides subsequently signed an MoU", "…, the two sides signed", "under a free trade agreement signed by
    the two countries": the two states the paragraph names; not "signed by both nations' ministers and X"."""
    deals = _deals_in(
        tmp_path,
        "Ministers of Kyrgyzstan and Estonia held talks. The two sides subsequently signed a memorandum on minerals.",
        "Japan has access to Mongolia’s rare earths under a free trade agreement signed by the two countries.",
        "Peru and Chile held talks in Lima. During the talks, the two sides signed a memorandum on copper research.",
    )
    assert set(deals) == {
        frozenset({"country:kyrgyzstan", "country:estonia"}),
        frozenset({"country:japan", "country:mongolia"}),
        frozenset({"country:peru", "country:chile"}),
    }, list(deals)


def test_a_trading_company_in_a_list_and_a_proprietary_limited_company_are_one_name_each(tmp_path):
    """ "contracts with six companies: Verde Mining and Trade, Geosami, Andina Mining and Trading, …": "X Mining and
    Trading" is one company, not "X Mining" and "Trading"; "Roeshan Manganese Proprietary Limited" (a South African
    company's legal form spelled out) is Roeshan Manganese."""
    text = (
        "Tin mining contracts signed\n\n"
        "The ministry has signed mining contracts with six companies: Verde Mining and Trade, Geosami, Andina Mining "
        "and Trading, Nsyabire ltd and KNM Combines.\n\n"
        "The probe concerns Roeshan Manganese Proprietary Limited, the biggest producer in the area.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Verde Mining and Trade", "Andina Mining and Trading", "Roeshan Manganese"} <= orgs, orgs
    assert not {"Verde Mining", "Andina Mining", "Trade", "Trading"} & orgs, orgs
    assert not [o for o in orgs if "Proprietary" in o], orgs


def test_a_governor_of_a_region_the_gazetteer_lacks_meps_listed_and_a_police_chief_are_officials(tmp_path):
    """ "the regional governor of Arequipa, Jon Roe": a state's post whatever the place; "MEPs Jane Doe
    (Germany/EPP) and Ana Ortiz (Belgium/Renew)": two members of parliament; "the country’s police chief
    Omar Amri": the state's."""
    text = (
        "The president rejected a demand by the regional governor of Arequipa, Jon Roe, to cancel the permit.\n\n"
        "It was presented in the European parliament at the invitation of MEPs Jane Doe (Germany/EPP) and Ana "
        "Ortiz (Belgium/Renew).\n\n"
        "The commissioner instructed the country’s police chief Omar Amri to stop any trucks carrying ore.\n"
    )
    kinds = _kinds(briefing_from(tmp_path, {"a.txt": text}))
    assert all(kinds.get(n) == "official" for n in ("Jon Roe", "Jane Doe", "Ana Ortiz", "Omar Amri")), kinds


def test_officials_a_parliamentarian_an_official_of_a_department_and_a_name_with_middle_initials(tmp_path):
    """ "Parliamentarian Omar Amri", "A top official at the Department of Mines, Jane Doe, told", "undersecretary for
    fiscal policy and monitoring Luis Dee": officials; "Environment Secretary Jon P.M. Roe and …" is one sentence
    (pysbd reads "P.M." as a time) and one name."""
    text = (
        "Parliamentarian Omar Amri, a sponsor of the bill, said the new law would help Ruritania.\n\n"
        "A top official at the Department of Mines, Jane Doe, told The Verde Standard that the company had paid.\n\n"
        "Environment Secretary Jon P.M. Roe and Trade Minister Ana Ortiz signed the agreement.\n\n"
        "Ruritania's finance undersecretary for fiscal policy and monitoring Luis Dee said nickel mattered.\n"
    )
    kinds = _kinds(briefing_from(tmp_path, {"a.txt": text}))
    names = ("Omar Amri", "Jane Doe", "Jon P.M. Roe", "Ana Ortiz", "Luis Dee")
    assert all(kinds.get(n) == "official" for n in names), kinds


def test_an_expert_set_off_by_a_dash_and_a_fellow_in_a_body_but_not_in_a_city(tmp_path):
    """ "Jon Roe — CEO of Andina Magnetics, which …": an expert of that company; "Jane Doe, a distinguished fellow in
    Verde’s Africa Center,": of that centre; "Ana Ortiz, a lawyer in Roetown," makes no organisation of the city."""
    text = (
        "Jon Roe — CEO of Andina Magnetics, which produces magnets — said supply was tight.\n\n"
        "Jane Doe, a distinguished fellow in Verde’s Africa Center, said the deal mattered.\n\n"
        "Ana Ortiz, a lawyer in Roetown, said the permit was invalid.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    experts = _affiliations(b, "expert")
    assert experts.get("Jon Roe") == "Andina Magnetics" and experts.get("Jane Doe") == "Verde’s Africa Center", experts
    assert "Roetown" not in _named(b, "organisation")


def test_an_interviewers_introduction_is_no_body_before_a_post(tmp_path):
    """ "Joining me today is Managing Director and Chief Executive Officer Dr Jon Roe": the words before the post
    are a sentence's, not a body's ("Joining" is no organisation) and not part of the role."""
    text = (
        "Jane Doe: I'm Jane Doe from the Verde News Network, and today I'm talking with Andina Group. Joining me "
        "today is Managing Director and Chief Executive Officer Dr Jon Roe.\n\n"
        "Dr Jon Roe: Great, Jane. Nice to be with you again.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Joining" not in _named(b, "organisation")
    people = _people(b)
    assert "Jon Roe" in people and people["Jon Roe"].fields.get("affiliation") != "Joining", people
    assert not people["Jon Roe"].fields.get("role", "").startswith("me today"), people["Jon Roe"].fields


def test_an_interviewer_addressing_a_guest_by_his_given_name_names_no_organisation(tmp_path):
    """ "Jane Doe: Jon, the company recently announced the signing of an MOU with X." is addressed to Jon Roe,
    the guest the transcript names: "Jon" is no organisation and no party to the MOU."""
    text = (
        "Jane Doe: I'm Jane Doe from the Verde News Network, and today I'm talking with Andina Group's Managing "
        "Director Jon Roe.\n\n"
        "Jon Roe: Great, Jane. Nice to be with you again.\n\n"
        "Jane Doe: Jon, the company recently announced the signing of an MOU with Cobalto Rare Metals. Can you "
        "explain the significance of this?\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Jon" not in _named(b, "organisation")
    assert not [d for d in _deal_names(b) if "Jon" in d], _deal_names(b)


def test_a_state_s_chief_minister_and_a_governor_of_a_province_written_small(tmp_path):
    """ "says Mentri Besar Datuk Seri Jon Roe" (a Malaysian state's chief minister, his honorifics before his
    name) and "The Governor of the Verde province, Ana Ortiz," (the unit written small) are officials."""
    text = (
        "ROETOWN: The state government has received royalty of RM1.66mil from the first exportation of rare earth "
        "carbonate to China, says Mentri Besar Datuk Seri Jon Roe.\n\n"
        "The Governor of the Verde province, Ana Ortiz, visited the zinc plant to see the plan of the industrial "
        "zone.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    roles = _roles(b, "official")
    assert roles.get("Jon Roe") == "Mentri Besar", roles
    assert roles.get("Ana Ortiz") == "Governor" and _affiliations(b, "official")["Ana Ortiz"] == "Verde", roles


def test_a_miner_s_name_run_on_by_a_country_is_its_national_unit(tmp_path):
    """ "supplies rare earth materials to Verde Rare Earths India—a subsidiary of …": the unit's full name."""
    text = (
        "Under the agreement, Andina Cobre Corp supplies rare earth materials to Verde Rare Earths India—a "
        "subsidiary of a Japanese trading firm—which processes them for export.\n"
    )
    orgs = {e.name for e in briefing_from(tmp_path, {"a.txt": text}).entities.values() if e.kind.name == "organisation"}
    assert "Verde Rare Earths India" in orgs and "Verde Rare Earths" not in orgs, orgs


def test_a_deal_is_named_by_its_parties_pages(tmp_path):
    """ "The National Copper Corporation of Chile (Codelco) and Chilean Chemical and Mining Society (SQM)
    launched a joint venture": the deal is named as its parties' pages are, "Codelco–SQM joint venture"."""
    deals = _deals_in(
        tmp_path,
        "The National Copper Corporation of Chile (Codelco) and Chilean Chemical and Mining Society (SQM) have "
        "officially launched NovaAndino Lithium SpA, a joint venture dedicated to lithium production.",
    )
    assert [d.name for d in deals.values()] == ["Codelco–SQM joint venture"], [d.name for d in deals.values()]


def test_set_65_two_leaders_sign_a_name_with_an_inner_apostrophe_and_a_republic_s_president(tmp_path):
    """ "Vietnamese Prime Minister X signed agreements with Japanese counterpart Y": Vietnam and Japan are
    the parties; "Minister of Mining, Jane Chang’anamuno" keeps her whole name; "The President of the
    Republic of Panama, Jon Roe," is an official, not an expert."""
    text = (
        "Vietnamese Prime Minister Jane Doe signed agreements with Japanese counterpart Jon Smith to provide "
        "Japan with rare-earth minerals.\n\n"
        "The ceremony was attended by Minister of Mining, Ana Chang’anamuno, and Minister of Finance, Jo Ortiz.\n\n"
        "The President of the Republic of Panama, Jon Roe, will inform the people today about the copper mine.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    deals = {frozenset(e.fields.get("parties", ())) for e in b.entities.values() if e.kind.name == "deal"}
    assert frozenset({"country:vietnam", "country:japan"}) in deals, deals
    officials = {e.name for e in b.entities.values() if e.kind.name == "official"}
    assert {"Ana Chang’anamuno", "Jon Roe"} <= officials, officials


def test_set_65_who_approves_a_venture_is_no_party_to_it(tmp_path):
    """ "had already received approvals from antitrust bodies in Brazil, Japan, Saudi Arabia and the EU",
    "China approved the Andina-Verde lithium joint venture": the approvers made no deal."""
    deals = _deals_in(
        tmp_path,
        "The deal, which creates the joint venture to mine lithium in Chile, had already received approvals from "
        "antitrust bodies in Brazil, Japan, Saudi Arabia and the EU.",
        "China approved the Andina Cobre and Verde Lithium joint venture, with conditions to ensure fair supply.",
    )
    named = {p for parties in deals for p in parties}
    assert not named & {"country:saudi-arabia", "country:japan", "country:brazil", "country:china"}, list(deals)


def test_set_67_posts_a_property_a_programme_and_a_legal_form_are_read_as_such(tmp_path):
    """ "Cabinet Secretary on Mining Jane Doe" is an official; "…,” added Jon Roe, Verdatom director general."
    an expert of Verdatom; "the giant Roe concession", "Title 17 Clean Energy Financing Program" and the
    ". Ltd" of "… Investment Co. Ltd." are no organisations."""
    text = (
        "Cabinet Secretary on Mining Jane Doe said that the containers were often disguised as ordinary sand.\n\n"
        "“This transaction highlights our strong support,” added Jon Roe, Verdatom director general.\n\n"
        "Part of Andina’s portfolio includes the giant Mutoshi concession in Kolwezi, a cobalt property.\n\n"
        "Mining projects are eligible for the Loan Programs Office’s Title 17 Clean Energy Financing Program.\n\n"
        "The firm was negotiating offtake agreements with China Gold Group Investment Co. Ltd.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = {
        e.name: (e.kind.name, e.fields.get("affiliation"))
        for e in b.entities.values()
        if e.kind.name in ("official", "expert")
    }
    assert people.get("Jane Doe", (None,))[0] == "official", people
    assert people.get("Jon Roe") == ("expert", "Verdatom"), people
    orgs = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert not {"Mutoshi", "Clean Energy", ".", ". Ltd"} & orgs, orgs


def test_set_67_a_company_described_by_its_city_an_owner_in_apposition_and_a_place_of_incorporation(tmp_path):
    """ "The Vancouver company said the deal allows it to acquire Mkuju" names no party; "Verdatom, Andina’s
    largest shareholder, has agreed to buy Roe Resources": Verdatom buys; "the offtake contract with Trafigura,
    incorporated in Singapore": Singapore is where Trafigura is registered, no party."""
    deals = _deals_in(
        tmp_path,
        "The Vancouver company said the deal allows it to acquire Mkuju at a fixed cost.",
        "Rosatom, Uranium One’s largest shareholder, has agreed to buy Mantra Resources for A$1.2 billion.",
        "Shalina said the offtake contract with Trafigura, incorporated in Singapore, would allow it to invest.",
    )
    named = {p for parties in deals for p in parties}
    assert "organisation:vancouver" not in named and "country:singapore" not in named, list(deals)
    assert frozenset({"organisation:rosatom", "organisation:mantra-resources"}) in deals, list(deals)


def test_a_deal_s_missing_subject_is_not_the_country_the_article_names_most(tmp_path):
    """ "… said the offtake contract with Trafigura would allow it to invest" in an article that names
    Switzerland and Congo elsewhere: who signed with Trafigura is not said in the sentence, so no country
    stands in for it; "with Andina Resources (Verde) Pte. Ltd." names the company, not "Pte"."""
    deals = _deals_in(
        tmp_path,
        "Swiss-based commodity trader Trafigura secured a cobalt deal in Congo, where Congo's output is rising.",
        "Shalina said the offtake contract with Trafigura would allow it to invest in exploration and production.",
        "Peak said it executed a binding offtake agreement with Andina Resources (Verde) Pte. Ltd. on Monday.",
    )
    named = {p for parties in deals for p in parties}
    assert not {p for p in named if p.startswith("country:")}, list(deals)
    assert not any(p.endswith(("pte", ":Pte")) for p in named), list(deals)


def test_a_with_phrase_that_goes_on_to_a_verb_names_no_counterpart(tmp_path):
    """ "China approved the Andina-Verde venture, with conditions to ensure fair supply to Chinese buyers":
    the buyers are not the venture's counterpart."""
    deals = _deals_in(
        tmp_path,
        "- Codelco formed the lithium joint venture, with conditions to ensure fair supply to Chinese buyers; "
        "Codelco holds 51%.",
    )
    assert not any("country:china" in parties for parties in deals), list(deals)


def test_set_69_a_commissioner_for_a_portfolio_people_of_a_body_and_a_capital_before_a_region(tmp_path):
    """ "Commissioner for Trade Jon Roe" is an official; "Representatives of Andina" is no organisation;
    "between Washington and Kyiv, Central Asia is …": Kyiv is Ukraine's government, not a company."""
    text = (
        "The deal was signed by Executive Vice President and Commissioner for Trade Jon Roe and the minister.\n\n"
        "Representatives of Hongfan visited the alumina refinery last week, the company said.\n\n"
        "After agreements on valuable minerals between Washington and Kyiv, Central Asia is becoming a battleground.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    officials = {e.name for e in b.entities.values() if e.kind.name == "official"}
    assert "Jon Roe" in officials, officials
    orgs = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert not any(o.startswith("Representatives") or o == "Kyiv" for o in orgs), orgs
    deals = {frozenset(e.fields.get("parties", ())) for e in b.entities.values() if e.kind.name == "deal"}
    assert frozenset({"country:united-states", "country:ukraine"}) in deals, deals


def test_the_government_acting_unnamed_is_the_state_the_article_names_most(tmp_path):
    """ "The federal government unveiled a strategy, alongside a joint statement with Washington": a state
    acts without being named, and in an article about Canada it is Canada's government."""
    deals = _deals_in(
        tmp_path,
        "Canada unveiled a critical minerals push. Canada's industry minister spoke in Ottawa about Canada's mines.",
        "The federal government unveiled an updated strategy on Wednesday, promising $2 billion for processing "
        "plants, alongside a joint statement with Washington on securing supply chains.",
    )
    assert frozenset({"country:canada", "country:united-states"}) in deals, list(deals)


def test_set_70_a_group_of_its_country_and_a_ministry_written_with_its_country(tmp_path):
    """ "Verde Group of China and … PT. Andina Mineral of Indonesia have agreed to form a joint venture": the
    parties are the group and the miner, not "… of China"; "Director-General of Canada's Ministry of Natural
    Resources" names the ministry, in Canada."""
    text = (
        "Stainless steel producer Verde Group of China and nickel mining company PT. Andina Mineral of Indonesia "
        "have agreed to form a joint venture.\n\n"
        "Jon Roe then met with Jane Doe, Director-General of Canada's Ministry of Natural Resources.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert not any(o.endswith((" of China", " of Indonesia")) or o.startswith("Canada") for o in orgs), orgs
    assert "Ministry of Natural Resources" in orgs, orgs


def test_a_head_noun_in_brackets_is_no_short_form_of_a_body(tmp_path):
    """ "Ruritania's Ministry of Trade, Industry and Energy (Ministry) held a meeting": "Ministry" is a word
    every ministry's name has, not this one's short form; another article's "the Ministry" does not link to it."""
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "South Korea's Ministry of Trade, Industry and Energy (Ministry) held a meeting on minerals.\n",
            "b.txt": "The Ministry has adopted a new strategy to develop the minerals sector in Oman.\n",
        },
    )
    linked = {m.key for m in b.mentions.get("b", [])}
    assert not any("ministry-of-trade" in k for k in linked), linked


def test_a_completed_purchase_of_a_company_is_an_acquisition(tmp_path):
    """ "Verde firm, Andina, has finalised the purchase of Roe Copper for about $1.9 billion", "X completed its
    $2 billion acquisition of Y": acquisitions, the buyer first."""
    deals = _deals_in(
        tmp_path,
        "Chinese state-powered firm, MMG, has finalised the purchase of Khoemacau Copper for about $1.9 billion.",
        "Rio Tinto completed its $6.7 billion acquisition of Arcadium Lithium on Thursday.",
    )
    assert frozenset({"organisation:mmg", "organisation:khoemacau-copper"}) in deals, list(deals)
    assert frozenset({"organisation:rio-tinto", "organisation:arcadium-lithium"}) in deals, list(deals)


def test_set_71_the_head_of_a_state_agency_and_a_renationalisation(tmp_path):
    """ "Jon Roe, head of the agency known as Verdgeo, told reporters": the head of a state agency is an
    official; "Bolivia announced the renationalisation of a tin smelter" is a nationalisation."""
    text = (
        "Ruritania's geology service aims to attract $10 billion, Jon Roe, head of the agency known as Verdgeo, "
        "told reporters on Tuesday.\n\n"
        "Bolivia announced the renationalisation of the world's fourth-largest tin smelter on Friday.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Jon Roe" in {e.name for e in b.entities.values() if e.kind.name == "official"}
    types = {e.fields.get("type") for e in b.entities.values() if e.kind.name == "policy"}
    assert "nationalisation" in types, types


def test_a_company_post_said_alone_takes_the_one_company_its_sentence_names(tmp_path):
    """In an article naming several companies, "Savannah Resources expects …, its chief executive Jane Doe
    said" ties Jane Doe to Savannah Resources; "Chief executive Jon Roe told Argus Media" does not tie Jon
    Roe to the outlet he spoke to."""
    text = (
        "Savannah Resources and Rio Tinto both hold lithium projects in Portugal, and Glencore buys their ore.\n\n"
        "Savannah Resources expects the Barroso mine to supply Europe with lithium, its chief executive Jane Doe "
        "said.\n\n"
        "Argus Media reported on Tungsten West and Rio Tinto. Chief executive Jon Roe told Argus Media: “We are strong.”\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = {e.name: e.fields.get("affiliation") for e in b.entities.values() if e.kind.name == "expert"}
    assert people.get("Jane Doe") == "Savannah Resources", people
    assert people.get("Jon Roe") != "Argus Media", people


def test_set_72_a_share_of_a_company_bought_is_a_stake(tmp_path):
    """ "Norilsk Nickel has purchased 51 percent of Stillwater Mining Co.": a stake, Norilsk the buyer."""
    deals = _deals_in(
        tmp_path, "Russian metals company Norilsk Nickel has purchased 51 percent of Stillwater Mining Co., a producer."
    )
    assert frozenset({"organisation:norilsk-nickel", "organisation:stillwater-mining"}) in deals, list(deals)


def test_set_73_a_person_s_post_is_no_organisation(tmp_path):
    """ "the Public Relations Officer of the Ministry", "Freeport’s President" name people's posts, not bodies."""
    text = (
        "Speaking to Citi Business News, the Public Relations Officer of the Ministry, Jane Doe, confirmed the audit.\n\n"
        "Freeport’s President Jon Roe said the permit would be extended to the end of the year.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = {e.name for e in b.entities.values() if e.kind.name == "organisation"}
    assert not {"Public Relations Officer of the Ministry", "Freeport’s President"} & orgs, orgs


def test_set_68_people_behind_a_sentence_s_first_word_or_a_company_s_spokesman(tmp_path):
    """ "For Jane Doe, chief strategy officer of Andina Lithium, …": the preposition is no part of her name;
    "Andina Mining's spokesman Jon Roe said" speaks for the company (an expert), not a state."""
    text = (
        "For Jane Doe, chief strategy officer of Andina Lithium, an agreement would be a step forward, she said.\n\n"
        "If the ban is delayed, “it will affect the industry,” Andina Mining's spokesman Jon Roe said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    experts = _affiliations(b, "expert")
    assert experts.get("Jane Doe") == "Andina Lithium", experts
    assert experts.get("Jon Roe") == "Andina Mining", experts
    assert "Jon Roe" not in _named(b, "official")


def test_set_68_bodies_named_in_a_compound_and_things_spelled_out_are_not_bodies(tmp_path):
    """ "a UNESCO-designated geopark" names UNESCO; "Electric Vehicles (EV)" is a thing with a short form,
    and "the Oval Office" a room that stands for a government, neither an organisation."""
    text = (
        "The permit was kept for Andina Nickel, citing its location outside a UNESCO-designated geopark.\n\n"
        "Demand grows with the penetration of Electrical Vehicles (EV) globally, Andina Nickel said.\n\n"
        "But the clash in the Oval Office cast the minerals agreement’s future into doubt.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "UNESCO" in orgs, orgs
    assert not {"Electrical Vehicles", "Oval Office"} & orgs, orgs


def test_set_68_measures_a_wire_words_plainly(tmp_path):
    """ "Government declared that ores could only be exported with an authorisation": Zimbabwe's export
    control, the article's one state; "Secretary X has ordered the closure of 23 mines": a state's measure."""
    zimbabwe = (
        "Lithium rules\n\nLithium miners in Zimbabwe face new rules.\n\n"
        "Government declared that lithium-bearing ores could only be exported with a formal authorisation from the "
        "minister on December 20, 2022.\n"
    )
    philippines = (
        "Mines shut\n\nIn the Philippines, Environment Secretary Jane Doe has ordered the closure of 23 of the "
        "country's 41 nickel mines.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": zimbabwe, "b.txt": philippines})
    policies = {(e.fields.get("imposer"), e.fields.get("type")) for e in b.entities.values() if e.kind.name == "policy"}
    assert ("country:zimbabwe", "export control") in policies, policies
    assert ("country:philippines", "mining licence") in policies, policies


def test_set_74_names_in_brackets_listings_projects_and_registered_names(tmp_path):
    """ "Andina Materials Corporation (AMC) Group" is Andina Materials Corporation; "Namibia Critical Metals Inc" a
    company though its words are a place's and generic ones; "listed on the Toronto Stock Exchange Venture
    Exchange" names no body; "the Roe Rare Earths and Gold project" is a project."""
    text = (
        "Jon Roe Mining has reached a framework agreement with Andina Materials Corporation (AMC) Group.\n\n"
        "Namibia Critical Metals Inc, a Canadian company listed on the Toronto Stock Exchange Venture Exchange, has "
        "a portfolio of projects, including the Roe Rare Earths and Gold project in Namibia.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Andina Materials", "Namibia Critical Metals"} <= orgs, orgs
    assert not {"Andina Materials Corporation (AMC) Group", "Venture Exchange", "Roe Rare Earths"} & orgs, orgs


def test_set_74_a_ceo_said_after_a_quote_a_funding_total_and_a_seller_after_an_abbreviated_name(tmp_path):
    """ "…,” said its CEO Jane Doe" with the paragraph's stop lost before the next ("… Doe The sale …"); "has
    awarded more than $439 million" is public funding; "acquire 100% of H.C. Verde Holding from Andina" names
    the seller, whatever the abbreviation's stops."""
    text = (
        "Roe Mining is to sell its stake in the Verde uranium mine to Andina Energy. “We are proud of the progress,” "
        "said its CEO Jane Doe\nThe sale comes as Roe Mining focuses on its merger.\n\n"
        "The U.S. Department of Defense has awarded more than $439 million since 2020 to establish domestic "
        "rare earth supply chains.\n\n"
        "Borduria Metals intends to acquire 100% of H.C. Verde Holding GmbH from Andina Mining next year.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    experts = _roles(b, "expert")
    assert experts.get("Jane Doe") == "CEO", experts
    types = _field_of(b, "policy", "type")
    assert "public funding" in types, types
    deals = _deals(b)
    assert any({"organisation:borduria-metals", "organisation:andina-mining"} <= set(d) for d in deals), deals


def test_set_75_a_former_president_a_state_bank_s_head_a_corps_and_a_unit_s_name(tmp_path):
    """ "then-President Jane Doe" is an official; "EXIM President and Chair Jon Roe", where the text spells EXIM
    out as the state's export bank, is its head (an official); "the Nigerian Security and Civil Defence Corps"
    is an agency; "the NSCDC Mining Marshals" is a unit's name, not "NSCDC Mining"."""
    text = (
        "A decade ago, then-President Jane Doe’s administration set a target of boosting mining.\n\n"
        "The Export-Import Bank of the United States (EXIM) Board of Directors today approved a new tool. “It will "
        "help,” said EXIM President and Chair Jon Roe.\n\n"
        "The Nigerian Security and Civil Defence Corps (NSCDC) arrested four miners, helped by the NSCDC Mining "
        "Marshals.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    officials = _named(b, "official")
    assert {"Jane Doe", "Jon Roe"} <= officials, officials
    orgs = {e.name: e.fields.get("type") for e in b.entities.values() if e.kind.name == "organisation"}
    assert "agency" in {t for n, t in orgs.items() if n.endswith("Civil Defence Corps")}, orgs
    assert "NSCDC Mining" not in orgs, orgs


def test_the_chief_executive_of_a_state_agency_or_development_bank_is_an_official(tmp_path):
    """A state agency's or development bank's head is an official, its chief executive too ("EFA chief
    executive Jane Doe"); the reference data knows such bodies by the names the news uses ("BNDES", "UKEF"),
    so "BNDES President Ana Ortiz" and "UKEF chief executive Jon Roe" are officials."""
    text = (
        "“We are pleased to support the refinery,” Export Finance Australia chief executive Jane Doe said.\n\n"
        "UKEF chief executive Jon Roe highlighted that the partnership will generate revenue for the refinery.\n\n"
        "BNDES President Ana Ortiz said they are looking for partnerships between domestic and foreign firms.\n"
    )
    officials = _named(briefing_from(tmp_path, {"a.txt": text}), "official")
    assert {"Jane Doe", "Jon Roe", "Ana Ortiz"} <= officials, officials


def test_a_post_with_its_short_form_before_the_body_and_a_committee_on_a_portfolio(tmp_path):
    """ "the Chief Executive Officer (CEO) of the Minerals Commission, Jon Roe;" (the post's short form before
    "of") and "the Chairman of the Parliamentary Select Committee on Mines and Energy, Ana Ortiz," (a body
    named "on" its portfolio) are officials of those bodies."""
    text = (
        "The event was attended by the Chief Executive Officer (CEO) of the Minerals Commission, Jon Roe; the "
        "Chairman of the Parliamentary Select Committee on Mines and Energy, Ana Ortiz, and others.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    affiliations = _affiliations(b, "official")
    assert affiliations.get("Jon Roe") == "Minerals Commission", affiliations
    assert affiliations.get("Ana Ortiz") == "Parliamentary Select Committee on Mines and Energy", affiliations


def test_a_pronoun_and_a_reporting_verb_are_no_body_and_no_post(tmp_path):
    """ "He said that review board director Jon Roe said …": "He" is no body and "said that" no part of a post."""
    text = "He said that review board director Jon Roe said today overseas investors should limit their stakes.\n"
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert all(p.fields.get("affiliation") != "He" for p in people.values()), {n: p.fields for n, p in people.items()}
    assert not [p for p in people.values() if "said" in (p.fields.get("role") or "")], people


def test_an_administrator_is_an_agency_s_head(tmp_path):
    """ "Administrator Jane Doe" (the title of a US agency's head, written before the name) is an official."""
    b = briefing_from(
        tmp_path, {"a.txt": "The agency will review the permit, Administrator Jane Doe said on Tuesday.\n"}
    )
    assert _roles(b, "official").get("Jane Doe") == "Administrator", _roles(b, "official")


def test_a_public_relations_officer_s_post_is_no_part_of_the_body(tmp_path):
    """ "The NSCDC Public Relations Officer, Jon Roe, said": the body is NSCDC (a state corps: he is an official),
    "Public Relations Officer" his post; "NSCDC Public Relations" is no organisation."""
    text = (
        "The Nigeria Security and Civil Defence Corps (NSCDC) arrested four miners on Friday.\n\n"
        "The NSCDC Public Relations Officer, Jon Roe, said in a statement on Sunday that the arrest was made.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert (_roles(b, "official").get("Jon Roe"), _affiliations(b, "official").get("Jon Roe")) == (
        "Public Relations Officer",
        "NSCDC",
    ), _roles(b, "official")
    assert "NSCDC Public Relations" not in _named(b, "organisation")


def test_set_75_rules_tightened_to_reduce_exports(tmp_path):
    """ "Nigeria plans to tighten rules to reduce the export of raw minerals": an export control."""
    b = briefing_from(tmp_path, {"a.txt": "Nigeria plans to tighten rules to reduce the export of raw minerals.\n"})
    types = _field_of(b, "policy", "type")
    assert "export control" in types, types


def test_sets_77_and_78_names_with_a_word_too_many(tmp_path):
    """ "Officially, Roe Hima Mining Company (RHMC)" is Roe Hima Mining Company; "Anzob Limited Liability Company
    (LLC)" gives no "Liability Company"; "the United States’ Verde Commodities Inc." is Verde Commodities;
    "Last August Andina Resources agreed" is Andina Resources; "Platinum Group of Metals (PGM)" is a mineral,
    "the Punch Newspaper" an outlet, "Head of Marketing" a post."""
    text = (
        "Officially, Roe Hima Mining Company (RHMC)’s concession stands terminated.\n\n"
        "Anzob Limited Liability Company (LLC) is now engaged in extracting antimony in Ayni district.\n\n"
        "Tajikistan owned 51 percent and the United States’ Verde Commodities Inc. assumed the rest.\n\n"
        "Last August Andina Resources agreed to a supply contract. India imports Platinum Group of Metals (PGM).\n\n"
        "According to the Punch Newspaper, a news agency in Nigeria, the list was published.\n\n"
        "Jon Roe, Head of Marketing, Copper & Cobalt, Glencore, commented on the agreement.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Roe Hima Mining Company", "Verde Commodities", "Andina Resources"} <= orgs, orgs
    wrong = {"Liability Company", "Platinum Group of Metals", "Punch Newspaper", "Marketing", "August Andina Resources"}
    assert not wrong & orgs, orgs
    assert not any(o.startswith(("Officially", "United States")) for o in orgs), orgs


def test_sets_77_and_78_a_ceo_a_ban_ruled_out_and_parties_that_are_not(tmp_path):
    """ "and CEO Jane Doe has expressed interest" names an expert; "has ruled out imposing a ban on nickel ore
    exports" is no ban; "AS COPPER prices hit …" (a paragraph's first words in capitals) is no party, nor
    "Roe Desert, a development-stage uranium project"."""
    text = (
        "Andina Uranium is on the prowl, and CEO Jane Doe has expressed interest in buying African assets.\n\n"
        "The Philippines has ruled out imposing a ban on nickel ore exports to China.\n\n"
        "AS COPPER prices hit the highest figures of around US$8,000 per tonne, Government yesterday completed the "
        "100 percent acquisition of Verde Copper Mines.\n\n"
        "Andina Uranium will also acquire Roe Desert, a development-stage uranium project, in Wyoming.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Jane Doe" in _named(b, "expert")
    assert not [e for e in b.entities.values() if e.kind.name == "policy"]
    parties = {p for d in _deals(b).values() for p in d.fields["parties"]}
    slugs = {p.lower().replace(" ", "-") for p in parties}
    assert not [s for s in slugs if s.endswith(("as-copper", "roe-desert"))], parties


def test_a_fund_named_after_its_description_and_a_body_named_before_its_kind_are_parties(tmp_path):
    """ "signed a cooperation agreement with the Verde investment fund, Andina Minerals": Andina Minerals is the
    party; "a joint venture between Morocco’s Al Roe investment fund and China’s Verde Materials": Al Roe is,
    not Morocco."""
    deals = _deals_in(
        tmp_path,
        "In December, Jon Roe Metals signed a cooperation agreement with the Saudi Arabian investment fund, "
        "Andina Minerals.",
        "The Roe plant, a joint venture between Morocco’s Al Roe investment fund and China’s Verde Advanced "
        "Materials, will make cathodes.",
    )
    assert frozenset({"organisation:jon-roe-metals", "organisation:andina-minerals"}) in deals, list(deals)
    assert frozenset({"organisation:al-roe", "organisation:verde-advanced-materials"}) in deals, list(deals)


def test_sets_79_and_80_a_representative_a_treaty_named_after_a_body_and_whose_ban(tmp_path):
    """ "Jon Roe, the representative of Andina Tin, told" names an expert; "the United Nations Framework
    Convention on Climate Change" is a treaty, not the UN; "the Southeast Asian country’s ban" is the
    sentence's subject's, not the challenger's; "curbs on production and overseas sales" are export curbs."""
    text = (
        "“We missed out on production,” Jon Roe, the representative of Andina Tin, told reporters.\n\n"
        "The company supports the United Nations Framework Convention on Climate Change, it said.\n\n"
        "Indonesia is ready to fight the European Union’s challenge of the Southeast Asian country’s ban on nickel "
        "ore exports.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Jon Roe" in _named(b, "expert")
    assert "United Nations" not in _org_names(b)
    imposers = _field_of(b, "policy", "imposer")
    assert imposers == {"country:indonesia"}, imposers
    tin = "Tin exports\n\nIndonesia is the biggest shipper of tin. Indonesia has imposed curbs on production and overseas sales.\n"
    types = {e.fields.get("type") for e in briefing_from(tmp_path / "t", {"b.txt": tin}).entities.values()}
    assert "export control" in types, types


def test_a_name_with_and_inside_before_an_industry_word_is_one_body(tmp_path):
    """ "the Roe Bor Mining and Metallurgical Complex" is one body; "Verde Mining and Andina Group" are two."""
    text = (
        "Andina Copper took over production at the Roe Bor Mining and Metallurgical Complex in Verde in 2018.\n\n"
        "Verde Mining and Andina Group signed a supply deal last week.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "Roe Bor Mining and Metallurgical Complex" in orgs and "Roe Bor Mining" not in orgs, orgs
    assert {"Verde Mining", "Andina Group"} <= orgs, orgs


def test_an_ambassador_of_one_state_to_another_named_after_the_post(tmp_path):
    """ "Ambassador of the People’s Republic of Verde to Jamaica Jon Roe" and "the Ambassador of the Republic of
    South Africa to the Kingdom H.E. Jane Doe" are officials; "Kingdom H.E." is no body."""
    text = (
        "For his part, Ambassador of the People’s Republic of Verde to Jamaica Jon Roe noted that the project "
        "would see spending.\n\n"
        "The workshop was attended by the Ambassador of the Republic of South Africa to the Kingdom H.E. Jane Ann "
        "Doe.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    officials = _named(b, "official")
    assert {"Jon Roe", "Jane Ann Doe"} <= officials, officials
    assert not any("H.E." in o for o in _org_names(b)), _org_names(b)


def test_set_76_a_lede_in_capitals_a_former_president_with_an_ordinal_and_no_courtesy_title_as_a_name(tmp_path):
    """ "PRESIDENT Jane Doe has authorised …" (a daily's lede), "former president Jon Roe 3rd" are officials;
    "His Excellency the President" names no one."""
    text = (
        "PRESIDENT Jane Doe has authorised the lifting of a moratorium on new mineral agreements.\n\n"
        "The order amended one issued by former president Jon Roe 3rd in 2012 on mineral contracts.\n\n"
        "“I will be quite happy to recommend to His Excellency the President that we revoke the policy,” he said.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    officials = _named(b, "official")
    assert {"Jane Doe", "Jon Roe 3rd"} <= officials, officials
    assert not any("Excellency" in o for o in officials), officials


def test_set_76_a_portfolio_with_the_public_service_a_board_chaired_by_and_a_general_manager(tmp_path):
    """ "Minister of Finance and the Public Service, Dr Jane Doe": her post, whole, and no body "Public Service";
    "the new Verde board, to be chaired by Professor Jon Roe": the board's chair; "representatives including
    General Manager Ana Ortiz": a company's post."""
    text = (
        "The company could be listed, Minister of Finance and the Public Service, Dr Jane Doe, said Tuesday.\n\n"
        "Dr Doe also listed the members of the new Verde board, to be chaired by Professor Jon Roe, approved by "
        "the Cabinet.\n\n"
        "Chinese representatives including General Manager Ana Ortiz attended the ceremony in the capital.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _roles(b, "official").get("Jane Doe") == "Minister of Finance and the Public Service", _roles(b, "official")
    assert "Public Service" not in _org_names(b), _org_names(b)
    assert _roles(b, "expert").get("Jon Roe") == "chair of the board", _roles(b, "expert")
    assert _affiliations(b, "expert").get("Jon Roe") == "Verde", _affiliations(b, "expert")
    assert _roles(b, "expert").get("Ana Ortiz") == "General Manager", _roles(b, "expert")


def test_set_76_a_company_described_between_dashes_but_not_a_wire_in_a_dateline(tmp_path):
    """ "Andiplats – Verde’s biggest platinum miner –" names a company; "VERDE CITY, AAP – Verde’s
    capacity as a trusted supplier of …" names none (a wire's dateline, then the text)."""
    text = (
        "Roe Platinum controls the listed Andiplats – Verde’s biggest platinum miner – and a refinery.\n\n"
        "VERDE CITY, AAP – Verde’s capacity and status as a trusted supplier of the world’s critical minerals is "
        "getting a boost.\n"
    )
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "Andiplats" in orgs and "AAP" not in orgs, orgs


def test_set_76_an_exchange_s_short_form_in_a_ticker_or_listing_and_a_surname_after_an_ordinal(tmp_path):
    """Where one article names "the Verde Securities Exchange (VSX)" and "former president Jon Roe 3rd",
    another's "Andina (VSX: AND)" and "VSX-listed Andina" name where Andina is listed, not the exchange, and its
    "3rd parties" names no one."""
    texts = {
        "a.txt": "The statement by the Verde Securities Exchange (VSX) read in part. The order was issued by "
        "former president Jon Roe 3rd in 2012.\n",
        "b.txt": "Andina Mining (VSX: AND) has resumed graphite output. Shares in VSX-listed Andina rose. Miners "
        "mined on land owned by 3rd parties.\n",
    }
    b = briefing_from(tmp_path, texts)
    named = {b.entities[m.key].name for m in b.mentions["b"] if m.key in b.entities}
    assert not named & {"Verde Securities Exchange", "Jon Roe 3rd"}, named
    assert "Jon Roe 3rd" in {b.entities[m.key].name for m in b.mentions["a"] if m.key in b.entities}


def test_sets_81_and_82_a_post_speaking_after_the_name_a_board_alone_an_event_and_a_courtesy_title(tmp_path):
    """ "Jane Doe said today that …" then "“…,” the prime minister told reporters": her post. "The Board is
    pleased to have executed an offtake agreement with Andina" names no party "Board"; "at MP Mining Conclave’24"
    is an event; "Shri Jon Roe" is Jon Roe."""
    text = (
        "TOKYO: Jane Doe said today that Verde will allow Andina Corp to keep operating its plant.\n\n"
        "“We think we’ll have to renew the licence,” the prime minister told reporters at a press conference.\n\n"
        "“The Board is extremely pleased to have executed a binding offtake agreement with Andina,” Roe Lithium "
        "said.\n\n"
        "Roe Lithium signed a deal at MP Mining Conclave’24 in the presence of Shri Jon Roe, Principal Secretary, "
        "Government of Verde.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _roles(b, "official").get("Jane Doe") == "prime minister", _roles(b, "official")
    orgs = _org_names(b)
    assert "Board" not in orgs and "MP Mining" not in orgs, orgs
    assert "Jon Roe" in _named(b, "official") | _named(b, "expert"), _people(b)


def test_set_83_a_counted_list_one_of_a_place_s_biggest_producers_and_a_body_s_person_speaking(tmp_path):
    """ "three nickel processors – ANC, Verde Resources and RSL –" names three companies; "ANM, one of Verde's
    biggest mineral producers," one; "In this interview, Andina Chemical's Jane Doe explains …" an expert of
    Andina Chemical; "the Verde Competition Commission's Jon Roe told AFP" an official."""
    text = (
        "Verde has three nickel processors – ANC, Verde Resources and RSL – on the verge of collapse.\n\n"
        "ANM, one of Verde's biggest mineral producers, has signed a memorandum of understanding.\n\n"
        "In this interview, Andina Chemical's Jane Doe explains how the supply of fluorspar is changing.\n\n"
        "“The acquisition was approved,” the Verde Competition Commission's Jon Roe told AFP.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert {"ANC", "RSL", "ANM"} <= _org_names(b), _org_names(b)
    assert _affiliations(b, "expert").get("Jane Doe") == "Andina Chemical", _affiliations(b, "expert")
    assert "Jon Roe" in _named(b, "official"), _people(b)


def test_set_83_a_company_s_ticker_used_as_its_name_is_the_company(tmp_path):
    """ "Andina Metals Ltd (ASX:AMT) has surged …" then "AMT managing director Jane Doe said": AMT is Andina Metals
    Ltd, so Jane Doe is listed with it."""
    text = (
        "Andina Metals Ltd (ASX:AMT) has surged after securing its first binding vanadium offtake agreement.\n\n"
        "AMT managing director Jane Doe said: “We are very pleased to have executed our first offtake.”\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    (doe,) = [e for e in b.entities.values() if e.name == "Jane Doe"]
    firm = b.entities.get(doe.fields.get("organisation_key"))
    assert firm is not None and firm.name.startswith("Andina Metals"), doe.fields


def test_set_84_a_ceo_after_a_company_s_short_name_an_exchange_and_a_post_of_a_body_with_its_short_form(tmp_path):
    """ "said Premier CEO Jon Roe" is Roe, a CEO (not "CEO Jon Roe", a premier); "In a notice to the London
    Stock Exchange, Premier announced" names no official; "the CEO of Verde Mines, Petroleum and Gas Board (VMB),
    Amb Jane Doe" is the board's CEO, an official; "said Ana Ortiz, GM vice president, Global Purchasing and
    Supply Chain" names no "Global Purchasing"."""
    text = (
        "“The ministry has secured a proposed investment of US$6 million,” said Premier CEO Jon Roe.\n\n"
        "In a notice to the London Stock Exchange, Premier announced that the minister sent a letter.\n\n"
        "On 5th December 2022, the CEO of Verde Mines, Petroleum and Gas Board (VMB), Amb Jane Doe, said that "
        "revenues will rise.\n\n"
        "“We will localise the lithium supply chain,” said Ana Ortiz, GM vice president, Global Purchasing and "
        "Supply Chain.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert _roles(b, "expert").get("Jon Roe") == "CEO", _roles(b, "expert")
    assert not any("CEO" in n or "Exchange" in n or "Global" in n for n in people), set(people)
    assert "Jane Doe" in _named(b, "official"), set(people)


def test_set_84_two_bare_names_entering_an_agreement_are_its_parties(tmp_path):
    """ "VMC and Andina announced today a multi-year sourcing agreement": two companies (one named by the initials
    of "Verde Motor Company", whom the article names too), a deal between them; "Environment Secretary Jane Doe
    and Jon Roe signed the agreement" names no company."""
    text = (
        "VMC and Andina announced today a multi-year sourcing agreement in which Andina will supply VMC with "
        "lithium hydroxide.\n\n"
        "Environment Secretary Jane Doe and Jon Roe signed the agreement on the sidelines of a ministerial.\n\n"
        "The carmaker Verde Motor Company is a member of the Responsible Minerals Initiative.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(b)
    assert {"Verde Motor Company", "Andina"} <= orgs and not {"VMC", "Doe", "Jon Roe", "Roe"} & orgs, orgs
    assert frozenset({"organisation:verde-motor-company", "organisation:andina"}) in _deals(b), _deals(b)


def test_sets_86_and_87_a_company_s_town_after_its_legal_form(tmp_path):
    """ "a MOU with Andina Aluminium Pty Ltd of Roetown, NSW": the company is Andina Aluminium (Pty Ltd), not "…
    of Roetown"."""
    text = "Verde Scandium Corp said it has signed a MOU with Andina Aluminium Pty Ltd of Roetown, NSW, Australia.\n"
    orgs = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "Andina Aluminium" in orgs and not any("Roetown" in o for o in orgs), orgs


def test_set_84_initials_two_articles_spell_out_differently_link_neither(tmp_path):
    """One article defines "Greenland Verde (GV)", another names "General Vehicles … GV": "GV" in the second is
    not Greenland Verde, so no deal of Greenland Verde is read from it."""
    texts = {
        "a.txt": "Greenland Verde (GV) said its rare earths project had won a permit.\n",
        "b.txt": "The carmaker General Vehicles said it would buy lithium.\n\n"
        "GV and Andina Lithium announced today a multi-year sourcing agreement for lithium hydroxide.\n",
    }
    b = briefing_from(tmp_path, texts)
    assert not any("organisation:greenland-verde" in parties for parties in _deals(b)), _deals(b)


def test_set_88_an_md_before_a_name(tmp_path):
    """ "said Andina MD Jane Doe" is Jane Doe, a managing director (an expert), not "MD Jane Doe"."""
    text = "“This is an important acquisition for the company,” said Andina MD Jane Doe.\n"
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _roles(b, "expert").get("Jane Doe") == "MD", _people(b)


def test_set_88_two_companies_signing_in_a_clause_after_two_states(tmp_path):
    """ "India and Kazakhstan already have civil nuclear cooperation since 2009 when Andina Power Corporation
    Limited (APCL) and Kazakh nuclear company Roe Atom signed an MoU": the MoU is the two companies'."""
    text = (
        "India and Kazakhstan already have civil nuclear cooperation since January 2009 when Andina Power "
        "Corporation Limited (APCL) and Kazakh nuclear company RoeAtom signed an MoU during a state visit.\n"
    )
    deals = _deals(briefing_from(tmp_path, {"a.txt": text}))
    assert frozenset({"country:india", "country:kazakhstan"}) not in deals, deals
    assert any("organisation:roeatom" in parties for parties in deals), deals


def test_set_88_a_company_named_short_before_a_post_is_the_one_named_in_full(tmp_path):
    """ "Andina Tungsten Resources has agreed to buy Roe Iberia" then "said Andina MD Jane Doe": Jane Doe is listed
    with Andina Tungsten Resources."""
    text = (
        "Andina Tungsten Resources has agreed to acquire Roe Iberia, a tungsten explorer, from Verde Mining.\n\n"
        "“This is an important acquisition for the company,” said Andina MD Jane Doe.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    (doe,) = [e for e in b.entities.values() if e.name == "Jane Doe"]
    firm = b.entities.get(doe.fields.get("organisation_key"))
    assert firm is not None and firm.name == "Andina Tungsten Resources", doe.fields


def test_set_85_two_economists_named_together_and_their_body(tmp_path):
    """ "international economists Jane Doe and Ann Roe of the Verde Trade Commission (VTC) has shown": two experts
    of the commission (no organisation "Roe of the …"); one economist's body ends where the sentence goes on."""
    text = (
        "An analysis conducted by international economists Jane Doe and Ann Roe of the Verde Trade Commission "
        "(VTC) has shown that the bans have weighed on the mining industry.\n\n"
        "A study by economist Jon Roe of the Andina Mining Institute has shown that prices fell by a third.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert {"Jane Doe", "Ann Roe", "Jon Roe"} <= {n for n, e in people.items() if e.kind.name == "expert"}, people
    assert people["Ann Roe"].fields.get("affiliation") == "Verde Trade Commission"
    assert people["Jon Roe"].fields.get("affiliation") == "Andina Mining Institute"
    assert not any(n.startswith("Roe of") for n in _org_names(b)), _org_names(b)


def test_set_85_company_names_a_demonym_a_corp_of_a_country_and_a_registered_name(tmp_path):
    """ "the French ABC Group" is ABC Group; "Verde Construction Corp. of China" is named whole; a registered name
    with two legal forms is one company, not its pieces; "between Roetown, China and Manila" names no company."""
    text = (
        "Andina Motors was formed last year through a merger between Roe Motors and the French ABC Group.\n\n"
        "China Railway Group Ltd. stands as the largest shareholder, followed by Verde Construction Corp. of China "
        "(VerdeChina) and Zhejiang Roe Cobalt Co.\n\n"
        "The power project was signed between China Energy Engineering Group Guangxi Hydroelectric Construction "
        "Bureau Co. Ltd. and Philippine energy company Andina Power.\n\n"
        "Also signed were agreements on direct flights between Roetown, China and Manila.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"ABC Group", "Verde Construction Corp. of China"} <= names, names
    assert "China Energy Engineering Group Guangxi Hydroelectric Construction Bureau" in names, names
    assert not names & {
        "French ABC Group",
        "Verde Construction",
        "Guangxi Hydroelectric Construction Bureau",
        "Roetown",
    }


def test_set_85_an_investment_in_a_described_company_and_a_project_signed_between_two(tmp_path):
    """ "X has announced a €50m equity investment in battery metals start-up Y" is X's investment in Y; "the power
    project signed between A Co. Ltd. and Verdean energy company B" is A and B's agreement."""
    deals = _deals_in(
        tmp_path,
        "Andina Motors has announced a major €50m equity investment in battery metals start-up Verde Energy Resources.",
        "The $550-million power project signed between Roe Hydro Construction Bureau Co. Ltd. and Philippine energy "
        "company Doe Power will push for a pumped storage hydropower project.",
    )
    assert frozenset({"organisation:andina-motors", "organisation:verde-energy-resources"}) in deals, deals
    assert frozenset({"organisation:roe-hydro-construction-bureau", "organisation:doe-power"}) in deals, deals


def test_set_85_the_government_signs_for_no_state_when_two_are_named_as_often(tmp_path):
    """ "the government … signing a new agreement with X" in a story naming Uganda once and a Chinese firm once:
    which government is not said, so no state is made a party (it was the first of the tie)."""
    deals = _deals_in(
        tmp_path,
        "The Roe copper mine, once the backbone of Uganda’s mining industry, has been left to decay.",
        "But now, the government has taken a decisive step, signing a new agreement with Andina Group Limited to "
        "restart operations.",
        "The deal comes after a botched concession with Doe Mining Company, a Chinese firm.",
    )
    assert not any(any(p.startswith("country:") for p in parties) for parties in deals), deals


def test_set_89_ranks_offices_evps_chairmen_banks_and_listed_names(tmp_path):
    """ "said Colonel Jon Roe, the spokesperson of the group" is Jon Roe; "According to Prime Minister Office" names
    no person "Office"; "Mineral Resources chairman Ann Doe" is a company's chairman (an expert), not a portfolio's
    official; "Jane Doe, EVP of Andina Bank," an expert of the bank (no body "EVP of …"); "Verdeprombank" a bank;
    "Shares of Andina Group Metals Ltd. (NYSE American: AGM)" name the company, not "Shares of …"."""
    text = (
        "The group has rules for rare earth mining, said Colonel Jon Roe, the spokesperson of the group.\n\n"
        "According to Prime Minister Office, Prime Minister Jim Poe on Sunday witnessed the signing ceremony.\n\n"
        "Mineral Resources chairman Ann Doe said the restructure would help the company keep its options.\n\n"
        "Speaking at the conference, Jane Doe, EVP of Andina Bank, said mineral resources are crucial.\n\n"
        "With Verdeprombank expelled from the payments system, the copper mine expansion is at risk.\n\n"
        "Shares of Andina Group Metals Ltd. (NYSE American: AGM) rose after the sanctions news on Monday.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert "Jon Roe" in people and "Colonel Jon Roe" not in people, people
    assert "Office" not in people, people
    assert people["Ann Doe"].kind.name == "expert", people["Ann Doe"]
    assert people["Jane Doe"].fields.get("affiliation") == "Andina Bank", people["Jane Doe"].fields
    orgs = _org_names(b)
    assert {"Verdeprombank", "Andina Group Metals", "Andina Bank"} <= orgs, orgs
    assert not any(n.startswith(("EVP", "Shares of")) for n in orgs), orgs


def test_set_89_a_name_spelled_out_in_spanish_and_funding_of_up_to_a_sum(tmp_path):
    """ "Compania General de Verde SA (CGV)" is one company, not "Verde SA" too; "X will also provide funding
    assistance of up to $35 million to Y" is X's financing of Y."""
    text = (
        "Under the swap, Compania General de Verde SA (CGV), Andina’s joint venture partner, agreed to assume "
        "certain liabilities.\n\n"
        "Andina Resources will also provide funding assistance of up to $35 million to Roe Development Group "
        "towards a manganese project.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert "Compania General de Verde" in _org_names(b) and "Verde" not in _org_names(b), _org_names(b)
    assert frozenset({"organisation:andina-resources", "organisation:roe-development-group"}) in _deals(b)


def test_set_89_a_company_named_with_a_portfolio_s_words_is_not_linked_where_the_portfolio_is_meant(tmp_path):
    """One article's "Mineral Resources (MinRes)" is a company; another's "Mineral Resources minister Jane Doe" stays
    the state's minister (an official), and that article names no company."""
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "Mineral Resources (MinRes) has agreed to transfer its manganese assets to Roe Group.\n\n"
            "Manganese is a non-core business for Mineral Resources, the company said.\n",
            "b.txt": "Minister of Mineral Resources Jane Doe says a chrome ore export tax is a blunt instrument.\n\n"
            "Mineral Resources minister Jane Doe has expressed support for the idea of an export tax.\n",
        },
    )
    assert _people(b)["Jane Doe"].kind.name == "official", _people(b)["Jane Doe"].fields
    company = next(e for e in b.entities.values() if e.kind.name == "organisation" and e.name.startswith("Mineral"))
    assert not any(m.key == company.key for m in b.mentions["b"]), b.mentions["b"]


def test_set_89_a_chief_executive_with_a_doctorate_a_company_chairman_and_a_body_before_who(tmp_path):
    """ "a delegation of Andina Mining, led by Chief Executive Dr. Jon Roe" is Andina Mining’s chief executive; "Mineral
    Resources chairman Ann Doe" is the chairman of Mineral Resources (one company, not the title "Mineral Resources
    chairman"); "Jane Poe, a campaigner at Greenpeace who attended Friday's meeting," is Greenpeace's."""
    text = (
        "A new agreement was signed with a delegation of Andina Mining, led by Chief Executive Dr. Jon Roe.\n\n"
        "Mineral Resources chairman Ann Doe said the restructure would help the company.\n\n"
        "Jane Poe, a campaigner at Greenpeace who attended Friday's meeting, said the permit was a mistake.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    roles = {n: (e.fields.get("role"), e.fields.get("affiliation")) for n, e in people.items()}
    assert roles["Jon Roe"] == ("Chief Executive", "Andina Mining"), roles
    assert roles["Ann Doe"] == ("chairman", "Mineral Resources"), roles
    assert roles["Jane Poe"] == ("campaigner", "Greenpeace"), roles


def test_set_91_a_post_of_a_body_s_letters_a_spac_a_project_bought_and_a_ministry_s_unit(tmp_path):
    """ "Vice president of AVTC Jon Roe, said" is AVTC's vice president ("chairman of PT Roe Steel told" stays a
    company's chairman, PT no body); "a Special Purpose Acquisition Company (SPAC)" is a kind of company; "X's
    acquisition of the Roe Project" makes no company "Roe Project"; "the Secretariat of Mining Policy of the Ministry
    of Productive Development of Verde" names the secretariat whole."""
    text = (
        "Vice president of AVTC Jon Roe, said the project would place the country in a strong position.\n\n"
        "Ann Poe, independent chairman of PT Roe Steel told reporters the smelter would open in May.\n\n"
        "The deposit has been sold to Andina Metals, a Special Purpose Acquisition Company (SPAC) of Verde Lithium.\n\n"
        "Andina Metals’ acquisition of the Roe Project is seen as a move to reduce its dependency on imports.\n\n"
        "The MoU is to be signed between the Ministry of Mines and the Secretariat of Mining Policy of the Ministry "
        "of Productive Development of the Argentine Republic.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert people["Jon Roe"].fields.get("affiliation") == "AVTC", people["Jon Roe"].fields
    assert people["Ann Poe"].fields.get("affiliation") == "PT Roe Steel", people["Ann Poe"].fields
    orgs = _org_names(b)
    assert "Secretariat of Mining Policy" in orgs, orgs
    assert not orgs & {"Special Purpose Acquisition Company", "Roe Project"}, orgs
    assert not any("Roe Project" in " ".join(parties) or "roe-project" in " ".join(parties) for parties in _deals(b))


def test_set_91_a_project_named_in_capitals_is_no_organisation(tmp_path):
    """ "acquire a controlling interest in the Greenland Roe Project from Andina Pty": the project is a mine being
    developed, no organisation (its owners are)."""
    text = (
        "On June 10, Verde Metals announced it had signed a contract to acquire a controlling interest in the "
        "Greenland Roe Project from Andina Pty, operated by geologist Jon Doe.\n"
    )
    assert not any(n.endswith("Roe Project") for n in _org_names(briefing_from(tmp_path, {"a.txt": text})))


def test_set_91_it_signs_for_the_company_the_text_has_just_named(tmp_path):
    """ "Andina Rare Earths said its Roe project was funded. It executed a binding offtake agreement with Verde
    Resources Pte. Ltd.": Andina Rare Earths and Verde Resources; "with Ruritania’s Roe Mining" names the company,
    not Ruritania; a first sentence's "it" has no company to stand for."""
    deals = _deals_in(
        tmp_path,
        "Andina Rare Earths said on Monday that its Roe project was fully funded.",
        "It executed a binding offtake agreement with Verde Resources (Singapore) Pte. Ltd. for the project.",
        "The company also signed a memorandum of understanding with China’s Roe Mining Group.",
    )
    assert frozenset({"organisation:andina-rare-earths", "organisation:verde-resources"}) in deals, list(deals)
    assert not any("country:china" in parties for parties in deals), list(deals)
    alone = _deals_in(tmp_path / "b", "It executed a binding offtake agreement with Verde Resources for the project.")
    assert not alone, list(alone)


def test_set_90_a_region_s_coordinator_of_a_union_named_in_apposition(tmp_path):
    """ "The Roe regional coordinator of the Mineworkers Union of Verde (MUV), Jon Doe, said" is the union's
    coordinator (an expert); "The President of the Republic of Verde, Jane Poe," stays a head of state."""
    text = (
        "The Roe regional coordinator of the Mineworkers Union of Verde (MUV), Jon Doe, yesterday said the union was "
        "shocked to hear about the plan.\n\n"
        "The President of the Republic of Panama, Jane Poe, will inform the people today about the copper contract.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert people["Jon Doe"].kind.name == "expert", people["Jon Doe"].fields
    assert people["Jon Doe"].fields.get("affiliation") == "Mineworkers Union of Verde", people["Jon Doe"].fields
    assert people["Jane Poe"].kind.name == "official", people["Jane Poe"].fields


def test_set_90_a_chief_executive_said_alone_leads_the_company_the_article_is_about(tmp_path):
    """ "Chief executive Jon Poe told Verde Media …" in a story that names Andina Mining three times and Verde
    Metals once is Andina Mining's chief executive; with the two named as often, no company is given him."""
    text = (
        "Andina Mining has restarted its Doe tungsten mine, Andina Mining said on Monday.\n\n"
        "The mine had closed after Verde Metals stopped buying its concentrate, and Andina Mining sought new buyers.\n\n"
        "Chief executive Jon Poe told Verde Media: “We have one of the lowest production costs for tungsten.”\n"
    )
    doe = _people(briefing_from(tmp_path, {"a.txt": text}))["Jon Poe"]
    assert doe.fields.get("affiliation") == "Andina Mining", doe.fields
    even = text.replace(", Andina Mining said", ", Verde Metals said")
    doe = _people(briefing_from(tmp_path / "e", {"a.txt": even}))["Jon Poe"]
    assert doe.fields.get("affiliation") is None, doe.fields


def test_set_92_a_body_s_chief_before_the_name(tmp_path):
    """ "Verdatom chief Jon Roe said" is Verdatom's chief (an expert); "Mining Ministry chief Jane Doe" is the
    ministry's (an official)."""
    text = (
        "Verdatom chief Jon Roe said it marked the first time Ruritania has agreed to a joint venture.\n\n"
        "Mining Ministry chief Jane Doe said the permit was granted on Monday.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert people["Jon Roe"].kind.name == "expert", people
    assert people["Jon Roe"].fields.get("affiliation") == "Verdatom", people["Jon Roe"].fields
    assert people["Jane Doe"].kind.name == "official", people


def test_set_92_94_a_subsidiary_named_in_apposition_and_a_name_before_a_described_project(tmp_path):
    """ "its subsidiary, Verde Platinum Mines, has accepted" names a company of three generic words (the text says
    it is one); "the Andina Technical Research Centre of Ruritania-coordinated EU project" names the centre, not
    "… Ruritania-coordinated EU"; "the Jane Doe-backed Verde Metals" names no organisation "Jane Doe"; "the fourth
    detained miner, Jon Roe, was taken" is a person."""
    text = (
        "Andina Holdings said on Thursday its subsidiary, Verde Platinum Mines, has accepted an offer for a 33% stake "
        "in its joint venture.\n\n"
        "The Andina Technical Research Centre of Ruritania-coordinated EU project tested new ways to recover cobalt.\n\n"
        "Sites in the exploration phase, such as the Jane Doe-backed Verde Metals’ copper project, were visited.\n\n"
        "The fourth detained miner, Jon Roe, was taken from the tents where he was holding a hunger strike.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Verde Platinum Mines", "Andina Technical Research Centre of Ruritania"} <= names, names
    assert not {"Jane Doe", "Jon Roe"} & names, names
    assert not any("coordinated" in n for n in names), names


def test_set_93_94_a_geoscientist_and_a_chairman_named_in_a_relative_clause(tmp_path):
    """ "Jane Doe, a marine geoscientist at Verde University, estimates" is an expert; so is "Jon Roe, who identifies
    himself as chairman of Andina Cobalt (AC), said", the chairman of Andina Cobalt."""
    text = (
        "Jane Doe, a marine geoscientist at Verde University, estimates the resource at 10 billion tons.\n\n"
        "In a statement, Jon Roe, who identifies himself as chairman of Andina Cobalt (AC), said the company had "
        "issued a notice of dispute.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert people["Jane Doe"].kind.name == "expert", people
    assert people["Jane Doe"].fields.get("affiliation") == "Verde University", people["Jane Doe"].fields
    assert people["Jon Roe"].fields.get("role") == "chairman", people["Jon Roe"].fields
    assert people["Jon Roe"].fields.get("affiliation") == "Andina Cobalt", people["Jon Roe"].fields


def test_set_92_94_a_body_led_by_its_chief_executive(tmp_path):
    """ "hosted by the Verde Chamber of Mines, led by chief executive Jon Roe, and Andina Platinum chief executive,
    Jane Doe" lists him on the chamber's page (no company's: the chamber is a body of the industry)."""
    text = (
        "The media briefing was hosted by the Verde Chamber of Mines, led by chief executive Jon Roe, and Andina "
        "Platinum chief executive, Jane Doe.\n\nThe Verde Chamber of Mines said platinum output fell in March.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert people["Jon Roe"].fields.get("organisation_key") == "organisation:verde-chamber-of-mines", people["Jon Roe"]
    assert people["Jane Doe"].fields.get("organisation_key") == "organisation:andina-platinum", people["Jane Doe"]


def test_set_95_bodies_listed_after_the_plural_of_their_kind(tmp_path):
    """ "aluminium giants Verdal and Andal" and "carmakers Roe Motors, Poe Cars and Doe" name companies."""
    text = (
        "The president signed a convention allowing aluminium giants Verdal and Andal to build a $1 billion plant.\n\n"
        "The lithium will go to carmakers Roe Motors, Poe Cars and Doe under long-term contracts.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Verdal", "Andal", "Roe Motors", "Poe Cars", "Doe"} <= names, names


def test_set_95_a_courtesy_title_glued_to_the_name(tmp_path):
    """ "Mining Minister Dr.Jane Doe told reporters" names the minister Jane Doe, and no one called "Dr"."""
    text = "Verde wants to stop bauxite exports, Mining Minister Dr.Jane Doe told reporters on Monday.\n"
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert set(people) == {"Jane Doe"}, people
    assert people["Jane Doe"].kind.name == "official", people


def test_set_96_initials_without_stops_a_country_in_capitals_and_a_director_of_a_defined_centre(tmp_path):
    """ "Mines secretary V L Jon Rao said" names V L Jon Rao; "CHINA’s Andina Group" names no body "CHINA" (a country in capitals); "the
    Centre for Ore Governance (COG) Director Jane Doe" is listed on the centre's page, not on an "Ore Governance"."""
    text = (
        "KABIL has been working in Ruritania for the last year, Mines secretary V L Jon Rao said.\n\n"
        "CHINA’s Andina Group has resumed operations at the lithium mine in Zimbabwe.\n\n"
        "Claims of looting were raised by the Centre for Ore Governance (COG) Director Jane Doe, who alleged that "
        "42 trucks of lithium left the mine.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    people = _people(b)
    assert "V L Jon Rao" in people, people
    assert people["Jane Doe"].fields.get("organisation_key") == "organisation:centre-for-ore-governance", people
    names = _org_names(b)
    assert "CHINA" not in names and "Ore Governance" not in names, names


def test_set_98_a_post_owned_by_a_company_over_a_department(tmp_path):
    """ "Jon Roe, Andina Group’s Director of Global Raw Materials, said" is the director of global raw materials at
    Andina Group; "Raw Materials" is no one's name (read as one, it was an expert on every page that says "raw
    materials")."""
    text = (
        "Verde Metals will ship tungsten concentrate to Ruritania through its offtake partner, the company said.\n\n"
        "Jon Roe, Andina Group’s Director of Global Raw Materials, said the partnership will strengthen supply.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert "Raw Materials" not in people, people
    assert people["Jon Roe"].fields.get("role") == "Director of Global Raw Materials", people["Jon Roe"].fields
    assert people["Jon Roe"].fields.get("affiliation") == "Andina Group", people["Jon Roe"].fields


def test_set_97_98_a_council_and_a_reserve_are_no_one_and_no_body(tmp_path):
    """ "— Jon Roe, Secretary of the Interior and Chairman of the National Energy Dominance Council" names no official
    "Dominance Council"; "known as the Verde Fiscal Mining Reserve" names a place, not a company "Verde Fiscal Mining"."""
    text = (
        "“The stockpile will secure the minerals essential to our industries!” — Secretary Jon Roe, Secretary of the "
        "Interior and Chairman of the National Energy Dominance Council\n\n"
        "The exploration area, known as the Verde Fiscal Mining Reserve, encompasses both inhabited and uninhabited "
        "zones, the ministry said.\n"
    )
    briefing = briefing_from(tmp_path, {"a.txt": text})
    assert "Dominance Council" not in _people(briefing), _people(briefing)
    assert not any(n.startswith("Verde Fiscal") for n in _org_names(briefing)), _org_names(briefing)


def test_set_98_an_agreement_reached_between_a_firm_partnering_and_an_offtake_partner(tmp_path):
    """ "An agreement has been reached between X, Africa’s largest producer, and Y" is X's and Y's (not Africa's);
    "the firm partnering with Z to inject $3 billion" is a deal of the firm's and Z's; "X will ship concentrate
    through its offtake partner Traxa" is X's offtake with Traxa."""
    deals = _deals_in(
        tmp_path / "a",
        "A landmark agreement has been reached between Andina Metals, Africa’s largest tungsten producer, and Verde "
        "Tungsten and Powders (VTP) of Roetown, marking the first direct supply of tungsten concentrate to Ruritania.",
    )
    assert set(deals) == {frozenset({"organisation:andina-metals", "organisation:verde-tungsten-and-powders"})}, deals
    deals = _deals_in(
        tmp_path / "b",
        "Ruritania announced plans by Verde’s state-owned mining firm, Andina Mining, to invest in its mining sector. "
        "Andina Mining’s plan follows the firm partnering with Verde’s Public Investment Fund to inject up to $3 "
        "billion in copper and lithium projects across the world.",
    )
    assert frozenset({"organisation:andina-mining", "organisation:public-investment-fund"}) in deals, deals
    deals = _deals_in(
        tmp_path / "c",
        "Andina Metals, which operates the Roe Mine, will ship tungsten concentrate directly to Ruritania through "
        "its offtake partner Traxa.",
        "Mark Roe, CEO of Traxa, also praised the collaboration as a long-term alignment of shared values.",
    )
    assert frozenset({"organisation:andina-metals", "organisation:traxa"}) in deals, deals


def test_set_99_a_region_s_deputy_head_with_initials_and_its_administration(tmp_path):
    """ "a working visit by Deputy Akim of the Aktobe Region A.A. Roe" names an official (initials glued, then a
    surname), whose post is the whole phrase, and no body "Aktobe Region" nor a person "Akim"; "the Akimat of the
    Aktobe Region and Verde New Materials signed a Memorandum" is a deal of the region's administration."""
    text = (
        "Talks with Verde New Materials were held in Roetown during a working visit by Deputy Akim of the Aktobe "
        "Region A.A. Roe, coordinated by the Consulate General of the Republic of Kazakhstan in Roetown.\n\n"
        "Following the talks, the Akimat of the Aktobe Region and Verde New Materials signed a Memorandum of "
        "Understanding on a chromium processing plant.\n"
    )
    briefing = briefing_from(tmp_path, {"a.txt": text})
    people = _people(briefing)
    assert set(people) == {"A.A. Roe"}, people
    assert people["A.A. Roe"].kind.name == "official", people
    assert people["A.A. Roe"].fields.get("role") == "Deputy Akim of the Aktobe Region", people["A.A. Roe"].fields
    orgs = _org_names(briefing)
    assert "Aktobe Region" not in orgs and "Consulate General of the Republic of Kazakhstan" in orgs, orgs


def test_set_99_two_signatories_the_second_described(tmp_path):
    """ "Andina and Verdecore, a Swiss trader and miner, have signed an initial agreement" is the two companies'
    deal (but "Verde Mining Co, Vemco, the region's largest miner, agreed" names one company twice)."""
    deals = _deals_in(
        tmp_path / "a",
        "SANTIAGO – Chile’s state-run copper producer Andina and Verdecore, a Swiss trader and miner, have signed an "
        "initial agreement to collaborate on a smelter project in Chile, the companies said on Wednesday.",
    )
    assert frozenset({"organisation:andina", "organisation:verdecore"}) in deals, deals
    deals = _deals_in(
        tmp_path / "b",
        "On Wednesday Verde Mining Co, Vemco, the region’s largest miner, agreed to form a joint venture with the "
        "kingdom’s sovereign wealth fund.",
    )
    assert not any({"organisation:verde-mining", "organisation:vemco"} <= set(d) for d in deals), deals


def test_set_100_a_head_of_state_a_minister_in_the_presidency_and_a_company_of_a_country_in_capitals(tmp_path):
    """ "The President of the Republic, Jon Roe, signed a decree" is an official (no expert of a body "Republic");
    "Minister in the Presidency Jane Doe said" is an official; "PERU’S ANDINA Group Ltd. has renewed its interest"
    names the company "ANDINA Group", not "PERU’S ANDINA Group"."""
    text = (
        "The President of the Republic, Jon Roe, signed on Friday a decree on coltan mining in Verde.\n\n"
        "While reading the cabinet statement, Minister in the Presidency Jane Doe said the export tax was proposed.\n\n"
        "PERU’S ANDINA Group Ltd. has renewed its interest to invest as much as $1.5 billion in the Roe nickel mines.\n"
    )
    briefing = briefing_from(tmp_path, {"a.txt": text})
    people = _people(briefing)
    assert people["Jon Roe"].kind.name == "official", people["Jon Roe"].fields
    assert people["Jon Roe"].fields.get("role") == "The President of the Republic", people["Jon Roe"].fields
    assert people["Jane Doe"].kind.name == "official", people
    assert people["Jane Doe"].fields.get("role") == "Minister in the Presidency", people["Jane Doe"].fields
    orgs = _org_names(briefing)
    assert "Republic" not in orgs and not any(n.upper().startswith("PERU’S") for n in orgs), orgs
    assert any(n.casefold() == "andina group" for n in orgs), orgs


def test_set_101_a_release_s_wire_credit_its_buyer_described_in_brackets_and_two_posts_listed(tmp_path):
    """ "Roetown–(Verdefile Corp. – January 16, 2024) – Andina Mines …" names the wire that carries the release, no
    organisation or party; "Verde Tsusho Corporation (hereinafter referred to as …; Headquarters: …) acquired all
    shares of Andina Bussan Co., Ltd." is Verde Tsusho's acquisition of Andina Bussan; in "together with Chairman Jon
    Roe and General Manager Jane Doe of Verdemines", no body is named "Chairman Jon Roe" and no post is "and General
    Manager"."""
    text = (
        "Roetown, Ruritania–(Verdefile Corp. – January 16, 2024) – Andina Mines, together with Chairman Jon Roe and "
        "General Manager Jane Doe of Verdemines, the country’s state-owned mining company, are pleased to announce "
        "the signing of a new joint venture agreement.\n\n"
        'Verde Tsusho Corporation (hereinafter referred to as "Verde Tsusho"; Headquarters: Roetown; President: Ana '
        'Ortiz) acquired all shares of Andina Bussan Co., Ltd., (hereinafter referred to as "Andina Bussan"), a '
        "trading company specializing in rare earth products.\n"
    )
    briefing = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(briefing)
    assert not any("Verdefile" in n or n.startswith("Chairman") for n in orgs), orgs
    deals = _deals(briefing)
    assert frozenset({"organisation:verde-tsusho", "organisation:andina-bussan"}) in deals, deals
    assert not any("organisation:verdefile" in d or any(p.startswith("org:Chairman") for p in d) for d in deals), deals
    jane = _people(briefing).get("Jane Doe")
    assert jane is None or not (jane.fields.get("role") or "").startswith("and "), jane.fields
    assert jane is None or not (jane.fields.get("affiliation") or "").startswith("Chairman"), jane.fields


def test_set_102_a_unit_s_manager_a_company_boss_and_a_post_in_brackets(tmp_path):
    """ "according to Jon Roe, manager of the corporate planning division" is a manager of that division (no body
    "corporate planning division"); the "company head" and "boss" of an article about one company are its own;
    "(Dr. Ana Ortiz, President of VIGAM) and …" gives VIGAM, not "VIGAM)"."""
    text = (
        "Andina Titanium Co. has won orders from aviation customers, according to Jon Roe, manager of the corporate "
        "planning division.\n\n"
        "Andina Titanium expects to ship 2,000 tons of titanium sponge, company head Jane Doe said.\n\n"
        "Andina Titanium will expand its plant, Andina Titanium said.\n\n"
        "The Verde Institute of Geology and Mines (VIGAM) signed a memorandum with Ruritania Geology (Dr. Ana Ortiz, "
        "President of VIGAM) at a hotel in Roetown.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert people["Jon Roe"].fields.get("role") == "manager of the corporate planning division", people[
        "Jon Roe"
    ].fields
    assert people["Jane Doe"].fields.get("affiliation") == "Andina Titanium", people["Jane Doe"].fields
    assert people["Ana Ortiz"].fields.get("affiliation") in ("VIGAM", "Verde Institute of Geology and Mines"), people


def test_set_103_industries_leaders_staff_and_trades_joined_in_a_name(tmp_path):
    """ "Big Tea and Big Sugar have been in a partnership" names two industries, no bodies and no deal; "Jon Roe,
    Special Assistant to the President for Policy, said" is an official with that post (no body "Special
    Assistant"); "Verde Petroleum and Gas Co. signed a contract" is one company, not a deal between two; "Private
    Wednesday Andina Minerals on Wednesday announced" names Andina Minerals."""
    text = (
        "“Big Tea and Big Sugar have been in a partnership for a hundred years,” said Jane Doe, a senior manager at "
        "the Verde Growers Network.\n\n"
        "Jon Roe, Special Assistant to the President for Policy Compliance, said that the copper plant in Ruritania "
        "will employ 2,000 people.\n\n"
        "Verde Petroleum and Gas Co. signed a contract in January 2023 to begin oil extraction in Ruritania.\n\n"
        "Private Wednesday Andina Minerals on Wednesday announced the discovery of a rare earth deposit in Ruritania.\n"
    )
    briefing = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(briefing)
    assert not any(n.startswith("Big ") or n in ("Tea", "Sugar", "Gas Co", "Special Assistant") for n in orgs), orgs
    assert "Andina Minerals" in orgs and not any("Wednesday" in n for n in orgs), orgs
    assert not _deals(briefing), _deals(briefing)
    people = _people(briefing)
    assert people["Jon Roe"].kind.name == "official", people["Jon Roe"].kind
    assert people["Jon Roe"].fields.get("role") == "Special Assistant to the President for Policy Compliance"


def test_set_103_signed_by_two_bodies_a_town_before_based_and_with_no_name(tmp_path):
    """ "The MoU signed by Verde Holdings Ltd and Andina NiCo marks … between Ruritania and Borduria": its signers
    are its parties, not the two states; "with the Roetown, Verde-based miner, Andina Earths" names no body
    "Roetown"; "signed a joint venture agreement with Verde Trading Corporation … with a further renewal period"
    has no party "a further renewal period"."""
    deals = _deals_in(
        tmp_path,
        "The MoU signed by Verde Holdings Ltd and Andina NiCo marks a significant upgrade in the collaboration "
        "between Ruritania and Borduria.",
        "Roe Corp reached the agreement to secure a 10 percent share in the Doe rare earth project in Ruritania with "
        "the Roetown, Verde-based miner, Andina Earths, in Roe City on Dec. 1.",
        "Roe Minerals also signed a joint venture agreement with the Verde Trading Corporation on the rights to "
        "develop rare earth deposits over the next 25 years with a further renewal period of 25 years.",
    )
    assert frozenset({"organisation:verde-holdings", "organisation:andina-nico"}) in deals, deals
    assert not any("org:Roetown" in d or "organisation:roetown" in d for d in deals), deals
    assert not any(any("renewal" in p for p in d) for d in deals), deals


def test_sets_104_105_a_remit_listed_before_the_body_investors_and_a_clause_no_role(tmp_path):
    """ "Jane Doe, Director General for Trade, Industry and SMEs of the Verde Commission" is the Commission's
    official (no body "SMEs of the Verde Commission"); "venture capitalist Jon Roe" an expert; "…, Andina is also
    preparing a listing to broaden its investor base" is a clause, no role."""
    text = (
        "Jane Doe, Director General for Trade, Industry, Entrepreneurship and SMEs of the European Commission "
        "provided opening remarks on copper.\n\n"
        "Backed by venture capitalist Jon Roe and hedge fund billionaire Al Dee, Andina Lithium is also preparing a "
        "listing to broaden its investor base.\n"
    )
    briefing = briefing_from(tmp_path, {"a.txt": text})
    assert not any("SMEs" in n for n in _org_names(briefing)), _org_names(briefing)
    people = _people(briefing)
    assert people["Jane Doe"].kind.name == "official", people["Jane Doe"].fields
    assert people["Jane Doe"].fields.get("affiliation") == "European Commission", people["Jane Doe"].fields
    assert people["Jon Roe"].kind.name == "expert", people["Jon Roe"].fields
    al = people.get("Al Dee")
    assert al is None or "investor base" not in (al.fields.get("role") or ""), al.fields


def test_sets_104_105_a_share_sold_a_pair_that_agreed_an_offtake_after_a_ticker_and_a_range(tmp_path):
    """ "has agreed to sell 21.9% of its share in Roe Copper … to Doe Corporation"; "Andina Lithium Inc. and Verde
    SE have agreed to cooperate"; "Andina Cobalt (US-OTC: COBA) announced … an offtake agreement with a Glencore
    subsidiary" (the ticker's colon ends no clause); "is poised to acquire a 10%-20% stake in Roe Nickel"."""
    deals = _deals_in(
        tmp_path,
        "Roe Mining announced on 14 June that it has agreed to sell 21.9% of its share in Roe Copper in the Verde "
        "region for US$600 million to Doe Corporation.",
        "Andina Lithium Inc. and Verde SE have agreed to cooperate on building the first lithium refinery in Ruritania.",
        "Andina Cobalt (US-OTC: COBA) announced on Thursday a life-of-mine offtake agreement with a Glencore "
        "subsidiary for the cobalt from its Roe projects in Ruritania.",
        "Verde Minerals, a Bordurian mining fund, is poised to acquire a 10%-20% stake in Roe Nickel, according to a "
        "report.",
    )
    for pair in (
        {"organisation:roe-mining", "organisation:doe"},
        {"organisation:andina-lithium", "organisation:verde"},
        {"organisation:andina-cobalt", "organisation:glencore"},
        {"organisation:verde-minerals", "organisation:roe-nickel"},
    ):
        assert frozenset(pair) in deals, (pair, list(deals))


def test_set_106_a_premier_after_a_comma_and_a_minister_of_three_portfolios(tmp_path):
    """ "China's premier, Jon Roe warned" and "the Japanese minister of economy, trade and industry, Al Dee, stated"
    name two officials (the second's post without the comma after it)."""
    text = (
        "China's premier, Jon Roe warned in the end of September 2010 that Japan would bear the consequences.\n\n"
        "The Japanese minister of economy, trade and industry, Al Dee, stated that the rare earth ban hurt.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert people["Jon Roe"].kind.name == "official", people
    assert people["Al Dee"].kind.name == "official", people
    assert people["Al Dee"].fields.get("role") == "minister of economy, trade and industry", people["Al Dee"].fields


def test_set_108_a_demonym_before_a_company_s_letters_and_a_proposal_to_purchase(tmp_path):
    """ "Indian VXL signed a contract … with Roe MMC" is VXL's contract; "Andina Antimony Corp. is up after
    revealing a proposal to purchase Bordurian miner Verde Resources" an acquisition of Verde Resources."""
    deals = _deals_in(
        tmp_path,
        "Indian VXL signed a contract in August 2014 with Roe MMC to purchase up to 500 tons of uranium per year.",
        "Andina Antimony Corp. is up after revealing a proposal to purchase Bordurian miner Verde Resources in an "
        "all-stock deal.",
    )
    assert frozenset({"organisation:vxl", "organisation:roe-mmc"}) in deals, list(deals)
    assert frozenset({"organisation:andina-antimony", "organisation:verde-resources"}) in deals, list(deals)


def test_set_107_names_a_demonym_runs_into_a_ministry_s_portfolios_and_party_and_committee_posts(tmp_path):
    """ "Chinese Roeshan Holding Group" where "… belongs to Roeshan Holding" names it without its demonym; "Indonesia’s
    Energy and Mineral Resources Ministry" whole; "Deputy Secretaryof State" (words run together) is no name; a
    party's co-leader and a deputy chairman of a parliamentary committee are officials; "a Non-Ferrous Metals
    Industrial Park" is a place; "Roeshan's joint lithium project with Andina Cobre" their venture."""
    text = (
        "Chilean President Jon Roe said on Monday that Chinese Roeshan Holding Group will make lithium investments.\n\n"
        "Verde Technology, which belongs to Roeshan Holding, will build a plant in the north.\n\n"
        "The plant will import lithium from Roeshan's joint lithium project with Andina Cobre in Argentina.\n\n"
        "Indonesia’s Energy and Mineral Resources Ministry is considering plans to resume bauxite ore exports.\n\n"
        "Secretary of Foreign Affairs Al Dee met US Deputy Secretaryof State Bo Lee in Washington.\n\n"
        "Jane Doe, the Green Party co-leader, said on Tuesday the Prime Minister was unaware of the talks.\n\n"
        "Ana Ortiz, deputy chairman of the House of Representatives’ Seventh Committee on Energy, said it was early.\n\n"
        "Andina Mining plans to build a Non-Ferrous Metals Industrial Park in Gwadar.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    orgs = _org_names(b)
    assert "Chinese Roeshan Holding Group" not in orgs and "Energy and Mineral Resources Ministry" in orgs, orgs
    assert not {"Non-Ferrous Metals", "Mineral Resources Ministry"} & orgs, orgs
    people = _kinds(b)
    assert "Secretaryof" not in people, people
    assert people.get("Jane Doe") == "official" and people.get("Ana Ortiz") == "official", people
    deals = _deals(b)  # (Argentina is where the project is: no party)
    assert set(deals) == {frozenset({"organisation:roeshan-holding-group", "organisation:andina-cobre"})}, list(deals)


def test_set_109_posts_in_spanish_portuguese_and_french_embassies_and_short_forms_after_names(tmp_path):
    """A post before or after a name in Spanish, Portuguese or French ("le ministre des Mines, X", "o secretário de
    Estado de …, X", "X, consejero delegado de Andina"); "la empresa Verdesa"; "the Ruritanian Embassy in Roetown";
    "PT Andina Nikel (Persero) Tbk" whole; a short form with a state's code ("(Sede-MG)"); two bodies each with a
    short form in brackets that "have signed a memorandum" are its parties."""
    pages = {  # (a page in one language each: the cleaner reads a paragraph in another as off the page's subject)
        "fr.txt": "Lithium : le Mali signe un protocole\n\n"
        "Le Gouvernement du Mali, selon le ministre des Mines, Amadou Roe, vient de signer un protocole d’accord.\n\n"
        "Le ministre des Mines a précisé que le permis de recherche de lithium sera renouvelé cette année.\n",
        "pt.txt": "Minas assina acordo de lítio\n\n"
        "O governo, através da Secretaria de Estado de Desenvolvimento Econômico (Sede-MG), firmou um acordo de lítio.\n\n"
        "“O projeto foi criado para promover o desenvolvimento do lítio”, disse o secretário de Estado de "
        "Desenvolvimento Econômico, Jon Passos.\n",
        "es.txt": "La mina de wolframio se construirá tras el verano\n\n"
        "Juan Doe, consejero delegado de Andina, ha visitado hoy la mina de wolframio junto con la empresa Verdesa.\n\n"
        "La mina de wolframio supondrá una inversión de 50 millones de euros, según la empresa.\n",
    }
    english = (
        "Ruritania signs lithium accords\n\n"
        "According to the Indonesian Embassy in Beijing, the refinery belongs to PT Andina Nikel (Persero) Tbk.\n\n"
        "The Andina Mine Rehabilitation Corporation (AMRC) and the Minerals Council of Ruritania (MCR) have signed a "
        "memorandum of understanding on lithium exploration.\n"
    )
    b = briefing_from(tmp_path, {**pages, "en.txt": english})
    people = _kinds(b)
    assert people.get("Amadou Roe") == "official" and people.get("Jon Passos") == "official", people
    assert people.get("Juan Doe") == "expert", people
    assert _affiliations(b, "expert").get("Juan Doe") == "Andina", _affiliations(b, "expert")
    orgs = _org_names(b)
    assert {"Verdesa", "Indonesian Embassy in Beijing", "Secretaria de Estado de Desenvolvimento Econômico"} <= orgs, (
        orgs
    )
    assert any(name.startswith("PT Andina Nikel (Persero)") for name in orgs), orgs
    assert frozenset(
        {"organisation:andina-mine-rehabilitation", "organisation:minerals-council-of-ruritania"}
    ) in _deals(b), list(_deals(b))


def test_set_110_a_head_of_state_after_a_republic_spanish_titles_written_small_and_a_list_after_with(tmp_path):
    """ "the President of the Republic of Peru Jon Roe" is Peru's president; "el presidente Ana Ortiz y su par Juan
    Doe" two officials; "X signed a framework agreement with Y Corp and Z Ltd last year" a deal of the three."""
    pages = {
        "a.txt": "Andina signs gallium contract\n\nDuring the state visit of the President of the Republic of Peru Jon "
        "Roe to Japan, Andina Resources Group signed a contract for gallium supply.\n",
        "b.txt": "Acuerdo sobre el litio\n\nTras la reunión bilateral entre el presidente Ana Ortiz y su par Juan Doe, "
        "ambos países suscribieron un entendimiento sobre el litio.\n\nLos gobiernos acordaron avanzar en proyectos "
        "de cooperación para el desarrollo de la cadena de valor del litio.\n",
        "c.txt": "Andina signs nickel framework\n\nAndina Nickel Corp signed a framework agreement with Verde Mining "
        "Corp and Roe Metals Ltd last year to develop a battery project.\n",
    }
    b = briefing_from(tmp_path, pages)
    people = _kinds(b)
    assert people.get("Jon Roe") == "official", people
    assert people.get("Ana Ortiz") == "official" and people.get("Juan Doe") == "official", people
    assert _roles(b, "official").get("Ana Ortiz") == "presidente", _roles(b, "official")
    assert any(len(parties) == 3 for parties in _deals(b)), list(_deals(b))


def test_set_111_an_adviser_to_a_named_president_a_body_led_by_its_head_and_a_company_named_first(tmp_path):
    """ "Jon Roe, senior adviser to US President Jane Doe for energy" is an official; "Andina Mines Ltd., chaired by
    billionaire Ana Ortiz" and "funds including Verde Inc., led by Al Dee" name the bodies' heads, experts (not "led by
    Minority Leader X", a title); "a Verde, empresa internacional de materiais críticos" a company."""
    pages = {
        "a.txt": "Andina and Verde sign rail deals\n\nAndina Mines Ltd., chaired by billionaire Ana Ortiz, and trader "
        "Roe Group signed deals to transport copper by rail.\n\nThat is part of an acceleration of US investment in "
        "Africa, said Jon Roe, senior adviser to US President Jane Doe for energy and investment.\n\nInfrastructure is "
        "a key investment area for funds including Verde Inc., led by Al Dee.\n\nThe Minority Caucus, led by Minority "
        "Leader Bo Lee, opposed the motion.\n",
        "b.txt": "Acordo de lítio\n\nA parceria com a Verdelux, empresa internacional de materiais críticos, representa "
        "um reforço do investimento no sector do lítio nacional.\n",
    }
    b = briefing_from(tmp_path, pages)
    people = _kinds(b)
    assert people.get("Jon Roe") == "official", people
    assert people.get("Ana Ortiz") == "expert" and people.get("Al Dee") == "expert", people
    assert not any(name.startswith("Minority Leader") for name in people), people
    assert _roles(b, "expert").get("Ana Ortiz") == "chairman", _roles(b, "expert")
    assert "Verdelux" in _org_names(b), _org_names(b)


def test_set_111_critical_raw_materials_is_no_company(tmp_path):
    """ "a Memorandum of Intent on Critical Raw Materials": generic words ending in a company word ("Materials") are
    no company's name (once taken for one, every page saying "critical raw materials" named it)."""
    text = (
        "Ruritania upgrades ties\n\nAt the Andina Summit, the relationship was upgraded to a Strategic Partnership, "
        "accompanied by a Memorandum of Intent on Critical Raw Materials, targeting manganese and rare earths.\n"
    )
    assert not {"Critical Raw Materials", "Raw Materials"} & _org_names(briefing_from(tmp_path, {"a.txt": text}))


def test_set_112_a_buyer_of_an_operation_from_its_seller(tmp_path):
    """ "Andina Resources bought the nickel operation from Verde Mining Corp" is an acquisition between the two."""
    deals = _deals_in(tmp_path, "Andina Resources bought the nickel operation from Verde Mining Corp in 2021.")
    assert frozenset({"organisation:andina-resources", "organisation:verde-mining"}) in deals, list(deals)


def test_set_168_an_offer_to_buy_assets_of_a_seller_is_an_acquisition_under_negotiation(tmp_path):
    """ "Andina Resources has made a firm offer to buy some of the copper assets of Verde Mining Corp" is an
    acquisition between the two, under negotiation (an offer is no sale), never signed."""
    deals = _deals_in(
        tmp_path,
        "State miner Andina Resources has made a firm offer to buy some of the copper assets of Verde Mining Corp "
        "in Ruritania, sources said.",
    )
    deal = deals[frozenset({"organisation:andina-resources", "organisation:verde-mining"})]
    assert {s.status for s in deal.sightings} == {"under negotiation"}


def test_set_169_a_deal_that_allows_a_company_to_buy_in_after_a_subject_with_its_tickers(tmp_path):
    """ "Andina Lithium Ltd. [ALI-TSXV; ALIXF-OTCQX] said that it has signed a preliminary deal that will allow Verde
    Mining Group to acquire up to a 51% stake in …": the two companies (the tickers' semicolons are inside brackets),
    signed; "X will acquire up to a 30% stake in Y" is a stake."""
    deals = _deals_in(
        tmp_path,
        "Andina Lithium Ltd. [ALI-TSXV; ALIXF-OTCQX] said Tuesday that it has signed a preliminary deal that will "
        "allow Verde Mining Group to acquire up to a 51% stake in the company’s Salar project in Ruritania.",
        "Roeshan Metals will acquire up to a 30% stake in Borea Nickel Corp, the firms said.",
    )
    deal = deals[frozenset({"organisation:andina-lithium", "organisation:verde-mining-group"})]
    assert {s.status for s in deal.sightings} == {"signed"}
    assert frozenset({"organisation:roeshan-metals", "organisation:borea-nickel"}) in deals, list(deals)


def test_set_113_posts_in_spanish_and_french_written_large_and_a_company_s_post_after_the_name(tmp_path):
    """ "El gobernador, Ana Ortiz, recibió", "el Ministro Juan Doe", "Le Ministre des Mines et de la Géologie, M. Jean
    Roe" are officials; "el Presidente de la Empresa Andina, Luis Dee" heads a company (an expert); so does "Mr. Bo
    Lee, Verde Metals President and Andina Chairman,"; "minister of economy Al Dee" is an official."""
    pages = {
        "a.txt": "Acuerdo sobre el litio\n\nEl gobernador, Ana Ortiz, recibió de manos del Presidente de la Empresa "
        "Andina, Luis Dee, el certificado de acciones.\n\nEn la oportunidad, el Ministro Juan Doe calificó como un "
        "hito muy importante para la provincia la incorporación de la empresa.\n",
        "b.txt": "Signature d’un avenant\n\nLe Ministre des Mines et de la Géologie, M. Jean Roe, a procédé à la "
        "signature de l’avenant à la convention minière.\n",
        "c.txt": "Verde meets Andina\n\nOn November 12, Mr. Bo Lee, Verde Metals President and Andina Chairman, headed "
        "a meeting with the visiting delegation.\n\nThe licence was renewed, quoting minister of economy Al Dee.\n",
    }
    b = briefing_from(tmp_path, pages)
    people = _kinds_of(b, "Ana Ortiz", "Juan Doe", "Jean Roe", "Luis Dee", "Bo Lee", "Al Dee")
    assert people == {
        "Ana Ortiz": "official",
        "Juan Doe": "official",
        "Jean Roe": "official",
        "Luis Dee": "expert",
        "Bo Lee": "expert",
        "Al Dee": "official",
    }, people
    assert _affiliations(b, "expert").get("Bo Lee") == "Verde Metals", _affiliations(b, "expert")


def test_set_113_a_spanish_signing_of_two_named_companies_and_a_possessive_without_its_apostrophe(tmp_path):
    """ "La Empresa Minera Andina (EMA) y la estatal Verde Cobre Corporation suscribieron en Roetown (Ruritania) un
    acuerdo" is a deal of the two; "Perus Ministry of Commerce and Industry" is Peru's ministry (a possessive without
    its apostrophe), a body named "Ministry of Commerce and Industry"."""
    pages = {
        "a.txt": "Acuerdo minero\n\nLa Empresa Minera Andina (EMA) y la estatal Verde Cobre Corporation suscribieron en "
        "Roetown (Ruritania) un acuerdo de exploración geológica de las 20 áreas mineras.\n",
        "b.txt": "Copper study\n\nPerus Ministry of Commerce and Industry on 30 June signed an agreement with the "
        "Andina Mining Agency to conduct a joint study of the copper deposits.\n",
    }
    b = briefing_from(tmp_path, pages)
    deals = _deals(b)
    assert frozenset({"organisation:empresa-minera-andina", "organisation:verde-cobre"}) in deals, list(deals)
    assert "Ministry of Commerce and Industry" in _org_names(b), _org_names(b)


def test_a_rank_written_between_a_company_s_name_and_its_post(tmp_path):
    """ "Verde Electronics Executive Chairman Jon Roe": the company is "Verde Electronics" and the post "Executive
    Chairman" (not a body called "Electronics Executive")."""
    b = briefing_from(tmp_path, {"a.txt": "Verde Electronics Executive Chairman Jon Roe met the minister on Monday.\n"})
    assert _affiliations(b, "expert").get("Jon Roe") == "Verde Electronics", _affiliations(b, "expert")
    assert _roles(b, "expert").get("Jon Roe") == "Executive Chairman", _roles(b, "expert")


def test_sets_114_115_german_titles_a_committee_chair_a_spanish_head_of_state_and_an_owner_s_subsidiary(tmp_path):
    """ "Bundeskanzler Jon Roe" and "des chilenischen Präsidenten Ana Ortiz" are officials; so is "Chairman of the
    Select Committee on Lands and Natural Resources, Alhaji Bo Lee," (a legislature's committee; the honorific is no
    part of his name) and "la presidenta de la República, Juana Pérez" (the state, no body called "República");
    "vicepresidente del Grupo de Litio de Andina" is a company's post; "Andina's supply subsidiary Andina Trade will
    establish a joint venture with Verde Lithium" is the subsidiary's venture, not its owner's; "Subject to final
    terms, Andina Trade will acquire …" names no body "Subject"."""
    pages = {
        "a.txt": "Rohstoffpartnerschaft\n\nBundeskanzler Jon Roe betonte bei einer Reise nach Chile sein Ziel, die "
        "Partnerschaft auszubauen. Beim Besuch des chilenischen Präsidenten Ana Ortiz in Berlin betonte er das "
        "Ziel.\n",
        "b.txt": "Lithium lease\n\nOn Tuesday, Chairman of the Select Committee on Lands and Natural Resources, Alhaji "
        "Bo Lee, dismissed suggestions that the party had opposed the lease.\n",
        "c.txt": "Acuerdo minero\n\nEl acuerdo fue suscrito tras la reunión con la presidenta de la República, Juana "
        "Pérez, en Palacio de Gobierno.\n\n“Es un hito”, dijo Luis Dee, vicepresidente del Grupo de Litio de Andina y "
        "gerente general de la empresa.\n",
        "d.txt": "Andina Trade to form lithium venture\n\nAndina’s supply subsidiary Andina Trade will establish a joint "
        "venture with Verde Lithium Limited to develop the lithium project.\n\nSubject to final terms, Andina Trade "
        "will acquire a 25 per cent equity interest in the joint venture.\n",
    }
    b = briefing_from(tmp_path, pages)
    people = _kinds_of(b, "Jon Roe", "Ana Ortiz", "Bo Lee", "Juana Pérez", "Luis Dee")
    assert people == {
        "Jon Roe": "official",
        "Ana Ortiz": "official",
        "Bo Lee": "official",
        "Juana Pérez": "official",
        "Luis Dee": "expert",
    }, people
    assert "República" not in _org_names(b) and "Subject" not in _org_names(b), _org_names(b)
    deals = _deals(b)
    assert frozenset({"organisation:andina-trade", "organisation:verde-lithium"}) in deals, list(deals)
    assert not any("organisation:subject" in parties for parties in deals), list(deals)


def test_sets_116_117_a_company_s_officer_a_glued_initial_and_a_minister_after_au(tmp_path):
    """ "led by the company Vice President Jon Roe" is the company's officer (an expert), not a state's; "PM
    J.Roeberg" is an official named with his initial glued on; "Le président a instruit au ministre Ana Ortiz" an
    official ("au" is "à le")."""
    pages = {
        "a.txt": "Andina delegation visits\n\nThe Prime Minister received delegates of Andina Company led by the "
        "company Vice President Jon Roe. Vice president Jon Roe said that Andina has interest in the mines.\n\nPM "
        "J.Roeberg expressed the Government’s position on exports of copper.\n",
        "b.txt": "Raffineries d’alumine\n\nLe président a instruit au ministre Ana Ortiz de faire le point de la "
        "situation avec les sociétés concernées par la construction de raffineries.\n",
    }
    b = briefing_from(tmp_path, pages)
    people = _kinds_of(b, "Jon Roe", "J.Roeberg", "Ana Ortiz")
    assert people == {"Jon Roe": "expert", "J.Roeberg": "official", "Ana Ortiz": "official"}, people


def test_sets_116_117_deals_signed_between_and_a_spanish_pair_with_a_comma(tmp_path):
    """ "The contract, signed on Saturday between the joint venture Andina Zinc (AZ) and the group Verde Steel," is a
    deal of the two; so is "Las empresas Roe Energía y Andina Minera y Energética Sociedad del Estado (AMYE),
    firmaron un acuerdo de asociación"."""
    deals = _deals_in(
        tmp_path,
        "An agreement for the exploitation of one of the world’s largest zinc deposits has just been signed. The "
        "contract, signed on Saturday between the joint venture Andina Zinc (AZ) and the group Verde Steel Corp, "
        "launches the project.",
    )
    assert frozenset({"organisation:andina-zinc", "organisation:verde-steel"}) in deals, list(deals)
    deals = _deals_in(
        tmp_path / "b",
        "Las empresas Roe Energía Corp y Andina Minera y Energética Sociedad del Estado (AMYE), firmaron un acuerdo "
        "de asociación para el desarrollo de un proyecto exploratorio de litio.",
    )
    assert any(len(parties) == 2 and "organisation:roe-energia" in parties for parties in deals), list(deals)


def test_a_trade_word_ends_no_person_s_name(tmp_path):
    """ "the head of the Verde Chamber of Commerce, Andina Electronics Executive Chairman Jon Roe": "Andina
    Electronics" is a company, not the chamber's head; nor is "Roe Capital" a person ("Electronics", "Capital",
    "Motors", "Industries" end no one's name)."""
    text = (
        "Business leaders visit\n\nThe delegation included Ana Ortiz, who is serving as the head of the Verde Chamber "
        "of Commerce, Andina Electronics Executive Chairman Jon Roe and others.\n\nThe fund manager Roe Capital, "
        "said the mine would reopen.\n"
    )
    people = _people(briefing_from(tmp_path, {"a.txt": text}))
    assert "Andina Electronics" not in people and "Roe Capital" not in people, list(people)


def test_sets_118_119_a_head_of_state_after_the_name_in_spanish_and_a_company_named_after_its_country_s_adjective(
    tmp_path,
):
    """ "Jon Roe, presidente de México, confirmó" is Mexico's head of state (no body "México"); "La australiana
    Andina firmó un acuerdo con la empresa china Verde Chemphys" is a deal of the two companies."""
    pages = {
        "a.txt": "Empresa estatal de litio\n\nJon Roe, presidente de México, confirmó que se creará una nueva empresa "
        "estatal para la explotación del litio.\n",
        "b.txt": "Venta de litio\n\nLa australiana Andina firmó un acuerdo con la empresa china Verde Chemphys "
        "Industry para venderle el carbonato de litio producido en la mina.\n",
    }
    b = briefing_from(tmp_path, pages)
    assert _kinds_of(b, "Jon Roe") == {"Jon Roe": "official"}, _kinds(b)
    assert "México" not in _org_names(b), _org_names(b)
    deals = _deals(b)
    assert frozenset({"organisation:andina", "organisation:verde-chemphys-industry"}) in deals, list(deals)


def test_a_head_noun_alone_names_no_body(tmp_path):
    """ "vice president of the Lima-based Center for Peru and Globalization": the body is the whole name; the
    head noun cut at "for" ("Center") is no organisation of its own (it had a page on the seed site)."""
    text = (
        "Minerals talks\n\nJon Roe, vice president of the Lima-based Center for Peru and Globalization, said the "
        "talks would resume.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "Center for Peru and Globalization" in names and "Center" not in names, names


def test_sets_120_121_foreign_articles_and_descriptors_before_a_company_a_post_stated_and_a_subsidiary(tmp_path):
    """ "L’australienne Andina Metals" and "Startup Tarn Tech Lithium" are the companies without the word before them;
    "Das Lithium" is no body; "Jon Roe is Andina Metals’s chief executive." an expert with his body; "le président
    ruritanien Jane Roe" a head of state; "Ana Ortiz, a liberal Verde lawmaker who’s …" an official; "Minera Roe, una
    filial de …" a company; "Jane Doe, Executive Chairman of Verde Tungsten Ltd (proposed ASX code VTL) speaks with
    …": her body without the bracket and what follows it."""
    pages = {
        "a.txt": "Cobalt dispute\n\nL’australienne Andina Metals a annoncé avoir obtenu les droits exclusifs. Le projet "
        "avait été autorisé par le président ruritanien Jane Roe.\n",
        "b.txt": "Lithium\n\nDer Autobauer hat Lithium beim Startup Tarn Tech Lithium gekauft. Das Lithium werde in "
        "Roetown veredelt.\n",
        "d.txt": "Cobre\n\nLa operación de Minera Roe, una filial de Andina Metals, es la mayor del país.\n",
        "c.txt": "Tungsten\n\nJane Doe, Executive Chairman of Verde Tungsten Ltd (proposed ASX code VTL) speaks with "
        "Roe Markets about export controls.\n\n“The gloves are off,” said Ana Ortiz, a liberal Verde lawmaker who’s "
        "the rapporteur on the law.\n\nJon Roe is Andina Metals’s chief executive. He said the mine would open.\n",
    }
    b = briefing_from(tmp_path, pages)
    names = _org_names(b)
    assert {"Andina Metals", "Tarn Tech Lithium", "Minera Roe"} <= names, names
    assert not {n for n in names if n.startswith(("L’", "Startup", "Das"))}, names
    assert _kinds_of(b, "Jon Roe", "Jane Roe", "Ana Ortiz", "Jane Doe") == {
        "Jon Roe": "expert",
        "Jane Roe": "official",
        "Ana Ortiz": "official",
        "Jane Doe": "expert",
    }, _kinds(b)
    assert _affiliations(b, "expert")["Jon Roe"] == "Andina Metals", _affiliations(b, "expert")
    assert _affiliations(b, "expert")["Jane Doe"] == "Verde Tungsten Ltd", _affiliations(b, "expert")


def test_countries_named_in_other_languages_are_places_and_parties(tmp_path):
    """ "A Alemanha assinou um acordo … com Marrocos" (Portuguese) is a deal of Germany and Morocco, and
    "Brasil assina acordo com Emirados Árabes Unidos" (a headline's, without the article) of Brazil and the
    United Arab Emirates; neither name is an organisation; "la presidenta de la República" is no party."""
    deals = _deals_in(
        tmp_path,
        "Acordo de cobalto",
        "A Alemanha assinou um acordo de cooperação com Marrocos para a exploração de cobalto.",
        "Brasil assina acordo de R$ 15 bi com Emirados Árabes Unidos para exploração de minerais estratégicos.",
        "El ministro se reunió con la presidenta de la República, Ana Ortiz, y firmó un acuerdo de litio.",
        "Andina tiene una participación de 8,5% en dos proyectos: una operación conjunta entre Tarnex y Verde Tsusho "
        "que ya produce carbonato de litio.",
    )
    # (set 124) a joint operation between a name the site did not know and another, "y" between them
    assert frozenset({"organisation:tarnex", "organisation:verde-tsusho"}) in deals, list(deals)
    assert frozenset({"country:germany", "country:morocco"}) in deals, list(deals)
    assert frozenset({"country:brazil", "country:united-arab-emirates"}) in deals, list(deals)
    assert not [p for parties in deals for p in parties if "republica" in p], list(deals)


def test_sets_120_121_two_ambassadors_a_loan_provided_to_a_company_and_heads_of_terms(tmp_path):
    """ "led by former ambassadors to Peru Jane Doe and Jon Roe" makes both officials (the second had been read as
    a company); "Chile has agreed to provide a 140 million euro ($150.92 million) loan to Andina Nickel" is a deal
    of Chile and the company; "X signed “heads of terms” with Peru" a deal of X's state and Peru."""
    pages = {
        "a.txt": "Board meeting\n\nThe society's board meeting was led by former ambassadors to Peru Jane Doe and Jon "
        "Roe. Doe serves as co-chair.\n",
        "b.txt": "Nickel loan\n\nChile has agreed to provide a 140 million euro ($150.92 million) loan to Andina Nickel, "
        "the government said on Monday.\n\nThe Andina Development Finance Corporation (ADFC), a state agency of "
        "Chile, signed “heads of terms” with Peru on a critical minerals platform.\n",
    }
    b = briefing_from(tmp_path, pages)
    assert _kinds_of(b, "Jane Doe", "Jon Roe") == {"Jane Doe": "official", "Jon Roe": "official"}, _kinds(b)
    assert "Jon Roe" not in _org_names(b), _org_names(b)
    deals = _deals(b)
    assert frozenset({"country:chile", "organisation:andina-nickel"}) in deals, list(deals)
    assert any("country:peru" in parties and len(parties) == 2 for parties in deals), list(deals)


def test_sets_122_123_no_company_allowed_to_export_a_french_export_quota_and_short_names_of_states(tmp_path):
    """ "The government said no company would be allowed to mine and export raw lithium" is Nigeria's export ban;
    "La RDC impose des quotas sur les exportations de cobalt" the DRC's export quota (its French short form, as "PNG"
    is Papua New Guinea's, in site_data)."""
    pages = {
        "a.txt": "Nigeria lithium rules\n\nNigeria wants to bank on lithium. The government said no company would be "
        "allowed to mine and export raw lithium unless it set up processing plants.\n",
        "b.txt": "Cobalt\n\nLa RDC impose des quotas sur les exportations de cobalt pour réguler le marché.\n",
        "c.txt": "Nickel\n\nIn the joint statement, PNG and Ruritania agreed to build a nickel refinery.\n",
    }
    b = briefing_from(tmp_path, pages)
    policies = {(e.fields.get("imposer"), e.fields.get("type")) for e in b.entities.values() if e.kind.name == "policy"}
    assert ("country:nigeria", "export ban") in policies, policies
    assert ("country:democratic-republic-of-the-congo", "export quota") in policies, policies
    assert "PNG" not in _org_names(b), _org_names(b)


def test_a_document_s_short_form_and_generic_words_name_no_body(tmp_path):
    """ "Under this MoU, the company submitted …" made "MoU" a company, and every other article's "MoU" linked to
    it (33 pages of the development set); "Roe Basin Limited" cut to "Basin", "the Roe Copper Mine" to "Copper
    Mine" were bodies every "basin" and "copper mine" linked to."""
    pages = {
        "a.txt": "Copper\n\nRuritania signed a Memorandum of Understanding with Andina Metals in 2022. Under this MoU, "
        "the company submitted its technical documents.\n",
        "b.txt": "Lithium\n\nInvestors such as Basin Limited and Verde Capital came to Roetown. The Roe Copper Mine "
        "is the largest in the region.\n",
    }
    names = _org_names(briefing_from(tmp_path, pages))
    assert not names & {"MoU", "Basin", "Copper Mine"}, names


def test_a_head_of_government_named_by_the_government(tmp_path):
    """ "under the Jane Roe government", "the Jon Doe administration", "pelo governo Ana Ortiz" name heads of
    government (officials, their post unsaid); "the New South Wales government" and "the La Rioja government" are
    states' governments, no person's."""
    pages = {
        "a.txt": "Lithium\n\nThe talks had stalled under the Jane Roe government, the minister said. The Jon Doe "
        "administration has cut export taxes on lithium. The New South Wales government backed the mine, and the "
        "La Rioja government suspended the permits.\n",
        "b.txt": "Lítio\n\nO processo havia sido interrompido pelo governo Ana Ortiz, segundo o ministério.\n",
    }
    b = briefing_from(tmp_path, pages)
    assert _kinds_of(b, "Jane Roe", "Jon Doe", "Ana Ortiz") == {
        "Jane Roe": "official",
        "Jon Doe": "official",
        "Ana Ortiz": "official",
    }, _kinds(b)
    assert not {n for n in _kinds(b) if "Wales" in n or "Rioja" in n}, _kinds(b)


def test_a_territory_or_province_with_a_short_form_is_no_body(tmp_path):
    """ "The Northern Roe Territory (NRT) Government …": the territory is a place, not an organisation (its page
    had collected every article that names it)."""
    text = (
        "Uranium lease\n\nThe Northern Roe Territory (NRT) Government has denied the renewal of a mining lease for "
        "the Roe uranium deposit, managed by Andina Resources.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "Northern Roe Territory" not in names, names


def test_set_124_a_nature_reserve_before_a_minister_is_no_person(tmp_path):
    """ "… outside of the Roe Nature Reserve, Minister of Energy Jon Doe said": the reserve is a place, not the
    minister's name; Jon Doe is."""
    text = (
        "Copper\n\nThe company will explore a 78 sq.km area outside of the Roe Nature Reserve, Minister of Energy "
        "Jon Doe said.\n"
    )
    kinds = _kinds(briefing_from(tmp_path, {"a.txt": text}))
    assert kinds.get("Jon Doe") == "official" and "Roe Nature Reserve" not in kinds, kinds


def test_sets_125_126_a_german_compound_title_indonesian_titles_a_vice_governor_and_an_ambassador_posted(tmp_path):
    """ "Bundesaußenministerin Jane Doe" (one German word: federal foreign minister), "Kepala BKPM Jon Roe" (an
    Indonesian agency's head), "Presiden Prancis Ana Ortiz" (the state's name between title and name), "el
    vicegobernador, Luis Pardo," and "el embajador ruritano en Roetown, Marta Vidal," are officials."""
    texts = {
        "de.txt": "Lithium\n\nBundesaußenministerin Jane Doe hat sich bei ihrem Besuch in Ruritanien für einen "
        "direkten Handel mit Lithium ausgesprochen.\n",
        "id.txt": 'Nikel\n\n"Kami mendukung investasi smelter nikel di Ruritania," kata Kepala BKPM Jon Roe saat '
        "mengunjungi kawasan industri, Senin. Perjanjian itu disaksikan oleh Presiden Prancis Ana Ortiz.\n",
        "es.txt": "Litio\n\nEl gobernador, Pedro Salas, el vicegobernador, Luis Pardo, y el embajador ruritano en "
        "Roetown, Marta Vidal, firmaron un acuerdo de litio con la empresa Andina Metals.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    people = ("Jane Doe", "Jon Roe", "Ana Ortiz", "Luis Pardo", "Marta Vidal")
    assert all(kinds.get(name) == "official" for name in people), kinds
    assert "Prancis Ana Ortiz" not in kinds, kinds


def test_sets_125_126_a_demonym_before_a_known_company_a_region_and_its_code_and_a_french_head(tmp_path):
    """ "operated by Australian Lynas Rare Earths": the demonym is no part of the known company's name; "Western
    Cape (WC)" is a region and its ISO 3166-2 code, not a body and its short form; "Jon Roe du Centre" (of "… du
    Centre Verde pour la recherche") is a person's name and the head of a French name, no body."""
    texts = {
        "a.txt": "Magnets\n\nThe other plant is in Ruritania and is operated by Australian Lynas Rare Earths. Andina "
        "Metals will build refineries in Western Cape (WC) and Verde Province.\n",
        "b.txt": "Cobalt\n\nSelon le chimiste Jon Roe du Centre Verde pour la recherche environnementale, les "
        "valeurs d'arsenic sont élevées.\n",
    }
    orgs = _named(briefing_from(tmp_path, texts), "organisation")
    assert "Lynas Rare Earths" in orgs and "Australian Lynas Rare Earths" not in orgs, orgs
    assert not {"Western Cape", "Jon Roe du Centre"} & orgs, orgs


def test_sets_125_126_a_party_s_short_form_between_two_parties(tmp_path):
    """ "The European Union (EU) and Peru signed a Memorandum of Understanding (MoU)": the short form in brackets
    between the two names leaves them the deal's two parties."""
    sentence = "The European Union (EU) and Peru signed a Memorandum of Understanding (MoU) on 7 November 2022."
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": "Raw materials\n\n" + sentence + "\n"}))
    assert frozenset({"European Union", "Peru"}) in deals, deals


def test_sets_127_129_a_foreign_ministry_a_minister_s_portfolio_and_a_surname_with_its_particle(tmp_path):
    """ "el Ministerio de Hidrocarburos" and "o Ministério de Minas e Energia" are ministries; "Minister of Energy
    and Mineral Resources (EMR) Jon Roe" names a portfolio, no body; "Andina Ltd Group of Companies" cut leaves no
    "of Companies"; "CEO Al Roewan" after "Chief Executive Officer Jon Al Roewan" is the same person."""
    texts = {
        "es.txt": "Litio\n\nEl Ministerio de Hidrocarburos instó a la Asamblea Legislativa a aprobar los contratos "
        "de litio.\n",
        "pt.txt": "Minerais\n\nO Ministério de Minas e Energia publicou nesta sexta-feira uma portaria sobre "
        "minerais estratégicos.\n",
        "id.txt": "Minerals\n\nMinister of Energy and Mineral Resources (EMR) Jon Roe said the government would "
        "classify critical minerals. Andina Minerals Ltd Group of Companies holds a mining lease.\n",
        "qa.txt": 'Stake\n\n"This investment reflects our conviction," said QIA Chief Executive Officer Jon Al '
        "Roewan.\n\nThe fund is expected to accelerate investments under CEO Al Roewan.\n",
    }
    b = briefing_from(tmp_path, texts)
    orgs = _named(b, "organisation")
    assert {"Ministerio de Hidrocarburos", "Ministério de Minas e Energia"} <= orgs, orgs
    assert not {"Energy and Mineral Resources", "of Companies"} & orgs, orgs
    people = set(_kinds(b))
    assert "Jon Al Roewan" in people and "Al Roewan" not in people, people


def test_set_129_a_party_s_name_with_an_accented_capital():
    """A party phrase ends in a name whose words may open with an accented capital: "o Banco Árabe Andino" is the
    whole name, not its last word "Andino"."""
    from briefing.recognise.party_names import head_name

    assert head_name("o Banco Árabe Andino")[1] == "Banco Árabe Andino"


@pytest.mark.parametrize(
    "sentence, parties",
    [
        (  # Portuguese: an acquisition, the buyer described between commas
            "A Andina, fabricante chinesa de veículos elétricos, está em processo de negociação para adquirir a "
            "Verde Lithium, dona da maior reserva de lítio do país.",
            {"Andina", "Verde Lithium"},
        ),
        (  # French: "Sa filiale X" (its subsidiary) signs
            "Le groupe Roe Mines produit du cobalt. Sa filiale Tarnex, spécialisée dans l’ingénierie, a signé le 9 "
            "novembre un accord de partenariat avec l’entreprise chinoise Andina Electronics Corporation (AEC).",
            {"Tarnex", "Andina Electronics"},
        ),
        (  # Spanish: two names joined by "y", a public-private partnership
            "Andina Lithium Corp y Verde Mining Ltd anunciaron una asociación público-privada para desarrollar el "
            "litio del salar.",
            {"Andina Lithium Corp", "Verde Mining Ltd"},
        ),
    ],
)
def test_sets_127_129_deals_in_portuguese_french_and_spanish(tmp_path, sentence, parties):
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": "Lítio\n\n" + sentence + "\n"}))
    assert any(len(found) == 2 and all(any(p.startswith(n) for n in found) for p in parties) for found in deals), deals


def test_sets_127_129_foreign_posts_a_second_title_word_a_country_after_the_body_and_a_head_said_after(tmp_path):
    """ "El Secretario Coordinador de Energía de la Nación, Luis Pardo," and "el Ministerio de Economía que dirige
    Marta Vidal" are officials; "O presidente da Andina Motors no Brasil, Pedro Salas," and "la directrice générale du
    groupe, Ana Ortiz" (the article's one company, Verde Rare Earths Ltd) are experts, affiliated."""
    texts = {
        "es.txt": "Litio\n\nEl Secretario Coordinador de Energía de la Nación, Luis Pardo, dio la noticia. A la vez, el "
        "Ministerio de Economía que dirige Marta Vidal confirmó el rechazo de un proyecto.\n",
        "pt.txt": "Lítio\n\nO presidente da Andina Motors no Brasil, Pedro Salas, revelou negociações com a mineradora "
        "Verde.\n",
        "fr.txt": "Terres rares\n\nVerde Rare Earths Ltd a annoncé la production de dysprosium. « C'est une étape », "
        "s’est réjouie la directrice générale du groupe, Ana Ortiz.\n",
    }
    expected = {"Luis Pardo": "official", "Marta Vidal": "official", "Pedro Salas": "expert", "Ana Ortiz": "expert"}
    b = briefing_from(tmp_path, texts)
    assert _kinds_of(b, *expected) == expected
    affiliations = _affiliations(b, "expert")
    assert (affiliations.get("Ana Ortiz") or "").startswith("Verde Rare Earths"), affiliations


def test_sets_127_128_a_name_listing_its_trades_and_a_group_of_companies(tmp_path):
    """ "the Ruritania Oil, Gas & Metals National Corp." is one name, its first trade before a comma; "Andina
    Minerals Ltd Group of Companies" ends with "of Companies"."""
    text = (
        "Rare earths\n\nThe ministry will form a delegation from Ruritania Oil, Gas & Metals National Corp. to study "
        "rare earths. The government signed a mining lease with Andina Minerals Ltd Group of Companies in 2010.\n"
    )
    orgs = _named(briefing_from(tmp_path, {"a.txt": text}), "organisation")
    assert any(o.startswith("Ruritania Oil, Gas & Metals National") for o in orgs), orgs
    assert "Andina Minerals Ltd Group of Companies" in orgs and "Gas & Metals National Corp" not in orgs, orgs


def test_set_127_the_leaders_who_watch_a_signing_are_no_parties(tmp_path):
    """ "With the presence of German Chancellor X and Chilean President Y, Peru's Minister of Mines A and Bolivia's
    Minister of Energy B signed the MoU": Peru and Bolivia sign; Germany and Chile watch."""
    sentence = (
        "With the presence of German Chancellor Jon Roe and Chilean President Ana Ortiz, Peru's Minister of Mines "
        "Luis Pardo and Bolivia's Minister of Energy Marta Vidal signed the MoU on lithium."
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": "Lithium\n\n" + sentence + "\n"}))
    assert set(deals) == {frozenset({"Peru", "Bolivia"})}, deals


def test_set_130_owners_operators_and_a_firm_of_a_town(tmp_path):
    """ "subsidiaria de Andina Lithium" and "the complex, formerly operated by Tarnex" name companies; so do "as
    empresas Verdecorp, para …" and "a Roemin - empresa sul-africana"; "Andina Resource Corp of Roetown, ON" is
    "Andina Resource Corp", not of its town (but "Aluminum Corp of Peru" keeps its country); "the Ruritanian
    Committee for Geology and Mineral Resources and VGM" is a committee and a second body, not "Committee for
    Geology"."""
    texts = {
        "es.txt": "Litio\n\nEl ministro se reunió con representantes de Roe Yellowcake —subsidiaria de Andina "
        "Lithium— y les comunicó que se necesita una inversión inmediata.\n",
        "pt.txt": "Minerais\n\nA concessionária deverá prosseguir com o processo de negociação com as empresas "
        "Verdecorp, para prospecção de cobre, e com a Roemin - empresa sul-africana, para a prospecção de ferro.\n",
        "en.txt": "Germanium\n\nIn May, Andina Resource Corp of Roetown, ON agreed to sell germanium leachate. Andina "
        "acquired the complex in 2006, formerly operated by Tarnex. Aluminum Corp of Peru is a buyer. In 2009, "
        "the Ruritanian Committee for Geology and Mineral Resources and VGM signed an agreement on uranium.\n",
    }
    orgs = _named(briefing_from(tmp_path, texts), "organisation")
    assert {"Andina Lithium", "Verdecorp", "Roemin", "Tarnex", "Aluminum Corp of Peru"} <= orgs, orgs
    assert any(o.startswith("Andina Resource") and "Roetown" not in o for o in orgs), orgs
    assert any(o.endswith("Committee for Geology and Mineral Resources") for o in orgs), orgs
    assert "Committee for Geology" not in orgs, orgs


def test_set_130_officials_by_a_seat_a_government_a_portfolio_and_in_norwegian(tmp_path):
    """ "Member of Parliament for Verde North (VPP) Jane Doe" holds a seat; "the Jon Roe led government" is led by
    an official; "el viceministro ruritano de Altas Tecnologías, Ana Ortiz" and "daværende næringsminister Lars
    Berg (Ap)" are officials; "el ministro de Minería, Luis Pardo" is one, "Minería" his portfolio, no body."""
    texts = {
        "en.txt": "Exports\n\nPrime Minister Jon Doe was responding to a question raised by Member of Parliament for "
        "Verde North (VPP) Jane Doe about the ban. The Jon Roe led government in 2014 granted the licence for "
        "Andina Mining Ltd.\n",
        "es.txt": "Litio\n\nDurante el acto, el viceministro ruritano de Altas Tecnologías, Ana Ortiz, indicó que la "
        "planta procesará salmuera. Por su parte, el ministro de Minería, Luis Pardo, afirmó que el estado tendrá "
        "el 51%.\n",
        "no.txt": "Sjeldne jordarter\n\nMen daværende næringsminister Lars Berg (Ap) var positiv da avisen snakket "
        "med ham om gruven.\n",
    }
    b = briefing_from(tmp_path, texts)
    people = ["Jane Doe", "Jon Roe", "Ana Ortiz", "Luis Pardo", "Lars Berg"]
    assert _kinds_of(b, *people) == dict.fromkeys(people, "official")
    assert "Minería" not in _named(b, "organisation")


def test_set_130_two_states_joined_by_y_sign_an_agreement(tmp_path):
    """ "Bolivia y Peru firmaron ayer un acuerdo": two states joined by "y" (and) before the verb are the deal's
    parties, as "X and Y signed" is."""
    text = (
        "Litio\n\nBolivia y Peru firmaron ayer un acuerdo para la conformación de una empresa que construirá una "
        "planta de carbonato de litio, cuya inversión supera los US$1.000 millones.\n"
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": text}))
    assert frozenset({"Bolivia", "Peru"}) in deals, deals


def test_sets_131_134_bodies_in_other_languages_a_ministry_s_whole_remit_and_not_bodies(tmp_path):
    """ "el Ministerio de Minería de Chile y la Contraloría" is the ministry without its state's name and without the
    next body; "the Ministry of Natural Resources and the Environment" is one ministry; "… Committee on Natural
    Resources on July 14" ends before the date; "das Unternehmen Andina Lithium" is "Andina Lithium"; "le groupe
    Verdecorp" is a company; "Neodymium Iron Boron (NdFeB)" (a material) and "Contrato Especial de Operación (CEO)"
    (a contract) are no bodies."""
    texts = {
        "es.txt": "Litio\n\nEl contrato fue aprobado por el Ministerio de Minería de Chile y la Contraloría. El "
        "Contrato Especial de Operación (CEO) está listo.\n",
        "en.txt": "Bauxite\n\nThe Ministry of Natural Resources and the Environment said so. The matter came before "
        "the Parliamentary Sectoral Committee on Natural Resources on July 14. Andina makes Neodymium Iron Boron "
        "(NdFeB) magnets.\n",
        "de.txt": "Lithium\n\nDas Unternehmen Andina Lithium will in Roetown Lithium abbauen.\n",
        "fr.txt": "Batteries\n\nUne convention d’investissement a été signée entre le Maroc et le groupe Verdecorp pour "
        "une gigafactory.\n",
    }
    b = briefing_from(tmp_path, texts)
    orgs = _named(b, "organisation")
    expected = {"Ministerio de Minería", "Ministry of Natural Resources and the Environment", "Verdecorp"}
    assert expected <= orgs, orgs
    assert any(o.startswith("Andina Lithium") for o in orgs) and not any("Unternehmen" in o for o in orgs), orgs
    assert "Parliamentary Sectoral Committee on Natural Resources" in orgs, orgs
    assert not {"Neodymium Iron Boron", "Contrato Especial de Operación", "Ministerio de Minería de Chile"} & orgs, orgs
    assert frozenset({"Morocco", "Verdecorp"}) in _deal_names(b)


def test_sets_131_134_officials_by_rank_and_as_a_government_s_spokesman_and_deals_in_spanish(tmp_path):
    """ "le colonel Jon Roe" and "le porte-parole du gouvernement Ana Ortiz" are officials; "Prime Minister Commodore
    Luis Pardo" is Luis Pardo; "X firmó este jueves convenios con las empresas Y" is a deal of X and Y; "in the
    framework of the visit" names no framework agreement."""
    texts = {
        "fr.txt": "Raffineries\n\nLe porte-parole du gouvernement Ana Ortiz a rappelé que le colonel Jon Roe avait "
        "donné un délai aux sociétés minières.\n",
        "en.txt": "Bauxite\n\nAs Prime Minister Commodore Luis Pardo gets ready to open the mine, officials said. The "
        "signing took place in the presence of the presidents of Bolivia and Peru in the framework of the visit.\n",
        "es.txt": "Litio\n\nAndina Litio SA firmó este jueves convenios con las empresas Verde Guoan de China para la "
        "explotación directa de litio.\n",
    }
    b = briefing_from(tmp_path, texts)
    assert _kinds_of(b, "Ana Ortiz", "Jon Roe", "Luis Pardo") == dict.fromkeys(
        ("Ana Ortiz", "Jon Roe", "Luis Pardo"), "official"
    )
    deals = _deal_names(b)
    assert any(any(n.startswith("Andina Litio") for n in d) and "Verde Guoan" in d for d in deals), deals
    assert frozenset({"Bolivia", "Peru"}) not in deals, deals


def test_sets_135_138_companies_listed_in_spanish_malaysian_honorifics_and_foreign_posts(tmp_path):
    """ "conglomerados japoneses como Andina, Verdecorp y Roemin" names three companies; "Nasarawa State" is a place
    (a federation's state), no body; "Menteri Besar Datuk Seri Dr Jon Roe" is Jon Roe, an official; "the Minister for
    Mines, Energy and Rural Electrification Honorable Ana Ortiz" is Ana Ortiz; "o secretário de estado da Energia, Luis
    Pardo," is an official."""
    texts = {
        "es.txt": "Litio\n\nEl ministro detalló que conglomerados japoneses como Andina, Verdecorp y Roemin ya "
        "participan en proyectos mineros. Nasarawa State has a lithium plant.\n",
        "my.txt": "Rare earths\n\nTerengganu Menteri Besar Datuk Seri Dr Jon Roe said revenue would rise. The Minister "
        "for Mines, Energy and Rural Electrification Honorable Ana Ortiz says the coalition agreed.\n",
        "pt.txt": "Lítio\n\nA informação foi dada pelo secretário de estado da Energia, Luis Pardo, que cita esta "
        "premissa.\n",
    }
    b = briefing_from(tmp_path, texts)
    orgs = _named(b, "organisation")
    assert {"Andina", "Verdecorp", "Roemin"} <= orgs and "Nasarawa State" not in orgs, orgs
    people = ("Jon Roe", "Ana Ortiz", "Luis Pardo")
    assert _kinds_of(b, *people) == dict.fromkeys(people, "official")


@pytest.mark.parametrize(
    "sentence, imposer, kind",
    [
        (
            "Le Pérou annonce l'interdiction de l'exportation brute du manganèse à partir de 2029 au Peru.",
            "Peru",
            "ban",
        ),
        ("Peru retaliou restringindo a exportação de terras raras.", "Peru", "control"),
    ],
)
def test_sets_135_138_export_measures_in_french_and_portuguese(tmp_path, sentence, imposer, kind):
    b = briefing_from(tmp_path, {"a.txt": "Minerals\n\n" + sentence + "\n"})
    policies = [e for e in b.entities.values() if e.kind.name == "policy"]
    found = [(e.fields.get("imposer"), e.fields.get("type", "")) for e in policies]
    assert any(who == f"country:{imposer.lower()}" and kind in what for who, what in found), found


def test_sets_139_142_indonesian_posts_a_state_s_name_read_as_a_person_and_more_deal_and_measure_words(tmp_path):
    """ "Kepala BPI Danantara Indonesia Jon Roe" is Jon Roe (the place ends what comes before the name); "Menteri
    Sekretaris Negara Ana Ortiz" is an official; "…, Hashemite Kingdom of Jordan" names no person; "Peru will end raw
    manganese exports by 2029" is an export ban; "Andina A.Ş." is a company's legal form, "Critical Raw Material (CRM)"
    a term, no body; "Andina Ltd menandatangani
    perjanjian dengan Verde Corp" (signed an agreement with) is a deal."""
    texts = {
        "id.txt": "Nikel\n\nRapat dihadiri Kepala BPI Danantara Indonesia Jon Roe dan Menteri Sekretaris Negara Ana "
        "Ortiz di Jakarta. Andina Ltd menandatangani perjanjian dengan Verde Corp untuk membangun smelter nikel.\n",
        "en.txt": "Speech\n\nLuis Pardo – Minister of Energy and Mineral Resources, Hashemite Kingdom of Jordan, spoke. "
        "Peru will end raw manganese exports by 2029. The ministry signed agreements with “Roemin Maden A.Ş.” in Ankara. "
        "Peru sits in Western Critical Raw Material (CRM) supply chains.\n",
    }
    b = briefing_from(tmp_path, texts)
    kinds = _kinds(b)
    assert kinds.get("Jon Roe") == kinds.get("Ana Ortiz") == "official", kinds
    assert not any("Kingdom" in name or "Danantara" in name for name in kinds), kinds
    orgs = _named(b, "organisation")
    assert "Roemin Maden" in orgs and "Critical Raw Material" not in orgs, orgs  # (a term its short form spells)
    assert any(
        found >= {"Andina", "Verde"} or len(found) == 2 and all(n.startswith(("Andina", "Verde")) for n in found)
        for found in _deal_names(b)
    ), _deal_names(b)
    policies = [(e.fields.get("imposer"), e.fields.get("type")) for e in b.entities.values() if e.kind.name == "policy"]
    assert ("country:peru", "export ban") in policies, policies


def test_sets_143_146_a_member_s_letters_after_a_name_and_the_president_s_own_staff(tmp_path):
    """ "Minister Luis Pardo MLA, Minister for Mines and Petroleum" is Luis Pardo ("MLA" is no part of the name);
    "Tom Hill, the president's deputy chief of staff for financial affairs" is an official, not an expert."""
    texts = {
        "en.txt": "Copper\n\nMinister Jon Roe will meet Resources Minister Ana Ortiz, Minister Luis Pardo MLA, Minister "
        "for Mines and Petroleum, and officials of the Roetown government. The old regime was scandalous in terms of "
        "concessions given to foreign companies, said Tom Hill, the president's deputy chief of staff for financial "
        "affairs.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    assert kinds.get("Luis Pardo") == kinds.get("Tom Hill") == "official", kinds
    assert not any(name.endswith(" MLA") for name in kinds), kinds


def test_sets_143_146_a_legal_form_a_document_a_technique_and_a_region_are_no_bodies_or_people(tmp_path):
    """ "a Limited Liability Company owned by the government", "the Term of Adjusted Conduct (TAC)", "Extracción
    Directa de Litio (EDL)" are no organisations; "Minister for Regional New South Wales" names a region (of
    ISO 3166-2), no person, and "Minister for Mines, Western Cape" none either."""
    texts = {
        "en.txt": "Bauxite\n\nThe institute is a Limited Liability Company owned by the government. The Term of Adjusted "
        "Conduct (TAC) was signed by Andina Alumina Ltd. Jon Roe will hold a video conference with Mr. Luis Pardo, Deputy "
        "Premier, Minister for Regional New South Wales, and Minister for police.\n",
        "es.txt": "Litio\n\nVerde Lithium firmó un contrato para dos plantas de Extracción Directa de Litio (EDL).\n",
    }
    b = briefing_from(tmp_path, texts)
    orgs = _named(b, "organisation")
    assert not any(w in name for name in orgs for w in ("Liability", "Term of", "Extracción")), orgs
    assert any(name.startswith("Andina Alumina") for name in orgs) and "Verde Lithium" in orgs, orgs
    kinds = _kinds(b)
    assert kinds.get("Luis Pardo") == "official", kinds
    assert not any("Wales" in name for name in kinds), kinds


def test_sets_143_146_italian_posts_and_a_french_minister_of_the_industry_with_a_lawyer_s_title(tmp_path):
    """ "Il presidente dell'Argentina, Jon Roe," is an official; "l'amministratrice delegata del gruppo francese
    Andina, Ana Ortiz" the company's head, an expert; "le Ministre de l'Industrie, Me Luis Pardo," an official whose
    name is not "Me Luis Pardo"."""
    texts = {
        "it.txt": "Litio\n\nIl presidente dell'Argentina, Jon Roe, ha incontrato giovedì a Roetown l'amministratrice "
        "delegata del gruppo francese Andina, Ana Ortiz.\n",
        "fr.txt": "Manganèse\n\nLe mardi 10 juin, le Ministre de l’Industrie, Me Luis Pardo, a reçu la direction de la "
        "Comilog.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    assert kinds.get("Jon Roe") == kinds.get("Luis Pardo") == "official", kinds
    assert kinds.get("Ana Ortiz") == "expert", kinds
    assert not any(name.startswith("Me ") for name in kinds), kinds


def test_sets_147_150_the_president_of_the_republic_written_small_before_the_name(tmp_path):
    """ "o presidente da República Jon Roe autorizou …", "el presidente de la República Ana Ortiz firmó …": officials."""
    texts = {
        "pt.txt": "Terras raras\n\nRecorde-se que o presidente da República Jon Roe autorizou o investimento de 130 "
        "milhões USD para o projecto.\n",
        "es.txt": "Litio\n\nEl presidente de la República Ana Ortiz firmó el decreto sobre el litio.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    assert kinds.get("Jon Roe") == kinds.get("Ana Ortiz") == "official", kinds


def test_a_state_named_before_and_in_a_signed_pair_is_the_state_s_page(tmp_path):
    """ "Ghana and Andina Group Limited signed an agreement": the first party is the country (its page), not an
    organisation named "Ghana" with no page (the deal showed an unlinked name, and a second deal with the same
    parties read elsewhere stayed apart)."""
    b = briefing_from(
        tmp_path, {"a.txt": "Bauxite\n\nGhana and Andina Group Limited signed an agreement on bauxite.\n"}
    )
    parties = [d.fields["parties"] for d in b.of_kind(BY_NAME["deal"])]
    assert parties and "country:ghana" in parties[0], parties


def test_sets_151_154_officials_in_more_shapes_and_languages(tmp_path):
    """Posts the held-out sets 151-154 wrote and the recognisers missed: an initial with no stop ("G Jon Rao",
    "S Roeshankar"), "X, ministre de l’Industrie", "X, ministro delle imprese", a regional minister with a list of
    portfolios, a provincial deputy, "los mandatarios X, de A, y Y", "Presiden terpilih X", "Kepala Menteri … X",
    "ex-president X", Turkish and Azerbaijani posts after the portfolio ("Ticaret Bakanı X", "naziri X")."""
    texts = {
        "in.txt": "Copper\n\nThe process began after the Mines Minister G Jon Rao had met External Affairs Minister "
        "S Roeshankar in Roetown.\n\nThe lease had been signed under ex-president Luis Pardo in 2007.\n",
        "fr.txt": "Lithium\n\nJane Doe, ministre de l’Industrie et de l’Énergie, s’est rendue ce jour à Roetown.\n",
        "it.txt": "Terre rare\n\nMarco Bianchi, ministro delle imprese e del made in Italy, inquadra così la questione.\n",
        "es.txt": "Litio\n\nSegún ha destacado el consejero de Presidencia, Interior y Diálogo Social, Pedro Gil, la "
        "calificación se concede.\n\nLos datos fueron aportados por el diputado provincial del Frente Verde, Ana "
        "Ortiz, quien habló ayer.\n\nEl acuerdo fue suscripto junto a los mandatarios Raúl Soto, de Salta, y Tomás "
        "Vega, de Catamarca.\n",
        "id.txt": "Nikel\n\nPresiden terpilih Budi Santoso telah berjanji.\n\nKepala Menteri Perekonomian Eko "
        "Wibowo mengatakan pemerintah akan mendukung proyek tersebut.\n",
        "tr.txt": "Nadir toprak\n\nTicaret Bakanı Ömer Doğan açıkladı.\n\nBunu enerji naziri Elvin Həsənov bəyan "
        "edib.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    officials = {
        "G Jon Rao",
        "S Roeshankar",
        "Luis Pardo",
        "Jane Doe",
        "Marco Bianchi",
        "Pedro Gil",
        "Ana Ortiz",
        "Raúl Soto",
        "Tomás Vega",
        "Budi Santoso",
        "Eko Wibowo",
        "Ömer Doğan",
        "Elvin Həsənov",
    }
    assert {name: kinds.get(name) for name in officials} == dict.fromkeys(officials, "official"), kinds
    assert not any(name.startswith(("Menteri", "Izvestia")) for name in kinds), kinds


def test_sets_155_158_a_legislature_s_head_a_secretary_of_state_and_posts_in_polish_and_indonesian(tmp_path):
    """ "El presidente de la Cámara de Diputados, X," heads a legislature (an official); "o secretário de Estado
    americano, X,", "Ruritania's military leader, X,", "Dirjen Minerba, X", "wicepremier szef MSZ X": officials;
    "X, the company spokesperson," speaks for a company (an expert)."""
    texts = {
        "es.txt": "Litio\n\nEl presidente de la Cámara de Diputados, Omar Soto, determinó un cuarto intermedio.\n",
        "pt.txt": "Terras raras\n\nO convite partiu do secretário de Estado americano, Jon Roe, e coloca o governador "
        "no centro.\n",
        "en.txt": "Bauxite\n\nJane Doe announced that Ruritania's military leader, Luis Pardo, had signed the decree on "
        "bauxite.\n\nAna Ortiz, the company spokesperson, confirmed this to reporters on Thursday.\n",
        "id.txt": "Nikel\n\nTiga perusahaan Jepang tertarik, kata Dirjen Minerba, Budi Santoso.\n",
        "pl.txt": "Metale ziem rzadkich\n\nNie damy się szantażować – powiedział w środę wicepremier szef MSZ Marek "
        "Nowak.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    officials = {"Omar Soto", "Jon Roe", "Luis Pardo", "Budi Santoso", "Marek Nowak"}
    assert {name: kinds.get(name) for name in officials} == dict.fromkeys(officials, "official"), kinds
    assert kinds.get("Ana Ortiz") == "expert", kinds


def test_sets_155_158_two_companies_signing_in_french_and_spanish(tmp_path):
    """ "En juin 2022, Andina et Verdex ont signé un accord …", "Roemin y Verdal firmaron un acuerdo …": the two names
    before the plural signing verb are the deal's parties, though the site knows neither name."""
    texts = {
        "fr.txt": "Cobalt\n\nEn juin 2022, Andina et Verdex ont signé un accord qui engage le groupe minier à approvisionner "
        "Verdex en sulfate de cobalt.\n",
        "es.txt": "Litio\n\nRoemin y Verdal firmaron un acuerdo de suministro de litio por diez años.\n",
    }
    b = briefing_from(tmp_path, texts)
    parties = sorted(sorted(d.fields["parties"]) for d in b.of_kind(BY_NAME["deal"]))
    assert parties == [
        ["organisation:andina", "organisation:verdex"],
        ["organisation:roemin", "organisation:verdal"],
    ], parties


def test_sets_155_158_an_analyst_with_no_employer_and_a_department_s_director(tmp_path):
    """ "said Jon Roe, an economic analyst." is an expert whose employer is unsaid; "Selon Ana Ortiz, directrice de la
    communication d’Andina Mining, …" is the company's (an expert), and "Selon" is no part of her name."""
    texts = {
        "en.txt": "Lithium\n\n“The country plays a big role in every region,” said Jon Roe, an economic analyst.\n",
        "fr.txt": "Cobalt\n\nSelon Ana Ortiz, directrice de la communication de Andina Mining, l’étude de faisabilité est "
        "terminée.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    assert kinds.get("Jon Roe") == kinds.get("Ana Ortiz") == "expert", kinds
    assert not any(name.startswith("Selon") for name in kinds), kinds


def test_sets_151_158_a_state_before_and_is_no_part_of_a_company_s_name(tmp_path):
    """ "a legal dispute between Chile and Tethyan Copper Company": the company is "Tethyan Copper Company", not
    "Chile and Tethyan Copper Company"."""
    b = briefing_from(
        tmp_path,
        {
            "a.txt": "Copper\n\nThe blocks are mired in a legal dispute between Chile and Tethyan Copper Company, which "
            "is owned by Andina Gold.\n"
        },
    )
    orgs = _org_names(b)
    assert "Tethyan Copper Company" in orgs and not any(name.startswith("Chile and") for name in orgs), orgs


def test_sets_147_158_a_buyout_told_from_the_target_a_stake_acquired_three_owners_and_an_agreement_reached(tmp_path):
    """ "X, which was acquired by Y in 2021", "X has agreed to a buyout by a Verdean company, Y": Y buys X (a company;
    the place the target is in is no party); "Y's acquisition of a 51% stake in X" is a stake; "jointly owned by X, Y,
    and Z" names three owners; "the Verdean government and Y reached an agreement": the state and the company."""
    deals = _deals_in(
        tmp_path,
        "Lithium",
        "Roelith, which was acquired by Andina Chemicals Ltd in 2021, holds the concession.",
        "Canada-based Nevmin Resources, which runs the largest mine in western Ghana, has agreed to a buyout by a "
        "Verdean company, Roe Mining, for US$1.4bn.",
        "Zambia has further approved Verde Holding’s acquisition of a 51% stake in Mopani Andina Mines.",
        "The mine is jointly owned by Andina Holdings, Verde Gold Corp, and Roe Mining Ltd.",
        "The Ghanaian government and Sinoverde Group Limited reached an agreement regarding a bauxite project.",
    )
    kinds = {tuple(sorted(parties)): d.fields["kind"] for parties, d in deals.items()}
    assert kinds.get(("organisation:andina-chemicals", "organisation:roelith")) == "acquisition", kinds
    assert kinds.get(("organisation:nevmin-resources", "organisation:roe-mining")) == "acquisition", kinds
    assert kinds.get(("organisation:mopani-andina-mines", "organisation:verde-holding")) == "stake", kinds
    assert kinds.get(("organisation:andina-holdings", "organisation:roe-mining", "organisation:verde-gold")) == (
        "joint venture"
    ), kinds
    assert ("country:ghana", "organisation:sinoverde-group") in kinds, kinds
    assert not any("country:ghana" in p and "organisation:roe-mining" in p for p in kinds), (
        kinds
    )  # not the target's place
    roelith = deals[frozenset({"organisation:andina-chemicals", "organisation:roelith"})]
    assert {s.status for s in roelith.sightings} == {"completed"}, roelith.sightings


def test_sets_147_158_a_firm_s_name_goes_on_after_its_head_noun(tmp_path):
    """ "F9 Capital Management" is one name, not "F9 Capital": words a firm's name goes on with after "Capital",
    "Group" or "Fund" ("Management", "Partners", "Holdings", a legal form) are its own."""
    b = briefing_from(
        tmp_path,
        {"a.txt": "Lithium\n\nThe fund manager Verde Capital Management said on Monday it would buy more lithium.\n"},
    )
    assert "Verde Capital Management" in _org_names(b) and "Verde Capital" not in _org_names(b), _org_names(b)


def test_sets_159_162_officials_of_a_city_an_agency_a_portfolio_written_small_and_a_leader_s_staff(tmp_path):
    """ "City of Roetown chief executive Jon Roe" is the council's (an official); "La presidenta de la Agencia Nacional
    de Minería, Ana Ortiz," an agency's head; "el propio ministro de minas, Luis Pérez," a minister, his portfolio
    written small; "The director for Angola’s national mineral resources, Andre Neto," a state's post (not "president
    of Angola's mining chamber", an industry body's); "X, directeur de cabinet du chef de l’État" the head of state's
    staff."""
    texts = {
        "en.txt": "Lithium\n\nCity of Roetown chief executive Jon Roe said the industrial parcel would let the council "
        "negotiate with industry.\n\nThe director for Angola’s national mineral resources, Andre Neto, said on Wednesday "
        "that the country has 36 of the 51 critical minerals.\n\n“The government won't fund it,” said Carlos Ruiz, "
        "president of Angola's mining chamber, who urged action.\n",
        "es.txt": "Cobre\n\nLa presidenta de la Agencia Nacional de Minería, Ana Ortiz, dijo que el país tiene potencial.\n\n"
        "Lo contó en su cuenta de Twitter el propio ministro de minas, Luis Pérez, quien está en Roetown.\n",
        "fr.txt": "Cobalt\n\nLa cellule sera supervisée par Marc Kabila Tshala, directeur de cabinet du chef de l’État, et "
        "coordonnée par un autre.\n",
    }
    kinds = _kinds(briefing_from(tmp_path, texts))
    for name in ("Jon Roe", "Andre Neto", "Ana Ortiz", "Luis Pérez", "Marc Kabila Tshala"):
        assert kinds.get(name) == "official", (name, kinds)
    assert kinds.get("Carlos Ruiz") == "expert", kinds


def test_sets_147_162_a_buyout_of_y_and_a_stake_in_y_s_units(tmp_path):
    """ "X moved closer to a $760 million buyout of nickel producer Y": X buys Y; "X will buy a 70 percent stake in two
    Roetown units of Y": a stake in Y's units is a deal with Y; "the takeover of Y by Z" is not X's."""
    kinds = _deal_kinds_in(
        tmp_path,
        "Nickel",
        "Roe Metals moved closer to a $760 million buyout of nickel producer Andina Resources, which was completed.",
        "Verde Lithium will buy a 70 percent stake in two Roetown units of Andina Industrial Ltd, the company said.",
        "Jon Roe of Ruritania Mining said the takeover of Verdex Mines by Andina Holdings Ltd was approved.",
    )
    assert kinds.get(("organisation:andina-resources", "organisation:roe-metals")) == "acquisition", kinds
    assert kinds.get(("organisation:andina-industrial", "organisation:verde-lithium")) == "stake", kinds
    assert not any("organisation:ruritania-mining" in p for p in kinds), kinds


def test_sets_159_162_a_state_named_in_french_as_the_press_writes_it_is_the_state(tmp_path):
    """ "la République Démocratique du Congo (RDC)": the state's French name (pycountry's "République démocratique du
    Congo", for "Congo, The Democratic Republic of the"), capitalised as the press writes it, is the country, not an
    organisation with the short form RDC."""
    b = briefing_from(
        tmp_path,
        {"a.txt": "Cobalt\n\nLes exportations de cobalt de la République Démocratique du Congo (RDC) ont repris.\n"},
    )
    assert not any("Congo" in name for name in _org_names(b)), _org_names(b)
    assert "democratic-republic-of-the-congo" in _keys(b, "country"), _keys(b, "country")


def test_sets_163_166_a_long_portfolio_between_dashes_names_an_official(tmp_path):
    """ "a top Verde official - Minister of Finance, Minerals, Justice and Gender Equality Jane Doe - and": the whole
    portfolio is her title; "The Women and Youth Minister Ana Ortiz": a portfolio of two."""
    text = (
        "The company is seeking another meeting with a top Verde official - Minister of Finance, Minerals, Justice "
        "and Gender Equality Jane Doe - and it has hired a law firm to advise it.\n\n"
        "The Women and Youth Minister Ana Ortiz said the mine would open next year.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds(b)
    assert kinds.get("Jane Doe") == "official" and kinds.get("Ana Ortiz") == "official", kinds
    roles = {e.name: e.sightings[0].role for e in b.entities.values() if e.kind.person}
    assert roles["Jane Doe"] == "Minister of Finance, Minerals, Justice and Gender Equality", roles


def test_sets_163_166_two_trades_before_a_legal_ending_name_one_company(tmp_path):
    """ "Ramgad Minerals and Mining Ltd" is one company, also last in a list ("…, Verde Resources Pvt Ltd and Ramgad
    Minerals and Mining Ltd"); "Andina Copper Ltd and Verde Mining Ltd" are two."""
    text = (
        "Companies that won blocks in this round are Verde Resources Pvt Ltd and Ramgad Minerals and Mining Ltd.\n\n"
        "Andina Copper Ltd and Roetown Mining Ltd signed a supply agreement on Monday.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = {e.name for k, e in b.entities.items() if k.startswith("organisation:")}
    assert "Ramgad Minerals and Mining" in names and "Ramgad Minerals" not in names, names
    assert {"Andina Copper", "Roetown Mining"} <= names, names


def test_sets_163_166_an_outlet_a_sentence_cites_is_no_party(tmp_path):
    """ "Malaysia has agreed to renew Andina Corp Ltd’s licence, two sources told Reuters": no Malaysia–Reuters deal;
    a company whose name holds an outlet's word ("Roetown Times Holdings") is still a party."""
    deals = _deals_in(
        tmp_path,
        "KUALA LUMPUR: Malaysia has agreed to renew for another three years Australian firm Andina Corp Ltd’s licence to "
        "operate the only major rare earths processing plant outside of China, two sources with knowledge of the "
        "matter told Reuters on Thursday.",
        "Verde Mining signed an offtake agreement with Roetown Times Holdings on Friday.",
    )
    assert not any("org:Reuters" in parties for parties in deals), list(deals)
    assert any("organisation:verde-mining" in parties and len(parties) == 2 for parties in deals), list(deals)


def test_set_171_royal_and_excellency_styles_before_a_name_and_a_king_s_name_on_a_university(tmp_path):
    """ "Minister of Energy, His Royal Highness Prince Jon bin Roe" is the minister Jon bin Roe; "His Excellency
    Engineer Ana Ortiz" and "His Excellency Omar Al-Sadi" (a minister's style, the post apart) are officials; "King
    Roe University" and "King Jon City for Science" are bodies named after a king, not people."""
    text = (
        "The ceremony was attended by the Minister of Energy, His Royal Highness Prince Jon bin Roe; the Minister of "
        "Investment, His Excellency Engineer Ana Ortiz; the Minister of Industry; His Excellency Omar Al-Sadi.\n\n"
        "Among the entities taking part were King Jon City for Science and Technology, King Roe University and the "
        "Verde Geological Survey.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    kinds = _kinds(b)
    assert kinds.get("Jon bin Roe") == "official" and "Prince Jon" not in kinds, kinds
    assert kinds.get("Ana Ortiz") == "official" and kinds.get("Omar Al-Sadi") == "official", kinds
    assert not {"Roe University", "Jon City"} & set(kinds), kinds


def test_set_171_a_name_written_with_a_non_breaking_hyphen_is_the_name_with_a_hyphen(tmp_path):
    """ "Asia‑Potash International" (U+2011) and "Asia-Potash" are one company, and no piece of it is another."""
    text = (
        "Verde’s Mining Authority and China’s Asia\u2011Potash International Investment Co., Ltd. have signed a "
        "memorandum of understanding on phosphate exploration.\n\n"
        "The memorandum was signed by the authority's chairman and a vice president of Asia-Potash.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert not any(n.startswith("Potash") for n in names), names
    assert any(n.startswith("Asia-Potash") for n in names), names


def test_set_172_companies_listed_after_contractors_like_and_a_parent_company_after_its(tmp_path):
    """ "supply talks with defense contractors like Andina Martin, VTX, and Roe Aerospace" names three companies;
    "Verde is teaming up with its parent company, Global Holding Company, to …" names the parent."""
    text = (
        "The company is in supply talks with defense contractors like Andina Martin, VTX, and Roe Aerospace.\n\n"
        "Verde Resources is teaming up with its parent company, Global Holding Company, to enter the critical "
        "minerals market by establishing a copper hub in Roetown.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert {"Andina Martin", "VTX", "Roe Aerospace", "Global Holding Company"} <= names, names


def test_set_172_a_junta_leader_with_his_rank_before_the_name(tmp_path):
    """ "Ruritania's junta leader General Jon Roe" and "the military ruler, General Ana Ortiz," are officials; the
    rank is no part of the name."""
    text = (
        "In April, Ruritania's junta leader General Jon Roe gave Verde Uranium a deadline to start mining.\n\n"
        "Borduria's military ruler, General Ana Ortiz, revoked the permit of Andina Mining on Friday.\n"
    )
    kinds = _kinds(briefing_from(tmp_path, {"a.txt": text}))
    assert kinds.get("Jon Roe") == "official" and kinds.get("Ana Ortiz") == "official", kinds


def test_set_172_a_firm_s_name_hyphenated_after_its_head_noun_is_whole(tmp_path):
    """ "China’s Roetown Andina Group-Verdecheng" is one company, and the deal's party; not "Roetown Andina Group"."""
    text = (
        "Ruritania's state lithium company has reached agreement with China’s Roetown Andina Group-Verdecheng to "
        "build eight lithium factories.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert "Roetown Andina Group-Verdecheng" in names and "Roetown Andina Group" not in names, names


def test_a_surname_goes_to_the_person_its_own_article_names_in_full_though_another_shares_it(tmp_path):
    """ "Treasurer Roe said …" after "Treasurer Jim Roe" is Jim Roe, though another article names an Ana Roe: no
    page for a bare "Roe"."""
    texts = {
        "a.txt": "The move was stopped by Ruritanian Treasurer Jim Roe, who signed a prevention order in February.\n\n"
        "Treasurer Roe said that the decision was based on the advice of the investment review board.\n",
        "b.txt": "Ana Roe, an analyst at Verde Capital, said the copper market would stay tight this year.\n",
    }
    people = _people(briefing_from(tmp_path, texts))
    assert {"Jim Roe", "Ana Roe"} <= set(people) and "Roe" not in people, list(people)
    assert len(people["Jim Roe"].sightings) == 2, people["Jim Roe"].sightings


def test_set_173_an_acronym_and_a_name_before_the_second_s_short_form_are_two_companies(tmp_path):
    """ "VEZ and Andina Metals Group (AMH) reached a conditional agreement on a strategic partnership": two companies
    and a deal between them, not one company called "VEZ and Andina Metals Group"."""
    text = (
        "VEZ and Andina Metals Group (AMH) reached a conditional agreement on a strategic partnership.\n\n"
        "VEZ will acquire a 51 percent stake in Roemet, AMH’s Ruritanian subsidiary.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    names = _org_names(b)
    assert {"VEZ", "Andina Metals Group"} <= names and not any(" and " in n for n in names), names


def test_set_173_a_legal_ending_closes_a_company_s_name_before_for(tmp_path):
    """ "the takeover bid by private equity firm Verde Partners Ltd for Peru Zinc": Verde Partners' bid for Peru
    Zinc, two companies; not one called "Verde Partners Ltd for Peru Zinc"."""
    text = (
        "A lawmaker has voiced concerns over the takeover bid by private equity firm Verde Partners Ltd for Peru "
        "Zinc, in collaboration with its largest shareholder, Roe Corp.\n"
    )
    names = _org_names(briefing_from(tmp_path, {"a.txt": text}))
    assert "Verde Partners" in names and not any(" for " in n for n in names), names


def test_set_174_a_name_with_bin_and_al_is_one_person_and_his_surname_with_its_particle_is_him(tmp_path):
    """ "Ruritanian Minister for Investment Sheikh Khalid Bin Abdul Aziz Al Roe", then "Minister Al Roe said": one
    official, named in full (the particles "Bin" and "Al" inside the name); "Your Excellency" is no part of a name."""
    text = (
        "Ruritanian Minister for Investment Sheikh Khalid Bin Abdul Aziz Al Roe confirmed that the kingdom's fund "
        "was set to buy a stake in the Verde copper mine.\n\n"
        "Addressing a business forum today, Minister Al Roe said the deal would be concluded in the coming weeks.\n\n"
        "– Your Excellency Saleh Ali Al Verdeh – Minister of Energy and Mineral Resources, Kingdom of Borduria\n"
    )
    officials = _named(briefing_from(tmp_path, {"a.txt": text}), "official")
    assert "Khalid Bin Abdul Aziz Al Roe" in officials, officials
    assert not {"Al Roe", "Khalid Bin Abdul Aziz"} & officials, officials


def test_set_174_a_name_written_with_its_initial_glued_is_a_full_name(tmp_path):
    """Mongolian names are written with the patronymic's initial glued to the given name ("T.Roebaatar",
    "Kh.Verdeguun"): each, after its title, is an official named in full."""
    text = (
        "The government's working group is chaired by Minister of Justice and Home Affairs Kh.Verdeguun, the agency "
        "said.\n\n"
        "Headed by Deputy Speaker T.Roebaatar, the working team is comprised of members of parliament.\n"
    )
    officials = _named(briefing_from(tmp_path, {"a.txt": text}), "official")
    assert {"Kh.Verdeguun", "T.Roebaatar"} <= officials, officials


def test_set_174_the_commission_s_vice_president_is_an_official(tmp_path):
    """ "said Jane Doe, the commission's vice president for prosperity": a post in a public body, the state's."""
    text = (
        "“Today we have identified 47 new strategic projects,” said Jane Doe, the commission’s vice president for "
        "prosperity and industrial strategy.\n"
    )
    assert _kinds_of(briefing_from(tmp_path, {"a.txt": text}), "Jane Doe") == {"Jane Doe": "official"}


def test_set_174_it_s_is_no_owner_of_a_post_and_x_based_is_no_company(tmp_path):
    """ "It’s been a long few months for the company’s chairman, Jon Roe," gives Jon Roe no role "been a long few
    months …" at "It"; "the Ruritania-based mining company, Verde Resources" names Verde Resources, not a company
    called "Ruritania-based"."""
    text = (
        "It’s been a long few months for the company’s chairman and CEO, Jon Roe, who’s led the company since 2022.\n\n"
        "The treasurer blocked a takeover of the Ruritania-based mining company, Verde Resources.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert not any(a == "It" for a in _affiliations(b, "expert").values()), _affiliations(b, "expert")
    assert not any(n.endswith("-based") for n in _org_names(b)), _org_names(b)


def test_set_174_places_before_a_class_of_firms_are_no_parties(tmp_path):
    """ "U.S. and European Union automakers have only recently entered the industry, often by partnering with
    refiners": the places say where a class of firms is from; no deal between the two states."""
    text = (
        "U.S. and European Union automakers have only recently entered the nickel industry, often by "
        "partnering with or sourcing from established refiners.\n"
    )
    assert _deal_names(briefing_from(tmp_path, {"a.txt": text})) == {}


def test_set_175_ex_minister_army_chief_field_marshal_and_an_expert_in_a_city(tmp_path):
    """ "Ex-Minister Jon Roe" is a former minister (not a person called "Ex-Minister Jon Roe"); "Ruritania’s army chief
    Field Marshal Jane Doe" an official; "Ana Ortiz, a political science expert in Verdeville" an expert; "the
    Western Ruritanian Minister for Mines Tom Poe" names Tom Poe, and no person "Western Ruritanian"."""
    text = (
        "Ex-Minister Jon Roe said at the time that the deposit's reserves exceeded 694 million tonnes.\n\n"
        "The memorandums were signed in a ceremony attended by Chile’s army chief Field Marshal Jane Doe.\n\n"
        "Beijing is interested in the lithium reserves, according to Ana Ortiz, a political science expert in "
        "Verdeville.\n\n"
        "The royalty will clear up any uncertainty, according to the Western Australian Minister for Mines and "
        "Petroleum Tom Poe.\n"
    )
    kinds = _kinds(briefing_from(tmp_path, {"a.txt": text}))
    assert {k: kinds.get(k) for k in ("Jon Roe", "Jane Doe", "Ana Ortiz", "Tom Poe")} == {
        "Jon Roe": "official",
        "Jane Doe": "official",
        "Ana Ortiz": "expert",
        "Tom Poe": "official",
    }, kinds
    assert not any(n.startswith(("Ex-", "Western")) for n in kinds), kinds


def test_set_175_the_head_of_a_ministry_s_department_by_its_short_form_is_an_official(tmp_path):
    """ "the Ruritanian Ministry of Industry, Mine and Trade (MIMT)", then "Jon Roe, who leads MIMT’s exploration
    department,": the head of a ministry's unit, spelled out with commas, is the state's."""
    text = (
        "A senior official in the Ruritanian Ministry of Industry, Mine and Trade (MIMT) said on Monday that the "
        "deposit contains 8.5 million tonnes of lithium ore.\n\n"
        "Jon Roe, who leads MIMT’s exploration department, said more deposits are expected to be discovered.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _kinds_of(b, "Jon Roe") == {"Jon Roe": "official"}, _kinds(b)
    assert "exploration department" in (_roles(b, "official").get("Jon Roe") or "")


def test_set_175_the_government_of_a_state_and_a_quoted_company_sign_a_deal(tmp_path):
    """ "the government of Chile and the French company “Andina Mining” signed an agreement": the state and the
    company the site did not know yet."""
    text = (
        "On January 17, the government of Chile and the French company “Andina Mining” signed an agreement to "
        "jointly produce lithium, the government said.\n"
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": text}))
    assert frozenset({"Chile", "Andina Mining"}) in deals, deals


def test_set_175_a_place_in_a_phrase_before_the_clause_is_no_party(tmp_path):
    """ "In response to concerns over export restrictions by China, the US has signed agreements with more than ten
    countries, including Mexico and Morocco": the US's agreements; China is why, not a party."""
    text = (
        "In response to concerns over potential export restrictions by China, the US has now signed comparable "
        "agreements with more than ten countries, including Mexico and Morocco.\n"
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": text}))
    assert set(deals) == {frozenset({"United States", "Mexico"}), frozenset({"United States", "Morocco"})}, deals


def test_set_176_a_body_s_post_ending_the_sentence_and_a_mines_secretary(tmp_path):
    """ "…,” said Jane Doe, Andina Council Executive Director." (the post ends the sentence, no comma after it) and
    "citing mines secretary V.L. Jon Rao" (a lower-case post, initials with stops)."""
    text = (
        "“We are proud to support more mining projects,” said Jane Doe, Andina Council Executive Director.\n\n"
        "The two states may sign five memoranda this fiscal, the agency reported, citing mines secretary V.L. Jon Rao.\n"
    )
    b = briefing_from(tmp_path, {"a.txt": text})
    assert _roles(b, "expert").get("Jane Doe") == "Executive Director", _roles(b, "expert")
    assert _kinds_of(b, "V.L. Jon Rao") == {"V.L. Jon Rao": "official"}, _kinds(b)


def test_set_176_a_stake_sold_by_one_company_to_another_and_a_sum_committed_to_a_company(tmp_path):
    """ "the sale of the 68.62 percent stake in Andina Uranium by Verde Mining to Roe Nuclear Corporation" (the
    seller after "by", the buyer after "to"), and "Ruritania's fund, the Ruritania Investment Authority (RIA), has
    committed $180 million to TechRoe" (an investment)."""
    text = (
        "The minister commented on the sale of the 68.62 percent stake in Andina Uranium by Verde Mining to Roe "
        "Nuclear Corporation.\n\n"
        "The sovereign wealth fund, the Ruritania Investment Authority (RIA), has committed $180 million to TechRoe, "
        "a mining investment company.\n"
    )
    deals = _deal_names(briefing_from(tmp_path, {"a.txt": text}))
    assert deals[frozenset({"Verde Mining", "Roe Nuclear"})].fields["kind"] == "stake", deals
    assert deals[frozenset({"Ruritania Investment Authority", "TechRoe"})].fields["kind"] == "equity investment", deals


def test_set_176_a_president_whose_name_ends_a_senator_s_is_another_person(tmp_path):
    """ "Senator Jon Verde Roe, a first cousin of President Verde Roe": two officials, the president named apart
    (a name is the end of a longer one found in the sentence only where it is not written apart too)."""
    text = (
        "The bill, filed in late August by Senator Jon Verde Roe, a first cousin of President Verde Roe, would "
        "require domestic processing of all minerals.\n"
    )
    kinds = _kinds(briefing_from(tmp_path, {"a.txt": text}))
    assert {k: kinds.get(k) for k in ("Jon Verde Roe", "Verde Roe")} == {
        "Jon Verde Roe": "official",
        "Verde Roe": "official",
    }, kinds
