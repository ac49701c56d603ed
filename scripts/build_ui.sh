#!/usr/bin/env bash
# Build the graph page's script (memgraph/faces/ui/static/app.js) from src/app.js and the npm
# packages pinned in memgraph/faces/ui/package-lock.json: sigma.js, graphology, ForceAtlas2,
# bundled by esbuild; and Swagger UI's files for /docs (swagger-ui-dist). Skipped when the bundle is newer than its sources. Needs npm.
set -euo pipefail
cd "$(dirname "$0")/../memgraph/faces/ui"
if [ -f static/app.js ] && [ -f static/docs/swagger-ui.css ] && [ static/app.js -nt package-lock.json ] \
  && [ -z "$(find src -newer static/app.js -print -quit)" ]; then
  exit 0
fi
echo "== building the graph page (npm ci, esbuild)"
npm ci --silent --no-audit --no-fund
npm run --silent build
