"""Reading and writing files safely: never half a file, never a file the user
did not ask to replace, never a link or a device replaced by a regular file.

Every command reads its inputs through :func:`read_limited` and writes its
outputs through :func:`prepare_output` and :func:`write_atomic_bytes`, so the
rules below hold everywhere:

- a symbolic link is written through to the file it points to, and stays a link;
- anything that is not a regular file (a folder, a device, a pipe) is refused,
  except ``-``, which means standard output;
- an existing output is only replaced when the user asked (``--overwrite``);
- a write goes to a temporary file beside the target and is renamed into place;
- a read never takes more than its limit, so ``/dev/zero`` or a huge file
  cannot fill the memory.
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from begrijpelijk.errors import InputError

STDOUT = "-"
MAX_SMALL_FILE = 5 * 1024 * 1024  # settings, word lists, baselines, template data


def is_stdout(path) -> bool:
    return str(path) == STDOUT


def must_exist(name: str) -> None:
    """Raise InputError when nothing is at ``name`` (as the user wrote it), so
    a missing folder is not "a kind of file begrijpelijk cannot read": a name
    ending in '/' is a folder, a name with an extension a file, else either."""
    if os.path.lexists(name):
        return
    if name.endswith(("/", os.sep)):
        raise InputError(f"{name}: deze map bestaat niet. Controleer de naam.")
    if Path(name).suffix:
        raise InputError(f"{name}: dit bestand bestaat niet. Controleer de naam en de map.")
    raise InputError(f"{name}: deze map of dit bestand bestaat niet. Controleer de naam.")


def read_limited(path: Path, limit: int, what: str = "bestand") -> bytes:
    """The bytes of a regular file, at most ``limit`` of them. Raises InputError
    (in Dutch, naming the file) for a missing file, a folder, a device, no
    permission, or a file over the limit."""
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: dit {what} bestaat niet. Controleer de naam en de map.") from None
    except OSError as exc:
        raise InputError(f"{name}: dit {what} kan niet gelezen worden ({exc.strerror}). Controleer de naam en de rechten.") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: dit is een map, geen bestand. Noem een bestand in de map.")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp). Kies een gewoon bestand.")
    if info.st_size > limit:
        raise InputError(_too_big(name, limit))
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError:
        raise InputError(f"{name}: dit {what} mag niet gelezen worden. Controleer de rechten van het bestand.") from None
    except OSError as exc:
        raise InputError(f"{name}: dit {what} kan niet gelezen worden ({exc.strerror}).") from None
    if len(data) > limit:  # the file grew while we read it
        raise InputError(_too_big(name, limit))
    return data


def _too_big(name: str, limit: int) -> str:
    return (
        f"{name}: dit bestand is groter dan {_size(limit)} en is daarom geen brief. "
        "Controleer of u het goede bestand hebt gekozen, of splits de tekst op."
    )


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return f"{limit // 1024} kB"


def real_target(path: Path) -> Path:
    """Where a write to ``path`` really lands: through every symbolic link."""
    return Path(os.path.realpath(path))


def prepare_output(path: Path, overwrite: bool, flag: str = "--overwrite", suffixes: tuple[str, ...] = ()) -> Path:
    """Check that ``path`` may be written, before any work is done. Returns the
    real target (links followed). Raises InputError in Dutch when the folder
    is missing or not writable, the target is a folder or a device, the
    extension does not fit what is written, or the file exists and
    ``overwrite`` is off."""
    if is_stdout(path):
        return path
    name = str(path)
    target = real_target(path)
    if target.exists() or path.is_symlink():
        if target.is_dir():
            raise InputError(f"{name}: dit is een map. Geef een bestandsnaam, zoals {Path(name) / 'rapport'}{suffixes[0] if suffixes else ''}.")
        if target.exists() and not target.is_file():
            raise InputError(f"{name}: dit is geen gewoon bestand (maar bijvoorbeeld een apparaat). Kies een gewoon bestand, of gebruik - voor het scherm.")
        if target.exists() and not overwrite:
            raise InputError(f"{name}: dit bestand bestaat al. Gebruik {flag} om het te vervangen.")
        if target.exists() and not os.access(target, os.W_OK):
            raise InputError(f"{name}: dit bestand mag niet veranderd worden (alleen lezen). Controleer de rechten.")
    if suffixes and path.suffix.lower() not in suffixes:
        raise InputError(
            f"{name}: deze naam past niet bij wat begrijpelijk schrijft. "
            f"Gebruik een naam die eindigt op {' of '.join(x for x in suffixes if x)}."
        )
    folder = target.parent
    if not folder.exists():
        raise InputError(f"{name}: de map {path.parent} bestaat niet. Maak de map eerst, of kies een andere plek.")
    if not folder.is_dir():
        raise InputError(f"{name}: {path.parent} is geen map. Kies een andere plek.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{name}: in de map {path.parent} mag niet geschreven worden. Controleer de rechten, of kies een andere map.")
    return target


def write_atomic(path: Path, text: str, encoding: str = "utf8") -> None:
    """Write text to ``path`` in one go (see :func:`write_atomic_bytes`)."""
    write_atomic_bytes(path, text.encode(encoding))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the real target, then rename it into
    place. A symbolic link stays a link: its target gets the new content.
    ``-`` writes to standard output. Anything but a regular file is refused."""
    if is_stdout(path):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    name = str(path)
    target = real_target(Path(path))
    if target.exists() and not target.is_file():
        raise InputError(f"{name}: dit is geen gewoon bestand. begrijpelijk schrijft alleen naar gewone bestanden.")
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except FileNotFoundError:
        raise InputError(f"{name}: de map {Path(path).parent} bestaat niet. Maak de map eerst, of kies een andere plek.") from None
    except OSError:
        raise InputError(f"{name}: in de map {Path(path).parent} mag niet geschreven worden. Controleer de rechten, of kies een andere map.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            mode = target.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise InputError(f"{name}: dit bestand kon niet geschreven worden ({exc.strerror}). Er is niets veranderd.") from None
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
