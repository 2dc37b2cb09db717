from django.core.management.base import BaseCommand

from jobs.services import expire_overdue_jobs


class Command(BaseCommand):
    help = "Mark published postings whose closing date has passed as expired (run daily)."

    def handle(self, *args, **options) -> None:
        count = expire_overdue_jobs()
        self.stdout.write(f"{count} posting(s) expired.")
