"""Shared fixtures: the real site built once per session, and helpers to read built HTML."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


def build_site(project: Path, out: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """Build `project` (a folder with mkdocs.yml) into `out` the way `make site` does."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [*MKDOCS, "build", "--clean", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    cmd.append("--strict" if strict else "--no-strict")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=project, timeout=1200)  # a hang fails


def copy_project(dest: Path, seeds: bool = True) -> Path:
    """A throwaway copy of the project (content and code) to change without touching the repo."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "hooks", "site_data", "overrides"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, dest / name)
    if seeds:
        shutil.copytree(ROOT / "seeds", dest / "seeds")
    else:
        (dest / "seeds").mkdir()
        (dest / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
        (dest / "site_data" / "deals.yml").write_text("[]\n", encoding="utf-8")  # its parties name seed companies
    return dest


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


@pytest.fixture(scope="session")
def html_pages(built_site):
    """Every built page (path relative to the site → parsed HTML), assets and search excluded."""
    from bs4 import BeautifulSoup

    pages = {}
    for path in sorted(built_site.rglob("*.html")):
        rel = path.relative_to(built_site).as_posix()
        if rel.startswith(("assets/", "search/")):
            continue
        pages[rel] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return pages


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright; installed by scripts/browser_deps.sh (make test)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "chromium is missing: run `make test` (it runs scripts/browser_deps.sh)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextlib.contextmanager
def serve_folder(folder: Path):
    """`folder` served on localhost, as a static host would serve it."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def hosted(built_site):
    with serve_folder(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """dist/briefing-offline.zip built by the project's script, unzipped to a temp folder."""
    import zipfile

    subprocess.run([sys.executable, "scripts/offline_bundle.py"], cwd=ROOT, check=True, capture_output=True)
    out = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(ROOT / "dist" / "briefing-offline.zip") as zf:
        assert {name.split("/")[0] for name in zf.namelist()} == {"briefing-offline"}
        assert "briefing-offline/404.html" not in zf.namelist()  # absolute links: only a server can show it
        zf.extractall(out)
    return out / "briefing-offline"
