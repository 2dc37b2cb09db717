"""Rule-based feedback on a mock-interview answer: STAR structure, relevance, length and pace,
filler words, and an example of a stronger answer. No Django; deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

FILLERS = ("嗯", "呃", "啊", "那个", "然后", "就是", "这个", "其实", "对吧", "反正", "怎么说呢")
FILLER_RE = re.compile("|".join(sorted(FILLERS, key=len, reverse=True)))

STAR = {
    "situation": ("当时", "背景", "在实习", "在项目", "那时", "期间", "我们团队", "课程", "比赛中", "遇到"),
    "task": ("任务", "目标", "负责", "需要", "要求", "挑战", "问题是"),
    "action": ("我先", "我通过", "我用", "我设计", "我搭建", "我编写", "我分析", "我提出", "我组织", "我联系",
               "于是", "首先", "接着", "然后我", "最后我", "采用", "使用"),
    "result": ("结果", "最终", "最后", "提升", "提高", "降低", "减少", "完成了", "获得", "上线", "%", "得到"),
}  # fmt: skip
STAR_NAMES = {"situation": "情境（S）", "task": "任务（T）", "action": "行动（A）", "result": "结果（R）"}

# Typed answers are scored as if spoken at this pace (Chinese characters a minute).
PACE_GOOD = (160, 260)


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # "posting", "field", "behavioural"
    keywords: tuple[str, ...] = ()


QUESTION_STOP = {
    "请", "一个", "一次", "你", "你的", "我", "是", "的", "了", "在", "中", "讲", "讲讲", "怎么", "什么",
    "哪些", "如何", "怎么办", "为什么", "是否", "有", "做", "过", "吗", "呢", "自己", "这个",
    "岗位", "职责", "提到", "具体",
    "例子", "经历", "类似", "工作", "问题", "情况", "结果", "处理", "谈谈", "介绍", "重点",
}  # fmt: skip


def question_terms(question: str) -> list[str]:
    """The content words of a question (jieba), for judging whether an answer stays on it."""
    from careers.diagnosis import _jieba

    terms = []
    for token in _jieba().lcut(question):
        token = token.strip()
        if len(token) >= 2 and token not in QUESTION_STOP and not re.fullmatch(r"[\W_]+", token):
            terms.append(token)
    return list(dict.fromkeys(terms))


def _chars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def answer_feedback(
    question: Question, answer: str, seconds: int | None, posting_keywords: list[str]
) -> dict[str, Any]:
    text = answer.strip()
    n = _chars(text)
    star = {part: any(w in text for w in words) for part, words in STAR.items()}
    fillers: dict[str, int] = {}
    for m in FILLER_RE.finditer(text):
        fillers[m.group(0)] = fillers.get(m.group(0), 0) + 1
    filler_count = sum(fillers.values())
    wanted = [k for k in (*question.keywords, *posting_keywords) if k]
    low = text.lower()
    hit = sorted({k for k in wanted if k.lower() in low})
    missed = sorted({k for k in wanted if k.lower() not in low})[:6]
    terms = question_terms(question.text)
    on_topic = [t for t in terms if t.lower() in low]
    relevance = round(100 * len(on_topic) / len(terms)) if terms else None
    tips: list[str] = []
    if relevance is not None and relevance < 20 and question.kind != "behavioural":
        tips.append("回答与题目关联不够：先正面回应“" + "、".join(terms[:3]) + "”，再展开例子。")
    if question.kind == "behavioural" or question.kind == "posting":
        lacking = [STAR_NAMES[p] for p, ok in star.items() if not ok]
        if lacking:
            tips.append(
                "按 STAR 结构补全："
                + "、".join(lacking)
                + "。先一句话交代背景，再讲你做了什么，最后用数字说结果。"
            )
    if n < 80:
        tips.append(f"回答偏短（{n} 字）：面试回答一般 1-2 分钟，约 200-400 字，补充一个具体例子。")
    elif n > 600:
        tips.append(f"回答偏长（{n} 字）：控制在 2 分钟内，先说结论再展开。")
    pace = None
    if seconds:
        pace = round(n * 60 / max(seconds, 1))
        if pace < PACE_GOOD[0]:
            tips.append(f"语速偏慢（每分钟约 {pace} 字）：提前想好要点，减少停顿。")
        elif pace > PACE_GOOD[1]:
            tips.append(f"语速偏快（每分钟约 {pace} 字）：放慢一点，让面试官听清关键数字。")
    if filler_count >= 3 or (n and filler_count * 100 / n > 2):
        words = "、".join(f"“{w}”×{c}" for w, c in sorted(fillers.items(), key=lambda kv: -kv[1]))
        tips.append(f"口头禅较多（{words}）：用短暂停顿代替，说完一句再想下一句。")
    if missed and wanted:
        tips.append("可以联系岗位关键词：" + "、".join(missed) + "。")
    if not re.search(r"\d", text):
        tips.append("加一个数字说明结果，如“把处理时间从 2 小时缩短到 15 分钟”。")
    score = 40 + 10 * sum(star.values()) + (10 if 80 <= n <= 600 else 0) + (10 if filler_count < 3 else 0)
    score = min(100, score + min(10, 5 * len(hit)))
    return {
        "score": score,
        "chars": n,
        "seconds": seconds,
        "pace": pace,
        "star": star,
        "fillers": fillers,
        "keywords_hit": hit,
        "keywords_missed": missed,
        "relevance": relevance,
        "tips": tips,
        "example": stronger_example(question, text, missed),
    }


def stronger_example(question: Question, answer: str, missed: list[str]) -> str:
    topic = "、".join(missed[:2]) if missed else "这项工作"
    if question.kind == "field":
        return (
            f"先给出要点（一句话回答问题），再举自己的例子：“在课程设计中我用{topic}完成了……，"
            "遇到……问题时我查阅资料并对比了两种方案，最后选择……，效果是……（给出数字）。”"
        )
    return (
        "【情境】大三暑期我在一家公司实习，团队的周报要手工汇总 6 个区域的数据；"
        "【任务】我负责把汇总时间缩短；"
        f"【行动】我先梳理了数据来源，用{topic}写了自动汇总脚本，并和业务同事确认口径；"
        "【结果】汇总时间从半天降到 20 分钟，这个脚本后来被另外两个小组使用。"
    )


def overall_feedback(per_answer: list[dict[str, Any]]) -> dict[str, Any]:
    if not per_answer:
        return {}
    scores = [a.get("score", 0) for a in per_answer]
    star_total = {p: sum(1 for a in per_answer if a.get("star", {}).get(p)) for p in STAR}
    fillers = sum(sum(a.get("fillers", {}).values()) for a in per_answer)
    summary = []
    weakest = min(star_total, key=lambda p: star_total[p])
    if star_total[weakest] < len(per_answer):
        summary.append(
            f"{STAR_NAMES[weakest]}最常缺失（{len(per_answer) - star_total[weakest]} 题），"
            "回答时有意识地补上。"
        )
    short = sum(1 for a in per_answer if a.get("chars", 0) < 80)
    if short:
        summary.append(f"{short} 题回答偏短，每题准备一个具体事例。")
    if fillers >= 3:
        summary.append(f"全程口头禅 {fillers} 次，练习时录音回听。")
    if not summary:
        summary.append("结构完整、表达清楚，继续保持，并针对目标岗位准备更多数字化的成果。")
    return {"score": round(sum(scores) / len(scores)), "summary": summary, "answered": len(per_answer)}
