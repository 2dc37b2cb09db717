"""The CJK font that captions, posters and the Attachment 1 sheet are drawn with.

It comes from Debian's ``fonts-noto-cjk`` package, which ``make setup`` installs; the path can
be overridden with ``QR_CJK_FONT``. No other font on the machine is ever guessed at."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from PIL import ImageFont

# NotoSansCJK-*.ttc holds Japanese, Korean, Simplified Chinese, … faces; index 2 is SC.
SIMPLIFIED_CHINESE_FACE = 2


def font_path(bold: bool = False) -> Path:
    configured = Path(settings.QR_CJK_FONT_BOLD if bold else settings.QR_CJK_FONT)
    if not configured.is_file():
        raise ImproperlyConfigured(
            f"CJK font {configured} is missing: run `make setup` (it installs Debian's fonts-noto-cjk) "
            "or set QR_CJK_FONT / QR_CJK_FONT_BOLD to a Noto Sans CJK .ttc file."
        )
    return configured


@lru_cache(maxsize=32)
def cjk_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Noto Sans CJK SC at ``size`` pixels."""
    return ImageFont.truetype(str(font_path(bold)), size, index=SIMPLIFIED_CHINESE_FACE)
