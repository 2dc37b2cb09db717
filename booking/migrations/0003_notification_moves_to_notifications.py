from django.db import migrations


class Migration(migrations.Migration):
    """Notifications move to their own app; the table and its rows stay (notifications 0001)."""

    dependencies = [("booking", "0002_approved_bookings_never_overlap")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Notification")],
            database_operations=[],
        )
    ]
