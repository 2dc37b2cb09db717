"""Words the rules know: skills and tools postings ask for, and ASCII words that are not skills.

A posting's keywords are the jieba tokens found here plus any other Latin-script word (a tool's
name) not in ``STOP_ASCII``. Extend the list when postings name skills it misses."""

from __future__ import annotations

SKILLS: frozenset[str] = frozenset(
    {
        # software and data
        "Python", "Java", "C++", "Go", "JavaScript", "TypeScript", "SQL", "MySQL", "PostgreSQL",
        "Linux", "Git", "Docker", "TCP/IP", "CI/CD", "Kubernetes", "Redis", "Spark", "Hadoop",
        "Tableau", "Excel",
        # developer and office tools postings name in passing ("report failures in Jira"): names
        # that are not English words, so that an English sentence's lower-case words stay words
        "Jira", "Confluence", "Perl", "Tcl", "Bash", "MongoDB", "Nginx", "Jenkins", "GitLab",
        "GitHub", "Postman", "JMeter", "Selenium", "Gradle", "Kafka", "Elasticsearch", "FastAPI",
        "NumPy", "Pandas", "Matplotlib", "OpenCV", "Kotlin", "Scala", "HBase", "Flink", "Airflow",
        "Ansible", "Terraform", "Grafana", "Webpack", "Node.js", "RabbitMQ", "MyBatis", "SVN",
        "Jupyter", "SPSS", "Stata", "Minitab", "SAS", "LabVIEW", "Keil", "KiCad", "FreeRTOS",
        "Visio", "XMind", "WPS", "PowerPoint",
        "PowerBI", "Spark SQL", "Vue", "React", "Django", "Spring", "机器学习", "深度学习",
        "数据挖掘",
        "数据可视化", "自然语言处理", "计算机视觉", "大模型", "推荐系统", "数据结构",
        "前端开发", "后端开发", "软件测试", "自动化测试", "微服务", "云计算", "PyTorch", "TensorFlow",
        "统计学", "爬虫", "产品设计", "用户研究", "需求分析", "原型设计", "Axure", "Figma",
        # manufacturing and electronics
        "PLC", "CAD", "AutoCAD", "SolidWorks", "CATIA", "UG", "MATLAB", "Simulink", "单片机",
        "嵌入式", "电路设计", "PCB", "Altium", "Verilog", "FPGA", "数字电路", "模拟电路",
        "版图设计", "芯片验证", "时序分析", "UVM", "EDA", "半导体工艺", "工业机器人", "机械设计", "有限元",
        "ANSYS", "精益生产", "质量管理", "六西格玛", "数控编程",
        # aerospace and low altitude
        "飞行控制", "导航", "航测", "倾斜摄影", "GIS", "遥感", "气动设计", "复合材料",
        "飞手", "无人机驾驶员执照", "CAAC",
        # life sciences
        "细胞培养", "PCR", "Western", "Western Blot", "ELISA", "HPLC", "GMP", "临床试验", "生物信息学",
        "分子生物学", "药物分析", "质量控制", "动物实验", "基因编辑",
        # energy
        "电池管理系统", "BMS", "电力电子", "逆变器", "电化学", "电力系统", "PVsyst",
        # business and general professional skills that postings list as requirements
        "财务分析", "会计", "审计", "英语六级", "CET-6", "英语四级", "CET-4", "新媒体运营",
        "短视频",
        "文案", "市场营销", "项目管理", "PMP", "Office", "PPT", "Photoshop", "剪辑",
        # mechanical drawing
        "公差配合", "形位公差",
        # teaching software known by a name jieba would cut ("熟悉几何画板" is not 画板)
        "几何画板",
        # design and building (names with a space, taken whole)
        "3ds Max",
    }
)  # fmt: skip

# Words that name a field, a trade or a product ("自动化相关专业", "负责供应链系统的开发", "光伏
# 电站", "电池", "固定翼无人机的机体结构设计"), a property worked on ("负责结构强度校核") or a general
# activity ("工艺设计", "负责台架测试与数据分析"), not a skill a resume shows: jieba knows them, but a
# posting asks for one only when it lists it after a requirement verb ("熟悉光伏组件", "熟悉无人机、
# GIS", "熟悉数据分析、Excel"). Measured over every labelled set: outside such lists no labeller counts
# them (数据分析 in duties, after "JMP 进行", in a title). A language alone ("英语读写熟练", "英语
# CET-6 以上") is a trait asked of everyone; its test or level (英语六级, CET-6) is what is asked.
BROAD: frozenset[str] = frozenset(
    {"自动化", "供应链", "工艺设计", "光伏", "储能", "电池", "新能源汽车", "无人机", "数据分析", "结构强度",
     "英语", "日语"}
)  # fmt: skip

# Chinese names of software products postings ask for (office and collaboration, finance, HR,
# e-commerce and advertising, teaching, content): an item that starts with one and goes on with what
# it is used for ("熟悉钉钉考勤", "用友财务模块") asks for the product. Not scanned for as words of their
# own: a posting names them in duties too ("通过企业微信维护客户").
PRODUCTS: frozenset[str] = frozenset(
    {"钉钉", "飞书", "企业微信", "腾讯会议", "腾讯文档", "金山文档", "石墨文档", "金蝶", "用友", "浪潮",
     "北森", "泛微", "致远", "希沃白板", "生意参谋", "京东商智", "千牛", "巨量引擎", "巨量千川", "千川",
     "抖店", "有赞", "微盟", "广联达", "鲁班", "剪映", "秀米", "易企秀", "创客贴", "稿定设计"}
)  # fmt: skip

# Names of one skill in two languages or spellings: a resume that writes either mentions it.
# (A posting's own "电池管理系统（BMS）" pairs are found in its text; these are the usual ones.)
TWINS: tuple[tuple[str, ...], ...] = (
    ("机器学习", "Machine Learning", "ML"),
    ("深度学习", "Deep Learning"),
    ("自然语言处理", "NLP"),
    ("计算机视觉", "Computer Vision"),
    ("大模型", "LLM"),
    ("数据分析", "Data Analysis"),
    ("电池管理系统", "BMS"),
    ("单片机", "MCU"),
    ("有限元", "FEA", "FEM"),
    ("可编程逻辑控制器", "PLC"),
    ("无人机", "UAV"),
    ("英语", "English"),
    ("日语", "Japanese"),
    ("持续集成", "CI/CD"),
    ("注册会计师", "CPA"),
    ("高效液相色谱", "HPLC"),
    ("气相色谱", "GC"),
    ("Kubernetes", "K8s"),
    ("六西格玛", "Six Sigma", "6σ"),
    ("Premiere", "PR", "Premiere Pro"),
    ("After Effects", "AE"),
    ("Photoshop", "PS"),
    ("Golang", "Go"),
    ("PowerBI", "Power BI"),
    ("UG", "NX", "Siemens NX"),
    ("地理信息系统", "GIS"),
    ("形位公差", "GD&T"),
    ("英语四级", "CET-4", "CET4"),
    ("英语六级", "CET-6", "CET6"),
    ("钉钉", "DingTalk"),
    ("飞书", "Feishu", "Lark"),
    ("企业微信", "WeCom"),
    ("微信", "WeChat"),
    ("Illustrator", "Ai", "AI"),
)

# A general name a resume shows by naming one of its products, or a level a higher one shows (one
# way only: "AutoCAD" names CAD, "Word" or "Excel" names Office, 英语六级 shows 英语四级; "CAD" does
# not name AutoCAD, "Word" does not name Excel, 英语四级 does not show 英语六级).
_ENGLISH_TESTS = (
    "英语四级", "英语六级", "cet-4", "cet4", "cet-6", "cet6", "专业四级", "专业八级", "tem-4", "tem-8",
    "ielts", "雅思", "toefl", "托福", "bec",
)  # fmt: skip
COVERED_BY: dict[str, tuple[str, ...]] = {
    # a language test shows its language ("英语 CET-6 以上" is shown by CET-6)
    "英语": _ENGLISH_TESTS,
    "english": _ENGLISH_TESTS,
    "日语": ("jlpt", "日语能力考试", "日语一级", "日语二级"),
    "japanese": ("jlpt", "日语能力考试", "日语一级", "日语二级"),
    "cad": ("autocad",),
    "office": ("ms office", "microsoft office", "word", "excel", "ppt", "powerpoint", "wps"),
    # a higher level of a language test shows the lower one asked ("英语四级及以上": 六级 will do)
    "英语四级": ("英语六级", "cet-6", "cet6", "专业八级", "tem-8"),
    "cet-4": ("英语六级", "cet-6", "cet6", "专业八级", "tem-8"),
    "英语六级": ("专业八级", "tem-8"),
    "cet-6": ("专业八级", "tem-8"),
}  # fmt: skip

STOP_ASCII: frozenset[str] = frozenset(
    {
        "and", "or", "the", "of", "to", "in", "for", "with", "a", "an", "is", "on", "at", "by",
        "hr", "ok", "etc", "eg", "e.g", "ie", "app", "it", "pc", "ceo", "cto", "ai", "offer",
        "top", "gpa", "cet", "vs", "qq", "www", "com", "cn", "http", "https", "email", "tel",
        "ps", "no", "id", "hi", "k", "w", "bs", "ms", "ba", "ma", "phd", "msc", "bsc", "beng",
        "meng", "mba", "base", "hc", "jd", "wlb", "ddl", "kpi", "okr", "mentor", "leader", "team",
        # the labels and filler words of postings written in English: never a skill's name
        "requirements", "requirement", "responsibilities", "responsibility", "qualifications",
        "qualification", "preferred", "plus", "bonus", "duties", "good", "strong", "excellent",
        "basic", "solid", "knowledge", "experience", "familiar", "proficient", "hands",
        "protocol", "protocols", "r&d", "rd", "standards", "standard", "skills", "ability",
        "graduate", "program", "degree", "major", "related", "field", "years", "year",
        # a posting's other words: labels ("Key responsibilities", "About the role"), money, degrees,
        # what is asked of a candidate rather than a skill ("Portfolio required", "Advanced Excel")
        "key", "about", "role", "required", "portfolio", "usd", "rmb", "cny", "advanced",
        "chinese", "english", "mandarin", "japanese", "b.arch", "m.arch", "barch", "march", "b.a",
        "m.a", "b.sc", "m.sc", "b.econ",
        # how well or how a candidate uses a language or a skill ("Native speaker", "Written and
        # spoken"): what is asked of a person, not a tool's name (Fluent is ANSYS's; "Fluent
        # English" is read as a language's level)
        "fluency", "native", "written", "spoken", "verbal", "oral", "comfortable",
        "familiarity", "understanding", "expertise", "proficiency", "communication",
        # the industries one has worked in ("Experience in Banking or Insurance"): where, not a tool
        "banking", "insurance", "retail", "healthcare", "hospitality", "pharma", "pharmaceutical",
        "pharmaceuticals", "biotech", "automotive", "telecom",
        "telecommunications", "fmcg", "e-commerce", "ecommerce", "fintech", "edtech",
    }
)  # fmt: skip
