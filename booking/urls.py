from django.urls import path

from booking.views import calendars, doors, organisers, students

app_name = "booking"
urlpatterns = [
    path("events/", students.event_list, name="list"),
    path("events/<int:pk>/", students.event_detail, name="event"),
    path("events/<int:pk>/register/", students.register, name="register"),
    path("events/<int:pk>/calendar.ics", calendars.event_ics, name="event_ics"),
    path("events/<int:pk>/booth/", organisers.apply_for_booth, name="apply_booth"),
    path("events/<int:pk>/booths/", organisers.booth_applications, name="booths"),
    path("events/<int:pk>/attendees/", organisers.attendees, name="attendees"),
    path("events/<int:pk>/checkin/", doors.scanner, name="scanner"),
    path("events/<int:pk>/checkin/list.json", doors.door_list, name="door_list"),
    path("events/<int:pk>/checkin/sync/", doors.door_sync, name="door_sync"),
    path("me/tickets/", students.tickets, name="tickets"),
    path("me/tickets/<int:pk>/", students.ticket, name="ticket"),
    path("me/tickets/<int:pk>/qr.svg", students.ticket_qr, name="ticket_qr"),
    path("me/tickets/<int:pk>/cancel/", students.cancel, name="cancel"),
    path("me/calendar/", calendars.calendar_settings, name="calendar"),
    path("t/<str:token>", students.ticket_check, name="ticket_check"),
    path("calendar/<str:key>.ics", calendars.personal_feed, name="feed"),
    path("calendar/university/<int:pk>.ics", calendars.university_feed, name="university_feed"),
    path("recruit/campus/new/", organisers.request_campus_session, name="request_campus"),
    path("recruit/visits/new/", organisers.publish_visit, name="new_visit"),
    path("recruit/events/", organisers.my_events, name="mine"),
    path("campus/events/", organisers.my_events, name="campus_events"),
    path("campus/venues/", organisers.venues, name="venues"),
    path("campus/venues/<int:pk>/", organisers.venue_edit, name="venue"),
    path(
        "campus/venues/<int:pk>/closures/<int:closure>/delete/",
        organisers.closure_delete,
        name="closure_delete",
    ),
    path("campus/rules/", organisers.booking_rules, name="rules"),
    path("campus/requests/", organisers.requests, name="requests"),
    path("campus/requests/<int:pk>/decide/", organisers.decide_request, name="decide"),
    path("fairs/new/", organisers.create_fair, name="new_fair"),
]
