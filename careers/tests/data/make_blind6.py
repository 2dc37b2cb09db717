# ruff: noqa: E501
"""Write resumes_blind6.jsonl: the sixth blind labelled set (64 synthetic Chinese resumes).

Written by the blind6 helper on 2026-12-06 (about 13:45-14:00 UTC), by hand, as a careful career
adviser would label them. Read: docs/careers.md only from "## How diagnosis works" down to the end
of the "| check | what fires it |" table (the specification labelled against), and the FORMAT of
resumes_blind4.jsonl / resumes_blind5.jsonl (schema, label spellings). Not read, opened or run:
careers/*.py (diagnosis, lexicon, feedback, texts ...), careers/tests/*.py, bench/resume_quality.py,
any other make_*.py, jieba, the benchmark or any careers test.

More section problems than earlier sets: 10 resumes with a genuinely missing section and 11 whose
only experience is of unusual kinds (社会实践, 志愿服务, 学生工作, 科研训练, 竞赛, 毕业设计, 支教,
创业) under headings of my own wording, which an adviser still counts as experience.

Ambiguous cases decided:
- Unusual experience counts as experience (g03 支教/志愿, g12 竞赛/科研训练, g19 竞赛, g27 社会实践/学生工作,
  g35 科研训练/毕业论文, g36 志愿服务, g44 创业/学生工作, g52 竞赛/社会实践, g59 毕业设计/竞赛, g60 学生工作/
  支教, g62 协会/学生助理); their dated entries get the numbers and weak-verb checks like campus entries.
- An award level alone ("获省级一等奖", "获国家级二等奖") is not a measured result: g52, g59 get numbers;
  "第二名"/"第三名" (g12, g62) count, as the specification says.
- Missing sections (10): g05, g22, g64 no experience (g22's one-line 获奖情况 "测绘技能大赛 三等奖" is an
  honour, not experience); g13, g20, g28, g34, g53 no skills (g28: "BMS 测试" inside an internship is not a
  skills section); g40, g47 no education (g40's dated line "南陵大学医学院 神经生物学实验室" is lab work
  with no degree or major: a look-alike I label as missing education, though the content rule about a dated
  line at a school may read it as education).
- Present though unusual: g05 education by years only ("2019-2022 … 大专") under 求学之路; g21 skills only
  in "自我评价：熟练掌握 Altium Designer、Keil"; g58 everything in one paragraph, sections by content.
- Numbers per the table: "维护 J750 测试机 4 台" (g10), "每周节省 6 小时" (g53), "3 版" (g11) count; durations
  ("支教 1 个月") do not; g26's entries have none.
- Dates: g08's reversed entry 2025.06-2025.05 is labelled reversed only, not also as an overlap; g32's
  2021.03-2021.09 is a project inside a job (under 项目经历), not an overlapping internship; touching months
  (g46 2023.10/2023.10, g54 2024.09/2024.09) are no overlap; g23 mixes 2021-09 and 2023.11 (format).
- Personal: 国籍 (g36), 年龄 (g50), 政治面貌 (g20, g45) are not in the table; g45's masked "身份证：3201…"
  is an ID label (id_number); g10 has a photo (pages=1, photo=True).
- Keywords follow blind4/5's convention: an alternative after 或/or is listed when the resume lacks it even
  if it has the other (g05 mysql, g06 react, g46 pytorch, g49 power bi, g24 both); "Excel 数据透视表" names
  Excel only (g55: none missing); "YOLO 目标检测", "ETAP 潮流计算", "NMPA 或 FDA 申报经验" name the tool; 8D,
  English, base, mentor and majors are not asked; a skill only in a dated title line was avoided by
  mentioning it in the points too (g28 BMS, g61 注塑工艺, g16 PCIe).
"""

import json
from pathlib import Path

ROWS: list[dict[str, object]] = []


def add(
    rid: str,
    field: str,
    text: str,
    posting: str = "",
    *,
    pages: int | None = None,
    photo: bool = False,
    sections: tuple[str, ...] = (),
    contact: tuple[str, ...] = (),
    length: tuple[str, ...] = (),
    numbers: tuple[str, ...] = (),
    weak: tuple[str, ...] = (),
    dates: tuple[str, ...] = (),
    personal: tuple[str, ...] = (),
    keywords: tuple[str, ...] = (),
) -> None:
    ROWS.append(
        {
            "id": rid,
            "field": field,
            "text": text.strip("\n"),
            "posting": posting.strip("\n"),
            "pages": pages,
            "photo": photo,
            "expected": {
                "sections": list(sections),
                "contact": list(contact),
                "length": list(length),
                "numbers": list(numbers),
                "weak_verbs": sorted(weak),
                "dates": list(dates),
                "personal": list(personal),
                "keywords": list(keywords),
            },
        }
    )


# ---------------------------------------------------------------- software
add(
    "g01",
    "software",
    """
姓名：岑北辰
手机：13900006011
邮箱：beichen.cen@example.com
教育背景
2021.09-2025.06 泠江大学 软件工程 本科
实习经历
2024.07-2024.10 青枫网络科技 后端开发实习生
将订单查询接口响应时间从 900ms 降到 120ms
编写单元测试 140 个，覆盖率提升到 82%
专业技能
Java、Spring Boot、MySQL、Redis、Docker、Kubernetes
""",
    "🚀【青枫网络】后端开发 校招\n✅ 熟悉 Java、Spring Boot\n✅ 熟悉 MySQL、Redis\n✅ 有 Kubernetes 经验优先 🎉",
)
add(
    "g02",
    "software",
    """
姓名 邝书遥 | 电话 13900006021 | 邮箱 shuyao.kuang@example.com
教育经历 2020.09-2023.06 江渚职业技术学院 软件技术 大专；2023.09-2025.06 江渚理工学院 计算机科学与技术 专升本 实习经历 2022.03-2022.08 汇川软件服务公司 运维实习生 负责机房巡检和日志整理；2024.07-2024.12 江渚智慧社区科技 Java 实习生 开发物业报修模块接口 11 个 技能 Java、Vue、MySQL、Linux
""",
    "Java 开发实习生（转正）\n要求：熟悉 Java、Spring Boot，了解 MySQL、Redis。",
    numbers=("2022.03-2022.08",),
    keywords=("spring boot", "redis"),
    weak=("负责",),
)
add(
    "g03",
    "software",
    """
吕南枝
13900006031 / nanzhi.lv@example.com
■ 读书
2022.09-2026.06 云栖大学 计算机科学与技术 本科
■ 支教与志愿经历
2024.07-2024.08 云栖大学“萤火”支教队 信息技术课讲师
为山区小学 3 个年级开设编程兴趣课 16 节，覆盖学生 120 人
2023.10-2024.06 校图书馆志愿服务队 系统维护志愿者
整理借阅系统故障记录 260 条，帮助馆员恢复数据
■ 会的东西
Python、HTML/CSS、Git、Scratch
""",
    weak=("帮助",),
)
add(
    "g04",
    "software",
    """
Name: NGUYEN Thi Lan 阮氏兰
Tel: 13900006041  Email: thilan.nguyen@example.com
教育背景
2021年9月 - 2025年6月  湄川大学  软件工程  本科（留学生）
项目经历
2024年3月 - 2024年6月  留学生选课助手（课程项目）
用 Flask 编写选课推荐页面，接触过 Elasticsearch
2024.09 - 2024.12  越汉双语词典小程序
词条数据 1.2 万条，日活 300 人
技能
Python、Flask、SQLite、中文 HSK6
""",
    numbers=("2024.03-2024.06",),
    weak=("接触过",),
    dates=("format",),
)
add(
    "g05",
    "software",
    """
甘一苇  13900006051  yiwei.gan@example.com
求学之路
2019-2022 桐江职业技术学院 软件技术 大专
2022-2024 桐江学院 软件工程 专升本
技术栈
Go、gRPC、PostgreSQL、Kafka、Linux
自我评价
学习能力强，能吃苦耐劳，热爱开源
""",
    "后端开发工程师（Go）\n岗位要求：\n1. 熟悉 Go 语言，了解 gRPC；\n2. 熟悉 PostgreSQL 或 MySQL；\n3. 有 Kafka 使用经验。",
    sections=("experience",),
    keywords=("mysql",),
)
add(
    "g06",
    "software",
    """
个人简历
姓名：籍晓川  性别：男  出生年月：2002.03
户口所在地：河南周口
电话：13900006061  邮箱：xiaochuan.ji@example.com
教育背景
2020.09-2024.06 宛城师范学院 计算机科学与技术（师范） 本科
实习经历
2023.09-2023.12 周口市第三中学 信息技术教师（教育实习）
讲授 Python 入门课 24 课时，所带班级会考合格率 100%
2024.07-2025.01 启明教育科技 前端开发实习生
开发在线作业批改页面 7 个
专业技能
JavaScript、Vue、Node.js
""",
    "Frontend Engineer (Graduate)\nRequirements:\n- Solid JavaScript and TypeScript skills\n- Experience with React or Vue\n- Familiar with Webpack",
    personal=("native_place",),
    keywords=("typescript", "react", "webpack"),
)
add(
    "g07",
    "software",
    """
谭野
电话：13900006071
教育背景
2021.09-2025.06 北屿大学 信息安全 本科
实习经历
2024.06-2024.09 磐石安全技术 渗透测试实习生
协助完成 Web 漏洞扫描，提交漏洞报告 18 份
2024.08-2024.11 云帆数据 安全运维实习生
配置 WAF 规则 60 余条
专业技能
Burp Suite、Nmap、Python、Linux
""",
    contact=("email",),
    weak=("协助",),
    dates=("overlap:2024.06-2024.09|2024.08-2024.11",),
)
add(
    "g08",
    "software",
    """
📱 13900006081 ✉️ qiuyu.song@example.com
👤 宋秋雨｜测试开发
🎓 教育
2022.09-2026.06 沙洲大学 软件工程 本科
💼 实习
2025.03-2025.06 星链互娱 测试开发实习生
编写自动化用例 450 条，回归时间从 2 天缩短到 4 小时
2025.06-2025.05 星链互娱 测试开发实习生（续签）
维护 Jenkins 流水线 12 条
🛠 技能
Python、pytest、Selenium、Jenkins
""",
    dates=("reversed:2025.06-2025.05",),
)

# ---------------------------------------------------------------- ic
add(
    "g09",
    "ic",
    """
冼一鸣
手机 13900006091  邮箱 yiming.xian@example.com
教育背景
2022.09-2025.06 芯湖大学 集成电路工程 硕士
项目经历
2023.10-2024.06 32 位 RISC-V 处理器前端设计（课题组项目）
用 Verilog 完成五级流水线设计，主频达到 200MHz
实习经历
2024.07-2024.10 衡芯微电子 数字验证实习生
搭建 UVM 验证环境，功能覆盖率达到 98%
专业技能
Verilog、SystemVerilog、UVM、VCS、Verdi
""",
    "数字验证工程师（2025 届校招）\n任职要求：\n1. 熟悉 SystemVerilog、UVM；\n2. 熟悉 VCS、Verdi 等 EDA 工具；\n3. 会用 Python 或 Perl 编写脚本。",
    keywords=("python", "perl"),
)
add(
    "g10",
    "ic",
    """
姓名：贝若兰
电话：13900006101  邮箱：ruolan.bei@example.com
民族：回族  婚育状况：未婚
教育背景
2019.09-2023.06 江陵大学 微电子科学与工程 本科
工作经历
2023.07-2025.06 华隅封测科技 测试工程师
负责 ATE 测试程序调试
维护 J750 测试机 4 台
专业技能
J750、C 语言、Excel
""",
    "芯片测试工程师\n要求：熟悉 ATE 测试机（如 V93000、J750），会用 Python，了解 STDF 数据分析。",
    pages=1,
    photo=True,
    weak=("负责",),
    personal=("ethnicity", "marital", "photo"),
    keywords=("v93000", "python", "stdf"),
)
add(
    "g11",
    "ic",
    """
【基本信息】项文朔｜13900006111｜wenshuo.xiang@example.com
【求学】2020.09-2024.06 清岚大学 电子科学与技术 本科
【版图实习】2023.07-2023.09 启岸半导体 模拟版图实习生；完成 LDO 版图 3 版，面积缩小 15%
【技能】Virtuoso、Calibre、Linux
""",
    "模拟版图工程师\n要求：熟悉 Virtuoso、Calibre，会用 Linux。",
)
add(
    "g12",
    "ic",
    """
蒲知夏  13900006121  zhixia.pu@example.com
学历
2021.09-2025.06 雁栖大学 集成电路设计与集成系统 本科
竞赛与科研训练
2023.03-2023.08 全国大学生集成电路创新创业大赛 队长
设计低功耗 SAR ADC，功耗降低 40%，获华东赛区第二名
2024.01-2024.12 国家级大学生创新训练项目 带隙基准源设计
温漂系数从 35ppm/℃ 降到 12ppm/℃
专业技能
Cadence Virtuoso、Spectre、MATLAB
""",
)
add(
    "g13",
    "ic",
    """
Résumé — 柏天乐 (international student, Malaysia)
Mobile 13900006131 | Email tianle.bai@example.com
Education 教育背景
2021/09 - 2025/06  槐江大学  电子信息工程  本科
Internship 实习经历
2024/07 - 2024/09  凌微科技  FPGA 实习生
- 参与图像处理 IP 调试
- 了解 AXI 总线协议
""",
    "FPGA Engineer\n- Verilog, Vivado\n- AXI protocol",
    sections=("skills",),
    numbers=("2024.07-2024.09",),
    weak=("了解", "参与"),
    keywords=("verilog", "vivado"),
)
add(
    "g14",
    "ic",
    """
符长庚
电话：13900006141  邮箱：changgeng.fu@example.com
教育背景
2018.09-2022.06 海宁大学 微电子科学与工程 本科
2022.09-2025.06 海宁大学 微电子学与固体电子学 硕士
科研经历
2022.10-2024.12 28nm SRAM 读写辅助电路
静态噪声容限提升 18%，漏电流降低一半
实习经历
2024.03-2024.08 合璧芯创 模拟设计实习生
完成 Bandgap 仿真 5 个工艺角
2024.07-2024.10 溪云集成电路 版图实习生
绘制 IO Ring 版图
专业技能
Virtuoso、HSPICE、Calibre、Python
""",
    numbers=("2024.07-2024.10",),
    dates=("overlap:2024.03-2024.08|2024.07-2024.10",),
)
add(
    "g15",
    "ic",
    """
姓名：庞絮
电话：13900006151
邮箱：xu.pang@example.com
教育背景
2021.09-2025.06 苍梧大学 电子科学与技术 本科
项目经历
2024.03-2024.06 基于 STM32 的示波器（课程设计）
采样率达到 1MSa/s
专业技能
STM32、Altium Designer、Multisim
""",
)
add(
    "g16",
    "ic",
    """
滕子墨
13900006161
zimo.teng@example.com
教育背景
2023.9-2026.06 南浔大学 集成电路工程 硕士
2019.09-2023.06 南浔大学 电子信息工程 本科
项目经历
2024.3-2024.12 PCIe 控制器验证
搭建 UVM 环境，发现 RTL 缺陷 27 个
专业技能
SystemVerilog、UVM、PCIe、Python、Perl
""",
    "IC Design Verification Engineer\n- Proficient in SystemVerilog and UVM\n- Knowledge of PCIe and Ethernet protocols\n- Scripting in Python",
    dates=("format",),
    keywords=("ethernet",),
)

# ---------------------------------------------------------------- uav
add(
    "g17",
    "uav",
    """
姓名：欧阳栩
手机：13900006171  邮箱：xu.ouyang@example.com
教育背景
2021.09-2024.06 翔宇航空职业技术学院 无人机应用技术 高职
实习经历
2023.07-2023.12 天眸测绘 无人机飞手
完成航测作业 42 架次，覆盖面积 36 平方公里
专业技能
大疆智图、Pix4D、RTK、无人机驾驶员执照（CAAC）
""",
    "无人机飞手/航测员\n要求：\n1. 持有 CAAC 执照；\n2. 熟悉大疆智图、Pix4D、ContextCapture 等软件；\n3. 会用 ArcGIS。",
    keywords=("contextcapture", "arcgis"),
)
add(
    "g18",
    "uav",
    """
姜逐风 13900006181 zhufeng.jiang@example.com
教育 2020.09-2024.06 青川理工大学 飞行器设计与工程 本科
项目 2023.03-2023.12 四旋翼飞控开发（毕业设计） 基于 PX4 调试姿态控制，悬停误差小于 5cm
实习 2023.07-2023.09 羽翼智能 飞控测试实习生 配合外场试飞，打杂整理飞行日志
技能 PX4、C++、ROS、MATLAB
""",
    numbers=("2023.07-2023.09",),
    weak=("打杂", "配合"),
)
add(
    "g19",
    "uav",
    """
龚星河
13900006191｜xinghe.gong@example.com
教育背景
2022.09-2026.06 凌云大学 无人驾驶航空器系统工程 本科
赛场经历
2024.04-2024.08 全国大学生电子设计竞赛 无人机赛题 主控
编写视觉定位程序，识别成功率从 70% 提升到 95%
2025.03-2025.07 中国机器人大赛 空中机器人组
负责航线规划模块
专业技能
Python、OpenCV、ROS、STM32
""",
    "无人机视觉算法实习生 🛸\n要求：熟悉 OpenCV、ROS，了解 YOLO 目标检测。",
    numbers=("2025.03-2025.07",),
    weak=("负责",),
    keywords=("yolo",),
)
add(
    "g20",
    "uav",
    """
姓名：邢远帆   性别：男   民族：汉   籍贯：四川绵阳
电话：13900006201   邮箱：yuanfan.xing@example.com
教育背景
2019.09-2023.06 蜀川大学 测绘工程 本科
工作经历
2023.07-2025.08 天府空间信息 无人机航测工程师
处理倾斜摄影数据 1.5TB，交付实景三维模型 26 个
2025.09-至今 天府空间信息 项目组长
带领 6 人团队，年度产值 400 万元
""",
    sections=("skills",),
    personal=("ethnicity", "native_place"),
)
add(
    "g21",
    "uav",
    """
喻晴岚
13900006211
qinglan.yu@example.com
教育背景
2021.09-2025.06 鸿鹄大学 电子信息工程 本科
实习经历
2024.07-2024.10 云鹞无人机 硬件实习生
设计电调驱动板 2 版，温升降低 12℃
自我评价：熟练掌握 Altium Designer、Keil，动手能力强
""",
    "无人机硬件工程师\n任职要求：熟悉 Altium Designer，会用 Keil、STM32CubeMX，了解 CAN 总线。",
    keywords=("stm32cubemx", "can"),
)
add(
    "g22",
    "uav",
    """
练北斗
电话：13900006221  邮箱：beidou.lian@example.com
教育背景
2020.09-2024.06 云岭大学 地理信息科学 本科
专业技能
ArcGIS、大疆智图、Global Mapper、Python
获奖情况
2022 年全国大学生测绘技能大赛 三等奖
""",
    sections=("experience",),
)
add(
    "g23",
    "uav",
    """
🧑 阎羽 | 无人机植保
📞 13900006231 📧 yu.yan@example.com
🏫 2021-09 ~ 2024-06 丰禾农业职业技术学院 现代农业技术 高职
🌾 实习：2023-07 ~ 2023-10 绿野植保服务队 植保飞手
作业面积 8000 亩，药液用量节省近三成
2023.11 ~ 2024.03 丰禾农机合作社 农机维护员
保养植保机 15 台
🔧 技能：大疆 T40、极飞 P100、无人机驾驶员执照（CAAC）
""",
    dates=("format",),
)
add(
    "g24",
    "uav",
    """
郁远山  13900006241  yuanshan.yu@example.com
教育背景
2020.09-2024.06 星海大学 自动化 本科
2024.09-2027.06 星海大学 控制科学与工程 硕士
项目经历
2024.10-2025.06 多无人机编队控制（导师横向课题）
在 Gazebo 中实现 6 机编队，队形误差小于 0.3m
2023.03-2023.06 固定翼自驾仪参数整定
参与飞行试验，了解 PID 整定流程
专业技能
ROS2、PX4、C++、MATLAB/Simulink
""",
    "算法工程师-无人机集群\nJD：\n· 熟悉 ROS2、PX4；\n· 熟悉 MPC 或强化学习；\n· base 成都，mentor 一对一带教",
    numbers=("2023.03-2023.06",),
    weak=("了解", "参与"),
    keywords=("mpc", "强化学习"),
)

# ---------------------------------------------------------------- energy
add(
    "g25",
    "energy",
    """
姓名：尹砚秋
手机：13900006251
邮箱：yanqiu.yin@example.com
教育背景
2021.09-2025.06 沧澜电力大学 电气工程及其自动化 本科
实习经历
2024.07-2024.09 国网某市供电公司 运检部实习生
参加变电站巡检 30 次，整理缺陷记录 85 条
专业技能
AutoCAD、PSCAD、ETAP、MATLAB、Excel
""",
    "国家电网有限公司 2025 年高校毕业生招聘公告（第二批）\n专业要求：电气工程及其自动化\n岗位要求：熟悉 AutoCAD、PSCAD，了解 ETAP 潮流计算。",
)
add(
    "g26",
    "energy",
    """
庄明川 13900006261 mingchuan.zhuang@example.com 教育背景：2019.09-2023.06 朔方大学 新能源科学与工程 本科。工作经历：2023.07-2024.12 晴岚光伏 运维工程师，负责电站日常巡检，协助处理逆变器故障；2025.01-2025.03 晴岚光伏 技术支持，编写运维手册。专业技能：PVsyst、AutoCAD、SCADA。
""",
    numbers=("2023.07-2024.12", "2025.01-2025.03"),
    weak=("协助", "负责"),
)
add(
    "g27",
    "energy",
    """
凌若水
13900006271 | ruoshui.ling@example.com
教育背景
2022.09-2026.06 东垣大学 能源与动力工程 本科
下乡与志愿
2024.07-2024.08 “光伏进乡村”暑期社会实践团 调研组长
走访农户 86 户，形成屋顶光伏意愿调研报告 1 份
2023.09-2024.06 校青年志愿者协会 宣传部部长
组织节能宣传活动 5 场，参与人数 600 余人
专业技能
PVsyst、AutoCAD、SPSS
""",
)
add(
    "g28",
    "energy",
    """
姓名：戚晓澄
电话：13900006281  邮箱：xiaocheng.qi@example.com
出生地：山东潍坊
教育背景
2020.09-2024.06 齐鲁能源学院 储能科学与工程 本科
实习经历
2023.07-2023.09 恒储新能源 BMS 测试实习生
完成电池包充放电测试 120 组，SOC 估算误差控制在 3% 以内
用上位机读取 BMS 数据
""",
    "储能BMS工程师\n岗位要求：\n1. 熟悉电池管理系统（BMS）；\n2. 会用 MATLAB/Simulink 建模；\n3. 熟悉 CAN 通信。",
    sections=("skills",),
    personal=("native_place",),
    keywords=("matlab", "simulink", "can"),
)
add(
    "g29",
    "energy",
    """
谷清和
13900006291  qinghe.gu@example.com
教育背景
2021.09-2025.06 岳麓大学 化学工程与工艺 本科
实习经历
2024.06-2024.08 赣锋某锂电材料公司 工艺实习生
跟线学习正极材料烧结工艺
2024.01-2023.12 岳麓大学化工学院 实验室助理
配制电解液 40 批次
专业技能
XRD、SEM、Origin
""",
    numbers=("2024.06-2024.08",),
    dates=("reversed:2024.01-2023.12",),
)
add(
    "g30",
    "energy",
    """
卫珑
电话：13900006301
邮箱：long.wei@example.com
教育背景
2017.09-2020.06 南屏师范学院 物理学（师范） 本科
2020.09-2023.06 南屏师范学院 凝聚态物理 硕士
工作经历
2023.09-2025.07 南屏市实验中学 物理教师
所带班级物理平均分提升 11 分
科研经历
2021.03-2023.06 钙钛矿太阳能电池界面修饰
电池效率从 19.2% 提高到 22.6%
专业技能
COMSOL、Origin、SCAPS
""",
    "Solar Cell R&D Engineer (Perovskite)\nRequirements:\n- PhD or MSc in physics or materials\n- Hands-on experience with SCAPS or COMSOL\n- Familiar with XRD and PL characterization",
    keywords=("xrd", "pl"),
)
add(
    "g31",
    "energy",
    """
闻浩
电话 13900006311
教育背景
2021.09-2025.06 澜沧大学 热能与动力工程 本科
项目经历
2024.03-2024.06 数据中心余热回收系统设计（毕业设计）
换热效率提升 23%
专业技能
Fluent、SolidWorks、EES
""",
    contact=("email",),
)
add(
    "g32",
    "energy",
    """
个人资料
姓名：苗嘉禾  性别：女  婚姻状况：已婚已育
电话：13900006321  邮箱：jiahe.miao@example.com
教育背景
2015.09-2019.06 河套大学 电气工程及其自动化 本科
工作经历
2019.07-2022.06 北垣风电 运维工程师
完成风机定检 140 台次，故障停机时间减少 30%
2022.07-2025.06 北垣风电 场站技术主管
管理 3 个风电场，年发电量 9.6 亿千瓦时
项目经历
2021.03-2021.09 北垣风电 变桨系统改造项目
配合完成变桨系统改造
专业技能
SCADA、AutoCAD、PLC
""",
    pages=2,
    length=("too_long",),
    numbers=("2021.03-2021.09",),
    weak=("配合",),
    personal=("marital",),
)

# ---------------------------------------------------------------- bio
add(
    "g33",
    "bio",
    """
姓名：温晚晴
手机：13900006331
邮箱：wanqing.wen@example.com
教育背景
2022.09-2025.06 雪峰医科大学 生物化学与分子生物学 硕士
科研经历
2022.10-2025.03 肝癌耐药相关 lncRNA 机制研究
构建敲低细胞系 4 株，耐药性降低一半
实习经历
2024.07-2024.09 百禾生物 细胞培养实习生
维持 CHO 细胞传代，细胞活率保持 95% 以上
专业技能
qPCR、Western Blot、流式细胞术、无菌操作、GraphPad
""",
    "细胞培养工程师（校园招聘会现场直招）\n要求：\n1. 生物相关专业硕士；\n2. 熟悉 CHO 细胞培养、无菌操作；\n3. 熟悉 qPCR、ELISA。",
    keywords=("elisa",),
)
add(
    "g34",
    "bio",
    """
雷小满 13900006341 xiaoman.lei@example.com
教育背景
2021.09-2024.06 荆楚医药职业技术学院 药品生产技术 高职
2024.09-2026.06 荆楚药科学院 制药工程 本科（专升本）
实习经历
2023.07-2023.12 楚康制药 QC 实习生
帮助完成原料药 HPLC 检测
负责台账整理
""",
    "QC 专员\n任职要求：熟悉 HPLC、GC，了解 GMP 规范。",
    sections=("skills",),
    numbers=("2023.07-2023.12",),
    weak=("帮助", "负责"),
    keywords=("gc", "gmp"),
)
add(
    "g35",
    "bio",
    """
薛沐
13900006351 · mu.xue@example.com
教育背景
2020.09-2024.06 岭南海洋大学 生物技术 本科
研究训练
2022.09-2023.06 大学生创新训练项目 海藻多糖提取工艺优化
提取率从 6.1% 提高到 9.4%
2023.09-2024.05 毕业论文 海洋微生物耐盐基因筛选
筛选出耐盐菌株 3 株，测序 48 个样本
专业技能
PCR、HPLC、SPSS、Origin
""",
)
add(
    "g36",
    "bio",
    """
Name 姓名: Aigerim Bekova 阿依古丽
Tel 电话: 13900006361
Email 邮箱: aigerim.bekova@example.com
国籍：哈萨克斯坦
教育背景
2021.09-2025.06 天山医科大学 临床医学（MBBS） 本科
社会服务
2023.07-2023.08 社区健康义诊志愿者
为 200 余名居民测量血压、血糖
2024.03-2024.06 医学生服务留学生中心 翻译志愿者
协助同学就医
专业技能
SPSS、俄语、哈萨克语、HSK5
""",
    numbers=("2024.03-2024.06",),
    weak=("协助",),
)
add(
    "g37",
    "bio",
    """
姓名：俞清
电话：13900006371
邮箱：qing.yu@example.com
教育背景
2020.09-2024.06 凤鸣大学 生物医学工程 本科
项目经历
2023.09-2024.05 基于深度学习的眼底图像分级（毕业设计）
二分类 AUC 达到 0.93
实习经历
2023.07-2023.09 明眸医疗器械 注册专员实习生
整理注册申报资料 20 余份
专业技能
Python、PyTorch、ISO 13485 体系
""",
    "医疗器械注册专员\n要求：\n1. 熟悉 ISO 13485 体系；\n2. 有 NMPA 或 FDA 申报经验；\n3. 熟练使用 Office。",
    keywords=("nmpa", "fda", "office"),
)
add(
    "g38",
    "bio",
    """
何秋水
电话：13900006381  邮箱：qiushui.he@example.com
户籍：贵州遵义
教育背景
2019.09-2023.06 黔中师范学院 生物科学（师范） 本科
工作经历
2023.07-2024.07 遵义某中学 生物教师
2024.08-2025.06 黔康检测 检验员
完成食品微生物检测 600 余批次
专业技能
PCR、微生物计数、Excel
""",
    numbers=("2023.07-2024.07",),
    personal=("native_place",),
)
add(
    "g39",
    "bio",
    """
申若溪
13900006391 | ruoxi.shen@example.com
教育背景 2022.09-2025.06 澄江大学 生物统计学 硕士
实习经历 2024.06-2024.09 赫尔医药 临床数据管理实习生｜清理 EDC 数据 3 个研究，质疑数从 420 条降到 90 条
专业技能 SAS、R、EDC 系统使用、CDISC
2024.10-2025.01 拓新医药 统计编程实习生
编写 SDTM 程序
""",
    "Clinical Data Manager - Graduate Program\nResponsibilities & Requirements:\n- Knowledge of CDISC standards (SDTM, ADaM)\n- Experience with SAS and Medidata Rave\n- Good English",
    numbers=("2024.10-2025.01",),
    keywords=("adam", "medidata rave"),
)
add(
    "g40",
    "bio",
    """
蔺子衿
电话：13900006401  邮箱：zijin.lin@example.com
专业技能
Western Blot、免疫荧光、Image J、GraphPad
实验室经历
2023.03-2024.12 南陵大学医学院 神经生物学实验室
小鼠行为学实验 300 余次，建立抑郁模型 2 种
""",
    sections=("education",),
)

# ---------------------------------------------------------------- ai
add(
    "g41",
    "ai",
    """
姓名：司马行
手机：13900006411
邮箱：xing.sima@example.com
教育背景
2022.09-2025.06 天衢大学 人工智能 硕士
实习经历
2024.06-2024.09 深言智能 大模型算法实习生
用 LoRA 做大模型微调，客服问答准确率从 71% 提升到 86%
项目经历
2023.10-2024.05 检索增强问答系统
召回率 Recall@5 达到 0.88
专业技能
Python、PyTorch、Transformers、LoRA、FAISS
""",
    "大模型算法工程师\n职位要求：\n1. 熟悉 PyTorch、Transformers；\n2. 有大模型微调（LoRA、RLHF）经验；\n3. 熟悉向量数据库（Milvus、FAISS 等）。",
    keywords=("rlhf", "向量数据库", "milvus"),
)
add(
    "g42",
    "ai",
    """
朱青崖 | 13900006421 | qingya.zhu@example.com
求职意向：计算机视觉算法
教育：2021.09-2025.06 昭明大学 计算机科学与技术 本科
项目：2024.02-2024.06 工业缺陷检测（课程项目），负责 YOLOv8 模型训练，mAP 提升明显
实习：2024.07-2024.12 视界科技 CV 实习生，标注数据并协助训练模型
技能：Python、PyTorch、OpenCV
""",
    numbers=("2024.02-2024.06", "2024.07-2024.12"),
    weak=("协助", "负责"),
)
add(
    "g43",
    "ai",
    """
韦知远
13900006431  zhiyuan.wei@example.com
教育背景
2019.09-2023.06 南岬大学 数学与应用数学（师范） 本科
2023.09-2026.06 南岬大学 计算数学 硕士
科研经历
2023.11-2025.06 图神经网络分子性质预测
在 QM9 上 MAE 降低 12%
2025.02-2025.05 强化学习组合优化
训练策略网络求解 TSP
专业技能
Python、PyTorch、DGL、LaTeX
""",
    "AI for Science 算法研究员\nRequirements:\n- Experience with PyTorch and PyG or DGL\n- Publications are a plus",
    numbers=("2025.02-2025.05",),
    keywords=("pyg",),
)
add(
    "g44",
    "ai",
    """
岳临风
电话：13900006441  邮箱：linfeng.yue@example.com
教育背景
2022.09-2026.06 汀州大学 智能科学与技术 本科
创业与学生工作
2024.03-2025.02 “识途”校园导航小程序 联合创始人
累计用户 4200 人，获校级创业基金 2 万元
2023.09-2024.06 学院学生会 科技部部长
组织 AI 讲座 6 场，每场参与人数约 150 人
专业技能
Python、微信小程序、PaddleOCR
""",
)
add(
    "g45",
    "ai",
    """
姓名：秦墨白  性别：男  民族：汉族  政治面貌：中共党员
身份证：3201**********1234
电话：13900006451  邮箱：mobai.qin@example.com
教育背景
2020.09-2024.06 金陵工程学院 数据科学与大数据技术 本科
实习经历
2023.07-2023.10 语联智能 NLP 实习生
清洗语料 80 万条，意图识别 F1 提升 5 个点
专业技能
Python、PyTorch、jieba、BERT
""",
    "NLP 算法工程师（校招）\n任职要求：熟悉 BERT、Transformers；有 NER 或文本分类经验。",
    personal=("ethnicity", "id_number"),
    keywords=("transformers", "ner", "文本分类"),
)
add(
    "g46",
    "ai",
    """
黎一诺
13900006461
yinuo.li@example.com
教育背景
2020.09-2024.06 海岱大学 软件工程 本科
实习经历
2023.07-2023.10 明途科技 算法实习生
优化推荐召回，点击率提升 8%
2023.10-2024.01 明途科技 算法实习生（转岗）
实现 DeepFM 排序模型，AUC 提升 0.015
专业技能
Python、TensorFlow、Spark、Hive
""",
    "推荐算法工程师\n任职要求：\n1. 熟悉 TensorFlow 或 PyTorch；\n2. 熟悉 Spark、Hive；\n3. 熟悉 Flink 优先。",
    keywords=("pytorch", "flink"),
)
add(
    "g47",
    "ai",
    """
单若愚 13900006471 ruoyu.shan@example.com
项目经历
2024.04-2024.10 多模态情感识别（校企合作项目）
融合语音与文本，准确率达到 78.4%
2025.01-2025.06 语音唤醒词检测
误唤醒率降到每小时 0.2 次
专业技能
Python、PyTorch、Kaldi、librosa
""",
    "语音算法工程师\n要求：熟悉 Kaldi 或 WeNet，会用 PyTorch。",
    sections=("education",),
    keywords=("wenet",),
)
add(
    "g48",
    "ai",
    """
祁青野
电话：13900006481  邮箱：qingye.qi@example.com
教育背景
2018.09-2022.06 玉衡大学 自动化 本科
2022.09-2025.06 玉衡大学 模式识别与智能系统 硕士
实习经历
2021.07-2021.09 恒图科技 图像算法实习生
标注数据集 1 万张
2024.05-2024.09 寰宇自动驾驶 感知算法实习生
BEV 检测 mAP 提升 3.1 个点
项目经历
2022.10-2024.04 夜间行人检测
漏检率降低 27%
2023.03-2023.12 激光雷达点云分割
mIoU 达到 71.2
2023.06-2023.09 车道线检测（合作项目）
推理时延从 45ms 降到 18ms
论文
IEEE TITS 一作 1 篇，ICRA 二作 1 篇
竞赛
2023 全国研究生人工智能创新大赛 一等奖
专业技能
Python、PyTorch、TensorRT、CUDA、ROS、OpenCV、MMDetection
语言能力
英语 CET-6 582，雅思 7.0
自我评价
对自动驾驶感知方向有浓厚兴趣，善于沟通，能承受压力
""",
    pages=2,
    length=("too_long",),
)

# ---------------------------------------------------------------- data
add(
    "g49",
    "data",
    """
姓名：段清扬
手机：13900006491
邮箱：qingyang.duan@example.com
教育背景
2021.09-2025.06 星洲财经大学 统计学 本科
实习经历
2024.07-2024.10 鲸落电商 数据分析实习生
搭建周报看板 5 个，报表制作时间从 3 小时降到 20 分钟
专业技能
SQL、Python、Tableau、Excel
""",
    "数据分析师 📊（A 轮初创，弹性上班 ☕）\n你需要：\n👉 熟悉 SQL、Python\n👉 会用 Tableau 或 Power BI\n👉 有 A/B 测试经验更好",
    keywords=("power bi", "a/b 测试"),
)
add(
    "g50",
    "data",
    """
个人信息
姓名：廖星  年龄：23  生源地：湖南衡阳
电话：13900006501
邮箱：xing.liao@example.com
教育背景
2020年9月-2024年6月 衡岳大学 信息与计算科学 本科
实习经历
2023年7月-2023年9月 潇湘银行 数据分析实习生
协助完成信用卡客户分层
专业技能
SQL、SAS、Excel
""",
    numbers=("2023.07-2023.09",),
    weak=("协助",),
    personal=("native_place",),
)
add(
    "g51",
    "data",
    """
聂长歌
13900006511 / changge.nie@example.com
教育背景
2022.09-2026.06 临川财经学院 经济统计学 本科
实习经历
2025.01-2025.04 知远咨询 商业分析实习生
输出行业研究报告 4 份
2025.03-2025.06 易达物流 数据运营实习生
清洗运单数据 200 万行，异常件识别率提升 15%
专业技能
Excel、SQL、Power BI
""",
    "商业数据分析师（校园招聘会）\n要求：熟练使用 Excel、SQL，会用 Python。",
    dates=("overlap:2025.01-2025.04|2025.03-2025.06",),
    keywords=("python",),
)
add(
    "g52",
    "data",
    """
郜安然
电话：13900006521  邮箱：anran.gao@example.com
教育背景
2021.09-2025.06 西泠大学 数据科学与大数据技术 本科
参赛与实践
2023.03-2023.05 全国大学生统计建模大赛 队员
构建城市通勤预测模型，获省级一等奖
2024.07-2024.08 “数说乡村”暑期社会实践
收集问卷 520 份，撰写调研报告 1 份
专业技能
Python、R、SQL、SPSS
""",
    numbers=("2023.03-2023.05",),
)
add(
    "g53",
    "data",
    """
于思齐  13900006531  siqi.yu@example.com
教育背景  2019.09-2023.06  汉水大学  市场营销  本科
工作经历  2023.07-2025.06  百川零售  数据运营专员
日报自动化后每周节省 6 小时
""",
    "Data Analyst (Retail)\nRequirements:\n- Strong SQL skills\n- Experience with Python (pandas)\n- Dashboarding in Tableau",
    sections=("skills",),
    keywords=("sql", "python", "pandas", "tableau"),
)
add(
    "g54",
    "data",
    """
邬晴
手机：13900006541
邮箱：qing.wu@example.com
教育背景
2021.09-2025.06 明湖大学 计算机科学与技术 本科
实习经历
2024.07-2024.09 千帆数据 数据开发实习生
开发 Hive 离线任务 25 个，任务失败率从 8% 降到 1%
2024.9-2024.12 千帆数据 数据仓库实习生
完成数仓分层设计
专业技能
Hive、Spark、SQL、Airflow
""",
    numbers=("2024.09-2024.12",),
    dates=("format",),
)
add(
    "g55",
    "data",
    """
柴晓光
13900006551
xiaoguang.chai@example.com
教育背景
2020.09-2024.06 淮南师范学院 数学与应用数学（师范） 本科
工作经历
2024.07-2025.06 淮南某中学 数学教师
所带班级高考数学平均分 118 分
项目经历
2025.03-2025.06 教育数据分析（自学项目）
用 Python 分析 3 届学生成绩数据，找出薄弱知识点 5 个
专业技能
Python、SQL、Excel
""",
    "数据分析专员（教育行业）\n岗位要求：\n1. 熟悉 SQL，会用 Python；\n2. 熟练使用 Excel 数据透视表；\n3. 有教育行业经验优先。",
)
add(
    "g56",
    "data",
    """
Aditya Rao 饶明
Email: aditya.rao@example.com
教育背景 Education
2020.09-2024.06 澜海大学 经济学（国际学生） 本科
实习经历 Internship
2023.07-2023.09 汇亚咨询 研究助理
Built a Python script that cut weekly data cleaning from 5 hours to 40 minutes
技能 Skills
Python, Stata, Excel, Chinese HSK5
""",
    contact=("phone",),
)

# ---------------------------------------------------------------- manufacturing
add(
    "g57",
    "manufacturing",
    """
姓名：骆铁成
手机：13900006571
邮箱：tiecheng.luo@example.com
教育背景
2021.09-2024.06 鞍钢技师学院 数控技术 高职
实习经历
2023.07-2024.01 鞍铸精密机械 数控操作实习生
编写 FANUC 加工程序 30 余个，零件合格率从 92% 提升到 99%
专业技能
FANUC、UG NX、AutoCAD
""",
    "中国某装备集团有限公司 2025 届校园招聘公告\n岗位：数控工艺员\n要求：熟悉 FANUC、西门子系统，会用 UG NX、Mastercam 编程。",
    keywords=("西门子", "mastercam"),
)
add(
    "g58",
    "manufacturing",
    """
石越 13900006581 yue.shi@example.com 机械设计制造及其自动化 本科 2020.09-2024.06 黎原大学 2023.07-2023.09 黎原重工 工艺实习生 负责焊接工艺卡编写，了解点焊工艺 技能 SolidWorks、AutoCAD、CATIA V5
""",
    numbers=("2023.07-2023.09",),
    weak=("了解", "负责"),
)
add(
    "g59",
    "manufacturing",
    """
盛佳禾
13900006591 | jiahe.sheng@example.com
教育背景
2020.09-2024.06 陇西理工大学 机械工程 本科
毕业设计与课外科创
2023.10-2024.05 毕业设计：六自由度码垛机械臂
负载 10kg，重复定位精度 ±0.1mm
2022.03-2022.11 全国大学生机械创新设计大赛
设计折叠助行器，获国家级二等奖
专业技能
SolidWorks、ANSYS、MATLAB
""",
    "机械设计工程师（某央企研究院 2025 年公开招聘）\n资格条件：熟练使用 SolidWorks 或 Creo；会用 ANSYS 进行强度校核。",
    numbers=("2022.03-2022.11",),
    keywords=("creo",),
)
add(
    "g60",
    "manufacturing",
    """
闫一舟
电话：13900006601  邮箱：yizhou.yan@example.com
教育背景
2021.09-2025.06 锦屏大学 工业工程 本科
学生工作与支教
2023.09-2024.06 校团委 实践部副部长
统筹 14 支暑期实践团队，覆盖 210 名学生
2024.07-2024.08 锦屏大学研究生支教团（短期） 数学课教师
支教 1 个月，所带班级期末及格率提高 20%
专业技能
Minitab、Visio、Excel
""",
)
add(
    "g61",
    "manufacturing",
    """
姓名：卢宏远
电话：13900006611  邮箱：hongyuan.lu@example.com
籍  贯：江西赣州
教育背景
2020.09-2024.06 赣江大学 材料成型及控制工程 本科
工作经历
2024.07-2025.06 赣鑫模具 注塑工艺员
调试模具 46 套，试模周期从 5 天缩短到 3 天
专业技能
注塑工艺调试、Moldflow 模流分析、UG NX、AutoCAD
""",
    "注塑工艺工程师\n任职要求：\n1. 熟悉注塑工艺；\n2. 会用 Moldflow 模流分析；\n3. 了解 DOE、SPC。",
    personal=("native_place",),
    keywords=("doe", "spc"),
)
add(
    "g62",
    "manufacturing",
    """
车知微
13900006621  zhiwei.che@example.com
教育背景
2022.09-2025.06 沅江职业技术学院 工业机器人技术 高职
2025.09-2027.06 沅江理工学院 智能制造工程 本科（专升本）
校园经历
2023.09-2024.06 机器人协会 会长
带领 25 名会员备赛，获省赛第三名
2024.03-2024.07 学院实训中心 学生助理
整理设备点检表
专业技能
ABB RobotStudio、西门子 S7-1200 PLC、TIA Portal
""",
    numbers=("2024.03-2024.07",),
)
add(
    "g63",
    "manufacturing",
    """
姓名：严敬之
电话：13900006631
教育背景
2019.09-2023.06 瀚海大学 车辆工程 本科
实习经历
2022.07-2022.09 瀚海汽车 质量实习生
参与 8D 报告编写，配合供应商整改
工作经历
2023.07-2025.06 华辰汽车零部件 质量工程师
推动 PPAP 审核 18 项，客诉率降低 35%
专业技能
Minitab、AutoCAD、IATF 16949
""",
    "Supplier Quality Engineer\nRequirements:\n- Familiar with IATF 16949, PPAP and APQP\n- Knowledge of 8D and FMEA\n- Good English",
    contact=("email",),
    numbers=("2022.07-2022.09",),
    weak=("参与", "配合"),
    keywords=("apqp", "fmea"),
)
add(
    "g64",
    "manufacturing",
    """
邹听松
电话：13900006641  邮箱：tingsong.zou@example.com
教育背景
2020.09-2024.06 烟台工学院 机械电子工程 本科
专业技能
SolidWorks、PLC、AutoCAD、EPLAN
证书
CET-4、AutoCAD 中级绘图员
""",
    "电气设计工程师\n要求：熟悉 EPLAN、AutoCAD，会用 TIA Portal。",
    sections=("experience",),
    keywords=("tia portal",),
)


def main() -> None:
    out = Path(__file__).with_name("resumes_blind6.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
