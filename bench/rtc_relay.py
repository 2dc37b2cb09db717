"""Benchmark: WebRTC viewers per core at 640x480@30 VP8, the project's encode-once relay beside
stock aiortc ``MediaRelay`` (which encodes once per viewer), in the same run.

For each relay and each viewer count N, a fresh server process (``bench/_rtc_relay_peers.py
server``) holds one 640x480@30 source and answers N viewer offers; one viewer process
(``... viewers``) on the same machine opens N receive-only aiortc peers over loopback whose VP8
decoder only counts frames (the first viewer decodes for real, to check the picture). After all
viewers have a frame and a warm-up, the script measures over a steady window:

- server CPU (user + system of the server process, all threads; 100 % = one core);
- frames received per second by every viewer (min / median): a frame counts once the jitter
  buffer has assembled it, i.e. it could be decoded.

Viewers per core = N / (server cores used) at the largest N where every viewer gets >= 28 fps.
Video only (no audio track), bitrate 1 Mbps as ``RTC_VIDEO_BITRATE``; the source is a loop of
60 pre-rendered demo-pattern frames with camera-like grain (``--noise 4``, so VP8 fills its
1 Mbps as a webcam does; the bare pattern encodes to ≈ 0.2 Mbps, one RTP packet a frame, which
flatters the per-viewer cost). Drawing is not measured (see the helper's docstring).
The viewer process shares the 2 cores with the server, so at large N it competes with it.

    .venv/bin/python bench/rtc_relay.py [--quick] [--ours 10,25,50,75] [--stock 2,4,6,8]
        [--window 20] [--warmup 5] [--profile N]

``--profile N`` also runs our relay at N viewers with cProfile on the server's steady window and
prints where its time goes.
"""

from __future__ import annotations

import argparse
import json
import pstats
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PEERS = str(ROOT / "bench" / "_rtc_relay_peers.py")
MIN_FPS = 28.0


@dataclass
class Run:
    relay: str
    viewers: int
    ready: int = 0
    connect_s: float = 0.0
    server_cpu: float = 0.0  # % of one core
    viewer_cpu: float = 0.0
    machine_cpu: float = 0.0  # % of all cores together (200 % = both)
    fps: list[float] = field(default_factory=list)
    sizes: list = field(default_factory=list)
    mbps: float = 0.0  # VP8 payload received per viewer
    encoded_fps: float | None = None
    waited: float = 0.0  # our relay: frames its one encoder made per second
    stats: dict = field(default_factory=dict)
    error: str = ""

    @property
    def min_fps(self) -> float:
        return min(self.fps) if self.fps else 0.0

    @property
    def median_fps(self) -> float:
        return statistics.median(self.fps) if self.fps else 0.0

    @property
    def ok(self) -> bool:
        return not self.error and self.ready == self.viewers and self.min_fps >= MIN_FPS

    @property
    def per_core(self) -> float:
        return self.viewers / (self.server_cpu / 100) if self.server_cpu else 0.0


def python() -> str:
    return sys.executable


def log_file(name: str):
    """Where a helper process's stderr goes: <tmp>/rtc-relay-<name>.log (appended)."""
    return (Path(tempfile.gettempdir()) / f"rtc-relay-{name}.log").open("ab")


def start_server(
    relay: str, bitrate: int, noise: float, profile: str | None = None
) -> tuple[subprocess.Popen, int]:
    command = [python(), PEERS, "server", "--mode", relay, "--bitrate", str(bitrate), "--noise", str(noise)]
    if profile:
        command += ["--profile", profile]
    with log_file(f"server-{relay}") as log:
        server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=log, text=True)  # noqa: S603
    line = server.stdout.readline()
    if not line.startswith("port "):
        server.kill()
        raise RuntimeError(f"server did not start: {line!r}, see its log in {tempfile.gettempdir()}")
    return server, int(line.split()[1])


def wait_quiet(limit: float = 90.0) -> float:
    """Wait (up to ``limit`` s) until other jobs leave the machine mostly idle; return seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if psutil.cpu_percent(interval=3) < 15:  # % of the whole machine
            break
    return time.monotonic() - started


def measure(relay: str, n: int, args: argparse.Namespace, profile: str | None = None) -> Run:
    run = Run(relay, n)
    run.waited = wait_quiet()
    server, port = start_server(relay, args.bitrate, args.noise, profile)
    shares = [n // args.viewer_procs + (i < n % args.viewer_procs) for i in range(args.viewer_procs)]
    with log_file(f"viewers-{relay}") as log:
        clients = [
            subprocess.Popen(  # noqa: S603
                [
                    python(),
                    PEERS,
                    "viewers",
                    "--port",
                    str(port),
                    "--n",
                    str(share),
                    "--real",
                    str(int(i == 0)),
                ],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
            for i, share in enumerate(shares)
            if share
        ]

    def ask(client: subprocess.Popen, command: str) -> dict:
        client.stdin.write(command + "\n")
        client.stdin.flush()
        return json.loads(client.stdout.readline())

    def mark() -> dict:
        marks = [ask(c, "mark") for c in clients]
        return {
            "t": statistics.fmean(m["t"] for m in marks),
            "frames": [f for m in marks for f in m["frames"]],
            "bytes": sum(m["bytes"] for m in marks),
            "counting": sum(m["counting"] for m in marks),
            "sizes": [s for m in marks for s in m["sizes"]],
        }

    try:
        for client in clients:
            ready = json.loads(client.stdout.readline() or "{}")
            run.ready += ready.get("ready", 0)
            run.connect_s = max(run.connect_s, ready.get("connect_s", 0.0))
        time.sleep(args.warmup)
        sp, vps = psutil.Process(server.pid), [psutil.Process(c.pid) for c in clients]
        if profile:
            server.send_signal(signal.SIGUSR1)
        before = ask(clients[0], "stats")
        first, s0, v0, m0 = mark(), cpu(sp), sum(map(cpu, vps)), machine_busy()
        time.sleep(args.window)
        last, s1, v1, m1 = mark(), cpu(sp), sum(map(cpu, vps)), machine_busy()
        run.stats = ask(clients[0], "stats")
        if profile:
            server.send_signal(signal.SIGUSR2)
            server.stdout.readline()  # "profiled"
        elapsed = last["t"] - first["t"]
        run.server_cpu = 100 * (s1 - s0) / elapsed
        run.viewer_cpu = 100 * (v1 - v0) / elapsed
        run.machine_cpu = 100 * (m1 - m0) / elapsed
        run.fps = [(b - a) / elapsed for a, b in zip(first["frames"], last["frames"], strict=True)]
        run.sizes = last["sizes"]
        if last["counting"]:
            run.mbps = 8 * (last["bytes"] - first["bytes"]) / elapsed / last["counting"] / 1e6
        if "encoded" in run.stats:
            run.encoded_fps = (run.stats["encoded"] - before["encoded"]) / elapsed
            run.stats["dropped"] -= before["dropped"]
        for client in clients:
            client.stdin.write("quit\n")
            client.stdin.flush()
        for client in clients:
            client.wait(30)
    except Exception as exc:
        run.error = f"{type(exc).__name__}: {exc}"
    finally:
        for process in (*clients, server):
            if process.poll() is None:
                process.kill()
                process.wait()
    return run


def cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def machine_busy() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def show(runs: list[Run]) -> None:
    print(
        f"{'relay':<6} {'viewers':>7} {'ready':>5} {'server CPU':>10} {'viewers/core':>12} "
        f"{'fps min':>7} {'fps med':>7} {'Mbps':>5} {'viewer proc':>11} {'others':>7}  "
        f"all >= {MIN_FPS:.0f} fps"
    )
    for r in runs:
        if r.error:
            print(f"{r.relay:<6} {r.viewers:>7}  failed: {r.error}")
            continue
        print(
            f"{r.relay:<6} {r.viewers:>7} {r.ready:>5} {r.server_cpu:>9.0f}% {r.per_core:>12.1f} "
            f"{r.min_fps:>7.1f} {r.median_fps:>7.1f} {r.mbps:>5.2f} {r.viewer_cpu:>10.0f}% "
            f"{max(0.0, r.machine_cpu - r.server_cpu - r.viewer_cpu):>6.0f}%  "
            f"{'yes' if r.ok else 'NO'}"
        )


def marginal(runs: list[Run]) -> tuple[float, float] | None:
    """Least-squares server CPU = fixed + per_viewer * N over the runs that kept 28 fps."""
    points = [(r.viewers, r.server_cpu) for r in runs if r.ok]
    if len(points) < 2:
        return None
    mean_n = statistics.fmean(n for n, _ in points)
    mean_c = statistics.fmean(c for _, c in points)
    spread = sum((n - mean_n) ** 2 for n, _ in points)
    if not spread:
        return None
    slope = sum((n - mean_n) * (c - mean_c) for n, c in points) / spread
    return mean_c - slope * mean_n, slope


def summary(relay: str, runs: list[Run]) -> str:
    good = [r for r in runs if r.relay == relay and r.ok]
    if not good:
        return f"{relay}: no viewer count kept every viewer at >= {MIN_FPS:.0f} fps"
    best = max(good, key=lambda r: r.viewers)
    text = (
        f"{relay}: {best.per_core:.1f} viewers per core at N = {best.viewers} "
        f"(server {best.server_cpu:.0f} % of a core, min {best.min_fps:.1f} fps)"
    )
    fit = marginal([r for r in runs if r.relay == relay])
    if fit:
        fixed, slope = fit
        text += f"; fit: {fixed:.1f} % fixed + {slope:.2f} % of a core per viewer"
        if slope > 0:
            text += f" (≈ {100 / slope:.0f} viewers per core at the margin)"
    return text


def profile(n: int, args: argparse.Namespace) -> None:
    path = Path(tempfile.gettempdir()) / f"rtc-relay-ours-{n}.prof"
    run = measure("ours", n, args, profile=str(path))
    print(f"\nprofile of our relay's server, {n} viewers, {args.window:.0f} s window (cProfile, slows it):")
    show([run])
    if not path.exists():
        print("no profile written")
        return
    stats = pstats.Stats(str(path))
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(30)


def counts(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: ours 10,25; stock 2,4; 5 s windows")
    parser.add_argument("--ours", help="viewer counts for the project's relay (default 10,25,50,75)")
    parser.add_argument("--stock", help="viewer counts for stock MediaRelay (default 2,4,6,8)")
    parser.add_argument("--window", type=float, help="measured seconds per run (default 20; quick 5)")
    parser.add_argument(
        "--warmup", type=float, help="seconds after every viewer has a frame (default 5; quick 2)"
    )
    parser.add_argument("--bitrate", type=int, default=1_000_000)
    parser.add_argument("--viewer-procs", type=int, default=2, help="processes the viewers are split across")
    parser.add_argument(
        "--noise", type=float, default=4.0, help="camera-like grain (sigma) in the source; 0 = bare pattern"
    )
    parser.add_argument(
        "--profile", type=int, metavar="N", help="also profile our relay's server at N viewers"
    )
    args = parser.parse_args()
    args.ours = counts(args.ours or ("10,25" if args.quick else "10,25,50,75"))
    args.stock = counts(args.stock or ("2,4" if args.quick else "2,4,6,8"))
    args.window = args.window or (5.0 if args.quick else 20.0)
    args.warmup = args.warmup or (2.0 if args.quick else 5.0)

    started = time.monotonic()
    runs = []
    for relay, ns in (("ours", args.ours), ("stock", args.stock)):
        for n in ns:
            run = measure(relay, n, args)
            runs.append(run)
            show([run])
            sys.stdout.flush()

    import aiortc
    import av

    from bench._machine import describe_machine

    print(
        f"\nWebRTC relay, one 640x480@30 VP8 source at {args.bitrate / 1e6:g} Mbps (grain sigma "
        f"{args.noise:g}), video only, N "
        f"receive-only aiortc viewers (counting decoder) in one process on the same machine over "
        f"loopback; aiortc {aiortc.__version__}, PyAV {av.__version__} (libvpx), "
        f"{args.window:.0f} s window after {args.warmup:.0f} s warm-up, fresh server per row."
    )
    print(
        "CPU: % of one core (200 % = both cores); 'others' = the rest of the machine meanwhile "
        "(other jobs); Mbps = VP8 payload received per viewer."
    )
    show(runs)
    for r in runs:
        notes = []
        if r.sizes and any(tuple(s) != (640, 480) for s in r.sizes):
            notes.append(f"decoded sizes {r.sizes}")
        if r.encoded_fps is not None:
            notes.append(f"the shared encoder made {r.encoded_fps:.1f} frames/s")
        if r.stats.get("dropped"):
            notes.append(f"{r.stats['dropped']} packets dropped from viewer queues (viewers fell behind)")
        if r.waited > 5:
            notes.append(f"waited {r.waited:.0f} s for other jobs to quieten first")
        others = r.machine_cpu - r.server_cpu - r.viewer_cpu
        if others > 30:
            notes.append(f"other processes used {others:.0f} % of a core meanwhile: figures disturbed")
        if r.ready != r.viewers and not r.error:
            notes.append(f"only {r.ready} of {r.viewers} viewers got a frame")
        if notes:
            print(f"  {r.relay} {r.viewers}: " + "; ".join(notes))
    print(summary("ours", runs))
    print(summary("stock", runs))
    if args.profile:
        profile(args.profile, args)
    print(f"total {time.monotonic() - started:.0f} s")
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
