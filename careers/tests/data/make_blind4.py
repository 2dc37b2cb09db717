# ruff: noqa: E501
"""Fourth blind labelled set of synthetic Chinese resumes for the resume-diagnosis benchmark.

Written by hand on 2026-12-06 by a helper session (branch ``blind4``), labelling as a careful
career adviser would against the table "| check | what fires it |" in docs/careers.md.

What was read: docs/careers.md, only the section "## How diagnosis works" from its heading down to
the end of that table (not the paragraphs after it); the JSON format and the distinct expected
values of careers/tests/data/resumes_blind2.jsonl and resumes_blind3.jsonl (a few whole items,
the field names, label spellings: "too_long", "education"/"experience"/"skills", "phone"/"email",
"id_number"/"marital"/"ethnicity"/"native_place"/"photo", "format", "reversed:A-B",
"overlap:A|B", ranges as "YYYY.MM-YYYY.MM" or "YYYY.MM-至今", weak verbs sorted, missing posting
skills lower-cased in the posting's order). One slip to declare: while looking at the data
directory the first 40 lines of make_blind3.py (its module docstring: the previous helper's
label conventions, no add() calls) were printed once; nothing further of it, nor any other
make_*.py, was opened.
What was NOT read: careers/diagnosis.py, lexicon.py, feedback.py, texts.py or any other Python
under careers/ except this file, careers/tests/*.py, bench/resume_quality.py, the other
make_*.py. Neither the diagnosis, the benchmark, jieba nor any careers test was run.

Every person, school, company and address is invented; phones 1390000xxxx, e-mails
@example.com. Styles: Word tables pasted with tabs (e01, e11) or runs of spaces (e30, e52),
online templates with a sidebar flattened (e06, e63), prose without bullets (e03, e13, e42, e51),
English/Chinese mixes (e04, e19, e43, e50), PhD/master's with publications (e09, e29, e35, e41,
e47, e53, e61), 专科 graduates (e02, e10, e17, e22, e26, e34, e36, e45, e54, e57, e62), career
changers (e03, e13, e21, e51, e62), part-time jobs as experience (e17, e26, e36), very short (e02,
e12, e54, e57). Run ``python careers/tests/data/make_blind4.py`` to write resumes_blind4.jsonl.

Cases where the table leaves room, decided as an adviser would:

* numbers: an English point "for 8 environments" (e04) counts as a quantity (a count with its
  noun, like "3 份"). A rating or size in the equipment's name is not a result ("2MW 机组" e28,
  "50L 发酵罐" e36, "TIA Portal V16" e60, "8D 报告" e59, "7B 模型" e41). "3 年借阅记录" is a
  duration and "前 20 的学科" has no measure word: e52's course project is flagged. An Arabic
  count of work done counts even when it measures scope more than result ("3 批中试疫苗" e38,
  "3 座分布式电站" e26, "12 家二级供应商" e59), as the table's "any measure word" says. A
  part-time job listed as a dated entry with no quantity is flagged like an internship (e26 便利店,
  e36 奶茶店 which has no points at all): an adviser would ask to quantify it or drop it.
  Campus entries (e28 学生会 and 协会) are flagged when unquantified. Competition results are put
  on a point line, not the dated title line, so the "points" rule is not tested there (e46).
* dates: year-only education ("2021 - 2025", e06; "2021-2024", e36) next to year.month entries is
  a coarser precision, not a second format: not labelled. Unpadded months used throughout
  ("2022.9-2026.6" with "2024.10-2024.12", e44) are one format; unpadded next to padded
  ("2021.9-2025.6" with "2024.11", e31) is mixed, as in blind3. A birth date is not an entry and
  is written in the entries' format everywhere, to keep it out of "format". An open end "今"
  (e29) is labelled 至今. Overlap only between jobs/internships (e31 至今 vs a later internship;
  e38 an internship vs a part-time vet job; e55, e64); research or projects never overlap.
* sections: "会用 大疆智图、Pix4D" plus a licence line with no heading shows skills (e17);
  a "证书" line of trade certificates with no tools stated does not (e57, skills missing);
  "微信同号" without a number is no phone (e20); a WeChat id alone is neither (e54).
* personal: "身份证：本人可提供" (e29) is a 身份证 label and is labelled id_number, as the table
  says, though no number is given; "生 源 地" spaced out is 生源地 (e52); "户口所在地" (e18, e62) and
  "户籍" (e60) are native_place; "婚育状况：已婚已育" is marital (e21); age alone is nothing (e10).
* weak_verbs: "帮助自己理解 RFM 模型" (e51) is a weak verb in a project; "了解了 Jenkins" (e03)
  counts; "认真负责" in a self-evaluation never counts (e28).
* keywords: alternatives a posting names are each a named skill (e01 Go of "Java/Go", e11 Perl
  and Tcl of "至少一种", e46 TensorFlow of "TensorFlow 或 PyTorch"). Items labelled by their core
  word: "ASR 基本原理" → asr (e43), "Prompt 工程" → prompt (e45), "以太网项目经验" → 以太网 (e13),
  "了解伺服、变频器调试" → 伺服, 变频器 (e60), "点焊工艺" → 点焊 (e61), "三菱系统" → 三菱 and
  "威纶通触摸屏" → 威纶通 (e57, e60), "无人机驾驶员执照（CAAC）" → caac (e22), "A/B 测试" →
  "a/b 测试" (e49), "五大工具（APQP、PPAP…）" → each bracketed tool (e59: apqp missing).
  Certificates named in Latin letters are skills (CFA, FRM, e53). A skill named only in an
  entry's dated title line does not count, as the table says (e09: ADC is also in a publication
  line, so only PLL is missing). Postings were worded to keep away from titles-only mentions.
"""

import json
from pathlib import Path

OUT = Path(__file__).with_name("resumes_blind4.jsonl")
ROWS: list[dict] = []


def add(
    rid: str,
    field: str,
    text: str,
    posting: str = "",
    pages: int | None = None,
    photo: bool = False,
    sections: tuple[str, ...] = (),
    contact: tuple[str, ...] = (),
    length: tuple[str, ...] = (),
    numbers: tuple[str, ...] = (),
    weak_verbs: tuple[str, ...] = (),
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
                "weak_verbs": sorted(weak_verbs),
                "dates": list(dates),
                "personal": list(personal),
                "keywords": list(keywords),
            },
        }
    )


# ---------------------------------------------------------------- software
add(
    "e01",
    "software",
    """
个人简历
姓名\t邵景行\t性别\t男
电话\t13900004011\t邮箱\tjingxing.shao@example.com
求职意向\t后端开发工程师
教育背景
2022.09-2026.06\t松溪大学\t软件工程\t本科
实习经历
2025.07-2025.09\t青岚数据科技有限公司\t后端开发实习生
负责订单服务接口开发，使用 Spring Boot 2.7 和 MySQL 8.0
优化慢查询 14 条，接口 P99 从 820ms 降到 260ms
项目经历
2024.10-2024.12\t校园二手书交易平台\t课程设计
使用 Vue 3 + Spring Boot 完成前后端开发
实现订单、支付、评价三个模块
专业技能
Java、Spring Boot、MySQL、Redis、Git、Linux
""",
    posting="""
Backend Engineer 后端开发工程师（2026 校招）
Job Requirements 岗位要求：
1. 本科及以上学历，计算机相关专业；
2. 熟悉 Java/Go 至少一种语言，熟悉 Spring Boot、MyBatis；
3. 熟悉 MySQL、Redis，了解 RocketMQ/Kafka 等消息队列；
4. 加分项：有 Docker、Kubernetes 经验。
""",
    numbers=("2024.10-2024.12",),
    weak_verbs=("负责",),
    keywords=("go", "mybatis", "rocketmq", "kafka", "docker", "kubernetes"),
)
add(
    "e02",
    "software",
    """
何一诺 | 13900004021 | yinuo.he@example.com
教育：2023.09-2026.06 云湾职业技术学院 软件技术 专科
实习：2025.03-2025.06 小满网络工作室 前端开发实习生
- 用 uni-app 开发 2 个商家小程序，上线后月活 3000+
- 修复页面兼容问题 40 余个
技能：HTML5、CSS3、JavaScript、Vue 2、微信小程序
""",
)
add(
    "e03",
    "software",
    """
自我介绍
我叫骆晴川，毕业于临江财经学院会计学专业（本科，2020.09-2024.06）。毕业后在一家代账公司做了一年会计，发现自己更喜欢写代码，于是自学了 Python 和软件测试。
联系方式：13900004031，qingchuan.luo@example.com

工作经历
2024.07-2025.06 明账财税服务有限公司 会计助理
主要负责 30 余家小微企业的记账和报税，每月处理凭证约 1200 张。期间用 Python 写了一个发票核对脚本，核对时间从每月 2 天缩短到半天。

培训与项目
2025.07-2025.10 在线测试开发训练营 结业项目：电商网站自动化测试
使用 Selenium 和 pytest 为练习网站编写自动化用例，了解了 Jenkins 持续集成的基本用法。

技能
Python、pytest、Selenium、SQL、Excel
""",
    posting="""
【招聘】测试工程师 1 名
坐标杭州，双休。要会 Python，熟悉 Selenium/Appium，懂 Jenkins 优先，有 Postman 接口测试经验更好～
""",
    numbers=("2025.07-2025.10",),
    weak_verbs=("负责", "了解"),
    keywords=("appium", "postman"),
)
add(
    "e04",
    "software",
    """
Zhao Mingyuan 赵明远
Tel 13900004041 / mingyuan.zhao@example.com

Education
M.S. Computer Science, 北溟大学, 2024.09 – 2027.06
B.E. Software Engineering, 北溟大学, 2020.09 – 2024.06

Research
2025.03 – 2025.01  Log anomaly detection for microservices（导师课题）
- Reduced false alarms by 37% on the lab's 12-service testbed

Publications
Zhao M., Li K. "TraceLens: Cheap Trace Sampling for Anomaly Triage". Proc. of the Workshop on Cloud Reliability, 2025.

Internship
2025.06 – 2025.09  Hollowpine Cloud 空松云  SRE Intern
- Wrote Terraform modules for 8 environments
- 协助排查线上告警

Skills
Go, Python, Kubernetes, Terraform, Prometheus
""",
    weak_verbs=("协助",),
    dates=("reversed:2025.03-2025.01",),
)
add(
    "e05",
    "software",
    """
简  历
姓名：宁书瑶        出生日期：2003年4月
身份证号：11010520030412602X
籍贯：浙江台州      政治面貌：中共党员
手机：13900004051   邮箱：shuyao.ning@example.com

教育经历
2021年9月 - 2025年6月  东渚大学  计算机科学与技术  本科   GPA 3.6/4.0

实习经历
2024年7月 - 2024年10月  望岳软件股份有限公司  测试实习生
· 编写接口测试用例 260 条，发现缺陷 31 个
2024年9月 - 2024年12月  栖霞互娱科技有限公司  客户端开发实习生
· 参与 Unity 小游戏的 UI 开发

项目经历
2023年3月 - 2023年6月  基于 Qt 的学生成绩管理系统
· 支持 5000 条记录的导入导出，查询响应小于 0.5 秒

技能
C++、C#、Unity、Qt、MySQL
""",
    pages=1,
    photo=True,
    numbers=("2024.09-2024.12",),
    weak_verbs=("参与",),
    dates=("overlap:2024.07-2024.10|2024.09-2024.12",),
    personal=("id_number", "native_place", "photo"),
)
add(
    "e06",
    "software",
    """
林 知 远
前端开发
联系
电话 139 0000 4061
微信 lzy_dev2003
技能
React / TypeScript / Next.js / Tailwind CSS
语言
CET-6
教育
2021 - 2025
南湾理工大学
数字媒体技术 本科
经历
2024.06 - 2024.09
水杉科技 前端实习生
重构商品详情页，首屏时间从 3.2s 降到 1.4s
将 12 个 class 组件改写为 hooks
2023.10 - 2024.01
个人项目：Markdown 笔记应用
基于 Next.js 开发，GitHub 获得 150 Star
""",
    posting="""
前端工程师（React）
要求：熟练使用 React、TypeScript；熟悉 Next.js；会 Tailwind CSS 加分。
""",
    contact=("email",),
)
add(
    "e07",
    "software",
    """
汤予安
13900004071 · yuan.tang@example.com · 求职意向：Java 开发

教育背景
2022/09 – 2026/06  栗山科技大学  计算机科学与技术  本科

实习经历
2025/07 – 2025/10  海棠数字科技有限公司  Java 开发实习生
• 设计优惠券发放接口，压测峰值 2,400 QPS
• 将定时任务迁移到 XXL-JOB，失败重试率降低 60%

项目经历
2024/09 – 2024/12  课程选课系统（团队 4 人，本人任组长）
• 采用 Redis 预扣库存，选课高峰期超卖 0 次，接口平均耗时 85ms

专业技能
Java、Spring Boot、MyBatis、MySQL、Redis、XXL-JOB、Git
""",
    posting="""
岗位名称：Java开发工程师
岗位职责：参与公司交易系统研发。
任职资格：熟悉Java、Spring Boot、MyBatis；熟悉MySQL、Redis；熟练使用Git。
""",
)
add(
    "e08",
    "software",
    """
叶澄 | 软件工程 | 13900004081 | cheng.ye@example.com
教育背景
2020.09-2024.06 江汀大学 软件工程 本科
工作经历
2024年7月-至今 云杉信息系统有限公司 实施工程师
- 负责 ERP 系统在客户现场的部署与培训
- 配合销售完成售前演示
项目经历
2023.02-2023.05 毕业设计：基于 Spring Cloud 的仓储管理系统
- 实现入库、出库、盘点模块，单表数据量 50 万条时查询在 1 秒内
技能
Java、Spring Cloud、Oracle、Linux、Shell
""",
    pages=2,
    length=("too_long",),
    numbers=("2024.07-至今",),
    weak_verbs=("负责", "配合"),
    dates=("format",),
)

# ---------------------------------------------------------------- ic
add(
    "e09",
    "ic",
    """
博士研究生 · 模拟集成电路
顾衡  13900004091  heng.gu@example.com

教育
2022.09-至今  清渠大学  微电子学与固体电子学  博士（直博）
2018.09-2022.06  清渠大学  微电子科学与工程  本科

科研经历
2023.03-2025.06  12-bit 200MS/s SAR ADC 设计（国家自然科学基金子课题）
- 在 28nm CMOS 工艺下流片 1 次，实测 ENOB 10.6 bit，功耗 3.1mW
- 提出的冗余校准方案使 DNL 从 ±1.2 LSB 改善到 ±0.4 LSB

论文
[1] H. Gu, et al., "A 10.6-ENOB Redundant SAR ADC with Background Calibration", IEEE JSSC, 2025.
[2] H. Gu, et al., "A Low-Noise Comparator for SAR ADCs", ISSCC, 2024.

技能
Cadence Virtuoso、Spectre、Calibre、MATLAB
""",
    posting="""
模拟 IC 设计工程师（博士专项）
职位要求：
- 微电子相关专业博士；
- 精通 Cadence Virtuoso、Spectre 仿真；
- 有 ADC/PLL 设计及流片经验；
- 熟悉 Calibre 版图验证。
""",
    keywords=("pll",),
)
add(
    "e10",
    "ic",
    """
钱小满  男  年龄：21
电话：13900004101  邮箱：xiaoman.qian@example.com
学校：滨海信息职业技术学院（2022.09-2025.06）  专业：微电子技术  专科
实习：2024.09-2025.03  恒芯封测（苏州）有限公司  测试技术员
负责 ATE 机台日常点检，协助工程师换线，每班处理 20 余批次产品。
获得证书：计算机二级
""",
    posting="""
封测厂招聘测试技术员（倒班）
要求：中专及以上，能适应倒班；熟悉 Excel 办公软件；有 ATE 机台操作经验者优先。
""",
    sections=("skills",),
    weak_verbs=("负责", "协助"),
    keywords=("excel",),
)
add(
    "e11",
    "ic",
    """
简历
基本信息
姓名\t潘屹\t手机\t13900004111
邮箱\tyi.pan@example.com\t民族\t汉
教育经历
时间\t学校\t专业\t学历
2023.09-2026.03\t岚川大学\t集成电路工程\t硕士
2019.09-2023.06\t岚川大学\t电子信息工程\t本科
实习经历
2025.04-2025.08\t芯辰科技有限公司\t数字验证实习生
搭建 AXI 总线 UVM 验证环境，编写 48 个测试用例，代码覆盖率 98.5%
2025.07-2025.10\t曦微半导体有限公司\tIC 验证实习生
参与 DDR 控制器模块的回归测试
项目经历
2024.03-2024.12\tRISC-V 五级流水线处理器设计与验证\t课题组项目
完成 RV32I 指令集 37 条指令的实现与验证
专业技能
SystemVerilog、UVM、Verilog、Python、Linux
""",
    posting="""
数字验证工程师
岗位要求
1. 熟悉SystemVerilog/UVM验证方法学；
2. 熟悉AXI、AHB总线协议；
3. 熟悉Perl/Python/Tcl中至少一种脚本语言；
4. 有VCS/Verdi使用经验优先。
""",
    numbers=("2025.07-2025.10",),
    weak_verbs=("参与",),
    dates=("overlap:2025.04-2025.08|2025.07-2025.10",),
    personal=("ethnicity",),
    keywords=("ahb", "perl", "tcl", "vcs", "verdi"),
)
add(
    "e12",
    "ic",
    """
卢青禾 / 13900004121 / qinghe.lu@example.com
教育背景：2021.09-2025.06 汐川电子科技大学 微电子科学与工程 本科
实习经历：2024.07-2024.12 朗矽微电子有限公司 模拟版图实习生
- 完成 Bandgap、LDO 共 3 个模块版图，DRC/LVS 一次通过，面积较参考版图缩小 12%
技能：Virtuoso、Calibre、Linux
""",
)
add(
    "e13",
    "ic",
    """
FPGA 开发 | 蒋一川
Phone: 13900004131  Email: yichuan.jiang@example.com

【教育背景】
2020年9月至2024年6月，就读于北渡理工大学通信工程专业，获工学学士学位。

【工作经历】
2024年7月至2025年8月  嘉石通信设备有限公司  硬件测试工程师
在公司主要负责基站射频板卡的功能测试，熟悉示波器、频谱仪的使用。工作中接触过 FPGA 调试，对数字逻辑产生兴趣，利用业余时间自学 Verilog。

【项目经历】
2025年3月至2025年9月  基于 Zynq-7020 的图像采集系统（个人项目）
用 Verilog 编写 OV5640 摄像头驱动和 DDR3 读写控制，图像经 HDMI 输出，整体延迟从 3 帧降低到 1 帧。

【技能】
Verilog、Vivado、MATLAB、示波器、频谱仪
""",
    posting="""
FPGA 工程师
岗位要求：本科及以上学历，熟悉 Verilog 或 VHDL，能独立使用 Vivado 或 Quartus 完成开发调试；熟悉 AXI 总线和 DDR 接口者优先。
加分项：有 PCIe、以太网项目经验。
""",
    numbers=("2024.07-2025.08",),
    weak_verbs=("负责", "接触过"),
    keywords=("vhdl", "quartus", "axi", "pcie", "以太网"),
)
add(
    "e14",
    "ic",
    """
姓名：褚嘉言   性别：男   婚姻状况：未婚
联系电话：13900004141   电子邮箱：jiayan.chu@example.com
教育背景
2021.09-2025.06  琼州大学  电子科学与技术  本科
实习经历
2024/07-2024/09  中屿微测试有限公司  测试工程师实习生
· 在 J750 上调试 2 款 MCU 的测试程序，测试时间从 1.8s 缩短到 1.1s
2024.12-2025.02  拓晶半导体有限公司  产品工程师实习生
· 帮助整理良率数据报表
项目经历
2023.09-2023.12  基于 STM32 的温湿度监测系统（课程设计）
· 采集精度 ±0.5℃，通过 LoRa 传输距离达 800 米
技能
C、Python、J750、JMP、Excel
""",
    posting="""
测试开发工程师（ATE）
任职要求：熟悉 V93000 或 J750 测试平台；掌握 C/C++；了解 STDF 数据格式；会用 JMP 进行数据分析者优先。
""",
    numbers=("2024.12-2025.02",),
    weak_verbs=("帮助",),
    dates=("format",),
    personal=("marital",),
    keywords=("v93000", "c++", "stdf"),
)
add(
    "e15",
    "ic",
    """
━━━━━━━━━━━━━━━━━━
 晏 知 白  |  数字 IC 后端
 ☎ 13900004151   ✉ zhibai.yan@example.com
━━━━━━━━━━━━━━━━━━
▌项目经历
2025.02-2025.06  基于 ICC2 的 RISC-V 核物理实现（培训机构项目）
· 完成布局、时钟树综合与布线，时序收敛到 500MHz，WNS 为 0
▌实习经历
2025.07-2025.10  天琴集成电路设计有限公司  后端实习生
· 配合完成模块级 ECO
· 跑 StarRC 提取寄生参数
▌专业技能
ICC2 / PrimeTime / StarRC / Calibre / Tcl
▌证书
CET-4
""",
    sections=("education",),
    numbers=("2025.07-2025.10",),
    weak_verbs=("配合",),
)
add(
    "e16",
    "ic",
    """
于晚晴
手机 13900004161 ｜ 邮箱 wanqing.yu@example.com

教育背景
2023.09-2026.06  鹭岛大学  集成电路科学与工程  硕士
2019.09-2023.06  鹭岛大学  微电子科学与工程  本科

实习经历
2025.06-2025.09  澄芯微电子（上海）有限公司  DFT 实习生
- 为 2 个模块插入 Scan 链并生成 ATPG 向量，故障覆盖率从 95.1% 提升到 98.7%
- 编写 Tcl 脚本自动比对 MBIST 结果，每次节省约 40 分钟

项目经历
2024.03-2024.11  低功耗 SRAM 编译器的 BIST 电路设计（导师横向课题）
- 设计 March C- 算法的 MBIST 控制器，面积开销低于 3%

专业技能
Tessent、DFT Compiler、TetraMAX、Tcl、Verilog、Perl
""",
    posting="""
DFT 工程师 2026 届校招
What you will need:
- 熟悉 Scan、MBIST、ATPG 等 DFT 技术；
- 熟悉 Tessent 或 DFT Compiler/TetraMAX 工具；
- 熟练使用 Tcl/Perl。
""",
)

# ---------------------------------------------------------------- uav
add(
    "e17",
    "uav",
    """
求职：无人机飞手
祁远航 13900004171 yuanhang.qi@example.com
2022.09-2025.06 渝北航空职业学院 无人机应用技术 专科
2024.04-2024.10 翼展农业服务队 植保飞手（兼职）
- 用 T40 完成水稻飞防作业 6000 余亩，无安全事故
2023.07-2023.08 校园航拍工作室 暑期兼职
- 帮助拍摄婚礼和活动的航拍素材
持有 CAAC 多旋翼超视距驾驶员执照；会用 大疆智图、Pix4D
""",
    posting="""
招聘植保飞手 3 名（微信报名）
要求：持 CAAC 或 AOPA 执照，熟练操作大疆植保机，有飞防经验优先，能吃苦。
""",
    numbers=("2023.07-2023.08",),
    weak_verbs=("帮助",),
    keywords=("aopa",),
)
add(
    "e18",
    "uav",
    """
姓名：邰思齐      性别：女      民族：回族
出生年月：2001.11      户口所在地：甘肃兰州
手机：13900004181      邮箱：siqi.tai@example.com

教育背景
2023.09—2026.06    西麓测绘大学    摄影测量与遥感    硕士
2019.09—2023.06    西麓测绘大学    测绘工程    本科

科研与项目经历
2024.05—2025.04    基于倾斜摄影的城市三维建模精度评估（导师课题）
·  使用 ContextCapture 处理 4,200 张影像，模型平面中误差 3.2cm
·  在《测绘通报》发表论文 1 篇（第二作者）
2023.10—2024.01    无人机 LiDAR 点云分类
·  负责点云数据预处理

实习经历
2025.07—2025.09    昆仑空间信息技术有限公司    航测实习生
·  外业飞行 12 架次，布设像控点 36 个

专业技能
ContextCapture、Pix4D、ArcGIS、LiDAR360、Python
""",
    posting="""
某测绘院（国企）2026年校园招聘——航测与遥感岗
岗位要求：测绘、遥感相关专业硕士研究生；熟练掌握 Pix4D、ContextCapture、大疆智图等航测内业软件；熟悉 ArcGIS、CASS；具有 RTK 外业测量经验者优先；中共党员优先。
""",
    numbers=("2023.10-2024.01",),
    weak_verbs=("负责",),
    personal=("ethnicity", "native_place"),
    keywords=("大疆智图", "cass", "rtk"),
)
add(
    "e19",
    "uav",
    """
FENG ZHIHANG 冯之航
+86 13900004191 | zhihang.feng@example.com | github.com/zh-feng-demo

EDUCATION
Sep 2021 – Jun 2025   Beiyuan Aerospace University 北原航天大学   B.Eng. Aircraft Control

EXPERIENCE
Jul 2024 – Oct 2024   Skyloom Robotics 天织机器人   Flight Control Intern
- Tuned PX4 attitude loops on a 450 mm quadrotor; hover drift cut from 0.8 m to 0.2 m
- Wrote 15 MAVLink message handlers for the ground station

PROJECTS
Mar 2024 – Jun 2024   Vision-based landing (course project)
- AprilTag landing success rate reached 92% in 50 outdoor trials

SKILLS
C++, Python, PX4, ROS 2, MAVLink, Gazebo
""",
)
add(
    "e20",
    "uav",
    """
焦宇澄
邮箱：yucheng.jiao@example.com   微信同号
求职意向：无人机系统测试

教育背景
2022.09-2026.06  东篱工业大学  飞行器设计与工程  本科

校园经历
2023.09-2025.06  校无人机创新队  电子组组长
- 带队获全国大学生无人机竞赛二等奖（参赛 120 支队伍）
- 配合机械组完成机架装配
2024.07-2024.08  云翎智能科技有限公司  测试实习生
- 记录外场试飞数据

技能
ArduPilot、Mission Planner、Altium Designer、C
""",
    posting="""
无人机测试工程师
职责：负责整机外场试飞。
要求：熟悉 ArduPilot 或 PX4 飞控；会用 Python 处理飞行日志；了解 MAVLink 协议。
""",
    contact=("phone",),
    numbers=("2024.07-2024.08",),
    weak_verbs=("配合",),
    keywords=("px4", "python", "mavlink"),
)
add(
    "e21",
    "uav",
    """
个人简历
姓名：乔砚        婚育状况：已婚已育
电话：13900004211  邮箱：yan.qiao@example.com
教育背景
2015.09-2019.06  南塘农业大学  农业机械化及其自动化  本科
工作经历
2019.07-2024.12  禾丰农业机械有限公司  售后技术员
- 负责植保无人机的维修与客户培训
2025.01-至今  鹏翔航空科技有限公司  无人机售后工程师
- 累计培训农户飞手 260 人，返修率下降 18%
技能
无人机维修、CAAC 执照、Excel、AutoCAD
""",
    pages=2,
    photo=True,
    length=("too_long",),
    numbers=("2019.07-2024.12",),
    weak_verbs=("负责",),
    personal=("marital", "photo"),
)
add(
    "e22",
    "uav",
    """
于澜
电话 13900004221   邮箱 lan.yu@example.com
【教育背景】
2021.09 - 2025.06  湘淮电力职业技术学院  电力系统自动化技术  专科
【实习经历】
2024年9月 - 2024年6月  湘能输电运维有限公司  无人机巡检实习生
- 使用 M300 RTK 搭载 H20T 完成 110kV 线路巡检 46 公里，发现缺陷 9 处
【技能】
大疆司空 2、红外热成像分析、Excel
""",
    posting="""
电网巡检飞手（劳务派遣）
岗位要求：1、持无人机驾驶员执照（CAAC）；2、熟悉电力巡检流程；3、掌握红外热成像、可见光缺陷识别；4、会使用大疆司空2、大疆智图。
""",
    dates=("reversed:2024.09-2024.06", "format"),
    keywords=("caac", "电力巡检", "可见光缺陷识别", "大疆智图"),
)
add(
    "e23",
    "uav",
    """
尹若川（无人机结构设计方向）
13900004231 · ruochuan.yin@example.com

教育背景
2022.09-2025.06  东陵航空大学  航空宇航科学与技术  硕士
研究方向为复合材料旋翼结构。

实习经历
2024.06-2024.09  穹顶无人机有限公司  结构设计实习生
在实习期间，我独立完成了一款 25kg 级垂起固定翼无人机的机臂结构设计，利用 Abaqus 进行强度校核，使机臂减重 14% 且满足 1.5 倍安全系数的要求，方案已用于第二批样机。

项目经历
2023.03-2024.05  碳纤维桨叶铺层优化（国家重点研发计划子课题）
建立桨叶有限元模型，通过遗传算法优化铺层角度，一阶固有频率提高 9.6%，在 EI 期刊发表论文 1 篇。

技能
SolidWorks、CATIA V5、Abaqus、HyperMesh、MATLAB
""",
)
add(
    "e24",
    "uav",
    """
姓名：霍晓棠
手机：13900004241
邮箱：xiaotang.huo@example.com
教育背景：2021.09-2025.06  临溪学院  遥感科学与技术  本科
主修课程：摄影测量学、遥感原理、GIS 原理、误差理论
获奖情况：2023 年校级二等奖学金
技能：ArcGIS、ENVI、Pix4D、Python
自我评价：性格踏实，吃苦耐劳，愿意到外业一线工作。
""",
    posting="""
航测员（外业）
要求：会用 Pix4D、大疆智图；熟悉 RTK、全站仪操作；能适应出差。
""",
    sections=("experience",),
    keywords=("大疆智图", "rtk", "全站仪"),
)

# ---------------------------------------------------------------- energy
add(
    "e25",
    "energy",
    """
司马青 | 电气工程硕士
Tel: 13900004251   Mail: qing.sima@example.com
■ 教育背景
2023.09-2026.06  华汀电力大学  电气工程  硕士
2019.09-2023.06  华汀电力大学  电气工程及其自动化  本科
■ 科研经历
2024.01-2025.05  含高比例新能源的配电网电压控制（省重点项目）
- 在 IEEE 33 节点系统上验证，电压越限时长减少 76%
■ 实习经历
2025.07-2025.09  东洲电力设计院  电气二次实习生
- 完成 2 座 35kV 变电站继电保护定值计算
■ 专业技能
MATLAB/Simulink、PSCAD、DIgSILENT、Python
""",
    posting="""
电气工程师（电网系统单位）
任职要求：电气工程及其自动化相关专业；熟悉 MATLAB/Simulink、PSCAD 仿真；了解继电保护。
""",
)
add(
    "e26",
    "energy",
    """
梁小禾
电话：13900004261
邮箱：xiaohe.liang@example.com
教育
2020年9月-2023年6月  岭东职业技术学院  光伏工程技术  专科
工作
2023.07-2024.06  阳辉光伏科技有限公司  光伏运维员
负责 3 座分布式电站的日常巡检和清洗，协助处理逆变器故障。
2024.07-至今  邻家便利店  店员（兼职）
收银、理货。
""",
    sections=("skills",),
    numbers=("2024.07-至今",),
    weak_verbs=("负责", "协助"),
    dates=("format",),
)
add(
    "e27",
    "energy",
    """
温以恒
手机：139-0000-4271  邮箱：yiheng.wen@example.com
教育背景
2022.09-2025.03  北川理工大学  电气工程（电池管理方向）  硕士
实习经历
2024.05-2024.11  恒储能源科技有限公司  BMS 软件实习生
- 基于 EKF 的 SOC 估算算法在 3 种工况下误差小于 2%
- 了解 AUTOSAR 基础软件配置
项目经历
2023.09-2024.04  锂电池热失控预警模型
- 参与电芯数据的采集与清洗
技能
C、MATLAB/Simulink、CAN、CANoe
""",
    posting="""
BMS Algorithm Engineer 电池算法工程师
Requirements:
- 熟悉电池管理系统（BMS）、SOC/SOH 估算；
- 熟练使用 MATLAB/Simulink，熟悉 C 语言；
- 熟悉 CAN 通信，会用 CANoe；
- Experience with AUTOSAR is a plus.
""",
    numbers=("2023.09-2024.04",),
    weak_verbs=("了解", "参与"),
    keywords=("soh",),
)
add(
    "e28",
    "energy",
    """
个人简历

基本情况
姓名：包星河
性别：男
出生年月：2000.03
政治面貌：共青团员
联系电话：13900004281
电子邮箱：xinghe.bao@example.com
求职意向：风电运维工程师

教育背景
2018.09-2022.06  北漠工业大学  新能源科学与工程  本科
主修课程：风力发电原理、电力电子技术、电机学、自动控制原理、
电力系统分析、传感器与检测技术、PLC 原理与应用、工程制图、
可再生能源概论、储能技术、电路原理、模拟电子技术、数字电子技术
毕业设计：双馈风电机组低电压穿越控制策略研究（优秀）

工作经历
2022.07-2024.03  沙原风电运营有限公司  风电运维技术员
- 负责 2MW 机组的定期巡检与维护
- 协助完成齿轮箱换油工作
- 参与叶片检查与螺栓力矩校验
- 配合厂家完成变桨系统升级
- 记录机组运行日志，整理月度运维报表
- 参加公司安全生产培训并取得高处作业证
2024.04-至今  青岭新能源有限公司  风电场值班员
- 负责升压站的倒闸操作与设备巡视
- 每月统计全场 33 台风机的可利用率，由 95.2% 提升到 97.6%
- 编写故障处理手册，覆盖常见故障 40 余类
- 协助站长完成年度检修计划
- 参加电网调度规程考试并通过

校园经历
2019.09-2021.06  学院学生会  实践部干事
- 组织暑期三下乡社会实践活动
- 帮助老师整理实验室设备台账
2020.03-2021.06  新能源协会  会员
- 参加风光储创新设计大赛

证书
高处作业证、低压电工证、CET-4、机动车驾驶证（C1）

专业技能
熟悉 SCADA 监控系统操作
熟练使用 AutoCAD、Office 办公软件
了解 PLC 编程

自我评价
本人性格开朗，吃苦耐劳，有较强的责任心和团队协作精神，
能够适应野外工作环境和倒班工作制度，服从公司安排。
工作认真负责，善于学习新知识，希望在风电行业长期发展。

获奖情况
大二学年 校级三等奖学金
大三学年 校级优秀学生干部
全国大学生节能减排社会实践与科技竞赛 校级二等奖
校级"优秀共青团员"

语言能力
英语：CET-4，能阅读英文设备手册
普通话：二级甲等

兴趣爱好
篮球、长跑、摄影、阅读
""",
    length=("too_long",),
    numbers=("2022.07-2024.03", "2019.09-2021.06", "2020.03-2021.06"),
    weak_verbs=("负责", "协助", "参与", "配合", "帮助", "了解"),
)
add(
    "e29",
    "energy",
    """
卓一澜  博士研究生（化学工程与技术）
手机 13900004291  邮箱 yilan.zhuo@example.com
身份证：本人可提供

教育背景
2021年9月—今  东滨理工大学  化学工程与技术  博士
2017年9月—2021年6月  东滨理工大学  能源化学工程  本科

科研经历
2022年3月—2025年6月  碱性电解水制氢 NiFe-LDH 催化剂研究（国家重点研发计划）
- 在 10 mA/cm² 下过电位由 290 mV 降至 218 mV，稳定运行 500 h
- 搭建 5 kW 电解槽测试平台

学术成果
1. Zhuo Y., et al. Applied Catalysis B, 2024, 340: 123456.（第一作者，IF 22.1）
2. 发明专利 1 项：一种镍铁基析氧催化剂的制备方法（已授权）

技能
Aspen Plus、Origin、XRD/XPS 数据分析、电化学工作站
""",
    posting="""
氢能研发工程师（博士后/研发岗）
要求：化学、材料、化工相关专业博士；熟悉电解水制氢或燃料电池；熟悉 Aspen Plus、COMSOL 等仿真软件者优先。
""",
    personal=("id_number",),
    keywords=("燃料电池", "comsol"),
)
add(
    "e30",
    "energy",
    """
蓝 知 夏          手机 13900004301          邮箱 zhixia.lan@example.com

教育背景
2021.09 - 2025.06        澄江电力学院        电气工程及其自动化        本科

实习经历
2024.07 - 2024.09        南溪供电公司        配电运检实习生
    · 参与 10kV 线路巡视 18 次，整理缺陷记录 62 条
    · 使用 CAD 绘制 4 张台区改造单线图

项目经历
2023.11 - 2024.05        光储微电网能量管理（大创国家级立项）
    · 在 MATLAB 中建立光伏+储能模型，削峰后峰谷差降低 23%

技能
MATLAB/Simulink、AutoCAD、PSCAD、Python
""",
    weak_verbs=("参与",),
)
add(
    "e31",
    "energy",
    """
【基本信息】柏语桐 · 13900004311 · yutong.bai@example.com · 籍贯：山西大同
【教育背景】2021.9-2025.6  晋阳能源大学  储能科学与工程  本科
【实习经历】
2024.11-至今  云储智慧能源科技有限公司  储能运营实习生
· 搭建电站收益测算表，测算 5 个工商业储能项目的 IRR
2025.01-2025.04  蓝湾电池有限公司  电芯测试实习生
· 负责电芯循环寿命测试
【项目经历】
2023.05-2023.12  校园用电负荷预测
· 用 LSTM 预测次日负荷，MAPE 从 8.4% 降到 4.9%
【技能】Excel、Python、PVsyst
""",
    posting="""
储能项目经理助理（初创公司，急招）
你需要：熟悉峰谷套利、需量管理等储能收益模式；会 Excel；了解 EMS、BMS、PCS；熟悉电力市场交易者优先。
""",
    numbers=("2025.01-2025.04",),
    weak_verbs=("负责",),
    dates=("overlap:2024.11-至今|2025.01-2025.04", "format"),
    personal=("native_place",),
    keywords=("峰谷套利", "需量管理", "ems", "bms", "pcs", "电力市场交易"),
)
add(
    "e32",
    "energy",
    """
常予宁
Mobile 13900004321
EDUCATION / 教育背景
2022.09 - 2025.06  南陵核能学院  核工程与核技术  硕士
RESEARCH / 科研经历
2023.09 - 2025.03  压水堆蒸汽发生器传热管流致振动分析
· 用 Fluent 与 ANSYS Mechanical 做流固耦合计算
· 完成课题组中期报告
INTERNSHIP / 实习经历
2024.07 - 2024.09  东港核电运营有限公司  运行实习生
· 跟班学习主控室运行规程
SKILLS / 技能
ANSYS Fluent、ANSYS Mechanical、RELAP5、Python
""",
    contact=("email",),
    numbers=("2023.09-2025.03", "2024.07-2024.09"),
)

# ---------------------------------------------------------------- bio
add(
    "e33",
    "bio",
    """
简历 RESUME
姓名：许青蔓   性别：女   民族：汉族   婚姻：未婚
籍贯：福建莆田   电话：13900004331   邮箱：qingman.xu@example.com

教育背景
2022年9月-2025年6月  闽江医科大学  生物化学与分子生物学  硕士
2018年9月-2022年6月  闽江医科大学  生物技术  本科

科研经历
2023年3月-2025年3月  PD-L1 抑制剂对肝癌细胞凋亡的影响（导师国自然面上项目）
· 完成 HepG2 细胞培养、Western Blot 与流式细胞术实验
· 协助师兄进行小鼠成瘤实验

实习经历
2024年7月-2024年8月  康屿生物医药有限公司  研发实习生
· 优化 ELISA 检测条件，批间 CV 由 15% 降到 8%

专业技能
细胞培养、Western Blot、qPCR、ELISA、流式细胞术、GraphPad Prism
""",
    posting="""
细胞生物学研究员
岗位要求：
1. 生物学相关专业硕士及以上；
2. 熟练掌握细胞培养、Western Blot、qPCR、流式细胞术；
3. 有类器官培养或 CRISPR 基因编辑经验者优先。
""",
    numbers=("2023.03-2025.03",),
    weak_verbs=("协助",),
    personal=("ethnicity", "marital", "native_place"),
    keywords=("类器官培养", "crispr"),
)
add(
    "e34",
    "bio",
    """
QA 专员 求职简历

顾 小 葵
13900004341 | xiaokui.gu@example.com

教育背景
2020.09 – 2023.06   苏淮药科职业学院   药品生产技术   专科

工作与实习经历
2023.07 – 2025.06   瑞和制药有限公司   QC 检验员
• 独立完成原辅料与成品的 HPLC 检测，每月约 150 批次，OOS 调查 0 次漏报
• 编写 12 份 SOP，通过 2 次 GMP 符合性检查
2022.12 – 2023.05   瑞和制药有限公司   QC 实习生
• 协助完成留样观察

技能
HPLC、GC、GMP、Empower 3、Excel
""",
    posting="""
QA 专员
岗位要求：药学相关专业大专及以上；熟悉 GMP、数据完整性；熟悉偏差管理、变更控制和 CAPA。
""",
    numbers=("2022.12-2023.05",),
    weak_verbs=("协助",),
    keywords=("数据完整性", "偏差管理", "变更控制", "capa"),
)
add(
    "e35",
    "bio",
    """
Name: 韦予岚 (Lan Wei)
Phone: 13900004351 | Email: yulan.wei@example.com

Education
2019.09-2025.06  沧浪大学  生物信息学  博士
2015.09-2019.06  沧浪大学  生物科学  本科

Research
2020.09-2025.03  单细胞转录组解析肿瘤微环境（博士课题）
- 整合 4 个公开数据集共 32 万个细胞，鉴定 3 个新的 T 细胞亚群
- 开发的注释流程将人工注释时间从 2 周缩短到 1 天

Publications
1. Wei Y., et al. Single-cell atlas of ... Nature Communications, 2024.
2. Wei Y., et al. Bioinformatics, 2023.

Skills
Python (Scanpy)、R (Seurat)、Linux、Snakemake、Docker
""",
)
add(
    "e36",
    "bio",
    """
徐阿满
手机：13900004361 邮箱：aman.xu@example.com
求职意向：生物发酵工艺技术员
教育：2021-2024 宁川轻工职业技术学院 生物技术及应用 专科
实习：2023年10月-2024年4月 宁川生物发酵有限公司 发酵车间实习生
主要做的工作：配合师傅做 50L 发酵罐的投料、取样等操作，帮助记录温度、pH、溶氧数据，打杂比较多。
兼职：2022年7月-2022年8月 奶茶店店员
""",
    posting="""
发酵工艺技术员（倒班）
1. 生物、发酵相关专业大专以上学历；
2. 熟悉发酵罐操作、无菌操作；
3. 会使用 DCS 控制系统者优先。
""",
    sections=("skills",),
    numbers=("2023.10-2024.04", "2022.07-2022.08"),
    weak_verbs=("配合", "帮助", "打杂"),
    keywords=("无菌操作", "dcs"),
)
add(
    "e37",
    "bio",
    """
柯宛宁
电话 13900004371  邮箱 wanning.ke@example.com

教育背景
2021.09-2025.06  衡山大学  生物医学工程  本科

实习经历
2024.06-2024.09  明曜医疗器械有限公司  注册专员实习生
- 整理 2 类产品的注册申报资料 11 份，补正意见回复周期从 30 天缩短到 18 天

项目经历
2023.09-2024.05  可穿戴心电贴片的信号降噪（大创项目）
- 小波去噪后信噪比提高 6.3 dB

技能
MATLAB、Python、SolidWorks、ISO 13485
""",
)
add(
    "e38",
    "bio",
    """
个人信息 ———————————————
骆清 | 女 | 1999.08 | 汉族
13900004381 | qing.luo@example.com
教育背景 ———————————————
2021.09-2024.06 青岚农业大学 动物医学 硕士
2017.09-2021.06 青岚农业大学 动物医学 本科
实习经历 ———————————————
2023.07-2023.12 新牧动物药业有限公司 疫苗研发实习生
- 负责鸡新城疫灭活疫苗的效力检验
- 参与 3 批中试疫苗的稳定性考察
2023.11-2024.02 瑞宠动物医院 助理兽医
- 接诊犬猫 400 余例
技能 ———————————————
ELISA、PCR、细胞培养、SPF 鸡胚操作
""",
    posting="""
兽用疫苗研发专员（集团总部）
任职要求：动物医学、预防兽医学相关专业硕士；掌握病毒培养、ELISA、PCR 等实验技术；熟悉 GMP 规范；了解兽药注册法规。
""",
    weak_verbs=("负责", "参与"),
    dates=("overlap:2023.07-2023.12|2023.11-2024.02",),
    personal=("ethnicity",),
    keywords=("病毒培养", "gmp", "兽药注册法规"),
)
add(
    "e39",
    "bio",
    """
CRA（临床监查员）求职 — 邵念慈
电话：13900004391
教育背景
2020/09-2023/06  东明大学  药理学  硕士
2016/09-2020/06  东明大学  临床药学  本科
工作经历
2023/07-2025/08  华景医药研究有限公司  CRC（临床协调员）
- 负责 3 个 II 期肿瘤试验的受试者随访，累计 86 例，方案偏离 0 例
- 协助 CRA 完成 SDV
技能
GCP 证书、EDC 系统（Medidata Rave）、Excel、英语 CET-6
""",
    pages=2,
    contact=("email",),
    length=("too_long",),
    weak_verbs=("负责", "协助"),
)
add(
    "e40",
    "bio",
    """
钟离夏 · 食品质量与安全 · 13900004401 · lixia.zhong@example.com
---
教育 | 2021.09-2025.06 | 海陵大学 | 食品质量与安全 | 本科
实习 | 2024.07-2024.09 | 甘泉乳业有限公司 | 品控实习生
  · 在线抽检 1,200 余份样品，发现 2 批次菌落总数超标并追溯原因
项目 | 2023.10-2024.06 | 低糖酸奶配方优化（毕业设计）
  · 响应面法优化后感官评分从 72 分提高到 85 分
技能 | 微生物检验、HPLC、SPSS、HACCP
""",
)

# ---------------------------------------------------------------- ai
add(
    "e41",
    "ai",
    """
殷沐阳  NLP 算法实习 / 校招
📞 13900004411  ✉ muyang.yin@example.com

🎓 教育背景
2023.09-2026.06  鹤鸣大学  人工智能  硕士
2019.09-2023.06  鹤鸣大学  计算机科学与技术  本科

💼 实习经历
2025.06-2025.09  星图智能科技有限公司  大模型算法实习生
- 用 LoRA 对 7B 模型做客服领域微调，意图识别准确率从 81% 提升到 90%
- 负责 SFT 数据清洗，参与大模型微调全流程
2024.12-2025.03  云雀语义科技有限公司  NLP 实习生
- 参与 RAG 问答系统的检索模块开发

📝 论文
Yin M., et al. "Contrastive Prompt Tuning for Low-Resource NER". Findings of ACL, 2025.

🛠 技能
Python、PyTorch、Hugging Face Transformers、LoRA、vLLM、LangChain
熟悉 Transformer 结构与常见微调方法
""",
    posting="""
大模型算法工程师（2026届）
Requirements:
- 熟悉 PyTorch，熟悉 Transformer 结构；
- 有大模型微调经验，熟悉 SFT、RLHF；
- 熟悉 DeepSpeed、Megatron 等分布式训练框架者优先。
""",
    numbers=("2024.12-2025.03",),
    weak_verbs=("负责", "参与"),
    keywords=("rlhf", "deepspeed", "megatron"),
)
add(
    "e42",
    "ai",
    """
钱牧之
13900004421
muzhi.qian@example.com

我是一名计算机视觉方向的研究生，本科和硕士都在西泠大学就读（本科 2018 年 9 月至 2022 年 6 月，计算机科学与技术；硕士 2022 年 9 月至 2025 年 6 月，模式识别与智能系统）。

在读期间我主要的研究课题是工业表面缺陷检测（2023 年 1 月至 2024 年 12 月）。我在 YOLOv8 的基础上改进了特征融合结构，在课题组自建的钢板缺陷数据集上把 mAP@0.5 从 0.78 提升到了 0.86，推理速度保持在 45 FPS，相关成果投稿至《计算机辅助设计与图形学学报》。

2024 年 7 月至 2024 年 10 月，我在杭州的澄明视觉科技有限公司做算法实习生，主要负责把检测模型用 TensorRT 部署到 Jetson Orin 上，配合工程团队完成产线联调。

我熟练掌握 Python、PyTorch、OpenCV、TensorRT，也会一点 C++。
""",
    numbers=("2024.07-2024.10",),
    weak_verbs=("负责", "配合"),
)
add(
    "e43",
    "ai",
    """
Resume — 孟星野 Meng Xingye
13900004431 | xingye.meng@example.com
Education: 2021.09-2025.06, 瀚海大学, 数据科学与大数据技术, 本科
Internship: 2024.07-2024.09, 声谷科技有限公司, 语音算法实习生
- Fine-tuned a Whisper-small model on 120 hours of dialect speech; CER dropped from 18.2% to 11.5%
Project: 2023.09-2023.12, 课堂情绪识别小程序（课程作业）
- 负责前端页面
Skills: Python, PyTorch, Kaldi, librosa
""",
    posting="""
语音识别算法实习生
岗位要求：熟悉 ASR 基本原理；熟悉 Kaldi、WeNet、ESPnet 等语音工具；掌握 PyTorch；有 C++ 工程能力者优先。
""",
    numbers=("2023.09-2023.12",),
    weak_verbs=("负责",),
    keywords=("asr", "wenet", "espnet", "c++"),
)
add(
    "e44",
    "ai",
    """
晁一鸣
手机：13900004441  邮箱：yiming.chao@example.com  民族：满族
教育背景
2022.9-2026.6  燕台理工大学  智能科学与技术  本科
项目经历
2025.3-2025.6  基于强化学习的机械臂抓取（毕业设计）
- 在 PyBullet 中训练 SAC 策略，抓取成功率 87%
2024.10-2024.12  手写数字识别（课程作业）
- 用 CNN 在 MNIST 上训练模型
技能
Python、PyTorch、ROS、OpenCV
""",
    numbers=("2024.10-2024.12",),
    personal=("ethnicity",),
)
add(
    "e45",
    "ai",
    """
【个人信息】
车晓岚 | 电话 139 0000 4451 | 邮箱 xiaolan.che@example.com

【教育背景】
2019年9月－2022年6月  东川职业技术学院  计算机应用技术  专科
2023年3月－2025年1月  东川大学（成人本科，业余）  计算机科学与技术  本科

【工作经历】
2022年7月－2024年6月  某数据标注公司  标注组长
· 带 15 人团队完成自动驾驶点云标注 20 万帧，质检一次通过率 96%
2024年7月－2025年8月  觅途智能科技有限公司  AI 训练师
· 负责大模型对话数据的编写与评测
· 协助算法同学搭建评测集

【技能】
Python、Label Studio、Excel、SQL
""",
    posting="""
AI 数据运营专员
岗位要求：熟悉 Label Studio、CVAT 等标注工具；会 Python 脚本处理数据；了解 Prompt 工程。
""",
    numbers=("2024.07-2025.08",),
    weak_verbs=("负责", "协助"),
    keywords=("cvat", "prompt"),
)
add(
    "e46",
    "ai",
    """
廖北辰
13900004461 ｜ beichen.liao@example.com ｜ 求职意向：推荐算法

教育背景
2022.09-2025.03  南霁大学  统计学  硕士

实习经历
2024.06-2024.12  拾贝电商科技有限公司  推荐算法实习生
- 上线 DeepFM 精排模型，首页点击率（CTR）相对提升 4.2%
- 用 Spark 构建用户 30 天行为特征 200 余个

竞赛经历
2023.10-2023.12  某平台电商点击率预估大赛
- 最终排名 Top 3%（第 18 名 / 共 620 队）

技能
Python、PyTorch、Spark、Hive、SQL、LightGBM
""",
    posting="""
推荐算法工程师
要求：熟悉 CTR 预估模型（DeepFM、DIN 等）；熟悉 Spark/Hive；掌握 TensorFlow 或 PyTorch；有 Flink 实时特征经验者优先。
""",
    keywords=("ctr", "din", "tensorflow", "flink"),
)
add(
    "e47",
    "ai",
    """
汪听雨 | 计算机视觉博士 | 13900004471 | tingyu.wang@example.com

教育背景
2020.09-2025.12  太微大学  计算机科学与技术  博士
2016.09-2020.06  太微大学  自动化  本科

科研经历
2021.03-2025.06  开放词汇三维场景理解
- 提出的点云—文本对齐方法在 ScanNet 上 mIoU 提高 5.8 个百分点
- 指导 3 名硕士生完成毕业课题

实习经历
2024.03-2024.09  元启研究院  研究实习生
- 参与多模态大模型的三维理解评测

发表论文
[1] CVPR 2024，第一作者  [2] ICCV 2023，第一作者  [3] AAAI 2025，第二作者

技能
PyTorch、CUDA、Open3D、Linux
""",
    pages=2,
    length=("too_long",),
    numbers=("2024.03-2024.09",),
    weak_verbs=("参与",),
)
add(
    "e48",
    "ai",
    """
邓向晚  13900004481  xiangwan.deng@example.com
教育背景  2021.09-2025.06  枫桥大学  人工智能  本科
实习经历  2024.07-2024.10  枢云科技有限公司  CV 算法实习生
· 将目标检测模型从 FP32 量化为 INT8，推理延迟从 42ms 降到 17ms，精度下降小于 0.5%
项目经历  2023.11-2024.04  校园垃圾分类识别（互联网+省赛银奖）
· 数据集扩充到 1.6 万张，分类准确率 94.3%
专业技能  Python、PyTorch、ONNX、TensorRT、OpenCV
""",
)

# ---------------------------------------------------------------- data
add(
    "e49",
    "data",
    """
庞安琪
手机：13900004491    邮箱：anqi.pang@example.com
求职意向：数据分析师

教育背景
2020.09-2023.06    临湖商贸职业学院    大数据与会计    专科
2023.09-2025.06    临湖财经学院（专升本）    数据科学与大数据技术    本科

实习经历
2024.07-2024.10    优选生鲜电商有限公司    数据分析实习生
- 负责每日销售日报的制作与发送
- 协助运营做活动复盘
2025.01-2025.03    悦客连锁餐饮管理有限公司    经营分析实习生
- 用 SQL 搭建门店指标宽表，日报出数时间从 2 小时缩短到 15 分钟
- 发现 6 家门店外卖毛利为负，推动调价后毛利率回升 3.5 个百分点

技能
SQL、Excel（数据透视表、VLOOKUP）、Python（pandas）、FineBI
""",
    posting="""
Data Analyst 数据分析师（校招/社招均可）
岗位要求：
· 统计学、数学、计算机等相关专业本科及以上；
· 熟练使用 SQL，熟悉 Hive/Spark 者优先；
· 熟练掌握 Excel、Python，会用 Tableau 或 FineBI 做可视化；
· 了解 A/B 测试、用户分群等分析方法。
""",
    numbers=("2024.07-2024.10",),
    weak_verbs=("负责", "协助"),
    keywords=("hive", "spark", "tableau", "a/b 测试", "用户分群"),
)
add(
    "e50",
    "data",
    """
Lu Wanzhou 陆晚舟
13900004501 · wanzhou.lu@example.com · linkedin.com/in/wanzhou-demo

EDUCATION
2021.09–2025.06  Qinghai Lake University 青湖大学  B.Sc. Statistics 统计学

EXPERIENCE
2024.06–2024.09  Tidewater Analytics 潮汐数据  Data Analyst Intern
- Built a churn model in Python; recall on high-value users rose from 0.52 to 0.71
- Automated 9 weekly Tableau dashboards, saving the team 6 hours a week

2023.09–2024.01  校统计建模大赛  队长
- 用 ARIMA 预测城市用电量，MAPE 3.8%，获省级一等奖

SKILLS
SQL, Python (pandas, scikit-learn), R, Tableau, Excel
""",
)
add(
    "e51",
    "data",
    """
关于我
我叫聂清禾，2021 年从南浦师范大学数学与应用数学专业本科毕业（2017.09-2021.06），之后在县城中学当了三年数学老师。2024 年下半年开始系统学习数据分析，想转行做数据运营。
联系：13900004511 / qinghe.nie@example.com

工作经历
2021.08-2024.07  云溪县第二中学  数学教师
担任两个班的数学教学和班主任工作，所带班级的数学平均分在全县同类班级中从第 9 名升到第 2 名。

转行学习与项目
2024.09-2025.03  自学项目：某连锁超市销售数据分析
用 MySQL 和 Python 清洗了公开数据集，搭建了 Power BI 看板，帮助自己理解 RFM 模型和同期群分析。

技能
我熟练掌握 Excel、SQL，会用 Python 和 Power BI。
""",
    posting="""
招数据运营一枚！
我们是一家做社区团购的小公司（20人左右），需要你：会 SQL 和 Excel，懂一点 Python；用过 Power BI 或 Tableau 更好；对数字敏感，能接受单休。
""",
    numbers=("2024.09-2025.03",),
    weak_verbs=("帮助",),
    keywords=("tableau",),
)
add(
    "e52",
    "data",
    """
姓    名    郑一苇        性    别    女
出生年月    2002.07       生 源 地    江苏盐城
联系电话    13900004521   电子邮箱    yiwei.zheng@example.com

教育背景
2020.09 - 2024.06      淮海大学      信息管理与信息系统      本科

实习经历
2023.07 - 2023.09      盐城智汇数据服务有限公司      数据标注与分析实习生
        负责政务热线工单的分类整理
        配合完成月度工单数据报告
2024.02 - 2024.05      星河保险股份有限公司盐城分公司      运营实习生
        清洗历史保单数据 8 万余条，错误率从 5.1% 降到 0.6%

项目经历
2023.03 - 2023.06      高校图书借阅数据分析（课程设计）
        用 Python 分析 3 年借阅记录，找出借阅量前 20 的学科
""",
    sections=("skills",),
    numbers=("2023.07-2023.09", "2023.03-2023.06"),
    weak_verbs=("负责", "配合"),
    personal=("native_place",),
)
add(
    "e53",
    "data",
    """
姓名：戚明澈  |  统计学硕士  |  13900004531  |  mingche.qi@example.com

教育背景
2023.09-2026.06  东岳财经大学  统计学（金融统计方向）  硕士
2019.09-2023.06  东岳财经大学  经济统计学  本科

科研经历
2024.03-2025.09  基于梯度提升树的小微企业违约预测（导师横向课题）
- 在 2.3 万家企业样本上 AUC 达到 0.83，比逻辑回归高 0.06
- 论文《小微企业信用风险的可解释建模》已被《统计与决策》录用（第一作者）

实习经历
2025.06-2025.08  华屿银行总行  风险管理部实习生
- 协助开发零售信贷评分卡
- 了解监管报送流程

技能
Python、R、SAS、SQL、XGBoost、LightGBM
""",
    posting="""
某国有大型银行总行 2026 年校园招聘 — 风险建模岗
招聘要求：统计学、数学、金融工程等专业硕士研究生及以上学历。熟练掌握 SAS、Python、SQL 等工具，熟悉评分卡、机器学习。通过 CFA、FRM 考试者优先。
""",
    numbers=("2025.06-2025.08",),
    weak_verbs=("协助", "了解"),
    keywords=("机器学习", "cfa", "frm"),
)
add(
    "e54",
    "data",
    """
谭小鹿
微信：xiaolu_data
教育：2022.09-2025.06  滨城职业技术学院  大数据技术  专科
实习：2024.09-2024.12  鹿鸣网络科技有限公司  数据采集实习生
- 用 Scrapy 采集电商评论 30 万条
技能：Python、Scrapy、MySQL、Linux
""",
    contact=("phone", "email"),
)
add(
    "e55",
    "data",
    """
▍严知行  数据工程方向
▍13900004551  zhixing.yan@example.com

▍教育背景
2021.09-2025.06  浦川大学  计算机科学与技术  本科

▍实习经历
2024.03-2024.08  数澜云科技有限公司  数据开发实习生
- 用 Flink SQL 开发 12 个实时指标，端到端延迟低于 5 秒
2024.07-2024.09  拾光零售科技有限公司  数仓实习生
- 参与 Hive 数仓 DWD 层建设
2024.12-2024.10  青鸟出行科技有限公司  大数据实习生
- 迁移 40 张 Hive 表到 Iceberg，存储减少 28%

▍技能
Java、Scala、SQL、Flink、Spark、Hive、Kafka
""",
    posting="""
大数据开发工程师
【岗位要求】熟悉 Hadoop/Hive/Spark/Flink 等大数据组件；熟悉数据仓库建模；熟练掌握 Java 或 Scala；了解 Doris、ClickHouse 者优先。
""",
    numbers=("2024.07-2024.09",),
    weak_verbs=("参与",),
    dates=("overlap:2024.03-2024.08|2024.07-2024.09", "reversed:2024.12-2024.10"),
    keywords=("hadoop", "数据仓库建模", "doris", "clickhouse"),
)
add(
    "e56",
    "data",
    """
个人简历
姓名：章若谷   民族：壮族   籍贯：广西柳州   婚姻状况：未婚
手机：13900004561   邮箱：ruogu.zhang@example.com
教育背景
2019.09-2023.06  邕江大学  应用统计学  本科
工作经历
2023.07-2025.09  桂云物流有限公司  数据专员
- 维护运输时效看板，覆盖 14 条干线
- 推动异常件预警规则上线，异常件处理时长由 36 小时降到 20 小时
技能
SQL、Excel、Power BI、Python
""",
    pages=2,
    photo=True,
    length=("too_long",),
    personal=("ethnicity", "native_place", "marital", "photo"),
)

# ---------------------------------------------------------------- manufacturing
add(
    "e57",
    "manufacturing",
    """
个 人 简 历
姓名：赵铁柱    电话：13900004571    邮箱：tiezhu.zhao@example.com
学历：专科    学校：北岸机电职业技术学院    专业：数控技术    时间：2022年9月—2025年6月
实习单位：精锐机械制造有限公司（2024年7月—2025年2月）  岗位：CNC 操机学徒
实习内容：跟着师傅学习 FANUC 系统加工中心的对刀和换刀，帮助师傅做首件检验。
证书：数控车工中级工、CAD 绘图员证
""",
    posting="""
招 CNC 操机员 5 名（包吃住，两班倒）
要求：会看图纸，熟悉 FANUC、三菱系统，会用卡尺、千分尺；有加工中心经验优先。
""",
    sections=("skills",),
    numbers=("2024.07-2025.02",),
    weak_verbs=("帮助",),
    keywords=("三菱", "卡尺", "千分尺"),
)
add(
    "e58",
    "manufacturing",
    """
陶敬之 | 机械设计工程师（应届）
13900004581 | jingzhi.tao@example.com

教育背景
2021.09-2025.06  川北理工大学  机械设计制造及其自动化  本科

实习经历
2024.07-2024.09  恒锐智能装备有限公司  机械设计实习生
- 用 SolidWorks 完成 4 套工装夹具的设计，装夹时间从 90 秒缩短到 35 秒
- 出具 2D 工程图 60 余张，按 GB/T 1182 标注形位公差

项目经历
2023.09-2024.05  桌面级六轴机械臂（机械创新设计大赛省一等奖）
- 负重 500g 时重复定位精度 ±0.2mm，整机成本控制在 1800 元
- 用 ANSYS Workbench 做大臂有限元分析，质量减轻 18%

技能
SolidWorks、AutoCAD、ANSYS Workbench、GD&T
""",
    posting="""
机械设计工程师
任职资格：机械类本科及以上；熟练使用 SolidWorks、AutoCAD；熟悉 GD&T 形位公差；会用 ANSYS 做简单有限元分析；有工装夹具设计经验者优先。
""",
)
add(
    "e59",
    "manufacturing",
    """
QUALITY ENGINEER | 质量工程师
闵书涵  13900004591  shuhan.min@example.com

教育背景
2018年9月-2022年6月  江左科技大学  质量管理工程  本科

工作经历
2022.07-2024.02  汇通汽车零部件有限公司  SQE
- 负责 12 家二级供应商的 PPAP 审核，来料不良率由 1.8% 降到 0.7%
2024.03-至今  博远电子（苏州）有限公司  质量工程师
- 参与客户 8D 报告的编写
- 配合生产处理产线异常

技能
IATF 16949、FMEA、SPC、MSA、Minitab、六西格玛绿带
""",
    posting="""
质量工程师（汽车电子）
岗位要求：熟悉 IATF 16949 体系及五大工具（APQP、PPAP、FMEA、SPC、MSA）；熟练使用 Minitab；有 8D 问题分析经验；持六西格玛绿带以上证书者优先。
""",
    numbers=("2024.03-至今",),
    weak_verbs=("负责", "参与", "配合"),
    dates=("format",),
    keywords=("apqp",),
)
add(
    "e60",
    "manufacturing",
    """
【姓名】覃浩然
【电话】13900004601
【邮箱】haoran.qin@example.com
【户籍】湖南永州

【教育背景】
2021.09～2025.06  湘南工程学院  电气工程及其自动化  本科

【实习经历】
2024.06～2024.09  远景智造（长沙）有限公司  电气自动化实习生
· 编写 S7-1200 PLC 程序控制 3 台输送线，换型时间缩短 40%
· 了解 WinCC 画面组态

【项目经历】
2023.10～2024.04  基于 PLC 的立体仓库控制系统（毕业设计）
· 使用 TIA Portal V16 完成梯形图编程与仿真

【技能】
西门子 S7-1200/1500、TIA Portal、EPLAN、AutoCAD Electrical
""",
    posting="""
电气工程师（非标自动化）
要求：1）熟悉西门子 PLC（S7-1200/1500）编程，掌握 TIA Portal；2）熟悉 EPLAN 电气制图；3）会用 WinCC 或 威纶通触摸屏；4）了解伺服、变频器调试；5）有 Profinet 总线经验者优先。
""",
    numbers=("2023.10-2024.04",),
    weak_verbs=("了解",),
    personal=("native_place",),
    keywords=("威纶通", "伺服", "变频器", "profinet"),
)
add(
    "e61",
    "manufacturing",
    """
孔令仪（硕士 · 材料加工工程）
电话：13900004611  邮箱：lingyi.kong@example.com

教育背景
2023.09-2026.06  燕北工业大学  材料加工工程  硕士
2019.09-2023.06  燕北工业大学  材料成型及控制工程  本科

科研项目
2023.12-2025.10  铝合金激光焊接气孔抑制工艺研究（企业合作课题）
- 通过摆动焊接将气孔率从 4.3% 降到 0.8%，焊缝抗拉强度达到母材的 86%
- 发表 EI 会议论文 1 篇，申请发明专利 1 项（第二发明人）

企业实习
2025.07-2025.09  北辰新能源汽车有限公司  焊装工艺实习生
- 协助工艺工程师编写焊装工艺卡
- 参与白车身焊点质量抽检

技能
Simufact Welding、ANSYS、Origin、AutoCAD、UG NX
""",
    posting="""
焊接工艺工程师（2026 届校园招聘）
岗位要求：材料成型、焊接相关专业硕士；熟悉激光焊、点焊工艺；熟悉焊接仿真软件（Simufact、SYSWELD 等）；了解 DOE 试验设计。
""",
    numbers=("2025.07-2025.09",),
    weak_verbs=("协助", "参与"),
    keywords=("点焊", "sysweld", "doe"),
)
add(
    "e62",
    "manufacturing",
    """
退役士兵 求职简历
姓名：冯刚强   出生：1998年5月   户口所在地：河南周口   身份证号：41162719980512001X
电话：13900004621   邮箱：gangqiang.feng@example.com

教育经历
2016年9月—2019年6月  中原机电职业技术学院  机电一体化技术  专科

工作经历
2019年9月—2024年8月  服役于某部队  汽车修理工（上士）
- 负责部队车辆的日常保养和故障排除
2024年10月—至今  鸿泰精密机械有限公司  设备维修员
- 维护 28 台注塑机和 6 台机械手，设备故障停机时间比去年同期减少 35%

技能
电工证（低压）、钳工、设备维修、PLC 基础、AutoCAD
""",
    numbers=("2019.09-2024.08",),
    weak_verbs=("负责",),
    personal=("native_place", "id_number"),
)
add(
    "e63",
    "manufacturing",
    """
岑 亦 舒
工艺工程师 · 注塑方向

CONTACT
13900004631
yishu.cen@example.com

SKILLS
注塑成型工艺
Moldflow
UG NX
Minitab
AutoCAD

EDUCATION
2020.09 - 2024.06
南洲理工大学
高分子材料与工程 · 本科

EXPERIENCE
2024.07 - 至今
盛模塑胶制品有限公司 · 注塑工艺工程师
· 调试 15 套新模具，试模次数平均从 4 次降到 2 次
· 用 Moldflow 分析翘曲，外壳平面度由 0.6mm 改善到 0.25mm
2023.07 - 2023.09
恒美家电有限公司 · 工艺实习生
· 整理 120 个注塑件的工艺参数表
""",
    posting="""
注塑工艺工程师
岗位要求：高分子材料或模具相关专业；熟悉注塑成型工艺及模具结构；会使用 Moldflow 模流分析；熟悉 DOE、SPC。
""",
    keywords=("模具结构", "doe", "spc"),
)
add(
    "e64",
    "manufacturing",
    """
焦以宁
13900004641 | yining.jiao@example.com
求职意向：生产计划 / 物料专员

实习经历
2024.03-2024.08  金穗食品机械有限公司  生产计划实习生
- 用 Excel 排产模板编制周计划，计划达成率从 82% 提高到 93%
2024.06-2024.12  联桥物流装备有限公司  物料实习生
- 协助仓库做盘点
- 负责 ERP 中物料编码的维护

技能
Excel、SAP MM、SQL
""",
    posting="""
PMC 计划员
要求：熟悉 SAP 或用友 ERP；熟练使用 Excel；了解 MRP 运算和精益生产者优先。
""",
    sections=("education",),
    numbers=("2024.06-2024.12",),
    weak_verbs=("协助", "负责"),
    dates=("overlap:2024.03-2024.08|2024.06-2024.12",),
    keywords=("用友", "mrp", "精益生产"),
)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} resumes to {OUT}")
