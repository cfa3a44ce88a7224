"""What `check` is asked to do, done by the library: expand folders to
letters, read them (unreadable files get their Dutch sentence), check them in
batches and processes, and return one Report. The command line and other
callers only turn their options into a CheckRequest."""
from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from begrijpelijk.config import Settings
from begrijpelijk.document import Document
from begrijpelijk.errors import BegrijpelijkError
from begrijpelijk.findings import FileReport, Report, UnreadableFile

BATCH = 64  # documents per call of the language pipeline


@dataclass
class CheckRequest:
    inputs: list[str]  # files, folders, or "-" for standard input
    settings: Settings
    jobs: int = 1
    progress: bool = False  # a progress bar on standard error
    stdin: Callable[[], bytes] | None = None  # reads standard input, for "-"


def _matches(path: Path, patterns, base: Path | None) -> bool:
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix() if base else path.as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(path.as_posix(), p) for p in patterns)


def collect_paths(inputs: list[str], exclude=(), base: Path | None = None, include=()) -> tuple[list[str], list[str]]:
    """Expand folders to the letters in them (leaving out files that match an
    exclude pattern, and with include patterns only those). Returns (paths, errors)."""
    from begrijpelijk.readers import supported_extensions

    extensions = set(supported_extensions())
    paths: list[str] = []
    errors: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.is_dir():
            paths.append(item)
            continue
        found = sorted(
            str(f)
            for f in p.rglob("*")
            if f.is_file()
            and f.suffix.lower() in extensions
            and not f.name.startswith("~$")
            and not (exclude and _matches(f, exclude, base))
            and (not include or _matches(f, include, base))
        )
        if not found:
            errors.append(f"{item}: in deze map staan geen brieven ({', '.join(sorted(extensions))}). Kies een andere map.")
        paths.extend(found)
    return paths, errors


def read_inputs(request: CheckRequest) -> tuple[list[Document], list[UnreadableFile]]:
    from begrijpelijk.readers import read_bytes, read_path
    from begrijpelijk.readers import text as text_reader
    from begrijpelijk.writing import must_exist

    settings = request.settings
    base = settings.config_path.parent if settings.config_path is not None else None
    paths, errors = collect_paths(request.inputs, settings.exclude, base, settings.include)
    documents: list[Document] = []
    unreadable = [UnreadableFile(path=e.split(":", 1)[0], error=e) for e in errors]
    for path in paths:
        try:
            if path == "-":
                data = request.stdin() if request.stdin is not None else sys.stdin.buffer.read()
                documents.append(read_bytes(data, "<standaardinvoer>", text_reader.read))
            else:
                must_exist(path)
                documents.append(read_path(Path(path)))
        except BegrijpelijkError as exc:
            unreadable.append(UnreadableFile(path=path, error=exc.message))
    return documents, unreadable


def check_in_batches(documents: list[Document], settings: Settings, jobs: int = 1, progress: bool = False) -> list[FileReport]:
    """Check documents in batches, in ``jobs`` processes when asked, with a
    progress bar on standard error when asked."""
    from begrijpelijk.check.run import check_documents

    batches = [documents[i : i + BATCH] for i in range(0, len(documents), BATCH)]
    files: list[FileReport] = []
    bar = None
    if progress and len(documents) > 5 and not os.environ.get("CI"):
        from rich.progress import Progress

        bar = Progress(transient=True)
        bar.start()
        task = bar.add_task("Brieven controleren", total=len(documents))
    try:
        if jobs > 1 and len(batches) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                parts = pool.map(check_documents, batches, [settings] * len(batches))
                for part in parts:
                    files.extend(part.checked)
                    if bar:
                        bar.update(task, advance=len(part.files))
        else:
            for batch in batches:
                files.extend(check_documents(batch, settings).checked)
                if bar:
                    bar.update(task, advance=len(batch))
    finally:
        if bar:
            bar.stop()
    return files


def run(request: CheckRequest) -> Report:
    """The Report for a request: the unreadable files first, then the letters."""
    documents, unreadable = read_inputs(request)
    checked = check_in_batches(documents, request.settings, request.jobs, request.progress) if documents else []
    return Report([*unreadable, *checked])
