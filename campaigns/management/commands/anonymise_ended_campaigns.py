"""``manage.py anonymise_ended_campaigns [--dry-run]``: the retention run of ended campaigns."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from campaigns import retention


class Command(BaseCommand):
    help = (
        "Anonymise the personal data of campaigns that ended more than CAMPAIGN_RETENTION_DAYS ago "
        "and pseudonymise contacts in older audit entries. Idempotent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Count what would change; change nothing.")

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        report = retention.anonymise_ended_campaigns(dry_run=dry_run)
        verb = "would change" if dry_run else "changed"
        self.stdout.write(f"campaigns ended before {report.cutoff:%Y-%m-%d}: {len(report.campaigns)}")
        for slug, counts in report.campaigns.items():
            listed = (
                ", ".join(f"{what}={n}" for what, n in counts.items() if n) or "nothing (already anonymous)"
            )
            self.stdout.write(f"  {slug}: {verb} {listed}")
        self.stdout.write(f"audit entries: {verb} {report.audit_entries}")
        self.stdout.write(f"total: {verb} {report.changed}")
