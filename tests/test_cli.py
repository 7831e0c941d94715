"""The command line's contract: --version, -h, one-line errors for every checked option,
the batch error contract for report/evaluate/bench, --json summaries, serve's address."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, SHARED, run_cli

TRUCE = str(EXAMPLES / "en_wire_truce.txt")


def _error_line(result: object) -> str:
    stderr = result.stderr.decode()  # type: ignore[attr-defined]
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_version() -> None:
    from eventwire import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode() == f"eventwire {__version__}\n"


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["extract", "-h"], ["serve", "-h"],
                                  ["bench", "-h"], ["evaluate", "--help"]])
def test_short_and_long_help(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Usage" in result.stdout


# (arguments, the one error line without its "(see ... -h)" hint)
BAD_OPTIONS = [
    (["extract", TRUCE, "--date", "yesterday"],
     "--date: 'yesterday' is not a date as YYYY-MM-DD"),
    (["extract", TRUCE, "--date", "2025-02-30"],
     "--date: '2025-02-30' is not a date as YYYY-MM-DD"),
    (["extract", TRUCE, "--date", "20250318"], "--date: '20250318' is not a date as YYYY-MM-DD"),
    (["ingest", TRUCE, "--date", "18/03/2025"],
     "--date: '18/03/2025' is not a date as YYYY-MM-DD"),
    (["report", TRUCE, "--date", "2025-13-01"],
     "--date: '2025-13-01' is not a date as YYYY-MM-DD"),
    (["evaluate", "x.json", "--date", "soon"], "--date: 'soon' is not a date as YYYY-MM-DD"),
    (["extract", TRUCE, "--lang", "xx"],
     "--lang: 'xx' is not a language eventwire reads (choose from de, en, es, fr, it, ru, uk)"),
    (["ingest", TRUCE, "--lang", "english"],
     "--lang: 'english' is not a language eventwire reads "
     "(choose from de, en, es, fr, it, ru, uk)"),
    (["bench", "--lang", "pl"],
     "--lang: 'pl' is not a language eventwire reads (choose from de, en, es, fr, it, ru, uk)"),
    (["extract", TRUCE, "--format", "yaml"],
     "--format: 'yaml' is not one of jsonl, csv, parquet, plover, cameo"),
    (["export", "--format", "xlsx"],
     "--format: 'xlsx' is not one of jsonl, csv, parquet, plover, cameo"),
    (["export", "--table", "people"], "--table: 'people' is not one of events, statements, "
     "documents, passages, agreements, stories, discrepancies"),
    (["report", TRUCE, "--format", "pdf"], "--format: 'pdf' is not one of md, html"),
    (["serve", "--port", "0"], "--port: Input should be greater than or equal to 1"),
    (["serve", "--port", "70000"], "--port: Input should be less than or equal to 65535"),
    (["serve", "--port", "http"],
     "--port: Input should be a valid integer, unable to parse string as an integer"),
    (["bench", "--repeat", "0"], "--repeat: Input should be greater than or equal to 1"),
    (["extract"], "Missing argument 'inputs'"),
    (["extract", TRUCE, "--colour"], "No such option: --colour"),
    (["nosuch"], "No such command 'nosuch'"),
]


@pytest.mark.parametrize("args, message", BAD_OPTIONS)
def test_bad_options_get_one_line(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    line = _error_line(result)
    assert line.startswith(f"eventwire: error: {message}"), line
    assert line.endswith(" -h)")
    assert result.stdout == b""


def test_languages_are_the_folders_under_lang() -> None:
    from eventwire.cli import languages

    lang = Path(__file__).parents[1] / "eventwire" / "lang"
    assert languages() == sorted(p.name for p in lang.iterdir()
                                 if p.is_dir() and p.name[0] not in "_.")


def test_report_formats_are_the_reports() -> None:
    from eventwire.cli import REPORT_FORMATS
    from eventwire.reconcile.report import FORMATS

    assert REPORT_FORMATS == FORMATS


@pytest.mark.parametrize("args, message", [
    (["evaluate", "missing.gold.json"], "missing.gold.json: no such file or directory"),
    (["bench", "missing-corpus/"], "missing-corpus/: no such file or directory"),
    (["report", TRUCE, "--story", "story:none"], "--story story:none: no story with id "
                                                 "'story:none'"),
    (["export", "--db", "missing.db"], "missing.db: no such database (run `eventwire "
                                       "ingest` first)"),
    (["serve", "--db", "missing.db"], "missing.db: no such database (run `eventwire "
                                      "ingest` first)"),
])
def test_input_errors_follow_the_extract_contract(tmp_path: Path, args: list[str],
                                                  message: str) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 1
    assert _error_line(result) == f"eventwire: error: {message}"


def test_report_names_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    result = run_cli("report", TRUCE, str(tmp_path / "gone.txt"))
    assert result.returncode == 1
    assert _error_line(result) == f"eventwire: error: {tmp_path / 'gone.txt'}: no such file " \
                                  "or directory"
    assert result.stdout.decode().startswith("#")


def test_evaluate_names_a_broken_gold_file_and_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gold.json"
    broken.write_text("{not json", encoding="utf-8")
    result = run_cli("evaluate", str(broken), "--json")
    assert result.returncode == 1
    line = _error_line(result)
    assert line.startswith(f"eventwire: error: {broken}: ")
    assert json.loads(result.stdout)["documents"] == 0


def test_ingest_json_summary(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    result = run_cli("ingest", TRUCE, "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr.decode()
    summary = json.loads(result.stdout)
    assert summary == {"store": str(db), "documents": 1, "counts": summary["counts"],
                       "errors": []}
    assert summary["counts"]["document"] == 1 and summary["counts"]["event"] > 0
    assert result.stderr == b""  # quiet when piped: no progress, no text summary


def test_ingest_json_summary_lists_errors(tmp_path: Path) -> None:
    result = run_cli("ingest", TRUCE, str(tmp_path / "gone.txt"), "--db",
                     str(tmp_path / "s.db"), "--json")
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert summary["errors"] == [f"{tmp_path / 'gone.txt'}: no such file or directory"]
    assert _error_line(result) == f"eventwire: error: {tmp_path / 'gone.txt'}: no such " \
                                  "file or directory"


def test_bench_json_summary() -> None:
    result = run_cli("bench", TRUCE, "--repeat", "1", "--json")
    assert result.returncode == 0, result.stderr.decode()
    summary = json.loads(result.stdout)
    assert set(summary) == {"documents", "repeat", "mean_bytes", "languages",
                            "load_cpu_seconds", "docs_per_cpu_second", "kb_per_cpu_second",
                            "parse_docs_per_cpu_second", "extract_to_parse",
                            "extract_to_parse_passes",
                            "parse_batched_docs_per_cpu_second", "extract_to_parse_batched",
                            "tokenizer_docs_per_cpu_second", "extract_to_tokenizer",
                            "long_document_ratio", "reconcile_cpu_seconds", "peak_rss_mb",
                            "errors"}
    assert (summary["documents"], summary["repeat"], summary["errors"]) == (1, 1, 0)


def test_evaluate_json_summary() -> None:
    gold = sorted((SHARED / "seed").glob("*.gold.json"))[:1] if SHARED.exists() else []
    if not gold:
        pytest.skip("the shared seed gold files (../shared/seed) are not here")
    result = run_cli("evaluate", str(gold[0]), "--json")
    assert result.returncode == 0, result.stderr.decode()
    summary = json.loads(result.stdout)
    assert set(summary) == {"documents", "events", "statements", "languages", "event_types"}
    assert summary["documents"] == 1
    assert set(summary["events"]) == {"true_positive", "predicted", "gold", "precision",
                                      "recall", "f1"}


def test_progress_total_is_counted_ahead(tmp_path: Path) -> None:
    from eventwire.cli import estimate_documents

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "sub" / "batch.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n',
                                                  encoding="utf-8")
    (tmp_path / "README.md").write_text("not read", encoding="utf-8")
    assert estimate_documents([str(tmp_path)]) == 4
    assert estimate_documents([str(tmp_path / "a.txt"), "-"]) is None
    assert estimate_documents(["https://example.org/feed"]) is None


def test_serve_says_where_and_warns_beyond_loopback(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import eventwire.cli as cli

    (tmp_path / "s.db").write_bytes(b"")
    calls: list[dict[str, object]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append(kw))
    runner = CliRunner()
    local = runner.invoke(cli.app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "8123"])
    assert local.exit_code == 0, local.output
    assert local.stderr.splitlines() == [
        f"eventwire: serving {tmp_path / 's.db'} at http://127.0.0.1:8123/ "
        "(API docs: http://127.0.0.1:8123/api/docs); Ctrl+C stops"]
    wide = runner.invoke(cli.app, ["serve", "--db", str(tmp_path / "s.db"), "--host",
                                   "0.0.0.0"])
    assert wide.stderr.splitlines()[0] == (
        "eventwire: warning: listening on 0.0.0.0, beyond this machine: anyone who can reach "
        "it can read the store; Host names answered: localhost, 127.0.0.1, testserver "
        "(add --allowed-host NAME)")
    named = runner.invoke(cli.app, ["serve", "--db", str(tmp_path / "s.db"), "--host",
                                    "10.0.0.5", "--allowed-host", "desk.example"])
    assert named.stderr.splitlines()[0] == (
        "eventwire: warning: listening on 10.0.0.5, beyond this machine: anyone who can reach "
        "it can read the store")
    assert [c["host"] for c in calls] == ["127.0.0.1", "0.0.0.0", "10.0.0.5"]


def test_jobs_give_the_same_output_as_one_process() -> None:
    """``--jobs 2`` runs the per-document work in two processes; the bytes do not change."""
    one = run_cli("extract", str(EXAMPLES))
    two = run_cli("extract", str(EXAMPLES), "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_a_reader_that_stops_early_gets_no_error() -> None:
    """``eventwire extract ... | head -1``: the closed pipe ends the run quietly."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    process = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "extract",
                                str(EXAMPLES / "stories")], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) in (0, 141)
    assert json.loads(first)["kind"] == "document"
    assert stderr == ""
