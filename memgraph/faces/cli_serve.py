"""``memgraph serve`` (the REST API and MCP over HTTP, :mod:`memgraph.faces.server`), ``memgraph mcp``
(:mod:`memgraph.faces.mcp_server`, stdio or HTTP) and ``memgraph keys create|list|revoke`` (their
API keys). Registered on the ``memgraph`` group by :mod:`memgraph.faces.cli`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.table import Column, Table
from rich.text import Text

from .cli import Context, command, emit_json, err, handle_errors, json_option, main, out, pass_ctx

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _http_options(fn: Any) -> Any:
    fn = click.option(
        "--no-auth",
        is_flag=True,
        help="Serve without API keys (only on a loopback address); with --user/--agent, requests that name "
        "no scope act for that owner.",
    )(fn)
    fn = click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))(fn)
    fn = click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")(fn)
    return fn


def _serve_http(ctx: Context, host: str, port: int, no_auth: bool, what: str, **app_args: Any) -> None:
    """Load the models, say what is served and whether keys are checked, and run uvicorn."""
    import uvicorn

    from .server.app import create_app

    if no_auth and host not in LOOPBACK:
        raise click.UsageError(f"--no-auth is allowed on a loopback address only ({', '.join(LOOPBACK)}), not {host}")
    owner = app_args.pop("default_owner", None)
    if owner is not None and not no_auth:
        raise click.UsageError(
            "--user / --agent name a default owner for --no-auth; with keys, each key names its owner"
        )
    mg = ctx.mg
    mg.embedder.embed_one("warm up")  # load the models now, not on the first request
    mg.extractor.extract("Warm up in the Operations department.")
    app = create_app(mg, auth=not no_auth, default_owner=owner, **app_args)
    state = (
        "OFF: every caller names its own scope (X-MemGraph-User / X-MemGraph-Agent) and may use the admin routes"
        if no_auth
        else "on"
    )
    shown = f"[{host}]" if ":" in host else host
    err.print(
        Text(f"MemGraph {what} on http://{shown}:{port} (store {mg.store.uri}); API keys {state}"), soft_wrap=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@command()
@_http_options
@click.option(
    "--uploads",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for uploaded files (default: 'uploads' beside a SQLite store, else in the user data folder).",
)
def serve(ctx: Context, host: str, port: int, no_auth: bool, uploads: Path | None) -> None:
    """Serve the REST API (OpenAPI at /openapi.json, docs at /docs) and the MCP server (streamable
    HTTP at /mcp) over an existing store (create one with `memgraph init` or `memgraph keys create`)."""
    _serve_http(ctx, host, port, no_auth, "API (REST /v1, MCP /mcp, graph page /ui)", uploads=uploads)


@command(creates_store=True, keeps_empty=True)
@click.option("--transport", type=click.Choice(["stdio", "http"]), default="stdio", show_default=True)
@click.option("--user", "-u", "user_id", help="The user whose memory the session uses (stdio; http with --no-auth).")
@click.option("--agent", "agent_id", help="The agent whose memory the session uses (stdio; http with --no-auth).")
@_http_options
def mcp(
    ctx: Context, transport: str, user_id: str | None, agent_id: str | None, host: str, port: int, no_auth: bool
) -> None:
    """Serve MemGraph as an MCP server: over stdio for one owner (--user or --agent; an agent host
    starts it), or over streamable HTTP at /mcp where each request's API key names the owner."""
    from .mcp_server import build_mcp, fixed_owner

    if transport == "http":
        default = {"user_id": user_id, "agent_id": agent_id} if (user_id or agent_id) else None
        _serve_http(ctx, host, port, no_auth, "MCP server (/mcp)", rest=False, default_owner=default)
        return
    owner = fixed_owner(user_id, agent_id)
    build_mcp(ctx.mg, owner).run("stdio")


@main.group()
def keys() -> None:
    """API keys of the REST server: each acts for one user or one agent; --admin adds the
    admin routes (knowledge base, review, Cypher, stats)."""


def _keys_command(name: str) -> Any:
    def decorate(fn: Any) -> Any:
        return keys.command(name=name)(json_option(pass_ctx(handle_errors(fn))))

    return decorate


@_keys_command("create")
@click.option("--user", "-u", "user_id", help="The user the key acts for.")
@click.option("--agent", "agent_id", help="The agent the key acts for.")
@click.option("--admin", is_flag=True, help="Also allow the admin routes.")
@click.option("--name", help="A label for the key (who holds it).")
def keys_create(ctx: Context, user_id: str | None, agent_id: str | None, admin: bool, name: str | None) -> None:
    """Create a key; its secret is printed this once."""
    from .server.keys import KeyStore

    if (user_id is None) == (agent_id is None):
        raise click.UsageError("give --user or --agent (one of them): a key acts for one user or one agent")
    ctx.creates_store = True
    created = KeyStore(ctx.mg.store).create(user_id=user_id, agent_id=agent_id, admin=admin, name=name)
    if ctx.as_json:
        emit_json({"key": created.key, "id": created.info.id, "admin": admin, "user_id": user_id, "agent_id": agent_id})
        return
    out.print(Text(created.key))
    err.print(
        Text(f"key {created.info.id} created; the secret above is not stored and cannot be shown again"), soft_wrap=True
    )


@_keys_command("list")
def keys_list(ctx: Context) -> None:
    """Every key: id, scope, admin, created, revoked (never the secret)."""
    from .server.keys import KeyStore

    found = KeyStore(ctx.mg.store).list()
    if ctx.as_json:
        emit_json([k.model_dump(mode="json", by_alias=True, exclude={"secret_sha256"}) for k in found])
        return
    table = Table("id", "scope", "admin", Column("name", overflow="fold"), "created", "revoked")
    for k in found:
        scope = f"user:{k.user_id}" if k.user_id else f"agent:{k.agent_id}"
        revoked = k.revoked_at.isoformat(timespec="seconds") if k.revoked_at else ""
        row = (k.id, scope, "yes" if k.admin else "", k.name or "", k.created_at.isoformat(timespec="seconds"), revoked)
        table.add_row(*[Text(str(v)) for v in row])
    out.print(table)


@_keys_command("revoke")
@click.argument("key_id")
def keys_revoke(ctx: Context, key_id: str) -> None:
    """Revoke key KEY_ID: it is refused from then on."""
    from .server.keys import KeyStore

    info = KeyStore(ctx.mg.store).revoke(key_id)
    if ctx.as_json:
        emit_json({"id": info.id, "revoked_at": info.revoked_at})
        return
    out.print(Text(f"key {info.id} revoked"))
