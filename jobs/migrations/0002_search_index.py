"""A GIN index on the search tokens, on PostgreSQL only (SQLite has no GIN)."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS job_search_tokens_gin "
    "ON jobs_jobposting USING gin (search_tokens jsonb_path_ops)"
)
DROP = "DROP INDEX IF EXISTS job_search_tokens_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_initial")]
    operations = [migrations.RunPython(create_index, drop_index)]
