"""Command line: `python -m briefing.cli check` validates seeds/ and site_data/ without building.

Prints every problem, one line each, and exits 1; prints one success line and exits 0 when the
content is clean. Run from the project root (the Makefile does).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import run_pipeline


def check(root: Path) -> int:
    result = run_pipeline(root / "seeds", root / "site_data")
    problems = result.errors + result.warnings
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check: {len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    b = result.briefing
    labels = {"deal": "deals", "country": "places", "mineral": "minerals", "expert": "experts", "official": "officials"}
    counts = ", ".join(f"{len(b.of_kind(k))} {label}" for k, label in labels.items())
    print(f"check: OK: {len(b.articles)} articles, {counts}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check_cmd = sub.add_parser("check", help="validate seeds/ and site_data/")
    check_cmd.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    return check(args.root)


if __name__ == "__main__":
    sys.exit(main())
