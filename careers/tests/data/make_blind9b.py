"""Write resumes_blind9b.jsonl: blind set 9, half b (law, design, media, hospitality).

Standard library only. Run: python3 careers/tests/data/make_blind9b.py
Every resume, company, school and person here is invented; phones 139000xxxxx, e-mails @example.com.
A resume with no target posting has posting "" (as in blind5/6).
"""

import json
import os
import re

FIELDS = ["law", "design", "media", "hospitality"]
# law 01-10
R = []


def add(i, field, text, posting="", pages=None, **exp):
    R.append((i, field, text.strip("\n"), posting.strip("\n"), pages, exp))


add(
    "01",
    "law",
    """
个人简历
姓名：沈知微        性别：女
手机：13900009011    邮箱：zhiwei.shen@example.com
求职意向：法务专员

教育背景
2021.09-2025.06    临川政法大学    法学    本科
主修课程：民法、刑法、民事诉讼法、合同法、知识产权法

实习经历
2024.07-2024.10    恒岳律师事务所    律师助理（实习）
· 起草借款、租赁类合同审查意见 26 份
· 用北大法宝完成案例检索 40 余次，整理类案检索报告 8 份
2023.12-2024.02    明川科技有限公司    法务部实习生
· 建立合同台账，登记合同 310 份，到期提醒准确率 100%

专业技能
法律职业资格证（A类，2024年）
熟练使用 Word、Excel，熟练使用北大法宝检索
熟悉《民法典》合同编
英语六级（CET-6）
""",
    """
法务专员（2025届校招）
岗位职责：
1. 负责公司日常合同的起草、审核与归档；
2. 参与公司诉讼案件的材料准备；
任职要求：
1. 法学本科及以上学历；
2. 熟悉《民法典》《公司法》《劳动合同法》；
3. 能熟练使用威科先行、北大法宝等法律数据库；
4. 已通过国家统一法律职业资格考试者优先；
5. 熟练使用 Word、Excel 等办公软件。
""",
    keywords=["公司法", "劳动合同法", "威科先行"],
)

add(
    "02",
    "law",
    """
姓名：韦一鸣
性别：男    民族：壮族    籍贯：广西柳州
电话：13900009021    邮箱：yiming.wei@example.com
【教育背景】
2020.09-2024.06  邕江大学  法学  本科
【实习经历】
2024.07-2024.09  北岸律师事务所  律师助理
协助律师整理案卷材料
负责法律文书的校对和送达
【专业技能】
法律职业资格（A证）、Word、Excel、iCourt
【自我评价】
踏实细致，抗压能力强。
""",
    personal=["ethnicity", "native_place"],
    numbers=["2024.07-2024.09"],
    weak_verbs=["协助", "负责"],
)

add(
    "03",
    "law",
    """
LIU Qingyan 刘清妍
Mobile: 13900009031
Compliance / Legal | Shanghai

EDUCATION 教育背景
Sep 2021 - Jun 2025   Donghai University of Political Science and Law   LL.B. 法学 本科
GPA 3.71/4.0, 排名 6/148

INTERNSHIP 实习经历
Jul 2024 - Oct 2024   Hengfeng Bank (Shanghai Branch), Compliance Intern 合规实习生
- Reviewed 120+ customer files for KYC gaps and flagged 9 high-risk accounts
- Translated 15 AML policy documents between English and Chinese

SKILLS 技能
AML / KYC, Excel (VLOOKUP, pivot tables), Word
Languages: English (IELTS 7.0), Mandarin (native)
""",
    """
Compliance Analyst (Graduate Program)
Responsibilities:
- Support AML transaction monitoring and KYC reviews
Requirements:
- Bachelor's degree in Law, Finance or related fields
- Knowledge of AML and KYC regulations
- Proficient in Excel and PowerPoint
- Familiar with Bloomberg
""",
    contact=["email"],
    keywords=["powerpoint", "bloomberg"],
)

add(
    "04",
    "law",
    """
林书遥
13900009041 | shuyao.lin@example.com
户口所在地：安徽安庆

教育背景
2021.09-2025.06  江淮财经政法大学  法学（知识产权方向）  本科
GPA 3.52/4.0；主修：知识产权法、商标法、专利法、竞争法

专业技能
熟练使用北大法宝、威科先行检索法规与案例
Word、Excel、PowerPoint
英语六级 512 分

荣誉奖项
校级一等奖学金（2023）
全国大学生模拟法庭竞赛 校内选拔 第二名

自我评价
逻辑清晰，文字功底扎实，愿意从基础法务工作做起。
""",
    personal=["native_place"],
    sections=["experience"],
)

add(
    "05",
    "law",
    """
汤若谷  |  律师助理
手机 13900009051  邮箱 ruogu.tang@example.com

■ 教育背景
2020.09-2024.06  西岭大学  法学  本科

■ 实习经历
2024.07-2024.09  衡正律师事务所  诉讼部实习律师助理
- 整理民事诉讼证据目录 18 份，起草起诉状 6 份
- 旁听庭审 11 次并形成庭审笔录
2024.08-2024.10  西岭市中级人民法院  书记员实习
- 完成卷宗装订归档 150 余册

■ 技能
熟练使用 Word、Excel、PPT；会用 Alpha 法律数据库
""",
    """
律师助理（诉讼方向）
【岗位职责】
1、协助律师进行案件检索、证据整理、文书起草；
2、负责案卷归档及客户沟通。
【任职要求】
1、法学专业本科及以上学历；
2、熟悉民事诉讼流程；
3、熟练使用 Word、Excel、PPT 及 Alpha 法律数据库；
4、持有法律职业资格证书者优先。
""",
    dates=["overlap:2024.07-2024.09|2024.08-2024.10"],
    keywords=["法律职业资格"],
)

add(
    "06",
    "law",
    """
乔安然
电话：13900009061
邮箱：anran.qiao@example.com
求职意向：合规专员

教育背景
2021.09-2025.06  南屿金融学院  法学（金融法方向）  本科

实习经历
2024.06-2024.09  南屿银行股份有限公司  合规部实习生
- 对 2,300 笔可疑交易做反洗钱初筛，提交预警报告 14 份
- 对照《个人信息保护法》完成 5 个业务条线客户授权条款的合规审查
2023.07-2023.08  启衡会计师事务所  审计助理实习
- 完成 60 余份银行函证的发送与核对

技能证书
证券从业资格、基金从业资格
熟练使用 Excel（数据透视表）、Word
熟悉《反洗钱法》《商业银行法》
""",
    """
合规专员（校招）
岗位职责：
1. 开展反洗钱交易监测与可疑交易报告；
2. 参与制度合规审查。
任职要求：
1. 法学、金融学相关专业本科及以上；
2. 熟悉《反洗钱法》《个人信息保护法》；
3. 熟练使用 Excel、Word；
4. 持有证券从业资格证书优先。
""",
)

add(
    "07",
    "law",
    """
◆ 基本信息
苗清越 / 女 / 2003.04
📱 13900009071   ✉ qingyue.miao@example.com

◆ 教育经历
2021.09-2025.06  东岭大学  法学  本科

◆ 实习经历
2024-07 ~ 2024-09  嘉禾律师事务所  非诉部实习生
参与股权转让项目尽职调查
2023.12-2024.02  东岭市司法局  法律援助中心志愿者
接待来访群众 90 余人次，解答劳动争议咨询 35 件

◆ 技能
Word、Excel、PowerPoint、北大法宝
""",
    dates=["format"],
    numbers=["2024.07-2024.09"],
    weak_verbs=["参与"],
)

add(
    "08",
    "law",
    """
覃嘉言
手机：13900009081  邮箱：jiayan.qin@example.com

教育背景
2022.09-2025.06  湘中师范大学  法律（非法学）  硕士
2018.09-2022.06  湘中师范大学  汉语言文学  本科

实习经历
2024.07-2024.12  湘江集团有限公司  法务部实习生
· 审查采购、销售合同 85 份，提出修改意见 200 余条
· 整理集团规章制度 42 项，形成制度汇编 1 册
2023.07-2023.09  楚望律师事务所  律师助理
· 检索类案 60 余件，撰写法律研究备忘录 4 篇

校园经历
2022.10-2023.10  法学院研究生会  学术部部长
· 组织学术沙龙 8 场，累计到场 400 余人次
""",
    """
法务助理
任职要求：
1. 法律专业硕士研究生；
2. 已通过国家统一法律职业资格考试；
3. 熟练使用 Word、Excel、PowerPoint；
4. 熟悉企查查、天眼查等工具。
""",
    sections=["skills"],
    keywords=["法律职业资格", "word", "excel", "powerpoint", "企查查", "天眼查"],
)

lines09 = [
    "葛思源",
    "手机：13900009091  邮箱：siyuan.ge@example.com",
    "求职意向：公司法务 / 合规",
    "",
    "教育背景",
    "2022.09-2025.06  北辰政法大学  法律硕士（法学）  硕士",
    "GPA 3.8/4.0，专业排名 3/96，研究方向：公司法与证券法",
    "2018.09-2022.06  北辰政法大学  法学  本科",
    "GPA 3.6/4.0，专业排名 12/210",
    "",
    "实习经历",
    "2024.09-2024.12  北辰证券股份有限公司  法律合规部实习生",
    "· 审阅 IPO 项目法律意见书 3 份，标注问题 70 余处",
    "· 整理监管处罚案例 120 个，形成合规风险提示 6 期",
    "· 编写内部培训课件 2 套，覆盖员工 300 余人",
    "2024.03-2024.06  衡信律师事务所  资本市场部律师助理",
    "· 参与尽调访谈记录整理 25 份",
    "· 核查关联交易底稿 400 余页，发现披露遗漏 5 处",
    "· 起草股东会决议、董事会决议等文件 18 份",
    "2023.07-2023.09  北辰市中级人民法院  民二庭书记员助理",
    "· 完成庭审记录 30 余场，装订卷宗 80 册",
    "· 撰写案件审理报告初稿 7 份",
    "2022.07-2022.08  恒通集团有限公司  法务部实习生",
    "· 审核采购合同 45 份，修订合同模板 6 个",
    "",
    "项目经历",
    "2023.03-2023.12  上市公司独立董事履职问题研究（校级课题）",
    "· 收集近五年处罚案例 96 个，完成 3 万字研究报告",
    "· 在校级论坛宣读论文 1 篇，获优秀论文二等奖",
    "2021.09-2022.05  “法律进社区”普法项目",
    "· 组织普法讲座 12 场，服务居民 600 余人",
    "",
    "校园经历",
    "2022.09-2023.09  研究生会  权益部部长",
    "· 组织权益调研 2 次，回收问卷 1,200 份",
    "2019.09-2021.06  法学院辩论队  队长",
    "· 带队参加校际辩论赛 9 场，获亚军 1 次",
    "2020.09-2021.06  法律援助协会  咨询志愿者",
    "· 接待来访咨询 50 余人次，整理咨询记录 20 份",
    "",
    "荣誉奖项",
    "国家奖学金（2024）",
    "北辰政法大学优秀研究生干部（2023）",
    "全国大学生模拟法庭竞赛 三等奖（2021）",
    "校级一等奖学金 2 次",
    "",
    "专业技能",
    "法律职业资格证（A类）、证券从业资格",
    "熟练使用北大法宝、威科先行、Wind",
    "Word、Excel、PowerPoint",
    "英语六级 578 分，可阅读英文法律文件",
    "",
    "培训经历",
    "证券法律实务研修班（北辰政法大学继续教育学院），结业考核优秀",
    "企业合规师职业技能培训，完成 32 学时课程",
    "数据合规与个人信息保护专题讲座，累计听讲 10 讲",
    "",
    "论文发表",
    "《独立董事责任限度的再思考》，《北辰法学评论》2024 年第 2 期",
    "《数据合规中的告知同意规则》，校研究生论坛论文集，2023",
    "",
    "自我评价",
    "法学本硕背景，熟悉资本市场业务，写作能力和检索能力较强；",
    "做事有条理，能够在多任务并行时保持细致，乐于学习新领域知识。",
]
add("09", "law", "\n".join(lines09), length=["too_long"], weak_verbs=["参与"])

add(
    "10",
    "law",
    """
姓名：彭晚晴    性别：女    出生年月：2002.11    婚姻状况：未婚
邮箱：wanqing.peng@example.com
求职意向：知识产权助理

教育背景
2021.09-2025.06  岭南外语外贸大学  法学  本科

实习经历
2024.07-2024.09  华岭知识产权代理有限公司  商标代理助理
提交商标注册申请 65 件，处理驳回复审材料 12 份
2023.07-2023.08  岭南外语外贸大学法律诊所  法律咨询志愿者
接待咨询 40 余人次，撰写咨询意见 15 份
""",
    contact=["phone"],
    personal=["marital"],
    sections=["skills"],
)
# design 11-20
add(
    "11",
    "design",
    """
温可岚
UI 设计师 | 13900009111 | kelan.wen@example.com
作品集：kelan-portfolio.example.com

教育背景
2021.09-2025.06  青禾艺术学院  数字媒体艺术  本科

实习经历
2024.07-2024.10  拾光互动科技  UI 设计实习生
· 完成电商小程序 32 个页面的界面设计，输出设计规范 1 套
· 重做商品详情页后，加购率从 6.1% 提升到 8.4%
2023.12-2024.02  木棉设计工作室  视觉设计实习生
· 为 5 个餐饮品牌制作 App 启动页与运营海报 40 余张

专业技能
Figma、Photoshop、Illustrator、After Effects
""",
    """
UI 设计师（校招）
岗位职责：
1. 负责公司 App 及小程序的界面设计；
2. 制定并维护设计规范。
任职要求：
1. 视觉传达、数字媒体等设计相关专业；
2. 熟练使用 Figma、Sketch、Photoshop、Illustrator；
3. 了解 Axure；有 C4D 经验优先；
4. 请附作品集。
""",
    keywords=["sketch", "axure", "c4d"],
)

add(
    "12",
    "design",
    """
姓名：阿依古丽·买买提    民族：维吾尔族
电话：13900009121    邮箱：ayguli.m@example.com

【教育背景】
2020.09-2024.06  天山师范学院  视觉传达设计  本科

【实习经历】
2023.07-2023.09  雪莲文化传媒  平面设计实习生
协助设计师完成品牌 VI 物料
负责公众号封面图和长图制作
2024.02-2024.05  天山师范学院宣传部  设计助理
设计校园活动海报 26 张，其中 3 张获校级设计比赛奖项

【专业技能】
Photoshop、Illustrator、InDesign、Procreate
""",
    personal=["ethnicity"],
    numbers=["2023.07-2023.09"],
    weak_verbs=["协助", "负责"],
)

add(
    "13",
    "design",
    """
鲁清禾
室内设计 | 13900009131 | qinghe.lu@example.com

教育背景
2021.09-2024.06  江南建筑职业技术学院  室内艺术设计  大专

实习经历
2023.07-2023.12  居然筑家装饰工程有限公司  设计助理
- 绘制住宅施工图 24 套，平均出图周期从 5 天缩短到 3 天
- 现场量房 40 余次，完成户型复尺报告
2023.03-2023.06  毕业设计：滨湖民宿室内改造
- 完成 3 层、共 420㎡ 的空间方案与效果图 12 张

专业技能
AutoCAD、SketchUp、酷家乐、Photoshop
""",
    """
室内设计助理
任职要求：
1. 室内设计、环境艺术设计相关专业，大专及以上学历；
2. 熟练使用 AutoCAD、SketchUp、3ds Max、V-Ray；
3. 熟悉酷家乐、Enscape 等渲染工具；
4. 能适应工地现场工作。
""",
    keywords=["3ds max", "v-ray", "enscape"],
)

add(
    "14",
    "design",
    """
◆ 个人信息
姓名：司徒晴    电话：13900009141    邮箱：qing.situ@example.com
求职意向：品牌视觉设计师

◆ 教育经历
2021.09-2025.06    海陵大学    视觉传达设计    本科
GPA 3.6/4.0   专业排名 5/62

◆ 实习经历
2024.06-2024.09    远山品牌咨询    品牌设计实习生
● 完成 3 个消费品牌的 Logo 与 VI 延展，交付物料 120 余件
● 设计的包装方案被客户采用，首批印量 2 万套

◆ 项目经历
2023.09-2024.01    “海陵非遗”文创设计（校级大创项目）
● 开发文创产品 8 款，众筹金额 3.6 万元

◆ 技能证书
Photoshop、Illustrator、InDesign、C4D
Adobe 认证设计师（ACP）
""",
)

add(
    "15",
    "design",
    """
=== 章以宁 · UI/UX Designer ===
📞 13900009151   📧 yining.zhang@example.com
作品集：https://yining.example.com

=== 实习经历 ===
2024.03-2024.08  云舟科技  交互设计实习生
▸ 重构 SaaS 后台导航，任务完成时间从 95 秒缩短到 52 秒
▸ 组织 12 场可用性测试，输出测试报告 4 份
2023.07-2023.09  小满设计工作室  UI 设计实习生
▸ 完成 2 款健身 App 共 60 个页面的高保真稿

=== 项目经历 ===
2023.10-2024.01  老年人买菜 App 适老化改版（课程项目）
▸ 访谈 15 位 60 岁以上用户，关键页面点击错误率降低 40%

=== 技能 ===
Figma、Axure、Principle、Photoshop
""",
    sections=["education"],
)

add(
    "16",
    "design",
    """
ZHOU Mingxi 周明溪
Phone: 13900009161 | Email: mingxi.zhou@example.com
Target role: UI/UX Designer

EDUCATION
Sep 2020 - Jun 2024   Lanting University   B.A. Digital Media Arts

EXPERIENCE
Sep 2024 - Jun 2024   Brightleaf Studio, UI Design Intern
- Redesigned the onboarding flow for a fitness app
- Built a component library in Figma
Jul 2023 - Sep 2023   Lanting University Library, Visual Design Assistant
- Designed 30+ posters and 12 social media banners

SKILLS
Figma, Photoshop, Illustrator, HTML, CSS
""",
    """
UI/UX Designer
Responsibilities:
- Design user flows, wireframes and high-fidelity mockups for web and mobile
Requirements:
- Proficient in Figma and Adobe XD
- Experience with ProtoPie
- Knowledge of HTML and CSS
- Portfolio required
""",
    dates=["reversed:2024.09-2024.06"],
    numbers=["2024.09-2024.06"],
    keywords=["adobe xd", "protopie"],
)

add(
    "17",
    "design",
    """
个人简历
祁小满 ｜ 视觉设计 ｜ 13900009171 ｜ xiaoman.qi@example.com

教育背景
2021.09-2025.06  鹿鸣师范大学  视觉传达设计  本科

实习经历
2024.7-2024.9  橙子广告有限公司  设计实习生
配合文案完成地产项目朋友圈广告 45 张，点击率提升 18%
2023.12-2024.02  鹿鸣师范大学出版社  美编助理
排版教辅图书 3 本，共 520 页

技能
Photoshop、Illustrator、InDesign、Figma
""",
    dates=["format"],
    weak_verbs=["配合"],
)

add(
    "18",
    "design",
    """
姓    名：程朵朵               性    别：女
户    籍：江西赣州              身份证号：360702200301151224
联系电话：13900009181         电子邮箱：duoduo.cheng@example.com

教育经历
2021.09-2024.06  赣南工艺美术职业学院  广告设计与制作  大专

实习经历
2023.09-2024.03  红橙印务有限公司  平面设计助理
· 设计菜单、折页、易拉宝等印刷品 90 余款
· 出片前检查印刷文件，返工率从 8% 降到 2%

技能
Photoshop、CorelDRAW、Illustrator
""",
    """
平面设计师
任职要求：
1. 熟练使用 Photoshop、CorelDRAW、InDesign；
2. 熟悉印刷工艺，有印刷品设计经验；
3. 会用 C4D 者优先。
""",
    personal=["native_place", "id_number"],
    keywords=["indesign", "印刷工艺", "c4d"],
)

add(
    "19",
    "design",
    """
钟予白
电话：13900009191  邮箱：yubai.zhong@example.com
求职意向：室内设计师

教育背景
2019.09-2022.06  湖湘工艺美术学院  环境艺术设计  硕士
2015.09-2019.06  湖湘工艺美术学院  室内设计  本科

工作经历
2022.07-2025.06  栖木室内设计有限公司  室内设计师
· 主创住宅及小型商业空间项目 38 个，合同额累计 1,200 万元
· 带教设计助理 4 名

项目经历
2023.03-2023.10  栖木 · 湖畔茶室
· 240㎡ 茶室改造，获省级室内设计大赛银奖
2021.05-2021.12  湘江书店改造（研究生课题）
· 完成方案 3 版，最终方案被书店采纳，客流提升 30%

专业技能
AutoCAD、SketchUp、3ds Max、V-Ray、Enscape
""",
    pages=2,
    length=["too_long"],
)

add(
    "20",
    "design",
    """
柯一帆
手机：13900009201  邮箱：yifan.ke@example.com

教育经历
2020.09-2024.06  闽江学院  视觉传达设计  本科

工作经历
2024.07-2025.03  鼓浪文旅集团  宣传设计专员
负责景区节庆活动的海报和导视设计
用 Photoshop 修图并输出印刷文件
2023.07-2023.09  闽江学院团委  宣传部干事
设计团委公众号推文头图 60 余张
""",
    """
视觉设计师
任职要求：
1. 设计类相关专业本科；
2. 熟练使用 Figma、Photoshop；
3. 有文旅或快消行业经验优先。
""",
    sections=["skills"],
    numbers=["2024.07-2025.03"],
    weak_verbs=["负责"],
    keywords=["figma"],
)
# media 21-30
add(
    "21",
    "media",
    """
方糖糖
新媒体运营 | 13900009211 | tangtang.fang@example.com

教育背景
2021.09-2025.06  汉江传媒学院  网络与新媒体  本科

实习经历
2024.07-2024.10  青柚文化传播有限公司  新媒体运营实习生
· 运营 2 个小红书账号，3 个月粉丝从 800 涨到 1.2 万
· 策划图文笔记 56 篇，其中 4 篇点赞过万
2023.09-2024.06  汉江传媒学院融媒体中心  微信公众号编辑
· 运营学院微信公众号，发布推文 110 篇，单篇最高阅读 2.3 万

技能
剪映、Photoshop、Canva 可画、Excel
""",
    """
新媒体运营专员
岗位职责：
1. 负责品牌抖音、小红书、微信公众号的日常运营；
2. 策划选题并跟踪数据复盘。
任职要求：
1. 熟悉抖音、小红书、微信公众号运营规则；
2. 会用剪映、秀米、Canva；
3. 有达人投放经验者优先。
""",
    keywords=["抖音", "秀米"],
)

add(
    "22",
    "media",
    """
个人信息
姓名：邵清和    性别：男    婚姻状况：未婚
电话：13900009221    邮箱：qinghe.shao@example.com

教育背景
2020.09-2024.06  北川大学  新闻学  本科

实习经历
2023.07-2023.09  北川日报社  社会新闻部实习记者
参与突发新闻现场采访
协助编辑整理稿件
2022.07-2022.08  北川广播电视台  新闻中心实习生
撰写广播新闻稿 22 篇，其中 9 篇播出

专业技能
新闻采写、Premiere、Photoshop、Office
""",
    personal=["marital"],
    numbers=["2023.07-2023.09"],
    weak_verbs=["参与", "协助"],
)

add(
    "23",
    "media",
    """
殷一苇
13900009231
求职意向：视频剪辑

教育背景
2021.09-2024.06  东海影视职业学院  影视编导  大专

实习经历
2023.09-2024.03  大鱼短视频工作室  剪辑实习生
- 剪辑抖音口播短视频 150 余条，单条最高播放 86 万
- 制作片头包装模板 8 套，剪辑效率提升约 30%

技能
Premiere、After Effects、剪映、Photoshop
""",
    """
视频剪辑师
任职要求：
1. 熟练使用 Premiere、After Effects、达芬奇；
2. 会用剪映、Audition；
3. 有短视频剪辑经验。
""",
    contact=["email"],
    keywords=["达芬奇", "audition"],
)

add(
    "24",
    "media",
    """
▍蒋禾青
手机 13900009241 ｜ 邮箱 heqing.jiang@example.com ｜ 求职意向：记者/编辑

▍教育背景
2021.09-2025.06  西江大学  新闻学  本科
主修：新闻采访与写作、新闻编辑、数据新闻

▍实习经历
2024.07-2024.09  西江晚报  数字新闻部实习记者
· 独立采写稿件 27 篇，其中 6 篇登上客户端头条
· 制作数据新闻 2 篇，单篇阅读量 15 万
2023.07-2023.08  西江电视台  民生新闻栏目实习生
· 完成外采拍摄 18 次，撰写配音稿 20 篇

▍校园经历
2022.09-2023.06  西江大学校报  学生记者
· 发表校园通讯 14 篇

▍技能
新闻采写、Premiere、Photoshop、Excel
普通话二级甲等，英语六级
""",
    """
融媒体记者/编辑
任职要求：
1. 新闻传播类专业，本科及以上学历；
2. 有新闻采写经验，熟练使用 Premiere、Photoshop；
3. 普通话二级甲等及以上。
""",
)

add(
    "25",
    "media",
    """
姓名：洪若溪
手机：13900009251
邮箱：ruoxi.hong@example.com
求职意向：新媒体编辑

教育背景
2021.09-2025.06  南岭师范大学  汉语言文学  本科
GPA 3.45/4.0

技能证书
普通话二级甲等、英语四级、计算机二级
熟练使用剪映、秀米、Photoshop

获奖情况
校级优秀学生干部（2023）
校园征文比赛一等奖（2022）

自我评价
热爱写作，关注内容行业，学习能力强。
""",
    sections=["experience"],
)

add(
    "26",
    "media",
    """
个人简历
姓名：邢一诺    手机：13900009261    邮箱：yinuo.xing@example.com
意向岗位：视频编导

一、教育背景
2021.09-2025.06  琼州大学  广播电视编导  本科

二、实习经历
2024.06-2024.09  椰风传媒  编导实习生
1. 策划并拍摄美食探店视频 24 条，账号涨粉 3.4 万
2. 撰写分镜脚本 30 余份
2023.07-2023.08  琼州电视台  综艺栏目实习生
1. 整理采访素材 60 余小时，剪出花絮 12 条

三、项目经历
2024.10-2025.03  毕业作品《渔村的早晨》纪录片
1. 导演并剪辑纪录短片 1 部，入围省大学生影像节，线上展映播放 2.1 万次

四、技能
Premiere、达芬奇、剪映、Photoshop
""",
)

add(
    "27",
    "media",
    """
TANG Xiaoyu 唐晓雨
13900009271 | xiaoyu.tang@example.com | Shenzhen

EDUCATION
2020.09-2024.06   Nanhai University   B.A. Communication 传播学 本科

EXPERIENCE
2024.07-2025.02   Bluewave Cross-border E-commerce, Social Media Intern
- Ran 3 Instagram accounts and grew followers from 2,000 to 11,500
- Made 40+ short product videos with Canva templates
2023.07-2023.09   Nanhai University International Office, Student Assistant
- Wrote 16 English news posts for the university website

SKILLS
Instagram, Canva, Photoshop, Excel
English: IELTS 7.0
""",
    """
Social Media Specialist (Overseas)
Responsibilities:
- Plan and publish content for our overseas brand accounts
Requirements:
- Experience with Instagram, TikTok and YouTube
- Proficient in Canva and CapCut
- Fluent English
""",
    keywords=["tiktok", "youtube", "capcut"],
)

text28 = (
    "雷思齐 | 13900009281 | siqi.lei@example.com | 生源地：湖北宜昌 | 教育背景：2"
    "020.09-2024.06 荆楚传媒学院 网络与新媒体 本科。实习经历：2023.07-2023.10 楚天网络科技有"
    "限公司 新媒体运营实习生，负责公司微博日常更新和评论回复；2024.03-2024.06 荆楚传媒学院融媒体中心 视频编"
    "辑，剪辑校园宣传片 5 部，总播放量 42 万。专业技能：剪映、Premiere、Photoshop、Excel。"
)
add("28", "media", text28, personal=["native_place"], numbers=["2023.07-2023.10"], weak_verbs=["负责"])

add(
    "29",
    "media",
    """
黎知夏
手机：13900009291  邮箱：zhixia.li@example.com

教育背景
2021.09-2025.06  岭西大学  广告学  本科

实习经历
2024.07-2024.09  橘子传媒  短视频编导实习生
· 策划并拍摄校园 Vlog 12 条，平均播放 3.5 万
· 用 Premiere 完成粗剪，单条交付时间从 2 天缩短到 1 天
2023.10-2024.01  岭西大学广告协会  活动部部长
· 组织广告创意比赛 1 场，收到参赛作品 85 份
""",
    """
短视频编导
任职要求：
1. 熟练使用 Photoshop、Premiere；
2. 有 Vlog 拍摄经验；
3. 会用 Final Cut Pro 者优先。
""",
    sections=["skills"],
    keywords=["photoshop", "final cut pro"],
)

add(
    "30",
    "media",
    """
姓名：赖晓彤              性别：女
身份证号：440981200207263128
电话：13900009301         邮箱：xiaotong.lai@example.com

【教育经历】
2020.09-2024.06  粤西学院  新闻学  本科

【实习经历】
2024.03-2023.12  茂名日报社  全媒体中心实习编辑
编辑客户端稿件，制作新闻海报
2023.07-2023.09  粤西学院党委宣传部  新闻助理
撰写校园新闻 31 篇，拍摄活动照片 600 余张

【技能】
Photoshop、剪映、秀米、Office
""",
    personal=["id_number"],
    dates=["reversed:2024.03-2023.12"],
    numbers=["2024.03-2023.12"],
)
# hospitality 31-40
add(
    "31",
    "hospitality",
    """
姓名：骆晴川
手机：13900009311    邮箱：qingchuan.luo@example.com
求职意向：酒店管理培训生

教育背景
2021.09-2025.06  滨海旅游学院  酒店管理  本科

实习经历
2024.01-2024.06  滨海丽庭酒店  前厅部实习生
· 使用 Opera PMS 办理入住、退房，日均处理 60 余间房
· 宾客满意度调查得分从 4.5 提升到 4.8
2023.07-2023.08  滨海丽庭酒店  餐饮部实习生
· 宴会服务 20 余场，单场最多接待 300 人

技能证书
Opera PMS、Excel、Word
英语四级（CET-4）
""",
    """
酒店管理培训生（2025届）
岗位职责：
1. 在前厅、客房、餐饮部门轮岗学习；
2. 参与部门日常运营与宾客关系维护。
任职要求：
1. 酒店管理、旅游管理相关专业；
2. 熟悉 Opera PMS、Fidelio 等酒店管理系统；
3. 英语 CET-4 以上；
4. 持有健康证。
""",
    keywords=["fidelio", "健康证"],
)

add(
    "32",
    "hospitality",
    """
姓    名：杨洱海           民    族：白族
籍    贯：云南大理         联系电话：13900009321
电子邮箱：erhai.yang@example.com

教育背景
2021.09-2024.06  苍山旅游职业学院  旅游管理  大专

实习经历
2023.09-2024.02  洱源国际大酒店  客房部实习生
协助领班检查客房卫生
配合前台处理客人投诉
2023.07-2023.08  苍山旅游职业学院实训酒店  服务员
接待培训团队 12 批，共 480 人次

技能
Opera PMS、Excel、普通话二级甲等
""",
    personal=["ethnicity", "native_place"],
    numbers=["2023.09-2024.02"],
    weak_verbs=["协助", "配合"],
)

add(
    "33",
    "hospitality",
    """
个人简历
姓名：莫晓川    电话：13900009331    邮箱：xiaochuan.mo@example.com
求职意向：旅游定制师

教育背景
2021.09-2025.06  桂林山水学院  旅游管理  本科

实习经历
2023年7月-2023年9月  漓江国旅  地接导游实习
· 带团 14 个，累计接待游客 520 人次，游客好评率 97%
2024.03-2024.06  好行旅游科技有限公司  定制游产品实习生
· 在携程上线定制线路 9 条，3 个月成交 160 单

技能证书
导游证、Excel、PowerPoint
""",
    """
旅游定制师
任职要求：
1. 旅游管理相关专业；
2. 持有导游证、普通话二级甲等证书；
3. 熟悉携程、飞猪等 OTA 平台操作；
4. 会用 Excel 制作报价单。
""",
    dates=["format"],
    keywords=["飞猪", "普通话二级甲等"],
)

add(
    "34",
    "hospitality",
    """
🍽 俞可期 | 餐饮管理
📱 13900009341  ✉️ keqi.yu@example.com

🎓 教育背景
2021.09-2025.06  江城商学院  餐饮管理  本科

💼 实习经历
2024.07-2024.12  味坊餐饮管理有限公司  门店管理培训生
▪ 运营美团外卖店铺，月订单量从 2,100 单提升到 3,400 单
▪ 调整排班表，人力成本降低 12%
2023.07-2023.09  江城大饭店  中餐厅实习生
▪ 学会 40 道菜品的出品标准，完成 200 人规模的宴会服务 3 场

🛠 技能证书
健康证、Excel（数据透视表）、美团商家后台
""",
    """
餐饮门店管培生
任职要求：
1. 熟练使用 Excel；
2. 持有健康证；
3. 熟悉美团商家后台。
""",
)

add(
    "35",
    "hospitality",
    """
姓名：甘露
电话：13900009351
邮箱：lu.gan@example.com

教育经历
2020.09-2023.06  黔南旅游职业学院  酒店管理与数字化运营  大专

工作经历
2023.07-2024.12  黔灵山温泉度假酒店  前台接待
负责入住登记、结账和电话预订
2024.12-2025.06  黔灵山温泉度假酒店  大堂副理（见习）
处理宾客投诉 70 余起，投诉关闭率 95%
""",
    sections=["skills"],
    numbers=["2023.07-2024.12"],
    weak_verbs=["负责"],
)

add(
    "36",
    "hospitality",
    """
GAO Yiran 高怡然
Email: yiran.gao@example.com | LinkedIn: linkedin.example.com/in/yirangao

EDUCATION 教育背景
2021.09-2025.06  Hainan Hospitality College  B.Mgt. Hotel Management  酒店管理 本科

INTERNSHIP 实习经历
2024.06-2024.12  Coral Bay Resort, Front Office Intern
- Checked in 50+ guests per shift using Opera PMS
- Raised upsell revenue by 15% through room upgrade offers
2023.07-2023.08  Coral Bay Resort, F&B Intern
- Served 25 banquets of up to 400 guests

SKILLS 技能
Opera PMS, Excel, Word
IELTS 7.0, Mandarin (native)
""",
    """
Hotel Management Trainee
Requirements:
- Degree in Hospitality or Tourism Management
- Familiar with Opera PMS and Micros
- Proficient in Excel and PowerPoint
- IELTS 6.0 or above
""",
    contact=["phone"],
    keywords=["micros", "powerpoint"],
)

add(
    "37",
    "hospitality",
    """
姓名：卓一然
手机：13900009371   邮箱：yiran.zhuo@example.com
求职意向：酒店前厅

教育背景
2021.09-2025.06  三亚湾学院  旅游管理  本科

实习经历
2023.07-2023.12  鹿回头海景酒店  前厅接待实习生
办理入住和离店手续，日常接待宾客
2023.11-2024.02  椰林湾度假酒店  礼宾部实习生
为 30 余组 VIP 客人安排接送机，零投诉

技能
Opera PMS、Excel、英语四级
""",
    dates=["overlap:2023.07-2023.12|2023.11-2024.02"],
    numbers=["2023.07-2023.12"],
)

add(
    "38",
    "hospitality",
    """
姓名：苏沐晴    性别：女    婚育状况：未婚未育
手机：13900009381    邮箱：muqing.su@example.com
求职意向：酒店餐饮主管

工作经历
2022.07-2024.06  金沙湾大酒店  西餐厅领班
· 带领 8 人服务团队，早餐翻台率提升 20%
· 培训新员工 15 名，考核通过率 100%
2024.07-2025.06  云海国际酒店  餐饮部主管助理
· 管理 3 个餐厅的排班，月度人力成本下降 6%

技能证书
健康证、餐饮服务管理员证、Opera PMS、Excel
""",
    personal=["marital"],
    sections=["education"],
)

add(
    "39",
    "hospitality",
    """
钟小暖
13900009391 / xiaonuan.zhong@example.com

【教育背景】
2021.09-2024.06  岭南烹饪职业学院  餐饮管理  大专

【实习经历】
2023.09-2024.03  茶点时光餐饮连锁  门店助理
- 维护美团外卖店铺，店铺评分从 4.3 升到 4.7
- 盘点门店库存 24 次，损耗率下降 3 个百分点

【技能】
Excel、美团开店宝、健康证
""",
    """
餐饮店长储备
任职要求：
1. 熟悉美团、大众点评商家后台；
2. 会用 Excel；
3. 持有食品安全管理员证书。
""",
    keywords=["大众点评", "食品安全管理员"],
)

add(
    "40",
    "hospitality",
    """
———— 基本信息 ————
姓名：宁若安 ｜ 手机：13900009401 ｜ 邮箱：ruoan.ning@example.com
求职意向：会展/旅游运营

———— 教育经历 ————
2021.09-2025.06  长安旅游学院  会展经济与管理  本科

———— 实习经历 ————
2024.07-2024.10  曲江国际会展中心  会展运营实习生
▶ 统筹 2 场行业展会的现场签到，累计服务观众 1.6 万人次
▶ 搭建报名表单，报名到签到的转化率提升到 82%

———— 校园经历 ————
2023.03-2023.12  校旅游协会  会长
▶ 组织城市研学活动 10 次，吸纳会员 120 人

———— 技能 ————
Excel、PowerPoint、Canva、普通话二级甲等
""",
)

CHECKS = ["sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords"]
MON = {
    m: i + 1
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    )
}
D = r"(?:(\d{4})[.\-/](\d{1,2})|(\d{4})年(\d{1,2})月|([A-Z][a-z]{2}) (\d{4}))"
PERSONAL = {
    "ethnicity": r"民\s*族",
    "marital": r"婚",
    "native_place": r"籍\s*贯|户\s*籍|户口|生源地|出生地|祖籍",
    "id_number": r"身份证|\d{17}[\dXx]",
}


def ym(m, k):
    if m.group(k + 1):
        return f"{m.group(k + 1)}.{int(m.group(k + 2)):02d}"
    if m.group(k + 3):
        return f"{m.group(k + 3)}.{int(m.group(k + 4)):02d}"
    return f"{m.group(k + 6)}.{MON[m.group(k + 5)]:02d}"


def ranges(text):
    rx = re.compile(D + r"\s*(?:-|~|–|至)\s*" + D)
    return {ym(m, 0) + "-" + ym(m, 6) for m in rx.finditer(text)}


def flat(s):
    return re.sub(r"\s+", "", s).lower()


def check(row):
    exp, text, posting = row["expected"], row["text"], row["posting"]
    assert list(exp) == CHECKS, row["id"]
    rs = ranges(text)
    for r in exp["numbers"]:
        assert r in rs, (row["id"], r, rs)
    for d in exp["dates"]:
        if d != "format":
            kind, pair = d.split(":")
            assert kind in ("reversed", "overlap"), d
            for r in pair.split("|"):
                assert r in rs, (row["id"], r)
    for v in exp["weak_verbs"]:
        assert v in text, (row["id"], v)
    for k in exp["personal"]:
        assert re.search(PERSONAL[k], text), (row["id"], k)
    for k, rx in PERSONAL.items():
        if k not in exp["personal"]:
            assert not re.search(rx, text), (row["id"], "unlabelled", k)
    has_phone = bool(re.search(r"139\d{8}", text))
    has_mail = "@example.com" in text
    assert ("phone" in exp["contact"]) != has_phone, row["id"]
    assert ("email" in exp["contact"]) != has_mail, row["id"]
    for kw in exp["keywords"]:
        assert posting, row["id"]
        assert flat(kw) in flat(posting), (row["id"], kw)
        assert kw not in text.lower(), (row["id"], kw)
        if kw.isascii():
            assert flat(kw).replace("-", "") not in flat(text).replace("-", ""), (row["id"], kw)
    assert set(exp["sections"]) <= {"education", "experience", "skills"}
    assert exp["length"] in ([], ["too_long"])
    if exp["length"] and row["pages"] is None:
        est = sum(max(1, -(-len(line) // 40)) for line in text.split("\n"))
        assert est > 48, (row["id"], est)


def main():
    rows = []
    for i, field, text, posting, pages, exp in R:
        unknown = set(exp) - set(CHECKS)
        assert not unknown, (i, unknown)
        rows.append(
            {
                "id": "9b" + i,
                "field": field,
                "text": text,
                "posting": posting,
                "pages": pages,
                "photo": False,
                "expected": {c: list(exp.get(c, [])) for c in CHECKS},
            }
        )
    assert len(rows) == 40 and len({r["id"] for r in rows}) == 40
    assert [r["id"] for r in rows] == [f"9b{n:02d}" for n in range(1, 41)]
    for f in FIELDS:
        assert sum(r["field"] == f for r in rows) == 10, f
    for r in rows:
        check(r)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resumes_blind9b.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert back == rows
    counts = {c: sum(len(r["expected"][c]) for r in rows) for c in CHECKS}
    print(out, len(rows), "rows;", counts)
    print(
        "with posting:",
        sum(bool(r["posting"]) for r in rows),
        "no finding:",
        sum(not any(r["expected"].values()) for r in rows),
    )


if __name__ == "__main__":
    main()
