"""scripts/neo4j/neo4j.sh run for real on a copy of the scripts folder (its own .memgraph), never
touching this checkout's server or the shared jar cache: concurrent first starts share one
resolve of the jars."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts" / "neo4j"

# A stand-in for Maven: records each run, takes a while, writes a jar in two steps (as a copy
# that is read half-way would look), and fails when another run is writing at the same time.
FAKE_MVN = """#!/usr/bin/env bash
set -euo pipefail
for a in "$@"; do case "$a" in -DoutputDirectory=*) out=${a#-DoutputDirectory=} ;; esac; done
echo run >> "$FAKE_MVN_LOG"
if ! mkdir "$FAKE_MVN_LOG.busy" 2>/dev/null; then echo "two resolves at once" >&2; exit 1; fi
mkdir -p "$out"
printf 'first half ' > "$out/neo4j.jar"
sleep 1.5
printf 'second half' >> "$out/neo4j.jar"
rmdir "$FAKE_MVN_LOG.busy"
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A folder with a copy of scripts/neo4j, so the script's .memgraph lands in tmp_path."""
    root = tmp_path / "checkout"
    shutil.copytree(SCRIPTS, root / "scripts" / "neo4j")
    return root


def run(checkout: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["bash", str(checkout / "scripts" / "neo4j" / "neo4j.sh"), *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_concurrent_first_resolves_share_one_and_both_succeed(checkout: Path, tmp_path: Path) -> None:
    mvn = tmp_path / "fake-mvn"
    mvn.write_text(FAKE_MVN)
    mvn.chmod(0o755)
    cache = tmp_path / "cache" / "neo4j-test"
    log = tmp_path / "mvn.log"
    env = {"MEMGRAPH_NEO4J_CACHE": str(cache), "MEMGRAPH_NEO4J_MVN": str(mvn), "FAKE_MVN_LOG": str(log)}
    procs = [run(checkout, "jars", **env) for _ in range(2)]
    outcomes = [(p.wait(timeout=60), p.stderr.read() if p.stderr else "") for p in procs]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    assert log.read_text().split() == ["run"]  # one resolve; the other waited and found it done
    assert (cache / ".complete").is_file()
    assert (cache / "lib" / "neo4j.jar").read_text() == "first half second half"
    assert sorted(p.name for p in cache.parent.iterdir()) == ["neo4j-test", "neo4j-test.lock"]  # no partial folder
