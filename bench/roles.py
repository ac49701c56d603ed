"""Role library: does "What are my responsibilities?" cite the asker's own role section?

Ingests the Contoso role library (``../shared/data/contoso/role_library.pdf``, read in place)
into a fresh embedded store. Its job titles are its section headings, read with PyMuPDF: the
bold lines set larger than the body text, less the document's own title ("... Role Library").
Each role's section runs from its heading's page to the next heading's page.

One user per role states it in an ordinary phrasing, the phrasings taking turns ("I'm the
Chief Financial Officer.", "I work as a Sales Representative.", "My role is ...", ...), and asks
"What are my responsibilities?". A hit is an answer citing that role's own section: a citation
whose ``section`` (its last part: sections are heading paths, "Contoso Electronics > Sales
Representative") is the job title, case and spacing folded, or, for a citation without a
section, one whose page lies within the role's pages. Prints the share of hits among the
roles (any citation, and the first citation alone) and every miss with what it cited.

With ``--also PATH`` (repeatable) other documents are ingested beside the role library, in the
same order step: an employee handbook that lists the same job titles in a table of contents or a
job-roles list must not take the place of the role's own section.

Usage: python bench/roles.py [--pdf PATH] [--also PATH ...] [--order kb-first|users-first] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.handbook_suite import normalise  # noqa: E402
from memgraph import Citation, MemGraph  # noqa: E402

DEFAULT_PDF = ROOT.parent / "shared" / "data" / "contoso" / "role_library.pdf"
QUESTION = "What are my responsibilities?"
PHRASINGS = (
    "I'm the {title}.",
    "I work as {a} {title}.",
    "My role is {title}.",
    "My job title is {title}.",
    "I've been the {title} here for two years.",
    "I was hired as {a} {title} last year.",
)


@dataclass(frozen=True)
class Role:
    """A job title and the 1-based pages its section spans."""

    title: str
    first_page: int
    last_page: int


def find_roles(pdf: Path) -> list[Role]:
    """The job titles of a role library: its bold heading lines set larger than the most common
    (body) size, less the document title; a role's pages run to the next heading's page."""
    import pymupdf

    sizes: Counter[float] = Counter()
    lines: list[tuple[int, float, bool, str]] = []
    with pymupdf.open(pdf) as doc:
        for number, page in enumerate(doc, start=1):
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    spans = [s for s in line["spans"] if s["text"].strip()]
                    if not spans:
                        continue
                    size = round(max(s["size"] for s in spans), 1)
                    bold = all("bold" in s["font"].lower() or s["flags"] & 16 for s in spans)
                    text = " ".join(s["text"].strip() for s in spans)
                    sizes[size] += len(text)
                    lines.append((number, size, bold, text))
    body = sizes.most_common(1)[0][0]
    heads = [(n, t) for n, size, bold, t in lines if bold and size > body and "role library" not in t.lower()]
    roles = []
    for i, (page, title) in enumerate(heads):
        last = heads[i + 1][0] if i + 1 < len(heads) else page
        roles.append(Role(re.sub(r"\s+", " ", title).strip(), page, max(page, last)))
    return roles


def phrasing(i: int, title: str) -> str:
    article = "an" if title[0].lower() in "aeiou" else "a"
    return PHRASINGS[i % len(PHRASINGS)].format(title=title, a=article)


def cites_role(c: Citation, role: Role) -> bool:
    """Whether citation ``c`` is the role's own section (see the module docstring)."""
    if c.section:
        return normalise(c.section.split(" > ")[-1]) == normalise(role.title)
    return c.page is not None and role.first_page <= c.page <= role.last_page


def user_id(role: Role) -> str:
    return "role-" + re.sub(r"[^a-z0-9]+", "-", role.title.lower()).strip("-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--also", type=Path, action="append", default=[], help="another document to ingest")
    parser.add_argument("--order", choices=["kb-first", "users-first"], default="kb-first")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    if not args.pdf.is_file():
        parser.error(f"no role library at {args.pdf}; use --pdf PATH")
    for extra in args.also:
        if not extra.is_file():
            parser.error(f"no document at {extra}")
    roles = find_roles(args.pdf)
    import torch

    torch.set_num_threads(1)  # a few short texts at a time: extra threads only contend
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, MemGraph(f"sqlite:///{tmp}/roles.db") as mg:

        def statements() -> None:
            for i, role in enumerate(roles):
                mg.add(phrasing(i, role.title), user_id=user_id(role))

        def documents() -> None:
            for path in (*args.also, args.pdf):
                mg.kb.ingest(path)

        if args.order == "kb-first":
            documents()
            statements()
        else:
            statements()
            documents()
        for i, role in enumerate(roles):
            a = mg.ask(QUESTION, user_id=user_id(role))
            rows.append(
                {
                    "role": role.title,
                    "pages": [role.first_page, role.last_page],
                    "statement": phrasing(i, role.title),
                    "answer": a.answer,
                    "found": a.found,
                    "gap": a.gap,
                    "cited": [{"section": c.section, "page": c.page} for c in a.citations],
                    "hit": any(cites_role(c, role) for c in a.citations),
                    "first_hit": bool(a.citations) and cites_role(a.citations[0], role),
                }
            )
    n = len(rows)
    hits = sum(r["hit"] for r in rows)
    first = sum(r["first_hit"] for r in rows)
    beside = f", beside {', '.join(p.name for p in args.also)}" if args.also else ""
    print(f"roles: {n} (from the section headings of {args.pdf.name}{beside}), order {args.order}")
    print(f"cites own section: {hits}/{n} = {hits / n:.0%}; first citation is it: {first}/{n} = {first / n:.0%}")
    for r in rows:
        if not r["hit"]:
            cited = ", ".join(f"{c['section']!s} p.{c['page']}" for c in r["cited"]) or "nothing"
            print(f"MISS {r['role']} (pp. {r['pages'][0]}-{r['pages'][1]}; {r['statement']!r}) cited: {cited}")
            print(f"     found={r['found']} gap={r['gap']}: {r['answer'][:200]}")
    if args.json:
        args.json.write_text(json.dumps({"hits": hits, "first_hits": first, "roles": rows}, indent=2))


if __name__ == "__main__":
    main()
