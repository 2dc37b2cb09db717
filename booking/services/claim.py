"""Taking a place and writing the registration, as one statement on PostgreSQL.

The registration's hot path (bench/booking.py). Elsewhere, and in the concurrency test's control
run, ``registrations`` does the same in a transaction of two ORM statements. Here the guarded
``UPDATE … SET taken = taken + 1 WHERE taken < capacity`` and the ``INSERT`` travel together
in a data-modifying CTE: one round trip instead of four (BEGIN, UPDATE, INSERT, COMMIT), the
event row is locked for the length of one statement, and if the insert fails (the student's
second tap hits the unique constraint) the whole statement, place included, is undone.

The column list comes from the model, so a new field with a default needs no change here."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Field
from django.utils import timezone

from accounts.models import User
from booking.models import Event, Registration


def claim_in_one_statement(
    event: Event, student: User, ticket_code: str, *, join_waitlist: bool
) -> Registration | None:
    """A confirmed registration if a place was free, else a waiting one when asked for, else None."""
    registration = Registration(
        event=event,
        student=student,
        status=Registration.Status.CONFIRMED,
        ticket_code=ticket_code,
        confirmed_at=timezone.now(),
    )
    sql, params = claim_sql(registration, join_waitlist)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    registration.pk, registration.status = row
    if registration.status != Registration.Status.CONFIRMED:
        registration.confirmed_at = None
    registration._state.adding, registration._state.db = False, connection.alias
    return registration


def quoted_column(field: Field[Any, Any]) -> str:
    """A concrete field's column, quoted (only relations without a column of their own lack one)."""
    if field.column is None:
        raise TypeError(f"{field} has no column")
    return connection.ops.quote_name(field.column)


def claim_sql(registration: Registration, join_waitlist: bool) -> tuple[str, list[Any]]:
    quote = connection.ops.quote_name
    fields = [field for field in Registration._meta.concrete_fields if not field.primary_key]
    columns, values, params = [], [], []
    for field in fields:
        columns.append(quoted_column(field))
        value = field.get_db_prep_save(field.pre_save(registration, add=True), connection)
        if field.name == "status":
            values.append("CASE WHEN p.placed THEN %s ELSE %s END")
            params += [Registration.Status.CONFIRMED, Registration.Status.WAITLISTED]
        elif field.name == "confirmed_at":
            values.append("CASE WHEN p.placed THEN %s END")
            params.append(value)
        else:
            values.append("%s")
            params.append(value)
    event_table, event_id = quote(Event._meta.db_table), quoted_column(Event._meta.get_field("id"))
    table, returning = quote(Registration._meta.db_table), quoted_column(Registration._meta.get_field("id"))
    # Only quoted model names are formatted in; every value is a parameter.
    sql = (
        f"WITH took AS (UPDATE {event_table} SET taken = taken + 1 "  # noqa: S608
        f"WHERE {event_id} = %s AND status = %s AND starts_at > %s AND taken < capacity RETURNING 1) "
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} FROM (SELECT EXISTS (SELECT 1 FROM took) AS placed) AS p "
        f"WHERE p.placed OR %s RETURNING {returning}, status"
    )
    head = [registration.event_id, Event.Status.APPROVED, timezone.now()]
    return sql, head + params + [join_waitlist]
