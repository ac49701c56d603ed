"""docker/: the compose file and Dockerfile agree with the project (no Docker engine runs here)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_runs_neo4j_526_with_a_volume_and_points_memgraph_at_it() -> None:
    compose = yaml.safe_load((ROOT / "docker" / "docker-compose.yml").read_text())
    neo4j, memgraph = compose["services"]["neo4j"], compose["services"]["memgraph"]
    assert neo4j["image"].startswith("neo4j:5.26")
    assert any(v.endswith(":/data") and v.split(":")[0] in compose["volumes"] for v in neo4j["volumes"])
    assert "7687:7687" in " ".join(neo4j["ports"])
    assert memgraph["environment"]["MEMGRAPH_STORE"] == "neo4j://neo4j:7687"
    assert memgraph["depends_on"]["neo4j"]["condition"] == "service_healthy"
    dockerfile = (ROOT / "docker" / memgraph["build"]["context"] / memgraph["build"]["dockerfile"]).resolve()
    assert dockerfile == ROOT / "docker" / "Dockerfile"


def test_dockerfile_copies_every_shipped_package_and_installs_with_the_constraints() -> None:
    text = (ROOT / "docker" / "Dockerfile").read_text()
    pyproject = (ROOT / "pyproject.toml").read_text()
    copied = set(re.findall(r"^COPY (\S+) ", text, re.MULTILINE))
    packages = re.search(r"^\[tool.hatch.build.targets.wheel\]\npackages = \[(.*)\]$", pyproject, re.MULTILINE)[1]
    shipped = set(re.findall(r'"([^"]+)"', packages))
    shipped |= set(re.findall(r'^"([^"]+)" = "memgraph/[^"]+"$', pyproject, re.MULTILINE))  # force-included
    assert shipped == {"memgraph", "loaders", "schema"}
    assert shipped <= copied
    assert "-c constraints.txt" in text
    assert re.search(r'^ENTRYPOINT \["memgraph"\]', text, re.MULTILINE)
    # OCR of images and scanned pages needs Tesseract with English and orientation data
    assert re.search(r"apt-get install .*tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd", text)


def test_compose_serves_the_api_beside_neo4j_and_the_image_builds_the_graph_page() -> None:
    compose = yaml.safe_load((ROOT / "docker" / "docker-compose.yml").read_text())
    api = compose["services"]["api"]
    assert api["command"][:1] == ["serve"] and "0.0.0.0" in api["command"]
    assert api["ports"] == ["127.0.0.1:8080:8080"]
    assert api["environment"]["MEMGRAPH_STORE"] == "neo4j://neo4j:7687"
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert "/health" in " ".join(api["healthcheck"]["test"])
    text = (ROOT / "docker" / "Dockerfile").read_text()
    assert re.search(r"^FROM node:22\S* AS ui$", text, re.MULTILINE) and "npm ci" in text
    assert "COPY --from=ui /ui/static ./memgraph/faces/ui/static" in text
    assert "**/node_modules" in (ROOT / ".dockerignore").read_text()
