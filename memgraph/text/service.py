"""Length of service: how long a person says they have worked somewhere, and the ranges of
service a handbook keys its rules by.

Handbooks key leave, sick pay and notice by service more often than by any other number
("26 days on appointment, 29 days after 5 years", a sick-pay table whose rows are "Less than 1
year", "1 year but less than 3 years", "5 years or more"), and people say theirs in passing
("I've been here about two years", "with the Trust for nearly 12 years", "I joined in 2019").
Both sides are read here, as years (a float):

- :func:`stated_service` reads a person's statement, :func:`asked_service` a question that
  asks about a length of service ("when I join", "after 5 years");
- :func:`service_range` reads a rule's key (a table row's first cell, a clause) as a
  half-open interval ``[low, high)``, ``high`` None for "or more";
- :func:`ranges_of` closes the open ends of a set of versions ("After 5 years" runs to the next
  version's start, "On appointment" from 0), and :func:`holding` picks the versions whose range
  holds a given service.

Hedges shift a stated number a little, so a boundary is read the way the speaker means it:
"nearly 5 years" is under 5, "just over 6" over 6, "about 2" is 2.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from .vocabulary import NUMBER_WORDS

_NUMBER_WORDS = {w: i for i, w in enumerate(NUMBER_WORDS)}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}
_NUMBER_WORDS.update(_TENS)
_NUMBER_WORDS.update(
    {
        f"{tens}{sep}{unit}": n + i
        for tens, n in _TENS.items()
        for sep in "- "
        for i, unit in enumerate(NUMBER_WORDS[1:10], 1)
    }
)  # "twenty-two", "thirty five"
_NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "a few": 3})
_NUM = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")"
_UNIT = r"(?:years?|yrs?|months?|seasons?)"
"""Units of service; a season is a year of a yearly cycle ("I joined four seasons ago": an
orchestra's or a club's)."""
_AMOUNT = rf"(?P<num>{_NUM})\s*(?:full\s+|complete\s+|completed\s+)?(?P<unit>{_UNIT})(?:['’]s?)?"
_SAID_AMOUNT = (
    rf"(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half)?\s*(?:full\s+|complete\s+|completed\s+)?"
    rf"(?P<unit>{_UNIT}|weeks?)(?P<half_unit>\s+and\s+a\s+half)?(?:['’]s?)?"
)
"""An amount a person says they have served, halves and weeks too ("two and a half years", "a
year and a half", "three weeks"): :func:`_said_years`."""

_HEDGE = {
    "nearly": -0.1,
    "almost": -0.1,
    "just under": -0.1,
    "not quite": -0.1,
    "under": -0.1,
    "less than": -0.1,
    "just over": 0.1,
    "over": 0.1,
    "more than": 0.1,
    "a bit over": 0.1,
    "a little over": 0.1,
}
_HEDGES = "|".join(sorted((re.escape(h) for h in _HEDGE), key=len, reverse=True))
_APPROX = (
    r"(?:about|around|roughly|approximately|some|close\s+to|coming\s+up\s+(?:to|on)|getting\s+on\s+for|going\s+on)"
)

_SERVICE_VERB = re.compile(
    r"\b(?:i['’]ve|i\s+have|i['’]d|i\s+had)\s+(?:now\s+)?(?:been|worked|served|spent|done|got|taught|flown|clocked(?:\s+up)?)\b"
    r"|^\s*(?:done|been|worked|spent|served|clocked)\b|\bso\s+far\b"
    r"|\b(?:service|employment|employed|tenure|with\s+(?:the|us|them)\b|(?:years?|months?|weeks?)\s+(?-i:with\s+[A-Z][\w&'’-]+)|here\b|in\s+post|behind\s+me"
    r"|years?\s+(?:of\s+work|in\s+the\s+job|on\s+the\s+job)|(?:years?|months?)\s+in(?:\s+now)?\s*(?:[.!,;]|$)"
    r"|\bon\s+(?:the|[A-Z][\w&-]*['’]s?)\s+books\b)",
    re.I,
)
"""A statement that speaks of the speaker's service ("I've been here ...", "... years' service")."""
_STATED = re.compile(rf"(?:(?P<hedge>{_HEDGES})\s+|{_APPROX}\s+)?{_SAID_AMOUNT}", re.I)
_JOINED = re.compile(
    r"\b(?:i\s+)?(?:joined|started|began|was\s+hired|have\s+been\s+here|['’]ve\s+been\s+here|been\s+with\s+\S+(?:\s+\S+)?)"
    r"\b[^.;]{0,40}?\b(?:in|since|back\s+in)\s+(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
_SINCE = re.compile(
    r"\b(?:been|worked|working|(?-i:[Ww]ith(?=\s+(?:the\s+)?[A-Z])))\b[^.;]{0,40}?\bsince\s+"
    r"(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
"""Doing the job since a year: "Been doing it since 2012", "I've worked nights since May 2019",
"with Skylark since 2012"."""
_JOINED_RELATIVE = re.compile(
    r"\b(?:joined|started|began|was\s+hired)\b[^.;]{0,60}?\b(?P<when>last|this)\s+(?P<unit>year|month|week)\b", re.I
)
"""Joining in a period named from now: "I started last year" (a year), "I joined this month" (none yet)."""
_NEW_STARTER = re.compile(
    r"\b(?:i['’]ve\s+just|i\s+have\s+just|i\s+just|just)\s+(?:started|joined|been\s+(?:hired|taken\s+on))\b"
    r"|\b(?:i\s+)?(?:start|starting|join|joining)(?:\s+(?:with|at|here)(?:\s+(?!on\b)[\w&'’-]+){0,2})?\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|tomorrow|next\s+(?:week|month))\b|\b(?:new\s+starter|my\s+first\s+(?:day|week|month))\b",
    re.I,
)
"""A person who has just joined or is about to ("I've just started", "start with you on
Monday", "new starter"): no service yet."""
_AGO = re.compile(rf"\b(?:joined|started|began|hired)\b[^.;]{{0,40}}?\b{_SAID_AMOUNT}\s+(?:ago|back)\b", re.I)
_MONTH_NAMES = "january february march april may june july august september october november december"
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES.split(), 1)}
_FIRST_PERSON = re.compile(
    r"\b(?:i|i['’]m|i['’]ve|my|me)\b|(?:^|[,;:]\s)\s*(?:done|been|worked|spent|served|clocked|joined|started|began)\b",
    re.I,
)
"""A statement about the speaker: a first-person word, or a fragment that leaves "I" or "I've"
out, first or after a comma ("Done six years on the ramp so far", "Started eighteen months ago",
"Direct employee, joined last year")."""
_SEASONS = {"winter": 1, "spring": 4, "summer": 7, "autumn": 10, "fall": 10}
"""A season's middle month (northern hemisphere), for "I started in the spring"."""
_JOINED_MONTH = re.compile(
    r"\b(?:joined|started|began|was\s+hired)\b[^.;]{0,60}?\b(?:in|since|back\s+in|last)\s+(?:the\s+)?(?P<month>"
    + "|".join([*_MONTH_NAMES.split(), *_SEASONS])
    + r")\b(?!\s+(?:of\s+)?(?:19|20)\d{2})",
    re.I,
)
"""Joining in a month or season named without its year ("Started in January", "joined ... last
September", "I started in the spring"): its latest one, this year's or last year's."""
_YEARS_IN = re.compile(rf"\b{_SAID_AMOUNT}\s+in(?:\s+now)?\s*(?:[.!,;]|$)", re.I)
"""An amount served said last in a fragment or a clause: "Contracted, four years in.", "Seven
years in, and I do on-calls."."""
_YEARS_AT = re.compile(
    rf"^\s*(?:(?P<hedge>{_HEDGES})\s+|{_APPROX}\s+)?{_SAID_AMOUNT}\s+(?:(?:at|on|with)\s+(?!my\b|your\b)\S|now\s*[.!]?\s*$)",
    re.I,
)
"""A fragment that opens with an amount and says where or that it is so now: "Six years on the
firm.", "Twelve years at Eskdale.", "Eight years now." (not "Six years in Leeds", which may be
before they joined)."""
_FOR_AMOUNT = re.compile(rf"\bfor\s+(?:(?P<hedge>{_HEDGES})\s+|{_APPROX}\s+)?{_SAID_AMOUNT}", re.I)
"""An amount after "for" in a fragment that speaks of service: "On Corrick's books for seven years."."""
_SINCE_MONTH = re.compile(
    r"\b(?:been\s+(?:with|at|here|based)|worked\s+(?:here|at|for)|(?-i:with(?=\s+(?:the\s+)?[A-Z])))\b[^.;]{0,40}?"
    r"\bsince\s+(?P<month>" + "|".join(_MONTH_NAMES.split()) + r")\b(?!\s+(?:of\s+)?(?:19|20)\d{2})",
    re.I,
)
"""Doing the job since a month named without its year: "I've been with Brisemont since March"."""
_BARE_SINCE = re.compile(r"^[^.;]{0,40},\s*since\s+(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d{2})\s*[.!]?\s*$")
"""A fragment that closes with the year they started: "Lisbon, since 2022."."""
_NTH_YEAR = re.compile(
    r"\b(?P<done>hit|reached|completed|finished)?(?:in|into|is|\s)\s*my\s+"
    r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+year\b",
    re.I,
)
"""The year a person is in ("I'm in my third year": two and a bit) or has reached ("Just hit my
tenth year": ten)."""
_ORDINAL_YEARS = {
    w: i
    for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)  # noqa: SIM905
}


def _number(text: str) -> float:
    text = " ".join(text.lower().split())
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


def _years(num: str, unit: str) -> float:
    return _in_years(_number(num), unit)


def _in_years(n: float, unit: str) -> float:
    """``n`` of ``unit`` (years, months or weeks; a season is a year) in years."""
    unit = unit.lower()
    return n / 52 if unit.startswith("week") else n / 12 if unit.startswith("month") else n


def _said_years(m: re.Match[str]) -> float:
    """The years of a :data:`_SAID_AMOUNT` match: "two and a half years" 2.5, "three weeks" 0.06."""
    return _in_years(
        _number(m.group("num")) + (0.5 if m.group("half") or m.group("half_unit") else 0.0), m.group("unit")
    )


def _since(joined: re.Match[str], today: date | None) -> float:
    """Years from a joining date (:data:`_JOINED`, :data:`_SINCE`) to ``today`` (default: today)."""
    now = today or date.today()
    month = _MONTHS.get((joined.group("month") or "").lower(), 1)
    return max(0.0, now.year - int(joined.group("year")) + (now.month - month) / 12)


def stated_service(texts: Sequence[str], today: date | None = None) -> float | None:
    """The speaker's length of service in years from their own statements, or None when none
    says it.

    Read: a first-person statement (or a fragment that leaves "I've" out: "Done six years on
    the ramp") that speaks of service (:data:`_SERVICE_VERB`: "I've been
    here about two years", "with the Trust for nearly 12 years", "14 years of work behind me",
    "3 years' service") and gives an amount of years or months, or a fragment that opens with
    one ("Two years in the job.") or closes with it ("Contracted, four years in."); or a joining
    date ("I joined in 2019", "I started back in March 2021", "Started 18 months ago", "Been
    doing it since 2012", "with Skylark since 2012"), counted to ``today``, or a period
    named from now ("I started last year": one year; "this year", "last month": none yet; "Direct
    employee, joined last year"), or a month without its year ("Started in January": its latest
    one); or the year they are in ("I'm in my third year here": 2.5). Each sentence is read on
    its own ("Casual page. Been doing it about two years."). A
    hedge shifts the amount by 0.1 year ("nearly 5" is 4.9, "just over 6" is 6.1). The newest
    statement that says it wins (a later statement corrects an earlier one).

    Args:
        texts: the person's statements, newest first.
        today: the date a joining date is counted to (default: today).
    """
    # each sentence on its own: "Casual page, Harbourfront branch. Been doing it about two years."
    for text in (s for t in texts for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s):
        if not _FIRST_PERSON.search(text):
            if _NEW_STARTER.search(text):  # "Just joined the Skua Trader."
                return 0.0
            # a fragment that opens with its amount: "Two years in the job.", "Six years with the council."
            if (m := _YEARS_AT.match(text)) is not None or (
                _SERVICE_VERB.search(text) and (m := _STATED.match(text) or _FOR_AMOUNT.search(text)) is not None
            ):
                return _hedged(m)
            if (m := _YEARS_IN.search(text)) is not None:
                return _said_years(m)
            if (j := _SINCE.search(text) or _BARE_SINCE.search(text)) is not None:
                return _since(j, today)
            if (month := _SINCE_MONTH.search(text)) is not None:
                return _months_since(month.group("month"), today)
            continue
        if _NEW_STARTER.search(text):
            return 0.0
        if (rel := _JOINED_RELATIVE.search(text)) is not None:
            return 1.0 if rel.group("when").lower() == "last" and rel.group("unit").lower() == "year" else 0.0
        if (j := _JOINED.search(text) or _SINCE.search(text)) is not None:
            return _since(j, today)
        if (month := _JOINED_MONTH.search(text) or _SINCE_MONTH.search(text)) is not None:
            return _months_since(month.group("month"), today)
        if (a := _AGO.search(text)) is not None:
            return _said_years(a)
        if (nth := _NTH_YEAR.search(text)) is not None:
            # "in my third year": two and a bit; "just hit my tenth year": ten
            return _ORDINAL_YEARS[nth.group("ord").lower()] - (0.0 if nth.group("done") else 0.5)

        if _SERVICE_VERB.search(text) and (m := _STATED.search(text)) is not None:
            return _hedged(m)
    return None


def _hedged(m: re.Match[str]) -> float:
    """The years of an amount with its hedge (:data:`_HEDGE`): "nearly 5 years" 4.9."""
    hedge = " ".join((m.groupdict().get("hedge") or "").lower().split())
    return max(0.0, _said_years(m) + _HEDGE.get(hedge, 0.0))


def _months_since(month: str, today: date | None) -> float:
    """Years since the latest ``month`` (a month's or a season's name, :data:`_SEASONS`) up to ``today``."""
    now = today or date.today()
    number = _MONTHS.get(month.lower()) or _SEASONS[month.lower()]
    return ((now.month - number) % 12) / 12


_ASKED_START = re.compile(
    r"\b(?:when|once|as\s+soon\s+as)\s+i\s+(?:first\s+)?(?:join|start|begin)\b(?!\s+(?:a|an|my|the|each|every)\b)"
    r"|\bon\s+(?:joining|starting)\b"
    r"|\bas\s+a\s+new\s+(?:starter|joiner|employee|recruit)\b|\b(?:in|during)\s+my\s+first\s+year\b",
    re.I,
)
_ASKED_AFTER = re.compile(rf"\b(?:after|once\s+i['’]ve\s+(?:done|worked|been\s+here))\s+{_AMOUNT}", re.I)


def asked_service(question: str) -> float | None:
    """The length of service a question asks about, in years, when it says one: "How much leave
    do I get when I join?", "... in my first year?", "... as a new starter?" -> 0; "How much
    will I get after 5 years?" -> 5. None when it says none (the asker's own service then
    answers, :func:`stated_service`)."""
    if _ASKED_START.search(question):
        return 0.0
    if (m := _ASKED_AFTER.search(question)) is not None:
        return _years(m.group("num"), m.group("unit"))
    return None


_FIRST_YEAR = re.compile(
    r"\b(?:in|during|within)\s+(?:the|your|their|his|her)\s+first\s+(?:year|twelve\s+months|12\s+months)\b"
    r"|\bnew\s+(?:joiners?|starters?|entrants?)\b",
    re.I,
)
"""A key for the first year of service: "in their first year", "new joiners"."""
_KEY_SERVICE = re.compile(
    r"\b(?:service|employment|tenure|seniority|membership|years?\s+(?:with|at|in)\b|on\s+(?:appointment|joining)|"
    r"from\s+(?:appointment|joining|the\s+start)|after\s+" + _NUM + r"\s+" + _UNIT + r"|years?['’]?\s+service)"
    r"|\b(?:after|from)\s+(?:the\s+end\s+of\s+)?(?:the|your|their)\s+first\s+year\b|" + _FIRST_YEAR.pattern,
    re.I,
)
"""Words that make a range one of service, not of something else ("shifts of 4 to 6 hours")."""
_START = re.compile(r"\b(?:on|from|upon)\s+(?:appointment|joining|day\s+one|the\s+(?:first|start)|start)\b", re.I)
_BETWEEN = re.compile(
    rf"(?:between\s+)?(?P<a>{_NUM})(?!-[a-z])\s*(?P<ua>{_UNIT})?(?:['’]s?)?\s*(?:to|-|–|and|but\s+(?:less|fewer)\s+than|"
    rf"up\s+to|until)\s*(?P<b>{_NUM})\s*(?P<ub>{_UNIT})",
    re.I,
)
_BELOW = re.compile(rf"\b(?:less\s+than|fewer\s+than|under|below|up\s+to|within(?:\s+the\s+first)?)\s+{_AMOUNT}", re.I)
_ABOVE = re.compile(
    rf"\b(?:after|over|more\s+than|at\s+least|from|beyond|with|once\s+(?:they|you|he|she|employees|staff)\s+"
    rf"(?:have|has)(?:\s+(?:completed|done|served|reached))?"
    rf"|(?:who\s+(?:have|has)|having)\s+(?:completed|served|reached|worked)|on\s+(?:the\s+)?completion\s+of)\s+{_AMOUNT}",
    re.I,
)
_OR_MORE = re.compile(
    rf"{_AMOUNT}\s*(?:(?:of\s+)?(?:continuous\s+|reckonable\s+|qualifying\s+)?(?:service|employment|membership)\s+)?"
    r"(?:\+|or\s+more|or\s+over|and\s+(?:over|above|more)|plus)",
    re.I,
)
_OR_MORE_BEFORE = re.compile(rf"\b(?P<num>{_NUM})\s+(?:or\s+more|or\s+over)\s+(?P<unit>{_UNIT})\b", re.I)
"""The open end said before the unit: "with five or more years' continuous service"."""
_AFTER_ORDINAL = re.compile(
    r"\b(?:after|from)\s+(?:the\s+end\s+of\s+)?(?:the\s+|your\s+|their\s+)?"
    r"(?P<ord>first|second|third|fourth|fifth|tenth)\s+(?:year|anniversary)",
    re.I,
)
_PLUS = re.compile(rf"(?P<n>\d{{1,2}})\s*\+\s*(?P<u>{_UNIT})", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10}


def speaks_of_service(text: str) -> bool:
    """Whether ``text`` speaks of length of service ("Reckonable NHS service", "years of
    employment", "on joining", "after five years")."""
    return _KEY_SERVICE.search(text) is not None


_START_COLUMN = re.compile(
    r"(?i:start(?:ing)?(?:\s+(?:rate|salary|pay|point|step))?|entry(?:\s+(?:rate|level|step))?|on\s+entry)"
)
"""A column of a scale by service that holds its first step ("Start", "Starting rate", "Entry"):
read as a range of service only where the column is known to be one."""


def service_range(key: str, *, said: bool = False) -> tuple[float, float | None] | None:
    """The range of service a rule's key names, ``(low, high)`` in years, ``high`` exclusive
    and None when open ("5 years or more"); ``(0, None)`` for "On appointment" (closed by
    :func:`ranges_of`). None when ``key`` names no range of service: it must speak of service
    (:data:`_KEY_SERVICE`) unless ``said`` (the caller knows the key's column is one of
    service, "Reckonable NHS service: After 5 years").

    Read: "1 year but less than 3 years", "2-5 years", "between 2 and 5 years" -> [1, 3);
    "less than 1 year", "under 2 years' service" -> [0, 1); "after 5 years", "5 years or more",
    "10+ years", "more than 10 years", "five years' continuous service or more", "five or more years'
    service" -> [5, None); "from the end of the first year of service" -> [1, None); "in their
    first year", "new joiners" -> [0, 1); "on appointment", "from joining" -> [0, None); with
    ``said``, a scale's first column "Start" ("Starting rate", "Entry") -> [0, None).
    """
    if not said and not speaks_of_service(key):
        return None
    if said and _START_COLUMN.fullmatch(key.strip()):
        return 0.0, None  # a pay scale's first step beside steps of service: "Start", "After 12 months"
    key = _PLUS.sub(r"\g<n> \g<u> or more", key)  # "10+ years"
    if (m := _BETWEEN.search(key)) is not None:
        unit = m.group("ub")
        return _years(m.group("a"), m.group("ua") or unit), _years(m.group("b"), unit)
    if (m := _BELOW.search(key)) is not None:
        return 0.0, _years(m.group("num"), m.group("unit"))
    if (m := _ABOVE.search(key) or _OR_MORE.search(key) or _OR_MORE_BEFORE.search(key)) is not None:
        return _years(m.group("num"), m.group("unit")), None
    if (m := _AFTER_ORDINAL.search(key)) is not None:
        return float(_ORDINALS[m.group("ord").lower()]), None
    if _FIRST_YEAR.search(key):
        return 0.0, 1.0
    if _START.search(key):
        return 0.0, None
    return None


Range = tuple[float, float | None]
"""A half-open range ``[low, high)`` of a quantity, ``high`` None when open."""
RangeReader = Callable[..., "Range | None"]
"""Reads a key's range: ``reader(key, said=...)`` (:func:`service_range`,
:func:`memgraph.text.distance.distance_range`)."""


def ranges_of(keys: Sequence[str], *, said: bool = False, reader: RangeReader | None = None) -> list[Range | None]:
    """The range of each version's key (``reader``'s, :func:`service_range` by default), open
    ends closed by the others: an open range ends where the next version's starts ("On
    appointment" beside "After 5 years" is [0, 5)). None for a key that names no range."""
    read = reader or service_range
    ranges = [read(k, said=said) for k in keys]
    starts = sorted({r[0] for r in ranges if r is not None})
    out: list[Range | None] = []
    for r in ranges:
        if r is None or r[1] is not None:
            out.append(r)
            continue
        later = [s for s in starts if s > r[0]]
        out.append((r[0], later[0] if later else None))
    return out


def holding(
    keys: Sequence[str], service: float, *, said: bool = False, least: int = 2, reader: RangeReader | None = None
) -> list[int] | None:
    """The indices of the versions whose range holds ``service`` (years of service, or the
    quantity ``reader`` reads: miles for :func:`memgraph.text.distance.distance_range`), when
    ``least`` or more of ``keys`` name ranges (:func:`ranges_of`); None otherwise (nothing to
    choose by it). [] when none holds it: every version is someone else's."""
    ranges = ranges_of(keys, said=said, reader=reader)
    if sum(r is not None for r in ranges) < least:
        return None
    return [i for i, r in enumerate(ranges) if r is not None and r[0] <= service and (r[1] is None or service < r[1])]
