"""The target posting's skills, and whether a resume shows them: the ``keywords`` check's half
that reads text. jieba segments the posting; the lexicon (``careers.lexicon``) names skills, their
other names and the broad words that are not one. No Django here, as in ``careers.diagnosis``,
which turns what this module finds into findings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from careers.lexicon import BROAD, COVERED_BY, PRODUCTS, SKILLS, STOP_ASCII, TWINS


@lru_cache(maxsize=1)
def load_jieba() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in SKILLS | BROAD:
        jieba.add_word(word, freq=200000)
    return jieba


@lru_cache(maxsize=1)
def load_posseg() -> Any:
    load_jieba()
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
    for word in load_jieba().lcut(clause):
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
    words = [(w.word, w.flag) for w in load_posseg().cut(part) if w.word.strip()]
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
# A product's kind after its name ("快手平台规则" -> 快手; its live channel, "快手直播" -> 快手),
# with the kind of account it is used from ("大众点评商家后台", "淘宝卖家中心" -> the product): these
# tails may leave a two-character name.
ACCOUNT = r"(?:商家|卖家|商户|买家|达人|企业)"
PRODUCT_TAIL = re.compile(rf"{ACCOUNT}?(?:平台(?:规则)?|后台|直播)$|{ACCOUNT}(?:中心|版|端)$")


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
        words = [w.word for w in load_posseg().cut(text[max(0, m.start() - 12) : m.start()])]
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
    words = [(w.word, w.flag) for w in load_posseg().cut(part)]
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
    words = [(w.word, w.flag) for w in load_posseg().cut(part)]
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
            head = list(load_posseg().cut(part[:2]))
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
    words = list(load_posseg().cut(part[:2]))
    if len(words) == 1 and words[0].flag.startswith("n") and part[:2] not in (*GENERAL_WORDS, *BROAD):
        return part[:2]
    return part


SKILLS_LOWER = {w.lower(): w for w in SKILLS}


def _describes(part: str) -> bool:
    """Whether an item only describes (one adjective or adverb: "扎实" of "扎实的财务知识")."""
    words = list(load_posseg().cut(part))
    return len(words) == 1 and words[0].flag.startswith(("a", "d", "z"))


def _place(part: str) -> bool:
    """Whether an item only says where ("国内 GCP 法规": 国内, 海外, 境外): a place or direction word."""
    if part in SKILLS or part in BROAD:
        return False
    words = list(load_posseg().cut(part))
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
    words = load_jieba().lcut(part[:-2])
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
    return word.lower() in SKILLS_LOWER or bool(re.search(r"[A-Z]|\d|[.+#&]", word[1:]))


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
                or f"{word} {words[i + 1][1]}".lower() in SKILLS_LOWER
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
                    and words[i + 1][1].lower() not in SKILLS_LOWER
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
                        pair.lower() in SKILLS_LOWER
                        or pair.lower() in _TWINS
                        or not (word.lower() in SKILLS_LOWER and nxt.lower() in SKILLS_LOWER)
                    )
                    and word.lower() not in STOP_ASCII
                    and nxt.lower() not in STOP_ASCII
                ):
                    taken_words = 2
                    # A third capitalised word right after a pair that is not a known name goes
                    # with it: a vendor and its product, or a product of three words ("Final Cut
                    # Pro", "Adobe Premiere Pro"); not a known name ("Figma Sketch").
                    known_pair = pair.lower() in SKILLS_LOWER or pair.lower() in _TWINS
                    if i + 2 < len(words) and not known_pair:
                        third_start, third = words[i + 2]
                        if (
                            text[nxt_start + len(nxt) : third_start] == " "
                            and third[0].isupper()
                            and third.lower() not in SKILLS_LOWER
                            and third.lower() not in STOP_ASCII
                        ):
                            pair = f"{pair} {third}"
                            taken_words = 3
                    found.append((start, SKILLS_LOWER.get(pair.lower(), pair)))
                    i += taken_words
                    continue
            low = word.lower()
            known = low in SKILLS_LOWER
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
                found.append((start, SKILLS_LOWER.get(low, word)))
            i += 1
    return found


# A word before a language's name says how it is spoken ("Fluent English", "Business Mandarin").
LANGUAGES = frozenset(
    {"english", "mandarin", "chinese", "cantonese", "japanese", "korean", "french", "german", "spanish"}
)


def _a_name(word: str) -> bool:
    return _named(word) or word.lower() in SKILLS_LOWER


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
    word = load_jieba().lcut(m.group(2))[0]
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
    jieba = load_jieba()
    text = _posting_text(posting)
    # "有 ICU 或急诊轮转经历者优先": a place one has worked in, not a tool.
    places = [m.span(2) for m in ASKED.finditer(text) if m.group(2) and "经历" in text[m.end(2) : m.end()]]
    found = [
        (at, name)
        for at, name in _latin_names(text)
        if name.lower() in SKILLS_LOWER or not any(a <= at < b for a, b in places)
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
        words = load_jieba().lcut(gloss)
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
    words = load_jieba().lcut(word)
    while len(words) > 1 and words[-1] in HEAD_NOUNS and len("".join(words[:-1])) >= 2:
        words = words[:-1]
    core = "".join(words)
    return word if core in BROAD or core in GENERAL_WORDS else core  # "储能系统" stays


def _plausible(word: str, text: str) -> bool:
    """Whether a candidate can name a skill: not an English job title, not a count word, not a
    general word, not a lexicon word named only as a major."""
    if ROLE_WORDS.search(word) and word.lower() not in SKILLS_LOWER:
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


def present(word: str, resume_low: str, twins: Iterable[str] = (), by_twin: bool = False) -> bool:
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
    words = [w for w in load_jieba().lcut(low) if w.strip()]
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
