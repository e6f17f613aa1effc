"""Every kind of contributor mistake gets one clear line: file, line, what is wrong, how to fix.

Each case breaks a fresh copy of the real content in one way and runs `briefing.cli check`
as `make check` does (in process: the same `main` the command runs); the expected lines are
written out in full.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

from helpers import run_cli


def _copy(tmp_path):
    for name in ("site_data", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


def _check(root):
    """`make check` on `root`: its exit code and what it printed."""
    return run_cli("check", "--root", str(root))


def _write(root, path, text, mode="a"):
    target = root / path
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        with target.open(mode, encoding="utf-8") as f:
            f.write(text)


CASES = {
    "yaml syntax": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n  role: [analyst\n", "w"),
        "site_data/experts.yml:3: YAML syntax error: expected ',' or ']', but got '<stream end>'. "
        "Check indentation and quote values that contain ': ' or '#'.",
    ),
    "unknown key": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n  rol: analyst\n", "w"),
        "site_data/experts.yml:2: unknown key 'rol' in expert 'Ann Lee'. "
        "Allowed keys: name, slug, aliases, description, role, affiliation.",
    ),
    "wrong type": (
        lambda r: _write(r, "site_data/officials.yml", "- name: Ann Lee\n  aliases: Annie\n", "w"),
        "site_data/officials.yml:2: 'aliases' of official 'Ann Lee' must be a list. "
        "Write it as a list: [First, Second].",
    ),
    "missing name": (
        lambda r: _write(r, "site_data/officials.yml", "- role: President\n", "w"),
        "site_data/officials.yml:1: an official entry is missing the required key 'name'. Add 'name: ...'.",
    ),
    "bad slug": (
        lambda r: _write(r, "site_data/minerals.yml", "- name: Cobalt\n  slug: Co_Balt\n", "w"),
        "site_data/minerals.yml:2: 'slug' of mineral 'Cobalt' must be lower-case letters, digits and "
        "hyphens. Example: slug: south-korea.",
    ),
    "duplicate slug": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n- name: Ann  Lee\n", "w"),
        "site_data/experts.yml:2: 'Ann  Lee' has the same slug 'ann-lee' as 'Ann Lee' "
        "(site_data/experts.yml:1). "
        "Merge the two entries or give one a different 'slug:'.",
    ),
    "duplicate alias": (
        lambda r: _write(
            r, "site_data/experts.yml", "- name: Ann Lee\n  aliases: [Lee]\n- name: Bo Lee\n  aliases: [Lee]\n", "w"
        ),
        "site_data/experts.yml:3: alias 'Lee' is used by both 'Bo Lee' and 'Ann Lee' "
        "(site_data/experts.yml). An alias must point to one entity: keep it on one entry.",
    ),
    "alias is another name": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n  aliases: [Xi Jinping]\n", "w"),
        "site_data/experts.yml:1: alias 'Xi Jinping' of 'Ann Lee' is the name of another entry "
        "('Xi Jinping' in site_data/officials.yml). Remove the alias, or merge the two entries.",
    ),
    "unknown deal party": (
        lambda r: _write(r, "site_data/deals.yml", "- name: Tokyo pact\n  parties: [Japn, United States]\n", "w"),
        "site_data/deals.yml:1: party 'Japn' of deal 'Tokyo pact' is not a known country, region "
        "or entity, and no article names it. Did you mean 'Japan'?",
    ),
    "deal without parties": (
        lambda r: _write(r, "site_data/deals.yml", "- name: Tokyo pact\n", "w"),
        "site_data/deals.yml:1: deal 'Tokyo pact' is missing the required key 'parties'. Add 'parties: ...'.",
    ),
    "person slug shared": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Xi Jinping\n  slug: xi-jinping\n", "w"),
        "site_data/officials.yml:7: 'Xi Jinping' has the same slug 'xi-jinping' as 'Xi Jinping' "
        "(site_data/experts.yml:1). Merge the two entries or give one a different 'slug:'.",
    ),
    "alias is a place": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n  aliases: [China]\n", "w"),
        "site_data/experts.yml:1: alias 'China' of 'Ann Lee' is already the name of China. "
        "Remove the alias: every 'China' on the site would link here.",
    ),
    "alias is a capital": (
        lambda r: _write(r, "site_data/officials.yml", "- name: Ann Lee\n  aliases: [Beijing]\n", "w"),
        "site_data/officials.yml:1: alias 'Beijing' of 'Ann Lee' is the capital of China (articles use it "
        "for the country). Remove the alias: every 'Beijing' on the site would link here.",
    ),
    "alias is a demonym": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n  aliases: [Chinese]\n", "w"),
        "site_data/experts.yml:1: alias 'Chinese' of 'Ann Lee' is the demonym of China (as in 'Chinese "
        "officials'). Remove the alias: every 'Chinese' on the site would link here.",
    ),
    "duplicate key": (
        lambda r: _write(r, "site_data/experts.yml", "- name: Ann Lee\n  role: analyst\n  role: fellow\n", "w"),
        "site_data/experts.yml:3: YAML syntax error: found the key 'role' twice in one mapping. "
        "Check indentation and quote values that contain ': ' or '#'.",
    ),
    "bad iso code": (
        lambda r: _write(r, "site_data/countries.yml", "- name: Japan\n  iso: jp\n", "w"),
        "site_data/countries.yml:2: 'iso' of country 'Japan' must be a two-letter ISO 3166 code in "
        "capitals. Example: iso: JP.",
    ),
    "script url": (
        lambda r: _write(r, "site_data/sources.yml", "003_fa51ae2332851756:\n  url: javascript:alert(1)\n", "w"),
        "site_data/sources.yml:2: 'url' of source '003_fa51ae2332851756' must be a web address starting "
        "with http:// or https://. Example: url: https://example.com/a.",
    ),
    "bad url": (
        lambda r: _write(r, "site_data/sources.yml", "003_fa51ae2332851756:\n  url: not a link\n", "w"),
        "site_data/sources.yml:2: 'url' of source '003_fa51ae2332851756' must be a web address starting "
        "with http:// or https://. Example: url: https://example.com/a.",
    ),
    "bad date": (
        lambda r: _write(r, "site_data/sources.yml", "003_fa51ae2332851756:\n  date: 2025-02-30\n", "w"),
        "site_data/sources.yml:2: 'date' of source '003_fa51ae2332851756' is not a date. "
        "Write dates as YYYY-MM-DD, e.g. 2025-03-14.",
    ),
    "metadata without seed": (
        lambda r: _write(r, "site_data/sources.yml", "ghost_article:\n  title: Ghost\n", "w"),
        "site_data/sources.yml:1: metadata for 'ghost_article', but there is no "
        "seeds/ghost_article.txt, .md or .html. Fix the id or remove the entry.",
    ),
    "empty seed": (
        lambda r: _write(r, "seeds/new.txt", "\n\n", "w"),
        "seeds/new.txt: is empty; skipped. Paste the article text or delete the file.",
    ),
    "not utf-8": (
        lambda r: _write(r, "seeds/new.txt", "Line one.\nCaf\xe9 line.\n".encode("latin-1")),
        "seeds/new.txt:2: is not UTF-8 (byte 0xe9); skipped. Re-save the file with UTF-8 encoding.",
    ),
    "binary seed": (
        lambda r: _write(r, "seeds/new.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
        "seeds/new.txt: looks binary, not text; skipped. Save the article as UTF-8 plain text.",
    ),
    "bad front matter": (
        lambda r: _write(r, "seeds/new.md", "---\ntitle: Ok\ndate: [2025\n---\nText.\n", "w"),
        "seeds/new.md:3: front matter is not valid YAML (expected ',' or ']', but got "
        "'<stream end>'); skipped. Check the 'key: value' lines between the '---' markers.",
    ),
    "duplicate seed name": (
        lambda r: _write(r, "seeds/004_F862D878ED33022C.md", "Another article about tin.\n", "w"),
        "seeds/004_f862d878ed33022c.txt: has the same name as seeds/004_F862D878ED33022C.md "
        "(only case or extension differ); skipped. Keep one of the two files, or rename one.",
    ),
    "front matter list": (
        lambda r: _write(r, "seeds/new.md", "---\n- title\n- date\n---\nTin news.\n", "w"),
        "seeds/new.md:2: front matter is not a list of 'key: value' lines; skipped. "
        "Example: title: Lithium pact signed.",
    ),
    "slug taken": (
        lambda r: _write(r, "seeds/new.md", "---\nslug: 004-f862d878ed33022c\n---\nTin news.\n", "w"),
        "seeds/new.md: has the same slug '004-f862d878ed33022c' as seeds/004_f862d878ed33022c.txt; "
        "skipped. Set a different 'slug:' in its front matter or site_data/sources.yml.",
    ),
    "line break in a name": (
        lambda r: _write(r, "site_data/experts.yml", '- name: "Ann\\nWARNING - forged"\n  rol: analyst\n', "w"),
        "site_data/experts.yml:2: unknown key 'rol' in expert 'Ann\\nWARNING - forged'. "
        "Allowed keys: name, slug, aliases, description, role, affiliation.",
    ),
    "list as a key": (
        lambda r: _write(r, "site_data/minerals.yml", "- name: Foo\n  [x]: y\n", "w"),
        "site_data/minerals.yml:2: YAML syntax error: found a key that is not plain text (a list or "
        "mapping used as a key). Check indentation and quote values that contain ': ' or '#'.",
    ),
    "list as a front matter key": (
        lambda r: _write(r, "seeds/new.md", "---\n[a]: b\n---\nTin news.\n", "w"),
        "seeds/new.md:2: front matter is not valid YAML (found a key that is not plain "
        "text (a list or mapping used as a key)); skipped. Check the 'key: value' lines "
        "between the '---' markers.",
    ),
    "lone surrogate": (
        lambda r: _write(r, "site_data/experts.yml", '- name: "Lone \\uD83D Ray"\n', "w"),
        "site_data/experts.yml:1: 'name' of expert 'Lone \\ud83d Ray' input should be a valid "
        "string, unable to parse raw data as a unicode string. See CONTRIBUTING.md for the expected "
        "form.",
    ),
    "bad footer regex": (
        lambda r: _write(r, "site_data/boilerplate.yml", "footer_patterns:\n  - '(unclosed'\n", "w"),
        "site_data/boilerplate.yml:1: 'footer_patterns' of boilerplate rules '(unclosed' is not a "
        "valid regular expression (missing ), unterminated subpattern at position 0). See "
        "CONTRIBUTING.md for the expected form.",
    ),
    "region without a name": (
        lambda r: _write(r, "site_data/reference/regions.yml", "- aliases: [Nowhere]\n", "a"),
        "site_data/reference/regions.yml:19: region 17 is missing the required key 'name'. Add 'name: ...'.",
    ),
    "a folder for a file": (
        lambda r: ((r / "site_data/experts.yml").unlink(), (r / "site_data/experts.yml").mkdir()),
        "site_data/experts.yml: cannot be read (Is a directory). It must be a readable YAML file.",
    ),
    "aliases not a list": (
        lambda r: _write(r, "site_data/reference/countries.yml", "aliases:\n  KR: South Korea\n", "w"),
        "site_data/reference/countries.yml:2: 'aliases.KR' of reference/countries must be a list. "
        "Write it as a list: [First, Second].",
    ),
    "typo in a year": (
        lambda r: _write(r, "site_data/sources.yml", "003_fa51ae2332851756:\n  date: 0202-03-14\n", "w"),
        "site_data/sources.yml:2: 'date' of source '003_fa51ae2332851756' 0202-03-14 is not a plausible "
        "date for a news article (a typo in the year?). Write dates as YYYY-MM-DD, e.g. 2025-03-14.",
    ),
    "reserved slug": (
        lambda r: _write(r, "seeds/new.md", "---\nslug: index\n---\nTin news.\n", "w"),
        "seeds/new.md:2: 'slug' of front matter 'index' is reserved for the site's own pages; "
        "choose another slug; skipped. See CONTRIBUTING.md for the expected form.",
    ),
    "several front matter mistakes": (
        lambda r: _write(r, "seeds/new.md", "---\nurl: ftp://x\nlanguage: English\nfoo: 1\n---\nTin news.\n", "w"),
        "seeds/new.md:2: 'url' of front matter must be a web address starting with http:// or https:// (line 2); "
        "'language' of front matter must be a language code (line 3); unknown key 'foo' in front matter (line 4); "
        "skipped. Example: url: https://example.com/a. Example: language: en. Allowed keys: title, publisher, date, "
        "url, language, slug.",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_mistake_gets_one_clear_line(tmp_path, case):
    root = _copy(tmp_path)
    CASES[case][0](root)
    result = _check(root)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert CASES[case][1] in result.stderr.splitlines(), result.stderr


def test_all_problems_are_listed_in_one_run(tmp_path):
    root = _copy(tmp_path)
    for case in ("unknown key", "bad date", "empty seed", "unknown deal party"):
        CASES[case][0](root)
    result = _check(root)
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    for case in ("unknown key", "bad date", "empty seed", "unknown deal party"):
        assert CASES[case][1] in lines
    assert lines[-1] == "check: 4 problem(s) found."


def test_clean_content_prints_one_success_line():
    result = _check(ROOT)
    assert result.returncode == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 1 and result.stdout.startswith("check: OK: 5 articles")


def test_published_schemas_match_the_models():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    result = subprocess.run(
        [sys.executable, "-m", "briefing.schema", "--check"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
