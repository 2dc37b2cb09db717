from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("notifications", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="kind",
            field=models.CharField(
                blank=True,
                help_text="What happened, as a dotted code such as booking.waitlist.",
                max_length=60,
                verbose_name="kind",
            ),
        ),
    ]
