#!/usr/bin/env bash
# The README's second command: set up, start the test Neo4j server, run the whole test suite.
# Extra arguments go to pytest (e.g. scripts/test.sh -k kb -x).
#
# Neo4j (scripts/neo4j/neo4j.sh) starts when Java is installed, or always with
# MEMGRAPH_REQUIRE_NEO4J=1 (CI), which also makes the Neo4j tests fail instead of skip when
# the server is missing. Without Java they are skipped with one line saying why. The server
# keeps running afterwards (stop it with scripts/neo4j/neo4j.sh stop). The MCP tests' Node
# tools are installed with npm when npm is there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if command -v java >/dev/null || [ "${MEMGRAPH_REQUIRE_NEO4J:-}" = 1 ]; then
  bash scripts/neo4j/neo4j.sh start
  MEMGRAPH_TEST_NEO4J_URI=$(bash scripts/neo4j/neo4j.sh uri)
  export MEMGRAPH_TEST_NEO4J_URI
else
  echo "== Java not found: the Neo4j tests will be skipped (install JDK 17 to run them)"
fi
# Node tools of the MCP tests (conformance suite, reference memory server, Node 22), pinned by
# tests/mcp/package-lock.json; without npm those tests skip with a reason (CI requires them).
if command -v npm >/dev/null; then
  if [ ! tests/mcp/node_modules/.package-lock.json -nt tests/mcp/package-lock.json ]; then
    echo "== installing the MCP test tools (npm ci --prefix tests/mcp)"
    npm ci --prefix tests/mcp --silent --no-audit --no-fund
  fi
else
  echo "== npm not found: the MCP conformance and reference-server tests will be skipped"
fi
exec .venv/bin/python -m pytest -q "$@"
