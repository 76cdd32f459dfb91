"""Events: detection of mentions (triggers, participants, places) and merging into one event per story."""
from chrono.events.detect import detect_events
from chrono.events.merge import merge_mentions

__all__ = ["detect_events", "merge_mentions"]
