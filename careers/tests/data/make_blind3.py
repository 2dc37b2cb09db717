# ruff: noqa: E501
"""Third blind labelled set of synthetic Chinese resumes for the resume-diagnosis benchmark.

Written by hand on 2026-12-06 by a helper session (branch ``blind3``), labelling as a careful
career adviser would against the table "check | what fires it" in docs/careers.md (lines 1-79).

What was read: docs/careers.md lines 1-79 only; the JSON format and the spelling conventions of the
expected values in careers/tests/data/resumes_blind2.jsonl (a handful of items, and the distinct
label values of that file: "too_long", "education"/"experience"/"skills", "phone"/"email",
"id_number"/"marital"/"ethnicity"/"native_place"/"photo", "format", "reversed:A-B",
"overlap:A|B", date ranges written "YYYY.MM-YYYY.MM" or "YYYY.MM-至今", weak verbs sorted, missing
posting skills lower-cased for Latin names and in the posting's order).
What was NOT read: any Python under careers/ other than this file (no diagnosis.py, lexicon.py,
feedback.py, texts.py), careers/tests/*.py, bench/resume_quality.py, make_blind.py,
make_blind2.py, make_resumes.py, the "after tuning" paragraphs of docs/careers.md. Neither the
diagnosis, the benchmark, jieba nor any careers test was run while writing these labels.

Every person, school, company and address is invented; phones are 1390000xxxx, e-mails
@example.com. Run ``python careers/tests/data/make_blind3.py`` to write resumes_blind3.jsonl.

Conventions and the cases where the table leaves room, decided as an adviser would:

* Dates in labels are normalised to ``YYYY.MM``; "23.09" is 2023.09; an open end written 至今,
  至 今, 现在 or Present is labelled ``至今``. An overlap lists the earlier-starting internship first.
* Mixed formats ("format"): dots vs slashes vs hyphens vs 年月, two-digit vs four-digit years
  (d18), and padded vs unpadded months in one resume ("2021.09" next to "2024.7", d56) are mixed.
  The range separator (-, —, –, ～, 至) is not a date format and is never labelled.
* An end before its start is labelled in any dated entry, education included (d53).
* Overlap only between two internships/jobs; a part-time job that runs on (至今) overlaps a later
  internship (d17, d43). Touching months (…-2024.06 then 2024.06-…) do not overlap (d15, d53).
* numbers: entries are the dated internship, project, research, competition and campus entries;
  education and single-dated award lines are not entries. Not results: a process node or
  equipment size in a name ("65nm CMOS", "5L 发酵罐", d10, d37), model sizes, GPU counts and
  training time ("124M-parameter", "2 A100 GPUs", "3 days", d48), versions, model numbers and
  course codes ("Python 3.11", "S7-1200", "MT-204", "V6"). Counted: an Arabic count of output
  ("编写 3 份测试报告", d11; "培训 16 期", d19) as the table says, a measured performance
  ("续航 85 分钟"), "第三名", fractions in words ("近三分之一", "百分之十五", d40).
  A competition entry is a project (d46). A reversed entry keeps its dates as written (d07).
  Chinese numerals under ten with a classifier ("三名同学" d03, "三个通道" d19, "一次成功" d59)
  and vague words ("大幅提升", "显著降低" d62) are not quantities, as the table says.
* weak_verbs: only in experience (internship, project, research, campus) and skills sections; a
  weak verb in 自我评价 is not labelled (d02, d19, d31). Used as a verb it counts even where a
  noun could be glued to it: "负责人脸识别模块" (d41), "负责人员排班" (d24), "了解到" (d61).
  Not counted: 负责人 (title), 认真负责, 参与人数, 参与度, 配合度, 帮助文档, 配合物 (chemistry),
  为了解决 / 为了解释 (为了 + 解决). 帮忙, 跟随, 学习 are not in the list and are not labelled.
* contact: a QQ number is not a mobile (d20); "微信同号" is not an e-mail (d12).
* personal: 民族 / an unlabelled "汉族" (d09), 婚姻 / 婚育 / an unlabelled "未婚" (d09), 籍贯 /
  户籍 / 户口 / 生源地 / 出生地, an ID number (18 digits or a 身份证 label with a masked
  number, d13) and a photo. Not labelled (not in the table): 性别, 年龄, 出生年月, 身高, 政治面貌.
* keywords: two postings are fully met (d42, d58: no finding). Postings avoid "A 或 B" and
  "至少一种" alternatives (the table does not say whether an unmet alternative is missing). Spelling follows the posting. The table's own rule is applied
  where it is explicit: ArcGIS, QGIS, PostGIS do not name GIS (d55). A licence named in Latin
  letters (CAAC, d23) and tester models (V93000, J750, d15) are named skills. In English postings
  only tool and technique names are skills, not English prose. "有零售或快消行业经验" names an
  industry, not a skill (d53). "像控测量" is mentioned by "像控点测量" (its words on one line, d17).
  An adviser would still flag a synonym the ATS will not match: DoE vs 响应面设计 (d37),
  PostgreSQL vs PostGIS (d55). "Linux 常用命令" is met by "Linux" (d03). Words of a job title
  or a required major are not skills ("数字 IC 设计工程师" d13, "工业工程师（IE）" d61,
  "化工、能源相关专业" d29), nor is a kind word after 等 even when Latin ("Power BI、Tableau 等
  BI 工具", d49: "bi" is not labelled).
* length: a given page count decides (pages=2 is too long); for text without pages, the long
  resumes are far over 48 estimated lines and the others far under.
"""

import json
from pathlib import Path

ROWS: list[dict] = []
CHECKS = ("sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords")


def add(rid, field, text, posting="", pages=None, photo=False, **expected):
    unknown = set(expected) - set(CHECKS)
    assert not unknown, unknown
    exp = {check: list(expected.get(check, [])) for check in CHECKS}
    exp["weak_verbs"] = sorted(set(exp["weak_verbs"]))
    ROWS.append(
        {
            "id": rid,
            "field": field,
            "text": text.strip("\n"),
            "posting": posting.strip("\n"),
            "pages": pages,
            "photo": photo,
            "expected": exp,
        }
    )


# ---------------------------------------------------------------- software

add(
    "d01",
    "software",
    """
韩予舟
手机：139 0000 3011 | 邮箱：yuzhou.han@example.com
求职意向：Go 后端开发

【教育背景】
2022.09-2026.06  湄川大学  软件工程  本科

【实习经历】
2025.06-2025.09  栖云网络科技有限公司  后端开发实习生
· 用 Go 重写短链服务，QPS 从 1200 提升到 4500
· 为 gRPC 接口补充 60 个单元测试
2024.12-2025.02  北屿软件有限公司  测试开发实习生
· 负责接口自动化测试脚本的编写
· 使用 Postman 和 Python 3.11 完成回归测试

【项目经历】
2024.03-2024.06  分布式键值存储（课程设计）
· 基于 Raft 实现 3 节点集群，故障切换时间控制在 2 秒以内

【技能】
Go、Python、MySQL、Redis、Docker、Linux
""",
    posting="""
后端开发工程师（Go 方向）
任职要求：
• 熟悉 Go，熟悉 MySQL、Redis；
• 熟悉 gRPC、Kafka 等分布式通信组件；
• 有 Kubernetes 使用经验者优先；
• 良好的沟通能力。
""",
    numbers=["2024.12-2025.02"],
    weak_verbs=["负责"],
    keywords=["kafka", "kubernetes"],
)

add(
    "d02",
    "software",
    """
# 苏沐阳
> 📱 13900003021 · ✉ muyang.su@example.com · GitHub: github.com/muyang-demo

## 教育背景
2023.09 - Present  澜山大学  计算机技术  硕士
2019.09 - 2023.06  澜山大学  软件工程  本科

## 实习经历
2025.07 - Present  拾光科技有限公司  前端开发实习生
- 为了解决长列表卡顿，引入虚拟滚动，渲染节点数减少 90%
- 将组件库从 Vue 2 迁移到 Vue 3，打包体积从 2.4MB 降到 1.1MB

## 项目经历
2024.03 - 2024.08  实验室设备预约小程序
- 使用 uni-app 开发，服务全院 300 余名师生

## 专业技能
- TypeScript、Vue 3、React、Vite、Node.js
- 熟悉 Webpack 构建优化

## 自我评价
性格开朗，工作认真负责，乐于帮助同学解决问题。
""",
)

add(
    "d03",
    "software",
    """
姓名：叶知秋
电话：139-0000-3031
邮箱：zhiqiu.ye@example.com

一、教育背景
2021年9月-2025年6月  青禾理工学院  计算机科学与技术  本科

二、实习经历
2024年6月-2024年9月  云岫信息技术有限公司  Java 开发实习生
1. 开发库存预警模块，日均处理 5 万条库存变动消息
2. 配合测试修复缺陷
2024年8月-2024年11月  澄波科技有限公司  运维开发实习生
1. 编写 Ansible 剧本，部署时间从 40 分钟缩短到 8 分钟

三、项目经历
2023年10月-2024年1月  校园失物招领平台  项目负责人
1. 担任项目负责人，带领三名同学完成需求分析与开发
2. 使用 Spring Boot 与 MySQL 搭建后台

四、专业技能
Java、Spring Boot、MySQL、Linux、Ansible、Shell
""",
    posting="""
Java 开发工程师（校招）：负责供应链系统的服务端开发。要求计算机相关专业本科及以上学历，熟悉 Java、Spring Boot 和 MySQL，掌握 Linux 常用命令，了解 Redis、Elasticsearch 者优先，有良好的团队协作精神。
""",
    numbers=["2023.10-2024.01"],
    weak_verbs=["配合"],
    dates=["overlap:2024.06-2024.09|2024.08-2024.11"],
    keywords=["redis", "elasticsearch"],
)

add(
    "d04",
    "software",
    """
LIU QINGHE 刘清和
Mobile: +86 139 0000 3041   Email: qinghe.liu@example.com

EDUCATION
2022.09 - 2026.06   Xiling University 西岭大学   Software Engineering   B.Eng.

INTERNSHIP
2025.03 - 2025.06   Dawnbit Technology 晨比科技   QA Intern
- Built 120 automated UI test cases with Playwright; regression time cut from 3 hours to 25 minutes
2025.06 - 2025.09   Moonriver Software 月川软件   Backend Intern
- 协助导师维护订单服务的日志系统
- 了解微服务的基本架构

CAMPUS EXPERIENCE
2023.09 - 2024.06   Computer Society 计算机协会   Vice President
- 组织 6 场技术分享会，累计参与人数 400 余人

SKILLS
Java, Python, Playwright, Git, MySQL
""",
    numbers=["2025.06-2025.09"],
    weak_verbs=["协助", "了解"],
)

add(
    "d05",
    "software",
    """
| 姓名 | 程一帆 | 电话 | 13900003051 |
| 邮箱 | yifan.cheng@example.com | 出生年月 | 2003.02 |
| 籍贯 | 湖南岳阳 | 政治面貌 | 共青团员 |

教育背景：
| 2021.09-2025.06 | 东湖大学 | 计算机科学与技术 | 本科 |

实习经历：
| 2024.07-2024.10 | 星枢云计算有限公司 | SRE 实习生 |
- 搭建 Prometheus + Grafana 监控，告警平均响应时间缩短 45%
- 编写日常巡检脚本
| 2025.01-2025.03 | 零一数智科技有限公司 | 后端实习生 |
- 参与支付对账服务的开发
- 接触过 Kafka 消息队列

项目经历：
| 2023.09-2023.12 | 基于 Docker 的在线判题系统 | 课程项目 |
- 支持 C++17、Java 17、Python 3 三种语言的代码评测
- 单机并发评测能力达到 200 个任务/分钟

技能：Go、Python、Docker、Kubernetes、Prometheus、Linux
""",
    posting="""
岗位：SRE 工程师
要求：
1）熟悉 Linux、Docker、Kubernetes；
2）熟悉 Prometheus、Grafana 等监控工具；
3）掌握 Go、Python；
4）有 Ansible、Terraform 等自动化运维经验者优先。
""",
    pages=2,
    length=["too_long"],
    numbers=["2025.01-2025.03"],
    weak_verbs=["参与", "接触过"],
    personal=["native_place"],
    keywords=["ansible", "terraform"],
)

add(
    "d06",
    "software",
    """
孟书白
手机 13900003061  邮箱 shubai.meng@example.com

◆ 教育经历
2022.09—2025.06  南泽职业技术学院  软件技术  大专

◆ 实习经历
2024.11—2025.04  迅驰软件外包有限公司  测试实习生
· 执行功能测试用例 1,800 余条，提交有效缺陷 96 个
· 编写测试报告

◆ 项目经历
2024.03—2024.06  仓库管理系统（毕业设计）
· 实现入库、出库、盘点 3 个模块，答辩成绩 92 分
""",
    sections=["skills"],
)

add(
    "d07",
    "software",
    """
邓启航
Tel：139 0000 3071　Email：qihang.deng@example.com

教育背景 Education
2020.09-2024.06　北溟大学　网络工程　本科
2024.09-2027.06　北溟大学　计算机技术　硕士

实习经历 Internship
2025.09-2025.06　墨川科技有限公司　后端开发实习生
· 负责任务调度模块的重构
· 编写帮助文档与接口说明
2026.01-至今　知遥网络有限公司　平台开发实习生
· 将定时任务失败率从 3.2% 降到 0.4%

项目经历 Projects
2024.10-2025.04　基于 eBPF 的网络流量分析工具（实验室项目）
· 支持 4 种协议解析，单核处理能力达 80 万包/秒

专业技能 Skills
C、Go、Linux、eBPF、MySQL、Redis
""",
    posting="""
Backend Engineer (New Grad)
Requirements:
- Solid knowledge of Go, Linux and TCP/IP networking
- Experience with MySQL, Redis
- Familiarity with Kubernetes and eBPF is a plus
""",
    numbers=["2025.09-2025.06"],
    weak_verbs=["负责"],
    dates=["reversed:2025.09-2025.06"],
    keywords=["tcp/ip", "kubernetes"],
)

add(
    "d08",
    "software",
    """
罗安然
139 0000 3081 / anran.luo@example.com

教育背景
21.09 - 25.06  临江大学  软件工程  本科

实习经历
24.07 - 24.09  山海互娱科技有限公司  客户端开发实习生
- 优化 Unity 场景加载，首帧时间缩短 1.2 秒
- 修复 37 个线上崩溃问题，崩溃率降至 0.05%

项目经历
23.09 - 24.01  多人联机桌游（课程项目）
- 支持 4-8 人同时在线，完成 15 轮用户测试

技能
C#、Unity、Lua、Git
""",
)

# ---------------------------------------------------------------- ic

add(
    "d09",
    "ic",
    """
乔星野  男 | 汉族 | 未婚 | 中共党员
手机：13900003091  邮箱：xingye.qiao@example.com

■ 教育背景
2022.09-2025.03  玉衡大学  微电子学与固体电子学  硕士

■ 实习经历
2024.06-2024.09  芯原动力科技有限公司  数字 IC 验证实习生
▪ 基于 UVM 搭建 AXI 总线验证环境，编写 28 个测试用例，功能覆盖率 100%
2024.10-2024.12  北辰芯科有限公司  DFT 实习生
▪ 协助完成 MBIST 插入
▪ 学习 Tessent 工具流程

■ 项目经历
2023.03-2023.12  RISC-V 五级流水线处理器设计
▪ 在 FPGA 上运行 CoreMark，得分 2.1 CoreMark/MHz

■ 技能
Verilog、SystemVerilog、UVM、Python、Tcl
""",
    posting="""
数字验证工程师
1、熟悉 SystemVerilog 与 UVM 验证方法学；
2、熟悉 VCS、Verdi 等仿真调试工具；
3、熟悉 AXI、AHB 等总线协议；
4、掌握 Python 脚本。
""",
    photo=True,
    numbers=["2024.10-2024.12"],
    weak_verbs=["协助"],
    personal=["ethnicity", "marital", "photo"],
    keywords=["vcs", "verdi", "ahb"],
)

add(
    "d10",
    "ic",
    """
沈清越
手机：139-0000-3101
邮箱：qingyue.shen@example.com

一、教育背景
2023.09-2026.06  东临科技大学  集成电路工程  硕士

二、科研经历
2024.01-2025.06  基于 65nm CMOS 工艺的低压差线性稳压器设计（导师课题）
- 负责带隙基准电路的设计与仿真
- 使用 Cadence Virtuoso 完成版图

三、实习经历
2025.07-2025.10  晶澜模拟半导体有限公司  模拟 IC 设计实习生
- 设计 12bit 逐次逼近 ADC 的比较器，失调电压降至 0.8mV
- 完成 5 个工艺角的后仿验证

四、技能
Cadence Virtuoso、Spectre、Calibre、MATLAB
""",
    numbers=["2024.01-2025.06"],
    weak_verbs=["负责"],
)

add(
    "d11",
    "ic",
    """
陆安之
电话 13900003111 | 邮箱 anzhi.lu@example.com
______________________________
教育背景
______________________________
2021年9月-2025年6月  西岚电子科技大学  电子科学与技术  本科

实习经历
______________________________
2024.07-2024.09  矽望微电子有限公司  版图设计实习生
- 完成 LDO 模块版图，面积比初版减少 18%
2024年10月-2025年1月  海芯测试技术有限公司  测试工程师实习生
- 配合完成 ATE 测试程序调试
- 编写 3 份测试报告

项目经历
______________________________
2023年9月-2023年12月  基于 FPGA 的数字频率计（课程设计）
- 测量范围 1Hz-50MHz，误差小于 0.1%

技能
Virtuoso、Calibre、Verilog、LabVIEW
""",
    posting="""
模拟版图工程师
任职要求：
· 微电子相关专业本科及以上；
· 熟练使用 Virtuoso、Calibre 等版图工具；
· 了解 DRC、LVS 验证流程；
· 有 FinFET 工艺版图经验者优先。
""",
    weak_verbs=["配合"],
    dates=["format"],
    keywords=["drc", "lvs", "finfet"],
)

add(
    "d12",
    "ic",
    """
杜明远　手机：13900003121　微信同号

教育背景：2022.09-2025.06　南岭大学　电子信息工程　本科

实习经历：2024.07-2024.10　锐思半导体有限公司　FAE 实习生
  · 为 20 余家客户提供 MCU 选型与调试支持，问题平均闭环时间从 5 天缩短到 2 天

项目经历：2023.11-2024.05　基于 STM32F407 的智能门锁（毕业设计）
  · 指纹识别响应时间 0.6 秒，误识率低于 0.1%

技能：C、STM32、Keil、Altium Designer
""",
    contact=["email"],
)

add(
    "d13",
    "ic",
    """
姓名：钟屿
身份证：3301**********2415
手机：13900003131　邮箱：yu.zhong@example.com

【教育经历】
2019.09-2023.06　钱江大学　电子科学与技术　本科
2023.09-2026.06　钱江大学　集成电路科学与工程　硕士

【实习经历】
2025.05-2025.08　澜芯科技有限公司　数字前端设计实习生
· 负责 I2C 从机模块的 RTL 设计
· 使用 Spyglass 完成 Lint 与 CDC 检查，清理告警 140 余条
2025.09-2025.12　汇微电子有限公司　综合与 STA 实习生
· 使用 PrimeTime 分析时序，修复 setup 违例 23 条
· 编写 Tcl 脚本自动生成时序报告

【项目经历】
2024.03-2024.12　面向 AI 加速的脉动阵列设计（实验室项目）
· 设计 8x8 脉动阵列，在 28nm 工艺下主频达到 800MHz

【技能】
Verilog、SystemVerilog、Tcl、Spyglass、Design Compiler、PrimeTime
""",
    posting="""
数字 IC 设计工程师（2026 届）
【岗位要求】
① 熟悉 Verilog、SystemVerilog；
② 熟悉 Design Compiler、PrimeTime 等综合与时序工具；
③ 熟悉低功耗设计、UPF 者优先；
④ 掌握 Tcl 脚本。
""",
    pages=2,
    length=["too_long"],
    weak_verbs=["负责"],
    personal=["id_number"],
    keywords=["低功耗设计", "upf"],
)

add(
    "d14",
    "ic",
    """
RESUME · 简历
Name: 白若川
Phone: 13900003141
E-mail: ruochuan.bai@example.com

[ Education ]
2022.09 - 2026.06  Hengsha University of Technology  Microelectronics  Bachelor

[ Awards ]
2024.11  全国大学生集成电路创新创业大赛  华东赛区二等奖
2023.12  校级一等奖学金

[ Skills ]
Verilog, ModelSim, Quartus, C
CET-6 (560)
""",
    sections=["experience"],
)

add(
    "d15",
    "ic",
    """
### 个人信息
姓名：汪以晴
手机：139 0000 3151
邮箱：yiqing.wang@example.com
籍贯：四川绵阳

### 教育背景
2021年9月 - 2025年6月　锦城理工大学　集成电路设计与集成系统　本科

### 实习经历
2024年3月 - 2024年6月　蜀芯微电子有限公司　验证实习生
- 搭建 SPI 模块 UVM 验证平台，发现 RTL 缺陷 9 个
2024年6月 - 2024年9月　天府芯测科技有限公司　测试实习生
- 完成 ATE 测试程序移植，单颗芯片测试时间从 3.2 秒降到 1.9 秒

### 项目经历
2023年10月 - 2024年1月　基于 Verilog 的 UART 控制器
- 完成收发模块设计与仿真

### 专业技能
- SystemVerilog、UVM、Verilog、Python
- 了解 Formality 形式验证
""",
    posting="""
芯片测试工程师 | 要求：熟悉 ATE 测试机（如 V93000、J750）；熟悉 Python；了解 DFT 原理；有 LabVIEW 经验者优先。
""",
    numbers=["2023.10-2024.01"],
    weak_verbs=["了解"],
    personal=["native_place"],
    keywords=["v93000", "j750", "dft", "labview"],
)

add(
    "d16",
    "ic",
    """
姓名\t石砚秋\t性别\t女
手机\t13900003161\t邮箱\tyanqiu.shi@example.com

教育背景
2022.09-2025.06\t北江工业大学\t电子科学与技术\t硕士

实习经历
2024.07-2024.09\t华芯封测有限公司\t封装工艺实习生
\t· 优化引线键合参数，拉力测试不良率从 1.5% 降到 0.3%
2024.10-2025.01\t联晶半导体有限公司\t良率工程实习生
\t· 分析晶圆 CP 测试数据，定位 2 类主要失效模式，良率提升 2.4 个百分点

技能
JMP\tPython\tSQL\tMinitab
""",
)

# ---------------------------------------------------------------- uav

add(
    "d17",
    "uav",
    """
贺远帆
手机：13900003171 ｜ 邮箱：yuanfan.he@example.com

【教育背景】
2022/9 - 2025/6  北塬航空职业学院  无人机应用技术  大专

【实习经历】
2024/7 - 至今  云翼航拍工作室  航拍飞手（兼职）
- 累计完成 46 场商业航拍，客户复购率 60%
2024/10 - 2025/1  恒测地理信息有限公司  外业测绘实习生
- 协助像控点测量
- 负责无人机日常保养

【技能与证书】
CAAC 多旋翼视距内驾驶员执照
熟练使用 DJI Mavic 3、DJI M300、Pix4D
""",
    posting="""
招聘：测绘无人机飞手
◆ 持 CAAC 执照；
◆ 熟练操作 DJI M300、Pix4D、ContextCapture；
◆ 了解 RTK 定位原理、像控测量；
◆ 有倾斜摄影经验者优先。
""",
    numbers=["2024.10-2025.01"],
    weak_verbs=["协助", "负责"],
    dates=["overlap:2024.07-至今|2024.10-2025.01"],
    keywords=["contextcapture", "rtk", "倾斜摄影"],
)

add(
    "d18",
    "uav",
    """
田野
手机 139 0000 3181
邮箱 ye.tian@example.com

教育背景
2021.09-2025.06  西原大学  测绘工程  本科

实习经历
24.07-24.09  天眼测绘科技有限公司  航测内业实习生
· 使用 ContextCapture 处理 18 个架次的倾斜影像，生成 1:500 实景三维模型

项目经历
23.09-24.05  无人机遥感监测农田长势（大创项目）
· 采集多光谱影像，NDVI 反演精度 R² 达到 0.86

技能
ContextCapture、ArcGIS、Pix4D、Python
""",
    dates=["format"],
)

add(
    "d19",
    "uav",
    """
聂长风
手机：13900003191
邮箱：changfeng.nie@example.com
求职意向：无人机系统工程师

【教育背景】
2021.09-2025.06　北岳航空航天大学　飞行器设计与工程　本科
GPA 3.6/4.0，专业排名 8/95
主修课程：飞行力学、自动控制原理、传感器技术、嵌入式系统
其他课程：空气动力学、飞行器结构设计、航空发动机原理
选修课程：计算机视觉基础、最优化方法、数值分析
毕业论文：复合翼无人机过渡段控制律设计

【实习经历】
2024.07-2024.09　苍穹无人机科技有限公司　系统测试实习生
· 编写飞控硬件在环测试用例 85 个
· 发现并复现姿态解算缺陷 6 个，均已修复
· 将测试报告生成时间从 2 小时缩短到 20 分钟
· 参与新机型首飞前检查
2024.10-2025.01　天行航空电子有限公司　嵌入式软件实习生
· 负责 GNSS 模块驱动的移植
· 配合硬件工程师调试 CAN 总线
· 阅读 STM32H7 参考手册，熟悉外设配置
· 整理驱动接口文档

【项目经历】
2023.09-2024.06　复合翼垂直起降无人机（毕业设计）
· 负责总体设计与气动布局
· 翼展 2.4m，起飞重量 9kg
· 巡航续航达到 95 分钟，较基准方案提升 25%
· 完成 30 余次试飞
2023.03-2023.08　基于视觉的无人机精准降落（大创项目）
· 使用 AprilTag 进行位姿估计
· 降落误差从 0.8m 降到 0.15m
· 在 ROS 与 Gazebo 中完成仿真验证
2022.09-2022.12　四旋翼飞行器 PID 参数整定（课程设计）
· 建立 MATLAB/Simulink 动力学模型
· 完成俯仰、横滚、偏航三个通道的参数整定

【竞赛与获奖】
2024.05　全国大学生电子设计竞赛　省级一等奖
2023.11　中国机器人及人工智能大赛　国家级二等奖
2023.10　校级优秀学生奖学金
2023.06　校级三好学生
2022.12　校级数学建模竞赛　二等奖
2022.10　新生奖学金

【校园经历】
2022.09-2024.06　航模协会　技术部部长
· 组织航模培训 16 期，培训新成员 200 余人
· 带队参加省级航模比赛

【技能】
· 编程：C、C++、Python、MATLAB
· 工具：SolidWorks、ANSYS Fluent、XFLR5
· 飞控：PX4、ArduPilot、QGroundControl
· 了解 ROS 2 导航栈
· 英语：CET-6
· 办公：Word、Excel、PowerPoint、Visio
· 证书：CAAC 多旋翼超视距驾驶员执照
· 其他：3D 打印机操作、电烙铁焊接、示波器使用

【兴趣爱好】
航模制作、长跑、摄影

【自我评价】
热爱航空事业，动手能力强，工作认真负责，
具有良好的团队合作精神和沟通能力，
能够吃苦耐劳，适应出差与外场试飞工作。
""",
    posting="""
无人机系统工程师
职责：负责无人机飞控系统测试与集成。
要求：
1. 飞行器、自动化相关专业本科；
2. 熟悉 PX4、ArduPilot；
3. 熟悉 CAN、UART、SPI 等通信接口；
4. 了解卡尔曼滤波、组合导航；
5. 有 Linux 嵌入式开发经验者优先。
""",
    length=["too_long"],
    numbers=["2024.10-2025.01", "2022.09-2022.12"],
    weak_verbs=["参与", "负责", "配合", "了解"],
    keywords=["uart", "spi", "卡尔曼滤波", "组合导航", "linux"],
)

add(
    "d20",
    "uav",
    """
卢星河
邮箱：xinghe.lu@example.com　QQ：1000003201

教育背景
2023.09-2026.06　蓝天职业技术学院　无人机应用技术　大专

实习经历
2025.07-2025.09　翔鹭农业科技有限公司　植保实习生
- 在植保队打杂，帮忙搬运药箱
- 跟队完成 3200 亩小麦飞防作业

在校经历
2024.03-2025.06　无人机协会　技术部干事
- 配合组织校内无人机表演

技能
大疆 T50 植保机操作、DJI 农业服务平台
""",
    contact=["phone"],
    numbers=["2024.03-2025.06"],
    weak_verbs=["打杂", "配合"],
)

add(
    "d21",
    "uav",
    """
姓名：祁舟　　出生地：山东潍坊　　身高：178cm
电话：13900003211　　邮箱：zhou.qi@example.com

▍教育背景
2020.09-2024.06　齐鲁航空学院　飞行器制造工程　本科

▍实习经历
2023.07-2023.12　海鸥无人机有限公司　飞控测试实习生
› 完成 PX4 固件 1.14 版本的回归测试
› 记录飞行日志并提交问题单

▍项目经历
2022.10-2023.05　垂直起降固定翼无人机设计（毕业设计）
› 整机重量 4.5kg，续航时间 85 分钟，较初版提升 30%

▍技能
PX4、QGroundControl、SolidWorks、MATLAB/Simulink
""",
    posting="""
飞控测试工程师
职位要求
1. 熟悉 PX4 开源飞控；
2. 熟悉 MAVLink 协议；
3. 掌握 C++、Python；
4. 有 ROS 开发经验者优先。
""",
    photo=True,
    numbers=["2023.07-2023.12"],
    personal=["native_place", "photo"],
    keywords=["mavlink", "c++", "python", "ros"],
)

add(
    "d22",
    "uav",
    """
范晴川
M: 13900003221 | E: qingchuan.fan@example.com

Education | 教育背景
2023-09 至今  东岳大学  控制科学与工程  硕士
2019-09 至 2023-06  东岳大学  自动化  本科

Research | 科研经历
2023-10 至今  多无人机协同编队控制（国家重点研发计划子课题）
- 设计分布式编队算法，5 架机编队位置误差小于 0.3 m
- 论文 1 篇被 ICUAS 2025 录用

Skills | 技能
C++、ROS 2、Gazebo、MATLAB
""",
)

add(
    "d23",
    "uav",
    """
黎晚舟
手机：+86 13900003231
邮箱：wanzhou.li@example.com

教育背景
2021年9月—2025年6月　安平理工大学　遥感科学与技术　本科

实习经历
2024年12月—2025年3月　北斗星图空间信息有限公司　数据处理实习生
• 处理激光雷达点云 260 平方公里，分类精度达到 95%
2025年4月—现在　鹰隼电力巡检有限公司　巡检飞手实习生
• 使用 M350 搭载 H20T 完成输电线路巡检
• 了解红外测温的基本方法

社团经历
2022年9月—2024年6月　遥感协会　会长
• 组织无人机科普进校园活动 12 场，覆盖中小学生 1500 余人

技能
ArcGIS、LiDAR360、Terrasolid；接触过 Python 编程
""",
    posting="""
输电线路巡检员（无人机方向）
- 持有 CAAC 执照
- 熟悉大疆司空、大疆智图等软件
- 了解红外热成像、激光雷达
- 有输电线路巡检经验
""",
    numbers=["2025.04-至今"],
    weak_verbs=["了解", "接触过"],
    keywords=["caac", "大疆司空", "大疆智图", "红外热成像"],
)

add(
    "d24",
    "uav",
    """
武承泽
手机 139-0000-3241　邮箱 chengze.wu@example.com
求职意向：无人机培训助教

工作与实习经历
2024.09-2025.02　飞鸿无人机培训学校　助教
- 负责人员排班与场地安排
- 带教学员 65 人，考证通过率 92%

证书与技能
CAAC 多旋翼教员执照；DJI 行业应用认证
""",
    sections=["education"],
    weak_verbs=["负责"],
)

# ---------------------------------------------------------------- energy

add(
    "d25",
    "energy",
    """
宁致远
电话：13900003251　邮箱：zhiyuan.ning@example.com

教育背景
2022.09-2025.06　华川电力大学　电气工程及其自动化　本科

实习经历
2024.07-2024.09　南风光伏科技有限公司　光伏设计实习生
· 完成 6 个分布式屋顶光伏项目的组件排布，总装机 4.8MW
· 使用 PVsyst 模拟发电量，偏差控制在 3% 以内

项目经历
2023.09-2024.01　校园微电网能量管理（课程设计）
· 完成 200kWh 储能系统设计，峰谷电费降低 12%

技能
AutoCAD、PVsyst、MATLAB/Simulink、Python
""",
    posting="""
光伏系统设计工程师
岗位要求：
- 电气相关专业本科；
- 熟练使用 AutoCAD、PVsyst；
- 熟悉继电保护；
加分项：
- 熟悉 Helioscope；
- 有储能系统设计经验。
""",
    keywords=["继电保护", "helioscope"],
)

add(
    "d26",
    "energy",
    """
乔映雪
手机：13900003261
邮箱：yingxue.qiao@example.com
户籍：河北保定

EDUCATION 教育背景
2021.09-2025.06  北辰能源学院  新能源科学与工程  本科

INTERNSHIP 实习经历
2024.06-2024.09  恒通风电运维有限公司  运维实习生
- 参与风机年检
- 记录齿轮箱振动数据
2024.08-2024.12  绿川储能科技有限公司  电池测试实习生
- 完成 120 组电芯循环寿命测试，整理测试数据 3 万余条

PROJECTS 项目经历
2023.10-2024.04  氢燃料电池热管理仿真（大创）
- 基于 Fluent 建立电堆热模型，温差降低 2.5℃

SKILLS 技能
MATLAB、Fluent、AutoCAD；了解 PLC 编程
""",
    numbers=["2024.06-2024.09"],
    weak_verbs=["参与", "了解"],
    dates=["overlap:2024.06-2024.09|2024.08-2024.12"],
    personal=["native_place"],
)

add(
    "d27",
    "energy",
    """
曾以墨
手机号码：139 0000 3271
电子邮箱：yimo.zeng@example.com

（一）教育背景
2023年9月至2026年6月　江州大学　材料科学与工程　硕士

（二）科研经历
2023年10月至2025年12月　钠离子电池正极材料改性研究
  1）以金属配合物为前驱体合成层状氧化物，首圈库仑效率从 82% 提升到 91%
  2）为了解释容量衰减机理，完成原位 XRD 表征

（三）实习经历
2025年7月至2025年6月　宁川新能源科技有限公司　电池工艺实习生
  1）协助工程师进行涂布工艺验证
  2）帮助整理来料检验记录

（四）技能
XRD、SEM、电化学工作站、Origin
""",
    posting="""
电池材料研发工程师
任职要求：1. 材料、化学相关专业硕士；2. 熟悉 XRD、SEM、TEM 等表征手段；3. 熟悉钠离子电池正极材料；4. 有 DFT 计算经验者优先。
""",
    numbers=["2025.07-2025.06"],
    weak_verbs=["协助", "帮助"],
    dates=["reversed:2025.07-2025.06"],
    keywords=["tem", "dft"],
)

add(
    "d28",
    "energy",
    """
韦书成
13900003281　shucheng.wei@example.com

=== 教育背景 ===
2022.09-2026.06　南洋能源职业学院　风力发电工程技术　大专
主修：EE201 电路原理、EE305 电机学

=== 实习经历 ===
2025.07-2025.09　远山风电场　运维实习生
· 实习3个月，学习风机启停流程
· 两周内熟悉 SCADA 监控界面
2025.10-2026.01　北湾电力检修公司　检修实习生
· 对接三个班组，跟班完成变压器检修
· 通过入场安全考核

=== 技能 ===
电工证（低压）、CAD、SCADA
""",
    numbers=["2025.07-2025.09", "2025.10-2026.01"],
)

add(
    "d29",
    "energy",
    """
｜姓名｜马靖川｜民族｜回族｜
｜婚育｜已婚已育｜手机｜13900003291｜
｜邮箱｜jingchuan.ma@example.com｜

教育背景
2018.09-2022.06　西川石油大学　油气储运工程　本科
2022.09-2025.06　西川石油大学　能源动力　硕士

实习经历
2024.04-2024.08　中原氢能科技有限公司　制氢工艺实习生
- 优化碱性电解水制氢装置运行参数，单位制氢电耗从 4.6 kWh/Nm³ 降到 4.3 kWh/Nm³

项目经历
2022.10-2024.12　CCUS 管道输送安全评价（导师横向课题）
- 负责管道泄漏扩散模拟
- 使用 PHAST 软件建立模型

技能
Aspen Plus、PHAST、AutoCAD、Python
""",
    posting="""
氢能工艺工程师（2025 届）
职责：负责制氢装置工艺设计。
要求：
(1) 化工、能源相关专业硕士；
(2) 熟练使用 Aspen Plus、HYSYS；
(3) 熟悉 HAZOP 分析；
(4) 有电解水制氢经验者优先。
""",
    numbers=["2022.10-2024.12"],
    weak_verbs=["负责"],
    personal=["ethnicity", "marital"],
    keywords=["hysys", "hazop"],
)

add(
    "d30",
    "energy",
    """
屈朗月
手机：139 0000 3301
邮箱：langyue.qu@example.com
求职意向：储能系统工程师 / 电池管理系统工程师

教育背景
2020.09-2024.06　东川能源学院　电气工程及其自动化　本科
2024.09-2027.06　东川能源学院　电力电子与电力传动　硕士
本科 GPA 3.7/4.0，专业排名 5/130
研究方向：储能变流器控制、电池状态估计
主修课程：电力电子技术、电机学、电力系统分析、自动控制原理
硕士课程：现代电力电子变换、储能技术、最优控制
本科毕业设计：户用光储一体机能量管理（校级优秀毕业设计）

实习经历
2025.06-2025.09　宁远储能科技有限公司　BMS 算法实习生
· 改进扩展卡尔曼滤波 SOC 估计算法，全温区估计误差从 4.8% 降到 2.1%
· 编写 BMS 单元测试用例 120 余个
· 参与 HIL 台架搭建
· 整理算法设计文档
2024.07-2024.08　南岭电网检修公司　变电运维实习生
· 跟随师傅完成 110kV 变电站巡视
· 学习倒闸操作票的填写
· 协助整理缺陷台账
· 配合班组进行安全学习

项目经历
2024.10-2025.05　构网型储能变流器虚拟同步控制（导师课题）
· 在 MATLAB/Simulink 中搭建 500kW PCS 模型
· 频率跌落时惯量支撑使最低频率提高 0.15Hz
· 完成 RT-LAB 硬件在环验证
2023.09-2024.05　户用光储一体机能量管理（毕业设计）
· 基于规则的充放电策略，用户电费降低 18%
· 完成 STM32 控制板软件编写
2022.03-2022.06　单相全桥逆变器设计（课程设计）
· 完成主电路参数计算与 PCB 设计
· 负责驱动电路调试

校园经历
2021.09-2023.06　学院科技协会　会长
· 组织科技竞赛培训 10 次，参与人数 600 余人
· 协调学院实验室开放时间

获奖情况
2023.11　全国大学生节能减排社会实践与科技竞赛　国家级三等奖
2022.12　国家励志奖学金
2022.10　校级优秀学生干部
2021.12　校级新生奖学金
2021.11　学院电子设计竞赛　一等奖

专业技能
· 软件：MATLAB/Simulink、PLECS、PSCAD、Altium Designer
· 编程：C、Python
· 硬件：示波器、功率分析仪、电池测试系统
· 证书：CET-6、计算机二级、电工进网作业许可证
· 办公：Word、Excel、Visio

兴趣爱好
羽毛球、长跑、阅读科技史

自我评价
对储能行业有浓厚兴趣，学习能力强，
能够独立完成电力电子硬件调试，
工作认真负责，有良好的团队协作能力，
乐于帮助他人，能接受出差。
""",
    length=["too_long"],
    numbers=["2024.07-2024.08", "2022.03-2022.06"],
    weak_verbs=["参与", "协助", "配合", "负责"],
)

add(
    "d31",
    "energy",
    """
江沛然
Phone 13900003311 · Email peiran.jiang@example.com

教育背景
2024.09 - Present　东岚大学　电气工程　硕士
2020.09 - 2024.06　东岚大学　电气工程及其自动化　本科

实习经历
2025.06 - 2025.08　华能智慧能源有限公司　虚拟电厂实习生
- 搭建负荷预测模型，日前预测 MAPE 从 8.1% 降到 5.6%
- 聚合 30 余家工商业用户的可调负荷

自我评价
认真负责，善于配合团队，愿意接触新领域。
""",
    posting="""
虚拟电厂算法工程师
我们希望你：熟悉电力市场；掌握 Python、SQL；了解负荷预测、优化调度；有 Gurobi 使用经验者优先。
""",
    sections=["skills"],
    keywords=["电力市场", "python", "sql", "优化调度", "gurobi"],
)

add(
    "d32",
    "energy",
    """
邵北辰
手机：13900003321　邮箱：beichen.shao@example.com

★ 教育背景
2021.9-2025.6　鲁东能源学院　储能科学与工程　本科

★ 实习经历
2024.7-2024.9　齐能储能电站　运维实习生
· 巡检 2 座储能电站，发现并上报电池簇温差异常 5 起

★ 校园经历
2022.9-2024.6　学院科创中心　负责人
· 组织节能竞赛 3 届，参赛队伍从 14 支增至 41 支

★ 技能
BMS 调试、EMS 监控、AutoCAD
""",
)

# ---------------------------------------------------------------- bio

add(
    "d33",
    "bio",
    """
柯语嫣
联系电话：13900003331
邮箱：yuyan.ke@example.com

◇教育背景◇
2021年09月～2025年06月　杏湖医科大学　生物技术　本科

◇实习经历◇
2024年07月～2024年09月　泽林生物技术有限公司　细胞实验实习生
→ 负责 CHO 细胞的复苏、传代与冻存
→ 配合完成 ELISA 检测
2024年12月～至今　康源检测有限公司　PCR 实验室实习生
→ 独立完成核酸提取 2000 余份，检测差错率为 0

◇项目经历◇
2023年03月～2023年12月　大肠杆菌表达重组蛋白的纯化（大创）
→ 采用镍柱亲和层析，蛋白纯度达到 95%

◇技能◇
细胞培养、ELISA、qPCR、SDS-PAGE
""",
    posting="""
细胞培养工程师
要求：
1. 生物相关专业本科及以上；
2. 熟悉细胞培养、细胞株构建；
3. 了解流式细胞术；
4. 有生物反应器经验者优先；
5. 熟悉 GMP。
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["负责", "配合"],
    keywords=["细胞株构建", "流式细胞术", "生物反应器", "gmp"],
)

add(
    "d34",
    "bio",
    """
姓  名：许安禾        出生年月：2002年3月
身份证号：990101200203150028
户口：北京
政治面貌：共青团员
手  机：139 0000 3341
邮  箱：anhe.xu@example.com

教育背景
2020年9月-2025年6月　北苑中医药大学　中药学　本科（五年制）

实习经历
2024年1月-2024年6月　同济堂制药有限公司　QA 实习生
1. 审核批生产记录 150 余份，发现偏差 6 项
2. 编写 2 份 SOP

项目经历
2023年3月-2023年11月　丹参提取工艺优化（本科生科研）
1. 正交试验优化提取条件，丹参酮 IIA 得率提高 22%

专业技能
HPLC、GMP 文件管理、Office
""",
    personal=["id_number", "native_place"],
)

add(
    "d35",
    "bio",
    """
蓝知微
手机：13900003351 ｜ 邮箱：zhiwei.lan@example.com
求职意向：生物信息分析师

▌教育背景
2022.09-2025.06 ｜ 岭南理工大学 ｜ 生物信息学 ｜ 硕士

▌科研经历
2022.10-2025.03 ｜ 肝癌单细胞转录组图谱构建
• 完成 12 例肝癌样本单细胞数据分析，共 8.6 万个细胞，鉴定 3 种新的肿瘤相关巨噬细胞亚群
• 相关论文以第二作者发表于 Frontiers in Oncology

▌实习经历
2024.07-2024.09 ｜ 基序生物科技有限公司 ｜ 生信分析实习生
• 搭建 RNA-seq 自动化分析流程，单批次分析时间从 2 天缩短至 6 小时

▌技能
R、Python、Linux、Seurat、Snakemake
""",
    posting="""
Bioinformatics Analyst 生物信息分析师
• 熟悉 R、Python 编程；
• 熟悉 NGS 数据分析流程（RNA-seq、WGS）；
• 有单细胞数据分析经验；
• 熟悉 Nextflow 者优先。
""",
    pages=2,
    photo=True,
    length=["too_long"],
    personal=["photo"],
    keywords=["ngs", "wgs", "nextflow"],
)

add(
    "d36",
    "bio",
    """
邱若岚
手机：13900003361
邮箱：ruolan.qiu@example.com

教育背景：
2021.09-2024.06　杏林医学院　临床药学　硕士

实习经历：
2023.07-2023.12　安济医院临床试验机构　CRC 实习生
- 随访受试者 40 余人，患者服药配合度从 70% 提升到 90%
- 负责 EDC 数据录入
2024.01-2024.03　博瑞医药 CRO 有限公司　CRA 实习生
- 协助监查员准备访视资料

技能：
ICH-GCP、EDC 系统、SAS 基础
""",
    numbers=["2024.01-2024.03"],
    weak_verbs=["负责", "协助"],
)

add(
    "d37",
    "bio",
    """
童晚晴
tel 13900003371  mail wanqing.tong@example.com

教育经历
20.09 - 24.06  南湖农业大学  生物工程  本科
24.09 - 现在  南湖农业大学  发酵工程  硕士

项目经历
24.10 - 现在  枯草芽孢杆菌高产菌株选育
- 通过 ARTP 诱变筛选出突变株，酶活提高 1.8 倍
23.03 - 23.09  毕业设计：酿酒酵母发酵条件优化
- 接触过响应面设计
- 完成 5L 发酵罐的补料分批发酵实验

技能
发酵罐操作、HPLC、Design-Expert
""",
    posting="""
发酵工艺研究员｜岗位要求：1）发酵工程、微生物相关专业硕士；2）熟悉发酵罐操作、菌株选育；3）熟练使用 HPLC、GC 等分析仪器；4）有 DoE 实验设计经验者优先。
""",
    numbers=["2023.03-2023.09"],
    weak_verbs=["接触过"],
    keywords=["gc", "doe"],
)

add(
    "d38",
    "bio",
    """
包慕白　男　民族：汉
手机：139-0000-3381

教育背景
2022.09-2025.06　北坡医药高等专科学校　药品生产技术　大专

实习经历
2024.09-2025.03　华康药业有限公司　制剂车间实习生
· 参与片剂压片工序，跟随师傅完成 36 批次生产，无偏差
· 整理车间清场记录

技能
GMP 基础、压片机操作、Word/Excel
""",
    contact=["email"],
    weak_verbs=["参与"],
    personal=["ethnicity"],
)

add(
    "d39",
    "bio",
    """
Name 姓名: 华雨眠
Mobile 手机: 13900003391
Email 邮箱: yumian.hua@example.com

Education 教育背景
2021.09–2025.06　江汀大学　生物医学工程　本科

Internship 实习经历
2024.05–2024.09　迈康医疗器械有限公司　注册专员实习生
- 整理 2 个二类器械注册申报资料，共 600 余页
2024年8月–2024年11月　恒瑞达医学检验所　质量管理实习生
- 协助内审
- 负责文件受控发放

Skills 技能
ISO 13485、医疗器械法规、Office
""",
    posting="""
医疗器械注册专员
- 熟悉 ISO 13485 体系；
- 熟悉医疗器械法规；
- 有临床评价经验者优先；
- 了解 eCTD 电子申报。
""",
    numbers=["2024.08-2024.11"],
    weak_verbs=["协助", "负责"],
    dates=["overlap:2024.05-2024.09|2024.08-2024.11", "format"],
    keywords=["临床评价", "ectd"],
)

add(
    "d40",
    "bio",
    """
1. 基本信息
姓名：金若水　手机：13900003401　邮箱：ruoshui.jin@example.com

2. 教育背景
2020.09-2024.06　滨海海洋大学　海洋生物学　本科
2024.09-2027.06　滨海海洋大学　水产　硕士

3. 科研经历
2024.10-2026.06　海藻多糖抗氧化活性研究
- 优化超声辅助提取，多糖得率提高近三分之一
- 建立 DPPH 清除实验体系

4. 实践经历
2023.07-2023.08　海星水产养殖有限公司　技术员实习生
- 调整投喂方案，幼苗成活率提高了百分之十五

5. 技能
紫外分光光度计、HPLC、SPSS
""",
)

# ---------------------------------------------------------------- ai

add(
    "d41",
    "ai",
    """
明思远
手机：139 0000 3411　邮箱：siyuan.ming@example.com

■ 教育背景
2023.09-2026.06　北辰大学　人工智能　硕士

■ 实习经历
2025.06-2025.09　视界智能科技有限公司　计算机视觉实习生
▸ 负责人脸识别模块的模型压缩
▸ 使用 TensorRT 完成 YOLOv8 模型部署，推理速度从 45ms 降到 18ms
2025.10-2026.01　灵犀机器人有限公司　算法实习生
▸ 参与 SLAM 建图算法的调研
▸ 复现 ORB-SLAM3

■ 项目经历
2024.03-2024.12　弱光环境下的目标检测（导师课题）
▸ 提出光照自适应增强模块，mAP 提升 3.2 个百分点

■ 技能
Python、PyTorch、C++、TensorRT、OpenCV
""",
    posting="""
计算机视觉算法工程师
1. 熟悉 PyTorch；
2. 熟悉目标检测、图像分割、人脸识别等方向；
3. 熟悉模型部署，了解 ONNX、TensorRT；
4. 有 CUDA 编程经验者优先。
""",
    numbers=["2025.10-2026.01"],
    weak_verbs=["负责", "参与"],
    keywords=["图像分割", "onnx", "cuda"],
)

add(
    "d42",
    "ai",
    """
**俞清歌** | 13900003421 | qingge.yu@example.com

**教育背景**
2022.09 - 2025.06  澄湖大学  计算机科学与技术  硕士

**实习经历**
2024.06 - 2024.09  深言科技有限公司  大模型算法实习生
- 基于 Qwen2-7B 做领域指令微调，业务问答准确率从 71% 提升到 84%
- 构建 1.2 万条指令数据集

**项目经历**
2023.10 - 2024.04  RAG 法律问答系统
- 检索召回率 Recall@5 达到 0.92

**技能**
Python、PyTorch、Transformers、LangChain、vLLM
""",
    posting="""
大模型算法实习生 / 校招
我们希望你：熟悉 Python、PyTorch；熟悉 LangChain；有 RAG 项目经验者优先。
""",
)

add(
    "d43",
    "ai",
    """
姓名：贝楚然
性别：女　婚姻状况：未婚
手机：13900003431　邮箱：churan.bei@example.com

【教育】
2022-09 至 2025-06　云栖大学　智能科学与技术　本科

【实习】
2024-11 至 今　语川科技有限公司　NLP 实习生
· 帮助标注团队制定标注规范
· 协助搭建评测集
2025-01 至 今　智库数据有限公司　数据标注实习生（兼职）
· 质检标注数据 8000 余条，准确率 98%

【项目】
2024-03 至 2024-06　中文文本情感分类（课程项目）
· 基于 BERT 微调，F1 达到 0.89

【技能】
Python、PyTorch、BERT、Hugging Face
""",
    posting="""
NLP 算法工程师（校招）
岗位要求：
- 熟悉 Python、PyTorch；
- 熟悉 Transformer、BERT 等预训练模型；
- 了解大模型微调（LoRA、RLHF）；
- 有知识图谱项目经验者优先。
""",
    numbers=["2024.11-至今"],
    weak_verbs=["帮助", "协助"],
    dates=["overlap:2024.11-至今|2025.01-至今"],
    personal=["marital"],
    keywords=["transformer", "大模型微调", "lora", "rlhf", "知识图谱"],
)

add(
    "d44",
    "ai",
    """
潘亦白
电话：+86-139-0000-3441
邮箱：yibai.pan@example.com

—— 教育背景 ——
2021.09-2025.06　东岳理工大学　数据科学与大数据技术　本科

—— 实习经历 ——
2024.07-2024.12　快映短视频有限公司　推荐算法实习生
· 优化召回策略，用户参与度（人均互动次数）提升 6%
· 协助搭建特征平台
2025.01-2025.04　数海科技有限公司　机器学习实习生
· 负责 CTR 预估模型的特征工程
· 配合工程团队完成模型上线

—— 技能 ——
Python、Spark、TensorFlow、SQL
""",
    numbers=["2025.01-2025.04"],
    weak_verbs=["协助", "负责", "配合"],
)

add(
    "d45",
    "ai",
    """
郝听澜
手机：13900003451　邮箱：tinglan.hao@example.com
身份证号码：123456200108082316

教育背景
2019.09-2023.06　南沙大学　电子信息工程　本科
2023.09-2026.06　南沙大学　信号与信息处理　硕士

实习经历
2025.04-2025.07　声谷智能有限公司　语音识别实习生
· 在方言数据上微调 Whisper ASR 模型，字错率从 18.4% 降到 11.7%
2025.08-2025.11　听风科技有限公司　语音合成实习生
· 复现 VITS 模型
· 整理 TTS 数据处理流程文档

项目经历
2024.01-2024.10　远场语音增强（导师课题）
· 基于 4 麦克风阵列的波束形成，信噪比提升 6dB

技能
Python、PyTorch、Kaldi、ESPnet、Whisper
""",
    posting="""
语音算法工程师
【任职资格】
一、熟悉 ASR、TTS；
二、熟悉 PyTorch、Kaldi、ESPnet 等工具；
三、了解声学模型、语言模型；
四、有 C++ 工程能力者优先。
""",
    pages=2,
    length=["too_long"],
    numbers=["2025.08-2025.11"],
    personal=["id_number"],
    keywords=["声学模型", "语言模型", "c++"],
)

add(
    "d46",
    "ai",
    """
姓名：龚星辰　电话：13900003461　邮箱：xingchen.gong@example.com
教育背景：2022.09-2026.06　西津大学　机器人工程　本科
项目经历：
2024.09-2025.05　四足机器人强化学习步态控制（毕业设计）
- 在 Isaac Gym 中训练策略，仿真行走速度翻倍
- 实机部署到 Unitree Go1
竞赛经历：
2023.10-2024.05　全国大学生机器人大赛 ROBOCON　视觉组组长
- 识别准确率达到 97%，团队获全国第二名
专业技能：Python、PyTorch、ROS、C++
""",
)

add(
    "d47",
    "ai",
    """
严知夏
手机：13900003471
邮箱：zhixia.yan@example.com

教育背景
2021/09-2025/06　南渡大学　软件工程　本科

实习经历
2024.07-2024.10　问道智能有限公司　大模型应用开发实习生
- 基于 LangChain 开发企业知识库问答，接入文档 3,000 余篇
- 编写提示词模板

项目经历
2024/03-2024/06　基于 Stable Diffusion 的海报生成工具（课程项目）
- 实现文生图与局部重绘功能

技能
Python、LangChain、FastAPI、Docker
了解 LoRA 微调
""",
    posting="""
大模型应用开发工程师
要求：
1. 熟悉 Python、FastAPI；
2. 熟悉 LangChain、LlamaIndex 等框架；
3. 了解向量数据库（Milvus、FAISS 等）；
4. 有 Agent 开发经验者优先。
""",
    numbers=["2024.03-2024.06"],
    weak_verbs=["了解"],
    dates=["format"],
    keywords=["llamaindex", "向量数据库", "milvus", "faiss", "agent"],
)

add(
    "d48",
    "ai",
    """
WEN ZHIHANG 温之航
Mobile: 139-0000-3481

EDUCATION
2022.09 – 2025.06   Linhai University   M.S. in Computer Science

EXPERIENCE
2024.06 – 2024.09   Beacon AI Lab   Research Intern
• Proposed a token-pruning method for ViT, reducing FLOPs by 35% with <0.5% accuracy drop
2023.09 – 2024.01   Course project: GPT-2 reproduction
• Trained a 124M-parameter model on 2 A100 GPUs for 3 days

SKILLS
Python, PyTorch, JAX, CUDA
""",
    contact=["email"],
    numbers=["2023.09-2024.01"],
)

# ---------------------------------------------------------------- data

add(
    "d49",
    "data",
    """
曹书瑶
手机：13900003491　邮箱：shuyao.cao@example.com

教育背景
2022年9月-2025年6月　江湾财经大学　统计学　本科

实习经历
2024年6月-2024年9月　好物电商有限公司　数据分析实习生
· 搭建用户留存看板，周报制作时间从 4 小时缩短到 30 分钟
· 通过 A/B 测试验证新人券策略，首单转化率提升 2.3 个百分点
2025年3月-至今　启明证券股份有限公司　研究部实习生
· 负责行业数据的收集与整理
· 使用 Wind 导出财务数据

项目经历
2023年10月-2024年1月　共享单车骑行量预测（课程项目）
· 使用 XGBoost 建模，RMSE 较线性回归降低 27%

技能
SQL、Python（pandas）、Tableau、Excel；了解 R
""",
    posting="""
数据分析师（校招）
• 统计、数学相关专业本科及以上
• 精通 SQL，熟悉 Python、R
• 熟悉 Power BI、Tableau 等 BI 工具
• 有 A/B 测试经验者优先
""",
    numbers=["2025.03-至今"],
    weak_verbs=["负责", "了解"],
    keywords=["power bi"],
)

add(
    "d50",
    "data",
    """
姓名\t常念秋\t民族\t汉族
籍贯\t安徽安庆\t政治面貌\t中共党员
电话\t139 0000 3501\t邮箱\tnianqiu.chang@example.com

教育背景
2021.09-2025.06\t皖江大学\t信息与计算科学\t本科

实习经历
2024.07-2024.09\t合川银行股份有限公司\t风控数据实习生
\t- 构建评分卡模型，KS 值从 0.31 提升到 0.42
\t- 清洗贷款数据 50 万条

校园经历
2022.09-2023.06\t数学建模协会\t副会长
\t- 组织校赛 2 届，报名队伍 120 支

技能
Python、SQL、SAS、Excel
""",
    photo=True,
    personal=["ethnicity", "native_place", "photo"],
)

add(
    "d51",
    "data",
    """
丁乐言
手机号：13900003511 ｜ Email：leyan.ding@example.com

► 实习经历
2024.10-2025.01　云图数据科技有限公司　数据工程实习生
  • 使用 Python3 编写 ETL 脚本，日均同步数据 200GB
  • 配合数仓团队完成 Hive 表迁移
► 项目经历
2024.03-2024.06　电影评分数据分析（课程项目）
  • 用 Spark 处理 2500 万条评分记录
► 技能
Python3、Hive、Spark、Airflow、Linux
""",
    posting="""
数据开发工程师
1. 熟悉 Hive、Spark、Flink 等大数据组件；
2. 熟悉 Python；
3. 了解数据仓库建模；
4. 有 Airflow 调度经验优先。
""",
    sections=["education"],
    weak_verbs=["配合"],
    keywords=["flink", "数据仓库建模"],
)

add(
    "d52",
    "data",
    """
韩昭宁
电话：139-0000-3521  邮箱：zhaoning.han@example.com
教育背景
2021.09-2025.06  南溪经贸大学  经济统计学  本科
实习经历
2024.06-2024.08  锦瑞市场研究有限公司  调研数据实习生
- 设计并回收问卷 1,200 份，有效率 93%
项目经历
2023.09-2023.12  城市房租影响因素分析
- 爬取房源 4.5 万条，回归模型 R² 为 0.78
技能
Python、Stata、SPSS、SQL
""",
    pages=2,
    length=["too_long"],
)

add(
    "d53",
    "data",
    """
穆知白
手机：13900003531　邮箱：zhibai.mu@example.com

一、教育背景
2025.06-2021.09　北陵大学　应用统计学　本科

二、实习经历
2024.03-2024.06　优选零售有限公司　商业分析实习生
- 分析门店销售数据，提出的调价方案使毛利率提升 1.5 个百分点
2024.06-2024.09　衡信咨询有限公司　数据分析实习生
- 建立客户流失预警模型，召回率 81%

三、技能
SQL、Python、Excel、FineBI
""",
    posting="""
商业分析师 Business Analyst
Requirements:
1. Proficient in SQL and Excel;
2. Experience with Python;
3. Familiar with Tableau / FineBI;
4. 有零售或快消行业经验者优先。
""",
    dates=["reversed:2025.06-2021.09"],
    keywords=["tableau"],
)

add(
    "d54",
    "data",
    """
邹一苇
手机 13900003541 邮箱 yiwei.zou@example.com

教育经历
2022.09-2026.06 东篱大学 数据科学与大数据技术 本科（专业排名 3/120）

在校经历
2023.09-2024.06 校学生会 宣传部部长
- 负责公众号运营
- 帮助新生熟悉校园

2024.09-2025.06 学院数据分析兴趣小组 组长
- 带领小组完成 6 次校园调研，形成报告 6 份

技能
Python、R、SQL、Tableau
""",
    numbers=["2023.09-2024.06"],
    weak_verbs=["负责", "帮助"],
)

add(
    "d55",
    "data",
    """
TAN YUXI 谭雨溪
📞 139 0000 3551  📧 yuxi.tan@example.com

EDUCATION
2023.09 - Present  江城大学  城乡规划学  硕士
2019.09 - 2023.06  江城大学  地理信息科学  本科

INTERNSHIP
2025.06 - 2025.09  城脉规划设计院  空间数据分析实习生
- 用 ArcGIS 完成 3 个片区的可达性分析，识别服务盲区 14 处
- 使用 Python 批量处理 POI 数据

PROJECT
2024.03 - 2024.11  基于手机信令的职住平衡研究
- 处理信令数据 2 亿条，识别通勤 OD 对
- 接触过 PostGIS 空间查询

SKILLS
ArcGIS、QGIS、Python、SQL
""",
    posting="""
空间数据分析师
要求：熟悉 GIS 空间分析；掌握 Python、SQL；熟悉 PostgreSQL；有遥感影像处理经验者优先。
""",
    weak_verbs=["接触过"],
    keywords=["gis", "postgresql", "遥感影像处理"],
)

add(
    "d56",
    "data",
    """
黄思齐
手机：13900003561　邮箱：siqi.huang@example.com

教育背景
2021.09-2025.06　临川财经学院　金融数学　本科

实习经历
2024.7-2024.9　鼎丰期货有限公司　量化研究实习生
· 回测 12 个 CTA 因子，筛选出夏普比率大于 1.5 的因子 3 个
2024.10-2025.01　安和资产管理有限公司　投研助理
· 了解二级市场研究框架
· 整理行业周报

技能
Python、MATLAB、Wind、SQL
""",
    numbers=["2024.10-2025.01"],
    weak_verbs=["了解"],
    dates=["format"],
)

# ---------------------------------------------------------------- manufacturing

add(
    "d57",
    "manufacturing",
    """
郑铭轩
手机：13900003571｜邮箱：mingxuan.zheng@example.com

【教育背景】
2022.09-2025.06｜常州机电职业技术学院｜电气自动化技术｜大专

【实习经历】
2024.07-2024.12｜华创智能装备有限公司｜电气调试实习生
· 调试 S7-1200 PLC 程序，产线节拍从 42 秒缩短到 36 秒
· 负责电柜接线检查
2025.01-2025.04｜精工汽车零部件有限公司｜设备维修实习生
· 协助处理设备故障
· 配合完成 TPM 点检

【技能】
西门子 S7-1200/1500、博途 TIA Portal、EPLAN、AutoCAD
""",
    posting="""
电气工程师
岗位要求：
1. 熟悉西门子 PLC、TIA Portal；
2. 熟悉 PROFINET、Modbus 通信；
3. 会使用 EPLAN 绘图；
4. 有工业机器人（ABB、FANUC）调试经验者优先。
""",
    numbers=["2025.01-2025.04"],
    weak_verbs=["负责", "协助", "配合"],
    keywords=["profinet", "modbus", "工业机器人", "abb", "fanuc"],
)

add(
    "d58",
    "manufacturing",
    """
林砚
电话：139 0000 3581
电子邮件：yan.lin@example.com

教育背景 | Education
2021.09-2025.06  苏南理工大学  机械设计制造及其自动化  本科

实习经历 | Internship
2024.07-2024.10  博川精密机械有限公司  质量工程师实习生
- 运用 8D 方法处理客户投诉 5 起，外部不良从 320 ppm 降到 110 ppm
- 主导轴承座关键尺寸改善，CPK 从 0.92 提升到 1.41

项目经历 | Project
2023.09-2024.05  自动上下料机械手设计（毕业设计）
- 完成 SolidWorks 三维建模与有限元校核，节拍 12 秒/件

技能 | Skills
SolidWorks、AutoCAD、Minitab、六西格玛绿带
""",
    posting="""
质量工程师（应届）
1. 机械类相关专业；
2. 熟悉 8D 问题解决方法；
3. 熟练使用 Minitab、SolidWorks；
4. 有六西格玛绿带者优先。
""",
)

add(
    "d59",
    "manufacturing",
    """
姓名：沈一川　籍贯：浙江温州　　手机：13900003591
邮箱：yichuan.shen@example.com

〓教育背景〓
2019年9月-2023年6月　浙东工业大学　材料成型及控制工程　本科
2023年9月-至今　浙东工业大学　材料工程　硕士

〓实习经历〓
2024年7月-2024年10月　瓯江模具有限公司　模具设计实习生
· 设计 4 套注塑模具，试模一次成功
2024年9月-2024年12月　宁海压铸科技有限公司　工艺实习生
· 负责压铸参数记录
2025年8月-2025年3月　华东汽车零部件有限公司　质量实习生
· 整理 PPAP 文件

〓技能〓
UG NX、Moldflow、AutoCAD
""",
    posting="""
模具设计工程师｜加分项：熟悉 Moldflow 模流分析；必备：熟练使用 UG NX、AutoCAD，熟悉 GD&T，了解注塑工艺。
""",
    numbers=["2024.09-2024.12", "2025.08-2025.03"],
    weak_verbs=["负责"],
    dates=["reversed:2025.08-2025.03", "overlap:2024.07-2024.10|2024.09-2024.12"],
    personal=["native_place"],
    keywords=["gd&t", "注塑工艺"],
)

add(
    "d60",
    "manufacturing",
    """
岳景行
手机：139 0000 3601
邮箱：jingxing.yue@example.com
求职意向：工艺工程师（汽车零部件 / 机加工）

一、教育背景
2021.09-2025.06　江淮理工大学　机械设计制造及其自动化　本科
GPA 3.4/4.0　专业排名 21/180
主修课程：机械制造技术基础、数控技术、互换性与测量技术、液压与气压传动
其他课程：材料力学、理论力学、机械原理、机械设计
选修课程：工业工程导论、质量管理、可靠性工程
毕业设计：曲轴连杆颈车削工艺优化

二、实习经历
2024.07-2024.09　安庆精锻汽车零部件有限公司　机加工艺实习生
1. 编制 3 种齿轮轴的数控加工工艺卡
2. 优化夹具定位方式，单件装夹时间从 95 秒缩短到 60 秒
3. 参与首件检验
4. 跟随工程师学习 PFMEA 编写
2024.10-2024.12　皖南液压件有限公司　质量实习生
1. 协助统计每日不良品数据
2. 负责量具送检台账
3. 配合车间开展 5S 检查
4. 学习三坐标测量机操作
2025.01-2025.03　合力叉车股份有限公司　装配工艺实习生
1. 编写门架装配作业指导书
2. 了解精益生产在装配线的应用
3. 整理工装清单

三、项目经历
2024.03-2024.06　五轴联动加工叶轮的工艺设计（课程设计）
1. 在 UG NX 中完成刀路规划与仿真
2. 加工时间较三轴方案缩短 35%
2023.09-2023.12　减速器箱体夹具设计
1. 完成夹具三维建模与二维出图
2. 完成定位误差分析
2023.03-2023.06　小型数控雕刻机设计（创新创业训练项目）
1. 负责机械结构设计与选型
2. 样机定位精度达到 0.02mm

四、校园经历
2022.09-2023.06　机械工程学院学生会　学习部干事
1. 协助组织学风建设活动
2. 配合老师完成课表收集

五、获奖情况
2024.05　全国三维数字化创新设计大赛　省级二等奖
2023.12　校级二等奖学金
2023.05　“挑战杯”校内赛　三等奖
2022.12　校级优秀团员
2022.10　学院机械创新设计大赛　一等奖

六、专业技能
1. 软件：UG NX、SolidWorks、AutoCAD、Mastercam
2. 测量：三坐标测量机、粗糙度仪、千分尺
3. 证书：数控车工（中级）、CET-4、计算机二级
4. 了解 GD&T 与 PPAP
5. 办公：Word、Excel、PowerPoint

七、兴趣爱好
篮球、骑行、模型制作

八、自我评价
踏实肯干，动手能力强，
愿意扎根一线车间，
工作细致认真负责，
善于与团队配合。
""",
    length=["too_long"],
    numbers=["2024.10-2024.12", "2025.01-2025.03", "2023.09-2023.12", "2022.09-2023.06"],
    weak_verbs=["参与", "协助", "负责", "配合", "了解"],
)

add(
    "d61",
    "manufacturing",
    """
祝雨桐
手机：(+86) 139 0000 3611　邮箱：yutong.zhu@example.com

Education 教育
2022.09-2025.06　华亭大学　工业工程　硕士

Experience 经历
2024.06-2024.09　远航电器有限公司　精益生产实习生
- 通过现场观察了解到装配线等待浪费严重，重新平衡工位后线平衡率从 68% 提升到 85%
- 推动 5S 改善
2023.03-2023.12　车间物流仿真（导师横向项目）
- 使用 Plant Simulation 建立仿真模型，AGV 数量由 12 台优化为 9 台

Skills 技能
Minitab、Plant Simulation、Visio、Python
""",
    posting="""
工业工程师（IE）
任职要求：
1. 工业工程相关专业；
2. 熟悉精益生产、价值流图（VSM）、标准工时；
3. 熟练使用 Minitab、AutoCAD；
4. 熟悉六西格玛者优先。
""",
    weak_verbs=["了解"],
    keywords=["价值流图", "vsm", "标准工时", "autocad", "六西格玛"],
)

add(
    "d62",
    "manufacturing",
    """
许青禾
手机：13900003621
邮箱：qinghe.xu@example.com

教育背景
2021.09—2025.06　江北交通职业学院　汽车制造与试验技术　大专

实习经历
2024.09—2025.01　北岭汽车有限公司　总装实习生
- 优化拧紧工序作业指导书，装配效率大幅提升
- 显著降低了错装率

项目经历
2023.09—2024.01　发动机拆装实训（课程 MT-204）
- 完成 V6 发动机拆装与故障排查

技能
汽车电气检测、扭矩扳手使用、AutoCAD
""",
    numbers=["2024.09-2025.01", "2023.09-2024.01"],
)

add(
    "d63",
    "manufacturing",
    """
姓名 | 方知行 | 手机 | 13900003631
邮箱 | zhixing.fang@example.com | 婚育情况 | 未婚未育

教育背景 |
2022.09-2025.06 | 西京工业大学 | 材料加工工程 | 硕士

科研经历 |
2022.10-2025.03 | 钛合金激光选区熔化成形工艺研究 | 国家重点实验室
- 负责工艺参数优化，致密度达到 99.6%
- 配合完成疲劳试验

实习经历 |
2024.07-2024.09 | 铂力增材科技有限公司 | 工艺实习生
- 完成 3 种支撑结构设计的对比试验，打印失败率降低 40%

技能 |
Magics、ANSYS、SEM、金相分析
""",
    posting="""
增材制造工艺工程师
1、熟悉 SLM、EBM 等金属增材工艺；
2、熟悉 Magics、Materialise 等数据处理软件；
3、了解热等静压、热处理等后处理工艺；
4、会使用工业 CT 者优先。
""",
    numbers=[],
    weak_verbs=["负责", "配合"],
    personal=["marital"],
    keywords=["slm", "ebm", "materialise", "热等静压", "热处理", "ct"],
)

add(
    "d64",
    "manufacturing",
    """
柏清源
手机：13900003641　邮箱：qingyuan.bai@example.com

■教育背景
2021.09-2025.06　淮扬理工学院　机器人工程　本科

■实习经历
2025.07-至今　汇川机器人系统有限公司　应用工程师
· 完成 6 条焊接工作站的离线编程，调试周期平均缩短 2 天

■校园经历
2022.10-2024.06　机器人协会　技术部长
· 带队参加 RoboMaster 高校联盟赛，获区域赛第三名

■技能
ABB RobotStudio、FANUC ROBOGUIDE、PLC、SolidWorks
""",
)


def main() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids)), "duplicate id"
    out = Path(__file__).with_name("resumes_blind3.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} resumes -> {out}")


if __name__ == "__main__":
    main()
