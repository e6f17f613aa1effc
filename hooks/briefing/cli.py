"""Command line for contributors (run from the project root; the Makefile does).

`check` validates seeds/ and site_data/ without building: every problem on its own line and
exit 1, or one success line and exit 0. `add FILE` puts a new article in seeds/ with a
metadata stub and prints what was recognised in it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .pipeline import run_pipeline
from .slugs import slugify


PLURALS = {"deal": "deals", "country": "places", "mineral": "minerals", "expert": "experts", "official": "officials"}


def check(root: Path) -> int:
    result = run_pipeline(root / "seeds", root / "site_data")
    problems = result.errors + result.warnings
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check: {len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    b = result.briefing
    counts = ", ".join(f"{len(b.of_kind(k))} {label}" for k, label in PLURALS.items())
    print(f"check: OK: {len(b.articles)} articles, {counts}.")
    return 0


def add_source(root: Path, source: str, seed_id: str | None) -> int:
    """Copy an article into seeds/, add a metadata stub to sources.yml, print what was recognised."""
    raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        print(f"{source}: is not UTF-8 (byte 0x{raw[exc.start]:02x}); re-save it as UTF-8.", file=sys.stderr)
        return 1
    if not text.strip():
        print(f"{source}: is empty.", file=sys.stderr)
        return 1
    first = next(line for line in text.splitlines() if line.strip())
    seed_id = seed_id or f"{dt.date.today().isoformat()}-{slugify(' '.join(first.split()[:6]))}"
    target = root / "seeds" / f"{seed_id}.txt"
    if target.exists() or (root / "seeds" / f"{seed_id}.md").exists():
        print(f"seeds/{seed_id}: already exists; choose another id with ID=...", file=sys.stderr)
        return 1
    target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    with (root / "site_data" / "sources.yml").open("a", encoding="utf-8") as f:
        f.write(f"\n{seed_id}:\n  # Fill in what you know; leave out what you do not.\n"
                "  # title: ...\n  # publisher: ...\n  # date: YYYY-MM-DD\n  # url: https://...\n  # language: en\n")
    print(f"added seeds/{seed_id}.txt and a metadata stub in site_data/sources.yml")
    result = run_pipeline(root / "seeds", root / "site_data")
    for problem in result.errors + result.warnings:
        print(problem, file=sys.stderr)
    if result.briefing is None:
        return 1
    b = result.briefing
    for kind, label in PLURALS.items():
        names = [e.name for e in b.of_kind(kind) if seed_id in e.sources]
        print(f"{label:<10} {', '.join(names) if names else '(none)'}")
    article = b.article(seed_id)
    print(f"title      {article.title}{' (derived from the first sentence)' if article.title_derived else ''}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check_cmd = sub.add_parser("check", help="validate seeds/ and site_data/")
    check_cmd.add_argument("--root", type=Path, default=Path.cwd())
    add_cmd = sub.add_parser("add", help="add an article from a file (or - for stdin)")
    add_cmd.add_argument("file")
    add_cmd.add_argument("--id", dest="seed_id", help="file name for seeds/ (default: date and first words)")
    add_cmd.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    if args.command == "add":
        return add_source(args.root, args.file, args.seed_id)
    return check(args.root)


if __name__ == "__main__":
    sys.exit(main())
