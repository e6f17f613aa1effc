"""Pipeline time for one big article, to see how it grows with the article's size.

Usage: .venv/bin/python bench/big_article.py 1 2 5      (sizes in MB; pipeline only)
       .venv/bin/python bench/big_article.py --build-with 1000 5   (whole `mkdocs build` of the
       benchmark corpus of 1,000 articles, alone and with a 5 MB report added)
The article is the benchmark corpus's text (bench/corpus.py) run together into one file, no
article repeated (a corpus of enough articles is generated), so it names many places, people and
deals, like a long report. Prints the pipeline's CPU time (process time: other work on the machine
counts less), time per MB, the pages it made, how many sentences of the article are on its source
pages (all of them, or it says which are missing) and the biggest page other than the source's.
Results are written down in bench/RESULTS.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "bench")]

import corpus  # noqa: E402

from briefing.pipeline import run_pipeline  # noqa: E402


def big_article(megabytes: float, texts: list[str]) -> str:
    parts, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        body = texts[i % len(texts)].split("\n", 1)[-1]
        parts.append(body)
        size += len(body.encode())
        i += 1
    return "Report on critical minerals\n\n" + "\n".join(parts)


def build_with(n: int, megabytes: float) -> None:
    """`mkdocs build` of the benchmark corpus of N articles (bench/run.py's project), alone and with
    one report of `megabytes` added (its text from another seed of the corpus generator)."""
    import run  # noqa: PLC0415

    base = Path(tempfile.mkdtemp(prefix="briefing-big-"))
    project, _ = run.make_project(n, 20250601, base)

    def build() -> float:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "--no-strict", "-d", str(base / "site")],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            check=True,
        )
        return time.perf_counter() - started

    alone = build()
    texts = list(corpus.generate(int(megabytes * 800) + 100, seed=7).values())
    (project / "seeds" / "zz-report.txt").write_text(big_article(megabytes, texts), encoding="utf-8")
    with_report = build()
    print(
        f"mkdocs build, N={n}: {alone:.1f} s alone, {with_report:.1f} s with a {megabytes:g} MB report "
        f"({with_report / alone:.2f}×)"
    )
    shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    if sys.argv[1:2] == ["--build-with"]:
        build_with(int(sys.argv[2]), float(sys.argv[3]))
        return
    sizes = [float(x) for x in sys.argv[1:]] or [1.0, 2.0]
    texts = list(corpus.generate(int(max(sizes) * 800) + 100).values())  # about 1.5 kB each: none repeats
    for megabytes in sizes:
        tmp = Path(tempfile.mkdtemp())
        shutil.copytree(ROOT / "site_data", tmp / "site_data")
        (tmp / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
        (tmp / "site_data" / "deals.yml").write_text("[]\n", encoding="utf-8")
        (tmp / "seeds").mkdir()
        (tmp / "seeds" / "big.txt").write_text(big_article(megabytes, texts), encoding="utf-8")
        started = time.process_time()
        result = run_pipeline(tmp / "seeds", tmp / "site_data")
        cpu = time.process_time() - started
        article = result.briefing.articles[0]
        source_pages = [v for k, v in result.pages.items() if k.startswith("sources/") and "index" not in k]
        # the pages' words: links' text kept (article text escapes its own brackets), entities decoded
        shown = " ".join(unescape(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", "".join(source_pages))).split())
        sentences = [s.text for p in article.passages for s in p.sentences]
        missing = [t for t in sentences if " ".join(t.split()) not in shown]
        topic = max(len(v) for k, v in result.pages.items() if not k.startswith("sources/"))
        print(
            f"{megabytes:g} MB: pipeline CPU {cpu:.1f} s ({cpu / megabytes:.1f} s/MB), {len(result.pages)} pages, "
            f"source in {len(source_pages)} part(s) (biggest {max(map(len, source_pages)) / 1e6:.2f} MB), "
            f"{len(sentences) - len(missing)}/{len(sentences)} sentences on them, "
            f"biggest other page {topic / 1e6:.2f} MB",
            flush=True,
        )
        for text in missing[:5]:
            print(f"  missing: {text[:100]!r}")
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
