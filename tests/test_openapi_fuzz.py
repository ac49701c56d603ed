"""Schemathesis over the whole OpenAPI spec against the real server (uvicorn, loopback), on both
stores: generated valid and invalid requests to every operation with an admin key; no response
may be a 5xx, and every response must match the spec (status code declared, content type and
body schema as documented)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from serving import running

from memgraph import MemGraph
from memgraph.faces.server.app import create_app
from memgraph.faces.server.keys import KeyStore

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.negative_data_rejection,
]
"""What every response must satisfy: no 5xx, a declared status, the declared content type and body
schema, and invalid data refused with a 4xx. (Not ``positive_data_acceptance``: the library checks
more than the schema states, e.g. ids' syntax and text that is blank once normalised, and answers
those with a 400 naming the problem.)"""

EXAMPLES = 8
"""Generated requests per operation (hypothesis examples; derandomized, so runs repeat)."""


def test_every_operation_answers_within_its_spec(mg: MemGraph, tmp_path: Path) -> None:
    mg.add("I work in the Operations department", user_id="root")
    handbook = tmp_path / "handbook.md"
    handbook.write_text("# Leave\n\nOperations staff have 27 days of annual leave.\n", encoding="utf-8")
    mg.kb.ingest(handbook)
    auth = {"Authorization": "Bearer " + KeyStore(mg.store).create(user_id="root", admin=True).key}
    failures: dict[str, str] = {}
    with running(create_app(mg, uploads=tmp_path / "uploads")) as url:
        spec = schemathesis.openapi.from_url(f"{url}/openapi.json")
        operations = [result.ok() for result in spec.get_all_operations()]
        for op in operations:

            @given(case=op.as_strategy())
            @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
            def check(case: Any) -> None:
                case.call_and_validate(headers=auth, checks=CHECKS)

            try:
                check()
            except (Exception, checks.FailureGroup) as e:  # every operation's failures, reported together
                failures[op.label] = str(e)[:2000]
    assert len(operations) >= 35
    assert failures == {}, "\n\n".join(f"{k}: {v}" for k, v in failures.items())
