"""Small text helpers shared by ingestion and retrieval: normalisation, keyword terms, sentences, hashes."""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
BULLETS = "•▪‣◦●"
LIST_ITEM = re.compile(r"^(?:[" + BULLETS + r"*-]\s|\(?[a-z]{1,4}\)\s|\(?\d{1,2}[.)]\s)")
"""A list item as the loaders write it: a bullet, "(a)", "ii)", "1."."""
"""Characters that open a list item."""

_LETTERED = r"|\((?:[a-z]|[ivx]{1,4})\)\s"  # a lettered clause: "... every stop. (b) Home ..."
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9]" + _LETTERED + ")")
_SENTENCE_OR_ITEM_END = re.compile(
    r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9" + BULLETS + "]" + _LETTERED + r")|\s+(?=[" + BULLETS + r"]\s[^:;.]{1,40}:\s)"
)
"""Where a sentence or a list item ends; a labelled list item stands alone also after a lead-in
or an item with no full stop ("... of their department: • Engineering: 19% of basic salary
• Ground Operations: 13% ..."), as a table row does (the items of "Machine operators must also
wear: • cut-resistant gloves ...; • a bump cap ..." stay with their lead-in)."""


KEPT_DECOMPOSITIONS = ("<super>", "<sub>", "<fraction>")
"""Compatibility characters :func:`normalize_text` keeps as written: superscripts and
subscripts ("m²", "CO₂", "™", a footnote mark "¹") and vulgar fractions ("½"), whose NFKC forms
("m2", "CO2", "TM", "1", "1⁄2") read as other numbers or run into the word before them."""

_REMOVED = re.compile("[\u00ad\u200b\u2060\ufeff\u180e]")
"""Soft hyphen (a possible line break, not a character of the word), zero-width space,
word joiner, zero-width no-break space (a BOM inside text) and Mongolian vowel separator."""

_ZW_JOINERS_IN_LATIN = re.compile("(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d]+(?=[A-Za-z\u00c0-\u024f])")
"""Zero-width non-joiner and joiner between Latin letters (a ligature breaker inside "Auf‌lage"),
where they only split the word; elsewhere they shape the text (Persian, Indic scripts, emoji
sequences) and are kept."""


@cache
def _kept_characters() -> re.Pattern[str]:
    """One character class of every character :func:`normalize_text` leaves alone: those of
    :data:`KEPT_DECOMPOSITIONS` and full-width punctuation (``<wide>`` forms that are not letters
    or digits: CJK text keeps its "（", "，", "！"; full-width letters and digits fold to ASCII)."""
    kept = []
    for cp in range(0x30000):
        ch = chr(cp)
        d = unicodedata.decomposition(ch)
        if d.startswith(KEPT_DECOMPOSITIONS) or (d.startswith("<wide>") and not ch.isalnum()):
            kept.append(re.escape(ch))
    return re.compile(f"([{''.join(kept)}]+)")


def normalize_text(text: str) -> str:
    """``text`` as loaders store it and queries are matched: Unicode NFKC (ligatures "ﬁ" ->
    "fi", "ﬀ" -> "ff", full-width letters and digits, no-break spaces, "ſ", mathematical
    letters, half-width Katakana folded to their plain forms) except superscripts, subscripts,
    vulgar fractions and full-width punctuation (see :data:`KEPT_DECOMPOSITIONS` and
    :func:`_kept_characters`); soft hyphens and zero-width characters removed (see
    :data:`_REMOVED`; joiners only between Latin letters). Idempotent; ASCII text comes back
    unchanged. Every loader applies it to the text it returns, and search, ask and add apply
    it to what they are given, so a query word matches the stored word however either was
    encoded."""
    if text.isascii():
        return text
    text = _ZW_JOINERS_IN_LATIN.sub("", _REMOVED.sub("", text))
    parts = _kept_characters().split(text)
    # split() with a group alternates: text to fold, kept run, text to fold, ...
    return "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))


@cache
def stopwords() -> frozenset[str]:
    """spaCy's English stop words plus contraction leftovers; dropped from keyword queries."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in STOP_WORDS) | {"s", "t", "don", "ve", "ll", "re", "d", "m"}


_IDEOGRAPHIC = "\u3005-\u3007\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
"""Han ideographs (CJK unified, extensions, compatibility), Japanese iteration marks and Hiragana:
written without spaces, each character its own token in Neo4j's (Lucene's) analyzer."""
_KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"
_CJK_CHAR = re.compile(f"[{_IDEOGRAPHIC}{_KATAKANA}{_HANGUL}]")
_CJK_PART = re.compile(
    f"(?P<ideo>[{_IDEOGRAPHIC}]+)|(?P<kana>[{_KATAKANA}]+)|(?P<hangul>[{_HANGUL}]+)"
    f"|(?P<other>[^{_IDEOGRAPHIC}{_KATAKANA}{_HANGUL}]+)"
)
_HIRAGANA_ONLY = re.compile("[\u3040-\u309f]+")


def segment_cjk(text: str) -> str:
    """``text`` with a space on each side of every Chinese, Japanese or Korean character (Han,
    Hiragana, Katakana, Hangul), so a tokenizer that splits at spaces and punctuation (SQLite
    FTS5's ``unicode61``) makes each one a token; a CJK word is then matched as the phrase of its
    characters. Text without CJK characters is returned unchanged."""
    if not _CJK_CHAR.search(text):
        return text
    return _CJK_CHAR.sub(lambda m: f" {m.group(0)} ", text)


def _cjk_terms(word: str, stop: frozenset[str]) -> list[tuple[str, bool]]:
    """Terms of a lower-cased word holding CJK characters, each with whether it carries content.

    Runs of Han and Hiragana (written without spaces) give their overlapping two-character
    pieces ("上海出差" -> 上海, 海出, 出差; a single character stays as it is); a piece of
    Hiragana alone is mostly grammar ("ます") and carries no content. Katakana and Hangul runs
    and other letters stay whole words.
    """
    out: list[tuple[str, bool]] = []
    for m in _CJK_PART.finditer(word):
        part = m.group(0)
        if m.lastgroup == "ideo":
            pieces = [part] if len(part) == 1 else [part[i : i + 2] for i in range(len(part) - 1)]
            out += [(p, not _HIRAGANA_ONLY.fullmatch(p)) for p in pieces]
        elif m.lastgroup == "other":
            out += [(w, w not in stop and len(w) > 1) for w in _WORD.findall(part)]
        else:
            out.append((part, True))
    return out


def keyword_terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Lower-cased word terms of ``text`` for a keyword query, stop words dropped, order kept.

    Falls back to all terms when every word is a stop word ("who am I?"). Chinese and Japanese,
    written without spaces, give two-character terms ("我下周三要去上海出差" -> ..., "上海", "海出",
    "出差"), which both stores match as phrases of characters (see :func:`segment_cjk`).
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    words = [w.split("'")[0] if "'" in w else w for w in words]
    stop = frozenset() if keep_stopwords else stopwords()
    terms: list[tuple[str, bool]] = []
    for w in words:
        terms += _cjk_terms(w, stop) if _CJK_CHAR.search(w) else [(w, w not in stop and len(w) > 1)]
    if keep_stopwords:
        return list(dict.fromkeys(t for t, _ in terms))
    kept = [t for t, content in terms if content]
    return list(dict.fromkeys(kept or [t for t, _ in terms]))


SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"holiday", "holidays", "leave", "vacation", "pto"}),
    frozenset({"sick", "ill", "illness", "sickness", "unwell"}),
    frozenset({"resign", "resigned", "resigning", "resignation", "notice"}),
    frozenset({"salary", "salaries", "pay", "wage", "wages"}),
    frozenset({"uniform", "clothing", "workwear", "ppe"}),
    frozenset({"training", "learning"}),
    frozenset({"payday", "paydays", "paid"}),
)
"""Words of workplace policy that people and handbooks use for one another ("holiday" and
"annual leave", "sick" and "illness"): a query's keyword terms are expanded with them, as a
search engine's synonym filter does (Elasticsearch's ``synonym`` token filter). Hand-written,
not tuned per document."""
_SYNONYM_OF = {w: group for group in SYNONYMS for w in group}


def synonyms(term: str) -> frozenset[str]:
    """``term`` and the words :data:`SYNONYMS` gives for it (lower case)."""
    return _SYNONYM_OF.get(term, frozenset({term}))


def expanded_terms(terms: Sequence[str]) -> list[str]:
    """``terms`` followed by their synonyms not already among them (order kept)."""
    return list(dict.fromkeys([*terms, *(w for t in terms for w in sorted(synonyms(t)))]))


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


_NUMBER_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:ext|tel|no|nos|pp?|para|paras|sec|art|fig|vol|ch|approx|room|rm)\.$", re.I
)
"""Abbreviations that stand before a number ("ext. 2207", "No. 4", "pp. 12-14", "approx. 40"):
a full stop after one ends no sentence when a digit follows."""
_NAME_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Rd|Ave|vs|e\.g|i\.e|cf|incl)\.$")
"""Abbreviations that stand before a name or go on with the sentence ("Dr. Patel", "St. Anne's
Road", "e.g. Lyon"): a full stop after one ends no sentence."""


def sentences(text: str, *, items: bool = False) -> list[str]:
    """Split text into sentences at ., ! or ? followed by a capital letter or digit; with
    ``items``, also before a list bullet (:data:`BULLETS`), so each finished list item stands
    alone (for quoting; chunking keeps a list together). A full stop of an abbreviation ends
    none: a title's or a Latin one's (:data:`_NAME_ABBREVIATION`: "Dr. Patel", "e.g. Lyon"), or
    one before a number (:data:`_NUMBER_ABBREVIATION`: "ext. 2207")."""
    pattern = _SENTENCE_OR_ITEM_END if items else _SENTENCE_END
    out: list[str] = []
    for part in pattern.split(text):
        if out and (
            _NAME_ABBREVIATION.search(out[-1]) or (_NUMBER_ABBREVIATION.search(out[-1]) and part[:1].isdigit())
        ):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        "a an the i me my mine myself we us our ours you your am is are be been 's 'm 're 've of to in on at for by "
        "with and that this so just really actually also please remember note noted ok okay well",
    )
)
"""Words that carry no fact of their own in a first-person statement; negations, quantities,
numbers, tense and every other word are kept (see :func:`statement_words`)."""


def statement_words(text: str) -> tuple[str, ...]:
    """The words of a statement that carry its content, in order, lower-cased, contractions
    split ("don't" -> "do", "not"), :data:`_FUNCTION_WORDS` dropped: two statements with the
    same content words say the same thing with other filler ("My son plays the violin" / "My son
    plays violin", "I don't drink coffee" / "I do not drink coffee"), while a changed number,
    name, tense, negation, order ("Tom called me" / "I called Tom") or an added detail changes
    them."""
    words: list[str] = []
    for raw in _WORD.findall(text.replace("’", "'")):
        w = raw.lower()
        if w.endswith("n't"):
            words += [{"wo": "will", "ca": "can", "sha": "shall"}.get(w[:-3], w[:-3]), "not"]
        elif "'" in w:
            head, _, tail = w.partition("'")
            words += [head, "'" + tail]
        else:
            words.append(w)
    return tuple(w for w in words if w and w not in _FUNCTION_WORDS)


def statement_key(text: str) -> str:
    """A hash of :func:`statement_words`: equal for statements that say the same with other filler."""
    return hashlib.sha256(" ".join(statement_words(text)).encode("utf-8")).hexdigest()[:32]


def initialled(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with runs of its words written as their initials, in
    capitals ("VP of Operations" and "Vice President of Operations", "HR Manager" and "Human
    Resources Manager"); case and "&" or "and" between words aside. False for the same
    name and for names that differ otherwise."""
    a = re.findall(r"[\w'’]+", short)
    b = [w for w in re.findall(r"[\w'’]+", long) if w.casefold() != "and"]
    i = j = 0
    shortened = False
    while i < len(a) and j <= len(b):
        word = a[i]
        if j < len(b) and word.casefold() == b[j].casefold():
            i, j = i + 1, j + 1
            continue
        n = len(word)
        if n >= 2 and word.isupper() and "".join(w[0] for w in b[j : j + n]).upper() == word:
            i, j, shortened = i + 1, j + n, True
            continue
        return False
    return shortened and i == len(a) and j == len(b)


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
