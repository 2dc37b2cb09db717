import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from audit.models import AuditEntry
from directory.models import Organisation
from events_server.errors import Conflict, DomainError, NotAllowed
from jobs import services as job_services
from jobs.models import JobPosting
from review import services
from review.models import Decision, Report
from tests.factories import make_campaign, make_company, make_job, make_recruiter, make_student


def make_reviewer(username="rita", region="320000"):
    department = Organisation.objects.create(
        kind="sme_department", name=f"{username}的主管部门", region_id=region
    )
    return User.objects.create_user(
        username, password="pw-rita-12345", role="reviewer", organisation=department
    )


@pytest.fixture
def world(db):
    make_campaign()
    suzhou = make_company("苏州芯测半导体有限公司", region="320500")
    chengdu = make_company("成都康源生物医药有限公司", region="510100")
    return {
        "suzhou_job": make_job(suzhou, "芯片验证工程师", publish=False, status="pending"),
        "chengdu_job": make_job(chengdu, "药物研发助理", publish=False, status="pending"),
        "jiangsu": make_reviewer(),
        "bob": make_recruiter(suzhou),
    }


def test_a_reviewer_sees_only_the_queue_of_their_region(world):
    queue = services.review_queue(world["jiangsu"])
    assert list(queue["jobs"]) == [world["suzhou_job"]]
    national = make_reviewer("nina", region=None)
    assert set(services.review_queue(national)["jobs"]) == {world["suzhou_job"], world["chengdu_job"]}


def test_deciding_outside_the_region_is_a_404(client, world):
    client.force_login(world["jiangsu"])
    url = reverse("review:job", args=[world["chengdu_job"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"version": 1, "outcome": "approved", "reason": "ok"}).status_code == 404


def test_recruiters_and_students_cannot_review(client, world):
    client.force_login(world["bob"])
    assert client.get(reverse("review:queue")).status_code == 403
    with pytest.raises(NotAllowed):
        services.review_queue(world["bob"])


def test_approving_publishes_and_writes_the_audit_log(client, world):
    job = world["suzhou_job"]
    client.force_login(world["jiangsu"])
    response = client.post(
        reverse("review:job", args=[job.pk]), {"version": job.version, "outcome": "approved"}
    )
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == "published" and job.published_at
    entry = AuditEntry.objects.get(action="review.posting.approved")
    assert (entry.actor, entry.before["status"], entry.after["status"]) == (
        world["jiangsu"],
        "pending",
        "published",
    )
    assert client.get(reverse("jobs:detail", args=[job.pk])).status_code == 200


def test_rejecting_needs_a_reason_and_the_recruiter_sees_it(client, world):
    job = world["suzhou_job"]
    client.force_login(world["jiangsu"])
    response = client.post(
        reverse("review:job", args=[job.pk]), {"version": job.version, "outcome": "rejected"}
    )
    assert response.status_code == 400
    job.refresh_from_db()
    assert job.status == "pending"
    client.post(
        reverse("review:job", args=[job.pk]),
        {"version": job.version, "outcome": "changes", "reason": "请写明具体工作地点"},
    )
    job.refresh_from_db()
    assert job.status == "changes"
    client.force_login(world["bob"])
    assert "请写明具体工作地点" in client.get(reverse("jobs:recruit_dashboard")).content.decode()


def test_a_decision_on_an_old_version_or_a_decided_posting_is_refused(world):
    job = world["suzhou_job"]
    with pytest.raises(Conflict):
        services.decide_posting(
            job.pk, version=job.version + 1, outcome="approved", reason="", by=world["jiangsu"]
        )
    services.decide_posting(
        job.pk, version=job.version, outcome="rejected", reason="重复岗位", by=world["jiangsu"]
    )
    with pytest.raises(Conflict):
        services.decide_posting(
            job.pk, version=job.version, outcome="approved", reason="", by=world["jiangsu"]
        )
    assert Decision.objects.count() == 1


def test_approving_over_findings_needs_a_reason(world):
    job = make_job(
        world["bob"].organisation, "司机", publish=False, status="pending", description="限男性，需持C1驾照"
    )
    with pytest.raises(DomainError):
        services.decide_posting(
            job.pk, version=job.version, outcome="approved", reason="", by=world["jiangsu"]
        )
    services.decide_posting(
        job.pk,
        version=job.version,
        outcome="approved",
        reason="已与企业核实并删除性别要求",
        by=world["jiangsu"],
    )
    assert Decision.objects.get().findings[0]["rule"] == "gender-restriction"


def test_an_unverified_company_must_be_verified_first(world):
    newcomer = make_company("新注册公司", region="320100", verification="pending")
    job = make_job(newcomer, "测试工程师", publish=False, status="pending")
    with pytest.raises(Conflict):
        services.decide_posting(
            job.pk, version=job.version, outcome="approved", reason="", by=world["jiangsu"]
        )
    assert newcomer in services.review_queue(world["jiangsu"])["companies"]
    services.decide_company(newcomer.pk, outcome="approved", reason="", by=world["jiangsu"])
    services.decide_posting(job.pk, version=job.version, outcome="approved", reason="", by=world["jiangsu"])
    assert AuditEntry.objects.filter(action="review.company.approved").exists()


def test_only_material_edits_send_a_published_posting_back(world):
    job = make_job(world["bob"].organisation, "芯片设计工程师")
    fields = list(job.fields.all())
    job.contact_phone = "0512-99999999"
    job_services.save_job(job, fields, by=world["bob"])
    assert JobPosting.objects.get(pk=job.pk).status == "published"
    job.salary_max = 30000
    job_services.save_job(job, fields, by=world["bob"])
    assert JobPosting.objects.get(pk=job.pk).status == "pending"


def verified_student(name: str, n: int) -> User:
    """A student whose phone was proven by SMS code (only their reports count towards hiding)."""
    student = make_student(name)
    student.phone, student.phone_verified_at = f"1390000{n:04d}", timezone.now()
    student.save()
    return student


def test_reports_from_three_students_hide_a_posting_until_reviewed(client, world, settings):
    job = make_job(world["bob"].organisation, "高薪岗位")
    for n, name in enumerate(["s1", "s2"]):
        services.report_posting(verified_student(name, n), job, reason="fake")
    services.report_posting(User.objects.get(username="s1"), job, reason="fees")  # same student again
    assert JobPosting.objects.get(pk=job.pk).status == "published"
    services.report_posting(verified_student("s3", 3), job, reason="fees", text="要求先交押金")
    job.refresh_from_db()
    assert job.status == "pending"
    assert AuditEntry.objects.filter(action="review.posting.hidden_by_reports").exists()
    assert job in services.review_queue(world["jiangsu"])["jobs"]


def test_reports_from_accounts_without_a_verified_phone_do_not_hide_a_posting(world):
    job = make_job(world["bob"].organisation, "竞争对手的岗位")
    for name in ["t1", "t2", "t3", "t4"]:
        services.report_posting(make_student(name), job, reason="fake")  # throwaway sign-ups
    assert JobPosting.objects.get(pk=job.pk).status == "published"
    for n, name in enumerate(["v1", "v2"]):
        services.report_posting(verified_student(name, 10 + n), job, reason="fake")
    assert JobPosting.objects.get(pk=job.pk).status == "published"
    services.report_posting(verified_student("v3", 12), job, reason="fake")
    assert JobPosting.objects.get(pk=job.pk).status == "pending"


def test_a_report_flood_from_one_account_is_rate_limited(world):
    flooder = make_student("flood")
    company = world["bob"].organisation
    for i in range(services.REPORTS_PER_HOUR):
        services.report_posting(flooder, make_job(company, f"岗位{i}"), reason="other")
    with pytest.raises(DomainError):
        services.report_posting(flooder, make_job(company, "再一个岗位"), reason="other")
    assert Report.objects.filter(student=flooder).count() == services.REPORTS_PER_HOUR


def test_a_student_reports_through_the_page(client, world):
    job = make_job(world["bob"].organisation, "可疑岗位")
    client.force_login(make_student())
    response = client.post(
        reverse("review:report_job", args=[job.pk]), {"reason": "fees", "text": "要交押金"}
    )
    assert response.status_code == 302
    assert Report.objects.get().text == "要交押金"


def test_near_duplicate_postings_are_pointed_out(world):
    company = world["bob"].organisation
    original = make_job(
        company, "嵌入式软件工程师", description="负责车载控制器嵌入式软件开发与测试，熟悉C语言。"
    )
    copy = make_job(
        company,
        "嵌入式软件工程师",
        publish=False,
        status="pending",
        description="负责车载控制器嵌入式软件开发与测试，熟悉C语言！",
    )
    assert [d.job for d in services.near_duplicates(copy)] == [original]


def test_pay_far_above_the_regional_norm_is_pointed_out(world):
    company = world["bob"].organisation
    for i in range(6):
        make_job(company, f"普通岗位{i}", salary_min=6000, salary_max=8000)
    outlier = make_job(
        company, "月薪五万的应届生岗位", publish=False, status="pending", salary_min=50000, salary_max=60000
    )
    assert services.pay_outlier(outlier) == 6000
    assert services.pay_outlier(make_job(company, "正常岗位", salary_min=7000, salary_max=9000)) is None


def test_the_audit_log_cannot_be_edited_in_the_admin(admin_client, world):
    services.decide_posting(
        world["suzhou_job"].pk, version=1, outcome="approved", reason="", by=world["jiangsu"]
    )
    entry = AuditEntry.objects.get()
    response = admin_client.post(reverse("admin:audit_auditentry_delete", args=[entry.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
