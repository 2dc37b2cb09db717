"""Rule-based feedback on a mock-interview answer: STAR structure, relevance, length and pace,
filler words, and an example of a stronger answer. No Django; deterministic. Tips, examples and
summaries are translatable texts (``careers.texts``), translated when shown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from careers.texts import Text, gettext_noop, msg

FILLERS = ("嗯", "呃", "啊", "那个", "然后", "就是", "这个", "其实", "对吧", "反正", "怎么说呢")
FILLER_RE = re.compile("|".join(sorted(FILLERS, key=len, reverse=True)))

STAR = {
    "situation": ("当时", "背景", "在实习", "在项目", "那时", "期间", "我们团队", "课程", "比赛中", "遇到"),
    "task": ("任务", "目标", "负责", "需要", "要求", "挑战", "问题是"),
    "action": ("我先", "我通过", "我用", "我设计", "我搭建", "我编写", "我分析", "我提出", "我组织", "我联系",
               "于是", "首先", "接着", "然后我", "最后我", "采用", "使用"),
    "result": ("结果", "最终", "最后", "提升", "提高", "降低", "减少", "完成了", "获得", "上线", "%", "得到"),
}  # fmt: skip
STAR_NAMES = {
    "situation": gettext_noop("situation (S)"),
    "task": gettext_noop("task (T)"),
    "action": gettext_noop("action (A)"),
    "result": gettext_noop("result (R)"),
}

# A spoken answer's pace is good in this range (Chinese characters a minute). A typed answer has
# no pace (typing or pasting is not speaking); it is told how long it takes to say at PACE_SPOKEN.
PACE_GOOD = (160, 260)
PACE_SPOKEN = 210


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
    from careers.keywords import load_jieba

    terms = []
    for token in load_jieba().lcut(question):
        token = token.strip()
        if len(token) >= 2 and token not in QUESTION_STOP and not re.fullmatch(r"[\W_]+", token):
            terms.append(token)
    return list(dict.fromkeys(terms))


def _chars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def answer_feedback(
    question: Question, answer: str, seconds: int | None, posting_keywords: list[str]
) -> dict[str, Any]:
    """Feedback on one answer. ``seconds``: how long a spoken answer took (its recording); None
    for a typed answer, which gets no pace tip."""
    said = answer.strip()
    n = _chars(said)
    star = {part: any(w in said for w in words) for part, words in STAR.items()}
    fillers: dict[str, int] = {}
    for m in FILLER_RE.finditer(said):
        fillers[m.group(0)] = fillers.get(m.group(0), 0) + 1
    filler_count = sum(fillers.values())
    wanted = [k for k in (*question.keywords, *posting_keywords) if k]
    low = said.lower()
    hit = sorted({k for k in wanted if k.lower() in low})
    missed = sorted({k for k in wanted if k.lower() not in low})[:6]
    terms = question_terms(question.text)
    on_topic = [t for t in terms if t.lower() in low]
    relevance = round(100 * len(on_topic) / len(terms)) if terms else None
    tips: list[Text] = []
    if relevance is not None and relevance < 20 and question.kind != "behavioural":
        tips.append(
            msg(
                gettext_noop(
                    "The answer strays from the question: first address "
                    "“%(terms)s” directly, then give your example."
                ),
                terms=terms[:3],
            )
        )
    if question.kind == "behavioural" or question.kind == "posting":
        lacking = [msg(STAR_NAMES[p]) for p, ok in star.items() if not ok]
        if lacking:
            tips.append(
                msg(
                    gettext_noop(
                        "Complete the STAR structure: %(parts)s. Set the scene in one sentence, say what "
                        "you did, and end with the result in numbers."
                    ),
                    parts=lacking,
                )
            )
    if n < 80:
        tips.append(
            msg(
                gettext_noop(
                    "The answer is short (%(n)s characters): an interview answer usually runs 1-2 minutes, "
                    "about 200-400 characters; add a concrete example."
                ),
                n=n,
            )
        )
    elif n > 600:
        tips.append(
            msg(
                gettext_noop(
                    "The answer is long (%(n)s characters): keep it "
                    "under 2 minutes and give the conclusion first."
                ),
                n=n,
            )
        )
    pace = None
    if seconds:
        pace = round(n * 60 / max(seconds, 1))
        if pace < PACE_GOOD[0]:
            tips.append(
                msg(
                    gettext_noop(
                        "You speak slowly (about %(pace)s characters a minute): prepare your points "
                        "beforehand and pause less."
                    ),
                    pace=pace,
                )
            )
        elif pace > PACE_GOOD[1]:
            tips.append(
                msg(
                    gettext_noop(
                        "You speak fast (about %(pace)s characters a minute): slow down a little so that "
                        "the interviewer catches the key numbers."
                    ),
                    pace=pace,
                )
            )
    if filler_count >= 3 or (n and filler_count * 100 / n > 2):
        words = [f"“{w}”×{c}" for w, c in sorted(fillers.items(), key=lambda kv: -kv[1])]
        tips.append(
            msg(
                gettext_noop(
                    "Many filler words (%(words)s): pause briefly instead, and finish one sentence before "
                    "thinking of the next."
                ),
                words=words,
            )
        )
    if missed and wanted:
        tips.append(msg(gettext_noop("You could bring in the posting's keywords: %(words)s."), words=missed))
    if not re.search(r"\d", said):
        tips.append(
            msg(
                gettext_noop(
                    "Add a number to show the result, e.g. “cut the "
                    "processing time from 2 hours to 15 minutes”."
                )
            )
        )
    score = 40 + 10 * sum(star.values()) + (10 if 80 <= n <= 600 else 0) + (10 if filler_count < 3 else 0)
    score = min(100, score + min(10, 5 * len(hit)))
    return {
        "score": score,
        "chars": n,
        "seconds": seconds,
        "pace": pace,
        "spoken_seconds": round(n * 60 / PACE_SPOKEN),
        "star": star,
        "fillers": fillers,
        "keywords_hit": hit,
        "keywords_missed": missed,
        "relevance": relevance,
        "tips": tips,
        "example": stronger_example(question, said, missed),
    }


def stronger_example(question: Question, answer: str, missed: list[str]) -> Text:
    topic: Text | list[str] = missed[:2] if missed else msg(gettext_noop("this work"))
    if question.kind == "field":
        return msg(
            gettext_noop(
                "Give the point first (answer the question in one sentence), then an example of your "
                "own: “In a course project I used %(topic)s to complete …; when … went wrong I read up "
                "and compared two approaches, chose …, and the effect was … (give a number).”"
            ),
            topic=topic,
        )
    return msg(
        gettext_noop(
            "[Situation] In the summer of my third year I interned at a company whose weekly report was "
            "compiled by hand from 6 regions' data; [Task] I was to make the compiling faster; [Action] "
            "I first mapped the data sources, wrote a script with %(topic)s that compiles it "
            "automatically, and agreed the definitions with colleagues in the business; [Result] "
            "compiling went from half a day to 20 minutes, and two other teams took up the script."
        ),
        topic=topic,
    )


def overall_feedback(per_answer: list[dict[str, Any]]) -> dict[str, Any]:
    if not per_answer:
        return {}
    scores = [a.get("score", 0) for a in per_answer]
    star_total = {p: sum(1 for a in per_answer if a.get("star", {}).get(p)) for p in STAR}
    fillers = sum(sum(a.get("fillers", {}).values()) for a in per_answer)
    summary: list[Text] = []
    weakest = min(star_total, key=lambda p: star_total[p])
    if star_total[weakest] < len(per_answer):
        summary.append(
            msg(
                gettext_noop(
                    "The %(part)s was missing most often (%(n)s questions); "
                    "add it on purpose when you answer."
                ),
                part=msg(STAR_NAMES[weakest]),
                n=len(per_answer) - star_total[weakest],
            )
        )
    short = sum(1 for a in per_answer if a.get("chars", 0) < 80)
    if short:
        summary.append(
            msg(
                gettext_noop("Short answers: %(n)s. Prepare a concrete example for each question."),
                n=short,
            )
        )
    if fillers >= 3:
        summary.append(
            msg(
                gettext_noop(
                    "Filler words over the interview: %(n)s. Record "
                    "yourself when you practise and listen back."
                ),
                n=fillers,
            )
        )
    if not summary:
        summary.append(
            msg(
                gettext_noop(
                    "Well structured and clear. Keep it up, and prepare more results in numbers for the "
                    "target job."
                )
            )
        )
    return {"score": round(sum(scores) / len(scores)), "summary": summary, "answered": len(per_answer)}
