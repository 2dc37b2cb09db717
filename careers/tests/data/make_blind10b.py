"""Blind resume set 10b: agriculture, translation, civil, public (10 each).

Standalone, standard library only: python3 make_blind10b.py writes resumes_blind10b.jsonl
next to this file, after a self-check of the labels against the texts.
"""

import json
import math
import re
from pathlib import Path

R = []


def add(
    field,
    text,
    posting=None,
    pages=None,
    sections=(),
    contact=(),
    length=(),
    numbers=(),
    weak=(),
    dates=(),
    personal=(),
    keywords=(),
):
    R.append(
        dict(
            field=field,
            text=text.strip("\n"),
            posting=posting.strip("\n") if posting else None,
            pages=pages,
            photo=False,
            expected=dict(
                sections=list(sections),
                contact=list(contact),
                length=list(length),
                numbers=list(numbers),
                weak_verbs=sorted(weak),
                dates=list(dates),
                personal=list(personal),
                keywords=list(keywords),
            ),
        )
    )


# ---------------- agriculture ----------------
add(
    "agriculture",
    """
姓名：滕禾青
手机：13900100011
邮箱：heqing.teng@example.com
求职意向：农艺师助理 | 期望城市：合肥
教育背景
2021.09-2025.06 江淮农业大学 农学 本科
主修课程：作物栽培学、植物保护学、田间试验与统计分析
实习经历
2024.07-2024.09 皖丰种业有限公司 农艺实习生
• 在 3 个试验点开展小麦品种比较田间试验，记录性状数据 4600 余条
• 用 SPSS 完成方差分析，整理试验报告 2 份
2023.07-2023.08 江淮农业大学 大豆课题组 科研助理
• 调查大豆病害田块 28 块，拍摄识别图片 900 张
专业技能
SPSS、ArcGIS、Excel；农业技术员（中级）
""",
    posting="""
农艺师助理（校招）
岗位职责：
1. 协助开展品种试验、田间调查及数据整理；
2. 撰写试验总结报告。
任职要求：
1. 农学、植物保护等相关专业本科及以上；
2. 熟悉 SPSS、ArcGIS；
3. 有田间试验经验，能适应出差；
福利：五险一金、餐补、年度体检。
""",
)

add(
    "agriculture",
    """
宁书瑶
电话：13900100021 | 邮箱：shuyao.ning@example.com
【教育背景】
2021.09-2025.06  滇南农业大学  食品质量与安全  本科
【实习经历】
2024.07-2024.10  云岭乳业有限公司  品控实习生
- 协助品控主管完成原奶入厂检验
- 整理 HACCP 关键控制点记录表
2024.03-2024.06  滇南农业大学食品检测中心  检测助理
- 完成微生物检测样品 320 份，出具检测报告 45 份
【技能证书】
HACCP 内审员培训证书、Excel、英语四级
""",
    posting="""
品控专员
任职要求：
1、食品科学、食品质量与安全相关专业；
2、熟悉 HACCP、ISO 22000 体系，了解 GB 2760 食品添加剂使用标准；
3、会使用 Excel 进行数据统计；
4、持有食品安全管理员证书者优先；
5、工作认真细致，有良好的沟通能力。
我们提供：六险一金、带薪年假、节日福利。
""",
    numbers=["2024.07-2024.10"],
    weak=["协助"],
    keywords=["iso 22000", "gb 2760", "食品安全管理员"],
)

add(
    "agriculture",
    """
个人简历
姓    名：韦春生          性    别：男
民    族：壮族            籍    贯：广西百色
联系电话：13900100031
电子邮箱：chunsheng.wei@example.com
求职意向：农业技术员
教育经历
2022.09-2025.06 右江农业职业技术学院 现代农业技术 大专
实践经历
2024.03-2024.08 百色芒果种植合作社 技术员助理
负责果园日常水肥管理和病虫害巡查
2023.07-2023.08 右江农业职业技术学院实训基地 学生助理
嫁接芒果苗 1200 株，成活率 92%
技能
水肥一体化设备操作、Excel、Word
自我评价
吃苦耐劳，能长期在基地工作。
""",
    numbers=["2024.03-2024.08"],
    weak=["负责"],
    personal=["ethnicity", "native_place"],
)

add(
    "agriculture",
    """
谷穗安
13900100041 · suian.gu@example.com
教育背景
2020.09-2024.06 北原农业大学 农学 本科
2024.09-2027.06 北原农业大学 作物遗传育种 硕士
科研经历
2024-10 - 2025-06 玉米耐旱性状 QTL 定位（国家自然科学基金子课题）
构建 F2 群体 240 株，定位耐旱相关 QTL 3 个
2025.07-2025.09 禾兴种业研究院 分子育种实习生
完成 SNP 芯片数据质控 1500 份样本
技能
Python、R、QTL IciMapping、Excel
""",
    posting="""
分子育种助理
任职要求：
1. 作物遗传育种、生物信息等相关专业硕士；
2. 熟悉 SAS、Python；
3. 掌握 KASP 分型、QTL 定位；
4. 英语读写流利，能阅读外文文献。
""",
    dates=["format"],
    keywords=["sas", "kasp"],
)

add(
    "agriculture",
    """
MO Lanxi 莫兰溪
Tel: 13900100051
Education 教育背景
2021.09-2025.06 Lingnan Agricultural University, BEng Food Science and Engineering 食品科学与工程 本科
Internship 实习经历
2024.07-2024.09 Nanhai Foods Co., Ltd. R&D Intern 研发实习生
- Tested 36 sauce formulations and cut sodium content by 18%
- Ran sensory panels with 40 participants
Project 项目经历
2023.09-2024.01 低糖凤梨果酱配方优化（大学生创新训练项目）
- 糖度从 65°Bx 降到 45°Bx，感官评分 8.2 分
Skills 技能
Minitab, SPSS, Excel, HPLC
""",
    contact=["email"],
)

add(
    "agriculture",
    """
向稻生
电话：13900100061
邮箱：daosheng.xiang@example.com
教育背景
2022.09-2025.06 湘中农业职业学院 作物生产技术 大专
实习经历
2024.09-2025.03 洞庭湖粮食种植专业合作社 农技员
• 指导农户完成双季稻机插秧 1500 亩
• 统计测产数据，早稻亩产比上年提高 6%
2024.03-2024.06 湘中农业职业学院 水稻栽培实训 班长
• 组织 32 名同学完成育秧实训，秧苗合格率 95%
自我评价
性格踏实，愿意扎根基层，有较强的沟通能力。
""",
    sections=["skills"],
)

add(
    "agriculture",
    """
▍基本信息
柏一禾 ｜ 男 ｜ 婚姻状况：未婚
13900100071 ｜ yihe.bai@example.com
▍教育背景
2021.09-2025.06 黔中农林学院 植物保护 本科
▍实习经历
2024.06-2024.09 黔丰植保服务公司 植保技术员
• 完成茶园病虫害识别调查 60 块，形成防治建议 8 份
• 配合飞手完成无人机统防统治作业
▍技能
病虫害识别、ArcGIS、Excel、大疆 T40 操作
""",
    posting="""
植保技术员
岗位职责：负责辖区作物病虫害监测与防治指导。
任职要求：
- 植物保护、农学相关专业；
- 熟悉病虫害识别；
- 会用大疆智图、ArcGIS；
- 持有 CAAC 无人机驾驶员执照优先；
- 能吃苦，适应下乡。
""",
    weak=["配合"],
    personal=["marital"],
    keywords=["大疆智图", "caac"],
)

add(
    "agriculture",
    """
史晓麦
手机：13900100081
邮箱：xiaomai.shi@example.com
求职意向：食品研发工程师
教育背景
2017.09-2021.06 齐鲁食品工程学院 食品科学与工程 本科
GPA 3.6/4.0，专业排名 8/120
2021.09-2024.06 齐鲁农业大学 食品科学 硕士
研究方向：植物蛋白功能特性
实习经历
2020.07-2020.09 鲁禾面业有限公司 质检实习生
检测面粉水分、灰分样品 450 份
发现异常批次 6 批，退货损失减少 12 万元
2022.07-2022.09 泰岳乳品有限公司 研发实习生
优化酸奶发酵工艺，发酵时间从 8 小时缩短到 6.5 小时
完成中试 5 批次，每批 500 升
2023.07-2023.10 蓝海调味品研究院 研发助理
开发低盐酱油配方 3 个，钠含量降低 25%
整理感官评价数据 1200 条
科研项目
2021.10-2023.06 豌豆蛋白乳化特性改性研究（省自然科学基金）
建立超声改性工艺，乳化活性提高 42%
完成样品测试 380 组
2022.03-2022.12 花生粕高值化利用（横向课题）
提取得率从 31% 提升到 46%
撰写结题报告 1 份，约 3 万字
2023.01-2023.06 即食燕麦杯配方开发（校企合作）
产品货架期延长到 9 个月
学术成果
1. 第一作者 SCI 论文 2 篇（Food Hydrocolloids、LWT）
2. 中文核心期刊论文 1 篇
3. 授权实用新型专利 1 项
荣誉奖励
研究生国家奖学金（1 次）
校级优秀研究生干部（2 次）
全国食品工程创新大赛二等奖
校园经历
2021.09-2022.06 研究生会 学术部部长
组织学术沙龙 12 场，参与人数 600 余人次
2018.09-2019.06 食品学院青年志愿者协会 干事
组织社区食品安全宣传 8 次，覆盖居民 300 户
专业技能
仪器：HPLC、GC-MS、质构仪、流变仪、激光粒度仪
软件：Origin、SPSS、Design-Expert、Excel
证书：食品检验工（四级）、英语六级
语言能力
英语六级 540 分，能流利阅读英文文献
自我评价
1. 具备扎实的食品化学和食品工艺基础；
2. 动手能力强，熟悉中试放大流程；
3. 团队意识强，能承受工作压力；
4. 对新产品开发有浓厚兴趣。
兴趣爱好
烘焙、长跑、摄影
""",
    length=["too_long"],
)

add(
    "agriculture",
    """
◆ 罗青苗
◆ 13900100091 ｜ qingmiao.luo@example.com
◆ 教育背景
2021.09-2025.06 西陇农业大学 设施农业科学与工程 本科
核心课程：设施作物栽培、温室环境调控、农业物联网
◆ 专业技能
SPSS、AutoCAD、温室环境监测系统
◆ 荣誉奖励
校级三好学生、校二等奖学金
◆ 自我评价
对设施农业和智慧温室兴趣浓厚，学习能力强，能适应基地工作。
""",
    posting="""
温室技术员
任职要求：
1. 设施农业、园艺相关专业；
2. 熟悉 Excel、SPSS；
3. 有温室管理经验；
4. 能适应轮班。
待遇：包食宿，五险一金。
""",
    sections=["experience"],
    keywords=["excel", "温室管理"],
)

add(
    "agriculture",
    """
简历
姓名：戴丰年
电话：13900100101
邮箱：fengnian.dai@example.com
教育背景
2021.09-2025.06 东濑农学院 园艺 本科
实习经历
2024.09-2024.06 东濑蔬菜产业园 生产技术员
管理 12 栋大棚的番茄生产，单产提高 15%
2024.01-2024.03 绿心园艺公司 育苗实习生
培育嫁接苗 8000 株，成活率 94%
技能
Excel、SPSS、设施园艺技术
""",
    dates=["reversed:2024.09-2024.06"],
)

# ---------------- translation ----------------
add(
    "translation",
    """
Tang Yiwen 唐译雯
Mobile: 13900100111 | Email: yiwen.tang@example.com
Education 教育背景
2023.09-2025.06 Eastshore Foreign Studies University, MTI English Translation 翻译硕士
2019.09-2023.06 Eastshore Foreign Studies University, BA English 英语 本科
Experience 实习经历
2024.07-2024.12 Lingo Bridge Translation Co. Translation Intern
- Translated 150,000 words of medical device manuals with SDL Trados
- Built a termbase of 2,400 entries in memoQ; QA with Xbench cut error rate by 30%
2024.03-2024.06 Eastshore Expo Center Volunteer Interpreter
- Interpreted for 18 overseas exhibitors over 4 days
Skills 技能
SDL Trados, memoQ, Xbench, CATTI Level 2 Translator 二级笔译
""",
    posting="""
Translator (English-Chinese), Medical Devices
Responsibilities:
- Translate instructions for use, labels and regulatory documents
Requirements:
- CATTI Level 2 or above
- Proficient in SDL Trados and memoQ
- Experience with Xbench is a plus
""",
)

add(
    "translation",
    """
柯言之
手机 13900100121 ｜ 邮箱 yanzhi.ke@example.com
教育背景
2022.09-2025.06 海津外国语大学 英语口译 翻译硕士
2018.09-2022.06 海津外国语大学 英语 本科
实习经历
2024.09-2024.12 海津市外事服务中心 口译实习生
协助完成外宾接待和会谈交替传译
2024.03-2024.06 海津国际会展中心 会议口译助理
完成交替传译任务 14 场，累计 40 小时
技能与证书
CATTI 二级口译、英语专业八级、Word、Excel
""",
    posting="""
会议口译员
任职要求：
1. 英语或翻译专业硕士；
2. 熟悉交替传译、同声传译；
3. 持有 CATTI 二级口译证书；
4. 熟练使用 Office、Trados；
5. 形象气质佳，抗压能力强。
""",
    numbers=["2024.09-2024.12"],
    weak=["协助"],
    keywords=["同声传译", "trados"],
)

add(
    "translation",
    """
个人信息
姓名：乔木遥
身份证号：320102200203154826
户籍：江苏南京
电话：13900100131  邮箱：muyao.qiao@example.com
教育背景
2020年9月-2024年6月 金陵外语学院 日语 本科
2022年9月-2023年7月 大阪樱丘大学 交换留学
实习经历
2023.07-2023.09 东和翻译有限公司 日语笔译实习生
翻译汽车零部件技术资料，整理术语表
2024年1月-2024年4月 苏源电子（日资） 日语翻译
完成商务邮件翻译 600 余封，陪同口译 20 次
技能证书
日语 N1（165 分）、CATTI 三级笔译、Trados
""",
    numbers=["2023.07-2023.09"],
    dates=["format"],
    personal=["id_number", "native_place"],
)

add(
    "translation",
    """
孟书言
13900100141 | shuyan.meng@example.com
教育背景 | 2021.09-2025.06 南溪师范大学 英语（师范） 本科
实习经历
2024.09-2025.01 南溪市第二中学 英语实习教师
• 承担高一 2 个班的英语教学，共 64 课时
• 所带班级期中平均分提高 6 分
2024.12-2025.03 启航英语培训学校 助教
• 帮助学员整理错题，批改作业 900 份
技能证书
教师资格证（高中英语）、英语专业八级、PPT、Excel
""",
    posting="""
高中英语教师
任职要求：
1. 英语相关专业本科及以上；
2. 持有高中英语教师资格证、英语专业八级证书；
3. 熟练使用希沃白板、PPT；
4. 热爱教育事业，有亲和力。
福利：寒暑假、住房补贴。
""",
    weak=["帮助"],
    dates=["overlap:2024.09-2025.01|2024.12-2025.03"],
    keywords=["希沃白板"],
)

add(
    "translation",
    """
伍海帆
手机：13900100151  邮箱：haifan.wu@example.com
求职意向：外贸业务员
教育背景
2021.09-2025.06 闽江商贸学院 商务英语 本科
实习经历
2024.07-2024.12 泉州鸿顺鞋业进出口有限公司 外贸业务助理
• 回复海外客户询盘 420 封，成交新客户 6 家
• 跟进订单 35 单，出货金额 28 万美元
2023.07-2023.08 闽江商贸学院 广交会志愿者
• 为 12 家参展企业提供现场翻译
获奖情况
全国大学生英语竞赛三等奖；英语六级 556 分
""",
    posting="""
外贸业务员
岗位职责：开发海外客户，跟进订单及出运。
任职要求：
1. 英语六级以上，口语流利；
2. 熟悉 FOB、CIF 等贸易术语；
3. 会用 Excel、Google Ads；
4. 底薪+提成，上不封顶。
""",
    sections=["skills"],
    keywords=["fob", "cif", "excel", "google ads"],
)

add(
    "translation",
    """
==== 个人信息 Personal Info ====
纪语桐 Ji Yutong | 13900100161 | yutong.ji@example.com
==== 教育背景 Education ====
2021.09-2025.06 北湾外国语学院 翻译（英语） 本科 BA in Translation
==== 实践经历 Experience ====
2024.07-2024.09 环宇会展服务公司 陪同口译实习生
为 9 个外国代表团提供陪同口译，客户满意度 96%
2023.10-2024.05 北湾外国语学院 模拟联合国协会 会长
组织校际模联会议 2 届，参会代表 260 人
==== 技能 Skills ====
CATTI 三级口译、Trados、memoQ、Office
""",
)

add(
    "translation",
    """
韩知雨
邮箱：zhiyu.han@example.com ｜ 微信：zhiyu_ko2003
教育背景
2021.09-2025.06 东莱外国语大学 朝鲜语 本科
2023.03-2023.08 首尔汉川大学 交换生
实习经历
2024.07-2024.10 韩星文化传媒 韩语翻译实习生
负责综艺节目字幕翻译和校对
2024.03-2024.06 东莱外国语大学 国际交流处 学生助理
接待韩国交换生 45 人次，翻译通知 30 份
技能
TOPIK 6 级、CATTI 三级笔译、Aegisub、Word
""",
    contact=["phone"],
    numbers=["2024.07-2024.10"],
    weak=["负责"],
)

add(
    "translation",
    """
石澜
电话：13900100181  邮箱：lan.shi@example.com
民族：汉族
求职意向：法语翻译
教育背景
2021.09-2025.06 湘楚外国语学院 法语 本科
实习经历
2024.06-2024.09 中建某局非洲分公司（阿尔及利亚项目） 法语翻译实习生
翻译施工技术交底文件 80 份，约 12 万字
现场陪同口译 25 次
2023.07-2023.08 湘楚外国语学院 法语角 组织者
组织法语角活动，邀请外教参加
技能证书
法语专业八级、memoQ、英语六级
""",
    posting="""
法语翻译（非洲项目）
任职要求：
1. 法语专业本科及以上；
2. 持有法语专业八级证书；
3. 熟悉 Trados、memoQ；
4. 能适应外派，身体健康。
待遇：外派补贴、年休假 30 天。
""",
    numbers=["2023.07-2023.08"],
    personal=["ethnicity"],
    keywords=["trados"],
)

add(
    "translation",
    """
任思齐 | Localization
13900100191 | siqi.ren@example.com
教育背景
2022.09-2025.06 西京外国语大学 翻译硕士（本地化方向） 硕士
项目经历
2024.03-2024.06 开源软件 UI 字符串汉化（课程项目）
参与 Crowdin 平台上的词条翻译与审校
2024.07-2024.12 云游互娱 本地化实习生
翻译游戏 UI 文本 8 万字，在 Jira 中提交并跟进 bug 120 个
技能
Crowdin、Trados、Jira、Excel、CATTI 二级笔译
""",
    posting="""
Localization Specialist (Game)
Responsibilities:
- Translate and review UI strings and in-game text
- Report linguistic bugs
Requirements:
- Familiar with Phrase, Crowdin or Smartling
- Experience with Jira and Confluence
- Passion for games
""",
    numbers=["2024.03-2024.06"],
    weak=["参与"],
    keywords=["phrase", "smartling", "confluence"],
)

add(
    "translation",
    """
曾译安
手机：13900100201
邮箱：yian.zeng@example.com
教育背景
2022.09-2025.06 江右师范大学 英语笔译 翻译硕士
2018.09-2022.06 江右师范大学 英语 本科
毕业论文：功能对等理论视角下的政府工作报告英译研究
专业技能
CATTI 二级笔译、Trados、memoQ、Word、Excel
荣誉奖励
研究生学业奖学金一等奖、全国口译大赛省赛三等奖
自我评价
翻译量累计约 20 万字，擅长时政与经贸文本，做事细致。
""",
    sections=["experience"],
)

# ---------------- civil ----------------
add(
    "civil",
    """
姓名：钟衡
手机：13900100211
邮箱：heng.zhong@example.com
求职意向：造价员
教育背景
2021.09-2025.06 蜀川建筑大学 工程造价 本科
实习经历
2024.07-2024.12 锦城工程造价咨询有限公司 造价实习生
· 用广联达 GTJ 完成 2 栋住宅楼土建工程量计算，建筑面积 2.6 万平方米
· 用 GCCP 按 GB 50500 完成清单编制，出具计价文件 4 份，与审定价偏差小于 3%
2023.07-2023.08 蜀川建筑大学 工程造价课程设计 组长
· 带领 5 人小组完成办公楼预算书 1 份，获课程设计优秀
专业技能
广联达 GTJ、GCCP、AutoCAD、Excel；二级造价工程师（土建，2025 年取得）
""",
    posting="""
造价员
岗位职责：
1. 负责项目工程量计算、清单编制及对量；
2. 参加现场踏勘。
任职要求：
1. 工程造价、土木工程相关专业；
2. 熟练使用广联达 GTJ、GCCP；
3. 熟悉 GB 50500 清单计价规范；
4. 持有二级造价工程师证书优先。
""",
)

add(
    "civil",
    """
陆建安
电话：13900100221 ｜ 邮箱：jianan.lu@example.com
一、教育背景
2021.09-2025.06 淮北建筑工程学院 土木工程 本科
二、实习经历
2024.07-2024.10 中淮建设集团 施工员（实习）
1. 负责现场施工管理资料整理
2. 协助质检员开展质量安全检查
3. 编写施工日志
2024.03-2024.06 淮北建筑工程学院 测量实训
1. 完成校园控制网测量 12 个点位，闭合差满足规范
三、技能证书
施工员证、AutoCAD、Excel
""",
    posting="""
施工员
岗位职责：负责现场施工管理、质量安全检查，编制施工日志。
任职要求：
1. 土木工程相关专业，大专及以上学历；
2. 持有施工员证；
3. 会用 AutoCAD、Revit；
4. 熟悉 GB 50300 建筑工程施工质量验收统一标准；
5. 能适应项目驻场。
""",
    numbers=["2024.07-2024.10"],
    weak=["协助", "负责"],
    keywords=["revit", "gb 50300"],
)

add(
    "civil",
    """
测绘工程专业 应届毕业生
谭量
籍贯：四川南充
电话：13900100231  邮箱：liang.tan@example.com
教育背景
2021.09-2025.06 巴山理工大学 测绘工程 本科
实习经历
2024.07-2024.10 蜀测地理信息有限公司 外业测量实习生
使用 RTK、全站仪完成地形图测量 3.5 平方公里
2024.09-2024.12 川西勘测设计院 内业数据处理实习生
用南方 CASS 绘制 1:500 地形图 42 幅
专业技能
南方 CASS、RTK、全站仪、AutoCAD
""",
    posting="""
测绘工程师
任职要求：
1. 测绘工程、地理信息相关专业；
2. 熟悉南方 CASS、ArcGIS；
3. 会操作 RTK、全站仪；
4. 了解 Pix4D；
5. 能吃苦耐劳，适应野外作业。
""",
    dates=["overlap:2024.07-2024.10|2024.09-2024.12"],
    personal=["native_place"],
    keywords=["arcgis", "pix4d"],
)

add(
    "civil",
    """
个人简历
求职意向：造价员 / 预算员
姓名：邱小满    电话：13900100241    邮箱：xiaoman.qiu@example.com
教育背景
2022.09-2025.06 赣南城建职业学院 建设工程管理 大专
工作经历
2024.08-2025.02 赣州恒泰工程咨询有限公司 预算员助理
帮助预算员核对钢筋工程量，整理变更签证资料
2023.07-2023.08 赣南城建职业学院 学生会 宣传部干事
制作活动海报 15 张，公众号推文阅读量 8000+
自我评价
性格开朗，做事认真，能吃苦耐劳，愿意从基础做起。
""",
    sections=["skills"],
    numbers=["2024.08-2025.02"],
    weak=["帮助"],
)

add(
    "civil",
    """
黎承重
手机：13900100251  邮箱：chengzhong.li@example.com
教育背景
2018.09-2022.06 岭海大学 土木工程 本科
2022.09-2025.06 岭海大学 结构工程 硕士
导师：某教授；研究方向：钢-混凝土组合结构抗震
科研项目
2022.10-2024.06 装配式组合梁节点抗震性能试验（国家自然科学基金）
完成足尺节点拟静力试验 6 个，承载力提高 18%
建立 ABAQUS 有限元模型，与试验误差小于 8%
2023.03-2023.12 高层建筑风振舒适度分析（横向课题）
用 ETABS 计算 4 栋超高层，峰值加速度降低 22%
实习经历
2024.06-2024.09 南岭建筑设计研究院 结构设计实习生
完成 3 栋多层框架结构施工图，出图 56 张
用 PKPM 复核 2 个项目，指出超限问题 11 处
2021.07-2021.08 岭海路桥工程公司 施工实习生
记录预应力张拉数据 240 组
学术成果
EI 期刊论文 1 篇（第一作者），中文核心 2 篇
实用新型专利 1 项
荣誉奖励
研究生国家奖学金、全国大学生结构设计竞赛二等奖
专业技能
PKPM、YJK、ABAQUS、ETABS、AutoCAD、Revit
证书：一级注册结构工程师基础考试（已通过）
""",
    pages=2,
    length=["too_long"],
)

add(
    "civil",
    """
👷 孔立杭
📱 13900100261
📧 lihang.kong@example.com
🎯 求职意向：施工员 ｜ 杭州
💼 工作经历
2024.07-2025.03 钱塘建工集团 施工员
管理 2 栋高层主体施工，楼层进度从 7 天/层提高到 5 天/层
组织班组安全交底 36 次，全年零事故
2023.12-2024.05 浙东市政工程公司 施工员助理
统计混凝土浇筑方量 1.8 万立方米
🛠 技能证书
施工员证、安全员 C 证、AutoCAD、广联达 BIM5D
""",
    sections=["education"],
)

add(
    "civil",
    """
Zhao Ce 赵策
Email: ce.zhao@example.com | WeChat: zhaoce_survey
EDUCATION 教育背景
2021.09-2025.06 Coastal Polytechnic University, BEng Surveying and Mapping Engineering 测绘工程 本科
EXPERIENCE 实习经历
2024.07-2024.09 Harbourline Surveying Ltd. Survey Assistant 测量助理
- Set out 320 control points with a Leica total station
- Processed 18 km of road survey data in AutoCAD
2023.07-2023.08 Coastal Polytechnic University Survey Camp 测量实习队
- Completed a 1:1000 campus map covering 0.6 km²
SKILLS 技能
AutoCAD, Leica Captivate, 南方 CASS, Excel
""",
    posting="""
Survey Technician
Requirements:
- Bachelor's degree in Surveying or Geomatics
- Proficient in AutoCAD and ArcGIS
- Experience with Trimble and Leica total stations
- Full driving licence
""",
    contact=["phone"],
    keywords=["arcgis", "trimble"],
)

add(
    "civil",
    """
【基本信息】
姓名：梁筑 | 电话：13900100281 | 邮箱：zhu.liang@example.com
【教育背景】
2021.09-2025.06 中原建筑大学 土木工程 本科
【项目经历】
2025.01-2024.11 某商业综合体 BIM 建模（毕业设计）
参与 Revit 土建模型搭建和管线综合
2024.07-2024.09 豫建 BIM 咨询有限公司 BIM 实习生
用 Navisworks 完成碰撞检查，发现碰撞 230 处，优化 180 处
【专业技能】
Revit、Navisworks、AutoCAD、BIM 一级证书
""",
    posting="""
BIM 工程师
任职要求：
1. 熟练使用 Revit、Navisworks；
2. 了解 Dynamo；
3. 持有 BIM 等级证书优先；
4. 具有良好的团队合作精神。
""",
    numbers=["2025.01-2024.11"],
    weak=["参与"],
    dates=["reversed:2025.01-2024.11"],
    keywords=["dynamo"],
)

add(
    "civil",
    """
姓名：贺算
户口所在地：河北保定
手机：13900100291
邮箱：suan.he@example.com
教育背景
2021.09-2025.06 燕赵建筑学院 工程管理 本科
实习经历
2024/03-2024/06 冀中工程咨询有限公司 造价实习生
用广联达完成 3 个项目的安装工程算量，误差控制在 2% 以内
2024.07-2024.10 保定城投建设公司 成本实习生
整理合同台账 160 份，编制月度成本报表 4 份
专业技能
广联达、Excel、AutoCAD
""",
    posting="""
造价实习生（可转正）
任职要求：
1. 工程造价、工程管理相关专业；
2. 熟悉广联达、Excel；
3. 了解工程量清单计价；
4. 有招投标经验优先。
实习补贴：150 元/天。
""",
    dates=["format"],
    personal=["native_place"],
    keywords=["工程量清单计价", "招投标"],
)

add(
    "civil",
    """
简历
姓名：温土木   电话：13900100301   邮箱：tumu.wen@example.com
教育背景
2019.09-2022.06 皖东职业技术学院 建筑工程技术 大专
2022.09-2024.06 皖东工学院 土木工程 本科（专升本）
工作经历
2024.07-2025.06 皖东路桥建设有限公司 技术员
编制施工方案 9 份，审核通过率 100%
完成桥梁桩基检测资料 120 根
校园经历
2023.03-2023.12 皖东工学院 土木协会 副会长
组织结构设计校赛 1 届，参赛 48 队
专业技能
AutoCAD、广联达、Excel、施工员证
""",
)

# ---------------- public ----------------
add(
    "public",
    """
姓名：简暖
电话：13900100311  邮箱：nuan.jian@example.com
教育背景
2021.09-2025.06 南屏大学 社会工作 本科
实习经历
2024.07-2024.12 南屏市阳光社工服务中心 社工助理
- 开展个案工作 12 个，结案率 83%
- 协助督导组织长者小组活动
2024.03-2024.06 南屏大学 社区发展课题组 调研员
- 完成入户问卷 210 份，用 SPSS 分析形成报告 1 份
专业技能
助理社会工作师、SPSS、Word、Excel、PPT
""",
    posting="""
社会工作者（长者服务方向）
岗位职责：开展长者个案、小组及社区活动。
任职要求：
1. 社会工作专业本科及以上；
2. 持有助理社会工作师证书；
3. 熟练使用 Office、SPSS；
4. 有个案工作经验；
5. 有爱心、耐心。
""",
    # Corrected by the lead after the first run (which counted it as labelled): the entry's points
    # carry "12 个" and "83%", quantities by the table's own examples, so nothing is missing.
    numbers=[],
    weak=["协助"],
)

add(
    "public",
    """
个人基本情况
姓  名：覃政安          性  别：男
民  族：瑶族            籍  贯：湖南永州
婚姻状况：未婚          政治面貌：中共党员
联系电话：13900100321   电子邮箱：zhengan.qin@example.com
教育经历
2021.09-2025.06 潇湘大学 行政管理 本科
实习经历
2024-07~2024-09 永州市冷水街道办事处 党政办实习生
负责会议记录和公文收发
2023.07-2023.08 潇湘大学 三下乡社会实践团 队长
带领 10 名队员走访农户 86 户，形成调研报告 1 篇
技能
WPS、Excel、公文写作
""",
    numbers=["2024.07-2024.09"],
    weak=["负责"],
    dates=["format"],
    personal=["ethnicity", "native_place", "marital"],
)

add(
    "public",
    """
方念乡
13900100331 | nianxiang.fang@example.com
教育背景
2021.09-2025.06 云川大学 社会学 本科
公益实践
2024.03-2024.08 晨光乡村教育基金会 项目实习生
• 跟进 6 所乡村小学的阅读项目，发放图书 3200 册
• 收集项目数据，撰写月报 5 份
2024.07-2024.09 绿野公益发展中心 传播实习生
• 策划公众号推文 15 篇，累计阅读量 2.3 万
技能
Excel、PPT、Word、志愿服务 300 小时
""",
    posting="""
项目专员（乡村教育公益项目）
岗位职责：执行乡村教育项目，撰写项目报告，维护合作学校关系。
任职要求：
1. 社会学、社会工作、教育学等相关专业；
2. 熟悉项目管理；
3. 会用 Excel、PPT、问卷星、秀米；
4. 有志愿服务经验；
5. 认同公益理念，能接受出差。
""",
    dates=["overlap:2024.03-2024.08|2024.07-2024.09"],
    keywords=["项目管理", "问卷星", "秀米"],
)

add(
    "public",
    """
求职意向：社区工作者
江邻
手机：13900100341
邮箱：lin.jiang@example.com
教育背景
2022.09-2025.06 北江职业技术学院 社区管理与服务 大专
实习经历
2024.09-2025.01 北江市滨河社区居委会 社区工作实习生
• 配合网格员开展人口信息采集
• 负责社区老年食堂登记工作
2024.03-2024.06 北江职业技术学院 青年志愿者协会 部长
• 组织敬老院探访活动 9 次，参加志愿者 150 人次
自我评价
热心肠，沟通能力强，愿意扎根社区。
""",
    sections=["skills"],
    numbers=["2024.09-2025.01"],
    weak=["负责", "配合"],
)

add(
    "public",
    """
邵政言
电话：13900100351 | 邮箱：zhengyan.shao@example.com
教育背景
2022.09-2025.06 京西大学 公共管理 硕士
2018.09-2022.06 京西大学 行政管理 本科
研究经历
2023.09-2024.12 县域营商环境评价（省社科基金项目）
用 Stata 进行双重差分估计，样本 1200 个县区
撰写政策建议 2 份，其中 1 份获市领导批示
2024.07-2024.09 京西市发展改革研究中心 研究助理
整理统计年鉴数据 8000 余条，起草政策研究报告 3 篇
技能
Stata、Excel、公文写作、英语六级
""",
    posting="""
政策研究助理
岗位职责：开展区域政策研究，撰写研究报告。
任职要求：
1. 公共管理、经济学相关专业硕士；
2. 熟悉 Stata、NVivo；
3. 掌握政策评估、双重差分；
4. 熟悉公文写作；
5. 文字功底扎实。
""",
    keywords=["nvivo", "政策评估"],
)

add(
    "public",
    """
◆ 戚安和 ◆
电话：13900100361 ｜ 邮箱：anhe.qi@example.com
◆ 教育背景
2021.09-2025.06 西岭大学 公共事业管理 本科
◆ 实习经历
2024.07-2024.10 西岭市政务服务中心 综合窗口实习生
办理群众咨询 1500 余件，满意度 99%
2023.09-2024.06 西岭大学 学生会 办公室主任
组织全校大会 6 场，管理档案 400 份
◆ 专业技能
WPS、Excel、PPT、公文写作
""",
)

add(
    "public",
    """
柴小禾
手机号码：13900100371
求职意向：社区工作者
教育背景
2022.09-2025.06 东陵城市职业学院 社会工作 大专
实践经历
2024.07-2024.12 东陵市梧桐社区 社工实习生
帮助社区工作人员整理居民档案
2024.03-2024.06 东陵城市职业学院 心理协会 干事
策划心理健康讲座 4 场，听众 320 人次
技能
Word、Excel、普通话二级甲等
""",
    posting="""
社区工作者
任职要求：
1. 大专及以上学历，社会工作、公共管理相关专业优先；
2. 熟练使用 Office 办公软件；
3. 持有社会工作者职业资格证书者优先；
4. 熟悉网格化管理；
5. 服从安排，有较强的服务意识。
""",
    contact=["email"],
    numbers=["2024.07-2024.12"],
    weak=["帮助"],
    keywords=["社会工作者职业资格", "网格化管理"],
)

add(
    "public",
    """
Lu Ning 卢宁
Phone: 13900100381 | Email: ning.lu@example.com
身份证：110105200107253312
Education 教育背景
2019.09-2023.06 Northbridge University, BA International Relations 国际政治 本科
2023.09-2025.06 Northbridge University, MPA 公共管理硕士
Experience 实习经历
2024.06-2024.09 GreenRoots Foundation (Beijing) Program Intern 项目实习生
- Coordinated field visits to 14 villages in Yunnan
- Cleaned survey data of 860 households in Excel
2023.10-2024.03 Northbridge University Volunteer Association, Vice President
- Organised 20 community events with 500+ volunteers
Skills 技能
Excel, SPSS, English (IELTS 7.5), Mandarin
""",
    posting="""
Program Assistant, International NGO
Requirements:
- Fluent English and Mandarin
- Proficient in Excel and Power BI
- Experience with KoboToolbox or ODK
- Willing to travel to rural areas
""",
    personal=["id_number"],
    keywords=["power bi", "kobotoolbox", "odk"],
)

add(
    "public",
    """
姓名：袁一诺
电话：13900100391
邮箱：yinuo.yuan@example.com
求职意向：行政专员
工作经历
2024.07-2025.03 青溪县文化馆 行政助理（编外）
公文起草：通知、简报 60 余份，会议纪要 45 份
整理文书档案 300 卷，档案管理零差错
2023.09-2024.06 青溪县政务服务中心 志愿者
引导办事群众 2000 余人次
技能
WPS、Excel、公文写作
""",
    posting="""
行政专员（事业单位编外）
岗位职责：公文起草、会务保障、档案管理。
任职要求：
1. 大专及以上学历；
2. 熟练使用 WPS、Excel；
3. 熟悉公文写作；
4. 持有 C1 驾驶证。
""",
    sections=["education"],
    keywords=["c1"],
)

add(
    "public",
    """
姓名：于思源
性别：女
生源地：山东临沂
电话：13900100401
邮箱：siyuan.yu@example.com
教育背景
2021.09-2025.06 琅琊大学 公共事业管理 本科
主修课程：公共政策分析、社会保障概论、管理学原理
专业技能
Excel、PPT、SPSS、公文写作
英语六级、计算机二级
荣誉奖励
校一等奖学金、优秀学生干部
自我评价
性格沉稳，文字表达能力较强，愿意服务基层。
""",
    sections=["experience"],
    personal=["native_place"],
)


# ---------------- self-check ----------------
DATE = re.compile(
    r"(\d{4})\s*(?:[./\-]|年)\s*(\d{1,2})\s*月?\s*(?:[-~–—]|至)\s*(\d{4})\s*(?:[./\-]|年)\s*(\d{1,2})\s*月?"
)


def ranges(text):
    return {f"{a}.{int(b):02d}-{c}.{int(d):02d}" for a, b, c, d in DATE.findall(text)}


def squash(s):
    return re.sub(r"\s+", "", s).casefold()


def check(rows):
    assert len(rows) == 40 and len({r["id"] for r in rows}) == 40
    for r in rows:
        e, t = r["expected"], r["text"]
        rs = ranges(t)
        for n in e["numbers"]:
            assert n in rs, (r["id"], n)
        for d in e["dates"]:
            if d != "format":
                for part in d.split(":", 1)[1].split("|"):
                    assert part in rs, (r["id"], d)
        for w in e["weak_verbs"]:
            assert w in t, (r["id"], w)
        for k in e["keywords"]:
            assert r["posting"] and squash(k) in squash(r["posting"]), (r["id"], k)
            assert squash(k) not in squash(t), (r["id"], k)
        assert ("phone" in e["contact"]) == (not re.search(r"139\d{8}", t)), r["id"]
        assert ("email" in e["contact"]) == ("@example.com" not in t), r["id"]
        est = sum(max(1, math.ceil(len(line) / 40)) for line in t.split("\n"))
        long = r["pages"] > 1 if r["pages"] else est > 48
        assert long == bool(e["length"]), (r["id"], est)
        assert set(e) == {
            "sections",
            "contact",
            "length",
            "numbers",
            "weak_verbs",
            "dates",
            "personal",
            "keywords",
        }


def main():
    rows = [dict(id=f"10b{i:02d}", **r) for i, r in enumerate(R, 1)]
    check(rows)
    out = Path(__file__).with_name("resumes_blind10b.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} resumes to {out.name}")


if __name__ == "__main__":
    main()
