"""Live video: browser camera → aiortc → encode once → every WebRTC viewer, and HLS for the rest.

- ``broadcast``: one ``Broadcast`` per live session decodes the publisher once and encodes once
  per rendition; viewers' senders get the same encoded packets (``tracks.ViewerTrack``).
- ``hls``: the same decoded frames encoded once more to H.264/AAC HLS; its recording is the replay.
- ``peers``: the registry of every ``RTCPeerConnection`` this process holds.
- ``synthetic``: the test-pattern publisher for the demo, the tests and the benchmarks.
- ``stamp``: wall-clock time written into frames, to measure glass-to-glass latency.
"""
