"""`mkdocs build` with Markdown converted on two cores (hooks/briefing_parallel.py) makes the same
site, byte for byte, and a warning raised while a page is converted in the forked process still
reaches the log and fails a strict build."""

from __future__ import annotations

import os
import subprocess

from conftest import MKDOCS, copy_project


def _build(project, out, parallel: str, strict: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_PARALLEL": parallel}
    cmd = [*MKDOCS, "build", "--clean", "-d", str(out), "--strict" if strict else "--no-strict"]
    return subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=600)


def _tree(site) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_cores_build_the_same_site(tmp_path):
    project = copy_project(tmp_path / "p")
    one, two = _build(project, tmp_path / "one", "0"), _build(project, tmp_path / "two", "1")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    sequential, parallel = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert sorted(sequential) == sorted(parallel)
    assert [name for name in sequential if sequential[name] != parallel[name]] == []
    assert len([n for n in parallel if n.endswith(".html")]) > 50


def test_a_warning_in_the_forked_converter_fails_a_strict_build(tmp_path):
    project = copy_project(tmp_path / "p")
    # two pages side by side in build order: one of them is converted by the forked process
    for name in ("zz-first", "zz-second"):
        (project / "docs" / f"{name}.md").write_text(f"# {name}\n\nSee [the report]({name}-missing.md).\n")
    done = _build(project, tmp_path / "site", "1")
    assert done.returncode != 0
    for name in ("zz-first", "zz-second"):
        assert done.stderr.count(f"{name}-missing.md") == 1, done.stderr  # reported once, by name
    output = done.stdout + done.stderr
    assert "Aborted with 2 warnings in strict mode" in output, output
