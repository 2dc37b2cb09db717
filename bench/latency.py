"""Benchmark: glass-to-glass latency of the live stage, WebRTC and HLS, on loopback.

The demo publisher (``DEMO_PUBLISHER=true``: ``synthetic.PatternTrack``) draws every frame with
the wall-clock time it made it, as 44 black/white blocks along the top (``livestream/media/
stamp.py``). A viewer reads the blocks back from what it shows and subtracts them from its own
clock (same machine, same clock), so each sample spans the server's shared encoder, the network
stack, the viewer's jitter buffer and decoder:

1. **WebRTC, aiortc viewer**: ``POST /live/<pk>/rtc/view/`` from this process, decoding for
   real; sample = time the decoded frame comes out of aiortc - stamp (no rendering).
2. **WebRTC, Chromium**: the live page plays WebRTC (``video.js``); at every
   ``requestVideoFrameCallback`` the page draws the <video> into a canvas and reads the stamp;
   sample = the callback's ``expectedDisplayTime`` (when the compositor shows the frame) - stamp.
3. **HLS, Chromium**: a second server with ``RTC_VIEWER_CAP=0``, so the same page falls back to
   HLS through hls.js (the page's own settings, ``liveSyncDurationCount: 1``, 1 s segments);
   sampled the same way. The page is opened on a running broadcast (three segments written):
   on a fresh one the first playlist request gets a 404 and the page starts hls.js over 3 s
   later (``--cold-hls`` opens it that way).

Each run: one real daphne (``-v 0``) in DEBUG on SQLite in a temporary ``VAR_DIR``, migrated
and loaded with ``load_demo`` (its live session, watched as the demo student), no Redis
(in-process live rooms); samples
are taken over ``--seconds`` (default 30) after ``--warmup`` s of playback, and reported as
p50/p95/max. Targets: WebRTC p95 <= 500 ms; HLS <= 6 s, stretch <= 3 s.

    .venv/bin/python bench/latency.py [--quick] [--seconds 30] [--only aiortc,chromium,hls]
"""

from __future__ import annotations

import argparse
import asyncio
import http.cookiejar
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.servers import DaphneServer, free_port  # noqa: E402

PYTHON = sys.executable
VAR_DIR = Path(os.environ.get("LATENCY_VAR_DIR", Path(tempfile.gettempdir()) / "latency-bench"))

# Runs in the page: read the stamp from every displayed frame (see livestream/media/stamp.py).
SAMPLER = """() => {
  const video = document.querySelector('[data-player]');
  const BITS = 44, BLOCK = 12, LEFT = 16, ROW = 4 + 6;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  window.__latency = []; window.__bad = 0; window.__seen = 0;
  const onFrame = (now, meta) => {
    const shown = performance.timeOrigin + meta.expectedDisplayTime;
    const w = video.videoWidth, h = video.videoHeight;
    if (w && h) {
      if (canvas.width !== w) { canvas.width = w; canvas.height = h; }
      ctx.drawImage(video, 0, 0, w, h);
      const row = ctx.getImageData(0, ROW * h / 480, w, 1).data;
      let stamp = 0;
      for (let bit = 0; bit < BITS; bit++) {
        const x = Math.round((LEFT + bit * BLOCK + BLOCK / 2) * w / 640);
        const luma = (row[4 * x] + row[4 * x + 1] + row[4 * x + 2]) / 3;
        stamp = stamp * 2 + (luma > 128 ? 1 : 0);
      }
      const latency = (shown % 2 ** BITS) - stamp;
      window.__seen++;
      if (latency > -50 && latency < 60000) window.__latency.push([Date.now(), latency]);
      else window.__bad++;
    }
    video.requestVideoFrameCallback(onFrame);
  };
  video.requestVideoFrameCallback(onFrame);
}"""


def base_env() -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "events_server.settings",
            "DEBUG": "true",
            "DEMO_PUBLISHER": "true",
            "VAR_DIR": str(VAR_DIR),
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def prepare() -> tuple[int, str]:
    """A fresh SQLite database with the demo campaign; the pk of its live session and a session
    cookie of the demo student (the demo session asks viewers to log in)."""
    if VAR_DIR.exists():
        shutil.rmtree(VAR_DIR)
    VAR_DIR.mkdir(parents=True)
    env = base_env()
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    subprocess.run([*manage, "load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    script = (
        "from django.test import Client;"
        "from django.contrib.auth import get_user_model;"
        "from livestream.models import LiveSession;"
        "s = LiveSession.objects.filter(state='live').order_by('pk').first();"
        "c = Client(); c.force_login(get_user_model().objects.get(username='student'));"
        "print('LATENCY-BENCH', s.pk, c.cookies['sessionid'].value)"
    )
    out = subprocess.run(  # noqa: S603
        [*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    marked = next(line.split() for line in out.splitlines() if line.startswith("LATENCY-BENCH "))
    return int(marked[1]), marked[2]


class Server(DaphneServer):
    """A daphne on the bench's own SQLite database (tests/servers.py starts and stops it)."""

    def __init__(self, extra: dict[str, str]) -> None:
        self.port = free_port()
        self.env = {**base_env(), **extra}
        self.log = VAR_DIR / f"daphne-{self.port}.log"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def cpu(self) -> float:
        times = psutil.Process(self.process.pid).cpu_times()
        return times.user + times.system


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    if not ordered:
        return {}

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {
        "n": len(ordered),
        "p50": at(0.50),
        "p95": at(0.95),
        "max": ordered[-1],
        "min": ordered[0],
        "mean": statistics.fmean(ordered),
    }


# --- 1. aiortc viewer ------------------------------------------------------------------------


def student_session(server: Server, pk: int, session: str) -> tuple[urllib.request.OpenerDirector, str]:
    """Open the live page as the logged-in demo student's browser would, for its CSRF cookie."""
    jar = http.cookiejar.CookieJar()
    jar.set_cookie(cookie("sessionid", session))
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{server.url}/live/{pk}/", timeout=10).read()
    token = next((c.value for c in jar if c.name == "csrftoken"), "")
    return opener, token


def cookie(name: str, value: str) -> http.cookiejar.Cookie:
    return http.cookiejar.Cookie(
        0, name, value, None, False, "127.0.0.1", False, False, "/", True, False, None, False, None, None, {}
    )


async def aiortc_viewer(server: Server, pk: int, session: str, warmup: float, seconds: float) -> dict:
    from aiortc import RTCPeerConnection, RTCSessionDescription
    from aiortc.mediastreams import MediaStreamError

    from livestream.media import stamp

    opener, token = student_session(server, pk, session)
    pc = RTCPeerConnection()
    pc.addTransceiver("video", direction="recvonly")
    pc.addTransceiver("audio", direction="recvonly")
    samples: list[tuple[float, int]] = []
    frames: list[tuple[int, int]] = []

    async def read(track) -> None:
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    samples.append((time.monotonic(), stamp.latency_ms(frame)))
                    frames.append((frame.width, frame.height))
        except MediaStreamError:
            pass

    tasks: list[asyncio.Task] = []
    pc.on("track", lambda track: tasks.append(asyncio.ensure_future(read(track))))
    await pc.setLocalDescription(await pc.createOffer())
    request = urllib.request.Request(  # noqa: S310 - our own URL
        f"{server.url}/live/{pk}/rtc/view/",
        data=json.dumps({"sdp": pc.localDescription.sdp}).encode(),
        headers={"Content-Type": "application/json", "X-CSRFToken": token},
    )
    loop = asyncio.get_running_loop()
    reply = json.loads(await loop.run_in_executor(None, lambda: opener.open(request, timeout=20).read()))
    await pc.setRemoteDescription(RTCSessionDescription(reply["sdp"], "answer"))
    joined = time.monotonic()
    while not samples and time.monotonic() - joined < 30:
        await asyncio.sleep(0.05)
    first_frame = time.monotonic() - joined if samples else None
    await asyncio.sleep(warmup)
    start = time.monotonic()
    cpu0 = server.cpu()
    await asyncio.sleep(seconds)
    cpu1 = server.cpu()
    end = time.monotonic()
    await pc.close()
    for task in tasks:
        task.cancel()
    window = [ms for t, ms in samples if start <= t <= end]
    return {
        **percentiles(window),
        "fps": len(window) / (end - start),
        "first_frame_s": first_frame,
        "size": frames[-1] if frames else None,
        "server_cpu": 100 * (cpu1 - cpu0) / (end - start),
    }


def warm_hls(server: Server, pk: int, session: str, segments: int = 3) -> float:
    """Start the broadcast (a view request creates it even when the seats are taken) and wait
    until its playlist lists ``segments`` segments; seconds it took.

    Needed because hls.js 1.7 does not retry a manifest that answers 404 (it retries only
    timeouts, network errors and 5xx, whatever ``manifestLoadingMaxRetry`` says), and the
    playlist does not exist until the first segment is written, so a page opened on a fresh
    broadcast stays black; see the report."""
    shutil.rmtree(VAR_DIR / "hls" / str(pk), ignore_errors=True)  # the WebRTC run's recording
    opener, token = student_session(server, pk, session)
    request = urllib.request.Request(  # noqa: S310 - our own URL
        f"{server.url}/live/{pk}/rtc/view/",
        data=json.dumps({"sdp": "v=0"}).encode(),
        headers={"Content-Type": "application/json", "X-CSRFToken": token},
    )
    started = time.monotonic()
    try:
        opener.open(request, timeout=20)
    except urllib.error.HTTPError as exc:
        if exc.code != 503:  # 503 = seats taken, the expected answer with RTC_VIEWER_CAP=0
            raise
    while time.monotonic() - started < 60:
        try:
            playlist = opener.open(f"{server.url}/live/{pk}/hls/hi.m3u8", timeout=5).read().decode()
            if playlist.count("#EXTINF") >= segments:
                return time.monotonic() - started
        except urllib.error.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError("no HLS playlist after 60 s")


# --- 2./3. Chromium --------------------------------------------------------------------------


def chromium_viewer(
    server: Server, pk: int, session: str, warmup: float, seconds: float, expect_mode: str
) -> dict:
    from playwright.sync_api import sync_playwright

    from tests.browser import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport={"width": 800, "height": 700})
            context.add_cookies([{"name": "sessionid", "value": session, "domain": "127.0.0.1", "path": "/"}])
            page = context.new_page()
            opened = time.monotonic()
            page.goto(f"{server.url}/live/{pk}/")
            page.wait_for_function(
                "() => { const v = document.querySelector('[data-player]');"
                " return v && v.videoWidth > 0 && v.currentTime > 0; }",
                timeout=60_000,
            )
            first_frame = time.monotonic() - opened
            mode = page.locator("[data-video-mode]").inner_text()
            page.evaluate(SAMPLER)
            time.sleep(warmup)
            page.evaluate("() => { window.__latency = []; window.__bad = 0; window.__seen = 0; }")
            cpu0, start = server.cpu(), time.monotonic()
            time.sleep(seconds)
            cpu1, end = server.cpu(), time.monotonic()
            result = page.evaluate(
                "() => ({samples: window.__latency.map(s => s[1]), bad: window.__bad, seen: window.__seen,"
                " size: [document.querySelector('[data-player]').videoWidth,"
                " document.querySelector('[data-player]').videoHeight]})"
            )
            stats = page.evaluate(
                """async () => {
                  const peer = document.querySelector('[data-video]').peer;
                  if (!peer) return null;
                  let out = null;
                  (await peer.getStats()).forEach((r) => {
                    if (r.type === 'inbound-rtp' && r.kind === 'video')
                      out = {jitterBufferDelay: r.jitterBufferDelay, emitted: r.jitterBufferEmittedCount,
                             decoded: r.framesDecoded, dropped: r.framesDropped, fps: r.framesPerSecond};
                  });
                  return out;
                }"""
            )
        finally:
            browser.close()
    samples = result["samples"]
    out = {
        **percentiles(samples),
        "fps": result["seen"] / (end - start),
        "unreadable": result["bad"],
        "first_frame_s": first_frame,
        "mode": mode,
        "size": result["size"],
        "server_cpu": 100 * (cpu1 - cpu0) / (end - start),
    }
    if stats and stats.get("emitted"):
        out["jitter_buffer_ms"] = 1000 * stats["jitterBufferDelay"] / stats["emitted"]
    if expect_mode not in mode:
        out["warning"] = f"page played {mode!r}, expected {expect_mode}"
    return out


# --- report ----------------------------------------------------------------------------------


def line(name: str, result: dict, target: str) -> str:
    if "error" in result:
        return f"{name:<34} failed: {result['error']}"
    if not result.get("n"):
        return f"{name:<34} no samples ({result})"
    return (
        f"{name:<34} {result['n']:>6} {result['p50']:>8.0f} {result['p95']:>8.0f} {result['max']:>8.0f} "
        f"{result['fps']:>5.1f} {result.get('first_frame_s') or 0:>7.1f} "
        f"{result['server_cpu']:>6.0f}%  {target}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 s windows, 3 s warm-up")
    parser.add_argument("--seconds", type=float, help="sampling window per viewer (default 30)")
    parser.add_argument(
        "--warmup", type=float, help="seconds of playback before sampling (default 5; HLS 10)"
    )
    parser.add_argument("--only", default="aiortc,chromium,hls")
    parser.add_argument(
        "--cold-hls",
        action="store_true",
        help="open the HLS page on a fresh broadcast, not a running one (hls.js gives up on the 404)",
    )
    args = parser.parse_args()
    seconds = args.seconds or (10.0 if args.quick else 30.0)
    warmup = args.warmup or (3.0 if args.quick else 5.0)
    only = set(args.only.split(","))

    started = time.monotonic()
    pk, session = prepare()
    results: dict[str, dict] = {}
    if only & {"aiortc", "chromium"}:
        with Server({}) as server:
            if "aiortc" in only:
                try:
                    results["aiortc"] = asyncio.run(aiortc_viewer(server, pk, session, warmup, seconds))
                except Exception as exc:
                    results["aiortc"] = {"error": f"{type(exc).__name__}: {exc}"}
                print("aiortc:", results["aiortc"], flush=True)
            if "chromium" in only:
                try:
                    results["chromium"] = chromium_viewer(server, pk, session, warmup, seconds, "WebRTC")
                except Exception as exc:
                    results["chromium"] = {"error": f"{type(exc).__name__}: {exc}"}
                print("chromium:", results["chromium"], flush=True)
    if "hls" in only:
        shutil.rmtree(VAR_DIR / "hls" / str(pk), ignore_errors=True)
        with Server({"RTC_VIEWER_CAP": "0"}) as server:
            try:
                if not args.cold_hls:
                    warmed = warm_hls(server, pk, session)
                    print(
                        f"HLS: playlist had 3 segments {warmed:.1f} s after the broadcast started", flush=True
                    )
                results["hls"] = chromium_viewer(server, pk, session, max(warmup, 10.0), seconds, "HLS")
            except Exception as exc:
                results["hls"] = {"error": f"{type(exc).__name__}: {exc}"}
            print("hls:", results["hls"], flush=True)

    import aiortc
    import av
    from playwright.sync_api import sync_playwright

    from bench._machine import describe_machine

    with sync_playwright() as playwright:
        from tests.browser import launch_chromium

        browser = launch_chromium(playwright)
        chromium_version = browser.version
        browser.close()
    print(
        f"\nglass-to-glass latency on loopback, live session {pk} of the demo campaign, one daphne "
        f"(DEBUG, SQLite, in-process live rooms) with the synthetic publisher; "
        f"samples over {seconds:.0f} s "
        f"after {warmup:.0f} s of playback (HLS: {max(warmup, 10.0):.0f} s); aiortc {aiortc.__version__}, "
        f"PyAV {av.__version__}, Chromium {chromium_version} headless (software decode)"
    )
    print(
        f"{'viewer':<34} {'frames':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'fps':>5} "
        f"{'1st s':>7} {'server':>7}  target"
    )
    targets = {
        "aiortc": ("WebRTC, aiortc viewer (decoded)", "p95 <= 500 ms"),
        "chromium": ("WebRTC, Chromium (displayed)", "p95 <= 500 ms"),
        "hls": ("HLS via hls.js, Chromium", "<= 6 s (stretch <= 3 s)"),
    }
    for key, result in results.items():
        name, target = targets[key]
        print(line(name, result, target))
    for key, result in results.items():
        notes = []
        if result.get("jitter_buffer_ms") is not None:
            notes.append(f"Chromium jitter buffer {result['jitter_buffer_ms']:.0f} ms per frame")
        if result.get("unreadable"):
            notes.append(f"{result['unreadable']} frames with an unreadable stamp left out")
        if result.get("size") and tuple(result["size"]) != (640, 480):
            notes.append(f"picture {result['size']}")
        if result.get("warning"):
            notes.append(result["warning"])
        if result.get("mode"):
            notes.append(f"page mode badge {result['mode']!r}")
        if notes:
            print(f"  {key}: " + "; ".join(notes))
    print("'1st s' = seconds from joining to the first frame; 'server' = daphne CPU, % of one core.")
    print(f"total {time.monotonic() - started:.0f} s")
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
