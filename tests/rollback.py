"""A faster restore for transactional tests (``serialized_rollback=True``).

At the start of such a test Django reloads what migrations had put in the database (regions, the
working calendar, permissions, content types: about 1,700 rows) with one ``save()`` per row, an
UPDATE then an INSERT: 0.5-3 s a test on PostgreSQL (more on a loaded machine), 0.3-1 s on SQLite,
for some 180 tests. :func:`deserialize_in_bulk` reloads the same rows with one ``bulk_create`` per
model (an upsert, like ``save()``: rows already there are updated) in the same transaction, with
the same constraint check at the end. A model whose rows cannot be bulk-created as they are (with
save signals' receivers, ``auto_now`` fields, many-to-many data, deferred fields or a parent table)
goes through Django's ``save()`` as before. ``tests/test_rollback.py`` checks that the restored
database serialises to exactly what was saved, on each backend the suite runs on.
"""

from __future__ import annotations

from collections import defaultdict
from io import StringIO
from typing import Any

from django.core import serializers
from django.db.backends.base.creation import BaseDatabaseCreation
from django.db.models import signals
from django.db.transaction import atomic

DJANGOS_OWN = BaseDatabaseCreation.deserialize_db_from_string


def _bulk_ready(model: Any, rows: list[Any]) -> bool:
    if model._meta.parents or any(
        signal.has_listeners(model) for signal in (signals.pre_save, signals.post_save)
    ):
        return False
    # A bulk insert stamps auto_now(_add) fields with the time; a raw save() keeps the saved value.
    if any(
        getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
        for field in model._meta.concrete_fields
    ):
        return False
    return not any(row.m2m_data or row.deferred_fields for row in rows)


def _upsert(model: Any, objects: list[Any], alias: str) -> None:
    """Insert the rows, or update the ones already there, as ``save()`` does (a transactional test
    that follows ordinary tests finds the migrations' rows still in place)."""
    pk = model._meta.pk
    fields = [f.name for f in model._meta.concrete_fields if f is not pk]
    manager = model._base_manager.using(alias)
    if fields:
        manager.bulk_create(objects, update_conflicts=True, unique_fields=[pk.name], update_fields=fields)
    else:
        manager.bulk_create(objects, ignore_conflicts=True)


def deserialize_in_bulk(self: BaseDatabaseCreation, data: str) -> None:
    """``BaseDatabaseCreation.deserialize_db_from_string`` with one ``bulk_create`` per model."""
    alias = self.connection.alias
    by_model: dict[type, list[Any]] = defaultdict(list)
    with atomic(using=alias):
        with self.connection.constraint_checks_disabled():
            for row in serializers.deserialize("json", StringIO(data), using=alias):
                by_model[type(row.object)].append(row)
            for model, rows in by_model.items():
                if _bulk_ready(model, rows):
                    _upsert(model, [row.object for row in rows], alias)
                else:
                    for row in rows:
                        row.save(using=alias)
        self.connection.check_constraints(table_names={model._meta.db_table for model in by_model})  # type: ignore[attr-defined]


def install() -> None:
    BaseDatabaseCreation.deserialize_db_from_string = deserialize_in_bulk  # type: ignore[method-assign]


def uninstall() -> None:
    BaseDatabaseCreation.deserialize_db_from_string = DJANGOS_OWN  # type: ignore[method-assign]
