from django.urls import path, re_path

from careers import views

app_name = "careers"
urlpatterns = [
    path("careers/", views.home, name="home"),
    path("careers/resume/", views.resume, name="resume"),
    re_path(
        r"^careers/resume/(?P<section>education|internship|project|award)/$", views.section, name="section"
    ),
    path("careers/resume/pdf/", views.resume_pdf, name="resume_pdf"),
    path("careers/resume/import/", views.resume_import, name="resume_import"),
    path("careers/diagnose/", views.diagnose, name="diagnose"),
    path("careers/usage/", views.usage, name="usage"),
    path("careers/diagnoses/<int:pk>/", views.diagnosis, name="diagnosis"),
    path("careers/interview/", views.interview_start, name="interview_start"),
    path("careers/interviews/<int:pk>/", views.interview, name="interview"),
    path("careers/interviews/<int:pk>/answer/", views.interview_answer, name="interview_answer"),
    path("careers/interviews/<int:pk>/recording/", views.interview_recording, name="interview_recording"),
    path("careers/answers/<int:pk>/delete-recording/", views.delete_recording, name="delete_recording"),
]
