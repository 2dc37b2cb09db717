"""“谁看过我的简历”: the student sees every read of the resumes they sent (company, when)."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.permissions import role_required
from jobs.models import ResumeRead


@role_required(User.Role.STUDENT)
def my_resume_reads(request: AuthenticatedRequest) -> HttpResponse:
    reads = (
        ResumeRead.objects.filter(application__student=request.user)
        .select_related("organisation", "application__job", "application__job__company")
        .order_by("-at")[:500]
    )
    return render(request, "jobs/my_resume_reads.html", {"reads": reads})
