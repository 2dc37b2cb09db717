from django.core.management.base import BaseCommand, CommandParser

from jobs.models import Application
from jobs.sources import unvouched_applications


class Command(BaseCommand):
    help = (
        "Count as from the zone the live-session credits that no room application backs "
        "(made before sources were vouched for, from a form field or a query string). "
        "Filed event reports keep their frozen figures."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="only say how many there are")

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        found = unvouched_applications()
        if dry_run:
            self.stdout.write(f"{found.count()} unvouched live credit(s); nothing changed.")
            return
        count = found.update(source=Application.Source.ZONE, source_ref="")
        self.stdout.write(f"{count} unvouched live credit(s) now count as from the zone.")
