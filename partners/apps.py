from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Partner platforms"

    def ready(self) -> None:
        from partners import receivers  # noqa: F401 - connects the webhook receivers
