from django.urls import path

from review import views

app_name = "review"
urlpatterns = [
    path("review/", views.queue, name="queue"),
    path("review/jobs/<int:pk>/", views.job_detail, name="job"),
    path("review/companies/<int:pk>/", views.company_detail, name="company"),
    path("review/companies/<int:pk>/licence/", views.company_licence, name="company_licence"),
    path("review/log/", views.log, name="log"),
    path("review/materials/<int:pk>/", views.material_detail, name="material"),
    path("review/rules/", views.rules, name="rules"),
    path("review/rules/new/", views.rule_edit, name="rule_new"),
    path("review/rules/<int:pk>/", views.rule_edit, name="rule"),
    path("jobs/<int:pk>/report/", views.report_job, name="report_job"),
    path("live/<int:pk>/report/", views.report_session, name="report_session"),
    path("review/sessions/<int:pk>/", views.session_reports, name="session"),
]
