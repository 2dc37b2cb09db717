"""Benchmark: HLS at audience scale through Debian's nginx, with deploy/nginx's locations.

One media process (daphne, ``DEMO_PUBLISHER=true``, ``RTC_VIEWER_CAP=0`` so every viewer is an
HLS viewer) broadcasts two live sessions of the demo campaign: a public one and a login-only one
(signed links, checked by nginx). ``--viewers`` simulated players (default 5,000, half on each
session; 70 % on the 640×480 rendition, 30 % on the 360p one) run in ``--clients`` processes of
plain asyncio HTTP/1.1 keep-alive connections to nginx. Each player, like hls.js with
``liveSyncDurationCount: 1``: fetches the master playlist once, then its media playlist every
second, and every segment it has not fetched yet, starting one segment behind the live edge.

Reported for a ``--seconds`` window (default 30) after the players have connected:

- origin requests per second per session, by kind (live playlist per rendition, segments), from
  nginx's log of requests that reached the upstream (``$upstream_addr`` set: a cache miss or an
  update). Target: independent of the number of viewers, ≤ 2 playlist fetches/s per rendition
  plus one fetch per segment (1 s segments: ≤ 1 segment fetch/s per rendition);
- CPU (% of one core over the window) of the media process, of nginx (master and workers) and of
  the player processes;
- players' lag behind live: for each segment a player finished downloading, the time since the
  segment first appeared in the media process's playlist on disk (read every 50 ms here); p50,
  p95, max; and failed requests.

The database is SQLite in a temporary VAR_DIR (migrate + load_demo), nginx runs with one worker
process, everything on this machine: players, nginx and the media process share its cores.

    .venv/bin/python bench/hls_scale.py [--viewers 5000] [--seconds 30] [--clients 2]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._machine import describe_machine  # noqa: E402
from tests.servers import DaphneServer, free_port  # noqa: E402

PYTHON = sys.executable
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
VAR_DIR = Path(os.environ.get("HLS_BENCH_VAR_DIR", Path(tempfile.gettempdir()) / "hls-scale-bench"))
SEGMENT = re.compile(r"^(?:hi|lo)\d+\.ts$", re.M)


def base_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "events_server.settings",
            "DEBUG": "true",
            "DEMO_PUBLISHER": "true",
            "RTC_VIEWER_CAP": "0",
            "VAR_DIR": str(VAR_DIR),
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def prepare() -> dict[str, str]:
    """A fresh SQLite database with the demo campaign; its live (login-only) session, a public copy
    live too, the demo student's cookie, and the login-only session's signed path."""
    if VAR_DIR.exists():
        shutil.rmtree(VAR_DIR)
    VAR_DIR.mkdir(parents=True)
    env = base_env()
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    subprocess.run([*manage, "load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    script = (
        "from django.conf import settings;"
        "from django.test import Client;"
        "from django.contrib.auth import get_user_model;"
        "from livestream.models import LiveSession;"
        "from livestream.services import video_links;"
        "s = LiveSession.objects.filter(state='live').order_by('pk').first();"
        "s.login_to_watch = True; s.save();"
        "p = LiveSession.objects.get(pk=s.pk); p.pk = None; p.login_to_watch = False; p.save();"
        "u = get_user_model().objects.get(username='student');"
        "c = Client(); c.force_login(u);"
        "print('HLS-BENCH', p.pk, s.pk, c.cookies['sessionid'].value,"
        " video_links.hls_url(u, s.pk).rsplit('/', 1)[0], settings.HLS_SECURE_LINK_SECRET)"
    )
    out = subprocess.run(  # noqa: S603
        [*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    marked = next(line.split() for line in out.splitlines() if line.startswith("HLS-BENCH "))
    return dict(zip(["public", "private", "cookie", "signed", "secret"], marked[1:], strict=True))


def nginx_conf(home: Path, port: int, media_port: int, secret: str) -> Path:
    deploy = ROOT / "deploy" / "nginx"
    user = "user root;" if os.geteuid() == 0 else ""
    conf = home / "nginx.conf"
    conf.write_text(f"""
{user}
daemon off;
worker_processes 1;
worker_rlimit_nofile 20000;
pid {home}/nginx.pid;
error_log {home}/error.log warn;
events {{ worker_connections 16000; }}
http {{
    include /etc/nginx/mime.types;
    log_format origin '$msec $uri';
    access_log {home}/origin.log origin if=$upstream_addr;
    client_body_temp_path {home}/body;
    proxy_temp_path {home}/proxy;
    fastcgi_temp_path {home}/fastcgi;
    uwsgi_temp_path {home}/uwsgi;
    scgi_temp_path {home}/scgi;
    proxy_cache_path {home}/hls-cache levels=1:2 keys_zone=shanhai_hls:10m
        max_size=1g inactive=10m use_temp_path=off;
    include {deploy}/shanhai-limits.conf;
    map $shanhai_worker $shanhai_media_worker {{ default ""; }}  # no media workers here
    upstream shanhai {{ server 127.0.0.1:{media_port}; keepalive 8; }}
    upstream shanhai_media {{ server 127.0.0.1:{media_port}; keepalive 8; }}
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        set $shanhai_var {VAR_DIR};
        set $shanhai_hls_secret "{secret}";
        include {deploy}/shanhai-locations.conf;
    }}
}}
""")
    return conf


def start_broadcast(url: str, pk: str, cookie: str) -> None:
    """A view request creates the broadcast even when the seats are taken (503: the HLS fallback)."""
    import http.cookiejar
    import json
    import urllib.error
    import urllib.request

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    request = urllib.request.Request(f"{url}/live/{pk}/", headers={"Cookie": f"sessionid={cookie}"})  # noqa: S310
    opener.open(request, timeout=20).read()
    token = next(c.value for c in jar if c.name == "csrftoken")
    request = urllib.request.Request(  # noqa: S310
        f"{url}/live/{pk}/rtc/view/",
        data=json.dumps({"sdp": "v=0"}).encode(),
        headers={
            "Content-Type": "application/json",
            "X-CSRFToken": token,
            "Cookie": f"sessionid={cookie}; csrftoken={token}",
        },
    )
    try:
        opener.open(request, timeout=20)
    except urllib.error.HTTPError as exc:
        if exc.code not in (503, 400):
            raise


class MediaServer(DaphneServer):
    """The media process, a daphne on the bench's own SQLite database."""

    def __init__(self, port: int) -> None:
        self.port, self.args = port, []
        self.env = {**base_env(), "HLS_ROOT": str(VAR_DIR / "hls")}
        self.log = VAR_DIR / "media.log"
        self.process = None


# --- players (in client processes) ----------------------------------------------------------------
class Connection:
    """One keep-alive HTTP/1.1 connection to nginx (a phone's)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, bytes]:
        for attempt in range(2):
            try:
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
                self.writer.write(
                    f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: zh-CN\r\n\r\n".encode()
                )
                head = await self.reader.readuntil(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                found = re.search(rb"(?i)content-length: *(\d+)", head)
                if found:
                    return status, await self.reader.readexactly(int(found[1]))
                body = b""  # chunked
                while size := int((await self.reader.readuntil(b"\r\n")).strip(), 16):
                    body += await self.reader.readexactly(size + 2)
                await self.reader.readuntil(b"\r\n")
                return status, body
            except (OSError, asyncio.IncompleteReadError, TypeError, ValueError):
                if self.writer is not None:
                    self.writer.close()
                self.reader = self.writer = None
                if attempt:
                    raise
        raise AssertionError


async def player(
    port: int, base: str, rendition: str, until: float, measure_from: float, stats: dict
) -> None:
    pk = base.split("/")[2]
    connection = Connection(port)
    seen: set[str] = set()
    try:
        await connection.get(f"{base}/index.m3u8")
        first = True
        while time.time() < until:
            tick = time.monotonic()
            try:
                status, body = await connection.get(f"{base}/{rendition}.m3u8")
                names = SEGMENT.findall(body.decode()) if status == 200 else []
                if first and names:
                    seen.update(names[:-1])  # start one segment behind the live edge
                    first = False
                for name in names:
                    if name in seen:
                        continue
                    seen.add(name)
                    status, _ = await connection.get(f"{base}/{name}")
                    if time.time() >= measure_from:
                        stats["done"].append((pk, name, time.time()))
                        stats["failed"] += status != 200
            except Exception:  # a failed request counts, the player carries on
                stats["failed"] += 1
            await asyncio.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
    finally:
        if connection.writer is not None:
            connection.writer.close()


def client_process(
    port: int,
    viewers: list[tuple[str, str]],
    start: float,
    ramp: float,
    until: float,
    measure_from: float,
    out,
) -> None:
    import resource

    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    async def main() -> None:
        stats = {"done": [], "failed": 0}
        tasks = []
        for i, (base, rendition) in enumerate(viewers):
            delay = start + ramp * i / max(1, len(viewers)) - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.ensure_future(player(port, base, rendition, until, measure_from, stats)))
        await asyncio.gather(*tasks, return_exceptions=True)
        out.put(stats)

    asyncio.run(main())


# --- the run ------------------------------------------------------------------------------------
def watch_playlists(directory: Path, until: float, first_seen: dict[str, float]) -> None:
    while time.time() < until:
        for name in ("hi.m3u8", "lo.m3u8"):
            try:
                for segment in SEGMENT.findall((directory / name).read_text()):
                    first_seen.setdefault(f"{directory.name}/{segment}", time.time())
            except OSError:
                pass
        time.sleep(0.05)


def cpu_seconds(processes: list[psutil.Process]) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--viewers", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--ramp", type=float, default=15, help="seconds over which the players connect")
    args = parser.parse_args()

    print(f"machine: {describe_machine()}")
    world = prepare()
    media_port, port = free_port(), free_port()
    media = MediaServer(media_port)
    home = VAR_DIR / "nginx"
    home.mkdir()
    conf = nginx_conf(home, port, media_port, world["secret"])
    nginx = None
    try:
        media.start()
        nginx = subprocess.Popen([NGINX, "-p", str(home), "-c", str(conf)], stderr=subprocess.PIPE)  # noqa: S603
        time.sleep(1)
        for pk in (world["public"], world["private"]):
            start_broadcast(media.url, pk, world["cookie"])
        for pk in (world["public"], world["private"]):
            deadline = time.monotonic() + 60
            while not (VAR_DIR / "hls" / pk / "hi.m3u8").exists():
                assert time.monotonic() < deadline, (VAR_DIR / "media.log").read_text()[-3000:]
                time.sleep(0.5)
        bases = {world["public"]: f"/live/{world['public']}/hls", world["private"]: world["signed"]}
        viewers = [
            (
                bases[world["public"] if i % 2 == 0 else world["private"]],
                "hi" if random.random() < 0.7 else "lo",
            )
            for i in range(args.viewers)
        ]
        start = time.time() + 2
        measure_from = start + args.ramp + 5
        until = measure_from + args.seconds
        first_seen: dict[str, float] = {}
        queue = multiprocessing.Queue()
        clients = [
            multiprocessing.Process(
                target=client_process,
                args=(port, viewers[c :: args.clients], start, args.ramp, until, measure_from, queue),
            )
            for c in range(args.clients)
        ]
        for client in clients:
            client.start()
        import threading

        for pk in (world["public"], world["private"]):
            threading.Thread(
                target=watch_playlists, args=(VAR_DIR / "hls" / pk, until + 5, first_seen), daemon=True
            ).start()
        nginx_processes = [psutil.Process(nginx.pid), *psutil.Process(nginx.pid).children()]
        media_process = psutil.Process(media.process.pid)
        client_processes = [psutil.Process(c.pid) for c in clients]
        time.sleep(max(0.0, measure_from - time.time()))
        cpu0 = [cpu_seconds([media_process]), cpu_seconds(nginx_processes), cpu_seconds(client_processes)]
        log_start = (home / "origin.log").stat().st_size
        time.sleep(max(0.0, until - time.time()))
        cpu1 = [cpu_seconds([media_process]), cpu_seconds(nginx_processes), cpu_seconds(client_processes)]
        window = args.seconds
        with (home / "origin.log").open() as log:
            log.seek(log_start)
            origin = [line.split() for line in log if line.strip()]
        results = [queue.get(timeout=120) for _ in clients]
        for client in clients:
            client.join(30)
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(10)
        media.stop()

    print(f"viewers: {args.viewers} ({args.viewers // 2} per session), window {window:.0f} s, nginx 1 worker")
    for label, pk in (("public", world["public"]), ("login-only", world["private"])):
        mine = [uri for stamp, uri in origin if float(stamp) >= measure_from and f"/live/{pk}/" in uri]
        kinds = {}
        for uri in mine:
            name = uri.rsplit("/", 1)[1]
            kind = name if name.endswith(".m3u8") else f"{name[:2]} segments"
            kinds[kind] = kinds.get(kind, 0) + 1
        per_second = ", ".join(f"{k} {v / window:.2f}/s" for k, v in sorted(kinds.items()))
        print(f"origin requests, {label} session {pk}: {len(mine) / window:.2f}/s ({per_second})")
    lags, failed, fetched = [], 0, 0
    for stats in results:
        failed += stats["failed"]
        for pk, name, done in stats["done"]:
            fetched += 1
            if f"{pk}/{name}" in first_seen:
                lags.append(done - first_seen[f"{pk}/{name}"])
    lags.sort()
    if lags:
        p = lambda q: lags[min(len(lags) - 1, int(q * len(lags)))]  # noqa: E731
        print(
            f"players' lag behind live (segment listed -> downloaded): p50 {p(0.5):.2f} s, "
            f"p95 {p(0.95):.2f} s, max {lags[-1]:.2f} s, mean {statistics.fmean(lags):.2f} s"
        )
    print(
        f"segments downloaded in the window: {fetched} ({fetched / window:.0f}/s), failed requests: {failed}"
    )
    names = ("media process", "nginx", "players")
    print(
        "CPU, % of one core: "
        + ", ".join(f"{n} {(b - a) / window * 100:.0f}" for n, a, b in zip(names, cpu0, cpu1, strict=True))
    )
    print(f"load average at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
