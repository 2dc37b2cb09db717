"""The diagnosis meets its targets on the labelled set, and cites the posting rules' legal basis."""

from __future__ import annotations

from bench.resume_quality import DATA, HOLDOUT, evaluate, load
from careers import diagnosis
from careers.diagnosis import ResumeInput, by_check, diagnose
from review import seed_rules


def test_every_check_reaches_90_percent_precision_and_recall_on_the_labelled_set():
    rows = load(DATA)
    assert len(rows) >= 60
    scores, per_resume, _errors = evaluate(rows)
    for check, score in scores.items():
        assert score.tp + score.fn > 0, f"{check} has no labelled findings"
        assert score.precision >= 0.9, (check, score)
        assert score.recall >= 0.9, (check, score)
    assert per_resume < 0.05


def test_the_held_out_set_stays_above_its_measured_floor():
    """The held-out set was written after the rules were frozen; its first figures (docs/careers.md)
    miss the 90 % target on two checks. This guards against getting worse, not a target."""
    rows = load(HOLDOUT)
    assert len(rows) >= 60
    scores, _per_resume, _errors = evaluate(rows)
    for check, score in scores.items():
        assert score.precision >= 0.74 and score.recall >= 0.94, (check, score)


def test_the_legal_basis_is_the_posting_rules_one():
    rules = {r["code"]: r["legal_basis"] for r in seed_rules.RULES}
    assert rules["ethnicity"] == diagnosis.BASIS_ETHNICITY
    assert rules["marital-childbearing"] == diagnosis.BASIS_MARITAL
    assert rules["hukou-native-place"] == diagnosis.BASIS_NATIVE_PLACE
    assert diagnosis.EPL == seed_rules.EPL


def test_a_clean_resume_has_no_findings_and_a_flawed_one_gets_concrete_advice():
    clean = """林晨阳
电话：138 0013 8000 | 邮箱：lin@example.com
教育背景
2021.09-2025.06 滨江科技大学 统计学 本科
实习经历
2024.07-2024.09 云岭数据服务有限公司 数据分析实习生
搭建销售看板，周报制作时间缩短 60%
专业技能
SQL、Python、Tableau"""
    assert diagnose(ResumeInput(clean, posting="任职要求：熟悉SQL、Python")) == []
    flawed = clean.replace("搭建销售看板，周报制作时间缩短 60%", "参与部门数据整理") + "\n民族：汉族\n"
    found = by_check(diagnose(ResumeInput(flawed, posting="任职要求：熟悉SQL、Spark；有A/B测试经验")))
    assert found["numbers"] == ["2024.07-2024.09"]
    assert found["weak_verbs"] == ["参与"]
    assert found["personal"] == ["ethnicity"]
    assert "spark" in found["keywords"]
    assert "sql" not in found["keywords"]
