"""The line model: what it may take away, that a `keep` rule still wins, and that it is trained on
the labelled real pages (its held-out scores are in docs/quality.md)."""

from __future__ import annotations

import json
import sys

import pytest
import yaml

from briefing.ingest import line_model
from helpers import ROOT, articles_from, reference_site

sys.path.insert(0, str(ROOT / "scripts"))
import train_line_model  # noqa: E402

REAL = ROOT / "tests" / "fixtures" / "real" / "dev"
STORED = line_model.load_model()

ARTICLE = """Ruritania Signs Cobalt Pact With Borduria

Ruritania and Borduria signed a cobalt agreement on Monday, officials in the capital said today.

| Mineral | Share |
|---|---|
| Cobalt | 40% |

Cobalt shipments rise.

The agreement covers refining and a joint stockpile of cobalt hydroxide for the next ten years, they said.

Borduria will ship the first cobalt cargo to Ruritania next spring, according to the trade ministry.
"""


def _always_chrome() -> line_model.LineModel:
    """A model that takes every line it may judge for chrome."""
    width = len(STORED.means)
    return line_model.LineModel((0.0,) * width, (1.0,) * width, (0.0,) * width, 50.0, {}, 0.5)


def test_the_model_never_takes_a_table_row_a_sentence_of_the_body_or_the_headline(tmp_path, monkeypatch):
    monkeypatch.setattr(line_model, "load_model", _always_chrome)
    (article,), problems = articles_from(tmp_path, {"a.txt": ARTICLE})
    assert not problems
    assert article.headline == "Ruritania Signs Cobalt Pact With Borduria"
    text = " ".join(p.text if not p.cells else " ".join(p.cells) for p in article.passages)
    assert "| Cobalt | 40% |" in text or "Cobalt 40%" in text  # the table stays whole
    assert "signed a cobalt agreement on Monday" in text and "joint stockpile" in text
    assert "Cobalt shipments rise." in text  # a short sentence inside the body is the article's


def test_the_model_takes_a_line_the_rules_keep_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(line_model, "load_model", _always_chrome)
    page = ARTICLE.replace(
        "Cobalt shipments rise.", "Cobalt shipments rise.\n\nweather today sunny and warm in the hills"
    )
    (article,), _ = articles_from(tmp_path, {"a.txt": page})
    reasons = {d.text: d.reason for d in article.dropped}
    assert "line model" in reasons["weather today sunny and warm in the hills"], reasons
    assert all("line model" not in r for t, r in reasons.items() if "cobalt" in t.casefold())


def _model_drops() -> list[tuple[str, int, str]]:
    """(page, line, text) of each real development page's line the trained model drops."""
    from briefing.ingest import ingest

    site = reference_site()
    articles, _ = ingest(REAL, site)
    return [(a.id, d.line, d.text) for a in articles for d in a.dropped if "line model" in d.reason]


@pytest.fixture(scope="module")
def model_drops():
    return _model_drops()


def test_the_trained_model_drops_chrome_the_rules_missed_on_real_pages(model_drops):
    labels = yaml.safe_load((REAL / "labels.yml").read_text(encoding="utf-8"))
    assert len(model_drops) >= 10, model_drops
    wrong = []
    for page_id, number, text in model_drops:
        lines = (REAL / f"{page_id}.txt").read_text(encoding="utf-8").split("\n")
        non_blank = [i + 1 for i, t in enumerate(lines) if t.strip()]
        label = dict(zip(non_blank, labels[page_id]["lines"], strict=True))[number]
        if label not in train_line_model.CHROME | {"title"}:  # a headline's second line left in the text
            wrong.append((page_id, number, label, text))
    assert not wrong, wrong  # every line it takes on the development pages is labelled chrome


def test_a_keep_rule_wins_over_the_model(tmp_path, model_drops):
    page_id, number, text = model_drops[0]
    site = reference_site()
    site.boilerplate = site.boilerplate.model_copy(update={"keep_lines": [*site.boilerplate.keep_lines, text.strip()]})
    raw = (REAL / f"{page_id}.txt").read_text(encoding="utf-8")
    (article,), _ = articles_from(tmp_path, {f"{page_id}.txt": raw}, site)
    assert all(d.line != number for d in article.dropped), article.dropped


def test_no_weights_means_the_rules_alone(tmp_path):
    assert line_model.load_model(tmp_path / "absent.json") is None


def test_stored_weights_are_the_trained_model(tmp_path):
    """The stored weights load, use only lower-case words (no name), and the threshold is the script's."""
    data = json.loads(line_model.WEIGHTS.read_text(encoding="utf-8"))
    model = line_model.load_model()
    assert model is not None and model.threshold == train_line_model.THRESHOLD == data["threshold"]
    assert len(model.means) == len(model.scales) == len(model.weights)
    assert all(w == w.lower() and line_model.LOWER_WORD.fullmatch(w) for w in model.words)
    assert str(len(yaml.safe_load((REAL / "labels.yml").read_text(encoding="utf-8")))) in data["trained_on"]


@pytest.fixture(scope="module")
def rows():
    return train_line_model.labelled_features(REAL, reference_site())


def test_training_is_deterministic(rows):
    sample = [r for r in rows if r["batch"] in (0, 1)]
    places = train_line_model.place_names(reference_site())
    one, two = train_line_model.train(sample, places), train_line_model.train(sample, places)
    assert one == two
    assert {r["chrome"] for r in sample} == {True, False}


def test_width_of_the_measures_matches_the_stored_model(rows):
    assert len(rows[0]["line"].measures) == len(line_model.load_model().means)
