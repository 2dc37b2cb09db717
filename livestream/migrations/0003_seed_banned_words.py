"""A starting list of words the live chat and Q&A refuse; administrators extend it in admin."""

from django.db import migrations

WORDS = [
    "刷单",
    "日结兼职",
    "兼职日结",
    "裸聊",
    "博彩",
    "赌博",
    "代孕",
    "套路贷",
    "网贷",
    "傻逼",
    "操你",
    "fuck",
]


def seed(apps, schema_editor):
    BannedWord = apps.get_model("livestream", "BannedWord")
    for word in WORDS:
        BannedWord.objects.get_or_create(word=word)


def unseed(apps, schema_editor):
    apps.get_model("livestream", "BannedWord").objects.filter(word__in=WORDS).delete()


class Migration(migrations.Migration):
    dependencies = [("livestream", "0002_live_room")]
    operations = [migrations.RunPython(seed, unseed)]
