"""Uploaded files: stored under a name the server chooses, served only as downloads.

A file's type is read from its first bytes, never from the name the uploader gave: a licence
called ``x.html`` that starts with ``%PDF-`` is stored as ``licences/<random>.pdf`` and served
as ``application/pdf``. Every file leaves through a view that checked who asks (see
``serve``), with ``Content-Disposition: attachment`` and ``X-Content-Type-Options: nosniff``,
so no uploaded byte is ever rendered as a page of the platform's origin. Files stored before
this (with the uploader's extension) are served with the type their bytes show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import IO, Any

from django.db import models
from django.db.models.fields.files import FieldFile
from django.http import FileResponse


@dataclass(frozen=True)
class FileType:
    extension: str
    content_type: str


PDF = FileType("pdf", "application/pdf")
JPEG = FileType("jpg", "image/jpeg")
PNG = FileType("png", "image/png")
UNKNOWN = FileType("bin", "application/octet-stream")
MAGIC: tuple[tuple[bytes, FileType], ...] = (
    (b"%PDF-", PDF),
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
)


def detect(file: IO[bytes] | Any) -> FileType:
    """The type the file's first bytes show (``UNKNOWN`` if none we accept); the position is kept."""
    position = file.tell()
    file.seek(0)
    head = file.read(8)
    file.seek(position)
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), UNKNOWN)


class TypedFieldFile(FieldFile):
    def save(self, name: str, content: Any, save: bool = True) -> None:
        """Whatever the uploader called it, the name handed to ``upload_to`` is ``upload.<ext>``
        with the extension of the type the content's bytes show."""
        super().save(f"upload.{detect(content).extension}", content, save)


class TypedFileField(models.FileField):
    """A FileField for uploads: see the module's docstring. Pair it with ``stored_name``."""

    attr_class = TypedFieldFile


def stored_name(folder: str, filename: str) -> str:
    """``folder/<random>.<ext>`` for ``upload_to``: the extension is kept only when it is one of the
    accepted types' (as ``TypedFieldFile`` sets it), else ``bin``."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    known = {kind.extension for _, kind in MAGIC}
    return f"{folder}/{uuid.uuid4().hex}.{extension if extension in known else UNKNOWN.extension}"


def serve(field_file: FieldFile, download_name: str) -> FileResponse:
    """The file as a download named ``download_name.<ext>``, typed from its bytes, never cached
    and never sniffed. Callers check role and ownership first."""
    handle = field_file.open("rb")
    kind = detect(handle)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{download_name}.{kind.extension}",
        content_type=kind.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
