from django.urls import path

from notifications.consumers import MeConsumer

websocket_urlpatterns = [path("ws/me/", MeConsumer.as_asgi())]
