"""The online resume as an A4 PDF (ReportLab), in one of three templates.

Font: a CJK TrueType font is embedded (subset), so that every reader shows the resume as written
and its text can be copied and searched. ReportLab embeds TrueType outlines only: Noto Sans CJK from
Debian's fonts-noto-cjk has PostScript (CFF) outlines, which it cannot embed ("postscript outlines
are not supported"). So ``CAREERS_PDF_FONT`` names a TrueType font file (``path.ttc#N`` picks face
N of a collection; face 0 otherwise); empty, the first of ``CANDIDATES`` installed is used
(WenQuanYi Zen Hei from fonts-wqy-zenhei, a system package in the Makefile). Only when none is
installed, or when the setting is ``STSong-Light``, does the PDF name Adobe's standard CJK font
STSong-Light, which is not embedded: readers without Adobe's Asian font pack show boxes."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

logger = logging.getLogger(__name__)


STANDARD = "STSong-Light"
# TrueType-outline CJK fonts from Debian packages, in order of preference.
CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",  # fonts-wqy-zenhei
    "/usr/share/fonts/truetype/arphic/uming.ttc",  # fonts-arphic-uming
)


def font_file(setting: str) -> tuple[str, int] | None:
    """The font file and face index to embed for ``CAREERS_PDF_FONT``, or None for STSong-Light."""
    if setting == STANDARD:
        return None
    if setting:
        path, _, index = setting.partition("#")
        return path, int(index or 0)
    for path in CANDIDATES:
        if Path(path).is_file():
            return path, 0
    return None


@lru_cache(maxsize=1)
def font_name() -> str:
    setting = getattr(settings, "CAREERS_PDF_FONT", "")
    found = font_file(setting)
    if found is None:
        if setting != STANDARD:
            logger.warning(
                "careers: no TrueType CJK font installed; resume PDFs name %s, not embedded", STANDARD
            )
        pdfmetrics.registerFont(UnicodeCIDFont(STANDARD))
        return STANDARD
    path, index = found
    pdfmetrics.registerFont(TTFont("ResumeCJK", path, subfontIndex=index))
    return "ResumeCJK"


LATIN = re.compile(r"[\x20-\x7e]+")


def mixed(text: str) -> str:
    """Paragraph markup for ``text``: with the standard (not embedded) CJK font, runs of Latin
    letters, digits and ASCII punctuation are set in Helvetica (every reader has it; readers that
    substitute STSong-Light may lack its Latin glyphs), the rest in the CJK font."""
    if font_name() != STANDARD:
        return escape(text)
    out, last = [], 0
    for m in LATIN.finditer(text):
        out.append(escape(text[last : m.start()]))
        out.append(f'<font name="Helvetica">{escape(m.group(0))}</font>')
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


@dataclass(frozen=True)
class Look:
    accent: colors.Color
    size: float
    heading_size: float
    rule: bool
    margin: float


LOOKS = {
    "classic": Look(colors.HexColor("#222222"), 10.5, 13, True, 20 * mm),
    "modern": Look(colors.HexColor("#1f5fa8"), 10.5, 13.5, False, 18 * mm),
    "compact": Look(colors.HexColor("#333333"), 9.5, 11.5, True, 14 * mm),
}


def render(data: dict, template: str) -> bytes:
    """``data``: {"name", "contact", "objective", "sections": [(heading, [(line, sub, dates, [points])])],
    "skills": [...], "self": str}."""
    look = LOOKS.get(template, LOOKS["classic"])
    font = font_name()
    body = ParagraphStyle("body", fontName=font, fontSize=look.size, leading=look.size * 1.5, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, textColor=colors.HexColor("#555555"))
    big = look.heading_size + 7
    name = ParagraphStyle("name", parent=body, fontSize=big, leading=big * 1.3, textColor=look.accent)
    head = ParagraphStyle("head", parent=body, fontSize=look.heading_size, leading=look.heading_size * 1.6,
                          textColor=look.accent, spaceBefore=6)  # fmt: skip
    point = ParagraphStyle("point", parent=body, leftIndent=10, bulletIndent=0)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=look.margin, rightMargin=look.margin, topMargin=look.margin,
        bottomMargin=look.margin, title=f"{data.get('name', '')} 简历", author=data.get("name", ""),
    )  # fmt: skip
    flow: list = [Paragraph(mixed(data.get("name") or "简历"), name)]
    if data.get("contact"):
        flow.append(Paragraph(mixed(data["contact"]), small))
    if data.get("objective"):
        flow.append(Paragraph(mixed("求职意向：" + data["objective"]), body))

    def heading(text: str) -> None:
        flow.append(Paragraph(mixed(text), head))
        if look.rule:
            flow.append(HRFlowable(width="100%", thickness=0.6, color=look.accent, spaceAfter=3))

    for title, entries in data.get("sections", []):
        if not entries:
            continue
        heading(title)
        for line, sub, dates, points in entries:
            text = f"<b>{mixed(line)}</b>" + (f"　{mixed(sub)}" if sub else "")
            if dates:
                text += f"　<font color='#666666'>{mixed(dates)}</font>"
            flow.append(Paragraph(text, body))
            for p in points:
                flow.append(Paragraph(mixed(p), point, bulletText="•"))
    if data.get("skills"):
        heading("专业技能")
        for s in data["skills"]:
            flow.append(Paragraph(mixed(s), point, bulletText="•"))
    if data.get("self"):
        heading("自我评价")
        flow.append(Paragraph(mixed(data["self"]), body))
    flow.append(Spacer(1, 2))
    doc.build(flow)
    return out.getvalue()
