"""One long article's recognition in pieces, so that both cores share it (`fanout.InPieces`).

A report of several megabytes is one article: recognised whole, it keeps one core busy while the
other finishes every other article. People and organisations are found sentence by sentence, so
the article's passages can be read in ranges, on either core, and the pieces joined in order: the
result is the one a reading of the whole gives.
"""

from __future__ import annotations

from collections.abc import Callable

from ..fanout import InPieces
from ..ingest import Article

PIECE_BYTES = 500_000  # an article this long or longer is read in pieces of about this size
MAX_PIECES = 16


def in_pieces(
    article: Article, read: Callable[[int, int | None], list], finish: Callable[[list], list] = lambda found: found
) -> Callable[[], list]:
    """`finish(read(0, None))` for the whole article; for a long one, the same `InPieces`: `read(lo, hi)`
    for each range of passages, the pieces' results joined in order, then `finish`."""
    count = min(MAX_PIECES, article.size // PIECE_BYTES, len(article.passages))
    if count < 2:
        return lambda: finish(read(0, None))
    bounds = [len(article.passages) * i // count for i in range(count + 1)]
    return InPieces(
        lambda: finish(read(0, None)),
        [lambda lo=lo, hi=hi: read(lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False)],
        lambda parts: finish([x for part in parts for x in part]),
    )
