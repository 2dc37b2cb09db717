"""The demo campaign that `make run` loads: idempotent, deterministic, and shown with progress.

Running it twice leaves the same rows; live-session times move to "now" so the
zone always has something live and upcoming.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from stdnum.cn import uscc

from accounts.models import GraduateProfile, User
from campaigns.models import Campaign, CampaignOrganisation, Phase
from demo.events import load_bookings
from demo.returns import load_reports
from directory.models import Industry, Organisation
from jobs.models import Application, JobPosting
from jobs.services import apply, publish_job, set_search_columns
from livestream.models import LiveSession

DEMO_PASSWORD = "shanhai-demo-2025"  # noqa: S105 - printed by `make run`; demo data only
CAMPAIGN_SLUG = "sme-100-days-2025"

# City codes (GB/T 2260) across nine provinces.
CITIES = [
    "110000",
    "310000",
    "440300",
    "440100",
    "320500",
    "320100",
    "330100",
    "510100",
    "420100",
    "610100",
    "340100",
]

COMPANIES: dict[str, list[str]] = {
    "ai": ["灵思智能科技", "深度求索数据", "知行语言智能", "云瞳视觉科技"],
    "smart-manufacturing": ["精工智造装备", "协创工业机器人", "数联智能工厂", "恒力数控"],
    "aerospace": ["星途航天科技", "天衡航空部件", "北斗时空导航", "翼展复合材料"],
    "electronic-information": ["华讯通信技术", "光谷光电子", "速联物联网", "芯视显示科技"],
    "integrated-circuits": ["芯原微电子", "晶测半导体", "合芯设计", "微纳封测"],
    "biomedicine": ["康源生物医药", "基因星科技", "博瑞医疗器械", "本草创新药业"],
    "low-altitude-economy": ["飞羽无人机", "云翼低空物流", "天途飞行服务", "鹰眼航测"],
    "new-energy": ["储能未来科技", "光伏新材", "氢动力科技", "锂电智控"],
    "manufacturing": ["宏达纺织", "金石建材"],
    "software-services": ["启明软件", "数智云服务"],
}

TITLES: dict[str, list[str]] = {
    "ai": ["算法工程师", "机器学习工程师", "数据标注与质检专员", "大模型应用开发工程师", "AI 产品经理"],
    "smart-manufacturing": [
        "工业机器人调试工程师",
        "PLC 电气工程师",
        "数字化工厂实施工程师",
        "工艺工程师",
        "设备运维技术员",
    ],
    "aerospace": ["结构设计工程师", "飞控软件工程师", "复合材料工艺工程师", "导航算法工程师", "质量工程师"],
    "electronic-information": [
        "嵌入式软件工程师",
        "硬件测试工程师",
        "射频工程师",
        "Java 后端开发工程师",
        "物联网平台运维",
    ],
    "integrated-circuits": [
        "数字 IC 设计工程师",
        "模拟版图工程师",
        "芯片验证工程师",
        "封装测试工程师",
        "半导体设备工程师",
    ],
    "biomedicine": ["药物研发助理", "临床研究协调员", "细胞培养技术员", "医疗器械注册专员", "质量检验员"],
    "low-altitude-economy": [
        "无人机飞手",
        "无人机维修工程师",
        "低空航线规划专员",
        "航测数据处理员",
        "飞控嵌入式工程师",
    ],
    "new-energy": [
        "电池研发工程师",
        "光伏电站运维工程师",
        "BMS 软件工程师",
        "储能系统集成工程师",
        "新能源销售工程师",
    ],
    "manufacturing": ["生产管理培训生", "质量管理专员", "外贸业务员", "仓储物流专员", "设备维护工程师"],
    "software-services": ["前端开发工程师", "Python 开发工程师", "软件测试工程师", "实施顾问", "运维工程师"],
}

MAJORS = {
    "ai": "计算机科学与技术、人工智能、数学",
    "smart-manufacturing": "机械工程、自动化、电气工程",
    "aerospace": "航空航天工程、力学、材料",
    "electronic-information": "电子信息工程、通信工程、计算机",
    "integrated-circuits": "微电子、集成电路设计、电子科学与技术",
    "biomedicine": "生物技术、药学、临床医学",
    "low-altitude-economy": "飞行器设计、测绘工程、自动化",
    "new-energy": "新能源科学与工程、化学、电气工程",
    "manufacturing": "工商管理、工业工程、国际贸易",
    "software-services": "软件工程、计算机、信息管理",
}

UNIVERSITIES = [
    ("华东理工示范大学", "310000"),
    ("西部科技示范大学", "610100"),
    ("江城职业技术示范学院", "420100"),
]
PARTNERS = ["智联招聘", "前程无忧", "BOSS直聘", "国聘网", "猎聘网", "实习僧网"]
HOSTS = [("工业和信息化部", "sme_department"), ("教育部", "employment_department")]
ORGANISERS = [
    ("中国中小企业发展促进中心", "agency", "https://www.chinasme.cn"),
    ("教育部学生服务与素质发展中心", "agency", "https://www.ncss.cn"),
]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    note: str


DEMO_ACCOUNTS = [
    DemoAccount("student", User.Role.STUDENT, "student with a graduate profile"),
    DemoAccount("recruiter", User.Role.RECRUITER, "recruiter of 灵思智能科技"),
    DemoAccount("university", User.Role.UNIVERSITY_STAFF, "career office of 华东理工示范大学"),
    DemoAccount("reviewer", User.Role.REVIEWER, "reviewer at 上海市中小企业主管部门 (queue at /review/)"),
    DemoAccount("partner", User.Role.PARTNER_STAFF, "staff of 智联招聘"),
    DemoAccount("admin", User.Role.ADMIN, "administrator (Django admin at /admin/)"),
]


def demo_accounts() -> list[DemoAccount]:
    """The demo accounts to create: the administrator, whose password is published, only on a
    development machine (``DEBUG``); a real deployment makes its administrators by hand."""
    return [a for a in DEMO_ACCOUNTS if settings.DEBUG or a.role != User.Role.ADMIN]


def credit_code(seed: int, region_code: str) -> str:
    body = f"91{region_code}{seed:08d}X"[:17]
    return body + uscc.calc_check_digit(body)


def _org(name: str, kind: str, region: str | None, **extra: object) -> Organisation:
    org, _ = Organisation.objects.update_or_create(
        name=name, kind=kind, defaults={"region_id": region, **extra}
    )
    return org


def load_campaign() -> Campaign:
    campaign, _ = Campaign.objects.update_or_create(
        slug=CAMPAIGN_SLUG,
        defaults={
            "name": "2025年全国中小企业网上百日招聘高校毕业生活动",
            "theme": "山海有约 奋楫扬帆",
            "notice_reference": "工信厅联企业〔2025〕157号",
            "summary": "工业和信息化部、教育部联合主办，引导和鼓励高校毕业生到中小企业就业。",
        },
    )
    for number, name, start, end in [
        (1, "第一阶段", dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        (2, "第二阶段", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
    ]:
        Phase.objects.update_or_create(
            campaign=campaign, number=number, defaults={"name": name, "starts_on": start, "ends_on": end}
        )
    roles = CampaignOrganisation.Role
    for i, (name, kind) in enumerate(HOSTS):
        _member(campaign, _org(name, kind, None), roles.HOST, i)
    for i, (name, kind, url) in enumerate(ORGANISERS):
        _member(campaign, _org(name, kind, None, website=url), roles.ORGANISER, i, url)
    for i, name in enumerate(PARTNERS):
        _member(campaign, _org(name, Organisation.Kind.PARTNER_PLATFORM, None), roles.PARTNER, i)
    return campaign


def _member(campaign: Campaign, org: Organisation, role: str, position: int, url: str = "") -> None:
    CampaignOrganisation.objects.update_or_create(
        campaign=campaign, organisation=org, role=role, defaults={"position": position, "zone_url": url}
    )


def load_companies(progress: Progress) -> list[Organisation]:
    companies = []
    seed = 0
    for field, names in COMPANIES.items():
        for name in names:
            seed += 1
            region = CITIES[seed % len(CITIES)]
            companies.append(
                _org(
                    name + "有限公司",
                    Organisation.Kind.COMPANY,
                    region,
                    credit_code=credit_code(seed, region),
                    industry_id=field,
                    specialised=seed % 3 == 0,
                    verification=Organisation.Verification.VERIFIED,
                    description=f"{name}是一家专注于{Industry.objects.get(pk=field).name}领域的中小企业。",
                )
            )
        progress(f"companies {len(companies)}")
    return companies


def load_jobs(campaign: Campaign, companies: list[Organisation], progress: Progress) -> int:
    rng = random.Random(2025)  # noqa: S311 - deterministic demo data, not security
    now = timezone.now()
    count = 0
    for company in companies:
        field, region = company.industry_id, company.region_id
        if field is None or region is None:  # load_companies gives every company both
            raise ValueError(f"demo company {company.name} has no industry or region")
        for n, title in enumerate(TITLES[field]):
            internship = n in (3, 4) or (n == 2 and company.pk % 2 == 0)
            low = (
                rng.choice([4000, 5000, 6000, 8000, 10000, 12000])
                if not internship
                else rng.choice([2500, 3000, 4000])
            )
            job, _ = JobPosting.objects.get_or_create(
                company=company,
                title=title + ("实习生" if internship else ""),
                defaults={
                    "campaign": campaign,
                    "region_id": region,
                    "description": "",
                    "headcount": 1,
                    "salary_min": low,
                    "salary_max": low,
                    "contact_name": "",
                    "contact_phone": "",
                },
            )
            job.kind = JobPosting.Kind.INTERNSHIP if internship else JobPosting.Kind.FULL_TIME
            job.accommodation = internship and n != 4
            job.internship_months = 3 if internship else None
            job.description = _description(company, title, internship, job.accommodation)
            job.majors = MAJORS[field]
            job.headcount = rng.randint(1, 12)
            job.salary_min = low
            job.salary_max = low + rng.choice([1000, 2000, 3000, 5000])
            job.education = JobPosting.Education.BACHELOR if n % 3 else JobPosting.Education.JUNIOR_COLLEGE
            job.working_hours = "9:00–18:00"
            job.rest_days = "双休"
            job.contact_name = "人事部"
            job.contact_phone = f"021-{60000000 + company.pk * 10 + n}"
            job.expires_on = dt.date(2025, 12, 31) if now.date() <= dt.date(2025, 12, 31) else None
            job.published_at = job.published_at or now - dt.timedelta(hours=rng.randint(1, 24 * 30))
            set_search_columns(job, [field])
            job.save()
            job.fields.set([field])  # type: ignore[list-item]  # codes are the pks; django-stubs types pks as int
            publish_job(job)
            count += 1
        progress(f"jobs {count}")
    return count


def _description(company: Organisation, title: str, internship: bool, accommodation: bool) -> str:
    lines = [
        f"岗位职责：参与{company.name}的{title}相关工作，在导师指导下完成项目任务。",
        "任职要求：相关专业应届毕业生，学习能力强，有团队合作精神。",
    ]
    if internship:
        lines.append("实习期三个月，表现优秀者可转正。")
    if accommodation:
        lines.append("为实习生提供短期免费住宿。")
    lines.append("福利：五险一金、带薪年假、节日福利。")
    return "\n".join(lines)


def load_accounts(campaign: Campaign, companies: list[Organisation]) -> None:
    universities = [_org(name, Organisation.Kind.UNIVERSITY, region) for name, region in UNIVERSITIES]
    department = _org("上海市中小企业主管部门", Organisation.Kind.SME_DEPARTMENT, "310000")
    _org("上海市高校毕业生就业工作部门", Organisation.Kind.EMPLOYMENT_DEPARTMENT, "310000")
    partner = Organisation.objects.get(name=PARTNERS[0], kind=Organisation.Kind.PARTNER_PLATFORM)
    organisations = {
        "student": None,
        "recruiter": companies[0],
        "university": universities[0],
        "reviewer": department,
        "partner": partner,
        "admin": None,
    }
    for account in demo_accounts():
        admin = account.role == User.Role.ADMIN
        user, created = User.objects.update_or_create(
            username=account.username,
            defaults={
                "role": account.role,
                "organisation": organisations[account.username],
                "is_superuser": admin,
                "is_staff": admin,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
    student = User.objects.get(username="student")
    profile, _ = GraduateProfile.objects.update_or_create(
        user=student,
        defaults={
            "full_name": "李明",
            "university": universities[0],
            "major": "计算机科学与技术",
            "degree": GraduateProfile.Degree.BACHELOR,
            "graduation_year": 2025,
            "phone": "13800138000",
        },
    )
    profile.preferred_fields.set(["ai", "integrated-circuits"])  # type: ignore[list-item]  # codes are the pks; django-stubs types pks as int
    profile.preferred_regions.set(["310000", "320500"])  # type: ignore[list-item]  # codes are the pks; django-stubs types pks as int
    for job in JobPosting.objects.filter(company=companies[0]).order_by("pk")[:2]:
        apply(student, job, source=Application.Source.ZONE)


def load_sessions(campaign: Campaign, companies: list[Organisation]) -> None:
    now = timezone.now().replace(second=0, microsecond=0)
    plan = [
        (
            companies[0],
            "灵思智能 2025 秋季直播带岗：算法与大模型岗位",
            dt.timedelta(minutes=-20),
            LiveSession.State.LIVE,
        ),
        (
            companies[16],
            "芯原微电子：集成电路岗位宣讲",
            dt.timedelta(days=1, hours=2),
            LiveSession.State.SCHEDULED,
        ),
        (
            companies[24],
            "飞羽无人机：低空经济专场",
            dt.timedelta(days=2, hours=5),
            LiveSession.State.SCHEDULED,
        ),
        (companies[28], "储能未来科技：新能源岗位直播", dt.timedelta(days=4), LiveSession.State.SCHEDULED),
    ]
    university = Organisation.objects.filter(kind=Organisation.Kind.UNIVERSITY).first()
    for company, title, offset, state in plan:
        session, _ = LiveSession.objects.update_or_create(
            company=company,
            title=title,
            defaults={
                "campaign": campaign,
                "starts_at": now + offset,
                "ends_at": now + offset + dt.timedelta(hours=2),
                "state": state,
                "co_host": university,
                "description": "欢迎同学们在直播间提问。",
            },
        )
        session.jobs.set(JobPosting.objects.filter(company=company)[:3])
        if state == LiveSession.State.LIVE:
            load_room(session)
            approve_demo_poster(session)


def approve_demo_poster(session: LiveSession) -> None:
    """The live demo session's poster text, approved as a reviewer would, so it can be printed."""
    from posters.services import live_poster_text, poster_copy
    from review import materials
    from review.models import Material

    material = materials.submit(
        Material.Kind.POSTER,
        f"live:{session.pk}",
        session.company,
        poster_copy(live_poster_text(session, "")),
    )
    Material.objects.filter(pk=material.pk).update(status=Material.Status.APPROVED, reason="演示数据")


def load_room(session: LiveSession) -> None:
    """A live room with a pinned card, a few questions and some chat, so the demo looks alive."""
    from livestream.models import ChatMessage, PinnedCard, Question

    if session.chat_messages.exists():
        return
    LiveSession.objects.filter(pk=session.pk).update(went_live_at=session.starts_at)
    student = User.objects.get(username="student")
    host = User.objects.get(username="recruiter")
    first_job = session.jobs.order_by("pk").first()
    if first_job:
        PinnedCard.objects.get_or_create(session=session, unpinned_at=None, defaults={"job": first_job})
    for body, votes, state in [
        ("应届生入职后有导师带吗？", 12, Question.State.ANSWERED),
        ("算法岗对论文有要求吗？", 8, Question.State.OPEN),
        ("苏州这边提供住宿吗？", 5, Question.State.OPEN),
    ]:
        Question.objects.create(session=session, author=student, body=body, votes=votes, state=state)
    for author, body in [
        (student, "老师好，已经在看了！"),
        (host, "欢迎同学们，有问题可以在问答区提问，点赞多的优先回答。"),
        (student, "刚投了算法岗，期待回复"),
    ]:
        ChatMessage.objects.create(session=session, author=author, body=body)


def load_review_sample(campaign: Campaign, company: Organisation) -> None:
    """One posting waiting in the Shanghai reviewer's queue, with wording the checks flag."""
    region = company.region_id
    if region is None:  # load_companies gives every company a region
        raise ValueError(f"demo company {company.name} has no region")
    job, _ = JobPosting.objects.get_or_create(
        company=company,
        title="销售代表",
        defaults={
            "campaign": campaign,
            "region_id": region,
            "headcount": 2,
            "salary_min": 6000,
            "salary_max": 9000,
            "contact_name": "人事部",
            "contact_phone": "021-60001234",
            "description": "限男性，35岁以下，形象气质佳。负责华东区域客户拓展。",
            "status": JobPosting.Status.PENDING,
        },
    )
    job.fields.set(["ai"])  # type: ignore[list-item]  # codes are the pks; django-stubs types pks as int
    set_search_columns(job, ["ai"])
    job.save(update_fields=["search_document", "search_tokens"])


@transaction.atomic
def load_demo(progress: Progress = print) -> Campaign:
    progress("campaign")
    campaign = load_campaign()
    companies = load_companies(progress)
    load_jobs(campaign, companies, progress)
    progress("accounts")
    load_accounts(campaign, companies)
    load_review_sample(campaign, companies[0])
    progress("live sessions")
    load_sessions(campaign, companies)
    progress("campus sessions, visits and fairs")
    university = Organisation.objects.get(name=UNIVERSITIES[0][0], kind=Organisation.Kind.UNIVERSITY)
    load_bookings(campaign, university, companies)
    progress("reports")
    load_reports(campaign, companies, progress)
    return campaign
