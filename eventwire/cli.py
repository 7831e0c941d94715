"""The command line: a thin layer over :mod:`eventwire.api` and the store.

Errors are one line on stderr (``--verbose`` adds the details); progress shows on a terminal
and stays quiet when piped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.ingest.errors import InputError
from eventwire.model import Document

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="eventwire: sourced, structured records of wars and negotiations from news text.",
)

Inputs = Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Reference date (YYYY-MM-DD) where a document has none."),
]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Force the language (ISO 639-1).")]
StoreOpt = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show error details.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"eventwire: error: {message}", err=True)
    raise typer.Exit(code)


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


def _report_errors(errors: list[InputError]) -> None:
    for error in errors:
        typer.echo(f"eventwire: error: {error}", err=True)


@contextmanager
def _progress(total_hint: str) -> Iterator[Any]:
    """A Rich spinner with a document count on a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        yield lambda item: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
        transient=True,
        console=_stderr_console(),
    ) as progress:
        task = progress.add_task(total_hint, total=None)

        def advance(item: Document | InputError) -> None:
            progress.advance(task)

        yield advance


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _run_extract(inputs: list[str], date: str | None, lang: str | None, verbose: bool) -> Any:
    from eventwire.api import extract

    try:
        with _progress("extracting") as advance:
            return extract(inputs, reference_date=date, language=lang, on_document=advance)
    except Exception as error:  # pragma: no cover - a bug, shown in one line
        if verbose:
            raise
        _fail(f"{type(error).__name__}: {error} (run with --verbose for details)", 1)


@app.command()
def extract(
    inputs: Inputs,
    date: DateOpt = None,
    lang: LangOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    output: OutputOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Extract records from news texts and print them as JSON Lines."""
    from eventwire.export import write_records

    result = _run_extract(inputs, date, lang, verbose)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        write_records(result.records, fmt, out)
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
    verbose: VerboseOpt = False,
) -> None:
    """Extract records and store them in SQLite (re-ingesting replaces, never duplicates)."""
    from eventwire.api import ingest_into

    result = _run_extract(inputs, date, lang, verbose)
    with _open_store(db, verbose) as store:
        counts = ingest_into(store, result)
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    typer.echo(
        f"{_store_name(db)}: {len(result.documents)} documents ingested; store holds {summary}",
        err=True,
    )
    _report_errors(result.errors)
    if result.errors:
        raise typer.Exit(1)


@app.command()
def export(
    db: StoreOpt = "eventwire.db",
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="jsonl, csv, parquet, plover or cameo (see docs/exports.md)."
        ),
    ] = "jsonl",
    table: Annotated[
        str,
        typer.Option(
            "--table",
            help="Table for csv/parquet: events, statements, documents, passages, "
            "agreements, stories or discrepancies.",
        ),
    ] = "events",
    output: OutputOpt = None,
) -> None:
    """Write the stored records out (stdout by default; parquet needs --output or a pipe)."""
    from eventwire.export import BINARY_FORMATS, write_records

    is_url = "://" in db
    if not is_url and not Path(db).exists():
        _fail(f"{db}: no such database (run `eventwire ingest` first)")
    if fmt in BINARY_FORMATS and output is None and sys.stdout.isatty():
        _fail(f"{fmt} is binary: give --output FILE or pipe the output")
    with _open_store(db) as store:
        try:
            write_records(
                list(store.records()), fmt, output if output else sys.stdout, table=table
            )
        except ValueError as error:
            _fail(str(error))


@app.command()
def serve(
    db: StoreOpt = "eventwire.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web pages and the JSON API over a store (ingest needs EVENTWIRE_API_TOKEN)."""
    import uvicorn

    from eventwire.web import create_app

    if "://" not in db and not Path(db).exists():
        _fail(f"{db}: no such database (run `eventwire ingest` first)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def evaluate(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold files (*.json / *.gold.json) beside their .txt.")
    ],
    date: DateOpt = None,
    details: Annotated[bool, typer.Option("--details", help="List matches and misses.")] = False,
) -> None:
    """Score extraction against gold files: events and statements, precision/recall/F1."""
    from eventwire.evaluate.scorer import evaluate_files, format_report

    try:
        report = evaluate_files(gold, reference_date=date)
    except (OSError, ValueError) as error:
        _fail(str(error))
    typer.echo(format_report(report, details=details))


@app.command()
def bench(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Corpus (default: the project's examples).")
    ] = None,
    repeat: Annotated[int, typer.Option("--repeat", help="Passes over the corpus.")] = 3,
    lang: LangOpt = None,
) -> None:
    """Measure documents per second and peak memory, against the bare spaCy tokenizer."""
    from eventwire.bench import format_bench, run_bench

    typer.echo(format_bench(run_bench(inputs or None, repeat=repeat, language=lang)))


@app.command()
def report(
    inputs: Inputs,
    date: DateOpt = None,
    lang: LangOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
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
        _fail(str(error))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)
    _report_errors(result.errors)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
