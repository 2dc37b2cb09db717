"""Business rules of live sessions, shared by views, the room consumer, admin and commands."""

from livestream.services.zone import zone_sessions

__all__ = ["zone_sessions"]
