"""Per-article results remembered across builds, keyed by content hash.

`mkdocs serve` keeps the hook loaded between rebuilds; after a contributor edits one article,
only that article is parsed and scanned again. Keys include everything a result depends on
(the file's bytes, the rules, the lexicon), so a hit is always correct. Entries not used by
the latest build are dropped, so memory follows the corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any


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

    def new_build(self) -> None:
        """Forget what the previous build did not use."""
        if self._used:
            self._store = {k: v for k, v in self._store.items() if k in self._used}
        self._used = set()
        self.hits = self.misses = 0


def fingerprint(*parts: object) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def value_key(records) -> int:
    """Frozen records by value, for a key within this process (a record holding a list is not
    hashable: its repr is)."""
    records = tuple(records)
    try:
        return hash(records)
    except TypeError:
        return hash(tuple(map(repr, records)))


MEMO = Memo()
