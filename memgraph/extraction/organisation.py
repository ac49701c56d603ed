"""The organisation a document is written by or for: its name is no context.

A handbook speaks for one organisation ("At Contoso Electronics, we ...", "Contoso Electronics
will provide regular training ..."). Read as a context, the organisation's name would scope a
third of its passages to a "department" that every employee belongs to and none states, and
those passages would then be demoted for everyone who names a department of their own. The
knowledge base keeps the names found here with the document and never links a passage to
them, in that document or any other (:class:`memgraph.intake.kb.KnowledgeBase`).

The conventions read are those of documents in general, never one document's words:

- the title with the organisation's name beside it, on the cover (the first
  :data:`COVER_LINES` heading lines, where a department's heading does not stand):
  "Contoso Electronics Employee Handbook", "Staff Handbook of Brightwater Logistics",
  "Roles Descriptions at Contoso Electronics" (a kind-of-document phrase, then "at|of|for");
- the writer's own voice: "At <Name>, we|our ...", "Welcome to <Name>! We|Our ...",
  "<Name> (the Company)", "<Name> ("the Employer")";
- a field on a form: "Company: <Name>", "Employer: <Name>", "Organisation: <Name>";
- a legal form ending the name: "Ltd", "Limited", "plc", "Inc", "LLC", "GmbH", "Corp", ...
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from ..text.places import is_place
from ..text.vocabulary import MEMBER_NOUNS

COVER_LINES = 4
"""How many of a document's first heading lines are read as its cover (title and publisher)."""

_WORD = r"[A-Z][\w'’.&-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:of|and|&|the|for)[ \t]+)?{_WORD}){{0,5}}"
"""A proper name: one to six capitalised words, with "of", "and", "&", "the", "for" between."""

_DOCUMENT_WORDS = (
    "handbook|guide|guidelines|manual|policy|policies|procedures|library|descriptions|"
    "description|rules|regulations|code of conduct|terms|conditions|benefits|plan|plans|"
    "programme|program|overview|charter|rulebook|book"
)
"""Words that name a kind of document ("Employee Handbook", "Role Descriptions")."""

_LEGAL_FORMS = (
    "Ltd|Limited|plc|PLC|Inc|Incorporated|LLC|LLP|LP|GmbH|AG|SA|S\\.A\\.|BV|B\\.V\\.|NV|Pty|Corp|Corporation|Holdings"
)

_VOICE = re.compile(
    rf"(?:^|[.!?]\s+)(?:At|Welcome to)\s+(?P<name>{_NAME})\s*[,!.]?\s+(?i:we|our|us)\b",
)
"""The writer's own voice: "At Contoso Electronics, we strive ...", "Welcome to X! We ..."."""

_QUOTE = "[\"“”'‘’]?"
_DEFINED = re.compile(
    rf"(?P<name>{_NAME})\s*\(\s*{_QUOTE}(?:the\s+)?{_QUOTE}(?:Company|Employer|Organi[sz]ation){_QUOTE}\s*\)"
)
"""A defined term: "Brightwater Logistics Ltd (the Company)"."""

_FIELD_LABELS = (
    "location|position|summary|title|job|role|department|team|division|reports?|reporting|to|salary|grade|"
    "band|level|date|address|phone|email|website|objective|overview|duties|responsibilities|manager|type|"
    "hours|start|contract|site|office|purpose|description|name|sector|industry"
)
"""Words of a form's field labels ("Location", "Position Summary", "Reports To")."""

_FIELD = re.compile(
    rf"\b(?:Company|Employer|Organi[sz]ation)\s*:\s*"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:of|and|&|the|for)[ \t]+)?{_WORD}){{0,5}}?)"
    rf"(?=\s*(?:$|[.;,(]|(?:\s(?i:{_FIELD_LABELS})){{1,3}}\s*:|\s(?:The|This|Our|A|An)\s))"
)
"""A form's field: "Company: Contoso Electronics", ending where the next field's label
("Location:") or a sentence starts (fields run together when a PDF's lines are joined)."""

_LEGAL = re.compile(
    rf"\b(?P<name>{_WORD}(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{_WORD}){{0,4}}[ \t]+(?:{_LEGAL_FORMS}))\b(?!\s*:)\.?"
)
"""A name ending in a legal form: "Brightwater Logistics Ltd"."""

_OF_TITLE = re.compile(
    rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}(?:{_DOCUMENT_WORDS})\s+(?:at|of|for|from)\s+(?P<name>{_NAME})$",
    re.IGNORECASE,
)
"""A kind of document, then whose: "Roles Descriptions at Contoso Electronics"."""

_PEOPLE = MEMBER_NOUNS | {"members", "people", "team"}

_GENERIC_STARTS = frozenset({"the", "our", "your", "this", "all", "every", "each", "a", "an"})


def _tidy(name: str) -> str:
    """The name without a leading determiner or trailing people ("Contoso Electronics Employees")."""
    name = re.sub(r"\s+", " ", name).strip(" .,;:!?'’\"")
    words = name.split(" ")
    while words and words[0].casefold() in _GENERIC_STARTS:
        words = words[1:]
    while words and words[-1].casefold() in _PEOPLE:
        words = words[:-1]
    return " ".join(words)


def _beside_title(heading: str, title: str) -> str | None:
    """The name a heading sets beside the document's ``title``: "Contoso Electronics Employee
    Handbook" with title "Employee Handbook" gives "Contoso Electronics"; the heading "Staff
    Handbook of Brightwater" gives "Brightwater"."""
    h, t = re.sub(r"\s+", " ", heading).strip(), re.sub(r"\s+", " ", title).strip()
    if not t or len(h) <= len(t):
        return None
    low, tl = h.casefold(), t.casefold()
    if low.endswith(" " + tl):
        rest = re.sub(r"(?:'s|’s)$", "", h[: len(h) - len(t)].strip())
    elif (m := re.match(rf"{re.escape(tl)}\s+(?:at|of|for|from)\s+(?P<rest>.+)$", low)) is not None:
        rest = h[m.start("rest") :]
    else:
        return None
    return rest if re.fullmatch(_NAME, rest) and tl not in rest.casefold() else None


def organisation_names(title: str, headings: Sequence[str], texts: Iterable[str]) -> list[str]:
    """The names a document gives its own organisation, in the order found, without repeats.

    Args:
        title: the document's title ("Employee Handbook").
        headings: its heading lines, in reading order; the first :data:`COVER_LINES` are its
            cover, read one by one and two by two joined ("Roles Descriptions at" / "Contoso
            Electronics"), as a cover breaks a title over lines.
        texts: its body text (paragraphs, sentences or units).

    Returns:
        Names such as ``["Contoso Electronics"]``; ``[]`` when the document says none.
    """
    found: list[str] = []
    lines = [re.sub(r"\s+", " ", h).strip() for h in headings if h.strip()][:COVER_LINES]
    joined = [f"{a} {b}" for a, b in itertools.pairwise(lines) if re.search(r"\b(?:at|of|for|from)$", a, re.I)]
    for line in [*lines, *joined]:
        if (name := _beside_title(line, title)) is not None:
            found.append(name)
        elif (m := _OF_TITLE.match(line)) is not None and re.fullmatch(_NAME, m.group("name")):
            found.append(m.group("name"))
    for text in texts:
        # "At Porto, we open at 8" speaks of a site: a place is never the organisation here.
        found.extend(m.group("name") for m in _VOICE.finditer(text) if not is_place(m.group("name")))
        for pattern in (_DEFINED, _FIELD, _LEGAL):
            found.extend(m.group("name") for m in pattern.finditer(text))
    out: dict[str, str] = {}
    for name in found:
        if (tidy := _tidy(name)) and tidy.casefold() != title.casefold():
            out.setdefault(tidy.casefold(), tidy)
    return list(out.values())
