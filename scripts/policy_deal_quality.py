"""Policies and deals found in real pages, scored against hand labels.

    .venv/bin/python scripts/policy_deal_quality.py [--set dev|heldout] [--verbose]

The pages are `tests/fixtures/real/dev/*.txt` (or `heldout/*.txt` for a set not yet merged); the labels `tests/fixtures/real/policies_deals.yml`
(development) and `policies_deals_heldout.yml` (set aside: score it once, record the first run in
docs/quality.md). Labels were written by someone who did not read the code. A labelled policy is
found when a policy page of the same article has the same imposer (a national body's measure is its
country's, as on the site: a labelled "U.S. Department of Defense" is the United States, and so is an agency
reference/agencies.yml places there, "Pentagon" or "Defense Logistics Agency"), a type of the same family
(export ban, quota, control and licensing are export restrictions; the rest stand alone; a label
typed `other` accepts any type) and minerals that overlap (or either names none). Pairs are
matched one to one. The type is also checked exactly.

A labelled deal is found when a deal page that quotes the same article has at least two of its
parties (every party, if it has fewer); a party is matched by the country it names or by the
organisation's name (legal endings, "the", dots and case aside), each of the deal's parties matching
one labelled party only; between the same parties, a label pairs first with the deal that quotes its
sentence, then with one of its kind. Its status is checked too, as the sentence the label quotes gives it
(else as that article's sentences give it; a deal's page shows each source's status beside it):
"weighing", "considering" and "in talks" must never become "signed".
"""

from __future__ import annotations

import re
import sys

from labelled_pages import ROOT, arguments, build_from_pages, load_labels, rates

from briefing.kinds import COUNTRY, DEAL, POLICY
from briefing.model.organisations import org_key_of
from briefing.recognise.gazetteer import build_gazetteer
from briefing.sitedata import load_site_data

LABELS = {"dev": "policies_deals.yml", "heldout": "policies_deals_heldout.yml", "new": "heldout/policies_deals.yml"}
RESTRICTION = {"export ban", "export quota", "export control", "export licensing"}
MINERAL_WORDS = {"rare earths": "rare earth elements"}


def family(kind: str) -> str:
    return "export restriction" if kind in RESTRICTION else kind


def _state_of(body: str, gaz) -> list[str]:
    """The country a national body's name starts with ("U.S. Department of Defense"), if any."""
    first = re.match(r"(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][a-z]+)?)", body)
    words = first.group(1).split() if first else []
    for n in (2, 1):
        key = gaz.proper.get(" ".join(words[:n])) if len(words) >= n else None
        if key and COUNTRY.owns(key):
            return [key]
    return []


def evaluate(which: str) -> tuple[dict, list[str]]:
    labels = load_labels(LABELS[which])
    site = load_site_data(ROOT / "site_data")
    gaz = build_gazetteer(site.reference)
    briefing = build_from_pages(labels, site, gaz)
    # a national agency's measure is its state's (reference/agencies.yml: "Pentagon", "Defense Logistics Agency")
    agency_states = {
        alias: gaz.proper.get(a.country) for a in site.reference.agencies for alias in [a.name, *a.aliases]
    }
    tp = fp = fn = exact = 0
    misses: list[str] = []
    for page_id, label in labels.items():
        found = [e for e in briefing.of_kind(POLICY) if any(s.article == page_id for s in e.sightings)]
        wanted = label.get("policies") or []
        left = list(found)

        def fits(want, pool):
            imposers = {
                gaz.proper.get(want["imposer"]) or org_key_of(want["imposer"]),
                *_state_of(want["imposer"], gaz),
                agency_states.get(want["imposer"].removeprefix("the ")),
            }
            minerals = {gaz.common.get(MINERAL_WORDS.get(m, m).casefold()) for m in want.get("minerals") or []}
            minerals.discard(None)
            return [
                p
                for p in pool
                if p.fields["imposer"] in imposers
                and (want["type"] == "other" or family(p.fields["type"]) == family(want["type"]))
                and (not minerals or not p.fields["minerals"] or minerals & set(p.fields["minerals"]))
            ]

        # each label pairs first with the policy cited from its own sentence (an "other" label fits any
        # type, so it must not take another label's policy first), then with any that fits
        matches: dict[int, object] = {}
        for n, want in enumerate(wanted):
            quoted = next((p for p in fits(want, left) if any(want["quote"] in s.sentence for s in p.sightings)), None)
            if quoted is not None:
                matches[n] = quoted
                left.remove(quoted)
        for n, want in enumerate(wanted):
            if n not in matches and (match := next(iter(fits(want, left)), None)) is not None:
                matches[n] = match
                left.remove(match)
        for n, want in enumerate(wanted):
            match = matches.get(n)
            if match is None:
                fn += 1
                misses.append(
                    f"{page_id} missed: {want['imposer']} {want['type']} {want.get('minerals')}: {want['quote']}"
                )
                continue
            tp += 1
            exact += match.fields["type"] == want["type"]
            if match.fields["type"] != want["type"]:
                misses.append(f"{page_id} type: {match.name} is '{match.fields['type']}', labelled '{want['type']}'")
        fp += len(left)
        misses += [f"{page_id} false positive: {p.name}: {p.sightings[0].sentence[:140]}" for p in left]
    deals = _deals(briefing, gaz, labels, misses)
    scores = {"deals": deals, **rates(tp, fp, fn), "type right": f"{exact}/{tp}"}
    return scores, misses


NOT_SIGNED = {"under negotiation", "announced", "unknown", "cancelled", "paused"}


def _deals(briefing, gaz, labels, misses) -> dict:
    tp = fp = fn = status_wrong = 0
    for page_id, label in labels.items():
        found = [e for e in briefing.of_kind(DEAL) if any(s.article == page_id for s in e.sightings)]
        wanted = label.get("deals") or []
        # each party by its name, or a national body's by its country ("U.S. Department of State")
        options = [
            [
                {gaz.proper.get(p) or org_key_of(re.sub(r"^the\s+", "", p, flags=re.I)), *_state_of(p, gaz)}
                for p in w["parties"]
            ]
            for w in wanted
        ]  # ("The Verde Group" is written so; the site's page is "Verde Group")
        # (share of the label's parties found, its quote in the deal's sentences, its kind, …): the closest
        # pairs are matched first; two deals between the same parties: each label takes its own sentence,
        # then its own kind
        pairs = []
        for i, (want, opts) in enumerate(zip(wanted, options, strict=True)):
            for j, d in enumerate(found):
                hits = _hits(opts, d, briefing)
                if hits >= min(2, len(opts)):
                    quoted = any(_flat(want["quote"]) in _flat(s.sentence) for s in d.sightings)
                    pairs.append((-hits / len(opts), not quoted, d.fields["kind"] != want["type"], i, j))
        matched: dict[int, int] = {}
        for *_, i, j in sorted(pairs):
            if i not in matched and j not in matched.values():
                matched[i] = j
        for i, want in enumerate(wanted):
            if i not in matched:
                fn += 1
                misses.append(f"{page_id} deal missed: {' + '.join(want['parties'])}: {want['quote']}")
                continue
            match = found[matched[i]]
            tp += 1
            # (the status of the sentence the label quotes, else those this article's sentences give: the
            # deal's page shows each beside its source)
            quoting = [s for s in match.sightings if s.article == page_id and _flat(want["quote"]) in _flat(s.sentence)]
            own = {s.status for s in quoting or [s for s in match.sightings if s.article == page_id] if s.status}
            if want["status"] in NOT_SIGNED and own == {"signed"}:
                status_wrong += 1
                misses.append(f"{page_id} deal status: {match.name} 'signed', labelled '{want['status']}'")
        left = [d for j, d in enumerate(found) if j not in matched.values()]
        fp += len(left)
        misses += [f"{page_id} deal false positive: {d.name}: {d.sightings[0].sentence[:140]}" for d in left]
    return {**rates(tp, fp, fn), "signed wrongly": status_wrong}


def _hits(options: list[set[str]], deal, briefing) -> int:
    """How many of the label's parties the deal names, each deal party standing for one label party
    only ("China X Corp" and "China Y Bank", both Chinese, are not both matched by "China")."""
    used: set[str] = set()
    for option in options:
        for party in deal.fields["parties"]:
            if party not in used and option & _party_keys_of(party, briefing):
                used.add(party)
                break
    return len(used)


def _party_keys_of(party: str, briefing) -> set[str]:
    org = briefing.entities.get(party)
    if org is not None and org.kind is not COUNTRY:
        return {party} | {org_key_of(n) for n in [org.name, *org.aliases]}
    return {party}


def _flat(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def main() -> int:
    args = arguments(__doc__, LABELS)
    if args is None:
        return 0
    s, misses = evaluate(args.set)
    print(f"{'kind':<10} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}  type right")
    print(
        f"{'policies':<10} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}  {s['type right']}"
    )
    d = s["deals"]
    print(
        f"{'deals':<10} {d['precision']:>9.3f} {d['recall']:>7.3f} {d['tp']:>4} {d['fp']:>4} {d['fn']:>4}"
        f"  signed wrongly: {d['signed wrongly']}"
    )
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
