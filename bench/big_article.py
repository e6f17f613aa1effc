"""Pipeline time for one big article, to see how it grows with the article's size.

Usage: .venv/bin/python bench/big_article.py 1 2 4      (sizes in MB)
The article is the benchmark corpus's text (bench/corpus.py) run together into one file, so it
names many places, people and deals. The 1 MB limit on articles (`MAX_ARTICLE_BYTES`) is lifted
in this process only. Prints the pipeline's CPU time (process time: other work on the machine
counts less), the pages it made and the biggest one. Results are written down in bench/RESULTS.md.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "bench")]

import corpus  # noqa: E402

from briefing.ingest import seeds as seed_files  # noqa: E402
from briefing.pipeline import run_pipeline  # noqa: E402

seed_files.MAX_ARTICLE_BYTES = 1 << 30


def big_article(megabytes: float, texts: list[str]) -> str:
    parts, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        body = texts[i % len(texts)].split("\n", 1)[-1]
        parts.append(body)
        size += len(body.encode())
        i += 1
    return "Report on critical minerals\n\n" + "\n".join(parts)


def main() -> None:
    texts = list(corpus.generate(400).values())
    for megabytes in [float(x) for x in sys.argv[1:]] or [1.0, 2.0]:
        tmp = Path(tempfile.mkdtemp())
        shutil.copytree(ROOT / "site_data", tmp / "site_data")
        (tmp / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
        (tmp / "site_data" / "deals.yml").write_text("[]\n", encoding="utf-8")
        (tmp / "seeds").mkdir()
        (tmp / "seeds" / "big.txt").write_text(big_article(megabytes, texts), encoding="utf-8")
        started = time.process_time()
        result = run_pipeline(tmp / "seeds", tmp / "site_data")
        cpu = time.process_time() - started
        biggest = max(len(v) for v in result.pages.values())
        topic = max(len(v) for k, v in result.pages.items() if not k.startswith("sources/"))
        print(
            f"{megabytes:g} MB: pipeline CPU {cpu:.1f} s, {len(result.pages)} pages, biggest {biggest / 1e6:.2f} MB "
            f"(the source page), biggest other page {topic / 1e6:.2f} MB"
        )
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
