"""Synthetic postings for benchmarks: realistic Chinese titles, companies and regions, in bulk."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from stdnum.cn import uscc

from demo.campaign import MAJORS, TITLES, load_campaign
from directory.models import Organisation, Region
from jobs.models import JobPosting
from jobs.services import set_search_columns

BATCH = 2000
PREFIXES = ["华", "中", "新", "启", "恒", "博", "智", "天", "云", "星", "海", "科", "泰", "创", "宏", "远"]
SUFFIXES = ["科技", "智能", "电子", "生物", "能源", "装备", "信息", "材料", "航空", "数据"]


def _companies(rng: random.Random, count: int) -> list[Organisation]:
    cities = list(Region.objects.filter(level="city").values_list("code", flat=True))
    fields = list(TITLES)
    existing = Organisation.objects.filter(kind="company", name__startswith="基准").count()
    made = []
    for n in range(existing, count):
        body = f"91{rng.choice(cities)}{n:08d}B"
        made.append(
            Organisation(
                kind="company",
                name=f"基准{rng.choice(PREFIXES)}{rng.choice(PREFIXES)}{rng.choice(SUFFIXES)}{n}有限公司",
                region_id=body[2:8],
                credit_code=body + uscc.calc_check_digit(body),
                industry_id=rng.choice(fields),
                specialised=rng.random() < 0.2,
            )
        )
    Organisation.objects.bulk_create(made)
    return list(
        Organisation.objects.filter(kind="company", name__startswith="基准").select_related(
            "region", "region__parent"
        )
    )


def generate_postings(count: int, progress: Callable[[int], None]) -> None:
    rng = random.Random(100_000)
    campaign = load_campaign()
    companies = _companies(rng, 3000)
    through = JobPosting.fields.through
    now = timezone.now()
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        jobs = []
        for _ in range(size):
            company = rng.choice(companies)
            field = company.industry_id
            internship = rng.random() < 0.3
            low = rng.choice([3000, 4000, 6000, 8000, 10000, 15000])
            job = JobPosting(
                campaign=campaign,
                company=company,
                region=company.region,
                title=rng.choice(TITLES[field]) + ("实习生" if internship else ""),
                description=f"负责{rng.choice(TITLES[field])}相关工作。要求：{MAJORS[field]}等专业，沟通能力强。",
                kind="internship" if internship else "full_time",
                accommodation=internship and rng.random() < 0.5,
                majors=MAJORS[field],
                headcount=rng.randint(1, 20),
                salary_min=low,
                salary_max=low + rng.choice([1000, 3000, 5000]),
                contact_name="人事部",
                contact_phone="021-60000000",
                status=rng.choices(["published", "closed", "pending"], [90, 5, 5])[0],
                published_at=now - dt.timedelta(minutes=rng.randint(1, 60 * 24 * 200)),
            )
            set_search_columns(job, [field])
            jobs.append(job)
        with transaction.atomic():
            created = JobPosting.objects.bulk_create(jobs)
            through.objects.bulk_create(
                [through(jobposting_id=j.pk, industry_id=j.company.industry_id) for j in created]
            )
        done += size
        progress(done)
