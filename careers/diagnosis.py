"""Resume diagnosis: deterministic rules over a resume's plain text.

The input is text (the online resume written out, or the text of an uploaded PDF or DOCX), the
page count and whether the file carries a photo when they are known, and optionally a target
posting's text. Each check returns findings with an ``item`` (what exactly was found, for the
labelled set in ``careers/tests/data``) and a concrete suggestion. No Django here:
``bench/resume_quality.py`` runs it bare; messages and suggestions are translatable texts
(``careers.texts``: an English msgid and its parameters, translated when shown, zh-hans by default).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from careers.lexicon import BROAD, COVERED_BY, PRODUCTS, SKILLS, STOP_ASCII, TWINS
from careers.texts import Text, gettext_noop, msg

# The legal basis the posting rules cite (review/seed_rules.py), repeated here so that this module
# stays free of Django; tests/test_careers_*.py checks the two agree.
EPL = "《就业促进法》第三条、第二十六条"
BASIS_ETHNICITY = f"{EPL}；《就业促进法》第二十八条"
BASIS_MARITAL = "《妇女权益保障法》第四十三条"
BASIS_NATIVE_PLACE = EPL


class Check(StrEnum):
    SECTIONS = "sections"
    CONTACT = "contact"
    LENGTH = "length"
    NUMBERS = "numbers"
    WEAK_VERBS = "weak_verbs"
    DATES = "dates"
    PERSONAL = "personal"
    KEYWORDS = "keywords"


CHECK_LABELS = {
    Check.SECTIONS: gettext_noop("Resume sections"),
    Check.CONTACT: gettext_noop("Contact details"),
    Check.LENGTH: gettext_noop("Resume length"),
    Check.NUMBERS: gettext_noop("Quantified results"),
    Check.WEAK_VERBS: gettext_noop("Strong verbs"),
    Check.DATES: gettext_noop("Timeline"),
    Check.PERSONAL: gettext_noop("Personal details to leave out"),
    Check.KEYWORDS: gettext_noop("Posting keywords"),
}


class Section(StrEnum):
    EDUCATION = "education"
    INTERNSHIP = "internship"
    PROJECT = "project"
    CAMPUS = "campus"
    SKILLS = "skills"
    AWARDS = "awards"
    SELF = "self"
    OTHER = "other"


EXPERIENCE = (Section.INTERNSHIP, Section.PROJECT, Section.CAMPUS)

HEADINGS: list[tuple[Section, tuple[str, ...]]] = [
    (Section.EDUCATION, ("教育背景", "教育经历", "学历", "教育", "学习经历")),
    (
        Section.INTERNSHIP,
        ("实习经历", "工作经历", "实习", "工作经验", "实践经历", "职业经历", "实习实践"),
    ),
    (
        Section.PROJECT,
        (
            "项目经历",
            "项目经验",
            "科研经历",
            "研究经历",
            "项目",
            "竞赛经历",
            "调研经历",
            "比赛经历",
            "创业经历",
        ),
    ),
    (
        Section.CAMPUS,
        (
            "校园经历",
            "在校经历",
            "学生工作",
            "社会实践",
            "社团经历",
            "志愿",
            "校园实践",
            "校内实践",
            "支教经历",
            "公益经历",
        ),
    ),
    (
        Section.SKILLS,
        ("专业技能", "技能特长", "技能证书", "个人技能", "技能", "掌握技能", "能力", "技术栈", "专业能力"),
    ),
    (Section.AWARDS, ("获奖", "荣誉", "奖项", "证书", "奖励")),
    (Section.SELF, ("自我评价", "个人评价", "自我介绍", "个人总结", "个人简介", "个人优势")),
    (Section.OTHER, ("个人信息", "基本信息", "求职意向", "兴趣爱好", "其他", "联系方式", "联系信息")),
]

_HEADING_TRIM = re.compile(r"^[\s#*【\[〔（(一二三四五六七八九十、.．0-9]*|[\s】\]〕）):：]*$")
# Decorations and an English twin around a heading: "◆ 教育经历", "## 项目经历", "==== 技能 ====",
# "║ 实习经历 ║", "Education 教育背景", "教育背景 / Education".
_HEADING_DECOR = re.compile(
    r"^[^\w\u4e00-\u9fff]+|[^\w\u4e00-\u9fff）)】\]]+$"
    r"|^[A-Za-z][A-Za-z &/]*?\s*(?:[/／|｜·•:：\-–—]\s*|\s)(?=[\u4e00-\u9fff])"
    r"|\s*[/／|｜·•\-–—]?\s*[A-Za-z][A-Za-z &]*$"
)
# A heading that joins two ("工作与实习经历", "技能与证书", "荣誉及证书", "实习/项目经历") is
# taken by its first part that is a heading, the shared last word added back ("工作" + "经历").
_HEADING_JOIN = re.compile(r"\s*[与及和&、/／+＋]\s*")
_HEADING_TAILS = ("经历", "经验")


def _heading_word(text: str) -> Section | None:
    # Two heading words joined, the last of experience ("教育实习", a teacher's practice): it names
    # the part, as the head of a Chinese compound does ("技能证书" stays skills).
    for section, words in HEADINGS:
        if section in EXPERIENCE and any(
            text.endswith(w) and len(w) >= 2 and _heading_word(text[: -len(w)]) not in (None, section)
            for w in words
            if w != text
        ):
            return section
    for section, words in HEADINGS:
        if any(text == w or (text.startswith(w) and len(text) <= len(w) + 3) for w in words):
            return section
        # "计算机技能", "社会实践经历": a longer heading word at the end.
        if any(text.endswith(w) and len(text) <= len(w) + 3 for w in words if len(w) >= 4 or w == "技能"):
            return section
    return None


# A numbered part before a heading: "第二部分  教育背景", "第3章 项目经历", "Part 1 教育背景",
# "PART II · 技能".
_HEADING_PART = re.compile(
    r"^\s*(?:第\s*[\d一二三四五六七八九十]+\s*(?:部分|章|节|篇|板块)|(?:part|section)\s*(?:\d+|[ivx]+\b))"
    r"\s*[.．、:：|｜·•\-–—]?\s*",
    re.IGNORECASE,
)
# A heading followed on its line by its content: "教育背景：2019年9月 - …", "技能：Python、…".
_HEADING_INLINE = re.compile(r"^([^:：|｜\t]{2,24}?)\s*(?:[:：|｜\t]|\s{3,})\s*(\S.*)$")
# Words that also name a field of a line ("学历：本科", "证书：CET-6", "项目：…" inside an entry):
# followed by content on the same line they are that field, not a section's heading.
_FIELD_WORDS = frozenset(
    {"学历", "教育", "专业", "能力", "证书", "荣誉", "获奖", "奖项", "奖励", "项目", "实习", "志愿", "其他"}
)


# A heading in brackets with its content after it on the line: "【技能】Excel、Python".
_HEADING_BRACKETED = re.compile(r"^[【\[〔]([^】\]〕]{2,12})[】\]〕]\s*(\S.*)$")


def _heading_text(line: str) -> str:
    line = _NUMBERING.sub("", _HEADING_PART.sub("", line.strip()))
    return _HEADING_TRIM.sub("", _HEADING_DECOR.sub("", _HEADING_DECOR.sub("", line)))


def split_heading(line: str) -> tuple[Section, str] | None:
    """The section a line opens and the content that follows the heading on the same line ("" for
    a heading alone on its line), or None for a line that is not a heading."""
    found = heading_of(line) or loose_heading(line)
    if found is not None:
        return found, ""
    line = line.strip()
    m = _HEADING_BRACKETED.match(line)
    if m is not None and m.group(1).strip() not in _FIELD_WORDS:
        found = heading_of(m.group(1)) or loose_heading(m.group(1))
        if found is not None:
            return found, m.group(2).strip()
    m = _HEADING_INLINE.match(line)
    if m is not None:
        key = _heading_text(m.group(1))
        han, _latin = _plain(m.group(1))
        # A field word followed by a dated entry opens that section with its first entry
        # ("项目：2024.09-2024.12 …", "实习：2023.07-2023.09 …"): a field's value carries no range.
        dated = DATE_RANGE.match(m.group(2)) is not None
        if dated or (key not in _FIELD_WORDS and han not in _FIELD_WORDS):
            found = heading_of(m.group(1)) if any(key in words for _s, words in HEADINGS) else None
            found = found or loose_heading(m.group(1))
            if found is not None:
                return found, m.group(2).strip()
    # Content after a space: under a numbered heading ("(二) 实习工作经历 信合…"), or after a heading
    # of four characters or more that the vocabulary knows ("专业技能 Python、SQL", "教育背景 2019.09-…").
    normal = unicodedata.normalize("NFKC", line)
    numbered = _NUMBERING.match(normal)
    rest = normal[numbered.end() :] if numbered and numbered.group(0).strip() else normal
    m = _HEADING_SPACED.match(rest)
    if m is not None:
        han = _plain(m.group(1))[0]
        found = heading_of(m.group(1)) if len(han) >= 4 else None
        if rest is not normal and han not in _FIELD_WORDS:
            found = found or heading_of(m.group(1)) or loose_heading(m.group(1))
        if found is not None:
            return found, m.group(2).strip()
    return None


# -- headings in any layout -----------------------------------------------------------------
# A heading is recognised by its shape as well as by the exact words above: once its decoration
# (symbols, emoji, brackets, Markdown), its numbering (一、 1. (一) Ⅰ. 01 第一部分 Part 1) and an English
# twin are taken off, what is left is a short phrase that holds a section word and ends with a word
# that names a part of a resume ("求学经历", "课题经历", "技能专长", "实习工作经历", "IT技能",
# "教 育 背 景"); or, alone in Latin script, a short title such as "EDUCATION", "Work Experience:".
SECTION_WORDS: list[tuple[Section, tuple[str, ...]]] = [
    (
        Section.SELF,
        ("自我评价", "个人评价", "自我介绍", "个人总结", "个人简介", "个人优势", "关于我", "自我描述"),
    ),
    (
        Section.OTHER,
        ("个人信息", "基本信息", "基本资料", "个人资料", "求职意向", "兴趣爱好", "联系方式", "其他信息"),
    ),
    (
        Section.CAMPUS,
        (
            "学生工作",
            "社会实践",
            "校园",
            "在校",
            "社团",
            "志愿",
            "学生干部",
            "校内",
            "课外活动",
            "支教",
            "公益",
        ),
    ),
    (Section.EDUCATION, ("教育", "学历", "求学", "学业", "学习经历")),
    (Section.INTERNSHIP, ("实习", "工作", "职业", "实践", "任职")),
    (
        Section.PROJECT,
        (
            "项目",
            "科研",
            "研究",
            "竞赛",
            "比赛",
            "课题",
            "作品",
            "毕业设计",
            "论文",
            "学术",
            "调研",
            "调查",
            "创业",
        ),
    ),
    (Section.SKILLS, ("技能", "技术栈", "能力", "专长", "技术")),
    (Section.AWARDS, ("获奖", "荣誉", "奖项", "证书", "奖励", "资格")),
]
# The word a heading ends with: it names a part of the resume.
HEADING_ENDS = (
    "经历", "经验", "背景", "情况", "技能", "能力", "专长", "证书", "荣誉", "奖项", "奖励", "评价",
    "总结", "简介", "介绍", "信息", "活动", "实践", "项目", "教育", "技术栈", "优势", "意向", "爱好",
    "工作", "实习", "关于我", "描述", "成果", "资格", "资料", "论文", "毕业设计",
    "竞赛", "比赛", "调研", "调查", "科研",
)  # fmt: skip
# Endings a project's or a duty's own name may have too ("仓储管理系统项目", "宣传工作", "团队协作
# 能力", "全国大学生数学建模竞赛", "乡村养老需求调查"): with these only a short heading counts.
NAME_LIKE_ENDS = ("项目", "工作", "能力", "竞赛", "比赛", "调研", "调查", "科研")
ENGLISH_HEADINGS: list[tuple[Section, tuple[str, ...]]] = [
    (Section.EDUCATION, ("education", "academic")),
    (
        Section.INTERNSHIP,
        (
            "internship",
            "internships",
            "work",
            "employment",
            "professional experience",
            "placements",
            "practice",
        ),
    ),
    (Section.PROJECT, ("project", "projects", "research")),
    (Section.CAMPUS, ("campus", "activities", "leadership", "volunteer", "extracurricular")),
    (Section.SKILLS, ("skills", "skill", "technical", "tools")),
    (Section.AWARDS, ("awards", "honors", "honours", "certificates", "certifications")),
    (Section.SELF, ("about me", "summary", "profile", "self")),
    (Section.OTHER, ("personal information", "contact", "objective", "hobbies", "interests")),
]
# Numbering before a heading: 一、 1. 1） (一) Ⅰ. 01 / 第一部分 Part 1 A.
_NUMBERING = re.compile(
    r"^\s*(?:第\s*[\d一二三四五六七八九十]+\s*(?:部分|章|节|篇|板块|项)|(?:part|section)\s*(?:\d+|[ivx]+\b|[a-h]\b)"
    r"|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[ivx]{1,4})\s*[)）]"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[IVX]{1,4}(?=[.、．:：)）\s]))\s*(?:[.、．:：)）/|｜-]|\s)"
    r"|[A-H](?=[.、．)）]))\s*[.、．:：)）/|｜·\-–—]?\s*",
    re.IGNORECASE,
)
_LOOSE_SEPARATORS = re.compile(r"[，,。；;、“”\"]|的")


def _plain(line: str) -> tuple[str, str]:
    """A line's heading phrase with decoration, numbering and Latin words taken off, and its Latin
    words (an English twin or an English heading), both lower-cased."""
    text = unicodedata.normalize("NFKC", line).strip()
    # A remark in brackets after the heading: "实习经历（共 2 段）", "项目经历 (selected)".
    text = re.sub(r"(?<=[\u4e00-\u9fff])\s*[(\[][^()\[\]]*[)\]]\s*$", "", text)
    # "我的技能", "我的经历": the heading spoken in the first person.
    text = re.sub(r"^(\W*)我的", r"\1", text)
    text = "".join(" " if unicodedata.category(c)[0] in "SPZ" and c not in "&/" else c for c in text)
    text = _NUMBERING.sub("", text.strip())
    # "教 育 背 景": letters spaced out.
    text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?: |$))", "", text)
    latin = " ".join(re.findall(r"[A-Za-z]+", text)).lower()
    han = "".join(re.findall(r"[\u4e00-\u9fff]+", text))
    return han, latin


def _loose_word(han: str) -> Section | None:
    """The section a short phrase names by shape: a section word in it and a heading word at its
    end ("实习工作经历", "课题经历", "技能专长"); not a phrase that starts with a verb ("负责项目")."""
    if not 2 <= len(han) <= 8 or not han.endswith(HEADING_ENDS):
        return None
    strict = _heading_word(han)
    if strict is not None:
        return strict
    # A project's or a duty's name ends the same way ("仓储管理系统项目", "宣传工作", "团队协作能力"):
    # with these endings only a short heading counts, and 能力 only after a word that qualifies skills.
    if han.endswith(NAME_LIKE_ENDS) and (
        len(han) > 4 or (han.endswith("能力") and not han.startswith(ABILITY_HEADS))
    ):
        return None
    first = next(iter(_posseg().cut(han)), None)
    if (
        first is not None
        and first.flag.startswith(("v", "d", "p"))
        and not any(first.word in w for _s, words in SECTION_WORDS for w in words)
    ):
        return None
    best: tuple[int, int, Section] | None = None
    for section, words in SECTION_WORDS:
        for w in words:
            at = han.find(w)
            if at >= 0 and (best is None or (at, -len(w)) < best[:2]):
                best = (at, -len(w), section)
    if best is None and han.endswith(("经历", "经验")) and len(han) >= 4:
        return Section.PROJECT  # "赛场经历", "实验室经历": experience of a kind in the writer's words
    return best[2] if best else None


ABILITY_HEADS = ("专业", "个人", "技术", "综合", "语言", "计算机", "职业", "核心", "工作")


ENGLISH_HEADING_WORDS = frozenset(
    [word for _s, names in ENGLISH_HEADINGS for n in names for word in n.split()]
    + ["experience", "experiences", "background", "and", "of", "other", "selected", "relevant", "key"]
    + ["me", "information", "language", "languages", "certificate", "honor", "honour", "award", "skill"]
    + ["clinical", "teaching", "placement", "practicum"]
)


def _english_heading(latin: str) -> Section | None:
    words = latin.split()
    # Every word a heading's word: "Work Experience", "Honors & Awards"; not "Campus Market".
    if not 1 <= len(words) <= 4 or not set(words) <= ENGLISH_HEADING_WORDS:
        return None
    for section, names in ENGLISH_HEADINGS:
        if any(re.search(rf"\b{n}\b", latin) for n in names):
            return section
    if words[-1] == "experience":
        return Section.INTERNSHIP
    return None


def loose_heading(line: str) -> Section | None:
    """The section a line opens when it has a heading's shape (see SECTION_WORDS), or None."""
    if len(line) > 40 or DATE_RANGE.search(line) or re.search(r"\d{3,}|@", line):
        return None
    if _LOOSE_SEPARATORS.search(re.sub(r"^\W*我的", "", line)):
        return None
    han, latin = _plain(line)
    if han:
        return _loose_word(han)
    raw = unicodedata.normalize("NFKC", line).strip()
    # An English heading: in capitals, in title case, or closed by a colon.
    letters = re.sub(r"[^A-Za-z ]", "", raw).strip()
    if letters and (
        letters.isupper() or raw.endswith(":") or all(w[0].isupper() for w in letters.split() if len(w) > 3)
    ):
        return _english_heading(latin)
    return None


# A heading followed on its line by its content after a space, under a numbered or decorated
# heading: "(二) 实习工作经历 信合会计师事务所 …", "3. 技能 Python、SQL".
_HEADING_SPACED = re.compile(r"^([^\s:：]*[\u4e00-\u9fff][^\s:：]*)\s+(\S.*)$")


def heading_of(line: str) -> Section | None:
    text = _heading_text(line)
    if not text or len(text) > 8:
        return None
    found = _heading_word(text)
    if found is not None or not _HEADING_JOIN.search(text):
        return found
    parts = [p for p in _HEADING_JOIN.split(text) if p]
    tail = next((t for t in _HEADING_TAILS if parts and parts[-1].endswith(t)), "")
    for part in parts:
        found = _heading_word(part) or (
            _heading_word(part + tail) if tail and not part.endswith(tail) else None
        )
        if found is not None:
            return found
    return None


# -- dates -----------------------------------------------------------------------------------

# A year has four digits, or two before a two-digit month ("23.09", "24/01"; not a score or a phone).
_YM = r"(\d{4}|(?<![\d.])\d{2}(?=\s*[.\-/／]\s*\d{2}(?!\d)))\s*(?:[.\-/／]|年)\s*(\d{1,2})\s*月?"
# The end may leave out its year when it is the start's or the next: "2023年7月至9月", "2023.07-09".
DATE_RANGE = re.compile(
    _YM
    + r"\s*(?:[-–—~～至到]+|\s)\s*(?:"
    + _YM
    + r"|(至今|今|现在|present|Present)|(\d{1,2})\s*月"
    + r"|(?<=[-–—~～])(\d{2})(?![\d.:：/年月A-Za-z\u4e00-\u9fff]))"
)


def _style(text: str) -> str:
    """The style of a range's first date: 年月, ".", "-", "/"."""
    text = re.split(r"\s*[-–—~～至到]\s+|\s+[-–—~～至到]|\s{2,}", text, maxsplit=1)[0]
    if "年" in text:
        return "年月"
    for sep in ".-/／":
        if sep in text:
            return sep
    return "?"


@dataclass(frozen=True)
class Entry:
    section: Section
    header: str
    start: int  # months since year 0
    end: int | None  # None: ongoing
    key: str  # "YYYY.MM-YYYY.MM" (or "-至今")
    style: str
    lines: tuple[str, ...]
    titled: bool = True  # the date line names the entry; False: the date stands alone on its line

    @property
    def body(self) -> str:
        return "\n".join(self.lines)


def _year(year: str) -> str:
    return f"20{year}" if len(year) == 2 else year


def _month(year: str, month: str) -> int:
    return int(_year(year)) * 12 + int(month) - 1


def _key(y1: str, m1: str, y2: str | None, m2: str | None) -> str:
    y1, y2 = _year(y1), _year(y2) if y2 else y2
    end = f"{y2}.{int(m2):02d}" if y2 and m2 else "至今"
    return f"{y1}.{int(m1):02d}-{end}"


@dataclass
class Parsed:
    text: str
    sections: dict[Section, list[str]] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    date_styles: set[str] = field(default_factory=set)  # the separator: 年月, ".", "-", "/"
    year_digits: set[int] = field(default_factory=set)  # 4 ("2023.09") or 2 ("23.09")
    month_padded: set[bool] = field(default_factory=set)  # "2024.07" or "2024.7" (months 1-9, not 年月)


# A heading word inside a dense paragraph, between its entries ("… 专升本 实习经历 2022.03-…",
# "… 本科。工作经历：2023.07-…", "… 了解点焊工艺 技能 SolidWorks、…"): only the vocabulary's words.
_ALL_HEADING_WORDS = sorted(
    {w for _s, words in HEADINGS for w in words if len(w) >= 2}, key=len, reverse=True
)
# A short word ("项目", "实习", "能力") is a heading there only before a colon (it is a plain word
# inside a point: "参与 项目 验收"); 技能 is one before a list too.
_LONG_HEADING_WORDS = [w for w in _ALL_HEADING_WORDS if len(w) >= 4] + ["技能"]
_INNER_HEADING = re.compile(
    r"(?<=[\s；;。，,])(?:(?:" + "|".join(_ALL_HEADING_WORDS) + r")\s*[:：]"
    r"|(?:" + "|".join(_LONG_HEADING_WORDS) + r")(?=\s))"
)


def split_dense(text: str) -> list[str]:
    """The lines of a resume, a dense paragraph (a line with two date ranges or more: a whole
    resume or section written on one line) cut into one line per entry: before each date range and
    before each heading word that stands between entries."""
    out: list[str] = []
    for raw in text.splitlines():
        ranges = [m.start() for m in DATE_RANGE.finditer(raw)]
        if len(ranges) < 2:
            out.append(raw)
            continue
        cuts = {at for at in ranges if at > 0 and re.match(r"[\s；;。，,]", raw[at - 1])}
        # The heading word goes on a line of its own, and so does what follows it.
        cuts |= {at for m in _INNER_HEADING.finditer(raw) for at in m.span()}
        start = 0
        for at in sorted(cuts):
            out.append(raw[start:at])
            start = at
        out.append(raw[start:])
    return out


def _unnamed_heading(line: str, following: str | None) -> Section | None:
    """A short line of a heading's shape in words the vocabulary does not know ("赛场经历", "社会
    服务", "竞赛与科研训练", "🎓 研究训练"), directly followed by a dated entry: it opens a part of
    experience (education when the entry is at a school with a degree)."""
    if following is None or not DATE_RANGE.match(following.strip()):
        return None
    if re.fullmatch(r"我[\u4e00-\u9fff]{1,9}", line):
        # "我做过的调研", "我在公司的日子": a heading in the first person, before a dated entry.
        by_content = _section_by_content(following)
        return Section.EDUCATION if by_content == Section.EDUCATION else Section.PROJECT
    if len(line) > 20 or re.search(r"\d|@|[:：]", line) or _LOOSE_SEPARATORS.search(line):
        return None
    if re.match(r"[-·•*・–—]\s*", line):
        return None  # a point of the entry above ("· 记录每日良率数据")
    if SCHOOL.search(line) or DEGREE.search(line) or EMPLOYER.search(line):
        return None  # an entry's organisation above its date ("滨江大学 本科" / "2021.09-2025.06")
    han, latin = _plain(line)
    if not 2 <= len(han) <= 10 or len(latin) > 12:
        return None
    first = next(iter(_posseg().cut(han)), None)
    if (
        first is not None
        and first.flag.startswith(("v", "d", "p", "r", "nr"))
        and not any(first.word in w for _s, words in SECTION_WORDS for w in words)
    ):
        return None  # "负责…", a person's name; not "研究训练", "竞赛与科研训练"
    by_content = _section_by_content(following)
    return Section.EDUCATION if by_content == Section.EDUCATION else Section.PROJECT


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
ENGLISH_MONTH = re.compile(
    r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+((?:19|20)\d{2})\b(?=\s*(?:[-–—~～]|to\b|$|\s{2}))",
    re.IGNORECASE | re.MULTILINE,
)


def english_months(text: str) -> str:
    """Dates written with English month names ("Sep 2021 - Jun 2025", "Jul 2024 – Present") as the
    parser reads dates: "2021.09 - 2025.06"."""
    return ENGLISH_MONTH.sub(lambda m: f"{m.group(2)}.{_MONTHS.index(m.group(1)[:3].lower()) + 1:02d}", text)


_COLUMN_GAP = re.compile(r"^(.*?\S)?(\s{6,})(\S.*)$")


def two_columns(text: str) -> str:
    """A PDF's two columns laid out side by side (text extracted with its layout: a sidebar of
    contact and skills to the left of the main column, a gap of spaces between them): the left
    column's lines, then the right's. Taken as columns when three lines or more with words on both
    sides of a gap of six spaces or more (not a date's column) start their right part at the same
    place (within two characters)."""
    lines = text.splitlines()
    starts: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        m = _COLUMN_GAP.match(line)
        if m and m.group(1) and not DATE_RANGE.search(m.group(1)):
            starts.setdefault(m.start(3), []).append(i)
    best = max(
        (
            (col, sorted({i for c, rows in starts.items() if abs(c - col) <= 2 for i in rows}))
            for col in starts
        ),
        key=lambda cr: len(cr[1]),
        default=None,
    )
    if best is None or len(best[1]) < 3:
        return text
    col, rows = best
    # The main column holds the entries: a personal-details table ("姓名：…      性别：…") is not
    # two columns.
    rights = [m.group(3) for i in rows if (m := _COLUMN_GAP.match(lines[i]))]
    if not any(DATE_RANGE.search(r) or split_heading(r) is not None for r in rights):
        return text
    first, last = rows[0], rows[-1]
    left: list[str] = []
    right: list[str] = []
    for line in lines[first : last + 1]:
        m = _COLUMN_GAP.match(line)
        if m and abs(m.start(3) - col) <= 2:
            if m.group(1):
                left.append(m.group(1))
            right.append(m.group(3))
        elif len(line) - len(line.lstrip()) >= col - 2:
            right.append(line.strip())
        else:
            left.append(line)
    return "\n".join([*lines[:first], *left, *right, *lines[last + 1 :]])


def parse(text: str) -> Parsed:
    parsed = Parsed(text)
    current = Section.OTHER
    parsed.sections[current] = []
    raw_entries: list[tuple[Section, str, re.Match[str], list[str]]] = []
    closed = False
    headings = 0  # headings passed so far; an entry placed by content keeps the points under it
    entry_heading = -1
    lines = [line.strip() for line in split_dense(english_months(two_columns(text))) if line.strip()]
    for i, line in enumerate(lines):
        heading = split_heading(line)
        # Under an experience heading a short line before a dated entry is the last point of the
        # entry above; elsewhere it may be a heading in the writer's own words.
        if heading is None and current not in EXPERIENCE and not DATE_RANGE.search(line):
            unnamed = _unnamed_heading(line, lines[i + 1] if i + 1 < len(lines) else None)
            heading = (unnamed, "") if unnamed is not None else None
        if heading is not None:
            current, line = heading
            headings += 1
            closed = current == Section.OTHER  # "联系方式": the entry above ends here
            parsed.sections.setdefault(current, [])
            if not line:
                continue
        parsed.sections.setdefault(current, []).append(line)
        match = DATE_RANGE.search(line)
        # A dated entry is placed by what it names when the heading it is under is not education
        # or experience ("2024.10-2025.01 拓新医药 统计编程实习生" after a skills list).
        section: Section | None = current
        if current not in (Section.EDUCATION, *EXPERIENCE):
            section = _section_by_content(line) or (current if current != Section.OTHER else None)
        elif (
            current == Section.EDUCATION
            and EMPLOYER.search(line)
            and not (SCHOOL.search(line) or DEGREE.search(line))
        ):
            # An employer's dated line under education (a heading the parser did not read, such
            # as "临床实习", let education run on): "2024.07-2025.04 滨海市第一人民医院 实习护士".
            section = Section.INTERNSHIP
        if match and section is not None and section != Section.OTHER:
            raw_entries.append((section, line, match, []))
            entry_heading = headings
        elif raw_entries and (
            raw_entries[-1][0] == current
            or (current == Section.OTHER and not closed)
            or (entry_heading == headings and current == Section.EDUCATION)
        ):
            raw_entries[-1][3].append(line)
    for section, header, m, body in raw_entries:
        y1, m1, y2, m2, _now, month_only, month_only2 = m.groups()
        if month_only or month_only2:
            m2 = month_only or month_only2
            y2 = y1 if int(m2) >= int(m1) else str(int(_year(y1)) + 1)
        if not (1 <= int(m1) <= 12) or (m2 and not 1 <= int(m2) <= 12):
            continue
        style = _style(m.group(0))
        parsed.date_styles.add(style)
        parsed.year_digits.update(len(y) for y in (y1, m.group(3)) if y)
        if style != "年月":
            parsed.month_padded.update(
                len(mm) == 2 for mm in (m1, m.group(4), month_only, month_only2) if mm and int(mm) < 10
            )
        rest = header[: m.start()] + header[m.end() :]
        parsed.entries.append(
            Entry(
                section=section,
                header=header,
                start=_month(y1, m1),
                end=_month(y2, m2) if y2 and m2 else None,
                key=_key(y1, m1, y2, m2),
                style=style,
                lines=(rest.strip(), *body) if rest.strip() else tuple(body),
                titled=bool(rest.strip()),
            )
        )
    return parsed


# -- findings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    check: Check
    item: str
    message: Text
    suggestion: Text
    legal_basis: str = ""  # the citation of Chinese law, in its own words (not translated)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "check": str(self.check), "label": msg(CHECK_LABELS[self.check])}


@dataclass(frozen=True)
class ResumeInput:
    text: str
    pages: int | None = None  # known for PDFs
    has_photo: bool = False  # an image in the PDF or DOCX
    posting: str = ""  # the target posting's text, if any


SECTION_ADVICE = {
    "education": (
        gettext_noop("No education section"),
        gettext_noop(
            "Add an “Education” section: university, major, degree and dates (e.g. 2021.09-2025.06); "
            "a GPA or rank and the main courses may follow."
        ),
    ),
    "experience": (
        gettext_noop("No internship or project experience"),
        gettext_noop(
            "Add an “Internships” or “Projects” section: for each, the organisation or project, your "
            "role, the dates, and 2-3 points on what you did and what came of it (with numbers)."
        ),
    ),
    "skills": (
        gettext_noop("No skills section"),
        gettext_noop(
            "Add a “Skills” section: tool or language, how well, and what you did with it, e.g. "
            "“Python (fluent, 3 data-analysis projects)”."
        ),
    ),
}


# Content that shows a section whatever its heading looks like (or when it has none).
SCHOOL = re.compile(r"大学(?!生)|学院|学校|University|College|Institute", re.IGNORECASE)
DEGREE = re.compile(
    r"本科|硕士|博士|专科|大专|研究生|学士|Bachelor|Master|Ph\.?D|B\.?S\b|M\.?S\b|B\.?Eng|M\.?Eng",
    re.IGNORECASE,
)
EMPLOYER = re.compile(
    r"公司|集团|事务所|研究院|研究所|银行|医院|工作室|实习|Intern|Inc\b|Ltd|Co\.|Corp", re.IGNORECASE
)
KNOWING = re.compile(r"^\W*(?:熟练掌握|熟练使用|熟练运用|熟悉|掌握|精通|擅长|会用|能使用|了解)")
# Years only, as education is often written: "2021 - 2025".
YEAR_RANGE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*(?:[-–—~～至到]|\s)\s*(?:(?:19|20)\d{2}(?![\d.年/\-])|至今|今)"
)
# A school's club or office held during study ("2023.09-2024.06 信息学院学生会 部长") is experience.
SCHOOL_ROLE = re.compile(r"学生会|社团|协会|部长|主席|队长|志愿|团委|实验室|助教|助理|干事|委员")
LIST_SEP = re.compile(r"\s*[、,，/|｜;；]\s*|\s{2,}")


def _section_by_content(line: str) -> Section | None:
    """The section a dated line outside any recognised heading belongs to, by what it names."""
    if SCHOOL.search(line) and (DEGREE.search(line) or not EMPLOYER.search(line)):
        return Section.EDUCATION
    if EMPLOYER.search(line):
        return Section.INTERNSHIP
    if re.search(r"项目|课题|竞赛|比赛|大赛|设计|研究|调研|调查|创业|Project", line, re.IGNORECASE):
        return Section.PROJECT
    return None


def _skill_names(line: str) -> int:
    """How many items of a list line are tools or skills (Latin names or lexicon words)."""
    line = re.sub(r"^[^:：]{1,8}[:：]", "", line)  # "工具：…"
    line = re.sub(r"[（(][^）)]*[）)]", "", line)  # "执照（CAAC）", "CPA（已过 2 门）"
    items = [i.strip(" :：·•-") for i in LIST_SEP.split(line)]
    return sum(
        1
        for i in items
        if i and (re.fullmatch(rf"{LATIN_WORD.pattern}(?: [A-Za-z]\w*)?", i) or i in SKILLS or i in BROAD)
    )


def _states_tools(clause: str) -> bool:
    """A clause of a line that states tools one can use ("…；会用 大疆智图、Pix4D", "细胞培养 3 年经验，
    熟练掌握 Western Blot、qPCR、免疫组化，…"): a knowing verb,
    then a bare list of two short items or more, one of them a tool known."""
    if not KNOWING.search(clause):
        return False
    rest = KNOWING.sub("", clause).strip()
    items = [i for i in LIST_SEP.split(rest) if i]
    return len(items) >= 2 and all(len(i) <= 12 for i in items) and _skill_names(rest) >= 1


def evidence(p: Parsed) -> set[str]:
    """The parts of a resume its content shows, whatever its headings: a school with a degree
    ("滨江大学 … 本科") or a dated line at a school is education; a dated line at an employer or
    an internship is experience; a line outside experience that states tools known ("熟练掌握
    Python、SQL") or lists several tools ("Verilog / Linux / Python") is skills (not a course list).
    """
    found = set()
    experience_lines = {line for s in EXPERIENCE for line in p.sections.get(s, [])}
    # Each line, and the content after an inline heading ("自我评价：熟练掌握 SQL、Python").
    all_lines = [raw.strip() for raw in p.text.splitlines()]
    all_lines += [line for lines in p.sections.values() for line in lines]
    # One fact per line (a DOCX table's cells, a builder's "学校：" / "学历：本科" lines): a school
    # of its own (a short line, not a sentence) with a degree or dates one or two lines away.
    near = [raw for raw in all_lines[: len(p.text.splitlines())] if raw]
    for i, line in enumerate(near):
        if (
            len(line) <= 20
            and not re.search(r"[，,。；;]", line)
            and SCHOOL.search(line)
            and not SCHOOL_ROLE.search(line)
            and not EMPLOYER.search(line)
        ):
            around = near[max(0, i - 2) : i] + near[i + 1 : i + 3]
            if any(
                DEGREE.search(o)
                or ((DATE_RANGE.search(o) or YEAR_RANGE.search(o)) and not EMPLOYER.search(o))
                for o in around
            ):
                found.add("education")
    for line in all_lines:
        if not line:
            continue
        dated = DATE_RANGE.search(line) is not None or YEAR_RANGE.search(line) is not None
        if SCHOOL.search(line) and (DEGREE.search(line) or (dated and not SCHOOL_ROLE.search(line))):
            found.add("education")
        elif dated and EMPLOYER.search(line):
            found.add("experience")
        if "课程" in line or SCHOOL.search(line):
            continue
        # Under an experience heading (a skills heading the parser missed lets its lines run on
        # there) a point may name a tool it used: only a statement of two tools known or a bare list
        # of three counts there.
        known = 2 if line in experience_lines else 1
        if (
            (KNOWING.search(line) and _skill_names(KNOWING.sub("", line)) >= known)
            or _skill_names(line) >= 3
            or any(_states_tools(clause) for clause in re.split(r"[；;。，,]", line)[1:])
        ):
            found.add("skills")
    return found


def check_sections(p: Parsed) -> list[Finding]:
    present = {s for s, lines in p.sections.items() if lines}
    shown = evidence(p)
    missing = []
    if Section.EDUCATION not in present and "education" not in shown:
        missing.append("education")
    # An experience heading over one undated line ("Activities" / "Member of the university choir")
    # names no experience to speak of.
    described = {
        s
        for s in present.intersection(EXPERIENCE)
        if len(p.sections[s]) >= 2
        or any(DATE_RANGE.search(line) or re.search(r"\d", line) or len(line) > 40 for line in p.sections[s])
    }
    if not described and "experience" not in shown:
        missing.append("experience")
    if Section.SKILLS not in present and "skills" not in shown:
        missing.append("skills")
    return [Finding(Check.SECTIONS, m, msg(SECTION_ADVICE[m][0]), msg(SECTION_ADVICE[m][1])) for m in missing]


PHONE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+\s*@\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def check_contact(p: Parsed) -> list[Finding]:
    out = []
    if not PHONE.search(p.text):
        out.append(
            Finding(
                Check.CONTACT,
                "phone",
                msg(gettext_noop("No mobile number found")),
                msg(
                    gettext_noop(
                        "Put the mobile number you use at the top of the resume (e.g. 138 0000 0000) "
                        "so that HR can call you directly."
                    )
                ),
            )
        )
    if not EMAIL.search(p.text):
        out.append(
            Finding(
                Check.CONTACT,
                "email",
                msg(gettext_noop("No e-mail address found")),
                msg(
                    gettext_noop(
                        "Add the e-mail address you use: interview invitations and offers mostly come "
                        "by e-mail; an address that starts with your name in pinyin is best."
                    )
                ),
            )
        )
    return out


# An A4 page at 10.5 pt with 2 cm margins holds about 40 Chinese characters a line and 48 lines.
CHARS_PER_LINE = 40
LINES_PER_PAGE = 48


def estimated_lines(text: str) -> int:
    total = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        width = sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in line)
        total += max(1, -(-int(width) // CHARS_PER_LINE))
        if heading_of(line):
            total += 1  # headings take a little more room
    return total


def check_length(p: Parsed, pages: int | None) -> list[Finding]:
    too_long = pages > 1 if pages is not None else estimated_lines(p.text) > LINES_PER_PAGE
    if not too_long:
        return []
    message = (
        msg(gettext_noop("The resume is too long (%(pages)s pages)"), pages=pages)
        if pages
        else msg(
            gettext_noop("The resume is too long (about %(lines)s lines, more than one A4 page)"),
            lines=estimated_lines(p.text),
        )
    )
    return [
        Finding(
            Check.LENGTH,
            "too_long",
            message,
            msg(
                gettext_noop(
                    "One page suits a new graduate: leave out experience unrelated to the target job, "
                    "keep the 2-3 most convincing points of each experience, and merge course lists."
                )
            ),
        )
    ]


# A duration ("实习3个月", "两周内") says how long, not what came of it; a date or a year says when;
# an ordinal (第3期) says which. They are taken out before looking for a quantity (hours stay: "志愿
# 服务 120 小时" is a volume).
_CN = "一二两三四五六七八九十"
DURATION = re.compile(rf"[\d{_CN}半几数]+\s*(?:个多?月|个星期|周|天|年)(?:期间|内|时间|里|以来)?")
DATE_IN_TEXT = re.compile(
    r"(?:19|20)\d{2}\s*(?:年度?|级|届|[.\-/]\s*\d{1,2}(?!\d))|\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?"
)
ORDINAL = re.compile(rf"第\s*[\d{_CN}]+(?!\s*名)")
# A version says which release, not what came of the work: "固件 1.14 版本", "2.0 版".
VERSION_NUMBER = re.compile(r"\d+(?:\.\d+)+\s*版本?|\d+\s*版本")
# Latin units a number may carry. Other Latin letters glued to a number make a name (5G, 3D, MP4),
# and so does a number glued to or just after a Latin word (Python3, Vue 3, CET-6).
LATIN_UNITS = frozenset(
    {
        "pp", "bp", "x", "X", "k", "K", "w", "W", "ms", "s", "min", "h", "GB", "MB", "KB", "TB", "PB",
        "Gbps", "Mbps", "QPS", "qps", "TPS", "tps", "fps", "FPS", "Hz", "kHz", "MHz", "GHz", "mAh",
        "Ah", "Wh", "kWh", "MWh", "kW", "MW", "GW", "V", "mV", "kV", "A", "mA", "mm", "cm", "m", "km",
        "kg", "g", "t", "L", "ml", "mL", "px", "dB",
        # since blind9, the rest of the units engineers and scientists write after a number
        "ppm", "ppb", "dBm", "dBi", "nm", "um", "ns", "us", "ps", "pF", "nF", "uF", "mW", "mg", "ug",
        "lux", "rpm", "Pa", "kPa", "MPa", "N", "bar", "psi", "ohm", "bps", "kbps", "dpi", "ppi",
        "mol", "mmol", "lm",
    }
)  # fmt: skip
ARABIC = re.compile(
    r"(?<![A-Za-z0-9.\-_#+/])(?<![A-Za-z] )\d+(?:[.,]\d+)?(?:\s*[-~～至到]\s*\d+(?:[.,]\d+)?)?"
    r"\s*(?P<after>[A-Za-z]+|[%‰+]|[\u4e00-\u9fff])?"
)
# Words that can follow a number without measuring anything.
NOT_A_CLASSIFIER = frozenset("和与及或的是在并而")
# Quantities in words: fractions and percentages, multiples, and magnitudes (二十余家, 上千). A
# Chinese numeral under ten with a classifier (三个部门, 一次点亮) is ordinary wording, not a
# measured result, and does not count; nor does a vague word such as 大幅.
CN_QUANTITY = re.compile(
    rf"[{_CN}百千]+分之[{_CN}]+|百分之|[二两三四五六七八九]成(?![员本果功为立就])"
    rf"|(?:一|减|过|近|逾|超|大)半(?![年月天日个小])|翻了?[一两三]?番|翻倍|加倍|成倍|数倍|[{_CN}几数]+倍"
    rf"|[{_CN}]+[十百千万亿]|[上数近逾几][十百千万]|[十百千万][余多来]"
)
# A change stated with its size: "从 2 小时缩短到 15 分钟", "提升 40%", "达到 98%", "第二名", "得分 2.1",
# "from 3 hours to 25 minutes".
CHANGE = re.compile(
    r"[从由]\s*\d[^，。；,;\n]{0,12}?(?:降|减|缩|压|提|升|增|涨|到|至)"
    r"|(?:缩短|降低|下降|减少|压缩|提前|节省|节约|增加|提升|提高|增长|降|增)(?:了|到|至|为)?\s*(?:约|近|超过|逾)?\s*\d"
    rf"|(?:达到?|超过|突破|得分|评分)\s*\d|top\s*\d+|第\s*[\d{_CN}]+\s*名"
    # "GitHub 获得 150 Star": a count won, whatever word names it (not a year: "获 2023 年度…").
    r"|(?:获得|收获|累计)\s*\d+(?:\.\d+)?(?![\d.])(?!\s*(?:年|级|届))"
    r"|\bfrom\s+\d[^,;.]{0,20}?\bto\s+\d",
    re.IGNORECASE,
)


# List markers written as enclosed numbers (①, ⑴, ⒈, ❶, ➀, ⓵) number the points, not results;
# NFKC would turn them into plain digits.
ENCLOSED_NUMBER = re.compile("[\u2460-\u249b\u24eb-\u24f4\u24f5-\u24fe\u2776-\u2793]")
# A rating written before what it rates ("10kV 配电室", "280Ah 电芯", "2.4GHz 射频模块") describes the
# equipment, not a result of the work.
RATING_UNITS = frozenset({"V", "kV", "mV", "A", "mA", "Ah", "mAh", "Hz", "kHz", "MHz", "GHz"})
RATING = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?P<unit>[A-Za-z]+)\s*(?=[\u4e00-\u9fff])")


def quantified(text: str) -> bool:
    """Whether a point states a quantified result: a number with any measure word or unit (2 轮,
    40 拨, 180ms, 35%), a fraction, multiple or magnitude in words (一半, 三分之一, 四成, 翻倍,
    上千), or a change with its size. Durations, dates, ordinals and version numbers do not count."""
    text = unicodedata.normalize("NFKC", ENCLOSED_NUMBER.sub(" ", text))
    text = EMAIL.sub(" ", PHONE.sub(" ", text))  # contact lines a section's end let in
    if CHANGE.search(text):
        return True
    rest = VERSION_NUMBER.sub(" ", ORDINAL.sub(" ", DURATION.sub(" ", DATE_IN_TEXT.sub(" ", text))))
    rest = RATING.sub(lambda m: " " if m.group("unit") in RATING_UNITS else m.group(0), rest)
    if CN_QUANTITY.search(rest):
        return True
    for m in ARABIC.finditer(rest):
        after = m.group("after")
        if (
            after is None
            or after in NOT_A_CLASSIFIER
            or (after.isascii() and after.isalpha() and after not in LATIN_UNITS)
        ):
            continue
        return True
    # In an English point a number follows a word ("from 800ms to 200ms", "by 35%"): it counts with
    # a unit of two letters or more, or a percentage ("Vue 3", "CET 6" stay names).
    if ENGLISH_QUANTITY.search(rest) or ENGLISH_ONE_LETTER_UNIT.search(rest):
        return True
    # A count of things in an English point ("Tested 120 vouchers", "for 3 consumer companies",
    # "200+ deals"): a number, then up to two words and a plural noun; not after a name ("Vue 3
    # components", "Python 3 scripts" are versions), not a year and not a duration ("for 3 days").
    for m in ENGLISH_COUNT.finditer(rest):
        before = re.search(r"([A-Za-z][\w.+#]*)\s+$", rest[: m.start()])
        if (
            before is None
            or before.group(1).islower()
            or not _named_word(before.group(1), rest, before.start())
        ):
            return True
    return False


ENGLISH_COUNT = re.compile(
    r"(?<![\w.\-])(?!(?:19|20)\d{2}\b)\d[\d,]*\+?\s+(?:[A-Za-z][a-z\-]*\s+){0,2}"
    r"(?!(?:second|minute|hour|day|week|month|year|semester|term|time)s\b)[a-z]{2,}s\b"
)


def _named_word(word: str, text: str, at: int) -> bool:
    """Whether a capitalised word before a number is a name (a version follows it) rather than the
    verb that opens an English point ("Screened 200+ deals")."""
    line_start = text.rfind("\n", 0, at) + 1
    opens = not re.search(r"[A-Za-z0-9]", text[line_start:at])
    return not opens or word.lower() in _SKILLS_LOWER


ENGLISH_QUANTITY = re.compile(
    r"(?<=[A-Za-z] )\d+(?:[.,]\d+)?\s*(?:[%‰]|(?:"
    + "|".join(sorted((u for u in LATIN_UNITS if len(u) > 1), key=len, reverse=True))
    + r")(?![A-Za-z]))"
)


# A one-letter unit after a number that follows a lower-case word ("cycle time 6.5 s per part",
# "weighs 3 g"): a measure, where after a name the number would be a version ("Vue 3").
ENGLISH_ONE_LETTER_UNIT = re.compile(r"(?<=[a-z] )\d+(?:\.\d+)?\s?[smgh](?![\w.])")


def clip(text: str, limit: int = 30, around: str = "") -> str:
    """A line quoted in a finding, cut to ``limit`` characters with an ellipsis: at the last space
    in its last third when there is one, so that a word is not cut in two ("… 星河智能科技有限公司…",
    not "… 星河智能科技有限公司 数"); starting a little before ``around`` when that word would
    otherwise be cut off."""
    text = text.strip()
    at = text.find(around) if around else -1
    if at >= 0 and at + len(around) > limit - 1:
        return "…" + clip(text[max(0, at - 8) :], limit - 1)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit * 2 // 3, limit)
    return text[: cut if cut > 0 else limit - 1].rstrip() + "…"


INTERNSHIP_TITLE = re.compile(r"实习|\bintern(?:ship)?\b", re.IGNORECASE)
# An internship is at an organisation ("… 基金会 项目实习生"); a course, a competition or a club is
# not one, whatever role its title names.
ORGANISATION = re.compile(
    r"公司|集团|事务所|研究院|研究所|银行|医院|工作室|基金会|中心|\bInc\b|\bLtd\b|\bCo\.|\bCorp\b",
    re.IGNORECASE,
)
NOT_WORK = re.compile(r"课程|竞赛|比赛|大赛|课题|毕业设计|协会|社团|学生会|会长|部长")


def check_numbers(p: Parsed) -> list[Finding]:
    out = []
    for entry in p.entries:
        if entry.section not in EXPERIENCE or len(entry.lines) < 1:
            continue
        # The points under the entry's title; a date alone on its line has no title before them.
        points = entry.lines[1:] if entry.titled and len(entry.lines) > 1 else entry.lines
        description = "\n".join(points)
        if quantified(description):
            continue
        out.append(
            Finding(
                Check.NUMBERS,
                entry.key,
                msg(
                    gettext_noop("The experience “%(entry)s” has no quantified result"),
                    entry=clip(entry.header),
                ),
                msg(
                    gettext_noop(
                        "Show the result in numbers: how much you did (processed 20,000 records, "
                        "interviewed 30 users), how much it improved (efficiency up 20%), how far it "
                        "reached (500 students)."
                    )
                ),
            )
        )
    return out


# The stronger verbs to use instead (Chinese verbs: the resume is in Chinese).
WEAK = {
    "参与": gettext_noop("主导/设计/实现 (say which part you did yourself)"),
    "协助": gettext_noop("完成/搭建/整理 (name what you delivered on your own)"),
    "帮助": gettext_noop("推动/解决/优化 (drive, solve, improve)"),
    "负责": gettext_noop("主导/策划/搭建 (“负责” names a duty, not a result)"),
    "配合": gettext_noop("对接/协调/推进 (liaise, coordinate, push forward)"),
    "打杂": gettext_noop("the concrete tasks you completed"),
    "接触过": gettext_noop("使用/实现 (used, implemented)"),
    "了解": gettext_noop("掌握/使用 (and say what you did with it)"),
}
# A weak verb must be a word of its own in jieba's segmentation: "负责/人事档案" and "负责/任务调度"
# use the verb, "担任/负责人" and "认真负责" do not. The look-aheads keep the verb used as a noun's
# modifier ("参与/人数", "帮助/文档", "配合/度高") or a noun's first part ("配合/物为": a complex,
# in chemistry), which segmentation splits off as a word.
WEAK_RE = re.compile(
    r"参与(?![者度率人方式感]|数(?![据字学])|量(?![化产测]))|协助|帮助(?![文手中])|负责|配合(?![度物])|打杂|接触过|(?<![不深])了解(?![到])"
)


def _word_bounds(line: str) -> set[int]:
    return {i for _word, start, end in _jieba().tokenize(line) for i in (start, end)}


def weak_verbs_in(line: str) -> list[str]:
    matches = list(WEAK_RE.finditer(line))
    if not matches:
        return []
    bounds = _word_bounds(line)
    return [
        m.group(0)
        for m in matches
        if m.start() in bounds and m.end() in bounds and not _closes_a_noun(line, m.start(), m.end())
    ]


_ITEM_END = re.compile(r"\s*(?:$|[、,，/|｜;；。）)])")


def _closes_a_noun(line: str, start: int, end: int) -> bool:
    """Whether the verb ends a list item right after a noun, with no object: the name of a thing
    ("公差配合", "团队配合"), not a duty done ("配合前端联调"). 打杂 never takes an object
    ("在部门打杂，")."""
    if (
        line[start:end] == "打杂"
        or start == 0
        or not HAN.match(line[start - 1])
        or not _ITEM_END.match(line, end)
    ):
        return False
    flag = ""
    for pair in _posseg().cut(line[:start]):
        flag = pair.flag
    return flag.startswith("n")


def check_weak_verbs(p: Parsed) -> list[Finding]:
    found: dict[str, str] = {}
    # The experience and skills sections, and the points of experience entries found by their
    # content outside any recognised heading.
    lines = [line for section in (*EXPERIENCE, Section.SKILLS) for line in p.sections.get(section, [])]
    lines += [line for e in p.entries if e.section in EXPERIENCE for line in e.lines if line not in lines]
    for line in lines:
        for verb in weak_verbs_in(line):
            found.setdefault(verb, line)
    return [
        Finding(
            Check.WEAK_VERBS,
            verb,
            msg(gettext_noop("“%(verb)s” is a weak verb: %(line)s"), verb=verb, line=clip(line, around=verb)),
            msg(
                gettext_noop(
                    "Replace “%(verb)s” with a stronger, more specific verb, such as %(better)s, and "
                    "follow it with the result."
                ),
                verb=verb,
                better=msg(WEAK[verb]),
            ),
        )
        for verb, line in found.items()
    ]


def check_dates(p: Parsed) -> list[Finding]:
    out = []
    for entry in p.entries:
        if entry.end is not None and entry.end < entry.start:
            out.append(
                Finding(
                    Check.DATES,
                    f"reversed:{entry.key}",
                    msg(gettext_noop("“%(entry)s” ends before it starts"), entry=clip(entry.header)),
                    msg(
                        gettext_noop(
                            "Check the dates and write them as “start year.month-end year.month”, "
                            "e.g. 2023.07-2023.09."
                        )
                    ),
                )
            )
    # Internships: entries under an internship heading, and since blind10 an entry of any kind of
    # experience whose title names an internship at an organisation, and no course, competition or
    # club ("公益实践" / "2024.03-2024.08 晨光乡村教育基金会 项目实习生").
    work = sorted(
        (
            e
            for e in p.entries
            if (
                e.section == Section.INTERNSHIP
                or (
                    e.section in EXPERIENCE
                    and INTERNSHIP_TITLE.search(e.header)
                    and ORGANISATION.search(e.header)
                    and not NOT_WORK.search(e.header)
                )
            )
            and (e.end is None or e.end >= e.start)
        ),
        key=lambda e: e.start,
    )
    for i, a in enumerate(work):
        for b in work[i + 1 :]:
            a_end = a.end if a.end is not None else 10**9
            if b.start < a_end:
                out.append(
                    Finding(
                        Check.DATES,
                        f"overlap:{a.key}|{b.key}",
                        msg(
                            gettext_noop("Two internships overlap: %(first)s and %(second)s"),
                            first=a.key,
                            second=b.key,
                        ),
                        msg(
                            gettext_noop(
                                "If you really held both at once, mark them “part-time” or “remote” "
                                "with the hours a week; otherwise check the dates, so as not to look "
                                "untruthful."
                            )
                        ),
                    )
                )
    if len(p.date_styles) > 1 or len(p.year_digits) > 1 or len(p.month_padded) > 1:
        out.append(
            Finding(
                Check.DATES,
                "format",
                msg(gettext_noop("The dates are written in different formats")),
                msg(gettext_noop("Use one date format throughout; “2023.07-2023.09” is recommended.")),
            )
        )
    return out


ID_NUMBER = re.compile(
    r"(?<![\dA-Za-z])[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])"
)
ID_WORD = re.compile(r"身份证(?:号码?)?\s*[:：]|证件号(?:码)?\s*[:：]")
# A form's labels are often padded to one width with spaces between their letters ("民    族：",
# "婚  姻  状  况："): any run of spaces (not a line break) may stand between a label's letters.
SP = r"[ \u3000]*"
MARITAL = re.compile(
    rf"婚{SP}姻(?:{SP}状{SP}况)?\s*[:：]|婚{SP}育(?:{SP}(?:状{SP}况|情{SP}况))?\s*[:：]"
    r"|(?<![离])(?:已婚|未婚)(?:未育|已育)?|已育|未育|育有"
)
# What closes a label in a form: a colon, a tab, two spaces or more, or the bracket around it
# ("民族：汉", "民族\t汉", "生 源 地    江苏盐城", "【户籍】湖南永州").
LABEL_END = r"(?:\s*[:：]|\t|[ \u3000]{2,}|\s*[】\]〕]|[ \t]*\n(?=[^\n:：]{1,8}(?:\n|$)))"
ETHNICITY = re.compile(
    rf"民{SP}族{LABEL_END}|(?:^|[\s|｜/，,；;])(?:汉族|回族|满族|壮族|藏族|维吾尔族|蒙古族|苗族|彝族|土家族)(?=$|[\s|｜/，,；;])"
)
# Native place and household registration under their usual labels: 籍贯, 祖籍, 户籍, 户口, 户籍地,
# 户口所在地, 生源地, 出生地 ("出生年月" is a date of birth, not a place).
NATIVE_PLACE = re.compile(
    r"籍\s*贯|祖\s*籍|(?:户\s*[籍口]|生\s*源)\s*(?:所在)?\s*地?\s*[:：]|户\s*[籍口]\s*(?:所在)?地|生源地|出\s*生\s*地"
    rf"|(?<![\u4e00-\u9fff])(?:户\s?[籍口]|生\s?源\s?地|籍\s?贯){LABEL_END}"
)

PERSONAL = [
    (
        "id_number",
        gettext_noop("The resume shows an ID number"),
        gettext_noop(
            "Remove the ID number: applying does not need it and it can be misused if it leaks; give "
            "it when you join, as asked."
        ),
        "《个人信息保护法》第六条（最小必要）",
    ),
    (
        "marital",
        gettext_noop("The resume states marital or childbearing status"),
        gettext_noop(
            "Remove marital and childbearing status: employers may not ask about it or make it a "
            "condition of hiring, and stating it may invite discrimination."
        ),
        BASIS_MARITAL,
    ),
    (
        "ethnicity",
        gettext_noop("The resume states an ethnicity"),
        gettext_noop(
            "Remove the ethnicity: it has nothing to do with the job, and workers of every ethnicity "
            "have an equal right to employment."
        ),
        BASIS_ETHNICITY,
    ),
    (
        "native_place",
        gettext_noop("The resume states a native place or household registration"),
        gettext_noop(
            "Remove the native place and household registration: they have nothing to do with the "
            "job and may invite regional discrimination."
        ),
        BASIS_NATIVE_PLACE,
    ),
    (
        "photo",
        gettext_noop("The resume carries a photo"),
        gettext_noop(
            "Leave the photo out unless the posting asks for one: hiring is about ability, and a "
            "photo may invite bias about looks that has nothing to do with the job."
        ),
        EPL,
    ),
]


def check_personal(p: Parsed, has_photo: bool) -> list[Finding]:
    text = p.text
    hits = {
        "id_number": bool(ID_NUMBER.search(text) or ID_WORD.search(text)),
        "marital": bool(MARITAL.search(text)),
        "ethnicity": bool(ETHNICITY.search(text)),
        "native_place": bool(NATIVE_PLACE.search(text)),
        "photo": has_photo,
    }
    return [
        Finding(Check.PERSONAL, item, msg(message), msg(suggestion), basis)
        for item, message, suggestion, basis in PERSONAL
        if hits[item]
    ]


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in SKILLS | BROAD:
        jieba.add_word(word, freq=200000)
    return jieba


@lru_cache(maxsize=1)
def _posseg() -> Any:
    _jieba()
    import jieba.posseg

    return jieba.posseg


# A Latin-script name is taken whole from the text, never from jieba's pieces: jieba cuts
# "SystemVerilog" into System/Verilog, "ArcGIS" into Arc/GIS and "SCADA" around the lexicon's CAD.
LATIN_WORD = re.compile(r"(?<![A-Za-z0-9+#.\-])[A-Za-z][A-Za-z0-9+#.]*(?:-[A-Za-z0-9]+)*")
HAN = re.compile(r"[\u4e00-\u9fff]")


TITLE_LINE = re.compile(r"^\s*[【\[]?\s*(?:岗位|职位|岗位名称|职位名称|招聘岗位)\s*(?:[】\]]|[:：])")
# "熟悉X、Y；有Z或W经验者优先": the things listed after a verb of knowing, up to a clause's end.
ASKED = re.compile(
    r"(?:熟悉|掌握|精通|熟练使用|会使用|能使用|能够使用|运用|会用|会操作|熟练操作|能操作|擅长|具备|懂|了解)([^；;。，,\n]{2,60})"
    r"|有([^；;。，,\n]{2,40}?)(?:相关)?(?:经验|经历|基础|背景)"
)
ASKED_SPLIT = re.compile(r"(?:[、/和与及或\s]|以及)+")  # not 以 alone: 以太网
GENERIC = re.compile(
    r"能力|精神|意识|态度|学历|专业|经验|工作|相关|以上|常用|基本|良好|一定|较强|优先|者"
    r"|敏感|思维|素养|品质|习惯|心态|热情|兴趣"
    r"|责任心|上进心|进取心|同理心|耐心|爱心|细心|亲和力|审美"  # traits ("沟通能力和责任心")
)
# "X、Y 等框架", "X、Y 等仪器的操作", "X 等基础知识": 等 closes the list, and what follows names the
# kind of thing listed. 等 inside a word ("热等静压") is kept: it closes a list only after a list
# separator or a Latin name, or when what follows is a kind word.
ETC = re.compile(r"等[^、]*$")


def _etc_at(clause: str) -> int | None:
    """Where the 等 that may close a clause's list stands: after its last 、, and a word of its own
    (not the 等 of "等效电路模型")."""
    last = ETC.search(clause)
    if last is None:
        return None
    pos = 0
    for word in _jieba().lcut(clause):
        if word == "等" and pos >= last.start():
            return pos
        pos += len(word)
    return None


KIND = (
    "工具", "软件", "框架", "语言", "系统", "平台", "技术", "仪器", "设备", "知识", "方法", "原理",
    "协议", "组件", "中间件", "数据库", "库", "模型", "算法", "工艺", "标准", "规范", "原则",
    "指南", "流程", "基础", "操作", "建设", "使用", "应用", "领域", "方向", "课程", "证书",
    "方法学", "总线", "脚本", "体系",
)  # fmt: skip
# A word that names only a kind of thing or an activity, not a skill a resume can show.
KIND_ONLY = re.compile(
    r"(?:脚本|编程|开发|主流|常见|常用|相关|各类|各种|部署|监控|可视化|办公|测试|分析|设计|数据|统计)*"
    rf"(?:{'|'.join(KIND)}|操作|内容|业务|设计|开发|管理|流程|工作|数据|能力|问题|项目|产品|模块"
    r"|建模|仿真|测试|调试|验证|校核|评审|分析|编程|优化|维护|部署|运维|调优|配置|搭建|使用|应用)"
)
# "至少一种脚本语言", "其中一门", "一项以上": a count of the things asked for, not one of them.
# "中的一项或多项", "若干": how many of them, not a thing asked for.
COUNT = re.compile(
    r"(?:中的?)?(?:至少|任意|任一|其中|任何)?(?:[一两二三四多几]|若干)[种门项个类](?:或?以上)?|若干"
)
# A duration asked for before the thing itself: "1 年以上电力巡检", "半年及以上".
ASKED_YEARS = re.compile(r"^\s*[\d一二两三四五六七八九十半几数]+\s*(?:年|个?月)\s*(?:及?以上)?\s*")
# What a requirement closes with besides the thing asked: "…者优先", "…者".
ASKED_CLOSE = re.compile(r"\s*(?:者|的同学|的候选人)?\s*(?:优先|亦可)?\s*$")
# A verb or preposition before the thing ("进行数据处理", "在电力巡检", "对接口测试") and a locative
# or particle after it ("知识蒸馏中", "图像处理上", "…等"): not part of a skill's name.
# Taken off only when jieba cuts them as words of their own ("上 电力 巡检", not "上位 机").
EDGE_HEAD = frozenset(
    {"进行", "负责", "从事", "参与", "开展", "完成", "实现", "利用", "使用", "通过", "基于", "针对",
     "对", "在", "于", "上", "用", "做"}
)  # fmt: skip
EDGE_TAIL = frozenset({"方面", "之中", "中", "上", "里", "内", "等"})


# Parts of speech (jieba.posseg) that never start or end a skill's name: prepositions,
# conjunctions, pronouns and particles at the start (and a one-character adverb: 较, 更); locatives,
# particles, modal words and conjunctions at the end. (jieba's tags for longer words are too loose
# to go by: it tags 仿真 as an adverb and 知识 as a verb.)
EDGE_HEAD_TAGS = ("p", "c", "r", "u")
EDGE_TAIL_TAGS = ("f", "u", "y", "c")
# A field or trade before the thing itself: "电商行业数据分析", "医疗领域图像分割".
DOMAIN = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:行业|领域|方向|场景)(?=[\u4e00-\u9fff]{2})")


def _core(part: str) -> str:
    """A requirement item without what is not part of a skill's name at its edges: a leading verb
    of doing, a preposition, conjunction, pronoun or particle; a trailing locative, particle
    or conjunction (jieba.posseg's tags, so only words cut as words of their own go); and a
    field named before it ("电商行业数据分析" -> 数据分析)."""
    words = [(w.word, w.flag) for w in _posseg().cut(part) if w.word.strip()]
    while len(words) > 1 and (
        words[0][0] in EDGE_HEAD
        or words[0][1].startswith(EDGE_HEAD_TAGS)
        or (words[0][1] == "d" and len(words[0][0]) == 1)
    ):
        words = words[1:]
    while len(words) > 1 and (words[-1][0] in EDGE_TAIL or words[-1][1].startswith(EDGE_TAIL_TAGS)):
        words = words[:-1]
    core = DOMAIN.sub("", "".join(w for w, _f in words))
    return core if len(core) >= 2 else part


# What a phrase may end with besides the skill: its use or its setting up ("消息队列使用",
# "流水线建设", "高并发系统", "仪器的操作", "机器学习算法").
TAIL = re.compile(
    r"(?:的)?(?:使用|应用|建设|搭建|操作|调试|维护|系统|平台|算法|技术|知识|原理|方法|工具|框架|基础"
    r"|架构|体系|规则|流程|思想|理念|项目)$"
)
# A product's kind after its name ("快手平台规则" -> 快手), with the kind of account it is used from
# ("大众点评商家后台", "淘宝卖家中心" -> the product): these tails may leave a two-character name.
ACCOUNT = r"(?:商家|卖家|商户|买家|达人|企业)"
PRODUCT_TAIL = re.compile(rf"{ACCOUNT}?(?:平台(?:规则)?|后台)$|{ACCOUNT}(?:中心|版|端)$")


# General words, never a skill of their own ("DDR 接口", "CAN 通信", "Prompt 工程", "MRP 运算",
# "STDF 数据格式", "懂一点 Python"; 统计学 and 数学 as majors).
GENERAL_WORDS = frozenset(
    {"接口", "通信", "工程", "运算", "数据格式", "格式", "协议", "数据", "文件", "报表", "模型", "功能",
     "业务", "场景", "相关", "一点", "一些", "统计学", "数学"}
)  # fmt: skip


# A Latin name, a standard's number after it ("ISO 14971"), and the words that say what it is used
# for after it ("Calibre 进行版图设计与验证", "SQL 做数据分析", "JMP 来分析").
NAMED = re.compile(rf"{LATIN_WORD.pattern}(?:\s+\d{{4,6}}(?:-\d{{1,3}})?)?")
PURPOSE = r"(?:进行|来|做|用于|用来)"


# A method named by its number ("8D", "5S") and the words after it that say what it is for.
_RUN = r"(?:(?![和与及或])[\u4e00-\u9fff])"
NUMBERED_METHOD = re.compile(
    rf"(?<![A-Za-z0-9])(\d+[A-Za-z]+)\s*{_RUN}*(?:问题|方法){_RUN}*(?:[与和及]{_RUN}{{2}}(?![\u4e00-\u9fff]))?"
)  # "8D 问题分析与解决": a verb joined by 与 is the method's work too


def _asked_parts(clause: str) -> list[str]:
    """A requirement's items: split at list separators, the list closed at 等, a count dropped, a
    Chinese word right after a Latin name dropped: the tool's kind, use or subject ("Perl 脚本语言",
    "Spring 框架", "MES 系统", "Jenkins 流水线建设", "Skyline 或 SketchUp 三维排布", "ISO 14971 风险
    管理"), and after 进行/来/做 the rest of the clause ("Calibre 进行版图设计与验证"), of "A的B" only A
    ("高温合金的金属3D打印"), a
    leading verb or preposition and a trailing locative taken off ("知识蒸馏中" -> "知识蒸馏"). A
    title in 《》 (a law, a regulation, a standard: "熟悉《民法典》《公司法》") is an item whole."""
    if TITLE.search(clause):
        out: list[str] = []
        for piece in TITLE.split(clause):
            if TITLE.fullmatch(piece):
                out.append(LAW_PREFIX.sub("", piece.strip("《》 ")))
            elif piece.strip(" 、,，和与及或等"):
                out.extend(_asked_parts(piece))
        return out
    clause = ASKED_CLOSE.sub("", ASKED_YEARS.sub("", COUNT.sub(" ", clause)))
    clause = re.sub(r"(?:相关)?(?:工作|使用|项目|实践)?经验$", "", clause.rstrip())  # "具备可用性测试经验"
    # "具备点钞、传票录入基本技能": the kind of everything listed, not part of the last item's name.
    clause = re.sub(r"(?<=[\u4e00-\u9fff])(?:的)?(?:基本|基础|专业|相关|实操)?(?:技能|技巧)$", "", clause)
    if clause.rstrip().endswith(FIELD_TAIL):
        return []  # "有零售或快消行业经验": trades where one worked, not skills
    etc = _etc_at(clause)
    if etc is not None:
        before, after = clause[:etc], clause[etc + 1 :]
        if (
            re.search(r"[、/和与及或]|[A-Za-z0-9+#]\s*$", before)
            or not after.strip()
            or after.strip().endswith(KIND)
        ):
            clause = before
    # Chinese words right after a Latin name are the tool's rather than a skill of their own: its
    # kind ("Spring 框架"), its use ("Python 进行数据处理", "会用 SQL 做数据分析": the rest of the
    # clause), its subject ("DDR 接口", "CAN 通信", "ISO 14971 风险管理"). Human labellers name the
    # tool. A lexicon word there is read apart, where the posting's text is scanned (_after_names).
    clause = re.sub(rf"({NAMED.pattern})\s*{PURPOSE}.*", r"\1 ", clause)
    clause = re.sub(
        rf"({NAMED.pattern})\s+(?![和与及或])([\u4e00-\u9fff]+?)(?=[和与及或]|[^\u4e00-\u9fff]|$)",
        r"\1 ",
        clause,
    )
    # "3D 打印" is one name; "8D 问题解决方法", "5S 管理方法", "8D 解决问题", "8D 问题分析": a
    # method named by its number, the words after its name (up to a 和/与/及/或) say what it is for
    # when they name a method or the problems it solves, in whatever order.
    clause = NUMBERED_METHOD.sub(r"\1 ", clause)
    clause = re.sub(r"(?<![A-Za-z0-9])(\d+[A-Za-z]+)\s+(?=[\u4e00-\u9fff])", r"\1", clause)
    clause = TWIN_IN_TEXT.sub(r"\1 ", clause)  # "电池管理系统（BMS）": the name, its twin apart
    # "大模型微调（LoRA、RLHF）", "ATE 测试机（如 V93000、J750）": examples in brackets are items of
    # their own, apart from the thing they illustrate.
    clause = re.sub(r"[（(]\s*(?:如|例如|比如|包括)?|[)）]", " ", clause)
    out = []
    for part in ASKED_SPLIT.split(clause):
        part = part.strip("“”\"'（）()《》")
        described = DESCRIPTOR.sub("", part)
        if described != part and len(described) <= 2 and described not in SKILLS:
            continue  # "基本函数", "常用工具": what is described is too general to be a skill
        part = described
        if "的" in part:
            part = part.split("的", 1)[0]
        out.append(_core(part))
    return out


# A title in 《》: a law, a regulation or a standard named whole ("《劳动合同法》", "《企业会计准则》").
TITLE = re.compile(r"(《[^《》\n]{2,30}》)")
# The state's name before a law's ("《中华人民共和国劳动合同法》"): labellers name the law by its short title.
LAW_PREFIX = re.compile(r"^中华人民共和国")


# Words that only describe what follows ("常见的图像处理算法", "常用设计模式", "各类办公软件"): taken off
# the front of an item, so that the thing itself is read.
DESCRIPTOR = re.compile(
    r"^(?:(?:常用|常见|主流|基本|相关|各类|各种|常规|一定|良好|扎实|较强|熟练|典型|通用|必要|开源)(?:的)?)+"
)


# A trade or field asked for ("有零售或快消行业经验", "医疗领域"): where one worked, not a skill.
FIELD_TAIL = ("行业", "领域", "进出口", "贸易")  # "海运进出口操作流程": a line of business


def _asked_phrases(text: str) -> list[str]:
    out = []
    for m in ASKED.finditer(text):
        parts = [part for part in _asked_parts(m.group(1) or m.group(2) or "") if part]
        using = USE_VERB.match(m.group(0)) is not None
        for i, part in enumerate(parts):
            if using:
                part = _tool_before_use(part)  # "会用大疆智图处理数据" -> 大疆智图
            if part not in SKILLS and (activity := ACTIVITY_TAIL.search(part)):
                if m.group(2) is not None and not (i > 0 and i == len(parts) - 1):
                    continue  # "有达人投放经验", "有竞赛辅导经验": what one did, not a skill
                # "有直通车、引力魔方投放经验": after a list's last item, every item's use
                part = part[: activity.start()]  # "千川投放后台" -> 千川
            if (
                m.group(2) is not None
                and part not in SKILLS
                and ("经历" in text[m.end(2) : m.end()] or part.endswith(("实习", "轮转", "见习")))
            ):
                # "有事务所实习经验", "有 ICU 或急诊轮转经历", "有手术室实习经历": where one worked,
                # not a skill a resume names; only a skill the lexicon knows counts there.
                continue
            while part not in SKILLS and len(stripped := TAIL.sub("", part)) >= 3 and stripped != part:
                part = stripped  # "日志采集平台建设" -> "日志采集"; "操作系统" stays
            while (
                part not in SKILLS and len(stripped := PRODUCT_TAIL.sub("", part)) >= 2 and stripped != part
            ):
                part = stripped  # "快手平台" -> 快手
            if part not in SKILLS and (activity := ACTIVITY_TAIL.search(part)):
                part = part[: activity.start()]  # "千川投放后台" -> 千川
            part = _without_field(part)  # "电商数据分析" -> 数据分析
            part = _brand_of_machine(part)  # "三菱系统数控车床" -> 三菱
            if (
                KIND_ONLY.fullmatch(part)
                or part.endswith(("知识", "设备", *FIELD_TAIL))
                or _place(part)
                or (part not in SKILLS and MEANS_TO_DO.search(part))
            ):
                continue  # "办公软件", "各类仿真工具"; "财务知识" (too general); "快消行业" (a trade)
            if (
                part.endswith(MACHINE)
                and part not in SKILLS
                and part not in BROAD
                and "操作" in m.group(0)[:4]
            ):
                continue  # "熟练操作大疆植保机": a machine one operates, not a skill ("数控机床调试" is)
            part = _without_kind_tail(part)  # "金蝶财务软件" -> 金蝶
            part = _without_system_tail(part)  # "金税系统" -> 金税
            part = _product_of(part)  # "钉钉考勤" -> 钉钉
            if (
                2 <= len(part) <= 8
                and not _describes(part)
                and HAN.search(part)
                and not GENERIC.search(part)
                and not KIND_ONLY.fullmatch(part)
                and not LATIN_WORD.search(part)
            ):
                out.append(part)

    for m in CERT_ASKED.finditer(text):
        for part in _asked_parts(m.group(1)):
            cert = _certificate(part)
            if cert:
                out.append(cert)
    out.extend(_graded_tests(text))
    return out


# A test's grade in levels and classes ("普通话二级甲等", "普通话水平一级乙等"): the grade of a test
# taken, asked with or without a verb ("普通话二级乙等及以上"). Named by the test and the grade.
GRADE = re.compile(r"[一二三]级[甲乙丙]等")
GRADE_FILLER = frozenset({"水平", "测试", "水平测试", "等级", "达到", "考试"})


def _graded_tests(text: str) -> list[str]:
    out = []
    for m in GRADE.finditer(text):
        words = [w.word for w in _posseg().cut(text[max(0, m.start() - 12) : m.start()])]
        while words and (words[-1] in GRADE_FILLER or not words[-1].strip()):
            words.pop()
        if words and len(words[-1]) >= 2 and HAN.fullmatch(words[-1][0]) and words[-1] not in GENERAL_WORDS:
            out.append(words[-1] + m.group(0))
    return out


# Verbs of using a tool: what follows names the tool, then perhaps what is done with it.
USE_VERB = re.compile(r"熟练使用|会使用|能使用|能够使用|熟练运用|运用|会用")


# Verbs of making and handling that jieba may tag as nouns ("绘制效果图").
DOING = frozenset(
    {"处理", "制作", "绘制", "剪辑", "分析", "整理", "采集", "编辑", "排版", "录入", "生成", "检索",
     "撰写", "编写", "设计", "渲染", "统计", "核算", "计算"}
)  # fmt: skip


def _tool_before_use(part: str) -> str:
    """A tool's name followed by what is done with it, a verb and its object ("大疆智图处理数据",
    "希沃白板制作课件"): the tool. The verb is a word of its own after at least two characters and
    before nouns that are not a kind ("智能制造系统" stays whole); a means and the work done with it
    stays whole, an activity ("信息化手段开展教学")."""
    if part in SKILLS or part in BROAD or MEANS_TO_DO.search(part):
        return part
    words = [(w.word, w.flag) for w in _posseg().cut(part)]
    pos = 0
    for j, (word, flag) in enumerate(words):
        rest = words[j + 1 :]
        if (
            pos >= 2
            and len(word) == 2
            and (flag in ("v", "vn") or word in DOING)
            and rest
            and all(f.startswith("n") for _w, f in rest)
            and rest[-1][0] not in KIND
            and rest[-1][0] not in HEAD_NOUNS
        ):
            return part[:pos]
        pos += len(word)
    return part


# A machine or a model of one ("植保机", "数控车床", "行业机型"): after 会操作/熟练操作, what one
# operates, not a skill.
MACHINE = ("机", "床", "机型")


def _brand_of_machine(part: str) -> str:
    """A brand's control system before the machine it runs ("三菱系统数控车床", after "会操作 FANUC、"):
    the brand names the item."""
    words = [(w.word, w.flag) for w in _posseg().cut(part)]
    if len(words) > 2 and words[0][1].startswith("nz") and words[1][0] == "系统" and part.endswith(MACHINE):
        return words[0][0]
    return part


# A means and the work done with it ("运用多媒体开展教学", "利用 Excel 进行核算"): an activity,
# not a skill's name.
MEANS_TO_DO = re.compile(r"[\u4e00-\u9fff]{2}(?:开展|进行|实施|组织|完成)[\u4e00-\u9fff]{2}")


# Activities after what they act on ("达人投放", "竞赛辅导", "千川投放"): the work, not a skill.
ACTIVITY_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:投放|辅导|推广|对接)$")


# A certificate, licence or title asked for: "持有初级会计职称", "已通过国家统一法律职业资格考试",
# "通过证券从业资格或银行从业资格考试", "持有税务师或 CPA 证书", "具有高中语文教师资格证".
CERT_ASKED = re.compile(r"(?:持有|持|取得|具有|具备|通过|获得)了?([^；;。，,\n]{2,40})")
CERT_END = re.compile(r"(?:资格证?|职称|执照|驾照|资格证书|证|师)$")
# What is said around a certificate's name: the exam or the paper ("考试", "证书"), the level asked
# ("及以上"), how many papers ("2 门以上"), who issues it ("国家统一", "全国"), and the school level of a
# teacher's certificate ("高中数学教师资格证": the certificate is the teacher's, in maths).
CERT_AROUND = re.compile(
    r"(?:\s*\d+\s*[门科项个])?(?:及?以上)?(?:考试|证书|认证)*(?:及?以上)?$"
    r"|^(?:国家统一|全国|国家)|^(?:小学|初中|高中|中小学|幼儿园)(?=[\u4e00-\u9fff]{3})"
    r"|^(?:及|或)?以[上下](?=[\u4e00-\u9fff]{3})"  # "初中及以上数学教师资格证", cut at 及
)


def _certificate(part: str) -> str:
    name = part
    for _ in range(3):
        name = CERT_AROUND.sub("", name).strip()
    name = re.sub(r"(?<=[\u4e00-\u9fff]{2})学科(?=教师)", "", name)  # "英语学科教师资格证": the subject's
    named = CERT_END.search(name) or (
        # a test's level named as a certificate or an exam ("英语专业八级证书", "计算机二级考试"), and
        # a post's qualification ("食品安全管理员证书", "报关员资格考试")
        (LEVEL_END.search(name) or name.endswith("员")) and re.search(r"(?:证书|考试|证|资格)$", part)
    )
    if 3 <= len(name) <= 10 and HAN.search(name) and not LATIN_WORD.search(name) and named:
        return name
    return ""


LEVEL_END = re.compile(r"[一二三四五六八]级$")


_HAN_SKILLS = sorted((w for w in SKILLS | BROAD if HAN.search(w)), key=len, reverse=True)


def _without_field(part: str) -> str:
    """A lexicon word after a two-character field ("电商数据分析", "金融风控建模"): the word."""
    if part in SKILLS:
        return part
    for word in _HAN_SKILLS:
        if part.endswith(word) and len(part) - len(word) == 2 and len(word) >= 3:
            head = list(_posseg().cut(part[:2]))
            if len(head) == 1 and head[0].flag.startswith("n"):
                return word
    return part


_PRODUCTS_LONGEST = sorted(PRODUCTS, key=len, reverse=True)


def _product_of(part: str) -> str:
    """A product's name followed by what it is used for ("钉钉考勤", "用友财务模块"): the product."""
    if part in SKILLS or part in PRODUCTS:
        return part
    for name in _PRODUCTS_LONGEST:
        rest = part[len(name) :]
        if part.startswith(name) and len(rest) >= 2 and HAN.match(rest):
            return name
    return part


def _without_system_tail(part: str) -> str:
    """A product named with 系统 ("金税系统", "用友系统"): its name; not a general word ("操作系统")."""
    if len(part) != 4 or not part.endswith("系统") or part in SKILLS:
        return part
    words = list(_posseg().cut(part[:2]))
    if len(words) == 1 and words[0].flag.startswith("n") and part[:2] not in (*GENERAL_WORDS, *BROAD):
        return part[:2]
    return part


_SKILLS_LOWER = {w.lower(): w for w in SKILLS}


def _describes(part: str) -> bool:
    """Whether an item only describes (one adjective or adverb: "扎实" of "扎实的财务知识")."""
    words = list(_posseg().cut(part))
    return len(words) == 1 and words[0].flag.startswith(("a", "d", "z"))


def _place(part: str) -> bool:
    """Whether an item only says where ("国内 GCP 法规": 国内, 海外, 境外): a place or direction word."""
    if part in SKILLS or part in BROAD:
        return False
    words = list(_posseg().cut(part))
    return len(words) == 1 and words[0].flag in ("s", "f")  # not ns: 京东 is tagged a place


# A version after a tool's name ("CATIA V5", "MATLAB R2023a"): not a tool of its own.
VERSION = re.compile(r"^[VvRr]\d[\d.]*[ab]?$")
AFTER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]*\s+$")
# What a tool is named for besides itself, when it ends a list's last item: "用友或金蝶财务软件",
# "广联达或鲁班算量软件": the kind word and the word before it (what the software does) go.
KIND_TAIL = ("软件", "工具")


def _without_kind_tail(part: str) -> str:
    if not part.endswith(KIND_TAIL) or part in SKILLS:
        return part
    words = _jieba().lcut(part[:-2])
    for keep in (words[:-1], words):
        if len(core := "".join(keep)) >= 2:
            return core
    return part


# "电池管理系统（BMS）", "储能变流器(PCS)": a Chinese name and its Latin twin in brackets.
TWIN_IN_TEXT = re.compile(r"([\u4e00-\u9fff]{2,})\s*[（(]\s*([A-Za-z][A-Za-z0-9+#.\-]*)\s*[)）]")
# A line that only labels what follows ("Requirements 任职要求:", "岗位要求"), and a posting's first
# line when it is its title ("QC 专员", "无人机飞手/航测员", "Software Engineer, New Grad").
LABEL_LINE = re.compile(r"^[^:：]{1,40}[:：]\s*$|^[^:：A-Za-z]{1,10}$")
ROLE_IN_TITLE = re.compile(
    r"\b(?:engineer|developer|analyst|manager|intern|specialist|scientist|assistant|architect|consultant"
    r"|teacher|tutor|instructor|lecturer|nurse|designer|accountant|auditor|coordinator|associate"
    r"|representative|officer|administrator|technician|operator|editor|writer|trainee|researcher)s?\b",
    re.IGNORECASE,
)
_LABEL_WORDS = re.compile(
    r"要求|职责|资格|描述|内容|条件|加分|优先|福利|requirements?|responsibilities|qualifications|preferred|about",
    re.IGNORECASE,
)


def _twin_names() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for names in TWINS:
        for name in names:
            out[name.lower()] = tuple(n.lower() for n in names)
    return out


_TWINS = _twin_names()


def _posting_text(posting: str) -> str:
    """The posting without its title line and lines that only label a part of it."""
    out = []
    first = True
    for line in posting.splitlines():
        text = line.strip()
        if not text:
            continue
        # A first line that names a role ("IC Design Verification Engineer", "Clinical Data Manager
        # - Graduate Program") is the title however long.
        title = (
            first
            and (len(text) <= 30 or (len(text) <= 60 and ROLE_IN_TITLE.search(text) is not None))
            and not ASKED.search(text)
            and not re.search(r"[:：；;。]", text[:-1])
        )
        first = False
        if title or TITLE_LINE.match(text) or (LABEL_LINE.match(text) and _LABEL_WORDS.search(text)):
            continue
        out.append(line)
    return "\n".join(out)


def _english(line: str) -> bool:
    """Whether a line is written in English: there only names that look like names count."""
    return len(re.findall(r"[A-Za-z]{2,}", line)) >= 3 and len(HAN.findall(line)) <= 2


def _named(word: str) -> bool:
    """In English text, a word is a tool's name when the lexicon knows it or it is spelled like a
    name: capitals after the first letter, digits or symbols ("TypeScript", "AWS", "Node.js")."""
    return word.lower() in _SKILLS_LOWER or bool(re.search(r"[A-Z]|\d|[.+#&]", word[1:]))


def _latin_names(text: str) -> list[tuple[int, str]]:
    """Latin-script names in a posting, whole: "SystemVerilog", "Node.js", "GD&T", and names of two
    words ("Power BI", "Altium Designer", "Spring Boot"; not two known tools, "Python SQL")."""
    found: list[tuple[int, str]] = []
    # Lexicon names written with a slash or a space ("TCP/IP", "CI/CD", "Spark SQL") first, whole.
    taken: set[int] = set()
    for name in JOINED_NAMES:
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text, re.IGNORECASE):
            found.append((m.start(), name))
            taken.update(range(m.start(), m.end()))
    for m in LETTERS_JOINED.finditer(text):
        if (name := _letters_joined(m)) and not taken & set(range(m.start(), m.end())):
            found.append((m.start(), name))
            taken.update(range(m.start(), m.end()))
    # A standard named by its body and number ("ISO 13485", "IATF 16949", "GB/T 19001", "IEC
    # 62304") is one name; a version after a name ("CATIA V5") is a word of its own, read below.
    for m in STANDARD.finditer(text):
        if m.group(1).lower() not in STOP_ASCII and not taken & set(range(m.start(), m.end())):
            found.append((m.start(), f"{m.group(1)} {m.group(2)}"))
            taken.update(range(m.start(), m.end()))
    pos = 0
    for line in text.splitlines(keepends=True):
        english = _english(line)
        words = [
            (pos + m.start(), m.group(0).rstrip("."))
            for m in LATIN_NAME.finditer(line)
            if pos + m.start() not in taken
        ]
        first_word = words[0][0] if words else -1
        line_start = pos
        pos += len(line)

        i = 0
        while i < len(words):
            start, word = words[i]
            if i + 1 < len(words) and (
                not english
                # A name of two words the lexicon knows ("Power BI", "Six Sigma"): whole anywhere.
                or f"{word} {words[i + 1][1]}".lower() in _SKILLS_LOWER
                or f"{word} {words[i + 1][1]}".lower() in _TWINS
                # A vendor's name in capitals and its product's in CamelCase: "SAP SuccessFactors".
                or (word.isupper() and re.search(r"[a-z][A-Z]", words[i + 1][1]) is not None)
                # In English, two plain capitalised words make one name ("Medidata Rave"), and so do
                # a vendor's plain word and its product's name spelled as a name ("Adobe XD"); a
                # name spelled as one ("CATIA V5", "SAS Viya") stays apart.
                or (
                    _proper(text, line_start, first_word, start, word)
                    and words[i + 1][1][0].isupper()
                    and not _a_name(word)
                    and words[i + 1][1].lower() not in _SKILLS_LOWER
                )
            ):
                nxt_start, nxt = words[i + 1]
                pair = f"{word} {nxt}"
                gap = text[start + len(word) : nxt_start]
                if (
                    gap == " "
                    and word[0].isupper()
                    and nxt[0].isupper()
                    and (
                        pair.lower() in _SKILLS_LOWER
                        or pair.lower() in _TWINS
                        or not (word.lower() in _SKILLS_LOWER and nxt.lower() in _SKILLS_LOWER)
                    )
                    and word.lower() not in STOP_ASCII
                    and nxt.lower() not in STOP_ASCII
                ):
                    taken_words = 2
                    # A third capitalised word right after a pair that is not a known name goes
                    # with it: a vendor and its product, or a product of three words ("Final Cut
                    # Pro", "Adobe Premiere Pro"); not a known name ("Figma Sketch").
                    known_pair = pair.lower() in _SKILLS_LOWER or pair.lower() in _TWINS
                    if i + 2 < len(words) and not known_pair:
                        third_start, third = words[i + 2]
                        if (
                            text[nxt_start + len(nxt) : third_start] == " "
                            and third[0].isupper()
                            and third.lower() not in _SKILLS_LOWER
                            and third.lower() not in STOP_ASCII
                        ):
                            pair = f"{pair} {third}"
                            taken_words = 3
                    found.append((start, _SKILLS_LOWER.get(pair.lower(), pair)))
                    i += taken_words
                    continue
            low = word.lower()
            known = low in _SKILLS_LOWER
            a_name = (
                low not in STOP_ASCII
                and low.split("-")[0] not in STOP_ASCII  # "top-20"
                and (len(word) > 1 or word in {"C", "R"})
            )
            if (
                (known or a_name)
                and not (
                    i + 1 < len(words)
                    and words[i + 1][1].lower() in LANGUAGES
                    and text[start + len(word) : words[i + 1][0]] == " "
                )
                and (not english or _named(word) or _proper(text, line_start, first_word, start, word))
                and not _after_etc(text, start)
                and not (VERSION.match(word) and AFTER_NAME.search(text[:start]))
            ):
                found.append((start, _SKILLS_LOWER.get(low, word)))
            i += 1
    return found


# A word before a language's name says how it is spoken ("Fluent English", "Business Mandarin").
LANGUAGES = frozenset(
    {"english", "mandarin", "chinese", "cantonese", "japanese", "korean", "french", "german", "spanish"}
)


def _a_name(word: str) -> bool:
    return _named(word) or word.lower() in _SKILLS_LOWER


def _proper(text: str, line_start: int, first_word: int, at: int, word: str) -> bool:
    """In an English sentence, a capitalised word is a tool's name where tools are named: right
    after with/using/via ("Familiar with Webpack") or after "and", "or", a comma or a slash that
    follows a name ("PCIe and Ethernet", "SAS and Medidata Rave"); and so is a word in brackets
    after a name ("Python (pandas)"). Not a major or a place ("Degree in Computer Science")."""
    before = text[line_start:at]
    bracket = re.search(r"([A-Za-z][\w.+#&-]*)\s*[(（]\s*$", before)
    if bracket is not None:
        return _a_name(bracket.group(1))
    if not word[0].isupper() or at == first_word:
        return False
    if re.search(r"\b(?:with|using|via)\s+$", before, re.IGNORECASE) or INTRODUCES.search(before):
        return True
    # (、 and ， list names as a comma does: "会用 Excel、Google Ads", a line with few Chinese
    # characters read as English)
    listed = re.search(r"([A-Za-z][\w.+#&-]*)\s*(?:,|，|、|/|\band\b|\bor\b)\s*$", before)
    if listed is not None and (
        _a_name(listed.group(1))
        # after a name taken as one where names are listed ("using Zoom and Google Classroom")
        or _proper(text, line_start, first_word, line_start + listed.start(1), listed.group(1))
    ):
        return True
    # Any member of a list that names a tool: "Tcl, Perl or Python" (Perl before a known name).
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for run in NAME_LIST.finditer(line):
        if run.start() <= at - line_start < run.end():
            members = [m.rstrip(".") for m in LIST_ITEM.findall(run.group(0))]
            members = [m for m in members if m.lower() not in ("and", "or")]
            return any(_a_name(m) for m in members if m != word)
    return False


# Words after which an English sentence names tools, like with/using: "Knowledge of Six Sigma",
# "Scripting skills in Tcl", "Experience in SAP", "Proficient in Revit".
INTRODUCES = re.compile(
    r"\b(?:knowledge|experience|understanding|familiarity|expertise|skills?|scripting|proficiency"
    r"|proficient|fluent|fluency)\s+(?:of|in)\s+$",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"[A-Za-z][\w.+#&-]*")
# A list of single words: "Tcl, Perl or Python", "Docker, Kubernetes and Terraform", "SAS/R".
NAME_LIST = re.compile(
    rf"{LIST_ITEM.pattern}(?:\s*(?:,\s*(?:(?:and|or)\s+)?|/\s*|\s+(?:and|or)\s+){LIST_ITEM.pattern})+"
)


# A standards body in capitals and the standard's number (four digits or more, a part after a
# hyphen; a year after a colon is not part of the name): "ISO 9001:2015", "IEC 61131-3", "GB/T 19001".
STANDARD = re.compile(
    r"(?<![A-Za-z0-9+#.\-/])([A-Z]{2,6}(?:/[A-Z]{1,2})?)[ \u00a0]+(\d{4,6}(?:-\d{1,3})?)(?![\d.%])"
    r"(?!\s*(?:年|届|级|元|万|人|分|个|小时|名))"
)
JOINED_NAMES = sorted((w for w in SKILLS if w.isascii() and re.search(r"[/ ]", w)), key=len, reverse=True)
LATIN_NAME = re.compile(r"(?<![A-Za-z0-9+#.\-])[A-Za-z][A-Za-z0-9+#.]*(?:[-&][A-Za-z0-9]+)*")


# Single letters joined by slashes ("A/B", "B/S", "I/O"): no name alone, read with the Chinese word
# right after them as one name ("A/B 测试", "有 A/B 测试经验优先"; not "C/C++", "Hive/Spark").
LETTERS_JOINED = re.compile(
    r"(?<![A-Za-z0-9+#.\-/])([A-Za-z](?:/[A-Za-z])+)(?![A-Za-z0-9+#/])[ \t\u3000]*([\u4e00-\u9fff]+)"
)


def _letters_joined(m: re.Match[str]) -> str:
    """The name of letters joined by slashes and the Chinese word after them, at jieba's word
    boundary and without a tail ("A/B 测试方法" -> "A/B 测试"); "" when that word is one character."""
    word = _jieba().lcut(m.group(2))[0]
    while len(stripped := TAIL.sub("", word)) >= 2 and stripped != word:
        word = stripped
    return f"{m.group(1)} {word}" if len(word) >= 2 else ""


def _after_etc(text: str, start: int) -> bool:
    """Whether a word stands right after the 等 that closes a list: then it names the list's kind
    ("VCS、Verdi 等 EDA 工具", "STM32 等单片机开发"), not one more thing asked."""
    return text[:start].rstrip().endswith("等")


def posting_keywords(posting: str) -> list[str]:
    """The skills and tools a posting names, in the order it names them (deduplicated): Latin-script
    names taken whole (lexicon words or any other tool name; in English sentences only words spelled
    like names), the lexicon's Chinese words, anywhere but the title and label lines, and the Chinese
    items listed after 熟悉/掌握/了解/有…经验. An item longer than a lexicon word it contains is the
    more specific skill and replaces it ("大模型微调", not "大模型"); the kind named after a list's 等
    is not asked; a name's twin in brackets ("电池管理系统（BMS）") is the same skill."""
    return [name for name, _twins in posting_skills(posting)]


def posting_skills(posting: str) -> list[tuple[str, tuple[str, ...]]]:
    """posting_keywords, each with the other names a resume may use for it."""
    jieba = _jieba()
    text = _posting_text(posting)
    # "有 ICU 或急诊轮转经历者优先": a place one has worked in, not a tool.
    places = [m.span(2) for m in ASKED.finditer(text) if m.group(2) and "经历" in text[m.end(2) : m.end()]]
    found = [
        (at, name)
        for at, name in _latin_names(text)
        if name.lower() in _SKILLS_LOWER or not any(a <= at < b for a, b in places)
    ]
    quiet, glossed = _after_names(text, found)
    pos = 0
    previous = ""
    for token in jieba.lcut(text):
        if (
            token in SKILLS
            and HAN.search(token)
            and previous.strip() != "等"
            and not any(a <= pos < b for a, b in quiet)
        ):
            found.append((pos, token))
        pos += len(token)
        if token.strip():
            previous = token
    seen: dict[str, str] = {}
    for _pos, word in sorted(found, key=lambda f: f[0]):
        seen.setdefault(word.lower(), word)
    # An item asked for replaces a lexicon word it contains; items listed apart stay apart
    # ("熟悉天猫、京东平台规则，会用生意参谋、京东商智": 京东 and 京东商智).
    asked: set[str] = set()
    for phrase in _asked_phrases(text):
        if any(phrase in known for k, known in seen.items() if k not in asked):
            continue
        for shorter in [
            k for k, known in seen.items() if HAN.search(known) and known in phrase and k not in asked
        ]:
            del seen[shorter]
        seen.setdefault(phrase.lower(), phrase)
        asked.add(phrase.lower())
    twins: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}  # a twin as the posting spells it ("IPC")
    # A pair the posting names by its twin more often (its title included) goes by the twin.
    by_twin: dict[str, str] = {}
    for m in TWIN_IN_TEXT.finditer(text):
        han, latin = m.group(1), m.group(2).lower()
        name = next((k for k, known in seen.items() if HAN.search(known) and han.endswith(known)), None)
        if name is not None and latin in seen:
            spelled[latin] = seen.pop(latin)
            twins.setdefault(name, set()).add(latin)
            if _times_named(latin, posting) > _times_named(seen[name], posting):
                by_twin[name] = latin  # "储能BMS工程师 … 熟悉电池管理系统（BMS）": BMS
    for k, gloss in glossed.items():
        twins.setdefault(k, set()).update(gloss)
    # "A/B 测试" is shown by a resume naming A/B with any word ("A/B 实验").
    for k in seen:
        if (letters := re.match(r"[a-z](?:/[a-z])+ (?=[\u4e00-\u9fff])", k)) is not None:
            twins.setdefault(k, set()).add(letters.group(0).strip())
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for k, word in seen.items():
        names = twins.get(k, set()) | set(_TWINS.get(k, ())) | set(COVERED_BY.get(k, ()))
        if not _plausible(word, text):
            continue
        # A certificate goes by its Latin twin ("无人机驾驶员执照（CAAC）"), and so does a pair the
        # posting names by the twin more often.
        twin = by_twin.get(k) or next(
            (n for n in sorted(names) if HAN.search(word) and CERT_TAIL.search(word)), None
        )
        core = spelled.get(twin, twin) if twin else (_head_core(word) if _ends_list(word, text) else word)
        out.setdefault(core.lower(), (core, tuple(sorted(names | ({word.lower()} if twin else set())))))
    return list(out.values())


def _times_named(name: str, posting: str) -> int:
    """How often a posting names a skill, its title included (a Latin name as a whole word)."""
    if HAN.search(name):
        return posting.count(name)
    return len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", posting, re.IGNORECASE))


# An abbreviation or a standard's name: capitals, digits and their joining marks ("GD&T", "CAAC",
# "ISO 14971", "GB/T 19001", "CRISPR"); its Chinese gloss spells it out or names its subject. Not a
# product's name in words ("Excel", "Linux", "Spring Cloud"), whose Chinese words say what it is used for.
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&/\- ]*[A-Z0-9]")
# A list of names before a name: then the words after it are the whole list's, read as they stand
# ("会用 Premiere Pro、After Effects 剪辑", "熟悉 ANSYS、Abaqus 有限元分析"); after a Chinese item the
# name stands alone ("有类器官培养或 CRISPR 基因编辑经验").
LIST_BEFORE = re.compile(r"[A-Za-z0-9+#.)）]\s*(?:[、,，/／|｜]|或者?|和|与|及|以及|\bor\b|\band\b)\s*$")


def _name_end(text: str, start: int, name: str) -> int:
    m = re.compile(r"\s*".join(re.escape(w) for w in name.split()), re.IGNORECASE).match(text, start)
    return m.end() if m else start + len(name)


def _after_names(
    text: str, names: list[tuple[int, str]]
) -> tuple[list[tuple[int, int]], dict[str, set[str]]]:
    """What the Chinese words right after a Latin name say, where lexicon words are not asked apart:
    the tools' use after 进行/来/做 ("会用 GraphPad Prism、FlowJo 进行数据分析": to the clause's
    end); after an abbreviation alone its twin or subject ("GD&T 形位公差", "ISO 14971 风险管理",
    "持有 CAAC 无人机驾驶员执照"): one skill, named by the abbreviation, that a resume naming either
    shows (a phrase of three to ten characters; not a kind or an activity alone, "OOS 调查", nor the
    kind of machine it is, "ATE 测试机"); after a
    product's name alone what it is used for ("Linux 嵌入式开发", "Spring Cloud 微服务架构"). After
    a list of names the words are the whole list's and read as they stand ("Premiere Pro、After
    Effects 剪辑"). Only words apart from the name by a space count ("PR剪辑短视频" is read word by
    word). Returns the spans to leave alone and, per abbreviation, the other names it has."""
    quiet: list[tuple[int, int]] = []
    glossed: dict[str, set[str]] = {}
    for start, name in names:
        end = _name_end(text, start, name)
        clause = re.match(r"[ \t\u3000]*([^；;。，,\n]*)", text[end:])
        run = re.match(r"[ \t\u3000]*([\u4e00-\u9fff]+?)(?=[和与及或]|[^\u4e00-\u9fff]|$)", text[end:])
        if clause is None or run is None:
            continue
        if re.match(PURPOSE, run.group(1)):
            quiet.append((end, end + clause.end()))
            continue
        if run.start(1) == 0:
            continue  # "PR剪辑短视频": written as one, read by words
        if run.group(1).startswith("等") or LIST_BEFORE.search(text[:start]):
            continue
        quiet.append((end + run.start(1), end + run.end(1)))
        if not ABBREVIATION.fullmatch(name) or name.lower() in STOP_ASCII:
            continue  # "Linux 嵌入式开发", "Excel 数据透视表": what the product is used for
        gloss = ASKED_CLOSE.sub("", run.group(1))
        while len(stripped := TAIL.sub("", gloss)) >= 2 and stripped != gloss:
            gloss = stripped
        words = _jieba().lcut(gloss)
        if (
            3 <= len(gloss) <= 10  # not an activity of two characters ("OOS 调查")
            # not the kind of machine it is ("ATE 测试机", "SLM 设备"): a resume naming any tester
            # does not show the one named
            and not gloss.endswith((*MACHINE, "设备", "仪器", "仪"))
            and not KIND_ONLY.fullmatch(gloss)
            and not GENERIC.search(gloss)
            and not all(w in GENERAL_WORDS or w in KIND for w in words)
        ):
            glossed.setdefault(name.lower(), set()).add(gloss.lower())
    return quiet, glossed


# Head nouns that name the kind of a thing, an activity or a product type after its name: labellers
# name the thing by its core ("三菱系统" -> 三菱, "点焊工艺" -> 点焊, "威纶通触摸屏" -> 威纶通,
# "以太网项目经验" -> 以太网). Cut only at jieba's word boundaries. A field after the last product
# listed is every product's setting, not part of a name ("淘宝、抖音电商后台操作" -> 抖音).
HEAD_NOUNS = frozenset(
    {"系统", "工艺", "触摸屏", "制图", "项目", "经验", "能力", "知识", "技术", "方法", "工具", "软件",
     "平台", "设备", "仪器", "框架", "电商"}
)  # fmt: skip
# A licence or certificate with its Latin twin in brackets ("无人机驾驶员执照（CAAC）"): the twin is its name.
CERT_TAIL = re.compile(r"(?:执照|证书|资格证?|证)$")
# English job titles ("Backend Engineer", "Data Analyst"): a role, not a skill.
ROLE_WORDS = re.compile(
    r"\b(?:engineer|developer|analyst|manager|intern|specialist|scientist|assistant|architect"
    r"|consultant|operator|technician|researcher|officer|director|lead)s?$",
    re.IGNORECASE,
)
# Count and degree words ("懂一点 Python", "五大工具"): how much or how many, not a skill.
COUNT_WORD = re.compile(r"^(?:[一二两三四五六七八九十几多]+[大点些种项个类门])$")
# A lexicon word listed among majors ("统计学、数学、计算机等相关专业"): a field of study, not a skill.
MAJOR_LIST = re.compile(r"[^；;。\n]*?(?:相关)?专业")


def _ends_list(word: str, text: str) -> bool:
    """Whether an item ends a list ("激光焊、点焊工艺", "FANUC、三菱系统", "WinCC 或 威纶通触摸屏"): then
    its head noun is the kind of every item, and the item's own name is what is before it
    ("了解注塑工艺" alone keeps its head noun)."""
    return re.search(rf"(?:[、/／]|或者?|和|与|及)\s*{re.escape(word)}", text) is not None


def _head_core(word: str) -> str:
    if word in SKILLS or not HAN.search(word) or LATIN_WORD.search(word):
        return word
    words = _jieba().lcut(word)
    while len(words) > 1 and words[-1] in HEAD_NOUNS and len("".join(words[:-1])) >= 2:
        words = words[:-1]
    core = "".join(words)
    return word if core in BROAD or core in GENERAL_WORDS else core  # "储能系统" stays


def _plausible(word: str, text: str) -> bool:
    """Whether a candidate can name a skill: not an English job title, not a count word, not a
    general word, not a lexicon word named only as a major."""
    if ROLE_WORDS.search(word) and word.lower() not in _SKILLS_LOWER:
        return False
    if COUNT_WORD.match(word) or word in GENERAL_WORDS:
        return False
    if HAN.search(word) and word in SKILLS:
        spots = [m.start() for m in re.finditer(re.escape(word), text)]
        majors = [m.span() for m in MAJOR_LIST.finditer(text)]
        if spots and all(any(a <= s < b for a, b in majors) for s in spots):
            return False
    return True


def _mentions(low: str, resume_low: str, resume_flat: str) -> bool:
    if re.fullmatch(r"[a-z0-9+#.\-& ]+", low):
        parts = [re.escape(p) for p in re.split(r"[\s\-]+|(?<=[a-z])\.(?=[a-z])", low) if p]
        pattern = r"[\s\-.]*".join(parts)
        return re.search(rf"(?<![a-z0-9+#]){pattern}(?![a-z+#])", resume_low) is not None
    return low in resume_low or low.replace(" ", "") in resume_flat


def _present(word: str, resume_low: str, twins: Iterable[str] = (), by_twin: bool = False) -> bool:
    """Whether the resume mentions a keyword: a Latin name as a whole word ("Python3" names Python,
    "ArcGIS" does not name GIS; case, full or half width, spaces and hyphens aside: "PowerBI" names
    Power BI); a lexicon word as written or by its twin ("BMS" names 电池管理系统); any other
    Chinese phrase as written or with all its words on one line ("工装夹具设计" in "完成 4 套工装夹具
    的设计", "推荐系统召回" in "熟悉推荐系统的召回与排序算法"; a thing and the work on it cut there,
    "小程序开发" in "参与小程序页面开发")."""
    low = word.lower()
    resume_low = unicodedata.normalize("NFKC", resume_low).lower()
    # Spaces inside a name go ("电池 管理系统", "Power BI" as "PowerBI"); a column's gap or a line's end
    # stays a break ("有限公司    法务部" does not name 公司法).
    resume_flat = re.sub(r"[ \t\u3000]{2,}|\t", "\n", resume_low).replace(" ", "").replace("\u3000", "")
    if by_twin:
        return any(_mentions(name, resume_low, resume_flat) for name in (*twins, *_TWINS.get(low, ())))
    if (
        _mentions(low, resume_low, resume_flat)
        or _certificate_named(low, resume_low)
        or _grade_named(low, resume_low)
    ):
        return True
    if re.fullmatch(r"[a-z0-9+#.\-& ]+", low) or word in SKILLS:
        return False
    words = [w for w in _jieba().lcut(low) if w.strip()]
    activity = ACTIVITY_END.search(low)
    if activity and len(core := low[: activity.start()]) >= 2 and core not in GENERAL_WORDS:
        words = [core, activity.group(0)]  # "小程序开发": jieba cuts 小/程序开发
    return len(words) > 1 and any(all(w in line for w in words) for line in resume_low.splitlines())


# The work done on a thing, after its name ("小程序开发", "工装夹具设计"): a resume shows it when a
# line names the thing and the work ("参与小程序页面开发"), however jieba cuts the phrase.
ACTIVITY_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:开发|设计|制作|编写|搭建|运营|测试|调试)$")


def _grade_named(low: str, resume_low: str) -> bool:
    """A test's grade the resume names with any grade of the same test ("普通话二级甲等" asked,
    "普通话一级乙等" written): labellers do not compare the grades."""
    grade = GRADE.search(low)
    if grade is None or grade.end() != len(low) or grade.start() < 2:
        return False
    test = re.escape(low[: grade.start()])
    return re.search(rf"{test}[^\n]{{0,6}}?{GRADE.pattern}", resume_low) is not None


def _certificate_named(low: str, resume_low: str) -> bool:
    """A certificate the resume names in other words: 资格证 as 资格 ("护士执业资格考试已通过"), with
    its level ("电工证" in "电工中级证"), or with its subject apart ("数学教师资格证" in "教师资格证（初
    中数学）")."""
    if not HAN.search(low) or not CERT_END.search(low):
        return False
    flat = [re.sub(r"\s+", "", line) for line in resume_low.splitlines()]
    forms = [re.escape(low)]
    if low.endswith("资格证"):
        forms.append(re.escape(low[:-1]))
    if low.endswith("证") and len(low) >= 3:
        forms.append(re.escape(low[:-1]) + r"(?:[初中高][级等]|[一二三四五]级)证")
    if any(re.search(f, line) for f in forms for line in flat):
        return True
    return any(low[:i] in line and low[i:] in line for i in range(2, len(low) - 3) for line in flat)


OBJECTIVE = re.compile(
    r"^\W*(?:求职意向|意向岗位|应聘岗位|目标岗位|求职目标|期望职位|objective)", re.IGNORECASE
)


def check_keywords(p: Parsed, posting: str) -> list[Finding]:
    if not posting.strip():
        return []
    resume_low = p.text.lower()
    # The job sought ("求职意向：NLP算法实习生") and the jobs held (an entry's dated title line) name
    # roles, which echo postings' titles: a skill's other name there does not show the skill.
    shown_low = "\n".join(
        line
        for line in split_dense(resume_low)  # a resume on one line: its skills apart from its entries
        if not OBJECTIVE.match(line) and not DATE_RANGE.search(line)
    )
    return [
        Finding(
            Check.KEYWORDS,
            word.lower(),
            msg(
                gettext_noop("The target posting asks for “%(word)s”; the resume does not mention it"),
                word=word,
            ),
            msg(
                gettext_noop(
                    "If you have experience with “%(word)s”, say what you did with it under skills or "
                    "experience; if not, consider a small project before you apply."
                ),
                word=word,
            ),
        )
        for word, twins in posting_skills(posting)
        if not _present(word, resume_low) and not _present(word, shown_low, twins, by_twin=True)
    ]


def diagnose(resume: ResumeInput) -> list[Finding]:
    p = parse(resume.text)
    return [
        *check_sections(p),
        *check_contact(p),
        *check_length(p, resume.pages),
        *check_numbers(p),
        *check_weak_verbs(p),
        *check_dates(p),
        *check_personal(p, resume.has_photo),
        *check_keywords(p, resume.posting),
    ]


def by_check(findings: Iterable[Finding]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {str(c): [] for c in Check}
    for f in findings:
        out[str(f.check)].append(f.item)
    return out
