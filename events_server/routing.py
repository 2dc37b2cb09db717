"""WebSocket routes of every real-time app, gathered for ``asgi.py``.

The foundation has no socket endpoints yet; the live room adds its routes here.
"""

from django.urls import URLPattern

websocket_urlpatterns: list[URLPattern] = []
