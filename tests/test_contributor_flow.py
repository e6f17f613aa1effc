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

ARTICLE = ("Chile Signs Cobalt Deal With Peru\n\nChile and Peru signed a cobalt agreement in June 2025, "
           "officials said. Ana Ruiz, a senior fellow at the Andes Institute, said it was overdue.\n"
           "The Andean republic has the reserves, she added.\n")


def test_add_source_writes_seed_and_stub_and_reports(tmp_path):
    root = copy_project(tmp_path / "p")
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root / "hooks")}
    result = subprocess.run([sys.executable, "-m", "briefing.cli", "add", str(tmp_path / "new.txt"), "--id",
                             "chile-peru-cobalt", "--root", str(root)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (root / "seeds" / "chile-peru-cobalt.txt").read_text(encoding="utf-8") == ARTICLE
    assert "\nchile-peru-cobalt:\n" in (root / "site_data" / "sources.yml").read_text(encoding="utf-8")
    lines = result.stdout.splitlines()
    assert "deals      Chile–Peru agreement" in lines
    assert "places     Chile, Peru" in lines
    assert "experts    Ana Ruiz" in lines
    again = subprocess.run([sys.executable, "-m", "briefing.cli", "add", str(tmp_path / "new.txt"), "--id",
                            "chile-peru-cobalt", "--root", str(root)], capture_output=True, text=True, env=env)
    assert again.returncode == 1 and "already exists" in again.stderr


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
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"),
                                 "-a", f"127.0.0.1:{port}"], cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=log)
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
