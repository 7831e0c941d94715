"""The command line: a thin layer over :mod:`eventwire.api` and the store.

One error contract for every command: a problem with one input is one line on stderr,
``eventwire: error: <input>: <reason>``, the rest of the batch goes through and the exit
status is 1; a bad option value is one line naming the option, exit status 2; never a
traceback (``--verbose`` shows one). Progress shows on a terminal (a bar with a total and the
time left) and stays quiet when piped. ``--json`` turns a command's summary into JSON.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date as Date
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.export import FORMATS as EXPORT_FORMATS
from eventwire.export import TABLES
from eventwire.ingest.errors import InputError
from eventwire.model import Document

LANG_DIR = Path(__file__).parent / "lang"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
REPORT_FORMATS = ("md", "html")  # eventwire.reconcile.report.FORMATS (a test keeps them equal)


class App(typer.Typer):
    """Typer, with click's usage errors said in one line like every other error."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            code = super().__call__(*args, standalone_mode=False, **kwargs)
        except typer.Abort:
            typer.echo("eventwire: aborted", err=True)
            sys.exit(130)
        except Exception as error:
            # click's usage errors (Typer may vendor click: matched by shape, not class)
            if not hasattr(error, "format_message") or not hasattr(error, "exit_code"):
                raise
            typer.echo(f"eventwire: error: {_usage_message(error)}", err=True)
            sys.exit(error.exit_code)
        sys.exit(code if isinstance(code, int) else 0)


def _usage_message(error: Any) -> str:
    message = error.format_message().strip().rstrip(".")
    param = getattr(error, "param", None)
    if param is not None and str(getattr(error, "message", "") or "").strip():
        name = "/".join(param.opts) if getattr(param, "opts", None) else param.name
        message = f"{name}: {error.message.strip().rstrip('.')}"
    context = getattr(error, "ctx", None)
    hint = f" (see {context.command_path} -h)" if context is not None else ""
    return message.splitlines()[0] + hint


app = App(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="eventwire: sourced, structured records of wars and negotiations from news text.",
)


def languages() -> list[str]:
    """The languages eventwire has a folder of knowledge for (eventwire/lang/<code>/)."""
    return sorted(p.name for p in LANG_DIR.iterdir()
                  if p.is_dir() and not p.name.startswith(("_", ".")))


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"eventwire: error: {message}", err=True)
    raise typer.Exit(code)


def _reader_gone() -> None:
    """The reader of stdout went away (``eventwire extract ... | head``): stop quietly, as
    Unix tools do, with nothing more written to the closed pipe."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(141)  # 128 + SIGPIPE, what a shell reports for a tool killed by it


# -- option checks: each says what is wrong in one line -----------------------------------

def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        Date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from None
    return value


def _check_lang(value: str | None) -> str | None:
    if value is None:
        return None
    known = languages()
    if value.lower() not in known:
        raise typer.BadParameter(f"{value!r} is not a language eventwire reads "
                                 f"(choose from {', '.join(known)})")
    return value.lower()


def _choice(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return value

    return check


def _show_version(value: bool) -> None:
    if value:
        from eventwire import __version__

        typer.echo(f"eventwire {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """eventwire: sourced, structured records of wars and negotiations from news text."""


Inputs = Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", callback=_check_date,
                 help="Reference date (YYYY-MM-DD) where a document has none."),
]
LangOpt = Annotated[str | None, typer.Option(
    "--lang", callback=_check_lang, help="Force the language: one of "
    + ", ".join(languages()) + ".")]
StoreOpt = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show error details.")]
JobsOpt = Annotated[int, typer.Option(
    "--jobs", "-j", min=0,
    help="Worker processes for the per-document work (0: every core); the output is the same "
         "as with one.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]


def _store_name(db: str) -> str:
    """The store as shown to people: a URL without its password."""
    from urllib.parse import urlsplit, urlunsplit

    if "://" not in db:
        return db
    parts = urlsplit(db)
    if parts.password is None:
        return db
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def _need_store_file(db: str) -> None:
    if "://" not in db and not Path(db).exists():
        _fail(f"{db}: no such database (run `eventwire ingest` first)", 1)


@contextmanager
def _open_store(db: str, verbose: bool = False) -> Iterator[Any]:
    """Open a store, turning a failure to connect or read into one clear line."""
    from eventwire.store import open_store

    try:
        store = open_store(db)
    except Exception as error:
        if verbose:
            raise
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        _fail(f"{_store_name(db)}: cannot open the store ({type(error).__name__}: {reason})", 1)
    try:
        yield store
    finally:
        store.close()


def _report_errors(errors: list[Any]) -> None:
    for error in errors:
        typer.echo(f"eventwire: error: {error}", err=True)


# -- progress --------------------------------------------------------------------------

KNOWN_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson")


def _format_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def estimate_documents(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, counted cheaply (files, and lines of plain JSONL);
    None when it cannot be known ahead (stdin, URLs, feeds, compressed batches)."""
    total = 0
    for item in inputs:
        path = Path(item)
        if item == "-" or "://" in item:
            return None
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for file in files:
            suffix = _format_suffix(file)
            if suffix not in KNOWN_SUFFIXES:
                if path.is_dir():
                    continue
                return None
            if suffix in (".jsonl", ".ndjson"):
                if file.suffix.lower() == ".gz":
                    return None
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


@contextmanager
def _progress(description: str, total: int | None) -> Iterator[Callable[[Any], None]]:
    """A Rich bar with a count, a total and the time left on a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        yield lambda item: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TextColumn("documents"), TimeElapsedColumn(),
                  TextColumn("left"), TimeRemainingColumn(), transient=True,
                  console=Console(stderr=True)) as progress:
        task = progress.add_task(description, total=total)

        def advance(item: Document | InputError) -> None:
            progress.advance(task)

        yield advance


def _run_extract(inputs: list[str], date: str | None, lang: str | None, verbose: bool,
                 jobs: int = 1) -> Any:
    from eventwire.api import extract

    try:
        with _progress("extracting", estimate_documents(inputs)) as advance:
            if jobs != 1:  # worker processes: the same records in the same order
                from eventwire.parallel import extract_parallel

                return extract_parallel(inputs, jobs=jobs or None, reference_date=date,
                                        language=lang, on_document=advance)
            return extract(inputs, reference_date=date, language=lang, on_document=advance)
    except Exception as error:  # pragma: no cover - a bug, shown in one line
        if verbose:
            raise
        _fail(f"{type(error).__name__}: {error} (run with --verbose for details)", 1)


def _stream_extract(inputs: list[str], date: str | None, lang: str | None, verbose: bool,
                    jobs: int, output: Path | None) -> None:
    """``extract`` to JSON Lines, written while the documents are read (the same bytes)."""
    from eventwire.export import write_records
    from eventwire.parallel import stream_records

    errors: list[InputError] = []
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with _progress("extracting", estimate_documents(inputs)) as advance:
            write_records(stream_records(inputs, errors, jobs=jobs or None, reference_date=date,
                                         language=lang, on_document=advance), "jsonl", out)
    except BrokenPipeError:
        _reader_gone()
    except Exception as error:  # pragma: no cover - a bug, shown in one line
        if verbose:
            raise
        _fail(f"{type(error).__name__}: {error} (run with --verbose for details)", 1)
    finally:
        if output:
            out.close()
    _report_errors(errors)
    if errors:
        raise typer.Exit(1)


# -- commands --------------------------------------------------------------------------

@app.command()
def extract(
    inputs: Inputs,
    date: DateOpt = None,
    lang: LangOpt = None,
    fmt: Annotated[str, typer.Option("--format", callback=_choice(EXPORT_FORMATS),
                                     help="Output format: " + ", ".join(EXPORT_FORMATS)
                                     + " (jsonl by default).")] = "jsonl",
    output: OutputOpt = None,
    jobs: JobsOpt = 1,
    verbose: VerboseOpt = False,
) -> None:
    """Extract records from news texts and print them as JSON Lines."""
    from eventwire.export import write_records

    if fmt == "jsonl":  # each document's records go out as soon as it is done, in order
        _stream_extract(inputs, date, lang, verbose, jobs, output)
        return
    result = _run_extract(inputs, date, lang, verbose, jobs)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        write_records(result.records, fmt, out)
    except BrokenPipeError:
        _reader_gone()
    except ValueError as error:
        _fail(str(error))
    finally:
        if output:
            out.close()
    _report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Inputs,
    db: StoreOpt = "eventwire.db",
    date: DateOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    jobs: JobsOpt = 1,
    verbose: VerboseOpt = False,
) -> None:
    """Extract records and store them in SQLite (re-ingesting replaces, never duplicates)."""
    from eventwire.api import ingest_into

    result = _run_extract(inputs, date, lang, verbose, jobs)
    with _open_store(db, verbose) as store:
        counts = ingest_into(store, result)
    if as_json:
        typer.echo(json.dumps({"store": _store_name(db), "documents": len(result.documents),
                               "counts": counts,
                               "errors": [str(e) for e in result.errors]}, ensure_ascii=False))
    else:
        summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        typer.echo(f"{_store_name(db)}: {len(result.documents)} documents ingested; "
                   f"store holds {summary}", err=True)
    _report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)


@app.command()
def export(
    db: StoreOpt = "eventwire.db",
    fmt: Annotated[str, typer.Option(
        "--format", callback=_choice(EXPORT_FORMATS),
        help="jsonl, csv, parquet, plover or cameo (see docs/exports.md).")] = "jsonl",
    table: Annotated[str, typer.Option(
        "--table", callback=_choice(tuple(TABLES)),
        help="Table for csv/parquet: events, statements, documents, passages, "
             "agreements, stories or discrepancies.")] = "events",
    output: OutputOpt = None,
) -> None:
    """Write the stored records out (stdout by default; parquet needs --output or a pipe)."""
    from eventwire.export import BINARY_FORMATS, write_records

    _need_store_file(db)
    if fmt in BINARY_FORMATS and output is None and sys.stdout.isatty():
        _fail(f"--format {fmt}: binary output: give --output FILE or pipe the output")
    with _open_store(db) as store:
        try:
            write_records(
                list(store.records()), fmt, output if output else sys.stdout, table=table
            )
        except BrokenPipeError:
            _reader_gone()
        except ValueError as error:
            _fail(str(error))


@app.command()
def serve(
    db: StoreOpt = "eventwire.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535,
                                      help="Port to listen on.")] = 8000,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="A Host name the server answers to (repeat for more; default "
        "the loopback names, or EVENTWIRE_ALLOWED_HOSTS).")] = None,
) -> None:
    """Serve the web pages and the JSON API over a store (ingest needs EVENTWIRE_API_TOKEN)."""
    import uvicorn

    from eventwire.web import create_app
    from eventwire.web.app import allowed_hosts_from_env

    _need_store_file(db)
    hosts = list(allowed_host or allowed_hosts_from_env())
    if host not in LOOPBACK:
        if host not in ("0.0.0.0", "::") and host not in hosts:
            hosts.append(host)
        typer.echo(f"eventwire: warning: listening on {host}, beyond this machine: anyone who "
                   "can reach it can read the store"
                   + ("" if allowed_host else "; Host names answered: " + ", ".join(hosts)
                      + " (add --allowed-host NAME)"), err=True)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    typer.echo(f"eventwire: serving {_store_name(db)} at {url} (API docs: {url}api/docs); "
               "Ctrl+C stops", err=True)
    uvicorn.run(create_app(db, allowed_hosts=hosts), host=host, port=port, log_level="warning")


def _tally(tally: Any) -> dict[str, Any]:
    return {"true_positive": tally.true_positive, "predicted": tally.predicted,
            "gold": tally.gold, "precision": round(tally.precision, 4),
            "recall": round(tally.recall, 4), "f1": round(tally.f1, 4)}


def evaluation_summary(report: Any) -> dict[str, Any]:
    """The scores as JSON: all documents, per language, per event type."""
    from eventwire.evaluate.scorer import Report

    languages = sorted({d.language for d in report.documents})
    return {
        "documents": len(report.documents),
        "events": _tally(report.total("events")),
        "statements": _tally(report.total("statements")),
        "languages": {
            lang: {"documents": len(subset.documents),
                   "events": _tally(subset.total("events")),
                   "statements": _tally(subset.total("statements"))}
            for lang in languages
            for subset in [Report([d for d in report.documents if d.language == lang])]},
        "event_types": {kind: _tally(t) for kind, t in report.by_type().items()},
    }


@app.command()
def evaluate(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold files (*.json / *.gold.json) beside their .txt.")
    ],
    date: DateOpt = None,
    details: Annotated[bool, typer.Option("--details", help="List matches and misses.")] = False,
    without_published: Annotated[bool, typer.Option(
        "--without-published", help="Withhold the gold files' publication dates and URLs: "
        "score the dates the texts alone give.")] = False,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Score extraction against gold files: events and statements, precision/recall/F1."""
    from eventwire.evaluate.scorer import Report, evaluate_files, format_report

    documents, failed = [], False
    report = None
    if all(path.exists() for path in gold):
        try:  # one batch: the same scores, and the dates stories give as a line of their own
            report = evaluate_files(gold, reference_date=date, published=not without_published,
                                    stories=True)
        except Exception:
            report = None  # read path by path below, to name the input that fails
    for path in gold if report is None else ():
        if not path.exists():
            _report_errors([f"{path}: no such file or directory"])
            failed = True
            continue
        try:
            documents += evaluate_files([path], reference_date=date,
                                        published=not without_published).documents
        except Exception as error:
            if verbose:
                raise
            reason = str(error).strip().splitlines()[0] if str(error).strip() else \
                type(error).__name__
            _report_errors([reason if reason.startswith(str(path)) else f"{path}: {reason}"])
            failed = True
    report = report or Report(documents)
    documents = report.documents
    if as_json:
        typer.echo(json.dumps(evaluation_summary(report), ensure_ascii=False))
    elif documents:
        typer.echo(format_report(report, details=details))
    if failed:
        raise typer.Exit(1)


@app.command()
def bench(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Corpus (default: the project's examples).")
    ] = None,
    repeat: Annotated[int, typer.Option("--repeat", min=1, max=1000,
                                        help="Passes over the corpus.")] = 3,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Measure documents per second and peak memory, against the bare spaCy tokenizer."""
    from eventwire.bench import format_bench, run_bench

    missing = [i for i in inputs or [] if "://" not in i and i != "-" and not Path(i).exists()]
    _report_errors([f"{m}: no such file or directory" for m in missing])
    corpus = [i for i in inputs or [] if i not in missing]
    if inputs and not corpus:
        raise typer.Exit(1)
    try:
        result = run_bench(corpus or None, repeat=repeat, language=lang)
    except Exception as error:
        if verbose:
            raise
        where = ", ".join(corpus) if corpus else "the default corpus (examples/)"
        _fail(f"{where}: {error}", 1)
    typer.echo(json.dumps(result.as_dict()) if as_json else format_bench(result))
    if missing:
        raise typer.Exit(1)


@app.command()
def report(
    inputs: Inputs,
    date: DateOpt = None,
    lang: LangOpt = None,
    fmt: Annotated[str, typer.Option("--format", callback=_choice(REPORT_FORMATS),
                                     help="md or html.")] = "md",
    story: Annotated[str | None, typer.Option("--story", help="Only this story id.")] = None,
    output: OutputOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Write a readable account of each story: sources, agreed and disputed facts, commitments."""
    from eventwire.reconcile.report import write_report

    result = _run_extract(inputs, date, lang, verbose)
    try:
        text = write_report(result.records, story, fmt)
    except ValueError as error:
        _report_errors(result.errors)
        _fail(f"--story {story}: {error}" if story else str(error), 1)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)
    _report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
