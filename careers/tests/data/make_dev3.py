# ruff: noqa: E501
"""Write resumes_dev3.jsonl: a third development set of synthetic resumes (no real people), for
making the section and keyword rules generalise (see docs/careers.md).

Written on 2026-12-06 by the helper that then tuned the rules on it (branch careers4), before it
ran the rules on any of it; so it is a development set, not a blind one. Each resume is assembled
from parts whose meaning the generator knows, and the labels are written from those parts and the
table of checks in docs/careers.md, never by running careers.diagnosis:

* headings in many layouts (Markdown, ALL-CAPS English, brackets, 一、/1./第一部分/Ⅰ./01 numbering,
  underlines, tabs and pipes, emoji and symbols, letters spaced out, a heading with its content on
  the same line, headings outside the usual vocabulary such as 求学经历, 课题经历, 技能专长);
* a point is quantified or not, uses a weak verb as a verb or not ("担任项目负责人", "认真负责");
* a resume leaves out a section on purpose (no heading and no such content anywhere);
* postings in many styles (bullets, one paragraph, English, a title line without a label, tools in
  brackets or joined by /), each with the list of skills a careful reader takes from it, and the
  forms in which a resume mentions each (PowerBI for Power BI, Machine Learning for 机器学习, BMS for
  电池管理系统, full-width letters): a skill is missing when the resume has none of its forms.

People, schools, companies, phone numbers (1390000xxxx) and e-mail addresses are invented.
Run: python careers/tests/data/make_dev3.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

KEYS = ("sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords")
WEAK = ("参与", "协助", "帮助", "负责", "配合", "打杂", "接触过", "了解")

NAMES = [
    "林知远",
    "陈语桐",
    "黄嘉树",
    "周沐阳",
    "吴清越",
    "徐景行",
    "孙若溪",
    "胡明澈",
    "朱一然",
    "高远舟",
    "何以安",
    "郭晓岚",
    "马思齐",
    "罗予墨",
    "梁书禾",
    "宋念初",
    "郑星野",
    "谢南乔",
    "韩听雪",
    "唐亦航",
    "冯可期",
    "于青禾",
    "董子衿",
    "萧望舒",
]

# -- headings -------------------------------------------------------------------------------
# Section words in several wordings, and an English twin.
WORDS = {
    "edu": (["教育背景", "教育经历", "求学经历", "教育情况", "学习经历"], "Education"),
    "intern": (
        ["实习经历", "工作经历", "实习经验", "实践经历", "工作实习", "实习工作经历"],
        "Internship Experience",
    ),
    "project": (["项目经历", "项目经验", "科研项目", "课题经历", "科研经历"], "Projects"),
    "campus": (["校园经历", "在校经历", "学生工作", "校园活动", "社团经历"], "Campus Activities"),
    "skills": (["专业技能", "技能", "技能专长", "技术能力", "个人技能", "IT技能"], "Skills"),
    "awards": (["荣誉奖项", "获奖情况", "荣誉证书", "奖项荣誉"], "Awards"),
    "self": (["自我评价", "个人评价", "个人总结", "关于我"], "About Me"),
}
CN_NUM = "一二三四五六七八九十"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
EMOJI = {
    "edu": "🎓",
    "intern": "💼",
    "project": "🛠",
    "campus": "🏫",
    "skills": "🔧",
    "awards": "🏆",
    "self": "🙂",
}


def heading(style: int, key: str, n: int, variant: int) -> list[str]:
    """The heading lines of section ``key``, the ``n``-th section (0-based), in layout ``style``."""
    words, en = WORDS[key]
    cn = words[variant % len(words)]
    up = en.upper()
    s = style % 34
    return [
        lambda: [f"# {cn}"] if n % 2 else [f"## {cn}"],
        lambda: [up],
        lambda: [f"【{cn}】"],
        lambda: [f"{CN_NUM[n]}、{cn}"],
        lambda: [f"{n + 1}. {cn}"],
        lambda: [f"第{CN_NUM[n]}部分  {cn}"],
        lambda: [cn, "—" * 18],
        lambda: [f"{cn}\t|\t{en}"],
        lambda: [f"{EMOJI[key]} {cn}"],
        lambda: [f"★ {cn} ★"],
        lambda: [f"《{cn}》"],
        lambda: [f"{up} / {cn}"],
        lambda: [" ".join(cn)],
        lambda: [f"[ {cn} ]"],
        lambda: [f"| {cn} |"],
        lambda: [f"{cn} {en} " + "—" * 10],
        lambda: [f"{ROMAN[n]}. {cn}"],
        lambda: [f"({CN_NUM[n]}) {cn}"],
        lambda: [f"0{n + 1} {cn}"],
        lambda: [f"▶ {cn} {up}"],
        lambda: [f"**{cn}**"],
        lambda: [f"> {cn}"],
        lambda: [f"{cn}（{en}）"],
        lambda: [f"{en}:"],
        lambda: [f"◤{cn}◢"],
        lambda: [f"{cn}·{up}"],
        lambda: [f"—{cn}—"],
        lambda: [f"<{cn}>"],
        lambda: [f"{cn} " + "." * 24],
        lambda: [f"{n + 1}） {cn}"],
        lambda: [f"##### {cn} #####"],
        lambda: [f"【{cn} | {up}】"],
        lambda: [f"0{n + 1} / {cn}"],
        lambda: [f"✦ {en} ✦ {cn}"],
    ][s]()


# Styles that put a heading's first content line on the heading's own line.
INLINE = {3: "：", 17: " ", 29: "："}

# -- content --------------------------------------------------------------------------------
# A point: (text, quantified, weak verbs used as verbs).
P = tuple[str, bool, tuple[str, ...]]

FIELDS: dict[str, dict] = {
    "software": {
        "major": "软件工程",
        "school": "临江理工大学",
        "role": "后端开发实习生",
        "companies": ["云帆网络科技有限公司", "青石数据服务有限公司"],
        "q": [
            ("重构订单查询接口，P99 延迟从 650ms 降到 140ms", True, ()),
            ("编写 60 余个单元测试，核心模块覆盖率提升至 82%", True, ()),
            ("用 Redis 缓存热点数据，数据库读压力下降约三成", True, ()),
        ],
        "u": [
            ("参与支付回调模块的开发与联调", False, ("参与",)),
            ("负责编写接口文档并维护测试环境", False, ("负责",)),
            ("梳理老系统的权限逻辑，输出设计文档", False, ()),
        ],
        "project": ("校园失物招领小程序", "后端开发"),
        "skills": ["Java", "Spring Boot", "MySQL", "Redis", "Git", "Linux"],
    },
    "data": {
        "major": "统计学",
        "school": "北湖财经大学",
        "role": "数据分析实习生",
        "companies": ["拾光电商有限公司", "远航咨询有限公司"],
        "q": [
            ("搭建用户留存看板，周报制作时间由 4 小时缩短到 30 分钟", True, ()),
            ("清洗 200 万条订单数据，定位 3 类异常退款原因", True, ()),
            ("设计 A/B 测试方案，新版首页转化率提升 2.3 个百分点", True, ()),
        ],
        "u": [
            ("协助业务方提取日常运营数据", False, ("协助",)),
            ("配合产品经理完成需求文档整理", False, ("配合",)),
            ("整理指标口径，统一各部门的统计方法", False, ()),
        ],
        "project": ("城市共享单车需求预测", "建模与分析"),
        "skills": ["SQL", "Python", "Excel", "数据分析"],
    },
    "ic": {
        "major": "微电子科学与工程",
        "school": "东岳电子科技大学",
        "role": "数字验证实习生",
        "companies": ["芯途微电子有限公司", "澜起集成电路设计有限公司"],
        "q": [
            ("搭建 I2C 模块验证环境，编写 45 个测试用例，功能覆盖率达到 97%", True, ()),
            ("定位并提交 12 个 RTL 缺陷，回归时间缩短一半", True, ()),
            ("优化回归脚本，单次回归由 6 小时降到 2 小时", True, ()),
        ],
        "u": [
            ("负责 SPI 控制器的 RTL 编码与仿真", False, ("负责",)),
            ("协助导师完成 SoC 顶层连线检查", False, ("协助",)),
            ("阅读 AXI 协议文档，整理验证要点", False, ()),
        ],
        "project": ("基于 FPGA 的图像缩放 IP 设计", "课程设计组长"),
        "skills": ["Verilog", "SystemVerilog", "Linux", "Python"],
    },
    "mech": {
        "major": "机械设计制造及其自动化",
        "school": "西陵工业大学",
        "role": "机械设计实习生",
        "companies": ["恒力精工装备有限公司", "瑞拓自动化设备有限公司"],
        "q": [
            ("完成 3 套焊接工装夹具设计，装夹时间缩短 40%", True, ()),
            ("优化钣金件结构，单件材料成本降低 15 元", True, ()),
            ("绘制零件图 120 余张，图纸一次通过率 95%", True, ()),
        ],
        "u": [
            ("参与非标设备的方案评审", False, ("参与",)),
            ("帮助车间整理设备点检记录", False, ("帮助",)),
            ("跟进供应商打样进度并记录问题", False, ()),
        ],
        "project": ("自动上下料机械臂设计", "结构设计"),
        "skills": ["SolidWorks", "AutoCAD", "机械设计"],
    },
    "uav": {
        "major": "无人机应用技术",
        "school": "南翼航空职业技术学院",
        "role": "航测外业实习生",
        "companies": ["天图测绘科技有限公司", "鹰眼低空信息技术有限公司"],
        "q": [
            ("执行倾斜摄影作业 45 架次，覆盖 18 平方公里", True, ()),
            ("整理像控点数据，空三加密返工率从 12% 降到 3%", True, ()),
            ("完成 6 个村庄的实景三维建模", True, ()),
        ],
        "u": [
            ("负责飞行前的设备检查与航线规划", False, ("负责",)),
            ("配合内业人员处理影像数据", False, ("配合",)),
            ("记录飞行日志，归档原始影像", False, ()),
        ],
        "project": ("校园三维实景地图制作", "外业组长"),
        "skills": ["无人机驾驶员执照（CAAC）", "Pix4D", "航测"],
    },
    "bio": {
        "major": "药学",
        "school": "江城医科大学",
        "role": "QC 实习生",
        "companies": ["康宁生物制药有限公司", "华禾药业有限公司"],
        "q": [
            ("完成 80 批原料药的 HPLC 含量测定，报告差错为 0", True, ()),
            ("优化样品前处理流程，单批检测时间缩短 25%", True, ()),
            ("整理 3 年的稳定性数据，发现 2 项趋势异常", True, ()),
        ],
        "u": [
            ("协助完成洁净区环境监测", False, ("协助",)),
            ("了解 GMP 文件体系与偏差处理流程", False, ("了解",)),
            ("按 SOP 配制试剂并登记台账", False, ()),
        ],
        "project": ("中药提取物抗氧化活性研究", "实验执行"),
        "skills": ["HPLC", "细胞培养", "PCR"],
    },
    "energy": {
        "major": "电气工程及其自动化",
        "school": "北川电力大学",
        "role": "储能系统实习生",
        "companies": ["光储新能源科技有限公司", "朗辉电力设备有限公司"],
        "q": [
            ("分析 14 个储能站点的运行数据，找出 5 处充放电策略问题", True, ()),
            ("搭建 PCS 仿真模型，效率计算误差控制在 0.5% 以内", True, ()),
            ("编写巡检表单，巡检耗时减少约三分之一", True, ()),
        ],
        "u": [
            ("参与电池簇一致性测试", False, ("参与",)),
            ("负责现场调试记录的整理", False, ("负责",)),
            ("学习储能电站的运维规程", False, ()),
        ],
        "project": ("户用光伏系统发电量预测", "建模"),
        "skills": ["MATLAB", "Simulink", "电力电子"],
    },
    "media": {
        "major": "网络与新媒体",
        "school": "东陵传媒学院",
        "role": "新媒体运营实习生",
        "companies": ["橙果文化传播有限公司", "一叶品牌策划有限公司"],
        "q": [
            ("策划 12 期小红书笔记，单篇最高点赞 2.1 万", True, ()),
            ("剪辑短视频 30 条，账号粉丝由 3000 增至 1.8 万", True, ()),
            ("撰写活动推文，阅读量较上月翻倍", True, ()),
        ],
        "u": [
            ("负责日常评论区的回复与维护", False, ("负责",)),
            ("协助拍摄探店视频", False, ("协助",)),
            ("打杂，整理素材库", False, ("打杂",)),
        ],
        "project": ("校园文创品牌孵化", "内容策划"),
        "skills": ["文案", "剪辑", "Photoshop"],
    },
    "finance": {
        "major": "会计学",
        "school": "中原经贸大学",
        "role": "财务分析实习生",
        "companies": ["信合会计师事务所（特殊普通合伙）", "恒昌实业集团有限公司"],
        "q": [
            ("核对 300 余笔往来款，发现并更正 7 笔错账", True, ()),
            ("用 Excel 搭建费用分析模板，月结时间提前 2 天", True, ()),
            ("编制 5 家子公司的月度经营分析报告", True, ()),
        ],
        "u": [
            ("协助审计底稿的整理与归档", False, ("协助",)),
            ("接触过合并报表的编制流程", False, ("接触过",)),
            ("盘点固定资产并更新卡片", False, ()),
        ],
        "project": ("上市公司盈利质量分析", "组员"),
        "skills": ["Excel", "财务分析", "会计"],
    },
}
ORDER = list(FIELDS)

# Campus entries: (organisation and role, points).
CAMPUS: list[tuple[str, list[P]]] = [
    (
        "校学生会 宣传部部长",
        [("组织迎新晚会，到场观众 800 余人", True, ()), ("帮助部门新人熟悉排版工具", False, ("帮助",))],
    ),
    (
        "青年志愿者协会 项目负责人",
        [("担任项目负责人，组织社区支教活动", False, ()), ("累计志愿服务 96 小时", True, ())],
    ),
    ("学院篮球队 队长", [("带队参加校联赛，获得第三名", True, ()), ("参与日常训练安排", False, ("参与",))]),
    ("校广播台 编辑", [("负责每周节目的稿件审核", False, ("负责",)), ("整理节目素材与听众来信", False, ())]),
]

# Postings: (text, [(item as the rules should name it, forms a resume may mention it in)]).
POSTINGS: dict[str, list[tuple[str, list[tuple[str, tuple[str, ...]]]]]] = {
    "software": [
        (
            "岗位名称：后端开发工程师（2026届校招）\n工作内容：\n- 参与订单、支付等核心服务的设计与开发；\n- 负责线上问题排查与性能优化。\n我们希望你：\n- 计算机、软件工程等相关专业本科及以上学历；\n- 熟练掌握 Go 或 Java 中的至少一种语言；\n- 熟悉 MySQL、Redis，了解消息队列的基本原理；\n- 有 Kubernetes 或 Docker 使用经验者优先；\n- 良好的沟通能力和团队合作精神。",
            [
                ("go", ("go", "golang")),
                ("java", ("java",)),
                ("mysql", ("mysql",)),
                ("redis", ("redis",)),
                ("消息队列", ("消息队列",)),
                ("kubernetes", ("kubernetes", "k8s")),
                ("docker", ("docker",)),
            ],
        ),
        (
            "Software Engineer, New Grad (Backend)\nRequirements:\n- BS/MS in Computer Science or a related field\n- Proficient in Python or TypeScript\n- Experience with React and Node.js\n- Familiarity with AWS or GCP is a plus\n- Strong communication skills",
            [
                ("python", ("python",)),
                ("typescript", ("typescript",)),
                ("react", ("react",)),
                ("node.js", ("node.js", "nodejs")),
                ("aws", ("aws",)),
                ("gcp", ("gcp",)),
            ],
        ),
        (
            "运维开发实习生：熟悉Linux常用命令和Shell脚本；了解Prometheus、Grafana监控体系；熟悉Jenkins持续集成流程；有Ansible使用经验者优先。",
            [
                ("linux", ("linux",)),
                ("shell", ("shell",)),
                ("prometheus", ("prometheus",)),
                ("grafana", ("grafana",)),
                ("jenkins", ("jenkins",)),
                ("持续集成", ("持续集成",)),
                ("ansible", ("ansible",)),
            ],
        ),
    ],
    "data": [
        (
            "任职资格：统计学、数学、计算机相关专业，熟练使用SQL进行数据提取，会用Python（pandas）做分析，掌握Tableau/Power BI任一可视化工具，有电商行业数据分析经验者优先。",
            [
                ("sql", ("sql",)),
                ("python", ("python",)),
                ("pandas", ("pandas",)),
                ("tableau", ("tableau",)),
                ("power bi", ("power bi", "powerbi")),
                ("数据分析", ("数据分析",)),
            ],
        ),
        (
            "【职位】数据分析师（用户增长）\n【要求】\n1. 熟悉 Hive、Spark SQL，能独立完成取数；\n2. 掌握假设检验、回归分析等统计方法；\n3. 熟练运用 Excel 数据透视表；\n4. 逻辑清晰，有较强的学习能力。",
            [
                ("hive", ("hive",)),
                ("spark sql", ("spark sql", "sparksql")),
                ("假设检验", ("假设检验",)),
                ("回归分析", ("回归分析",)),
                ("excel", ("excel",)),
                ("数据透视表", ("数据透视表", "透视表")),
            ],
        ),
    ],
    "ic": [
        (
            "【职位】数字IC验证工程师\n【任职要求】\n1、微电子、电子工程相关专业硕士；\n2、熟悉SystemVerilog和UVM验证方法学；\n3、熟悉AMBA总线协议（AXI/AHB/APB）；\n4、掌握至少一种脚本语言（Python/Perl/Tcl）；\n5、有 VCS、Verdi 等EDA工具使用经验优先。",
            [
                ("systemverilog", ("systemverilog",)),
                ("uvm", ("uvm",)),
                ("amba", ("amba",)),
                ("axi", ("axi",)),
                ("ahb", ("ahb",)),
                ("apb", ("apb",)),
                ("python", ("python",)),
                ("perl", ("perl",)),
                ("tcl", ("tcl",)),
                ("vcs", ("vcs",)),
                ("verdi", ("verdi",)),
            ],
        ),
        (
            "硬件工程师\n任职要求：熟悉STM32等单片机开发；能使用Altium Designer完成原理图和PCB设计；掌握示波器、万用表等仪器的使用；了解CAN、I2C、SPI等通信协议。",
            [
                ("stm32", ("stm32",)),
                ("altium designer", ("altium designer", "altium")),
                ("pcb", ("pcb",)),
                ("示波器", ("示波器",)),
                ("万用表", ("万用表",)),
                ("can", ("can",)),
                ("i2c", ("i2c",)),
                ("spi", ("spi",)),
            ],
        ),
    ],
    "mech": [
        (
            "机械工程师（校招）\n要求：机械设计制造及其自动化相关专业；能熟练运用SolidWorks或UG进行三维建模，会AutoCAD出二维图；懂公差配合与形位公差；了解钣金、注塑等常见加工工艺；有非标设备设计经验者优先；吃苦耐劳，能适应短期出差。",
            [
                ("solidworks", ("solidworks",)),
                ("ug", ("ug", "nx")),
                ("autocad", ("autocad",)),
                ("公差配合", ("公差配合",)),
                ("形位公差", ("形位公差",)),
                ("钣金", ("钣金",)),
                ("注塑", ("注塑",)),
                ("非标设备设计", ("非标设备设计", "非标设备的设计")),
            ],
        ),
    ],
    "uav": [
        (
            "无人机飞手/航测员\n1. 持有CAAC颁发的无人机驾驶员执照；\n2. 能独立完成航线规划与外业飞行；\n3. 会使用 Pix4D、ContextCapture 进行数据处理；\n4. 了解 GIS 基础，会 ArcGIS 者优先；\n5. 能适应野外作业。",
            [
                ("caac", ("caac",)),
                ("无人机驾驶员执照", ("无人机驾驶员执照",)),
                ("pix4d", ("pix4d",)),
                ("contextcapture", ("contextcapture",)),
                ("gis", ("gis",)),
                ("arcgis", ("arcgis",)),
            ],
        ),
    ],
    "bio": [
        (
            "QC 专员\n岗位要求\n• 药学、生物制药相关专业本科及以上；\n• 熟悉GMP规范；\n• 掌握HPLC、GC的原理与操作，能独立完成含量测定；\n• 有微生物限度检查经验者优先；\n• 工作细致，责任心强。",
            [
                ("gmp", ("gmp",)),
                ("hplc", ("hplc",)),
                ("gc", ("gc", "气相色谱")),
                ("微生物限度检查", ("微生物限度检查",)),
            ],
        ),
    ],
    "energy": [
        (
            "储能系统工程师\n职位要求：\n(1) 电气工程、新能源相关专业；\n(2) 熟悉电池管理系统（BMS）及储能变流器（PCS）原理；\n(3) 熟练使用 MATLAB/Simulink 搭建仿真模型；\n(4) 英语四级及以上，能阅读英文资料。",
            [
                ("电池管理系统", ("电池管理系统", "bms")),
                ("储能变流器", ("储能变流器", "pcs")),
                ("matlab", ("matlab",)),
                ("simulink", ("simulink",)),
                ("英语", ("英语", "cet-4", "cet-6", "english")),
            ],
        ),
    ],
    "media": [
        (
            "新媒体运营（2026届）\n你需要：熟悉小红书、抖音等平台的内容规则；会用剪映、PR剪辑短视频；熟悉 Excel 基本函数；文案功底扎实。",
            [
                ("小红书", ("小红书",)),
                ("抖音", ("抖音",)),
                ("剪映", ("剪映",)),
                ("pr", ("pr", "premiere")),
                ("剪辑", ("剪辑",)),
                ("短视频", ("短视频",)),
                ("excel", ("excel",)),
                ("文案", ("文案",)),
            ],
        ),
    ],
    "finance": [
        (
            "财务分析助理\nRequirements 任职要求:\n* 财务、会计专业，通过CPA部分科目者优先；\n* 精通Excel函数与数据透视表，会VBA更佳；\n* 熟悉财务报表分析；\n* 能熟练使用用友或金蝶财务软件。",
            [
                ("会计", ("会计",)),
                ("cpa", ("cpa", "注册会计师")),
                ("excel", ("excel",)),
                ("数据透视表", ("数据透视表", "透视表")),
                ("vba", ("vba",)),
                ("财务报表分析", ("财务报表分析",)),
                ("用友", ("用友",)),
                ("金蝶", ("金蝶",)),
            ],
        ),
    ],
}

# Skills a resume of each field may add (surface forms; some are a posting item's other form).
EXTRA_SKILLS = {
    "software": [["Docker", "Nginx"], ["Python", "TypeScript", "React"], ["Shell", "Jenkins", "Prometheus"]],
    "data": [["Pandas", "Tableau", "PowerBI"], ["Hive", "Spark SQL", "假设检验"], ["数据透视表"]],
    "ic": [["UVM", "AXI", "VCS"], ["STM32", "I2C", "SPI", "示波器"], ["Perl", "Verdi", "AMBA"]],
    "mech": [["UG", "公差配合", "钣金"], ["注塑", "非标设备设计"], ["形位公差"]],
    "uav": [["ContextCapture", "ArcGIS"], ["大疆智图"], ["GIS 基础"]],
    "bio": [["GMP", "气相色谱"], ["微生物限度检查"], ["Western Blot"]],
    "energy": [["BMS", "英语六级"], ["储能变流器（PCS）"], ["Python"]],
    "media": [["小红书", "剪映", "Excel"], ["抖音", "Premiere"], ["自媒体"]],
    "finance": [["数据透视表", "VBA"], ["用友", "金蝶"], ["CPA（已过 2 门）", "财务报表分析"]],
}

ID_FAKE = "110105200305061234"

# How each date is written, per resume: a function of (year, month) and the range separator.
DATE_STYLES = [
    (lambda y, m: f"{y}.{m:02d}", "-"),
    (lambda y, m: f"{y}/{m:02d}", " - "),
    (lambda y, m: f"{y}年{m}月", " — "),
    (lambda y, m: f"{y}-{m:02d}", " ~ "),
    (lambda y, m: f"{y}.{m}", " – "),
]


def key(a: tuple[int, int], b: tuple[int, int] | None) -> str:
    return f"{a[0]}.{a[1]:02d}-" + (f"{b[0]}.{b[1]:02d}" if b else "至今")


def estimated_lines(text: str) -> int:
    """The table's rule: 40 characters a line (Latin letters count 0.55), over 48 lines is long."""
    total = 0
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            width = sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in line)
            total += max(1, -(-int(width) // 40))
    return total


def build(i: int) -> dict:
    field = ORDER[i % len(ORDER)]
    f = FIELDS[field]
    style = i
    variant = i // 3
    fmt, sep = DATE_STYLES[i % len(DATE_STYLES)]
    alt_fmt, alt_sep = DATE_STYLES[(i + 2) % len(DATE_STYLES)]

    def rng(a, b, mixed=False):
        f_, s_ = (alt_fmt, alt_sep) if mixed else (fmt, sep)
        return f_(*a) + s_ + (f_(*b) if b else "至今")

    exp: dict[str, list[str]] = {k: [] for k in KEYS}
    no_skills = i in (5, 17, 30)
    no_edu = i in (11, 36)
    no_exp = i in (23,)
    overlap = i % 10 == 3
    reversed_ = i % 14 == 9
    mixed = i % 9 == 6
    date_after = i % 5 == 2  # the date range at the end of an entry's first line
    date_below = i % 7 == 4  # the date range on its own line under the organisation

    name = NAMES[i % len(NAMES)]
    lines = [name]
    phone = f"139 0000 {3000 + i:04d}"
    email = f"dev3.{i:02d}@example.com"
    contact = []
    if i % 11 != 3:
        contact.append(f"电话：{phone}")
    else:
        exp["contact"].append("phone")
    if i % 13 != 5:
        contact.append(f"邮箱：{email}")
    else:
        exp["contact"].append("email")
    lines.append(" | ".join(contact) if contact else "求职意向：" + f["role"].replace("实习生", ""))
    personal = []
    if i % 7 == 2:
        personal.append("民族：汉族")
        exp["personal"].append("ethnicity")
    if i % 9 == 4:
        personal.append("籍贯：湖北荆州")
        exp["personal"].append("native_place")
    if i % 10 == 6:
        personal.append("婚姻状况：未婚")
        exp["personal"].append("marital")
    if i % 17 == 8:
        personal.append(f"身份证号：{ID_FAKE}")
        exp["personal"].append("id_number")
    if personal:
        lines.append("  ".join(personal))
    photo = i % 8 == 1
    if photo:
        exp["personal"].append("photo")
    lines.append("")

    sections: list[tuple[str, list[str]]] = []
    mentioned: list[str] = []  # what the resume's text mentions, for the keyword labels

    # Education
    if not no_edu:
        sections.append(
            (
                "edu",
                [
                    f"{rng((2022, 9), (2026, 6))}  {f['school']}  {f['major']}  本科",
                    "GPA 3.6/4.0，专业排名前 15%",
                ],
            )
        )
    else:
        exp["sections"].append("education")

    # Experience entries: (section, title line, start, end, points, as a mixed-format date?).
    entries = []
    if not no_exp:
        q, u = f["q"], f["u"]
        a, b = (2025, 7), (2025, 9)
        c, d = ((2025, 8), (2025, 12)) if overlap else ((2025, 1), (2025, 3))
        pts1 = [q[i % 3], u[i % 3]] if i % 4 != 1 else [u[i % 3], u[(i + 1) % 3]]
        entries.append(("intern", f"{f['companies'][0]}  {f['role']}", a, b, pts1, False))
        if i % 3 != 2:
            pts2 = [u[(i + 2) % 3]] + ([q[(i + 1) % 3]] if i % 2 == 0 else [])
            entries.append(("intern", f"{f['companies'][1]}  {f['role']}", c, d, pts2, mixed))
        pname, prole = f["project"]
        ps, pe = ((2024, 6), (2024, 3)) if reversed_ else ((2024, 3), (2024, 6))
        pts3 = [q[(i + 2) % 3]] if i % 3 != 1 else [u[(i + 1) % 3], ("完成中期与结题答辩", False, ())]
        entries.append(("project", f"{pname}  {prole}", ps, pe, pts3, False))
        if i % 4 == 0:
            org, cpts = CAMPUS[(i // 4) % len(CAMPUS)]
            entries.append(("campus", org, (2023, 9), (2024, 6), cpts, False))
    else:
        exp["sections"].append("experience")

    by_sec: dict[str, list[str]] = {}
    weak_found: set[str] = set()
    intern_ranges = []
    for n_e, (sec, title, s, e, pts, mix) in enumerate(entries):
        r = rng(s, e, mix)
        if date_below and n_e % 2 == 0:
            block = [title, r]
        elif date_after:
            block = [f"{title}  {r}"]
        else:
            block = [f"{r}  {title}"]
        bullet = "·•-▪◦●"[i % 6]
        block += [f"{bullet} {t}" for t, _q, _w in pts]
        by_sec.setdefault(sec, []).extend(block)
        k = key(s, e)
        if not any(qq for _t, qq, _w in pts):
            exp["numbers"].append(k)
        for _t, _q, w in pts:
            weak_found.update(w)
        if e is not None and (e[0], e[1]) < (s[0], s[1]):
            exp["dates"].append(f"reversed:{k}")
        elif sec == "intern":
            intern_ranges.append((s, e, k))
    intern_ranges.sort()
    for x in range(len(intern_ranges)):
        for y in range(x + 1, len(intern_ranges)):
            if intern_ranges[y][0] < intern_ranges[x][1]:
                exp["dates"].append(f"overlap:{intern_ranges[x][2]}|{intern_ranges[y][2]}")
    if mixed and len(entries) > 1 and entries[1][5]:
        exp["dates"].append("format")
    for sec in ("intern", "project", "campus"):
        if sec in by_sec:
            sections.append((sec, by_sec[sec]))

    # Skills
    if not no_skills:
        items = list(f["skills"]) + EXTRA_SKILLS[field][i % 3]
        if i % 12 == 0 and "Python" in items:
            items[items.index("Python")] = "Ｐｙｔｈｏｎ"  # full-width letters
        skill_lines = []
        form = i % 4
        if form == 0:
            skill_lines.append("熟练掌握 " + "、".join(items))
        elif form == 1:
            skill_lines.append(" / ".join(items))
        elif form == 2:
            half = len(items) // 2
            skill_lines += ["熟悉：" + "，".join(items[:half]), "会用：" + "，".join(items[half:])]
        else:
            skill_lines.append("工具：" + " | ".join(items))
        if i % 6 == 1:
            skill_lines.append("了解 Docker 的基本使用")
            weak_found.add("了解")
            mentioned.append("Docker")
        skill_lines.append("英语：CET-6" if i % 2 else "英语六级，能阅读英文文献")
        sections.append(("skills", skill_lines))
    else:
        exp["sections"].append("skills")

    sections.append(("awards", ["2024 年全国大学生数学建模竞赛省级二等奖", "校级一等奖学金（2 次）"]))
    self_lines = [
        "做事认真负责，乐于帮助同学，能快速学习新工具。"
        if i % 3 == 0
        else "性格开朗，抗压能力强，愿意到一线岗位锻炼。"
    ]
    sections.append(("self", self_lines))

    # Sections in an order that varies a little.
    if i % 5 == 3 and len(sections) > 3:
        sections.insert(
            1,
            sections.pop(
                next(n for n, s in enumerate(sections) if s[0] == "skills")
                if any(s[0] == "skills" for s in sections)
                else 1
            ),
        )

    for n, (sec, content) in enumerate(sections):
        head = heading(style, sec, n, variant)
        if style % 34 in INLINE and content:
            lines.append(head[0] + INLINE[style % 34] + content[0])
            lines += head[1:] + content[1:]
        else:
            lines += head + content
        lines.append("")
    text = "\n".join(lines).strip()

    exp["weak_verbs"] = sorted(weak_found)

    posting = ""
    if i % 10 not in (1, 7):
        options = POSTINGS[field]
        posting, asked = options[i % len(options)]
        low = unicodedata.normalize("NFKC", text).lower() + "\n"
        low = re.sub(r"[ \t]+", " ", low)
        for item, forms in asked:
            if not any(
                re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", low)
                if form.isascii()
                else form in low
                for form in forms
            ):
                exp["keywords"].append(item)

    pages = 2 if i % 12 == 7 else (None if i % 4 == 2 else 1)
    if pages is None:
        assert estimated_lines(text) <= 48, (i, estimated_lines(text))
    if pages and pages > 1:
        exp["length"].append("too_long")
    return {
        "id": f"d{i + 1:02d}",
        "field": field,
        "text": text,
        "posting": posting,
        "pages": pages,
        "photo": photo,
        "expected": exp,
    }


def main() -> None:
    rows = [build(i) for i in range(44)]
    out = Path(__file__).with_name("resumes_dev3.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} resumes to {out}")


if __name__ == "__main__":
    main()
