"""On PostgreSQL, no two confirmed bookings of one venue may overlap in time.

An exclusion constraint (btree_gist, half-open ranges so back-to-back bookings are fine).
SQLite has no such constraint: there the booking service's own check is the only guard."""

from django.db import migrations

CONSTRAINT = "approved_bookings_of_a_venue_never_overlap"
FORWARD = f"""
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE booking_event ADD CONSTRAINT {CONSTRAINT}
  EXCLUDE USING gist (venue_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status = 'approved' AND venue_id IS NOT NULL);
"""
BACKWARD = f"ALTER TABLE booking_event DROP CONSTRAINT {CONSTRAINT};"


class PostgresOnlySQL(migrations.RunSQL):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("booking", "0001_initial")]
    operations = [PostgresOnlySQL(FORWARD, BACKWARD)]
