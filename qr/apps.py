from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QrConfig(AppConfig):
    name = "qr"
    verbose_name = _("Links and QR codes")

    def ready(self) -> None:
        from campaigns.signals import carried_over
        from qr.services import links

        carried_over.connect(links.carry_over, dispatch_uid="qr.links_carried_over")
