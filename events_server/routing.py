"""WebSocket routes of every real-time app, gathered for ``asgi.py``."""

from django.urls import URLPattern

from livestream.routing import websocket_urlpatterns as livestream_routes
from notifications.routing import websocket_urlpatterns as notifications_routes

websocket_urlpatterns: list[URLPattern] = [*livestream_routes, *notifications_routes]
