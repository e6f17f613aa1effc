"""Organisations, officials and experts found in real pages, scored against hand labels.

    .venv/bin/python scripts/entity_quality.py [--set dev|heldout] [--verbose]

The pages are `tests/fixtures/real/dev/*.txt` (or `heldout/*.txt` for a set not yet merged) (real published pages, chrome included); the
labels are `tests/fixtures/real/entities.yml` (development) and `entities_heldout.yml` (set
aside: score it once, record the first run in docs/quality.md, then it may join the dev set).
Labels were written by someone who did not read the code. An organisation counts as found
when one of its labelled names matches one of the names the site gives it (legal endings,
"the", dots and case aside); officials and experts by name (a label that is a surname alone
matches the full name), and for experts found, whether role and affiliation are as labelled.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from labelled_pages import arguments, build_from_pages, load_labels, rates

from briefing.kinds import EXPERT, OFFICIAL, ORGANISATION
from briefing.recognise.org_types import canonical

LABELS = {"dev": "entities.yml", "heldout": "entities_heldout.yml", "new": "heldout/entities.yml"}


def norm(name: str) -> str:
    name = canonical(name.replace("’", "'"))
    name = re.sub(r"^the\s+", "", name, flags=re.I).replace(".", "")
    return re.sub(r"\s+", " ", name).strip().casefold()


def evaluate(which: str) -> tuple[dict, list[str]]:
    labels = load_labels(LABELS[which])
    briefing = build_from_pages(labels)
    counts = {k: [0, 0, 0] for k in ("organisations", "officials", "experts")}
    misses: list[str] = []
    for page_id, label in labels.items():
        here = [e for e in briefing.entities.values() if page_id in e.sources]
        orgs = {e.name: {norm(e.name), *(norm(s.name) for s in e.sightings if hasattr(s, "cue"))}
                for e in here if e.kind is ORGANISATION}  # fmt: skip
        wanted = {}
        for name, value in (label.get("organisations") or {}).items():
            aliases = value.get("aliases", []) if isinstance(value, dict) else []
            wanted[name] = {norm(name), *(norm(a) for a in aliases)}
        matched = {n for n, forms in orgs.items() if any(forms & w for w in wanted.values())}
        found = {n for n, w in wanted.items() if any(w & forms for forms in orgs.values())}
        _count(counts["organisations"], len(found), len(orgs) - len(matched), len(wanted) - len(found))
        misses += [f"{page_id} organisation missed: {n}" for n in wanted if n not in found]
        misses += [f"{page_id} organisation false positive: {n}" for n in orgs if n not in matched]
        for kind, key in ((OFFICIAL, "officials"), (EXPERT, "experts")):
            got = {_labelled_as(e.name, label.get(key) or []) for e in here if e.kind is kind}
            want = set(label.get(key) or [])
            _count(counts[key], len(got & want), len(got - want), len(want - got))
            misses += [f"{page_id} {key[:-1]} missed: {n}" for n in sorted(want - got)]
            misses += [f"{page_id} {key[:-1]} false positive: {n}" for n in sorted(got - want)]
    roles = [0, 0]
    for page_id, label in labels.items():
        experts = label.get("experts") or {}
        for e in briefing.entities.values():
            if e.kind is EXPERT and page_id in e.sources and (name := _labelled_as(e.name, experts)) in experts:
                role, affiliation = experts[name]
                org = briefing.entities.get(e.fields.get("organisation_key") or "")
                forms = [e.fields.get("affiliation")] + ([org.name, *org.aliases] if org else [])
                right = _same(e.fields.get("role"), role) and any(_same(f, affiliation) for f in forms)
                roles[0] += right
                roles[1] += 1
                if not right:
                    misses.append(
                        f"{page_id} expert {name}: role/affiliation {e.fields.get('role')!r}/"
                        f"{e.fields.get('affiliation')!r}, labelled {role!r}/{affiliation!r}"
                    )
    scores = {k: rates(*cell) for k, cell in counts.items()}
    scores["experts"]["role and affiliation right"] = f"{roles[0]}/{roles[1]}"
    return scores, misses


def _labelled_as(name: str, labelled) -> str:
    """The labelled form of a name found: "Trump" is labelled where the text gives only the surname;
    the person's page may be named as another article spells them ("López" for "Lopez", "bin" for
    "Bin", "Donald J. X" for "Donald X", "Armah-Kofi" for "Armah Kofi")."""
    if name in labelled:
        return name
    same = next((n for n in labelled if _person_form(n) == _person_form(name)), None)
    return same or next((n for n in labelled if " " not in n and name.split()[-1] == n), name)


def _person_form(name: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(w for w in re.split(r"[\s.-]+", plain.casefold()) if len(w) > 1)


# One role, two spellings: "CEO" is "chief executive (officer)", "chairman" is "chair", "chairperson" or a "board
# president" (twentieth session: 195 to 199 of 234 right).
ROLE_FORMS = [
    (re.compile(r"\bchief executive(?: officer)?\b"), "ceo"),
    (re.compile(r"\bchief financial officer\b"), "cfo"),
    (re.compile(r"\bchief operating officer\b"), "coo"),
    (re.compile(r"\bchair(?:man|woman|person)?\b"), "chair"),
    (re.compile(r"\bboard president\b|\bpresident of the board\b"), "chair"),
    # the same posts as Spanish, Portuguese and French labels write them (thirtieth session: 358 to 360 of 422 right)
    (
        re.compile(
            r"\bpresident[ea] del? (?:directorio|consejo)\b|\bpresidente do conselho\b|\bprésident(?:e)? du conseil\b"
        ),
        "chair",
    ),
    (
        re.compile(
            r"\bdirect(?:eur|rice) général(?:e)?\b|\bdirector(?:a)? (?:general|ejecutiv[oa])\b|\bdiretor(?:a)?[- ]presidente\b"
            r"|\btitular\b"  # "el titular de Enami": the company's head (thirty-first session: 367 to 369 of 433 right)
        ),
        "ceo",
    ),
]


def _same(found: str | None, labelled: str | None) -> bool:
    """Role or affiliation as labelled, case, "the" and legal endings aside, and the spellings of
    `ROLE_FORMS` taken as one; either may be the longer form."""
    if not labelled:
        return not found
    if not found:
        return False
    a, b = norm(found), norm(labelled)
    for pattern, form in ROLE_FORMS:
        a, b = pattern.sub(form, a), pattern.sub(form, b)
    return a == b or a in b or b in a


def _count(cell: list[int], tp: int, fp: int, fn: int) -> None:
    cell[0] += tp
    cell[1] += fp
    cell[2] += fn


def main() -> int:
    args = arguments(__doc__, LABELS)
    if args is None:
        return 0
    scores, misses = evaluate(args.set)
    print(f"{'kind':<14} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for kind, s in scores.items():
        extra = f"   role and affiliation right: {s['role and affiliation right']}" if kind == "experts" else ""
        print(f"{kind:<14} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}{extra}")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
