"""Screening and review of postings and company registrations.

``check_*`` functions validate and authorise; ``do_*`` functions change state and
write the audit log; views, the admin and tests call them, never the models directly.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import is_platform_admin
from audit.services import record, snapshot
from directory.models import Organisation
from events_server import ratelimit
from events_server.errors import Conflict, DomainError, NotAllowed
from jobs.models import JobPosting
from jobs.services import announce_published, announce_withdrawn, public_jobs
from notifications.services import notify_members
from review.checks import Finding, RuleSpec, check_text
from review.models import REASON_MAX, Decision, Report, Rule

REVIEWER_ROLES = (User.Role.REVIEWER, User.Role.ADMIN)
DUPLICATE_SIMILARITY = 0.85
PAY_OUTLIER_FACTOR = 3
PAY_MIN_PEERS = 5


def active_rules() -> list[RuleSpec]:
    return [
        RuleSpec(r.code, r.family, r.kind, r.pattern, r.exceptions, r.explanation, r.legal_basis)
        for r in Rule.objects.filter(active=True)
    ]


def posting_text(fields: dict[str, object]) -> str:
    """The free-text parts of a posting that recruiters write, in one string."""
    names = ("title", "description", "majors", "working_hours", "rest_days")
    return "\n".join(str(fields.get(name) or "") for name in names if fields.get(name))


def screen_posting(fields: dict[str, object]) -> tuple[str, list[Finding]]:
    text = posting_text(fields)
    return text, check_text(text, active_rules())


# --- scope -------------------------------------------------------------------------------


def _region_scope(user: User, field: str) -> Q:
    """Postings or companies in the reviewer's region; national departments and admins see all."""
    if is_platform_admin(user):
        return Q()
    if user.role != User.Role.REVIEWER or user.organisation is None:
        raise NotAllowed(_("Only department reviewers can review."))
    region = user.organisation.region_id
    if region is None:
        return Q()
    return Q(**{f"{field}_id": region}) | Q(**{f"{field}__parent_id": region})


def review_queue(user: User) -> dict[str, QuerySet]:
    jobs = (
        JobPosting.objects.filter(_region_scope(user, "region"), status=JobPosting.Status.PENDING)
        .select_related("company", "region", "region__parent")
        .order_by("updated_at")
    )
    companies = Organisation.objects.filter(
        _region_scope(user, "region"),
        kind=Organisation.Kind.COMPANY,
        verification=Organisation.Verification.PENDING,
    ).select_related("region", "region__parent")
    from livestream.models import LiveSession

    sessions = (
        LiveSession.objects.filter(_region_scope(user, "company__region"), reports__handled=False)
        .select_related("company")
        .annotate(open_reports=Count("reports", filter=Q(reports__handled=False)))
        .distinct()
    )
    return {"jobs": jobs, "companies": companies.order_by("created_at"), "sessions": sessions}


def scoped_get(queryset: QuerySet, user: User, region_field: str, pk: int):
    """The row if it lies in the reviewer's region; outside it, it does not exist (404)."""
    try:
        return queryset.filter(_region_scope(user, region_field)).get(pk=pk)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def access_review_job(user: User, job_id: int) -> JobPosting:
    """A posting the reviewer may decide on; outside their region it does not exist."""
    jobs = JobPosting.objects.select_related("company", "region", "region__parent")
    return scoped_get(jobs, user, "region", job_id)


def access_review_company(user: User, company_id: int) -> Organisation:
    return scoped_get(Organisation.objects.filter(kind=Organisation.Kind.COMPANY), user, "region", company_id)


# --- findings beyond wording -------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    job: JobPosting
    similarity: float


def near_duplicates(job: JobPosting) -> list[Duplicate]:
    """Other live postings of the same company whose text is nearly the same."""
    mine = {t for t in job.search_tokens if not t.startswith("@")}
    if not mine:
        return []
    others = JobPosting.objects.filter(
        company_id=job.company_id, status__in=["pending", "published"]
    ).exclude(pk=job.pk)
    found = []
    for other in others.only("id", "title", "search_tokens"):
        theirs = {t for t in other.search_tokens if not t.startswith("@")}
        similarity = len(mine & theirs) / len(mine | theirs) if theirs else 0.0
        if similarity >= DUPLICATE_SIMILARITY:
            found.append(Duplicate(other, round(similarity, 2)))
    return found


def pay_outlier(job: JobPosting) -> int | None:
    """The regional median starting pay when this posting offers over three times it, else None."""
    field = job.fields.order_by("position").first()
    if field is None:
        return None
    province = job.region.province_code
    peers = list(
        public_jobs()
        .filter(Q(region_id=province) | Q(region__parent_id=province), fields=field, kind=job.kind)
        .exclude(pk=job.pk)
        .values_list("salary_min", flat=True)[:500]
    )
    if len(peers) < PAY_MIN_PEERS:
        return None
    median = int(statistics.median(peers))
    return median if job.salary_min > PAY_OUTLIER_FACTOR * median else None


# --- decisions -----------------------------------------------------------------------------


def check_reason_length(reason: str, field: str = "reason", limit: int = REASON_MAX) -> None:
    """Reasons and notes are stored and shown in full: refuse one past ``limit`` characters."""
    if len(reason) > limit:
        raise DomainError(
            _("Keep it to %(limit)d characters (this one has %(count)d).")
            % {"limit": limit, "count": len(reason)},
            field=field,
        )


def check_decision(
    job: JobPosting, *, version: int, outcome: str, reason: str, findings: list[Finding]
) -> None:
    if outcome not in Decision.Outcome.values:
        raise DomainError(_("Choose approve, reject or request changes."))
    check_reason_length(reason.strip())
    if job.status != JobPosting.Status.PENDING:
        raise Conflict(
            _("This posting is not waiting for review (it is “%(status)s”).")
            % {"status": job.get_status_display()}
        )
    if version != job.version:
        raise Conflict(_("The recruiter changed this posting after you opened it. Review the new version."))
    if outcome != Decision.Outcome.APPROVED and not reason.strip():
        raise DomainError(_("Give the recruiter a reason."), field="reason")
    if outcome == Decision.Outcome.APPROVED and findings and not reason.strip():
        raise DomainError(
            _("The automatic check found problems. To approve anyway, say why they do not apply."),
            field="reason",
        )
    if (
        outcome == Decision.Outcome.APPROVED
        and job.company.verification != Organisation.Verification.VERIFIED
    ):
        raise Conflict(_("Verify the company before approving its postings."))


OUTCOME_STATUS = {
    Decision.Outcome.APPROVED: JobPosting.Status.PUBLISHED,
    Decision.Outcome.REJECTED: JobPosting.Status.REJECTED,
    Decision.Outcome.CHANGES: JobPosting.Status.CHANGES,
}


@transaction.atomic
def decide_posting(job_id: int, *, version: int, outcome: str, reason: str, by: User) -> Decision:
    """Approve, reject or send back one version of a posting, as the reviewer ``by``."""
    job = access_review_job(by, job_id)
    job = JobPosting.objects.select_for_update().select_related("company", "region").get(pk=job.pk)
    _, findings = screen_posting(vars(job))
    check_decision(job, version=version, outcome=outcome, reason=reason, findings=findings)
    before = snapshot(job, ["status", "version"])
    job.status = OUTCOME_STATUS[Decision.Outcome(outcome)]
    if job.status == JobPosting.Status.PUBLISHED:
        job.published_at = job.published_at or timezone.now()
    job.save(update_fields=["status", "published_at", "updated_at"])
    if job.status == JobPosting.Status.PUBLISHED:
        announce_published([job.pk])
    decision = Decision.objects.create(
        job=job,
        version=job.version,
        outcome=outcome,
        reason=reason.strip(),
        reviewer=by,
        findings=[f.as_dict() for f in findings],
    )
    Report.objects.filter(job=job, handled=False).update(handled=True)
    tell_recruiters(decision)
    record(
        f"review.posting.{outcome}",
        actor=by,
        obj=job,
        before=before,
        after=snapshot(job, ["status", "version"]),
        reason=reason.strip(),
        region_code=job.region.province_code,
    )
    return decision


def tell_recruiters(decision: Decision) -> None:
    """The company's recruiters hear the decision on their posting or company, with the reason."""
    outcome = Decision.Outcome(decision.outcome)
    reason = decision.reason or ""
    body = format_lazy(gettext_lazy("Reason: {reason}"), reason=reason) if reason else ""
    job = decision.job
    if job is not None:
        title = format_lazy(gettext_lazy("{outcome}: {job}"), outcome=outcome.label, job=job.title)
        url = reverse("jobs:recruit_job_edit", args=[job.pk])
        company = job.company
    elif decision.company is not None:
        company = decision.company
        title = format_lazy(gettext_lazy("Company verification: {outcome}"), outcome=outcome.label)
        url = reverse("jobs:recruit_dashboard")
    else:
        return
    notify_members(
        company,
        f"review.{'posting' if job is not None else 'company'}.{outcome.value}",
        title,
        body,
        url,
        event_key=f"review.decision:{decision.pk}",
    )


@transaction.atomic
def decide_company(company_id: int, *, outcome: str, reason: str, by: User) -> Decision:
    company = access_review_company(by, company_id)
    company = Organisation.objects.select_for_update().get(pk=company.pk)
    if outcome not in {Decision.Outcome.APPROVED, Decision.Outcome.REJECTED}:
        raise DomainError(_("Choose approve or reject."))
    check_reason_length(reason.strip())
    if outcome == Decision.Outcome.REJECTED and not reason.strip():
        raise DomainError(_("Give the company a reason."), field="reason")
    if company.verification != Organisation.Verification.PENDING:
        raise Conflict(_("This company has already been decided on."))
    before = snapshot(company, ["verification"])
    company.verification = (
        Organisation.Verification.VERIFIED
        if outcome == Decision.Outcome.APPROVED
        else Organisation.Verification.REJECTED
    )
    company.save(update_fields=["verification"])
    decision = Decision.objects.create(company=company, outcome=outcome, reason=reason.strip(), reviewer=by)
    tell_recruiters(decision)
    record(
        f"review.company.{outcome}",
        actor=by,
        obj=company,
        before=before,
        after=snapshot(company, ["verification"]),
        reason=reason.strip(),
        region_code=company.region.province_code if company.region else "",
    )
    return decision


# --- reports ---------------------------------------------------------------------------------

REPORTS_PER_HOUR = 5
REPORTS_TO_HIDE = 3


def _check_report_rate(student: User) -> None:
    if not ratelimit.allow(f"reports:{student.pk}", REPORTS_PER_HOUR, 3600):
        raise DomainError(_("You have sent many reports in the last hour. Please try again later."))


def _file_report(student: User, subject: dict[str, object], *, reason: str, text: str) -> tuple[Report, bool]:
    """One report per student and subject (rate-limited); returns (report, newly filed)."""
    if student.role != User.Role.STUDENT:
        raise NotAllowed(_("Only students and graduates can send reports."))
    if reason not in Report.Reason.values:
        raise DomainError(_("Choose a reason."), field="reason")
    existing = Report.objects.filter(student=student, **subject).first()
    if existing:
        return existing, False
    _check_report_rate(student)
    try:
        with transaction.atomic():
            return Report.objects.create(student=student, reason=reason, text=text[:500], **subject), True
    except IntegrityError:
        return Report.objects.get(student=student, **subject), False


@transaction.atomic
def report_posting(student: User, job: JobPosting, *, reason: str, text: str = "") -> Report:
    """Record a student's report; several students' reports hide the posting until reviewed."""
    report, new = _file_report(student, {"job": job}, reason=reason, text=text)
    if not new:
        return report
    # Only accounts with a phone proven by SMS code count towards hiding: throwaway sign-ups
    # cannot take a competitor's posting down. Every report still reaches the reviewers.
    reporters = (
        Report.objects.filter(job=job, handled=False, student__phone_verified_at__isnull=False)
        .values("student")
        .distinct()
        .count()
    )
    if reporters >= REPORTS_TO_HIDE and job.status == JobPosting.Status.PUBLISHED:
        before = snapshot(job, ["status"])
        JobPosting.objects.filter(pk=job.pk).update(
            status=JobPosting.Status.PENDING, updated_at=timezone.now()
        )
        job.status = JobPosting.Status.PENDING
        announce_withdrawn([job.pk])
        record(
            "review.posting.hidden_by_reports",
            actor=None,
            obj=job,
            before=before,
            after=snapshot(job, ["status"]),
            reason=_("%(n)d students reported it") % {"n": reporters},
            region_code=job.region.province_code,
        )
    return report


def report_session(student: User, session, *, reason: str, text: str = "") -> Report:
    """A student's report about a live session; it lands in the reviewers' queue of its region."""
    report, _new = _file_report(student, {"live_session": session}, reason=reason, text=text)
    return report


def access_review_session(user: User, session_id: int):
    from livestream.models import LiveSession

    return scoped_get(LiveSession.objects.select_related("company"), user, "company__region", session_id)


@transaction.atomic
def handle_session_reports(user: User, session, *, note: str) -> int:
    """Close the session's open reports with the reviewer's note; audited."""
    note = note.strip()
    if not note:
        raise DomainError(_("Say what you did about these reports."), field="note")
    check_reason_length(note, field="note")
    open_reports = Report.objects.select_for_update().filter(live_session=session, handled=False)
    count = open_reports.update(handled=True)
    record(
        "review.session.reports_handled",
        actor=user,
        obj=session,
        before={"open_reports": count},
        after={"open_reports": 0},
        reason=note,
        region_code=session.company.region.province_code if session.company.region else "",
    )
    return count


RULE_FIELDS = ["code", "family", "kind", "pattern", "exceptions", "explanation", "legal_basis", "active"]


@transaction.atomic
def save_rule(user: User, rule: Rule, *, created: bool) -> Rule:
    """Store a rule a reviewer wrote or changed; it applies to the next check at once. Audited."""
    if not user.has_role(*REVIEWER_ROLES):
        raise NotAllowed(_("Only department reviewers can change screening rules."))
    before = {} if created else snapshot(Rule.objects.get(pk=rule.pk), RULE_FIELDS)
    rule.save()
    action = "review.rule.created" if created else "review.rule.changed"
    record(action, actor=user, obj=rule, before=before, after=snapshot(rule, RULE_FIELDS))
    return rule
