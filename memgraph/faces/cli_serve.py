"""``memgraph serve`` (the REST API, :mod:`memgraph.faces.server`) and ``memgraph keys
create|list|revoke`` (its API keys). Registered on the ``memgraph`` group by
:mod:`memgraph.faces.cli`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.table import Column, Table
from rich.text import Text

from .cli import Context, command, emit_json, err, handle_errors, json_option, main, out, pass_ctx

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option("--no-auth", is_flag=True, help="Serve without API keys (only on a loopback address).")
@click.option(
    "--uploads",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for uploaded files (default: 'uploads' beside a SQLite store, else in the user data folder).",
)
def serve(ctx: Context, host: str, port: int, no_auth: bool, uploads: Path | None) -> None:
    """Serve the REST API (OpenAPI at /openapi.json, docs at /docs) over an existing store
    (create one with `memgraph init` or `memgraph keys create`)."""
    import uvicorn

    from .server.app import create_app

    if no_auth and host not in LOOPBACK:
        raise click.UsageError(f"--no-auth is allowed on a loopback address only ({', '.join(LOOPBACK)}), not {host}")
    mg = ctx.mg
    mg.embedder.embed_one("warm up")  # load the models now, not on the first request
    mg.extractor.extract("Warm up in the Operations department.")
    app = create_app(mg, auth=not no_auth, uploads=uploads)
    state = (
        "OFF: every caller names its own scope (X-MemGraph-User / X-MemGraph-Agent) and may use the admin routes"
        if no_auth
        else "on"
    )
    shown = f"[{host}]" if ":" in host else host
    err.print(
        Text(f"MemGraph API on http://{shown}:{port} (store {ctx.mg.store.uri}); API keys {state}"), soft_wrap=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


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
