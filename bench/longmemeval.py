"""LongMemEval-S retrieval: session recall of the questions of ../shared/data/longmemeval/s_dev60.

For each question its haystack is indexed in a scope of its own (one user per question): every
session is one ``add_many`` request of its turns as chat messages, at the session's date, with
``infer`` on (entities and facts extracted). The question is searched at the question's date
(``mg.search``, memories only, top 50) and the sessions of the results, in order, are scored
against ``answer_session_ids``: recall_any@k (some answer session in the first k sessions) and
recall_all@k (all of them), k = 5 and 10, per question type. Knowledge-update questions ask for
the newest of several values: recall_all needs the session that holds the newest one too.

Usage: python bench/longmemeval.py [--types knowledge-update ...] [--data DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from memgraph import MemGraph  # noqa: E402
from memgraph.text.textutil import normalize_text  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "longmemeval" / "s_dev60"
KS = (5, 10)


def _when(text: str) -> datetime:
    """LongMemEval's '2023/03/12 (Sun) 01:56' as UTC."""
    day, _, clock = text.partition(") ")
    return datetime.strptime(f"{day.split(' (')[0]} {clock}", "%Y/%m/%d %H:%M").replace(tzinfo=timezone.utc)


def score(mg: MemGraph, q: dict[str, Any], n: int) -> dict[str, float]:
    user = f"q{n}"
    requests = []
    for sid, date, turns in zip(q["haystack_session_ids"], q["haystack_dates"], q["haystack_sessions"]):
        when = _when(date).isoformat()
        msgs = [
            {"role": t["role"], "content": t["content"], "timestamp": when}
            for t in turns
            if normalize_text(t["content"]).strip()  # a turn of zero-width characters only is no message
        ]
        if msgs:
            requests.append({"content": msgs, "user_id": user, "session_id": sid})
    mg.add_many(requests)
    hits = mg.search(q["question"], user_id=user, top_k=50, include_knowledge_base=False)
    sessions: list[str] = []
    for h in hits:
        sid = h.properties.get("sessionId")
        if sid and sid not in sessions:
            sessions.append(sid)
    gold = set(q["answer_session_ids"])
    out = {}
    for k in KS:
        top = set(sessions[:k])
        out[f"any@{k}"] = float(bool(top & gold))
        out[f"all@{k}"] = float(gold <= top)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--types", nargs="*", default=["knowledge-update"])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    questions = [json.loads(p.read_text()) for p in sorted(args.data.glob("*.json"))]
    questions = [q for q in questions if not args.types or q["question_type"] in args.types]
    by_type: dict[str, list[dict[str, float]]] = defaultdict(list)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, MemGraph(f"sqlite:///{tmp}/lme.db") as mg:
        for n, q in enumerate(questions):
            by_type[q["question_type"]].append(score(mg, q, n))
    for qtype, rows in sorted(by_type.items()):
        cells = "  ".join(f"{m} {sum(r[m] for r in rows) / len(rows):.2f}" for m in rows[0])
        print(f"{qtype:26} n={len(rows):2}  {cells}")
    print(f"{time.perf_counter() - t0:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(by_type, indent=2))


if __name__ == "__main__":
    main()
