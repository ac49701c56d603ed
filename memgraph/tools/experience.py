"""Experience from past tool use: runs of similar tasks, and tools ranked for a new task.

Runs are found by three signals fused by a convex combination of normalised scores (Bruch,
Gai and Ingber, 2023, "An Analysis of Fusion Functions for Hybrid Retrieval", ACM TOIS: it
beats reciprocal rank fusion when scores carry meaning, and here they must: a failed run of the
same task should stay above a solved run of another, which rank fusion's flat scores cannot
keep once the outcome weighs in). The signals: the cosine of the request's embedding to each
stored task's (``vector``, negative cosines count 0), BM25 over the tasks' text (``keyword``,
over the best score of the list), and a graph step (``graph``): identifiers the request names
(``mia_li_3668``, ``#W5442520``) found by BM25 in the arguments of stored calls, followed from
the call to its task (``Task <-FOR_TASK- ToolCall``), over the best score of that list. The
fused relevance (0-1) is multiplied by the run's outcome weight, so among equally similar runs
the solved ones come first.

Runs whose request is not close to the new one (cosine below ``min_cosine``) count only when
an identifier links them, so an off-topic request finds nothing.

Tools are suggested from the runs found: each tool scores the sum, over the runs that used it,
of the run's relevance (its fused score over the best one's), the run's weight for what worked
(solved 1, unknown 0.5, failed 0.1) and the share of its calls there that succeeded, times the
tool's inverse document frequency over all the owner's runs (Sparck Jones, 1972: a tool every
run calls says little about this task).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field

from ..models import NodeLabel, Task, TaskOutcome, Tool, ToolCall, ToolCallStatus
from ..stores.base import GraphStore, Hit
from ..text.embed import Embedder
from ..text.textutil import clip, keyword_terms
from ..tuning import TunedConfig
from .calls import IDENTIFIER_WORD
from .recorder import tool_id


class ExperienceConfig(TunedConfig):
    """Weights of :func:`experience` and :func:`suggest`."""

    candidates: int = Field(
        default=50, ge=1, le=1000, description="depth of each ranked list; not tuned: as SearchConfig.candidates"
    )
    vector_weight: float = Field(default=1.0, ge=0, description="weight of the task-embedding cosine; not tuned")
    keyword_weight: float = Field(default=1.0, ge=0, description="weight of the normalised BM25 score; not tuned")
    graph_weight: float = Field(
        default=1.0,
        ge=0,
        description="weight of the normalised identifier score (calls naming the request's ids); not tuned",
    )
    solved_weight: float = Field(default=1.0, ge=0, description="score factor of a solved run; not tuned")
    unknown_weight: float = Field(
        default=0.8, ge=0, description="score factor of a run of unknown outcome; not tuned: between the two"
    )
    failed_weight: float = Field(
        default=0.6,
        ge=0,
        description="score factor of a failed run; not tuned: a failed run of the same task still shows what "
        "was tried, so it stays near a solved run of a less similar task",
    )
    min_cosine: float = Field(
        default=0.2,
        ge=-1,
        le=1,
        description="a run whose request has a lower cosine with the new one (or is not among the vector list's "
        "candidates) counts only when an identifier links it; not tuned: all-MiniLM-L6-v2 gives unrelated "
        "sentences cosines mostly below 0.2, so an off-topic request finds no experience instead of the least "
        "unrelated runs",
    )
    suggest_runs: int = Field(
        default=20, ge=1, le=1000, description="runs whose tools are counted by suggest; not tuned"
    )
    suggest_unknown_weight: float = Field(
        default=0.5, ge=0, description="weight of a run of unknown outcome in suggest; not tuned: half a solved one"
    )
    suggest_failed_weight: float = Field(
        default=0.1,
        ge=0,
        description="weight of a failed run in suggest; not tuned: a failed run shows what was tried, not what "
        "worked, so its tools count a tenth of a solved run's",
    )


@dataclass(frozen=True)
class Step:
    """One call of a run, as experience shows it."""

    tool: str
    args: str
    status: str
    error: str | None = None
    result: str | None = None


@dataclass(frozen=True)
class Experience:
    """A past run of a similar task.

    Attributes:
        task_id, task: the run's task node id and request text.
        outcome: ``solved`` / ``failed`` / ``unknown``.
        score: fused relevance times the outcome weight (higher is better, comparable within
            one call).
        signals: ``vector`` (cosine), ``vector_rank``, ``keyword`` (BM25), ``keyword_rank``,
            ``graph_rank`` (rank in the identifier list), ``relevance`` (the fused score).
        paths: graph paths that found it (``Task<-FOR_TASK-ToolCall[get_user_details]``).
        steps: its calls in order.
        pattern: the call sequence with argument names (``get_user_details(user_id) ->
            search_direct_flight(date, destination, origin)``).
        went_wrong: for a run that did not succeed, its failed calls' errors (or "failed"
            when it failed without one).
        session_id: the run's session.
    """

    task_id: str
    task: str
    outcome: str
    score: float
    signals: dict[str, float]
    paths: list[str]
    steps: list[Step]
    pattern: str
    went_wrong: list[str] = field(default_factory=list)
    session_id: str | None = None

    @property
    def tools(self) -> list[str]:
        return [s.tool for s in self.steps]


@dataclass(frozen=True)
class Suggestion:
    """A tool suggested for a task.

    Attributes:
        tool: its name; ``writes`` as registered (None: unknown).
        score: higher is better, comparable within one call.
        runs: similar runs that used it; ``solved`` of them solved.
        success_rate: share of its calls in those runs that succeeded (None: none ended).
        example_args: its arguments in the best run that used it.
        why: the reason in words.
    """

    tool: str
    score: float
    runs: int
    solved: int
    success_rate: float | None
    example_args: str | None
    why: str
    writes: bool | None = None


def _arg_names(args: str) -> str:
    import json

    try:
        value = json.loads(args)
    except ValueError:
        return ""
    return ", ".join(sorted(value)) if isinstance(value, dict) else ""


def pattern_of(steps: Sequence[Step]) -> str:
    """The call sequence with argument names: ``get_user(user_id) -> cancel(order_id, reason)``."""
    return " -> ".join(f"{s.tool}({_arg_names(s.args)})" for s in steps)


class ExperienceFinder:
    """Finds past runs and suggests tools (used through :class:`memgraph.tools.api.ToolsAPI`)."""

    def __init__(self, store: GraphStore, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder

    @staticmethod
    def _weight(outcome: TaskOutcome, solved: float, unknown: float, failed: float) -> float:
        """The weight of a run's outcome: experience and suggest each pass their own three."""
        return solved if outcome == TaskOutcome.SOLVED else failed if outcome == TaskOutcome.FAILED else unknown

    def ranked(
        self,
        task: str,
        scopes: Sequence[str],
        config: ExperienceConfig,
        *,
        query_vector: Any = None,
        exclude: Collection[str] = (),
    ) -> list[tuple[Task, float, dict[str, float], list[str]]]:
        """Stored runs by fused relevance (before the outcome weight): (task, relevance, signals,
        paths). Runs in ``exclude`` are dropped from each list before fusion, as if absent."""
        depth = config.candidates + len(exclude)
        lists: list[tuple[str, float, list[tuple[str, float, str | None]]]] = []
        if config.vector_weight > 0:
            qv = self.embedder.embed_one(task) if query_vector is None else query_vector
            hits = self.store.vector_search(NodeLabel.TASK, qv, scopes, depth)
            lists.append(("vector", config.vector_weight, [(h.node.id, h.score, None) for h in hits]))
        terms = keyword_terms(task)
        if config.keyword_weight > 0 and terms:
            hits = self.store.keyword_search(NodeLabel.TASK, terms, scopes, depth)
            lists.append(("keyword", config.keyword_weight, [(h.node.id, h.score, None) for h in hits]))
        if config.graph_weight > 0:
            lists.append(("graph", config.graph_weight, self._by_identifiers(task, scopes, depth)))
        fused: dict[str, float] = defaultdict(float)
        signals: dict[str, dict[str, float]] = defaultdict(dict)
        paths: dict[str, list[str]] = defaultdict(list)
        total = sum(weight for _, weight, _ in lists) or 1.0
        for name, weight, items in lists:
            kept = [item for item in items if item[0] not in exclude][: config.candidates]
            top = max((score for _, score, _ in kept), default=0.0)
            for rank, (tid, score, path) in enumerate(kept, 1):
                norm = max(0.0, score) if name == "vector" else (score / top if top > 0 else 0.0)
                fused[tid] += weight * norm / total
                signals[tid][name] = float(score)
                signals[tid][f"{name}_rank"] = float(rank)
                if path:
                    paths[tid].append(path)
        if not fused:
            return []
        tasks = {r.id: Task.model_validate(r.props) for r in self.store.get_nodes(NodeLabel.TASK, list(fused), scopes)}
        out = []
        for tid, score in fused.items():
            linked = "graph" in signals[tid]
            if tid in tasks and (linked or signals[tid].get("vector", -1.0) >= config.min_cosine):
                signals[tid]["relevance"] = score
                out.append((tasks[tid], score, signals[tid], paths[tid]))
        out.sort(key=lambda t: (-t[1], t[0].id))
        return out

    def _by_identifiers(self, task: str, scopes: Sequence[str], depth: int) -> list[tuple[str, float, str | None]]:
        """Tasks whose calls' arguments name an identifier the request names, best first."""
        idents = list(dict.fromkeys(m.group(0) for m in IDENTIFIER_WORD.finditer(task)))
        terms = [" ".join(keyword_terms(i, keep_stopwords=True)) for i in idents]
        terms = [t for t in terms if t]
        if not terms:
            return []
        hits: list[Hit] = self.store.keyword_search(NodeLabel.TOOL_CALL, terms, scopes, depth * 4)
        out: dict[str, tuple[float, str]] = {}
        for h in hits:
            call = ToolCall.model_validate(h.node.props)
            if call.task_id and call.task_id not in out:
                out[call.task_id] = (h.score, f"Task<-FOR_TASK-ToolCall[{call.tool}({clip(call.args, 80)})]")
        return [(tid, s, p) for tid, (s, p) in list(out.items())[:depth]]

    def steps(self, scopes: Sequence[str], task_ids: Sequence[str]) -> dict[str, list[Step]]:
        """Each task's calls in order."""
        if not task_ids:
            return {}
        recs = self.store.find_nodes(
            NodeLabel.TOOL_CALL, scopes, where_in={ToolCall.prop("task_id"): list(task_ids)}, limit=None
        )
        calls = sorted((ToolCall.model_validate(r.props) for r in recs), key=lambda c: (c.task_id or "", c.seq))
        out: dict[str, list[Step]] = defaultdict(list)
        for c in calls:
            out[c.task_id or ""].append(Step(c.tool, c.args, c.status.value, c.error, c.result))
        return out

    def experience(
        self,
        task: str,
        scopes: Sequence[str],
        k: int,
        config: ExperienceConfig,
        *,
        query_vector: Any = None,
        exclude: Collection[str] = (),
    ) -> list[Experience]:
        """The ``k`` best past runs for ``task`` (see the module docstring)."""
        ranked = self.ranked(task, scopes, config, query_vector=query_vector, exclude=exclude)
        scored = sorted(
            (
                (
                    t,
                    rel * self._weight(t.outcome, config.solved_weight, config.unknown_weight, config.failed_weight),
                    sig,
                    p,
                )
                for t, rel, sig, p in ranked
            ),
            key=lambda x: (-x[1], x[0].id),
        )[:k]
        steps = self.steps(scopes, [t.id for t, _, _, _ in scored])
        out = []
        for t, score, sig, paths in scored:
            run = steps.get(t.id, [])
            wrong = [s.error or "error" for s in run if s.status == ToolCallStatus.ERROR.value]
            if t.outcome == TaskOutcome.FAILED and not wrong:
                wrong = ["failed (no call erred)"]
            out.append(
                Experience(
                    task_id=t.id,
                    task=t.text,
                    outcome=t.outcome.value,
                    score=score,
                    signals=sig,
                    paths=paths,
                    steps=run,
                    pattern=pattern_of(run),
                    went_wrong=wrong if t.outcome != TaskOutcome.SOLVED else [],
                    session_id=t.session_id,
                )
            )
        return out

    def _document_frequency(self, scopes: Sequence[str]) -> tuple[int, Counter[str]]:
        """How many of the owner's runs there are, and how many used each tool."""
        recs = self.store.find_nodes(NodeLabel.TASK, scopes, limit=None)
        df: Counter[str] = Counter()
        for r in recs:
            df.update(set(Task.model_validate(r.props).tools))
        return len(recs), df

    def suggest(
        self,
        task: str,
        scopes: Sequence[str],
        k: int,
        config: ExperienceConfig,
        *,
        writes: bool | None = None,
        query_vector: Any = None,
        exclude: Collection[str] = (),
    ) -> list[Suggestion]:
        """The ``k`` tools that served the most similar runs best (see the module docstring);
        ``writes`` keeps only writing (True) or reading (False) tools."""
        ranked = self.ranked(task, scopes, config, query_vector=query_vector, exclude=exclude)
        ranked = ranked[: config.suggest_runs]
        if not ranked:
            return []
        best = ranked[0][1]
        steps = self.steps(scopes, [t.id for t, _, _, _ in ranked])
        total, df = self._document_frequency(scopes)
        score: dict[str, float] = defaultdict(float)
        runs: Counter[str] = Counter()
        solved: Counter[str] = Counter()
        ok: Counter[str] = Counter()
        ended: Counter[str] = Counter()
        example: dict[str, tuple[str, str]] = {}
        for t, rel, _, _ in ranked:
            run = steps.get(t.id, [])
            weight = (
                rel / best * self._weight(t.outcome, 1.0, config.suggest_unknown_weight, config.suggest_failed_weight)
            )
            for name in dict.fromkeys(s.tool for s in run):
                mine = [s for s in run if s.tool == name]
                done = [s for s in mine if s.status != ToolCallStatus.UNKNOWN.value]
                good = [s for s in done if s.status == ToolCallStatus.OK.value]
                share = len(good) / len(done) if done else 1.0
                score[name] += weight * share
                runs[name] += 1
                solved[name] += t.outcome == TaskOutcome.SOLVED
                ok[name] += len(good)
                ended[name] += len(done)
                example.setdefault(name, (mine[0].args, t.text))
        found = self.store.get_nodes(NodeLabel.TOOL, [tool_id(s, n) for s in scopes for n in score], scopes)
        tools = {t.name: t for t in (Tool.model_validate(r.props) for r in found)}
        out = []
        for name, s in score.items():
            tool_writes = tools[name].writes if name in tools else None
            if writes is not None and (tool_writes is not False) != writes:
                continue
            idf = math.log(1 + total / max(1, df[name]))
            rate = ok[name] / ended[name] if ended[name] else None
            args, seen_in = example[name]
            rate_text = "no call of it ended" if rate is None else f"{rate:.0%} of its calls there succeeded"
            why = (
                f"used in {runs[name]} of the {len(ranked)} most similar runs ({solved[name]} solved); {rate_text}; "
                f"used by {df[name]} of all {total} runs; best match: {clip(seen_in, 80)!r}"
            )
            out.append(Suggestion(name, s * idf, runs[name], solved[name], rate, args, why, tool_writes))
        out.sort(key=lambda x: (-x.score, x.tool))
        return out[:k]
