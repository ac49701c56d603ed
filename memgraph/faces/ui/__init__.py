"""The graph page, served at ``/ui`` by :func:`memgraph.faces.server.app.create_app`, and the
API docs page (``/docs``) from local files.

``index.html`` and ``style.css`` are ours; ``static/app.js`` is built from ``src/app.js`` with
the npm packages pinned in ``package-lock.json`` (sigma.js, graphology, ForceAtlas2, bundled by
esbuild: ``scripts/build_ui.sh``, run by the set-up when npm is there). Nothing is fetched at
run time: the page works offline. Without the build, ``/ui`` says how to make it.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

UI_DIR = Path(__file__).resolve().parent
BUNDLE = UI_DIR / "static" / "app.js"
SWAGGER = UI_DIR / "static" / "docs"
"""Swagger UI's script and style (npm ``swagger-ui-dist``, copied by the build) for ``/docs``."""

CHROMIUM_HEADLESS_ARGS = (
    "--no-sandbox",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
)
"""Flags to drive the page in headless Chromium on a machine without GPU or network (the tests and
bench/ui.py): WebGL through SwiftShader, no calls out, no sandbox (root in a container)."""

NOT_BUILT = (
    "<!doctype html><title>MemGraph</title><p>The graph page is not built in this installation: run "
    "<code>bash scripts/build_ui.sh</code> in a MemGraph checkout (it needs npm), then restart the server.</p>"
)


def add_ui(app: FastAPI) -> None:
    """Serve the page at ``/ui`` (its data comes from ``/v1/graph``, with the caller's key)."""

    @app.get("/ui", include_in_schema=False)
    def page() -> Response:
        if not BUNDLE.is_file():
            return HTMLResponse(NOT_BUILT, status_code=503)
        return FileResponse(UI_DIR / "index.html", media_type="text/html")

    @app.get("/ui/style.css", include_in_schema=False)
    def style() -> FileResponse:
        return FileResponse(UI_DIR / "style.css", media_type="text/css")

    app.mount("/ui/static", StaticFiles(directory=UI_DIR / "static", check_dir=False), name="ui-static")


def add_docs(app: FastAPI) -> None:
    """Serve Swagger UI at ``/docs`` from this server's own files when built (offline), else
    from FastAPI's default CDN."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if (SWAGGER / "swagger-ui-bundle.js").is_file():
            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title=f"{app.title} API",
                swagger_js_url="/ui/static/docs/swagger-ui-bundle.js",
                swagger_css_url="/ui/static/docs/swagger-ui.css",
                swagger_favicon_url="data:,",
            )
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} API")
