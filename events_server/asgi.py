"""ASGI entry point: HTTP through Django (one worker-thread trip per request, see
``events_server.handlers``), WebSockets through Channels.

Sockets pass the allowed-hosts origin check and carry the Django session user; staff who must
use two-factor sign-in are anonymous on a socket until their session has entered a code.
Each real-time app adds its routes to ``websocket_urlpatterns`` below.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "events_server.settings")

from events_server.handlers import get_one_hop_asgi_application

django_asgi_app = get_one_hop_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from accounts.two_factor import SocketTwoFactorMiddleware  # noqa: E402
from events_server.routing import websocket_urlpatterns  # noqa: E402
from events_server.runtime import tune_garbage_collector  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(SocketTwoFactorMiddleware(URLRouter(websocket_urlpatterns)))
        ),
    }
)

tune_garbage_collector()

from livestream.media.worker import start_if_configured  # noqa: E402

start_if_configured()  # a media worker (MEDIA_WORKER_ID) registers and takes sessions
