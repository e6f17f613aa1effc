"""Benchmark: build the real site from a synthetic corpus of N articles and measure every stage.

    .venv/bin/python bench/run.py --sizes 100 500 1000 2000

For each N this
  1. writes a temporary project (a copy of mkdocs.yml, docs/, hooks/, site_data/ with an empty
     sources.yml, and N generated articles from bench/corpus.py in seeds/),
  2. in a fresh child process, runs the pipeline stages directly and times each one
     (site data, ingest, recognise, model, render) with the peak RSS reached during it,
     then converts every generated page with Python-Markdown alone (the floor),
  3. in another fresh child process, runs a full `mkdocs build` (load_config + build, exactly
     what the CLI does) into a temporary site dir, timing the hook's pipeline inside it and
     counting warnings; the parent takes wall time and peak RSS of that child from wait4(),
  4. measures the output: HTML pages, bytes per page, search index size.
For one N (--rebuild-n, default 1000) a third child builds twice in one process, editing one
seed in between (what `mkdocs serve` does on a change). For --profile-n (default 1000) the
pipeline and the MkDocs build are run under cProfile and summarised.

Results go to bench/RESULTS.md (a hand-written "## Analysis" section there is kept).
Nothing outside the temporary directory is written except bench/RESULTS.md and bench/profiles/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MD_EXTENSIONS_NOTE = "abbr, admonition, attr_list, footnotes, md_in_html, tables, pymdownx.details, toc"
CURATED_EMPTIED = ("experts.yml", "officials.yml", "deals.yml")
EDIT_SENTENCE = " Analysts said the outlook for the sector remained uncertain after the announcement."


# ---------------------------------------------------------------------------------------------
# helpers shared by parent and children
# ---------------------------------------------------------------------------------------------
def _hwm_reset() -> None:
    """Reset the process's peak RSS (VmHWM) to its current RSS (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def _rss_kb(field: str = "VmRSS") -> int:
    with open("/proc/self/status") as fh:
        m = re.search(rf"{field}:\s+(\d+)", fh.read())
    return int(m.group(1)) if m else 0


def _write_json(path: str, data: dict) -> None:
    Path(path).write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# project set-up
# ---------------------------------------------------------------------------------------------
def make_project(n: int, seed: int, base: Path) -> tuple[Path, int]:
    sys.path.insert(0, str(BENCH))
    import corpus  # noqa: PLC0415

    project = base / f"n{n}"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=ignore)
    shutil.copytree(ROOT / "hooks", project / "hooks", ignore=ignore)
    shutil.copytree(ROOT / "site_data", project / "site_data", ignore=ignore)
    # theme overrides (theme.custom_dir) and any other folder mkdocs.yml names at the top level
    for extra in sorted(
        set(re.findall(r"^\s*custom_dir:\s*['\"]?([\w./-]+)", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE))
        | {"overrides"}
    ):
        if (ROOT / extra).is_dir() and not (project / extra).exists():
            shutil.copytree(ROOT / extra, project / extra, ignore=ignore)
    (project / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
    # Curated entries describe the real seeds (and cross-file validation rejects curated deals
    # whose parties no article names): the synthetic corpus gets none. Reference data stays.
    for name in CURATED_EMPTIED:
        (project / "site_data" / name).write_text("[]\n", encoding="utf-8")
    size = corpus.write(n, project / "seeds", seed)
    return project, size


# ---------------------------------------------------------------------------------------------
# child 1: pipeline stages + Python-Markdown floor
# ---------------------------------------------------------------------------------------------
def child_stages(project: Path, out: str, profile: str | None) -> None:
    from collections import defaultdict
    from time import perf_counter

    sys.path.insert(0, str(project / "hooks"))
    import markdown
    import yaml  # noqa: F401  (import cost outside the timings)
    from mkdocs.utils import yaml_load

    from briefing import model
    from briefing.emit.pages import render_pages
    from briefing.ingest import ingest
    from briefing.sitedata import load_site_data

    inner: dict[str, float] = defaultdict(float)

    def wrap(module, name: str, label: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):
            t = perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                inner[label] += perf_counter() - t

        setattr(module, name, timed)

    # build_briefing calls these by the names imported into briefing.model: wrap them there.
    for name, label in (
        ("build_gazetteer", "gazetteer"),
        ("people_in", "people"),  # find_people's reading, in pieces for a long article (model/pieces.py)
        ("people_found", "people"),
        ("Lexicon", "lexicon"),
        ("find_mentions", "mentions"),
        ("find_deals", "deals"),
        ("find_figures", "figures"),
    ):
        wrap(model, name, label)

    seeds, site_dir = project / "seeds", project / "site_data"
    stages: dict[str, dict] = {}

    def stage(label: str, fn):
        _hwm_reset()
        before = _rss_kb()
        t = perf_counter()
        result = fn()
        elapsed = perf_counter() - t
        stages[label] = {
            "s": elapsed,
            "peak_rss_mb": _rss_kb("VmHWM") / 1024,
            "rss_before_mb": before / 1024,
            "rss_after_mb": _rss_kb() / 1024,
        }
        return result

    site = stage("site data", lambda: load_site_data(site_dir))
    articles, problems = stage("ingest", lambda: ingest(seeds, site))
    briefing = stage("recognise+model", lambda: model.build_briefing(articles, site))
    pages = stage("render", lambda: render_pages(briefing))
    # split build_briefing: recognition = gazetteer + people + lexicon + mentions + deals + figures
    recog = sum(inner.values())
    both = stages.pop("recognise+model")
    stages["recognise"] = {**both, "s": recog, "parts": dict(inner)}
    stages["model"] = {**both, "s": both["s"] - recog}
    stages = {k: stages[k] for k in ("site data", "ingest", "recognise", "model", "render")}

    # The floor: Python-Markdown alone, same extensions and settings as mkdocs.yml.
    cfg = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for ext in cfg["markdown_extensions"]:
        if isinstance(ext, dict):
            ((name, conf),) = ext.items()
            names.append(name)
            configs[name] = conf or {}
        else:
            names.append(ext)
    _hwm_reset()
    t = perf_counter()
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    html_bytes = 0
    for _path, text in sorted(pages.items()):
        md.reset()
        html_bytes += len(md.convert(text).encode("utf-8"))
    floor = perf_counter() - t
    floor_peak = _rss_kb("VmHWM") / 1024

    kinds: dict[str, int] = defaultdict(int)
    for e in briefing.entities.values():
        kinds[e.kind.name] += 1
    sizes = sorted(len(v.encode("utf-8")) for v in pages.values())
    result = {
        "stages": stages,
        "floor_s": floor,
        "floor_peak_rss_mb": floor_peak,
        "floor_html_bytes": html_bytes,
        "floor_extensions": names,
        "pages": len(pages),
        "markdown_bytes": sum(sizes),
        "markdown_median": sizes[len(sizes) // 2],
        "markdown_max": sizes[-1],
        "largest_pages": sorted(((len(v.encode()), k) for k, v in pages.items()), reverse=True)[:5],
        "articles": len(articles),
        "problems": len(problems) + len(briefing.problems),
        "entities": dict(kinds),
        "figures": len(briefing.figures),
        "max_rss_mb": _rss_kb("VmHWM") / 1024,
    }
    if profile:
        import cProfile
        import io
        import pstats

        # The timed run above filled briefing.memo.MEMO; start the profiled run from an empty memo
        # so it measures a first build, not memo hits.
        try:
            from briefing.memo import MEMO

            MEMO.__init__()  # same object (ingest and model hold references to it), emptied
        except ImportError:  # older code without a memo
            pass
        prof = cProfile.Profile()
        prof.enable()
        s2 = load_site_data(site_dir)
        a2, _ = ingest(seeds, s2)
        b2 = model.build_briefing(a2, s2)
        render_pages(b2)
        prof.disable()
        _write_profile(prof, profile, "pipeline (load_site_data, ingest, build_briefing, render_pages)")
        del io, pstats
    _write_json(out, result)


def _write_profile(prof, path: str, title: str) -> None:
    import io
    import pstats

    buf = io.StringIO()
    buf.write(f"# cProfile: {title}\n\n## by own time (tottime)\n")
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime").print_stats(40)
    buf.write("\n## by cumulative time\n")
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(60)
    Path(path).write_text(buf.getvalue(), encoding="utf-8")
    prof.dump_stats(path.replace(".txt", ".pstats"))


# ---------------------------------------------------------------------------------------------
# child 2: mkdocs build (optionally twice, with one seed edited in between; optionally profiled)
# ---------------------------------------------------------------------------------------------
def child_mkdocs(project: Path, site_dir: Path, out: str, rebuild: bool, profile: str | None) -> None:
    from time import perf_counter

    t_start = perf_counter()
    import logging
    from collections import Counter

    sys.path.insert(0, str(project / "hooks"))
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import PluginCollection

    import briefing.pipeline as pipeline

    pipeline_calls: list[float] = []
    original = pipeline.run_pipeline

    def timed_pipeline(*args, **kwargs):
        t = perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            pipeline_calls.append(perf_counter() - t)

    pipeline.run_pipeline = timed_pipeline  # the hook does `from briefing.pipeline import run_pipeline`

    # Per-article memo (briefing.memo.MEMO, kept across builds in one process): count hits and
    # misses per kind of entry (ingest, people, mentions) for each build.
    memo_counts: Counter[str] = Counter()
    try:
        from briefing import memo as memo_module

        memo_obj = memo_module.MEMO
        memo_get = memo_obj.get

        def counted_get(key, compute):
            memo_counts[f"{key[0]} {'hit' if key in memo_obj._store else 'miss'}"] += 1
            return memo_get(key, compute)

        memo_obj.get = counted_get
    except ImportError:  # older code without a memo
        memo_obj = None

    events: Counter[str] = Counter()
    run_event = PluginCollection.run_event

    def timed_event(self, name, *args, **kwargs):
        t = perf_counter()
        try:
            return run_event(self, name, *args, **kwargs)
        finally:
            events[name] += perf_counter() - t

    PluginCollection.run_event = timed_event

    class Count(logging.Handler):
        def __init__(self):
            super().__init__(logging.WARNING)
            self.by_kind: Counter[str] = Counter()
            self.examples: list[str] = []

        def emit(self, record):
            msg = record.getMessage()
            self.by_kind[re.sub(r"[\"'`].*?[\"'`]|\d+", "…", msg)[:90]] += 1
            if len(self.examples) < 5:
                self.examples.append(msg[:300])

    counter = Count()
    logging.getLogger("mkdocs").addHandler(counter)
    shown = logging.StreamHandler(sys.stderr)
    shown.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(shown)
    t_imported = perf_counter()

    def one_build() -> dict:
        events.clear()
        memo_counts.clear()
        t = perf_counter()
        cfg = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=False)
        cfg.plugins.on_startup(command="build", dirty=False)
        build(cfg, dirty=False)
        cfg.plugins.on_shutdown()
        return {
            "s": perf_counter() - t,
            "pipeline_s": pipeline_calls[-1] if pipeline_calls else None,
            "events_s": dict(events),
            "memo": dict(sorted(memo_counts.items())),
            "memo_entries": len(memo_obj._store) if memo_obj is not None else None,
        }

    result: dict = {"import_s": t_imported - t_start}
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
        result["builds"] = [one_build()]
        prof.disable()
        _write_profile(prof, profile, "mkdocs build (load_config + build, in-process, hook included)")
    else:
        result["builds"] = [one_build()]
    result["warnings"] = sum(counter.by_kind.values())
    result["warning_kinds"] = counter.by_kind.most_common(8)
    result["warning_examples"] = counter.examples
    result["peak_rss_first_build_mb"] = _rss_kb("VmHWM") / 1024
    if rebuild:
        seeds = sorted((project / "seeds").glob("*.txt"))
        victim = seeds[len(seeds) // 2]
        text = victim.read_text(encoding="utf-8").rstrip("\n")
        # The edit goes into the article's prose (the first long sentence-ending line), not at the
        # end, where a copyright footer would swallow it; the edited page must show it.
        lines = text.split("\n")
        at = next(i for i, line in enumerate(lines) if len(line) > 100 and line.rstrip().endswith("."))
        edited = lines[:at] + [lines[at] + EDIT_SENTENCE] + lines[at + 1 :]
        victim.write_text("\n".join(edited) + "\n", encoding="utf-8")
        result["edited"] = victim.name
        result["builds"].append(one_build())
        shown = EDIT_SENTENCE.strip()
        result["edit_visible"] = any(
            shown in page.read_text(encoding="utf-8") for page in (site_dir / "sources").glob("*/index.html")
        )
        victim.write_text(text + "\n", encoding="utf-8")
    result["total_s"] = perf_counter() - t_start
    _write_json(out, result)


# ---------------------------------------------------------------------------------------------
# parent
# ---------------------------------------------------------------------------------------------
def run_child(args: list[str], env: dict | None = None) -> tuple[dict, float, float, str]:
    """Run this script as a child; returns (its JSON, wall seconds, peak RSS MB from wait4, stderr)."""
    fd, out = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    err_path = out + ".err"
    t = time.perf_counter()
    with open(err_path, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), *args, "--json", out],
            stdout=err,
            stderr=err,
            env={**os.environ, **(env or {})},
        )
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = Path(err_path).read_text(errors="replace")
    os.unlink(err_path)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[0]} failed ({proc.returncode}):\n{stderr[-4000:]}")
    data = json.loads(Path(out).read_text())
    os.unlink(out)
    return data, wall, usage.ru_maxrss / 1024, stderr


def site_stats(site: Path) -> dict:
    html = [p for p in site.rglob("*.html")]
    sizes = sorted(p.stat().st_size for p in html)
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    search = site / "search" / "search_index.json"
    return {
        "html_pages": len(html),
        "html_bytes": sum(sizes),
        "html_mean": sum(sizes) / len(sizes),
        "html_median": sizes[len(sizes) // 2],
        "html_max": sizes[-1],
        "total_bytes": total,
        "search_index_bytes": search.stat().st_size if search.exists() else 0,
        "largest_html": sorted(((p.stat().st_size, str(p.relative_to(site))) for p in html), reverse=True)[:5],
    }


def machine() -> dict:
    cpu = open("/proc/cpuinfo").read()
    model = re.search(r"model name\s*:\s*(.*)", cpu)
    mhz = re.search(r"cpu MHz\s*:\s*(.*)", cpu)
    cache = re.search(r"cache size\s*:\s*(.*)", cpu)
    mem = re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read())
    versions = {}
    for dist in ("mkdocs", "mkdocs-material", "Markdown", "pymdown-extensions", "pysbd", "pyahocorasick", "Jinja2"):
        try:
            from importlib.metadata import version

            versions[dist] = version(dist)
        except Exception:  # noqa: BLE001
            versions[dist] = "?"
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", "hooks", "mkdocs.yml", "docs", "site_data"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "nproc": os.cpu_count(),
        "cpu": model.group(1) if model else "?",
        "mhz": mhz.group(1) if mhz else "?",
        "cache": cache.group(1) if cache else "?",
        "mem_gb": int(mem.group(1)) / 1024 / 1024 if mem else 0,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "commit": commit,
        "dirty": dirty.splitlines(),
    }


def measure(n: int, seed: int, base: Path, rebuild: bool, profile: bool, log) -> dict:
    project, corpus_bytes = make_project(n, seed, base)
    log(f"N={n}: corpus {corpus_bytes / 1e6:.2f} MB in {project}")
    prof_dir = BENCH / "profiles"
    if profile:
        prof_dir.mkdir(exist_ok=True)
    args = ["_stages", str(project)] + (["--profile", str(prof_dir / f"pipeline_n{n}.txt")] if profile else [])
    stages, stages_wall, stages_rss, _ = run_child(args)
    log(
        f"N={n}: stages "
        + ", ".join(f"{k} {v['s']:.2f}s" for k, v in stages["stages"].items())
        + f"; floor {stages['floor_s']:.2f}s"
    )
    site = base / f"site{n}"
    build, wall, rss, stderr = run_child(["_mkdocs", str(project), str(site)], env={"NO_MKDOCS_2_WARNING": "1"})
    log(f"N={n}: mkdocs build {wall:.2f}s wall, peak {rss:.0f} MB, {build['warnings']} warnings")
    result = {
        "n": n,
        "commit": machine()["commit"],
        "corpus_bytes": corpus_bytes,
        "stages": stages,
        "build": build,
        "build_wall_s": wall,
        "build_peak_rss_mb": rss,
        "site": site_stats(site),
    }
    shutil.rmtree(site, ignore_errors=True)
    if rebuild:
        site2 = base / f"site{n}-rebuild"
        rb, rb_wall, rb_rss, _ = run_child(
            ["_mkdocs", str(project), str(site2), "--rebuild"], env={"NO_MKDOCS_2_WARNING": "1"}
        )
        result["rebuild"] = {**rb, "wall_s": rb_wall, "peak_rss_mb": rb_rss}
        log(f"N={n}: in-process builds " + ", ".join(f"{b['s']:.2f}s" for b in rb["builds"]))
        shutil.rmtree(site2, ignore_errors=True)
    if profile:
        site3 = base / f"site{n}-profile"
        run_child(
            ["_mkdocs", str(project), str(site3), "--profile", str(prof_dir / f"mkdocs_n{n}.txt")],
            env={"NO_MKDOCS_2_WARNING": "1"},
        )
        shutil.rmtree(site3, ignore_errors=True)
        log(f"N={n}: profiles written to {prof_dir}")
    return result


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------
def _mb(b: float) -> str:
    return f"{b / 1e6:.2f} MB"


def _ok(cond: bool | None) -> str:
    return "n/a" if cond is None else ("**holds**" if cond else "**fails**")


def report(results: list[dict], mach: dict, command: str, elapsed: float) -> str:
    by_n = {r["n"]: r for r in results}
    L = [
        "# Benchmark results",
        "",
        f"Generated by `bench/run.py` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"whole run {elapsed / 60:.1f} min). Regenerate with:",
        "",
        "```sh",
        command,
        "```",
        "",
        "## Machine",
        "",
        f"- CPU: {mach['cpu']} ({mach['nproc']} cores visible to the process, {mach['mhz']} MHz, "
        f"cache {mach['cache']})",
        f"- Memory: {mach['mem_gb']:.1f} GB",
        f"- Python {mach['python']} on {mach['platform']}",
        "- " + ", ".join(f"{k} {v}" for k, v in mach["versions"].items()),
        f"- Code: `hooks/` at commit {mach['commit']}"
        + (
            f" plus uncommitted changes in {len(mach['dirty'])} file(s) (others were editing concurrently)"
            if mach["dirty"]
            else ""
        ),
        "",
        "## What is measured",
        "",
        "- **Corpus**: `bench/corpus.py`, deterministic (fixed seed), seeds-style plain text; see its docstring. "
        "The temporary project gets `site_data/` with `sources.yml` = `{}` and "
        + ", ".join(f"`{n}`" for n in CURATED_EMPTIED)
        + " = `[]` (those entries describe the real seeds); "
        "reference data, boilerplate rules, countries and minerals are the repo's.",
        "- **Stages** run in a fresh child process, called directly: `load_site_data` → `ingest` → "
        "`build_briefing` → `render_pages`. `build_briefing` is split by wrapping the functions it calls "
        "(`build_gazetteer`, `find_people`, `Lexicon`, `find_mentions`, `find_deals`, `find_figures`): "
        "*recognise* is their sum, *model* the rest of `build_briefing`. Memory is the process's peak RSS "
        "while the stage ran (VmHWM reset before each stage), so it includes everything still held from "
        "earlier stages.",
        f"- **Floor**: one `markdown.Markdown` with the extensions and settings of `mkdocs.yml` "
        f"({MD_EXTENSIONS_NOTE}), `reset()` + `convert()` over every page `render_pages` returned, same process.",
        "- **mkdocs build**: a fresh child process doing what `mkdocs build --no-strict -d <tmp>` does "
        "(`load_config` + `build`); *wall* is Popen→exit including interpreter start and imports, *peak RSS* "
        "comes from `wait4()`. Inside it, the hook's `run_pipeline` and each plugin event are timed.",
        "- **Output**: every `.html` file under the built site (includes 404.html and section indexes).",
        "",
    ]
    # per-N tables
    L += ["## Results per N", ""]
    for r in results:
        st, b, s = r["stages"], r["build"], r["site"]
        gen = sum(v["s"] for v in st["stages"].values())
        first = b["builds"][0]
        L += [
            f"### N = {r['n']}",
            "",
            f"Corpus {_mb(r['corpus_bytes'])}; {st['articles']} articles ingested; entities "
            + ", ".join(f"{v} {k}" for k, v in sorted(st["entities"].items()))
            + f"; {st['figures']} figures; "
            f"{st['problems']} content problems.",
            "",
            "| stage | wall time | share of mkdocs build | peak RSS during stage |",
            "|---|---:|---:|---:|",
        ]
        for name, v in st["stages"].items():
            L.append(
                f"| {name} | {v['s']:.2f} s | {100 * v['s'] / r['build_wall_s']:.1f}% | {v['peak_rss_mb']:.0f} MB |"
            )
        parts = st["stages"]["recognise"].get("parts", {})
        L += [
            f"| *generator total* | *{gen:.2f} s* | *{100 * gen / r['build_wall_s']:.1f}%* | "
            f"*{st['max_rss_mb']:.0f} MB* |",
            f"| **mkdocs build (full, process)** | **{r['build_wall_s']:.2f} s** | 100% | "
            f"**{r['build_peak_rss_mb']:.0f} MB** |",
            f"| Python-Markdown floor | {st['floor_s']:.2f} s | {100 * st['floor_s'] / r['build_wall_s']:.1f}% | "
            f"{st['floor_peak_rss_mb']:.0f} MB |",
            "",
            "Recognise split: " + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items()) + ".",
            "",
            f"Inside the mkdocs process: imports {b['import_s']:.2f} s, `load_config`+`build` {first['s']:.2f} s, "
            f"of which the hook's pipeline {first['pipeline_s']:.2f} s; plugin events: "
            + ", ".join(
                f"{k} {v:.2f} s" for k, v in sorted(first["events_s"].items(), key=lambda kv: -kv[1]) if v >= 0.01
            )
            + ".",
            "",
            f"Pages: {st['pages']} generated Markdown pages ({_mb(st['markdown_bytes'])}, median "
            f"{st['markdown_median'] / 1e3:.1f} kB, largest {st['markdown_max'] / 1e3:.0f} kB); "
            f"{s['html_pages']} HTML files, {_mb(s['html_bytes'])} HTML, **{s['html_mean'] / 1e3:.1f} kB per page** "
            f"(median {s['html_median'] / 1e3:.1f} kB, largest {s['html_max'] / 1e3:.0f} kB: "
            f"{s['largest_html'][0][1]}); search index {_mb(s['search_index_bytes'])}; whole site "
            f"{_mb(s['total_bytes'])}.",
            "",
            f"Warnings: {b['warnings']}"
            + ("" if not b["warnings"] else " — " + "; ".join(f"{c}× `{k}`" for k, c in b["warning_kinds"]))
            + ".",
            "",
        ]
    # scaling table
    L += [
        "## Scaling",
        "",
        "| N | pages | mkdocs build | generator | floor | build/floor | generator share | HTML kB/page | "
        "peak RSS (build) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        gen = sum(v["s"] for v in r["stages"]["stages"].values())
        L.append(
            f"| {r['n']} | {r['site']['html_pages']} | {r['build_wall_s']:.1f} s | {gen:.1f} s | "
            f"{r['stages']['floor_s']:.1f} s | {r['build_wall_s'] / r['stages']['floor_s']:.2f}× | "
            f"{100 * gen / r['build_wall_s']:.1f}% | {r['site']['html_mean'] / 1e3:.1f} | "
            f"{r['build_peak_rss_mb']:.0f} MB |"
        )
    L.append("")
    # targets
    L += ["## Targets (reported, not enforced)", "", "| target | measured | verdict |", "|---|---|---|"]
    r1k, r2k = by_n.get(1000), by_n.get(2000)
    if r1k:
        ratio = r1k["build_wall_s"] / r1k["stages"]["floor_s"]
        L.append(
            f"| N=1000 full build ≤ 3× Python-Markdown floor | {r1k['build_wall_s']:.1f} s / "
            f"{r1k['stages']['floor_s']:.1f} s = {ratio:.2f}× | {_ok(ratio <= 3)} |"
        )
        gen = sum(v["s"] for v in r1k["stages"]["stages"].values())
        share = gen / r1k["build_wall_s"]
        L.append(
            f"| generator stages ≤ 15% of total (N=1000) | {gen:.1f} s / {r1k['build_wall_s']:.1f} s = "
            f"{100 * share:.1f}% | {_ok(share <= 0.15)} |"
        )
    if r1k and r2k:
        sc = r2k["build_wall_s"] / r1k["build_wall_s"]
        g1 = sum(v["s"] for v in r1k["stages"]["stages"].values())
        g2 = sum(v["s"] for v in r2k["stages"]["stages"].values())
        L.append(
            f"| time(2000)/time(1000) ≤ 2.2 | mkdocs build {sc:.2f}× (generator alone {g2 / g1:.2f}×, "
            f"floor {r2k['stages']['floor_s'] / r1k['stages']['floor_s']:.2f}×) | {_ok(sc <= 2.2)} |"
        )
    else:
        L.append("| time(2000)/time(1000) ≤ 2.2 | not run | n/a |")
    per_page = {r["n"]: r["site"]["html_mean"] for r in results}
    if len(per_page) > 1:
        lo, hi = min(per_page.values()), max(per_page.values())
        L.append(
            f"| HTML bytes per page constant within 10% (N={min(per_page)}..{max(per_page)}) | "
            + ", ".join(f"{n}: {v / 1e3:.1f} kB" for n, v in per_page.items())
            + f"; max/min = {hi / lo:.2f} | {_ok(hi / lo <= 1.10)} |"
        )
    top = max(results, key=lambda r: r["n"])
    L.append(
        f"| peak memory at N=2000 ≤ 1 GB | N={top['n']}: {top['build_peak_rss_mb']:.0f} MB (mkdocs build "
        f"process) | {_ok(top['build_peak_rss_mb'] <= 1024) if top['n'] == 2000 else 'n/a (2000 not run)'} |"
    )
    L.append("")
    rb = next((r for r in results if "rebuild" in r), None)
    if rb:
        b1, b2 = rb["rebuild"]["builds"]
        L += [
            "## Rebuild after editing one article",
            "",
            f"N={rb['n']}, one child process: `load_config` + `build` (what `mkdocs build` and each `mkdocs serve` "
            f"rebuild do), then one sentence added to the prose of `seeds/{rb['rebuild']['edited']}` "
            f"(on its source page after the rebuild: {rb['rebuild'].get('edit_visible')}), then `load_config` + "
            "`build` again in the same process (modules, Jinja templates and the sentence segmenter already "
            "loaded — the `mkdocs serve` situation). The per-article memo (`hooks/briefing/memo.py`, "
            "module-level, so it survives between builds in one process) lets the hook's pipeline skip "
            "unchanged articles; everything else (gazetteer, people resolution, model, render) and MkDocs' "
            "rendering of every page run again.",
            "",
            "| build | load_config + build | of which hook pipeline | on_page_markdown | on_post_build |",
            "|---|---:|---:|---:|---:|",
            f"| first (cold caches, warm imports) | {b1['s']:.2f} s | {b1['pipeline_s']:.2f} s | "
            f"{b1['events_s'].get('page_markdown', 0):.2f} s | {b1['events_s'].get('post_build', 0):.2f} s |",
            f"| after editing one seed | {b2['s']:.2f} s | {b2['pipeline_s']:.2f} s | "
            f"{b2['events_s'].get('page_markdown', 0):.2f} s | {b2['events_s'].get('post_build', 0):.2f} s |",
            "",
            f"Peak RSS of that process: {rb['rebuild']['peak_rss_mb']:.0f} MB.",
            "",
        ]
        if b1.get("memo") is not None:
            L += [
                "Memo look-ups (hits/misses by kind): "
                + "; ".join(
                    f"{label} build: " + ", ".join(f"{k} {v}" for k, v in b["memo"].items())
                    for label, b in (("first", b1), ("second", b2))
                )
                + ".",
                "",
            ]
    prof = sorted(BENCH.glob("profiles/*.txt"))
    if prof:
        L += [
            "## Profiles",
            "",
            "Full cProfile listings: "
            + ", ".join(f"`bench/profiles/{p.name}`" for p in prof)
            + " (`run.py` also writes `.pstats` files next to them for `python -m pstats`; they are binary and not "
            "kept in the repository).",
            "",
        ]
        for p in prof:
            text = p.read_text()
            own, cum = text.split("## by own time (tottime)", 1)[1].split("## by cumulative time", 1)
            for label, block, k in (("own time", own, 18), ("cumulative time", cum, 30)):
                lines = [ln for ln in block.splitlines() if ln.strip()]
                start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
                L += [f"### {p.stem}: top functions by {label}", "", "```"]
                L += [ln.rstrip() for ln in lines[start : start + k + 1]] + ["```", ""]
    return "\n".join(L) + "\n"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("project", type=Path)
        ap.add_argument("site", type=Path, nargs="?")
        ap.add_argument("--json", required=True)
        ap.add_argument("--profile")
        ap.add_argument("--rebuild", action="store_true")
        a = ap.parse_args()
        if a.cmd == "_stages":
            child_stages(a.project, a.json, a.profile)
        else:
            child_mkdocs(a.project, a.site, a.json, a.rebuild, a.profile)
        return
    ap = argparse.ArgumentParser(description="Benchmark the briefing build on a synthetic corpus.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 1000, 2000])
    ap.add_argument("--seed", type=int, default=20250601)
    ap.add_argument("--rebuild-n", type=int, default=1000, help="N at which to measure a rebuild (0: none)")
    ap.add_argument("--profile-n", type=int, default=1000, help="N at which to profile (0: none)")
    ap.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    ap.add_argument("--keep", action="store_true", help="keep the temporary projects")
    ap.add_argument(
        "--merge",
        action="store_true",
        help="add to / replace sizes in an existing bench/results.json instead of starting afresh",
    )
    args = ap.parse_args()
    t0 = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    results = json.loads((BENCH / "results.json").read_text()) if args.merge else []
    log = lambda msg: print(f"[{time.perf_counter() - t0:7.1f}s] {msg}", flush=True)  # noqa: E731
    try:
        if args.profile_n:
            for old in BENCH.glob("profiles/*"):
                old.unlink()
        for n in args.sizes:
            r = measure(n, args.seed, base, n == args.rebuild_n, n == args.profile_n, log)
            old = next((x for x in results if x["n"] == n), None)
            if old and "rebuild" in old and "rebuild" not in r:
                r["rebuild"] = old["rebuild"]  # keep an earlier rebuild measurement
            results = sorted([x for x in results if x["n"] != n] + [r], key=lambda x: x["n"])
            (BENCH / "results.json").write_text(json.dumps(results, indent=1, default=str))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    command = ".venv/bin/python bench/run.py " + " ".join(sys.argv[1:])
    text = report(results, machine(), command.strip(), time.perf_counter() - t0)
    if args.out.exists():
        old = args.out.read_text(encoding="utf-8")
        if "\n## Analysis" in old:
            text += "\n## Analysis" + old.split("\n## Analysis", 1)[1]
    args.out.write_text(text, encoding="utf-8")
    log(f"wrote {args.out}")


if __name__ == "__main__":
    main()
