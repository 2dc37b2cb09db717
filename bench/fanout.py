"""Benchmark: live-room fan-out over real WebSockets, daphne vs uvicorn, one process each.

For each server (one process serving ``events_server.asgi:application`` with Redis as the
room backend and PostgreSQL ``shanhai_bench``, created and migrated if missing) it runs:

1. 1,000 viewers x 10 chat messages/s for 20 s: p50/p99 delivery latency, share
   delivered, server CPU (% of one core over the sending window) and RSS
   (targets: p99 <= 100 ms, nothing lost);
2. 5,000 viewers connected and idle: server RSS per connection (target <= 60 KB);
3. the same 5,000 viewers x 1 message/s for 20 s (target p99 <= 250 ms);
4. the same 5,000 viewers x 100 chat messages/s, plus a question every 0.5 s and a pinned
   card every 2 s (target: p99 <= 250 ms for what is delivered, server <= 1 core, every
   question and card reaches every viewer; viewers get a sample of the chat above
   LIVE_ROOM_CHAT_SAMPLE_RATE and the sample fraction is reported);
5. the server's bare ASGI send loop (``bench/_bare_asgi.py``: no Django, no hub) to 1,000
   sockets, as frames per CPU second, beside which each scenario's deliveries per core
   (events reaching viewers, each event inside a coalesced frame counted) are reported.

``--hog`` runs ``python3 -c "while True: pass"`` beside everything (a CPU-bound neighbour).

Messages are published the way the app does (``RedisBackend.publish``) from this process,
each carrying its send time in ns; viewers run in separate client processes
(``bench/_fanout_client.py``: plain sockets and a minimal RFC 6455 reader, no WebSocket
library) on the SAME machine, so server, clients and Redis share its cores. Latency = the
kernel's receive timestamp of the frame at the viewer's socket (``SO_TIMESTAMPNS``) - send
time, one clock: when the frame reached the viewer, as a phone would see it over a perfect
network, not when one client process standing in for thousands of phones got round to it
(that later figure is printed too, "read by the client process"). Where a read holds several
frames the stamp is the newest one's, so earlier frames count late, never early.
Scenario 2 runs first on the fresh server (RSS before any connection) and scenario 3
reuses its 5,000 sockets; scenario 1 comes last on new sockets. Sockets open 200 at a
time; each counts only once its snapshot arrived. Each window is preceded by a short
unmeasured warm-up.

Servers run in production mode over plain local HTTP (DEBUG=false, a non-default
SECRET_KEY, SECURE_SSL_REDIRECT=false, ALLOWED_HOSTS=127.0.0.1,localhost), without access
logs: daphne ``-v 0``; uvicorn ``--no-access-log --log-level warning`` with its default
``--ws auto`` (websockets-sansio). Viewers do not offer permessage-deflate unless
``--deflate`` (browsers do; uvicorn accepts it, daphne never does). Their output goes to
/tmp/fanout-<server>-<run>.log.

uvicorn runs with ``--loop auto`` (uvloop, pinned, as in production; ``BENCH_UVICORN_LOOP=asyncio``
for the standard library's loop) and the client process on uvloop too (``BENCH_CLIENT_LOOP``).

One client process is the default: on 2 cores a second one competes with the server
during each burst, and one process keeps up (it spends less CPU per frame than the server).
``--clients 2`` is there to check.

    .venv/bin/python bench/fanout.py [--quick] [--servers daphne,uvicorn] [--clients 1] [--hog]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DB = os.environ.get("BENCH_DB", "shanhai_bench")
VENV_BIN = Path(sys.executable).parent
SESSION_TITLE = "bench fanout room"
RUN_ID = f"{os.getpid()}-{secrets.token_hex(3)}"
PREFIX = f"bench:fanout:{RUN_ID}"
SECRET = "bench-fanout-only-secret-key-" + "x7Qp2mZr9LwK4vN8" * 3


# --- setup -----------------------------------------------------------------------------------


def raise_file_limit() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def ensure_database(server_url: str) -> str:
    import psycopg

    with psycopg.connect(server_url + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
    return f"{server_url}/{BENCH_DB}"


def server_env(database_url: str, redis_url: str) -> dict[str, str]:
    """What this process and the servers share: production mode over plain local HTTP."""
    return {
        "DJANGO_SETTINGS_MODULE": "events_server.settings",
        "DEBUG": "false",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "LIVE_ROOM_PREFIX": PREFIX,
        "LIVE_ROOM_TTL": "3600",
        "LIVE_ROOM_SOCKETS_PER_ADDRESS": "100000",  # every bench client comes from 127.0.0.1
        "CACHE_PREFIX": f"bench-fanout-{RUN_ID}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",  # plain http here; TLS is nginx's job in production
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "PYTHONPATH": str(ROOT),
    }


def configure(env: dict[str, str]) -> None:
    os.environ.update(env)
    import django

    django.setup()


def ensure_session() -> int:
    """A live session of a verified company in the bench database (reused when present)."""
    import datetime as dt

    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from livestream.models import LiveSession
    from tests.factories import make_campaign, make_company, make_recruiter

    session = LiveSession.objects.filter(title=SESSION_TITLE).order_by("pk").first()
    now = timezone.now()
    if session is None:
        from accounts.models import User

        company = make_company(name="山海压测科技有限公司")
        if not User.objects.filter(username="bench-fanout-host").exists():
            make_recruiter(company, username="bench-fanout-host")
        session = LiveSession.objects.create(
            campaign=make_campaign(),
            company=company,
            title=SESSION_TITLE,
            starts_at=now - dt.timedelta(minutes=5),
            ends_at=now + dt.timedelta(days=3650),
            state=LiveSession.State.LIVE,
        )
    elif session.state != LiveSession.State.LIVE or session.login_to_watch:
        session.state, session.login_to_watch = LiveSession.State.LIVE, False
        session.ends_at = max(session.ends_at, now + dt.timedelta(days=1))
        session.save(update_fields=["state", "login_to_watch", "ends_at"])
    return session.pk


def free_port() -> int:
    """A free port, from ``BENCH_PORTS`` (e.g. ``18300-18399``) when set."""
    first, _, last = os.environ.get("BENCH_PORTS", "0-0").partition("-")
    for port in range(int(first), int(last) + 1):
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.bind(("127.0.0.1", port))
            if port:
                return port
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- the server under test -------------------------------------------------------------------


class Server:
    def __init__(self, kind: str, env: dict[str, str], app: str = "events_server.asgi:application") -> None:
        self.kind, self.port = kind, free_port()
        self.log = Path(f"/tmp/fanout-{kind}-{RUN_ID}-{app.split('.')[0]}.log")  # noqa: S108 - a bench log
        if kind == "daphne":
            # -v 0: no access log (daphne writes one line per connection to stdout at -v 1);
            # started without click, as requirements.txt installs it (see _daphne_production.py)
            daphne = [str(VENV_BIN / "python"), str(Path(__file__).with_name("_daphne_production.py"))]
            self.command = [*daphne, "-b", "127.0.0.1", "-p", str(self.port), "-v", "0", app]
        else:
            # --ws auto picks websockets-sansio; per-message deflate off (daphne never offers it)
            self.command = [
                str(VENV_BIN / "uvicorn"),
                app,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                "--no-access-log",
                "--lifespan",
                "off",
                "--loop",
                os.environ.get("BENCH_UVICORN_LOOP", "auto"),
            ]
        profile = os.environ.get("FANOUT_PROFILE")  # a directory: run the server under cProfile
        if profile:
            script = self.command[1] if kind == "daphne" else self.command[0]
            rest = self.command[2:] if kind == "daphne" else self.command[1:]
            self.profile = f"{profile}/{kind}-{app.split('.')[0]}.prof"
            self.command = [sys.executable, "-m", "cProfile", "-o", self.profile, script, *rest]
        self.env = {**os.environ, **env}
        self.process: subprocess.Popen[bytes] | None = None
        self.ps: psutil.Process | None = None

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own command line
                self.command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        self.ps = psutil.Process(self.process.pid)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.http + "/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"{self.kind} exited: {self.log.read_text()[-2000:]}") from None
            time.sleep(0.2)
        raise RuntimeError(f"{self.kind} did not answer /healthz: {self.log.read_text()[-2000:]}")

    def cpu_seconds(self) -> float:
        times = self.ps.cpu_times()
        return times.user + times.system

    def rss(self) -> int:
        return self.ps.memory_info().rss

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_problems(self) -> list[str]:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        words = ("Traceback", "Error", "ERROR", "WARNING", "Exception", "exception", "refused")
        return [line for line in text.splitlines() if any(w in line for w in words)]


# --- viewer client processes -----------------------------------------------------------------


class ClientPool:
    """``n`` processes running ``bench/_fanout_client.py``, driven by JSON lines."""

    def __init__(self, n: int) -> None:
        script = Path(__file__).with_name("_fanout_client.py")
        self.logs = [Path(f"/tmp/fanout-client{i}-{RUN_ID}.log") for i in range(n)]  # noqa: S108
        self.procs = []
        for log_path in self.logs:
            with log_path.open("wb") as log:
                self.procs.append(
                    subprocess.Popen(  # noqa: S603 - our own script
                        [sys.executable, str(script)],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        stderr=log,
                        cwd=ROOT,
                    )
                )
        self.ps = [psutil.Process(p.pid) for p in self.procs]

    def call(self, commands: list[dict]) -> list[dict]:
        for proc, command in zip(self.procs, commands, strict=True):
            proc.stdin.write(json.dumps(command).encode() + b"\n")
            proc.stdin.flush()
        replies = []
        for proc, log in zip(self.procs, self.logs, strict=True):
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"client process died: {log.read_text()[-2000:]}")
            reply = json.loads(line)
            if "error" in reply:
                raise RuntimeError(f"client error: {reply['error']}")
            replies.append(reply)
        return replies

    def all(self, command: dict) -> list[dict]:
        return self.call([command] * len(self.procs))

    def connect(self, server: Server, session_id: int, count: int, batch: int, deflate: bool) -> dict:
        n = len(self.procs)
        shares = [count // n + (1 if i < count % n else 0) for i in range(n)]
        url = f"ws://127.0.0.1:{server.port}/ws/live/{session_id}/"
        commands = [
            {
                "cmd": "connect",
                "url": url,
                "origin": server.http,
                "count": share,
                "batch": max(1, batch // n),
                "timeout": 60,
                "deflate": deflate,
            }
            for share in shares
        ]
        replies = self.call(commands)
        errors: dict[str, int] = {}
        for reply in replies:
            for error, times in reply["errors"].items():
                errors[error] = errors.get(error, 0) + times
        return {
            "connected": sum(r["connected"] for r in replies),
            "failed": sum(r["failed"] for r in replies),
            "errors": errors,
            "seconds": max(r["seconds"] for r in replies),
        }

    def cpu_seconds(self) -> float:
        return sum(sum(p.cpu_times()[:2]) for p in self.ps)

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                try:
                    proc.stdin.write(b'{"cmd":"quit"}\n')
                    proc.stdin.flush()
                except OSError:
                    pass
        for proc in self.procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


# --- one measurement -------------------------------------------------------------------------


@dataclass
class Result:
    server: str
    scenario: str
    viewers: int = 0
    failed: int = 0
    connect_s: float = 0.0
    sent: int = 0
    expected: int = 0
    counted: int = 0
    p50: float | None = None
    p99: float | None = None
    worst: float | None = None
    best: float | None = None
    handled_p50: float | None = None  # after the client process got round to the frame
    handled_p99: float | None = None
    server_cpu: float | None = None
    clients_cpu: float | None = None
    machine_cpu: float | None = None
    others_cpu: float | None = None
    rss_mb: float | None = None
    rss_before_mb: float | None = None
    kb_each: float | None = None
    closed: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    verdict: str = ""
    frames: int = 0  # frames that held events (single or batch)
    kinds: dict[str, int] = field(default_factory=dict)  # events received, by type
    kinds_sent: dict[str, int] = field(default_factory=dict)  # events published, by type
    cpu_seconds: float = 0.0  # server CPU over the window and the tail
    sampled_frames: int = 0


class Sender:
    """Publishes chat events the way the app does, each stamped with its send time in ns."""

    def __init__(self, session_id: int) -> None:
        from livestream.realtime.backends import get_backend
        from livestream.realtime.events import encode_body

        self.backend, self.encode, self.room = get_backend(), encode_body, session_id
        self.next_id = 1

    def publish_one(self, kind: str = "chat.message") -> None:
        stamp = f"{time.time_ns()}"
        if kind == "question":
            payload = {
                "type": "question",
                "question": {
                    "id": self.next_id,
                    "state": "open",
                    "body": stamp,
                    "author": "bench",
                    "votes": 0,
                },
            }
        elif kind == "card":
            card = {"id": self.next_id, "job_id": 1, "title": "bench", "company": "bench", "city": "-"}
            payload = {"type": "card", "card": {**card, "salary": "-", "headcount": 1, "url": "/"}}
        else:
            message = {"id": self.next_id, "author": "bench", "host": False, "body": stamp}
            payload = {"type": "chat.message", "message": {**message, "at": "2026-01-01T00:00:00Z"}}
        self.backend.publish(self.room, "*", self.encode(payload))
        self.next_id += 1

    def run(self, rate: float, seconds: float, extras: dict[str, float] | None = None) -> dict[str, int]:
        """``rate`` chat messages/s for ``seconds``; ``extras``: other kinds, one every n s."""
        count = max(1, round(rate * seconds))
        start = time.perf_counter()
        sent = {"chat.message": 0}
        due = dict.fromkeys(extras or {}, 0.0)
        for i in range(count):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            self.publish_one()
            sent["chat.message"] += 1
            for kind, every in (extras or {}).items():
                if time.perf_counter() - start >= due[kind]:
                    self.publish_one(kind)
                    sent[kind] = sent.get(kind, 0) + 1
                    due[kind] += every
        return sent


def support_cpu_seconds() -> float:
    """CPU time of this process (the sender) and Redis, to tell other machine load apart."""
    total = sum(psutil.Process().cpu_times()[:2])
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] == "redis-server":
            with contextlib.suppress(psutil.Error):
                total += sum(proc.cpu_times()[:2])
    return total


def percentile(values: list[int], share: float) -> float:
    return values[min(len(values) - 1, int(share * len(values)))] / 1000  # µs -> ms


def fan(
    pool: ClientPool,
    server: Server,
    sender: Sender,
    result: Result,
    rate: float,
    seconds: float,
    extras: dict[str, float] | None = None,
) -> None:
    """Warm up, then send ``rate`` msg/s for ``seconds`` and collect what the viewers got."""
    sender.run(rate, min(2.0, seconds / 4))  # warm-up: a few messages, not measured
    time.sleep(1.5)
    open_now = sum(r["open"] for r in pool.all({"cmd": "reset", "since": time.time_ns()}))
    result.viewers = open_now
    psutil.cpu_percent(None)
    server_cpu, clients_cpu, ours = server.cpu_seconds(), pool.cpu_seconds(), support_cpu_seconds()
    started = time.monotonic()
    result.kinds_sent = sender.run(rate, seconds, extras)
    result.sent = sum(result.kinds_sent.values())
    window = time.monotonic() - started
    result.machine_cpu = psutil.cpu_percent(None) * psutil.cpu_count()  # % of one core, all cores
    result.server_cpu = 100 * (server.cpu_seconds() - server_cpu) / window
    result.clients_cpu = 100 * (pool.cpu_seconds() - clients_cpu) / window
    support = 100 * (support_cpu_seconds() - ours) / window
    result.others_cpu = max(0.0, result.machine_cpu - result.server_cpu - result.clients_cpu - support)
    result.rss_mb = server.rss() / 2**20
    result.expected = result.sent * open_now
    sampled = bool(extras)  # a busy chat: viewers get a sample, so fewer arrive than were sent
    last, still_since, deadline = -1, time.monotonic(), time.monotonic() + 15
    while time.monotonic() < deadline:  # let the tail arrive
        counted = sum(r["counted"] for r in pool.all({"cmd": "count"}))
        if sampled and counted == last and time.monotonic() - still_since > 1:
            break
        if counted >= result.expected:
            break
        if counted != last:
            last, still_since = counted, time.monotonic()
        elif time.monotonic() - still_since > 3:
            break
        time.sleep(0.25)
    latencies: list[int] = []
    handled: list[int] = []
    closed: dict[str, int] = {}
    for stats in pool.all({"cmd": "stats"}):
        latencies.extend(stats["latencies"])
        handled.extend(stats.get("handled", ()))
        for code, times in stats["closed"].items():
            closed[code] = closed.get(code, 0) + times
        for frame, times in stats["refused"].items():
            result.refused[frame] = result.refused.get(frame, 0) + times
        for kind, times in stats["kinds"].items():
            result.kinds[kind] = result.kinds.get(kind, 0) + times
        result.frames += stats["frames"]
        result.sampled_frames += stats["sampled_frames"]
    result.cpu_seconds = server.cpu_seconds() - server_cpu
    latencies.sort()
    result.counted, result.closed = len(latencies), closed
    if latencies:
        result.p50, result.p99, result.worst = (
            percentile(latencies, 0.50),
            percentile(latencies, 0.99),
            latencies[-1] / 1000,
        )
        result.best = latencies[0] / 1000
    if handled:
        handled.sort()
        result.handled_p50, result.handled_p99 = percentile(handled, 0.50), percentile(handled, 0.99)


# --- scenarios -------------------------------------------------------------------------------


@dataclass
class Plan:
    small: int
    small_rate: float
    large: int
    large_rate: float
    seconds: float
    batch: int
    busy_rate: float = 100


def run_server(
    kind: str, env: dict[str, str], session_id: int, sender: Sender, plan: Plan, args
) -> list[Result]:
    server = Server(kind, env).start()
    pool = ClientPool(args.clients)
    results: list[Result] = []
    try:
        measure(server, pool, session_id, sender, plan, args, results)
    except Exception as error:  # report what was measured and go on with the next server
        print(f"  {kind} run stopped: {type(error).__name__}: {error}", flush=True)
    finally:
        pool.close()
        server.stop()
    problems = server.log_problems()
    if problems:
        print(f"  server log has {len(problems)} warning/error lines ({server.log}); first ones:")
        for line in problems[:8]:
            print(f"    {line[:200]}")
    order = {"x 10 msg": 0, "idle": 1, "x 1 msg": 2}
    return sorted(results, key=lambda r: next((v for k, v in order.items() if k in r.scenario), 3))


def measure(
    server: Server, pool: ClientPool, session_id: int, sender: Sender, plan: Plan, args, results
) -> None:
    """Scenario 2 on the fresh server, 3 on the same sockets, then 1 on new ones."""
    kind = server.kind
    print(f"\n{kind}: pid {server.process.pid}, port {server.port}, log {server.log}", flush=True)
    time.sleep(1)
    before = server.rss()

    idle = Result(kind, f"{plan.large:,} connected, idle")
    idle.rss_before_mb = before / 2**20
    conn = pool.connect(server, session_id, plan.large, plan.batch, args.deflate)
    idle.viewers, idle.failed, idle.connect_s, idle.errors = (
        conn["connected"],
        conn["failed"],
        conn["seconds"],
        conn["errors"],
    )
    print(
        f"  connected {conn['connected']:,} in {conn['seconds']:.1f} s, failed {conn['failed']}",
        flush=True,
    )
    time.sleep(3)  # presence tick, viewer-count frames, writers settle
    after = server.rss()
    idle.rss_mb = after / 2**20
    idle.kb_each = (after - before) / max(1, idle.viewers) / 1024
    idle.verdict = "OK" if idle.failed == 0 and idle.kb_each <= 60 else "MISSED"
    results.append(idle)

    large = Result(kind, f"{plan.large:,} x {plan.large_rate:g} msg/s, {plan.seconds:g} s")
    large.failed, large.connect_s = idle.failed, idle.connect_s
    print(f"  sending {plan.large_rate:g} msg/s to {plan.large:,} viewers", flush=True)
    fan(pool, server, sender, large, plan.large_rate, plan.seconds)
    large.verdict = verdict(large, 250, lossless=False)
    results.append(large)

    busy = Result(kind, f"{plan.large:,} x {plan.busy_rate:g} chat/s, {plan.seconds:g} s")
    busy.failed, busy.connect_s = idle.failed, idle.connect_s
    print(
        f"  sending {plan.busy_rate:g} chat msg/s + questions and cards to {plan.large:,} viewers", flush=True
    )
    fan(pool, server, sender, busy, plan.busy_rate, plan.seconds, {"question": 0.5, "card": 2.0})
    busy.verdict = busy_verdict(busy)
    results.append(busy)
    pool.all({"cmd": "close"})
    time.sleep(2)

    small = Result(kind, f"{plan.small:,} x {plan.small_rate:g} msg/s, {plan.seconds:g} s")
    conn = pool.connect(server, session_id, plan.small, plan.batch, args.deflate)
    small.failed, small.connect_s, small.errors = conn["failed"], conn["seconds"], conn["errors"]
    print(
        f"  connected {conn['connected']:,} in {conn['seconds']:.1f} s, failed {conn['failed']}; "
        f"sending {plan.small_rate:g} msg/s",
        flush=True,
    )
    fan(pool, server, sender, small, plan.small_rate, plan.seconds)
    small.verdict = verdict(small, 100, lossless=True)
    results.append(small)
    pool.all({"cmd": "close"})


def busy_verdict(result: Result) -> str:
    """p99 <= 250 ms for what arrived, <= 1 core, and every question and card to every viewer."""
    if result.p99 is None:
        return "MISSED (nothing received)"
    whole = all(
        result.kinds.get(kind, 0) >= result.kinds_sent.get(kind, 0) * result.viewers
        for kind in ("question", "card")
    )
    ok = result.p99 <= 250 and (result.server_cpu or 0) <= 100 and whole and result.failed == 0
    return "OK" if ok else "MISSED"


def bare_limit(kind: str, env: dict[str, str], args, sockets: int = 1000, rounds: int = 50) -> dict:
    """Frames per server CPU second of a bare ASGI send loop (``bench/_bare_asgi.py``)."""
    server = Server(kind, env, app="bench._bare_asgi:application").start()
    pool = ClientPool(1)
    try:
        conn = pool.connect(server, 0, sockets, 200, args.deflate)
        time.sleep(1)
        pool.all({"cmd": "reset", "since": time.time_ns()})
        cpu = server.cpu_seconds()
        with urllib.request.urlopen(f"{server.http}/blast?n={rounds}", timeout=120) as response:  # noqa: S310
            sent = json.loads(response.read())["frames"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and sum(r["counted"] for r in pool.all({"cmd": "count"})) < sent:
            time.sleep(0.2)
        time.sleep(0.5)
        used = server.cpu_seconds() - cpu
        counted = sum(r["counted"] for r in pool.all({"cmd": "count"}))
        return {
            "sockets": conn["connected"],
            "frames": sent,
            "received": counted,
            "per_core": sent / max(used, 1e-6),
        }
    finally:
        pool.close()
        server.stop()


def verdict(result: Result, p99_target: float, *, lossless: bool) -> str:
    if result.p99 is None:
        return "MISSED (nothing received)"
    delivered = result.counted / max(1, result.expected)
    ok = result.p99 <= p99_target and result.failed == 0 and (delivered >= 1.0 if lossless else True)
    return "OK" if ok else "MISSED"


# --- output ----------------------------------------------------------------------------------


def show(results: list[Result]) -> None:
    head = (
        f"{'scenario':<27} {'viewers':>7} {'fail':>4} {'sent':>5} {'delivered':>9} "
        f"{'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'srv CPU':>7} {'srv RSS':>8} "
        f"{'clients':>7} {'others':>7}  target"
    )
    print(head)
    print("-" * (len(head) + 22))
    for r in results:
        if r.kb_each is not None:
            print(
                f"{r.scenario:<27} {r.viewers:>7,} {r.failed:>4} {'-':>5} {'-':>9} {'-':>7} {'-':>7} "
                f"{'-':>7} {'-':>7} {r.rss_mb:>6.0f}MB {'-':>7} {'-':>7}  "
                f"RSS {r.rss_before_mb:.0f} -> {r.rss_mb:.0f} MB = {r.kb_each:.1f} KB/conn "
                f"(<= 60 KB) {r.verdict}; connect {r.connect_s:.1f} s"
            )
            continue
        delivered = f"{100 * r.counted / max(1, r.expected):.3f}%" if r.expected else "-"
        target = "p99 <= 100 ms, none lost" if "10 msg" in r.scenario else "p99 <= 250 ms"
        if "chat/s" in r.scenario:
            target = "p99 <= 250 ms, <= 1 core, every question and card"
        print(
            f"{r.scenario:<27} {r.viewers:>7,} {r.failed:>4} {r.sent:>5} {delivered:>9} "
            f"{fmt(r.p50):>7} {fmt(r.p99):>7} {fmt(r.worst):>7} {r.server_cpu:>6.0f}% {r.rss_mb:>6.0f}MB "
            f"{r.clients_cpu:>6.0f}% {r.others_cpu:>6.0f}%  {target} {r.verdict}"
        )
    for r in results:
        lost = r.expected - r.counted
        notes = []
        if r.best is not None:
            notes.append(f"fastest delivery {r.best:.1f} ms")
        if r.handled_p99 is not None:
            notes.append(
                f"read by the client process: p50 {fmt(r.handled_p50)} ms, p99 {fmt(r.handled_p99)} ms"
            )
        deliveries = sum(r.kinds.values())
        if deliveries and r.cpu_seconds:
            notes.append(
                f"{deliveries:,} events in {r.frames:,} frames, "
                f"{deliveries / r.cpu_seconds:,.0f} deliveries per server CPU second"
            )
        if "chat/s" in r.scenario and r.viewers:
            chat_sent = r.kinds_sent.get("chat.message", 0) * r.viewers
            notes.append(
                f"chat sample fraction {r.kinds.get('chat.message', 0) / max(1, chat_sent):.3f} "
                f"({r.sampled_frames:,} sampled frames)"
            )
            for kind in ("question", "card"):
                want = r.kinds_sent.get(kind, 0) * r.viewers
                notes.append(f"{kind}: {r.kinds.get(kind, 0):,} of {want:,} delivered")
            r.expected = 0  # what is sampled out is not lost
        if r.expected and lost:
            notes.append(f"{lost:,} of {r.expected:,} frames not received")
        if r.closed:
            notes.append(f"server closed sockets: {r.closed} (close code: count)")
        if r.errors:
            notes.append(f"connect errors: {r.errors}")
        if r.refused:
            notes.append(f"error frames from the server: {r.refused}")
        if r.others_cpu is not None and r.others_cpu > 25:
            notes.append(f"other processes used {r.others_cpu:.0f}% of a core meanwhile: figures disturbed")
        if notes:
            print(f"  {r.scenario}: " + "; ".join(notes))


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: 200/1,000 viewers, 5 s")
    parser.add_argument("--servers", default="daphne,uvicorn")
    parser.add_argument("--clients", type=int, default=1, help="viewer client processes (1 or 2)")
    parser.add_argument("--batch", type=int, default=200, help="sockets opened at a time")
    parser.add_argument("--small", type=int, help="viewers for scenario 1 (default 1,000; quick 200)")
    parser.add_argument("--large", type=int, help="viewers for scenarios 2-3 (default 5,000; quick 1,000)")
    parser.add_argument("--seconds", type=float, help="sending window (default 20; quick 5)")
    parser.add_argument(
        "--deflate",
        action="store_true",
        help="offer permessage-deflate like browsers do (off: lower client cost)",
    )
    parser.add_argument("--hog", action="store_true", help='run python3 -c "while True: pass" beside it')
    parser.add_argument("--no-bare", action="store_true", help="skip the bare ASGI send-loop limit")
    parser.add_argument(
        "--server", default=os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    plan = Plan(1000, 10, 5000, 1, 20, args.batch)
    if args.quick:
        plan = Plan(200, 10, 1000, 1, 5, args.batch)
    plan.small = args.small or plan.small
    plan.large = args.large or plan.large
    plan.seconds = args.seconds or plan.seconds

    files = raise_file_limit()
    env = server_env(ensure_database(args.server), args.redis)
    configure(env)
    session_id = ensure_session()
    sender = Sender(session_id)
    started = time.monotonic()
    results: dict[str, list[Result]] = {}
    bare: dict[str, dict] = {}
    hog = None
    if args.hog:
        hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        hog_ps = psutil.Process(hog.pid)
    try:
        for kind in args.servers.split(","):
            results[kind] = run_server(kind, env, session_id, sender, plan, args)
            show(results[kind])  # at once too: a run stopped later keeps this server's figures
            if not args.no_bare:
                try:
                    bare[kind] = bare_limit(kind, env, args)
                except Exception as error:  # report the rest
                    print(f"  bare ASGI run under {kind} failed: {error}", flush=True)
    finally:
        cleanup_redis(args.redis)
        if hog is not None:
            hog_cpu = sum(hog_ps.cpu_times()[:2]) / max(1e-6, time.time() - hog_ps.create_time())
            hog.kill()
            hog.wait()
            print(f"\nCPU hog beside the run: {100 * hog_cpu:.0f}% of a core on average", flush=True)

    from bench._machine import describe_machine

    print(
        f"\nlive-room fan-out, one server process each, Redis backend, room {session_id}, "
        f"{args.clients} viewer client process(es) (plain sockets, latency = kernel receive stamp, "
        f"{'permessage-deflate offered' if args.deflate else 'no compression'}) on the same machine "
        f"as the server and Redis; NOFILE {files}; LIVE_ROOM_DIRECT_WRITES="
        f"{os.environ.get('LIVE_ROOM_DIRECT_WRITES', 'true (default)')}"
    )
    print(
        "CPU figures are % of one core over the sending window (200% = both cores); 'others' = "
        "machine load outside the server, clients, sender and Redis (e.g. PostgreSQL, other jobs)."
    )
    for kind, rows in results.items():
        print(f"\n{kind}")
        show(rows)
        if kind in bare:
            b = bare[kind]
            print(
                f"  bare ASGI send loop under {kind} (bench/_bare_asgi.py, no Django/hub): "
                f"{b['per_core']:,.0f} frames per server CPU second "
                f"({b['frames']:,} frames to {b['sockets']:,} sockets, {b['received']:,} received)"
            )
    if "daphne" in results and "uvicorn" in results:
        for d, u in zip(results["daphne"], results["uvicorn"], strict=True):
            if d.p99 and u.p99:
                print(f"daphne p99 / uvicorn p99, {d.scenario}: {d.p99 / u.p99:.2f}")
    print(f"total {time.monotonic() - started:.0f} s")
    print(f"machine: {describe_machine()}")


def cleanup_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"{PREFIX}:*", count=1000))
    if keys:
        client.delete(*keys)


if __name__ == "__main__":
    main()
