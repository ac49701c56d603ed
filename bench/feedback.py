"""Natural-language feedback with no LLM: classification, target resolution and effect, per split.

The cases (``bench/feedback_suite``: a tuning split and a held-out split written apart) run over
a knowledge base of three Contoso PDFs (../shared/data/contoso: employee_handbook, PerksPlus,
Benefit_Options) and people of our own. Each case gets a fresh user (the person's statements
added first), then its question (``ask``, in a session of its own) when it has one, then
``mg.feedback(...)`` in that session. Scored per case:

- kind: ``result.kind`` is the expected kind and the feedback was applied; for a case that must
  change nothing, ``applied`` is False;
- target: what the feedback was found to be about is the expected memory (its text holds the
  expected words), passage (ditto) or fact (``result.opened``); for a case that must change
  nothing, nothing was applied;
- effect: through the public API afterwards: the expected facts hold (and the replaced ones
  no longer), the forgotten memory is gone and the other one is still there, a flagged passage
  is in the review queue with the person among its givers, a preference is a preference memory;
- isolation: a bystander with the same statements as some case people is unchanged
  (memories and facts) after every case: no one's feedback changes another's memory.

Prints, per split and store: cases, kind accuracy, target accuracy, effect accuracy,
isolation breaches, and the mean time of one feedback call (ms). ``--verbose`` lists every
miss (tuning cases only: held-out cases are counted, never shown).

Usage: python bench/feedback.py [--data DIR] [--split tuning|heldout] [--neo4j bolt://127.0.0.1:17687] [--verbose]
                                [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store import wipe_neo4j  # noqa: E402

from bench.feedback_suite import BYSTANDER, Case, Split, load  # noqa: E402
from memgraph import MemGraph  # noqa: E402
from memgraph.models import Chunk, NodeLabel  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "contoso"
DOCUMENTS = ("employee_handbook.pdf", "PerksPlus.pdf", "Benefit_Options.pdf")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def _state(mg: MemGraph, user: str) -> tuple[list[str], set[str]]:
    mems = sorted(m.text for m in mg.list(user_id=user, limit=1000))
    return mems, {f"{f.relation} {f.entity}" for f in mg.facts(user_id=user)}


def _target_text(mg: MemGraph, user: str, node_id: str | None, texts: dict[str, str]) -> str:
    """The text of the node a result names: a memory of the case's person (as stored before
    the feedback) or a passage."""
    if node_id is None:
        return ""
    if node_id in texts:
        return texts[node_id]
    recs = mg.store.get_nodes(NodeLabel.CHUNK, [node_id], None)
    if recs:
        return Chunk.model_validate(recs[0].props).text
    recs = mg.store.get_nodes(NodeLabel.MEMORY, [node_id], None)
    return str(recs[0].props.get("text", "")) if recs else ""


def run_case(mg: MemGraph, case: Case, user: str, people: dict[str, tuple[str, ...]], n: int) -> dict[str, Any]:
    texts: dict[str, str] = {}
    for statement in people[case.person]:
        for m in mg.add(statement, user_id=user):
            texts[m.id] = m.text
    session = f"s{n}"
    answer = mg.ask(case.ask, user_id=user, session_id=session) if case.ask else None
    target_id = None
    if case.target == "answer":
        target_id = answer.citations[0].id if answer and answer.citations else None
    elif case.target and case.target.startswith("memory:"):
        words = _fold(case.target.split(":", 1)[1])
        target_id = next((i for i, t in texts.items() if words in _fold(t)), None)
    t0 = time.perf_counter()
    res = mg.feedback(case.feedback, user_id=user, session_id=session, target_id=target_id)
    ms = (time.perf_counter() - t0) * 1000
    if case.kind is None:
        kind_ok = not res.applied
    else:
        kind_ok = res.applied and res.kind is not None and res.kind.value == case.kind
    exp = case.expect_target
    if exp is None:
        target_ok = res.applied == (case.kind is not None)
    elif exp.startswith("fact:"):
        target_ok = _fold(exp[5:]) in {_fold(o) for o in res.opened}
    else:
        words = _fold(exp.split(":", 1)[1])
        if case.kind == "forget":
            gone = [texts.get(i, "") for i in res.forgotten]
            target_ok = len(gone) == 1 and words in _fold(gone[0])
        else:
            target_ok = res.applied and words in _fold(_target_text(mg, user, res.target_id, texts))
    mems, facts = _state(mg, user)
    effect_ok = all(f in facts for f in case.facts_after) and not any(f in facts for f in case.facts_gone)
    if case.memory_gone:
        effect_ok = effect_ok and not any(_fold(case.memory_gone) in _fold(m) for m in mems)
    if case.memory_kept:
        effect_ok = effect_ok and any(_fold(case.memory_kept) in _fold(m) for m in mems)
    if case.kind == "knowledge":  # the passage waits in the review queue, flagged by this person
        items = mg.review.list(limit=1000)
        effect_ok = effect_ok and any(i.chunk_id == res.target_id and user in i.givers for i in items)
    if case.kind == "preference":
        prefs = {m.id for m in mg.list(user_id=user, kind="preference")}
        effect_ok = effect_ok and bool(res.memory_ids) and set(res.memory_ids) <= prefs
    return {
        "feedback": case.feedback,
        "expected": case.kind,
        "kind": res.kind.value if res.kind else None,
        "applied": res.applied,
        "resolved_by": res.resolved_by,
        "message": res.message,
        "kind_ok": kind_ok,
        "target_ok": target_ok,
        "effect_ok": effect_ok,
        "ms": ms,
    }


def run(mg: MemGraph, splits: list[Split], data: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    for name in DOCUMENTS:
        mg.kb.ingest(data / name)
    ingest_s = time.perf_counter() - t0
    for statement in BYSTANDER:
        mg.add(statement, user_id="bystander")
    before = _state(mg, "bystander")
    out: dict[str, Any] = {"ingest_s": ingest_s, "splits": {}}
    for split in splits:
        rows = []
        breaches = 0
        for n, case in enumerate(split.cases):
            row = run_case(mg, case, f"{case.person}-{split.name}-{n}", split.people, n)
            if _state(mg, "bystander") != before:
                breaches += 1
                before = _state(mg, "bystander")
            rows.append(row)
        out["splits"][split.name] = {"rows": rows, "isolation_breaches": breaches}
    return out


def report(store: str, result: dict[str, Any], verbose: bool) -> None:
    for name, s in result["splits"].items():
        rows = s["rows"]
        n = len(rows)
        if not n:
            continue
        k = sum(r["kind_ok"] for r in rows)
        t = sum(r["target_ok"] for r in rows)
        e = sum(r["effect_ok"] for r in rows)
        ms = sum(r["ms"] for r in rows) / n
        print(
            f"{store:7} {name:8} cases {n:3}  kind {k}/{n} ({k / n:.2f})  target {t}/{n} ({t / n:.2f})  "
            f"effect {e}/{n} ({e / n:.2f})  isolation breaches {s['isolation_breaches']}  feedback {ms:.0f} ms"
        )
        if verbose and name == "tuning":
            for r in rows:
                if not (r["kind_ok"] and r["target_ok"] and r["effect_ok"]):
                    flags = "".join(
                        c if r[f] else "-" for c, f in (("K", "kind_ok"), ("T", "target_ok"), ("E", "effect_ok"))
                    )
                    print(
                        f"   {flags} {r['feedback']!r}: expected {r['expected']}, got {r['kind']} "
                        f"(applied {r['applied']}, by {r['resolved_by']}): {r['message']}"
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("tuning", "heldout"))
    parser.add_argument("--neo4j", help="also run on this Neo4j server (its database is EMPTIED first)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    splits = [s for s in load() if args.split in (None, s.name)]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stores = [("sqlite", f"sqlite:///{tmp}/feedback.db")]
        if args.neo4j:
            stores.append(("neo4j", args.neo4j))
        for name, uri in stores:
            if name == "neo4j":
                wipe_neo4j(uri)
            with MemGraph(uri) as mg:
                results[name] = run(mg, splits, args.data)
            report(name, results[name], args.verbose)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
