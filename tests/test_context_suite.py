"""The people's-context corpus (``bench/context_suite``) is well formed: what ``bench/context.py``
scores against must be checkable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.context_suite import Case, heldout, tuning
from memgraph.text.vocabulary import CONTEXT_TYPES

TYPES = {t.value for t in CONTEXT_TYPES}


@pytest.mark.parametrize("cases", [tuning.CASES, heldout.CASES], ids=["tuning", "heldout"])
def test_cases_are_well_formed(cases: list[Case]) -> None:
    assert len(cases) >= 100
    for case in cases:
        assert 1 <= len(case.statements) <= 3
        assert {t for t, _ in (*case.known, *case.expect, *case.forbid)} <= TYPES
        assert set(case.forbid) <= set(case.known) and not set(case.forbid) & set(case.expect)
