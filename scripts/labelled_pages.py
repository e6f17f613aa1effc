"""The labelled real pages that `entity_quality.py` and `policy_deal_quality.py` score: their
labels, the briefing built from their text, precision and recall, and the shared command line."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests/fixtures/real"
sys.path.insert(0, str(ROOT / "hooks"))

from briefing.ingest import ingest  # noqa: E402
from briefing.model import build_briefing  # noqa: E402
from briefing.sitedata import load_site_data  # noqa: E402
from briefing.text import PLAIN_HYPHENS  # noqa: E402


def load_labels(filename: str) -> dict:
    """The `articles:` of a label file in tests/fixtures/real/ ({} when there is none: between two
    held-out sets, heldout/ is empty), their hyphens as the site prints them."""
    path = REAL / filename
    text = path.read_text(encoding="utf-8").translate(PLAIN_HYPHENS) if path.exists() else ""  # as the site prints
    return yaml.safe_load(text)["articles"] if text else {}


def build_from_pages(page_ids, site=None, gazetteer=None):
    """The briefing of the labelled pages (found in dev/, or heldout/ for a set not yet merged)."""
    site = site or load_site_data(ROOT / "site_data")
    with tempfile.TemporaryDirectory() as tmp:
        for page_id in page_ids:
            page = next(p for d in ("dev", "heldout") if (p := REAL / d / f"{page_id}.txt").exists())
            shutil.copy(page, Path(tmp) / f"{page_id}.txt")
        articles, _ = ingest(Path(tmp), site)
        return build_briefing(articles, site, gazetteer)


def rates(tp: int, fp: int, fn: int) -> dict:
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def arguments(doc: str, sets: dict[str, str]) -> argparse.Namespace | None:
    """`--set` and `--verbose`; None (after saying so) when the chosen set has no pages."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--set", choices=sorted(sets), default="dev")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    args = parser.parse_args()
    if not load_labels(sets[args.set]):
        print(f"no pages in {sets[args.set]}: the last held-out set was scored and joined the development set")
        return None
    return args
