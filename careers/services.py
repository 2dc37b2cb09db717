"""Career services' rules: the online resume, diagnoses and mock interviews."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import GraduateProfile, User
from careers import diagnosis, extract, feedback, pdf, providers, questions
from careers.models import Answer, Diagnosis, Entry, Interview, Resume, Usage
from directory.models import Industry
from events_server import ratelimit
from events_server.errors import DomainError, NotAllowed
from jobs.models import JobPosting
from jobs.services import public_jobs

SECTION_TITLES = {
    Entry.Section.EDUCATION: "教育背景",
    Entry.Section.INTERNSHIP: "实习经历",
    Entry.Section.PROJECT: "项目经历",
    Entry.Section.AWARD: "获奖与证书",
}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def check_student(user: User) -> None:
    if user.role != User.Role.STUDENT:
        raise NotAllowed(_("Career services are for students and graduates."))


def rate_limit(user: User, action: str) -> None:
    """At most CAREERS_ACTIONS_PER_HOUR diagnoses, interviews, answers and PDFs an hour per graduate."""
    if not ratelimit.allow(f"careers:{user.pk}", settings.CAREERS_ACTIONS_PER_HOUR, 3600):
        raise DomainError(_("Too many requests in the last hour; try again later."), status=429)


def count_usage(user: User, service: Usage.Service) -> None:
    """One anonymous count for the graduate's university this month (no user is stored)."""
    university_id = GraduateProfile.objects.filter(user=user).values_list("university_id", flat=True).first()
    month = timezone.localdate().replace(day=1)
    for _attempt in range(2):  # two first uses of the month racing: the loser updates the winner's row
        try:
            with transaction.atomic():
                row, _created = Usage.objects.get_or_create(
                    university_id=university_id, month=month, service=service
                )
            break
        except IntegrityError:
            continue
    Usage.objects.filter(pk=row.pk).update(count=F("count") + 1)


# -- the online resume -----------------------------------------------------------------------


def resume_for(user: User) -> Resume:
    check_student(user)
    resume = Resume.objects.filter(user=user).first()
    if resume:
        return resume
    profile = GraduateProfile.objects.filter(user=user).select_related("university").first()
    resume = Resume.objects.create(
        user=user,
        full_name=profile.full_name if profile else "",
        phone=profile.phone if profile else "",
        email=user.email or "",
    )
    if profile:
        Entry.objects.create(
            resume=resume,
            section=Entry.Section.EDUCATION,
            title=profile.university.name,
            role=f"{profile.major} · {profile.get_degree_display()}",
            end=f"{profile.graduation_year}-06",
        )
    return resume


def has_resume(user: User) -> bool:
    return Resume.objects.filter(user=user, entries__isnull=False).exists()


def clean_month(value: str) -> str:
    value = value.strip().replace(".", "-").replace("/", "-")
    if value and not YM.match(value):
        raise DomainError(_("Write dates as YYYY-MM, e.g. 2024-07."))
    return value


def _dates(entry: Entry) -> str:
    start = entry.start.replace("-", ".")
    if entry.section == Entry.Section.AWARD:
        return start  # an award has a date, not a period (never "…-至今")
    end = entry.end.replace("-", ".") if entry.end else ("至今" if entry.start else "")
    return f"{start}-{end}" if start else end


def resume_data(resume: Resume) -> dict[str, Any]:
    entries = list(resume.entries.all())
    sections = []
    for section, title in SECTION_TITLES.items():
        rows = [
            (e.title, e.role, _dates(e), [p.strip() for p in e.details.splitlines() if p.strip()])
            for e in entries
            if e.section == section
        ]
        sections.append((title, rows))
    contact = " | ".join(x for x in (resume.phone, resume.email) if x)
    return {
        "name": resume.full_name,
        "contact": contact,
        "objective": resume.objective,
        "sections": sections,
        "skills": [s.strip() for s in resume.skills.splitlines() if s.strip()],
        "self": resume.self_evaluation.strip(),
    }


def resume_text(resume: Resume) -> str:
    """The resume as plain text, the way diagnosis reads an uploaded file."""
    data = resume_data(resume)
    lines = [data["name"], data["contact"]]
    if data["objective"]:
        lines.append(f"求职意向：{data['objective']}")
    for title, rows in data["sections"]:
        if rows:
            lines += ["", title]
            for line, sub, dates, points in rows:
                lines.append(f"{dates}  {line}  {sub}".strip())
                lines += points
    if data["skills"]:
        lines += ["", "专业技能", *data["skills"]]
    if data["self"]:
        lines += ["", "自我评价", data["self"]]
    return "\n".join(lines)


def completeness(resume: Resume) -> tuple[int, list[str]]:
    """(percent, what is missing): ten things a graduate's resume should have."""
    sections = {e.section for e in resume.entries.all()}
    items = [
        (bool(resume.full_name), _("your name")),
        (bool(resume.phone), _("a phone number")),
        (bool(resume.email), _("an e-mail address")),
        (bool(resume.objective), _("a job objective")),
        (Entry.Section.EDUCATION in sections, _("education")),
        (Entry.Section.INTERNSHIP in sections, _("an internship")),
        (Entry.Section.PROJECT in sections, _("a project")),
        (len([s for s in resume.skills.splitlines() if s.strip()]) >= 3, _("at least three skills")),
        (Entry.Section.AWARD in sections, _("awards or certificates")),
        (len(resume.self_evaluation.strip()) >= 30, _("a self-evaluation (30 characters or more)")),
    ]
    done = sum(1 for ok, _label in items if ok)
    return done * 10, [str(label) for ok, label in items if not ok]


def render_pdf(resume: Resume, template: str | None = None) -> bytes:
    return pdf.render(resume_data(resume), template or resume.template)


def application_resume(user: User) -> ContentFile[bytes]:
    """The online resume as the PDF an application carries ("use this resume")."""
    resume = Resume.objects.filter(user=user).first()
    if resume is None or not resume.entries.exists():
        raise DomainError(_("Create your online resume first."))
    count_usage(user, Usage.Service.RESUME_PDF)
    return ContentFile(render_pdf(resume), name="resume.pdf")


@transaction.atomic
def import_resume(user: User, data: bytes) -> int:
    """Fill the online resume from an uploaded PDF or DOCX's text: the entries it can date are
    added for the student to correct; returns how many. Nothing already there is removed."""
    resume = resume_for(user)
    got = extract.extract(data)
    parsed = diagnosis.parse(got.text)
    mapping = {
        diagnosis.Section.EDUCATION: Entry.Section.EDUCATION,
        diagnosis.Section.INTERNSHIP: Entry.Section.INTERNSHIP,
        diagnosis.Section.PROJECT: Entry.Section.PROJECT,
        diagnosis.Section.CAMPUS: Entry.Section.PROJECT,
    }
    added = 0
    for item in parsed.entries:
        section = mapping.get(item.section)
        if section is None:
            continue
        head = diagnosis.DATE_RANGE.sub("", item.header).split()
        title = head[0] if head else _("(untitled)")
        Entry.objects.create(
            resume=resume,
            section=section,
            title=title[:80],
            role=" ".join(head[1:])[:80],
            start=f"{item.start // 12}-{item.start % 12 + 1:02d}",
            end=f"{item.end // 12}-{item.end % 12 + 1:02d}" if item.end is not None else "",
            details="\n".join(item.lines[1:])[:1500],
            position=100 + added,
        )
        added += 1
    skills = parsed.sections.get(diagnosis.Section.SKILLS, [])
    if skills and not resume.skills:
        resume.skills = "\n".join(skills)[:2000]
    self_eval = parsed.sections.get(diagnosis.Section.SELF, [])
    if self_eval and not resume.self_evaluation:
        resume.self_evaluation = "".join(self_eval)[:600]
    for award in parsed.sections.get(diagnosis.Section.AWARDS, [])[:10]:
        Entry.objects.create(
            resume=resume, section=Entry.Section.AWARD, title=award[:80], position=200 + added
        )
        added += 1
    if not resume.email and (m := diagnosis.EMAIL.search(got.text)):
        resume.email = m.group(0).replace(" ", "")[:254]
    resume.save()
    return added


# -- diagnosis -------------------------------------------------------------------------------


def target_job(job_id: int | None) -> JobPosting | None:
    if not job_id:
        return None
    job = public_jobs().filter(pk=job_id).first()
    if job is None:
        raise DomainError(_("That posting is not open."))
    return job


def chosen_job(raw: object) -> JobPosting | None:
    """The open posting a page was asked to target (``?job=``), to name it; None when the number
    is missing, malformed or not an open posting (the form then says why on submit)."""
    try:
        number = int(str(raw))
    except ValueError:
        return None
    if not 0 < number < 2**31:
        return None
    return public_jobs().select_related("company").filter(pk=number).first()


def practice_jobs(user: User, limit: int = 8) -> list[JobPosting]:
    """Open postings the student applied to, newest application first: what they are likely to
    want to diagnose a resume or practise an interview against."""
    applied = (
        public_jobs()
        .filter(applications__student=user)
        # after the filter, the aggregate reads only this student's applications: one row a posting
        .annotate(last_applied=Max("applications__created_at"))
        .select_related("company")
        .order_by("-last_applied", "-pk")
    )
    return list(applied[:limit])


def posting_text(job: JobPosting) -> str:
    return f"{job.title}\n{job.description}\n{job.majors}"


def run_diagnosis(
    user: User, *, upload: bytes | None = None, filename: str = "", job_id: int | None = None
) -> Diagnosis:
    check_student(user)
    rate_limit(user, "diagnosis")
    job = target_job(job_id)
    if upload is not None:
        got = extract.extract(upload)
        source = Diagnosis.Source.UPLOAD
        entry = diagnosis.ResumeInput(got.text, got.pages, got.has_photo, posting_text(job) if job else "")
    else:
        resume = Resume.objects.filter(user=user).first()
        if resume is None:
            raise DomainError(_("Create your online resume first, or upload a file."))
        source = Diagnosis.Source.ONLINE
        text = resume_text(resume)
        entry = diagnosis.ResumeInput(text, None, False, posting_text(job) if job else "")
    findings = [f.as_dict() for f in diagnosis.diagnose(entry)]
    count_usage(user, Usage.Service.DIAGNOSIS)
    return Diagnosis.objects.create(
        user=user, source=source, filename=filename[-120:], job=job, findings=findings
    )


# -- mock interviews -------------------------------------------------------------------------


@transaction.atomic
def start_interview(user: User, *, job_id: int | None = None, field_code: str = "") -> Interview:
    check_student(user)
    rate_limit(user, "interview")
    job = target_job(job_id)
    field = None
    if job is None:
        field = Industry.objects.filter(code=field_code, emerging=True).first()
        if field is None:
            raise DomainError(_("Pick a posting or one of the eight emerging fields."))
    elif field_code:
        field = Industry.objects.filter(code=field_code).first()
    if job is not None and field is None:
        field = job.fields.filter(emerging=True).first() or job.fields.first()
    picked, keywords = questions.build_questions(
        description=f"{job.title}\n{job.description}" if job else "",
        field_code=field.code if field else "",
        seed=user.pk * 1000 + Interview.objects.filter(user=user).count(),
    )
    count_usage(user, Usage.Service.INTERVIEW)
    return Interview.objects.create(
        user=user,
        job=job,
        field=field,
        title=job.title if job else field.name if field else "",
        questions=[{"text": q.text, "kind": q.kind, "keywords": list(q.keywords)} for q in picked],
        keywords=keywords,
    )


def my_interview(user: User, pk: int) -> Interview:
    interview = Interview.objects.filter(pk=pk, user=user).first()
    if interview is None:
        raise DomainError(_("No such mock interview."), status=404)
    return interview


def _question(interview: Interview, index: int) -> feedback.Question:
    q = interview.questions[index]
    return feedback.Question(q["text"], q["kind"], tuple(q.get("keywords", [])))


def next_index(interview: Interview) -> int | None:
    done = set(interview.answers.values_list("index", flat=True))
    for i in range(len(interview.questions)):
        if i not in done:
            return i
    return None


def _check_open(interview: Interview, index: int) -> None:
    if interview.status != Interview.Status.OPEN:
        raise DomainError(_("This mock interview is finished."), status=409)
    if index != next_index(interview):
        raise DomainError(_("Answer the questions in order."), status=409)


@transaction.atomic
def answer_text(user: User, pk: int, index: int, text: str, seconds: int | None = None) -> Answer:
    interview = my_interview(user, pk)
    _check_open(interview, index)
    text = text.strip()[:4000]
    if not text:
        raise DomainError(_("Write your answer first."), field="text")
    rate_limit(user, "answer")
    # The time spent typing is kept, but it is not a speaking pace: a typed answer gets none.
    result = feedback.answer_feedback(_question(interview, index), text, None, interview.keywords)
    answer = Answer.objects.create(
        interview=interview, index=index, text=text, seconds=seconds, feedback=result
    )
    if providers.llm().configured:
        from careers.tasks import refine_feedback

        refine_feedback.enqueue(answer.pk)
    _maybe_finish(interview)
    return answer


@transaction.atomic
def answer_recording(
    user: User, pk: int, index: int, audio: bytes, content_type: str, seconds: int | None, keep: bool
) -> Answer:
    interview = my_interview(user, pk)
    _check_open(interview, index)
    if not providers.stt().configured:
        raise DomainError(_("Voice answers need a speech-to-text provider; type your answer instead."))
    if not audio or len(audio) > settings.CAREERS_RECORDING_MAX_BYTES:
        raise DomainError(_("The recording is empty or too long."))
    rate_limit(user, "answer")
    mode = Answer.Mode.VIDEO if content_type.startswith("video/") else Answer.Mode.VOICE
    answer = Answer(
        interview=interview, index=index, mode=mode, state=Answer.State.TRANSCRIBING,
        seconds=seconds, keep_recording=keep,
    )  # fmt: skip
    extension = "ogg" if "ogg" in content_type else "webm"
    answer.recording.save(f"answer.{extension}", ContentFile(audio), save=False)
    answer.save()
    from careers.tasks import transcribe_answer

    transcribe_answer.enqueue(answer.pk)
    return answer


def transcribe(answer_id: int) -> None:
    """The queued half of a recorded answer: transcribe, give feedback, drop the recording unless
    the graduate keeps it. Runs again harmlessly."""
    answer = Answer.objects.select_related("interview").filter(pk=answer_id).first()
    if answer is None or answer.state != Answer.State.TRANSCRIBING:
        return
    try:
        with answer.recording.open("rb") as f:
            audio = f.read()
        name = answer.recording.name or "answer.webm"
        content_type = "audio/ogg" if name.endswith(".ogg") else "audio/webm"
        text = providers.stt().transcribe(audio, name.rsplit("/", 1)[-1], content_type)
    except (providers.ProviderError, OSError, ValueError):
        answer.state = Answer.State.FAILED
        _drop_recording(answer)
        answer.save()
        return
    interview = answer.interview
    answer.text = text[:4000]
    answer.feedback = feedback.answer_feedback(
        _question(interview, answer.index), text, answer.seconds, interview.keywords
    )
    answer.state = Answer.State.DONE
    _drop_recording(answer)
    answer.save()
    if providers.llm().configured:
        from careers.tasks import refine_feedback

        refine_feedback.enqueue(answer.pk)
    _maybe_finish(interview)


def _drop_recording(answer: Answer) -> None:
    if answer.recording and not answer.keep_recording:
        answer.recording.delete(save=False)
        answer.recording = ""


def refine(answer_id: int) -> None:
    """Ask the configured language model for a stronger example answer (once)."""
    answer = Answer.objects.select_related("interview").filter(pk=answer_id).first()
    if answer is None or answer.feedback.get("llm_example") or answer.state != Answer.State.DONE:
        return
    interview = answer.interview
    try:
        example = providers.llm().stronger_answer(
            interview.questions[answer.index]["text"], answer.text, interview.keywords
        )
    except providers.ProviderError:
        return
    if example:
        answer.feedback = {**answer.feedback, "llm_example": example}
        answer.save(update_fields=["feedback"])


def _maybe_finish(interview: Interview) -> None:
    answers = list(interview.answers.filter(state=Answer.State.DONE).order_by("index"))
    if next_index(interview) is None and len(answers) == len(interview.questions):
        interview.overall = feedback.overall_feedback([a.feedback for a in answers])
        interview.status = Interview.Status.FINISHED
        interview.save(update_fields=["overall", "status"])


def delete_recording(user: User, answer_id: int) -> None:
    answer = Answer.objects.filter(pk=answer_id, interview__user=user).first()
    if answer is None:
        raise DomainError(_("No such answer."), status=404)
    answer.keep_recording = False
    _drop_recording(answer)
    answer.save()


def university_usage(user: User) -> list[dict[str, Any]]:
    """Counts per month and service for the career officer's own university (anonymous)."""
    if user.role != User.Role.UNIVERSITY_STAFF or user.organisation_id is None:
        raise NotAllowed(_("Only career staff of a university see its figures."))
    rows = Usage.objects.filter(university_id=user.organisation_id).order_by("-month", "service")
    return [{"month": r.month, "service": r.get_service_display(), "count": r.count} for r in rows[:120]]


def usage_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """``university_usage``'s rows as a chart's data: months oldest first, one series a service
    (0 where a month has none of it)."""
    months = sorted({r["month"] for r in rows})
    kinds = sorted({str(r["service"]) for r in rows})
    counts = {(r["month"], str(r["service"])): r["count"] for r in rows}
    return {
        "labels": [m.strftime("%Y-%m") for m in months],
        "series": [{"label": s, "data": [counts.get((m, s), 0) for m in months]} for s in kinds],
    }
