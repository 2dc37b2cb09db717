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
from typing import Any

from careers.keywords import HAN, LATIN_WORD, SKILLS_LOWER, load_jieba, load_posseg, posting_skills, present
from careers.lexicon import BROAD, SKILLS
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
    first = next(iter(load_posseg().cut(han)), None)
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
    first = next(iter(load_posseg().cut(han)), None)
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
    return not opens or word.lower() in SKILLS_LOWER


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
    return {i for _word, start, end in load_jieba().tokenize(line) for i in (start, end)}


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
    for pair in load_posseg().cut(line[:start]):
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
        if not present(word, resume_low) and not present(word, shown_low, twins, by_twin=True)
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
