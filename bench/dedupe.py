"""Statements said again: does the write path count a restatement as a mention of the memory that
already says it, and never merge a statement that adds or changes something?

``bench/dedupe_suite`` holds pairs of first-person statements of our own (a tuning split and a
held-out split written apart, 30 restatements and 30 near misses each: another value, a
negation, another tense, another person, an added detail). For each pair a fresh user adds the
first statement, then the second; the second is merged when ``add`` returns the first memory.
Prints per split: restatements merged (recall), near misses merged (must be 0), and the cosine
of every pair merged and not; and the cost of the check: mean ``add`` time of a statement with
the near-duplicate check and the same with the check made to find nothing.

Usage: python bench/dedupe.py [--split tuning|heldout] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.dedupe_suite import Pair, load  # noqa: E402
from memgraph import MemGraph  # noqa: E402
from memgraph.intake import lifecycle  # noqa: E402


def run(mg: MemGraph, name: str, pairs: list[Pair], verbose: bool) -> float:
    """Score one split; returns the mean seconds of the second ``add``."""
    merged_same = merged_diff = 0
    seconds = 0.0
    for n, pair in enumerate(pairs):
        user = f"{name}-{n}"
        first = mg.add(pair.first, user_id=user, infer=False)[0]
        t0 = time.perf_counter()
        second = mg.add(pair.second, user_id=user, infer=False)[0]
        seconds += time.perf_counter() - t0
        merged = second.id == first.id
        merged_same += merged and pair.same
        merged_diff += merged and not pair.same
        if verbose and name == "tuning" and merged != pair.same:
            vec = mg.embedder.embed([pair.first, pair.second])
            print(
                f"   {'merged' if merged else 'kept'} ({float(vec[0] @ vec[1]):.3f}): {pair.first!r} / {pair.second!r}"
            )
    same = sum(p.same for p in pairs)
    print(
        f"{name:8} restatements merged {merged_same}/{same} ({merged_same / same:.2f})  "
        f"near misses merged {merged_diff}/{len(pairs) - same}  mean add {seconds / len(pairs) * 1000:.0f} ms"
    )
    return seconds / len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("tuning", "heldout"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    splits = {k: v for k, v in load().items() if args.split in (None, k)}
    with tempfile.TemporaryDirectory() as tmp, MemGraph(f"sqlite:///{tmp}/dedupe.db") as mg:
        for n, pair in enumerate(next(iter(splits.values()))[:10]):  # warm the models and the store's caches
            mg.add(pair.first, user_id=f"warm{n}")
        for name, pairs in splits.items():
            run(mg, name, pairs, args.verbose)
        # the check's cost: the same adds with a threshold no pair reaches
        saved = lifecycle.NEAR_DUPLICATE_COSINE
        lifecycle.NEAR_DUPLICATE_COSINE = 1.01
        try:
            for name, pairs in splits.items():
                print("without the near-duplicate check:", end=" ")
                run(mg, f"{name}-nocheck", pairs, False)
        finally:
            lifecycle.NEAR_DUPLICATE_COSINE = saved


if __name__ == "__main__":
    main()
