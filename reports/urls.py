from django.urls import path, re_path

from reports import views

app_name = "reports"
urlpatterns = [
    path("reports/", views.home, name="home"),
    path("reports/contacts/", views.contact_list, name="contacts"),
    path("reports/contacts/<int:pk>/", views.contact_edit, name="contact_edit"),
    path("reports/contacts/<int:pk>/delete", views.contact_delete, name="contact_delete"),
    re_path(
        r"^reports/contacts/attachment-2\.(?P<fmt>xlsx|csv)$", views.contacts_export, name="contacts_export"
    ),
    path("reports/weekly/", views.weekly_list, name="weekly"),
    path("reports/weekly/board/", views.board, name="board"),
    re_path(r"^reports/weekly/(?P<week>[0-9-]{10})/$", views.weekly_return, name="weekly_return"),
    re_path(
        r"^reports/weekly/(?P<week>[0-9-]{10})/attachment-3\.(?P<fmt>xlsx|csv)$",
        views.weekly_export,
        name="weekly_export",
    ),
    path("reports/tasks/", views.task_start, name="task_start"),
    path("reports/tasks/<int:pk>/", views.task_page, name="task"),
    path("reports/tasks/<int:pk>/progress", views.task_progress, name="task_progress"),
    path("reports/tasks/<int:pk>/download", views.task_download, name="task_download"),
    path("reports/events/", views.event_list, name="events"),
    re_path(
        r"^reports/events/(?P<kind>live|event)/(?P<pk>[0-9]+)/$", views.event_report, name="event_report"
    ),
    path("reports/demand/", views.demand_dashboard, name="demand"),
    path("reports/graduates/", views.graduates, name="graduates"),
    path("reports/matches/", views.my_matches, name="matches"),
]
