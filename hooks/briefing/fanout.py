"""Per-article work on a second core: half of a list of independent calls run in a forked copy.

Why: ingest and recognition are pure functions of one article and data shared by all (site
data, gazetteer, lexicon), and they ran on one core before MkDocs' converter fork starts. How:
`share_out` forks; the copy makes every other call and sends the results back pickled through a
pipe while this process makes the rest; the results come back in the calls' order, so the output
is the same as one process's. A copy that fails, dies or takes far longer than this process's
half makes this process do those calls itself. Used only on more than one core, for enough
calls, while this process runs one thread (a fork copies only the calling thread), and never
with BRIEFING_PARALLEL=0 ("1" forces it, for tests).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MIN_CALLS = 64  # below this the fork and the pickling cost more than they save
_worker = [False]  # in the forked copy: never fork again


def _wanted(calls: int) -> bool:
    choice = os.environ.get("BRIEFING_PARALLEL", "auto")
    if choice == "0" or _worker[0] or calls < 2 or not hasattr(os, "fork"):
        return False
    if threading.active_count() > 1:
        return False
    if choice == "1":
        return True
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores > 1 and calls >= MIN_CALLS


def halves(weights: list[int] | None, count: int) -> tuple[list[int], list[int]]:
    """Which calls this process makes and which the copy makes: every other one, or, given each
    call's weight (an article's size), the heaviest first to the lighter side, so one long report
    does not leave half the small articles waiting behind it on the same core."""
    if not weights:
        return list(range(0, count, 2)), list(range(1, count, 2))
    sides: tuple[list[int], list[int]] = ([], [])
    loads = [0, 0]
    for i in sorted(range(count), key=lambda i: (-weights[i], i)):
        side = 0 if loads[0] <= loads[1] else 1
        sides[side].append(i)
        loads[side] += weights[i] + 1
    return sorted(sides[0]), sorted(sides[1])


@dataclass(frozen=True)
class InPieces:
    """A call that can also be made in independent pieces whose results `join` puts together (one long
    report's recognition, sentence by sentence): `share_out` may send its pieces to both cores."""

    whole: Callable[[], Any]
    pieces: list[Callable[[], Any]]
    join: Callable[[list], Any]

    def __call__(self) -> Any:
        return self.whole()


def share_out(calls: list[Callable[[], Any]], weights: list[int] | None = None) -> list[Any]:
    """[call() for call in calls], some made in a forked copy when that pays (`halves`); a call
    `InPieces` with a weight is shared out as its pieces, each weighing its share."""
    if not _wanted(len(calls)):
        return [call() for call in calls]
    if weights and any(isinstance(c, InPieces) for c in calls):
        flat, flat_weights, spans = [], [], []
        for call, weight in zip(calls, weights, strict=True):
            parts = call.pieces if isinstance(call, InPieces) else [call]
            spans.append((len(flat), len(parts)))
            flat += parts
            flat_weights += [max(1, weight // len(parts))] * len(parts)
        done = share_out(flat, flat_weights)
        return [
            call.join(done[at : at + n]) if isinstance(call, InPieces) else done[at]
            for call, (at, n) in zip(calls, spans, strict=True)
        ]
    own, other = halves(weights, len(calls))
    theirs = [calls[i] for i in other]
    read, write = os.pipe()
    gc.freeze()  # the collector then leaves the shared objects alone: fewer pages copied on write
    pid = os.fork()
    if pid == 0:  # the copy: make its calls, send the results, leave without any clean-up
        _worker[0] = True
        gc.disable()
        os.close(read)
        try:
            data = pickle.dumps([call() for call in theirs], pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as out:
                out.write(data)
        finally:
            os._exit(0)
    os.close(write)
    started = time.monotonic()
    mine = [calls[i]() for i in own]
    got = _receive(read, pid, patience=10 + 3 * (time.monotonic() - started))
    gc.unfreeze()
    if got is None or len(got) != len(theirs):
        got = [call() for call in theirs]  # the copy failed: this process makes its calls
    out: list[Any] = [None] * len(calls)
    for i, value in zip(own + other, mine + got, strict=True):
        out[i] = value
    return out


def _receive(read: int, pid: int, patience: float) -> list | None:
    """The copy's results, or None if it failed or is still busy after `patience` seconds (then
    it is ended); the copy is always reaped."""
    chunks, deadline = [], time.monotonic() + patience
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read], [], [], left)[0]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, 9)
                return None
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    try:
        return pickle.loads(b"".join(chunks))
    except Exception:  # cut short: the copy died while sending
        return None
