"""Markdown structure the knowledge base reads: list items and pipe tables as the HTML and PDF
loaders give them."""

from __future__ import annotations

from pathlib import Path

from memgraph.loaders import load

PAGE = """# Handbook

## Regional arrangements

Colleagues in the Northern region:
- start work at 08:15;
- submit timesheets on Thursdays;
  a continued line.

| Grade | Spain | Portugal |
|-------|:-----:|---------:|
| B1 | 300 EUR | 280 EUR |
| B2 | 400 EUR |  |

| not a table | because no delimiter row |

Plain paragraph
over two lines.
"""


def test_list_items_and_pipe_tables_become_blocks(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    body = [b.text for b in load(path).blocks if not b.heading]
    assert body == [
        "Colleagues in the Northern region:",
        "• start work at 08:15;",
        "• submit timesheets on Thursdays; a continued line.",
        "Grade: B1; Spain: 300 EUR; Portugal: 280 EUR.",
        "Grade: B2; Spain: 400 EUR.",
        "| not a table | because no delimiter row |",
        "Plain paragraph over two lines.",
    ]
