"""Contoso knowledge-base retrieval: hit@1/3/5 of the cited page, and ingestion speed.

Ingests the six Contoso PDFs (../shared/data/contoso) into a fresh embedded store, then for
each question of ground_truth_dev25.jsonl searches the knowledge base (top 5 chunks) and
counts a hit@k when any cited ``file#page=N`` (1-based) is among the pages the top-k chunks
cover (a chunk that runs from the foot of page 10 onto page 11 covers both). Prints hit@1/3/5,
pages, ingest seconds and pages/s.

With ``--scanned`` every PDF is first turned into a scan (each page rendered at 150 dpi and
stored as an image, no text layer, as a scanner would produce), so the whole set is read by
Tesseract OCR: hit@k then shows what OCR loses against the text layer. That takes about
3 s a page on 2 cores.

``--set key=value`` (repeatable) reruns the search with a :class:`memgraph.SearchConfig` field
changed, e.g. ``--set rrf_k=60 --set vector_weight=1``: the way every tuned number of the config
can be checked again (values are JSON or plain strings; pydantic validates them, and an unknown
key or a bad value stops the run with the reason). ``top_k`` is the bench's own (5).

Usage: python bench/contoso.py [--data DIR] [--store PATH] [--json OUT] [--chunk-tokens N] [--overlap N]
                               [--scanned] [--set KEY=VALUE ...]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path

from memgraph import InvalidInputError, MemGraph, SearchConfig, Settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "contoso"
CITATION = re.compile(r"\[([^\]#]+\.pdf)#page=(\d+)\]")


def load_questions(data: Path) -> list[tuple[str, set[tuple[str, int]]]]:
    """(question, {(file name, 1-based page)}) for every line of the ground truth."""
    out = []
    for line in (data / "ground_truth_dev25.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            cites = {(f, int(p)) for f, p in CITATION.findall(row["truth"])}
            out.append((row["question"], cites))
    return out


def evaluate(
    mg: MemGraph,
    data: Path,
    *,
    user_id: str = "contoso-eval",
    k: int = 5,
    config: SearchConfig = SearchConfig.HYBRID,
) -> dict[str, float]:
    """hit@1/3/5 over the ground truth (the store must already hold the PDFs), searching with
    ``config`` (its ``top_k`` replaced by ``k``)."""
    questions = load_questions(data)
    uri_to_file = {d.id: Path(d.uri).name for d in mg.kb.documents()}
    hits = {1: 0, 3: 0, 5: 0}
    misses = []
    for question, cites in questions:
        results = mg.search(question, user_id=user_id, top_k=k, config=config)
        found = [{(uri_to_file.get(str(r.properties.get("documentId"))), p) for p in r.pages} for r in results]
        for cutoff in hits:
            if any(f & cites for f in found[:cutoff]):
                hits[cutoff] += 1
        if not any(f & cites for f in found[:k]):
            misses.append((question, sorted(cites), [sorted(f) for f in found]))
    n = len(questions)
    return {**{f"hit@{c}": v / n for c, v in hits.items()}, "questions": n, "misses": misses}  # type: ignore[dict-item]


def ingest_all(mg: MemGraph, data: Path) -> tuple[int, float]:
    """Ingest every PDF; returns (pages, seconds)."""
    start = time.perf_counter()
    pages = 0
    for pdf in sorted(data.glob("*.pdf")):
        res = mg.ingest(pdf)
        pages += res.pages or 0
    return pages, time.perf_counter() - start


def scan_pdf(pdf: Path, out: Path, *, dpi: int = 150) -> Path:
    """``pdf`` as a PDF of page images (grey JPEG, as office scanners store them), same file
    name under ``out``: no text layer at all."""
    import pymupdf

    target = out / pdf.name
    with pymupdf.open(pdf) as src, pymupdf.open() as dst:
        for page in src:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            new = dst.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=pix.tobytes("jpeg", jpg_quality=80))
        dst.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", type=Path, default=None, help="store file (default: a temp dir)")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--chunk-tokens", type=int, default=Settings().chunk_tokens)
    parser.add_argument("--scanned", action="store_true", help="ingest page-image scans of the PDFs (OCR)")
    parser.add_argument("--overlap", type=int, default=Settings().chunk_overlap_tokens, help="chunk overlap tokens")
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a SearchConfig field for the search, e.g. rrf_k=60 (repeatable)",
    )
    args = parser.parse_args()
    try:
        config = SearchConfig.HYBRID.with_overrides(args.overrides)
    except InvalidInputError as e:
        parser.error(f"--set: {e}")
    if not (args.data / "ground_truth_dev25.jsonl").is_file():
        parser.error(
            f"no Contoso data at {args.data} (expects the six PDFs and ground_truth_dev25.jsonl); use --data DIR"
        )
    store = args.store or Path(tempfile.mkdtemp()) / "contoso.db"
    source = args.data
    if args.scanned:
        source = Path(tempfile.mkdtemp())
        for pdf in sorted(args.data.glob("*.pdf")):
            scan_pdf(pdf, source)
    settings = Settings(chunk_tokens=args.chunk_tokens, chunk_overlap_tokens=args.overlap)
    with MemGraph(f"sqlite:///{store}", settings=settings) as mg:
        mg.embedder.embed(["warm up"])
        pages, seconds = ingest_all(mg, source)
        scores = evaluate(mg, args.data, config=config)
    misses = scores.pop("misses")
    report = {
        **scores,
        "chunk_tokens": args.chunk_tokens,
        "overlap": args.overlap,
        "overrides": " ".join(args.overrides) or "none",
        "pages": pages,
        "ingest_s": round(seconds, 2),
        "pages_per_s": round(pages / seconds, 2),
    }
    for key, value in report.items():
        print(f"{key:>12}: {value:.3f}" if isinstance(value, float) else f"{key:>12}: {value}")
    if args.show_misses:
        for q, cites, found in misses:  # type: ignore[attr-defined]
            print(f"MISS {q}\n   cited {cites}\n   found {found}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
