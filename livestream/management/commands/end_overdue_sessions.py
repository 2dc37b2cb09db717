from django.core.management.base import BaseCommand

from livestream.services.sessions import end_overdue_sessions


class Command(BaseCommand):
    help = "End live sessions an hour past their planned end (run from cron every 10 minutes)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"ended {end_overdue_sessions()} overdue live session(s)")
