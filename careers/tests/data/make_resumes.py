# ruff: noqa: E501
"""Write resumes.jsonl: synthetic graduates' resumes (no real people) with the findings a careful
reader would list for each check.

Run ``python careers/tests/data/make_resumes.py`` to regenerate (seeded, so the file is stable).
Each resume is assembled from parts the generator knows the meaning of — a bullet is quantified or
not, uses a weak verb as a verb or only contains the word ("参与人数", "负责人"), a date range
intersects another or only touches it — and the labels are written from those parts, never by
running careers.diagnosis. Headings, date formats, layouts and orders vary, and a share of the
parts are the hard cases a rule gets wrong (a duration "3个月" in an unquantified bullet, a skill
the lexicon does not know, an ethnicity in a university's name), so the figures are not 100 %
by construction.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("resumes.jsonl")

SURNAMES = "林陈黄周吴徐孙胡朱高何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = [
    "子涵",
    "雨桐",
    "浩然",
    "思远",
    "欣怡",
    "俊杰",
    "梓萱",
    "宇航",
    "一诺",
    "嘉怡",
    "明轩",
    "若曦",
    "晨阳",
    "可馨",
    "泽宇",
    "书瑶",
]
SCHOOLS = [
    "华东理工示范大学",
    "滨江科技大学",
    "北辰工业大学",
    "南岭师范学院",
    "西川交通职业技术学院",
    "中央民族示范大学",
    "东海海洋大学",
]

FIELDS = {
    "ai": {
        "majors": ["计算机科学与技术", "人工智能", "软件工程"],
        "skills": [
            "Python",
            "PyTorch",
            "机器学习",
            "深度学习",
            "SQL",
            "Linux",
            "Git",
            "自然语言处理",
            "计算机视觉",
            "Docker",
        ],
        "unknown": ["LangChain", "提示工程", "模型微调"],
        "jobs": ["算法工程师", "机器学习工程师", "NLP算法实习生"],
    },
    "software": {
        "majors": ["软件工程", "计算机科学与技术", "信息管理与信息系统"],
        "skills": [
            "Java",
            "Spring",
            "MySQL",
            "Redis",
            "Vue",
            "JavaScript",
            "Linux",
            "Git",
            "微服务",
            "Docker",
        ],
        "unknown": ["高并发", "消息队列", "Nginx"],
        "jobs": ["后端开发工程师", "前端开发工程师", "测试开发工程师"],
    },
    "data": {
        "majors": ["统计学", "数据科学与大数据技术", "经济统计学"],
        "skills": [
            "SQL",
            "Python",
            "Excel",
            "Tableau",
            "数据分析",
            "统计学",
            "数据可视化",
            "Spark",
            "PowerBI",
        ],
        "unknown": ["AB测试", "用户画像", "SPSS"],
        "jobs": ["数据分析师", "商业分析实习生", "数据运营"],
    },
    "manufacturing": {
        "majors": ["机械设计制造及其自动化", "自动化", "工业工程"],
        "skills": [
            "SolidWorks",
            "AutoCAD",
            "PLC",
            "MATLAB",
            "机械设计",
            "工业机器人",
            "精益生产",
            "有限元",
            "ANSYS",
        ],
        "unknown": ["公差分析", "数字孪生", "MES"],
        "jobs": ["机械工程师", "工艺工程师", "自动化工程师"],
    },
    "ic": {
        "majors": ["微电子科学与工程", "集成电路设计与集成系统", "电子科学与技术"],
        "skills": ["Verilog", "FPGA", "数字电路", "模拟电路", "UVM", "EDA", "芯片验证", "Linux", "版图设计"],
        "unknown": ["SystemVerilog", "时序分析", "低功耗设计"],
        "jobs": ["数字IC验证工程师", "FPGA工程师", "版图工程师"],
    },
    "bio": {
        "majors": ["生物技术", "药学", "生物医学工程"],
        "skills": [
            "细胞培养",
            "PCR",
            "ELISA",
            "HPLC",
            "GMP",
            "分子生物学",
            "药物分析",
            "质量控制",
            "生物信息学",
        ],
        "unknown": ["流式细胞术", "蛋白纯化", "R语言"],
        "jobs": ["研发助理", "QC专员", "临床研究助理"],
    },
    "uav": {
        "majors": ["飞行器设计与工程", "测绘工程", "地理信息科学"],
        "skills": ["无人机", "航测", "倾斜摄影", "GIS", "遥感", "飞行控制", "CAD", "Python"],
        "unknown": ["ContextCapture", "空域申请", "点云处理"],
        "jobs": ["无人机飞手", "航测数据处理员", "飞控工程师"],
    },
    "energy": {
        "majors": ["新能源科学与工程", "电气工程及其自动化", "材料科学与工程"],
        "skills": ["光伏", "储能", "电池管理系统", "电力电子", "MATLAB", "Simulink", "电化学", "PVsyst"],
        "unknown": ["热管理", "PCS", "电芯测试"],
        "jobs": ["储能系统工程师", "电池测试工程师", "光伏设计助理"],
    },
}

COMPANIES = ["星河智能科技有限公司", "云岭数据服务有限公司", "启明微电子有限公司", "海川新能源股份有限公司",
             "青禾生物医药有限公司", "翼展无人机科技有限公司", "远帆制造有限公司", "博纳软件有限公司"]  # fmt: skip

# (text, quantified?, weak verbs used as verbs)
BULLETS = [
    ("独立完成用户行为日志清洗脚本，处理 120 万条记录，报表生成时间由 2 小时缩短到 15 分钟", True, []),
    ("搭建销售数据看板，覆盖 6 个区域，周报制作效率提升 40%", True, []),
    ("设计并实现接口自动化测试用例 300 余条，线上缺陷率下降 25%", True, []),
    ("参与产品需求评审，整理会议纪要", False, ["参与"]),
    ("协助导师整理实验数据并绘制图表", False, ["协助"]),
    ("负责部门日常文档整理与归档", False, ["负责"]),
    ("帮助同事排查线上问题", False, ["帮助"]),
    ("配合测试团队完成版本发布", False, ["配合"]),
    ("优化模型推理流程，单张图片推理耗时从 180ms 降到 60ms", True, []),
    ("撰写技术调研报告 3 篇，被团队采纳为选型依据", True, []),
    ("完成产线节拍分析，提出工位调整方案，日产能提高 12%", True, []),
    ("编写帮助文档和常见问题解答，方便新同事上手", False, []),
    ("担任项目负责人，组织每周例会，推进进度", False, []),
    ("熟悉公司业务流程，学习行业知识", False, []),
    ("使用Python3和Django4开发内部工具", False, []),
    ("实习3个月期间，跟进供应商到货情况并更新台账", False, []),
    ("协助完成 2 场校园招聘宣讲，到场学生 400 余人", True, ["协助"]),
    ("参与搭建储能电站监控平台，接入 8 个站点", True, ["参与"]),
    ("负责 15 家供应商的来料检验，不良率从 3.2% 降至 1.1%", True, ["负责"]),
    ("主导社团公众号改版，粉丝由 800 增至 5000", True, []),
    ("完成 FPGA 图像处理模块的仿真与上板验证，资源占用降低三成", True, []),
    ("整理并分析问卷数据，形成调研结论供老师参考", False, []),
    ("完成细胞传代与冻存，实验记录规范完整", False, []),
    ("独立完成 50 批次样品 HPLC 检测，结果一次通过率 98%", True, []),
    ("规划航线并执行倾斜摄影作业，累计飞行 60 架次，覆盖 12 平方公里", True, []),
    ("活动参与人数达 300 人，获学院好评", True, []),
    ("了解芯片验证流程，搭建简单的 UVM 测试平台", False, ["了解"]),
    ("在导师指导下完成课题的文献综述", False, []),
    ("对接三个业务部门收集需求，输出需求文档", False, []),  # 三个 counts for a rule, not a result
    ("梳理客户投诉，推动改进流程，投诉量环比下降 30%", True, []),
]

SELF_EVAL = [
    "性格开朗，学习能力强，有较强的责任心和团队合作精神。",
    "对新技术保持好奇，能在压力下按时交付；乐于帮助他人。",
    "踏实肯干，做事有条理，希望在一线岗位积累经验。",
    "喜欢把复杂问题拆成小步骤逐个解决，善于沟通。",
]
AWARDS = ["校级一等奖学金（2023）", "全国大学生数学建模竞赛省级二等奖", "英语六级（CET-6）", "优秀学生干部",
          "“挑战杯”课外学术科技作品竞赛校级一等奖", "计算机二级", "无人机驾驶员执照（CAAC）"]  # fmt: skip
CAMPUS = ["学生会学习部部长", "民族乐团团员", "青年志愿者协会干事", "班级团支书", "校电视台记者"]

HEADINGS = {
    "education": ["教育背景", "【教育经历】", "一、教育背景", "教育经历："],
    "internship": ["实习经历", "【实习经历】", "二、实习经历", "工作经历："],
    "project": ["项目经历", "【项目经验】", "三、项目经历", "科研经历"],
    "campus": ["校园经历", "【在校经历】", "四、校园经历", "社会实践"],
    "skills": ["专业技能", "【技能特长】", "五、专业技能", "技能："],
    "awards": ["获奖情况", "【荣誉证书】", "六、获奖与证书", "证书："],
    "self": ["自我评价", "【个人评价】", "七、自我评价", "个人总结："],
}

STYLES = {
    ".": lambda y, m: f"{y}.{m:02d}",
    "-": lambda y, m: f"{y}-{m:02d}",
    "/": lambda y, m: f"{y}/{m}",
    "年月": lambda y, m: f"{y}年{m}月",
}


def ym(style: str, month: int | None) -> str:
    if month is None:
        return "至今"
    return STYLES[style](month // 12, month % 12 + 1)


def key(start: int, end: int | None) -> str:
    end_text = f"{end // 12}.{end % 12 + 1:02d}" if end is not None else "至今"
    return f"{start // 12}.{start % 12 + 1:02d}-{end_text}"


def make(index: int, rng: random.Random) -> dict:
    field_code = rng.choice(list(FIELDS))
    field = FIELDS[field_code]
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    grad_year = rng.choice([2025, 2026])
    style = rng.choice(list(STYLES))
    heading_style = rng.randrange(4)
    long_mode = rng.random() < 0.2
    expected: dict[str, list[str]] = {c: [] for c in ("sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords")}  # fmt: skip
    styles_used = {style}
    lines: list[str] = []

    # header
    phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    phone_text = rng.choice(
        [phone, f"{phone[:3]} {phone[3:7]} {phone[7:]}", f"{phone[:3]}-{phone[3:7]}-{phone[7:]}"]
    )
    email = f"{rng.choice(['lin', 'chen', 'xiao', 'stu', 'hy'])}{rng.randrange(100, 9999)}@{rng.choice(['example.com', 'mail.example.cn', 'stu.example.edu.cn'])}"
    has_phone = rng.random() > 0.12
    has_email = rng.random() > 0.15
    if not has_phone:
        expected["contact"].append("phone")
    if not has_email:
        expected["contact"].append("email")
    personal = []
    if rng.random() < 0.18:
        personal.append(rng.choice(["民族：汉族", "民族: 回族", "汉族"]))
        expected["personal"].append("ethnicity")
    if rng.random() < 0.18:
        personal.append(rng.choice(["籍贯：江苏南京", "籍贯：河南信阳", "户籍所在地：安徽合肥"]))
        expected["personal"].append("native_place")
    if rng.random() < 0.12:
        personal.append(rng.choice(["婚姻状况：未婚", "已婚未育", "婚育情况：已婚"]))
        expected["personal"].append("marital")
    if rng.random() < 0.1:
        body = f"{rng.choice(['320102', '410105', '510107'])}{rng.randrange(2000, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}{rng.choice('0123456789X')}"
        personal.append(rng.choice([f"身份证号：{body}", f"身份证：{body[:6]}********{body[-4:]}", body]))
        expected["personal"].append("id_number")
    has_photo = rng.random() < 0.12
    if has_photo:
        expected["personal"].append("photo")
    politics = rng.choice(["", "政治面貌：共青团员", "政治面貌：中共党员"])
    contact_bits = [
        b for b, keep in ((f"电话：{phone_text}", has_phone), (f"邮箱：{email}", has_email)) if keep
    ]
    if rng.random() < 0.5:
        lines.append(name)
        lines.append(" | ".join([*contact_bits, *personal, *([politics] if politics else [])]))
    else:
        lines.append(f"姓名：{name}")
        lines.extend(contact_bits)
        lines.extend(personal)
        if politics:
            lines.append(politics)
    lines.append(f"求职意向：{rng.choice(field['jobs'])}")

    def heading(section: str) -> None:
        lines.append("")
        lines.append(HEADINGS[section][heading_style])

    def entry_dates(start: int, end: int | None, odd_style: str | None = None) -> str:
        s = odd_style or style
        if odd_style:
            styles_used.add(odd_style)
        return f"{ym(s, start)} - {ym(s, end)}"

    # education
    school = rng.choice(SCHOOLS)
    major = rng.choice(field["majors"])
    has_education = rng.random() > 0.08
    if has_education:
        heading("education")
        start = (grad_year - 4) * 12 + 8
        lines.append(f"{entry_dates(start, grad_year * 12 + 5)}  {school}  {major}  本科")
        if rng.random() < 0.6:
            lines.append(
                f"GPA：{rng.choice(['3.6/4.0', '3.4/4.0', '88/100'])}，专业排名前 {rng.choice([5, 10, 15, 20])}%"
            )
        courses = "、".join(
            rng.sample(field["skills"] + ["高等数学", "线性代数", "概率论", "大学物理", "英语"], 5)
        )
        lines.append(f"主修课程：{courses}")
        if long_mode:
            for _ in range(3):
                lines.append(
                    "主修课程（续）："
                    + "、".join(
                        rng.sample(
                            [
                                "数值分析",
                                "离散数学",
                                "运筹学",
                                "信号与系统",
                                "自动控制原理",
                                "电路原理",
                                "数据库原理",
                                "操作系统",
                                "计算机网络",
                                "编译原理",
                                "工程制图",
                                "材料力学",
                            ],
                            6,
                        )
                    )
                )
    else:
        expected["sections"].append("education")

    weak: set[str] = set()
    odd_style_used = False

    def write_entries(section: str, count: int, first_start: int) -> list[tuple[int, int | None]]:
        nonlocal odd_style_used
        spans: list[tuple[int, int | None]] = []
        cursor = first_start
        for i in range(count):
            length = rng.choice([2, 3, 3, 4, 6])
            start = cursor
            end: int | None = start + length
            roll = rng.random()
            if section == "internship" and i > 0 and roll < 0.2:
                start = spans[-1][0] + 1 if spans[-1][1] is None else spans[-1][1] - rng.choice([1, 2])
                end = start + length
            elif section == "internship" and i > 0 and roll < 0.3 and spans[-1][1] is not None:
                start = spans[-1][1]  # starts the month the last one ended: touching, not overlapping
                end = start + length
            if i == count - 1 and section == "internship" and rng.random() < 0.15:
                end = None
            reversed_dates = rng.random() < 0.06 and end is not None
            shown_start, shown_end = (end, start) if reversed_dates else (start, end)
            odd = None
            if not odd_style_used and rng.random() < 0.08:
                odd = rng.choice([s for s in STYLES if s != style])
                odd_style_used = True
            org = rng.choice(COMPANIES) if section == "internship" else (
                f"{rng.choice(field['skills'])}{rng.choice(['课题', '课程设计', '竞赛项目', '毕业设计'])}"
                if section == "project" else rng.choice(CAMPUS)
            )  # fmt: skip
            role = rng.choice(field["jobs"]) + ("实习生" if section == "internship" else "")
            if rng.random() < 0.5:
                lines.append(f"{entry_dates(shown_start, shown_end, odd)}  {org}  {role}")
            else:
                lines.append(f"{org}  {role}  {entry_dates(shown_start, shown_end, odd)}")
            k = key(shown_start, shown_end)  # type: ignore[arg-type]
            if reversed_dates:
                expected["dates"].append(f"reversed:{k}")
            bullets = rng.sample(BULLETS, rng.choice([4, 5, 6]) if long_mode else rng.choice([1, 2, 2, 3]))
            for text, _quantified, verbs in bullets:
                lines.append(rng.choice(["• ", "- ", "", "· "]) + text)
                if section != "self":
                    weak.update(verbs)
            if not any(q for _, q, _ in bullets):
                expected["numbers"].append(k)
            if not reversed_dates:
                spans.append((start, end))
            cursor = (end if end is not None else start) + rng.choice([1, 2, 3])
        return spans

    start_work = (grad_year - 2) * 12 + 6
    sections = ["internship", "project", "campus"]
    rng.shuffle(sections)
    counts = {
        "internship": rng.choice([0, 1, 1, 2, 2, 3]),
        "project": rng.choice([0, 1, 1, 2]),
        "campus": rng.choice([0, 0, 1]),
    }
    if long_mode:
        counts = {"internship": 3, "project": 2, "campus": 1}
    if sum(counts.values()) == 0 and rng.random() < 0.6:
        counts["project"] = 1
    internships: list[tuple[int, int | None]] = []
    for section in sections:
        if counts[section]:
            heading(section)
            spans = write_entries(section, counts[section], start_work + rng.randrange(-6, 6))
            if section == "internship":
                internships = spans
    if sum(counts.values()) == 0:
        expected["sections"].append("experience")
    ordered = sorted(internships, key=lambda s: s[0])
    for i, (s1, e1) in enumerate(ordered):
        for s2, e2 in ordered[i + 1 :]:
            if s2 < (e1 if e1 is not None else 10**9):
                expected["dates"].append(f"overlap:{key(s1, e1)}|{key(s2, e2)}")
    if len(styles_used) > 1:
        expected["dates"].append("format")

    # skills
    known = rng.sample(field["skills"], rng.choice([3, 4, 5]))
    if rng.random() > 0.1:
        heading("skills")
        level = rng.choice(["熟练掌握", "熟悉", "掌握"])
        lines.append(f"{level} {'、'.join(known[:2])}")
        if len(known) > 2:
            if rng.random() < 0.3:
                lines.append(f"了解 {'、'.join(known[2:])}")
                weak.add("了解")
            else:
                lines.append(f"会用 {'、'.join(known[2:])}")
        if rng.random() < 0.5:
            lines.append(rng.choice(["英语六级（CET-6），能阅读英文文献", "普通话二级甲等", "计算机二级"]))
    else:
        expected["sections"].append("skills")
    expected["weak_verbs"] = sorted(weak)

    if rng.random() < 0.6:
        heading("awards")
        for award in rng.sample(AWARDS, rng.choice([1, 2, 3])):
            lines.append(award)
    if rng.random() < 0.6:
        heading("self")
        lines.append(rng.choice(SELF_EVAL))
        if long_mode:
            lines.extend(rng.sample(SELF_EVAL, 3))

    text = "\n".join(lines)
    if long_mode:
        expected["length"].append("too_long")

    posting = ""
    if rng.random() < 0.55:
        asked = rng.sample(field["skills"], rng.choice([3, 4, 5]))
        if rng.random() < 0.35:
            asked.append(rng.choice(field["unknown"]))
        job = rng.choice(field["jobs"])
        posting = (
            f"岗位：{job}\n岗位职责：\n1. {rng.choice(['参与产品研发与迭代', '负责日常技术支持', '完成部门交办的分析任务'])}；\n"
            f"2. 与团队协作，按时交付。\n任职要求：\n1. {rng.choice(['本科及以上学历', '2025/2026届毕业生'])}，相关专业；\n"
            f"2. 熟悉{'、'.join(asked[:2])}；\n3. 有{'或'.join(asked[2:])}经验者优先；\n"
            f"4. {rng.choice(['良好的沟通能力和团队合作精神', '责任心强，学习能力强', '能接受短期出差，HR 将在一周内反馈'])}。"
        )
        low = text.lower()
        expected["keywords"] = sorted({w.lower() for w in asked if w.lower() not in low})
    return {
        "id": f"r{index:03d}",
        "field": field_code,
        "text": text,
        "pages": None,
        "photo": has_photo,
        "posting": posting,
        "expected": expected,
    }


# The held-out set: parts written after the rules were frozen on the set above, never used to
# change a rule. New bullets, headings, companies, campus roles and awards; same label rules.
HOLDOUT_BULLETS = [
    ("牵头整理 2000 余份客户反馈并归类，推动产品改进 5 项", True, []),
    ("参与了公司年会的筹备工作", False, ["参与"]),
    ("协助财务完成月末对账", False, ["协助"]),
    ("负责撰写公众号推文，单篇最高阅读量 1.2 万", True, ["负责"]),
    ("帮助导师维护实验室服务器", False, ["帮助"]),
    ("配合销售团队准备投标材料", False, ["配合"]),
    ("独立开发库存预警小工具，缺货次数减少一半", True, []),  # 一半: a result, with no digit
    ("用 Python 重写数据清洗流程，运行时间由 40 分钟降到 6 分钟", True, []),
    ("完成 PCB 布线与打样 2 轮，样机一次点亮", True, []),
    ("撰写测试用例并执行回归测试", False, []),
    ("组织线上读书会 12 期，累计参与者 600 人次", True, []),
    ("担任小组负责人，统筹分工与进度", False, []),
    ("调研竞品 8 款，输出对比分析报告", True, []),
    ("每周整理周报，汇总各门店销量", False, []),
    ("了解储能电站运维流程，跟班巡检", False, ["了解"]),
    ("设计并搭建光伏组件测试台，测试效率提高 35%", True, []),
    ("负责人事档案的整理与录入", False, ["负责"]),
    ("为 3 家客户完成无人机巡检航线规划", True, []),
    ("在两周内完成新员工培训手册初稿", False, []),
    ("协调 4 个部门推进系统上线，按期交付", True, []),
    ("编写产品帮助中心文章", False, []),
    ("优化 SQL 查询，报表加载从 12 秒降到 2 秒", True, []),
    ("获得导师好评并提前转正", False, []),
    ("参与度调研问卷的设计与回收", False, []),
    ("搭建细胞实验标准操作流程，实验失败率下降约四成", True, []),
]
HOLDOUT_HEADINGS = {
    "education": ["◆ 教育经历", "Education 教育背景"],
    "internship": ["◆ 实习经历", "Internship 实习经历"],
    "project": ["◆ 项目经历", "Projects 项目经历"],
    "campus": ["◆ 校园经历", "Campus 校园经历"],
    "skills": ["◆ 专业技能", "Skills 专业技能"],
    "awards": ["◆ 荣誉奖项", "Awards 荣誉奖项"],
    "self": ["◆ 自我评价", "About 自我评价"],
}
HOLDOUT_COMPANIES = [
    "金穗农业科技有限公司",
    "长河物流有限公司",
    "鸿图电子股份有限公司",
    "松风医疗器械有限公司",
    "蓝湾智造有限公司",
]
HOLDOUT_CAMPUS = ["院学生会主席", "校园马拉松志愿者", "心理协会会长", "校报编辑"]
HOLDOUT_AWARDS = ["国家励志奖学金", "蓝桥杯省赛一等奖", "教师资格证", "CET-4"]
HOLDOUT_SELF = [
    "执行力强，能独立推进任务。",
    "热爱新能源行业，愿意到一线锻炼。",
    "沟通顺畅，乐于协助团队成员。",
]
HOLDOUT = OUT.with_name("resumes_holdout.jsonl")


def write(path: Path, seed: int, count: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - test data
    rows = [make(i, rng) for i in range(1, count + 1)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} resumes to {path}")


def main() -> None:
    global BULLETS, HEADINGS, COMPANIES, CAMPUS, AWARDS, SELF_EVAL
    write(OUT, 20261206, 72)
    BULLETS, COMPANIES, CAMPUS, AWARDS, SELF_EVAL = (
        HOLDOUT_BULLETS,
        HOLDOUT_COMPANIES,
        HOLDOUT_CAMPUS,
        HOLDOUT_AWARDS,
        HOLDOUT_SELF,
    )
    HEADINGS = {k: v * 2 for k, v in HOLDOUT_HEADINGS.items()}  # make() picks one of four
    write(HOLDOUT, 77, 60)


if __name__ == "__main__":
    main()
