"""Cleaning quality on real articles: chrome precision and recall, sentences kept, titles right.

    .venv/bin/python scripts/cleaning_quality.py [--set dev|heldout|all] [--verbose] [--cleaner ours|justext]

Each set is a folder of real pages under tests/fixtures/real/ with a `labels.yml` that labels
every line (see the README there). The articles are read by the project's own ingest with the
project's `site_data/`, then compared line by line with the labels:
- chrome precision and recall: of the lines labelled byline, caption, related or chrome, how many
  were dropped; of the dropped lines, how many were chrome (a dropped article line is a mistake);
- sentences kept: every title/standfirst/body/heading/dateline line (less its labelled inline
  credits) is found, word for word, in the article's kept text;
- titles right: the article's title is its labelled headline, or, where it has none, a prefix of
  its labelled first sentence cut at a word.
`--cleaner justext` scores jusText alone (one <p> per line, the English stoplist) for comparison.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from briefing.ingest import ingest  # noqa: E402
from briefing.sitedata import load_site_data  # noqa: E402
from briefing.text import PLAIN_HYPHENS  # noqa: E402

REAL = ROOT / "tests" / "fixtures" / "real"
SETS = ("dev", "heldout")
CHROME = {"byline", "caption", "related", "chrome"}
ARTICLE = {"standfirst", "body", "heading", "dateline"}


@dataclass
class Score:
    chrome: int = 0  # lines labelled chrome
    chrome_dropped: int = 0
    article_dropped: int = 0  # article lines wrongly dropped
    text_lines: int = 0
    text_kept: int = 0
    titles: int = 0
    titles_right: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        dropped = self.chrome_dropped + self.article_dropped
        return self.chrome_dropped / dropped if dropped else 1.0

    @property
    def recall(self) -> float:
        return self.chrome_dropped / self.chrome if self.chrome else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:<8} chrome precision {self.precision:.3f} recall {self.recall:.3f} "
            f"({self.chrome_dropped}/{self.chrome} chrome lines dropped, {self.article_dropped} article lines "
            f"dropped) · sentences kept {self.text_kept}/{self.text_lines} · titles right "
            f"{self.titles_right}/{self.titles}"
        )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def labelled_lines(folder: Path, article_id: str, labels: dict) -> list[tuple[int, str, str]]:
    """(line number, text, label) for every non-blank line of the file, its hyphens as the site prints them (a
    non-breaking hyphen is a hyphen: `briefing.text.PLAIN_HYPHENS`)."""
    lines = (folder / f"{article_id}.txt").read_text(encoding="utf-8").translate(PLAIN_HYPHENS).split("\n")
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line.strip()]
    if len(numbered) != len(labels["lines"]):
        raise SystemExit(
            f"{folder.name}/labels.yml: {article_id} has {len(labels['lines'])} labels for "
            f"{len(numbered)} non-blank lines"
        )
    return [(n, t, lab) for (n, t), lab in zip(numbered, labels["lines"], strict=True)]


def kept_text(article) -> str:
    parts = [b.text for b in article.blocks if b.kind == "heading"]
    parts += [p.text if not p.cells else " ".join(p.cells) for p in article.passages]
    return _flat(" ".join(parts))


WIRE_DATELINE = re.compile(
    r"^(?:(?:[A-Z][\w .,'’-]{1,40}?\s)?\([A-Za-z][\w .&-]{1,30}\)\s*[-–—]+"  # "HARARE, Dec 20 (Wire) -", "(wire.com) -"
    r"|[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}(?:,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)?(?:\s+[—–-]+|:)"  # "MAPUTO —", "ACCRA:"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\.)\s+"  # "Cape Town. Text"
)


def title_right(title: str, labels: dict, first_text: str | None = None) -> bool:
    """The labelled headline; or, where the page has none, its first sentence cut at a word: the
    labelled first sentence of the body, or (`first_text`) the first article line's, a standfirst."""
    title = _flat(title)
    if labels.get("title_from", "headline") == "headline":  # a derived title drops the final full stop
        labelled = _flat(labels["title"])  # (an apostrophe straight or curly: the page's title and its heading)
        return _apostrophes(title) in (_apostrophes(labelled), _apostrophes(labelled).removesuffix("."))
    cut = title.removesuffix("…").rstrip()
    first_text = first_text and re.sub(r"^\s*[-•*]\s+", "", first_text)  # a standfirst set as a bullet: its words
    first_text = first_text and re.sub(r"^\s*date\s+\d{4}-\d\d-\d\d\s+", "", first_text)  # a stored copy's date stamp
    labelled = _flat(labels["title"])
    # The rule: a derived title starts after any dateline; a label may keep a wire's dateline
    # ("HARARE, Dec 20 (Wire) - Text"): either is right.
    after_dateline = WIRE_DATELINE.sub("", labelled, count=1)
    first_text = first_text and WIRE_DATELINE.sub("", _flat(first_text), count=1)
    for expected in filter(None, (labelled, after_dateline, first_text)):
        if (
            cut
            and expected.rstrip(".").startswith(cut)
            and (len(cut) == len(expected.rstrip(".")) or expected[len(cut) : len(cut) + 1] in " ,;:")
        ):
            return True
    return False


def score_ours(folder: Path, labels: dict, score: Score, verbose: bool) -> None:
    site = load_site_data(ROOT / "site_data")
    articles, problems = ingest(folder, site, display_root=folder.name)
    by_id = {a.id: a for a in articles}
    for article_id, lab in sorted(labels.items()):
        article = by_id.get(article_id)
        lines = labelled_lines(folder, article_id, lab)
        if article is None:
            score.mistakes.append(f"{article_id}: not built ({[str(p) for p in problems if article_id in p.path]})")
            continue
        dropped = {n: d.reason for d in article.dropped for n in d.lines}
        text = kept_text(article)
        for number, line, label in lines:
            credits = [c for c in lab.get("inline_credits") or [] if c in line]
            expected = _flat(re.sub(r"^\s*(?:[-*•]\s+|\*(?=[a-z]))", "", line))
            for credit in credits:
                expected = _flat(expected.replace(credit, " "))
            if label in CHROME:
                score.chrome += 1
                if number in dropped:
                    score.chrome_dropped += 1
                else:
                    score.mistakes.append(f"{article_id}:{number}: chrome left ({label}): {line.strip()[:90]}")
            elif label in ARTICLE:
                score.text_lines += 1
                if number in dropped:  # a copy dropped while its words stay on the page loses nothing
                    score.article_dropped += expected not in text
                    score.mistakes.append(
                        f"{article_id}:{number}: {label} dropped as {dropped[number]}: {line.strip()[:90]}"
                        + (" (its words stay on the page)" if expected in text else "")
                    )
                if expected in text:
                    score.text_kept += 1
                elif number not in dropped:
                    score.mistakes.append(f"{article_id}:{number}: {label} not found verbatim: {line.strip()[:90]}")
            elif label == "title" and number not in dropped and number != article.headline_line and (expected in text):
                score.mistakes.append(f"{article_id}:{number}: headline left in the text: {line.strip()[:90]}")
        score.titles += 1
        first = next((t for _, t, label in lines if label in ARTICLE and label not in ("heading", "dateline")), None)
        if title_right(article.title, lab, first):
            score.titles_right += 1
        else:
            score.mistakes.append(f"{article_id}: title {article.title!r}, expected {lab['title'][:90]!r}")


def score_justext(folder: Path, labels: dict, score: Score, verbose: bool) -> None:
    """jusText alone, fed one paragraph per line, as a baseline for the project's own cleaner."""
    from html import escape

    import justext

    stoplist = justext.get_stoplist("English")
    for article_id, lab in sorted(labels.items()):
        lines = labelled_lines(folder, article_id, lab)
        html = "<html><body>" + "".join(f"<p>{escape(t.strip())}</p>" for _, t, _ in lines) + "</body></html>"
        paragraphs = justext.justext(html.encode(), stoplist)
        for (number, line, label), paragraph in zip(lines, paragraphs, strict=False):
            removed = paragraph.is_boilerplate
            if label in CHROME:
                score.chrome += 1
                score.chrome_dropped += removed
            elif label in ARTICLE:
                score.text_lines += 1
                score.article_dropped += removed
                score.text_kept += not removed
                if removed:
                    score.mistakes.append(f"{article_id}:{number}: {label} dropped: {line.strip()[:90]}")
        titles = [t for _, t, label in lines if label == "title"]
        score.titles += 1
        score.titles_right += bool(titles) and lab.get("title_from", "headline") == "headline"


def evaluate(name: str, cleaner: str = "ours", verbose: bool = False) -> Score:
    folder = REAL / name
    labels = yaml.safe_load((folder / "labels.yml").read_text(encoding="utf-8"))
    score = Score()
    (score_justext if cleaner == "justext" else score_ours)(folder, labels, score, verbose)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--cleaner", choices=("ours", "justext"), default="ours")
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    args = parser.parse_args(argv)
    for name in SETS if args.set == "all" else (args.set,):
        if not (REAL / name / "labels.yml").exists():
            print(f"{name:<8} (no labelled pages)")
            continue
        score = evaluate(name, args.cleaner, args.verbose)
        print(score.line(name) + (f"  [{args.cleaner}]" if args.cleaner != "ours" else ""))
        if args.verbose:
            for mistake in score.mistakes:
                print("   ", mistake)
    return 0


if __name__ == "__main__":
    sys.exit(main())
