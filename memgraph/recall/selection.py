"""Which sentences of the retrieved passages are addressed to the asker.

A sentence addressed to a group (:func:`memgraph.extraction.audience.audiences`: "permanent
colleagues give one month's notice", "purple for support staff") is the asker's when the
group's words are among the asker's own (their statements, the names of their facts) or the
question's, and another group's rule when they are not. A sentence that gives two groups'
versions of a rule ("permanent colleagues give one month's notice seasonal colleagues give
two weeks' notice") is cut between them, and each part is judged on its own.

Versions of one rule given side by side, whatever names their keys (the parts of a sentence
that each hold a value, table rows, parallel sentences), are chosen the same way:
:func:`version_texts` keeps the version whose own words the asker used.

Both run when answering (:func:`memgraph.recall.answer.extractive_answer`, through
:class:`Asker`), so the order in which documents and statements arrived does not matter and
nothing is written to the graph. The words are compared as Porter stems
(:func:`memgraph.text.textutil.stemmed`), so "seasonal" matches "season" and "teaching" matches
"teach".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..extraction.audience import GENERAL_WORDS, Audience, Tagger, audiences
from ..extraction.extract import entity_key, singular_word
from ..extraction.facts import grade_name
from ..extraction.parallel import versions
from ..models import EntityType
from ..text.distance import distance_range, gives_band
from ..text.places import is_place
from ..text.service import holding, service_range, speaks_of_service
from ..text.textutil import stemmed, stopwords
from ..text.vocabulary import GROUP_NOUNS, LAST_LISTED_SUBJECT, MEMBER_NOUNS, ROLE_HEADS, SITE_NOUNS

MINE = "mine"
OTHER = "other"
GENERAL = "general"

_CONTACT_VERBS = (
    r"(?:notify|inform|alert|contact|ask|tell|call|phone|ring|email|consult|see|(?:speak|talk|go|turn|write)\s+to)"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|by|from|with|of|" + _CONTACT_VERBS + r")\s+(?:\w+\s+){0,2}$"
    r"|\b" + _CONTACT_VERBS + r"\s+(?:\w+\s+){0,2}(?:or|and|/)\s+(?:\w+\s+){0,2}$",
    re.I,
)
"""Words before a group that make it whom the rule sends one to ("report to security
staff", "ask HR staff", "notify their supervisor or Human Resources Representative"), not
whom the rule is for."""


@dataclass(frozen=True)
class Part:
    """A sentence or a part of one, with whom it is addressed to.

    Attributes:
        text: the words to quote.
        state: :data:`MINE` (a group the asker is in), :data:`OTHER` (only groups the asker is
            not known to be in) or :data:`GENERAL` (no group).
        groups: the groups as written ("permanent colleagues").
    """

    text: str
    state: str
    groups: tuple[str, ...] = ()


_WORD = re.compile(r"[^\W_]*[^\W\d_][^\W_]*")
"""A word with a letter in it: "seasonal", "CC2" (a code), not "25"."""


_JOINED_PREFIX = re.compile(r"\b(non|sub|vice)[-\s]+(?=[a-z])")
"""A prefix that makes another word of the next one: "non-exempt" is no "exempt", a
"sub-principal" no "principal", a "vice principal" no "principal"."""


def word_stems(texts: Iterable[str]) -> frozenset[str]:
    """Porter stems of the content words of ``texts`` (stop words and words for everyone
    dropped); a word after "non-", "sub-" or "vice" is one word with it ("non-exempt": no
    "exempt"; "Sub-principals": no "principal")."""
    words = {w for t in texts for w in _WORD.findall(_JOINED_PREFIX.sub(r"\1", t.casefold()))}
    words -= stopwords() | GENERAL_WORDS
    return frozenset(stemmed(" ".join(sorted(words))).split())


def _addressed(sentence: str, aud: Audience) -> bool:
    return _PREPOSITION_BEFORE.search(sentence[: aud.start]) is None


_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:and|or|&|,)?\s*(?:the\s+)?$", re.I)


def _coordinated(sentence: str, auds: Sequence[Audience]) -> list[Audience]:
    """``auds`` with groups joined by "and", "or" or a comma made one ("Ranger and Estate staff
    and Visitor Services staff may ...": the rule is for both)."""
    out: list[Audience] = []
    for a in auds:
        if out and _COORDINATION.match(sentence[out[-1].end : a.start]):
            last = out.pop()
            a = Audience(f"{last.key} {a.key}", last.start, a.end)
        out.append(a)
    return out


def _phrase(sentence: str, aud: Audience) -> str:
    return sentence[aud.start : aud.end]


_STATUS = re.compile(
    r"\b(?P<s>full|part|zero)[- ]?(?:time|hours?)\b|\b(?P<w>permanent|regular|substantive|casual|bank|seasonal"
    r"|temporary|fixed[- ]?term|agency|relief|sessional|locum|freelance)\b",
    re.I,
)
"""Words for the terms a person is employed on ("full-time", "casual", "fixed-term")."""


_SHARE_OF_FULL_TIME = re.compile(
    r"\b[1-9]\d?\s?%\s+(?:pattern|contract|roster|post|fte|of\s+full[- ]time)\b|\b0?\.[1-9]\d?\s+fte\b", re.I
)
"""A share of full time someone works: "the 75% pattern", "0.6 FTE" (part-time). Not "three days a
week", which is as often where they work ("from home three days a week")."""


def employment_statuses(text: str) -> frozenset[str]:
    """The terms of employment ``text`` names, as :data:`_STATUS`'s words folded ("full",
    "part", "zero" for the hours words; "fixed-term" as "fixed"), and "part" for a share of full
    time (:data:`_SHARE_OF_FULL_TIME`: "I work the 75% pattern")."""
    terms = {(m.group("s") or m.group("w")).casefold().split("-")[0].split()[0] for m in _STATUS.finditer(text)}
    return frozenset(terms | ({"part"} if _SHARE_OF_FULL_TIME.search(text) else set()))


def _group_key(aud: Audience, status: frozenset[str]) -> frozenset[str]:
    """What tells one group from another: its word stems and, for an asker who said their terms
    of employment (``status``), its terms ("full-time" and "part-time" share the stem "time").
    For one who said none, "full-time staff ... part-time staff" stay one group, the reader,
    as before terms were read (measured: judging them for such askers lost tuning answers that
    quote the full-time rule, and taking full-time as theirs lost held-out ones)."""
    phrase = " ".join(aud.words())
    return word_stems([phrase]) | ({f"{t}-terms" for t in employment_statuses(phrase)} if status else set())


_NOT_PERMANENT = frozenset(
    {"casual", "temporary", "fixed", "seasonal", "agency", "bank", "relief", "zero", "locum", "freelance", "sessional"}
)
_USUAL_TERMS = {
    "full": frozenset({"part", "zero", "casual", "bank", "relief", "sessional"}),
    "permanent": _NOT_PERMANENT,
    "regular": _NOT_PERMANENT,
    "substantive": _NOT_PERMANENT,
}
"""The usual terms of employment, each with the terms it excludes: someone who says they are
part-time, and not casual, is a "regular part-time employee"."""


def _state(aud: Audience, mine: frozenset[str], status: frozenset[str]) -> str:
    """Whether ``aud`` is the asker's group (:data:`MINE`) or another's, by the asker's word stems
    ``mine`` and the terms of employment they said (``status``, :func:`employment_statuses`): a
    group worded by its terms is the asker's, when they said any terms, if they said its terms
    ("part-time staff" is not someone's who said "full-time", though the two share the stem
    "time"), a usual term (:data:`_USUAL_TERMS`) counting as said by someone who said other
    terms it allows, and its other words (if any) are theirs; for one who said none, by its
    word stems, as before terms were read (see :func:`_group_key`)."""
    phrase = " ".join(aud.words())
    terms = employment_statuses(phrase)
    if not terms or not status:
        return MINE if word_stems([phrase]) & mine else OTHER
    unsaid = terms - status
    if any(t not in _USUAL_TERMS or _USUAL_TERMS[t] & status for t in unsaid):
        return OTHER
    rest = word_stems([_STATUS.sub(" ", phrase)]) - {"time", "hour", "term"}
    return MINE if not rest or rest & mine else OTHER


_TRAILING_CONJUNCTION = re.compile(r"[\s,;]+(?:and|or|but|while|whereas)$", re.I)
"""The conjunction a part ends with when cut before the next group ("support staff on the 20th
| and supply staff ...")."""


_EXCEPTING_BEFORE = re.compile(
    r"[,;(]?\s*\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|but\s+not)\s+(?:the\s+|our\s+|all\s+)?$", re.I
)
"""Words that except a group from the rule before them ("..., except casual staff, who ...")."""
_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:who|whose|for\s+whom|which)\b", re.I)
"""What opens an excepted group's own version of the rule after its name (", who are paid weekly")."""


def addressed_parts(
    sentences: Sequence[str], mine: Iterable[str], tagger: Tagger, beside: Sequence[str] = ()
) -> list[list[Part]]:
    """Each sentence as the parts to judge, with whom each is addressed to.

    Args:
        sentences: candidate sentences of an answer.
        mine: the asker's words: their statements, their facts' names and the question.
        tagger: part-of-speech tags (see :func:`memgraph.extraction.audience.audiences`).
        beside: other sentences found for the question (the rest of the retrieved passages):
            the groups they address count as the others a group is told from, and are not
            judged themselves.

    A group is judged only beside another (two groups among ``sentences`` and ``beside``) or
    when it is the asker's: a lone group is most often the document's word for its readers.

    Returns:
        Per sentence, one :class:`Part` (the whole sentence) or, when a rule for everyone
        excepts a group ("..., except casual staff, who are paid weekly"), the rule (another
        group's for the excepted, else general) and the group's part; or, when it addresses
        two groups or more, one part per group: cut before each later group when the sentence
        opens with its first group ("permanent colleagues give ... seasonal colleagues give
        ..."), else after each group ("purple for support staff orange for casual staff").
    """
    mine = list(mine)
    own = word_stems(mine)
    status = employment_statuses(" ".join(mine))
    # a table row is for whom its key names: another group in a later cell's header ("National
    # staff leave: 22 days") is what that cell is about, and makes the row no other group's
    # (the asker's own group there heads the asker's value)
    found = [
        [a for a in auds if _addressed(s, a) and (a.end <= len(_judged_part(s)) or _state(a, own, status) == MINE)]
        for s, auds in zip(sentences, audiences(sentences, tagger))
    ]
    keys = {_group_key(a, status) for auds in found for a in auds}
    excepting = any(_EXCEPTING_BEFORE.search(s[: a.start]) for s, auds in zip(sentences, found) for a in auds)
    if keys and len(keys) < 2 and not any(k & own for k in keys) and not excepting and beside:
        # one group here: the other sentences found are tagged only now, to tell it from theirs
        around = [[a for a in auds if _addressed(s, a)] for s, auds in zip(beside, audiences(beside, tagger))]
        keys |= {_group_key(a, status) for auds in around for a in auds}
    if len(keys) < 2 and not any(k & own for k in keys) and not excepting:
        # One group and not the asker's: with nothing to tell it from, it is the reader
        # ("crew members must ...", "airside staff park in ..."), not one group of several.
        return [[Part(s, GENERAL)] for s in sentences]
    out: list[list[Part]] = []
    for sentence, found_here in zip(sentences, found):
        auds = _coordinated(sentence, found_here)
        if not auds:
            out.append([Part(sentence, GENERAL)])
            continue
        if len(auds) == 1 and (ex := _EXCEPTING_BEFORE.search(sentence[: auds[0].start])) is not None:
            state = _state(auds[0], own, status)
            phrase = (_phrase(sentence, auds[0]),)
            if _OWN_CLAUSE.match(sentence, auds[0].end):
                # "Everyone is paid monthly on the 28th, | except casual staff, who are paid
                # weekly": the rule for everyone else, and the excepted group's own
                rest = Part(sentence[: ex.start()].rstrip(" ,;"), OTHER if state == MINE else GENERAL)
                out.append([rest, Part(sentence[auds[0].start :], state, phrase)])
            else:
                # "All staff except agency workers get a free lunch": not for the group excepted
                out.append([Part(sentence, OTHER if state == MINE else GENERAL, phrase)])
            continue
        if len(auds) == 1:
            out.append([Part(sentence, _state(auds[0], own, status), (_phrase(sentence, auds[0]),))])
            continue
        tail = sentence[auds[-1].end :].strip(" .;,")
        # The groups end their parts ("purple for support staff | orange for ...") or open them
        # ("... permanent colleagues give ... | seasonal colleagues give ...").
        ends = len(tail.split()) <= 1
        cuts = [a.end for a in auds[:-1]] if ends else [a.start for a in auds[1:]]
        bounds = [0, *cuts, len(sentence)]
        parts = []
        for aud, (a, b) in zip(auds, itertools.pairwise(bounds)):
            text = _TRAILING_CONJUNCTION.sub("", sentence[a:b].strip(" ,;"))
            parts.append(Part(text, _state(aud, own, status), (_phrase(sentence, aud),)))
        out.append(parts)
    return out


_NOT_APPLICABLE_TO = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,2}\)\s*|[*†‡§]\s*)?(?:(?:this|the\s+\w+)\s+)?(?:is\s+)?"
    r"(?:not\s+applicable|does\s+not\s+apply|not\s+paid|not\s+available)\s+(?:to|for)\s+",
    re.I,
)
"""A sentence (a table's footnote) that opens by taking a group out of a rule: "(c) Not applicable
to care staff at Harbour View, ..."."""
_THEIR_OWN_AFTER = re.compile(r"[^,;.]{0,80},\s*(?:who|whose)\s+\w+")
"""A name followed by the version of the rule it has instead: "... Harbour View, who receive
£1.60 per hour on Sundays": the footnote is the rule for them."""
_NOT_FOR_BEFORE = re.compile(
    r"\b(?:except|excluding|other\s+than|apart\s+from|unless|unlike|besides|than|not)\s+(?:[\w&'’-]+\s+){0,5}$", re.I
)
"""Words before a name that make the rule not for it ("except Night Baking staff", "unlike
Data & AI"): a sentence naming a group so is no other group's rule."""


_LABELLED_SPLIT = re.compile(r"\s*[;•]\s*")
"""Where the labelled parts of a sentence part ("A: ...; B: ..." and "A: ... • B: ...")."""
_CLAUSE_CUT = re.compile(
    r"\s*;\s*(?i:and\s+|but\s+|while\s+)?|,\s+" + LAST_LISTED_SUBJECT + r"(?i:and|but|while|whereas)\s+"
)
"""Where a sentence that gives several contexts' versions of a rule in turn is cut into its
clauses ("Staff at the Harbour Museum should be in by 09:20; at the mill ... 09:50; and if your
home site is Gullet Point, ... 10:25")."""
_LIST_CUT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
"""Where a list of versions is cut, when each part holds a value and a context's name."""
_FRAME_START = re.compile(r"^\s*(?:at|in|on|for|within|if\s+your|if\s+you\s+are)\s+(?:the\s+|your\s+)?[\w'’-]+", re.I)
"""A clause that opens with a frame of its own ("at the mill", "if your home site is ..."): a new
version of the rule, not more of the last one."""
_LIST_GLUE = re.compile(
    r"\s*(?:(?:,|;|/|&|\((?:except|excluding)\s[^()]*\)|\(|\)|\b(?:and|or|in|at|the|for|"
    + "|".join(sorted(f"{n}s?" for n in SITE_NOUNS))
    + r")\b)\s*)*",
    re.I,
)
"""What may stand between the names of one list ("Lyon, Porto and the Bristol site", a country's
towns in brackets: "France (Lyon, Annecy)", "East Africa (except Somalia) and the Sahel region,
and the Lebanon office")."""

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")
"""A run of capitalised words: a place's name, when the gazetteer has it ("London", "New York")."""
_JOB_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+)(?:(?:the|our|all)\s+)?(?P<noun>[A-Za-z][a-z-]+s)\s+"
    r"(?!(?:of|and|or|in|at|on|for|with|to|from|who|whose|that)\b)[a-z]+"
)
"""A plural noun that opens a clause, followed by its verb: the clause's subject ("engineers work ...")."""
_MANAGING_JOBS = frozenset({"manager", "supervisor", "lead", "leader", "head", "director", "coordinator", "chief"})

_RANGED = frozenset({EntityType.GRADE})
"""Types whose names a rule gives as the ends of a range or a bound ("pay bands NP1 to NP4",
"grade 7 and above"): a grade named is no sign of whose rule it is."""


_GRADE_RANGE = re.compile(
    r"\b(?:(?P<word>(?i:grade|band|level))s?\s+)?(?P<prefix>[A-Z]{0,3}-?)(?P<a>\d{1,2})\s*(?:-|–|to|through)\s*"
    r"(?:(?i:grade|band|level)s?\s+)?(?P=prefix)(?P<b>\d{1,2})\b"
)
"""A range of grades: "M1 to M3", "Grades 1 to 6", "Band 5 - Band 7" (a code's letters, or a
grade word, make the numbers grades)."""
MAX_GRADE_RANGE = 20
"""Most grades a range spans (as the applicability rules read ranges); not tuned."""


def _span_end(sentence: str, start: int, name: str) -> int:
    """Where a name found at ``start`` ends in ``sentence``: its known form's length on, and the
    rest of its last word ("Staff Nurse" found as "Staff Nurses")."""
    end = min(start + len(name), len(sentence))
    while end < len(sentence) and sentence[end].isalnum():
        end += 1
    return end


def _judged_part(sentence: str) -> str:
    """What says whom a sentence is for: a table row's key (its cells only mention), else all of it."""
    row = TABLE_ROW.match(sentence)
    return sentence[: row.end("key")] if row is not None else sentence


@dataclass(frozen=True)
class Asker:
    """What :func:`memgraph.recall.answer.extractive_answer` knows of the person asking.

    Attributes:
        words: their own words: their statements and their facts' names.
        tagger: part-of-speech tags for :func:`addressed_parts`.
        question: what they ask (a group it names is theirs for :func:`addressed_parts`; its
            words key no version for :func:`version_texts`).
        context: the asker's context by type, as entity keys
            (:func:`memgraph.extraction.extract.entity_key`): what facts state, what their
            words link to, the areas their sites lie in, what the question names.
        named: the known context names a text names, with where each starts
            (:func:`memgraph.recall.mentions.named_spans`), for :meth:`named_state`.
        service: the asker's length of service in years, when they said it
            (:func:`memgraph.text.service.stated_service`): versions of a rule keyed by
            service ("After 5 years") are chosen by it.
        distance: how far the asker lives from work in miles, when they said it
            (:func:`memgraph.text.distance.stated_distance`): table rows keyed by bands of
            distance ("Over 30, up to 50 miles") are chosen by it.
        statements: their memories that state their context and nothing the question asks
            (:func:`memgraph.recall.mentions.context_statements`): no answer when the knowledge
            base has one.
    """

    words: tuple[str, ...]
    tagger: Tagger
    question: str = ""
    context: Mapping[EntityType, frozenset[str]] = field(default_factory=dict)
    named: Callable[[str], Sequence[tuple[EntityType, str, int]]] | None = None
    service: float | None = None
    distance: float | None = None
    statements: frozenset[str] = frozenset()

    @cached_property
    def _said(self) -> str:
        """The asker's words as entity keys, space-padded, for finding a name they used."""
        return f" {' '.join(entity_key(w) for w in self.words)} "

    def own_kinds(self, *sentences: str) -> int:
        """How many kinds of the asker's own context the sentences give as whom they are for
        (:meth:`scoping_names` that are theirs): 2 for "Academic staff at Millgate ..." said to an
        academic at Millgate; a version with the sentence it was cut from counts the kinds of
        both ("days start at 05:45" in "If you work at Warrington, ..."), and a version that opens
        (after a colon) with a name of the asker's own context, in any case, is for it
        ("everything runs a quarter of an hour earlier: days start at 05:45" is for days)."""
        named = {
            etype
            for sentence in sentences
            for etype, name in self.scoping_names(sentence)
            if entity_key(name) in self.context.get(etype, ())
        }
        versions = [entity_key(re.split(r":\s", sentence)[-1]) for sentence in sentences]
        opens = {
            etype
            for etype, keys in self.context.items()
            if any(version.startswith(f"{key} ") for version in versions for key in keys)
        }
        return len(named | opens)

    def named_state(self, sentence: str) -> tuple[str, tuple[str, ...]]:
        """Whose rule a sentence is by the known context names it gives
        (:meth:`scoping_names`): :data:`MINE` when it names the asker's own context of some
        type, or a name the asker said themselves ("Strategy and Change submit monthly" for
        someone in Strategy); :data:`OTHER` when it names only other contexts of a type the
        asker has one of ("Data & AI timesheets are due by Monday": ``(OTHER, ("Data &
        AI",))``); else :data:`GENERAL`. A name of a type the asker has given none of does not
        count here (:meth:`unknown_contexts`).

        Returns:
            (state, the names that decided it as known).
        """
        if not self.context:
            return GENERAL, ()
        own: list[str] = []
        own_types: set[EntityType] = set()
        others: list[tuple[EntityType, str]] = []
        for etype, name in self.scoping_names(sentence):
            keys = self.context.get(etype)
            if keys is None:
                continue
            if entity_key(name) in keys or f" {entity_key(name)} " in self._said:
                own.append(name)  # the asker's own context, or a name they used themselves
                own_types.add(etype)
            else:
                others.append((etype, name))
        if (grade := self._own_grade_range(sentence)) is not None:
            own.append(grade)  # "people managers (M1 to M3)" to someone on M2
            own_types.add(EntityType.GRADE)
        # the asker's own name in lower case ("professional services and technical staff" for
        # someone in Technical) keeps a sentence from being another's, though it makes it no one's
        folded = f" {entity_key(_judged_part(sentence))} "
        others = [(t, n) for t, n in others if not any(f" {k} " in folded for k in self.context.get(t, ()))]
        if own:
            # contexts of different kinds hold together: "At Priory, Grades 1 to 5 pay £96" is
            # no rule for someone on Grade 3 at Saltings
            if crossed := [n for t, n in others if t not in own_types]:
                return OTHER, tuple(dict.fromkeys(crossed))
            if own_types == {EntityType.LOCATION} and (job := self._other_job(sentence)) is not None:
                # "At the line stations (HSB and CRF), engineers work ..." to a ramp agent at
                # HSB: their site's rule for another job
                return OTHER, (job,)
            return MINE, tuple(dict.fromkeys(own))
        if others:
            return OTHER, tuple(dict.fromkeys(name for _, name in others))
        return GENERAL, ()

    @cached_property
    def _jobs(self) -> frozenset[str]:
        """The job nouns the asker's words hold ("ramp agent": agent), singular."""
        return frozenset(singular_word(w) for w in re.findall(r"[a-z]+", " ".join(self.words).casefold())) & ROLE_HEADS

    def _other_job(self, sentence: str) -> str | None:
        """The people of another job than the asker's that a sentence's clause is about, as its
        subject ("..., engineers work early and late shifts" to someone who said they are a
        ramp agent), or None: none, a managing job (whose rules often concern everyone:
        "managers approve leave"), or the asker's job nouns are unknown."""
        if not self._jobs:
            return None
        for m in _JOB_SUBJECT.finditer(_judged_part(sentence)):
            job = singular_word(m.group("noun").casefold())
            if job in ROLE_HEADS and job not in self._jobs and job not in _MANAGING_JOBS:
                return m.group("noun")
        return None

    def mixed_versions(self, sentence: str) -> bool:
        """Whether a sentence gives the asker's own context of some type and, apart from it,
        other contexts of that type, each with words of its own between them: several
        contexts' versions run together that no cut separates ("Tanners Yard Rear yard behind
        the malt store Millbrook Bays 20 to 45 ...", a table read without its ruling); not one
        rule for a list of them ("Strategy and Change submit monthly", "Staff in Lyon and
        Porto start at 9")."""
        if self.named is None or not self.context:
            return False
        sentence = _judged_part(sentence)
        spans = [(t, n, start) for t, n, start in self._scoping_spans(sentence) if t in self.context]
        for etype in {t for t, _, _ in spans}:
            of_type = sorted((start, n) for t, n, start in spans if t == etype)
            own = [n for _, n in of_type if entity_key(n) in self.context[etype]]
            if not own or len(of_type) == len(own):
                continue
            gaps = [sentence[_span_end(sentence, a, na) : b] for (a, na), (b, _) in itertools.pairwise(of_type)]
            if any(_LIST_GLUE.fullmatch(g) is None for g in gaps):
                return True
        return False

    def names_own(self, sentence: str) -> bool:
        """Whether a sentence gives one of the asker's own contexts (their facts' and linked
        names, not merely a name they said) as whom it is for (:meth:`scoping_names`)."""
        return any(entity_key(name) in self.context.get(etype, ()) for etype, name in self.scoping_names(sentence))

    def unknown_contexts(self, sentence: str) -> tuple[tuple[EntityType, str], ...]:
        """The known context names a sentence gives (:meth:`scoping_names`) of types the asker
        has given none of, and has not said themselves ("There is no staff parking at the
        Harbour Museum" for someone whose site is unknown).

        Returns:
            (type, name as known) pairs without repeats.
        """
        return tuple(
            dict.fromkeys(
                (etype, name)
                for etype, name in self.scoping_names(sentence)
                if etype not in self.context and f" {entity_key(name)} " not in self._said
            )
        )

    def _own_grade_range(self, sentence: str) -> str | None:
        """The range of grades holding the asker's own that a sentence gives as whom it is for
        ("people managers (M1 to M3)" to someone on M2, "Staff on Grades 1 to 6" to someone on
        Grade 4), as written: the sentence is theirs, as one naming their grade would be if a
        grade named alone were a sign (it is not: :data:`_RANGED`). None when no such range
        stands in the part that says whom the sentence is for, or it follows words that send
        one to it or leave it out ("runs from Grade 1 to Grade 9")."""
        own = self.context.get(EntityType.GRADE)
        if not own:
            return None
        judged = _judged_part(sentence)
        for m in _GRADE_RANGE.finditer(judged):
            before = judged[: m.start()]
            word = (m.group("word") or "").lower()
            if (
                (not word and not m.group("prefix"))
                or _PREPOSITION_BEFORE.search(before)
                or _NOT_FOR_BEFORE.search(before)
            ):
                continue
            first, last = int(m.group("a")), int(m.group("b"))
            if not 0 < last - first <= MAX_GRADE_RANGE:
                continue
            codes = [f"{m.group('prefix')}{n}" for n in range(first, last + 1)]
            names = [(grade_name(word, c) if word else c) or c for c in codes]
            if any(entity_key(n) in own for n in names):
                return m.group()
        return None

    def scoping_names(self, sentence: str) -> list[tuple[EntityType, str]]:
        """The known context names a sentence gives as whom it is for (:attr:`named`): a table
        row's by its key only (its cells only mention); not a name after words that send one
        to it ("ask the Duty Manager") or leave it out ("except Data & AI"), nor a grade (one
        of :data:`_RANGED`).

        Returns:
            (type, name as known) in order, repeats kept.
        """
        return [(etype, name) for etype, name, _ in self._scoping_spans(_judged_part(sentence))]

    def _scoping_spans(self, sentence: str) -> list[tuple[EntityType, str, int]]:
        """:meth:`scoping_names` of ``sentence`` as given, with where each starts in it."""
        if self.named is None:
            return []
        out = []
        for etype, name, start in self.named(sentence):
            before = sentence[:start]
            if etype in _RANGED or _PREPOSITION_BEFORE.search(before):
                continue
            if _NOT_FOR_BEFORE.search(before) and not (
                _NOT_APPLICABLE_TO.match(before) and _THEIR_OWN_AFTER.match(sentence[start:])
            ):
                continue
            out.append((etype, name, start))
        return out

    def own_columns(self, sentence: str) -> str | None:
        """A sentence that gives a rule per context, each labelled by a known name of one type
        ("Ashby Road Animal Hospital: Ferrier Street multi-storey; Kelder Street Surgery: none on
        site", a table row with a column per site), cut to the asker's own labelled parts and
        the parts labelled by no context ("Topic: Staff parking").

        Returns:
            The cut sentence, or None when it labels fewer than two parts so, none or all of
            them the asker's.
        """
        if self.named is None or not self.context:
            return None
        parts = [p.strip() for p in _LABELLED_SPLIT.split(sentence) if p.strip()]
        labels = [self._column_label(part.partition(":")[0] if ":" in part else "") for part in parts]
        if sum(lab is not None for lab in labels) < 2:
            return None
        context = self.context
        mine = [lab is not None and any(entity_key(n) in context.get(t, ()) for t, n in lab) for lab in labels]
        # another context's part: labelled by names of a type the asker has given, none theirs
        others = [lab is not None and not m and any(t in context for t, _ in lab) for lab, m in zip(labels, mine)]
        if not any(mine) or not any(others):
            return None
        # (the row's key, which a loader writes before each cell, once)
        return "; ".join(dict.fromkeys(p for p, other in zip(parts, others) if not other))

    def _column_label(
        self, label: str, spans: Sequence[tuple[EntityType, str, int]] | None = None
    ) -> tuple[tuple[EntityType, str], ...] | None:
        """The contexts a column's label names: one known name, whole ("Kelder Street
        Surgery"), or a group's with, in brackets, the known names of who it is ("Flight crew
        (CPT, FO)": the group, the Captain and the First Officer; "Flight crew (see 2.1)": the
        group); None for any other label. ``spans``: ``self.named(label)``, when the caller has
        it already."""
        if not 2 <= len(label) <= 60 or self.named is None:
            return None
        if spans is None:
            spans = self._label_spans(label)
        bracket = _LABEL_BRACKET.search(label)
        head = label[: bracket.start()].strip() if bracket is not None else label.strip()
        if not spans or spans[0][2] != 0 or (len(spans[0][1]) < len(head) - 4 and not _kind_tail(head, spans[0][1])):
            return None
        if bracket is None:
            return ((spans[0][0], spans[0][1]),)
        return ((spans[0][0], spans[0][1]), *((t, n) for t, n, at in spans if at >= bracket.start(1)))

    def _label_spans(self, label: str) -> list[tuple[EntityType, str, int]]:
        """:attr:`named` of a column's label, read as a cell after a semicolon (as it stands in
        its row), not as a text's first word: a one-word name that opens a text is read as no
        name ("Bindaree" alone), in a cell it is one ("...; Bindaree: $41.20 per shift")."""
        if self.named is None:
            return []
        return [(t, n, at - 2) for t, n, at in self.named(f"; {label}") if at >= 2]

    def other_columns(self, sentence: str) -> tuple[str, ...]:
        """The names that label a table row's value cells, when each is a known context of a
        type the asker has given and none is theirs: the row's key may be the asker's ("Grade:
        Senior Associates; Netherlands: 11%." to a Senior Associate in Glasgow), but its values
        are another context's.

        Returns:
            Those names as known, or ``()`` (not a row, a cell labelled by no known name or by
            the asker's own, or a type the asker has not given).
        """
        cells = self._column_names(sentence)
        if not cells or not self.context:
            return ()
        for named in cells:
            if not any(t in self.context for t, _ in named) or any(
                entity_key(n) in self.context.get(t, ()) or f" {entity_key(n)} " in self._said for t, n in named
            ):
                return ()
        return tuple(dict.fromkeys(named[0][1] for named in cells))

    def unknown_columns(self, sentence: str) -> tuple[str, ...]:
        """The names that label a table row's value cells, two or more, when each is a known
        context of a type the asker has not given ("Role: Care assistant; Northern homes: £1.45
        an hour; Southern homes: £1.75 an hour." to a care assistant whose home is unknown):
        the row's key may be theirs, but which value is theirs is not known.

        Returns:
            Those names as known, or ``()``.
        """
        if self.named is None or TABLE_ROW.match(sentence) is None:
            return ()
        parts = [p.strip() for p in _LABELLED_SPLIT.split(sentence) if p.strip()]
        # (the row's key, which a loader writes before each cell, labels no column)
        labels = [lab for part in parts if ":" in part and (lab := self._column_label(part.partition(":")[0]))]
        if len({lab[0][1] for lab in labels}) < 2 or len({lab[0][0] for lab in labels}) != 1:
            return ()
        if any(t in self.context or f" {entity_key(n)} " in self._said for lab in labels for t, n in lab):
            return ()
        return tuple(dict.fromkeys(lab[0][1] for lab in labels))

    def _column_names(self, sentence: str) -> list[tuple[tuple[EntityType, str], ...]]:
        """Per value cell of a table row, the known contexts its label names (one, or a
        group's with its members in brackets: "Cabin crew (SCCM, CC)"); empty when ``sentence``
        is no row or a cell is labelled by no context's name (a topic's column: "Entitlement:
        25 days"), by two ("DEP-N / DEP-E") or by a grade range ("Bands 2 to 4")."""
        row = TABLE_ROW.match(sentence)
        if self.named is None or row is None:
            return []
        out: list[tuple[tuple[EntityType, str], ...]] = []
        for cell in (c.strip() for c in _LABELLED_SPLIT.split(sentence[row.end("key") :]) if c.strip()):
            label = cell.partition(":")[0].strip()
            if ":" not in cell or "/" in label:
                return []  # no column's cell, or a column for two contexts ("DEP-N / DEP-E")
            spans = self._label_spans(label) if 2 <= len(label) <= 60 else []
            if any(t in _RANGED for t, _, _ in spans):
                return []  # a grade range ("Bands 2 to 4")
            named = self._column_label(label, spans)
            if named is None and is_place(label):
                named = ((EntityType.LOCATION, label),)  # a country the graph does not know by name
            if named is None:
                return []  # a topic's column ("Entitlement: 25 days"), not a context's
            out.append(named)
        return out

    def own_clauses(self, sentence: str) -> str | None:
        """A sentence that gives several contexts' versions of a rule clause by clause, cut to
        the asker's: the clauses before the first that names a context (the rule's lead-in) and
        those that name the asker's own (:meth:`named_state`), with the clauses that go on
        from them. A later clause that names no context goes on from the clause before it,
        unless it opens with a frame of its own and gives a value: then it is another version
        in words the graph does not know as a name ("...; at the mill, the day begins at
        09:50"), and goes.

        Returns:
            The cut sentence, or None when no clause (cut at ";" and ", and|but|while|whereas")
            names the asker's own context, none is another version, or the sentence is a
            table row.
        """
        if TABLE_ROW.match(sentence):
            return None
        clauses = [c for c in _CLAUSE_CUT.split(sentence) if c.strip()]
        if len(clauses) < 2:
            # a list of versions each with its value and its context ("Handover starts at 07:40
            # at Ashby Court, at 07:25 at The Larches and at 07:55 at Harbour View")
            clauses = [c for c in _split_outside_brackets(_LIST_CUT, sentence) if c.strip()]
            if len(clauses) < 2 or not all(
                _VALUE.search(_ENUMERATOR.sub("", c.strip())) and self.named_state(c)[0] != GENERAL for c in clauses
            ):
                return None  # ("6.2 Staff in the Design Studio and in Visualisation receive 27 days": one rule)
        states = [self.named_state(c)[0] for c in clauses]
        if MINE not in states:
            return None
        # a clause that names no context goes on with the one before ("Colleagues in the
        # Northern region: start at 08:15; submit timesheets on Thursdays"), unless it opens
        # with a frame of its own ("at the mill, the day begins at 09:50")
        owner: list[str] = []
        for clause, state in zip(clauses, states):
            if state == GENERAL and owner and not _FRAME_START.match(clause):
                state = owner[-1]
            owner.append(OTHER if state == GENERAL and owner and _VALUE.search(clause) else state)
        if all(st != OTHER for st in owner):
            return None  # nothing reads as another version
        first_named = next(i for i, st in enumerate(states) if st != GENERAL)
        kept = [c.strip() for i, (c, st) in enumerate(zip(clauses, owner)) if i < first_named or st == MINE]
        return "; ".join(kept)

    def parts(self, sentences: Sequence[str], beside: Sequence[str] = ()) -> list[list[Part]]:
        """:func:`addressed_parts` of ``sentences`` (beside the other sentences found,
        ``beside``) for this asker."""
        return addressed_parts(sentences, (*self.words, self.question), self.tagger, beside)

    def versions(
        self, sentences: Sequence[str], passages: Sequence[int] | None = None
    ) -> tuple[list[str | None], set[int]]:
        """:func:`version_choice` of ``sentences`` (from ``passages``, one index per sentence)
        for this asker: a place or known context the question names ("I've got a conference in
        London, ...") keys the versions as the asker's own words do ("up to £125 a night in
        London and £90 a night elsewhere")."""
        named = word_stems(self._question_contexts)
        return version_choice(
            sentences,
            word_stems(self.words) | named,
            word_stems([self.question]) - named,
            self.tagger,
            service=self.service,
            distance=self.distance,
            passages=passages,
        )

    @cached_property
    def _question_contexts(self) -> list[str]:
        """The places (:func:`memgraph.text.places.is_place`) and known contexts the question
        names, as written."""
        names = [name for _, name, _ in self.named(self.question)] if self.named is not None else []
        names += [m.group() for m in _CAPITALISED.finditer(self.question) if m.start() and is_place(m.group())]
        return names


_ENUMERATION = re.compile(r"\s*(?:;|•|,\s*(?:and\s+|or\s+)?(?=\D)|\s+(?:and|or|while|whereas)\s+)\s*")
"""Where a sentence that lists several versions of a rule is cut ("Scaffolders have theirs on
Monday, | electricians on Tuesday | and roofers on Thursday"); not inside "1,500"."""
_DAYS_AND_MONTHS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|"
    "august|september|october|november|december"
)
_VALUE = re.compile(r"(?<![^\W\d_])\d|[£$€¥%]|\b(?i:(?:" + _DAYS_AND_MONTHS + r")s?)\b")
"""A value: a number that does not end a code ("25 GBP", "06:30"; not "CC1"), an amount, a day
or a month."""
TABLE_ROW = re.compile(r"^(?P<header>[^:;]{1,40}):\s*(?P<key>[^:;]{1,60});\s*[^:;]{1,40}:")
"""A table row as the loaders write it, "Header: value; Header: value; ...": its first column's
header and value (the row's key)."""
_ENUMERATOR = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[a-z]\))\s+")
"""A clause number or list marker that opens a sentence ("6.2", "3)", "(b)")."""
_VALUE_WORDS = re.compile(r"\S*\d\S*|[£$€¥%]|\b(?i:(?:" + _DAYS_AND_MONTHS + r")s?)\b")
"""What is left out of a part's own words: anything with a digit in it, amounts, days, months."""
_NOUN_PHRASE_START = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "$"})
"""Penn Treebank tags a version's part may open with: its key's noun phrase, or an amount whose
key follows it ("up to £125 a night in London | and £90 a night elsewhere"; not a bare number:
"5 have a target")."""


_LABEL_KIND_WORDS = GROUP_NOUNS | SITE_NOUNS | {singular_word(w) for w in MEMBER_NOUNS} | {"home"}
"""Words after a name in a column's label that say what the name's column is for: "Northern
homes", "Retail staff", "City sites"."""


def _kind_tail(label: str, name: str) -> bool:
    """Whether ``label`` is ``name`` and then only kind words (:data:`_LABEL_KIND_WORDS`)."""
    if not label.casefold().startswith(name.casefold()):
        return False
    rest = label[len(name) :].split()
    return bool(rest) and all(singular_word(w.casefold()) in _LABEL_KIND_WORDS for w in rest)


_LABEL_BRACKET = re.compile(r"\(([^()]{2,40})\)\s*$")
"""A column label's closing brackets, which may list who the column is for ("Flight crew (CPT, FO)")."""


def _distinguishing(texts: Sequence[str], question: frozenset[str]) -> list[frozenset[str]]:
    """Each text's stems that no other of ``texts`` holds, nor the question."""
    stems = [word_stems([t]) for t in texts]
    return [s - frozenset().union(*(o for j, o in enumerate(stems) if j != i)) - question for i, s in enumerate(stems)]


def _best(keys: Sequence[frozenset[str]], own: frozenset[str]) -> list[int]:
    """The indices of the keys that share the most stems with ``own``, and of those the ones
    with the fewest stems ``own`` lacks ("Cabin Manager" over "Senior Cabin Crew" for a cabin
    manager in the Cabin Crew); none when none shares any or all do equally: nothing to choose."""
    scores = [(len(k & own), -len(k - own)) for k in keys]
    top = max(scores, default=(0, 0))
    chosen = [i for i, score in enumerate(scores) if score == top]
    return chosen if top[0] and len(chosen) < len(keys) else []


def version_texts(
    sentences: Sequence[str], own: frozenset[str], question: frozenset[str], tagger: Tagger
) -> list[str | None]:
    """The texts of :func:`version_choice`."""
    return version_choice(sentences, own, question, tagger)[0]


def version_choice(
    sentences: Sequence[str],
    own: frozenset[str],
    question: frozenset[str],
    tagger: Tagger,
    *,
    service: float | None = None,
    distance: float | None = None,
    passages: Sequence[int] | None = None,
) -> tuple[list[str | None], set[int]]:
    """The asker's versions of rules given side by side for several people.

    Versions are found by shape, whatever names their keys: the parts of one sentence or
    list that each hold a value (:func:`_listed_versions`: "a CC1 adviser can give up to 25
    GBP, a CC2 adviser up to 60 GBP", "Core: 4 comps • Season: 2 comps"), table rows with the
    same first column ("Job title: Store Manager; Refund: Up to £600") and parallel sentences
    (:func:`memgraph.extraction.parallel.versions`). Each version's key is its words that the
    others lack (and the question does not hold); the versions whose keys share the most
    words with the asker's own (``own``, Porter stems) are theirs. When no key shares a word
    with the asker's, nothing is chosen: every version is left as it is.

    Versions keyed by ranges of service ("Less than 1 year", "1 year but less than 3 years";
    "27 days on joining, 29 days after five years") are chosen by ``service`` (years) instead,
    when it is given (:func:`memgraph.text.service.holding`), and table rows with a column of
    distance bands ("Home to site: Over 30, up to 50 miles") by ``distance`` (miles).

    A value that rises with service over several sentences of one passage
    (:func:`service_ladders`; ``passages``: the passage of each sentence) is cut to the asker's
    step too.

    Returns:
        (per sentence: the text to quote (the sentence, or its parts that are the asker's
        versions), or None for another person's version; the indices of the sentences chosen
        as the asker's own versions, whole or in part).
    """
    out: list[str | None] = list(sentences)
    theirs: set[int] = set()
    tags = tagger(list(sentences))
    for i, sentence in enumerate(sentences):
        if service is not None and (cut := _service_parts(sentence, service)) is not None:
            out[i] = cut
            theirs.add(i)
        elif service is not None and (condition := _service_condition(sentence)) is not None:
            # one version, its range of service said before its rule ("From the end of the
            # first year of service, employees may also ...", "New joiners may ..."): the asker's
            # or someone else's
            if condition[0] <= service and (condition[1] is None or service < condition[1]):
                theirs.add(i)
            else:
                out[i] = None
        elif (listed := _listed_versions(sentence, dict(tags[i]))) and (
            chosen := _best(_distinguishing(listed, question), own)
        ):
            out[i] = "; ".join(listed[k] for k in chosen)
            theirs.add(i)
    if service is not None:
        # a value that rises with service over several sentences: the asker's step only
        keep, laddered = _ladder_choice(sentences, service, passages)
        for i, kept in keep.items():
            out[i] = out[i] if kept else None
        theirs |= laddered
    by_header: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        if (m := TABLE_ROW.match(sentence)) is not None:
            by_header.setdefault(m.group("header").casefold(), []).append(i)
    settled: set[int] = set()  # rows keyed by service: never chosen by words
    by_service_header: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        if service_keyed(sentence) and (m := _KEYED_ROW.match(sentence)) is not None:
            by_service_header.setdefault(m.group("header").casefold(), []).append(i)
    for ids in by_service_header.values():
        settled.update(ids)
        if service is not None and (held := _by_service([sentences[i] for i in ids], service)) is not None:
            # the asker's row is theirs, and a row whose range does not hold their service
            # someone else's, even alone ("After 5 years" to someone of 3 years)
            theirs -= set(ids)
            theirs |= {ids[k] for k in held}
            for k, i in enumerate(ids):
                out[i] = sentences[i] if k in held else None  # the whole row, whatever its cells list
    groups = [ids for ids in by_header.values() if len(ids) >= 2]
    groups += [list(v.indices) for v in versions(sentences, tagger)]
    for ids in groups:
        if settled & set(ids):
            continue
        by_service = _by_service([sentences[i] for i in ids], service) if service is not None else None
        if by_service is None and any(distance_banded(sentences[i]) for i in ids):
            if distance is None:
                continue  # bands of distance: chosen by the asker's distance, never by words
            by_service = _by_band([sentences[i] for i in ids], distance)
        keys = _distinguishing([_key_text(sentences[i]) for i in ids], question)
        picked = {ids[k] for k in (by_service if by_service is not None else _best(keys, own))}
        theirs |= picked
        for i in ids:
            if picked and i not in picked:
                out[i] = None
    return out, theirs


_CONDITION_CLAUSE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\s+)?(?P<clause>[^,;:]{3,90}?),\s")
"""A sentence's opening clause, before its first comma ("From the end of the first year of
service, employees may ...")."""
_SUBJECT = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\s+)?(?P<subject>[^,;:]{3,80}?)\s+(?:may|must|can|cannot|will|shall|should|"
    r"receive|get|are|have|do|book|take|earn|qualify)\b"
)
"""A sentence's subject, before its verb ("New joiners | may book ...")."""


def _service_condition(sentence: str) -> tuple[float, float | None] | None:
    """The one range of service a sentence's rule holds for, said before the rule: in its
    opening clause ("From the end of the first year of service, employees may also ...": [1,
    None)) or its subject ("New joiners may book ...": [0, 1)). None for a table row, a sentence
    that lists versions (:func:`service_versions`) or says no range first."""
    if TABLE_ROW.match(sentence) or service_versions(sentence):
        return None
    for m in (_CONDITION_CLAUSE.match(sentence), _SUBJECT.match(sentence)):
        if m is not None and (held := service_range(m.group(1))) is not None:
            return held
    return None


_KEYED_ROW = re.compile(r"^(?P<header>[^:;]{1,80}):\s*(?P<key>[^:;]{1,60});\s*[^:;]{1,80}:")
"""A table row as :data:`TABLE_ROW`, with room for a long header ("Continuous service at first
day of absence: Less than 1 year; Full pay: ...")."""


def _by_service(texts: Sequence[str], service: float) -> list[int] | None:
    """The versions among ``texts`` (table rows of one column, or parallel sentences) whose
    range of service holds ``service`` years; None when they are not keyed by service. A row's
    range is its first cell, read as one of service when its header speaks of service
    ("Continuous service at first day of absence: Less than 1 year; ..."); one such row is
    enough to tell."""
    rows = [_KEYED_ROW.match(t) for t in texts]
    if all(rows):
        said = any(speaks_of_service(m.group("header")) for m in rows if m)
        return holding(
            [_in_header_unit(m.group("key"), m.group("header")) for m in rows if m], service, said=said, least=1
        )
    return holding(texts, service)


def _by_band(rows: Sequence[str], miles: float) -> list[int] | None:
    """The table rows among ``rows`` whose column of distance bands holds ``miles``
    (:func:`memgraph.text.distance.distance_range`: "Band: C; Home to site: Over 30, up to 50
    miles; ..."); None when no column of them holds a band in two rows or more."""
    cells = [[c.partition(":")[2].strip() for c in row.split(";")] for row in rows]
    for column in range(max((len(c) for c in cells), default=0)):
        values = [c[column] if column < len(c) else "" for c in cells]
        if sum(distance_range(v) is not None for v in values) >= 2:
            return holding(values, miles, reader=distance_range)
    return None


def distance_banded(sentence: str) -> bool:
    """Whether a sentence is a table row that gives a band of distance ("Band: C; Home to site:
    Over 30, up to 50 miles; Daily travel allowance: £11.20.")."""
    return _KEYED_ROW.match(sentence) is not None and gives_band(sentence)


def _in_header_unit(key: str, header: str) -> str:
    """A row's key with the unit its column's header gives it ("Years of service: 5 to 14" is
    "5 to 14 years", "15 or more" "15 years or more")."""
    unit = re.search(r"\b(years?|months?)\b", header, re.I)
    if unit is None or re.search(r"\b(?:years?|months?)\b", key, re.I) or not re.search(r"\d", key):
        return key
    return re.sub(r"(\d+(?:\.\d+)?)(?=\D*$)", rf"\1 {unit.group(1).lower()}", key, count=1)


def _service_columns(sentence: str) -> tuple[list[str], list[int]]:
    """A table row's cells ("annual leave: FD and CC; Under 5 years of service: 32 days; 5 to 9
    years: 34 days; ...") and the indices of those whose column header is a range of service;
    no cells for anything but a row."""
    if _KEYED_ROW.match(sentence) is None:
        return [], []
    cells = [c.strip() for c in sentence.rstrip(" .").split(";") if c.strip()]
    keyed = [k for k, c in enumerate(cells) if k and service_range(c.partition(":")[0], said=True) is not None]
    return cells, keyed


def _service_keyed_parts(sentence: str) -> tuple[list[str], list[int]]:
    """A sentence's parts (cut at :data:`_ENUMERATION`) and the indices of those that give a
    value for a range of service ("29 days after five years"); no parts for a table row or a
    sentence that does not speak of service."""
    if _KEYED_ROW.match(sentence) or not speaks_of_service(sentence):
        return [], []
    # cut at semicolons when it has any ("... less than one year ... 2 weeks; ... one year of
    # service or more ... 10 weeks"), else at its enumeration, never inside "or more"
    parts = [p for p in sentence.split(";") if p.strip()]
    if len(parts) < 2:
        parts = _enumerated(sentence)
        if _keyed_count(parts) < 2 and len(risen := _RISE_CUT.split(sentence)) > 1:
            parts = risen  # "grades LH5 and LH6: 28 days, | rising to 33 days after five years"
    else:
        # a semicolon's part may list steps of its own ("is 28 days; after 5 years ... it is 30
        # days, and after 10 years ... it is 32 days") or rise to one ("4% of gross earnings, |
        # rising to 6% once they have five years of continuous service")
        parts = [
            q for p in parts for q in (_enumerated(p) if _keyed_count(_enumerated(p)) >= 2 else _RISE_CUT.split(p))
        ]
    return parts, [i for i, p in enumerate(parts) if _keyed(p)]


_RISE_WORD = r"(?:rises|rising|increases|increasing|goes\s+up|going\s+up|grows|growing)"
"""The words a value rises by, as a regular expression's alternation."""
_RISE_CUT = re.compile(rf",\s*(?=(?:(?:which|that)\s+)?{_RISE_WORD}\s+to\b)", re.I)
"""Where a value's rise with service is cut from it: "28 days, | rising to 33 days after five years"."""
_RISE_TO = re.compile(rf"\b{_RISE_WORD}\s+to\s+", re.I)
"""What a step's value follows, first or after its length of service ("after three years' continuous
service this rises to 25 days")."""


def _enumerated(text: str) -> list[str]:
    """``text`` cut at its enumeration (:data:`_ENUMERATION`), never inside "or more"."""
    kept = _OPEN_END.sub(lambda m: m.group().replace(" ", "\x00"), text)
    return [p.replace("\x00", " ") for p in _ENUMERATION.split(kept) if p.strip()]


def _keyed(part: str) -> bool:
    """Whether a part gives a value for a range of service ("29 days after five years")."""
    return _VALUE.search(part) is not None and service_range(part, said=True) is not None


def _keyed_count(parts: Sequence[str]) -> int:
    return sum(_keyed(p) for p in parts)


_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|while|whereas)\s+", re.I)
_OPEN_END = re.compile(r"\b(?:or|and)\s+(?:more|over|above|longer|upwards)\b", re.I)
"""The open end of a range ("5 years or more"), which no enumeration cuts."""


def service_keyed(sentence: str) -> bool:
    """Whether a sentence is a version of a rule keyed by length of service, or lists such
    versions (:func:`service_versions`)."""
    return service_versions(sentence) > 0


def service_versions(sentence: str) -> int:
    """How many versions of a rule by length of service a sentence gives: 1 for a table row
    whose first column is one of service ("Reckonable NHS service: After 5 years; Annual leave:
    29 days"); for a row with columns by service ("Under 5 years of service: 32 days; 5 to 9
    years: 34 days") or a sentence listing them ("27 days on joining, 29 days after five
    years"), how many it lists (two or more); else 0."""
    if (m := _KEYED_ROW.match(sentence)) is not None:
        if len(columns := _service_columns(sentence)[1]) >= 2:
            return len(columns)
        key = _in_header_unit(m.group("key"), m.group("header"))
        return int(speaks_of_service(m.group("header")) and service_range(key, said=True) is not None)
    keyed = len(_service_keyed_parts(sentence)[1])
    return keyed if keyed >= 2 else 0


def _service_parts(sentence: str, service: float) -> str | None:
    """A sentence that lists a rule's versions by service ("27 days on joining, 29 days after
    five years and 33 days after ten years, plus bank holidays") cut to the asker's version and
    the parts that key none, or a table row whose columns are ranges of service cut to its key
    and the asker's column; None when it lists no two ranges of service."""
    cells, columns = _service_columns(sentence)
    if len(columns) >= 2:
        held = {columns[k] for k in holding([cells[i].partition(":")[0] for i in columns], service, said=True) or ()}
        if not held:
            return None
        return "; ".join(c for k, c in enumerate(cells) if k not in columns or k in held) + "."
    parts, keyed = _service_keyed_parts(sentence)
    joiner = "; " if ";" in sentence.rstrip(" ;.") else ", "
    if (ladder := _ladder(parts, keyed, service)) is not None:
        return joiner.join(p.strip() for p in ladder)
    if len(keyed) < 2:
        return None
    chosen = {keyed[k] for k in holding([parts[i] for i in keyed], service, said=True) or ()}
    if not chosen:
        return None
    kept = [_LEADING_CONJUNCTION.sub("", p.strip()) for i, p in enumerate(parts) if i not in keyed or i in chosen]
    return joiner.join(k[:1].upper() + k[1:] if n == 0 else k for n, k in enumerate(kept))


def _ladder(parts: Sequence[str], keyed: Sequence[int], service: float) -> list[str] | None:
    """A value and the later values it rises to ("start on 26 days, | which rises to 27 days
    after two years | and to 28 days after four years"; "receive 33 days, ..., | and 35 days once
    they have five years' service") cut to the asker's step: the parts without the other steps,
    the chosen step's value put in the first one's place. None when ``parts`` (cut by
    :func:`_service_keyed_parts`, ``keyed`` those giving a range) are no such ladder: the keyed
    parts must each start at some length of service and run on ("after five years"), in rising
    order, after a part that gives a value and no range (the value until the first step)."""
    if not keyed or keyed[0] == 0:
        return None
    spans = [service_range(_STEP.sub("", parts[i].strip()), said=True) for i in keyed]
    starts = [span[0] for span in spans if span is not None and span[1] is None and span[0] > 0]
    if len(starts) != len(keyed) or starts != sorted(set(starts)):
        return None
    base = next((i for i in range(keyed[0] - 1, -1, -1) if _VALUE.search(parts[i])), None)
    if base is None or service_range(parts[base], said=True) is not None:
        return None
    step = max((k for k, start in enumerate(starts) if start <= service), default=None)
    if step is None:  # under the first step: the value before it
        kept = [p for i, p in enumerate(parts) if i not in keyed]
    else:
        values = list(_NUMBER.finditer(parts[base]))
        if not values:
            return None
        text = parts[keyed[step]].strip()
        chosen = (text[rise.end() :] if (rise := _RISE_TO.search(text)) else _STEP.sub("", text)).rstrip(" .")
        lead = f"{parts[base][: values[-1].start()].rstrip()} {chosen}".strip()
        kept = [lead if i == base else p for i, p in enumerate(parts) if i not in keyed or i == base]
    if parts[-1].rstrip().endswith(".") and not kept[-1].rstrip().endswith("."):
        kept[-1] = kept[-1].rstrip() + "."
    return kept


_NUMBER = re.compile(r"[£$€¥]?\d[\d,.:]*")
"""A number, with its currency sign: the value a ladder's first part gives is its last."""

_AMOUNT_UNIT = re.compile(r"(?P<sign>[£$€¥])?\d[\d,.]*(?:\s*(?P<unit>%|[^\W\d_]+))?")
_RISES = re.compile(r"\b(?:rises?|rising|increases?|increasing|goes\s+up|going\s+up|grows?|growing)\b", re.I)
MAX_LADDER_GAP = 2
"""Most sentences between a ladder's first value and its first step ("Members receive 30 days'
annual leave, ... | The remaining days are taken ... | Members with ten years' ... receive 33
days."); not tuned."""


def _amount_units(text: str) -> list[str]:
    """The unit of each amount a text gives in digits: "day" for "30 days'", "£" for "£385"
    (not a clause's number, "6.2 Members ...", nor a stop word after a number, "20 of which")."""
    out = []
    stop = stopwords()
    for m in _AMOUNT_UNIT.finditer(_ENUMERATOR.sub("", text.strip(), count=1)):
        if m.group("sign"):
            out.append(m.group("sign"))
        elif m.group("unit") and (unit := m.group("unit").casefold()) not in stop:
            out.append(singular_word(unit))
    return out


def service_ladders(sentences: Sequence[str], passages: Sequence[int] | None = None) -> list[list[int]]:
    """Rules that rise with service over several sentences of one passage: a sentence that gives
    a value and no length of service, then sentences that each start at a longer one (in rising
    order) and give one value of the same unit, by the same words or by a word of rising
    ("Members receive 30 days' annual leave ... | Members with ten years' continuous membership
    receive 33 days. | After twenty years' continuous membership, a member's leave rises to 36
    days."). A sentence that gives its own value before the rise ("26 days, rising to 31 days
    after five years") is a ladder of its own (:func:`_ladder`), no step.

    Args:
        passages: the passage each sentence comes from (default: all one).

    Returns:
        Per ladder, the index of its first value's sentence, then those of its steps.
    """
    where = list(passages) if passages is not None else [0] * len(sentences)
    out: list[list[int]] = []
    i = 0
    while i < len(sentences):
        span = service_range(sentences[i])
        if span is None or span[1] is not None or span[0] <= 0 or service_versions(sentences[i]):
            i += 1
            continue
        units = set(_amount_units(sentences[i]))
        base = next(
            (
                b
                for b in range(i - 1, max(i - 2 - MAX_LADDER_GAP, -1), -1)
                if where[b] == where[i]
                and units & set(_amount_units(sentences[b]))
                and service_range(sentences[b]) is None
            ),
            None,
        )
        steps: list[int] = []
        last = 0.0
        while base is not None and i < len(sentences) and where[i] == where[base]:
            span = service_range(sentences[i])
            if span is None or span[1] is not None or span[0] <= last or service_versions(sentences[i]):
                break
            shared = word_stems([sentences[i]]) & word_stems([sentences[base]])
            values = [u for u in _amount_units(sentences[i]) if u in units and u not in ("year", "month")]
            if len(values) != 1 or not (_RISES.search(sentences[i]) or len(shared) >= 2):
                break
            steps.append(i)
            last = span[0]
            i += 1
        if base is not None and steps:
            out.append([base, *steps])
        else:
            i += 1
    return out


def _ladder_choice(
    sentences: Sequence[str], service: float, passages: Sequence[int] | None = None
) -> tuple[dict[int, bool], set[int]]:
    """Per sentence of a :func:`service_ladders` ladder, whether it is kept for someone of
    ``service`` years (the highest step they have reached, else the first value alone), and the
    indices kept as their version."""
    keep: dict[int, bool] = {}
    theirs: set[int] = set()
    for base, *steps in service_ladders(sentences, passages):
        reached = [k for k in steps if (span := service_range(sentences[k])) is not None and span[0] <= service]
        chosen = reached[-1] if reached else base
        keep.update({k: k == chosen for k in (base, *steps)})
        theirs.add(chosen)
    return keep, theirs


_STEP = re.compile(
    r"^(?:(?:and|but|then)\s+)?(?:(?:which|that)\s+)?(?:(?:rises|rising|increases|increasing|goes\s+up|going\s+up|"
    r"grows|growing)\s+)?(?:(?:and\s+)?to\s+)?",
    re.I,
)
"""What opens a step of a ladder before its value: "which rises to", "rising to", "and to", "and"."""


def _key_text(sentence: str) -> str:
    """What keys a version: a row's first cell, else the whole sentence."""
    if (m := TABLE_ROW.match(sentence)) is not None:
        return m.group("key")
    return sentence


def _cuts_outside_brackets(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that stand outside brackets: a list inside them
    glosses one key ("Salaried staff (site management and head office) are paid monthly")."""
    return [c for c in pattern.finditer(text) if text.count("(", 0, c.start()) <= text.count(")", 0, c.start())]


def _split_outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """``text`` cut at :func:`_cuts_outside_brackets`."""
    bounds = [0, *(x for c in _cuts_outside_brackets(pattern, text) for x in (c.start(), c.end())), len(text)]
    return [text[a:b] for a, b in zip(bounds[::2], bounds[1::2])]


def _listed_versions(sentence: str, tag_at: dict[int, str]) -> list[str]:
    """The parts of a sentence that list versions of one rule, or [] when it lists none.

    The parts are cut at :data:`_ENUMERATION`; two or more must hold a value and a word of their
    own besides it, and each after the first must open with a noun phrase (its key: "electricians
    on Tuesday", "a CC2 adviser up to 60 GBP", "Season: 2 comps"), not with a verb, a preposition
    or a number ("can work from home on Mondays", "with a core time from 09:30", "5 have a
    target"): such a part goes on with the same people. A table row's cells are columns, not
    versions, and a clause number ("6.2") is no value.
    """
    if TABLE_ROW.match(sentence):
        return []
    body = sentence[len(m.group()) :] if (m := _ENUMERATOR.match(sentence)) else sentence
    offset = len(sentence) - len(body)
    parts: list[tuple[int, str]] = []
    pos = 0
    for cut in [*_cuts_outside_brackets(_ENUMERATION, body), None]:
        end = cut.start() if cut else len(body)
        if body[pos:end].strip():
            parts.append((offset + pos, body[pos:end]))
        pos = cut.end() if cut else end
    valued = [(start, p) for start, p in parts if _VALUE.search(p)]
    if len(valued) < 2:
        return []
    if any(tag_at.get(start, "") not in _NOUN_PHRASE_START for start, _ in valued[1:]):
        return []
    texts = [p for _, p in valued]
    if not all(word_stems([_VALUE_WORDS.sub(" ", p)]) for p in texts):
        return []
    return texts
