"""Word letters (.docx), read with python-docx.

The Document's source has one line per non-empty Word paragraph: the body in
order (paragraphs and table cells), then headers and footers. A finding's line
is therefore the paragraph number; each paragraph also carries a label a
person can find in Word ("alinea 4", "tabel 1, rij 2, kolom 1", "koptekst").
"""
from __future__ import annotations

import io
import zipfile

from begrijpelijk.document import Document, Paragraph
from begrijpelijk.errors import InputError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# A Word letter is small. Before python-docx unpacks anything, every entry of
# the zip is checked against these limits, so a zip bomb is never inflated.
MAX_ENTRY_BYTES = 50 * 1024 * 1024  # one part of the package, unpacked
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts together, unpacked
MAX_RATIO = 200  # unpacked size / packed size of one entry (Word's XML packs about 5-20x)
MAX_ENTRIES = 5000


def check_zip(data: bytes, path: str) -> None:
    """Refuse a .docx whose zip entries would unpack too big (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(
            f"{path}: dit Word-bestand is beschadigd of is geen echt .docx-bestand. "
            "Open het in Word, sla het opnieuw op als .docx en probeer het nog eens."
        ) from exc
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"{path}: dit Word-bestand bestaat uit te veel onderdelen ({len(infos)}). Sla het opnieuw op als .docx en probeer het nog eens.")
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        ratio = size / max(info.compress_size, 1)
        if size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES or (size > 1024 * 1024 and ratio > MAX_RATIO):
            raise InputError(
                f"{path}: dit Word-bestand wordt uitgepakt veel te groot ({info.filename}) en wordt daarom niet gelezen. "
                "Sla de brief opnieuw op als .docx, of kopieer de tekst naar een nieuw document."
            )


def open_docx(data: bytes, path: str):
    """python-docx's Document for these bytes, after the zip check."""
    import docx  # python-docx; imported here so --help stays fast

    check_zip(data, path)
    return docx.Document(io.BytesIO(data))


def _open(data: bytes, path: str):
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE_MAGIC):
        raise InputError(
            f"{path}: dit Word-bestand is beveiligd met een wachtwoord of is een oud .doc-bestand. "
            "Haal de beveiliging weg of sla het op als .docx en probeer het opnieuw."
        )
    try:
        return open_docx(data, path)
    except InputError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            f"{path}: dit Word-bestand is beschadigd of is geen echt .docx-bestand. "
            "Open het in Word, sla het opnieuw op als .docx en probeer het nog eens."
        ) from exc
    except Exception as exc:  # lxml errors and other damage inside the package
        raise InputError(
            f"{path}: dit Word-bestand is beschadigd. Open het in Word, sla het opnieuw op en probeer het nog eens."
        ) from exc


def _kind(paragraph) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = style.lower()
    if lowered.startswith(("heading", "kop", "title", "titel")):
        return "kop"
    p_pr = paragraph._p.pPr
    if "list" in lowered or "lijst" in lowered or (p_pr is not None and p_pr.numPr is not None):
        return "lijst"
    return "alinea"


def _comment_ids(paragraph) -> list[str]:
    return [str(i) for i in paragraph._p.xpath(".//w:commentRangeStart/@w:id | .//w:commentReference/@w:id")]


def _suppression_comments(document) -> dict[str, str]:
    """Word comments that are begrijpelijk suppressions: id -> the rule ids text."""
    import re

    out: dict[str, str] = {}
    try:
        comments = list(document.comments)
    except Exception:  # a document without a comments part
        return out
    for comment in comments:
        m = re.match(r"\s*begrijpelijk:\s*negeer\b(.*)", comment.text or "", re.S)
        if m:
            out[str(comment.comment_id)] = m.group(1)
    return out


def _blocks(document):
    """(text, kind, label, paragraph) for every non-empty paragraph, in reading order."""
    from docx.table import Table

    body_count = 0
    table_count = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            table_count += 1
            seen = set()
            for r, row in enumerate(item.rows, start=1):
                for c, cell in enumerate(row.cells, start=1):
                    if id(cell._tc) in seen:
                        continue  # a merged cell appears once
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        if paragraph.text.strip():
                            yield paragraph.text, "tabel", f"tabel {table_count}, rij {r}, kolom {c}", paragraph
        else:
            if item.text.strip():
                body_count += 1
                yield item.text, _kind(item), f"alinea {body_count}", item
    seen_parts = set()
    for s, section in enumerate(document.sections, start=1):
        for name, part in (("koptekst", section.header), ("voettekst", section.footer)):
            if part.is_linked_to_previous and s > 1:
                continue
            key = id(part._element)
            if key in seen_parts:
                continue
            seen_parts.add(key)
            for paragraph in part.paragraphs:
                if paragraph.text.strip():
                    yield paragraph.text, name, name, paragraph


def read(data: bytes, path: str) -> Document:
    from begrijpelijk.suppressions import Suppression, _rules

    document = _open(data, path)
    wanted = _suppression_comments(document)
    lines: list[str] = []
    paragraphs: list[Paragraph] = []
    suppressions: list[Suppression] = []
    by_id: dict[str, Suppression] = {}
    pos = 0
    for text, kind, label, element in _blocks(document):
        if wanted:
            for comment_id in _comment_ids(element):
                if comment_id in wanted:
                    line = len(lines) + 1
                    if comment_id in by_id:  # a comment over several paragraphs
                        by_id[comment_id].last_line = line
                    else:
                        by_id[comment_id] = Suppression(_rules(wanted[comment_id]), line, line, pos, pos)
                        suppressions.append(by_id[comment_id])
        # soft line breaks and tabs inside a paragraph become spaces
        line = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
        stripped = line.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        body = stripped.strip()
        paragraph = Paragraph.contiguous(body, pos + lead, kind=kind, label=label)
        runs = [r for r in element.runs if r.text.strip()]
        if kind != "kop" and runs and all(r.bold or r.underline for r in runs):
            paragraph.shouted = True
        paragraphs.append(paragraph)
        lines.append(line)
        pos += len(line) + 1
    source = "\n".join(lines)
    return Document(path=path, source=source, paragraphs=paragraphs, format="docx", suppressions=suppressions)
