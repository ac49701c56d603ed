"""The handbook suite: fictional handbooks (65 for tuning, 8 held out), their users and the
questions they ask.

This is the project's own test data for ``bench/handbooks.py`` (every company, person and number
is invented here). Each handbook is written in a different style (department headings without
the word "department", several contexts' rules in consecutive sentences, rules keyed by site or
role inside a sentence, a grade x country benefits table, a role library, nested sections, a
policy that runs onto the next page, a section naming two departments, "(Operations only)",
"for employees in X", "Each X has ...", lists under a lead-in naming a context, general rules
beside context-specific ones; numbered clauses with schedules, FAQs, operations manuals with
amendment records, slide decks, country annexes, tables of codes) and keys its rules on different
kinds of context (department, team, role, grade, site or office, region or country, contract,
working pattern, length of service). The later ones were written blind to the code, from a brief
that asks for real handbooks' conventions.

Shapes:

- :class:`Handbook`: ``name``, ``title``, ``split`` (``"tuning"`` or ``"heldout"``), ``format``
  (``"pdf"`` or ``"html"``: the file the bench ingests), ``pages`` (the HTML body of each PDF
  page, rendered one per page: a page never overflows, so a policy continued on the next page
  is split where it was written), ``users``, ``questions``.
- :class:`User`: ``id`` and 1-3 ``statements`` of their own context, in ordinary phrasing.
- :class:`Question`: ``user``, ``text``, and either ``expect`` (the asker's rule: at least one
  of these substrings must be in the answer) with ``forbid`` (the other contexts' versions of
  the same rule: none may be), or ``expect_gap == "unknown_context"`` with ``forbid`` holding
  every context's version (the asker has not said the context the rule depends on).

Questions are built with :func:`rule_question` from a rule table (context -> value), which
makes ``forbid`` every other context's value, and :func:`general_question` for rules that apply
to everyone. :func:`verdict` is the strict scoring the bench uses.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

UNKNOWN_CONTEXT = "unknown_context"

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 17pt; font-weight: bold; margin-top: 6pt; margin-bottom: 8pt; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 8pt; margin-bottom: 3pt; }
p { margin-top: 3pt; margin-bottom: 5pt; }
li { margin-bottom: 2pt; }
table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 8pt; }
th { font-weight: bold; border: 1px solid #555; padding: 3pt 6pt; background-color: #e8e8e8; }
td { border: 1px solid #555; padding: 3pt 6pt; }
"""

PAGE_RECT = (0, 0, 595, 842)  # A4 in points
MARGIN = 56


@dataclass(frozen=True)
class User:
    """A person asking: ``id`` (the user_id) and 1-3 statements of their own context."""

    id: str
    statements: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One question and what a strict reader accepts (see :func:`verdict`)."""

    user: str
    text: str
    expect: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    expect_gap: str | None = None


@dataclass(frozen=True)
class Handbook:
    """A handbook, who asks it what, and which split it belongs to."""

    name: str
    title: str
    split: str
    format: str
    pages: tuple[str, ...]
    users: tuple[User, ...]
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def user(self, user_id: str) -> User:
        return next(u for u in self.users if u.id == user_id)

    def html(self) -> str:
        """The whole handbook as one HTML document (the pages one after the other)."""
        body = "\n".join(self.pages)
        return (
            f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(self.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
        )


Value = str | tuple[str, ...]


def _alts(value: Value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def rule_question(user: str, text: str, rule: Mapping[str, Value], context: str | None) -> Question:
    """A question whose answer depends on a context: ``rule`` maps each context (``"Porto"``,
    ``"K2/Ireland"``) to its value (a string or alternatives). With ``context`` the asker's
    value is expected and every other different value forbidden; with None the asker has not
    given this kind of context, so ``unknown_context`` is expected and every value forbidden."""
    values = [v for c in rule for v in _alts(rule[c])]
    if context is None:
        return Question(user, text, forbid=tuple(dict.fromkeys(values)), expect_gap=UNKNOWN_CONTEXT)
    expect = _alts(rule[context])
    forbid = tuple(dict.fromkeys(v for v in values if v not in expect))
    return Question(user, text, expect=expect, forbid=forbid)


def general_question(user: str, text: str, expect: Value, forbid: Sequence[str] = ()) -> Question:
    """A question whose rule applies to everyone (``forbid``: values that would be wrong)."""
    return Question(user, text, expect=_alts(expect), forbid=tuple(forbid))


# -- text ------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Case-folded, ligatures and compatibility forms unfolded (NFKC), whitespace folded to one
    space; hyphens and dashes are kept."""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _pattern(needle: str) -> re.Pattern[str]:
    words = normalise(needle).split(" ")
    body = r"\s*".join(re.escape(w) for w in words)
    start = r"(?<![\d,.])" if words[0][:1].isdigit() else ""
    end = r"(?![\d]|[.,]\d)" if words[-1][-1:].isdigit() else ""
    return re.compile(start + body + end)


def contains(text: str, needle: str) -> bool:
    """``needle`` in ``text`` after :func:`normalise` of both, where a space of the needle
    matches any whitespace or none (PDF table cells and lists can read back run together,
    ``180GBPayear``), and a number is not found inside a longer one: a needle starting with a
    digit must not follow a digit, ``,`` or ``.`` (``500 USD`` is not in ``1,500 USD``), and one
    ending with a digit must not be followed by one (``7.5`` is not in ``7.50``)."""
    return _pattern(needle).search(normalise(text)) is not None


def verdict(question: Question, answer: str, *, found: bool, gap: str | None) -> str:
    """Strict scoring of one answer (strings compared with :func:`contains`): ``wrong_context``
    when the text holds any ``forbid`` string (another context's rule: the worst failure); else
    ``correct`` when it holds an ``expect`` string, or, for ``expect_gap`` questions, when
    ``gap`` is that kind or nothing was answered (``found`` False); else ``miss``."""
    if any(contains(answer, f) for f in question.forbid):
        return "wrong_context"
    if question.expect_gap is not None:
        return "correct" if gap == question.expect_gap or not found else "miss"
    return "correct" if any(contains(answer, e) for e in question.expect) else "miss"


FAILURE_KINDS = (
    "wrong_context",
    "answered_not_asked",
    "nothing_found",
    "asked_for_context",
    "other_context",
    "rule_not_in_answer",
)
"""Kinds of failed answers, for summaries that say what went wrong without quoting the question."""


def failure_kind(question: Question, verdict_: str, *, found: bool, gap: str | None) -> str | None:
    """What kind of failure a verdict is (one of :data:`FAILURE_KINDS`), or None when correct:
    ``wrong_context`` (another context's rule quoted); ``answered_not_asked`` (an
    ``expect_gap`` question answered instead of asking); ``nothing_found`` (found False);
    ``asked_for_context`` (the asker's context was asked for although it was given or not
    needed); ``other_context`` (said the knowledge base holds only other contexts' rules);
    ``rule_not_in_answer`` (answered, but not with the expected rule)."""
    if verdict_ == "correct":
        return None
    if verdict_ == "wrong_context":
        return "wrong_context"
    if question.expect_gap is not None:
        return "answered_not_asked"
    if not found and gap is None:
        return "nothing_found"
    if gap == "unknown_context":
        return "asked_for_context"
    if gap == "other_context":
        return "other_context"
    return "rule_not_in_answer"


# -- rendering -------------------------------------------------------------------------------------


def render_pdf(handbook: Handbook, path: Path) -> Path:
    """Render ``handbook.pages`` to a PDF at ``path`` with PyMuPDF's Story (one page each; a page
    whose HTML does not fit continues on extra pages, which the suite's test forbids)."""
    import pymupdf

    rect = pymupdf.Rect(*PAGE_RECT)
    where = pymupdf.Rect(rect.x0 + MARGIN, rect.y0 + MARGIN, rect.x1 - MARGIN, rect.y1 - MARGIN)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    for page_html in handbook.pages:
        story = pymupdf.Story(page_html, user_css=CSS)
        more = 1
        while more:
            device = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
    writer.close()
    with pymupdf.open("pdf", buf.getvalue()) as doc:
        doc.set_metadata({"title": handbook.title, "author": "MemGraph handbook suite"})
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(path)
    return path


def write(handbook: Handbook, folder: Path) -> Path:
    """The file the bench ingests: ``<name>.pdf`` or ``<name>.html`` under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if handbook.format == "html":
        path = folder / f"{handbook.name}.html"
        path.write_text(handbook.html(), encoding="utf-8")
        return path
    return render_pdf(handbook, folder / f"{handbook.name}.pdf")


def pdf_text(path: Path) -> list[str]:
    """Each page's text of a PDF, as PyMuPDF reads it back."""
    import pymupdf

    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def html_text(markup: str) -> str:
    """The text of an HTML document (tags dropped, entities decoded)."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _load() -> tuple[Handbook, ...]:
    from . import (
        aerlyn,
        alder_finch,
        ardenvale,
        ashcombe,
        ashgrove,
        brackenholt,
        bramblecote,
        brantwood_library,
        brickfield,
        brightwater,
        brisemont,
        callisto,
        calloway_labs,
        caverleigh,
        cobbleford,
        corrick_civils,
        corvane,
        cranwell,
        dovercourt,
        dunmore,
        eskdale_university,
        fairlop,
        fellmoor,
        ferncastle,
        fernhollow,
        glenmorrow,
        gorsedale,
        halstow,
        halvorsen,
        harbourline,
        harrowfield_trust,
        harrowgate_retail,
        hollowmere,
        hopewell,
        kesselbach,
        kestrel,
        kingsferry,
        lanternway,
        larkspur,
        lumen,
        mallowgate,
        marlowe,
        meridale_hospitality,
        merrowby,
        nightly_freight,
        northfield,
        oakhaven_care,
        orrin,
        oxleigh,
        pellow,
        pennant,
        pipewell,
        quarrybank,
        quenby,
        quillfield,
        ravensmere,
        redshank,
        rookley,
        saltcombe,
        sedgewick,
        skerrow,
        skylark_air,
        stonechat,
        tamarack,
        tamsworth,
        tarnbridge,
        thornbury,
        tidewater,
        veridian,
        wickham,
        wrenfield,
        wyvernmoor,
        yarrowdale,
    )

    modules = (
        veridian,
        harbourline,
        kestrel,
        lumen,
        northfield,
        alder_finch,
        tidewater,
        brightwater,
        pennant,
        tarnbridge,
        halvorsen,
        ashgrove,
        ravensmere,
        pipewell,
        fellmoor,
        orrin,
        redshank,
        quillfield,
        stonechat,
        fernhollow,
        brackenholt,
        corvane,
        gorsedale,
        merrowby,
        cobbleford,
        hollowmere,
        saltcombe,
        wrenfield,
        larkspur,
        ferncastle,
        quarrybank,
        aerlyn,
        callisto,
        hopewell,
        brickfield,
        thornbury,
        mallowgate,
        kingsferry,
        oxleigh,
        bramblecote,
        marlowe,
        glenmorrow,
        sedgewick,
        dunmore,
        pellow,
        wickham,
        rookley,
        skerrow,
        tamsworth,
        ardenvale,
        ashcombe,
        brisemont,
        cranwell,
        dovercourt,
        fairlop,
        halstow,
        quenby,
        yarrowdale,
        caverleigh,
        kesselbach,
        tamarack,
        wyvernmoor,
        harrowgate_retail,
        calloway_labs,
        nightly_freight,
        brantwood_library,
        meridale_hospitality,
        eskdale_university,
        corrick_civils,
        lanternway,
        harrowfield_trust,
        skylark_air,
        oakhaven_care,
    )
    return tuple(m.HANDBOOK for m in modules)


HANDBOOKS: tuple[Handbook, ...] = _load()
"""Every handbook of the suite, tuning set first."""
