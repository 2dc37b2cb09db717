# ruff: noqa: E501
"""Write resumes_blind7a.jsonl: half (7a) of the seventh blind labelled set, 40 synthetic resumes.

Written by the blind7a helper on 2026-12-06 (about 15:35-16:30 UTC), by hand, labelled as a careful
career adviser would by the specification table in docs/careers.md ("## How diagnosis works" down to
the end of the "| check | what fires it |" table). Format (keys, label spellings) follows
resumes_blind5.jsonl / resumes_blind6.jsonl. The diagnosis code, lexicon, tests and benchmark were
not read, imported or run. Standard library only; run it from anywhere:

    python3 careers/tests/data/make_blind7a.py

Fields: software 7a01-7a10, ic 7a11-7a20, ai 7a21-7a30, data 7a31-7a40. All names, schools,
companies, phone numbers (139000xxxxx) and e-mails (@example.com) are invented.
"""

import json
import math
import re
import sys
from pathlib import Path

CHECKS = ("sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords")
WEAK = ("参与", "协助", "帮助", "负责", "配合", "打杂", "接触过", "了解")


R = []


def add(id_, field, text, posting=None, pages=None, **exp):
    R.append((id_, field, text.strip("\n"), posting.strip("\n") if posting else None, pages, exp))


# ---------------------------------------------------------------- software
add(
    "7a01",
    "software",
    """
庄亦衡
求职意向：Java 后端开发 | 期望城市：杭州
电话：13900007011 | 邮箱：yiheng.zhuang@example.com

教育背景
2022.09 - 2026.06    钱塘理工大学    软件工程    本科
GPA 3.7/4.0（专业前 10%），主修课程：数据结构、操作系统、计算机网络、数据库原理

实习经历
2025.06 - 2025.09    杭州云栖数科有限公司    后端开发实习生
• 基于 Spring Boot 开发订单对账服务，日处理对账记录 50 万条
• 为热点查询接入 Redis 缓存，接口 P99 延迟从 320ms 降到 90ms
• 编写单元测试 120 个，模块覆盖率提升到 78%

项目经历
2024.10 - 2025.01    校园二手交易平台（课程设计，4 人）
• 使用 Spring Boot + MyBatis + MySQL 完成商品与订单模块，上线后注册用户 1800 人
• 用 RabbitMQ 异步处理下单通知，高峰期下单成功率从 92% 提升到 99.5%

专业技能
• 熟悉 Java 集合、多线程，掌握 Spring Boot、MyBatis
• 熟悉 MySQL 索引优化与 Redis 常用数据结构
• 熟练使用 Git、Linux、Docker
• 英语 CET-6
""",
    """
Java 后端开发工程师（2026 届校招）
岗位职责：
1. 参与公司交易系统的设计与开发；
2. 编写高质量代码和单元测试。
任职要求：
1. 本科及以上学历，计算机相关专业；
2. 熟悉 Java，掌握 Spring Boot、MyBatis 等框架；
3. 熟悉 MySQL、Redis，了解 RabbitMQ 者优先；
4. 熟悉 Linux、Git。
""",
)

add(
    "7a02",
    "software",
    """
【个人信息】
姓名：温若溪    性别：女    政治面貌：共青团员
手机：13900007021    邮箱：ruoxi.wen@example.com
【求职意向】前端开发工程师
【教育背景】
2022.09-2026.06  闽江师范学院  计算机科学与技术  本科
【项目经历】
2025.03-2025.06  社团活动报名系统（课程项目）
参与小程序页面开发，使用 Vue 3 + Vant 完成报名、签到页面
负责和后端同学联调接口
2024.09-2024.12  个人博客网站
用 Vue 和 Node.js 搭建，部署在云服务器，累计访问 2600 次
【专业技能】
熟悉 HTML、CSS、JavaScript，熟悉 Vue 3 全家桶；会用 Git 和 Node.js
【证书】CET-4、计算机二级
""",
    """
前端开发实习生
任职要求：
- 熟悉 HTML、CSS、JavaScript，熟悉 Vue 或 React 框架；
- 了解 TypeScript、Webpack 等前端工程化工具；
- 有小程序开发经验优先。
""",
    numbers=["2025.03-2025.06"],
    weak_verbs=["参与", "负责"],
    keywords=["react", "typescript", "webpack"],
)

add(
    "7a03",
    "software",
    """
卢家豪
男 | 22岁 | 大专 | 2025届
籍贯：广西玉林
13900007031 | jiahao.lu@example.com
求职意向：软件实施工程师 | 南宁

工作经历
南宁信达软件有限公司 | 实施助理
2024.07-2024.12
前两个月主要打杂，整理客户资料
后期独立去 6 家门店部署收银系统，培训店员 40 余人

项目经历
毕业设计：门店进销存管理系统
2024.12-2025.04
用 C# WinForm + SQL Server 实现入库、出库和报表功能

教育经历
邕江职业技术学院 | 计算机应用技术 | 大专
2022.9-2025.06

专业技能
C#、SQL Server、Windows Server、Excel
""",
    numbers=["2024.12-2025.04"],
    weak_verbs=["打杂"],
    dates=["format"],
    personal=["native_place"],
)

add(
    "7a04",
    "software",
    """
韩知远
电话 13900007041  邮箱 zhiyuan.han@example.com
教育背景
2021.09-2025.06  北原大学  信息管理与信息系统  本科
实习经历
2024.07-2024.10  北原市数据局信息中心  运维实习生
负责政务云主机的日常巡检，累计处理工单 130 余张
编写巡检脚本，把每日巡检用时从 2 小时缩短到 20 分钟
校园经历
2022.09-2023.06  校学生会网络部  干事
维护学生会官网，发布新闻稿件
自我评价
做事踏实，有耐心，愿意从基层运维做起
""",
    sections=["skills"],
    numbers=["2022.09-2023.06"],
    weak_verbs=["负责"],
)

add(
    "7a05",
    "software",
    """
姓名：沈一帆
手机：13900007051
求职意向：软件测试工程师
教育经历
2022.09-2026.06 青州理工学院 软件工程 本科
实习经历
2025.07-2025.10 青州智行科技有限公司 测试实习生
· 编写功能测试用例 260 条，发现并跟踪缺陷 85 个
· 用 Python + pytest 编写接口自动化测试脚本 40 个，回归时间从 1 天缩短到 2 小时
项目经历
2024.11-2025.01 图书馆座位预约系统测试（课程项目）
· 设计等价类和边界值用例 120 条，提交缺陷报告 19 份
技能
熟悉软件测试流程，熟悉功能测试、接口测试和自动化测试
Python、pytest、Selenium、MySQL、Linux 常用命令
""",
    """
软件测试工程师（校招）
岗位职责：
1. 根据需求编写测试用例，执行功能测试和接口测试；
2. 搭建和维护自动化测试框架。
任职要求：
1. 熟悉软件测试流程；
2. 掌握 Python 或 Java 其中一种语言；
3. 会用 Postman、JMeter 等测试工具，熟悉 Selenium 者优先；
4. 熟悉 MySQL 和 Linux。
""",
    contact=["email"],
    keywords=["java", "postman", "jmeter"],
)

add(
    "7a06",
    "software",
    """
LIANG Haoran 梁浩然
Mobile: 13900007061 | Email: haoran.liang@example.com | GitHub: github.com/example-hr
EDUCATION 教育背景
2021.09 - 2025.06  Donghai University 东海大学  B.Eng. Network Engineering 网络工程 本科
EXPERIENCE 实习经历
2024.06 - 2024.09  Bluewave Cloud (Shanghai)  Site Reliability Intern
- Wrote Go tools that automated certificate renewal for 300 domains
- Reduced alert noise by 45% by tuning Grafana alert rules
PROJECTS 项目经历
2024.10 - 2025.03  Campus Mirror Site 校园开源镜像站
- Served 2 TB of packages per month to 5,000 students with Nginx and Docker
SKILLS 技能
Go, Python, Linux, Docker, Nginx, Grafana, Terraform
""",
    """
Site Reliability Engineer (Graduate)
Responsibilities:
- Operate and automate our cloud infrastructure
Requirements:
- Proficient in Go or Python
- Hands-on experience with Docker, Kubernetes and Terraform
- Familiar with Prometheus and Grafana
- Good Linux skills
""",
    keywords=["kubernetes", "prometheus"],
)
add(
    "7a07",
    "software",
    """
个人简历

基本信息
姓名：包文博
性别：男
手机：13900007071
邮箱：wenbo.bao@example.com
求职意向：全栈开发工程师
期望城市：成都、重庆

教育背景
2021.09-2025.06 锦官城大学 计算机科学与技术 本科
GPA：3.6/4.0，专业排名 15/182
主修课程：
数据结构与算法（94）
操作系统（91）
计算机网络（89）
数据库系统（93）
软件工程（90）
编译原理（86）
Web 程序设计（95）

实习经历
2024.07-2024.10 蓉城拾光网络科技有限公司 全栈开发实习生
1. 使用 React + TypeScript 开发商家后台页面 18 个
2. 用 Node.js 编写 BFF 层接口 26 个，首页接口合并后请求数减少 60%
3. 编写 Jest 单元测试 300 余个，前端覆盖率从 35% 提升到 72%
4. 整理组件使用文档 40 篇，新人上手时间缩短到 3 天

项目经历
2024.03-2024.06 在线判题系统（小组项目，担任组长）
1. 基于 Spring Boot + Vue 实现题目管理、提交与判题
2. 用 Docker 隔离运行用户代码，单机并发判题 50 个
3. 上线后供 3 个班级 160 名同学使用，累计提交 2.1 万次

2023.09-2023.12 校园失物招领小程序
1. 使用微信小程序 + 云开发实现发布、认领、消息提醒
2. 上线一学期发布信息 1200 条，找回物品 430 件

2023.03-2023.06 个人技术博客
1. 使用 Next.js 搭建，撰写技术文章 45 篇
2. 累计访问量 3.8 万次

校园经历
2022.09-2023.06 计算机学院科技协会 技术部部长
1. 组织编程训练营 6 期，累计参加 240 人次
2. 维护协会官网，月访问量 5000 次

获奖情况
2023 年 中国大学生计算机设计大赛 省级一等奖
2023 年 蓝桥杯软件类 省赛二等奖
2022 年 校级一等奖学金
2022 年 校级优秀学生干部

专业技能
编程语言：Java、JavaScript、TypeScript、Python
前端：React、Vue、Next.js、微信小程序
后端：Spring Boot、Node.js、Express、MySQL、Redis
工具：Git、Docker、Linux、Nginx

语言能力
英语 CET-6 548 分，能流畅阅读英文技术文档

兴趣爱好
篮球、摄影、长跑

自我评价
热爱编程，对前后端都有实践，学习能力强，有团队合作精神，
能够承受工作压力，希望在全栈方向长期发展。
""",
    length=["too_long"],
)

add(
    "7a08",
    "software",
    """
个人简历
姓    名：莫晓婷        性    别：女
民    族：壮族          婚姻状况：未婚
手    机：13900007081   E-mail：xiaoting.mo@example.com
求职意向：IT 运维 / 桌面支持
教育经历
2022/09 - 2025/06    右江职业技术学院    计算机网络技术    大专
主修课程：网络设备配置、Windows Server、Linux 操作系统、综合布线
专业技能
1. 熟悉 Windows 系统安装与维护，能处理常见办公电脑故障
2. 了解 Linux 基本命令，会配置华为交换机 VLAN
3. 熟练使用 Office 办公软件
证书
计算机二级（MS Office）、华为 HCIA-Datacom
自我评价
性格开朗，吃苦耐劳，服从安排
""",
    """
IT 桌面运维工程师
任职要求：
1. 大专及以上学历，计算机相关专业；
2. 熟悉 Windows、Linux 操作系统，了解 AD 域管理；
3. 熟悉 TCP/IP 协议，会配置交换机 VLAN；
4. 有 ITIL 认证者优先。
""",
    sections=["experience"],
    weak_verbs=["了解"],
    personal=["ethnicity", "marital"],
    keywords=["ad", "tcp/ip", "itil"],
)

add(
    "7a09",
    "software",
    """
方子墨 | 13900007091 | zimo.fang@example.com
教育背景
2022.09-2026.06 岭南信息工程大学 计算机科学与技术 本科
实习经历
2025.03-2025.06 羊城易购科技 后端开发实习生
- 协助导师重构优惠券服务，核心接口 QPS 提升 2 倍
- 补写接口文档 35 篇
2025.05-2025.08 珠江数联 Python 开发实习生
- 开发爬虫采集 12 个政府公开数据源，日增数据 8 万条
专业技能
Python、Go、MySQL、Redis、Linux
获奖
2024 年蓝桥杯省赛 Python 组 一等奖
""",
    weak_verbs=["协助"],
    dates=["overlap:2025.03-2025.06|2025.05-2025.08"],
)

add(
    "7a10",
    "software",
    """
Name 姓名: 欧阳明朗
Tel 电话: 13900007101   Email 邮箱: minglang.ouyang@example.com
教育背景 Education
2021.09-2025.06 临海大学 软件工程 本科
实习经历 Internship
2024.07-2024.10 晨星移动 Android 开发实习生
- 用 Kotlin 重写设置页面 14 个，崩溃率从 0.8% 降到 0.2%
- 接入 Glide 图片缓存，列表页内存占用下降 30%
项目经历 Projects
2023.10-2024.03 校园跑步打卡 App
- Java + MVVM 架构，实现轨迹记录与排行榜，校内用户 1500 人
技能 Skills
Java、Kotlin、Android SDK、Retrofit、Git
""",
    """
Android 开发工程师
任职要求：
1. 熟悉 Java 或 Kotlin 语言，熟悉 Android SDK；
2. 熟悉 Jetpack Compose、Retrofit、OkHttp 等常用框架；
3. 有 Git 使用经验。
""",
    keywords=["jetpack compose", "okhttp"],
)

# ---------------------------------------------------------------- ic
add(
    "7a11",
    "ic",
    """
姓名：许清源    电话：13900007111    邮箱：qingyuan.xu@example.com
求职意向：数字验证工程师
教育背景
2023.09-2026.03  江城电子科技大学  集成电路工程  硕士
2019.09-2023.06  江城电子科技大学  微电子科学与工程  本科
项目经历
2024.09-2025.06  AXI 总线 DMA 控制器验证（实验室流片项目）
• 基于 SystemVerilog 和 UVM 搭建验证平台，编写测试用例 86 个
• 功能覆盖率达到 100%，代码覆盖率达到 97%，发现 RTL 缺陷 23 个
2024.03-2024.06  UART 模块验证（课程项目）
• 用 Python 脚本自动生成激励和比对结果，回归用时从 3 小时降到 40 分钟
实习经历
2025.07-2025.10  芯途微电子  验证实习生
• 维护 VCS + Verdi 回归环境，每日回归 1200 个用例
专业技能
SystemVerilog、UVM、Verilog、VCS、Verdi、Python、Perl、AXI、APB
""",
    """
数字验证工程师（2026 校园招聘）
岗位职责：
1. 负责模块级和系统级验证；
2. 搭建 UVM 验证环境，完成覆盖率收敛。
任职要求：
1. 微电子、电子工程相关专业硕士；
2. 熟悉 SystemVerilog、UVM 验证方法学；
3. 熟悉 AXI、APB 等总线协议；
4. 会用 Python 或 Perl 脚本语言。
""",
)

add(
    "7a12",
    "ic",
    """
◆ 基本信息
周沐阳 | 男 | 13900007121 | muyang.zhou@example.com
◆ 教育背景
2021.09-2025.06  东陵工业大学  电子科学与技术  本科
◆ 实习经历
2024.07-2024.12  海芯模拟科技（苏州）  版图设计实习生
· 配合版图工程师完成 LDO 模块版图
· 跑 DRC/LVS 并修改错误
· 整理版图设计规范文档
◆ 课程设计
2024.03-2024.05  两级运放设计
· 用 Virtuoso 完成原理图与版图，增益达到 72 dB
◆ 专业技能
Cadence Virtuoso、Calibre、Linux；熟悉 CMOS 工艺基础
""",
    """
模拟版图设计工程师
任职要求：
1. 熟练使用 Cadence Virtuoso、Calibre 进行版图设计与验证；
2. 熟悉 DRC、LVS 检查流程，了解 ESD 防护设计规则；
3. 有 LDO、Bandgap 或 PLL 模块版图经验者优先。
""",
    numbers=["2024.07-2024.12"],
    weak_verbs=["配合"],
    keywords=["esd", "bandgap", "pll"],
)

add(
    "7a13",
    "ic",
    """
个人简历
姓名：冯嘉懿    性别：男    政治面貌：共青团员
身份证号：3301**********2816    户口所在地：浙江省绍兴市
联系电话：13900007131    电子邮箱：jiayi.feng@example.com
教育背景
2021.09-2025.06  越州大学  电子信息工程  本科
实习经历
2024.07-2024.09  星海半导体测试有限公司  测试工程实习生
编写 ATE 测试程序 3 个，良率分析报表生成时间缩短 60%
2025.03-2024.12  越州大学电子学院 FPGA 实验室  助理
维护实验箱 45 台，答疑学生 200 余人次
专业技能
Verilog、Quartus、Python、Origin
""",
    dates=["reversed:2025.03-2024.12"],
    personal=["id_number", "native_place"],
)

add(
    "7a14",
    "ic",
    """
唐启明
13900007141 | qiming.tang@example.com
— 教育背景 —
2022.09-2026.06 巴山科技学院 电子信息工程 本科
— 项目经历 —
2025.02-2025.05 基于 FPGA 的数字示波器（毕业设计）
用 Verilog 编写采样与触发模块，在 Vivado 中完成综合与上板，采样率达到 100 MSa/s
2024.09-2024.12 UART 串口通信模块（课程设计）
完成收发模块设计，并在开发板上进行了测试
— 获奖情况 —
2024 全国大学生电子设计竞赛 省二等奖
""",
    """
FPGA 开发工程师（校招）
任职要求：
1. 熟悉 Verilog 语言，熟练使用 Vivado 或 Quartus；
2. 了解 AXI、PCIe 等接口协议；
3. 会用 MATLAB 做算法仿真者优先。
""",
    sections=["skills"],
    numbers=["2024.09-2024.12"],
    keywords=["quartus", "axi", "pcie", "matlab"],
)

add(
    "7a15",
    "ic",
    """
姓名：钱思远
电话：13900007151  邮箱：siyuan.qian@example.com
求职意向：模拟 IC 设计工程师
教育背景
2022.09-2025.06 金陵微电子学院 电路与系统 硕士
2018.09-2022.06 金陵微电子学院 电子科学与技术 本科
科研经历
2023.01-2024.12 12 bit 100 MS/s SAR ADC 设计（导师横向课题）
完成 CDAC 与比较器设计，ENOB 达到 10.8 bit，功耗 2.1 mW
2022.10-2023.06 低噪声 LDO 设计
输出噪声降低到 18 μVrms，PSRR 提升 12 dB
实习经历
2024.07-2024.10 华芯模拟 模拟设计实习生
完成带隙基准仿真 300 余次，温漂从 25 ppm/℃ 降到 9 ppm/℃
论文与专利
一作 EI 会议论文 1 篇，发明专利（实审中）1 项
获奖情况
2023 年中国研究生创“芯”大赛 全国二等奖
2021 年 校级一等奖学金
专业技能
Cadence Virtuoso、Spectre、Calibre、MATLAB、Python
语言能力
CET-6 560，能阅读英文 datasheet 与论文
自我评价
模拟电路基础扎实，能独立完成模块从设计到版图验证的流程。
""",
    pages=2,
    length=["too_long"],
)

add(
    "7a16",
    "ic",
    """
陆星河  Lu Xinghe
Phone: 13900007161   Email: xinghe.lu@example.com
教育背景 EDUCATION
2023.09-2026.06  沧澜大学  集成电路科学与工程  硕士
2019.09-2023.06  沧澜大学  微电子科学与工程  本科
实习经历 INTERNSHIP
2025.7-2025.10  锐芯科技  后端设计实习生
· 用 Innovus 完成 2 个模块的布局布线，时序违例从 1400 条降到 0 条
· 编写 Tcl 脚本自动生成 floorplan，单次迭代节省 40 分钟
项目经历 PROJECT
2024.03-2024.12  RISC-V 处理器后端实现（课题组）
· 完成综合与布局布线，主频达到 800 MHz
技能 SKILLS
Innovus、Design Compiler、Tcl、Python、Linux、Shell
""",
    """
Physical Design Engineer (New Grad)
Requirements:
- Master's degree in Microelectronics or related fields
- Hands-on experience with Innovus or ICC2
- Familiar with PrimeTime and timing closure
- Scripting skills in Tcl, Perl or Python
""",
    dates=["format"],
    keywords=["icc2", "primetime", "perl"],
)

add(
    "7a17",
    "ic",
    """
任嘉宁
手机：13900007171
教育背景
2021.09-2025.06  南岳科技大学  集成电路设计与集成系统  本科
GPA 3.5/4.0，主修：数字集成电路、模拟集成电路、半导体器件物理
专业技能
Verilog、ModelSim、Cadence Virtuoso、Linux
荣誉奖项
2023 年 国家励志奖学金
2024 年 全国大学生集成电路创新创业大赛 华东赛区三等奖
""",
    sections=["experience"],
    contact=["email"],
)

add(
    "7a18",
    "ic",
    """
▍个人信息
简若川  |  13900007181  |  ruochuan.jian@example.com
▍教育背景
2021.09 - 2025.06   鹭岛大学   微电子科学与工程   本科
▍实习经历
2024.06 - 2024.09   鹭芯测试技术有限公司   测试开发实习生
- 协助工程师在 V93000 上调试电源管理芯片测试程序
- 整理测试数据并输出良率日报
▍项目经历
2024.10 - 2025.03   基于 STM32 的芯片 I-V 特性自动测试板（毕业设计）
- 测量误差控制在 0.5% 以内，单颗测试时间从 40 秒降到 6 秒
▍技能
C、STM32、Excel、ATE 测试基础
""",
    """
测试开发工程师（ATE 方向）
岗位职责：开发和调试量产测试程序，分析良率数据。
任职要求：
1. 熟悉 ATE 测试机（如 V93000、J750）；
2. 会用 C++ 或 Python 编程；
3. 了解 STDF 数据格式。
""",
    numbers=["2024.06-2024.09"],
    weak_verbs=["协助"],
    keywords=["j750", "c++", "python", "stdf"],
)

add(
    "7a19",
    "ic",
    """
👋 你好，我是 黎安然
📞 13900007191  📧 anran.li@example.com
🏠 生源地：江西赣州
🎓 教育经历
2022.09-2026.06｜赣江理工大学｜电子科学与技术｜本科
💼 实习经历
2025.01-2025.04｜晶澜封测｜工艺实习生
✔ 统计封装良率数据 2 万条，找出 3 类主要失效模式
2025.03-2025.07｜赣芯微｜FAE 实习生
✔ 编写芯片应用笔记 5 篇，支持客户 12 家
🛠 技能
Excel、JMP、Python、示波器、探针台
""",
    dates=["overlap:2025.01-2025.04|2025.03-2025.07"],
    personal=["native_place"],
)

add(
    "7a20",
    "ic",
    """
姓名：白景行
电话：13900007201　邮箱：jingxing.bai@example.com
教育背景
2023.09-2026.06　海陵大学　电子科学与技术（射频方向）　硕士
2019.09-2023.06　海陵大学　电子信息工程　本科
科研经历
2023.10-2025.06　28 GHz 低噪声放大器设计（国家重点研发计划子课题）
• 完成 LNA 电路与版图设计，噪声系数 2.3 dB，增益 21 dB
• 流片测试结果与仿真偏差小于 1 dB，成果发表 IEEE MWCL 论文 1 篇
实习经历
2025.07-2025.09　微澜射频科技　射频 IC 设计实习生
• 完成 PA 偏置电路仿真 150 余次，线性度 OIP3 提升 3 dB
专业技能
Cadence Virtuoso、ADS、HFSS、Calibre、MATLAB
""",
)
# ---------------------------------------------------------------- ai
add(
    "7a21",
    "ai",
    """
姓名：顾言之
手机：13900007211 | 邮箱：yanzhi.gu@example.com
求职意向：大模型算法工程师
教育背景
2023.09-2026.06 东湖大学 人工智能 硕士
2019.09-2023.06 东湖大学 计算机科学与技术 本科
项目经历
2024.10-2025.05 医疗问诊大模型（实验室项目）
• 基于 Qwen2.5-7B 用 LoRA 做大模型微调，问诊准确率从 58% 提升到 76%
• 构建 RAG 检索模块，接入 Milvus 向量库
2024.03-2024.07 中文长文本摘要
• 用 Transformers 复现 BART 和 Pegasus 两个基线，整理评测报告
实习经历
2025.06-2025.09 深言智能 NLP 算法实习生
• 清洗 SFT 数据 12 万条，数据去重后模型胜率提升 6 个点
专业技能
Python、PyTorch、Transformers、LoRA、Milvus、Linux
""",
    """
大模型算法工程师（2026 届）
任职要求：
1. 计算机、人工智能等相关专业硕士及以上；
2. 熟悉 PyTorch、Transformers，有 DeepSpeed 或 Megatron 使用经验；
3. 熟悉 RAG、大模型微调（LoRA、RLHF）；
4. 了解 vLLM 推理加速者优先。
""",
    numbers=["2024.03-2024.07"],
    keywords=["deepspeed", "megatron", "rlhf", "vllm"],
)

add(
    "7a22",
    "ai",
    """
━━━━━━━━━━━━━━━━
  蒋一鸣  |  计算机视觉算法
  13900007221  |  yiming.jiang@example.com
━━━━━━━━━━━━━━━━
【教育背景】
2022.09 - 2025.06  西岭大学  控制科学与工程  硕士
2018.09 - 2022.06  西岭大学  自动化  本科
【实习经历】
2024.06 - 2024.09  图灵视觉科技  视觉算法实习生
- 优化 YOLOv8 小目标检测，mAP 从 61% 提升到 68%
- 用 TensorRT 部署到 Jetson，推理速度达到 45 FPS
【项目经历】
2023.09 - 2024.05  工业表面缺陷检测（校企合作）
- 收集并标注 6000 张图像，漏检率降低 40%
【专业技能】
Python、C++、PyTorch、OpenCV、TensorRT、Linux
""",
    """
计算机视觉算法工程师
岗位职责：目标检测算法研发与部署。
任职要求：
1. 熟悉 Python、C++；
2. 熟悉 PyTorch，掌握 OpenCV；
3. 有 TensorRT 模型部署经验者优先。
""",
)

add(
    "7a23",
    "ai",
    """
钟意 13900007231 yi.zhong@example.com
求职意向：NLP 算法实习
项目经历
2024.09-2025.01 电商评论情感分析
- 用 BERT 微调情感分类模型，F1 达到 91.2%
- 参与数据标注规范的制定
2025.03-2025.06 智能客服意图识别（校企合作）
- 意图类别 46 个，Top-1 准确率提升 8%
技能
Python、PyTorch、Transformers、jieba、SQL
""",
    """
NLP 算法实习生
任职要求：
- 熟悉 Python，熟悉 PyTorch 或 TensorFlow；
- 了解 BERT 等预训练模型；
- 有命名实体识别或文本分类项目经验者优先。
""",
    sections=["education"],
    weak_verbs=["参与"],
    keywords=["tensorflow", "命名实体识别", "文本分类"],
)

add(
    "7a24",
    "ai",
    """
个人信息
姓名：孟子涵          性别：男
民族：回族            婚姻状况：未婚
籍贯：宁夏银川        政治面貌：群众
手机：13900007241     邮箱：zihan.meng@example.com
求职意向
期望职位：AI 训练师 / 数据标注    期望地点：银川、西安
教育经历
2021.09-2024.06   朔方职业技术学院   人工智能技术应用   大专
工作经历
2024.07-2025.03   塞上云数据服务有限公司   数据标注员
工作描述：负责自动驾驶点云数据的立体框标注，协助质检组抽检
2025.04-至今   丝路智联科技   AI 训练师
工作描述：编写和改写大模型多轮对话数据 1.5 万条，跟进标注规范的更新
专业技能
熟练使用 Excel、Labelme、CVAT；了解 Python 基础语法
""",
    numbers=["2024.07-2025.03"],
    weak_verbs=["了解", "协助", "负责"],
    personal=["ethnicity", "marital", "native_place"],
)

add(
    "7a25",
    "ai",
    """
XIA Ruoxi 夏若溪
13900007251 · ruoxi.xia@example.com · Shenzhen
EDUCATION 教育背景
2021.09 – 2025.06   Lingnan University of Technology 岭南理工大学   B.Eng. Artificial Intelligence 人工智能 本科
INTERNSHIP 实习经历
2024/07 – 2024/10   Xingtong AI 星瞳智能   Edge AI Intern 端侧算法实习生
• Quantized a detection model to INT8, cutting latency from 38 ms to 11 ms
• Ported 3 models to the RK3588 NPU with accuracy drop under 1%
PROJECT 项目经历
2024/11 – 2025/03   Smart Fridge Food Recognition 智能冰箱食材识别
• Trained a MobileNetV3 classifier on 22,000 images, top-1 accuracy 93.4%
SKILLS 技能
Python, C++, PyTorch, ONNX Runtime, RK3588, Linux
""",
    """
Edge AI Deployment Engineer
Requirements:
- Strong C++ and Python skills
- Experience with model quantization using TensorRT or ONNX Runtime
- Familiar with RK3588, Jetson or other edge platforms
- Knowledge of CUDA is a plus
""",
    dates=["format"],
    keywords=["tensorrt", "jetson", "cuda"],
)

add(
    "7a26",
    "ai",
    """
林知微
电话：13900007261
邮箱：zhiwei.lin@example.com
教育背景
2022.09-2026.06 闽南大学 数据科学与大数据技术 本科
科研经历
2024.10-2025.06 大学生创新训练项目：基于图神经网络的药物分子性质预测
· 阅读图神经网络相关论文，了解图卷积网络的基本原理
· 在 MoleculeNet 的 4 个数据集上复现基线，平均 ROC-AUC 提升 2.3 个百分点
实习经历
2025.07-2025.09 厦鹭智能 算法实习生
· 整理内部知识库文档，编写数据清洗脚本
""",
    sections=["skills"],
    numbers=["2025.07-2025.09"],
    weak_verbs=["了解"],
)

add(
    "7a27",
    "ai",
    """
个人简介：俞晨，13900007271，chen.yu@example.com。2021.09-2025.06 就读于钱江财经大学 数据科学与大数据技术 本科。实习经历：2024.07-2024.10 在好物优选电商 推荐算法实习生，负责召回模块的特征整理，离线 AUC 提升 1.2%；2024.12-2025.03 在知途教育 算法实习生，搭建课程推荐的离线评估流程。技能：Python、SQL、PyTorch、Hive，熟悉协同过滤、DeepFM。
""",
    """
推荐算法工程师（校招）
任职要求：
1. 熟悉 Python、SQL，熟悉 Spark 或 Hive；
2. 熟悉协同过滤、DIN、DeepFM 等推荐模型；
3. 有 TensorFlow 或 PyTorch 开发经验。
""",
    numbers=["2024.12-2025.03"],
    weak_verbs=["负责"],
    keywords=["spark", "din", "tensorflow"],
)

add(
    "7a28",
    "ai",
    """
邵明哲
13900007281 | mingzhe.shao@example.com
教育背景
2022.09-2025.06 长白工业大学 计算机技术 硕士
2018.09-2022.06 长白工业大学 软件工程 本科
专业技能
熟练掌握 Python、PyTorch，熟悉 C++
熟悉目标检测与语义分割常用模型
荣誉奖项
研究生学业奖学金一等奖（2023）
自我评价
热爱计算机视觉，自学能力强，能快速阅读英文论文
""",
    """
视觉算法工程师
岗位要求：
1. 熟悉 Python、C++，熟悉 PyTorch；
2. 掌握 OpenCV，了解 CUDA 编程；
3. 有目标检测、语义分割、目标跟踪项目经验。
""",
    sections=["experience"],
    keywords=["opencv", "cuda", "目标跟踪"],
)

add(
    "7a29",
    "ai",
    """
Name: 关雨桐
Email: yutong.guan@example.com | WeChat: ytguan_example
Education
2020.09-2024.06  滨海大学  智能科学与技术  本科
Experience
2023.07-2023.09  海岸智能  语音算法实习生
- 整理唤醒词数据 3 万条，误唤醒率下降 20%
2024.05-2024.02  滨海大学语音实验室  科研助理
- 搭建 Kaldi 识别基线，字错率从 18.5% 降到 12.1%
Skills
Python, PyTorch, Kaldi, Shell
""",
    contact=["phone"],
    dates=["reversed:2024.05-2024.02"],
)

add(
    "7a30",
    "ai",
    """
【基本信息】
姓名：尚书瑶  电话：13900007301  邮箱：shuyao.shang@example.com
【教育背景】
2022.09-2026.06  蜀南大学  软件工程（人工智能方向）  本科
【实习经历】
2025.07-2025.09  锦城智算  AI 应用开发实习生
· 用 LangChain 搭建合同审查助手，人工复核时间减少 35%
· 编写提示词模板 60 余个，输出格式正确率达到 97%
【校园经历】
2023.09-2024.06  学院人工智能协会  技术部部长
· 组织 Python 入门训练营 8 期，累计参加同学 320 人
【专业技能】
Python、LangChain、FastAPI、MySQL、Git
""",
)

# ---------------------------------------------------------------- data
add(
    "7a31",
    "data",
    """
姓名：范可欣
电话：13900007311   邮箱：kexin.fan@example.com
求职意向：数据分析实习生
教育背景
2022.09-2026.06   汴梁财经学院   经济统计学   本科
实习经历
2025.01-2025.04   汴州万家超市有限公司   数据分析实习生
● 协助店长整理销售报表，用 Excel 数据透视表做周度分析
● 清洗会员消费数据，辅助制定促销方案
项目经历
2024.09-2024.12   大学生消费行为调查（统计调查课程）
● 回收有效问卷 412 份，用 SPSS 做因子分析，提炼 5 类消费动机
专业技能
Excel（数据透视表、VLOOKUP）、SPSS、SQL、Python（pandas）
""",
    """
数据分析实习生
岗位职责：
1. 搭建业务报表，监控核心指标；
2. 开展专题分析，输出分析报告。
任职要求：
1. 统计学、数学等相关专业；
2. 熟练使用 SQL、Excel，会用 Python；
3. 熟悉 Tableau、Power BI 等可视化工具至少一种；
4. 有 Hive 使用经验者优先。
""",
    numbers=["2025.01-2025.04"],
    weak_verbs=["协助"],
    keywords=["tableau", "power bi", "hive"],
)

add(
    "7a32",
    "data",
    """
祝远帆
手机 13900007321 ｜ 邮箱 yuanfan.zhu@example.com
教育背景
2021.09-2025.06 宛城大学 统计学 本科
实习经历
2024.07-2024.10 橙果电商 用户增长分析实习生
- 用 SQL 搭建新用户留存看板，日报制作时间从 2 小时降到 15 分钟
- 设计并分析 4 组 A/B 测试，其中 1 组使首单转化率提升 6.5%
2024.03-2024.06 宛城大学统计学院 助研
- 用 Python 清洗问卷数据 3200 份，完成回归分析报告 2 份
专业技能
SQL、Python（pandas、statsmodels）、Tableau、Excel
""",
    """
数据分析师（用户增长）
任职要求：
- 熟悉 SQL、Python；
- 会用 Tableau 搭建看板；
- 有 A/B 测试经验。
""",
)

add(
    "7a33",
    "data",
    """
贾若琳 13900007331 ruolin.jia@example.com
教育经历
2020.09-2024.06 淮南师范学院 市场营销 本科
工作经历
2024.07-2025.05 皖中连锁药房 运营专员
- 用 Excel 每周汇总 36 家门店销售数据，制作周报
- 梳理滞销品清单，库存周转天数从 52 天降到 41 天
""",
    """
数据运营专员
任职要求：
1. 熟练使用 Excel（VLOOKUP、数据透视表）；
2. 会写 SQL；
3. 熟悉 Power BI 者优先。
""",
    sections=["skills"],
    keywords=["vlookup", "数据透视表", "sql", "power bi"],
)

add(
    "7a34",
    "data",
    """
个人资料
姓名：闫书宁    性别：女
户籍：河南洛阳    身份证：4103**********0026
电话：13900007341    邮箱：shuning.yan@example.com
教育背景
2020.09-2024.06    洛浦大学    信息与计算科学    本科
实习经历
2023-07 - 2023-09    嵩岳农商银行科技部    数据分析实习生
· 用 Python 跑批生成客户画像标签 80 个，覆盖客户 46 万
工作经历
2024-07 - 2025-06    洛邑数科有限公司    BI 开发工程师
· 开发 FineBI 报表 35 张，报表查询耗时从 30 秒降到 5 秒
专业技能
SQL、Python、FineBI、Kettle、Excel
""",
    dates=["format"],
    personal=["id_number", "native_place"],
)

add(
    "7a35",
    "data",
    """
===== 个人信息 =====
车子航 | 13900007351 | zihang.che@example.com
===== 教育背景 =====
2022.09-2026.06 幽州理工大学 数据科学与大数据技术 本科
===== 实习经历 =====
2025.02-2025.06 京畿数据科技 大数据开发实习生
> 负责 Hive 离线数据仓库 ODS 层到 DWD 层的建模
> 编写 Spark SQL 任务，修复数据质量问题
2025.05-2025.08 北辰出行 数据开发实习生
> 开发 Airflow 调度任务 28 个，任务失败率从 5% 降到 0.8%
===== 技能 =====
Hive、Spark SQL、Python、Airflow、Linux、Shell
""",
    """
大数据开发工程师
任职要求：
1. 熟悉 Hive、Spark，掌握 Spark SQL 调优；
2. 熟悉 Flink 实时计算，了解 Kafka；
3. 有数据仓库建模经验，熟悉 Airflow 或 DolphinScheduler 调度工具。
""",
    numbers=["2025.02-2025.06"],
    weak_verbs=["负责"],
    dates=["overlap:2025.02-2025.06|2025.05-2025.08"],
    keywords=["flink", "kafka", "dolphinscheduler"],
)

add(
    "7a36",
    "data",
    """
龚子健
男｜23岁｜大专｜求职意向：数据标注/数据录入
电话：13900007361｜邮箱：zijian.gong@example.com
民族\t汉
教育经历
2021.09-2024.06 潇湘职业学院 大数据技术 大专
实习经历
2023.11-2024.05 潭州信息服务有限公司 数据录入员
录入及核对保单数据，日均 900 条，差错率低于 0.3%
校园经历
2022.09-2023.06 学院图书馆 勤工助学
整理借还书籍，维护图书馆座位预约系统
技能
Excel、WPS、Python 基础、五笔打字 80 字/分钟
""",
    numbers=["2022.09-2023.06"],
    personal=["ethnicity"],
)

add(
    "7a37",
    "data",
    """
姓名：严思颖
求职意向：数据运营
教育背景
2021.09-2025.06  琼海大学  电子商务  本科
实习经历
2024.07-2024.10  椰风优品  电商运营实习生
· 每日跟踪电商店铺 GMV、转化率等 15 项指标，输出周报 14 份
· 调整主图和详情页后，点击率从 2.1% 提升到 3.4%
专业技能
Excel、生意参谋、SQL 基础
""",
    """
数据运营专员（电商）
任职要求：
1. 熟悉淘宝、抖音电商后台操作，会用生意参谋；
2. 熟练使用 Excel，会写 SQL；
3. 有 Python 数据处理经验者优先。
""",
    contact=["phone", "email"],
    keywords=["淘宝", "抖音", "python"],
)

add(
    "7a38",
    "data",
    """
Zhao Mingxuan 赵明轩
Tel: 13900007381 | Email: mingxuan.zhao@example.com
Education 教育背景
2021.09-2025.06 | 甬江大学 Yongjiang University | 金融数学 Financial Mathematics | 本科 B.Sc.
Internship 实习经历
2024.06-2024.08 | 四明证券研究所 | 量化研究实习生 Quant Research Intern
- 帮助研究员维护因子数据库，更新日频行情数据
- Backtested 12 momentum factors; the best factor's IC improved by 18%
2024.10-2025.01 | 甬城保险 | 数据分析实习生
- 整理理赔数据，制作月度理赔分析报告
Skills 技能
Python (pandas, NumPy), SQL, Wind, Excel VBA
""",
    numbers=["2024.10-2025.01"],
    weak_verbs=["帮助"],
)

add(
    "7a39",
    "data",
    """
BI 数据分析 | 宁可
📱 13900007391  ✉ ke.ning@example.com
🛠 技能：SQL、Excel、Tableau、Python
💼 实习经历
2024.07-2024.12  鸿雁物流科技  BI 实习生
· 用 Tableau 重做 6 张运营看板，管理层周会准备时间缩短一半
2025.02-2025.05  青禾零售  数据分析实习生
· 搭建门店销量预测模型，MAPE 从 22% 降到 14%
""",
    """
BI 工程师
任职要求：
1. 熟练使用 SQL，熟悉 Tableau 或 Power BI；
2. 熟悉 ETL 开发；
3. 会用 Python 者优先。
""",
    sections=["education"],
    keywords=["power bi", "etl"],
)

add(
    "7a40",
    "data",
    """
求职意向：数据科学 / 风控建模
庞思远 · 13900007401 · siyuan.pang@example.com
教育背景
2023.09-2026.06 渝州大学 统计学 硕士
2019.09-2023.06 渝州大学 数学与应用数学 本科
实习经历
2025.05-2025.08 山城消费金融 风控建模实习生
• 用 LightGBM 搭建申请评分卡模型，KS 从 31% 提升到 38%，坏账率下降 0.4 个百分点
• 开发特征 260 个，特征计算耗时缩短 50%
科研经历
2024.03-2025.03 因果推断在营销效果评估中的应用（导师课题）
• 在 3 个公开数据集上验证双重稳健估计，偏差降低 27%
技能
Python、R、SQL、LightGBM、Spark
""",
)


DATE = re.compile(r"(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?\s*[-–~至]+\s*(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?")


def ranges(text):
    """Every date range of the text, written YYYY.MM-YYYY.MM as the labels write it."""
    return {f"{a}.{int(b):02d}-{c}.{int(d):02d}" for a, b, c, d in DATE.findall(text)}


def squash(s):
    return re.sub(r"[\s\-_.·]", "", s).lower()


def mentions(text, k):
    """Crude self-check only: k as a whole word (Latin) or substring (Chinese), case and spaces ignored."""
    if re.search(r"[a-z]", k):
        pat = r"\s*".join(re.escape(ch) for ch in k.replace(" ", ""))
        return re.search(rf"(?<![a-z0-9]){pat}(?![a-z0-9])", text.lower()) is not None
    return squash(k) in squash(text)


def est_lines(text):
    return sum(max(1, math.ceil(len(line) / 40)) for line in text.split("\n"))


def check(rows):
    problems = []
    ids = [r["id"] for r in rows]
    if len(rows) != 40 or len(set(ids)) != 40 or ids != [f"7a{i:02d}" for i in range(1, 41)]:
        problems.append("ids")
    for r in rows:
        e, text, post = r["expected"], r["text"], r["posting"] or ""
        if set(e) != set(CHECKS):
            problems.append(f"{r['id']} keys")
        for n in e["numbers"]:
            if n not in ranges(text):
                problems.append(f"{r['id']} numbers {n} not a range of the text")
        for d in e["dates"]:
            if d != "format":
                for part in d.split(":", 1)[1].split("|"):
                    if part not in ranges(text):
                        problems.append(f"{r['id']} dates {part} not a range of the text")
        for v in e["weak_verbs"]:
            if v not in text:
                problems.append(f"{r['id']} weak verb {v} not in text")
        for v in WEAK:  # a weak verb present but not labelled: allowed only inside 负责人
            if v not in e["weak_verbs"] and text.replace("负责人", "").count(v):
                problems.append(f"{r['id']} unlabelled weak verb {v}")
        for k in e["keywords"]:
            if not mentions(post, k):
                problems.append(f"{r['id']} keyword {k} not in posting")
            if mentions(text, k):
                problems.append(f"{r['id']} keyword {k} is in the resume")
        if e["keywords"] and not post:
            problems.append(f"{r['id']} keywords without posting")
        if "phone" in e["contact"] and re.search(r"1\d{10}", text):
            problems.append(f"{r['id']} has a phone")
        if "phone" not in e["contact"] and not re.search(r"139000\d{5}", text):
            problems.append(f"{r['id']} lacks a phone")
        if ("email" in e["contact"]) == ("@example.com" in text):
            problems.append(f"{r['id']} e-mail label")
        long_ = (r["pages"] or 0) > 1 or (r["pages"] is None and est_lines(text) > 48)
        if long_ != bool(e["length"]):
            problems.append(f"{r['id']} length ({est_lines(text)} lines)")
        if r["pages"] is None and not e["length"] and est_lines(text) > 40:
            problems.append(f"{r['id']} close to the length limit ({est_lines(text)} lines)")
        for p in re.findall(r"1\d{10}", text):
            if not p.startswith("139000"):
                problems.append(f"{r['id']} phone {p}")
        for m in re.findall(r"[\w.]+@[\w.]+", text):
            if not m.endswith("@example.com"):
                problems.append(f"{r['id']} e-mail {m}")
    return problems


def main():
    rows = []
    for id_, field, text, posting, pages, exp in R:
        unknown = set(exp) - set(CHECKS)
        if unknown:
            sys.exit(f"{id_}: unknown checks {unknown}")
        expected = {c: list(exp.get(c, [])) for c in CHECKS}
        rows.append(
            {
                "id": id_,
                "field": field,
                "text": text,
                "posting": posting,
                "pages": pages,
                "photo": False,
                "expected": expected,
            }
        )
    problems = check(rows)
    if problems:
        sys.exit("\n".join(problems))
    out = Path(__file__).with_name("resumes_blind7a.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    print(f"wrote {len(rows)} resumes to {out.name}")


if __name__ == "__main__":
    main()
