"""Process-level tuning applied once when a server process loads the ASGI application."""

from __future__ import annotations

import gc

from django.conf import settings


def tune_garbage_collector() -> None:
    """Collect less often, and leave the objects loaded at start-up out of every collection."""
    gc.set_threshold(*settings.GC_THRESHOLD)
    gc.freeze()
