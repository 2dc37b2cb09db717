# ruff: noqa: E501
"""Write resumes_blind8b.jsonl: half (40 resumes) of the eighth blind labelled set, fields outside tech.

Written by hand by the blind8b helper on 2026-12-06 (about 15:48-15:57 UTC) as a careful career adviser
labels them. Read: docs/careers.md from "## How diagnosis works" to the end of the "| check | what fires it |"
table, and the format of resumes_blind5.jsonl / resumes_blind6.jsonl. Never read careers/*.py, the lexicon,
the tests or bench/; never ran the diagnosis. Standard library only. By mistake the writer also read the
module docstring of make_blind6.py (its first 40 lines: that set's labelling conventions, no rule code).

Fields: finance (8b01-8b10), education (8b11-8b20), healthcare (8b21-8b30), business (8b31-8b40).
Label decisions (see the report for the list): an alternative after 或/or is listed when the resume lacks
it; a teacher's certificate names its subject apart (教师资格证（初中数学） shows 数学教师资格证); a level
below the one asked still names the certificate (普通话二级乙等 for 二级甲等), while 英语专业四级 does not
show 英语专业八级; overlapping campus roles or projects beside an internship are not overlaps (only two
internships); dated entries at a hospital are experience.
"""

import json
import re
import sys
from pathlib import Path

WEAK = ["参与", "协助", "帮助", "负责", "配合", "打杂", "接触过", "了解"]
CHECKS = ["sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords"]

R = []


def add(id_, field, text, posting=None, pages=None, **expected):
    exp = {k: list(expected.get(k, [])) for k in CHECKS}
    unknown = set(expected) - set(CHECKS)
    assert not unknown, (id_, unknown)
    R.append(
        {
            "id": id_,
            "field": field,
            "text": text.strip("\n"),
            "posting": posting.strip("\n") if posting else None,
            "pages": pages,
            "photo": False,
            "expected": exp,
        }
    )


# ---------------------------------------------------------------- finance
add(
    "8b01",
    "finance",
    """
林知夏
电话：13900082011 | 邮箱：zhixia.lin@example.com | 求职意向：审计助理
教育背景
2021.09-2025.06  江澜财经大学  会计学（ACCA方向）  本科
GPA 3.7/4.0，主修课程：中级财务会计、审计学、税法、财务管理
实习经历
2024.07-2024.09  衡信会计师事务所（特殊普通合伙）  审计实习生
· 完成 3 家制造业客户的年报审计底稿，编制函证 120 余份
· 监盘存货 2 次，核对出差异金额 40 余万元
2024.01-2024.02  澄江银行滨湖支行  大堂实习生
· 引导客户办理业务，日均接待 60 余人
专业技能
证书：初级会计职称、ACCA（已通过 F1-F5）、英语六级
软件：Excel（VLOOKUP、数据透视表）、Word、金蝶 KIS
""",
    """
审计助理（2025届校招）
岗位职责：
1. 协助项目经理执行年报审计、专项审计等现场工作；
2. 编制审计底稿，执行函证、监盘等程序；
任职要求：
1. 会计、审计、财务管理相关专业，本科及以上学历；
2. 熟练使用 Excel、Word，熟悉用友、金蝶等财务软件；
3. 已通过 CPA 部分科目者优先；
4. 能适应出差，具备良好的沟通能力和团队合作精神。
福利：五险一金、带薪年假、考证奖励
""",
    keywords=["用友", "cpa"],
)

add(
    "8b02",
    "finance",
    """
个人简历
姓  名：周清禾          性  别：女
出生年月：2003.05       籍  贯：安徽安庆
政治面貌：共青团员      电  话：13900082021
邮  箱：qinghe.zhou@example.com
教育背景
2021.09-2025.06   皖江财经学院   金融学   本科
实习经历
2024.07-2024.08   青阳农村商业银行城东支行   柜员实习生
负责协助柜员办理开户、存取款业务，配合网点做好客户引导
2024.01-2024.02   安和证券营业部   客户经理助理
协助客户经理开展“开门红”营销活动，新开户 35 户
校园经历
2022.09-2023.06   学院学生会   外联部干事
为迎新晚会拉取赞助 8000 元
技能证书
银行从业资格（个人理财、法律法规与综合能力）、证券从业资格、计算机二级（MS Office）
""",
    """
柜员（2025 届校园招聘）
岗位职责：办理个人及对公柜面业务，做好客户服务与产品营销。
任职要求：
1. 全日制本科及以上学历，经济、金融、会计类专业优先；
2. 通过银行从业资格考试者优先；
3. 熟练使用 Office 办公软件，具备点钞、传票录入基本技能；
4. 具有良好的服务意识和团队精神。
""",
    numbers=["2024.07-2024.08"],
    weak_verbs=["负责", "协助", "配合"],
    personal=["native_place"],
    keywords=["点钞", "传票录入"],
)

add(
    "8b03",
    "finance",
    """
Zhao Yiran 赵怡然
Mobile: 13900082031 | Email: yiran.zhao@example.com
EDUCATION 教育背景
2023.09-2025.06  东浦大学  金融专业硕士（MF）
2019.09-2023.06  东浦大学  经济学  本科
INTERNSHIP 实习经历
2024.06-2024.09  晨岭证券研究所  固收研究实习生
· 搭建城投债利差数据库，覆盖 2300 余只个券
· 撰写行业周报 12 篇，其中 2 篇被首席分析师采用
2023.12-2024.03  鸿远基金  量化投资实习生
· 用 Python 回测 5 个多因子策略，年化超额收益提升 3.2%
SKILLS 技能
Python、Wind、Stata、Excel VBA
CFA Level II Candidate；英语六级 612
""",
)

add(
    "8b04",
    "finance",
    """
陈嘉禾
男 | 22岁 | 本科 | 现居住 广州
13900082041 | jiahe.chen@example.com
个人信息
民族：汉族    婚姻状况：未婚    户口所在地：广东梅州
求职意向
期望职位：会计/出纳    期望地点：广州    期望薪资：5-6K
教育经历
2021-09 — 2025-06  岭南商学院  财务管理  本科
工作经验
2024.07-2024.10  广州骏程贸易有限公司  会计实习生
工作描述：录入记账凭证 600 余张，编制月度银行余额调节表 4 份
2024-01 — 2024-02  穗安税务师事务所  税务助理实习生
工作描述：为 20 家小规模纳税人完成增值税申报
技能
用友 U8、金蝶云星空、Excel、初级会计职称
""",
    dates=["format"],
    personal=["ethnicity", "marital", "native_place"],
)

add(
    "8b05",
    "finance",
    """
吴一鸣   电话：13900082051
教育背景
2022.09-2025.06  闽海职业技术学院  大数据与会计  大专
实习经历
2024.09-2025.01  厦门嘉禾物流有限公司  财务实习生
整理报销单据 1500 余张，核对应付账款差异 30 笔
校园经历
2023.03-2024.06  会计协会  副会长
组织点钞、传票翻打比赛 2 场，参赛 180 人
自我评价
性格开朗，做事细心，有较强的学习能力和抗压能力。
""",
    sections=["skills"],
    contact=["email"],
)

add(
    "8b06",
    "finance",
    """
方若溪
手机：13900082061  邮箱：ruoxi.fang@example.com
求职意向：税务专员
【教育背景】
2021.09-2025.06  沪东财经大学  税收学  本科
【实习经历】
2024.06-2024.09  立诚财税咨询有限公司  税务实习生
· 完成 45 家企业所得税汇算清缴底稿
· 整理研发费用加计扣除资料，涉及金额 1200 万元
2024.08-2024.12  瀚海电子（上海）有限公司  财务部实习生
· 每月开具增值税发票 300 余张，全年无差错
【技能证书】
初级会计职称｜英语六级｜Excel、金税系统
""",
    """
税务专员
岗位职责：负责公司增值税、企业所得税的月度及年度申报；对接税务机关，维护税企关系。
任职要求：
1. 财务、税务相关专业本科及以上；
2. 持有税务师或 CPA 证书者优先，需持有初级会计职称；
3. 熟悉金税系统、电子税务局操作，熟练使用 Excel、SAP；
4. 工作细致，有责任心。
""",
    dates=["overlap:2024.06-2024.09|2024.08-2024.12"],
    keywords=["税务师", "cpa", "电子税务局", "sap"],
)

add(
    "8b07",
    "finance",
    """
钱沐辰
手机：13900082071
邮箱：muchen.qian@example.com
求职意向：投资银行部分析师 / 行业研究员
现居：上海
教育背景
2022.09-2025.06  申江大学  金融学  硕士
研究方向：公司金融、并购重组
主修课程：高级公司金融、固定收益证券、金融计量学、衍生品定价
2018.09-2022.06  申江大学  会计学  本科
GPA 3.82/4.00，专业排名 5/126
实习经历
2024.09-2024.12  曜石证券投资银行部  IBD 实习生
· 参与某新能源企业上市项目，撰写招股书业务与技术章节初稿
· 整理可比公司估值表，覆盖 18 家 A 股及港股公司
· 核查银行流水 2000 余笔，出具核查底稿 6 份
2024.05-2024.08  青衡资本  行业研究实习生
· 跟踪锂电池产业链，撰写深度报告 2 篇、点评 15 篇
· 搭建行业景气度模型，覆盖上游 12 个品种价格
2023.10-2024.01  鼎盛会计师事务所  审计实习生
· 执行 3 家上市公司年报审计的货币资金、应收账款科目
· 发出并跟进函证 260 份，回函率提升至 95%
2023.06-2023.08  申江农商银行  公司业务部实习生
· 协助客户经理整理授信材料
· 撰写贷后检查报告
项目经历
2023.03-2023.12  长三角制造业企业并购绩效研究（校级课题）
· 收集近八年 340 起并购事件数据
· 用 Stata 做事件研究，论文获校级优秀课题
2021.09-2022.05  本科毕业论文：研发费用资本化与盈余管理
· 手工收集 1200 个公司年度样本，检验结果稳健
校园经历
2022.09-2023.06  研究生会  学术部部长
· 组织学术沙龙 10 场，累计到场 600 余人次
2019.09-2021.06  校投资协会  会员部干事
· 运营模拟炒股大赛，报名人数从 150 人增加到 420 人
荣誉奖项
2024.10  研究生国家奖学金
2023.10  校一等学业奖学金
2021.05  全国大学生金融精英挑战赛 二等奖
2020.11  校优秀学生干部
2020.10  校二等奖学金
2019.12  新生辩论赛 最佳辩手
技能证书
CPA：已通过会计、审计、财务成本管理、税法 4 门
CFA：Level I 已通过
证券从业资格、基金从业资格
英语：CET-6 598，雅思 7.0
软件：Wind、Choice、Excel、PowerPoint、Python、Stata
自我评价
对资本市场有浓厚兴趣，具备扎实的财务分析与估值建模能力；
抗压能力强，能适应高强度工作节奏；
沟通表达清晰，擅长团队协作。
兴趣爱好
长跑（完成 2 次半程马拉松）、围棋、财经类播客
""",
    length=["too_long"],
    numbers=["2023.06-2023.08"],
    weak_verbs=["参与", "协助"],
)

add(
    "8b08",
    "finance",
    """
HUANG Siqi 黄思琪
Tel: 13900082081 · Email: siqi.huang@example.com · Shenzhen
Education 教育背景
Sep 2021 - Jun 2025  Nanhai University of Finance 南海财经大学  BA Accounting 会计学（ACCA 方向）
Internship 实习经历
Jul 2024 - Sep 2024  Harbourview Certified Accountants 港景会计师事务所  Audit Intern
- Tested 150 revenue vouchers for 2 manufacturing clients
- Drafted bank confirmation letters for 40 accounts
Jan 2024 - Feb 2024  Meridian Trading Co. 子午贸易  Finance Intern
- Reconciled 12 bank accounts each month and cut month-end close from 6 days to 4 days
Skills 技能
Excel (pivot tables, VLOOKUP), IFRS, CAS
ACCA: passed 9 papers; IELTS 7.5
""",
    """
Audit Associate - Graduate Program 2025
Key responsibilities:
- Perform audit procedures for listed and multinational clients
- Prepare working papers and communicate findings to seniors
Requirements:
- Bachelor's degree in Accounting, Finance or related majors
- Proficient in Excel; experience with SAP or Oracle is a plus
- Familiar with IFRS and CAS
- Progress towards ACCA or CPA qualification
- Fluent English, willing to travel
""",
    keywords=["sap", "oracle", "cpa"],
)

add(
    "8b09",
    "finance",
    """
【个人信息】
姓名：孙若愚  |  电话：13900082091  |  邮箱：ruoyu.sun@example.com
【教育背景】
2020.09-2024.06  北川财经学院  投资学  本科
【实习经历】
2023.09-2023.07  宏泰期货有限公司  研究所实习生
撰写农产品期货日报，跟踪豆粕、玉米价格走势
2024.02-2024.05  北川农村商业银行  零售业务部实习生
协助客户经理电话回访存量客户 800 余户
【专业技能】
Excel、Wind、同花顺 iFinD、期货从业资格
""",
    numbers=["2023.09-2023.07"],
    weak_verbs=["协助"],
    dates=["reversed:2023.09-2023.07"],
)

add(
    "8b10",
    "finance",
    """
姓名：郑晓雯
联系电话：13900082101
电子邮箱：xiaowen.zheng@example.com
求职意向：出纳 / 财务助理
教育背景
2022.09-2025.06  江城商贸职业学院  大数据与会计  大专
主修课程：基础会计、财务会计实务、出纳实务、纳税实务、会计信息化
技能证书
初级会计职称（2024 年取得）
计算机一级（MS Office）
熟练使用 Excel、用友 T3
获奖情况
2023 年全国职业院校技能大赛（会计技能赛项）省赛 三等奖
2024 年 学院一等奖学金
自我评价
踏实细心，对数字敏感，愿意从基础岗位做起。
""",
    """
出纳（应届生可）
岗位职责：
1. 负责现金收付、银行结算及票据管理；
2. 登记现金日记账和银行存款日记账；
任职要求：
1. 财会相关专业，大专及以上学历；
2. 持有初级会计职称；
3. 熟悉用友、金蝶财务软件，会用 Excel、网银；
4. 为人正直，工作认真细致。
福利待遇：双休，五险一金，餐补
""",
    sections=["experience"],
    keywords=["金蝶", "网银"],
)

# ---------------------------------------------------------------- education
add(
    "8b11",
    "education",
    """
许清越
电话：13900082111  邮箱：qingyue.xu@example.com
求职意向：初中数学教师
教育背景
2021.09-2025.06  湘中师范大学  数学与应用数学（师范）  本科
教育实习经历
2024.09-2024.12  湘中师范大学附属实验中学  初二数学实习教师
· 独立讲授新课 24 节，公开课获指导教师评分 92 分
· 批改作业 1200 余份，所带班级期中均分提高 6.5 分
校园经历
2022.09-2023.06  数学与统计学院学生会学习部  部长
· 组织“数学学习互助”活动 16 次，覆盖 300 余人
技能证书
教师资格证（初中数学）、普通话二级甲等
PPT、几何画板、Excel
""",
    """
初中数学教师（2025 年校园招聘）
岗位职责：承担初中数学学科教学工作，做好备课、上课、作业批改、辅导等常规工作；参加教研活动。
任职要求：
1. 数学相关专业，全日制本科及以上学历；
2. 持有初中及以上数学教师资格证，普通话二级乙等及以上；
3. 熟悉希沃白板、几何画板等教学软件，会用 PPT 制作课件；
4. 热爱教育事业，有耐心和亲和力。
待遇：五险一金，寒暑假带薪
""",
    keywords=["希沃白板"],
)

add(
    "8b12",
    "education",
    """
何念慈的简历
基本信息
姓名：何念慈    性别：女    出生年月：2002年11月
籍贯：四川南充    政治面貌：中共党员
手机：13900082121    邮箱：nianci.he@example.com
教育背景
2021年9月-2025年6月  蜀南师范学院  英语（师范）  本科
实践经历
2023年7月-2023年8月  南充市博雅培训学校  英语助教
负责初中英语小班的作业批改，配合主讲老师管理课堂纪律
2024年3月-2024年6月  南充市第五中学  教育实习（高一英语）
协助班主任组织班会，帮助学困生制定背单词计划，所教班级单词测试平均分从 61 分提高到 78 分
技能特长
英语专业八级、教师资格证（高中英语）、普通话二级甲等、Office
""",
    numbers=["2023.07-2023.08"],
    weak_verbs=["负责", "配合", "协助", "帮助"],
    personal=["native_place"],
)

add(
    "8b13",
    "education",
    """
◆ 基本信息
杨小满 | 13900082131 | xiaoman.yang@example.com | 意向：幼儿园教师
◆ 教育经历
2022.09-2025.06  青川幼儿师范高等专科学校  学前教育  大专
◆ 实习经历
2024.09-2025.01  青川市实验幼儿园  中班实习教师
· 设计并组织集体教学活动 30 个，其中 2 个被选为园内观摩课
· 创设班级区角 4 个，家长满意度调查达到 96%
◆ 校园活动
2023.03-2023.12  院舞蹈团  队长
· 带队排练原创舞蹈 3 支，获省大学生艺术展演二等奖
◆ 技能证书
幼儿园教师资格证、普通话二级甲等、钢琴八级
舞蹈、简笔画、手工制作
""",
)

add(
    "8b14",
    "education",
    """
🌟 个人简历
姓名：邓一川
📱 13900082141   ✉️ yichuan.deng@example.com
🎯 求职意向：小学语文老师 / 课程顾问
💼 工作经历
2023.07-2024.06  星火教育科技有限公司  小学语文辅导老师
· 每学期带班 5 个，续班率从 60% 提升到 82%
· 撰写阅读课讲义 40 讲，被校区统一采用
2024.07-2025.02  知行少儿口才培训中心  课程顾问
· 接待试听家长 260 余组，签单 58 单
🛠 技能证书
教师资格证（小学语文）、普通话一级乙等
PPT、剪映、Excel
""",
    sections=["education"],
)

add(
    "8b15",
    "education",
    """
罗思源
手机 13900082151 ｜ 邮箱 siyuan.luo@example.com
教育背景
2022.09-2025.06  江北师范大学  汉语言文学  硕士
2018.09-2022.06  江北师范大学  汉语言文学（师范）  本科
实习经历
2023.09-2024.01  博思教育  高中语文兼职教师
- 带高二一对一学员 6 名，期末作文平均分提高 7 分
2023.12-2024.06  云课堂在线教育  语文学科教研实习生
- 按新高考语文考纲编写阅读理解专题讲义 12 讲，录制微课 20 节
技能
教师资格证（高中语文）｜普通话一级乙等｜Office、剪映
""",
    """
高中语文学科老师（全职/应届）
【岗位职责】
1. 负责高中语文线上大班课的授课与答疑；
2. 参与课程研发、讲义编写；
【任职要求】
1. 汉语言文学等相关专业，硕士优先；
2. 持有高中语文教师资格证，普通话二级甲等及以上；
3. 熟悉新高考语文考纲，会用 ClassIn、腾讯会议等直播工具；
4. 镜头感好，表达有感染力。
【福利】六险一金、免费午餐、带薪年假
""",
    dates=["overlap:2023.09-2024.01|2023.12-2024.06"],
    keywords=["classin", "腾讯会议"],
)

add(
    "8b16",
    "education",
    """
唐沐晴
邮箱：muqing.tang@example.com
微信：tmq_2003
教育背景
2021年9月 - 2025年6月  楚南师范大学  小学教育  本科
实习经历
2024.03-2024.06  楚南市解放路小学  三年级语文实习教师
执教公开课 3 节，指导 12 名学生参加市作文比赛，4 人获奖
支教经历
2023.07-2023.08  湘西凤溪镇中心小学  暑期支教
为 45 名留守儿童开设阅读课和美术课
技能
教师资格证（小学语文）、普通话二级甲等、PPT、希沃白板
""",
    contact=["phone"],
    dates=["format"],
)

add(
    "8b17",
    "education",
    """
个人信息
姓名：马晓玲
性别：女          民族：回族
出生年月：2003.03          婚姻状况：未婚
电话：13900082171          邮箱：xiaoling.ma@example.com
教育背景
2021.09-2025.06   宁川师范学院   物理学（师范）   本科
主修课程：普通物理、理论力学、电动力学、物理教学论、教育心理学
专业技能
教师资格证（高中物理）、普通话二级甲等
熟练使用 PPT、Excel、几何画板、NOBOOK 虚拟实验
荣誉证书
2023.10  校级二等奖学金
2024.05  师范生教学技能大赛 校级一等奖
自我评价
性格沉稳，热爱物理教学，乐于与学生沟通。
""",
    sections=["experience"],
    personal=["ethnicity", "marital"],
)

add(
    "8b18",
    "education",
    """
韩语桐
13900082181 | yutong.han@example.com | 求职：小学英语教师
教育背景 | 2021.09-2025.06 东临师范大学 英语（师范） 本科
教育实习 | 2024.09-2024.11 东临市实验小学 四年级英语
- 上新授课 18 节，设计英语绘本阅读活动 6 次
- 所带班级单元测试优秀率从 35% 提高到 52%
学生工作 | 2022.09-2024.06 外国语学院团委宣传部 副部长
- 运营学院公众号，推文 80 余篇，阅读量最高 5200
技能证书 | 教师资格证（小学英语）、英语专业四级、普通话二级乙等、多媒体课件制作
""",
    """
东临市某区 2025 年公开招聘小学英语教师公告（节选）
报考条件：
（一）全日制本科及以上学历，英语、英语教育等相关专业；
（二）取得小学及以上英语学科教师资格证；
（三）普通话水平二级甲等及以上；
（四）具有英语专业八级证书者优先；
（五）熟悉 PEP 教材，能运用多媒体开展教学。
待遇：纳入事业编制，享受当地教师同等待遇。
""",
    keywords=["英语专业八级", "pep"],
)

add(
    "8b19",
    "education",
    """
贾予安
13900082191 · yuan.jia@example.com
教育背景
2021.09-2025.06  西江师范大学  教育技术学  本科
实习经历
2024.07-2024.10  乐学在线（教育科技）  课程运营实习生
  搭建暑期编程训练营社群 8 个，完课率从 41% 提高到 67%
2024.01-2024.03  西江市电化教育馆  微课制作实习生
  制作中小学微课视频，完成后期剪辑与字幕
项目经历
2023.03-2023.12  基于雨课堂的混合式教学效果研究（大创项目）
  发放问卷 412 份，结论被学院教学改革采纳
技能
Premiere、剪映、Articulate Storyline、SPSS、Python 基础
""",
    pages=2,
    length=["too_long"],
    numbers=["2024.01-2024.03"],
)

add(
    "8b20",
    "education",
    """
LIU Xinyi 刘欣怡
Hangzhou | +86 13900082201 | xinyi.liu@example.com
EDUCATION
Sep 2021 - Jun 2025   Qiantang Normal University   B.A. in English (Teacher Education)
TEACHING EXPERIENCE
Jul 2024 - Aug 2024   Bright Owl English Centre, Hangzhou   Teaching Assistant
• Co-taught 4 summer camp groups of 12 kids each using Cambridge YLE materials
• Raised the average Starters mock score from 9 shields to 12 shields
Mar 2024 - Jun 2024   Qiantang No.2 Middle School   Student Teacher (Grade 8)
• Delivered 20 lessons and ran online review sessions on Zoom
• Designed KET and PET reading worksheets for 45 students
SKILLS & CERTIFICATES
TEFL (120 hours), IELTS 7.5, Teacher Qualification Certificate (Junior Middle School English)
PowerPoint, Canva, Zoom
""",
    """
ESL Teacher (Kids & Teens) - Fresh Graduates Welcome
About the role:
Teach small-group English classes to students aged 6-15 at our Hangzhou centres.
Requirements:
- Bachelor's degree in English, Education or Linguistics
- TEFL or TESOL certificate (120 hours)
- IELTS 7.0 or TEM-8
- Familiar with Cambridge YLE and KET/PET exam formats
- Comfortable using Zoom and Google Classroom
Benefits: 5-day week, paid training, social insurance
""",
    keywords=["tesol", "tem-8", "google classroom"],
)

# ---------------------------------------------------------------- healthcare
add(
    "8b21",
    "healthcare",
    """
宋婉清
电话：13900082211   邮箱：wanqing.song@example.com
求职意向：临床护士
教育背景
2021.09-2025.06  滨海医科大学  护理学  本科
临床实习
2024.07-2025.04  滨海市第一人民医院  实习护士
· 轮转心内科、普外科、ICU、急诊科等 9 个科室
· 独立完成静脉输液 600 余例，穿刺一次成功率 95%
· 参与危重患者护理 30 余例，书写护理病历 50 份
校园经历
2022.09-2023.06  护理学院青年志愿者协会  会长
· 组织社区健康宣教 12 场，服务居民 800 余人次
技能证书
护士执业资格考试（已通过）、BLS 基础生命支持证书、英语四级
熟练掌握静脉留置针穿刺、心电监护、吸痰等护理操作
""",
    """
护士（2025 届应届毕业生）
岗位职责：按照护理常规完成病区患者的基础护理和专科护理，执行医嘱，做好护理记录。
任职要求：
1. 全日制护理学专业大专及以上学历；
2. 已取得护士执业资格或已通过护士执业资格考试；
3. 持有 BLS 证书，熟悉 PICC 维护、心电监护；
4. 有 ICU 或急诊轮转经历者优先；
5. 能适应倒班，有爱心和责任心。
待遇：五险一金、夜班补贴、规范化培训
""",
    weak_verbs=["参与"],
    keywords=["picc"],
)

add(
    "8b22",
    "healthcare",
    """
简  历
姓名：钟予宁        性别：男
身份证号：110105200304123456
手机：13900082221   邮箱：yuning.zhong@example.com
求职意向：药师 / 药品质量管理
教育背景
2021.09-2025.06   岭西药科大学   药学   本科
实习经历
2024.07-2024.12   岭西市中心医院药剂科   实习药师
在门诊药房负责处方调配与审核，协助药师开展用药咨询
2024.01-2024.02   康宁大药房连锁有限公司   店员实习生
整理药品陈列，参与 GSP 认证迎检，门店近效期药品损耗下降 30%
专业技能
熟悉《药品管理法》和 GSP 规范；会用 HIS 系统；英语六级
""",
    numbers=["2024.07-2024.12"],
    weak_verbs=["负责", "协助", "参与"],
    personal=["id_number"],
)

add(
    "8b23",
    "healthcare",
    """
姓名：彭浩然  |  手机：13900082231  |  邮箱：haoran.peng@example.com
求职意向：医疗器械销售代表
教育背景
2021.09-2025.06  中原医学院  生物医学工程  本科
实习经历
2024.06-2024.09  康维医疗器械（河南）有限公司  销售助理实习生
- 陪同销售经理拜访三甲医院检验科 20 余家，整理客户档案 150 份
- 协助完成 2 场新品学术推广会，到场医生 120 人
社会实践
2023.07-2023.08  中原市第二人民医院  设备科志愿者
- 统计科室设备维修记录 300 余条
荣誉
2023.11  校级三好学生
""",
    """
医疗器械销售代表（河南区域）
工作职责：
1. 负责区域内医院客户的开发与维护，完成销售指标；
2. 组织科室会、学术推广活动；
任职要求：
1. 医学、生物医学工程、药学等相关专业；
2. 了解 IVD 产品者优先；
3. 会用 Excel、PPT，有 CRM 使用经验；
4. 能适应出差。
薪资：底薪+提成，季度奖金
""",
    sections=["skills"],
    weak_verbs=["协助"],
    keywords=["ivd", "excel", "ppt", "crm"],
)

add(
    "8b24",
    "healthcare",
    """
==== 个人信息 ====
覃晓雨  女  护理专业应届生
电话 13900082241  邮箱 xiaoyu.qin@example.com
==== 教育背景 ====
2022.09-2025.06  桂中卫生职业技术学院  护理  大专
==== 实习经历 ====
2024.06-2025.03  桂中市人民医院  实习护士
· 先后在内科、外科、妇产科、儿科等 8 个科室轮转
· 完成肌肉注射、静脉输液等基础操作 900 余次，未发生护理差错
==== 技能证书 ====
护士执业资格考试成绩合格、BLS 证书
熟练掌握生命体征测量、导尿、鼻饲等操作
""",
    """
护士（社会招聘/应届均可）
要求：
1. 护理专业大专及以上学历；
2. 已取得护士执业资格或通过护士执业资格考试；
3. 持有 BLS 证书者优先；
4. 能适应三班倒。
""",
)

add(
    "8b25",
    "healthcare",
    """
曹一诺
📞 13900082251  📧 yinuo.cao@example.com
🎓 教育背景
2021.09-2025.06  江南药科大学  药物制剂  本科
💊 实习经历
2024.03-2024.07  瑞康制药股份有限公司  QC 实习生
· 完成原辅料 HPLC 检测 160 批次，检测报告一次通过率 98%
2024.06-2024.09  江南大学附属医院药学部  临床药学实习生
· 参加查房 40 余次，完成药历 15 份
🔬 科研经历
2023.09-2024.05  缓释微球制剂的处方优化（毕业设计）
· 包封率从 62% 提高到 85%
🧰 技能
HPLC、紫外分光光度法、Origin、ChemDraw
""",
    dates=["overlap:2024.03-2024.07|2024.06-2024.09"],
)

add(
    "8b26",
    "healthcare",
    """
付雅琴
手机：13900082261 | 邮箱：yaqin.fu@example.com
教育背景
2022.09-2025.06  华东药科大学  临床药学  硕士
2018.09-2022.06  华东药科大学  药学  本科
实习经历
24.07-24.10  辉岳医药（中国）有限公司  医学事务部实习生
- 整理肿瘤领域文献 200 余篇，制作医学幻灯 6 套
2023.11-2024.02  华东市第三人民医院  临床药师助理
- 参与抗菌药物处方点评，点评处方 1500 张
科研经历
2022.10-2024.12  PD-1 抑制剂免疫相关不良反应的真实世界研究
- 收集病例 326 例，以第一作者发表 SCI 论文 1 篇
技能
SPSS、R、EndNote、GraphPad Prism、英语六级
""",
    """
医学信息沟通专员 - 肿瘤线
职责：向临床专家传递产品学术信息，支持研究者发起的临床研究。
要求：
1. 医学、药学硕士及以上学历；
2. 熟悉 GCP 及临床试验流程，掌握 SPSS 或 R 统计分析；
3. 英语六级，能阅读英文文献；
4. 逻辑思维强，善于沟通。
""",
    weak_verbs=["参与"],
    dates=["format"],
    keywords=["gcp", "临床试验"],
)

add(
    "8b27",
    "healthcare",
    """
高俊熙
E-mail：junxi.gao@example.com
户籍：山东临沂    现居：济南
教育背景
2022.09-2025.06  齐鲁医药职业学院  药品经营与管理  大专
实习经历
2024.07-2025.01  济康大药房连锁  储备店长实习生
· 门店月销售额从 18 万元提升到 23 万元
· 新增会员 420 人
校园经历
2023.03-2024.06  学院青年志愿者协会  干事
· 参加社区义诊活动 10 次
自我评价
吃苦耐劳，善于与顾客沟通。
""",
    sections=["skills"],
    contact=["phone"],
    personal=["native_place"],
)

add(
    "8b28",
    "healthcare",
    """
黎书言
电话：13900082281
邮箱：shuyan.li@example.com
教育背景
2020.09-2024.06  西陵药科大学  药学  本科
实习经历
2023.07-2023.12  百川生物制药有限公司  QA 实习生
· 审核批生产记录 240 份，发现偏差 9 项并推动关闭
· 编写 SOP 6 份，年度内审不符合项从 14 项降到 5 项
项目经历
2022.09-2023.06  阿司匹林肠溶片溶出度一致性评价（课程项目）
· 完成 3 条溶出曲线测定，相似因子 f2 均大于 50
专业技能
GMP、SOP 编写、HPLC、偏差管理、Excel、Word
""",
    """
QA 专员（药品生产）
岗位职责：负责批记录审核、偏差与变更管理，参与内审和外部检查。
任职要求：
1. 药学、制药工程相关专业本科；
2. 熟悉 GMP，掌握 HPLC；
3. 熟练使用 Excel、Word；
4. 工作严谨，原则性强。
""",
)

add(
    "8b29",
    "healthcare",
    """
Zhou Mingyu 周明宇
13900082291 | mingyu.zhou@example.com | Shanghai
Education 教育背景
2021.09-2025.06  申南理工大学  Biomedical Engineering 生物医学工程  本科
Internship 实习经历
2024.07-2024.09  Orion Medical Devices (Shanghai) 奥瑞医疗  Sales Intern
- Followed senior reps on hospital visits and prepared product brochures
- Updated customer contact lists in Excel
2023.07-2023.08  申南市第六人民医院 骨科  科室见习
- Observed 25 joint replacement surgeries and learned the instruments used
Skills 技能
Excel, PowerPoint, SolidWorks, CET-6
""",
    """
Medical Sales Representative (Orthopedics) - Graduate
Responsibilities:
- Promote orthopedic implants to surgeons in assigned hospitals
- Support product training and surgery follow-up
Requirements:
- Bachelor's degree in Biomedical Engineering, Nursing or related field
- Proficient in Excel and PowerPoint; experience with Salesforce is a plus
- Knowledge of NMPA registration and hospital tendering
- Good English; willing to travel
""",
    numbers=["2024.07-2024.09"],
    keywords=["salesforce", "nmpa"],
)

add(
    "8b30",
    "healthcare",
    """
个人简历
姓名：白若兰
联系电话：13900082301
电子邮箱：ruolan.bai@example.com
求职意向：护士
实习经历
2023.07-2024.03  临江市人民医院  实习护士
负责病区患者的生命体征测量和基础护理，协助护士长整理护理文书
2024.05-2025.02  康和护理院  护理员
照护失能老人 12 位，所护理老人全年压疮零发生
证书
护士执业资格证、BLS
技能
静脉输液、心肺复苏、Word
""",
    sections=["education"],
    numbers=["2023.07-2024.03"],
    weak_verbs=["负责", "协助"],
)

# ---------------------------------------------------------------- business
add(
    "8b31",
    "business",
    """
章可馨
13900082311 ｜ kexin.zhang@example.com ｜ 杭州
求职意向：电商运营专员
教育背景
2021.09-2025.06  钱江商学院  电子商务  本科
实习经历
2024.07-2024.12  悦衣服饰旗舰店（天猫）  店铺运营实习生
· 策划“双11”预售活动 3 场，店铺 GMV 同比增长 46%
· 优化 60 个商品主图和标题，点击率从 2.1% 提升到 3.4%
2024.03-2024.06  青禾食品抖音小店  直播运营助理
· 搭建直播间排品表，场均观看从 8000 提升到 2.3 万
技能
淘宝/天猫后台、抖店、Excel（VLOOKUP、数据透视表）、Photoshop
""",
    """
电商运营专员（天猫/京东）
岗位职责：
1. 负责店铺日常运营，商品上下架、活动报名；
2. 分析店铺数据，制定推广方案；
任职要求：
1. 电子商务、市场营销相关专业；
2. 熟悉天猫、京东平台规则，会用生意参谋、京东商智；
3. 熟练使用 Excel，有直通车、引力魔方投放经验优先；
4. 对数据敏感，抗压能力强。
福利：年终奖、团建、节日福利
""",
    keywords=["京东", "生意参谋", "京东商智", "直通车", "引力魔方"],
)

add(
    "8b32",
    "business",
    """
【基本资料】
姓名：金语嫣   性别：女   生源地：浙江温州
手机：13900082321   邮箱：yuyan.jin@example.com
【教育经历】
2021.09-2025.06   温江学院   市场营销   本科
【实习经历】
2024.07-2024.09   拾光文化传媒有限公司   新媒体运营实习生
负责小红书账号日常内容发布，参与选题会，配合设计完成海报
2024.10-2024.12   温州雅居家具有限公司   市场部实习生
协助策划门店周年庆活动，活动期间到店客流增加 35%
【校园经历】
2022.09-2023.06   校广播台   编辑
撰写校园新闻稿，策划读书分享专题节目
【技能】
小红书、公众号排版（秀米）、Canva、Excel
""",
    numbers=["2024.07-2024.09", "2022.09-2023.06"],
    weak_verbs=["负责", "参与", "配合", "协助"],
    personal=["native_place"],
)

add(
    "8b33",
    "business",
    """
姓名：卢思彤
性别：女    年龄：23    婚姻状况：未婚
手机：13900082331    邮箱：sitong.lu@example.com
求职意向：人力资源专员（招聘方向）
教育背景
2021.09-2025.06  北岸大学  人力资源管理  本科
实习经历
2024.06-2024.09  嘉途物流集团  招聘实习生
· 筛选简历 1500 余份，邀约面试 210 人，到面率从 38% 提高到 55%
· 组织 2 场校园宣讲会
2024.10-2025.01  衡远咨询  薪酬福利实习生
· 核算 300 人的月度考勤与社保明细
技能证书
人力资源管理师（四级）、英语四级
Excel（VLOOKUP、SUMIFS）、PPT
熟悉社保公积金政策
""",
    """
HR 专员（招聘方向）
岗位职责：
1. 负责校园招聘、社会招聘全流程；
2. 维护招聘渠道，统计招聘数据；
任职要求：
1. 人力资源管理相关专业；
2. 熟悉《劳动合同法》及社保公积金政策；
3. 熟练使用 Excel、PPT，有 Moka 或北森系统使用经验者优先；
4. 持有人力资源管理师证书者优先；
5. 亲和力强，沟通表达好。
""",
    personal=["marital"],
    keywords=["劳动合同法", "moka", "北森"],
)

add(
    "8b34",
    "business",
    """
任嘉言 | 物流管理 | 13900082341 | jiayan.ren@example.com
教育背景
2021.09-2025.06  津海交通大学  物流管理  本科
实习经历
2024.7-2024.9  顺远供应链管理有限公司  仓储运营实习生
- 用 WMS 盘点库位 3200 个，库存准确率从 97.2% 提高到 99.6%
2025.01-2025.03  津港国际货运代理有限公司  操作实习生
- 处理海运出口订单 180 票，单证零差错
项目经历
2023.10-2024.05  基于遗传算法的城配路径优化（毕业设计）
- 配送总里程减少 12.5%
技能
WMS、Excel、Python、Flexsim
""",
    """
物流运营管培生
岗位职责：仓储、运输环节的运营管理与数据分析，轮岗 12 个月。
任职要求：
1. 物流管理、供应链管理相关专业；
2. 熟悉 WMS、TMS 系统，会用 SAP；
3. 熟练使用 Excel，掌握数据透视表，会 Power BI 者优先；
4. 能适应仓库现场工作环境。
福利：包住宿、管培生专项培养计划
""",
    dates=["format"],
    keywords=["tms", "sap", "数据透视表", "power bi"],
)

add(
    "8b35",
    "business",
    """
Sophia Xie 谢思雨
13900082351 | sophia.xie@example.com
EDUCATION 教育背景
2021.09-2025.06  Pearl River University 珠江大学  市场营销  本科
EXPERIENCE 实习经历
2024.07-2024.10  Lumi Cosmetics 露米化妆品  Brand Marketing Intern
· 策划小红书达人合作 40 次，笔记总曝光 320 万
· 整理竞品价格带，产出月度竞品报告 4 份
2024.01-2024.03  Asterix Research 星辰市场研究  Research Intern
· 完成消费者问卷 1200 份的数据清洗与交叉分析
SKILLS 技能
SPSS、Excel、PowerPoint、Canva
English: IELTS 7.0
""",
)

add(
    "8b36",
    "business",
    """
冯子墨
手机：13900082361
邮箱：zimo.feng@example.com
教育背景
2020.09-2024.06  粤东外语外贸学院  国际经济与贸易  本科
工作经历
2024.07-2025.03  深圳跨越电子商务有限公司  亚马逊运营助理
维护美国站 Listing，回复买家邮件，跟进 FBA 补货
2023.09-2024.01  深圳跨越电子商务有限公司  运营实习生
上新产品 45 个，其中 2 个进入类目前 100 名
自我评价
英语流利，学习能力强，能接受加班。
""",
    sections=["skills"],
    numbers=["2024.07-2025.03"],
)

add(
    "8b37",
    "business",
    """
简历
姓名：蒋天佑    电话：13900082371
求职意向：采购助理 / 供应链专员
教育背景
2021.09-2025.06  临川工商学院  供应链管理  本科
实习经历
2025.03-2024.12  恒达电器股份有限公司  采购部实习生
· 整理 60 家供应商的报价，帮助采购员完成比价
2024.06-2024.08  临川优选超市  门店运营实习生
· 调整生鲜订货量，损耗率从 6% 降到 4%
技能
SAP MM 模块、Excel、英语四级
""",
    contact=["email"],
    weak_verbs=["帮助"],
    dates=["reversed:2025.03-2024.12"],
)

add(
    "8b38",
    "business",
    """
韦清扬
电话：13900082381  邮箱：qingyang.wei@example.com
求职意向：人事助理
教育背景
2021.09-2025.06  邕江学院  人力资源管理  本科
主修课程：组织行为学、招聘与配置、薪酬管理、绩效管理、劳动法
技能
熟练使用 Excel、Word、PPT
持有人力资源管理师（四级）证书
英语四级
荣誉
2023.10  校级优秀学生干部
2024.10  校级三等奖学金
自我评价
做事细致，有亲和力，善于沟通，能快速适应新环境。
""",
    """
人事助理
岗位职责：
1. 负责员工入转调离手续办理及人事档案管理；
2. 协助完成考勤统计、社保公积金增减员；
任职要求：
1. 大专及以上学历，人力资源管理相关专业，应届生亦可；
2. 熟练使用 Excel、Word，熟悉钉钉考勤；
3. 了解《劳动法》及相关法规；
4. 工作细心，有保密意识。
""",
    sections=["experience"],
    keywords=["钉钉"],
)

add(
    "8b39",
    "business",
    """
姓名：欧阳澈
电话：13900082391 | 邮箱：che.ouyang@example.com
教育背景
2021.09-2025.06  东湖经贸大学  市场营销  本科
实习经历
2024.07-2024.10  星河乳业有限公司  市场部实习生
· 统计 30 个城市终端的促销数据，用 Excel 制作周报
· 策划校园推广活动 5 场，新品试饮 6000 余杯
2024.01-2024.03  云图咨询  市场调研实习生
· 设计问卷并用 SPSS 做聚类分析，回收有效问卷 820 份
技能
Excel、SPSS（数据分析）、PPT、Xmind
""",
    """
市场专员（快消）
岗位职责：执行品牌推广活动，收集市场及竞品信息，撰写活动总结。
任职要求：
1. 市场营销相关专业本科；
2. 熟练使用 Excel、PPT，会用 SPSS 做数据分析；
3. 有快消行业实习经历优先；
4. 执行力强，能适应出差。
""",
)

add(
    "8b40",
    "business",
    """
石一凡 男 民族：汉 电话13900082401 邮箱yifan.shi@example.com 教育背景：2021.09-2025.06 黔中商学院 物流管理 本科。实习经历：2024.07-2024.09 黔货通快递分拨中心 运营助理，协助主管排班，负责异常件登记；2024.10-2024.12 山野优品网店 客服实习生，日均接待咨询 150 人次，差评率下降一半。技能：Excel、ERP 系统、普通话二级甲等。
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["协助", "负责"],
    personal=["ethnicity"],
)


# ---------------------------------------------------------------- self-check and write
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    )
}
YM = r"(\d{4}|\d{2})\s*(?:[./\-]|年)\s*(\d{1,2})月?"
RANGE = re.compile(YM + r"\s*(?:-|–|—|~|至)\s*" + YM)
EN_RANGE = re.compile(r"([A-Z][a-z]{2}) (\d{4})\s*[-–]\s*([A-Z][a-z]{2}) (\d{4})")
PERSONAL_WORDS = {
    "native_place": ["籍", "户", "生源地", "出生地"],
    "ethnicity": ["民族"],
    "marital": ["婚"],
    "id_number": ["身份证"],
}


def year(y):
    return int(y) + 2000 if len(y) == 2 else int(y)


def ranges(text):
    out = []
    for m in RANGE.finditer(text):
        a, b, c, d = m.groups()
        out.append(f"{year(a)}.{int(b):02d}-{year(c)}.{int(d):02d}")
    for m in EN_RANGE.finditer(text):
        a, b, c, d = m.groups()
        out.append(f"{b}.{MONTHS[a]:02d}-{d}.{MONTHS[c]:02d}")
    return out


def est_lines(text):
    return sum(max(1, -(-len(line) // 40)) for line in text.split("\n"))


def check(rows):
    assert len(rows) == 40, len(rows)
    ids = [r["id"] for r in rows]
    assert ids == [f"8b{i:02d}" for i in range(1, 41)], ids
    for f in ("finance", "education", "healthcare", "business"):
        assert sum(r["field"] == f for r in rows) == 10, f
    for r in rows:
        t, e, p = r["text"], r["expected"], r["posting"]
        rid = r["id"]
        rs = ranges(t)
        for n in e["numbers"]:
            assert n in rs, (rid, n, rs)
        for d in e["dates"]:
            if d.startswith(("overlap:", "reversed:")):
                for part in d.split(":", 1)[1].split("|"):
                    assert part in rs, (rid, part, rs)
            else:
                assert d == "format", (rid, d)
        for v in e["weak_verbs"]:
            assert v in t, (rid, v)
        assert len(set(e["weak_verbs"])) == len(e["weak_verbs"]), rid
        for k in e["personal"]:
            assert any(w in t for w in PERSONAL_WORDS[k]), (rid, k)
        for c in e["contact"]:
            if c == "phone":
                assert not re.search(r"1[3-9]\d{9}", t), rid
            else:
                assert c == "email" and "@" not in t, rid
        if not e["contact"]:
            assert re.search(r"1[3-9]\d{9}", t) and "@" in t, rid
        for s in e["sections"]:
            assert s in ("education", "experience", "skills"), (rid, s)
        long_ = (r["pages"] or 1) > 1 or est_lines(t) > 48
        assert bool(e["length"]) == long_, (rid, est_lines(t))
        if not long_:
            assert est_lines(t) <= 40, (rid, est_lines(t))
        if e["keywords"]:
            assert p, rid
        for k in e["keywords"]:
            assert k == k.lower() and k in p.lower(), (rid, k)
            if re.fullmatch(r"[a-z0-9 .+/#-]+", k):
                assert not re.search(r"(?<![a-z0-9])" + re.escape(k) + r"(?![a-z0-9])", t.lower()), (rid, k)
            else:
                assert k not in t, (rid, k)


check(R)
out = Path(__file__).with_name("resumes_blind8b.jsonl")
with out.open("w", encoding="utf-8") as fh:
    for r in R:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(R)} resumes to {out.name}")

if "--review" in sys.argv:
    # Aid for the writer: weak-verb strings and date formats present but not labelled, line estimates.
    for r in R:
        t, e = r["text"], r["expected"]
        extra = [v for v in WEAK if v in t and v not in e["weak_verbs"]]
        fmts = set()
        for m in re.finditer(r"\d{2,4}(年|\.|-|/)\d{1,2}", t):
            fmts.add(m.group(1))
        print(
            r["id"], est_lines(t), "unlabelled weak:", extra, "formats:", sorted(fmts), "ranges:", ranges(t)
        )
