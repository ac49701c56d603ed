"""The ``memgraph`` command: a thin layer over :class:`~memgraph.MemGraph`.

Each command loads :class:`~memgraph.settings.Settings` once (environment ``MEMGRAPH_*``,
overridden by ``--store``), makes one API call and prints a table (rich) or JSON
(``--json``). Library errors become one line on stderr and exit status 1; usage errors
exit 2 (click).
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Column, Table
from rich.text import Text

from ..errors import ConfigError, MemGraphError
from ..models import SECTION_SEP, NodeLabel
from ..settings import Settings
from ..text.textutil import clip
from .jsonable import to_jsonable

F = TypeVar("F", bound=Callable[..., Any])
out = Console()
err = Console(stderr=True)


def emit_json(value: Any) -> None:
    click.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, default=str))


def _error(message: str) -> None:
    """One line on stderr: a red ``error:`` then the message verbatim (no markup, no wrapping)."""
    err.print(Text("error: ", style="red") + Text(message), highlight=False, soft_wrap=True)


def _hint_if_empty(mg: Any) -> None:
    """A hint on stderr when the store holds no documents and no memories: "nothing found" then
    says why, not only that (a store just created, or the wrong one)."""
    counts = mg.stats()
    if not counts.get(NodeLabel.DOCUMENT.value) and not counts.get(NodeLabel.MEMORY.value):
        err.print(
            Text(
                "hint: this store holds no documents or memories yet: add some with `memgraph ingest FILE` "
                "or `memgraph add TEXT --user ID`"
            ),
            highlight=False,
            soft_wrap=True,
        )


def _cells(*values: object) -> list[Text]:
    """Table cells as plain Text, so user content is never read as rich markup."""
    return [Text(str(v)) for v in values]


def in_cli_terms(message: str) -> str:
    """A library message with the running command's parameter names as its options
    ("give user_id or agent_id" -> "give --user or --agent"). Only names with an underscore are
    replaced: the others ("tool", "text", "name") are also plain words in messages."""
    click_ctx = click.get_current_context(silent=True)
    if click_ctx is None:
        return message
    for param in click_ctx.command.params:
        if isinstance(param, click.Option) and param.name and "_" in param.name:
            long = max(param.opts, key=len)
            message = re.sub(rf"(?<![\w-]){re.escape(param.name)}(?!\w)", long, message)
    return message


def handle_errors(fn: F) -> F:
    """Turn MemGraph errors into one line on stderr (in the command's own terms) and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except MemGraphError as e:
            _error(in_cli_terms(str(e)))
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


class Context:
    """What every command shares: settings, and the MemGraph opened on first use.

    ``creates_store`` is set by the command: only ``init`` and the commands that write new
    content (add, add-image, add-document, import-transcript, ingest) create a SQLite store
    file that does not exist; every other command refuses to, so a mistyped ``--store`` is an
    error instead of an empty store that answers "No results." A store such a command created
    is removed again (with the folders made for it) when the command wrote nothing to it ("add"
    of empty text, "ingest" of a missing file); ``init`` keeps its empty store.
    """

    def __init__(self, settings: Settings, as_json: bool) -> None:
        self.settings = settings
        self.as_json = as_json
        self.creates_store = False
        self.keeps_empty = False
        self._mg: Any = None
        self._made: list[Path] = []  # the store file and the folders opening it made, innermost first

    @property
    def mg(self) -> Any:
        """The MemGraph on the settings' store, opened on first use.

        Raises:
            ConfigError: the store is a SQLite file that does not exist and the command does
                not create one.
        """
        if self._mg is None:
            from ..memory import MemGraph
            from ..settings import neo4j_auth
            from ..stores import SQLiteStore, open_store

            uri = self.settings.store
            if self.creates_store and uri.startswith("sqlite:///") and uri[len("sqlite:///") :] != ":memory:":
                target = Path(uri[len("sqlite:///") :])
                self._made = [p for p in (target, *target.parents) if not p.exists()]
            store = open_store(uri, neo4j_auth=neo4j_auth(self.settings), create=self.creates_store)
            path = store.path if isinstance(store, SQLiteStore) else ":memory:"
            if path != ":memory:" and not Path(path).is_file() and not self.creates_store:
                relative = (
                    f"; {path} is relative to the working folder (for /{path} write sqlite:////{path})"
                    if not Path(path).is_absolute()
                    else ""
                )
                raise ConfigError(
                    f"no store at {path} (from {self.settings.store}): check --store or MEMGRAPH_STORE, "
                    f"or create one with `memgraph init` (or by adding or ingesting something){relative}"
                )
            self._mg = MemGraph(store, settings=self.settings)
        return self._mg

    def close(self) -> None:
        """Close the store; remove a store this command created and left empty (see the class)."""
        if self._mg is None:
            return
        empty = bool(self._made) and not self.keeps_empty and not any(self._mg.store.counts().values())
        self._mg.close()
        if empty:
            target = self._made[0]
            for extra in ("-wal", "-shm", "-journal"):
                target.with_name(target.name + extra).unlink(missing_ok=True)
            target.unlink(missing_ok=True)
            for folder in self._made[1:]:
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()


pass_ctx = click.make_pass_decorator(Context)


def _set_json(click_ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        click_ctx.ensure_object(Context).as_json = True


def json_option(fn: F) -> F:
    """``--json`` after the command name too (``memgraph search q --json``)."""
    return click.option(
        "--json", is_flag=True, expose_value=False, callback=_set_json, help="Print JSON instead of tables."
    )(fn)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store", envvar=None, help="Store URI (default: MEMGRAPH_STORE or sqlite:///<user data dir>/memgraph.db)."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.version_option(package_name="memgraph-memory")
@click.pass_context
def main(click_ctx: click.Context, store: str | None, as_json: bool) -> None:
    """MemGraph: long-term memory for LLM agents on a property graph."""
    try:
        settings = Settings.load(store=store)
    except Exception as e:  # pydantic validation of the environment
        raise click.UsageError(f"bad settings: {e}") from e
    # The Neo4j driver logs what it also raises (and MemGraph reports as one line).
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    ctx = Context(settings, as_json)
    click_ctx.obj = ctx
    click_ctx.call_on_close(ctx.close)


def command(*args: Any, creates_store: bool = False, keeps_empty: bool = False, **kwargs: Any) -> Callable[[F], Any]:
    """A ``memgraph`` subcommand: ``--json`` accepted after its name, the shared
    :class:`Context` passed first, and library errors turned into one ``error:`` line.
    ``creates_store``: the command may create a SQLite store that does not exist yet;
    ``keeps_empty``: and keeps it though nothing was written (``init``; see :class:`Context`)."""

    def decorate(fn: F) -> Any:
        @functools.wraps(fn)
        def run(ctx: Context, *a: Any, **kw: Any) -> Any:
            ctx.creates_store, ctx.keeps_empty = creates_store, keeps_empty
            return fn(ctx, *a, **kw)

        return main.command(*args, **kwargs)(json_option(pass_ctx(handle_errors(run))))

    return decorate


@command(creates_store=True, keeps_empty=True)
def init(ctx: Context) -> None:
    """Create the store (if missing) and record the embedding model."""
    mg = ctx.mg
    info = {"store": mg.store.uri, "embeddingModel": mg.embedder.model_name, "dimension": mg.embedder.dimension}
    if ctx.as_json:
        emit_json(info)
    else:
        out.print(
            f"Store ready: {escape(str(info['store']))} ({info['embeddingModel']}, {info['dimension']} dimensions)"
        )


def _owner_options(fn: F) -> F:
    fn = click.option("--agent", "agent_id", help="Agent id (owner when no --user).")(fn)
    fn = click.option("--user", "-u", "user_id", help="User id.")(fn)
    return fn


@command(creates_store=True)
@click.argument("text")
@_owner_options
@click.option("--session", "session_id", help="Session id.")
@click.option("--kind", type=click.Choice(["fact", "preference", "event", "correction"]), default="fact")
@click.option("--meta", "metadata", help="Metadata as a JSON object.")
@click.option("--timestamp", help="When it was said, ISO 8601 with offset.")
def add(
    ctx: Context,
    text: str,
    user_id: str | None,
    agent_id: str | None,
    session_id: str | None,
    kind: str,
    metadata: str | None,
    timestamp: str | None,
) -> None:
    """Remember TEXT for a user or agent."""
    meta = None
    if metadata:
        try:
            meta = json.loads(metadata)
        except json.JSONDecodeError as e:
            raise click.BadParameter(f"not JSON: {e}", param_hint="--meta") from e
    mems = ctx.mg.add(
        text, user_id=user_id, agent_id=agent_id, session_id=session_id, kind=kind, metadata=meta, timestamp=timestamp
    )
    if ctx.as_json:
        emit_json(mems)
        return
    for m in mems:
        out.print(f"[green]remembered[/green] {m.id}  {escape(clip(m.text, 80))}", highlight=False)
    new_ids = {m.id for m in mems}
    facts = [f for f in ctx.mg.facts(user_id=user_id) if f.source_id in new_ids] if user_id else []
    for f in facts:
        out.print(Text(f"  fact: {user_id} {f.relation} {f.entity} ({f.entity_type})"), highlight=False)
    if user_id and mems and not facts:
        # say so: "I'm a casual worker." may still link to a group when a question is asked
        out.print("  no fact read from it (kept as a memory; answers still read it)", highlight=False)


@command(creates_store=True, name="add-image")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@_owner_options
@click.option("--caption", help="What the image shows, in words.")
@click.option("--attach", "memory_id", help="Id of the owner's memory the image belongs to.")
@click.option("--no-ocr", is_flag=True, help="Do not read the image's text.")
def add_image(
    ctx: Context,
    path: Path,
    user_id: str | None,
    agent_id: str | None,
    caption: str | None,
    memory_id: str | None,
    no_ocr: bool,
) -> None:
    """Remember an image (PNG, JPEG, WebP, TIFF, GIF) for a user or agent; its text is read by OCR."""
    image = ctx.mg.add_image(
        path, user_id=user_id, agent_id=agent_id, caption=caption, memory_id=memory_id, ocr=not no_ocr
    )
    if ctx.as_json:
        emit_json(image)
        return
    out.print(f"[green]remembered image[/green] {image.id}  {image.width} x {image.height}", highlight=False)
    if image.ocr_text:
        out.print(Text(f"  text: {clip(image.ocr_text.replace(chr(10), ' '), 100)}"), highlight=False)


@command(creates_store=True, name="add-document")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@_owner_options
@click.option("--attach", "memory_id", help="Id of the owner's memory the document came with.")
@click.option("--title", help="Title (default: from the file).")
def add_document(
    ctx: Context, path: Path, user_id: str | None, agent_id: str | None, memory_id: str | None, title: str | None
) -> None:
    """Remember a document (PDF, Markdown, HTML, text) as a user's or agent's own: only they find it."""
    res = ctx.mg.add_document(path, user_id=user_id, agent_id=agent_id, memory_id=memory_id, title=title)
    if ctx.as_json:
        emit_json(res)
        return
    pages = f"{res.pages} pages, " if res.pages else ""
    out.print(Text(f"{res.status}: {res.title} (v{res.version}, {pages}{res.chunks} chunks) {res.document_id}"))


@command(name="delete-document")
@click.argument("document_id")
@_owner_options
def delete_document(ctx: Context, document_id: str, user_id: str | None, agent_id: str | None) -> None:
    """Forget one of a user's or agent's own documents: every version, chunk and image."""
    removed = ctx.mg.delete_document(document_id, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json({"deleted": removed})
        return
    out.print(f"[green]forgot[/green] {removed} version(s) of {escape(document_id)}", highlight=False)


@command(creates_store=True, name="import-transcript")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@_owner_options
@click.option("--session", "session_id", help="Session id for a bare message list (default: from the file hash).")
def import_transcript(
    ctx: Context, path: Path, user_id: str | None, agent_id: str | None, session_id: str | None
) -> None:
    """Remember a chat transcript: a JSON list of {role, content, timestamp} messages, or LoCoMo sessions."""
    before = ctx.mg.stats().get("Memory", 0)
    sessions = ctx.mg.import_transcript(path, user_id=user_id, agent_id=agent_id, session_id=session_id)
    if ctx.as_json:
        emit_json(sessions)
        return
    count = sum(len(s) for s in sessions)
    written = ctx.mg.stats().get("Memory", 0) - before
    images = sum(1 for s in sessions for m in s if m.image_caption)
    if written == 0:
        out.print(f"already remembered: {count} messages in {len(sessions)} session(s); nothing written")
        return
    out.print(
        f"[green]remembered[/green] {written} messages in {len(sessions)} session(s)"
        + (f", {images} with an image caption" if images else ""),
        highlight=False,
    )


def _iter_files(paths: tuple[str, ...], skipped: list[Path]) -> Iterator[Path]:
    """The files named, and the files of the folders named that a loader reads; a folder's
    other files are appended to ``skipped``."""
    from ..loaders import SUFFIXES

    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file())
            skipped.extend(f for f in found if f.suffix.lower() not in SUFFIXES)
            yield from (f for f in found if f.suffix.lower() in SUFFIXES)
        else:
            yield p


@command(creates_store=True)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--applies-to",
    "applies",
    multiple=True,
    metavar="TYPE=NAME",
    help="Scope of the documents, e.g. Department=Operations (repeatable).",
)
@click.option("--title", help="Title (single file only).")
def ingest(ctx: Context, paths: tuple[str, ...], applies: tuple[str, ...], title: str | None) -> None:
    """Add files or folders (PDF, Markdown, HTML, text) to the knowledge base.

    Several files end on a summary line ("ingested 3, 1 failed") under the errors; one file's
    failure is its ``error:`` line alone."""
    applies_to: dict[str, list[str]] = {}
    for item in applies:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not TYPE=NAME", param_hint="--applies-to")
        etype, name = item.split("=", 1)
        applies_to.setdefault(etype.strip(), []).append(name.strip())
    from ..loaders import SUFFIXES

    skipped: list[Path] = []
    files = list(_iter_files(paths, skipped))
    if skipped:
        names = ", ".join(f.name for f in skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        err.print(Text(f"skipped {len(skipped)} file(s) no loader reads: {names}"), highlight=False, soft_wrap=True)
    if not files:
        raise click.UsageError(f"no ingestible files found ({', '.join(sorted(SUFFIXES))})")
    if title and len(files) > 1:
        raise click.UsageError(f"--title names one document, but {len(files)} files were given")
    mg = ctx.mg
    results = []
    failures = 0
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        # One file needs no summary: its table or its error line says how it went.
        transient=ctx.as_json or len(files) == 1,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for f in files:
            progress.update(task, description=f"ingesting {f.name}")
            try:
                results.append(mg.ingest(f, title=title, applies_to=applies_to or None))
            except MemGraphError as e:
                failures += 1
                _error(in_cli_terms(str(e)))
            progress.advance(task)
        # The bar stays on screen: it must end on the outcome, not on the last file's name.
        progress.update(task, description=f"ingested {len(results)}" + (f", {failures} failed" if failures else ""))
    if ctx.as_json:
        emit_json(results)
    elif results:
        table = Table("status", "title", "version", "pages", "chunks", Column("id", overflow="fold"))
        for r in results:
            table.add_row(*_cells(r.status, r.title, str(r.version), str(r.pages or ""), str(r.chunks), r.document_id))
        out.print(table)
    if failures:
        sys.exit(1)


def _results_table(results: list[Any]) -> Table:
    table = Table("#", "score", "kind", "text", Column("source / why", overflow="fold"), show_lines=False)
    for i, r in enumerate(results, 1):
        where = r.source()
        table.add_row(*_cells(str(i), f"{r.score:.4f}", r.label.value, clip(r.text, 90), f"{where}\n{r.explain()}"))
    return table


@command()
@click.argument("query")
@_owner_options
@click.option("--session", "session_id", help="Only memories of this session.")
@click.option("--top-k", "-k", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--preset",
    type=click.Choice(["hybrid", "vector", "keyword", "diverse"]),
    default="hybrid",
    show_default=True,
    help="Retrieval preset (diverse = hybrid + MMR).",
)
@click.option("--no-kb", is_flag=True, help="Search memories only, not the knowledge base.")
@click.option("--as-of", "as_of", help="Search the memories that held at this time (ISO 8601 with offset).")
def search(
    ctx: Context,
    query: str,
    user_id: str | None,
    agent_id: str | None,
    session_id: str | None,
    top_k: int,
    preset: str,
    no_kb: bool,
    as_of: str | None,
) -> None:
    """Hybrid search over a user's memories and the knowledge base."""
    from ..recall.retrieval import SearchConfig

    config = {
        "hybrid": SearchConfig.HYBRID,
        "vector": SearchConfig.VECTOR_ONLY,
        "keyword": SearchConfig.KEYWORD_ONLY,
        "diverse": SearchConfig.DIVERSE,
    }[preset]
    results = ctx.mg.search(
        query,
        user_id=user_id,
        agent_id=agent_id,
        session_id=session_id,
        top_k=top_k,
        config=config,
        include_knowledge_base=not no_kb,
        as_of=as_of,
    )
    if ctx.as_json:
        emit_json(results)
    elif not results:
        out.print("No results.")
        _hint_if_empty(ctx.mg)
    else:
        out.print(_results_table(results))


@command()
@click.argument("question")
@click.option("--user", "-u", "user_id", required=True, help="Who asks.")
@click.option("--agent", "agent_id", help="The agent that answers: its memories are searched too.")
@click.option("--session", "session_id", help="Conversation id: `memgraph feedback --session` refers to this answer.")
@click.option("--top-k", "-k", default=6, show_default=True, type=click.IntRange(1, 100))
@click.option("--no-llm", is_flag=True, help="Extractive answer even when an LLM is configured.")
@click.option("--as-of", "as_of", help="Answer from the facts and memories that held at this time (ISO 8601).")
def ask(
    ctx: Context,
    question: str,
    user_id: str,
    agent_id: str | None,
    session_id: str | None,
    top_k: int,
    no_llm: bool,
    as_of: str | None,
) -> None:
    """Answer QUESTION for a user from their memories and the knowledge base, with citations."""
    answer = ctx.mg.ask(
        question,
        as_of=as_of,
        user_id=user_id,
        agent_id=agent_id,
        session_id=session_id,
        top_k=top_k,
        use_llm=False if no_llm else None,
    )
    if answer.llm_error:
        click.echo(f"warning: the LLM did not answer ({answer.llm_error}); extractive answer instead", err=True)
    if ctx.as_json:
        emit_json(answer)
        return
    if not answer.found:
        _hint_if_empty(ctx.mg)
    if answer.facts:
        out.print("[bold]You:[/bold] " + escape("; ".join(f.describe() for f in answer.facts)), highlight=False)
    out.print(Text(answer.answer), highlight=False)
    by_id = {p.id: p for p in answer.passages}
    for c in answer.citations:
        section = c.section or ""
        if c.document and section.startswith(c.document + SECTION_SEP):
            section = section[len(c.document + SECTION_SEP) :]  # the title is said once
        elif section == c.document:
            section = ""
        out.print(
            f"  [{c.number}] {c.describe()}" + (f" — {section}" if section else ""), highlight=False, markup=False
        )
        passage = by_id.get(c.id)
        if passage is not None:
            out.print(Text(f"      why: {passage.explain()}"), highlight=False, soft_wrap=True)


@command()
@click.argument("memory_id")
@_owner_options
def show(ctx: Context, memory_id: str, user_id: str | None, agent_id: str | None) -> None:
    """Show one memory."""
    mem = ctx.mg.get(memory_id, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(mem)
        return
    table = Table("property", "value", show_header=False)
    for k, v in mem.model_dump(mode="json", by_alias=True).items():
        table.add_row(*_cells(k, json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else str(v)))
    out.print(table)


@command(name="list")
@_owner_options
@click.option("--session", "session_id")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0), help="Memories to skip (paging).")
@click.option("--all", "include_superseded", is_flag=True, help="Include superseded versions.")
def list_(
    ctx: Context,
    user_id: str | None,
    agent_id: str | None,
    session_id: str | None,
    limit: int,
    offset: int,
    include_superseded: bool,
) -> None:
    """List a user's or agent's memories, newest first."""
    mems = ctx.mg.list(
        user_id=user_id,
        agent_id=agent_id,
        session_id=session_id,
        limit=limit,
        offset=offset,
        include_superseded=include_superseded,
    )
    if ctx.as_json:
        emit_json(mems)
        return
    table = Table(Column("id", overflow="fold", min_width=32), "kind", "status", "created", "text")
    for m in mems:
        table.add_row(
            *_cells(m.id, m.kind.value, m.status.value, m.created_at.strftime("%Y-%m-%d %H:%M"), clip(m.text, 70))
        )
    out.print(table)


@command()
@click.option("--user", "user_id", required=True, help="Whose facts.")
@click.option("--as-of", "as_of", help="Those that held at this time (ISO 8601 with a time zone).")
def facts(ctx: Context, user_id: str, as_of: str | None) -> None:
    """A user's facts (WORKS_IN, HAS_ROLE, HAS_GRADE, LOCATED_IN, PREFERS): what ask and
    search read as their context, with when each began to hold and the memory it came from."""
    found = ctx.mg.facts(user_id=user_id, as_of=as_of)
    if ctx.as_json:
        emit_json(found)
        return
    table = Table("relation", "entity", "type", "since", Column("from memory", overflow="fold"))
    for f in found:
        since = f.since.strftime("%Y-%m-%d %H:%M") if f.since else ""
        table.add_row(*_cells(f.relation, f.entity, f.entity_type, since, f.source_id or ""))
    out.print(table)


@command()
@click.argument("memory_id", required=False)
@_owner_options
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0), help="Entries to skip (paging).")
def history(
    ctx: Context, memory_id: str | None, user_id: str | None, agent_id: str | None, limit: int, offset: int
) -> None:
    """The audit trail: of one memory (MEMORY_ID, oldest first; works after it was deleted), or
    every entry of a user or agent, newest first."""
    events = ctx.mg.history(memory_id, user_id=user_id, agent_id=agent_id, limit=limit, offset=offset)
    if ctx.as_json:
        emit_json(events)
        return
    for e in events:
        # one entry a line: ids are copied from here into `memgraph undo`, so never folded
        what = e.new_text or e.old_text
        line = f"{e.at:%Y-%m-%d %H:%M:%S}  {e.event.value:8}  {e.id}  about {e.memory_id}"
        line += f"  ({e.reason})" if e.reason else ""
        line += f"  {clip(what, 60)!r}" if what else ""
        out.print(Text(line), soft_wrap=True, highlight=False)


@command()
@click.argument("memory_id")
@click.argument("text")
@_owner_options
def update(ctx: Context, memory_id: str, text: str, user_id: str | None, agent_id: str | None) -> None:
    """Revise a memory: the new version supersedes the old one."""
    mem = ctx.mg.update(memory_id, text, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json(mem)
    else:
        out.print(f"[green]updated[/green] {escape(memory_id)} -> {mem.id} (version {mem.version})", highlight=False)


@command()
@click.argument("memory_id")
@_owner_options
def delete(ctx: Context, memory_id: str, user_id: str | None, agent_id: str | None) -> None:
    """Forget a memory: text, vector, index entries and relationships of every version."""
    n = ctx.mg.delete(memory_id, user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json({"deleted": memory_id, "versions": n})
    else:
        out.print(f"[green]forgot[/green] {escape(memory_id)} ({n} version{'s' if n != 1 else ''})", highlight=False)


@command()
@_owner_options
@click.option("--yes", is_flag=True, help="confirm: this cannot be undone")
def forget(ctx: Context, user_id: str | None, agent_id: str | None, yes: bool) -> None:
    """Forget a user (or agent) whole: memories, sessions, facts, own entities, documents and
    images. History stays, content-free. Knowledge-base documents stay."""
    who = f"user {user_id}" if user_id is not None else f"agent {agent_id}"
    if not yes:
        raise click.UsageError(f"forgetting {who} cannot be undone: add --yes to confirm")
    done = ctx.mg.forget(user_id=user_id, agent_id=agent_id)
    if ctx.as_json:
        emit_json({"forgot": who, "removed": done.removed, "historyKept": done.history_kept})
    else:
        parts = ", ".join(f"{n} {label}" for label, n in done.removed.items())
        out.print(
            f"[green]forgot[/green] {escape(who)}: {escape(parts)}; "
            f"{done.history_kept} history entries kept without text",
            highlight=False,
        )


def _param(values: tuple[str, ...]) -> dict[str, Any]:
    """``k=v`` pairs as query parameters; a value that parses as JSON is taken as JSON."""
    params: dict[str, Any] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="--param")
        try:
            params[key] = json.loads(raw)
        except json.JSONDecodeError:
            params[key] = raw
    return params


@command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, help="Query parameter k=v (JSON values parsed).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1_000_000), help="Row limit.")
def cypher(ctx: Context, query: str, params: tuple[str, ...], limit: int) -> None:
    """Run a read-only Cypher query: full Cypher on Neo4j, grand-cypher's subset on the embedded store."""
    result = ctx.mg.cypher(query, _param(params), limit=limit)
    if ctx.as_json:
        emit_json({"columns": result.columns, "rows": result.records(), "truncated": result.truncated})
        return
    table = Table(*result.columns)
    for row in result.rows:
        table.add_row(*_cells(*(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in row)))
    out.print(table)
    more = " (more rows left off: raise --limit)" if result.truncated else ""
    err.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}{more}", highlight=False)


@command()
@click.argument("source")
@click.argument("destination")
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1, 100_000))
def migrate(ctx: Context, source: str, destination: str, batch_size: int) -> None:
    """Copy a whole store to an empty one (sqlite:///... <-> neo4j://...) and verify the copy."""
    from ..settings import neo4j_auth
    from ..stores import open_store
    from ..stores.migrate import migrate as copy_store

    auth = neo4j_auth(ctx.settings)
    src, dst = open_store(source, neo4j_auth=auth, create=False), open_store(destination, neo4j_auth=auth)
    src.open()
    try:
        dst.open()
        try:
            with Progress(TextColumn("{task.description}"), MofNCompleteColumn(), console=err, transient=True) as bar:
                tasks: dict[str, Any] = {}

                def progress(kind: str, done: int) -> None:
                    if kind not in tasks:
                        tasks[kind] = bar.add_task(kind, total=None)
                    bar.update(tasks[kind], completed=done)

                report = copy_store(src, dst, batch_size=batch_size, progress=None if ctx.as_json else progress)
        finally:
            dst.close()
    finally:
        src.close()
    if ctx.as_json:
        emit_json({**to_jsonable(report), "ok": report.ok})
    else:
        out.print(
            f"copied {report.nodes} nodes and {report.relationships} relationships; "
            f"{report.embeddings_checked} embeddings identical"
            if report.ok
            else "copy differs from the source:",
            highlight=False,
        )
        for line in report.mismatches:
            out.print(Text("  " + line))
    if not report.ok:
        sys.exit(1)


@command()
def stats(ctx: Context) -> None:
    """Node counts per label and relationship counts per type."""
    counts = ctx.mg.stats()
    if ctx.as_json:
        emit_json(counts)
        return
    table = Table("label / :TYPE", "count")
    for k in sorted(counts, key=lambda k: (k.startswith(":"), k)):
        table.add_row(*_cells(k, str(counts[k])))
    out.print(table)


from . import cli_correction, cli_export, cli_serve, cli_tools  # noqa: E402, F401  (register their commands)

if __name__ == "__main__":  # pragma: no cover
    main()
