"""Instructions per registration, counted by valgrind's callgrind: a figure the machine's drift
does not move.

bench/booking.py measures registrations per second, which on a shared 2-core machine drifts by
±25 % within the hour. This counts the CPU instructions of the same request instead, in one
process: 200 registrations sent straight to the ASGI application (handler, middleware, view,
service, the psycopg and Redis clients), each for a different student and visit, with the
servers' production settings on PostgreSQL and Redis. Daphne's own HTTP handling, PostgreSQL
and Redis are not counted. Repeated runs of the same code give the same count to within 0.5 %.

.venv/bin/python bench/booking_instructions.py [--server postgres://postgres@127.0.0.1:5432]
Needs valgrind (Debian: apt-get install valgrind); takes about a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import booking  # noqa: E402

COUNTED = 200
WARM_UP = 50
BODY = ("waitlist=1&csrfmiddlewaretoken=" + "b" * 32).encode()


def prepare(server_url: str) -> tuple[str, list[tuple[int, str]]]:
    """A fresh benchmark database with visits and logged-in students; (its URL, the jobs)."""
    database_url = booking.fresh_database(server_url)
    booking.configure(database_url)
    visits, _hots, sessions = booking.create_world(COUNTED + WARM_UP, (COUNTED + WARM_UP) // 10)
    return database_url, [(visits[i // 10].pk, sessions[i]) for i in range(COUNTED + WARM_UP)]


def scope(event_id: int, session: str) -> dict:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": f"/events/{event_id}/register/",
        "raw_path": b"",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"content-length", str(len(BODY)).encode()),
            (b"cookie", f"sessionid={session}; csrftoken={'b' * 32}".encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }


async def register(application, event_id: int, session: str) -> int:
    """One registration straight through the ASGI application; its status."""
    sent: list[dict] = []
    arrived = asyncio.Event()

    async def receive() -> dict:
        if not arrived.is_set():
            arrived.set()
            return {"type": "http.request", "body": BODY, "more_body": False}
        await asyncio.Event().wait()  # the client never leaves
        return {}

    async def send(message: dict) -> None:
        sent.append(message)

    await application(scope(event_id, session), receive, send)
    return sent[0]["status"]


def child(jobs: list[tuple[int, str]]) -> None:
    """Runs under callgrind with instrumentation off until the warm-up is done."""
    from events_server.asgi import application

    def instrument(state: str) -> None:
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True, check=True)  # noqa: S603, S607

    async def main() -> None:
        for event_id, session in jobs[:WARM_UP]:
            assert await register(application, event_id, session) == 302
        instrument("on")
        statuses = [await register(application, event_id, session) for event_id, session in jobs[WARM_UP:]]
        instrument("off")
        assert statuses == [302] * COUNTED, statuses

    asyncio.run(main())


def valgrind() -> str:
    path = shutil.which("valgrind")
    if path is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    return path


def count(database_url: str, jobs: list[tuple[int, str]]) -> int:
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory) / "callgrind.out"
        jobs_file = Path(directory) / "jobs"
        jobs_file.write_text("\n".join(f"{event_id} {session}" for event_id, session in jobs))
        result = subprocess.run(  # noqa: S603 - our own command line
            [
                valgrind(),
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                str(jobs_file),
            ],
            env=booking.server_environment(database_url),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        collected = re.search(r"Collected : (\d+)", result.stderr)
        if not collected:
            raise RuntimeError(result.stderr[-2000:])
        return int(collected.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        lines = Path(args.child).read_text().splitlines()
        child([(int(line.split()[0]), line.split()[1]) for line in lines])
        return
    from bench._machine import describe_machine

    print(f"setting up {COUNTED + WARM_UP} students and their visits…", flush=True)
    database_url, jobs = prepare(args.server)
    instructions = count(database_url, jobs)
    print(
        f"{instructions / COUNTED / 1e6:.2f} M instructions per registration (callgrind, {COUNTED} counted)"
    )
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
