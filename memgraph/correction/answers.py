"""The answer log: what each :meth:`MemGraph.ask` was answered from, so that feedback that
follows ("that's outdated", "yes, that's right") knows what it is about.

One :class:`~memgraph.models.AnswerEvent` node per answer, owned by the asker (so forgetting a
person forgets their questions); :meth:`AnswerLog.last` finds the newest in a session.
"""

from __future__ import annotations

from ..intake.lifecycle import Owner
from ..models import AnswerEvent, NodeLabel, utcnow
from ..recall.answer import Answer
from ..stores.base import GraphStore, WriteBatch, record_of

_SESSION = AnswerEvent.prop("session_id")


class AnswerLog:
    """Writes and reads :class:`~memgraph.models.AnswerEvent` nodes."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def record(self, owner: Owner, answer: Answer) -> AnswerEvent:
        """Log what ``answer`` cites and which facts it used (the memories they come from),
        in one write. Returns the event (its id is the answer's ``answer_id``)."""
        assert owner.user_id is not None, "an answer is for a user"
        now = utcnow()
        memory_ids = [c.id for c in answer.citations if c.label == NodeLabel.MEMORY]
        event = AnswerEvent(
            owner=owner.scope,
            question=answer.question,
            user_id=owner.user_id,
            agent_id=owner.agent_id,
            session_id=owner.session_id,
            chunk_ids=list(dict.fromkeys(c.id for c in answer.citations if c.label == NodeLabel.CHUNK)),
            memory_ids=list(dict.fromkeys(memory_ids)),
            fact_sources=list(dict.fromkeys(f.source_id for f in answer.facts if f.source_id)),
            found=answer.found,
            created_at=now,
            updated_at=now,
        )
        self.store.write(WriteBatch(nodes=[record_of(event)]))
        return event

    def last(self, owner: Owner) -> AnswerEvent | None:
        """The newest answer given to the owner in their session (with no session: the newest
        answer given outside any session), or None."""
        recs = self.store.find_nodes(NodeLabel.ANSWER_EVENT, [owner.scope], where={_SESSION: owner.session_id}, limit=1)
        return AnswerEvent.model_validate(recs[0].props) if recs else None


__all__ = ["AnswerLog"]
