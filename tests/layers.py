"""The layers of the product's apps, and the check that imports point down them.

An app may import apps of its own layer and of the layers below it, never one above. Every
import counts: at the top of a module or inside a function, ``import x`` or ``from x import y``.
Tests and benchmarks are outside the layers (they may use anything). docs/architecture.md draws
the same list; ``tests/test_layers.py`` runs the check on the tree.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Bottom first. Apps in one layer may import each other.
LAYERS: list[tuple[str, ...]] = [
    # the platform: settings helpers, errors, ids, cache, handler, metrics; the task queue
    ("events_server", "background"),
    ("audit", "directory"),  # the audit log; organisations, regions and reference data
    # users, roles, profiles; privacy notices, consent, and the registries of what each app
    # exports and erases about a person
    ("accounts", "privacy"),
    ("campaigns", "workcalendar", "notifications"),  # campaign and phases; working days; telling people
    ("qr",),  # codes, signed tokens, short links, link attribution
    (
        "jobs",
        "booking",
        "livestream",
        "review",
        "internships",
        "interviews",
        "messaging",
        "offers",
        "careers",
        "partners",
    ),  # the domain
    ("reports",),  # figures and returns over the whole domain
    ("posters", "frontend"),  # pages that know every kind of event: posters, the campaign zone
    ("demo",),  # the demo campaign: may use everything
    ("wiring",),  # the project's URL and socket routing, ASGI/WSGI entry points
]

# Modules of an app that belong to another layer than the app (longest prefix wins).
PLACED = {
    "events_server.urls": "wiring",
    "events_server.routing": "wiring",
    "events_server.asgi": "wiring",
    "events_server.wsgi": "wiring",
}

# Imports that run up a layer on purpose, each with the reason. The check fails when one of
# them no longer exists, so none outlives its cause.
ALLOWED: dict[tuple[str, str], str] = {
    ("accounts.views", "qr.attribution"): (
        "sign-up credits the link the visitor followed; to move once the sign-up views are reworked "
        "(a signal from accounts that qr listens to)"
    ),
}

OUTSIDE = {"tests", "bench", "docs", "deploy", "locale", "node_modules", "var"}

RANK = {app: rank for rank, layer in enumerate(LAYERS) for app in layer}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # what it imports, dotted
    line: int


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def product_sources(root: Path = ROOT) -> dict[str, str]:
    """Every product module's source, by dotted name (tests and benchmarks left out)."""
    sources = {}
    for package in sorted(root / name for name in _product_apps(root)):
        for path in sorted(package.rglob("*.py")):
            rel = path.relative_to(root).parts
            if "tests" in rel or path.name.startswith("test_") or path.name == "conftest.py":
                continue
            sources[module_name(path, root)] = path.read_text(encoding="utf-8")
    return sources


def imports(module: str, source: str) -> Iterable[Import]:
    package = module if module.count(".") == 0 else module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source, filename=module)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the importing package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # ``from qr import attribution`` imports the module qr.attribution
            for alias in node.names:
                yield Import(module, f"{target}.{alias.name}", node.lineno)


def layer_of(module: str) -> str | None:
    """The app (or placed part) a module belongs to; None for the standard library and packages."""
    parts = module.split(".")
    for size in range(len(parts), 0, -1):
        prefix = ".".join(parts[:size])
        if prefix in PLACED:
            return PLACED[prefix]
    return parts[0] if parts[0] in RANK or parts[0] in PRODUCT_APPS else None


def _product_apps(root: Path = ROOT) -> set[str]:
    return {p.name for p in root.iterdir() if (p / "__init__.py").exists() and p.name not in OUTSIDE}


PRODUCT_APPS = _product_apps()


def allowed(imp: Import, allowed_pairs: Mapping[tuple[str, str], str]) -> tuple[str, str] | None:
    for importer, target in allowed_pairs:
        if imp.module == importer and (imp.target == target or imp.target.startswith(target + ".")):
            return importer, target
    return None


def violations(
    sources: Mapping[str, str], allowed_pairs: Mapping[tuple[str, str], str] = ALLOWED
) -> tuple[list[str], set[tuple[str, str]]]:
    """(what breaks the layers, the allowed pairs that were used)."""
    found, used = [], set()
    for module, source in sources.items():
        here = layer_of(module)
        if here not in RANK:
            found.append(f"{module}: its app {here!r} is in no layer (add it to LAYERS)")
            continue
        for imp in imports(module, source):
            there = layer_of(imp.target)
            if there is None or there == here:
                continue
            if there not in RANK:
                found.append(f"{module}:{imp.line} imports {imp.target}, whose app is in no layer")
            elif RANK[there] > RANK[here]:
                if pair := allowed(imp, allowed_pairs):
                    used.add(pair)
                    continue
                found.append(
                    f"{module}:{imp.line} imports {imp.target}: {here} (layer {RANK[here]}) "
                    f"may not import {there} (layer {RANK[there]})"
                )
    return found, used
