"""Reading feedback with a configured LLM: the same :class:`FeedbackReading` the rules give,
from a JSON reply that is validated before it is used.

The model is told the feedback and what the last answer was about (the question and the
passages and memories it cited) and replies with one JSON object: the kind, and for a
correction what is true now as a short first-person sentence (read by the extractor for its
facts) and a replaced value's old and new words; for a forget, the words naming what to
forget. A reply that is no such object, or names no known kind, is an error: the caller then
uses the rules (:func:`memgraph.extraction.feedback.read_feedback`) and says why.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import LLMError
from ..extraction.extract import SELF, Extractor
from ..extraction.feedback import FeedbackReading
from ..models import FeedbackKind
from ..text.llm import ChatClient

_SYSTEM = (
    "You read feedback a person gives their memory assistant and say what it asks for. Reply with one JSON "
    'object and nothing else: {"kind": K, "statement": S, "old": O, "new": N}. K is "correction" (a fact or '
    'memory about the person is wrong or changed), "knowledge" (a document passage the assistant quoted is '
    'outdated or wrong), "forget" (forget something the person said), "confirm" (what was said is right), '
    '"preference" (how the assistant should answer) or "none" (nothing to act on). For a correction, S is what '
    'is true now as a short first-person sentence ("I work in the Technology department"); for a forget, S '
    'names what to forget ("my home address"); otherwise S is the feedback\'s own words. O and N are a '
    'replaced value and its replacement when the feedback gives both ("Antwerp", "Bristol"), else "".'
)


class _Reply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    kind: Literal["correction", "knowledge", "forget", "confirm", "preference", "none"]
    statement: str = ""
    old: str = ""
    new: str = ""


def llm_reading(
    llm: ChatClient, text: str, rules: FeedbackReading, extractor: Extractor, context: str
) -> FeedbackReading:
    """The feedback read by the LLM, in the rules' shape (``cue`` ``"llm"``).

    Args:
        llm: the chat client.
        text: the feedback.
        rules: what the rules read (its ``negative`` and ``personal`` flags are kept).
        extractor: reads the facts of a correction's statement.
        context: what the last answer was about, as lines of text ("" when none).

    Raises:
        LLMError: the endpoint failed or replied with no valid JSON object of the expected shape.
    """
    prompt = (f"The assistant's last answer:\n{context}\n\n" if context else "") + f"Feedback: {text}"
    reply = llm.chat([{"role": "system", "content": _SYSTEM}, {"role": "user", "content": prompt}], max_tokens=200)
    match = re.search(r"\{.*\}", reply, re.DOTALL)
    try:
        parsed = _Reply.model_validate(json.loads(match.group(0) if match else reply))
    except (ValueError, ValidationError) as e:
        raise LLMError(f"the LLM's reading of the feedback is not the JSON asked for: {reply[:200]!r}") from e
    kind = None if parsed.kind == "none" else FeedbackKind(parsed.kind)
    statement = parsed.statement.strip() or rules.statement
    facts = tuple(f for f in extractor.facts(statement) if f.subject == SELF) if kind == FeedbackKind.CORRECTION else ()
    return FeedbackReading(
        kind=kind,
        negative=rules.negative,
        statement=statement if kind == FeedbackKind.CORRECTION else rules.statement,
        facts=facts,
        new_value=parsed.new.strip() or None,
        old_value=parsed.old.strip() or None,
        about=statement if kind == FeedbackKind.FORGET else rules.about,
        cue="llm",
        personal=rules.personal or kind == FeedbackKind.CORRECTION,
    )


__all__ = ["llm_reading"]
