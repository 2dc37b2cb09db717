from django.urls import path

from jobs import recruiter_views, resume_views, views

app_name = "jobs"
urlpatterns = [
    path("jobs/", views.search, name="search"),
    path("jobs/<int:pk>/", views.detail, name="detail"),
    path("jobs/<int:pk>/apply/", views.apply, name="apply"),
    path("companies/<int:pk>/", views.company, name="company"),
    path("me/applications/", views.my_applications, name="my_applications"),
    path("recruit/", recruiter_views.dashboard, name="recruit_dashboard"),
    path("recruit/jobs/new/", recruiter_views.job_new, name="recruit_job_new"),
    path("recruit/jobs/check/", recruiter_views.job_check, name="recruit_job_check"),
    path("recruit/jobs/<int:pk>/edit/", recruiter_views.job_edit, name="recruit_job_edit"),
    path("recruit/jobs/<int:pk>/submit/", recruiter_views.job_submit, name="recruit_job_submit"),
    path("recruit/jobs/<int:pk>/close/", recruiter_views.job_close, name="recruit_job_close"),
    path("recruit/applications/", recruiter_views.applications, name="recruit_applications"),
    path("recruit/applications/<int:pk>/", recruiter_views.application_detail, name="recruit_application"),
    path(
        "recruit/applications/<int:pk>/status/",
        recruiter_views.application_status,
        name="recruit_application_status",
    ),
    path(
        "recruit/applications/<int:pk>/resume/",
        recruiter_views.application_resume,
        name="recruit_application_resume",
    ),
    path(
        "recruit/applications/<int:pk>/mobile/",
        recruiter_views.application_mobile,
        name="recruit_application_mobile",
    ),
    path("me/resume/reads/", resume_views.my_resume_reads, name="my_resume_reads"),
]
