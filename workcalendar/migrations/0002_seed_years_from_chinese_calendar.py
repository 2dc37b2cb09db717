"""Seed 2004-2026 from chinese-calendar 1.11.0 so that a fresh ``migrate`` has the official data.

Later years are entered by an administrator from the State Council notice (see docs/operations.md)."""

from django.db import migrations

NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}
LAST_SEEDED_YEAR = 2026


def seed(apps, schema_editor):
    from chinese_calendar.constants import holidays, workdays

    CalendarYear = apps.get_model("workcalendar", "CalendarYear")
    CalendarDay = apps.get_model("workcalendar", "CalendarDay")
    days = [(day, "holiday", name) for day, name in holidays.items()]
    days += [(day, "working", name) for day, name in workdays.items()]
    days = [entry for entry in days if entry[0].year <= LAST_SEEDED_YEAR]
    years = sorted({day.year for day, _, _ in days})
    CalendarYear.objects.bulk_create([CalendarYear(year=year, source="package") for year in years])
    CalendarDay.objects.bulk_create(
        [
            CalendarDay(date=day, kind=kind, name=NAMES.get(name, name)[:60], year_id=day.year)
            for day, kind, name in sorted(days)
        ]
    )


def unseed(apps, schema_editor):
    apps.get_model("workcalendar", "CalendarYear").objects.filter(source="package").delete()


class Migration(migrations.Migration):
    dependencies = [("workcalendar", "0001_calendar_years_and_days")]

    operations = [migrations.RunPython(seed, unseed)]
