"""Take the README screenshot: the zone of a running `make run` on a 375 px phone.

.venv/bin/python docs/make_screenshot.py [http://127.0.0.1:8000/]
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(url: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(
            viewport={"width": 375, "height": 1100}, device_scale_factor=2, is_mobile=True, locale="zh-CN"
        )
        page.goto(url)
        page.screenshot(path=str(Path(__file__).with_name("zone.png")))
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000/")
