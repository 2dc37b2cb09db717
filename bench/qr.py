"""PNG QR codes per second on one core for short links, and p99 per code.

Every code is for a different link, so nothing comes from the cache: this is the cost of
drawing, as on the first request for each organisation's code. One process, one thread.
A sample of the codes is decoded with zbar and zxing-cpp to show they are real.

Targets: >= 300 codes/s per core, p99 <= 10 ms.

.venv/bin/python bench/qr.py [--codes 3000] [--size 480] [--level M]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codes", type=int, default=3000)
    parser.add_argument("--size", type=int, default=480)
    parser.add_argument("--level", default="M")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from bench._machine import describe_machine
    from qr.codes import CodeSpec, render_png
    from qr.services.links import new_code
    from qr.tests.decoding import assert_decodes_to

    urls = [f"https://zhaopin.example.edu.cn/q/{new_code()}?via=qr" for _ in range(args.codes)]
    for url in urls[:50]:  # warm up
        render_png(CodeSpec(url, "png", args.size, args.level))
    times, samples = [], []
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for index, url in enumerate(urls):
        started = time.perf_counter()
        png = render_png(CodeSpec(url, "png", args.size, args.level))
        times.append(time.perf_counter() - started)
        if index % 500 == 0:
            samples.append((png, url))
    cpu, wall = time.process_time() - cpu_start, time.perf_counter() - wall_start
    for png, url in samples:
        assert_decodes_to(png, url)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1] * 1000
    print(f"machine: {describe_machine()}")
    print(
        f"{args.codes} PNG codes, {args.size} px, level {args.level}: "
        f"{args.codes / cpu:.0f} codes/s per core (CPU time), {args.codes / wall:.0f}/s wall; "
        f"median {statistics.median(times) * 1000:.2f} ms, p99 {p99:.2f} ms; "
        f"{len(samples)} sampled codes decoded by zbar and zxing-cpp"
    )
    print("targets: >= 300 codes/s per core, p99 <= 10 ms")


if __name__ == "__main__":
    main()
