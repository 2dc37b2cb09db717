"""The rules the platform ships with (loaded by a data migration; reviewers add more in the admin).

Patterns run on RE2 (see review/checks.py): a ``ctx…`` group stands where Python would use a
lookaround, matching the neighbouring character without making it part of the phrase.

Sources: 《就业促进法》第三条、第二十六至三十一条; 《妇女权益保障法》第四十三条;
教育部关于做好高校毕业生就业工作的通知 (campus recruiting must not set school-tier
requirements such as 985/211/双一流/第一学历); 《就业服务与就业管理规定》第十四条 (no fees,
deposits or ID documents held; no false or fraudulent postings).
"""

from __future__ import annotations

from typing import Any

EPL = "《就业促进法》第三条、第二十六条"
CAMPUS = "教育部：校园招聘不得设置院校类型、第一学历等歧视性条件"
SERVICE = "《就业服务与就业管理规定》第十四条"

RULES: list[dict[str, Any]] = [
    {
        "code": "gender-restriction",
        "family": "gender",
        "kind": "discrimination",
        "legal_basis": f"{EPL}；《妇女权益保障法》第四十三条",
        "pattern": r"(限|仅限|只招|只要|仅招|要求|适合)(男|女)(性|生|士)?(?P<ctx1>$|[^女])|(男|女)(性|生|士)?优先|性别(要求)?\s*[:：]?\s*(男|女)(?P<ctx2>$|[^女男不]|不$|不[^限])|不(招|要|收|考虑)(女|男)(性|生)?",
        "exceptions": r"男女不限|性别不限|不限男女|不限性别|欢迎(女|男)性|男女均可",
        "explanation": "招聘不得以性别为由拒绝录用或提高录用标准；除国家规定不适合女性的工种外，不得写“限男性”“男性优先”等条件。",
    },
    {
        "code": "age-limit",
        "family": "age",
        "kind": "discrimination",
        "legal_basis": EPL,
        "pattern": r"(?P<ctx1>^|[^满\d])(2\d|3\d|4\d)\s*周?岁(以下|以上|以内|之前|之间)|年龄\s*[:：]?\s*(在\s*)?(1[89]|[2-5]\d)\s*(周?岁)?\s*[-—~～至到]\s*[2-6]\d|年龄(不超过|不大于|不高于|限|要求|须在|需在)|(不超过|不大于)\s*[2-5]\d\s*周?岁|限?(80|85|90|95|00)后",
        "exceptions": r"年龄不限|不限年龄|年满\s*1[68]\s*周?岁|1[68]\s*周?岁(以上|及以上)",
        "explanation": "对应届毕业生设置年龄上限属于年龄歧视；法定最低就业年龄（年满16或18周岁）等依法要求除外。",
    },
    {
        "code": "ethnicity",
        "family": "ethnicity",
        "kind": "discrimination",
        "legal_basis": f"{EPL}；《就业促进法》第二十八条",
        "pattern": r"(限|仅限|只招|要求)?汉族|民族\s*[:：]?\s*(限|要求)|民族\s*[:：]\s*汉|少数民族(除外|勿|不要|免)|不(招|要|收)[^，。；,;]{0,4}(族|少数民族)",
        "exceptions": r"民族不限|不限民族",
        "explanation": "各民族劳动者享有平等的就业权利，不得以民族为由设置条件。",
    },
    {
        "code": "hukou-native-place",
        "family": "hukou",
        "kind": "discrimination",
        "legal_basis": EPL,
        "pattern": r"(限|仅限|要求|只招|须为|需为|必须是)?(本地|本市|本省|本区|城镇|非农)户(口|籍)(优先)?|户(口|籍)\s*[:：]?\s*(要求|限)|(不招|拒绝|不要|非)(外地|农村|外省)(户口|户籍|人)?|籍贯\s*[:：]?\s*(要求|限)|[\u4e00-\u9fff]{2,3}(籍|人)(勿扰|免谈|勿投|不要|除外|谢绝)|生源地\s*(须|需|限)",
        "exceptions": r"户(口|籍)不限|不限户(口|籍)|(协助|帮助|解决|办理)(落户|户口)|落户(指标|支持|补贴)",
        "explanation": "不得以户籍、籍贯或地域为由限制求职者；为员工办理落户属于福利，不受此限。",
    },
    {
        "code": "marital-childbearing",
        "family": "marital",
        "kind": "discrimination",
        "legal_basis": "《妇女权益保障法》第四十三条",
        "pattern": r"已婚已育|已婚未育|未婚未育|(限|要求|仅限)?未婚|(限|要求)已婚|已育优先|婚育(状况|情况)?\s*[:：]?\s*(要求|优先|限)|(\d|[一二两三四五])\s*年内不(得|能|可)?(结婚|生育|怀孕|生孩子|要孩子)|不(得|能|可)(结婚|生育|怀孕)|无(生育|婚育)(计划|打算)",
        "exceptions": r"婚假|产假|生育(保险|津贴)|育儿假",
        "explanation": "不得询问或限制婚姻、生育状况，不得将限制结婚、生育作为录用条件。",
    },
    {
        "code": "health-hepatitis",
        "family": "health",
        "kind": "discrimination",
        "legal_basis": "《就业促进法》第三十条",
        "pattern": r"乙肝|大小三阳|两对半|HBsAg|病毒携带|(无|没有)(任何)?(疾病|病史|传染病史?)|(不招|拒绝|不要)[^，。；,;]{0,4}(携带者|病人|残疾)",
        "exceptions": r"健康证",
        "explanation": "不得以传染病病原携带者（如乙肝病毒携带者）为由拒绝录用；法律规定的特殊岗位除外。",
    },
    {
        "code": "school-tier",
        "family": "school_tier",
        "kind": "discrimination",
        "legal_basis": CAMPUS,
        "pattern": r"(?P<ctx1>^|[^\d路街号])(985|211)(?P<ctx2>$|[^\d号室])|双一流|第一学历|统招(全日制)?(本科|学历)?|全日制统招|(重点|名牌|知名)(大学|院校|高校|本科)|(?P<ctx3>^|[^\u4e00-\u9fff一])一本(院校|学历|及以上|以上|毕业)|名校(毕业|优先)?|QS\s*前?\s*\d+|海本|本硕(均为|都是)",
        "exceptions": r"不限院校|院校不限|不看(学校|出身)",
        "explanation": "高校毕业生招聘不得设置“985/211”“双一流”“第一学历”“统招全日制”等院校层次条件。",
    },
    {
        "code": "appearance-height",
        "family": "appearance",
        "kind": "discrimination",
        "legal_basis": EPL,
        "pattern": r"身高\s*[:：]?\s*(要求|须|需|在|不低于)?\s*1[5-9]\d|身高(要求|须|需)|体重\s*[:：]?\s*\d{2,3}|形象(气质)?(佳|好|出众)|五官端正|(长相|颜值|相貌|容貌)(好|佳|端正|出众|甜美)|面容姣好|气质佳",
        "exceptions": r"模特|礼仪|空乘|乘务|飞行员|安检员",
        "explanation": "与岗位无关的外貌、身高、体重要求构成就业歧视；模特、空乘等确有需要的岗位除外。",
    },
    {
        "code": "fees-deposits",
        "family": "fee",
        "kind": "fraud",
        "legal_basis": SERVICE,
        "pattern": r"(收取?|缴纳|交纳|需交|须交|先交|预交|缴|交)[^，。；,;]{0,6}(押金|保证金|服装费|工装费|培训费|体检费|报名费|入职费|中介费|介绍费|资料费|办卡费|管理费)|押金|保证金|报名费|中介费|资料费|办卡费|服装费|培训贷|(贷款|分期)(培训|学费|支付)|押(身份证|证件|毕业证)",
        "exceptions": r"(不|无需|无须|免|概不|不会)(收取?|缴纳|交纳|交|收)[^，。；,;]{0,4}(任何)?(费用|押金|保证金)|公司(承担|报销)|免费(提供|培训|体检)",
        "explanation": "用人单位不得以任何名义向求职者收取费用、押金，不得扣押身份证等证件。",
    },
    {
        "code": "personal-contact-only",
        "family": "contact",
        "kind": "fraud",
        "legal_basis": SERVICE,
        "pattern": r"(加|联系|添加|私聊)\s*(微信|vx|VX|V信|薇信|QQ|qq|扣扣)|(微信号?|vx|QQ|qq)\s*[:：]\s*[A-Za-z0-9_-]{5,}|@(qq|163|126|gmail|hotmail|sina)\.(com|cn)",
        "exceptions": r"企业微信|公众号|官方(微信|邮箱)",
        "explanation": "只留个人微信、QQ或个人邮箱是虚假招聘的常见特征，请使用企业电话或企业邮箱。",
    },
    {
        "code": "training-then-placement",
        "family": "training",
        "kind": "fraud",
        "legal_basis": SERVICE,
        "pattern": r"培训(后|合格后?|结束后|完成后)(再)?(推荐|安排|安置|包|分配)(就业|工作|上岗)?|包(就业|分配|工作|上岗)|推荐就业|(学|培训)完(后)?(包|安排)(就业|工作)|先(培训|学习)后(上岗|就业)",
        "exceptions": r"带薪培训|岗前培训|入职培训",
        "explanation": "“先培训后上岗”“包就业”常用于以招聘为名推销培训或培训贷。",
    },
    {
        "code": "pyramid-wording",
        "family": "pyramid",
        "kind": "fraud",
        "legal_basis": "《禁止传销条例》",
        "pattern": r"拉人头|发展下线|(?P<ctx1>^|[^上])下线提成|躺赚|日(入|赚)(过|上)?\s*[千万\d]|月入(过|上)?\s*([十几百]万|\d+万)|轻松(月入|日赚|赚钱)|投资(入股|回报)|团队计酬|零成本(创业|投资)|加盟费|资本运作",
        "exceptions": "",
        "explanation": "高额回报、拉人头、发展下线等是传销的典型话术。",
    },
    {
        "code": "no-workplace",
        "family": "workplace",
        "kind": "fraud",
        "legal_basis": SERVICE,
        "pattern": r"(工作)?地点\s*[:：]?\s*(待定|另行通知|面议|不限|保密)|全国各地(随机)?分配|入职后(再)?(告知|通知)(工作)?地点",
        "exceptions": r"远程办公|居家办公",
        "explanation": "招聘信息应写明具体工作地点；地点待定、入职后告知常见于虚假招聘。",
    },
]
