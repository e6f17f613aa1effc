"""Deterministic synthetic corpus of news-like articles in the style of seeds/*.txt.

`generate(n, seed)` returns {file name: text} for n articles. The same (n, seed) always gives
byte-identical output (one `random.Random`, no wall clock, no hash randomisation).

What the corpus looks like, and why:

* Plain text, one paragraph per line, as scraped: a headline line, sometimes page chrome above
  it ("Connect with us", "Business", "Published", "on") and a footer ("Leave a Reply",
  "Copyright © 2025 ..."), sometimes a section heading, a "- " list or a pipe table.
* Real countries, regions, capitals and demonyms and real minerals, drawn with Zipf-like weights
  (China, the United States, rare earths and lithium dominate, a long tail appears rarely), so
  a few topic pages fill up and most stay short, as in the real seeds.
* Invented people and organisations. Experts are introduced with an appositive
  ("Jane Doe, a senior fellow at the Some Institute, said ...") and later quoted by surname;
  officials with a title ("Chile's Finance Minister Ana Ortiz"). Pool sizes grow sub-linearly
  with n (a larger news corpus quotes more, but not proportionally more, people).
* A pool of deals (two parties, a mineral, a kind, a value, a date). Each article is about one
  deal or one mineral/country story and mentions a few others, so deals are reported by several
  sources and co-mentions form.
* Figures ("China controls about 60% of global supply of gallium"), counts and money, with
  different sources giving different numbers for the same thing.
"""

from __future__ import annotations

import argparse
import math
import random
from dataclasses import dataclass
from pathlib import Path

# (name as written, weight, possessive, demonym or None, capital or None, region or None)
COUNTRIES = [
    ("China", 30, "China's", "Chinese", "Beijing"),
    ("the United States", 26, "the United States'", "American", "Washington"),
    ("Australia", 10, "Australia's", "Australian", "Canberra"),
    ("Japan", 8, "Japan's", "Japanese", "Tokyo"),
    ("India", 6, "India's", "Indian", "New Delhi"),
    ("Indonesia", 6, "Indonesia's", "Indonesian", "Jakarta"),
    ("Chile", 6, "Chile's", "Chilean", "Santiago"),
    ("Canada", 6, "Canada's", "Canadian", "Ottawa"),
    ("the Democratic Republic of the Congo", 6, "the Democratic Republic of the Congo's", None, "Kinshasa"),
    ("Brazil", 5, "Brazil's", "Brazilian", None),
    ("South Korea", 5, "South Korea's", "South Korean", "Seoul"),
    ("Russia", 5, "Russia's", "Russian", "Moscow"),
    ("South Africa", 5, "South Africa's", None, "Pretoria"),
    ("Peru", 4, "Peru's", "Peruvian", "Lima"),
    ("Argentina", 4, "Argentina's", None, "Buenos Aires"),
    ("Kazakhstan", 4, "Kazakhstan's", None, None),
    ("Germany", 4, "Germany's", "German", "Berlin"),
    ("Vietnam", 4, "Vietnam's", "Vietnamese", "Hanoi"),
    ("Saudi Arabia", 4, "Saudi Arabia's", None, "Riyadh"),
    ("Bolivia", 3, "Bolivia's", None, None),
    ("Zambia", 3, "Zambia's", None, None),
    ("Zimbabwe", 3, "Zimbabwe's", None, None),
    ("Uzbekistan", 3, "Uzbekistan's", None, "Tashkent"),
    ("Mongolia", 3, "Mongolia's", None, "Ulaanbaatar"),
    ("Ukraine", 3, "Ukraine's", None, None),
    ("France", 3, "France's", "French", "Paris"),
    ("Britain", 3, "Britain's", None, None),
    ("Malaysia", 3, "Malaysia's", None, None),
    ("the Philippines", 3, "the Philippines'", None, "Manila"),
    ("Myanmar", 3, "Myanmar's", None, None),
    ("Mexico", 3, "Mexico's", None, "Mexico City"),
    ("the UAE", 3, "the UAE's", None, None),
    ("Namibia", 2, "Namibia's", None, None),
    ("Norway", 2, "Norway's", None, None),
    ("Sweden", 2, "Sweden's", None, None),
    ("Finland", 2, "Finland's", None, None),
    ("Thailand", 2, "Thailand's", None, None),
    ("Morocco", 2, "Morocco's", None, None),
    ("Ghana", 2, "Ghana's", None, None),
    ("Mali", 2, "Mali's", None, None),
    ("Madagascar", 2, "Madagascar's", None, None),
    ("Mozambique", 2, "Mozambique's", None, None),
    ("Tanzania", 2, "Tanzania's", None, None),
    ("Greenland", 2, "Greenland's", None, None),
    ("Serbia", 2, "Serbia's", None, None),
    ("Turkey", 2, "Turkey's", None, None),
    ("Kenya", 1, "Kenya's", None, None),
    ("Colombia", 1, "Colombia's", None, None),
    ("Ecuador", 1, "Ecuador's", None, None),
    ("Pakistan", 1, "Pakistan's", None, None),
    ("Papua New Guinea", 1, "Papua New Guinea's", None, None),
    ("New Zealand", 1, "New Zealand's", None, None),
    ("Poland", 1, "Poland's", None, None),
    ("Portugal", 1, "Portugal's", None, None),
    ("Spain", 1, "Spain's", None, None),
    ("Egypt", 1, "Egypt's", None, None),
    ("Nigeria", 1, "Nigeria's", None, None),
    ("Rwanda", 1, "Rwanda's", None, None),
    ("Burundi", 1, "Burundi's", None, None),
    ("Gabon", 1, "Gabon's", None, None),
    ("Kyrgyzstan", 1, "Kyrgyzstan's", None, None),
    ("Tajikistan", 1, "Tajikistan's", None, None),
    ("Azerbaijan", 1, "Azerbaijan's", None, None),
    ("Cuba", 1, "Cuba's", None, None),
]
REGIONS = [
    ("Africa", 4),
    ("Central Asia", 3),
    ("Southeast Asia", 3),
    ("the European Union", 5),
    ("Latin America", 3),
    ("the Indo-Pacific", 1),
    ("the Arctic", 1),
]
# (name as written, weight, is it a rare earth / group)
MINERALS = [
    ("rare earth elements", 14),
    ("rare earths", 12),
    ("lithium", 18),
    ("cobalt", 12),
    ("nickel", 10),
    ("copper", 9),
    ("graphite", 8),
    ("gallium", 5),
    ("germanium", 4),
    ("tungsten", 4),
    ("manganese", 4),
    ("neodymium", 4),
    ("antimony", 3),
    ("dysprosium", 3),
    ("uranium", 3),
    ("terbium", 2),
    ("praseodymium", 2),
    ("platinum", 2),
    ("palladium", 2),
    ("vanadium", 2),
    ("titanium", 2),
    ("zinc", 2),
    ("tantalum", 2),
    ("niobium", 2),
    ("silicon", 2),
    ("aluminium", 2),
    ("bauxite", 2),
    ("chromium", 1),
    ("magnesium", 1),
    ("scandium", 1),
    ("yttrium", 1),
    ("indium", 1),
    ("bismuth", 1),
    ("beryllium", 1),
    ("zirconium", 1),
    ("hafnium", 1),
    ("fluorspar", 1),
    ("barite", 1),
    ("potash", 1),
    ("platinum group metals", 1),
]
FIRST = (
    "Ana Marta Jonas Priya Kenji Amara Lucas Sofia Daniel Mei Tomas Ingrid Rafael Leila Oliver Hana Mateo "
    "Nadia Samuel Yuki Elena Kwame Clara Ravi Fatima Henrik Lucia Omar Grace Arjun Sven Chloe Dmitri Aisha "
    "Felix Noor Pablo Erin Tariq Julia Kofi Irene Marco Zara Anton Beatriz Hugo Lina Viktor Maya Nikhil Rosa "
    "Emil Sana Diego Alice Bruno Helena Idris Vera Jakob Esther Malik Laura Teo Ines Farid Nora Simon Rania "
    "Lars Carmen Ibrahim Petra Caleb Yara"
).split()
LAST = (
    "Okafor Lindqvist Moreau Tanaka Hartmann Ferreira Novak Castillo Abara Brennan Kowalski Mendoza Haddad "
    "Sorensen Iyer Nakamura Fischer Oyelaran Petrov Alvarez Whitfield Osei Lemaire Rahman Duarte Virtanen "
    "Bianchi Mwangi Holloway Sato Ramires Eriksen Adeyemi Calloway Varga Quintero Hedlund Mbeki Thornbury "
    "Kuznetsova Aguilar Nyberg Ozturk Pellegrini Amadi Fairbanks Kimura Delacroix Szabo Banerjee Gallagher "
    "Okonkwo Westergaard Marchetti Ishikawa Barrow Rosales Lindgren Achebe Penrose Takahashi Valdivia "
    "Blackwood Nkemelu Strand Carvalho Whitaker Matsuda Ferraro Halvorsen Ogunleye Sandoval Ashworth "
    "Yamaguchi Drummond Esposito Kariuki Hollis Soto Engstrom Obi Harrington Morales Lindholm Acheampong "
    "Pemberton Watanabe Castellanos Radcliffe Oduya Sterling Benedetti Kagame Lockhart Fuentes Hallstrom "
    "Mensah Caldwell Ortega Bergstrom Nwosu Ainsworth Rinaldi Okoro Kessler Navarro Lundberg"
).split()
INSTITUTE_WORDS = (
    "Atlas Meridian Harbour Northgate Keystone Lodestar Granite Summit Beacon Crescent Pioneer "
    "Horizon Sterling Cobalt Bluewater Ridgeline Compass Cardinal Redwood Halcyon"
).split()
ORG_PATTERNS = [
    "{w} Institute",
    "{w} Institute for Resource Security",
    "Centre for {w} Studies",
    "{w} Council",
    "{w} University",
    "{w} Capital",
    "{w} Research Group",
    "{w} Foundation",
    "{w} School of Mines",
    "{w} Commodities Forum",
]
EXPERT_ROLES = [
    "senior fellow",
    "analyst",
    "chief economist",
    "research director",
    "commodities strategist",
    "professor of economic geology",
    "senior analyst",
    "director of the minerals programme",
    "economist",
    "geologist",
    "managing partner",
    "head of battery research",
]
OFFICIAL_TITLES = ["Prime Minister", "President", "Trade Minister", "Finance Minister", "Foreign Minister", "Minister"]
DEAL_KINDS = [
    "memorandum of understanding",
    "framework agreement",
    "joint venture",
    "investment pledge",
    "trade agreement",
    "partnership agreement",
    "supply agreement",
    "offtake agreement",
]
MONTHS = ("January February March April May June July August September October November December").split()
USES = [
    "electric vehicle batteries",
    "wind turbines",
    "fighter jets",
    "semiconductors",
    "solar panels",
    "permanent magnets",
    "guided missiles",
    "smartphones",
    "grid storage",
    "jet engines",
    "fibre-optic cables",
    "catalytic converters",
    "night-vision equipment",
    "medical imaging",
]
STAGES = ["mining", "refining", "processing", "production", "exports", "reserves", "smelting capacity"]
FILLER = [
    "Analysts said the market remains volatile and prices could swing sharply in the coming months.",
    "Industry groups welcomed the move but warned that permitting delays remain a major obstacle.",
    "The announcement comes amid growing concern over supply chain resilience.",
    "Investors have been cautious, citing uncertain demand and long development timelines.",
    "Environmental groups raised questions about water use and community consultation.",
    "Officials did not say when construction would begin.",
    "The plan still needs parliamentary approval before it can take effect.",
    "Shares of several listed producers rose on the news before falling back later in the day.",
    "Critics argue that the policy favours large incumbents over smaller developers.",
    "Observers note that similar announcements in the past were slow to translate into new output.",
    "The details of the financing arrangements were not made public.",
    "Several companies said they were reviewing their sourcing strategies.",
    "Some economists cautioned that higher costs would eventually be passed on to consumers.",
    "Local communities have demanded a greater share of the revenue from new projects.",
    "The government has promised to publish a full strategy by the end of the year.",
    "Trade data released this week showed shipments had fallen for a third straight month.",
]
HEADINGS = [
    "The Supply Picture",
    "What Comes Next",
    "Market Reaction",
    "A Crowded Field",
    "Why It Matters",
    "Risks Ahead",
    "The Bigger Picture",
    "Processing Bottlenecks",
    "Investment Outlook",
]
PUBLISHERS = [
    "Resource Daily",
    "Metal Wire",
    "The Mining Ledger",
    "Global Commodities Report",
    "Frontier Markets Post",
    "Strategic Materials Review",
]


@dataclass
class Person:
    first: str
    last: str
    role: str
    org: str  # affiliation for experts, country possessive for officials
    country: int | None = None  # index into COUNTRIES for officials

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Deal:
    a: str
    b: str
    mineral: str
    kind: str
    value: int
    month: str
    year: int


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


class _Zipf:
    """Weighted choice over a list with the given weights (or 1/rank^s if none given)."""

    def __init__(self, rng: random.Random, items: list, weights: list[float] | None = None, s: float = 1.0):
        self.rng, self.items = rng, items
        self.weights = weights or [1 / (i + 1) ** s for i in range(len(items))]
        total, acc = sum(self.weights), 0.0
        self.cum = []
        for w in self.weights:
            acc += w
            self.cum.append(acc / total)

    def pick(self):
        import bisect

        return self.items[min(bisect.bisect_left(self.cum, self.rng.random()), len(self.items) - 1)]

    def distinct(self, k: int) -> list:
        out = []
        for _ in range(k * 20):
            x = self.pick()
            if x not in out:
                out.append(x)
            if len(out) == k:
                break
        return out


class Corpus:
    def __init__(self, n: int, seed: int = 20250601):
        self.n = n
        self.rng = rng = random.Random(f"briefing-bench-{seed}-{n}")
        self.countries = _Zipf(rng, list(range(len(COUNTRIES))), [c[1] for c in COUNTRIES])
        self.regions = _Zipf(rng, [r[0] for r in REGIONS], [r[1] for r in REGIONS])
        self.minerals = _Zipf(rng, [m[0] for m in MINERALS], [m[1] for m in MINERALS])
        names = [(f, last) for last in LAST for f in FIRST]
        rng.shuffle(names)
        used_last: set[str] = set()
        unique_names = []
        for f, last in names:  # mostly distinct surnames, so "Okafor said" can be resolved
            if last not in used_last or rng.random() < 0.1:
                used_last.add(last)
                unique_names.append((f, last))
        unique_names += [nm for nm in names if nm not in unique_names]
        n_experts = int(25 + 6 * math.sqrt(n))
        n_officials = int(20 + 4 * math.sqrt(n))
        n_deals = int(12 + 3 * math.sqrt(n))
        orgs = [p.format(w=w) for w in INSTITUTE_WORDS for p in ORG_PATTERNS]
        rng.shuffle(orgs)
        self.experts = [
            Person(f, last, rng.choice(EXPERT_ROLES), orgs[i % len(orgs)])
            for i, (f, last) in enumerate(unique_names[:n_experts])
        ]
        self.officials = []
        for f, last in unique_names[n_experts : n_experts + n_officials]:
            c = self.countries.pick()
            self.officials.append(Person(f, last, rng.choice(OFFICIAL_TITLES), COUNTRIES[c][2], country=c))
        self.expert_pick = _Zipf(rng, self.experts, s=0.9)
        self.official_pick = _Zipf(rng, self.officials, s=0.9)
        self.deals = []
        seen = set()
        while len(self.deals) < n_deals:
            a = self._place(major=True)
            b = self._place()
            if a == b or (a, b) in seen or (b, a) in seen:
                continue
            seen.add((a, b))
            self.deals.append(
                Deal(
                    a,
                    b,
                    self.minerals.pick(),
                    rng.choice(DEAL_KINDS),
                    rng.choice([50, 120, 250, 400, 500, 750, 900, 1200, 1500, 2000, 3500]),
                    rng.choice(MONTHS),
                    rng.choice([2023, 2024, 2025]),
                )
            )
        self.deal_pick = _Zipf(rng, self.deals, s=0.8)
        # Each (holder, mineral, stage) share has a "true" value; sources report it with noise.
        self.shares: dict[tuple, int] = {}

    # ---- small pieces -------------------------------------------------------------------------
    def _place(self, major: bool = False) -> str:
        if not major and self.rng.random() < 0.12:
            return self.regions.pick()
        c = self.countries.pick()
        if major:
            c = self.rng.choice([0, 1, 1, 2, 3, 9, 10, 16]) if self.rng.random() < 0.6 else c
        return COUNTRIES[c][0]

    def _cap(self, s: str) -> str:
        return s[:1].upper() + s[1:]

    def _poss(self, place: str) -> str:
        for c in COUNTRIES:
            if c[0] == place:
                return c[2]
        return place + ("'" if place.endswith("s") else "'s")

    def _gov(self, place: str) -> str:
        """A place as the actor: its name, sometimes its capital."""
        for c in COUNTRIES:
            if c[0] == place and c[4] and self.rng.random() < 0.25:
                return c[4]
        return place

    def _pct(self, holder: str, mineral: str, stage: str) -> int:
        key = (holder, mineral, stage)
        if key not in self.shares:
            self.shares[key] = self.rng.choice([35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95])
        base = self.shares[key]
        return max(5, min(99, base + self.rng.choice([0, 0, 0, 5, -5, 10, -10])))

    # ---- sentences --------------------------------------------------------------------------
    def deal_sentence(self, d: Deal, first: bool) -> str:
        r = self.rng
        A, B = self._gov(d.a), d.b
        if first:
            return r.choice(
                [
                    f"{self._cap(A)} and {B} signed a {d.kind} on {d.mineral} in {d.month} {d.year}.",
                    f"{self._cap(A)} and {B} have signed a {d.kind} covering {d.mineral} exploration and processing.",
                    f"{self._cap(d.a)} finalized a {d.kind} with {B} on {d.mineral} supply chains in {d.month} {d.year}.",
                    f"{self._cap(A)} has struck a {d.kind} with {B} to develop {d.mineral} projects, officials said.",
                    f"In {d.month} {d.year}, {d.a} and {B} announced a {d.kind} aimed at securing {d.mineral} supplies.",
                ]
            )
        return r.choice(
            [
                f"Under the deal, {d.a} pledged to invest up to ${d.value} million in {self._poss(d.b)} {d.mineral} sector.",
                f"The agreement between {d.a} and {d.b} is worth about ${d.value} million, according to people familiar with it.",
                f"The {d.kind} was signed during a visit to {self._gov(d.b)} and covers refining as well as mining.",
                "Officials said the deal would be reviewed after two years.",
                f"Negotiations on the deal with {d.b} took more than a year, officials said.",
                "The deal also includes commitments on technology transfer and local processing.",
            ]
        )

    def share_sentence(self, mineral: str | None = None) -> str:
        r = self.rng
        holder = r.choice(["China"] * 5 + [COUNTRIES[self.countries.pick()][0] for _ in range(3)])
        mineral = mineral or self.minerals.pick()
        stage = r.choice(STAGES)
        p = self._pct(holder, mineral, stage)
        return r.choice(
            [
                f"{self._cap(holder)} controls about {p}% of global {mineral} {stage}.",
                f"{self._cap(holder)} accounts for roughly {p}% of the world's {mineral} {stage}, industry data show.",
                f"By some estimates, {holder} holds {p}% of {mineral} {stage} worldwide.",
                f"{self._cap(holder)} produced {p}% of the world's {mineral} last year.",
                f"{self._cap(holder)} currently controls approximately {p} percent of global {mineral} supply.",
            ]
        )

    def expert_sentences(self, mineral: str, place: str) -> list[str]:
        r = self.rng
        e = self.expert_pick.pick()
        intro = r.choice(
            [
                f"{e.name}, {_a(e.role)} at the {e.org}, said {place} would struggle to match that pace.",
                f"{e.name}, {e.role} at the {e.org}, said the market for {mineral} remains tight.",
                f"“This is a long game,” said {e.name}, {_a(e.role)} at the {e.org}.",
                f"According to {e.name}, {_a(e.role)} at the {e.org}, new {mineral} projects take a decade to build.",
            ]
        )
        follow = r.choice(
            [
                f"{e.last} said that {mineral} prices had become a barometer of geopolitical risk.",
                f"“Nobody can build a refinery overnight,” {e.last} said.",
                f"{e.last} warned that stockpiles of {mineral} would not last long in a disruption.",
                f"{e.last} noted that processing, not mining, is the real bottleneck.",
            ]
        )
        return [intro, follow] if r.random() < 0.6 else [intro]

    def official_sentence(self) -> str:
        r = self.rng
        o = self.official_pick.pick()
        poss = COUNTRIES[o.country][2]
        return r.choice(
            [
                f"{o.role} {o.name} said the government would not let {poss} ore leave the country unprocessed.",
                f"{self._cap(poss)} {o.role} {o.name} said talks with {self._place(major=True)} were progressing.",
                f"{self._cap(poss)} {o.role} {o.name} announced that the government would fast-track permits for new mines.",
                f"{o.role} {o.name} called the agreement “a turning point for our industry.”",
                f"{self._cap(poss)} {o.role} {o.name} met investors in {self._gov(self._place(major=True))} this week.",
                f"{o.role} {o.name} has promised to double {poss} mineral output by 2030.",
            ]
        )

    def use_sentence(self, mineral: str) -> str:
        a, b = self.rng.sample(USES, 2)
        return self.rng.choice(
            [
                f"{self._cap(mineral)} is essential for {a} and {b}.",
                f"{self._cap(mineral)} is used in {a}, {b} and a range of military equipment.",
                f"Demand for {mineral}, which is critical for {a}, is expected to triple by 2040.",
            ]
        )

    def misc_sentence(self, mineral: str, place: str) -> str:
        r = self.rng
        return r.choice(
            FILLER
            + [
                f"{self._cap(place)} has tightened export controls on {mineral} products this year.",
                f"The project will create about {r.choice([300, 800, 1200, 2500])} jobs in {place}.",
                f"{self._cap(place)} has {r.choice([12, 25, 40, 65])} mines under development, officials said.",
                f"Prices of {mineral} rose {r.choice([8, 12, 15, 22, 30])}% in the first half of the year.",
                f"{self._cap(self._poss(place))} {mineral} exports reached ${r.choice([2, 4, 7, 11])} billion last year.",
                f"Companies from {place} and {self._place()} have been competing for {mineral} concessions.",
                f"Shipments of {mineral} from {place} were delayed by new licensing rules.",
            ]
        )

    # ---- an article -------------------------------------------------------------------------
    def article(self, i: int) -> str:
        r = self.rng
        deal = self.deal_pick.pick() if r.random() < 0.65 else None
        mineral = deal.mineral if deal else self.minerals.pick()
        place = deal.b if deal else COUNTRIES[self.countries.pick()][0]
        other_deals = [self.deal_pick.pick() for _ in range(r.choice([0, 0, 1, 1, 2]))]
        lines: list[str] = []
        if r.random() < 0.12:
            lines += ["Connect with us", "", r.choice(["Business", "Markets", "Mining", "World"]), ""]
        if deal:
            headline = r.choice(
                [
                    f"{self._cap(deal.a)} and {deal.b} Sign {mineral.title()} Deal",
                    f"{self._cap(deal.a)} Seals {mineral.title()} Pact With {deal.b} Amid Supply Fears",
                    f"New {deal.kind.title()} Puts {mineral.title()} at the Centre of {self._cap(deal.a)}–{deal.b} Ties",
                ]
            )
        else:
            headline = r.choice(
                [
                    f"{self._cap(place)} Moves to Secure {mineral.title()} Supply Chains",
                    f"Why {mineral.title()} Has Become a Strategic Asset for {self._cap(place)}",
                    f"Race for {mineral.title()} Heats Up as {self._cap(place)} Expands Output",
                ]
            )
        lines.append(headline)
        if lines[0] == "Connect with us":
            lines += ["", "Published", "", "on", ""]
        paragraphs: list[list[str]] = []
        first = []
        if deal:
            first.append(self.deal_sentence(deal, True))
            first.append(self.deal_sentence(deal, False))
        else:
            first.append(
                f"{self._cap(place)} is stepping up efforts to secure {mineral} as demand for batteries and "
                f"defence equipment grows."
            )
        first.append(r.choice(FILLER))
        paragraphs.append(first)
        n_par = r.randint(4, 9)
        for _ in range(n_par):
            sents: list[str] = []
            kind = r.random()
            if kind < 0.25:
                sents += [self.share_sentence(mineral if r.random() < 0.5 else None)]
                if r.random() < 0.5:
                    sents.append(self.share_sentence(mineral))
            elif kind < 0.5:
                sents += self.expert_sentences(mineral, place)
            elif kind < 0.62:
                sents.append(self.official_sentence())
            elif kind < 0.72:
                sents.append(self.use_sentence(mineral if r.random() < 0.6 else self.minerals.pick()))
            elif kind < 0.82 and other_deals:
                d = other_deals.pop()
                sents += [self.deal_sentence(d, True), self.deal_sentence(d, False)]
            elif kind < 0.9 and deal:
                sents.append(self.deal_sentence(deal, False))
            else:
                sents.append(self.misc_sentence(mineral, place))
            for _ in range(r.randint(0, 2)):
                extra = self.misc_sentence(
                    self.minerals.pick() if r.random() < 0.3 else mineral, COUNTRIES[self.countries.pick()][0]
                )
                if extra not in sents:
                    sents.append(extra)
            paragraphs.append(sents)
        body: list[str] = []
        heading_at = r.randint(2, len(paragraphs)) if r.random() < 0.25 else -1
        list_at = r.randint(1, len(paragraphs)) if r.random() < 0.12 else -1
        table_at = r.randint(1, len(paragraphs)) if r.random() < 0.08 else -1
        for k, sents in enumerate(paragraphs):
            if k == heading_at:
                body.append(r.choice(HEADINGS))
            if k == list_at:
                body.append("Key points from the announcement:")
                body += [f"- {self.misc_sentence(mineral, place)}" for _ in range(r.randint(2, 4))]
            if k == table_at:
                holders = r.sample(["China"] + [c[0] for c in COUNTRIES[2:14]], 3)
                stage = r.choice(STAGES)
                body += [f"| Country | Share of {mineral} {stage} |", "|---|---|"]
                body += [f"| {self._cap(h)} | {self._pct(h, mineral, stage)}% |" for h in holders]
            body.append(" ".join(sents))
        sep = "\n\n" if r.random() < 0.3 else "\n"
        text = "\n".join(lines) + ("\n\n" if lines[-1] else "") + sep.join(body) + "\n"
        if r.random() < 0.15:
            text += "\nLeave a Reply\n"
        if r.random() < 0.1:
            text += f"\nCopyright © {r.choice([2024, 2025])} {r.choice(PUBLISHERS)}. All rights reserved.\n"
        return text

    def files(self) -> dict[str, str]:
        out = {}
        for i in range(self.n):
            text = self.article(i)
            out[f"{i:05d}_{self.rng.getrandbits(64):016x}.txt"] = text
        return out


def generate(n: int, seed: int = 20250601) -> dict[str, str]:
    return Corpus(n, seed).files()


def write(n: int, dest: Path, seed: int = 20250601) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in generate(n, seed).items():
        data = text.encode("utf-8")
        (dest / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--seed", type=int, default=20250601)
    args = ap.parse_args()
    size = write(args.n, args.dest, args.seed)
    print(f"wrote {args.n} articles, {size} bytes, to {args.dest}")


if __name__ == "__main__":
    main()
