"""Command line for contributors (run from the project root; the Makefile does).

`check` validates seeds/ and site_data/ without building: every problem on its own line and
exit 1, or one success line and exit 0. `add FILE` puts a new article in seeds/ with a
metadata stub and prints what was recognised in it. `export OUT` writes the site as plain
Markdown (mkdocs.yml and docs/) that builds without the hook, for another engine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

from .errors import Problem
from .export import export_project
from .ingest import PAGE_SUFFIXES, SEED_SUFFIXES, decode_seed, parse_seed
from .kinds import KINDS
from .pipeline import run_pipeline
from .sitedata import load_site_data
from .sitedata.validate import docs_clashes
from .slugs import slugify


def check(root: Path, verbose: bool = False) -> int:
    result = run_pipeline(root / "seeds", root / "site_data")
    if verbose and result.briefing:
        for article in result.briefing.articles:
            print(left_out_report(article), end="")
    problems = result.errors + result.warnings + docs_problems(root / "docs", list(result.pages))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check: {len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    b = result.briefing
    counts = ", ".join(f"{len(b.of_kind(kind))} {kind.counted}" for kind in KINDS)
    print(f"check: OK: {len(b.articles)} articles, {counts}.")
    return 0


def export(root: Path, out: Path) -> int:
    problems = export_project(root, out)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"export: {len(problems)} content problem(s); nothing written.", file=sys.stderr)
        return 1
    print(f"export: {out}/ (mkdocs.yml and docs/): build it with `zensical build` or `mkdocs build` there.")
    return 0


def left_out_report(article) -> str:
    """One line per line of page chrome left out of an article, with the reason, and what the
    page itself said of its headline, date and byline: a wrong drop is fixed with one `keep_lines`."""
    out = [f"{article.path}:{article.headline_line}: headline: {article.headline}\n"] if article.headline_line else []
    for d in article.dropped:
        where = f"{d.line}-{d.last_line}" if d.last_line > d.line else f"{d.line}"
        out.append(f"{article.path}:{where}: left out ({d.reason}): {' '.join(d.text.split())}\n")
    found = {
        "date": article.facts.date,
        "dateline": article.facts.dateline,
        "reported by": " · ".join(article.facts.credits),
        "publisher": article.facts.publisher,
    }
    out += [f"{article.path}: found {key}: {value}\n" for key, value in found.items() if value]
    return "".join(_CONTROL.sub(lambda m: repr(m.group(0))[1:-1], line[:-1]) + "\n" for line in out)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # a line of the report stays one line


def docs_problems(docs: Path, pages: list[str]) -> list[Problem]:
    if not docs.is_dir():
        return []
    return docs_clashes(sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()), pages)


SEED_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def add_source(root: Path, source: str, seed_id: str | None) -> int:
    """Copy an article into seeds/, add a metadata stub to sources.yml, print what was recognised.

    Nothing is written unless the article would build: the text passes the same checks as the
    build's, and the id is a plain file name that no other article's name or page already has.
    """

    def fail(message: str) -> int:
        print(message, file=sys.stderr)
        return 1

    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        return fail(f"{source}: cannot be read ({exc.strerror or exc}).")
    suffix = ".html" if source.lower().endswith(PAGE_SUFFIXES) else ".txt"
    problems: list = []
    # Read as the build will read it (under a neutral name), to check it and see what it states.
    probe = parse_seed(Path(f"new{suffix}"), raw, source, load_site_data(root / "site_data"), problems)
    if probe is None:
        return fail(str(problems[0]))
    day = probe.meta.date or dt.date.today()
    seed_id = seed_id or f"{day.isoformat()}-{slugify(' '.join(probe.title.split()[:6]))}"
    if not SEED_ID.fullmatch(seed_id) or ".." in seed_id:
        return fail(
            f"id '{seed_id}': use letters, digits, '-', '_' and '.' only (no '/' or '..'), "
            "at most 100 characters, e.g. ID=2025-06-02-lithium-pact."
        )
    seeds = root / "seeds"
    existing = {p.stem.casefold(): p.name for p in seeds.iterdir() if p.suffix.lower() in SEED_SUFFIXES}
    pages = {slugify(stem): name for stem, name in existing.items()}
    if seed_id.casefold() in existing:
        return fail(f"seeds/{existing[seed_id.casefold()]}: already exists; choose another id with ID=...")
    if slugify(seed_id) in pages:
        return fail(
            f"id '{seed_id}' would take the page of seeds/{pages[slugify(seed_id)]} "
            f"(sources/{slugify(seed_id)}/); choose another id with ID=..."
        )
    target = seeds / f"{seed_id}{suffix}"
    if suffix == ".txt":
        text = decode_seed(raw, source, [])
        target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    else:
        target.write_bytes(raw)  # the saved page itself: the build reads it each time
    with (root / "site_data" / "sources.yml").open("a", encoding="utf-8") as f:
        f.write(metadata_stub(seed_id, probe))
    print(f"added seeds/{target.name} and a metadata stub in site_data/sources.yml")
    result = run_pipeline(root / "seeds", root / "site_data")
    for problem in result.errors + result.warnings:
        print(problem, file=sys.stderr)
    b = result.briefing
    if b is None or seed_id not in {a.id for a in b.articles}:
        return 1
    for kind in KINDS:
        names = [e.name for e in b.of_kind(kind) if seed_id in e.sources]
        print(f"{kind.label}: {', '.join(names) if names else '(none)'}")
    article = b.article(seed_id)
    print(f"Title: {article.title}{' (derived from the first sentence)' if article.title_derived else ''}")
    return 0


STUB_FIELDS = {"title": "...", "publisher": "...", "date": "YYYY-MM-DD", "url": "https://...", "language": "en"}


def metadata_stub(seed_id: str, article) -> str:
    """The sources.yml entry for a new article: what the page states (its headline, a date from its
    dateline or stamps, a © holder, a saved page's metadata) filled in to be checked; the rest as
    commented placeholders."""
    found = {
        "title": article.headline,
        "publisher": article.meta.publisher,
        "date": article.meta.date,
        "url": article.meta.url,
        "language": article.meta.language,
    }
    key = yaml.safe_dump({seed_id: None}, allow_unicode=True).split(":")[0]  # quoted if YAML needs it
    lines = [f"\n{key}:\n"]
    values = {k: v for k, v in found.items() if v}
    if values:
        lines.append("  # Found in the article: check these, fix what is wrong.\n")
        for field, value in values.items():
            dumped = yaml.safe_dump(
                {field: value if field != "date" else value.isoformat()},
                allow_unicode=True,
                width=1 << 20,
                default_flow_style=False,
            )
            lines.append("  " + dumped.rstrip("\n").replace("\n", "\n  ") + "\n")
    lines.append("  # Fill in what you know; leave out what you do not.\n")
    lines += [f"  # {field}: {example}\n" for field, example in STUB_FIELDS.items() if field not in values]
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check_cmd = sub.add_parser("check", help="validate seeds/ and site_data/")
    check_cmd.add_argument("--root", type=Path, default=Path.cwd())
    check_cmd.add_argument(
        "--verbose", action="store_true", help="also list every line left out of each article, and why"
    )
    add_cmd = sub.add_parser("add", help="add an article from a file (or - for stdin)")
    add_cmd.add_argument("file")
    add_cmd.add_argument("--id", dest="seed_id", help="file name for seeds/ (default: date and first words)")
    add_cmd.add_argument("--root", type=Path, default=Path.cwd())
    export_cmd = sub.add_parser("export", help="write the site as plain Markdown that builds without the hook")
    export_cmd.add_argument("out", type=Path)
    export_cmd.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    if args.command == "export":
        return export(args.root, args.out)
    if args.command == "add":
        return add_source(args.root, args.file, args.seed_id)
    return check(args.root, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
