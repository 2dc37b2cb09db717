"""Graduates with employment needs matched to local SME jobs (四(三) of the notice).

A job matches a graduate when it is public, located in one of the graduate's preferred regions
(a province includes its cities; with no preference, the university's region), asks for no more
education than the graduate has, and is open to the graduate's major (a posting that names no
majors is open to all). A university sees its graduates grouped by major, degree and preferred
region with the number of matching jobs per group; a graduate sees the jobs and why each matched."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from accounts.models import GraduateProfile
from directory.models import Organisation, Region
from jobs.models import JobPosting
from jobs.services import public_jobs

DEGREE_RANK = {"junior_college": 1, "bachelor": 2, "master": 3, "doctor": 4}
REQUIRED_RANK = {"any": 0, "junior_college": 1, "bachelor": 2, "master": 3, "doctor": 4}
MAJOR_SEPARATORS = re.compile(r"[、,，;；/|\s]+|及|和")
RECOMMENDATIONS = 20
CANDIDATES = 400


def education_ok(degree: str, required: str) -> bool:
    return DEGREE_RANK.get(degree, 0) >= REQUIRED_RANK.get(required, 0)


def major_items(majors: str) -> list[str]:
    return [item for item in MAJOR_SEPARATORS.split(majors or "") if len(item) >= 2]


def major_match(major: str, majors: str) -> str | None:
    """The posting's major that covers ``major`` ("" when it names none), or None."""
    items = major_items(majors)
    if not items:
        return ""
    major = (major or "").strip()
    for item in items:
        if major and (item in major or major in item):
            return item
    return None


def expand(codes: set[str]) -> dict[str, set[str]]:
    """Each region code with the codes inside it (a province and its cities): one query."""
    inside: dict[str, set[str]] = {code: {code} for code in codes}
    for code, parent in Region.objects.filter(parent_id__in=codes).values_list("code", "parent_id"):
        inside[parent].add(code)
    return inside


@dataclass
class Group:
    major: str
    degree: str
    region: Region | None
    graduates: int = 0
    jobs: int = 0
    preferred: bool = True

    @property
    def degree_label(self) -> str:
        return str(GraduateProfile.Degree(self.degree).label) if self.degree in DEGREE_RANK else self.degree


def _candidate_jobs(codes: set[str]) -> list[Mapping[str, Any]]:
    return list(public_jobs().filter(region_id__in=codes).values("id", "region_id", "education", "majors"))


def university_groups(university: Organisation) -> list[Group]:
    """The university's graduates looking for work, grouped, with matching local jobs: five queries."""
    profiles = list(
        GraduateProfile.objects.filter(university=university, seeking_employment=True).values(
            "id", "major", "degree"
        )
    )
    through = GraduateProfile.preferred_regions.through
    preferred: dict[int, list[str]] = defaultdict(list)
    for profile_id, region_id in through.objects.filter(
        graduateprofile__in=[p["id"] for p in profiles]
    ).values_list("graduateprofile_id", "region_id"):
        preferred[profile_id].append(region_id)
    home = university.region_id
    counts: dict[tuple[str, str, str | None, bool], int] = defaultdict(int)
    for profile in profiles:
        chosen_codes = preferred.get(profile["id"])
        options: list[str | None] = [*chosen_codes] if chosen_codes else [home]
        for code in options:
            counts[(profile["major"].strip(), profile["degree"], code, bool(chosen_codes))] += 1
    codes = {key[2] for key in counts if key[2]}
    inside = expand(codes)
    jobs_by_region: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for job in _candidate_jobs(set().union(*inside.values()) if inside else set()):
        jobs_by_region[job["region_id"]].append(job)
    regions = Region.objects.in_bulk(list(codes))
    groups = []
    for (major, degree, region, chosen), graduates in counts.items():
        group = Group(major, degree, regions.get(region) if region else None, graduates, 0, chosen)
        if region:
            group.jobs = sum(
                1
                for code in inside[region]
                for job in jobs_by_region.get(code, [])
                if education_ok(degree, job["education"]) and major_match(major, job["majors"]) is not None
            )
        groups.append(group)
    return sorted(groups, key=lambda g: (-g.graduates, g.major, g.degree, g.region.code if g.region else ""))


@dataclass
class Recommendation:
    job: JobPosting
    score: int
    reasons: list[str] = field(default_factory=list)


def recommendations(profile: GraduateProfile, limit: int = RECOMMENDATIONS) -> list[Recommendation]:
    """Local jobs for one graduate, best first, each with the reasons it matched."""
    preferred = list(profile.preferred_regions.all())
    regions = preferred or ([profile.university.region] if profile.university.region else [])
    if not regions:
        return []
    inside = expand({r.code for r in regions})
    region_of = {code: region for region in regions for code in inside[region.code]}
    fields = {i.code: i for i in profile.preferred_fields.all()}
    candidates = (
        public_jobs()
        .filter(region_id__in=list(region_of))
        .select_related("company", "region", "region__parent")
        .prefetch_related("fields")
        .order_by("-published_at", "-id")[:CANDIDATES]
    )
    found = []
    for job in candidates:
        if not education_ok(profile.degree, job.education):
            continue
        covering = major_match(profile.major, job.majors)
        if covering is None:
            continue
        region = region_of[job.region_id]
        reasons = [
            _("In %(region)s, one of your preferred regions") % {"region": region.full_name}
            if preferred
            else _("In %(region)s, where your university is") % {"region": region.full_name}
        ]
        score = 1
        if covering:
            reasons.append(_("Asks for %(major)s, matching your major") % {"major": covering})
            score += 2
        else:
            reasons.append(_("Open to all majors"))
        shared = [i.label for i in job.fields.all() if i.code in fields]
        if shared:
            reasons.append(_("In %(fields)s, a field you chose") % {"fields": "、".join(shared)})
            score += 2
        reasons.append(
            _("Asks for %(required)s; you have %(degree)s")
            % {"required": job.get_education_display(), "degree": profile.get_degree_display()}
        )
        found.append(Recommendation(job, score, reasons))
    found.sort(key=lambda r: -r.score)  # stable: newest first within a score
    return found[:limit]
