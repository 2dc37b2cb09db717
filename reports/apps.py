from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reporting and analytics")

    def ready(self) -> None:
        from campaigns.signals import carried_over
        from reports.services import contacts
        from reports.services.event_reports import recompute_after_year_entered
        from workcalendar.signals import official_year_entered

        carried_over.connect(contacts.carry_over, dispatch_uid="reports.contacts_carried_over")
        official_year_entered.connect(recompute_after_year_entered, dispatch_uid="reports.event_report_due")
