"""Fact rules over spaCy's dependency parse: who works in which department, holds which role,
sits at which site, and what the speaker prefers.

:class:`~memgraph.extraction.extract.Extractor` parses a text only when :func:`worth_parsing` (a cheap
lexical prefilter: a first-person word or a name, plus a trigger such as team, office, joined,
promoted, "work in", "moved to", "I'm a ...") says it may state a fact, and hands the parsed
``Doc`` to :func:`doc_facts`.

A clause gives a fact only when it asserts it about the speaker ("I", "my") or a named person
("Alex"), now:

- no fact from questions, negations ("not", "never", "no longer", "anymore"), conditions and
  wishes ("if", "would", "will", "could", "I'd love to ..."), clauses under another verb
  ("I used to work ...", "I want to join ...", "before I moved ..."), other people named by a
  common noun or a pronoun ("my wife", "she", "they"; "we" too: a team, a company or a couple
  may be meant), or two subjects at once ("Mark and I");
- states ("I work in ...", "I'm in ...", "I lead the ... team", "based at ...") must be in the
  present or present perfect: "I worked in Sales" is history, not a current fact; changes
  ("I moved to ...", "I joined ...", "I was promoted to ...", "I became ...") must be done
  (past or present perfect): "I'm moving to ..." and "I will join ..." have not happened yet.

What each statement gives:

- WORKS_IN Department: "work in/for/on/with the X team/department/division/unit", "I'm in/with
  the X team", "I'm part of the X team", "my team/department is X", "I lead/manage/head/run
  the X team" (no HAS_ROLE: a role guessed from a verb would close the title the person
  stated), "I joined the X team", "I moved/transferred to the X team". Without the word team or
  department, X must be capitalised ("I work in Field Service", "I moved to Technology") or a
  department the graph knows ("I'm now in customer care"); "I work for X" and "I joined X"
  without that word name an employer, not a department, and give nothing.
- HAS_ROLE Role: "I'm a/the <title>", "I work/joined/started as a <title>", "I was
  promoted/hired/appointed ... to/as <title>", "I became a <title>", "my role/title/position is
  <title>"; a title is a known role or ends in a job noun (:data:`ROLE_HEADS`); an evaluative
  adjective ("an inspiring writer") or "no"/"former" makes it a description, not a title.
  "<Title> of/in X" also gives WORKS_IN X ("Senior Manager of Operations": the known title,
  else "Senior Manager", and Operations; a bare "head of Marketing" stays "Head of Marketing"),
  and so does a title whose own words name a department ("Member Support agent": role "Member
  Support Agent", WORKS_IN "Member Support"; the last word before the job noun must be a
  department word (:data:`DEPARTMENT_WORDS`) or a known department, so "Shift Supervisor" and
  "Software Engineer" give no department).
- LOCATED_IN Location: "based/located/stationed in/at X", "I work at/from the X office/site",
  "I'm in the X office", "my desk/office is at/in X", "my contract/post/job is with/at the X
  office", "I moved/relocated to <city>" (a city or
  country, NER's GPE/LOC/FAC, or a known location). A building, floor or room ("I sit in
  Building 3") is a place inside a site, not a site, and gives nothing: LOCATED_IN holds one
  value, so it would close the site. So does "the X office" with X in lower case and no place
  ("I work in the ticket office", "I'm in the sales office": a room or a team's office).
- PREFERS: "I prefer/like/love/enjoy X" with a noun (or a bare gerund and its noun) object.

Names are taken from the parse (the object's compound and proper-noun modifiers), linked to the
names the graph knows through ``known`` (case and plural folded), and never span sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from ..models import EntityType, RelType
from ..text.places import is_area, is_business_region, is_place
from ..text.vocabulary import GROUP_NOUNS, ROLE_HEADS, SITE_NOUNS, UNIT_NOUNS, alternation
from .extract import SELF, Fact, FoundEntity, entity_key, normalise_name
from .linking import agent_nouns

Known = Callable[[str], "FoundEntity | None"]

DEPARTMENT_WORDS = frozenset(
    """support service services sales operations ops marketing finance accounting procurement purchasing
    logistics legal compliance engineering research security hr it technology facilities maintenance quality
    administration communications claims billing payroll risk treasury""".split()  # noqa: SIM905
)
"""Last words of a title's modifier that name a department ("Member Support", "Customer Service", "IT")."""

_DEPT_NOUNS = GROUP_NOUNS | {"section"}  # "I work in the engineering section"
_SITE_NOUNS = SITE_NOUNS
_GROUP_OR_SITE = frozenset({"studio"})
"""Site nouns that also name a group: a site after a place's name, else a group."""
_PLACED_SITES = _SITE_NOUNS | _GROUP_OR_SITE | {"shop"}
"""Nouns for a site whose town may follow it ("our shop in Abergavenny", "the studio in Berlin")."""
_HQ = frozenset({"headquarters", "hq"})
_INSIDE_SITE = frozenset({"building", "floor", "room", "wing", "level", "desk", "bay", "block"})
_SENIORITY = frozenset(
    {"senior", "junior", "lead", "chief", "principal", "head", "assistant", "associate", "deputy", "staff", "acting"}
)
_KEEP_ADJ = _SENIORITY | {"executive", "general", "technical", "regional", "national", "global", "medical", "legal"}
_CLASSIFYING = re.compile(r"[a-z]{3,}(?:ical|ional|ial|ic|ary|ory|al)")
"""A relational adjective, made from a noun, says what kind of job ("biomedical scientist",
"occupational therapist", "dental nurse", "veterinary surgeon") and belongs to the title; an
evaluative one ("an inspiring writer") does not. English forms relational adjectives with these
suffixes (Huddleston and Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 19);
:data:`_EVALUATIVE` holds the common evaluative words that share them."""
_EVALUATIVE = frozenset(
    """exceptional phenomenal brutal typical cynical practical fantastic terrific enthusiastic energetic dramatic
    chaotic heroic classic epic legendary extraordinary ordinary original natural loyal magical logical radical
    ideal formal casual normal usual actual real proud arrogant great good excellent brilliant experienced proper
    big little young old happy busy lucky keen hard""".split()  # noqa: SIM905
)
_NOT_NAMES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_MODALS = frozenset(
    {"will", "would", "could", "might", "may", "should", "shall", "can", "must", "'d", "'ll", "wo", "ca"}
)
_CONDITIONS = frozenset({"if", "unless", "whether", "once", "until", "before", "when", "whenever"})
_NONFACTIVE = frozenset({"wish", "hope", "want", "imagine", "doubt", "wonder", "dream", "pretend", "suppose"})
_QUESTION_START = frozenset(
    {"do", "does", "did", "are", "is", "am", "was", "were", "have", "has", "can", "could", "would", "will", "should"}
)
_POSS_SUBJ_DEPT = frozenset({"team", "department", "dept", "division", "unit"})
_POSS_SUBJ_PLACE = frozenset({"desk", "office", "workplace", "workstation", "seat", "base", "site", "location"})
_POSS_SUBJ_ROLE = frozenset({"role", "title", "position", "job"})
_POSS_SUBJ_JOB = frozenset({"contract", "post", "employment"})
GRADE_WORDS = frozenset({"grade", "band", "level", "scale", "tier", "step"})
"""Nouns that key a pay grade ("grade K2", "band 3", "level 5")."""
GRADE_CODE = re.compile(r"(?:[A-Z]{1,3}-?\d{1,2}[A-Za-z]?|\d{1,2}[A-Za-z]?|[A-Z]{1,2})")
"""A pay grade's code: "K2", "C-3", "4", "B" (:func:`grade_name`)."""
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis"})
_NEUTRAL_ADJ = frozenset({"new", "current", "only", "sole", "permanent", "full", "official"})
_STOP_NAMES = frozenset({"it", "that", "this", "home", "there", "here", "them", "me", "you"})
_NOT_PEOPLE = frozenset(
    {
        "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "people", "staff",
        "management", "team", "sales", "marketing", "finance", "operations", "hr", "it", "everything", "nothing",
    }
)  # fmt: skip
_NOT_TITLES = frozenset(
    """member part fan newbie beginner newcomer person guy girl lady man woman one bit lot regular local parent
    mum dad mother father believer supporter friend volunteer student resident visitor customer employee worker
    staff colleague""".split()  # noqa: SIM905
)
"""Nouns after "I'm a" that say what someone is, not their job, wherever they stand."""
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "&", "at", "to"})

STATE_VERBS = frozenset({"work", "sit", "be", "lead", "manage", "head", "run", "supervise", "oversee", "live"})
"""Verbs of a current state: present or present perfect only."""
CHANGE_VERBS = frozenset(
    {
        "move", "transfer", "switch", "join", "relocate", "rotate", "reassign", "promote", "become", "hire",
        "appoint", "start",
    }
)  # fmt: skip
"""Verbs of a change: done (past or present perfect) only."""
_PREFER_VERBS = frozenset({"prefer", "like", "love", "enjoy"})
_NOT_WORK = frozenset({"buy"})
"""Verbs whose agent noun is a job but which people say of what they do off work ("I buy my
lunch at the Leeds store"): no work done at a site (:meth:`_Rules.works_at`)."""

_TRIGGER = re.compile(
    r"\b(?:grade|band|pay scale|pay group|level|"
    r"team|department|dept|division|unit|practice|function|section|desk|workplace|headquarters|hq|"
    r"(?:" + alternation(SITE_NOUNS) + r"|shop)s?|role|title|position|based|located|stationed|employed|promot\w*|"
    r"live[sd]?\s+in|join(?:s|ed|ing)?|hired|appointed|part of|"
    r"work(?:s|ed|ing)?\s+(?:\w+\s+)?(?:in|at|for|on|with|within|from|as)|"
    r"(?:mov|transferr?|switch|relocat|rotat|reassign)\w*\s+(?:\w+\s+){0,2}?(?:to|into)|"
    r"(?:am|'m|is|are|became|become|been|started as|now)\s+(?:now\s+|currently\s+|still\s+)?(?:a|an|the|in|with|at)|"
    r"(?:am|'m|is|are|became|become|been|as)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(ROLE_HEADS)) + r")|"
    r"I\s+(?:really\s+|also\s+|just\s+)?(?:prefer|like|love|enjoy))\b",
    re.I,
)
_SUBJECT = re.compile(r"\b(?:I|I'm|I've|I'd|my|[A-Z][a-z]+)\b")


def worth_parsing(text: str, known: Callable[[str], list[FoundEntity]] | None = None) -> bool:
    """Cheap prefilter: could ``text`` state a fact? True when it holds a possible subject (a
    first-person word or a capitalised name) and a trigger (a word such as team, office,
    joined or promoted, "work in/at/as", "moved/transferred to", "I'm a/the/in", "I like"), or
    a name ``known`` finds in it (``Extractor.find_known``: "I lead Customer Care"). A few
    microseconds a text."""
    if _SUBJECT.search(text) is None:
        return False
    return _TRIGGER.search(text) is not None or bool(known and known(text))


def grade_name(word: str, code: str) -> str | None:
    """The name of a pay grade from its key word and code: "K2" for ("grade", "k2"), "Band
    3" for ("band", "3") (a bare number keeps its word, so band 3 and level 3 differ); None
    when ``code`` is not a grade code (one to three letters and one or two digits, a number,
    or one or two capital letters)."""
    code = code.strip(" .,;:")
    if not GRADE_CODE.fullmatch(code if code.isdigit() or len(code) > 2 else code.upper()):
        return None
    if code.isdigit():
        return f"{word.strip().title()} {code}"
    return code.upper()


CODED_GRADE = re.compile(r"(?P<prefix>[A-Z]{0,3}-?)(?P<n>\d{1,2})")
"""A grade code as its letters and number: "NP5" ("NP", 5), "4" ("", 4)."""
_RANGE_TO = re.compile(
    r"\s*(?:-|–|to|through|until)\s*(?:(?i:grade|band|level)\s+)?(?P<code>" + GRADE_CODE.pattern + r")\b"
)
_RANGE_OPEN = re.compile(r"\s+(?:and|or)\s+(?P<dir>above|over|higher|upwards|below|under|lower)\b", re.I)
MAX_GRADE_SPAN = 20
"""The most a range's last number may exceed its first ("1 to 21" at most); a longer one is read as no range."""


def grade_codes(value: str, numbers: Mapping[str, Collection[int]] | None = None) -> list[str] | None:
    """The grade codes a cell or phrase names: a range ("NP1 to NP3", "L3 to L7", "7 and
    above": :func:`grade_range`) or a list ("NP7 and NP8", "4, 5 or 6", "L1 and L2"); None for
    anything else.

    Args:
        value: the text, which may open with its key word ("Levels 1–3").
        numbers: the grade numbers a document names, by code prefix, which bound an open range.
    """
    value = re.sub(r"^(?i:grades?|bands?|levels?)\s+", "", value.strip())
    first = re.match(GRADE_CODE.pattern, value)
    if first is None:
        return None
    if (ranged := grade_range(first.group(), value[first.end() :], numbers)) is not None:
        return ranged
    codes = [c.strip() for c in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", value)]
    if len(codes) > 1 and all(GRADE_CODE.fullmatch(c) for c in codes):
        return codes
    return None


def grade_range(code: str, after: str, numbers: Mapping[str, Collection[int]] | None = None) -> list[str] | None:
    """The codes of a range of grades that starts with ``code`` and goes on in ``after``: "1
    to 5", "6-10", "E1 to E3" (same prefix), "7 and above" / "6 or above" (up to the highest
    grade of that prefix in ``numbers``), "4 and below" (from its lowest); None when ``after``
    opens no range or the range is longer than :data:`MAX_GRADE_SPAN`."""
    lo = CODED_GRADE.fullmatch(code)
    if lo is None:
        return None
    prefix, start = lo.group("prefix"), int(lo.group("n"))
    if (r := _RANGE_TO.match(after)) is not None:
        hi = CODED_GRADE.fullmatch(r.group("code"))
        if hi is None or hi.group("prefix") != prefix:
            return None
        end = int(hi.group("n"))
    elif (r := _RANGE_OPEN.match(after)) is not None:
        known = (numbers or {}).get(prefix, set())
        if r.group("dir").lower() in ("above", "over", "higher", "upwards"):
            end = max(known, default=start)
        else:
            start, end = min(known, default=start), start
    else:
        return None
    if not 0 <= end - start <= MAX_GRADE_SPAN:
        return None
    return [f"{prefix}{n}" for n in range(start, end + 1)]


def doc_facts(doc: Any, known: Known, listed: Known | None = None) -> list[Fact]:
    """Facts stated in a parsed spaCy ``Doc`` (tagger, parser and lemmatizer run; NER
    optional). ``known(name)`` returns the graph's entity of that name (any case, plural
    folded) or None; ``listed(title)`` the department a document lists the job title in
    (:meth:`memgraph.extraction.extract.Extractor.listed_group`), or None. Returns facts in
    text order, without duplicates; never raises on odd text."""
    rules = _Rules(known, listed)
    for sent in doc.sents:
        if _is_question(sent):
            continue
        for tok in sent:
            rules.clause(tok)
    return rules.facts


# -- clauses ---------------------------------------------------------------------------------------


def _is_question(sent: Any) -> bool:
    text = sent.text.strip()
    if text.endswith("?"):
        return True
    words = [t for t in sent if not t.is_punct]
    return bool(
        len(words) > 1 and words[0].lower_ in _QUESTION_START and words[1].pos_ in ("PRON", "PROPN", "DET", "NOUN")
    )


def _own_tokens(verb: Any) -> list[Any]:
    """The tokens of ``verb``'s clause: its subtree less the clauses under it (conjoined or
    subordinate verbs and their words)."""
    out = [verb]
    stack = list(verb.children)
    while stack:
        tok = stack.pop()
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") and tok.lower_ not in GRADE_WORDS:
            continue  # "promoted to band 3": the tagger may read "band" as a verb
        out.append(tok)
        stack.extend(tok.children)
    return out


def _negated(verb: Any) -> bool:
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "neg" or low in ("never", "anymore", "nt", "n't"):
            return True
        if low in ("longer", "more") and any(g.lower_ in ("no", "any") for g in c.children):
            return True
        if c.dep_ in ("advmod", "npadvmod") and low == "no":
            return True
    return False


def _clause_head(verb: Any) -> Any:
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def _asserted(verb: Any, *, change: bool) -> bool:
    """True when the clause of ``verb`` asserts a current state (or a change already made)."""
    head = _clause_head(verb)
    for v in {verb, head}:
        if _negated(v):
            return False
        for c in v.children:
            if c.dep_ == "mark" and c.lower_ in _CONDITIONS:
                return False
            if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
                return False
    if head.dep_ not in _CLAUSE_DEPS:
        return False
    if head.dep_ in ("ccomp", "parataxis"):
        gov = head.head
        if (
            gov.lemma_.lower() in _NONFACTIVE
            or _negated(gov)
            or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in gov.children)
        ):
            return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("going", "gon") for a in auxes):
        return False
    if change:
        if verb.tag_ == "VBD":
            return True
        if verb.tag_ == "VBN":
            return any(a.lemma_ in ("have", "be", "get") for a in auxes)
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return False
    return verb.tag_ in ("VBP", "VBZ", "VBG", "VBN", "VB") and not (verb.tag_ == "VBN" and not auxes)


def _person(tok: Any) -> str | None:
    """SELF for "I", a person's name for a proper noun, else None."""
    if tok.lower_ == "i":
        return SELF
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.text.isupper():
        return None
    if tok.ent_type_ not in ("", "PERSON", "GPE", "NORP") or tok.lower_ in _NOT_PEOPLE:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "prep") for c in tok.children):
        return None
    parts = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, tok])


def _subject(verb: Any) -> str | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if any(g.dep_ == "conj" for g in c.children) or c.dep_ == "conj":
                return None
            return _person(c)
    if verb.dep_ == "conj" and verb.head is not verb:
        return _subject(verb.head)
    return None


def _pobjs(prep: Any) -> Iterable[Any]:
    """Objects of a preposition ("out of the Dublin office": through the inner "of")."""
    for c in prep.children:
        if c.dep_ == "pobj":
            yield c
        elif c.dep_ == "prep":
            yield from _pobjs(c)


def _preps(verb: Any) -> Iterable[tuple[str, Any]]:
    """(preposition, object) pairs of a verb, also through a particle ("moved over to")."""
    for c in verb.children:
        if c.dep_ == "prep":
            for o in _pobjs(c):
                yield c.lower_, o
        elif c.dep_ in ("advmod", "prt") and c.lower_ in ("over", "back", "across", "now", "currently"):
            for g in c.children:
                if g.dep_ == "prep":
                    for o in _pobjs(g):
                        yield g.lower_, o


# -- names -----------------------------------------------------------------------------------------


_PLACE_POSSESSIVE = re.compile(r"['’]s")


def _span(head: Any) -> list[Any]:
    """The head noun with its name modifiers: compounds, adjectives and numbers to the left
    (no determiners, possessives or punctuation), proper nouns, numbers and adjectives joined
    to the right ("Building 3", "Accounts Payable"), and "&" / "and" conjuncts of a
    capitalised name on either side ("Research & Development", "the Data & AI practice")."""
    doc = head.doc
    j = head.i
    while j - 1 >= head.left_edge.i:
        t = doc[j - 1]
        if t.text in ("&", "and") and t.head.i == j - 2 and doc[j - 2].text[:1].isupper() and doc[j].text[:1].isupper():
            j -= 1  # "the Data & AI practice": the name's first conjunct to the left
            continue
        if _PLACE_POSSESSIVE.fullmatch(t.text) and j - 2 >= head.left_edge.i and is_place(doc[j - 2 : j + 1].text):
            j -= 2  # "the Cox's Bazar office", "the King's Lynn depot": the possessive is the place's name
            continue
        if t.dep_ in ("det", "poss", "predet", "case", "prep", "punct", "cc", "advmod", "neg") and t.text != "-":
            break
        if t.pos_ in ("DET", "PRON", "ADP", "SCONJ", "VERB", "AUX"):
            break
        j -= 1
    k = head.i
    while k + 1 <= head.right_edge.i:
        t = doc[k + 1]
        if (
            t.dep_ in ("nummod", "flat", "compound", "amod")
            and t.head.i in range(j, k + 1)
            and (t.text[:1].isupper() or t.like_num)
        ):
            k += 1
        elif t.text in ("&", "and") and k + 2 <= head.right_edge.i and doc[k + 2].dep_ == "conj":
            nxt = doc[k + 2]
            if not (doc[head.i].text[:1].isupper() and nxt.text[:1].isupper()):
                break
            k += 2
        else:
            break
    return list(doc[j : k + 1])


def _text(toks: list[Any]) -> str:
    if not toks:
        return ""
    doc = toks[0].doc
    return doc[toks[0].i : toks[-1].i + 1].text


_FUNCTION_ENDINGS = ("ions", "ment", "ance", "ics", "ogy", "ing", "ships")


def _names_function(toks: list[Any]) -> bool:
    """Whether the words before "office" name a function, not a place: no place the gazetteer
    or the model knows, and a last word that is a department word or ends like the name of an
    activity ("Admissions", "Procurement", "Accounting", "Logistics")."""
    last = toks[-1].lower_
    if is_place(_text(toks)) or any(t.ent_type_ in _PLACES for t in toks):
        return False
    return last in DEPARTMENT_WORDS or last.endswith(_FUNCTION_ENDINGS)


def _capitalised(toks: list[Any]) -> bool:
    words = [t for t in toks if t.lower_ not in _SMALL_WORDS]
    return bool(words) and all(t.text[:1].isupper() or t.like_num for t in words)


def _strip_adjectives(toks: list[Any], keep: frozenset[str] = frozenset(), *, classifying: bool = False) -> list[Any]:
    """Drop leading lowercase adjectives ("new", "great") unless kept, or, with
    ``classifying``, unless relational (:data:`_CLASSIFYING`: "biomedical")."""
    i = 0
    while i < len(toks) - 1 and toks[i].pos_ == "ADJ" and toks[i].text.islower() and toks[i].lower_ not in keep:
        word = toks[i].lower_
        if classifying and word not in _EVALUATIVE and word not in _NEUTRAL_ADJ:
            if _CLASSIFYING.fullmatch(word):
                break
            if i + 2 < len(toks) and toks[i + 1].pos_ == "NOUN" and toks[i + 1].dep_ == "compound":
                break  # "front office manager": the adjective qualifies the noun after it, not the person
        i += 1
    return toks[i:]


def _site_place(tok: Any) -> str | None:
    """The name ``tok`` heads when it is the place of an unnamed site just before it: "our shop
    in Abergavenny", "the depot at Saltrigg" (a site noun, no name of its own, then "in" or "at"
    and a capitalised proper name that is no date). None otherwise."""
    doc = tok.doc
    toks = _span(tok)
    first = toks[0].i
    if tok.pos_ != "PROPN" or first < 2 or not _capitalised(toks) or tok.lemma_.lower() in _INSIDE_SITE:
        return None
    prep, site = doc[first - 1], doc[first - 2]
    if prep.lower_ not in ("in", "at") or site.pos_ != "NOUN" or site.lemma_.lower() not in _PLACED_SITES:
        return None
    if any(t.text[:1].isupper() for t in _span(site) if t.i < site.i):
        return None  # "the Stroud shop in Gloucestershire": the site has its own name
    if any(t.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") for t in toks):
        return None
    return _text(toks)


def _entity_at(tok: Any) -> Any:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _title(text: str) -> str:
    """Role title case: "Member Support agent" -> "Member Support Agent", "IT" kept."""
    words = text.split()
    return " ".join(
        w if (w.isupper() and len(w) > 1) or (w.lower() in _SMALL_WORDS and i > 0) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


_ACRONYM_ROLE = re.compile(r"[A-Z]{2,5}s?")
"""A job said as an acronym ("SRE", "PM", "QA"): read as a role after "a"/"an"."""


class _Rules:
    def __init__(self, known: Known, listed: Known | None = None) -> None:
        self.known = known
        self.listed = listed
        self.facts: list[Fact] = []
        self._seen: set[tuple[str, RelType, str]] = set()

    def add(self, subject: str, rel: RelType, ent: FoundEntity | None) -> None:
        if ent is None or not ent.name or len(ent.name) > 60:
            return
        key = (subject, rel, entity_key(ent.name))
        if key not in self._seen:
            self._seen.add(key)
            self.facts.append(Fact(subject, rel, ent.name, ent.type))

    # -- linking ----------------------------------------------------------------------------------
    def link(self, name: str, etype: EntityType) -> FoundEntity | None:
        """The known entity of this name if its type fits, else a new one (None: a known name
        of another type, e.g. a role where a department was expected)."""
        if not name.strip() or (name.islower() and entity_key(name) in _STOP_NAMES):
            return None
        name = normalise_name(name)
        if not name:
            return None
        found = self.known(name)
        if found is None:
            return FoundEntity(name, etype)
        if found.type == etype or (etype == EntityType.DEPARTMENT and found.type == EntityType.ORGANIZATION):
            return found
        return None

    def _unit_of(self, head: Any, lemma: str) -> tuple[RelType, FoundEntity] | None:
        """An organisational unit named "<unit noun> of <Name>" ("the School of Medicine", "the
        Faculty of Arts", "the Department of History"), a department by its whole name, not the
        bare noun ("WORKS_IN Faculty") nor a site ("school" is a site noun); None for any other
        object."""
        if lemma not in UNIT_NOUNS or not head.text[:1].isupper():
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in _pobjs(prep):
                    otoks = _span(obj)
                    if _capitalised(otoks) and not (_entity_at(obj) and _entity_at(obj).label_ in _PLACES):
                        # "of Health and Social Care": the name's conjuncts too
                        more = [_span(c) for c in obj.children if c.dep_ == "conj"]
                        also = "".join(f" and {_text(c)}" for c in more if _capitalised(c) and c[0].i > otoks[-1].i)
                        name = f"{head.text} of {_text(otoks)}{also}"
                        known = self.known(normalise_name(name))
                        if known is not None and known.type == EntityType.LOCATION:
                            return RelType.LOCATED_IN, known
                        dept = known if known is not None else self.link(name, EntityType.DEPARTMENT)
                        return (RelType.WORKS_IN, dept) if dept is not None else None
        return None

    def place_or_group(
        self, head: Any, *, bare: bool = False, gpe: bool = True, sites: bool = True, groups: bool = True
    ) -> tuple[RelType, FoundEntity] | None:
        """What an object names: a department (the X team; with ``bare``, a capitalised name),
        a site (the X office; with ``gpe``, a city or country), or a known name of either."""
        if _site_place(head) is not None:
            return None  # "our shop in Abergavenny": the site's town, read by site_places
        lemma = head.lower_ if head.pos_ == "PROPN" else head.lemma_.lower()
        toks = _span(head)
        mods = [t for t in toks if t.i < head.i]
        name = _text(toks)
        if groups and (unit := self._unit_of(head, lemma)) is not None:
            return unit
        found = self.known(normalise_name(name)) if name else None
        if found is not None:
            if found.type in (EntityType.DEPARTMENT, EntityType.ORGANIZATION) and groups:
                return RelType.WORKS_IN, found
            if found.type == EntityType.LOCATION and (sites or gpe):
                return RelType.LOCATED_IN, found
            return None
        if lemma in _DEPT_NOUNS:
            if not groups or any(c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in head.children):
                return None
            mods = _strip_adjectives(mods)
            if not mods or (len(mods) == 1 and mods[0].pos_ == "ADJ" and mods[0].text.islower()):
                return None
            ent = self.link(_text(mods), EntityType.DEPARTMENT)
            return (RelType.WORKS_IN, ent) if ent else None
        if lemma in _INSIDE_SITE:
            return None
        if lemma in _GROUP_OR_SITE and groups:
            words = _text([t for t in _strip_adjectives(mods) if t.ent_type_ not in ("DATE", "TIME", "ORDINAL")])
            if words and not is_place(words) and not any(t.ent_type_ in _PLACES for t in mods):
                # "the Design Studio" is a group; "the Helsinki studio" a site (below)
                dept = self.link(_text(toks), EntityType.DEPARTMENT)
                return (RelType.WORKS_IN, dept) if dept else None
        if lemma in _SITE_NOUNS or lemma in _HQ:
            if not sites:
                return None
            mods = [t for t in _strip_adjectives(mods) if t.ent_type_ not in ("DATE", "TIME", "ORDINAL")]
            if len(mods) == 1 and mods[0].lower_ == "head":
                # "at head office": the site's name is both words, not "Head"
                ent = self.link(f"Head {head.text.lower()}".capitalize(), EntityType.LOCATION)
            elif mods and all(t.text.islower() for t in mods) and not is_place(_text(mods)):
                return None  # "the ticket office", "the sales office": a room or a team's, no site
            elif lemma == "office" and mods and groups and _names_function(mods):
                # "the Admissions office", "the Payroll office": a function's office, its department
                dept = self.link(_text(mods), EntityType.DEPARTMENT)
                return (RelType.WORKS_IN, dept) if dept else None
            elif mods:
                # "our Sohar field office", "the Edinburgh head office": the site's name is its
                # capitalised words; lower-case ones after them say what kind of office it is
                while len(mods) > 1 and mods[-1].text.islower() and mods[0].text[:1].isupper():
                    mods = mods[:-1]
                ent = self.link(_text(mods), EntityType.LOCATION)
            elif lemma in _HQ:
                ent = self.link("Headquarters", EntityType.LOCATION)
            else:
                return None
            return (RelType.LOCATED_IN, ent) if ent else None
        ent = _entity_at(head)
        if not groups and gpe and is_place(name) and (ent is None or ent.label_ not in _PLACES):
            # Only a place fits here, and the gazetteer holds this one ("lives in Lyon", which
            # spaCy's small model may call an organisation).
            place = self.link(name, EntityType.LOCATION)
            return (RelType.LOCATED_IN, place) if place else None
        if ent is not None and ent.label_ in _PLACES and not is_place(ent.text) and bare and groups:
            # spaCy's small model calls many unknown names places ("I work in Lending"): one
            # the gazetteer does not hold is read as a department below.
            ent = None
        if ent is not None and ent.label_ in _PLACES:
            if not gpe:
                return None
            place = self.link(ent.text, EntityType.LOCATION)
            return (RelType.LOCATED_IN, place) if place else None
        if ent is not None and ent.label_ in _NOT_NAMES | {"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"}:
            return None
        if head.pos_ != "PRON" and is_area(name):
            # a business region, continent or country ("I'm a data engineer in APAC"), whatever
            # the model calls it: no team is named so; where only a site fits ("I'm in Germany"
            # may be a trip), a company's region only
            if not (gpe or is_business_region(name)):
                return None
            place = self.link(name, EntityType.LOCATION)
            return (RelType.LOCATED_IN, place) if place else None
        if bare and groups and _capitalised(toks) and head.pos_ in ("PROPN", "NOUN"):
            dept = self.link(name, EntityType.DEPARTMENT)
            return (RelType.WORKS_IN, dept) if dept else None
        if bare and groups and len(toks) == 1 and head.lower_ in DEPARTMENT_WORDS and head.pos_ in ("PROPN", "NOUN"):
            # "I work in payroll", "I'm in finance": a function's own word, in any case
            dept = self.link(head.text.title() if head.text.islower() else head.text, EntityType.DEPARTMENT)
            return (RelType.WORKS_IN, dept) if dept else None
        return None

    def role(self, head: Any, *, any_title: bool = False) -> list[tuple[RelType, FoundEntity]]:
        """A job title (HAS_ROLE) and the department it names, if any (WORKS_IN)."""
        full = [t for t in _span(head) if t.i <= head.i]
        toks = _strip_adjectives(full, _KEEP_ADJ, classifying=True)
        whole = self.known(normalise_name(_text(full))) if len(toks) < len(full) else None
        if whole is not None and whole.type == EntityType.ROLE:
            toks = full  # a known title whose first word the tagger took for an adjective ("laundry")
        dropped = {t.lower_ for t in full[: len(full) - len(toks)]}
        if dropped - _NEUTRAL_ADJ or any(c.lower_ in ("no", "such", "former", "ex") for c in head.children):
            return []  # "an inspiring writer", "no writer", "the former head": no current title
        # "a grade E2 fitter", "a band 5 nurse": the grade is no part of the title
        while len(toks) > 2 and toks[0].lower_ in GRADE_WORDS and toks[1].i == toks[0].i + 1:
            toks = toks[2:]
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if (
            head.lower_ not in ROLE_HEADS
            and nxt is not None
            and nxt.lower_ in ROLE_HEADS
            and nxt.head in (head, head.head)
            and nxt.dep_ in ("ccomp", "dobj", "npadvmod", "appos", "compound", "nsubj")
        ):
            toks, head = [*toks, nxt], nxt  # "became a team lead" parsed as "team" + "lead"
        base = _text(toks)
        out: list[tuple[RelType, FoundEntity]] = []
        # spaCy's small model takes many title-case job titles for people ("a Charge Nurse")
        titled = head.ent_type_ == "PERSON" and head.lower_ in ROLE_HEADS
        # "an SRE", "a PM": an acronym after "a"/"an" is a job (an organisation takes no article)
        acronym = _ACRONYM_ROLE.fullmatch(head.text) is not None and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
        )
        if not base or head.pos_ == "PRON" or (head.ent_type_ in _NOT_NAMES and not titled and not acronym):
            return out
        known = self.known(normalise_name(base))
        is_role = head.lower_ in ROLE_HEADS or acronym or (known is not None and known.type == EntityType.ROLE)
        if not is_role and not (any_title and _capitalised(toks)) and not self._situated(head, full):
            return out
        title = _title(base)
        for c in head.children:
            if c.dep_ != "prep":
                continue
            for obj in _pobjs(c):
                if c.lower_ == "of":
                    otoks = _span(obj)
                    long = f"{title} of {_text(otoks)}"
                    lk = self.known(long)
                    if lk is not None and lk.type == EntityType.ROLE:
                        title = lk.name
                    elif not _capitalised(otoks) or (_entity_at(obj) and _entity_at(obj).label_ in _PLACES):
                        return []  # "an agent of change", "the mayor of Paris"
                    elif len(toks) == 1:
                        title = _title(long)  # "Head of Marketing": a bare "Head" says little
                    dept = self.link(_text(otoks), EntityType.DEPARTMENT)
                    if dept is not None:
                        out.append((RelType.WORKS_IN, dept))
                elif c.lower_ in ("in", "within", "at", "for", "with", "on"):
                    # "on the Payments team", "on the Hillcrest campus"; not "on a city" ("on Paris"),
                    # and "a driver for Northfield", "an engineer with Arup" name an employer, as
                    # "I work for X" does: a bare place name after "for" or "with" is no site
                    got = self.place_or_group(
                        obj, bare=c.lower_ in ("in", "within"), gpe=c.lower_ not in ("on", "for", "with")
                    )
                    if got is not None:
                        out.append(got)
        found = self.known(title)
        role = found if found is not None and found.type == EntityType.ROLE else self.link(title, EntityType.ROLE)
        if role is None:
            return []
        # A title whose words name a department: "Member Support agent", "IT technician"; unless
        # the knowledge base lists the title in another group ("support staff: ..., such as
        # teaching assistants": not "Teaching").
        words = [t for t in toks[:-1] if t.lower_ not in _SENIORITY]
        if words and not any(r == RelType.WORKS_IN for r, _ in out):
            mod = _text(words)
            k = self.known(normalise_name(mod))
            if (k is not None and k.type == EntityType.DEPARTMENT) or (
                k is None and words[-1].lower_ in DEPARTMENT_WORDS and _capitalised(words)
            ):
                dept = self.link(mod, EntityType.DEPARTMENT)
                listed = self.listed(role.name) if self.listed is not None else None
                if dept is not None:
                    out.append((RelType.WORKS_IN, listed or dept))
        return [(RelType.HAS_ROLE, role), *out]

    def _situated(self, head: Any, phrase: list[Any]) -> bool:
        """Whether a noun after "I'm a" is a job by where it stands, though no job noun ends it:
        it is graded ("a band 7 physio") or placed in a team or a site ("a reader in the History
        department", "a grinder in finishing at the Ostrovec plant"). A word that says what
        someone is besides a job ("a member", "a fan", "a newbie") never is."""
        if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and not head.ent_type_):
            return False
        if head.lemma_.lower() in _NOT_TITLES or head.lower_ in GRADE_WORDS or len(head.text) < 3:
            return False  # (", band 6" after "I am a scientist ...": a grade, no title)
        if any(t.lower_ in GRADE_WORDS for t in phrase):
            return True
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "within", "at", "on"):
                for obj in _pobjs(c):
                    if self.place_or_group(obj, bare=c.lower_ in ("in", "within"), gpe=c.lower_ == "at") is not None:
                        return True
        return False

    # -- clauses ----------------------------------------------------------------------------------
    def clause(self, verb: Any) -> None:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            return
        if (lemma in ("base", "locate", "station", "employ") and verb.tag_ == "VBN") or (
            lemma == "work" and verb.tag_ == "VBG" and verb.dep_ == "acl"
        ):  # (and "I'm a designer working out of our Berlin office": its place only)
            self.based(verb)
            if lemma == "employ" and (subject := _subject(verb)) is not None and _asserted(verb, change=False):
                for prep, obj in _preps(verb):  # "I'm employed as a nurse"
                    if prep == "as":
                        for rel, ent in self.role(obj, any_title=True):
                            self.add(subject, rel, ent)
            return
        if lemma not in STATE_VERBS and lemma not in CHANGE_VERBS and lemma not in _PREFER_VERBS:
            self.works_at(verb)
            return
        if not _asserted(verb, change=lemma in CHANGE_VERBS):
            return
        if lemma == "be" and self.possessed(verb):
            return
        subject = _subject(verb)
        if subject is None:
            return
        got: list[tuple[RelType, FoundEntity | None] | None] = []
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if any(c.dep_ == "prt" and c.lower_ in ("out", "up", "off", "around") for c in verb.children):
            return  # "work out", "move up", "switch off"
        if lemma in ("work", "sit"):
            for prep, obj in _preps(verb):
                if prep in ("in", "within", "inside"):
                    got.append(self.place_or_group(obj, bare=lemma == "work"))
                elif prep in ("on", "for", "with"):
                    got.append(self.place_or_group(obj, gpe=False, sites=prep != "on"))
                elif prep in ("at", "from", "out"):  # "working out of the Chicago office"
                    got.append(self.place_or_group(obj))
                elif prep == "as" and lemma == "work":
                    got.extend(self.role(obj))
        elif lemma == "be":
            for c in verb.children:
                if c.dep_ == "attr":
                    if c.lemma_.lower() in ("part", "member") and c.pos_ == "NOUN":
                        for prep, obj in _preps(c):
                            if prep == "of":
                                got.append(self.place_or_group(obj, bare=True, gpe=False, sites=False))
                                # "part of the Operations team in the Southern region"
                                for inner, place in _preps(obj):
                                    if inner in ("in", "at"):
                                        got.append(self.place_or_group(place, groups=False))
                    else:
                        got.extend(self.role(c))
            for prep, obj in _preps(verb):
                if prep in ("in", "within"):
                    got.append(self.place_or_group(obj, bare=True, gpe=False))
                elif prep == "with":
                    got.append(self.place_or_group(obj, gpe=False, sites=False))
                elif prep in ("at", "on"):  # "at the Porto site", "on the Hillcrest campus"
                    got.append(self.place_or_group(obj, gpe=False))
        elif lemma in ("lead", "manage", "head", "run", "supervise", "oversee"):
            if dobj is not None:
                got.append(self.place_or_group(dobj, gpe=False))
        elif lemma == "join":
            if dobj is not None:
                got.append(self.place_or_group(dobj, gpe=False))
            for prep, obj in _preps(verb):
                if prep == "as":
                    got.extend(self.role(obj, any_title=True))
                elif prep == "at":  # "I joined at the Hull depot"
                    got.append(self.place_or_group(obj, groups=False))
        elif lemma in ("move", "transfer", "switch", "relocate", "rotate", "reassign"):
            if dobj is not None and not any(c.dep_ == "auxpass" for c in verb.children):
                return  # "I moved the meeting to Tuesday"
            for prep, obj in _preps(verb):
                if prep in ("to", "into"):
                    if lemma == "relocate":
                        got.append(self.place_or_group(obj, groups=False))
                    elif lemma == "switch":
                        got.append(self.place_or_group(obj, gpe=False))
                    else:
                        got.append(self.place_or_group(obj, bare=True))
        elif lemma in ("promote", "appoint", "hire", "start"):
            for prep, obj in _preps(verb):
                if prep in ("to", "as") and (prep == "as" or lemma != "start"):
                    got.extend(self.role(obj, any_title=lemma != "start"))
                elif prep == "at" and lemma in ("start", "hire"):  # "I started at the Leeds depot"
                    got.append(self.place_or_group(obj, groups=False))
            if lemma == "promote":
                for c in verb.children:
                    if c.dep_ in ("oprd", "attr"):
                        got.extend(self.role(c, any_title=True))
                    elif c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) and not got:
                        # "promoted to team lead", parsed as a verb "to lead"
                        words = [t for t in c.subtree if t.dep_ != "aux" and not t.is_punct]
                        if words and words[-1].lower_ in ROLE_HEADS and len(words) <= 4:
                            got.append((RelType.HAS_ROLE, self.link(_title(_text(words)), EntityType.ROLE)))
        elif lemma == "become":
            for c in verb.children:
                if c.dep_ in ("attr", "oprd", "acomp"):
                    got.extend(self.role(c, any_title=True))
        elif lemma in _PREFER_VERBS and subject == SELF:
            self.prefers(verb, dobj)
            return
        elif lemma == "live":
            # "I live in Spain": a city or country (where the speaker's country rules apply)
            for prep, obj in _preps(verb):
                if prep == "in":
                    got.append(self.place_or_group(obj, groups=False, sites=False))
        if lemma in ("work", "sit", "be"):
            for prep, obj in _preps(verb):
                for inner, place in _preps(obj):
                    if prep in ("in", "on", "for", "with") and inner in ("in", "at"):
                        got.append(self.place_or_group(place, groups=False))
                # "in the Branch Network, Western region": a site or region in apposition
                for appos in (c for c in obj.children if c.dep_ == "appos"):
                    if prep in ("in", "on", "for", "with", "at"):
                        got.append(self.place_or_group(appos, groups=False))
        if lemma != "sit":  # "I sit on level 3" is a floor
            got.extend((RelType.HAS_GRADE, g) for g in self.grades(_own_tokens(verb)))
        got.extend(self.site_places(verb))
        for item in got:
            if item is not None and item[1] is not None:
                self.add(subject, item[0], item[1])

    def site_places(self, verb: Any) -> list[tuple[RelType, FoundEntity]]:
        """The towns of unnamed sites in ``verb``'s clause: "our shop in Abergavenny", "the
        depot at Saltrigg" (LOCATED_IN the town, whether or not the gazetteer holds it: after a
        site noun, "in" or "at" and a capitalised name can only be the site's place)."""
        out = []
        for tok in _own_tokens(verb):
            site = _site_place(tok)
            if site is not None and (place := self.link(site, EntityType.LOCATION)) is not None:
                out.append((RelType.LOCATED_IN, place))
        return out

    def grades(self, toks: Iterable[Any]) -> list[FoundEntity]:
        """Pay grades named in a clause's own tokens: a grade word and the code after it
        ("on grade K2", "a grade K4 employee", "promoted to band 3")."""
        toks = sorted(toks, key=lambda t: t.i)
        out = []
        for a, b in itertools.pairwise(toks):
            # "pay group E4": a group is a grade only after "pay"
            pay_group = a.lower_ == "group" and a.i > 0 and a.doc[a.i - 1].lower_ == "pay"
            word = a.lower_ in GRADE_WORDS or pay_group
            name = grade_name(a.lower_, b.text) if word and b.i == a.i + 1 else None
            if name is not None and (ent := self.link(name, EntityType.GRADE)) is not None:
                out.append(ent)
        return out

    def possessed(self, verb: Any) -> bool:
        """ "My team is X", "Alex's desk is at the Antwerp site", "my role is X". True when the
        clause had a possessed subject (handled, with or without a fact)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return False
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None:
            return False
        who = SELF if owner.lower_ == "my" else _person(owner)
        noun = subj.lemma_.lower()
        if who is None:
            return True
        attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
        if noun in _POSS_SUBJ_DEPT:
            for a in attrs:
                got = self.place_or_group(a, bare=True, gpe=False, sites=False)
                if got:
                    self.add(who, *got)
        elif noun in _POSS_SUBJ_PLACE:
            for a in attrs:
                got = self.place_or_group(a, groups=False)
                toks = _span(a)
                if (
                    not got
                    and a.pos_ == "PROPN"
                    and _capitalised(toks)
                    and not any(t.lower_ in _INSIDE_SITE for t in toks)
                    and (ent := self.link(_text(toks), EntityType.LOCATION))
                ):
                    got = (RelType.LOCATED_IN, ent)  # "my home site is Gullet Point": the noun says it is a site
                if got:
                    self.add(who, *got)
            for prep, obj in _preps(verb):
                if prep in ("in", "at", "on"):
                    got = self.place_or_group(obj, groups=False)
                    if got:
                        self.add(who, *got)
        elif noun in GRADE_WORDS:
            for a in attrs:
                if (name := grade_name(noun, a.text)) is not None and (ent := self.link(name, EntityType.GRADE)):
                    self.add(who, RelType.HAS_GRADE, ent)
        elif noun in _POSS_SUBJ_ROLE:
            for a in attrs:
                for rel, ent in self.role(a, any_title=True):
                    self.add(who, rel, ent)
        if noun in _POSS_SUBJ_ROLE | _POSS_SUBJ_JOB:
            # "My contract is with the Kraków office", "my post is at the Stanmoor campus":
            # a site by its site noun or a known location only
            for prep, obj in _preps(verb):
                if prep in ("with", "at", "in") and (got := self.place_or_group(obj, gpe=False, groups=False)):
                    self.add(who, *got)
        return True

    def works_at(self, verb: Any) -> None:
        """ "I drive the linkspan at the Kelvoe terminal", "I drive a bin lorry out of Marsh Lane
        depot": work a job noun names (:func:`~memgraph.extraction.linking.agent_nouns`:
        driver), done in the present tense at a site named with its site noun, is done where the
        speaker works. Not other doings ("I shop at the Leeds store"), a town alone, another
        tense ("I drove to the Leeds depot") or another person."""
        if verb.tag_ != "VBP" or _subject(verb) != SELF or not _asserted(verb, change=False):
            return
        if verb.lemma_.lower() in _NOT_WORK or not agent_nouns(verb.lemma_.lower()) & ROLE_HEADS:
            return
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # (the site may hang off what is done: "I drive [a forklift at the Leeds depot]")
        for prep, obj in [*_preps(verb), *(_preps(dobj) if dobj is not None else ())]:
            named = any(t.i < obj.i and t.text[:1].isupper() for t in _span(obj))
            sited = prep in ("at", "out", "from") and obj.lemma_.lower() in _SITE_NOUNS and named
            if sited and (got := self.place_or_group(obj, gpe=False, groups=False)) is not None:
                self.add(SELF, *got)

    def based(self, verb: Any) -> None:
        """ "I'm based in Lisbon", "..., based at headquarters" (the subject of the clause
        the participle hangs on)."""
        gov = verb
        subject = None
        # (after a comma, up through the noun it follows: "I'm a software engineer on the product
        # team, based in Seattle" is the speaker's place; "the team based in Leeds" is the team's)
        aside = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        for _ in range(6):
            subject = _subject(gov) if any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children) else None
            if (
                subject is not None
                or gov.dep_ == "ROOT"
                or gov.head is gov
                or (gov.dep_ in ("pobj", "dobj") and not aside)
            ):
                break
            gov = gov.head
        if subject is None or gov.pos_ not in ("VERB", "AUX") or not _asserted(gov, change=False):
            return
        hangs = ("acl", "advcl", "conj", "prep") if aside else ("acl", "advcl", "conj")
        if gov is not verb and not _asserted(verb, change=False) and verb.dep_ not in hangs:
            return  # ("prep": "I work in Finance, based in the Leeds office", as the parser reads it)
        if any(a.tag_ == "VBD" for a in verb.children if a.dep_ in ("aux", "auxpass")) or _negated(verb):
            return
        for rel, town in self.site_places(verb):
            self.add(subject, rel, town)
        for prep, obj in _preps(verb):
            if prep in ("in", "at", "out", "of", "from"):
                got = self.place_or_group(obj, groups=False)
                if got is None and _capitalised(_span(obj)) and obj.pos_ == "PROPN":
                    ent = _entity_at(obj)
                    place = self.link(_text(_span(obj)), EntityType.LOCATION) if ent is None else None
                    got = (RelType.LOCATED_IN, place) if place else None
                if got is not None:
                    self.add(subject, *got)

    def prefers(self, verb: Any, dobj: Any) -> None:
        """ "I prefer tea", "I love coconut milk", "I enjoy hiking": a noun or a bare gerund
        (with its noun object) the speaker likes; nothing for pronouns, other people's things
        ("your turtles") or objects defined by a clause ("the way ...", "being around ...")."""
        obj = dobj
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "VERB"):
            return
        clauses = ("poss", "relcl", "acl", "ccomp", "xcomp", "appos")
        if any(c.dep_ in clauses and c.lower_ != "my" for c in obj.children):
            return
        if obj.pos_ == "VERB":
            if obj.tag_ != "VBG" or obj.lemma_ in ("be", "have", "get", "go", "do", "make", "see", "watch"):
                return
            inner = [c for c in obj.children if c.dep_ not in ("advmod", "punct", "cc", "conj")]
            if inner and (len(inner) > 1 or inner[0].dep_ != "dobj" or inner[0].pos_ not in ("NOUN", "PROPN")):
                return
            name = " ".join(t.text for t in [obj, *(_span(inner[0]) if inner else [])])
        else:
            name = _text(_span(obj))
        if name and len(name.split()) <= 5:
            self.add(SELF, RelType.PREFERS, FoundEntity(normalise_name(name), EntityType.OTHER))


# -- what people call their own context, for linking ----------------------------------------------

_MEMBER_VERBS = frozenset(
    {"be", "work", "join", "lead", "manage", "head", "run", "cover", "do", "start", "sit", "base", "locate", "station"}
    | {"go", "turn"}
    | CHANGE_VERBS
)
"""Verbs whose object is the speaker's own context ("I do compressed hours", "I joined the
finance team", "I cover the north west"); any other verb's object is what they work on."""
_CONTEXT_PREPS = frozenset({"in", "at", "on", "for", "with", "from", "within", "as", "of", "out", "to", "into"})
_OBJECT_DEPS = frozenset({"attr", "acomp", "oprd", "dobj", "npadvmod"})


def _phrase(head: Any) -> str:
    """A noun (or adjective) phrase as said, up to its head: "a seasonal checkout assistant",
    "part-time"; determiners, possessives and punctuation left out."""
    toks = [t for t in head.subtree if t.i <= head.i and t.left_edge.i >= head.left_edge.i]
    toks = [t for t in toks if t.dep_ not in ("det", "poss", "predet", "punct", "cc", "neg") or t.text == "-"]
    # an adverb in front says how often or how much, not which ("mostly nights")
    while toks and toks[0].dep_ == "advmod" and toks[0].pos_ == "ADV" and toks[0] is not head:
        toks = toks[1:]
    k = head.i  # "Kellbrook General Hospital", "Band 5": name words joined to the right
    while (
        k + 1 < len(head.doc)
        and head.doc[k + 1].head.i == head.i
        and head.doc[k + 1].dep_
        in (
            "nummod",
            "compound",
            "flat",
            "appos",
        )
    ):
        k += 1
        toks.append(head.doc[k])
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def _prep_objects(prep: Any) -> list[Any]:
    """A preposition's objects, with a bare gerund the tagger took for a verb ("moved to
    planning", "in nursing")."""
    bare = [
        c
        for c in prep.children
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and all(g.dep_ in ("prep", "punct") for g in c.children)
    ]
    return [*_pobjs(prep), *bare]


def _phrases_under(head: Any, out: list[tuple[str, str, str]], depth: int = 0) -> None:
    """``head``'s phrase and, one level down, those of its prepositions, appositions and
    conjuncts ("a paralegal in the corporate team", "a porter on the north campus, part of
    estates", "fundraising and campaigns")."""
    if any(c.dep_ == "neg" or c.lower_ in ("not", "no", "former", "ex") for c in head.children):
        return
    if head.pos_ != "PRON":
        out.append(("phrase", _phrase(head), ""))
    if depth > 2:
        return
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in _CONTEXT_PREPS:
            for o in _prep_objects(c):
                _phrases_under(o, out, depth + 1)
        elif c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            _phrases_under(c, out, depth + 1)


_OTHER_PEOPLE = frozenset({"he", "she", "they", "you", "someone", "somebody", "everyone", "everybody", "nobody"})
RELATION_NOUNS = frozenset(
    """partner wife husband spouse boyfriend girlfriend fiance fiancee mother mum mom father dad parent brother
    sister sibling son daughter child kid friend mate neighbour neighbor colleague coworker boss flatmate
    roommate""".split()  # noqa: SIM905
)
"""Nouns for the people around the speaker: "my partner works in Finance" is not the speaker's."""
_SPEAKER = frozenset({"i", "me", "my", "mine", "myself", "we", "our", "us"})


def _speaker_subject(verb: Any) -> bool:
    """True unless the clause of ``verb`` is about someone else: a third-person pronoun, a
    person's name, the people around the speaker or a job noun ("my manager", "the nurse")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj" and verb.head is not verb:
        return _speaker_subject(verb.head)
    if subj is None or subj.lower_ in ("i", "we"):
        return True
    lemma = subj.lemma_.lower()
    return not (
        subj.lower_ in _OTHER_PEOPLE
        or lemma in RELATION_NOUNS
        or lemma in ROLE_HEADS
        or subj.ent_type_ == "PERSON"
        or any(g.dep_ == "conj" for g in subj.children)
    )


_FRAGMENT_TOKENS = 20
"""Longest verbless sentence read as the speaker's own ("Nights at the Ellerby depot, band 4.")
when it does not name the speaker."""


def _elliptical(verb: Any) -> bool:
    """A clause with its subject left out, as people write of themselves ("Been on nights at
    Ellerby since May", "Working out of Carrowmere"): no subject on it or the clause it
    is conjoined to."""
    while True:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return False
        if verb.dep_ != "conj" or verb.head is verb:
            return verb.dep_ == "ROOT"
        verb = verb.head


def self_phrases(doc: Any) -> list[tuple[str, str, str]]:
    """What the speaker calls their own context in a parsed ``Doc``, for linking to a
    document's names (:class:`memgraph.extraction.linking.NameIndex`).

    A sentence counts when it is no question and names the speaker ("I", "me", "my", "we",
    ...), or leaves its subject out ("Been on nights at Ellerby since May": what people write
    of themselves); in it, each clause that asserts a present state or a change made (the same tests
    as the fact rules: no negations, conditions, wishes or history) and is not about someone
    else (:func:`_speaker_subject`: "my partner works in Finance" is not) gives the phrases it
    says the speaker is, is in, at or on, joined, does or covers: "I'm a seasonal checkout
    assistant", "my base is the Hollinsby store", "Ellerby is where I'm based", "compressed
    hours for me". A sentence with no verb ("Nights, Ellerby depot, band 4 for me.") gives
    its noun phrases.

    Returns:
        ``("phrase", text, "")`` per phrase ("a seasonal checkout assistant" -> "seasonal
        checkout assistant"); ``("agent", object, verb lemma)`` for a clause whose subject is
        "I" and whose verb may name the speaker's job ("I handle claims" -> ``("agent",
        "claims", "handle")``).
    """
    out: list[tuple[str, str, str]] = []
    for sent in doc.sents:
        if _is_question(sent):
            continue
        speaker = any(t.lower_ in _SPEAKER for t in sent)
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
        if not verbs:
            if speaker or len(sent) <= _FRAGMENT_TOKENS:
                for chunk in sent.noun_chunks:
                    _phrases_under(chunk.root, out)
            continue
        if sent.root.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and (speaker or len(sent) <= _FRAGMENT_TOKENS):
            _phrases_under(sent.root, out)  # "Stock colleague on nights at Hollinsby, since May"
        for verb in verbs:
            lemma = verb.lemma_.lower()
            if not speaker and not _elliptical(verb):
                continue
            # "they moved me to nights", "I was put on the bank": a change done to the speaker
            moved = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("me", "us", "i", "we") for c in verb.children)
            # "I went permanent in May", "I've gone part-time": a change of the speaker's state
            moved = moved or (lemma in ("go", "turn") and any(c.dep_ in ("acomp", "dobj") for c in verb.children))
            asserted = _asserted(verb, change=lemma in CHANGE_VERBS or moved) or (
                # "Been on nights since May": the "I've" left out with the subject
                _elliptical(verb) and verb.tag_ == "VBN" and not _negated(verb)
            )
            if not (moved or _speaker_subject(verb)) or not asserted:
                continue
            objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
            if lemma == "be":
                objects += [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in _SPEAKER]
            if lemma not in _MEMBER_VERBS:
                dobj = next((c for c in objects if c.dep_ == "dobj"), None)
                if _subject(verb) == SELF:
                    out.append(("agent", _phrase(dobj) if dobj is not None else "", lemma))
                objects = [c for c in objects if c.dep_ != "dobj"]
                for prep, obj in _preps(dobj) if dobj is not None else ():
                    if prep in _CONTEXT_PREPS:  # "I collect bins for waste services"
                        _phrases_under(obj, out)
            for c in objects:
                _phrases_under(c, out)
            for c in verb.children:
                # "to" only after a move ("moved to planning"), not a trip ("flying to Lisbon")
                towards = c.lower_ in ("to", "into") and not (lemma in CHANGE_VERBS or moved)
                if c.dep_ == "prep" and c.lower_ in _CONTEXT_PREPS and not towards:
                    for obj in _prep_objects(c):
                        _phrases_under(obj, out)
    return _hyphens_joined(list(dict.fromkeys(out)), doc.text)


def _hyphens_joined(phrases: list[tuple[str, str, str]], text: str) -> list[tuple[str, str, str]]:
    """``phrases`` with a compound the tokenizer split at its hyphen put back whole ("non",
    "-", "tariff" -> "non-tariff"; "part - time cleaner" -> "part-time cleaner"; as written in
    ``text``): its parts alone name other things ("Tariff" is the group "non-tariff" is not)."""
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(phrases):
        three = phrases[i : i + 3]
        if (
            len(three) == 3
            and three[1] == ("phrase", "-", "")
            and three[0][0] == three[2][0] == "phrase"
            and (joined := f"{three[0][1]}-{three[2][1]}") in text
        ):
            out.append(("phrase", joined, ""))
            i += 3
        else:
            kind, phrase, verb = phrases[i]
            if " - " in phrase and (tight := phrase.replace(" - ", "-")) in text:
                phrase = tight  # "part - time cleaner" as tokens: "part-time cleaner"
            out.append((kind, phrase, verb))
            i += 1
    return out
