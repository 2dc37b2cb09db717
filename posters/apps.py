from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PostersConfig(AppConfig):
    """Poster pages: the one part of links and codes that knows every kind of event."""

    name = "posters"
    verbose_name = _("Posters")
