"""Career-service pages for students and graduates; every object is fetched as the user's own."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from careers import providers, services
from careers.forms import AnswerForm, DiagnoseForm, EntryFormSet, ImportForm, ResumeForm, StartInterviewForm
from careers.models import Diagnosis, Entry, Interview
from events_server.errors import DomainError

STUDENT = User.Role.STUDENT


def _upload(form_file: object) -> bytes:
    data = form_file.read(5 * 1024 * 1024 + 1)  # type: ignore[attr-defined]
    return bytes(data)


@role_required(STUDENT)
def home(request: AuthenticatedRequest) -> HttpResponse:
    resume = services.resume_for(request.user)
    percent, missing = services.completeness(resume)
    return render(
        request,
        "careers/home.html",
        {
            "resume": resume,
            "percent": percent,
            "missing": missing,
            "diagnoses": Diagnosis.objects.filter(user=request.user).select_related("job")[:10],
            "interviews": Interview.objects.filter(user=request.user)[:10],
            "import_form": ImportForm(),
        },
    )


@role_required(STUDENT)
def resume(request: AuthenticatedRequest) -> HttpResponse:
    mine = services.resume_for(request.user)
    form = ResumeForm(request.POST or None, instance=mine)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Resume saved."))
        return redirect("careers:home")
    percent, missing = services.completeness(mine)
    counts = Counter(mine.entries.values_list("section", flat=True))
    return render(
        request,
        "careers/resume.html",
        {
            "form": form,
            "resume": mine,
            "percent": percent,
            "missing": missing,
            "sections": [(code, label, counts[code]) for code, label in Entry.Section.choices],
        },
    )


@role_required(STUDENT)
def section(request: AuthenticatedRequest, section: str) -> HttpResponse:
    mine = services.resume_for(request.user)
    queryset = Entry.objects.filter(resume=mine, section=section)
    formset = EntryFormSet(
        request.POST or None, queryset=queryset, prefix="e", form_kwargs={"section": section}
    )
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            for form in formset.forms:
                if not form.has_changed() or not form.cleaned_data:
                    continue
                if form.cleaned_data.get("DELETE"):
                    if form.instance.pk:
                        form.instance.delete()
                    continue
                entry = form.save(commit=False)
                entry.resume = mine
                entry.section = section
                entry.save()
        messages.success(request, _("Section saved."))
        return redirect("careers:section", section=section)
    return render(
        request,
        "careers/section.html",
        {"formset": formset, "section": section, "label": Entry.Section(section).label},
    )


@role_required(STUDENT)
def resume_pdf(request: AuthenticatedRequest) -> HttpResponse:
    mine = services.resume_for(request.user)
    template = request.GET.get("template", "")
    if template not in mine.Template.values:
        template = mine.template
    services.rate_limit(request.user, "pdf")
    response = HttpResponse(services.render_pdf(mine, template), content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="resume.pdf"'
    return response


@require_POST
@role_required(STUDENT)
def resume_import(request: AuthenticatedRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a PDF or Word file to import."))
        return redirect("careers:home")
    try:
        added = services.import_resume(request.user, _upload(form.cleaned_data["file"]))
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("careers:home")
    messages.success(request, _("%(n)d entries imported: check and correct them below.") % {"n": added})
    return redirect("careers:home")


@role_required(STUDENT)
def diagnose(request: AuthenticatedRequest) -> HttpResponse:
    form = DiagnoseForm(request.POST or None, request.FILES or None, initial={"job": request.GET.get("job")})
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        try:
            result = services.run_diagnosis(
                request.user,
                upload=_upload(upload) if upload else None,
                filename=getattr(upload, "name", "") or "",
                job_id=form.cleaned_data.get("job"),
            )
        except DomainError as error:
            if error.status_code == 429:
                raise
            form.add_error(None, error.message)
        else:
            return redirect("careers:diagnosis", pk=result.pk)
    return render(request, "careers/diagnose.html", {"form": form, **_targets(request, form)})


def _targets(request: AuthenticatedRequest, form: forms.Form) -> dict[str, Any]:
    """The posting the page targets, named (from ``?job=`` or the form as posted; its number
    field is then hidden), and the open postings the student applied to, one tap each."""
    raw = form.data.get("job") if form.is_bound else form.initial.get("job")
    target = services.chosen_job(raw)
    if target is not None:
        form.fields["job"].widget = forms.HiddenInput()
    return {"target": target, "applied": services.practice_jobs(request.user)}


@role_required(STUDENT)
def diagnosis(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    result = Diagnosis.objects.filter(pk=pk, user=request.user).select_related("job").first()
    if result is None:
        raise Http404
    return render(request, "careers/diagnosis.html", {"diagnosis": result})


@role_required(STUDENT)
def interview_start(request: AuthenticatedRequest) -> HttpResponse:
    form = StartInterviewForm(request.POST or None, initial={"job": request.GET.get("job")})
    if request.method == "POST" and form.is_valid():
        field = form.cleaned_data.get("field")
        try:
            started = services.start_interview(
                request.user, job_id=form.cleaned_data.get("job"), field_code=field.code if field else ""
            )
        except DomainError as error:
            if error.status_code == 429:
                raise
            form.add_error(None, error.message)
        else:
            return redirect("careers:interview", pk=started.pk)
    return render(request, "careers/interview_start.html", {"form": form, **_targets(request, form)})


@role_required(STUDENT)
def interview(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    mine = services.my_interview(request.user, pk)
    index = services.next_index(mine)
    answers = list(mine.answers.all())
    for a in answers:
        a.question = mine.questions[a.index]["text"]  # type: ignore[attr-defined]
    return render(
        request,
        "careers/interview.html",
        {
            "interview": mine,
            "index": index,
            "number": (index or 0) + 1,
            "question": mine.questions[index] if index is not None else None,
            "answers": answers,
            "form": AnswerForm(),
            "voice": providers.stt().configured,
        },
    )


@require_POST
@role_required(STUDENT)
def interview_answer(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    mine = services.my_interview(request.user, pk)
    form = AnswerForm(request.POST)
    index = services.next_index(mine)
    if not form.is_valid() or index is None:
        messages.error(request, _("Write your answer first."))
        return redirect("careers:interview", pk=pk)
    services.answer_text(request.user, pk, index, form.cleaned_data["text"], form.cleaned_data.get("seconds"))
    return redirect(reverse("careers:interview", kwargs={"pk": pk}) + "#last")


@require_POST
@role_required(STUDENT)
def interview_recording(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    mine = services.my_interview(request.user, pk)
    index = services.next_index(mine)
    upload = request.FILES.get("recording")
    if index is None or upload is None:
        return JsonResponse({"error": _("Nothing to record for.")}, status=400)
    try:
        seconds = int(request.POST.get("seconds") or 0) or None
    except ValueError:
        seconds = None
    answer = services.answer_recording(
        request.user, pk, index, upload.read(settings.CAREERS_RECORDING_MAX_BYTES + 1),
        upload.content_type or "audio/webm", seconds, request.POST.get("keep") == "1",
    )  # fmt: skip
    return JsonResponse({"answer": answer.pk, "state": answer.state})


@require_POST
@role_required(STUDENT)
def delete_recording(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    services.delete_recording(request.user, pk)
    messages.success(request, _("Recording deleted."))
    return redirect("careers:home")


@role_required(User.Role.UNIVERSITY_STAFF)
def usage(request: AuthenticatedRequest) -> HttpResponse:
    """The university's anonymous career-service counts, for its reports."""
    rows = services.university_usage(request.user)
    return render(request, "careers/usage.html", {"rows": rows, "chart": services.usage_chart(rows)})
