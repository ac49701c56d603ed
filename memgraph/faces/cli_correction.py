"""``memgraph feedback``, ``review list|accept|reject``, ``merge`` and ``undo``: correcting what MemGraph
knows from the command line (see :mod:`memgraph.correction`). Registered on the ``memgraph``
group by :mod:`memgraph.faces.cli`."""

from __future__ import annotations

from typing import Any

import click
from rich.markup import escape

from ..text.textutil import clip
from .cli import Context, command, emit_json, handle_errors, json_option, main, out, pass_ctx


@command()
@click.argument("text")
@click.option("--user", "-u", "user_id", help="Who gives the feedback.")
@click.option("--agent", "agent_id", help="Agent id (owner when no --user).")
@click.option("--session", "session_id", help="Conversation id: the feedback is about the last answer in it.")
@click.option("--target", "target_id", help="Id of the memory or knowledge-base passage it is about.")
def feedback(
    ctx: Context, text: str, user_id: str | None, agent_id: str | None, session_id: str | None, target_id: str | None
) -> None:
    """Correct what MemGraph knows: TEXT is what the person says ("No, I'm in Technology now",
    "that policy is outdated", "forget my home address"). Exit status 1 when nothing changed."""
    result = ctx.mg.feedback(text, user_id=user_id, agent_id=agent_id, session_id=session_id, target_id=target_id)
    if ctx.as_json:
        emit_json(result)
    else:
        kind = result.kind.value if result.kind else "unknown"
        colour = "green" if result.applied else "yellow"
        out.print(f"[{colour}]{kind}[/{colour}] {escape(result.message)}", highlight=False)
        for label, values in (("closed", result.closed), ("now", result.opened), ("forgotten", result.forgotten)):
            if values:
                out.print(f"  {label}: {escape(', '.join(values))}", highlight=False)
        if result.event_id:
            out.print(f"  history entry: {result.event_id}", highlight=False)
    if not result.applied:
        raise SystemExit(1)


@main.group()
def review() -> None:
    """The knowledge base's review queue: passages people flagged as outdated or wrong."""


def _review_command(*args: Any, **kwargs: Any) -> Any:
    def decorate(fn: Any) -> Any:
        return review.command(*args, **kwargs)(json_option(pass_ctx(handle_errors(fn))))

    return decorate


@_review_command(name="list")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
def review_list(ctx: Context, limit: int, offset: int) -> None:
    """Open review items, the most flagged first."""
    items = ctx.mg.review.list(limit=limit, offset=offset)
    if ctx.as_json:
        emit_json(items)
        return
    if not items:
        out.print("Nothing to review.")
        return
    for i in items:
        where = i.document + (f", p. {i.page}" if i.page else "")
        flags = f"{i.flags} flag{'s' if i.flags != 1 else ''}"
        out.print(f"[bold]{i.id}[/bold]  {flags} by {escape(', '.join(i.givers))}", highlight=False)
        out.print(f"  {escape(where)}: {escape(clip(i.text, 160))}", highlight=False, soft_wrap=True)
        for comment in i.comments:
            out.print(f"  said: {escape(clip(comment, 160))}", highlight=False, soft_wrap=True)


@_review_command(name="history")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
def review_history(ctx: Context, limit: int, offset: int) -> None:
    """What reviewers did, newest first."""
    events = ctx.mg.review.history(limit=limit, offset=offset)
    if ctx.as_json:
        emit_json(events)
        return
    for e in events:
        who = f" by {e.actor}" if e.actor else ""
        out.print(
            f"{e.at:%Y-%m-%d %H:%M:%S}  {e.id}  passage {e.memory_id}{who}: {escape(e.reason or '')}", highlight=False
        )


@_review_command(name="accept")
@click.argument("item_id")
@click.option("--text", "new_text", help="The passage's corrected text (without it the passage is retired).")
@click.option("--reviewer", help="Who reviews (kept in the history).")
def review_accept(ctx: Context, item_id: str, new_text: str | None, reviewer: str | None) -> None:
    """Accept ITEM_ID: a new version of the passage with --text, else the passage is retired."""
    done = ctx.mg.review.accept(item_id, new_text, reviewer=reviewer)
    if ctx.as_json:
        emit_json(done)
    elif done.new_chunk_id:
        out.print(f"[green]accepted[/green]: new version {done.new_chunk_id} of {done.chunk_id}", highlight=False)
    else:
        out.print(f"[green]accepted[/green]: passage {done.chunk_id} retired", highlight=False)


@_review_command(name="reject")
@click.argument("item_id")
@click.argument("reason")
@click.option("--reviewer", help="Who reviews (kept in the history).")
def review_reject(ctx: Context, item_id: str, reason: str, reviewer: str | None) -> None:
    """Reject ITEM_ID for REASON: the passage stays as it is."""
    done = ctx.mg.review.reject(item_id, reason, reviewer=reviewer)
    if ctx.as_json:
        emit_json(done)
    else:
        out.print(f"[green]rejected[/green]: {done.closed} feedback closed on {done.chunk_id}", highlight=False)


@command()
@click.argument("memory_ids", nargs=-1, required=True)
@click.option("--user", "-u", "user_id", help="User id.")
@click.option("--agent", "agent_id", help="Agent id (owner when no --user).")
@click.option("--text", help="The merged memory's text (default: theirs joined).")
def merge(
    ctx: Context, memory_ids: tuple[str, ...], user_id: str | None, agent_id: str | None, text: str | None
) -> None:
    """Merge MEMORY_IDS (two or more) into one memory; the merged ones leave search."""
    mem = ctx.mg.merge(list(memory_ids), text=text, user_id=user_id, agent_id=agent_id)
    entry = next(e.id for e in ctx.mg.history(mem.id, user_id=user_id, agent_id=agent_id) if e.operation == "merge")
    if ctx.as_json:
        emit_json({"memory": mem, "event_id": entry})
    else:
        out.print(f"[green]merged[/green] {len(set(memory_ids))} memories into {mem.id}", highlight=False)
        out.print(f"  history entry (memgraph undo takes it): {entry}", highlight=False)


@command()
@click.argument("event_id")
@click.option("--user", "-u", "user_id", help="User id.")
@click.option("--agent", "agent_id", help="Agent id (owner when no --user).")
def undo(ctx: Context, event_id: str, user_id: str | None, agent_id: str | None) -> None:
    """Undo a merge or a change feedback applied, named by its history entry (EVENT_ID)."""
    done = ctx.mg.undo(event_id, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(done)
    else:
        out.print(f"[green]undone[/green] ({done.operation}): {escape(done.message)}", highlight=False)
