"""Reading natural-language feedback without an LLM: what it asks for and what it says.

:func:`read_feedback` sorts feedback into a :class:`~memgraph.models.FeedbackKind` by cue
phrases, in this order (the first that holds wins):

1. *forget*: an imperative to forget or delete ("forget my home address", "please delete what
   I said about my sister"); "don't forget ..." is not one.
2. *correction*: the feedback states a fact about the speaker that the extractor reads
   ("No, I'm in Technology now", "Actually I moved to the Leeds office").
3. *preference*: how the assistant should answer ("answer in one sentence", "call me Sam",
   "use bullet points").
4. *confirm*: an affirmation with no negation ("yes, that's right", "thanks, spot on").
5. *knowledge*: a passage is outdated or wrong ("that policy is outdated", "the meal
   allowance you quoted changed in October").
6. otherwise the kind is left open (``None``) when the feedback says only that something is
   wrong ("that's wrong") or replaces one value by another ("I said Bristol, not Antwerp"):
   what it is about decides (a passage: knowledge; the person's own fact or memory:
   correction), see :mod:`memgraph.correction.feedback`.

A replacement ("X, not Y", "not Y but X", "X instead of Y", "X rather than Y") is read into
its two values, each cut to the words after the last framing verb or preposition
("I said Bristol" -> "Bristol", "it's 30 EUR a day" -> "30 EUR a day").

The cue lists are ordinary English phrasing for each kind, not words of any test set; a
configured LLM may classify instead (the caller validates its answer and falls back here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import FeedbackKind
from .extract import SELF, Extractor, Fact

_FORGET_VERBS = (
    r"forget|delete|erase|remove|wipe|purge|scrub|unlearn|discard|get rid of|throw away|take out"
    r"|drop (?=my|the|that|this|what|everything|it|all|any)|clear (?=my|the|that|this|what|everything|all|any)"
    r"|stop (?:remembering|storing|keeping|saving)|(?:don'?t|do not) (?:remember|store|keep|save|record)"
    r"|(?:(?:you )?(?:don'?t|do not) need to|no need to|(?:i )?(?:don'?t|do not) want you to)"
    r" (?:remember|keep|know|store|save|record)"
    r"|never ?mind (?=what|about)|scratch (?=that|what)"
)
_FORGET = re.compile(rf"\b(?:{_FORGET_VERBS})\b")
_NOT_FORGET = re.compile(r"\b(?:don'?t|do not|never|not) (?:forget|delete|remove|erase)\b")
_FORGET_LEAD = re.compile(rf"^.*?\b(?:{_FORGET_VERBS})\b\s*(?:about\s+)?")
_ABOUT_LEAD = re.compile(
    r"(?:(?:everything|anything|all|what|whatever|that|those|these|the|this|any)\s+)?"
    r"(?:(?:bit|bits|part|parts|thing|things|stuff|info|information|details?|notes?|lines?|memory|memories|facts?"
    r"|message|messages)\s+)?"
    r"(?:(?:that\s+)?(?:i|we)\s+(?:said|told you|mentioned|wrote|shared|gave you)\s+)?"
    r"(?:about\s+|regarding\s+|on\s+|of\s+)?"
)
_OUTPUT_NOUNS = (
    r"answers?|replies|reply|responses?|summar(?:y|ies)|explanations?|format|formatting|tone|style|language"
    r"|bullets?(?: points?)?|lists?|tables?|emojis?|jargon|sentences?|paragraphs?|words|details?|length"
    r"|sources?|citations?|references?|pages?|page numbers?|examples?|pleasantries|small talk|apolog(?:y|ies)"
)
_STYLE_WORDS = (
    r"short|shorter|brief|briefer|concise|long|longer|detailed|formal|informal|casual|simple|simpler|plain"
    r"|friendly|polite|direct|technical|less|more|fewer|only|always|never|no|without|just|first"
    r"|english|french|german|spanish|italian|portuguese|dutch|polish|chinese|japanese"
)
_DIRECTIVES = (
    r"answer|reply|respond|write|explain|talk|speak|use|format|give|keep|put|include|add|cite|quote|show"
    r"|list|summari[sz]e|skip|avoid|stop|drop|translate|address|call"
)
_PREFERENCE = re.compile(
    rf"\b(?:{_STYLE_WORDS})\s+(?:\w+\s+)?(?:{_OUTPUT_NOUNS})\b"
    rf"|\b(?:{_DIRECTIVES})\b(?:\s+[\w']+){{0,3}}?\s+(?:{_OUTPUT_NOUNS})\b"
    rf"|\b(?:{_OUTPUT_NOUNS})\s+(?:should|must|need to|needs to|could|can|would)\s+(?:be\s+)?(?:a bit\s+)?"
    rf"(?:{_STYLE_WORDS})\b"
    r"|\b(?:too|overly) (?:long|short|wordy|verbose|technical|formal|casual|vague|detailed)\b"
    r"|\bmake (?:it|them|that|your \w+) (?:shorter|longer|simpler|clearer|briefer|more \w+|less \w+)\b"
    r"|\b(?:i'?d rather you|i would rather you|i'?d prefer (?:it )?if you|i would prefer (?:it )?if you"
    r"|i prefer (?:it )?when you|no need to (?:explain|repeat|apologi[sz]e|say|add|mention|list"
    r"|summari[sz]e))\b"
    r"|\b(?:use|say) my (?:first |full |last )?name\b"
    r"|\b(?:answer|reply|respond|explain|talk|speak|write)\b[^.?!]*\b(?:in|with|briefly|shortly|simply|more|less"
    r"|only|always|never|without|like)\b"
    r"|\bkeep (?:it|them) (?:short|brief|simple|concise)\b"
    r"|\bbe (?:more |less )?(?:brief|concise|short|detailed|formal|informal|casual|polite|direct|specific)\b"
    r"|\b(?:call me|address me|refer to me as|my name is)\b"
)
"""How the assistant should answer: a style word before an output noun ("shorter answers", "no
emojis"), a directive verb a few words before one ("use bullet points", "skip the
pleasantries"), an output noun that "should be" a style ("answers should be shorter"),
"answer/reply/... in/with ...", "be brief", "call me ...". A personal fact is tried first (see
:func:`read_feedback`)."""
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|myself)\b")
_CONFIRM = re.compile(
    r"^(?:yes|yeah|yep|yup|correct|right|exactly|indeed|true|perfect|great|good|ok|okay|spot on|thanks|thank you"
    r"|confirmed|precisely|absolutely|that'?s (?:right|correct|true|it|accurate|helpful|perfect|spot on)"
    r"|that is (?:right|correct|true|accurate)|you(?:'re| are) (?:right|correct)|all correct"
    r"|looks (?:right|good|correct)|still (?:true|correct|right|valid))\b"
)
_NEGATION = re.compile(
    r"\b(?:no|nope|nah|not|wrong|incorrect|inaccurate|outdated|obsolete|stale|mistaken|mistake|error|false"
    r"|untrue|changed|but|however|actually|anymore|longer)\b|n't\b|out of date|out-of-date"
)
_OUTDATED = re.compile(
    r"\b(?:outdated|obsolete|superseded|stale|expired|old version|old policy|old rule|old figure|old number"
    r"|no longer (?:valid|true|applies|apply|correct|current|accurate|the case|right)|not (?:valid|current) any ?more"
    r"|has changed|have changed|changed (?:in|on|since|last|this|from|to)|was changed|were changed|been changed"
    r"|(?:since|from|as of) (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|last|this|the start|the beginning)|now (?:it is|it's|they are|we get))\b|out of date|out-of-date"
)
_WRONG = re.compile(
    r"\b(?:wrong|incorrect|inaccurate|not (?:right|correct|true|accurate)|mistaken|a mistake|an error|false"
    r"|untrue|typo)\b|isn'?t (?:right|correct|true|accurate)"
)
_KNOWLEDGE_WORDS = re.compile(
    r"\b(?:policy|policies|rule|rules|handbook|document|guide|guidance|manual|passage|page|section|allowance"
    r"|entitlement|benefit|benefits|plan|procedure|process|quoted|quote|cited|source|faq|article|knowledge base"
    r"|intranet|wiki|rate|rates|limit|limits|deadline|form|you (?:said|told me|quoted|cited|gave)|your answer"
    r"|the answer|that answer|this answer)\b"
)
_FRAME = re.compile(
    r"^(?:(?:no|nope|nah|wrong|actually|sorry|correction|not quite|not really|well|hmm|oh|er|um|in fact"
    r"|that'?s (?:wrong|not right|not correct|incorrect|not true|outdated)"
    r"|that is (?:wrong|not right|not correct|incorrect|not true|outdated)"
    r"|you(?:'re| are) wrong|you got (?:it|that) wrong)\b[\s,.;:!\-—–]*)+"
)
_REPLACEMENT = (
    re.compile(r"\bnot\s+(?P<old>[^,.;!?]+?),?\s+but\s+(?P<new>[^,.;!?]+)"),
    re.compile(r"(?P<new>[^,.;!?]+?)\s+(?:instead of|rather than)\s+(?P<old>[^,.;!?]+)"),
    re.compile(r"(?P<new>[^,.;!?]+?)\s*[,;—–-]\s*(?:and\s+|but\s+)?not\s+(?P<old>[^,.;!?]+)"),
)
_VALUE_LEAD = re.compile(
    r"^.*\b(?:said|say|meant|mean|told you|wrote|is|are|was|were|am|'s|'m|'re|in|at|to|from|on|as|be|become|now"
    r"|it's|i'm|that's|they're|we're)\s+(?=\S)"
)
_VALUE_TAIL = re.compile(r"\s+(?:now|these days|nowadays|anymore|any more|today|instead|actually|please)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


@dataclass(frozen=True)
class FeedbackReading:
    """What :func:`read_feedback` read from one piece of feedback.

    Attributes:
        kind: the kind, or None when what the feedback is about must decide (see module doc).
        negative: the feedback says something is wrong, outdated or changed.
        statement: the feedback without its framing ("No, I'm in Technology now" -> "I'm in
            Technology now"): the text a correction stores.
        facts: facts about the speaker the statement states (subject :data:`SELF`).
        new_value, old_value: a replacement's two values ("Bristol", "Antwerp"), or None.
        personal: the feedback speaks of the speaker ("my dentist changed") and names no
            knowledge-base word: what it says may revise one of their memories.
        about: the words naming what to forget or what the feedback is about ("my home
            address"), for searching the person's memories; the statement otherwise.
        cue: which rule decided, for explanations ("forget cue", "fact about the speaker").
    """

    kind: FeedbackKind | None
    negative: bool
    statement: str
    facts: tuple[Fact, ...] = field(default_factory=tuple)
    new_value: str | None = None
    old_value: str | None = None
    about: str = ""
    cue: str = ""
    personal: bool = False


def _value(words: str) -> str:
    """The value a replacement side names: the words after its last framing verb or preposition."""
    value = _VALUE_LEAD.sub("", words.strip())
    value = _VALUE_TAIL.sub("", value.strip(" '\"")).strip(" '\"")
    return _ARTICLE.sub("", value) if len(value.split()) > 1 else value


def replacement(text: str) -> tuple[str, str] | None:
    """``(new, old)`` of "X, not Y", "not Y but X", "X instead of Y" or "X rather than Y" in the
    text, each cut to the value it names; None when the text replaces nothing."""
    for pattern in _REPLACEMENT:
        m = pattern.search(text)
        if m is None:
            continue
        new, old = _value(m.group("new")), _value(m.group("old"))
        if new and old and new.casefold() != old.casefold() and len(old.split()) <= 8:
            return new, old
    return None


def read_feedback(text: str, extractor: Extractor) -> FeedbackReading:
    """Read one piece of feedback (see the module doc for the rules and their order).

    Args:
        text: the feedback, non-empty (the caller validates it).
        extractor: reads facts about the speaker from the statement.

    Returns:
        The :class:`FeedbackReading`.
    """
    flat = re.sub(r"\s+", " ", text).strip().replace("’", "'")
    low = flat.lower() if len(flat.lower()) == len(flat) else flat  # offsets in low are offsets in flat
    frame = _FRAME.match(low)
    statement = flat[frame.end() if frame else 0 :].strip() or flat
    negative = bool(_NEGATION.search(low))
    swap = replacement(statement)
    new_value, old_value = swap if swap else (None, None)
    if _FORGET.search(low) and not _NOT_FORGET.search(low):
        lead = _FORGET_LEAD.match(low)
        start = lead.end() if lead else 0
        about_lead = _ABOUT_LEAD.match(low, start)
        start = about_lead.end() if about_lead else start
        about = _VALUE_TAIL.sub("", flat[start:].strip(" .!?")) or flat
        return FeedbackReading(FeedbackKind.FORGET, negative, statement, about=about, cue="forget cue")
    facts = tuple(f for f in extractor.facts(statement) if f.subject == SELF)
    if facts:
        return FeedbackReading(
            FeedbackKind.CORRECTION,
            negative,
            statement,
            facts,
            new_value,
            old_value,
            about=statement,
            cue="fact about the speaker",
        )
    if _PREFERENCE.search(low):
        return FeedbackReading(FeedbackKind.PREFERENCE, negative, statement, about=statement, cue="answer-style cue")
    if _CONFIRM.search(low) and not negative:
        return FeedbackReading(FeedbackKind.CONFIRM, False, statement, about=statement, cue="affirmation")
    personal = bool(_FIRST_PERSON.search(low)) and not _KNOWLEDGE_WORDS.search(low)
    if not personal and (
        _OUTDATED.search(low) or (_WRONG.search(low) and _KNOWLEDGE_WORDS.search(low) and swap is None)
    ):
        return FeedbackReading(
            FeedbackKind.KNOWLEDGE,
            True,
            statement,
            new_value=new_value,
            old_value=old_value,
            about=statement,
            cue="outdated or wrong knowledge",
        )
    cue = "replacement" if swap else ("says it is wrong" if negative else "no cue")
    return FeedbackReading(
        None,
        negative,
        statement,
        new_value=new_value,
        old_value=old_value,
        about=statement,
        cue=cue,
        personal=personal,
    )


__all__ = ["FeedbackReading", "read_feedback", "replacement"]
