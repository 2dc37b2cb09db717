from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Personal data")

    def ready(self) -> None:
        import datetime as dt

        from background import schedule
        from privacy import tasks

        schedule.weekly(
            "privacy.retention", tasks.apply_retention, weekdays=tuple(range(7)), at=dt.time(4, 0)
        )
