"""Documents that are one document's versions for different contexts, told by their titles.

A knowledge base often holds the same kind of document once per plan, country or site:
"Northwind Health Plus Benefits Details" beside "Northwind Standard Benefits Details",
"Employee Handbook UK" beside "Employee Handbook US". Their titles share their first and last
words and differ in a short middle that names whom each is for; every passage of one is that
context's rule, and answering a member of the Standard plan from the Plus document quotes
another context's version. :func:`sibling_names` reads the two names from two titles;
:func:`spoken_name` picks how the document itself writes its name.

The rule is the one a reader uses for file names that differ in one field (a plan, a country):
the shared words say what the document is, the differing words say whom it is for. Titles
that differ by a date, a version or a draft mark ("Leave Policy 2024", "... v2") are versions
in time, not contexts, and are left alone.
"""

from __future__ import annotations

import re

MIN_SHARED_WORDS = 2
"""Words two titles must share (first and last together) to be one document's versions: "Leave
Policy" and "Expense Policy" share one and are two documents; not tuned."""
MAX_NAME_WORDS = 4
"""Longest middle read as a context's name ("Health Plus", "UK")."""

_TIME_MARK = re.compile(
    r"^(?:v(?:ersion)?\.?\s*\d[\w.]*|\d[\d./-]*|(?:19|20)\d\d(?:[-/]\d\d)?|draft|final|revised|old|new|updated|"
    r"current|previous|archived?|copy|amended|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|"
    r"fall|winter|q[1-4]|edition|issue|rev\.?\s*\d*)$",
    re.I,
)
"""Words that make a title another version in time, not another context's ("2025", "v2",
"Draft", "Revised", "March")."""

_WORD = re.compile(r"[^\s_]+")


def _words(title: str) -> list[str]:
    return _WORD.findall(title.replace("_", " "))


def sibling_names(title: str, other: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The context names two titles of one document's versions give, or None when they are no
    such pair.

    Two titles are versions for different contexts when they share at least
    :data:`MIN_SHARED_WORDS` words at their start and end together (case-insensitive), the
    words between differ in each, are at most :data:`MAX_NAME_WORDS`, start with a capital or
    digit-free code, and none of them marks a date, version or draft (:data:`_TIME_MARK`).

    Returns:
        ``((own with the shared first words, own alone), (other's with them, other's
        alone))``: for "Northwind Health Plus Benefits Details" and "Northwind Standard
        Benefits Details", ``(("Northwind Health Plus", "Health Plus"), ("Northwind
        Standard", "Standard"))``. When the titles share no first words both forms are the
        same ("UK").

    >>> sibling_names("Employee Handbook UK", "Employee Handbook US")
    (('Employee Handbook UK', 'UK'), ('Employee Handbook US', 'US'))
    >>> sibling_names("Leave Policy", "Expense Policy") is None
    True
    """
    a, b = _words(title), _words(other)
    fa, fb = [w.casefold() for w in a], [w.casefold() for w in b]
    start = 0
    while start < min(len(a), len(b)) and fa[start] == fb[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and fa[-1 - end] == fb[-1 - end]:
        end += 1
    mid_a, mid_b = a[start : len(a) - end], b[start : len(b) - end]
    if start + end < MIN_SHARED_WORDS or not mid_a or not mid_b:
        return None
    for mid in (mid_a, mid_b):
        if len(mid) > MAX_NAME_WORDS or not mid[0][:1].isupper() or any(_TIME_MARK.match(w) for w in mid):
            return None
    return (" ".join(a[: start + len(mid_a)]), " ".join(mid_a)), (" ".join(b[: start + len(mid_b)]), " ".join(mid_b))


def spoken_name(names: tuple[str, str], text: str) -> str:
    """Of a version's two names (:func:`sibling_names`), the one its own ``text`` says more
    often (case-insensitive, whole words): "Northwind Health Plus" where the document speaks of
    its plan so, "UK" where no one writes "Employee Handbook UK". The longer on a tie."""
    fuller, bare = names

    def said(name: str) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I))

    return bare if said(bare) > said(fuller) and said(fuller) == 0 else fuller


__all__ = ["MAX_NAME_WORDS", "MIN_SHARED_WORDS", "sibling_names", "spoken_name"]
