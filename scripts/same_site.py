"""Build the site with two versions of the code and compare the results byte for byte.

    .venv/bin/python scripts/same_site.py [--base REF] [--keep]

A refactor must leave the built site unchanged. This builds three corpora — the project's own
seeds, the hostile corpus (`tests/hostile.py`), and the benchmark corpus at N=100
(`bench/corpus.py`) — once with the code at git REF (default HEAD) and once with the working
tree, with the same inputs and the same SOURCE_DATE_EPOCH, and compares every output file.
It prints `identical` or lists each file that differs, and exits 0 only when all are identical.
The inputs (seeds, site_data, the hostile and benchmark corpora) are always the working tree's,
so only the code differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("mkdocs.yml", "hooks", "overrides", "docs")
CURATED_EMPTIED = ("experts.yml", "officials.yml", "deals.yml")


def code_tree(ref: str | None, into: Path) -> Path:
    """The project's code (hooks, templates, mkdocs.yml, docs) at `ref`, or the working tree."""
    into.mkdir(parents=True)
    if ref is None:
        for name in CODE:
            src = ROOT / name
            (shutil.copytree if src.is_dir() else shutil.copy)(src, into / name)
        return into
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, *CODE], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def projects(code: Path, base: Path) -> dict[str, Path]:
    """The three test projects, each the given code with one corpus of inputs."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus  # noqa: PLC0415

    import hostile  # noqa: PLC0415

    out = {}
    for name in ("seeds", "hostile", "bench100"):
        project = base / name
        shutil.copytree(code, project)
        shutil.copytree(ROOT / "site_data", project / "site_data")
        if name == "seeds":
            shutil.copytree(ROOT / "seeds", project / "seeds")
        elif name == "hostile":
            (project / "seeds").mkdir()
            (project / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
            outside = base / "hostile-outside"
            outside.mkdir()
            hostile.write_corpus(project, outside)
        else:
            (project / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
            for curated in CURATED_EMPTIED:
                (project / "site_data" / curated).write_text("[]\n", encoding="utf-8")
            corpus.write(100, project / "seeds", 20250601)
        out[name] = project
    return out


def build(project: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1735689600", "PYTHONHASHSEED": "0"}
    env.pop("BRIEFING_SITE_URL", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--no-strict",
            "-q",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:
        raise SystemExit(f"{project.name}: build failed\n{result.stderr[-3000:]}")


def differences(a: Path, b: Path) -> list[str]:
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    out = [f"only before: {f}" for f in sorted(files_a - files_b)]
    out += [f"only after: {f}" for f in sorted(files_b - files_a)]
    for name in sorted(files_a & files_b):
        before, after = (a / name).read_bytes(), (b / name).read_bytes()
        if before != after:
            line = next(
                (
                    d
                    for d in difflib.unified_diff(
                        before.decode("utf-8", "replace").splitlines(),
                        after.decode("utf-8", "replace").splitlines(),
                        lineterm="",
                        n=0,
                    )
                    if d.startswith(("-", "+")) and not d.startswith(("---", "+++"))
                ),
                "",
            )
            out.append(f"differs: {name}: {line[:160]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="git ref of the code before (default HEAD)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="same-site-"))
    found = []
    try:
        before = projects(code_tree(args.base, tmp / "code-before"), tmp / "before")
        after = projects(code_tree(None, tmp / "code-after"), tmp / "after")
        for name in before:
            build(before[name], tmp / "site-before" / name)
            build(after[name], tmp / "site-after" / name)
            diff = differences(tmp / "site-before" / name, tmp / "site-after" / name)
            count = sum(1 for _ in (tmp / "site-after" / name).rglob("*") if _.is_file())
            print(f"{name}: {'identical' if not diff else f'{len(diff)} difference(s)'} ({count} files)")
            for line in diff[:20]:
                print("   ", line)
            found += diff
    finally:
        if args.keep:
            print(tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("identical" if not found else f"{len(found)} difference(s)")
    return 0 if not found else 1


if __name__ == "__main__":
    sys.exit(main())
