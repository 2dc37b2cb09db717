"""Media workers from the command line: list them with their load and sessions, drain one before a
deploy (it takes no new sessions and hands its sessions over; clients follow by themselves), undo it."""

import time

from django.core.management.base import BaseCommand, CommandError

from livestream.media import placement


class Command(BaseCommand):
    help = "List media workers, or drain one (hand its live sessions to the others) before stopping it."

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["list", "drain", "undrain"])
        parser.add_argument("worker", nargs="?", default="")
        parser.add_argument(
            "--wait",
            type=int,
            default=0,
            help="with drain: wait up to this many seconds until it holds nothing",
        )

    def handle(self, *args, action: str, worker: str, wait: int, **options) -> None:
        if not placement.enabled():
            raise CommandError("No placement: set REDIS_URL (or MEDIA_PLACEMENT_REDIS_URL).")
        if action == "list":
            self.list()
            return
        if not worker:
            raise CommandError(f"{action}: which worker? (see `media_worker list`)")
        placement.drain(worker, on=action == "drain")
        self.stdout.write(f"{worker}: {'draining' if action == 'drain' else 'taking sessions again'}")
        deadline = time.monotonic() + wait
        while action == "drain" and wait:
            held = [s for s, w in placement.leases().items() if w == worker]
            if not held:
                self.stdout.write(f"{worker}: holds no session; it can be stopped")
                return
            if time.monotonic() > deadline:
                raise CommandError(f"{worker} still holds sessions {held} (no other worker to take them?)")
            time.sleep(0.5)

    def list(self) -> None:
        held = placement.leases()
        for worker in placement.workers().values():
            sessions = sorted(s for s, w in held.items() if w == worker.id)
            state = "draining" if worker.draining else "ready"
            self.stdout.write(
                f"{worker.id}\t{worker.url}\t{state}\tcpu {worker.cpu:.2f}\tsessions {sessions or '-'}"
            )
        lapsed = sorted(s for s, w in held.items() if not w)
        if lapsed:
            self.stdout.write(f"lapsed (being placed again): {lapsed}")
