"""The online resume as an A4 PDF (ReportLab), in one of three templates.

Font: Noto Sans CJK from Debian's fonts-noto-cjk has PostScript (CFF) outlines, which ReportLab
cannot embed ("postscript outlines are not supported"). So the PDF names Adobe's standard CJK
font STSong-Light (every PDF reader ships a face for it; the text stays selectable and
searchable), unless ``CAREERS_PDF_FONT`` points at a TrueType-outline CJK font, which is then
embedded (subset)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
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


@lru_cache(maxsize=1)
def font_name() -> str:
    path = getattr(settings, "CAREERS_PDF_FONT", "")
    if path:
        pdfmetrics.registerFont(TTFont("ResumeCJK", path))
        return "ResumeCJK"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


LATIN = re.compile(r"[\x20-\x7e]+")


def mixed(text: str) -> str:
    """Paragraph markup for ``text``: with the standard CJK font, runs of Latin letters, digits and
    ASCII punctuation are set in Helvetica (every reader has it; readers that substitute
    STSong-Light may lack its Latin glyphs), the rest in the CJK font."""
    if font_name() != "STSong-Light":
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
