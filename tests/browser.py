"""How the project starts Chromium: Debian's binary, headless, no network chatter."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


MEDIA_FLAGS = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


def launch_chromium(playwright: Any, *, fake_media: bool = False) -> Any:
    """Chromium; with ``fake_media`` its camera and microphone are a test pattern and a beep."""
    flags = CHROMIUM_FLAGS + (MEDIA_FLAGS if fake_media else [])
    return playwright.chromium.launch(executable_path=CHROMIUM, args=flags)


def outside_the_browser_loop(query: Any) -> Any:
    """Run ORM code in a worker thread (Playwright's sync API keeps an event loop in this one),
    closing that thread's database connection, so the test database can be dropped afterwards
    (a connection left open makes PostgreSQL refuse: "database ... is being accessed by other users")."""
    from django.db import connections

    def run() -> Any:
        try:
            return query()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()
