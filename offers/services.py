"""Offers: made by the company's recruiters from an application, answered by the student before
the reply deadline (else expired, by the queued ``offers.tasks.expire_offer`` or when next read),
and the 三方协议 recorded once signed, by the student or their university's career office.

Making an offer moves the application to ``offer``, accepting it to ``hired``, both through
``jobs.services.move_application``: the weekly return (Attachment 3) and the campaign link that
brought the application (qr) count them from there."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import is_platform_admin
from events_server.errors import Conflict, DomainError, NotAllowed
from jobs.models import Application
from jobs.services import NEXT_STATUSES, check_company_member, move_application
from notifications.services import lazy_text, notify, notify_members
from offers.models import TERMS_MAX, Offer

MIN_REPLY_WINDOW = dt.timedelta(hours=1)
MAX_REPLY_WINDOW = dt.timedelta(days=60)
LIVE = (Offer.Status.PENDING, Offer.Status.ACCEPTED)


def student_application(user: User, application_id: int) -> Application:
    """The student's own application; anyone else's does not exist for them."""
    try:
        return Application.objects.select_related("job", "job__company", "profile").get(
            pk=application_id, student=user
        )
    except Application.DoesNotExist:
        raise Http404 from None


def offers_of(application: Application) -> list[Offer]:
    """The application's offers, newest first, each expired if its deadline passed unanswered."""
    found = list(Offer.objects.filter(application=application).order_by("-created_at", "-id"))
    return [expire_if_due(offer) for offer in found]


def expire_if_due(offer: Offer, now: dt.datetime | None = None) -> Offer:
    """Expire a pending offer whose reply deadline has passed (once: a conditional update)."""
    now = now or timezone.now()
    if offer.status != Offer.Status.PENDING or offer.reply_by > now:
        return offer
    with transaction.atomic():
        changed = Offer.objects.filter(pk=offer.pk, status=Offer.Status.PENDING, reply_by__lte=now).update(
            status=Offer.Status.EXPIRED
        )
        if changed:
            application = offer.application
            notify_members(
                application.job.company,
                "offers.expired",
                gettext_lazy("Offer not answered in time"),
                lazy_text(
                    gettext_lazy("The offer for “%(job)s” expired without an answer."),
                    job=application.job.title,
                ),
                reverse("offers:recruit", args=[application.pk]),
            )
    offer.refresh_from_db()
    return offer


def expire_due(offer_id: int) -> bool:
    """The queued check at an offer's deadline; running it twice, or after an answer, changes nothing."""
    offer = Offer.objects.select_related("application__job__company").filter(pk=offer_id).first()
    if offer is None:
        return False
    return expire_if_due(offer).status == Offer.Status.EXPIRED


def _check_terms(reply_by: dt.datetime, salary: int | None, terms: str, now: dt.datetime) -> None:
    if reply_by < now + MIN_REPLY_WINDOW:
        raise DomainError(_("Give the candidate at least an hour to answer."), field="reply_by")
    if reply_by > now + MAX_REPLY_WINDOW:
        raise DomainError(_("The reply deadline can be at most 60 days away."), field="reply_by")
    if salary is not None and not 0 < salary <= 1_000_000:
        raise DomainError(_("Enter a monthly salary between 1 and 1,000,000."), field="salary")
    if len(terms) > TERMS_MAX:
        raise DomainError(_("The terms are too long."), field="terms")


@transaction.atomic
def make_offer(
    recruiter: User,
    application: Application,
    *,
    reply_by: dt.datetime,
    salary: int | None = None,
    starts_on: dt.date | None = None,
    terms: str = "",
) -> Offer:
    from offers.tasks import expire_offer

    check_company_member(recruiter, application.job.company)
    locked = Application.objects.select_for_update().get(pk=application.pk)
    now = timezone.now()
    for offer in Offer.objects.filter(application=locked, status=Offer.Status.PENDING):
        expire_if_due(offer, now)
    if Offer.objects.filter(application=locked, status__in=LIVE).exists():
        raise Conflict(_("This application already has an offer waiting for an answer or accepted."))
    if locked.status == Application.Status.RECEIVED:  # opened to make the offer: it was seen
        move_application(locked, Application.Status.VIEWED, actor=recruiter, tell=False)
    can_move = Application.Status.OFFER in NEXT_STATUSES[locked.status]
    if locked.status != Application.Status.OFFER and not can_move:
        raise Conflict(
            _("An application that is “%(status)s” cannot receive an offer.")
            % {"status": locked.get_status_display()}
        )
    _check_terms(reply_by, salary, terms, now)
    offer = Offer.objects.create(
        application=locked,
        made_by=recruiter,
        reply_by=reply_by,
        salary=salary,
        starts_on=starts_on,
        terms=terms,
    )
    if locked.status != Application.Status.OFFER:
        move_application(locked, Application.Status.OFFER, actor=recruiter, tell=False)
    application.status = Application.Status.OFFER
    expire_offer.using(run_after=reply_by).enqueue(offer.pk)
    deadline = timezone.localtime(reply_by).strftime("%Y-%m-%d %H:%M")
    notify(
        locked.student,
        "offers.made",
        lazy_text(gettext_lazy("You have an offer: %(job)s"), job=application.job.title),
        lazy_text(
            gettext_lazy("%(company)s offers you the position. Please answer by %(deadline)s."),
            company=application.job.company.name,
            deadline=deadline,
        ),
        reverse("offers:mine", args=[locked.pk]),
    )
    return offer


def answer(student: User, application_id: int, *, accept: bool) -> Offer:
    """The student accepts (the application becomes ``hired``) or declines the waiting offer."""
    application = student_application(student, application_id)
    offers_of(application)  # a passed deadline expires the offer first
    with transaction.atomic():
        offer = (
            Offer.objects.select_for_update()
            .filter(application=application, status=Offer.Status.PENDING, reply_by__gt=timezone.now())
            .first()
        )
        if offer is None:
            raise Conflict(_("There is no offer waiting for your answer: it was answered or it expired."))
        offer.status = Offer.Status.ACCEPTED if accept else Offer.Status.DECLINED
        offer.answered_at = timezone.now()
        offer.save(update_fields=["status", "answered_at"])
        if accept:
            move_application(application, Application.Status.HIRED, actor=student, tell=False)
        name = application.profile.full_name
        title = lazy_text(
            gettext_lazy("%(name)s accepted your offer")
            if accept
            else gettext_lazy("%(name)s declined your offer"),
            name=name,
        )
        notify_members(
            application.job.company,
            "offers.accepted" if accept else "offers.declined",
            title,
            application.job.title,
            reverse("offers:recruit", args=[application.pk]),
        )
    return offer


def may_record_agreement(user: User, application: Application) -> bool:
    if is_platform_admin(user):
        return True
    if user.role == User.Role.STUDENT:
        return application.student_id == user.pk
    return (
        user.role == User.Role.UNIVERSITY_STAFF
        and user.organisation_id is not None
        and application.profile.university_id == user.organisation_id
    )


def agreement_application(user: User, application_id: int) -> Application:
    """An application whose 三方协议 ``user`` may record: the student's own, or a graduate of the
    staff member's university; others do not exist for them."""
    application = (
        Application.objects.select_related("job", "job__company", "profile", "profile__university")
        .filter(pk=application_id)
        .first()
    )
    if application is None or not may_record_agreement(user, application):
        raise Http404
    return application


@transaction.atomic
def record_agreement(user: User, application_id: int, signed_on: dt.date) -> Offer:
    application = agreement_application(user, application_id)
    offer = (
        Offer.objects.select_for_update()
        .filter(application=application, status=Offer.Status.ACCEPTED)
        .first()
    )
    if offer is None:
        raise Conflict(_("A 三方协议 is recorded on an accepted offer."))
    today = timezone.localdate()
    if signed_on > today:
        raise DomainError(_("The signing date cannot be in the future."), field="signed_on")
    if signed_on < timezone.localdate(offer.created_at):
        raise DomainError(_("The signing date cannot be before the offer."), field="signed_on")
    offer.agreement_signed_on = signed_on
    offer.agreement_recorded_by = user
    offer.save(update_fields=["agreement_signed_on", "agreement_recorded_by"])
    return offer


def destinations(staff: User) -> QuerySet[Offer]:
    """就业去向: the accepted offers of the staff member's university's graduates."""
    if is_platform_admin(staff):
        scope = Offer.objects.all()
    elif staff.role == User.Role.UNIVERSITY_STAFF and staff.organisation_id is not None:
        scope = Offer.objects.filter(application__profile__university_id=staff.organisation_id)
    else:
        raise NotAllowed(_("Only a university's career office sees its graduates' destinations."))
    return (
        scope.filter(status=Offer.Status.ACCEPTED)
        .select_related("application__profile", "application__job", "application__job__company")
        .order_by("-answered_at", "-id")
    )
