"""Attachment 3 of every unit a user oversees for one week, as xlsx or csv, with progress.

    DEBUG=true .venv/bin/python manage.py export_attachment3 --user reviewer --week 2025-12-22 \\
        --format xlsx --output attachment-3.xlsx
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from campaigns.services import current_campaign
from events_server.errors import DomainError
from reports.services import returns, tasks
from reports.services.scope import oversees


class Command(BaseCommand):
    help = "Export Attachment 3 of every unit a department or administrator oversees for one week."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", required=True, help="username whose scope (region) is exported")
        parser.add_argument("--week", required=True, help="the week's Monday, YYYY-MM-DD")
        parser.add_argument("--format", choices=tasks.FORMATS, default="xlsx")
        parser.add_argument("--output", required=True, help="file to write")

    def handle(self, *args, **options) -> None:
        user = User.objects.filter(username=options["user"]).select_related("organisation__region").first()
        if user is None or not oversees(user):
            raise CommandError("give the username of a department reviewer or an administrator")
        campaign = current_campaign()
        if campaign is None:
            raise CommandError("no campaign")
        try:
            week = returns.parse_week(campaign, options["week"])
        except DomainError as error:
            raise CommandError(error.message) from error

        def progress(done: int, total: int) -> None:
            self.stderr.write(f"\r  {done}/{total} units", ending="")

        _name, content = tasks.week_summary(user, campaign, week, options["format"], progress)
        Path(options["output"]).write_bytes(content)
        self.stderr.write("")
        self.stdout.write(self.style.SUCCESS(f"Wrote {options['output']} ({len(content):,} bytes)"))
