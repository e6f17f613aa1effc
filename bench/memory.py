"""Peak memory of one `mkdocs build` at N articles.

Usage: .venv/bin/python bench/memory.py 10000

The project is bench/run.py's (the benchmark corpus of N articles, bench/corpus.py). Prints the
build's wall time, the peak RSS of the build process (from the kernel, for the process and its
children alike), and the peak of the build process and the forked Markdown converter together
(hooks/briefing_parallel.py), sampled every 0.5 s from /proc: the two share most of their pages
after the fork, so the sum overstates what they use together.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run

n = int(sys.argv[1])
base = Path(tempfile.mkdtemp(prefix="briefing-mem-"))
project, size = run.make_project(n, 20250601, base)


def rss(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0
    return 0


def children(pid):
    try:
        return [int(c) for c in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        return []


t = time.perf_counter()
p = subprocess.Popen(
    [sys.executable, "-m", "mkdocs", "build", "-q", "--no-strict", "-d", str(base / "site")],
    cwd=project,
    env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
)
peak_tree = 0
while p.poll() is None:
    peak_tree = max(peak_tree, rss(p.pid) + sum(rss(c) for c in children(p.pid)))
    time.sleep(0.5)
wall = time.perf_counter() - t
usage = __import__("resource").getrusage(__import__("resource").RUSAGE_CHILDREN)
pages = sum(1 for _ in (base / "site").rglob("*.html"))
print(
    f"N={n}: corpus {size / 1e6:.1f} MB, mkdocs build {wall:.0f} s, exit {p.returncode}, peak RSS of the build process {usage.ru_maxrss / 1024:.0f} MB, build process and converter together (sampled) {peak_tree:.0f} MB, {pages} HTML files",
    flush=True,
)
shutil.rmtree(base, ignore_errors=True)
