"""Stage 1, ingest: seed files (text, Markdown with front matter, saved web pages) → `Article`s.

`seeds` finds and reads the files, `articles` makes each an `Article`, `batch` makes them all
(what is new on two cores) and checks them together; `body` (with `chrome` and `lexicon`)
separates the article from the page around it; `facts` reads the dateline, stamps and credits;
`structure` groups the kept lines into headings, paragraphs, lists and tables; `sentences` splits
paragraphs.
"""

from .articles import Article, derive_title, parse_seed
from .batch import ingest, ingest_seed
from .chrome import Dropped
from .facts import PageFacts
from .seeds import MAX_ARTICLE_BYTES, PAGE_SUFFIXES, SEED_SUFFIXES, decode_seed, read_seed, seed_files
from .sentences import Sentence, split_sentences
from .structure import Block, Passage, build_blocks, is_title_like

__all__ = [
    "MAX_ARTICLE_BYTES",
    "PAGE_SUFFIXES",
    "SEED_SUFFIXES",
    "parse_seed",
    "Article",
    "Block",
    "Dropped",
    "PageFacts",
    "Passage",
    "Sentence",
    "build_blocks",
    "decode_seed",
    "derive_title",
    "ingest",
    "ingest_seed",
    "is_title_like",
    "read_seed",
    "seed_files",
    "split_sentences",
]
