"""What a rate-limit check costs (``events_server.ratelimit``) on the configured cache.

    REDIS_URL=redis://127.0.0.1:6379/8 DEBUG=true python bench/ratelimit.py [--compare other_ratelimit.py]

Times 3,000 checks let through (a limit never reached) and 3,000 checks against a limit of 5 (all
but five refused), in microseconds a check, twice. ``--compare`` times another module with the
same ``allow(key, limit, window_seconds)`` beside it, in turn, e.g. an earlier version taken with
``git show <commit>:events_server/ratelimit.py > /tmp/old_ratelimit.py``. Prints the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
import uuid
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "events_server.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402

from bench._machine import describe_machine  # noqa: E402
from events_server import ratelimit  # noqa: E402

CHECKS = 3000


def per_check(module: ModuleType, limit: int) -> float:
    key = f"bench:{uuid.uuid4().hex}"
    started = time.perf_counter()
    for _ in range(CHECKS):
        module.allow(key, limit, 60)
    return (time.perf_counter() - started) / CHECKS * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare", type=Path, help="another ratelimit module to time beside this one")
    args = parser.parse_args()
    modules: list[tuple[str, ModuleType]] = [("this checkout", ratelimit)]
    if args.compare:
        spec = importlib.util.spec_from_file_location("compared_ratelimit", args.compare)
        assert spec and spec.loader
        other = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(other)
        modules.append((str(args.compare), other))
    print(f"cache: {settings.CACHES['default']['BACKEND']} {settings.CACHES['default'].get('LOCATION', '')}")
    cache.get("warm-up")  # the connection pool
    for _round in range(2):
        for name, module in modules:
            allowed, refused = per_check(module, 10**9), per_check(module, 5)
            print(f"{name}: {allowed:.0f} µs a check let through, {refused:.0f} µs a check refused")
    print(f"machine: {describe_machine()}")


if __name__ == "__main__":
    main()
