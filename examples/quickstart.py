"""MemGraph quickstart: two users, one handbook, one question, two different cited answers.

Builds a fresh embedded store under ./.memgraph/quickstart.db (or the folder given), writes the
sample handbook PDF, ingests it, remembers where two people work, and asks each of them
"How many days of annual leave do I have?". ``--store URI`` runs it on another store, e.g.
``--store bolt://127.0.0.1:17687`` on the Neo4j that ``scripts/neo4j/neo4j.sh start`` runs
(the handbook is ingested once; the statements are de-duplicated).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from make_handbook import write_handbook

from memgraph import MemGraph, MemGraphError

QUESTION = "How many days of annual leave do I have?"


def main(workdir: Path, store: str | None = None) -> int:
    workdir.mkdir(parents=True, exist_ok=True)
    if store is None:
        for leftover in workdir.glob("quickstart.db*"):
            leftover.unlink()
        store = f"sqlite:///{workdir / 'quickstart.db'}"
    handbook = write_handbook(workdir / "acme_handbook.pdf")

    with MemGraph(store) as mg:
        doc = mg.ingest(handbook)
        print(f"Ingested {doc.title!r}: {doc.pages} pages, {doc.chunks} chunks ({doc.status})")

        mg.set_user("alex", name="Alex")
        mg.add("Hi! I'm Alex, I work in the Operations department at the Leeds depot.", user_id="alex")
        mg.set_user("sam", name="Sam")
        mg.add("I joined the Technology team last spring as a data engineer.", user_id="sam")

        answers = {}
        for user in ("alex", "sam"):
            facts = "; ".join(f.describe() for f in mg.facts(user_id=user))
            answer = mg.ask(QUESTION, user_id=user)
            answers[user] = answer
            print(f"\n{user} ({facts}) asks: {QUESTION}")
            print(f"  {answer.answer}")
            for c in answer.citations:
                print(f"  [{c.number}] {c.describe()} — {c.section}")
            best = next((p for p in answer.passages if p.label.value == "Chunk"), None)
            if best is not None:
                print(f"  why: {best.explain()}")

    alex, sam = answers["alex"].answer, answers["sam"].answer
    ok = "25 days" in alex and "22 days" not in alex and "22 days" in sam and "25 days" not in sam
    print("\nquickstart:", "OK (each user got their own department's rule)" if ok else "UNEXPECTED ANSWERS")
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="MemGraph quickstart")
    parser.add_argument("workdir", nargs="?", default=".memgraph", type=Path, help="folder for the store and PDF")
    parser.add_argument("--store", help="store URI (default: a fresh SQLite file in workdir)")
    args = parser.parse_args()
    try:
        sys.exit(main(args.workdir, args.store))
    except MemGraphError as e:
        sys.exit(f"error: {e}")
