"""Draw the site's icons and its share image into ``frontend/static/frontend/icons/``.

The files are committed; run this again only when the mark changes:
``DEBUG=true DJANGO_SETTINGS_MODULE=events_server.settings .venv/bin/python -m frontend.draw_icons``.

* ``icon-192.png``, ``icon-512.png``: the web-app manifest's icons (Android, "add to home screen");
* ``apple-touch-icon.png`` (180 px): iOS home screen;
* ``favicon-32.png``: the browser tab;
* ``share.png`` (600 × 600): the picture WeChat and other apps show on a shared link. WeChat's
  browser takes the first image of at least 300 × 300 on the page, other apps read ``og:image``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (11, 92, 173)  # --brand in site.css
WHITE = (255, 255, 255)
OUT = Path(__file__).parent / "static" / "frontend" / "icons"


def mark(size: int, *, rounded: bool) -> Image.Image:
    """山海 over 有约 in white on the brand blue, a square ``size`` pixels wide."""
    from qr.fonts import cjk_font

    image = Image.new("RGB", (size, size), BRAND)
    draw = ImageDraw.Draw(image)
    if rounded:  # the maskable manifest icon stays square; the platform rounds it
        image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BRAND)
    font = cjk_font(int(size * 0.34), True)
    for row, text in enumerate(("山海", "有约")):
        width = draw.textlength(text, font=font)
        y = size * (0.12 + 0.40 * row)
        draw.text(((size - width) / 2, y), text, font=font, fill=WHITE)
    return image


def share_image(size: int = 600) -> Image.Image:
    from qr.fonts import cjk_font

    image = Image.new("RGB", (size, size), WHITE)
    logo = mark(int(size * 0.5), rounded=True)
    image.paste(logo, ((size - logo.width) // 2, int(size * 0.1)), logo)
    draw = ImageDraw.Draw(image)
    for text, y, font_size, colour in (
        ("直播带岗 · 校园招聘", 0.66, 0.075, BRAND),
        ("中小企业网上百日招聘高校毕业生活动", 0.79, 0.045, (28, 36, 48)),
    ):
        font = cjk_font(int(size * font_size), True)
        width = draw.textlength(text, font=font)
        draw.text(((size - width) / 2, size * y), text, font=font, fill=colour)
    return image


def main() -> None:
    import django

    django.setup()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, rounded in (
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("apple-touch-icon.png", 180, False),
        ("favicon-32.png", 32, True),
    ):
        mark(size, rounded=rounded).save(OUT / name, optimize=True)
    share_image().save(OUT / "share.png", optimize=True)
    print(f"icons written to {OUT}")


if __name__ == "__main__":
    main()
