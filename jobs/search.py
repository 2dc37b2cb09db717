"""Keyword search over job postings that works for Chinese without a word segmenter.

Chinese has no spaces, so each posting's text is indexed as CJK unigrams and
bigrams plus lower-cased Latin words and numbers (the approach of Lucene's CJK
analyser). A keyword matches when all of its bigrams (or its single character,
or its Latin words) are in the posting's tokens; on PostgreSQL this is a
``jsonb @>`` test answered by a GIN index, followed by an exact substring
check on the candidates. SQLite, with no such index, does the substring check
alone.

Filters (region, province, field, kind, accommodation) are indexed the same
way, as tokens that no text can produce ("@f:ai", "@p:320000"), so that on
PostgreSQL one GIN lookup intersects keyword and filters and only the final
candidates are read from the table. Salary range, education and 专精特新 are
plain column filters on both databases: a company's 专精特新 status changes
without its postings being re-indexed, and ranges are what B-tree columns do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, Q, QuerySet

_RUN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9+#.]*")
MAX_TERMS = 8


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def _run_tokens(run: str, *, with_unigrams: bool) -> list[str]:
    if not ("\u3400" <= run[0] <= "\ufaff"):
        return [run.rstrip(".")]
    if len(run) == 1:
        return [run]
    bigrams = [run[i : i + 2] for i in range(len(run) - 1)]
    return (list(run) + bigrams) if with_unigrams else bigrams


def document_tokens(*parts: str) -> list[str]:
    """Distinct index tokens of a posting's text, sorted for stable storage."""
    tokens: set[str] = set()
    for part in parts:
        for run in _RUN_RE.findall(normalise(part)):
            tokens.update(_run_tokens(run, with_unigrams=True))
    return sorted(tokens)


def query_tokens(term: str) -> list[str]:
    """Tokens every matching posting must contain for one search term."""
    tokens: list[str] = []
    for run in _RUN_RE.findall(normalise(term)):
        tokens.extend(_run_tokens(run, with_unigrams=False))
    return sorted(set(tokens))


def split_terms(keyword: str) -> list[str]:
    return [t for t in normalise(keyword).split() if t][:MAX_TERMS]


# A posting's education requirement, from open to all up to a doctorate: a graduate with a
# bachelor's degree may apply to postings asking for "any", "junior college" or "bachelor".
EDUCATION_LEVELS = ("any", "junior_college", "bachelor", "master", "doctor")
# Sort orders: newest first (the default), best paid first, closing soonest first.
SORTS = {
    "newest": ("-published_at", "-id"),
    "salary": ("-salary_max", "-salary_min", "-published_at", "-id"),
    "closing": (F("expires_on").asc(nulls_last=True), "-published_at", "-id"),
}


@dataclass(frozen=True)
class JobFilters:
    keyword: str = ""
    region_code: str = ""
    field_code: str = ""
    internship: bool = False
    accommodation: bool = False
    company_id: int | None = None
    salary_low: int | None = None  # CNY per month: postings whose range reaches this
    salary_high: int | None = None  # CNY per month: postings whose range starts at or below this
    education: str = ""  # the graduate's degree: postings open to it
    specialised: bool = False  # 专精特新 companies only
    sort: str = "newest"

    def ordering(self) -> tuple:
        return SORTS.get(self.sort, SORTS["newest"])


def open_to(education: str) -> list[str]:
    """Education requirements a graduate with ``education`` meets."""
    return list(EDUCATION_LEVELS[: EDUCATION_LEVELS.index(education) + 1])


def facet_tokens(
    *, region_code: str, province_code: str, field_codes: Iterable[str], kind: str, accommodation: bool
) -> list[str]:
    tokens = {f"@r:{region_code}", f"@p:{province_code}", f"@k:{kind}"}
    tokens.update(f"@f:{code}" for code in field_codes)
    if accommodation:
        tokens.add("@acc")
    return sorted(tokens)


def _required_facets(filters: JobFilters) -> list[str]:
    tokens = []
    if filters.region_code:
        province = filters.region_code.endswith("0000")
        tokens.append(f"@{'p' if province else 'r'}:{filters.region_code}")
    if filters.field_code:
        tokens.append(f"@f:{filters.field_code}")
    if filters.internship:
        tokens.append("@k:internship")
    if filters.accommodation:
        tokens.append("@acc")
    return tokens


def _relational_facets(queryset: QuerySet, filters: JobFilters) -> QuerySet:
    if filters.region_code:
        queryset = queryset.filter(
            Q(region_id=filters.region_code) | Q(region__parent_id=filters.region_code)
        )
    if filters.field_code:
        queryset = queryset.filter(fields__code=filters.field_code)
    if filters.internship:
        queryset = queryset.filter(kind="internship")
    if filters.accommodation:
        queryset = queryset.filter(accommodation=True)
    return queryset


def apply_filters(queryset: QuerySet, filters: JobFilters) -> QuerySet:
    """Narrow postings by keyword and filters: one GIN lookup on PostgreSQL."""
    terms = split_terms(filters.keyword)
    if connection.vendor == "postgresql":
        required = set(_required_facets(filters))
        for term in terms:
            required.update(query_tokens(term))
        if required:
            queryset = queryset.filter(search_tokens__contains=sorted(required))
    else:
        queryset = _relational_facets(queryset, filters)
    for term in terms:
        queryset = queryset.filter(search_document__contains=term)
    if filters.company_id:
        queryset = queryset.filter(company_id=filters.company_id)
    return _column_filters(queryset, filters)


def _column_filters(queryset: QuerySet, filters: JobFilters) -> QuerySet:
    if filters.salary_low is not None:
        queryset = queryset.filter(salary_max__gte=filters.salary_low)
    if filters.salary_high is not None:
        queryset = queryset.filter(salary_min__lte=filters.salary_high)
    if filters.education in EDUCATION_LEVELS:
        queryset = queryset.filter(education__in=open_to(filters.education))
    if filters.specialised:
        queryset = queryset.filter(company__specialised=True)
    return queryset
