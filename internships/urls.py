from django.urls import path

from internships import views

app_name = "internships"
urlpatterns = [
    path("internships/", views.home, name="home"),
    path("internships/department/", views.department, name="department"),
    path("internships/mine/<int:pk>/", views.student, name="student"),
    path("internships/mine/<int:pk>/log/", views.student_log, name="student_log"),
    path("internships/mine/<int:pk>/evaluate/", views.student_evaluate, name="student_evaluate"),
    path("internships/mine/<int:pk>/problems/", views.student_problem, name="student_problem"),
    path(
        "internships/mine/<int:pk>/problems/<int:problem>/close/",
        views.student_close_problem,
        name="student_close_problem",
    ),
    path("internships/company/<int:pk>/", views.company, name="company"),
    path("internships/company/<int:pk>/confirm/", views.company_confirm, name="company_confirm"),
    path("internships/company/<int:pk>/nights/", views.company_nights, name="company_nights"),
    path("internships/company/<int:pk>/evaluate/", views.company_evaluate, name="company_evaluate"),
    path("internships/company/<int:pk>/end/", views.company_end, name="company_end"),
    path("internships/university/<int:pk>/", views.university, name="university"),
    path(
        "internships/university/<int:pk>/supervisor/",
        views.university_supervisor,
        name="university_supervisor",
    ),
    path(
        "internships/university/<int:pk>/problems/<int:problem>/answer/",
        views.university_answer,
        name="university_answer",
    ),
]
