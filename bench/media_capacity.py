"""Benchmark: concurrent live sessions per core on media workers, and capacity with one, two and
three workers (placement spreads sessions; expect capacity to grow with workers up to the cores).

Each worker is a process of its own (``... worker``, as a media worker is) running N live sessions
with every encoder a session has: the project's ``Broadcast`` (VP8 + Opus, encoded once for the
WebRTC viewers) and its ``HlsWriter`` (H.264 + AAC segments on disk; with the HLS branch merged,
every rendition it writes). The publisher is the demo pattern pre-rendered with camera-like grain
(``bench/_rtc_relay_peers.prerender``, as ``bench/rtc_relay.py``) plus the demo beep, fed to the
broadcast as decoded frames: the publisher's own VP8 decoding is not included, nor are viewers
(``bench/rtc_relay.py`` measures those). A session keeps up when its VP8 rendition encodes
>= 28 frames a second and its HLS writer drops no frame over the window.

For K = 1, 2, 3 workers and N = 1, 2, ... sessions per worker (all started together), the script
measures over a steady window the workers' CPU (user + system, all threads; 1.0 = one core) and
each session's frame rate; capacity(K) = the most sessions K workers carry with every one keeping
up. Sessions per core = N / (CPU of one worker) at its largest N that keeps up.

    .venv/bin/python bench/media_capacity.py [--workers 1,2,3] [--max 8] [--window 10] [--warmup 4]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MIN_FPS = 28.0


# --- one worker (a child process) -------------------------------------------------------------


def configure(hls_root: str, encoder_process: bool) -> None:
    from django.conf import settings

    settings.configure(
        HLS_ENCODER_PROCESS=encoder_process,
        QR_CJK_FONT="/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        HLS_ROOT=hls_root,
        HLS_ENABLED=True,
        HLS_SEGMENT_SECONDS=1,  # the production defaults (events_server/settings.py)
        HLS_WINDOW=8,
        RTC_VIDEO_BITRATE=1_000_000,
    )
    import django

    django.setup()


def tree_cpu(process: psutil.Process) -> float:
    """CPU seconds of the worker and of its sessions' HLS encoder processes."""
    total = sum(process.cpu_times()[:2])
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += sum(child.cpu_times()[:2])
    return total


async def run_worker(args: argparse.Namespace) -> None:
    configure(args.hls_root, not args.hls_thread)
    from bench._rtc_relay_peers import LoopTrack, prerender
    from livestream.media.broadcast import Broadcast
    from livestream.media.hls import HlsWriter
    from livestream.media.synthetic import BeepTrack

    planes = prerender(4.0)
    broadcasts = []
    for n in range(args.sessions):
        session_id = args.first + n
        hls = HlsWriter.for_session(session_id)
        broadcast = Broadcast(session_id, bitrate=1_000_000, on_stage=lambda *a: None, hls=hls)
        broadcast.attach("bench", [LoopTrack(planes), BeepTrack()])
        broadcasts.append(broadcast)
    print("ready", flush=True)
    await asyncio.sleep(args.warmup)
    me = psutil.Process()
    frames = [b.video.frames for b in broadcasts]
    dropped = [b.hls.dropped for b in broadcasts]
    cpu, wall = tree_cpu(me), time.monotonic()
    await asyncio.sleep(args.window)
    cpu, wall = tree_cpu(me) - cpu, time.monotonic() - wall
    result = {
        "cpu": cpu / wall,
        "fps": [(b.video.frames - f) / wall for b, f in zip(broadcasts, frames, strict=True)],
        "dropped": [b.hls.dropped - d for b, d in zip(broadcasts, dropped, strict=True)],
    }
    print(json.dumps(result), flush=True)
    for broadcast in broadcasts:
        await broadcast.close()


# --- the driver -----------------------------------------------------------------------------


def measure(workers: int, per_worker: int, args: argparse.Namespace) -> dict:
    hls_root = tempfile.mkdtemp(prefix="media-capacity-")
    children = []
    for k in range(workers):
        command = [
            sys.executable,
            __file__,
            "worker",
            "--sessions",
            str(per_worker),
            "--first",
            str(1 + k * 100),
            "--hls-root",
            hls_root,
            "--window",
            str(args.window),
            "--warmup",
            str(args.warmup),
            *(["--hls-thread"] if args.hls_thread else []),
        ]
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)  # noqa: S603
        children.append(child)
    for child in children:
        assert child.stdout.readline().strip() == "ready", "a worker did not start"
    busy, started = psutil.cpu_times(), time.monotonic()
    results = [json.loads(child.stdout.readline()) for child in children]
    after, elapsed = psutil.cpu_times(), time.monotonic() - started
    for child in children:
        child.wait(30)
    machine = (sum(after) - after.idle) - (sum(busy) - busy.idle)
    fps = [f for r in results for f in r["fps"]]
    dropped = sum(d for r in results for d in r["dropped"])
    return {
        "workers": workers,
        "sessions": workers * per_worker,
        "cpu": [round(r["cpu"], 2) for r in results],
        "fps_min": round(min(fps), 1),
        "hls_dropped": dropped,
        "ok": min(fps) >= MIN_FPS and dropped == 0,
        "machine_cores_busy": round(machine / elapsed, 2),  # warm-up and window, every process
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", nargs="?", default="drive", choices=["drive", "worker"])
    parser.add_argument("--sessions", type=int, default=1)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--hls-root", default="")
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--max", type=int, default=8, help="most sessions per worker to try")
    parser.add_argument("--window", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=4)
    parser.add_argument(
        "--hls-thread",
        action="store_true",
        help="encode HLS on a thread of the worker (HLS_ENCODER_PROCESS=false)",
    )
    args = parser.parse_args()
    if args.mode == "worker":
        asyncio.run(run_worker(args))
        return
    from bench._machine import describe_machine

    print(describe_machine())
    print(f"load before: {os.getloadavg()[0]:.2f} (other jobs on this machine count against every figure)")
    print("workers  sessions  worker CPU (cores)        min fps  HLS drops  keeps up  machine busy (cores)")
    capacity, per_core = {}, None
    for workers in [int(k) for k in args.workers.split(",")]:
        for per_worker in range(1, args.max + 1):
            run = measure(workers, per_worker, args)
            print(
                f"{workers:>7}  {run['sessions']:>8}  {run['cpu']!s:<24}  {run['fps_min']:>7}  "
                f"{run['hls_dropped']:>9}  {'yes' if run['ok'] else 'no':>8}  {run['machine_cores_busy']:>6}",
                flush=True,
            )
            if not run["ok"]:
                break
            capacity[workers] = run["sessions"]
            if workers == 1:
                per_core = run["sessions"] / max(run["cpu"][0], 0.01)
    print()
    print(f"cores on this machine: {os.cpu_count()}")
    if per_core:
        print(f"live sessions per core (one worker, largest N that keeps up): {per_core:.1f}")
    for workers, sessions in capacity.items():
        print(f"capacity with {workers} worker(s): {sessions} live sessions")


if __name__ == "__main__":
    main()
