"""Benchmark: live sessions a media worker carries on one core, and capacity with more workers.

Each worker is a process of its own (``... worker``, as a media worker is) running N live sessions
with everything a session costs a worker: the publisher's WebRTC connection (aiortc receives, decrypts
and decodes its VP8 and Opus), the project's ``Broadcast`` (VP8 + Opus encoded once for the WebRTC
viewers; no viewers here: ``bench/rtc_relay.py`` measures those) and its ``HlsWriter`` with the
session's HLS encoder process (two H.264 renditions + AAC, segments on disk).

Publishers (``--publisher rtc``, the default) are real aiortc peers in a process of their own per
worker that cost little: each relays a VP8 + Opus WebM file made once with ffmpeg (640×480, 30 fps,
1 Mbit/s of test pattern with grain, a keyframe a second, a beep) through ``MediaPlayer(decode=False)``,
so they packetise and encrypt but never encode. Their CPU is measured and reported apart.
``--publisher frames`` feeds pre-rendered decoded frames in the worker instead (no WebRTC receive or
decode: the earlier figure).

Pinning (the default; ``--no-pin`` to turn it off): worker k runs on core k (``sched_setaffinity``,
inherited by its encoder processes), so "sessions a worker keeps up with" is "sessions per core".
Publishers are not pinned: on a machine with as many cores as workers they share the workers' cores.

For K workers (``--workers``, default 1 up to the cores) and N = 1, 2, ... sessions per worker, the
script measures over a steady window each process's CPU (user + system, all threads; 1.0 = one core)
and each session's frame rate, HLS frames dropped and the longest wait between two new HLS segments.
A session keeps up when its frame rate is >= 28 fps, its HLS writer drops no frame and a new segment is
listed at least every 1.5 segment durations. capacity(K) = the most sessions K workers carry with all
of them keeping up (and every smaller count too); the runs stop at the first that does not keep up
unless ``--keep-going``. The first line printed describes the machine, the second its load.

    .venv/bin/python bench/media_capacity.py                  # pinned workers, WebRTC publishers
    .venv/bin/python bench/media_capacity.py --workers 1 --max 4 --window 10 --warmup 5
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MIN_FPS = 28.0
MAX_GAP = 1.5  # segment durations between two new segments in the live playlist


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


def process_cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def encoders_cpu(process: psutil.Process) -> float:
    """CPU seconds of a worker's HLS encoder processes (its children, bar multiprocessing's tracker)."""
    total = 0.0
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            if "resource_tracker" not in " ".join(child.cmdline()):
                total += process_cpu(child)
    return total


async def receive_publishers(sessions: int) -> list[list]:
    """Answer one offer per session read from stdin (JSON lines), as ``MediaHub.publish`` does;
    the tracks aiortc hands over are decoded frames."""
    from aiortc import RTCPeerConnection, RTCSessionDescription

    loop = asyncio.get_running_loop()
    received = []
    for _ in range(sessions):
        offer = json.loads(await loop.run_in_executor(None, sys.stdin.readline))
        pc = RTCPeerConnection()
        tracks: list = []
        pc.on("track", tracks.append)
        await pc.setRemoteDescription(RTCSessionDescription(offer["sdp"], "offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        print(json.dumps({"sdp": pc.localDescription.sdp}), flush=True)
        received.append([pc, tracks])
    return received


async def watch_segments(directories: list[Path], seconds: float) -> list[float]:
    """Each session's longest wait (s) between two new segments in its live playlist."""
    seen: list[str | None] = [None] * len(directories)
    last = [time.monotonic()] * len(directories)
    longest = [0.0] * len(directories)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        await asyncio.sleep(0.05)
        now = time.monotonic()
        for i, directory in enumerate(directories):
            try:
                text = (directory / "hi.m3u8").read_text()
            except OSError:
                continue
            names = re.findall(r"^hi\d+\.ts$", text, re.MULTILINE)
            newest = names[-1] if names else None
            if newest != seen[i]:
                if seen[i] is not None:
                    longest[i] = max(longest[i], now - last[i])
                seen[i], last[i] = newest, now
    now = time.monotonic()
    return [max(w, now - t) for w, t in zip(longest, last, strict=True)]


async def run_worker(args: argparse.Namespace) -> None:
    if args.core >= 0:
        os.sched_setaffinity(0, {args.core})  # the encoder processes spawned below inherit it
    configure(args.hls_root, not args.hls_thread)
    from livestream.media.broadcast import Broadcast
    from livestream.media.hls import HlsWriter, session_dir
    from livestream.media.synthetic import BeepTrack

    if args.publisher == "rtc":
        sources = [tracks for _pc, tracks in await receive_publishers(args.sessions)]
    else:
        from bench._rtc_relay_peers import LoopTrack, prerender

        planes = prerender(4.0)
        sources = [[LoopTrack(planes), BeepTrack()] for _ in range(args.sessions)]
    broadcasts = []
    for n, tracks in enumerate(sources):
        session_id = args.first + n
        hls = HlsWriter.for_session(session_id)
        broadcast = Broadcast(session_id, bitrate=1_000_000, on_stage=lambda *a: None, hls=hls)
        broadcast.attach("bench", [t for t in tracks if t.kind in ("audio", "video")])
        broadcasts.append(broadcast)
    print("ready", flush=True)
    await asyncio.sleep(args.warmup)
    me = psutil.Process()
    frames = [b.video.frames for b in broadcasts]
    dropped = [b.hls.dropped for b in broadcasts]
    cpu, encoders, wall = process_cpu(me), encoders_cpu(me), time.monotonic()
    gaps = await watch_segments([session_dir(b.session_id) for b in broadcasts], args.window)
    cpu, encoders = process_cpu(me) - cpu, encoders_cpu(me) - encoders
    wall = time.monotonic() - wall
    result = {
        "worker": cpu / wall,
        "encoders": encoders / wall,
        "fps": [(b.video.frames - f) / wall for b, f in zip(broadcasts, frames, strict=True)],
        "dropped": [b.hls.dropped - d for b, d in zip(broadcasts, dropped, strict=True)],
        "gap": gaps,
    }
    print(json.dumps(result), flush=True)
    for broadcast in broadcasts:
        await broadcast.close()


# --- the publishers (a child process per worker) -----------------------------------------------


async def run_publishers(args: argparse.Namespace) -> None:
    """``--sessions`` aiortc peers, each relaying the WebM file's packets (never encoding): offers
    out on stdout, answers in on stdin (JSON lines); runs until stdin closes."""
    from aiortc import RTCPeerConnection, RTCSessionDescription
    from aiortc.contrib.media import MediaPlayer

    loop = asyncio.get_running_loop()
    pcs = []
    for _ in range(args.sessions):
        pc = RTCPeerConnection()
        player = MediaPlayer(args.file, decode=False)
        pc.addTrack(player.video)
        pc.addTrack(player.audio)
        for transceiver in pc.getTransceivers():  # the file's codecs, so nothing is re-encoded
            wanted = ("video/VP8",) if transceiver.kind == "video" else ("audio/opus",)
            codecs = transceiver.sender.getCapabilities(transceiver.kind).codecs
            transceiver.setCodecPreferences([c for c in codecs if c.mimeType in wanted])
        await pc.setLocalDescription(await pc.createOffer())
        print(json.dumps({"sdp": pc.localDescription.sdp}), flush=True)
        answer = json.loads(await loop.run_in_executor(None, sys.stdin.readline))
        await pc.setRemoteDescription(RTCSessionDescription(answer["sdp"], "answer"))
        pcs.append(pc)
    await loop.run_in_executor(None, sys.stdin.read)  # until the driver closes it
    for pc in pcs:
        await pc.close()


def publisher_file(seconds: float) -> str:
    """The publishers' WebM (VP8 1 Mbit/s 640×480@30 with grain and a keyframe a second, Opus with a
    beep), made once with ffmpeg and kept in the temporary directory."""
    path = Path(tempfile.gettempdir()) / f"media-capacity-publisher-{int(seconds)}s.webm"
    if path.exists():
        return str(path)
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg, "ffmpeg is needed to make the publishers' file (apt-get install ffmpeg)"
    partial = path.with_suffix(".part.webm")
    subprocess.run(  # noqa: S603
        [
            ffmpeg, "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc2=size=640x480:rate=30,noise=alls=10:allf=t",
            "-f", "lavfi", "-i", "sine=frequency=880:sample_rate=48000:beep_factor=4",
            "-t", str(int(seconds)),
            "-c:v", "libvpx", "-b:v", "1M", "-minrate", "1M", "-maxrate", "1M", "-g", "30",
            "-deadline", "realtime", "-cpu-used", "8",
            "-c:a", "libopus", "-b:a", "64k", "-ac", "2",
            str(partial),
        ],
        check=True,
    )  # fmt: skip
    partial.rename(path)
    return str(path)


# --- the driver -----------------------------------------------------------------------------


def start(command: list[str], **kwargs: object) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603
        [sys.executable, __file__, *command], cwd=ROOT, text=True, stdout=subprocess.PIPE, **kwargs
    )


def measure(workers: int, per_worker: int, args: argparse.Namespace) -> dict:
    hls_root = tempfile.mkdtemp(prefix="media-capacity-")
    children, publishers = [], []
    cores = sorted(os.sched_getaffinity(0))
    for k in range(workers):
        command = [
            "worker",
            *("--sessions", str(per_worker), "--first", str(1 + k * 100), "--hls-root", hls_root),
            *("--window", str(args.window), "--warmup", str(args.warmup)),
            *("--publisher", args.publisher),
            *("--core", str(cores[k % len(cores)] if args.pin else -1)),
            *(["--hls-thread"] if args.hls_thread else []),
        ]
        child = start(command, stdin=subprocess.PIPE)
        children.append(child)
        if args.publisher == "rtc":
            publisher = start(
                ["publisher", "--sessions", str(per_worker), "--file", args.file], stdin=subprocess.PIPE
            )
            publishers.append(publisher)
            for _ in range(per_worker):  # offer → worker, answer → publisher
                child.stdin.write(publisher.stdout.readline())
                child.stdin.flush()
                publisher.stdin.write(child.stdout.readline())
                publisher.stdin.flush()
    for child in children:
        assert child.stdout.readline().strip() == "ready", "a worker did not start"
    time.sleep(args.warmup)
    publisher_cpu = [process_cpu(psutil.Process(p.pid)) for p in publishers]
    busy, started = psutil.cpu_times(), time.monotonic()
    results = [json.loads(child.stdout.readline()) for child in children]
    after, elapsed = psutil.cpu_times(), time.monotonic() - started
    publisher_cpu = [
        (process_cpu(psutil.Process(p.pid)) - before) / elapsed
        for p, before in zip(publishers, publisher_cpu, strict=True)
    ]
    for publisher in publishers:
        publisher.stdin.close()
    for process in children + publishers:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
    shutil.rmtree(hls_root, ignore_errors=True)
    machine = (sum(after) - after.idle) - (sum(busy) - busy.idle)
    fps = [f for r in results for f in r["fps"]]
    dropped = sum(d for r in results for d in r["dropped"])
    gap = max(g for r in results for g in r["gap"])
    sessions = workers * per_worker
    return {
        "workers": workers,
        "sessions": sessions,
        "cpu": [round(r["worker"] + r["encoders"], 2) for r in results],  # each worker and its encoders
        "worker": sum(r["worker"] for r in results) / sessions,
        "encoders": sum(r["encoders"] for r in results) / sessions,
        "publishers": sum(publisher_cpu),
        "fps_min": round(min(fps), 1),
        "hls_dropped": dropped,
        "dropped_pct": 100 * dropped / max(1.0, sum(fps) * args.window),  # of the video frames
        "gap": gap,
        "ok": min(fps) >= MIN_FPS and dropped == 0 and gap <= MAX_GAP,
        "machine_cores_busy": round(machine / elapsed, 2),  # the window, every process on the machine
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", nargs="?", default="drive", choices=["drive", "worker", "publisher"])
    cores = len(os.sched_getaffinity(0))
    parser.add_argument("--workers", default=",".join(str(k) for k in range(1, min(cores, 3) + 1)))
    parser.add_argument("--max", type=int, default=8, help="most sessions per worker to try")
    parser.add_argument("--window", type=float, default=10)
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--publisher", default="rtc", choices=["rtc", "frames"])
    parser.add_argument(
        "--keep-going", action="store_true", help="measure up to --max even after a run that does not keep up"
    )
    parser.add_argument("--no-pin", dest="pin", action="store_false", help="let workers run on any core")
    parser.add_argument(
        "--hls-thread",
        action="store_true",
        help="encode HLS on a thread of the worker (HLS_ENCODER_PROCESS=false)",
    )
    # the children's options
    parser.add_argument("--sessions", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--first", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--hls-root", default="", help=argparse.SUPPRESS)
    parser.add_argument("--core", type=int, default=-1, help=argparse.SUPPRESS)
    parser.add_argument("--file", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode == "worker":
        asyncio.run(run_worker(args))
        return
    if args.mode == "publisher":
        asyncio.run(run_publishers(args))
        return
    from bench._machine import describe_machine

    print(describe_machine())
    load = os.getloadavg()
    print(
        f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        "(other jobs on this machine count against every figure)"
    )
    workers_list = [int(k) for k in args.workers.split(",")]
    if args.pin and max(workers_list) > cores:
        print(f"note: {max(workers_list)} workers on {cores} cores: some share a core")
    print(
        f"publishers: {args.publisher}; workers {'pinned one per core' if args.pin else 'not pinned'}; "
        f"warm-up {args.warmup:g} s, window {args.window:g} s"
    )
    if args.publisher == "rtc":
        args.file = publisher_file(args.warmup + args.window + 30)
    print(
        "workers  sessions  CPU per worker (cores)  per session: worker + encoders  publishers  "
        "min fps  HLS drops (%)  segment gap  keeps up  machine busy"
    )
    capacity, per_session = {}, {}
    for workers in workers_list:
        for per_worker in range(1, args.max + 1):
            run = measure(workers, per_worker, args)
            cost = run["worker"] + run["encoders"]
            session_cost = f"{run['worker']:.3f} + {run['encoders']:.3f} = {cost:.3f}"
            print(
                f"{workers:>7}  {run['sessions']:>8}  {run['cpu']!s:<22}  {session_cost:<31}  "
                f"{run['publishers']:>10.3f}  {run['fps_min']:>7}  "
                f"{run['hls_dropped']:>5} {run['dropped_pct']:>4.1f} %  "
                f"{run['gap']:>9.2f} s  {'yes' if run['ok'] else 'no':>8}  {run['machine_cores_busy']:>12}",
                flush=True,
            )
            per_session.setdefault(workers, run["worker"] + run["encoders"])
            if run["ok"] and capacity.get(workers, 0) == run["sessions"] - workers:
                capacity[workers] = run["sessions"]
            elif not args.keep_going:
                break
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores on this machine: {cores}")
    if 1 in per_session:
        cost = per_session[1]
        print(
            f"CPU per session (one session, its worker and encoder process): {cost:.3f} of a core, "
            f"so at most {1 / cost:.1f} sessions per core by CPU alone"
        )
    for workers in workers_list:
        pinned = " pinned" if args.pin else ""
        print(f"capacity with {workers} worker(s){pinned}: {capacity.get(workers, 0)} live sessions")


if __name__ == "__main__":
    main()
