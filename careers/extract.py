"""The text of an uploaded resume: PDF (pypdf) or DOCX (python-docx), with its page count and
whether it carries a picture (a photo, most often)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

from events_server.errors import DomainError

MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Extracted:
    text: str
    pages: int | None
    has_photo: bool
    kind: str


def extract(data: bytes) -> Extracted:
    if len(data) > MAX_BYTES:
        raise DomainError(_("The file is larger than 5 MB."))
    if data.startswith(b"%PDF"):
        return _pdf(data)
    if data.startswith(b"PK") and _is_docx(data):
        return _docx(data)
    raise DomainError(_("Upload a PDF or a Word (.docx) file."))


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def _pdf(data: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DomainError(_("The PDF is protected by a password; upload one without it."))
        pages = reader.pages[:10]
        text = "\n".join(page.extract_text() or "" for page in pages)
        has_photo = False
        for page in pages:
            try:
                if page.images:
                    has_photo = True
                    break
            except Exception:
                has_photo = True
                break
        count = len(reader.pages)
    except DomainError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise DomainError(_("This PDF could not be read.")) from error
    if not text.strip():
        raise DomainError(_("No text could be read from this PDF (a scan?). Upload the original file."))
    return Extracted(text, count, has_photo, "pdf")


def _docx(data: bytes) -> Extracted:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:
        raise DomainError(_("This Word file could not be read.")) from error
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    has_photo = bool(document.inline_shapes) or any(
        "image" in rel.reltype for rel in document.part.rels.values()
    )
    return Extracted("\n".join(lines), None, has_photo, "docx")
