#!/usr/bin/env bash
# Idempotent set-up on a fresh machine: a virtual environment in .venv holding MemGraph
# (editable) and every dependency pinned by constraints.txt. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "MemGraph needs Python >= 3.10 (found $("$PY" --version 2>&1)); set PYTHON=/path/to/python3.x" >&2
  exit 1
fi
# Tesseract OCR (Debian packages) for scanned pages and images: installed when missing and
# this user may; without it OCR raises a clear error naming the packages.
if ! command -v tesseract >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "== installing tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd >/dev/null; }
  else
    echo "== tesseract not found: OCR of images and scanned pages needs the Debian packages tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"
  fi
fi
# Chromium (Debian package) for the graph page's browser test: installed when missing and this
# user may; without it that test is skipped with a reason.
if ! command -v chromium >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "== installing chromium (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
  else
    echo "== chromium not found: the graph page's browser test will be skipped"
  fi
fi
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
echo "== installing MemGraph and pinned dependencies (first run downloads ~3 GB: PyTorch)"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
# The graph page (/ui): its script is bundled from npm packages at build time.
if command -v npm >/dev/null; then
  bash scripts/build_ui.sh
else
  echo "== npm not found: the graph page (/ui) is not built (scripts/build_ui.sh needs npm)"
fi
