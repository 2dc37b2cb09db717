from django.urls import path

from interviews.consumers import InterviewRoomConsumer

websocket_urlpatterns = [path("ws/interviews/<int:interview_id>/", InterviewRoomConsumer.as_asgi())]
