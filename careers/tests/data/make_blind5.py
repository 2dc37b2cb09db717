"""Fifth blind labelled resume set (resumes_blind5.jsonl), hand-written.

Written by the helper on branch blind5, 2026-12-06 (about 13:40-13:55 UTC). Read: docs/careers.md
"## How diagnosis works" down to the end of the check table (the specification labelled against),
and the JSON format / label spellings of resumes_blind3.jsonl and resumes_blind4.jsonl. Not read:
any rule implementation (careers/*.py, careers/tests/*.py, bench/, other make_*.py); nothing run
but this generator and ruff.

Ambiguous cases decided (as a careful adviser would):
- f03, f61: English points with no figure ("Improved coverage significantly", "Reduced part count"):
  numbers fires. f06: "Migrated 40 services", "from 12 minutes to 3 minutes" count; f50 "by 30%" counts.
- f10: "固件 V2.3 版本" and "Python3" are not quantities; f58: "GB/T 19001-2016", "IATF 16949" are
  standard numbers, not quantities; f12: "一次点亮", "对接三个部门" are ordinary wording: numbers fires.
- f51: a 数学建模 entry whose only result is the model built: numbers fires (award ranks avoided).
- f64: "2 版方案" counts (as the table says); f40 "近半", f38 "三分之一", f46 "翻倍" count.
- f27: "配合度高" (self-evaluation) and f41 "担任项目负责人", f33 "参与人数 200 人": not weak verbs.
- f45: "了解 Linux" in the skills section is a weak verb (the table: experience or skills).
- f18 生源地, f59 出生地, f29 户口所在地, f52 户籍: native_place; f44 a masked 身份证 number with its label:
  id_number; f40 婚育状况 未婚未育 and f29 已婚已育: marital; f35 出生年月/政治面貌: not personal.
- f20, f53: months without the leading zero beside zero-padded months: format; f37: 年月 dates beside
  dotted ones: format. f42: a one-month competition "2023.09-2023.09" is not reversed.
- f39: two overlapping jobs (工作经历, not 实习) labelled overlap as earlier sets did; f60: 2024.07-2024.10
  and 2024.10-2024.12 touch, no overlap; f56: a project inside a job's months is no overlap.
- f15: the reversed range is labelled reversed only (no overlap with its neighbour).
- f12 竞赛经历, f53 调研经历: headings not in the listed words, but the dated lines name 设计/课题/项目,
  so experience is shown; sections not labelled.
- Keywords: f09 AHB appears only in a dated title line, which does not count: asked. f11 ADC named in a
  point: not asked. f25 "熟悉光伏组件和逆变器": 光伏组件 and 逆变器 asked. f37 "GB/T 19001 质量管理体系":
  asked as "gb/t 19001". f55 "抖音、小红书平台规则": 抖音 and 小红书 asked. f57 "UG" is named by "UG NX".
  f59 "三菱 PLC": asked as 三菱. f45 "Linux 嵌入式开发" is Linux (mentioned). f47 "大模型原理": 大模型 is
  mentioned in a point. f41 "大模型微调（LoRA、RLHF）": 大模型微调 asked (the resume says only "LoRA 微调").
  f49, f57: "…行业经验" dropped. f08, f21, f34, f62: postings fully covered (no keywords).
  f36: "ChIP-seq"/"WGS" asked; Seurat/Scanpy mentioned.
"""

import json
import textwrap
from pathlib import Path

OUT = Path(__file__).with_name("resumes_blind5.jsonl")
ROWS: list[dict[str, object]] = []
CHECKS = ("sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords")


def add(rid, field, text, posting="", pages=None, photo=False, **exp):
    expected = {k: list(exp.get(k, [])) for k in CHECKS}
    expected["weak_verbs"] = sorted(expected["weak_verbs"])
    expected["personal"] = sorted(expected["personal"])
    ROWS.append(
        {
            "id": rid,
            "field": field,
            "text": textwrap.dedent(text).strip("\n"),
            "posting": textwrap.dedent(posting).strip("\n"),
            "pages": pages,
            "photo": photo,
            "expected": expected,
        }
    )


# ---------------- software ----------------
add(
    "f01",
    "software",
    """
    姓名：庞嘉树
    手机：13900005011
    邮箱：jiashu.pang@example.com
    期望职位：Java开发工程师
    期望城市：苏州
    教育经历
    2022.09-2026.06 澄湖大学 计算机科学与技术 本科
    工作经历
    2025.06-2025.09 苏州蓝帆信息科技有限公司 | Java开发实习生
    工作描述：开发库存同步接口 6 个，日均调用 12 万次
    将定时任务耗时从 40 分钟降到 8 分钟
    专业技能
    Java、Spring Boot、MySQL、Redis、Git
    """,
    """
    Java开发工程师（校招）
    任职要求：
    1. 熟悉 Java、Spring Boot、MyBatis；
    2. 熟悉 MySQL，了解 Redis、Kafka；
    3. 有 Linux 使用经验。
    """,
    keywords=["mybatis", "kafka", "linux"],
)
add(
    "f02",
    "software",
    """
    # 晏书宁
    13900005021 · shuning.yan@example.com · github.com/shuning
    ## 教育背景
    - 2021.09 - 2025.06 临泽理工大学 软件工程 本科
    ## 项目经历
    - 2024.03 - 2024.06 班级记账小程序（课程设计）
      - 负责后端接口编写
      - 协助组员完成页面联调
    ## 技能
    - TypeScript / Node.js / PostgreSQL
    """,
    numbers=["2024.03-2024.06"],
    weak_verbs=["负责", "协助"],
)
add(
    "f03",
    "software",
    """
    Chen Muyang 陈慕阳
    Phone: 13900005031 | Email: muyang.chen@example.com
    教育背景 Education
    2019.09-2023.06 University of Westfield (UK), BSc Computer Science
    2023.09-2024.09 University of Westfield, MSc Software Engineering
    项目经历 Projects
    2024.01-2024.06 Open-source CI plugin (MSc dissertation)
    - Wrote a GitHub Actions plugin for flaky-test detection
    - Improved coverage significantly across the test suite
    技能 Skills
    Python, Go, Docker, GitHub Actions
    """,
    numbers=["2024.01-2024.06"],
)
add(
    "f04",
    "software",
    """
    个人信息
    姓名：符一帆    性别：女    民族：汉族
    电话：13900005041
    邮箱：yifan.fu@example.com
    教育背景
    2022年9月 - 2026年6月  青梧大学  信息管理与信息系统  本科
    实习经历
    2025年7月 - 2025年9月  木兰软件有限公司  测试实习生
    编写接口测试用例 320 条，发现缺陷 45 个
    技能证书
    Postman、JMeter、SQL、ISTQB 基础级
    """,
    """
    软件测试工程师
    要求：熟悉 Postman、JMeter，会用 Python 编写自动化脚本，了解 Jenkins。
    """,
    personal=["ethnicity"],
    keywords=["python", "jenkins"],
)
add(
    "f05",
    "software",
    """
    骆青禾 | 13900005051 | qinghe.luo@example.com
    求职意向：前端开发工程师
    【教育背景】
    2022.09-2026.06 西屿师范大学 数字媒体技术 本科
    【实习经历】
    2025.01-2025.04 星岛互动科技 前端实习生
    · 使用 Vue 3 重构活动页 9 个，首屏时间缩短 35%
    2025.03-2025.06 灵犀文化传媒 网页设计实习生
    · 设计并切图专题页 14 套
    【技能】
    Vue、React、Figma、Photoshop
    """,
    dates=["overlap:2025.01-2025.04|2025.03-2025.06"],
)
add(
    "f06",
    "software",
    """
    WORK EXPERIENCE 工作经历
    2024.07-2025.08  Harborline Tech (Shenzhen)  DevOps Engineer
    - Migrated 40 services to Kubernetes
    - Cut build time from 12 minutes to 3 minutes
    EDUCATION 教育背景
    2020.09-2024.06  南港大学  网络工程  本科
    SKILLS 技能
    Kubernetes, Terraform, Jenkins, Bash
    CONTACT 联系方式
    13900005061 / lin.zhou@example.com
    """,
    """
    运维开发工程师 SRE
    岗位要求：熟悉 Kubernetes、Docker；掌握 Terraform、Ansible；有 Prometheus 监控经验。
    """,
    keywords=["docker", "ansible", "prometheus"],
)
add(
    "f07",
    "software",
    """
    姓名：何望舒  电话：13900005071
    教育背景：2023.09-2026.06 江汀职业技术学院 软件技术 专科
    校园经历
    2024.09-2025.06 学院网络中心 学生助理
    帮助老师维护机房电脑，参与校园网报修处理
    技能
    Java、HTML、CSS、MySQL
    """,
    contact=["email"],
    numbers=["2024.09-2025.06"],
    weak_verbs=["帮助", "参与"],
)
add(
    "f08",
    "software",
    """
    鲁知远
    电话 13900005081 | 邮箱 zhiyuan.lu@example.com
    教育背景
    2021.09-2025.06 北岭大学 计算机科学与技术 本科
    2025.09-2028.06 北岭大学 计算机技术 硕士在读
    项目经历
    2025.10-2026.03 分布式日志检索系统（实验室项目）
    基于 Go 和 Elasticsearch 实现日志检索，查询延迟从 2.4 秒降到 300ms
    2024.09-2025.05 挑战杯 校园失物招领平台
    开发后端服务，平台累计登记物品 1800 余件，获省赛二等奖
    专业技能
    Go、Elasticsearch、gRPC、Docker、Linux
    """,
    """
    后端开发工程师（研究生专场）
    岗位要求：熟悉 Go 语言；掌握 Elasticsearch、Docker；了解 gRPC 框架。
    """,
)
# ---------------- ic ----------------
add(
    "f09",
    "ic",
    """
    姓名：韦星野
    手机号码：13900005091
    电子邮箱：xingye.wei@example.com
    期望职位：数字IC验证工程师
    教育经历
    2023.09-2026.06 东澜大学 集成电路工程 硕士
    2019.09-2023.06 东澜大学 微电子科学与工程 本科
    项目经历
    2024.10-2025.05 AHB 总线 UVM 验证平台（课题组项目）
    搭建 UVM 验证环境，编写测试用例 85 个，功能覆盖率达到 98%
    专业技能
    SystemVerilog、UVM、VCS、Verdi、Python
    """,
    """
    数字IC验证工程师
    任职要求：
    1. 熟悉 SystemVerilog、UVM 方法学；
    2. 熟练使用 VCS、Verdi 等 EDA 工具；
    3. 了解 AXI、AHB 协议，会 Perl 或 Python 脚本。
    """,
    keywords=["axi", "ahb", "perl"],
)
add(
    "f10",
    "ic",
    """
    任思齐 13900005101 siqi.ren@example.com
    教育：2021.09-2025.06 南霁科技大学 电子科学与技术 本科
    实习：2024.07-2024.09 芯源微电子有限公司 FPGA实习生
    调试图像采集板，升级固件 V2.3 版本
    用 Python3 编写上位机脚本
    技能：Verilog、Vivado、Python、MATLAB
    """,
    numbers=["2024.07-2024.09"],
)
add(
    "f11",
    "ic",
    """
    ==== 个人信息 ====
    姓名：沈砚秋   籍贯：浙江湖州   婚姻状况：未婚
    电话：13900005111  邮箱：yanqiu.shen@example.com
    ==== 教育背景 ====
    2022.09-2025.06 秦淮理工大学 电路与系统 硕士
    ==== 科研经历 ====
    2023.03-2024.12 12 位 SAR ADC 设计（国家自然科学基金子课题）
    完成 ADC 版图设计，ENOB 达到 11.2 bit，功耗 1.8 mW
    ==== 专业技能 ====
    Cadence Virtuoso、Spectre、Calibre、HSPICE
    """,
    """
    模拟IC设计工程师
    岗位要求：熟悉 Cadence Virtuoso、Spectre；有 ADC 或 PLL 设计经验；会用 Calibre 工具。
    """,
    personal=["native_place", "marital"],
    keywords=["pll"],
)
add(
    "f12",
    "ic",
    """
    个人简历
    姓名 戴向晨 电话 13900005121 邮箱 xiangchen.dai@example.com
    教育背景
    2022.09-2026.06 滨江大学 电子信息工程 本科
    竞赛经历
    2025.07-2025.08 全国大学生电子设计竞赛 信号源设计
    硬件一次点亮，对接三个部门完成元件采购
    专业技能
    Altium Designer、STM32、Multisim、C
    """,
    numbers=["2025.07-2025.08"],
)
add(
    "f13",
    "ic",
    """
    邢曜文 | 男 | 13900005131 | yaowen.xing@example.com
    教育背景
    2021.09-2025.06 云岫大学 微电子科学与工程 本科
    工作经历
    2025.07-至今 晨芯半导体（上海）有限公司 测试工程师
    开发 ATE 测试程序 6 套，单颗测试时间从 1.2 秒降到 0.7 秒
    将良率分析报表生成时间减半
    技能
    V93000、J750、Python、JMP
    """,
    """
    【国企招聘】某集成电路研究所 2026 年度公开招聘公告
    岗位：芯片测试工程师 2 名
    资格条件：微电子相关专业本科及以上；熟悉 V93000 或 J750 测试机；掌握 STDF 数据分析；会用 C++。
    """,
    keywords=["stdf", "c++"],
)
add(
    "f14",
    "ic",
    """
    教 育 背 景
    2020.09-2024.06 鹤鸣大学 集成电路设计与集成系统 本科
    实 习 经 历
    2023.07-2023.09 海川芯片设计公司 版图实习生
    负责 IO 单元版图绘制
    配合工程师完成 DRC 检查
    联系方式：13900005141  yunfei.tang@example.com
    """,
    sections=["skills"],
    numbers=["2023.07-2023.09"],
    weak_verbs=["负责", "配合"],
)
add(
    "f15",
    "ic",
    """
    姓名：苏映雪  身份证号：110101200203041234
    电话：13900005151  邮箱：yingxue.su@example.com
    教育背景
    2020.09-2024.06 江屿大学 电子科学与技术 本科
    实习经历
    2023.07-2023.09 启明芯科 数字前端实习生
    完成 SPI 控制器 RTL 设计，综合后面积减少 12%
    2023.09-2023.06 启明芯科 数字前端实习生（续）
    编写 lint 检查脚本，告警数从 300 条降到 20 条
    技能
    Verilog、Design Compiler、SpyGlass、Tcl
    """,
    personal=["id_number"],
    dates=["reversed:2023.09-2023.06"],
)
add(
    "f16",
    "ic",
    """
    \\section*{教育背景}
    2022.09 -- 2025.06 \\quad 衡川大学 \\quad 微电子学与固体电子学 \\quad 硕士
    \\section*{项目经历}
    2023.10 -- 2024.12 \\quad 28nm 低功耗 SRAM 编译器（导师横向课题）
    \\item 实现 6 种位宽配置，读功耗降低 18\\%
    \\section*{技能}
    Cadence Virtuoso, HSPICE, Python, Perl
    \\section*{联系}
    13900005161 \\quad qiao.lan@example.com
    """,
)
# ---------------- uav ----------------
add(
    "f17",
    "uav",
    """
    姓名：葛长风
    手机：13900005171
    邮箱：changfeng.ge@example.com
    期望职位：无人机飞手/航测员
    期望行业：测绘
    教育经历
    2022.09-2025.06 岚山职业技术学院 无人机应用技术 专科
    工作经历
    2024.09-2025.03 远拓测绘有限公司 | 航测实习生
    工作描述：完成 1:500 地形航测 6 个项目，累计飞行 120 架次
    资格证书
    CAAC 多旋翼视距内驾驶员执照
    技能
    大疆智图、Pix4D、ArcGIS、CAD
    """,
    """
    无人机飞手/航测员
    要求：持 CAAC 执照；熟悉大疆智图、Pix4D、ContextCapture 等建模软件；会 ArcGIS。
    """,
    keywords=["contextcapture"],
)
add(
    "f18",
    "uav",
    """
    个人信息
    姓名：梁照溪  生源地：河南南阳
    电话：13900005181  邮箱：zhaoxi.liang@example.com
    教育背景
    2021.09-2025.06 中原航空学院 飞行器设计与工程 本科
    项目经历
    2024.03-2024.12 垂直起降固定翼无人机设计（毕业设计）
    完成气动外形设计，续航由 45 分钟提升到 70 分钟
    专业技能
    SolidWorks、XFLR5、ANSYS Fluent、MATLAB
    """,
    personal=["native_place"],
)
add(
    "f19",
    "uav",
    """
    杭一舟 13900005191 yizhou.hang@example.com
    教育背景
    2022.09-2026.06 松原理工大学 自动化 本科
    竞赛经历
    2024.05-2024.08 全国大学生电子设计竞赛 四旋翼自主飞行器
    负责飞控调参和视觉定位，定位误差小于 5 cm，获省一等奖
    2025.03-2025.07 RoboMaster 空中机器人组
    参与 PX4 二次开发
    技能
    PX4、ROS、C++、OpenCV
    """,
    """
    飞控算法工程师
    岗位要求：熟悉 PX4 或 ArduPilot；掌握 ROS、C++；有卡尔曼滤波经验。
    """,
    numbers=["2025.03-2025.07"],
    weak_verbs=["负责", "参与"],
    keywords=["ardupilot", "卡尔曼滤波"],
)
add(
    "f20",
    "uav",
    """
    岑望北 | 13900005201 | wangbei.cen@example.com
    教育背景
    2021.09-2025.06 北辰大学 遥感科学与技术 本科
    实习经历
    2023.9-2023.12 星图遥感科技 数据处理实习生
    处理多光谱影像 2000 余景
    2024.07-2024.09 天翼测绘院 外业实习生
    布设像控点 85 个
    技能
    ENVI、ArcGIS、Python、Pix4D
    """,
    dates=["format"],
)
add(
    "f21",
    "uav",
    """
    Ⅰ. 教育背景
    2023.09-2026.06 长岭大学 导航、制导与控制 硕士
    Ⅱ. 科研经历
    2024.01-2025.06 无人机集群编队控制（实验室课题）
    基于一致性算法实现 8 架无人机编队，位置误差小于 0.3 m
    Ⅲ. 技能专长
    MATLAB/Simulink、ROS、Gazebo、C++
    Ⅳ. 联系方式
    13900005211 · chen.yu@example.com
    """,
    """
    集群控制算法工程师
    要求：熟悉 ROS、Gazebo；掌握 C++ 和 MATLAB/Simulink。
    """,
)
add(
    "f22",
    "uav",
    """
    期望职位：无人机装调测试员
    姓名：贺小满
    电话：13900005221
    教育：2023.09-2026.06 江畔职业技术学院 无人机应用技术 专科
    实习：2025.07-2025.10 飞越智能装备有限公司 装调实习生
    协助师傅组装植保机，了解电调和电机的基本参数
    技能：焊接、万用表、Mission Planner
    """,
    """
    无人机装调员
    要求：会使用 Mission Planner、QGroundControl。
    """,
    contact=["email"],
    numbers=["2025.07-2025.10"],
    weak_verbs=["协助", "了解"],
    keywords=["qgroundcontrol"],
)
add(
    "f23",
    "uav",
    """
    邓熙和
    电话：13900005231  邮箱：xihe.deng@example.com  民族：回族
    教育背景
    2020.09-2024.06 西岭大学 测绘工程 本科
    工作经历
    2024.07-2025.08 山海地理信息有限公司 航测工程师
    完成 3 个县的实景三维建模，面积 260 平方公里
    技能
    ContextCapture、大疆智图、ArcGIS、CASS
    """,
    personal=["ethnicity"],
)
add(
    "f24",
    "uav",
    """
    01 / 教育背景
    2022.09-2026.06 青川大学 航空航天工程 本科
    02 / 项目经历
    2025.02-2025.06 挑战杯 山区物流无人机
    设计 5 kg 载重货舱，单程运输时间由 2 小时缩短到 25 分钟
    03 / 技能
    CATIA V5、ANSYS、Python、Arduino
    04 / 联系
    13900005241 | ruoshui.lin@example.com
    """,
    """
    结构设计工程师（无人机）
    任职要求：熟练使用 CATIA V5 或 SolidWorks；了解复合材料；会 ANSYS 强度分析。
    """,
    keywords=["solidworks", "复合材料"],
)
# ---------------- energy ----------------
add(
    "f25",
    "energy",
    """
    姓名：潘远澄
    手机：13900005251
    邮箱：yuancheng.pan@example.com
    期望职位：光伏电站运维工程师
    教育经历
    2021.09-2025.06 华岳电力学院 电气工程及其自动化 本科
    工作经历
    2025.07-至今 朗日新能源有限公司 | 运维工程师
    工作描述：负责 50MW 电站日常巡检，全年发电量提升 6%
    技能
    PVsyst、AutoCAD、SCADA
    """,
    """
    光伏运维工程师
    要求：熟悉光伏组件和逆变器；会 PVsyst、AutoCAD；了解 SCADA 系统。
    """,
    weak_verbs=["负责"],
    keywords=["光伏组件", "逆变器"],
)
add(
    "f26",
    "energy",
    """
    韩星澜 13900005261 xinglan.han@example.com
    教育背景
    2022.09-2025.06 东岳大学 材料科学与工程 硕士
    科研经历
    2023.03-2025.03 高镍正极材料包覆改性（课题组）
    首圈库伦效率从 86% 提升到 91%，循环 500 次容量保持率 88%
    专业技能
    XRD、SEM、电化学工作站、Origin
    """,
)
add(
    "f27",
    "energy",
    """
    【个人信息】朱清越 | 13900005271 | qingyue.zhu@example.com
    【教育背景】2021.09-2025.06 南洲电力大学 能源与动力工程 本科
    【实习经历】
    2024.07-2024.09 江东热电厂 运行实习生
    跟班学习锅炉运行，抄录运行数据
    【技能】AutoCAD、MATLAB、Excel
    【自我评价】性格开朗，配合度高，学习能力强
    """,
    numbers=["2024.07-2024.09"],
)
add(
    "f28",
    "energy",
    """
    Ma Qinglan 马晴岚
    13900005281 | qinglan.ma@example.com
    EDUCATION 教育背景
    2022.09-2023.12 University of Eastmoor, MSc Renewable Energy Systems
    2018.09-2022.06 华川大学 新能源科学与工程 本科
    PROJECTS 项目经历
    2023.03-2023.09 Microgrid sizing study (MSc thesis)
    - Modelled a campus microgrid in HOMER Pro
    - Reduced levelised cost of energy by 18%
    SKILLS 技能
    HOMER Pro, Python, PSCAD, Excel
    """,
    """
    储能系统工程师（社会招聘）
    任职要求：掌握 BMS、EMS 原理；会 PSCAD 或 MATLAB/Simulink 仿真。
    """,
    keywords=["bms", "ems", "matlab", "simulink"],
)
add(
    "f29",
    "energy",
    """
    姓名：庄以宁   户口所在地：江苏徐州   已婚已育
    电话：13900005291   邮箱：yining.zhuang@example.com
    工作经历
    2019.07-2024.12 徐淮电网检修公司 变电检修工
    完成 110kV 变电站检修 40 余次
    2025.01-至今 绿源储能科技 售后工程师
    处理现场故障 60 余起，平均响应时间从 8 小时降到 4 小时
    教育背景
    2015.09-2019.06 淮海理工学院 电气工程及其自动化 本科
    技能
    继电保护、PLC、AutoCAD
    """,
    personal=["native_place", "marital"],
)
add(
    "f30",
    "energy",
    """
    钟若谷
    电话：13900005301
    邮箱：ruogu.zhong@example.com
    教育背景
    2020.09-2024.06 鹭江大学 电气工程及其自动化 本科
    实习经历
    2023.06-2023.09 国网某县供电公司 营销部实习生
    协助整理用户档案，负责抄表数据录入
    2023.08-2023.10 晴川光伏 电气设计实习生
    绘制光伏电站一次图 12 张
    专业技能
    AutoCAD、EPLAN、PVsyst
    """,
    numbers=["2023.06-2023.09"],
    weak_verbs=["协助", "负责"],
    dates=["overlap:2023.06-2023.09|2023.08-2023.10"],
)
add(
    "f31",
    "energy",
    """
    # 黎昭明
    > 13900005311 · zhaoming.li@example.com
    ## 教育背景
    2023.09-2026.06 新丰大学 电力系统及其自动化 硕士
    ## 项目经历
    2024.09-2025.12 风电功率超短期预测（横向课题）
    用 LSTM 预测风电功率，RMSE 降低 22%
    ## 技能
    Python、PyTorch、MATLAB、PSASP
    """,
    """
    新能源功率预测工程师
    岗位要求：熟悉 Python、PyTorch；掌握 LSTM、XGBoost 等预测模型；了解 SQL。
    """,
    keywords=["xgboost", "sql"],
)
add(
    "f32",
    "energy",
    """
    柯远帆
    电话：13900005321  邮箱：yuanfan.ke@example.com
    教育背景
    2021.09-2025.06 海陵大学 新能源材料与器件 本科
    实习经历
    2024.07-2024.10 鼎晟电池有限公司 工艺实习生
    优化涂布参数，面密度波动从 ±3% 降到 ±1.5%
    2024.11-2025.02 鼎晟电池有限公司 品质实习生
    统计分析不良品 1200 余件
    技能
    Minitab、Excel、CAD、6σ 绿带
    """,
)
# ---------------- bio ----------------
add(
    "f33",
    "bio",
    """
    姓名：方知夏
    手机：13900005331
    邮箱：zhixia.fang@example.com
    期望职位：临床协调员（CRC）
    教育经历
    2021.09-2025.06 南湖医科大学 药学 本科
    工作经历
    2024.09-2025.03 康泰临床研究有限公司 | CRC实习生
    工作描述：跟进 2 项 II 期临床试验，完成受试者随访 150 余人次
    校园经历
    2023.03-2023.06 校红十字会 急救培训活动
    组织急救培训，参与人数 200 人
    技能
    EDC、GCP 证书、Excel、SPSS
    """,
    """
    临床协调员 CRC
    岗位要求：医学、药学相关专业；持 GCP 证书；熟悉 EDC 系统使用；了解 ICH-GCP 法规。
    """,
    keywords=["ich-gcp"],
)
add(
    "f34",
    "bio",
    """
    宁溪月 13900005341 xiyue.ning@example.com
    教育背景
    2022.09-2025.06 江左农业大学 生物化学与分子生物学 硕士
    科研经历
    2023.01-2025.01 水稻耐盐基因功能研究（导师国家重点研发计划子课题）
    构建 CRISPR 敲除株系 12 个，筛选到 3 个耐盐候选基因
    专业技能
    PCR、qPCR、Western Blot、CRISPR/Cas9、GraphPad Prism
    """,
    """
    分子生物学研究助理（某农科院公开招聘）
    资格条件：熟悉 PCR、qPCR、Western Blot 等分子实验；会用 GraphPad Prism。
    """,
)
add(
    "f35",
    "bio",
    """
    个人信息
    姓名：柳安禾  性别：女  出生年月：2001.05  籍贯：安徽安庆  政治面貌：共青团员
    电话：13900005351  邮箱：anhe.liu@example.com
    教育背景
    2019.09-2023.06 皖南医学院 医学检验技术 本科
    实习经历
    2022.07-2023.04 安庆市第一人民医院 检验科实习生
    协助老师完成血常规、生化检测
    专业技能
    全自动生化分析仪、流式细胞仪、Excel
    """,
    photo=True,
    numbers=["2022.07-2023.04"],
    weak_verbs=["协助"],
    personal=["native_place", "photo"],
)
add(
    "f36",
    "bio",
    """
    Wen Shiyu 温诗语
    13900005361 | shiyu.wen@example.com
    Education 教育背景
    2020.09-2024.06 University of Northvale, BSc Biomedical Science
    Research Experience 科研经历
    2023.01-2024.05 Single-cell atlas of mouse liver (lab rotation)
    - Processed scRNA-seq data for 40,000 cells with Seurat
    - Identified 5 new hepatocyte subtypes
    Skills 技能
    R, Seurat, Python, Scanpy, Linux
    """,
    """
    生物信息分析师
    任职要求：熟悉 R、Python；掌握 Seurat、Scanpy 等单细胞分析工具；
    有 WGS 或 ChIP-seq 分析经验；了解 Snakemake。
    """,
    keywords=["wgs", "chip-seq", "snakemake"],
)
add(
    "f37",
    "bio",
    """
    姓名：郝青崖  电话：13900005371  邮箱：qingya.hao@example.com
    教育背景
    2021年9月 - 2025年6月 东坪大学 制药工程 本科
    实习经历
    2024年7月 - 2024年9月 华康制药有限公司 QA实习生
    负责批记录审核，帮助整理偏差台账
    2024.10-2024.12 华康制药有限公司 QC实习生
    完成 HPLC 含量检测 80 批次
    技能
    HPLC、GMP、Word、Excel
    """,
    """
    QA 专员
    要求：熟悉 GMP 规范；了解 GB/T 19001 质量管理体系；会用 Excel。
    """,
    numbers=["2024.07-2024.09"],
    weak_verbs=["负责", "帮助"],
    dates=["format"],
    keywords=["gb/t 19001"],
)
add(
    "f38",
    "bio",
    """
    ◆ 教育背景
    2023.09-2026.06 梧桐大学 生物医学工程 硕士
    ◆ 项目经历
    2024.06-2025.06 可穿戴心电贴片算法（课题组项目）
    房颤检测准确率达到 96.5%，模型大小压缩为原来的三分之一
    ◆ 联系方式
    13900005381 · he.qiao@example.com
    """,
    sections=["skills"],
)
add(
    "f39",
    "bio",
    """
    阮听澜
    电话：13900005391
    教育背景
    2020.09-2024.06 临海医科大学 预防医学 本科
    工作经历
    2024.07-2025.06 东湖区疾病预防控制中心 流调员
    完成流调报告 300 余份
    2025.03-2025.09 康达医学检验所 数据专员
    整理检测数据并录入 LIS
    专业技能
    SAS、SPSS、EpiData、Excel
    """,
    contact=["email"],
    numbers=["2025.03-2025.09"],
    dates=["overlap:2024.07-2025.06|2025.03-2025.09"],
)
add(
    "f40",
    "bio",
    """
    姓名：骆采薇   婚育状况：未婚未育
    手机：13900005401   邮箱：caiwei.luo@example.com
    教育背景
    2021.09-2024.06 清源大学 微生物学 硕士
    2017.09-2021.06 清源大学 生物技术 本科
    科研经历
    2022.03-2024.03 益生菌发酵条件优化
    产量提高近半，发表 SCI 论文 1 篇
    专业技能
    发酵罐操作、HPLC、Origin、SPSS
    """,
    personal=["marital"],
)
# ---------------- ai ----------------
add(
    "f41",
    "ai",
    """
    姓名：言子墨
    手机：13900005411
    邮箱：zimo.yan@example.com
    期望职位：算法工程师（NLP）
    教育经历
    2023.09-2026.06 中洲大学 计算机技术 硕士
    项目经历
    2024.09-2025.06 法律问答大模型（实验室项目）
    担任项目负责人，基于 Qwen 做 LoRA 微调，问答准确率从 62% 提升到 81%
    专业技能
    Python、PyTorch、Transformers、LoRA、vLLM
    """,
    """
    大模型算法工程师
    任职要求：
    1. 熟悉 PyTorch、Transformers；
    2. 有大模型微调（LoRA、RLHF）经验；
    3. 熟悉向量数据库（Milvus、FAISS 等）。
    """,
    keywords=["大模型微调", "rlhf", "向量数据库", "milvus", "faiss"],
)
add(
    "f42",
    "ai",
    """
    祁映川 | 13900005421 | yingchuan.qi@example.com
    教育背景
    2021.09-2025.06 云杉大学 数学与应用数学 本科
    竞赛经历
    2023.09-2023.09 全国大学生数学建模竞赛 交通流预测
    建立 LSTM 模型，预测误差降低 15%，获国家二等奖
    实习经历
    2024.07-2024.10 曜石智能 算法实习生
    参与推荐模型特征工程
    技能
    Python、PyTorch、scikit-learn、SQL
    """,
    numbers=["2024.07-2024.10"],
    weak_verbs=["参与"],
)
add(
    "f43",
    "ai",
    """
    Summary
    Computer vision graduate (MEng, 2025) returning from the UK.
    教育背景
    2024.09-2025.09 Kingsmere University, MEng Artificial Intelligence
    2020.09-2024.06 东临大学 自动化 本科
    项目经历
    2025.01-2025.08 Defect detection on steel surfaces (MEng project)
    - Trained YOLOv8 on 6,000 images, mAP from 0.71 to 0.86
    技能
    Python, PyTorch, OpenCV, ONNX, TensorRT
    联系方式
    13900005431 | ran.xu@example.com
    """,
    """
    计算机视觉工程师
    要求：熟悉 OpenCV、PyTorch；有 TensorRT 部署经验；了解 CUDA 编程。
    """,
    keywords=["cuda"],
)
add(
    "f44",
    "ai",
    """
    姓名：尹秋白  民族：满族  身份证：2101********1234
    电话：13900005441  邮箱：qiubai.yin@example.com
    教育背景
    2022.09-2025.06 辽东大学 模式识别与智能系统 硕士
    科研经历
    2023.06-2025.03 语音情感识别（导师课题）
    在 IEMOCAP 上加权准确率达到 72.4%
    技能
    Python、PyTorch、Librosa、Kaldi
    """,
    personal=["ethnicity", "id_number"],
)
add(
    "f45",
    "ai",
    """
    【教育背景】
    2022.09-2026.06 西楼大学 人工智能 本科
    【项目经历】
    2025.03-2025.06 智能小车视觉巡线（电赛校赛）
    配合队友调试摄像头
    2024.09-2024.12 课程设计：手写数字识别
    用 CNN 在 MNIST 上准确率达到 99.1%
    【专业技能】
    熟练掌握 Python、OpenCV，了解 Linux
    【联系方式】13900005451 / chu.yang@example.com
    """,
    """
    嵌入式 AI 工程师
    要求：熟悉 Linux 嵌入式开发；掌握 C++、Python；有 RK3588 或 Jetson 部署经验。
    """,
    numbers=["2025.03-2025.06"],
    weak_verbs=["配合", "了解"],
    keywords=["c++", "rk3588", "jetson"],
)
add(
    "f46",
    "ai",
    """
    鲍星河
    电话：13900005461  邮箱：xinghe.bao@example.com
    教育背景
    2020.09-2024.06 岚桥大学 软件工程 本科
    工作经历
    2024.07-至今 青藤智算科技 AI 应用工程师
    搭建 RAG 知识库问答，检索召回率从 70% 提升到 89%
    把客服工单处理量翻倍
    技能
    Python、LangChain、Milvus、FastAPI、Docker
    """,
)
add(
    "f47",
    "ai",
    """
    姓名：柴若岚
    电话：13900005471
    邮箱：ruolan.chai@example.com
    求职意向：AI 产品经理
    教育背景
    2021.09-2025.06 江湾大学 汉语言文学 本科
    实习经历
    2024.07-2024.09 知言科技 AI 产品实习生
    负责大模型写作助手的需求调研
    撰写 PRD 文档
    2024.03-2024.06 知言科技 数据标注实习生
    完成文本标注 8000 条
    技能
    Axure、Figma、Excel、Prompt 设计
    """,
    """
    AI 产品经理（校招）
    要求：熟悉 Axure、Figma；了解大模型原理；会用 SQL 做数据分析。
    """,
    numbers=["2024.07-2024.09"],
    weak_verbs=["负责"],
    keywords=["sql"],
)
add(
    "f48",
    "ai",
    """
    顾长汀  13900005481  changting.gu@example.com
    教育背景
    2019.09-2023.06 白鹭大学 计算机科学与技术 本科
    2023.09-2026.06 白鹭大学 计算机科学与技术 博士在读
    科研经历
    2023.09-2025.12 多模态检索（国家自然科学基金青年项目）
    在 2 个公开数据集上 Recall@1 分别提升 3.2 和 4.1 个点
    2022.03-2023.06 本科毕业设计 图神经网络推荐
    NDCG@10 达到 0.412
    论文发表
    CVPR 2025 一作论文 1 篇
    技能
    Python、PyTorch、DeepSpeed、CUDA
    实习经历
    2024.06-2024.09 北溟科技 研究实习生
    大规模图文预训练，训练吞吐提升 40%
    2024.08-2024.12 深澜 AI Lab 访问学生
    协助搭建评测平台，了解多机训练
    荣誉奖项
    2024 国家奖学金
    2023 校级优秀毕业生
    2022 数学建模竞赛省一等奖
    2021 挑战杯校赛特等奖
    自我评价
    热爱科研，能独立完成从想法到论文的全过程，英语 CET-6 620 分，熟悉 LaTeX 写作。
    课程
    机器学习、深度学习、最优化方法、随机过程、矩阵分析
    """,
    pages=2,
    length=["too_long"],
    numbers=["2024.08-2024.12"],
    weak_verbs=["协助", "了解"],
    dates=["overlap:2024.06-2024.09|2024.08-2024.12"],
)
# ---------------- data ----------------
add(
    "f49",
    "data",
    """
    姓名：蒋予安
    手机：13900005491
    邮箱：yuan.jiang@example.com
    期望职位：数据分析师
    期望薪资：8-10K
    教育经历
    2021.09-2025.06 申江财经大学 统计学 本科
    工作经历
    2024.12-2025.03 优选电商有限公司 | 数据分析实习生
    工作描述：搭建 GMV 日报看板，报表制作时间从 3 小时缩短到 20 分钟
    技能
    SQL、Python、Tableau、Excel
    """,
    """
    数据分析师
    任职要求：熟练使用 SQL、Python；熟悉 Tableau 或 Power BI；了解 Hive；有电商行业经验优先。
    """,
    keywords=["power bi", "hive"],
)
add(
    "f50",
    "data",
    """
    Lu Wanqing 陆婉清
    Tel: 13900005501 | Email: wanqing.lu@example.com
    教育背景
    2023.09-2024.11 University of Southbay, MSc Business Analytics
    2019.09-2023.06 临川大学 经济学 本科
    实习经历
    2024.05-2024.08 Brightpath Consulting (London), Data Analyst Intern
    - Built a churn model in Python, lifting retention by 30%
    - Automated weekly KPI reports in Power BI
    技能
    SQL, Python, Power BI, Excel
    """,
)
add(
    "f51",
    "data",
    """
    傅南星 13900005511 nanxing.fu@example.com
    教育：2022.09-2026.06 澜海大学 信息与计算科学 本科
    项目：2024.09-2024.09 全国大学生数学建模竞赛 C 题 农作物种植策略
    建立线性规划模型，完成论文写作
    项目：2025.04-2025.06 Kaggle 房价预测
    RMSE 从 0.16 降到 0.12，排名前 8%
    技能：Python、R、LINGO、SPSS
    """,
    numbers=["2024.09-2024.09"],
)
add(
    "f52",
    "data",
    """
    个人信息
    姓名：曹听雨   户籍：山东潍坊   民族：汉
    电话：13900005521   邮箱：tingyu.cao@example.com
    教育背景
    2020.09-2024.06 齐州大学 应用统计学 本科
    工作经历
    2024.07-2025.06 银杏消费金融有限公司 风控数据专员
    负责贷后数据清洗，协助建模同事制作特征
    专业技能
    SQL、SAS、Python、Excel
    """,
    """
    风控建模专员
    岗位要求：熟悉 SQL、Python；掌握逻辑回归、XGBoost；有 SAS 使用经验。
    """,
    numbers=["2024.07-2025.06"],
    weak_verbs=["负责", "协助"],
    personal=["native_place", "ethnicity"],
    keywords=["逻辑回归", "xgboost"],
)
add(
    "f53",
    "data",
    """
    教育背景
    2022.9-2025.6 江渚大学 社会学 硕士
    调研经历
    2023.07-2023.08 乡村养老需求调查（导师课题）
    发放问卷 1200 份，有效回收率 91%
    2024.7-2024.9 城市更新访谈项目
    完成深度访谈 36 人
    技能
    Stata、NVivo、SPSS、Python
    联系方式：13900005531 / qiu.meng@example.com
    """,
    dates=["format"],
)
add(
    "f54",
    "data",
    """
    钱慕白 | 13900005541 | mubai.qian@example.com
    教育背景
    2020.09-2024.06 海岳大学 数据科学与大数据技术 本科
    工作经历
    2024.07-至今 启航物流科技 数据开发工程师
    建设数仓 ODS/DWD/DWS 三层，日处理数据 2 TB
    离线任务失败率从 5% 降到 0.5%
    技能
    Hive、Spark SQL、Flink、Airflow、Python
    """,
    """
    大数据开发工程师
    要求：熟悉 Hive、Spark SQL；掌握 Flink 或 Kafka；了解 Doris、ClickHouse 等 OLAP 引擎。
    """,
    keywords=["kafka", "doris", "clickhouse"],
)
add(
    "f55",
    "data",
    """
    教育背景
    2021.09-2025.06 北湾大学 市场营销 本科
    实习经历
    2024.03-2024.06 鹿鸣传媒 新媒体运营实习生
    运营公众号，粉丝从 1.2 万增长到 3.5 万
    技能
    Excel、新榜、秀米、Photoshop
    """,
    """
    用户运营（数据方向）
    要求：会用 Excel、SQL；熟悉抖音、小红书平台规则。
    """,
    contact=["phone", "email"],
    keywords=["sql", "抖音", "小红书"],
)
add(
    "f56",
    "data",
    """
    姓名：魏知秋
    电话：13900005561  邮箱：zhiqiu.wei@example.com
    教育背景
    2019.09-2023.06 南汀大学 地理信息科学 本科
    实习经历
    2022.07-2022.09 城市规划设计研究院 GIS 实习生
    制作专题地图 30 余幅
    工作经历
    2023.07-2025.06 数智城市科技 数据分析员
    完成人口热力分析报告 18 份
    2025.07-至今 数智城市科技 高级数据分析员
    带领 3 人小组，交付分析项目 9 个
    技能
    ArcGIS、QGIS、Python、PostGIS、SQL
    项目经历
    2024.03-2024.08 共享单车停放点选址
    用 POI 数据建模，选址覆盖率提升 25%
    2023.09-2023.12 城市通勤 OD 分析
    处理手机信令数据 3 亿条
    获奖
    2021 全国大学生 GIS 应用技能大赛 二等奖
    2020 校三好学生
    证书
    CET-6、计算机二级
    自我评价
    有较强的空间分析能力和沟通能力，能独立对接客户需求，熟悉城市规划行业。
    """,
    pages=2,
    length=["too_long"],
)
# ---------------- manufacturing ----------------
add(
    "f57",
    "manufacturing",
    """
    姓名：黄铁岩
    手机：13900005571
    邮箱：tieyan.huang@example.com
    期望职位：工艺工程师
    教育经历
    2019.09-2023.06 重庆机电学院 机械设计制造及其自动化 本科
    工作经历
    2023.07-2025.05 宏远精密机械有限公司 | 工艺工程师
    工作描述：编制 CNC 加工工艺卡 200 余份，单件工时从 45 分钟降到 32 分钟
    技能
    UG NX、AutoCAD、CNC 编程、三菱 PLC
    """,
    """
    工艺工程师
    要求：熟练使用 UG、AutoCAD；熟悉 CNC 加工；了解 PFMEA、SPC；有汽车零部件行业经验优先。
    """,
    keywords=["pfmea", "spc"],
)
add(
    "f58",
    "manufacturing",
    """
    邓秋实 13900005581 qiushi.deng@example.com
    教育背景
    2020.09-2024.06 东鸣理工大学 质量管理工程 本科
    实习经历
    2023.07-2023.10 三川汽车零部件有限公司 质量实习生
    按 GB/T 19001-2016 和 IATF 16949 整理体系文件
    技能
    Minitab、8D、SPC、Excel
    """,
    numbers=["2023.07-2023.10"],
)
add(
    "f59",
    "manufacturing",
    """
    一、个人信息
    姓名：吕成钢   性别：男   出生地：湖北襄阳
    电话：13900005591   邮箱：chenggang.lv@example.com
    二、教育背景
    2022.09-2025.06 襄江职业技术学院 机电一体化技术 专科
    三、实习经历
    2024.09-2025.03 襄阳汉江电机厂 设备维修实习生
    负责产线设备点检，协助排查 PLC 故障
    四、技能证书
    电工中级证、西门子 S7-1200、AutoCAD
    """,
    """
    设备维修技术员（国企）
    招聘公告：襄阳某国有装备制造企业 2026 年校园招聘
    任职资格：熟悉西门子、三菱 PLC；会看电气图纸；持电工证。
    """,
    numbers=["2024.09-2025.03"],
    weak_verbs=["负责", "协助"],
    personal=["native_place"],
    keywords=["三菱"],
)
add(
    "f60",
    "manufacturing",
    """
    聂远山 | 13900005601 | yuanshan.nie@example.com
    教育背景
    2021.09-2025.06 北屿工业大学 工业工程 本科
    实习经历
    2024.07-2024.10 华盛家电制造 IE实习生
    线平衡率从 72% 提升到 86%
    2024.10-2024.12 鑫达物流装备 精益实习生
    推动 5S 改善提案 24 条
    技能
    Visio、Excel、Flexsim、AutoCAD
    """,
)
add(
    "f61",
    "manufacturing",
    """
    Tan Yuxuan 谭雨萱
    Mobile: 13900005611  Email: yuxuan.tan@example.com
    Education 教育背景
    2021.09-2025.06 Riverton Institute of Technology, BEng Mechanical Engineering
    Project Experience 项目经历
    2024.09-2025.05 Final-year project: gripper for a cobot
    - Designed the gripper in SolidWorks
    - Reduced part count, improving assembly
    Skills 技能
    SolidWorks, ANSYS, MATLAB, 3D printing
    """,
    """
    机械设计工程师
    任职要求：熟悉 SolidWorks、ANSYS；了解 GD&T；会 Creo 优先。
    """,
    numbers=["2024.09-2025.05"],
    keywords=["gd&t", "creo"],
)
add(
    "f62",
    "manufacturing",
    """
    ║ 教育背景 ║
    2022.09-2025.06 蓝田大学 材料成型及控制工程 硕士
    ║ 科研经历 ║
    2023.05-2025.04 铝合金压铸件缺陷控制（校企合作课题）
    用 Moldflow 模拟充型，气孔率降低 40%
    ║ 专业技能 ║
    Moldflow、ProCAST、UG NX、Origin
    ║ 联系方式 ║
    13900005621 | jiawen.lou@example.com
    """,
    """
    压铸工艺工程师
    任职要求：熟悉 Moldflow 模流分析、ProCAST；会用 UG NX。
    """,
)
add(
    "f63",
    "manufacturing",
    """
    姓名：岳成溪   民族：壮族   婚姻状况：已婚
    电话：13900005631   邮箱：chengxi.yue@example.com
    教育背景
    2016.09-2020.06 桂西大学 机械工程 本科
    工作经历
    2020.07-2025.08 南宁重工机械有限公司 生产主管
    管理 35 人班组，月产能提升 18%
    技能
    精益生产、SAP、AutoCAD
    """,
    personal=["ethnicity", "marital"],
)
add(
    "f64",
    "manufacturing",
    """
    个人简历
    姓名：冯工匠   电话：13900005641   邮箱：gongjiang.feng@example.com
    教育背景
    2021.09-2024.06 临沧职业技术学院 工业设计 专科
    实习经历
    2023.09-2024.03 一禾家居设计有限公司 产品设计助理
    完成小家电外观方案 2 版，其中 1 款量产
    校园经历
    2022.03-2022.12 学院摄影社 社长
    组织外拍活动
    技能
    Rhino、KeyShot、Photoshop、Illustrator
    """,
    """
    工业设计师
    要求：熟练使用 Rhino、KeyShot；会 Photoshop、Illustrator；了解 CMF 设计。
    """,
    numbers=["2022.03-2022.12"],
    keywords=["cmf"],
)


if __name__ == "__main__":
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate id"
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} resumes -> {OUT.name}")
