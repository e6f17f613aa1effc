"""Extraction quality on the labelled set: precision and recall per kind.

    .venv/bin/python scripts/quality.py [--no-registry] [--verbose] [--heldout | --articles DIR --labels FILE]

Runs the real pipeline over tests/fixtures/articles/ plus seeds/ together (as one site), then
compares, per article, what was recognised with tests/fixtures/expected.yml. `--heldout` scores
tests/fixtures/heldout/ against heldout.yml instead: articles written blind and never used to
tune the rules, so their score is the honest estimate for unseen articles.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from briefing.ingest import ingest  # noqa: E402
from briefing.keys import org_name  # noqa: E402
from briefing.kinds import DEAL, KINDS  # noqa: E402
from briefing.model import build_briefing  # noqa: E402
from briefing.sitedata import load_site_data  # noqa: E402

LABELLED = [kind.folder for kind in KINDS]  # labels files list each kind under its folder name


def recognised(briefing, article_id: str, labelled: frozenset[str] = frozenset()) -> dict[str, set]:
    """What the site would show for one article: entities with a mention or sighting in it.

    Places and minerals are labelled by slug, people by name, deals by their set of parties (a party
    by the name the labels give it where that is one of its aliases: "CBMM" for the company's full name)."""
    found = {k: set() for k in LABELLED}
    for e in briefing.entities.values():
        if article_id not in e.sources:
            continue
        if e.kind is DEAL:
            if any(s.article == article_id and s.parties for s in e.sightings):
                found[e.kind.folder].add(
                    frozenset(
                        _party_name(briefing.entities[p], labelled) if p in briefing.entities else org_name(p)
                        for p in e.fields["parties"]
                    )
                )
        else:
            found[e.kind.folder].add(e.name if e.kind.person else e.slug)
    return found


def _party_name(entity, labelled: frozenset[str]) -> str:
    return next((name for name in (entity.name, *entity.aliases) if name in labelled), entity.name)


def expected_sets(labels: dict) -> dict[str, set]:
    return {
        k.folder: {frozenset(d) for d in labels[k.folder]} if k is DEAL else set(labels[k.folder])
        for k in KINDS
        if k.folder in labels
    }


def evaluate(
    no_registry: bool = False, heldout: bool = False, articles_dir: Path | None = None, label_path: Path | None = None
) -> tuple[dict, list[str], dict]:
    """Score the labelled set (default), the held-out set, or any folder of articles with its labels."""
    if articles_dir:
        label_file, sources = label_path, sorted(articles_dir.glob("*.txt"))
    elif heldout:
        label_file = ROOT / "tests/fixtures/heldout.yml"
        sources = sorted((ROOT / "tests/fixtures/heldout").glob("*.txt"))
    else:
        label_file = ROOT / "tests/fixtures/expected.yml"
        sources = [*sorted((ROOT / "tests/fixtures/articles").glob("*.txt")), *sorted((ROOT / "seeds").glob("*"))]
    labels = yaml.safe_load(label_file.read_text(encoding="utf-8"))["articles"]
    scored = [k for k in LABELLED if all(k in label for label in labels.values())]  # kinds these labels cover
    site = load_site_data(ROOT / "site_data")
    if no_registry:
        site.entries = {k: [] for k in site.entries}
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp)
        for path in sources:
            shutil.copy(path, seeds / path.name)
        articles, _ = ingest(seeds, site)
        briefing = build_briefing(articles, site)
    counts = {k: [0, 0, 0] for k in scored}  # tp, fp, fn
    misses: list[str] = []
    roles = [0, 0]
    for article_id, label in labels.items():
        labelled = frozenset(name for deal in label.get("deals") or [] for name in deal)
        got, want = recognised(briefing, article_id, labelled), expected_sets(label)
        for kind in scored:
            tp, fp, fn = got[kind] & want[kind], got[kind] - want[kind], want[kind] - got[kind]
            counts[kind][0] += len(tp)
            counts[kind][1] += len(fp)
            counts[kind][2] += len(fn)
            misses += [f"{article_id} {kind} false positive: {_show(x)}" for x in sorted(fp, key=_show)]
            misses += [f"{article_id} {kind} missed: {_show(x)}" for x in sorted(fn, key=_show)]
        for name, (role, affiliation) in label["experts"].items():
            person = next((e for e in briefing.entities.values() if e.name == name), None)
            roles[1] += 1
            if person and (person.fields.get("role"), person.fields.get("affiliation")) == (role, affiliation):
                roles[0] += 1
            else:
                misses.append(
                    f"{article_id} expert role/affiliation: {name}: "
                    f"{person.fields.get('role') if person else None!r}, "
                    f"{person.fields.get('affiliation') if person else None!r}"
                )
    scores = {}
    for kind, (tp, fp, fn) in counts.items():
        scores[kind] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return scores, misses, {"expert_role_and_affiliation": round(roles[0] / roles[1], 3) if roles[1] else 1.0}


def _show(x) -> str:
    return " + ".join(sorted(x)) if isinstance(x, frozenset) else str(x)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-registry", action="store_true", help="ignore curated entities in site_data/")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    parser.add_argument("--heldout", action="store_true", help="score the held-out set instead")
    parser.add_argument("--blind2", action="store_true", help="score the second blind set (tests/fixtures/blind2)")
    parser.add_argument("--articles", type=Path, help="score this folder of .txt articles instead ...")
    parser.add_argument("--labels", type=Path, help="... against this labels file (format of heldout.yml)")
    args = parser.parse_args()
    if bool(args.articles) != bool(args.labels):
        parser.error("--articles and --labels go together")
    if args.blind2:
        args.articles, args.labels = ROOT / "tests/fixtures/blind2", ROOT / "tests/fixtures/blind2.yml"
    scores, misses, extra = evaluate(args.no_registry, args.heldout, args.articles, args.labels)
    print(f"{'kind':<10} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for kind, s in scores.items():
        print(f"{kind:<10} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}")
    for key, value in extra.items():
        print(f"{key}: {value:.3f}")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
