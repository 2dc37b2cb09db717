"""WebSocket routes of every real-time app, gathered for ``asgi.py``."""

from django.urls import URLPattern

from interviews.routing import websocket_urlpatterns as interview_routes
from livestream.routing import websocket_urlpatterns as livestream_routes
from messaging.routing import websocket_urlpatterns as messaging_routes
from notifications.routing import websocket_urlpatterns as notifications_routes

websocket_urlpatterns: list[URLPattern] = [
    *livestream_routes,
    *interview_routes,
    *messaging_routes,
    *notifications_routes,
]
