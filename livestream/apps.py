from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LivestreamConfig(AppConfig):
    name = "livestream"
    verbose_name = _("Live sessions")

    def ready(self) -> None:
        from jobs.signals import publication_withdrawn
        from livestream.services.room import take_down_withdrawn_jobs

        publication_withdrawn.connect(take_down_withdrawn_jobs, dispatch_uid="livestream.take_down")
