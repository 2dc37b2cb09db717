"""Media workers on loopback: Debian's nginx in front of two web processes and three media workers
on the test database and Redis; six live sessions with the demo publisher placed over the workers.
One worker killed with SIGKILL: its sessions are placed again within 10 s, the host's Chromium
republishes by itself, and a Chromium viewer's WebRTC frames keep coming from the new worker.
A drained worker hands its sessions over without being stopped; SIGTERM does the same."""

from __future__ import annotations

import json
import re
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.management import call_command
from django.db import connection
from playwright.sync_api import expect

from livestream.media import placement
from livestream.tests.conftest import make_session
from livestream.tests.test_browser_room import PHONE, outside_the_browser_loop, session_cookie
from livestream.tests.test_browser_video import DECODED, wait_for
from livestream.tests.test_stack import Nginx, collect_static
from livestream.tests.test_video_leaks import viewer_peers
from tests.browser import launch_chromium
from tests.servers import DaphneServer

pytestmark = [
    pytest.mark.redis,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
MOVE_WITHIN = 10.0  # seconds, from the kill to every session held by a live worker


class Stack:
    """nginx, ``webs`` web processes and ``workers`` media workers sharing one Redis prefix."""

    def __init__(
        self,
        tmp_path,
        redis_url: str,
        *,
        webs: int,
        workers: int,
        var_dir=None,
        hls: bool = False,
        seats: int = 50,
    ) -> None:
        self.prefix = f"test:{uuid.uuid4().hex[:8]}"
        common = {
            "MEDIA_PLACEMENT_PREFIX": self.prefix + ":media",
            "HLS_ENABLED": "true" if hls else "false",
            "RTC_VIEWER_CAP": str(seats),
            "HLS_ROOT": str(tmp_path / "hls"),  # shared by the workers, as on one machine
            "RTC_RECONNECT_GRACE": "60",
        }
        room = {"redis_url": redis_url, "prefix": self.prefix + ":live", "args": ["--proxy-headers"]}
        self.webs = [DaphneServer(env=common, **room) for _ in range(webs)]
        self.workers = {
            f"w{n}": DaphneServer(
                env={**common, "MEDIA_WORKER_ID": f"w{n}", "DEMO_PUBLISHER": "true"}, **room
            )
            for n in range(1, workers + 1)
        }
        ports = {name: server.port for name, server in self.workers.items()}
        self.proxy = (
            # HLS files (the shanhai_media upstream here) from a web process: every process reads the
            # same HLS_ROOT, and no single worker has to be alive for them.
            Nginx(tmp_path, self.webs, var_dir, media=self.webs[0], workers=ports) if var_dir else None
        )
        if self.proxy:  # nginx passes $host without its port: the page's origin is trusted by name
            for server in [*self.webs, *self.workers.values()]:
                server.env["CSRF_TRUSTED_ORIGINS"] = self.proxy.url

    def start(self) -> Stack:
        with ThreadPoolExecutor(6) as pool:  # five processes importing aiortc at once: give them time
            list(pool.map(lambda server: server.start(timeout=90), [*self.webs, *self.workers.values()]))
        if self.proxy:
            self.proxy.start(probe="/healthz")
        deadline = time.monotonic() + 20
        while set(placement.workers()) != set(self.workers):
            assert time.monotonic() < deadline, f"workers registered: {set(placement.workers())}"
            time.sleep(0.2)
        return self

    def stop(self) -> None:
        if self.proxy:
            self.proxy.stop()
        for server in [*self.webs, *self.workers.values()]:
            server.stop()


@pytest.fixture
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p, fake_media=True)
        yield browser
        browser.close()


@pytest.fixture
def placed(settings, redis_url):
    settings.MEDIA_PLACEMENT_REDIS_URL = redis_url
    return settings


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback test servers
        return json.loads(response.read())


def six_sessions(live_world) -> list[int]:
    extra = [make_session(live_world.session.company, live_world.jobs) for _ in range(5)]
    return [live_world.session.pk, *(s.pk for s in extra)]


def in_a_thread(query):
    """ORM code beside Playwright's loop, closing the thread's connection (the test database is
    dropped at the end, which an open connection would prevent)."""

    def run():
        try:
            return query()
        finally:
            connection.close()

    return outside_the_browser_loop(run)


def wait_until(condition, timeout: float, what: str, step: float = 0.2):
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, what
        time.sleep(step)
    return value


@pytest.mark.nginx
@pytest.mark.browser
def test_a_killed_worker_s_sessions_move_and_the_phone_and_host_follow(
    live_world, placed, chromium, tmp_path
):
    sessions = in_a_thread(lambda: six_sessions(live_world))
    var_dir = tmp_path / "var"
    collect_static(var_dir)
    stack = Stack(tmp_path, placed.MEDIA_PLACEMENT_REDIS_URL, webs=2, workers=3, var_dir=var_dir)
    placed.MEDIA_PLACEMENT_PREFIX = stack.prefix + ":media"
    try:
        stack.start()
        proxy = stack.proxy
        where = {s: get_json(f"{proxy.url}/live/{s}/placement/") for s in sessions}
        counts = {w: sum(1 for p in where.values() if p["worker"] == w) for w in stack.workers}
        assert all(counts[w] >= 1 for w in stack.workers), f"spread over the workers: {counts}"
        assert max(counts.values()) <= 3, counts
        for web in stack.webs:  # every web process gives the same answer
            assert get_json(f"{web.url}/live/{sessions[0]}/placement/") == where[sessions[0]]
        victim = where[sessions[0]]["worker"]
        assert where[sessions[0]]["base"] == f"/rtc/w/{victim}"
        # The demo publisher runs on every worker for the sessions it holds (no viewer needed).
        wait_until(
            lambda: all(stack.workers[w].gauge("shanhai_media_worker_sessions") >= counts[w] for w in counts),
            20,
            "each worker broadcasts its sessions",
        )

        path = f"/live/{sessions[0]}/"
        phone = chromium.new_context(**PHONE).new_page()
        logs = []
        phone.on("console", lambda m: logs.append(m.text))
        phone.on("response", lambda r: logs.append(f"{r.status} {r.request.method} {r.url}"))
        phone.goto(proxy.url + path)
        try:
            wait_for(phone, DECODED, 30, timeout=30)
        except AssertionError as failed:
            note = phone.locator("[data-stage-note]").text_content()
            raise AssertionError(f"{failed}; the page said {note!r}; " + "\n".join(logs[-20:])) from None
        assert (
            phone.evaluate("() => document.querySelector('[data-video]').dataset.worker")
            == f"/rtc/w/{victim}"
        )
        cookie = in_a_thread(lambda: session_cookie(live_world.host, proxy))
        host_context = chromium.new_context(**PHONE)
        host_context.add_cookies([cookie])
        host = host_context.new_page()
        host.goto(proxy.url + path + "host/")
        host.get_by_role("button", name="开启摄像头").click()
        expect(host.locator("[data-camera-note]")).to_have_text("正在直播", timeout=15000)
        assert stack.workers[victim].gauge('shanhai_rtc_peers{role="publisher"}') == 1

        moving = [s for s, p in where.items() if p["worker"] == victim]
        stack.workers[victim].kill()
        killed_at = time.monotonic()
        survivors = {w: s for w, s in stack.workers.items() if w != victim}

        def moved() -> bool:
            held = placement.leases()
            return all(held.get(s) in survivors for s in moving)

        wait_until(moved, MOVE_WITHIN + 2, "the dead worker's sessions were placed again", step=0.1)
        took = time.monotonic() - killed_at
        assert took <= MOVE_WITHIN, f"moved after {took:.1f} s"
        assert all(placement.leases()[s] in survivors for s in sessions), "every session is on a live worker"
        new_home = placement.leases()[sessions[0]]
        assert get_json(f"{proxy.url}/live/{sessions[0]}/placement/")["worker"] == new_home

        # The phone notices by itself, asks the placement and reconnects: frames rise again.
        worker_of_page = "() => document.querySelector('[data-video]').dataset.worker"
        wait_until(lambda: phone.evaluate(worker_of_page) == f"/rtc/w/{new_home}", 15, "the phone moved")
        print(f"sessions moved {took:.1f} s after the kill; the phone {time.monotonic() - killed_at:.1f} s")
        before = phone.evaluate(DECODED)
        assert wait_for(phone, DECODED, before + 30, timeout=20) > before + 30, "frames keep coming"
        assert viewer_peers(survivors[new_home]) >= 1
        # The host's browser republished to the new worker without anyone pressing a button.
        wait_until(
            lambda: survivors[new_home].gauge('shanhai_rtc_peers{role="publisher"}') == 1,
            20,
            "the host republished",
        )
        expect(host.locator("[data-camera-note]")).to_have_text("正在直播", timeout=10000)
    finally:
        stack.stop()


def test_drain_hands_sessions_over_and_sigterm_too(live_world, placed, tmp_path):
    sessions = six_sessions(live_world)[:2]
    stack = Stack(tmp_path, placed.MEDIA_PLACEMENT_REDIS_URL, webs=0, workers=2)
    placed.MEDIA_PLACEMENT_PREFIX = stack.prefix + ":media"
    # A session outweighs any difference in the workers' measured CPU, which on a busy test
    # machine may differ by more than one session's default cost: one session lands on each.
    placed.MEDIA_SESSION_COST = 100.0
    try:
        stack.start()
        for s in sessions:
            placement.place(s)
        first = placement.leases()
        assert sorted(first.values()) == ["w1", "w2"]
        w1 = stack.workers["w1"]
        w1_session = next(s for s, w in first.items() if w == "w1")
        wait_until(lambda: w1.gauge("shanhai_media_worker_sessions") == 1, 15, "w1 broadcasts")

        call_command("media_worker", "drain", "w1", "--wait", "10")
        assert placement.leases() == dict.fromkeys(sessions, "w2")
        assert placement.generation(w1_session) == 2, "placed again: the recording continues"
        wait_until(lambda: w1.gauge("shanhai_media_worker_sessions") == 0, 5, "w1 let go of it")
        wait_until(
            lambda: stack.workers["w2"].gauge("shanhai_media_worker_sessions") == 2, 10, "w2 took both"
        )
        assert placement.place(99).worker == "w2", "a draining worker takes nothing new"

        call_command("media_worker", "undrain", "w1")
        wait_until(lambda: not placement.workers()["w1"].draining, 5, "w1 takes sessions again")
        stack.workers["w2"].stop()  # SIGTERM, as systemd stops it for a deploy
        assert all(w == "w1" for w in placement.leases().values()), "w2 handed over before it went"
        assert "w2" not in placement.workers()
    finally:
        stack.stop()


PLAYED = "() => document.querySelector('[data-player]').currentTime"
SEGMENT = re.compile(r"#EXTINF:([0-9.]+)")


@pytest.mark.nginx
@pytest.mark.browser
def test_hls_keeps_playing_across_a_killed_worker_and_the_replay_spans_the_gap(
    live_world, placed, chromium, tmp_path
):
    from livestream.media.hls import session_dir
    from livestream.services.sessions import end_session

    session = live_world.session.pk
    var_dir = tmp_path / "var"
    collect_static(var_dir)
    stack = Stack(
        tmp_path, placed.MEDIA_PLACEMENT_REDIS_URL, webs=1, workers=2, var_dir=var_dir, hls=True, seats=0
    )
    placed.MEDIA_PLACEMENT_PREFIX = stack.prefix + ":media"
    placed.HLS_ROOT = tmp_path / "hls"
    try:
        stack.start()
        victim = get_json(f"{stack.proxy.url}/live/{session}/placement/")["worker"]
        phone = chromium.new_context(**PHONE).new_page()
        phone.goto(f"{stack.proxy.url}/live/{session}/")
        expect(phone.locator("[data-video-mode]")).to_have_text("标准直播流（HLS）", timeout=15000)
        wait_for(phone, PLAYED, 4, timeout=40)
        stack.workers[victim].kill()
        killed_at = phone.evaluate(PLAYED)
        wait_until(lambda: placement.leases().get(session) not in ("", victim, None), 12, "placed again")
        assert wait_for(phone, PLAYED, killed_at + 6, timeout=40) > killed_at + 6, "hls.js keeps playing"
        in_a_thread(lambda: end_session(None, session))
        vod = session_dir(session) / "hi-vod.m3u8"  # the whole recording of the high rendition
        wait_until(lambda: "#EXT-X-ENDLIST" in vod.read_text(), 20, "the replay is closed")
        replay = vod.read_text()
        assert "\n#EXT-X-DISCONTINUITY\n" in replay, "one recording with a discontinuity, not a new one"
        before, after = replay.split("\n#EXT-X-DISCONTINUITY\n", 1)
        gap = sum(map(float, SEGMENT.findall(before)))
        assert gap >= 4, "what was recorded before the kill is kept"
        assert sum(map(float, SEGMENT.findall(after))) >= 4, "and what came after"
        # The replay page plays through the gap.
        viewer = chromium.new_context(**PHONE).new_page()
        viewer.goto(f"{stack.proxy.url}/live/{session}/")
        expect(viewer.locator("[data-video-mode]")).to_have_text("回放", timeout=15000)
        wait_for(viewer, PLAYED, 0.5, timeout=30)
        viewer.evaluate(f"() => {{ document.querySelector('[data-player]').currentTime = {gap - 1.5}; }}")
        assert wait_for(viewer, PLAYED, gap + 1.5, timeout=20) > gap + 1.5, "the replay plays across the gap"
    finally:
        stack.stop()
