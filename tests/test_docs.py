"""The documentation cites only what the repository has: every file path in README.md and
docs/*.md exists, and every dotted Python name (``jobs.services.apply``, ``accounts.User``) that
starts with one of our modules resolves."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# `a/b.py`, `a/b/`, `a/*.py` in backticks, and relative markdown links [x](path).
CODE_PATH = re.compile(r"`([A-Za-z0-9_.\-]+(?:/[A-Za-z0-9_.\-*]+)+/?)(?::[\w.]+)?`")
LINK = re.compile(r"\]\(((?!https?:|#|/|mailto:)[^)\s#]+)")
DOTTED = re.compile(r"`([a-z_]+(?:\.[A-Za-z_][A-Za-z0-9_]*){1,4})(?:\(\))?`")
# Placeholders an operator fills in, not paths in the repository.
NOT_PATHS = {"MEDIA_ROOT/reports/"}


def cited_paths(document: Path) -> list[tuple[str, Path]]:
    text = document.read_text(encoding="utf-8")
    found = [(m, ROOT) for m in CODE_PATH.findall(text) if m not in NOT_PATHS]
    found += [(m, document.parent) for m in LINK.findall(text)]
    return found


def exists(path: str, base: Path) -> bool:
    if "*" in path:
        return any(base.glob(path)) or any(ROOT.glob(path))
    return (base / path).exists() or (ROOT / path).exists()


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_cited_file_exists(document):
    missing = [path for path, base in cited_paths(document) if not exists(path, base)]
    assert missing == []


def resolves(name: str) -> bool | None:
    """True or False for a name in one of our apps' modules or models; None when the name is not
    Python (an audit code such as ``review.posting.approved``, a socket message type)."""
    parts = name.split(".")
    local = {config.name for config in apps.get_app_configs() if (ROOT / config.name).is_dir()}
    if parts[0] not in local:
        return None
    if len(parts) >= 2 and parts[1][:1].isupper():  # app.Model or app.Model.field
        try:
            model = apps.get_model(parts[0], parts[1])
        except LookupError:
            return False
        return len(parts) == 2 or any(f.name == parts[2] for f in model._meta.get_fields())
    for split in range(len(parts), 1, -1):  # the longest importable module, then attributes
        module_name = ".".join(parts[:split])
        if (
            not (ROOT / Path(*parts[:split])).with_suffix(".py").exists()
            and not (ROOT / Path(*parts[:split])).is_dir()
        ):
            continue
        target: object = importlib.import_module(module_name)
        for attribute in parts[split:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return None


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_cited_python_name_exists(document):
    names = set(DOTTED.findall(document.read_text(encoding="utf-8")))
    assert sorted(name for name in names if resolves(name) is False) == []
