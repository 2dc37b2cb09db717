#!/usr/bin/env python3
"""Blind resume set 8a: 40 hand-written resumes (ai, bio, manufacturing, data).

Standard library only. Writes resumes_blind8a.jsonl next to this file and
self-checks it (valid JSON, ids, every labelled string present).
Run: python3 careers/tests/data/make_blind8a.py
"""

import json
import math
import re
from pathlib import Path

OUT = Path(__file__).with_name("resumes_blind8a.jsonl")
CHECKS = ("sections", "contact", "length", "numbers", "weak_verbs", "dates", "personal", "keywords")

R = []


def add(rid, field, text, posting=None, **expected):
    exp = {k: list(expected.get(k, [])) for k in CHECKS}
    unknown = set(expected) - set(CHECKS)
    assert not unknown, (rid, unknown)
    R.append(
        {
            "id": rid,
            "field": field,
            "text": text.strip("\n"),
            "posting": posting.strip("\n") if posting else None,
            "pages": None,
            "photo": False,
            "expected": exp,
        }
    )


# ---------------------------------------------------------------- ai
add(
    "8a01",
    "ai",
    """
林栖梧
求职意向：大模型算法工程师 | 上海
电话：13900081001 | 邮箱：qiwu.lin@example.com
教育背景
2023.09-2026.06  沧澜大学  人工智能  硕士
2019.09-2023.06  沧澜大学  计算机科学与技术  本科
实习经历
2025.06-2025.09  星河智算科技有限公司  大模型算法实习生
· 基于 LoRA 对 7B 大模型做指令微调，客服场景回答准确率从 71% 提升到 84%
· 构建 RAG 检索增强链路，召回 Top5 命中率提升 12 个百分点
· 自建评测集 600 条，覆盖知识问答、多轮对话等 5 类任务
项目经历
2024.10-2025.04  法规知识问答助手（实验室项目）
· 整理法规语料 3.2 万条，使用 Milvus 搭建向量索引
· 用 vLLM 部署服务，单卡吞吐提升 2.3 倍，生成效果人工评分 4.3/5
专业技能
Python、PyTorch、Transformers、LoRA、vLLM、Milvus、Linux
英语：CET-6
""",
    """
大模型算法工程师（2026届校招）
岗位职责：
1. 负责大模型在客服、知识问答场景的微调与评测；
2. 搭建 RAG 检索增强链路，优化召回与生成效果。
任职要求：
1. 计算机、人工智能等相关专业硕士及以上；
2. 熟悉 Python、PyTorch，熟悉 Transformers 库；
3. 有 LoRA 微调或 RAG 项目经验，了解 vLLM、Milvus 者优先。
""",
)

add(
    "8a02",
    "ai",
    """
姓名：许晏清
性别：男 | 出生年月：2003.05 | 政治面貌：共青团员
手机：13900081002 | 邮箱：yanqing.xu@example.com
求职意向：计算机视觉算法工程师

【教育背景】
2021.09-2025.06 海陵理工大学 | 自动化 | 本科
GPA 3.6/4.0，主修课程：数字图像处理、机器学习、模式识别

【实习经历】
2024.07-2024.09 瞰远智能科技有限公司 | 视觉算法实习生
- 参与工业视觉检测项目中缺陷检测模型的训练和调参
- 整理标注规范，和标注团队沟通数据问题

【项目经历】
2023.10-2024.05 基于 YOLOv8 的安全帽佩戴检测（毕业设计）
- 采用目标检测方案，自建数据集 4600 张，mAP@0.5 达到 91.2%
- 引入注意力模块，小目标召回率提升 6.5%

【专业技能】
Python、PyTorch、OpenCV、YOLO、Linux
""",
    """
视觉算法工程师（校招）
岗位职责：
1. 负责工业视觉检测算法的研发与落地；
2. 负责模型在边缘设备上的部署与加速。
任职要求：
1. 本科及以上学历，计算机、自动化相关专业；
2. 熟悉 Python、PyTorch，熟悉 OpenCV；
3. 了解 TensorRT、ONNX 等模型部署工具者优先；
4. 有目标检测项目经验。
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["参与"],
    keywords=["tensorrt", "onnx"],
)

add(
    "8a03",
    "ai",
    """
个人简历
姓    名：韩知夏        性    别：女
民    族：汉族          籍    贯：山东潍坊
出生年月：2002年11月    政治面貌：中共党员
联系电话：13900081003   电子邮箱：zhixia.han@example.com

教育背景
2021年9月—2025年6月    青崖大学    数据科学与大数据技术    本科

实习经历
2024年7月—2024年10月   云衡信息技术有限公司    NLP算法实习生
1. 搭建工单文本分类模型（BERT），覆盖 23 个类别，宏 F1 从 0.78 提升到 0.86
2. 编写数据清洗脚本，去重后保留有效样本 5.4 万条

项目经历
2024年3月—2024年6月    电商评论情感分析（课程项目）
1. 爬取评论 2 万条，对比 TextCNN 与 BERT 两种方案，准确率达到 92%

专业技能
编程：Python、SQL
框架：PyTorch、Transformers、scikit-learn
英语：CET-6（556 分）
""",
    """
NLP 算法工程师
任职要求：
1. 熟悉 Python，掌握 PyTorch 或 TensorFlow；
2. 熟悉 BERT 等预训练模型，有文本分类、命名实体识别项目经验。
""",
    personal=["ethnicity", "native_place"],
    keywords=["tensorflow", "命名实体识别"],
)

add(
    "8a04",
    "ai",
    """
ZHOU Yiran 周亦然
Mobile: 13900081004 · Email: yiran.zhou@example.com · GitHub: github.com/yiran-z

## 教育背景 Education
2022.09 - 2025.06  南溪大学 Nanxi University  计算机技术  硕士 M.Eng.
2018.09 - 2022.06  南溪大学  软件工程  本科 B.Eng.

## 实习经历 Internship
2024-03 - 2024-06  Lumen AI（北京）  算法实习生 Algorithm Intern
- 为内部知识库搭建问答 Agent，接入 12 个业务文档库
- 迭代提示词模板 40 余版，检索命中率从 58% 提升到 81%
- Reduced average answer latency from 4.1 s to 1.6 s

## 项目经历 Projects
2024.09 - 2025.01  Paper-Reader 论文速读工具
- 基于 GPT-4o 等大模型 API 与 FAISS 实现论文检索与摘要，GitHub 获得 310 Star

## 技能 Skills
Python, PyTorch, FAISS, FastAPI, Docker, Git
""",
    """
AI 应用开发工程师（大模型方向）
岗位职责：
1. 基于大模型搭建企业知识库问答、Agent 等应用；
2. 负责检索链路和提示词的迭代优化。
任职要求：
1. 熟悉 Python，熟悉 FastAPI；
2. 熟悉 LangChain 等框架；
3. 了解向量数据库（Milvus、FAISS 等）；
4. 有 Docker 使用经验。
""",
    dates=["format"],
    keywords=["langchain", "向量数据库", "milvus"],
)

add(
    "8a05",
    "ai",
    """
宋屿川
电话：13900081005  邮箱：yuchuan.song@example.com
求职意向：机器学习算法实习生
━━━━━━━━ 教育背景 ━━━━━━━━
2022.09-2026.06  东篱大学  信息与计算科学  本科
主修课程：数学分析、线性代数、概率论、机器学习导论
━━━━━━━━ 竞赛经历 ━━━━━━━━
2024.05-2024.09  全国大学生数学建模竞赛
担任队长，建立交通流预测模型，获省级一等奖（全省前 5%）
2023.10-2024.03  校级大学生创新训练项目：校园垃圾分类识别
完成图像采集和模型训练，撰写结题报告
━━━━━━━━ 荣誉奖项 ━━━━━━━━
校级一等奖学金 ×2、优秀学生干部
━━━━━━━━ 自我评价 ━━━━━━━━
数学基础扎实，学习能力强，喜欢钻研问题。
""",
    sections=["skills"],
    numbers=["2023.10-2024.03"],
)

add(
    "8a06",
    "ai",
    """
吕星野
男 | 24岁 | 本科 | 现居：杭州
13900081006 | xingye.lv@example.com
求职意向
推荐算法工程师 | 杭州 | 全职
教育经历
2020.09-2024.06 钱塘理工大学 统计学 本科
工作经历
2024.07-2025.06 桔禾网络科技有限公司 | 推荐算法工程师（校招）
工作描述：负责首页推荐系统的召回策略迭代，上线双塔召回后点击率提升 3.8%；协助搭建特征平台。
实习经历
2023.07-2023.10 慢橙科技 | 数据挖掘实习生
工作描述：负责用户画像标签开发，协助数据分析师制作日报。
专业技能
Python、SQL、TensorFlow、XGBoost、Linux
推荐算法：双塔召回、DeepFM 排序
""",
    """
推荐算法工程师
任职要求：
1. 熟悉 Python、SQL，熟悉 Spark、Hive 等大数据工具；
2. 熟悉 TensorFlow，有推荐系统项目经验。
""",
    numbers=["2023.07-2023.10"],
    weak_verbs=["协助", "负责"],
    keywords=["spark", "hive"],
)

add(
    "8a07",
    "ai",
    """
宁远舟 NING Yuanzhou
手机 Mobile：13900081007 | 邮箱 Email：yuanzhou.ning@example.com
主页：yuanzhou-ning.example.com
求职意向：多模态大模型研究员

教育背景 Education
2021.09-2026.06  启明大学  计算机科学与技术  博士
2017.09-2021.06  启明大学  计算机科学与技术  本科（GPA 3.82/4.0，专业排名 5/186）

科研经历 Research
2023.09-2025.12  视频-语言预训练（国家重点研发计划课题）
- 提出时序对齐损失，在 3 个视频问答基准上平均提升 2.7 个点
- 训练数据清洗流水线处理 1.2 亿视频片段，过滤率 38%
2022.03-2023.08  开放词汇目标检测
- 在 LVIS 稀有类别上 AP 从 17.1 提升到 21.4
- 开源代码获得 860 Star
2020.09-2021.06  本科毕业设计：轻量化图像分类网络
- 模型参数量减少 62%，精度下降不到 0.5 个点

实习经历 Internship
2024.06-2024.09  云岫科技 多模态实验室  研究实习生
- 构建 20 万条图文指令数据，微调后模型在内部评测集上胜率 64%
- 推理阶段引入 KV cache 量化，显存占用降低 35%
2022.07-2022.09  深蓝视觉  算法实习生
- 优化检测模型后处理，单帧延迟从 28ms 降到 17ms

论文发表 Publications
[1] Ning Y., et al. Temporal Alignment for Video-Language Pretraining. CVPR 2025.（第一作者）
[2] Ning Y., et al. Rare-Class Aware Open-Vocabulary Detection. ICCV 2023.（第一作者）
[3] Zhao L., Ning Y., et al. Efficient Token Pruning for Vision Transformers. NeurIPS 2024.（第二作者）
[4] Ning Y., et al. 面向边缘设备的轻量化图像分类网络. 计算机工程学报, 2022.（第一作者）

专利 Patents
一种基于时序对齐的视频检索方法，发明专利，已公开
一种开放词汇检测的数据增强方法，发明专利，实审中

学术服务 Academic Service
担任 CVPR 2025、ICCV 2025、NeurIPS 2024 审稿人
担任实验室组会组织者，共组织组会 90 余次

荣誉奖项 Honors
2024 博士研究生国家奖学金
2023 启明大学 优秀研究生
2022 全国人工智能创新大赛 二等奖
2020 本科生国家奖学金
2019 全国大学生数学竞赛 一等奖

专业技能 Skills
编程语言：Python、C++、CUDA
深度学习：PyTorch、DeepSpeed、Megatron-LM、Transformers
工具：Linux、Docker、Git、Slurm 集群
语言：英语 IELTS 7.5，可作为英文工作语言

自我评价 Summary
具备独立提出问题、设计实验和撰写论文的完整科研能力，熟悉多模态预训练和大模型微调的工程细节，
能够带领 3-4 名硕士生开展课题，沟通顺畅，抗压能力强。
""",
    length=["too_long"],
)

add(
    "8a08",
    "ai",
    """
👤 戴南枝 | 2025届 | 本科
📱 13900081008 | 微信：nanzhi_dai
🎯 求职意向：AI 训练师 / 数据标注主管

🎓 教育背景
2021.09-2025.06 临川学院 汉语言文学 本科

💼 实习经历
2024.03-2024.07 百川智联科技 AI训练师实习生
· 审核大模型对话数据 1.5 万条，质检合格率 97%
2024.06-2024.09 知页文化传媒 内容运营实习生
· 参与公众号选题策划和排版
· 撰写推文 26 篇，单篇最高阅读 3.1 万

🛠 技能
Excel、Python 基础、Prompt 编写、Office
""",
    contact=["email"],
    weak_verbs=["参与"],
    dates=["overlap:2024.03-2024.07|2024.06-2024.09"],
)

add(
    "8a09",
    "ai",
    """
个人信息
苏砚白  |  女  |  2002年生
手机：13900081009
邮箱：yanbai.su@example.com
求职意向
期望职位：Machine Learning Engineer
期望地点：深圳
教育经历
2020/09-2024/06  明港大学  计算机科学与技术  本科
2024/09-2027/06  明港大学  软件工程  硕士（在读）
项目经验
2024/10-2025/05  多模态商品检索系统
项目描述：基于 CLIP 做图文检索，Recall@10 从 62% 提升到 79%
责任描述：完成数据清洗与评测脚本，支持 80 万件商品的离线索引
实习经历
2025/06-2025/09  鹏远电商科技  算法实习生
搭建 Flask 推理服务，P99 延迟从 420ms 降到 150ms
技能特长
Python、PyTorch、Flask、Git、MySQL
""",
    """
Machine Learning Engineer (Campus 2026)
Responsibilities:
- Build and deploy multimodal retrieval models for e-commerce search
- Own model serving and monitoring in production
Requirements:
- Proficient in Python and PyTorch
- Experience with Docker and Kubernetes
- Familiar with FastAPI or Flask
- Knowledge of CLIP or similar vision-language models is a plus
""",
    keywords=["docker", "kubernetes", "fastapi"],
)

add(
    "8a10",
    "ai",
    """
姓名：蒋一禾
联系电话：13900081010
电子邮箱：yihe.jiang@example.com
求职岗位：数据标注员 / AI 训练师助理

教育经历
2022.09-2025.06  江屿职业技术学院  大数据技术  大专

专业技能
熟练使用 Excel、Word、PowerPoint，会用 Python 编写简单脚本
普通话二级甲等，打字速度 80 字/分钟

证书
全国计算机等级考试二级（MS Office）
英语 A 级

自我评价
性格踏实细致，能长时间专注做重复性工作，愿意从基层岗位做起。
""",
    sections=["experience"],
)

# ---------------------------------------------------------------- bio
add(
    "8a11",
    "bio",
    """
陶沐晴
13900081011 · muqing.tao@example.com
求职意向：生物信息分析工程师
教育背景
2022.09-2025.06  白川大学  生物信息学  硕士
2018.09-2022.06  白川大学  生物技术  本科
科研经历
2023.03-2025.03  肝癌免疫微环境图谱（导师国家基金课题）
· 用 Scanpy 分析 12 例样本的单细胞转录组数据，共 9.6 万个细胞，鉴定 14 个细胞亚群
· 编写 Snakemake 流程，单样本处理时间从 6 小时降到 1.5 小时
实习经历
2024.07-2024.09  慧基因科技有限公司  生信分析实习生
· 完成 RNA-seq 差异分析 30 个项目，交付报告 30 份
专业技能
Python、R、Linux、Shell、Snakemake、Scanpy、Seurat
单细胞转录组分析、RNA-seq 分析
""",
    """
生物信息分析工程师
任职要求：
1. 生物信息学、生物学相关专业硕士；
2. 熟悉 Linux、Shell，掌握 Python 或 R；
3. 有 RNA-seq 或单细胞转录组分析经验，熟悉 Seurat、Scanpy。
""",
)

add(
    "8a12",
    "bio",
    """
◆ 基本信息
姓名：骆晚舟 | 电话：13900081012 | 邮箱：wanzhou.luo@example.com
◆ 教育背景
2021.09-2025.06  栖霞医科大学  药学  本科
◆ 实习经历
2024.07-2024.12  清源药业股份有限公司  QC 实习生
▪ 独立完成原料药 HPLC 含量测定 120 批次，数据一次通过率 98%
▪ 整理 6 台仪器的使用日志和校准记录
◆ 校园经历
2022.09-2023.06  学院学生会 学术部部长
▪ 组织学术讲座 8 场，累计参与人数 900 余人
◆ 技能证书
HPLC、UV、溶出度测定、Excel、英语六级
""",
)

add(
    "8a13",
    "bio",
    """
姓名：钟一苒    电话：13900081013    邮箱：yiran.zhong@example.com
教育背景
2020.09-2024.06  南屏大学  制药工程  本科
实习经历
2023.07-2023.09  康宁生物制药有限公司  QC实习生
协助带教老师做微生物限度检查，整理检验记录
2024.02-2024.05  华泽医药研究院  分析研发实习生
完成有关物质方法学验证 3 项，撰写验证报告 3 份
技能
HPLC、GMP、Word、Excel、Origin
""",
    """
QC 检验员（药品）
岗位职责：
1. 按标准操作规程完成原辅料、中间体及成品检验；
2. 及时记录检验数据，确保数据完整可追溯。
任职要求：
1. 药学、制药工程等相关专业本科及以上；
2. 熟悉 HPLC、GC 等仪器操作；
3. 熟悉 GMP，了解 ICH 指导原则。
""",
    numbers=["2023.07-2023.09"],
    weak_verbs=["协助"],
    keywords=["gc", "ich"],
)

add(
    "8a14",
    "bio",
    """
个人简历
姓名\t庞若溪\t性别\t女
出生日期\t2002.08\t婚姻状况\t未婚
身份证号\t320583200208150048
手机\t13900081014\t邮箱\truoxi.pang@example.com
教育背景
2020.09-2024.06\t临渚农业大学\t食品质量与安全\t本科
实习经历
2023.07-2023.10\t鲜源食品检测中心\t检测实习生
完成农残快检样品 1500 余份，出具检测报告 60 份
项目经历
2023.03-2023.12\t乳制品中三聚氰胺的快速检测方法研究（大创项目）
优化前处理步骤，检测时间从 40 分钟缩短到 15 分钟
技能证书
GC-MS、HPLC、ELISA、SPSS、食品检验工（四级）
""",
    """
食品检测技术员
任职要求：
1. 食品、化学、生物相关专业本科及以上；
2. 熟悉 GC-MS、LC-MS、ICP-MS 等仪器；
3. 熟悉 CNAS 实验室管理要求。
""",
    personal=["id_number", "marital"],
    keywords=["lc-ms", "icp-ms", "cnas"],
)

add(
    "8a15",
    "bio",
    """
贝一诺
13900081015 | yinuo.bei@example.com
个人优势
细胞培养 3 年经验，熟练掌握 Western Blot、qPCR、免疫组化，能独立完成动物实验。
期望职位
实验技术员 | 苏州 | 6-8K
工作经历
2022.07-2025.06  苏州瑞柏生物科技有限公司  实验技术员
· 维护 CHO、HEK293 等 8 种细胞系，年传代冻存 400 余支
· 完成小鼠药效实验 20 余批，整理原始数据和实验记录
项目经历
2023.09-2024.06  PD-1 抗体药效评价项目
· 独立完成 120 只小鼠的分组给药和肿瘤体积测量
""",
    sections=["education"],
)

add(
    "8a16",
    "bio",
    """
姓名：尹知微
手机：13900081016
邮箱：zhiwei.yin@example.com
求职意向：临床监查员（CRA）
教育背景
2021.09-2024.06  安平医学院  护理学  硕士
2017.09-2021.06  安平医学院  护理学  本科
实习经历
2023.07-2023.12  博衡医药 CRC实习生
· 维护 4 个肿瘤 II 期项目的受试者随访，按时完成率 100%
· 整理研究者文件夹 6 套
2024.03-2024.01  安平医学院附属医院 GCP 办公室 实习
· 审核临床试验立项材料 35 份
技能
GCP 证书、Office、SPSS、英语六级
""",
    """
临床监查员 CRA
任职要求：
1. 医学、药学、护理相关专业本科及以上；
2. 熟悉 ICH-GCP 和国内 GCP 法规；
3. 有 EDC 系统使用经验，熟练使用 Office；
4. 英语六级及以上。
""",
    dates=["reversed:2024.03-2024.01"],
    keywords=["ich-gcp", "edc"],
)

add(
    "8a17",
    "bio",
    """
姓名：邢楚宁  电话：13900081017  邮箱：chuning.xing@example.com
教育背景
2019年9月-2023年6月  云梦大学  生物工程  本科
实习经历
2022年7月-2022年9月  绿禾生物技术有限公司  发酵车间实习生
负责发酵罐日常巡检，帮助记录工艺参数
2023.03-2023.06  云梦大学生命科学学院 酶工程实验室  实验助理
负责菌种保藏和培养基配制，和师兄一起完成酶活测定实验
工作经历
2023.07-2024.12  恒信检测技术有限公司  微生物检测员
完成食品微生物检测样品 2600 余份，报告差错率低于 0.5%
技能
无菌操作、PCR、发酵罐操作、Excel
""",
    numbers=["2022.07-2022.09", "2023.03-2023.06"],
    weak_verbs=["帮助", "负责"],
    dates=["format"],
)

add(
    "8a18",
    "bio",
    """
金予安
手机：13900081018  邮箱：yuan.jin@example.com
教育背景
2022.09-2025.06  北汀大学  细胞生物学  硕士
2018.09-2022.06  北汀大学  生物科学  本科
科研经历
2022.10-2025.03  巨噬细胞极化在肺纤维化中的作用（导师课题）
· 完成原代巨噬细胞培养和极化诱导 40 余批
· 建立博来霉素诱导小鼠肺纤维化模型，造模成功率 85%
· 完成 Western Blot 实验 60 余次，相关结果投稿 SCI 1 篇
获奖情况
2023 研究生学业一等奖学金
2024 校优秀研究生
""",
    """
研发助理（细胞生物学方向）
任职要求：
1. 细胞生物学、免疫学等相关专业硕士；
2. 熟练掌握细胞培养、Western Blot、qPCR 等实验技术；
3. 会用 FlowJo、GraphPad 分析数据。
""",
    sections=["skills"],
    keywords=["qpcr", "flowjo", "graphpad"],
)

add(
    "8a19",
    "bio",
    """
Wen Qiaoyu 温乔宇
Email: qiaoyu.wen@example.com | WeChat: qiaoyu_wen
EDUCATION 教育背景
Sep 2020 - Jun 2024  Lingxi University 岭西大学, B.Sc. Biomedical Engineering 生物医学工程 本科
EXPERIENCE 实习经历
Jul 2023 - Sep 2023  Anmei Medical Devices (Suzhou), Regulatory Affairs Intern
- Compiled 14 registration dossiers for Class II devices
- Translated 60+ pages of IFU documents into Chinese
SKILLS 技能
Office, Python, MATLAB, English (IELTS 7.0)
""",
    contact=["phone"],
)

add(
    "8a20",
    "bio",
    """
钱念慈
电话：13900081020 | 邮箱：nianci.qian@example.com
教育背景
2022.09-2025.06  青澜医科大学  药理学  硕士
2018.09-2022.06  青澜医科大学  临床药学  本科
科研经历
2022.11-2024.12  新型 GLP-1 激动剂降糖作用研究
· 完成 STZ 小鼠造模 90 只，给药组空腹血糖下降 32%
· 检索 PubMed 文献 300 余篇，撰写综述 1 篇
实习经历
2024.07-2024.09  瑞和医药 医学部实习生
· 制作产品培训 PPT 12 套，覆盖 5 个区域的医药代表
技能
PubMed、EndNote、SPSS、GraphPad、Excel、PowerPoint
""",
    """
Medical Science Liaison Assistant
Requirements:
- Master's degree in pharmacology, clinical medicine or related fields
- Strong literature search skills with PubMed
- Proficient in Excel and PowerPoint
- Familiar with SPSS or GraphPad
""",
)

# ---------------------------------------------------------------- manufacturing
add(
    "8a21",
    "manufacturing",
    """
曹景行
电话：13900081021  邮箱：jingxing.cao@example.com
求职意向：工艺工程师（汽车零部件）
教育背景
2020.09-2024.06  常平工学院  机械设计制造及其自动化  本科
实习经历
2023.07-2023.12  华锐汽车零部件有限公司  工艺实习生
· 负责冲压线和焊接线首件检验，整理作业指导书 18 份、控制计划 3 份
· 导入快换模具后，换模时间从 45 分钟降到 20 分钟
项目经历
2022.09-2023.05  变速箱壳体加工工艺规划（课程设计）
· 编制加工工艺卡 1 套，设计夹具 2 套，用 AutoCAD 出图 14 张
技能
AutoCAD、SolidWorks、APQP、FMEA、Office
""",
    """
工艺工程师
岗位职责：
1. 负责新产品冲压、焊接工艺开发；
2. 编制 PFMEA、控制计划及作业指导书。
任职要求：
1. 机械、材料相关专业本科及以上；
2. 熟悉 APQP、PPAP 流程；
3. 会用 Minitab、AutoCAD。
""",
    weak_verbs=["负责"],
    keywords=["pfmea", "ppap", "minitab"],
)

add(
    "8a22",
    "manufacturing",
    """
个人简历
姓名：韦思远    手机：13900081022    邮箱：siyuan.wei@example.com
一、教育背景
2021.09-2024.06  湖湾职业技术学院  数控技术  大专
二、实习经历
2023.09-2024.03  精锐精密机械有限公司  数控车床操作实习生
1. 独立操作 FANUC 系统数控车床，日均加工轴类零件 120 件
2. 优化刀具路径，单件加工节拍从 4.5 分钟降到 3.8 分钟
三、校园经历
2022.03-2023.06  校机械创新协会  项目负责人
1. 带领 5 人团队制作自动分拣小车，获省职业院校技能大赛三等奖
四、专业技能
FANUC 数控编程、Mastercam、AutoCAD、三坐标测量
五、证书
数控车工（中级）、CET-4
""",
)

add(
    "8a23",
    "manufacturing",
    """
个人简历
姓    名：马文彬          民    族：回族
户口所在地：宁夏吴忠     出生年月：2001.10
手    机：13900081023    邮    箱：wenbin.ma@example.com
教育背景
2019.09-2023.06  西塬理工大学  材料成型及控制工程  本科
实习经历
2022.07-2022.09  宁铸机械有限公司  铸造工艺实习生
- 统计砂型铸造工艺下的铸件缺陷 600 余件，气孔缺陷占比从 9% 降到 5%
2023.07-2024.10  宁铸机械有限公司  铸造工艺员
- 编制铸造工艺卡 26 份，新产品一次试制成功率 80%
专业技能
ProCAST、AutoCAD、UG、Office
""",
    """
铸造工艺工程师
任职要求：
1. 材料成型相关专业，本科及以上学历；
2. 熟悉砂型铸造工艺，会用 ProCAST 或 MAGMA 模拟软件；
3. 会使用 UG、AutoCAD 绘图，了解 SPC。
""",
    personal=["ethnicity", "native_place"],
    keywords=["magma", "spc"],
)

add(
    "8a24",
    "manufacturing",
    """
黎子川
13900081024 | zichuan.li@example.com | 求职意向：机械设计工程师
==== 教育背景 ====
2021.09-2025.06  汾阳科技大学  机械工程  本科
==== 项目经历 ====
2024.09-2025.05  桌面级四轴机械臂设计（毕业设计）
- 用 UG NX 完成整机三维设计，零件 86 个，重复定位精度 ±0.2 mm
- 完成关键连杆强度校核，安全系数 2.5
2023.07-2023.08  华拓自动化设备有限公司  机械设计实习生
- 绘制钣金件工程图 40 张，完成 BOM 整理 3 套
==== 技能 ====
UG NX、AutoCAD、GD&T 基础、C 语言
""",
    """
机械设计工程师（非标自动化）
任职要求：
1. 机械类相关专业本科；
2. 熟练使用 SolidWorks 或 UG 进行三维设计；
3. 熟悉 GD&T，掌握 ANSYS 等有限元分析软件。
""",
    keywords=["solidworks", "ansys"],
)

add(
    "8a25",
    "manufacturing",
    """
【个人信息】
姓名：彭嘉树 | 手机：13900081025 | 邮箱：jiashu.peng@example.com
【求职意向】
质检员 / 设备维护 | 佛山
【教育背景】
2022.09-2025.06  南海职业技术学院  机电一体化技术  大专
主修课程：电工电子技术、PLC 控制技术、机械制图、液压与气动
【技能证书】
低压电工作业证、CAD 中级绘图员、CET-4
熟练使用 AutoCAD、Office
【自我评价】
动手能力强，能适应倒班，服从安排。
""",
    sections=["experience"],
)

add(
    "8a26",
    "manufacturing",
    """
舒望岳
电话：13900081026
邮箱：wangyue.shu@example.com
教育背景
2021.09-2025.06  金陵工程学院  工业工程  本科
实习经历
2024.01-2024.06  宏达电子（昆山）有限公司  IE 实习生
· 用秒表法完成 SMT 线体工时测定 12 个工位，线平衡率从 72% 提升到 86%
2024.05-2024.08  安捷精密制造有限公司  精益生产实习生
· 协助推行 5S 和目视化管理，整理现场改善提案
技能
Excel、Visio、AutoCAD、Minitab、精益生产
""",
    """
IE 工程师
岗位职责：
1. 负责产线工时测定、线平衡分析与改善；
2. 推动精益生产项目落地。
任职要求：
1. 工业工程相关专业；
2. 熟悉 Excel、Minitab，会用 Flexsim 等仿真软件；
3. 熟悉 VSM 价值流分析。
""",
    numbers=["2024.05-2024.08"],
    weak_verbs=["协助"],
    dates=["overlap:2024.01-2024.06|2024.05-2024.08"],
    keywords=["flexsim", "vsm"],
)

add(
    "8a27",
    "manufacturing",
    """
个人简历
姓名：司马骁    性别：男    出生年月：1999.04
手机：13900081027    邮箱：xiao.sima@example.com
求职意向：设备工程师 / 自动化工程师    期望城市：无锡、苏州

教育背景
2018.09-2022.06  锡山理工大学  机械电子工程  本科
主修课程：机械原理、电工电子、PLC 原理、液压传动、控制工程基础、机器人技术

工作经历
2022.07-2025.06  东辰新能源装备有限公司  设备工程师
- 维护卷绕机、叠片机 24 台，设备综合效率 OEE 从 78% 提升到 86%
- 编制点检标准和保养计划 60 份，年度故障停机时间下降 31%
- 主导 2 条产线的搬迁调试，提前 5 天完成验收
- 带教新员工 4 名

实习经历
2021.07-2021.09  锡华汽车零部件有限公司  设备维修实习生
- 跟修冲压设备故障 35 次，整理故障案例库 1 份
2020.07-2020.08  锡山理工大学工程训练中心  实训助教
- 指导 120 名低年级学生完成车铣钳实训

项目经历
2024.03-2024.10  卷绕机张力控制优化
- 重新整定 PID 参数，张力波动从 ±8% 降到 ±3%
- 极片断带次数月均从 14 次降到 4 次
2023.05-2023.12  设备备件库存管理表
- 用 Excel VBA 做备件台账，备件缺货次数下降 60%
2021.10-2022.05  六轴机器人码垛工作站（毕业设计）
- 完成 ABB 机器人离线编程，码垛节拍 9 秒/箱

校园经历
2019.09-2021.06  机器人协会  副会长
- 组织 RoboMaster 校内赛 2 届，参赛队伍 18 支

专业技能
PLC：西门子 S7-1200、三菱 FX 系列，熟悉梯形图编程
机器人：ABB RobotStudio、FANUC 示教
软件：AutoCAD、SolidWorks、EPLAN、Office
设备管理：TPM、点检定修、备件管理

证书
低压电工作业证
CET-6
全国计算机等级考试二级

荣誉奖项
2021 校级优秀毕业设计
2020 全国大学生机械创新设计大赛 省二等奖
2019 校一等奖学金

自我评价
三年锂电设备维护经验，熟悉卷绕、叠片工艺设备，能独立处理电气和机械故障；
执行力强，能接受倒班和出差，愿意在设备管理方向长期发展。
""",
    length=["too_long"],
)

add(
    "8a28",
    "manufacturing",
    """
欧阳泽 | 电气自动化 | 电话 13900081028
教育背景
2020.09-2023.06  鄂州职业技术学院  电气自动化技术  大专
工作经历
2023.07-2025.02  恒力包装机械有限公司  电气调试员
· 调试西门子 S7-1200 PLC 程序 30 余套，现场故障平均处理时间从 2 小时降到 40 分钟
· 绘制电气原理图 50 余张
技能
西门子 S7-1200、博途 TIA Portal、AutoCAD Electrical、触摸屏组态
""",
    """
电气工程师（设备调试）
任职要求：
1. 电气自动化相关专业，大专及以上；
2. 熟悉西门子 S7-1200 PLC 编程，会用 WinCC；
3. 熟悉 EPLAN 或 AutoCAD Electrical 绘图；
4. 能接受短期出差。
""",
    contact=["email"],
    keywords=["wincc", "eplan"],
)

add(
    "8a29",
    "manufacturing",
    """
姓名：邱晓峰
电话：13900081029    邮箱：xiaofeng.qiu@example.com
教育经历
2020.09-2024.06  长岭理工学院  车辆工程  本科
实习经历
2023.07-2023.09  长岭汽车制造有限公司  总装车间实习生
· 跟随班组完成车门分装作业，配合质检员记录装配问题
· 学习拧紧工艺和防错装置的使用
校园经历
2022.09-2023.06  校大学生方程式车队  底盘组成员
· 完成悬架摆臂的设计和加工，整车减重 8 kg
获奖
2023 中国大学生方程式汽车大赛 耐久赛完赛
""",
    sections=["skills"],
    numbers=["2023.07-2023.09"],
    weak_verbs=["配合"],
)

add(
    "8a30",
    "manufacturing",
    """
杭语桐
手机：13900081030 / 邮箱：yutong.hang@example.com
教育背景
2019-09 ~ 2023-06  启东大学  质量管理工程  本科
实习经历
2022.07 ~ 2022.09  美嘉汽车电子有限公司  质量实习生
- 用 Minitab 做来料不良数据分析，推动 2 家供应商整改，来料不良率从 1.8% 降到 0.9%
工作经历
2023.07 ~ 2025.03  美嘉汽车电子有限公司  SQE 助理工程师
- 主导 8D 报告 15 份，客诉关闭周期从 30 天缩短到 12 天
专业技能
FMEA、SPC、8D、Minitab、Excel
""",
    """
质量工程师 QE
任职要求：
1. 熟悉 FMEA、SPC、MSA 五大工具；
2. 熟悉 IATF16949 体系；
3. 会用 Minitab 做数据分析。
""",
    dates=["format"],
    keywords=["msa", "iatf16949"],
)

# ---------------------------------------------------------------- data
add(
    "8a31",
    "data",
    """
蒲知遥
13900081031 · zhiyao.pu@example.com
求职意向：数据分析师
教育背景
2021.09-2025.06  临海财经大学  经济统计学  本科
实习经历
2024.06-2024.09  鲜果优选电商  数据分析实习生
· 用 SQL 搭建业务指标看板，覆盖 35 个核心指标，出数时间从半天缩短到 10 分钟
· 分析复购下滑原因，完成专题分析 4 份，推动 2 项促销策略调整
2023.12-2024.03  霖川咨询  行业研究实习生
· 整理消费行业数据库 2 个，编写行业周报 12 期
技能
SQL、Excel（数据透视表、VLOOKUP）、SPSS、PowerPoint
""",
    """
数据分析师（2025届校招）
岗位职责：
1. 搭建业务指标看板，制作日报周报；
2. 开展专题分析，支持运营决策。
任职要求：
1. 统计、数学、计算机相关专业本科及以上；
2. 熟练使用 SQL、Excel，熟悉 Python；
3. 会用 Tableau、Power BI 等 BI 工具。
""",
    keywords=["python", "tableau", "power bi"],
)

add(
    "8a32",
    "data",
    "".join(
        [
            "项若岚，电话 13900081032，邮箱 ruolan.xiang@example.com。",
            "教育背景：2021.09-2025.06 东陌大学 应用统计学 本科。",
            "实习经历：2024.07-2024.10 白鲸数科 数据分析实习生，",
            "搭建用户流失预警模型，AUC 达到 0.83，识别高风险用户 1.2 万人；",
            "2024.11-2025.02 云舟保险 精算助理实习生，",
            "整理理赔数据 40 万条，完成赔付率月报 3 期。",
            "技能：Python、SQL、R、Tableau。",
        ]
    ),
)

add(
    "8a33",
    "data",
    """
姓名：祁嘉禾
身份证：44030620030612001X
电话：13900081033
邮箱：jiahe.qi@example.com
政治面貌：共青团员
教育背景
2021.09-2025.06  鹭江大学  金融数学  本科
实习经历
2024.07-2024.09  恒升证券研究所  量化研究实习生
· 协助研究员整理因子数据，编写回测脚本
· 学习多因子模型和风险模型
项目经历
2024.03-2024.06  A 股动量因子有效性检验（课程论文）
· 回测 9 年历史数据，多空组合年化收益 11.4%
技能
Python、pandas、SQL、Wind
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["协助"],
    personal=["id_number"],
)

add(
    "8a34",
    "data",
    """
简历
薛立川  男
手机：13900081034  邮箱：lichuan.xue@example.com
求职意向：大数据开发工程师
教育经历
2019.09-2023.06  秦岭工业大学  数据科学与大数据技术  本科
工作经验
2023.07-2025.05  蓝图数据服务有限公司  数据开发工程师
离线数仓：开发 Hive SQL 任务 140 余个，核心报表产出时间从 9 点提前到 6 点
实时链路：基于 Kafka + Spark Streaming 接入埋点数据，日处理 3 亿条
专业技能
Hive、Spark、Kafka、MySQL、Python、Linux、DolphinScheduler
""",
    """
大数据开发工程师
岗位职责：
1. 负责离线数仓和实时链路的开发与维护；
2. 保障任务稳定运行。
任职要求：
1. 熟悉 Hive、Spark，掌握 SQL 调优；
2. 熟悉 Kafka、Flink 实时计算；
3. 了解 ClickHouse、Doris 等 OLAP 引擎；
4. 熟悉 Linux。
""",
    keywords=["flink", "clickhouse", "doris"],
)

add(
    "8a35",
    "data",
    """
莫听澜
电话：13900081035  邮箱：tinglan.mo@example.com
教育背景
2022/09-2025/06  宁川大学  电子商务  本科
实习经历
2024.07-2024.09  拾光电商有限公司  数据运营实习生
· 负责店铺日常数据监控，整理竞品价格表
2024/10-2025/01  青禾新零售  用户运营实习生
· 搭建会员分层标签 6 个，沉睡会员唤醒率提升 4.2%
技能
Excel、SQL、生意参谋、Python（基础）
""",
    """
电商数据运营专员
任职要求：
1. 熟练使用 Excel，会写 SQL；
2. 熟悉生意参谋、京东商智等数据工具；
3. 有 Python 或 Power BI 使用经验优先。
""",
    numbers=["2024.07-2024.09"],
    weak_verbs=["负责"],
    dates=["format"],
    keywords=["京东商智", "power bi"],
)

add(
    "8a36",
    "data",
    """
LU Yichen 陆奕辰
+86 139 0008 1036 | yichen.lu@example.com
EDUCATION
2021.09-2025.06  Hanlin University 瀚林大学  B.A. Economics 经济学
EXPERIENCE
2024.06-2024.09  Northgate Consulting (Shanghai), Business Analyst Intern
- Built a pricing dashboard in Tableau for 3 retail clients
- Cleaned 2.4 million rows of POS data with Python and SQL
2023.07-2023.08  Hanlin University Career Center, Student Assistant
- Organized 6 employer info sessions with 500+ attendees
SKILLS
SQL, Python (pandas), Tableau, Excel, PowerPoint, English (IELTS 7.5)
""",
    """
Business Analyst, Graduate Program
Requirements:
- Bachelor's degree in Economics, Statistics or related fields
- Strong SQL and Excel skills
- Experience with Tableau or Power BI
- Familiar with Snowflake
- Fluent English
""",
    keywords=["power bi", "snowflake"],
)

add(
    "8a37",
    "data",
    """
求职意向：数据分析实习生 | 北京 | 可实习 6 个月
姓名：柯书雨
联系方式：13900081037 / shuyu.ke@example.com
实习经历
2024.09-2025.01  京华人力资源服务有限公司  数据专员实习生
负责招聘数据周报制作，汇总 9 个城市的到面率和录用率，周报制作时间从 4 小时缩短到 1 小时
2024.03-2024.06  校图书馆  勤工助学
整理借阅数据并做可视化
专业技能
Excel、SQL、Python
了解 Tableau 和 Power BI
""",
    sections=["education"],
    numbers=["2024.03-2024.06"],
    weak_verbs=["了解", "负责"],
)

add(
    "8a38",
    "data",
    """
李鸣秋
求职意向：数据标注 / 数据分析助理
教育背景
2022.09-2025.06  沂蒙职业学院  大数据技术  大专
实习经历
2024.07-2024.12  智标数据服务有限公司  数据标注员
· 完成自动驾驶点云标注 8000 帧，质检通过率 96%
· 编写标注规范说明 2 份，培训新人 5 名
技能
Excel、Python、SQL、CVAT
""",
    contact=["phone", "email"],
)

add(
    "8a39",
    "data",
    """
滕望舒
籍贯：湖南岳阳 | 手机：13900081039 | 邮箱：wangshu.teng@example.com
教育背景
2021.09-2025.06  湘楚大学  市场营销  本科
实习经历
2024.06-2024.09  小满文化传媒  内容运营实习生
· 运营小红书账号 2 个，粉丝从 3000 增长到 2.1 万
· 复盘 40 篇笔记的互动数据，总结选题规律
技能
Excel、新媒体运营、剪映、Photoshop
""",
    """
数据运营专员（新媒体）
任职要求：
1. 熟练使用 Excel 函数和数据透视表；
2. 会用 SQL 取数；
3. 熟悉小红书、抖音平台规则。
""",
    personal=["native_place"],
    keywords=["数据透视表", "sql", "抖音"],
)

add(
    "8a40",
    "data",
    """
姓名：常心远 | 电话：13900081040 | 邮箱：xinyuan.chang@example.com
教育背景
2023.09-2027.06  岱宗大学  统计学  本科（大二在读）
主修课程：数理统计、回归分析、多元统计分析、数据库原理
专业技能
Python（NumPy、pandas、Matplotlib）、R、SQL、SPSS
荣誉奖项
2024 国家励志奖学金
2024 校级三好学生
自我评价
对数据敏感，自学完成 Kaggle 入门赛 2 场，希望获得第一份数据分析实习。
""",
    sections=["experience"],
)


# ---------------------------------------------------------------- self-check
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MON = {m: i for i, m in enumerate(MONTHS, 1)}
DATE = r"(?:(\d{4})\s*[.\-/]\s*(\d{1,2})|(\d{4})年(\d{1,2})月|([A-Z][a-z]{2})\s+(\d{4}))"
RANGE = re.compile(DATE + r"\s*(?:-|–|—|~|至)\s*" + DATE)
WEAK = ("参与", "协助", "帮助", "负责", "配合", "打杂", "接触过", "了解")
PERSONAL = {"id_number", "marital", "ethnicity", "native_place", "photo"}
# English words of postings that are not tools (filler, majors, languages)
NOT_TOOLS = {
    "campus",
    "responsibilities",
    "requirements",
    "build",
    "and",
    "deploy",
    "own",
    "proficient",
    "experience",
    "familiar",
    "knowledge",
    "master",
    "strong",
    "bachelor",
    "economics",
    "statistics",
    "fluent",
    "english",
    "business",
    "analyst",
    "graduate",
    "program",
    "medical",
    "science",
    "liaison",
    "assistant",
    "machine",
    "learning",
    "engineer",
}
# kind words right after a list's 等 ("等 BI 工具", "等 OLAP 引擎"): not skills
KIND_AFTER_DENG = {"8a31": {"BI"}, "8a34": {"OLAP"}}


def one(groups):
    y, m, y2, m2, mon, y3 = groups
    if y:
        return f"{y}.{int(m):02d}"
    if y2:
        return f"{y2}.{int(m2):02d}"
    return f"{y3}.{MON[mon.lower()]:02d}"


def ranges(text):
    out = []
    for mt in RANGE.finditer(text):
        g = mt.groups()
        out.append(one(g[:6]) + "-" + one(g[6:]))
    return out


def est_lines(text, wide):
    n = 0
    for line in text.split("\n"):
        w = sum(2 if wide and ord(c) > 0x2E80 else 1 for c in line)
        n += max(1, math.ceil(w / 40))
    return n


def mentions(text, kw):
    t = text.lower()
    if re.fullmatch(r"[a-z0-9 .+#&/\-]+", kw):
        return re.search(r"(?<![a-z0-9])" + re.escape(kw) + r"(?![a-z0-9])", t) is not None
    return kw in t


def check(rows):
    ids = [r["id"] for r in rows]
    assert len(rows) == 40 and len(set(ids)) == 40, "40 unique ids"
    assert ids == [f"8a{i:02d}" for i in range(1, 41)]
    for r in rows:
        e, text, post = r["expected"], r["text"], r["posting"]
        assert list(e) == list(CHECKS)
        rs = ranges(text)
        for x in e["numbers"]:
            assert x in rs, (r["id"], x, rs)
        for x in e["dates"]:
            kind, _, val = x.partition(":")
            assert kind in ("format", "overlap", "reversed"), x
            for part in filter(None, val.split("|")):
                assert part in rs, (r["id"], part)
        for x in e["weak_verbs"]:
            assert x in WEAK and x in text, (r["id"], x)
        assert sorted(e["weak_verbs"]) == e["weak_verbs"], r["id"]
        for x in e["personal"]:
            assert x in PERSONAL, x
        for x in e["contact"]:
            assert x in ("phone", "email"), x
        if "email" not in e["contact"]:
            assert re.search(r"@example\.com", text), r["id"]
        if "phone" not in e["contact"]:
            assert re.search(r"139\D?0008\D?10\d\d", text), r["id"]
        else:
            assert not re.search(r"1\d{10}", text), r["id"]
        narrow, wide = est_lines(text, False), est_lines(text, True)
        if e["length"]:
            assert narrow > 48, (r["id"], narrow)
        else:
            assert wide <= 48, (r["id"], wide)
        assert bool(e["keywords"]) <= bool(post), r["id"]
        for kw in e["keywords"]:
            assert kw == kw.lower() and kw in post.lower(), (r["id"], kw)
            assert not mentions(text, kw), (r["id"], kw)
        if post:  # every Latin name of the posting is either in the resume or labelled
            body = "\n".join(post.split("\n")[1:])  # title line skipped
            for tok in re.findall(r"[A-Za-z][A-Za-z0-9+#&\-]*", body):
                low = tok.lower()
                if tok == low or low in NOT_TOOLS or tok in KIND_AFTER_DENG.get(r["id"], ()):
                    continue
                if mentions(text, low) or any(low in kw.split() for kw in e["keywords"]):
                    continue
                raise AssertionError(("unlabelled posting name", r["id"], tok))


def main():
    check(R)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    tally = {k: 0 for k in CHECKS}
    for r in R:
        for k in CHECKS:
            tally[k] += len(r["expected"][k])
    clean = [r["id"] for r in R if not any(r["expected"].values())]
    print("wrote", OUT, len(R), "resumes; with posting:", sum(1 for r in R if r["posting"]))
    print("labelled positives:", tally)
    print("no finding at all:", clean)


if __name__ == "__main__":
    main()
