"""Benchmark: glass-to-glass latency of the 1:1 video interview room, on loopback, both ways.

Two Chromium contexts (the interviewer and the applicant, 375 px phones) open the real room page
(``interviews/static/interviews/room.js``) on one real daphne and press "进入面试". Each page's
camera is replaced (an init script in place of ``getUserMedia``) by a 640×480 canvas streamed
with ``captureStream(30)`` plus an oscillator for sound: every frame is drawn with a frame
counter, a moving block, and the wall-clock time it was drawn as 44 black/white blocks along the
top (the layout of ``livestream/media/stamp.py``). The other page reads the blocks back from its
remote <video> at every ``requestVideoFrameCallback``; sample = the callback's
``expectedDisplayTime`` (when the compositor shows the frame) - the stamp. Both pages run on the
same machine, so on the same clock: each sample spans canvas capture, the VP8 encoder, the
peer-to-peer path (loopback, no TURN), the jitter buffer, the decoder and the compositor.

Setup: a fresh SQLite database in a temporary ``VAR_DIR`` (migrated), a company, a recruiter, a
student who applied, and a video interview starting in 5 minutes (the room is open); one daphne
(``-v 0``, DEBUG, no Redis: the in-memory relay). Samples over ``--seconds`` (default 30) after
``--warmup`` (default 5) s of connected call. Target: p95 <= 300 ms each way.

    .venv/bin/python bench/interview_latency.py [--seconds 30] [--warmup 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench._machine import describe_machine  # noqa: E402
from bench.latency import percentiles  # noqa: E402
from tests.servers import DaphneServer, free_port  # noqa: E402

PYTHON = sys.executable
VAR_DIR = Path(os.environ.get("INTERVIEW_LATENCY_VAR_DIR", Path(tempfile.gettempdir()) / "interview-latency"))
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True, "locale": "zh-CN"}

# In place of the camera: a stamped canvas and a tone (runs before the page's own scripts).
CAMERA = """(() => {
  const BITS = 44, BLOCK = 12, LEFT = 16, TOP = 4;
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640; canvas.height = 480;
    const ctx = canvas.getContext('2d');
    let n = 0;
    const draw = () => {
      const now = Math.floor(performance.timeOrigin + performance.now()) % 2 ** BITS;
      ctx.fillStyle = 'hsl(' + (n * 3 % 360) + ', 35%, 40%)';
      ctx.fillRect(0, 0, 640, 480);
      ctx.fillStyle = '#fc3';
      ctx.fillRect((n * 7) % 560, 120 + (n * 3) % 280, 80, 80);
      ctx.fillStyle = '#fff'; ctx.font = '48px sans-serif'; ctx.fillText(String(n), 40, 420);
      for (let bit = 0; bit < BITS; bit++) {
        const on = Math.floor(now / 2 ** (BITS - 1 - bit)) % 2 === 1;
        ctx.fillStyle = on ? '#fff' : '#000';
        ctx.fillRect(LEFT + bit * BLOCK, TOP, BLOCK, BLOCK);
      }
      n++;
    };
    draw();
    setInterval(draw, 1000 / 30);
    const stream = canvas.captureStream(30);
    const audio = new AudioContext(), tone = audio.createOscillator();
    const out = audio.createMediaStreamDestination();
    tone.connect(out); tone.start();
    stream.addTrack(out.stream.getAudioTracks()[0]);
    return stream;
  };
})();"""

# Read the stamp from every frame the remote <video> shows.
SAMPLER = """() => {
  const video = document.querySelector('[data-remote]');
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
      const row = ctx.getImageData(0, Math.round(ROW * h / 480), w, 1).data;
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

SETUP = """
import datetime as dt
from django.test import Client
from django.utils import timezone
from interviews import services
from jobs.services import apply
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student
company = make_company()
recruiter = make_recruiter(company)
student = make_student()
application = apply(student, make_job(company)).application
start = (timezone.now() + dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
invitation = services.Invitation("video", 60, [start], fixed=True)
interview = services.invite(application.pk, invitation, by=recruiter)
cookies = []
for user in (recruiter, student):
    client = Client(); client.force_login(user); cookies.append(client.cookies["sessionid"].value)
print("INTERVIEW-BENCH", interview.pk, *cookies)
"""


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
            "VAR_DIR": str(VAR_DIR),
            "PYTHONPATH": str(ROOT),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    return env


def prepare() -> tuple[int, str, str]:
    if VAR_DIR.exists():
        shutil.rmtree(VAR_DIR)
    VAR_DIR.mkdir(parents=True)
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], cwd=ROOT, env=base_env(), check=True)  # noqa: S603
    out = subprocess.run(  # noqa: S603
        [*manage, "shell", "-c", SETUP], cwd=ROOT, env=base_env(), check=True, capture_output=True, text=True
    ).stdout
    marked = next(line.split() for line in out.splitlines() if line.startswith("INTERVIEW-BENCH "))
    return int(marked[1]), marked[2], marked[3]


class Server(DaphneServer):
    """A daphne on the bench's own SQLite database."""

    def __init__(self) -> None:
        self.port = free_port()
        self.args = []
        self.env = base_env()
        self.log = VAR_DIR / f"daphne-{self.port}.log"
        self.process = None


def measure(pk: int, cookies: dict[str, str], warmup: float, seconds: float) -> tuple[dict[str, dict], str]:
    from playwright.sync_api import expect, sync_playwright

    from tests.browser import launch_chromium

    server = Server().start()
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright, fake_media=True)
            version = browser.version
            pages = {}
            for side, session in cookies.items():
                context = browser.new_context(**PHONE)
                context.add_cookies(
                    [{"name": "sessionid", "value": session, "domain": "127.0.0.1", "path": "/"}]
                )
                context.add_init_script(CAMERA)
                page = context.new_page()
                page.goto(f"{server.url}/interviews/{pk}/room/")
                page.get_by_role("button", name="进入面试").click()
                pages[side] = page
            opened = time.monotonic()
            for page in pages.values():
                expect(page.locator("[data-interview-room]")).to_have_attribute(
                    "data-state", "connected", timeout=20000
                )
            connected = time.monotonic() - opened
            time.sleep(warmup)
            for page in pages.values():
                page.evaluate(SAMPLER)
            time.sleep(seconds)
            results = {}
            for side, page in pages.items():
                samples = [latency for _, latency in page.evaluate("window.__latency")]
                result = percentiles(samples)
                result["fps"] = len(samples) / seconds
                result["unreadable"] = page.evaluate("window.__bad")
                result["connected_s"] = connected
                results[side] = result
            browser.close()
            return results, version
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=5.0)
    args = parser.parse_args()
    pk, recruiter, student = prepare()
    results, version = measure(pk, {"recruiter": recruiter, "student": student}, args.warmup, args.seconds)
    print(
        f"\nglass-to-glass latency of the 1:1 interview room on loopback: interview {pk}, one daphne "
        f"(DEBUG, SQLite, in-memory relay), two Chromium {version} contexts (headless, software "
        f"encode and decode), stamped 640x480 canvas at 30 fps each way; {args.seconds:.0f} s after "
        f"{args.warmup:.0f} s of connected call"
    )
    print(
        f"{'direction':<34} {'frames':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'fps':>5} "
        f"{'bad':>4}  target"
    )
    names = {"student": "interviewer -> applicant (shown)", "recruiter": "applicant -> interviewer (shown)"}
    for side, result in results.items():
        if not result.get("n"):
            print(f"{names[side]:<34} no samples ({result})")
            continue
        print(
            f"{names[side]:<34} {result['n']:>6} {result['p50']:>8.0f} {result['p95']:>8.0f} "
            f"{result['max']:>8.0f} {result['fps']:>5.1f} {result['unreadable']:>4}  p95 <= 300 ms"
        )
    print(f"both pages connected {results['student']['connected_s']:.1f} s after both had pressed join")
    print("machine:", describe_machine())


if __name__ == "__main__":
    main()
