"""Printed by `make run` before daphne starts: where to go and how to log in."""

import sys

from campaigns.demo import DEMO_ACCOUNTS, DEMO_PASSWORD


def main(port: str) -> None:
    base = f"http://127.0.0.1:{port}"
    lines = [
        "",
        "山海有约 is starting.",
        f"  Campaign zone (活动专区):  {base}/",
        f"  Job search:               {base}/jobs/",
        f"  Recruiter console:        {base}/recruit/",
        f"  Django admin:             {base}/admin/",
        f"  Health:                   {base}/healthz",
        "",
        f"Demo accounts (password {DEMO_PASSWORD}):",
        *(f"  {a.username:<11} {a.note}" for a in DEMO_ACCOUNTS),
        "",
        "Stop with Ctrl-C.",
        "",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "events_server.settings")
    django.setup()
    main(sys.argv[1] if len(sys.argv) > 1 else "8000")
