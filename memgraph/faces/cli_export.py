"""``memgraph export``: the graph, whole or one owner's, as GraphML, GEXF, node-link JSON or a
Cypher script (:mod:`memgraph.recall.export`). Registered on the ``memgraph`` group by
:mod:`memgraph.faces.cli`."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape

from ..recall.export import FORMATS
from .cli import Context, command, emit_json, err


@command()
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), help="Format (default: the output file's suffix).")
@click.option("--user", "-u", "user_id", help="Export this user's graph (default: the whole store).")
@click.option("--agent", "agent_id", help="Export this agent's graph.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File (default: stdout).")
@click.option(
    "--embeddings/--no-embeddings",
    default=None,
    help="Include vectors (default: in cypher only; GraphML and GEXF never hold them).",
)
def export(
    ctx: Context,
    fmt: str | None,
    user_id: str | None,
    agent_id: str | None,
    output: Path | None,
    embeddings: bool | None,
) -> None:
    """Export the graph: GraphML and GEXF open in Gephi; the Cypher script loads into an empty
    Neo4j (`cypher-shell -f FILE`) and reproduces the store."""
    if output is None and fmt is None:
        raise click.UsageError("say --format when writing to stdout (or give --output FILE)")
    mg = ctx.mg
    if output is None:
        res = mg.export.write(sys.stdout.buffer, format=fmt, user_id=user_id, agent_id=agent_id, embeddings=embeddings)
        sys.stdout.buffer.flush()
    else:
        res = mg.export.write(output, format=fmt, user_id=user_id, agent_id=agent_id, embeddings=embeddings)
    summary = {"format": res.format, "nodes": res.nodes, "relationships": res.relationships}
    if ctx.as_json and output is not None:
        emit_json({**summary, "path": str(res.path)})
        return
    where = escape(str(res.path)) if res.path else "stdout"
    err.print(f"exported {res.nodes} nodes and {res.relationships} relationships as {res.format} to {where}")
