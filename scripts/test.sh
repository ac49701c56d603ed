#!/usr/bin/env bash
# The README's second command: set up, then run the whole test suite.
# Extra arguments go to pytest (e.g. scripts/test.sh -k kb -x).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec .venv/bin/python -m pytest -q "$@"
