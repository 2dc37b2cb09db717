"""Interviews and the recruiter's slots.

The last two operations are PostgreSQL's only: btree_gist (so ``recruiter_id WITH =`` can sit in a
GiST index) and the exclusion constraint that keeps a recruiter's booked slots from overlapping.
``BtreeGistExtension`` does nothing on other databases by itself; ``OnPostgreSQL`` keeps the
constraint in the migration state everywhere (so ``makemigrations`` sees no change) but creates
it only on PostgreSQL. On SQLite the booking service's check is the guard (``interviews.services``).
"""

import django.contrib.postgres.constraints
import django.contrib.postgres.fields.ranges
import django.db.models.deletion
from django.conf import settings
from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations, models

import interviews.models


class OnPostgreSQL(migrations.AddConstraint):
    """``AddConstraint`` that changes the database only on PostgreSQL."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("jobs", "0006_resume_sent_and_reads"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Interview",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "mode",
                    models.CharField(
                        choices=[("video", "Online video"), ("phone", "Phone"), ("onsite", "On site")],
                        default="video",
                        max_length=8,
                        verbose_name="how",
                    ),
                ),
                ("minutes", models.PositiveSmallIntegerField(default=30, verbose_name="length (minutes)")),
                ("venue", models.CharField(blank=True, max_length=100, verbose_name="venue")),
                ("address", models.CharField(blank=True, max_length=200, verbose_name="address")),
                ("note", models.CharField(blank=True, max_length=500, verbose_name="note to the applicant")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("invited", "Waiting for the applicant to choose a time"),
                            ("scheduled", "Interview time fixed"),
                            ("change", "Applicant asked for another time"),
                            ("cancelled", "Cancelled"),
                            ("held", "Held"),
                            ("no_show", "Applicant did not attend"),
                        ],
                        db_index=True,
                        default="invited",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                ("starts_at", models.DateTimeField(blank=True, null=True, verbose_name="starts")),
                ("ends_at", models.DateTimeField(blank=True, null=True, verbose_name="ends")),
                ("sequence", models.PositiveIntegerField(default=0, editable=False)),
                ("reason", models.CharField(blank=True, max_length=300, verbose_name="reason")),
                ("reminded_day_before", models.DateTimeField(blank=True, editable=False, null=True)),
                ("reminded_hour_before", models.DateTimeField(blank=True, editable=False, null=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "application",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="interviews",
                        to="jobs.application",
                    ),
                ),
                (
                    "changed_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "recruiter",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "interview",
                "verbose_name_plural": "interviews",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="Slot",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("starts_at", models.DateTimeField(verbose_name="starts")),
                ("ends_at", models.DateTimeField(verbose_name="ends")),
                ("booked", models.BooleanField(default=False)),
                (
                    "interview",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="slots",
                        to="interviews.interview",
                    ),
                ),
                (
                    "recruiter",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "interview slot",
                "verbose_name_plural": "interview slots",
                "ordering": ["starts_at", "id"],
            },
        ),
        migrations.AddConstraint(
            model_name="interview",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("ends_at__isnull", True), ("starts_at__isnull", True)),
                    models.Q(("ends_at__gt", models.F("starts_at")), ("starts_at__isnull", False)),
                    _connector="OR",
                ),
                name="interview_time_ordered",
            ),
        ),
        migrations.AddConstraint(
            model_name="interview",
            constraint=models.CheckConstraint(
                condition=models.Q(("minutes__gte", 5), ("minutes__lte", 480)), name="interview_minutes"
            ),
        ),
        migrations.AddIndex(
            model_name="slot",
            index=models.Index(fields=["recruiter", "booked", "starts_at"], name="interview_slot_diary"),
        ),
        migrations.AddConstraint(
            model_name="slot",
            constraint=models.CheckConstraint(
                condition=models.Q(("ends_at__gt", models.F("starts_at"))), name="interview_slot_ordered"
            ),
        ),
        BtreeGistExtension(),
        OnPostgreSQL(
            model_name="slot",
            constraint=django.contrib.postgres.constraints.ExclusionConstraint(
                condition=models.Q(("booked", True)),
                expressions=[
                    ("recruiter", "="),
                    (
                        interviews.models.TsTzRange(
                            "starts_at", "ends_at", django.contrib.postgres.fields.ranges.RangeBoundary()
                        ),
                        "&&",
                    ),
                ],
                name="interview_booked_slots_of_a_recruiter_never_overlap",
            ),
        ),
    ]
