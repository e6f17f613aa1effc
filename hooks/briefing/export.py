"""The whole site as plain Markdown: a project any MkDocs-style engine builds without our hook.

Why: Material for MkDocs reaches end of life in May 2027 and Zensical, its successor, does not
run MkDocs hooks. `export_project` writes what the hook hands MkDocs (every generated page, the
hand-written pages with their generated sections appended, the kinds' navigation) plus the feed
and robots.txt as static files, and a copy of mkdocs.yml without `hooks:` and the theme overrides
(which are MkDocs-specific templates). What the export cannot carry is listed in README.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

from .emit.feed import robots_txt, rss_feed
from .emit.navigation import with_kind_sections
from .pipeline import run_pipeline


def with_generated_sections(handwritten: str, generated: str) -> str:
    """A hand-written page at a generated address keeps its prose and title; the generated body
    (without its front matter and first heading) follows it."""
    lines = generated.splitlines()
    if lines and lines[0] == "---" and "---" in lines[1:]:
        lines = lines[lines.index("---", 1) + 1 :]  # generated front matter; the page keeps its own
    while lines and not lines[0].strip():
        lines = lines[1:]
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return handwritten.rstrip() + "\n\n" + "\n".join(lines)


class _Tagged:
    """A YAML value with a tag only the engine resolves (`!!python/object/apply:…`), kept as is."""

    def __init__(self, tag: str, node: yaml.Node, value):
        self.tag, self.node, self.value = tag, node, value


class _ConfigLoader(yaml.SafeLoader):
    pass


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    """`!ENV [NAME, default]`: the value now, as MkDocs would read it."""
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    default = names[-1] if len(names) > 1 else None
    return next((os.environ[n] for n in names[:-1] or names if n in os.environ), default)


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node):
    if isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    return _Tagged(node.tag, node, value)


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _tagged)


class _ConfigDumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper: yaml.SafeDumper, data: _Tagged):
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_ConfigDumper.add_representer(_Tagged, _represent_tagged)


def export_project(root: Path, out: Path) -> list[str]:
    """Write the project as plain Markdown into `out` (mkdocs.yml and docs/); returns problems
    that stop the export (content errors, as `make check` prints them), else an empty list."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    options = (config.get("extra") or {}).get("briefing", {})
    docs_dir = root / config.get("docs_dir", "docs")
    directory_urls = config.get("use_directory_urls", True)
    result = run_pipeline(
        root / options.get("seeds", "seeds"),
        root / options.get("site_data", "site_data"),
        directory_urls=directory_urls,
    )
    if result.errors or result.briefing is None:
        return [str(p) for p in result.errors] or ["the pipeline produced nothing"]
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(docs_dir, out / "docs")
    for path, content in result.pages.items():
        target = out / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            content = with_generated_sections(target.read_text(encoding="utf-8"), content)
        target.write_text(content, encoding="utf-8")
    site_url = config.get("site_url") or None
    (out / "docs" / "feed.xml").write_bytes(
        rss_feed(result.briefing, config.get("site_name", ""), site_url, directory_urls)
    )
    (out / "docs" / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")
    for key in ("hooks", "watch"):  # the hook, and the folders only it reads
        config.pop(key, None)
    theme = config.get("theme", {})
    theme.pop("custom_dir", None)
    if not config.get("repo_url") and "content.action.edit" in theme.get("features", []):
        # Material shows no edit button without a repository; Zensical would link to "//page.md"
        theme["features"].remove("content.action.edit")
    (config.get("extra") or {}).pop("briefing", None)
    config["docs_dir"], config["site_dir"] = "docs", "site"
    config["nav"] = with_kind_sections(config.get("nav"))
    (out / "mkdocs.yml").write_text(
        "# Exported by `make markdown`: the site as plain Markdown, built without the briefing hook.\n"
        + yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return []
