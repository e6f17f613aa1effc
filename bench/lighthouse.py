"""Lighthouse scores of the built site, as a reader's phone gets it: mobile emulation (Lighthouse's
default), pages served over loopback with gzip and cache headers, as a static host serves them.

Usage: .venv/bin/python bench/lighthouse.py [--runs 3] [--site site] [page ...]
Installs Lighthouse from the npm registry into .cache/lighthouse (once) and drives Debian's
chromium. Prints the median score per category and the audits that cost points; record the
numbers in README's page-weight section. A measurement, not a test: scores vary with the machine.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "12.8.2"
TOOL = ROOT / ".cache" / "lighthouse"
PAGES = ["", "countries/china/", "deals/united-states-china-trade-agreement/", "sources/003-fa51ae2332851756/"]
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "speed-index",
    "max-potential-fid",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--disable-sync --no-first-run"
)


class StaticHost(SimpleHTTPRequestHandler):
    """Files with gzip (text types) and a day's caching, as GitHub Pages serves them."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = path.read_bytes()
        kind = self.guess_type(str(path))
        if kind.startswith(("text/", "application/javascript", "application/json", "image/svg")):
            body = gzip.compress(body, 6)
            encoding = "gzip"
        else:
            encoding = None
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)

    def log_message(self, *args):
        pass


def install() -> Path:
    binary = TOOL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOL.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", f"lighthouse@{VERSION}"], cwd=TOOL, check=True)
    return binary


def run(binary: Path, url: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run(
            [
                str(binary),
                url,
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS}",
                "--output=json",
                f"--output-path={out}",
                f"--only-categories={','.join(CATEGORIES)}",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
            timeout=300,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=PAGES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--site", default=str(ROOT / "site"))
    parser.add_argument("--metrics", action="store_true", help="also each run's timings (ms)")
    args = parser.parse_args()
    binary = install()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(StaticHost, directory=args.site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"| page | {' | '.join(CATEGORIES)} | costs points |")
    print("|---|" + "---|" * (len(CATEGORIES) + 1))
    for page in args.pages:
        reports = [run(binary, base + page) for _ in range(args.runs)]
        medians = [statistics.median(r["categories"][c]["score"] for r in reports) for c in CATEGORIES]
        last = reports[-1]["audits"]
        costs = sorted(
            f"{k} ({a.get('displayValue') or a['score']})"
            for k, a in last.items()
            if a.get("score") is not None and a["score"] < 0.9 and a.get("scoreDisplayMode") in ("binary", "numeric")
        )
        print(f"| /{page} | {' | '.join(f'{m:.2f}' for m in medians)} | {'; '.join(costs)[:300]} |")
        if args.metrics:
            for key in METRICS:
                values = [r["audits"][key]["numericValue"] for r in reports]
                print(f"    {key}: median {statistics.median(values):.0f} ({', '.join(f'{v:.0f}' for v in values)})")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
