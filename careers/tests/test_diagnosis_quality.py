"""The diagnosis meets its targets on the labelled set, and cites the posting rules' legal basis."""

from __future__ import annotations

import re

import pytest

from bench.resume_quality import (
    BLIND,
    BLIND2,
    BLIND3,
    BLIND4,
    BLIND5,
    BLIND6,
    BLIND7A,
    BLIND7B,
    BLIND8A,
    BLIND8B,
    BLIND9A,
    BLIND9B,
    BLIND10A,
    BLIND10B,
    DATA,
    DEV3,
    DEV4,
    HOLDOUT,
    evaluate,
    load,
)
from bench.resume_quality import SETS as BENCH_SETS
from careers import diagnosis
from careers.diagnosis import (
    ResumeInput,
    Section,
    by_check,
    clip,
    diagnose,
    heading_of,
    quantified,
    split_heading,
    weak_verbs_in,
)
from careers.keywords import posting_keywords
from review import seed_rules

# One entry per labelled set (docs/careers.md, "What is measured, and how honestly"): how many
# resumes it holds (exactly, or at least), the floor every check must reach, and the checks measured
# lower than that floor.
#
# * development (resumes.jsonl): the 90 % target, and a resume takes under 50 ms.
# * held-out: its first figures missed the target on two checks; the quantity and weak-verb rules
#   were then generalised while looking at its errors, so it is no longer blind and its 100 % is
#   optimistic. This guards against getting worse.
# * blind: after its misses were read and their causes fixed, no longer blind. Its first run, frozen
#   in the docs, was below 90 % on sections precision and keywords; these floors are the figures
#   measured after the fixes (keywords: one false positive left, a licence written as
#   "多旋翼视距内驾驶员执照" where the posting says "无人机驾驶员执照").
# * blind2: the same story; after the fixes every check measures 100 %, and the floors hold it there.
# * dev3: the development set written to make the section and keyword rules generalise (headings
#   in any layout, postings in many styles); measured 100 % after tuning on it.
# * blind3: the same story as blind and blind2 (first run frozen in the docs: dates recall 86.7 %,
#   keywords precision 83.2 %). After the fixes three misses are left: two where its writer labels
#   what earlier sets label the other way (a Latin twin in brackets counted as a skill of its own,
#   "价值流图（VSM）"; "了解到" counted as the weak verb) and "5L 发酵罐", a vessel's size the
#   quantity rule counts as a result.
# * blind4: the same story (first run frozen in the docs: sections precision 80 %, personal recall
#   87.5 %, keywords precision 80.2 %). After the fixes: keywords 96.1 % / 98 % (a lexicon word its
#   writer does not count: 数据分析 after "JMP 进行", 电池管理系统 with BMS, 基因编辑 after CRISPR; "8D
#   问题分析"; CTR and "A/B 测试" missed) and numbers 95 % / 90.5 % (not worked on). dev3 loses
#   "Excel 数据透视表" (99.1 % recall): Chinese words right after a Latin name are now the tool's.
# * blind5: the same story (first run frozen in the docs: every check >= 90 % but sections
#   precision, 2 of 4 findings false: experience only under 竞赛经历 or 调研经历, or opened by a field
#   word with a dated entry, "项目：2024.09-…"). After the fix sections are 100 %; numbers and
#   keywords keep their first-run misses (not worked on).
# * blind6: the same story (first run frozen in the docs: sections precision 45.5 %, numbers and
#   weak-verb recall 68 % and 72 %, keywords 87.1 % / 91.5 %: headings in the writer's words, dense
#   one-line resumes, English posting labels). After the fixes every check is 100 % but keywords.
# * dev4: the development set aimed at text extracted from PDFs and DOCX, fields beyond tech and
#   HR-style postings (first run in the docs: sections precision 76.5 %, numbers 79.3 / 79.3 %,
#   keywords 58.5 / 82.8 %). After tuning on it every check is 100 % but keywords (two posting words
#   its labeller does not take as skills, 绘画 and 版型; 普通话二级乙等, then missed, is found since
#   blind9). The English count rule it brought also lifted blind4's and blind5's numbers precision.
# * blind7 (7a and 7b, 40 resumes each): its first run recorded in the docs (keywords 88.3 % /
#   91.6 % over both files: standards named by number, a Chinese phrase after an abbreviation, tools'
#   purpose after 进行, field and product words in duties, English lists). After the keyword fixes its
#   keywords are 100 %, and they lifted the keywords of blind (no false positive left), blind4, blind5
#   and blind6 (floors raised to the figures measured). Its personal, numbers and weak-verb misses
#   (labels padded with spaces, 参与 before 数据, "6.5 s") were fixed too: every check is 100 %.
# * blind8 (8a and 8b, 40 resumes each): its first run recorded in the docs (keywords 91.3 % /
#   92.3 %; 8a sections precision 88.9 %, 8b keyword recall 86 %). After the fixes every check is
#   100 % (a tools clause after a comma; an employer's dated line under education).
# * blind9 (9a and 9b, 40 resumes each): its first run recorded in the docs (keywords 92.4 % /
#   89.5 % over both files). After the keyword fixes its keywords are 100 %, and they lifted dev4's
#   recall (a test's grade asked, 普通话二级乙等) and blind4's precision (BMS, the name its posting
#   uses). Its numbers misses (units such as ppm, an English count with capitalised words) were fixed
#   too: every check is 100 %.
# * blind10 (10a and 10b, 40 resumes each): its first run recorded in the docs (keywords 98.9 % /
#   97.9 % over both files). After the keyword fixes its keywords are 100 %, and they lifted
#   blind4's keywords ("8D 问题分析" no longer asked, "A/B 测试" found) and blind6's ("A/B 测试").
#   Its overlap miss (internships under another heading) was fixed, and one numbers label of 10b
#   corrected against the table (noted in make_blind10b.py): every check is 100 %.
KW6_P, KW6_R = 1.0, 1.0  # blind6 keywords after tuning
SETS = [
    pytest.param(DATA, 60, False, 0.9, {}, True, 0.05, id="development"),
    pytest.param(HOLDOUT, 60, False, 1.0, {}, False, None, id="held-out"),
    pytest.param(BLIND, 64, True, 1.0, {}, True, None, id="blind"),
    pytest.param(BLIND2, 56, True, 1.0, {}, True, None, id="blind2"),
    pytest.param(DEV3, 44, True, 1.0, {"keywords": (1.0, 0.99)}, True, None, id="dev3"),
    pytest.param(
        BLIND3,
        64,
        True,
        1.0,
        {"numbers": (1.0, 0.976), "weak_verbs": (1.0, 0.985), "keywords": (1.0, 0.989)},
        True,
        None,
        id="blind3",
    ),
    pytest.param(
        BLIND4,
        64,
        True,
        1.0,
        {"numbers": (1.0, 0.92), "keywords": (1.0, 0.99)},
        True,
        None,
        id="blind4",
    ),
    pytest.param(BLIND5, 64, True, 1.0, {"keywords": (1.0, 0.98)}, True, None, id="blind5"),
    pytest.param(BLIND6, 64, True, 1.0, {"keywords": (KW6_P, KW6_R)}, True, None, id="blind6"),
    pytest.param(DEV4, 40, True, 1.0, {"keywords": (0.96, 1.0)}, True, None, id="dev4"),
    pytest.param(BLIND7A, 40, True, 1.0, {}, True, None, id="blind7a"),
    pytest.param(BLIND7B, 40, True, 1.0, {}, True, None, id="blind7b"),
    pytest.param(BLIND8A, 40, True, 1.0, {}, True, None, id="blind8a"),
    pytest.param(BLIND8B, 40, True, 1.0, {}, True, None, id="blind8b"),
    pytest.param(BLIND9A, 40, True, 1.0, {}, True, None, id="blind9a"),
    pytest.param(BLIND9B, 40, True, 1.0, {}, True, None, id="blind9b"),
    pytest.param(BLIND10A, 40, True, 1.0, {}, True, None, id="blind10a"),
    pytest.param(BLIND10B, 40, True, 1.0, {}, True, None, id="blind10b"),
]


def test_every_set_the_benchmark_scores_has_a_floor_here():
    assert [param.values[0] for param in SETS] == list(BENCH_SETS)


@pytest.mark.parametrize(
    ("path", "rows_count", "exact", "floor", "floors", "every_check_labelled", "max_seconds"), SETS
)
def test_each_labelled_set_stays_at_its_target_or_measured_figures(
    path, rows_count, exact, floor, floors, every_check_labelled, max_seconds
):
    rows = load(path)
    assert len(rows) == rows_count if exact else len(rows) >= rows_count
    scores, per_resume, _errors = evaluate(rows)
    for check, score in scores.items():
        precision, recall = floors.get(check, (floor, floor))
        if every_check_labelled:
            assert score.tp + score.fn > 0, f"{check} has no labelled findings"
        assert score.precision >= precision and score.recall >= recall, (check, score)
    if max_seconds is not None:
        assert per_resume < max_seconds


# Headings in none of the labelled sets: a numbered part before them, an English twin on either side
# of a separator, and a heading with its content after a colon; lines that only look like them.
@pytest.mark.parametrize(
    ("line", "heading"),
    [("第3部分：项目经历", (Section.PROJECT, "")), ("第四章 专业技能", (Section.SKILLS, "")),
     ("PART 2 - 校园经历", (Section.CAMPUS, "")), ("Awards ｜ 荣誉奖项", (Section.AWARDS, "")),
     ("自我评价 · About me", (Section.SELF, "")), ("Projects - 项目经历", (Section.PROJECT, "")),
     ("专业技能：C++、Qt、OpenCV", (Section.SKILLS, "C++、Qt、OpenCV")),
     ("工作经历: 2023.07-2024.06 某公司 运营", (Section.INTERNSHIP, "2023.07-2024.06 某公司 运营")),
     ("项目：基于 STM32 的温控系统", None), ("电话：139 0000 0000", None), ("编程：Python、Go", None)],
)  # fmt: skip
def test_headings_after_a_numbered_part_beside_a_twin_or_before_their_content(line, heading):
    assert split_heading(line) == heading


def test_a_headings_inline_content_is_that_sections_content_and_entries():
    resume = (
        "第一部分 教育背景\n2021.09-2025.06 滨江大学 本科\n"
        "Internship | 实习经历\n2024.07-2024.09 云岭科技 测试实习生\n参与接口测试\n"
        "项目经历：2023.03-2023.06 校园二手平台，负责后端开发\n"
        "技能：Java、MySQL\n电话：138 0013 8000 邮箱：a@example.com"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2024.07-2024.09", "2023.03-2023.06"]
    assert found["weak_verbs"] == ["参与", "负责"]


# Headings in none of the labelled sets: decorations on both sides, Markdown, a joined pair of
# headings, a longer heading word at the end; and short body lines that are not headings.
@pytest.mark.parametrize(
    ("line", "section"),
    [("=== 科研经历 ===", Section.PROJECT), ("### 专业技能", Section.SKILLS), ("▌校园经历", Section.CAMPUS),
     ("║ 教育背景 ║", Section.EDUCATION), ("实习与项目经历", Section.PROJECT), ("荣誉及证书", Section.AWARDS),
     ("计算机技能", Section.SKILLS), ("—— 个人优势 ——", Section.SELF), ("技术栈：", Section.SKILLS),
     ("硕士学历", None), ("负责项目", None), ("━━━━━━━━", None), ("熟练掌握 Excel", None)],
)  # fmt: skip
def test_common_headings_with_decorations_or_joined_are_recognised(line, section):
    assert heading_of(line) == section


# Postings' requirements in none of the labelled sets: Latin names whole, 等 closing a list and the
# kind word after it dropped, counts dropped, a tool's kind or use dropped, 使用/系统/建设/算法
# tails stripped, 等 inside a word kept, "A的B" read as A.
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("熟悉 Zemax、LabVIEW 等光学仿真软件", ["Zemax", "LabVIEW"]),
     ("掌握 Kotlin、Swift 至少一门编程语言", ["Kotlin", "Swift"]),
     ("有 Elasticsearch 日志检索平台搭建经验", ["Elasticsearch"]),
     ("熟悉分布式存储系统，有日志采集平台建设经验者优先", ["分布式存储", "日志采集"]),
     ("了解冷等静压、粉末冶金等成形工艺", ["冷等静压", "粉末冶金"]),
     ("熟练使用 Abaqus 或 OpenFOAM 等仿真工具", ["Abaqus", "OpenFOAM"]),
     ("有 SystemC 建模或 Unity3D 开发经验", ["SystemC", "Unity3D"]),
     ("熟悉机器学习算法与常用框架", ["机器学习"]),
     ("熟悉 COMSOL 多物理场仿真", ["COMSOL"]),
     ("掌握 Keil 的使用，熟悉 3D 打印的后处理", ["Keil", "3D打印"]),
     ("熟悉图像分割、目标跟踪中的至少一项", ["图像分割", "目标跟踪"]),
     ("有 2 年以上水质监测经验者优先", ["水质监测"]),
     ("熟练使用 Origin 进行曲线拟合", ["Origin"]),
     ("了解 Cadence 或 Virtuoso 版图绘制", ["Cadence", "Virtuoso"]),
     ("熟悉在无损检测方面的标准", ["无损检测"]),
     ("有数控机床调试经验", ["数控机床"])],
)  # fmt: skip
def test_posting_keywords_are_whole_names_and_specific_items(posting, keywords):
    assert posting_keywords("任职要求：\n" + posting) == keywords


def test_a_skill_written_with_its_words_apart_or_a_native_place_label_is_found():
    resume = (
        "教育背景\n2021.09-2025.06 滨江大学\n生源地：湖南衡阳\n专业技能\n设计过 2 套焊接工装夹具，会用 Abaqus"
    )
    found = by_check(
        diagnose(ResumeInput(resume, posting="任职要求：有焊接工装设计经验，熟悉 Abaqus、Ansys"))
    )
    assert found["keywords"] == ["ansys"]
    assert found["personal"] == ["native_place"]


# Points written for this test, in neither labelled set: any measure word, quantities in words,
# changes with their size; and what is not a result (durations, dates, ordinals, names, vague words,
# small numerals used as ordinary wording).
@pytest.mark.parametrize(
    "point",
    ["接待来访企业 40 拨", "复盘线上事故 3 次", "成本下降三分之一", "订单量翻倍", "接口调用次数减半",
     "交付周期从 10 天缩短到 4 天", "累计志愿服务 120 小时", "服务二十余家门店", "获省赛第二名",
     "吞吐量达到 5000 QPS", "内存占用减少 300MB", "招募志愿者 30-50 人", "月活用户上千", "处理３万条记录"],
)  # fmt: skip
def test_a_quantity_is_a_number_with_any_measure_word_or_a_proportion_in_words(point):
    assert quantified(point)


@pytest.mark.parametrize(
    "point",
    ["使用Vue3和Python 3开发后台", "对接三个业务部门", "在两周内熟悉业务", "实习3个月期间整理台账",
     "2023年加入团队，学习行业知识", "负责第3期培训的签到", "完成5G基站选址资料整理", "销售额大幅提升",
     "十分注重细节", "整理百度指数数据", "2024.03 起维护公众号"],
)  # fmt: skip
def test_durations_dates_ordinals_names_and_vague_words_are_not_quantities(point):
    assert not quantified(point)


@pytest.mark.parametrize(
    ("line", "verbs"),
    [("负责人力资源数据统计", ["负责"]), ("负责任务调度模块", ["负责"]), ("担任社团负责人", []),
     ("工作认真负责", []), ("帮助同事排查问题", ["帮助"]), ("编写帮助文档", []),
     ("活动参与人数达 300 人", []), ("接触过 Linux", ["接触过"]),
     # blind7: 参与 before 数据 or 量化 is the verb; before 数, 量, 度 it is a count or a rate.
     ("参与用户数据清洗", ["参与"]), ("参与量化回测", ["参与"]), ("活动参与数 80", []),
     ("课程参与度提升", [])],
)  # fmt: skip
def test_a_weak_verb_counts_only_as_a_word_of_its_own(line, verbs):
    assert weak_verbs_in(line) == verbs


# Heading layouts in none of the labelled sets, recognised by their shape; and body lines that only
# hold a section word.
@pytest.mark.parametrize(
    ("line", "heading"),
    [("WORK EXPERIENCE", (Section.INTERNSHIP, "")), ("Honors & Awards", (Section.AWARDS, "")),
     ("〓 求学经历 〓", (Section.EDUCATION, "")), ("Ⅲ 课题经历", (Section.PROJECT, "")),
     ("社 团 经 历 ｜ CAMPUS", (Section.CAMPUS, "")), ("A. 技能专长", (Section.SKILLS, "")),
     ("🏆 荣誉证书", (Section.AWARDS, "")), ("Technical Skills: Go, Rust", (Section.SKILLS, "Go, Rust")),
     ("(三) 工作实习 2024.07-2024.09 某某有限公司", (Section.INTERNSHIP, "2024.07-2024.09 某某有限公司")),
     ("教育背景 2019.09-2023.06 滨江大学 本科", (Section.EDUCATION, "2019.09-2023.06 滨江大学 本科")),
     ("◆ 实习经历（共 2 段）", (Section.INTERNSHIP, "")), ("【我的项目】", (Section.PROJECT, "")),
     ("负责社团活动", None), ("组织校园活动", None), ("负责的项目", None),
     ("主修课程：数据结构、操作系统", None),
     ("工作内容：负责接口开发", None), ("Python / Linux / Docker", None)],
)  # fmt: skip
def test_a_heading_is_recognised_by_its_shape_in_any_layout(line, heading):
    assert split_heading(line) == heading


# The blind sets' own headings rewritten into layouts none of their writers used: every check but
# the length (a heading's line counts in the estimate) keeps the figures measured on the originals.
@pytest.mark.parametrize(
    "layout",
    [lambda w, n: f"◤{w}◢", lambda w, n: " ".join(w), lambda w, n: f"0{n} / {w}",
     lambda w, n: f"{w}\t|\tSECTION", lambda w, n: f"{w}（共 {n} 项）",
     lambda w, n: f"（{'一二三四五六七八九十'[n % 10]}）{w}"],
    ids=["symbols", "spaced", "slash-numbered", "tab-pipe", "remark", "parenthesised"],
)  # fmt: skip
def test_the_blind_sets_keep_their_figures_with_their_headings_in_other_layouts(layout):
    for path, floors in ((BLIND, {"keywords": (0.97, 1.0)}), (BLIND2, {})):
        rows = load(path)
        for row in rows:
            lines, n = [], 0
            for line in row["text"].splitlines():
                heading = split_heading(line.strip())
                words = "".join(re.findall(r"[\u4e00-\u9fff]+", line))
                if heading is not None and heading[1] == "" and words:
                    n += 1
                    line = layout(words, n)
                lines.append(line)
            row["text"] = "\n".join(lines)
        scores, _per_resume, _errors = evaluate(rows)
        for check, score in scores.items():
            precision, recall = floors.get(check, (1.0, 1.0))
            if check != "length":
                assert score.precision >= precision and score.recall >= recall, (path.name, check, score)


def test_a_section_under_a_heading_the_parser_does_not_know_is_shown_by_its_content():
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n"
        "~~~ 我的求学之路 ~~~\n2021.09-2025.06 滨江大学 电子信息工程 本科\n"
        "~~~ 我做过的事 ~~~\n2024.07-2024.09 云岭科技有限公司 测试实习生\n· 参与接口测试\n"
        "~~~ 我会的 ~~~\nPython / Linux / Docker / Git"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2024.07-2024.09"]  # the entry is still checked
    # With no skills anywhere, the section is still missing.
    assert by_check(diagnose(ResumeInput(resume.rsplit("~~~ 我会的", 1)[0])))["sections"] == ["skills"]


def test_education_written_with_years_only_is_shown_by_its_content():
    resume = (
        "某某\n滨江大学 计算机科学与技术 2021 - 2025\n实习经历\n2024.07-2024.09 云岭科技有限公司\n技能\nGit"
    )
    assert by_check(diagnose(ResumeInput(resume)))["sections"] == []
    assert by_check(diagnose(ResumeInput(resume.replace("2021 - 2025", ""))))["sections"] == ["education"]


def test_a_resume_without_any_heading_is_read_by_its_content():
    resume = (
        "赵六\n13800000000 | zhao@example.com\n滨江大学 · 统计学 · 本科 · 2021.09-2025.06\n"
        "2024.07-2024.09 云岭数据有限公司 数据分析实习生\n· 负责整理日报\n"
        "自我评价：熟练掌握 SQL、Python，乐于帮助同学"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2024.07-2024.09"]
    assert found["weak_verbs"] == ["负责"]  # not 帮助: the self-evaluation is not experience


def test_a_heading_beside_its_content_after_a_pipe_and_english_headings():
    resume = (
        "李四 电话 13800000000 邮箱 li@example.com\nEDUCATION\n"
        "Binjiang University | Bachelor of Engineering | 2021.09 - 2025.06\n"
        "实习经历 | 2024.07-2024.09 | 云岭数据有限公司 | 数据分析实习生\n| 协助整理日报\n"
        "Campus Market | 2023.03 - 2023.06\n- Reduced page load time from 800ms to 200ms\n"
        "技能     | SQL、Python、Tableau"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2024.07-2024.09"]
    assert found["weak_verbs"] == ["协助"]


def test_a_date_ranges_end_may_leave_out_its_year():
    resume = "实习经历\n2023年7月至9月 云岭科技 实习生\n· 整理文档\n2023.11-02 青石数据 实习生\n· 整理报表"
    assert by_check(diagnose(ResumeInput(resume)))["numbers"] == ["2023.07-2023.09", "2023.11-2024.02"]


def test_a_date_alone_under_its_organisation_leaves_every_point_to_the_numbers_check():
    resume = "实习经历\n云岭科技有限公司  测试实习生\n2024.07-2024.09\n· 编写 120 条测试用例\n· 整理文档"
    assert by_check(diagnose(ResumeInput(resume)))["numbers"] == []


# Postings in styles in none of the labelled sets: a title line without a label, English
# requirements, a name and its twin in brackets, two-word names, the kind after 等.
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("嵌入式软件工程师\n任职要求：熟悉 FreeRTOS", ["FreeRTOS"]),
     # In English sentences only names spelled like names or known count, and (since blind7) a
     # capitalised word after "Proficient in" or in a list with a known name: "Rust or Go".
     ("Requirements:\n- Proficient in Rust or Go\n- Experience with gRPC and PostgreSQL",
      ["Rust", "Go", "gRPC", "PostgreSQL"]),
     ("熟悉可编程逻辑控制器（PLC）编程", ["可编程逻辑控制器"]),
     ("会用 Premiere Pro、After Effects 剪辑", ["Premiere Pro", "After Effects", "剪辑"]),
     ("熟悉 Zemax、Code V 等光学设计软件", ["Zemax", "Code V"]),
     ("有 Modbus、Profinet 等 PLC 通信调试经验", ["Modbus", "Profinet"]),
     ("有医疗行业图像分割经验", ["图像分割"]),
     ("能熟练使用广联达或鲁班算量软件", ["广联达", "鲁班"]),
     ("职位要求：具备扎实的财务知识，熟练操作SAP系统，持有初级会计职称者优先", ["SAP", "初级会计职称"]),
     ("任职要求：熟悉抖音、快手平台规则，会使用 Pr、AE 等剪辑软件", ["Pr", "AE", "抖音", "快手"]),
     ("Job Requirements:\n2. Familiar with CATIA V5 and GD&T", ["CATIA", "GD&T"]),
     ("熟练掌握C/C++编程，熟悉TCP/IP协议栈与CI/CD流程", ["C", "C++", "TCP/IP", "CI/CD"]),
     ("熟悉常见的图像处理算法和常用设计模式，熟练使用各类办公软件", ["图像处理", "设计模式"]),
     ("熟悉细胞培养、Western blot 等实验技术，具备良好的数据敏感度", ["细胞培养", "Western Blot"]),
     # Since blind7 the Chinese phrase right after a product's name alone says what it is used for.
     ("熟悉 Spring Cloud 微服务架构，掌握 Elasticsearch 的使用与调优", ["Spring Cloud", "Elasticsearch"])],
)  # fmt: skip
def test_posting_keywords_in_other_styles(posting, keywords):
    assert posting_keywords(posting) == keywords


# Since blind3, in postings in none of the labelled sets: a field, trade or product word is not a
# skill unless listed after a requirement verb (自动化 as a major, 供应链 in the duties, 新能源 or a
# trade); what a tool is used for or what kind it is goes after its name (Bash 脚本, Spark 计算, Creo
# 结构设计, ISO 26262 体系); examples in brackets are items of their own; a method named by its number
# keeps its name only; since blind4 so do Excel's 数据透视表 and COMSOL's 多物理场仿真 (blind4's
# writer names the tool only: "Calibre 版图验证", "RTK 外业测量", "Flink 实时特征").
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("岗位职责：负责物流供应链平台的维护\n任职要求：电气、自动化相关专业；熟悉 Vue", ["Vue"]),
     ("熟悉 Bash 脚本，有 Spark 计算与 Kafka 调度经验", ["Bash", "Spark", "Kafka"]),
     ("熟悉 Creo 结构设计、Fluent 流体分析", ["Creo", "Fluent"]),
     ("熟悉 ISO 26262 体系", ["ISO 26262"]),
     ("了解时序数据库（如 InfluxDB、TDengine）", ["InfluxDB", "TDengine", "时序数据库"]),
     ("熟悉 CANoe 测试（如 CAPL 脚本）", ["CANoe", "CAPL"]),
     ("有新能源或汽车行业经验者优先，熟悉 CANoe", ["CANoe"]),
     ("熟悉光伏组件、储能系统", ["光伏组件", "储能系统"]),
     ("熟悉 9S 现场管理方法", []),
     ("有 Kafka 消息平台项目经验", ["Kafka"]),
     ("熟悉 Excel 数据透视表，了解 COMSOL 多物理场仿真", ["Excel", "COMSOL"])],
)  # fmt: skip
def test_posting_keywords_leave_out_fields_and_what_a_tool_is_for(posting, keywords):
    assert posting_keywords(posting) == keywords


def _dates(text: str) -> list[str]:
    return by_check(diagnose(ResumeInput("实习经历\n" + text)))["dates"]


# Dates in forms in none of the labelled sets: a two-digit year before a two-digit month is a date,
# and mixed with four-digit years is a mixed format; so are months with and without the leading
# zero (a month from 10 to 12 shows neither); 年月 dates may leave it out either way.
@pytest.mark.parametrize(
    ("entries", "dates"),
    [("23.07-23.09 云岭科技 实习生\n24.01-至今 青石数据 实习生", []),
     ("23.07-23.09 云岭科技 实习生\n2024.01-2024.03 青石数据 实习生", ["format"]),
     ("23.07-23.11 云岭 实习生\n23.09-24.01 青石 实习生", ["overlap:2023.07-2023.11|2023.09-2024.01"]),
     ("2024.7-2024.9 云岭科技 实习生\n2023.03-2023.05 青石数据 实习生", ["format"]),
     ("2024.7-2024.9 云岭科技 实习生\n2023.10-2023.12 青石数据 实习生", []),
     ("2024年7月-2024年9月 云岭科技 实习生\n2023年03月-2023年05月 青石数据 实习生", []),
     ("2024.07-2024.09 云岭科技 实习生\n· 成绩 85.50-90.00，电话 139-0000-3031", [])],
)  # fmt: skip
def test_two_digit_years_and_unpadded_months_are_dates_and_mixing_them_is_a_mixed_format(entries, dates):
    assert _dates(entries) == dates


@pytest.mark.parametrize(
    ("point", "counted"),
    [("固件升级到 2.3 版本", False), ("完成 2 版方案", True), ("方案评审得分 87", True),
     ("Cut build time from 12 minutes to 4 minutes", True),
     # blind7: a one-letter unit after a number that follows a lower-case word is a measure.
     ("Tuned the jig so cycle time is 4.2 s a part", True), ("Ported the page to Vue 3", False),
     # blind9: the other units engineers write; a count whose words before the noun are capitalised.
     ("放大器噪声系数降至 3 ppm", True), ("Edited 12 Chinese video scripts", True),
     ("Built pages with Vue 3 Composition components", False)],
)  # fmt: skip
def test_a_version_is_not_a_quantity_and_a_score_or_an_english_change_is(point, counted):
    assert quantified(point) is counted


def test_a_chemical_complex_is_not_the_weak_verb():
    assert weak_verbs_in("以金属配合物为前驱体合成层状氧化物") == []
    assert weak_verbs_in("配合导师完成实验") == ["配合"]


def test_a_skill_is_found_under_its_twin_case_width_or_spacing():
    resume = "专业技能\nＰＯＷＥＲＢＩ、PLC 编程、Premiere、NodeJS\n求职意向：NLP 算法实习生"
    posting = "任职要求：熟悉 Power BI、可编程逻辑控制器（PLC）、PR、Node.js、自然语言处理"
    found = by_check(diagnose(ResumeInput(resume, posting=posting)))
    # The job sought does not show the skill by its other name.
    assert found["keywords"] == ["自然语言处理"]


def test_the_legal_basis_is_the_posting_rules_one():
    rules = {r["code"]: r["legal_basis"] for r in seed_rules.RULES}
    assert rules["ethnicity"] == diagnosis.BASIS_ETHNICITY
    assert rules["marital-childbearing"] == diagnosis.BASIS_MARITAL
    assert rules["hukou-native-place"] == diagnosis.BASIS_NATIVE_PLACE
    assert diagnosis.EPL == seed_rules.EPL


def test_a_clean_resume_has_no_findings_and_a_flawed_one_gets_concrete_advice():
    clean = """林晨阳
电话：138 0013 8000 | 邮箱：lin@example.com
教育背景
2021.09-2025.06 滨江科技大学 统计学 本科
实习经历
2024.07-2024.09 云岭数据服务有限公司 数据分析实习生
搭建销售看板，周报制作时间缩短 60%
专业技能
SQL、Python、Tableau"""
    assert diagnose(ResumeInput(clean, posting="任职要求：熟悉SQL、Python")) == []
    flawed = clean.replace("搭建销售看板，周报制作时间缩短 60%", "参与部门数据整理") + "\n民族：汉族\n"
    found = by_check(diagnose(ResumeInput(flawed, posting="任职要求：熟悉SQL、Spark；有A/B测试经验")))
    assert found["numbers"] == ["2024.07-2024.09"]
    assert found["weak_verbs"] == ["参与"]
    assert found["personal"] == ["ethnicity"]
    assert "spark" in found["keywords"]
    assert "sql" not in found["keywords"]


# Since blind4, in postings in none of the labelled sets: a list's last item loses its head noun
# ("…、西门子系统" -> 西门子) at jieba's word boundaries (以 is not a separator: 以太网 stays whole);
# an item alone keeps it; a licence's bracketed Latin twin is its name; English job titles, count
# words, general words and a lexicon word named only as a major are not skills.
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("熟悉 KUKA、西门子系统", ["KUKA", "西门子"]),
     ("熟悉氩弧焊、激光焊工艺", ["氩弧焊", "激光焊"]),
     ("有 CAN、以太网项目经验", ["CAN", "以太网"]),
     ("熟悉热处理工艺", ["热处理工艺"]),
     ("持特种作业操作证（IPC）", ["IPC"]),
     ("Frontend Developer\n熟悉 React，懂一点 Node.js", ["React", "Node.js"]),
     ("统计学、数学等相关专业；熟悉 SAS", ["SAS"]),
     ("熟悉 Modbus 通信、RS485 接口", ["Modbus", "RS485"])],
)  # fmt: skip
def test_posting_keywords_are_cores_not_kinds_titles_counts_or_general_words(posting, keywords):
    assert posting_keywords("任职要求：\n" + posting) == keywords


# Since blind4: personal labels closed by a tab, two spaces or a bracket; a bracketed heading with its
# content; a later clause stating tools.
@pytest.mark.parametrize(
    ("resume", "item"),
    [("姓名\t王五\t民族\t回\n", "ethnicity"), ("籍  贯    河北保定\n", "native_place"),
     ("〔户口〕四川绵阳\n", "native_place"), ("民族大学 本科\n", None),
     # blind7: a label padded with spaces between its letters.
     ("性    别：女      民    族：满族\n", "ethnicity"), ("婚  姻  状  况：未婚\n", "marital")],
)  # fmt: skip
def test_personal_labels_in_forms(resume, item):
    found = by_check(diagnose(ResumeInput(resume)))["personal"]
    assert found == ([item] if item else [])


def test_skills_in_a_bracketed_heading_or_a_later_clause_are_seen():
    base = "教育背景\n2021.09-2025.06 滨江大学 本科\n实习经历\n2024.07-2024.09 云岭科技 运营实习生\n"
    for tail in ("【技能】Excel、Python、Tableau", "持有 C1 驾照；会用 SolidWorks、钣金展开"):
        assert "skills" not in by_check(diagnose(ResumeInput(base + tail)))["sections"]
    assert "skills" in by_check(diagnose(ResumeInput(base + "持有 C1 驾照；喜欢跑步、游泳")))["sections"]


# Since blind5, in resumes in none of the labelled sets: experience of other kinds (competitions,
# field research, teaching in the country, a start-up) under headings of their own, and a field word
# followed by a dated entry, which opens that section with its first entry.
@pytest.mark.parametrize(
    "heading", ["比赛经历", "调研经历", "创业经历", "支教经历", "◆ 学科竞赛 ◆", "社会调查"]
)
def test_experience_of_other_kinds_is_experience(heading):
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n教育背景\n2021.09-2025.06 滨江大学 社会工作 本科\n"
        f"{heading}\n2023.07-2023.08 山区儿童阅读情况\n走访 12 所小学\n技能\nSPSS、Excel"
    )
    assert by_check(diagnose(ResumeInput(resume)))["sections"] == []


def test_a_field_word_before_a_dated_entry_opens_its_section():
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n教育：2021.09-2025.06 滨江大学 统计学 本科\n"
        "项目：2024.03-2024.06 校园外卖需求预测\n整理订单数据\n技能：Python、R"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2024.03-2024.06"]  # and the entry is checked
    # A field's value without a range stays a field of the entry above it.
    assert by_check(diagnose(ResumeInput(resume.replace("项目：2024.03-2024.06 ", "项目："))))[
        "sections"
    ] == ["experience"]


# Since blind6, in resumes in none of the labelled sets: a heading in the writer's own words
# followed by a dated entry, or ending in 经历, opens experience; a dated entry under another
# heading is placed by what it names; a resume written as one dense paragraph is cut into entries
# at its date ranges and heading words.
@pytest.mark.parametrize("heading", ["海外游学", "🌱 乡村振兴调研与服务", "田野观察经历", "✨ 课外科创"])
def test_a_heading_in_the_writers_words_before_a_dated_entry_opens_experience(heading):
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n教育背景\n2021.09-2025.06 滨江大学 社会学 本科\n"
        f"{heading}\n2023.07-2023.08 大学生暑期实践团 成员\n负责访谈记录\n技能\nSPSS、Excel、NVivo"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2023.07-2023.08"] and found["weak_verbs"] == ["负责"]  # checked as one


def test_a_point_before_the_next_entry_is_not_a_heading():
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n教育背景\n2021.09-2025.06 滨江大学 物流 本科\n"
        "实习经历\n2024.01-2024.03 云岭物流有限公司 仓储实习生\n· 盘点库存 300 余种\n"
        "· 整理出入库单据\n2024.07-2024.09 远帆科技有限公司 运营实习生\n· 撰写推文\n技能\nExcel、SQL、Python"
    )
    entries = diagnosis.parse(resume).entries
    assert [e.section for e in entries] == [Section.EDUCATION, Section.INTERNSHIP, Section.INTERNSHIP]
    assert by_check(diagnose(ResumeInput(resume)))["numbers"] == ["2024.07-2024.09"]


def test_an_organisation_above_its_date_is_not_a_heading():
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n技能\nExcel、SQL、Python\n教育背景\n滨江大学 本科\n"
        "2021.09-2025.06\n实习经历\n云岭科技 运营实习生\n2024.07-2024.09\n· 写推文 30 篇"
    )
    entries = diagnosis.parse(resume).entries
    assert [e.section for e in entries] == [Section.EDUCATION, Section.INTERNSHIP]
    assert by_check(diagnose(ResumeInput(resume)))["sections"] == []


def test_a_dense_paragraph_is_cut_into_entries():
    resume = (
        "何安 13800138000 an.he@example.com 教育背景：2019.09-2023.06 滨江大学 物流管理 本科。"
        "工作经历：2023.07-2024.06 远帆物流有限公司 调度员，负责车辆排班；2024.07-2025.01 云岭科技有限公司"
        " 运营专员，搭建会员体系，复购率提升 12% 技能 Excel、SQL、Python"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == []
    assert found["numbers"] == ["2023.07-2024.06"]  # the second entry states its result
    assert "负责" in found["weak_verbs"]
    entries = diagnosis.parse(resume).entries
    assert [e.key for e in entries] == ["2019.09-2023.06", "2023.07-2024.06", "2024.07-2025.01"]
    # A short heading word inside a point stays in the point.
    dense = resume.replace("调度员，", "调度员 参与 项目 验收，")
    assert "项目 验收" in diagnosis.parse(dense).entries[1].body


def test_a_dated_entry_under_a_skills_heading_is_placed_by_what_it_names():
    resume = (
        "电话：138 0013 8000 邮箱：a@example.com\n教育背景 2021.09-2025.06 滨江大学 统计学 本科\n"
        "专业技能 SAS、R、SQL\n2024.10-2025.01 澄明数据有限公司 数据实习生\n清洗问卷数据"
    )
    assert by_check(diagnose(ResumeInput(resume)))["numbers"] == ["2024.10-2025.01"]


@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("Backend Developer (Payments Platform Team)\nRequirements & Responsibilities:\n- Go, gRPC",
      ["Go", "gRPC"]),
     ("Firmware Engineer\n- UART protocol\n- R&D of Good MCU drivers", ["UART", "MCU"])],
)  # fmt: skip
def test_english_posting_labels_and_filler_are_not_skills(posting, keywords):
    assert posting_keywords(posting) == keywords


def test_proper_names_in_english_sentences_are_tools():
    posting = "Embedded Engineer\n- Knowledge of CANopen and Modbus protocols\n- Scripting in Python (numpy)"
    assert posting_keywords(posting) == ["CANopen", "Modbus", "Python", "NumPy"]  # the lexicon's spelling
    # The word that opens a line is capitalised by grammar; majors and places are not tools.
    assert posting_keywords("Data Engineer\n- Strong communication and teamwork skills") == []
    assert posting_keywords("Analyst\n- Degree in Computer Science, Statistics or Economics\n- Java") == [
        "Java"
    ]
    assert posting_keywords("Analyst\n- Work in Shanghai with the Data Team on SQL") == ["SQL"]


def test_won_counts_are_quantities_and_years_are_not():
    assert quantified("开源项目在 GitHub 获得 150 Star")
    assert not quantified("获得 2023 年度优秀学生称号")


# Since dev4, in resumes in none of the labelled sets: text as extracted from PDFs and DOCX (two
# columns side by side, one cell per line, English month names), counts in English points.
def test_two_columns_side_by_side_are_read_one_after_the_other():
    resume = (
        "何安\n"
        "电话                    教育背景\n"
        "13800138000             2021.09-2025.06 滨江大学 环境设计 本科\n"
        "邮箱                    实习经历\n"
        "an.he@example.com       2024.07-2024.09 一木设计有限公司 设计助理\n"
        "技能                    绘制施工图 40 张\n"
        "SketchUp                2024.01-2024.02 青石装饰有限公司 实习生\n"
        "V-Ray                   整理材料样板\n"
        "AutoCAD\n"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == [] and found["numbers"] == ["2024.01-2024.02"]


def test_one_fact_per_line_and_english_months():
    cells = (
        "姓名\n何安\n民族\n回\n电话\n13800138000\n邮箱\nan@example.com\n滨江大学\n物流管理\n2021.09-2025.06\n"
    )
    assert by_check(diagnose(ResumeInput(cells)))["personal"] == ["ethnicity"]
    assert "education" not in by_check(diagnose(ResumeInput(cells)))["sections"]
    english = (
        "He An | 13800138000 | an@example.com\nEDUCATION\nSep 2021 - Jun 2025  Binjiang University, BA\n"
        "EXPERIENCE\nFeb 2024 - May 2024  Yunling Trading Co., Ltd. - Sales Intern\n- Called 150 clients\n"
        "Oct 2024 - Present  Qingshi Studio - Assistant\n- Kept the files in order\nSKILLS\nExcel, SQL, Canva"
    )
    found = by_check(diagnose(ResumeInput(english)))
    assert found["numbers"] == ["2024.10-至今"] and found["sections"] == []


@pytest.mark.parametrize(
    ("point", "counted"),
    [("- Called 150 clients", True), ("- Handled 40+ inbound requests", True),
     ("- Rebuilt the page in Vue 3 components", False), ("- Shadowed the team for 3 weeks", False)],
)  # fmt: skip
def test_counts_in_english_points(point, counted):
    assert quantified(point) is counted


@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("出纳\n要求：持有初级会计职称，已通过国家统一法律职业资格考试；熟练使用用友。",
      ["用友", "初级会计职称", "法律职业资格"]),
     ("护士\n要求：有 ICU 或急诊实习经历者优先；有社群推广经验；熟悉 HIS 系统。", ["HIS"]),
     ("Office Assistant\nAbout the role: support the team.\nRequirements:\n- Advanced Excel\n"
      "- Portfolio required", ["Excel"])],
)  # fmt: skip
def test_certificates_are_skills_places_activities_and_labels_are_not(posting, keywords):
    assert posting_keywords(posting) == keywords


def test_a_general_name_is_shown_by_its_product_or_a_higher_level():
    posting = "行政专员\n要求：熟练使用 Office、CAD；英语四级以上；持有教师资格证（初中）。"
    resume = "技能：Word、Excel、AutoCAD；英语六级；初中数学教师资格证"
    assert by_check(diagnose(ResumeInput(resume, posting=posting)))["keywords"] == []


def test_a_details_table_is_not_two_columns_and_a_described_project_is_experience():
    table = "姓名：何安          性别：男\n电话：13800138000   邮箱：an@example.com\n"
    table += "民族：汉            籍贯：湖南\n"
    assert diagnosis.two_columns(table) == table
    resume = (
        "何安 13800138000 an@example.com\n教育背景\n2021.09-2025.06 滨江大学 软件工程 本科\n"
        "项目经历\n校园二手平台：独立完成后端，日活 300 人\n技能\nJava、MySQL、Redis"
    )
    assert by_check(diagnose(ResumeInput(resume)))["sections"] == []
    undated = resume.replace("校园二手平台：独立完成后端，日活 300 人", "Member of the university choir")
    assert by_check(diagnose(ResumeInput(undated)))["sections"] == ["experience"]


def test_a_quoted_line_is_cut_between_words_and_keeps_the_weak_verb_in_view():
    assert (
        clip("2024.07-2024.09 星河智能科技有限公司 数据分析实习生") == "2024.07-2024.09 星河智能科技有限公司…"
    )
    assert clip("参与周报数据整理") == "参与周报数据整理"
    line = (
        "在校期间担任学生会宣传部干事，组织过多次大型活动，并在暑期实习中协助主管完成季度报表的整理与核对工作"
    )
    quoted = clip(line, around="协助")
    assert "协助" in quoted and quoted.startswith("…") and len(quoted) <= 30
    resume = (
        "教育背景\n2021.09-2025.06 东岭大学 本科\n实习经历\n2024.07-2024.09 东岭物流 运营实习生\n"
        f"{line}\n技能\nExcel、SQL、Python"
    )
    (weak,) = [f for f in diagnose(ResumeInput(resume)) if f.check == "weak_verbs"]
    assert "协助" in weak.message["params"]["line"]


# Since blind7, in postings in none of the labelled sets: a standard's body and number are one name
# (a year after a colon is not part of it); the Chinese phrase right after an abbreviation alone is
# its twin or subject, one skill with it, shown by either; after 进行/来/做 the rest of the clause is what the
# tools are for; in English, "Experience in", "Understanding of" introduce names and so does a list
# with one known name; a field after the last product listed is every product's setting; 等 inside a
# word does not close a list; a duty's property or general activity is not asked.
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("任职要求：熟悉 IEC 62304 标准，了解 ISO 9001:2015", ["IEC 62304", "ISO 9001"]),
     ("熟悉 ISO 26262 功能安全", ["ISO 26262"]),
     ("会用 Origin、SPSS 来做数据分析", ["Origin", "SPSS"]),
     ("Requirements:\n- Experience in Ruby, Elixir or Python\n- Understanding of Lean Manufacturing",
      ["Ruby", "Elixir", "Python", "Lean Manufacturing"]),
     ("熟悉京东、拼多多电商后台操作", ["京东", "拼多多"]),
     ("熟悉有限元、等效电路模型", ["有限元", "等效电路模型"]),
     ("负责飞行器的机体结构设计与结构强度校核；熟悉 SolidWorks", ["SolidWorks"])],
)  # fmt: skip
def test_posting_keywords_since_blind7(posting, keywords):
    assert posting_keywords(posting) == keywords


# Since blind8, in postings in none of the labelled sets: a place word is not a skill; a two-word
# name the lexicon knows is whole in English ("Power BI") and a name listed after one taken as a name
# is one too; a word before a language ("Fluent English") and a role in the title are not asked; the
# kind after a list ("基本技能") and a level before a certificate ("及以上") are not part of an item; a
# test's level named as a certificate is one; a means and the work done with it is an activity; an
# activity after a list's last item is every item's; items listed apart stay apart; a product's name
# followed by its use is the product.
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("要求：熟悉海外 FDA 法规与国内 NMPA 注册流程", ["FDA", "NMPA"]),
     ("Data Analyst\n- Experience with Excel or Power BI\n- Fluent Mandarin", ["Excel", "Power BI"]),
     ("Requirements:\n- Comfortable using Slack and Notion", ["Slack", "Notion"]),
     ("Art Teacher (Primary) - Shanghai International School Campus\n- Experience with Procreate",
      ["Procreate"]),
     ("要求：具备收银、盘点基本技能", ["收银", "盘点"]),
     ("要求：持有高中及以上语文教师资格证", ["语文教师资格证"]),
     ("要求：具有计算机二级证书者优先", ["计算机二级"]),
     ("要求：能运用信息化手段开展教学；熟悉 Moodle", ["Moodle"]),
     ("要求：熟悉拼多多、抖音平台规则，会用巨量引擎、抖店", ["拼多多", "抖音", "巨量引擎", "抖店"]),
     ("要求：熟悉飞书审批流程，会用用友财务模块", ["飞书", "用友"])],
)  # fmt: skip
def test_posting_keywords_since_blind8(posting, keywords):
    assert posting_keywords(posting) == keywords


@pytest.mark.parametrize(
    ("posting", "resume", "missing"),
    [("要求：熟悉 ISO 26262 功能安全", "技能：功能安全开发流程", []),
     ("要求：有公众号运营经验", "参与学院公众号日常运营", []),
     ("要求：英语读写熟练，IELTS 6.5 以上", "证书：IELTS 7.0", []),
     ("要求：英语读写熟练，IELTS 6.5 以上", "证书：CET-6", ["ielts"])],
)  # fmt: skip
def test_a_resume_shows_a_names_twin_a_things_work_and_a_languages_test(posting, resume, missing):
    assert [f.item for f in diagnosis.check_keywords(diagnosis.parse(resume), posting)] == missing


def test_tools_known_in_a_later_clause_after_a_comma_show_skills():
    # blind8: "个人优势" (a BOSS直聘 export's heading) over a sentence that states tools mid-way.
    resume = (
        "个人优势\n动物实验 2 年经验，熟练掌握 ELISA、qPCR、流式细胞术，能独立设计实验。\n"
        "工作经历\n2022.07-2025.06 苏州某生物科技有限公司 实验员\n· 完成 30 批检测\n"
        "教育背景\n2018.09-2022.06 东岭大学 生物技术 本科"
    )
    assert by_check(diagnose(ResumeInput(resume)))["sections"] == []


def test_an_employers_dated_line_under_education_is_experience_with_its_points():
    # blind8: a heading the parser does not read ("临床实习") lets education run on.
    resume = (
        "教育背景\n2021.09-2025.06 滨海医科大学 护理学 本科\n临床实习\n"
        "2024.07-2025.04 滨海市第一人民医院 实习护士\n· 协助护理危重患者\n技能\nExcel、Word、SPSS"
    )
    found = by_check(diagnose(ResumeInput(resume)))
    assert found["sections"] == [] and found["weak_verbs"] == ["协助"]
    assert found["numbers"] == ["2024.07-2025.04"]
    # A research institute granting a degree stays education ("紫金微电子研究院 硕士").
    school = "教育背景\n2022.09-2025.06 紫金微电子研究院 集成电路工程 硕士\n技能\nExcel、Word、SPSS"
    assert [e.section for e in diagnosis.parse(school).entries] == [Section.EDUCATION]


@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("要求：熟悉《民法典》《公司法》《中华人民共和国劳动合同法》", ["民法典", "公司法", "劳动合同法"]),
     ("要求：普通话水平二级甲等及以上", ["普通话二级甲等"]),
     ("要求：持有导游证、普通话二级甲等证书", ["导游证", "普通话二级甲等"]),
     ("要求：持有食品安全管理员证书", ["食品安全管理员"]),
     ("要求：熟悉美团、大众点评商家后台", ["美团", "大众点评"]),
     ("要求：熟悉研发中心", ["研发中心"]),
     ("要求：会用大疆智图处理数据；熟练使用示波器调试电路", ["大疆智图", "示波器"]),
     ("要求：熟练使用智能制造系统", ["智能制造"]),
     ("储能BMS工程师\n要求：熟悉电池管理系统（BMS）", ["BMS"]),
     ("储能工程师\n要求：熟悉电池管理系统（BMS）", ["电池管理系统"]),
     ("要求：会用 Final Cut Pro 者优先", ["Final Cut Pro"]),
     ("Requirements:\n- Proficient in Figma and Adobe XD", ["Figma", "Adobe XD"])],
)  # fmt: skip
def test_posting_keywords_since_blind9(posting, keywords):
    assert posting_keywords(posting) == keywords


@pytest.mark.parametrize(
    ("posting", "resume", "missing"),
    [("要求：普通话二级甲等及以上", "证书：普通话一级乙等", []),
     ("要求：普通话二级甲等及以上", "证书：英语六级", ["普通话二级甲等"]),
     ("要求：熟悉 ATE 测试机操作", "负责测试机台的日常点检", ["ate"]),
     ("要求：熟悉《公司法》", "2023.12-2024.02    明川科技有限公司    法务部实习生", ["公司法"])],
)  # fmt: skip
def test_a_grade_of_the_same_test_a_machines_kind_and_a_columns_gap(posting, resume, missing):
    assert [f.item for f in diagnosis.check_keywords(diagnosis.parse(resume), posting)] == missing


def test_internships_under_another_heading_overlap_and_a_clubs_intern_title_does_not():
    # blind10: two internships at organisations under a heading in the writer's words overlap.
    resume = (
        "教育背景\n2021.09-2025.06 云川大学 社会学 本科\n公益实践\n"
        "2024.03-2024.08 山川助学基金会 项目实习生\n• 发放图书 3200 册\n"
        "2024.07-2024.09 青禾公益发展中心 传播实习生\n• 推文 15 篇\n技能\nExcel、PPT、Word"
    )
    assert by_check(diagnose(ResumeInput(resume)))["dates"] == ["overlap:2024.03-2024.08|2024.07-2024.09"]
    # A club's or a course's entry is no internship, whatever role its title names.
    club = resume.replace("山川助学基金会 项目实习生", "心理协会 会长 实习生")
    assert by_check(diagnose(ResumeInput(club)))["dates"] == []


# Postings in none of the labelled sets: letters joined by slashes read with the word after them, a
# method named by its number with its purpose in any order, a vendor's product listed after 、.
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("要求：了解 B/S 架构，有A/B测试方法经验", ["B/S 架构", "A/B 测试"]),
     ("要求：熟悉 C/C++、I/O 口", ["C", "C++"]),
     ("要求：能用 5S 改善问题，熟悉8D问题分析与解决、SPC", ["SPC"]),
     ("要求：熟悉 3D 建模", ["3D建模"]),
     ("要求：会用 Word、Google Sheets；", ["Word", "Google Sheets"])],
)  # fmt: skip
def test_posting_keywords_since_blind10(posting, keywords):
    assert posting_keywords(posting) == keywords


@pytest.mark.parametrize(
    ("resume", "missing"),
    [("项目：设计并分析 2 组 A/B 实验", []), ("项目：做过 AB 分组", ["a/b 测试"]), ("项目：A/B测试", [])],
)
def test_letters_joined_by_slashes_are_shown_by_the_letters(resume, missing):
    posting = "要求：有 A/B 测试经验者优先"
    assert [f.item for f in diagnosis.check_keywords(diagnosis.parse(resume), posting)] == missing


# Postings in none of the labelled sets, from the rules' known misses: a teaching product jieba would
# cut (几何画板, not 画板), a platform's live channel (快手直播 asks 快手), and the industries of an
# English "Experience in …" (where one worked, not a tool).
@pytest.mark.parametrize(
    ("posting", "keywords"),
    [("任职要求：熟悉几何画板，能制作课件。", ["几何画板"]),
     ("任职要求：有抖音、快手直播投放经验。", ["抖音", "快手"]),
     ("要求：熟悉抖音直播", ["抖音"]),
     ("Analyst\n- 2+ years of experience in Banking or Insurance\n- Proficient in Excel and SQL",
      ["Excel", "SQL"]),
     ("Analyst\n- Experience in Healthcare or Pharma is a plus; SAS a plus", ["SAS"])],
)  # fmt: skip
def test_posting_keywords_known_misses(posting, keywords):
    assert posting_keywords(posting) == keywords


def test_a_resume_naming_the_teaching_product_shows_it():
    posting = "任职要求：熟悉几何画板，能制作课件。"
    shown = diagnosis.parse("技能\n几何画板、PPT")
    assert diagnosis.check_keywords(shown, posting) == []
    missing = diagnosis.check_keywords(diagnosis.parse("技能\n画板、PPT"), posting)
    assert [f.item for f in missing] == ["几何画板"]
