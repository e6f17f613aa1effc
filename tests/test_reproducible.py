"""Same input, same bytes: builds do not depend on file-system order, hash seeds or the clock."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
import subprocess

from conftest import MKDOCS, copy_project


def _build(project, out, **env):
    clean = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    done = subprocess.run(
        [*MKDOCS, "build", "--strict", "-q", "-d", str(out)],
        cwd=project,
        env={**clean, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _reverse_seeds(project):
    """Recreate seeds/ newest-name-first, so the directory lists its files in another order."""
    seeds = project / "seeds"
    files = {p.name: p.read_bytes() for p in seeds.iterdir()}
    shutil.rmtree(seeds)
    seeds.mkdir()
    for name in sorted(files, reverse=True):
        (seeds / name).write_bytes(files[name])


def test_two_builds_are_byte_identical(tmp_path):
    project = copy_project(tmp_path / "p")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run(
        [*git, "commit", "-q", "-m", "content", "--date", "2025-01-02T03:04:05Z"],
        cwd=project,
        check=True,
        env={**os.environ, "GIT_COMMITTER_DATE": "2025-01-02T03:04:05Z"},
    )
    site_url = {"BRIEFING_SITE_URL": "https://briefing.example.org/"}
    first = _build(project, tmp_path / "one", PYTHONHASHSEED="1", **site_url)
    _reverse_seeds(project)
    second = _build(project, tmp_path / "two", PYTHONHASHSEED="2", **site_url)
    assert first.keys() == second.keys()
    differ = [path for path in first if first[path] != second[path]]
    assert not differ, differ[:10]
    assert b"<lastmod>2025-01-02</lastmod>" in first["sitemap.xml"]  # the commit's date, not today's


def test_dated_articles_fix_the_build_date(tmp_path):
    """With dated articles and no git, the newest article's date stamps the sitemap and feed."""
    project = copy_project(tmp_path / "p", seeds=False)
    for day in ("2024-03-01", "2024-05-17"):
        (project / "seeds" / f"{day}.md").write_text(
            f"---\ntitle: Copper report {day}\ndate: {day}\n---\nChile exports copper to Japan, officials said.\n",
            encoding="utf-8",
        )
    files = _build(project, tmp_path / "out", BRIEFING_SITE_URL="https://briefing.example.org/")
    today = dt.date.today().isoformat().encode()
    assert not [name for name in ("sitemap.xml", "feed.xml") if today in files[name]]
    assert b"<lastmod>2024-05-17</lastmod>" in files["sitemap.xml"]
    mtime = int.from_bytes(files["sitemap.xml.gz"][4:8], "little")  # RFC 1952 MTIME field
    assert dt.datetime.fromtimestamp(mtime, dt.UTC).date() == dt.date(2024, 5, 17)
    assert gzip.decompress(files["sitemap.xml.gz"]) == files["sitemap.xml"]
    assert b"<pubDate>Fri, 17 May 2024 00:00:00 +0000</pubDate>" in files["feed.xml"]
