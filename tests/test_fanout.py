"""`fanout.share_out`: the forked copy's results come back in order, and a copy that dies, fails
or hangs makes this process do its calls, never wait for ever.

Each forced case runs in a fresh interpreter: `share_out` never forks while other threads run (a
fork copies only the calling thread), and earlier tests in this process may have left some.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from briefing import fanout

ROOT = Path(__file__).resolve().parents[1]


def _run(body: str) -> dict:
    """Run `body` (which sets `result`) with BRIEFING_PARALLEL=1 in a new process; its `result`."""
    script = "import json, os, sys\nfrom briefing import fanout\n" + textwrap.dedent(body)
    script += "\nprint(json.dumps(result))\n"
    env = {**os.environ, "BRIEFING_PARALLEL": "1", "PYTHONPATH": str(ROOT / "hooks")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_results_in_order_with_half_made_in_the_copy():
    got = _run(
        """
        out = fanout.share_out([lambda i=i: (i, os.getpid()) for i in range(10)])
        result = {"order": [i for i, _ in out], "mine": sorted({p for _, p in out[0::2]}),
                  "theirs": sorted({p for _, p in out[1::2]}), "me": os.getpid()}
        """
    )
    assert got["order"] == list(range(10))
    assert got["mine"] == [got["me"]]
    assert len(got["theirs"]) == 1 and got["theirs"] != [got["me"]], got


def test_off_is_one_process(monkeypatch):
    monkeypatch.setenv("BRIEFING_PARALLEL", "0")
    assert {pid for pid in fanout.share_out([os.getpid] * 200)} == {os.getpid()}


def test_a_copy_that_dies_leaves_its_calls_to_this_process(tmp_path):
    mark = tmp_path / "died"
    got = _run(
        f"""
        def dies_in_the_copy():
            if fanout._worker[0]:
                open({str(mark)!r}, "w").close()
                os._exit(3)
            return os.getpid()

        result = {{"out": fanout.share_out([os.getpid, dies_in_the_copy] * 3), "me": os.getpid()}}
        """
    )
    assert mark.exists(), "the copy was never made"
    assert got["out"] == [got["me"]] * 6


def test_a_failing_call_fails_here_as_in_one_process():
    got = _run(
        """
        def fails():
            raise ValueError("bad article")

        try:
            fanout.share_out([os.getpid, fails])
            result = "no error"
        except ValueError as exc:
            result = str(exc)
        """
    )
    assert got == "bad article"


def test_a_copy_that_hangs_is_ended(tmp_path):
    mark = tmp_path / "hung"
    got = _run(
        f"""
        import time

        def hangs_in_the_copy():
            if fanout._worker[0]:
                open({str(mark)!r}, "w").close()
                while True:
                    pass
            return 1

        original = fanout._receive
        fanout._receive = lambda read, pid, patience: original(read, pid, 0.5)
        started = time.monotonic()
        result = {{"out": fanout.share_out([lambda: 1, hangs_in_the_copy]), "took": time.monotonic() - started}}
        """
    )
    assert mark.exists(), "the copy was never made"
    assert got["out"] == [1, 1] and got["took"] < 30, got


def test_one_heavy_call_goes_alone_and_the_results_stay_in_order():
    """Weighted by article size, a long report is made on one side and the small articles on the
    other, instead of every other call; the results still come back in the calls' order."""
    assert fanout.halves(None, 5) == ([0, 2, 4], [1, 3])
    assert fanout.halves([1] * 10 + [1000], 11) == ([10], list(range(10)))
    got = _run(
        """
        weights = [1] * 9 + [1000]
        out = fanout.share_out([lambda i=i: (i, os.getpid()) for i in range(10)], weights)
        result = {"order": [i for i, _ in out], "heavy": out[9][1], "light": sorted({p for _, p in out[:9]}),
                  "me": os.getpid()}
        """
    )
    assert got["order"] == list(range(10))
    assert got["heavy"] == got["me"] and got["light"] != [got["me"]] and len(got["light"]) == 1, got


def test_a_call_in_pieces_is_shared_out_piece_by_piece_and_joined_in_order():
    """An `InPieces` call with a weight: its pieces go to both processes, its result is their join."""
    got = _run(
        """
        big = fanout.InPieces(lambda: list(range(8)), [lambda lo=lo: ([lo, lo + 1], os.getpid()) for lo in range(0, 8, 2)],
                              lambda parts: ([x for part, _ in parts for x in part], sorted({p for _, p in parts})))
        out = fanout.share_out([big, lambda: "small"], [8_000_000, 10])
        result = {"joined": out[0][0], "pids": out[0][1], "small": out[1]}
        """
    )
    assert got["joined"] == list(range(8)) and got["small"] == "small"
    assert len(got["pids"]) == 2, got  # the pieces were made on both sides


def test_a_long_article_read_in_pieces_finds_what_a_whole_reading_finds(tmp_path, monkeypatch):
    """People and organisations of an article read in ranges of passages and joined equal a reading of
    the whole (`model/pieces.py`), the sentence before a range's first included."""
    from briefing.model import pieces
    from briefing.recognise.organisations import find_organisations
    from briefing.recognise.people import people_found, people_in
    from helpers import articles_from

    paragraphs = [
        "“We will not sell,” the country’s mines minister said.",
        "“The price is too low,” Jane Doe said.",
        "Verde Cobre Holdings signed a deal with Andina Lithium Ltd, its chief executive Jon Roe said.",
        "Ruritania's Minister of Mines Ana Ortiz met analyst Omar Amri of Verde Research Institute.",
    ] * 6
    (article,), _ = articles_from(tmp_path, {"a.txt": "\n\n".join(paragraphs) + "\n"})
    monkeypatch.setattr(pieces, "PIECE_BYTES", 100)
    places = {"Ruritania"}
    people = pieces.in_pieces(article, lambda lo, hi: people_in(article, places, lo, hi),
                              lambda found: people_found(article, places, found))  # fmt: skip
    orgs = pieces.in_pieces(article, lambda lo, hi: find_organisations(article, places, set(), None, lo, hi))
    assert isinstance(people, fanout.InPieces) and len(people.pieces) >= 2
    assert people.join([p() for p in people.pieces]) == people()
    assert {p.name: p.role for p in people()}.get("Jane Doe") == "mines minister", people()  # across a piece's edge
    assert orgs.join([p() for p in orgs.pieces]) == orgs() and orgs()


def test_several_memos_missing_work_is_shared_out_at_once_and_each_gets_its_own():
    """`memo.together`: the missing work of several memos in one share-out (a long report's deals on one
    core while its policies run on the other), each memo's results under its own keys, cached after."""
    got = _run(
        """
        from briefing.memo import Memo, together
        a, b = Memo(), Memo()
        calls_a = [(("a", i), lambda i=i: (i, os.getpid())) for i in range(2)]
        calls_b = [(("b", i), lambda i=i: (10 + i, os.getpid())) for i in range(2)]
        ready = together(a.missing(calls_a, [100, 1]), b.missing(calls_b, [100, 1]))
        first_a, first_b = a.get_all(calls_a, [100, 1], ready[0]), b.get_all(calls_b, [100, 1], ready[1])
        again = a.get_all(calls_a, [100, 1])
        result = {"a": [v for v, _ in first_a], "b": [v for v, _ in first_b], "pids": len({p for _, p in first_a + first_b}),
                  "again": [v for v, _ in again], "misses": a.misses, "hits": a.hits}
        """
    )
    assert got["a"] == [0, 1] and got["b"] == [10, 11], got
    assert got["pids"] == 2, got  # the two heavy calls, one of each memo, went to different cores
    assert got["again"] == [0, 1] and got["hits"] == 2, got
