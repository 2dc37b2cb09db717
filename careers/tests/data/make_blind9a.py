"""Write careers/tests/data/resumes_blind9a.jsonl: blind resume set 9a (40 resumes).

Written by hand from the specification table in docs/careers.md only (the writer never saw the
rules, the lexicon or their tests). Standard library only. Run:

    python3 careers/tests/data/make_blind9a.py

Fields: software (9a01-9a10), ic (9a11-9a20), uav (9a21-9a30), energy (9a31-9a40).
"""

import json
import re
import sys
from pathlib import Path

CHECKS = ["sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords"]
WEAK = ["参与", "协助", "帮助", "负责", "配合", "打杂", "接触过", "了解"]
PERSONAL = {"id_number", "marital", "ethnicity", "native_place", "photo"}
R = []


def add(n, field, text, posting=None, **exp):
    R.append((n, field, text, posting, exp))


# ---------------- software ----------------
add(
    1,
    "software",
    """姓名：向晨曦
手机：13900091011 | 邮箱：chenxi.xiang@example.com
求职意向：后端开发工程师（Go）
教育背景
2022.09-2026.06 临川理工大学 计算机科学与技术 本科
GPA 3.7/4.0，主修课程：数据结构、操作系统、计算机网络
实习经历
2025.06-2025.09 杭州云栈网络科技有限公司 后端开发实习生
· 用 Go 重写后端订单查询服务，P99 延迟从 320ms 降到 90ms，完成接口性能优化
· 编写单元测试 140 个，覆盖率提升到 78%
项目经历
2024.10-2025.01 校园二手交易平台（课程设计）
· 基于 Gin + MySQL 实现商品、订单等 25 个接口
· 用 Redis 缓存热门商品，接口 QPS 从 300 提升到 1500
专业技能
Go、Gin、MySQL、Redis、Docker、Linux、Git""",
    """后端开发工程师（Go）
岗位职责：
1. 负责后端服务的设计与开发；
2. 参与接口性能优化。
任职要求：
1. 本科及以上学历，计算机相关专业；
2. 熟悉 Go 语言，熟悉 Gin 或 Echo 框架；
3. 熟悉 MySQL、Redis，了解 Kafka；
4. 熟悉 Docker、Linux 常用命令。""",
    keywords=["echo", "kafka"],
)

add(
    2,
    "software",
    """【个人信息】
姓名：温语桐 | 电话：13900091021 | 邮箱：yutong.wen@example.com
【教育背景】
2021.09-2025.06 | 江澜师范大学 | 软件工程 | 本科
【项目经历】
2024.03-2024.06 | 图书馆座位预约小程序（软件工程课程设计）
- 负责小程序前端页面开发
- 协助后端同学完成接口联调
2024.09-2024.12 | 学院新闻网站改版
- 使用 Vue 3 开发页面 12 个，移动端首屏加载从 4.1 秒缩短到 1.6 秒
【技能】
JavaScript、Vue、微信小程序、Git""",
    numbers=["2024.03-2024.06"],
    weak_verbs=["负责", "协助"],
)

add(
    3,
    "software",
    """卢嘉言
男 | 23岁 | 本科 | 应届生
13900091031 | jiayan.lu@example.com
籍贯：湖北荆州  民族：汉族
求职意向
软件测试工程师 | 武汉 | 6-8K
教育经历
江汉理工大学  计算机科学与技术  本科
2021.09-2025.06
实习经历
楚天数科（武汉）有限公司  测试实习生
2024.07-2024.10
编写功能测试用例 260 条，提交有效缺陷 58 个
用 Postman 完成接口测试，整理接口用例 90 条
项目经历
在线考试系统（毕业设计）
2024/11-2025/03
用 Python + Selenium 编写 UI 自动化脚本 35 个，回归时间从 1 天缩短到 2 小时
专业技能
熟悉软件测试流程，会用 Python、Selenium、Postman、MySQL、Linux""",
    """软件测试工程师
岗位职责：
1. 负责公司移动端及后台的功能测试和接口测试；
2. 编写测试用例，跟踪缺陷直至关闭。
任职要求：
1. 熟悉软件测试流程；
2. 熟练使用 Postman、JMeter 等测试工具；
3. 会用 Python 编写自动化脚本；
4. 熟悉 Jira 缺陷管理。""",
    dates=["format"],
    personal=["native_place", "ethnicity"],
    keywords=["jmeter", "jira"],
)

add(
    4,
    "software",
    """LIN Haoran 林浩然
Mobile: 13900091041 | Email: haoran.lin@example.com
教育背景 Education
Sep 2021 - Jun 2025  Donghai University 东海大学, B.Eng. Software Engineering 软件工程 本科
实习经历 Internship
Jul 2024 - Sep 2024  Bytewave Technology 字浪科技, Frontend Intern
- Built 18 React components for the admin console, cutting page load time by 40%
- Wrote 120 Jest unit tests for the billing pages
项目经历 Projects
Mar 2024 - Jun 2024  Course-scheduling web app 排课系统 (course project)
- Served 600 students in the spring term; timetable conflicts fell from 45 to 3
技能 Skills
TypeScript, React, Node.js, Jest, Git""",
)

add(
    5,
    "software",
    """个人简历
姓　　名：苏念安
出生年月：2003.05
政治面貌：共青团员
户口所在地：安徽安庆
联系电话：13900091051
电子邮箱：nianan.su@example.com
教育背景
2021.09-2025.06 皖江大学 数据科学与大数据技术 本科
主修课程：Python 程序设计、数据库原理、机器学习、数据挖掘
获奖情况
校级二等奖学金（2023 年）
全国大学生英语竞赛三等奖（2024 年）
技能证书
CET-6、计算机二级（C 语言）
熟练掌握 Python、SQL、Pandas
自我评价
学习能力强，踏实认真，有团队合作精神。""",
    sections=["experience"],
    personal=["native_place"],
)

add(
    6,
    "software",
    """👤 欧阳可欣
📞 13900091061
🎯 求职意向：前端开发实习生
🎓 教育经历
2023.09-2026.06 南屏大学 计算机技术 硕士
2019.09-2023.06 南屏大学 网络工程 本科
💼 实习经历
2025.03-2025.06 简拓科技 前端开发实习生
· 参与公司官网和营销活动页的开发
· 使用 React 编写通用组件，减少重复代码
🚀 项目经历
2024.05-2024.09 实验室设备管理系统
· 用 Vue 3 + Element Plus 开发前端 20 个页面，设备借还登记耗时从 10 分钟降到 2 分钟
🛠 技能
HTML/CSS、JavaScript、React、Vue、Git""",
    """前端开发工程师
任职要求：
1. 熟悉 HTML、CSS、JavaScript，熟悉 TypeScript；
2. 熟悉 React 或 Vue 至少一种框架；
3. 了解 Webpack 等构建工具。""",
    contact=["email"],
    numbers=["2025.03-2025.06"],
    weak_verbs=["参与"],
    keywords=["typescript", "webpack"],
)

add(
    7,
    "software",
    """简历编号：ZL2025091071
杭一鸣  男  22岁
手机：13900091071  邮箱：yiming.hang@example.com
现居住地：南京
求职意向：Java开发工程师
教育经历
2021.09-2025.06  金陵信息工程学院  软件工程  本科
工作经历
2024.06-2024.09  南京苏服科技有限公司  Java开发实习生
工作描述：开发报表导出接口 8 个，导出耗时从 30 秒降到 5 秒
2024.08-2024.12  江宁政务数据中心  运维实习生
工作描述：编写巡检脚本 15 个，每周节省人工 6 小时
项目经验
2025.01-2025.05  毕业设计：基于 Spring Boot 的社团管理系统
项目描述：实现活动报名、签到等 30 个接口，支撑 400 名用户试用
专业技能
Java、Spring Boot、MyBatis、MySQL、Redis、Linux""",
    """Java Backend Engineer (Campus Hiring)
Responsibilities:
- Build and maintain backend services for our logistics platform
Requirements:
- Solid Java skills, familiar with Spring Boot and MyBatis
- Experience with MySQL and Redis; Kafka or RabbitMQ is a plus
- Familiar with Docker""",
    dates=["overlap:2024.06-2024.09|2024.08-2024.12"],
    keywords=["kafka", "rabbitmq", "docker"],
)

add(
    8,
    "software",
    """韦知远
电话：13900091081 | 邮箱：zhiyuan.wei@example.com | GitHub：github.com/zhiyuanwei
求职意向：后端开发工程师 / 基础架构方向
教育背景
2022.09-2025.06 沧澜大学 计算机科学与技术 硕士
研究方向：分布式存储，导师：林教授
主修课程：分布式系统、高级操作系统、数据库系统实现
2018.09-2022.06 沧澜大学 软件工程 本科
GPA 3.8/4.0，专业排名 6/142
实习经历
2024.06-2024.09 北辰云计算有限公司 存储研发实习生
· 为对象存储网关实现分片上传断点续传，大文件上传失败率从 3.5% 降到 0.4%
· 编写压测脚本，单节点吞吐从 1.2 GB/s 提升到 1.9 GB/s
· 修复元数据服务内存泄漏问题 3 个
2023.07-2023.09 星河数据科技 后端开发实习生
· 用 Go 开发日志检索接口 11 个
· 把慢查询数量从每天 400 条降到 30 条
项目经历
2023.10-2024.05 基于 Raft 的分布式 KV 存储（课程项目）
· 实现领导者选举、日志复制和快照，通过 Jepsen 风格测试 200 轮
· 3 节点集群写入 QPS 达到 18000
2023.03-2023.06 编译原理课程实验：简易 C 编译器
· 实现词法分析、语法分析和中间代码生成
· 与组员一起完成测试和文档
2022.09-2023.01 校园网流量可视化平台
· 采集 40 台交换机的流量数据，看板刷新间隔从 5 分钟缩短到 30 秒
科研经历
2023.09-2024.12 面向小文件的存储优化研究
· 提出合并写入策略，小文件写放大降低 37%
· 以第二作者发表 CCF-C 类会议论文 1 篇
校园经历
2019.09-2021.06 计算机学院学生会 技术部部长
· 组织编程训练营 4 期，累计培训新生 260 人
获奖情况
2024 研究生国家奖学金
2023 校级优秀研究生
2021 ACM-ICPC 区域赛铜奖
2020 蓝桥杯省赛一等奖
2019 校级一等奖学金
开源贡献
· 向 etcd 提交 PR 3 个，已合并 2 个
· 为一个 Go 限流库修复并发 bug，获得 150 Star
· 维护课程项目模板仓库，被 30 余名同学使用
证书
CET-6（568 分）、软件设计师（中级）
专业技能
Go、C++、Java、MySQL、Redis、Kafka、Docker、Kubernetes、Linux
熟悉 TCP/IP 协议栈与常见分布式一致性算法
自我评价
热爱底层技术，有良好的代码习惯，能够快速阅读开源项目源码。
业余时间维护个人技术博客，累计发表文章 50 余篇。
兴趣爱好
长跑、围棋、摄影""",
    length=["too_long"],
    numbers=["2023.03-2023.06"],
)

add(
    9,
    "software",
    """姓名：杜清越
电话：13900091091
邮箱：qingyue.du@example.com
教育背景
2020.09-2024.06 岭西大学 网络工程 本科
工作经历
2024.07-2025.08 岭西云网络有限公司 运维工程师
负责公司机房 Linux 服务器的日常巡检和故障处理
编写 Shell 巡检脚本，告警处理效率明显提升
实习经历
2023.12-2024.04 岭西大学网络中心 网络管理实习生
维护校园网交换机 60 台，处理报修工单 300 余单""",
    """运维开发工程师
任职要求：
1. 熟悉 Linux，会用 Shell 或 Python 编写脚本；
2. 了解 Docker、Kubernetes。""",
    sections=["skills"],
    numbers=["2024.07-2025.08"],
    weak_verbs=["负责"],
    keywords=["python", "docker", "kubernetes"],
)

add(
    10,
    "software",
    """# 贺一凡
> 13900091101 · yifan.he@example.com · 成都
## 教育背景
- 2022.09 – 2026.06　蓉城大学　软件工程　本科
## 实习经历
- 2025.07 – 2025.09　天府数联科技　测试开发实习生
  - 搭建接口自动化框架，覆盖核心接口 85 个
  - 每日回归时间从 3 小时缩短到 25 分钟
## 项目经历
- 2024.09 – 2024.12　课程答疑机器人（小组项目，4 人）
  - 基于 FastAPI 开发问答接口，累计回答学生提问 2100 次
## 技能
- Python / FastAPI / pytest / MySQL / Git""",
)
# ---------------- ic ----------------
add(
    11,
    "ic",
    """邵宇航
电话：13900091111 | 邮箱：yuhang.shao@example.com
教育背景
2023.09-2026.03 东川大学 集成电路工程 硕士
2019.09-2023.06 东川大学 微电子科学与工程 本科
项目经历
2024.09-2025.06 总线桥接模块验证（实验室项目）
· 编写验证计划，对 AXI 转 APB 桥接模块用 SystemVerilog 搭建 UVM 验证平台，编写测试用例 64 个
· 功能覆盖率达到 100%，代码覆盖率达到 96%
实习经历
2025.07-2025.10 芯锐微电子 数字验证实习生
· 完成 I2C 控制器 IP 验证，发现 RTL 缺陷 11 个
· 用 Python 脚本自动回归，每晚回归用例从 80 个增加到 350 个
专业技能
SystemVerilog、UVM、Verilog、VCS、Verdi、Python""",
    """数字验证工程师
岗位职责：
1. 负责模块级和系统级验证；
2. 编写验证计划与测试用例，完成覆盖率收敛。
任职要求：
1. 熟悉 SystemVerilog、UVM 验证方法学；
2. 熟悉 AXI、AHB、APB 总线协议；
3. 熟练使用 VCS、Verdi 等 EDA 工具；
4. 会用 Python 或 Perl 脚本语言。""",
    keywords=["ahb", "perl"],
)

add(
    12,
    "ic",
    """个人信息
姓名：韩若溪  性别：女
身份证号：110105200301150028
手机：13900091121  邮箱：ruoxi.han@example.com
教育背景
2021.09-2025.06 北岸理工大学 电子科学与技术 本科
实习经历
2024.07-2024.09 京微模拟芯片设计有限公司 版图实习生
协助完成 LDO 模块的版图绘制
用 Calibre 跑 DRC/LVS 检查并修改错误
项目经历
2024.03-2024.06 带隙基准源设计（课程设计）
用 Cadence Virtuoso 完成电路仿真，温漂系数 12 ppm/℃
技能
Cadence Virtuoso、Calibre、HSPICE、Linux""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["协助"],
    personal=["id_number"],
)

add(
    13,
    "ic",
    """乔思远 | 13900091131 | siyuan.qiao@example.com
教育背景
2021.09-2025.06 南江大学 微电子科学与工程 本科
工作经历
2025.07-2025.11 晶测半导体（苏州）有限公司 测试工程师
开发 ATE 测试程序 4 套，单颗测试时间从 1.8 秒降到 1.1 秒
用 Python 解析 STDF 文件，良率报表生成从 2 小时缩短到 10 分钟
实习经历
2024.07-2024.09 晶测半导体（苏州）有限公司 测试实习生
整理 J750 测试机点检记录 300 余条
技能
J750、V93000、Python、JMP、Excel""",
    """芯片测试工程师
任职要求：
1. 微电子、电子信息相关专业；
2. 熟悉 J750 或 V93000 测试机；
3. 会用 Python 处理测试数据，了解 STDF 格式；
4. 熟练使用 Excel、JMP。""",
)

add(
    14,
    "ic",
    """Zhou Yichen 周亦辰
Tel: 13900091141 | Email: yichen.zhou@example.com
工作经历 Work Experience
2023.07-2025.06 深圳鹏芯科技有限公司 FPGA 开发工程师
- Implemented a 10GbE packet filter on Xilinx Kintex-7 with throughput of 9.4 Gbps
- Cut LUT usage by 23% after pipeline re-timing
实习经历 Internship
2022.07-2022.09 深圳鹏芯科技有限公司 FPGA 实习生
- 编写 UART、SPI 接口模块 6 个
技能 Skills
Verilog, Vivado, ModelSim, MATLAB, Python""",
    """FPGA Engineer
Requirements:
- Proficient in Verilog and Vivado
- Experience with PCIe or DDR4 interfaces
- Familiar with Tcl scripting""",
    sections=["education"],
    keywords=["pcie", "ddr4", "tcl"],
)

add(
    15,
    "ic",
    """前程无忧 51job 个人简历
冯嘉禾
女｜24岁｜未婚｜现居上海
手机：13900091151
E-mail：jiahe.feng@example.com
最高学历：硕士
教育经历
2022/09-2025/06  沪东大学  电子与通信工程  硕士
2018/09-2022/06  沪东大学  电子信息工程  本科
实习经历
2024/07-2024/10  上海澜芯集成电路有限公司  数字IC设计实习生
完成 SPI Flash 控制器 RTL 设计，面积比上一版减少 15%
2023/09-2023/06  沪东大学集成电路实验室  助研
搭建 FPGA 原型验证平台 2 套
专业技能
Verilog、SystemVerilog、Design Compiler、Spyglass、Linux""",
    dates=["reversed:2023.09-2023.06"],
    personal=["marital"],
)

add(
    16,
    "ic",
    """姓名
程亦舟
性别
男
电话
13900091161
邮箱
yizhou.cheng@example.com
教育背景
2020.09-2024.06 西湖电子科技学院 集成电路设计与集成系统 本科
实习经历
2023.07-2023.09 杭芯微电子有限公司 后端设计实习生
用 Innovus 完成 2 个模块的布局布线，时序违例从 140 条降到 0
编写 Tcl 脚本 12 个
项目经历
2023.03-2023.06 RISC 处理器设计（课程设计）
完成 RTL 编写与综合，主频达到 200MHz
专业技能
Innovus、PrimeTime、Design Compiler、Tcl、Verilog""",
)

add(
    17,
    "ic",
    """姓名：彭小禾
电话：13900091171
邮箱：xiaohe.peng@example.com
学历：大专
教育经历
2021.09-2024.06 苏南工业职业技术学院 微电子技术 专科
工作经历
2024.07-2025.09 吴中封测科技有限公司 测试技术员
负责测试机台的日常点检
配合工程师处理异常批次
用 Excel 整理测试报表""",
    """封装测试工程师
任职要求：
1. 大专及以上学历，微电子相关专业；
2. 熟悉 ATE 测试机操作，了解 J750、T2000；
3. 会用 Excel 整理测试数据；
4. 有 SPC 统计分析经验者优先。""",
    sections=["skills"],
    numbers=["2024.07-2025.09"],
    weak_verbs=["负责", "配合"],
    keywords=["ate", "j750", "t2000", "spc"],
)

add(
    18,
    "ic",
    """个 人 简 历
姓    名：蓝海若        性    别：男
民    族：壮族          籍    贯：广西百色
联系电话：13900091181    电子邮箱：hairuo.lan@example.com
教育背景
2019.09-2023.06  邕江大学  电子信息工程  本科
2023.09-2026.06  邕江大学  集成电路工程  硕士（在读）
科研经历
2024.03-2025.03  低功耗 SAR ADC 设计（导师横向课题）
参与比较器和 DAC 电容阵列设计
在 TSMC 工艺库下完成前仿
2023.10-2024.01  带隙基准课程项目
完成带隙基准电路设计，温度系数 8 ppm/℃
专业技能
Cadence Virtuoso、Spectre、MATLAB、Calibre""",
    numbers=["2024.03-2025.03"],
    weak_verbs=["参与"],
    personal=["ethnicity", "native_place"],
)

add(
    19,
    "ic",
    """宁星野
📱13900091191 | ✉️ xingye.ning@example.com
教育背景
2023.09-2026.06 滨海科技大学 电子科学与技术 硕士
2019.09-2023.06 滨海科技大学 微电子科学与工程 本科
项目经历
2024.06-2025.04 RISC-V 五级流水线处理器设计
• 用 Verilog 完成 RV32IM 指令集的 RTL 设计，CoreMark 得分 2.8
• 用 Design Compiler 完成综合与时序分析，面积减少 12%
2023.11-2024.03 图像卷积加速器设计
• 在 FPGA 上验证，处理 1080p 图像帧率达到 60 fps
技能
Verilog、SystemVerilog、Design Compiler、PrimeTime、Linux、Python、Shell""",
    """数字IC设计工程师
岗位职责：
1. 负责模块 RTL 设计、综合与时序分析；
任职要求：
1. 熟悉 Verilog/SystemVerilog；
2. 熟悉 Design Compiler、PrimeTime 等 EDA 工具；
3. 了解 AMBA 总线协议、UPF 低功耗流程；
4. 会用 Python、Perl 或 Shell 脚本。""",
    keywords=["amba", "upf", "perl"],
)

add(
    20,
    "ic",
    """Layout Engineer 版图工程师
游子矜
Email: zijin.you@example.com
微信：youzijin_ic
教育
2020.9-2024.6 闽江理工学院 微电子科学与工程 本科
实习
2023.07-2023.12 榕芯科技 模拟版图实习生
完成 Bandgap、LDO 版图 5 个，DRC/LVS 一次通过率 90%
2024.03-2024.06 榕芯科技 版图工程师（毕业实习）
优化 IO Ring 版图，面积减小 8%
技能
Virtuoso、Calibre、Linux、SKILL""",
    contact=["phone"],
    dates=["format"],
)
# ---------------- uav ----------------
add(
    21,
    "uav",
    """姓名：祝远山
电话：13900091211
邮箱：yuanshan.zhu@example.com
求职意向：无人机航测员
教育背景
2021.09-2024.06 赣南测绘职业学院 无人机测绘技术 专科
实习经历
2023.07-2023.12 赣州天测地理信息有限公司 航测实习生
完成 1:500 地形图航飞 12 个架次，覆盖面积 35 平方公里
用 Pix4D 处理影像 8000 余张，RTK 外业测量检查点 60 个
技能
大疆精灵 4 RTK、Pix4D、南方 CASS、AutoCAD
证书：CAAC 多旋翼视距内驾驶员执照""",
    """无人机航测员
任职要求：
1. 测绘、遥感相关专业，大专及以上学历；
2. 持有 CAAC 无人机驾驶员执照；
3. 熟悉 RTK 外业测量；
4. 会用 ContextCapture、Pix4D、ArcGIS 等软件。""",
    keywords=["contextcapture", "arcgis"],
)

add(
    22,
    "uav",
    """孔令舟 | 13900091221 | lingzhou.kong@example.com
教育背景
2022.09-2025.03 蓝天航空大学 导航、制导与控制 硕士
2018.09-2022.06 蓝天航空大学 飞行器设计与工程 本科
科研经历
2023.03-2024.12 四旋翼抗风控制算法研究
· 设计自抗扰姿态控制器，5 级风下悬停位置误差从 0.8 m 降到 0.3 m
· 以第一作者发表 EI 会议论文 1 篇
实习经历
2024.07-2024.10 翼展智能科技 飞控算法实习生
· 基于 PX4 改进定高模式，室外试飞 46 架次，高度波动减小 40%
专业技能
C++、PX4、MATLAB/Simulink、ROS、Gazebo""",
)

add(
    23,
    "uav",
    """姓名：甘秋实  电话：13900091231  邮箱：qiushi.gan@example.com
教育背景
2021.09-2024.06 湘中农业职业技术学院 无人机应用技术 专科
实习经历
2023.05-2023.09 沃野植保服务有限公司 植保飞手
负责水稻田植保作业
协助队长做好药剂配比
2023.08-2023.11 长沙翼航科技 无人机装调员
帮助师傅组装和调试 T30 植保机
技能
大疆 T30、极飞 P80、无人机驾驶员执照（CAAC）""",
    numbers=["2023.05-2023.09", "2023.08-2023.11"],
    weak_verbs=["负责", "协助", "帮助"],
    dates=["overlap:2023.05-2023.09|2023.08-2023.11"],
)

add(
    24,
    "uav",
    """姓名：施映雪
电话：13900091241
邮箱：yingxue.shi@example.com
教育背景
2021.09-2025.06 东陵航空职业技术学院 无人机应用技术 专科
主修课程：无人机原理、航空电子、飞控系统、电工电子技术
专业技能
熟练掌握 Altium Designer、SolidWorks，能独立完成两层 PCB 设计
能熟练焊接 0603 贴片元件，会用 I2C 调试传感器
荣誉证书
无人机驾驶员执照（CAAC）、全国计算机二级
自我评价
动手能力强，对无人机硬件有浓厚兴趣。""",
    """无人机硬件工程师
任职要求：
1. 熟悉 STM32 单片机开发；
2. 会用 Altium Designer 完成 PCB 设计；
3. 了解 CAN、UART、I2C 等通信协议。""",
    sections=["experience"],
    keywords=["stm32", "can", "uart"],
)

add(
    25,
    "uav",
    """【个人信息】
姓名：岳山青
【户籍】四川宜宾
电话：13900091251 | 邮箱：shanqing.yue@example.com
【教育背景】
2020.09-2024.06 川西工业大学 电子信息工程 本科
【工作经历】
2024.07-2025.10 蜀航智能科技有限公司 无人机视觉算法工程师
· 训练 YOLOv8 目标检测模型，电力巡检缺陷识别 mAP 从 0.71 提升到 0.86
· 模型部署到 Jetson Orin，推理速度达到 45 FPS
【技能】
Python、PyTorch、OpenCV、YOLO、Jetson""",
    """无人机视觉算法工程师
任职要求：
1. 熟悉 PyTorch，有目标检测项目经验；
2. 熟悉 OpenCV、C++；
3. 有 TensorRT 模型部署经验；
4. 了解 SLAM 者优先。""",
    personal=["native_place"],
    keywords=["c++", "tensorrt", "slam"],
)

add(
    26,
    "uav",
    """姓名：潘一苇
电话：13900091261
邮箱：yiwei.pan@example.com
教育背景
2022.09-2025.06 黄河航空职业学院 无人机应用技术 专科
校园经历
2023.03-2024.06 学院无人机社团 副社长
组织社团成员练习航拍和穿越机
接触过 FPV 穿越机的组装
实习经历
2024.09-2025.01 中原飞鹰航拍工作室 航拍助理
拍摄婚礼和楼盘宣传素材 40 余场，剪辑短视频 65 条""",
    sections=["skills"],
    numbers=["2023.03-2024.06"],
    weak_verbs=["接触过"],
)

add(
    27,
    "uav",
    """谭知微
手机 13900091271
邮箱 zhiwei.tan@example.com
教育背景
2022年9月-2025年6月 北江理工大学 控制科学与工程 硕士
项目经历
2023.10-2024.06 垂起固定翼无人机过渡段控制
在 PX4 中实现过渡段控制逻辑，仿真过渡时间从 9 秒缩短到 6 秒
2024年7月-2024年12月 多机编队仿真平台
基于 ROS 和 Gazebo 搭建仿真环境
技能
C++、PX4、ROS、Gazebo、MATLAB""",
    """飞控算法工程师
任职要求：
1. 熟悉 PX4 或 ArduPilot 飞控代码；
2. 熟练使用 C++，熟悉 ROS；
3. 掌握卡尔曼滤波、PID 控制。""",
    numbers=["2024.07-2024.12"],
    dates=["format"],
    keywords=["ardupilot", "卡尔曼滤波", "pid"],
)

add(
    28,
    "uav",
    """梅晓岚
求职意向：无人机测绘工程师 | 期望城市：昆明
13900091281 | xiaolan.mei@example.com
教育经历
2020.09-2024.06 | 滇池大学 | 地理信息科学 | 本科
实习经历
2023.07-2023.09 | 云岭测绘院 | 航测实习生
- 完成 6 个村庄的倾斜摄影采集，累计 42 个架次
- 用 ContextCapture 生成实景三维模型 6 套
项目经历
2023.10-2024.04 | 毕业设计：基于无人机影像的梯田提取
- 提取精度达到 91%，比传统方法提高 7 个百分点
专业技能
ContextCapture、ArcGIS、Pix4D、大疆智图、Python""",
)

add(
    29,
    "uav",
    """姓名：黎岸青   性别：男   年龄：27   婚姻状况：已婚
联系电话：13900091291
教育背景
2016.09-2019.06 黔南职业技术学院 机电一体化技术 专科
工作经历
2019.07-2023.06 黔南农机服务中心 农机维修员
维修拖拉机和收割机 300 余台次
2023.07-2025.09 贵州山翼农业科技有限公司 植保队长
带队作业，了解不同作物的用药要求
技能
大疆 T40、极飞 P100、农机维修、CAAC 执照""",
    contact=["email"],
    numbers=["2023.07-2025.09"],
    weak_verbs=["了解"],
    personal=["marital"],
)

add(
    30,
    "uav",
    """🚁 万里晴 | 无人机飞手
📞 13900091301 ✉ liqing.wan@example.com
💼 工作经历
2022.03-2024.02 翼巡电力科技 无人机巡检飞手
· 完成 220kV 线路精细化巡检 180 公里
· 发现绝缘子缺陷 96 处
2024.03-2025.08 翼巡电力科技 巡检组长
· 管理 4 人飞手小组，月均巡检里程提升 25%
🔧 技能
大疆 M300 RTK、精灵 4 RTK、CAAC 超视距驾驶员执照、Photoshop""",
    """电力巡检无人机飞手
任职要求：
1. 持有 CAAC 无人机驾驶员执照；
2. 会操作大疆 M300 RTK，熟悉 L1、P1 载荷；
3. 会用大疆智图处理数据。""",
    sections=["education"],
    keywords=["l1", "p1", "大疆智图"],
)
# ---------------- energy ----------------
add(
    31,
    "energy",
    """姓名：钟晴川
手机：13900091311
邮箱：qingchuan.zhong@example.com
教育背景
2020.09-2024.06 塞北电力学院 新能源科学与工程 本科
工作经历
2024.07-2025.10 朔光新能源有限公司 光伏电站运维员
· 完成 100MW 电站巡检，组件故障发现时间从 3 天缩短到 1 天
· 处理逆变器告警 210 次
技能
PVsyst、AutoCAD、SCADA、Excel""",
    """光伏运维工程师
任职要求：
1. 电气、新能源相关专业；
2. 熟悉光伏组件、逆变器、箱变等设备；
3. 会使用 SCADA 监控系统；
4. 持有高压电工证；
5. 熟练使用 Office。""",
    keywords=["光伏组件", "箱变", "高压电工证"],
)

add(
    32,
    "energy",
    """个人简历
姓名
闻书瑶
民族
汉
政治面貌
中共党员
电话
13900091321
邮箱
shuyao.wen@example.com
教育背景
2021.09-2025.06 淮扬理工大学 储能科学与工程 本科
实习经历
2024.07-2024.09 扬子储能科技有限公司 BMS 测试实习生
参与电池包充放电测试
负责整理测试数据和报告
技能
MATLAB、Simulink、CANoe、Excel""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["参与", "负责"],
    personal=["ethnicity"],
)

add(
    33,
    "energy",
    """莫语汐 | 13900091331 | yuxi.mo@example.com
教育背景
2022.09-2025.06 江城大学 材料科学与工程 硕士
2018.09-2022.06 江城大学 新能源材料与器件 本科
科研经历
2022.10-2024.12 高镍正极材料包覆改性
· 合成包覆样品 40 余批，100 圈容量保持率从 82% 提升到 94%
· 以第一作者发表 SCI 论文 1 篇
实习经历
2024.07-2024.09 宁川新能源科技 电池研发实习生
· 完成扣式电池组装与测试 300 余颗
专业技能
XRD、SEM、电化学工作站、Origin""",
)

add(
    34,
    "energy",
    """姓名：柏星澜
电话：13900091341
邮箱：xinglan.bai@example.com
教育背景
2020.09-2024.06 皖北工业大学 电气工程及其自动化 本科
实习经历
2023.07-2023.09 合肥储源电力科技 电池测试实习生
完成电芯一致性测试 480 颗，筛出异常电芯 23 颗
项目经历
2023.10-2024.05 锂电池充电管理装置（毕业设计）
用 MATLAB 仿真充电策略，样机充电效率达到 92%""",
    """储能BMS工程师
任职要求：
1. 熟悉电池管理系统（BMS）；
2. 熟悉 CAN 通信，会用 CANoe；
3. 会用 MATLAB/Simulink。""",
    sections=["skills"],
    keywords=["bms", "can", "canoe", "simulink"],
)

add(
    35,
    "energy",
    """姓　名：白云朵
生源地：内蒙古包头
手　机：13900091351
邮　箱：yunduo.bai@example.com
教育背景
21.09-25.06 阴山理工大学 风能与动力工程 本科
实习经历
2024.07-2024.09 北疆风电运维有限公司 运维实习生
· 参加风机定检 36 台次，整理缺陷清单 120 条
项目经历
2024.10-2025.04 风电场功率预测（毕业设计）
· LSTM 模型预测误差 RMSE 从 14.2% 降到 9.8%
专业技能
Python、MATLAB、SCADA、AutoCAD""",
    dates=["format"],
    personal=["native_place"],
)

add(
    36,
    "energy",
    """Name: 尹宸 Yin Chen
Phone: 13900091361  Email: chen.yin@example.com
教育背景
2021.09-2025.06 滨海能源大学 能源与动力工程 本科
实习经历
2024.06-2024.08 清源能源数据科技 数据分析实习生
协助整理电站发电量数据
了解光伏功率预测模型
项目经历
2024.10-2025.03 园区综合能源调度优化（毕业设计）
用 Python 建立调度模型，园区用能成本降低 11%
技能
Python、Excel、MATLAB""",
    """Energy Data Analyst
Requirements:
- Strong Python skills (pandas, NumPy)
- Experience with SQL and Power BI
- Knowledge of PVsyst is a plus""",
    numbers=["2024.06-2024.08"],
    weak_verbs=["协助", "了解"],
    keywords=["pandas", "numpy", "sql", "power bi", "pvsyst"],
)

add(
    37,
    "energy",
    """个人简历
姓名：石澄明    电话：13900091371    邮箱：chengming.shi@example.com
求职意向：储能系统工程师 / 电气工程师
教育背景
2022.09-2025.06 华东电力大学 电气工程 硕士
研究方向：储能变流器控制，导师：周教授
主修课程：电力电子技术、电力系统分析、新能源并网技术
2018.09-2022.06 华东电力大学 电气工程及其自动化 本科
GPA 3.6/4.0，专业排名 12/186
实习经历
2024.06-2024.09 东澜储能科技有限公司 系统工程师实习生
· 完成 2 个工商业储能项目的电气一次图设计，图纸返修次数从 5 次降到 1 次
· 编写储能柜出厂测试规范 1 份，测试用时缩短 30%
2023.07-2023.09 江南电力设计院 电气设计实习生
· 绘制 10kV 配电室平面布置图 14 张
· 完成电缆选型计算书 6 份
项目经历
2023.10-2024.12 构网型储能变流器控制策略研究（国家重点研发计划子课题）
· 提出虚拟同步机参数自适应方法，频率跌落幅度减小 28%
· 搭建 RT-LAB 硬件在环平台，完成 120 组工况测试
2023.03-2023.06 微电网能量管理课程设计
· 建立光储微电网模型并编写调度程序
· 与组员一起完成答辩
2022.09-2023.01 校园屋顶光伏可行性分析
· 测算 8 栋楼屋顶可装机容量 1.6MW，年发电量约 170 万千瓦时
校园经历
2019.09-2021.06 电气学院科协 副主席
· 组织电子设计竞赛校内选拔 3 次，累计 180 人参赛
2020.03-2020.12 校电力设备协会 会员
· 维修宿舍区公共用电设备 70 余次
获奖情况
2024 研究生国家奖学金
2023 中国研究生电子设计竞赛华东赛区二等奖
2021 全国大学生电子设计竞赛省级一等奖
2020 校级一等奖学金
科研成果
1. 一作发表 EI 会议论文 2 篇
2. 授权实用新型专利 1 项（第二发明人）
3. 参编学院《电力电子实验指导书》1 章
证书
CET-6、计算机二级、低压电工证
语言能力
英语：CET-6（532 分），能阅读英文技术文献和 IEC 标准
普通话：二级甲等
专业技能
MATLAB/Simulink、PSCAD、RT-LAB、AutoCAD、C 语言
熟悉储能系统电气设计与并网测试流程
自我评价
做事细致，能吃苦，愿意去项目现场，适应出差。
兴趣爱好
羽毛球、长跑、摄影""",
    length=["too_long"],
    numbers=["2023.03-2023.06"],
)

add(
    38,
    "energy",
    """俞澄海
13900091381 | chenghai.yu@example.com
工作经历
2022.07-2024.06 沪氢动力科技有限公司 燃料电池测试工程师
· 搭建电堆测试台架 2 套，测试效率提升 30%
2025.03-2024.07 申能氢能研究院 系统集成工程师
· 完成 120kW 燃料电池系统集成调试 5 台
技能
LabVIEW、MATLAB、CANoe、AutoCAD""",
    sections=["education"],
    dates=["reversed:2025.03-2024.07"],
)

add(
    39,
    "energy",
    """姓名：纪南枝
电话：13900091391  邮箱：nanzhi.ji@example.com
教育背景
2021.09-2024.06 江淮职业技术学院 新能源汽车技术 专科
实习经历
2023.09-2024.03 合新动力电池有限公司 涂布工序操作员
配合工艺员调整涂布参数
记录面密度数据
技能
Excel、Word、MES 系统操作""",
    """电池工艺技术员
任职要求：
1. 大专及以上，新能源、材料类专业；
2. 熟悉涂布、辊压、分切等工序；
3. 会用 Minitab 做数据分析，了解 SPC；
4. 能适应倒班。""",
    numbers=["2023.09-2024.03"],
    weak_verbs=["配合"],
    keywords=["辊压", "分切", "minitab", "spc"],
)

add(
    40,
    "energy",
    """基本信息
姓名：俞小满  性别：女  出生年月：2002.03
户口：江苏南京
身份证号：320102200203150026
联系电话：13900091401  邮箱：xiaoman.yu@example.com
教育背景
2020.09-2024.06 金陵电力大学 电气工程及其自动化 本科
实习经历
2023.07-2023.09 南京供电公司城南供电所 实习生
· 参加 10kV 配电线路巡视 24 次，录入缺陷 37 条
校园经历
2021.09-2022.06 电气学院学生会 学习部部长
· 组织考研经验分享会 5 场，参与人数 600 余人
专业技能
AutoCAD、MATLAB、PSCAD、Office""",
    personal=["native_place", "id_number"],
)


# ---------------- self-check ----------------
DATE = r"(\d{4}|\d{2})\s*(?:[./-]|年)\s*(\d{1,2})\s*月?\s*[-–~至]\s*(\d{4}|\d{2})\s*(?:[./-]|年)\s*(\d{1,2})"


def ranges(text):
    """Date ranges of the text, normalised to YYYY.MM-YYYY.MM."""
    out = set()
    for m in re.finditer(DATE, text):
        y1, m1, y2, m2 = m.groups()
        y1 = y1 if len(y1) == 4 else "20" + y1
        y2 = y2 if len(y2) == 4 else "20" + y2
        out.add(f"{y1}.{int(m1):02d}-{y2}.{int(m2):02d}")
    return out


def squash(s):
    return re.sub(r"[\s\-.]", "", s).lower()


def est_lines(text):
    return sum(max(1, -(-len(line) // 40)) for line in text.splitlines())


def check(rows):
    errors = []
    ids = [r["id"] for r in rows]
    if len(rows) != 40 or len(set(ids)) != 40:
        errors.append("need 40 unique ids")
    for r in rows:
        rid, text, posting, e = r["id"], r["text"], r["posting"], r["expected"]
        if list(e) != CHECKS:
            errors.append(f"{rid}: expected keys")
        rs = ranges(text)
        for d in e["numbers"]:
            if d not in rs:
                errors.append(f"{rid}: numbers {d} not a range of the text")
        for d in e["dates"]:
            if d == "format":
                continue
            kind, _, val = d.partition(":")
            parts = val.split("|")
            if kind not in ("overlap", "reversed") or any(p not in rs for p in parts):
                errors.append(f"{rid}: dates {d}")
        # every weak verb in the text is labelled, and only those
        present = {w for w in WEAK if w in text.replace("参与人数", "")}
        if present != set(e["weak_verbs"]):
            errors.append(f"{rid}: weak verbs in text {present} vs {e['weak_verbs']}")
        if not set(e["personal"]) <= PERSONAL:
            errors.append(f"{rid}: personal labels")
        has_phone = bool(re.search(r"1390009\d{4}", text))
        has_mail = "@example.com" in text
        want = [c for c, ok in (("phone", has_phone), ("email", has_mail)) if not ok]
        if want != e["contact"]:
            errors.append(f"{rid}: contact {want} vs {e['contact']}")
        long = est_lines(text) > 48
        if long != bool(e["length"]):
            errors.append(f"{rid}: length {est_lines(text)} lines vs {e['length']}")
        if posting is None and e["keywords"]:
            errors.append(f"{rid}: keywords without posting")
        for k in e["keywords"]:
            if squash(k) not in squash(posting or ""):
                errors.append(f"{rid}: keyword {k} not in posting")
            if re.search(r"(?<![A-Za-z0-9+])" + re.escape(k) + r"(?![A-Za-z0-9+])", text, re.I):
                errors.append(f"{rid}: keyword {k} is in the resume")
        if posting:
            # each Latin name of the posting body is in the resume or labelled
            body = posting.splitlines()[1:]
            for w in set(re.findall(r"[A-Za-z][A-Za-z0-9+#/]*", "\n".join(body))):
                for part in w.split("/"):
                    if not part or part.lower() in {k.split()[0] for k in e["keywords"]}:
                        continue
                    if not re.search(r"(?<![A-Za-z0-9])" + re.escape(part) + r"(?![A-Za-z])", text, re.I):
                        print(f"  note {rid}: posting word {part!r} not in resume", file=sys.stderr)
    return errors


def main():
    rows = []
    for n, field, text, posting, exp in R:
        expected = {c: list(exp.get(c, [])) for c in CHECKS}
        rows.append(
            {
                "id": f"9a{n:02d}",
                "field": field,
                "text": text,
                "posting": posting,
                "pages": None,
                "photo": False,
                "expected": expected,
            }
        )
    errors = check(rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    out = Path(__file__).with_name("resumes_blind9a.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(rows)} resumes)")


if __name__ == "__main__":
    main()
