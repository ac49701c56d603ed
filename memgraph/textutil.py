"""Small text helpers shared by ingestion and retrieval: keyword terms, sentences, hashes."""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from functools import cache
from typing import Any

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
BULLETS = "•▪‣◦●"
"""Characters that open a list item."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_SENTENCE_OR_ITEM_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9" + BULLETS + "])")


@cache
def stopwords() -> frozenset[str]:
    """spaCy's English stop words plus contraction leftovers; dropped from keyword queries."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in STOP_WORDS) | {"s", "t", "don", "ve", "ll", "re", "d", "m"}


def keyword_terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Lower-cased word terms of ``text`` for a keyword query, stop words dropped, order kept.

    Falls back to all terms when every word is a stop word ("who am I?").
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    words = [w.split("'")[0] if "'" in w else w for w in words]
    if keep_stopwords:
        return list(dict.fromkeys(words))
    stop = stopwords()
    kept = [w for w in words if w not in stop and len(w) > 1]
    return list(dict.fromkeys(kept or words))


def keyword_phrases(text: str) -> list[str]:
    """Two-word phrases of adjacent content words ("prior authorization", "annual leave").

    Matched as phrases by the keyword index, they reward passages that keep the query's
    wording together (a cheap form of term proximity).
    """
    stop = stopwords()
    words = [w.lower() for w in _WORD.findall(text.replace("-", " "))]
    out = []
    for a, b in itertools.pairwise(words):
        if a not in stop and b not in stop and len(a) > 1 and len(b) > 1:
            out.append(f"{a} {b}")
    return list(dict.fromkeys(out))


def sentences(text: str, *, items: bool = False) -> list[str]:
    """Split text into sentences at ., ! or ? followed by a capital letter or digit; with
    ``items``, also before a list bullet (:data:`BULLETS`), so each finished list item stands
    alone (for quoting; chunking keeps a list together)."""
    pattern = _SENTENCE_OR_ITEM_END if items else _SENTENCE_END
    return [s.strip() for s in pattern.split(text) if s.strip()]


def content_hash(text: str) -> str:
    """SHA-256 of NFC-normalised, whitespace-collapsed, case-folded text (duplicate detection)."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def clip(text: str, width: int) -> str:
    """Text cut to ``width`` characters with an ellipsis."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


_STEM_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@cache
def _porter() -> Any:
    import Stemmer  # PyStemmer: the Snowball C library

    return Stemmer.Stemmer("porter")


def stemmed(text: str) -> str:
    """``text`` as space-separated, lower-cased Porter stems (M. F. Porter, "An algorithm for
    suffix stripping", 1980; Snowball's C implementation through PyStemmer), the algorithm
    SQLite FTS5's ``porter`` tokenizer implements. Words are Unicode letter/digit runs;
    nothing is dropped, so stop words stay searchable. The Neo4j store indexes and queries
    this form to rank like FTS5."""
    words = [w.lower() for w in _STEM_TOKEN.findall(text)]
    return " ".join(_porter().stemWords(words)) if words else ""
