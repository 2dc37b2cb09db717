from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    name = "background"
    verbose_name = _("background work")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import datetime as dt

        from background import schedule, tasks

        schedule.weekly("background.prune", tasks.prune, weekdays=tuple(range(7)), at=dt.time(3, 30))
