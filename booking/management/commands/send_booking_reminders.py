from django.core.management.base import BaseCommand

from booking.services.checkin import mark_no_shows
from booking.services.reminders import send_reminders


class Command(BaseCommand):
    help = "Remind students of tomorrow's events and mark no-shows of finished ones (cron, hourly)."

    def handle(self, *args, **options) -> None:
        reminded = send_reminders()
        no_shows = mark_no_shows()
        self.stdout.write(f"reminders sent: {reminded}; no-shows marked: {no_shows}")
