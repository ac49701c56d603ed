"""The ``memgraph`` command through click's CliRunner, checked against the Python API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result
from conftest import STORE_KINDS, store_uri
from fpdf import FPDF

from memgraph import MemGraph, MemoryStatus, NotFoundError
from memgraph.extraction.extract import Extractor
from memgraph.faces.cli import main
from memgraph.text.embed import Embedder

HANDBOOK = """# Employee Handbook

## Operations department: 25 days of annual leave
Staff in the Operations department receive 25 days of annual leave per calendar year.

## Technology department: 22 days of annual leave
Staff in the Technology department receive 22 days of annual leave per calendar year.
"""


def make_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_title("Travel Policy")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, "Booking travel", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Book every trip through the internal travel desk at least a week ahead.")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, "Meal allowance", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "The daily meal allowance abroad is forty-five euros per traveller.")
    pdf.output(str(path))


class Cli:
    """Runs ``memgraph --store <uri> ...`` in-process."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.runner = CliRunner()

    def __call__(self, *args: str, as_json: bool = False) -> Result:
        pre = ["--store", self.uri] + (["--json"] if as_json else [])
        return self.runner.invoke(main, [*pre, *args])

    def ok(self, *args: str, as_json: bool = False) -> Result:
        res = self(*args, as_json=as_json)
        assert res.exit_code == 0, (args, res.output, res.exception)
        return res

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, as_json=True).stdout)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    docs = root / "docs"
    docs.mkdir()
    (docs / "handbook.md").write_text(HANDBOOK, encoding="utf-8")
    make_pdf(docs / "travel.pdf")
    (docs / "notes.xlsx").write_bytes(b"ignored: not an ingestible suffix")
    return root


@pytest.fixture(scope="module", params=STORE_KINDS)
def cli(request: pytest.FixtureRequest, workspace: Path) -> Cli:
    """A store of each kind with the documents ingested and one fact remembered (shared by
    this module's tests)."""
    c = Cli(store_uri(request.param, workspace, f"cli-{request.param}.db"))
    info = c.json("init")
    assert info["dimension"] == 384
    assert info["embeddingModel"] == "all-MiniLM-L6-v2"
    if request.param == "sqlite":
        assert (workspace / "cli-sqlite.db").is_file()
    res = c.ok("add", "I work in the Operations department", "--user", "olga")
    assert "remembered" in res.stdout
    assert "fact: olga WORKS_IN Operations" in res.stdout and "no fact read" not in res.stdout
    res = c.ok("add", "I had a long week.", "--user", "quinn")
    assert "remembered" in res.stdout and "no fact read from it" in res.stdout
    ingested = c.json("ingest", str(workspace / "docs"))
    assert sorted((r["title"], r["status"]) for r in ingested) == [
        ("Employee Handbook", "created"),
        ("Travel Policy", "created"),
    ]
    pdf = next(r for r in ingested if r["title"] == "Travel Policy")
    assert pdf["pages"] == 2 and pdf["chunks"] >= 2
    return c


@pytest.fixture
def api(cli: Cli, embedder: Embedder, extractor: Extractor) -> Iterator[MemGraph]:
    """The Python API on the CLI's store."""
    m = MemGraph(cli.uri, embedder=embedder, extractor=extractor)
    try:
        yield m
    finally:
        m.close()


def assert_clean_error(res: Result, *needles: str, code: int = 1) -> None:
    """Non-zero exit, a one-line ``error:`` message naming the problem, no traceback."""
    assert res.exit_code == code, (res.exit_code, res.output)
    assert isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output
    marker = "error:" if code == 1 else "Error:"
    lines = [ln for ln in res.stderr.splitlines() if marker in ln]
    assert len(lines) == 1, res.stderr
    for needle in needles:
        assert needle in lines[0], (needle, res.stderr)


# -- the workflow ------------------------------------------------------------------------------


def test_ingest_folder_and_search(cli: Cli, api: MemGraph) -> None:
    docs = {d.title: d for d in api.kb.documents()}
    assert set(docs) == {"Employee Handbook", "Travel Policy"}
    assert docs["Travel Policy"].pages == 2
    results = cli.json("search", "meal allowance abroad", "--user", "olga", "-k", "3")
    assert isinstance(results, list) and 1 <= len(results) <= 3
    top = results[0]
    assert top["label"] == "Chunk"
    assert top["document"] == "Travel Policy"
    assert top["page"] == 2
    assert "forty-five euros" in top["text"]
    assert "vector" in top["signals"]


def test_add_json_show_list(cli: Cli, api: MemGraph) -> None:
    added = cli.json("add", "My locker number is 17", "--user", "olga", "--meta", '{"source": "cli"}')
    assert isinstance(added, list) and len(added) == 1
    mid = added[0]["id"]
    assert added[0]["text"] == "My locker number is 17"
    mem = api.get(mid, user_id="olga")
    assert mem.metadata == {"source": "cli"}
    shown = cli.ok("show", mid, "--user", "olga").stdout
    assert "My locker number is 17" in shown and mid in shown
    listed = cli.json("list", "--user", "olga")
    assert mid in {m["id"] for m in listed}
    assert {m["text"] for m in listed} >= {"My locker number is 17", "I work in the Operations department"}


def test_list_pages_and_refuses_a_bad_limit_or_offset(cli: Cli) -> None:
    everything = [m["id"] for m in cli.json("list", "--user", "olga", "--limit", "10000")]
    assert len(everything) >= 1
    for i, mid in enumerate(everything):
        assert [m["id"] for m in cli.json("list", "--user", "olga", "--limit", "1", "--offset", str(i))] == [mid]
    assert cli.json("list", "--user", "olga", "--offset", str(len(everything))) == []
    for bad in (["--limit", "-1"], ["--limit", "0"], ["--offset", "-1"], ["--offset", "x"]):
        res = cli("list", "--user", "olga", *bad)
        assert res.exit_code == 2, (bad, res.output)  # a usage error naming the option
        assert bad[0] in res.output, res.output


def test_ask_uses_department_and_cites(cli: Cli) -> None:
    out = cli.ok("ask", "How many days of annual leave do I have?", "--user", "olga", "--no-llm").stdout
    assert "works in Operations" in out
    assert "25 days" in out
    assert "22 days" not in out
    assert "[1] Employee Handbook" in out
    assert "Employee Handbook — Employee Handbook" not in out, out  # the title once, then its sections
    why = next(line for line in out.splitlines() if "why:" in line)
    assert "vector" in why and "User-WORKS_IN->Operations<-APPLIES_TO-Chunk" in why, why


def test_ask_with_an_unreachable_llm_answers_extractively_and_warns(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv("MEMGRAPH_LLM__BASE_URL", f"http://127.0.0.1:{port}/v1")
    res = cli.ok("ask", "How many days of annual leave do I have?", "--user", "olga")
    assert "25 days" in res.stdout, res.stdout
    assert "warning: the LLM did not answer" in res.stderr, res.stderr


def test_facts_lists_a_users_context(cli: Cli, api: MemGraph) -> None:
    """`memgraph facts --user` shows what ask reads as the user's context, as the API has it."""
    listed = cli.json("facts", "--user", "olga")
    assert {(f["relation"], f["entity"]) for f in listed} == {(f.relation, f.entity) for f in api.facts(user_id="olga")}
    assert ("WORKS_IN", "Operations") in {(f["relation"], f["entity"]) for f in listed}
    out = cli.ok("facts", "--user", "olga").stdout
    assert "WORKS_IN" in out and "Operations" in out, out
    assert cli("facts").exit_code == 2  # --user is required


def test_update_history_delete(cli: Cli, api: MemGraph) -> None:
    mid = cli.json("add", "My parking spot is B12", "--user", "olga")[0]["id"]
    res = cli.ok("update", mid, "My parking spot is C7", "--user", "olga")
    assert "version 2" in res.stdout
    assert api.get(mid, user_id="olga").status == MemoryStatus.SUPERSEDED
    (new,) = [m for m in api.list(user_id="olga") if m.lineage == mid]
    assert new.text == "My parking spot is C7"
    history = cli.json("history", mid, "--user", "olga")
    assert [e["event"] for e in history] == ["ADD", "UPDATE"]
    assert history[1]["newText"] == "My parking spot is C7"
    res = cli.ok("delete", new.id, "--user", "olga")
    assert "forgot" in res.stdout and "2 versions" in res.stdout
    for gone in (mid, new.id):
        with pytest.raises(NotFoundError):
            api.get(gone, user_id="olga")
    assert [e.event for e in api.history(mid, user_id="olga")] == ["ADD", "UPDATE", "DELETE"]


def test_stats_json(cli: Cli, api: MemGraph) -> None:
    counts = cli.json("stats")
    assert counts == api.stats()
    assert counts["Document"] == 2
    assert counts["User"] == 2  # olga and quinn
    assert counts[":HAS_CHUNK"] == counts["Chunk"]


def test_cypher_reads_the_graph_and_refuses_writes(cli: Cli, api: MemGraph) -> None:
    got = cli.json(
        "cypher",
        "MATCH (u:User)-[r:WORKS_IN]->(d:Department) WHERE u.id = $user RETURN u.id AS user, d.name AS dept",
        "--param",
        "user=olga",
    )
    assert got == {"columns": ["user", "dept"], "rows": [{"user": "olga", "dept": "Operations"}], "truncated": False}
    table = cli.ok("cypher", "MATCH (d:Document) RETURN d.title ORDER BY d.title", "--limit", "1")
    assert "Employee Handbook" in table.stdout and "Travel Policy" not in table.stdout
    assert "more rows left off" in table.stderr
    before = api.stats()
    assert_clean_error(cli("cypher", "MATCH (m:Memory) DETACH DELETE m"), "query")
    assert_clean_error(cli("cypher", 'CREATE (:User {id: "mallory", owner: "user:mallory"})'))
    assert api.stats() == before
    assert_clean_error(cli("cypher", "MATCH (u:User) RETURN u.id", "--param", "novalue"), "key=value", code=2)


def test_migrate_copies_the_store_to_a_new_embedded_store(cli: Cli, api: MemGraph, workspace: Path) -> None:
    target = workspace / f"copy-of-{cli.uri.split(':')[0]}.db"
    report = cli.json("migrate", cli.uri, f"sqlite:///{target}")
    assert report["ok"] is True
    assert report["counts"] == api.stats()
    assert report["nodes"] == sum(v for k, v in report["counts"].items() if not k.startswith(":"))
    assert report["embeddings_checked"] == api.stats()["Memory"] + api.stats()["Chunk"]
    copy = Cli(f"sqlite:///{target}")
    assert copy.json("stats") == api.stats()
    again = cli("migrate", cli.uri, f"sqlite:///{target}")
    assert_clean_error(again, "not empty")


def test_add_image_then_find_it_by_its_text(cli: Cli, workspace: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    shot = workspace / "badge.png"
    img = Image.new("RGB", (700, 120), "white")
    ImageDraw.Draw(img).text(
        (20, 40), "Visitor badge 7731 for Harbour gate", fill="black", font=ImageFont.load_default(size=30)
    )
    img.save(shot)
    got = cli.json("add-image", str(shot), "--user", "olga", "--caption", "my visitor badge")
    assert "7731" in got["ocrText"] and got["caption"] == "my visitor badge"
    assert got["mediaType"] == "image/png"
    results = cli.json("search", "visitor badge for the harbour gate", "--user", "olga", "-k", "1")
    assert results[0]["label"] == "Image" and results[0]["uri"] == str(shot)
    # The tables and the answer's citation name the file, not an id.
    table = cli.ok("search", "visitor badge for the harbour gate", "--user", "olga", "-k", "1").stdout
    assert "badge.png" in "".join(table.split()), table
    answer = cli.ok("ask", "What is the number of my visitor badge?", "--user", "olga", "--no-llm").stdout
    assert "7731" in answer and str(shot) in answer, answer
    cited = cli.json("ask", "What is the number of my visitor badge?", "--user", "olga", "--no-llm")
    assert any(c["uri"] == str(shot) for c in cited["citations"]), cited["citations"]
    assert_clean_error(cli("add-image", str(workspace / "docs" / "handbook.md"), "--user", "olga"), "not an image")


def test_import_a_transcript_and_add_a_private_document(cli: Cli, workspace: Path) -> None:
    chat = workspace / "chat.json"
    chat.write_text(
        json.dumps(
            [
                {"role": "user", "content": "The boiler in flat 4 is leaking", "timestamp": "2026-02-01T10:00:00Z"},
                {"role": "user", "content": "Photo attached", "image_caption": "water pooling under a white boiler"},
            ]
        ),
        encoding="utf-8",
    )
    res = cli.ok("import-transcript", str(chat), "--user", "tess")
    assert "remembered 2 messages in 1 session(s), 1 with an image caption" in res.stdout
    again = cli.ok("import-transcript", str(chat), "--user", "tess")
    assert "already remembered: 2 messages in 1 session(s); nothing written" in again.stdout
    hit = cli.json("search", "water under the boiler", "--user", "tess", "-k", "1")[0]
    assert hit["text"] == "Photo attached [image: water pooling under a white boiler]"
    bad = workspace / "bad_chat.json"
    bad.write_text('[{"role": "user"}]', encoding="utf-8")
    assert_clean_error(cli("import-transcript", str(bad), "--user", "tess"), "message #0", "missing 'content'")

    note = cli.json("add", "My travel receipts for March", "--user", "tess")[0]
    doc = cli.json("add-document", str(workspace / "docs" / "travel.pdf"), "--user", "tess", "--attach", note["id"])
    assert doc["status"] == "created" and doc["document_id"].startswith("user:tess|doc:")
    mine = cli.json("search", "travel", "--user", "tess", "-k", "10")
    assert any(r["properties"].get("documentId") == doc["document_id"] for r in mine)
    theirs = cli.json("search", "travel", "--user", "olga", "-k", "10")
    assert not any(r["properties"].get("documentId") == doc["document_id"] for r in theirs)
    assert_clean_error(cli("delete-document", doc["document_id"], "--user", "olga"), "no document")
    assert cli.json("delete-document", doc["document_id"], "--user", "tess") == {"deleted": 1}
    gone = cli.json("search", "travel", "--user", "tess", "-k", "10")
    assert not any(r["properties"].get("documentId") == doc["document_id"] for r in gone)


def test_migrate_from_a_missing_file_creates_nothing(cli: Cli, workspace: Path) -> None:
    res = cli("migrate", f"sqlite:///{workspace}/missing.db", f"sqlite:///{workspace}/never.db")
    assert_clean_error(res, "missing.db", "does not exist")
    assert not (workspace / "missing.db").exists()
    assert not (workspace / "never.db").exists()


def test_a_sqlite_uri_with_two_slashes_is_explained(cli: Cli) -> None:
    res = CliRunner().invoke(main, ["--store", "sqlite://memgraph.db", "stats"])
    assert_clean_error(res, "three slashes")


def test_a_sqlite_uri_without_slashes_names_the_uri_meant(cli: Cli) -> None:
    res = CliRunner().invoke(main, ["--store", "sqlite:/tmp/x.db", "stats"])
    assert_clean_error(res, "three slashes", "sqlite:////tmp/x.db")


def test_a_store_folder_that_cannot_be_made_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{blocker}/sub/x.db", "init"])
    assert_clean_error(res, "cannot create the folder", str(blocker))


# -- errors ------------------------------------------------------------------------------------


def test_error_empty_text(cli: Cli) -> None:
    assert_clean_error(cli("add", "   ", "--user", "olga"), "content")


def test_errors_name_the_commands_options_not_python_parameters(cli: Cli) -> None:
    """The library says "give user_id or agent_id"; the command line says which options."""
    res = cli("add", "I like tea")
    assert_clean_error(res, "give --user or --agent")
    assert "user_id" not in res.stderr and "agent_id" not in res.stderr


def test_error_unknown_id(cli: Cli) -> None:
    assert_clean_error(cli("show", "no-such-memory", "--user", "olga"), "no-such-memory")


def test_error_message_shows_input_verbatim(cli: Cli) -> None:
    """Ids in brackets are data, not console markup: shown as typed, never a crash."""
    assert_clean_error(cli("show", "[/draft]", "--user", "olga"), "'[/draft]'")
    assert_clean_error(cli("show", "[bold]x", "--user", "olga"), "'[bold]x'")


def test_error_bad_meta_json(cli: Cli, api: MemGraph) -> None:
    before = api.stats()
    assert_clean_error(cli("add", "Some text", "--user", "olga", "--meta", "{not json"), "--meta", code=2)
    assert api.stats() == before


def test_error_missing_file(cli: Cli, workspace: Path) -> None:
    name = "missing-quarterly-travel-and-expense-policy.pdf"
    res = cli("ingest", str(workspace / name))
    assert_clean_error(res, name, "no such file")


def test_ingest_ends_on_what_was_ingested_and_what_failed(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a-broken-scan.pdf").write_bytes(b"%PDF-1.7 this is not a PDF body")
    (tmp_path / "notes.md").write_text("# Notes\n\nThe car park closes at ten.\n", encoding="utf-8")
    (tmp_path / "answers.jsonl").write_text("{}\n", encoding="utf-8")
    res = cli("ingest", str(tmp_path))
    # A folder's files that no loader reads are named, not dropped silently.
    assert "skipped 1 file(s) no loader reads: answers.jsonl" in res.stderr
    assert_clean_error(res, "a-broken-scan.pdf")
    assert "ingested 1, 1 failed" in res.stderr
    assert res.stderr.index("error:") < res.stderr.index("ingested 1, 1 failed")


def test_a_single_file_that_fails_prints_only_its_error(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 this is not a PDF body")
    res = cli("ingest", str(tmp_path / "broken.pdf"))
    assert_clean_error(res, "broken.pdf")
    assert [ln for ln in res.stderr.splitlines() if ln.strip()] == [
        ln for ln in res.stderr.splitlines() if "error:" in ln
    ]
    assert "ingested" not in res.stderr


READ_COMMANDS = [
    ["search", "annual leave", "--user", "olga"],
    ["ask", "How many days of annual leave do I have?", "--user", "olga"],
    ["list", "--user", "olga"],
    ["show", "some-memory", "--user", "olga"],
    ["history", "some-memory", "--user", "olga"],
    ["update", "some-memory", "new text", "--user", "olga"],
    ["delete", "some-memory", "--user", "olga"],
    ["forget", "--user", "olga", "--yes"],
    ["delete-document", "doc:1", "--user", "olga"],
    ["cypher", "MATCH (n) RETURN count(n)"],
    ["stats"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_a_command_on_a_store_that_does_not_exist_says_so_and_creates_nothing(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "typo" / "memgrpah.db"
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{missing}", *args])
    assert_clean_error(res, f"no store at {missing}", "memgraph init")
    assert not missing.parent.exists()


def test_a_missing_relative_store_path_names_four_slashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``sqlite:///tmp/x.db`` is tmp/x.db in the working folder; the error says how to write /tmp/x.db."""
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["--store", "sqlite:///tmp/x.db", "stats"])
    assert_clean_error(res, "no store at tmp/x.db", "sqlite:////tmp/x.db")
    assert not (tmp_path / "tmp").exists()


def test_init_and_writing_commands_create_the_store(tmp_path: Path) -> None:
    first = tmp_path / "new" / "a.db"
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{first}", "init"])
    assert res.exit_code == 0, res.output
    assert first.is_file()
    second = tmp_path / "other" / "b.db"
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{second}", "add", "I like tea", "--user", "olga"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{second}", "--json", "search", "tea", "--user", "olga"])
    assert res.exit_code == 0 and json.loads(res.stdout)[0]["text"] == "I like tea"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["add", "   ", "--user", "olga"], "content is empty"),
        (["ingest", "nowhere/handbook.pdf"], "no such file"),
    ],
    ids=["empty add", "missing file"],
)
def test_a_writing_command_that_fails_leaves_no_store_behind(tmp_path: Path, args: list[str], said: str) -> None:
    """A typo'd --store with a failing write must not leave an empty store for later reads to
    answer "No results." from; a store that existed before is kept as it was."""
    missing = tmp_path / "typo" / "deeper" / "memgrpah.db"
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{missing}", *args])
    assert_clean_error(res, said)
    assert not (tmp_path / "typo").exists()
    kept = tmp_path / "kept.db"
    assert CliRunner().invoke(main, ["--store", f"sqlite:///{kept}", "init"]).exit_code == 0
    res = CliRunner().invoke(main, ["--store", f"sqlite:///{kept}", *args])
    assert res.exit_code == 1 and kept.is_file()


# -- documentation -------------------------------------------------------------------------------


def test_every_command_is_documented() -> None:
    runner = CliRunner()
    assert main.help and main.help.strip()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    assert main.commands, "no commands registered"
    undocumented = []
    for name, cmd in sorted(main.commands.items()):
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0, (name, res.output)
        description = " ".join((cmd.help or "").split("\n\n")[0].split())
        if not description or description not in " ".join(res.output.split()):
            undocumented.append(name)
        listed = [ln.split() for ln in top.output.splitlines() if ln.split()[:1] == [name]]
        if not listed or len(listed[0]) < 2:
            undocumented.append(f"{name} (no description in `memgraph --help`)")
    assert undocumented == []


def test_version() -> None:
    res = CliRunner().invoke(main, ["--version"])
    assert res.exit_code == 0
    assert "0.1.0" in res.output


def test_forget_needs_confirmation_then_forgets_the_user(cli: Cli, api: MemGraph) -> None:
    cli.ok("add", "My locker code is 4417", "--user", "pia")
    refused = cli("forget", "--user", "pia")
    assert refused.exit_code == 2 and "--yes" in refused.output
    assert len(api.list(user_id="pia")) == 1
    res = cli.json("forget", "--user", "pia", "--yes")
    assert res["forgot"] == "user pia" and res["removed"]["Memory"] == 1 and res["historyKept"] == 2
    unknown = cli("forget", "--user", "nobody_here", "--yes")
    assert unknown.exit_code == 1 and "nobody_here" in unknown.output
    assert api.list(user_id="pia") == []
    assert api.list(user_id="olga")  # others stay


def test_feedback_review_and_history(cli: Cli, api: MemGraph) -> None:
    out = cli.ok("ask", "What is the daily meal allowance abroad?", "--user", "rhea", "--session", "c1").stdout
    assert "forty-five euros" in out
    res = cli.ok("feedback", "that allowance is outdated", "--user", "rhea", "--session", "c1")
    assert "knowledge" in res.stdout and "flagged for review" in res.stdout
    unresolved = cli("feedback", "hmm", "--user", "rhea")
    assert unresolved.exit_code == 1 and "could not tell" in unresolved.stdout
    items = cli.json("review", "list")
    assert [(i["givers"], i["flags"]) for i in items] == [(["rhea"], 1)]
    assert "Travel Policy" in cli.ok("review", "list").stdout
    done = cli.json("review", "accept", items[0]["id"], "--text", "The daily meal allowance abroad is sixty euros.")
    assert done["new_chunk_id"]
    again = cli("review", "accept", items[0]["id"])
    assert_clean_error(again, "already accepted")
    assert done["event_id"] in cli.ok("review", "history").stdout
    after = api.ask("What is the daily meal allowance abroad?", user_id="rhea")
    assert "sixty euros" in after.answer and "forty-five" not in after.answer
    events = cli.json("history", "--user", "rhea")
    assert events[0]["event"] == "FEEDBACK" and events[0]["reason"] == "feedback (knowledge)"


def test_merge_and_undo(cli: Cli, api: MemGraph) -> None:
    a = cli.json("add", "My desk is on floor 3", "--user", "sami")[0]["id"]
    b = cli.json("add", "My desk is next to the window", "--user", "sami")[0]["id"]
    merged = cli.json("merge", a, b, "--user", "sami", "--text", "My desk is on floor 3, next to the window")
    assert [m.id for m in api.list(user_id="sami")] == [merged["memory"]["id"]]
    entry = next(
        e for e in cli.json("history", "--user", "sami") if e["event"] == "MERGE" and e["operation"] == "merge"
    )
    assert entry["id"] == merged["event_id"]
    assert entry["id"] in cli.ok("history", "--user", "sami").stdout
    res = cli.ok("undo", entry["id"], "--user", "sami")
    assert "undone" in res.stdout
    assert sorted(m.id for m in api.list(user_id="sami")) == sorted([a, b])
    assert_clean_error(cli("undo", entry["id"], "--user", "sami"), "undone already")


def test_as_of_options_are_checked(cli: Cli) -> None:
    assert_clean_error(
        cli("ask", "Where do I work?", "--user", "olga", "--as-of", "2999-01-01T00:00:00+00:00"), "future"
    )
    assert_clean_error(cli("search", "leave", "--user", "olga", "--as-of", "2026-01-01T00:00:00"), "naive")
    old = cli.json("search", "Operations", "--user", "olga", "--no-kb", "--as-of", "2020-01-01T00:00:00+00:00")
    assert [r for r in old if r["label"] == "Memory"] == []  # olga said nothing before 2020


def test_tools_commands(cli: Cli, workspace: Path) -> None:
    """``memgraph tools``: register, import a log with definitions, list, stats, suggest,
    experience and calls, in tables and as JSON."""
    run = {
        "task": "Cancel my order #W42, I no longer need it",
        "outcome": "solved",
        "messages": [
            {
                "role": "assistant",
                "tool_calls": [{"id": "a", "function": {"name": "get_order", "arguments": '{"order_id": "#W42"}'}}],
            },
            {"role": "tool", "tool_call_id": "a", "content": '{"status": "pending"}'},
            {
                "role": "assistant",
                "tool_calls": [{"id": "b", "function": {"name": "cancel_order", "arguments": '{"order_id": "#W42"}'}}],
            },
            {"role": "tool", "tool_call_id": "b", "content": "Error: order already shipped"},
        ],
    }
    log = workspace / "tools.jsonl"
    log.write_text(json.dumps(run) + "\n", encoding="utf-8")
    defs = workspace / "tool_defs.json"
    defs.write_text(json.dumps([{"name": "get_order", "writes": False}, {"name": "cancel_order", "writes": True}]))
    assert (
        "Registered lookup (reads, TTL 60 s)"
        in cli.ok("tools", "register", "lookup", "--reads", "--ttl", "60", "--agent", "shop").stdout
    )
    res = cli.ok("tools", "import", str(log), "--tools", str(defs), "--agent", "shop")
    assert "Imported 2 calls in 1 runs" in res.stdout
    listed = {t["name"]: t for t in cli.json("tools", "list", "--agent", "shop")}
    assert (
        listed["get_order"]["writes"] is False
        and listed["cancel_order"]["errors"] == 1
        and listed["lookup"]["ttlSeconds"] == 60
    )
    stats = cli.json("tools", "stats", "cancel_order", "--agent", "shop")
    assert stats["errors"] == 1 and stats["common_errors"] == [["Error: order already shipped", 1]]
    assert "success rate" in cli.ok("tools", "stats", "cancel_order", "--agent", "shop").stdout
    suggested = cli.json("tools", "suggest", "please cancel order #W42", "--writes", "--agent", "shop")
    assert [s["tool"] for s in suggested] == ["cancel_order"]
    exp = cli.json("tools", "experience", "cancel order #W42", "--agent", "shop")
    assert exp[0]["outcome"] == "solved" and exp[0]["pattern"] == "get_order(order_id) -> cancel_order(order_id)"
    assert (
        "get_order(order_id) -> cancel_order(order_id)"
        in cli.ok("tools", "experience", "cancel order", "--agent", "shop").stdout
    )
    calls = cli.json("tools", "calls", "--tool", "get_order", "--agent", "shop")
    assert calls[0]["result"] == '{"status": "pending"}'
    bad = cli("tools", "register", "bad name", "--agent", "shop")
    assert bad.exit_code == 1 and "tool name 'bad name' has ' '" in bad.stderr
    missing = cli("tools", "stats", "nope", "--agent", "shop")
    assert missing.exit_code == 1 and "no tool 'nope'" in missing.stderr


def test_keys_commands_and_serve_guard(cli: Cli) -> None:
    """``memgraph keys create|list|revoke``; ``serve --no-auth`` refuses a non-loopback bind."""
    made = cli.json("keys", "create", "--user", "olga", "--name", "laptop")
    assert str(made["key"]).startswith("mgk_") and made["user_id"] == "olga"
    listed = {k["id"]: k for k in cli.json("keys", "list")}
    assert listed[made["id"]]["name"] == "laptop" and "secretSha256" not in listed[made["id"]]
    assert made["key"] not in cli.ok("keys", "list").stdout
    assert f"key {made['id']} revoked" in cli.ok("keys", "revoke", str(made["id"])).stdout
    assert cli.json("keys", "list")[0]["revokedAt"]
    both = cli("keys", "create", "--user", "a", "--agent", "b")
    assert both.exit_code == 2 and "one of them" in both.output
    bad = cli("serve", "--host", "0.0.0.0", "--no-auth")
    assert bad.exit_code == 2 and "loopback" in bad.output


def test_export_writes_a_file_or_stdout_for_one_user_or_all(cli: Cli, workspace: Path) -> None:
    target = workspace / f"olga-{cli.uri.split(':')[0]}.graphml"
    info = cli.json("export", "--user", "olga", "-o", str(target))
    assert info["format"] == "graphml" and info["nodes"] >= 3 and Path(info["path"]) == target
    graph = nx.read_graphml(target)
    assert "User:olga" in graph and "User:quinn" not in graph
    res = cli.ok("export", "--format", "json")
    data = json.loads(res.stdout)
    assert {"User:olga", "User:quinn"} <= {n["id"] for n in data["nodes"]}
    assert "exported" in res.stderr and "stdout" in res.stderr
    bad = cli("export")
    assert bad.exit_code == 2 and "--format" in bad.output


def test_nothing_found_in_an_empty_store_says_the_store_is_empty(tmp_path: Path) -> None:
    """A store just created answers nothing; stderr says it holds no documents or memories yet
    (and how to add them), exit 0, while a store that holds some prints no such hint."""
    empty = Cli(f"sqlite:///{tmp_path / 'empty.db'}")
    empty.ok("init")
    for args in (["ask", "How many days of leave do I have?", "--user", "alex"], ["search", "leave", "--user", "alex"]):
        res = empty.ok(*args)
        assert "holds no documents or memories yet" in res.stderr and "memgraph ingest" in res.stderr, res.stderr
    empty.ok("add", "I had a long week.", "--user", "quinn")
    res = empty.ok("search", "annual leave allowance", "--user", "alex")
    assert "holds no documents" not in res.stderr, res.stderr
