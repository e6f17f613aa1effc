"""A contributor's loop: add an article with the CLI, preview it live, see pages appear."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import copy_project

from helpers import run_cli

ARTICLE = (
    "Chile Signs Cobalt Deal With Peru\n\nChile and Peru signed a cobalt agreement in June 2025, "
    "officials said. Ana Ruiz, a senior fellow at the Andes Institute, said it was overdue.\n"
    "The Andean republic has the reserves, she added.\n"
)


def test_add_source_writes_seed_and_stub_and_reports(tmp_path):
    root = copy_project(tmp_path / "p")
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root / "hooks")}
    add = [sys.executable, "-m", "briefing.cli", "add", str(tmp_path / "new.txt"), "--id", "chile-peru-cobalt"]
    result = subprocess.run([*add, "--root", str(root)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (root / "seeds" / "chile-peru-cobalt.txt").read_text(encoding="utf-8") == ARTICLE
    assert "\nchile-peru-cobalt:\n" in (root / "site_data" / "sources.yml").read_text(encoding="utf-8")
    lines = result.stdout.splitlines()
    assert "Deals: Chile–Peru agreement" in lines
    assert "Countries and regions: Chile, Peru" in lines
    assert "Experts: Ana Ruiz" in lines
    again = subprocess.run([*add, "--root", str(root)], capture_output=True, text=True, env=env)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_add_source_prefills_what_the_text_states(tmp_path):
    """A dateline with a year and a © line give the date and publisher; the stub is valid YAML."""
    root = copy_project(tmp_path / "p")
    text = (
        "Bolivia Signs Lithium Deal With Argentina\n\nLA PAZ, June 3, 2025 (Wire) - Bolivia and Argentina "
        "signed a lithium agreement, officials said.\n\nCopyright © 2025 Andes Wire. All rights reserved.\n"
    )
    (tmp_path / "new.txt").write_text(text, encoding="utf-8")
    result = run_cli("add", str(tmp_path / "new.txt"), "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert (root / "seeds" / "2025-06-03-bolivia-signs-lithium-deal-with-argentina.txt").exists()
    import yaml

    entry = yaml.safe_load((root / "site_data" / "sources.yml").read_text(encoding="utf-8"))[
        "2025-06-03-bolivia-signs-lithium-deal-with-argentina"
    ]
    assert entry == {
        "title": "Bolivia Signs Lithium Deal With Argentina",
        "publisher": "Andes Wire",
        "date": "2025-06-03",
    }


def test_add_source_takes_a_saved_page_and_its_metadata(tmp_path):
    import yaml
    from conftest import ROOT

    root = copy_project(tmp_path / "p")
    page = ROOT / "tests" / "fixtures" / "pages" / "blog-theme.html"
    result = run_cli("add", str(page), "--root", str(root))
    assert result.returncode == 0, result.stderr
    seed = "2024-03-13-kazakhstan-uk-sign-roadmap-on-critical"
    assert (root / "seeds" / f"{seed}.html").read_bytes() == page.read_bytes()
    entry = yaml.safe_load((root / "site_data" / "sources.yml").read_text(encoding="utf-8"))[seed]
    assert entry == {
        "title": "Kazakhstan, UK Sign Roadmap on Critical Minerals",
        "publisher": "The Astana Times",
        "date": "2024-03-13",
        "language": "en-us",
        "url": "https://astanatimes.com/2024/03/kazakhstan-uk-sign-roadmap-on-critical-minerals/",
    }
    checked = run_cli("check", "--root", str(root))
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize(
    "seed_id, refused",
    [
        ("../../escape", "no '/' or '..'"),
        ("../site_data/evil", "no '/' or '..'"),
        ("a: b", "letters, digits"),
        ("x" * 101, "at most 100"),
        ("000-5d36796bd0c750c8", "would take the page of seeds/000_5d36796bd0c750c8.txt"),  # another article's URL
        ("000_5D36796BD0C750C8", "already exists"),
    ],
)
def test_add_source_refuses_ids_that_escape_or_take_over(tmp_path, seed_id, refused):
    root = copy_project(tmp_path / "p")
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    sources = (root / "site_data" / "sources.yml").read_text(encoding="utf-8")
    result = run_cli("add", str(tmp_path / "new.txt"), "--id", seed_id, "--root", str(root))
    assert result.returncode == 1 and refused in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == before
    assert (root / "site_data" / "sources.yml").read_text(encoding="utf-8") == sources


@pytest.mark.parametrize("seed_id", ["null", "yes", "0123", "1.50"])
def test_add_source_ids_that_yaml_would_read_as_other_types_still_check(tmp_path, seed_id):
    root = copy_project(tmp_path / "p")
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    added = run_cli("add", str(tmp_path / "new.txt"), "--id", seed_id, "--root", str(root))
    assert added.returncode == 0, added.stderr
    checked = run_cli("check", "--root", str(root))
    assert checked.returncode == 0 and checked.stdout.startswith("check: OK"), checked.stderr


def test_add_source_refuses_what_the_build_would_skip(tmp_path):
    root = copy_project(tmp_path / "p")
    (tmp_path / "bin.txt").write_bytes(b"Text" + b"\x00" * 10)
    for source, says in (
        (tmp_path / "bin.txt", "looks binary"),
        (tmp_path, "cannot be read"),
        (tmp_path / "missing.txt", "cannot be read"),
    ):
        result = run_cli("add", str(source), "--root", str(root))
        assert result.returncode == 1 and says in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in (root / "seeds").iterdir()) == sorted(
        p.name for p in (copy_project(tmp_path / "fresh") / "seeds").iterdir()
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


def _wait_for(url: str, predicate, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, body = _get(url)
        if predicate(status, body):
            return body
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {url} (last status {status})")


@pytest.fixture
def server(tmp_path):
    root = copy_project(tmp_path / "p")
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with (tmp_path / "serve.log").open("w") as log:
        proc = subprocess.Popen(
            # as `make serve` runs it: --dirty, so only pages whose Markdown changed are rendered again
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "--dirty",
                "-f",
                str(root / "mkdocs.yml"),
                "-a",
                f"127.0.0.1:{port}",
            ],
            cwd=root,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(base + "/", lambda s, b: s == 200)
            yield root, base
        finally:
            proc.terminate()
            proc.wait(timeout=20)


def test_live_preview_picks_up_a_new_article_and_a_new_alias(server):
    root, base = server
    assert _get(base + "/sources/chile-peru-cobalt/")[0] == 404
    (root / "seeds" / "chile-peru-cobalt.txt").write_text(ARTICLE, encoding="utf-8")
    _wait_for(base + "/sources/chile-peru-cobalt/", lambda s, b: s == 200)
    peru = _wait_for(base + "/countries/peru/", lambda s, b: s == 200)
    assert "cobalt agreement" in peru
    with (root / "site_data" / "countries.yml").open("w", encoding="utf-8") as f:
        f.write("- name: Peru\n  aliases: [Andean republic]\n")
    body = _wait_for(base + "/sources/chile-peru-cobalt/", lambda s, b: s == 200 and ">Andean republic</a>" in b)
    assert 'href="../../countries/peru/">Andean republic</a>' in body


def test_preview_keeps_answering_while_site_data_is_broken(server):
    """A YAML syntax error during `mkdocs serve`: the last good site is served with a banner that
    names the file and line, every request answers within a second, and the next good save
    recovers without a restart."""
    root, base = server
    countries = root / "site_data" / "countries.yml"
    good = countries.read_text(encoding="utf-8")
    countries.write_text(good + "\n- name: [Broken\n", encoding="utf-8")
    body = _wait_for(base + "/", lambda s, b: s == 200 and "Preview out of date" in b)
    assert "countries.yml:" in body
    for path in ("/", "/countries/china/", "/sources/", "/assets/stylesheets/"):
        started = time.monotonic()
        status, _ = _get(base + path)
        assert status in (200, 404) and time.monotonic() - started < 1, path
    assert _get(base + "/countries/china/")[0] == 200  # the last good pages stay
    countries.write_text(good, encoding="utf-8")
    _wait_for(base + "/", lambda s, b: s == 200 and "Preview out of date" not in b)
