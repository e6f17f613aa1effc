"""Live-preview rebuild time in one process, without the HTTP server: what `mkdocs serve --dirty`
does on a save (a fresh config, a dirty build into the same folder), timed around MkDocs' `build`.

Usage: .venv/bin/python bench/rebuild.py [ROOT ...]   (default: this checkout)

For each ROOT (a checkout of the project: `git worktree add /tmp/old <commit>` for the code
before a change) it builds bench/corpus.py's 1,000 articles, then times five article edits (a
sentence added to an article's prose) and five alias edits (a name five articles use added to a
country's aliases), as bench/preview.py does over HTTP. Give two roots, alternately repeated
(`old new old new`), to compare code on a machine whose speed drifts: the end-to-end numbers of
bench/preview.py move by a third between runs on this machine, these paired ones much less.
Each ROOT runs in its own process (its `hooks/` are loaded from the project it copies).
Each rebuild's CPU time (this process and the children it waited for) is printed beside its wall
time: when the machine's speed drifts within a run, the CPU times of two checkouts compare better.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _cpu() -> float:
    used = os.times()
    return used.user + used.system + used.children_user + used.children_system


def child(root: Path) -> None:
    import logging

    sys.path.insert(0, str(root / "bench"))
    import run  # noqa: PLC0415
    from mkdocs.commands.build import build  # noqa: PLC0415
    from mkdocs.config import load_config  # noqa: PLC0415
    from preview import edit_prose, set_aliases  # noqa: PLC0415

    logging.disable(logging.WARNING)
    base = Path(tempfile.mkdtemp(prefix="briefing-rebuild-"))
    project, _ = run.make_project(1000, 20250601, base)
    os.chdir(project)
    site, url = str(base / "site"), "http://127.0.0.1:8000/"

    def config():
        c = load_config(config_file=str(project / "mkdocs.yml"), site_dir=site, strict=False)
        c.site_url = url
        return c

    seeds = sorted((project / "seeds").glob("*.txt"))
    for k in range(1, 6):  # untimed: the names the alias edits will map
        edit_prose(seeds[len(seeds) // 3 + k], f"Officials toured Delta Zone {k}.")
    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, serve_url=url, dirty=True)
    article, alias, cpu = [], [], {"article": [], "alias": []}

    def timed(times: list, label: str) -> None:
        started, used = time.perf_counter(), _cpu()
        build(config(), serve_url=url, dirty=True)
        times.append(time.perf_counter() - started)
        cpu[label].append(_cpu() - used)

    for k in range(1, 6):
        edit_prose(seeds[len(seeds) // 2 + k], f"Analysts said preview trial {k} had been saved.")
        timed(article, "article")
    countries, names = project / "site_data" / "countries.yml", []
    for k in range(1, 6):
        names.append(f"Delta Zone {k}")
        set_aliases(countries, names)
        timed(alias, "alias")
    print(
        f"{root}: article edit median {statistics.median(article):.2f} s ({' '.join(f'{t:.2f}' for t in article)}), "
        f"alias median {statistics.median(alias):.2f} s ({' '.join(f'{t:.2f}' for t in alias)}); CPU median: "
        f"article edit {statistics.median(cpu['article']):.2f} s, alias {statistics.median(cpu['alias']):.2f} s",
        flush=True,
    )


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]).resolve())
        return
    for root in sys.argv[1:] or [str(HERE.parent)]:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([sys.executable, __file__, "--child", root], env=env, check=True)


if __name__ == "__main__":
    main()
