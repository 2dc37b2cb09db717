from django.db import migrations


def seed(apps, schema_editor):
    from review.seed_rules import RULES

    Rule = apps.get_model("review", "Rule")
    for rule in RULES:
        Rule.objects.update_or_create(
            code=rule["code"], defaults={k: v for k, v in rule.items() if k != "code"}
        )


class Migration(migrations.Migration):
    dependencies = [("review", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
