from django.core.management.base import BaseCommand

from demo.campaign import DEMO_PASSWORD, demo_accounts, load_demo


class Command(BaseCommand):
    help = (
        "Load (or refresh) the demo campaign: companies, jobs, universities, sessions, one account per role."
    )

    def handle(self, *args, **options) -> None:
        load_demo(progress=lambda step: self.stdout.write(f"  loading {step}…"))
        self.stdout.write(self.style.SUCCESS(f"Demo campaign ready. Accounts (password: {DEMO_PASSWORD}):"))
        for account in demo_accounts():
            self.stdout.write(f"  {account.username:<11} {account.note}")
