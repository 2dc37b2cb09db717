"""The bulk restore of transactional tests (tests/rollback.py) gives back exactly what Django's own
restore does: the rows migrations made, every field of them, on each backend the suite runs on."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection

from tests import rollback

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def flush() -> None:
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)


def test_the_bulk_restore_gives_back_what_djangos_own_restore_does():
    creation = connection.creation
    saved = creation.serialize_db_to_string()
    assert '"model": "directory.region"' in saved and '"model": "workcalendar.calendarday"' in saved

    flush()
    assert creation.serialize_db_to_string() == "[]"
    rollback.deserialize_in_bulk(creation, saved)
    assert creation.serialize_db_to_string() == saved

    flush()
    rollback.DJANGOS_OWN(creation, saved)
    assert creation.serialize_db_to_string() == saved


def test_the_suite_restores_in_bulk():
    from django.db.backends.base.creation import BaseDatabaseCreation

    assert BaseDatabaseCreation.deserialize_db_from_string is rollback.deserialize_in_bulk
