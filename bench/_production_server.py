"""daphne processes as production runs them, on a benchmark's own database and Redis."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "bench" / "_daphne_production.py"  # daphne without click, as production installs it
APPLICATION = "events_server.asgi:application"


def production_environment(database_url: str, redis_url: str, **more: str) -> dict[str, str]:
    """Production settings for a server process (this process's environment, once the benchmark
    has configured Django, carries the secret key), plus ``more``."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DB_POOL_MAX": "10",
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": redis_url,
        **more,
    }


def start_daphne(env: dict[str, str], ports: list[int]) -> list[subprocess.Popen]:
    """One daphne per port, each answering ``/healthz`` when this returns."""
    servers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, str(LAUNCHER), *("-b", "127.0.0.1", "-p", str(port), "-v", "0"), APPLICATION],
            cwd=ROOT,
            env=env,
        )
        for port in ports
    ]
    for port in ports:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            for server in servers:
                server.terminate()
            raise RuntimeError(f"daphne on port {port} did not answer /healthz within 20 s")
    return servers
