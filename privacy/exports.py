"""Export of everything kept about a person: a zip of JSON documents plus their files.

Each app says what it keeps about a person in its own ``personal_data.py`` module, calling
``register(name, exporter)``; ``privacy`` finds those modules with Django's
``autodiscover_modules`` and never imports the apps itself (layering stays one way).
An exporter returns a ``Section``: JSON-able data and the stored files that belong to it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from django.core.files.base import File
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules


@dataclass
class Section:
    data: Any
    files: list[tuple[str, File]] = field(default_factory=list)  # (name inside the zip, stored file)


Exporter = Callable[[Any], Section]
_exporters: dict[str, Exporter] = {}
_discovered = False


def register(name: str, exporter: Exporter) -> None:
    _exporters[name] = exporter


def exporters() -> dict[str, Exporter]:
    global _discovered
    if not _discovered:
        autodiscover_modules("personal_data")
        _discovered = True
    return dict(sorted(_exporters.items()))


def plain(value: Any) -> Any:
    """A JSON-able form of a model field's value."""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, Model):
        return str(value)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a FieldFile
        return value.name or ""
    return value


def rows(queryset: QuerySet[Any] | Iterable[Model], fields: list[str]) -> list[dict[str, Any]]:
    """Each object as a dict of ``fields`` (``a__b`` follows relations)."""
    out = []
    for obj in queryset:
        row = {}
        for name in fields:
            value: Any = obj
            for part in name.split("__"):
                value = getattr(value, part, None) if value is not None else None
            row[name] = plain(value)
        out.append(row)
    return out


def write_zip(user: Any, out: IO[bytes]) -> list[str]:
    """Write the person's export to ``out``; returns the names written."""
    names = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest = {"generated_at": plain(timezone.now()), "account": user.get_username(), "sections": []}
        for name, exporter in exporters().items():
            section = exporter(user)
            archive.writestr(f"{name}.json", json.dumps(section.data, ensure_ascii=False, indent=2))
            names.append(f"{name}.json")
            manifest["sections"].append(name)
            for arcname, stored in section.files:
                path = f"files/{arcname}"
                with stored.open("rb") as source, archive.open(path, "w") as target:
                    for chunk in iter(functools.partial(source.read, 64 * 1024), b""):
                        target.write(chunk)
                names.append(path)
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        names.append("manifest.json")
    return names


def export_file(user: Any) -> IO[bytes]:
    """The export in a temporary file (in memory up to 5 MB, then on disk), rewound."""
    spool = tempfile.SpooledTemporaryFile(max_size=5 * 1024 * 1024)  # noqa: SIM115 - handed to FileResponse
    write_zip(user, spool)
    spool.seek(0)
    return spool


def _consents(user: Any) -> Section:
    from privacy.models import Consent

    found = Consent.objects.filter(user=user).select_related("notice").order_by("given_at")
    return Section(rows(found, ["kind", "notice__version", "given_at", "withdrawn_at"]))


register("consents", _consents)
