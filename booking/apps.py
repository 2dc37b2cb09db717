from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = _("Campus sessions, visits and fairs")

    def ready(self) -> None:
        from booking.services.rules import revisit_requests_after_year_entered
        from workcalendar.signals import official_year_entered

        official_year_entered.connect(
            revisit_requests_after_year_entered, dispatch_uid="booking.request_window"
        )
