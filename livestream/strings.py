"""Messages the room script shows, translated on the server and handed over with ``json_script``."""

from django.utils.translation import gettext_lazy as _

ROOM_STRINGS = {
    "connecting": _("Connecting…"),
    "connected": _("Connected"),
    "reconnecting": _("Connection lost, reconnecting…"),
    "closed": _("This room is closed to you."),
    "viewers": _("Watching now %(now)s · peak %(peak)s"),
    "live": _("Live now"),
    "scheduled": _("Scheduled"),
    "ended": _("Ended"),
    "ended_note": _("The session has ended. Reload the page for the replay of chat and questions."),
    "pending": _("Waiting for approval"),
    "answered": _("Answered"),
    "highlighted": _("On screen"),
    "upvote": _("Upvote"),
    "voted": _("Upvoted"),
    "apply": _("Apply in one tap"),
    "applied": _("Applied ✓"),
    "already_applied": _("You have already applied"),
    "details": _("Details"),
    "headcount": _("Openings: %(n)s"),
    "kept": _("Not sent yet: your text is kept and will be sendable once reconnected."),
    "host": _("Host"),
    "delete": _("Delete"),
    "mute": _("Mute 10 min"),
    "approve": _("Approve"),
    "answer": _("Mark answered"),
    "highlight": _("Show on screen"),
    "unhighlight": _("Take off screen"),
    "hide": _("Hide"),
    "pin": _("Pin"),
    "pinned": _("Pinned"),
    "muted": _("A host has muted you until %(time)s."),
    "no_card": _("No job is pinned right now."),
    "unpublished": _("Not published: students do not see it"),
    "video_webrtc": _("Low latency (WebRTC)"),
    "video_hls": _("Standard stream (HLS)"),
    "video_replay": _("Replay"),
    "video_waiting": _("Waiting for the host's camera…"),
    "video_reconnecting": _("The host's connection dropped. Reconnecting…"),
    "video_unavailable": _("The video could not be played on this device."),
    "camera_on": _("On camera"),
    "camera_starting": _("Starting the camera…"),
    "camera_denied": _("The browser did not allow the camera and microphone."),
    "camera_lost": _("Connection lost; trying again…"),
    "chat_sampled": _("Busy chat: {n} messages a second, showing some of them"),
}


def room_strings() -> dict[str, str]:
    return {key: str(value) for key, value in ROOM_STRINGS.items()}
