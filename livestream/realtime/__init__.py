"""Real-time delivery for live rooms: sequenced events, a replay buffer and per-process fan-out.

``events.broadcast_on_commit`` is how services announce a change; ``hub.get_hub`` is the
process's single subscriber that hands each event to the room's local sockets.
"""
