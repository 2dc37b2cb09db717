"""Take the README screenshots of a running `make run` on a 375 px phone: the zone and the
demo live room with its video playing (`make run` feeds it with the demo publisher).

.venv/bin/python docs/make_screenshot.py [http://127.0.0.1:8000]
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import launch_chromium


def main(url: str) -> None:
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(
            viewport={"width": 375, "height": 1100}, device_scale_factor=2, is_mobile=True, locale="zh-CN"
        )
        page.goto(url + "/")
        page.screenshot(path=str(Path(__file__).with_name("zone.png")))
        page.goto(url + "/live/1/")
        page.wait_for_selector("[data-status][data-kind=ok]")
        page.wait_for_function(  # the demo publisher's picture is on screen
            "() => { const v = document.querySelector('[data-player]'); return v && v.currentTime > 1; }",
            timeout=20_000,
        )
        page.wait_for_timeout(600)  # let the pinned card's entrance finish
        page.screenshot(path=str(Path(__file__).with_name("live-room.png")))
        browser.close()


if __name__ == "__main__":
    main((sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000").rstrip("/"))
