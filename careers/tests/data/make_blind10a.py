"""Write resumes_blind10a.jsonl: 40 hand-written blind resumes (set 10, writer a).

Standard library only. Labels were written by hand from the check table in docs/careers.md
("How diagnosis works"), never by running the rules. Run: python3 make_blind10a.py
"""

import json
import math
import re
from pathlib import Path

CHECKS = ["sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords"]
OUT = Path(__file__).with_name("resumes_blind10a.jsonl")
R = []


def add(field, text, posting="", **exp):
    expected = {c: list(exp.get(c, [])) for c in CHECKS}
    R.append({"field": field, "text": text.strip("\n"), "posting": posting.strip("\n"), "exp": expected})


# ---------------------------------------------------------------- software (01-05)
add(
    "software",
    """
【个人信息】
姓名：柏清源 | 电话：13900010011 | 邮箱：qingyuan.bai@example.com
求职意向：Java 后端开发
【教育背景】
2022.09-2026.06  临川理工大学  计算机科学与技术  本科  GPA 3.6/4.0
【实习经历】
2025.06-2025.09  杭州云栈网络科技有限公司  后端开发实习生
· 基于 Spring Boot 开发优惠券发放接口 8 个，压测 QPS 从 800 提升到 2600
· 用 Redis 做库存预扣，超卖投诉降为 0 起
【项目经历】
2024.10-2025.01  校园二手书交易平台（课程设计）
· MyBatis + MySQL 设计 12 张表，上线一学期注册用户 1400 人
【专业技能】
Java、Spring Boot、MyBatis、MySQL、Redis、Git、Linux
""",
    """
Java开发工程师（2026届校招）
岗位职责：
1. 参与交易链路核心模块的设计与编码；
2. 与产品、测试同学协作，保证需求按期交付。
任职要求：
1. 计算机相关专业本科及以上学历；
2. 熟悉 Java、Spring Boot、MyBatis，熟悉 MySQL、Redis；
3. 了解 Kafka、Docker，有 Linux 使用经验。
""",
    keywords=["kafka", "docker"],
)

add(
    "software",
    """
祁若川
电话：13900010021    邮箱：ruochuan.qi@example.com
教育背景
2021.09-2025.06 滨湖学院 软件工程 本科
实习经历
2024.07-2024.09 苏州启明软件有限公司 测试实习生
负责功能测试和回归测试，协助开发定位线上问题
2024.11-2025.02 星河数科 前端实习生
用 Vue 重写报表页 6 个，首屏加载从 4.2 秒降到 1.5 秒
专业技能
Vue、JavaScript、Postman、MySQL
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["负责", "协助"],
)

add(
    "software",
    """
ZHAO Yiran 赵一然
Mobile: 13900010031 | Email: yiran.zhao@example.com | github.com/yiran-z
EDUCATION 教育背景
Sep 2021 - Jun 2025  Qingshan University 青山大学, B.Eng. Software Engineering 软件工程 本科
EXPERIENCE 实习经历
Jul 2024 - Oct 2024  Lumen Apps (Shanghai), Frontend Intern
- Built 14 React components for the checkout flow
- Reduced bundle size from 1.8 MB to 950 KB with code splitting
PROJECTS 项目经历
Mar 2024 - Jun 2024  Course Planner Web App
- Served 600+ students in the spring term
SKILLS 技能
React, JavaScript, Webpack, HTML/CSS, Git
""",
    """
Frontend Engineer (New Grad)
Requirements:
- Bachelor's degree in Computer Science or related field
- Solid experience with React and TypeScript
- Familiar with Webpack and Jest
- Good communication skills
""",
    keywords=["typescript", "jest"],
)

add(
    "software",
    """
# 闻书航
📱 13900010041 · ✉️ shuhang.wen@example.com
## 教育背景
- 2022.09 - 2025.06 西澄大学 计算机技术 硕士
- 2018.09 - 2022.06 西澄大学 计算机科学与技术 本科
## 项目经历
- 2023.10 - 2024.06 分布式任务调度系统（实验室项目）
  - 基于 Go 实现任务分片，单集群调度 5 万个任务/天
  - 故障转移时间从 30 秒缩短到 4 秒
## 实习经历
- 2024.07 - 2024.10 北辰数据 后端开发实习生
  - 重构消息推送服务，P99 延迟降低 42%
## 技能
- Go / gRPC / etcd / Kubernetes / PostgreSQL
""",
)

add(
    "software",
    """
简历
姓名：殷子墨        性别：男
籍贯：安徽安庆      出生年月：2003.05
手机：13900010051   邮箱：zimo.yin@example.com
教育经历
2022.09-2025.06  皖江职业技术学院  计算机应用技术  专科
实践经历
2024.03-2024.06  学院信息中心  网站维护
修改学院官网栏目页面，更新新闻内容
2024.07-2024.08  安庆市某电脑城  门店技术员
装机和系统维护 130 余台
自我评价
性格开朗，学习能力强，能吃苦耐劳。
""",
    sections=["skills"],
    numbers=["2024.03-2024.06"],
    personal=["native_place"],
)

# ---------------------------------------------------------------- ic (06-10)
add(
    "ic",
    """
姓名：钱晟睿
电话：13900010061  邮箱：shengrui.qian@example.com
教育背景
2019.09-2023.06  东吴理工大学  电子科学与技术  本科
2023.09-2026.06  东吴理工大学  集成电路工程  硕士
项目经历
2024.03-2024.12  RISC-V 五级流水线处理器设计
用 Verilog 完成 RTL 设计，FPGA 上主频从 50 MHz 提高到 85 MHz
实习经历
2025-06 - 2025-09  芯澜微电子  数字验证实习生
编写 SystemVerilog 测试用例 85 个，功能覆盖率达到 96%
专业技能
Verilog、SystemVerilog、Verdi、Python
""",
    """
数字验证工程师（校招）
任职要求：
1. 微电子、电子工程相关专业硕士；
2. 熟悉 SystemVerilog、UVM 验证方法学；
3. 熟练使用 VCS、Verdi 等 EDA 工具；
4. 会用 Python 或 Perl 脚本。
""",
    dates=["format"],
    keywords=["uvm", "vcs", "perl"],
)

add(
    "ic",
    """
◆ 基本信息
彭语桐 ｜ 13900010071 ｜ yutong.peng@example.com
◆ 教育经历
2020.09-2024.06  南川大学  微电子科学与工程  本科
2024.09-2027.06  南川大学  电路与系统  硕士在读
◆ 科研经历
2024.10-2025.09  12 位 SAR ADC 设计（导师项目）
完成比较器与电容阵列设计，ENOB 达到 11.2 bit
版图面积比上一版缩小 18%
◆ 实习经历
2025.10-2026.01  晨芯半导体  模拟设计实习生
完成 LDO 环路仿真，相位裕度从 38° 提高到 62°
◆ 技能
Cadence Virtuoso、Spectre、Calibre、MATLAB
""",
)

add(
    "ic",
    """
焦嘉懿
13900010081 / jiayi.jiao@example.com
【教育背景】
2021.09-2025.06 沪东大学 电子信息工程 本科
【实习经历】
2024.03-2024.08 鸿途芯测 测试工程实习生
配合测试工程师调试 ATE 程序，整理测试数据
2024.07-2024.10 泽光集成电路 产品工程实习生
分析良率数据，定位 3 类失效模式后 CP 良率提高 4.5%
【技能】
Python、Excel、J750、STDF
""",
    numbers=["2024.03-2024.08"],
    weak_verbs=["配合"],
    dates=["overlap:2024.03-2024.08|2024.07-2024.10"],
)

add(
    "ic",
    """
个人简历
姓  名：宁书言        性  别：女
民  族：回族          婚姻状况：未婚
电  话：13900010091   邮  箱：shuyan.ning@example.com
教育背景
2020.09-2024.06  江淮工业大学  微电子科学与工程  本科
实习经历
2023.07-2023.09  合芯科技  版图实习生
完成 LDO、Bandgap 模块版图 4 个，DRC/LVS 一次通过率 100%
2024.07-2025.06  芯岳半导体  版图设计工程师
负责 40nm 工艺 IO 版图，模块面积比参考设计减小 12%
专业技能
Virtuoso、Linux、Skill
""",
    """
模拟版图工程师
要求：
- 熟悉 Virtuoso 版图工具，熟悉 Calibre 物理验证；
- 了解 Linux 操作，会 Perl 或 Skill 脚本优先；
- 有 FinFET 工艺经验者优先。
""",
    weak_verbs=["负责"],
    personal=["ethnicity", "marital"],
    keywords=["calibre", "perl", "finfet"],
)

add(
    "ic",
    """
汪若初
电话：13900010101
教育背景
2021.09-2025.06  北江大学  集成电路设计与集成系统  本科  GPA 3.7/4.0  专业排名 5/86
主修课程：数字集成电路设计、模拟集成电路、半导体物理、集成电路工艺
获奖情况
2023 年 国家奖学金
2024 年 北江大学优秀学生干部
专业技能
Verilog、Vivado、ModelSim、C 语言
英语：CET-6 548
""",
    sections=["experience"],
    contact=["email"],
)

# ---------------------------------------------------------------- uav (11-15)
add(
    "uav",
    """
姓名：司马骁
手机：13900010111   邮箱：xiao.sima@example.com
教育背景
2021.09-2025.06  西岭航空学院  飞行器设计与工程  本科
项目经历
2023.09-2024.05  四旋翼自主避障无人机（大创项目）
参与飞控参数整定与外场试飞，完成室内避障演示
2024.06-2024.09  凌翼智能 飞控算法实习生
编写 MAVLink 数据解析脚本，日志分析时间从 2 小时缩短到 15 分钟
专业技能
C++、MATLAB、Pixhawk、MAVLink
""",
    """
飞控软件工程师
任职要求：
1. 熟悉 PX4 或 ArduPilot 飞控架构；
2. 熟悉 C++，会用 MATLAB、Simulink；
3. 了解 ROS、Gazebo 仿真。
""",
    numbers=["2023.09-2024.05"],
    weak_verbs=["参与"],
    keywords=["px4", "ardupilot", "simulink", "ros", "gazebo"],
)

add(
    "uav",
    """
郝景行
电话：13900010121
邮箱：jingxing.hao@example.com
求职意向：无人机航测工程师 ｜ 期望城市：成都
教育背景
2020.09-2024.06  巴蜀测绘学院  测绘工程  本科
主修课程：数字摄影测量、遥感原理、GIS 原理、大地测量学、误差理论
工作经历
2024.07-2025.10  锦城空间信息技术有限公司  航测工程师
- 完成 1:500 地形图航测项目 11 个，累计作业面积 260 平方公里
- 像控点布设方案优化后，外业天数从 9 天减少到 6 天
- 建立航线规划模板 20 套，新人上手时间缩短一半
- 处理倾斜摄影数据 3.2 TB，交付实景三维模型 38 个
- 编写内业质检清单 1 份，成果一次验收通过率从 75% 提高到 93%
- 牵头高速公路改扩建带状航测，线路长度 46 公里，工期提前 5 天
- 培训地方测绘院作业员 12 人，考核通过率 100%
2023.07-2023.09  天府无人机服务中心  航测实习生
- 协同外业采集像控点 420 个
- 整理影像 1.6 万张，建立项目归档目录 15 个
项目经历
2023.03-2023.06  校园三维实景建模（毕业设计）
- 利用 ContextCapture 生成校园模型，平面精度 3 cm
- 模型贴图修补 240 处，答辩成绩 92 分
2022.09-2022.12  河道断面测量（课程实习）
- 使用 RTK 采集断面点 1100 个，高程中误差 2.1 cm
- 编写断面成图脚本，绘图时间减少 70%
2022.03-2022.06  校园控制网复测（课程设计）
- 完成四等水准测量 8.6 公里，闭合差 3.2 mm
- 导线测量 24 站，相对闭合差 1/42000
培训经历
2024.08  大疆行业应用 航测解决方案培训（结业考核 95 分）
2025.04  实景三维建设技术研修班（优秀学员，排名前 10%）
校园经历
2021.09-2022.06  测绘学院学生会  学术部干事
- 组织测绘技能讲座 6 场，参加人数累计 480 人
- 编写新生测量仪器使用手册 1 份，下载 300 余次
2022.09-2023.06  校无人机社团  副社长
- 开设航拍入门课 8 次，新社员 65 人考取社团飞行认证
- 承接校庆航拍 2 场，视频播放量 5.3 万次
获奖情况
2023 年 全国大学生测绘技能大赛 数字测图 二等奖
2022 年 校级一等奖学金
2022 年 优秀共青团员
2021 年 新生军训优秀学员
证书
CAAC 多旋翼超视距驾驶员执照（机长）
CET-6、计算机二级
专业技能
大疆智图、ContextCapture、Pix4D、ArcGIS、CASS、AutoCAD
Python（GDAL、NumPy）
Office（Word、Excel、PowerPoint）
自我评价
熟悉航测内外业全流程，能独立带队完成外业；
吃苦耐劳，适应长期出差；
沟通顺畅，与甲方对接过多个项目的成果验收。
""",
    length=["too_long"],
)

add(
    "uav",
    """
姓名：包晓岚                 性别：女
身份证号：420106200301154827
户籍：湖北武汉
电话：13900010131   邮箱：xiaolan.bao@example.com
教育背景
2021.09-2025.06  江城航空职业大学  无人机应用技术  本科
实习经历
2024.07-2024.10  荆楚植保飞防服务队  植保飞手
完成水稻飞防作业 5200 亩，单日最高 600 亩
2025.02-2025.05  汉江低空科技  电力巡检实习生
巡检输电线路 86 公里，发现缺陷 23 处
技能证书
CAAC 多旋翼驾驶员执照、大疆 T40、DJI Pilot
""",
    personal=["id_number", "native_place"],
)

add(
    "uav",
    """
于栖梧 ｜ 13900010141 ｜ qiwu.yu@example.com
工作经历
2021.03-2023.02  部队服役  某部通信连  通信兵
维护野战通信设备 40 余套，年度考核优秀
2023.05-2025.09  青禾低空服务有限公司  无人机飞手
执行测绘航飞 310 架次，累计飞行 480 小时，零事故
带教新飞手 7 人
证书
CAAC 多旋翼超视距驾驶员执照（机长）
技能
大疆智图、Pix4D、DJI Terra
""",
    """
无人机航测员
任职要求：
1. 持有 CAAC 无人机驾驶员执照；
2. 熟悉大疆智图、Pix4D，会用 ArcGIS、CASS 成图；
3. 能适应出差。
""",
    sections=["education"],
    keywords=["arcgis", "cass"],
)

add(
    "uav",
    """
【教育背景】
2020.09-2024.06  华亭科技大学  测控技术与仪器  本科
【联系方式】
13900010151  jiabao.liang@example.com  梁家宝
【实习经历】
2023.07-2023.12  远岫无人机科技  外业实习生
前两个月在公司打杂，后期独立操作 RTK 采集像控点 350 个
2024.03-2024.02  远岫无人机科技  内业数据处理
用 Pix4D 处理影像 2.4 万张，空三加密一次通过
【技能】
Pix4D、RTK、Global Mapper、Excel
""",
    weak_verbs=["打杂"],
    dates=["reversed:2024.03-2024.02"],
)

# ---------------------------------------------------------------- energy (16-20)
add(
    "energy",
    """
求职意向：光伏电气设计工程师
任嘉澍  13900010161  jiashu.ren@example.com
教育背景
2021.09-2025.06  朔北电力大学  电气工程及其自动化  本科
实习经历
2024.07-2024.09  晴川新能源设计院  电气设计实习生
完成 3 个分布式光伏项目的一次系统图，共 18 张
按规范复核电缆选型，修正截面错误 11 处
项目经历
2024.03-2024.06  屋顶光伏发电量评估（课程设计）
建立 200 kW 屋顶电站模型，首年发电量误差 3.5%
专业技能
EPLAN、Excel、Python
""",
    """
光伏电站电气设计工程师
任职要求：
1. 电气工程相关专业，本科及以上；
2. 熟悉 AutoCAD、EPLAN 绘图；
3. 会用 PVsyst 进行发电量计算；
4. 了解光伏组件、逆变器的选型。
""",
    keywords=["autocad", "pvsyst", "光伏组件", "逆变器"],
)

add(
    "energy",
    """
丁予宁
电话：13900010171 ｜ 邮箱：yuning.ding@example.com
教育背景
2019.09-2023.06  淮海理工大学  新能源材料与器件  本科
2023.09-2026.06  淮海理工大学  材料工程  硕士
科研经历
2023.10-2025.06  高镍正极材料包覆改性研究
Al2O3 包覆后 1C 循环 500 圈容量保持率从 78% 提高到 91%
以第一作者发表 SCI 论文 1 篇（IF 6.2）
实习经历
2025.07-2025.09  宁岳储能科技  电芯研发实习生
完成 42 只软包电芯的化成与 EIS 测试，整理数据报告 6 份
专业技能
XRD、SEM、EIS、Origin、Python
""",
    """
锂电材料研发工程师
要求：
1. 材料、化学相关专业硕士；
2. 熟悉 XRD、SEM 表征；
3. 会用 Origin 处理数据，有 EIS 测试经验。
""",
)

add(
    "energy",
    """
程一苇
13900010181  yiwei.cheng@example.com
教育背景：2022.09-2025.06 蓟北大学 电气工程 硕士
实习经历
2024.06-2024.09  恒储能源科技  BMS 算法实习生
负责电芯数据清洗与 SOC 估计算法验证
2024.10-2025.01  华峰电气研究院  储能变流器实习生
搭建 100 kW PCS 仿真模型，并网电流 THD 从 4.1% 降到 2.3%
专业技能
MATLAB、C 语言、BMS、CAN
""",
    """
储能 BMS 算法工程师
岗位要求：
1. 熟悉 MATLAB、Simulink 建模；
2. 熟悉 BMS 的 SOC、SOH 估计，了解卡尔曼滤波；
3. 熟悉 CAN 通信，会用 CANoe。
""",
    numbers=["2024.06-2024.09"],
    weak_verbs=["负责"],
    keywords=["simulink", "soh", "卡尔曼滤波", "canoe"],
)

add(
    "energy",
    """
陶知秋
邮箱：zhiqiu.tao@example.com
教育背景
2021.09-2025.06  河西电力学院  风能与动力工程  本科
实习经历
2024.07-2024.09  北塬风电场  运维实习生
随班组巡检风机 33 台，记录缺陷 57 条
2025.01-2025.03  金风口新能源服务公司  数据助理
整理 SCADA 告警数据 12 万条，编写周报 10 期
自我评价
踏实肯干，愿意驻场工作。
""",
    sections=["skills"],
    contact=["phone"],
)

add(
    "energy",
    """
姓名：鲁慕之          性别：男
婚姻状况：未婚        政治面貌：中共党员
电话：13900010201     邮箱：muzhi.lu@example.com
教育背景
2019年9月-2023年6月  闽江能源学院  能源与动力工程  本科
工作经历
2023年7月-2024年12月  榕城热电有限公司  运行值班员
优化锅炉燃烧参数，供电煤耗下降 3.2 g/kWh
2025.01-2025.08  闽海氢能科技  测试工程师
完成电解槽测试 120 小时，出具测试报告 14 份
专业技能
AutoCAD、Aspen Plus、Excel
""",
    dates=["format"],
    personal=["marital"],
)

# ---------------------------------------------------------------- bio (21-25)
add(
    "bio",
    """
方若溪
电话：13900010211  邮箱：ruoxi.fang@example.com
教育背景
2022.09-2025.06  江南医科大学  免疫学  硕士
2018.09-2022.06  江南医科大学  生物技术  本科
科研经历
2022.10-2025.03  肿瘤微环境中 CD8+ T 细胞耗竭机制研究
完成小鼠荷瘤模型 120 只，流式检测样本 900 余份
以共同一作发表论文 1 篇（IF 7.8）
实习经历
2024.07-2024.09  启元生物  抗体筛选实习生
抗体筛选中完成杂交瘤克隆检测 640 个，获得阳性克隆 12 株
专业技能
流式细胞术、细胞培养、Western Blot、qPCR、GraphPad Prism
""",
    """
免疫学研究员（抗体药物）
任职要求：
1. 免疫学、细胞生物学相关专业硕士及以上；
2. 熟练掌握流式细胞术、ELISA、Western Blot；
3. 会用 FlowJo、GraphPad Prism 分析数据；
4. 有抗体筛选经验者优先。
""",
    keywords=["elisa", "flowjo"],
)

add(
    "bio",
    """
樊晓棠
电话：13900010221  邮箱：xiaotang.fan@example.com
教育背景
2021.09-2025.06  楚南农业大学  生物工程  本科
实习经历
2024.03-2024.06  楚天生物制药  QC 实习生
协助 QC 完成原辅料检测，整理检验记录
2024.07-2024.09  华禾检测  微生物检验实习生
学习洁净区环境监测流程，撰写实习报告
校园经历
2022.09-2023.06  生物工程学院团委  宣传部部员
制作活动推文 36 篇，最高阅读 4200 次
专业技能
HPLC、微生物限度检查、Excel
了解 GMP 和 ISO 17025 相关要求
""",
    numbers=["2024.03-2024.06", "2024.07-2024.09"],
    weak_verbs=["协助", "了解"],
)

add(
    "bio",
    """
个人信息
姓    名：蓝芷若        性    别：女
民    族：壮族          出生年月：2002.11
电    话：13900010231   电子邮箱：zhiruo.lan@example.com
教育背景
2020.09-2024.06  邕江医学院  制药工程  本科
实习经历
2023.07-2023.09  桂海药业  生产实习生
跟班完成片剂批生产记录审核 60 批，发现记录缺陷 9 处
2024.03-2024.06  邕江医学院药剂实验室  实验助理
完成缓释片溶出度实验 45 批次，相似因子 f2 均大于 50
专业技能
HPLC、溶出度测定、Word、Excel
""",
    """
制药 QA 专员
任职要求：
1. 药学、制药工程相关专业；
2. 熟悉 GMP 规范，了解 ICH、USP 相关要求；
3. 会用 HPLC；熟练使用 Office。
""",
    personal=["ethnicity"],
    keywords=["gmp", "ich", "usp"],
)

add(
    "bio",
    """
聂清芷
电话：13900010241  邮箱：qingzhi.nie@example.com
教育背景
2021.09-2025.06  吴越大学  生物科学  本科  GPA 3.8/4.0
主修课程：分子生物学、细胞生物学、生物化学、遗传学、生物信息学
荣誉奖项
2023 年 国家励志奖学金
2024 年 校级一等奖学金、三好学生
专业技能
PCR、琼脂糖凝胶电泳、细胞培养、R 语言
语言：CET-6 590
""",
    sections=["experience"],
)

add(
    "bio",
    """
★ 俞望舒 ★
13900010251 | wangshu.yu@example.com
━━ 教育背景 ━━
2023.09-2026.06  浙中大学  生物医学工程  硕士
2019.09-2023.06  浙中大学  生物医学工程  本科
━━ 项目经历 ━━
2024.01-2025.04  可穿戴心电贴片的房颤检测算法
在 2800 段心电数据上训练 1D-CNN，F1 达到 0.93
功耗从 12 mW 降到 5 mW，续航延长到 7 天
━━ 实习经历 ━━
2025.06-2025.09  康途医疗器械  注册专员实习生
整理二类医疗器械注册资料 3 套，补正意见从 21 条减少到 6 条
━━ 专业技能 ━━
Python、PyTorch、MATLAB、ISO 13485、ISO 14971
""",
)

# ---------------------------------------------------------------- ai (26-30)
add(
    "ai",
    """
严知行
电话：13900010261  邮箱：zhixing.yan@example.com  博客：zhixing.example.com
教育背景
2022.09-2025.06  南郊大学  人工智能  硕士
实习经历
2024.06-2024.09  星图智能  大模型推理实习生
基于 PyTorch 实现 KV Cache 量化，显存占用降低 38%
2024.11-2025.02  澄明科技  算法实习生
搭建模型评测流水线，完成 7B 模型在内部数据集上的评测
项目经历
2023.09-2024.05  面向法律文书的检索增强问答（实验室项目）
召回率从 0.71 提升到 0.86
专业技能
Python、PyTorch、CUDA、Docker、Linux
""",
    """
大模型推理优化工程师
岗位要求：
1. 熟悉 PyTorch、CUDA 编程；
2. 熟悉 vLLM、TensorRT-LLM 等推理框架；
3. 了解 FlashAttention，熟悉 Linux 与 Docker。
""",
    numbers=["2024.11-2025.02"],
    keywords=["vllm", "tensorrt-llm", "flashattention"],
)

add(
    "ai",
    """
个人简历
姓名：雷湘宁
手机：13900010271
邮箱：xiangning.lei@example.com
求职意向：计算机视觉算法工程师
教育背景
2018.09-2022.06  潇湘大学  自动化  本科
2022.09-2025.06  潇湘大学  控制科学与工程  硕士
研究方向：小目标检测、多模态感知
实习经历
2024.05-2024.08  星驰智驾  感知算法实习生
- 改进 BEV 检测头，验证集 mAP 提升 2.7 个点
- 优化数据加载，单卡训练速度提高 35%
- 编写 nuScenes 数据转换工具，处理 12 万帧数据，转换时间缩短 60%
- 为 3 个场景补充 corner case 数据 8000 张，夜间误检率降低 15%
2021.07-2021.09  长沙图灵视觉  图像标注与算法助理
- 制定标注规范，数据集返工率从 18% 降到 5%
- 清洗无效样本 3.6 万张
项目经历
2023.03-2024.03  无人机视角小目标检测（国家自然科学基金项目）
- 提出多尺度特征融合模块，VisDrone 上 AP50 提高 4.1%
- 模型参数量减少 27%，Jetson Orin 上推理 42 FPS
2022.10-2023.02  红外与可见光融合检测
- 在 5 类目标上漏检率降低 22%
- 撰写专利 1 项（已受理）
2022.09-2022.12  课程项目：车道线检测
- 复现 UFLD，推理时延从 30ms 降到 12ms
2021.03-2021.06  本科毕业设计：基于 YOLOv5 的安全帽检测
- 自建数据集 5600 张，mAP@0.5 达到 91.3%
- 部署到树莓派，帧率从 2 FPS 提高到 9 FPS
科研成果
1. 一作论文 1 篇，IEEE Transactions on Intelligent Vehicles（在审）
2. 二作论文 1 篇，ICIP 2024
3. 发明专利 1 项（已受理）
竞赛获奖
2023 年 中国研究生人工智能创新大赛 全国二等奖
2022 年 湖南省研究生数学建模竞赛 一等奖
校园经历
2022.09-2023.06  控制学院研究生会  学术部部长
- 组织学术沙龙 10 期，参与人数共 650 人次
- 对接企业开放日 4 场，促成 9 名同学获得实习机会
2019.09-2020.06  潇湘大学机器人协会  技术部成员
- 调试竞赛机器人视觉模块，识别成功率从 82% 提高到 96%
专业技能
编程：Python、C++、Shell
框架：PyTorch、MMDetection、OpenCV、TensorRT
工具：Git、Docker、Linux
数学：概率论、矩阵分析、最优化方法
语言能力
英语 CET-6 563，能流畅阅读英文文献
自我评价
对自动驾驶与机器人感知方向有浓厚兴趣，代码能力扎实，
具备良好的团队协作精神，能承受较大工作压力。
""",
    length=["too_long"],
)

add(
    "ai",
    """
Lin Qiao 林乔
Tel: 13900010281 ｜ Email: qiao.lin@example.com
Education 教育背景
2021.09-2025.06  Haibin University 海滨大学  Computer Science 计算机科学与技术  B.Eng. 本科
Internship 实习经历
2024.07-2024.10  Nebula AI (Shenzhen)  NLP Intern
- Built a RAG chatbot over 12,000 support tickets with OpenAI API and FAISS
- Cut average answer time from 6 minutes to 40 seconds
Projects 项目经历
2024.03-2024.06  Course QA assistant
- Fine-tuned a 1.5B model with LoRA on 8,000 Q&A pairs, accuracy up by 19%
Skills 技能
Python, PyTorch, Hugging Face Transformers, FAISS, LoRA, FastAPI
""",
    """
LLM Application Engineer - Campus Hiring
Responsibilities:
- Build retrieval-augmented generation (RAG) services for enterprise customers
Requirements:
- Strong Python skills
- Experience with LangChain or LlamaIndex
- Familiar with vector databases such as Milvus or FAISS
- Knowledge of Docker and FastAPI
""",
    keywords=["langchain", "llamaindex", "milvus", "docker"],
)

add(
    "ai",
    """
史云岫  13900010291  yunxiu.shi@example.com
教育背景
2021.09-2025.06  云岭大学  数据科学与大数据技术  本科
实习经历
2024.01-2024.06  滇池智能科技  数据标注组实习生
参与数据标注与质检，整理标注规范文档
2024.05-2024.08  昆明博识AI  推荐算法实习生
召回模型 Recall@50 提升 6.3%，线上点击率提高 2.1%
专业技能
Python、PyTorch、SQL、Spark
""",
    numbers=["2024.01-2024.06"],
    weak_verbs=["参与"],
    dates=["overlap:2024.01-2024.06|2024.05-2024.08"],
)

add(
    "ai",
    """
韦思远
手机：13900010301
GitHub：github.com/siyuan-wei
开源与项目
2023.06-2024.02  开源 OCR 工具 LiteOCR（个人项目）
维护者之一，项目获得 2300 Star，合并 PR 140 个
2024.03-2025.06  墨语科技  机器学习工程师
将文档版面分析模型部署到边缘盒子，推理耗时从 800ms 降到 210ms
技能
Python、PyTorch、ONNX、PaddleOCR、C++
""",
    sections=["education"],
    contact=["email"],
)

# ---------------------------------------------------------------- data (31-35)
add(
    "data",
    """
葛望秋
电话：13900010311 / 邮箱：wangqiu.ge@example.com
教育背景
2021.09-2025.06  东海财经大学  统计学  本科
实习经历
2024.07-2024.09  鲸选电商  数据分析实习生
搭建 GMV 日报，报表出数时间从 3 小时缩短到 20 分钟
2024.10-2025.01  远帆咨询  商业分析实习生
帮助项目经理整理访谈纪要与行业数据
专业技能
SQL、Python、Excel、SPSS
""",
    """
数据分析师（电商方向）
任职要求：
1. 统计、数学、计算机相关专业本科及以上；
2. 熟练使用 SQL、Python；
3. 会用 Tableau 或 Power BI 制作报表；
4. 了解 Hive，有 A/B 测试经验优先。
""",
    numbers=["2024.10-2025.01"],
    weak_verbs=["帮助"],
    keywords=["tableau", "power bi", "hive", "a/b 测试"],
)

add(
    "data",
    """
蒋一诺 | 13900010321 | yinuo.jiang@example.com
【教育背景】
2022.09-2025.06  西京大学  应用统计  硕士
2018.09-2022.06  西京大学  数学与应用数学  本科
【实习经历】
2024.06-2024.09  长安银行信用卡中心  风控建模实习生
用 XGBoost 搭建 A 卡模型，KS 从 0.31 提高到 0.38
2024.11-2025.02  秦川消费金融  策略分析实习生
调整额度策略，逾期率下降 0.6 个百分点
【技能】
Python、SQL、XGBoost、SAS
""",
)

add(
    "data",
    """
个人信息
姓名：马知遥   生源地：甘肃天水
电话：13900010331  邮箱：zhiyao.ma@example.com
教育经历
2021.09-2025.06  陇原大学  信息管理与信息系统  本科
实习经历
2024.07-2024.10  兰州丝路物流有限公司  运营数据助理
每周整理运单数据 3 万条，用 Excel 制作运营周报 12 期
发现异常运单 260 单，帮公司挽回运费 4.8 万元
""",
    """
数据运营专员
要求：
1. 熟练使用 Excel（数据透视表、VLOOKUP）；
2. 会用 SQL 取数，会 Power BI 者优先；
3. 逻辑清晰，对数据敏感。
""",
    sections=["skills"],
    personal=["native_place"],
    keywords=["数据透视表", "vlookup", "sql", "power bi"],
)

add(
    "data",
    """
戴明澈
13900010341 ｜ mingche.dai@example.com
教育背景
2021.09-2025.06  临海大学  经济统计学  本科
实习经历
23.07-23.09  宁远证券研究所  行业研究实习生
整理新能源车周度销量数据，撰写点评 5 篇
2024.07-2024.10  海澜数据科技  数据分析实习生
清洗用户行为日志，完成留存分析
专业技能
Python（pandas）、SQL、Stata、Wind
""",
    numbers=["2024.07-2024.10"],
    dates=["format"],
)

add(
    "data",
    """
阮听澜
邮箱：tinglan.ruan@example.com
教育背景
2020.09-2024.06  江左大学  计算机科学与技术  本科
工作经历
2024.07-2025.09  橙光数据服务有限公司  大数据开发工程师
开发 Flink 实时任务 18 个，端到端延迟从 5 分钟降到 30 秒
治理 Hive 数仓表 400 余张，存储节省 35%
专业技能
Hive、Flink、Kafka、Java、SQL
""",
    """
大数据开发工程师
任职要求：
1. 熟悉 Hadoop 生态，熟练使用 Hive、Spark；
2. 熟悉 Flink、Kafka 实时计算；
3. 会用 Airflow 或 DolphinScheduler 调度。
""",
    contact=["phone"],
    keywords=["hadoop", "spark", "airflow", "dolphinscheduler"],
)

# ---------------------------------------------------------------- manufacturing (36-40)
add(
    "manufacturing",
    """
屈景明
电话：13900010361  邮箱：jingming.qu@example.com
教育背景
2021.09-2025.06  常州工学院  机械设计制造及其自动化  本科
实习经历
2024.07-2024.10  苏南精密汽车零部件有限公司  质量工程师实习生
负责来料检验数据录入，配合 SQE 处理供应商质量问题
2025.01-2025.03  常州恒锐机械  工艺实习生
优化装配工位布局，单件工时从 14 分钟降到 11 分钟
专业技能
AutoCAD、SolidWorks、Minitab、8D
""",
    """
质量工程师（汽车零部件）
任职要求：
1. 机械类相关专业本科；
2. 熟悉 IATF 16949 体系，熟悉 PFMEA、SPC、MSA；
3. 会用 Minitab，能运用 8D 解决问题。
""",
    numbers=["2024.07-2024.10"],
    weak_verbs=["负责", "配合"],
    keywords=["iatf 16949", "pfmea", "spc", "msa"],
)

add(
    "manufacturing",
    """
◇ 苗亦舟
◇ 13900010371 ｜ yizhou.miao@example.com
教育背景
2019.09-2023.06  齐鲁机电学院  机械电子工程  本科
工作经历
2023.07-2025.06  潍河智能装备有限公司  电气工程师
完成 6 条装配线的 PLC 程序编写，设备综合效率从 68% 提高到 81%
设计触摸屏界面 40 余页，调试周期缩短 25%
项目经历
2022.09-2023.05  基于机器视觉的零件分拣台（毕业设计）
分拣准确率达到 98.5%，节拍 2.4 s/件
专业技能
西门子 S7-1200、TIA Portal、EPLAN、WinCC
""",
)

add(
    "manufacturing",
    """
姓名：杭书远
身份证：320481200205113216
电话：13900010381  邮箱：shuyuan.hang@example.com
教育背景
2020.09-2024.06  金陵工业大学  机械工程  本科
实习经历
2023.07-2023.09  宁锐汽车部件  结构设计实习生
完成座椅滑轨支架设计 3 版，重量减轻 14%
2024.03-2024.06  金陵工业大学机械学院  课题组助研
完成铝合金支架拓扑优化，一阶模态从 180 Hz 提高到 236 Hz
专业技能
SolidWorks、ANSYS、AutoCAD
""",
    """
机械结构工程师
岗位要求：
1. 机械相关专业，本科及以上；
2. 熟练使用 Creo 或 SolidWorks 三维建模；
3. 熟悉 GD&T 形位公差，会用 ANSYS 做强度分析。
""",
    personal=["id_number"],
    keywords=["creo", "gd&t"],
)

add(
    "manufacturing",
    """
蓝星河
电话：13900010391  邮箱：xinghe.lan@example.com
教育背景
2021.09-2024.06  岭南机电职业技术学院  数控技术  专科
2024.09-2026.06  粤东理工学院  机械设计制造及其自动化  本科（专升本）
实习经历
2023.09-2023.06  佛山宏达五金制品厂  数控车工学徒
跟师傅学习数控车床操作和刀具更换
2025.07-2025.09  粤东理工学院工程训练中心  实训助教
协助老师指导 80 名学生完成铣削实训
自我评价
动手能力强，能吃苦。
""",
    sections=["skills"],
    numbers=["2023.09-2023.06"],
    weak_verbs=["协助"],
    dates=["reversed:2023.09-2023.06"],
)

add(
    "manufacturing",
    """
个人简历
姓名：柯以宁 | 电话：13900010401 | 邮箱：yining.ke@example.com
教育背景
2021.09-2025.06  滨江科技大学  材料成型及控制工程  本科
主修课程：模具设计、塑料成型工艺、金属材料学、机械制图
获奖荣誉
2023 年 滨江科技大学二等奖学金
专业技能
UG NX、AutoCAD、Moldflow
证书：CET-4、计算机二级
""",
    """
注塑模具设计工程师
任职要求：
1. 材料成型、模具相关专业；
2. 熟练使用 UG NX、AutoCAD；
3. 熟悉 Moldflow 模流分析，会用 Mastercam 编程者优先。
""",
    sections=["experience"],
    keywords=["mastercam"],
)

# ---------------------------------------------------------------- write and check


def norm_ranges(text):
    """Every date range in the text, as YYYY.MM-YYYY.MM (for the self-check only)."""
    d = r"(\d{2,4})\s*(?:[./-]|年)\s*(\d{1,2})\s*月?"
    out = set()
    for m in re.finditer(d + r"\s*(?:-|–|~|至)\s*" + d, text):
        y1, m1, y2, m2 = m.groups()
        y1 = y1 if len(y1) == 4 else "20" + y1
        y2 = y2 if len(y2) == 4 else "20" + y2
        out.add(f"{y1}.{int(m1):02d}-{y2}.{int(m2):02d}")
    return out


def est_lines(text):
    return sum(max(1, math.ceil(len(line) / 40)) for line in text.split("\n"))


def check(rows):
    assert len(rows) == 40, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == 40
    for r in rows:
        e, t, p = r["expected"], r["text"], r["posting"]
        ranges = norm_ranges(t)
        for x in e["numbers"]:
            assert x in ranges, (r["id"], x)
        for x in e["weak_verbs"]:
            assert x in t, (r["id"], x)
        for x in e["dates"]:
            if ":" in x:
                for part in x.split(":", 1)[1].split("|"):
                    assert part in ranges, (r["id"], part)
        for x in e["keywords"]:
            assert p and x in p.lower(), (r["id"], x)
            assert x not in t.lower(), (r["id"], x)
        if e["keywords"]:
            assert p
        n = est_lines(t)
        if e["length"]:
            assert n > 52, (r["id"], n)
        else:
            assert n < 44, (r["id"], n)
        if "phone" in e["contact"]:
            assert not re.search(r"139\d{8}", t), r["id"]
        else:
            assert re.search(r"139\d{8}", t), r["id"]
        assert ("email" in e["contact"]) != ("@example.com" in t), r["id"]


def main():
    rows = []
    for i, r in enumerate(R, 1):
        rows.append(
            {
                "id": f"10a{i:02d}",
                "field": r["field"],
                "text": r["text"],
                "posting": r["posting"],
                "pages": None,
                "photo": False,
                "expected": r["exp"],
            }
        )
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} resumes to {OUT.name}")


if __name__ == "__main__":
    main()
