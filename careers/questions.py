"""Mock-interview questions: from a posting (its duties and skills), a bank per emerging field,
and behavioural questions. Deterministic for a given seed."""

from __future__ import annotations

import random
import re

from careers.feedback import Question
from careers.keywords import posting_keywords

BEHAVIOURAL = [
    "请做一个一分钟的自我介绍，重点讲与这个岗位相关的经历。",
    "讲一次你在团队中遇到分歧的经历，你是怎么处理的？",
    "讲一个你主动发现问题并解决的例子，结果如何？",
    "讲一次你没有按时完成任务或失败的经历，你从中学到了什么？",
    "你为什么选择这个行业和岗位？未来三年有什么规划？",
    "讲一次你在很短时间内学会一项新技能的经历。",
]

FIELD_BANK: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "ai": [
        ("过拟合是什么？你在项目中用过哪些方法缓解过拟合？", ("正则化", "数据增强", "验证集")),
        ("介绍一个你训练或调用过的模型，数据从哪里来，效果怎么评估？", ("数据", "指标", "准确率")),
        ("大模型应用中如何减少“幻觉”？", ("检索", "提示", "评估")),
    ],
    "smart-manufacturing": [
        ("PLC 程序调试时遇到过什么问题，你是怎么排查的？", ("PLC", "调试", "信号")),
        ("如何用数据提高一条产线的效率？", ("节拍", "OEE", "瓶颈")),
        ("谈谈你对工业机器人或 MES 的了解和使用经历。", ("机器人", "MES", "示教")),
    ],
    "aerospace": [
        ("复合材料在飞行器结构中有什么优缺点？", ("复合材料", "强度", "重量")),
        ("讲一次你做仿真或强度分析的经历，如何验证结果？", ("仿真", "有限元", "验证")),
        ("航空产品对质量和可靠性的要求很高，你怎么理解？", ("质量", "可靠性", "规范")),
    ],
    "electronic-information": [
        ("讲一个你设计或调试电路、嵌入式系统的经历。", ("电路", "调试", "单片机")),
        ("通信系统中如何处理干扰和噪声？", ("滤波", "信噪比", "编码")),
        ("你常用哪些仪器或工具定位硬件问题？", ("示波器", "万用表", "日志")),
    ],
    "integrated-circuits": [
        ("数字电路中建立时间和保持时间是什么？违例了怎么办？", ("建立时间", "保持时间", "时序")),
        ("介绍一次 FPGA 或芯片验证的经历，覆盖率怎么保证？", ("FPGA", "验证", "覆盖率")),
        ("同步电路和异步电路的区别？跨时钟域怎么处理？", ("时钟", "跨时钟域", "同步")),
    ],
    "biomedicine": [
        ("介绍一个你做过的实验，如何保证结果可重复？", ("对照", "重复", "记录")),
        ("GMP 对日常工作有哪些要求？", ("GMP", "记录", "偏差")),
        ("实验结果与预期不符时，你会怎么排查？", ("对照", "试剂", "步骤")),
    ],
    "low-altitude-economy": [
        ("无人机作业前要做哪些检查和审批？", ("空域", "检查", "天气")),
        ("讲一次航测或飞行任务的经历，数据如何处理？", ("航测", "建模", "精度")),
        ("遇到信号丢失或电量不足等突发情况，你会怎么处置？", ("返航", "预案", "安全")),
    ],
    "new-energy": [
        ("储能系统中电池管理系统（BMS）主要做什么？", ("BMS", "SOC", "均衡")),
        ("光伏电站发电量偏低，你会从哪些方面分析？", ("辐照", "遮挡", "逆变器")),
        ("讲一次你做电池或电力电子测试的经历。", ("测试", "数据", "安全")),
    ],
}
GENERIC_FIELD = [
    ("你在专业课程中最有收获的一门是什么？用它做过什么？", ("课程", "项目")),
    ("你如何快速熟悉一个新的业务或技术领域？", ("学习", "资料", "实践")),
]

DUTY_SPLIT = re.compile(r"[\n；;。]")
DUTY_MARK = re.compile(r"^\s*(?:\d+[.、)]|[-•·])\s*")


def posting_questions(description: str, keywords: list[str]) -> list[Question]:
    duties = [DUTY_MARK.sub("", d).strip() for d in DUTY_SPLIT.split(description)]
    duties = [d for d in duties if 6 <= len(d) <= 60 and not re.search(r"要求|学历|薪|福利|地址", d)]
    out = []
    for duty in duties[:2]:
        out.append(
            Question(
                f"岗位职责中提到“{duty}”，请讲一个你做过的类似工作，你具体做了什么？",
                "posting",
                tuple(keywords[:4]),
            )
        )
    for skill in keywords[:2]:
        out.append(
            Question(f"岗位要求“{skill}”，请讲一个你用{skill}解决实际问题的例子。", "posting", (skill,))
        )
    return out


def build_questions(
    *, description: str = "", field_code: str = "", count: int = 5, seed: int = 0
) -> tuple[list[Question], list[str]]:
    """``count`` questions and the posting's keywords: up to two from the posting, up to two
    from the field's bank, the rest behavioural (the first is always the self-introduction)."""
    rng = random.Random(seed)  # noqa: S311 - picking questions, not secrets
    keywords = posting_keywords(description) if description else []
    picked: list[Question] = [Question(BEHAVIOURAL[0], "behavioural")]
    from_posting = posting_questions(description, keywords) if description else []
    picked.extend(from_posting[:2])
    bank = FIELD_BANK.get(field_code, GENERIC_FIELD)
    for text, words in rng.sample(bank, min(2, len(bank))):
        if len(picked) < count - 1:
            picked.append(Question(text, "field", words))
    rest = BEHAVIOURAL[1:]
    rng.shuffle(rest)
    for text in rest:
        if len(picked) >= count:
            break
        picked.append(Question(text, "behavioural"))
    return picked[:count], keywords
