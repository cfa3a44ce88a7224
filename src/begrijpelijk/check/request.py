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
    # the settings of one input from its nearest config file (check's default); None: ``settings`` for all
    settings_for: Callable[[str], Settings] | None = None


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
            # a named file that an exclude pattern matches is left out too (pre-commit names every file)
            if item == "-" or not (exclude and _matches(p, exclude, base)):
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


def _settings_of(request: CheckRequest, item: str) -> Settings:
    return request.settings_for(item) if request.settings_for is not None else request.settings


def read_inputs(request: CheckRequest) -> tuple[list[tuple[Document, Settings]], list[UnreadableFile]]:
    """Each letter with the settings it is checked with: those of its own
    nearest config file, so the result does not depend on the order of the files."""
    from begrijpelijk.readers import read_bytes, read_path
    from begrijpelijk.readers import text as text_reader
    from begrijpelijk.writing import must_exist

    documents: list[tuple[Document, Settings]] = []
    unreadable: list[UnreadableFile] = []
    for item in request.inputs:
        settings = _settings_of(request, item)
        base = settings.config_path.parent if settings.config_path is not None else None
        paths, errors = collect_paths([item], settings.exclude, base, settings.include)
        unreadable.extend(UnreadableFile(path=e.split(":", 1)[0], error=e) for e in errors)
        for path in paths:
            try:
                if path == "-":
                    data = request.stdin() if request.stdin is not None else sys.stdin.buffer.read()
                    documents.append((read_bytes(data, "<standaardinvoer>", text_reader.read), settings))
                else:
                    must_exist(path)
                    own = _settings_of(request, path) if path != item else settings
                    documents.append((read_path(Path(path)), own))
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
    """The Report for a request: the unreadable files first, then the letters
    in the order they were named, each checked with its own settings."""
    documents, unreadable = read_inputs(request)
    groups: dict[int, tuple[Settings, list[int]]] = {}
    for k, (_, settings) in enumerate(documents):
        groups.setdefault(id(settings), (settings, []))[1].append(k)
    checked: list[FileReport | None] = [None] * len(documents)
    for settings, places in groups.values():
        reports = check_in_batches([documents[k][0] for k in places], settings, request.jobs, request.progress)
        for k, report in zip(places, reports):
            checked[k] = report
    return Report([*unreadable, *(r for r in checked if r is not None)])
