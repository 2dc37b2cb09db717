from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reporting and analytics")

    def ready(self) -> None:
        from reports.services.event_reports import recompute_after_year_entered
        from workcalendar.signals import official_year_entered

        official_year_entered.connect(recompute_after_year_entered, dispatch_uid="reports.event_report_due")
