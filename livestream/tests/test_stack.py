"""The real stack on loopback: Debian's nginx, with deploy/nginx's locations, in front of two
daphne processes on the local PostgreSQL (or SQLite) and Redis."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from livestream.tests.test_processes import session_cookie
from tests.servers import ROOT, DaphneServer, free_port, spawn

pytestmark = [pytest.mark.nginx, pytest.mark.slow]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
LOCATIONS = ROOT / "deploy" / "nginx" / "shanhai-locations.conf"
LIMITS = ROOT / "deploy" / "nginx" / "shanhai-limits.conf"


def collect_static(var_dir: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "VAR_DIR": str(var_dir),
        "PYTHONPATH": str(ROOT),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )


class Nginx:
    """Debian's nginx, in the foreground, with its files in a directory of the test's own."""

    def __init__(
        self,
        home: Path,
        upstreams: list[DaphneServer],
        var_dir: Path,
        media: DaphneServer | None = None,
        workers: dict[str, int] | None = None,
        processes: int = 1,
    ) -> None:
        from django.conf import settings

        self.home, self.port = home, free_port()
        servers = "\n".join(f"    server 127.0.0.1:{s.port};" for s in upstreams)
        media_port = (media or upstreams[0]).port
        mapped = "\n".join(f"        {name} 127.0.0.1:{port};" for name, port in (workers or {}).items())
        user = "user root;" if os.geteuid() == 0 else ""  # workers must read this test's private tmp dir
        (home / "nginx.conf").write_text(f"""
{user}
daemon off;
worker_processes {processes};
pid {home}/nginx.pid;
error_log {home}/error.log warn;
events {{ worker_connections 8192; }}
worker_rlimit_nofile 20000;
http {{
    include /etc/nginx/mime.types;
    # Requests that reached an upstream (not served from the cache): the tests' origin count.
    log_format origin '$msec $upstream_addr $uri $upstream_cache_status';
    access_log {home}/origin.log origin if=$upstream_addr;
    client_body_temp_path {home}/body;
    proxy_temp_path {home}/proxy;
    fastcgi_temp_path {home}/fastcgi;
    uwsgi_temp_path {home}/uwsgi;
    scgi_temp_path {home}/scgi;
    proxy_cache_path {home}/hls-cache keys_zone=shanhai_hls:1m;
    include {LIMITS};
    map $shanhai_worker $shanhai_media_worker {{
        default "";
{mapped}
    }}
    upstream shanhai {{
        least_conn;
{servers}
        keepalive 8;
    }}
    upstream shanhai_media {{
        server 127.0.0.1:{media_port};
    }}
    server {{
        listen 127.0.0.1:{self.port};
        set $shanhai_var {var_dir};
        set $shanhai_hls_secret "{settings.HLS_SECURE_LINK_SECRET}";
        include {LOCATIONS};
    }}
}}
""")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def origin_requests(self, fragment: str = "") -> list[str]:
        """URIs nginx fetched from an upstream (cache misses and updates), containing ``fragment``."""
        try:
            lines = (self.home / "origin.log").read_text().splitlines()
        except FileNotFoundError:
            return []
        return [line.split()[2] for line in lines if fragment in line.split()[2]]

    def start(self, probe: str = "/static/frontend/site.css") -> Nginx:
        command = [NGINX, "-p", str(self.home), "-c", str(self.home / "nginx.conf")]
        self.process = spawn(
            command, on_parent_death=signal.SIGTERM, stderr=subprocess.PIPE
        )  # nginx stops its workers
        for _ in range(50):
            try:
                urllib.request.urlopen(self.url + probe, timeout=1)  # noqa: S310
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.1)
        raise RuntimeError((self.home / "error.log").read_text())

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback test servers
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def sockets_on(server: DaphneServer, session_id: int) -> float:
    return server.gauge(f'shanhai_live_sockets{{room="{session_id}"}}')


async def chat_across_processes(proxy: Nginx, servers: list[DaphneServer], world, cookie: str) -> dict | None:
    """A viewer through nginx; the student on the other process posts; does the viewer see it?"""
    viewer = await connect(f"ws://127.0.0.1:{proxy.port}/ws/live/{world.session.pk}/", origin=proxy.url)
    assert json.loads(await viewer.recv())["type"] == "snapshot"
    await asyncio.sleep(0.2)
    landed = [s for s in servers if await asyncio.to_thread(sockets_on, s, world.session.pk) == 1]
    assert len(landed) == 1, "the viewer's socket is on exactly one process"
    other = next(s for s in servers if s is not landed[0])
    student = await connect(
        f"{other.ws_url}/ws/live/{world.session.pk}/", origin=other.url, additional_headers={"Cookie": cookie}
    )
    await student.recv()
    await student.send(json.dumps({"type": "chat.send", "body": "经过 nginx 的消息", "ref": "n"}))
    try:
        async with asyncio.timeout(5):
            while True:
                frame = json.loads(await viewer.recv())
                if frame["type"] == "chat.message":
                    return frame
    except TimeoutError:
        return None
    finally:
        await viewer.close()
        await student.close()


@pytest.mark.redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_through_nginx_pages_static_files_health_and_a_chat_across_processes(live_world, redis_url, tmp_path):
    var_dir = tmp_path / "var"
    collect_static(var_dir)
    cookie = session_cookie(live_world.student)
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    servers = [DaphneServer(redis_url=redis_url, prefix=prefix) for _ in range(2)]
    proxy = Nginx(tmp_path, servers, var_dir)
    try:
        for server in servers:
            server.start()
        proxy.start()
        status, _headers, body = get(proxy.url + "/")
        assert status == 200 and "活动专区" in body.decode()
        status, headers, _body = get(proxy.url + "/static/frontend/site.css")
        assert status == 200 and "immutable" in headers["Cache-Control"]
        status, _headers, body = get(proxy.url + "/healthz")
        assert status == 200 and json.loads(body)["status"] == "ok"
        assert get(proxy.url + "/metrics")[0] == 404  # only on each process, never through the proxy
        frame = asyncio.run(chat_across_processes(proxy, servers, live_world, cookie))
        assert frame and frame["message"]["body"] == "经过 nginx 的消息"
    finally:
        proxy.stop()
        for server in servers:
            server.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_through_nginx_video_reaches_the_media_process_and_segments_are_cached(live_world, tmp_path):
    from livestream.tests.test_video_leaks import crowd_joins, crowd_vanishes, viewer_peers

    var_dir = tmp_path / "var"
    collect_static(var_dir)
    web = DaphneServer(env={"HLS_ENABLED": "false"})
    media = DaphneServer(env={"DEMO_PUBLISHER": "true", "HLS_ROOT": str(tmp_path / "hls")})
    proxy = Nginx(tmp_path, [web], var_dir, media=media)
    session = live_world.session.pk
    try:
        web.start()
        media.start()
        proxy.start()
        crowd = crowd_joins(f"{proxy.url}/live/{session}/rtc/view/", 1)
        assert (viewer_peers(media), viewer_peers(web)) == (1, 0), "the offer went to the media process"
        crowd_vanishes(crowd)

        playlist = f"{proxy.url}/live/{session}/hls/hi.m3u8"
        deadline = time.monotonic() + 20
        while "hi00001.ts" not in (body := get(playlist)[2].decode()):
            assert time.monotonic() < deadline, body
            time.sleep(0.5)
        assert "hi.m3u8" in get(f"{proxy.url}/live/{session}/hls/index.m3u8")[2].decode()
        first, again = (
            get(f"{proxy.url}/live/{session}/hls/hi00000.ts"),
            get(f"{proxy.url}/live/{session}/hls/hi00000.ts"),
        )
        assert first[0] == again[0] == 200 and first[2] == again[2]
        assert again[1]["X-Cache"] == "HIT", "segments are served from nginx's cache"
    finally:
        proxy.stop()
        web.stop()
        media.stop()


def test_the_production_nginx_file_passes_nginx_t(tmp_path):
    """deploy/nginx/shanhai.conf as shipped, with a throwaway certificate and this checkout's paths."""
    from tests.certificates import self_signed

    cert, key = self_signed(tmp_path)
    site = (ROOT / "deploy" / "nginx" / "shanhai.conf").read_text()
    site = site.replace("/etc/letsencrypt/live/zhaopin.example.edu.cn/fullchain.pem", str(cert))
    site = site.replace("/etc/letsencrypt/live/zhaopin.example.edu.cn/privkey.pem", str(key))
    site = site.replace("/srv/shanhai/deploy", str(ROOT / "deploy"))
    site = site.replace("/var/cache/nginx/shanhai-hls", str(tmp_path / "hls-cache"))
    (tmp_path / "secret.conf").write_text('set $shanhai_hls_secret "test";\n')
    site = site.replace("/etc/nginx/shanhai-hls-secret.conf", str(tmp_path / "secret.conf"))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {tmp_path}/site.conf; }}\n"
    )
    result = subprocess.run(  # noqa: S603
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


class ResumingViewer:
    """A client as room.js behaves: reconnect with ?after=<last seq>, ignore what it has seen."""

    def __init__(self, proxy: Nginx, session_id: int) -> None:
        self.url = f"ws://127.0.0.1:{proxy.port}/ws/live/{session_id}/"
        self.origin = proxy.url
        self.last = 0
        self.shown: list[int] = []  # the numbered events, as the page would render them
        self.reconnects = 0
        self.connected = asyncio.Event()

    async def run(self, until: asyncio.Event) -> None:
        while not until.is_set():
            url = self.url + (f"?after={self.last}" if self.last else "")
            try:
                async with connect(url, origin=self.origin, open_timeout=5) as socket:
                    async for raw in socket:
                        self.take(json.loads(raw))
            except Exception:  # noqa: S110 - a dropped or refused connection: try again, as the page does
                pass
            if not until.is_set():
                self.reconnects += 1
                await asyncio.sleep(0.2)

    def take(self, frame: dict) -> None:
        if frame["type"] == "batch":  # several events in one frame, in order (docs/realtime.md)
            for event in frame["events"]:
                self.take(event)
        elif frame["type"] == "snapshot":
            # Events up to the snapshot's seq are part of the state it shows, not news.
            self.last = max(self.last, frame.get("seq", 0))
            self.connected.set()
        elif frame["type"] == "chat.deleted" and frame["seq"] > self.last:
            self.last = frame["seq"]
            self.shown.append(frame["id"])


async def crash_while_viewers_watch(proxy, servers, session_id: int, backend) -> list[ResumingViewer]:
    from livestream.realtime.events import encode_body

    viewers = [ResumingViewer(proxy, session_id) for _ in range(6)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(v.run(stop)) for v in viewers]
    await asyncio.gather(*(v.connected.wait() for v in viewers))
    for number in range(1, 41):
        await asyncio.to_thread(
            backend.publish, session_id, "*", encode_body({"type": "chat.deleted", "id": number})
        )
        if number == 15:
            await asyncio.to_thread(servers[0].kill)
        if number == 30:
            await asyncio.to_thread(servers[0].start)
        await asyncio.sleep(0.05)
    await asyncio.sleep(3)
    stop.set()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return viewers


@pytest.mark.redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_daphne_killed_behind_nginx_loses_and_repeats_nothing(live_world, redis_url, tmp_path):
    from livestream.realtime.backends import RedisBackend

    var_dir = tmp_path / "var"
    var_dir.mkdir()
    prefix = f"test:{uuid.uuid4().hex[:8]}:live"
    servers = [DaphneServer(redis_url=redis_url, prefix=prefix) for _ in range(2)]
    proxy = Nginx(tmp_path, servers, var_dir)
    backend = RedisBackend(redis_url, prefix, buffer=500, ttl=60)
    try:
        for server in servers:
            server.start()
        proxy.start(probe="/healthz")
        viewers = asyncio.run(crash_while_viewers_watch(proxy, servers, live_world.session.pk, backend))
    finally:
        proxy.stop()
        for server in servers:
            server.stop()
    assert sum(v.reconnects for v in viewers) >= 1, "some viewers were on the killed process"
    for viewer in viewers:
        assert viewer.shown == list(range(1, 41))


async def one_address_fills_its_places(proxy: Nginx, session_id: int, tries: int) -> tuple[int, list]:
    """Sockets from one address through nginx, each forging a different X-Forwarded-For."""
    url = f"ws://127.0.0.1:{proxy.port}/ws/live/{session_id}/"
    held, refused = [], []
    for n in range(tries):
        forged = {"X-Forwarded-For": f"203.0.113.{n + 1}"}
        socket = await connect(url, origin=proxy.url, additional_headers=forged)
        frame = json.loads(await socket.recv())
        if frame["type"] == "snapshot":
            held.append(socket)
            continue
        with contextlib.suppress(ConnectionClosed):
            await socket.recv()
        refused.append((frame["code"], socket.close_code))
    for socket in held:
        await socket.close()
    return len(held), refused


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_through_nginx_an_address_holds_its_sockets_per_process_whatever_it_forwards(live_world, tmp_path):
    # daphne as deploy/systemd runs it: --proxy-headers takes the first X-Forwarded-For entry
    options = {"env": {"LIVE_ROOM_SOCKETS_PER_ADDRESS": "3"}, "args": ["--proxy-headers"]}
    servers = [DaphneServer(**options) for _ in range(2)]
    proxy = Nginx(tmp_path, servers, tmp_path)
    try:
        for server in servers:
            server.start()
        proxy.start(probe="/healthz")
        held, refused = asyncio.run(one_address_fills_its_places(proxy, live_world.session.pk, 8))
    finally:
        proxy.stop()
        for server in servers:
            server.stop()
    assert held == 6  # 3 on each process: nginx's X-Real-IP counts, not the client's header
    assert refused == [("too_many_sockets", 4429)] * 2


async def open_until_refused(proxy: Nginx, session_id: int, tries: int) -> tuple[int, int | None]:
    url = f"ws://127.0.0.1:{proxy.port}/ws/live/{session_id}/"
    held, status = [], None
    for _ in range(tries):
        try:
            socket = await connect(url, origin=proxy.url, open_timeout=10)
        except InvalidStatus as refused:
            status = refused.response.status_code
            break
        await socket.recv()
        held.append(socket)
    for socket in held:
        await socket.close()
    return len(held), status


def login_attempts(proxy: Nginx, count: int) -> list[int]:
    statuses = []
    for _ in range(count):
        form = b"username=x&password=y"
        request = urllib.request.Request(proxy.url + "/accounts/login/", data=form)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
                statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
    return statuses


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_shipped_nginx_limits_sockets_and_login_attempts_per_address(live_world, tmp_path):
    server = DaphneServer(env={"LIVE_ROOM_SOCKETS_PER_ADDRESS": "1000"})
    proxy = Nginx(tmp_path, [server], tmp_path)
    try:
        server.start()
        proxy.start(probe="/healthz")
        held, status = asyncio.run(open_until_refused(proxy, live_world.session.pk, 101))
        logins = login_attempts(proxy, 25)
        form = get(proxy.url + "/accounts/login/")[0]
    finally:
        proxy.stop()
        server.stop()
    assert (held, status) == (100, 429)  # limit_conn shanhai_ws_conn 100
    assert 429 not in logins[:20] and logins[-1] == 429  # a burst of 20 POSTs, then 10 a minute
    assert form == 200  # showing the form is not limited


class EchoForwardedFor:
    """An upstream that answers with the X-Forwarded-For and X-Real-IP headers it was sent."""

    def __init__(self) -> None:
        import http.server
        import threading

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self) -> None:
                body = json.dumps(
                    {"xff": self.headers.get("X-Forwarded-For"), "real": self.headers.get("X-Real-IP")}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.mark.parametrize("path", ["/", "/jobs/", "/live/1/hls/index.m3u8", "/accounts/login/"])
def test_nginx_never_passes_on_a_forwarded_address_the_client_chose(tmp_path, path):
    """daphne --proxy-headers takes the first X-Forwarded-For entry as the client: nginx, the edge,
    must send the address it saw, never append to one the client made up."""
    echo = EchoForwardedFor()
    proxy = Nginx(tmp_path, [echo], tmp_path)  # type: ignore[list-item]
    try:
        proxy.start(probe="/")
        request = urllib.request.Request(  # noqa: S310 - loopback
            proxy.url + path, headers={"X-Forwarded-For": "203.0.113.66", "X-Real-IP": "203.0.113.66"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            seen = json.loads(response.read())
    finally:
        proxy.stop()
        echo.server.shutdown()
    assert seen["xff"] == "127.0.0.1"
