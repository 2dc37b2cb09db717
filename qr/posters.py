"""Printable A4 pages drawn with Pillow at 300 dpi: live-session posters and the Attachment 1 sheet.

PDFs are those same pages embedded at 300 dpi, so the PDF and the PNG print identically."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from qr.codes import code_image
from qr.fonts import cjk_font

DPI = 300
A4 = (2480, 3508)  # 210 × 297 mm at 300 dpi
MARGIN = 180
BRAND = (11, 92, 173)
INK = (28, 36, 48)
MUTED = (91, 102, 117)


@dataclass(frozen=True)
class PosterText:
    campaign: str
    title: str
    company: str
    when: str
    lines: list[str]
    url: str  # printed under the code, for typing in
    code_url: str  # what the code holds (the same link, marked as scanned from a poster)
    call_to_action: str


def wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Break Chinese (or mixed) text into lines no wider than ``width`` pixels."""
    lines, current = [], ""
    for char in text:
        if char == "\n" or draw.textlength(current + char, font=font) > width:
            lines.append(current)
            current = "" if char == "\n" else char
        else:
            current += char
    return [line for line in [*lines, current] if line]


def write(
    draw, xy: tuple[int, int], text: str, size: int, *, width: int, fill=INK, bold=False, max_lines=3
) -> int:
    """Draw wrapped text from ``xy``; returns the y below it."""
    font = cjk_font(size, bold)
    x, y = xy
    lines = wrap(draw, text, font, width)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1][:-1] + "…"]
    for line in lines:
        draw.text((x, y), line, font=font, fill=fill)
        y += int(size * 1.35)
    return y


def poster_page(text: PosterText) -> Image.Image:
    """An A4 poster (live session or event): campaign band, title, organiser, time, lines, a large code."""
    page = Image.new("RGB", A4, "white")
    draw = ImageDraw.Draw(page)
    width = A4[0] - 2 * MARGIN
    draw.rectangle((0, 0, A4[0], 420), fill=BRAND)
    write(draw, (MARGIN, 130), text.campaign, 84, width=width, fill="white", bold=True, max_lines=2)
    y = write(draw, (MARGIN, 560), text.title, 132, width=width, bold=True)
    y = write(draw, (MARGIN, y + 40), text.company, 84, width=width, fill=MUTED, max_lines=2)
    y = write(draw, (MARGIN, y + 20), text.when, 84, width=width, fill=BRAND, bold=True, max_lines=1)
    for line in text.lines[:5]:
        y = write(draw, (MARGIN, y + 10), "· " + line, 64, width=width, max_lines=1)
    code = code_image(text.code_url, size=1300, level="H", logo=True)
    code_top = max(y + 60, A4[1] - code.height - 560)
    page.paste(code, ((A4[0] - code.width) // 2, code_top))
    below = code_top + code.height + 40
    below = centred(draw, below, text.call_to_action, 76, bold=True)
    centred(draw, below + 10, text.url, 48, fill=MUTED)
    return page


def centred(draw, y: int, text: str, size: int, *, fill=INK, bold=False) -> int:
    font = cjk_font(size, bold)
    draw.text(((A4[0] - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=fill)
    return y + int(size * 1.35)


@dataclass(frozen=True)
class SheetEntry:
    section: str
    name: str
    url: str
    code_url: str


def attachment_pages(title: str, entries: list[SheetEntry]) -> list[Image.Image]:
    """Attachment 1 as A4 pages: six codes a page, each with its organisation and address."""
    per_page, columns = 6, 2
    pages = []
    for start in range(0, max(len(entries), 1), per_page):
        page = Image.new("RGB", A4, "white")
        draw = ImageDraw.Draw(page)
        write(draw, (MARGIN, 120), title, 72, width=A4[0] - 2 * MARGIN, bold=True, max_lines=2)
        for index, entry in enumerate(entries[start : start + per_page]):
            column, row = index % columns, index // columns
            draw_cell(page, draw, entry, MARGIN + column * 1080, 420 + row * 1000)
        centred(
            draw,
            A4[1] - 150,
            f"{start // per_page + 1} / {(len(entries) - 1) // per_page + 1}",
            40,
            fill=MUTED,
        )
        pages.append(page)
    return pages


def draw_cell(page: Image.Image, draw, entry: SheetEntry, x: int, y: int) -> None:
    code = code_image(entry.code_url, size=620, level="M")
    page.paste(code, (x, y))
    text_y = write(draw, (x, y + code.height + 10), entry.name, 48, width=1000, bold=True, max_lines=2)
    write(draw, (x, text_y), entry.url, 34, width=1000, fill=MUTED, max_lines=2)


def to_pdf(pages: Iterable[Image.Image]) -> bytes:
    first, *rest = list(pages)
    buffer = io.BytesIO()
    first.save(buffer, "PDF", resolution=DPI, save_all=True, append_images=rest, quality=92)
    return buffer.getvalue()


def to_png(page: Image.Image) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, "PNG", dpi=(DPI, DPI), compress_level=3)
    return buffer.getvalue()
