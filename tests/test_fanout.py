"""`fanout.share_out`: the forked copy's results come back in order, and a copy that dies, fails
or hangs makes this process do its calls, never wait for ever."""

from __future__ import annotations

import os

import pytest

from briefing import fanout


@pytest.fixture
def forced(monkeypatch):
    monkeypatch.setenv("BRIEFING_PARALLEL", "1")


def test_results_in_order_with_half_made_in_the_copy(forced):
    calls = [lambda i=i: (i, os.getpid()) for i in range(10)]
    got = fanout.share_out(calls)
    assert [i for i, _ in got] == list(range(10))
    assert {pid for _, pid in got[0::2]} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in got[1::2]}


def test_off_is_one_process(monkeypatch):
    monkeypatch.setenv("BRIEFING_PARALLEL", "0")
    assert {pid for pid in fanout.share_out([os.getpid] * 200)} == {os.getpid()}


def test_a_copy_that_dies_leaves_its_calls_to_this_process(forced):
    def dies_in_the_copy():
        if fanout._worker[0]:
            os._exit(3)
        return os.getpid()

    assert fanout.share_out([os.getpid, dies_in_the_copy] * 3) == [os.getpid()] * 6


def test_a_failing_call_fails_here_as_in_one_process(forced):
    def fails():
        raise ValueError("bad article")

    with pytest.raises(ValueError, match="bad article"):
        fanout.share_out([os.getpid, fails])


def test_a_copy_that_hangs_is_ended(forced, monkeypatch):
    def hangs_in_the_copy():
        if fanout._worker[0]:
            while True:
                pass
        return 1

    original = fanout._receive
    monkeypatch.setattr(fanout, "_receive", lambda read, pid, patience: original(read, pid, 0.5))
    assert fanout.share_out([lambda: 1, hangs_in_the_copy]) == [1, 1]
