"""The calendar is low level: booking and reports import it, never the other way round."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent
ALLOWED = {"workcalendar", "audit", "accounts", "events_server"}
PROJECT_APPS = {"booking", "reports", "livestream", "jobs", "frontend", "review", "qr", "campaigns"}
PROJECT_APPS |= {"directory"}


def imported_apps(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
    return found & (PROJECT_APPS | ALLOWED)


def test_workcalendar_imports_no_higher_app():
    sources = [p for p in APP.rglob("*.py") if "tests" not in p.parts]
    assert len(sources) > 5
    offending = {str(p.relative_to(APP)): imported_apps(p) - ALLOWED for p in sources}
    assert {name: apps for name, apps in offending.items() if apps} == {}
