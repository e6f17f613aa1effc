"""Property-based tests (hypothesis) with random Unicode: ingestion, escaping, slugs and aliases.

Runs are derandomized (the same examples every run, so CI is reproducible); set
HYPOTHESIS_PROFILE=explore to search with fresh random examples.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.emit.markdown import md_escape
from briefing.emit.pages import front_matter_value
from briefing.errors import Problem
from briefing.ingest import ingest
from briefing.slugs import MAX_SLUG, RESERVED, is_safe_slug, slugify, unique_slug
from briefing.text import after
from helpers import reference_site

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "explore",
    deadline=None,
    max_examples=1000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Any Unicode text, with the characters Markdown, HTML and YAML care about made frequent.
SPECIAL = st.sampled_from(
    list("<>&\"'`*_[](){}#!|~^=:-+.\\$%@/\n\r\t ")
    + ["{{", "}}", "{%", "-->", "<script>", "javascript:", "[^1]", "\x00", "\x02"]
)
# Removed on purpose (invisible, invalid in HTML/XML); everything else must survive.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
TEXT = st.lists(st.one_of(st.text(min_size=1, max_size=12), SPECIAL), max_size=40).map("".join)


@given(TEXT)
def test_slugs_are_safe_stable_and_idempotent(text):
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= MAX_SLUG
    assert slug not in RESERVED and is_safe_slug(slug)
    assert slugify(slug) == slug == slugify(text)


@given(st.lists(TEXT, max_size=30))
def test_unique_slugs_never_collide_and_do_not_depend_on_anything_but_order(names):
    def assign():
        taken: set[str] = set()
        return [unique_slug(slugify(n), taken) for n in names]

    first = assign()
    assert len({s.casefold() for s in first}) == len(first)
    assert first == assign()


def _markdown_config():
    """The project's own Markdown extensions, read from mkdocs.yml as MkDocs would."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return config.markdown_extensions, config.mdx_configs


EXTENSIONS, EXTENSION_CONFIGS = _markdown_config()


@given(TEXT)
def test_escaped_text_renders_as_exactly_that_text(text):
    """Whatever the text, Markdown with the site's extensions gives one paragraph of it, no markup."""
    html = markdown.markdown(str(md_escape(text)), extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    soup = BeautifulSoup(html, "html.parser")
    visible = re.sub(r"\s+", " ", CONTROLS.sub("", text)).strip()
    tags = [el.name for el in soup.find_all(True)]
    assert tags == (["p"] if visible else []), html
    assert soup.get_text() == visible


@settings(max_examples=60)
@given(st.binary(max_size=300) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_ingest_never_crashes_and_never_invents(tmp_path_factory, data):
    """Any bytes: an article or one problem naming the file; an article's text all comes from the file."""
    seeds = tmp_path_factory.mktemp("seeds")
    (seeds / "random.txt").write_bytes(data)
    articles, problems = ingest(seeds, reference_site())
    assert len(articles) + len(problems) == 1
    assert all(isinstance(p, Problem) and p.path == "seeds/random.txt" for p in problems)
    if articles:
        article = articles[0]
        source = re.sub(r"[\s|]", "", CONTROLS.sub("", data.decode("utf-8-sig", "replace")))
        assert is_safe_slug(article.slug)
        anchors = [p.anchor for p in article.passages]
        assert len(anchors) == len(set(anchors))
        for passage in article.passages:
            assert re.sub(r"[\s|]", "", passage.text) in source
            assert "".join(s.text for s in passage.sentences).replace(" ", "") == passage.text.replace(" ", "")


NAME = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip()
)


@settings(max_examples=25)
@given(NAME, st.lists(NAME, max_size=4))
def test_any_curated_name_and_aliases_build_or_report(tmp_path_factory, name, aliases):
    """Random names and aliases in experts.yml: the pipeline finishes, with pages at safe paths or
    with problems that name the file, never an exception."""
    import shutil

    from briefing.pipeline import run_pipeline

    root = tmp_path_factory.mktemp("p")
    shutil.copytree(ROOT / "site_data", root / "site_data")
    (root / "site_data" / "sources.yml").write_text("{}\n", encoding="utf-8")
    (root / "site_data" / "deals.yml").write_text("[]\n", encoding="utf-8")
    (root / "site_data" / "experts.yml").write_text(
        yaml.safe_dump([{"name": name, "aliases": aliases}], allow_unicode=True), encoding="utf-8"
    )
    (root / "seeds").mkdir()
    mention = aliases[0] if aliases else name
    (root / "seeds" / "a.txt").write_text(
        f"Copper rose. {mention}, an analyst at a bank, said prices will rise.\n", encoding="utf-8"
    )
    result = run_pipeline(root / "seeds", root / "site_data")
    for problem in result.errors + result.warnings:
        assert problem.path.startswith(("site_data/", "seeds/")), problem
    for path in result.pages:
        parts = Path(path).with_suffix("").parts
        assert all(is_safe_slug(p) or p == "index" or p.isdigit() for p in parts[1:]) or len(parts) == 1, path


_PLAIN_HARD = (
    r"\b[A-Za-z]{1,4}\.(?=\S|\s+[^\sA-Z“\"‘(])|\b(?:[A-Z]\.){1,}|\d\.\d|\.\.|…|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|"
    r"Sen|Rep|Gov|St|ST|Mt|Ft|Pt|PT|Lt|Col|Capt|Sgt|Rev|Hon|Messrs|Fig|Vol|Ave|Rd|No|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|Jr|Sr|vs|etc|approx|est)\.|\.\s+[a-zа-яё]|^\d{1,3}\.\s|[.!?]\*|[.!?]/|"
    r"(?<=[a-zа-яё)])[.!?](?=[A-ZА-ЯЁ])|[.!?]\s+(?:[–—-]\s*)?[/(]|[.!?]’|\s[.!?]\w"  # "for the .damage": a stop after a space
    r"|\.\["  # "reserves.[ii] This": a note's mark after the stop
    r"|[.!?][”\"]\s+\("  # "… order.” (The Paper)": a credit in brackets after a closing quote
    r"|[.!?][!?]\w"  # "of ??what": two marks glued to the next word
    # a script with no capitals within forty characters after a stop
    r"|[.!?](?=[^\n]{0,40}?[\u0600-\u06ff\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])"
)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list('aAbBzZéжЖ한中. !?…*/\n1290()[]–“”"‘’')
            + ["Mr", "Dr", "U.S.", "etc", "Messrs", "approx", " x", ". A", ". a", "No", "PT", "ST"]
        ),
        max_size=16,
    )
)
def test_fast_hard_pattern_matches_its_plain_form(parts):
    """The sentence splitter's look-behind form of its "needs pysbd" pattern finds exactly what the
    plain form finds (the plain form is the readable specification)."""
    import re

    from briefing.ingest import sentences

    text = "".join(parts)
    assert bool(sentences._HARD.search(text)) == bool(re.search(_PLAIN_HARD, text))


@given(st.text(max_size=200))
def test_front_matter_values_read_back_as_written(text):
    """Page descriptions go into YAML front matter (as JSON when plain, else through the YAML
    emitter): MkDocs must read back exactly the text, whatever its characters."""
    value = str(front_matter_value(text))
    assert yaml.safe_load(f"description: {value}\n")["description"] == text


# The model's patterns that follow a name (`model/short_forms.py`, `model/organisations.py`), on
# text made of the characters they care about, so names recur, overlap and meet brackets.
_AFTER_PATTERNS = [
    re.compile(r"\s*\((?P<short>[A-Z][A-Za-z&]{1,9}(?:-[A-Z][A-Za-z&]{0,5})?)\)"),
    re.compile(r"\s*\((?:[A-Z]{2,6}(?:-V)?)\s*:\s*(?P<ticker>[A-Z]{2,5})\)"),
    re.compile(r"\s+\([A-Z]{2,8}\)"),
    re.compile(r"\s+"),
]
_AFTER_TEXT = st.text(alphabet="AAB a(): )-CD", max_size=40)


@given(
    needle=st.text(alphabet="AB a", min_size=1, max_size=4), text=_AFTER_TEXT, then=st.sampled_from(["", "A", "B a"])
)
@settings(max_examples=400, deadline=None)
def test_a_pattern_after_a_name_matches_what_one_compiled_pattern_would(needle, text, then):
    """`text.after` finds what `re.search(re.escape(needle) + pattern + re.escape(then), text)` finds (the
    pattern's part of it), without compiling a pattern per name."""
    for pattern in _AFTER_PATTERNS:
        whole = re.search(re.escape(needle) + f"(?:{pattern.pattern})" + re.escape(then), text)
        found = after(needle, text, pattern, then)
        assert (found is None) == (whole is None), (needle, text, pattern.pattern, then)
        if found is not None:
            assert found.start() == whole.start() + len(needle) and found.groupdict() == whole.groupdict()
