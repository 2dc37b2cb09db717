# ruff: noqa: E501
"""Write resumes_dev4.jsonl: a fourth development set (40 synthetic resumes, no real people).

Written on 2026-12-06 (about 15:30-15:55 UTC) by the helper that then tuned the rules on it
(branch careers8), by hand, before it ran the rules on any of it; so it is a development set, not a
blind one. Labels are written from what each text means, as a careful career adviser reads the
table of checks in docs/careers.md, never by running careers.diagnosis.

Aimed at what the nine earlier sets lack:

* text as extracted from real files: two-column PDF templates whose sidebar (contact, skills,
  certificates) comes out at the end or interleaved with the main column; DOCX tables with tabs,
  or each cell on its own line; page headers and footers ("第 1 页 共 2 页", "- 2 -", a name and
  "个人简历" repeated), stray page numbers;
* fields beyond tech: accounting and finance, teaching, nursing, law, marketing, logistics,
  design, HR, civil engineering, pharmacy; their postings name skills as certificates and products
  (初级会计职称, CPA, 教师资格证, 护士执业资格证, 法律职业资格证, 用友, SAP, Figma, C1 驾照, SPSS);
* postings written by HR departments: a company blurb, long lists of duties mixing activities and
  traits with the real skills, "优先" clauses, benefits (五险一金, 带薪年假), English JDs;
* bilingual and English-only resumes;
* fourteen resumes with a section really missing (no heading and no such content).

Decisions: a certificate or licence a posting requires is a skill it names (初级会计职称, CPA,
教师资格证, C1 驾照); a field, an activity, a trait, a benefit or a label is not (财务核算, 客户沟通,
责任心, 五险一金); a certificates line alone does not make a skills section, but a line listing tools
does. English weak wording ("Responsible for") is not in the table and is not labelled.
People, schools, companies, phone numbers (1390000xxxx) and e-mail addresses are invented.
Run: python careers/tests/data/make_dev4.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROWS: list[dict[str, object]] = []


def add(
    rid: str,
    field: str,
    text: str,
    posting: str = "",
    *,
    pages: int | None = 1,
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


# ------------------------------------------------ accounting: a two-column PDF, sidebar at the end
add(
    "d4_01",
    "finance",
    """
第 1 页 共 1 页
宋知秋
求职意向：会计 / 财务助理
教育背景
2021.09-2025.06 南溪财经学院 会计学 本科
主修课程：中级财务会计、成本会计、税法、审计学
实习经历
2024.07-2024.09 恒信会计师事务所 审计助理
协助项目组完成 3 家制造业客户的年报审计底稿，抽凭 400 余笔
2024.01-2024.02 青禾食品有限公司 财务部实习生
整理费用报销单据，核对银行流水
校园经历
2022.09-2023.06 会计学院学生会 财务部干事
负责部门活动经费的登记
联系方式
电话：139 0000 4011
邮箱：zhiqiu.song@example.com
专业技能
金蝶 K/3、Excel（VLOOKUP、数据透视表）
证书
初级会计职称、CET-6
""",
    """
财务会计（2026届）
【公司介绍】青禾食品成立于 2008 年，是一家集研发、生产、销售于一体的现代化食品企业，员工 1200 余人。
【岗位职责】
1. 负责日常费用报销的审核及账务处理；
2. 协助编制月度、季度财务报表；
3. 配合外部审计工作，完成领导交办的其他工作。
【任职要求】
1. 财务、会计相关专业本科及以上学历；
2. 持有初级会计职称，熟练使用用友或金蝶财务软件；
3. 熟练使用 Excel，具备良好的沟通能力和责任心；
4. 有事务所实习经验者优先。
【福利待遇】五险一金、带薪年假、节日福利、员工食堂
""",
    numbers=("2024.01-2024.02", "2022.09-2023.06"),
    weak=("协助", "负责"),
    keywords=("用友",),
)
# ------------------------------------------------ audit: bilingual resume, English JD
add(
    "d4_02",
    "finance",
    """
ZHAO Yiran 赵一然
Mobile: +86 139 0000 4021 | Email: yiran.zhao@example.com
EDUCATION 教育背景
2020.09 - 2024.06   Eastlake University of Finance 东湖财经大学   B.A. in Accounting 会计学学士
EXPERIENCE 实习经历
2023.06 - 2023.08   Grant & Lee CPAs (Shanghai)   Audit Intern
• Tested 120 revenue vouchers for two listed clients
• Prepared working papers for fixed assets
2023.12 - 2024.03   Sunway Logistics Co., Ltd.   AP Intern
• Reconciled supplier statements and cut unmatched items by 60%
SKILLS 技能
Excel (pivot tables, XLOOKUP), SAP FI, Power BI
CPA: passed Accounting and Audit (2/6)
English: IELTS 7.0
""",
    """
Audit Associate – Graduate Program 2026
About us: Grant & Lee is a top-20 accounting firm serving clients across Asia.
Responsibilities:
- Perform audit procedures on financial statements
- Communicate with clients and prepare working papers
Requirements:
- Bachelor's degree in Accounting, Finance or related field
- Progress towards CPA or ACCA qualification
- Proficient in Excel; knowledge of SAP or Oracle is a plus
- Fluent English, strong attention to detail
What we offer: competitive salary, study leave, annual bonus
""",
    keywords=("acca", "oracle"),
)
# ------------------------------------------------ teaching: a DOCX table, one cell per line
add(
    "d4_03",
    "education",
    """
个 人 简 历
姓名
林晓禾
性别
女
出生年月
2002.05
民族
汉
政治面貌
共青团员
联系电话
13900004031
电子邮箱
xiaohe.lin@example.com
教育经历
2020.09-2024.06
西岭师范大学
汉语言文学（师范）
本科
实习经历
2023.09-2023.12
西岭市第二中学
语文实习教师
独立讲授高一语文 32 课时，所带两个班期中平均分提高 6 分
协助班主任管理班级日常事务
校园经历
2021.09-2022.06
文学院团委
宣传委员
负责学院公众号推送
技能证书
普通话二级甲等、高中语文教师资格证、CET-4
熟练使用 PPT、希沃白板
""",
    """
招聘：高中语文教师
学校简介：北湖实验中学创办于 1998 年，省一级重点中学。
任职条件：
1. 汉语言文学相关专业，本科及以上学历；
2. 具有高中语文教师资格证，普通话二级甲等及以上；
3. 热爱教育事业，有亲和力，责任心强；
4. 能熟练运用多媒体教学设备，有班主任工作经验者优先。
待遇：编制内，五险一金，寒暑假。
""",
    numbers=("2021.09-2022.06",),
    weak=("协助", "负责"),
    personal=("ethnicity",),
)
# ------------------------------------------------ nursing: page headers and footers, two pages
add(
    "d4_04",
    "nursing",
    """
个人简历 — 陈思雨
陈思雨 | 手机 139-0000-4041 | 邮箱 siyu.chen@example.com
教育背景
2021.09-2025.06  江城医学院  护理学  本科
实习经历
2024.07-2025.03  江城市第一人民医院  实习护士
在心内科、ICU 等 8 个科室轮转，累计参与护理患者 300 余人次
协助完成静脉输液、导尿、心电监护等基础护理操作
2023.07-2023.08  社区卫生服务中心  暑期见习
配合医生开展老年人健康体检
- 1 -
个人简历 — 陈思雨
技能与证书
护士执业资格考试已通过；BLS 基础生命支持证书
熟练掌握静脉穿刺、心肺复苏
荣誉
2023 年校级优秀学生干部
- 2 -
""",
    """
护士（应届）
岗位要求：
1. 护理专业大专及以上学历，取得护士执业资格证或已通过护士执业资格考试；
2. 持有 BLS 证书，有 ICU 或急诊轮转经历者优先；
3. 工作细心，能适应倒班。
我们提供：六险一金、规范化培训、职称晋升通道。
""",
    pages=2,
    length=("too_long",),
    numbers=("2023.07-2023.08",),
    weak=("参与", "协助", "配合"),
)
# ------------------------------------------------ law: no skills at all
add(
    "d4_05",
    "law",
    """
法学 | 周明哲
电话 13900004051 · 邮箱 mingzhe.zhou@example.com
教育经历
2020.09-2024.06 东麓政法大学 法学 本科
2024.09-2027.06 东麓政法大学 法律（非法学） 硕士在读
实习经历
2023.07-2023.09 金衡律师事务所 律师助理
检索并整理类案 60 余件，起草法律意见书初稿 5 份
2024.01-2024.02 东麓市中级人民法院 书记员助理
参与庭审记录，整理卷宗
荣誉奖项
2022 年全国大学生模拟法庭竞赛 二等奖
自我评价
逻辑严谨，文字功底扎实，抗压能力强。
""",
    """
律师助理（诉讼方向）
职责：协助律师办理民商事诉讼案件，撰写法律文书，进行法律检索。
要求：
1、法学专业本科以上，已通过国家统一法律职业资格考试（A证）；
2、熟练使用威科先行、北大法宝等法律数据库；
3、英语六级以上，能阅读英文合同者优先；
4、踏实细致，有较强的文字表达能力。
""",
    sections=("skills",),
    numbers=("2024.01-2024.02",),
    weak=("参与",),
    keywords=("法律职业资格", "威科先行", "北大法宝", "英语六级"),
)
# ------------------------------------------------ marketing: English-only, month names
add(
    "d4_06",
    "marketing",
    """
Emily (Yutong) Xu
+86 139 0000 4061 | yutong.xu@example.com | Shanghai
EDUCATION
Sep 2021 - Jun 2025  Huaihai University, B.A. Marketing
EXPERIENCE
Jul 2024 - Sep 2024  Lumen Cosmetics Co., Ltd. — Marketing Intern
- Planned 12 Xiaohongshu (小红书) posts; average engagement rose by 40%
- Ran a KOL gifting campaign with 25 creators
Jan 2024 - Mar 2024  Brightside Agency — Social Media Intern
- Drafted weekly reports for the account team
PROJECTS
Mar 2023 - Jun 2023  Campus coffee brand launch (course project)
- Conducted a survey of 300 students and wrote the positioning plan
SKILLS
Excel, Canva, Photoshop, Google Analytics; English (IELTS 7.5), Mandarin (native)
""",
    """
市场专员（新媒体方向）
岗位职责：
1. 负责品牌小红书、抖音账号的内容策划与日常运营；
2. 策划线上线下营销活动，跟踪投放效果；
3. 完成上级交办的其他任务。
任职要求：
1. 市场营销、新闻传播等相关专业；
2. 熟悉小红书、抖音平台规则，有达人投放经验；
3. 会使用 PS、剪映等工具；
4. 性格开朗，沟通能力强。
""",
    numbers=("2024.01-2024.03",),
    keywords=("抖音", "剪映"),
)
# ------------------------------------------------ logistics: a DOCX table with tabs
add(
    "d4_07",
    "logistics",
    """
姓名\t韩立行\t电话\t13900004071
邮箱\tlixing.han@example.com\t求职意向\t物流专员
教育背景
时间\t学校\t专业\t学历
2021.09-2024.06\t江津职业技术学院\t物流管理\t大专
实习经历
2023.10-2024.04\t顺通供应链管理有限公司\t仓储实习生
使用 WMS 完成入库上架，日均处理 SKU 1500 个，差错率由 0.8% 降到 0.2%
参与月度盘点
技能证书
C1 驾驶证、叉车证、Excel、WMS 系统操作
""",
    """
仓储物流专员
【岗位职责】负责仓库收发货、库存盘点、单据录入；协调运输车辆，跟踪在途货物。
【任职要求】1. 物流管理相关专业大专以上；2. 熟悉 WMS、TMS 系统操作，熟练使用 Excel；3. 持 C1 驾照，有叉车证者优先；4. 吃苦耐劳，服从安排。
【薪资福利】底薪 + 绩效，包住宿，五险一金。
""",
    weak=("参与",),
    keywords=("tms",),
)
# ------------------------------------------------ design: a two-column PDF laid out side by side
add(
    "d4_08",
    "design",
    """
许安然
UI/UX 设计师
电话                    教育背景
13900004081             2021.09-2025.06 滨海艺术学院 视觉传达设计 本科
邮箱                    项目经历
anran.xu@example.com    2024.03-2024.06 「拾味」外卖小程序改版
技能                    重做下单流程，可用性测试中任务完成率从 62% 提升到 88%
Figma                   2023.09-2023.12 校园二手平台品牌设计
Photoshop               完成 logo 与视觉规范
Illustrator             实习经历
Axure                   2024.07-2024.10 云图互动科技 UI 设计实习生
                        协助设计师输出运营活动页
""",
    """
UI 设计师
岗位要求：
- 熟练使用 Figma、Sketch 等设计工具，会 AE 动效者优先；
- 有完整的 App 或小程序设计作品集；
- 对色彩、排版敏感，具备良好的审美。
""",
    numbers=("2023.09-2023.12", "2024.07-2024.10"),
    weak=("协助",),
    keywords=("sketch", "ae"),
)
# ------------------------------------------------ HR: no experience at all
add(
    "d4_09",
    "hr",
    """
人力资源管理 应届生
姓名：白书言    电话：13900004091    邮箱：shuyan.bai@example.com
教育背景
2021.09-2025.06  清川大学  人力资源管理  本科
主修：招聘与配置、薪酬管理、劳动法
专业技能
熟练使用 Excel（函数、数据透视表）、PPT；了解 北森 招聘系统
通过人力资源管理师（三级）考试
自我评价
亲和力强，善于沟通，组织过 3 次班级活动。
""",
    """
HR 专员（招聘方向）
公司简介：我们是一家专注于智能家居的高新技术企业，在全国设有 12 个分公司。
你将负责：
• 招聘渠道维护、简历筛选、面试安排；
• 员工入离职手续办理及档案管理；
• 组织校园招聘及雇主品牌活动。
我们希望你：
• 人力资源管理相关专业；
• 熟悉劳动法及相关法规，熟练使用 Excel；
• 有 北森 或 Moka 等招聘系统使用经验者优先；
• 积极主动，有服务意识。
福利：双休、年度体检、团建旅游。
""",
    sections=("experience",),
    weak=("了解",),
    keywords=("moka",),
)
# ------------------------------------------------ civil engineering: no education, a footer
add(
    "d4_10",
    "civil",
    """
简历
吴承泽  男  25岁
手机：13900004101  邮箱：chengze.wu@example.com
工作经历
2023.07-至今  中建远洋第三工程局有限公司  施工员
负责 2 栋 18 层住宅楼主体结构施工，提前 15 天封顶
编制施工日志与技术交底
2022.07-2022.09  华筑设计院  结构设计实习生
配合完成地下车库结构计算
技能
AutoCAD、广联达 GTJ、BIM（Revit）、二级建造师
第1页/共1页
""",
    """
土建施工员
任职资格：
1、土木工程相关专业，本科及以上学历；
2、熟练使用 AutoCAD、广联达等软件，会 Revit 者优先；
3、持有二级建造师及以上证书者优先；
4、能适应项目驻场。
""",
    sections=("education",),
    numbers=("2022.07-2022.09",),
    weak=("负责", "配合"),
)

# ------------------------------------------------ investment: English-only resume and JD
add(
    "d4_11",
    "finance",
    """
LIU Chenxi
Beijing | +86 13900004111 | chenxi.liu@example.com
Education
2020/09 – 2024/06  Northfield University, B.Econ. in Finance
Work Experience
2023/06 – 2023/09  Pinecrest Securities – Equity Research Intern
• Built a DCF model for 3 consumer companies
• Assisted analysts with industry reports
2024/01 – 2024/04  Harbor Capital – Investment Analyst Intern
• Screened 200+ deals in the pipeline and wrote 15 one-page memos
Skills
Excel, Wind, Python (pandas), Bloomberg Terminal
Certificates: CFA Level I candidate
Languages: English (CET-6), Mandarin (native)
""",
    """
Investment Analyst (Graduate)
Our firm manages USD 2bn across growth equity.
Key responsibilities
- Support due diligence and financial modelling
- Monitor portfolio companies
Qualifications
- Bachelor's or Master's in Finance, Economics or related
- Strong financial modelling skills in Excel; familiar with Wind or Bloomberg
- CFA candidates preferred; Python or VBA a plus
- Excellent written English and Mandarin
""",
    keywords=("vba",),
)
# ------------------------------------------------ primary teacher: no skills
add(
    "d4_12",
    "education",
    """
王语汐  | 13900004121 | yuxi.wang@example.com
求职意向：小学英语教师
【教育背景】
2021.09—2025.06  柳州师范学院  英语（师范）  本科
【实习经历】
2024.09—2024.12  柳州市实验小学  英语实习教师
承担三年级 2 个班的英语教学，共上课 40 节
设计英语绘本阅读课，学生课堂参与度明显提高
【校园经历】
2022.09—2023.06  外国语学院 英语角 组织者
每周组织英语角活动
【荣誉】
2024 届优秀实习生
""",
    """
小学英语教师
要求：英语师范专业，持有教师资格证（小学英语）；CET-6 以上；普通话二级乙等及以上；熟练使用希沃白板等多媒体设备。
""",
    sections=("skills",),
    numbers=("2022.09-2023.06",),
    keywords=("教师资格证", "cet-6", "普通话二级乙等", "希沃白板"),
)
# ------------------------------------------------ nursing: sidebar extracted after the main column
add(
    "d4_13",
    "nursing",
    """
护理学 · 杨可心
实习经历
2024.06-2025.02 南城大学附属医院 实习护士
轮转内科、外科、急诊等 6 个科室
独立完成静脉输液 500 余例，一次穿刺成功率 95%
2023.07-2023.08 南城县人民医院 护理见习
了解病房工作流程
教育背景
2021.09-2025.06 南城大学 护理学 本科
个人信息
电话：13900004131
邮箱：kexin.yang@example.com
籍贯：湖北荆州
技能证书
护士执业资格证（已通过）
CET-4、全国计算机二级
熟练掌握 心肺复苏、静脉留置针、吸痰
""",
    "急诊科护士\n要求：持护士执业资格证；有急诊或 ICU 实习经历；具备 BLS/ACLS 证书者优先。",
    numbers=("2023.07-2023.08",),
    weak=("了解",),
    personal=("native_place",),
    keywords=("bls", "acls"),
)
# ------------------------------------------------ legal compliance: emoji headings, stray page numbers
add(
    "d4_14",
    "law",
    """
1
钱嘉树 Qian Jiashu
📱 139 0000 4141 ✉ jiashu.qian@example.com
🎓 教育背景 Education
2022.09 - 2025.06 北湖大学 法学院 法律硕士（法学） 硕士
2018.09 - 2022.06 北湖大学 法学 本科
💼 实习经历 Internship
2024.03 - 2024.08 天衡律师事务所 合规部 实习律师助理
• 审阅数据合规协议 40 余份，输出修改意见
• 配合完成 1 家出海企业的 GDPR 合规评估
2023.07 - 2023.09 北湖市市场监督管理局 法规科 实习生
• 协助整理行政处罚案卷
🛠 技能 Skills
法律检索（北大法宝、威科先行）、英语（CET-6 612，可处理英文合同）
法律职业资格证（A 证）
2
""",
    """
法务专员（数据合规）
公司介绍：某头部跨境电商平台，业务覆盖 30 多个国家。
岗位职责：
1. 负责公司数据合规体系建设，跟进国内外法规变化；
2. 审核各类商务合同，提供法律意见；
任职要求：
1. 法学硕士及以上学历，已取得法律职业资格证书；
2. 熟悉《个人信息保护法》、GDPR 等数据保护法规；
3. 英语可作为工作语言，有 CIPP 认证者优先；
4. 具有较强的责任心与团队协作精神。
""",
    numbers=("2023.07-2023.09",),
    weak=("配合", "协助"),
    keywords=("个人信息保护法", "cipp"),
)
# ------------------------------------------------ logistics: English resume, no skills
add(
    "d4_15",
    "logistics",
    """
Name: 欧阳牧  Phone: 13900004151  E-mail: mu.ouyang@example.com
Education
2021.09-2025.06  Southbay Maritime University 南湾海事大学  Logistics Engineering  Bachelor
Internship
2024.07-2024.09  Oceanlink Shipping Co., Ltd.  Operations Intern
- Booked space for 80 export containers and tracked their customs clearance
- Helped update the weekly vessel schedule
Campus
2022.09-2023.06  Logistics Association  Vice President
- Organised a supply chain case competition with 16 teams
Awards
2023 National Logistics Design Competition, Second Prize
""",
    """
Logistics Coordinator
Responsibilities:
• Coordinate inbound and outbound shipments with carriers and forwarders
• Maintain shipment data in SAP and prepare customs documents
Requirements:
• Degree in Logistics, Supply Chain or International Trade
• Working knowledge of SAP and Excel
• CET-6 or above
• Detail-oriented, able to work under pressure
Benefits: 13th-month salary, commercial insurance
""",
    sections=("skills",),
    keywords=("sap", "excel", "cet-6"),
)
# ------------------------------------------------ graphic design: an emoji builder layout
add(
    "d4_16",
    "design",
    """
👋 Hi，我是 罗一帆
📞 13900004161   📧 yifan.luo@example.com
——————————
🎓 我的学校
2021.09~2025.06 东崖美术学院 · 数字媒体艺术 · 本科
——————————
✨ 做过的事
2024.06~2024.09 拾光文创工作室 平面设计实习生
为 6 个文创产品设计包装，其中 2 款上架天猫旗舰店
2023.10~2024.01 毕业设计预热：城市记忆插画集
独立绘制插画 24 幅
——————————
🧰 工具箱
PS / AI / C4D / Procreate / Figma
""",
    """
平面设计师（包装方向）
工作内容：负责产品包装、电商详情页、海报等设计；配合市场部完成活动物料。
岗位要求：精通 Photoshop、Illustrator，会 C4D 建模渲染者优先；了解印刷工艺；审美在线，能承受一定工作压力。
""",
    keywords=("印刷工艺",),
)
# ------------------------------------------------ cashier: a DOCX flattened to one paragraph
add(
    "d4_17",
    "finance",
    """
刘佳音 女 电话13900004171 邮箱jiayin.liu@example.com 求职意向：出纳/会计 教育背景：2022.09-2025.06 西河职业技术学院 大数据与会计 大专 实习经历：2024.09-2025.01 瑞丰商贸有限公司 出纳实习生 负责现金收付与银行日记账登记，每月处理凭证 300 余张；2024.03-2024.05 安达代理记账公司 记账助理 协助整理 12 家小微企业的原始票据 专业技能：熟练使用用友 U8、Excel，持有初级会计职称
""",
    """
出纳
1.负责公司现金、银行存款的收付及登记；2.负责发票开具与税务申报；3.熟练使用用友、Excel；4.有初级会计职称优先；5.为人正直，保密意识强。上班时间：周一至周五 9:00-18:00，双休。
""",
    weak=("负责", "协助"),
)
# ------------------------------------------------ brand marketing: no education
add(
    "d4_18",
    "marketing",
    """
Kevin 张凯文
Tel 13900004181 | kaiwen.zhang@example.com
Experience 工作经历
2023.03-至今 星桥品牌咨询 市场专员
- 负责 3 个快消品牌的社媒投放，季度 ROI 从 1.8 提升到 2.6
- 搭建竞品监测表，覆盖 40 个品牌
2022.07-2023.02 橙子传媒 新媒体运营实习生
- 撰写公众号推文，单篇最高阅读 10 万+
Skills 技能
巨量引擎、千川、Excel、SQL（基础）、剪映
""",
    """
Brand Marketing Specialist 品牌营销专员
About the role: 负责品牌在抖音、小红书的整合营销。
Requirements:
1. 2 年以上快消行业市场经验；
2. 熟悉巨量引擎、千川投放后台，懂 SEM 优先；
3. 数据敏感，会用 Excel 做基础分析；
4. 有创意，有责任心。
""",
    sections=("education",),
    weak=("负责",),
    keywords=("sem",),
)
# ------------------------------------------------ freight forwarding: no skills, sidebar at the end
add(
    "d4_19",
    "logistics",
    """
货运代理 · 冯子安
教育背景
2020.09-2024.06 东港交通职业学院 国际物流 大专
实习经历
2023.06-2023.12 远帆国际货运代理有限公司 操作助理
跟进海运订舱、报关、提单确认等流程
协助客服处理客户询价
2023.01-2023.02 京东物流分拣中心 寒假工
日均分拣包裹 2000 件
联系方式
13900004191
zian.feng@example.com
荣誉证书
2022 年校级三好学生
""",
    "国际货代操作\n要求：熟悉海运进出口操作流程；英语四级以上，能处理英文单证；会使用 Excel。",
    sections=("skills",),
    numbers=("2023.06-2023.12",),
    weak=("协助",),
    keywords=("英语四级", "excel"),
)
# ------------------------------------------------ pharmacy: English resume, no experience
add(
    "d4_20",
    "pharmacy",
    """
SUN Ruoxi
Phone: 139-0000-4201 · Email: ruoxi.sun@example.com
OBJECTIVE  Medical Representative
EDUCATION
2020.09 - 2024.06  Lanshan Medical University  Pharmacy (B.Sc.)
Core courses: Pharmacology, Pharmaceutical Analysis, Clinical Pharmacy
SKILLS
MS Office, SPSS, basic GraphPad Prism
Driving licence (C1)
LANGUAGES
English (CET-6), Mandarin
INTERESTS
Badminton, hiking
""",
    """
医药代表（肿瘤线）
职位描述：负责区域内医院的学术推广，维护客户关系，完成销售指标。
任职要求：
1、医学、药学相关专业本科及以上；
2、持有 C1 驾照；
3、熟练使用 Office 办公软件；
4、有良好的沟通与表达能力，能适应出差。
我们提供：有竞争力的薪酬、完善的培训体系、带薪年假。
""",
    sections=("experience",),
)

# ------------------------------------------------ data analysis: a DOCX table, one cell per line
add(
    "d4_21",
    "data",
    """
个人简历
基本信息
姓名：程亦凡
电话：13900004211
邮箱：yifan.cheng@example.com
教育经历
时间
学校
专业
学历
2021.09-2025.06
南岭大学
应用统计学
本科
实习经历
2024.07-2024.10
海川电商科技有限公司
数据分析实习生
用 SQL 搭建日报看板，报表出数时间从 2 小时缩短到 15 分钟
参与 A/B 实验的效果评估
2024.01-2024.03
晨星调研咨询公司
调研助理
整理问卷数据并撰写分析报告
专业技能
SQL、Python（pandas）、SPSS、Tableau
""",
    """
数据分析师（电商）
你需要：
1. 统计学、数学、计算机等相关专业；
2. 熟练使用 SQL，掌握 Python 或 R；
3. 熟悉 A/B 测试方法，有电商数据分析经验优先；
4. 逻辑清晰，对数据敏感。
""",
    numbers=("2024.01-2024.03",),
    weak=("参与",),
    keywords=("r",),
)
# ------------------------------------------------ kindergarten: personal details, a photo
add(
    "d4_22",
    "education",
    """
个人简历
姓名：苏晴  性别：女  年龄：23
婚姻状况：未婚   籍贯：安徽安庆
电话：13900004221  邮箱：qing.su@example.com
教育背景
2021年9月-2024年6月  皖江幼儿师范高等专科学校  学前教育  大专
实习经历
2023年9月-2024年1月  安庆市实验幼儿园  配班教师
配合主班老师组织大班一日活动
设计并实施主题活动 8 个，家长满意度调查 96% 满意
校园经历
2022年3月-2022年6月  学院舞蹈社  社长
组织社团汇报演出
专业技能
钢琴（业余八级）、舞蹈、简笔画、手工
幼儿园教师资格证、普通话二级甲等
第 1 页
""",
    """
幼儿园教师
岗位职责：负责班级幼儿的保教工作，与家长沟通。
任职要求：学前教育专业，持幼儿园教师资格证，普通话二级乙等以上；具备钢琴、舞蹈、绘画等特长者优先；有爱心、耐心。
""",
    photo=True,
    numbers=("2022.03-2022.06",),
    weak=("配合",),
    personal=("marital", "native_place", "photo"),
)
# ------------------------------------------------ banking: bilingual headings, overlapping internships
add(
    "d4_23",
    "finance",
    """
黄子墨 Huang Zimo
13900004231 | zimo.huang@example.com
教育背景 EDUCATION
2021.09-2025.06 江右财经大学 金融学 本科
实习经历 INTERNSHIP
2024.06-2024.09 江右农商银行 营业部 柜员实习生
办理个人开户与转账业务，日均接待客户 45 人
2024.08-2024.12 华安证券 财富管理部 实习生
协助客户经理整理客户资料
技能 SKILLS
Excel、Wind、证券从业资格、基金从业资格
""",
    "银行管培生\n要求：经济、金融类专业；通过证券从业资格、基金从业资格或银行从业资格考试者优先；熟练使用 Excel、Wind；有较强的营销意识。福利：六险二金、餐补。",
    numbers=("2024.08-2024.12",),
    weak=("协助",),
    dates=("overlap:2024.06-2024.09|2024.08-2024.12",),
    keywords=("银行从业资格",),
)
# ------------------------------------------------ interior design: a DOCX table with tabs
add(
    "d4_24",
    "design",
    """
姓名\t方予安\t\t
电话\t13900004241\t邮箱\tyuan.fang@example.com
教育背景
2020.09-2025.06\t北川建筑大学\t环境设计（室内方向）\t本科（五年制）
项目经历
2024.03-2024.06\t城南社区图书馆室内改造（课程设计）\t主设计
完成平面方案 3 版及效果图 12 张
2023.09-2023.12\t民宿软装设计竞赛\t组员
负责材料选型与预算表
实习经历
2024.07-2024.09\t一木空间设计事务所\t设计助理
绘制施工图，配合现场量房
软件技能
AutoCAD\tSketchUp\t3ds Max\tV-Ray\tPhotoshop
""",
    """
室内设计助理
【职位要求】
1. 室内设计、环境设计相关专业；
2. 熟练使用 CAD、SketchUp、3ds Max、Enscape 等软件；
3. 有手绘基础者优先；
4. 有良好的审美与沟通能力。
【福利】弹性工作、下午茶、年度旅游
""",
    numbers=("2023.09-2023.12", "2024.07-2024.09"),
    weak=("负责", "配合"),
    keywords=("enscape", "手绘"),
)
# ------------------------------------------------ tax: English resume, a running header, two pages
add(
    "d4_25",
    "finance",
    """
Curriculum Vitae                                          Page 1 of 2
MENG Xiaoyu
+86 139 0000 4251   xiaoyu.meng@example.com
EDUCATION
2019.09-2023.06   Westlake Institute of Commerce   BSc Accounting (ACCA accredited)
WORK EXPERIENCE
2023.07-2024.12   Kinwell Tax Advisory (Shenzhen) Co., Ltd.   Tax Associate
• Prepared monthly VAT filings for 25 clients
• Reduced filing errors by 30% with a checklist
2022.07-2022.09   Coastal Bank   Summer Intern
• Supported the credit team with document checks
Curriculum Vitae                                          Page 2 of 2
SKILLS
ACCA (9/13 papers passed), Excel, 金蝶, Power Query
Languages: English (IELTS 7.0), Mandarin (native), Cantonese
""",
    """
税务专员
岗位职责：
- 负责公司增值税、企业所得税的申报与缴纳；
- 跟进税收政策变化，进行税务筹划；
任职要求：
- 会计、税务相关专业，持有税务师或 CPA 证书者优先；
- 熟悉金税系统及金蝶、SAP 等 ERP；
- 英语读写熟练。
""",
    pages=2,
    length=("too_long",),
    numbers=("2022.07-2022.09",),
    keywords=("税务师", "cpa", "金税", "sap"),
)
# ------------------------------------------------ law: one fact per line, headings in own words, no e-mail
add(
    "d4_26",
    "law",
    """
郑雨桐
13900004261
法学本科
东岭大学
2021.09-2025.06
律所实习
君诚律师事务所
2024.07-2024.09
整理案卷 30 余宗
撰写起诉状 4 份
法院实习
东岭市南湖区人民法院
2024.01-2024.02
协助法官助理送达文书
技能
北大法宝
Word / Excel
法律职业资格（已通过客观题）
""",
    "律师助理\n要求：法学专业本科及以上，通过法律职业资格考试；熟练使用 Office、北大法宝；能接受出差。",
    contact=("email",),
    numbers=("2024.01-2024.02",),
    weak=("协助",),
)
# ------------------------------------------------ nursing: English resume and JD, no skills
add(
    "d4_27",
    "nursing",
    """
Grace LI Jingwen
Registered Nurse (new graduate)
Mobile 13900004271 | Email jingwen.li@example.com
Education
2021.09 – 2025.06  Riverside Medical College — Bachelor of Nursing
Clinical Placements
2024.07 – 2025.03  Riverside University Hospital — Intern Nurse
• Rotated through 7 wards including ICU and Emergency
• Cared for up to 8 patients per shift
2023.07 – 2023.08  Green Valley Nursing Home — Volunteer
• Accompanied elderly residents in daily activities
Awards
2024 Outstanding Intern Nurse
""",
    """
Staff Nurse – International Medical Center
Requirements:
- BLS certified; ACLS preferred
- Fluent English (IELTS 6.5 or equivalent)
- Compassionate and team-oriented
Benefits: international team, housing allowance
""",
    sections=("skills",),
    numbers=("2023.07-2023.08",),
    keywords=("bls", "acls", "ielts"),
)
# ------------------------------------------------ market research: headings in the writer's words
add(
    "d4_28",
    "marketing",
    """
唐若水｜13900004281｜ruoshui.tang@example.com
我在哪里读书
2021.09-2025.06 北溟大学 市场营销 本科
我做过的调研
2024.03-2024.06 大学生咖啡消费习惯调研 项目负责人
设计问卷并回收有效样本 412 份
2023.10-2023.12 校园快递驿站满意度调查 组员
参与问卷发放
我在公司的日子
2024.07-2024.09 零点智库咨询 研究助理
整理访谈纪要，配合撰写行业报告
我会的
SPSS、Excel、问卷星、Python（入门）
""",
    """
市场研究助理
工作职责：协助研究员完成定量、定性项目的执行；问卷设计、数据清洗与报告撰写。
任职要求：市场营销、统计、社会学相关专业；熟练使用 SPSS 或 Stata，会 R 优先；熟悉问卷星、腾讯问卷等工具；良好的文字功底。
""",
    numbers=("2023.10-2023.12", "2024.07-2024.09"),
    weak=("参与", "配合"),
    keywords=("stata", "r", "腾讯问卷"),
)
# ------------------------------------------------ warehouse: no education
add(
    "d4_29",
    "logistics",
    """
物流主管候选人  蒋海峰
电话：13900004291   邮箱：haifeng.jiang@example.com
工作经历
2021.03-2023.02  顺驰快运 分拨中心  班组长
管理 20 人分拣班组，错分率下降 40%
2023.03-至今  安运仓储服务有限公司  仓库主管
负责 1.2 万平方米仓库的日常运营
推行 5S 管理
技能证书
叉车证、C1 驾照、Excel、用友 U8
""",
    """
仓库主管
岗位要求：
1、大专及以上学历，3 年以上仓储管理经验；
2、熟悉 WMS 系统，熟练使用 Excel；
3、熟悉 5S、精益管理者优先；
4、有叉车证；
5、责任心强，能适应夜班。
""",
    sections=("education",),
    weak=("负责",),
    keywords=("wms", "精益管理"),
)
# ------------------------------------------------ maths teacher: page numbers, mixed date formats
add(
    "d4_30",
    "education",
    """
- 1 -
谢知行
电话 13900004301 / 邮箱 zhixing.xie@example.com
教育背景 | Education
2021.09-2025.06  临川师范大学  数学与应用数学（师范）  本科
教育实习 | Teaching Practice
2024-09 ~ 2024-12  临川一中  初二数学实习教师
讲授公开课 2 节，所带班级单元测验平均分提高 8 分
2023.07-2023.08  乡村夏令营  支教老师
帮助留守儿童辅导暑假作业
技能 | Skills
几何画板、GeoGebra、Excel、PPT
教师资格证（初中数学）
- 2 -
""",
    "初中数学教师\n岗位要求：数学相关专业本科以上；持有初中或高中数学教师资格证；熟练使用希沃、几何画板等教学软件；有竞赛辅导经验者优先。",
    pages=2,
    length=("too_long",),
    numbers=("2023.07-2023.08",),
    weak=("帮助",),
    dates=("format",),
    keywords=("希沃",),
)

# ------------------------------------------------ HR: English resume, no experience
add(
    "d4_31",
    "hr",
    """
ZHOU Anqi
anqi.zhou@example.com · 139 0000 4311
Education
2021.09-2025.06  Lakeside University, BA Human Resource Management
GPA 3.7/4.0; Courses: Labor Law, Compensation, Organizational Behavior
Skills
Excel (VLOOKUP, pivot tables), PowerPoint, Workday (coursework), SPSS
Languages: English (CET-6), Japanese (N2)
Activities
Member of the university choir
""",
    """
HR Assistant (Graduate)
What you'll do: support recruitment, onboarding and HR data maintenance in Workday.
What we're looking for:
- Bachelor's degree in HR or related
- Familiar with Workday or SAP SuccessFactors
- Advanced Excel
- Japanese N2 or above is a plus
- Positive attitude and discretion with confidential information
""",
    sections=("experience",),
    keywords=("sap successfactors",),
)
# ------------------------------------------------ interaction design: sidebar column extracted first
add(
    "d4_32",
    "design",
    """
顾星遥
交互设计师
联系方式
13900004321
xingyao.gu@example.com
专业技能
Figma / Axure / Principle / Photoshop
语言
英语 CET-6
实习经历
2024.07-2024.10 岚图互动科技 交互设计实习生
输出会员中心改版交互稿，核心路径点击数从 7 步减到 4 步
配合用户研究员完成 6 场用户访谈
项目经历
2023.09-2024.01 「慢旅」旅行 App 概念设计（课程项目）
完成竞品分析与低保真原型
教育背景
2021.09-2025.06 临海大学 工业设计 本科
""",
    """
交互设计师（2026 校招）
关于我们：岚图互动是一家专注于出行服务的互联网公司。
岗位职责：负责 App 核心功能的交互设计，输出交互文档与原型；推动设计落地。
任职要求：
1. 工业设计、交互设计、心理学等相关专业；
2. 熟练使用 Figma、Axure、ProtoPie 等原型工具；
3. 了解用户研究方法，具备可用性测试经验者优先；
4. 有作品集。
""",
    numbers=("2023.09-2024.01",),
    weak=("配合",),
    keywords=("protopie", "可用性测试"),
)
# ------------------------------------------------ audit: no skills
add(
    "d4_33",
    "finance",
    """
马晓棠
电话：13900004331 | 邮箱：xiaotang.ma@example.com
教育背景
2021.09-2025.06 鹭岛财经学院 审计学 本科
实习经历
2024.07-2024.08 立信达会计师事务所 审计实习生
盘点存货 3 次，核对往来函证 150 份
2024.01-2024.02 鹭岛港务集团 财务部 实习生
帮忙装订凭证、打杂
校园经历
2022.09-2024.06 审计学院 学习委员
组织期末复习答疑 10 场，班级挂科率从 12% 降到 3%
自我评价
细心踏实，学习能力强
""",
    "审计助理\n要求：会计、审计专业；通过 CPA 1 门以上者优先；熟练使用 Excel 及审计软件（如鼎信诺）；能适应出差。",
    sections=("skills",),
    numbers=("2024.01-2024.02",),
    weak=("打杂",),
    keywords=("cpa", "excel", "鼎信诺"),
)
# ------------------------------------------------ architecture: English-only, month names, no phone
add(
    "d4_34",
    "civil",
    """
Daniel WEI Haoran
Architectural Designer | haoran.wei@example.com
EDUCATION
Sep 2019 – Jul 2024   Eastshore University   B.Arch (5-year)
EXPERIENCE
Jul 2023 – Dec 2023   Studio Lin Architects, Shanghai   Architectural Intern
- Produced 40+ construction drawings for a 12,000 m² school project
- Built Revit families for the facade team
Mar 2022 – Jun 2022   Design competition: Riverside Pavilion   Team member
- Shortlisted among 180 entries
SKILLS
Revit, Rhino + Grasshopper, AutoCAD, Enscape, Adobe Suite
""",
    """
Junior Architect
We are an award-winning practice with offices in Shanghai and Singapore.
Requirements
- B.Arch or M.Arch degree
- Proficient in Revit and AutoCAD; Rhino/Grasshopper a plus
- Familiar with Chinese building codes
- Portfolio required
Benefits: flexible hours, annual study tour
""",
    contact=("phone",),
)
# ------------------------------------------------ advertising: a DOCX table with tabs, a reversed date
add(
    "d4_35",
    "marketing",
    """
个人信息\t\t\t
姓名\t邹晴川\t性别\t女
手机\t13900004351\t邮箱\tqingchuan.zou@example.com
民族\t汉族\t政治面貌\t党员
教育背景\t\t\t
2021.09-2025.06\t西江大学\t广告学\t本科
实习经历\t\t\t
2024.09-2024.06\t蓝鲸广告有限公司\t策划实习生
撰写品牌提案 5 份，其中 2 份中标
2023.07-2023.09\t西江日报社新媒体中心\t编辑实习生
负责微信公众号排版
技能\t\t\t
PS、AI、PR、Office、秀米
""",
    "广告策划\n任职要求：广告、新闻、中文等专业；文字功底好，会 PS、PR 者优先；熟悉秀米、新榜等工具；有 4A 实习经历优先。",
    numbers=("2023.07-2023.09",),
    weak=("负责",),
    dates=("reversed:2024.09-2024.06",),
    personal=("ethnicity",),
    keywords=("新榜",),
)
# ------------------------------------------------ customs: skills only in the self-evaluation, English JD
add(
    "d4_36",
    "logistics",
    """
曹一鸣  电话 13900004361  邮箱 yiming.cao@example.com
教育背景
2021.09-2024.06 宁港职业技术学院 关务与外贸服务 大专
实习经历
2023.09-2024.03 宁港中联报关行 报关员助理
录入报关单 600 余票，退单率低于 1%
参与 AEO 认证资料准备
自我评价
熟练使用单一窗口、Excel，会用 SAP 查询订单；英语四级，能读懂英文单证。
""",
    """
Customs Specialist
Responsibilities: prepare import/export declarations through the China Single Window; liaise with brokers.
Requirements:
- Diploma or above in Customs, Logistics or International Trade
- Familiar with HS classification and AEO requirements
- Working knowledge of SAP; Excel
- CET-4 or above
""",
    weak=("参与",),
    keywords=("hs",),
)
# ------------------------------------------------ actuarial: bilingual, no experience, a stray page number
add(
    "d4_37",
    "finance",
    """
保险精算 | 石浩然 Shi Haoran
13900004371 | haoran.shi@example.com
教育背景 Education
2021.09-2025.06  南沙大学  精算学  本科  GPA 3.8/4.0
主修课程：寿险精算、非寿险精算、随机过程、R 语言
3
专业技能 Skills
R、Python、Excel VBA、Prophet（课程接触）
已通过中国精算师考试 3 门
荣誉奖项 Awards
2023 年国家奖学金
2024 年全国大学生统计建模大赛 省级一等奖
""",
    "精算助理\n岗位职责：参与产品定价、准备金评估；完成上级交办的其他工作。\n任职要求：1. 精算、统计、数学相关专业硕士优先；2. 通过 SOA 或中国精算师考试 2 门以上；3. 熟练使用 Excel、VBA，掌握 R 或 Python；4. 熟悉 Prophet 者优先。",
    sections=("experience",),
    keywords=("soa",),
)
# ------------------------------------------------ fashion design: an emoji builder, one fact per line, no skills
add(
    "d4_38",
    "design",
    """
🌸 个人简历 🌸
🙋 姓名：池小满
📱 电话：13900004381
📮 邮箱：xiaoman.chi@example.com
🏫 学校：南岸服装学院
📚 专业：服装与服饰设计
🎓 学历：本科（2021-2025）
💼 实习：2024.07-2024.09 织云服饰有限公司 设计助理
✏️ 跟进 3 个季度款的打版与面料采购
✏️ 整理面料小样
🏆 获奖：2023 年“新锐”服装设计大赛 优秀奖
💬 自评：热爱时尚，动手能力强
""",
    "服装设计助理\n要求：服装设计相关专业；熟练使用 CorelDRAW、Photoshop、Illustrator；懂面料与版型；有打版经验优先。",
    sections=("skills",),
    keywords=("coreldraw", "photoshop", "illustrator"),
)
# ------------------------------------------------ admin: one paragraph with personal details, English JD
add(
    "d4_39",
    "hr",
    """
个人简历 姓名：贾一诺 性别：女 身份证号：110101200203151234 籍贯：山东潍坊 电话：13900004391 邮箱：yinuo.jia@example.com 教育经历：2020.09-2024.06 青州学院 行政管理 本科 实习经历：2023.07-2023.09 潍坊华顺集团 行政部 行政实习生 负责会议室预订与会议纪要，组织员工生日会 4 场；2024.02-2024.04 潍坊人才市场 招聘助理 协助筛选简历 技能：Office、钉钉、飞书、C1 驾照
""",
    """
Administrative Assistant 行政助理
Duties: front desk, meeting arrangements, office supplies, travel booking.
Requirements:
- Associate degree or above
- Proficient in MS Office; experience with DingTalk or Feishu preferred
- Driver's licence (C1) preferred
- Friendly, organised, good communicator
""",
    numbers=("2024.02-2024.04",),
    weak=("负责", "协助"),
    personal=("id_number", "native_place"),
)
# ------------------------------------------------ theatre nurse: a footer, two pages
add(
    "d4_40",
    "nursing",
    """
个人简历
姓名：彭雅琪          电话：13900004401
邮箱：yaqi.peng@example.com
求职意向：手术室护士
教育背景
2020.09-2023.06  湘南卫生职业学院  护理  大专
2023.09-2025.06  湘南医学院  护理学  专升本
工作与实习经历
2022.07-2023.04  湘南市中心医院  实习护士
参与手术室器械准备与清点，配合完成手术 120 余台
2023.07-2023.08  社区卫生服务中心  护理志愿者
协助开展老年人血压筛查
专业技能
熟悉 无菌技术、手术器械包装、静脉输液
护士执业资格证、BLS
                                                第 1 页 / 共 2 页
""",
    "手术室护士\n要求：护理专业大专及以上；持护士执业资格证；熟悉无菌技术；有手术室实习经历者优先；能适应夜班及急诊手术。福利：五险一金、夜班补贴。",
    pages=2,
    length=("too_long",),
    numbers=("2023.07-2023.08",),
    weak=("参与", "配合", "协助"),
)


def main() -> None:
    out = Path(__file__).with_name("resumes_dev4.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
