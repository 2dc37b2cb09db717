from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo campaign and its loader: the top of the house, free to use every app below it."""

    name = "demo"
    verbose_name = _("Demo")
