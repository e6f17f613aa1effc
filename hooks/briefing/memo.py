"""Per-article results remembered across builds, keyed by content hash.

`mkdocs serve` keeps the hook loaded between rebuilds; after a contributor edits one article,
only that article is parsed and scanned again. Keys include everything a result depends on
(the file's bytes, the rules, the lexicon), so a hit is always correct. Entries not used by
the latest build are dropped, so memory follows the corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from .fanout import share_out


class Memo:
    def __init__(self) -> None:
        self._store: dict[tuple, Any] = {}
        self._used: set[tuple] = set()
        self.hits = self.misses = 0

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        self._used.add(key)
        if key in self._store:
            self.hits += 1
            return self._store[key]
        self.misses += 1
        value = self._store[key] = compute()
        return value

    def get_all(
        self, calls: list[tuple[tuple, Callable[[], Any]]], sizes: list[int] | None = None, ready: dict | None = None
    ) -> list:
        """[get(key, compute) for key, compute in calls], what is missing computed on two cores
        (`sizes`: each call's article size, to share the work out evenly), or taken from `ready`
        (`together` computed it with other memos' missing work)."""
        ready = together(self.missing(calls, sizes))[0] if ready is None else ready
        return [self.get(key, lambda key=key, c=c: ready[key] if key in ready else c()) for key, c in calls]

    def missing(self, calls: list[tuple[tuple, Callable[[], Any]]], sizes: list[int] | None = None) -> dict:
        """What `get_all` would compute: key → (compute, weight)."""
        weights = sizes or [None] * len(calls)  # (no sizes: shared out by count)
        return {key: (c, n) for (key, c), n in zip(calls, weights, strict=True) if key not in self._store}

    def forget(self) -> None:
        """Everything: a one-off build has no next build to serve."""
        self._store, self._used = {}, set()

    def new_build(self) -> None:
        """Forget what the previous build did not use."""
        if self._used:
            self._store = {k: v for k, v in self._store.items() if k in self._used}
        self._used = set()
        self.hits = self.misses = 0


def fingerprint(*parts: object) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        # bytes as they are (an article's raw text: its repr would copy and escape it), b"\1" apart
        digest.update(part + b"\1" if isinstance(part, bytes) else repr(part).encode("utf-8") + b"\0")
    return digest.hexdigest()


_printed: list = [None, ""]  # the value fingerprinted last by `fingerprint_of`, and its fingerprint


def fingerprint_of(value: object) -> str:
    """The fingerprint of one large value that does not change while it is loaded (the boilerplate
    rules): taken once per loaded object instead of once per article."""
    if _printed[0] is not value:
        _printed[:] = [value, fingerprint(value)]
    return _printed[1]


def value_key(records) -> int:
    """Frozen records by value, for a key within this process (a record holding a list is not
    hashable: its repr is)."""
    records = tuple(records)
    try:
        return hash(records)
    except TypeError:
        return hash(tuple(map(repr, records)))


MEMO = Memo()


def together(*missing: dict) -> list[dict]:
    """Several memos' missing work (`missing` of each) computed in one share-out, so that one long
    article's stages run on both cores at once: for each, key → result."""
    flat = [(key, compute, weight, i) for i, each in enumerate(missing) for key, (compute, weight) in each.items()]
    weights = [w for _, _, w, _ in flat]
    done = share_out([c for _, c, _, _ in flat], None if None in weights else weights)
    out: list[dict] = [{} for _ in missing]
    for (key, _, _, i), value in zip(flat, done, strict=True):
        out[i][key] = value
    return out


_TOKEN = re.compile(r"\w+")


class WordsMemo:
    """Per-article results that depend on a set of words (place names and demonyms, people's
    names): after an alias or a name changes the set, a result is reused for every article that
    does not contain all the tokens of some word added or removed, since recognition only looks
    up words as the text writes them. Everything else a result depends on is in `exact`."""

    def __init__(self) -> None:
        self._store: dict[tuple, tuple] = {}  # (kind, article id, content hash) -> (exact, words, result)
        self._used: set[tuple] = set()
        self._tokens: dict[tuple, frozenset[str]] = {}
        self._changed: dict[tuple[int, int], list[frozenset[str]]] = {}
        self.hits = self.misses = 0

    def get(self, kind: str, article, exact, words: frozenset, compute: Callable[[], Any]) -> Any:
        key = (kind, article.id, article.content_hash)
        self._used.add(key)
        entry = self._store.get(key)
        if self._fresh(entry, article, exact, words):
            self.hits += 1
            self._store[key] = (exact, words, entry[2])
            return entry[2]
        self.misses += 1
        result = compute()
        self._store[key] = (exact, words, result)
        return result

    def _fresh(self, entry, article, exact, words: frozenset) -> bool:
        return entry is not None and entry[0] == exact and not self._touches(article, entry[1], words)

    def get_all(self, kind: str, calls: list[tuple], words: frozenset, ready: dict | None = None) -> list:
        """[get(kind, article, exact, words, compute) for article, exact, compute in calls], what
        is missing computed on two cores, or taken from `ready` (`together` computed it)."""
        ready = together(self.missing(kind, calls, words))[0] if ready is None else ready
        return [
            self.get(kind, a, exact, words, lambda a=a, c=c: ready[id(a)] if id(a) in ready else c())
            for a, exact, c in calls
        ]

    def missing(self, kind: str, calls: list[tuple], words: frozenset) -> dict:
        """What `get_all` would compute: id(article) → (compute, the article's size)."""
        return {
            id(a): (compute, a.size)
            for a, exact, compute in calls
            if not self._fresh(self._store.get((kind, a.id, a.content_hash)), a, exact, words)
        }

    def _touches(self, article, old: frozenset, new: frozenset) -> bool:
        if old is new:
            return False
        pair = (id(old), id(new))
        if pair not in self._changed:
            # a word is a string, or (string, what it stands for): a changed meaning counts too
            self._changed[pair] = [
                frozenset(_TOKEN.findall((w if isinstance(w, str) else w[0]).casefold())) for w in old ^ new
            ]
        changed = self._changed[pair]
        if not changed:
            return False
        tokens = self._tokens.get((article.id, article.content_hash))
        if tokens is None:
            text = " ".join(p.text + " " + " ".join(p.cells) for p in article.passages)
            tokens = frozenset(_TOKEN.findall(text.casefold()))
            self._tokens[(article.id, article.content_hash)] = tokens
        return any(word <= tokens for word in changed)

    def forget(self) -> None:
        self._store, self._used, self._tokens, self._changed = {}, set(), {}, {}

    def new_build(self) -> None:
        if self._used:
            self._store = {k: v for k, v in self._store.items() if k in self._used}
            live = {(k[1], k[2]) for k in self._used}
            self._tokens = {k: v for k, v in self._tokens.items() if k in live}
        self._used = set()
        self._changed = {}
        self.hits = self.misses = 0


WORDS_MEMO = WordsMemo()
