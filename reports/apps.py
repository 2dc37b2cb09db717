import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reporting and analytics")

    def ready(self) -> None:
        from background import schedule
        from campaigns.signals import carried_over
        from reports import tasks
        from reports.services import contacts
        from reports.services.event_reports import recompute_after_year_entered
        from workcalendar.signals import official_year_entered

        # Weekly returns are due Monday 12:00 Shanghai: a reminder on Friday and Monday at 09:00
        # to units that have not filed, and one at 13:00 on Monday to those still missing.
        schedule.weekly("reports.weekly.due", tasks.remind_weekly_due, weekdays=(4, 0), at=dt.time(9))
        schedule.weekly(
            "reports.weekly.overdue", tasks.remind_weekly_overdue, weekdays=(0,), at=dt.time(13, 0)
        )
        carried_over.connect(contacts.carry_over, dispatch_uid="reports.contacts_carried_over")
        official_year_entered.connect(recompute_after_year_entered, dispatch_uid="reports.event_report_due")
