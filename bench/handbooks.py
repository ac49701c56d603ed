"""Context-aware answers on unseen handbooks: strict scoring of ``MemGraph.ask`` per asker.

The suite (``bench/handbook_suite``) holds fictional handbooks in different styles, most
in the tuning split and eight held out, each with users (a user_id and 1-3 statements of their
own department, team, role, grade, site or country) and questions. The handbooks are rendered
to PDF (two to HTML) into a temp dir at run time.

For each handbook, each order and each store, a fresh MemGraph (one shared
``memgraph.text.embed.Embedder``, a fresh ``memgraph.extraction.extract.Extractor`` per store) is filled:

- ``kb-first``: ``mg.kb.ingest(handbook)``, then every user's statements (``mg.add``);
- ``users-first``: the statements first, then the ingest;

and every question is asked with ``mg.ask(question, user_id=...)``. Strict scoring (whitespace
folded, case-insensitive, ligatures unfolded) of ``answer.answer``:

- ``correct``: some ``expect`` string is in the text and no ``forbid`` string (the other
  contexts' versions of the same rule); for a question whose rule depends on a context the
  asker has not given (``expect_gap == "unknown_context"``): ``answer.gap`` is
  ``unknown_context`` or nothing was answered (``found`` False), and no context's rule is in
  the text;
- ``wrong_context``: a ``forbid`` string is in the text (another context's rule: the worst
  failure), counted separately;
- ``miss``: anything else.

Prints correct/total and wrong-context counts per handbook x order x store, per split and
overall. Stores: embedded SQLite always, Neo4j too with ``--neo4j URI`` (that server's database
is EMPTIED before every run: use a server for tests only, e.g. ``scripts/neo4j/neo4j.sh start``).

Usage: python bench/handbooks.py [--only NAME ...] [--split tuning|heldout] [--orders kb-first users-first] [--neo4j bolt://127.0.0.1:17687]
                                 [--json OUT] [--verbose] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store import wipe_neo4j  # noqa: E402

from bench.handbook_suite import FAILURE_KINDS, HANDBOOKS, Handbook, failure_kind, verdict, write  # noqa: E402
from memgraph import MemGraph  # noqa: E402
from memgraph.extraction.extract import Extractor  # noqa: E402
from memgraph.text.embed import Embedder  # noqa: E402

ORDERS = ("kb-first", "users-first")


def run(handbook: Handbook, path: Path, order: str, uri: str, embedder: Embedder) -> list[dict[str, Any]]:
    """Fill a fresh store at ``uri`` in ``order``, ask every question; one record per question:
    handbook, split, order, user, statements, question, expect, forbid, expect_gap, answer,
    found, gap, citations ([{document, section, page}]), verdict."""
    mg = MemGraph(uri, embedder=embedder, extractor=Extractor())
    try:

        def statements() -> None:
            for user in handbook.users:
                for text in user.statements:
                    mg.add(text, user_id=user.id)

        if order == "kb-first":
            mg.kb.ingest(path)
            statements()
        else:
            statements()
            mg.kb.ingest(path)
        out = []
        for q in handbook.questions:
            a = mg.ask(q.text, user_id=q.user)
            out.append(
                {
                    "handbook": handbook.name,
                    "split": handbook.split,
                    "order": order,
                    "user": q.user,
                    "statements": list(handbook.user(q.user).statements),
                    "question": q.text,
                    "expect": list(q.expect),
                    "forbid": list(q.forbid),
                    "expect_gap": q.expect_gap,
                    "answer": a.answer,
                    "found": a.found,
                    "gap": a.gap,
                    "citations": [{"document": c.document, "section": c.section, "page": c.page} for c in a.citations],
                    "verdict": verdict(q, a.answer, found=a.found, gap=a.gap),
                }
            )
            out[-1]["failure"] = failure_kind(q, out[-1]["verdict"], found=a.found, gap=a.gap)
        return out
    finally:
        mg.close()


def tally(records: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(correct, total, wrong_context) of ``records``."""
    return (
        sum(r["verdict"] == "correct" for r in records),
        len(records),
        sum(r["verdict"] == "wrong_context" for r in records),
    )


def cell(records: list[dict[str, Any]]) -> str:
    correct, total, wrong = tally(records)
    share = f"{correct / total:.0%}" if total else "-"
    return f"{correct:>3}/{total:<3} {share:>4}  wrong {wrong:>2}"


def report(records: list[dict[str, Any]], stores: list[str]) -> dict[str, Any]:
    """Print the tables; returns the same figures as a dict for ``--json``."""
    summary: dict[str, Any] = {"runs": {}, "splits": {}}
    columns = [(o, s) for s in stores for o in dict.fromkeys(r["order"] for r in records)]
    width = 28
    print(f"\n{'handbook':<14}{'split':<9}" + "".join(f"{o + ' / ' + s:<{width}}" for o, s in columns))
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        groups[(r["handbook"], r["order"], r["store"])].append(r)
        groups[("split", r["split"], r["order"], r["store"])].append(r)
        groups[("split", "overall", r["order"], r["store"])].append(r)
    for h in dict.fromkeys(r["handbook"] for r in records):
        split = next(r["split"] for r in records if r["handbook"] == h)
        print(f"{h:<14}{split:<9}" + "".join(f"{cell(groups[(h, o, s)]):<{width}}" for o, s in columns))
        for o, s in columns:
            summary["runs"][f"{h}/{o}/{s}"] = dict(zip(("correct", "total", "wrong_context"), tally(groups[(h, o, s)])))
    print("-" * (23 + width * len(columns)))
    for split in ("tuning", "heldout", "overall"):
        if not any(("split", split, o, s) in groups for o, s in columns):
            continue
        print(f"{split:<23}" + "".join(f"{cell(groups[('split', split, o, s)]):<{width}}" for o, s in columns))
        for o, s in columns:
            summary["splits"][f"{split}/{o}/{s}"] = dict(
                zip(("correct", "total", "wrong_context"), tally(groups[("split", split, o, s)]))
            )
    print("\nfailures by kind")
    for split in ("tuning", "heldout"):
        for o, s in columns:
            rows = groups.get(("split", split, o, s), [])
            if rows:
                kinds = {k: sum(r["failure"] == k for r in rows) for k in FAILURE_KINDS}
                summary["splits"][f"{split}/{o}/{s}"]["failures"] = kinds
                print(f"{split:<9}{o + ' / ' + s:<24}" + "  ".join(f"{k} {n}" for k, n in kinds.items()))
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="run these handbooks only (names: " + ", ".join(h.name for h in HANDBOOKS) + ")",
    )
    parser.add_argument("--split", choices=("tuning", "heldout"), help="run one split only")
    parser.add_argument("--orders", nargs="+", choices=ORDERS, default=list(ORDERS))
    parser.add_argument("--neo4j", metavar="URI", help="also run on this Neo4j server (its database is EMPTIED)")
    parser.add_argument("--json", type=Path, help="write every question's answer and verdict, and the figures")
    parser.add_argument("--verbose", action="store_true", help="print every failure with the answer text")
    parser.add_argument("--keep", type=Path, help="render the handbooks into DIR and keep them (default: a temp dir)")
    args = parser.parse_args()
    handbooks = [h for h in HANDBOOKS if (args.only is None or h.name in args.only) and args.split in (None, h.split)]
    if not handbooks:
        parser.error("no handbook matches --only and --split")
    stores = ["sqlite"] + (["neo4j"] if args.neo4j else [])

    import torch

    torch.set_num_threads(1)  # a few short texts at a time: extra threads only contend
    embedder = Embedder()
    embedder.embed_one("warm up")
    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "handbooks"
        for h in handbooks:
            path = write(h, folder)
            for store in stores:
                for order in args.orders:
                    start = time.perf_counter()
                    if store == "neo4j":
                        wipe_neo4j(args.neo4j)
                        uri = args.neo4j
                    else:
                        uri = f"sqlite:///{tmp}/{h.name}-{order}.db"
                    rows = run(h, path, order, uri, embedder)
                    for r in rows:
                        r["store"] = store
                    records.extend(rows)
                    print(f"{h.name:<14}{order:<12}{store:<7}{cell(rows)}  ({time.perf_counter() - start:.0f} s)")
                    if args.verbose:
                        for r in rows:
                            if r["verdict"] != "correct":
                                want = f"gap {r['expect_gap']}" if r["expect_gap"] else " | ".join(r["expect"])
                                print(
                                    f"  {r['verdict'].upper()} [{r['user']}: {' '.join(r['statements'])}] "
                                    f"{r['question']}\n    want: {want}\n    got (found={r['found']}, "
                                    f"gap={r['gap']}): {r['answer']}"
                                )
        if args.neo4j:
            wipe_neo4j(args.neo4j)
    summary = report(records, stores)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "questions": records}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
