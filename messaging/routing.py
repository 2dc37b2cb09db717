from django.urls import path

from messaging.consumers import ConversationConsumer

websocket_urlpatterns = [path("ws/messages/<int:application_id>/", ConversationConsumer.as_asgi())]
