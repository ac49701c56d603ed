"""Write the quickstart's sample handbook, a real 3-page PDF, with PyMuPDF.

The handbook is this project's own sample data: a fictional company whose annual leave
differs by department, so the same question has a different answer for each asker.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

PAGES: list[list[tuple[str, str]]] = [
    [
        ("h1", "Acme Robotics Employee Handbook"),
        ("h2", "About this handbook"),
        (
            "p",
            "This handbook describes the rules that apply to every employee of Acme Robotics. Where a rule "
            "differs between departments, the section for each department says so.",
        ),
        ("h2", "Working hours"),
        (
            "p",
            "The standard working week is 38 hours. Core hours are 10:00 to 15:00 on weekdays. Overtime must be "
            "approved by your manager in advance.",
        ),
    ],
    [
        ("h1", "Annual leave"),
        (
            "p",
            "Annual leave entitlements differ by department because of shift patterns and on-call duties. "
            "Leave is counted in working days and the leave year runs from January to December.",
        ),
        ("h2", "Operations department"),
        (
            "p",
            "Employees in the Operations department receive 25 days of annual leave per year, in recognition "
            "of weekend shift rotations. Leave requests must be submitted four weeks before the rota is published.",
        ),
        ("h2", "Technology department"),
        (
            "p",
            "Employees in the Technology department receive 22 days of annual leave per year. Up to 5 unused "
            "days can be carried over into the next leave year.",
        ),
        ("h2", "Sales department"),
        (
            "p",
            "Employees in the Sales department receive 20 days of annual leave per year, plus one extra day "
            "for every quarter in which the team meets its target.",
        ),
    ],
    [
        ("h1", "Expenses and travel"),
        (
            "p",
            "Travel must be booked through the travel portal. Economy class is the default for flights under "
            "six hours. Receipts must be submitted within 30 days.",
        ),
        ("h2", "Remote work"),
        (
            "p",
            "Employees may work remotely up to two days a week with their manager's agreement. Operations "
            "staff on shift rotations work on site.",
        ),
    ],
]

STYLE = {"h1": ("hebo", 18, 34), "h2": ("hebo", 13, 26), "p": ("helv", 10.5, 0)}


def write_handbook(path: Path) -> Path:
    """Write the handbook PDF to ``path`` and return it."""
    doc = pymupdf.open()
    for blocks in PAGES:
        page = doc.new_page(width=595, height=842)  # A4 in points
        y = 60.0
        for kind, text in blocks:
            font, size, _ = STYLE[kind]
            rect = pymupdf.Rect(60, y, 535, y + 400)
            spare = page.insert_textbox(rect, text, fontname=font, fontsize=size)
            used = 400 - spare
            y += used + (10 if kind == "p" else 4)
    doc.set_metadata({"title": "Acme Robotics Employee Handbook"})
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    doc.close()
    return path


if __name__ == "__main__":
    out = write_handbook(Path(sys.argv[1] if len(sys.argv) > 1 else "handbook.pdf"))
    print(out)
