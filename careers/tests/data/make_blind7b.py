# ruff: noqa: E501  (resume lines are data, kept as written)
"""Blind resume set 7b: 40 hand-written resumes (uav, energy, bio, manufacturing), labelled by hand.

Written without reading the diagnosis rules, the lexicon, the tests or the other generators; labels follow the
table of checks in docs/careers.md ("How diagnosis works"). Standard library only.

    python careers/tests/data/make_blind7b.py   # writes resumes_blind7b.jsonl next to this file and self-checks
"""

import json
import math
import re
import sys
from pathlib import Path

CHECKS = ["sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords"]
OUT = Path(__file__).with_name("resumes_blind7b.jsonl")

R: list[tuple[str, str, str, str, dict[str, list[str]]]] = []


def add(rid, field, text, posting="", **exp):
    R.append((rid, field, text.strip("\n"), posting.strip("\n"), exp))


# ---------------------------------------------------------------- uav
add(
    "7b01",
    "uav",
    """
个人简历
姓    名：罗青屿          性    别：男
出生年月：2003.05          民    族：汉族
籍    贯：湖南邵阳          政治面貌：共青团员
联系电话：13900008011      电子邮箱：qingyu.luo@example.com
求职意向：无人机航测员
教育背景
2021.09-2025.06    湘岳理工学院    测绘工程    本科
主修课程：数字摄影测量、遥感原理、GNSS 测量、地理信息系统
实习经历
2024.07-2024.10    长沙天衡测绘有限公司    航测外业实习生
· 完成航测外业飞行 36 架次，覆盖测区 42 平方公里
· 布设像控点 58 个，空三加密中误差控制在 5cm 以内
· 用大疆智图完成内业数据处理，生成 DOM 正射影像 12 幅
校园经历
2022.09-2023.06    学院测绘协会    技术部部长
· 组织 RTK 操作培训 4 场，参训同学 90 余人
专业技能
· 软件：大疆智图、Pix4D、ArcGIS、南方 CASS
· 设备：大疆 M300 RTK、精灵 4 RTK、GNSS 接收机
· 证书：CAAC 多旋翼视距内驾驶员执照、CET-4
自我评价
吃苦耐劳，能适应长期外业，做事认真负责。
""",
    """
无人机航测员（2025届校招）
岗位职责：
1. 负责无人机航测外业飞行、像控点布设；
2. 负责内业数据处理，生成 DOM、DSM 等成果；
任职要求：
1. 测绘、遥感、地理信息相关专业，本科及以上学历；
2. 熟悉大疆智图、Pix4D、ContextCapture 等数据处理软件；
3. 持有 CAAC 无人机驾驶员执照优先。
""",
    personal=["ethnicity", "native_place"],
    keywords=["dsm", "contextcapture"],
)

add(
    "7b02",
    "uav",
    """
韦小川
无人机应用技术 | 大专 | 13900008021 | xiaochuan.wei@example.com
求职意向：植保无人机飞手
■ 教育背景
2022.09 - 2025.06  黔川职业技术学院  无人机应用技术（大专）
■ 实习经历
2024.07 - 2024.10  黔丰农业服务有限公司  植保飞手实习生
● 负责植保无人机的日常保养和电池管理
● 协助飞手完成水稻、玉米的农药喷洒作业
■ 校园经历
2023.03 - 2023.12  学院无人机社团  副社长
● 组织航拍技能培训 6 场，累计参训 120 人次
● 带队参加省职业院校技能大赛无人机赛项，获三等奖
■ 技能证书
大疆 T30、极飞 P100 操作；无人机组装与调试；CAAC 多旋翼超视距驾驶员执照
""",
    numbers=["2024.07-2024.10"],
    weak_verbs=["协助", "负责"],
)

add(
    "7b03",
    "uav",
    """
车明远
男 | 24岁 | 硕士 | 13900008031 | mingyuan.che@example.com
个人优势
控制方向硕士，两年 PX4 飞控开发经验，熟悉 ROS2 与 Gazebo 仿真，动手能力强。
期望职位
飞控算法工程师 | 深圳 | 15-25K
项目经历
多旋翼抗风位置控制  2024.09-2025.06
内容：在 PX4 中实现基于扰动观测器的位置控制器
业绩：SITL 仿真中 8m/s 侧风下悬停误差从 0.9m 降到 0.35m，完成实机试飞 40 余架次
固定翼自主降落视觉引导  2023.10-2024.05
内容：用 AprilTag 识别降落标志，C++ 编写引导律
业绩：着陆点误差控制在 1.2m 以内，论文被 IEEE ICUS 录用
教育经历
汉江航空大学  控制科学与工程  硕士  2023.09-2026.06
汉江航空大学  自动化  本科  2019.09-2023.06
专业技能
C++、Python、ROS2、PX4、Gazebo、MATLAB
""",
    """
UAV Flight Control Engineer
Responsibilities:
- Develop attitude and position controllers on PX4
- Run SITL tests in Gazebo
Requirements:
- Master's degree in Control, Aerospace or related fields
- Proficient in C++ and Python
- Familiar with ROS2, MAVLink and EKF2
- Experience with MATLAB/Simulink is a plus
""",
    keywords=["mavlink", "ekf2", "simulink"],
)

add(
    "7b04",
    "uav",
    """
👤 宋知遥｜遥感科学与技术 本科
📱 13900008041  ✉️ zhiyao.song@example.com
🎓 教育经历
2021.09-2025.06  滇南大学  遥感科学与技术  本科  GPA 3.6/4.0
💼 实习经历
2024.06-2024.09  云图空间信息科技有限公司  倾斜摄影实习生
▪ 完成 3 个乡镇的倾斜摄影外业，共飞行 62 架次
▪ 用 ContextCapture 生产实景三维模型，单个测区建模时间从 5 天缩短到 3 天
🔬 项目经历
2023.10-2024.05  大学生创新训练项目：基于无人机多光谱的茶园长势监测
▪ 采集多光谱影像 1800 余张，构建 NDVI 长势分级模型，分级准确率 87%
🛠 技能
ContextCapture、Pix4D、ENVI、ArcGIS、Python
""",
)

add(
    "7b05",
    "uav",
    """
# 邱砚青
> 飞行器设计与工程 · 本科 · 2025 届
> 13900008051 · yanqing.qiu@example.com

## 教育经历
- **2021.09 – 2025.06**　西岭航空学院　飞行器设计与工程　本科

## 项目经历
- **2024.03 – 2024.12**　垂直起降固定翼机身结构（毕业设计）
  - 用 SolidWorks 完成机身与机翼的结构设计和三维建模，零件 46 个
  - 用 ANSYS 做机翼有限元分析和翼梁强度校核，翼梁减重 18% 后安全系数仍大于 1.5
- **2023.05 – 2023.08**　校航模队 四旋翼碳纤维机架
  - 机臂采用碳纤维复合材料，按模压成型工艺制作 4 根，整机减重 120g

## 获奖
- 2023 年 中国大学生飞行器设计创新大赛 二等奖
""",
    """
无人机结构工程师
岗位职责：
1. 负责多旋翼、垂直起降固定翼无人机的机体结构设计；
2. 负责结构强度校核与试验验证。
任职要求：
1. 飞行器设计、机械相关专业本科及以上；
2. 熟练使用 SolidWorks 或 CATIA 三维建模；
3. 熟悉 ANSYS、Abaqus 有限元分析；
4. 了解碳纤维复合材料成型工艺。
""",
    sections=["skills"],
    keywords=["catia", "abaqus"],
)

add(
    "7b06",
    "uav",
    """
姓名：吴一鸣
性别：男 | 年龄：24岁 | 婚姻状况：未婚 | 户口所在地：河南周口
手机：13900008061 | 邮箱：yiming.wu@example.com
求职意向
期望工作性质：全职 | 期望职位：无人机巡检工程师 | 期望地点：郑州
工作经历
2023.07 - 2025.03  中原智巡科技有限公司  无人机巡检员
工作描述：
1. 执行 220kV 输电线路精细化巡检，累计巡检杆塔 3200 余基；
2. 用航线规划软件建立自动巡检航线 150 条，单基杆塔巡检时间从 12 分钟缩短到 5 分钟；
3. 整理缺陷影像，发现销钉缺失等缺陷 260 处。
教育经历
2019.09 - 2023.06  豫东工程学院  电气工程及其自动化  本科
技能特长
大疆 M300 RTK、大疆司空 2、AutoCAD、Office
证书
CAAC 多旋翼超视距驾驶员执照
""",
    personal=["marital", "native_place"],
)

add(
    "7b07",
    "uav",
    """
蒋沐阳  13900008071  muyang.jiang@example.com
教育背景
2022.09-2026.06  北嶂大学  航空航天工程  本科
项目经历
2024.3-2024.12  “云雀”垂直起降固定翼（挑战杯作品）
参与飞控参数整定和外场试飞
编写试飞记录模板，整理飞行日志
2025.01-2025.06  基于视觉的无人机自主降落
实现 ArUco 标志识别，降落精度从 1.5m 提高到 0.4m
技能
ArduPilot、Mission Planner、Python、OpenCV、SolidWorks
""",
    numbers=["2024.03-2024.12"],
    weak_verbs=["参与"],
    dates=["format"],
)

add(
    "7b08",
    "uav",
    """
LIANG Ziqi 梁子齐
Mobile: +86 139 0000 8081 | WeChat: ziqi_liang08
EDUCATION 教育背景
2021.09 - 2025.06  Eastbay University of Technology 东湾理工大学  B.Eng. Electronic Information Engineering 电子信息工程 本科
EXPERIENCE 实习经历
2024.07 - 2024.09  SkyLine Robotics 天际线机器人  UAV Test Intern 无人机测试实习生
- Flew 85 test sorties for a power-line inspection drone and logged 140 flight hours
- Wrote a Python script that cut log review time from 2 hours to 20 minutes per flight
PROJECTS 项目经历
2024.02 - 2024.06  Obstacle avoidance on a quadrotor (course project)
- Built a depth-camera obstacle map with ROS and tested it in Gazebo
- Improved the avoidance success rate in the corridor test
SKILLS 技能
Python, ROS, Gazebo, PX4, Linux, Mission Planner
""",
    """
Drone Test Engineer (Graduate)
Responsibilities:
- Plan and fly test missions for inspection drones
- Analyse flight logs and report failures in Jira
Requirements:
- Hands-on experience with PX4 or ArduPilot
- Familiar with Python and Linux
- CAAC drone pilot licence preferred
""",
    contact=["email"],
    numbers=["2024.02-2024.06"],
    keywords=["jira", "ardupilot", "caac"],
)

add(
    "7b09",
    "uav",
    """
姓名：阮星野          性别：男
生源地：广西桂林      出生年月：2004.03
电话：13900008091    邮箱：xingye.ruan@example.com
求职意向：无人机飞手 / 航拍摄影
教育经历
2022.09-2025.06  桂岭职业技术学院  无人机应用技术  大专
主修课程：无人机原理与构造、飞行控制技术、航拍技术、无人机法规
技能证书
CAAC 多旋翼视距内驾驶员执照
大疆 Mavic 3、Premiere 剪辑、Photoshop 修图
获奖情况
2024 年 广西职业院校技能大赛 无人机组装与调试赛项 二等奖
自我评价
性格开朗，热爱飞行，愿意从基层飞手做起，能适应出差。
""",
    sections=["experience"],
    personal=["native_place"],
)
add(
    "7b10",
    "uav",
    """
姓名：尹嘉树
电话：13900008101
邮箱：jiashu.yin@example.com
求职意向：无人机感知算法工程师
教育背景
2023.09-2026.06  临江航空航天大学  导航、制导与控制  硕士
GPA 3.7/4.0，专业排名 5/62，主修：最优估计、现代控制理论、计算机视觉、多传感器融合
2019.09-2023.06  临江航空航天大学  探测制导与控制技术  本科
GPA 3.5/4.0，获校级一等奖学金 2 次
科研经历
2024.03-2025.12  无人机集群协同感知（国家重点研发计划子课题）
· 设计基于 UWB 与视觉的相对定位方法，4 机编队相对定位误差从 0.8m 降到 0.25m
· 搭建 Gazebo 多机仿真环境，支持 10 架无人机同时仿真
· 撰写中期报告与技术文档，整理实验数据
2023.10-2024.06  GNSS 拒止环境下的视觉惯性里程计
· 在 VINS-Fusion 基础上加入线特征，EuRoC 数据集上绝对轨迹误差降低 22%
· 第一作者 EI 会议论文 1 篇
2022.09-2023.06  本科毕业设计：四旋翼目标跟踪
· 用 YOLOv5 检测地面目标，结合 KCF 跟踪实现实时跟随
· 毕业设计获评校级优秀
实习经历
2025.07-2025.09  翼展智能科技有限公司  感知算法实习生
· 将障碍物检测模型部署到 Jetson Orin NX，推理速度从 15 FPS 提升到 32 FPS
· 编写 ROS2 节点 6 个，完成外场测试 30 余架次
2024.07-2024.08  临江航空航天大学无人系统研究院  暑期科研助理
· 标定双目相机与 IMU 外参 12 组，重投影误差小于 0.3 像素
校园经历
2023.09-2024.06  研究生会  科创部部长
· 组织无人机科创沙龙 6 场，累计 300 余人次参加
· 带领 8 人团队参加全国大学生机器人大赛，获二等奖
论文与专利
1. 一作 EI 会议论文 1 篇（已发表）
2. 发明专利 1 项（实审中）：一种基于视觉的无人机相对定位方法
获奖情况
2025 年 研究生国家奖学金
2024 年 中国研究生电子设计竞赛 华东赛区一等奖
2023 年 校级优秀毕业生
2022 年 全国大学生数学建模竞赛 省二等奖
2021 年 校级一等奖学金
专业技能
编程：熟练掌握 C++、Python，熟悉 CMake 和 Git
框架：ROS/ROS2、OpenCV、PyTorch、Eigen、Ceres
仿真：Gazebo、AirSim、PX4 SITL
硬件：Jetson Orin NX、Realsense D435、Livox Mid-360
其他：了解 CUDA 加速和 TensorRT 部署
语言与证书
英语 CET-6（586 分），能流畅阅读英文文献；CAAC 多旋翼视距内驾驶员执照
自我评价
对无人机感知与导航有浓厚兴趣，动手能力强，能独立完成从算法设计、仿真验证到实机部署的全过程，在外场测试中积累了较多排查问题的经验；
做事有计划，善于与团队沟通协作，能承受外场测试的工作强度，希望在无人机感知方向长期发展，持续学习新的感知与定位技术。
""",
    length=["too_long"],
    numbers=["2022.09-2023.06"],
    weak_verbs=["了解"],
)

# ---------------------------------------------------------------- energy
add(
    "7b11",
    "energy",
    """
个人简历
姓  名\t邓启航\t性  别\t男
民  族\t汉\t籍  贯\t江西赣州
电  话\t13900008111\t邮  箱\tqihang.deng@example.com
毕业院校\t赣江电力职业技术学院\t学  历\t大专
求职意向\t光伏电站运维
教育经历
2022.09-2025.06\t赣江电力职业技术学院\t发电厂及电力系统\t大专
实习经历
2024.08-2025.02\t瑞光新能源电力有限公司\t光伏电站运维实习生
完成 40MW 光伏电站组件清洗与巡检，发现热斑组件 96 块
配合班长处理逆变器、箱变故障 14 次
技能证书
电工证（低压）、AutoCAD、Office、SCADA 监控系统操作
""",
    """
光伏电站运维工程师
岗位职责：
1. 负责电站设备巡检、组件清洗与缺陷处理；
2. 负责逆变器、箱变等设备的故障处理；
任职要求：
1. 电气相关专业大专及以上；
2. 熟悉光伏组件、逆变器、汇流箱；
3. 会使用 SCADA 监控系统，持有电工证优先。
""",
    weak_verbs=["配合"],
    personal=["ethnicity", "native_place"],
    keywords=["汇流箱"],
)

add(
    "7b12",
    "energy",
    """
龚书言
13900008121 | shuyan.gong@example.com | 硕士 | 2026 届
【教育背景】
2023.09-2026.06  江淮工业大学  电气工程  硕士
2019.09-2023.06  江淮工业大学  电气工程及其自动化  本科
【科研项目】
2024.03-2025.10  锂电池 SOC/SOH 联合估计（国家重点研发计划子课题）
· 搭建 18650 电池老化测试平台，采集循环数据 900 余组
· 提出基于扩展卡尔曼滤波的 SOC/SOH 联合估计方法，SOC 估计误差从 3.1% 降到 1.4%
【实习经历】
2025.07-2025.09  宁垣储能科技有限公司  BMS 测试实习生
· 负责 BMS 硬件在环测试用例的执行与问题记录
· 编写 CAN 报文解析脚本
【专业技能】
MATLAB/Simulink、Python、CANoe、Origin
""",
    """
BMS 算法工程师（2026 校招）
岗位职责：
1. 负责电池 SOC、SOH 估算算法开发；
2. 负责算法模型在 BMS 中的集成与验证。
任职要求：
1. 电气、自动化、电化学相关专业硕士；
2. 熟悉 MATLAB/Simulink，掌握 C 语言；
3. 熟悉卡尔曼滤波、等效电路模型；
4. 了解 CAN 通信协议。
""",
    numbers=["2025.07-2025.09"],
    weak_verbs=["负责"],
    keywords=["c", "等效电路模型"],
)

add(
    "7b13",
    "energy",
    """
基本信息 Basic Info
姓名：纪清源    电话：13900008131    邮箱：qingyuan.ji@example.com
求职意向：电力系统工程师
教育背景 Education
2021.09-2025.06  东岳电力大学  电气工程及其自动化  本科  GPA 3.5/4.0（专业前 15%）
实习经历 Internship
2024.07-2024.09  齐鲁电力设计院  电气一次实习生
· 完成 110kV 变电站主接线图 8 张，校核短路电流计算书 3 份
· 用 AutoCAD 绘制设备布置图，出图返修率从 30% 降到 10%
项目经历 Projects
2024.03-2024.06  基于 PSCAD 的风电并网谐波分析（课程设计）
· 搭建 IEEE 14 节点系统模型，谐波畸变率从 6.2% 降到 3.8%
技能证书 Skills
AutoCAD、PSCAD、PSASP、MATLAB、CET-6、计算机二级
自我评价 About Me
认真细致，有较强的学习能力和团队意识。
""",
)

add(
    "7b14",
    "energy",
    """
柯晚晴
电话：13900008141    邮箱：wanqing.ke@example.com
求职意向：动力电池工艺工程师
教育经历
2021.09-2025.06  闽江理工大学  新能源材料与器件  本科
实习经历
2024.06-2024.09  宁川新能源科技有限公司  电芯工艺实习生
· 跟进涂布工序，极片面密度 CPK 从 1.1 提升到 1.45
· 统计 3 条产线的不良数据，整理周报 12 份
2024.08-2024.12  闽投储能研究院  材料测试实习生
· 完成正极材料 XRD、SEM 测试 160 余个样品
校园经历
2022.09-2023.06  校学生会  学习部干事
· 组织考研经验分享会 5 场，参加人数 400 余人
专业技能
XRD、SEM、Origin、Minitab、AutoCAD
""",
    dates=["overlap:2024.06-2024.09|2024.08-2024.12"],
)

add(
    "7b15",
    "energy",
    """
姚安澜  |  13900008151  |  anlan.yao@example.com
求职：风电运维技术员
实习经历
2024.07-2024.12  朔风新能源（内蒙古）有限公司  风电运维实习生
- 随班组完成风机定检 56 台次
- 整理 SCADA 故障记录，归纳高频故障 12 类，编写排查手册 1 份
项目经历
2024.03-2024.06  小型风力发电机叶片改进（课程设计）
- 用 Fluent 仿真不同翼型，额定风速下功率系数提升 6%
技能
SCADA、AutoCAD、Fluent、电工证（低压）
""",
    sections=["education"],
)

add(
    "7b16",
    "energy",
    """
姓名：石沐晨    手机：13900008161    邮箱：muchen.shi@example.com
教育背景
2023.09-2026.06  华清能源大学  材料科学与工程  硕士
2019.09-2023.06  华清能源大学  新能源材料与器件  本科
科研经历
2024.09-2024.03  钠离子电池层状氧化物正极改性（导师纵向课题）
· 通过 Cu 掺杂抑制相变，100 次循环容量保持率从 78% 提升到 91%
· 第一作者论文 1 篇（在投）
2023.10-2024.08  固态电解质界面表征
· 完成 XPS、TEM 表征 70 余次，建立样品测试台账
实习经历
2025.07-2025.09  赣锂科技研究院  电池研发实习生
· 完成扣式电池组装与电化学测试 300 余颗
专业技能
XRD、SEM、XPS、TEM、电化学工作站、Origin、Materials Studio
""",
    """
电池材料研发工程师
任职要求：
1. 材料、化学、电化学相关专业硕士及以上；
2. 熟悉 XRD、SEM、XPS 等表征手段；
3. 掌握扣式电池组装与电化学测试，有软包电池经验者优先；
4. 会用 DFT 计算者优先。
""",
    dates=["reversed:2024.09-2024.03"],
    keywords=["软包电池", "dft"],
)

add(
    "7b17",
    "energy",
    """
☀️ 芦一禾 · 能源与动力工程 · 本科
📧 yihe.lu@example.com  💬 微信：luyihe_2025
📍 期望城市：西安 / 兰州
—— 教育经历 ——
2021.09-2025.06  秦川交通大学  能源与动力工程  本科
—— 实习经历 ——
2024.07-2024.09  西北某热电厂  运行实习生
· 跟班学习 2 台 300MW 机组的启停操作，绘制汽水系统图 6 张
· 统计机组煤耗数据，提出吹灰优化建议后锅炉效率提升 0.6 个百分点
—— 项目经历 ——
2023.11-2024.05  校园建筑光伏-储能系统设计（节能减排大赛作品）
· 用 PVsyst 完成 200kW 屋顶光伏设计，测算年发电量 23 万千瓦时，获省赛二等奖
—— 技能 ——
PVsyst、AutoCAD、EBSILON、Python
""",
    contact=["phone"],
)

add(
    "7b18",
    "energy",
    """
Hu Zhenyu 胡振宇
Tel: 13900008181 | Email: zhenyu.hu@example.com
Education 教育背景
2022.09-2025.06  Qinling University of Electric Power 秦岭电力大学  M.Eng. Electrical Engineering 硕士
2018.09-2022.06  秦岭电力大学  电气工程及其自动化  本科
Research 科研经历
2023.09-2025.03  Day-ahead dispatch of a PV-storage microgrid
- Built a MILP model in Python with Gurobi for 24-hour dispatch; operating cost fell by 12%
- Validated the model on a 33-bus test system in MATLAB
Internship 实习经历
2024.07-2024.09  Qinling Electric Power Research Institute 秦岭电科院  Data Intern
- Cleaned 2 years of feeder load data (1.2 million rows) with pandas and built an LSTM load forecast with a MAPE of 4.8%
Skills 技能
Python, pandas, Gurobi, MATLAB, PSCAD, SQL
""",
    """
Power System Data Analyst
Responsibilities:
- Build load and PV forecasting models with LSTM
- Optimise dispatch of storage assets
Requirements:
- Master's degree in Electrical Engineering
- Strong Python and SQL skills
- Experience with Gurobi is a plus
""",
)

add(
    "7b19",
    "energy",
    """
姓名：包海川
身份证号：150102200304161234
联系电话：13900008191
邮箱：haichuan.bao@example.com
求职岗位：风电运维
教育经历：2022年9月—2025年6月  塞北能源职业学院  风力发电工程技术  大专
实习经历：
2024年8月—2025年1月  北坡风电场（顶岗实习）  运维学员
配合师傅登塔检修，平时做些打杂的工作，学会了变桨、偏航系统的基本结构
2024年3月—2024年6月  学院实训中心  风机装调实训
完成风机机舱模型的拆装与复装
技能：电工证、高处作业证、AutoCAD 基础
""",
    numbers=["2024.08-2025.01", "2024.03-2024.06"],
    weak_verbs=["打杂", "配合"],
    personal=["id_number"],
)

add(
    "7b20",
    "energy",
    """
邢明澈
13900008201 | mingche.xing@example.com | 2026 届硕士 | 期望城市：上海 / 佛山
求职意向：燃料电池系统工程师
教育背景
2023.09-2026.06  沪东理工大学  动力工程及工程热物理  硕士
研究方向：质子交换膜燃料电池水热管理
2019.09-2023.06  沪东理工大学  能源与动力工程  本科
GPA 3.6/4.0，专业前 10%
科研项目
2024.01-2025.12  PEMFC 电堆水管理与阴极增湿策略（校企合作）
· 搭建 5kW 电堆测试台，设计 LabVIEW 数据采集程序，采样点 64 路
· 通过增湿策略优化，额定工况电堆输出功率提升 7%，单片电压一致性标准差降低 30%
· 编写测试规范 3 份
2023.06-2023.12  燃料电池系统一维建模
· 用 MATLAB/Simulink 建立空压机与氢循环泵模型，与台架数据误差小于 5%
2022.10-2023.05  本科毕业设计：换热器强化传热
· 用 Fluent 对比 4 种翅片结构，传热系数最高提升 18%
实习经历
2025.07-2025.09  氢程动力科技有限公司  系统测试实习生
· 完成 120kW 系统台架测试 600 小时的数据整理与分析
· 用 Python 编写测试报告自动生成脚本，报告编写时间从 1 天缩短到 1 小时
2024.07-2024.08  沪东理工大学能源学院  实验室安全助理
· 排查实验室气瓶与管路隐患 35 处，全部整改闭环
校园经历
2020.09-2022.06  能源学院学生会  实践部部长
· 组织“氢能进社区”科普活动 4 场，覆盖居民 500 余人
· 带队参加暑期社会实践，获校级优秀团队
发表与专利
1. 第一作者中文核心论文 1 篇
2. 实用新型专利 1 项（已授权）
获奖
2025 年 研究生学业一等奖学金
2024 年 全国大学生节能减排社会实践与科技竞赛 二等奖
2022 年 校级优秀学生干部
2021 年 校级二等奖学金
2021 年 全国大学生英语竞赛 三等奖
主修课程
工程热力学、传热学、流体力学、电化学原理、燃料电池技术、数值传热学、自动控制原理
专业技能
软件：MATLAB/Simulink、LabVIEW、Fluent、Python、AutoCAD
测试：燃料电池电堆测试、电化学阻抗谱、气密性测试
其他：接触过 Horiba 测试台架，了解 CAN 总线
证书：CET-6、计算机二级、机动车驾驶证 C1
语言能力
英语 CET-6（552 分），能阅读英文文献并撰写英文摘要；日语 N3
兴趣爱好
长跑（校园马拉松完赛）、摄影、羽毛球
自我评价
对氢能行业有热情，熟悉燃料电池电堆测试流程，能长期驻场测试，学习能力强，愿意从一线测试做起，逐步成长为能独立承担系统开发的工程师。
""",
    """
燃料电池系统工程师（2026 届校招）
岗位职责：
1. 负责燃料电池系统及电堆的台架测试与数据分析；
2. 负责系统仿真模型的搭建与标定。
任职要求：
1. 热能、动力、电化学相关专业硕士；
2. 熟悉 PEMFC 电堆测试，掌握 MATLAB/Simulink；
3. 会用 AVL Cruise 或 GT-SUITE 进行系统仿真；
4. 有 LabVIEW、Python 数据处理经验。
""",
    length=["too_long"],
    weak_verbs=["了解", "接触过"],
    keywords=["avl cruise", "gt-suite"],
)
# ---------------------------------------------------------------- bio
add(
    "7b21",
    "bio",
    """
黎安然
13900008211 | anran.li@example.com | 2026 届硕士
教育背景
2023.09-2026.06  江城医科大学  生物化学与分子生物学  硕士
2019.09-2023.06  江城师范大学  生物科学  本科
科研经历
2023.10-2025.12  肝癌相关 lncRNA 的功能研究（国家自然科学基金面上项目）
· 构建过表达及敲低稳转细胞株 6 株，qPCR、Western Blot 验证敲低效率均高于 70%
· 完成裸鼠成瘤实验 2 批，共 40 只，肿瘤体积较对照组减小 45%
· 第二作者 SCI 论文 1 篇（IF 5.2）
实习经历
2025.07-2025.08  康源生物技术有限公司  研发实习生
· 优化质粒小提流程，单次提取得率提升 30%
专业技能
细胞培养、qPCR、Western Blot、质粒构建、GraphPad Prism、ImageJ
""",
    """
分子生物学研发专员
岗位职责：
1. 负责细胞株构建、质粒构建及鉴定；
2. 负责实验数据整理与报告撰写。
任职要求：
1. 生物学相关专业硕士；
2. 熟练掌握细胞培养、qPCR、Western Blot 等分子生物学实验技术；
3. 熟悉 CRISPR、流式细胞术者优先；
4. 会用 GraphPad Prism、FlowJo 进行数据分析。
""",
    keywords=["crispr", "流式细胞术", "flowjo"],
)

add(
    "7b22",
    "bio",
    """
个人信息
姓名：秦若溪  性别：女  出生年月：2002年11月  婚育状况：未婚未育
电话：13900008221  邮箱：ruoxi.qin@example.com
教育背景
2020年9月-2024年6月  楚南药科大学  药物分析  本科
实习经历
2023年7月-2023年10月  华济制药股份有限公司  QC 实习生
协助完成原辅料的理化检验，了解 HPLC 和 GC 的基本操作
学习 GMP 文件体系与偏差处理流程
2022年7月-2022年8月  社区卫生服务中心  暑期志愿者
为社区居民讲解用药安全知识，发放宣传册 300 余份
专业技能
HPLC、紫外分光光度法、滴定分析、Office、CET-4
""",
    numbers=["2023.07-2023.10"],
    weak_verbs=["了解", "协助"],
    personal=["marital"],
)

add(
    "7b23",
    "bio",
    """
贝语桐
手机：13900008231  邮箱：yutong.bei@example.com
求职意向：临床研究协调员（CRC）
教育经历
2020.09-2024.06  海陵医学院  护理学  本科
工作经历
2024.07-2025.08  康维医药科技有限公司  临床研究协调员
工作内容：
1. 同时支持 3 个 II 期肿瘤项目，管理受试者 46 例，随访按时完成率 98%
2. 在 EDC 中录入数据，质疑关闭平均时间从 7 天缩短到 3 天
3. 整理研究者文件夹 5 套，顺利通过申办方稽查 2 次
专业技能
GCP 证书、EDC 录入、Excel、医学术语
""",
)

add(
    "7b24",
    "bio",
    """
苗可欣 13900008241 kexin.miao@example.com
教育背景
2021-09 ~ 2025-06  瀚海农业大学  生物工程  本科
项目经历
2024.03 ~ 2024.12  重组蛋白表达纯化（毕业设计）
构建 pET-28a 表达载体，蛋白纯度达到 95%，产量每升菌液 12mg
2023-07 ~ 2023-08  发酵罐小试（生产实习）
记录 5L 发酵罐的溶氧与 pH 曲线，完成 8 批次发酵
荣誉
2023 年 校级一等奖学金
""",
    sections=["skills"],
    dates=["format"],
)

add(
    "7b25",
    "bio",
    """
姓名：严思远 | 电话：13900008251 | 邮箱：siyuan.yan@example.com
求职意向：临床监查员（CRA）
【教育背景】
2022.09-2025.06  青岚药科大学  药理学  硕士
2018.09-2022.06  青岚药科大学  临床药学  本科
【实习经历】
2024.10-2025.03  诺衡医药研究有限公司  CRA 实习生
· 协助 CRA 完成 4 家中心的源数据核查，发现并跟进问题 120 余条
· 撰写监查访视报告 15 份
【校园经历】
2023.09-2024.06  研究生会  学术部部长
· 组织学术沙龙 8 期，累计 600 余人次参加
【技能证书】
GCP 证书、EDC 系统操作、SAS 基础、Office、CET-6
""",
    """
临床监查员 CRA
任职要求：
1. 医学、药学、护理相关专业本科及以上；
2. 熟悉 ICH-GCP；
3. 有 EDC 系统使用经验，了解 Medidata Rave 或 Veeva Vault；
4. 英语 CET-6 以上，能阅读英文方案。
""",
    weak_verbs=["协助"],
    keywords=["ich-gcp", "medidata rave", "veeva vault"],
)

add(
    "7b26",
    "bio",
    """
蓝知夏
电话：13900008261  邮箱：zhixia.lan@example.com
求职意向：食品检验员
教育背景
2022.09-2025.06  南泽职业技术学院  食品检验检测技术  大专
主修课程：食品微生物检验、食品理化分析、仪器分析、食品安全标准
技能证书
熟悉菌落总数、大肠菌群检测操作；会用原子吸收分光光度计、气相色谱仪
农产品食品检验员（四级）、CET-4
获奖情况
2024 年 省职业院校技能大赛 农产品质量安全检测赛项 三等奖
自我评价
踏实细心，实验操作规范，能接受倒班。
""",
    sections=["experience"],
)

add(
    "7b27",
    "bio",
    """
Zhao Yiran 赵一然
📞 13900008271 | ✉ yiran.zhao@example.com | GitHub: github.com/yiranz
EDUCATION
2023.09 - 2026.06  Donghai University 东海大学, M.Sc. Bioinformatics 生物信息学 硕士
2019.09 - 2023.06  东海大学  生物技术  本科
RESEARCH
2024.01 - 2025.09  Single-cell atlas of mouse intestinal epithelium
- Processed 12 scRNA-seq samples (about 85,000 cells) with Scanpy and Seurat on the lab HPC cluster
- Identified 3 new stem-cell subpopulations; co-first author of a paper under review
PROJECT
2023.03 - 2023.06  RNA-seq differential expression pipeline (course project)
- Wrote a Snakemake pipeline (STAR + DESeq2) in a Docker image that cut per-sample runtime from 3 hours to 40 minutes
SKILLS
Python, R, Linux, Snakemake, Docker, Scanpy, Seurat, DESeq2
""",
    """
Bioinformatics Scientist (NGS)
Responsibilities:
- Build and maintain NGS analysis pipelines for WGS and RNA-seq data
- Run pipelines on an HPC cluster with Slurm
Requirements:
- Proficient in Python or R; familiar with Linux
- Experience with Nextflow or Snakemake
- Knowledge of GATK is a plus
""",
    keywords=["ngs", "wgs", "slurm", "nextflow", "gatk"],
)

add(
    "7b28",
    "bio",
    """
简历
姓名：骆文博
电话：13900008281
学历：本科（应届）
教育经历
2021.09—2025.06  岭西农林大学  动物医学  本科
实习经历
2024.07—2024.08  安和宠物医院  助理
帮助医生保定动物，做血常规和生化检查
2023.07—2023.08  华牧养殖集团  兽医实习生
完成猪场免疫注射 1200 头次，采集血样 300 份送检
专业技能
血常规、生化分析、B 超基础操作、执业兽医资格证（在考）
""",
    contact=["email"],
    numbers=["2024.07-2024.08"],
    weak_verbs=["帮助"],
)

add(
    "7b29",
    "bio",
    """
覃诗语
性别：女    民族：壮族    政治面貌：中共党员
手机：13900008291    邮箱：shiyu.qin@example.com
教育背景
2021.09-2025.06  邕江医科大学  生物医学工程  本科
实习经历
2024.07-2024.12  南宁瑞康医疗器械有限公司  注册专员助理
· 整理二类医疗器械 NMPA 注册申报资料 4 套，资料补正次数从 3 次降到 1 次
· 编写产品技术要求初稿 2 份
项目经历
2023.09-2024.05  便携式血氧仪设计（大学生创新创业训练项目）
· 完成硬件电路与 APP 联调，血氧测量误差在 2% 以内
专业技能
医疗器械法规、Word、Excel、Altium Designer
""",
    """
医疗器械注册专员
岗位职责：
1. 负责二类、三类医疗器械的注册申报与变更；
2. 跟踪 NMPA 法规更新。
任职要求：
1. 生物医学工程、药学相关专业本科；
2. 熟悉 ISO 13485 体系；
3. 了解 ISO 14971 风险管理，有 FDA 510(k) 申报经验者优先。
""",
    personal=["ethnicity"],
    keywords=["iso 13485", "iso 14971", "fda"],
)

add(
    "7b30",
    "bio",
    """
## 向晚舟 · 生物制药 · 硕士
📱 13900008301 | 📧 wanzhou.xiang@example.com
### 教育经历
* 2023.09-2026.06 ｜ 鹤林大学 ｜ 生物与医药 ｜ 硕士
* 2019.09-2023.06 ｜ 鹤林大学 ｜ 生物制药 ｜ 本科
### 实习经历
* 2025.06-2025.09 ｜ 百泰生物制药有限公司 ｜ 下游纯化实习生
  * 完成 200L 规模抗体的 Protein A 亲和层析 6 批，收率平均 92%
  * 优化低 pH 病毒灭活步骤，单批操作时间缩短 40 分钟
### 科研经历
* 2023.11-2025.05 ｜ 双特异性抗体表达工艺优化
  * 筛选 CHO 稳定细胞株 3 株，表达量从 1.2 g/L 提高到 3.5 g/L
### 技能
* ÄKTA 层析系统、SEC-HPLC、ELISA、细胞培养、JMP
""",
)
# ---------------------------------------------------------------- manufacturing
add(
    "7b31",
    "manufacturing",
    """
饶志恒
电话：13900008311 | 邮箱：zhiheng.rao@example.com
求职意向：机械工艺工程师
教育背景
2021.09-2025.06  江陵工业大学  机械设计制造及其自动化  本科
实习经历
2024.07-2024.09  华锐精密机械有限公司  工艺实习生
· 负责 3 类壳体零件的工艺路线规划和数控加工工艺卡编制，共 24 份
· 完成钻孔工装夹具设计改进，单件装夹时间从 90 秒降到 50 秒
项目经历
2023.09-2024.01  减速器箱体设计（课程设计）
· 完成箱体三维建模和工程图 12 张，通过强度校核
专业技能
SolidWorks、AutoCAD、UG NX、CAPP
""",
    """
机械工艺工程师（校招）
岗位职责：
1. 负责机加工零件的工艺路线规划与工艺文件编制；
2. 负责工装夹具设计及现场问题处理。
任职要求：
1. 机械相关专业本科；
2. 熟悉 UG NX、AutoCAD，了解 CATIA；
3. 熟悉 GD&T 形位公差、数控加工工艺；
4. 了解 PFMEA。
""",
    weak_verbs=["负责"],
    keywords=["catia", "gd&t", "pfmea"],
)

add(
    "7b32",
    "manufacturing",
    """
应梓航
求职意向：注塑工艺工程师
联系方式：13900008321 | zihang.ying@example.com
教育背景 EDUCATION
2020.09-2024.06  闽东理工学院  高分子材料与工程  本科
工作经历 EXPERIENCE
2024.07-2025.09  信和精密塑胶（厦门）有限公司  注塑工艺技术员
· 调试 18 台注塑机的成型参数，新模试产一次通过率从 60% 提高到 85%
· 用 Moldflow 分析缩痕问题，某外壳不良率由 4.2% 降到 0.8%
· 编写标准作业指导书 SOP 30 份
实习经历 INTERNSHIP
2023.07-2023.09  信和精密塑胶（厦门）有限公司  品质实习生
· 完成来料检验 500 余批，建立检具台账 1 份
专业技能 SKILLS
Moldflow、AutoCAD、SolidWorks、Minitab、Office
""",
)

add(
    "7b33",
    "manufacturing",
    """
任舒然  13900008331  shuran.ren@example.com
【教育背景】2021.09-2025.06  锦城工学院  工业工程  本科
【实习经历】
2024.03-2024.07  川西汽车零部件有限公司  IE 实习生
· 完成 2 条装配线的工时测定，线平衡率从 72% 提升到 86%
2024.06-2024.10  蓉达物流装备有限公司  精益生产实习生
· 推动 5S 改善，现场整改项 64 条全部关闭
【自我评价】做事细致，喜欢到现场看问题，希望从事精益生产相关工作。
""",
    sections=["skills"],
    dates=["overlap:2024.03-2024.07|2024.06-2024.10"],
)

add(
    "7b34",
    "manufacturing",
    """
陶北辰
13900008341 / beichen.tao@example.com
教育：2022.09-2026.06  沧澜科技大学  机器人工程  本科
实习：2025.07-2025.09  凯博自动化设备有限公司  电气调试实习生
调试 6 台码垛机器人工作站，单站节拍从 12 秒缩短到 9.5 秒
项目：2024.09-2025.05  视觉引导分拣机械臂（全国大学生机械创新设计大赛）
实现零件识别抓取，抓取成功率 96%，获省赛一等奖
""",
    """
电气自动化工程师
任职要求：
1. 自动化、机器人工程相关专业；
2. 熟悉 PLC 编程（西门子、三菱），会用 TIA Portal；
3. 会使用 EPLAN 绘制电气原理图。
""",
    sections=["skills"],
    keywords=["plc", "西门子", "三菱", "tia portal", "eplan"],
)

add(
    "7b35",
    "manufacturing",
    """
薛知行
手机：13900008351
邮箱：zhixing.xue@example.com
教育背景
2021.09-2025.06  泰州工学院  质量管理工程  本科
实习经历
2024/07-2024/10  德隆汽车零部件（泰州）有限公司  质量实习生
- 统计 4 条产线的每日不良，推动 8D 整改 6 项，客诉件数从 9 件降到 3 件
- 执行量具 MSA 分析 20 项
项目经历
2023/11-2024/05  基于 SPC 的轴承外圈尺寸控制（大学生创新训练项目）
- 建立 Xbar-R 控制图，过程 Cpk 从 0.92 提升到 1.35
技能证书
Minitab、SPC、MSA、六西格玛绿带（培训中）、CET-4
""",
    """
SQE 供应商质量工程师
岗位职责：
1. 负责供应商 PPAP 审核与来料质量问题处理；
2. 推动供应商 8D 整改。
任职要求：
1. 熟悉 IATF 16949、APQP、PPAP 五大工具；
2. 熟练使用 Minitab，掌握 SPC、MSA；
3. 有汽车零部件行业经验优先。
""",
    dates=["format"],
    keywords=["ppap", "iatf 16949", "apqp"],
)

add(
    "7b36",
    "manufacturing",
    """
个人信息
姓　　名：鲍振东
年　　龄：24 岁
户　　籍：安徽阜阳
婚姻状况：已婚
手　　机：13900008361
工作经验：1 年
工作经历
2024/07--2025/06  合淝重型机械有限公司  焊接工艺员
工作描述：编制焊接工艺规程 WPS 45 份；焊缝一次合格率从 93% 提升到 98.5%；带教新员工 12 人。
教育经历
2020/09--2024/06  淮上工业学院  材料成型及控制工程  本科
""",
    sections=["skills"],
    contact=["email"],
    personal=["marital", "native_place"],
)

add(
    "7b37",
    "manufacturing",
    """
庞子俊
电话：13900008371  邮箱：zijun.pang@example.com
求职意向：数控车工 / CNC 操作员
教育背景
2022.09-2025.06  黔南机电职业技术学院  数控技术  大专
专业技能
1. 熟练操作 FANUC 系统数控车床，能读懂零件图
2. 会用 Mastercam 编程，会用游标卡尺、千分尺
3. 持有数控车工中级证
获奖情况
2024 年 省职业院校技能大赛 数控车加工赛项 二等奖
自我评价
动手能力强，能吃苦，服从安排。
""",
    """
CNC 数控操机员
岗位职责：
1. 按图纸和工艺卡完成零件的数控车削加工；
2. 负责首件自检与设备日常保养。
任职要求：
1. 中专/大专及以上，数控、机电相关专业；
2. 会操作 FANUC、三菱系统数控车床；
3. 会用 UG 编程，能看懂 GD&T；
4. 持有数控车工中级证。
""",
    sections=["experience"],
    keywords=["三菱", "ug", "gd&t"],
)

add(
    "7b38",
    "manufacturing",
    """
戴若谷
手机：13900008381 | 邮箱：ruogu.dai@example.com
教育经历
2021年9月-2025年6月  滨海工程学院  车辆工程  本科
实习经历
2024.07-2024.09  东辰汽车制造有限公司  总装车间实习生
参与总装线工位巡检，协助班组长统计每日缺件情况
项目经历
2023.10-2024.04  大学生方程式赛车 车架设计
用 ANSYS 校核车架扭转刚度，车架减重 2.3kg，扭转刚度提高 15%
技能
CATIA、ANSYS、AutoCAD、MATLAB
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["协助", "参与"],
    dates=["format"],
)

add(
    "7b39",
    "manufacturing",
    """
Name: Tang Yuhang 唐宇航
Tel: 13900008391  Email: yuhang.tang@example.com
Objective: Manufacturing Engineer (New Graduate)
Education 教育背景
2021.09-2025.06  Lakeside University of Technology 湖滨理工大学  B.Eng. Mechanical Engineering 本科
Internship 实习经历
2024.06-2024.09  Rhine Precision (Suzhou) Co., Ltd. 莱茵精密  Manufacturing Engineering Intern
- Ran a time study on 3 CNC cells and cut changeover time from 45 minutes to 28 minutes with SMED, raising OEE from 61% to 68%
- Drew 15 fixture drawings in SolidWorks
Project 项目经历
2023.09-2024.03  Automated screw-driving station (capstone project)
- Designed the station in SolidWorks and programmed it on a Mitsubishi FX5U PLC; cycle time 6.5 s per part
Skills 技能
SolidWorks, AutoCAD, Minitab, Lean (SMED, 5S), PLC
""",
    """
Manufacturing Engineer 制造工程师
Responsibilities 岗位职责:
- Improve OEE of CNC machining lines with Lean tools
- Prepare PFMEA and Control Plan with the quality team
Requirements 任职要求:
- Bachelor in Mechanical Engineering or related majors
- Familiar with SolidWorks and AutoCAD
- Knowledge of Six Sigma and SMED
- Experience with SAP is a plus
""",
    keywords=["pfmea", "control plan", "six sigma", "sap"],
)

add(
    "7b40",
    "manufacturing",
    """
贾亦凡 13900008401 yifan.jia@example.com 求职意向：设备维护工程师 2021.09-2025.06 西江科技学院 机械电子工程 本科 实习经历 2024.07-2024.10 华南电子制造有限公司 设备实习生 负责 SMT 贴片机日常点检，配合工程师更换吸嘴和飞达 项目经历 2024.03-2024.06 基于 PLC 的自动分拣线（课程设计）完成气缸与传感器接线，分拣正确率达到 98% 技能 PLC（三菱 FX）、AutoCAD、SolidWorks、电工证
""",
    numbers=["2024.07-2024.10"],
    weak_verbs=["负责", "配合"],
)


# ---------------------------------------------------------------- self-check (standard library only)
DATE = r"(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*月?"
RANGE = re.compile(DATE + r"\s*(?:--|[-–—~～至])\s*(?:" + DATE + r"|(至今))")
WEAK = {"参与", "协助", "帮助", "负责", "配合", "打杂", "接触过", "了解"}
PERSONAL = {
    "ethnicity": ["民族"],
    "marital": ["婚"],
    "native_place": ["籍贯", "祖籍", "户籍", "户口", "生源地", "出生地", "户口所在地"],
    "id_number": ["身份证"],
}


def ranges(text):
    out = []
    for m in RANGE.finditer(text):
        a = f"{m.group(1)}.{int(m.group(2)):02d}"
        b = "至今" if m.group(5) else f"{m.group(3)}.{int(m.group(4)):02d}"
        out.append(f"{a}-{b}")
    return out


def est_lines(text):
    return sum(max(1, math.ceil(len(line) / 40)) for line in text.split("\n"))


def squash(s):
    return re.sub(r"[\s\-_.]", "", s.lower())


def check(rows):
    errs = []
    ids = [r["id"] for r in rows]
    if len(rows) != 40 or len(set(ids)) != 40:
        errs.append("need 40 unique ids")
    if ids != [f"7b{i:02d}" for i in range(1, 41)]:
        errs.append("ids not 7b01..7b40 in order")
    for r in rows:
        rid, text, post, e = r["id"], r["text"], r["posting"], r["expected"]
        if list(e) != CHECKS:
            errs.append(f"{rid}: expected keys")
        rs = ranges(text)
        for x in e["sections"]:
            if x not in ("education", "experience", "skills"):
                errs.append(f"{rid}: section {x}")
        flat = re.sub(r"[\s+]", "", text).replace("86139", "139")
        has_phone = bool(re.search(r"1[3-9]\d{9}", flat))
        has_mail = bool(re.search(r"[\w.]+@[\w.]+\.\w+", text))
        want = [k for k, ok in (("phone", has_phone), ("email", has_mail)) if not ok]
        if e["contact"] != want:
            errs.append(f"{rid}: contact {e['contact']} vs {want}")
        long = est_lines(text) > 48
        if (e["length"] == ["too_long"]) != long:
            errs.append(f"{rid}: length label vs estimate {est_lines(text)}")
        for x in e["numbers"]:
            if x not in rs:
                errs.append(f"{rid}: numbers {x} not a range in text {rs}")
        for v in e["weak_verbs"]:
            if v not in WEAK or v not in text:
                errs.append(f"{rid}: weak verb {v}")
        if e["weak_verbs"] != sorted(set(e["weak_verbs"])):
            errs.append(f"{rid}: weak verbs not sorted")
        for d in e["dates"]:
            if d == "format":
                continue
            kind, _, rest = d.partition(":")
            if kind == "reversed":
                a, b = rest.split("-")
                if rest not in rs or not a > b:
                    errs.append(f"{rid}: reversed {rest}")
            elif kind == "overlap":
                p, q = rest.split("|")
                if p not in rs or q not in rs or not (q.split("-")[0] < p.split("-")[1]):
                    errs.append(f"{rid}: overlap {rest}")
            else:
                errs.append(f"{rid}: dates {d}")
        for p in e["personal"]:
            if p == "id_number":
                ok = "身份证" in text or re.search(r"\d{17}[\dXx]", text)
            else:
                bare = re.sub(r"[\s\u3000]", "", text)
                ok = any(w in bare for w in PERSONAL[p])
            if not ok:
                errs.append(f"{rid}: personal {p}")
        if e["personal"] != sorted(set(e["personal"])):
            errs.append(f"{rid}: personal not sorted")
        if e["keywords"] and not post:
            errs.append(f"{rid}: keywords without posting")
        for k in e["keywords"]:
            if k != k.lower() or k not in post.lower():
                errs.append(f"{rid}: keyword {k} not in posting")
            if re.fullmatch(r"[a-z+#]+", k):
                if re.search(r"(?<![A-Za-z])" + re.escape(k) + r"(?![A-Za-z0-9])", text, re.I):
                    errs.append(f"{rid}: keyword {k} is in the resume")
            elif squash(k) in squash(text):
                errs.append(f"{rid}: keyword {k} is in the resume")
        if r["pages"] is not None or r["photo"] is not False:
            errs.append(f"{rid}: pages/photo")
    return errs


def main():
    rows = []
    for rid, field, text, posting, exp in R:
        bad = set(exp) - set(CHECKS)
        if bad:
            raise SystemExit(f"{rid}: unknown check {bad}")
        expected = {c: list(exp.get(c, [])) for c in CHECKS}
        rows.append(
            {
                "id": rid,
                "field": field,
                "text": text,
                "posting": posting,
                "pages": None,
                "photo": False,
                "expected": expected,
            }
        )
    errs = check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    counts = {c: sum(len(r["expected"][c]) for r in rows) for c in CHECKS}
    resumes = {c: sum(1 for r in rows if r["expected"][c]) for c in CHECKS}
    clean = sum(1 for r in rows if not any(r["expected"].values()))
    with_post = sum(1 for r in rows if r["posting"])
    print(f"{len(rows)} resumes, {with_post} with a posting, {clean} with no finding")
    for c in CHECKS:
        print(f"  {c:11s} labels {counts[c]:3d}  resumes {resumes[c]:2d}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
