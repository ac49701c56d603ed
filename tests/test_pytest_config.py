"""The project's pytest configuration, run on a small test file of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_skipped_test_prints_its_reason(tmp_path: Path) -> None:
    (tmp_path / "test_skips.py").write_text(
        "import pytest\n\n\n@pytest.mark.skip(reason='no Neo4j server here')\ndef test_needs_a_server():\n    pass\n"
    )
    config = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), "-p", "no:cacheprovider"]
    res = subprocess.run(
        [sys.executable, "-m", "pytest", *config, str(tmp_path / "test_skips.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "SKIPPED [1]" in res.stdout and "no Neo4j server here" in res.stdout, res.stdout
