from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self) -> None:
        import datetime as dt

        from background import schedule
        from campaigns import tasks

        schedule.weekly(
            "campaigns.retention",
            tasks.anonymise_ended_campaigns,
            weekdays=tuple(range(7)),
            at=dt.time(4, 30),
        )
