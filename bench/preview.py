"""Live preview latency: from saving a file to the served page showing the change.

Usage: .venv/bin/python bench/preview.py [--n 1000] [--trials 5] [--keep]

Builds the benchmark corpus of N articles (bench/corpus.py, as bench/run.py does), starts
`mkdocs serve --dirty --no-strict` on it (what `make serve` runs) and waits for the first build.
Then, `--trials` times each:
- **article**: one sentence added to the prose of a different article; timed until that article's
  source page, fetched over HTTP, contains it;
- **alias**: a name one article uses (set up before the server starts: trial k's article says
  "Officials toured Delta Zone k.") added to `site_data/countries.yml` as an alias of a country no
  article names; timed until that country's page is served with the article's sentence.
Prints each trial and the medians; also how many pages each rebuild wrote (from the server log).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import run  # noqa: E402

COUNTRY = "Bhutan"  # a country the corpus's generator never names (checked below)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _wait(url: str, needle: str, timeout: float) -> float:
    """Seconds until `url` answers 200 with `needle` in it (polled every 50 ms)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        status, body = _get(url)
        if status == 200 and needle in body:
            return time.monotonic() - started
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not show {needle!r} within {timeout} s")


def edit_prose(path: Path, sentence: str) -> None:
    """A sentence added to the article's first long paragraph of prose (also bench/rebuild.py's edit)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if len(line) > 100 and line.rstrip().endswith("."))
    lines[at] += " " + sentence
    path.write_text("\n".join(lines), encoding="utf-8")


def set_aliases(countries: Path, aliases: list[str]) -> None:
    """countries.yml with COUNTRY's aliases set to `aliases` (the alias edit; also bench/rebuild.py's)."""
    text = countries.read_text(encoding="utf-8").replace("[]", "").rstrip("\n")
    text = re.sub(rf"\n- name: {COUNTRY}\n  aliases: \[.*\]", "", text)
    countries.write_text(f"{text}\n- name: {COUNTRY}\n  aliases: [{', '.join(aliases)}]\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20250601)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="briefing-preview-"))
    project, _ = run.make_project(args.n, args.seed, base)
    seeds = sorted((project / "seeds").glob("*.txt"))
    assert not any(COUNTRY in p.read_text(encoding="utf-8") for p in seeds), f"the corpus names {COUNTRY}"
    # Untimed set-up: articles name the places the alias trials will map, one each.
    for k in range(1, args.trials + 1):
        edit_prose(seeds[len(seeds) // 3 + k], f"Officials toured Delta Zone {k}.")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    log_path = base / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    try:
        started = time.monotonic()
        _wait(url + "/", "Critical Minerals Briefing", timeout=1800)
        print(f"N={args.n}: first build served after {time.monotonic() - started:.1f} s", flush=True)
        time.sleep(2)
        article_times, alias_times = [], []
        for k in range(1, args.trials + 1):
            victim = seeds[len(seeds) // 2 + k]
            sentence = f"Analysts said preview trial {k} had been saved."
            edit_prose(victim, sentence)
            slug = victim.stem.replace("_", "-")
            article_times.append(_wait(f"{url}/sources/{slug}/", sentence, timeout=600))
            print(f"article edit {k}: {article_times[-1]:.2f} s", flush=True)
            time.sleep(1)
        countries = project / "site_data" / "countries.yml"
        aliases: list[str] = []
        for k in range(1, args.trials + 1):
            aliases.append(f"Delta Zone {k}")
            set_aliases(countries, aliases)
            alias_times.append(_wait(f"{url}/countries/{COUNTRY.lower()}/", f"Delta Zone {k}", timeout=600))
            print(f"alias {k}: {alias_times[-1]:.2f} s", flush=True)
            time.sleep(1)
        print(
            f"median: article edit {statistics.median(article_times):.2f} s, "
            f"alias {statistics.median(alias_times):.2f} s ({args.trials} trials each)"
        )
    finally:
        server.terminate()
        server.wait(timeout=60)
        built = re.findall(r"Documentation built in ([\d.]+) seconds", log_path.read_text(encoding="utf-8"))
        print("builds (MkDocs' own timing, s):", " ".join(built))
        if args.keep:
            print("kept:", base)
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
