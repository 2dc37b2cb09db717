from django.core.management.base import BaseCommand, CommandParser

from demo.campaign import DEMO_PASSWORD, demo_accounts


def live_room_lines(base: str) -> list[str]:
    from livestream.models import LiveSession

    live = LiveSession.objects.filter(state=LiveSession.State.LIVE).order_by("pk").first()
    if live is None:
        return []
    return [
        f"  Live room (直播带岗):      {base}/live/{live.pk}/",
        f"  Host console (recruiter): {base}/live/{live.pk}/host/",
    ]


class Command(BaseCommand):
    help = "Print where to go and how to log in; `make run` calls it before starting daphne."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", default="8000")

    def handle(self, *args, **options) -> None:
        base = f"http://127.0.0.1:{options['port']}"
        lines = [
            "",
            "山海有约 is starting.",
            f"  Campaign zone (活动专区):  {base}/",
            f"  Job search:               {base}/jobs/",
            f"  Recruiter console:        {base}/recruit/",
            *live_room_lines(base),
            f"  Career services (就业服务): {base}/careers/   (student: resume, diagnosis, mock interview)",
            f"  Attachment 1 (links, QR): {base}/links/   (university, department or admin account)",
            f"  Django admin:             {base}/admin/",
            f"  Health:                   {base}/healthz",
            "",
            f"Demo accounts (password {DEMO_PASSWORD}):",
            *(f"  {a.username:<11} {a.note}" for a in demo_accounts()),
            "",
            "Stop with Ctrl-C.",
            "",
        ]
        self.stdout.write("\n".join(lines))
