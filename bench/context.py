"""People's context from what they say: does ``ask`` know who is asking?

The corpus (``bench/context_suite``, tuning and held-out cases) gives, per asker, the context
names a handbook uses (``known``), what the asker said (``statements``) and the context that
must be found (``expect``) or must not (``forbid``). For each case a fresh embedded store gets a
one-line knowledge-base document scoped to every known name (``mg.kb.ingest(...,
applies_to=...)``, which makes them the graph's shared context entities), the statements are
added (``mg.add``), and the context is read from ``mg.ask(...).facts``: stated facts, mentions
of known names and the groups of a role (what an answer is chosen by). Both orders are run
(document first / statements first).

Prints per split and order: cases right (every expected context found, no forbidden one),
recall (expected contexts found / expected) and precision (found contexts of the context types
that were expected or are known / all such found), and with ``--verbose`` each failing
case (tuning split only unless ``--split heldout`` is given).

Usage: python bench/context.py [--split tuning|heldout] [--orders kb-first users-first] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.context_suite import Case, heldout, tuning  # noqa: E402
from memgraph import MemGraph  # noqa: E402
from memgraph.extraction.extract import Extractor  # noqa: E402
from memgraph.text.embed import Embedder  # noqa: E402
from memgraph.text.vocabulary import CONTEXT_TYPES as VOCABULARY_TYPES  # noqa: E402

CONTEXT_TYPES = tuple(t.value for t in VOCABULARY_TYPES)
SPLITS = {"tuning": tuning.CASES, "heldout": heldout.CASES}


def context_of(case: Case, order: str, folder: Path, embedder: Embedder) -> set[tuple[str, str]]:
    """(type, name) of every context fact ``ask`` uses for the case's asker."""
    doc = folder / "handbook.md"
    doc.write_text("# Handbook\n\nThis handbook sets out the rules of the organisation.\n", encoding="utf-8")
    scope: dict[str, list[str]] = {}
    for etype, name in case.known:
        scope.setdefault(etype, []).append(name)
    db = folder / "context.db"
    db.unlink(missing_ok=True)
    mg = MemGraph(f"sqlite:///{db}", embedder=embedder, extractor=Extractor())
    try:
        if order == "kb-first":
            mg.kb.ingest(doc, applies_to=scope)
        for text in case.statements:
            mg.add(text, user_id="asker")
        if order == "users-first":
            mg.kb.ingest(doc, applies_to=scope)
        facts = mg.ask("What are the rules for me?", user_id="asker").facts
        return {(f.entity_type, f.entity) for f in facts if f.entity_type in CONTEXT_TYPES}
    finally:
        mg.close()


def fold(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(t, n.casefold()) for t, n in pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(SPLITS))
    parser.add_argument("--orders", nargs="+", choices=("kb-first", "users-first"), default=["kb-first", "users-first"])
    parser.add_argument("--verbose", action="store_true", help="print each failing case")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    embedder = Embedder()
    embedder.embed_one("warm up")
    print(f"{'split':<9}{'order':<13}{'cases right':>14}{'recall':>9}{'precision':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for split, cases in SPLITS.items():
            if args.split not in (None, split):
                continue
            for order in args.orders:
                n = Counter()
                for i, case in enumerate(cases):
                    got = fold(context_of(case, order, Path(tmp), embedder))
                    want, bad = fold(set(case.expect)), fold(set(case.forbid))
                    judged = {t for t, _ in want} | {t for t, _ in case.known} | {t for t, _ in bad}
                    found = {g for g in got if g[0] in judged}
                    right = want <= got and not (bad & got)
                    n["cases"] += 1
                    n["right"] += right
                    n["expected"] += len(want)
                    n["hit"] += len(want & got)
                    n["found"] += len(found)
                    n["true"] += len(found & want)
                    if args.verbose and not right and (split == "tuning" or args.split == "heldout"):
                        print(
                            f"  {split} #{i}: {' | '.join(case.statements)}\n    want {sorted(want)}"
                            f" forbid {sorted(bad)}\n    got  {sorted(got)}"
                        )
                recall = n["hit"] / n["expected"] if n["expected"] else 1.0
                precision = n["true"] / n["found"] if n["found"] else 1.0
                share = f"{n['right']}/{n['cases']}"
                print(f"{split:<9}{order:<13}{share:>14}{recall:>9.2f}{precision:>11.2f}")


if __name__ == "__main__":
    main()
