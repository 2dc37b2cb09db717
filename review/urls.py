from django.urls import path

from review import views

app_name = "review"
urlpatterns = [
    path("review/", views.queue, name="queue"),
    path("review/jobs/<int:pk>/", views.job_detail, name="job"),
    path("review/companies/<int:pk>/", views.company_detail, name="company"),
    path("review/companies/<int:pk>/licence/", views.company_licence, name="company_licence"),
    path("review/log/", views.log, name="log"),
    path("jobs/<int:pk>/report/", views.report_job, name="report_job"),
]
