"""scripts/neo4j/neo4j.sh run for real on a copy of the scripts folder (its own .memgraph), never
touching this checkout's server or the shared jar cache: concurrent first starts share one
resolve of the jars, and ``status`` tells the truth about the port it is asked about."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import free_port

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


@pytest.fixture
def listening() -> Iterator[list[int]]:
    """Two ports on 127.0.0.1 that accept connections (as a Bolt server's would)."""
    socks = []
    for _ in range(2):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        s.listen()
        socks.append(s)
    try:
        yield [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def test_status_reports_the_server_on_the_port_it_checks(checkout: Path, listening: list[int]) -> None:
    own, other = listening
    home = checkout / ".memgraph" / "neo4j"
    home.mkdir(parents=True)
    # this checkout's "server": a live pid, started on port `own` (as `start` records it)
    (home / "neo4j.pid").write_text(f"{os.getpid()}\n")
    (home / "neo4j.port").write_text(f"{own}\n")

    p = run(checkout, "status", MEMGRAPH_NEO4J_PORT=str(own))
    assert p.wait(timeout=30) == 0
    assert p.stdout and p.stdout.read().strip() == f"running on bolt://127.0.0.1:{own} (pid {os.getpid()})"

    p = run(checkout, "status", MEMGRAPH_NEO4J_PORT=str(other))  # someone else's server answers there
    assert p.wait(timeout=30) == 3
    text = p.stdout.read() if p.stdout else ""
    assert f"runs on port {own}, not on {other}" in text
    assert f"port {other}: another process answers there" in text

    idle = free_port()
    p = run(checkout, "status", MEMGRAPH_NEO4J_PORT=str(idle))
    assert p.wait(timeout=30) == 3
    assert f"port {idle}: nothing answers" in (p.stdout.read() if p.stdout else "")

    (home / "neo4j.pid").unlink()
    p = run(checkout, "status", MEMGRAPH_NEO4J_PORT=str(other))
    assert p.wait(timeout=30) == 3
    text = p.stdout.read() if p.stdout else ""
    assert "this checkout's neo4j is not running" in text and f"port {other}: another process answers" in text
