"""Build the offline bundle: dist/briefing-offline.zip, one folder with index.html at its top.

Usage: .venv/bin/python scripts/offline_bundle.py   (or `make offline`)
Unzip and open briefing-offline/index.html: pages, navigation, search and footnotes work
from file:// with no network. The zip is deterministic: same sources, same bytes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.offline.yml"
OUT = ROOT / "dist" / "briefing-offline.zip"
FOLDER = "briefing-offline"
# Useless from file://: the sitemap (it also carries the build date) and the 404 page, which only a
# web server shows and whose links are absolute ("/assets/…"), so from a folder they would point
# at the root of the disk.
SKIP = {"sitemap.xml", "sitemap.xml.gz", "404.html"}
# Anything the browser would load from the network on its own (links a reader clicks are fine).
REMOTE_LOAD = re.compile(
    r"""<(?:script|img|iframe|source)\b[^>]*\bsrc=["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref=["']?(?:https?:)?//|fonts\.googleapis|unpkg\.com""",
    re.I,
)


def check_config() -> None:
    from mkdocs.config import load_config

    config = load_config(str(CONFIG))
    instant = [f for f in config.theme["features"] if f.startswith("navigation.instant")]
    if instant:
        sys.exit(f"{CONFIG.name}: {', '.join(instant)} cannot work from file://; drop it from theme.features")
    if config.use_directory_urls or config.theme["font"] is not False or "material/offline" not in config.plugins:
        sys.exit(f"{CONFIG.name} needs use_directory_urls: false, theme.font: false and the offline plugin")


def build(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--clean",
            "--config-file",
            str(CONFIG),
            "--site-dir",
            str(site),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )


def check(site: Path) -> None:
    if not (site / "index.html").is_file():
        sys.exit(f"no index.html in {site}")
    if not (site / "search" / "search_index.js").is_file():
        sys.exit("no search/search_index.js: is the offline plugin enabled?")
    remote = [
        f"{p.relative_to(site)}: {m.group(0)}"
        for p in sorted(site.rglob("*.html"))
        for m in [REMOTE_LOAD.search(p.read_text(encoding="utf-8"))]
        if m
    ]
    if remote:
        sys.exit("pages would load from the network:\n" + "\n".join(remote[:20]))


def write_zip(site: Path, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = sorted(p for p in site.rglob("*") if p.is_file() and p.name not in SKIP)
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in paths:
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(site).as_posix()}", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    tmp.replace(out)


def main() -> None:
    check_config()
    with tempfile.TemporaryDirectory(prefix="briefing-offline-") as tmp:
        site = Path(tmp) / FOLDER
        build(site)
        check(site)
        write_zip(site, OUT)
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
