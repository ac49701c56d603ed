"""An export as an HTTP response (``/v1/export`` and ``/v1/admin/export``)."""

from __future__ import annotations

import io
from typing import Annotated, Any

from fastapi import Query
from fastapi.responses import Response

from ....memory import MemGraph
from ....recall.export import FORMATS

MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "json": "application/json",
    "cypher": "text/plain; charset=utf-8",
}

RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {t: {"schema": {"type": "object" if fmt == "json" else "string"}} for fmt, t in MEDIA_TYPES.items()},
        "description": "the file",
    }
}
"""The export routes' 200 response in OpenAPI: a file of one of :data:`MEDIA_TYPES`."""

Format = Annotated[str, Query(pattern="^(" + "|".join(FORMATS) + ")$", description="graphml, gexf, json or cypher")]


def export_response(mg: MemGraph, fmt: str, owner: Any | None) -> Response:
    """The export of ``owner`` (user_id / agent_id args; None: the whole store) as a download."""
    buf = io.BytesIO()
    res = mg.export.write(buf, format=fmt, **(owner or {}))
    return Response(
        buf.getvalue(),
        media_type=MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="memgraph.{fmt}"',
            "X-MemGraph-Nodes": str(res.nodes),
            "X-MemGraph-Relationships": str(res.relationships),
        },
    )
